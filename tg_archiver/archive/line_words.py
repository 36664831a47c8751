"""The words of a text's lines (runs of ``\\w``: letters, digits, underscores), each line's
read once: cleaning (archive/cleaning.py), the dedup core (archive/fingerprint.py) and the
word forms (archive/analysis.py) read the same lines of a post, and a regular expression's
pass over a line cost more than the rest of what each does with its words (issue 21).

``\\w`` never matches a line break, so a text's words are its lines' words one after
another: :func:`text_words` is ``re.findall(r"\\w+", text)``, whatever the text.
"""

from __future__ import annotations

from itertools import chain

from tg_archiver.archive import lazy_re

__all__ = ["line_words", "text_words"]

_WORD = lazy_re.compile(r"\w+")

# Lines whose words are kept, emptied when their characters pass _KEPT_CHARS (a few MB
# with their words); a longer line than _LINE_CHARS is read every time (a megabyte's one
# line is read by each reader, as before, rather than kept).
_WORDS: dict[str, tuple[str, ...]] = {}
_KEPT_CHARS = 1_000_000
_LINE_CHARS = 20_000
_kept = [0]  # characters of the lines in _WORDS


def line_words(line: str) -> tuple[str, ...]:
    """``re.findall(r"\\w+", line)`` of one line (or any text), as a tuple."""
    words = _WORDS.get(line)
    if words is None:
        words = tuple(_WORD.findall(line))
        if len(line) <= _LINE_CHARS:
            if _kept[0] + len(line) > _KEPT_CHARS:
                _WORDS.clear()
                _kept[0] = 0
            _WORDS[line] = words
            _kept[0] += len(line)
    return words


def text_words(text: str) -> list[str]:
    """``re.findall(r"\\w+", text)``, its lines read by :func:`line_words`."""
    return list(chain.from_iterable(map(line_words, text.split("\n"))))
