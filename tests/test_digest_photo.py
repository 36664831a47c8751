"""A digest with `photo = true` sends the first kept photo of its stories after its text,
exactly once, as one more recorded part; the console prints its caption."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CHANNEL, NOW, Clock, ingest
from media_harness import media_dir
from telegram_harness import FakeTelegram, group
from telethon.tl import types

from tg_archiver.archive.digest_photo import decode_photo
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.models import Post
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaItem, media_store
from tg_archiver.bot.digests import (
    ConsoleSink,
    DigestSender,
    Pacer,
    telegram_send,
    telegram_send_photo,
)

CHAT = "-1001234567890"
END = datetime(2024, 3, 5, tzinfo=UTC)
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20 + b"\xff\xd9"


def post(n: int, text: str) -> Post:
    return Post(
        source=CHANNEL,
        external_id=str(n),
        published_at=END - timedelta(hours=10 - n),
        text=text,
        url=f"https://t.me/example_mfa/{n}",
    )


@pytest.fixture
def store(engine_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Each test on both engines, in ``tmp_path`` (a PostgreSQL archive's media folder)."""
    monkeypatch.chdir(tmp_path)
    return engine_store


async def keep_photo(
    store: Store, external_id: str, data: bytes, folder: Path | None = None
) -> None:
    media = media_store(store)
    stored = LocalMediaFiles(folder or media_dir(store)).write([data])
    async with store.transaction():
        post_id = await media.post_id(CHANNEL.kind, CHANNEL.key, external_id)
        assert post_id is not None
        await media.track(post_id, [MediaItem("photo")], [("pending", None)], now=NOW)
        await media.keep(post_id, 0, stored, "image/jpeg", NOW)


def sender(store: Store, bot: FakeTelegram, clock: Clock, **kw: object) -> DigestSender:
    return DigestSender(
        store, "morning", ("SCO",), send=telegram_send(bot), send_photo=telegram_send_photo(bot),
        photo=True, clock=clock, pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


async def test_the_first_kept_photo_is_sent_once_after_the_text(store: Store) -> None:
    await ingest(
        store,
        post(1, "Ministers met in Astana #SCO to discuss transport corridors and trade."),
        post(2, "Summit preparations in Qingdao #SCO: delegations arrive with their maps."),
    )
    await keep_photo(store, "2", PHOTO)
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))
    clock = Clock(END)

    [d] = await sender(store, bot, clock).deliver(CHAT)

    photo = decode_photo(d.messages[-1])
    assert photo is not None
    assert len(bot.sent()) == len(d.messages) - 1
    [sent] = bot.media_sent()
    assert isinstance(sent.media, types.InputMediaUploadedPhoto)
    assert bot.uploaded(sent.media.file) == PHOTO
    # The story's headline (no "#", no full stop), as the digest's items read.
    assert sent.message == "Summit preparations in Qingdao SCO: delegations arrive with their maps"

    clock.now += timedelta(minutes=1)
    await sender(store, bot, clock).deliver(CHAT)  # nothing new: nothing sent again
    assert len(bot.media_sent()) == 1


async def test_a_crash_before_the_photo_resumes_with_only_the_photo(store: Store) -> None:
    await ingest(store, post(1, "Ministers met in Astana #SCO to discuss transport corridors."))
    await keep_photo(store, "1", PHOTO)
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))
    clock = Clock(END)

    async def down(chat: str, data: bytes, caption: str, key: str) -> int | None:
        raise ConnectionError("network down")

    crashing = sender(store, bot, clock)
    crashing.send_photo = down
    with contextlib.suppress(ConnectionError):
        await crashing.deliver(CHAT)
    texts = len(bot.sent())
    assert texts >= 1 and bot.media_sent() == []

    await sender(store, bot, clock).deliver(CHAT)

    assert len(bot.sent()) == texts
    assert len(bot.media_sent()) == 1


async def test_no_photo_part_without_a_kept_photo(store: Store) -> None:
    await ingest(store, post(1, "Ministers met in Astana #SCO to discuss transport corridors."))
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))

    [d] = await sender(store, bot, Clock(END)).deliver(CHAT)

    assert all(decode_photo(m) is None for m in d.messages)
    assert bot.media_sent() == []


async def test_the_console_prints_the_photos_caption(store: Store) -> None:
    await ingest(store, post(1, "Ministers met in Astana #SCO to discuss transport corridors."))
    await keep_photo(store, "1", PHOTO)
    out = io.StringIO()
    clock = Clock(END)
    console = DigestSender(
        store, "morning", ("SCO",), send=ConsoleSink(out), photo=True, clock=clock,
        pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
    )  # fmt: skip

    await console.deliver("console")

    last = out.getvalue().split("\n---\n")[-1]
    assert last == (
        '<a href="https://t.me/example_mfa/1">Ministers met in Astana SCO to discuss'
        " transport corridors</a>\n"
    )
    assert "\x00" not in out.getvalue()


async def test_the_photo_is_read_from_the_configured_media_folder(
    store: Store, tmp_path: Path
) -> None:
    shared = tmp_path / "mnt" / "archive-media"  # [media] folder: a mount every service sees
    await ingest(store, post(1, "Ministers met in Astana #SCO to discuss transport corridors."))
    await keep_photo(store, "1", PHOTO, folder=shared)
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))

    await sender(store, bot, Clock(END), media=MediaConfig(folder=shared)).deliver(CHAT)

    [sent] = bot.media_sent()
    assert isinstance(sent.media, types.InputMediaUploadedPhoto)
    assert bot.uploaded(sent.media.file) == PHOTO
    assert not media_dir(store).exists()
