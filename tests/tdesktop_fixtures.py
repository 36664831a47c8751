"""Builders for Telegram Desktop JSON exports, shaped as Telegram Desktop writes them.

Plain functions returning dicts, so a test states only what it is about::

    data = make_channel_export(messages=[message(1, ["Hi ", hashtag("#SCO")])])
    path = write_export(tmp_path / "result.json", data)

Field names and order follow Telegram Desktop's ``export_output_json.cpp``: a chat is
``name, type, id, messages``; a message is ``id, type, date, date_unixtime, [edited,
edited_unixtime], from, from_id, [author], [forwarded_from], media fields, text,
text_entities``. ``text`` is a string when the message has no entities, else a list of
strings and entity objects; ``text_entities`` always lists every part.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CHANNEL_ID = 1234567890
CHANNEL_NAME = "Ministry of Examples"
# Telegram Desktop writes "date" in the exporting computer's local time; these fixtures
# pretend it ran at UTC+3, so a test can tell "date" and "date_unixtime" apart.
LOCAL_OFFSET = timedelta(hours=3)
DEFAULT_DATE = datetime(2023, 5, 17, 7, 30, tzinfo=UTC)

OMIT: Any = object()  # pass as a field value to leave the key out

Part = str | dict[str, Any]


def hashtag(text: str) -> dict[str, Any]:
    return {"type": "hashtag", "text": text}


def link(text: str) -> dict[str, Any]:
    return {"type": "link", "text": text}


def text_link(text: str, href: str) -> dict[str, Any]:
    return {"type": "text_link", "text": text, "href": href}


def bold(text: str) -> dict[str, Any]:
    return {"type": "bold", "text": text}


def _local(moment: datetime) -> str:
    return (moment.astimezone(UTC) + LOCAL_OFFSET).replace(tzinfo=None).isoformat()


def _entities(text: object) -> list[Any]:
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    if isinstance(text, list):
        return [{"type": "plain", "text": p} if isinstance(p, str) else p for p in text]
    return []


def message(
    id: int,
    text: str | list[Part] = "",
    *,
    date: datetime = DEFAULT_DATE,
    edited: datetime | None = None,
    from_: str | None = CHANNEL_NAME,
    from_id: str = f"channel{CHANNEL_ID}",
    **fields: Any,
) -> dict[str, Any]:
    """One ``"type": "message"``; extra ``fields`` are added (or replaced) as given.

    A field given as :data:`OMIT` is removed, e.g. ``message(1, "x", date_unixtime=OMIT)``.
    """
    result: dict[str, Any] = {
        "id": id,
        "type": "message",
        "date": _local(date),
        "date_unixtime": str(int(date.timestamp())),
    }
    if edited is not None:
        result["edited"] = _local(edited)
        result["edited_unixtime"] = str(int(edited.timestamp()))
    result["from"] = from_
    result["from_id"] = from_id
    result.update(fields)
    if "text" not in fields:
        result["text"] = text
    if "text_entities" not in fields:
        result["text_entities"] = _entities(text)
    return {key: value for key, value in result.items() if value is not OMIT}


def patched(msg: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A copy of ``msg`` with ``fields`` set; :data:`OMIT` removes a key.

    For keys that :func:`message` takes as parameters (``id``, ``text``, ``date``), e.g. a
    wrong type: ``patched(message(1, "x"), id="1")``.
    """
    result = {**msg, **fields}
    return {key: value for key, value in result.items() if value is not OMIT}


def service(
    id: int, *, action: str = "pin_message", date: datetime = DEFAULT_DATE
) -> dict[str, Any]:
    """A ``"type": "service"`` message (pins, joins, title changes ...)."""
    return {
        "id": id,
        "type": "service",
        "date": _local(date),
        "date_unixtime": str(int(date.timestamp())),
        "actor": CHANNEL_NAME,
        "actor_id": f"channel{CHANNEL_ID}",
        "action": action,
        "message_id": 1,
        "text": "",
        "text_entities": [],
    }


def photo(
    path: str = "photos/photo_1@17-05-2023_10-30-00.jpg", size: int = 123_456
) -> dict[str, Any]:
    """Media fields of a photo message, to splat into :func:`message`."""
    return {"photo": path, "photo_file_size": size, "width": 1280, "height": 720}


