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

This module reads the two shapes. How a message becomes a :class:`Post` (sources, times,
text, media, and the error that names a bad message) is :mod:`.tdesktop_messages`; the bounded
JSON reading under both (:data:`MAX_MESSAGE_BYTES` of JSON per message, nesting and number
bounds, the parser's errors as one line naming the byte offset) is :mod:`.tdesktop_json`. The
export holds no username, so ``Post.url`` stays ``None``. A message's text is at most
:data:`MAX_TEXT_CHARS` characters; the file has no bound, being streamed. Only a regular file
is opened (a FIFO or a device is refused).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.tdesktop_json import (
    BOM,
    MAX_MESSAGE_BYTES,
    NOT_EXPORT,
    PARSE_ERRORS,
    BoundedReader,
    backend,
    json_error,
    open_export,
)
from tg_archiver.archive.importers.tdesktop_messages import (
    MAX_TEXT_CHARS,
    Where,
    post_of,
    source_of,
)
from tg_archiver.archive.inputfiles import open_regular
from tg_archiver.archive.models import Post, SourceRef

__all__ = [
    "MAX_MESSAGE_BYTES",
    "MAX_TEXT_CHARS",
    "html_export",
    "html_export_page",
    "looks_like_tdesktop",
    "looks_like_tdesktop_html",
    "read_tdesktop",
]

log = logging.getLogger(__name__)

_SNIFF_BYTES = 64 * 1024
_BUF_SIZE = 256 * 1024

_HEADER_KEYS = ("name", "type", "id")
_SECTIONS = ("chats", "left_chats")


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
    head = head.removeprefix(BOM).lstrip()
    return head.startswith(b"{") and (b'"messages"' in head or b'"chats"' in head)


# Telegram Desktop's other format, HTML (the app's default): pages for a person to read,
# without the ids, unix times and entities an archive is made of. Recognised to say so.
_HTML_PAGES = ("messages.html", "export_results.html")  # a chat's first page; a full export's
_HTML_MARKS = (b"<title>Exported Data</title>", b'class="page_wrap"')


def looks_like_tdesktop_html(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) is a page of Telegram Desktop's HTML export:
    an HTML document with the export's title or page frame, not just any web page."""
    start = head[:256].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) and any(m in head for m in _HTML_MARKS)


def html_export_page(folder: Path) -> Path | None:
    """The page that makes ``folder`` a Telegram Desktop HTML export, or None."""
    for name in _HTML_PAGES:
        try:
            with open_regular(folder / name) as f:
                head = f.read(_SNIFF_BYTES)
        except (InputError, OSError):
            continue
        if looks_like_tdesktop_html(head.removeprefix(BOM)):
            return folder / name
    return None


def html_export(path: Path, page: Path | None = None) -> str:
    """The one line for a Telegram Desktop HTML export: ``path`` is a page of one, or a folder
    holding one (``page``, from :func:`html_export_page`)."""
    what = (
        "a page of Telegram Desktop's HTML export"
        if page is None
        else (f"Telegram Desktop's HTML export ({page.name})")
    )
    return (
        f"{path} is {what}, which import cannot read: export the chat again with"
        " Format: Machine-readable JSON (it writes a result.json)"
    )


def read_tdesktop(path: Path, skipped: list[str] | None = None) -> Iterator[Post]:
    """Yield the posts of a Telegram Desktop JSON export, in file order, as they are parsed.

    The file is opened on the first ``next()``; errors surface where they are met, so posts
    before a damaged spot have already been yielded when the :class:`InputError` is raised.
    ``skipped`` (``import --partial``): a message whose own fields are bad (a wrong type, an
    id out of range) is left out and its error appended there instead; its JSON was read
    whole, so nothing after it is in doubt. A damaged file still stops the reading.
    """
    name = str(path)
    with open_export(path) as reader:
        first = _top_level_key(reader, name)
    posts = (
        _read_single_chat(path, name, skipped)
        if first == "messages"
        else _read_full_export(path, name, skipped)
    )
    count = 0
    for post in posts:
        count += 1
        yield post
    log.info("tdesktop import file=%s shape=%s posts=%d", name, first, count)


# --- reading --------------------------------------------------------------------------------


# --- the two shapes -----------------------------------------------------------------------


def _top_level_key(reader: BoundedReader, name: str) -> str:
    """Return which of ``messages``/``chats``/``left_chats`` the top-level object meets first."""
    try:
        events = backend.parse(reader, buf_size=_SNIFF_BYTES)
        for prefix, event, value in events:
            if prefix == "" and event == "start_map":
                continue
            if prefix == "" and event != "map_key":
                break
            if prefix == "" and value in ("messages", *_SECTIONS):
                return str(value)
    except PARSE_ERRORS as e:
        raise json_error(name, reader, e) from None
    raise InputError(f'{name}: no "messages" or "chats" in the top-level object: {NOT_EXPORT}')


def _post(
    raw: Any, source: SourceRef, where: Where, index: int, skipped: list[str] | None
) -> Post | None:
    """:func:`post_of`; with ``skipped``, a message it refuses is left out (see
    :func:`read_tdesktop`)."""
    if skipped is None:
        return post_of(raw, source, where, index)
    try:
        return post_of(raw, source, where, index)
    except InputError as e:
        skipped.append(str(e))
        log.warning("%s; left out (--partial)", e)
        return None


