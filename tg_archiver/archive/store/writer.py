"""The ingest write path: chunking, staging, exact and near-duplicate linking, edits.

Ingest is batched: a chunk of prepared posts costs a handful of statements (look ups by key,
by content hash and by LSH band, then ``executemany`` inserts), not some per post, and they
run as one job on SQLite's thread (:mod:`.inline`): one round trip a chunk. A live batch of
one chunk is one round trip with its transaction's ``BEGIN`` and ``COMMIT``
(:meth:`Writer.ingest_transaction`).
Post and tag ids are assigned here from ``max(id) + 1``, which is safe because a write
transaction holds SQLite's write lock. Which stored post a new one copies is
:mod:`.candidates`' job; the re-rooting of a group whose new copy is older is
:mod:`archive.reroot`'s. This module (and so numpy) is imported only when something is
written: the :class:`~archive.store.Store` facade loads it on first use.

SQLite-only, and what a sibling (``writer_pg.py``) would replace: the staging of a chunk's
posts through a ``TEMP`` table and one ``INSERT ... SELECT`` (for FTS5's segments; COPY in
PostgreSQL), ``INSERT OR IGNORE`` / ``OR REPLACE`` (``ON CONFLICT`` clauses elsewhere),
``RETURNING`` on the source upsert, and ids from ``max(id) + 1`` under SQLite's one writer
(a sequence elsewhere).
"""

from __future__ import annotations

import copy
import functools
import gc
import itertools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tg_archiver.archive.dedup import DEFAULT_THRESHOLD
from tg_archiver.archive.fingerprint import Fingerprint, fingerprint
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.store.candidates import Chunk, Linker, hash_root, sig_blob
from tg_archiver.archive.store.connection import Connection, marks, parts
from tg_archiver.archive.store.index_writes import (
    INDEX,
    INDEX_STAGED,
    analyser,
    check_analyser,
    unindex,
)
from tg_archiver.archive.store.inline import Writes
from tg_archiver.archive.store.placing import Existing, Split, dated_edit, place
from tg_archiver.archive.store.records import CHUNK, IngestReport, stored_clean, ts
from tg_archiver.archive.store.reroot import reroot
from tg_archiver.archive.store.rows import media_json
from tg_archiver.archive.store.words import catch_up
from tg_archiver.archive.tags import tag_key

# Awaited with each chunk of an ingest once it is stored, in the same transaction (see
# Writer.ingest): how an import links the chunk's media files without noting them all first.
# Given the chunk's posts that are now what the archive holds, then its older copies of stored
# posts (placing.is_older), apart: their attachments never replace the post's present ones.
AfterChunk = Callable[[Sequence[PreparedPost], Sequence[PreparedPost]], Awaitable[None]]
log = logging.getLogger(__name__)

_REBUILD_BATCH = 1000

# SQLite-only: RETURNING on an upsert (PostgreSQL has it too; others do not).
_UPSERT_SOURCE = """
INSERT INTO sources (kind, key, title, username, url, created_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (kind, key) DO UPDATE SET
    title = coalesce(excluded.title, title),
    username = coalesce(excluded.username, username),
    url = coalesce(excluded.url, url)
RETURNING id
"""

