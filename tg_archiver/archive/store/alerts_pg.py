"""Alerts in a PostgreSQL archive: the sibling of :mod:`.alerts`, with the same calls and rows.

The same exactly-once scheme: :meth:`PgAlertStore.take_matches` records each new matching
post's message and moves the alert's cursor past what it looked at, in one transaction,
before anything is sent; :meth:`PgAlertStore.mark_sent` records Telegram's answer. What
differs: ``$n`` parameters and ``greatest``; a saved search's words are :mod:`.query_pg`'s
tsquery; and, since several services may share one database, a check takes the alert's row
lock (``FOR UPDATE``) and reads its cursor again under it, so two services checking the same
alert at once record its matches once, the second finding the cursor already past them.

Known limit with several writing services: the cursor is a post id, and ids are reserved
from a sequence before the posts commit, so a post whose transaction commits after a later
id's was looked past may not alert (one service writes in id order: not affected).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.alerts import MATCHES_PER_CHECK, MAX_ALERTS_PER_CHAT, Alert
from tg_archiver.archive.store.alerts import PendingAlert as PendingAlert
from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.query_pg import match_sql
from tg_archiver.archive.store.records import ExportFilter, parse_ts, ts
from tg_archiver.archive.store.rows import export_row
from tg_archiver.archive.store.rows_pg import ROW_COLUMNS, filter_sql

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store

_SELECT_ALERTS = (
    "SELECT id, chat, query, origin, created_by, created_at, after_post FROM alerts"
    ' ORDER BY chat COLLATE "C", id'
)
_COUNT_OF_CHAT = "SELECT count(*) FROM alerts WHERE chat = $1"
_INSERT_ALERT = (
    "INSERT INTO alerts (chat, query, origin, created_by, created_at, after_post)"
    " VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(id), 0) FROM posts))"
    " ON CONFLICT (chat, query) DO NOTHING"
)
_DELETE_ALERT = "DELETE FROM alerts WHERE id = $1"
_CONFIG_ALERTS = "SELECT id, chat, query FROM alerts WHERE origin = 'config'"
_MAX_POST = "SELECT coalesce(max(id), 0) FROM posts"
_LOCK_ALERT = "SELECT after_post FROM alerts WHERE id = $1 FOR UPDATE"
_RECORD_SEND = (
    "INSERT INTO alert_sends (alert_id, post_id, message) VALUES ($1, $2, $3)"
    " ON CONFLICT (alert_id, post_id) DO NOTHING"
)
_ADVANCE = "UPDATE alerts SET after_post = greatest(after_post, $1) WHERE id = $2"
_UNSENT = (
    "SELECT alert_sends.alert_id, alerts.chat, alert_sends.post_id, alert_sends.message"
    " FROM alert_sends JOIN alerts ON alerts.id = alert_sends.alert_id"
    " WHERE alert_sends.sent_at IS NULL ORDER BY alert_sends.alert_id, alert_sends.post_id"
)
_MARK_SENT = (
    "UPDATE alert_sends SET sent_at = $1, message_id = $2 WHERE alert_id = $3 AND post_id = $4"
)
_NEW_MATCHES = (
    f"SELECT {ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.id > $1 AND posts.id <= $2 {match} {where} ORDER BY posts.id LIMIT {limit}"
)


class PgAlertStore:
    """Alerts on a PostgreSQL archive; ``store`` is the :class:`~archive.store.Store`, whose
    transactions the changes run in."""

    def __init__(self, store: Store, conn: PgConnection) -> None:
        self.store = store
        self._conn = conn

    async def alerts(self, chat: str | None = None) -> list[Alert]:
        """Every alert (of ``chat``, if given), by chat then age."""
        rows = await self._conn.read_all(_SELECT_ALERTS)
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
            (count,) = await self._conn.fetchone(_COUNT_OF_CHAT, (chat,))
            if count >= MAX_ALERTS_PER_CHAT:
                raise InputError(f"a chat has at most {MAX_ALERTS_PER_CHAT} alerts")
            status = await self._conn.db.execute(
                _INSERT_ALERT, chat, query, "chat", created_by, ts(now)
            )
            return bool(status == "INSERT 0 1")

    async def remove(self, chat: str, which: str) -> Alert | None:
        """Remove the chat's alert numbered ``which`` (as /alerts lists it) or on that query."""
        mine = await self.alerts(chat)
        target = next((a for a in mine if a.query == which.strip()), None)
        if target is None and which.strip().isdigit():
            n = int(which)
            target = mine[n - 1] if 1 <= n <= len(mine) else None
        if target is None:
            return None
        async with self.store.transaction():
            await self._conn.db.execute(_DELETE_ALERT, target.id)
        return target

    async def sync_config(self, wanted: Sequence[tuple[str, str]], *, now: datetime) -> None:
        """Make the config's alerts ([[alerts]]: chat, query) exactly those of origin config."""
        want = set(wanted)
        async with self.store.transaction():
            for i, chat, query in await self._conn.fetchall(_CONFIG_ALERTS):
                if (chat, query) not in want:
                    await self._conn.db.execute(_DELETE_ALERT, i)
            for chat, query in wanted:
                await self._conn.db.execute(_INSERT_ALERT, chat, query, "config", None, ts(now))

    async def take_matches(
        self,
        alert: Alert,
        query: SearchQuery,
        compose: Callable[[ExportRow], str],
    ) -> list[PendingAlert]:
        """Record the alert's messages for the posts stored since it last looked that match
        ``query`` and are not copies; move its cursor past them. Under the alert's row lock:
        a second service checking it at once waits, then finds nothing new."""
        (upto,) = await self._conn.read_one(_MAX_POST)
        if upto <= alert.after_post:
            return []
        async with self.store.transaction():
            row = await self._conn.fetchone(_LOCK_ALERT, (alert.id,))
            if row is None or upto <= row[0]:
                return []  # removed meanwhile, or another service looked already
            args: list[Any] = [int(row[0]), int(upto)]
            where = filter_sql(ExportFilter.of(query, include_duplicates=False), args)
            match = match_sql(query, args)
            args.append(MATCHES_PER_CHECK)
            sql = _NEW_MATCHES.format(
                match=f"AND {match}" if match else "", where=where, limit=f"${len(args)}"
            )
            matches = [export_row(r) for r in await self._conn.fetchall(sql, args)]
            if len(matches) == MATCHES_PER_CHECK:
                upto = matches[-1].id  # the rest on the next check
            pending = [PendingAlert(alert.id, alert.chat, r.id, compose(r)) for r in matches]
            for p in pending:
                await self._conn.db.execute(_RECORD_SEND, p.alert_id, p.post_id, p.message)
            await self._conn.db.execute(_ADVANCE, upto, alert.id)
        return pending

    async def unsent(self) -> list[PendingAlert]:
        """Recorded messages Telegram has not accepted yet (a crash, a fault), oldest first."""
        rows = await self._conn.read_all(_UNSENT)
        return [PendingAlert(int(a), c, int(p), m) for a, c, p, m in rows]

    async def mark_sent(self, pending: PendingAlert, message_id: int | None, now: datetime) -> None:
        async with self.store.transaction():
            await self._conn.db.execute(
                _MARK_SENT, ts(now), message_id, pending.alert_id, pending.post_id
            )
