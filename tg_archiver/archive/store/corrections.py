"""A search that found nothing because a word of it is misspelt, searched again with the word
corrected against the archive's word list (archive/misspellings.py).

Only when the search finds nothing, and only a bare word (not quoted, not a prefix, not
negated; not a Russian word the dictionary knows, which is no typo) that the word list does
not hold and that alone finds nothing: a search that finds
anything costs nothing more. A word one slip away from the typed one that the list holds
stands for it (several: any of them, at most _MOST); when none does, a listed word whose
word form is one slip from the typed word's (Авдевка: «Авдеевку»). SQLite only:
PostgreSQL keeps no word list (store/words.py), and answers as typed. Session 36.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import analyse_word, fold
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.misspellings import one_slip, replaced
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.query_terms import Term, scan
from tg_archiver.archive.typos import one_edit

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["corrected"]

_MOST = 3  # corrections of one word at most, the likeliest first
_LISTED = "SELECT word FROM search_words WHERE word IN ({marks})"
_ANY = "SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? LIMIT 1"
_CYRILLIC = re.compile(r"[а-яё]+")
_RANGE = "SELECT word FROM search_words WHERE word >= ? AND word < ? LIMIT ?"
_NEIGHBOURS = 5000  # listed words sharing the first three letters read at most


async def corrected(conn: Connection, query: SearchQuery) -> SearchQuery | None:
    """``query`` with each misspelt word of it written as the archive's words one slip away
    (see the module's notes); None when no word is corrected."""
    text = query.text
    terms, _ = scan(query.text)
    for term in terms:
        if not isinstance(term, Term) or term.quoted or term.prefix or term.negated:
            continue
        typed = term.body
        candidates = one_slip(typed)
        if not candidates or _known(typed) or await _listed(conn, (fold(typed),)):
            continue
        if await _finds(conn, typed):
            continue
        found = await _listed(conn, candidates) or await _same_form(conn, typed)
        if found:
            # Most alike first: the same first letter, then the same length.
            found.sort(key=lambda w: (w[:1] != fold(typed)[:1], abs(len(w) - len(typed)), w))
            text = replaced(text, typed, tuple(found[:_MOST]))
    if text == query.text:
        return None
    try:
        again = parse_query(
            text, tags=query.tags, sources=query.sources, since=query.since, until=query.until
        )
    except InputError:
        return None
    return replace(again, text=query.text, phrases=again.phrases or query.phrases)


def _known(word: str) -> bool:
    """Whether ``word`` is a Russian word the dictionary knows: no typo, a word no post holds
    («посол», which is not «после»)."""
    if not _CYRILLIC.fullmatch(word.lower()):
        return False
    from tg_archiver.archive.lexemes import dictionary  # the dictionary: a Cyrillic word only

    return bool(dictionary().word_is_known(word.lower()))


async def _listed(conn: Connection, words: tuple[str, ...]) -> list[str]:
    """Those of ``words`` the archive's word list holds."""
    found: list[str] = []
    for i in range(0, len(words), 500):
        chunk = words[i : i + 500]
        sql = _LISTED.format(marks=", ".join("?" * len(chunk)))
        found += [str(w) for (w,) in await conn.read_all(sql, chunk)]
    return found


async def _same_form(conn: Connection, typed: str) -> list[str]:
    """The listed words whose word form is one slip from ``typed``'s (Авдевка: «Авдеевку»,
    whose nominative no post holds), among those that start with its first three letters
    (at most _NEIGHBOURS of them, read as one range of the list)."""
    folded = fold(typed)
    start = folded[:3]
    rows = await conn.read_all(_RANGE, (start, start[:-1] + chr(ord(start[-1]) + 1), _NEIGHBOURS))
    own = analyse_word(folded)
    found = [str(w) for (w,) in rows if one_edit(analyse_word(str(w)), own)]
    return [w for w in found if analyse_word(w) != own][:_MOST]


async def _finds(conn: Connection, word: str) -> bool:
    """Whether ``word`` searched alone finds any post (in any of its forms)."""
    match = parse_query(word).match
    return match is not None and bool(await conn.read_all(_ANY, (match,)))
