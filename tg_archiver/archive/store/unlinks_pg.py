"""The SQL of ``tg-archiver explain ID`` and ``tg-archiver unlink ID`` on PostgreSQL.

The sibling of :mod:`.unlinks` (read it for what each call answers and why): the same
calls, the same rows (:class:`.unlinks.LinkRow`), the same record of an unlink. What
differs is the SQL: ``$n`` parameters, the band list one array parameter (``= ANY($1)``),
``ON CONFLICT`` clauses for SQLite's ``OR IGNORE`` / ``OR REPLACE``. Writes go through the
store's writing connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import Store, parse_ts, ts
from tg_archiver.archive.store.candidates import sig_blob
from tg_archiver.archive.store.unlinks import MAX_SHARING, LinkRow

if TYPE_CHECKING:
    from tg_archiver.archive.fingerprint import Fingerprint

_POST = """
SELECT posts.id, clean_text, published_at, duplicate_of, duplicate_kind, similarity,
       date_source, source_id, sources.kind
FROM posts JOIN sources ON sources.id = posts.source_id WHERE posts.id = $1
"""
_UNLINKED = "SELECT unlinked_at FROM post_unlinks WHERE post_id = $1"
_COPIES = "SELECT count(*) FROM posts WHERE duplicate_of = $1"
_SHARING_A_BAND = (
    "SELECT DISTINCT post_id FROM post_bands WHERE band = ANY($1::bigint[]) AND post_id != $2"
    " ORDER BY post_id LIMIT $3"
)
_RECORD_UNLINK = """
INSERT INTO post_unlinks (post_id, unlinked_at, was_copy_of, was_kind) VALUES ($1, $2, $3, $4)
ON CONFLICT (post_id) DO NOTHING
"""
_DETACH = (
    "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL WHERE id = $1"
)
_ADD_BANDS = (
    "INSERT INTO post_bands (band, post_id) SELECT b, $2 FROM unnest($1::bigint[]) AS b"
    " ON CONFLICT DO NOTHING"
)
_ADD_SIGNATURE = (
    "INSERT INTO post_signatures (post_id, signature) VALUES ($1, $2)"
    " ON CONFLICT (post_id) DO UPDATE SET signature = excluded.signature"
)


async def link_row(store: Store, post_id: int) -> LinkRow:
    """Post ``post_id``'s text, time and link; :class:`InputError` if there is none."""
    row = await store.connection.fetchone(_POST, (post_id,))
    if row is None:
        raise InputError(f"no post with id {post_id}")
    return LinkRow(
        int(row[0]), row[1], parse_ts(row[2]), row[3], row[4], row[5], row[6], int(row[7]), row[8]
    )


async def unlinked_at(store: Store, post_id: int) -> str | None:
    """When a user unlinked the post by hand (the stored time), or None."""
    row = await store.connection.fetchone(_UNLINKED, (post_id,))
    return row[0] if row else None


async def copies_of(store: Store, post_id: int) -> int:
    """How many posts are linked to ``post_id`` as their original."""
    row = await store.connection.fetchone(_COPIES, (post_id,))
    return int(row[0]) if row else 0


async def sharing_a_band(store: Store, post_id: int, bands: Sequence[int]) -> list[int]:
    """Ids of stored originals (at most :data:`.unlinks.MAX_SHARING`, the lowest) sharing a
    band with the post."""
    rows = await store.connection.fetchall(_SHARING_A_BAND, (list(bands), post_id, MAX_SHARING))
    return [int(pid) for (pid,) in rows]


async def record_unlink(store: Store, post: LinkRow, now: datetime, fp: Fingerprint) -> bool:
    """Unlink ``post`` for good (inside the caller's transaction); False if it already was.

    A post that was a copy is detached and its band keys and signature indexed.
    """
    if await unlinked_at(store, post.id) is not None:
        return False
    conn = store.connection
    await conn.fetchall(_RECORD_UNLINK, (post.id, ts(now), post.duplicate_of, post.kind))
    if post.duplicate_of is None:
        return True
    await conn.fetchall(_DETACH, (post.id,))
    await conn.fetchall(_ADD_BANDS, (list(fp.bands), post.id))
    if blob := sig_blob(fp.signature):
        await conn.fetchall(_ADD_SIGNATURE, (post.id, blob))
    store.writer.linker.forget_crowded()
    return True
