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
* **Dates.** There are none. Every post gets ``published_at``, which the caller passes in;
  it defaults to the file's modification time (UTC). A naive datetime is taken as UTC.
* **Identity.** There are no message ids. ``external_id`` is the first 16 hex digits of
  SHA-1 over ``origin channel name + "\\n" + body with whitespace runs collapsed``, so a
  re-import of the file, or a later dump holding the same posts, gives the same ids. The
  second and third identical post in one file get ``#2``, ``#3``.
* Posts whose body is empty (a heading and nothing else) are skipped.

The file is read line by line, so memory is bounded by the largest post
(:data:`MAX_TEXT_CHARS`).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from archive.errors import InputError
from archive.models import Forward, Post, SourceRef

__all__ = ["HEADING", "MAX_TEXT_CHARS", "post_id", "read_text_dump"]

log = logging.getLogger(__name__)

HEADING = "Forwarded from "
MAX_TEXT_CHARS = 1_000_000


def read_text_dump(
    path: Path, *, source_name: str | None = None, published_at: datetime | None = None
) -> Iterator[Post]:
    """Yield the posts of a plain-text dump in file order.

    ``source_name`` names the import source (default: the file's stem); ``published_at``
    is given to every post (default: the file's modification time, UTC), since the format
    carries no dates. Raises :class:`InputError` for unreadable files, invalid UTF-8,
    NUL bytes and posts over :data:`MAX_TEXT_CHARS` characters.
    """
    # A file name that is not UTF-8 reaches Python with lone surrogates (surrogateescape),
    # which no database can store: the source is named with U+FFFD in their place.
    name = (
        source_name if source_name is not None else os.fsencode(path.stem).decode(errors="replace")
    )
    source = SourceRef(kind="import", key=name, title=name)
    try:
        with path.open("rb") as f:
            if published_at is None:
                published_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            elif published_at.tzinfo is None:
                published_at = published_at.replace(tzinfo=UTC)
            else:
                published_at = published_at.astimezone(UTC)
            seen: Counter[str] = Counter()
            count = 0
            for origin, body in _split(f, str(path)):
                external_id = post_id(origin, body)
                seen[external_id] += 1
                if seen[external_id] > 1:
                    external_id = f"{external_id}#{seen[external_id]}"
                count += 1
                yield Post(
                    source=source,
                    external_id=external_id,
                    published_at=published_at,
                    text=body,
                    forwarded_from=Forward(name=origin) if origin is not None else None,
                )
    except OSError as e:
        raise InputError(f"{path}: cannot read the file: {e.strerror or e}") from None
    log.info("text dump import file=%s source=%s posts=%d", path, name, count)


def post_id(origin: str | None, body: str) -> str:
    """The stable id of a post: SHA-1 of origin and whitespace-collapsed body, 16 hex digits."""
    key = (origin or "") + "\n" + " ".join(body.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _split(lines: Iterator[bytes], name: str) -> Iterator[tuple[str | None, str]]:
    """Yield ``(origin channel or None, body)`` per post, bodies without surrounding blanks."""
    origin: str | None = None
    body: list[str] = []
    size = 0
    start = 1  # the line a post starts on, for error messages
    for number, raw in enumerate(lines, 1):
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
        line = line.rstrip("\r\n")
        stripped = line.strip()
        if stripped.startswith(HEADING) and stripped[len(HEADING) :].strip():
            if _has_text(body):
                yield origin, _join(body)
            origin, body, size, start = stripped[len(HEADING) :].strip(), [], 0, number
            continue
        size += len(line) + 1
        if size > MAX_TEXT_CHARS + 1:
            limit = f"{MAX_TEXT_CHARS:,}".replace(",", " ")
            raise InputError(
                f"{name}: line {number}: the post starting at line {start} "
                f"is longer than the limit of {limit} characters"
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
