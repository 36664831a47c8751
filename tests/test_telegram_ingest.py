"""Live channel ingest and backfill, through telethon's real dispatch and history iterator."""

from __future__ import annotations

import logging
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest
from conftest import NOW, OPTIONS, ingest, limit_pages, unlimit_pages
from tdesktop_fixtures import make_channel_export, text_link, write_export
from tdesktop_fixtures import message as tdesktop_message
from telegram_harness import (
    DATE,
    FakeTelegram,
    channel,
    channel_message,
    dispatch,
    dispatch_album,
    document,
    forward_header,
    photo,
    service_message,
    update_delete_channel_messages,
    update_edit_channel_message,
    update_new_channel_message,
)
from telethon import helpers
from telethon.tl import types

from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.importers.tdesktop import read_tdesktop
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.bot.clients import build_client
from tg_archiver.bot.convert import channel_source, message_to_post
from tg_archiver.bot.telegram import RECONNECT_TRIES, ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
AGENCY = channel(1600000002, "agency_news", "Agency News")


@pytest.fixture
def tg() -> FakeTelegram:
    client = FakeTelegram(bot=False)
    client.add_channel(MFA)
    client.add_channel(AGENCY)
    return client


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


async def follow(
    store: Store, tg: FakeTelegram, *, limit: int | None = None, sleep: Sleeps | None = None
) -> ChannelIngest:
    ingest = ChannelIngest(
        store,
        tg,
        ["@example_mfa"],
        OPTIONS,
        backfill_limit=limit,
        clock=lambda: NOW,
        sleep=sleep or Sleeps(),
        page_wait=0,
    )
    await ingest.resolve()
    ingest.register()
    return ingest


async def rows(store: Store) -> list[ExportRow]:
    return [r async for r in store.iter_posts(ExportFilter())]


def stored_ids(store: Store) -> list[int]:
    """External ids in the order they were stored."""
    with sqlite3.connect(store.path) as conn:
        return [int(x) for (x,) in conn.execute("SELECT external_id FROM posts ORDER BY id")]


def history(first: int, last: int) -> list:
    return [
        channel_message(i, MFA, f"Briefing number {i} on topic {i * 7919 % 1000}", date=DATE)
        for i in range(first, last + 1)
    ]


# -- live ---------------------------------------------------------------------------------------


async def test_channel_post_is_stored_with_tags_url_and_source_key(store, tg):
    await follow(store, tg)
    text = "🇷🇺🤝🇨🇳 Joint statement of the foreign ministers #SCO #BRICS"
    msg = channel_message(10, MFA, text, post_author="Press office")

    await dispatch(tg, update_new_channel_message(msg), chats=[MFA])

    (row,) = await rows(store)
    assert row.source == "1500000001"
    assert row.source_kind == "telegram"
    assert row.external_id == "10"
    assert row.url == "https://t.me/example_mfa/10"
    assert row.published_at == DATE
    assert set(row.tags) == {"SCO", "BRICS"}
    assert row.text == text


async def test_a_hidden_link_is_kept_live_as_from_an_export_and_copies_stay_copies(
    store, tg, tmp_path
):
    # "Read in full" behind a text_link kept its words only, live and from an export.
    url = "https://mid.example/statement/12345"
    before, words = "🇷🇺🤝 Statement on the talks with partners in Astana. ", "Read in full"
    start = len(helpers.add_surrogate(before))  # Telegram counts UTF-16 units: 🇷🇺🤝 is 6
    entity = types.MessageEntityTextUrl(offset=start, length=len(words), url=url)
    stored = f"{before}{words} ({url})"
    exported = [before, text_link(words, url)]
    mfa_export = make_channel_export(
        [tdesktop_message(10, exported, date=DATE)], id=MFA.id, name="Example MFA"
    )
    await ingest(store, *read_tdesktop(write_export(tmp_path / "mfa.json", mfa_export)))
    await follow(store, tg)

    msg = channel_message(10, MFA, before + words, entities=[entity])
    await dispatch(tg, update_new_channel_message(msg), chats=[MFA])

    # The export and live ingest wrote the same text: one post, never edited.
    assert message_to_post(msg, channel_source(MFA)).text == stored
    (row,) = await rows(store)
    assert row.text == stored
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM post_versions").fetchone() == (0,)
    # Another channel's post of the same statement with the same link is its exact copy.
    agency_export = make_channel_export(
        [tdesktop_message(7, exported, date=DATE + timedelta(hours=1))],
        id=AGENCY.id,
        name="Agency News",
    )
    await ingest(store, *read_tdesktop(write_export(tmp_path / "agency.json", agency_export)))
    original, copy = await rows(store)
    assert copy.source == str(AGENCY.id) and copy.text == stored
    assert copy.duplicate_of == original.id
    hits = await store.search(parse_query("mid.example"))
    assert [h.row.id for h in hits] == [original.id]


