"""`tg-archiver copy` between engines, through the real CLI: a real SQLite file and a real
PostgreSQL server (tests/pg_server.py). Every table a user's data lives in moves with its
ids, a copy that was stopped goes on, a target holding anything else is refused."""

from __future__ import annotations

import asyncio
import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import asyncpg
import pytest
from conftest import CliResult, ingest, make_post

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.store import Store
from tg_archiver.archive.store import copy as copy_module
from tg_archiver.archive.store.copy import TABLES
from tg_archiver.archive.store.copy_lock import PG_HOLD
from tg_archiver.archive.store.copy_sides import PgSide, SqliteSide

STATEMENT = (
    "Foreign Minister Sergey Lavrov held talks with the Secretary-General of the Shanghai"
    " Cooperation Organisation on preparations for the summit in Astana next month #SCO"
)
RUSSIAN = (
    "Министр иностранных дел Сергей Лавров провёл переговоры с Генеральным секретарём ШОС"
    " о подготовке саммита в Астане в следующем месяце #ШОС"
)


def seed(db: Path, posts: int = 12) -> None:
    """An archive using every table: posts (edited, tagged, exact and near copies, a copy
    whose original came later and has the larger id), and the service's state."""

    async def go() -> None:
        async with await Store.open(db) as store:
            # Published later, stored first: the earlier copy stored after it becomes the
            # root, so post 1 is a copy of post 2 (a link to a larger id).
            await ingest(store, make_post(1, STATEMENT, day=5))
            await ingest(store, make_post(2, STATEMENT + " Details follow.", day=2))
            await ingest(store, make_post(3, RUSSIAN, day=3, title="Переговоры"))
            await ingest(store, make_post(3, RUSSIAN + " Обновлено.", day=3, title="Переговоры"))
            for n in range(4, 4 + posts):
                await ingest(store, make_post(n, f"Statement {n} on cooperation in Asia.", day=4))

    asyncio.run(go())
    with sqlite3.connect(db) as conn:
        conn.executescript(
            """
            INSERT INTO subscriptions (chat_id, topic, schedule_kind, weekday, time, timezone,
                                       created_by, created_at)
                VALUES (-1001234567890, 'ШОС', 'weekly', 2, '09:00', 'Europe/Moscow', 42,
                        '2024-03-01T10:00:00Z');
            INSERT INTO digest_deliveries VALUES
                ('daily', 'console', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', 2, 1,
                 '["<b>один</b>", "two"]', '[11]', '2024-03-02T00:00:05Z', NULL),
                ('Ёжик', '-100777', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', 1, 1,
                 '["x"]', '[12]', '2024-03-02T00:00:05Z', '2024-03-02T00:00:06Z');
            INSERT INTO feed_state VALUES ('https://example.org/feed.xml', 'W/"1"', NULL,
                '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0, NULL, NULL);
            INSERT INTO imported_files VALUES ('/data/экспорт/result.json', 123,
                1700000000123456789, '2024-03-02T00:00:00Z', '{"photos":"0f1e"}', NULL),
                ('/data/dump.txt', 45, 1700000000123456790, '2024-03-02T00:00:00Z', NULL,
                 '3 ab12cd34ef56ab78');
            INSERT INTO alerts (chat, query, origin, created_by, created_at, after_post)
                VALUES ('-100777', 'Лавров', 'chat', 42, '2024-03-01T10:00:00Z', 3);
            INSERT INTO alert_sends VALUES (1, 3, '<b>Лавров</b>', 99, '2024-03-03T09:00:01Z');
            INSERT INTO media_files VALUES (
                'aaaa000000000000000000000000000000000000000000000000000000000001', 2048,
                'image/jpeg', '2024-03-02T00:00:00Z');
            INSERT INTO post_media VALUES (3, 0, 'photo', 'a.jpg', 2048, 'image/jpeg', 640, 480,
                NULL, 'kept', NULL,
                'aaaa000000000000000000000000000000000000000000000000000000000001', 3, 'tgf1',
                NULL, '2024-03-02T00:00:00Z'),
                (3, 1, 'video', 'b.mp4', 9999, 'video/mp4', NULL, NULL, 12.5, 'skipped',
                 'larger than max_mb', NULL, 3, NULL, NULL, '2024-03-02T00:00:00Z');
            INSERT INTO post_media_replaced VALUES (7, 3, 0, 'photo', NULL, 1024, 'image/jpeg',
                640, 480, NULL, 'kept', NULL,
                'aaaa000000000000000000000000000000000000000000000000000000000001', 3, 'tgf0',
                NULL, '2024-03-01T12:00:00Z', '2024-03-02T00:00:00Z');
            INSERT INTO post_unlinks VALUES (5, '2024-03-03T00:00:00Z', 4, 'near');
            """
        )


