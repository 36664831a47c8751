"""Near-duplicate linking on PostgreSQL: the look-ups of :mod:`.candidates` in its SQL.

Which stored post a new one copies is decided by :class:`.candidates.Linker` itself (its
``find_original`` and the pure functions of :mod:`archive.similarity` and
:mod:`archive.dedup`): this sibling only replaces the queries that load what it decides
from, each one statement per chunk with an array parameter (``= ANY($1)``) instead of
SQLite's lists of ``?`` marks cut into parts, and the first post of each content hash by
``DISTINCT ON`` instead of SQLite's bare columns beside ``min(id)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.store.candidates import Chunk, Linker

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection_pg import PgConnection

# The first post of each hash (lowest id) and its root.
_FIRST_OF_HASHES = (
    "SELECT DISTINCT ON (content_hash) content_hash, id, coalesce(duplicate_of, id) FROM posts"
    " WHERE content_hash = ANY($1::text[]) ORDER BY content_hash, id"
)
_BAND_MEMBERS = "SELECT band, post_id FROM post_bands WHERE band = ANY($1::bigint[])"
_SHARING_TWO = (
    "SELECT post_id, count(*) FROM post_bands WHERE band = ANY($1::bigint[])"
    " GROUP BY post_id HAVING count(*) > 1"
)
_SIGNATURES = "SELECT post_id, signature FROM post_signatures WHERE post_id = ANY($1::bigint[])"
_TEXTS = (
    "SELECT posts.id, clean_text, coalesce(duplicate_of, posts.id), published_at, content_hash,"
    " date_source, sources.kind, sources.key"
    " FROM posts JOIN sources ON sources.id = posts.source_id WHERE posts.id = ANY($1::bigint[])"
)
_PUBLISHED = "SELECT id, published_at, date_source FROM posts WHERE id = ANY($1::bigint[])"
_MARK = lazy_re.compile(r"\?")


class PgWrites:
    """The :class:`~.inline.Writes` reads of the write path on PostgreSQL's writing
    connection (inside the ingest's transaction). The one statement :class:`Linker` still
    runs itself (a forward's origin, ``?`` marks) has its marks numbered ``$1, $2, ...``."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    @property
    def db(self) -> Any:
        return self._conn.db

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return await self._conn.db.fetchrow(_numbered(sql), *params)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(await self._conn.db.fetch(_numbered(sql), *params))


def _numbered(sql: str) -> str:
    """SQLite's ``?`` marks as PostgreSQL's ``$n`` (the shared statements hold no literal
    ``?``)."""
    count = iter(range(1, sql.count("?") + 1))
    return _MARK.sub(lambda _: f"${next(count)}", sql)


class PgLinker(Linker):
    """:class:`Linker` whose look-ups are PostgreSQL's, one statement each per chunk."""

    def __init__(self, conn: PgConnection) -> None:
        super().__init__(PgWrites(conn))
        self._pg = conn

    async def _rows(self, sql: str, values: Iterable[Any]) -> list[Any]:
        return list(await self._pg.db.fetch(sql, list(values)))

    async def load_hashes(self, state: Chunk, hashes: set[str]) -> None:
        if not hashes:
            return
        for h, pid, root in await self._rows(_FIRST_OF_HASHES, sorted(hashes)):
            state.by_hash.setdefault(h, root)
            state.roots[pid] = root
        await self.load_published(state, state.by_hash.values())

    async def load_published(self, state: Chunk, ids: Iterable[int]) -> None:
        wanted = sorted({pid for pid in ids if pid not in state.published})
        if wanted:
            for pid, published, date_source in await self._rows(_PUBLISHED, wanted):
                state.dated(int(pid), published, date_source)

    async def load_bands(self, state: Chunk, band_keys: set[int]) -> None:
        """As :meth:`Linker.load_bands`: a crowded band's members are not read again."""
        state.crowded = band_keys & self._crowded.keys()
        wanted = sorted(band_keys - state.crowded)
        if not wanted:
            return
        members: dict[int, list[int]] = {}
        for band, pid in await self._rows(_BAND_MEMBERS, wanted):
            members.setdefault(band, []).append(pid)
        self.learn_bands(state, members)

    async def load_crowded(self, state: Chunk, combos: set[tuple[int, ...]]) -> None:
        for combo in sorted(c for c in combos if len(c) > 1 and c not in state.crowded_shared):
            rows = await self._rows(_SHARING_TWO, combo)
            state.crowded_shared[combo] = {int(pid): int(n) for pid, n in rows}

    async def load_signatures(self, state: Chunk, ids: Iterable[int]) -> None:
        wanted = sorted(pid for pid in ids if pid not in state.signatures)
        if wanted:
            rows = await self._rows(_SIGNATURES, wanted)
            state.signatures.update((int(pid), bytes(sig)) for pid, sig in rows)
        for pid in wanted:
            state.signatures.setdefault(pid, b"")

    async def load_shingles(self, state: Chunk, ids: Iterable[int]) -> None:
        wanted = sorted(pid for pid in ids if pid not in state.shingles)
        if not wanted:
            return
        for row in await self._rows(_TEXTS, wanted):
            state.keep(*row)
