"""Recompute the exact and near links of a PostgreSQL archive (``tg-archiver relink``).

The sibling of :mod:`.relink` (read it for why and what): the same walk through every post
in publication order, a batch at a time, each post decided by the same
:func:`.relink.place` (ingest's :meth:`.candidates.Linker.find_original` over candidates
loaded by :class:`.candidates_pg.PgLinker`), a post a user unlinked kept an original,
forwards kept and pointed at their origin's root, all in one transaction (an interrupted
relink leaves the old links). What differs:

- A batch's decisions are written in one statement each (``unnest`` of arrays).
- SQLite keeps the ids placed so far in a temporary table, so that an exact copy is looked
  for among them; here they are the posts up to the last one placed in ``(published_at,
  id)`` order (the walk's own order), so the look-up says that instead.
- Other services may write the archive meanwhile, where SQLite has one writer: the
  transaction first takes ``posts`` in ``SHARE ROW EXCLUSIVE`` mode, so their writes wait
  for the relink (their reads, the web's and exports', go on).
"""

from __future__ import annotations

from typing import Any

from tg_archiver.archive.rules import links_rules
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.candidates import Chunk, lookup_keys
from tg_archiver.archive.store.relink import BATCH, RelinkReport, place, prepared_of
from tg_archiver.archive.store.rules_state import record_done

_LOCK = "LOCK TABLE posts IN SHARE ROW EXCLUSIVE MODE"
_RESET = """
UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL
WHERE duplicate_kind IN ('exact', 'near')
"""
_POSTS_AFTER = """
SELECT posts.id, published_at, clean_text, content_hash, duplicate_kind, date_source,
       sources.kind, sources.key
FROM posts JOIN sources ON sources.id = posts.source_id
WHERE (published_at, posts.id) > ($1, $2) ORDER BY published_at, posts.id LIMIT $3
"""
_BEFORE = "SELECT id, duplicate_of, duplicate_kind FROM posts WHERE duplicate_of IS NOT NULL"
# The first post of each hash (lowest id) among those placed so far, and its root.
_FIRST_OF_HASHES = """
SELECT DISTINCT ON (content_hash) content_hash, id, coalesce(duplicate_of, id) FROM posts
WHERE content_hash = ANY($1::text[]) AND (published_at, id) <= ($2, $3)
ORDER BY content_hash, id
"""
_UNLINKED = "SELECT post_id FROM post_unlinks WHERE post_id = ANY($1::bigint[])"
_SET_LINKS = """
UPDATE posts SET duplicate_of = new.dup, duplicate_kind = new.kind, similarity = new.sim
FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::float8[]) AS new (id, dup, kind, sim)
WHERE posts.id = new.id
"""
_ADD_BANDS = (
    "INSERT INTO post_bands (band, post_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])"
    " ON CONFLICT DO NOTHING"
)
_ADD_SIGNATURES = """
INSERT INTO post_signatures (post_id, signature) SELECT * FROM unnest($1::bigint[], $2::bytea[])
ON CONFLICT (post_id) DO UPDATE SET signature = excluded.signature
"""
_FORWARDS_TO_ROOTS = """
UPDATE posts SET duplicate_of = origin.duplicate_of FROM posts AS origin
WHERE origin.id = posts.duplicate_of AND posts.duplicate_kind = 'forward'
  AND origin.duplicate_of IS NOT NULL
"""


async def relink_pg(store: Store, threshold: float) -> RelinkReport:
    """Recompute every exact and near link (call outside a transaction: it opens one)."""
    report = RelinkReport()
    conn = store.connection
    async with store.transaction():
        await conn.fetchall(_LOCK)
        before = {int(pid): (dup, kind) for pid, dup, kind in await conn.fetchall(_BEFORE)}
        await conn.fetchall(_RESET)
        await conn.fetchall("DELETE FROM post_bands")
        await conn.fetchall("DELETE FROM post_signatures")
        store.writer.linker.forget_crowded()
        last: tuple[str, int] = ("", 0)
        while rows := await conn.fetchall(_POSTS_AFTER, (*last, BATCH)):
            await _batch(store, rows, last, threshold, report)
            last = (rows[-1][1], int(rows[-1][0]))
        await conn.fetchall(_FORWARDS_TO_ROOTS)
        after = {int(pid): (dup, kind) for pid, dup, kind in await conn.fetchall(_BEFORE)}
        report.changed = sum(
            1 for pid in before.keys() | after.keys() if before.get(pid) != after.get(pid)
        )
        await record_done(store, links_rules(threshold))
    return report


async def _batch(
    store: Store,
    rows: list[Any],
    placed_up_to: tuple[str, int],
    threshold: float,
    report: RelinkReport,
) -> None:
    """Place one batch: ``placed_up_to`` is the last post of the batches before it."""
    conn = store.connection
    linker = store.writer.linker
    state = Chunk()
    prepared = prepared_of(rows)
    hashes = sorted({p.content_hash for _, p in prepared if p is not None})
    if hashes:
        for h, first, root in await conn.fetchall(_FIRST_OF_HASHES, (hashes, *placed_up_to)):
            state.by_hash.setdefault(h, int(root))
            state.roots[int(first)] = int(root)
        await linker.load_published(state, state.by_hash.values())
    await linker.load_bands(state, lookup_keys(p for _, p in prepared if p is not None))
    ids = [pid for pid, _ in prepared]
    kept_apart = {int(pid) for (pid,) in await conn.fetchall(_UNLINKED, (ids,))}
    placed = await place(linker, state, prepared, kept_apart, threshold, report)
    for sql, values in (
        (_SET_LINKS, placed.links),
        (_ADD_BANDS, placed.bands),
        (_ADD_SIGNATURES, placed.signatures),
    ):
        if values:  # one array a column
            await conn.fetchall(sql, [list(column) for column in zip(*values, strict=True)])
