"""The feed poller against a real HTTP server on 127.0.0.1, real XML and a real archive."""

from __future__ import annotations

import asyncio
import io
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from conftest import OPTIONS, Clock, export_row
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tg_archiver.archive.atom import write_feed
from tg_archiver.archive.config import FeedConfig, PollingConfig
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import ExportFilter, FeedState, Store
from tg_archiver.bot.feeds import FeedPoller, job_id

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
# A fetch from the local server that must succeed: its bound (the whole exchange, in wall time,
# descheduled time included) generous enough for a loaded machine; 2 s could time out there.
POLLING = PollingConfig(timeout=60.0, max_failures=3, max_backoff=3600)

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Example News</title>
  <link>https://news.example.org/</link>
  <item>
    <title>SCO summit opens</title>
    <guid isPermaLink="false">news-1</guid>
    <pubDate>Wed, 17 May 2023 13:30:00 +0300</pubDate>
    <description>Leaders met in Astana. #SCO</description>
  </item>
  <item>
    <title>BRICS ministers meet</title>
    <guid isPermaLink="false">news-2</guid>
    <pubDate>Thu, 18 May 2023 08:00:00 GMT</pubDate>
    <description>Ministers met in Cape Town.</description>
  </item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Ministry Statements</title>
  <id>urn:uuid:feed-1</id>
  <updated>2023-05-20T12:00:00Z</updated>
  <entry>
    <title>Statement on the summit</title>
    <id>urn:uuid:entry-1</id>
    <published>2023-05-17T10:30:00Z</published>
    <updated>2023-05-17T10:30:00Z</updated>
    <content type="text">The ministry welcomes the outcome.</content>
  </entry>
