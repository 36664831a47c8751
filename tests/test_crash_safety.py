"""`tg-archiver import` killed with SIGKILL at random points never corrupts or half-writes the
archive, and running it again completes it to exactly what an uninterrupted import makes.

Each trial starts the real command in a subprocess on generated Telegram Desktop exports
(three channels), kills it after a seeded random delay, and checks the archive: SQLite's
integrity check, the FTS index against the posts, no post twice, and every post stored
exactly as the uninterrupted import stores it (so no file is half imported). Trials alternate
at random between the default mode (the whole command one transaction, the files merged by
date) and ``--partial`` (each file its own, in turn), so kills land before, inside and between
commits. The two modes store the same posts under different ids (dates or files decide the
order), so each has its own archive and its own uninterrupted baseline. After the last trial
each import runs to the end and its archive must equal its uninterrupted one.

CI runs a few trials; the full run (documented in docs/reliability.md) is::

    TG_ARCHIVER_CRASH_TRIALS=25 pytest tests/test_crash_safety.py -s

``TG_ARCHIVER_CRASH_SEED`` picks other kill points, ``TG_ARCHIVER_CRASH_POSTS`` the posts per
file; a failure names the seed and trial to replay.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from index_check import assert_index_agrees
from tdesktop_fixtures import write_large_export

TRIALS = int(os.environ.get("TG_ARCHIVER_CRASH_TRIALS", "5"))
SEED = int(os.environ.get("TG_ARCHIVER_CRASH_SEED", "20240601"))
POSTS_PER_FILE = int(os.environ.get("TG_ARCHIVER_CRASH_POSTS", "300"))
CHANNELS = (1500000101, 1500000102, 1500000103)

# One row per post: what must survive a crash exactly as an uninterrupted import stores it.
_POSTS = """
SELECT posts.id, sources.key, posts.external_id, posts.content_hash, posts.clean_text,
       posts.edited_at, posts.media, posts.duplicate_of, posts.duplicate_kind,
       (SELECT group_concat(name, ' ') FROM (SELECT tags.name FROM post_tags
          JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id = posts.id
          ORDER BY tags.name)),
       (SELECT count(*) FROM post_history WHERE post_history.post_id = posts.id)
