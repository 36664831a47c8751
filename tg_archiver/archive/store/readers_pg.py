"""Readers of committed posts on PostgreSQL: exports, digests' rows and statistics.

The sibling of :mod:`.readers`, on pooled reading connections (committed data only): the
same questions, the same rows (:mod:`.rows_pg`'s columns decoded by :func:`.rows.export_row`)
in the same order. What differs:

- An export streams through a server-side cursor in one read-only, repeatable-read
  transaction (one snapshot, as SQLite's ``BEGIN`` on its blocking reader), a batch of
  :data:`BATCH` rows per fetch: memory stays bounded whatever the archive's size.
- The blocking readers (:meth:`PgReaders.read_posts`, :meth:`PgReaders.read_export_lines`),
  which an export's worker thread calls, step the same async cursor on the event loop the
  store was opened on, one hop per batch (asyncpg has no blocking API).
- Export lines are formatted in Python (:func:`archive.export.format_lines`), not in SQL:
  the same bytes as the writers by construction, where SQLite's ``printf`` lines need a test
  to stay so.
- A saved search's words are :mod:`.query_pg`'s tsquery over the GIN index, not FTS5.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Sequence
from contextlib import closing
from datetime import datetime
from typing import Any, TypeVar

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow, format_lines
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.query_pg import match_sql
from tg_archiver.archive.store.records import ExportFilter, Stats, parse_ts, ts
from tg_archiver.archive.store.rows import export_row
from tg_archiver.archive.store.rows_pg import ROW_COLUMNS, filter_sql
from tg_archiver.archive.tags import tag_key

_T = TypeVar("_T")
BATCH = 1000  # rows a fetch of an export's cursor (and a hop of a blocking reader)

_FROM = "FROM posts JOIN sources ON sources.id = posts.source_id"
# The tags' subquery per row makes the whole export look dear to the planner, which then
# compiles it (JIT, on by default): over a second of compiling before the first row at 20k
# posts, for a plan that reads each row once. Off for the export's transaction alone: the
# cursor's fetch of 20k posts took 0.6 s instead of 0.95 s (median of five, alternating).
_NO_JIT = "SET LOCAL jit = off"
_OLDEST_FIRST = (
    f"SELECT {ROW_COLUMNS} {_FROM} WHERE true {{where}} ORDER BY posts.published_at, posts.id"
)
# A search's export: every match, newest first (the search's order).
_NEWEST_MATCHES_FIRST = (
    f"SELECT {ROW_COLUMNS} {_FROM} WHERE {{match}} {{where}}"
    " ORDER BY posts.published_at DESC, posts.id DESC"
)
_COUNT_POSTS = f"SELECT count(*) {_FROM} WHERE true {{where}}"
# A digest's stories: the roots (originals) of the posts the window's question selects, then
# every post of the window in those stories (copies come along untagged, an original along
# with a tagged copy), oldest first.
_TAGGED_ROOTS = (
    "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root FROM posts"
    " JOIN post_tags ON post_tags.post_id = posts.id JOIN tags ON tags.id = post_tags.tag_id"
    " WHERE tags.key = ANY($1::text[]) AND posts.published_at >= $2 AND posts.published_at < $3"
)
_MATCHING_ROOTS = (
    f"SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root {_FROM}"
    " WHERE {match} {where}"
)
_FILTERED_ROOTS = (
    f"SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root {_FROM} WHERE true {{where}}"
)
_STORIES_IN_WINDOW = (
    "WITH hit AS ({hit})"
    f" SELECT {ROW_COLUMNS} {_FROM}"
    " WHERE posts.published_at >= {since} AND posts.published_at < {until}"
    " AND coalesce(posts.duplicate_of, posts.id) IN (SELECT root FROM hit)"
    " ORDER BY posts.published_at, posts.id"
)
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
    """Exports, digests and statistics on PostgreSQL, on ``conn``'s pool. Made on the event
    loop the store runs on: the blocking readers hop to it."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()

    # -- exports ---------------------------------------------------------------------------------

    async def _batches(
        self, flt: ExportFilter, query: SearchQuery | None = None
    ) -> AsyncGenerator[list[ExportRow], None]:
        """The posts matching ``flt``, oldest first (or, given ``query`` with words, its
        matches newest first: a search's export), :data:`BATCH` at a time from a
        server-side cursor in one snapshot; the reading connection goes back to the pool
        when the iteration ends or is closed."""
        import asyncpg

        args: list[Any] = []
        where = filter_sql(flt, args)
        match = match_sql(query, args) if query is not None else None
        if match is not None:
            sql = _NEWEST_MATCHES_FIRST.format(match=match, where=where)
        else:
            sql = _OLDEST_FIRST.format(where=where)
        async with (
            self._conn.pool.acquire() as reader,
            reader.transaction(isolation="repeatable_read", readonly=True),
        ):
            await reader.execute(_NO_JIT)
            try:
                cursor = await reader.cursor(sql, *args)
            except asyncpg.DataError as e:
                # The words are bound, never spliced; a term PostgreSQL's parser still refuses.
                text = query.text if query else ""
                raise InputError(f"cannot search for {text!r}: {e}") from None
            while records := await cursor.fetch(BATCH):
                yield [export_row(r) for r in records]

    async def iter_posts(self, flt: ExportFilter) -> AsyncIterator[ExportRow]:
        """Every post matching ``flt``, oldest first, streamed from a server-side cursor."""
        batches = self._batches(flt)
        try:
            async for batch in batches:
                for row in batch:
                    yield row
        finally:
            await batches.aclose()

    async def iter_matches(self, query: SearchQuery) -> AsyncIterator[ExportRow]:
        """Every post matching the words and filters of ``query``, copies included, newest
        first: see :meth:`.readers.Readers.iter_matches`."""
        _needs_words(query)
        batches = self._batches(ExportFilter.of(query), query)
        try:
            async for batch in batches:
                for row in batch:
                    yield row
        finally:
            await batches.aclose()

    def read_posts(self, flt: ExportFilter) -> Generator[ExportRow, None, None]:
        """Every post matching ``flt``, oldest first, for a worker thread (as
        :meth:`.readers.Readers.read_posts`): blocking, a batch per hop to the event loop."""
        with closing(self._blocking(self._batches(flt))) as batches:
            for batch in batches:
                yield from batch

    def read_export_lines(
        self, flt: ExportFilter, fmt: str
    ) -> Generator[tuple[int, bytes], None, None]:
        """The posts matching ``flt`` as ``fmt`` (``jsonl`` or ``csv``, without the CSV
        header) in UTF-8, oldest first: (posts, lines) a batch at a time, for a worker thread,
        as :meth:`.readers.Readers.read_export_lines` gives them, byte for byte."""
        with closing(self._blocking(self._batches(flt))) as batches:
            for batch in batches:
                yield len(batch), format_lines(batch, fmt)

    def read_match_lines(
        self, query: SearchQuery, fmt: str
    ) -> Generator[tuple[int, bytes], None, None]:
        """:meth:`iter_matches`' posts as ``fmt`` lines, for a worker thread: see
        :meth:`.readers.Readers.read_match_lines`."""
        _needs_words(query)
        batches = self._batches(ExportFilter.of(query), query)
        with closing(self._blocking(batches)) as blocking:
            for batch in blocking:
                yield len(batch), format_lines(batch, fmt)

    def _blocking(self, batches: AsyncGenerator[_T, None]) -> Generator[_T, None, None]:
        """Step ``batches`` on the store's event loop from this (worker) thread; close it
        there however the iteration ends.

        The caller closes this in its thread (``read_posts``'s ``closing``), so the reading
        connection goes back to the pool before the store closes it. Left to the garbage
        collector instead, the close might run on the loop's own thread, which must not wait
        for itself: there it is only scheduled.
        """
        loop = self._loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            # Waiting here for the loop this thread runs would never return.
            raise RuntimeError("a blocking reader of the store runs in a worker thread")

        async def step() -> tuple[bool, _T | None]:
            async for item in batches:
                return True, item
            return False, None

        try:
            while True:
                more, item = asyncio.run_coroutine_threadsafe(step(), loop).result()
                if not more:
                    return
                yield item  # type: ignore[misc]
        finally:
            if not loop.is_closed():
                closed = asyncio.run_coroutine_threadsafe(batches.aclose(), loop)
                if threading.get_ident() != self._loop_thread:
                    closed.result()

    async def count_posts(self, flt: ExportFilter) -> int:
        args: list[Any] = []
        sql = _COUNT_POSTS.format(where=filter_sql(flt, args))
        return int((await self._conn.read_one(sql, args))[0])

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

    # -- digests ---------------------------------------------------------------------------------

    async def digest_rows(
        self, tags: Sequence[str], *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` with any of ``tags``, plus their copies (and originals)
        in the window, oldest first: see :meth:`.readers.Readers.digest_rows`."""
        keys = list(dict.fromkeys(tag_key(t) for t in tags))
        if not keys:
            return []
        args: list[Any] = [keys, ts(since), ts(until)]
        return await self._stories_in_window(_TAGGED_ROOTS, args, since, until, None)

    async def digest_query_rows(
        self, query: SearchQuery | None, *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` matching a saved search (every post with ``None``), plus
        their copies and originals in the window: see
        :meth:`.readers.Readers.digest_query_rows`."""
        start = max(since, query.since) if query and query.since else since
        end = min(until, query.until) if query and query.until else until
        if start >= end:
            return []
        args: list[Any] = []
        where = filter_sql(
            ExportFilter(
                tags=query.tags if query else (),
                sources=query.sources if query else (),
                since=start,
                until=end,
                include_duplicates=True,
                cased=query.cased if query else (),
                named=query.named if query else (),
            ),
            args,
        )
        match = match_sql(query, args) if query is not None else None
        if match is not None:
            hit = _MATCHING_ROOTS.format(match=match, where=where)
        else:
            hit = _FILTERED_ROOTS.format(where=where)
        return await self._stories_in_window(hit, args, since, until, query)

    async def _stories_in_window(
        self,
        hit: str,
        args: list[Any],
        since: datetime,
        until: datetime,
        query: SearchQuery | None,
    ) -> list[ExportRow]:
        """Every post of ``[since, until)`` whose story ``hit`` selects (a query of roots,
        its parameters in ``args``)."""
        import asyncpg

        args.extend((ts(since), ts(until)))
        sql = _STORIES_IN_WINDOW.format(hit=hit, since=f"${len(args) - 1}", until=f"${len(args)}")
        try:
            rows = await self._conn.read_all(sql, args)
        except asyncpg.DataError as e:
            # The words are bound, never spliced; a term PostgreSQL's parser still refuses.
            text = query.text if query else ""
            raise InputError(f"cannot search for {text!r}: {e}") from None
        return [export_row(r) for r in rows]


def _needs_words(query: SearchQuery) -> None:
    if query.match is None:
        raise ValueError("a search's export reads words; filters alone: read_export_lines")
