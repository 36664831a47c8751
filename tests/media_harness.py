"""What the media tests share: a downloader over the harness's Telegram, and the rows and
files it leaves in the archive, on either engine (``store`` a SQLite file or a PostgreSQL
database; a PostgreSQL archive's media folder is ``<database>.media`` in the current folder,
which the tests make their ``tmp_path``)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from telegram_harness import FakeTelegram

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles, relative_path
from tg_archiver.archive.store import Store
from tg_archiver.bot.media import MediaDownloader

MEDIA_ROWS = (
    "SELECT posts.external_id, post_media.position, post_media.kind, post_media.state,"
    " post_media.reason, post_media.sha256 FROM post_media"
    " JOIN posts ON posts.id = post_media.post_id ORDER BY posts.id, position"
)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def media_dir(store: Store) -> Path:
    """The store's media folder, as the service and the CLI find it (no ``[media] folder``)."""
    return MediaConfig().folder_for(store.where).resolve()


def downloader(
    store: Store, tg: FakeTelegram, sleep: Sleeps, rules: MediaConfig | None = None
) -> MediaDownloader:
    return MediaDownloader(
        store,
        tg,
        rules or MediaConfig(),
        files=LocalMediaFiles(media_dir(store)),
        clock=lambda: NOW,
        sleep=sleep,
    )


async def query(store: Store, sql: str) -> list[tuple[Any, ...]]:
    """Committed rows of ``sql`` (no parameters: the same text on both engines)."""
    return [tuple(r) for r in await store.connection.read_all(sql)]


async def media_rows(store: Store) -> list[tuple[Any, ...]]:
    return await query(store, MEDIA_ROWS)


async def count_posts(store: Store) -> int:
    return int((await query(store, "SELECT count(*) FROM posts"))[0][0])


def stored_file(store: Store, sha256: str) -> bytes:
    return (media_dir(store) / relative_path(sha256)).read_bytes()


def rows_at(db: Path | str, sql: str) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` in the archive at ``db`` (a file, or a PostgreSQL URL), from a test
    that has no event loop of its own (the CLI's tests)."""
    if isinstance(db, Path):
        with sqlite3.connect(db) as conn:
            return conn.execute(sql).fetchall()

    async def go() -> list[tuple[Any, ...]]:
        import asyncpg

        conn = await asyncpg.connect(db)
        try:
            return [tuple(r) for r in await conn.fetch(sql)]
        finally:
            await conn.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, go()).result()


def media_dir_at(db: Path | str) -> Path:
    """The media folder of the archive at ``db`` (see :func:`media_dir`)."""
    where = db if isinstance(db, Path) else PostgresUrl(db)
    return MediaConfig().folder_for(where).resolve()


ENGINES = ["sqlite", "postgresql"]


def archive_target(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path | str:
    """The archive of a test, on each engine: a SQLite file, or a PostgreSQL database whose
    media folder is ``<database>.media`` in the current folder (made ``tmp_path``)."""
    monkeypatch.chdir(tmp_path)
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return tmp_path / "archive.db"
