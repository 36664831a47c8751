"""Hostile input, round 13: a Telegram update carrying an attachment the converter never saw,
loops of symbolic links handed to the command line, numbers of 5,000 digits in a web address
or a config, an edit that arrives before its post. Real telethon objects through
the client's dispatch (tests/telegram_harness.py), the real command line in process, SQLite
files, the web app served on 127.0.0.1.

Each test says what the input did before and what it does now (docs/reliability.md,
"Hostile input, round 13").
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from conftest import CliResult, dump, make_post, write_archive
from telegram_builders import DATE, photo
from telegram_harness import channel_message, dispatch
from telegram_harness import update_edit_channel_message as edit_message
from telegram_harness import update_new_channel_message as new_message
from telethon.tl import types
from test_live_burst import MFA, arrive_together, following
from web_archive import seed, serve

from tg_archiver.archive.store import Store
from tg_archiver.bot.convert import media_summary

# -- Telegram attachments the converter never saw ------------------------------------------------

UNTIL = datetime(2026, 12, 31, tzinfo=UTC)
# message id -> (the attachment, the kinds stored for it). Each arrives without a caption, as
# a channel posts them; before, every one of them was a post of no text and no media, which
# live ingest drops without a word (bot.history.is_empty).
UNSEEN = {
    20: (types.MessageMediaDice(value=6, emoticon="🎲"), ["dice"]),
    21: (types.MessageMediaStory(peer=types.PeerChannel(MFA.id), id=7), ["story"]),
    # Paid media as a subscriber who has not paid sees it (a blurred preview) ...
    22: (
        types.MessageMediaPaidMedia(
            stars_amount=50, extended_media=[types.MessageExtendedMediaPreview(w=640, h=480)] * 2
        ),
        ["paid_media", "paid_media"],
    ),
    # ... and as the channel's own account (or one who paid) sees it: the photos themselves.
    23: (
        types.MessageMediaPaidMedia(
            stars_amount=50, extended_media=[types.MessageExtendedMedia(media=photo(52_000))]
        ),
        ["photo"],
    ),
    24: (
        types.MessageMediaGiveaway(channels=[MFA.id], quantity=10, until_date=UNTIL, months=3),
        ["giveaway"],
    ),
    25: (
        types.MessageMediaGiveawayResults(
            channel_id=MFA.id,
            launch_msg_id=24,
            winners_count=10,
            unclaimed_count=0,
            winners=[1, 2],
            until_date=UNTIL,
        ),
        ["giveaway_results"],
    ),
    # An attachment of a newer layer than the client's own: telethon gives it as this.
    26: (types.MessageMediaUnsupported(), ["unsupported"]),
    27: (
        types.MessageMediaVideoStream(call=types.InputGroupCall(id=1, access_hash=2)),
        ["video_stream"],
    ),
}


async def test_a_post_of_an_attachment_the_converter_never_saw_is_stored(store: Store) -> None:
    # Before: each of these posts (no caption, as channels send them) was converted to a post
    # of no text and no media, and live ingest dropped it without a log line: a channel's
    # giveaway, paid photos, a re-posted story or a dice were never in the archive. Now each is
    # stored with its attachment's kind; a paid post's photos that the account can see are
    # photos (their size kept), a preview it cannot see a "paid_media".
    tg = await following(store)
    updates = [new_message(channel_message(i, MFA, media=m)) for i, (m, _) in UNSEEN.items()]
    await arrive_together(tg, *updates, new_message(channel_message(28, MFA, "A plain post")))

    rows = await store._read_all("SELECT external_id, raw_text, media FROM posts ORDER BY id")
    stored = {
        int(i): (text, [m["kind"] for m in json.loads(media or "[]")]) for i, text, media in rows
    }
    assert stored == {
        **{i: ("", kinds) for i, (_, kinds) in UNSEEN.items()},
        28: ("A plain post", []),
    }
    assert json.loads(rows[3][2]) == [
        {"kind": "photo", "file_name": None, "size": 52_000, "mime_type": "image/jpeg"}
    ]
    # What was never an attachment stays none: no media, a web page's preview.
    assert media_summary(None) == ()
    assert media_summary(types.MessageMediaEmpty()) == ()
    assert media_summary(types.MessageMediaWebPage(webpage=types.WebPageEmpty(id=1))) == ()


# -- Loops of symbolic links given to the command line --------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(
        tmp_path_factory.mktemp("round13") / "template.db",
        make_post("1", "Statement on cooperation with the SCO."),
        make_post("2", "Briefing on the BRICS summit in Kazan."),
    )


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    """``loop1 -> loop2 -> loop1``: what a mistyped ``ln -s`` leaves."""
    os.symlink(tmp_path / "loop2", tmp_path / "loop1")
    os.symlink(tmp_path / "loop1", tmp_path / "loop2")
    return tmp_path / "loop1"


LOOP = "its symbolic links lead back to themselves (a loop)"
TOO_MANY = "Too many levels of symbolic links"
# argv after --db ARCHIVE (LOOP stands for the loop's path) -> the one line expected.
LOOPS = {
    # Before: a RuntimeError traceback from Path.resolve (media_cli.ExportMedia).
    "export -o": (["export", "-o", "LOOP"], f"cannot write the export to LOOP: {TOO_MANY}"),
    "export -o inside": (
        ["export", "-o", "LOOP/posts.json"],
        f"cannot write the export to LOOP/posts.json: {TOO_MANY}",
    ),
    "export --with-media": (
        ["export", "--format", "html", "--with-media", "LOOP", "-o", "OUT"],
        f"cannot copy media files to LOOP: {LOOP}",
    ),
    # Before: a RuntimeError traceback from Path.resolve (importers.feed.read_feed_file).
    "fetch": (["fetch", "LOOP"], f"LOOP: cannot read the file: {TOO_MANY}"),
    # Before: one line, but a wrong one: "LOOP: no such file", "config file not found: LOOP".
    "import": (["import", "LOOP"], f"LOOP: cannot read: {LOOP}"),
    "--config": (["--config", "LOOP", "stats"], f"LOOP: cannot read the config: {LOOP}"),
}


@pytest.mark.parametrize(("argv", "line"), LOOPS.values(), ids=LOOPS.keys())
def test_a_loop_of_symbolic_links_is_one_line_and_the_archive_unchanged(
    cli: Callable[..., CliResult], db: Path, loop: Path, argv: list[str], line: str
) -> None:
    before = dump(db)
    out = loop.parent / "out.html"
    args = [str(loop) if a == "LOOP" else str(out) if a == "OUT" else a for a in argv]
    args = [a.replace("LOOP/", f"{loop}/") for a in args]
    if args[0] == "--config":
        result = cli("--config", args[1], "--db", db, *args[2:])
    else:
        result = cli("--db", db, *args)
    assert result.code == 1, result
    assert result.err == f"tg-archiver: error: {line.replace('LOOP', str(loop))}\n"
    assert dump(db) == before
    assert not out.exists()
    made = [p.name for p in loop.parent.iterdir() if not p.name.startswith("archive.db")]
    assert sorted(made) == ["loop1", "loop2"]  # nothing written beside the loop


# -- An edit that arrives before its post ----------------------------------------------------


async def test_an_edit_arriving_before_its_post_stays_the_posts_text(store: Store) -> None:
    # Tried, found sound: Telegram may deliver a post's edit before the post (a reconnect's
    # difference, or two updates in one batch). The edit is stored as the post; the post as
    # first sent, older by its edit time, is kept as a version beside it, not over it.
    tg = await following(store)
    later = DATE + timedelta(minutes=5)
    edited = channel_message(30, MFA, "Talks end with a joint statement.", edit_date=later)
    await dispatch(tg, edit_message(edited), chats=[MFA])
    await dispatch(
        tg, new_message(channel_message(30, MFA, "Talks end with a joint statment.")), chats=[MFA]
    )

    rows = await store._read_all("SELECT external_id, raw_text, edited_at FROM posts")
    assert rows == [("30", "Talks end with a joint statement.", "2024-05-20T08:05:00Z")]
    versions = await store._read_all("SELECT raw_text FROM post_versions")
    assert versions == [("Talks end with a joint statment.",)]


async def test_a_deleted_channels_last_updates_are_stored(store: Store) -> None:
    # Tried, found sound: a channel deleted (or closed to the account) while followed comes
    # in updates as ChannelForbidden, with UpdateChannel and UpdateChannelTooLong after. Its
    # last post is stored under the channel as known, the source's name and username kept.
    tg = await following(store)
    gone = types.ChannelForbidden(
        id=MFA.id, access_hash=MFA.access_hash, title="Example MFA (deleted)", broadcast=True
    )
    await dispatch(tg, new_message(channel_message(40, MFA, "Last words")), chats=[gone])
    await dispatch(tg, types.UpdateChannel(channel_id=MFA.id), chats=[gone])
    await dispatch(tg, types.UpdateChannelTooLong(channel_id=MFA.id, pts=5), chats=[gone])
    await dispatch(tg, new_message(channel_message(41, MFA, "After")), chats=[MFA])

    rows = await store._read_all("SELECT external_id, raw_text FROM posts ORDER BY id")
    assert rows == [("40", "Last words"), ("41", "After")]
    sources = await store._read_all("SELECT kind, key, title, username FROM sources")
    assert sources == [("telegram", str(MFA.id), "Example MFA", "example_mfa")]


# -- Numbers past Python's 4,300 digits -------------------------------------------------------

DIGITS = "9" * 5_000  # int() of more than 4,300 digits raises ValueError


def test_web_pages_with_a_number_of_5000_digits_say_so(tmp_path: Path) -> None:
    # Before: "?page=" of 5,000 digits (any search or list page) and /post/<5,000 digits>
    # answered "500 Internal Server Error" with a traceback in the server's log: int()
    # raised ValueError (in the page's reading, and in Starlette's {id:int} router). Now the
    # page says what is wrong (400) or that there is no such post (404).
    db = seed(tmp_path / "archive.db")
    before = dump(db)
    expected = {
        f"/?q=summit&page={DIGITS}": (400, "page: expected a number from 1 to 500"),
        f"/?page={DIGITS}": (400, "page: expected a number from 1 to 500"),
        f"/?q=summit&page={'0' * 5_000}1": (200, "round 26:"),  # page 1
        f"/day/2024-04-05?page={DIGITS}": (400, "page: expected a number from 1 to 500"),
        f"/post/{DIGITS}": (404, f"post {'9' * 19}…: not in this archive"),
        f"/post/{'0' * 5_000}1": (200, "Example MFA"),  # leading zeros: still post 1
        "/post/1": (200, "Example MFA"),
        "/post/１": (404, "that page: not in this archive"),  # a full-width digit
        "/post/x": (404, "that page: not in this archive"),
    }
    with serve(db) as s:
        for path, (status, said) in expected.items():
            r = httpx.get(s.url + path, timeout=60)
            assert (r.status_code, said in r.text) == (status, True), (path, r.text[:300])
            assert "Traceback" not in r.text
            assert (r.status_code == 200) == ('class="error"' not in r.text)
    assert dump(db) == before


def test_a_config_holding_a_number_of_5000_digits_is_one_line(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path
) -> None:
    # Before: a ValueError traceback from tomllib (which lets int()'s refusal through), from
    # every command. Now one line.
    config = tmp_path / "config.toml"
    config.write_text(f"[polling]\ninterval_minutes = {DIGITS}\n")
    before = dump(db)
    result = cli("--config", config, "--db", db, "stats")
    assert (result.code, result.err) == (
        1,
        f"tg-archiver: error: {config}: not valid TOML: a number of over 4,300 digits\n",
    )
    assert dump(db) == before
