"""The full-text index's rows, written by the store itself (migration 0020).

``posts_fts`` indexes a post's title, clean text and word forms (:func:`archive.analysis.
index_forms`). The word forms are not stored in ``posts`` (they were a fifth of the archive),
so no trigger can index them: the store adds a post's row to the index in the transaction
that stores the post, with the forms its prepare step made, and at an edit deletes the old
row with the forms computed again from the old title and clean text. FTS5 needs exactly the
tokens it indexed to delete them; the analyser is pinned by a test, and a change of it ships
a migration that rebuilds the forms in the index.

Writes to ``posts`` past the store are refused by the guards of migration 0020, which call
:data:`WRITER_FUNCTION`: only a connection given :func:`allow_writes` defines it.

SQLite-only: FTS5's ``'delete'`` command (PostgreSQL's ``tsvector`` is a column of the row).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import index_forms

if TYPE_CHECKING:
    import aiosqlite

    from tg_archiver.archive.store.inline import Writes

__all__ = ["INDEX", "INDEX_STAGED", "WRITER_FUNCTION", "allow_writes", "index_rows", "unindex"]

WRITER_FUNCTION = "written_by_tg_archiver"

INDEX = "INSERT INTO posts_fts (rowid, title, clean_text, search_stems) VALUES (?, ?, ?, ?)"
# The staged chunk of new posts (archive/store/writer.py) in one statement: one index segment.
INDEX_STAGED = (
    "INSERT INTO posts_fts (rowid, title, clean_text, search_stems)"
    " SELECT id, title, coalesce(clean_stored, raw_text), search_stems"
    " FROM temp.staged_posts ORDER BY rowid"
)
_UNINDEX = (
    "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
    " VALUES ('delete', ?, ?, ?, ?)"
)
_INDEXED = "SELECT title, clean_text FROM posts WHERE id = ?"


def _yes() -> int:
    return 1


async def allow_writes(db: aiosqlite.Connection) -> None:
    """Let ``db`` write ``posts`` (its code keeps the index in step)."""
    await db.create_function(WRITER_FUNCTION, 0, _yes, deterministic=True)


def index_rows(rows: Iterable[tuple[int, str | None, str]]) -> list[tuple[object, ...]]:
    """``(id, title, clean_text)`` of posts as :data:`INDEX` takes them, with their forms."""
    return [(pid, title, text, index_forms(text, title)) for pid, title, text in rows]


async def unindex(conn: Writes, post_id: int) -> None:
    """Delete the index's row of the stored post ``post_id`` (before its title or text
    changes): its tokens are those of its stored title and clean text and their forms."""
    row = await conn.fetchone(_INDEXED, (post_id,))
    if row is not None:
        title, text = row
        await conn.db.execute(_UNINDEX, (post_id, title, text, index_forms(text, title)))
