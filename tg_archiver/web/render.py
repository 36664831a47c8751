"""Text of the archive made into safe HTML: the Jinja2 filters of the web app's templates.

Every string a post brings (its text, title, source name, URL) is someone else's, and may be
hostile: each filter here escapes first and only then adds markup of its own, and a link is
live only to an ``http``, ``https`` or ``tg`` address (:func:`archive.atom.live_url`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from tg_archiver.archive import lazy_re
from tg_archiver.archive.atom import live_url
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.store import SNIPPET_END, SNIPPET_START

# An address in running text: a live scheme, then anything up to a space or a closing mark.
_URL_IN_TEXT = lazy_re.compile(r"(?:https?://|tg://)[^\s<>\"'«»]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"
_LINK_ATTRS = 'rel="nofollow noopener noreferrer"'


def link(url: str | None, text: str | None = None) -> Markup:
    """``<a>`` to ``url`` when it is a live address; the text alone (escaped) otherwise."""
    label = escape(text if text is not None else (url or ""))
    live = live_url(url)
    if live is None:
        return Markup(label)
    return Markup(f'<a href="{escape(live)}" {_LINK_ATTRS}>{label}</a>')


def path_part(name: str) -> str:
    """A topic's or a source's name as one segment of a path: percent-encoded, and twice when
    it holds ``/`` (a feed's URL as its key), since the server decodes a path once before
    routing it (the route reads it back, :func:`web.routes._spellings`)."""
    return quote(quote(name, safe="") if "/" in name else name, safe="")


def source_ref(row: ExportRow) -> str:
    """How a page names a post's source in a path: its key (a channel's id, an import's
    name), or for a feed, whose key is its URL, its title when that is a plain name."""
    if "/" in row.source and row.source_title and "/" not in row.source_title:
        return row.source_title
    return row.source


def linkify(text: str) -> Markup:
    """Post text as HTML: escaped, with http(s) and tg addresses made links (nothing else)."""
    out: list[str] = []
    done = 0
    for m in _URL_IN_TEXT.finditer(text):
        url = m.group(0).rstrip(_TRAILING)
        end = m.start() + len(url)
        out.append(str(escape(text[done : m.start()])))
        out.append(str(link(url)))
        done = end
    out.append(str(escape(text[done:])))
    return Markup("".join(out))


def snippet(text: str) -> Markup:
    """A search passage: escaped, the matched words (between the store's marks) in ``<mark>``."""
    escaped = str(escape(" ".join(text.split())))
    return Markup(escaped.replace(SNIPPET_START, "<mark>").replace(SNIPPET_END, "</mark>"))


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # "same", "removed", "added"
    text: str


_TOKEN = lazy_re.compile(r"\s+|\w+|[^\w\s]+")


# Words of the changed middle of two versions compared one by one at most (SequenceMatcher's
# time grows faster than their product: a 12,000-word post edited once took 47 s, the
# server stalled meanwhile); past it the middle is compared paragraph by paragraph.
_WORD_DIFF_PRODUCT = 4_000_000


def diff(old: str, new: str) -> list[Change]:
    """The words an edit removed and added, in order, between two versions of a text."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    # The unchanged beginning and end first (most edits touch a few words).
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    changes = [Change("same", "".join(a[:start]))] if start else []
    middle_a, middle_b = a[start : len(a) - end], b[start : len(b) - end]
    if len(middle_a) * len(middle_b) <= _WORD_DIFF_PRODUCT:
        changes += _changes(middle_a, middle_b)
    else:
        changes += _changes(_lines("".join(middle_a)), _lines("".join(middle_b)))
    if end:
        changes.append(Change("same", "".join(a[len(a) - end :])))
    return changes


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _changes(a: list[str], b: list[str]) -> list[Change]:
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            changes.append(Change("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            changes.append(Change("removed", "".join(a[i1:i2])))
        if j2 > j1:
            changes.append(Change("added", "".join(b[j1:j2])))
    return changes
