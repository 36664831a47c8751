"""Digest delivery on a real SQLite store: exactly once, catch-up, pacing, flood waits."""

from __future__ import annotations

import asyncio
import io
import itertools
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CHANNEL, CliResult, Clock, ingest, write_archive
from telegram_harness import FakeTelegram, group
from telethon.errors import FloodWaitError

from tg_archiver.archive.config import DigestConfig
from tg_archiver.archive.models import Post
from tg_archiver.archive.store import Store
from tg_archiver.bot.digests import (
    CONSOLE,
    ConsoleSink,
    DigestSender,
    Pacer,
    sender_for,
    telegram_send,
)

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
CHAT = "-1001234567890"


def post(n: int, at: datetime, tag: str = "#SCO") -> Post:
    words = " ".join(f"item{n}word{j}" for j in range(40))
    return Post(
        source=CHANNEL, external_id=str(n), published_at=at, text=f"Bulletin {n} {tag} {words}"
    )


class Chat:
    """Records what was sent; ``fail_after`` parts crashes the next send, ``flood`` scripts
    FloodWaitError seconds for the N-th send call (1-based)."""

    def __init__(self, fail_after: int | None = None, flood: dict[int, int] | None = None):
        self.sent: list[tuple[str, str]] = []
        self.fail_after = fail_after
        self.flood = flood or {}
        self.calls = 0

    async def __call__(self, chat: str, html: str, key: str = "") -> int | None:
        self.calls += 1
        if self.calls in self.flood:
            raise FloodWaitError(request=None, capture=self.flood.pop(self.calls))
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            raise ConnectionError("crash")
        self.sent.append((chat, html))
        return 100 + len(self.sent)


def sender(store: Store, clock: Clock, send: object, **kw: object) -> DigestSender:
    return DigestSender(
        store,
        "morning",
        ("SCO",),
        send=send,  # type: ignore[arg-type]
        max_items_per_topic=200,
        clock=clock,
        pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
        **kw,  # type: ignore[arg-type]
    )


async def many_posts(store: Store, n: int = 60) -> None:
    await ingest(store, *(post(i, START + timedelta(hours=9, minutes=i)) for i in range(n)))


async def test_crash_between_parts_resumes_with_the_same_text(store: Store) -> None:
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    crashing = Chat(fail_after=1)
    with pytest.raises(ConnectionError):
        await sender(store, clock, crashing).deliver(CHAT)
    assert len(crashing.sent) == 1
    [pending] = await store.unfinished_deliveries("morning", CHAT)
    assert len(pending.messages) >= 3
    assert pending.sent_parts == 1 and pending.message_ids == (101,)
    assert pending.messages[0] == crashing.sent[0][1]

    await ingest(store, post(999, START + timedelta(hours=10, seconds=30)))  # text would change
    clock.now += timedelta(hours=2)
    fresh = Chat()
    [resumed, nxt] = await sender(store, clock, fresh).deliver(CHAT)
    assert [h for _, h in fresh.sent[: len(pending.messages) - 1]] == list(pending.messages[1:])
    assert resumed.period_end == START + timedelta(days=1)
    assert nxt.period_start == START + timedelta(days=1)
    assert await store.unfinished_deliveries("morning", CHAT) == []
    again = Chat()
    clock.now += timedelta(seconds=1)
    await sender(store, clock, again).deliver(CHAT)
    assert again.sent == []  # nothing new in the last second, nothing re-sent


async def test_downtime_over_three_scheduled_times_sends_one_merged_digest(store: Store) -> None:
    clock = Clock(START + timedelta(hours=8))
    chat = Chat()
    await sender(store, clock, chat, say_when_empty=True).deliver(CHAT)  # day 1 08:00: empty
    assert len(chat.sent) == 1 and "No new posts" in chat.sent[0][1]
    for day in range(3):  # missed: days 2, 3, 4 at 08:00
        await ingest(store, post(day, START + timedelta(days=day, hours=12)))
    clock.now = START + timedelta(days=4, hours=9)  # back up after the three times
    chat.sent.clear()
    [d] = await sender(store, clock, chat).deliver(CHAT)
    assert d.period_start == START + timedelta(hours=8)
    assert d.period_end == clock.now
    assert len(chat.sent) == 1
    assert all(f"Bulletin {day} " in chat.sent[0][1] for day in range(3))


