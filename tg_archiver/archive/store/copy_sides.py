"""One archive seen by ``tg-archiver copy``: its tables' columns, reads by keyset, batched
writes, counts, and the bookkeeping of an unfinished copy; one class per engine.

:mod:`.copy` decides what moves and in which order; these classes only speak their engine's
SQL. Reads go in key order (the table's primary key), batch after batch from the last key
seen, so memory stays one batch whatever the archive's size, and a key order is the same on
both engines: text keys are compared byte by byte, SQLite's ``BINARY`` and PostgreSQL's
``COLLATE "C"`` (UTF-8 sorts by code point in both). Each batch is written in its own
transaction, so the target holds every row up to its last key and nothing after it: that
key is where a copy that was killed goes on.

Table and column names in the SQL here come from the copy's own table list (:mod:`.copy`)
and from the engines' catalogues, never from a user; values are always bound.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.store.connection import Connection
from tg_archiver.archive.store.copy_lock import PG_HOLD
from tg_archiver.archive.store.copy_mark import MARK_TABLE, READ_MARK
from tg_archiver.archive.store.index_writes import INDEX, index_rows
from tg_archiver.archive.store.records import stored_clean, ts

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection_pg import PgConnection

Row = tuple[Any, ...]

# The unfinished copy's mark in the target: made before its first row, dropped once the
# target was verified. It names the source, so only a copy of that source goes on with it.
_MAKE_MARK = f"CREATE TABLE {MARK_TABLE} (source TEXT NOT NULL, started_at TEXT NOT NULL)"
_SET_MARK = f"INSERT INTO {MARK_TABLE} (source, started_at) VALUES ({{}}, {{}})"
_DROP_MARK = f"DROP TABLE {MARK_TABLE}"

# SQLite-only: the catalogue.
_SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
# SQLite-only: posts.clean_stored holds the clean text only where it differs from the raw
# text (migration 0017); a copy reads and writes the clean text whole, as posts.clean_text
# (generated) reads it and as PostgreSQL stores it, so both sides compare the same values.
_STORED_AS = {("posts", "clean_stored"): "clean_text"}
_WRITTEN_AS = {("posts", "clean_text"): "clean_stored"}
# SQLite-only: derived from a row's other columns and kept by the archive's triggers
# (posts.clean_length, migration 0028): neither read nor written by a copy.
_DERIVED = {("posts", "clean_length")}
# PostgreSQL-only: the catalogue (generated columns are left out: the engine makes them).
_PG_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
_PG_COLUMNS = (
    "SELECT column_name, data_type FROM information_schema.columns"
    " WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'"
    " ORDER BY ordinal_position"
)
# Identity columns' sequences moved past the copied ids, so the next post gets a new one.
_PG_MOVE_SEQUENCE = (
    "SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
)
_PG_IDENTITY_TABLES = (
    "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
    " AND column_name = 'id' AND is_identity = 'YES'"
)
# PostgreSQL-only: a column type asyncpg's binary COPY cannot encode goes through a staging
# table as text, then is cast on the way in.
_PG_CAST_TYPES = {"regconfig"}


class SqliteSide:
    """A SQLite archive: reads on its reading connection, writes in its transactions."""

    engine = "sqlite"

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.location = str(conn.path.resolve())

    async def tables(self) -> set[str]:
        return {name for (name,) in await self.conn.read_all(_SQLITE_TABLES)}

    async def columns(self, table: str) -> list[str]:
        rows = await self.conn.read_all(f"SELECT name FROM pragma_table_info('{table}')")
        return [
            _STORED_AS.get((table, name), name) for (name,) in rows if (table, name) not in _DERIVED
        ]

    async def count(self, table: str) -> int:
        row = await self.conn.read_one(f"SELECT count(*) FROM {table}")
        return int(row[0])

    async def read(
        self, table: str, columns: Sequence[str], keys: Sequence[str], after: Row | None, n: int
    ) -> list[Row]:
        """Up to ``n`` rows after the key ``after`` (None: from the first), in key order."""
        where = ""
        params: list[Any] = []
        if after is not None:
            where = f" WHERE ({', '.join(keys)}) > ({', '.join('?' * len(keys))})"
            params = list(after)
        sql = f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY {', '.join(keys)} LIMIT ?"
        return [tuple(r) for r in await self.conn.read_all(sql, [*params, n])]

    async def last_key(self, table: str, keys: Sequence[str]) -> Row | None:
        order = ", ".join(f"{k} DESC" for k in keys)
        row = await self.conn.read_one(f"SELECT {', '.join(keys)} FROM {table} ORDER BY {order}")
        return tuple(row) if row is not None else None

    async def write(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Insert ``rows`` in one transaction; posts with their rows of the full-text index
        (their word forms computed here, as ingest does: index_writes.py)."""
        indexed = _index_rows(table, columns, rows)
        rows, columns = _as_stored(table, columns, rows)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        try:
            async with self.conn.transaction():
                await self.conn.db.executemany(sql, rows)
                await self.conn.db.executemany(INDEX, indexed)
        except sqlite3.IntegrityError as e:
            raise InputError(f"cannot copy the table {table} into {self.location}: {e}") from None

    async def update(self, sql: str, rows: Sequence[Row]) -> None:
        async with self.conn.transaction():
            await self.conn.db.executemany(sql.replace("$1", "?").replace("$2", "?"), rows)

    async def hold(self) -> bool:
        """True: a SQLite target is held by its file, from before it was opened
        (:func:`.copy_lock.held_file`, taken by ``tg-archiver copy``)."""
        return True

    async def read_mark(self) -> str | None:
        if MARK_TABLE not in await self.tables():
            return None
        row = await self.conn.read_one(READ_MARK)
        return str(row[0]) if row is not None else ""

    async def set_mark(self, source: str) -> None:
        async with self.conn.transaction():
            await self.conn.db.execute(_MAKE_MARK)
            await self.conn.db.execute(_SET_MARK.format("?", "?"), (source, ts(datetime.now(UTC))))

    async def finish(self) -> None:
        """Drop the mark: the copy is whole. SQLite's ids need nothing (its writer counts
        from the largest stored)."""
        async with self.conn.transaction():
            await self.conn.db.execute(_DROP_MARK)