FROM posts JOIN sources ON sources.id = posts.source_id ORDER BY posts.id
"""

Snapshot = dict[tuple[str, str], tuple[object, ...]]


def run_import(db: Path, exports: list[Path], *, partial: bool) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tg_archiver", "--db", str(db), "import", *map(str, exports)]
    return subprocess.Popen(
        [*args, "--partial"] if partial else args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell running this in the background ignores SIGINT, and children inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def checked_snapshot(db: Path) -> Snapshot:
    """The archive's posts by (channel, message id), after checking it is whole.

    Raises AssertionError on a corrupt file, an FTS index out of step with the posts, a post
    stored twice, or a post without its first version.
    """
    if not db.exists():
        return {}
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if "posts" not in tables:  # killed before the first migration committed
            return {}
        if "post_history" not in tables:  # killed between two migrations (0014 not yet):
            assert conn.execute("SELECT count(*) FROM posts").fetchone() == (0,)
            return {}  # the import had not begun; the next open applies the rest
        # The index against the posts table too, not only its own structure.
        assert_index_agrees(conn)
        unindexed = conn.execute(
            "SELECT count(*) FROM posts WHERE id NOT IN (SELECT id FROM posts_fts_docsize)"
        ).fetchone()[0]
        stray = conn.execute(
            "SELECT count(*) FROM posts_fts_docsize WHERE id NOT IN (SELECT id FROM posts)"
        ).fetchone()[0]
        assert (unindexed, stray) == (0, 0), "FTS index and posts disagree"
        twice = conn.execute(
            "SELECT source_id, external_id FROM posts"
            " GROUP BY source_id, external_id HAVING count(*) > 1"
        ).fetchall()
        assert twice == [], f"posts stored twice: {twice}"
        rows = conn.execute(_POSTS).fetchall()
    snapshot = {(r[1], r[2]): r for r in rows}
    assert len(snapshot) == len(rows)
    assert all(r[-1] >= 1 for r in rows), "a post without its first version"
    return snapshot


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("exports")
    return [
        write_large_export(folder / f"{cid}.json", POSTS_PER_FILE, seed=i, channel_id=cid)
        for i, cid in enumerate(CHANNELS)
    ]


@pytest.fixture(scope="module")
def uninterrupted(
    tmp_path_factory: pytest.TempPathFactory, exports: list[Path]
) -> dict[bool, tuple[Snapshot, float]]:
    """For each mode (``--partial`` or not), the archive an import never interrupted makes,
    and how long that import took."""
    made = {}
    for partial in (False, True):
        db = tmp_path_factory.mktemp("baseline") / "archive.db"
        started = time.monotonic()
        proc = run_import(db, exports, partial=partial)
        _out, err = proc.communicate(timeout=300)
        took = time.monotonic() - started
        assert proc.returncode == 0, err
        made[partial] = (checked_snapshot(db), took)
    return made


def test_both_modes_store_the_same_posts(
    uninterrupted: dict[bool, tuple[Snapshot, float]],
) -> None:
    """Only the order differs: the same posts, texts, hashes, tags and versions."""
    by_date, in_turn = uninterrupted[False][0], uninterrupted[True][0]
    assert by_date.keys() == in_turn.keys()

    def content(row: tuple[object, ...]) -> tuple[object, ...]:
        return (*row[1:7], *row[9:])  # not the id, nor the copy link (ids differ)

    assert {k: content(r) for k, r in by_date.items()} == {
        k: content(r) for k, r in in_turn.items()
    }


def test_import_killed_at_random_points_stays_whole_and_a_rerun_completes_it(
    tmp_path: Path, exports: list[Path], uninterrupted: dict[bool, tuple[Snapshot, float]]
) -> None:
    for _snapshot, _took in uninterrupted.values():
        assert len(_snapshot) > 0.9 * POSTS_PER_FILE * len(CHANNELS)  # all but service messages
    rng = random.Random(SEED)
    dbs = {partial: tmp_path / f"archive-{partial}.db" for partial in (False, True)}
    killed = 0
    states: set[int] = set()  # posts found after a trial: how far the kills let it get
    for trial in range(TRIALS):
        partial = rng.random() < 0.5
        expected, took = uninterrupted[partial]
        delay = rng.uniform(0.0, took)
        where = f"seed {SEED}, trial {trial} (partial={partial}, kill at {delay:.2f}s)"
        proc = run_import(dbs[partial], exports, partial=partial)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), f"{where}: {err}"

        try:
            got = checked_snapshot(dbs[partial])
        except (AssertionError, sqlite3.Error) as e:
            raise AssertionError(f"{where}: {e}") from e
        # Every post there is stored as the uninterrupted import stores it (same id, text,
        # hash, tags, copy links), and each channel's file is there whole or not at all.
        for key, row in got.items():
            assert row == expected.get(key), f"{where}: post {key} differs"
        for channel in map(str, CHANNELS):
            have = sum(1 for source, _ in got if source == channel)
            want = sum(1 for source, _ in expected if source == channel)
            assert have in (0, want), f"{where}: channel {channel} half imported ({have}/{want})"
        states.add(len(got))

    for partial, db in dbs.items():
        final = run_import(db, exports, partial=partial)
        _out, err = final.communicate(timeout=300)
        assert final.returncode == 0, err
        assert checked_snapshot(db) == uninterrupted[partial][0], f"partial={partial}"
    print(
        f"\ncrash safety: {TRIALS} trials (seed {SEED}), {killed} killed mid-run,"
        f" archives of {sorted(states)} posts after them, then all"
        f" {len(uninterrupted[False][0])} posts in each mode, equal to its uninterrupted import"
    )
