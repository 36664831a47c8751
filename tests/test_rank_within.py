"""Best match first among the newest N matches (Store.rank_from, `serve --rank-within`):
exactly the ranking of those matches, said on the page, and every match when they are fewer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from conftest import ingest, make_post
from web_archive import SUMMITS, seed, serve

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store, search

# The store's ranking (store/search.py), written out: BM25 with the title twice, times the
# length prior (squared), then newest first.
RANKING = (
    "SELECT posts.id FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
    " WHERE posts_fts MATCH ? AND posts.duplicate_of IS NULL {}"
    " ORDER BY bm25(posts_fts, 2.0, 1.0, 1.0)"
    " * (1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0))"
    " * (1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0)),"
    " posts.published_at DESC, posts.id DESC"
)
TAGGED = "AND posts.id IN (SELECT post_id FROM post_tags JOIN tags ON tags.id = tag_id"


async def seed_harbours(store: Store, count: int) -> None:
    """``count`` posts over March 2024 matching "harbour" in three shapes, every fourth
    tagged #SCO, of lengths that vary."""
    words = ("harbour", "harbour harbour forum", "forum on the harbour and the port")
    await ingest(
        store,
        *(
            make_post(
                n,
                f"{words[n % 3]} item {n} {'#SCO' if n % 4 == 0 else ''}" + " filler" * (n % 5),
                day=1 + n % 28,
            )
            for n in range(1, count + 1)
        ),
    )


async def test_ranking_within_the_newest_matches_is_their_whole_ranking(store: Store) -> None:
    await seed_harbours(store, 60)
    match = parse_query("harbour").match
    with sqlite3.connect(store.path) as db:
        newest = [i for (i,) in db.execute(
            "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC", (match,)
        )]  # fmt: skip
        tagged = [i for (i,) in db.execute(
            RANKING.format(f"{TAGGED} WHERE key = 'sco')"), (match,)
        )]  # fmt: skip
        for within in (1, 7, 25):
            start = await store.rank_from(parse_query("harbour"), within)
            assert start == newest[within - 1]
            expected = [
                i for (i,) in db.execute(RANKING.format("AND posts.id >= ?"), (match, start))
            ]
            for limit, offset in ((20, 0), (5, 3)):
                page = await store.search(
                    parse_query("harbour"), limit=limit, offset=offset, by_rank=True,
                    rank_from=start,
                )  # fmt: skip
                assert [h.row.id for h in page] == expected[offset : offset + limit], within
        # A prefix: the bound found through its words spelled out is the prefix's own
        prefix = parse_query("harb* OR forum")
        native = [i for (i,) in db.execute(
            "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC",
            (prefix.match,),
        )]  # fmt: skip
        assert await store.rank_from(prefix, 7) == native[6]
        # A filter: the bound is of the words' matches; the filter then passes some of them
        start = await store.rank_from(parse_query("harbour tag:SCO"), 20)
        assert start == newest[19]
        page = await store.search(
            parse_query("harbour tag:SCO"), limit=20, by_rank=True, rank_from=start
        )
        assert [h.row.id for h in page] == [i for i in tagged if i >= start]
        assert 0 < len(page) < len(tagged)
        tagged_query = parse_query("harbour tag:SCO")
        assert await store.passing_from(tagged_query, start, len(page))
        assert not await store.passing_from(tagged_query, start, len(page) + 1)
    # No more matches than N: nothing to bound, every match is ranked
    assert await store.rank_from(parse_query("harbour"), len(newest)) is None
    assert await store.rank_from(parse_query("tag:SCO"), 1) is None  # no words: no ranking


