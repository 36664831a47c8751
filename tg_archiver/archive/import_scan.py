"""The service's import scan: the files of ``[import] paths`` read when new or changed, each
in a transaction of its own recorded with what to look at again (an export's files not there
yet, a text dump's last post). ``import`` with no PATH reads the same files
(:func:`configured_files`). What reads a file's posts is :mod:`archive.ingest`'s.

Its log lines keep the logger ``tg_archiver.archive.ingest`` they had when this was part of
:mod:`archive.ingest`.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from tg_archiver.archive.errors import ArchiverError, InputError
from tg_archiver.archive.import_files import FEED_SUFFIXES, detect_format
from tg_archiver.archive.import_media_links import MediaLinks, media_undone
from tg_archiver.archive.importers.tdesktop import html_export_page
from tg_archiver.archive.importers.textdump import dump_source
from tg_archiver.archive.importers.textdump_tail import Tail, TailWatch
from tg_archiver.archive.ingest import read_posts
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_import import AwaitedFiles, ExportMedia
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.store import ImportedFile, IngestReport, Store

log = logging.getLogger("tg_archiver.archive.ingest")


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
    linked = MediaLinks(store, [export_media], rules, now)
    async with media_undone([linked]), store.transaction():
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
