"""Migration 0008's fill of the word forms (store/upgrades/reindex.py) killed with SIGKILL halfway
leaves an archive that is whole and searchable, and the next open resumes it to exactly the
archive an uninterrupted migration makes.

The real `tg-archiver migrate` runs in a subprocess on an archive made as it was before 0008,
with batches of a few posts (so that there are many commits to land between); the test kills
it once the archive records a batch done and before it records the fill done (the child holds
after its first batch until killed).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from cli_processes import POSTS, index_tokens, kill_after_a_batch, numbered_posts, on_a_terminal
from cli_processes import migrate as migrate_with
from conftest import write_archive
from index_check import assert_index_agrees
from test_search_index import _downgrade

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

SMALL_BATCH = 5  # the first post is filled by the first batch, the last by the last

# Everything the fill writes: each post's word forms, and the index's every token.
_POSTS = "SELECT id, title, clean_text, search_stems FROM posts ORDER BY id"


def migrate(db: Path, batch: int = SMALL_BATCH, *, hold: bool = False) -> subprocess.Popen[str]:
    """`tg-archiver migrate` in a subprocess, the fill committing ``batch`` posts at a time;
    ``hold``: holding after its first batch until killed (cli_processes.kill_after_a_batch)."""
    held = "tg_archiver.archive.store.upgrades.batched:_one_batch" if hold else None
    return migrate_with(db, "tg_archiver.archive.store.upgrades.reindex", batch, held)


def fill_state(db: Path) -> tuple[int, int] | None:
    """(after_id, upto_id) of an unfinished fill, None when there is none; (0, -1) when the
    migration's first transaction has not committed yet."""
    with closing(sqlite3.connect(db, timeout=30, isolation_level=None)) as conn:
        conn.execute("BEGIN")  # both reads see one moment, not a commit between them
        try:
            row = conn.execute("SELECT after_id, upto_id FROM search_stems_fill").fetchone()
        except sqlite3.OperationalError:  # no table: not made yet, or dropped by 0020
            done = conn.execute("SELECT 1 FROM schema_migrations WHERE version = 20").fetchone()
            return None if done else (0, -1)
    return None if row is None else (int(row[0]), int(row[1]))


def checked(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The posts and the index's tokens, after checking the file and the index against posts."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert_index_agrees(conn)
        return conn.execute(_POSTS).fetchall(), index_tokens(conn)


async def found(db: Path, text: str) -> list[str]:
    # Not migrated here: halfway, the upgrade stops before migration 0020 until its fill ends.
    store = await Store.open(db, migrate=False)
    try:
        return [h.row.external_id for h in await store.search(parse_query(text), limit=50)]
    finally:
        await store.close()


@pytest.fixture(scope="module")
def old(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of POSTS posts as tg-archiver wrote it before migration 0008."""
    path = write_archive(tmp_path_factory.mktemp("old") / "old.db", *numbered_posts())
    _downgrade(path)
    with closing(sqlite3.connect(path)) as conn:  # the test copies the file alone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


async def test_a_fill_killed_halfway_leaves_a_searchable_archive_and_resumes(
    tmp_path: Path, old: Path
) -> None:
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    shutil.copy(old, whole)
    shutil.copy(old, killed)

    proc = migrate(whole)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert fill_state(whole) is None
    expected = checked(whole)

    kill_after_a_batch(migrate(killed, hold=True))
    state = fill_state(killed)
    assert state is not None, "the fill finished before the kill; make the batches smaller"
    after, upto = state
    assert 0 < after < upto == POSTS

    # Halfway: the file and the index are whole, the posts up to `after` have their word
    # forms and the rest are found by their words as written.
    posts, _tokens = checked(killed)
    assert all(stems for pid, _t, _x, stems in posts if pid <= after)
    assert all(stems == "" for pid, _t, _x, stems in posts if pid > after)
    assert len(posts) == POSTS
    assert sorted(await found(killed, "сердоликами"), key=int) == ["1", str(POSTS)]
    assert await found(killed, "сердолики") == ["1"]  # another form: only the filled post yet

    proc = migrate(killed, batch=1000)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "up to date" in out
    assert fill_state(killed) is None
    assert checked(killed) == expected
    assert sorted(await found(killed, "сердолики"), key=int) == ["1", str(POSTS)]


def test_migrate_on_a_terminal_shows_the_fill_as_a_progress_bar(tmp_path: Path, old: Path) -> None:
    db = tmp_path / "a.db"
    shutil.copy(old, db)
    code, out, shown = on_a_terminal("--db", str(db), "migrate")
    assert code == 0, shown
    assert "applied 0008_search_stems.sql" in out
    assert re.search(rf"search index: 100%.*{POSTS}/{POSTS}", shown), shown
    assert fill_state(db) is None
