"""What the web app's pages read that the store's public methods do not give: a post with its
versions, copies, forwards and tags, copy counts for a page of results, the months of a
topic or a source, the topics and sources themselves.

Lists of posts (a search, a topic's month, a day) come from :meth:`Store.search`; this module
only completes them. It reads through the store's connection, on its committed-data reader
(:meth:`~archive.store.connection.Connection.read_all`; the web app opens the store
read-only), with the store's row columns and their decoding (:mod:`archive.store.rows`), and
never writes: serving the archive must never hold a lock that the service's writes would wait
for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.store.connection import Connection, marks, parts
from tg_archiver.archive.store.rows import ROW_COLUMNS, export_row
from tg_archiver.archive.tags import tag_key

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store
    from tg_archiver.archive.store.connection_pg import PgConnection

_MAX_IDS = 500  # ids read for one page of results; a page is far fewer

# The store's row (rows.ROW_COLUMNS, read by rows.export_row), then what only a post's page
# shows: _EXTRA columns, last.
_POST_COLUMNS = f"{ROW_COLUMNS}, posts.duplicate_kind, posts.similarity, posts.deleted_at"
_EXTRA = 3

POST = f"""
SELECT {_POST_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id
WHERE posts.id = ?
"""

COPIES = f"""
SELECT {_POST_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id
WHERE posts.duplicate_of = ? ORDER BY posts.published_at, posts.id LIMIT ?
"""

# post_history: every version, the current one (in posts) included (migration 0014).
VERSIONS = """
SELECT version, title, clean_text, edited_at, recorded_at FROM post_history
WHERE post_id = ? ORDER BY version
"""

POST_TAGS = """
SELECT tags.name, post_tags.origin FROM post_tags JOIN tags ON tags.id = post_tags.tag_id
WHERE post_tags.post_id = ? ORDER BY tags.name
"""

COPY_COUNTS = """
SELECT copy.duplicate_of,
       count(DISTINCT CASE WHEN copy.source_id != original.source_id THEN copy.source_id END),
       sum(copy.source_id = original.source_id)
FROM posts AS copy JOIN posts AS original ON original.id = copy.duplicate_of
WHERE copy.duplicate_of IN ({marks}) GROUP BY copy.duplicate_of
"""

TOPICS = """
SELECT tags.name, count(*) AS n FROM tags JOIN post_tags ON post_tags.tag_id = tags.id
GROUP BY tags.id ORDER BY n DESC, tags.name LIMIT ?
"""

SOURCES = """
SELECT sources.kind, sources.key, coalesce(nullif(sources.title, ''), sources.username,
sources.key), count(posts.id) AS n
FROM sources LEFT JOIN posts ON posts.source_id = sources.id
GROUP BY sources.id ORDER BY n DESC, sources.key
"""

TOPIC_MONTHS = """
SELECT substr(posts.published_at, 1, 7) AS month, count(*) FROM post_tags
JOIN posts ON posts.id = post_tags.post_id
WHERE post_tags.tag_id = (SELECT id FROM tags WHERE key = ?) AND posts.duplicate_of IS NULL
GROUP BY month ORDER BY month DESC
"""

SOURCE_MONTHS = """
SELECT substr(posts.published_at, 1, 7) AS month, count(*) FROM posts
JOIN sources ON sources.id = posts.source_id
WHERE (sources.key = ? OR sources.username = ? COLLATE NOCASE OR sources.title = ? COLLATE NOCASE)
  AND posts.duplicate_of IS NULL
GROUP BY month ORDER BY month DESC
"""

TAG_NAME = "SELECT name FROM tags WHERE key = ?"

SOURCE_NAME = """
SELECT kind, key, coalesce(nullif(title, ''), username, key) FROM sources
WHERE key = ? OR username = ? COLLATE NOCASE OR title = ? COLLATE NOCASE
ORDER BY id LIMIT 1
"""

# The channels a config's [sources.NAME] username may name (archive.source_usernames): by key
# or title. The same SQL on both engines; the sources table is small (no post is read).
CHANNELS = "SELECT key, coalesce(title, '') FROM sources WHERE kind = 'telegram' ORDER BY id"

MAX_COPIES = 200  # copies listed on a post's page (the count is always whole)
_ID_BOUND = 2**63  # post ids are 64-bit integers on both engines


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A post as its page shows it: the export row and what only the archive knows of it."""

    row: ExportRow
    duplicate_kind: str | None  # 'exact', 'near', 'forward' for a copy
    similarity: float | None
    deleted_at: str | None


@dataclass(frozen=True, slots=True)
class Version:
    number: int
    title: str | None
    text: str
    edited_at: str | None
    recorded_at: str


@dataclass(frozen=True, slots=True)
class CopyCount:
    """What a story folds, as digests show it: "+N sources" (other sources that carry a copy
    or a forward) and "+N copies" (the original's own source posting it again)."""

    sources: int
    copies: int


@dataclass(frozen=True, slots=True)
class SourceInfo:
    kind: str
    key: str
    name: str
    posts: int


@dataclass(frozen=True, slots=True)
class PageSql:
    """The statements :class:`Pages` reads with: SQLite's here (:data:`SQLITE`), PostgreSQL's
    in :mod:`archive.pages_pg`; each takes its parameters in the same order on both."""

    post: str
    copies: str
    versions: str
    post_tags: str
    topics: str
    sources: str
    topic_months: str
    source_months: str
    tag_name: str
    source_name: str


SQLITE = PageSql(
    post=POST,
    copies=COPIES,
    versions=VERSIONS,
    post_tags=POST_TAGS,
    topics=TOPICS,
    sources=SOURCES,
    topic_months=TOPIC_MONTHS,
    source_months=SOURCE_MONTHS,
    tag_name=TAG_NAME,
    source_name=SOURCE_NAME,
)


class Pages:
    """The web's extra reads, over the store's connection (it does not own it): committed
    data only, on the reader, as the store's searches and exports read."""

    def __init__(self, conn: Connection | PgConnection, sql: PageSql = SQLITE) -> None:
        self._all = conn.read_all
        self._sql = sql

    async def post(self, post_id: int) -> StoredPost | None:
        if not 0 < post_id < _ID_BOUND:  # no such post (and past what the database binds)
            return None
        rows = await self._all(self._sql.post, (post_id,))
        return _stored(rows[0]) if rows else None

    async def copies(self, post_id: int) -> list[StoredPost]:
        """The post's copies (exact, near) and forwards, oldest first."""
        return [_stored(r) for r in await self._all(self._sql.copies, (post_id, MAX_COPIES))]

    async def versions(self, post_id: int) -> list[Version]:
        return [
            Version(int(n), title, text, edited, recorded)
            for n, title, text, edited, recorded in await self._all(self._sql.versions, (post_id,))
        ]

    async def tags(self, post_id: int) -> list[tuple[str, str]]:
        """(tag, origin) of a post: origin says whether a hashtag, a rule or a category."""
        rows = await self._all(self._sql.post_tags, (post_id,))
        return [(name, origin) for name, origin in rows]

    async def copy_counts(self, ids: Sequence[int]) -> dict[int, CopyCount]:
        """For each of ``ids`` that has copies: other sources, and copies in its own."""
        counts: dict[int, CopyCount] = {}
        for part in parts(list(ids)[:_MAX_IDS]):
            sql = COPY_COUNTS.format(marks=marks(part))
            for i, n, s in await self._all(sql, part):
                counts[int(i)] = CopyCount(int(n), int(s))
        return counts

    async def topics(self, limit: int = 200) -> list[tuple[str, int]]:
        return [(name, int(n)) for name, n in await self._all(self._sql.topics, (limit,))]

    async def sources(self) -> list[SourceInfo]:
        return [
            SourceInfo(kind, key, name, int(n))
            for kind, key, name, n in await self._all(self._sql.sources)
        ]

    async def channels(self) -> list[tuple[str, str]]:
        """(key, title) of every Telegram channel of the archive, as it was stored."""
        return [(str(key), str(title)) for key, title in await self._all(CHANNELS)]

    async def topic_name(self, tag: str) -> str | None:
        rows = await self._all(self._sql.tag_name, (tag_key(tag),))
        return str(rows[0][0]) if rows else None

    async def source(self, source: str) -> SourceInfo | None:
        """The source named ``source`` (its key, username or title, as search's
        ``source:`` takes them); its post count is not read (0)."""
        name = source.removeprefix("@")
        rows = await self._all(self._sql.source_name, (source, name, source))
        return SourceInfo(rows[0][0], rows[0][1], rows[0][2], 0) if rows else None

    async def topic_months(self, tag: str) -> list[tuple[str, int]]:
        """(YYYY-MM, stories) of a topic, newest month first; copies are not counted."""
        return [(m, int(n)) for m, n in await self._all(self._sql.topic_months, (tag_key(tag),))]

    async def source_months(self, source: str) -> list[tuple[str, int]]:
        name = source.removeprefix("@")
        return [
            (m, int(n)) for m, n in await self._all(self._sql.source_months, (source, name, source))
        ]


def _stored(r: Sequence[Any]) -> StoredPost:
    """A row of :data:`_POST_COLUMNS`: the store's export row, then the page's own columns."""
    dup_kind, similarity, deleted = r[-_EXTRA:]
    return StoredPost(
        row=export_row(r[:-_EXTRA]),
        duplicate_kind=dup_kind,
        similarity=float(similarity) if similarity is not None else None,
        deleted_at=deleted,
    )


def pages_of(store: Store) -> Pages:
    """The web's extra reads over ``store``, in its engine's SQL."""
    if store.engine == "postgresql":
        from tg_archiver.archive.pages_pg import pg_pages

        return pg_pages(store)
    return Pages(store.conn)
