"""The index made again for another word analyser (index_writes.keep_forms_current, migration
0021) killed with SIGKILL halfway: the archive is whole, the newest posts are found, the rest
are in no row of the index (no stale forms), and the next open resumes it to exactly the index
an uninterrupted refill makes.

The real `tg-archiver migrate` runs in a subprocess on an archive whose recorded analyser is
another's, with batches of a few posts; the test kills it once a batch is committed and before
the refill is done (the child holds after its first batch until killed).
"""

from __future__ import annotations

import asyncio
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

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

SMALL_BATCH = 5


def migrate(db: Path, batch: int = SMALL_BATCH, *, hold: bool = False) -> subprocess.Popen[str]:
    """`tg-archiver migrate` in a subprocess, the refill committing ``batch`` posts at a time;
    ``hold``: holding after its first batch until killed (cli_processes.kill_after_a_batch)."""
    module = "tg_archiver.archive.store.index_writes"
    return migrate_with(db, module, batch, f"{module}:_refill_batch" if hold else None)


def refill_from(db: Path) -> int | None:
    """The refill's upto_id, None when none is under way; 0 before the emptying committed.

    One statement reads both tables, so both are read at one moment: read one at a time, the
    refill's start could commit between them and look like a refill already done."""
    with closing(sqlite3.connect(db, timeout=30)) as conn:
        upto, made = conn.execute(
            "SELECT (SELECT upto_id FROM search_forms_refill),"
            " (SELECT fingerprint FROM search_analyser)"
        ).fetchone()
    if upto is None:
        return 0 if made == "another" else None
    return int(upto)


def tokens(db: Path) -> tuple[list[int], list[tuple[str, int, str, int]]]:
    """The posts the index holds and its every token, after checking the file."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        every = index_tokens(conn)
    return sorted({t[1] for t in every}), every


async def found(db: Path, text: str) -> list[str]:
    async with await Store.open(db, read_only=True) as store:
        hits = await store.search(parse_query(text), limit=50)
        return sorted((h.row.external_id for h in hits), key=int)


@pytest.fixture(scope="module")
def another(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of POSTS posts whose index's forms (so says the archive) another analyser
    made."""
    path = write_archive(tmp_path_factory.mktemp("another") / "archive.db", *numbered_posts())
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE search_analyser SET fingerprint = 'another'")
    with closing(sqlite3.connect(path)) as conn:  # the test copies the file alone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_refill_killed_halfway_leaves_the_newest_found_and_resumes(
    tmp_path: Path, another: Path
) -> None:
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    shutil.copy(another, whole)
    shutil.copy(another, killed)

    proc = migrate(whole)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"search index: word forms made again for {POSTS} posts\n" in out
    assert refill_from(whole) is None
    with closing(sqlite3.connect(whole)) as conn:
        assert_index_agrees(conn)
    expected = tokens(whole)
    assert expected[0] == list(range(1, POSTS + 1))

    kill_after_a_batch(migrate(killed, hold=True))
    upto = refill_from(killed)
    assert upto is not None, "the refill finished before the kill; make the batches smaller"
    assert 0 < upto < POSTS

    # Halfway: the file is whole; the index holds the posts above upto_id, as the refill made
    # them, and nothing of the others (no token of another analyser's forms to mislead).
    indexed, halfway = tokens(killed)
    assert indexed == list(range(upto + 1, POSTS + 1))
    assert halfway == [t for t in expected[1] if t[1] > upto]
    assert asyncio.run(found(killed, "сердолики")) == [str(POSTS)]

    proc = migrate(killed, batch=1000)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"search index: word forms made again for {upto} posts\n" in out  # those left
    assert "up to date" in out
    assert refill_from(killed) is None
    assert tokens(killed) == expected
    assert asyncio.run(found(killed, "сердолики")) == ["1", str(POSTS)]


def test_a_search_on_a_terminal_shows_the_refill_it_waits_for(
    tmp_path: Path, another: Path
) -> None:
    db = tmp_path / "a.db"
    shutil.copy(another, db)
    code, out, shown = on_a_terminal("--db", str(db), "search", "сердолики")
    assert code == 0, shown
    assert re.search(rf"search index: 100%.*{POSTS}/{POSTS}", shown), shown
    assert out.count("\n\n") == 2  # the first post and the last, found by another form
    assert refill_from(db) is None
