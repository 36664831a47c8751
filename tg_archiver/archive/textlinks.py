"""Links hidden behind words: a Telegram ``text_link`` ("Read in full" -> https://...).

A post's text is one plain string, and every reader of the archive (search, exports, the web
app, digests, Atom) reads that string; an entity's formatting is not kept. A hidden link is
not formatting: for an official channel it is often the address of the full statement. So
the sources' edges (:mod:`archive.importers.tdesktop_messages`, ``bot/convert.py``) write it
into the text, after its words: ``Read in full (https://mid.example/statement/12345)``, as a
plain-text rendering of a link would. Both edges call :func:`with_link_targets`, so a
Telegram Desktop export and live ingest of one post give the same text (one post, no edit),
and two Telegram copies of a post (a forward, a repost that keeps the link) stay exact
copies.

A link whose address the text already shows (``https://...`` or the same without its
scheme) adds nothing; nor does one behind no visible words (a zero-width character that only
makes Telegram show a preview of a picture), which would put a bare address before the
post's first words, nor an address with spaces or control characters (not a URL, and a NUL
would make the whole export refused), nor one longer than :data:`MAX_URL_CHARS`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tg_archiver.archive import lazy_re

__all__ = ["MAX_URL_CHARS", "only_link_targets_added", "with_link_targets"]

MAX_URL_CHARS = 2048
MAX_LINKS = 1000  # hidden links of one post looked at (each is a search of the whole text)
_NOT_IN_A_URL = lazy_re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
_SCHEME = lazy_re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def with_link_targets(
    text: str, links: Iterable[tuple[int, int, str]], limit: int | None = None
) -> str:
    """``text`` with `` (url)`` after the words of each link not already shown in it.

    ``links``: (start, end, url) of each hidden link, ``start``/``end`` as indices into
    ``text`` (Python characters, not Telegram's UTF-16 units). Overlapping or out-of-range
    spans are left out. An address is added once, after its first words, and only while the
    text stays within ``limit`` characters (the text's own limit: the addresses never make a
    text the source accepted too long to store); at most :data:`MAX_LINKS` are looked at.
    """
    shown: set[str] = set()
    cuts: list[tuple[int, str]] = []
    last = 0
    room = (limit - len(text)) if limit is not None else None
    for start, end, url in sorted(links, key=lambda link: link[0])[:MAX_LINKS]:
        if not 0 <= start < end <= len(text) or start < last:
            continue
        words = text[start:end]
        # The cheap checks first: whether the address is in the text reads all of it.
        if not _addable(url) or url in shown or not _visible(words) or _shows(text, url):
            continue
        addition = f" ({url})"
        if room is not None:
            if len(addition) > room:
                continue
            room -= len(addition)
        shown.add(url)
        last = end
        cuts.append((start + len(words.rstrip()), addition))
    if not cuts:
        return text
    parts: list[str] = []
    at = 0
    for position, addition in cuts:
        parts += [text[at:position], addition]
        at = position
    parts.append(text[at:])
    return "".join(parts)


# An address as with_link_targets writes it opens with " (" and a scheme.
_ADDED_OPENS = lazy_re.compile(r" \([a-z][a-z0-9+.-]*://", re.IGNORECASE)


def only_link_targets_added(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with addresses written after link words, and nothing else:
    a post stored before its hidden links' addresses were kept, exported again. Such a text
    is no edit of the author's (see the store's ``placing``)."""
    return new != old and len(new) > len(old) and _without_addresses(new) == old


def _without_addresses(text: str) -> str:
    """``text`` without every " (scheme://…)": the address runs to the ")" that closes its
    own "(", with no space in it (an address's own parentheses are balanced: "…/X_(y)")."""
    parts: list[str] = []
    at = 0
    for found in _ADDED_OPENS.finditer(text):
        if found.start() < at:
            continue
        depth, end = 0, found.end()
        while end < len(text) and not text[end].isspace():
            if text[end] == "(":
                depth += 1
            elif text[end] == ")":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        if end < len(text) and text[end] == ")":
            parts.append(text[at : found.start()])
            at = end + 1
    parts.append(text[at:])
    return "".join(parts)


def _addable(url: object) -> bool:
    return (
        isinstance(url, str) and 0 < len(url) <= MAX_URL_CHARS and _NOT_IN_A_URL.search(url) is None
    )


def _shows(text: str, url: str) -> bool:
    """Whether ``text`` already holds the address, with its scheme or without it."""
    if url in text:
        return True
    bare = _SCHEME.sub("", url).rstrip("/")
    return bool(bare) and bare != url and bare in text


def _visible(words: str) -> bool:
    """Words a reader sees: not only spaces and invisible format characters (U+200B ...)."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in words)
