"""An archive on a PostgreSQL server: opening it, its migrations, its transactions, its faults.

The sibling of :mod:`.connection` for ``[archive] database = "postgresql://..."``. What stays
the same: the schema is numbered ``migrations/postgresql/NNNN_*.sql`` files, each applied once
in its own transaction and recorded in ``schema_migrations``; writes happen inside
:meth:`PgConnection.transaction`, all or nothing, one at a time in this process, and an error,
a cancellation or a lost connection rolls the step back and tells the caches made in it
(:meth:`on_rollback`). What differs: a small asyncpg pool instead of two SQLite connections
(the writing connection is the store's own, readers take another from a pool, so they see
committed data only, as SQLite's reader does); several processes may write at once
(PostgreSQL's row locks, not one file lock), so the migrations of two services starting
together are serialised by an advisory lock; the faults are the server's (unreachable,
refused login, no such database, disk full, connection lost), each mapped to one line from
:mod:`archive.errors` in which the URL's password is hidden.

asyncpg is an optional dependency (``tg-archiver[postgresql]``): it is imported when a
PostgreSQL archive is opened, never on the SQLite path.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import ArchiverError, InputError, StorageError
from tg_archiver.archive.redact import redact
from tg_archiver.archive.store import copy_mark
from tg_archiver.archive.store.records import ts
from tg_archiver.archive.store.rules_state import record_on_migration
from tg_archiver.archive.store.upgrades.redact_items_pg import redact_stored_items_pg
from tg_archiver.archive.store.upgrades.redact_stored_pg import redact_stored_urls_pg
from tg_archiver.archive.store.upgrades.stems_pg import (
    Progress,
    fill_headings,
    fill_search_stems,
    keep_forms_current,
)

if TYPE_CHECKING:
    import asyncpg

log = logging.getLogger(__name__)

POOL_SIZE = 4  # readers (and delivery claims) at once, beside the writing connection
CONNECT_TIMEOUT = 10.0  # seconds to reach the server and log in
# Readers plan each statement for its own parameters. asyncpg prepares a statement once per
# connection, and after five runs PostgreSQL may switch to a generic plan, which cannot see
# the words bound to a search and guesses they match 0.5% of the posts: for a common word it
# then reads and sorts every match (at 100k posts, the web's newest-2,000 bound of
# "cooperation" took 1.4-2.8 s so against 60-120 ms planned for the word). Planning each
# time costs a millisecond or two. (PostgreSQL 12 and later.)
_READER_SETTINGS = {"plan_cache_mode": "force_custom_plan"}
# The writing connection's look-ups are many and small (a chunk's bands, hashes, signatures);
# a parallel plan for each starts worker processes and waits on them. A 1M import at 880,000
# posts stored 37 posts a second with them, 155 without (its backend had spent most of its
# time waiting on its workers' queues). Readers keep them: ranking every match can use them.
_WRITER_SETTINGS = {"max_parallel_workers_per_gather": "0"}
# Any key of the server's advisory locks, the same in every tg-archiver: held while one
# process applies migrations, so two services opening one database at once take turns.
MIGRATION_LOCK = 0x7467_6172_6368_0001  # "tgarch" 1
_MIGRATION_NAME = lazy_re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
_LOCK_MIGRATIONS = "SELECT pg_advisory_xact_lock($1)"
_HAS_MARK = "SELECT to_regclass($1) IS NOT NULL"
_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
_DONE_MIGRATIONS = "SELECT version FROM schema_migrations"
_HAS_MIGRATIONS = "SELECT to_regclass('schema_migrations') IS NOT NULL"
_RECORD_MIGRATION = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)"
_SCHEMA_VERSION = "SELECT coalesce(max(version), 0) FROM schema_migrations"
# Full text lower-cases words by the database's LC_CTYPE: under C, Cyrillic keeps its case.
_FOLDS_CYRILLIC = "SELECT lower('ЖЁ') = 'жё'"
_SEARCH_WORDS_AT = 2  # migrations/postgresql/0002_search_words.sql: fill the word forms
_REDACT_MORE_AT = 7  # migrations/postgresql/0007_redact_more_feed_url_secrets.sql
_REDACT_ITEMS_AT = 8  # migrations/postgresql/0008_redact_feed_item_secrets.sql
_RULES_AT = 9  # migrations/postgresql/0009_rules_applied.sql
# SQLSTATE classes of a server that cannot write: disk full, out of memory, too many
# connections (53), and of a server going away under a transaction (57P: shutdown, 08: link).
_WRITE_FAULTS = ("53", "57P", "08")


class PgConnection:
    """The writing connection (``db``, its own for the store's life, made again when the
    server closes it) and a pool for readers. Open with :meth:`open`."""

    engine = "postgresql"

    def __init__(self, pool: asyncpg.Pool, db: asyncpg.Connection, url: PostgresUrl) -> None:
        self.pool = pool
        self.db = db
        self.url = url
        self.applied_on_open: list[str] = []
        self.forms_made_again = 0  # posts whose word forms opening it went through (migrate)
        self._write_lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None  # the task whose transaction is open
        self._idle = asyncio.Event()
        self._idle.set()
        self._on_rollback: list[Callable[[], None]] = []

    @property
    def location(self) -> str:
        """The database as it may be shown: its URL with the password hidden."""
        return str(self.url)

    @classmethod
    async def open(
        cls,
        url: PostgresUrl,
        *,
        migrate: bool = True,
        read_only: bool = False,
        progress: Progress | None = None,
        unfinished_copy: bool = False,
        **_: Any,
    ) -> PgConnection:
        """Connect to the database at ``url`` and apply pending migrations.

        ``read_only``: apply none; an archive whose schema is behind is refused (as
        :meth:`.connection.Connection.open` refuses one this user may not write).
        ``progress``: see :meth:`migrate`. ``unfinished_copy``: as for SQLite's.
        """
        asyncpg = _driver(url)
        try:
            db = await asyncpg.connect(
                url.url, timeout=CONNECT_TIMEOUT, server_settings=_WRITER_SETTINGS
            )
        except (OSError, TimeoutError, ValueError, asyncpg.PostgresError) as e:
            raise _cannot_open(url, e) from None
        try:
            # Readers connect when first needed (the writing connection above proved the
            # server reachable and the login good).
            pool = await asyncpg.create_pool(
                url.url,
                min_size=0,
                max_size=POOL_SIZE,
                timeout=CONNECT_TIMEOUT,
                server_settings=_READER_SETTINGS,
            )
        except BaseException:
            await db.close()
            raise
        conn = cls(pool, db, url)
        try:
            if not await db.fetchval(_FOLDS_CYRILLIC):
                raise InputError(
                    f"the database of the archive {url} cannot lower-case Cyrillic (its"
                    " LC_CTYPE is C), so its search would miss capitalised Russian words;"
                    " create it with a UTF-8 locale: createdb --template=template0"
                    " --locale=C.UTF-8 NAME"
                )
            if not unfinished_copy and await db.fetchval(_HAS_MARK, copy_mark.MARK_TABLE):
                raise copy_mark.refused(conn.location, await db.fetchval(copy_mark.READ_MARK))
            if migrate and not read_only:
                conn.applied_on_open = await conn.migrate(progress)
            else:
                await conn._check_schema()
        except asyncpg.PostgresError as e:
            await conn.close()
            raise InputError(f"cannot open the archive {url}: {redact(str(e))}") from None
        except BaseException:
            await conn.close()
            raise
        return conn

    async def close(self) -> None:
        await self.db.close()
        await self.pool.close()

    def on_rollback(self, forget: Callable[[], None]) -> None:
        """Call ``forget`` after every rollback (a cache of what the transaction wrote)."""
        self._on_rollback.append(forget)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """All or nothing: commit on success, roll back on any error or cancellation.

        One transaction at a time per store, as on SQLite: concurrent tasks queue on a lock
        rather than nest. Other processes' transactions run beside it (row locks).
        """
        async with self._write_lock:
            self._idle.clear()
            self._owner = asyncio.current_task()
            try:
                if self.db.is_closed():
                    await self._reconnect()
                tr = self.db.transaction()
                try:
                    await tr.start()
                except BaseException as e:
                    # The server closed the connection between two steps (a restart, an
                    # administrator's pg_terminate_backend): nothing was sent, so the step
                    # starts again on a new connection (it was a traceback).
                    if not (_is_broken_link(e) or _on_closed(e, self.db)):
                        raise
                    self.db.terminate()
                    await self._reconnect()
                    tr = self.db.transaction()
                    await tr.start()
                try:
                    yield
                    await tr.commit()
                except BaseException as e:
                    if _is_broken_link(e):  # the next step starts on a new connection
                        self.db.terminate()
                    await self._rollback(tr)
                    if _is_write_fault(e) or _on_closed(e, self.db):
                        raise StorageError(
                            f"cannot write to the archive {self.url}: {redact(str(e))};"
                            " the unfinished step was rolled back, the archive is as it was"
                        ) from None
                    raise
            finally:
                self._owner = None
                self._idle.set()

    async def _reconnect(self) -> None:
        """A new writing connection for one the server closed (a restart, a fail-over, an
        administrator's ``pg_terminate_backend``): the service goes on with the next step."""
        import asyncpg

        try:
            self.db = await asyncpg.connect(
                self.url.url, timeout=CONNECT_TIMEOUT, server_settings=_WRITER_SETTINGS
            )
        except (OSError, TimeoutError, asyncpg.PostgresError) as e:
            raise StorageError(
                f"lost the connection to the archive {self.url} and cannot reconnect:"
                f" {redact(str(e))}; nothing of the unfinished step was kept"
            ) from None
        log.warning("archive=%s reconnected after the server closed the connection", self.url)

    async def _rollback(self, tr: Any) -> None:
        for forget in self._on_rollback:
            forget()
        if self.db.is_closed() or not self.db.is_in_transaction():
            return  # the server ended it with the connection: nothing was kept
        import asyncpg

        try:
            await tr.rollback()
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as e:
            log.error("archive=%s rollback failed: %s", self.url, redact(str(e)))

    async def analyse(self) -> None:
        """Refresh the planner's statistics of every table (``ANALYZE``, a sample of each):
        after a large import, so that the first searches are planned on what the tables now
        hold rather than on an empty table's guesses, before autovacuum gets to it."""
        await self.db.execute("ANALYZE")

    async def wait_idle(self, timeout: float) -> bool:
        """Wait for the transaction in flight, if any, to end (for a clean shutdown)."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def migrate(self, progress: Progress | None = None) -> list[str]:
        """Apply the migrations this database has not seen, in order; return their names.

        Each runs in its own transaction under :data:`MIGRATION_LOCK`: a second process
        opening the database at the same moment waits, then finds it applied. ``progress``
        is told how far migration 0004's fill of the word forms has got, the fill that also
        makes them again when another analyser made them (minutes on a large archive; see
        :mod:`.upgrades.stems_pg`)."""
        async with self.transaction():
            await self.db.execute(_LOCK_MIGRATIONS, MIGRATION_LOCK)
            # Another program's database (tables, none of ours): it got tg-archiver's 20
            # tables, and a schema_migrations left behind when its own "posts" clashed.
            tables = [r[0] for r in await self.db.fetch(_TABLES)]
            if tables and "schema_migrations" not in tables:
                shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
                raise InputError(
                    f"{self.url} is not a tg-archiver archive: it holds another program's"
                    f" tables ({shown}); it was left as it was"
                )
            await self.db.execute(_MIGRATIONS_TABLE)
            done = {v for (v,) in await self.db.fetch(_DONE_MIGRATIONS)}
        available = migrations()
        self._refuse_newer(done, available)
        applied = []
        for version, (name, sql) in sorted(available.items()):
            if version in done:
                continue
            async with self.transaction():
                await self.db.execute(_LOCK_MIGRATIONS, MIGRATION_LOCK)
                if version in {v for (v,) in await self.db.fetch(_DONE_MIGRATIONS)}:
                    continue  # another process applied it while this one waited
                if _has_statements(sql):  # (asyncpg fails on a file of comments alone)
                    await self.db.execute(sql)
                if version == _SEARCH_WORDS_AT:
                    await fill_search_stems(self.db)
                if version == _REDACT_MORE_AT:
                    await redact_stored_urls_pg(self.db)
                if version == _REDACT_ITEMS_AT:
                    await redact_stored_items_pg(self.db)
                if version == _RULES_AT:
                    await record_on_migration(self)
                await self.db.execute(_RECORD_MIGRATION, version, name, ts(datetime.now(UTC)))
            log.info("migration applied name=%s", name)
            applied.append(name)
        # Outside the migrations' transactions: the fill commits a batch at a time, and
        # resumes here when an earlier upgrade was killed during it; set to every post first
        # when another analyser made the word forms.
        await keep_forms_current(self)
        self.forms_made_again = await fill_headings(self, progress)
        return applied

    async def _check_schema(self) -> None:
        done: set[int] = set()
        if await self.db.fetchval(_HAS_MIGRATIONS):
            done = {v for (v,) in await self.db.fetch(_DONE_MIGRATIONS)}
        available = migrations()
        self._refuse_newer(done, available)
        if max(done, default=0) < max(available, default=0):
            raise InputError(
                f"the archive {self.url} needs its schema brought up to date;"
                " run `tg-archiver migrate` as a role that may create tables in it"
            )

    def _refuse_newer(self, done: set[int], available: dict[int, tuple[str, str]]) -> None:
        if done and max(done) > max(available, default=0):
            raise InputError(
                f"{self.url} was written by a newer tg-archiver (schema {max(done)}); upgrade"
            )

    async def schema_version(self) -> int:
        return int(await self.db.fetchval(_SCHEMA_VERSION))

    # -- statements: on ``db`` (inside transactions) or on a pooled reader (committed data) --

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self._turn():
            return list(await self.db.fetch(sql, *params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self._turn():
            return await self.db.fetchrow(sql, *params)

    @asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        """The writing connection for one statement: at once inside this task's own
        transaction; otherwise once no transaction has it (asyncpg runs one operation at a
        time on a connection: a service state read outside a transaction, such as the import
        scan's, failed with "another operation is in progress" while another task's batch
        held it)."""
        if self._owner is not None and self._owner is asyncio.current_task():
            yield
            return
        async with self._write_lock:
            yield

    async def read_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Like :meth:`fetchall`, on a reading connection: committed data only."""
        async with self.pool.acquire() as reader:
            return list(await reader.fetch(sql, *params))

    async def read_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self.pool.acquire() as reader:
            return await reader.fetchrow(sql, *params)


def _driver(url: PostgresUrl) -> Any:
    """The asyncpg module, or one line saying how to install it."""
    try:
        import asyncpg
    except ImportError:
        raise InputError(
            f"the archive {url} is on PostgreSQL, which needs the asyncpg package:"
            " pip install 'tg-archiver[postgresql]'"
        ) from None
    return asyncpg


def _cannot_open(url: PostgresUrl, e: BaseException) -> ArchiverError:
    """One line for a server that could not be reached, refused the login, or lacks the
    database; never the password (the URL is shown redacted, the driver's text too)."""
    import asyncpg

    if isinstance(e, asyncpg.InvalidCatalogNameError):
        return InputError(
            f"the PostgreSQL server has no database for the archive {url}: {redact(str(e))};"
            " create it first (createdb), tg-archiver makes the tables"
        )
    if isinstance(e, asyncpg.InvalidAuthorizationSpecificationError | asyncpg.InvalidPasswordError):
        return InputError(f"the PostgreSQL server refused the login for {url}: {redact(str(e))}")
    if isinstance(e, TimeoutError):
        return InputError(
            f"the PostgreSQL server of {url} did not answer within {CONNECT_TIMEOUT:.0f} s"
        )
    if isinstance(e, OSError):
        reason = e.strerror or redact(str(e))
        return InputError(f"cannot reach the PostgreSQL server of {url}: {reason}")
    if isinstance(e, ValueError):
        return InputError(f"not a PostgreSQL URL tg-archiver can use: {url}: {redact(str(e))}")
    return InputError(f"cannot open the archive {url}: {redact(str(e))}")


def _is_write_fault(e: BaseException) -> bool:
    """A fault of the server or the link rather than of the step: disk full, shut down, lost."""
    import asyncpg

    if isinstance(e, asyncpg.PostgresError):
        state = getattr(e, "sqlstate", None) or ""
        return state.startswith(_WRITE_FAULTS)
    return _is_broken_link(e) or isinstance(e, ConnectionError)


def _is_broken_link(e: BaseException) -> bool:
    """The server closed the connection under a statement: asyncpg says so either way,
    depending on when the news arrives (mid-statement, its protocol is left mid-state)."""
    import asyncpg

    return isinstance(e, asyncpg.ConnectionDoesNotExistError | asyncpg.InternalClientError)


def _on_closed(e: BaseException, db: asyncpg.Connection) -> bool:
    """A statement refused because the server had already closed the connection (asyncpg
    read the news before the statement was sent: ``connection is closed``)."""
    import asyncpg

    return isinstance(e, asyncpg.InterfaceError) and db.is_closed()


@functools.cache
def migrations() -> dict[int, tuple[str, str]]:
    """The PostgreSQL migrations shipped in the installed package, by version (read once)."""
    found: dict[int, tuple[str, str]] = {}
    for entry in resources.files("tg_archiver.migrations.postgresql").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found[int(m.group(1))] = (entry.name, entry.read_text(encoding="utf-8"))
    return found


def _has_statements(sql: str) -> bool:
    """Whether a migration file holds SQL beyond ``--`` comments (one may only record a
    version, its work done in Python)."""
    return any(ln.strip() and not ln.lstrip().startswith("--") for ln in sql.splitlines())
