"""``tg-archiver export``: the archive's posts as JSON Lines, CSV, HTML or Markdown, to a file
or standard output, with ``--with-media``'s files beside them.

Kept apart from :mod:`tg_archiver.cli` (which imports this module inside its ``export``
command, as it does :mod:`tg_archiver.media_cli`; the arguments are
:mod:`tg_archiver.cli_args`') so the command line stays a list of small commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from tg_archiver.archive.errors import InputError, Interrupted
from tg_archiver.output import STDOUT, write_export, write_stdout
from tg_archiver.search_cli import name_unknown_sources

if TYPE_CHECKING:
    from tg_archiver.archive.config import Config
    from tg_archiver.archive.store import Store


async def cmd_export(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import media_cli
    from tg_archiver.archive.export import (
        CSV_HEADER,
        CSV_RAW,
        FORMATS,
        ExportRow,
        write_html,
        write_lines,
    )
    from tg_archiver.archive.media_export import CSV_FILES_HEADER
    from tg_archiver.archive.query import parse_query
    from tg_archiver.archive.stopping import StopFlag, run_stoppable
    from tg_archiver.archive.store import EXPORT_LINE_FORMATS, ExportFilter

    # The filters read as search reads them: `--tag ШОС` is the posts filed under SCO, and an
    # empty or contradictory filter is refused, not answered with nothing.
    filters = parse_query(
        "",
        tags=args.tag,
        sources=args.source,
        since=args.since,
        until=args.until,
        topics=config.topics,
    )
    flt = ExportFilter.of(filters, include_duplicates=not args.no_duplicates)
    if args.csv_raw and args.format != "csv":
        raise InputError("--csv-raw works with --format csv")
    # CSV cells a spreadsheet would read as formulas are written after a ' unless --csv-raw.
    lines = CSV_RAW if args.csv_raw else args.format
    writer = FORMATS[args.format]
    title = _export_title(args)
    note = f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by tg-archiver from {store.name}"
    progress = sys.stderr.isatty()
    total = await store.count_posts(flt) if progress else None

    media = media_cli.ExportMedia(store, args, config.media)

    # The writers run in a worker thread (run_stoppable) that checks the stop flag before
    # each row (each batch of lines), so Ctrl-C stops the export there; --with-media's files
    # are copied once the last row is written, the flag checked between pieces of them
    # (media_cli.ExportMedia.copy), and a stopped copy is taken back. The store's reading
    # cursor is closed in the thread that read it, however the writing ends: a reader gone
    # away (BrokenPipeError) must not leave it to the garbage collector, which would close a
    # SQLite connection from another thread, or a PostgreSQL cursor from the event loop's
    # own thread while the pool waits for it. (The JSON Lines and CSV path reads ahead in a
    # thread of its own, which closes what it reads: archive.readahead.)
    def write(out: TextIO, stop: StopFlag) -> int:
        posts = store.read_posts(flt)
        rows: Iterator[ExportRow] = posts
        if progress:
            from tqdm import tqdm

            rows = iter(tqdm(rows, total=total, unit=" posts", file=sys.stderr, leave=False))
        links = media.open() if args.format == "html" else None
        if links is not None:
            rows = links.rows(rows)
        rows = stop.each(rows)
        try:
            if links is not None:
                n = write_html(rows, out, title=title, note=note, images=True)
            else:
                n = writer(rows, out, title=title, note=note)
            media.copy(stop)
            return n
        finally:
            rows.close()
            posts.close()
            media.close()

    def write_binary(out: BinaryIO, stop: StopFlag) -> int:
        # JSON Lines and CSV: the same bytes, formatted by SQLite (Store.read_export_lines).
        chunks: Iterator[tuple[int, bytes]] = stop.each(store.read_export_lines(flt, lines))
        links = media.open()
        header = CSV_HEADER
        if links is not None and args.format == "jsonl":
            chunks = links.jsonl(chunks)
        elif links is not None:
            chunks, header = links.csv(chunks), CSV_FILES_HEADER
        if progress:
            chunks = _with_progress(chunks, total)
        try:
            n = write_lines(chunks, out, lines, header=header)
            media.copy(stop)
            return n
        finally:
            media.close()

    def export(stop: StopFlag) -> int:
        binary = args.format in EXPORT_LINE_FORMATS

        def job(out: Any) -> int:
            return write_binary(out, stop) if binary else write(out, stop)

        if args.output is None or args.output == STDOUT:
            return write_stdout(job, binary=binary)
        return write_export(
            args.output,
            job,
            binary=binary,
            archive=store.path if store.engine == "sqlite" else None,
            media=config.media.folder_for(store.where),
        )

    try:
        n = await run_stoppable(export)
    except Interrupted as e:
        left = media.left()  # --with-media: what the stop left in its folder
        if left is None:
            raise
        raise Interrupted(f"{e}; {left}") from None
    if args.output is not None and args.output != STDOUT:
        print(f"exported {n} posts to {args.output}", file=sys.stderr)
    if n == 0 and filters.sources:
        await name_unknown_sources(store, filters.sources)
    return 0


def _with_progress(
    chunks: Iterator[tuple[int, bytes]], total: int | None
) -> Iterator[tuple[int, bytes]]:
    from tqdm import tqdm

    with tqdm(total=total, unit=" posts", file=sys.stderr, leave=False) as bar:
        for n, data in chunks:
            yield n, data
            bar.update(n)


def _export_title(args: argparse.Namespace) -> str:
    parts = [f"#{t}" for t in args.tag] + [f"source {s}" for s in args.source]
    if args.since:
        parts.append(f"since {args.since}")
    if args.until:
        parts.append(f"until {args.until}")
    return "tg-archiver export" + (": " + ", ".join(parts) if parts else "")