def test_the_page_says_when_it_ranked_the_newest_matches_alone(tmp_path: Path) -> None:
    db = seed(tmp_path / "archive.db")
    with serve(db, "--rank-within", "5") as s:
        few = httpx.get(s.url + "/", params={"q": "summit", "order": "rank"}, timeout=30)
        newest = httpx.get(s.url + "/", params={"q": "summit"}, timeout=30)
        all_of_them = httpx.get(s.url + "/", params={"q": "ceasefire", "order": "rank"}, timeout=30)
        # The newest 5 summit posts are of 23-27 March: a filter passing none of them ranks
        # every match instead of showing an empty page
        early = {"q": "summit", "order": "rank", "since": "2024-03-01", "until": "2024-03-05"}
        filtered = httpx.get(s.url + "/", params=early, timeout=30)
        # 1-10 March pass none of the newest 5 either, but hold 10: the newest 5 of those
        ten = {**early, "until": "2024-03-10"}
        newest_passing = httpx.get(s.url + "/", params=ten, timeout=30)
    assert few.status_code == newest.status_code == all_of_them.status_code == 200
    assert "Best match among the 5 most recently archived posts that match" in few.text
    assert 'href="?q=summit">see every match newest first</a>' in few.text
    assert few.text.count('class="hit"') == 5  # the 5 newest of the 27 summit posts
    assert newest.text.count('class="hit"') == 20 and "most recently archived" not in newest.text
    assert "most recently archived" not in all_of_them.text  # fewer matches than 5: all ranked
    assert filtered.status_code == 200 and "most recently archived" not in filtered.text
    assert filtered.text.count('class="hit"') == 5  # 1-5 March, each a summit post
    assert "Best match among the 5 most recent posts that match (by date)" in newest_passing.text
    assert newest_passing.text.count('class="hit"') == 5
    for day in range(6, 11):  # 6-10 March: the newest 5 of the 10 that pass
        assert f"round {day - 1}:" in newest_passing.text
    assert "round 4:" not in newest_passing.text
    with serve(db) as s:  # the default (2,000) ranks every one of a small archive's matches
        every = httpx.get(s.url + "/", params={"q": "summit", "order": "rank"}, timeout=30)
    assert "most recently archived" not in every.text
    assert every.text.count('class="hit"') == 20 and SUMMITS > 20


async def test_the_newest_matches_that_pass_a_filter_are_ranked_exactly(store: Store) -> None:
    # A filter that few of the newest matches pass (web.routes ranks these instead of every
    # match): the page is the store's whole ranking, written out in SQL, of those alone.
    await ingest(
        store,
        *(
            make_post(n, f"harbour item {n} {'#SCO' if n % 5 == 0 else ''}" + " filler" * (n % 7))
            for n in range(1, 61)
        ),
    )
    query = parse_query("harbour tag:SCO")
    among = await store.newest_passing(query, 4)
    assert len(among) == 4
    with sqlite3.connect(store.path) as db:
        tagged = [i for (i,) in db.execute(
            RANKING.format(f"{TAGGED} WHERE key = 'sco')"), (query.match,)
        )]  # fmt: skip
    page = await store.search(query, limit=20, by_rank=True, rank_among=among)
    assert [h.row.id for h in page] == [i for i in tagged if i in among]


async def test_a_filtered_ranking_is_the_same_scored_after_the_filter_or_by_fts5s_sort(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few matches are joined and filtered before BM25 scores them (one count of each
    phrase over the index), many are handed over best first by FTS5's own sort: the same
    page either way, for a tag, dates, and both."""
    await seed_harbours(store, 80)
    texts = (
        "harbour tag:SCO",
        "harbour since:2024-03-05 until:2024-03-20",
        "harbour forum tag:SCO since:2024-03-03",
    )

    async def pages() -> list[list[int]]:
        found = []
        for text in texts:
            for limit, offset in ((20, 0), (5, 3)):
                page = await store.search(
                    parse_query(text), limit=limit, offset=offset, by_rank=True
                )
                found.append([h.row.id for h in page])
        return found

    few = await pages()
    monkeypatch.setattr(search, "_FEW_MATCHES", 1)  # every span holds "many"
    many = await pages()
    assert few == many
    assert all(few)
