from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tdesktop_fixtures import (
    CHANNEL_ID,
    CHANNEL_NAME,
    DEFAULT_DATE,
    OMIT,
    bold,
    document,
    hashtag,
    link,
    make_channel_export,
    make_chat,
    make_full_export,
    message,
    patched,
    photo,
    service,
    text_link,
    write_export,
)

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.tdesktop import looks_like_tdesktop, read_tdesktop
from tg_archiver.archive.importers.tdesktop_json import BoundedReader
from tg_archiver.archive.models import Forward, Media, SourceRef


def export_file(tmp_path: Path, messages: list[dict], **chat: object) -> Path:
    return write_export(tmp_path / "result.json", make_channel_export(messages, **chat))


def read_error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        list(read_tdesktop(path))
    text = str(info.value)
    assert "\n" not in text
    return text


# --- one-chat exports -----------------------------------------------------------------------


def test_a_surrogate_pair_split_between_reads_is_a_character(tmp_path: Path) -> None:
    # The lone-surrogate check keeps a read's end back: a pair cut in two is still a pair.
    text = "x" * 40 + "\\ud83d\\ude00" + " and a lone \\ud800"
    raw = ('{"text": "' + text + '"}').encode()
    for cut in range(45, 60):
        reader = BoundedReader(io.BytesIO(raw))
        first = reader.read(cut)  # a pair may end this read: nothing said yet
        assert first == raw[:cut]
        with pytest.raises(UnicodeDecodeError):
            while reader.read(7):
                pass
    clean = ('{"text": "' + "x" * 40 + '\\ud83d\\ude00 \\\\ud800"}').encode()
    for cut in range(40, 60):
        reader = BoundedReader(io.BytesIO(clean))
        assert reader.read(cut) + reader.read(cut) + reader.read() == clean


def test_a_unix_time_before_1970_is_a_date(tmp_path: Path) -> None:
    # "-315619200" (1960) was "is not a unix time": the digits alone were taken.
    path = export_file(tmp_path, [patched(message(1, "x"), date_unixtime="-315619200")])
    [post] = read_tdesktop(path)
    assert post.published_at == datetime(1960, 1, 1, tzinfo=UTC)


def test_channel_export_maps_to_the_channels_telegram_source(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(7, "Statement on cooperation.")])

    [post] = read_tdesktop(path)

    assert post.source == SourceRef(kind="telegram", key=str(CHANNEL_ID), title=CHANNEL_NAME)
    assert post.external_id == "7"
    assert post.text == "Statement on cooperation."
    assert post.url is None
    assert post.forwarded_from is None
    assert post.edited_at is None


def test_published_at_comes_from_unixtime_in_utc_not_the_local_date(tmp_path: Path) -> None:
    moment = datetime(2023, 5, 17, 7, 30, 15, tzinfo=UTC)
    path = export_file(tmp_path, [message(1, "x", date=moment)])

    [post] = read_tdesktop(path)

    assert post.published_at == moment
    assert post.published_at.tzinfo is UTC


def test_local_date_is_read_as_utc_when_unixtime_is_missing(tmp_path: Path) -> None:
    msg = patched(message(1, "x"), date_unixtime=OMIT, date="2023-05-17T10:30:00")
    path = export_file(tmp_path, [msg])

    [post] = read_tdesktop(path)

    assert post.published_at == datetime(2023, 5, 17, 10, 30, tzinfo=UTC)


def test_integer_unixtime_is_accepted(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "x", date_unixtime=1684308600)])

    [post] = read_tdesktop(path)

    assert post.published_at == datetime(2023, 5, 17, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "chat_type", ["private_channel", "public_supergroup", "private_supergroup"]
)
def test_channels_and_supergroups_are_telegram_sources(tmp_path: Path, chat_type: str) -> None:
    path = export_file(tmp_path, [message(1, "x")], type=chat_type, id=555)

    [post] = read_tdesktop(path)

    assert (post.source.kind, post.source.key) == ("telegram", "555")


