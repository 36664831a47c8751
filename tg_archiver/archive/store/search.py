"""Search: newest-first windows, ranked pages, scores and the passage of each hit.

Posts are found through the FTS5 index ``posts_fts`` (migrations/0003, 0008): newest first by
default, best first by relevance with ``by_rank``. What each method does to stay fast on a
large archive is in its docstring; the SQL is in the constants below.

SQLite-only, and what a sibling (``search_pg.py``, over ``tsvector``/``ts_rank``) would
replace: the FTS5 ``MATCH`` syntax the query parser emits, ``bm25()``, the ``fts5vocab``
word list that spells out prefixes, and the ``rowid`` ranges of the newest-first windows.
The filters, the row shape (:mod:`.rows`) and the passages (:mod:`archive.snippets`) stay.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.snippets import passage
from tg_archiver.archive.store.connection import Connection, Statement, marks
from tg_archiver.archive.store.corrections import ArchiveWords, ListedWords, corrected
from tg_archiver.archive.store.index_writes import not_indexed
from tg_archiver.archive.store.records import (
    SNIPPET_END,
    SNIPPET_START,
    ExportFilter,
    SearchHit,
    ts,
)
from tg_archiver.archive.store.rows import ROW_COLUMNS, export_row, filter_sql
from tg_archiver.archive.store.search_flow import SearchFlow
from tg_archiver.archive.store.words import HAS_LIST, LISTED, WORDS_OF_PREFIX, last_token

# Relevance: BM25 over the title (weighing twice), the clean text and the word forms
# (migrations/0008): a post holding the exact word matches in two columns, one holding
# another form of it in one, so the exact form ranks first. BM25 normalises by length so
# strongly that a one-line mention of the words beats the full statement about them; the
# length prior undoes that: the square of a saturating curve (1 + 2 * len / (len + 300):
# 1 for an empty post, 2 at 300 characters, towards 3), so 1.7 for a 50-character line, 6
# for an 800-character statement, never more than 9 however long the post. The curve alone
# (up to 3) left the one-liner first in a third of the queries of a second labelled set
# written apart from tests/search_corpus.py (39 of 55 first; 51 with the square; the first
# set: 58 of 58 either way). BM25 is negative (lower is better), so the product is too.
# SQLite-only: bm25() of FTS5 (ts_rank_cd in PostgreSQL).
_BM25 = "bm25(posts_fts, 2.0, 1.0, 1.0)"
# chars: length(posts.clean_text), stored as posts.clean_length (migration 0028)
_SATURATING_LENGTH = "(1.0 + 2.0 * chars / (chars + 300.0))"
_LENGTH_PRIOR = f"({_SATURATING_LENGTH} * {_SATURATING_LENGTH})"
_SCORE = f"{_BM25} * {_LENGTH_PRIOR}"
# The best k by BM25 (a CTE ``ranked``: id, score) re-ranked with the length prior, a page of
# them. Each post's length is read once, in a subquery that ``OFFSET 0`` keeps SQLite from
# flattening into the outer query (which put length() into the prior four times: counting
# the characters of 256 posts' texts four times was a fifth of a ranked search). The length
# is stored (posts.clean_length, migration 0028): counting it here, even once, was a tenth
# of a rare term's ranked statement (session 42).
# {joins}: joined after posts (and filtering) where the CTE did not filter already.
_RERANKED_PAGE = (
    f" SELECT id, score * {_LENGTH_PRIOR} AS score FROM ("
    "SELECT ranked.id AS id, ranked.score AS score, posts.clean_length AS chars,"
    " posts.published_at AS published_at FROM ranked JOIN posts ON posts.id = ranked.id"
    " {joins} LIMIT -1 OFFSET 0)"
    " ORDER BY score, published_at DESC, id DESC LIMIT ? OFFSET ?"
)
# Matches ranked by BM25 alone and then re-ranked with the length prior, when no filter
# makes the store rank every match (see Search._ranked_page).
_RERANKED = 256

# The first and the largest window of the newest posts searched before a search sorts every
# match by date; those between are sized by the matches the one before found.
_NEWEST_WINDOWS = (1000, 16000)
# Past a window that did not fill the page, sorting every match by date beats the next window
# only for fewer matches than the window's posts over this: sorting reads each match's post (a
# page each, anywhere in the file), where the window reads its posts' index entries in order,
# 4 to 7 times cheaper each as the archive grows (at 100k: 805 matches sorted in 4.5 ms, a
# 3,750-post window searched in 4.8; at 1M: 6,720 sorted in 50 ms, 16,000 posts in 17).
_WINDOW_POSTS_PER_MATCH = 6
_MAX_RUNS = 32  # id ranges the FTS index is asked about per window (see _id_runs)
_RUN_GAP = 64  # a narrower gap costs less to read through than another FTS lookup
_MAX_SPELLED = 64
_NO_UPPER_BOUND = "9999-12-31T23:59:59Z"
# SQLite-only: an FTS5 string, a prefix term when a `*` follows it. Every string is read, left
# to right, so a string's closing quote is never taken for the opening one of the next: looking
# for prefix terms alone read `"…")) AND ("*since"` as the prefix `)) AND (` and spelled out
# SQL FTS5 refused ('Лавров *since': fts5: syntax error near "").
_FTS_STRING = lazy_re.compile(r'"((?:[^"]|"")*)"(\*?)')

# Newest first without search words: the first 200 characters stand for the passage.
_NEWEST_POSTS = (
    f"SELECT {ROW_COLUMNS}, substr(posts.clean_text, 1, 200) AS snippet"
    " FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE 1 {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT ? OFFSET ?"
)
_ROWS_OF_IDS = (
    f"SELECT {ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.id IN ({ids})"
)
# SQLite-only: FTS5 MATCH over a rowid range.
_MATCHES_IN_RUN = "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid BETWEEN ? AND ?"
_RECENT_MATCHES = (
    "SELECT posts.id FROM ({matches}) AS m"
    " JOIN posts ON posts.id = m.rowid JOIN sources ON sources.id = posts.source_id"
    " WHERE (posts.published_at, posts.id) >= (?, ?) {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT ? OFFSET ?"
)
# SQLite-only: FTS5 MATCH, bm25.
_RANKED_RAW = (
    f"WITH ranked AS (SELECT rowid AS id, {_BM25} AS score"
    " FROM posts_fts WHERE posts_fts MATCH ? AND rowid >= ? ORDER BY score, rowid LIMIT ?)"
    + _RERANKED_PAGE.format(joins="JOIN sources ON sources.id = posts.source_id WHERE 1 {where}")
)
# FTS5 hands the matches over best first (its own sort by ``rank``, here BM25 with the same
# weights), so the join reads posts only until k of them pass the filter: for a common word
# and a tag, a few thousand posts instead of every match's (at 1M, 550,000).
_RANK_FUNCTION = "bm25(2.0, 1.0, 1.0)"  # _BM25's weights, as FTS5's rank takes them
_RANKED_FILTERED = (
    "WITH ranked AS (SELECT posts.id AS id, posts_fts.rank AS score"
    " FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
    " JOIN sources ON sources.id = posts.source_id"
    f" WHERE posts_fts MATCH ? AND posts_fts.rank MATCH '{_RANK_FUNCTION}'"
    " AND posts_fts.rowid BETWEEN ? AND ? {where}"
    " ORDER BY posts_fts.rank LIMIT ?)" + _RERANKED_PAGE.format(joins="")
)
# The same for a few thousand matches (the newest N: see Search.rank_from): each is joined
# and filtered first, and BM25 scores only those that pass, in one statement. FTS5's own
# sort by rank (above) runs a statement of its own inside, and BM25 counts each phrase's
# posts in the whole index in both (at 1M, `cooperation tag:BRICS` among the newest 2,000
# matches: 94 ms that way, 50 this way, 40 of them the counts; the same page).
_RANKED_FEW = (
    f"WITH ranked AS (SELECT posts.id AS id, {_BM25} AS score"
    " FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE posts_fts MATCH ? AND posts_fts.rowid BETWEEN ? AND ? {where}"
    " ORDER BY score, posts.id LIMIT ?)" + _RERANKED_PAGE.format(joins="")
)
# Matches in a span of ids that make it "a few" for _RANKED_FEW: joining each with its post
# costs a few microseconds, the second count of every phrase tens of milliseconds.
_FEW_MATCHES = 8_000
# Given matches alone (the newest that pass a filter: see Search.newest_passing), ranked in
# one pass of FTS5 over their ids' span: BM25 counts each phrase's posts once per pass, so
# ``rowid IN (...)``, which FTS5 answers one lookup (and one count) per id, would cost the
# count 2,000 times; the unary ``+`` keeps the list out of FTS5's hands, a check on its rows.
_RANKED_AMONG = (
    f"WITH ranked AS (SELECT rowid AS id, {_BM25} AS score FROM posts_fts"
    " WHERE posts_fts MATCH ? AND rowid BETWEEN ? AND ?"
    " AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY score, rowid LIMIT ?)"
    + _RERANKED_PAGE.format(joins="")
)
# Ids of a page of every match passing a filter, newest first.
_EVERY_MATCH = (
    "SELECT posts.id, NULL AS score"
    " FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE posts_fts MATCH ? {where}"
    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT ? OFFSET ?"
)
_COUNT_MATCHES = (
    "SELECT count(*) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?"
    " AND rowid BETWEEN ? AND ? LIMIT ?)"
)
# The newest N matches (in the order they were archived: ids grow as posts are stored) run
# from the first of the two rows at offset N - 1; a second row says there are more.
# SQLite-only: FTS5 MATCH, rowid order.
_NTH_NEWEST_MATCH = (
    "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT 2 OFFSET ?"
)
# How many (up to a limit) of the matches from an id on pass a filter; no score computed.
_PASSING_FROM = (
    "SELECT count(*) FROM (SELECT posts.id FROM posts_fts"
    " JOIN posts ON posts.id = posts_fts.rowid JOIN sources ON sources.id = posts.source_id"
    " WHERE posts_fts MATCH ? AND posts_fts.rowid >= ? {where} LIMIT ?)"
)
# The ids a date range's posts fall between: in an archive stored in date order (a live
# archive; exports imported together, merged by date), a small part of every id, so FTS5
# ranks only the matches in it; read from the date index alone.
_IDS_OF_DATES = "SELECT min(id), max(id) FROM posts WHERE published_at >= ? AND published_at < ?"
_LAST_ID = 2**63 - 1
# The newest N posts of a date range, by (published_at, id) as search orders them.
_NEWEST_WINDOW = """
SELECT id, published_at FROM posts WHERE published_at >= ? AND published_at < ?
ORDER BY published_at DESC, id DESC LIMIT ?
"""
# The index's words, to spell out prefix terms (see Search.spelled_out); in the reader's
# temp schema, so the archive's schema does not change.
# Per column, so that the word forms' column (stems, not words) is left out.
# SQLite-only: fts5vocab.
TERMS_TABLE = "CREATE VIRTUAL TABLE temp.posts_fts_words USING fts5vocab(main, posts_fts, col)"
_TERMS_OF_PREFIX = (
    "SELECT DISTINCT term FROM temp.posts_fts_words"
    " WHERE term >= ? AND term < ? AND col != 'search_stems' LIMIT ?"
)
# The reading connection's page cache, 16 MiB (SQLite's default is 2 MiB, 125 pages of 16 KiB):
# a ranked search reads the rows of its best 256 matches (see Search._ranked_page), a page
# each, and searching again, or the next page, finds them here instead of reading them from
# the file again. SQLite-only: a pragma; the cache grows only as pages are read.
READER_CACHE = "PRAGMA cache_size = -16384"
READER_SETUP = (TERMS_TABLE, READER_CACHE)  # run once on the reading connection (Connection.open)


@dataclass(frozen=True, slots=True)
class _Page:
    """Which page of the matches: a filter (:func:`.rows.filter_sql`'s SQL and parameters)
    and the page's size and start."""

    where: str
    params: list[Any]
    limit: int
    offset: int
    from_id: int = 0  # only matches from this id on are ranked (see Search.rank_from)
    # The same filter checked post by post (filter_sql's per_row; the same parameters): for
    # the few candidates of a window of newest posts or matches.
    where_per_row: str = ""
    dates: tuple[str, str] | None = None  # a date filter's bounds (since, until), as stored
    among: Sequence[int] | None = None  # only these matches are ranked (see Search.search)

    @property
    def windowed_where(self) -> str:
        return self.where_per_row or self.where


class Search(SearchFlow):
    """The archive's search, on the reading connection of ``conn``."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._has_words = False  # the archive has the word list (see _words_listed)

    async def _archive_words(self) -> ArchiveWords | None:
        return ListedWords(self._conn) if await self._words_listed() else None

    async def corrected(self, query: SearchQuery) -> SearchQuery | None:
        """``query`` with its misspelt words corrected (store/corrections.py), None when no
        word is: for a list of a search's posts read otherwise than by :meth:`search` (which
        corrects by itself), and only when ``query`` found nothing."""
        if query.match is None or not await self._words_listed():
            return None
        return await corrected(ListedWords(self._conn), query)

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
        flt = ExportFilter.of(query, include_duplicates=include_duplicates)
        where, params = filter_sql(flt)
        per_row, _ = filter_sql(flt, per_row=True)
        try:
            if query.match is None:
                sql = _NEWEST_POSTS.format(where=where)
                rows = await self._conn.read_all(sql, (*params, limit, offset))
            else:
                # Two steps: pick the page's ids cheaply, then build rows and snippets for
                # those alone; snippet() and the tag lists are too dear for every match.
                # A prefix is spelled out for ranking too: as typed, FTS5 merges the lists of
                # all its words into one on every lookup, however few matches are ranked (at
                # 1M, `secur*` among the newest 2,000 matches: 108 ms as typed, 23 spelled
                # out); BM25 then weighs each word by its own rarity, as for an OR typed out.
                match = await self.spelled_out(query.match)
                scores: dict[int, float] = {}
                if by_rank:  # the page's ids and their posts' rows, read together
                    dates = None
                    if query.since or query.until:
                        dates = _date_bounds(query.since, query.until)
                    scores, found_rows = await self._ranked_page(
                        match,
                        _Page(
                            where,
                            params,
                            limit,
                            offset,
                            rank_from or 0,
                            per_row,
                            dates=dates,
                            among=rank_among,
                        ),
                        selective=bool(query.tags or query.sources or query.since or query.until),
                    )
                    ids = list(scores)
                else:
                    ids = await self._newest_page(
                        match,
                        _Page(where, params, limit, offset, where_per_row=per_row),
                        query.since,
                        query.until,
                    )
                    if with_scores and ids:
                        scores = await self._scores(match, ids)
                    found_rows = await self._conn.read_all(*_rows_of(ids))
                found = {r[0]: r for r in found_rows}
                rows = [found[i] for i in ids if i in found]
        except sqlite3.OperationalError as e:
            # The query parser only produces valid FTS5, so this is a safety net, not a path.
            raise InputError(f"cannot search for {query.text!r}: {e}") from None
        if query.match is None:
            return [SearchHit(row=export_row(r[:-1]), snippet=r[-1] or "") for r in rows]
        return [_hit(export_row(r), scores.get(r[0]), query) for r in rows]

    async def not_searchable(self) -> int:
        """Posts no search finds yet: those not yet indexed again after the index's word
        forms' analyser changed (archive/store/index_writes.py keep_forms_current)."""
        return await not_indexed(self._conn)

    async def rank_from(self, query: SearchQuery, within: int) -> int | None:
        """The id from which the newest ``within`` posts matching the words of ``query`` run
        (copies included, filters not applied: no post is read), when more match; None when
        no more do.

        Ranking reads every match (BM25 counts each word's occurrences in each): for a common
        word at a million posts, over a second, and so does the bare ``ORDER BY rank``. A
        caller that must answer at once (the web page) ranks the newest matches alone,
        passing this to :meth:`search`, and says so. Newest in the order they were
        archived: ids grow as posts are stored (a backfill or an old export imported late
        counts as new here). Finding the bound reads the newest ``within`` matches' ids from
        the index, not their scores. The filters of ``query`` then pass some of those: a
        caller whose page they leave short ranks every match instead (see web.routes)."""
        if query.match is None or within < 1:
            return None
        try:
            # Spelled out: the same matches, without FTS5 merging a prefix's every word.
            match = await self.spelled_out(query.match)
            rows = await self._conn.read_all(_NTH_NEWEST_MATCH, (match, within - 1))
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text!r}: {e}") from None
        return int(rows[0][0]) if len(rows) == 2 else None

    async def newest_passing(self, query: SearchQuery, within: int) -> list[int]:
        """Ids of the newest ``within`` matches of ``query`` that pass its filters (copies left
        out), newest first by date as :meth:`search` orders them; all of them when fewer pass.

        For a filter passing few of the newest archived matches (a date range in the past),
        the web page ranks these (``search(rank_among=...)``) instead of every match that
        passes. Found as a newest-first page is, through windows of the date range's newest
        posts (see :meth:`_newest_page`): at 1M posts, imported one channel after another,
        March 2024's newest 2,000 matches of a common word in 16 ms, where reading the newest
        archived matches until 2,000 passed took 130 and ranking every match 750."""
        if query.match is None or within < 1:
            return []
        flt = ExportFilter.of(query, include_duplicates=False)
        where, params = filter_sql(flt)
        per_row, _ = filter_sql(flt, per_row=True)
        page = _Page(where, params, within, 0, where_per_row=per_row)
        try:
            match = await self.spelled_out(query.match)  # the same matches (see rank_from)
            return await self._newest_page(match, page, query.since, query.until)
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text!r}: {e}") from None

    async def passing_from(self, query: SearchQuery, start: int, at_least: int) -> bool:
        """Whether ``at_least`` of the matches of ``query`` from id ``start`` on (see
        :meth:`rank_from`) pass its filters (copies left out). Reads their posts until that
        many pass, all of them when fewer do, and scores none."""
        if query.match is None:
            return False
        # Per row: a window of matches is checked (see filter_sql).
        where, params = filter_sql(ExportFilter.of(query, include_duplicates=False), per_row=True)
        sql = _PASSING_FROM.format(where=where)
        try:
            match = await self.spelled_out(query.match)  # the same matches (see rank_from)
            row = await self._conn.read_one(sql, (match, start, *params, at_least))
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text!r}: {e}") from None
        return int(row[0]) >= at_least

    async def _scores(self, match: str, ids: Sequence[int]) -> dict[int, float]:
        """The relevance score (see ``_SCORE``; higher is better) of each of ``ids``."""
        scores, _ = await self._among(match, ids, len(ids), len(ids), 0, _no_rows)
        return scores

    async def _among(
        self,
        match: str,
        ids: Sequence[int],
        k: int,
        limit: int,
        offset: int,
        rows: Callable[[list[Any]], Statement | None],
    ) -> tuple[dict[int, float], list[Any]]:
        """The page of ``ids`` (matches of ``match``) best first, with their scores: the best
        ``k`` by BM25 re-ranked with the length prior (see ``_RANKED_AMONG``); and the rows
        ``rows`` reads of them (see Connection.read_all_and)."""
        if not ids:
            return {}, []
        span = (min(ids), max(ids), json.dumps(list(ids)))
        params = (match, *span, k, limit, offset)
        found, posts = await self._conn.read_all_and(_RANKED_AMONG, params, rows)
        return _scored(found), posts

    async def spelled_out(self, match: str) -> str:
        """``match`` with each prefix term (``"secur"*``) replaced by the OR of the words of the
        index it stands for (``("secure" OR "security")``): the same posts match, with the same
        words highlighted.

        Without a prefix index FTS5 merges the lists of every such word on each lookup, and the
        newest-first search looks up several id ranges. The words come from the index's word
        list (:mod:`.words`: a range read), for a prefix whose last word that module folds
        itself (Latin letters without diacritics, Cyrillic, digits); from ``fts5vocab`` while
        the list is being filled, for ASCII prefixes alone. Others, and prefixes of too many
        words, stay as typed.
        """
        out: list[str] = []
        done = 0
        listed: bool | None = None
        for m in _FTS_STRING.finditer(match):
            if not m.group(2):
                continue  # a string, not a prefix term
            if listed is None:
                listed = await self._words_listed()
            found = await self._words_of(m.group(1).replace('""', '"'), listed)
            if found is None:
                continue
            words, terms = found
            phrases = (" ".join([*words, term]).replace('"', '""') for term in terms)
            out += [match[done : m.start()], "(", " OR ".join(f'"{p}"' for p in phrases), ")"]
            done = m.end()
        return "".join(out) + match[done:]

    async def _words_of(self, body: str, listed: bool) -> tuple[list[str], list[str]] | None:
        """The words before the last of the prefix phrase ``body``, and the index's words the
        last one starts (at most ``_MAX_SPELLED``); None when it is not spelled out."""
        if listed and (split := last_token(body)) is not None:
            words, stem = split
            sql = WORDS_OF_PREFIX
        elif body.isascii() and (found := re.findall(r"[a-z0-9]+", body.lower())):
            words, stem = found[:-1], found[-1]
            sql = _TERMS_OF_PREFIX
        else:
            return None
        rows = await self._conn.read_all(sql, (stem, _after(stem), _MAX_SPELLED + 1))
        if not rows or len(rows) > _MAX_SPELLED:
            return None
        return words, [term for (term,) in rows]

    async def _words_listed(self) -> bool:
        """Whether the index's word list (:mod:`.words`) holds every word of the index now:
        the archive has it, and no post waits to be listed."""
        if not self._has_words:
            row = await self._conn.read_one(HAS_LIST)
            self._has_words = bool(row and row[0])  # once there, never dropped
            if not self._has_words:
                return False
        row = await self._conn.read_one(LISTED)
        return bool(row and row[0])

    async def _newest_page(
        self, match: str, page: _Page, since: datetime | None, until: datetime | None
    ) -> list[int]:
        """Ids of the page of matches, newest first.

        Sorting every match by date costs time in proportion to the matches: for a common word
        in a large archive, seconds. So first only a window of the newest posts of the date
        range is searched, by date whatever the order of their ids (a backfill stores the newest
        posts first, an old export can be imported after new posts): their ids, sorted, fall in
        a few runs, and the FTS index is asked for its matches in each run's id range alone
        (asking it about every id apart costs more than reading a run's matches). If that fills
        the page, it is the answer: every other match is older than the whole window. Otherwise
        the window grows to what the matches it held say the page needs (a rare word: at 1M,
        4,000 posts instead of 16,000), unless the matches are few (``_WINDOW_POSTS_PER_MATCH``):
        then, as past the largest window, all matches are sorted by date.
        """
        where, params, limit, offset = page.where, page.params, page.limit, page.offset
        bounds = _date_bounds(since, until)
        first, largest = _NEWEST_WINDOWS
        size = first
        while True:
            scan = max(size, 4 * (offset + limit))
            window = await self._conn.read_all(_NEWEST_WINDOW, (*bounds, scan))
            if not window:
                return []
            ranges = _id_runs(sorted(i for i, _ in window), _MAX_RUNS)
            matches = " UNION ALL ".join(_MATCHES_IN_RUN for _ in ranges)
            recent = _RECENT_MATCHES.format(matches=matches, where=page.windowed_where)
            last_id, last_at = window[-1]
            args = [a for low, high in ranges for a in (match, low, high)]
            ids = [
                i
                for (i,) in await self._conn.read_all(
                    recent, (*args, last_at, last_id, *params, limit, offset)
                )
            ]
            if len(ids) == limit or len(window) < scan:  # a full page, or every post was seen
                return ids
            if scan >= largest:
                break
            # The next window: as many posts as the matches found here say the page needs
            # (half as many again, for their spread), the largest when none were found.
            size = largest
            if ids:
                size = min(largest, int(scan * (offset + limit) / (offset + len(ids)) * 1.5) + 1)
            # Few matches in all: sorting them is cheaper than the next window.
            few = size // _WINDOW_POSTS_PER_MATCH
            row = await self._conn.read_one(_COUNT_MATCHES, (match, 0, _LAST_ID, few))
            if int(row[0]) < few:
                break
        every = _EVERY_MATCH.format(where=where)
        return [i for i, _ in await self._conn.read_all(every, (match, *params, limit, offset))]

    async def _ranked_page(
        self, match: str, page: _Page, *, selective: bool
    ) -> tuple[dict[int, float], list[Any]]:
        """The page of matches, best first, with their scores (see ``_SCORE``; higher is
        better; equal scores newest first), and their posts' rows (:data:`ROW_COLUMNS`, in
        no order), read in the same round trip as the page's ids (a hand-over between
        threads less; on a busy machine each can wait for a core).

        Without a filter (copies left out only), the FTS index ranks its matches alone by BM25,
        keeping the best ``k``; only those are joined with posts, filtered and re-ranked with
        the length prior (a long statement far down BM25's list is not reached: a compromise
        for speed). That fills the page at once and costs less than ranking every match
        joined with its post. A tag, date or source filter may pass any share of the matches,
        and each round of a growing ``k`` costs nearly a raw ranking (measured at 1M: two
        rounds for `tag:BRICS` took twice the raw query), so then FTS5 hands its matches over
        best first by BM25 (its own sort by ``rank``, as the raw query does) and they are
        joined and filtered until ``k`` pass; those are re-ranked with the length prior. A few
        thousand matches (the newest N, or a short span of ids) are joined and filtered
        first and only those that pass are scored (``_RANKED_FEW``).
        Given matches (``page.among``, which passed the filters) are ranked alone, in one
        pass over their ids' span (``_RANKED_AMONG``).
        """
        where, params, limit, offset = page.where, page.params, page.limit, page.offset
        k = max(_RERANKED, 4 * (offset + limit))
        if page.among is not None:  # given matches alone, which passed the filters
            return await self._among(match, page.among, k, limit, offset, _rows_of_found)
        if page.from_id:  # the newest matches alone: a few thousand candidates
            where = page.windowed_where
        while not selective:
            sql = _RANKED_RAW.format(where=where)
            args = (match, page.from_id, k, *params, limit, offset)
            found, rows = await self._conn.read_all_and(sql, args, _rows_of_found)
            if len(found) == limit:
                return _scored(found), rows
            row = await self._conn.read_one(_COUNT_MATCHES, (match, page.from_id, _LAST_ID, k))
            if int(row[0]) < k:  # every match was ranked: this is all there is
                return _scored(found), rows
            k *= 8
        # The length prior reads each candidate's post (a look-up in posts): it is applied to
        # the best k of the filtered matches by BM25 alone, as above.
        low, high = page.from_id, _LAST_ID
        if page.dates is not None:
            row = await self._conn.read_one(_IDS_OF_DATES, page.dates)
            if row is None or row[0] is None:
                return {}, []  # no post in the dates
            low, high = max(low, int(row[0])), int(row[1])
        few = bool(page.from_id)  # the newest N matches: a few thousand
        if not few:
            row = await self._conn.read_one(_COUNT_MATCHES, (match, low, high, _FEW_MATCHES))
            few = int(row[0]) < _FEW_MATCHES
        sql = (_RANKED_FEW if few else _RANKED_FILTERED).format(where=where)
        args = (match, low, high, *params, k, limit, offset)
        found, rows = await self._conn.read_all_and(sql, args, _rows_of_found)
        return _scored(found), rows


