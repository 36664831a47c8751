"""Readers on PostgreSQL, the first of them: statistics, the top tags, a post's versions.

The sibling of :mod:`.readers`, on a pooled reading connection (committed data only). The
same questions in the same shapes; what differs is ``$n`` parameters and the database's size
(``pg_database_size`` instead of SQLite's page count). Exports, digests' rows and post
counts by filter are not built here yet: the facade's ``_NotYet`` refuses them.
"""

from __future__ import annotations

from datetime import datetime

from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.records import Stats, parse_ts, ts

_POST_COUNTS = (
    "SELECT (SELECT count(*) FROM posts),"
    " (SELECT count(*) FROM posts WHERE duplicate_of IS NOT NULL),"
    " (SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL),"
    " (SELECT min(published_at) FROM posts), (SELECT max(published_at) FROM posts),"
    " (SELECT count(*) FROM tags),"
    " (SELECT count(*) FROM posts) + (SELECT count(*) FROM post_versions),"
    " pg_database_size(current_database())"
)
_SOURCES_BY_KIND = "SELECT kind, count(*) FROM sources GROUP BY kind"
_TOP_TAGS = (
    "SELECT tags.name, count(*) AS n FROM post_tags"
    " JOIN tags ON tags.id = post_tags.tag_id"
    " JOIN posts ON posts.id = post_tags.post_id AND posts.duplicate_of IS NULL"
    " WHERE $1::text IS NULL OR posts.published_at >= $1"
    ' GROUP BY tags.id, tags.name ORDER BY n DESC, tags.name COLLATE "C" LIMIT $2'
)
_POST_VERSIONS = (
    "SELECT version, clean_text, edited_at FROM post_history WHERE post_id = $1 ORDER BY version"
)


class PgReaders:
    """The readers built so far for PostgreSQL, on ``conn``'s pool."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    async def stats(self) -> Stats:
        row = await self._conn.read_one(_POST_COUNTS)
        posts, dups, deleted, first, last, tags, versions, size = row
        by_kind = await self._conn.read_all(_SOURCES_BY_KIND)
        return Stats(
            posts=int(posts),
            duplicates=int(dups),
            versions=int(versions),
            deleted=int(deleted),
            sources={str(k): int(v) for k, v in by_kind},
            tags=int(tags),
            first_post=parse_ts(first) if first else None,
            last_post=parse_ts(last) if last else None,
            database_bytes=int(size),
        )

    async def top_tags(
        self, *, limit: int = 20, since: datetime | None = None
    ) -> list[tuple[str, int]]:
        """Most used tags over posts that are not copies, most used first (ties by name, in
        code point order as SQLite's)."""
        rows = await self._conn.read_all(_TOP_TAGS, (ts(since) if since else None, limit))
        return [(name, int(n)) for name, n in rows]

    async def post_versions(self, post_id: int) -> list[tuple[int, str, str | None]]:
        """(version, clean text, edited_at) of a post, oldest first."""
        rows = await self._conn.read_all(_POST_VERSIONS, (post_id,))
        return [(int(v), t, e) for v, t, e in rows]
