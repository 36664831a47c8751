"""Service state on both engines (the ``engine_store`` fixture: a SQLite file, a real
PostgreSQL database): feeds, imported files, subscriptions and digest deliveries mean the
same on either."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CHANNEL, ingest, make_post

from tg_archiver.archive.store import FeedState, ImportedFile, Store
from tg_archiver.archive.subscriptions import Subscription

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def sub(chat: int, topic: str, time: str = "09:00") -> Subscription:
    return Subscription(
        chat_id=chat,
        topic=topic,
        schedule_kind="daily",
        weekday=None,
        time=time,
        timezone="Europe/Moscow",
        created_by=42,
        created_at=NOW,
    )


async def test_feed_state_round_trips_under_its_redacted_url(engine_store: Store) -> None:
    url = "https://reader:hunter2@feeds.example/mfa.xml"
    assert await engine_store.feed_state(url) == FeedState(
        url="https://reader:***@feeds.example/mfa.xml"
    )
    state = FeedState(
        url=url,
        etag='"abc"',
        last_modified="Sat, 01 Jun 2024 10:00:00 GMT",
        last_polled_at=NOW,
        last_success_at=NOW - timedelta(hours=1),
        failures=2,
        last_error="HTTP 503 from https://reader:hunter2@feeds.example/mfa.xml",
        disabled_at=None,
    )
    async with engine_store.transaction():
        await engine_store.save_feed_state(state)
        await engine_store.save_feed_state(state)  # an upsert: still one row
    got = await engine_store.feed_state(url)
    assert got.etag == '"abc"' and got.failures == 2 and got.last_polled_at == NOW
    assert got.last_success_at == NOW - timedelta(hours=1)
    assert got.last_error is not None and "hunter2" not in got.last_error
    assert "hunter2" not in got.url


async def test_an_imported_file_is_recorded_with_what_to_look_at_again(
    engine_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "result.json"
    assert await engine_store.imported_file(path) is None
    async with engine_store.transaction():
        await engine_store.record_file_imported(
            path, 10, 1, when=NOW, awaited_media='{"dirs": ["photos"], "mark": "ab"}'
        )
    assert await engine_store.imported_file(path) == ImportedFile(
        10, 1, '{"dirs": ["photos"], "mark": "ab"}', None
    )
    async with engine_store.transaction():
        await engine_store.record_file_imported(path, 11, 2, when=NOW, last_post="4 ab12")
    assert await engine_store.imported_file(path) == ImportedFile(11, 2, None, "4 ab12")


async def test_a_post_is_given_a_new_id_only_where_its_source_has_none_such(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post("cut", "Statement 5: the"), make_post("7", "Other."))
    kind, key = CHANNEL.kind, CHANNEL.key
    assert await engine_store.post_text(kind, key, "cut") == "Statement 5: the"
    async with engine_store.transaction():
        assert not await engine_store.rekey_post(kind, key, "cut", "7")  # taken
        assert not await engine_store.rekey_post(kind, key, "gone", "8")
        assert await engine_store.rekey_post(kind, key, "cut", "whole")
    assert await engine_store.post_text(kind, key, "cut") is None
    assert await engine_store.post_text(kind, key, "whole") == "Statement 5: the"
    assert await engine_store.post_text(kind, key, "7") == "Other."


async def test_subscriptions_one_per_chat_and_topic_as_tags_compare(engine_store: Store) -> None:
    assert await engine_store.add_subscription(sub(1, "#ШОС")) is True
    assert await engine_store.add_subscription(sub(1, "шос", time="18:00")) is False  # replaced
    assert await engine_store.add_subscription(sub(1, "BRICS")) is True
    assert await engine_store.add_subscription(sub(-1002, "SCO")) is True
    mine = await engine_store.list_subscriptions(1)
    assert [(s.topic, s.time) for s in mine] == [("BRICS", "09:00"), ("шос", "18:00")]
    assert all(s.id is not None and s.created_at == NOW for s in mine)
    assert [s.chat_id for s in await engine_store.list_subscriptions()] == [-1002, 1, 1]
    assert await engine_store.remove_subscription(1, "#шос") is True
    assert await engine_store.remove_subscription(1, "#шос") is False
    assert [s.topic for s in await engine_store.list_subscriptions(1)] == ["BRICS"]


async def test_a_delivery_is_recorded_part_by_part_and_resumed(engine_store: Store) -> None:
    end = NOW
    d = await engine_store.begin_delivery(
        "morning", "42", period_start=end - timedelta(days=1), period_end=end,
        messages=["один", "two", "three"], now=NOW,
    )  # fmt: skip
    assert (d.sent_parts, d.finished, d.messages) == (0, False, ("один", "two", "three"))
    again = await engine_store.begin_delivery(
        "morning", "42", period_start=end, period_end=end, messages=["other"], now=NOW
    )
    assert again.messages == d.messages  # the period's delivery is kept as it was
    await engine_store.record_part_sent("morning", "42", end, 0, 501)
    with pytest.raises(ValueError, match="out of order"):
        await engine_store.record_part_sent("morning", "42", end, 2, 503)
    [pending] = await engine_store.unfinished_deliveries("morning", "42")
    assert (pending.sent_parts, pending.message_ids) == (1, (501,))
    await engine_store.record_part_sent("morning", "42", end, 1, 502)
    await engine_store.record_part_sent("morning", "42", end, 2, None)
    await engine_store.finish_delivery("morning", "42", end, now=NOW)
    assert await engine_store.unfinished_deliveries("morning", "42") == []
    assert await engine_store.last_delivery_end("morning", "42") == end
    assert await engine_store.last_delivery_end("morning", "43") is None
    done = await engine_store.begin_delivery(
        "morning", "42", period_start=end, period_end=end, messages=[], now=NOW
    )  # the finished delivery, as it was
    assert done.finished and done.message_ids == (501, 502, None)


async def test_a_recheck_reads_the_stored_ids_of_a_stretch(engine_store: Store) -> None:
    # Posts are written by the SQLite engine only so far: the query runs on both, and finds
    # nothing in an empty archive (tests/test_recheck.py reads stored ones on SQLite).
    assert await engine_store.stored_between("telegram", "1500000001", 0, 100) == []
