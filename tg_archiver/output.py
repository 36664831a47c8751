"""Where ``tg-archiver export -o PATH`` writes, decided by what is at PATH.

- nothing, or a regular file: a temporary file beside it, renamed over it when complete, so a
  reader never sees half an export and a failed or interrupted (Ctrl-C) export leaves the old
  file as it was;
- a symbolic link: followed to what it names, and that decides (a link to a regular file:
  the file it names is replaced, the link stays a link; a link to ``/dev/null``: streamed
  into the device). A link that names nothing is refused, never replaced by a file;
- a FIFO or a character device (``/dev/null``, ``/dev/stdout``, a terminal): streamed into
  directly, never replaced;
- ``-``: standard output (the CLI handles it as no ``-o``);
- a folder, a block device, a socket, ``''``: refused with one line.

The temporary file is named ``.NAME.tg-archiver-PID-XXXXXXXX.part``. An export killed before
its rename (SIGKILL, power loss) leaves one behind; the next export to the same NAME removes
those whose process is gone, only if they are regular files owned by this user: never a file
another tool (or another user, or an export still running) made.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import Interrupted, OutputError

log = logging.getLogger("tg_archiver.output")

STDOUT = "-"
PART_MARK = "tg-archiver"
# Ctrl-C in an export streamed where nothing can be taken back (see archive.stopping).
_PART_WAY = "the export stopped part-way: {target} got only part of it"


def write_export(
    target: str,
    write: Callable[[Any], int],
    *,
    binary: bool,
    archive: Path | None = None,
    media: Path | None = None,
) -> int:
    """Write an export to ``target`` (see the module's notes); return what ``write`` returns.

    ``write`` gets a UTF-8 text stream (newlines as written), or with ``binary`` a byte
    stream. Every refusal of the file system is an :class:`OutputError` naming ``target``;
    a reader that went away (``BrokenPipeError``) is left to the caller, as for stdout.
    ``write`` stopped by Ctrl-C (:class:`Interrupted`, see :mod:`archive.stopping`) is an
    :class:`Interrupted` saying what was left at ``target``.
    ``archive``: the SQLite file the export is read from: neither it nor its journal files
    (by any name: a link, another path) are ever written over. ``media``: the archive's media
    folder, nothing in which is written either (a kept photo overwritten by the export).
    """
    if target == "":
        raise OutputError("cannot write the export to '': give a file name, or - for stdout")
    path = Path(target)
    if archive is not None and _is_archive(path, archive):
        raise OutputError(
            f"cannot write the export to {target}: it is the archive itself ({archive});"
            " give another file name"
        )
    if archive is not None and _is_archive(path, archive, _BESIDE):
        raise OutputError(
            f"cannot write the export to {target}: it is one of the archive's own files"
            f" beside it (the live spool or a lock of {archive}); give another file name"
        )
    if media is not None and _inside(path, media):
        raise OutputError(
            f"cannot write the export to {target}: it is inside the archive's media folder"
            f" ({media}), whose files are the archive's; give another file name"
        )
    try:
        st = os.stat(path)  # follows links: what is written to is what the link names
    except FileNotFoundError:
        if path.is_symlink():
            raise OutputError(
                f"cannot write the export to {target}: it is a symbolic link to"
                f" {os.readlink(path)}, which does not exist"
            ) from None
        return _write_atomically(path, write, binary=binary, mode=None)
    except OSError as e:
        raise _refused(target, e) from None
    kind = st.st_mode
    if stat.S_ISREG(kind):
        return _write_atomically(Path(os.path.realpath(path)), write, binary=binary, mode=kind)
    if stat.S_ISFIFO(kind) or stat.S_ISCHR(kind):
        return _stream(target, write, binary=binary)
    raise OutputError(f"cannot write the export to {target}: it is {_what(kind)}")


# Characters a terminal acts on rather than shows: C0 and C1 controls (but tab and line
# feed), DEL, and the bidirectional overrides and isolates that reorder what follows.
_ACTING = lazy_re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` as a terminal may print it: every character a terminal would act on (an
    escape sequence that recolours or retitles it, a bell, a right-to-left override) written
    as its escape (``\x1b``, ``\u202e``) instead, so a post cannot drive the reader's
    terminal. Exports write text as it is; this is for the lines printed for people."""
    return _ACTING.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


JOURNALS = ("-wal", "-shm", "-journal")  # a SQLite file's companions
_ARCHIVE_FILES = ("", *JOURNALS)
# The files the archive keeps beside it: the live spool (archive.live_spool: posts the
# service acknowledged and has not stored yet) with its journals, and the locks of `run` and
# of a digest's delivery (archive.store.run_lock, .delivery_lock).
_BESIDE = (*(".spool" + j for j in ("", *JOURNALS)), ".run.lock", ".delivery.lock")


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (by any spelling or link) is in ``folder`` or below it."""
    target = Path(os.path.realpath(path))
    return target.is_relative_to(os.path.realpath(folder))


def _is_archive(path: Path, archive: Path, suffixes: tuple[str, ...] = _ARCHIVE_FILES) -> bool:
    """Whether ``path`` is the SQLite file ``archive`` or one of its journal files (or of
    its files named by ``suffixes``): the same file (a link to it, a hard link, another
    spelling) or, not there yet, the same name (beside the archive or its real path)."""
    target = os.path.realpath(path)
    for suffix in suffixes:
        own = Path(f"{archive}{suffix}")
        if target in (os.path.realpath(own), f"{os.path.realpath(archive)}{suffix}"):
            return True
        try:
            if os.path.samefile(path, own):
                return True
        except OSError:  # one of the two is not there: not the same file
            continue
    return False


def write_stdout(write: Callable[[Any], int], *, binary: bool) -> int:
    """Write an export to standard output; a full disk or a device error there is one line.

    A reader that went away (``BrokenPipeError``) is the caller's, as for any output. After a
    failure, standard output is pointed at the null device, so the interpreter's last flush
    of what is still buffered cannot fail again at exit.
    """
    stdout: Any = sys.stdout.stream if isinstance(sys.stdout, GuardedStdout) else sys.stdout
    try:
        if binary:
            stdout.flush()
            n = write(stdout.buffer)
            stdout.buffer.flush()
        else:
            n = write(stdout)
            stdout.flush()
    except Interrupted:
        raise Interrupted(_PART_WAY.format(target="standard output")) from None
    except BrokenPipeError:
        raise
    except OSError as e:  # ENOSPC (`> /dev/full`, a full disk), EIO, EFBIG
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise _refused("standard output", e) from None
    return n


class GuardedStdout:
    """Standard output for a command's results: a write the device refuses is one line.

    ``search > /dev/full`` or a full disk raises ``OSError`` from inside whatever command
    printed; this turns it into an :class:`OutputError` saying standard output refused it
    (and points the descriptor at the null device, so the interpreter's last flush cannot
    fail again). A reader that went away (``BrokenPipeError``) is left to the caller.
    Everything else is the wrapped stream's.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._refused(e) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._refused(e) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

    def _refused(self, e: OSError) -> OutputError:
        try:
            fd = self.stream.fileno()
        except (OSError, ValueError):  # not a file (a test's capture): nothing to redirect
            fd = None
        if fd is not None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), fd)
        return OutputError(f"cannot write to standard output: {e.strerror or e}")


