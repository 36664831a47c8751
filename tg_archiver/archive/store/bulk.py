"""A large import written through SQLite's rollback journal instead of the write-ahead log.

An import is one transaction (all or nothing), and in WAL mode a transaction's pages can
only be copied back into the archive file once it commits: until then every page it writes
stays in the log, and no checkpoint can shorten it. A 1M-post import wrote a log as large as
the archive it built (4.3 GB after 31 minutes, 9.6 GB in all at session 14), then copied it
all once more into the archive at the end: twice the disk, and every page the writer's small
cache missed was looked up in a log index hundreds of blocks long, so the import slowed as
it went. SQLite's own advice is the rollback journal for transactions past about 100 MB.

In rollback-journal mode the transaction writes its pages into the archive file itself, and
the journal keeps only the pages the archive held before, as they were: for an import into
a new archive, next to nothing; never more than the archive had before the import. A kill or
a failure still leaves the archive exactly as it was: the next connection finds the journal
and rolls the unfinished transaction back, as with the log.

The price: while the import writes, the archive is its own. Leaving WAL mode needs every
other connection closed, so this is tried only when nothing else has the archive open (the
running service, a search in another terminal): otherwise the import goes through the log
as before, and says so in one log line. A reader that opens the archive during such an
import waits for its commit (SQLite's busy timeout, then "database is locked"), where in WAL
mode it would read the archive as it was before the import. So only an import of at least
:data:`BULK_BYTES` of input is written this way (ingest.import_paths): a small one stays
in WAL mode, where nobody waits.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tg_archiver.archive.store.connection import Connection, busy_timeout

log = logging.getLogger(__name__)

# Input of an import (the files' sizes, in bytes) from which it is written through the
# rollback journal: about 20,000 posts of a Telegram Desktop export.
BULK_BYTES = 64 * 1024 * 1024

# SQLite-only: the journal modes (rollback journal deleted at each commit; write-ahead log).
_NO_WAIT = "PRAGMA busy_timeout = 0"
_ROLLBACK_JOURNAL = "PRAGMA journal_mode = DELETE"
_WAL = "PRAGMA journal_mode = WAL"


@asynccontextmanager
async def rollback_journal(conn: Connection) -> AsyncIterator[bool]:
    """Write through the rollback journal inside this block, if nothing else has the archive
    open; yields whether it does. Back in WAL mode after it, however it ends (a kill is
    mended by the next open, which sets WAL mode)."""
    await conn.set_readers_aside()  # this process's own connections would block the switch
    switched = False
    try:
        await conn.db.execute(_NO_WAIT)  # another process has it open: do not wait for it
        try:
            switched = await _mode(conn, _ROLLBACK_JOURNAL) == "delete"
        except sqlite3.OperationalError as e:  # busy: another connection holds a lock
            log.info("archive=%s journal mode not changed: %s", conn.path, e)
        finally:
            await conn.db.execute(busy_timeout())
        if not switched:
            log.info(
                "archive=%s is open in another process: this import goes through the"
                " write-ahead log, which holds everything it writes until it commits",
                conn.path,
            )
        yield switched
    finally:
        if switched:
            await _back_to_wal(conn)
        await conn.reopen_reader()


async def _mode(conn: Connection, pragma: str) -> str:
    async with conn.db.execute(pragma) as cursor:
        row = await cursor.fetchone()
    return str(row[0]).lower() if row else ""


async def _back_to_wal(conn: Connection) -> None:
    """WAL mode again; if a reader that came meanwhile still blocks it, the archive stays in
    rollback-journal mode until the next writer opens it (each open sets WAL mode)."""
    try:
        mode = await _mode(conn, _WAL)
    except sqlite3.OperationalError as e:
        mode = str(e)
    if mode != "wal":
        log.warning(
            "archive=%s left in rollback-journal mode until next opened: %s", conn.path, mode
        )
