"""The records that flow through the archive.

Every source (Telegram, feeds, imported files) is turned into :class:`Post` at its edge;
nothing past that edge knows where a post came from except through these fields.
All datetimes are timezone-aware and in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

SourceKind = Literal["telegram", "feed", "import"]
TagOrigin = Literal["hashtag", "rule", "category"]
# Where a post's date comes from: "source" the platform's own date (Telegram, a feed, an
# export), "text" a dateline in the post (archive.textdates), "file" the modification time of
# the file it came in, i.e. the post is undated (text dumps).
DateSource = Literal["source", "text", "file"]
DATE_SOURCES: tuple[DateSource, ...] = ("source", "text", "file")
UNDATED: DateSource = "file"


def _by_fields(record: Any) -> tuple[Any, tuple[Any, ...]]:
    """``__reduce__`` of the records below: their class and their fields in order. A long
    import sends every post to the process that prepares it (archive.prepare_ahead.prepared_ahead);
    a frozen dataclass with slots is otherwise pickled through ``dataclasses.fields()`` and a
    dict per object, several times slower."""
    return type(record), tuple(getattr(record, name) for name in record.__slots__)


# Import sources tg-archiver names itself, which a text dump's ``--source`` may not take (its
# posts would be shown under them): the posts forwarded to the bot (bot.convert), and a
# Telegram Desktop export's chat that is no channel, "tdesktop:<chat id>"
# (importers.tdesktop_messages).
FORWARDED_KEY = "forwarded-to-bot"
TDESKTOP_PREFIX = "tdesktop:"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a post was published.

    ``key`` is the stable identity: a Telegram channel's numeric id (usernames change),
    a feed's URL, or an import's name. ``title``/``username``/``url`` are display data and
    may change between ingests.
    """

    kind: SourceKind
    key: str
    title: str | None = None
    username: str | None = None
    url: str | None = None

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Media:
    """A summary of one attachment. The file itself, when kept, is in the media store
    (archive.store.media); ``path`` and the dimensions are read there, not stored in posts."""

    kind: str  # photo, video, document, audio, voice, sticker, animation, ...
    file_name: str | None = None
    size: int | None = None
    mime_type: str | None = None
    # A Telegram Desktop export's path of the file, relative to its folder, as the export
    # wrote it (untrusted: archive.media_import refuses one that leaves the folder).
    path: str | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Forward:
    """The origin of a forwarded post, as far as the source tells it."""

    name: str | None = None  # origin channel's title, e.g. "Russian MFA 🇷🇺"
    source_key: str | None = None  # origin channel's numeric id, when known
    external_id: str | None = None  # origin post id, when known
    username: str | None = None

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Post:
    """One post as a source delivered it, before cleaning."""

    source: SourceRef
    external_id: str
    published_at: datetime
    text: str  # raw text, exactly as delivered
    title: str | None = None
    url: str | None = None
    edited_at: datetime | None = None
    author: str | None = None
    forwarded_from: Forward | None = None
    hashtags: tuple[str, ...] = ()  # from message entities, without '#'
    categories: tuple[str, ...] = ()  # feed categories
    media: tuple[Media, ...] = field(default=())
    date_source: DateSource = "source"

    __reduce__ = _by_fields
