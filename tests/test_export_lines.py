"""The JSON Lines and CSV that SQLite formats (Store.read_export_lines) are byte for byte what
the writers make from the rows (write_jsonl, write_csv over read_posts and iter_posts)."""

from __future__ import annotations

import asyncio
import io
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from conftest import CHANNEL, CliResult, ingest, make_post

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import Interrupted
from tg_archiver.archive.export import FORMATS, ExportRow, write_csv, write_jsonl, write_lines
from tg_archiver.archive.export_file import export_to_temp, write_export
from tg_archiver.archive.models import Forward, Media, SourceRef
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.stopping import StopFlag
from tg_archiver.archive.store import EXPORT_LINE_FORMATS, ExportFilter, Store
from tg_archiver.archive.store.index_writes import WRITER_FUNCTION

WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "csv-raw": partial(write_csv, raw=True)}
NO_USERNAME = SourceRef(kind="telegram", key="1500000002", title=None, username=None)
EMPTY_TITLE = SourceRef(kind="telegram", key="1500000003", title="", username="mfa_en")
FEED = SourceRef(
    kind="feed", key="https://news.example.org/rss", title='News, "Daily"', url="https://x.org"
)
IMPORT = SourceRef(kind="import", key="Канал «Восток»", title="Восток; 東方")
# Every character JSON or CSV must escape or quote, and some that neither may touch.
CONTROLS = "".join(chr(c) for c in range(1, 32)) + '\x7f"\\,;\r\n\u2028\u2029 é 🇷🇺 \U0001f600'


async def varied_archive(store: Store) -> None:
    """Sources of each kind, titles, urls, edits, forwards, copies, tags, media, NULLs."""
    await ingest(
        store,
        make_post(1, "Lavrov met the SCO ministers. #SCO #ШОС", day=1),
        make_post(2, "Lavrov met the SCO ministers. #SCO #ШОС", day=2),  # exact copy
        make_post(
            3,
            'Text with "quotes", commas, a tab\there and\r\nCRLF lines\n\nand a blank one',
            source=FEED,
            day=3,
            title='Title, with "quotes"',
            url='https://news.example.org/a?x=1,2&y="3"',
            categories=("Economy", "CIS"),
            media=(
                Media("photo", 'pic, "1".jpg', 2048, "image/jpeg"),
                Media("video"),
                Media("document", "", None, None),
                Media("audio", "песня;1.mp3", 0, "audio/mpeg"),
            ),
        ),
        make_post(
            4,
            "Forwarded statement on the CIS summit in Minsk. #CIS",
            source=NO_USERNAME,
            day=4,
            forwarded_from=Forward(name='Agency, "Ltd"', source_key=CHANNEL.key, external_id="1"),
        ),
        make_post(5, "Заявление МИД 🇷🇺 о встрече ШОС\nвторая строка", source=EMPTY_TITLE, day=5),
        make_post(6, "Import note = formula? #BRICS", source=IMPORT, day=6, media=(Media("x"),)),
        make_post(7, "A", day=7),
    )
    edited = make_post(
        5,
        "Заявление МИД 🇷🇺 о встрече ШОС (обновлено)\nвторая строка",
        source=EMPTY_TITLE,
        day=5,
        edited_at=datetime(2024, 3, 5, 18, 30, tzinfo=UTC),
    )
    await ingest(store, edited)
    # What cleaning would take out, put straight in the archive: the export passes it on.
    changes: list[tuple[str, tuple[str, ...]]] = [
        ("UPDATE posts SET clean_text = ? WHERE external_id = '7'", (CONTROLS,)),
        # One character each that makes a CSV cell quoted.
        *(
            ("UPDATE posts SET title = ? WHERE external_id = ?", (title, ext))
            for ext, title in (
                ("4", "only\rCR"),
                ("5", "only\nLF"),
                ("6", 'only "q"'),
                ("2", "a,b"),
            )
        ),
        ("UPDATE tags SET name = ? WHERE key = (SELECT min(key) FROM tags)", ('Tag, "q";x',)),
    ]
    if store.engine == "sqlite":
        with sqlite3.connect(store.path) as conn:
            # Past the store on purpose (what this test reads is not the search index): the
            # guards of migration 0020 let a connection that says it keeps the index write.
            conn.create_function(WRITER_FUNCTION, 0, lambda: 1)
            for sql, params in changes:
                # SQLite stores the clean text in clean_stored (migration 0017).
                conn.execute(sql.replace("SET clean_text", "SET clean_stored"), params)
        conn.close()
        return
    async with store.transaction():
        for sql, params in changes:
            numbered = sql.replace("?", "$1", 1).replace("?", "$2", 1)
            await store._engine.db.execute(numbered, *params)


def slow(rows: object, fmt: str) -> bytes:
    out = io.StringIO(newline="")
    WRITERS[fmt](rows, out)  # type: ignore[arg-type]
    return out.getvalue().encode()


def fast(store: Store, flt: ExportFilter, fmt: str) -> bytes:
    out = io.BytesIO()
    count = write_lines(store.read_export_lines(flt, fmt), out, fmt)
    assert count == sum(1 for _ in store.read_posts(flt))
    return out.getvalue()


