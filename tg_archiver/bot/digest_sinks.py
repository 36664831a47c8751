"""Where a digest goes when it is not a Telegram chat: the console (:class:`ConsoleSink`, as
``digest`` prints) or a file it is appended to (:class:`FileSink`), never waited on."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TextIO

from tg_archiver.archive.errors import StorageError


class ConsoleSink:
    """Write messages to a text stream, separated by ``---`` lines (as ``digest`` prints)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._written = False

    async def __call__(self, chat: str, html: str, key: str = "") -> int | None:
        if self._written:
            self.stream.write("---\n")
        self.stream.write(html + "\n")
        self.stream.flush()
        self._written = True
        return None


class FileSink:
    """Append messages to a file in the console's text: parts, and deliveries one after
    another, separated by ``---`` lines. The file is opened and closed for each part, so each
    part is on disk before it is recorded as sent.

    Never waited on: a named pipe is opened without blocking, so a pipe no process reads is a
    failed delivery (resumed on the next run), not a service stuck in ``open`` on its event
    loop, deaf to SIGTERM, its channels and feeds stopped with it. Only a regular file is read
    (its first bytes, to refuse the archive itself).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._written = False

    async def __call__(self, chat: str, html: str, key: str = "") -> int | None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, _APPEND, 0o666)
        except OSError as e:
            if e.errno == errno.ENXIO:
                raise StorageError(
                    f"the digest file {self.path} is a named pipe that no process reads"
                ) from None
            raise
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                if _is_a_database(self.path):
                    # `file = "archive.db"`: the text went past the archive's last page and
                    # was lost, recorded as sent. Not sent, so the next run tries again once
                    # the config is right.
                    raise StorageError(
                        f"the digest file {self.path} is a SQLite database (the archive?), not"
                        " a text file: name another file in the digest's `file`"
                    )
                follows = f.tell() > 0
            else:  # a pipe with its reader, a terminal: written as usual from here
                os.set_blocking(fd, True)
                follows = self._written  # no place to tell from: this sink's own parts
            if follows:
                f.write("---\n")
            f.write(html + "\n")
        self._written = True
        return None


# Open to append, and never wait: a FIFO without a reader is ENXIO at once.
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


def _is_a_database(path: Path) -> bool:
    """Whether the regular file ``path`` is a SQLite database (its first bytes say so)."""
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
