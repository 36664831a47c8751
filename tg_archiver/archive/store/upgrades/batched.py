"""The loop of an upgrade done a batch of posts a transaction, resumable if killed.

Such an upgrade's migration adds a one-row table ``(after_id, upto_id)``: the posts after
``after_id`` up to ``upto_id`` are left to do. Each batch does its work on the next posts and
moves ``after_id`` in the same transaction, so a killed upgrade resumes at its last batch;
the row goes when none are left (or another process finished first). Used by
:mod:`.reindex`, :mod:`.versions_trim` and :mod:`.clean_once`, which give the work of a batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

log = logging.getLogger("tg_archiver.archive.store")

_LEFT = "SELECT count(*) FROM posts WHERE id > ? AND id <= ?"
_BATCH_END = (
    "SELECT max(id), count(*) FROM"
    " (SELECT id FROM posts WHERE id > ? AND id <= ? ORDER BY id LIMIT ?)"
)

# The work of one batch on the posts with ids in (after, last]; returns what it changed.
Work = Callable[["Connection", int, int], Awaitable[int]]
Progress = Callable[[int, int], None]
"""Called after each batch with the posts done so far and the posts to do in all."""


@dataclass(frozen=True, slots=True)
class Upgrade:
    """A batched upgrade: its table, its work, and what the log says of it."""

    table: str  # the migration's (after_id, upto_id) table
    work: Work
    resumed: str  # "<what>: ... resumed after post %d, posts=%d to go"
    progress: str  # "<what>: ... posts=%d of %d took=%.1fs"
    done: str  # "<what>: ... posts=%d <changed>=%d took=%.1fs"
    log_every: int = 50_000  # posts between two progress lines


async def run_batched(
    conn: Connection, upgrade: Upgrade, batch: int, progress: Progress | None = None
) -> int:
    """Do what ``upgrade`` has left to do, ``batch`` posts a transaction; return what its
    work changed in all (0 when nothing was left)."""
    row = await conn.fetchone(f"SELECT after_id, upto_id FROM {upgrade.table}")
    if row is None:
        return 0
    after, upto = int(row[0]), int(row[1])
    left = await conn.fetchone(_LEFT, (after, upto))
    total = int(left[0]) if left else 0
    if after:
        log.info(upgrade.resumed, after, total)
    started, seen, changed, logged = time.monotonic(), 0, 0, 0
    while (step := await _one_batch(conn, upgrade, batch)) is not None:
        seen, changed = seen + step[0], changed + step[1]
        if progress is not None:
            progress(seen, total)
        if seen - logged >= upgrade.log_every:
            logged = seen
            log.info(upgrade.progress, seen, total, time.monotonic() - started)
    log.info(upgrade.done, seen, changed, time.monotonic() - started)
    return changed


async def _one_batch(conn: Connection, upgrade: Upgrade, batch: int) -> tuple[int, int] | None:
    """The next batch in its own transaction: (posts, what the work changed), or None when
    the upgrade is done (or another process finished it)."""
    async with conn.transaction():
        row = await conn.fetchone(f"SELECT after_id, upto_id FROM {upgrade.table}")
        if row is None:
            return None
        after, upto = int(row[0]), int(row[1])
        end = await conn.fetchone(_BATCH_END, (after, upto, batch))
        if end is None or end[0] is None:
            await conn.db.execute(f"DELETE FROM {upgrade.table}")
            return None
        last, posts = int(end[0]), int(end[1])
        changed = await upgrade.work(conn, after, last)
        await conn.db.execute(f"UPDATE {upgrade.table} SET after_id = ?", (last,))
    return posts, changed
