"""Several services on one PostgreSQL archive share the channels (bot.shares).

Each service is the real ``Service`` with its own ``Store`` (its own connections to one real
PostgreSQL database) and its own Telegram client (the harness's, each serving the same
channels' history, as two machines logged in to one account would see them); live posts come
through telethon's real dispatch, to both clients, as Telegram sends them to every session.
The rebalancing interval is an hour: the tests drive it by calling each service's own step.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from pytest_httpserver import HTTPServer
from telegram_harness import (
    FakeTelegram,
    OfflineTelegram,
    channel,
    channel_message,
    dispatch,
    private_message,
    update_new_channel_message,
    update_new_message,
    user,
    user_session,
)

from tg_archiver.archive.config import Config, FeedConfig, TelegramConfig, load_config
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.archive.store.shares_pg import MEMBERS, UNITS, unit_key
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.service import Service
from tg_archiver.bot.shares import Shares

CHANNELS = [channel(1500000101 + i, f"mfa_{i}", f"MFA {i}") for i in range(5)]


def text(chan: Any, n: int) -> str:
    return f"Statement {n} of {chan.title} on the consultations held in the capital."


def telegram() -> OfflineTelegram:
    """A service's client: every channel with its first post already published."""
    fake = OfflineTelegram(bot=False)
    for chan in CHANNELS:
        fake.add_channel(chan, [channel_message(1, chan, text(chan, 1))])
    return fake


def config(tmp_path: Path) -> Config:
    channels = (f"@{c.username}" for c in CHANNELS)
    tg = replace(user_session(tmp_path, *channels), recheck_days=0)
    return Config(telegram=tg, rebalance_seconds=3600)


async def until(done: Callable[[], Awaitable[bool]]) -> None:
    """Wait for ``done`` (the service's first step runs in its own task)."""
    for _ in range(6000):  # at least 60 s: a child service's start on a loaded machine
        if await done():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("not reached")


class Running:
    """One service running against the archive, with its client."""

    def __init__(self, url: str, tmp_path: Path) -> None:
        self.url, self.tmp_path = url, tmp_path
        self.fake = telegram()

    async def start(self) -> Running:
        self.store = await Store.open(PostgresUrl(self.url))
        fake = self.fake
        self.service = Service(
            self.store, config(self.tmp_path), client_factory=lambda tg, bot: fake, page_wait=0
        )
        self.task = asyncio.create_task(self.service.run())
        await until(self._joined)
        return self

    async def _joined(self) -> bool:
        return self.service.shares is not None  # set once its first step has answered

    @property
    def shares(self) -> Shares:
        assert self.service.shares is not None
        return self.service.shares

    def held(self) -> set[str]:
        return set(self.shares.held("channel"))

    async def stop(self) -> None:
        self.service.stop()
        assert await asyncio.wait_for(self.task, 30) == 0
        await self.store.close()


async def stored(store: Store) -> Counter[tuple[str, str]]:
    return Counter([(p.source, p.external_id) async for p in store.iter_posts(ExportFilter())])


async def post_live(services: list[Running], chan: Any, n: int) -> None:
    """Channel ``chan`` publishes post ``n``: in its history, and to every service live."""
    message = channel_message(n, chan, text(chan, n))
    for s in services:
        s.fake.post(chan, message)
        await dispatch(s.fake, update_new_channel_message(message), chats=[chan])


def key(chan: Any) -> str:
    return str(chan.id)


LABELS = {f"@{c.username}": c for c in CHANNELS}


