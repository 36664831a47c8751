"""store.discard: an archive a refused command made is removed only while it holds nothing a
user stored."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from conftest import make_post, write_archive

from tg_archiver.archive.store.copy_mark import MARK_TABLE
from tg_archiver.archive.store.discard import discard_if_empty


def test_an_empty_archive_is_removed(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "new.db")

    assert discard_if_empty(db) is True
    assert list(tmp_path.iterdir()) == []


def test_the_companion_files_a_killed_process_left_go_with_it(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "new.db")
    # A process that read the archive and died without closing it leaves its -wal and -shm.
    reader = f"import os, sqlite3; sqlite3.connect({str(db)!r}).execute('SELECT 1 FROM posts')"
    subprocess.run([sys.executable, "-c", reader + "; os._exit(0)"], check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db", "new.db-shm", "new.db-wal"]

    assert discard_if_empty(db) is True
    assert list(tmp_path.iterdir()) == []


def test_an_archive_holding_a_post_is_kept(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "new.db", make_post(1, "Talks on cooperation."))

    assert discard_if_empty(db) is False
    assert db.exists()


def test_an_archive_holding_a_feeds_state_is_kept(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "new.db")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO feed_state (url, failures) VALUES ('https://example.org/f', 1)")

    assert discard_if_empty(db) is False
    assert db.exists()


def test_the_target_of_an_unfinished_copy_is_kept_even_before_its_first_row(
    tmp_path: Path,
) -> None:
    db = write_archive(tmp_path / "new.db")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(f"CREATE TABLE {MARK_TABLE} (source TEXT NOT NULL, started_at TEXT NOT NULL)")

    assert discard_if_empty(db) is False
    assert db.exists()


def test_a_file_that_is_not_an_archive_is_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database", encoding="utf-8")

    assert discard_if_empty(notes) is False
    assert notes.read_text(encoding="utf-8") == "my notes, not a database"


def test_a_missing_file_is_not_made_by_looking(tmp_path: Path) -> None:
    assert discard_if_empty(tmp_path / "never.db") is False
    assert list(tmp_path.iterdir()) == []
