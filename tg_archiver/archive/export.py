"""Writers that stream exported posts as JSON Lines, CSV, Markdown, one HTML page or Atom.

Every writer takes an iterable of :class:`ExportRow` and a text stream, writes row by row
(an export of the whole archive never sits in memory) and returns the number of rows
written. They share one signature, so the CLI picks one from :data:`FORMATS` by name:

    count = FORMATS["html"](rows, out, title="SCO, May 2023", note="Generated ... · tag=SCO")

``note`` is a line for the reader (when and with which filters the export was made); the
caller composes it, since the writers read no clock. JSON Lines and CSV carry no preamble and
ignore ``title`` and ``note``.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, BinaryIO, TextIO, TypeVar

from tg_archiver.archive import lazy_re
from tg_archiver.archive.export_pages import write_html, write_markdown
from tg_archiver.archive.export_rows import (
    DEFAULT_TITLE,
    ExportFile,
    ExportRow,
    Writer,
    channel_post_url,
    export_url,
    iso_utc,
)
from tg_archiver.archive.readahead import read_ahead

__all__ = [
    "CSV_COLUMNS",
    "CSV_HEADER",
    "CSV_RAW",
    "DEFAULT_TITLE",
    "FORMATS",
    "ExportFile",
    "ExportRow",
    "Writer",
    "blocking_rows",
    "channel_post_url",
    "csv_text",
    "export_url",
    "format_lines",
    "iso_utc",
    "to_json_dict",
    "write_atom",
    "write_csv",
    "write_html",
    "write_jsonl",
    "write_lines",
    "write_markdown",
]

_T = TypeVar("_T")

CSV_COLUMNS = (
    "id",
    "source",
    "source_kind",
    "source_title",
    "external_id",
    "url",
    "title",
    "published_at",
    "edited_at",
    "forwarded_from",
    "text",
    "tags",
    "duplicate_of",
    "media",
)


def to_json_dict(row: ExportRow) -> dict[str, Any]:
    """The export contract of one post (see DESIGN.md, "Command line")."""
    return {
        "id": row.id,
        "source": row.source,
        "source_kind": row.source_kind,
        "source_title": row.source_title,
        "external_id": row.external_id,
        "url": export_url(row),
        "title": row.title,
        "published_at": iso_utc(row.published_at),
        "date_source": row.date_source,
        "edited_at": iso_utc(row.edited_at) if row.edited_at else None,
        "forwarded_from": row.forwarded_from,
        "text": row.text,
        "tags": list(row.tags),
        "duplicate_of": row.duplicate_of,
        "media": [
            {
                "kind": m.kind,
                "file_name": m.file_name,
                "size": m.size,
                "mime_type": m.mime_type,
            }
            for m in row.media
        ],
    }


# --- JSON Lines, CSV -------------------------------------------------------------------------


def write_jsonl(
    rows: Iterable[ExportRow],
    out: TextIO,
    *,
    title: str = DEFAULT_TITLE,
    note: str | None = None,
) -> int:
    """One JSON object per line, UTF-8 as is (no ``\\u`` escapes for non-ASCII)."""
    count = 0
    encode = _JSON.encode
    for row in rows:
        out.write(encode(to_json_dict(row)) + "\n")
        count += 1
    return count


# What json.dumps(..., ensure_ascii=False) builds on every call, built once.
_JSON = json.JSONEncoder(ensure_ascii=False)


def write_csv(
    rows: Iterable[ExportRow],
    out: TextIO,
    *,
    title: str = DEFAULT_TITLE,
    note: str | None = None,
    raw: bool = False,
) -> int:
    """CSV with a header row (:data:`CSV_COLUMNS`); open ``out`` with ``newline=""``.

    Empty cells stand for null. ``tags`` are joined with ``;``, ``media`` as
    ``kind:file_name`` (or ``kind``) joined with ``;``. A text cell a spreadsheet would read
    as a formula is written after a ``'`` (:func:`csv_text`); ``raw``: as stored.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    return _csv_rows(writer, rows, raw=raw)