def _what(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder; give the name of a file to write"
    if stat.S_ISBLK(mode):
        return "a block device (a disk), not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"


def _refused(target: str, e: OSError) -> OutputError:
    reason = e.strerror or str(e)
    if e.errno == errno.ENOSPC:
        reason += "; the export is incomplete"
    return OutputError(f"cannot write the export to {target}: {reason}")


def _open_stream(fd: int, binary: bool) -> IO[Any]:
    return os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")


def _stream(target: str, write: Callable[[Any], int], *, binary: bool) -> int:
    """Write into a FIFO or a device as it is: opened without creating or truncating it.

    A FIFO blocks here until something reads it, as ``cat > fifo`` does.
    """
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as e:
        raise _refused(target, e) from None
    try:
        with _open_stream(fd, binary) as out:
            return write(out)
    except Interrupted:
        raise Interrupted(_PART_WAY.format(target=target)) from None
    except BrokenPipeError:
        raise
    except OSError as e:  # ENOSPC from /dev/full, EIO from a device
        raise _refused(target, e) from None


def _write_atomically(
    path: Path, write: Callable[[Any], int], *, binary: bool, mode: int | None
) -> int:
    """A temporary file beside ``path``, renamed over it when complete; ``mode``: the
    permissions of the file replaced, which the new one keeps."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"cannot write {path}: folder {directory.resolve()} does not exist")
    clean_stale_parts(directory, path.name)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{PART_MARK}-{os.getpid()}-", suffix=".part", dir=directory
        )
    except OSError as e:
        raise _refused(str(path), e) from None
    try:
        # mkstemp makes the file private (0600); the export is given what writing the file
        # directly would have given it: the permissions of the file it replaces, or those
        # of a new file under the umask (a shell's `> file`: 0644 under the usual 022).
        os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else new_file_mode())
        with _open_stream(fd, binary) as out:
            n = write(out)
        os.replace(tmp, path)
    except Interrupted:
        Path(tmp).unlink(missing_ok=True)
        left = "was left as it was" if mode is not None else "was not made"
        raise Interrupted(f"the export stopped and {path} {left}") from None
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, BrokenPipeError):
            raise
        raise _refused(str(path), e) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def new_file_mode() -> int:
    """The permissions ``open(path, "w")`` gives a new file: 0o666 less the process's umask.

    Read from /proc where there is one: setting the umask to read it back would change it for
    the process's other threads (SQLite's among them) while they may be creating files. Where
    it must be set, it is set to 0o077 meanwhile, so a file made then is only more private.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


def _part_name(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(f".{name}.{PART_MARK}-") + r"(\d+)-\w+\.part")


def clean_stale_parts(directory: Path, name: str) -> list[Path]:
    """Remove the temporary files that killed exports to ``directory/name`` left; return them.

    Only files that match this module's naming, are regular files (not links) owned by this
    user, and whose process is gone. A folder that cannot be listed is left alone.
    """
    pattern = _part_name(name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed  # the write that follows says what is wrong with the folder
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None:
            continue
        pid = int(m.group(1))
        try:
            st = entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_uid != os.geteuid() or _running(pid):
            continue
        Path(entry.path).unlink(missing_ok=True)
        log.info("removed a stale partial export %s (its process %d is gone)", entry.path, pid)
        removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
