"""Alerts through telethon's real dispatch: /alert, a live channel post, exactly one message."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import OPTIONS, Clock
from telegram_harness import (
    FakeTelegram,
    OfflineTelegram,
    bot_only,
    channel,
    channel_message,
    dispatch,
    group,
    private_message,
    update_new_channel_message,
    update_new_message,
    user,
)
from telethon.tl import functions

from tg_archiver.archive.config import Config, TelegramConfig, load_config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.alerts import MAX_ALERTS_PER_CHAT, AlertStore, alert_store
from tg_archiver.bot.alerts import AlertSender
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.digests import Pacer, telegram_send
from tg_archiver.bot.service import Service
from tg_archiver.bot.telegram import ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
ADMIN = user(5151, "Admin")
CONFIG = TelegramConfig(admins=(ADMIN.id,))
NOW = datetime(2024, 5, 20, 9, 0, tzinfo=UTC)


class World:
    """The bot (commands, alerts) and the channel reader on one offline client."""

    def __init__(self, store: Store, fake: FakeTelegram, clock: Clock) -> None:
        self.store, self.fake, self.clock = store, fake, clock
        self.alerts = AlertSender(
            store,
            send=telegram_send(fake),
            pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
            clock=clock,
            topics=OPTIONS.topics,  # the config's [topics], as the service passes them
        )
        self.ids = iter(range(100, 10_000))

    async def start(self) -> None:
        ingest = ChannelIngest(
            self.store,
            self.fake,
            ["@example_mfa"],
            OPTIONS,
            backfill_limit=None,
            clock=self.clock,
            page_wait=0,
            on_stored=self.alerts.check,
        )
        await ingest.resolve()
        ingest.register()
        BotCommands(self.store, self.fake, CONFIG, clock=self.clock).register()

    async def command(self, text: str) -> str:
        msg = private_message(next(self.ids), ADMIN, text, entities=[])
        before = len(self.fake.sent())
        await dispatch(self.fake, update_new_message(msg), users=[ADMIN])
        [reply] = self.fake.sent()[before:]
        return reply.message

    async def publish(self, post_id: int, text: str) -> None:
        msg = channel_message(post_id, MFA, text, date=self.clock.now)
        self.fake.post(MFA, msg)
        await dispatch(self.fake, update_new_channel_message(msg), chats=[MFA])

    def alerts_sent(self) -> list[functions.messages.SendMessageRequest]:
        """Messages the bot sent on its own (command replies answer a message)."""
        return [r for r in self.fake.sent() if r.reply_to is None]


@pytest.fixture
def fake() -> FakeTelegram:
    client = FakeTelegram(bot=True)
    client.add_channel(MFA)
    return client


async def test_a_live_matching_post_is_sent_once_copies_and_others_never(
    engine_store: Store, fake: FakeTelegram
) -> None:
    """On both engines (the ``engine_store`` fixture)."""
    world = World(engine_store, fake, Clock(NOW))
    await world.start()
    assert "will get each new post matching" in await world.command("/alert ceasefire tag:BRICS")

    await world.publish(10, "🔹 BRICS ministers call for a ceasefire in Gaza.\n#BRICS")
    [alert] = world.alerts_sent()
    assert alert.peer.user_id == ADMIN.id and alert.no_webpage
    assert alert.message.startswith(
        "🔔 ceasefire tag:BRICS\n\nBRICS ministers call for a ceasefire"
    )
    assert "Example MFA · 2024-05-20 09:00 UTC" in alert.message
    assert any(getattr(e, "url", None) == "https://t.me/example_mfa/10" for e in alert.entities)

    await world.publish(11, "🔹 BRICS ministers call for a ceasefire in Gaza.\n#BRICS")  # a copy
    await world.publish(12, "A ceasefire, but no tag")
    await world.publish(13, "Talks on #BRICS trade")
    assert len(world.alerts_sent()) == 1

    assert "This chat's alerts" in await world.command("/alerts")
    assert "No more alerts on" in await world.command("/unalert 1")
    await world.publish(14, "Another #BRICS ceasefire appeal")
    assert len(world.alerts_sent()) == 1
    assert "no alerts" in await world.command("/alerts")


async def test_an_alert_on_a_name_watches_it_in_both_scripts(
    engine_store: Store, fake: FakeTelegram
) -> None:
    # As a search finds it (store/both_scripts.py): «Лавров» sends the post naming Lavrov
    # in English, and each post once, though both searches match it.
    world = World(engine_store, fake, Clock(NOW))
    await world.start()
    await world.command("/alert Лавров")
    await world.publish(40, "Лавров провёл переговоры в Пекине.")
    await world.publish(41, "Lavrov held talks in Beijing with Wang Yi.")
    await world.publish(42, "Лавров и Lavrov: a post in both scripts.")
    await world.publish(43, "Talks in Beijing ended.")
    sent = [a.message for a in world.alerts_sent()]
    assert len(sent) == 3
    assert "Lavrov held talks" in sent[1] and "a post in both scripts" in sent[2]


async def test_an_alert_on_a_topic_alias_watches_the_topic(
    store: Store, fake: FakeTelegram
) -> None:
    # #ШОС is an alias of SCO (conftest's topics): posts tagged either way are filed under
    # SCO, and an alert written with the alias, in the desk's language, watches them.
    world = World(store, fake, Clock(NOW))
    await world.start()
    await world.command("/alert саммит tag:ШОС")
    await world.publish(30, "Саммит в Астане открылся.\n#SCO")
    await world.publish(31, "Саммит БРИКС в Казани.\n#BRICS")
    [alert] = world.alerts_sent()
    assert alert.message.startswith("🔔 саммит tag:ШОС\n\nСаммит в Астане открылся\n")


async def test_a_restart_does_not_resend_and_resumes_what_was_not_sent(
    store: Store, fake: FakeTelegram
) -> None:
    clock = Clock(NOW)
    world = World(store, fake, clock)
    await world.start()
    await world.command("/alert ceasefire")
    fake.send_flood_waits[fake.send_calls + 1] = 7  # Telegram asks to wait: waited, retried
    await world.publish(20, "Ceasefire talks resume in Doha.")
    refused, accepted = world.alerts_sent()  # the same message, tried twice
    assert refused.random_id == accepted.random_id
    assert 7.0 in clock.sleeps

    restarted = AlertSender(store, send=telegram_send(fake), pacer=Pacer(sleep=clock.sleep))
    assert await restarted.check() == 0
    assert len(world.alerts_sent()) == 2

    # Recorded, then the process died before Telegram's answer was recorded: the restart
    # sends it again with the same random_id, and Telegram refuses it: not posted twice.
    await world.publish(21, "Ceasefire holds in the north.")
    assert len(world.alerts_sent()) == 3
    sends = [p for (p,) in await store._read_all("SELECT post_id FROM alert_sends ORDER BY 1")]
    [mine] = await AlertStore(store).alerts()
    assert mine.after_post == sends[-1] and len(sends) == 2
    await store._db.execute("UPDATE alert_sends SET sent_at = NULL WHERE post_id = ?", (sends[-1],))
    await store._db.commit()
    assert len(await AlertStore(store).unsent()) == 1
    assert await restarted.check() == 1
    *_, first, again = world.alerts_sent()  # the request went out again, with the same
    assert again.random_id == first.random_id  # random_id: Telegram refused, posted it once
    assert len(world.alerts_sent()) == 4
    assert await restarted.check() == 0 and await AlertStore(store).unsent() == []


async def test_bad_alert_queries_are_refused_in_the_chat(store: Store, fake: FakeTelegram) -> None:
    world = World(store, fake, Clock(NOW))
    await world.start()
    reply = await world.command("/alert -sanctions")
    assert reply.startswith("a search needs at least one word that is not negated")
    assert "/alert QUERY" in reply
    assert await AlertStore(store).alerts() == []


async def test_config_alerts_are_synced_and_validated(engine_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[[alerts]]\nchat = -1001234567890\nquery = "ceasefire tag:BRICS"\n', encoding="utf-8"
    )
    config = load_config(path)
    assert config.alerts == (("-1001234567890", "ceasefire tag:BRICS"),)
    alerts = alert_store(engine_store)
    await alerts.sync_config(config.alerts, now=NOW)
    await alerts.add("-1001234567890", "truce", now=NOW, created_by=1)
    await alerts.sync_config(config.alerts, now=NOW + timedelta(hours=1))  # a restart
    assert [(a.query, a.origin) for a in await alerts.alerts()] == [
        ("ceasefire tag:BRICS", "config"),
        ("truce", "chat"),
    ]
    await alerts.sync_config((), now=NOW)
    assert [a.query for a in await alerts.alerts()] == ["truce"]

    path.write_text('[[alerts]]\nchat = 1\nquery = "-only"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"alerts\[1\]\.query"):
        load_config(path)


async def test_a_chats_alerts_are_added_once_capped_and_removed_by_number_or_query(
    engine_store: Store,
) -> None:
    """The same calls on both engines (one class, each engine's statements)."""
    alerts = alert_store(engine_store)
    chat = "-100777"
    assert await alerts.add(chat, "sanctions", now=NOW, created_by=1)
    assert not await alerts.add(chat, "sanctions", now=NOW, created_by=1)  # already there
    for n in range(2, MAX_ALERTS_PER_CHAT + 1):
        assert await alerts.add(chat, f"word{n}", now=NOW + timedelta(minutes=n))
    with pytest.raises(InputError, match=f"at most {MAX_ALERTS_PER_CHAT} alerts"):
        await alerts.add(chat, "one more", now=NOW)
    assert await alerts.add("-100888", "one more", now=NOW)  # another chat's own count
    gone = await alerts.remove(chat, "2")
    assert gone is not None and gone.query == "word2"
    gone = await alerts.remove(chat, " sanctions ")
    assert gone is not None and gone.query == "sanctions"
    assert await alerts.remove(chat, "99") is None
    assert await alerts.remove(chat, "no such query") is None
    left = [a.query for a in await alerts.alerts(chat)]
    assert len(left) == MAX_ALERTS_PER_CHAT - 2 and "word2" not in left
    assert [a.chat for a in await alerts.alerts("-100888")] == ["-100888"]


async def test_the_service_sends_a_config_alert_for_a_live_post_once(
    store: Store, tmp_path: Path
) -> None:
    desk = group(1500000009, "Analysts desk")
    fake = OfflineTelegram(bot=True)
    fake.add_channel(MFA)
    fake.add_channel(desk)
    config = Config(
        telegram=bot_only(tmp_path, "@example_mfa"),
        alerts=(("-1001500000009", "summit tag:SCO"),),
    )
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
    running = asyncio.create_task(service.run())
    # Until the service follows the channel and has its alert (a post dispatched before is
    # not seen): at least 60 s on a loaded machine, then a failure, not a test that goes on.
    for _ in range(6000):
        if len(fake.list_event_handlers()) >= 2 and await AlertStore(store).alerts():
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError("the service never followed its channel with its alert")
    for n, text in enumerate(["Live post on the #SCO summit", "Live post on the #SCO summit"]):
        msg = channel_message(7 + n, MFA, text)  # the second: the channel posted it again
        await dispatch(fake, update_new_channel_message(msg), chats=[MFA])
    service.stop()
    assert await asyncio.wait_for(running, 60) == 0  # a bound for a hang (10 s: short, loaded)

    [alert] = fake.sent()
    assert alert.peer.channel_id == 1500000009
    assert alert.message.startswith("🔔 summit tag:SCO\n\nLive post on the SCO summit\n")


async def test_an_alert_telegram_refuses_holds_up_no_other(
    store: Store, fake: FakeTelegram
) -> None:
    # A chat whose messages Telegram refuses for good (its user blocked the bot): its alert
    # was retried first at every check, and every alert of every chat after it waited.
    world = World(store, fake, Clock(NOW))
    await world.start()
    await world.command("/alert ceasefire")
    # Another chat, its own alert (as the config's [[alerts]] give one); the reader has
    # written to the bot, so the client knows where to send.
    reader = user(6262, "Reader")
    await dispatch(fake, update_new_message(private_message(9001, reader, "hi")), users=[reader])
    await AlertStore(store).add(str(reader.id), "truce", now=NOW, created_by=None)
    fake.blocked_by.add(ADMIN.id)
    await world.publish(40, "Ceasefire and truce talks resume in Doha.")
    delivered = [m for m in world.alerts_sent() if m.peer.user_id == reader.id]
    assert [m.message.split("\n")[0] for m in delivered] == ["🔔 truce"]
    [waiting] = await AlertStore(store).unsent()  # the refused one, retried at each check
    assert waiting.chat == str(ADMIN.id)


async def test_an_empty_or_huge_alert_is_refused_and_the_reply_fits(
    store: Store, fake: FakeTelegram
) -> None:
    world = World(store, fake, Clock(NOW))
    await world.start()
    # Empty, it matched every post ("each new post matching .").
    assert (await world.command("/alert")).startswith("Name a search to watch.")
    reply = await world.command("/alert " + "astana " * 1500)  # 10,500 characters
    assert reply.startswith("too many words to search for: at most 64")
    long = "/alert " + " OR ".join(f"word{n}" for n in range(30))
    assert len(await world.command(long)) < 4096  # saved, and said so within the limit
    assert len(await world.command("/unalert " + "x" * 9000)) < 4096
    assert [a.query for a in await AlertStore(store).alerts()] == [long[len("/alert ") :]]


async def test_the_list_of_twenty_long_alerts_fits_one_message(
    store: Store, fake: FakeTelegram
) -> None:
    # Hostile round 10: 20 alerts of 400 characters each were listed in one reply past
    # Telegram's 4096 characters, which it refuses: /alerts got no answer at all.
    world = World(store, fake, Clock(NOW))
    await world.start()
    queries = [" OR ".join(f"w{n}x{m:02}" for m in range(48)) for n in range(20)]
    for query in queries:  # as /alert saves them (commands in a row meet the rate limit)
        await AlertStore(store).add(str(ADMIN.id), query, now=NOW, created_by=ADMIN.id)
    assert [a.query for a in await AlertStore(store).alerts()] == queries
    reply = await world.command("/alerts")
    assert len(reply.encode("utf-16-le")) // 2 <= 4096
    lines = reply.splitlines()
    assert lines[0] == "This chat's alerts"
    assert [line.split(".")[0] for line in lines[1:21]] == [str(n) for n in range(1, 21)]
    assert lines[20].startswith("20. w19x00 OR ")  # each named, its query shortened
    assert (await world.command("/unalert 20")).startswith("No more alerts on")
    # The longest a message holds (4,089 characters after "/alert "): its removal was
    # confirmed past the limit too.
    longest = " ".join(f"{'w' * 61}{n:02}" for n in range(64))[: 4096 - len("/alert ")]
    await AlertStore(store).add(str(ADMIN.id), longest, now=NOW, created_by=ADMIN.id)
    reply = await world.command(f"/unalert {longest}")
    assert reply.startswith("No more alerts on ww") and len(reply) < 4096


async def test_an_old_alert_that_narrows_nothing_is_kept_but_sends_nothing(
    store: Store, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    # Versions before session 39 stored /alert with dates only or control characters only:
    # an alert on every post. It stays stored (the chat lists it, /unalert removes it), and
    # sends nothing, with a warning each check, as an alert an older syntax allowed.
    world = World(store, fake, Clock(NOW))
    await world.start()
    for query in ("since:2020-01-01", "\x1b\x00"):
        await store._db.execute(
            "INSERT INTO alerts (chat, query, origin, created_at, after_post)"
            " VALUES (?, ?, 'chat', ?, 0)",
            (str(ADMIN.id), query, NOW.isoformat()),
        )
    await store._db.commit()
    await world.command("/alert ceasefire")
    await world.publish(40, "Ceasefire talks resume in Doha.")
    await world.publish(41, "Weather in Moscow: +17")
    [alert] = world.alerts_sent()
    assert alert.message.startswith("🔔 ceasefire\n")
    assert "since:2020-01-01" in await world.command("/alerts")
    skipped = [r.getMessage() for r in caplog.records if "alert skipped" in r.getMessage()]
    assert skipped and all("an alert needs a word" in m for m in skipped)


def test_two_searches_matches_are_one_list_and_the_cursor_stops_at_the_fuller() -> None:
    from dataclasses import dataclass
    from typing import cast

    from tg_archiver.archive.export import ExportRow
    from tg_archiver.archive.store.alerts import MATCHES_PER_CHECK, merged

    @dataclass
    class Row:
        id: int

    def rows(ids: range | list[int]) -> list[ExportRow]:
        return [cast(ExportRow, Row(i)) for i in ids]

    # Neither search filled its share: every post once, oldest first, the cursor at upto.
    found, upto = merged([rows([1, 3, 5]), rows([2, 3, 9])], 10)
    assert [r.id for r in found] == [1, 2, 3, 5, 9] and upto == 10
    # One filled its share up to post 60: the other's posts after it wait for the next check.
    full = rows(range(11, 11 + MATCHES_PER_CHECK))
    found, upto = merged([full, rows([12, 70, 80])], 100)
    assert upto == full[-1].id
    assert [r.id for r in found] == sorted({*range(11, 11 + MATCHES_PER_CHECK), 12})