FILTERS = [
    ExportFilter(),
    ExportFilter(include_duplicates=False),
    ExportFilter(tags=("SCO",)),
    ExportFilter(tags=("sco", "шос")),
    ExportFilter(sources=("@example_mfa",)),
    ExportFilter(sources=("Example MFA", FEED.key)),
    ExportFilter(since=datetime(2024, 3, 3, tzinfo=UTC)),
    ExportFilter(until=datetime(2024, 3, 5, tzinfo=UTC), include_duplicates=False),
    ExportFilter(tags=("NOPE",)),
]


@pytest.mark.parametrize("fmt", sorted(EXPORT_LINE_FORMATS))
async def test_store_formatted_export_is_byte_identical_to_the_writers(
    engine_store: Store, fmt: str
) -> None:
    """On both engines; the blocking readers run in a worker thread, as an export runs them."""
    store = engine_store
    await varied_archive(store)

    def count() -> int:
        return sum(n for n, _ in store.read_export_lines(ExportFilter(), fmt))

    assert await asyncio.to_thread(count) == 7
    for flt in FILTERS:
        expected = await asyncio.to_thread(lambda f=flt: slow(store.read_posts(f), fmt))
        assert await asyncio.to_thread(fast, store, flt, fmt) == expected, flt
        assert slow([r async for r in store.iter_posts(flt)], fmt) == expected, flt
    assert await store.count_posts(ExportFilter(tags=("sco",))) == 2
    # Each Telegram post has a link: the username's, else the channel id's; an import's none.
    lines = await asyncio.to_thread(fast, store, ExportFilter(), fmt)
    assert b"https://t.me/example_mfa/1" in lines
    assert b"https://t.me/c/1500000002/4" in lines
    assert b"https://t.me/mfa_en/5" in lines
    assert lines.count(b"https://t.me/") == 5  # not the feed's article, not the import's post


def test_every_export_format_writes_the_same_on_both_engines(
    cli: Callable[..., CliResult], tmp_path: Path, pg_url: str
) -> None:
    """`tg-archiver export` in every format, the same archive on SQLite and on PostgreSQL:
    the same output, but for the archive's name in the note."""
    db = tmp_path / "archive.db"

    async def build(where: Path | PostgresUrl) -> None:
        async with await Store.open(where) as store:
            await varied_archive(store)

    asyncio.run(build(db))
    asyncio.run(build(PostgresUrl(pg_url)))
    name = pg_url.split("?")[0].rsplit("/", 1)[1]  # the test's database

    def unnoted(out: str, archive: str) -> str:
        """The note's time and archive's name (escaped in Markdown) left out."""
        out = out.replace(archive.replace("_", "\\_"), "ARCHIVE").replace(archive, "ARCHIVE")
        return re.sub(r"Generated [-0-9: ]+ UTC", "Generated", out)

    for fmt in sorted(FORMATS):
        for flt in ((), ("--tag", "SCO", "--no-duplicates"), ("--source", FEED.key)):
            args = ("export", "--format", fmt, *flt)
            on_sqlite, on_pg = cli("--db", db, *args), cli("--db", pg_url, *args)
            assert on_sqlite.code == on_pg.code == 0, on_pg.err
            if fmt in ("html", "md"):
                assert "Generated by tg-archiver from ARCHIVE" in unnoted(on_pg.out, name)
            assert unnoted(on_pg.out, name) == unnoted(on_sqlite.out, "archive.db"), (fmt, flt)


