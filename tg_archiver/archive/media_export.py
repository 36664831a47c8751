"""Kept files in exports: JSON Lines and CSV name them, HTML shows photos, ``--with-media``
copies them.

A JSON Lines export of an archive with kept files gives each post that has some a ``files``
list (``kind``, ``sha256``, ``path`` under the media folder: ``ab/cd/<sha256>``), added to
the lines the store formats (the fast path stays: a line of a post without files is passed
through untouched); a CSV export of such an archive has a last column ``files``
(``kind:ab/cd/<sha256>`` joined with ``;``). An archive without kept files exports as
before. The HTML export shows a post's kept photos inline, each linked relatively (into the
archive's media folder, or into the ``--with-media`` folder the export copies them to) or,
with ``--embed``, as a ``data:`` URI when it is small (:data:`EMBED_MAX`).

Runs in the export's worker thread, asking ``kept_of`` (a blocking look-up: SQLite's read
connection, :func:`sqlite_kept_of`, or a hop to a PostgreSQL store's event loop) a batch of
posts at a time, so an export stays streamed. The copy is the export's last step: Ctrl-C
stops it between two pieces of a file, and what it copied is removed again
(:meth:`MediaLinks.copy_referenced`).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import OutputError
from tg_archiver.archive.export import CSV_COLUMNS, ExportFile, ExportRow
from tg_archiver.archive.media_files import regular_file, relative_path
from tg_archiver.archive.stopping import StopFlag

log = logging.getLogger(__name__)

EMBED_MAX = 256 * 1024  # photos up to this size are embedded with --embed
_BATCH = 500
_MAX_VARS = 900  # bound parameters per IN (...) list
_ANY_KEPT = "SELECT 1 FROM post_media WHERE state = 'kept' LIMIT 1"
_KEPT_OF = (
    "SELECT post_id, kind, sha256 FROM post_media WHERE state = 'kept' AND post_id IN (%s)"
    " ORDER BY post_id, position"
)
CSV_FILES_HEADER = (",".join((*CSV_COLUMNS, "files")) + "\r\n").encode()
_LINE_ID = lazy_re.compile(rb'^\{"id": (\d+),')
_PIECE = 1024 * 1024  # bytes copied between two looks at the stop flag


# The kept files of some posts: (post id, kind, sha256), each post's in order.
KeptOf = Callable[[Sequence[int]], Iterable[tuple[int, str, str]]]


def has_kept_files(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute(_ANY_KEPT).fetchone() is not None
    except sqlite3.OperationalError:  # an archive from before migration 0013, opened read-only
        return False


def sqlite_kept_of(conn: sqlite3.Connection) -> KeptOf:
    """:data:`KeptOf` on a blocking SQLite connection (bound parameters, 900 per statement)."""

    def kept_of(post_ids: Sequence[int]) -> Iterator[tuple[int, str, str]]:
        for i in range(0, len(post_ids), _MAX_VARS):
            part = list(post_ids[i : i + _MAX_VARS])
            for post_id, kind, sha256 in conn.execute(_KEPT_OF % ", ".join("?" * len(part)), part):
                yield int(post_id), str(kind), str(sha256)

    return kept_of


class MediaLinks:
    """The kept files of exported posts, and how the export refers to them.

    ``kept_of``: where the kept files of posts are looked up; ``close``: called when the
    export is done with it. ``media_dir``: the archive's media folder. ``page_dir``: the
    folder the export file is written to (links are relative to it). ``copy_dir``: where
    ``--with-media`` copies the files (links then point there). ``embed``: small photos as
    data: URIs.
    """

    def __init__(
        self,
        kept_of: KeptOf,
        media_dir: Path,
        *,
        page_dir: Path,
        copy_dir: Path | None = None,
        embed: bool = False,
        close: Callable[[], None] | None = None,
    ) -> None:
        self._kept_of = kept_of
        self._close = close
        self.media_dir = media_dir
        self._page_dir = page_dir
        self._copy_dir = copy_dir
        self._embed = embed
        self.referenced: set[str] = set()
        self.removed = 0  # files a stopped or failed copy_referenced took back

    def files_of(self, post_ids: Sequence[int], *, hrefs: bool) -> dict[int, list[ExportFile]]:
        found: dict[int, list[ExportFile]] = {}
        for post_id, kind, sha256 in self._kept_of(post_ids):
            path = relative_path(sha256)
            href = self._href(kind, path) if hrefs else None
            found.setdefault(post_id, []).append(ExportFile(kind, sha256, path, href))
            self.referenced.add(sha256)
        return found

    def rows(self, rows: Iterable[ExportRow]) -> Iterator[ExportRow]:
        """``rows`` with their kept files attached (for the HTML export)."""
        batch: list[ExportRow] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _BATCH:
                yield from self._attach(batch)
                batch = []
        yield from self._attach(batch)

    def jsonl(self, chunks: Iterable[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
        """JSON Lines from the store, each post with kept files given its ``files`` list."""
        for n, data in chunks:
            lines = data.split(b"\n")
            ids = [int(m.group(1)) for line in lines if (m := _LINE_ID.match(line))]
            files = self.files_of(ids, hrefs=False)
            if not files:
                yield n, data
                continue
            out = []
            for line in lines:
                m = _LINE_ID.match(line)
                attached = files.get(int(m.group(1))) if m else None
                if attached and line.endswith(b"}"):
                    listed = ", ".join(
                        f'{{"kind": "{f.kind}", "sha256": "{f.sha256}", "path": "{f.path}"}}'
                        for f in attached
                    )
                    line = line[:-1] + f', "files": [{listed}]}}'.encode()
                out.append(line)
            yield n, b"\n".join(out)

    def csv(self, chunks: Iterable[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
        """CSV records from the store, each given a last cell ``files``: the post's kept files
        as ``kind:ab/cd/<sha256>`` joined with ``;`` (empty for none). A record ends at a
        CRLF outside quotes; one holding a line break in a quoted cell spans several lines."""
        for n, data in chunks:
            records: list[bytes] = []
            pending = b""
            for piece in data.split(b"\r\n")[:-1]:  # data ends with CRLF
                pending = pending + b"\r\n" + piece if pending else piece
                if pending.count(b'"') % 2 == 0:
                    records.append(pending)
                    pending = b""
            ids = [int(r.split(b",", 1)[0]) for r in records]
            files = self.files_of(ids, hrefs=False)
            out = []
            for post_id, record in zip(ids, records, strict=True):
                cell = ";".join(f"{f.kind}:{f.path}" for f in files.get(post_id, ()))
                out.append(record + b"," + cell.encode() + b"\r\n")
            yield n, b"".join(out)

    def copy_referenced(self, dest: Path, stop: StopFlag | None = None) -> tuple[int, int]:
        """Copy every file the export referenced to ``dest/ab/cd/<sha256>``; (copied,
        missing). Each is written beside its place and renamed, so a copy is whole or absent.

        ``stop`` (Ctrl-C) is looked at before each file and between pieces of one (a video may
        be gigabytes). Stopped or failing part-way, the copy is taken back: the files it added
        are removed, and the folders it made once empty, so ``dest`` is as it was (a file that
        was there before stays, as does one it put in place of a damaged copy);
        :attr:`removed` counts them for the line that says so (:func:`taken_back`).
        """
        added = _Added()
        copied = missing = 0
        try:
            for sha256 in sorted(self.referenced):
                if stop is not None:
                    stop.check()
                done = self._copy_one(sha256, dest, added, stop)
                copied += done == "copied"
                missing += done == "missing"
        except OutputError as e:
            self.removed = added.remove()
            raise OutputError(f"{e}; {taken_back(self.removed, dest)}") from None
        except BaseException:
            self.removed = added.remove()
            raise
        return copied, missing

    def _copy_one(
        self, sha256: str, dest: Path, added: _Added, stop: StopFlag | None
    ) -> Literal["copied", "there", "missing"]:
        """Copy one file into ``dest``, unless it is there already or missing from the
        media folder; which of the three it was."""
        source = self.media_dir / relative_path(sha256)
        target = dest / relative_path(sha256)
        try:
            if not _kept(source):
                # Not there, or no kept file's bytes (a FIFO blocked the export, a link to
                # /dev/zero filled the disk, a link to a file outside the media folder
                # handed it on): left out, as a missing one is.
                log.warning("media file=%s missing from %s, not copied", sha256, self.media_dir)
                return "missing"
            there = os.path.lexists(target)  # a link that names nothing is there too
            if there and target.is_file() and target.stat().st_size == source.stat().st_size:
                return "there"
            added.make_folder(target.parent)
            tmp = target.with_name(f".{sha256}.{os.getpid()}.part")
            try:
                if _copy(source, tmp, stop) != sha256:
                    # Its bytes are not the file its name says (damaged, or replaced): the
                    # folder handed on holds the archive's files only.
                    log.warning(
                        "media file=%s in %s is damaged (run `tg-archiver media verify`),"
                        " not copied",
                        sha256,
                        self.media_dir,
                    )
                    return "missing"
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
            if not there:
                added.files.append(target)
        except FileNotFoundError as e:
            if e.filename in (str(source), source):
                log.warning("media file=%s missing from %s, not copied", sha256, self.media_dir)
                return "missing"
            raise OutputError(f"cannot copy media to {dest}: {e.strerror}") from None
        except OSError as e:
            raise OutputError(f"cannot copy media to {dest}: {e.strerror or e}") from None
        return "copied"

    def close(self) -> None:
        if self._close is not None:
            self._close()

    def _attach(self, batch: list[ExportRow]) -> Iterator[ExportRow]:
        files = self.files_of([r.id for r in batch], hrefs=True)
        for row in batch:
            attached = files.get(row.id)
            yield replace(row, files=tuple(attached)) if attached else row

    def _href(self, kind: str, path: str) -> str | None:
        if kind != "photo":
            return None
        source = self.media_dir / path
        if self._embed:
            try:
                if _kept(source) and source.stat().st_size <= EMBED_MAX:
                    body = source.read_bytes()
                    if hashlib.sha256(body).hexdigest() == source.name:  # not a damaged one
                        return f"data:image/jpeg;base64,{base64.b64encode(body).decode()}"
                    log.warning("media file=%s is damaged, not embedded", source.name)
                    return None
            except FileNotFoundError:
                return None
        base = self._copy_dir or self.media_dir
        relative = os.path.relpath(base / path, start=self._page_dir)
        return quote(Path(relative).as_posix())


def taken_back(removed: int, dest: Path) -> str:
    """What a stopped or failed ``--with-media`` copy left in ``dest``, for its last line."""
    if removed == 0:
        return f"no media file was copied to {dest}"
    if removed == 1:
        return f"the media file it had copied to {dest} was removed"
    return f"the {removed} media files it had copied to {dest} were removed"


class _Added:
    """The files and folders a copy added to its destination, for taking them back."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self._folders: list[Path] = []  # outermost first

    def make_folder(self, folder: Path) -> None:
        """Make ``folder`` and those above it that are missing, remembered for :meth:`remove`."""
        made = []
        for f in (folder, *folder.parents):
            if f.exists():
                break
            made.append(f)
        folder.mkdir(parents=True, exist_ok=True)
        self._folders.extend(reversed(made))

    def remove(self) -> int:
        """Remove the files added, then the folders made that this leaves empty; how many
        files were removed. One that cannot be removed is logged and left."""
        removed = 0
        for path in self.files:
            try:
                path.unlink(missing_ok=True)
            except OSError as e:
                log.warning("media file=%s copied by a stopped export not removed: %s", path, e)
                continue
            removed += 1
        for folder in reversed(self._folders):
            with suppress(OSError):  # not empty (another file is in it) or gone: kept
                folder.rmdir()
        return removed


def _copy(source: Path, target: Path, stop: StopFlag | None) -> str:
    """``source``'s bytes into a new file ``target``, ``stop`` looked at between pieces; their
    SHA-256 (hex), which a kept file's name is."""
    piece = bytearray(_PIECE)
    view = memoryview(piece)
    digest = hashlib.sha256()
    with source.open("rb", buffering=0) as src, target.open("wb") as out:
        while n := src.readinto(piece):
            if stop is not None:
                stop.check()
            digest.update(view[:n])
            out.write(view[:n])
    return digest.hexdigest()


def _kept(path: Path) -> bool:
    """Whether ``path`` can be a kept file: a regular file, not a link (tg-archiver writes
    none in the media folder; one there names a file that is not the archive's)."""
    return not os.path.islink(path) and regular_file(path)