@pytest.mark.parametrize("chat_type", ["personal_chat", "private_group", "bot_chat"])
def test_other_chats_are_import_sources(tmp_path: Path, chat_type: str) -> None:
    path = export_file(tmp_path, [message(1, "x")], type=chat_type, id=777, name="Ann")

    [post] = read_tdesktop(path)

    assert post.source == SourceRef(kind="import", key="tdesktop:777", title="Ann")


def test_bot_api_style_channel_id_loses_its_minus_100_prefix(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "x")], id=-1001234567890)

    [post] = read_tdesktop(path)

    assert post.source.key == "1234567890"


def test_saved_messages_without_a_name_have_no_title(tmp_path: Path) -> None:
    chat = make_chat([message(1, "note")], type="saved_messages", id=42)
    del chat["name"]
    path = write_export(tmp_path / "result.json", chat)

    [post] = read_tdesktop(path)

    assert post.source == SourceRef(kind="import", key="tdesktop:42", title=None)


def test_header_after_messages_is_still_found(tmp_path: Path) -> None:
    data = make_channel_export([message(1, "x")])
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")  # id, messages, name, type

    [post] = read_tdesktop(path)

    assert post.source == SourceRef(kind="telegram", key=str(CHANNEL_ID), title=CHANNEL_NAME)


def test_file_with_utf8_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(make_channel_export([message(1, "x")])).encode())

    assert [p.text for p in read_tdesktop(path)] == ["x"]


# --- full exports ---------------------------------------------------------------------------


def test_full_export_reads_every_chat_and_left_chat(tmp_path: Path) -> None:
    data = make_full_export(
        [
            make_chat([message(1, "channel one"), message(2, "channel two")]),
            make_chat([message(1, "hello Ann")], type="personal_chat", id=99, name="Ann"),
        ],
        left_chats=[make_chat([message(1, "old news")], name="Gone", id=31337)],
    )
    path = write_export(tmp_path / "result.json", data)

    posts = list(read_tdesktop(path))

    assert [(p.source.kind, p.source.key, p.external_id, p.text) for p in posts] == [
        ("telegram", str(CHANNEL_ID), "1", "channel one"),
        ("telegram", str(CHANNEL_ID), "2", "channel two"),
        ("import", "tdesktop:99", "1", "hello Ann"),
        ("telegram", "31337", "1", "old news"),
    ]
    assert posts[3].source.title == "Gone"


def test_full_export_on_one_line_is_read(tmp_path: Path) -> None:
    data = make_full_export([make_chat([message(1, "a")]), make_chat([message(2, "b")], id=5)])
    path = write_export(tmp_path / "result.json", data, indent=None)

    assert [(p.source.key, p.text) for p in read_tdesktop(path)] == [
        (str(CHANNEL_ID), "a"),
        ("5", "b"),
    ]


def test_full_export_chat_with_messages_before_its_type_is_refused(tmp_path: Path) -> None:
    chat = {"id": 5, "messages": [message(1, "x")], "type": "public_channel"}
    path = write_export(tmp_path / "result.json", make_full_export([chat]))

    error = read_error(path)

    assert 'chat 1 in "chats": no "type" before "messages"' in error


def test_full_export_error_names_the_chat(tmp_path: Path) -> None:
    data = make_full_export([make_chat([patched(message(3, "x"), text=42)], id=5)])
    path = write_export(tmp_path / "result.json", data)

    assert "chat 5 message 3 (near byte" in read_error(path)


# --- text, entities, media ------------------------------------------------------------------


def test_text_list_is_joined_and_hashtags_come_from_entities(tmp_path: Path) -> None:
    text = [
        "Partners met in ",
        bold("Astana"),
        ". ",
        hashtag("#SCO"),
        " ",
        hashtag("#BRICS"),
        " ",
        hashtag("#SCO"),
        "\nMore: ",
        text_link("Read in full", "https://example.org/a"),
        " ",
        link("https://example.org/b"),
    ]
    path = export_file(tmp_path, [message(1, text)])

    [post] = read_tdesktop(path)

    # A text_link's address follows its words (archive/textlinks.py); a link shows its own.
    assert post.text == (
        "Partners met in Astana. #SCO #BRICS #SCO\n"
        "More: Read in full (https://example.org/a) https://example.org/b"
    )
    assert post.hashtags == ("SCO", "BRICS")