async def test_pacing_one_message_per_second_per_chat(store: Store) -> None:
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    chat = Chat()
    [d] = await sender(store, clock, chat).deliver(CHAT)
    assert len(chat.sent) == len(d.messages) >= 3
    assert len(clock.sleeps) == len(d.messages) - 1
    assert all(s >= 1.0 for s in clock.sleeps)


async def test_flood_wait_is_waited_out_and_the_same_part_retried(store: Store) -> None:
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    chat = Chat(flood={2: 7})
    [d] = await sender(store, clock, chat).deliver(CHAT)
    assert 7 in clock.sleeps
    assert [h for _, h in chat.sent] == list(d.messages)
    [done] = await store._deliveries("digest = ?", ("morning",))
    assert done.finished and done.sent_parts == len(d.messages)
    assert len(done.message_ids) == len(d.messages)


async def test_pacing_twenty_messages_a_minute_per_group_one_a_second_per_user() -> None:
    clock = Clock(START)
    pacer = Pacer(sleep=clock.sleep, monotonic=clock.monotonic)
    sent: dict[str, list[float]] = {CHAT: [], "4242": [], "@desk": []}
    for chat, times in sent.items():
        for _ in range(45):
            await pacer.wait(chat)
            times.append(clock.mono)

    for chat in (CHAT, "@desk"):  # groups, channels and public usernames
        times = sent[chat]
        assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
        assert all(times[i + 20] - times[i] >= 60.0 for i in range(len(times) - 20))
        assert times[44] - times[0] < 2 * 60 + 5  # and no slower than that
    user = sent["4242"]  # a private chat: one a second, no minute cap
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(user))
    assert user[44] - user[0] < 60.0


async def test_two_digests_to_one_chat_at_once_share_its_pace(store: Store) -> None:
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    pacer = Pacer(sleep=clock.sleep, monotonic=clock.monotonic)
    times: list[float] = []

    async def send(chat: str, html: str, key: str) -> int:
        times.append(clock.mono)
        return len(times)

    senders = [
        DigestSender(store, name, ("SCO",), send=send, clock=clock, pacer=pacer,
                     max_items_per_topic=200)
        for name in ("morning", "evening")
    ]  # fmt: skip
    await asyncio.gather(*(s.deliver(CHAT) for s in senders))
    assert len(times) >= 6
    times.sort()
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))


async def test_flood_wait_from_telegram_while_sending_through_the_bot(store: Store) -> None:
    """The bot's real send path (telethon's send_message, HTML parsed to entities) against
    a Telegram that answers the second message with FLOOD_WAIT_7."""
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))  # CHAT
    bot.send_flood_waits = {2: 7}
    [d] = await sender(store, clock, telegram_send(bot)).deliver(CHAT)

    sent = bot.sent()
    assert len(sent) == len(d.messages) + 1  # the refused one and its retry
    assert sent[1].message == sent[2].message  # the same part again, not the next
    assert 7 in clock.sleeps
    assert all(r.no_webpage and r.entities for r in sent)
    assert all(r.peer.channel_id == 1234567890 for r in sent)
    [done] = await store._deliveries("digest = ?", ("morning",))
    assert done.finished and done.sent_parts == len(d.messages)
    assert done.message_ids == tuple(range(5001, 5001 + len(d.messages)))