def _read_single_chat(path: Path, name: str, skipped: list[str] | None) -> Iterator[Post]:
    source = source_of(_single_chat_header(path, name), name, "the chat")
    with open_export(path, message_depth=3) as reader:  # {"messages": [{...
        where = Where(name, reader, None)
        messages = backend.items(reader, "messages.item", buf_size=_BUF_SIZE)
        index = 0
        while True:
            try:
                raw = next(messages, _END)
            except PARSE_ERRORS as e:
                raise json_error(name, reader, e) from None
            if raw is _END:
                return
            index += 1
            post = _post(raw, source, where, index, skipped)
            if post is not None:
                yield post


_END = object()


def _single_chat_header(path: Path, name: str) -> dict[str, Any]:
    """Read ``name``/``type``/``id``, which Telegram Desktop writes before ``messages``."""
    header: dict[str, Any] = {}
    with open_export(path) as reader:
        try:
            events = backend.parse(reader, buf_size=_SNIFF_BYTES)
            for prefix, event, value in events:
                if prefix == "" and event == "map_key" and value == "messages":
                    _, event, _ = next(events)
                    if event != "start_array":
                        raise InputError(f'{name}: "messages" must be a list, got {event}')
                    break
                if prefix in _HEADER_KEYS and event not in _CONTAINER_EVENTS:
                    header[prefix] = value
        except PARSE_ERRORS as e:
            raise json_error(name, reader, e) from None
    for key in _HEADER_KEYS:
        if key not in header:
            # Not Telegram Desktop's key order (a re-serialised file?): look on, in C.
            with open_export(path) as reader:
                try:
                    found = next(iter(backend.items(reader, key, buf_size=_BUF_SIZE)), _END)
                except PARSE_ERRORS as e:
                    raise json_error(name, reader, e) from None
            if found is not _END:
                header[key] = found
    return header


_CONTAINER_EVENTS = frozenset({"start_map", "end_map", "start_array", "end_array", "map_key"})


_VALUE_EVENTS = frozenset({"string", "number", "boolean", "null", "start_array"})


def _misshapen(prefix: str, event: str, value: Any, chats: Mapping[str, str]) -> str | None:
    """What is wrong with a full export's frame at this event, or None: a top-level
    "messages" beside "chats" (one would be read, the other dropped), a section or its list
    of another type, a chat that is not an object (all of these read as an empty export)."""
    if prefix == "" and event == "map_key" and value == "messages":
        return 'both "messages" and "chats" at the top level'
    if prefix in _SECTIONS and event in _VALUE_EVENTS:
        return f'"{prefix}" must be an object, got {_shown(event, value)}'
    if (
        prefix.endswith(".list")
        and prefix[: -len(".list")] in _SECTIONS
        and (event == "start_map" or (event in _VALUE_EVENTS and event != "start_array"))
    ):
        return f'"{prefix}" must be a list, got {_shown(event, value)}'
    if prefix in chats and event in _VALUE_EVENTS:
        return f'a chat in "{chats[prefix]}" must be an object, got {_shown(event, value)}'
    return None


def _shown(event: str, value: Any) -> str:
    if event == "start_array":
        return "a list"
    if event == "start_map":
        return "an object"
    shown = repr(value) if event != "null" else "null"
    return shown if len(shown) <= 40 else shown[:37] + "..."


class _ListSink:
    """The target of ijson's C item builder: collects finished messages."""

    def __init__(self, out: list[Any]) -> None:
        self.send = out.append


def _read_full_export(path: Path, name: str, skipped: list[str] | None) -> Iterator[Post]:
    chat_prefixes = {f"{section}.list.item": section for section in _SECTIONS}
    built: list[Any] = []
    with open_export(path, message_depth=6) as reader:  # {"chats": {"list": [{"messages": [{...
        events = backend.parse(reader, buf_size=_BUF_SIZE)
        header: dict[str, Any] = {}
        chat_no = 0
        builder: Any = None  # ijson's C builder for the current chat's messages
        array_prefix = ""
        expect_array = False
        source: SourceRef | None = None
        where = Where(name, reader, None)
        index = 0
        while True:
            try:
                item = next(events, None)
            except PARSE_ERRORS as e:
                raise json_error(name, reader, e) from None
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
                            post = _post(raw, source, where, index, skipped)
                            if post is not None:
                                yield post
                        built.clear()
                continue
            if bad := _misshapen(prefix, event, value, chat_prefixes):
                raise InputError(f"{name}: {bad}: {NOT_EXPORT}")
            if prefix in chat_prefixes:
                if event == "start_map":
                    header, chat_no = {}, chat_no + 1
                elif event == "map_key" and value == "messages":
                    label = f'chat {chat_no} in "{chat_prefixes[prefix]}"'
                    source = source_of(header, name, label)
                    where = Where(name, reader, header["id"])
                    array_prefix = f"{prefix}.messages"
                    builder = backend.items_basecoro(_ListSink(built), f"{array_prefix}.item")
                    expect_array = True
                    index = 0
            elif event not in _CONTAINER_EVENTS:
                parent, _, key = prefix.rpartition(".")
                if key in _HEADER_KEYS and parent in chat_prefixes:
                    header[key] = value
