"""Ingest orchestration: files and feeds into the store, each step all or nothing.

This is where importers, the pipeline and the store meet. ``import_paths`` imports files in
one transaction (by default the whole command is one: an error anywhere leaves the archive
exactly as it was), their posts merged by date (:func:`by_date`); with ``partial`` each file
is its own transaction, one after another, and the posts read before an error are kept.
``fetch_feeds`` polls feeds once, each feed its own transaction.

What a path is and its format are archive/import_files.py's, the posts prepared (in a worker
process for a long import) archive/prepare_ahead.py's.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, closing, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import ArchiverError, InputError
from tg_archiver.archive.import_files import (
    FEED_SUFFIXES,
    MERGED_FILES,
    Wheres,
    by_date,
    detect_format,
    refuse_source_name,
    resolve_import_path,
)
from tg_archiver.archive.importers.feed import fetch_feed, read_feed_file
from tg_archiver.archive.importers.tdesktop import html_export_page, read_tdesktop
from tg_archiver.archive.importers.textdump import dump_source, read_text_dump
from tg_archiver.archive.importers.textdump_tail import Tail, TailWatch
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.media_import import (
    AwaitedFiles,
    ExportMedia,
    MediaImportReport,
    NewFiles,
)
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost
from tg_archiver.archive.prepare_ahead import StopAtError, prepared, prepared_ahead
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.store import ImportedFile, IngestReport, Store
from tg_archiver.archive.store.bulk import BULK_BYTES
from tg_archiver.archive.store.media import MediaStore, media_store

log = logging.getLogger(__name__)


def options_from_config(config: Config) -> PipelineOptions:
    return PipelineOptions(
        boilerplate=config.boilerplate,
        topics=config.topics,
        near_threshold=config.near_threshold,
    )


@dataclass(slots=True)
class ImportReport:
    files: list[Path] = field(default_factory=list)
    total: IngestReport = field(default_factory=IngestReport)
    error: str | None = None  # set only in partial mode: what stopped the import
    media: MediaImportReport = field(default_factory=MediaImportReport)

    def add(self, files: Sequence[Path], stored: IngestReport) -> None:
        self.files.extend(files)
        self.total += stored

    def summary(self) -> str:
        line = f"imported {len(self.files)} file(s): {self.total.summary()}"
        if self.media.any:
            line += f"\n{self.media.summary()}"
        if self.error:
            line += f"\nstopped early: {self.error}"
        return line


def read_posts(path: Path, fmt: str, *, source_name: str | None, now: datetime) -> Iterator[Post]:
    """The posts of one file, streamed."""
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt == "tdesktop":
        return read_tdesktop(path)
    if fmt == "feed":
        result = read_feed_file(path, fetched_at=now)
        if result.warning:
            log.warning("feed file=%s partly malformed: %s", path, result.warning)
        for note in result.notes:
            log.warning("feed %s", redact(note))
        return iter(result.posts)
    if fmt == "text":
        return read_text_dump(path, source_name=source_name, now=now)
    raise InputError(f"unknown format {fmt!r}")


# Posts an import adds past which the planner's statistics are refreshed (PostgreSQL).
ANALYSE_AFTER = 10_000


async def import_paths(
    store: Store,
    paths: Sequence[Path],
    options: PipelineOptions,
    *,
    fmt: str = "auto",
    source_name: str | None = None,
    partial: bool = False,
    progress: bool = False,
    now: datetime | None = None,
    media: MediaConfig | None = None,
) -> ImportReport:
    """Import ``paths`` (files, or Telegram Desktop export folders) into ``store``.

    Without ``partial``, one transaction, and the files' posts are stored merged by date
    (:func:`by_date`, up to :data:`MERGED_FILES` files at once); with it, each file in turn,
    its own transaction. ``media``: the rules for the files a Telegram Desktop export holds
    (default: the defaults of ``[media]``); they are copied into the archive's media store
    with the posts."""
    now = now or datetime.now(UTC)
    resolved = [resolve_import_path(p) for p in paths]
    try:  # every file's format before any is read: a file none can read stops them all
        formats = {path: detect_format(path, fmt) for path in resolved}
        if source_name is not None:
            refuse_source_name(source_name, formats)
    except InputError as e:
        raise InputError(f"{e}; nothing was imported") from None
    report = ImportReport()
    rules = media or MediaConfig()
    links: list[_MediaLinks] = []  # of the transaction under way

    async def one(paths: Sequence[Path]) -> IngestReport:
        """Store the posts of ``paths`` as one stream: several files merged by date."""
        started = time.perf_counter()
        exports = [ExportMedia(path.parent) for path in paths]
        streams = [
            export.watch(read_posts(path, formats[path], source_name=source_name, now=now))
            for path, export in zip(paths, exports, strict=True)
        ]
        where: str | Wheres = str(paths[0])
        posts: Iterable[Post] = streams[0]
        if len(paths) > 1:
            where = Wheres()
            posts = by_date([where.watch(s, str(p)) for p, s in zip(paths, streams, strict=True)])
        if progress:
            from tqdm import tqdm

            label = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
            posts = tqdm(posts, desc=label, unit=" posts", leave=False)
        linked = _MediaLinks(store, exports, rules, now)
        links.append(linked)
        with closing(prepared_ahead(posts, options, where)) as items:
            guarded = StopAtError(items) if partial else None
            result = await store.ingest(
                items if guarded is None else guarded,
                now=now,
                near_threshold=options.near_threshold,
                after_chunk=linked.after_chunk,
            )
            if guarded is not None and guarded.error is not None:
                report.error = f"{guarded.error}; kept the {guarded.count} posts read before it"
        report.media += linked.report
        log.info(
            "imported files=%s added=%d edited=%d unchanged=%d took=%.2fs",
            ",".join(map(str, paths)),
            result.added,
            result.edited,
            result.unchanged,
            time.perf_counter() - started,
        )
        return result

    async with _written(store, resolved):
        if partial:
            for path in resolved:
                async with _media_undone(links), store.transaction():
                    report.add([path], await one([path]))
                if report.error:
                    break
        else:
            try:
                async with _media_undone(links), store.transaction():
                    for at in range(0, len(resolved), MERGED_FILES):
                        group = resolved[at : at + MERGED_FILES]
                        report.add(group, await one(group))
            except InputError as e:
                raise InputError(f"{e}; nothing was imported") from None
    if report.total.added >= ANALYSE_AFTER:
        await store.analyse()
    return report


@asynccontextmanager
async def _media_undone(links: list[_MediaLinks]) -> AsyncIterator[None]:
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


@asynccontextmanager
async def _written(store: Store, paths: Sequence[Path]) -> AsyncIterator[None]:
    """Where an import's transactions are written: a large one (:data:`BULK_BYTES` of input
    or more) through SQLite's rollback journal when it can (:mod:`archive.store.bulk`), so
    it never holds a write-ahead log as large as itself until it commits."""
    size = 0
    for path in paths:
        with suppress(OSError):  # unreadable: opening it says so, in its own words
            size += path.stat().st_size
    if size < BULK_BYTES:
        yield
        return
    async with store.bulk():
        yield


async def fetch_feeds(
    store: Store,
    urls: Sequence[str],
    options: PipelineOptions,
    *,
    now: datetime | None = None,
    timeout: float = 20.0,
) -> list[tuple[str, IngestReport | ArchiverError]]:
    """Poll each feed once (concurrently), then store each in its own transaction.

    Each result names its feed by the URL redacted (:func:`~archive.redact.redact_url`), as
    it may be shown: a password or token in a URL is used to fetch, never shown.
    """
    now = now or datetime.now(UTC)
    async with httpx.AsyncClient(headers={"User-Agent": "tg-archiver"}) as client:

        async def get(url: str) -> list[Post] | ArchiverError:
            try:
                if "://" not in url or url.startswith("file://"):
                    path = Path(url.removeprefix("file://"))
                    result = read_feed_file(path, fetched_at=now)
                else:
                    fetched = await fetch_feed(url, client=client, fetched_at=now, timeout=timeout)
                    if fetched.result is None:  # 304 Not Modified
                        return []
                    result = fetched.result
            except ArchiverError as e:
                return e
            if result.warning:
                log.warning("feed url=%s partly malformed: %s", redact_url(url), result.warning)
            for note in result.notes:
                log.warning("feed %s", redact(note))
            return list(result.posts)

        fetched_all = await asyncio.gather(*(get(u) for u in urls))

    results: list[tuple[str, IngestReport | ArchiverError]] = []
    for url, got in zip(map(redact_url, urls), fetched_all, strict=True):
        if isinstance(got, ArchiverError):
            results.append((url, got))
            continue
        try:
            async with store.transaction():
                report = await store.ingest(
                    prepared(got, options, url),
                    now=now,
                    near_threshold=options.near_threshold,
                )
        except InputError as e:
            results.append((url, InputError(f"{e}; nothing from this feed was stored")))
            continue
        log.info("fetched feed url=%s added=%d edited=%d", url, report.added, report.edited)
        results.append((url, report))
    return results


async def store_posts(
    store: Store,
    posts: Iterable[Post],
    options: PipelineOptions,
    *,
    now: datetime,
    where: str = "posts",
) -> tuple[IngestReport, list[PreparedPost]]:
    """Store a batch of posts from a live source in one transaction (for a batch that
    makes one chunk, one round trip to SQLite's thread: ``Store.ingest_transaction``).

    Returns the report and the prepared posts (their clean text and tags, for a reply).
    A post the pipeline refuses (NUL bytes, over the size limit) raises InputError and
    nothing of the batch is stored.
    """
    items = list(prepared(posts, options, where))
    report = await store.ingest_transaction(items, now=now, near_threshold=options.near_threshold)
    return report, items


IMPORTABLE_SUFFIXES = {".json", ".txt", *FEED_SUFFIXES}


def files_in_import_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """The files that import paths stand for: a file itself; a Telegram Desktop export folder's
    result.json; in any other folder, its importable files and its export subfolders."""
    for path in paths:
        if path.is_file():
            yield path
        elif (path / "result.json").is_file():
            yield path / "result.json"
        elif path.is_dir():
            inside = path.resolve()
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in IMPORTABLE_SUFFIXES:
                    found = child
                elif (child / "result.json").is_file():
                    found = child / "result.json"
                else:
                    continue
                if found.resolve().is_relative_to(inside):
                    yield found
                else:
                    # A link planted in an inbox others can write to read any file the service
                    # can (its config, api_hash and bot token with it) into a searchable post.
                    log.warning(
                        "import path=%s skipped: a link that leaves the import folder %s;"
                        " give its target as an import path of its own",
                        found,
                        path,
                    )
        elif path.exists():  # a FIFO, a device, a socket: never read, never waited on
            log.warning("import path=%s is not a regular file or a folder, skipped", path)
        else:
            log.warning("import path=%s does not exist", path)


def configured_files(paths: Iterable[Path]) -> list[Path]:
    """What ``import`` with no PATH reads: the files of ``[import] paths`` as the service's
    scan finds them (:func:`files_in_import_paths`), so a folder of exports and dumps (an
    inbox) stands for what it holds there too. A path that is not there, and a folder of
    Telegram Desktop's HTML export, stay as given, for :func:`import_paths` to refuse in its
    own words."""
    files: list[Path] = []
    for path in paths:
        inbox = path.is_dir() and not (path / "result.json").exists()
        if inbox and html_export_page(path) is None:
            files.extend(files_in_import_paths([path]))
        else:
            files.append(path)
    return files


async def import_new_files(
    store: Store,
    paths: Iterable[Path],
    options: PipelineOptions,
    *,
    now: datetime,
    media: MediaConfig | None = None,
) -> list[tuple[Path, IngestReport | ArchiverError]]:
    """Import the files under ``paths`` that are new or changed since they were last imported,
    and the exports whose files were not all there then, once their folders changed.

    For the running service: each file is its own transaction, recorded as imported in the
    same transaction; a bad file is reported and retried at the next scan, the rest go on.
    Cancelled (the service stopping), the file under way is rolled back, and says so.
    The files a Telegram Desktop export holds are copied into the media store, under the
    ``media`` rules (as ``import_paths`` does); one not there yet, or not whole (the export
    is being copied, ``result.json`` first), is kept when a later scan finds its folder
    changed (:class:`~archive.media_import.AwaitedFiles`). A text dump read while it was
    written ends in a post cut off: read again, its whole text is that post's edit
    (:mod:`archive.importers.textdump_tail`).
    """
    results: list[tuple[Path, IngestReport | ArchiverError]] = []
    rules = media or MediaConfig()
    for path in files_in_import_paths(paths):
        try:
            st = path.stat()
            path = path.resolve()
            recorded = await store.imported_file(path)
            if not _to_read(path, st, recorded):
                continue
            report = await _import_file(store, path, st, recorded, options, rules, now)
        except asyncio.CancelledError:  # the service stopping: the file's transaction rolled back
            log.info("import file=%s interrupted; it is imported again at the next start", path)
            raise
        except OSError as e:
            results.append((path, InputError(f"cannot read {path}: {e.strerror}")))
            continue
        except ArchiverError as e:
            log.warning("import file=%s failed: %s", path, e)
            results.append((path, e))
            continue
        except Exception as e:  # a fault of ours in one file must not stop the others
            log.exception("import file=%s failed unexpectedly", path)
            results.append((path, InputError(f"{path}: not imported: {type(e).__name__}: {e}")))
            continue
        log.info("import file=%s %s", path, report.summary())
        results.append((path, report))
    return results


def _to_read(path: Path, st: os.stat_result, recorded: ImportedFile | None) -> bool:
    """Whether the scan reads ``path``: new, changed, or an export that awaited files in a
    folder that has changed since."""
    if recorded is None or (recorded.size, recorded.mtime_ns) != (st.st_size, st.st_mtime_ns):
        return True
    if recorded.awaited_media is None:
        return False
    if not AwaitedFiles.changed(path.parent, recorded.awaited_media):
        return False
    log.info("import file=%s read again: a folder where its export awaited files changed", path)
    return True


async def _import_file(
    store: Store,
    path: Path,
    st: os.stat_result,
    recorded: ImportedFile | None,
    options: PipelineOptions,
    rules: MediaConfig,
    now: datetime,
) -> IngestReport:
    """One file of the scan, in its own transaction, recorded with what to look at again."""
    fmt = detect_format(path)
    awaited = AwaitedFiles()
    export_media = ExportMedia(path.parent, awaited=awaited)
    tail = await _tail_watch(store, path, fmt, recorded)
    posts = read_posts(path, fmt, source_name=None, now=now)
    if tail is not None:
        posts = tail.watch(posts)
    linked = _MediaLinks(store, [export_media], rules, now)
    async with _media_undone([linked]), store.transaction():
        report = await store.ingest(
            prepared(export_media.watch(posts), options, str(path)),
            now=now,
            near_threshold=options.near_threshold,
            after_chunk=linked.after_chunk,
        )
        if linked.report.any:
            log.info("import file=%s %s", path, linked.report.summary())
        if tail is not None and tail.completed is not None:
            await _completed(store, path, *tail.completed)
        await store.record_file_imported(
            path,
            st.st_size,
            st.st_mtime_ns,
            when=now,
            awaited_media=awaited.text(),
            last_post=tail.last.text() if tail is not None and tail.last is not None else None,
        )
    return report


async def _tail_watch(
    store: Store, path: Path, fmt: str, recorded: ImportedFile | None
) -> TailWatch | None:
    """For a text dump: where its last read ended, and that post's text as stored."""
    if fmt != "text":
        return None
    previous = Tail.parse(recorded.last_post) if recorded is not None else None
    if previous is None:
        return TailWatch()
    source = dump_source(path)
    return TailWatch(previous, await store.post_text(source.kind, source.key, previous.external_id))


async def _completed(store: Store, path: Path, cut: str, whole: str) -> None:
    """The post cut off at the last read of the dump at ``path`` now has its whole text (as
    its edit): it takes the whole text's id."""
    source = dump_source(path)
    if await store.rekey_post(source.kind, source.key, cut, whole):
        log.info(
            "import file=%s post=%s was cut off where the file ended at its last read: its whole"
            " text is its edit, and its id is now %s",
            path,
            cut,
            whole,
        )
    else:  # stored apart before: the two are one text now, linked as copies
        log.warning("import file=%s post=%s completed keeps its id: %s is taken", path, cut, whole)


class _MediaLinks:
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
