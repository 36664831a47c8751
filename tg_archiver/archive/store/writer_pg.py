"""The ingest write path on PostgreSQL: the sibling of :mod:`.writer`, with its semantics.

The same steps per chunk of posts, in the same order, deciding the same way: sources upserted,
stored posts of the chunk's ids read once, exact copies found by content hash, near copies by
band, signature and text (:class:`.candidates_pg.PgLinker`, which keeps
:class:`.candidates.Linker`'s decisions and the pure functions of :mod:`archive.similarity`
and :mod:`archive.dedup`), edits kept as superseded versions, forwards linked both ways, the
earliest of a group made its root (:mod:`.reroot_pg`). What differs is PostgreSQL's way of
doing each:

- Batched: a chunk's new posts, their tags, bands and signatures go in by ``COPY`` (one
  round trip each, not one a row); the look-ups take an array parameter (``= ANY($1)``).
- Post ids come from the table's identity sequence, reserved for a chunk's new posts in one
  statement (several services may write at once: SQLite's ``max(id) + 1`` holds only under
  its one write lock). Tags are inserted ``ON CONFLICT DO NOTHING`` and read back, so a tag
  another service added meanwhile is shared, not duplicated.
- Each post's text search configuration (``search_config``, :mod:`.language_pg`) is stored
  with it, and its word forms (``search_stems``, the same as SQLite's); both ``tsvector``
  columns are generated from them (migrations/postgresql/0002).

A post counts as "repeated" in the report (the same id twice in one input) when its id is in
a range this call reserved (a chunk's ids, from one statement): another service's post could
fall inside one only if the two reserved ids at the same instant; nothing stored depends on
it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.dedup import DEFAULT_THRESHOLD
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.store.candidates import (
    Chunk,
    candidates_of,
    crowded_of,
    hash_root,
    lookup_keys,
    plausible_of,
    sig_blob,
)
from tg_archiver.archive.store.candidates_pg import PgLinker
from tg_archiver.archive.store.index_writes import analyser
from tg_archiver.archive.store.language_pg import config_of
from tg_archiver.archive.store.placing import Existing, Split, dated_edit, place
from tg_archiver.archive.store.records import IngestReport, ts
from tg_archiver.archive.store.reroot_pg import reroot
from tg_archiver.archive.store.rows import media_json
from tg_archiver.archive.store.upgrades.stems_pg import check_analyser
from tg_archiver.archive.store.writer import AfterChunk, _chunks, fewer_collections
from tg_archiver.archive.tags import tag_key

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection_pg import PgConnection

_UPSERT_SOURCE = """
INSERT INTO sources (kind, key, title, username, url, created_at) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (kind, key) DO UPDATE SET
    title = coalesce(excluded.title, sources.title),
    username = coalesce(excluded.username, sources.username),
    url = coalesce(excluded.url, sources.url)
RETURNING id
"""
_POST_COLUMNS = (
    "id",
    "source_id",
    "external_id",
    "url",
    "title",
    "published_at",
    "edited_at",
    "author",
    "forwarded_from",
    "forwarded_from_key",
    "forwarded_post_id",
    "raw_text",
    "clean_text",
    "content_hash",
    "media",
    "duplicate_of",
    "duplicate_kind",
    "similarity",
    "ingested_at",
    "date_source",
    "search_stems",
    "search_config",
)
_POST_TYPES = (
    "bigint",
    "bigint",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "bigint",
    "text",
    "float8",
    "text",
    "text",
    "text",
    "text",
)
# A chunk's new posts in one statement, a column an array: COPY cannot carry search_config
# (asyncpg has no binary encoder for regconfig), unnest of arrays can, as fast for a chunk.
_INSERT_POSTS = (
    f"INSERT INTO posts ({', '.join(_POST_COLUMNS)})"
    f" SELECT {', '.join(_POST_COLUMNS[:-1])}, search_config::regconfig"
    f" FROM unnest({', '.join(f'${i}::{t}[]' for i, t in enumerate(_POST_TYPES, 1))})"
    f" AS new ({', '.join(_POST_COLUMNS)})"
)
# Ids for a chunk's new posts, reserved from the identity sequence in one statement.
_RESERVE_IDS = (
    "SELECT nextval(pg_get_serial_sequence('posts', 'id')) FROM generate_series(1, $1::int)"
)
_EXISTING = (
    "SELECT external_id, id, raw_text, title, edited_at, coalesce(recorded_at, ingested_at)"
    " FROM posts WHERE source_id = $1 AND external_id = ANY($2::text[])"
)
# As SQLite's (writer.py): an older copy with a new text, kept as an earlier version
# numbered by its own date, those after it moved up one through negative numbers.
_KNOWN_VERSION = (
    "SELECT 1 FROM post_versions WHERE post_id = $1 AND raw_text = $2"
    " AND title IS NOT DISTINCT FROM $3 LIMIT 1"
)
_EARLIER_AT = """
SELECT coalesce(max(v.version), 0) + 1
  FROM post_versions AS v JOIN posts ON posts.id = v.post_id
 WHERE v.post_id = $1 AND coalesce(v.edited_at, posts.published_at) <= $2
