"""One ``tg-archiver run`` at a time on a SQLite archive: a lock on a file beside it.

The service does all of its work itself: it scans the import folders, polls the feeds, follows
the channels and delivers the digests. Two of them on one SQLite file did all of it twice, and
a digest went out twice (``(1/2) (1/2) (2/2) (2/2)`` in one file, or "part 1 out of order"
when both chose the same window): a cron ``run --once`` beside the running service, or two
``run --once`` whose cycles overlap. On PostgreSQL several services share the work, each
holding what it does by an advisory lock (:mod:`.state_pg`, :mod:`tg_archiver.bot.shares`);
a SQLite archive has one service, and this module makes that so.

``run`` holds an exclusive ``flock`` on ``ARCHIVE.run.lock`` (the archive's real path, so a
symlink to it is the same archive) for as long as it runs, with its process id written in the
file for the message another ``run`` shows. The kernel drops the lock with the process however
it ends (SIGKILL, a crash), so there is never a stale lock to remove by hand; the file stays
(removing a lock file while another process waits to lock it would let two hold it). SQLite
only: the file is a SQLite file's neighbour, and ``flock`` is apart from SQLite's own locks.

The file is opened without following a symbolic link, and only a regular file is taken: the
lock is truncated to write the process id, so a link there (made by another user of a shared
folder, or by mistake) emptied the file it named, outside the archive.
"""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

from tg_archiver.archive.errors import StorageError

SUFFIX = ".run.lock"


def lock_path(archive: Path, suffix: str = SUFFIX) -> Path:
    """The lock file of the archive at ``archive``: beside the file a symlink names."""
    real = archive.resolve()
    return real.with_name(real.name + suffix)


def open_lock_file(path: Path, lock: str, remade: str) -> int:
    """A descriptor of the lock file at ``path``, made when missing: opened without following
    a link, and only a regular file (see the module's notes). ``lock`` names it and ``remade``
    says who makes it again in the message that refuses anything else there."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC

    def not_ours(what: str) -> StorageError:
        return StorageError(f"{path} is {what}, not tg-archiver's {lock}; remove it ({remade})")

    try:
        fd = os.open(path, flags, 0o644)
    except OSError as e:
        if os.path.islink(path):
            raise not_ours("a symbolic link") from None
        raise StorageError(f"cannot make {path}: {e.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or a device: never written into
        os.close(fd)
        raise not_ours("not a regular file")
    return fd


class RunLock:
    """The run lock of one SQLite archive, taken by :meth:`take`, given up by :meth:`release`."""

    def __init__(self, archive: Path) -> None:
        self.path = lock_path(archive)
        self._fd: int | None = None

    def take(self) -> int | None:
        """Take the lock without waiting. None when this process holds it now; otherwise the
        process id of the ``run`` that holds it (0 when its file does not say)."""
        fd = open_lock_file(self.path, "run lock", "run makes it again")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _pid_in(fd)
            os.close(fd)
            return holder
        except OSError as e:
            os.close(fd)
            raise StorageError(f"cannot lock {self.path}: {e.strerror}") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # the lock goes with the descriptor
            self._fd = None


def _pid_in(fd: int) -> int:
    """The process id the holder wrote (0 if it has not yet, or the file holds something else)."""
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else 0
