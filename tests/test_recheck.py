"""Edits and deletions made while the service was stopped, caught up on its next start
(tg_archiver/bot/recheck.py), through telethon's real history iterator."""

from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import NOW, OPTIONS, dump
from telegram_harness import (
    FakeTelegram,
    channel,
    channel_message,
    dispatch,
    photo,
    service_message,
    update_new_channel_message,
)

from tg_archiver.archive.config import load_config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import Store
from tg_archiver.bot.telegram import ChannelIngest, OnMedia

MFA = channel(1500000001, "example_mfa", "Example MFA")
OLD = NOW - timedelta(days=5)  # before the two days looked at again
RECENT = NOW - timedelta(hours=20)


@pytest.fixture
def tg() -> FakeTelegram:
    client = FakeTelegram(bot=False)
    client.add_channel(MFA)
    return client


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


async def start(
    store: Store,
    tg: FakeTelegram,
    *,
    days: float = 2,
    limit: int | None = None,
    on_media: OnMedia | None = None,
) -> ChannelIngest:
    """A service start on ``store``: resolve the channel, as the service does."""
    ingest = ChannelIngest(
        store,
        tg,
        ["@example_mfa"],
        OPTIONS,
        backfill_limit=limit,
        recheck_days=days,
        clock=lambda: NOW,
        sleep=Sleeps(),
        page_wait=0,
        on_media=on_media,
    )
    await ingest.resolve()
    return ingest


def posts(store: Store) -> dict[str, tuple[str, str | None]]:
    """external id -> (current text, deleted_at)."""
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT external_id, raw_text, deleted_at FROM posts").fetchall()
    return {ext: (text, deleted) for ext, text, deleted in rows}


def versions(store: Store, external_id: str) -> list[str]:
    with sqlite3.connect(store.path) as conn:
        return [
            text
            for (text,) in conn.execute(
                "SELECT h.raw_text FROM post_history h JOIN posts p ON p.id = h.post_id"
                " WHERE p.external_id = ? ORDER BY h.version",
                (external_id,),
            )
        ]


def statement(i: int, date=RECENT, text: str | None = None, **kw) -> object:
    return channel_message(
        i, MFA, text or f"Statement number {i} on topic {i * 7919 % 1000}", date=date, **kw
    )


def replace(tg: FakeTelegram, *messages) -> None:
    """The channel's history after edits (the messages given replace theirs by id)."""
    by_id = {m.id: m for m in tg.history[MFA.id]}
    by_id.update({m.id: m for m in messages})
    tg.history[MFA.id] = sorted(by_id.values(), key=lambda m: m.id)


def delete(tg: FakeTelegram, *ids: int) -> None:
    tg.history[MFA.id] = [m for m in tg.history[MFA.id] if m.id not in ids]


async def test_edit_and_deletion_made_while_stopped_are_caught_up_on_start(store, tg):
    tg.post(MFA, *[statement(i, OLD) for i in range(1, 6)], *[statement(i) for i in range(6, 16)])
    await (await start(store, tg)).backfill()
    edited_text = "Statement number 8, corrected: the talks are on Tuesday"
    replace(tg, statement(8, text=edited_text, edit_date=NOW - timedelta(hours=2)))
    delete(tg, 11, 15)  # 15: the newest post, so also above every message the channel still has

    report = await (await start(store, tg)).backfill()

    assert report.added == 0
    assert report.edited == 1
    got = posts(store)
    assert got["8"][0] == edited_text
    assert versions(store, "8") == ["Statement number 8 on topic 352", edited_text]
    assert got["11"] == ("Statement number 11 on topic 109", "2024-06-01T12:00:00Z")
    assert got["15"][1] == "2024-06-01T12:00:00Z"  # marked, its text kept
    assert {ext for ext, (_, deleted) in got.items() if deleted} == {"11", "15"}


async def test_posts_older_than_the_window_are_not_looked_at(store, tg):
    tg.post(MFA, *[statement(i, OLD) for i in range(1, 6)], *[statement(i) for i in range(6, 9)])
    await (await start(store, tg)).backfill()
    replace(tg, statement(2, OLD, text="An old statement, edited later", edit_date=NOW))
    delete(tg, 3)
    before = dump(store.path)
    tg.requests.clear()

    report = await (await start(store, tg)).backfill()

    assert report.edited == 0
    assert dump(store.path) == before  # post 2's edit and post 3's deletion are not seen
    # one page of history: the newest messages down to the first one older than the window
    recheck_pages = [r for r in tg.history_requests() if r.offset_id == 0]  # newest first
    assert len(recheck_pages) == 1


