"""The word forms of a PostgreSQL archive written before its migration 0002: the sibling of
:mod:`.reindex` (SQLite's fill of ``search_stems``), for an engine whose archives are young.

Run by :meth:`.connection_pg.PgConnection.migrate` inside the migration's own transaction, a
batch of posts at a time by id (memory stays one batch): the migration and the fill commit
together or not at all, and a killed upgrade starts again whole at the next open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import analyse

if TYPE_CHECKING:
    import asyncpg

BATCH = 2000
_POSTS_AFTER = (
    "SELECT id, title, clean_text FROM posts WHERE id > $1 AND search_stems = ''"
    " ORDER BY id LIMIT $2"
)
_SET_STEMS = (
    "UPDATE posts SET search_stems = new.stems"
    " FROM unnest($1::bigint[], $2::text[]) AS new (id, stems) WHERE posts.id = new.id"
)


async def fill_search_stems(db: asyncpg.Connection) -> int:
    """Give every post without word forms its own (as ingest makes them); return how many."""
    after, done = 0, 0
    while rows := await db.fetch(_POSTS_AFTER, after, BATCH):
        stems = [analyse(f"{t}\n{text}" if t else text) for _, t, text in rows]
        await db.execute(_SET_STEMS, [r[0] for r in rows], stems)
        after, done = rows[-1][0], done + len(rows)
    return done