def test_a_text_link_keeps_its_address_when_text_is_a_string_with_entities(
    tmp_path: Path,
) -> None:
    url = "https://mid.example/statement/12345"
    parts = [{"type": "plain", "text": "Statement. "}, text_link("Read in full", url)]
    path = export_file(tmp_path, [message(1, "Statement. Read in full", text_entities=parts)])

    [post] = read_tdesktop(path)

    assert post.text == f"Statement. Read in full ({url})"


def test_hashtags_are_read_from_text_entities_when_text_is_a_string(tmp_path: Path) -> None:
    msg = message(
        1, "About #ШОС", text_entities=[{"type": "plain", "text": "About "}, hashtag("#ШОС")]
    )
    path = export_file(tmp_path, [msg])

    [post] = read_tdesktop(path)

    assert (post.text, post.hashtags) == ("About #ШОС", ("ШОС",))


def test_service_messages_are_skipped(tmp_path: Path) -> None:
    path = export_file(
        tmp_path, [service(1), message(2, "kept"), service(3, action="edit_group_title")]
    )

    assert [p.external_id for p in read_tdesktop(path)] == ["2"]


def test_media_is_summarised(tmp_path: Path) -> None:
    messages = [
        message(1, "photo", **photo(size=5_000)),
        message(
            2,
            "video",
            **document("clip.mp4", size=9_000, mime_type="video/mp4", media_type="video_file"),
        ),
        message(
            3,
            "",
            **document("voice.ogg", size=None, mime_type="audio/ogg", media_type="voice_message"),
        ),
        message(4, "pdf", **document("report.pdf", size=2_048)),
        patched(
            message(
                5,
                "skipped",
                **document(
                    "big.zip",
                    mime_type="application/zip",
                    path="(File exceeds maximum size. Change data exporting settings to download.)",
                ),
            ),
            file_name=OMIT,
        ),
        message(6, "plain"),
    ]
    path = export_file(tmp_path, messages)

    media = [p.media for p in read_tdesktop(path)]

    photo_path = "photos/photo_1@17-05-2023_10-30-00.jpg"
    too_big = "(File exceeds maximum size. Change data exporting settings to download.)"
    assert media == [
        (
            Media(
                kind="photo",
                file_name="photo_1@17-05-2023_10-30-00.jpg",
                size=5_000,
                path=photo_path,
                width=1280,
                height=720,
            ),
        ),
        (Media("video", "clip.mp4", 9_000, "video/mp4", path="files/clip.mp4"),),
        (Media("voice", "voice.ogg", None, "audio/ogg", path="files/voice.ogg"),),
        (Media("document", "report.pdf", 2_048, "application/pdf", path="files/report.pdf"),),
        (Media("document", None, 2_048_000, "application/zip", path=too_big),),
        (),
    ]


def test_edited_time_is_kept(tmp_path: Path) -> None:
    edited = datetime(2023, 5, 18, 9, 0, tzinfo=UTC)
    path = export_file(tmp_path, [message(1, "v2", edited=edited)])

    [post] = read_tdesktop(path)

    assert (post.published_at, post.edited_at) == (DEFAULT_DATE, edited)


def test_forwarded_from_becomes_a_forward(tmp_path: Path) -> None:
    messages = [
        message(1, "a", forwarded_from="Russian MFA"),
        message(2, "b", forwarded_from="Other", forwarded_from_id="channel1101170442"),
        message(3, "c", forwarded_from=None),  # hidden or deleted origin
        message(4, "d", forwarded_from="Ann", forwarded_from_id="user123"),
    ]
    path = export_file(tmp_path, messages)

    forwards = [p.forwarded_from for p in read_tdesktop(path)]

    assert forwards == [
        Forward(name="Russian MFA"),
        Forward(name="Other", source_key="1101170442"),
        Forward(name=None),
        Forward(name="Ann"),
    ]


