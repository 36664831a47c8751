"""Live posts a stopped service left in the spool, stored before a command reads the archive.

The service acknowledges a channel's live post once it is in the spool (:mod:`archive.live_spool`)
and stores it behind, in batches. Killed before a batch (SIGKILL, a crash, a power loss), it
leaves posts there that the archive does not have yet; ``search``, ``export``, ``stats``,
``digest``, ``serve`` and ``copy --to`` read the archive, and a user expects every post the
service acknowledged to be in them. So before they read, :func:`store_what_waits` stores what
waits, as the next ``run`` would have: under the run lock (:mod:`archive.store.run_lock`, so
never beside a service, which stores them itself), through the same drainer. Their media and
alerts follow only in a service: those posts are kept in the spool's ``unfollowed`` table and
handed to the next ``run``'s start.

Nothing is written when the spool is empty or missing. An archive this user may not write
(or its spool), one another process is writing (an import: the store would wait for it, and
a search never waits for a writer), or a store that fails (a full disk) is read as it is,
with one line that says what waits; beside a running service, which stores them itself in
moments, nothing is said.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from tg_archiver.archive.errors import ArchiverError
from tg_archiver.archive.live_spool import spool_path, transient_reason
from tg_archiver.archive.location import read_only_uri, writable

if TYPE_CHECKING:
    from tg_archiver.archive.config import Config
    from tg_archiver.archive.store import Store

__all__ = ["store_what_waits", "waiting_in"]

log = logging.getLogger(__name__)


def waiting_in(spool: Path) -> int:
    """How many events wait in the spool at ``spool``, read without writing it (0 when there
    is none, or it is no spool): those in it, and those an earlier version set aside for a
    failure of the archive (put back by the drain's start)."""
    if spool.is_symlink() or not spool.is_file():
        return 0
    try:
        with closing(sqlite3.connect(read_only_uri(spool), uri=True)) as db:
            row = db.execute("SELECT count(*) FROM events").fetchone()
            reasons = db.execute("SELECT error FROM set_aside").fetchall()
    except sqlite3.Error:
        return 0
    return (int(row[0]) if row else 0) + sum(transient_reason(str(e)) for (e,) in reasons)


def _free_to_write(archive: Path) -> bool:
    """Whether no other process holds the archive's write lock now (a transaction begun and
    rolled back at once: nothing written)."""
    try:
        with closing(sqlite3.connect(archive, timeout=0, isolation_level=None)) as db:
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
    except sqlite3.OperationalError:
        return False
    return True


async def store_what_waits(store: Store, config: Config) -> str | None:
    """Store the live posts a stopped service left in the spool of ``store`` (SQLite), with
    the pipeline ``config`` gives (the service's). None
    when nothing waits or it was stored (logged); otherwise the line to show the user."""
    if store.engine != "sqlite":
        return None  # PostgreSQL stores each live post as it comes
    path = spool_path(store.path)
    waiting = waiting_in(path)
    if not waiting:
        return None
    left = (
        f"{waiting} live event(s) a stopped service acknowledged wait in {path} and are not"
        " in this answer"
    )
    if not (writable(store.path) and writable(path)):
        return f"{left}; `tg-archiver run` by a user who may write the archive stores them"
    if not _free_to_write(store.path):
        # An import or another writer holds it: the store would wait for it (up to ten
        # minutes), and a search never waits for a writer.
        return f"{left}; another process is writing the archive: the next command stores them"
    # The write path (numpy, the pipeline): loaded only when something waits.
    from tg_archiver.archive.ingest import options_from_config
    from tg_archiver.archive.live_spool import LiveSpool
    from tg_archiver.archive.spool_drain import SpoolDrainer

    try:
        async with store.service_lock() as other:
            if other is not None:
                return None  # the running service stores them itself, in moments
            spool = LiveSpool.open(path)
            drainer = SpoolDrainer(store, spool, options_from_config(config), unfollowed=True)
            try:
                stored = await drainer.start()
            finally:
                await drainer.close()
    except ArchiverError as e:
        return f"{left}; `tg-archiver run` stores them ({e})"
    log.info("live spool: stored %d events a stopped service left in %s", stored, path)
    return None
