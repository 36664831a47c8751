"""One ``tg-archiver copy`` at a time into one target.

A copy is resumable: a run that finds its own source's mark in the target goes on from each
table's last copied row (:mod:`.copy`). Two runs at once both took the mark for theirs and
wrote the same rows: the second ended in the engine's words (``UNIQUE constraint failed:
posts.id``). So a copy holds its target for as long as it writes, and a second is refused in
one line before it writes anything:

- a SQLite target: an exclusive ``flock`` on the target file itself, taken before the copy
  opens it and given up after it closed it. ``flock`` is apart from SQLite's own (``fcntl``)
  locks, and the kernel drops it with the process however it ends, so a killed copy leaves
  nothing to remove; the descriptor is closed only after SQLite closed the file (closing a
  descriptor of a file drops the process's ``fcntl`` locks on it, SQLite's too).
- a PostgreSQL target: a session advisory lock on the copy's writing connection
  (:meth:`.copy_sides.PgSide.hold`), dropped by the server with the connection.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tg_archiver.archive.errors import InputError, StorageError

PG_HOLD = "SELECT pg_try_advisory_lock(hashtextextended('copy|target', 0))"


def another_copy(location: object) -> InputError:
    return InputError(
        f"another copy is writing {location}: wait for it to end (nothing was written by this one)"
    )


@contextmanager
def held_file(path: Path) -> Iterator[None]:
    """The SQLite target ``path`` held for this copy while the block runs (made, empty, when
    it is not there yet: an empty file is an empty SQLite database)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise StorageError(f"cannot open {path}: {e.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise another_copy(path) from None
        except OSError as e:
            raise StorageError(f"cannot lock {path}: {e.strerror}") from None
        yield
    finally:
        os.close(fd)