def test_author_is_the_signature_else_the_sender(tmp_path: Path) -> None:
    messages = [
        message(1, "a", author="Press Office"),
        message(2, "b"),
        message(3, "c", from_=None),
    ]
    path = export_file(tmp_path, messages)

    assert [p.author for p in read_tdesktop(path)] == ["Press Office", CHANNEL_NAME, None]


# --- bad input ------------------------------------------------------------------------------


def test_truncated_file_is_an_input_error_with_position(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "a"), message(2, "b")])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    error = read_error(path)

    assert error.startswith(f"{path}: invalid JSON near byte {len(data) // 2} (")
    assert "the file is truncated or is not a Telegram Desktop export" in error


@pytest.mark.parametrize(
    ("chat", "said"),
    [
        ({"id": 2**63}, '"id" is out of range: 9223372036854775808'),
        ({"id": 10**23}, '"id" is out of range: 100000000000000000000000'),
        ({"id": "12"}, "\"id\" must be an integer, got '12'"),
        ({"type": 5}, '"type" must be a string, got 5'),
        ({"name": ["x"]}, '"name" must be a string, got a list'),
    ],
)
def test_a_chat_header_value_no_export_holds_is_named_not_called_truncated(
    tmp_path: Path, chat: dict, said: str
) -> None:
    # The header was read whole: it said "the file is truncated or is not a Telegram Desktop
    # export", which sent a user looking for a cut-short download.
    error = read_error(export_file(tmp_path, [message(1, "a")], **chat))

    assert said in error and "truncated" not in error
    assert error.endswith("Telegram Desktop never writes such a value")


@pytest.mark.parametrize(
    "content",
    [b"hello, world", b"", b"   ", b"[1, 2, 3]", b'{"name": "x"}', b'{"messages": 5}'],
)
def test_not_an_export_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)

    error = read_error(path)

    assert error.startswith(f"{path}: ")
    assert "not a Telegram Desktop export" in error or '"messages" must be a list' in error


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    assert "cannot read the file" in read_error(tmp_path / "nope.json")


def test_invalid_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "caf\u00e9")])
    path.write_bytes(path.read_bytes().replace("é".encode(), b"\xff\xfe"))

    error = read_error(path)

    assert "bytes that are not UTF-8 near byte" in error  # another encoding, said so


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"date_unixtime": "soon"}, "\"date_unixtime\" is not a unix time: 'soon'"),
        ({"date_unixtime": True}, '"date_unixtime" is not a unix time: True'),
        ({"date_unixtime": "99999999999999999"}, '"date_unixtime" is out of range'),
        (
            {"date_unixtime": OMIT, "date": "2023-13-45T00:00:00"},
            "\"date\" is not a valid date: '2023-13-45T00:00:00'",
        ),
        ({"date_unixtime": OMIT, "date": "yesterday"}, '"date" is not a valid date'),
        ({"date_unixtime": OMIT, "date": OMIT}, 'has no "date_unixtime" or "date"'),
    ],
)
def test_a_message_whose_date_is_no_date_is_kept_undated_with_a_note(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, fields: dict, problem: str
) -> None:
    path = export_file(tmp_path, [message(1, "good"), patched(message(2, "no date"), **fields)])
    os.utime(path, (1_700_000_000, 1_700_000_000))

    good, undated = list(read_tdesktop(path))

    assert (good.date_source, undated.date_source) == ("source", "file")
    assert undated.text == "no date"
    assert undated.published_at == datetime.fromtimestamp(1_700_000_000, UTC)
    [note] = [r.getMessage() for r in caplog.records]
    assert note.startswith(f"{path}: message 2 (near byte ")
    assert problem in note and note.endswith("; stored undated, with the file's time")


