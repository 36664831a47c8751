"""Posts forwarded to the bot: stored as the origin channel's post, answered in one line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import NOW, OPTIONS, ingest, limit_pages, make_post, unlimit_pages
from telegram_harness import (
    FakeTelegram,
    channel,
    dispatch,
    dispatch_album,
    forward_header,
    photo,
    private_message,
    update_new_message,
    user,
)
from telethon.tl import types

from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.bot.forward_intake import HINT, REFUSAL, STORAGE_FAULT, ForwardIntake

ANALYST = user(4242, "Analyst")
STRANGER = user(6666, "Stranger")
MFA = channel(1600000002, "mid_russia", "Russian MFA")
PRIVATE = channel(1700000003, None, "Closed desk")
ORIGINAL_DATE = datetime(2024, 4, 2, 6, 30, tzinfo=UTC)
TEXT = "Ministers met in Astana #SCO #BRICS"


@pytest.fixture
async def bot(store: Store) -> FakeTelegram:
    client = FakeTelegram(bot=True)
    ForwardIntake(store, client, OPTIONS, allowed_users=[ANALYST.id], clock=lambda: NOW).register()
    return client


async def rows(store: Store) -> list[ExportRow]:
    return [r async for r in store.iter_posts(ExportFilter())]


async def forward(
    bot: FakeTelegram, msg_id: int, *, origin: types.Channel | None, post_id: int = 345,
    origin_id: int = MFA.id, sender: types.User = ANALYST, text: str = TEXT,
) -> None:  # fmt: skip
    msg = private_message(
        msg_id, sender, text, fwd_from=forward_header(origin_id, post_id, date=ORIGINAL_DATE)
    )
    await dispatch(bot, update_new_message(msg), users=[sender], chats=[origin] if origin else [])


def replies(bot: FakeTelegram) -> list[tuple[str, int | None]]:
    return [(r.message, r.reply_to.reply_to_msg_id if r.reply_to else None) for r in bot.sent()]


async def test_forward_from_public_channel_is_stored_as_its_post(store, bot):
    await forward(bot, 11, origin=MFA)

    (row,) = await rows(store)
    assert (row.source_kind, row.source, row.external_id) == ("telegram", "1600000002", "345")
    assert row.url == "https://t.me/mid_russia/345"
    assert row.published_at == ORIGINAL_DATE
    assert row.source_title == "Russian MFA"
    assert set(row.tags) == {"SCO", "BRICS"}
    (sent,) = bot.sent()
    assert sent.message in (
        "Archived: Russian MFA #345 · tags: #SCO #BRICS",
        "Archived: Russian MFA #345 · tags: #BRICS #SCO",
    )
    assert sent.reply_to.reply_to_msg_id == 11
    assert not sent.entities  # plain text, nothing parsed


async def test_forward_from_private_channel_is_keyed_by_channel_id(store, bot):
    await forward(bot, 12, origin=None, origin_id=PRIVATE.id, post_id=7, text="Internal note")

    (row,) = await rows(store)
    assert (row.source, row.external_id, row.url) == ("1700000003", "7", None)
    assert replies(bot) == [("Archived: channel 1700000003 #7", 12)]


async def test_same_post_forwarded_twice_is_one_post(store, bot):
    await forward(bot, 11, origin=MFA)
    await forward(bot, 12, origin=MFA)

    assert len(await rows(store)) == 1
    assert replies(bot)[1][0].startswith("Already in the archive: Russian MFA #345")


async def test_forward_of_a_post_ingested_from_its_channel_is_not_stored_twice(store, bot):
    followed = SourceRef("telegram", str(MFA.id), title="Russian MFA", username="mid_russia")
    await ingest(store, make_post(345, TEXT, source=followed))

    await forward(bot, 13, origin=MFA)

    assert len(await rows(store)) == 1
    assert replies(bot)[0][0].startswith("Already in the archive: Russian MFA #345")


async def test_changed_text_of_a_forwarded_post_is_a_new_version(store, bot):
    await forward(bot, 11, origin=MFA)
    await forward(bot, 12, origin=MFA, text=TEXT + " (updated)")

    (row,) = await rows(store)
    assert len(await store.post_versions(row.id)) == 2
    assert replies(bot)[1][0].startswith("Archived as a new version: Russian MFA #345")


async def test_user_not_on_the_allow_list_is_refused_once_and_nothing_is_stored(store, bot):
    await forward(bot, 14, origin=MFA, sender=STRANGER)
    await forward(bot, 15, origin=MFA, sender=STRANGER, post_id=346)

    assert await rows(store) == []
    assert replies(bot) == [(REFUSAL, 14)]


async def test_forward_from_hidden_sender_is_kept_under_forwarded_to_bot(store, bot):
    msg = private_message(
        16,
        ANALYST,
        "Leaked #CIS memo",
        fwd_from=forward_header(from_name="Anonymous", date=ORIGINAL_DATE),
    )

    await dispatch(bot, update_new_message(msg), users=[ANALYST])

    (row,) = await rows(store)
    assert (row.source_kind, row.source, row.external_id) == (
        "import",
        "forwarded-to-bot",
        "4242:16",
    )
    assert row.forwarded_from == "Anonymous"
    assert row.published_at == ORIGINAL_DATE
    assert replies(bot) == [("Archived: Anonymous · tags: #CIS", 16)]


async def test_plain_message_gets_a_hint_and_commands_are_left_alone(store, bot):
    await dispatch(bot, update_new_message(private_message(17, ANALYST, "hello")), users=[ANALYST])
    await dispatch(
        bot, update_new_message(private_message(18, ANALYST, "/search SCO")), users=[ANALYST]
    )

    assert await rows(store) == []
    assert replies(bot) == [(HINT, 17)]


async def test_forwarded_album_is_one_post_with_all_its_media(store, bot):
    parts = [
        private_message(
            20 + i,
            ANALYST,
            "Summit in Kazan #BRICS" if i == 0 else "",
            fwd_from=forward_header(MFA.id, 500 + i, date=ORIGINAL_DATE),
            media=photo(),
            grouped_id=31,
        )
        for i in range(3)
    ]

    await dispatch_album(bot, [update_new_message(m) for m in parts], users=[ANALYST], chats=[MFA])

    (row,) = await rows(store)
    assert (row.source, row.external_id, row.text) == (
        "1600000002",
        "500",
        "Summit in Kazan #BRICS",
    )
    assert len(row.media) == 3
    assert replies(bot) == [("Archived: Russian MFA #500 · tags: #BRICS", 20)]


async def test_forward_on_a_full_disk_is_answered_and_taken_when_sent_again(store, bot):
    long_text = TEXT + " " + "words " * 3000  # more than the free room in the archive's pages
    await limit_pages(store, 0)

    await forward(bot, 30, origin=MFA, text=long_text)

    assert await rows(store) == []
    assert replies(bot) == [(STORAGE_FAULT, 30)]
    await unlimit_pages(store)

    await forward(bot, 31, origin=MFA, text=long_text)

    (row,) = await rows(store)
    assert row.external_id == "345"
    assert replies(bot)[-1][0].startswith("Archived: Russian MFA #345")
