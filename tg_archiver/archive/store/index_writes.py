"""The full-text index's rows, written by the store itself (migration 0020).

``posts_fts`` indexes a post's title, clean text and word forms (:func:`archive.analysis.
index_forms`). The word forms are not stored in ``posts`` (they were a fifth of the archive),
so no trigger can index them: the store adds a post's row to the index in the transaction
that stores the post, with the forms its prepare step made, and at an edit deletes the old
row with the forms computed again from the old title and clean text. FTS5 needs exactly the
tokens it indexed to delete them, so the archive records what made its forms
(:func:`analyser`: this code's :data:`ANALYSER_VERSION`, the Snowball library's version and
the forms of a probe text), and a writing open that finds another analyser (an upgrade of
PyStemmer, a change of archive/analysis.py) makes the index's forms again before anything is
written: :func:`keep_forms_current`. A test pins the analyser's output over the search corpora.

Writes to ``posts`` past the store are refused by the guards of migration 0020, which call
:data:`WRITER_FUNCTION`: only a connection given :func:`allow_writes` defines it.

SQLite-only: FTS5's ``'delete'`` command (PostgreSQL's ``tsvector`` is a column of the row).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

import Stemmer

from tg_archiver.archive.analysis import index_forms

if TYPE_CHECKING:
    import aiosqlite

    from tg_archiver.archive.store.connection import Connection
    from tg_archiver.archive.store.inline import WriteDb
    from tg_archiver.archive.store.upgrades.batched import Progress

log = logging.getLogger("tg_archiver.archive.store")

__all__ = [
    "ANALYSER_VERSION",
    "INDEX",
    "INDEX_STAGED",
    "UNINDEX",
    "WRITER_FUNCTION",
    "allow_writes",
    "analyser",
    "index_rows",
    "keep_forms_current",
    "unindex",
]

# Raised whenever archive/analysis.py changes what index_forms makes (the pinned test says
# when): every archive then makes its index's forms again at its next writing open.
ANALYSER_VERSION = 1
# Words of both languages through the stemmers' suffix rules, the spelling folds and a heading.
_PROBE = (
    "Talks on the organisation of summits: cooperating harbours, centres and fertilisers;"
    " the ministries' statements were running, relational, generously hopeful.\n"
    "Заявление МИД России о переговорах министров иностранных дел государств-членов ШОС;"
    " санкций, санкции, встречи, Лаврова, Лавров, саммиты, ёлка, сотрудничество, важнейшими."
)

WRITER_FUNCTION = "written_by_tg_archiver"
_TRUST_SCHEMA = "PRAGMA trusted_schema = ON"

INDEX = "INSERT INTO posts_fts (rowid, title, clean_text, search_stems) VALUES (?, ?, ?, ?)"
# The staged chunk of new posts (archive/store/writer.py) in one statement: one index segment.
INDEX_STAGED = (
    "INSERT INTO posts_fts (rowid, title, clean_text, search_stems)"
    " SELECT id, title, coalesce(clean_stored, raw_text), search_stems"
    " FROM temp.staged_posts ORDER BY rowid"
)
UNINDEX = (
    "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
    " VALUES ('delete', ?, ?, ?, ?)"
)


_READ_ANALYSER = "SELECT fingerprint FROM search_analyser"
_SET_ANALYSER = "INSERT INTO search_analyser (fingerprint) VALUES (?)"
_DROP_ANALYSER = "DELETE FROM search_analyser"
_DELETE_ALL = "INSERT INTO posts_fts (posts_fts) VALUES ('delete-all')"
_POSTS = "SELECT count(*) FROM posts"
_POSTS_AFTER = "SELECT id, title, clean_text FROM posts WHERE id > ? ORDER BY id LIMIT ?"
BATCH = 2000  # posts read and indexed at a time while the forms are made again


def analyser() -> str:
    """What makes the index's word forms here, as a short fingerprint."""
    made = f"{ANALYSER_VERSION}\n{Stemmer.version()}\n{index_forms(_PROBE)}"
    return hashlib.sha256(made.encode()).hexdigest()[:16]


async def record_analyser(conn: Connection) -> None:
    """Note that the index's forms are the current analyser's (in the caller's transaction)."""
    await conn.db.execute(_DROP_ANALYSER)
    await conn.db.execute(_SET_ANALYSER, (analyser(),))


async def keep_forms_current(conn: Connection, progress: Progress | None = None) -> int:
    """Make the index's forms again if another analyser made them; return the posts indexed
    again (0 when the analyser is the same). ``progress`` is told the posts done and in all.

    FTS5 can delete a post's tokens only given them, and the old analyser is gone: the index
    is emptied and every post indexed again, in one transaction (a kill leaves the old index
    and the next open starts again). Minutes at a million posts, once per analyser change.
    """
    current = analyser()
    row = await conn.fetchone(_READ_ANALYSER)
    if row is not None and row[0] == current:
        return 0
    started, done = time.monotonic(), 0
    async with conn.transaction():
        row = await conn.fetchone(_READ_ANALYSER)  # another process may have done it
        if row is not None and row[0] == current:
            return 0
        log.info("search index: the word forms' analyser changed; making them again")
        await conn.db.execute(_DELETE_ALL)
        total, after = int((await conn.fetchone(_POSTS))[0]), 0
        while batch := await conn.fetchall(_POSTS_AFTER, (after, BATCH)):
            await conn.db.executemany(INDEX, index_rows(batch))
            after, done = int(batch[-1][0]), done + len(batch)
            if progress is not None:
                progress(done, total)
        await record_analyser(conn)
    log.info(
        "search index: word forms made again posts=%d took=%.1fs", done, time.monotonic() - started
    )
    return done


def _yes() -> int:
    return 1


async def allow_writes(db: aiosqlite.Connection) -> None:
    """Let ``db`` write ``posts`` (its code keeps the index in step)."""
    await db.create_function(WRITER_FUNCTION, 0, _yes, deterministic=True)
    # The guards call it from triggers: a SQLite built to distrust the schema
    # (SQLITE_TRUSTED_SCHEMA=0) refuses that ("unsafe use of ...") unless this connection
    # trusts it. The only function it defines answers 1 and does nothing else.
    await db.execute(_TRUST_SCHEMA)


def index_rows(rows: Iterable[tuple[int, str | None, str]]) -> list[tuple[object, ...]]:
    """``(id, title, clean_text)`` of posts as :data:`INDEX` takes them, with their forms."""
    return [(pid, title, text, index_forms(text, title)) for pid, title, text in rows]


async def unindex(db: WriteDb, post_id: int, title: str | None, text: str) -> None:
    """Delete the index's row of the stored post ``post_id`` (before its title or text
    changes), given its stored title and clean text: its tokens are theirs and their forms'."""
    await db.execute(UNINDEX, (post_id, title, text, index_forms(text, title)))
