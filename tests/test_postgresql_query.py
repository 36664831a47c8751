"""The search language on PostgreSQL (store/query_pg.py) against a real server: each post
indexed with its language's configuration (store/language_pg.py), the project's query
syntax (words by their forms, phrases, OR, -word, prefixes) found through the tsvector
column, and nothing a user types read as SQL or as a tsquery operator."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest
from conftest import ingest, make_post
from test_search_parity import BRIEFING, HEADED

from tg_archiver.archive.analysis import analyse, index_forms
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.language_pg import config_of
from tg_archiver.archive.store.query_pg import match_sql
from tg_archiver.archive.store.upgrades import stems_pg

POSTS = {
    "ru-sanctions": "Лавров обсудил новые санкции с партнёрами по ШОС в Казани",
    "ru-summit": "Саммит БРИКС пройдёт в Казани; министр иностранных дел выступил с заявлением",
    "en-summit": "The summits of the Shanghai Cooperation Organisation were held in Kazan",
    "en-foreign": "The foreign minister met his counterparts to discuss the ceasefire",
    "en-brics": "BRICS leaders issued a joint statement on trade",
    "mixed": "Заявление МИД России о встрече BRICS в Johannesburg и о санкциях",
    "quote": "O'Brien said: a:b & c | !d (e) <-> f\\g",
    "ru-summits": "Прошли саммиты ШОС",
    "en-security": "Regional security was discussed",
}


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[asyncpg.Connection]:
    async with await Store.open(PostgresUrl(pg_url)):
        pass  # the schema
    conn = await asyncpg.connect(pg_url)
    await conn.execute("INSERT INTO sources (kind, key, created_at) VALUES ('import', 'x', 't')")
    for key, text in POSTS.items():
        await conn.execute(
            "INSERT INTO posts (source_id, external_id, published_at, raw_text, clean_text,"
            " content_hash, ingested_at, search_config, search_stems)"
            " VALUES (1, $1, 't', $2, $2, $1, 't', $3, $4)",
            key,
            text,
            config_of(text),
            analyse(text),  # the word forms, as ingest stores them
        )
    try:
        yield conn
    finally:
        await conn.close()


async def found(db: asyncpg.Connection, text: str) -> set[str]:
    args: list[object] = []
    condition = match_sql(parse_query(text), args)
    assert condition is not None
    rows = await db.fetch(f"SELECT external_id FROM posts WHERE {condition}", *args)
    return {r[0] for r in rows}


def test_each_post_gets_its_language_s_configuration() -> None:
    assert config_of(POSTS["ru-sanctions"]) == "russian"
    assert config_of(POSTS["en-summit"]) == "english"
    assert config_of(POSTS["mixed"]) == "russian"  # most letters Cyrillic
    assert config_of("Breaking", None, "Заявление МИД России") == "russian"
    assert config_of("", None) == "english"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("санкций", {"ru-sanctions", "mixed"}),  # another form of the word
        ("summit", {"en-summit"}),
        ("министра", {"ru-summit"}),
        ("organisations", {"en-summit"}),
        ("brics", {"en-brics", "mixed"}),  # a Latin word in a Russian post: English stems
        ("Kazan OR Казань", {"en-summit", "ru-sanctions", "ru-summit"}),
        ("санкции -Лавров", {"mixed"}),
        ('"foreign minister"', {"en-foreign"}),
        ('"minister foreign"', set()),  # a phrase keeps its order
        ("ceasefire minister", {"en-foreign"}),
        ("ceasefire brics", set()),  # every term, not any
        ("counterpart*", {"en-foreign"}),
        ('"foreign min"*', {"en-foreign"}),
        ("Johann*", {"mixed"}),
        ("заявлени* tag:SCO", {"ru-summit", "mixed"}),  # filters are not words
        ("O'Brien", {"quote"}),
        # Where PostgreSQL's own stemming differed from SQLite's (docs/scaling.md):
        ("Саммит", {"ru-summit", "ru-summits"}),  # stemmed until stable: самм and саммит meet
        ('"summits of"', {"en-summit"}),  # a quoted phrase matches as written ...
        ('"summit of"', {"en-summit"}),  # ... and by its words' forms, in order
        ('"of summits"', set()),  # ... never out of order
        ("securit*", {"en-security"}),  # a prefix of the word, not of its stem (secur)
    ],
)
async def test_the_query_language_finds_what_sqlite_finds(
    db: asyncpg.Connection, query: str, expected: set[str]
) -> None:
    assert await found(db, query) == expected


@pytest.mark.parametrize(
    "hostile",
    ["a:b", "c | d", "!d", "(e)", "x <-> y", "f\\g", "'; DROP TABLE posts; --", "x:*", "a & b",
     "O''Brien*", '"it\'s" -"a:b"', "\ue000", "\ue000 x"],
)  # fmt: skip
async def test_what_a_user_types_is_never_an_operator_or_sql(
    db: asyncpg.Connection, hostile: str
) -> None:
    args: list[object] = []
    condition = match_sql(parse_query(hostile), args)
    assert condition is not None and hostile not in condition  # bound, never spliced
    assert all(isinstance(a, str) for a in args)
    await db.fetch(f"SELECT external_id FROM posts WHERE {condition}", *args)  # no syntax error
    assert await db.fetchval("SELECT count(*) FROM posts") == len(POSTS)


def test_a_search_of_filters_only_has_no_text_condition() -> None:
    assert match_sql(parse_query("tag:SCO since:2024-01-01"), []) is None


async def test_an_archive_from_before_the_word_forms_gets_them_when_upgraded(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)):
        pass
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.execute(
            "INSERT INTO sources (kind, key, created_at) VALUES ('import', 'x', 't')"
        )
        await conn.execute(
            "INSERT INTO posts (source_id, external_id, published_at, raw_text, clean_text,"
            " content_hash, ingested_at) VALUES (1, '1', 't', $1, $1, 'h', 't')",
            POSTS["ru-summits"],
        )
        # As migration 0001 alone left it.
        await conn.execute(
            "DROP INDEX posts_search_words; ALTER TABLE posts DROP COLUMN search_words;"
            " ALTER TABLE posts DROP COLUMN search_stems; DROP FUNCTION search_fold;"
            " DELETE FROM schema_migrations WHERE version = 2"
        )
        async with await Store.open(PostgresUrl(pg_url)) as store:
            assert store.applied_on_open == ["0002_search_words.sql"]
        assert await conn.fetchval("SELECT search_stems FROM posts") == analyse(POSTS["ru-summits"])
        assert await found(conn, "Саммит") == {"1"}
    finally:
        await conn.close()


UPGRADED = [HEADED, BRIEFING, *POSTS.values()]  # the posts of the upgrade tests below


@pytest.fixture
async def seeded(pg_url: str) -> AsyncIterator[asyncpg.Connection]:
    """The archive at ``pg_url`` holding :data:`UPGRADED`'s posts, and a connection to it."""
    async with await Store.open(PostgresUrl(pg_url)) as store:
        await ingest(store, *(make_post(n, t) for n, t in enumerate(UPGRADED, 1)))
    conn = await asyncpg.connect(pg_url)
    try:
        yield conn
    finally:
        await conn.close()


