"""Telegram Desktop "Export chat history" JSON (``result.json``) as a stream of posts.

Two shapes are read:

* one chat's export: ``{"name", "type", "id", "messages": [...]}``;
* a full account export: ``{"about", ..., "chats": {"about", "list": [chat, ...]},
  "left_chats": {"about", "list": [chat, ...]}}``, each chat shaped as above.

Exports of busy channels reach gigabytes, so the file is never loaded whole: ijson (its C
backend when installed) streams it and posts are yielded as they are parsed. A one-chat
export, the usual way to archive a channel, takes the fast path: the chat's ``name``,
``type`` and ``id`` are read from the head of the file, then the ``messages`` array is
built message by message in C. A full export is walked event by event in Python (about
half the speed) because each message has to be matched to its chat; there a chat's
``name``/``type``/``id`` must come before its ``messages``, as Telegram Desktop writes them.

Mapping (see DESIGN.md, "One record for every source"): a channel's or supergroup's
source is ``SourceRef("telegram", "<bare numeric id>")`` so that an export and live ingest
of the same channel are one source; other chats become ``SourceRef("import",
"tdesktop:<id>")``. The export holds no username, so ``Post.url`` stays ``None``.
Times come from ``date_unixtime``/``edited_unixtime`` (UTC); the local-time ``date`` is
read, as UTC, only when the unix time is missing. Service messages are skipped.

Every problem is an :class:`~archive.errors.InputError` naming the file, the place (message
id or index, and the byte offset the parser had reached) and what was wrong.

Bounds: a message's text is at most :data:`MAX_TEXT_CHARS` characters; one message at most
:data:`MAX_MESSAGE_BYTES` of JSON and one string at most :data:`MAX_STRING_BYTES` (both seen
at the end of the read that passes them), so memory is bounded by one message; the file has
no bound, being streamed. Only a regular file is opened (a FIFO or a device is refused).
"""

from __future__ import annotations

import ast
import contextlib
import json
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, NoReturn

import ijson

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inputfiles import open_regular, size_text
from tg_archiver.archive.models import Forward, Media, Post, SourceRef

__all__ = ["MAX_MESSAGE_BYTES", "MAX_TEXT_CHARS", "looks_like_tdesktop", "read_tdesktop"]

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000
_SNIFF_BYTES = 64 * 1024
_BUF_SIZE = 256 * 1024
_BOM = b"\xef\xbb\xbf"
_NOT_EXPORT = "the file is truncated or is not a Telegram Desktop export"

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
_HEADER_KEYS = ("name", "type", "id")
_SECTIONS = ("chats", "left_chats")

try:
    _backend: Any = ijson.get_backend("yajl2_c")
except ImportError:  # pragma: no cover - depends on the installed wheel
    _backend = ijson.get_backend(ijson.backend)  # a module: it has the *_basecoro builders


