"""Ingest orchestration: files and feeds into the store, each step all or nothing.

This is where importers, the pipeline and the store meet. ``import_paths`` imports files in
one transaction (by default the whole command is one: an error anywhere leaves the archive
exactly as it was), their posts merged by date (:func:`by_date`); with ``partial`` each file
is its own transaction, one after another, and the posts read before an error are kept.
``fetch_feeds`` polls feeds once, each feed its own transaction.

What a path is and its format are archive/import_files.py's, the posts prepared (in a worker
process for a long import) archive/prepare_ahead.py's, an export's files linked as its posts
are stored archive/import_media_links.py's, and the service's scan of its import folders
archive/import_scan.py's.
"""

from __future__ import annotations

import asyncio
import logging
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
    MERGED_FILES,
    Wheres,
    by_date,
    detect_format,
    refuse_source_name,
    resolve_import_path,
)
from tg_archiver.archive.import_media_links import MediaLinks, media_undone
from tg_archiver.archive.importers.feed import fetch_feed, read_feed_file
from tg_archiver.archive.importers.tdesktop import read_tdesktop
from tg_archiver.archive.importers.textdump import read_text_dump
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_import import (
    ExportMedia,
    MediaImportReport,
)
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost, refuse_unstorable
from tg_archiver.archive.prepare_ahead import StopAtError, prepared, prepared_ahead
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.store import IngestReport, Store
from tg_archiver.archive.store.bulk import BULK_BYTES

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
    # Only in partial mode: the posts left out, each a line naming it and its bad field.
    skipped: list[str] = field(default_factory=list)
    media: MediaImportReport = field(default_factory=MediaImportReport)

    def add(self, files: Sequence[Path], stored: IngestReport) -> None:
        self.files.extend(files)
        self.total += stored

    def summary(self) -> str:
        line = f"imported {len(self.files)} file(s): {self.total.summary()}"
        if self.media.any:
            line += f"\n{self.media.summary()}"
        if self.skipped:
            line += (
                f"\nleft out {len(self.skipped)} post(s) with a bad field (--partial; each"
                f" logged), the first: {self.skipped[0]}"
            )
        if self.error:
            line += f"\nstopped early: {self.error}"
        return line


def read_posts(
    path: Path,
    fmt: str,
    *,
    source_name: str | None,
    now: datetime,
    skipped: list[str] | None = None,
) -> Iterator[Post]:
    """The posts of one file, streamed. ``skipped`` (``--partial``): a post with a bad field
    is left out, its error appended there, instead of stopping the file."""
    if fmt == "auto":
        fmt = detect_format(path)
    posts: Iterator[Post]
    if fmt == "tdesktop":
        posts = read_tdesktop(path, skipped)
    elif fmt == "feed":
        result = read_feed_file(path, fetched_at=now)
        if result.warning:
            log.warning("feed file=%s partly malformed: %s", path, result.warning)
        for note in result.notes:
            log.warning("feed %s", redact(note))
        posts = iter(result.posts)
    elif fmt == "text":
        posts = read_text_dump(path, source_name=source_name, now=now)
    else:
        raise InputError(f"unknown format {fmt!r}")
    return posts if skipped is None else _storable(path, posts, skipped)


def _storable(path: Path, posts: Iterator[Post], skipped: list[str]) -> Iterator[Post]:
    """``posts`` but those no archive takes (:func:`refuse_unstorable`: a NUL character, a
    text over the limit), each named in ``skipped`` and logged."""
    for post in posts:
        try:
            refuse_unstorable(post)
        except InputError as e:
            said = f"{path}: {e}"
            skipped.append(said)
            log.warning("%s; left out (--partial)", said)
            continue
        yield post


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
    links: list[MediaLinks] = []  # of the transaction under way

    async def one(paths: Sequence[Path]) -> IngestReport:
        """Store the posts of ``paths`` as one stream: several files merged by date."""
        started = time.perf_counter()
        exports = [ExportMedia(path.parent) for path in paths]
        streams = [
            export.watch(
                read_posts(
                    path,
                    formats[path],
                    source_name=source_name,
                    now=now,
                    skipped=report.skipped if partial else None,
                )
            )
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
        linked = MediaLinks(store, exports, rules, now)
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
                async with media_undone(links), store.transaction():
                    report.add([path], await one([path]))
                if report.error:
                    break
        else:
            try:
                async with media_undone(links), store.transaction():
                    for at in range(0, len(resolved), MERGED_FILES):
                        group = resolved[at : at + MERGED_FILES]
                        report.add(group, await one(group))
            except InputError as e:
                raise InputError(f"{e}; nothing was imported") from None
    if report.total.added >= ANALYSE_AFTER:
        await store.analyse()
    return report


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