def document(
    file_name: str = "report.pdf",
    *,
    size: int | None = 2_048_000,
    mime_type: str = "application/pdf",
    media_type: str | None = None,
    path: str | None = None,
) -> dict[str, Any]:
    """Media fields of a file message (``media_type`` for video, voice, stickers ...)."""
    fields: dict[str, Any] = {"file": path if path is not None else f"files/{file_name}"}
    fields["file_name"] = file_name
    if size is not None:
        fields["file_size"] = size
    if media_type is not None:
        fields["media_type"] = media_type
    fields["mime_type"] = mime_type
    return fields


def make_chat(
    messages: list[dict[str, Any]],
    *,
    name: str | None = CHANNEL_NAME,
    type: str = "public_channel",
    id: int = CHANNEL_ID,
) -> dict[str, Any]:
    """One chat, as a one-chat export's whole file or an item of a full export's list."""
    return {"name": name, "type": type, "id": id, "messages": messages}


def make_channel_export(messages: list[dict[str, Any]], **chat: Any) -> dict[str, Any]:
    """A one-chat export ("Export chat history") of a channel."""
    return make_chat(messages, **chat)


def make_full_export(
    chats: list[dict[str, Any]], *, left_chats: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A full account export ("Export Telegram data") holding ``chats``."""
    data: dict[str, Any] = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Ann", "last_name": ""},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    if left_chats is not None:
        data["left_chats"] = {"about": "Chats you have left.", "list": left_chats}
    return data


def write_export(path: Path, data: dict[str, Any], *, indent: int | None = 1) -> Path:
    """Write ``data`` as Telegram Desktop does (UTF-8, not ASCII-escaped) and return ``path``."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


# -- a large generated export ------------------------------------------------------------------

_WORDS = (
    *("cooperation", "security", "summit", "energy", "transport", "trade", "partners"),
    *("ministers", "agreement", "talks", "sovereignty", "dialogue", "investment"),
    *("logistics", "sanctions", "corridor", "statement", "delegation", "сотрудничество"),
    *("безопасность", "саммит", "министры", "переговоры", "🤝", "🇷🇺", "🇨🇳"),
)
_TAGS = ("#SCO", "#BRICS", "#CIS", "#ШОС", "#UNCharterIsOurRules")


def large_export_messages(
    n: int, *, seed: int, first_id: int = 1, start: datetime = DEFAULT_DATE
) -> list[dict[str, Any]]:
    """``n`` channel posts, the same for the same arguments, shaped like a busy ministry's.

    Each post has one to three hashtags as entities, text of 20-80 words (Latin, Cyrillic and
    emoji), and a unique token ``p<id>``; about one in ten repeats an earlier post's text
    (an exact copy), one in ten is an earlier post with a line changed (a near copy), one in
    eight is edited, one in six carries a photo, and every hundredth is a service message.
    """
    import random

    rng = random.Random(seed)
    texts: list[str] = []
    messages: list[dict[str, Any]] = []
    for i in range(first_id, first_id + n):
        date = start + timedelta(minutes=7 * (i - first_id))
        if i % 100 == 0:
            messages.append(service(i, date=date))
            continue
        roll = rng.random()
        if texts and roll < 0.1:
            body = rng.choice(texts)
        elif texts and roll < 0.2:
            lines = rng.choice(texts).split("\n")
            lines[rng.randrange(len(lines))] = " ".join(rng.choices(_WORDS, k=8))
            body = "\n".join(lines)
        else:
            body = "\n".join(
                " ".join(rng.choices(_WORDS, k=rng.randint(5, 20)))
                for _ in range(rng.randint(2, 4))
            )
        texts.append(body)
        tags = rng.sample(_TAGS, rng.randint(1, 3))
        parts: list[Part] = [f"p{i} {body}\n"]
        for tag in tags:
            parts += [hashtag(tag), " "]
        fields: dict[str, Any] = {}
        if rng.random() < 1 / 6:
            fields.update(photo(f"photos/photo_{i}.jpg", size=rng.randint(10_000, 900_000)))
        edited = date + timedelta(minutes=30) if rng.random() < 1 / 8 else None
        messages.append(message(i, parts, date=date, edited=edited, **fields))
    return messages


def write_large_export(
    path: Path, n: int, *, seed: int, first_id: int = 1, channel_id: int = CHANNEL_ID
) -> Path:
    """A one-channel export of ``n`` generated posts (see :func:`large_export_messages`)."""
    messages = large_export_messages(n, seed=seed, first_id=first_id)
    return write_export(
        path, make_channel_export(messages, id=channel_id, name=f"Channel {channel_id}")
    )
