"""The root of a group of copies is its earliest published post (issue 17).

Ingest links a new post to the stored post it copies. When the new post was published
*before* that original (an older export imported after a newer one, a channel's history
fetched after its reposts), it becomes the group's root instead: the old root and every post
linked to it are pointed at it, the old root as the same kind of copy (exact or near, with
the similarity found), and the band keys and signature move with the role (only originals
are indexed). A post a user unlinked by hand (archive/explain.py) is never made a copy this way.
Called by :meth:`archive.store.writer.Writer._ingest_chunk` at the end of each chunk, inside
its transaction, which forgets its crowded bands when a group was re-rooted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tg_archiver.archive.fingerprint import fingerprint

if TYPE_CHECKING:
    from tg_archiver.archive.pipeline import PreparedPost
    from tg_archiver.archive.store.inline import Writes

Linked = tuple[int, "PreparedPost", int, str, float | None]  # id, post, root, kind, similarity

_DETACH = (
    "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL WHERE id = ?"
)
_REPOINT = "UPDATE posts SET duplicate_of = ? WHERE duplicate_of = ?"
_LINK = "UPDATE posts SET duplicate_of = ?, duplicate_kind = ?, similarity = ? WHERE id = ?"
_DROP_BAND = "DELETE FROM post_bands WHERE band = ? AND post_id = ?"
_ADD_BAND = "INSERT OR IGNORE INTO post_bands (band, post_id) VALUES (?, ?)"
_DROP_SIGNATURE = "DELETE FROM post_signatures WHERE post_id = ?"
_ADD_SIGNATURE = "INSERT OR REPLACE INTO post_signatures (post_id, signature) VALUES (?, ?)"


async def reroot(conn: Writes, linked: list[Linked]) -> list[int]:
    """Make the earliest of each group its root. Returns the band keys an old root was
    taken out of (one entry per row deleted), for :meth:`.candidates.Linker.dropped`."""
    if not linked:
        return []
    roots = sorted({root for _, _, root, _, _ in linked})
    marks = ",".join("?" * len(roots))
    published = dict(
        await conn.fetchall(f"SELECT id, published_at FROM posts WHERE id IN ({marks})", roots)
    )
    kept = {
        pid
        for (pid,) in await conn.fetchall(
            f"SELECT post_id FROM post_unlinks WHERE post_id IN ({marks})", roots
        )
    }
    earliest: dict[int, Linked] = {}
    for item in linked:
        _, prepared, root, _, _ = item
        when = prepared.post.published_at
        if root in kept or root not in published:
            continue
        best = earliest.get(root)
        if best is None or when < best[1].post.published_at:
            earliest[root] = item
    dropped: list[int] = []
    db = conn.db
    for old, (new, prepared, _, kind, similarity) in earliest.items():
        if _ts(prepared) >= published[old]:
            continue
        await db.execute(_DETACH, (new,))
        await db.execute(_REPOINT, (new, old))
        await db.execute(_LINK, (new, kind, similarity, old))
        row = await conn.fetchone("SELECT clean_text FROM posts WHERE id = ?", (old,))
        if row is not None:
            old_bands = set(fingerprint(row[0]).bands)
            await db.executemany(_DROP_BAND, [(b, old) for b in old_bands])
            dropped.extend(old_bands)
        await db.execute(_DROP_SIGNATURE, (old,))
        await db.executemany(_ADD_BAND, [(b, new) for b in prepared.bands])
        if len(prepared.signature):
            await db.execute(_ADD_SIGNATURE, (new, prepared.signature.astype("<u4").tobytes()))
    return dropped


def _ts(prepared: PreparedPost) -> str:
    from tg_archiver.archive.store.records import ts

    return ts(prepared.post.published_at)