def rows_of(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every copied table's rows in key order (the engines' own columns left out)."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table, keys in TABLES:
            out[table] = conn.execute(
                f"SELECT * FROM {table} ORDER BY {', '.join(keys)}"
            ).fetchall()
    return out


async def pg_fetch(url: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


def test_a_round_trip_sqlite_postgresql_sqlite_keeps_every_row(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    seed(first)
    there = cli("--db", first, "copy", "--to", pg_url)
    assert there.code == 0, there.err
    assert "copy posts: 15 rows" in there.err
    assert "verified 17 tables" in there.out
    # The ids, links and sequences there: post 1 is a copy of the later-stored post 2.
    posts = asyncio.run(pg_fetch(pg_url, "SELECT id, duplicate_of, search_config FROM posts"))
    assert {r["id"]: r["duplicate_of"] for r in posts}[1] == 2
    assert {r["id"]: str(r["search_config"]) for r in posts}[3] == "russian"
    mark = asyncio.run(pg_fetch(pg_url, "SELECT to_regclass('copy_in_progress') AS t"))
    assert mark[0]["t"] is None  # whole and verified: the mark is gone

    returned = cli("--db", back, "copy", "--from", pg_url)
    assert returned.code == 0, returned.err
    assert rows_of(back) == rows_of(first)
    for args in (("search", "Лавров"), ("search", "summits"), ("search", "--all", "Astana"),
                 ("export", "--format", "jsonl"), ("stats",), ("tags",)):  # fmt: skip
        a, b = cli("--db", first, *args), cli("--db", back, *args)
        assert (a.code, a.out.replace(str(first), "")) == (b.code, b.out.replace(str(back), ""))
        assert a.out

    # The next post written on PostgreSQL gets a new id, past the copied ones.
    async def one_more() -> int:
        async with await Store.open(PostgresUrl(pg_url)) as store:
            await ingest(store, make_post(99, "A new statement on something else entirely."))
        return max(r["id"] for r in await pg_fetch(pg_url, "SELECT id FROM posts"))

    assert asyncio.run(one_more()) == 16


def test_a_copy_stopped_halfway_goes_on_without_duplicating(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    seed(first, posts=40)
    monkeypatch.setattr(copy_module, "BATCH", 7)
    real_write = SqliteSide.write
    writes = 0

    async def killed_after_two(self: SqliteSide, table: str, *args: object) -> None:
        nonlocal writes
        writes += table == "posts"
        if writes > 2:  # the third batch of posts: the process is gone (Ctrl-C, a kill)
            raise KeyboardInterrupt
        await real_write(self, table, *args)  # type: ignore[arg-type]

    assert cli("--db", first, "copy", "--to", pg_url).code == 0
    monkeypatch.setattr(SqliteSide, "write", killed_after_two)
    stopped = cli("--db", back, "copy", "--from", pg_url)
    assert stopped.code == 130
    with sqlite3.connect(back) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (14,)
    # Another archive cannot take it over: the target is marked as this source's copy.
    other = tmp_path / "other.db"
    seed(other, posts=1)
    refused = cli("--db", back, "copy", "--from", other)
    assert refused.code == 1
    assert "holds an unfinished copy of another archive" in refused.err
    # Nor can anything else use it: it reads as an archive but holds part of one. An import
    # into it made the copy, run again, fail its verification.
    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<rss version='2.0'><channel><title>F</title><item><guid>1</guid>"
        "<description>A statement on the summit</description></item></channel></rss>"
    )
    before = rows_of(back)
    for args in (("import", feed), ("stats",), ("search", "summit"), ("migrate",)):
        used = cli("--db", back, *args)
        assert used.code == 1, args
        assert used.err.startswith(f"tg-archiver: error: {back} holds an unfinished copy of ")
        assert "run the same copy again" in used.err and used.err.count("\n") == 1
    assert rows_of(back) == before

    monkeypatch.setattr(SqliteSide, "write", real_write)
    again = cli("--db", back, "copy", "--from", pg_url)
    assert again.code == 0, again.err
    assert "copy posts: 43 rows, 14 already there" in again.err
    assert "went on from an earlier run" in again.out
    assert rows_of(back) == rows_of(first)


def test_a_target_that_is_not_empty_is_refused_and_left_as_it_was(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    seed(first)
    seed(second, posts=2)
    before = rows_of(second)
    refused = cli("--db", first, "copy", "--to", second)
    assert refused.code == 1
    assert refused.err.count("\n") == 2  # the "copying" line, then the one error
    assert "is not empty" in refused.err and "Traceback" not in refused.err
    assert rows_of(second) == before
    assert cli("--db", first, "copy", "--to", pg_url).code == 0
    again = cli("--db", second, "copy", "--to", pg_url)
    assert again.code == 1 and "is not empty" in again.err


def test_a_bad_url_is_one_line_without_the_password(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    first = tmp_path / "first.db"
    seed(first, posts=1)
    url = f"postgresql://archiver:s3cret@/nodb?host={tmp_path / 'no-server'}"
    result = cli("--db", first, "copy", "--to", url)
    assert result.code == 1
    assert result.err.startswith("tg-archiver: error: cannot reach the PostgreSQL server")
    assert result.err.count("\n") == 1
    assert "s3cret" not in result.err and "***" in result.err
    onto_itself = cli("--db", first, "copy", "--to", first)
    assert onto_itself.code == 1 and "onto itself" in onto_itself.err
    usage = cli("--db", first, "copy")
    assert usage.code == 2


def test_a_missing_source_a_journal_target_and_a_bad_source_url_are_refused(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    first = tmp_path / "first.db"
    seed(first, posts=1)
    before = rows_of(first)
    # --from a typo made an empty archive there and "copied 0 rows ... equal".
    missing = cli("--db", first, "copy", "--from", tmp_path / "typo.db")
    assert missing.code == 1 and missing.err.strip().endswith(
        f"no archive at {tmp_path / 'typo.db'}"
    )
    assert not (tmp_path / "typo.db").exists()
    # --to the archive's -wal "copied ... verified", and SQLite deleted it at close.
    wal = cli("--db", first, "copy", "--to", f"{first}-wal")
    assert wal.code == 1 and "journal file's name" in wal.err
    # --from a bad URL was a traceback (argparse's own, for a value it could not read).
    for url in ("postgresql://u:PW1@h:abc/db", "mysql://u:PW1@h/db"):
        bad = cli("--db", first, "copy", "--from", url)
        assert bad.code == 2 and "Traceback" not in bad.err and "PW1" not in bad.err
    assert rows_of(first) == before


def test_a_copy_refused_before_its_first_row_leaves_no_new_target(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # The target was made (an empty archive) before the source was found to hold a table
    # this version cannot copy, and left behind.
    first = tmp_path / "first.db"
    seed(first, posts=1)
    with sqlite3.connect(first) as conn:
        conn.execute("CREATE TABLE from_a_newer_version (x)")
    target = tmp_path / "copy.db"

    refused = cli("--db", first, "copy", "--to", target)

    assert refused.code == 1 and "a table this version cannot copy" in refused.err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy.db")) == []


def test_the_copy_knows_every_table_of_both_schemas(tmp_path: Path, pg_url: str) -> None:
    async def tables() -> tuple[set[str], set[str]]:
        async with (
            await Store.open(tmp_path / "a.db") as lite,
            await Store.open(PostgresUrl(pg_url)) as pg,
        ):
            from tg_archiver.archive.store.copy_sides import side_of

            return await side_of(lite.connection).tables(), await side_of(pg.connection).tables()

    lite, pg = asyncio.run(tables())
    mine = {t for t, _ in TABLES}
    own = {
        "schema_migrations",
        "search_stems_fill",
        "search_analyser",
        "search_forms_refill",
        "versions_trim",
        "clean_once",
    }
    words = {"search_words", "search_words_pending"}  # SQLite's word list, made from the posts
    words.add("live_spool_applied")  # and the record of its live spool, the file beside it
    apart = {"rules_applied"}  # copied over the target's own at the end (store/rules_state.py)
    assert {t for t in lite if not t.startswith(("posts_fts", "sqlite_"))} - own - words == (
        mine | apart
    )
    assert pg - own == mine | apart


def test_a_copy_into_postgresql_stopped_halfway_goes_on_without_duplicating(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.db"
    seed(first, posts=40)
    monkeypatch.setattr(copy_module, "BATCH", 5)
    real_write = PgSide.write
    writes = 0

    async def killed_after_three(self: PgSide, table: str, *args: object) -> None:
        nonlocal writes
        writes += table == "post_bands"
        if writes > 3:  # posts are all there, their band keys half-way
            raise KeyboardInterrupt
        await real_write(self, table, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(PgSide, "write", killed_after_three)
    assert cli("--db", first, "copy", "--to", pg_url).code == 130
    count = "SELECT count(*) AS n FROM post_bands"
    assert asyncio.run(pg_fetch(pg_url, count))[0]["n"] == 15
    for args in (("stats",), ("search", "summit")):  # nothing else may use the half-made copy
        used = cli("--db", pg_url, *args)
        assert used.code == 1 and "holds an unfinished copy of " in used.err, args
        assert f"copy of {first}:" in used.err and "Traceback" not in used.err
    monkeypatch.setattr(PgSide, "write", real_write)
    again = cli("--db", first, "copy", "--to", pg_url)
    assert again.code == 0, again.err
    assert "rows, 15 already there" in again.err and "verified 17 tables" in again.out
    with sqlite3.connect(first) as conn:
        bands = conn.execute(count).fetchone()[0]
    assert asyncio.run(pg_fetch(pg_url, count))[0]["n"] == bands


def test_a_second_copy_into_a_target_another_copy_is_writing_is_refused_in_one_line(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # Two `copy --to dst.db` at once: both took the target's mark for their own and the
    # second ended in `UNIQUE constraint failed: posts.id`.
    source, target = tmp_path / "src.db", tmp_path / "dst.db"
    seed(source, posts=30)
    assert cli("--db", target, "migrate").code == 0  # an empty archive: the first waits on it
    command = [sys.executable, "-m", "tg_archiver", "--db", str(source), "copy", "--to"]
    _second_copy_refused(tmp_path, target, [*command, str(target)], [*command, "dst.db"])
    assert rows_of(target) == rows_of(source)


def test_a_second_copy_from_into_an_archive_another_is_writing_is_refused_in_one_line(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # Two `copy --from` into one SQLite archive at once: only `copy --to` held its target,
    # so both took the archive's mark for their own copy and wrote the same rows.
    one, two, target = tmp_path / "one.db", tmp_path / "two.db", tmp_path / "dst.db"
    seed(one, posts=30)
    seed(two, posts=3)
    assert cli("--db", target, "migrate").code == 0
    command = [sys.executable, "-m", "tg_archiver", "--db", "dst.db", "copy", "--from"]
    _second_copy_refused(tmp_path, target, [*command, str(one)], [*command, "two.db"])
    assert rows_of(target) == rows_of(one)
    again = cli("--db", target, "copy", "--from", two)  # the lock went with the first copy
    assert again.code == 1 and "is not empty (1 rows in sources)" in again.err, again.err


def _second_copy_refused(
    tmp_path: Path, target: Path, first_copy: list[str], second_copy: list[str]
) -> None:
    """Two real processes copying into ``target``: the first is held still (its writes wait
    for this test's write lock on the target, and it is stopped) while it holds the target;
    the second runs to its end beside it and is refused in one line, writing nothing; the
    first then ends whole."""
    probe = os.open(target, os.O_RDONLY)  # kept open: closing it would drop this test's lock
    writer = sqlite3.connect(target, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    first = subprocess.Popen(
        first_copy, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        while _free(probe):  # until the first copy holds the target
            assert first.poll() is None, first.communicate()
            time.sleep(0.05)
        first.send_signal(signal.SIGSTOP)
        second = subprocess.run(
            second_copy, cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        writer.execute("ROLLBACK")
    finally:
        first.send_signal(signal.SIGCONT)
        out, err = first.communicate(timeout=300)
        writer.close()
        os.close(probe)

    assert second.returncode == 1
    assert second.stderr == (
        "tg-archiver: error: another copy is writing dst.db: wait for it to end (nothing was"
        " written by this one)\n"
    )
    assert first.returncode == 0, err
    assert b"verified 17 tables" in out
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _free(fd: int) -> bool:
    """No process holds the copy lock of the file open as ``fd`` (archive.store.copy_lock)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def test_a_copy_into_postgresql_another_copy_holds_is_refused_and_writes_nothing(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    source = tmp_path / "src.db"
    seed(source, posts=2)

    async def beside_another_copy() -> CliResult:
        other = await asyncpg.connect(pg_url)  # as another copy's writing connection holds it
        try:
            assert await other.fetchval(PG_HOLD)
            return await asyncio.to_thread(cli, "--db", source, "copy", "--to", pg_url)
        finally:
            await other.close()

    refused = asyncio.run(beside_another_copy())
    assert refused.code == 1
    assert "another copy is writing postgresql://" in refused.err
    assert refused.err.count("\n") == 2  # the "copying" line, then the one error
    assert asyncio.run(pg_fetch(pg_url, "SELECT count(*) FROM posts"))[0][0] == 0
    assert cli("--db", source, "copy", "--to", pg_url).code == 0  # once it has gone