async def test_live_post_refused_by_a_full_disk_is_fetched_again_after_the_next_one(
    store, tg, caplog
):
    caplog.set_level(logging.INFO, logger="tg_archiver.bot.telegram")
    await follow(store, tg)
    lost = channel_message(10, MFA, "Sent while the disk was full #SCO " + "words " * 3000)
    tg.post(MFA, lost)
    await limit_pages(store, 0)

    await dispatch(tg, update_new_channel_message(lost), chats=[MFA])  # reported, not raised

    assert stored_ids(store) == []
    assert "channel=1500000001 post=10 event=new not stored" in caplog.text
    await unlimit_pages(store)
    after = channel_message(11, MFA, "The next statement")
    tg.post(MFA, after)

    await dispatch(tg, update_new_channel_message(after), chats=[MFA])

    assert stored_ids(store) == [11, 10]  # the gap filled from the history, each post once
    assert "channel=1500000001 gap after=9 filled added=1" in caplog.text


async def test_post_of_an_unfollowed_channel_is_ignored(store, tg):
    await follow(store, tg)
    msg = channel_message(10, AGENCY, "Not followed #SCO")

    await dispatch(tg, update_new_channel_message(msg), chats=[AGENCY])

    assert await rows(store) == []


async def test_edit_adds_a_version_and_keeps_the_old_text(store, tg):
    await follow(store, tg)
    await dispatch(
        tg, update_new_channel_message(channel_message(11, MFA, "Talks at 10:00")), chats=[MFA]
    )
    edited = channel_message(11, MFA, "Talks moved to 12:00", edit_date=DATE + timedelta(hours=1))

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])

    (row,) = await rows(store)
    assert row.text == "Talks moved to 12:00"
    assert row.edited_at == DATE + timedelta(hours=1)
    versions = await store.post_versions(row.id)
    assert [(v, text) for v, text, _ in versions] == [
        (1, "Talks at 10:00"),
        (2, "Talks moved to 12:00"),
    ]


async def test_album_becomes_one_post_with_all_its_media(store, tg):
    await follow(store, tg)
    parts = [
        channel_message(20, MFA, "Visit to Astana #SCO", grouped_id=99, media=photo(51_000)),
        channel_message(21, MFA, "", grouped_id=99, media=photo(52_000)),
        channel_message(22, MFA, "", grouped_id=99, media=document("talks.mp4", video=True)),
    ]

    await dispatch_album(tg, [update_new_channel_message(m) for m in parts], chats=[MFA])

    (row,) = await rows(store)
    assert row.external_id == "20"
    assert row.text == "Visit to Astana #SCO"
    assert row.tags == ("SCO",)
    assert [(m.kind, m.size) for m in row.media] == [
        ("photo", 51_000),
        ("photo", 52_000),
        ("video", 120_000),
    ]
    assert row.media[2].file_name == "talks.mp4"


async def test_edited_album_caption_keeps_every_part(store, tg):
    await follow(store, tg)
    parts = [
        channel_message(20, MFA, "Visit to Astana", grouped_id=99, media=photo()),
        channel_message(21, MFA, "", grouped_id=99, media=photo()),
    ]
    tg.post(MFA, *parts)
    await dispatch_album(tg, [update_new_channel_message(m) for m in parts], chats=[MFA])
    edited = channel_message(
        20, MFA, "Visit to Astana #SCO", grouped_id=99, media=photo(), edit_date=DATE
    )

    await dispatch(tg, update_edit_channel_message(edited), chats=[MFA])

    (row,) = await rows(store)
    assert row.text == "Visit to Astana #SCO"
    assert len(row.media) == 2
    assert len(await store.post_versions(row.id)) == 2


async def test_deletion_marks_the_post_deleted_and_keeps_its_text(store, tg):
    await follow(store, tg)
    await dispatch(
        tg, update_new_channel_message(channel_message(30, MFA, "Soon deleted")), chats=[MFA]
    )

    await dispatch(tg, update_delete_channel_messages(MFA.id, [30, 31]))

    with sqlite3.connect(store.path) as conn:
        got = conn.execute("SELECT external_id, raw_text, deleted_at FROM posts").fetchall()
    assert got == [("30", "Soon deleted", "2024-06-01T12:00:00Z")]


async def test_repost_of_another_channel_links_the_origin(store, tg):
    await follow(store, tg)
    fwd = forward_header(AGENCY.id, 77, date=DATE - timedelta(days=1))
    msg = channel_message(40, MFA, "Agency report #CIS", fwd_from=fwd)

    await dispatch(tg, update_new_channel_message(msg), chats=[MFA, AGENCY])

    (row,) = await rows(store)
    assert row.forwarded_from == "Agency News"
    with sqlite3.connect(store.path) as conn:
        assert conn.execute(
            "SELECT forwarded_from_key, forwarded_post_id FROM posts"
        ).fetchall() == [("1600000002", "77")]


# -- backfill -----------------------------------------------------------------------------------