# clean_stored: the clean text where it differs from the raw text, else NULL (migration 0017;
# posts.clean_text, generated, reads it whole).
_POST_COLUMNS = (
    "id, source_id, external_id, url, title, published_at, edited_at, author,"
    " forwarded_from, forwarded_from_key, forwarded_post_id, raw_text, clean_stored, content_hash,"
    " media, duplicate_of, duplicate_kind, similarity, ingested_at, search_stems, date_source"
)
# A chunk's new posts are written to this temporary table (of the writing connection, never
# in the archive file), then moved into posts by one INSERT ... SELECT, and into the FTS5
# index by one more (index_writes.py: the word forms are staged, not stored). FTS5 flushes
# its pending terms to a new index segment at every statement's start and end (its savepoint
# methods), so one segment per chunk instead of one per post, and far fewer segment merges.
# Made on first use (Writer._ingest_chunk).
# SQLite-only: TEMP table staging, INSERT ... SELECT ... ORDER BY rowid.
_STAGED_POSTS_TABLE = f"CREATE TEMP TABLE IF NOT EXISTS staged_posts ({_POST_COLUMNS})"
_STAGE_POST = (
    f"INSERT INTO temp.staged_posts VALUES ({', '.join('?' * len(_POST_COLUMNS.split(',')))})"
)
# The word forms are staged with the post and go to the index only (index_writes.py). The
# clean text's length is counted here, as SQLite counts it (migration 0028: its triggers then
# have nothing to do for these rows).
_STORED_COLUMNS = _POST_COLUMNS.replace(" search_stems,", "")
_INSERT_STAGED_POSTS = (
    f"INSERT INTO main.posts ({_STORED_COLUMNS}, clean_length) SELECT {_STORED_COLUMNS},"
    " length(coalesce(clean_stored, raw_text)) FROM temp.staged_posts ORDER BY rowid"
)