def test_cli_export_to_a_file_and_to_stdout_is_unchanged(cli, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"

    async def build() -> Store:
        store = await Store.open(db)
        try:
            await varied_archive(store)
        finally:
            await store.close()
        return store

    rows = list(asyncio.run(build()).read_posts(ExportFilter(tags=("SCO",))))
    assert len(rows) == 2
    for fmt in EXPORT_LINE_FORMATS:
        target = tmp_path / f"out.{fmt}"
        as_cli = ("csv", "--csv-raw") if fmt == "csv-raw" else (fmt,)
        args = ("--db", db, "export", "--format", *as_cli, "--tag", "SCO")

        written = cli(*args, "-o", target)
        printed = cli(*args)

        assert written.code == printed.code == 0
        assert target.read_bytes() == slow(rows, fmt)
        assert printed.out.encode() == slow(rows, fmt)


async def test_bot_export_of_filters_writes_the_same_file(
    engine_store: Store, tmp_path: Path
) -> None:
    store = engine_store
    await varied_archive(store)
    query = parse_query("", sources=[FEED.key, "@example_mfa"])
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for fmt in EXPORT_LINE_FORMATS:
        path = tmp_path / f"bot.{fmt}"

        count = await write_export(store, path, query, fmt, now=now, limit=10**6)

        flt = ExportFilter(sources=query.sources)  # copies included, as the bot exports
        assert count == 4
        # What the bot wrote before: the writers over the store's async row stream.
        assert path.read_bytes() == slow([r async for r in store.iter_posts(flt)], fmt)


SEARCHES = [
    parse_query("ministers"),  # a post and its copy: copies included
    parse_query("SCO OR CIS OR formula"),
    parse_query("ministers", tags=["SCO"], since="2024-03-02"),
    parse_query("statement", sources=[NO_USERNAME.key]),
    parse_query('"SCO ministers" -nothing'),
    parse_query("nothing"),
]


async def _paged(store: Store, query: SearchQuery) -> list[ExportRow]:
    """Every match as a search's pages give them (what a search's export read before)."""
    rows: list[ExportRow] = []
    while hits := await store.search(query, limit=2, offset=len(rows), include_duplicates=True):
        rows += [h.row for h in hits]
    return rows


@pytest.mark.parametrize("fmt", sorted(EXPORT_LINE_FORMATS))
async def test_a_search_export_is_every_match_newest_first_read_in_one_pass(
    engine_store: Store, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search's export (the bot's /export with words, the web's download) reads its
    matches once, through one cursor: the same posts in the same order as the search's pages
    (newest first, copies included), and the lines byte for byte the writers'."""
    store = engine_store
    await varied_archive(store)
    expected = [await _paged(store, query) for query in SEARCHES]
    assert [len(rows) for rows in expected] == [2, 4, 1, 1, 2, 0]

    async def no_paging(*args: object, **kw: object) -> None:
        raise AssertionError("a search's export pages through the search")

    monkeypatch.setattr(store, "search", no_paging)
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for query, rows in zip(SEARCHES, expected, strict=True):
        assert [r async for r in store.iter_matches(query)] == rows, query.text
        assert await asyncio.to_thread(lambda q=query: _match_lines(store, q, fmt)) == slow(
            rows, fmt
        )
        path = tmp_path / f"search.{fmt}"
        assert await write_export(store, path, query, fmt, now=now, limit=10**6) == len(rows)
        assert path.read_bytes() == slow(rows, fmt), query.text
        md = tmp_path / "search.md"  # a format written from rows: the same posts, once
        assert await write_export(store, md, query, "md", now=now, limit=10**6) == len(rows)


def _match_lines(store: Store, query: SearchQuery, fmt: str) -> bytes:
    out = io.BytesIO()
    write_lines(store.read_match_lines(query, fmt), out, fmt)
    return out.getvalue()


def test_a_search_export_streams_through_the_date_index_without_sorting(tmp_path: Path) -> None:
    """SQLite's plan of a search's export walks the posts newest first through the date index
    and looks each id up among the matches: no sort (which would read every match before
    the first line, and hold them all), whatever the filters."""
    from tg_archiver.archive.store.readers import _newest_matches_first
    from tg_archiver.archive.store.rows import ROW_COLUMNS

    db = tmp_path / "archive.db"
    asyncio.run(_built(db))
    queries = [
        parse_query("ministers"),
        parse_query("ministers", tags=["SCO"]),
        parse_query("ministers", sources=[CHANNEL.key], since="2024-03-02", until="2024-03-05"),
        parse_query("SCO OR CIS -formula", tags=["SCO", "CIS"]),
    ]
    with sqlite3.connect(db) as conn:
        for query in queries:
            sql, params = _newest_matches_first(ROW_COLUMNS, query)
            plan = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            assert plan[0].startswith(
                (
                    "SCAN posts USING INDEX posts_by_published",
                    "SEARCH posts USING INDEX posts_by_published",
                )
            ), plan
            assert not any("TEMP B-TREE" in step for step in plan), (query.text, plan)
    conn.close()


async def _built(db: Path) -> None:
    async with await Store.open(db) as store:
        await varied_archive(store)


@pytest.mark.parametrize("fmt", ["jsonl", "md"])
async def test_an_export_to_a_temporary_file_stops_at_its_flag_and_leaves_nothing(
    store: Store, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The web app's download sets the flag when its client goes (or the server stops): the
    writing stops at its next batch and the file's folder is removed."""
    await varied_archive(store)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    stop = StopFlag()
    stop.set()
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for query in (parse_query(""), parse_query("ministers")):
        with pytest.raises(Interrupted):
            await export_to_temp(store, query, fmt, now=now, limit=10**6, stop=stop)
        assert list(temporary.iterdir()) == []


def test_write_lines_raises_what_the_reading_raised() -> None:
    def chunks() -> Iterator[tuple[int, bytes]]:
        yield 1, b"one\n"
        raise sqlite3.OperationalError("disk I/O error")

    out = io.BytesIO()
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        write_lines(chunks(), out, "jsonl")
    assert out.getvalue() == b"one\n"


def test_write_lines_closes_the_reading_when_the_writing_stops() -> None:
    read: list[int] = []
    closed: list[bool] = []

    def chunks() -> Iterator[tuple[int, bytes]]:
        try:
            for i in range(1000):
                read.append(i)
                yield 1, b"%d\n" % i
        finally:
            closed.append(True)

    class Full(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            if self.tell() > 10:
                raise BrokenPipeError
            return super().write(data)

    with pytest.raises(BrokenPipeError):
        write_lines(chunks(), Full(), "csv")
    assert closed == [True]
    assert len(read) < 1000  # read ahead a few batches, not to the end
