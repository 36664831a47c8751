"""Archives taken back to what tg-archiver wrote before a migration: before 0019, for the
tests of the upgrades before it (each then takes the archive further back its own way),
before 0024 (a feed's secret in its posts' links and ids), and before 0026 (PostgreSQL's
0009: no record of the rules that made the links and tags), on either engine.

Before 0019 every post's word forms were stored in ``posts.search_stems`` and three triggers
kept ``posts_fts`` in step with ``posts``; 0020 dropped the column and the triggers, and put
guards on ``posts`` in their place (tg_archiver/migrations/0020_*.sql).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.redact import redact_url

_MIGRATIONS = Path(__file__).parents[1] / "tg_archiver" / "migrations"
# The index's triggers as migration 0017 made them (the last to, before 0020 dropped them).
_TRIGGERS = re.findall(
    r"CREATE TRIGGER posts_fts_after_\w+ .*?\nEND;",
    (_MIGRATIONS / "0017_clean_text_once.sql").read_text("utf-8"),
    flags=re.DOTALL,
)
_GUARDS = ("insert", "update", "delete")


def before_0019(path: Path) -> None:
    """Make the archive at ``path`` (of the current schema) what tg-archiver wrote before
    migration 0019: the word forms stored, the index's triggers back, no guards."""
    assert len(_TRIGGERS) == 3
    with closing(sqlite3.connect(path)) as db, db:
        for name in _GUARDS:
            db.execute(f"DROP TRIGGER posts_written_by_tg_archiver_{name}")
        db.execute("ALTER TABLE posts DROP COLUMN search_stems")
        db.execute("ALTER TABLE posts ADD COLUMN search_stems TEXT NOT NULL DEFAULT ''")
        posts = db.execute("SELECT id, title, clean_text FROM posts").fetchall()
        db.executemany(
            "UPDATE posts SET search_stems = ? WHERE id = ?",
            [(index_forms(text, title), pid) for pid, title, text in posts],
        )
        for trigger in _TRIGGERS:
            db.execute(trigger)
        db.execute(
            "CREATE TABLE search_stems_fill (after_id INTEGER NOT NULL, upto_id INTEGER NOT NULL)"
        )
        db.execute("DROP TABLE search_analyser")
        db.execute("DROP TABLE search_forms_refill")
        db.execute("DELETE FROM schema_migrations WHERE version IN (19, 20, 21)")


def before_0024(path: Path, originals: Iterable[str]) -> None:
    """Make the feed posts of the archive at ``path`` (of the current schema) what
    tg-archiver stored before migration 0024: each entry's link and guid (and the feed's own
    link) as the feed gave it, secret and all. ``originals``: those links and guids; each
    stored value that is one of them redacted is set back to it."""
    back = {redact_url(url): url for url in originals}
    with closing(sqlite3.connect(path)) as db, db:
        for column in ("external_id", "url"):
            db.executemany(
                f"UPDATE posts SET {column} = ? WHERE {column} = ?"
                " AND source_id IN (SELECT id FROM sources WHERE kind = 'feed')",
                [(o, r) for r, o in back.items()],
            )
        db.executemany(
            "UPDATE sources SET url = ? WHERE url = ? AND kind = 'feed'",
            [(o, r) for r, o in back.items()],
        )
        db.execute("DELETE FROM schema_migrations WHERE version = 24")


async def before_rules_recorded(where: Path | PostgresUrl) -> None:
    """Make the archive at ``where`` (of the current schema, on either engine) what
    tg-archiver wrote before SQLite's migration 0026 (PostgreSQL's 0009): no ``rules_applied``
    table, so nothing says which rules made its links and tags."""
    from tg_archiver.archive.store import Store

    version = 9 if isinstance(where, PostgresUrl) else 26
    async with await Store.open(where) as store, store.transaction():
        await store.connection.fetchall("DROP TABLE rules_applied")
        await store.connection.fetchall(f"DELETE FROM schema_migrations WHERE version = {version}")
