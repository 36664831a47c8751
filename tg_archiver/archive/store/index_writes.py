"""The full-text index's rows, written by the store itself (migration 0020).

``posts_fts`` indexes a post's title, clean text and word forms (:func:`archive.analysis.
index_forms`). The word forms are not stored in ``posts`` (they were a fifth of the archive),
so no trigger can index them: the store adds a post's row to the index in the transaction
that stores the post, with the forms its prepare step made, and at an edit deletes the old
row with the forms computed again from the old title and clean text. FTS5 needs exactly the
tokens it indexed to delete them, so the archive records what made its forms
(:func:`analyser`: this code's :data:`ANALYSER_VERSION`, the Snowball library's version and
the forms of a probe text), and a writing open that finds another analyser (an upgrade of
PyStemmer, a change of archive/analysis.py) makes the index's forms again before anything is
written: :func:`keep_forms_current`, a batch of posts a transaction, the newest first,
resumable (migrations/0021). A process that opened the archive before another analyser did so
writes nothing (:func:`check_analyser`). A test pins the analyser's output over the search
corpora.

Writes to ``posts`` past the store are refused by the guards of migration 0020, which call
:data:`WRITER_FUNCTION`: only a connection given :func:`allow_writes` defines it.

SQLite-only: FTS5's ``'delete'`` command (PostgreSQL's ``tsvector`` is a column of the row).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

import Stemmer

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.errors import StorageError

if TYPE_CHECKING:
    import aiosqlite

    from tg_archiver.archive.store.connection import Connection
    from tg_archiver.archive.store.inline import WriteDb, Writes
    from tg_archiver.archive.store.upgrades.batched import Progress

log = logging.getLogger("tg_archiver.archive.store")

__all__ = [
    "ANALYSER_CHANGED",
    "ANALYSER_VERSION",
    "INDEX",
    "INDEX_STAGED",
    "UNINDEX",
    "WRITER_FUNCTION",
    "allow_writes",
    "analyser",
    "check_analyser",
    "index_rows",
    "keep_forms_current",
    "not_indexed",
    "unindex",
]

# Raised whenever archive/analysis.py changes what index_forms makes (the pinned test says
# when): every archive then makes its index's forms again at its next writing open.
ANALYSER_VERSION = 1
# Words of both languages through the stemmers' suffix rules, the spelling folds and a heading.
_PROBE = (
    "Talks on the organisation of summits: cooperating harbours, centres and fertilisers;"
    " the ministries' statements were running, relational, generously hopeful.\n"
    "Заявление МИД России о переговорах министров иностранных дел государств-членов ШОС;"
    " санкций, санкции, встречи, Лаврова, Лавров, саммиты, ёлка, сотрудничество, важнейшими."
)

WRITER_FUNCTION = "written_by_tg_archiver"
_TRUST_SCHEMA = "PRAGMA trusted_schema = ON"

INDEX = "INSERT INTO posts_fts (rowid, title, clean_text, search_stems) VALUES (?, ?, ?, ?)"
# The staged chunk of new posts (archive/store/writer.py) in one statement: one index segment.
INDEX_STAGED = (
    "INSERT INTO posts_fts (rowid, title, clean_text, search_stems)"
    " SELECT id, title, coalesce(clean_stored, raw_text), search_stems"
    " FROM temp.staged_posts ORDER BY rowid"
)
UNINDEX = (
    "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
    " VALUES ('delete', ?, ?, ?, ?)"
)


_READ_ANALYSER = "SELECT fingerprint FROM search_analyser"
_SET_ANALYSER = "INSERT INTO search_analyser (fingerprint) VALUES (?)"
_DROP_ANALYSER = "DELETE FROM search_analyser"
_DELETE_ALL = "INSERT INTO posts_fts (posts_fts) VALUES ('delete-all')"
_SECURE_DELETE = "PRAGMA secure_delete"
_SECURE_DELETE_FAST = "PRAGMA secure_delete = FAST"
# The refill (migrations/0021): the posts with ids up to upto_id have no row in the index yet.
_REFILL_FROM = "SELECT upto_id FROM search_forms_refill"
_START_REFILL = (
    "INSERT INTO search_forms_refill (upto_id) SELECT id FROM posts ORDER BY id DESC LIMIT 1"
)
_MOVE_REFILL = "UPDATE search_forms_refill SET upto_id = ?"
_END_REFILL = "DELETE FROM search_forms_refill"
_UNINDEXED = (
    "SELECT count(*) FROM search_forms_refill JOIN posts ON posts.id <= search_forms_refill.upto_id"
)
_NEWEST_UNINDEXED = "SELECT id, title, clean_text FROM posts WHERE id <= ? ORDER BY id DESC LIMIT ?"
# Whether the writing connection may index posts: the analyser that made the index's forms, and
# whether a refill is under way. Read by the writer at the start of each write transaction.
_WRITE_STATE = (
    "SELECT (SELECT fingerprint FROM search_analyser), EXISTS (SELECT 1 FROM search_forms_refill)"
)
# Why a writer opened before another analyser made the word forms again writes nothing (both
# engines: this module's check_analyser, store/upgrades/stems_pg.py's).
ANALYSER_CHANGED = (
    "the archive's word forms were made again by a tg-archiver with another word analyser"
    " (PyStemmer or tg-archiver upgraded) since this one opened it; nothing was written:"
    " restart this tg-archiver"
)
# Posts indexed again a transaction: about half a second of analysis and indexing, so a kill
# loses little and another process waiting to write (the service, an import) waits little.
BATCH = 2000
_LOG_EVERY = 100_000


def analyser() -> str:
    """What makes the index's word forms here, as a short fingerprint."""
    made = f"{ANALYSER_VERSION}\n{Stemmer.version()}\n{index_forms(_PROBE)}"
    return hashlib.sha256(made.encode()).hexdigest()[:16]


