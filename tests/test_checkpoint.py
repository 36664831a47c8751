"""Checkpoints run off the write path (archive/store/checkpoint.py): the write-ahead log stays
bounded over many live posts, a commit never runs one itself, and a process killed between
or during them loses nothing it committed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOW, OPTIONS, make_post
from index_check import assert_index_agrees

from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.location import wal_of
from tg_archiver.archive.store import Store, checkpoint

POSTS = 120
FEW_CHANGES = 200  # a checkpoint every few posts, so that a test needs few of them
FEW_PAGES = 50  # and the log started again every few checkpoints


def live_text(i: int) -> str:
    """A post of its own words (no copy of another), long enough to have shingles."""
    return (
        f"Statement {i}: the minister met counterpart number {i * 7919 % 10007} and discussed"
        f" cooperation on item {i * 104729 % 9973}, trade route {i * 31 % 97} and the summit."
    )


async def wal_after_live_posts(db: Path) -> int:
    """Store POSTS posts one at a time, as the service does: the log's size at the end."""
    async with await Store.open(db) as store:
        for i in range(POSTS):
            await store_posts(store, [make_post(i, live_text(i))], OPTIONS, now=NOW)
            # Each checkpoint let end before the next post: on a busy machine one started in
            # the background may otherwise still run many posts later, and the log's size
            # would measure the scheduler, not the bound.
            await store.conn.checkpoints_idle()
        return wal_of(db).stat().st_size


async def test_the_log_stays_bounded_over_many_live_posts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpoint, "CHECKPOINT_CHANGES", 10**9)  # never: what posts write
    unbounded = await wal_after_live_posts(tmp_path / "never.db")
    monkeypatch.setattr(checkpoint, "CHECKPOINT_CHANGES", FEW_CHANGES)
    monkeypatch.setattr(checkpoint, "WAL_PAGES", FEW_PAGES)

    bounded = await wal_after_live_posts(tmp_path / "archive.db")

    # Every post's pages stay in a log never checkpointed; with checkpoints the log starts
    # again every few posts, so it holds a few posts' pages at most.
    assert bounded < unbounded / 4, (bounded, unbounded)
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (POSTS,)


async def test_a_commit_runs_no_checkpoint_itself(store: Store) -> None:
    statements: list[str] = []
    await store._db.set_trace_callback(statements.append)

    for i in range(40):
        await store_posts(store, [make_post(i, live_text(i))], OPTIONS, now=NOW)

    rows = await store.conn.fetchall("PRAGMA wal_autocheckpoint")
    assert rows == [(0,)]  # SQLite's automatic checkpoint (inside COMMIT) is off
    assert not [s for s in statements if "wal_checkpoint" in s.lower()]
    await store.conn.checkpoints_idle()


_KILLED = """
import asyncio, os, sys
from pathlib import Path
sys.path.insert(0, "tests")
from conftest import NOW, OPTIONS, make_post
from test_checkpoint import FEW_CHANGES, FEW_PAGES, live_text
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.store import Store, checkpoint

checkpoint.CHECKPOINT_CHANGES, checkpoint.WAL_PAGES = FEW_CHANGES, FEW_PAGES

async def main(db: Path, die_at: int) -> None:
    async with await Store.open(db) as store:
        # The process dies (no cleanup, like SIGKILL) as post die_at is written, with
        # checkpoints run before it and one perhaps still copying.
        await store._db.create_function("die", 0, lambda: os._exit(9))
        await store._db.execute(
            "CREATE TEMP TRIGGER die_at AFTER INSERT ON main.posts"
            f" WHEN new.external_id = '{die_at}' BEGIN SELECT die(); END"
        )
        for i in range(die_at + 1):
            await store_posts(store, [make_post(i, live_text(i))], OPTIONS, now=NOW)

asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))
"""


def test_a_process_killed_while_storing_keeps_every_committed_post(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    die_at = 90

    done = subprocess.run(
        [sys.executable, "-c", _KILLED, str(db), str(die_at)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 9, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert_index_agrees(conn)
        stored = [int(x) for (x,) in conn.execute("SELECT external_id FROM posts ORDER BY id")]
        found = conn.execute(
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'minister'"
        ).fetchone()
    assert stored == list(range(die_at))  # every post committed before, none of the last
    assert found == (die_at,)
