"""Migration 0017's upgrade: a post's clean text stored only where it differs from its raw text.

Before 0017 every post stored its clean text in full, also when cleaning removed nothing (70%
of the bench corpus: an eighth of the archive). Now ``posts.clean_stored`` is NULL there and
``posts.clean_text`` (generated: ``coalesce(clean_stored, raw_text)``) reads the same. This
sets ``clean_stored`` to NULL where it equals ``raw_text``, a batch of posts a transaction;
no post reads differently at any point, and the full-text index is not touched (its update
trigger does nothing when what it indexes is unchanged).

Like the trim of versions (:mod:`.versions_trim`), each batch commits with how far it got
(``clean_once``): a killed upgrade resumes at its last batch. The freed space is reused by
later posts; ``VACUUM`` (with the service stopped) returns it to the disk.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["BATCH", "store_clean_once"]

log = logging.getLogger("tg_archiver.archive.store")

# Posts a transaction: a few MB of rows rewritten, so a kill loses little and another process
# waiting to write waits little.
BATCH = 5000
_LOG_EVERY = 50_000

_WHERE = "SELECT after_id, upto_id FROM clean_once"
_LEFT = "SELECT count(*) FROM posts WHERE id > ? AND id <= ?"
_BATCH_END = (
    "SELECT max(id), count(*) FROM"
    " (SELECT id FROM posts WHERE id > ? AND id <= ? ORDER BY id LIMIT ?)"
)
_SHARE = "UPDATE posts SET clean_stored = NULL WHERE id > ? AND id <= ? AND clean_stored = raw_text"
_ADVANCE = "UPDATE clean_once SET after_id = ?"
_DONE = "DELETE FROM clean_once"


async def store_clean_once(conn: Connection) -> int:
    """Do what migration 0017 left to do, if anything; return the posts whose clean text is
    no longer stored apart."""
    row = await conn.fetchone(_WHERE)
    if row is None:
        return 0
    after, upto = int(row[0]), int(row[1])
    left = await conn.fetchone(_LEFT, (after, upto))
    total = int(left[0]) if left else 0
    if after:
        log.info("clean text: resumed after post %d, posts=%d to go", after, total)
    started, seen, shared, logged = time.monotonic(), 0, 0, 0
    while (step := await _one_batch(conn)) is not None:
        seen, shared = seen + step[0], shared + step[1]
        if seen - logged >= _LOG_EVERY:
            logged = seen
            log.info(
                "clean text: stored once posts=%d of %d took=%.1fs",
                seen,
                total,
                time.monotonic() - started,
            )
    log.info(
        "clean text: done posts=%d equal_to_raw=%d took=%.1fs",
        seen,
        shared,
        time.monotonic() - started,
    )
    return shared


async def _one_batch(conn: Connection) -> tuple[int, int] | None:
    """The next batch in its own transaction: (posts, posts whose clean text was the raw
    text), or None when the upgrade is done (or another process finished it)."""
    async with conn.transaction():
        row = await conn.fetchone(_WHERE)
        if row is None:
            return None
        after, upto = int(row[0]), int(row[1])
        end = await conn.fetchone(_BATCH_END, (after, upto, BATCH))
        if end is None or end[0] is None:
            await conn.db.execute(_DONE)
            return None
        last, posts = int(end[0]), int(end[1])
        cursor = await conn.db.execute(_SHARE, (after, last))
        shared = cursor.rowcount
        await cursor.close()
        await conn.db.execute(_ADVANCE, (last,))
    return posts, shared