def looks_like_tdesktop(path: Path) -> bool:
    """Cheap sniff: a ``.json`` file that opens with ``{`` and mentions messages or chats early."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with open_regular(path) as f:
            head = f.read(_SNIFF_BYTES)
    except InputError:  # not a regular file, or unreadable: read_tdesktop will say which
        return False
    except OSError:
        return False
    head = head.removeprefix(_BOM).lstrip()
    return head.startswith(b"{") and (b'"messages"' in head or b'"chats"' in head)


def read_tdesktop(path: Path) -> Iterator[Post]:
    """Yield the posts of a Telegram Desktop JSON export, in file order, as they are parsed.

    The file is opened on the first ``next()``; errors surface where they are met, so posts
    before a damaged spot have already been yielded when the :class:`InputError` is raised.
    """
    name = str(path)
    with _open(path) as reader:
        first = _top_level_key(reader, name)
    posts = _read_single_chat(path, name) if first == "messages" else _read_full_export(path, name)
    count = 0
    for post in posts:
        count += 1
        yield post
    log.info("tdesktop import file=%s shape=%s posts=%d", name, first, count)


# --- reading --------------------------------------------------------------------------------


MAX_DEPTH = 100  # an export nests about 8 levels deep
# A message of 1,000,000 characters (the limit) written twice ("text" and "text_entities"),
# four bytes each, with its entities: well under 32 MiB. One string is bounded the same way,
# so the head of the file (the chat's name) cannot hold more either.
MAX_MESSAGE_BYTES = 32 * 1024 * 1024
MAX_STRING_BYTES = MAX_MESSAGE_BYTES
MAX_DIGITS = 1000  # ijson's C backend crashes past 4,300; a chunk boundary halves a run at most
# Outside strings: a bracket, a quote opening a string, or a number too long for ijson.
_STRUCTURE = re.compile(rb'[\[\]{}"]|[0-9]{%d,}' % MAX_DIGITS)
_STRING_REST = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)  # to a string's closing quote


class _Reader:
    """A binary file that counts the bytes handed to the parser and drops a UTF-8 BOM.

    It also keeps ijson away from two inputs its C backend cannot survive: deep nesting
    (prefixes cost memory quadratic in the depth: 6 GB for 50,000 levels, 200 KB of
    ``[``) and integers of over 4,300 digits (Python refuses to convert them and the backend
    crashes). Both are found with a scan that skips strings, at C speed per string.
    """

    def __init__(self, raw: IO[bytes], message_depth: int | None = None) -> None:
        self._raw = raw
        self.position = 0
        self._depth = 0
        self._in_string = False
        self._escaped = False  # the chunk ended inside a string on an unpaired backslash
        self._string_start = 0  # where the open string started, while _in_string
        # The depth at which a message object opens (3 in a one-chat export, 6 in a full
        # one); the bytes of one message, from its "{", are bounded by MAX_MESSAGE_BYTES.
        self._message_depth = message_depth
        self._message_start: int | None = None

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if self.position == 0 and data.startswith(_BOM):
            data = data[len(_BOM) :]
            self.position = len(_BOM)
        base = self.position
        self.position += len(data)
        self._scan(data, base)
        if (
            self._message_start is not None
            and self.position - self._message_start > MAX_MESSAGE_BYTES
        ):
            raise _TooLong(f"a message longer than the limit of {size_text(MAX_MESSAGE_BYTES)}")
        if self._in_string and self.position - self._string_start > MAX_STRING_BYTES:
            raise _TooLong(f"a string longer than the limit of {size_text(MAX_STRING_BYTES)}")
        return data

    def _scan(self, data: bytes, base: int) -> None:
        i, n = 0, len(data)
        if self._escaped and n:
            i, self._escaped = 1, False
        while i < n:
            if self._in_string:
                end = _STRING_REST.match(data, i)
                if end is None:  # the string goes on in the next chunk
                    tail = data[i:]
                    self._escaped = (len(tail) - len(tail.rstrip(b"\\"))) % 2 == 1
                    return
                i, self._in_string = end.end(), False
                continue
            found = _STRUCTURE.search(data, i)
            if found is None:
                return
            i, char = found.end(), data[found.start()]
            if char == 0x22:  # '"'
                self._in_string = True
                self._string_start = base + found.start()
            elif char in b"[{":
                self._depth += 1
                if self._depth > MAX_DEPTH:
                    raise ijson.JSONError(f"nested deeper than {MAX_DEPTH} levels")
                if self._depth == self._message_depth:
                    self._message_start = base + found.start()
            elif char in b"]}":
                self._depth -= 1
                if self._message_depth is not None and self._depth < self._message_depth:
                    self._message_start = None
            else:
                raise ijson.JSONError(f"a number of more than {MAX_DIGITS} digits")

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _TooLong(ijson.JSONError):
    """A size bound of :class:`_Reader` was hit; the message names it."""


def _open(path: Path, message_depth: int | None = None) -> _Reader:
    """The file as a :class:`_Reader`; only a regular file is opened, without blocking."""
    return _Reader(open_regular(path), message_depth)


def _json_error(name: str, reader: _Reader, e: Exception) -> InputError:
    if isinstance(e, _TooLong):
        return InputError(f"{name}: near byte {_num(reader.position)}: {e}")
    if isinstance(e, UnicodeDecodeError):
        # yajl decodes a lone low surrogate escape ("\\udc00") into bytes that are not UTF-8;
        # the file is valid JSON, its text is not valid Unicode. (A lone *high* surrogate
        # yajl replaces with "?" itself.)
        return InputError(
            f"{name}: a string near byte {_num(reader.position)} holds a \\uXXXX escape that is"
            " not valid Unicode (a lone UTF-16 surrogate such as \\udc00)"
        )
    detail = str(e)
    if detail[:2] in ("b'", 'b"'):  # yajl's UTF-8 errors arrive as a bytes repr
        with contextlib.suppress(ValueError, SyntaxError):
            detail = ast.literal_eval(detail).decode("utf-8", "replace")
    detail = detail.strip().splitlines()[0] if detail.strip() else type(e).__name__
    return InputError(
        f"{name}: invalid JSON near byte {_num(reader.position)} ({detail}): {_NOT_EXPORT}"
    )


# ijson's pure-Python backend raises json's own error for raw control characters.
_PARSE_ERRORS = (ijson.JSONError, UnicodeDecodeError, json.JSONDecodeError)


def _top_level_key(reader: _Reader, name: str) -> str:
    """Return which of ``messages``/``chats``/``left_chats`` the top-level object meets first."""
    try:
        events = _backend.parse(reader, buf_size=_SNIFF_BYTES)
        for prefix, event, value in events:
            if prefix == "" and event == "start_map":
                continue
            if prefix == "" and event != "map_key":
                break
            if prefix == "" and value in ("messages", *_SECTIONS):
                return str(value)
    except _PARSE_ERRORS as e:
        raise _json_error(name, reader, e) from None
    raise InputError(f'{name}: no "messages" or "chats" in the top-level object: {_NOT_EXPORT}')


def _read_single_chat(path: Path, name: str) -> Iterator[Post]:
    source = _source(_single_chat_header(path, name), name, "the chat")
    with _open(path, message_depth=3) as reader:  # {"messages": [{...
        where = _Where(name, reader, None)
        messages = _backend.items(reader, "messages.item", buf_size=_BUF_SIZE)
        index = 0
        while True:
            try:
                raw = next(messages, _END)
            except _PARSE_ERRORS as e:
                raise _json_error(name, reader, e) from None
            if raw is _END:
                return
            index += 1
            post = _post(raw, source, where, index)
            if post is not None:
                yield post


_END = object()


def _single_chat_header(path: Path, name: str) -> dict[str, Any]:
    """Read ``name``/``type``/``id``, which Telegram Desktop writes before ``messages``."""
    header: dict[str, Any] = {}
    with _open(path) as reader:
        try:
            events = _backend.parse(reader, buf_size=_SNIFF_BYTES)
            for prefix, event, value in events:
                if prefix == "" and event == "map_key" and value == "messages":
                    _, event, _ = next(events)
                    if event != "start_array":
                        raise InputError(f'{name}: "messages" must be a list, got {event}')
                    break
                if prefix in _HEADER_KEYS and event not in _CONTAINER_EVENTS:
                    header[prefix] = value
        except _PARSE_ERRORS as e:
            raise _json_error(name, reader, e) from None
    for key in _HEADER_KEYS:
        if key not in header:
            # Not Telegram Desktop's key order (a re-serialised file?): look on, in C.
            with _open(path) as reader:
                try:
                    found = next(iter(_backend.items(reader, key, buf_size=_BUF_SIZE)), _END)
                except _PARSE_ERRORS as e:
                    raise _json_error(name, reader, e) from None
            if found is not _END:
                header[key] = found
    return header


_CONTAINER_EVENTS = frozenset({"start_map", "end_map", "start_array", "end_array", "map_key"})


class _ListSink:
    """The target of ijson's C item builder: collects finished messages."""

    def __init__(self, out: list[Any]) -> None:
        self.send = out.append


def _read_full_export(path: Path, name: str) -> Iterator[Post]:
    chat_prefixes = {f"{section}.list.item": section for section in _SECTIONS}
    built: list[Any] = []
    with _open(path, message_depth=6) as reader:  # {"chats": {"list": [{"messages": [{...
        events = _backend.parse(reader, buf_size=_BUF_SIZE)
        header: dict[str, Any] = {}
        chat_no = 0
        builder: Any = None  # ijson's C builder for the current chat's messages
        array_prefix = ""
        expect_array = False
        source: SourceRef | None = None
        where = _Where(name, reader, None)
        index = 0
        while True:
            try:
                item = next(events, None)
            except _PARSE_ERRORS as e:
                raise _json_error(name, reader, e) from None
            if item is None:
                return
            prefix, event, value = item
            if builder is not None:
                if expect_array:
                    expect_array = False
                    if event != "start_array":
                        raise InputError(
                            f'{name}: chat {header["id"]}: "messages" must be a list, got {event}'
                        )
                elif event == "end_array" and prefix == array_prefix:
                    builder = None
                else:
                    builder.send(item)
                    if built:
                        assert source is not None
                        for raw in built:
                            index += 1
                            post = _post(raw, source, where, index)
                            if post is not None:
                                yield post
                        built.clear()
                continue
            if prefix in chat_prefixes:
                if event == "start_map":
                    header, chat_no = {}, chat_no + 1
                elif event == "map_key" and value == "messages":
                    label = f'chat {chat_no} in "{chat_prefixes[prefix]}"'
                    source = _source(header, name, label)
                    where = _Where(name, reader, header["id"])
                    array_prefix = f"{prefix}.messages"
                    builder = _backend.items_basecoro(_ListSink(built), f"{array_prefix}.item")
                    expect_array = True
                    index = 0
            elif event not in _CONTAINER_EVENTS:
                parent, _, key = prefix.rpartition(".")
                if key in _HEADER_KEYS and parent in chat_prefixes:
                    header[key] = value


# --- mapping --------------------------------------------------------------------------------


class _Where:
    """Names the place of a problem: file, chat (full export), message, byte offset."""

    __slots__ = ("chat_id", "name", "reader")

    def __init__(self, name: str, reader: _Reader, chat_id: int | None) -> None:
        self.name = name
        self.reader = reader
        self.chat_id = chat_id

    def error(self, label: str, problem: str) -> InputError:
        chat = "" if self.chat_id is None else f"chat {self.chat_id} "
        at = _num(self.reader.position)
        return InputError(f"{self.name}: {chat}{label} (near byte {at}): {problem}")


def _source(header: dict[str, Any], name: str, label: str) -> SourceRef:
    def bad(problem: str) -> InputError:
        return InputError(f"{name}: {label}: {problem}: {_NOT_EXPORT}")

    for key in ("id", "type"):
        if key not in header:
            raise bad(f'no "{key}" before "messages"')
    chat_id, chat_type, title = header["id"], header["type"], header.get("name")
    if type(chat_id) is not int:
        raise bad(f'"id" must be an integer, got {_show(chat_id)}')
    if not isinstance(chat_type, str):
        raise bad(f'"type" must be a string, got {_show(chat_type)}')
    if title is not None and not isinstance(title, str):
        raise bad(f'"name" must be a string, got {_show(title)}')
    if chat_type in _CHANNEL_TYPES:
        return SourceRef(kind="telegram", key=str(_bare_channel_id(chat_id)), title=title)
    return SourceRef(kind="import", key=f"tdesktop:{chat_id}", title=title)


def _bare_channel_id(chat_id: int) -> int:
    """Telegram Desktop writes the bare id; other tools write the Bot API form -100<id>."""
    if chat_id < 0:
        chat_id = -chat_id
        if chat_id > 1_000_000_000_000:
            chat_id -= 1_000_000_000_000
    return chat_id


def _post(raw: Any, source: SourceRef, where: _Where, index: int) -> Post | None:
    if not isinstance(raw, dict):
        raise where.error(f"message at index {index}", f"must be an object, got {_show(raw)}")
    msg_id = raw.get("id")
    if type(msg_id) is not int:
        raise where.error(
            f"message at index {index}", f'"id" must be an integer, got {_show(msg_id)}'
        )
    label = f"message {msg_id}"
    kind = raw.get("type", "message")
    if kind != "message":
        if not isinstance(kind, str):
            raise where.error(label, f'"type" must be a string, got {_show(kind)}')
        return None  # service messages, "unsupported" media
    published_at = _time(raw, "date", "date_unixtime", where, label)
    if published_at is None:
        raise where.error(label, 'has no "date_unixtime" or "date"')
    text, hashtags = _text(raw, where, label)
    edited_at = None
    if "edited_unixtime" in raw or "edited" in raw:
        edited_at = _time(raw, "edited", "edited_unixtime", where, label)
    forwarded_from = None
    if "forwarded_from" in raw or "forwarded_from_id" in raw:
        forwarded_from = Forward(
            name=_opt_str(raw, "forwarded_from", where, label),
            source_key=_channel_key(_opt_str(raw, "forwarded_from_id", where, label)),
        )
    # A channel post's "from" is the channel itself; its signature ("author") says more.
    author = raw.get("author") or raw.get("from")
    if author is not None and author.__class__ is not str:
        author = _opt_str(raw, "author", where, label) or _opt_str(raw, "from", where, label)
    media = _media(raw, where, label) if "photo" in raw or "file" in raw else ()
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
    )


