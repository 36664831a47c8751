"""Best first among the newest N matches (``Store.rank_from``, ``passing_from``,
``newest_passing``; ``serve --rank-within``) on both engines (the ``engine_store``
fixture: a SQLite file, a real PostgreSQL database): the bound is the Nth newest match by id
(as archived), and the ranked page from it is exactly the engine's whole ranking of those
matches. SQLite's own SQL checks are in tests/test_rank_within.py."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


async def every_match(store: Store, text: str, *, ranked: bool) -> list[int]:
    """The ids of every match of ``text``: newest archived first (by id, copies included),
    or the engine's whole ranking (copies left out)."""
    hits = await store.search(
        parse_query(text), limit=1000, by_rank=ranked, include_duplicates=not ranked
    )
    ids = [h.row.id for h in hits]
    return ids if ranked else sorted(ids, reverse=True)


async def test_ranking_within_the_newest_matches_is_their_whole_ranking(
    engine_store: Store,
) -> None:
    store = engine_store
    words = ("harbour", "harbour harbour forum", "forum on the harbour and the port")
    await ingest(
        store,
        *(
            make_post(
                n,
                f"{words[n % 3]} item {n} {'#SCO' if n % 4 == 0 else ''}" + " filler" * (n % 5),
                day=1 + n % 28,
            )
            for n in range(1, 61)
        ),
    )
    newest = await every_match(store, "harbour", ranked=False)
    ranking = await every_match(store, "harbour", ranked=True)
    tagged = await every_match(store, "harbour tag:SCO", ranked=True)
    assert len(newest) == 60 and 0 < len(tagged) < 60
    for within in (1, 7, 25):
        start = await store.rank_from(parse_query("harbour"), within)
        assert start == newest[within - 1]
        expected = [i for i in ranking if i >= start]
        for limit, offset in ((20, 0), (5, 3)):
            page = await store.search(
                parse_query("harbour"), limit=limit, offset=offset, by_rank=True, rank_from=start
            )
            assert [h.row.id for h in page] == expected[offset : offset + limit], within
    # A prefix and an OR: the bound is of their matches
    either = await every_match(store, "harb* OR forum", ranked=False)
    assert await store.rank_from(parse_query("harb* OR forum"), 7) == either[6]
    # A filter: the bound is of the words' matches; the filter then passes some of them
    query = parse_query("harbour tag:SCO")
    start = await store.rank_from(query, 20)
    assert start == newest[19]
    page = await store.search(query, limit=20, by_rank=True, rank_from=start)
    assert [h.row.id for h in page] == [i for i in tagged if i >= start]
    assert 0 < len(page) < len(tagged)
    assert await store.passing_from(query, start, len(page))
    assert not await store.passing_from(query, start, len(page) + 1)
    # No more matches than N: nothing to bound, every match is ranked
    assert await store.rank_from(parse_query("harbour"), len(newest)) is None
    assert await store.rank_from(parse_query("tag:SCO"), 1) is None  # no words: no ranking


async def test_the_newest_matches_that_pass_a_filter_are_ranked_exactly(
    engine_store: Store,
) -> None:
    # A filter that few of the newest archived matches pass (a date range in the past): the
    # web ranks the newest that pass instead (newest by date, whatever the ids' order).
    store = engine_store
    await ingest(
        store,
        *(
            make_post(
                n,
                f"harbour item {n} {'#SCO' if n % 5 == 0 else ''}" + " filler" * (n % 7),
                day=1 + (n * 11) % 28,  # dates out of the ids' order
            )
            for n in range(1, 61)
        ),
    )
    query = parse_query("harbour tag:SCO")
    passing = [h.row.id for h in await store.search(query, limit=1000)]  # newest first by date
    tagged = await every_match(store, "harbour tag:SCO", ranked=True)
    assert len(passing) >= 6 and passing != sorted(passing, reverse=True)
    among = await store.newest_passing(query, 4)
    assert among == passing[:4]
    page = await store.search(query, limit=20, by_rank=True, rank_among=among)
    assert [h.row.id for h in page] == [i for i in tagged if i in among]
    assert len(page) == 4
    paged = await store.search(query, limit=2, offset=1, by_rank=True, rank_among=among)
    assert [h.row.id for h in paged] == [h.row.id for h in page][1:3]
    # A date range: its newest passing matches, ranked among themselves
    dated = parse_query("harbour since:2024-03-05 until:2024-03-20")
    in_range = [h.row.id for h in await store.search(dated, limit=1000)]
    assert 3 < len(in_range) < 60
    assert await store.newest_passing(dated, 3) == in_range[:3]
    ranked = await every_match(store, "harbour since:2024-03-05 until:2024-03-20", ranked=True)
    page = await store.search(dated, by_rank=True, rank_among=in_range[:3])
    assert [h.row.id for h in page] == [i for i in ranked if i in in_range[:3]]
    # No more pass than N: all of them, and ranking them is the whole ranking
    assert await store.newest_passing(query, 1000) == passing
    page = await store.search(query, limit=100, by_rank=True, rank_among=passing)
    assert [h.row.id for h in page] == tagged
    # Nothing to rank
    assert await store.search(query, by_rank=True, rank_among=[]) == []
    assert await store.newest_passing(parse_query("tag:SCO"), 1) == []  # no words
