"""One process at a time delivers a digest to a chat of a SQLite archive.

A digest's delivery is recorded part by part (:mod:`.state`): the window, its messages, how
many were sent. ``run`` holds the archive for its service (:mod:`.run_lock`), but ``digest
NAME`` prints a configured digest and records it as delivered to the console, the same row
the service writes for a digest without chats. Two of them at once (two cron lines, a user
beside cron) both began the same delivery: the second printed nothing, or "No new posts"
while the first printed the news, or ended in a traceback ("part 0 out of order").

A claim is a POSIX record lock on one byte of ``ARCHIVE.delivery.lock`` (beside the archive's
real file, as the run lock), the byte chosen by the digest's and the chat's names. Record
locks are the process's: the service's digests, delivered by one process, never wait for one
another, while another process's claim on the same digest and chat does; claims in one
process are kept apart by a set of held keys. The kernel drops a lock with its process however
it ends, so no claim outlives a crash. The file is opened once per archive and process,
without following a link, and only a regular file is taken (as the run lock's).
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import os
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.store.run_lock import lock_path, open_lock_file

SUFFIX = ".delivery.lock"
_BYTES = 1 << 20  # the bytes claims are spread over (two keys on one byte only wait)
_WAIT_STEP = 0.1  # seconds between tries while waiting for another process's claim


class DeliveryLocks:
    """The delivery claims of one SQLite archive (:meth:`claim`)."""

    def __init__(self, archive: Path) -> None:
        self.path = lock_path(archive, SUFFIX)
        self._fd: int | None = None
        self._held: set[str] = set()

    @asynccontextmanager
    async def claim(self, digest: str, chat: str, *, wait: bool = False) -> AsyncIterator[bool]:
        """True while this process holds the delivery of ``digest`` to ``chat`` (to the end of
        the block); False when another holds it, or, with ``wait``, once it is given up."""
        key = f"{digest}|{chat}"
        offset = zlib.crc32(key.encode()) % _BYTES
        while not (mine := key not in self._held and self._try(offset)) and wait:
            await asyncio.sleep(_WAIT_STEP)
        if not mine:
            yield False
            return
        self._held.add(key)
        try:
            yield True
        finally:
            self._held.discard(key)
            if self._fd is not None:
                fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, offset)

    def _try(self, offset: int) -> bool:
        fd = self._open()
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES):  # another process holds it
                return False
            raise StorageError(f"cannot lock {self.path}: {e.strerror}") from None
        return True

    def _open(self) -> int:
        if self._fd is None:
            self._fd = open_lock_file(self.path, "delivery lock", "it is made again")
        return self._fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # the process's locks on the file go with it
            self._fd = None