def test_a_message_whose_edit_date_is_no_date_is_kept_without_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = export_file(tmp_path, [patched(message(1, "edited?"), edited_unixtime="soon")])

    [post] = list(read_tdesktop(path))

    assert (post.text, post.edited_at, post.date_source) == ("edited?", None, "source")
    [note] = [r.getMessage() for r in caplog.records]
    assert note.endswith(
        "\"edited_unixtime\" is not a unix time: 'soon'; stored without its edit time"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"id": "12"}, "message at index 1 (near byte "),
        ({"id": "12"}, "\"id\" must be an integer, got '12'"),
        ({"id": 1.5}, '"id" must be an integer'),
        ({"text": 42}, "message 1 (near byte"),
        ({"text": 42}, '"text" must be a string or a list, got 42'),
        (
            {"text": ["ok", {"type": "bold"}]},
            '"text" item 1 must be a string or an entity, got an object',
        ),
        ({"text": ["ok", 7]}, '"text" item 1 must be a string or an entity, got 7'),
        ({"forwarded_from": 3}, '"forwarded_from" must be a string, got 3'),
        ({"file": "files/a", "file_size": "big"}, "\"file_size\" must be an integer, got 'big'"),
        # Past what a database integer holds: an OverflowError traceback at the insert.
        (
            {"file": "files/a", "file_size": 2**63},
            '"file_size" is out of range: 9223372036854775808',
        ),
        ({"photo": "p.jpg", "photo_file_size": 2**64}, '"photo_file_size" is out of range'),
        ({"photo": "p.jpg", "width": 10**25}, '"width" is out of range'),
        ({"file": "files/a", "file_size": -1}, '"file_size" is out of range: -1'),
        ({"id": 2**63}, '"id" is out of range: 9223372036854775808'),
        ({"id": 0}, '"id" is out of range: 0'),
        ({"type": ["message"]}, '"type" must be a string, got a list'),
    ],
)
def test_wrong_field_types_name_the_message_and_field(
    tmp_path: Path, fields: dict, expected: str
) -> None:
    path = export_file(tmp_path, [patched(message(1, "x"), **fields)])

    error = read_error(path)

    assert error.startswith(f"{path}: ")
    assert expected in error


def test_wrong_chat_id_type_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "x")], id="1234")

    assert "the chat: \"id\" must be an integer, got '1234'" in read_error(path)


def test_a_chat_id_past_a_database_integer_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "x")], id=-(2**63))

    assert 'the chat: "id" is out of range: -9223372036854775808' in read_error(path)


def test_nul_in_text_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "ok"), message(2, "bad\u0000text")])

    error = read_error(path)

    assert "message 2 (near byte" in error
    assert "NUL character" in error


def test_raw_control_character_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "ok")])
    path.write_bytes(path.read_bytes().replace(b'"ok"', b'"o\x00k"', 1))

    assert "invalid JSON near byte" in read_error(path)


def test_ten_megabyte_post_is_an_input_error(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(12, "x" * 10_485_760)])

    error = read_error(path)

    assert "message 12 (near byte" in error
    assert error.endswith("text is 10 485 760 characters, the limit is 1 000 000")


def test_text_at_the_limit_is_accepted(tmp_path: Path) -> None:
    path = export_file(tmp_path, [message(1, "y" * 1_000_000)])

    [post] = read_tdesktop(path)

    assert len(post.text) == 1_000_000


# --- streaming ------------------------------------------------------------------------------