"""
_MAKE_ROOM = (
    "UPDATE post_versions SET version = -(version + 1) WHERE post_id = $1 AND version >= $2"
)
_ROOM_MADE = "UPDATE post_versions SET version = -version WHERE post_id = $1 AND version < 0"
_INSERT_EARLIER = (
    "INSERT INTO post_versions"
    " (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7)"
)
_TAGS_OF_KEYS = "SELECT key, id FROM tags WHERE key = ANY($1::text[])"
_INSERT_TAGS = (
    "INSERT INTO tags (name, key) SELECT * FROM unnest($1::text[], $2::text[])"
    " ORDER BY 2 ON CONFLICT (key) DO NOTHING"
)
_REPLAYED_VERSION = """
SELECT 1 FROM post_versions
 WHERE post_id = $1 AND raw_text = $2 AND title IS NOT DISTINCT FROM $3
   AND ($4::text IS NULL OR edited_at = $4)
 LIMIT 1
"""
# As SQLite's: the version an edit replaces moves into post_versions, numbered after the
# superseded ones, unless the last row already holds it.
_SUPERSEDE = """
INSERT INTO post_versions (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)
SELECT posts.id, coalesce(last.version, 0) + 1, posts.title, posts.raw_text, posts.clean_text,
       posts.edited_at, coalesce(posts.recorded_at, posts.ingested_at)
  FROM posts
  LEFT JOIN post_versions AS last
    ON last.post_id = posts.id
   AND last.version = (SELECT max(version) FROM post_versions WHERE post_id = posts.id)
 WHERE posts.id = $1
   AND (last.id IS NULL OR last.title IS DISTINCT FROM posts.title
        OR last.raw_text != posts.raw_text OR last.clean_text != posts.clean_text
        OR last.edited_at IS DISTINCT FROM posts.edited_at)
"""
_CLEAN_TEXT = "SELECT clean_text FROM posts WHERE id = $1"
_UPDATE_EDITED = (
    "UPDATE posts SET title = $1, raw_text = $2, clean_text = $3, content_hash = $4,"
    " search_config = $5::regconfig, edited_at = $6, recorded_at = $7,"
    " url = coalesce($8, url), media = $9, search_stems = $10 WHERE id = $11"
)
_DROP_TAGS = "DELETE FROM post_tags WHERE post_id = $1"
_INSERT_POST_TAG = (
    "INSERT INTO post_tags (post_id, tag_id, origin) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
)
_DROP_BANDS = "DELETE FROM post_bands WHERE post_id = $1 AND band = ANY($2::bigint[])"
_BANDS_IF_ORIGINAL = (
    "INSERT INTO post_bands (band, post_id)"
    " SELECT b, posts.id FROM posts, unnest($1::bigint[]) AS b"
    " WHERE posts.id = $2 AND posts.duplicate_of IS NULL ON CONFLICT DO NOTHING"
)
_DROP_SIGNATURE = "DELETE FROM post_signatures WHERE post_id = $1"
_SIGNATURE_IF_ORIGINAL = (
    "INSERT INTO post_signatures (post_id, signature)"
    " SELECT id, $1 FROM posts WHERE id = $2 AND duplicate_of IS NULL"
)
# Copies that arrived before their origin, linked once it is here: one statement a chunk.
# Never the new post's own original (writer.py's statement says why).
_LINK_EARLIER_FORWARDS = """
UPDATE posts SET duplicate_of = new.id, duplicate_kind = 'forward', similarity = NULL
  FROM unnest($1::text[], $2::text[], $3::bigint[]) AS new (key, external_id, id)
 WHERE posts.forwarded_from_key = new.key AND posts.forwarded_post_id = new.external_id
   AND posts.duplicate_of IS NULL AND posts.id != new.id
   AND posts.id IS DISTINCT FROM (SELECT o.duplicate_of FROM posts AS o WHERE o.id = new.id)
