"""Exports handed over as a file (the bot's /export, the web app's downloads): the rows stream
into a temporary file, never all in memory.

The file is written by the same writers as ``tg-archiver export`` (:data:`archive.export.FORMATS`)
from a worker thread, reading the store's async row stream a batch at a time. A file that
grows past the limit is abandoned (:class:`ExportTooBig`) so the caller can ask for narrower
filters instead of sending something huge. Cancelled, the thread stops at its next batch
before the cancellation goes on, so the file is removed after its last write and the process
does not wait for the rest of the export at its exit.
"""

from __future__ import annotations

import asyncio
import io
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from tg_archiver.archive.export import CSV_RAW, FORMATS, ExportRow, blocking_rows, write_lines
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.stopping import StopFlag, run_cancellable
from tg_archiver.archive.store import EXPORT_LINE_FORMATS, ExportFilter, Store

EXPORT_LIMIT = 50 * 1024 * 1024  # bytes


def export_file_name(query: SearchQuery, fmt: str, now: datetime) -> str:
    """``tg-archiver-2024-03-05-tag-SCO.jsonl``: the date and the filters, safe for a file."""
    parts = [f"tag-{t}" for t in query.tags] + [f"source-{s}" for s in query.sources]
    if query.since:
        parts.append(f"since-{query.since:%Y-%m-%d}")
    if query.until:
        parts.append(f"until-{query.until - timedelta(seconds=1):%Y-%m-%d}")
    if query.match:
        parts.append("search")
    slug = re.sub(r"[^\w.-]+", "_", "-".join(parts)).strip("_.")[:80]
    return f"tg-archiver-{now:%Y-%m-%d}" + (f"-{slug}" if slug else "") + f".{fmt}"


class ExportTooBig(Exception):
    """The export would be larger than the limit."""


class _Capped(io.RawIOBase):
    """A binary sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, out: BinaryIO, limit: int) -> None:
        self._out = out
        self._limit = limit
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.written > self._limit:
            return len(data)  # already refused: let the text layer flush and detach quietly
        self.written += len(data)
        if self.written > self._limit:
            raise ExportTooBig
        return self._out.write(data)


async def export_to_temp(
    store: Store,
    query: SearchQuery,
    fmt: str,
    *,
    now: datetime,
    limit: int,
    stop: StopFlag | None = None,
) -> tuple[Path, int]:
    """:func:`write_export` into a folder of its own under the system's temporary folder,
    the file named by :func:`export_file_name`; its path and the posts written. The caller
    removes ``path.parent`` once the file is sent; a write that fails (:class:`ExportTooBig`
    among others) leaves nothing behind."""
    folder = Path(tempfile.mkdtemp(prefix="tg-archiver-export-"))
    path = folder / export_file_name(query, fmt, now)
    try:
        return path, await write_export(store, path, query, fmt, now=now, limit=limit, stop=stop)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


async def write_export(
    store: Store,
    path: Path,
    query: SearchQuery,
    fmt: str,
    *,
    now: datetime,
    limit: int,
    stop: StopFlag | None = None,
) -> int:
    """Write the posts matching ``query`` to ``path`` in format ``fmt``; return how many.

    Filters only: every match, oldest first, copies included (as the CLI exports). With
    search words: the matches newest first, read in one pass (:meth:`Store.iter_matches`).
    Raises :class:`ExportTooBig` past ``limit`` bytes, as soon as the file is over it; and
    :class:`~archive.errors.Interrupted` once ``stop`` is set (checked a batch at a time:
    the web app's client went away, or the server stops). Cancelled (the service stopping
    cancels a running /export), ``stop`` is set and the writing thread waited for before the
    cancellation goes on (:func:`archive.stopping.run_cancellable`).
    """
    writer = FORMATS["csv" if fmt == CSV_RAW else fmt]  # (raw: written as lines)
    flag = stop or StopFlag()
    if fmt in EXPORT_LINE_FORMATS:
        # JSON Lines and CSV: the lines as SQLite formats them, as the CLI's.
        if query.match is None:
            chunks = store.read_export_lines(ExportFilter.of(query), fmt)
        else:
            chunks = store.read_match_lines(query, fmt)

        def write_fast() -> int:
            with path.open("wb") as raw:
                out = io.BufferedWriter(_Capped(raw, limit))
                try:
                    n = write_lines(flag.each(chunks), out, fmt)
                    out.flush()
                finally:
                    out.detach()
                return n

        return await run_cancellable(write_fast, flag)
    rows: AsyncIterator[ExportRow]
    if query.match is None:
        rows = store.iter_posts(ExportFilter.of(query))
    else:
        rows = store.iter_matches(query)
    loop = asyncio.get_running_loop()
    title = f"tg-archiver export: {query.text}" if query.text else "tg-archiver export"
    note = f"Generated {now:%Y-%m-%d %H:%M} UTC by tg-archiver"

    def write() -> int:
        with path.open("wb") as raw:
            capped = _Capped(raw, limit)
            out = io.TextIOWrapper(
                io.BufferedWriter(capped), encoding="utf-8", newline="", write_through=False
            )
            try:
                n = writer(flag.each(blocking_rows(rows, loop)), out, title=title, note=note)
                out.flush()
            finally:
                out.detach()
            return n

    try:
        return await run_cancellable(write, flag)
    finally:
        close = getattr(rows, "aclose", None)  # the store's cursor, if the writer stopped
        if close is not None:
            await close()
