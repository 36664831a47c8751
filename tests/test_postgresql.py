"""An archive on a real PostgreSQL server (tests/pg_server.py): selecting it by URL, its
schema and migrations, its transactions, what the user sees when the server is not there or
refuses, and the parts not built yet refusing in one line."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from conftest import CliResult
from pg_server import PgServer

from tg_archiver.archive.config import load_config
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import InputError, NotYetSupported, StorageError
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.connection_pg import migrations

ROOT = Path(__file__).resolve().parent.parent
TABLES = {
    "sources", "posts", "post_versions", "tags", "post_tags", "post_bands", "post_signatures",
    "post_unlinks", "feed_state", "imported_files", "subscriptions", "digest_deliveries",
    "alerts", "alert_sends", "media_files", "post_media", "schema_migrations",
}  # fmt: skip


def with_password(url: str, password: str, user: str = "postgres") -> str:
    return url.replace("postgresql://postgres@", f"postgresql://{user}:{password}@", 1)


async def fetch(url: str, sql: str, *args: object) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def test_opening_applies_the_schema_once_and_records_it(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        assert store.engine == "postgresql"
        assert store.applied_on_open == [name for _, (name, _) in sorted(migrations().items())]
        assert await store.schema_version() == max(migrations())
    tables = {
        r[0]
        for r in await fetch(pg_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    assert tables >= TABLES
    views = {
        r[0]
        for r in await fetch(pg_url, "SELECT viewname FROM pg_views WHERE schemaname = 'public'")
    }
    assert {"posts_readable", "post_history"} <= views
    async with await Store.open(PostgresUrl(pg_url)) as again:
        assert again.applied_on_open == []  # recorded: each file once
    recorded = await fetch(pg_url, "SELECT version, name FROM schema_migrations")
    assert [(r[0], r[1]) for r in recorded] == [
        (v, n) for v, (n, _) in sorted(migrations().items())
    ]


async def test_two_services_opening_a_new_database_at_once_apply_it_once(pg_url: str) -> None:
    a, b = await asyncio.gather(Store.open(PostgresUrl(pg_url)), Store.open(PostgresUrl(pg_url)))
    try:
        # Each migration applied once, by one or the other, in order.
        assert sorted(a.applied_on_open + b.applied_on_open) == sorted(
            n for n, _ in migrations().values()
        )
        assert not set(a.applied_on_open) & set(b.applied_on_open)
    finally:
        await a.close()
        await b.close()


async def test_an_archive_of_a_newer_tg_archiver_is_refused(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)):
        pass
    conn = await asyncpg.connect(pg_url)
    await conn.execute("INSERT INTO schema_migrations VALUES (9999, '9999_future.sql', 'x')")
    await conn.close()
    with pytest.raises(InputError, match="newer tg-archiver"):
        await Store.open(PostgresUrl(pg_url))


async def test_a_failed_step_rolls_back_whole_and_tells_the_caches(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        forgotten: list[bool] = []
        store._engine.on_rollback(lambda: forgotten.append(True))
        with pytest.raises(asyncpg.UniqueViolationError):
            async with store.transaction():
                await store._engine.db.execute(
                    "INSERT INTO tags (name, key) VALUES ('SCO', 'sco'), ('ШОС', 'sco')"
                )
        assert forgotten == [True]
        assert await fetch(pg_url, "SELECT * FROM tags") == []
        async with store.transaction():  # the connection is usable again
            await store._engine.db.execute("INSERT INTO tags (name, key) VALUES ('SCO', 'sco')")
    assert len(await fetch(pg_url, "SELECT * FROM tags")) == 1


async def test_full_text_follows_each_post_s_language(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)):
        pass
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.execute(
            "INSERT INTO sources (kind, key, created_at) VALUES ('import', 'x', 't');"
            "INSERT INTO posts (source_id, external_id, published_at, raw_text, clean_text,"
            " content_hash, ingested_at, search_config) VALUES"
            " (1, '1', 't', 'r', 'Лавров обсудил новые санкции с партнёрами по ШОС', 'h1', 't',"
            " 'russian'),"
            " (1, '2', 't', 'r', 'The summits of the organisations were held in Kazan', 'h2', 't',"
            " 'english')"
        )

        async def hits(config: str, query: str) -> list[str]:
            rows = await conn.fetch(
                "SELECT external_id FROM posts WHERE search_vector @@"
                " websearch_to_tsquery($1::regconfig, $2) ORDER BY id",
                config,
                query,
            )
            return [r[0] for r in rows]

        assert await hits("russian", "санкций") == ["1"]  # another form of the same word
        assert await hits("english", "summit organisation") == ["2"]
        assert await hits("russian", "summit") == ["2"]  # Latin words: the English stemmer
        assert await hits("english", '"held in Kazan" -Moscow') == ["2"]
    finally:
        await conn.close()


def test_the_config_and_db_select_postgresql_by_url(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[archive]\ndatabase = "postgresql://bob:s3cret@db.example/archive"\n')
    loaded = load_config(config)
    assert isinstance(loaded.database, PostgresUrl)
    assert loaded.database.url == "postgresql://bob:s3cret@db.example/archive"
    assert "s3cret" not in f"{loaded.database} {loaded.database!r} {loaded!r}"
    config.write_text('[archive]\ndatabase = "archive.db"\n')
    assert load_config(config).database == tmp_path / "archive.db"  # a file, as it always was


def test_migrate_through_the_cli_and_a_part_not_yet_built_refusing_in_one_line(
    pg_url: str, cli: Callable[..., CliResult]
) -> None:
    url = with_password(pg_url, "s3cret-pw")  # trusted locally: the password is not checked
    r = cli("--db", url, "migrate")
    assert r.code == 0, r.err
    assert "applied 0001_init.sql" in r.out and "s3cret-pw" not in r.out + r.err
    assert f"schema version {max(migrations())}, up to date" in r.out
    r = cli("--db", url, "stats")
    assert r.code == 0, r.err
    assert "posts       0 (0 copies linked to an original)" in r.out
    assert "archive     postgresql://postgres:***@/" in r.out and "s3cret-pw" not in r.out
    r = cli("--db", url, "media", "stats")  # media are built for PostgreSQL too
    assert r.code == 0, r.err
    assert "files         0, 0.0 MiB" in r.out and "s3cret-pw" not in r.out
    r = cli("--db", url, "relink")  # and relink
    assert r.code == 0, r.err
    assert "Traceback" not in r.err and "s3cret-pw" not in r.err + r.out


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        ("no server", "cannot reach the PostgreSQL server"),
        ("no database", "has no database for the archive"),
        ("no such role", "refused the login"),
    ],
)
def test_a_server_that_is_not_there_or_refuses_is_one_line_without_the_password(
    pg_server: PgServer, tmp_path: Path, cli: Callable[..., CliResult], problem: str, said: str
) -> None:
    url = with_password(pg_server.url("postgres"), "s3cret-pw")
    if problem == "no server":
        url = f"postgresql://bob:s3cret-pw@/archive?host={tmp_path}"  # a folder with no socket
    elif problem == "no database":
        url = url.replace("/postgres?", "/no_such_archive?")
    else:
        url = with_password(pg_server.url("postgres"), "s3cret-pw", user="ghost")
    r = cli("--db", url, "migrate")
    assert r.code == 1
    assert r.err.startswith("tg-archiver: error: ") and r.err.count("\n") == 1, r.err
    assert said in r.err and "s3cret-pw" not in r.err and "Traceback" not in r.err


def test_without_asyncpg_a_postgresql_archive_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['asyncpg'] = None; from tg_archiver.cli import main;"
        " sys.exit(main(['--db', 'postgresql://bob:s3cret-pw@/archive', 'stats']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        "tg-archiver: error: the archive postgresql://bob:***@/archive is on PostgreSQL,"
        " which needs the asyncpg package: pip install 'tg-archiver[postgresql]'"
    ]


async def test_library_callers_get_one_clear_error_for_parts_not_built(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        with pytest.raises(NotYetSupported, match="not yet supported on a PostgreSQL"):
            _ = store.conn  # SQLite's connection, which the parts not built there ask for


async def test_a_database_that_cannot_lower_case_cyrillic_is_refused(pg_server: PgServer) -> None:
    pg_server.admin_sql(
        "CREATE DATABASE tg_c_locale TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    )
    with pytest.raises(InputError, match="cannot lower-case Cyrillic"):
        await Store.open(PostgresUrl(pg_server.url("tg_c_locale")))
    tables = await fetch(
        pg_server.url("tg_c_locale"), "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    )
    assert tables == []  # refused before anything was made


async def test_stats_top_tags_and_versions_read_the_same_rows_as_on_sqlite(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        db = store._engine.db
        await db.execute(
            "INSERT INTO sources (kind, key, created_at) VALUES ('telegram', '1', 't'),"
            " ('feed', 'https://x', 't');"
            "INSERT INTO posts (id, source_id, external_id, published_at, raw_text, clean_text,"
            " content_hash, ingested_at, duplicate_of, duplicate_kind, deleted_at) VALUES"
            " (1, 1, '1', '2024-03-01T09:00:00Z', 'v2', 'v2', 'a', 't', NULL, NULL, NULL),"
            " (2, 2, 'g', '2024-03-02T09:00:00Z', 'v2', 'v2', 'a', 't', 1, 'exact', NULL),"
            " (3, 1, '3', '2024-03-03T09:00:00Z', 'c', 'c', 'c', 't', NULL, NULL, 'x');"
            "INSERT INTO tags (id, name, key) VALUES (1, 'SCO', 'sco'), (2, 'BRICS', 'brics'),"
            " (3, 'CIS', 'cis');"
            "INSERT INTO post_tags VALUES (1, 1, 'hashtag'), (2, 1, 'hashtag'),"
            " (3, 1, 'rule'), (3, 2, 'rule'), (1, 3, 'rule');"
            "INSERT INTO post_versions (post_id, version, raw_text, clean_text, edited_at,"
            " recorded_at) VALUES (1, 1, 'v1', 'v1', NULL, 't0')"
        )
        s = await store.stats()
        assert (s.posts, s.duplicates, s.deleted, s.tags, s.versions) == (3, 1, 1, 3, 4)
        assert s.sources == {"telegram": 1, "feed": 1}
        assert s.first_post is not None and s.first_post.day == 1
        assert s.last_post is not None and s.last_post.day == 3
        assert s.database_bytes > 0
        # The copy (post 2) is left out; ties by name.
        assert await store.top_tags(limit=10) == [("SCO", 2), ("BRICS", 1), ("CIS", 1)]
        since = datetime(2024, 3, 2, tzinfo=UTC)
        assert await store.top_tags(limit=1, since=since) == [("BRICS", 1)]
        assert await store.post_versions(1) == [(1, "v1", None), (2, "v2", None)]


async def test_a_connection_the_server_drops_fails_its_step_whole_and_the_next_reconnects(
    pg_url: str,
) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        db = store._engine.db
        pid = await db.fetchval("SELECT pg_backend_pid()")
        other = await asyncpg.connect(pg_url)
        try:
            with pytest.raises(StorageError, match="rolled back, the archive is as it was"):
                async with store.transaction():
                    await db.execute("INSERT INTO tags (name, key) VALUES ('SCO', 'sco')")
                    await other.fetchval("SELECT pg_terminate_backend($1)", pid)
                    # Until the server has ended it and this client has read that, the next
                    # statement may race the news (asyncpg's "another operation in progress").
                    while (
                        await other.fetchval(
                            "SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid
                        )
                        or not db.is_closed()
                    ):
                        await asyncio.sleep(0.01)
                    await db.execute("INSERT INTO tags (name, key) VALUES ('CIS', 'cis')")
        finally:
            await other.close()
        assert await fetch(pg_url, "SELECT * FROM tags") == []
        async with store.transaction():  # a new connection: the service goes on
            await store._engine.db.execute("INSERT INTO tags (name, key) VALUES ('CIS', 'cis')")
    assert [r[0] for r in await fetch(pg_url, "SELECT key FROM tags")] == ["cis"]


async def test_a_connection_the_server_drops_between_steps_is_made_again_for_the_next(
    pg_url: str,
) -> None:
    # Dropped while idle: the next step reconnects. (When the client has not read the news
    # yet, the step's BEGIN itself fails: a hunt saw that traceback stopping the server
    # mid-copy, 3 runs in 9; that step now reconnects too. The race is not forced here.)
    async with await Store.open(PostgresUrl(pg_url)) as store:
        db = store._engine.db
        pid = await db.fetchval("SELECT pg_backend_pid()")
        other = await asyncpg.connect(pg_url)
        try:
            await other.fetchval("SELECT pg_terminate_backend($1)", pid)
            while await other.fetchval("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid):
                await asyncio.sleep(0.01)
        finally:
            await other.close()
        async with store.transaction():
            await store._engine.db.execute("INSERT INTO tags (name, key) VALUES ('SCO', 'sco')")
    assert [r[0] for r in await fetch(pg_url, "SELECT key FROM tags")] == ["sco"]