async def test_posts_left_out_by_backfill_limit_are_not_added_by_the_recheck(store, tg):
    tg.post(MFA, *[statement(i) for i in range(1, 11)])
    await (await start(store, tg, limit=3)).backfill()
    assert sorted(posts(store), key=int) == ["8", "9", "10"]

    await (await start(store, tg, limit=3)).backfill()

    assert sorted(posts(store), key=int) == ["8", "9", "10"]
    assert not any(deleted for _, deleted in posts(store).values())


async def test_album_across_the_window_edge_is_read_whole_and_stays_one_post(store, tg):
    album = [
        channel_message(20, MFA, "Visit to Astana #SCO", grouped_id=99, media=photo(), date=OLD),
        channel_message(21, MFA, "", grouped_id=99, media=photo(), date=OLD),
        channel_message(22, MFA, "", grouped_id=99, media=photo(), date=RECENT),
    ]
    tg.post(MFA, statement(19, OLD), *album, service_message(23, MFA, date=RECENT), statement(24))
    await (await start(store, tg)).backfill()
    before = dump(store.path)

    report = await (await start(store, tg)).backfill()

    assert report.unchanged == 2  # the album and post 24, each once
    assert report.added == 0
    assert dump(store.path) == before


async def test_recheck_off_reads_no_history_again(store, tg):
    tg.post(MFA, *[statement(i) for i in range(1, 6)])
    await (await start(store, tg, days=0)).backfill()
    delete(tg, 3)
    tg.requests.clear()

    await (await start(store, tg, days=0)).backfill()

    assert [r.offset_id for r in tg.history_requests()] == [6]  # the backfill's one page
    assert not any(deleted for _, deleted in posts(store).values())


async def test_flood_wait_in_the_recheck_is_waited_out(store, tg):
    tg.post(MFA, *[statement(i) for i in range(1, 6)])
    await (await start(store, tg)).backfill()
    delete(tg, 2)
    ingest = await start(store, tg)
    await ingest.backfill()  # settles; the next start meets a flood wait in its recheck
    delete(tg, 4)
    tg.history_calls = 0
    tg.flood_waits = {2: 7}  # 1: the backfill's page; 2: the recheck's first page
    ingest = await start(store, tg)

    await ingest.backfill()

    assert ingest._sleep.calls == [7]  # type: ignore[attr-defined]
    assert {ext for ext, (_, deleted) in posts(store).items() if deleted} == {"2", "4"}


async def test_disconnect_in_the_recheck_leaves_it_for_the_next_start(store, tg, caplog):
    tg.post(MFA, *[statement(i) for i in range(1, 6)])
    await (await start(store, tg)).backfill()
    delete(tg, 2)
    tg.history_calls = 0
    tg.disconnects = {2}
    caplog.set_level(logging.WARNING, logger="tg_archiver.bot.telegram")

    await (await start(store, tg)).backfill()

    assert not any(deleted for _, deleted in posts(store).values())
    assert "recheck not done, next start" in caplog.text

    tg.disconnects = set()
    await (await start(store, tg)).backfill()

    assert {ext for ext, (_, deleted) in posts(store).items() if deleted} == {"2"}


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_recheck_days_is_read_from_the_config(tmp_path):
    assert load_config(write_config(tmp_path, "[telegram]\n")).telegram.recheck_days == 2
    path = write_config(tmp_path, "[telegram]\nrecheck_days = 0\n")
    assert load_config(path).telegram.recheck_days == 0
    with pytest.raises(InputError, match=r": telegram\.recheck_days: expected a whole number"):
        load_config(write_config(tmp_path, '[telegram]\nrecheck_days = "two"\n'))


async def test_posts_missed_between_stored_ones_are_added_with_their_media(store, tg):
    tg.post(MFA, *[statement(i) for i in range(1, 6)])
    live = await start(store, tg)
    await live.backfill()
    live.register()
    # Posts 6-8 were never delivered live (a full disk, an update gap), then 9 was, and the
    # service stopped before filling the gap: the next backfill starts after 9.
    tg.post(MFA, statement(6), statement(7, media=photo()), statement(8), statement(9))
    await dispatch(tg, update_new_channel_message(statement(9)), chats=[MFA])
    assert sorted(posts(store), key=int) == ["1", "2", "3", "4", "5", "9"]
    tracked: list[str] = []

    async def on_media(stored) -> None:
        tracked.extend(post.external_id for post, _ in stored)

    ingest = await start(store, tg, on_media=on_media)
    report = await ingest.backfill()

    assert report.added == 3
    assert sorted(posts(store), key=int) == [str(i) for i in range(1, 10)]
    # every post read again: the new ones' media, and attachments an edit may have replaced
    assert tracked == [str(i) for i in range(1, 10)]
