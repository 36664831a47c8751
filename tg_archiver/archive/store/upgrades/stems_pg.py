"""The word forms of a PostgreSQL archive's existing posts: the sibling of :mod:`.reindex`
(SQLite's fill of ``search_stems``).

Two fills, both computing :func:`archive.analysis.index_forms` (a post's word forms, its
heading's again), as ingest does:

- :func:`fill_search_stems`, for an archive written before migration 0002 (which added the
  column): run by :meth:`.connection_pg.PgConnection.migrate` inside that migration's own
  transaction, a batch of posts at a time by id (memory stays one batch); the migration and
  the fill commit together or not at all.
- :func:`fill_headings`, migration 0004's (a post's heading in its word forms), and again
  whenever another analyser made the forms (:func:`keep_forms_current`, migration 0005):
  after the migrations, a batch a transaction, each committed with how far it got
  (``search_stems_fill``), so a killed upgrade resumes at its last batch and the archive is
  searchable between any two. Only the posts whose forms change are written (those with a
  heading): ``search_words`` is generated from the column, so each write rebuilds the row's
  vector and its GIN entries. Several processes opening the archive at once share the work:
  each batch reads where the fill stands under the row's lock, inside its own transaction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.store.index_writes import ANALYSER_CHANGED, analyser

if TYPE_CHECKING:
    import asyncpg

    from tg_archiver.archive.store.connection_pg import PgConnection

__all__ = [
    "BATCH",
    "Progress",
    "check_analyser",
    "fill_headings",
    "fill_search_stems",
    "keep_forms_current",
]

log = logging.getLogger("tg_archiver.archive.store")

BATCH = 2000
_LOG_EVERY = 20_000

Progress = Callable[[int, int], None]
"""Called after each batch with the posts filled so far and the posts to fill in all."""

_POSTS_AFTER = (
    "SELECT id, title, clean_text FROM posts WHERE id > $1 AND search_stems = ''"
    " ORDER BY id LIMIT $2"
)
_SET_STEMS = (
    "UPDATE posts SET search_stems = new.stems"
    " FROM unnest($1::bigint[], $2::text[]) AS new (id, stems) WHERE posts.id = new.id"
)
_HAS_FILL = "SELECT to_regclass('search_stems_fill') IS NOT NULL"
_WHERE = "SELECT after_id, upto_id FROM search_stems_fill"
_WHERE_LOCKED = _WHERE + " FOR UPDATE"
_LEFT = "SELECT count(*) FROM posts WHERE id > $1 AND id <= $2"
_BATCH = (
    "SELECT id, title, clean_text, search_stems FROM posts"
    " WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3"
)
_ADVANCE = "UPDATE search_stems_fill SET after_id = $1"
_DONE = "DELETE FROM search_stems_fill"
_EVERY_POST = (
    "INSERT INTO search_stems_fill (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts"
)
_READ_ANALYSER = "SELECT fingerprint FROM search_analyser"
_DROP_ANALYSER = "DELETE FROM search_analyser"
_SET_ANALYSER = "INSERT INTO search_analyser (fingerprint) VALUES ($1)"
_LOCK_ANALYSER = "LOCK TABLE search_analyser IN EXCLUSIVE MODE"


async def keep_forms_current(conn: PgConnection) -> bool:
    """If another analyser made the word forms (or none is recorded), record this one and
    set the fill to every post (:func:`fill_headings` then does it); return whether it did.
    Several processes opening at once: the first takes the table's lock, the others then
    find this analyser recorded."""
    current = analyser()
    if await conn.db.fetchval(_READ_ANALYSER) == current:
        return False
    async with conn.transaction():
        db = conn.db  # inside: the transaction may have made a new connection
        await db.execute(_LOCK_ANALYSER)
        if await db.fetchval(_READ_ANALYSER) == current:
            return False
        log.info("search index: the word forms' analyser changed; making every post's again")
        await db.execute(_DONE)
        await db.execute(_EVERY_POST)
        await db.execute(_DROP_ANALYSER)
        await db.execute(_SET_ANALYSER, current)
    return True


async def check_analyser(db: asyncpg.Connection, mine: str) -> None:
    """Refuse a write transaction (before it writes) unless the recorded analyser is
    ``mine``: a process started before another tg-archiver made the forms again would store
    forms its searches and the fill no longer agree with (see SQLite's
    :func:`.index_writes.check_analyser`)."""
    if await db.fetchval(_READ_ANALYSER) != mine:
        raise StorageError(ANALYSER_CHANGED)


async def fill_search_stems(db: asyncpg.Connection) -> int:
    """Give every post without word forms its own (as ingest makes them); return how many."""
    after, done = 0, 0
    while rows := await db.fetch(_POSTS_AFTER, after, BATCH):
        stems = [index_forms(text, t) for _, t, text in rows]
        await db.execute(_SET_STEMS, [r[0] for r in rows], stems)
        after, done = rows[-1][0], done + len(rows)
    return done


async def fill_headings(conn: PgConnection, progress: Progress | None = None) -> int:
    """Recompute the word forms migration 0004 left to recompute, if any (see the module
    docstring); return the posts gone through."""
    if not await conn.db.fetchval(_HAS_FILL):
        return 0
    row = await conn.db.fetchrow(_WHERE)
    if row is None:
        return 0
    total = int(await conn.db.fetchval(_LEFT, row[0], row[1]))
    if row[0]:
        log.info("search index: word forms resumed after post %d, posts=%d to go", row[0], total)
    started, count, logged = time.monotonic(), 0, 0
    while (n := await _one_batch(conn)) is not None:
        count += n
        if progress is not None:
            progress(count, total)
        if count - logged >= _LOG_EVERY:
            logged = count
            log.info("search index: word forms posts=%d of %d", count, total)
    log.info("search index: word forms done posts=%d took=%.1fs", count, time.monotonic() - started)
    return count


async def _one_batch(conn: PgConnection) -> int | None:
    """The next batch in its own transaction; the posts it held, or None when the fill is
    done (or another process finished it)."""
    async with conn.transaction():
        db = conn.db  # inside: the transaction may have made a new connection
        row = await db.fetchrow(_WHERE_LOCKED)
        if row is None:
            return None
        batch = await db.fetch(_BATCH, row[0], row[1], BATCH)
        if not batch:
            await db.execute(_DONE)
            return None
        changed = [
            (pid, new)
            for pid, title, text, old in batch
            if (new := index_forms(text, title)) != old
        ]
        if changed:
            await db.execute(_SET_STEMS, [p for p, _ in changed], [s for _, s in changed])
        await db.execute(_ADVANCE, batch[-1][0])
    return len(batch)
