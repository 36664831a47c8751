"""Recompute the exact and near links of an existing archive (``tg-archiver relink``).

Ingest links a post to what is already stored, so links made by an older method stay as they
were, and an older export imported after a newer one leaves the newer post as the original.
Relink walks every post in publication order, a batch at a time (memory stays flat in the
size of the archive), and decides each post again exactly as ingest does now
(:meth:`archive.store.candidates.Linker.find_original`) against the posts published before
it: the root of every group is its earliest post. A post's link is replaced, never added
to: each post has one ``duplicate_of``. No post is deleted. Forward links come from
Telegram's metadata and are kept; one whose origin became a copy is pointed at that copy's
root.

Everything happens in one transaction: an interrupted relink leaves the old links. At the end
it records that the links are made by this version's rules and threshold
(:mod:`archive.rules`), so a service started next has nothing left to relink; the service
itself relinks in the background, a batch a transaction (:mod:`.upgrades.relink_steps`),
when it finds them made otherwise.
Posts a user unlinked (``post_unlinks``) stay originals. On a PostgreSQL archive the same
walk runs in its sibling's SQL (:mod:`.relink_pg`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from tg_archiver.archive.cleaning import content_hash
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.models import Post, SourceKind, SourceRef
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.rules import links_rules
from tg_archiver.archive.store import Store, parse_ts, ts
from tg_archiver.archive.store.candidates import Chunk, Linker, lookup_keys, sig_blob
from tg_archiver.archive.store.connection import marks
from tg_archiver.archive.store.rules_state import record_done
from tg_archiver.archive.store.writer import INSERT_BAND, INSERT_SIGNATURE

BATCH = 500

_RESET = """
UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL
WHERE duplicate_kind IN ('exact', 'near')
"""
_POSTS_AFTER = """
SELECT posts.id, published_at, clean_text, content_hash, duplicate_kind, date_source,
       sources.kind, sources.key
FROM posts JOIN sources ON sources.id = posts.source_id
WHERE (published_at, posts.id) > (?, ?) ORDER BY published_at, posts.id LIMIT ?
"""
_BEFORE = "SELECT id, duplicate_of, duplicate_kind FROM posts WHERE duplicate_of IS NOT NULL"
_SET_LINK = "UPDATE posts SET duplicate_of = ?, duplicate_kind = ?, similarity = ? WHERE id = ?"
_FORWARDS_TO_ROOTS = """
UPDATE posts SET duplicate_of = (SELECT o.duplicate_of FROM posts o WHERE o.id = posts.duplicate_of)
WHERE duplicate_kind = 'forward'
  AND duplicate_of IN (SELECT id FROM posts WHERE duplicate_of IS NOT NULL)