async def test_backfill_stores_history_in_order_and_resumes_after_a_restart(store, tg):
    tg.post(MFA, *history(1, 120), service_message(121, MFA), *history(122, 230))
    first = await follow(store, tg)

    report = await first.backfill()

    assert report.added == 229
    assert stored_ids(store) == [*range(1, 121), *range(122, 231)]
    assert [r.offset_id for r in tg.history_requests()] == [1, 101, 201, 231]

    tg.post(MFA, *history(231, 240))
    tg.requests.clear()
    restarted = await follow(store, tg)  # a new process on the same archive

    report = await restarted.backfill()

    (request, *_) = tg.history_requests()
    assert request.offset_id == 231  # just after the last stored post, 230
    assert request.add_offset == -100
    assert report.added == 10
    assert report.unchanged == 0
    assert stored_ids(store) == [*range(1, 121), *range(122, 241)]


async def test_backfill_limit_takes_the_newest_posts_on_first_start(store, tg):
    tg.post(MFA, *history(1, 50))
    ingest = await follow(store, tg, limit=10)

    await ingest.backfill()

    assert stored_ids(store) == list(range(41, 51))


async def test_flood_wait_is_waited_out_and_nothing_is_lost_or_doubled(store, tg):
    tg.post(MFA, *history(1, 250))
    tg.flood_waits = {2: 17}  # the second history page
    sleeps = Sleeps()
    ingest = await follow(store, tg, sleep=sleeps)

    report = await ingest.backfill()

    assert sleeps.calls == [17]
    assert report.added == 250
    assert stored_ids(store) == list(range(1, 251))
    offsets = [r.offset_id for r in tg.history_requests()]
    assert offsets == [1, 101, 101, 201, 251]  # the refused page is asked for again


async def test_disconnect_mid_backfill_is_retried_and_nothing_is_lost_or_doubled(store, tg):
    tg.post(MFA, *history(1, 250))
    tg.disconnects = {2, 3}  # the second history page, and its first retry
    sleeps = Sleeps()
    ingest = await follow(store, tg, sleep=sleeps)

    report = await ingest.backfill()

    assert sleeps.calls == [1, 2]  # backoff between reconnection attempts
    assert report.added == 250
    assert stored_ids(store) == list(range(1, 251))
    offsets = [r.offset_id for r in tg.history_requests()]
    assert offsets == [1, 101, 101, 101, 201, 251]  # resumed after the last stored post


async def test_backfill_cut_by_a_lasting_disconnect_resumes_on_the_next_start(store, tg, caplog):
    tg.post(MFA, *history(1, 250))
    tg.disconnects = set(range(3, 3 + RECONNECT_TRIES + 1))  # the third page, never served
    sleeps = Sleeps()
    first = await follow(store, tg, sleep=sleeps)

    report = await first.backfill()  # returns: the service goes on with its other sources

    assert report.added == 200  # the pages that arrived before the connection went
    assert sleeps.calls == [1, 2, 4, 8, 16]
    assert stored_ids(store) == list(range(1, 201))
    assert "channel=1500000001 backfill stopped after 6 disconnects, resumes" in caplog.text

    tg.post(MFA, *history(251, 260))
    report = await (await follow(store, tg)).backfill()  # the next start, connection back

    assert report.added == 60
    assert report.unchanged == 0
    assert stored_ids(store) == list(range(1, 261))  # every post once, in order


async def test_album_cut_by_a_batch_or_a_restart_is_stored_once(store, tg):
    album = [
        channel_message(i, MFA, "Summit photos" if i == 100 else "", grouped_id=7, media=photo())
        for i in (100, 101, 102)
    ]
    tg.post(MFA, *history(1, 99), *album)
    await (await follow(store, tg)).backfill()
    tg.post(MFA, *history(103, 105))

    await (await follow(store, tg)).backfill()

    assert stored_ids(store) == [*range(1, 101), 103, 104, 105]
    (row,) = [r for r in await rows(store) if r.external_id == "100"]
    assert len(row.media) == 3


async def test_unresolvable_channel_is_skipped(store, tg, caplog):
    ingest = ChannelIngest(
        store, tg, ["@no_such_channel", "https://t.me/example_mfa"], OPTIONS, backfill_limit=None
    )

    sources = await ingest.resolve()

    assert [s.key for s in sources] == ["1500000001"]
    assert "channel=@no_such_channel not resolved" in caplog.text


def test_published_at_is_utc():
    msg = channel_message(1, MFA, "x", date=datetime(2024, 1, 1, 12, tzinfo=UTC))

    assert message_to_post(msg, channel_source(MFA)).published_at.tzinfo == UTC


def test_session_files_are_private_and_separate(tmp_path):
    config = TelegramConfig(
        api_id=1, api_hash="0" * 32, bot_token="123:SECRET", session=tmp_path / "tg.session"
    )

    for bot in (False, True):
        client = build_client(config, bot=bot)
        client.session.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["tg.bot.session", "tg.session"]
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_missing_credentials_are_named_without_secrets(tmp_path):
    config = TelegramConfig(api_id=1, api_hash="0" * 32, session=tmp_path / "tg.session")

    with pytest.raises(InputError, match="bot token is needed") as e:
        build_client(config, bot=True)
    assert "0" * 32 not in str(e.value)