def _index_rows(table: str, columns: Sequence[str], rows: Sequence[Row]) -> list[Row]:
    """The full-text index's rows of ``rows`` when they are posts, else none."""
    if table != "posts":
        return []
    at = {c: i for i, c in enumerate(columns)}
    return index_rows((r[at["id"]], r[at["title"]], r[at["clean_text"]]) for r in rows)


def _as_stored(
    table: str, columns: Sequence[str], rows: Sequence[Row]
) -> tuple[Sequence[Row], list[str]]:
    """The rows and columns as the SQLite table stores them: a post's clean text written to
    ``clean_stored``, NULL where it is the raw text."""
    stored = [_WRITTEN_AS.get((table, c), c) for c in columns]
    if stored == list(columns):
        return rows, stored
    clean, raw = list(columns).index("clean_text"), list(columns).index("raw_text")
    return [(*r[:clean], stored_clean(r[raw], r[clean]), *r[clean + 1 :]) for r in rows], stored


class PgSide:
    """A PostgreSQL archive: reads on a pooled connection, writes by ``COPY`` in the writing
    connection's transactions."""

    engine = "postgresql"

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn
        self.location = conn.location
        self._types: dict[str, dict[str, str]] = {}

    async def tables(self) -> set[str]:
        return {name for (name,) in await self.conn.read_all(_PG_TABLES)}

    async def columns(self, table: str) -> list[str]:
        rows = await self.conn.read_all(_PG_COLUMNS, [table])
        self._types[table] = {name: kind for name, kind in rows}
        return [name for name, _ in rows]

    async def count(self, table: str) -> int:
        return int((await self.conn.read_one(f"SELECT count(*) FROM {table}"))[0])

    def _ordered(self, table: str, keys: Sequence[str]) -> list[str]:
        """The key columns as ordered here: text byte by byte, as SQLite orders it."""
        types = self._types.get(table) or {}
        return [f'{k} COLLATE "C"' if types.get(k) == "text" else k for k in keys]

    async def read(
        self, table: str, columns: Sequence[str], keys: Sequence[str], after: Row | None, n: int
    ) -> list[Row]:
        ordered = self._ordered(table, keys)
        where = ""
        params: list[Any] = []
        if after is not None:
            marks = ", ".join(f"${i}" for i in range(1, len(keys) + 1))
            where = f" WHERE ({', '.join(ordered)}) > ({marks})"
            params = list(after)
        sql = (
            f"SELECT {', '.join(columns)} FROM {table}{where}"
            f" ORDER BY {', '.join(ordered)} LIMIT ${len(params) + 1}"
        )
        return [tuple(r) for r in await self.conn.read_all(sql, [*params, n])]

    async def last_key(self, table: str, keys: Sequence[str]) -> Row | None:
        order = ", ".join(f"{k} DESC" for k in self._ordered(table, keys))
        row = await self.conn.read_one(
            f"SELECT {', '.join(keys)} FROM {table} ORDER BY {order} LIMIT 1"
        )
        return tuple(row) if row is not None else None

    async def write(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """``COPY`` ``rows`` in, in one transaction; through a temporary staging table when
        a column's type has no binary encoder (``posts.search_config``)."""
        import asyncpg

        types = self._types.get(table) or {}
        cast = [c for c in columns if types.get(c) in _PG_CAST_TYPES]
        try:
            async with self.conn.transaction():
                db = self.conn.db
                if not cast:
                    await db.copy_records_to_table(table, records=rows, columns=list(columns))
                    return
                stage = f"copy_stage_{table}"
                as_text = ", ".join(f"{c}::text AS {c}" if c in cast else c for c in columns)
                await db.execute(
                    f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DELETE ROWS"
                    f" AS SELECT {as_text} FROM {table} WITH NO DATA"
                )
                await db.copy_records_to_table(stage, records=rows, columns=list(columns))
                back = ", ".join(f"{c}::{types[c]}" if c in cast else c for c in columns)
                await db.execute(
                    f"INSERT INTO {table} ({', '.join(columns)}) SELECT {back} FROM {stage}"
                )
        except (asyncpg.DataError, asyncpg.IntegrityConstraintViolationError) as e:
            raise InputError(f"cannot copy the table {table} into {self.location}: {e}") from None

    async def update(self, sql: str, rows: Sequence[Row]) -> None:
        async with self.conn.transaction():
            await self.conn.db.executemany(sql, rows)

    async def hold(self) -> bool:
        """Hold the target for this copy while the connection lives (:mod:`.copy_lock`);
        False when another copy holds it."""
        return bool(await self.conn.db.fetchval(PG_HOLD))

    async def read_mark(self) -> str | None:
        if MARK_TABLE not in await self.tables():
            return None
        row = await self.conn.read_one(READ_MARK)
        return str(row[0]) if row is not None else ""

    async def set_mark(self, source: str) -> None:
        async with self.conn.transaction():
            await self.conn.db.execute(_MAKE_MARK)
            await self.conn.db.execute(_SET_MARK.format("$1", "$2"), source, ts(datetime.now(UTC)))

    async def finish(self) -> None:
        """Move each identity sequence past the copied ids, and drop the mark."""
        async with self.conn.transaction():
            for (table,) in await self.conn.fetchall(_PG_IDENTITY_TABLES):
                await self.conn.db.execute(_PG_MOVE_SEQUENCE.format(table=table), table)
            await self.conn.db.execute(_DROP_MARK)


Side = SqliteSide | PgSide


def side_of(conn: Connection | PgConnection) -> Side:
    return SqliteSide(conn) if isinstance(conn, Connection) else PgSide(conn)
