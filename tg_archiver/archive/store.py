"""The archive's storage: one async class over aiosqlite, and the only place that speaks SQL.

The database file is the user's archive. It is opened in WAL mode with foreign keys on; the
schema lives in ``migrations/NNNN_*.sql`` and is applied here, each file once, in its own
transaction. Writes happen inside :meth:`Store.transaction` (``BEGIN IMMEDIATE``), so the
import of one file is all or nothing: an error, Ctrl-C or a kill leaves the archive as it was.

Ingest is batched: a chunk of prepared posts costs a handful of round trips to SQLite (look
ups by key, by content hash and by LSH band, then ``executemany`` inserts), not one per post.
Post and tag ids are assigned here from ``max(id) + 1``, which is safe because a write
transaction holds SQLite's write lock.

Faults of the file itself end a transaction cleanly: a full disk (``SQLITE_FULL``, also what
``PRAGMA max_page_count`` gives) rolls the step back and raises :class:`StorageError`, never
a half-written step or a connection stuck in a transaction. Another process writing (an import
holds the write lock for its whole run) makes ``BEGIN IMMEDIATE`` wait: SQLite's busy timeout
first, then retries with backoff up to :data:`BUSY_PATIENCE`, so "database is locked" is
waited out, not shown. Readers never wait: WAL lets them read while one process writes, and
the reading methods (search, export, stats, digests) use a second connection, so in the
running service they never see a transaction that another task has in flight.
"""

from __future__ import annotations

import asyncio
import functools
import heapq
import json
import logging
import os
import re
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence, Sized
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite
import numpy as np

from tg_archiver.archive.dedup import (
    DEFAULT_THRESHOLD,
    ESTIMATE_MARGIN,
    MIN_WORDS,
    NUM_PERM,
    estimate_jaccard,
    jaccard,
    shingles,
)
from tg_archiver.archive.errors import (
    ArchiverError,
    DamagedArchive,
    InputError,
    StorageError,
    damaged_message,
)
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.location import read_only_uri, wal_of
from tg_archiver.archive.models import Media, Post, SourceRef
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.query import MAX_FILTER_VALUES, SearchQuery
from tg_archiver.archive.reclean import reclean_stored
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.redact_stored import redact_stored_urls
from tg_archiver.archive.reindex import Progress, fill_word_forms
from tg_archiver.archive.reroot import Linked, reroot
from tg_archiver.archive.similarity import (
    BRIEF_WORDS,
    SHORT_WINDOW,
    Fingerprint,
    contained,
    core_shingles,
    fingerprint,
    one_word_apart,
    substitution,
)
from tg_archiver.archive.snippets import passage
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key

log = logging.getLogger(__name__)

CHUNK = 500
MAX_CANDIDATES = 200  # near-duplicate candidates verified per post
# A stored band with more members than this is crowded: sharing it alone does not make a
# candidate (see Store._load_bands).
CROWDED_BAND = 64
# Page size of a new archive (an existing one keeps the size it was made with: SQLite sets it
# only before the first table). An import is one transaction, so until it commits every page
# it wrote is in the WAL, and each page the cache misses is looked up in the WAL index, which
# SQLite walks in blocks of 4,096 frames: four times fewer, larger pages make the walk four
# times shorter. A 1M-post import: 808 s with 4 KiB pages, 592 s with 16 KiB.
PAGE_SIZE = 16384
_MAX_VARS = 900  # bound parameters per IN (...) list; far below SQLite's limit
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_TAG_SEP = "\x1f"
_NO_SHINGLES = shingles("")
SNIPPET_START, SNIPPET_END = "\x02", "\x03"  # marks around matched words in snippets
BUSY_TIMEOUT_MS = 10_000  # SQLite's own wait for another process's lock, per statement
BUSY_PATIENCE = 600.0  # seconds transaction() keeps retrying a locked archive, then gives up
_BUSY_BACKOFF = (0.05, 5.0)  # first and longest pause between retries


def ts(dt: datetime) -> str:
    """A datetime as the archive stores it: ISO 8601, UTC, second precision, 'Z'."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    m = dt.astimezone(UTC)
    # Field by field, not strftime (a third of the cost; ingest formats every post's dates),
    # the year padded to four digits as %Y would not do before 1000 (glibc): "1-01-01T..."
    # would sort after "2024-..." and fail parse_ts.
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def parse_ts(value: str) -> datetime:
    """A time as :func:`ts` stores it, back as an aware datetime in UTC."""
    if len(value) != 20 or value[10] != "T" or value[19] != "Z":
        raise ValueError(f"not a stored time: {value!r}")
    # fromisoformat is C and some thirty times faster than strptime, which exports felt.
    return datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Delivery:
    """One digest period for one chat ('console' or a chat id), as recorded."""

    digest: str
    chat: str
    period_start: datetime
    period_end: datetime
    messages: tuple[str, ...]
    sent_parts: int
    message_ids: tuple[int | None, ...]
    finished: bool


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    edited: int = 0
    unchanged: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    forwards_linked: int = 0
    # One input holding the same id twice (see Store.ingest): the later copy, when its text
    # differs, became a new version of the first; when it is the same, it was stored once.
    repeated_versions: int = 0
    repeated_same: int = 0

    def __iadd__(self, other: IngestReport) -> IngestReport:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def seen(self) -> int:
        return (
            self.added + self.edited + self.unchanged + self.repeated_versions + self.repeated_same
        )

    def summary(self) -> str:
        line = (
            f"{self.added} new posts, {self.edited} edited, {self.unchanged} unchanged;"
            f" linked {self.exact_duplicates} exact and {self.near_duplicates} near duplicates,"
            f" {self.forwards_linked} forwards"
        )
        if n := self.repeated_versions:
            line += f"; {n} repeated id{'s' if n > 1 else ''} stored as {_a_version(n)}"
        if n := self.repeated_same:
            line += f"; {n} repeated id{'s' if n > 1 else ''} with the same text stored once"
        return line


def _a_version(n: int) -> str:
    return "versions" if n > 1 else "a version"


@dataclass(frozen=True, slots=True)
class SearchHit:
    row: ExportRow
    snippet: str  # matched words between SNIPPET_START and SNIPPET_END
    score: float | None = None  # relevance, higher is better; None without search words


@dataclass(frozen=True, slots=True)
class Stats:
    posts: int
    duplicates: int
    versions: int
    deleted: int
    sources: dict[str, int]
    tags: int
    first_post: datetime | None
    last_post: datetime | None
    database_bytes: int


@dataclass(frozen=True, slots=True)
class ExportFilter:
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    include_duplicates: bool = True

    @classmethod
    def of(cls, query: SearchQuery, *, include_duplicates: bool = True) -> ExportFilter:
        """The filters of a search (tags, sources, dates), without its words."""
        return cls(
            tags=query.tags,
            sources=query.sources,
            since=query.since,
            until=query.until,
            include_duplicates=include_duplicates,
        )


@dataclass(frozen=True, slots=True)
class FeedState:
    """What polling remembers of a feed between polls and restarts."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    failures: int = 0
    last_error: str | None = None
    disabled_at: datetime | None = None


@dataclass(slots=True)
class _Chunk:
    """What one chunk of ingest looks up once and then updates as it assigns posts."""

    by_hash: dict[str, int] = field(default_factory=dict)  # content hash -> root post id
    by_band: dict[int, list[int]] = field(default_factory=dict)  # band key -> post ids
    roots: dict[int, int] = field(default_factory=dict)  # post id -> its root
    shingles: dict[int, np.ndarray] = field(default_factory=dict)
    cores: dict[int, tuple[str, ...]] = field(default_factory=dict)  # similarity.core_words
    published: dict[int, str] = field(default_factory=dict)  # as stored (ts)
    hashes: dict[int, str] = field(default_factory=dict)  # post id -> content hash
    signatures: dict[int, bytes] = field(default_factory=dict)  # b"": none stored
    crowded: set[int] = field(default_factory=set)  # stored bands of > CROWDED_BAND members
    # crowded bands of a post -> the stored posts sharing two or more of them, and how many
    crowded_shared: dict[tuple[int, ...], dict[int, int]] = field(default_factory=dict)


