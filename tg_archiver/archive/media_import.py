"""The files of a Telegram Desktop export (photos/, files/, video_files/ ...) into the media store.

:class:`ExportMedia` watches the posts of an export as they stream to the store and holds the
ones that name files until they are stored; then, in the same transaction (after each chunk
of posts: see ``after_chunk`` of :meth:`archive.store.Store.ingest`, so what it holds stays a
chunk's worth however long the export), :meth:`ExportMedia.store_files` links each to its post
and copies the file into the content-addressed store (:mod:`archive.media_files`), or records
why not:

- ``missing``: the export does not hold it ("(File not included. ...)", or no such file);
- ``refused``: a path that leaves the export folder (``../../etc/passwd``, ``/etc/passwd``, a
  symlink pointing out, something not a regular file): never opened, never read;
- ``failed``: an empty file, or one shorter or longer than the size the export announced
  (a truncated copy is not kept as if whole);
- ``skipped``: a ``[media]`` rule (kind, size).

One file's fault is that file's row; the posts and the other files go on.

A file that is not in the folder yet, or shorter than the export says, may still come: a copy
of an export under way writes ``result.json`` first, often. The service's import scan has the
export keep :class:`AwaitedFiles` (the folders such files were to be in, and a mark of what
each held just before its files were looked at), and reads the export again when a mark
changes, so the files that came are kept (``archive.import_scan.import_new_files``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import READ_SIZE, LocalMediaFiles, StoredFile, TooLarge
from tg_archiver.archive.models import Media, Post
from tg_archiver.archive.store.media import MediaItem, MediaStore

log = logging.getLogger(__name__)

_NOT_INCLUDED = "("  # "(File not included. Change data exporting settings to download.)"


@dataclass(slots=True)
class MediaImportReport:
    kept: int = 0
    already_kept: int = 0  # the same bytes were in the store (another post, an earlier import)
    missing: int = 0
    refused: int = 0
    failed: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return (
            f"media: {self.kept} file(s) kept ({self.already_kept} already in the store),"
            f" {self.missing} missing, {self.skipped} skipped by rule, {self.failed} failed,"
            f" {self.refused} refused"
        )

    def __iadd__(self, other: MediaImportReport) -> MediaImportReport:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def any(self) -> bool:
        return any((self.kept, self.missing, self.refused, self.failed, self.skipped))


class PostIds:
    """A set of post ids as one bit each (ids are dense, from 1): an import remembers which
    posts it linked, so that an id its export repeats (a version) is linked once, in an
    eighth of a byte a post (10M posts: 1.25 MB; a set of ints: about 60 bytes each)."""

    __slots__ = ("_bits", "_far")

    _MOST = 1 << 34  # ids past this (not this project's) go to a plain set

    def __init__(self) -> None:
        self._bits = bytearray()
        self._far: set[int] = set()

    def __contains__(self, post_id: int) -> bool:
        if post_id >= self._MOST:
            return post_id in self._far
        at = post_id >> 3
        return at < len(self._bits) and bool(self._bits[at] >> (post_id & 7) & 1)

    def add(self, post_id: int) -> None:
        if post_id >= self._MOST:
            self._far.add(post_id)
            return
        at = post_id >> 3
        if at >= len(self._bits):
            self._bits.extend(bytes(at + 1 - len(self._bits) + len(self._bits) // 2))
        self._bits[at] |= 1 << (post_id & 7)


class NewFiles:
    """The files an import wrote into the media store that were not there before, 32 bytes
    each (100,000 photos: 3.2 MB): if its transaction is rolled back, no row names them, and
    :meth:`remove` takes them away, so the media folder is as it was."""

    __slots__ = ("_digests",)

    def __init__(self) -> None:
        self._digests = bytearray()

    def add(self, sha256: str) -> None:
        self._digests += bytes.fromhex(sha256)

    def __len__(self) -> int:
        return len(self._digests) // 32

    def __iter__(self) -> Iterator[str]:
        for at in range(0, len(self._digests), 32):
            yield self._digests[at : at + 32].hex()

    async def remove(self, media: MediaStore, files: LocalMediaFiles) -> int:
        """After a rollback: remove each file that no committed row names (another writer,
        the service, may have recorded the same bytes meanwhile); how many were removed."""
        removed = 0
        for sha256 in self:
            if await media.file_known(sha256):
                continue
            try:
                files.remove(sha256)
            except OSError as e:
                log.warning("media file=%s of a rolled back import not removed: %s", sha256, e)
                continue
            removed += 1
        self._digests.clear()
        return removed


@dataclass(slots=True)
class AwaitedFiles:
    """The folders of an export (relative, ``.`` for its own) where files it names were not
    there, or not whole, when it was read, each with a :func:`folder_mark` taken before its
    files were looked at: what the import scan keeps to read the export again once one of
    them changed (``imported_files.awaited_media``, as :meth:`text`)."""

    marks: dict[str, str] = field(default_factory=dict)  # every folder looked in: its mark
    folders: set[str] = field(default_factory=set)  # those with a file that may still come

    def look_in(self, export: Path, folder: str) -> None:
        """Before the files in ``folder`` are looked at: its mark, once per read."""
        if folder not in self.marks:
            self.marks[folder] = folder_mark(export, folder)

    def add(self, folder: str) -> None:
        """A file of ``folder`` (looked in) was not there, or not whole."""
        self.folders.add(folder)

    def text(self) -> str | None:
        """What is stored: None when no file is awaited."""
        if not self.folders:
            return None
        marks = {f: self.marks[f] for f in sorted(self.folders)}
        return json.dumps(marks, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def changed(export: Path, text: str) -> bool:
        """Whether a folder an earlier read awaited files in (``text``, as stored) holds
        other files now, or the same ones at other sizes or times."""
        try:
            marks = json.loads(text)
        except ValueError:  # not ours: look again, and store a good one
            return True
        if not isinstance(marks, dict):
            return True
        return any(folder_mark(export, str(f)) != m for f, m in marks.items())


def folder_mark(export: Path, folder: str) -> str:
    """A digest of what is directly in ``folder`` of ``export`` (each entry's name, size and
    modification time, links not followed): another one later means a file came, went, grew
    or was written again. A folder that is not there (not copied yet) has a mark of its own,
    and one that leaves the export (a link) is never listed."""
    h = hashlib.sha256()
    try:
        where = (export / folder).resolve()
        if not where.is_relative_to(export.resolve()):
            return "outside"
        with os.scandir(where) as entries:
            found = sorted((os.fsencode(e.name), e) for e in entries)
        for name, entry in found:
            st = entry.stat(follow_symlinks=False)
            h.update(b"%s\0%d\0%d\n" % (name, st.st_size, st.st_mtime_ns))
    except (OSError, RuntimeError):  # not there, unreadable, a link loop
        return "absent"
    return h.hexdigest()[:32]


@dataclass(slots=True)
class ExportMedia:
    """The posts of one export folder that name files, held from when they stream past until
    they are stored. With ``awaited`` (the import scan's), the files not there yet are noted
    in it."""

    folder: Path
    # id() of each post waiting, and the post: held, so that the id stays its own.
    waiting: dict[int, Post] = field(default_factory=dict)
    done: PostIds = field(default_factory=PostIds)  # the posts linked so far
    awaited: AwaitedFiles | None = None

    def watch(self, posts: Iterable[Post]) -> Iterator[Post]:
        for post in posts:
            if any(m.path is not None for m in post.media):
                self.waiting[id(post)] = post
            yield post

    async def store_files(
        self,
        media: MediaStore,
        files: LocalMediaFiles,
        rules: MediaConfig,
        posts: Iterable[Post],
        *,
        now: datetime,
        older: Iterable[Post] = (),
        created: NewFiles | None = None,
    ) -> MediaImportReport:
        """Link the files of the waiting posts among ``posts`` (posts just stored, the same
        objects this export's stream gave). Call in the transaction that stored them. Posts
        read but never stored (after an error ``--partial`` stops at) are not linked, nor
        ``older`` (older copies of stored posts, which did not become their present: their
        files are not the posts' files now). ``created`` collects the files written that were
        not in the store before, for a rollback to remove."""
        for post in older:
            self.waiting.pop(id(post), None)
        found = [p for p in (self.waiting.pop(id(p), None) for p in posts) if p is not None]
        report = MediaImportReport()
        done = self.done
        awaited = self.awaited
        for post in found:
            external_id = post.external_id
            attached = tuple(m for m in post.media if m.path is not None)
            post_id = await media.post_id(post.source.kind, post.source.key, external_id)
            if post_id is None:
                continue  # a post left out (empty)
            items = [_item(m) for m in attached]
            if post_id in done and not await media.differs(post_id, items):
                continue  # an id the export repeats (a version) with the same files
            done.add(post_id)
            # Other files than those recorded (a later export, or a version, with the photo
            # replaced): the recorded rows move to post_media_replaced and these are kept, as
            # for a live edit, and the post's list of attachments follows (with its text
            # unchanged, the post is not an edit). The same files again, or more after them,
            # change nothing.
            if await media.record(post_id, items, [("pending", None)] * len(items), now=now):
                await media.summarise(post_id, post.media)
            states = await media.states(post_id)
            for position, m in enumerate(attached):
                if states.get(position) == "kept":  # an earlier import kept it: not read again
                    report.kept += 1
                    report.already_kept += 1
                    continue
                folder = self._folder_of(m)
                state, reason, stored = self._one(m, files, rules)
                if stored is not None:
                    if stored.created and created is not None:
                        created.add(stored.sha256)
                    await media.keep(post_id, position, stored, m.mime_type, now)
                    report.kept += 1
                    report.already_kept += not stored.new
                    continue
                await media.mark(post_id, position, state, reason, now)
                setattr(report, state, getattr(report, state) + 1)
                if awaited is not None and folder is not None and state in ("missing", "failed"):
                    awaited.add(folder)
                log.log(
                    logging.INFO if state in ("missing", "skipped") else logging.WARNING,
                    "export=%s post=%s file=%r %s: %s",
                    self.folder,
                    external_id,
                    m.path,
                    state,
                    reason,
                )
        return report

    def _folder_of(self, m: Media) -> str | None:
        """The folder of the export that is to hold ``m``'s file, marked before the file is
        looked at, when files not there yet are noted and ``m`` names a file that may come
        (not "File not included", nor a path that is refused)."""
        if self.awaited is None or m.path is None or m.path.startswith(_NOT_INCLUDED):
            return None
        if _refusal(m.path) is not None:
            return None
        folder = PurePosixPath(m.path).parent.as_posix()
        self.awaited.look_in(self.folder, folder)
        return folder

    def _one(
        self, m: Media, files: LocalMediaFiles, rules: MediaConfig
    ) -> tuple[str, str | None, StoredFile | None]:
        assert m.path is not None
        if m.path.startswith(_NOT_INCLUDED):
            return "missing", m.path.strip("()"), None
        if why := rules.skip_reason(m.kind, m.size):
            return "skipped", why, None
        opened = open_export_file(self.folder, m.path)
        if isinstance(opened, tuple):
            return (*opened, None)
        with os.fdopen(opened, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                return "failed", "empty file", None
            if m.size is not None and size != m.size:
                return "failed", f"truncated: {size} bytes, the export announced {m.size}", None
            try:
                stored = files.write(_chunks(f), max_bytes=rules.max_bytes(m.kind))
            except TooLarge as e:
                return "skipped", str(e), None
        return "kept", None, stored


def open_export_file(folder: Path, relative: str) -> int | tuple[str, str]:
    """An open descriptor of the export's file ``relative``, or (state, reason) why not.

    The path is the export's word, so it is checked before anything is opened: relative,
    no ``..``, no drive, and once symlinks are resolved still inside ``folder``; then it is
    opened without following a last symlink and must be a regular file.
    """
    if (refused := _refusal(relative)) is not None:
        return refused
    base = folder.resolve()
    try:
        real = (folder / relative).resolve(strict=True)
    except FileNotFoundError:
        return "missing", "not in the export folder"
    except (OSError, RuntimeError) as e:  # a symlink loop, a name too long
        return "refused", f"cannot resolve: {getattr(e, 'strerror', None) or e}"
    if not real.is_relative_to(base):
        return "refused", "a link that leaves the export folder"
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return "missing", "not in the export folder"
    except OSError as e:
        return "refused", f"cannot open: {e.strerror}"
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return "refused", "not a regular file"
    return fd


def _refusal(relative: str) -> tuple[str, str] | None:
    """Why the export's path ``relative`` is refused as written, before anything is looked
    up: not relative to the export folder, or leaving it."""
    if "\x00" in relative or not relative.strip():
        return "refused", "not a usable path"
    posix, windows = PurePosixPath(relative), PureWindowsPath(relative)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or relative.startswith("\\"):
        return "refused", "an absolute path, outside the export folder"
    if ".." in posix.parts or ".." in windows.parts:
        return "refused", "a path that leaves the export folder"
    return None


def _chunks(f: BinaryIO) -> Iterator[bytes]:
    while block := f.read(READ_SIZE):
        yield block


def _item(m: Media) -> MediaItem:
    return MediaItem(
        kind=m.kind,
        file_name=m.file_name,
        size=m.size,
        mime_type=m.mime_type,
        width=m.width,
        height=m.height,
        duration=m.duration,
        export_path=m.path,
    )
