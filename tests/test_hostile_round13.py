"""Hostile input, round 13: a Telegram update carrying an attachment the converter never saw,
loops of symbolic links handed to the command line, and more. Real telethon objects through
the client's dispatch (tests/telegram_harness.py), the real command line in process, SQLite
files.

Each test says what the input did before and what it does now (docs/reliability.md,
"Hostile input, round 13").
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import CliResult, dump, make_post, write_archive
from telegram_builders import photo
from telegram_harness import channel_message
from telegram_harness import update_new_channel_message as new_message
from telethon.tl import types
from test_live_burst import MFA, arrive_together, following

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
