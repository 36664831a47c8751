"""An archive missing a table or view its migrations made is refused at open, untouched.

Hostile round 10: ``run --once`` over an archive without ``alerts`` or ``post_versions`` (a
table another program dropped) exited 0, and without ``sources`` it recorded its rules in
the archive before "no such table" stopped it. tg_archiver/archive/store/schema_parts.py.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import dump

from tg_archiver.archive.store import Store
from tg_archiver.archive.store.connection import _migrations
from tg_archiver.archive.store.schema_parts import made_by, missing

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


async def test_what_the_migrations_made_is_read_from_their_sql(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "a.db"):
        pass
    with closing(sqlite3.connect(tmp_path / "a.db")) as conn:
        held = {
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"
            )
        }
    expected = made_by(script for _, (_, script) in sorted(_migrations().items()))
    assert missing(expected, held) == []
    # What is there besides: the migrations' record, and the index's own shadow tables.
    assert {n for n in held - expected if not n.startswith("posts_fts_")} == {"schema_migrations"}


def test_a_rename_and_a_drop_are_followed_in_order() -> None:
    scripts = [
        "CREATE TABLE a (x);\n-- CREATE TABLE commented (x);\nCREATE VIEW v AS SELECT 1;",
        "ALTER TABLE a RENAME TO b; DROP VIEW IF EXISTS v; CREATE TABLE IF NOT EXISTS c (y);",
    ]
    assert made_by(scripts) == {"b", "c"}
    assert missing(frozenset({"b", "c"}), ["B"]) == ["c"]


@pytest.mark.parametrize("table", ["alerts", "post_versions", "sources", "feed_state"])
def test_run_over_an_archive_without_a_table_is_one_line_and_leaves_it(
    tmp_path: Path, cli, table: str
) -> None:
    db = tmp_path / "archive.db"
    assert cli("--db", db, "migrate").code == 0
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA foreign_keys = off")
        conn.execute(f"DROP TABLE {table}")
    config = tmp_path / "tg-archiver.toml"
    feed = EXAMPLES / "feed.xml"
    config.write_text(f'[[feeds]]\nurl = "{feed}"\nname = "Example"\ninterval = 900\n')
    before = dump(db)
    r = cli("--config", config, "--db", db, "run", "--once")
    assert r.code == 1
    assert r.err.splitlines()[-1] == (
        f"tg-archiver: error: the archive {db} lacks part of what tg-archiver keeps in it"
        f" (no such table: {table}): another program changed it, or it is damaged; nothing"
        " was changed. Restore it from a backup"
    )
    assert "Traceback" not in r.err
    assert dump(db) == before