class _Killed(Exception):
    """Stands for the upgrade being killed after a batch."""


def _kill(done: int, total: int) -> None:
    """A progress callback that kills the upgrade after its first batch."""
    raise _Killed


async def test_migration_0004_gives_existing_posts_their_headings_resumably(
    seeded: asyncpg.Connection, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = seeded
    # As a server before migration 0004 left it: word forms without the headings.
    for pid, title, text in await conn.fetch("SELECT id, title, clean_text FROM posts"):
        old = analyse(f"{title}\n{text}" if title else text)
        await conn.execute("UPDATE posts SET search_stems = $1 WHERE id = $2", old, pid)
    await conn.execute(
        "DROP TABLE search_stems_fill; DELETE FROM schema_migrations WHERE version = 4"
    )
    before = await conn.fetch("SELECT id, search_stems FROM posts ORDER BY id")
    assert before[0][1] == analyse(HEADED)  # no heading yet

    monkeypatch.setattr(stems_pg, "BATCH", 3)

    with pytest.raises(_Killed):
        await Store.open(PostgresUrl(pg_url), progress=_kill)
    after_id = await conn.fetchval("SELECT after_id FROM search_stems_fill")
    assert after_id == before[2][0]  # the first batch committed, and where it stopped
    assert await conn.fetchval("SELECT search_stems FROM posts WHERE id = $1", before[0][0]) == (
        f"{analyse(HEADED)} {analyse(HEADED.splitlines()[0])}"
    )

    seen: list[tuple[int, int]] = []
    async with await Store.open(
        PostgresUrl(pg_url), progress=lambda d, t: seen.append((d, t))
    ) as store:
        assert store.applied_on_open == []  # 0004 was applied by the killed run
        assert seen[-1] == (len(UPGRADED) - 3, len(UPGRADED) - 3)  # resumed, not started again
        hits = await store.search(parse_query("Kazan summit"), limit=5, by_rank=True)
        assert hits[0].row.text == HEADED
    rows = await conn.fetch("SELECT title, clean_text, search_stems FROM posts ORDER BY id")
    assert [r[2] for r in rows] == [index_forms(r[1], r[0]) for r in rows]
    assert await conn.fetchval("SELECT count(*) FROM search_stems_fill") == 0


async def test_forms_another_analyser_made_are_made_again_and_its_writers_refused(
    seeded: asyncpg.Connection, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = seeded
    # As another analyser made them (PyStemmer upgraded since): each post's forms hold
    # one this version never makes, and the archive says another analyser made them.
    await conn.execute("UPDATE posts SET search_stems = search_stems || ' olderform'")
    await conn.execute("UPDATE search_analyser SET fingerprint = 'another'")
    monkeypatch.setattr(stems_pg, "BATCH", 3)

    with pytest.raises(_Killed):  # killed after its first batch
        await Store.open(PostgresUrl(pg_url), progress=_kill)
    assert (
        await conn.fetchval("SELECT count(*) FROM posts WHERE search_stems LIKE '%olderform'")
        == len(UPGRADED) - 3
    )
    seen: list[tuple[int, int]] = []
    async with await Store.open(
        PostgresUrl(pg_url), progress=lambda d, t: seen.append((d, t))
    ) as store:
        assert seen[-1] == (len(UPGRADED) - 3, len(UPGRADED) - 3)  # resumed, not started again
        assert await store.search(parse_query("olderform")) == []
        assert len(await store.search(parse_query("санкции"))) == 2
        # Another tg-archiver with another analyser opens the archive meanwhile: this
        # one, opened before, writes nothing (its forms are no longer the archive's).
        await conn.execute("UPDATE search_analyser SET fingerprint = 'newer'")
        with pytest.raises(StorageError, match="another word analyser"):
            await ingest(store, make_post(99, "Новое заявление о санкциях."))
        assert await conn.fetchval("SELECT count(*) FROM posts") == len(UPGRADED)
    rows = await conn.fetch("SELECT title, clean_text, search_stems FROM posts ORDER BY id")
    assert [r[2] for r in rows] == [index_forms(r[1], r[0]) for r in rows]
