"""The word forms in the full-text index only (migrations 0019 and 0020, issue 21's size):
not stored in ``posts``, written to the index by the store at ingest and at an edit, refused
when a program other than tg-archiver writes the posts, and an existing archive upgraded with
its stale forms mended. The analyser's output is pinned: the index deletes a post's old
tokens with the forms computed again, so a change of the analyser needs a migration."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from conftest import NOW, OPTIONS, CliResult, ingest, make_post
from index_check import assert_index_agrees
from old_archives import before_0019
from search_corpus import LEXEME_POSTS, POSTS

import tg_archiver.archive.store.connection as connection
import tg_archiver.cli
from tg_archiver.archive import pipeline
from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.pipeline import prepare
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store, index_writes
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.web.app import create_app
from tg_archiver.web.pool import ReaderPool

TEXTS = (
    "Заявление МИД в связи с новым пакетом санкций ЕС.",
    "Fertilisers and grain for African countries.",
    "Новогодняя Ёлка в посольстве.",
    "Briefing by the spokeswoman on the summits of the SCO. #SCO",
)
REFUSED = "no such function: written_by_tg_archiver"
MORE_TEXTS = (
    "Комментарий официального представителя о санкциях против журналистов.",
    "Talks of the foreign ministers in Astana on transport corridors.",
    "The ambassador presented his credentials to the President of Brazil.",
)


async def found(store: Store, text: str) -> list[str]:
    return sorted(h.row.external_id for h in await store.search(parse_query(text), limit=50))


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


async def test_the_word_forms_are_in_the_index_only(store: Store) -> None:
    await ingest(store, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
    columns = [r[1] for r in rows(store.path, "PRAGMA table_info(posts)")]
    assert "search_stems" not in columns  # no stored column: only the generated, empty one
    assert rows(store.path, "SELECT DISTINCT search_stems FROM posts") == [("",)]
    # Found by other forms of their words, which only the forms in the index hold.
    assert await found(store, "санкции") == ["1"]
    assert await found(store, "fertilizer") == ["2"]
    assert await found(store, "елка посольство") == ["3"]
    assert await found(store, "summit") == ["4"]
    with closing(sqlite3.connect(store.path)) as db:
        assert_index_agrees(db)


async def test_edits_replace_the_forms_in_the_index(store: Store) -> None:
    await ingest(store, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
    await ingest(store, make_post(1, "Заявление МИД о переговорах."))
    await ingest(store, make_post(4, "Briefing on the talks. #SCO", title="Talks"))
    assert await found(store, "санкции") == []
    assert await found(store, "переговоры") == ["1"]
    assert await found(store, "summit") == []
    assert await found(store, "talk") == ["4"]
    with closing(sqlite3.connect(store.path)) as db:
        assert_index_agrees(db)


async def test_the_store_writes_where_sqlite_distrusts_the_schema(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a SQLite built with SQLITE_TRUSTED_SCHEMA=0 starts every connection.
    await store.close()
    allow = index_writes.allow_writes

    async def distrusted(db: object) -> None:
        await db.execute("PRAGMA trusted_schema = OFF")  # type: ignore[attr-defined]
        await allow(db)  # type: ignore[arg-type]

    monkeypatch.setattr(connection, "allow_writes", distrusted)
    async with await Store.open(store.path) as reopened:
        await ingest(reopened, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
        assert await found(reopened, "summit") == ["4"]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO posts (id, source_id, external_id, published_at, raw_text, content_hash,"
        " ingested_at) SELECT 99, source_id, '99', published_at, 'x', 'h', ingested_at FROM posts",
        "UPDATE posts SET raw_text = 'changed' WHERE id = 1",
        "UPDATE posts SET title = 'changed' WHERE id = 1",
        "UPDATE posts SET clean_stored = 'changed' WHERE id = 1",
        "DELETE FROM posts WHERE id = 1",
    ],
)
async def test_a_program_writing_the_posts_past_the_store_is_refused(
    store: Store, sql: str
) -> None:
    await ingest(store, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
    await store.close()
    before = rows(store.path, "SELECT * FROM posts ORDER BY id")
    with closing(sqlite3.connect(store.path)) as db:
        with pytest.raises(sqlite3.OperationalError, match=REFUSED):
            db.execute(sql)
        # What the index does not hold is the user's to mend (a link, a deletion mark).
        db.execute("UPDATE posts SET deleted_at = '2024-03-09T00:00:00Z' WHERE id = 2")
        db.commit()
        assert_index_agrees(db)
    after = rows(store.path, "SELECT * FROM posts ORDER BY id")
    assert [r for r in after if r[0] != 2] == [r for r in before if r[0] != 2]


async def test_an_upgrade_drops_the_stored_forms_and_mends_stale_ones(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    async with await Store.open(path) as store:
        await ingest(store, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
    before_0019(path)
    # Post 2's forms as an older analyser made them: stored and indexed (the index in step).
    stale = "fertilis grain african countri obsoleteform"
    with closing(sqlite3.connect(path)) as db, db:
        title, text, stems = db.execute(
            "SELECT title, clean_text, search_stems FROM posts WHERE id = 2"
        ).fetchone()
        db.execute(
            "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
            " VALUES ('delete', 2, ?, ?, ?)",
            (title, text, stems),
        )
        db.execute("UPDATE posts SET search_stems = ? WHERE id = 2", (stale,))
        db.execute(
            "INSERT INTO posts_fts (rowid, title, clean_text, search_stems) VALUES (2, ?, ?, ?)",
            (title, text, stale),
        )
    with closing(sqlite3.connect(path)) as db:
        assert_index_agrees(db)  # against the stored forms, as before 0020
    kept = rows(path, "SELECT id, title, raw_text, clean_text FROM posts ORDER BY id")

    async with await Store.open(path) as store:
        assert store.applied_on_open == [
            "0019_word_forms_checked.sql",
            "0020_word_forms_in_the_index_only.sql",
            "0021_word_forms_refill.sql",
        ]
        assert await found(store, "obsoleteform") == []
        assert await found(store, "fertilizer") == ["2"]
        # An edit after the upgrade deletes exactly the tokens the index holds.
        await ingest(store, make_post(2, "Grain for African countries."))
        assert await found(store, "fertilizer") == []
    assert (
        rows(path, "SELECT id, title, raw_text, clean_text FROM posts ORDER BY id")[2:]
        == (kept[2:])
    )
    assert "search_stems" not in [r[1] for r in rows(path, "PRAGMA table_info(posts)")]
    assert rows(path, "SELECT name FROM sqlite_master WHERE name = 'search_stems_fill'") == []
    with closing(sqlite3.connect(path)) as db:
        assert_index_agrees(db)


class Killed(BaseException):
    """Stands for the process being killed between two batches of the refill."""


async def older_archive(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An archive of seven posts whose index's forms an analyser of another version made:
    each holds the form ``olderform``, which the analyser of this version never makes."""

    def older(text: str, title: str | None = None) -> str:
        return f"{index_forms(text, title)} olderform"

    with monkeypatch.context() as m:
        m.setattr(index_writes, "ANALYSER_VERSION", index_writes.ANALYSER_VERSION - 1)
        m.setattr(index_writes, "index_forms", older)
        m.setattr(pipeline, "index_forms", older)
        async with await Store.open(path) as store:
            texts = (*TEXTS, *MORE_TEXTS)
            await ingest(store, *(make_post(n, t) for n, t in enumerate(texts, 1)))
            assert await found(store, "olderform") == [str(n) for n in range(1, 8)]


