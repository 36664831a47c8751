"""Migration 0008's fill: every existing post's word forms, a batch of posts a transaction.

Migration 0015 (a post's heading repeated in its word forms) asks for the same fill again:
it sets ``search_stems_fill`` back to every post, and this recomputes them with
:func:`archive.analysis.index_forms`.

At a million posts the word forms take about half an hour to compute. Done in the migration's
one transaction, a kill threw all of it away and the next open started again. Instead the
migration's own transaction only adds the column and rebuilds the index over the unstemmed
columns (every post is found by its words as written from then on), and this fill then
stores the word forms of the posts that existed then, a batch a transaction, each batch
committed with how far it got (``search_stems_fill``): a killed upgrade resumes at its last
batch, memory stays that of one batch, and the archive is whole and searchable between any two.

Each batch replaces its posts' index entries itself (the update trigger of ``posts_fts`` does
not fire for ``search_stems`` alone), so the index agrees with ``posts`` at every commit. A
post edited or added meanwhile already carries its word forms (ingest computes them); its
batch finds them equal and leaves it be. Several processes opening the archive at once share
the work safely: each batch reads where the fill stands inside its own write transaction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import index_forms

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["BATCH", "Progress", "fill_word_forms"]

log = logging.getLogger("tg_archiver.archive.store")

# Posts a transaction: about 0.2 s of analysis and a few MB, so a kill loses little and
# another process waiting to write (the service, an import) waits little.
BATCH = 1000
_LOG_EVERY = 20_000

Progress = Callable[[int, int], None]
"""Called after each batch with the posts filled so far and the posts to fill in all."""

_WHERE = "SELECT after_id, upto_id FROM search_stems_fill"
_LEFT = "SELECT count(*) FROM posts WHERE id > ? AND id <= ?"
_BATCH = (
    "SELECT id, title, clean_text, search_stems FROM posts"
    " WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"
)
_UNINDEX = (
    "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
    " VALUES ('delete', ?, ?, ?, ?)"
)
_SET = "UPDATE posts SET search_stems = ? WHERE id = ?"
_INDEX = "INSERT INTO posts_fts (rowid, title, clean_text, search_stems) VALUES (?, ?, ?, ?)"
_ADVANCE = "UPDATE search_stems_fill SET after_id = ?"
_DONE = "DELETE FROM search_stems_fill"


async def fill_word_forms(conn: Connection, progress: Progress | None = None) -> int:
    """Fill the word forms migration 0008 left to fill, if any; return the posts filled."""
    db = conn.db
    async with db.execute(_WHERE) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return 0
    after, upto = int(row[0]), int(row[1])
    async with db.execute(_LEFT, (after, upto)) as cursor:
        left = await cursor.fetchone()
    total = int(left[0]) if left else 0
    if after:
        log.info("search index: word forms resumed after post %d, posts=%d to go", after, total)
    started, count, logged = time.monotonic(), 0, 0
    while (n := await _one_batch(conn)) is not None:
        count += n
        if progress is not None:
            progress(count, total)
        if count - logged >= _LOG_EVERY:
            logged = count
            log.info(
                "search index: word forms posts=%d of %d took=%.1fs",
                count,
                total,
                time.monotonic() - started,
            )
    log.info("search index: word forms done posts=%d took=%.1fs", count, time.monotonic() - started)
    return count


async def _one_batch(conn: Connection) -> int | None:
    """Fill the next batch in its own transaction; the number of posts it held, or None when
    the fill is done (or another process finished it)."""
    db = conn.db
    async with conn.transaction():
        async with db.execute(_WHERE) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        after, upto = int(row[0]), int(row[1])
        async with db.execute(_BATCH, (after, upto, BATCH)) as cursor:
            batch = list(await cursor.fetchall())
        if not batch:
            await db.execute(_DONE)
            return None
        changed = []
        for pid, title, text, old in batch:
            new = index_forms(text, title)
            if new != old:
                changed.append((pid, title, text, old, new))
        await db.executemany(_UNINDEX, [(p, t, x, old) for p, t, x, old, _ in changed])
        await db.executemany(_SET, [(new, p) for p, _t, _x, _o, new in changed])
        await db.executemany(_INDEX, [(p, t, x, new) for p, t, x, _o, new in changed])
        await db.execute(_ADVANCE, (batch[-1][0],))
    return len(batch)