# A cell opening with one of these is a formula to Excel and LibreOffice (a post reading
# "=HYPERLINK(...)" sends what the sheet holds elsewhere when clicked): OWASP's list.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = lazy_re.compile(r"[+-][0-9.]+")


def csv_text(value: str) -> str:
    """``value`` as a CSV export writes it: after a ``'`` when a spreadsheet would read it as
    a formula (OWASP's advice; a plain signed number such as ``-5`` is left as it is)."""
    if value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _csv_rows(writer: Any, rows: Iterable[ExportRow], *, raw: bool = False) -> int:
    count = 0
    for row in rows:
        record = to_json_dict(row)
        record["tags"] = ";".join(row.tags)
        record["media"] = ";".join(
            f"{m.kind}:{m.file_name}" if m.file_name else m.kind for m in row.media
        )
        cells: Iterable[Any] = ("" if record[c] is None else record[c] for c in CSV_COLUMNS)
        if not raw:
            cells = [csv_text(c) if isinstance(c, str) else c for c in cells]
        writer.writerow(cells)
        count += 1
    return count


def format_lines(rows: Iterable[ExportRow], fmt: str) -> bytes:
    """The lines :func:`write_jsonl` or :func:`write_csv` (without its header) write for
    ``rows``, in UTF-8: a batch of :func:`write_lines`' input, for a store that does not format
    its export lines itself (PostgreSQL's readers), so both engines write the same bytes.
    ``csv-raw``: CSV with every cell as stored (:func:`csv_text` not applied)."""
    out = io.StringIO(newline="")
    if fmt == "jsonl":
        write_jsonl(rows, out)
    else:
        _csv_rows(csv.writer(out), rows, raw=fmt == CSV_RAW)
    return out.getvalue().encode()


CSV_HEADER = (",".join(CSV_COLUMNS) + "\r\n").encode()
CSV_RAW = "csv-raw"  # the line format of `export --format csv --csv-raw`


def write_lines(
    chunks: Iterable[tuple[int, bytes]], out: BinaryIO, fmt: str, *, header: bytes = CSV_HEADER
) -> int:
    """Write an export whose lines the store formatted itself (``Store.read_export_lines``:
    (posts, UTF-8 lines) a batch at a time), with the CSV header for ``csv``; return the posts.

    The fast path of :func:`write_jsonl` and :func:`write_csv`, to the same bytes: one write
    per batch, no row objects. ``header``: the CSV header, when lines carry more columns.
    """
    if fmt in ("csv", CSV_RAW):
        out.write(header)
    count = 0
    for n, data in read_ahead(iter(chunks), name="export-read-ahead"):
        out.write(data)
        count += n
    return count


def write_atom(
    rows: Iterable[ExportRow], out: TextIO, *, title: str = DEFAULT_TITLE, note: str | None = None
) -> int:
    """An Atom feed (:mod:`archive.atom`, the writer the web app's feeds share), for static
    hosting: ``export --format atom --tag SCO -o sco.atom``."""
    from tg_archiver.archive.atom import write_atom as atom

    return atom(rows, out, title=title, note=note)


FORMATS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "md": write_markdown,
    "html": write_html,
    "atom": write_atom,
}


def blocking_rows(
    rows: AsyncIterator[ExportRow], loop: asyncio.AbstractEventLoop, batch: int = 1000
) -> Iterator[ExportRow]:
    """Read an async row stream (the store's) from a worker thread, so the writers above can
    run off the event loop; one hop to the loop per ``batch`` rows keeps the stream fast."""

    async def take() -> list[ExportRow]:
        out: list[ExportRow] = []
        async for row in rows:
            out.append(row)
            if len(out) >= batch:
                break
        return out

    while chunk := asyncio.run_coroutine_threadsafe(take(), loop).result():
        yield from chunk
