"""Readers of committed posts: exports (rows and SQL-formatted lines; a search's every match),
digests and statistics.

Every method reads on the reading connection (or a blocking read-only one of its own, for an
export's worker thread), so it sees only committed posts. The SQL is in the constants below.

SQLite-only, and what a sibling (``readers_pg.py``) would replace: the export lines SQLite
formats itself (``printf``, ``json_quote``, ``json_each``, ``group_concat``), the
``CROSS JOIN`` that fixes SQLite's join order, and ``PRAGMA page_count`` for the file size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Generator, Sequence
from datetime import datetime
from typing import Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.connection import MAX_VARS, Connection, marks
from tg_archiver.archive.store.records import ExportFilter, Stats, parse_ts, ts
from tg_archiver.archive.store.rows import (
    ROW_COLUMNS,
    ROW_COLUMNS_TAG_IDS,
    TAG_SEP,
    export_row,
    filter_sql,
    oldest_first,
)
from tg_archiver.archive.tags import tag_key

_TAG_NAMES = "SELECT id, name FROM tags"
_COUNT_POSTS = (
    "SELECT count(*) FROM posts JOIN sources ON sources.id = posts.source_id WHERE 1 {where}"
)
# post_history: the superseded versions (post_versions) and the current one (posts).
_POST_VERSIONS = (
    "SELECT version, clean_text, edited_at FROM post_history WHERE post_id = ? ORDER BY version"
)
# All time: count the tag index and leave the (few) copies out.
_TOP_TAGS = (
    "SELECT tags.name, count(*) AS n FROM post_tags"
    " JOIN tags ON tags.id = post_tags.tag_id"
    " WHERE post_tags.post_id NOT IN"
    " (SELECT id FROM posts WHERE duplicate_of IS NOT NULL)"
    " GROUP BY post_tags.tag_id ORDER BY n DESC, tags.name LIMIT ?"
)
# A window: walk the window's posts by date, then their tags.
_TOP_TAGS_SINCE = (
    "SELECT tags.name, count(*) AS n FROM posts"
    " CROSS JOIN post_tags ON post_tags.post_id = posts.id"  # SQLite-only: CROSS: posts first
    " JOIN tags ON tags.id = post_tags.tag_id"
    " WHERE posts.published_at >= ? AND posts.duplicate_of IS NULL"
    " GROUP BY post_tags.tag_id ORDER BY n DESC, tags.name LIMIT ?"
)
# One question a query, so each is answered from an index, not a scan of the posts.
_POST_COUNTS = (
    "SELECT (SELECT count(*) FROM posts),"
    " (SELECT count(*) FROM posts WHERE duplicate_of IS NOT NULL),"
    " (SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL),"
    " (SELECT min(published_at) FROM posts), (SELECT max(published_at) FROM posts)"
)
_SOURCES_BY_KIND = "SELECT kind, count(*) FROM sources GROUP BY kind"
_COUNT_TAGS = "SELECT count(*) FROM tags"
# Every post's current version, and the superseded ones (migration 0014): counted from the
# two tables' smallest indexes, not through the post_history view's per-post look-ups.
_COUNT_VERSIONS = "SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM post_versions)"
_PAGE_COUNT = "PRAGMA page_count"  # SQLite-only (pg_database_size elsewhere)
_PAGE_SIZE = "PRAGMA page_size"  # SQLite-only
# CROSS JOIN (SQLite-only: fixes the join order): walk the window's posts (by date) and look
# up their tags, not every post of a tag (half the archive for a big topic) checked against
# the window.
_TAGGED_ROOTS = (
    "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root"
    " FROM posts CROSS JOIN post_tags ON post_tags.post_id = posts.id"
    " JOIN tags ON tags.id = post_tags.tag_id"
    " WHERE tags.key IN ({keys})"
    " AND posts.published_at >= ? AND posts.published_at < ?"
)
# SQLite-only: FTS5 MATCH.
_MATCHING_ROOTS = (
    "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root FROM posts_fts"
    " JOIN posts ON posts.id = posts_fts.rowid"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE posts_fts MATCH ? {where}"
)
_FILTERED_ROOTS = (
    "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root FROM posts"
    " JOIN sources ON sources.id = posts.source_id WHERE 1 {where}"
)
_STORIES_IN_WINDOW = (
    "WITH hit AS ({hit})"
    f" SELECT {ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.published_at >= ? AND posts.published_at < ?"
    " AND coalesce(posts.duplicate_of, posts.id) IN (SELECT root FROM hit)"
    " ORDER BY posts.published_at, posts.id"
)

# Export lines formatted by SQLite, byte for byte what archive.export writes from ExportRow
# (see Readers.read_export_lines). The times are stored as the export writes them ("...Z",
# seconds); the media as the JSON list the export writes (rows.media_json, the one writer). One
# printf per line: a tenth faster than as many || as there are fields.
# SQLite-only: printf, json_quote, json_extract, json_each, group_concat, char().
_EXPORT_SOURCE_TITLE = "coalesce(nullif(sources.title, ''), sources.username)"
# archive.export.export_url: the stored url, else t.me/<username>/<id>, else t.me/c/<id>/<id>.
_EXPORT_URL = """CASE WHEN posts.url IS NOT NULL OR sources.kind <> 'telegram' THEN posts.url
    WHEN sources.username <> '' THEN 'https://t.me/' || sources.username || '/' || posts.external_id
    WHEN sources.key GLOB '[0-9]*' AND sources.key NOT GLOB '*[^0-9]*'
    AND posts.external_id GLOB '[0-9]*' AND posts.external_id NOT GLOB '*[^0-9]*'
    THEN 'https://t.me/c/' || sources.key || '/' || posts.external_id END"""

_JSONL_LINE = f"""printf(
    '{{"id": %d, "source": %s, "source_kind": %s, "source_title": %s, "external_id": %s,'
    || ' "url": %s, "title": %s, "published_at": %s, "date_source": %s, "edited_at": %s,'
    || ' "forwarded_from": %s,'
    || ' "text": %s, "tags": [%s], "duplicate_of": %s, "media": %s}}' || char(10),
    posts.id, json_quote(sources.key), json_quote(sources.kind),
    json_quote({_EXPORT_SOURCE_TITLE}), json_quote(posts.external_id),
    json_quote({_EXPORT_URL}), json_quote(posts.title),
    json_quote(posts.published_at), json_quote(posts.date_source), json_quote(posts.edited_at),
    json_quote(posts.forwarded_from),
    json_quote(posts.clean_text),
    coalesce((SELECT group_concat(json_quote(tags.name), ', ') FROM post_tags
        JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id = posts.id), ''),
    json_quote(posts.duplicate_of), coalesce(nullif(posts.media, ''), '[]')
)"""


def _csv_cell(value: str, raw: bool = False) -> str:
    """SQL for one CSV cell as Python's csv module writes it (excel dialect, minimal quoting):
    quoted, with quotes doubled, when it holds a comma, a quote or a line break; null empty.
    Unless ``raw``, a text a spreadsheet would read as a formula after a ``'``, as
    :func:`archive.export.csv_text` writes it (the ``'`` changes nothing of the quoting)."""
    plain = f"coalesce({value}, '')"
    if raw:
        mark, unquoted = "", plain
    else:
        formula = _formula(value)
        mark = f"CASE WHEN {formula} THEN '''' ELSE '' END || "
        unquoted = f"CASE WHEN {formula} THEN '''' || {plain} ELSE {plain} END"
    return (
        f"CASE WHEN instr({value}, ',') OR instr({value}, '\"') OR instr({value}, char(10))"
        f" OR instr({value}, char(13)) THEN '\"' || {mark}replace({value}, '\"', '\"\"') || '\"'"
        f" ELSE {unquoted} END"
    )


def _formula(value: str) -> str:
    """SQL of :func:`archive.export.csv_text`'s test: a cell opening with = + - @, a tab or a
    carriage return, but a plain signed number (``[+-][0-9.]+``). One ``unicode`` a cell, and
    the text copied only when marked: marking every cell (``'' || text``) and quoting that
    made a CSV export of 20k posts take 1.9x raw's CPU."""
    first = f"unicode({value})"  # the first character's code: = @ tab CR, then + -
    return (
        f"({first} IN (61, 64, 9, 13) OR ({first} IN (43, 45)"
        f" AND (length({value}) = 1 OR substr({value}, 2) GLOB '*[^0-9.]*')))"
    )


_MEDIA_ITEM = (
    "json_extract(value, '$.kind')"
    " || coalesce(':' || nullif(json_extract(value, '$.file_name'), ''), '')"
)


# Cells that never open with a formula's character (a source's kind, ISO times; the media
# cell's "kind:name") are written the same with the check or without: SQL skips it there.
_NO_FORMULA = frozenset({"sources.kind", "posts.published_at", "posts.edited_at"})


# The tags and media cells are quoted inside their own SELECT, where SQLite computes the
# group_concat once however often the quoting names it.


def _csv_cells(raw: bool) -> list[str]:
    return [
        "posts.id",  # integers need no quoting
        *(
            _csv_cell(column, raw or column in _NO_FORMULA)
            for column in (
                "sources.key",
                "sources.kind",
                _EXPORT_SOURCE_TITLE,
                "posts.external_id",
                _EXPORT_URL,
                "posts.title",
                "posts.published_at",
                "posts.edited_at",
                "posts.forwarded_from",
                "posts.clean_text",
            )
        ),
        "coalesce((SELECT "
        + _csv_cell("group_concat(tags.name, ';')", raw)
        + " FROM post_tags JOIN tags ON tags.id = post_tags.tag_id"
        " WHERE post_tags.post_id = posts.id), '')",
        "coalesce(posts.duplicate_of, '')",
        "coalesce((SELECT "
        + _csv_cell(f"group_concat({_MEDIA_ITEM}, ';')", raw=True)  # "kind:name": no formula
        + " FROM json_each(nullif(posts.media, ''))), '')",
    ]


def _csv_line(raw: bool) -> str:
    cells = _csv_cells(raw)
    return (
        "printf('"
        + ",".join(["%s"] * len(cells))
        + "' || char(13, 10),\n    "
        + ",\n    ".join(cells)
        + "\n)"
    )


EXPORT_LINE_FORMATS = {
    "jsonl": _JSONL_LINE,
    "csv": _csv_line(raw=False),
    "csv-raw": _csv_line(raw=True),  # archive.export.CSV_RAW
}
_EXPORT_BATCH = 1000

# A search's export: every match, newest first, in one statement that streams. The posts are
# walked newest first through the date index (``posts_by_published``, whose entries end in the
# id: the search's order, so nothing is sorted) and each is kept when its id is among the
# matches, which FTS5 lists once, before the first row. ``+`` keeps the id check off the
# primary key (otherwise SQLite looks each match up and sorts them all by date before the
# first row: at 100k posts a common word's 30,000 took 3.2 s to the first line, against
# 0.15 s this way, and the sort held every line); CROSS JOIN keeps posts the outer loop
# against a source filter; the filter is checked per post (filter_sql's per_row). A file
# capped at a size stops reading once it is over (1.4 s for 50 MB of that word's lines).
# SQLite-only: FTS5 MATCH, CROSS JOIN and unary + as the planner's hints.
_NEWEST_MATCHES_FIRST = (
    "SELECT {columns} FROM posts CROSS JOIN sources ON sources.id = posts.source_id"
    " WHERE +posts.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?) {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC"
)


class Readers:
    """Exports, digests and statistics, on the reading connection of ``conn``."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def iter_posts(self, flt: ExportFilter) -> AsyncIterator[ExportRow]:
        """Every post matching ``flt``, oldest first, streamed from a cursor."""
        where, params = filter_sql(flt)
        async with self._conn.reader.execute(oldest_first(ROW_COLUMNS, where), params) as cursor:
            cursor.arraysize = 1000
            while rows := await cursor.fetchmany(1000):
                for r in rows:
                    yield export_row(r)

    async def iter_matches(self, query: SearchQuery) -> AsyncIterator[ExportRow]:
        """Every post matching the words and filters of ``query``, copies included, newest
        first (a search's export), streamed from one cursor (see ``_NEWEST_MATCHES_FIRST``).
        Filters alone are :meth:`iter_posts`' (oldest first)."""
        sql, params = _newest_matches_first(ROW_COLUMNS, query)
        try:
            async with self._conn.reader.execute(sql, params) as cursor:
                cursor.arraysize = _EXPORT_BATCH
                while rows := await cursor.fetchmany(_EXPORT_BATCH):
                    for r in rows:
                        yield export_row(r)
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text!r}: {e}") from None

    def read_posts(self, flt: ExportFilter) -> Generator[ExportRow, None, None]:
        """Every post matching ``flt``, oldest first, read *blocking* on a read-only connection
        of its own: for a worker thread that writes an export.

        The thread reads, builds and writes each batch of rows itself, with no hop to the event
        loop or to aiosqlite's thread, and no other thread waiting on the GIL after each row
        SQLite steps through: this is what lets an export stream at tens of thousands of posts
        a second. It sees the archive as last committed when the iteration starts.
        """
        where, params = filter_sql(flt)
        # Tags come as ids, named from the (small) tags table read once: the join per tag
        # would be a third of the query's time.
        sql = oldest_first(ROW_COLUMNS_TAG_IDS, where)
        conn = self._conn.blocking_reader()
        try:
            conn.execute("BEGIN")  # one snapshot for the tag names and the posts
            names = dict(conn.execute(_TAG_NAMES).fetchall())
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(1000):
                for r in rows:
                    tag_ids = r[12]
                    tags = (
                        TAG_SEP.join([names[int(i)] for i in tag_ids.split(",")])
                        if tag_ids
                        else None
                    )
                    yield export_row((*r[:12], tags, *r[13:]))
        finally:
            conn.close()

    def read_export_lines(
        self, flt: ExportFilter, fmt: str
    ) -> Generator[tuple[int, bytes], None, None]:
        """The posts matching ``flt`` as ``fmt`` (:data:`EXPORT_LINE_FORMATS`: ``jsonl`` or
        ``csv``, without the CSV header) in UTF-8, oldest first: (posts, lines) a batch at a
        time, read *blocking* on a read-only connection of its own, as :meth:`read_posts`.

        SQLite formats each line itself (``json_quote`` escapes as Python's json module does
        with ``ensure_ascii=False``), and the lines stay bytes from the database to the file:
        no row object, no decoding and encoding again. That is what takes an export past
        50,000 posts a second. The lines are byte for byte what
        :func:`archive.export.write_jsonl` and :func:`archive.export.write_csv` write from
        :meth:`read_posts`; tests/test_export_lines.py pins that.
        """
        line = EXPORT_LINE_FORMATS[fmt]
        where, params = filter_sql(flt)
        sql = oldest_first(f"CAST({line} AS BLOB)", where)
        conn = self._conn.blocking_reader()
        try:
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(_EXPORT_BATCH):
                yield len(rows), utf8(b"".join([r[0] for r in rows]))
        finally:
            conn.close()

    def read_match_lines(
        self, query: SearchQuery, fmt: str
    ) -> Generator[tuple[int, bytes], None, None]:
        """The posts :meth:`iter_matches` gives, newest first, as :meth:`read_export_lines`
        gives its lines: formatted by SQLite, a batch at a time, read *blocking* on a
        read-only connection of its own (for a worker thread)."""
        sql, params = _newest_matches_first(f"CAST({EXPORT_LINE_FORMATS[fmt]} AS BLOB)", query)
        conn = self._conn.blocking_reader()
        try:
            try:
                cursor = conn.execute(sql, params)
            except sqlite3.OperationalError as e:
                raise InputError(f"cannot search for {query.text!r}: {e}") from None
            while rows := cursor.fetchmany(_EXPORT_BATCH):
                yield len(rows), utf8(b"".join([r[0] for r in rows]))
        finally:
            conn.close()

    async def count_posts(self, flt: ExportFilter) -> int:
        where, params = filter_sql(flt)
        row = await self._conn.read_one(_COUNT_POSTS.format(where=where), params)
        return int(row[0]) if row else 0

    async def post_versions(self, post_id: int) -> list[tuple[int, str, str | None]]:
        """(version, clean text, edited_at) of a post, oldest first."""
        rows = await self._conn.read_all(_POST_VERSIONS, (post_id,))
        return [(int(v), t, e) for v, t, e in rows]

    async def top_tags(
        self, *, limit: int = 20, since: datetime | None = None
    ) -> list[tuple[str, int]]:
        """Most used tags over posts that are not copies, most used first."""
        if since is None:
            rows = await self._conn.read_all(_TOP_TAGS, (limit,))
        else:
            rows = await self._conn.read_all(_TOP_TAGS_SINCE, (ts(since), limit))
        return [(name, int(n)) for name, n in rows]

    async def stats(self) -> Stats:
        row = await self._conn.read_one(_POST_COUNTS)
        assert row is not None
        posts, dups, deleted, first, last = row
        by_kind = dict(await self._conn.read_all(_SOURCES_BY_KIND))
        tags = await self._conn.read_one(_COUNT_TAGS)
        versions = await self._conn.read_one(_COUNT_VERSIONS)
        pages = await self._conn.read_one(_PAGE_COUNT)
        size = await self._conn.read_one(_PAGE_SIZE)
        return Stats(
            posts=int(posts),
            duplicates=int(dups),
            versions=int(versions[0]) if versions else 0,
            deleted=int(deleted),
            sources={str(k): int(v) for k, v in by_kind.items()},
            tags=int(tags[0]) if tags else 0,
            first_post=parse_ts(first) if first else None,
            last_post=parse_ts(last) if last else None,
            database_bytes=int(pages[0]) * int(size[0]) if pages and size else 0,
        )

    # -- digests ---------------------------------------------------------------------------------

    async def digest_rows(
        self, tags: Sequence[str], *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` with any of ``tags``, plus their copies in the window.

        Copies (duplicates, linked forwards) come along even untagged, and an original in the
        window comes along when only a copy has the tag; digest composition folds them into one
        story. Oldest first.
        """
        keys = list(dict.fromkeys(tag_key(t) for t in tags))[:MAX_VARS]
        if not keys:
            return []
        hit = _TAGGED_ROOTS.format(keys=marks(keys))
        return await self._stories_in_window(hit, (*keys, ts(since), ts(until)), since, until)

    async def digest_query_rows(
        self, query: SearchQuery | None, *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` matching a saved search (every post with ``None``), plus
        their copies and originals in the window, as :meth:`digest_rows` gives them."""
        start = max(since, query.since) if query and query.since else since
        end = min(until, query.until) if query and query.until else until
        if start >= end:
            return []
        where, params = filter_sql(
            ExportFilter(
                tags=query.tags if query else (),
                sources=query.sources if query else (),
                since=start,
                until=end,
                include_duplicates=True,
                cased=query.cased if query else (),
                named=query.named if query else (),
            )
        )
        if query is not None and query.match is not None:
            hit = _MATCHING_ROOTS.format(where=where)
            hit_params: Sequence[Any] = [query.match, *params]
        else:
            hit = _FILTERED_ROOTS.format(where=where)
            hit_params = params
        try:
            return await self._stories_in_window(hit, hit_params, since, until)
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text if query else ''!r}: {e}") from None

    async def _stories_in_window(
        self, hit: str, hit_params: Sequence[Any], since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Every post of ``[since, until)`` whose story (original or copy) ``hit`` selects:
        ``hit`` is a query of story roots (``coalesce(duplicate_of, id) AS root``)."""
        sql = _STORIES_IN_WINDOW.format(hit=hit)
        rows = await self._conn.read_all(sql, (*hit_params, ts(since), ts(until)))
        return [export_row(r) for r in rows]


def _newest_matches_first(columns: str, query: SearchQuery) -> tuple[str, list[Any]]:
    """The SQL and parameters of ``_NEWEST_MATCHES_FIRST`` for ``query`` (copies included)."""
    if query.match is None:
        raise ValueError("a search's export reads words; filters alone: read_export_lines")
    where, params = filter_sql(ExportFilter.of(query), per_row=True)
    return _NEWEST_MATCHES_FIRST.format(columns=columns, where=where), [query.match, *params]


def utf8(lines: bytes) -> bytes:
    """``lines`` as they are when they are UTF-8 (checked in C, at memory speed), else with
    each byte that is not shown as U+FFFD, as :func:`.connection.text_of` shows it: a title
    another program wrote into the archive must not make an export that is no UTF-8 (no JSON
    reader took it)."""
    try:
        lines.decode("utf-8")
    except UnicodeDecodeError:
        return lines.decode("utf-8", "replace").encode("utf-8")
    return lines