async def test_an_archive_whose_forms_another_analyser_made_gets_them_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "archive.db"
    await older_archive(path, monkeypatch)
    assert rows(path, "SELECT fingerprint FROM search_analyser") != [(index_writes.analyser(),)]

    seen: list[tuple[int, int]] = []
    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        store = await Store.open(path, progress=lambda done, total: seen.append((done, total)))
    try:
        assert "word forms made again posts=7" in caplog.text
        assert seen == [(7, 7)]
        # Emptied with secure_delete FAST (index_writes._empty_index), then set back.
        with closing(sqlite3.connect(":memory:")) as fresh:
            default = fresh.execute("PRAGMA secure_delete").fetchone()
        assert await store.connection.fetchone("PRAGMA secure_delete") == default
        assert await found(store, "olderform") == []
        assert await found(store, "санкции") == ["1", "5"]
        await ingest(store, make_post(1, "Заявление МИД о переговорах."))  # deletes exactly
        assert await found(store, "санкции") == ["5"]
    finally:
        await store.close()
    assert rows(path, "SELECT fingerprint FROM search_analyser") == [(index_writes.analyser(),)]
    with closing(sqlite3.connect(path)) as db:
        assert_index_agrees(db)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        async with await Store.open(path):
            pass
    assert "made again" not in caplog.text  # once per change of the analyser


