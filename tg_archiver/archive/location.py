"""Where the archive lives, and whether this process may write there.

SQLite in WAL mode writes two files beside the archive (``-wal`` and ``-shm``), so writing
needs the folder as well as the file. An archive that may only be read (a read-only file, a
read-only folder, a read-only mount) still opens for searches, exports and statistics: through
SQLite's read-only mode, and, where not even the ``-shm`` index can be made (a read-only
folder with no write-ahead log in it), as *immutable*: SQLite then reads the file without
locking, which is safe because nobody with this folder's rights can change it.
"""

from __future__ import annotations

import os
from pathlib import Path


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def writable(path: Path) -> bool:
    """Whether this process may write the archive at ``path`` (a missing one: create it).

    ``os.access`` answers for the real user and for a read-only mount (EROFS) alike.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.R_OK | os.W_OK)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads the archive at ``path`` without ever writing to it.

    ``mode=ro`` still needs the ``-shm`` index beside the file (SQLite creates it if it may,
    or uses the one there). With neither (a read-only folder, and no write-ahead log left by a
    writer), ``immutable=1`` is the only way in, and a correct one: there is no log to replay.
    A log with content is never skipped: then ``mode=ro`` alone, which replays it.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    folder = path.parent if str(path.parent) else Path(".")
    wal = wal_of(path)
    has_log = wal.exists() and wal.stat().st_size > 0
    if not os.access(folder, os.W_OK) and not has_log:
        uri += "&immutable=1"
    return uri


def local_path(text: str, base: Path | None = None) -> Path:
    """A path a user wrote (the config, ``--db=``): ``~`` or ``~user`` at its start is that
    home folder, as in a shell (``database = "~/tg/archive.db"`` was a folder named ``~``
    beside the config); relative to ``base`` (the config's folder) when given. Environment
    variables are not expanded: a ``$`` is a path's own character."""
    path = Path(os.path.expanduser(text))
    return base / path if base is not None else path
