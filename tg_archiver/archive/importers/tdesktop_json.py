"""Reading a Telegram Desktop export as bounded JSON: what ijson is given, and its errors.

Exports of busy channels reach gigabytes, so they are streamed (ijson, its C backend when
installed). The C backend cannot survive two inputs, deep nesting and integers of thousands
of digits, and a hostile file could hold a message or a string of any size; the
:class:`BoundedReader` between the file and the parser refuses all three with a clear
message, so memory stays bounded by one message. :func:`json_error` turns what the parser
raises into one :class:`~tg_archiver.archive.errors.InputError` naming the byte offset.
"""

from __future__ import annotations

import ast
import contextlib
import json
import re
from pathlib import Path
from typing import IO, Any

import ijson

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inputfiles import open_regular, size_text

BOM = b"\xef\xbb\xbf"
NOT_EXPORT = "the file is truncated or is not a Telegram Desktop export"

try:
    backend: Any = ijson.get_backend("yajl2_c")
except ImportError:  # pragma: no cover - depends on the installed wheel
    backend = ijson.get_backend(ijson.backend)  # a module: it has the *_basecoro builders


MAX_DEPTH = 100  # an export nests about 8 levels deep
# A message of 1,000,000 characters (the limit) written twice ("text" and "text_entities"),
# four bytes each, with its entities: well under 32 MiB. One string is bounded the same way,
# so the head of the file (the chat's name) cannot hold more either.
MAX_MESSAGE_BYTES = 32 * 1024 * 1024
MAX_STRING_BYTES = MAX_MESSAGE_BYTES
MAX_DIGITS = 1000  # ijson's C backend crashes past 4,300; a chunk boundary halves a run at most
# Outside strings: a bracket, a quote opening a string, or a number too long for ijson.
_STRUCTURE = lazy_re.compile(rb'[\[\]{}"]|[0-9]{%d,}' % MAX_DIGITS)
_STRING_REST = lazy_re.compile(
    rb'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL
)  # to a string's closing quote
# A \uD800-\uDBFF escape (after an even run of backslashes: its own) not followed by a low
# one: yajl writes "?" for it, silently. Looked for in what is read, a chunk's end kept back
# until the next shows whether the pair goes on.
_LONE_HIGH = lazy_re.compile(
    rb"(?:^|[^\\])(?:\\\\)*(\\u[dD][89abAB][0-9a-fA-F]{2})(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
)
_PAIR_BYTES = 12  # a whole surrogate pair's escapes


class BoundedReader:
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
        self._kept = b""  # the end of the last chunk, not yet looked at for lone surrogates

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if self.position == 0 and (wide := _wide_encoding(data)) is not None:
            raise WrongEncoding(
                f'written in {wide} (an editor\'s "Unicode"), not in UTF-8 as Telegram'
                " Desktop writes it: save it as UTF-8 and import it again"
            )
        if self.position == 0 and data.startswith(BOM):
            data = data[len(BOM) :]
            self.position = len(BOM)
        base = self.position
        self.position += len(data)
        self._scan(data, base)
        self._no_lone_surrogate(data)
        if (
            self._message_start is not None
            and self.position - self._message_start > MAX_MESSAGE_BYTES
        ):
            raise TooLong(f"a message longer than the limit of {size_text(MAX_MESSAGE_BYTES)}")
        if self._in_string and self.position - self._string_start > MAX_STRING_BYTES:
            raise TooLong(f"a string longer than the limit of {size_text(MAX_STRING_BYTES)}")
        return data

    def _no_lone_surrogate(self, data: bytes) -> None:
        seen = self._kept + data
        last = len(seen) if not data else len(seen) - _PAIR_BYTES  # at the end: all of it
        # Telegram Desktop writes text as UTF-8, not as escapes: most chunks hold none.
        found = _LONE_HIGH.search(seen) if b"\\u" in seen else None
        if found is not None and (found.start(1) < last or not data):
            raise UnicodeDecodeError("utf-8", found.group(1), 0, 1, "a lone UTF-16 surrogate")
        self._kept = seen[-(_PAIR_BYTES + 2) :] if data else b""

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

    def __enter__(self) -> BoundedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class TooLong(ijson.JSONError):
    """A size bound of :class:`BoundedReader` was hit; the message names it."""


class WrongEncoding(ijson.JSONError):
    """The file is UTF-16 or UTF-32 text (re-saved by an editor), which yajl reads as bytes
    that are no JSON ("invalid JSON near byte 500: the file is truncated")."""


# A byte order mark, or JSON's first character with the zero bytes of a wide encoding.
_WIDE = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_WIDE_NO_MARK = lazy_re.compile(rb"^(?:\x00\x00\x00[{\[]|[{\[]\x00\x00\x00|\x00[{\[]|[{\[]\x00)")


def _wide_encoding(head: bytes) -> str | None:
    for mark, name in _WIDE:
        if head.startswith(mark):
            return name
    found = _WIDE_NO_MARK.match(head)
    if found is None:
        return None
    return "UTF-32" if len(found.group(0)) == 4 else "UTF-16"


def open_export(path: Path, message_depth: int | None = None) -> BoundedReader:
    """The file as a :class:`BoundedReader`; only a regular file is opened, without blocking."""
    return BoundedReader(open_regular(path), message_depth)


def json_error(name: str, reader: BoundedReader, e: Exception) -> InputError:
    if isinstance(e, TooLong):
        return InputError(f"{name}: near byte {num(reader.position)}: {e}")
    if isinstance(e, WrongEncoding):
        return InputError(f"{name}: {e}")
    if isinstance(e, UnicodeDecodeError):
        # yajl decodes a lone low surrogate escape ("\\udc00") into bytes that are not UTF-8;
        # the file is valid JSON, its text is not valid Unicode. (A lone *high* surrogate
        # yajl would replace with "?" itself: BoundedReader finds it first.)
        return InputError(
            f"{name}: a string near byte {num(reader.position)} holds a \\uXXXX escape that is"
            " not valid Unicode (a lone UTF-16 surrogate such as \\ud800 or \\udc00)"
        )
    detail = str(e)
    if detail[:2] in ("b'", 'b"'):  # yajl's UTF-8 errors arrive as a bytes repr
        with contextlib.suppress(ValueError, SyntaxError):
            detail = ast.literal_eval(detail).decode("utf-8", "replace")
    detail = detail.strip().splitlines()[0] if detail.strip() else type(e).__name__
    if "invalid bytes in UTF8 string" in detail:  # yajl's words for another encoding
        return InputError(
            f"{name}: bytes that are not UTF-8 near byte {num(reader.position)} (a file saved"
            " in another encoding, such as Windows-1251 or Latin-1?): Telegram Desktop writes"
            " UTF-8"
        )
    return InputError(
        f"{name}: invalid JSON near byte {num(reader.position)} ({detail}): {NOT_EXPORT}"
    )


# ijson's pure-Python backend raises json's own error for raw control characters.
PARSE_ERRORS = (ijson.JSONError, UnicodeDecodeError, json.JSONDecodeError)


def num(n: int) -> str:
    """``10485760`` -> ``"10 485 760"``, as in the messages users read."""
    return f"{n:,}".replace(",", " ")
