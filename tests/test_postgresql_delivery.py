"""Two services against one PostgreSQL archive deliver every digest part exactly once.

Each service is its own ``Store`` (its own pool of connections to one real PostgreSQL
database) and its own ``DigestSender``; their delivery loops run at the same time over the
same chats and scheduled times. The composition is fixed here (the digest's text is not what
is tested, and reading posts is not yet built for PostgreSQL): what is tested is the
delivery's record, claim, send and resume, through the real ``DigestSender.deliver``.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Clock

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.store import Store
from tg_archiver.bot.digests import DigestSender, Pacer

START = datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
CHATS = ("-1001", "-1002", "-1003")
PARTS = 4
ROUNDS = 5


class FixedParts(DigestSender):
    """A digest of ``PARTS`` parts, each naming its chat-independent window and index."""

    async def compose(self, since: datetime, until: datetime) -> list[str]:
        return [f"{since:%d %H:%M}..{until:%d %H:%M} part {i}" for i in range(PARTS)]


class Telegram:
    """What every service sent, to whom; yields to the other service on each send."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail_at: int | None = None  # the N-th send (0-based) fails, as a crash would

    async def send(self, chat: str, html: str, key: str = "") -> int:
        await asyncio.sleep(0.001)  # another service's task runs meanwhile
        if self.fail_at is not None and len(self.sent) == self.fail_at:
            self.fail_at = None
            raise ConnectionError("the service died here")
        self.sent.append((chat, html))
        await asyncio.sleep(0)
        return len(self.sent)


def service(store: Store, clock: Clock, telegram: Telegram) -> FixedParts:
    return FixedParts(
        store,
        "morning",
        ("SCO",),
        send=telegram.send,
        clock=clock,
        pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
    )


async def loop(sender: DigestSender, rounds: int) -> None:
    for r in range(1, rounds + 1):
        for chat in CHATS:
            await sender.deliver(chat, until=START + timedelta(hours=r))


async def test_two_services_on_one_database_send_every_part_exactly_once(pg_url: str) -> None:
    a, b = [await Store.open(PostgresUrl(pg_url)) for _ in range(2)]
    try:
        clock, telegram = Clock(START + timedelta(days=1)), Telegram()
        await asyncio.gather(
            loop(service(a, clock, telegram), ROUNDS), loop(service(b, clock, telegram), ROUNDS)
        )
        # No part went out twice.
        assert [m for m, n in Counter(telegram.sent).items() if n > 1] == []
        for chat in CHATS:
            sent = [html for c, html in telegram.sent if c == chat]
            assert await a.unfinished_deliveries("morning", chat) == []
            # What was sent is exactly the recorded deliveries' parts, in order, and they
            # cover the whole time without a gap: from the default window to the last round.
            assert await a.last_delivery_end("morning", chat) == START + timedelta(hours=ROUNDS)
            assert len(sent) % PARTS == 0 and len(sent) >= PARTS
            windows = [sent[i].split(" part ")[0] for i in range(0, len(sent), PARTS)]
            assert sent == [f"{w} part {i}" for w in windows for i in range(PARTS)]
            ends = [w.split("..")[1] for w in windows]
            starts = [w.split("..")[0] for w in windows]
            assert starts[1:] == ends[:-1]  # each window starts where the last one ended
            assert ends[-1] == f"{START + timedelta(hours=ROUNDS):%d %H:%M}"
    finally:
        await a.close()
        await b.close()


async def test_a_service_dying_mid_delivery_is_finished_by_the_other_without_repeats(
    pg_url: str,
) -> None:
    a, b = [await Store.open(PostgresUrl(pg_url)) for _ in range(2)]
    try:
        clock, telegram = Clock(START + timedelta(days=1)), Telegram()
        telegram.fail_at = 2
        with pytest.raises(ConnectionError):
            await service(a, clock, telegram).deliver(CHATS[0], until=START + timedelta(hours=1))
        [pending] = await b.unfinished_deliveries("morning", CHATS[0])
        assert pending.sent_parts == 2
        # The dead delivery's claim went with it: the other service takes it over.
        [resumed] = await service(b, clock, telegram).deliver(
            CHATS[0], until=START + timedelta(hours=1)
        )
        assert resumed.period_end == START + timedelta(hours=1)
        sent = [html for _, html in telegram.sent]
        assert len(sent) == PARTS and len(set(sent)) == PARTS
        assert [s.split(" part ")[1] for s in sent] == [str(i) for i in range(PARTS)]
    finally:
        await a.close()
        await b.close()


async def test_a_held_claim_leaves_the_chat_to_its_holder(pg_url: str) -> None:
    a, b = [await Store.open(PostgresUrl(pg_url)) for _ in range(2)]
    try:
        clock, telegram = Clock(START + timedelta(days=1)), Telegram()
        async with a.delivery_claim("morning", CHATS[0]) as mine:
            assert mine
            assert await service(b, clock, telegram).deliver(CHATS[0]) == []
            assert telegram.sent == []
            async with b.delivery_claim("morning", CHATS[1]) as other_chat:
                assert other_chat  # a claim is per digest and chat
        async with b.delivery_claim("morning", CHATS[0]) as now_free:
            assert now_free
    finally:
        await a.close()
        await b.close()
