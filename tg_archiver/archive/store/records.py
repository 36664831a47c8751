"""What the store hands out and takes in: the archive's time format and its plain records.

No SQL and no I/O here: every part of the store (and its callers) shares these, so a second
database engine would keep this module as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tg_archiver.archive.capitals import Cased
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.given_names import Named
from tg_archiver.archive.query import SearchQuery

SNIPPET_START, SNIPPET_END = "\x02", "\x03"  # marks around matched words in snippets
# Posts an ingest stores together (callers read ahead a chunk at a time: archive.ingest).
CHUNK = 500


def ts(dt: datetime) -> str:
    """A datetime as the archive stores it: ISO 8601, UTC, second precision, 'Z'."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    m = dt.astimezone(UTC)
    # Field by field, not strftime (a third of the cost; ingest formats every post's dates),
    # the year padded to four digits as %Y would not do before 1000 (glibc): "1-01-01T..."
    # would sort after "2024-..." and fail parse_ts.
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def parse_ts(value: str) -> datetime:
    """A time as :func:`ts` stores it, back as an aware datetime in UTC."""
    if isinstance(value, str) and len(value) == 20 and value[10] == "T" and value[19] == "Z":
        # fromisoformat is C and some thirty times faster than strptime, which exports felt.
        return datetime.fromisoformat(value)
    return _typed_time(value)


def _typed_time(value: object) -> datetime:
    """A time someone wrote into the archive by hand (Datasette, a sqlite3 shell), in another
    form of ISO 8601 than tg-archiver's own: ``2024-03-05 10:00``, ``2024-03-05``,
    ``2024-03-05T13:00+03:00``; without an offset, UTC. One such date ended search, the html,
    md and atom exports, digests, ``explain`` and ``relink`` in a ValueError traceback. What is
    no time at all is one line naming it."""
    try:
        when = datetime.fromisoformat(value.strip()) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None:
        raise InputError(
            f"the archive holds {str(value)[:40]!r} where a time belongs (written there by"
            " another program?); write it as 2024-03-05T10:00:00Z"
        )
    return (when if when.tzinfo is not None else when.replace(tzinfo=UTC)).astimezone(UTC)


def stored_clean(raw: str, clean: str) -> str | None:
    """What ``posts.clean_stored`` holds of a post's clean text (migration 0017): nothing
    (NULL) when it is the raw text, which the generated ``posts.clean_text`` then reads."""
    return None if clean == raw else clean


@dataclass(frozen=True, slots=True)
class Delivery:
    """One digest period for one chat ('console' or a chat id), as recorded."""

    digest: str
    chat: str
    period_start: datetime
    period_end: datetime
    messages: tuple[str, ...]
    sent_parts: int
    message_ids: tuple[int | None, ...]
    finished: bool


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    edited: int = 0
    unchanged: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    forwards_linked: int = 0
    # One input holding the same id twice (see Store.ingest): the later copy, when its text
    # differs, became a new version of the first; when it is the same, it was stored once.
    repeated_versions: int = 0
    repeated_same: int = 0
    # Copies older than the stored post (an old export imported after a newer one, a stale
    # feed mirror) with a text the archive did not have: kept as earlier versions.
    older_kept: int = 0

    def __iadd__(self, other: IngestReport) -> IngestReport:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def seen(self) -> int:
        return (
            self.added
            + self.edited
            + self.unchanged
            + self.repeated_versions
            + self.repeated_same
            + self.older_kept
        )

    def summary(self) -> str:
        line = (
            f"{self.added} new posts, {self.edited} edited, {self.unchanged} unchanged;"
            f" linked {self.exact_duplicates} exact and {self.near_duplicates} near duplicates,"
            f" {self.forwards_linked} forwards"
        )
        if n := self.repeated_versions:
            line += f"; {n} repeated id{'s' if n > 1 else ''} stored as {_a_version(n)}"
        if n := self.repeated_same:
            line += f"; {n} repeated id{'s' if n > 1 else ''} with the same text stored once"
        if n := self.older_kept:
            line += f"; {n} older cop{'ies' if n > 1 else 'y'} kept as {_an_earlier_version(n)}"
        return line


