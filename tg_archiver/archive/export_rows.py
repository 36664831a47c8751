"""One stored post as the exports see it (:class:`ExportRow`, its kept files), the writers'
shared signature, and the addresses and times every format writes the same way.

Part of :mod:`.export`, which re-exports these names: import them from there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TextIO

from tg_archiver.archive import lazy_re
from tg_archiver.archive.models import Media

DEFAULT_TITLE = "tg-archiver export"


@dataclass(frozen=True, slots=True)
class ExportFile:
    """A kept file of a post, for exports that show or link it (archive.media_export)."""

    kind: str
    sha256: str
    path: str  # under the media folder (and --with-media DIR): "ab/cd/<sha256>"
    href: str | None = None  # how the HTML export links it: a relative URL or a data: URI


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One stored post as exported: clean text, canonical tags, times in UTC."""

    id: int
    source: str  # the source key
    source_kind: str
    source_title: str | None
    external_id: str
    url: str | None
    title: str | None
    published_at: datetime
    edited_at: datetime | None
    forwarded_from: str | None
    text: str
    tags: tuple[str, ...]
    duplicate_of: int | None
    media: tuple[Media, ...]
    # Where published_at comes from (archive.models.DateSource): "file" means undated.
    date_source: str = "source"
    files: tuple[ExportFile, ...] = ()  # kept files, when the export asks for them


class Writer(Protocol):
    def __call__(
        self,
        rows: Iterable[ExportRow],
        out: TextIO,
        *,
        title: str = DEFAULT_TITLE,
        note: str | None = None,
    ) -> int: ...


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2023-05-17T10:30:00Z`` (microseconds only if any).

    A naive datetime is taken to be UTC already, as the store keeps it.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    elif moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


_DIGITS = lazy_re.compile(r"[0-9]+")


def channel_post_url(row: ExportRow) -> str | None:
    """``https://t.me/c/<channel id>/<id>`` for a Telegram channel's post (the source key is
    the channel's bare numeric id, as imported exports and the service store it), else None:
    the address Telegram's own "Copy link" gives a channel's post when no username is known."""
    if (
        row.source_kind == "telegram"
        and _DIGITS.fullmatch(row.source)
        and _DIGITS.fullmatch(row.external_id)
    ):
        return f"https://t.me/c/{row.source}/{row.external_id}"
    return None


def export_url(row: ExportRow) -> str | None:
    """The ``url`` an export gives a post: the stored one (an article's, or ``t.me/<username>/
    <id>`` when the channel's username is known), else :func:`channel_post_url`."""
    return row.url if row.url is not None else channel_post_url(row)
