"""Plain text of a feed entry's HTML, as a reader would see it (:func:`html_to_text`):
blocks as lines, paragraphs as empty lines, list items with "• ", scripts and styles left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tg_archiver.archive import lazy_re

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "header", "hr", "li", "main", "nav", "ol", "pre", "section", "table",
        "tbody", "thead", "tr", "ul",
    }
)  # fmt: skip
# Paragraph-like blocks are separated from their neighbours by an empty line.
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = lazy_re.compile(r"[^\S\n]+")  # any whitespace except a line break, incl. NBSP
_BLANK_RUNS = lazy_re.compile(r"\n{3,}")


_LINE, _PARAGRAPH = 1, 2  # break markers; adjacent ones merge into the larger


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str | int] = []
        self._skip_depth = 0
        self._pre_depth = 0

    def text(self) -> str:
        return "".join(part if isinstance(part, str) else "\n" * part for part in self.parts)

    def _break(self, kind: int) -> None:
        if self.parts and isinstance(self.parts[-1], int):
            self.parts[-1] = max(self.parts[-1], kind)
        else:
            self.parts.append(kind)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")  # literal: two <br> make an empty line
        elif tag == "li":
            self._break(_LINE)
            self.parts.append("• ")
        elif tag in _PARAGRAPH_TAGS:
            self._break(_PARAGRAPH)
        elif tag in _BLOCK_TAGS:
            self._break(_LINE)
        if tag == "pre":
            self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>: a self-closed tag opens nothing, so it must not enter a skipped region.
        if tag not in _SKIPPED_TAGS and tag != "pre":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _PARAGRAPH_TAGS:
            self._break(_PARAGRAPH)
        elif tag in _BLOCK_TAGS:
            self._break(_LINE)
        elif tag in ("td", "th"):
            self.parts.append(" ")  # cells of a row stay on one line, apart
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth:
            self.parts.append(data)
        elif data.strip():
            # Source line breaks are layout, not content, except inside <pre>.
            self.parts.append(re.sub(r"\s+", " ", data))
        elif self.parts and not isinstance(self.parts[-1], int):
            self.parts.append(" ")  # whitespace between blocks is no content


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, as a reader would see it.

    Block elements become line breaks (paragraphs and headings an empty line), list items
    start with "• ", script and style are dropped, entities are unescaped, and whitespace is
    collapsed within each line. Links keep their text only.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in parser.text().split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
