"""What a file given to ``import`` is when it is no source: tg-archiver's own output, or data.

A text dump has no shape of its own (any text is one), so import takes for a text dump
whatever is not a Telegram Desktop export or a feed. A file of JSON objects or a CSV table
was then stored as one post of raw JSON or CSV: an export given back, or the same export
passed through ``jq`` or re-saved by a spreadsheet. These functions tell such files apart by
their content, from their first bytes (the caller reads them; nothing here does I/O):

- :func:`own_output`: tg-archiver's own output (its exports, ``search --json``, its Atom
  feeds), in the layout it was written in or rewritten by everyday tools: JSON objects
  compact, spaced, pretty-printed or in an array, with all the export's fields or some of
  them; a CSV header of the export's columns however quoted or delimited; the Markdown
  export's title, note or first post heading; the HTML page's head; an Atom feed's id or
  generator. It never is a source: it holds the posts as shown, not the archive.
- :func:`data_kind`: any other JSON objects or CSV table, which is data, not a text dump.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

from tg_archiver.archive import lazy_re
from tg_archiver.archive.atom import TAG_AUTHORITY
from tg_archiver.archive.export import CSV_COLUMNS

__all__ = ["FORMAT_NAMES", "OwnOutput", "data_kind", "is_own_feed", "own_output"]

FORMAT_NAMES = {
    "jsonl": "JSON Lines",
    "json": "JSON",
    "csv": "CSV",
    "md": "Markdown",
    "html": "HTML",
    "atom": "Atom",
}

# The fields of an export's JSON object (``search --json`` adds a score, ``--with-media`` the
# files); the CSV export's columns are a subset of them (its ``files`` column included).
_OWN_KEYS = frozenset((*CSV_COLUMNS, "date_source", "score", "files"))
# Which no other tool's JSON or CSV is likely to hold together: the export's own, whole.
_OWN_MARKS = frozenset({"source", "source_kind", "external_id"})


@dataclass(frozen=True, slots=True)
class OwnOutput:
    """tg-archiver output: ``fmt`` a key of :data:`FORMAT_NAMES`; ``fields`` the fields
    that survive when they are only some of the export's (``jq '{id,text}'``), else empty."""

    fmt: str
    fields: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return FORMAT_NAMES[self.fmt]


def own_output(head: bytes) -> OwnOutput | None:
    """Which of tg-archiver's outputs a file starting with ``head`` (its first bytes, a UTF-8
    BOM and leading blank space removed) is, or None."""
    if head.startswith((b"{", b"[")):
        return _own_json(_text(head))
    if head.startswith(b"<"):
        return _own_markup(head)
    if _MD_START.match(head.replace(b"\r\n", b"\n")):
        return OwnOutput("md")
    if (header := _csv_header(_text(head))) is not None:
        return _own_columns(header)
    return None


def data_kind(head: bytes) -> str | None:
    """What ``head`` (as for :func:`own_output`) shows a file to be when it is data that no
    text dump is: "JSON objects", "a JSON array of objects", "a CSV table", or None."""
    text = _text(head)
    if head.startswith((b"{", b"[")) and _first_object(text) is not None:
        return "a JSON array of objects" if head.startswith(b"[") else "JSON objects"
    if (header := _csv_header(text)) is not None and _is_table(text, header):
        return "a CSV table"
    return None


def is_own_feed(generator: str | None, feed_id: str | None) -> bool:
    """Whether a parsed feed's ``<generator>`` and ``<id>`` say tg-archiver wrote it
    (:mod:`archive.atom`: every feed it writes, the web app's and ``export --format atom``)."""
    mine = f"{TAG_AUTHORITY}feed/"
    return (generator or "").strip() == "tg-archiver" or (feed_id or "").strip().startswith(mine)


def _text(head: bytes) -> str:
    # The head may end inside a character; anything that is not UTF-8 is no export either.
    return head.decode("utf-8", "ignore")


# --- JSON -------------------------------------------------------------------------------------

_DECODER = json.JSONDecoder()
_BLANK = lazy_re.compile(r"[ \t\r\n]*")


def _blank(text: str, at: int) -> int:
    """Where the JSON blank space at ``at`` ends."""
    end = _BLANK.match(text, at)
    return end.end() if end else at


@dataclass(frozen=True, slots=True)
class _Object:
    keys: tuple[str, ...]
    pretty: bool  # a line break before its first key: ``jq .``, not one object a line


