"""The SQL of ``tg-archiver explain ID`` and ``tg-archiver unlink ID`` (archive/explain.py).

Reads a post's link (its original, kind and similarity), whether a user unlinked it by hand
(``post_unlinks``), how many copies point at it and which originals share a band with it; and
unlinking: the post is recorded in ``post_unlinks`` (relink never links it again, and a
re-import finds it stored and leaves it as it is), detached from its original, and its band
keys and signature are indexed so that later copies of it are linked to it. What the texts
have in common is archive/explain.py's job; this module only speaks SQL. Its PostgreSQL
sibling, :mod:`.unlinks_pg`, has the same calls (archive/explain.py picks by the engine).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store import Store, parse_ts, ts
from tg_archiver.archive.store.candidates import sig_blob
from tg_archiver.archive.store.connection import marks
from tg_archiver.archive.store.writer import INSERT_BAND, INSERT_SIGNATURE

if TYPE_CHECKING:
    from tg_archiver.archive.fingerprint import Fingerprint

_POST = """
SELECT posts.id, clean_text, published_at, duplicate_of, duplicate_kind, similarity,
       date_source, source_id, sources.kind
FROM posts JOIN sources ON sources.id = posts.source_id WHERE posts.id = ?
"""
_UNLINKED = "SELECT unlinked_at FROM post_unlinks WHERE post_id = ?"
_COPIES = "SELECT count(*) FROM posts WHERE duplicate_of = ?"
_SHARING_A_BAND = (
    "SELECT DISTINCT post_id FROM post_bands WHERE band IN ({marks}) AND post_id != ?"
    " ORDER BY post_id LIMIT ?"
)
_RECORD_UNLINK = """
INSERT INTO post_unlinks (post_id, unlinked_at, was_copy_of, was_kind) VALUES (?, ?, ?, ?)
ON CONFLICT (post_id) DO NOTHING
"""
_DETACH = (
    "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL WHERE id = ?"
)
MAX_SHARING = 200  # originals sharing a band read for one post


@dataclass(frozen=True, slots=True)
class LinkRow:
    id: int
    clean: str
    published: datetime
    duplicate_of: int | None
    kind: str | None
    similarity: float | None
    date_source: str = "source"  # archive.models.DateSource
    source_id: int | None = None  # who published it, and its kind (a channel's own
    source_kind: str | None = None  # post again: archive.store.vetoes.same_source)


async def link_row(store: Store, post_id: int) -> LinkRow:
    """Post ``post_id``'s text, time and link; :class:`InputError` if there is none."""
    row = await store.conn.fetchone(_POST, (post_id,))
    if row is None:
        raise InputError(f"no post with id {post_id}")
    return LinkRow(
        row[0], row[1], parse_ts(row[2]), row[3], row[4], row[5], row[6], int(row[7]), row[8]
    )


async def unlinked_at(store: Store, post_id: int) -> str | None:
    """When a user unlinked the post by hand (the stored time), or None."""
    row = await store.conn.fetchone(_UNLINKED, (post_id,))
    return row[0] if row else None


async def copies_of(store: Store, post_id: int) -> int:
    """How many posts are linked to ``post_id`` as their original."""
    row = await store.conn.fetchone(_COPIES, (post_id,))
    return row[0] if row else 0


async def sharing_a_band(store: Store, post_id: int, bands: Sequence[int]) -> list[int]:
    """Ids of stored originals (at most :data:`MAX_SHARING`, the lowest: the same on either
    engine) sharing a band with the post."""
    sql = _SHARING_A_BAND.format(marks=marks(bands))
    return [pid for (pid,) in await store.conn.fetchall(sql, (*bands, post_id, MAX_SHARING))]


async def record_unlink(store: Store, post: LinkRow, now: datetime, fp: Fingerprint) -> bool:
    """Unlink ``post`` for good (inside the caller's transaction); False if it already was.

    A post that was a copy is detached and its band keys and signature indexed.
    """
    if await unlinked_at(store, post.id) is not None:
        return False
    db = store.conn.db
    await db.execute(_RECORD_UNLINK, (post.id, ts(now), post.duplicate_of, post.kind))
    if post.duplicate_of is None:
        return True
    await db.execute(_DETACH, (post.id,))
    await db.executemany(INSERT_BAND, [(b, post.id) for b in fp.bands])
    if blob := sig_blob(fp.signature):
        await db.execute(INSERT_SIGNATURE, (post.id, blob))
    store.writer.linker.forget_crowded()
    return True
