"""Media files on disk: each kept once, named by its SHA-256, written whole or not at all.

The layout is ``<archive>.media/ab/cd/<sha256>`` (the first two pairs of hex digits as
folders, so no folder holds more than 65,536 entries of the next level). A file is written to
``<root>/tmp/`` first, hashed while it streams, flushed to the disk (fsync), then renamed into
place: a crash, a full disk or a truncated source leaves no file under its hash, only, at
worst, a temporary file that :meth:`LocalMediaFiles.clean_temporary` removes. A second copy of
bytes already kept is not written again (a repost of one photo in ten channels is one file).

The archive's tables name a file by its hash only (:func:`relative_path` is the one place a
hash becomes a place), so a storage keyed the same way, an S3-compatible bucket, can stand
in for :class:`LocalMediaFiles` behind :class:`MediaFiles` without a change to the tables.
Resumable downloads keep their bytes in ``<root>/partial/<key>``, then :meth:`adopt` them.

Nothing here speaks SQL or knows Telegram: :mod:`archive.store.media` records which post holds
which file, and ``bot/media.py`` downloads.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError, StorageError

log = logging.getLogger(__name__)

READ_SIZE = 1024 * 1024
_SHA256 = lazy_re.compile(r"[0-9a-f]{64}")
_PARTIAL_KEY = lazy_re.compile(r"[A-Za-z0-9_.-]{1,100}")

Health = Literal["ok", "missing", "damaged"]


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    new: bool  # False: the same bytes were kept already, nothing was written
    # True: nothing was in the file's place before (not even a damaged copy), so removing it
    # leaves the folder as it was (a rolled back import: LocalMediaFiles.remove).
    created: bool = False


class TooLarge(InputError):
    """A file grew past the limit it was given while it was being written (nothing kept)."""


def media_root(archive: Path) -> Path:
    """The media folder of the archive file ``archive``: ``archive.db`` -> ``archive.db.media``."""
    return archive.with_name(archive.name + ".media")


def relative_path(sha256: str) -> str:
    """Where a file lives under the media root (and its key in a bucket): ``ab/cd/<sha256>``."""
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 in hex: {sha256!r}")
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


class MediaFiles(Protocol):
    """What the archive needs of a place that keeps files by hash (a folder, later a bucket)."""

    def write(self, chunks: Iterable[bytes], *, max_bytes: int | None = None) -> StoredFile: ...

    def adopt(self, part: Path) -> StoredFile: ...

    def partial(self, key: str) -> Path: ...

    def open(self, sha256: str) -> BinaryIO: ...

    def health(self, sha256: str, size: int) -> Health: ...


class LocalMediaFiles:
    """Files by hash in a folder on the local disk (the default)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / relative_path(sha256)

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def write(self, chunks: Iterable[bytes], *, max_bytes: int | None = None) -> StoredFile:
        """Keep the bytes of ``chunks``, hashed as they stream; return their hash and size.

        Over ``max_bytes``: :class:`TooLarge`, nothing kept. A full disk or another write
        fault: :class:`StorageError`, nothing kept (the temporary file is removed).
        """
        tmp = self._temporary()
        digest = hashlib.sha256()
        size = 0
        try:
            with open(tmp, "xb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise TooLarge(f"over its limit of {max_bytes} bytes")
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            return self._place(tmp, digest.hexdigest(), size)
        except OSError as e:
            raise _write_fault(self.root, e) from None
        finally:
            tmp.unlink(missing_ok=True)

    def adopt(self, part: Path) -> StoredFile:
        """Keep a finished partial download (see :meth:`partial`), moved, not copied."""
        digest = hashlib.sha256()
        size = 0
        try:
            with open(part, "rb") as f:
                while block := f.read(READ_SIZE):
                    digest.update(block)
                    size += len(block)
                os.fsync(f.fileno())
            return self._place(part, digest.hexdigest(), size)
        except OSError as e:
            raise _write_fault(self.root, e) from None
        finally:
            part.unlink(missing_ok=True)

    def partial(self, key: str) -> Path:
        """The file a resumable download of ``key`` (e.g. ``photo-123``) appends to."""
        if not _PARTIAL_KEY.fullmatch(key):
            raise ValueError(f"not a partial download key: {key!r}")
        folder = self.root / "partial"
        _make_folder(self.root, folder)
        return folder / key

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path(sha256), "rb")

    def health(self, sha256: str, size: int) -> Health:
        """``ok`` when the file is there with the bytes its hash names; else what is wrong.

        Only a regular file is read, and no more than its recorded size and a byte: a FIFO
        (which blocks), a link to ``/dev/zero`` (endless) or a sparse giant in its place is
        damage, found at once. A media folder that is no folder, or a link loop, is a
        missing file, not a traceback."""
        path = self.path(sha256)
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return "damaged"
            with open(path, "rb") as f:
                seen, digest = _hash_at_most(f, size + 1)
        except (FileNotFoundError, NotADirectoryError):
            return "missing"
        except OSError:  # a link loop, a permission refused, an I/O error: not these bytes
            return "damaged"
        return "ok" if seen == size and digest == sha256 else "damaged"

    def clean_temporary(self) -> int:
        """Remove what interrupted writes left in ``tmp/``: the files of processes that are
        gone (another tg-archiver writing now keeps its own); how many were removed."""
        folder = self.root / "tmp"
        if not folder.is_dir():
            return 0
        removed = 0
        for entry in folder.iterdir():
            pid, _, rest = entry.name.partition("-")
            if not (entry.is_file() and rest.endswith(".part") and pid.isdigit()):
                continue
            if _alive(int(pid)):
                continue
            entry.unlink(missing_ok=True)
            removed += 1
        return removed

    def _temporary(self) -> Path:
        folder = self.root / "tmp"
        try:
            _make_folder(self.root, folder)
        except OSError as e:
            raise _write_fault(self.root, e) from None
        return folder / f"{os.getpid()}-{secrets.token_hex(8)}.part"

    def _place(self, source: Path, sha256: str, size: int) -> StoredFile:
        """Rename ``source`` to its hash's place, unless those bytes are kept already (the
        file there has them: a damaged one of the same size is replaced by these good ones,
        where before the good bytes were thrown away as "already in the store")."""
        target = self.path(sha256)
        health = self.health(sha256, size)
        if health == "ok":
            return StoredFile(sha256, size, new=False)
        _make_folder(self.root, target.parent)
        os.replace(source, target)
        _fsync_folder(target.parent)
        return StoredFile(sha256, size, new=True, created=health == "missing")

    def remove(self, sha256: str) -> None:
        """Remove a file this process wrote (:attr:`StoredFile.created`) and no row names:
        what an import that was rolled back had copied. Its folders go too when that leaves
        them empty; a folder another file is in stays."""
        path = self.path(sha256)
        path.unlink(missing_ok=True)
        for folder in (path.parent, path.parent.parent):
            try:
                folder.rmdir()
            except OSError:  # not empty (or gone): kept
                break


def regular_file(path: Path) -> bool:
    """Whether ``path`` is a regular file (a link to one is): not a FIFO, a device, a socket
    or a folder, which a kept file's place never holds unless someone put it there."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there, a folder that is a file, a link loop
        return False


def _hash_at_most(f: BinaryIO, limit: int) -> tuple[int, str]:
    """(bytes read, their SHA-256 in hex) of at most ``limit`` bytes of ``f``."""
    digest = hashlib.sha256()
    seen = 0
    while seen < limit and (block := f.read(min(READ_SIZE, limit - seen))):
        digest.update(block)
        seen += len(block)
    return seen, digest.hexdigest()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _make_folder(root: Path, folder: Path) -> None:
    """``folder`` (inside ``root``) with its parents; ``root`` may be a symlink the user made."""
    folder.mkdir(parents=True, exist_ok=True)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a system without it skips this."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_fault(root: Path, e: OSError) -> StorageError:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(f"cannot write to the media folder {root}: no space left on the disk")
    return StorageError(f"cannot write to the media folder {root}: {e.strerror or e}")
