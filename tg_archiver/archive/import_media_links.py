"""The files of an import's exports linked as each chunk of its posts is stored, and removed
again when the import is rolled back: :func:`~archive.ingest.import_paths`' and the import
scan's (:mod:`archive.import_scan`) media, kept apart from what reads and stores the posts.

Its log lines keep the logger ``tg_archiver.archive.ingest`` they had when this was part of
:mod:`archive.ingest`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from datetime import datetime
from pathlib import Path

from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.media_import import ExportMedia, MediaImportReport, NewFiles
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaStore, media_store

log = logging.getLogger("tg_archiver.archive.ingest")


@asynccontextmanager
async def media_undone(links: list[MediaLinks]) -> AsyncIterator[None]:
    """Around a transaction that links media files (``links``, filled while it runs): if it
    is rolled back, however (a bad message, Ctrl-C, a full disk), the files it was the first
    to copy into the media folder are removed, as no row names them; if it commits, they are
    the archive's."""
    try:
        yield
    except BaseException:
        for linked in links:
            try:
                await linked.rolled_back()
            except Exception as e:  # the archive unreachable: leave the files, say so
                log.warning("media files of a rolled back import not removed: %s", e)
        raise
    finally:
        links.clear()


class MediaLinks:
    """The files of the posts of ``exports`` (their :meth:`ExportMedia.watch` streams),
    linked as each chunk of posts is stored (``Store.ingest``'s ``after_chunk``), counted in
    ``report``."""

    def __init__(
        self, store: Store, exports: Sequence[ExportMedia], rules: MediaConfig, now: datetime
    ) -> None:
        self._store = store
        self._exports = exports
        self._rules = rules
        self._now = now
        # The media tables and the archive's media folder, when a file is first linked.
        self._media: tuple[MediaStore, LocalMediaFiles] | None = None
        self.report = MediaImportReport()
        self.created = NewFiles()  # files new to the media folder in this transaction
        self._made: list[Path] = []  # the media folder (and its tmp/) if this import made them

    async def after_chunk(
        self, chunk: Sequence[PreparedPost], older: Sequence[PreparedPost] = ()
    ) -> None:
        stored = [p.post for p in chunk]
        for export in self._exports:
            if not export.waiting:
                continue
            if self._media is None:
                folder = self._rules.folder_for(self._store.where)
                self._media = (media_store(self._store), LocalMediaFiles(folder))
                # Made by this import if not there now: removed again on a rollback.
                self._made = [f for f in (folder / "tmp", folder) if not f.exists()]
            media, files = self._media
            self.report += await export.store_files(
                media,
                files,
                self._rules,
                stored,
                now=self._now,
                older=[p.post for p in older],
                created=self.created,
            )

    async def rolled_back(self) -> None:
        """The transaction these files were linked in was rolled back: the files it was the
        first to bring into the media folder are removed, so the folder is as it was."""
        if self._media is None:
            return
        media, files = self._media
        removed = await self.created.remove(media, files)
        log.info("media files=%d of a rolled back import removed", removed)
        for folder in self._made:
            with suppress(OSError):  # not empty (another writer's files): kept
                folder.rmdir()