class Store:
    """The archive. Open with ``async with await Store.open(path) as store:``."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        # Searches, exports, stats and digests read on a connection of their own (opened by
        # open()), so they see only committed posts (WAL), never the half of a transaction
        # that a feed poll or a Telegram batch has in flight on ``_db`` in the same process.
        self._reader = db
        self.path = path
        self._sources: dict[tuple[str, str], int] = {}
        # Bands seen with more than CROWDED_BAND members: they only grow (until an edit
        # removes a post's bands or a rollback, which clear this), so they are not read again.
        self._crowded: set[int] = set()
        self.applied_on_open: list[str] = []  # migrations that opening this archive applied
        self._write_lock = asyncio.Lock()
        # How blocking readers (exports) open the archive: read-only, as the file allows.
        self._read_uri = f"{path.resolve().as_uri()}?mode=ro"
        self._idle = asyncio.Event()
        self._idle.set()

    # -- opening, migrations, transactions ---------------------------------------------------

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        migrate: bool = True,
        read_only: bool = False,
        progress: Progress | None = None,
    ) -> Store:
        """Open (or create) the archive at ``path``, applying pending migrations.

        ``read_only``: open an existing archive for reading only (searches, exports,
        statistics), for one this process may not write (see :mod:`archive.location`). Such an
        archive is never created, migrated or changed. ``progress``: see :meth:`migrate`.
        """
        if path.is_dir():
            raise InputError(
                f"the archive {path} is a folder, not a file; give the archive's file,"
                f" e.g. {path / 'archive.db'}"
            )
        if not path.parent.exists():
            raise InputError(
                f"cannot create the archive {path}: folder {path.parent} does not exist"
            )
        if read_only:
            return await cls._open_read_only(path)
        try:
            db = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as e:
            raise InputError(f"cannot open the archive {path}: {e}") from None
        store = cls(db, path)
        try:
            await db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            await db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # a no-op on an existing file
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await db.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                store.applied_on_open = await store.migrate(progress)
            await db.execute(_STAGED_POSTS_TABLE)
            store._reader = await aiosqlite.connect(path, isolation_level=None)
            await store._reader.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            await store._reader.execute(_TERMS_TABLE)
            await store._reader.execute("PRAGMA query_only = ON")
        except sqlite3.DatabaseError as e:
            await store.close()
            raise _not_an_archive(path, e) from None
        except BaseException:
            await store.close()
            raise
        return store

    @classmethod
    async def _open_read_only(cls, path: Path) -> Store:
        if not path.exists():
            raise InputError(f"there is no archive at {path}")
        if not os.access(path, os.R_OK):
            raise InputError(f"cannot read the archive {path}: permission denied")
        uri = read_only_uri(path)
        try:
            db = await aiosqlite.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as e:
            raise InputError(f"cannot open the archive {path}: {e}") from None
        store = cls(db, path)
        store._read_uri = uri
        try:
            await db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            done = {v for (v,) in await store._fetchall("SELECT version FROM schema_migrations")}
            newest = max(_migrations(), default=0)
            if max(done, default=0) > newest:
                raise InputError(
                    f"{path} was written by a newer tg-archiver (schema {max(done)}); upgrade"
                )
            if max(done, default=0) < newest:
                raise InputError(
                    f"the archive {path} needs its schema brought up to date, and this user may"
                    " not write it; run `tg-archiver migrate` as a user who may"
                )
            await db.execute(_TERMS_TABLE)
            await db.execute("PRAGMA query_only = ON")
        except sqlite3.DatabaseError as e:
            await store.close()
            if _error_code(e) == sqlite3.SQLITE_CANTOPEN and wal_of(path).exists():
                # mode=ro replays a write-ahead log through its -shm index, which a
                # read-only folder cannot get; skipping the log would hide recent posts.
                raise InputError(
                    f"cannot read the archive {path}: its write-ahead log {wal_of(path).name}"
                    f" holds recent changes, and {path.name}-shm, needed to read it, cannot be"
                    " made in this read-only folder; run any tg-archiver command on it once as"
                    " a user who may write the folder"
                ) from None
            raise _not_an_archive(path, e) from None
        except BaseException:
            await store.close()
            raise
        return store

    async def close(self) -> None:
        if self._reader is not self._db:
            await self._reader.close()
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """All or nothing: commit on success, roll back on any error or cancellation.

        One transaction at a time per Store: concurrent tasks (feed polls, Telegram events)
        queue on a lock rather than nest, so each batch stays its own unit.
        """
        async with self._write_lock:
            self._idle.clear()
            try:
                await self._begin()
                try:
                    yield
                    await self._db.execute("COMMIT")
                except BaseException as e:
                    await self._rollback()
                    code = _error_code(e) if isinstance(e, sqlite3.Error) else None
                    if code in _WRITE_FAULTS:
                        hint = "" if code == sqlite3.SQLITE_FULL else " (is the disk full?)"
                        raise StorageError(
                            f"cannot write to the archive {self.path}: {e}{hint};"
                            " the unfinished step was rolled back, the archive is as it was"
                        ) from None
                    raise
            finally:
                self._idle.set()

    async def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, waiting out another process's write lock with backoff."""
        pause, longest = _BUSY_BACKOFF
        deadline = time.monotonic() + BUSY_PATIENCE
        while True:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as e:
                if _error_code(e) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise
                if time.monotonic() >= deadline:
                    raise StorageError(
                        f"the archive {self.path} stayed locked by another process for"
                        f" {BUSY_PATIENCE:.0f} s; nothing was written, try again later"
                    ) from None
            log.warning("archive=%s busy (another process writes) retry_in=%.2fs", self.path, pause)
            await asyncio.sleep(pause)
            pause = min(pause * 2, longest)

    async def _rollback(self) -> None:
        """Roll back the open transaction, if SQLite has not already (it does on some errors,
        SQLITE_FULL among them, and then a ROLLBACK would fail and hide the real error)."""
        self._sources.clear()  # ids made in the rolled-back transaction are gone
        self._crowded.clear()
        if not self._db.in_transaction:
            return
        try:
            await self._db.execute("ROLLBACK")
        except sqlite3.Error as e:
            log.error("archive=%s rollback failed: %s", self.path, e)

    async def wait_idle(self, timeout: float) -> bool:
        """Wait for the transaction in flight, if any, to end (for a clean shutdown)."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def migrate(self, progress: Progress | None = None) -> list[str]:
        """Apply the migrations this archive has not seen, in order; return their names.

        ``progress`` is told how far migration 0008's fill of the word forms has got (the
        one step that takes minutes on a large archive; see :mod:`archive.reindex`).
        """
        await self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {v for (v,) in await self._fetchall("SELECT version FROM schema_migrations")}
        available = _migrations()
        if done and max(done) > max(available, default=0):
            raise InputError(
                f"{self.path} was written by a newer tg-archiver (schema {max(done)}); upgrade"
            )
        applied = []
        for version, (name, sql) in sorted(available.items()):
            if version in done:
                continue
            async with self.transaction():
                # Another process opening the archive at the same moment may have applied it
                # while this one waited for the write lock.
                if await self._fetchone(
                    "SELECT 1 FROM schema_migrations WHERE version = ?", (version,)
                ):
                    continue
                for statement in _statements(sql):
                    await self._db.execute(statement)
                if version in (_REBUILD_BANDS_AT, _CORE_BANDS_AT):
                    await self._rebuild_bands()
                if version in (_FILL_SIGNATURES_AT, _CORE_BANDS_AT):
                    await self._fill_signatures()
                if version == _REDACT_FEED_URLS_AT:
                    await redact_stored_urls(self._db)
                if version == _RECLEAN_BLOCKS_AT:
                    await reclean_stored(self._db)
                await self._db.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, ts(datetime.now(UTC))),
                )
            log.info("migration applied name=%s", name)
            applied.append(name)
        # Outside the loop's transactions: the fill commits a batch at a time, and resumes
        # here when an earlier upgrade was killed during it.
        await fill_word_forms(self, progress)
        return applied

    async def _rebuild_bands(self) -> None:
        """Recompute the LSH band keys of every original from its clean text."""
        await self._from_originals(
            "bands rebuilt",
            _INSERT_BAND,
            lambda pid, fp: [(b, pid) for b in fp.bands],
        )

    async def _fill_signatures(self) -> None:
        """Store the MinHash signature of every original from its clean text. A candidate
        without one (a post linked as a forward after it was indexed) is still found: ingest
        then verifies it from its text."""
        await self._from_originals(
            "signatures stored",
            _INSERT_SIGNATURE,
            lambda pid, fp: [(pid, blob)] if (blob := _sig_blob(fp.signature)) else [],
        )

    async def _from_originals(
        self,
        what: str,
        insert: str,
        rows_of: Callable[[int, Fingerprint], list[tuple[Any, ...]]],
    ) -> None:
        """Insert ``rows_of(id, fingerprint)`` for every original, from its clean text, a
        batch at a time (an archive of millions of posts never sits in memory)."""
        last, count = 0, 0
        while batch := await self._fetchall(_ORIGINALS_AFTER, (last, _REBUILD_BATCH)):
            rows = [row for pid, text in batch for row in rows_of(pid, fingerprint(text))]
            await self._db.executemany(insert, sorted(rows))
            last, count = batch[-1][0], count + len(batch)
        log.info("near-duplicate %s posts=%d", what, count)

    async def schema_version(self) -> int:
        row = await self._fetchone("SELECT max(version) FROM schema_migrations")
        return int(row[0] or 0) if row else 0

    # -- ingest ---------------------------------------------------------------------------------

    async def ingest(
        self,
        prepared: Iterable[PreparedPost],
        *,
        now: datetime,
        near_threshold: float = DEFAULT_THRESHOLD,
    ) -> IngestReport:
        """Store posts: new ones added, changed ones versioned, copies linked, nothing dropped.

        Call inside :meth:`transaction`. ``prepared`` is consumed lazily, ``CHUNK`` at a time,
        so a generator over a huge file streams through in bounded memory.

        An input may hold the same id twice (a feed repeating a ``<guid>``, an export with a
        message twice): the later copy is stored as an edit of the first, exactly as if it had
        come in a later input, and counted apart in the report. A chunk therefore never holds
        one id twice (:func:`_chunks` ends it before the repeat), so the first copy is in the
        archive when the second is compared with it.
        """
        report = IngestReport()
        row = await self._fetchone("SELECT coalesce(max(id), 0) FROM posts")
        first_new = int(row[0]) + 1 if row else 1  # posts from here on were added by this call
        for chunk in _chunks(prepared):
            report += await self._ingest_chunk(chunk, ts(now), near_threshold, first_new)
        return report

    async def _ingest_chunk(
        self, chunk: list[PreparedPost], now: str, threshold: float, first_new: int
    ) -> IngestReport:
        report = IngestReport()
        source_ids = [await self._source_id(p.post.source, now) for p in chunk]

        existing = await self._existing(chunk, source_ids)
        state = _Chunk()
        await self._load_hashes(state, {p.content_hash for p in chunk})
        # Near copies are looked for only for posts new to the archive and not exact copies of
        # a stored one (those are linked by their hash): for them, the stored posts sharing a
        # band are fetched in one go rather than one query per post (the candidates
        # _find_original will check, as far as known now): first their signatures, then the
        # text of those the signatures cannot rule out.
        new = [
            p
            for p, sid in zip(chunk, source_ids, strict=True)
            if p.bands
            and (sid, p.post.external_id) not in existing
            and (p.brief or p.content_hash not in state.by_hash)
        ]
        await self._load_bands(state, {b for p in new for b in p.bands})
        await self._load_crowded(state, {_crowded_of(p, state) for p in new})
        # Pairs, not a dict keyed by post: hashing a PreparedPost hashes all its fields.
        candidates = [(p, _candidates(p, state)) for p in new]
        await self._load_signatures(state, {pid for _, c in candidates for pid in c})
        await self._load_shingles(
            state,
            {pid for p, c in candidates for pid in _plausible(p, c, state, threshold)},
        )
        tag_ids = await self._tag_ids({tag_key(t.name): t.name for p in chunk for t in p.tags})

        row = await self._fetchone("SELECT coalesce(max(id), 0) FROM posts")
        next_id = int(row[0]) + 1 if row else 1

        posts: list[tuple[Any, ...]] = []
        versions: list[tuple[Any, ...]] = []
        post_tags: list[tuple[int, int, str]] = []
        bands: list[tuple[int, int]] = []
        signatures: list[tuple[int, bytes]] = []
        telegram_new: list[tuple[int, str, str, int]] = []
        linked: list[Linked] = []  # new copies: their root may be published after them

        for prepared, source_id in zip(chunk, source_ids, strict=True):
            post = prepared.post
            key = (source_id, post.external_id)
            if key in existing:
                post_id, raw, title = existing[key]
                repeated = post_id >= first_new  # first stored by this same ingest call
                if (raw == post.text and title == post.title) or await self._is_replay(
                    post_id, post
                ):
                    if repeated:
                        report.repeated_same += 1
                    else:
                        report.unchanged += 1
                    continue
                await self._record_edit(post_id, prepared, tag_ids, now)
                existing[key] = (post_id, post.text, post.title)
                if repeated:
                    report.repeated_versions += 1
                else:
                    report.edited += 1
                continue

            post_id, next_id = next_id, next_id + 1
            existing[key] = (post_id, post.text, post.title)
            dup_of, dup_kind, similarity = await self._find_original(prepared, state, threshold)
            if dup_of is not None and dup_kind in ("exact", "near"):
                linked.append((post_id, prepared, dup_of, dup_kind, similarity))
            if dup_kind == "exact":
                report.exact_duplicates += 1
            elif dup_kind == "near":
                report.near_duplicates += 1
            elif dup_kind == "forward":
                report.forwards_linked += 1
            root = dup_of if dup_of is not None else post_id
            state.roots[post_id] = root
            state.by_hash.setdefault(prepared.content_hash, root)
            state.shingles[post_id] = prepared.shingles
            state.cores[post_id] = prepared.core
            state.published[post_id] = ts(post.published_at)
            state.hashes[post_id] = prepared.content_hash
            if dup_of is None and prepared.bands:
                # Only originals are indexed: a later copy finds the original, and templated
                # posts (daily briefings) do not pile thousands of ids into one band.
                for band in prepared.bands:
                    state.by_band.setdefault(band, []).append(post_id)
                    bands.append((band, post_id))
                blob = _sig_blob(prepared.signature)
                state.signatures[post_id] = blob
                signatures.append((post_id, blob))

            fwd = post.forwarded_from
            posts.append(
                (
                    post_id,
                    source_id,
                    post.external_id,
                    post.url,
                    post.title,
                    ts(post.published_at),
                    ts(post.edited_at) if post.edited_at else None,
                    post.author,
                    fwd.name or fwd.username if fwd else None,
                    fwd.source_key if fwd else None,
                    fwd.external_id if fwd else None,
                    post.text,
                    prepared.clean_text,
                    prepared.content_hash,
                    _media_json(post.media),
                    dup_of,
                    dup_kind,
                    similarity,
                    now,
                    prepared.search_stems,
                    post.date_source,
                )
            )
            versions.append(
                (
                    post_id,
                    1,
                    post.title,
                    post.text,
                    prepared.clean_text,
                    ts(post.edited_at) if post.edited_at else None,
                    now,
                )
            )
            post_tags.extend((post_id, tag_ids[tag_key(t.name)], t.origin) for t in prepared.tags)
            if post.source.kind == "telegram":
                telegram_new.append((post_id, post.source.key, post.external_id, post_id))
            report.added += 1

        # Emptied after each use; a failure in between is rolled back with the transaction.
        await self._db.executemany(_STAGE_POST, posts)
        await self._db.execute(_INSERT_STAGED_POSTS)
        await self._db.execute("DELETE FROM temp.staged_posts")
        await self._db.executemany(_INSERT_VERSION, versions)
        await self._db.executemany(_INSERT_POST_TAG, post_tags)
        # In key order: consecutive inserts into the band index then share its upper pages.
        await self._db.executemany(_INSERT_BAND, sorted(bands))
        await self._db.executemany(_INSERT_SIGNATURE, signatures)
        await reroot(self, linked)
        if telegram_new:
            # Copies that arrived before their origin: link them now that it is here.
            before = self._db.total_changes
            await self._db.executemany(_LINK_EARLIER_FORWARDS, telegram_new)
            report.forwards_linked += self._db.total_changes - before
        return report

    async def _source_id(self, source: SourceRef, now: str) -> int:
        cache_key = (source.kind, source.key)
        if cache_key in self._sources:
            return self._sources[cache_key]
        row = await self._fetchone(
            _UPSERT_SOURCE,
            (source.kind, source.key, source.title, source.username, source.url, now),
        )
        assert row is not None
        self._sources[cache_key] = int(row[0])
        return int(row[0])

    async def _existing(
        self, chunk: Sequence[PreparedPost], source_ids: Sequence[int]
    ) -> dict[tuple[int, str], tuple[int, str, str | None]]:
        wanted: dict[int, set[str]] = {}
        for p, sid in zip(chunk, source_ids, strict=True):
            wanted.setdefault(sid, set()).add(p.post.external_id)
        found: dict[tuple[int, str], tuple[int, str, str | None]] = {}
        for sid, ids in wanted.items():
            for part in _parts(sorted(ids)):
                sql = (
                    "SELECT external_id, id, raw_text, title FROM posts"
                    f" WHERE source_id = ? AND external_id IN ({_marks(part)})"
                )
                for ext, pid, raw, title in await self._fetchall(sql, (sid, *part)):
                    found[(sid, ext)] = (pid, raw, title)
        return found

    async def _load_hashes(self, state: _Chunk, hashes: set[str]) -> None:
        for part in _parts(sorted(hashes)):
            # SQLite takes the bare columns from the row of min(id): the first post of a hash.
            sql = (
                "SELECT content_hash, min(id), coalesce(duplicate_of, id) FROM posts"
                f" WHERE content_hash IN ({_marks(part)}) GROUP BY content_hash"
            )
            for h, pid, root in await self._fetchall(sql, part):
                state.by_hash.setdefault(h, root)
                state.roots[pid] = root

    async def _load_bands(self, state: _Chunk, band_keys: set[int]) -> None:
        """The stored members of the chunk's bands, but for crowded ones.

        In a large archive of posts that share phrasing (a common footer, a template), a few
        bands gather thousands of unrelated originals, and a post meeting one of them would
        have each of those read and estimated: most of the work of ingest at a million posts.
        A crowded band's members are therefore candidates only when they share a second band
        with the post (:meth:`_load_crowded` for the crowded ones). A near copy at the
        threshold shares about four of the 16 bands, and all but 6% share two or more, so what
        is left out is a copy that shares exactly one band when that band is crowded.
        """
        state.crowded = band_keys & self._crowded
        for part in _parts(sorted(band_keys - state.crowded)):
            sql = f"SELECT band, post_id FROM post_bands WHERE band IN ({_marks(part)})"
            members: dict[int, list[int]] = {}
            for band, pid in await self._fetchall(sql, part):
                members.setdefault(band, []).append(pid)
            for band, ids in members.items():
                if len(ids) > CROWDED_BAND:  # read once, then remembered
                    state.crowded.add(band)
                    self._crowded.add(band)
                else:
                    state.by_band[band] = ids

    async def _load_crowded(self, state: _Chunk, combos: set[tuple[int, ...]]) -> None:
        """For each set of crowded bands met (two or more), the stored posts sharing at least
        two of them, counted in SQLite without reading the members out."""
        for combo in sorted(c for c in combos if len(c) > 1 and c not in state.crowded_shared):
            sql = (
                f"SELECT post_id, count(*) FROM post_bands WHERE band IN ({_marks(combo)})"
                " GROUP BY post_id HAVING count(*) > 1"
            )
            state.crowded_shared[combo] = dict(await self._fetchall(sql, combo))

    async def _load_signatures(self, state: _Chunk, ids: Iterable[int]) -> None:
        wanted = sorted(pid for pid in ids if pid not in state.signatures)
        for part in _parts(wanted):
            sql = (
                f"SELECT post_id, signature FROM post_signatures WHERE post_id IN ({_marks(part)})"
            )
            state.signatures.update(await self._fetchall(sql, part))
        for pid in wanted:
            state.signatures.setdefault(pid, b"")

    async def _load_shingles(self, state: _Chunk, ids: Iterable[int]) -> None:
        for part in _parts(sorted(pid for pid in ids if pid not in state.shingles)):
            sql = (
                "SELECT id, clean_text, coalesce(duplicate_of, id), published_at, content_hash"
                f" FROM posts WHERE id IN ({_marks(part)})"
            )
            for pid, text, root_id, published, digest in await self._fetchall(sql, part):
                state.hashes[pid] = digest
                state.cores[pid], state.shingles[pid] = core_shingles(text)
                state.published[pid] = published
                state.roots[pid] = root_id

    async def _find_original(
        self, prepared: PreparedPost, state: _Chunk, threshold: float
    ) -> tuple[int | None, str | None, float | None]:
        """The post this one copies, if any: its forward origin, an exact or a near copy."""
        fwd = prepared.post.forwarded_from
        if fwd and fwd.source_key and fwd.external_id:
            row = await self._fetchone(_FIND_FORWARD_ORIGIN, (fwd.source_key, fwd.external_id))
            if row:
                return int(row[0]), "forward", None
        root = state.by_hash.get(prepared.content_hash)
        if root is not None and not prepared.brief:
            return root, "exact", 1.0
        candidates = _candidates(prepared, state)
        if not candidates:
            return None, None, None
        await self._load_signatures(state, candidates)
        plausible = _plausible(prepared, candidates, state, threshold)
        await self._load_shingles(state, plausible)
        best: tuple[float, int] | None = None
        for pid in plausible:
            if _one_liners_apart(prepared, pid, state):
                continue
            if prepared.short or len(state.cores.get(pid, ())) < MIN_WORDS:
                # A short post and its candidate share a key: the same words, or all but one.
                sim = 1.0 if one_word_apart(prepared.core, state.cores.get(pid, ())) else 0.0
            else:
                other = state.shingles.get(pid, _NO_SHINGLES)
                sim = jaccard(prepared.shingles, other)
                if sim < threshold:
                    sim = contained(prepared.shingles, other)
            if (
                sim >= threshold
                and (best is None or sim > best[0])
                and substitution(state.cores.get(pid, ()), prepared.core) is None
            ):
                best = (sim, pid)
        if best is None:
            return None, None, None
        sim, pid = best
        # A one-liner of the same text as the post it copies is still an exact copy.
        if state.hashes.get(pid) == prepared.content_hash:
            return state.roots.get(pid, pid), "exact", 1.0
        return state.roots.get(pid, pid), "near", round(sim, 4)

    async def _tag_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Ids of tags by key, creating missing ones with the spelling first seen."""
        ids: dict[str, int] = {}
        keys = sorted(names)
        for part in _parts(keys):
            sql = f"SELECT key, id FROM tags WHERE key IN ({_marks(part)})"
            ids.update({k: int(i) for k, i in await self._fetchall(sql, part)})
        missing = [k for k in keys if k not in ids]
        if missing:
            row = await self._fetchone("SELECT coalesce(max(id), 0) FROM tags")
            start = int(row[0]) + 1 if row else 1
            new = [(start + i, names[k], k) for i, k in enumerate(missing)]
            await self._db.executemany("INSERT INTO tags (id, name, key) VALUES (?, ?, ?)", new)
            ids.update({k: i for i, _, k in new})
        return ids

    async def _stored_bands(self, post_id: int) -> tuple[int, ...]:
        """The band keys ``post_id`` is indexed under, if any: those of its clean text as
        stored (the keys were made from it, so these are the rows ingest or an earlier edit
        wrote; MinHash bands, short and prefix keys alike: archive.similarity.fingerprint)."""
        row = await self._fetchone("SELECT clean_text FROM posts WHERE id = ?", (post_id,))
        return fingerprint(row[0]).bands if row else ()

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
        row = await self._fetchone(_REPLAYED_VERSION, (post_id, post.text, post.title, edited))
        return row is not None

    async def _record_edit(
        self, post_id: int, prepared: PreparedPost, tag_ids: dict[str, int], now: str
    ) -> None:
        post = prepared.post
        edited = ts(post.edited_at) if post.edited_at else now
        old_bands = await self._stored_bands(post_id)  # before the text is replaced
        row = await self._fetchone(
            "SELECT coalesce(max(version), 0) FROM post_versions WHERE post_id = ?", (post_id,)
        )
        version = int(row[0]) + 1 if row else 1
        await self._db.execute(
            _INSERT_VERSION,
            (post_id, version, post.title, post.text, prepared.clean_text, edited, now),
        )
        await self._db.execute(
            "UPDATE posts SET title = ?, raw_text = ?, clean_text = ?, content_hash = ?,"
            " search_stems = ?, edited_at = ?, url = coalesce(?, url), media = ? WHERE id = ?",
            (
                post.title,
                post.text,
                prepared.clean_text,
                prepared.content_hash,
                prepared.search_stems,
                edited,
                post.url,
                _media_json(post.media),
                post_id,
            ),
        )
        await self._db.execute("DELETE FROM post_tags WHERE post_id = ?", (post_id,))
        await self._db.executemany(
            _INSERT_POST_TAG,
            [(post_id, tag_ids[tag_key(t.name)], t.origin) for t in prepared.tags],
        )
        # post_bands is keyed by band: the post's old keys are deleted one by one, not found by
        # a scan of every band row (seconds per edit in an archive of a million posts).
        await self._db.executemany(
            "DELETE FROM post_bands WHERE band = ? AND post_id = ?",
            [(b, post_id) for b in old_bands],
        )
        self._crowded.clear()  # a band may have fallen back to CROWDED_BAND members or fewer
        await self._db.executemany(
            "INSERT OR IGNORE INTO post_bands (band, post_id)"
            " SELECT ?, id FROM posts WHERE id = ? AND duplicate_of IS NULL",
            [(b, post_id) for b in prepared.bands],
        )
        await self._db.execute("DELETE FROM post_signatures WHERE post_id = ?", (post_id,))
        if blob := _sig_blob(prepared.signature):
            await self._db.execute(
                "INSERT INTO post_signatures (post_id, signature)"
                " SELECT id, ? FROM posts WHERE id = ? AND duplicate_of IS NULL",
                (blob, post_id),
            )

    # -- reading --------------------------------------------------------------------------------

    async def search(
        self,
        query: SearchQuery,
        *,
        limit: int = 20,
        offset: int = 0,
        by_rank: bool = False,
        include_duplicates: bool = False,
        with_scores: bool = False,
    ) -> list[SearchHit]:
        """Posts matching ``query``, newest first (or best first with ``by_rank``).

        Hits carry their relevance score when ranked, or newest first with ``with_scores``
        (BM25 counts each word's posts in the whole index: dear for a common word, so only
        when asked)."""
        where, params = _filter_sql(ExportFilter.of(query, include_duplicates=include_duplicates))
        try:
            if query.match is None:
                sql = (
                    f"SELECT {_ROW_COLUMNS}, substr(posts.clean_text, 1, 200) AS snippet"
                    " FROM posts JOIN sources ON sources.id = posts.source_id"
                    f" WHERE 1 {where}"
                    " ORDER BY posts.published_at DESC, posts.id DESC LIMIT ? OFFSET ?"
                )
                rows = await self._read_all(sql, (*params, limit, offset))
            else:
                # Two steps: pick the page's ids cheaply, then build rows and snippets for
                # those alone; snippet() and the tag lists are too dear for every match.
                # Ranks come from the query as typed (a prefix is one phrase to BM25), matches and
                # highlights alike from either.
                match = await self._spelled_out(query.match)
                scores: dict[int, float] = {}
                if by_rank:
                    scores = await self._ranked_page(
                        query.match,
                        where,
                        params,
                        limit,
                        offset,
                        selective=bool(query.tags or query.sources or query.since or query.until),
                    )
                    ids = list(scores)
                else:
                    ids = await self._newest_page(
                        match, where, params, limit, offset, query.since, query.until
                    )
                    if with_scores and ids:
                        scores = await self._scores(query.match, ids)
                sql = (
                    f"SELECT {_ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
                    f" WHERE posts.id IN ({_marks(ids)})"
                )
                found = {r[0]: r for r in await self._read_all(sql, ids)}
                rows = [found[i] for i in ids if i in found]
        except sqlite3.OperationalError as e:
            # The query parser only produces valid FTS5, so this is a safety net, not a path.
            raise InputError(f"cannot search for {query.text!r}: {e}") from None
        if query.match is None:
            return [SearchHit(row=_export_row(r[:-1]), snippet=r[-1] or "") for r in rows]
        return [_hit(_export_row(r), scores.get(r[0]), query) for r in rows]

    async def _scores(self, match: str, ids: Sequence[int]) -> dict[int, float]:
        """The relevance score (see ``_SCORE``; higher is better) of each of ``ids``."""
        sql = (
            f"SELECT posts.id, {_SCORE} FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
            f" WHERE posts_fts MATCH ? AND posts_fts.rowid IN ({_marks(ids)})"
        )
        return {i: -float(score) for i, score in await self._read_all(sql, (match, *ids))}

    async def _spelled_out(self, match: str) -> str:
        """``match`` with each prefix term (``"secur"*``) replaced by the OR of the words of the
        index it stands for (``("secure" OR "security")``): the same posts match, with the same
        words highlighted.

        Without a prefix index FTS5 merges the lists of every such word on each lookup, and the
        newest-first search looks up several id ranges. Only ASCII prefixes are spelled out, whose
        words we split as the tokenizer does; others, and prefixes of too many words, stay.
        """
        out: list[str] = []
        done = 0
        for m in _PREFIX_TERM.finditer(match):
            body = m.group(1).replace('""', '"')
            words = re.findall(r"[a-z0-9]+", body.lower()) if body.isascii() else []
            if not words:
                continue
            stem = words[-1]
            rows = await self._read_all(
                _TERMS_OF_PREFIX, (stem, stem[:-1] + chr(ord(stem[-1]) + 1), _MAX_SPELLED + 1)
            )
            if not rows or len(rows) > _MAX_SPELLED:
                continue
            phrases = (" ".join([*words[:-1], term]).replace('"', '""') for (term,) in rows)
            out += [match[done : m.start()], "(", " OR ".join(f'"{p}"' for p in phrases), ")"]
            done = m.end()
        return "".join(out) + match[done:]

    async def _newest_page(
        self,
        match: str,
        where: str,
        params: list[Any],
        limit: int,
        offset: int,
        since: datetime | None,
        until: datetime | None,
    ) -> list[int]:
        """Ids of the page of matches, newest first.

        Sorting every match by date costs time in proportion to the matches: for a common word
        in a large archive, seconds. So first only a window of the newest posts of the date
        range is searched, by date whatever the order of their ids (a backfill stores the newest
        posts first, an old export can be imported after new posts): their ids, sorted, fall in
        a few runs, and the FTS index is asked for its matches in each run's id range alone
        (asking it about every id apart costs more than reading a run's matches). If that fills
        the page, it is the answer: every other match is older than the whole window. Otherwise
        the window grows, unless the matches are fewer than its posts: then, as past the last
        window, all matches are sorted by date.
        """
        bounds = (ts(since) if since else "", ts(until) if until else _NO_UPPER_BOUND)
        for size in _NEWEST_WINDOWS:
            scan = max(size, 4 * (offset + limit))
            window = await self._read_all(_NEWEST_WINDOW, (*bounds, scan))
            if not window:
                return []
            ranges = _id_runs(sorted(i for i, _ in window), _MAX_RUNS)
            matches = " UNION ALL ".join(
                "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid BETWEEN ? AND ?"
                for _ in ranges
            )
            recent = (
                f"SELECT posts.id FROM ({matches}) AS m"
                " JOIN posts ON posts.id = m.rowid JOIN sources ON sources.id = posts.source_id"
                f" WHERE (posts.published_at, posts.id) >= (?, ?) {where}"
                " ORDER BY posts.published_at DESC, posts.id DESC LIMIT ? OFFSET ?"
            )
            last_id, last_at = window[-1]
            args = [a for low, high in ranges for a in (match, low, high)]
            ids = [
                i
                for (i,) in await self._read_all(
                    recent, (*args, last_at, last_id, *params, limit, offset)
                )
            ]
            if len(ids) == limit or len(window) < scan:  # a full page, or every post was seen
                return ids
            if size != _NEWEST_WINDOWS[-1]:
                # Fewer matches in all than the next window's posts: sorting them is cheaper.
                row = await self._read_one(_COUNT_MATCHES, (match, _NEWEST_WINDOWS[-1]))
                if int(row[0]) < _NEWEST_WINDOWS[-1]:
                    break
        every = _matches_page(where, "posts.published_at DESC, posts.id DESC")
        return [i for i, _ in await self._read_all(every, (match, *params, limit, offset))]

    async def _ranked_page(
        self,
        match: str,
        where: str,
        params: list[Any],
        limit: int,
        offset: int,
        *,
        selective: bool,
    ) -> dict[int, float]:
        """The page of matches, best first, with their scores (see ``_SCORE``; higher is
        better; equal scores newest first).

        Without a filter (copies left out only), the FTS index ranks its matches alone by BM25,
        keeping the best ``k``; only those are joined with posts, filtered and re-ranked with
        the length prior (a long statement far down BM25's list is not reached: a compromise
        for speed). That fills the page at once and costs less than ranking every match
        joined with its post. A tag, date or source filter may pass any share of the matches,
        and each round of a growing ``k`` costs nearly a raw ranking (measured at 1M: two
        rounds for `tag:BRICS` took twice the raw query), so then the matches are joined and
        filtered first and only those that pass are ranked by BM25, as the raw query does;
        the best ``k`` of them are re-ranked with the length prior.
        """
        k = max(_RERANKED, 4 * (offset + limit))
        while not selective:
            sql = (
                f"WITH ranked AS (SELECT rowid AS id, {_BM25} AS score"
                " FROM posts_fts WHERE posts_fts MATCH ? ORDER BY score, rowid LIMIT ?)"
                f" SELECT ranked.id, ranked.score * {_LENGTH_PRIOR} AS score FROM ranked"
                " JOIN posts ON posts.id = ranked.id JOIN sources ON sources.id = posts.source_id"
                f" WHERE 1 {where} ORDER BY score, posts.published_at DESC, ranked.id DESC"
                " LIMIT ? OFFSET ?"
            )
            page = await self._read_all(sql, (match, k, *params, limit, offset))
            if len(page) == limit:
                return {i: -float(score) for i, score in page}
            row = await self._read_one(_COUNT_MATCHES, (match, k))
            if int(row[0]) < k:  # every match was ranked: this is all there is
                return {i: -float(score) for i, score in page}
            k *= 8
        # The length prior reads each post's whole text (overflow pages for a long one): it
        # is applied to the best k of the filtered matches by BM25 alone, as above.
        sql = (
            f"WITH ranked AS (SELECT posts.id AS id, {_BM25} AS score"
            " FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
            " JOIN sources ON sources.id = posts.source_id"
            f" WHERE posts_fts MATCH ? {where} ORDER BY score, posts.id LIMIT ?)"
            f" SELECT ranked.id, ranked.score * {_LENGTH_PRIOR} AS score FROM ranked"
            " JOIN posts ON posts.id = ranked.id"
            " ORDER BY score, posts.published_at DESC, ranked.id DESC LIMIT ? OFFSET ?"
        )
        page = await self._read_all(sql, (match, *params, k, limit, offset))
        return {i: -float(score) for i, score in page}

    async def iter_posts(self, flt: ExportFilter) -> AsyncIterator[ExportRow]:
        """Every post matching ``flt``, oldest first, streamed from a cursor."""
        where, params = _filter_sql(flt)
        async with self._reader.execute(_oldest_first(_ROW_COLUMNS, where), params) as cursor:
            cursor.arraysize = 1000
            while rows := await cursor.fetchmany(1000):
                for r in rows:
                    yield _export_row(r)

    def read_posts(self, flt: ExportFilter) -> Iterator[ExportRow]:
        """Every post matching ``flt``, oldest first, read *blocking* on a read-only connection
        of its own: for a worker thread that writes an export.

        The thread reads, builds and writes each batch of rows itself, with no hop to the event
        loop or to aiosqlite's thread, and no other thread waiting on the GIL after each row
        SQLite steps through: this is what lets an export stream at tens of thousands of posts
        a second. It sees the archive as last committed when the iteration starts.
        """
        where, params = _filter_sql(flt)
        # Tags come as ids, named from the (small) tags table read once: the join per tag
        # would be a third of the query's time.
        sql = _oldest_first(_ROW_COLUMNS_TAG_IDS, where)
        conn = self._blocking_reader()
        try:
            conn.execute("BEGIN")  # one snapshot for the tag names and the posts
            names = dict(conn.execute("SELECT id, name FROM tags").fetchall())
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(1000):
                for r in rows:
                    tag_ids = r[12]
                    tags = (
                        _TAG_SEP.join([names[int(i)] for i in tag_ids.split(",")])
                        if tag_ids
                        else None
                    )
                    yield _export_row((*r[:12], tags, *r[13:]))
        finally:
            conn.close()

    def read_export_lines(self, flt: ExportFilter, fmt: str) -> Iterator[tuple[int, bytes]]:
        """The posts matching ``flt`` as ``fmt`` (:data:`EXPORT_LINE_FORMATS`: ``jsonl`` or
        ``csv``, without the CSV header) in UTF-8, oldest first: (posts, lines) a batch at a
        time, read *blocking* on a read-only connection of its own, as :meth:`read_posts`.

        SQLite formats each line itself (``json_quote`` escapes as Python's json module does
        with ``ensure_ascii=False``), and the lines stay bytes from the database to the file:
        no row object, no decoding and encoding again. That is what takes an export past
        50,000 posts a second. The lines are byte for byte what
        :func:`archive.export.write_jsonl` and :func:`archive.export.write_csv` write from
        :meth:`read_posts`; tests/test_export_lines.py pins that.
        """
        line = EXPORT_LINE_FORMATS[fmt]
        where, params = _filter_sql(flt)
        sql = _oldest_first(f"CAST({line} AS BLOB)", where)
        conn = self._blocking_reader()
        try:
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(_EXPORT_BATCH):
                yield len(rows), b"".join([r[0] for r in rows])
        finally:
            conn.close()

    def _blocking_reader(self) -> sqlite3.Connection:
        return sqlite3.connect(self._read_uri, uri=True)

    async def count_posts(self, flt: ExportFilter) -> int:
        where, params = _filter_sql(flt)
        row = await self._read_one(
            "SELECT count(*) FROM posts JOIN sources ON sources.id = posts.source_id"
            f" WHERE 1 {where}",
            params,
        )
        return int(row[0]) if row else 0

    async def post_versions(self, post_id: int) -> list[tuple[int, str, str | None]]:
        """(version, clean text, edited_at) of a post, oldest first."""
        rows = await self._read_all(
            "SELECT version, clean_text, edited_at FROM post_versions"
            " WHERE post_id = ? ORDER BY version",
            (post_id,),
        )
        return [(int(v), t, e) for v, t, e in rows]

    async def top_tags(
        self, *, limit: int = 20, since: datetime | None = None
    ) -> list[tuple[str, int]]:
        """Most used tags over posts that are not copies, most used first."""
        if since is None:
            # All time: count the tag index and leave the (few) copies out.
            sql = (
                "SELECT tags.name, count(*) AS n FROM post_tags"
                " JOIN tags ON tags.id = post_tags.tag_id"
                " WHERE post_tags.post_id NOT IN"
                " (SELECT id FROM posts WHERE duplicate_of IS NOT NULL)"
                " GROUP BY post_tags.tag_id ORDER BY n DESC, tags.name LIMIT ?"
            )
            rows = await self._read_all(sql, (limit,))
        else:
            # A window: walk the window's posts by date, then their tags.
            sql = (
                "SELECT tags.name, count(*) AS n FROM posts"
                " CROSS JOIN post_tags ON post_tags.post_id = posts.id"  # CROSS: posts first
                " JOIN tags ON tags.id = post_tags.tag_id"
                " WHERE posts.published_at >= ? AND posts.duplicate_of IS NULL"
                " GROUP BY post_tags.tag_id ORDER BY n DESC, tags.name LIMIT ?"
            )
            rows = await self._read_all(sql, (ts(since), limit))
        return [(name, int(n)) for name, n in rows]

    async def stats(self) -> Stats:
        # One question a query, so each is answered from an index, not a scan of the posts.
        row = await self._read_one(
            "SELECT (SELECT count(*) FROM posts),"
            " (SELECT count(*) FROM posts WHERE duplicate_of IS NOT NULL),"
            " (SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL),"
            " (SELECT min(published_at) FROM posts), (SELECT max(published_at) FROM posts)"
        )
        assert row is not None
        posts, dups, deleted, first, last = row
        by_kind = dict(await self._read_all("SELECT kind, count(*) FROM sources GROUP BY kind"))
        tags = await self._read_one("SELECT count(*) FROM tags")
        versions = await self._read_one("SELECT count(*) FROM post_versions")
        pages = await self._read_one("PRAGMA page_count")
        size = await self._read_one("PRAGMA page_size")
        return Stats(
            posts=int(posts),
            duplicates=int(dups),
            versions=int(versions[0]) if versions else 0,
            deleted=int(deleted),
            sources={str(k): int(v) for k, v in by_kind.items()},
            tags=int(tags[0]) if tags else 0,
            first_post=parse_ts(first) if first else None,
            last_post=parse_ts(last) if last else None,
            database_bytes=int(pages[0]) * int(size[0]) if pages and size else 0,
        )

    # -- sources that resume: Telegram channels, feeds -----------------------------------------

    async def last_external_id(self, kind: str, key: str) -> int | None:
        """The highest numeric post id stored for a source (where a Telegram backfill resumes)."""
        row = await self._fetchone(
            "SELECT max(CAST(posts.external_id AS INTEGER)) FROM posts"
            " JOIN sources ON sources.id = posts.source_id"
            " WHERE sources.kind = ? AND sources.key = ?",
            (kind, key),
        )
        return int(row[0]) if row and row[0] is not None else None

    async def mark_deleted(
        self, kind: str, key: str, external_ids: Iterable[str], *, when: datetime
    ) -> int:
        """Mark posts deleted at their source. They stay in the archive; returns how many."""
        before = self._db.total_changes
        await self._db.executemany(
            "UPDATE posts SET deleted_at = ? WHERE deleted_at IS NULL AND external_id = ?"
            " AND source_id = (SELECT id FROM sources WHERE kind = ? AND key = ?)",
            [(ts(when), ext, kind, key) for ext in external_ids],
        )
        return self._db.total_changes - before

    async def feed_state(self, url: str) -> FeedState:
        """The polling state of the feed at ``url``, kept under its redacted URL (a password
        or token in it is never stored; see :mod:`archive.redact`)."""
        url = redact_url(url)
        row = await self._fetchone(
            "SELECT url, etag, last_modified, last_polled_at, last_success_at, failures,"
            " last_error, disabled_at FROM feed_state WHERE url = ?",
            (url,),
        )
        if row is None:
            return FeedState(url=url)
        url, etag, modified, polled, success, failures, error, disabled = row
        return FeedState(
            url=url,
            etag=etag,
            last_modified=modified,
            last_polled_at=parse_ts(polled) if polled else None,
            last_success_at=parse_ts(success) if success else None,
            failures=int(failures),
            last_error=error,
            disabled_at=parse_ts(disabled) if disabled else None,
        )

    async def save_feed_state(self, state: FeedState) -> None:
        await self._db.execute(
            "INSERT INTO feed_state (url, etag, last_modified, last_polled_at, last_success_at,"
            " failures, last_error, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
            " last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,"
            " last_success_at = excluded.last_success_at, failures = excluded.failures,"
            " last_error = excluded.last_error, disabled_at = excluded.disabled_at",
            (
                redact_url(state.url),
                state.etag,
                state.last_modified,
                ts(state.last_polled_at) if state.last_polled_at else None,
                ts(state.last_success_at) if state.last_success_at else None,
                state.failures,
                redact(state.last_error) if state.last_error else None,
                ts(state.disabled_at) if state.disabled_at else None,
            ),
        )

    async def file_imported(self, path: Path, size: int, mtime_ns: int) -> bool:
        """Whether this file, at this size and modification time, was imported already."""
        row = await self._fetchone(
            "SELECT 1 FROM imported_files WHERE path = ? AND size = ? AND mtime_ns = ?",
            (_path_text(path), size, mtime_ns),
        )
        return row is not None

    async def record_file_imported(
        self, path: Path, size: int, mtime_ns: int, *, when: datetime
    ) -> None:
        await self._db.execute(
            "INSERT INTO imported_files (path, size, mtime_ns, imported_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, imported_at = excluded.imported_at",
            (_path_text(path), size, mtime_ns, ts(when)),
        )

    # -- helpers --------------------------------------------------------------------------------

    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self._db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def _fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self._db.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def _read_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Like ``_fetchall``, on the read connection: committed data only."""
        async with self._reader.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def _read_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self._reader.execute(sql, params) as cursor:
            return await cursor.fetchone()

    # -- subscriptions ---------------------------------------------------------------------------
    # Each method runs in its own transaction: do not call them inside transaction().

    async def add_subscription(self, sub: Subscription) -> bool:
        """Store ``sub``; True if new, False if it replaced the chat's schedule for that topic.

        Topics compare as tags do (``tag_key``: ``#ШОС`` and ``шос`` are one topic).
        """
        async with self.transaction():
            rows = await self._fetchall(
                "SELECT id, topic FROM subscriptions WHERE chat_id = ?", (sub.chat_id,)
            )
            existing = next((i for i, t in rows if tag_key(t) == tag_key(sub.topic)), None)
            values = (
                sub.topic,
                sub.schedule_kind,
                sub.weekday,
                sub.time,
                sub.timezone,
                sub.created_by,
                ts(sub.created_at),
            )
            if existing is None:
                await self._db.execute(
                    "INSERT INTO subscriptions (topic, schedule_kind, weekday, time, timezone,"
                    " created_by, created_at, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, sub.chat_id),
                )
                return True
            await self._db.execute(
                "UPDATE subscriptions SET topic = ?, schedule_kind = ?, weekday = ?, time = ?,"
                " timezone = ?, created_by = ?, created_at = ? WHERE id = ?",
                (*values, existing),
            )
            return False

    async def remove_subscription(self, chat_id: int, topic: str) -> bool:
        """Remove the chat's subscription to ``topic``; False if it had none."""
        async with self.transaction():
            rows = await self._fetchall(
                "SELECT id, topic FROM subscriptions WHERE chat_id = ?", (chat_id,)
            )
            ids = [(i,) for i, t in rows if tag_key(t) == tag_key(topic)]
            await self._db.executemany("DELETE FROM subscriptions WHERE id = ?", ids)
            return bool(ids)

    async def list_subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """A chat's subscriptions (every chat's with None), by chat then topic."""
        rows = await self._fetchall(
            "SELECT id, chat_id, topic, schedule_kind, weekday, time, timezone, created_by,"
            " created_at FROM subscriptions WHERE ? IS NULL OR chat_id = ?"
            " ORDER BY chat_id, topic",
            (chat_id, chat_id),
        )
        return [
            Subscription(
                id=int(i),
                chat_id=int(chat),
                topic=topic,
                schedule_kind=kind,
                weekday=None if weekday is None else int(weekday),
                time=time,
                timezone=zone,
                created_by=None if by is None else int(by),
                created_at=parse_ts(created),
            )
            for i, chat, topic, kind, weekday, time, zone, by, created in rows
        ]

    # -- digests ---------------------------------------------------------------------------------

    async def digest_rows(
        self, tags: Sequence[str], *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` with any of ``tags``, plus their copies in the window.

        Copies (duplicates, linked forwards) come along even untagged, and an original in the
        window comes along when only a copy has the tag; digest composition folds them into one
        story. Oldest first.
        """
        keys = list(dict.fromkeys(tag_key(t) for t in tags))[:_MAX_VARS]
        if not keys:
            return []
        hit = (
            # CROSS JOIN: walk the window's posts (by date) and look up their tags, not every
            # post of a tag (half the archive for a big topic) checked against the window.
            "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root"
            " FROM posts CROSS JOIN post_tags ON post_tags.post_id = posts.id"
            " JOIN tags ON tags.id = post_tags.tag_id"
            f" WHERE tags.key IN ({_marks(keys)})"
            " AND posts.published_at >= ? AND posts.published_at < ?"
        )
        return await self._stories_in_window(hit, (*keys, ts(since), ts(until)), since, until)

    async def digest_query_rows(
        self, query: SearchQuery | None, *, since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Posts of ``[since, until)`` matching a saved search (every post with ``None``), plus
        their copies and originals in the window, as :meth:`digest_rows` gives them."""
        start = max(since, query.since) if query and query.since else since
        end = min(until, query.until) if query and query.until else until
        if start >= end:
            return []
        where, params = _filter_sql(
            ExportFilter(
                tags=query.tags if query else (),
                sources=query.sources if query else (),
                since=start,
                until=end,
                include_duplicates=True,
            )
        )
        if query is not None and query.match is not None:
            hit = (
                "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root FROM posts_fts"
                " JOIN posts ON posts.id = posts_fts.rowid"
                " JOIN sources ON sources.id = posts.source_id"
                f" WHERE posts_fts MATCH ? {where}"
            )
            hit_params: Sequence[Any] = [query.match, *params]
        else:
            hit = (
                "SELECT DISTINCT coalesce(posts.duplicate_of, posts.id) AS root FROM posts"
                f" JOIN sources ON sources.id = posts.source_id WHERE 1 {where}"
            )
            hit_params = params
        try:
            return await self._stories_in_window(hit, hit_params, since, until)
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {query.text if query else ''!r}: {e}") from None

    async def _stories_in_window(
        self, hit: str, hit_params: Sequence[Any], since: datetime, until: datetime
    ) -> list[ExportRow]:
        """Every post of ``[since, until)`` whose story (original or copy) ``hit`` selects:
        ``hit`` is a query of story roots (``coalesce(duplicate_of, id) AS root``)."""
        sql = (
            f"WITH hit AS ({hit})"
            f" SELECT {_ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
            " WHERE posts.published_at >= ? AND posts.published_at < ?"
            " AND coalesce(posts.duplicate_of, posts.id) IN (SELECT root FROM hit)"
            " ORDER BY posts.published_at, posts.id"
        )
        rows = await self._read_all(sql, (*hit_params, ts(since), ts(until)))
        return [_export_row(r) for r in rows]

    # -- digest deliveries ---------------------------------------------------------------------
    # A delivery is recorded before its first message is sent and advanced after each one, each
    # write in its own short transaction: do not call these inside transaction().

    async def last_delivery_end(self, digest: str, chat: str) -> datetime | None:
        """The end of the latest period delivered (or being delivered) to ``chat``, if any."""
        row = await self._fetchone(
            "SELECT max(period_end) FROM digest_deliveries WHERE digest = ? AND chat = ?",
            (digest, chat),
        )
        return parse_ts(row[0]) if row and row[0] else None

    async def begin_delivery(
        self,
        digest: str,
        chat: str,
        *,
        period_start: datetime,
        period_end: datetime,
        messages: Sequence[str],
        now: datetime,
    ) -> Delivery:
        """Record a delivery about to be sent; an existing one for the period is kept as is."""
        async with self.transaction():
            await self._db.execute(
                "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
                " sent_parts, messages, message_ids, started_at) VALUES (?, ?, ?, ?, ?, 0, ?,"
                " '[]', ?) ON CONFLICT (digest, chat, period_end) DO NOTHING",
                (
                    digest,
                    chat,
                    ts(period_start),
                    ts(period_end),
                    len(messages),
                    json.dumps(list(messages), ensure_ascii=False),
                    ts(now),
                ),
            )
        found = await self._deliveries(
            "digest = ? AND chat = ? AND period_end = ?", (digest, chat, ts(period_end))
        )
        return found[0]

    async def record_part_sent(
        self, digest: str, chat: str, period_end: datetime, part_index: int, message_id: int | None
    ) -> None:
        """Mark part ``part_index`` (0-based) sent, as message ``message_id``."""
        async with self.transaction():
            row = await self._fetchone(
                "SELECT sent_parts, message_ids FROM digest_deliveries"
                " WHERE digest = ? AND chat = ? AND period_end = ?",
                (digest, chat, ts(period_end)),
            )
            if row is None:
                raise ValueError(f"no delivery of {digest!r} to {chat} for {ts(period_end)}")
            if int(row[0]) != part_index:
                raise ValueError(f"part {part_index} out of order (sent_parts={row[0]})")
            ids = [*json.loads(row[1]), message_id]
            await self._db.execute(
                "UPDATE digest_deliveries SET sent_parts = ?, message_ids = ?"
                " WHERE digest = ? AND chat = ? AND period_end = ?",
                (part_index + 1, json.dumps(ids), digest, chat, ts(period_end)),
            )

    async def finish_delivery(
        self, digest: str, chat: str, period_end: datetime, *, now: datetime
    ) -> None:
        async with self.transaction():
            await self._db.execute(
                "UPDATE digest_deliveries SET finished_at = ?"
                " WHERE digest = ? AND chat = ? AND period_end = ? AND finished_at IS NULL",
                (ts(now), digest, chat, ts(period_end)),
            )

    async def unfinished_deliveries(self, digest: str, chat: str) -> list[Delivery]:
        """Deliveries begun but not finished (a crash or restart between parts), oldest first."""
        return await self._deliveries(
            "digest = ? AND chat = ? AND finished_at IS NULL", (digest, chat)
        )

    async def _deliveries(self, where: str, params: Sequence[Any]) -> list[Delivery]:
        rows = await self._fetchall(
            "SELECT digest, chat, period_start, period_end, sent_parts, messages, message_ids,"
            f" finished_at FROM digest_deliveries WHERE {where} ORDER BY period_end",
            params,
        )
        return [
            Delivery(
                digest=d,
                chat=c,
                period_start=parse_ts(start),
                period_end=parse_ts(end),
                messages=tuple(json.loads(msgs)),
                sent_parts=int(sent),
                message_ids=tuple(json.loads(ids)),
                finished=finished is not None,
            )
            for d, c, start, end, sent, msgs, ids, finished in rows
        ]


_UPSERT_SOURCE = """
INSERT INTO sources (kind, key, title, username, url, created_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (kind, key) DO UPDATE SET
    title = coalesce(excluded.title, title),
    username = coalesce(excluded.username, username),
    url = coalesce(excluded.url, url)
RETURNING id
"""

_POST_COLUMNS = (
    "id, source_id, external_id, url, title, published_at, edited_at, author,"
    " forwarded_from, forwarded_from_key, forwarded_post_id, raw_text, clean_text, content_hash,"
    " media, duplicate_of, duplicate_kind, similarity, ingested_at, search_stems, date_source"
)
# A chunk's new posts are written to this temporary table (of the writing connection, never
# in the archive file), then moved into posts by one INSERT ... SELECT: the FTS5 trigger then
# runs inside one statement, and FTS5 flushes its pending terms to a new index segment at
# every statement's start and end (its savepoint methods), so one segment per chunk instead
# of one per post, and far fewer segment merges.
_STAGED_POSTS_TABLE = f"CREATE TEMP TABLE IF NOT EXISTS staged_posts ({_POST_COLUMNS})"
_STAGE_POST = (
    f"INSERT INTO temp.staged_posts VALUES ({', '.join('?' * len(_POST_COLUMNS.split(',')))})"
)
_INSERT_STAGED_POSTS = (
    f"INSERT INTO main.posts ({_POST_COLUMNS}) SELECT * FROM temp.staged_posts ORDER BY rowid"
)

_REPLAYED_VERSION = """
SELECT 1 FROM post_versions
 WHERE post_id = ?1 AND raw_text = ?2 AND title IS ?3 AND (?4 IS NULL OR edited_at = ?4)
 LIMIT 1
"""
_INSERT_VERSION = """
INSERT INTO post_versions (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""

# Relevance: BM25 over the title (weighing twice), the clean text and the word forms
# (migrations/0008): a post holding the exact word matches in two columns, one holding
# another form of it in one, so the exact form ranks first. BM25 normalises by length so
# strongly that a one-line mention of the words beats the full statement about them; the
# length prior (1 for an empty post, 2 at 300 characters, towards 3 for long ones) undoes
# part of that. BM25 is negative (lower is better), so the product is too.
_BM25 = "bm25(posts_fts, 2.0, 1.0, 1.0)"
_LENGTH_PRIOR = "(1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0))"
_SCORE = f"{_BM25} * {_LENGTH_PRIOR}"
# Matches ranked by BM25 alone and then re-ranked with the length prior, when no filter
# makes the store rank every match (see Store._ranked_page).
_RERANKED = 256


def _hit(row: ExportRow, score: float | None, query: SearchQuery) -> SearchHit:
    """A search result, its passage cut from the post's own text (archive/snippets.py)."""
    snip = passage(row.text, query.forms, query.prefixes, SNIPPET_START, SNIPPET_END)
    if SNIPPET_START not in snip and row.title:
        snip = passage(row.title, query.forms, query.prefixes, SNIPPET_START, SNIPPET_END)
    return SearchHit(row=row, snippet=snip, score=score)


# Windows of the newest posts searched, in turn, before a search sorts every match by date.
_NEWEST_WINDOWS = (1000, 16000)
_COUNT_MATCHES = (
    "SELECT count(*) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? LIMIT ?)"
)


def _matches_page(where: str, order: str, score: str = "NULL") -> str:
    """Ids (and ``score``) of a page of every match passing ``where`` (a :func:`_filter_sql`
    clause), in ``order``; the parameters are the FTS5 query, ``where``'s, the limit and the
    offset."""
    return (
        f"SELECT posts.id, {score} AS score"
        " FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
        " JOIN sources ON sources.id = posts.source_id"
        f" WHERE posts_fts MATCH ? {where} ORDER BY {order} LIMIT ? OFFSET ?"
    )


_MAX_RUNS = 32  # id ranges the FTS index is asked about per window (see _id_runs)
# The newest N posts of a date range, by (published_at, id) as search orders them.
_NEWEST_WINDOW = """
SELECT id, published_at FROM posts WHERE published_at >= ? AND published_at < ?
ORDER BY published_at DESC, id DESC LIMIT ?
"""
# The index's words, to spell out prefix terms (see Store._spelled_out); in the reader's
# temp schema, so the archive's schema does not change.
# Per column, so that the word forms' column (stems, not words) is left out.
_TERMS_TABLE = "CREATE VIRTUAL TABLE temp.posts_fts_words USING fts5vocab(main, posts_fts, col)"
_TERMS_OF_PREFIX = (
    "SELECT DISTINCT term FROM temp.posts_fts_words"
    " WHERE term >= ? AND term < ? AND col != 'search_stems' LIMIT ?"
)
_PREFIX_TERM = re.compile(r'"((?:[^"]|"")*)"\*')
_MAX_SPELLED = 64
_NO_UPPER_BOUND = "9999-12-31T23:59:59Z"
_REBUILD_BANDS_AT = 5  # migrations/0005_minhash_bands.sql
_FILL_SIGNATURES_AT = 6  # migrations/0006_minhash_signatures.sql
_REDACT_FEED_URLS_AT = 7  # migrations/0007_redact_feed_urls.sql
_CORE_BANDS_AT = 10  # migrations/0010_core_bands.sql
_RECLEAN_BLOCKS_AT = 11  # migrations/0011_reclean_blocks.sql
_REBUILD_BATCH = 1000
_ORIGINALS_AFTER = (
    "SELECT id, clean_text FROM posts WHERE id > ? AND duplicate_of IS NULL ORDER BY id LIMIT ?"
)

_INSERT_POST_TAG = "INSERT OR IGNORE INTO post_tags (post_id, tag_id, origin) VALUES (?, ?, ?)"
_INSERT_BAND = "INSERT OR IGNORE INTO post_bands (band, post_id) VALUES (?, ?)"
_INSERT_SIGNATURE = "INSERT OR REPLACE INTO post_signatures (post_id, signature) VALUES (?, ?)"


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


def _sig_blob(sig: np.ndarray) -> bytes:
    """A :func:`archive.dedup.signature` as stored: little-endian uint32s (b"" for none)."""
    return sig.astype("<u4").tobytes()


def _one_liners_apart(prepared: PreparedPost, pid: int, state: _Chunk) -> bool:
    """Whether ``prepared`` or candidate ``pid`` is a one-liner (fewer than BRIEF_WORDS core
    words) and the two were published more than SHORT_WINDOW apart: the same words on
    another day are another event ("🔴 LIVE: weekly briefing")."""
    if not prepared.brief and len(state.cores.get(pid, ())) >= BRIEF_WORDS:
        return False
    published = state.published.get(pid)
    return (
        published is not None
        and abs(parse_ts(published) - prepared.post.published_at) > SHORT_WINDOW
    )


def _crowded_of(prepared: PreparedPost, state: _Chunk) -> tuple[int, ...]:
    return tuple(sorted(b for b in prepared.bands if b in state.crowded))


def _candidates(prepared: PreparedPost, state: _Chunk) -> list[int]:
    """The indexed posts sharing a band with ``prepared`` (for a crowded band, two bands: see
    :meth:`Store._load_bands`), ascending.

    When there are more than ``MAX_CANDIDATES`` (unrelated posts meet in some band), those
    sharing the most bands are kept, the most recent first among equals: a near copy at the
    threshold shares about four of the 16 bands, an unrelated post almost always one, so
    many bands of moderate size cannot push a true copy out, however old it is.
    """
    shared = Counter(pid for b in prepared.bands for pid in state.by_band.get(b, ()))
    if state.crowded:
        shared.update(state.crowded_shared.get(_crowded_of(prepared, state), {}))
    if len(shared) <= MAX_CANDIDATES:
        return sorted(shared)
    best = heapq.nlargest(MAX_CANDIDATES, shared.items(), key=lambda item: (item[1], item[0]))
    return sorted(pid for pid, _ in best)


def _plausible(
    prepared: PreparedPost, candidates: list[int], state: _Chunk, threshold: float
) -> list[int]:
    """The ``candidates`` (ascending, signatures loaded) worth an exact check: those whose
    signature estimates a similarity within ``ESTIMATE_MARGIN`` of ``threshold`` (see
    :data:`archive.dedup.ESTIMATE_MARGIN` for the odds of ruling out a true near copy), and
    those without a stored signature."""
    blobs = [state.signatures.get(pid, b"") for pid in candidates]
    known = [blob for blob in blobs if blob]
    if not known or not len(prepared.signature):  # a short post: its keys are its words
        return candidates
    others = np.frombuffer(b"".join(known), dtype="<u4").reshape(len(known), NUM_PERM)
    passes = iter(estimate_jaccard(prepared.signature, others) >= threshold - ESTIMATE_MARGIN)
    return [pid for pid, blob in zip(candidates, blobs, strict=True) if not blob or next(passes)]


_FIND_FORWARD_ORIGIN = """
SELECT coalesce(posts.duplicate_of, posts.id) FROM posts
JOIN sources ON sources.id = posts.source_id
WHERE sources.kind = 'telegram' AND sources.key = ? AND posts.external_id = ?
"""

_LINK_EARLIER_FORWARDS = """
UPDATE posts SET duplicate_of = ?, duplicate_kind = 'forward', similarity = NULL
WHERE forwarded_from_key = ? AND forwarded_post_id = ? AND duplicate_of IS NULL AND id != ?
"""

_ROW_COLUMNS = """
posts.id, sources.key, sources.kind, sources.title, sources.username, posts.external_id,
posts.url, posts.title, posts.published_at, posts.edited_at, posts.forwarded_from,
posts.clean_text,
(SELECT group_concat(tags.name, char(31)) FROM post_tags JOIN tags ON tags.id = post_tags.tag_id
  WHERE post_tags.post_id = posts.id),
posts.duplicate_of, posts.media, posts.date_source
"""

_ROW_COLUMNS_TAG_IDS = """
posts.id, sources.key, sources.kind, sources.title, sources.username, posts.external_id,
posts.url, posts.title, posts.published_at, posts.edited_at, posts.forwarded_from,
posts.clean_text,
(SELECT group_concat(post_tags.tag_id) FROM post_tags WHERE post_tags.post_id = posts.id),
posts.duplicate_of, posts.media, posts.date_source
"""


# Export lines formatted by SQLite, byte for byte what archive.export writes from ExportRow
# (see Store.read_export_lines). The times are stored as the export writes them ("...Z",
# seconds); the media as the JSON list the export writes (_media_json, the one writer). One
# printf per line: a tenth faster than as many || as there are fields.
_EXPORT_SOURCE_TITLE = "coalesce(nullif(sources.title, ''), sources.username)"
_EXPORT_URL = """CASE WHEN posts.url IS NULL AND sources.kind = 'telegram'
    AND sources.username <> '' THEN 'https://t.me/' || sources.username || '/' || posts.external_id
    ELSE posts.url END"""

_JSONL_LINE = f"""printf(
    '{{"id": %d, "source": %s, "source_kind": %s, "source_title": %s, "external_id": %s,'
    || ' "url": %s, "title": %s, "published_at": %s, "date_source": %s, "edited_at": %s,'
    || ' "forwarded_from": %s,'
    || ' "text": %s, "tags": [%s], "duplicate_of": %s, "media": %s}}' || char(10),
    posts.id, json_quote(sources.key), json_quote(sources.kind),
    json_quote({_EXPORT_SOURCE_TITLE}), json_quote(posts.external_id),
    json_quote({_EXPORT_URL}), json_quote(posts.title),
    json_quote(posts.published_at), json_quote(posts.date_source), json_quote(posts.edited_at),
    json_quote(posts.forwarded_from),
    json_quote(posts.clean_text),
    coalesce((SELECT group_concat(json_quote(tags.name), ', ') FROM post_tags
        JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id = posts.id), ''),
    json_quote(posts.duplicate_of), coalesce(nullif(posts.media, ''), '[]')
)"""


def _csv_cell(value: str) -> str:
    """SQL for one CSV cell as Python's csv module writes it (excel dialect, minimal quoting):
    quoted, with quotes doubled, when it holds a comma, a quote or a line break; null empty."""
    return (
        f"CASE WHEN instr({value}, ',') OR instr({value}, '\"') OR instr({value}, char(10))"
        f" OR instr({value}, char(13)) THEN '\"' || replace({value}, '\"', '\"\"') || '\"'"
        f" ELSE coalesce({value}, '') END"
    )


_MEDIA_ITEM = (
    "json_extract(value, '$.kind')"
    " || coalesce(':' || nullif(json_extract(value, '$.file_name'), ''), '')"
)

# The tags and media cells are quoted inside their own SELECT, where SQLite computes the
# group_concat once however often the quoting names it.
_CSV_CELLS = [
    "posts.id",  # integers need no quoting
    *(
        _csv_cell(column)
        for column in (
            "sources.key",
            "sources.kind",
            _EXPORT_SOURCE_TITLE,
            "posts.external_id",
            _EXPORT_URL,
            "posts.title",
            "posts.published_at",
            "posts.edited_at",
            "posts.forwarded_from",
            "posts.clean_text",
        )
    ),
    "coalesce((SELECT "
    + _csv_cell("group_concat(tags.name, ';')")
    + " FROM post_tags JOIN tags ON tags.id = post_tags.tag_id"
    " WHERE post_tags.post_id = posts.id), '')",
    "coalesce(posts.duplicate_of, '')",
    "coalesce((SELECT "
    + _csv_cell(f"group_concat({_MEDIA_ITEM}, ';')")
    + " FROM json_each(nullif(posts.media, ''))), '')",
]
_CSV_LINE = (
    "printf('"
    + ",".join(["%s"] * len(_CSV_CELLS))
    + "' || char(13, 10),\n    "
    + ",\n    ".join(_CSV_CELLS)
    + "\n)"
)

EXPORT_LINE_FORMATS = {"jsonl": _JSONL_LINE, "csv": _CSV_LINE}
_EXPORT_BATCH = 1000


def _id_runs(ids: Sequence[int], most: int) -> list[tuple[int, int]]:
    """At most ``most`` id ranges covering the sorted ``ids``, split at their widest gaps.

    Posts stored in date order give one run; an archive filled by several imports, backfills
    and live posts gives one run per batch; any other order still gives ranges that cover
    every id (wider ones, so a search reads more matches, and the answer is the same).
    """
    gaps = sorted(range(1, len(ids)), key=lambda k: ids[k] - ids[k - 1], reverse=True)
    cuts = sorted(k for k in gaps[: most - 1] if ids[k] - ids[k - 1] > _RUN_GAP)
    starts = [0, *cuts]
    ends = [*cuts, len(ids)]
    return [(ids[a], ids[b - 1]) for a, b in zip(starts, ends, strict=True)]


_RUN_GAP = 64  # a narrower gap costs less to read through than another FTS lookup


def _oldest_first(columns: str, where: str) -> str:
    """SELECT ``columns`` of the posts (with their sources) passing ``where`` (from
    :func:`_filter_sql`), oldest first: the order of every export."""
    return (
        f"SELECT {columns} FROM posts JOIN sources ON sources.id = posts.source_id"
        f" WHERE 1 {where} ORDER BY posts.published_at, posts.id"
    )


def _filter_sql(flt: ExportFilter) -> tuple[str, list[Any]]:
    """WHERE fragments (fixed SQL) and their bound parameters for a filter."""
    for what, values in (("tag", flt.tags), ("source", flt.sources)):
        # Each one nests the WHERE clause deeper; SQLite stops at a depth of 1000.
        if len(values) > MAX_FILTER_VALUES:
            raise InputError(
                f"too many {what} filters: {len(values)}, at most {MAX_FILTER_VALUES} at once"
            )
    parts: list[str] = []
    params: list[Any] = []
    for tag in flt.tags:
        parts.append(
            "posts.id IN (SELECT post_id FROM post_tags"
            " WHERE tag_id = (SELECT id FROM tags WHERE key = ?))"
        )
        params.append(tag_key(tag))
    if flt.sources:
        ors = []
        for source in flt.sources:
            ors.append(
                "(sources.key = ? OR sources.username = ? COLLATE NOCASE"
                " OR sources.title = ? COLLATE NOCASE)"
            )
            name = source.removeprefix("@")
            params.extend((source, name, source))
        parts.append("(" + " OR ".join(ors) + ")")
    if flt.since is not None:
        parts.append("posts.published_at >= ?")
        params.append(ts(flt.since))
    if flt.until is not None:
        parts.append("posts.published_at < ?")
        params.append(ts(flt.until))
    if not flt.include_duplicates:
        parts.append("posts.duplicate_of IS NULL")
    return "".join(f" AND {p}" for p in parts), params


def _export_row(r: Sequence[Any]) -> ExportRow:
    (pid, key, kind, title, username, ext, url, post_title, published, edited, fwd, text, tags,
     dup, media, date_source) = r  # fmt: skip
    if url is None and kind == "telegram" and username:
        url = f"https://t.me/{username}/{ext}"
    return ExportRow(
        id=int(pid),
        source=key,
        source_kind=kind,
        source_title=title or username,
        external_id=ext,
        url=url,
        title=post_title,
        published_at=parse_ts(published),
        edited_at=parse_ts(edited) if edited else None,
        forwarded_from=fwd,
        text=text,
        tags=tuple(tags.split(_TAG_SEP)) if tags else (),
        duplicate_of=dup,
        media=tuple(Media(**m) for m in json.loads(media)) if media else (),
        date_source=date_source,
    )


def _media_json(media: Sequence[Media]) -> str | None:
    if not media:
        return None
    return json.dumps(
        [
            {"kind": m.kind, "file_name": m.file_name, "size": m.size, "mime_type": m.mime_type}
            for m in media
        ],
        ensure_ascii=False,
    )


def _parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), _MAX_VARS):
        yield values[i : i + _MAX_VARS]


def _marks(values: Sized) -> str:
    return ", ".join("?" * len(values))


_WRITE_FAULTS = {sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR}


def _error_code(e: sqlite3.Error) -> int | None:
    """The primary SQLite result code of an error (``SQLITE_BUSY`` for ``SQLITE_BUSY_SNAPSHOT``)."""
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _not_an_archive(path: Path, e: sqlite3.DatabaseError) -> ArchiverError:
    """What opening ``path`` failed on: damage to an archive, or a file that is not one."""
    if _error_code(e) == sqlite3.SQLITE_CORRUPT:
        return DamagedArchive(damaged_message(path, e))
    return InputError(f"{path} is not a tg-archiver archive: {e}")


@functools.cache
def _migrations() -> dict[int, tuple[str, str]]:
    """The migrations shipped in the installed ``migrations`` package, by version.

    Read once per process: they are part of the installed code, and a process that gave up
    its privileges after start (or whose package folder went away) still opens archives."""
    found: dict[int, tuple[str, str]] = {}
    for entry in resources.files("tg_archiver.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found[int(m.group(1))] = (entry.name, entry.read_text(encoding="utf-8"))
    return found


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements (trigger bodies included) for one transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if _has_sql(pending):
                yield pending.strip()
            pending = ""
    if _has_sql(pending):
        raise ValueError("incomplete SQL statement at the end of a migration")


def _has_sql(text: str) -> bool:
    return any(ln.strip() and not ln.strip().startswith("--") for ln in text.splitlines())


def _path_text(path: Path) -> str:
    """A path as text SQLite can store: a file name that is not UTF-8 (lone surrogates in
    Python) keeps its bytes visible as backslash escapes, so distinct names stay distinct."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
