"""The labelled search set (tests/search_corpus.py) through the real search: every expected
post found, none of the excluded ones, and the expected post first with ``--rank`` for at
least 90% of the queries. The figures are printed (``pytest -s``) so a change shows its effect."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import search_corpus_third
from conftest import TOPICS, ingest
from search_corpus import LEXEME_POSTS, LEXEME_QUERIES, Labelled
from search_corpus import POSTS as PARITY_POSTS
from search_corpus import QUERIES as PARITY_QUERIES

from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

RANKED_FIRST_AT_LEAST = 0.9
# The labelled set of both engines and the lexemes' (SQLite only so far: see search_corpus).
POSTS = {**PARITY_POSTS, **LEXEME_POSTS}
QUERIES = PARITY_QUERIES + LEXEME_QUERIES


def _source(name: str) -> SourceRef:
    return SourceRef(kind="telegram", key=str(1_700_000_000 + sum(map(ord, name))), title=name)


@pytest.fixture
async def corpus(tmp_path: Path) -> AsyncIterator[tuple[Store, dict[int, str]]]:
    store = await Store.open(tmp_path / "archive.db")
    try:
        posts = [
            Post(
                source=_source(channel),
                external_id=str(n),
                published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
                text=text,
            )
            for n, (key, ((month, day), channel, text)) in enumerate(POSTS.items(), 1)
        ]
        report = await ingest(store, *posts)
        assert report.added == len(POSTS)
        db = await store._read_all("SELECT id, external_id FROM posts")
        keys = list(POSTS)
        yield store, {pid: keys[int(ext) - 1] for pid, ext in db}
    finally:
        await store.close()


async def _run(store: Store, keys: dict[int, str], q: Labelled) -> tuple[set[str], list[str]]:
    query = parse_query(q.query, topics=TOPICS)
    newest = await store.search(query, limit=100)
    ranked = await store.search(query, limit=100, by_rank=True)
    return {keys[h.row.id] for h in newest}, [keys[h.row.id] for h in ranked]


async def test_labelled_queries_find_every_expected_post_and_rank_it_first(
    corpus: tuple[Store, dict[int, str]],
) -> None:
    store, keys = corpus
    missed: list[str] = []
    ranked_first = 0
    for q in QUERIES:
        found, ranked = await _run(store, keys, q)
        lost = [k for k in q.expected if k not in found]
        wrong = [k for k in q.absent if k in found]
        first_ok = bool(ranked) and q.ranked_well(ranked[0])
        ranked_first += first_ok
        assert set(ranked) == found, q.query  # both orders return the same posts
        if lost or wrong:
            missed.append(f"{q.query!r}: missing {lost} unwanted {wrong}")
        print(
            f"{'ok ' if not lost and not wrong else 'MISS'} {'1st' if first_ok else '   '}"
            f" {q.query!r:40} top={ranked[0] if ranked else None}"
        )
    share = ranked_first / len(QUERIES)
    print(
        f"queries={len(QUERIES)} all_found={len(QUERIES) - len(missed)}"
        f" ranked_first={ranked_first} ({share:.0%})"
    )
    assert len(QUERIES) >= 40
    assert missed == []
    assert share >= RANKED_FIRST_AT_LEAST


# The third set (tests/search_corpus_third.py) was written apart from the method, after it, to
# see whether it carries over; its first run found 141 of 157 queries whole (places sharing a
# stem: Армения/армия, Австрия/Австралия, Нигер/Нигерия; Lavrov's; 13-й; SCO not finding the
# name spelled out). What is still missed is named here, so a change that loses another query
# fails.
THIRD_STILL_MISSED = {
    "армия": "finds Армения (one stem, stemmed to a fixed point)",
    "заявляет": "заявлять's forms, not заявить's (заявил): two verbs to the dictionary",
    "обсуждали": "обсуждать's forms, not обсудить's (обсудили)",
    "подпишут": "not подписан (a participle: another word to a reader)",
    "US": "finds 'Follow us' (the index ignores case)",
}


async def test_the_third_set_finds_what_it_expects_and_ranks_it_first(tmp_path: Path) -> None:
    posts = search_corpus_third.POSTS
    async with await Store.open(tmp_path / "third.db") as store:
        report = await ingest(
            store,
            *(
                Post(
                    source=_source(channel),
                    external_id=str(n),
                    published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
                    text=text,
                )
                for n, ((month, day), channel, text) in enumerate(posts.values(), 1)
            ),
        )
        assert report.added == len(posts)
        names = list(posts)
        db = await store._read_all("SELECT id, external_id FROM posts")
        keys = {pid: names[int(ext) - 1] for pid, ext in db}
        missed: dict[str, str] = {}
        ranked_first = 0
        for q in search_corpus_third.QUERIES:
            found, ranked = await _run(store, keys, q)
            assert set(ranked) == found, q.query
            lost = [k for k in q.expected if k not in found]
            wrong = [k for k in q.absent if k in found]
            ranked_first += bool(ranked) and q.ranked_well(ranked[0])
            if lost or wrong:
                missed[q.query] = f"missing {lost} unwanted {wrong}"
    n = len(search_corpus_third.QUERIES)
    print(f"third set: queries={n} all_found={n - len(missed)} ranked_first={ranked_first}")
    assert n >= 150
    assert set(missed) <= set(THIRD_STILL_MISSED), missed
    assert ranked_first / n >= 0.97