def _a_version(n: int) -> str:
    return "versions" if n > 1 else "a version"


def _an_earlier_version(n: int) -> str:
    return "earlier versions" if n > 1 else "an earlier version"


@dataclass(frozen=True, slots=True)
class SearchHit:
    row: ExportRow
    snippet: str  # matched words between SNIPPET_START and SNIPPET_END
    score: float | None = None  # relevance, higher is better; None without search words


class Hits(list[SearchHit]):
    """A search's hits, newest or best first, and ``corrected``: the query run for them when
    it is not the one given (a search that found nothing, run again with a misspelt word
    corrected: store/corrections.py), else None, so that whoever shows the hits can say so.

    A list, so a caller that wants the posts alone reads it as one (a slice is a plain list:
    read ``corrected`` first). The correction travels with the answer, never on the store:
    the web app runs searches at once."""

    __slots__ = ("corrected",)

    def __init__(self, hits: Iterable[SearchHit] = (), corrected: SearchQuery | None = None):
        super().__init__(hits)
        self.corrected = corrected


@dataclass(frozen=True, slots=True)
class Stats:
    posts: int
    duplicates: int
    versions: int
    deleted: int
    sources: dict[str, int]
    tags: int
    first_post: datetime | None
    last_post: datetime | None
    database_bytes: int


@dataclass(frozen=True, slots=True)
class ExportFilter:
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    include_duplicates: bool = True
    cased: tuple[tuple[Cased, ...], ...] = ()  # SearchQuery.cased: text a post holds as written
    named: tuple[Named, ...] = ()  # SearchQuery.named: a person typed by given name, surname

    @classmethod
    def of(cls, query: SearchQuery, *, include_duplicates: bool = True) -> ExportFilter:
        """The filters of a search (tags, sources, dates, words as written), without its
        words' index lookups."""
        return cls(
            tags=query.tags,
            sources=query.sources,
            since=query.since,
            until=query.until,
            include_duplicates=include_duplicates,
            cased=query.cased,
            named=query.named,
        )


@dataclass(frozen=True, slots=True)
class FeedState:
    """What polling remembers of a feed between polls and restarts."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    failures: int = 0
    last_error: str | None = None
    disabled_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> FeedState:
        """From the columns url, etag, last_modified, last_polled_at, last_success_at,
        failures, last_error, disabled_at (either engine's row)."""
        url, etag, modified, polled, success, failures, error, disabled = row
        return cls(
            url=url,
            etag=etag,
            last_modified=modified,
            last_polled_at=parse_ts(polled) if polled else None,
            last_success_at=parse_ts(success) if success else None,
            failures=int(failures),
            last_error=error,
            disabled_at=parse_ts(disabled) if disabled else None,
        )

    def params(self) -> tuple[Any, ...]:
        """The values stored, in the order of :meth:`from_row`: the URL without its
        credentials and the error with any secret in it redacted (see :mod:`archive.redact`)."""
        from tg_archiver.archive.redact import redact, redact_url

        return (
            redact_url(self.url),
            self.etag,
            self.last_modified,
            ts(self.last_polled_at) if self.last_polled_at else None,
            ts(self.last_success_at) if self.last_success_at else None,
            self.failures,
            redact(self.last_error) if self.last_error else None,
            ts(self.disabled_at) if self.disabled_at else None,
        )


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """A file the service's import scan imported: at what size and modification time, and
    what it must look at again though the file has not changed (migration 0022): the files
    an export awaited (``awaited_media``, :class:`archive.media_import.AwaitedFiles` as
    text) and a text dump's last post (``last_post``,
    :class:`archive.importers.textdump_tail.Tail` as text)."""

    size: int
    mtime_ns: int
    awaited_media: str | None = None
    last_post: str | None = None