async def record_analyser(conn: Connection) -> None:
    """Note that the index's forms are the current analyser's (in the caller's transaction)."""
    await conn.db.execute(_DROP_ANALYSER)
    await conn.db.execute(_SET_ANALYSER, (analyser(),))


async def keep_forms_current(conn: Connection, progress: Progress | None = None) -> int:
    """Make the index's forms again if another analyser made them, or finish doing so; return
    the posts indexed again (0 when the analyser is the same and nothing was left to do).
    ``progress`` is told the posts done and those left when this call began.

    FTS5 can delete a post's tokens only given them, and the old analyser is gone: one short
    transaction empties the index and records the new analyser, then every post is indexed
    again, the newest first, a batch a transaction (:func:`_refill_batch`). A kill leaves
    the posts not yet indexed again unsearchable until the next writing open resumes there.
    """
    current = analyser()
    row = await conn.fetchone(_READ_ANALYSER)
    if row is None or row[0] != current:
        async with conn.transaction():
            row = await conn.fetchone(_READ_ANALYSER)  # another process may have done it
            if row is None or row[0] != current:
                log.info(
                    "search index: the word forms' analyser changed; indexing every post again"
                )
                await _empty_index(conn)
                await conn.db.execute(_END_REFILL)
                await conn.db.execute(_START_REFILL)
                await record_analyser(conn)
    row = await conn.fetchone(_REFILL_FROM)
    if row is None:
        return 0
    total = int((await conn.fetchone(_UNINDEXED))[0])
    log.info("search index: indexing posts again, newest first, posts=%d to go", total)
    started, done, logged = time.monotonic(), 0, 0
    while (step := await _refill_batch(conn)) is not None:
        done += step
        if progress is not None:
            progress(done, total)
        if done - logged >= _LOG_EVERY:
            logged = done
            log.info(
                "search index: indexed again posts=%d of %d took=%.1fs",
                done,
                total,
                time.monotonic() - started,
            )
    log.info(
        "search index: word forms made again posts=%d took=%.1fs", done, time.monotonic() - started
    )
    return done


