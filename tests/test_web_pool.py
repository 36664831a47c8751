"""`serve` answers each request on a read-only connection of its own (web/pool.py): concurrent
clients do not queue behind one connection, and serving never blocks the service's writes."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from conftest import CliResult, dump
from web_archive import SUMMITS, seed, serve

from tg_archiver.archive.tags import TopicAliases
from tg_archiver.web.app import create_app
from tg_archiver.web.pool import ReaderPool


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed(tmp_path_factory.mktemp("pool") / "archive.db")


def _connections_to(pid: int, db: Path) -> int:
    """How many open files of process ``pid`` are the archive itself (one per connection)."""
    fds = Path(f"/proc/{pid}/fd")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(db.resolve()))


def test_concurrent_requests_are_answered_on_several_readers(
    template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    before = dump(db)
    with serve(db, "--readers", "1") as one:
        single = _connections_to(one.process.pid, db)
    with serve(db, "--readers", "3") as s:
        assert _connections_to(s.process.pid, db) == single + 2
        paths = [f"/?q=round+{n}" for n in range(SUMMITS)] + ["/post/31", "/topic/SCO"] * 4

        def get(path: str) -> httpx.Response:
            return httpx.get(s.url + path, timeout=60)

        with ThreadPoolExecutor(max_workers=8) as pool, sqlite3.connect(db, timeout=0.5) as conn:
            pending = pool.map(get, paths)  # every request sent at once
            # A writer commits while they are answered: the readers never hold it up.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE sources SET title = title WHERE id = 1")
            conn.commit()
            answers = list(pending)
        assert [r.status_code for r in answers] == [200] * len(paths)
        for n, r in enumerate(answers[:SUMMITS]):
            # each search page is its own request's answer, not another's
            assert f"item {n} of the agenda" in r.text.replace("<mark>", "").replace("</mark>", "")
        assert all("Astana" in r.text for r in answers[SUMMITS::2])
    assert dump(db) == before


async def test_a_request_waits_for_a_free_reader_and_never_shares_one(template: Path) -> None:
    pool = await ReaderPool.open(template, 3)
    app = create_app(pool, topics=TopicAliases.from_mapping({}))
    try:
        async with (
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c,
            pool.lend() as (first, _),
            pool.lend() as (second, _),
        ):
            assert first is not second
            assert (await c.get("/?q=summit")).status_code == 200  # on the third
            async with pool.lend() as (third, _):
                assert len({id(first), id(second), id(third)}) == 3
                waiting = asyncio.create_task(c.get("/post/31"))
                for _ in range(20):
                    await asyncio.sleep(0)
                assert not waiting.done()  # every reader is lent: it waits, it does not share
            answered = await waiting  # the third came back
            assert answered.status_code == 200 and "Astana" in answered.text
    finally:
        await pool.close()


def test_more_readers_than_a_server_can_hold_are_refused_in_one_line(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # 9,000 readers took 2.9 GB and 25 s before listening; 100,000 ran out of descriptors.
    result = cli("--db", tmp_path / "a.db", "serve", "--readers", "9000")
    assert result.code == 2
    assert result.err.strip().endswith("argument --readers: expected at most 256 readers, got 9000")
