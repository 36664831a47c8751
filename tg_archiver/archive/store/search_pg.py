"""Search on PostgreSQL: newest first or best first over the ``tsvector`` indexes.

The sibling of :mod:`.search`, answering the same call with the same rows
(:mod:`.rows_pg`'s columns, decoded by :func:`.rows.export_row`). A post matches and is
ranked through ``search_words`` (the project's words and word forms, migrations/postgresql/0002;
:func:`.query_pg.words_tsquery_sql`), so a search finds the posts SQLite's finds; its passage
is cut with its own language's configuration (``posts.search_config``, ``search_vector``).

- Newest first: the matches passing the filters, ordered by ``(published_at, id)``
  descending (the ``posts_by_published`` index), a page at a time: by offset for
  :meth:`PgSearch.search` (the store's call), by keyset for the web's pages
  (:meth:`PgSearch.newest_page`: from the ``(published_at, id)`` of the page next to it, so
  a deep page costs what the first does).
- Best first among the newest N matches (``serve --rank-within``): as SQLite's
  :meth:`.search.Search.rank_from`, the id from which the newest N matches run (in the
  order they were archived: ids), and the ranking of the matches from that id on alone, so
  a common word's page does not score every match; :meth:`PgSearch.passing_from` and
  :meth:`PgSearch.newest_passing` for a filter that passes few of those, as on SQLite.
- Best first: one ``ts_rank_cd`` per lookup of each term, summed (:func:`.query_pg.rank_sql`:
  as typed, in another spelling, in another form, as SQLite's BM25 sums its phrases), with
  SQLite's column weights (title words 1.0, text words 0.5) and the word forms at 0.1.
  Times the same length prior as SQLite's (1 for an empty post, 2 at 300 characters,
  towards 3), so that a full statement outranks a one-line mention of the same words.
  ``ts_rank_cd`` is asked for no length normalisation of its own: the prior is the one
  length term, as on SQLite. Equal scores newest first.
- Passages: ``ts_headline`` over the post's clean text (its title when the text holds none of
  the words), the matched words between :data:`~.records.SNIPPET_START` and
  :data:`~.records.SNIPPET_END` as SQLite's passages carry them, rather than a literal
  ``<b>``: the CLI turns them into bold on a terminal, the web page into ``<mark>``, each
  escaping the text around them (a post's own ``<b>`` stays text). The passage is
  PostgreSQL's choice of fragment, not :mod:`archive.snippets`'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.corrections import ArchiveWords, corrected
from tg_archiver.archive.store.corrections_pg import VectorWords
from tg_archiver.archive.store.query_pg import (
    rank_sql,
    tsqueries_sql,
    tsquery_of_post,
    words_tsquery_sql,
)
from tg_archiver.archive.store.records import (
    SNIPPET_END,
    SNIPPET_START,
    ExportFilter,
    Hits,
    SearchHit,
)
from tg_archiver.archive.store.rows import export_row
from tg_archiver.archive.store.rows_pg import ROW_COLUMNS, filter_sql, tag_ids_of
from tg_archiver.archive.store.search_flow import SearchFlow

# SQLite squares this curve to undo BM25's strong length normalisation; ts_rank_cd with flag 0
# does none, so once is the same correction here.
_LENGTH_PRIOR = "(1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0))"
# {rank}: the query's relevance over search_words (query_pg.rank_sql), times the prior.
_SCORE = "{rank} * " + _LENGTH_PRIOR
_HEADLINE_OPTIONS = (
    f'StartSel="{SNIPPET_START}", StopSel="{SNIPPET_END}",'
    ' MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)
_FROM = "FROM posts JOIN sources ON sources.id = posts.source_id"
_NEWEST_POSTS = (
    f"SELECT {ROW_COLUMNS}, substr(posts.clean_text, 1, 200) {_FROM}"
    " WHERE true {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT {limit} OFFSET {offset}"
)
_NEWEST_MATCHES = (
    f"SELECT posts.id, NULL::float8 {_FROM} WHERE {{match}} {{where}}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT {limit} OFFSET {offset}"
)
_RANKED_MATCHES = (
    f"SELECT posts.id, {_SCORE} AS score {_FROM} WHERE {{match}} {{where}}"
    " ORDER BY score DESC, posts.published_at DESC, posts.id DESC"
    " LIMIT {limit} OFFSET {offset}"
)
# A page of matches newest first by keyset: older than the (published_at, id) of the last
# post shown, or the newer ones nearest to the first shown (read oldest first).
_OLDER_MATCHES = (
    f"SELECT posts.id {_FROM} WHERE {{match}} AND (posts.published_at, posts.id) < ({{key}})"
    " {where} ORDER BY posts.published_at DESC, posts.id DESC LIMIT {limit}"
)
_NEWER_MATCHES = (
    f"SELECT posts.id {_FROM} WHERE {{match}} AND (posts.published_at, posts.id) > ({{key}})"
    " {where} ORDER BY posts.published_at, posts.id LIMIT {limit}"
)
# The newest N matches by id (as archived; copies included, no filter): the first of the two
# rows at offset N - 1; a second row says there are more.
_NTH_NEWEST_MATCH = (
    "SELECT posts.id FROM posts WHERE {match} ORDER BY posts.id DESC LIMIT 2 OFFSET {offset}"
)
# How many (up to a limit) of the matches from an id on pass a filter; no score computed.
_PASSING_FROM = (
    f"SELECT count(*) FROM (SELECT posts.id {_FROM} WHERE {{match}} AND posts.id >= {{start}}"
    " {where} LIMIT {limit}) AS passing"
)
_ROWS_OF_IDS = (
    f"SELECT {ROW_COLUMNS}, {_SCORE} AS score,"
    " ts_headline(posts.search_config, posts.clean_text, {tsquery}, {options}),"
    " ts_headline(posts.search_config, coalesce(posts.title, ''), {tsquery}, {options})"
    f" {_FROM} WHERE posts.id = ANY({{ids}}::bigint[])"
)


class PgSearch(SearchFlow):
    """The archive's search on PostgreSQL, on ``conn``'s pool (committed posts only). Scores
    are dear on neither side here (a page's own rows only), so a ranked or newest-first page
    with ``with_scores`` carries them."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    async def not_searchable(self) -> int:
        """Always 0: a post's ``tsvector`` is a column of its row, written with it."""
        return 0

    async def _archive_words(self) -> ArchiveWords | None:
        return VectorWords(self._conn)

    async def corrected(self, query: SearchQuery) -> SearchQuery | None:
        """``query`` with its misspelt words corrected, None when no word is: see
        :meth:`.search.Search.corrected`."""
        if query.match is None:
            return None
        return await corrected(VectorWords(self._conn), query)

    async def _search(
        self,
        query: SearchQuery,
        *,
        limit: int,
        offset: int,
        by_rank: bool,
        include_duplicates: bool,
        with_scores: bool,
        rank_from: int | None,
        rank_among: Sequence[int] | None,
    ) -> list[SearchHit]:
        """The posts of :meth:`search`, ``query`` as it is."""
        args: list[Any] = []
        words = words_tsquery_sql(query, args)
        if words is None:
            where = await self._where(query, args, include_duplicates)
            page = _page(args, limit, offset)
            rows = await self._read(query, _NEWEST_POSTS.format(where=where, **page), args)
            return [SearchHit(row=export_row(r[:-1]), snippet=r[-1] or "") for r in rows]
        where = await self._where(query, args, include_duplicates)
        if by_rank and rank_from is not None:
            where += f" AND posts.id >= {_bind(args, rank_from)}"
        if by_rank and rank_among is not None:
            where += f" AND posts.id = ANY({_bind(args, list(rank_among))}::bigint[])"
        page = _page(args, limit, offset)
        match = f"posts.search_words @@ ({words})"
        if by_rank:
            rank = rank_sql(query, args) or "0"
            sql = _RANKED_MATCHES.format(match=match, where=where, rank=rank, **page)
        else:
            sql = _NEWEST_MATCHES.format(match=match, where=where, **page)
        found = await self._read(query, sql, args)
        return await self._hits(query, [int(i) for i, _ in found], by_rank or with_scores)

    async def newest_page(
        self,
        query: SearchQuery,
        *,
        limit: int,
        after: tuple[str, int] | None = None,
        before: tuple[str, int] | None = None,
    ) -> Hits:
        """Up to ``limit`` posts matching ``query`` (words and filters; copies left out),
        newest first: those just older than ``after`` or just newer than ``before`` (the
        ``(published_at, id)`` of the post at the edge of the page next to this one), or the
        newest. From the key on, whatever the depth: through the ``posts_by_published``
        index for a common word, the word's matches sorted for a rare one. None found: a
        misspelt word corrected, as :meth:`search` does (the hits' ``corrected``)."""
        key = after or before
        if key is None:
            return await self.search(query, limit=limit)
        hits = await self._newest_page(query, limit, after, before, key)
        if hits or (again := await self.corrected(query)) is None:
            return Hits(hits)
        hits = await self._newest_page(again, limit, after, before, key)
        return Hits(hits, again if hits else None)

    async def _newest_page(
        self,
        query: SearchQuery,
        limit: int,
        after: tuple[str, int] | None,
        before: tuple[str, int] | None,
        key: tuple[str, int],
    ) -> list[SearchHit]:
        """The posts of :meth:`newest_page` from ``key``, ``query`` as it is."""
        args: list[Any] = []
        words = words_tsquery_sql(query, args)
        if words is None:
            raise InputError("a page of posts by keyset reads words here (see archive.pages_pg)")
        edge = f"{_bind(args, key[0])}, {_bind(args, key[1])}"
        where = await self._where(query, args)
        template = _OLDER_MATCHES if before is None else _NEWER_MATCHES
        sql = template.format(
            match=f"posts.search_words @@ ({words})",
            key=edge,
            where=where,
            limit=_bind(args, limit),
        )
        ids = [int(i) for (i,) in await self._read(query, sql, args)]
        if before is not None and after is None:
            ids.reverse()  # read oldest first from the key: shown newest first
        return await self._hits(query, ids, False)

    async def rank_from(self, query: SearchQuery, within: int) -> int | None:
        """The id from which the newest ``within`` posts matching the words of ``query`` run
        (copies included, filters not applied), when more match; None when no more do. As
        :meth:`.search.Search.rank_from` (read it for why): ids in the order posts were
        archived. Reads the matches' ids, newest first, not their scores."""
        if query.match is None or within < 1:
            return None
        args: list[Any] = []
        words = words_tsquery_sql(query, args)
        sql = _NTH_NEWEST_MATCH.format(
            match=f"posts.search_words @@ ({words})", offset=_bind(args, within - 1)
        )
        rows = await self._read(query, sql, args)
        return int(rows[0][0]) if len(rows) == 2 else None

    async def newest_passing(self, query: SearchQuery, within: int) -> list[int]:
        """Ids of the newest ``within`` matches of ``query`` that pass its filters (copies left
        out), newest first by date; all of them when fewer pass: see
        :meth:`.search.Search.newest_passing`."""
        if query.match is None or within < 1:
            return []
        args: list[Any] = []
        words = words_tsquery_sql(query, args)
        where = await self._where(query, args)
        match = f"posts.search_words @@ ({words})"
        sql = _NEWEST_MATCHES.format(match=match, where=where, **_page(args, within, 0))
        return [int(i) for i, _ in await self._read(query, sql, args)]

    async def passing_from(self, query: SearchQuery, start: int, at_least: int) -> bool:
        """Whether ``at_least`` of the matches of ``query`` from id ``start`` on pass its
        filters (copies left out): reads them until that many pass, and scores none."""
        if query.match is None:
            return False
        args: list[Any] = []
        words = words_tsquery_sql(query, args)
        first = _bind(args, start)
        where = await self._where(query, args)
        sql = _PASSING_FROM.format(
            match=f"posts.search_words @@ ({words})",
            start=first,
            where=where,
            limit=_bind(args, at_least),
        )
        rows = await self._read(query, sql, args)
        return int(rows[0][0]) >= at_least

    async def _hits(self, query: SearchQuery, ids: list[int], keep_score: bool) -> list[SearchHit]:
        """The rows, scores and passages of the page's ``ids``, in their order: for these
        alone (``ts_headline`` is dear). Scored over ``search_words`` as matched; passages
        cut by each post's language."""
        if not ids:
            return []
        again: list[Any] = []
        rank = rank_sql(query, again) or "0"
        per_post = tsquery_of_post(tsqueries_sql(query, again) or {})
        again += [ids, _HEADLINE_OPTIONS]
        rows_sql = _ROWS_OF_IDS.format(
            rank=rank, tsquery=per_post, ids=f"${len(again) - 1}", options=f"${len(again)}"
        )
        by_id = {int(r[0]): r for r in await self._read(query, rows_sql, again)}
        hits = []
        for i in ids:
            r = by_id.get(i)
            if r is None:  # deleted between the two reads
                continue
            *columns, score, in_text, in_title = r
            # The title's passage when only the title holds the words, as on SQLite.
            in_title_only = SNIPPET_START not in in_text and SNIPPET_START in in_title
            snippet = in_title if in_title_only else in_text
            hits.append(
                SearchHit(
                    row=export_row(columns),
                    snippet=snippet,
                    score=float(score) if keep_score else None,
                )
            )
        return hits

    async def _where(
        self, query: SearchQuery, args: list[Any], include_duplicates: bool = False
    ) -> str:
        """``query``'s filters (:func:`.rows_pg.filter_sql`), its tags' ids bound."""
        flt = ExportFilter.of(query, include_duplicates=include_duplicates)
        return filter_sql(flt, args, await tag_ids_of(self._conn, flt))

    async def _read(self, query: SearchQuery, sql: str, args: list[Any]) -> list[Any]:
        import asyncpg

        try:
            return await self._conn.read_all(sql, args)
        except asyncpg.DataError as e:
            # The words are bound, never spliced; a term PostgreSQL's parser still refuses.
            raise InputError(f"cannot search for {query.text!r}: {e}") from None


def _page(args: list[Any], limit: int, offset: int) -> dict[str, str]:
    """The page's LIMIT and OFFSET, bound last."""
    args.extend((limit, offset))
    return {"limit": f"${len(args) - 1}", "offset": f"${len(args)}"}


def _bind(args: list[Any], value: Any) -> str:
    """``value`` as the next parameter."""
    args.append(value)
    return f"${len(args)}"