</feed>
"""

# The second item is never closed: feedparser recovers both entries and complains.
BROKEN = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title>"
    b"<item><title>First</title><guid isPermaLink='false'>g1</guid>"
    b"<description>ok &amp; fine</description></item>"
    b"<item><title>Second</title><guid isPermaLink='false'>g2</guid>"
    b"<description>cut off</description>"
    b"</channel>"
)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def make_poller(
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    *feeds: FeedConfig,
    polling: PollingConfig = POLLING,
    notified: list[str] | None = None,
) -> FeedPoller:
    async def notify(message: str) -> None:
        assert notified is not None
        notified.append(message)

    return FeedPoller(
        store,
        feeds,
        OPTIONS,
        polling,
        client=client,
        notify=notify if notified is not None else None,
        clock=clock,
    )


async def stored_ids(store: Store, source: str | None = None) -> list[str]:
    flt = ExportFilter(sources=(source,) if source else ())
    return sorted([row.external_id async for row in store.iter_posts(flt)])


# --- success, 304, validators ------------------------------------------------------------------


async def test_first_poll_stores_entries_and_saves_the_validators(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        RSS, content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    poller = make_poller(store, client, clock, feed)
    with caplog.at_level(logging.INFO, logger="tg_archiver.bot.feeds"):
        await poller.poll(feed)

    assert await stored_ids(store, feed.url) == ["news-1", "news-2"]
    state = await store.feed_state(feed.url)
    assert state == FeedState(
        url=feed.url, etag='"v1"', last_polled_at=NOW, last_success_at=NOW, failures=0
    )
    [record] = [r for r in caplog.records if r.name == "tg_archiver.bot.feeds"]
    assert record.levelno == logging.INFO
    assert record.getMessage().startswith(
        f"feed={feed.url} status=200 new=2 edited=0 unchanged=0 took="
    )


async def test_second_poll_sends_the_etag_and_a_304_changes_nothing(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_ordered_request("/rss").respond_with_data(
        RSS, content_type=RSS_TYPE, headers={"ETag": '"v1"'}
    )
    httpserver.expect_ordered_request("/rss", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    poller = make_poller(store, client, clock, feed)
    await poller.poll(feed)
    clock.advance(900)
    await poller.poll(feed)

    httpserver.check_assertions()
    first, second = (request for request, _ in httpserver.log)
    assert "If-None-Match" not in first.headers
    assert second.headers["If-None-Match"] == '"v1"'
    assert await stored_ids(store) == ["news-1", "news-2"]
    state = await store.feed_state(feed.url)
    assert state.etag == '"v1"'
    assert state.last_polled_at == NOW + timedelta(seconds=900)
    assert state.last_success_at == NOW  # nothing new arrived


async def test_last_modified_round_trip(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    stamp = "Wed, 17 May 2023 10:30:00 GMT"
    httpserver.expect_ordered_request("/atom").respond_with_data(
        ATOM, content_type=ATOM_TYPE, headers={"Last-Modified": stamp}
    )
    httpserver.expect_ordered_request(
        "/atom", headers={"If-Modified-Since": stamp}
    ).respond_with_data("", status=304)
    feed = FeedConfig(url=httpserver.url_for("/atom"))
    poller = make_poller(store, client, clock, feed)
    await poller.poll(feed)
    assert (await store.feed_state(feed.url)).last_modified == stamp
    await poller.poll(feed)

    httpserver.check_assertions()
    assert [r.headers.get("If-Modified-Since") for r, _ in httpserver.log] == [None, stamp]
    assert (await store.feed_state(feed.url)).last_modified == stamp
    assert await stored_ids(store) == ["urn:uuid:entry-1"]


async def test_redirect_is_followed_and_the_source_stays_the_configured_url(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": httpserver.url_for("/new.xml")})
    )
    httpserver.expect_request("/new.xml").respond_with_data(ATOM, content_type=ATOM_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/old"))
    await make_poller(store, client, clock, feed).poll(feed)

    [row] = [row async for row in store.iter_posts(ExportFilter())]
    assert row.source == feed.url
    assert row.source_kind == "feed"


async def test_local_file_feed_is_read_from_disk(
    tmp_path: Path, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(RSS)
    feed = FeedConfig(url=str(path))
    await make_poller(store, client, clock, feed).poll(feed)

    assert await stored_ids(store, path.as_uri()) == ["news-1", "news-2"]
    assert (await store.feed_state(str(path))).last_success_at == NOW


async def test_malformed_feed_keeps_the_entries_and_logs_the_reason(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpserver.expect_request("/broken").respond_with_data(BROKEN, content_type=RSS_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/broken"))
    with caplog.at_level(logging.INFO, logger="tg_archiver.bot.feeds"):
        await make_poller(store, client, clock, feed).poll(feed)

    assert await stored_ids(store) == ["g1", "g2"]
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.getMessage().startswith(f"feed={feed.url} partly malformed, kept 2 entries: ")
    assert "line " in warning.getMessage()  # feedparser's reason, with where it stumbled
    assert (await store.feed_state(feed.url)).failures == 0


# --- failures, disabling, recovery -------------------------------------------------------------


async def test_http_500_is_counted_logged_and_stores_nothing(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpserver.expect_request("/rss").respond_with_data("oops", status=500)
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    with caplog.at_level(logging.INFO, logger="tg_archiver.bot.feeds"):
        await make_poller(store, client, clock, feed).poll(feed)

    assert await stored_ids(store) == []
    state = await store.feed_state(feed.url)
    assert state == FeedState(
        url=feed.url, last_polled_at=NOW, failures=1, last_error=f"{feed.url}: HTTP 500"
    )
    [record] = [r for r in caplog.records if r.name == "tg_archiver.bot.feeds"]
    assert record.levelno == logging.WARNING
    assert record.getMessage() == f"feed={feed.url} failures=1 error={feed.url}: HTTP 500"


async def test_feed_is_disabled_after_max_failures_and_then_left_alone(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpserver.expect_request("/rss").respond_with_data("oops", status=500)
    feed = FeedConfig(url=httpserver.url_for("/rss"), name="Example News")
    notified: list[str] = []
    poller = make_poller(store, client, clock, feed, notified=notified)
    with caplog.at_level(logging.INFO, logger="tg_archiver.bot.feeds"):
        for _ in range(POLLING.max_failures):
            await poller.poll(feed)
            clock.advance(60)

    state = await store.feed_state(feed.url)
    assert state.failures == 3
    assert state.disabled_at == NOW + timedelta(seconds=120)
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert error.getMessage() == (
        f"feed={feed.url} disabled after 3 consecutive failures: {feed.url}: HTTP 500"
    )
    [message] = notified
    assert "Example News" in message
    assert feed.url in message
    assert "3 consecutive failures" in message

    await poller.poll(feed)
    await poller.poll_all()
    assert len(httpserver.log) == 3  # disabled: the server is not asked again
    assert await store.feed_state(feed.url) == state


async def test_disabled_feed_stays_disabled_across_pollers_until_enabled(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    async with store.transaction():
        await store.save_feed_state(
            FeedState(url=feed.url, failures=3, last_error="boom", disabled_at=NOW)
        )
    poller = make_poller(store, client, clock, feed)  # as after a restart
    await poller.poll(feed)
    assert httpserver.log == []

    assert await poller.enable(feed.url) is True
    assert await poller.enable(feed.url) is False  # already enabled
    state = await store.feed_state(feed.url)
    assert (state.disabled_at, state.failures) == (None, 0)
    await poller.poll(feed)
    assert len(httpserver.log) == 1
    assert await stored_ids(store) == ["news-1", "news-2"]


async def test_enable_refuses_an_unknown_feed(
    store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    poller = make_poller(store, client, clock, FeedConfig(url="https://a.example/rss"))
    with pytest.raises(InputError, match="not a configured feed"):
        await poller.enable("https://b.example/rss")


async def test_timeout_is_a_failure_not_a_crash(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.3)
        return Response(RSS, content_type=RSS_TYPE)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    feed = FeedConfig(url=httpserver.url_for("/slow"))
    polling = PollingConfig(timeout=0.05, max_failures=3, max_backoff=3600)
    await make_poller(store, client, clock, feed, polling=polling).poll(feed)

    state = await store.feed_state(feed.url)
    assert state.failures == 1
    assert state.last_error == f"{feed.url}: timed out after 0.05s"
    assert await stored_ids(store) == []


async def test_connection_refused_and_not_a_feed_are_failures(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_request("/page").respond_with_data(
        "<html><body>hello</body></html>", content_type="text/html"
    )
    page = FeedConfig(url=httpserver.url_for("/page"))
    refused = FeedConfig(url="http://127.0.0.1:9/rss")  # discard port: nothing listens
    poller = make_poller(store, client, clock, page, refused)
    await poller.poll_all()

    page_state = await store.feed_state(page.url)
    assert page_state.failures == 1
    assert page_state.last_error is not None and "not an RSS or Atom feed" in page_state.last_error
    refused_state = await store.feed_state(refused.url)
    assert refused_state.failures == 1
    assert refused_state.last_error is not None
    assert "connection failed" in refused_state.last_error


async def test_a_feed_tg_archiver_wrote_fails_until_disabled_and_stores_nothing(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    # A [[feeds]] entry naming this archive's own web app (or `export --format atom` put on a
    # server) was polled as any feed: every post in it was stored a second time.
    served = io.StringIO()
    write_feed([export_row(1), export_row(2)], served, title="SCO", name="topic/SCO")
    httpserver.expect_request("/feeds/topic/SCO.atom").respond_with_data(
        served.getvalue(), content_type=ATOM_TYPE
    )
    feed = FeedConfig(url=httpserver.url_for("/feeds/topic/SCO.atom"))
    notified: list[str] = []
    poller = make_poller(store, client, clock, feed, notified=notified)
    for _ in range(POLLING.max_failures):
        await poller.poll(feed)
        clock.advance(60)

    state = await store.feed_state(feed.url)
    assert (state.failures, state.disabled_at) == (3, NOW + timedelta(seconds=120))
    assert state.last_error == (
        f"{feed.url}: a feed tg-archiver wrote, not a source: its entries are an archive's"
        " posts as shown, each of which would be stored again; follow the channels and feeds"
        " it was made from"
    )
    [message] = notified
    assert "a feed tg-archiver wrote, not a source" in message
    assert await stored_ids(store) == []


async def test_an_entry_the_archive_refuses_is_skipped_with_a_warning_and_the_rest_stored(
    tmp_path: Path,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "nul.xml"
    path.write_bytes(
        b"<rss version='2.0'><channel><title>X</title>"
        b"<item><guid>ok-1</guid><description>fine</description></item>"
        b"<item><guid>bad-1</guid><description>nul\x00here</description></item>"
        b"</channel></rss>"
    )
    feed = FeedConfig(url=str(path))
    await make_poller(store, client, clock, feed).poll(feed)

    state = await store.feed_state(feed.url)
    assert (state.failures, state.last_error) == (0, None)
    assert await stored_ids(store) == ["ok-1"]
    assert f"feed {path.resolve().as_uri()}: entry 'bad-1' skipped: it contains NUL characters" in (
        caplog.messages
    )


async def test_success_after_failures_resets_the_count(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_ordered_request("/rss").respond_with_data("oops", status=503)
    httpserver.expect_ordered_request("/rss").respond_with_data("oops", status=502)
    httpserver.expect_ordered_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    poller = make_poller(store, client, clock, feed)
    await poller.poll(feed)
    await poller.poll(feed)
    assert (await store.feed_state(feed.url)).failures == 2
    await poller.poll(feed)

    state = await store.feed_state(feed.url)
    assert (state.failures, state.last_error, state.disabled_at) == (0, None, None)
    assert state.last_success_at == NOW
    assert await stored_ids(store) == ["news-1", "news-2"]


async def test_notify_failure_does_not_escape_poll(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken_notify(message: str) -> None:
        raise ConnectionError("chat unreachable")

    httpserver.expect_request("/rss").respond_with_data("oops", status=500)
    feed = FeedConfig(url=httpserver.url_for("/rss"))
    polling = PollingConfig(timeout=2.0, max_failures=1, max_backoff=3600)
    poller = FeedPoller(
        store, [feed], OPTIONS, polling, client=client, notify=broken_notify, clock=clock
    )
    await poller.poll(feed)

    assert (await store.feed_state(feed.url)).disabled_at == NOW
    assert any("could not notify" in r.getMessage() for r in caplog.records)


# --- many feeds, backoff, scheduling ----------------------------------------------------------


async def test_poll_all_polls_every_feed_concurrently(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    httpserver.expect_request("/atom").respond_with_data(ATOM, content_type=ATOM_TYPE)
    httpserver.expect_request("/down").respond_with_data("oops", status=500)
    feeds = [FeedConfig(url=httpserver.url_for(p)) for p in ("/rss", "/atom", "/down")]
    await make_poller(store, client, clock, *feeds).poll_all()

    assert await stored_ids(store) == ["news-1", "news-2", "urn:uuid:entry-1"]
    assert [(await store.feed_state(f.url)).failures for f in feeds] == [0, 0, 1]


def test_next_delay_backs_off_exponentially_up_to_the_cap(
    store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    feed = FeedConfig(url="https://a.example/rss", interval=300)
    poller = make_poller(store, client, clock, feed, polling=PollingConfig(max_backoff=3600))
    delays = [poller.next_delay(feed, FeedState(url=feed.url, failures=k)) for k in range(6)]
    assert delays == [300.0, 600.0, 1200.0, 2400.0, 3600.0, 3600.0]
    assert poller.next_delay(feed, FeedState(url=feed.url, failures=10_000)) == 3600.0


def test_next_delay_never_polls_a_failing_feed_more_often_than_a_healthy_one(
    store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    feed = FeedConfig(url="https://a.example/rss", interval=7200)
    poller = make_poller(store, client, clock, feed, polling=PollingConfig(max_backoff=3600))
    assert poller.next_delay(feed, FeedState(url=feed.url, failures=2)) == 7200.0


def test_next_delay_of_a_disabled_feed_is_its_interval(
    store: Store, client: httpx.AsyncClient, clock: Clock
) -> None:
    feed = FeedConfig(url="https://a.example/rss", interval=300)
    poller = make_poller(store, client, clock, feed)
    state = FeedState(url=feed.url, failures=3, disabled_at=NOW)
    assert poller.next_delay(feed, state) == 300.0


async def wait_for(condition: Callable[[], Awaitable[bool]], timeout: float = 120.0) -> None:
    """Wait for the scheduler, which runs on real time, to have done something: its job's
    poll (a fetch and a write) took more than the 2 s this waited on a loaded machine; the
    bound only stops a hung test."""
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.01)


async def test_schedule_adds_one_job_per_feed_that_polls_and_reschedules_itself(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    httpserver.expect_request("/down").respond_with_data("oops", status=500)
    ok = FeedConfig(url=httpserver.url_for("/rss"), interval=300)
    down = FeedConfig(url=httpserver.url_for("/down"), interval=300)
    # The scheduler runs on the real time; a clock frozen at "now" makes the next runs exact.
    clock = Clock(datetime.now(UTC))
    poller = make_poller(store, client, clock, ok, down)
    scheduler = AsyncIOScheduler(timezone=UTC)
    poller.schedule(scheduler)
    assert sorted(job.id for job in scheduler.get_jobs()) == sorted([job_id(ok), job_id(down)])
    scheduler.start()
    try:

        async def both_rescheduled() -> bool:
            jobs = [scheduler.get_job(job_id(f)) for f in (ok, down)]
            return all(j is not None and j.next_run_time > clock.now for j in jobs)

        await wait_for(both_rescheduled)
        ok_job, down_job = scheduler.get_job(job_id(ok)), scheduler.get_job(job_id(down))
        assert ok_job is not None and down_job is not None
        assert ok_job.next_run_time == clock.now + timedelta(seconds=300)
        assert down_job.next_run_time == clock.now + timedelta(seconds=600)  # one failure
        assert (ok_job.max_instances, ok_job.coalesce, ok_job.misfire_grace_time) == (
            1,
            True,
            None,
        )
    finally:
        scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # the AsyncIOScheduler shuts down on the loop
    assert await stored_ids(store, ok.url) == ["news-1", "news-2"]
    assert (await store.feed_state(down.url)).failures == 1


async def test_enabling_a_scheduled_feed_polls_it_at_once(
    httpserver: HTTPServer, store: Store, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/rss"), interval=300)
    clock = Clock(datetime.now(UTC))
    async with store.transaction():
        await store.save_feed_state(FeedState(url=feed.url, failures=3, disabled_at=clock.now))
    poller = make_poller(store, client, clock, feed)
    scheduler = AsyncIOScheduler(timezone=UTC)
    poller.schedule(scheduler)
    scheduler.start()
    try:

        async def rescheduled() -> bool:
            job = scheduler.get_job(job_id(feed))
            return job is not None and job.next_run_time > clock.now

        await wait_for(rescheduled)  # the first tick found the feed disabled
        assert httpserver.log == []
        await poller.enable(feed.url)

        async def polled() -> bool:
            return (await store.feed_state(feed.url)).last_success_at is not None

        await wait_for(polled)
    finally:
        scheduler.shutdown(wait=False)
        await asyncio.sleep(0)
    assert len(httpserver.log) == 1


async def test_a_feed_taken_while_its_tick_runs_is_polled_at_once_not_at_the_interval(
    httpserver: HTTPServer,
    store: Store,
    client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Services sharing a PostgreSQL archive: this one does not hold the feed, so its first
    # tick polls nothing; while that tick reads the feed's state to schedule the next, the
    # feed is taken (bot.shares asks for a poll at once). The tick's own next job, at the
    # interval, must not replace the poll asked for.
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type=RSS_TYPE)
    feed = FeedConfig(url=httpserver.url_for("/rss"), interval=300)
    clock = Clock(datetime.now(UTC))
    poller = make_poller(store, client, clock, feed)
    poller.holds = lambda feed: False
    entered, gate = asyncio.Event(), asyncio.Event()
    read_state = store.feed_state

    async def held_back(url: str) -> FeedState:
        entered.set()
        await gate.wait()
        return await read_state(url)

    monkeypatch.setattr(store, "feed_state", held_back)
    scheduler = AsyncIOScheduler(timezone=UTC)
    poller.schedule(scheduler)
    scheduler.start()
    try:
        await asyncio.wait_for(entered.wait(), 60)  # the first tick, after its empty poll
        poller.holds = lambda feed: True
        poller.poll_soon(feed)
        await asyncio.sleep(0.05)  # (the asked-for job fires beside the tick: one at a time)
        gate.set()

        async def polled() -> bool:
            return (await read_state(feed.url)).last_success_at is not None

        await wait_for(polled)
    finally:
        scheduler.shutdown(wait=False)
        await asyncio.sleep(0)
    assert len(httpserver.log) == 1
