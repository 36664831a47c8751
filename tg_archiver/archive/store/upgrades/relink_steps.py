"""``relink``'s walk a batch a transaction: the service's background relink, resumable.

:mod:`..relink` (and :mod:`..relink_pg`) walk every post in publication order in one
transaction, deciding each as ingest does against the posts before it. Here the same walk
is cut into batches, each its own transaction, with where it got to recorded in the same
transaction (``rules_applied``, :mod:`..rules_state`): a kill loses one batch, and live
ingest writes between two batches. The decisions are :func:`..relink.place`'s, on the same
candidates:

- ``relink`` empties ``post_bands`` and ``post_signatures`` first, so that a post's
  candidates are the posts placed before it. Here the posts not yet walked keep theirs
  until their batch (ingest keeps finding them meanwhile), so the candidates are read with
  a bound instead: only posts at or before the last post walked, in ``(published_at, id)``
  order (:class:`WalkLinker`, and the first post of a text's hash the same way). A post
  ingest stores meanwhile before that point was decided by the new rules already; one after
  it is walked in its turn.
- Each batch clears its posts' exact and near links, bands and signatures, then writes what
  :func:`..relink.place` decided; a post linked to one that has just become a copy is
  pointed at that copy's root in the same transaction, so every link leads to a root at
  every commit (``relink`` points forwards at their roots once, at the end; so does the
  last step here).

With no one writing meanwhile, the links, bands and signatures at the end are those
``relink`` makes (tests/test_rules_upgrade.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.store.candidates import Chunk, Linker, lookup_keys
from tg_archiver.archive.store.candidates_pg import PgLinker
from tg_archiver.archive.store.connection import marks, parts
from tg_archiver.archive.store.relink import RelinkReport, place, prepared_of

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store

BATCH = 500  # posts a transaction: about a second's work, what live ingest may wait

Position = tuple[str, int]  # (published_at, id) of a post: the walk's order
START: Position = ("", 0)

_COLUMNS = (
    "posts.id, published_at, clean_text, content_hash, duplicate_kind, date_source,"
    " sources.kind, sources.key, duplicate_of"
)
_SQL = {
    "sqlite": {
        "posts": f"SELECT {_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE (published_at, posts.id) > (?, ?) ORDER BY published_at, posts.id LIMIT ?",
        "to_go": "SELECT count(*) FROM posts WHERE (published_at, id) > (?, ?)",
        # The batch's posts, cleared before they are placed again.
        "unlink": "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL"
        " WHERE id IN ({marks}) AND duplicate_kind IN ('exact', 'near')",
        "unband": "DELETE FROM post_bands WHERE post_id IN ({marks})",
        "unsign": "DELETE FROM post_signatures WHERE post_id IN ({marks})",
        # SQLite-only: the bare columns beside min(id) are of its row (.candidates).
        "hashes": "SELECT content_hash, min(id), coalesce(duplicate_of, id) FROM posts"
        " WHERE content_hash IN ({marks}) AND (published_at, id) <= (?, ?)"
        " GROUP BY content_hash",
        "unlinked": "SELECT post_id FROM post_unlinks WHERE post_id IN ({marks})",
        "link": "UPDATE posts SET duplicate_of = ?, duplicate_kind = ?, similarity = ?"
        " WHERE id = ?",
        "band": "INSERT OR IGNORE INTO post_bands (band, post_id) VALUES (?, ?)",
        "sign": "INSERT OR REPLACE INTO post_signatures (post_id, signature) VALUES (?, ?)",
        "to_root": "UPDATE posts SET duplicate_of = ? WHERE duplicate_of = ?",
        "forwards": "UPDATE posts SET duplicate_of = (SELECT o.duplicate_of FROM posts o"
        " WHERE o.id = posts.duplicate_of) WHERE duplicate_kind = 'forward'"
        " AND duplicate_of IN (SELECT id FROM posts WHERE duplicate_of IS NOT NULL)",
    },
    "postgresql": {
        "lock": "LOCK TABLE posts IN SHARE ROW EXCLUSIVE MODE",
        "posts": f"SELECT {_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE (published_at, posts.id) > ($1, $2) ORDER BY published_at, posts.id LIMIT $3",
        "to_go": "SELECT count(*) FROM posts WHERE (published_at, id) > ($1, $2)",
        "unlink": "UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL"
        " WHERE id = ANY($1::bigint[]) AND duplicate_kind IN ('exact', 'near')",
        "unband": "DELETE FROM post_bands WHERE post_id = ANY($1::bigint[])",
        "unsign": "DELETE FROM post_signatures WHERE post_id = ANY($1::bigint[])",
        "hashes": "SELECT DISTINCT ON (content_hash) content_hash, id, coalesce(duplicate_of, id)"
        " FROM posts WHERE content_hash = ANY($1::text[]) AND (published_at, id) <= ($2, $3)"
        " ORDER BY content_hash, id",
        "unlinked": "SELECT post_id FROM post_unlinks WHERE post_id = ANY($1::bigint[])",
        "link": "UPDATE posts SET duplicate_of = $1, duplicate_kind = $2, similarity = $3"
        " WHERE id = $4",
        "band": "INSERT INTO post_bands (band, post_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        "sign": "INSERT INTO post_signatures (post_id, signature) VALUES ($1, $2)"
        " ON CONFLICT (post_id) DO UPDATE SET signature = excluded.signature",
        "to_root": "UPDATE posts SET duplicate_of = $1 WHERE duplicate_of = $2",
        "forwards": "UPDATE posts SET duplicate_of = origin.duplicate_of FROM posts AS origin"
        " WHERE origin.id = posts.duplicate_of AND posts.duplicate_kind = 'forward'"
        " AND origin.duplicate_of IS NOT NULL",
    },
}
# A band's members among the posts walked (at or before the bound).
_SQLITE_BAND_MEMBERS = (
    "SELECT post_bands.band, post_bands.post_id FROM post_bands"
    " JOIN posts ON posts.id = post_bands.post_id"
    " WHERE post_bands.band IN ({marks}) AND (posts.published_at, posts.id) <= (?, ?)"
)
_PG_BAND_MEMBERS = (
    "SELECT post_bands.band, post_bands.post_id FROM post_bands"
    " JOIN posts ON posts.id = post_bands.post_id"
    " WHERE post_bands.band = ANY($1::bigint[]) AND (posts.published_at, posts.id) <= ($2, $3)"
)


class WalkLinker(Linker):
    """:class:`Linker` whose band members are the posts walked so far (``upto``), not every
    post with bands: the candidates ``relink`` has when it has placed the posts up to there."""

    upto: Position = START

    async def load_bands(self, state: Chunk, band_keys: set[int]) -> None:
        state.crowded = band_keys & self._crowded.keys()
        members: dict[int, list[int]] = {}
        for part in parts(sorted(band_keys - state.crowded)):
            sql = _SQLITE_BAND_MEMBERS.format(marks=marks(part))
            for band, pid in await self._conn.fetchall(sql, [*part, *self.upto]):
                members.setdefault(band, []).append(pid)
        self.learn_bands(state, members)


class PgWalkLinker(PgLinker):
    """:class:`WalkLinker` on PostgreSQL."""

    upto: Position = START

    async def load_bands(self, state: Chunk, band_keys: set[int]) -> None:
        state.crowded = band_keys & self._crowded.keys()
        wanted = sorted(band_keys - state.crowded)
        members: dict[int, list[int]] = {}
        if wanted:
            for band, pid in await self._pg.db.fetch(_PG_BAND_MEMBERS, wanted, *self.upto):
                members.setdefault(band, []).append(int(pid))
        self.learn_bands(state, members)


def walk_linker(store: Store) -> Linker:
    """A linker for one walk (its crowded bands are the walked posts', not ingest's)."""
    if store.engine == "postgresql":
        from tg_archiver.archive.store.connection_pg import PgConnection

        conn = store.connection
        assert isinstance(conn, PgConnection)
        return PgWalkLinker(conn)
    return WalkLinker(store.conn)


async def posts_to_go(store: Store, after: Position) -> int:
    row = await store.connection.fetchone(_SQL[store.engine]["to_go"], after)
    return int(row[0]) if row else 0


async def relink_after(
    store: Store,
    linker: Linker,
    threshold: float,
    after: Position,
    report: RelinkReport,
    batch: int = 0,
) -> Position | None:
    """Place the next ``batch`` posts (:data:`BATCH` when 0) after ``after`` in the walk,
    inside the caller's transaction; return the last one's position. None when none were
    left: then forwards are pointed at their origins' roots, and the walk is over."""
    engine = store.engine
    sql = _SQL[engine]
    conn: Any = store.connection
    if engine == "postgresql":
        await conn.fetchall(sql["lock"])  # other services' writes wait for this batch
    rows = await conn.fetchall(sql["posts"], (*after, batch or BATCH))
    if not rows:
        await conn.fetchall(sql["forwards"])
        store.writer.linker.forget_crowded()  # ingest's crowded bands changed under it
        return None
    ids = [int(row[0]) for row in rows]
    before = {int(row[0]): (row[8], row[4]) for row in rows}
    for name in ("unlink", "unband", "unsign"):
        await _each(store, sql[name], ids)
    state = Chunk()
    prepared = prepared_of([tuple(row)[:8] for row in rows])
    hashes = sorted({p.content_hash for _, p in prepared if p is not None})
    for h, first, root in await _rows(store, sql["hashes"], hashes, after):
        state.by_hash.setdefault(h, int(root))
        state.roots[int(first)] = int(root)
    await linker.load_published(state, state.by_hash.values())
    if isinstance(linker, WalkLinker | PgWalkLinker):
        linker.upto = after
    await linker.load_bands(state, lookup_keys(p for _, p in prepared if p is not None))
    kept_apart = {int(pid) for (pid,) in await _rows(store, sql["unlinked"], ids)}
    placed = await place(linker, state, prepared, kept_apart, threshold, report)
    links = {pid: (dup, kind) for pid, dup, kind, _ in placed.links}
    for pid, dup, kind, sim in placed.links:
        await conn.fetchall(sql["link"], (dup, kind, sim, pid))
        await conn.fetchall(sql["to_root"], (dup, pid))
    for band, pid in placed.bands:
        await conn.fetchall(sql["band"], (band, pid))
    for pid, blob in placed.signatures:
        await conn.fetchall(sql["sign"], (pid, blob))
    report.changed += sum(
        1
        for pid, (dup, kind) in before.items()
        if kind != "forward" and links.get(pid, (None, None)) != (dup, kind)
    )
    last = rows[-1]
    return (str(last[1]), int(last[0]))


async def _rows(store: Store, sql: str, values: list[Any], *bound: Any) -> list[Any]:
    """``sql`` over ``values`` (an ``IN`` list on SQLite, cut in parts; an array on
    PostgreSQL), then ``bound``'s parameters."""
    if not values:
        return []
    if store.engine == "postgresql":
        return list(await store.connection.fetchall(sql, (values, *_flat(bound))))
    found: list[Any] = []
    for part in parts(values):
        found += await store.conn.fetchall(sql.format(marks=marks(part)), [*part, *_flat(bound)])
    return found


async def _each(store: Store, sql: str, ids: list[int]) -> None:
    await _rows(store, sql, ids)


def _flat(bound: Iterable[Any]) -> list[Any]:
    """The positions among ``bound`` as their two values."""
    out: list[Any] = []
    for value in bound:
        out += list(value) if isinstance(value, tuple) else [value]
    return out