def test_posts_are_yielded_before_a_truncated_end_is_reached(tmp_path: Path) -> None:
    messages = [message(i, f"post {i} " + "filler " * 100) for i in range(1, 3001)]
    path = export_file(tmp_path, messages)
    data = path.read_bytes()
    assert len(data) > 2_000_000
    path.write_bytes(data[:-200])

    posts = read_tdesktop(path)
    first = next(posts)

    assert first.external_id == "1"
    with pytest.raises(InputError, match="truncated"):
        for _ in posts:
            pass


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        ({"chats": "../../etc/passwd"}, "\"chats\" must be an object, got '../../etc/passwd'"),
        ({"chats": {"list": None}}, '"chats.list" must be a list, got null'),
        ({"chats": {"list": {"a": 1}}}, '"chats.list" must be a list, got an object'),
        ({"left_chats": {"list": "x"}}, "\"left_chats.list\" must be a list, got 'x'"),
        ({"chats": {"list": [5]}}, 'a chat in "chats" must be an object, got 5'),
        (
            {"chats": {"list": []}, "messages": [message(1, "x")]},
            'both "messages" and "chats" at the top level',
        ),
    ],
)
def test_a_full_export_of_another_shape_is_refused(
    tmp_path: Path, frame: dict, expected: str
) -> None:
    # Each was read as an empty export: "0 new posts", exit 0 (or, for a list holding a
    # number beside a chat, that chat stored and the number passed over).
    path = tmp_path / "result.json"
    path.write_text(json.dumps(frame))
    assert expected in read_error(path)


def test_full_export_streams_too(tmp_path: Path) -> None:
    messages = [message(i, "filler " * 100) for i in range(1, 3001)]
    path = write_export(tmp_path / "result.json", make_full_export([make_chat(messages)]))
    data = path.read_bytes()
    path.write_bytes(data[:-200])

    posts = read_tdesktop(path)

    assert next(posts).external_id == "1"
    with pytest.raises(InputError, match="truncated"):
        list(posts)


def test_reading_is_lazy(tmp_path: Path) -> None:
    posts = read_tdesktop(tmp_path / "not-yet.json")  # no error until iterated

    export_file(tmp_path, [message(1, "x")]).rename(tmp_path / "not-yet.json")

    assert [p.text for p in posts] == ["x"]


# --- sniffing -------------------------------------------------------------------------------


def test_looks_like_tdesktop_accepts_both_shapes(tmp_path: Path) -> None:
    one = export_file(tmp_path, [message(1, "x")])
    full = write_export(tmp_path / "full.json", make_full_export([]))

    assert looks_like_tdesktop(one)
    assert looks_like_tdesktop(full)


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        ("result.txt", b'{"messages": []}'),
        ("list.json", b'[{"messages": []}]'),
        ("config.json", b'{"feeds": []}'),
        ("empty.json", b""),
    ],
)
def test_looks_like_tdesktop_rejects_other_files(
    tmp_path: Path, file_name: str, content: bytes
) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)

    assert not looks_like_tdesktop(path)


def test_looks_like_tdesktop_is_false_for_a_missing_file(tmp_path: Path) -> None:
    assert not looks_like_tdesktop(tmp_path / "missing.json")


@pytest.mark.parametrize("full", [False, True])
def test_a_chat_name_longer_than_any_telegram_gives_is_cut(tmp_path: Path, full: bool) -> None:
    """The source's name, shown on every page listing sources: an export's 10 MB "name" made
    the web's front page 30 MB for every visitor. Telegram's own limit is 128 characters."""
    chat = make_chat([message(1, "Statement on trade")], name="N" * 10_000)
    data = make_full_export([chat]) if full else chat
    path = write_export(tmp_path / "result.json", data)

    [post] = read_tdesktop(path)

    assert post.source.title == "N" * 1_000


def test_a_forwarded_from_name_longer_than_any_telegram_gives_is_cut(tmp_path: Path) -> None:
    msg = message(1, "Statement on trade", forwarded_from="F" * 5_000)
    path = export_file(tmp_path, [msg])

    [post] = read_tdesktop(path)

    assert post.forwarded_from is not None and post.forwarded_from.name == "F" * 1_000


@pytest.mark.parametrize("key", ["author", "from"])
def test_an_author_longer_than_any_telegram_gives_is_cut(tmp_path: Path, key: str) -> None:
    # Five messages of a 3,000,000-character "author" stored 15 MB that nothing shows.
    msg = message(1, "Statement on trade", **{key: "A" * 3_000_000})
    path = export_file(tmp_path, [msg])

    [post] = read_tdesktop(path)

    assert post.author == "A" * 1_000
