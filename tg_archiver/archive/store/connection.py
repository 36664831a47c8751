"""The archive file: opening it, its migrations, its transactions, and what its faults mean.

The database file is the user's archive. It is opened in WAL mode with foreign keys on; the
schema lives in ``migrations/NNNN_*.sql`` and is applied here, each file once, in its own
transaction. Writes happen inside :meth:`Connection.transaction` (``BEGIN IMMEDIATE``), so the
import of one file is all or nothing: an error, Ctrl-C or a kill leaves the archive as it was.

Faults of the file itself end a transaction cleanly: a full disk (``SQLITE_FULL``, also what
``PRAGMA max_page_count`` gives) rolls the step back and raises :class:`StorageError`, never
a half-written step or a connection stuck in a transaction. Another process writing (an import
holds the write lock for its whole run) makes ``BEGIN IMMEDIATE`` wait: SQLite's busy timeout
first, then retries with backoff up to :data:`BUSY_PATIENCE`, so "database is locked" is
waited out, not shown. Readers never wait: WAL lets them read while one process writes, and
the reading parts (search, export, stats, digests) use a second connection, so in the
running service they never see a transaction that another task has in flight.

A second engine's sibling (``connection_pg.py``) would replace the pragmas, the URI and
read-only handling, the busy/fault error codes and the statement splitter; the migration
loop and the transaction contract (all or nothing, one at a time, hooks on rollback) stay.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import re
import sqlite3
import stat
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Sequence, Sized
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict, TypeVar

import aiosqlite

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import (
    ArchiverError,
    DamagedArchive,
    InputError,
    StorageError,
    damaged_message,
    missing_part_message,
)
from tg_archiver.archive.inputfiles import describe
from tg_archiver.archive.location import read_only_uri, wal_of
from tg_archiver.archive.store import copy_mark
from tg_archiver.archive.store.checkpoint import NO_AUTOCHECKPOINT, Checkpointer
from tg_archiver.archive.store.index_writes import allow_writes, keep_forms_current, record_analyser
from tg_archiver.archive.store.inline import Writes, run_inline
from tg_archiver.archive.store.records import ts
from tg_archiver.archive.store.rules_state import record_on_migration
from tg_archiver.archive.store.schema_parts import made_by, missing
from tg_archiver.archive.store.upgrades.clean_once import store_clean_once
from tg_archiver.archive.store.upgrades.redact_items import redact_stored_items
from tg_archiver.archive.store.upgrades.redact_stored import redact_stored_urls
from tg_archiver.archive.store.upgrades.reindex import Progress, fill_word_forms
from tg_archiver.archive.store.upgrades.versions_trim import trim_versions
from tg_archiver.archive.store.words import fill_words

T = TypeVar("T")
Statement = tuple[str, Sequence[Any]]  # SQL and its parameters

log = logging.getLogger(__name__)

# Page size of a new archive (an existing one keeps the size it was made with: SQLite sets it
# only before the first table). An import is one transaction, so until it commits every page
# it wrote is in the WAL, and each page the cache misses is looked up in the WAL index, which
# SQLite walks in blocks of 4,096 frames: four times fewer, larger pages make the walk four
# times shorter. A 1M-post import: 808 s with 4 KiB pages, 592 s with 16 KiB.
PAGE_SIZE = 16384
MAX_VARS = 900  # bound parameters per IN (...) list; far below SQLite's limit
BUSY_TIMEOUT_MS = 10_000  # SQLite's own wait for another process's lock, per statement
BUSY_PATIENCE = 600.0  # seconds transaction() keeps retrying a locked archive, then gives up
_BUSY_BACKOFF = (0.05, 5.0)  # first and longest pause between retries
_MIGRATION_NAME = lazy_re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_REBUILD_BANDS_AT = 5  # migrations/0005_minhash_bands.sql
_FILL_SIGNATURES_AT = 6  # migrations/0006_minhash_signatures.sql
_REDACT_FEED_URLS_AT = 7  # migrations/0007_redact_feed_urls.sql
_CORE_BANDS_AT = 10  # migrations/0010_core_bands.sql
_RECLEAN_BLOCKS_AT = 11  # migrations/0011_reclean_blocks.sql
_CLEAN_ONCE_AT = 17  # migrations/0017_clean_text_once.sql
_FORMS_IN_INDEX_ONLY_AT = 20  # migrations/0020_word_forms_in_the_index_only.sql
_REDACT_MORE_AT = 23  # migrations/0023_redact_more_feed_url_secrets.sql
_REDACT_ITEMS_AT = 24  # migrations/0024_redact_feed_item_secrets.sql
_RULES_AT = 26  # migrations/0026_rules_applied.sql
# Whether posts.clean_stored takes NULL: migration 0017 edits the schema text to allow it.
_CLEAN_STORED_NOT_NULL = (
    "SELECT \"notnull\" FROM pragma_table_info('posts') WHERE name = 'clean_stored'"
)

# SQLite-only: pragmas (busy wait, page size, WAL, foreign keys, durability, read-only).
_BUSY_TIMEOUT = "PRAGMA busy_timeout = {ms}"  # BUSY_TIMEOUT_MS, read at each open
_WRITER_PRAGMAS = (
    f"PRAGMA page_size = {PAGE_SIZE}",  # a no-op on an existing file
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    NO_AUTOCHECKPOINT,  # checkpoints run off the write path: store/checkpoint.py
)
_QUERY_ONLY = "PRAGMA query_only = ON"
_BEGIN = "BEGIN IMMEDIATE"  # SQLite-only: takes the write lock at once
_COMMIT = "COMMIT"
_ROLLBACK = "ROLLBACK"
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
_DONE_MIGRATIONS = "SELECT version FROM schema_migrations"
_IS_APPLIED = "SELECT 1 FROM schema_migrations WHERE version = ?"
_RECORD_MIGRATION = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"
_SCHEMA_VERSION = "SELECT max(version) FROM schema_migrations"
# SQLite-only: result codes of a full or failing disk.
_WRITE_FAULTS = {sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR}


class OpenOptions(TypedDict, total=False):
    """How :meth:`Connection.open` (and so ``Store.open``) opens an archive."""

    migrate: bool
    read_only: bool
    progress: Progress | None
    # Only ``copy``: an archive an unfinished copy left (:mod:`.copy_mark`) is opened to go on.
    unfinished_copy: bool


class Connection:
    """The archive's two connections: ``db`` writes (and reads inside its transactions),
    ``reader`` reads committed data only. Open with :meth:`open`."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        # Searches, exports, stats and digests read on a connection of their own (opened by
        # open()), so they see only committed posts (WAL), never the half of a transaction
        # that a feed poll or a Telegram batch has in flight on ``db`` in the same process.
        self.reader = db
        self.path = path
        self.applied_on_open: list[str] = []  # migrations that opening this archive applied
        self.forms_made_again = 0  # posts whose word forms opening it made again (migrate)
        self._write_lock = asyncio.Lock()
        # How blocking readers (exports) open the archive: read-only, as the file allows.
        self._read_uri = f"{path.resolve().as_uri()}?mode=ro"
        self._idle = asyncio.Event()
        self._idle.set()
        # Told of every rollback: caches of ids and bands made in the rolled-back
        # transaction (the write path's) are then stale.
        self._on_rollback: list[Callable[[], None]] = []
        # Set when the archive is opened for writing: checkpoints after commits.
        self._checkpoints: Checkpointer | None = None
        self._reader_setup: tuple[str, ...] = ()  # what the reading connection runs once

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        migrate: bool = True,
        read_only: bool = False,
        progress: Progress | None = None,
        reader_setup: Sequence[str] = (),
        unfinished_copy: bool = False,
    ) -> Connection:
        """Open (or create) the archive at ``path``, applying pending migrations.

        ``read_only``: open an existing archive for reading only (searches, exports,
        statistics), for one this process may not write (see :mod:`archive.location`). Such an
        archive is never created, migrated or changed. ``progress``: see :meth:`migrate`.
        ``reader_setup``: statements the reading connection runs once (the search's word list).
        ``unfinished_copy``: open the target of an unfinished copy (``copy``, to go on with
        it); anything else is refused such an archive (:mod:`.copy_mark`).
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
        if path.exists() and not stat.S_ISREG(mode := path.stat().st_mode):
            # SQLite's "disk I/O error" on a FIFO, and at random a traceback of aiosqlite's
            # thread finding the event loop closed.
            raise InputError(
                f"the archive {path} is {describe(mode)}, not a regular file; give the"
                " archive's file"
            )
        if read_only:
            return await cls._open_read_only(path, reader_setup, unfinished_copy)
        try:
            db = await _connect(path, isolation_level=None)
        except sqlite3.Error as e:
            raise InputError(f"cannot open the archive {path}: {e}") from None
        conn = cls(db, path)
        try:
            await db.execute(busy_timeout())
            await _refuse_a_foreign_database(conn, path, unfinished_copy)
            await _refuse_missing_parts(conn, path)
            await allow_writes(db)
            for pragma in _WRITER_PRAGMAS:
                await db.execute(pragma)
            conn._checkpoints = Checkpointer(path, db, conn._write_lock)
            if migrate:
                conn.applied_on_open = await conn.migrate(progress)
                if conn.applied_on_open:
                    await _refuse_missing_parts(conn, path)  # what they made is there
            conn._reader_setup = tuple(reader_setup)
            await conn.reopen_reader()
        except sqlite3.DatabaseError as e:
            await conn.close()
            raise _not_an_archive(path, e) from None
        except BaseException:
            await conn.close()
            raise
        return conn

    @classmethod
    async def _open_read_only(
        cls, path: Path, reader_setup: Sequence[str], unfinished_copy: bool
    ) -> Connection:
        if not path.exists():
            raise InputError(f"there is no archive at {path}")
        if not os.access(path, os.R_OK):
            raise InputError(f"cannot read the archive {path}: permission denied")
        uri = read_only_uri(path)
        try:
            db = await _connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as e:
            raise InputError(f"cannot open the archive {path}: {e}") from None
        conn = cls(db, path)
        conn._read_uri = uri
        try:
            await db.execute(busy_timeout())
            await _refuse_a_foreign_database(conn, path, unfinished_copy)
            await _refuse_missing_parts(conn, path)
            done = {v for (v,) in await conn.fetchall(_DONE_MIGRATIONS)}
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
            for statement in reader_setup:
                await db.execute(statement)
            await db.execute(_QUERY_ONLY)
        except sqlite3.DatabaseError as e:
            await conn.close()
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
            await conn.close()
            raise
        return conn

    async def close(self) -> None:
        if self._checkpoints is not None:
            await self._checkpoints.close()
        if self.reader is not self.db:
            await self.reader.close()
        await self.db.close()

    async def reopen_reader(self) -> None:
        """Open the reading connection (if :meth:`set_readers_aside` closed it, again)."""
        if self.reader is not self.db:
            return
        reader = await _connect(self.path, isolation_level=None)
        self.reader = reader
        await reader.execute(busy_timeout())
        for statement in self._reader_setup:
            await reader.execute(statement)
        await reader.execute(_QUERY_ONLY)

    async def set_readers_aside(self) -> None:
        """Close this process's other connections to the archive (the reading one and the
        checkpoints'), so the writing one is the archive's only connection (:mod:`.bulk`);
        reads go through the writing connection until :meth:`reopen_reader`."""
        if self._checkpoints is not None:
            await self._checkpoints.close()
        if self.reader is not self.db:
            reader, self.reader = self.reader, self.db
            await reader.close()

    def on_rollback(self, forget: Callable[[], None]) -> None:
        """Call ``forget`` after every rollback (a cache of what the transaction wrote)."""
        self._on_rollback.append(forget)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """All or nothing: commit on success, roll back on any error or cancellation.

        One transaction at a time per archive: concurrent tasks (feed polls, Telegram events)
        queue on a lock rather than nest, so each batch stays its own unit.
        """
        async with self._write_lock:
            self._idle.clear()
            try:
                await self._begin()
                async with self._ended():
                    yield
                    await self.db.execute(_COMMIT)
                self._committed()
            finally:
                self._idle.set()

    async def transact_inline(self, job: Callable[[Writes], Coroutine[Any, Any, T]]) -> T:
        """:meth:`transaction` around the write step ``job``, in one round trip to the
        writing connection's thread: ``BEGIN IMMEDIATE``, the step and ``COMMIT`` run there
        as one job (:mod:`.inline`). The same contract: all or nothing, one at a time, the
        same errors. When another process holds the write lock, ``BEGIN`` is waited out as
        :meth:`transaction` does (backoff on the event loop), then the step and ``COMMIT``
        go as one job."""
        async with self._write_lock:
            self._idle.clear()
            try:
                async with self._ended():
                    try:
                        done = await self._to_the_end(job, begin=True)
                    except sqlite3.OperationalError as e:
                        busy = _error_code(e) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                        if not busy or self.db.in_transaction:
                            raise
                        await self._begin()
                        done = await self._to_the_end(job, begin=False)
                self._committed()
                return done
            finally:
                self._idle.set()

    async def _to_the_end(self, job: Callable[[Writes], Coroutine[Any, Any, T]], begin: bool) -> T:
        """The job of :meth:`transact_inline`, waited for to its end even when cancelled:
        it runs on the thread whatever happens here, so the rollback that follows a
        cancellation must come after it (never a ROLLBACK racing its COMMIT)."""
        running = asyncio.ensure_future(self.run_inline(lambda w: _begun(w, job, begin=begin)))
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            await asyncio.wait({running})
            if not running.cancelled():
                running.exception()  # seen: the cancellation is what the caller gets
            raise

    @asynccontextmanager
    async def _ended(self) -> AsyncIterator[None]:
        """Roll back the open transaction on any error or cancellation; a full or failing
        disk becomes :class:`StorageError`."""
        try:
            yield
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

    async def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, waiting out another process's write lock with backoff."""
        pause, longest = _BUSY_BACKOFF
        deadline = time.monotonic() + BUSY_PATIENCE
        while True:
            try:
                await self._begun_to_the_end()
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

    async def _begun_to_the_end(self) -> None:
        """``BEGIN IMMEDIATE``, waited for to its end even when cancelled: it runs on the
        connection's thread whatever happens here (SQLite waits up to ``busy_timeout`` there
        for another process's lock), and a transaction it opens after a cancellation would
        be left open: the next ``BEGIN`` failed ("cannot start a transaction within a
        transaction"), and a stopping service's live posts with it."""
        begun = asyncio.ensure_future(self.db.execute(_BEGIN))
        try:
            await asyncio.shield(begun)
        except asyncio.CancelledError:
            await asyncio.wait({begun})
            if not begun.cancelled() and begun.exception() is None:
                await self._rollback()
            raise

    async def _rollback(self) -> None:
        """Roll back the open transaction, if SQLite has not already (it does on some errors,
        SQLITE_FULL among them, and then a ROLLBACK would fail and hide the real error)."""
        for forget in self._on_rollback:  # ids made in the rolled-back transaction are gone
            forget()
        if not self.db.in_transaction:
            return
        try:
            await self.db.execute(_ROLLBACK)
        except sqlite3.Error as e:
            log.error("archive=%s rollback failed: %s", self.path, e)

    def _committed(self) -> None:
        """After a commit: a checkpoint, in the background, when enough was written."""
        if self._checkpoints is not None:
            self._checkpoints.wrote()

    async def checkpoints_idle(self) -> None:
        """Wait for the background checkpoint in flight, if any (see :mod:`.checkpoint`)."""
        if self._checkpoints is not None:
            await self._checkpoints.idle()

    async def wait_idle(self, timeout: float) -> bool:
        """Wait for the transaction in flight, if any, to end (for a clean shutdown)."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def migrate(self, progress: Progress | None = None) -> list[str]:
        """Apply the migrations this archive has not seen, in order; return their names.

        ``progress`` is told how far migration 0008's fill of the word forms has got, then
        how far migration 0018's word list has, then how far the index's word forms made
        again after a change of their analyser have (the steps that take minutes on a large
        archive, each a batch a transaction and resumed at the next open if killed; see
        :mod:`archive.store.upgrades.reindex`, :mod:`archive.store.words` and
        :func:`archive.store.index_writes.keep_forms_current`).
        """
        await self.db.execute(_MIGRATIONS_TABLE)
        done = {v for (v,) in await self.fetchall(_DONE_MIGRATIONS)}
        available = _migrations()
        if done and max(done) > max(available, default=0):
            raise InputError(
                f"{self.path} was written by a newer tg-archiver (schema {max(done)}); upgrade"
            )
        applied = []
        for version, (name, sql) in sorted(available.items()):
            if version in done:
                continue
            if version == _FORMS_IN_INDEX_ONLY_AT:
                # 0019's check of every post's stored word forms, to the end first: 0020
                # drops them (resumable: a killed upgrade resumes here at the next open).
                await fill_word_forms(self, progress)
            async with self.transaction():
                # Another process opening the archive at the same moment may have applied it
                # while this one waited for the write lock.
                if await self.fetchone(_IS_APPLIED, (version,)):
                    continue
                for statement in _statements(sql):
                    await self.db.execute(statement)
                await self._data_steps(version)
                await self.db.execute(_RECORD_MIGRATION, (version, name, ts(datetime.now(UTC))))
            log.info("migration applied name=%s", name)
            applied.append(name)
        # Outside the loop's transactions: the word list, the trim and the clean text stored
        # once commit a batch at a time, and resume here when an earlier upgrade was killed.
        await fill_words(self, progress)
        await trim_versions(self)
        await store_clean_once(self)
        if _FORMS_IN_INDEX_ONLY_AT in available:  # (always, but in tests of older schemas)
            self.forms_made_again = await keep_forms_current(self, progress)
        return applied

    async def _data_steps(self, version: int) -> None:
        """What a migration does beyond its SQL file, in its transaction. The write path's
        steps (bands, signatures: numpy) and the re-cleaning are imported only when due."""
        if version in (_REBUILD_BANDS_AT, _CORE_BANDS_AT, _FILL_SIGNATURES_AT):
            from tg_archiver.archive.store import writer

            if version in (_REBUILD_BANDS_AT, _CORE_BANDS_AT):
                await writer.rebuild_bands(self)
            if version in (_FILL_SIGNATURES_AT, _CORE_BANDS_AT):
                await writer.fill_signatures(self)
        if version == _REDACT_FEED_URLS_AT:
            await redact_stored_urls(self.db)
        if version == _REDACT_MORE_AT:
            await redact_stored_urls(self.db, links=False)
        if version == _REDACT_ITEMS_AT:
            await redact_stored_items(self.db)
        if version == _RULES_AT:
            await record_on_migration(self)
        if version == _RECLEAN_BLOCKS_AT:
            from tg_archiver.archive.store.upgrades.reclean import reclean_stored

            await reclean_stored(self.db)
        if version == _FORMS_IN_INDEX_ONLY_AT:
            await record_analyser(self)
        if version == _CLEAN_ONCE_AT:
            row = await self.fetchone(_CLEAN_STORED_NOT_NULL)
            if row is None or row[0]:
                raise StorageError(
                    f"cannot upgrade {self.path}: its posts table is not as tg-archiver made it"
                    " (migration 0017 could not let posts.clean_stored be empty)"
                )

    async def schema_version(self) -> int:
        row = await self.fetchone(_SCHEMA_VERSION)
        return int(row[0] or 0) if row else 0

    # -- statements: on ``db`` (inside transactions) or on ``reader`` (committed data) ------

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self.db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self.db.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def run_inline(self, job: Callable[[Writes], Coroutine[Any, Any, T]]) -> T:
        """Run the write step ``job`` whole on the writing connection's thread, as one round
        trip (inside a transaction): see :mod:`.inline`."""
        return await run_inline(self.db, job)

    async def read_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Like :meth:`fetchall`, on the read connection: committed data only.

        One round trip to the connection's thread (statement, rows and cursor at once):
        aiosqlite's cursor takes three (execute, fetch, close), each a hand-over between
        threads, and a search makes two to four reads (issue 21: the rare term's ranked page
        took 0.2-0.5 ms more that way). ``_execute`` as in :func:`.inline.run_inline`."""
        reader = self.reader
        return await reader._execute(_all_rows, reader._conn, sql, params)

    async def read_all_and(
        self, sql: str, params: Sequence[Any], then: Callable[[list[Any]], Statement | None]
    ) -> tuple[list[Any], list[Any]]:
        """The rows of ``sql``, and those of the statement ``then`` makes of them (none when it
        makes none), read together in one round trip: a search's page of ids and their posts.
        ``then`` runs on the connection's thread: it only builds the statement."""
        reader = self.reader
        return await reader._execute(_all_rows_and, reader._conn, sql, params, then)

    async def read_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row (or None) of ``sql`` on the read connection, in one round trip."""
        reader = self.reader
        return await reader._execute(_first_row, reader._conn, sql, params)

    def blocking_reader(self, *, check_same_thread: bool = True) -> sqlite3.Connection:
        """A blocking, read-only connection of its own (for a worker thread); close it.
        ``check_same_thread=False``: for a reader handed from thread to thread, one at a time
        (an export with media reads ahead in a thread of its own)."""
        conn = sqlite3.connect(self._read_uri, uri=True, check_same_thread=check_same_thread)
        conn.text_factory = text_of
        return conn


def text_of(data: bytes) -> str:
    """A text value of the archive as ``str``, whatever bytes another program left in it.

    tg-archiver writes UTF-8 only, but the file is the user's: a sqlite3 shell, a script or
    Datasette may write a source's title (``CAST(x'ff' AS TEXT)``, a Latin-1 CSV imported).
    sqlite3's own decoding then fails the whole statement ("Could not decode to UTF-8
    column"): one bad title turned the web's front page, every feed and the html, md and atom
    exports into errors. A byte that is not UTF-8 is shown as U+FFFD instead."""
    return data.decode("utf-8", "replace")


def _all_rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    """Every row of ``sql``, on the connection's own thread (see Connection.read_all)."""
    cursor = conn.execute(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def _all_rows_and(
    conn: sqlite3.Connection,
    sql: str,
    params: Sequence[Any],
    then: Callable[[list[Any]], Statement | None],
) -> tuple[list[Any], list[Any]]:
    """The rows of ``sql`` and of the statement ``then`` makes of them (Connection.read_all_and)."""
    rows = _all_rows(conn, sql, params)
    follow = then(rows)
    return rows, ([] if follow is None else _all_rows(conn, *follow))


def _first_row(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> Any:
    """The first row of ``sql`` or None, on the connection's own thread."""
    cursor = conn.execute(sql, params)
    try:
        return cursor.fetchone()
    finally:
        cursor.close()


@functools.lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _regexp(pattern: str, text: str | None) -> bool:
    """SQLite's ``text REGEXP pattern``: whether Python's ``re`` finds ``pattern`` in it."""
    return text is not None and _pattern(pattern).search(text) is not None


async def _connect(database: str | Path, **options: Any) -> aiosqlite.Connection:
    """``aiosqlite.connect``, waited for to its end even when cancelled (Ctrl-C while the
    archive opens). aiosqlite gives a cancelled connect up without waiting for its thread,
    which then finishes it after ``asyncio.run`` has closed the event loop and dies with a
    traceback ("Event loop is closed"); here the connection is made, closed, and the
    cancellation goes on."""
    connecting = asyncio.ensure_future(aiosqlite.connect(database, **options))
    try:
        db = await asyncio.shield(connecting)
        db.text_factory = text_of
        # X REGEXP pattern: a person typed by given name and surname (rows.py).
        await db.create_function("regexp", 2, _regexp, deterministic=True)
        return db
    except asyncio.CancelledError:
        await asyncio.wait({connecting})
        if not connecting.cancelled() and connecting.exception() is None:
            await connecting.result().close()
        raise


async def _begun(w: Writes, job: Callable[[Writes], Coroutine[Any, Any, T]], *, begin: bool) -> T:
    """``job`` in a transaction, on the connection's thread: begun here or already."""
    if begin:
        await w.db.execute(_BEGIN)
    result = await job(w)
    await w.db.execute(_COMMIT)
    return result


def parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in slices of at most :data:`MAX_VARS`, one ``IN (...)`` list each."""
    for i in range(0, len(values), MAX_VARS):
        yield values[i : i + MAX_VARS]


def marks(values: Sized) -> str:
    """The ``?, ?, ...`` of an ``IN (...)`` list of ``values``."""
    return ", ".join("?" * len(values))


def busy_timeout() -> str:
    """The busy-timeout pragma every connection runs (read at each call: tests shorten it)."""
    return _BUSY_TIMEOUT.format(ms=int(BUSY_TIMEOUT_MS))


def _error_code(e: sqlite3.Error) -> int | None:
    """The primary SQLite result code of an error (``SQLITE_BUSY`` for ``SQLITE_BUSY_SNAPSHOT``)."""
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


_TABLES = "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"


async def _refuse_a_foreign_database(conn: Connection, path: Path, unfinished_copy: bool) -> None:
    """Stop before any write when ``path`` holds another program's tables and none of ours:
    opening it made tg-archiver's 29 tables there and switched it to WAL (a reading command
    pointed at the wrong file); or an unfinished copy, unless ``unfinished_copy``."""
    tables = [name for (name,) in await conn.fetchall(_TABLES)]
    if copy_mark.MARK_TABLE in tables and not unfinished_copy:
        mark = await conn.read_one(copy_mark.READ_MARK)
        raise copy_mark.refused(str(path), str(mark[0]) if mark else None)
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
        raise InputError(
            f"{path} is not a tg-archiver archive: it holds another program's tables ({shown});"
            " it was left as it was"
        )


_PARTS = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"


async def _refuse_missing_parts(conn: Connection, path: Path) -> None:
    """Stop before any write when a table or view the archive's recorded migrations made is
    not there (:mod:`.schema_parts`): another program dropped it, or the file is damaged."""
    held = [name for (name,) in await conn.fetchall(_PARTS)]
    if "schema_migrations" not in held:
        return  # a new archive (or another program's file: refused before)
    done = {v for (v,) in await conn.fetchall(_DONE_MIGRATIONS)}
    available = _migrations()
    if any(v not in done for v in available if v < max(done, default=0)):
        # One not applied below one that is (an archive put back to an older schema): what
        # they left depends on the order they ran in. Checked once they all are (open).
        return
    expected = made_by(available[v][1] for v in sorted(done) if v in available)
    if lacking := missing(expected, held):
        raise DamagedArchive(
            missing_part_message(path, LookupError(f"no such table: {', '.join(lacking)}"))
        )


def _not_an_archive(path: Path, e: sqlite3.DatabaseError) -> ArchiverError:
    """What opening ``path`` failed on: damage to an archive, or a file that is not one."""
    if _error_code(e) == sqlite3.SQLITE_CORRUPT:
        return DamagedArchive(damaged_message(path, e))
    if _error_code(e) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        # A large import holds the whole file (its journal is not the write-ahead log).
        return InputError(
            f"{path} is busy: another process is writing to it (a large import holds it to"
            f" its end); try again when it is done ({e})"
        )
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
    """Split a migration into statements (trigger bodies included) for one transaction.

    SQLite-only: ``sqlite3.complete_statement`` decides where a statement ends."""
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
