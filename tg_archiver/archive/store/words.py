"""The index's word list: every word of the posts' titles and texts as the FTS index holds it,
so that a prefix (``secur*``, ``санкц*``) is spelled out into its words by one range read.

FTS5 lists its words only through ``fts5vocab``, which reads the list of posts of every word
it returns (at 1M posts, the words of ``secur*`` took 87-193 ms that way: ``security`` alone is
in half the posts), and its own prefix query merges those lists on every lookup. The table
``search_words`` (migrations/0018) holds the words alone, keyed by word: the words of a
prefix are a range of its b-tree, read in well under a millisecond.

Kept whatever path writes a post: migration 0017's triggers note each post inserted, or whose
title or text changes (ingest, an edit, a re-cleaning, a copy), in ``search_words_pending``;
:func:`catch_up` lists the noted posts' words and clears their notes, at the end of each
ingest chunk (in its transaction) and, a batch a transaction, when the archive is opened
(:func:`fill_words`: the existing posts after the migration, and whatever a path other than
ingest noted). A search reads the list only while nothing is noted (:data:`LISTED`), and
``fts5vocab`` otherwise: the same words, slower.

Words are never taken out (a deleted post's, a word an edit removed): a word no post holds
matches nothing, so the list may hold more than the index, never less. The words are the
tokens of FTS5's ``unicode61`` tokenizer (``remove_diacritics 2``, as migrations/0008 makes
the index): a run of ASCII letters and digits and basic Cyrillic letters is lower-cased here,
which folds them as that tokenizer does; any other run (Latin diacritics, other scripts,
marks, characters whose class Unicode versions disagree on) goes through FTS5's own tokenizer
on a temporary table of the writing connection, so the list holds the index's very words.

SQLite-only: PostgreSQL's ``:*`` prefix reads its GIN index by prefix already.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection
    from tg_archiver.archive.store.inline import Writes

__all__ = [
    "HAS_LIST",
    "LISTED",
    "WORDS_OF_PREFIX",
    "catch_up",
    "fill_words",
    "last_token",
]

log = logging.getLogger("tg_archiver.archive.store")

# Noted posts listed by one catch-up of an ingest chunk: a chunk notes at most CHUNK posts;
# more were noted by another path (a copy), and drain a few chunks at a time.
CATCH_UP = 2000
BATCH = 2000  # posts a transaction when the archive is opened (fill_words)
_LOG_EVERY = 100_000
MOST_KNOWN = 300_000  # runs of text a writer remembers as listed (a few tens of MB at most)

Progress = Callable[[int, int], None]
"""Called after each batch with the posts listed so far and the posts to list in all."""

# Runs of characters between whitespace, ASCII punctuation and control characters: each is
# one or more whole tokens of unicode61 (those characters always separate tokens).
_RUN = lazy_re.compile(r"[^\s\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
# A run that is one token, the run lower-cased: FTS5 folds these letters as str.lower() does.
_PLAIN = lazy_re.compile(r"[0-9A-Za-z\u0401\u0410-\u044f\u0451]+")

_NOTED = (
    "SELECT noted.post_id, posts.title, posts.clean_text FROM search_words_pending AS noted"
    " LEFT JOIN posts ON posts.id = noted.post_id ORDER BY noted.post_id LIMIT ?"
)
_CLEAR_NOTED = "DELETE FROM search_words_pending WHERE post_id <= ?"
_COUNT_NOTED = "SELECT count(*) FROM search_words_pending"
_ADD_WORD = "INSERT OR IGNORE INTO search_words (word) VALUES (?)"
# FTS5's tokenizer for the runs the pattern above cannot fold: the options of posts_fts.
# SQLite-only: FTS5, fts5vocab; in the writing connection's temp schema.
_SPLIT_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_split USING fts5"
    " (t, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2')"
)
_SPLIT_TERMS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_split_terms"
    " USING fts5vocab(temp, words_split, row)"
)
_SPLIT = "INSERT INTO temp.words_split (t) VALUES (?)"
_SPLIT_TERMS = "SELECT term FROM temp.words_split_terms"
_SPLIT_CLEAR = "INSERT INTO temp.words_split (words_split) VALUES ('delete-all')"

LISTED = "SELECT NOT EXISTS (SELECT 1 FROM search_words_pending)"
"""Whether the list holds every word of the index (nothing noted and not yet listed)."""
HAS_LIST = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'search_words'"
"""Whether the archive has the list at all (opened read-only before migration 0018)."""
WORDS_OF_PREFIX = "SELECT word FROM search_words WHERE word >= ? AND word < ? LIMIT ?"
"""The listed words from a prefix (inclusive) up to the next prefix (exclusive)."""


def last_token(text: str) -> tuple[list[str], str] | None:
    """The runs of ``text`` before its last, and the last as the index's word, when that run
    is one word this module folds itself (see ``_PLAIN``); None otherwise."""
    found = _RUN.findall(text)
    if not found or not _PLAIN.fullmatch(found[-1]):
        return None
    return found[:-1], found[-1].lower()


async def catch_up(w: Writes, known: set[str] | None = None, most: int = CATCH_UP) -> int:
    """List the words of up to ``most`` noted posts (the oldest ids first) and clear their
    notes, in the caller's transaction; return how many posts were noted.

    ``known``: runs of text already listed in this or a committed transaction (the caller
    clears it on a rollback), left out here; this adds to it, up to ``MOST_KNOWN``.

    The texts are cut at whitespace first (``str.split``, a C loop: whitespace always
    separates runs, and it tests the same characters as the pattern's ``\\s``), and only
    the pieces not known already are read by the pattern: a chunk's texts were a few
    hundred thousand characters for it, their new pieces a small part of that (issue 21).
    ``known`` then holds such pieces too: every run of a piece it holds is listed, as is
    every run it holds."""
    rows = await w.fetchall(_NOTED, (most,))
    if not rows:
        return 0
    pieces: set[str] = set()
    for _, title, text in rows:
        if title:
            pieces.update(title.split())
        if text:
            pieces.update(text.split())
    if known is not None:
        pieces -= known
    found = set(_RUN.findall(" ".join(pieces)))
    if known is not None:
        found -= known
    words = await _words(w, found)
    await w.db.executemany(_ADD_WORD, [(word,) for word in sorted(words)])
    await w.db.execute(_CLEAR_NOTED, (rows[-1][0],))
    if known is not None:
        if len(known) + len(found) + len(pieces) > MOST_KNOWN:
            known.clear()
        known |= found
        known |= pieces
    return len(rows)


async def _words(w: Writes, found: Iterable[str]) -> set[str]:
    """The index's words in the runs ``found``."""
    words: set[str] = set()
    odd: list[str] = []
    for run in found:
        if _PLAIN.fullmatch(run):
            words.add(run.lower())
        else:
            odd.append(run)
    if odd:
        await w.db.execute(_SPLIT_TABLE)
        await w.db.execute(_SPLIT_TERMS_TABLE)
        await w.db.execute(_SPLIT, (" ".join(odd),))
        words.update(term for (term,) in await w.fetchall(_SPLIT_TERMS))
        await w.db.execute(_SPLIT_CLEAR)
    return words


async def fill_words(conn: Connection, progress: Progress | None = None) -> int:
    """List the words of every noted post, a batch a transaction (a killed run resumes at
    its last batch; the archive is whole and searchable between any two); return the posts
    listed. Migration 0017 notes every existing post: at 1M posts, minutes."""
    row = await conn.fetchone(_COUNT_NOTED)
    total = int(row[0]) if row else 0
    if not total:
        return 0
    started, count, logged = time.monotonic(), 0, 0
    known: set[str] = set()
    while True:
        # A failed batch ends the fill (and ``known`` with it): its words were rolled back.
        async with conn.transaction():
            n = await catch_up(conn, known, BATCH)
        if not n:
            break
        count += n
        if progress is not None:
            progress(min(count, total), total)
        if count - logged >= _LOG_EVERY:
            logged = count
            log.info(
                "search index: word list posts=%d of %d took=%.1fs",
                count,
                total,
                time.monotonic() - started,
            )
    log.info("search index: word list done posts=%d took=%.1fs", count, time.monotonic() - started)
    return count
