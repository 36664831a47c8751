"""WAL checkpoints off the write path: a commit never waits for one (issue 21).

In WAL mode a commit appends the pages it changed to the write-ahead log; a *checkpoint*
copies them back into the archive file so the log can start again from its beginning.
SQLite's own automatic checkpoint runs inside the ``COMMIT`` that takes the log past 1,000
pages: with 16 KiB pages a live post dirties about 38 of them (the post, its indexes, its
band keys, FTS5's new segment), so every 27th post paid for copying the other 26's pages,
and that was the live path's p95 (with the automatic checkpoint off, the average ``COMMIT``
took half as long).

So the writing connection runs with ``wal_autocheckpoint = 0`` and this module checkpoints
instead, from a connection (and so a thread) of its own: after a commit that takes the rows
changed since the last checkpoint to :data:`CHECKPOINT_CHANGES` or more, a checkpoint is
started in the background and the commit returns at once. It has two steps:

1. ``PASSIVE``, while writes go on: it never waits for a lock, and copies the bulk of the log
   (every page committed when it started).
2. When the log holds :data:`WAL_PAGES` pages or more: ``PASSIVE`` again between two
   transactions (it takes the store's write lock, so it waits for the transaction in flight
   and the next one waits for it), copying what was committed during step 1, a few pages.
   The log is then copied whole, and SQLite starts it again from its beginning at the next
   write. Without this step a writer that never pauses (a burst of live posts, an import of
   many files) would always have added to the log during the copy, and the log would never
   start again: it would grow without end. It is the one step a write may wait for, so it
   runs only every few checkpoints (about every 60 live posts), not at each.

So the log stays bounded, at about :data:`WAL_PAGES` pages and what one checkpoint's
interval adds.

Nothing committed can be lost by this: a committed transaction is in the log whether or not
it has been copied, and SQLite replays the log when the archive is next opened after a
crash. When the last connection closes, SQLite checkpoints the whole log and removes it, as
it always did.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

# Rows changed on the writing connection (sqlite3's ``total_changes``: inserts, updates and
# deletes, trigger ones included) between two checkpoints. A live post of the bench corpus
# changes about 50 rows and dirties about 38 pages, so this is about 20 posts and 750 pages:
# near SQLite's own interval of 1,000 pages.
CHECKPOINT_CHANGES = 1000

# Pages in the log from which a checkpoint finishes it between two transactions, so that it
# starts again (step 2 above): 32 MB with 16 KiB pages, two or three checkpoints' worth.
WAL_PAGES = 2000

# SQLite-only: the WAL checkpoint pragmas; PASSIVE answers (busy, pages in the log, copied).
NO_AUTOCHECKPOINT = "PRAGMA wal_autocheckpoint = 0"
_PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)"


class Checkpointer:
    """Starts a ``PASSIVE`` checkpoint in the background after enough writes (see the
    module's docstring). One per writing connection; :meth:`close` before closing it."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, write_lock: asyncio.Lock) -> None:
        self._path = path
        self._writer = writer
        self._write_lock = write_lock  # held by every transaction on ``writer``
        self._mark = writer.total_changes  # rows changed when the last checkpoint started
        self._conn: aiosqlite.Connection | None = None  # opened on the first checkpoint
        self._running: asyncio.Task[None] | None = None
        self._again = False  # enough was written during the running checkpoint for another

    def wrote(self) -> None:
        """After a commit (on the event loop): start a checkpoint if enough was written."""
        changes = self._writer.total_changes
        if changes - self._mark < CHECKPOINT_CHANGES:
            return
        self._mark = changes
        if self._running is not None and not self._running.done():
            self._again = True
            return
        self._running = asyncio.get_running_loop().create_task(self._checkpoints())

    async def _checkpoints(self) -> None:
        """Checkpoint, and again while commits during one asked for another."""
        while True:
            self._again = False
            try:
                if self._conn is None:
                    self._conn = await aiosqlite.connect(self._path, isolation_level=None)
                async with self._conn.execute(_PASSIVE) as done:  # step 1, beside the writes
                    row = await done.fetchone()
                if row is not None and row[1] >= WAL_PAGES:
                    async with self._write_lock:  # step 2: the rest, between two transactions
                        await self._conn.execute(_PASSIVE)
            except sqlite3.Error as e:
                # The log is only left longer: the next checkpoint (or the close) copies it.
                log.warning("archive=%s checkpoint failed: %s", self._path, e)
                return
            if not self._again:
                return

    async def idle(self) -> None:
        """Wait for the checkpoint in flight, if any, to end."""
        if self._running is not None:
            await asyncio.wait({self._running})

    async def close(self) -> None:
        """Let the checkpoint in flight end, then close its connection."""
        await self.idle()
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
