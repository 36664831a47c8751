"""Hostile input, round 10: what a user's files or a hostile channel gave, and was mishandled.

Each test states the input, what happened before, and what happens now. Real SQLite files,
the real command line (tests/conftest.py's ``cli``).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from conftest import dump
from tdesktop_fixtures import make_channel_export, message, patched, write_export


def texts(db: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT external_id, raw_text FROM posts ORDER BY id").fetchall()
    return [(str(e), str(t)) for e, t in rows]


# -- a Telegram Desktop export with bad fields: --partial keeps every good message -------------


def _export_with_bad_messages(tmp_path: Path) -> Path:
    messages = [
        message(1, "Good one on trade"),
        message(2, "A forward of no one", forwarded_from=5),  # a number: no name
        message(3, "Good two on energy"),
        message(4, "Bad \x00 byte"),  # refused by the archive (PostgreSQL)
        message(5, "Good three"),
        patched(message(6, "An id that is text"), id="six"),
        message(7, "Good four, the last"),
    ]
    return write_export(tmp_path / "result.json", make_channel_export(messages))


def test_without_partial_a_bad_field_refuses_the_export_naming_the_message(tmp_path, cli):
    db = tmp_path / "archive.db"
    assert cli("--db", db, "migrate").code == 0
    before = dump(db)
    path = _export_with_bad_messages(tmp_path)
    r = cli("--db", db, "import", path)
    assert r.code == 1 and "Traceback" not in r.err
    (line,) = r.err.splitlines()
    assert line.startswith(f"tg-archiver: error: {path}: message 2 (near byte ")
    assert line.endswith('"forwarded_from" must be a string, got 5; nothing was imported')
    assert dump(db) == before


def test_with_partial_every_good_message_is_kept_and_each_bad_one_named(tmp_path, cli, caplog):
    # Before: --partial kept the posts read before the first bad message (1 of 4 good ones).
    db = tmp_path / "archive.db"
    path = _export_with_bad_messages(tmp_path)
    r = cli("--db", db, "import", "--partial", path)
    assert r.code == 1 and "Traceback" not in r.err
    assert texts(db) == [
        ("1", "Good one on trade"),
        ("3", "Good two on energy"),
        ("5", "Good three"),
        ("7", "Good four, the last"),
    ]
    assert "left out 3 post(s) with a bad field (--partial; each logged)" in r.out
    warned = [r.getMessage() for r in caplog.records]
    assert any("message 2 (" in w and '"forwarded_from" must be a string' in w for w in warned)
    assert any("message 4 (near byte" in w and "NUL character" in w for w in warned)
    assert any("message at index 6 (" in w and '"id" must be an integer' in w for w in warned)
    # Again: nothing new, the same three named.
    again = cli("--db", db, "import", "--partial", path)
    assert again.code == 1 and "left out 3 post(s)" in again.out
    assert len(texts(db)) == 4