async def test_crash_after_telegram_accepted_a_part_does_not_post_it_twice(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crash the records alone cannot cover: Telegram has part 2, the archive has not
    written that down. The resend carries the same random_id and Telegram refuses it."""
    await many_posts(store)
    clock = Clock(START + timedelta(days=1))
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))
    record = store.record_part_sent
    calls = 0

    async def power_cut_on_the_second(*args: object, **kwargs: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ConnectionError("power cut")
        await record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "record_part_sent", power_cut_on_the_second)
    with pytest.raises(ConnectionError):
        await sender(store, clock, telegram_send(bot)).deliver(CHAT)
    monkeypatch.undo()
    [pending] = await store.unfinished_deliveries("morning", CHAT)
    assert pending.sent_parts == 1 and len(bot.sent()) == 2

    [resumed] = await sender(store, clock, telegram_send(bot)).deliver(CHAT)

    posted = {r.random_id: r.message for r in bot.sent()}  # what the chat shows, once each
    assert len(bot.sent()) == len(pending.messages) + 1  # the refused resend of part 2
    assert len(posted) == len(bot.random_ids) == len(pending.messages)
    assert [r.message for r in bot.sent()][2] == [r.message for r in bot.sent()][1]
    [done] = await store._deliveries("digest = ?", ("morning",))
    assert done.finished and done.sent_parts == len(pending.messages)
    assert done.message_ids[1] is None  # taken as sent; its id is Telegram's secret
    assert resumed.period_end == pending.period_end


async def test_console_sink_separates_parts(store: Store) -> None:
    await many_posts(store)
    out = io.StringIO()
    clock = Clock(START + timedelta(days=1))
    [d] = await sender(store, clock, ConsoleSink(out)).deliver(CONSOLE)
    assert out.getvalue() == "\n---\n".join(d.messages) + "\n"
    assert await store.last_delivery_end("morning", CONSOLE) == clock.now


async def test_empty_window_sends_nothing_but_advances(store: Store) -> None:
    clock = Clock(START + timedelta(days=1))
    chat = Chat()
    [d] = await sender(store, clock, chat).deliver(CHAT)
    assert chat.sent == [] and d.messages == ()
    assert await store.last_delivery_end("morning", CHAT) == clock.now
    assert await store.unfinished_deliveries("morning", CHAT) == []
    await ingest(store, post(1, clock.now - timedelta(hours=1)))  # late, before the window
    clock.now += timedelta(hours=1)
    [d2] = await sender(store, clock, chat).deliver(CHAT)
    assert d2.period_start == START + timedelta(days=1) and chat.sent == []


def deliveries(db: Path) -> list[tuple[str, str, int, int, object]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT digest, chat, parts, sent_parts, finished_at FROM digest_deliveries"
        ).fetchall()


def recent_post() -> Post:
    """The example data is all of March 2024 (the text dump's posts dated by their datelines):
    a post of the last hour gives the named digest's default window something to send."""
    return Post(
        source=CHANNEL,
        external_id="9001",
        published_at=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1),
        text="Talks on #SCO cooperation in transport.\nThe sides agreed on a plan.",
    )


def test_cli_named_digest_records_console_delivery_unless_dry_run(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    config = ROOT / "config.example.toml"
    write_archive(db, recent_post())
    assert cli("--config", config, "--db", db, "import").code == 0
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    by_hand = cli("--config", config, "--db", db, "digest", "morning", *window)
    assert by_hand.code == 0, by_hand.err
    assert by_hand.out.startswith("<b>Digest: morning</b>") and "#SCO" in by_hand.out
    dry = cli("--config", config, "--db", db, "digest", "morning", "--dry-run")
    assert dry.code == 0 and dry.out.startswith("<b>Digest: morning</b>")
    assert deliveries(db) == []
    real = cli("--config", config, "--db", db, "digest", "morning")
    assert real.code == 0 and real.out.startswith("<b>Digest: morning</b>")
    [(name, chat, parts, sent, finished)] = deliveries(db)
    assert (name, chat, sent) == ("morning", "console", parts) and finished
    again = cli("--config", config, "--db", db, "digest", "morning")
    assert again.code == 0 and "<b>#SCO" not in again.out  # the window starts after the last
    assert all(row[4] for row in deliveries(db))


@pytest.mark.parametrize(
    ("cron", "window"),
    [("0 18 * * 5", timedelta(days=7)), ("0 8 * * *", timedelta(days=1)), ("0 * * * *", None)],
)
async def test_a_digests_first_window_is_its_schedules_period(
    store: Store, cron: str, window: timedelta | None
) -> None:
    # A weekly digest never delivered covers the week before it, not the last day; a digest
    # more often than daily still covers the last 24 hours at first.
    now = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    digest = DigestConfig("desk", ("SCO",), cron=cron, timezone="Europe/Moscow")
    sender = sender_for(store, digest, send=ConsoleSink(io.StringIO()), clock=lambda: now)
    since, until = await sender.window(CONSOLE)
    assert until == now and until - since == (window or timedelta(hours=24))


_HOLD_CLAIM = """
import asyncio, sys
from pathlib import Path
from tg_archiver.archive.store.delivery_lock import DeliveryLocks

async def main() -> None:
    locks = DeliveryLocks(Path(sys.argv[1]))
    async with locks.claim("morning", "console") as mine:
        print("held" if mine else "refused", flush=True)
        if mine:
            sys.stdin.readline()  # until the test says so

asyncio.run(main())
"""


def hold_claim(db: Path) -> subprocess.Popen[str]:
    """Another process holding the delivery of "morning" to the console, until its stdin
    gets a line; its first line says whether it got the claim."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD_CLAIM, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    return write_archive(tmp_path / "a.db")


async def test_a_delivery_another_process_holds_is_not_this_ones(seeded: Path) -> None:
    db = seeded
    other = hold_claim(db)
    try:
        async with await Store.open(db) as store:
            async with store.delivery_claim("morning", "console") as mine:
                assert mine is False
            async with store.delivery_claim("morning", CHAT) as other_chat:
                assert other_chat is True  # another chat's delivery is free
            async with store.delivery_claim("evening", "console") as other_digest:
                assert other_digest is True
            # In one process, one delivery of a digest to a chat at a time as well.
            async with (
                store.delivery_claim("evening", "console") as first,
                store.delivery_claim("evening", "console") as second,
            ):
                assert (first, second) == (True, False)
    finally:
        assert other.stdin is not None
        other.communicate("\n", timeout=30)
    async with await Store.open(db) as store, store.delivery_claim("morning", "console") as free:
        assert free is True


def test_two_named_digests_at_once_print_the_window_once(tmp_path: Path) -> None:
    """Two `digest morning` at once (two cron lines, a user beside cron) both began the same
    delivery: the second printed nothing or "No new posts", or ended in a traceback ("part 0
    out of order"). The second now waits for the first, then prints what is left."""
    db = tmp_path / "a.db"
    config = ROOT / "config.example.toml"
    write_archive(db, recent_post())
    holder = hold_claim(db)  # the first, still delivering
    argv = [sys.executable, "-m", "tg_archiver", "--config", str(config), "--db", str(db)]
    second = subprocess.Popen(
        [*argv, "digest", "morning"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    third = subprocess.Popen(
        [*argv, "digest", "morning"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert second.poll() is None and third.poll() is None  # waiting (or not yet started)
    assert holder.stdin is not None
    holder.communicate("\n", timeout=30)
    outs = [p.communicate(timeout=120) for p in (second, third)]
    assert [p.returncode for p in (second, third)] == [0, 0], outs
    assert not any("Traceback" in err for _, err in outs)
    printed = sorted(out for out, _ in outs)
    # One of them printed the window's news, the other the window after it, empty.
    assert sum("cooperation in transport" in out for out in printed) == 1, printed
    # ("No new posts for #SCO, …" when a second has passed, "… since its last delivery, …" when
    # not: a window of no time.)
    assert sum(out.startswith("No new posts") for out in printed) == 1, printed
    # The news delivered once, whole (and the empty window after it, when it had a second).
    recorded = deliveries(db)
    assert 1 <= len(recorded) <= 2
    assert all(
        (n, c, p == s, bool(f)) == ("morning", "console", True, True) for n, c, p, s, f in recorded
    )