async def test_two_services_split_the_channels_and_each_post_is_stored_once(
    pg_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    one = await Running(pg_url, tmp_path).start()
    two = await Running(pg_url, tmp_path).start()
    try:
        await until(lambda: _count(one.store, 5))  # its start caught every channel up
        assert len(one.held()) == 5  # alone at its first step: it took every channel
        assert two.held() == set()  # all held at its first step: it waits
        await one.shares.step()  # two services now: it gives up what is above ceil(5/2)
        assert len(one.held()) == 3
        await two.shares.step()  # takes what no one holds
        assert len(two.held()) == 2
        assert one.held() & two.held() == set()
        assert one.held() | two.held() == set(LABELS)
        assert (one.shares.services, two.shares.services) == ({"channel": 2}, {"channel": 2})
        await one.shares.step()
        await two.shares.step()  # settled: nothing moves
        assert (len(one.held()), len(two.held())) == (3, 2)

        caplog.clear()
        for chan in CHANNELS:
            await post_live([one, two], chan, 2)
        posts = await stored(one.store)
        assert sorted(posts) == sorted((key(c), n) for c in CHANNELS for n in ("1", "2"))
        assert set(posts.values()) == {1}
        # Each live post was stored by one service, the one holding its channel.
        live = [r.getMessage() for r in caplog.records if r.getMessage().startswith("live ")]
        assert len(live) == 5
        assert all("added=1" in line for line in live)
        taken = [r.getMessage() for r in caplog.records if "share " in r.getMessage()]
        assert taken == []  # nothing moved

        # The bot's /stats says what this service holds.
        analyst = user(4242, "Analyst")
        bot = FakeTelegram(bot=True)
        tg = TelegramConfig(allowed_users=(analyst.id,))
        BotCommands(one.store, bot, tg, shares=one.shares.describe).register()
        ask = private_message(100, analyst, "/stats", entities=[])
        await dispatch(bot, update_new_message(ask), users=[analyst])
        [reply] = bot.sent()
        held = ", ".join(sorted(one.held()))
        assert reply.message.endswith(
            f"this service holds 3 of 5 channels ({held}) shared by 2 services"
        )
    finally:
        await two.stop()
        await one.stop()


async def test_a_service_whose_telegram_did_not_start_is_not_counted_for_the_channels(
    pg_url: str, tmp_path: Path
) -> None:
    """Counted, it would lower the others' quota to ceil(5/2) and leave channels no one holds."""
    one = await Running(pg_url, tmp_path).start()

    def unreachable(tg: TelegramConfig, bot: bool) -> OfflineTelegram:
        raise ConnectionError("Telegram is not reachable from here")

    async with await Store.open(PostgresUrl(pg_url)) as other:
        cut_off = Service(other, config(tmp_path), client_factory=unreachable)
        running = asyncio.create_task(cut_off.run())
        try:
            await until(lambda: _is_set(cut_off))
            assert cut_off.shares is not None and cut_off.shares.total("channel") == 0
            await one.shares.step()
            assert len(one.held()) == 5
            assert one.shares.services == {"channel": 1}
        finally:
            cut_off.stop()
            assert await asyncio.wait_for(running, 30) == 0
            await one.stop()


async def _is_set(service: Service) -> bool:
    return service.shares is not None


async def _count(store: Store, n: int) -> bool:
    return sum((await stored(store)).values()) >= n


async def test_a_stopped_service_s_channels_are_taken_and_caught_up(
    pg_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    one = await Running(pg_url, tmp_path).start()
    two = await Running(pg_url, tmp_path).start()
    await until(lambda: _count(one.store, 5))
    await one.shares.step()
    await two.shares.step()
    theirs = [LABELS[label] for label in sorted(two.held())]
    await two.stop()
    given_up = [
        r.getMessage() for r in caplog.records if "reason=service stopping" in r.getMessage()
    ]
    assert len(given_up) == 2
    try:
        # Posted while no one holds them: the one left ignores them live ...
        for chan in theirs:
            await post_live([one], chan, 2)
            await post_live([one], chan, 3)
        assert sum((await stored(one.store)).values()) == 5
        # ... and at its next step takes them, and catches them up from the archive.
        caplog.clear()
        taken = await one.shares.step()
        assert sorted(u.label for u in taken) == sorted(f"@{c.username}" for c in theirs)
        assert one.held() == set(LABELS)
        posts = await stored(one.store)
        expected = {(key(c), "1") for c in CHANNELS}
        expected |= {(key(c), n) for c in theirs for n in ("2", "3")}
        assert set(posts) == expected
        assert set(posts.values()) == {1}
        lines = [r.getMessage() for r in caplog.records]
        assert sum(line.startswith("share taken channel=") for line in lines) == 2
    finally:
        await one.stop()


async def test_a_dead_service_s_channels_are_taken_and_the_shares_settle_again(
    pg_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The server closes the connection of a service that died (here: an administrator's
    ``pg_terminate_backend``, which is what the server does when the process is gone)."""
    caplog.set_level(logging.INFO)
    one = await Running(pg_url, tmp_path).start()
    two = await Running(pg_url, tmp_path).start()
    try:
        await until(lambda: _count(one.store, 5))
        await one.shares.step()
        await two.shares.step()
        theirs = [LABELS[label] for label in sorted(two.held())]
        admin = await asyncpg.connect(pg_url)
        try:
            killed = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype ="
                " 'advisory' AND classid::bigint = $1 AND objid::bigint = $2",
                UNITS,
                unit_key(f"telegram|{key(theirs[0])}") & 0xFFFF_FFFF,
            )
        finally:
            await admin.close()
        assert killed == 1
        for chan in theirs:
            await post_live([one, two], chan, 2)  # the dead one's: no one archives them live

        await one.shares.step()  # the dead one's channels, caught up
        assert one.held() == set(LABELS)
        posts = await stored(one.store)
        assert set(posts.values()) == {1}
        assert len(posts) == 5 + len(theirs)

        # The service whose connection died notices at its next step, gives up what it held
        # (another holds it now) and joins again; two more steps and the shares are even.
        await two.shares.step()
        lines = [r.getMessage() for r in caplog.records]
        assert any("reason=connection to the archive lost" in line for line in lines)
        await one.shares.step()
        await two.shares.step()
        assert (len(one.held()), len(two.held())) == (3, 2)
        assert one.held() & two.held() == set()
    finally:
        await two.stop()
        await one.stop()


async def test_an_sqlite_archive_has_one_service_holding_everything(
    store: Store, tmp_path: Path
) -> None:
    fake = telegram()
    service = Service(store, config(tmp_path), client_factory=lambda tg, bot: fake, page_wait=0)
    assert await service.run(once=True) == 0
    assert service.shares is None
    assert len(await stored(store)) == 5


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{name}</title><link>https://news.example.org/</link>
<item><title>{name} statement</title><guid isPermaLink="false">{name}-1</guid>
<pubDate>Wed, 17 May 2023 13:30:00 +0300</pubDate>
<description>The {name} ministry on the summit.</description></item>
</channel></rss>
"""


async def test_feeds_are_shared_and_a_service_polls_only_its_own(
    pg_url: str, httpserver: HTTPServer
) -> None:
    for name in ("one", "two"):
        httpserver.expect_request(f"/{name}").respond_with_data(
            RSS.format(name=name), content_type="application/rss+xml"
        )
    feeds = tuple(FeedConfig(url=httpserver.url_for(f"/{n}")) for n in ("one", "two"))
    cfg = Config(feeds=feeds, rebalance_seconds=3600)
    store = await Store.open(PostgresUrl(pg_url))
    running = Service(store, cfg)
    task = asyncio.create_task(running.run())

    async def polled(n: int) -> bool:
        return len(httpserver.log) >= n

    async def joined(service: Service) -> bool:
        return service.shares is not None  # set once its first step has answered

    try:
        await until(lambda: polled(2))  # alone: it took both feeds and polled each at once
        assert sorted(r.path for r, _ in httpserver.log) == ["/one", "/two"]
        async with await Store.open(PostgresUrl(pg_url)) as other:
            # A `run --once` beside it takes what no running service holds (it is not
            # counted: the running one keeps both): nothing.
            once = Service(other, cfg)
            assert await once.run(once=True) == 0
            assert len(httpserver.log) == 2  # it polled neither
            assert once.shares is not None and once.shares.held("feed") == []
            assert once.shares.services == {"feed": 1}
            # A second service: its first step finds both held; the first gives up its
            # second feed at its next step, which the second takes and polls at once.
            second = Service(other, cfg)
            started = asyncio.create_task(second.run())
            await until(lambda: joined(second))
            assert running.shares is not None and second.shares is not None
            await running.shares.step()
            await second.shares.step()
            await until(lambda: polled(3))
            assert [r.path for r, _ in httpserver.log][2:] == ["/two"]
            assert (running.shares.held("feed"), second.shares.held("feed")) == (
                [feeds[0].url],
                [feeds[1].url],
            )
            await until(lambda: _count(store, 2))  # (the request served, then stored)
            assert len(await stored(store)) == 2
            second.stop()
            assert await asyncio.wait_for(started, 30) == 0
            # The second gone, the feed it held is no one's: the next `run --once` polls it.
            assert await once.run(once=True) == 0
            assert [r.path for r, _ in httpserver.log][3:] == ["/two"]
            assert once.shares.held("feed") == []  # given up as it ended
    finally:
        running.stop()
        assert await asyncio.wait_for(task, 30) == 0
        await store.close()


def test_the_rebalance_interval_is_configured_in_archive(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[archive]\nrebalance_seconds = 5\n", encoding="utf-8")
    assert load_config(path).rebalance_seconds == 5
    assert load_config(None).rebalance_seconds == 30
    path.write_text("[archive]\nrebalance_seconds = 0\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"archive\.rebalance_seconds"):
        load_config(path)


async def test_a_killed_service_s_feeds_are_taken_over(
    pg_url: str, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """A real ``tg-archiver run`` killed with SIGKILL: its connections close with the process,
    the server drops its locks, and the service left takes its feeds at its next step."""
    for name in ("one", "two"):
        httpserver.expect_request(f"/{name}").respond_with_data(
            RSS.format(name=name), content_type="application/rss+xml"
        )
    feeds = tuple(FeedConfig(url=httpserver.url_for(f"/{n}")) for n in ("one", "two"))
    path = tmp_path / "config.toml"
    path.write_text(
        f'[archive]\ndatabase = "{pg_url}"\nrebalance_seconds = 3600\n'
        + "".join(f'\n[[feeds]]\nurl = "{f.url}"\n' for f in feeds),
        encoding="utf-8",
    )
    log = tmp_path / "child.log"
    with log.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "tg_archiver", "--config", str(path), "run"],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    admin = await asyncpg.connect(pg_url)

    async def members() -> int:
        return int(
            await admin.fetchval(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND objsubid = 2 AND classid::bigint = $1",
                MEMBERS["feed"],
            )
        )

    async def members_are(n: int) -> bool:
        return await members() == n

    async def polled(n: int) -> bool:
        assert child.poll() is None, log.read_text()
        return len(httpserver.log) >= n

    async def requests(n: int) -> bool:
        return len(httpserver.log) >= n

    async def joined(service: Service) -> bool:
        return service.shares is not None  # set once its first step has answered

    store = await Store.open(PostgresUrl(pg_url))
    service = Service(store, Config(feeds=feeds, rebalance_seconds=3600))
    task: asyncio.Task[int] | None = None
    try:
        await until(lambda: polled(2))  # the child alone: both feeds its own, polled
        task = asyncio.create_task(service.run())
        await until(lambda: joined(service))
        assert await members() == 2
        assert service.shares is not None
        await service.shares.step()
        assert service.shares.held("feed") == []  # both the child's
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        await until(lambda: members_are(1))  # the server saw its connections close
        taken = await service.shares.step()
        assert sorted(u.label for u in taken) == sorted(f.url for f in feeds)
        await until(lambda: requests(4))  # polled at once by the service that took them
        assert sorted(r.path for r, _ in httpserver.log) == ["/one", "/one", "/two", "/two"]
        await until(lambda: _count(store, 2))  # (the child may have died before storing)
        assert sorted(await stored(store)) == [
            (f.url, f"{n}-1") for f, n in zip(feeds, ("one", "two"), strict=True)
        ]
        assert "share taken feed=" in log.read_text()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
        service.stop()
        if task is not None:
            assert await asyncio.wait_for(task, 30) == 0
        await store.close()
        await admin.close()
