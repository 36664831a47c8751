"""Plain-text dumps of a channel, as a copy or a web-preview scrape leaves them.

The format (see ``shared/samples/forwarded_posts.txt``) has a single separator: a post that
was forwarded starts at a line ``Forwarded from <channel>``, and everything up to the next
such line is that post's raw body. Scraper boilerplate ("VIEW IN TELEGRAM") and the body
repeated after "Read in full" are kept: cleaning happens later, in the pipeline.

What the format cannot say, and what this importer does about it:

* **A channel's own posts.** Text before the first ``Forwarded from`` line becomes a post of
  its own, with ``forwarded_from=None``. An own post *between* two forwarded ones has no
  line to mark its start, so it runs on into the previous forwarded post's body; nothing in
  the text can tell them apart.
* **Dates.** The format has none. A post whose text names its day in a dateline ("(Moscow,
  March 12, 2024)", "12 марта 2024 года": :func:`archive.textdates.dateline_date`, which
  says when a date is clear enough) is dated that day at 00:00 UTC, with
  ``date_source="text"``. Every other post is undated: it gets ``published_at``, which the
  caller passes in and which defaults to the file's modification time (UTC), with
  ``date_source="file"``, so that digests can leave it out or label it rather than show it
  as that day's news. A naive datetime is taken as UTC. A dateline after ``published_at``
  (the file cannot hold a post written after it) is not taken.
* **Identity.** There are no message ids. ``external_id`` is the first 16 hex digits of
  SHA-1 over ``origin channel name + "\\n" + body with whitespace runs collapsed``, so a
  re-import of the file, or a later dump holding the same posts, gives the same ids. The
  second and third identical post in one file get ``#2``, ``#3``.
* Posts whose body is empty (a heading and nothing else) are skipped.

Lines end at ``\n``, ``\r\n`` or a lone ``\r`` (old Mac OS dumps): all three are line breaks.

Bounds: a post is at most :data:`MAX_TEXT_CHARS` characters, so a line is at most
:data:`MAX_LINE_BYTES` bytes (four per character in UTF-8); a longer line (a file with no line
break at all, say) is refused at that many bytes, before more is read. The file itself has no
bound: it is read in chunks of 64 KiB, so memory is bounded by the largest post. Only regular
files are read (:func:`archive.inputfiles.open_regular`): a FIFO or ``/dev/zero`` is refused.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inputfiles import open_regular
from tg_archiver.archive.models import Forward, Post, SourceRef
from tg_archiver.archive.textdates import dateline_date

__all__ = [
    "HEADING",
    "MAX_LINE_BYTES",
    "MAX_TEXT_CHARS",
    "dump_source",
    "post_id",
    "read_text_dump",
]

log = logging.getLogger(__name__)

HEADING = "Forwarded from "
MAX_TEXT_CHARS = 1_000_000
MAX_LINE_BYTES = 4 * MAX_TEXT_CHARS + 4  # the longest line a post within the limit can hold
_READ_BYTES = 64 * 1024
_LINE_BREAK = lazy_re.compile(rb"\r\n?|\n")


def read_text_dump(
    path: Path,
    *,
    source_name: str | None = None,
    published_at: datetime | None = None,
    now: datetime | None = None,
) -> Iterator[Post]:
    """Yield the posts of a plain-text dump in file order.

    ``source_name`` names the import source (default: the file's stem); ``published_at``
    dates every post whose text names no day (default: the file's modification time, UTC;
    see the module's notes on dates); ``now`` (the import's time, default the clock) dates
    them instead when the modification time lies outside years 1..9999, with a warning in the
    log. Raises
    :class:`InputError` for unreadable files and files that are not regular files, invalid
    UTF-8, NUL bytes, posts over :data:`MAX_TEXT_CHARS` characters and lines over
    :data:`MAX_LINE_BYTES` bytes.
    """
    source = dump_source(path, source_name)
    name = source.key
    try:
        with open_regular(path) as f:
            if published_at is None:
                published_at = _modified_at(f, path, now or datetime.now(UTC))
            elif published_at.tzinfo is None:
                published_at = published_at.replace(tzinfo=UTC)
            else:
                published_at = published_at.astimezone(UTC)
            seen: Counter[str] = Counter()
            count = 0
            for origin, body in _split(_lines(f, str(path)), str(path)):
                external_id = post_id(origin, body)
                seen[external_id] += 1
                if seen[external_id] > 1:
                    external_id = f"{external_id}#{seen[external_id]}"
                count += 1
                day = dateline_date(body, latest=published_at)
                yield Post(
                    source=source,
                    external_id=external_id,
                    published_at=(
                        datetime(day.year, day.month, day.day, tzinfo=UTC)
                        if day is not None
                        else published_at
                    ),
                    date_source="text" if day is not None else "file",
                    text=body,
                    forwarded_from=_forward(origin),
                )
    except OSError as e:
        raise InputError(f"{path}: cannot read the file: {e.strerror or e}") from None
    log.info("text dump import file=%s source=%s posts=%d", path, name, count)


def dump_source(path: Path, source_name: str | None = None) -> SourceRef:
    """The source of the dump at ``path``'s posts: named ``source_name``, or by default after
    the file (its name without the suffix)."""
    # A file name that is not UTF-8 reaches Python with lone surrogates (surrogateescape),
    # which no database can store: the source is named with U+FFFD in their place.
    if source_name is not None:
        name = source_name
    else:
        # A line break or a tab in the file's name is a space in the source's (one line).
        name = _CONTROL.sub(" ", os.fsencode(path.stem).decode(errors="replace"))
    return SourceRef(kind="import", key=name, title=name)


_CONTROL = lazy_re.compile(r"[\x00-\x1f\x7f-\x9f]")


# A channel's name as a forward names it: Telegram's names are 128 characters at most. A
# "Forwarded from" line of 3 MB (a line may hold 4 MB) was stored and shown whole with the post.
MAX_ORIGIN_CHARS = 1_000


def _forward(origin: str | None) -> Forward | None:
    """The post's origin, its name cut to :data:`MAX_ORIGIN_CHARS` (its id reads it whole)."""
    return Forward(name=origin[:MAX_ORIGIN_CHARS]) if origin is not None else None


def post_id(origin: str | None, body: str) -> str:
    """The stable id of a post: SHA-1 of origin and whitespace-collapsed body, 16 hex digits."""
    key = (origin or "") + "\n" + " ".join(body.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _modified_at(f: BinaryIO, path: Path, now: datetime) -> datetime:
    """The file's modification time, UTC; the time now if it lies outside years 1..9999.

    ``touch -d`` can set any time the file system holds; a date no archive can store is
    replaced, and the log says so, rather than stored as a wrong year.
    """
    mtime = os.fstat(f.fileno()).st_mtime
    try:
        return datetime.fromtimestamp(mtime, UTC)
    except (OverflowError, OSError, ValueError):
        log.warning(
            "text dump file=%s: its modification time (%d s from 1970) is outside years 1..9999;"
            " its posts are dated with the import time, %s",
            path,
            mtime,
            now.astimezone(UTC).isoformat(timespec="seconds"),
        )
        return now.astimezone(UTC)


def _lines(f: BinaryIO, name: str) -> Iterator[bytes]:
    """The file's lines, without their line breaks (``\\n``, ``\\r\\n`` or ``\\r``).

    A line is never held longer than :data:`MAX_LINE_BYTES`: past that, :class:`InputError`
    naming the line and the limit (a line that long is a post over :data:`MAX_TEXT_CHARS`).
    """
    buf = bytearray()
    number = 1
    while True:
        chunk = f.read(_READ_BYTES)
        searched = max(len(buf) - 1, 0)  # what is left holds no break but maybe a final "\r"
        buf += chunk
        pos = 0
        for m in _LINE_BREAK.finditer(buf, searched):
            if chunk and m.end() == len(buf) and buf[-1] == 0x0D:
                break  # a "\r" at the end of the chunk may be the half of a "\r\n"
            yield bytes(buf[pos : m.start()])
            number += 1
            pos = m.end()
        del buf[:pos]
        if len(buf) > MAX_LINE_BYTES:
            raise InputError(
                f"{name}: line {number} is longer than {_num(MAX_LINE_BYTES)} bytes without a"
                f" line break, more than a post within the limit of {_num(MAX_TEXT_CHARS)}"
                " characters can hold"
            )
        if not chunk:
            if buf:
                yield bytes(buf)
            return


def _split(lines: Iterator[bytes], name: str) -> Iterator[tuple[str | None, str]]:
    """Yield ``(origin channel or None, body)`` per post, bodies without surrounding blanks."""
    origin: str | None = None
    body: list[str] = []
    size = 0
    start = 1  # the line a post starts on, for error messages
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            raise InputError(
                f"{name}: the text is UTF-16 or UTF-32 (it starts with a byte order mark);"
                " save it as UTF-8 and import it again"
            )
        if b"\x00" in raw:
            column = raw.index(b"\x00") + 1
            raise InputError(f"{name}: line {number}: NUL byte at byte {column} of the line")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: line {number}: invalid UTF-8 at byte {e.start + 1} of the line "
                f"({raw[e.start : e.start + 4]!r}); save the dump as UTF-8"
            ) from None
        if number == 1:
            line = line.removeprefix("\ufeff")
        stripped = line.strip()
        if stripped.startswith(HEADING) and stripped[len(HEADING) :].strip():
            if _has_text(body):
                yield origin, _join(body)
            origin, body, size, start = stripped[len(HEADING) :].strip(), [], 0, number
            continue
        size += len(line) + 1
        if size > MAX_TEXT_CHARS + 1:
            raise InputError(
                f"{name}: line {number}: the post starting at line {start} "
                f"is longer than the limit of {_num(MAX_TEXT_CHARS)} characters"
            )
        body.append(line)
    if _has_text(body):
        yield origin, _join(body)


def _has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def _join(lines: list[str]) -> str:
    """The body's lines, minus blank lines at either end; inner text is kept as it is."""
    first = next(i for i, line in enumerate(lines) if line.strip())
    last = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].strip())
    return "\n".join(lines[first : last + 1])


def _num(n: int) -> str:
    return f"{n:,}".replace(",", " ")