"""


@dataclass(slots=True)
class RelinkReport:
    posts: int = 0
    exact: int = 0
    near: int = 0
    changed: int = 0  # posts whose original or kind is not what it was

    def summary(self) -> str:
        return (
            f"{self.posts} posts: {self.exact} exact and {self.near} near copies linked;"
            f" {self.changed} links changed"
        )


async def relink(store: Store, threshold: float) -> RelinkReport:
    """Recompute every exact and near link (call outside a transaction: it opens one)."""
    if store.engine == "postgresql":
        from tg_archiver.archive.store.relink_pg import relink_pg

        return await relink_pg(store, threshold)
    report = RelinkReport()
    db = store.conn.db
    async with store.transaction():
        before = {pid: (dup, kind) for pid, dup, kind in await store.conn.fetchall(_BEFORE)}
        await db.execute(_RESET)
        await db.execute("DELETE FROM post_bands")
        await db.execute("DELETE FROM post_signatures")
        await db.execute("CREATE TEMP TABLE IF NOT EXISTS relinked (id INTEGER PRIMARY KEY)")
        await db.execute("DELETE FROM temp.relinked")
        store.writer.linker.forget_crowded()
        last: tuple[str, int] = ("", 0)
        while rows := await store.conn.fetchall(_POSTS_AFTER, (*last, BATCH)):
            last = (rows[-1][1], rows[-1][0])
            await _batch(store, rows, threshold, report)
        await db.execute(_FORWARDS_TO_ROOTS)
        after = {pid: (dup, kind) for pid, dup, kind in await store.conn.fetchall(_BEFORE)}
        report.changed = sum(
            1 for pid in before.keys() | after.keys() if before.get(pid) != after.get(pid)
        )
        await db.execute("DELETE FROM temp.relinked")
        await record_done(store, links_rules(threshold))
    return report


async def _batch(store: Store, rows: list[Any], threshold: float, report: RelinkReport) -> None:
    db = store.conn.db
    linker = store.writer.linker
    state = Chunk()
    prepared = prepared_of(rows)
    hashes = sorted({p.content_hash for _, p in prepared if p is not None})
    for part in [hashes[i : i + 500] for i in range(0, len(hashes), 500)]:
        sql = (
            "SELECT content_hash, min(id), coalesce(duplicate_of, id) FROM posts"
            f" WHERE content_hash IN ({marks(part)}) AND id IN (SELECT id FROM temp.relinked)"
            " GROUP BY content_hash"
        )
        for h, first, root in await store.conn.fetchall(sql, part):
            state.by_hash.setdefault(h, root)
            state.roots[first] = root
    await linker.load_published(state, state.by_hash.values())
    await linker.load_bands(state, lookup_keys(p for _, p in prepared if p is not None))
    ids = [pid for pid, _ in prepared]
    kept_apart = {
        pid
        for (pid,) in await store.conn.fetchall(
            f"SELECT post_id FROM post_unlinks WHERE post_id IN ({marks(ids)})", ids
        )
    }
    placed = await place(linker, state, prepared, kept_apart, threshold, report)
    await db.executemany(_SET_LINK, [(dup, kind, sim, pid) for pid, dup, kind, sim in placed.links])
    await db.executemany(INSERT_BAND, placed.bands)
    await db.executemany(INSERT_SIGNATURE, placed.signatures)
    await db.executemany("INSERT INTO temp.relinked (id) VALUES (?)", [(pid,) for pid in ids])


@dataclass(slots=True)
class Placed:
    """What a batch's decisions write: links (id, original, kind, similarity), the band
    keys (band, id) and signatures (id, blob) of its originals."""

    links: list[tuple[int, int, str, float | None]] = field(default_factory=list)
    bands: list[tuple[int, int]] = field(default_factory=list)
    signatures: list[tuple[int, bytes]] = field(default_factory=list)


async def place(
    linker: Linker,
    state: Chunk,
    prepared: list[tuple[int, PreparedPost | None]],
    kept_apart: set[int],
    threshold: float,
    report: RelinkReport,
) -> Placed:
    """Decide each post of a batch, in order, as ingest does (either engine's relink): a
    copy of the earliest post it copies, or an original whose band keys later posts meet.
    ``state`` holds the batch's hashes and bands read; it learns each post as it is placed,
    so nothing of the batch is read back before the batch is written."""
    placed = Placed()
    for pid, maybe in prepared:
        report.posts += 1
        if maybe is None:
            continue
        p = maybe
        dup_of, kind, similarity = (
            (None, None, None)  # unlinked by hand: an original for good (archive/explain.py)
            if pid in kept_apart
            else await linker.find_original(p, state, threshold)
        )
        root = dup_of if dup_of is not None else pid
        state.own(pid, p, root, ts(p.post.published_at))
        if dup_of is not None and kind is not None:
            placed.links.append((pid, dup_of, kind, similarity))
            report.exact += kind == "exact"
            report.near += kind == "near"
        elif p.bands:
            for band in p.bands:
                state.by_band.setdefault(band, []).append(pid)
            placed.bands += [(b, pid) for b in p.bands]
            blob = sig_blob(p.signature)
            state.signatures[pid] = blob
            if blob:
                placed.signatures.append((pid, blob))
    return placed


def prepared_of(rows: list[Any]) -> list[tuple[int, PreparedPost | None]]:
    """Each post of a batch (id, published, clean text, content hash, kind, date source,
    its source's kind and key) as ingest would prepare it again from its stored text; None
    for a forward (linked by Telegram's own metadata: kept). Either engine's relink."""
    prepared: list[tuple[int, PreparedPost | None]] = []
    for pid, published, clean, digest, kind, date_source, source_kind, source_key in rows:
        if kind == "forward":
            prepared.append((int(pid), None))
            continue
        fp = fingerprint(clean)
        post = Post(
            source=SourceRef(kind=cast(SourceKind, source_kind), key=source_key),
            external_id=str(pid),
            published_at=parse_ts(published),
            text=clean,
            date_source=date_source,
        )
        p = PreparedPost(
            post=post,
            clean_text=clean,
            content_hash=digest or content_hash(clean),
            tags=(),
            shingles=fp.shingles,
            bands=fp.bands,
            signature=fp.signature,
            core=fp.core,
            cut=fp.cut,
        )
        prepared.append((int(pid), p))
    return prepared
