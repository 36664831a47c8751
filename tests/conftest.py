"""Shared fixtures: real SQLite archives in tmp_path, real files, the real CLI."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pg_server import pg_server, pg_url  # noqa: F401  (fixtures: a real PostgreSQL server)

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.models import Forward, Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import IngestReport, Store
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.cli import main

TOPICS = TopicAliases.from_mapping(
    {"SCO": ["#ШОС", "Shanghai Cooperation Organisation"], "CIS": ["#СНГ"]}
)
OPTIONS = PipelineOptions(topics=TOPICS)
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
CHANNEL = SourceRef(kind="telegram", key="1500000001", title="Example MFA", username="example_mfa")


def make_post(
    external_id: str | int,
    text: str,
    *,
    source: SourceRef = CHANNEL,
    day: int = 1,
    forwarded_from: Forward | None = None,
    **fields: object,
) -> Post:
    return Post(
        source=source,
        external_id=str(external_id),
        published_at=datetime(2024, 3, day, 9, 0, tzinfo=UTC),
        text=text,
        forwarded_from=forwarded_from,
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """pytest-httpserver's server, on the loopback address only."""
    return ("127.0.0.1", 0)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client, as the feed fetcher and the poller are given one."""
    async with httpx.AsyncClient() as client:
        yield client


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "archive.db")
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def engine_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A fresh, empty archive on each engine: a SQLite file, a PostgreSQL database of the
    test's own (tests/pg_server.py), for the parts of the store both engines have."""
    where: Path | PostgresUrl = tmp_path / "archive.db"
    if request.param == "postgresql":
        where = PostgresUrl(request.getfixturevalue("pg_url"))
    s = await Store.open(where)
    try:
        yield s
    finally:
        await s.close()


async def ingest(store: Store, *posts: Post, now: datetime = NOW) -> IngestReport:
    async with store.transaction():
        return await store.ingest((prepare(p, OPTIONS) for p in posts), now=now)


async def found_ids(store: Store, text: str, **options: Any) -> set[int]:
    """The posts ``store``'s search for ``text`` finds (20 at most), by their external ids
    (``make_post``'s numbers)."""
    hits = await store.search(parse_query(text), limit=20, **options)
    return {int(h.row.external_id) for h in hits}


async def limit_pages(store: Store, extra: int) -> None:
    """Let the archive grow by at most ``extra`` pages (0: not at all): a full disk.

    Past ``PRAGMA max_page_count`` SQLite answers SQLITE_FULL ("database or disk is full"),
    the same result a file system out of space gives.
    """
    async with store._db.execute("PRAGMA page_count") as cursor:
        row = await cursor.fetchone()
    assert row is not None
    await store._db.execute(f"PRAGMA max_page_count = {int(row[0]) + extra}")


async def unlimit_pages(store: Store) -> None:
    """Space is back."""
    await store._db.execute("PRAGMA max_page_count = 4294967294")


def write_archive(db: Path, *posts: Post) -> Path:
    """An archive file holding ``posts``, checkpointed so that a copy of the file alone is whole.

    Modules that throw input at a seeded archive build one with it in a module-scoped
    ``template`` fixture; the ``db`` fixture below gives each test its own copy.
    """

    async def seed() -> None:
        store = await Store.open(db)
        try:
            await ingest(store, *posts)
        finally:
            await store.close()

    asyncio.run(seed())
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    """A copy of the requesting module's ``template`` archive (see :func:`write_archive`)."""
    path = tmp_path / "archive.db"
    shutil.copy(template, path)
    return path


def dump(db: Path) -> list[str]:
    """Every row of every table, as SQL: two equal dumps mean two equal archives."""
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run the real command line in-process: ``cli("--db", path, "stats")``."""

    def run(*args: object) -> CliResult:
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # argparse's usage errors
            code = int(e.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def export_row(n: int, text: str = "Statement on cooperation.", **changes: object) -> ExportRow:
    """A row as the store gives it to digests and exports; ``changes`` override fields."""
    values: dict[str, object] = {
        "id": n,
        "source": "mfa",
        "source_kind": "telegram",
        "source_title": "Example MFA",
        "external_id": str(n),
        "url": f"https://t.me/example_mfa/{n}",
        "title": None,
        "published_at": datetime(2024, 3, 4, 9, 0, tzinfo=UTC) + timedelta(minutes=n),
        "edited_at": None,
        "forwarded_from": None,
        "text": text,
        "tags": ("SCO",),
        "duplicate_of": None,
        "media": (),
    }
    values.update(changes)
    return ExportRow(**values)  # type: ignore[arg-type]


def channel_post(n: int, text: str, source: str, at: datetime) -> ExportRow:
    """:func:`export_row` of post ``n`` of channel ``source`` (its title and link the
    channel's name) published ``at``."""
    return export_row(
        n, text, source=source, source_title=source, url=f"https://t.me/{source}/{n}",
        published_at=at,
    )  # fmt: skip


class Clock:
    """A clock the test moves by hand: call it for the wall time (``now``); ``monotonic`` and
    ``sleep`` stand in for time.monotonic and asyncio.sleep (a sleep moves only the monotonic
    time, and is recorded in ``sleeps``)."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.mono = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def monotonic(self) -> float:
        return self.mono

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.mono += seconds


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="tg-archiver-test-", dir="/tmp"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for p in [path, *path.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(path)
