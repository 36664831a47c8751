"""Faults from outside: a full disk, a feed server that fails or hangs.

A full disk is simulated with ``PRAGMA max_page_count`` on the archive's own connection: past
that many pages SQLite answers ``SQLITE_FULL`` ("database or disk is full"), exactly as it does
when the file system has no space left. Everything else is real: the archive file, the CLI,
the feed poller and an HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from conftest import OPTIONS, CliResult, dump, ingest, limit_pages, make_post, unlimit_pages
from pytest_httpserver import HTTPServer
from tdesktop_fixtures import write_large_export
from werkzeug import Request, Response

from tg_archiver.archive.config import FeedConfig, PollingConfig
from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.import_scan import import_new_files
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.bot.feeds import FeedPoller, job_id

Cli = Callable[..., CliResult]
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


_open = Store.open.__func__  # type: ignore[attr-defined]


async def _open_nearly_full(cls: type[Store], path: Path, *, migrate: bool = True) -> Store:
    """Store.open, then room for 8 more pages (32 KiB) at most."""
    store = await _open(cls, path, migrate=migrate)
    await limit_pages(store, 8)
    return store


# -- imports ------------------------------------------------------------------------------------


def test_import_on_a_full_disk_fails_with_one_line_and_changes_nothing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "archive.db"
    small = write_large_export(tmp_path / "small.json", 20, seed=1, channel_id=1500000201)
    big = write_large_export(tmp_path / "big.json", 300, seed=2, channel_id=1500000202)
    assert cli("--db", db, "import", small).code == 0
    before = dump(db)

    with monkeypatch.context() as m:
        m.setattr(Store, "open", classmethod(_open_nearly_full))
        for partial in ((), ("--partial",)):
            r = cli("--db", db, "import", *partial, big)

            assert r.code == 1
            assert r.out == ""
            assert r.err.splitlines() == [
                f"tg-archiver: error: cannot write to the archive {db}: database or disk is"
                " full; the unfinished step was rolled back, the archive is as it was"
            ]
            assert dump(db) == before

    # Space is back: the same command imports everything, once.
    r = cli("--db", db, "import", big)
    assert r.code == 0, r.err
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # 20 + 300 messages, of which ids 100, 200 and 300 are service messages
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 20 + 297


async def test_a_full_disk_mid_transaction_leaves_the_store_usable(store: Store) -> None:
    await ingest(store, make_post(1, "First statement #SCO"))
    await limit_pages(store, 0)

    with pytest.raises(StorageError, match="database or disk is full"):
        await ingest(
            store, *(make_post(i, f"Statement {i} " + "word " * 400) for i in range(2, 60))
        )

    # Not stuck inside a transaction: reads work, and the next write works once there is room.
    assert [r.external_id async for r in store.iter_posts(ExportFilter())] == ["1"]
    await unlimit_pages(store)
    report = await ingest(store, make_post(2, "Second statement"))
    assert report.added == 1


async def test_import_folder_scan_on_a_full_disk_is_retried_at_the_next_scan(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_large_export(folder / "result.json", 150, seed=4, channel_id=1500000203)
    await limit_pages(store, 0)

    ((_, outcome),) = await import_new_files(store, [folder], OPTIONS, now=NOW)

    assert isinstance(outcome, StorageError)  # reported, the scan (and the service) goes on
    assert [r async for r in store.iter_posts(ExportFilter())] == []
    await unlimit_pages(store)
    ((_, report),) = await import_new_files(store, [folder], OPTIONS, now=NOW)
    assert not isinstance(report, Exception) and report.added == 149
    assert await import_new_files(store, [folder], OPTIONS, now=NOW) == []  # recorded once


async def test_a_fault_of_ours_in_one_file_of_a_scan_costs_only_that_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # An error no reader foresaw (an OverflowError at the insert was one) stopped the whole
    # scan: the good exports beside the file were never imported, at every scan.
    from tg_archiver.archive import import_scan as scan_module

    folder = tmp_path / "inbox"
    for name, channel in (("a", 1500000301), ("b", 1500000302)):
        (folder / name).mkdir(parents=True)
        write_large_export(folder / name / "result.json", 5, seed=5, channel_id=channel)
    read = scan_module.read_posts

    def faulty(path: Path, *args: object, **kwargs: object) -> object:
        if path.parent.name == "a":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return read(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan_module, "read_posts", faulty)
    outcomes = dict(await import_new_files(store, [folder], OPTIONS, now=NOW))
    bad, good = outcomes[folder / "a" / "result.json"], outcomes[folder / "b" / "result.json"]
    assert isinstance(bad, InputError) and "OverflowError" in str(bad)
    assert not isinstance(good, Exception) and good.added == 5
    assert "import file=" in caplog.text and "failed unexpectedly" in caplog.text


# -- the feed worker ----------------------------------------------------------------------------


def rss(n: int) -> bytes:
    """A feed of ``n`` long entries: enough to need new pages in the archive."""
    items = "".join(
        f"<item><title>Entry {i}</title><guid isPermaLink='false'>e{i}</guid>"
        f"<pubDate>Wed, 17 May 2023 10:{i:02d}:00 GMT</pubDate>"
        f"<description>Report {i}: {'ministers discussed trade and transport. ' * 40}"
        "</description></item>"
        for i in range(n)
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"{items}</channel></rss>"
    ).encode()


class FlakyServer:
    """A feed server whose next answer the test chooses: 'ok', '500' or 'hang'."""

    def __init__(self, httpserver: HTTPServer, body: bytes) -> None:
        self.mode = "ok"
        self.body = body
        httpserver.expect_request("/rss").respond_with_handler(self)
        self.url = httpserver.url_for("/rss")

    def __call__(self, request: Request) -> Response:
        if self.mode == "500":
            return Response("upstream broke", status=500)
        if self.mode == "hang":
            time.sleep(0.25)
        return Response(self.body, content_type="application/rss+xml")


async def test_feed_worker_rides_out_500s_timeouts_and_a_full_disk_then_stores_every_entry_once(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = FlakyServer(httpserver, rss(30))
    feed = FeedConfig(url=server.url, interval=300)

    def worker(timeout: float) -> FeedPoller:
        """The poller, as a new process would make it: its state lives in the archive."""
        polling = PollingConfig(timeout=timeout, max_failures=5, max_backoff=3600)
        return FeedPoller(store, [feed], OPTIONS, polling, client=client, clock=lambda: NOW)

    poller, impatient = worker(timeout=10.0), worker(timeout=0.1)
    caplog.set_level(logging.INFO)

    server.mode = "500"
    await poller.poll(feed)
    server.mode = "hang"
    await impatient.poll(feed)
    await asyncio.sleep(0.3)  # the one-threaded server is still answering the hung request
    state = await store.feed_state(feed.url)
    assert (state.failures, state.last_error) == (2, f"{feed.url}: timed out after 0.1s")

    server.mode = "ok"
    await limit_pages(store, 0)
    await poller.poll(feed)  # the disk is full: reported, not raised, not the feed's failure
    assert [r async for r in store.iter_posts(ExportFilter())] == []
    assert (await store.feed_state(feed.url)).failures == 2
    (full,) = [r for r in caplog.records if "poll not completed" in r.getMessage()]
    assert full.levelno == logging.ERROR
    assert "database or disk is full" in full.getMessage()

    await unlimit_pages(store)
    await poller.poll(feed)  # space is back
    await poller.poll(feed)
    ids = [r.external_id async for r in store.iter_posts(ExportFilter())]
    assert sorted(ids) == sorted(f"e{i}" for i in range(30))  # every entry, once
    state = await store.feed_state(feed.url)
    assert (state.failures, state.last_error, state.disabled_at) == (0, None, None)
    polls = [r.getMessage() for r in caplog.records if r.getMessage().startswith("feed=")]
    assert [m.split(" took=")[0] for m in polls[-2:]] == [
        f"feed={feed.url} status=200 new=30 edited=0 unchanged=0",
        f"feed={feed.url} status=200 new=0 edited=0 unchanged=30",
    ]


async def test_scheduled_feed_job_survives_a_full_disk_and_keeps_its_interval(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = FlakyServer(httpserver, rss(30))
    feed = FeedConfig(url=server.url, interval=300)
    now = datetime.now(UTC)  # the scheduler runs on real time
    poller = FeedPoller(
        store,
        [feed],
        OPTIONS,
        # The fetch succeeds: a 2 s bound could time it out on a loaded machine (a failure,
        # then a backoff: not the interval the test checks).
        PollingConfig(timeout=60.0, max_failures=3, max_backoff=3600),
        client=client,
        clock=lambda: now,
    )
    await limit_pages(store, 0)
    scheduler = AsyncIOScheduler(timezone=UTC)
    poller.schedule(scheduler)
    scheduler.start()
    try:
        deadline = time.monotonic() + 120  # only stops a hung test; 5 s was short under load
        while True:
            job = scheduler.get_job(job_id(feed))
            if job is not None and job.next_run_time > now:
                break
            assert time.monotonic() < deadline, "the job was not rescheduled"
            await asyncio.sleep(0.01)
        assert job.next_run_time == now + timedelta(seconds=300)  # no backoff: not the feed's fault
    finally:
        scheduler.shutdown(wait=False)
        await asyncio.sleep(0)
    assert "poll not completed, retried at the next poll" in caplog.text
    assert [r async for r in store.iter_posts(ExportFilter())] == []
