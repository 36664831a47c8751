"""The web app's extra reads (:mod:`archive.pages`) on a PostgreSQL archive.

The same questions and rows as SQLite's statements, in PostgreSQL's SQL: ``$n`` parameters,
:mod:`archive.store.rows_pg`'s columns (``string_agg`` for ``group_concat``), ``count(*)
FILTER`` for SQLite's sum of a comparison, a list of ids as one array parameter, names
ordered in code point order (``COLLATE "C"``) as SQLite orders them, and a source's name
compared by ``lower()`` as :mod:`archive.store.rows_pg`'s filter compares it.

And what only PostgreSQL's web pages have: a list of posts (a topic's or a source's month,
a day, a search with or without words) paged newest first by keyset
(:meth:`PgPages.newest_page`), from the ``(published_at, id)`` of the last (or first) post
shown, so that a deep page costs what the first does (an offset reads and drops every post
before it). A search with words is read by the store's search
(:meth:`archive.store.search_pg.PgSearch.newest_page`: its matches and passages).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.pages import (
    _MAX_IDS,
    CopyCount,
    Pages,
    PageSql,
)
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.records import ExportFilter, Hits, SearchHit
from tg_archiver.archive.store.rows import export_row
from tg_archiver.archive.store.rows_pg import ROW_COLUMNS, filter_sql, tag_ids_of

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store
    from tg_archiver.archive.store.connection_pg import PgConnection

_POST_COLUMNS = f"{ROW_COLUMNS}, posts.duplicate_kind, posts.similarity, posts.deleted_at"
_FROM = "FROM posts JOIN sources ON sources.id = posts.source_id"
_SOURCE_IS = (
    "(sources.key = $1 OR lower(sources.username) = lower($2) OR lower(sources.title) = lower($3))"
)

POSTGRESQL = PageSql(
    post=f"SELECT {_POST_COLUMNS} {_FROM} WHERE posts.id = $1",
    copies=(
        f"SELECT {_POST_COLUMNS} {_FROM} WHERE posts.duplicate_of = $1"
        " ORDER BY posts.published_at, posts.id LIMIT $2"
    ),
    versions=(
        "SELECT version, title, clean_text, edited_at, recorded_at FROM post_history"
        " WHERE post_id = $1 ORDER BY version"
    ),
    post_tags=(
        "SELECT tags.name, post_tags.origin FROM post_tags JOIN tags ON tags.id = post_tags.tag_id"
        ' WHERE post_tags.post_id = $1 ORDER BY tags.name COLLATE "C"'
    ),
    topics=(
        "SELECT tags.name, count(*) AS n FROM tags JOIN post_tags ON post_tags.tag_id = tags.id"
        ' GROUP BY tags.id, tags.name ORDER BY n DESC, tags.name COLLATE "C" LIMIT $1'
    ),
    sources=(
        "SELECT sources.kind, sources.key, coalesce(nullif(sources.title, ''), sources.username,"
        " sources.key), count(posts.id) AS n"
        " FROM sources LEFT JOIN posts ON posts.source_id = sources.id"
        ' GROUP BY sources.id ORDER BY n DESC, sources.key COLLATE "C"'
    ),
    topic_months=(
        "SELECT substr(posts.published_at, 1, 7) AS month, count(*) FROM post_tags"
        " JOIN posts ON posts.id = post_tags.post_id"
        " WHERE post_tags.tag_id = (SELECT id FROM tags WHERE key = $1)"
        " AND posts.duplicate_of IS NULL GROUP BY month ORDER BY month DESC"
    ),
    source_months=(
        f"SELECT substr(posts.published_at, 1, 7) AS month, count(*) {_FROM}"
        f" WHERE {_SOURCE_IS} AND posts.duplicate_of IS NULL GROUP BY month ORDER BY month DESC"
    ),
    tag_name="SELECT name FROM tags WHERE key = $1",
    source_name=(
        "SELECT kind, key, coalesce(nullif(title, ''), username, key) FROM sources"
        " WHERE key = $1 OR lower(username) = lower($2) OR lower(title) = lower($3)"
        " ORDER BY id LIMIT 1"
    ),
)
_COPY_COUNTS = (
    "SELECT copy.duplicate_of,"
    " count(DISTINCT CASE WHEN copy.source_id != original.source_id THEN copy.source_id END),"
    " count(*) FILTER (WHERE copy.source_id = original.source_id)"
    " FROM posts AS copy JOIN posts AS original ON original.id = copy.duplicate_of"
    " WHERE copy.duplicate_of = ANY($1::bigint[]) GROUP BY copy.duplicate_of"
)
# A page of newest first, by keyset: the posts older than (published_at, id) ("after" the
# last one shown), or the newer ones nearest to it ("before" the first one shown), or the newest.
_OLDER = (
    f"SELECT {ROW_COLUMNS}, substr(posts.clean_text, 1, 200) {_FROM}"
    " WHERE (posts.published_at, posts.id) < ($1, $2) {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT {limit}"
)
_NEWER = (
    f"SELECT {ROW_COLUMNS}, substr(posts.clean_text, 1, 200) {_FROM}"
    " WHERE (posts.published_at, posts.id) > ($1, $2) {where}"
    " ORDER BY posts.published_at, posts.id LIMIT {limit}"
)
_NEWEST = (
    f"SELECT {ROW_COLUMNS}, substr(posts.clean_text, 1, 200) {_FROM} WHERE true {{where}}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT {limit}"
)


class PgPages(Pages):
    """:class:`~archive.pages.Pages` in PostgreSQL's SQL, on the store's reading pool."""

    def __init__(self, conn: PgConnection) -> None:
        from tg_archiver.archive.store.search_pg import PgSearch

        super().__init__(conn, POSTGRESQL)
        self._conn = conn
        self._search = PgSearch(conn)

    async def copy_counts(self, ids: Sequence[int]) -> dict[int, CopyCount]:
        """For each of ``ids`` that has copies: other sources, and copies in its own."""
        rows = await self._all(_COPY_COUNTS, (list(ids)[:_MAX_IDS],))
        return {int(i): CopyCount(int(n), int(s)) for i, n, s in rows}

    async def newest_page(
        self,
        query: SearchQuery,
        *,
        limit: int,
        after: tuple[str, int] | None = None,
        before: tuple[str, int] | None = None,
    ) -> Hits:
        """Up to ``limit`` posts passing ``query``'s filters, newest first, copies left out,
        as :meth:`Store.search` lists them: those just older than ``after`` or just newer
        than ``before`` (a ``(published_at, id)`` of the page next to this one), or the
        newest. Through the ``posts_by_published`` index from the key on, whatever the
        depth. A query with words: its matches, with their passages (the search's own), a
        misspelt word corrected when none match (the hits' ``corrected``)."""
        if query.match is not None:
            return await self._search.newest_page(query, limit=limit, after=after, before=before)
        args: list[Any] = []
        key = after or before
        if key is not None:
            args.extend(key)
        flt = ExportFilter.of(query, include_duplicates=False)
        where = filter_sql(flt, args, await tag_ids_of(self._conn, flt))
        args.append(limit)
        template = _NEWEST if key is None else _NEWER if after is None else _OLDER
        rows = await self._all(template.format(where=where, limit=f"${len(args)}"), args)
        if after is None and before is not None:
            rows.reverse()  # read oldest first from the key: shown newest first
        return Hits(SearchHit(row=export_row(r[:-1]), snippet=r[-1] or "") for r in rows)


def pg_pages(store: Store) -> PgPages:
    """The web's extra reads over ``store``, a PostgreSQL archive."""
    from tg_archiver.archive.store.connection_pg import PgConnection

    conn = store._engine
    assert isinstance(conn, PgConnection)
    return PgPages(conn)
