"""A poll, a contact, a place, a to-do list, an invoice: their words are the post's text,
from an export and from live ingest alike (archive/attachment_text.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from telegram_builders import DATE, channel, channel_message
from telethon.tl import types

from tg_archiver.bot.convert import channel_source, message_to_post

CHANNEL = 1_500_000_001


def _message(id: int, **fields: object) -> dict[str, object]:
    unix = int(DATE.timestamp()) + id * 3600
    return {"id": id, "type": "message", "date_unixtime": str(unix), "text": "", **fields}


POLL = {
    "question": "Do you support the Kazan declaration?",
    "closed": False,
    "total_voters": 10,
    "answers": [
        {"text": "Yes", "voters": 7, "chosen": False},
        {"text": "No", "voters": 3, "chosen": False},
    ],
}
MESSAGES = [
    _message(1, poll=POLL),
    _message(
        2,
        contact_information={
            "first_name": "Press",
            "last_name": "Office",
            "phone_number": "+7 495 244 41 19",
        },
    ),
    _message(3, location_information={"latitude": 55.7558, "longitude": 37.6173}),
    _message(
        4,
        place_name="Embassy of Russia",
        address="Tverskaya 1",
        location_information={"latitude": 55.75, "longitude": 37.61},
    ),
    _message(5, todo_list={"title": "Agenda", "items": [{"text": "Opening", "id": 1}]}),
    _message(6, invoice_information={"title": "Report", "description": "Annual report"}),
    _message(
        7,
        location_information={"latitude": 55.7, "longitude": 37.6},
        live_location_period_seconds=900,
    ),
]


def _export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    chat = {"name": "Example MFA", "type": "public_channel", "id": CHANNEL, "messages": MESSAGES}
    (folder / "result.json").write_text(json.dumps(chat), encoding="utf-8")
    return folder


def test_what_a_message_carries_instead_of_text_is_kept_and_no_copy_of_another(
    cli, tmp_path
) -> None:
    # Each was stored with text '' and no media, and all were exact copies of the first.
    db = tmp_path / "a.db"

    result = cli("--db", db, "import", _export(tmp_path))

    assert result.code == 0, result.err
    assert "7 new posts" in result.out and "linked 0 exact" in result.out
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT external_id, raw_text, media, duplicate_of FROM posts ORDER BY id"
        ).fetchall()
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("1", "📊 Do you support the Kazan declaration?\n• Yes\n• No", None),
        ("2", "👤 Press Office, +74952444119", None),
        ("3", "📍 55.7558, 37.6173", None),
        ("4", "📍 Embassy of Russia, Tverskaya 1 (55.75, 37.61)", None),
        ("5", "📋 Agenda\n• Opening", None),
        ("6", "🧾 Report\nAnnual report", None),
        ("7", "", None),  # a live location: where it stopped is no words (each move an edit)
    ]
    assert [json.loads(r[2] or "[]") for r in rows][:4] == [
        [{"kind": kind, "file_name": None, "size": None, "mime_type": None}]
        for kind in ("poll", "contact", "location", "location")
    ]
    found = cli("--db", db, "search", "Kazan declaration")
    assert found.code == 0 and "Do you support the **Kazan** **declaration**?" in found.out


def test_live_ingest_gives_the_text_an_export_gives(cli, tmp_path) -> None:
    # An export and live ingest of one message stay one post: importing the export of posts
    # archived live is no edit.
    chan = channel(CHANNEL)
    live = [
        types.MessageMediaPoll(
            poll=types.Poll(
                id=1,
                question=types.TextWithEntities("Do you support the Kazan declaration?", []),
                answers=[
                    types.PollAnswer(types.TextWithEntities("Yes", []), b"0"),
                    types.PollAnswer(types.TextWithEntities("No", []), b"1"),
                ],
                hash=0,
            ),
            results=types.PollResults(),
        ),
        types.MessageMediaContact("74952444119", "Press", "Office", "", 0),
        types.MessageMediaGeo(types.GeoPoint(long=37.6173, lat=55.7558, access_hash=0)),
        types.MessageMediaVenue(
            types.GeoPoint(long=37.61, lat=55.75, access_hash=0),
            "Embassy of Russia",
            "Tverskaya 1",
            "",
            "",
            "",
        ),
        types.MessageMediaToDo(
            types.TodoList(
                types.TextWithEntities("Agenda", []),
                [types.TodoItem(1, types.TextWithEntities("Opening", []))],
            )
        ),
        types.MessageMediaInvoice("Report", "Annual report", "USD", 100, ""),
        types.MessageMediaGeoLive(types.GeoPoint(long=37.6, lat=55.7, access_hash=0), 900),
    ]
    posts = [
        message_to_post(channel_message(n, chan, media=media), channel_source(chan))
        for n, media in enumerate(live, start=1)
    ]
    db = tmp_path / "a.db"
    assert cli("--db", db, "import", _export(tmp_path)).code == 0
    with sqlite3.connect(db) as conn:
        stored = [r[0] for r in conn.execute("SELECT raw_text FROM posts ORDER BY id")]
    assert [p.text for p in posts] == stored


def test_a_dice_a_giveaway_and_paid_media_keep_the_kind_live_ingest_gives(cli, tmp_path) -> None:
    # Before: an export's dice, giveaway, giveaway results and paid media (keys as Telegram
    # Desktop writes them, export_output_json.cpp) were posts of no text and no media, where
    # live ingest stores each with its kind (bot.convert.media_summary).
    chan = channel(CHANNEL)
    until = "2024-03-08T11:00:00"
    exported = [
        _message(1, dice_emoji="🎲", dice_value=6),
        _message(
            2,
            giveaway_information={
                "quantity": 10,
                "months": 3,
                "until_date": until,
                "channels": [CHANNEL],
                "countries": [],
                "additional_prize": "",
                "stars": 0,
                "is_only_new_subscribers": False,
            },
        ),
        _message(
            3,
            giveaway_results={
                "channel": CHANNEL,
                "winners": [1, 2],
                "additional_prize": "",
                "until_date": until,
                "launch_message_id": 2,
                "winners_count": 2,
                "unclaimed_count": 0,
                "months": 3,
                "stars": 0,
                "is_refunded": False,
                "is_only_new_subscribers": False,
            },
        ),
        _message(4, paid_stars_amount=50),
        _message(5, text="A plain post"),
    ]
    live = [
        types.MessageMediaDice(value=6, emoticon="🎲"),
        types.MessageMediaGiveaway(channels=[CHANNEL], quantity=10, until_date=DATE, months=3),
        types.MessageMediaGiveawayResults(
            channel_id=CHANNEL,
            launch_msg_id=2,
            winners_count=2,
            unclaimed_count=0,
            winners=[1, 2],
            until_date=DATE,
        ),
        types.MessageMediaPaidMedia(
            stars_amount=50, extended_media=[types.MessageExtendedMediaPreview(w=640, h=480)]
        ),
    ]
    folder = tmp_path / "export"
    folder.mkdir()
    chat = {"name": "Example MFA", "type": "public_channel", "id": CHANNEL, "messages": exported}
    (folder / "result.json").write_text(json.dumps(chat), encoding="utf-8")
    db = tmp_path / "a.db"

    result = cli("--db", db, "import", folder)

    assert result.code == 0, result.err
    assert "5 new posts" in result.out and "linked 0 exact" in result.out
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT raw_text, media FROM posts ORDER BY id").fetchall()
    kinds = [[m["kind"] for m in json.loads(media or "[]")] for _, media in rows]
    assert kinds == [["dice"], ["giveaway"], ["giveaway_results"], ["paid_media"], []]
    live_kinds = [
        [
            m.kind
            for m in message_to_post(channel_message(n, chan, media=m), channel_source(chan)).media
        ]
        for n, m in enumerate(live, start=1)
    ]
    assert live_kinds == kinds[:4]
    assert [text for text, _ in rows] == ["", "", "", "", "A plain post"]