"""


class PgWriter:
    """Stores posts on ``conn``'s writing connection, inside its transactions."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn
        self.linker = PgLinker(conn)
        self._sources: dict[tuple[str, str], int] = {}  # (kind, key) -> id
        self._analyser = ""  # what makes this process's word forms (index_writes.analyser)
        conn.on_rollback(self._forget)

    def _forget(self) -> None:
        """A rollback: source ids and crowded bands it made are gone."""
        self._sources.clear()
        self.linker.forget_crowded()

    async def ingest(
        self,
        prepared: Iterable[PreparedPost],
        *,
        now: datetime,
        near_threshold: float = DEFAULT_THRESHOLD,
        after_chunk: AfterChunk | None = None,
    ) -> IngestReport:
        """Store posts: see :meth:`.writer.Writer.ingest` (the same contract: inside
        :meth:`PgConnection.transaction`, ``prepared`` consumed a chunk at a time, an id
        repeated in one input stored as an edit and counted apart, ``after_chunk`` awaited
        with each chunk once it is stored, without the older copies of stored posts)."""
        report = IngestReport()
        ours: list[tuple[int, int]] = []  # the ranges of ids this call reserved, a chunk each
        with fewer_collections():
            for n, chunk in enumerate(_chunks(prepared)):
                if not n:  # before the first: the word forms are still this analyser's
                    self._analyser = self._analyser or analyser()
                    await check_analyser(self._conn.db, self._analyser)
                done, split = await self._ingest_chunk(chunk, ts(now), near_threshold, ours)
                report += done
                if after_chunk is not None:
                    await after_chunk(*split)
        return report

    async def ingest_transaction(
        self,
        prepared: Sequence[PreparedPost],
        *,
        now: datetime,
        near_threshold: float = DEFAULT_THRESHOLD,
    ) -> IngestReport:
        """:meth:`ingest` in a transaction of its own (the live path)."""
        async with self._conn.transaction():
            return await self.ingest(prepared, now=now, near_threshold=near_threshold)

    async def _ingest_chunk(
        self, chunk: list[PreparedPost], now: str, threshold: float, ours: list[tuple[int, int]]
    ) -> tuple[IngestReport, Split]:
        report = IngestReport()
        db = self._conn.db
        source_ids = [await self._source_id(p.post.source, now) for p in chunk]
        existing = await self._existing(chunk, source_ids)
        state = Chunk()
        linker = self.linker
        await linker.load_hashes(state, {p.content_hash for p in chunk})
        new = [
            p
            for p, sid in zip(chunk, source_ids, strict=True)
            if p.bands
            and (sid, p.post.external_id) not in existing
            and hash_root(p, state) is None  # an exact copy in time is linked by its hash
        ]
        await linker.load_bands(state, lookup_keys(new))
        await linker.load_crowded(state, {crowded_of(p, state) for p in new})
        candidates = [(p, candidates_of(p, state)) for p in new]
        await linker.load_signatures(state, {pid for _, c in candidates for pid in c})
        await linker.load_shingles(
            state,
            {pid for p, c in candidates for pid in plausible_of(p, c, state, threshold)},
        )
        tag_ids = await self._tag_ids({tag_key(t.name): t.name for p in chunk for t in p.tags})

        wanted = sum(
            (sid, p.post.external_id) not in existing
            for p, sid in zip(chunk, source_ids, strict=True)
        )
        ids = await self._reserve(wanted)
        if ids:
            ours.append((ids[0], ids[-1]))
        placed = await place(
            chunk,
            source_ids,
            existing,
            state,
            report,
            new_id=iter(ids).__next__,
            ours=lambda post_id: any(low <= post_id <= high for low, high in ours),
            is_replay=self._is_replay,
            record_edit=functools.partial(self._record_edit, tag_ids=tag_ids, now=now),
            keep_earlier=functools.partial(self._keep_earlier, now=now),
            find_original=lambda p: linker.find_original(p, state, threshold),
        )
        posts = [
            (
                *n.row(n.prepared.clean_text, now),
                n.prepared.post.date_source,
                n.prepared.search_stems,
                config_of(n.prepared.post.title, n.prepared.clean_text),
            )
            for n in placed.new
        ]
        post_tags: dict[tuple[int, int], str] = {}
        for n in placed.new:
            for t in n.prepared.tags:
                post_tags.setdefault((n.post_id, tag_ids[tag_key(t.name)]), t.origin)
        telegram_new = [
            (n.prepared.post.source.key, n.prepared.post.external_id, n.post_id)
            for n in placed.new
            if n.prepared.post.source.kind == "telegram"
        ]
        bands, signatures, linked = set(placed.bands), placed.signatures, placed.linked

        if posts:
            await self._insert_posts(posts)
        if post_tags:
            await db.copy_records_to_table(
                "post_tags",
                records=[(pid, tid, origin) for (pid, tid), origin in post_tags.items()],
                columns=("post_id", "tag_id", "origin"),
            )
        if bands:
            await db.copy_records_to_table(
                "post_bands", records=sorted(bands), columns=("band", "post_id")
            )
            linker.added(band for band, _ in set(bands))
        if signatures:
            await db.copy_records_to_table(
                "post_signatures", records=signatures, columns=("post_id", "signature")
            )
        linker.dropped(await reroot(db, linked))
        if telegram_new:
            keys, externals, new_ids = zip(*telegram_new, strict=True)
            status = await db.execute(
                _LINK_EARLIER_FORWARDS, list(keys), list(externals), list(new_ids)
            )
            report.forwards_linked += _changed(status)
        return report, placed.split(chunk)

    async def _insert_posts(self, posts: list[tuple[Any, ...]]) -> None:
        """The chunk's new posts, in one statement. Another service may have stored one of
        them since this chunk looked (two services importing the same export, or fetching
        the same channel): the step then fails whole, in one line, and a second run finds
        those posts stored and goes on."""
        import asyncpg

        columns = [list(column) for column in zip(*posts, strict=True)]
        try:
            await self._conn.db.execute(_INSERT_POSTS, *columns)
        except asyncpg.UniqueViolationError:
            raise StorageError(
                f"another service stored some of these posts in the archive {self._conn.url}"
                " at the same time; this step was rolled back, the archive is as that service"
                " left it: run it again"
            ) from None

    async def _source_id(self, source: SourceRef, now: str) -> int:
        cache_key = (source.kind, source.key)
        if cache_key in self._sources:
            return self._sources[cache_key]
        source_id = await self._conn.db.fetchval(
            _UPSERT_SOURCE, source.kind, source.key, source.title, source.username, source.url, now
        )
        self._sources[cache_key] = int(source_id)
        return int(source_id)

    async def _existing(self, chunk: Sequence[PreparedPost], source_ids: Sequence[int]) -> Existing:
        wanted: dict[int, set[str]] = {}
        for p, sid in zip(chunk, source_ids, strict=True):
            wanted.setdefault(sid, set()).add(p.post.external_id)
        found: Existing = {}
        for sid, ids in wanted.items():
            rows = await self._conn.db.fetch(_EXISTING, sid, sorted(ids))
            for ext, pid, raw, title, edited, recorded in rows:
                found[(sid, ext)] = (int(pid), raw, title, dated_edit(edited, recorded))
        return found

    async def tag_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Ids of the tags ``names`` holds by key (``tag_key``: spelling), made when missing
        (for ``tg-archiver retag``, archive.store.retag)."""
        return await self._tag_ids(names)

    async def _tag_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Ids of tags by key, creating missing ones with the spelling first seen (a tag
        another service creates meanwhile is the one used)."""
        if not names:
            return {}
        keys = sorted(names)
        db = self._conn.db
        ids = {k: int(i) for k, i in await db.fetch(_TAGS_OF_KEYS, keys)}
        missing = [k for k in keys if k not in ids]
        if missing:
            await db.execute(_INSERT_TAGS, [names[k] for k in missing], missing)
            ids.update({k: int(i) for k, i in await db.fetch(_TAGS_OF_KEYS, missing)})
        return ids

    async def _reserve(self, count: int) -> list[int]:
        if not count:
            return []
        return sorted(int(i) for (i,) in await self._conn.db.fetch(_RESERVE_IDS, count))

    async def _is_replay(self, post_id: int, post: Post) -> bool:
        """Whether ``post`` is an earlier version of ``post_id`` again: see
        :meth:`.writer.Writer._is_replay`."""
        edited = ts(post.edited_at) if post.edited_at else None
        row = await self._conn.db.fetchrow(
            _REPLAYED_VERSION, post_id, post.text, post.title, edited
        )
        return row is not None

    async def _keep_earlier(self, post_id: int, prepared: PreparedPost, now: str) -> bool:
        """An older copy kept as an earlier version: see :meth:`.writer.Writer._keep_earlier`."""
        post = prepared.post
        db = self._conn.db
        if await db.fetchrow(_KNOWN_VERSION, post_id, post.text, post.title):
            return False
        version = await db.fetchval(_EARLIER_AT, post_id, ts(post.edited_at or post.published_at))
        await db.execute(_MAKE_ROOM, post_id, version)
        await db.execute(_ROOM_MADE, post_id)
        edited = ts(post.edited_at) if post.edited_at else None
        await db.execute(
            _INSERT_EARLIER,
            post_id,
            version,
            post.title,
            post.text,
            prepared.clean_text,
            edited,
            now,
        )
        return True

    async def _record_edit(
        self, post_id: int, prepared: PreparedPost, tag_ids: dict[str, int], now: str
    ) -> None:
        post = prepared.post
        edited = ts(post.edited_at) if post.edited_at else now
        db = self._conn.db
        old = await db.fetchval(_CLEAN_TEXT, post_id)  # before the text is replaced
        old_bands = list(fingerprint(old).bands) if old is not None else []
        await db.execute(_SUPERSEDE, post_id)
        await db.execute(
            _UPDATE_EDITED,
            post.title,
            post.text,
            prepared.clean_text,
            prepared.content_hash,
            config_of(post.title, prepared.clean_text),
            edited,
            now,
            post.url,
            media_json(post.media),
            prepared.search_stems,
            post_id,
        )
        await db.execute(_DROP_TAGS, post_id)
        await db.executemany(
            _INSERT_POST_TAG,
            [(post_id, tag_ids[tag_key(t.name)], t.origin) for t in prepared.tags],
        )
        await db.execute(_DROP_BANDS, post_id, old_bands)
        self.linker.dropped(set(old_bands))  # a band may be back to CROWDED_BAND members or fewer
        await db.execute(_BANDS_IF_ORIGINAL, list(prepared.bands), post_id)
        await db.execute(_DROP_SIGNATURE, post_id)
        if blob := sig_blob(prepared.signature):
            await db.execute(_SIGNATURE_IF_ORIGINAL, blob, post_id)


def _changed(status: str) -> int:
    """The rows an ``UPDATE`` changed, from its status (``UPDATE 3``)."""
    return int(status.rsplit(" ", 1)[-1])
