"""The word-form index (migrations/0008): kept in step by ingest and edits, built for an
archive made before it, and declared the way Datasette finds it."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import ingest, make_post
from index_check import assert_index_agrees
from old_archives import before_0019

from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

OTHER = SourceRef(kind="telegram", key="1500000002", title="Agency")

POSTS = (
    "Заявление МИД в связи с новым пакетом санкций ЕС.",
    "Fertilisers and grain for African countries.",
    "Новогодняя Ёлка в посольстве.",
)


async def found(store: Store, text: str) -> list[str]:
    return [h.row.external_id for h in await store.search(parse_query(text), limit=50)]


def _check_index(path: Path) -> None:
    with sqlite3.connect(path) as db:
        assert_index_agrees(db)


async def test_an_edit_replaces_the_word_forms(store: Store) -> None:
    await ingest(store, make_post(1, POSTS[0]))
    assert await found(store, "санкции") == ["1"]
    await ingest(store, make_post(1, "Заявление МИД о переговорах."))
    assert await found(store, "санкции") == []
    assert await found(store, "переговоры") == ["1"]
    _check_index(store.path)


def _downgrade(path: Path) -> None:
    """Make ``path`` what tg-archiver wrote before migration 0008: the index of 0001 over
    title and clean text, no word forms."""
    init = (Path(__file__).parents[1] / "tg_archiver" / "migrations" / "0001_init.sql").read_text(
        "utf-8"
    )
    fts = init[init.index("CREATE VIRTUAL TABLE posts_fts") : init.index("-- One row a post")]
    before_0019(path)
    with sqlite3.connect(path) as db:
        for name in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER posts_fts_after_{name}")
        db.execute("DROP TABLE posts_fts")
        db.execute("ALTER TABLE posts DROP COLUMN search_stems")
        db.execute("DROP TABLE search_stems_fill")
        db.executescript(fts)
        db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')")
        db.execute("DELETE FROM schema_migrations WHERE version = 8")


async def test_migration_indexes_the_word_forms_of_an_existing_archive(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await ingest(store, *(make_post(n, text) for n, text in enumerate(POSTS, 1)))
    await store.close()
    _downgrade(path)
    with sqlite3.connect(path) as db:
        before = db.execute("SELECT id, raw_text, clean_text FROM posts ORDER BY id").fetchall()

    with sqlite3.connect(path) as db:
        assert (
            db.execute("SELECT version FROM schema_migrations WHERE version = 8").fetchall() == []
        )
    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        store = await Store.open(path)
    try:
        assert store.applied_on_open == [
            "0008_search_stems.sql",
            "0019_word_forms_checked.sql",
            "0020_word_forms_in_the_index_only.sql",
            "0021_word_forms_refill.sql",
        ]
        assert "search index: word forms done posts=3" in caplog.text
        assert await found(store, "санкции") == ["1"]
        assert await found(store, "fertilizer") == ["2"]
        assert await found(store, "елка посольство") == ["3"]
    finally:
        await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT id, raw_text, clean_text FROM posts ORDER BY id").fetchall() == (
            before
        )
    _check_index(path)


async def test_datasette_finds_the_index_of_the_posts_table(store: Store) -> None:
    # Datasette's detect_fts looks for a virtual table whose SQL says content="posts"
    # (double quotes, no spaces) or content=[posts]; 0001 wrote content = 'posts'.
    with sqlite3.connect(store.path) as db:
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'posts_fts'").fetchone()
        (name,) = db.execute(
            "SELECT name FROM sqlite_master WHERE rootpage = 0"
            " AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"posts\"%'"
        ).fetchone()
    assert name == "posts_fts", sql


async def test_example_datasette_metadata_queries_run_on_an_archive(store: Store) -> None:
    meta = json.loads((Path(__file__).parents[1] / "examples" / "metadata.json").read_text())
    db_meta = meta["databases"]["archive"]
    await ingest(
        store,
        make_post(1, "Talks on the agenda of the summit. #SCO", day=2),
        # the same hour: a one-liner a day later would be another event (docs/dedup.md)
        make_post(2, "Talks on the agenda of the summit. #SCO", source=OTHER, day=2),
    )
    params = {"topic": "SCO", "post_id": 1, "query": "summit", "since": "2024-01-01"}
    with sqlite3.connect(store.path) as db:
        for table in db_meta["tables"].values():
            assert table["fts_table"] == "posts_fts"
        results = {
            name: db.execute(
                q["sql"], {p: params[p] for p in re.findall(r":(\w+)", q["sql"])}
            ).fetchall()
            for name, q in db_meta["queries"].items()
        }
    assert results["topic_per_month"] == [("2024-03", 1)]  # the copy is left out
    assert [r[0] for r in results["copies_of_a_post"]] == [1, 2]
    assert [r[0] for r in results["search_newest"]] == [1]
    assert "<b>summit</b>" in results["search_newest"][0][-1]
    assert results["top_tags_since"] == [("SCO", 1)]
