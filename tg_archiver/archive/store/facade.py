"""The :class:`Store`: one object over the archive for callers, composed of its parts.

Each part is a module of its own with its own SQL (see the package's docstring); the facade
holds one object per part, all sharing one :class:`~.connection.Connection`, and hands out
their methods as its own (bound methods, so each keeps its one signature and docstring, in
its part). It holds no SQL and no state of its own. The write path (:mod:`.writer`, and with
it numpy) is imported on first use, so a search or an export never loads it.

The engine picks the parts: a file is SQLite's (:mod:`.connection`, :mod:`.state`, ...), a
``postgresql://`` URL PostgreSQL's siblings (:mod:`.connection_pg`, :mod:`.state_pg`), loaded
only then. What is SQLite's alone (its connection, asked for by name) raises
:class:`~archive.errors.NotYetSupported` on PostgreSQL, one line for the user.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

import aiosqlite

from tg_archiver.archive.database_url import Location, PostgresUrl
from tg_archiver.archive.errors import NotYetSupported
from tg_archiver.archive.store.connection import Connection
from tg_archiver.archive.store.delivery_lock import DeliveryLocks
from tg_archiver.archive.store.readers import Readers
from tg_archiver.archive.store.records import Delivery, IngestReport
from tg_archiver.archive.store.search import READER_SETUP, Search
from tg_archiver.archive.store.state import ServiceState

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from tg_archiver.archive.pipeline import PreparedPost
    from tg_archiver.archive.store.connection import OpenOptions
    from tg_archiver.archive.store.connection_pg import PgConnection
    from tg_archiver.archive.store.state_pg import PgServiceState
    from tg_archiver.archive.store.writer import AfterChunk, Writer
    from tg_archiver.archive.store.writer_pg import PgWriter


class Store:
    """The archive. Open with ``async with await Store.open(path) as store:``."""

    def __init__(self, conn: Connection | PgConnection) -> None:
        self._engine = conn
        self._sqlite = conn if isinstance(conn, Connection) else None
        self._writer: Writer | PgWriter | None = None
        service: ServiceState | PgServiceState
        if isinstance(conn, Connection):
            self.searching = Search(conn)
            self.reading = Readers(conn)
            service = ServiceState(conn)
            self._delivery_locks: DeliveryLocks | None = DeliveryLocks(conn.path)
            self.delivery_claim = self._delivery_locks.claim
        else:
            from tg_archiver.archive.store.search_pg import PgSearch
            from tg_archiver.archive.store.state_pg import PgServiceState

            self.searching = cast(Search, PgSearch(conn))
            from tg_archiver.archive.store.readers_pg import PgReaders

            self.reading = cast(Readers, PgReaders(conn))
            service = PgServiceState(conn)
            self._delivery_locks = None
            self.delivery_claim = service.delivery_claim
        self.service = service
        # The connection: transactions, migrations.
        self.transaction = conn.transaction
        self.wait_idle = conn.wait_idle
        self.migrate = conn.migrate
        self.schema_version = conn.schema_version
        # Search and the readers of committed posts.
        self.search = self.searching.search
        self.not_searchable = self.searching.not_searchable
        self.rank_from = self.searching.rank_from
        self.passing_from = self.searching.passing_from
        self.newest_passing = self.searching.newest_passing
        self.iter_posts = self.reading.iter_posts
        self.read_posts = self.reading.read_posts
        self.read_export_lines = self.reading.read_export_lines
        self.iter_matches = self.reading.iter_matches
        self.read_match_lines = self.reading.read_match_lines
        self.count_posts = self.reading.count_posts
        self.post_versions = self.reading.post_versions
        self.top_tags = self.reading.top_tags
        self.stats = self.reading.stats
        self.digest_rows = self.reading.digest_rows
        self.digest_query_rows = self.reading.digest_query_rows
        # Service state.
        service = self.service
        self.last_external_id = service.last_external_id
        self.stored_between = service.stored_between
        self.mark_deleted = service.mark_deleted
        self.feed_state = service.feed_state
        self.save_feed_state = service.save_feed_state
        self.imported_file = service.imported_file
        self.record_file_imported = service.record_file_imported
        self.post_text = service.post_text
        self.rekey_post = service.rekey_post
        self.add_subscription = service.add_subscription
        self.remove_subscription = service.remove_subscription
        self.list_subscriptions = service.list_subscriptions
        self.last_delivery_end = service.last_delivery_end
        self.begin_delivery = service.begin_delivery
        self.record_part_sent = service.record_part_sent
        self.finish_delivery = service.finish_delivery
        self.unfinished_deliveries = service.unfinished_deliveries

    @classmethod
    async def open(cls, path: Location, **options: Unpack[OpenOptions]) -> Store:
        """Open (or create) the archive at ``path``, a file or a PostgreSQL URL: see
        :meth:`Connection.open` for the options (``migrate``, ``read_only``, ``progress``)."""
        if isinstance(path, PostgresUrl):
            from tg_archiver.archive.store.connection_pg import PgConnection

            return cls(await PgConnection.open(path, **options))
        return cls(await Connection.open(path, reader_setup=READER_SETUP, **options))

    async def analyse(self) -> None:
        """After a large import: PostgreSQL's planner statistics refreshed
        (:meth:`PgConnection.analyse`); nothing on SQLite, whose queries are planned
        without statistics."""
        if self._sqlite is None:
            await cast("PgConnection", self._engine).analyse()

    @property
    def engine(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "sqlite" if self._sqlite is not None else "postgresql"

    @property
    def conn(self) -> Connection:
        """SQLite's connection, for the parts that speak SQLite; on PostgreSQL, what asked
        for it is a part not yet built there."""
        if self._sqlite is None:
            raise NotYetSupported(
                "this command is not yet supported on a PostgreSQL archive"
                " (see the README's PostgreSQL section)"
            )
        return self._sqlite

    @property
    def connection(self) -> Connection | PgConnection:
        """The engine's connection, whichever it is (for ``copy``, which speaks to both)."""
        return self._engine

    @property
    def location(self) -> str:
        """Where the archive is, as it may be shown: its file, or its URL without password."""
        if isinstance(self._engine, Connection):
            return str(self._engine.path)
        return self._engine.location

    @property
    def writer(self) -> Writer | PgWriter:
        """The write path, made (and imported) on first use: the engine's own."""
        if self._writer is None:
            if self._sqlite is None:
                from tg_archiver.archive.store.connection_pg import PgConnection
                from tg_archiver.archive.store.writer_pg import PgWriter

                assert isinstance(self._engine, PgConnection)
                self._writer = PgWriter(self._engine)
            else:
                from tg_archiver.archive.store.writer import Writer

                self._writer = Writer(self._sqlite)
        return self._writer

    @property
    def path(self) -> Path:
        return self.conn.path

    @property
    def where(self) -> Location:
        """Where the archive is, to open it again: its file, or its URL (password kept)."""
        if isinstance(self._engine, Connection):
            return self._engine.path
        return self._engine.url

    @property
    def name(self) -> str:
        """The archive's name as an export's note shows it: its file's name, or its
        database's name (not the server, its user or password: the export may be shared)."""
        if self._sqlite is not None:
            return self._sqlite.path.name
        return urlsplit(self.location).path.strip("/") or "PostgreSQL"

    @property
    def applied_on_open(self) -> list[str]:
        """The migrations that opening this archive applied."""
        return self._engine.applied_on_open

    @property
    def forms_made_again(self) -> int:
        """The posts whose word forms opening this archive made again (a new analyser, an
        upgrade's fill)."""
        return self._engine.forms_made_again

    @asynccontextmanager
    async def bulk(self) -> AsyncIterator[bool]:
        """A large import's writes (see :mod:`.bulk`): on SQLite through the rollback
        journal when nothing else has the archive open; yields whether they are. PostgreSQL
        has no such log to grow: nothing changes there."""
        if self._sqlite is None:
            yield False
            return
        from tg_archiver.archive.store.bulk import rollback_journal

        async with rollback_journal(self._sqlite) as switched:
            yield switched

    @asynccontextmanager
    async def service_lock(self) -> AsyncIterator[int | None]:
        """For ``run``: on SQLite, the archive held for this process's service while the
        block runs (:mod:`.run_lock`). Yields None, or the process id of another ``run`` that
        holds it (0 when unknown), and then nothing is held. PostgreSQL's services share an
        archive (each holds its part of the work by advisory locks): None, nothing held."""
        if self._sqlite is None:
            yield None
            return
        from tg_archiver.archive.store.run_lock import RunLock

        lock = RunLock(self._sqlite.path)
        other = lock.take()
        try:
            yield other
        finally:
            lock.release()

    async def close(self) -> None:
        if self._delivery_locks is not None:
            self._delivery_locks.close()
        await self._engine.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def ingest(
        self,
        prepared: Iterable[PreparedPost],
        *,
        now: datetime,
        near_threshold: float | None = None,
        after_chunk: AfterChunk | None = None,
    ) -> IngestReport:
        """Store posts (inside :meth:`transaction`): see :meth:`Writer.ingest`; the default
        threshold is :data:`archive.dedup.DEFAULT_THRESHOLD`."""
        if near_threshold is None:
            return await self.writer.ingest(prepared, now=now, after_chunk=after_chunk)
        return await self.writer.ingest(
            prepared, now=now, near_threshold=near_threshold, after_chunk=after_chunk
        )

    async def ingest_transaction(
        self,
        prepared: Sequence[PreparedPost],
        *,
        now: datetime,
        near_threshold: float | None = None,
    ) -> IngestReport:
        """Store posts in a transaction of their own (the live path): see
        :meth:`Writer.ingest_transaction`."""
        if near_threshold is None:
            return await self.writer.ingest_transaction(prepared, now=now)
        return await self.writer.ingest_transaction(
            prepared, now=now, near_threshold=near_threshold
        )

    # -- the names tests reach for (kept so the tests stay as they were) -----------------------

    @property
    def _db(self) -> aiosqlite.Connection:
        return self.conn.db

    async def _read_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return await self.conn.read_all(sql, params)

    async def _deliveries(self, where: str, params: Sequence[Any]) -> list[Delivery]:
        return await ServiceState(self.conn).deliveries(where, params)

    async def _spelled_out(self, match: str) -> str:
        return await self.searching.spelled_out(match)
