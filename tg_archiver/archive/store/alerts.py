"""Alerts in the archive: which chats watch which searches, and what each was sent.

A part of the store kept in its own module (the store is due to be split into such parts):
it works on an open :class:`~archive.store.Store`, through its write connection for changes
(in the store's transactions) and its read connection for matching, so a match never sees a
half-written batch.

Exactly once, as digests: :meth:`AlertStore.take_matches` records each new matching post's
message (and moves the alert's cursor past every post it looked at) in one transaction,
before anything is sent; :meth:`AlertStore.mark_sent` records Telegram's answer. What is
recorded and not marked is sent again after a restart, with the same text and the same key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store import ExportFilter, Store, parse_ts, ts
from tg_archiver.archive.store.rows import ROW_COLUMNS, export_row, filter_sql

__all__ = ["Alert", "AlertSql", "AlertStore", "PendingAlert", "alert_store"]

MAX_ALERTS_PER_CHAT = 20
MATCHES_PER_CHECK = 50  # posts one check sends at most per alert; the rest wait for the next


class Reads(Protocol):
    """What the alerts read through, on either engine's connection: ``fetch*`` in the
    store's transaction, ``read_*`` committed data only."""

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...
    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any: ...
    async def read_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...
    async def read_one(self, sql: str, params: Sequence[Any] = ()) -> Any: ...


@dataclass(frozen=True, slots=True)
class AlertSql:
    """The statements of :class:`AlertStore`, in one engine's dialect (parameters as
    placeholders in order: ``?`` on SQLite, ``$n`` on PostgreSQL)."""

    select_alerts: str
    count_of_chat: str
    insert_alert: str  # chat, query, origin, created_by, created_at
    delete_alert: str
    config_alerts: str
    max_post: str
    record_send: str  # alert_id, post_id, message
    advance: str  # upto, alert id
    unsent: str
    mark_sent: str  # sent_at, message_id, alert_id, post_id


_UNSENT = (
    "SELECT alert_sends.alert_id, alerts.chat, alert_sends.post_id, alert_sends.message"
    " FROM alert_sends JOIN alerts ON alerts.id = alert_sends.alert_id"
    " WHERE alert_sends.sent_at IS NULL ORDER BY alert_sends.alert_id, alert_sends.post_id"
)
SQLITE_SQL = AlertSql(
    select_alerts=(
        "SELECT id, chat, query, origin, created_by, created_at, after_post FROM alerts"
        " ORDER BY chat, id"
    ),
    count_of_chat="SELECT count(*) FROM alerts WHERE chat = ?",
    insert_alert=(
        "INSERT INTO alerts (chat, query, origin, created_by, created_at, after_post)"
        " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM posts))"
        " ON CONFLICT (chat, query) DO NOTHING"
    ),
    delete_alert="DELETE FROM alerts WHERE id = ?",
    config_alerts="SELECT id, chat, query FROM alerts WHERE origin = 'config'",
    max_post="SELECT coalesce(max(id), 0) FROM posts",
    record_send=(
        "INSERT INTO alert_sends (alert_id, post_id, message) VALUES (?, ?, ?)"
        " ON CONFLICT (alert_id, post_id) DO NOTHING"
    ),
    advance="UPDATE alerts SET after_post = max(after_post, ?) WHERE id = ?",
    unsent=_UNSENT,
    mark_sent=(
        "UPDATE alert_sends SET sent_at = ?, message_id = ? WHERE alert_id = ? AND post_id = ?"
    ),
)


@dataclass(frozen=True, slots=True)
class Alert:
    id: int
    chat: str
    query: str  # as typed
    origin: str  # "chat" (/alert) or "config" ([[alerts]])
    created_by: int | None
    created_at: datetime
    after_post: int


@dataclass(frozen=True, slots=True)
class PendingAlert:
    """A recorded alert message not yet accepted by Telegram."""

    alert_id: int
    chat: str
    post_id: int
    message: str

    @property
    def key(self) -> str:
        """Names the message for its random_id: the same on every try."""
        return f"alert|{self.alert_id}|{self.post_id}"


