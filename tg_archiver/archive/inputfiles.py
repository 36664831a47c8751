"""Opening the files a user hands in (imports, feed files, the config): regular files only.

A path can name a named pipe (FIFO), a device such as ``/dev/zero``, a socket, or a symlink
to one of them. Reading those either never ends (a FIFO nobody writes to blocks ``open``
itself; ``/dev/zero`` never reaches its end) or means nothing, so they are refused with one
line, as the import-folder scan already skips them.

The check is made on the opened descriptor, not on the path before opening: a path checked
first and opened afterwards can be swapped for a FIFO in between. Opening with
``O_NONBLOCK`` returns at once even for a FIFO without a writer; ``fstat`` of that
descriptor then tells what was opened, and only a regular file is read (with blocking mode
restored, which regular files ignore anyway).

:func:`read_bounded` reads a whole small file (a config, a feed document) up to a size bound
and names the bound when the file is larger, so no input can make a reader hold more.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from tg_archiver.archive.errors import InputError

__all__ = ["LINK_LOOP", "describe", "link_loop", "open_regular", "read_bounded", "size_text"]


def describe(mode: int) -> str:
    """What a file that is not a regular file is, in the user's words."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


LINK_LOOP = "its symbolic links lead back to themselves (a loop)"


def link_loop(path: Path) -> bool:
    """Whether ``path`` is a loop of symbolic links (``a -> b``, ``b -> a``). ``Path.exists``
    answers False for one, so a loop was reported as a missing file, and ``Path.resolve``
    raises ``RuntimeError`` on one (Python 3.11, 3.12): a traceback."""
    try:
        os.stat(path)
    except OSError as e:
        return e.errno == errno.ELOOP
    return False


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for binary reading if it is (or a symlink leads to) a regular file.

    Raises :class:`InputError` ``"<path>: cannot read: it is a named pipe (FIFO), not a
    regular file"`` (device, socket, folder alike) or ``"<path>: cannot read the file:
    <reason>"``. Never blocks.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket (or a FIFO's peer gone): say which
            try:
                mode = os.stat(path).st_mode
            except OSError:
                mode = 0
            if mode and not stat.S_ISREG(mode):
                raise InputError(_not_regular(path, mode)) from None
        raise InputError(f"{path}: cannot read the file: {e.strerror or e}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(_not_regular(path, mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _not_regular(path: Path, mode: int) -> str:
    return f"{path}: cannot read: it is {describe(mode)}, not a regular file"


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file ``path``; over ``limit`` bytes is an :class:`InputError`.

    Reads at most ``limit + 1`` bytes whatever the file claims, so memory stays bounded
    even for a file that grows while it is read. ``what`` names the bound in the message
    (``"a feed file"``, ``"a config file"``).
    """
    with open_regular(path) as f:
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise InputError(f"{path}: cannot read the file: {e.strerror or e}") from None
    if len(data) > limit:
        raise InputError(
            f"{path}: the file is larger than the limit of {size_text(limit)} for {what}"
        )
    return data


def size_text(n: int) -> str:
    """``52428800`` -> ``"50 MiB"``; sizes under a KiB or not whole are given in bytes."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= factor and n % factor == 0:
            return f"{n // factor} {unit}"
    return f"{n:,} bytes".replace(",", " ")
