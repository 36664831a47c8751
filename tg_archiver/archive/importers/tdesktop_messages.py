"""Telegram Desktop messages as archive records: the mapping, and what is wrong with a bad one.

Mapping (see DESIGN.md, "One record for every source"): a channel's or supergroup's source is
``SourceRef("telegram", "<bare numeric id>")`` so that an export and live ingest of the same
channel are one source; other chats become ``SourceRef("import", "tdesktop:<id>")``. Times
come from ``date_unixtime``/``edited_unixtime`` (UTC); the local-time ``date`` is read, as UTC,
only when the unix time is missing. A message whose date is missing, no date ("yesterday",
"2024-13-45T99:00:00") or outside years 1..9999 is kept undated (``date_source="file"``: the
export file's modification time, as a text dump's posts), and one whose edit date is such has
none; each with a note (a warning naming the file, the message and the value), so that one
bad date costs neither its post nor the others. Service messages are skipped. Every other
problem is an :class:`~tg_archiver.archive.errors.InputError` naming the file, the chat, the
message and the byte offset the parser had reached (:class:`Where`).
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from typing import Any, NoReturn

from tg_archiver.archive import attachment_text
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.tdesktop_attachments import PLAIN, attachment, kind_only
from tg_archiver.archive.importers.tdesktop_json import NOT_EXPORT, BoundedReader, num
from tg_archiver.archive.models import (
    TDESKTOP_PREFIX,
    UNDATED,
    DateSource,
    Forward,
    Media,
    Post,
    SourceRef,
)
from tg_archiver.archive.textlinks import with_link_targets

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000

# Chats whose posts belong to a Telegram channel/supergroup source (shared with live ingest).
_CHANNEL_TYPES = frozenset(
    {"public_channel", "private_channel", "public_supergroup", "private_supergroup"}
)
_DOCUMENT_KINDS = {
    "video_file": "video",
    "video_message": "video_message",
    "voice_message": "voice",
    "audio_file": "audio",
    "sticker": "sticker",
    "animation": "animation",
}

MAX_NAME_CHARS = 1_000  # a chat's name kept (Telegram's own limit is 128)


class Where:
    """Names the place of a problem: file, chat (full export), message, byte offset."""

    __slots__ = ("_file_time", "chat_id", "name", "reader")

    def __init__(self, name: str, reader: BoundedReader, chat_id: int | None) -> None:
        self.name = name
        self.reader = reader
        self.chat_id = chat_id
        self._file_time: datetime | None = None

    def place(self, label: str) -> str:
        chat = "" if self.chat_id is None else f"chat {self.chat_id} "
        return f"{self.name}: {chat}{label} (near byte {num(self.reader.position)})"

    def error(self, label: str, problem: str) -> InputError:
        return InputError(f"{self.place(label)}: {problem}")

    def file_time(self) -> datetime:
        """The export file's modification time (UTC): an undated message's time, as a text
        dump's; the import's time when the file system holds one outside years 1..9999."""
        if self._file_time is None:
            try:
                self._file_time = datetime.fromtimestamp(os.stat(self.name).st_mtime, UTC)
            except (OverflowError, OSError, ValueError):
                self._file_time = datetime.now(UTC)
        return self._file_time.replace(microsecond=0)


# A chat header's value no Telegram Desktop export holds (its file read whole, not cut short).
NOT_WRITTEN = "Telegram Desktop never writes such a value"


def source_of(header: dict[str, Any], name: str, label: str) -> SourceRef:
    def bad(problem: str) -> InputError:
        # The header was read whole, so the file is not cut short: a value Telegram Desktop
        # never writes is named as such (it was called "truncated or not an export").
        return InputError(f"{name}: {label}: {problem}: {NOT_WRITTEN}")

    for key in ("id", "type"):
        if key not in header:
            raise InputError(f'{name}: {label}: no "{key}" before "messages": {NOT_EXPORT}')
    chat_id, chat_type, title = header["id"], header["type"], header.get("name")
    if type(chat_id) is not int:
        raise bad(f'"id" must be an integer, got {_show(chat_id)}')
    if not -_INT64 < chat_id < _INT64:
        raise bad(f'"id" is out of range: {_show(chat_id)}')
    if not isinstance(chat_type, str):
        raise bad(f'"type" must be a string, got {_show(chat_type)}')
    if title is not None and not isinstance(title, str):
        raise bad(f'"name" must be a string, got {_show(title)}')
    # Telegram names a chat in at most 128 characters; a longer "name" is no export's, and the
    # source's name is shown on every page listing sources (10 MB made the web's front page
    # 30 MB): its first MAX_NAME_CHARS are kept.
    title = _name(title)
    if chat_type in _CHANNEL_TYPES:
        return SourceRef(kind="telegram", key=str(_bare_channel_id(chat_id)), title=title)
    return SourceRef(kind="import", key=f"{TDESKTOP_PREFIX}{chat_id}", title=title)


def _bare_channel_id(chat_id: int) -> int:
    """Telegram Desktop writes the bare id; other tools write the Bot API form -100<id>."""
    if chat_id < 0:
        chat_id = -chat_id
        if chat_id > 1_000_000_000_000:
            chat_id -= 1_000_000_000_000
    return chat_id


def post_of(raw: Any, source: SourceRef, where: Where, index: int) -> Post | None:
    if not isinstance(raw, dict):
        raise where.error(f"message at index {index}", f"must be an object, got {_show(raw)}")
    msg_id = raw.get("id")
    if type(msg_id) is not int:
        raise where.error(
            f"message at index {index}", f'"id" must be an integer, got {_show(msg_id)}'
        )
    if not 0 < msg_id < _INT64:  # a Telegram message id is positive (and below 2**31)
        raise where.error(f"message at index {index}", f'"id" is out of range: {_show(msg_id)}')
    label = f"message {msg_id}"
    kind = raw.get("type", "message")
    if kind != "message":
        if not isinstance(kind, str):
            raise where.error(label, f'"type" must be a string, got {_show(kind)}')
        return None  # service messages, "unsupported" media
    date_source: DateSource = "source"
    try:
        published_at = _time(raw, "date", "date_unixtime", where, label)
        if published_at is None:
            raise where.error(label, 'has no "date_unixtime" or "date"')
    except InputError as e:
        published_at, date_source = where.file_time(), UNDATED
        log.warning("%s; stored undated, with the file's time", e)
    text, hashtags = _text(raw, where, label)
    edited_at = None
    if "edited_unixtime" in raw or "edited" in raw:
        try:
            edited_at = _time(raw, "edited", "edited_unixtime", where, label)
        except InputError as e:
            log.warning("%s; stored without its edit time", e)
    forwarded_from = None
    if "forwarded_from" in raw or "forwarded_from_id" in raw:
        forwarded_from = Forward(
            name=_name(_opt_str(raw, "forwarded_from", where, label)),
            source_key=_channel_key(_opt_str(raw, "forwarded_from_id", where, label)),
        )
    # A channel post's "from" is the channel itself; its signature ("author") says more.
    author = raw.get("author") or raw.get("from")
    if author is not None and author.__class__ is not str:
        author = _opt_str(raw, "author", where, label) or _opt_str(raw, "from", where, label)
    # A signature or a sender's name (Telegram's are 128 characters at most): five messages of
    # a 3,000,000-character "author" stored 15 MB that nothing shows.
    author = _name(author)
    media = _media(raw, where, label) if "photo" in raw or "file" in raw else ()
    if not PLAIN.isdisjoint(raw):  # a poll, a contact, a place ...: their words, their kind
        extra, kind = attachment(raw)
        text = attachment_text.joined(text, extra)
        media += (Media(kind=kind),) if kind else ()
    elif not media and (kind := kind_only(raw)):  # a dice, a giveaway, paid media: its kind
        media = (Media(kind=kind),)
    return Post(
        source=source,
        external_id=str(msg_id),
        published_at=published_at,
        text=text,
        edited_at=edited_at,
        author=author,
        forwarded_from=forwarded_from,
        hashtags=hashtags,
        media=media,
        date_source=date_source,
    )


def _time(
    raw: dict[str, Any], key: str, unix_key: str, where: Where, label: str
) -> datetime | None:
    """``raw[unix_key]`` (UTC seconds) if present, else ``raw[key]`` (local time) read as UTC."""
    unix = raw.get(unix_key)
    if unix is not None:
        digits = unix[1:] if isinstance(unix, str) and unix.startswith("-") else unix
        if isinstance(digits, str) and digits.isascii() and digits.isdigit():
            seconds = int(unix)  # before 1970 is negative ("-315619200": 1960)
        elif type(unix) is int:
            seconds = unix
        else:
            raise where.error(label, f'"{unix_key}" is not a unix time: {_show(unix)}')
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            raise where.error(label, f'"{unix_key}" is out of range: {_show(unix)}') from None
    local = raw.get(key)
    if local is None:
        return None
    if not isinstance(local, str):
        raise where.error(label, f'"{key}" must be a string, got {_show(local)}')
    try:
        moment = datetime.fromisoformat(local)
    except ValueError:
        raise where.error(label, f'"{key}" is not a valid date: {_show(local)}') from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+05:00: its offset pushes it out of year 1
        raise where.error(
            label, f'"{key}" is outside years 1..9999 once in UTC: {_show(local)}'
        ) from None


def _text(raw: dict[str, Any], where: Where, label: str) -> tuple[str, tuple[str, ...]]:
    value = raw.get("text", "")
    if value.__class__ is list:
        try:  # fast path; a bad part makes join or the lookup fail, then the slow path names it
            text = "".join([p if p.__class__ is str else p["text"] for p in value])
        except (TypeError, KeyError):
            _raise_bad_part(value, where, label)
        tags = [p["text"] for p in value if p.__class__ is dict and p.get("type") == "hashtag"]
        links = _text_links(value)
    elif isinstance(value, str):
        text = value
        entities = raw.get("text_entities")
        tags = []
        links = []
        if text and isinstance(entities, list):
            tags = [
                e["text"]
                for e in entities
                if isinstance(e, dict)
                and e.get("type") == "hashtag"
                and isinstance(e.get("text"), str)
            ]
            if all(isinstance(e, dict) and isinstance(e.get("text"), str) for e in entities) and (
                "".join(e["text"] for e in entities) == text
            ):
                links = _text_links(entities)
    else:
        raise where.error(label, f'"text" must be a string or a list, got {_show(value)}')
    if len(text) > MAX_TEXT_CHARS:
        raise where.error(
            label, f"text is {num(len(text))} characters, the limit is {num(MAX_TEXT_CHARS)}"
        )
    if "\x00" in text:
        raise where.error(
            label, f"text contains a NUL character (at character {num(text.index(chr(0)))})"
        )
    if links:
        text = with_link_targets(text, links, MAX_TEXT_CHARS)
    if not tags:
        return text, ()
    return text, tuple(dict.fromkeys(tag.lstrip("#") for tag in tags if tag.lstrip("#")))


def _text_links(parts: list[Any]) -> list[tuple[int, int, str]]:
    """(start, end, href) of each ``text_link`` among a text's parts (strings and entities
    whose ``text`` is a string), for :func:`~archive.textlinks.with_link_targets`."""
    links: list[tuple[int, int, str]] = []
    at = 0
    for part in parts:
        if part.__class__ is str:
            at += len(part)
            continue
        words = part["text"]
        if part.get("type") == "text_link" and isinstance(part.get("href"), str):
            links.append((at, at + len(words), part["href"]))
        at += len(words)
    return links


def _raise_bad_part(parts: list[Any], where: Where, label: str) -> NoReturn:
    for n, part in enumerate(parts):
        if not isinstance(part, str) and not (
            isinstance(part, dict) and isinstance(part.get("text"), str)
        ):
            raise where.error(
                label, f'"text" item {n} must be a string or an entity, got {_show(part)}'
            )
    raise AssertionError("unreachable: every part was valid")


def _media(raw: dict[str, Any], where: Where, label: str) -> tuple[Media, ...]:
    found: list[Media] = []
    width = _opt_int(raw, "width", where, label)
    height = _opt_int(raw, "height", where, label)
    if "photo" in raw:
        photo = _opt_str(raw, "photo", where, label)
        found.append(
            Media(
                kind="photo",
                file_name=_file_name(photo),
                size=_opt_int(raw, "photo_file_size", where, label),
                path=photo,
                width=width,
                height=height,
            )
        )
    if "file" in raw:
        media_type = _opt_str(raw, "media_type", where, label)
        file = _opt_str(raw, "file", where, label)
        duration = _opt_int(raw, "duration_seconds", where, label)
        found.append(
            Media(
                kind=_DOCUMENT_KINDS.get(media_type, media_type) if media_type else "document",
                file_name=_opt_str(raw, "file_name", where, label) or _file_name(file),
                size=_opt_int(raw, "file_size", where, label),
                mime_type=_opt_str(raw, "mime_type", where, label),
                path=file,
                width=width,
                height=height,
                duration=None if duration is None else float(duration),
            )
        )
    return tuple(found)


def _file_name(export_path: str | None) -> str | None:
    """The base name of an exported file; ``None`` for "(File not included. ...)" notes."""
    if not export_path or export_path.startswith("("):
        return None
    return export_path.rpartition("/")[2]


def _channel_key(peer: str | None) -> str | None:
    """``"channel123"`` -> ``"123"``; users and basic groups are not channel sources."""
    if peer and peer.startswith("channel") and peer[7:].isascii() and peer[7:].isdigit():
        return peer[7:]
    return None


def _name(value: str | None) -> str | None:
    """A chat's, a forward's origin's or an author's name, kept to :data:`MAX_NAME_CHARS`."""
    return value[:MAX_NAME_CHARS] if value is not None else None


def _opt_str(raw: dict[str, Any], key: str, where: Where, label: str) -> str | None:
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value
    raise where.error(label, f'"{key}" must be a string, got {_show(value)}')


def _opt_int(raw: dict[str, Any], key: str, where: Where, label: str) -> int | None:
    """A size or a dimension: absent, or an integer a database column holds (0 to 2**63-1)."""
    value = raw.get(key)
    if value is None:
        return value
    if type(value) is not int:
        raise where.error(label, f'"{key}" must be an integer, got {_show(value)}')
    if not 0 <= value < _INT64:
        raise where.error(label, f'"{key}" is out of range: {_show(value)}')
    return value


_INT64 = 2**63  # what a SQLite or PostgreSQL integer column holds


def _show(value: Any) -> str:
    """A short, safe rendering of a bad value for an error message."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