def test_a_killed_refill_resumes_the_newest_posts_searchable_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., CliResult]
) -> None:
    path = tmp_path / "archive.db"
    asyncio.run(older_archive(path, monkeypatch))
    monkeypatch.setattr(index_writes, "BATCH", 3)

    def kill(done: int, total: int) -> None:
        raise Killed

    with pytest.raises(Killed):
        asyncio.run(Store.open(path, progress=kill))
    # One batch committed: the newest three posts are indexed with this analyser's forms;
    # the older four are in no row of the index, so no search meets their stale forms.
    assert rows(path, "SELECT upto_id FROM search_forms_refill") == [(4,)]

    async def read() -> tuple[list[str], list[str], int]:
        async with await Store.open(path, read_only=True) as reader:
            return (
                await found(reader, "olderform"),
                await found(reader, "санкции"),
                await reader.not_searchable(),
            )

    assert asyncio.run(read()) == ([], ["5"], 4)

    async def web_page(q: str) -> str:  # the web app's search page, on its read-only pool
        pool = await ReaderPool.open(path, 1)
        app = create_app(pool, topics=TopicAliases.from_mapping({}))
        try:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                r = await client.get("/", params={"q": q})
                assert r.status_code == 200
                return r.text
        finally:
            await pool.close()

    page = asyncio.run(web_page("санкции"))
    assert page.count('class="hit"') == 1
    assert "4 older posts cannot be found by their words yet" in page
    with monkeypatch.context() as m:  # the command line of a user who may only read it
        m.setattr(tg_archiver.cli, "writable", lambda path: False)
        r = cli("--db", path, "search", "санкции")
        stats = cli("--db", path, "stats")
    assert r.code == 0 and r.out.count("\n\n") == 1
    assert "note: 4 older posts cannot be found yet" in r.err
    assert "search      4 older posts not indexed again yet" in stats.out

    seen: list[tuple[int, int]] = []

    async def resume() -> tuple[list[str], int]:
        async with await Store.open(path, progress=lambda d, t: seen.append((d, t))) as store:
            return await found(store, "санкции"), await store.not_searchable()

    assert asyncio.run(resume()) == (["1", "5"], 0)
    assert seen == [(3, 4), (4, 4)]  # the four left, newest first
    assert rows(path, "SELECT * FROM search_forms_refill") == []
    with closing(sqlite3.connect(path)) as db:
        assert_index_agrees(db)
    r = cli("--db", path, "search", "санкции")
    assert r.out.count("\n\n") == 2 and "note:" not in r.err
    assert "not indexed" not in cli("--db", path, "stats").out
    page = asyncio.run(web_page("санкции"))
    assert page.count('class="hit"') == 2 and "cannot be found" not in page


@pytest.mark.parametrize("live", [False, True])
@pytest.mark.parametrize(
    "meanwhile",
    [
        "UPDATE search_analyser SET fingerprint = 'another'",  # recorded its analyser
        "INSERT INTO search_forms_refill (upto_id) VALUES (4)",  # emptied the index: refilling
    ],
)
async def test_a_store_opened_before_another_analyser_remade_the_index_writes_nothing(
    tmp_path: Path, live: bool, meanwhile: str
) -> None:
    path = tmp_path / "archive.db"
    async with await Store.open(path) as store:
        await ingest(store, *(make_post(n, t) for n, t in enumerate(TEXTS, 1)))
        before = rows(path, "SELECT * FROM posts ORDER BY id")
        # Another tg-archiver, with another analyser, opens the archive meanwhile: it
        # records its analyser and indexes every post again (here: one of its steps).
        with closing(sqlite3.connect(path)) as db, db:
            db.execute(meanwhile)
        edit, new = make_post(1, "Заявление МИД о переговорах."), make_post(9, "Новый пост.")
        with pytest.raises(StorageError, match="another word analyser"):
            if live:
                await store.ingest_transaction([prepare(edit, OPTIONS)], now=NOW)
            else:
                await ingest(store, edit, new)
        assert rows(path, "SELECT * FROM posts ORDER BY id") == before


# sha256 of the analyser's output over the search corpora (tests/search_corpus.py), for
# index_writes.ANALYSER_VERSION. The index deletes a post's old tokens with its forms computed
# again (archive/store/index_writes.py): when this changes, raise ANALYSER_VERSION (every
# archive then makes its index's forms again at its next writing open) and update this.
PINNED = "d3df392809dc9e51db26f0a2dd31cf88762ce860015173366c256c2bf3961011"


def test_the_analyser_is_pinned() -> None:
    assert index_writes.ANALYSER_VERSION == 1, "update PINNED for this version"
    texts = [t for _when, _channel, t in (*POSTS.values(), *LEXEME_POSTS.values())]
    made = "\n".join(index_forms(t, title) for t in texts for title in (None, t[:40]))
    assert hashlib.sha256(made.encode()).hexdigest() == PINNED
