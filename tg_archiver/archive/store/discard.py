"""An archive file a refused command made, removed again.

Opening an archive creates its file, so a command that makes one (``import``, ``fetch``,
``copy``'s target...) and is then refused (a missing or malformed file, a bad feed, an empty
``--from``) would leave an empty archive behind, under a name that may be a typo, and the next
command would answer from it as from a real one. The command line removes such a file: only
one that did not exist before the command, and only while it holds nothing a user stored (no
row in any table :data:`.copy.TABLES` names, no unfinished copy's mark). SQLite-only: a
PostgreSQL database is made by its owner, never by a command.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from tg_archiver.archive.store.copy import TABLES
from tg_archiver.archive.store.copy_mark import MARK_TABLE
from tg_archiver.archive.store.run_lock import SUFFIX

log = logging.getLogger(__name__)

_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
_ANY_ROW = 'SELECT EXISTS (SELECT 1 FROM "{table}")'  # a name from TABLES, never user input
# The files SQLite keeps beside an archive (none once its last connection closed cleanly),
# and the lock file of `run` (.run_lock: one service at a time).
_COMPANIONS = ("-wal", "-shm", "-journal", SUFFIX)


def discard_if_empty(path: Path) -> bool:
    """Remove the archive at ``path`` and its companion files if it holds nothing a user
    stored; whether it did. Call it once every connection to the archive is closed. A file
    that cannot be read as an archive is left as it is."""
    try:
        # mode=rw: an archive that is there, never a new file made by looking.
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)) as conn:
            tables = {name for (name,) in conn.execute(_TABLES)}
            if MARK_TABLE in tables:
                return False
            for table, _keys in TABLES:
                if table in tables and conn.execute(_ANY_ROW.format(table=table)).fetchone()[0]:
                    return False
        for suffix in ("", *_COMPANIONS):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as e:
        # Quiet (the command's own error is the line the user needs): left, as it was made.
        log.info("archive=%s not removed: %s", path, e)
        return False
    log.info("archive=%s removed: the command that made it was refused", path)
    return True