def _scored(found: list[Any]) -> dict[int, float]:
    """A ranked page's ids and scores (ours: higher is better) from its rows (id, BM25 times
    the prior: lower is better)."""
    return {i: -float(score) for i, score in found}


def _rows_of(ids: Sequence[int]) -> Statement:
    """The statement reading the posts' rows (:data:`ROW_COLUMNS`) of ``ids``."""
    return _ROWS_OF_IDS.format(ids=marks(ids)), list(ids)


def _rows_of_found(found: list[Any]) -> Statement | None:
    """The statement reading the posts of a ranked page's rows (id, score), if any."""
    return _rows_of([i for i, _ in found]) if found else None


def _no_rows(found: list[Any]) -> None:
    """No posts read with a ranked page's ids (its scores alone are wanted)."""
    return None


def _hit(row: ExportRow, score: float | None, query: SearchQuery) -> SearchHit:
    """A search result, its passage cut from the post's own text (archive/snippets.py)."""
    snip = passage(row.text, query.forms, query.prefixes, SNIPPET_START, SNIPPET_END)
    if SNIPPET_START not in snip and row.title:
        snip = passage(row.title, query.forms, query.prefixes, SNIPPET_START, SNIPPET_END)
    return SearchHit(row=row, snippet=snip, score=score)


def _date_bounds(since: datetime | None, until: datetime | None) -> tuple[str, str]:
    """A date filter as stored dates: posts published at or after the first, before the
    second (open ends as the earliest and the latest)."""
    return (ts(since) if since else "", ts(until) if until else _NO_UPPER_BOUND)


def _after(prefix: str) -> str:
    """The first string after every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _id_runs(ids: Sequence[int], most: int) -> list[tuple[int, int]]:
    """At most ``most`` id ranges covering the sorted ``ids``, split at their widest gaps.

    Posts stored in date order give one run; an archive filled by several imports, backfills
    and live posts gives one run per batch; any other order still gives ranges that cover
    every id (wider ones, so a search reads more matches, and the answer is the same).
    """
    gaps = sorted(range(1, len(ids)), key=lambda k: ids[k] - ids[k - 1], reverse=True)
    cuts = sorted(k for k in gaps[: most - 1] if ids[k] - ids[k - 1] > _RUN_GAP)
    starts = [0, *cuts]
    ends = [*cuts, len(ids)]
    return [(ids[a], ids[b - 1]) for a, b in zip(starts, ends, strict=True)]
