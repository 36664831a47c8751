"""The labelled search set (tests/search_corpus.py) on both engines: the same posts found for
every query, the same expected post first, so the same figures. Both are printed
(``pytest -s``) so a change on either side shows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import search_corpus_kinds
from conftest import TOPICS, ingest, make_post
from search_corpus import LEXEME_POSTS, LEXEME_QUERIES, Labelled
from search_corpus import POSTS as SHARED_POSTS
from search_corpus import QUERIES as SHARED_QUERIES

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

# The whole labelled set, the lexemes' queries (verbs across tense, irregular forms) too.
POSTS = {**SHARED_POSTS, **LEXEME_POSTS}
QUERIES = SHARED_QUERIES + LEXEME_QUERIES


def _source(name: str) -> SourceRef:
    return SourceRef(kind="telegram", key=str(1_700_000_000 + sum(map(ord, name))), title=name)


POST_LIST = [
    Post(
        source=_source(channel),
        external_id=str(n),
        published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
        text=text,
    )
    for n, (key, ((month, day), channel, text)) in enumerate(POSTS.items(), 1)
]
KEYS = list(POSTS)


async def _figures(store: Store) -> tuple[dict[str, tuple[set[str], str | None]], int, int]:
    """Per query: the posts found and the first ranked; how many queries found exactly what
    they should, and how many ranked the expected post first."""
    report = await ingest(store, *POST_LIST)
    assert report.added == len(POSTS)
    answers: dict[str, tuple[set[str], str | None]] = {}
    found_all = first = 0
    for q in QUERIES:
        query = parse_query(q.query, topics=TOPICS)
        newest = await store.search(query, limit=100)
        ranked = await store.search(query, limit=100, by_rank=True)
        found = {KEYS[int(h.row.external_id) - 1] for h in newest}
        top = KEYS[int(ranked[0].row.external_id) - 1] if ranked else None
        assert {KEYS[int(h.row.external_id) - 1] for h in ranked} == found, q.query
        answers[q.query] = (found, top)
        found_all += _found_all(q, found)
        first += top is not None and q.ranked_well(top)
    return answers, found_all, first


def _found_all(q: Labelled, found: set[str]) -> bool:
    return all(k in found for k in q.expected) and not any(k in found for k in q.absent)


async def test_the_search_set_gives_the_same_figures_on_both_engines(
    tmp_path: Path, pg_url: str
) -> None:
    async with await Store.open(tmp_path / "archive.db") as lite:
        on_sqlite, found_lite, first_lite = await _figures(lite)
    async with await Store.open(PostgresUrl(pg_url)) as pg:
        on_pg, found_pg, first_pg = await _figures(pg)
    n = len(QUERIES)
    print(f"sqlite:     queries={n} all_found={found_lite} ranked_first={first_lite}")
    print(f"postgresql: queries={n} all_found={found_pg} ranked_first={first_pg}")
    differ = {q: (on_sqlite[q], on_pg[q]) for q in on_sqlite if on_sqlite[q][0] != on_pg[q][0]}
    for q, (a, b) in differ.items():
        print(f"differs {q!r}: sqlite only {a[0] - b[0]}, postgresql only {b[0] - a[0]}")
    firsts = {
        q: (on_sqlite[q][1], on_pg[q][1]) for q in on_sqlite if on_sqlite[q][1] != on_pg[q][1]
    }
    for q, (a1, b1) in firsts.items():
        print(f"first differs {q!r}: sqlite {a1}, postgresql {b1}")
    assert differ == {}
    assert (found_pg, first_pg) == (found_lite, first_lite)


# -- this session's ranking on both engines: headings and fleeting vowels ------------------------

HEADED = (
    "Kazan Declaration adopted at the BRICS summit\n\n"
    "The leaders adopted a joint declaration on cooperation in trade, finance and security,"
    " and agreed on the next steps of the partnership."
)
BRIEFING = (
    "Briefing by the spokeswoman. On the agenda today: the situation in the Middle East, the"
    " talks in Geneva, preparations for the summit in Kazan next month, grain exports and"
    " consular matters."
)
MORE = {
    "headed": HEADED,
    "briefing": BRIEFING,
    "posol": "Посол России вручил верительные грамоты президенту страны пребывания",
    "posla": "Заявление посла Китая о переговорах",
    "poslom": "Министр встретился с послом Франции",
    "posle": "После переговоров министры выступили перед журналистами",
    "otec": "Отец и сын приехали на форум",
    "otca": "Памяти отца: вечер в Доме дружбы",
}


@pytest.mark.parametrize(
    ("text", "found", "first"),
    [
        # The heading counts: the statement headed by the words before the long briefing.
        ("Kazan summit", {"headed", "briefing"}, "headed"),
        # A fleeting vowel: посол finds посла and послом, never после ("after").
        ("посол", {"posol", "posla", "poslom"}, "posol"),
        ("посла", {"posol", "posla", "poslom"}, "posla"),
        ("после", {"posle"}, "posle"),
        ("отец", {"otec", "otca"}, "otec"),
        ("отца", {"otec", "otca"}, "otca"),
        # A lone stop word is not required.
        ("situation in the Middle East", {"briefing"}, "briefing"),
    ],
)
async def test_headings_and_fleeting_vowels_on_both_engines(
    engine_store: Store, text: str, found: set[str], first: str
) -> None:
    keys = list(MORE)
    posts = [make_post(n, t, day=n) for n, t in enumerate(MORE.values(), 1)]
    await ingest(engine_store, *posts)
    query = parse_query(text)
    newest = await engine_store.search(query, limit=50)
    ranked = await engine_store.search(query, limit=50, by_rank=True)
    assert {keys[int(h.row.external_id) - 1] for h in newest} == found
    assert keys[int(ranked[0].row.external_id) - 1] == first


# -- session 36's kinds (tests/search_corpus_kinds.py) on both engines ----------------------------


async def _kinds(store: Store) -> dict[str, set[str]]:
    keys = list(search_corpus_kinds.POSTS)
    await ingest(
        store,
        *(
            Post(
                source=_source(channel),
                external_id=str(n),
                published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
                text=text,
            )
            for n, ((month, day), channel, text) in enumerate(search_corpus_kinds.POSTS.values(), 1)
        ),
    )
    found: dict[str, set[str]] = {}
    for q in search_corpus_kinds.QUERIES:
        hits = await store.search(parse_query(q.query, topics=TOPICS), limit=100)
        found[q.query] = {keys[int(h.row.external_id) - 1] for h in hits}
    return found


async def test_session_36_kinds_find_the_same_posts_on_both_engines(
    tmp_path: Path, pg_url: str
) -> None:
    async with await Store.open(tmp_path / "kinds.db") as lite:
        on_sqlite = await _kinds(lite)
    async with await Store.open(PostgresUrl(pg_url)) as pg:
        on_pg = await _kinds(pg)
    differ = {
        q: (on_sqlite[q] - on_pg[q], on_pg[q] - on_sqlite[q])
        for q in on_sqlite
        if on_sqlite[q] != on_pg[q]
    }
    assert differ == {}  # a misspelt word's correction included (Kazakstan, Узбекстан)
