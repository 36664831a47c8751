"""The service's digests: catch-up on start and with `run --once`, cron jobs, the bot."""

from __future__ import annotations

import asyncio
import io
import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from conftest import CHANNEL, Clock, ingest
from telegram_harness import OfflineTelegram, bot_only, channel

from tg_archiver.archive.config import Config, DigestConfig
from tg_archiver.archive.models import Post
from tg_archiver.archive.store import Store
from tg_archiver.archive.subscriptions import parse_subscription
from tg_archiver.bot.digests import CONSOLE, ConsoleSink, DigestSender
from tg_archiver.bot.service import Service

DAY1 = datetime(2024, 3, 1, tzinfo=UTC)
MORNING = DigestConfig(name="morning", topics=("SCO",), cron="0 8 * * *", timezone="UTC")


def post(n: int, at: datetime) -> Post:
    return Post(source=CHANNEL, external_id=str(n), published_at=at, text=f"News {n} on the #SCO")


async def test_once_catches_up_one_merged_digest_then_nothing(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    # delivered on day 1 at 08:00, then down over days 2, 3 and 4 at 08:00
    await DigestSender(
        store, "morning", ("SCO",), send=ConsoleSink(io.StringIO()), clock=lambda: DAY1
    ).deliver(CONSOLE, until=DAY1 + timedelta(hours=8))
    await ingest(store, *(post(i, DAY1 + timedelta(days=i, hours=12)) for i in range(3)))
    clock = Clock(DAY1 + timedelta(days=3, hours=9))
    service = Service(store, Config(digests=(MORNING,)), clock=clock)
    assert await service.run(once=True) == 0
    out = capsys.readouterr().out
    assert "---" not in out and all(f"News {i} " in out for i in range(3))
    assert await store.last_delivery_end("morning", CONSOLE) == clock.now
    clock.now += timedelta(hours=2)  # before the next 08:00: not due
    assert await service.run(once=True) == 0
    assert capsys.readouterr().out == ""


async def test_due_when_a_scheduled_time_passed_since_the_last_delivery(store: Store) -> None:
    service = Service(store, Config(digests=(MORNING,)))
    now = DAY1 + timedelta(hours=7)
    assert await service.digest_due(MORNING, CONSOLE, now)  # never sent; 08:00 within a day
    await DigestSender(store, "morning", ("SCO",), send=ConsoleSink(io.StringIO())).deliver(
        CONSOLE, until=DAY1 + timedelta(hours=8)
    )
    assert not await service.digest_due(MORNING, CONSOLE, DAY1 + timedelta(hours=20))
    assert await service.digest_due(MORNING, CONSOLE, DAY1 + timedelta(days=1, hours=8))


async def test_once_sends_a_due_digest_to_its_chat_through_the_bot(store: Store, tmp_path) -> None:
    mfa = channel(1500000001, "example_mfa", "Example MFA")
    fake = OfflineTelegram(bot=True)
    fake.add_channel(mfa)
    await ingest(store, post(1, DAY1 + timedelta(hours=3)))
    digest = DigestConfig(name="d", topics=("SCO",), chats=(-1001500000001,))
    config = Config(
        telegram=bot_only(tmp_path),
        digests=(digest,),
    )
    clock = Clock(DAY1 + timedelta(hours=9))
    service = Service(store, config, clock=clock, client_factory=lambda tg, bot: fake)
    assert await service.run(once=True) == 0
    [sent] = fake.sent()
    assert "News 1" in sent.message and sent.no_webpage
    [d] = await store._deliveries("digest = ?", ("d",))
    assert d.finished and d.chat == "-1001500000001" and d.message_ids == (5001,)


async def test_a_digest_without_chats_can_go_to_a_file_once_per_period(
    store: Store, tmp_path
) -> None:
    out = tmp_path / "digests" / "morning.txt"
    digest = DigestConfig(name="morning", topics=("SCO",), file=out)
    config = Config(database=tmp_path / "a.db", digests=(digest,))
    await ingest(store, post(1, DAY1 + timedelta(hours=3)))
    clock = Clock(DAY1 + timedelta(hours=9))

    assert await Service(store, config, clock=clock).run(once=True) == 0
    first = out.read_text(encoding="utf-8")
    assert first.startswith("<b>Digest: morning</b>\n") and "News 1" in first

    await ingest(store, post(2, DAY1 + timedelta(hours=20)))
    clock.now = DAY1 + timedelta(days=1, hours=9)
    assert await Service(store, config, clock=clock).run(once=True) == 0
    assert await Service(store, config, clock=clock).run(once=True) == 0  # nothing due
    text = out.read_text(encoding="utf-8")
    assert text.startswith(first + "---\n<b>Digest: morning</b>\n")
    assert text.count("News 1") == first.count("News 1")
    assert text.count("<b>Digest: morning</b>") == 2
    [d1, d2] = await store._deliveries("digest = ?", ("morning",))
    assert d1.chat == d2.chat == f"file:{out}" and d2.finished


async def test_a_digest_file_that_is_the_archive_is_refused_and_not_recorded_sent(
    store: Store, tmp_path
) -> None:
    # `file = "archive.db"`: the text went past the archive's last page, was lost, and the
    # period was recorded as sent.
    digest = DigestConfig(name="morning", topics=("SCO",), file=store.path)
    config = Config(database=store.path, digests=(digest,))
    await ingest(store, post(1, DAY1 + timedelta(hours=3)))
    size = store.path.stat().st_size
    clock = Clock(DAY1 + timedelta(hours=9))
    await Service(store, config, clock=clock).run(once=True)
    assert store.path.stat().st_size == size
    assert not [d for d in await store._deliveries("digest = ?", ("morning",)) if d.finished]


async def test_subscriptions_become_jobs_and_catch_up_after_a_restart(store: Store) -> None:
    mfa = channel(1500000001, "example_mfa", "Example MFA")
    fake = OfflineTelegram(bot=True)
    fake.add_channel(mfa)
    chat = -1001500000001
    await store.add_subscription(
        parse_subscription("SCO daily 08:00", chat_id=chat, created_by=1, now=DAY1)
    )
    clock = Clock(DAY1 + timedelta(hours=9))
    service = Service(store, Config(), clock=clock)
    service._bot = fake
    scheduler = AsyncIOScheduler(timezone=UTC)
    await service.sync_subscriptions(scheduler)
    [job] = scheduler.get_jobs()
    assert job.id == f"sub:{chat}:sco" and fake.sent() == []  # new: nothing sent at once

    await ingest(store, post(1, DAY1 + timedelta(hours=8, minutes=30)))
    await service.deliver_subscription((await store.list_subscriptions())[0])
    [first] = fake.sent()
    assert "News 1" in first.message and "Digest: #SCO" in first.message

    await store.add_subscription(
        parse_subscription("SCO weekly mon 09:00", chat_id=chat, created_by=1, now=DAY1)
    )
    await service.sync_subscriptions(scheduler)
    [job] = scheduler.get_jobs()
    assert job.trigger.get_next_fire_time(None, DAY1) == datetime(2024, 3, 4, 9, tzinfo=UTC)

    # restart after downtime over several Mondays: one merged digest, then not again
    await ingest(store, post(2, DAY1 + timedelta(days=5)), post(3, DAY1 + timedelta(days=12)))
    clock.now = DAY1 + timedelta(days=20)
    restarted = Service(store, Config(), clock=clock)
    restarted._bot = fake
    await restarted.sync_subscriptions(AsyncIOScheduler(timezone=UTC))
    [_, merged] = fake.sent()
    assert "News 2" in merged.message and "News 3" in merged.message
    assert "News 1" not in merged.message

    await store.remove_subscription(chat, "SCO")
    await service.sync_subscriptions(scheduler)
    assert scheduler.get_jobs() == []


async def test_a_digest_goes_into_a_forum_topic(store: Store, tmp_path) -> None:
    forum = channel(1500000009, None, "Analysts forum")
    fake = OfflineTelegram(bot=True)
    fake.add_channel(forum)
    await ingest(store, post(1, DAY1 + timedelta(hours=3)))
    digest = DigestConfig(name="d", topics=("SCO",), chats=("-1001500000009:45",))
    config = Config(
        telegram=bot_only(tmp_path),
        digests=(digest,),
    )
    service = Service(
        store, config, clock=Clock(DAY1 + timedelta(hours=9)), client_factory=lambda tg, bot: fake
    )
    assert await service.run(once=True) == 0
    [sent] = fake.sent()
    assert sent.peer.channel_id == 1500000009
    assert sent.reply_to.reply_to_msg_id == 45 and sent.reply_to.top_msg_id is None
    assert "News 1" in sent.message
    [d] = await store._deliveries("digest = ?", ("d",))
    assert d.finished and d.chat == "-1001500000009:45"


async def test_a_digest_the_stopping_service_interrupts_says_it_is_resumed_and_no_error(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    writer = sqlite3.connect(store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process writing: the delivery's record waits
    service = Service(store, Config(digests=(MORNING,)))
    running = asyncio.create_task(service.run())
    try:
        for _ in range(6000):  # the busy timeout (10 s), then the catch-up: at most 60 s
            # The catch-up's delivery is then waiting for the lock (its record). A busy
            # warning alone is not enough: the start's own writes may meet the lock first.
            if "digest catch-up name=morning chats=1" in caplog.messages:
                break
            await asyncio.sleep(0.01)
        else:
            raise AssertionError("the digest never started")
        service.stop()
        assert await asyncio.wait_for(running, 60) == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert (
        "digest interrupted name=morning chat=console; resumed at its first unsent part"
        " at the next start" in caplog.messages
    )
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert await store.unfinished_deliveries("morning", CONSOLE) == []