# The superseded versions: the current one is compared before (Writer._ingest_chunk).
_REPLAYED_VERSION = """
SELECT 1 FROM post_versions
 WHERE post_id = ?1 AND raw_text = ?2 AND title IS ?3 AND (?4 IS NULL OR edited_at = ?4)
 LIMIT 1
"""
# An edit first moves the version it replaces from posts into post_versions, numbered after
# the superseded ones: post_versions holds superseded versions only (migration 0014), so a
# post never edited has no row there. Not when the last row already holds it (a post that
# migration 0014's trim has not reached yet): that row is the version, stored once.
_SUPERSEDE = """
INSERT INTO post_versions (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)
SELECT posts.id, coalesce(last.version, 0) + 1, posts.title, posts.raw_text, posts.clean_text,
       posts.edited_at, coalesce(posts.recorded_at, posts.ingested_at)
  FROM posts
  LEFT JOIN post_versions AS last
    ON last.post_id = posts.id
   AND last.version = (SELECT max(version) FROM post_versions WHERE post_id = posts.id)
 WHERE posts.id = ?
   AND (last.id IS NULL OR last.title IS NOT posts.title OR last.raw_text != posts.raw_text
        OR last.clean_text != posts.clean_text OR last.edited_at IS NOT posts.edited_at)
"""
# SQLite-only: INSERT OR IGNORE / OR REPLACE (ON CONFLICT DO NOTHING / DO UPDATE elsewhere).
_INSERT_POST_TAG = "INSERT OR IGNORE INTO post_tags (post_id, tag_id, origin) VALUES (?, ?, ?)"
INSERT_BAND = "INSERT OR IGNORE INTO post_bands (band, post_id) VALUES (?, ?)"
INSERT_SIGNATURE = "INSERT OR REPLACE INTO post_signatures (post_id, signature) VALUES (?, ?)"
# Never the new post's own original: two posts that say they are forwards of each other (an
# edited export) were linked each as the other's copy, and a search hid both.
_LINK_EARLIER_FORWARDS = """
UPDATE posts SET duplicate_of = ?1, duplicate_kind = 'forward', similarity = NULL
WHERE forwarded_from_key = ?2 AND forwarded_post_id = ?3 AND duplicate_of IS NULL AND id != ?4
  AND id IS NOT (SELECT origin.duplicate_of FROM posts AS origin WHERE origin.id = ?1)
"""
_CLEAR_STAGED = "DELETE FROM temp.staged_posts"
# Ids from max(id) + 1: safe under SQLite's one writer (the transaction holds the lock).
_NEXT_POST_ID = "SELECT coalesce(max(id), 0) FROM posts"
_NEXT_TAG_ID = "SELECT coalesce(max(id), 0) FROM tags"
_INSERT_TAG = "INSERT INTO tags (id, name, key) VALUES (?, ?, ?)"
_TAGS_OF_KEYS = "SELECT key, id FROM tags WHERE key IN ({marks})"
_EXISTING = (
    "SELECT external_id, id, raw_text, title, edited_at, coalesce(recorded_at, ingested_at)"
    " FROM posts WHERE source_id = ? AND external_id IN ({marks})"
)
# An older copy (placing.is_older) with a text the archive does not have becomes an earlier
# version, numbered by its own date among the superseded ones (each dated by its edit, or by
# the post's publication when it has none); those after it move up one, through negative
# numbers, as UNIQUE (post_id, version) is checked row by row.
_KNOWN_VERSION = (
    "SELECT 1 FROM post_versions WHERE post_id = ?1 AND raw_text = ?2 AND title IS ?3 LIMIT 1"
)
_EARLIER_AT = """
SELECT coalesce(max(v.version), 0) + 1
  FROM post_versions AS v JOIN posts ON posts.id = v.post_id
 WHERE v.post_id = ?1 AND coalesce(v.edited_at, posts.published_at) <= ?2
"""
_MAKE_ROOM = "UPDATE post_versions SET version = -(version + 1) WHERE post_id = ? AND version >= ?"
_ROOM_MADE = "UPDATE post_versions SET version = -version WHERE post_id = ? AND version < 0"
_INSERT_EARLIER = (
    "INSERT INTO post_versions"
    " (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_STORED_TEXT = "SELECT title, clean_text FROM posts WHERE id = ?"
_UPDATE_EDITED = (
    "UPDATE posts SET title = ?, raw_text = ?, clean_stored = ?, content_hash = ?,"
    " edited_at = ?, recorded_at = ?, url = coalesce(?, url), media = ?"
    " WHERE id = ?"
)
_DROP_TAGS = "DELETE FROM post_tags WHERE post_id = ?"
_DROP_BAND = "DELETE FROM post_bands WHERE band = ? AND post_id = ?"
_BAND_IF_ORIGINAL = (
    "INSERT OR IGNORE INTO post_bands (band, post_id)"
    " SELECT ?, id FROM posts WHERE id = ? AND duplicate_of IS NULL"
)
_DROP_SIGNATURE = "DELETE FROM post_signatures WHERE post_id = ?"
_SIGNATURE_IF_ORIGINAL = (
    "INSERT INTO post_signatures (post_id, signature)"
    " SELECT id, ? FROM posts WHERE id = ? AND duplicate_of IS NULL"
)
_ORIGINALS_AFTER = (
    "SELECT id, clean_text FROM posts WHERE id > ? AND duplicate_of IS NULL ORDER BY id LIMIT ?"
)


# Storing posts allocates many short-lived containers (a chunk's state, its rows, the
# candidates' counts) and makes few reference cycles; at Python's default threshold (700
# allocations) its cyclic collector ran so often that it took a fifth of a 30,000-post ingest
# with the posts prepared before (measured with the collector off: 14.2 -> 11.3 s). Refcounting
# frees nearly all of it: the collector is asked to run after this many allocations instead.
_INGEST_GC_THRESHOLD = 50_000
_collecting_less: list[tuple[int, ...]] = []  # the thresholds before, once per ingest running


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run less often while posts are stored; its
    thresholds as they were once the last ingest running ends (the service may store two
    at once)."""
    before = gc.get_threshold()
    if not _collecting_less:
        gc.set_threshold(max(before[0], _INGEST_GC_THRESHOLD), *before[1:])
    _collecting_less.append(before)
    try:
        yield
    finally:
        first = _collecting_less[0]
        _collecting_less.pop()
        if not _collecting_less:
            gc.set_threshold(*first)


@dataclass(slots=True)
class _Kept:
    """What the writer keeps from one transaction to the next, until a rollback."""

    sources: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, key) -> id
    staging: bool = False  # temp.staged_posts made on this connection (and kept)
    words: set[str] = field(default_factory=set)  # runs of text in the word list (.words)
    analyser: str = ""  # what makes this process's word forms (index_writes.analyser)


class Writer:
    """Stores posts, on the writing connection of ``conn``, inside its transactions.

    Each chunk is stored by one job on the connection's thread (:meth:`Connection.run_inline`,
    see :mod:`.inline`): the steps below are written against :class:`~.inline.Writes` and run
    on a view of this writer (:meth:`_on`) over that thread's raw connection.
    """

    def __init__(self, conn: Connection) -> None:
        self._main = conn
        self._conn: Writes = conn
        self.linker = Linker(conn)
        self._kept = _Kept()
        conn.on_rollback(self._forget)

    def _forget(self) -> None:
        """A rollback: ids, crowded bands and the staging table it made are gone."""
        self._kept.sources.clear()
        self.linker.forget_crowded()
        self._kept.staging = False
        self._kept.words.clear()

    def _on(self, conn: Writes) -> Writer:
        """This writer working on ``conn`` (a job's :class:`~.inline.Inline`), sharing what
        it keeps (sources, the staging table, the linker's crowded bands)."""
        view = copy.copy(self)
        view._conn = conn
        view.linker = self.linker.on(conn)
        return view

    async def ingest(
        self,
        prepared: Iterable[PreparedPost],
        *,
        now: datetime,
        near_threshold: float = DEFAULT_THRESHOLD,
        after_chunk: AfterChunk | None = None,
    ) -> IngestReport:
        """Store posts: new ones added, changed ones versioned, copies linked, nothing dropped.

        Call inside :meth:`Connection.transaction`. ``prepared`` is consumed lazily, ``CHUNK``
        at a time, so a generator over a huge file streams through in bounded memory.
        ``after_chunk`` is awaited with each chunk once it is stored, in the same transaction
        (an import links the chunk's media files then: what it holds stays a chunk's worth):
        the chunk's current posts, and apart its older copies of stored posts (kept as earlier
        versions when their texts are new).

        An input may hold the same id twice (a feed repeating a ``<guid>``, an export with a
        message twice): the later copy is stored as an edit of the first, exactly as if it had
        come in a later input, and counted apart in the report. A chunk therefore never holds
        one id twice (:func:`_chunks` ends it before the repeat), so the first copy is in the
        archive when the second is compared with it.
        """
        report = IngestReport()
        first_new: int | None = None  # posts from here on were added by this call
        with fewer_collections():
            for chunk in _chunks(prepared):

                def job(
                    conn: Writes, chunk: list[PreparedPost] = chunk, first: int | None = first_new
                ) -> Coroutine[Any, Any, tuple[IngestReport, Split, int]]:
                    return self._on(conn)._chunk_job(chunk, ts(now), near_threshold, first)

                done, split, first_new = await self._main.run_inline(job)
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
        """:meth:`ingest` in a transaction of its own: the live path's (a new post, an
        album, a burst). Posts that make one chunk (the usual case) are stored with the
        transaction's ``BEGIN`` and ``COMMIT`` in one round trip
        (:meth:`Connection.transact_inline`); more go through :meth:`ingest` as an import's."""
        chunks = list(_chunks(prepared))
        if len(chunks) != 1:
            async with self._main.transaction():
                return await self.ingest(prepared, now=now, near_threshold=near_threshold)
        (chunk,) = chunks

        def job(conn: Writes) -> Coroutine[Any, Any, tuple[IngestReport, Split, int]]:
            return self._on(conn)._chunk_job(chunk, ts(now), near_threshold, None)

        report, _, _ = await self._main.transact_inline(job)
        return report

    async def _chunk_job(
        self, chunk: list[PreparedPost], now: str, threshold: float, first_new: int | None
    ) -> tuple[IngestReport, Split, int]:
        """One chunk, stored by one job on the connection's thread; ``first_new`` is read
        before the first chunk is written (the first id this ingest call adds). Returns the
        report, the chunk's current posts and older copies (:meth:`.placing.Placed.split`)
        and ``first_new``."""
        if first_new is None:
            if not self._kept.analyser:
                self._kept.analyser = analyser()
            await check_analyser(self._conn, self._kept.analyser)
            row = await self._conn.fetchone(_NEXT_POST_ID)
            first_new = int(row[0]) + 1 if row else 1
        report, split = await self._ingest_chunk(chunk, now, threshold, first_new)
        return report, split, first_new

    async def _ingest_chunk(
        self, chunk: list[PreparedPost], now: str, threshold: float, first_new: int
    ) -> tuple[IngestReport, Split]:
        report = IngestReport()
        source_ids = [await self._source_id(p.post.source, now) for p in chunk]

        existing = await self._existing(chunk, source_ids)
        state = Chunk()
        await self.linker.load_hashes(state, {p.content_hash for p in chunk})
        # Near copies are looked for only for posts new to the archive and not exact copies of
        # a stored one (those are linked by their hash).
        new = [
            p
            for p, sid in zip(chunk, source_ids, strict=True)
            if p.bands
            and (sid, p.post.external_id) not in existing
            and hash_root(p, state) is None  # an exact copy in time is linked by its hash
        ]
        ahead = await self.linker.load_candidates(state, new, threshold)
        tag_ids = await self._tag_ids({tag_key(t.name): t.name for p in chunk for t in p.tags})

        row = await self._conn.fetchone(_NEXT_POST_ID)
        ids = itertools.count(int(row[0]) + 1 if row else 1)
        placed = await place(
            chunk,
            source_ids,
            existing,
            state,
            report,
            new_id=ids.__next__,
            ours=lambda post_id: post_id >= first_new,  # first stored by this ingest call
            is_replay=self._is_replay,
            record_edit=functools.partial(self._record_edit, tag_ids=tag_ids, now=now),
            keep_earlier=functools.partial(self._keep_earlier, now=now),
            find_original=lambda p: self.linker.find_original(
                p, state, threshold, ahead.get(id(p))
            ),
        )
        posts = [
            (
                *n.row(stored_clean(n.prepared.post.text, n.prepared.clean_text), now),
                n.prepared.search_stems,
                n.prepared.post.date_source,
            )
            for n in placed.new
        ]
        post_tags = [
            (n.post_id, tag_ids[tag_key(t.name)], t.origin)
            for n in placed.new
            for t in n.prepared.tags
        ]
        telegram_new = [
            (n.post_id, n.prepared.post.source.key, n.prepared.post.external_id, n.post_id)
            for n in placed.new
            if n.prepared.post.source.kind == "telegram"
        ]
        bands, signatures, linked = placed.bands, placed.signatures, placed.linked

        # Emptied after each use; a failure in between is rolled back with the transaction.
        db = self._conn.db
        if not self._kept.staging:
            await db.execute(_STAGED_POSTS_TABLE)
            self._kept.staging = True
        await db.executemany(_STAGE_POST, posts)
        await db.execute(_INSERT_STAGED_POSTS)
        await db.execute(INDEX_STAGED)
        await db.execute(_CLEAR_STAGED)
        await db.executemany(_INSERT_POST_TAG, post_tags)
        # In key order: consecutive inserts into the band index then share its upper pages.
        await db.executemany(INSERT_BAND, sorted(bands))
        self.linker.added(band for band, _ in set(bands))
        await db.executemany(INSERT_SIGNATURE, signatures)
        self.linker.dropped(await reroot(self._conn, linked))
        if telegram_new:
            # Copies that arrived before their origin: link them now that it is here.
            before = db.total_changes
            await db.executemany(_LINK_EARLIER_FORWARDS, telegram_new)
            report.forwards_linked += db.total_changes - before
        # The words of the posts this chunk added or changed, for prefix searches (.words).
        await catch_up(self._conn, self._kept.words)
        return report, placed.split(chunk)

    async def _source_id(self, source: SourceRef, now: str) -> int:
        cache_key = (source.kind, source.key)
        if cache_key in self._kept.sources:
            return self._kept.sources[cache_key]
        row = await self._conn.fetchone(
            _UPSERT_SOURCE,
            (source.kind, source.key, source.title, source.username, source.url, now),
        )
        assert row is not None
        self._kept.sources[cache_key] = int(row[0])
        return int(row[0])

    async def _existing(self, chunk: Sequence[PreparedPost], source_ids: Sequence[int]) -> Existing:
        wanted: dict[int, set[str]] = {}
        for p, sid in zip(chunk, source_ids, strict=True):
            wanted.setdefault(sid, set()).add(p.post.external_id)
        found: Existing = {}
        for sid, ids in wanted.items():
            for part in parts(sorted(ids)):
                sql = _EXISTING.format(marks=marks(part))
                rows = await self._conn.fetchall(sql, (sid, *part))
                for ext, pid, raw, title, edited, recorded in rows:
                    found[(sid, ext)] = (pid, raw, title, dated_edit(edited, recorded))
        return found

    async def tag_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Ids of the tags ``names`` holds by key (``tag_key``: spelling), made when missing
        (for ``tg-archiver retag``, archive.store.retag)."""
        return await self._tag_ids(names)

    async def _tag_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Ids of tags by key, creating missing ones with the spelling first seen."""
        ids: dict[str, int] = {}
        keys = sorted(names)
        for part in parts(keys):
            sql = _TAGS_OF_KEYS.format(marks=marks(part))
            ids.update({k: int(i) for k, i in await self._conn.fetchall(sql, part)})
        missing = [k for k in keys if k not in ids]
        if missing:
            row = await self._conn.fetchone(_NEXT_TAG_ID)
            start = int(row[0]) + 1 if row else 1
            new = [(start + i, names[k], k) for i, k in enumerate(missing)]
            await self._conn.db.executemany(_INSERT_TAG, new)
            ids.update({k: i for i, _, k in new})
        return ids

    async def _is_replay(self, post_id: int, post: Post) -> bool:
        """Whether ``post`` is an earlier version of ``post_id`` again, not a new edit.

        A file or feed holding one id twice with two texts plays both versions again at every
        import or poll: without this, each would add two versions (a feed that repeats a guid
        would grow the archive at every poll). A copy whose title and text equal a stored
        version with the same edit time (or with any, when the copy has none) is that version
        replayed. A real revert to an old wording comes with its own edit time (Telegram's
        edit date, a feed's ``<updated>``) and is recorded; in a source without edit times
        it is not, and the old wording stays in the versions.
        """
        edited = ts(post.edited_at) if post.edited_at else None
        row = await self._conn.fetchone(_REPLAYED_VERSION, (post_id, post.text, post.title, edited))
        return row is not None

    async def _keep_earlier(self, post_id: int, prepared: PreparedPost, now: str) -> bool:
        """An older copy of ``post_id`` kept as an earlier version, dated as its source
        dates it (never ``now``), unless the archive has its text already (False)."""
        post = prepared.post
        if await self._conn.fetchone(_KNOWN_VERSION, (post_id, post.text, post.title)):
            return False
        row = await self._conn.fetchone(
            _EARLIER_AT, (post_id, ts(post.edited_at or post.published_at))
        )
        version = int(row[0]) if row else 1
        db = self._conn.db
        await db.execute(_MAKE_ROOM, (post_id, version))
        await db.execute(_ROOM_MADE, (post_id,))
        edited = ts(post.edited_at) if post.edited_at else None
        await db.execute(
            _INSERT_EARLIER,
            (post_id, version, post.title, post.text, prepared.clean_text, edited, now),
        )
        return True

    async def _record_edit(
        self, post_id: int, prepared: PreparedPost, tag_ids: dict[str, int], now: str
    ) -> None:
        post = prepared.post
        edited = ts(post.edited_at) if post.edited_at else now
        # Before the text is replaced: the band keys the post is indexed under are those of
        # its clean text as stored (the keys were made from it, so these are the rows ingest
        # or an earlier edit wrote; MinHash bands, short and prefix keys alike:
        # archive.fingerprint.fingerprint), and the index's tokens those of its title and text.
        old_title, old_text = await self._conn.fetchone(_STORED_TEXT, (post_id,))
        old_bands = fingerprint(old_text).bands
        db = self._conn.db
        await db.execute(_SUPERSEDE, (post_id,))
        await unindex(db, post_id, old_title, old_text)
        await db.execute(
            _UPDATE_EDITED,
            (
                post.title,
                post.text,
                stored_clean(post.text, prepared.clean_text),
                prepared.content_hash,
                edited,
                now,
                post.url,
                media_json(post.media),
                post_id,
            ),
        )
        await db.execute(INDEX, (post_id, post.title, prepared.clean_text, prepared.search_stems))
        await db.execute(_DROP_TAGS, (post_id,))
        await db.executemany(
            _INSERT_POST_TAG,
            [(post_id, tag_ids[tag_key(t.name)], t.origin) for t in prepared.tags],
        )
        # post_bands is keyed by band: the post's old keys are deleted one by one, not found by
        # a scan of every band row (seconds per edit in an archive of a million posts).
        await db.executemany(_DROP_BAND, [(b, post_id) for b in old_bands])
        self.linker.dropped(old_bands)  # a band may be back to CROWDED_BAND members or fewer
        await db.executemany(_BAND_IF_ORIGINAL, [(b, post_id) for b in prepared.bands])
        await db.execute(_DROP_SIGNATURE, (post_id,))
        if blob := sig_blob(prepared.signature):
            await db.execute(_SIGNATURE_IF_ORIGINAL, (blob, post_id))


def _chunks(prepared: Iterable[PreparedPost]) -> Iterator[list[PreparedPost]]:
    """``prepared`` in chunks of at most ``CHUNK`` posts, none holding one id twice.

    A chunk's new posts are inserted together at its end, so a repeat inside the chunk would
    be compared with (and recorded as an edit of) a post not stored yet: the chunk ends before
    the repeat instead, and the repeat starts the next one.
    """
    chunk: list[PreparedPost] = []
    keys: set[tuple[str, str, str]] = set()
    for p in prepared:
        key = (p.post.source.kind, p.post.source.key, p.post.external_id)
        if len(chunk) >= CHUNK or key in keys:
            yield chunk
            chunk, keys = [], set()
        chunk.append(p)
        keys.add(key)
    if chunk:
        yield chunk


async def rebuild_bands(conn: Connection) -> None:
    """Recompute the LSH band keys of every original from its clean text (migrations)."""
    await _from_originals(
        conn,
        "bands rebuilt",
        INSERT_BAND,
        lambda pid, fp: [(b, pid) for b in fp.bands],
    )


async def fill_signatures(conn: Connection) -> None:
    """Store the MinHash signature of every original from its clean text (migrations). A
    candidate without one (a post linked as a forward after it was indexed) is still found:
    ingest then verifies it from its text."""
    await _from_originals(
        conn,
        "signatures stored",
        INSERT_SIGNATURE,
        lambda pid, fp: [(pid, blob)] if (blob := sig_blob(fp.signature)) else [],
    )


async def _from_originals(
    conn: Connection,
    what: str,
    insert: str,
    rows_of: Callable[[int, Fingerprint], list[tuple[Any, ...]]],
) -> None:
    """Insert ``rows_of(id, fingerprint)`` for every original, from its clean text, a
    batch at a time (an archive of millions of posts never sits in memory)."""
    last, count = 0, 0
    while batch := await conn.fetchall(_ORIGINALS_AFTER, (last, _REBUILD_BATCH)):
        rows = [row for pid, text in batch for row in rows_of(pid, fingerprint(text))]
        await conn.db.executemany(insert, sorted(rows))
        last, count = batch[-1][0], count + len(batch)
    log.info("near-duplicate %s posts=%d", what, count)
