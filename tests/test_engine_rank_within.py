"""Best first among the newest N matches (``Store.rank_from``, ``passing_from``,
``rank_from_passing``; ``serve --rank-within``) on both engines (the ``engine_store``
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
    store = engine_store
    await ingest(
        store,
        *(
            make_post(n, f"harbour item {n} {'#SCO' if n % 5 == 0 else ''}" + " filler" * (n % 7))
            for n in range(1, 61)
        ),
    )
    query = parse_query("harbour tag:SCO")
    words = await every_match(store, "harbour", ranked=False)
    passing = sorted((h.row.id for h in await store.search(query, limit=1000)), reverse=True)
    tagged = await every_match(store, "harbour tag:SCO", ranked=True)
    assert len(passing) >= 6
    start = await store.rank_from_passing(query, 4, len(words))
    assert start == passing[3]
    page = await store.search(query, limit=20, by_rank=True, rank_from=start)
    assert [h.row.id for h in page] == [i for i in tagged if i >= start]
    assert len(page) == 4
    # Looked for among the newest `scan` matches alone: a 5th that passes must be there, to
    # tell that more than 4 pass
    scan = words.index(passing[4]) + 1
    assert await store.rank_from_passing(query, 4, scan) == start
    assert await store.rank_from_passing(query, 4, scan - 1) is None
    # No more pass than N: nothing to bound, every match is ranked
    assert await store.rank_from_passing(query, len(passing), len(words)) is None
    assert await store.rank_from_passing(parse_query("tag:SCO"), 1, 10) is None
