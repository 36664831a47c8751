"""An edit that replaces a post's attachments (another photo, an album part re-cut) keeps both:
the new file is downloaded and is the post's media now, the replaced one stays archived in
``post_media_replaced`` (migration 0016). Live edits go through telethon's real dispatch; the
downloads through ``iter_download`` answered by the harness."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import CHANNEL, NOW, OPTIONS, ingest, make_post
from media_harness import Sleeps, downloader, media_rows, query, stored_file
from telegram_harness import (
    DATE,
    FakeTelegram,
    channel,
    channel_message,
    dispatch,
    dispatch_album,
    photo,
    update_edit_channel_message,
    update_new_channel_message,
)

from tg_archiver.archive.media_files import StoredFile
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaItem, MediaStore, media_store
from tg_archiver.bot.media import MediaDownloader
from tg_archiver.bot.telegram import ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
OLD = b"the map as first published" * 100
NEW = b"the corrected map" * 100


@pytest.fixture
def store(engine_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Each test on both engines, in ``tmp_path`` (a PostgreSQL archive's media folder)."""
    monkeypatch.chdir(tmp_path)
    return engine_store


@pytest.fixture
def tg() -> FakeTelegram:
    client = FakeTelegram(bot=False)
    client.add_channel(MFA)
    return client


async def follow(
    store: Store, tg: FakeTelegram, media: MediaDownloader, *, recheck_days: float = 0
) -> ChannelIngest:
    ingest = ChannelIngest(
        store,
        tg,
        ["@example_mfa"],
        OPTIONS,
        backfill_limit=None,
        recheck_days=recheck_days,
        clock=lambda: NOW,
        sleep=Sleeps(),
        page_wait=0,
        on_media=media.track,
    )
    await ingest.resolve()
    ingest.register()
    return ingest


async def replaced_rows(store: Store) -> list[tuple[Any, ...]]:
    return await query(
        store,
        "SELECT posts.external_id, r.position, r.state, r.reason, r.sha256"
        " FROM post_media_replaced AS r JOIN posts ON posts.id = r.post_id"
        " ORDER BY r.id",
    )


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def test_an_edit_replacing_the_photo_keeps_both_files(store: Store, tg: FakeTelegram) -> None:
    first, second = photo(size=len(OLD)), photo(size=len(NEW))
    tg.serve(first, OLD)
    tg.serve(second, NEW)
    media = downloader(store, tg, Sleeps())
    await follow(store, tg, media)
    await dispatch(
        tg, update_new_channel_message(channel_message(5, MFA, "Map", media=first)), chats=[MFA]
    )
    await media.drain()
    edited = channel_message(5, MFA, "Map", media=second, edit_date=DATE + timedelta(hours=1))

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])
    await media.drain()

    assert await media_rows(store) == [("5", 0, "photo", "kept", None, sha(NEW))]
    assert await replaced_rows(store) == [("5", 0, "kept", None, sha(OLD))]
    assert stored_file(store, sha(OLD)) == OLD
    assert stored_file(store, sha(NEW)) == NEW


async def test_an_edit_replacing_the_photo_alone_updates_the_posts_list_of_media(
    store: Store, tg: FakeTelegram
) -> None:
    # The caption is the same: the post is unchanged (no version), its list of media follows.
    first, second = photo(size=len(OLD)), photo(size=len(NEW))
    tg.serve(first, OLD)
    tg.serve(second, NEW)
    media = downloader(store, tg, Sleeps())
    await follow(store, tg, media)
    await dispatch(
        tg, update_new_channel_message(channel_message(5, MFA, "Map", media=first)), chats=[MFA]
    )
    await media.drain()
    edited = channel_message(5, MFA, "Map", media=second, edit_date=DATE + timedelta(hours=1))

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])
    await media.drain()

    ((listed,),) = await query(store, "SELECT media FROM posts")
    assert f'"size": {len(NEW)}' in listed
    assert await query(store, "SELECT count(*) FROM post_versions") == [(0,)]


async def test_an_edit_of_the_caption_alone_replaces_nothing(
    store: Store, tg: FakeTelegram
) -> None:
    first = photo(size=len(OLD))
    tg.serve(first, OLD)
    media = downloader(store, tg, Sleeps())
    await follow(store, tg, media)
    await dispatch(
        tg, update_new_channel_message(channel_message(5, MFA, "Map", media=first)), chats=[MFA]
    )
    await media.drain()
    edited = channel_message(5, MFA, "Map #SCO", media=first, edit_date=DATE + timedelta(hours=1))

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])
    await media.drain()

    assert await media_rows(store) == [("5", 0, "photo", "kept", None, sha(OLD))]
    assert await replaced_rows(store) == []
    assert len(tg.file_requests()) == 1  # not fetched again


