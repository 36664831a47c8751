"""The service end to end on both engines (the ``engine_store`` fixture): a live channel post
archived through telethon's real dispatch, a config alert sent for it once, then the morning
digest sent to its chat through the bot, copies folded."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from conftest import Clock, ingest, make_post
from telegram_harness import (
    DATE,
    OfflineTelegram,
    bot_only,
    channel,
    channel_message,
    dispatch,
    group,
    update_new_channel_message,
)

from tg_archiver.archive.config import Config, DigestConfig
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.archive.store.alerts import alert_store
from tg_archiver.bot.service import Service

MFA = channel(1500000001, "example_mfa", "Example MFA")
RELAY = channel(1500000002, "relay", "Relay")
DESK = group(1500000009, "Analysts desk")
DESK_CHAT = "-1001500000009"
SUMMIT = "Live post on the #SCO summit in Astana, with the ministers' joint statement."


def telegram(*channels: object) -> OfflineTelegram:
    fake = OfflineTelegram(bot=True)
    for c in (*channels, DESK):
        fake.add_channel(c)
    return fake


async def test_the_service_archives_a_live_post_alerts_once_and_sends_the_digest(
    engine_store: Store, tmp_path: Path
) -> None:
    store = engine_store
    fake = telegram(MFA, RELAY)
    config = Config(
        telegram=bot_only(tmp_path, "@example_mfa", "@relay"),
        alerts=((DESK_CHAT, "summit tag:SCO"),),
    )
    clock = Clock(DATE + timedelta(minutes=5))
    service = Service(store, config, clock=clock, client_factory=lambda tg, bot: fake, page_wait=0)
    running = asyncio.create_task(service.run())
    # Until the service follows the channels and has its alert (a post dispatched before is
    # not seen): at least 60 s on a loaded machine, then a failure, not a test that goes on.
    for _ in range(6000):
        if len(fake.list_event_handlers()) >= 2 and await alert_store(store).alerts():
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError("the service never followed its channels with its alert")
    await dispatch(fake, update_new_channel_message(channel_message(7, MFA, SUMMIT)), chats=[MFA])
    copy = channel_message(31, RELAY, SUMMIT)  # the relay posts the same statement: a copy
    await dispatch(fake, update_new_channel_message(copy), chats=[RELAY])
    service.stop()
    assert await asyncio.wait_for(running, 60) == 0  # a bound for a hang (10 s: short, loaded)

    [alert] = fake.sent()
    assert alert.peer.channel_id == DESK.id
    assert alert.message.startswith("🔔 summit tag:SCO\n\nLive post on the SCO summit")
    posts = [r async for r in store.iter_posts(ExportFilter())]
    assert [(p.source, p.external_id) for p in posts] == [("1500000001", "7"), ("1500000002", "31")]
    assert posts[1].duplicate_of == posts[0].id

    # The next morning's run: the digest of the day, to the desk, the copy folded in.
    morning = DigestConfig(name="desk", topics=("SCO",), chats=(int(DESK_CHAT),))
    fake = telegram(MFA, RELAY)
    clock = Clock(DATE + timedelta(hours=2))
    config = Config(telegram=bot_only(tmp_path), digests=(morning,))
    service = Service(store, config, clock=clock, client_factory=lambda tg, bot: fake)
    assert await service.run(once=True) == 0
    [digest] = fake.sent()
    assert digest.peer.channel_id == DESK.id
    assert digest.message.count("Live post on the SCO summit") == 1
    assert "+1 source" in digest.message
    assert await store.unfinished_deliveries("desk", DESK_CHAT) == []  # sent whole
    assert await store.last_delivery_end("desk", DESK_CHAT) == clock.now
    assert await service.run(once=True) == 0  # not due again: nothing more sent
    assert len(fake.sent()) == 1


async def test_two_services_checking_one_alert_at_once_record_each_match_once(
    pg_url: str,
) -> None:
    """On PostgreSQL, two services share the archive: the alert's row lock lets one record."""
    async with (
        await Store.open(PostgresUrl(pg_url)) as one,
        await Store.open(PostgresUrl(pg_url)) as two,
    ):
        await alert_store(one).add(DESK_CHAT, "summit", now=DATE)
        await ingest(one, *(make_post(n, f"Summit statement number {n}.") for n in range(1, 4)))
        [alert] = await alert_store(one).alerts()  # as each service read it before its check
        query = parse_query(alert.query)
        taken = await asyncio.gather(
            *(alert_store(s).take_matches(alert, [query], lambda r: r.text) for s in (one, two))
        )
        assert sorted(len(t) for t in taken) == [0, 3]
        assert len(await alert_store(two).unsent()) == 3
        [after] = await alert_store(two).alerts()
        assert after.after_post == max(p.post_id for t in taken for p in t)