def _time(
    raw: dict[str, Any], key: str, unix_key: str, where: _Where, label: str
) -> datetime | None:
    """``raw[unix_key]`` (UTC seconds) if present, else ``raw[key]`` (local time) read as UTC."""
    unix = raw.get(unix_key)
    if unix is not None:
        if isinstance(unix, str) and unix.isascii() and unix.isdigit():
            seconds = int(unix)
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


def _text(raw: dict[str, Any], where: _Where, label: str) -> tuple[str, tuple[str, ...]]:
    value = raw.get("text", "")
    if value.__class__ is list:
        try:  # fast path; a bad part makes join or the lookup fail, then the slow path names it
            text = "".join([p if p.__class__ is str else p["text"] for p in value])
        except (TypeError, KeyError):
            _raise_bad_part(value, where, label)
        tags = [p["text"] for p in value if p.__class__ is dict and p.get("type") == "hashtag"]
    elif isinstance(value, str):
        text = value
        entities = raw.get("text_entities")
        tags = []
        if text and isinstance(entities, list):
            tags = [
                e["text"]
                for e in entities
                if isinstance(e, dict)
                and e.get("type") == "hashtag"
                and isinstance(e.get("text"), str)
            ]
    else:
        raise where.error(label, f'"text" must be a string or a list, got {_show(value)}')
    if len(text) > MAX_TEXT_CHARS:
        raise where.error(
            label, f"text is {_num(len(text))} characters, the limit is {_num(MAX_TEXT_CHARS)}"
        )
    if "\x00" in text:
        raise where.error(
            label, f"text contains a NUL character (at character {_num(text.index(chr(0)))})"
        )
    if not tags:
        return text, ()
    return text, tuple(dict.fromkeys(tag.lstrip("#") for tag in tags if tag.lstrip("#")))


def _raise_bad_part(parts: list[Any], where: _Where, label: str) -> NoReturn:
    for n, part in enumerate(parts):
        if not isinstance(part, str) and not (
            isinstance(part, dict) and isinstance(part.get("text"), str)
        ):
            raise where.error(
                label, f'"text" item {n} must be a string or an entity, got {_show(part)}'
            )
    raise AssertionError("unreachable: every part was valid")


def _media(raw: dict[str, Any], where: _Where, label: str) -> tuple[Media, ...]:
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


def _opt_str(raw: dict[str, Any], key: str, where: _Where, label: str) -> str | None:
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value
    raise where.error(label, f'"{key}" must be a string, got {_show(value)}')


def _opt_int(raw: dict[str, Any], key: str, where: _Where, label: str) -> int | None:
    value = raw.get(key)
    if value is None or type(value) is int:
        return value
    raise where.error(label, f'"{key}" must be an integer, got {_show(value)}')


def _show(value: Any) -> str:
    """A short, safe rendering of a bad value for an error message."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _num(n: int) -> str:
    """``10485760`` -> ``"10 485 760"``, as in the messages users read."""
    return f"{n:,}".replace(",", " ")