class AlertStore:
    """Alerts on an SQLite archive; :mod:`.alerts_pg`'s subclass runs the same calls on
    PostgreSQL with its own statements (``sql``), ``_execute`` and ``take_matches``."""

    sql = SQLITE_SQL

    def __init__(self, store: Store, conn: Reads | None = None) -> None:
        self.store = store
        self._conn: Reads = store.conn if conn is None else conn

    async def _execute(self, sql: str, params: Sequence[Any]) -> int:
        """Run a change in the store's transaction; the number of rows it changed."""
        cursor = await self.store.conn.db.execute(sql, params)
        return int(cursor.rowcount)

    async def alerts(self, chat: str | None = None) -> list[Alert]:
        """Every alert (of ``chat``, if given), by chat then age."""
        rows = await self._conn.read_all(self.sql.select_alerts)
        alerts = [
            Alert(int(i), c, q, o, None if by is None else int(by), parse_ts(at), int(after))
            for i, c, q, o, by, at, after in rows
        ]
        return [a for a in alerts if chat is None or a.chat == chat]

    async def add(
        self, chat: str, query: str, *, now: datetime, created_by: int | None = None
    ) -> bool:
        """A chat's alert on ``query`` from now on; False if the chat already has it."""
        async with self.store.transaction():
            (count,) = await self._conn.fetchone(self.sql.count_of_chat, (chat,))
            if count >= MAX_ALERTS_PER_CHAT:
                raise InputError(f"a chat has at most {MAX_ALERTS_PER_CHAT} alerts")
            added = await self._execute(
                self.sql.insert_alert, (chat, query, "chat", created_by, ts(now))
            )
            return added == 1

    async def remove(self, chat: str, which: str) -> Alert | None:
        """Remove the chat's alert numbered ``which`` (as /alerts lists it) or on that query."""
        mine = await self.alerts(chat)
        target = next((a for a in mine if a.query == which.strip()), None)
        if target is None and re.fullmatch(r"[0-9]+", which.strip()):
            n = int(which)
            target = mine[n - 1] if 1 <= n <= len(mine) else None
        if target is None:
            return None
        async with self.store.transaction():
            await self._execute(self.sql.delete_alert, (target.id,))
        return target

    async def sync_config(self, wanted: Sequence[tuple[str, str]], *, now: datetime) -> None:
        """Make the config's alerts ([[alerts]]: chat, query) exactly those of origin config.

        An alert the config names and a chat made too stays as the chat's."""
        want = set(wanted)
        async with self.store.transaction():
            for i, chat, query in await self._conn.fetchall(self.sql.config_alerts):
                if (chat, query) not in want:
                    await self._execute(self.sql.delete_alert, (i,))
            for chat, query in wanted:
                await self._execute(self.sql.insert_alert, (chat, query, "config", None, ts(now)))

    async def take_matches(
        self,
        alert: Alert,
        queries: Sequence[SearchQuery],
        compose: Callable[[ExportRow], str],
    ) -> list[PendingAlert]:
        """Record the alert's messages for the posts stored since it last looked that match
        any of ``queries`` (its search, and the search as the other script writes it:
        store/both_scripts.py) and are not copies (a story is told once); move its cursor
        past them."""
        (upto,) = await self._conn.read_one(self.sql.max_post)
        if upto <= alert.after_post:
            return []
        found = [await self._new_matches(q, alert.after_post, upto) for q in queries]
        matches, upto = merged(found, upto)
        pending = [PendingAlert(alert.id, alert.chat, r.id, compose(r)) for r in matches]
        async with self.store.transaction():
            await self._record(pending, upto, alert.id)
        return pending

    async def _new_matches(self, query: SearchQuery, after: int, upto: int) -> list[ExportRow]:
        """The first MATCHES_PER_CHECK posts after ``after`` up to ``upto`` that match
        ``query`` and are not copies, oldest first."""
        where, params = filter_sql(ExportFilter.of(query, include_duplicates=False))
        base = (
            f"SELECT {ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
            " WHERE posts.id > ? AND posts.id <= ?"
        )
        if query.match is not None:
            sql = f"{base} AND posts.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)"
            values = [after, upto, query.match, *params]
        else:
            sql, values = base, [after, upto, *params]
        rows = await self._conn.read_all(
            f"{sql} {where} ORDER BY posts.id LIMIT ?", (*values, MATCHES_PER_CHECK)
        )
        return [export_row(r) for r in rows]

    async def _record(self, pending: Sequence[PendingAlert], upto: int, alert_id: int) -> None:
        """In the caller's transaction: each message recorded, the cursor moved to ``upto``."""
        for p in pending:
            await self._execute(self.sql.record_send, (p.alert_id, p.post_id, p.message))
        await self._execute(self.sql.advance, (upto, alert_id))

    async def unsent(self) -> list[PendingAlert]:
        """Recorded messages Telegram has not accepted yet (a crash, a fault), oldest first."""
        rows = await self._conn.read_all(self.sql.unsent)
        return [PendingAlert(int(a), c, int(p), m) for a, c, p, m in rows]

    async def mark_sent(self, pending: PendingAlert, message_id: int | None, now: datetime) -> None:
        async with self.store.transaction():
            await self._execute(
                self.sql.mark_sent, (ts(now), message_id, pending.alert_id, pending.post_id)
            )


def merged(found: Sequence[list[ExportRow]], upto: int) -> tuple[list[ExportRow], int]:
    """The posts of each query's first matches (``found``, oldest first, each at most
    MATCHES_PER_CHECK) as one list, oldest first, a post once, and where the alert's cursor
    moves: ``upto``, or the last post a query that filled its share returned, when one did
    (the rest on the next check: a post after it another query found waits too)."""
    full = [rows[-1].id for rows in found if len(rows) == MATCHES_PER_CHECK]
    if full:
        upto = min(full)
    posts = {r.id: r for rows in found for r in rows if r.id <= upto}
    return [posts[i] for i in sorted(posts)], upto


def alert_store(store: Store) -> AlertStore:
    """The alerts of ``store`` on its engine: this module's on SQLite, :mod:`.alerts_pg`'s
    (the same calls) on PostgreSQL."""
    if store.engine == "postgresql":
        from tg_archiver.archive.store.alerts_pg import PgAlertStore
        from tg_archiver.archive.store.connection_pg import PgConnection

        assert isinstance(store._engine, PgConnection)
        return PgAlertStore(store, store._engine)
    return AlertStore(store)