async def test_an_album_part_replaced_keeps_the_order_and_the_old_part(
    store: Store, tg: FakeTelegram
) -> None:
    a, b, b2 = photo(size=len(OLD) + 1), photo(size=len(OLD)), photo(size=len(NEW))
    tg.serve(a, OLD + b"a")
    tg.serve(b, OLD)
    tg.serve(b2, NEW)
    parts = [
        channel_message(20, MFA, "Visit to Astana", grouped_id=99, media=a),
        channel_message(21, MFA, "", grouped_id=99, media=b),
    ]
    tg.post(MFA, *parts)
    media = downloader(store, tg, Sleeps())
    await follow(store, tg, media)
    await dispatch_album(tg, [update_new_channel_message(m) for m in parts], chats=[MFA])
    await media.drain()
    edited = channel_message(21, MFA, "", grouped_id=99, media=b2, edit_date=DATE)
    tg.history[MFA.id][1] = edited  # the channel's history holds the part as edited

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])
    await media.drain()

    assert [(r[1], r[5]) for r in await media_rows(store)] == [(0, sha(OLD + b"a")), (1, sha(NEW))]
    assert [(r[1], r[4]) for r in await replaced_rows(store)] == [
        (0, sha(OLD + b"a")),
        (1, sha(OLD)),
    ]


async def test_a_photo_replaced_while_the_service_was_stopped_is_kept_on_the_next_start(
    store: Store, tg: FakeTelegram
) -> None:
    first, second = photo(size=len(OLD)), photo(size=len(NEW))
    tg.serve(first, OLD)
    tg.serve(second, NEW)
    tg.post(MFA, channel_message(5, MFA, "Map", date=NOW - timedelta(hours=3), media=first))
    media = downloader(store, tg, Sleeps())
    await (await follow(store, tg, media, recheck_days=0)).backfill()
    await media.drain()
    # edited while the service was down: no live event, the history holds the new photo
    tg.history[MFA.id][0] = channel_message(
        5, MFA, "Map", date=NOW - timedelta(hours=3), media=second, edit_date=NOW
    )

    await (await follow(store, tg, media, recheck_days=2)).backfill()
    await media.drain()

    assert await media_rows(store) == [("5", 0, "photo", "kept", None, sha(NEW))]
    assert await replaced_rows(store) == [("5", 0, "kept", None, sha(OLD))]


def item(file_id: str, message_id: int = 5) -> MediaItem:
    return MediaItem(kind="photo", size=10, message_id=message_id, telegram_file=file_id)


async def stored_post(store: Store) -> tuple[MediaStore, int]:
    await ingest(store, make_post(5, "A statement with a map"))
    media = media_store(store)
    post_id = await media.post_id(CHANNEL.kind, CHANNEL.key, "5")
    assert post_id is not None
    return media, post_id


async def test_more_attachments_after_the_recorded_ones_are_added_not_replacing(
    store: Store,
) -> None:
    media, post_id = await stored_post(store)
    pending = ("pending", None)
    async with store.transaction():
        assert not await media.record(post_id, [item("photo-1")], [pending], now=NOW)
    async with store.transaction():  # the same again, then an album's later part
        assert not await media.record(post_id, [item("photo-1")], [pending], now=NOW)
        grown = [item("photo-1"), item("photo-2", 6)]
        assert not await media.record(post_id, grown, [pending] * 2, now=NOW)

    assert [r[1] for r in await media_rows(store)] == [0, 1]
    assert await replaced_rows(store) == []


async def test_a_download_finishing_after_an_edit_links_its_file_to_the_replaced_row(
    store: Store,
) -> None:
    media, post_id = await stored_post(store)
    pending = ("pending", None)
    async with store.transaction():
        await media.record(post_id, [item("photo-1")], [pending], now=NOW)
    async with store.transaction():  # the edit, while photo-1 is being downloaded
        assert await media.record(post_id, [item("photo-2")], [pending], now=NOW)
    assert await replaced_rows(store) == [
        ("5", 0, "missing", "replaced by an edit before it was fetched", None)
    ]
    old = StoredFile(sha256=sha(OLD), size=len(OLD), new=True)

    async with store.transaction():  # photo-1's download ends
        await media.keep(post_id, 0, old, "image/jpeg", NOW, telegram_file="photo-1")
        await media.mark(post_id, 0, "failed", "refused", NOW, telegram_file="photo-1")

    assert await replaced_rows(store) == [("5", 0, "kept", None, sha(OLD))]
    assert await media_rows(store) == [("5", 0, "photo", "pending", None, None)]  # photo-2 waits
