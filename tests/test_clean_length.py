"""A post's clean text's length, stored for relevance search's length prior (migrations/0028):
set as posts are written, kept right by an edit and by any other write, and counted for an
archive made before it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.index_writes import WRITER_FUNCTION

# Cleaning closes up the blank lines: the clean text is stored apart (posts.clean_stored), so
# the length is the clean text's, not the raw one's.
CLEANED = "Заявление МИД о переговорах с Китаем.\n\n\n\n#SCO #BRICS"
PLAIN = "Лавров обсудил переговоры с Ван И."
LONGER = PLAIN + " Стороны обсудили сотрудничество в рамках ШОС и БРИКС, " * 20
_LENGTHS = "SELECT id, clean_length, length(clean_text), clean_stored IS NOT NULL FROM posts"


def lengths(path: Path) -> list[tuple[int, int, int, bool]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f"{_LENGTHS} ORDER BY id").fetchall()


def all_right(rows: list[tuple[int, int, int, bool]]) -> bool:
    return all(stored == counted for _, stored, counted, _ in rows)


async def scored(store: Store, text: str) -> list[tuple[str, float | None]]:
    hits = await store.search(parse_query(text), limit=20, by_rank=True)
    return [(h.row.external_id, h.score) for h in hits]


async def test_a_stored_post_has_its_clean_text_s_length(store: Store) -> None:
    await ingest(store, make_post(1, CLEANED), make_post(2, PLAIN))
    rows = lengths(store.path)
    assert all_right(rows)
    assert [cleaned for *_, cleaned in rows] == [True, False]  # one of each kind
    assert rows[1][1] == len(PLAIN)


async def test_an_edit_keeps_the_length_right(store: Store) -> None:
    await ingest(store, make_post(1, PLAIN), make_post(2, CLEANED))
    before = await scored(store, "переговоры")
    await ingest(store, make_post(1, LONGER), make_post(2, PLAIN))
    rows = lengths(store.path)
    assert all_right(rows)
    assert rows[0][1] > len(PLAIN)
    assert await scored(store, "переговоры") != before  # ranked by the new length


def _writer(path: Path) -> sqlite3.Connection:
    """A plain connection allowed to write posts (as tg-archiver's own writer: migration 0020's
    guards), for the writes that leave the length out or set it wrong."""
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function(WRITER_FUNCTION, 0, lambda: 1)
    return db


async def test_a_write_that_leaves_the_length_out_or_wrong_gets_it_counted(
    store: Store,
) -> None:
    await ingest(store, make_post(1, PLAIN))
    await store.close()
    with closing(_writer(store.path)) as db:
        columns = "source_id, external_id, published_at, raw_text, content_hash, ingested_at"
        copied = columns.replace("external_id", "'2'")
        db.execute(f"INSERT INTO posts ({columns}) SELECT {copied} FROM posts WHERE id = 1")
        db.execute("UPDATE posts SET raw_text = ? WHERE id = 1", (LONGER,))
        db.execute("UPDATE posts SET clean_length = 3 WHERE id = 2")
    rows = lengths(store.path)
    assert all_right(rows)
    assert [stored for _, stored, *_ in rows] == [len(LONGER), len(PLAIN)]


def _before_0028(path: Path) -> None:
    """Make the archive at ``path`` (of the current schema) what tg-archiver wrote before
    migration 0028: no stored length."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP TRIGGER posts_clean_length_after_insert")
        db.execute("DROP TRIGGER posts_clean_length_after_update")
        db.execute("ALTER TABLE posts DROP COLUMN clean_length")
        db.execute("DELETE FROM schema_migrations WHERE version = 28")


async def test_the_migration_counts_the_lengths_of_an_existing_archive(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await ingest(store, make_post(1, CLEANED), make_post(2, PLAIN), make_post(3, LONGER))
    expected = await scored(store, "переговоры")
    await store.close()
    _before_0028(path)

    again = await Store.open(path)
    assert again.applied_on_open == ["0028_clean_length.sql"]
    assert await scored(again, "переговоры") == expected
    await again.close()
    rows = lengths(path)
    assert len(rows) == 3 and all_right(rows)
