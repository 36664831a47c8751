"""A post's links to documents, for near-duplicate detection (session 54): the same words
over a link to another document are another statement. A ministry posts the same title for
each of a series, each with a page of its own: «Брифинг официального представителя МИД
России М.В.Захаровой» every week, «Ответ … на вопрос СМИ» on one subject twice, an executive
order "on amendments to the list of strategic enterprises" each time it amends it
(mid.ru/ru/news/2004381/ and mid.ru/ru/news/2004418/). The core leaves links out (where to
read is not what is said), so the words alone would make them copies.

A link is read as a series and a number: its host (without "www.") and its path with each run
of three digits or more read as "#", and those digits. Two posts link to other documents
when both link into one series and share no number in it. A copy keeps its original's link
(a tracking query changes no path), adds one of its own (a reposter's t.me/channel/123 is
another series than the ministry's), or drops it (then there is nothing to tell).
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = ["document_links", "other_document"]

_URL = lazy_re.compile(r"https?://(?:www\.)?([^/\s?#)\]]+)(/[^\s?#)\]]*)", re.I)
_NUMBER = lazy_re.compile(r"\d{3,}")  # a document's number: a count or a day is shorter

Links = frozenset[tuple[str, str]]


def document_links(text: str) -> Links:
    """``text``'s links that carry a document's number, as (series, number) pairs."""
    if "http" not in text:
        return frozenset()
    found = set()
    for host, path in _URL.findall(text):
        path = path.rstrip("/")
        if numbers := _NUMBER.findall(path):
            found.add((host.casefold() + _NUMBER.sub("#", path), "/".join(numbers)))
    return frozenset(found)


def other_document(a: Links, b: Links) -> tuple[str, str] | None:
    """The numbers of a series ``a`` and ``b`` both link into with none in common, as
    (``a``'s, ``b``'s); None when they share a number in each series they share, or share
    none."""
    if not a or not b:
        return None
    theirs: dict[str, set[str]] = {}
    for series, number in b:
        theirs.setdefault(series, set()).add(number)
    mine: dict[str, set[str]] = {}
    for series, number in a:
        mine.setdefault(series, set()).add(number)
    for series in mine.keys() & theirs.keys():
        if not mine[series] & theirs[series]:
            return " ".join(sorted(mine[series])), " ".join(sorted(theirs[series]))
    return None