def _first_object(text: str) -> _Object | None:
    """The keys of the first JSON object of ``text`` (alone, in a stream, or first in an
    array), as far as ``text`` holds it: a head may end inside a long post's text, so the
    keys are read one member at a time and reading stops at the first value it cannot read.
    None unless ``text`` opens an object with at least one ``"key":``."""
    at = _blank(text, 1) if text.startswith("[") else 0
    if not text.startswith("{", at):
        return None
    start = at + 1
    at = _blank(text, start)
    pretty = "\n" in text[start:at]
    keys: list[str] = []
    while text.startswith('"', at):
        try:
            key, at = _DECODER.raw_decode(text, at)
        except ValueError:
            break
        at = _blank(text, at)
        if not text.startswith(":", at):
            break
        keys.append(key)
        try:
            _value, at = _DECODER.raw_decode(text, _blank(text, at + 1))
        except (ValueError, RecursionError):  # cut off, not JSON, or nested past the stack
            break
        at = _blank(text, at)
        if not text.startswith(",", at):
            break
        at = _blank(text, at + 1)
    return _Object(tuple(keys), pretty) if keys else None


def _own_json(text: str) -> OwnOutput | None:
    first = _first_object(text)
    if first is None:
        return None
    fmt = "json" if text.startswith("[") or first.pretty else "jsonl"
    return _own_fields(fmt, first.keys)


def _own_fields(fmt: str, fields: tuple[str, ...]) -> OwnOutput | None:
    """Output of ours if ``fields`` carry the export's marks (whatever else was added), or
    are two or more of its fields and nothing else (what ``jq '{id,text,source}'`` keeps)."""
    if set(fields) >= _OWN_MARKS:
        return OwnOutput(fmt)
    if len(fields) >= 2 and set(fields) <= _OWN_KEYS:
        return OwnOutput(fmt, fields)
    return None


# --- CSV --------------------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t")  # a spreadsheet in many languages saves with ";"
_LONGEST_NAME = 64


@dataclass(frozen=True, slots=True)
class _Header:
    names: tuple[str, ...]
    delimiter: str


def _csv_header(text: str) -> _Header | None:
    """The first line of ``text`` read as a CSV header row: two or more column names, each
    unquoted or quoted, none empty, none with blank space at its ends (prose's commas are
    followed by a space), none long, no two the same. None if it is no such row."""
    line = text.split("\n", 1)[0].removesuffix("\r")
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        try:
            names = next(csv.reader([line], delimiter=delimiter, strict=True))
        except csv.Error:
            continue
        if (
            len(names) >= 2
            and len(set(names)) == len(names)
            and all(n and n == n.strip() and len(n) <= _LONGEST_NAME for n in names)
        ):
            return _Header(tuple(names), delimiter)
    return None


def _own_columns(header: _Header) -> OwnOutput | None:
    if header.names[: len(CSV_COLUMNS)] == CSV_COLUMNS:
        return OwnOutput("csv")
    return _own_fields("csv", header.names)


def _is_table(text: str, header: _Header) -> bool:
    """Whether the rows after ``header`` have as many cells as it has names: every row
    ``text`` holds, but the last, which may be cut short where the head ends; at least one."""
    try:
        rows = [
            r for r in csv.reader(io.StringIO(text, newline=""), delimiter=header.delimiter) if r
        ]
    except csv.Error:
        return False
    width = len(header.names)
    *whole, last = rows[1:] or [[]]
    return all(len(r) == width for r in whole) and (
        len(last) == width or (bool(whole) and len(last) < width)
    )


# --- Markdown, HTML, Atom ---------------------------------------------------------------------

# The Markdown export's start (archive.export.write_markdown): the title and the "Generated
# ... by tg-archiver" note, either alone once the lines before it are removed, or the first
# post's heading ("## 2024-03-04 09:15 UTC · Example MFA", or a day "(date from its text)").
_MD_POST = (
    rb"## \d{4}-\d\d-\d\d(?: \d\d:\d\d UTC(?: \(undated: the file's time\))?"
    rb"| \(date from its text\)) \xc2\xb7 [^\n]+\n\n"
)
_MD_START = lazy_re.compile(
    rb"(?:# [^\n]*\n\n)?_Generated [^\n]* by tg-archiver[^\n]*_\n"
    rb"|# tg-archiver export(?:\n|: )"
    rb"|(?:# [^\n]*\n\n)?(?:_[^\n]*_\n\n)?" + _MD_POST
)
_HTML_START = (
    b'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
    b'<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
)
# archive.atom's feed head: the feed's own id (a tag: URI of ours, ``feed/...``; an entry's
# is ``post/...``) or its generator, both written before any entry.
_ATOM_MARK = lazy_re.compile(
    rb"<id>\s*"
    + re.escape(f"{TAG_AUTHORITY}feed/".encode())
    + rb"|<generator[^>]*>\s*tg-archiver\s*</generator>"
)


def _own_markup(head: bytes) -> OwnOutput | None:
    if head.startswith(_HTML_START) and (
        b" by tg-archiver" in head or b"tg-archiver export" in head
    ):
        return OwnOutput("html")
    if b"<feed" in head and _ATOM_MARK.search(head):
        return OwnOutput("atom")
    return None
