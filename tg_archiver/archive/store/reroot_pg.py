"""The root of a group of copies is its earliest published post, on PostgreSQL.

The sibling of :mod:`.reroot` (read it for why): the same choice of the earliest new copy
per group, the same moves (detach it, repoint the group, link the old root, move the band
keys and signature with the role), a post a user unlinked never made a copy. What differs is
the SQL: array parameters, ``ON CONFLICT`` clauses. Called by
:meth:`.writer_pg.PgWriter._ingest_chunk` at the end of each chunk, inside its transaction.
"""

from __future__ import annotations

from typing import Any

from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.store.records import ts
from tg_archiver.archive.store.reroot import Linked

_PUBLISHED = "SELECT id, published_at, clean_text FROM posts WHERE id = ANY($1::bigint[])"
_UNLINKED = "SELECT post_id FROM post_unlinks WHERE post_id = ANY($1::bigint[])"
_DETACH = (
    "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL WHERE id = $1"
)
_REPOINT = "UPDATE posts SET duplicate_of = $1 WHERE duplicate_of = $2"
_LINK = "UPDATE posts SET duplicate_of = $1, duplicate_kind = $2, similarity = $3 WHERE id = $4"
_DROP_BANDS = "DELETE FROM post_bands WHERE post_id = $1 AND band = ANY($2::bigint[])"
_ADD_BANDS = (
    "INSERT INTO post_bands (band, post_id) SELECT b, $2 FROM unnest($1::bigint[]) AS b"
    " ON CONFLICT DO NOTHING"
)
_DROP_SIGNATURE = "DELETE FROM post_signatures WHERE post_id = $1"
_ADD_SIGNATURE = (
    "INSERT INTO post_signatures (post_id, signature) VALUES ($1, $2)"
    " ON CONFLICT (post_id) DO UPDATE SET signature = excluded.signature"
)


async def reroot(db: Any, linked: list[Linked]) -> list[int]:
    """Make the earliest of each group its root; the band keys an old root was taken out
    of, as :func:`.reroot.reroot`. ``db``: the writing asyncpg connection, inside the
    ingest's transaction."""
    if not linked:
        return []
    roots = sorted({root for _, _, root, _, _ in linked})
    stored = {
        int(pid): (published, text) for pid, published, text in await db.fetch(_PUBLISHED, roots)
    }
    kept = {int(pid) for (pid,) in await db.fetch(_UNLINKED, roots)}
    earliest: dict[int, Linked] = {}
    for item in linked:
        _, prepared, root, _, _ = item
        if root in kept or root not in stored:
            continue
        best = earliest.get(root)
        if best is None or prepared.post.published_at < best[1].post.published_at:
            earliest[root] = item
    dropped: list[int] = []
    for old, (new, prepared, _, kind, similarity) in earliest.items():
        published, old_text = stored[old]
        if ts(prepared.post.published_at) >= published:
            continue
        await db.execute(_DETACH, new)
        await db.execute(_REPOINT, new, old)
        await db.execute(_LINK, new, kind, similarity, old)
        old_bands = list(set(fingerprint(old_text).bands))
        await db.execute(_DROP_BANDS, old, old_bands)
        dropped.extend(old_bands)
        await db.execute(_DROP_SIGNATURE, old)
        await db.execute(_ADD_BANDS, list(prepared.bands), new)
        if len(prepared.signature):
            await db.execute(_ADD_SIGNATURE, new, prepared.signature.astype("<u4").tobytes())
    return dropped