async def _empty_index(conn: Connection) -> None:
    """Empty the index (in the caller's transaction) without writing its every page again.

    SQLite built with ``SECURE_DELETE`` (Debian's, this machine's) zeroes each freed page, so
    emptying the index wrote all of it to the write-ahead log (at a million posts 1.2 GB, at
    100k 117 MB in 0.2 s); ``FAST`` zeroes only pages written anyway (0 MB, 0.02 s). The
    freed pages hold words of posts the archive keeps, and the refill reuses them."""
    row = await conn.fetchone(_SECURE_DELETE)
    was = int(row[0]) if row else 0
    await conn.db.execute(_SECURE_DELETE_FAST)
    try:
        await conn.db.execute(_DELETE_ALL)
    finally:
        await conn.db.execute(f"{_SECURE_DELETE} = {was}")  # an int SQLite gave


async def _refill_batch(conn: Connection) -> int | None:
    """Index the newest posts not indexed again yet, in a transaction of their own; return
    how many, or None when none were left (another process sharing the work may have
    finished: each batch reads where the refill stands inside its write transaction)."""
    async with conn.transaction():
        row = await conn.fetchone(_REFILL_FROM)
        if row is None:
            return None
        batch = await conn.fetchall(_NEWEST_UNINDEXED, (int(row[0]), BATCH))
        # In id order: FTS5 writes a new segment each time a row's id is below the last one's.
        await conn.db.executemany(INDEX, index_rows(reversed(batch)))
        if len(batch) < BATCH:
            await conn.db.execute(_END_REFILL)
        else:
            await conn.db.execute(_MOVE_REFILL, (int(batch[-1][0]) - 1,))
    return len(batch)


async def check_analyser(w: Writes, mine: str) -> None:
    """Refuse a write transaction (before it writes) unless the index's forms are those of
    ``mine``, this process's :func:`analyser`, and no refill is under way: a process started
    before another tg-archiver (PyStemmer upgraded, or this code) made them again would index
    forms the index cannot delete with, or index a post twice."""
    made_by, refilling = await w.fetchone(_WRITE_STATE)
    if made_by != mine or refilling:
        raise StorageError(ANALYSER_CHANGED)


async def not_indexed(conn: Connection) -> int:
    """Posts a search cannot find yet: those an unfinished refill has not indexed again."""
    try:
        row = await conn.read_one(_UNINDEXED)
    except sqlite3.OperationalError:  # an archive before migration 0021, opened read-only
        return 0
    return int(row[0]) if row else 0


def _yes() -> int:
    return 1


async def allow_writes(db: aiosqlite.Connection) -> None:
    """Let ``db`` write ``posts`` (its code keeps the index in step)."""
    await db.create_function(WRITER_FUNCTION, 0, _yes, deterministic=True)
    # The guards call it from triggers: a SQLite built to distrust the schema
    # (SQLITE_TRUSTED_SCHEMA=0) refuses that ("unsafe use of ...") unless this connection
    # trusts it. The only function it defines answers 1 and does nothing else.
    await db.execute(_TRUST_SCHEMA)


def index_rows(rows: Iterable[tuple[int, str | None, str]]) -> list[tuple[object, ...]]:
    """``(id, title, clean_text)`` of posts as :data:`INDEX` takes them, with their forms."""
    return [(pid, title, text, index_forms(text, title)) for pid, title, text in rows]


async def unindex(db: WriteDb, post_id: int, title: str | None, text: str) -> None:
    """Delete the index's row of the stored post ``post_id`` (before its title or text
    changes), given its stored title and clean text: its tokens are theirs and their forms'."""
    await db.execute(UNINDEX, (post_id, title, text, index_forms(text, title)))
