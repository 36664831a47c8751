"""Digest subscriptions: the /subscribe syntax (pure) and their rows in the store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import Store
from tg_archiver.archive.subscriptions import Subscription, format_schedule, parse_subscription

NOW = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)


def parse(args: str) -> Subscription:
    return parse_subscription(args, chat_id=-1001, created_by=42, now=NOW)


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ("SCO", "daily 08:00 UTC"),
        ("#SCO daily", "daily 08:00 UTC"),
        ("SCO daily 7:05", "daily 07:05 UTC"),
        ("SCO weekly friday 18:30", "weekly Fri 18:30 UTC"),
        ("SCO weekly Mon", "weekly Mon 08:00 UTC"),
        ("SCO daily 09:00 Europe/Moscow", "daily 09:00 Europe/Moscow"),
    ],
)
def test_schedule_syntax(args: str, shown: str) -> None:
    sub = parse(args)
    assert sub.topic == "SCO"
    assert format_schedule(sub) == shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("", "name a topic"),
        ("SCO weekly 09:00", "weekly needs a day"),
        ("SCO daily 25:00", "bad time '25:00'"),
        ("SCO weekly tue 9:60", "bad time '9:60'"),
        ("SCO hourly", "unknown schedule or time zone 'hourly'"),
        ("SCO daily 09:00 Mars/Olympus", "time zone .Mars/Olympus."),
        ("SCO daily 09:00 UTC extra", "unexpected"),
    ],
)
def test_bad_schedules_are_explained(args: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse(args)


async def test_subscriptions_are_one_per_chat_and_topic_whatever_its_case(
    engine_store: Store,
) -> None:
    store = engine_store  # a SQLite file, then a PostgreSQL database
    assert await store.add_subscription(parse("ШОС"))
    assert not await store.add_subscription(parse("#шос weekly mon 09:00"))
    assert await store.add_subscription(
        parse_subscription("ШОС", chat_id=-1002, created_by=7, now=NOW)
    )

    mine = await store.list_subscriptions(-1001)
    assert [(s.topic, s.schedule_kind, s.weekday, s.time) for s in mine] == [
        ("шос", "weekly", 0, "09:00")
    ]
    assert mine[0].created_at == NOW and mine[0].id is not None
    assert len(await store.list_subscriptions()) == 2

    assert await store.remove_subscription(-1001, "#ШОС".lstrip("#"))
    assert not await store.remove_subscription(-1001, "ШОС")
    assert [s.chat_id for s in await store.list_subscriptions()] == [-1002]


async def test_subscriptions_table_is_readable_in_sqlite(store: Store) -> None:
    await store.add_subscription(parse("SCO weekly sun 10:00"))

    with sqlite3.connect(store.path) as conn:
        row = conn.execute(
            "SELECT chat_id, topic, schedule_kind, weekday, time, timezone, created_by,"
            " created_at FROM subscriptions"
        ).fetchone()
    assert row == (-1001, "SCO", "weekly", 6, "10:00", "UTC", 42, "2024-03-20T12:00:00Z")
