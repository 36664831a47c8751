"""Alerts in a PostgreSQL archive: the sibling of :mod:`.alerts`, with the same calls and rows.

The same exactly-once scheme and the same Python (:class:`~.alerts.AlertStore`, with this
engine's statements). What differs: ``$n`` parameters and ``greatest``; a saved search's
words are :mod:`.query_pg`'s tsquery; and, since several services may share one database,
a check takes the alert's row lock (``FOR UPDATE``) and reads its cursor again under it, so
two services checking the same alert at once record its matches once, the second finding
the cursor already past them.

Known limit with several writing services: the cursor is a post id, and ids are reserved
from a sequence before the posts commit, so a post whose transaction commits after a later
id's was looked past may not alert (one service writes in id order: not affected).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.alerts import (
    MATCHES_PER_CHECK,
    SQLITE_SQL,
    Alert,
    AlertSql,
    AlertStore,
    PendingAlert,
    merged,
)
from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.query_pg import match_sql
from tg_archiver.archive.store.records import ExportFilter
from tg_archiver.archive.store.rows import export_row
from tg_archiver.archive.store.rows_pg import ROW_COLUMNS, filter_sql

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store

PG_SQL = AlertSql(
    select_alerts=(
        "SELECT id, chat, query, origin, created_by, created_at, after_post FROM alerts"
        ' ORDER BY chat COLLATE "C", id'
    ),
    count_of_chat="SELECT count(*) FROM alerts WHERE chat = $1",
    insert_alert=(
        "INSERT INTO alerts (chat, query, origin, created_by, created_at, after_post)"
        " VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(id), 0) FROM posts))"
        " ON CONFLICT (chat, query) DO NOTHING"
    ),
    delete_alert="DELETE FROM alerts WHERE id = $1",
    config_alerts=SQLITE_SQL.config_alerts,
    max_post=SQLITE_SQL.max_post,
    record_send=(
        "INSERT INTO alert_sends (alert_id, post_id, message) VALUES ($1, $2, $3)"
        " ON CONFLICT (alert_id, post_id) DO NOTHING"
    ),
    advance="UPDATE alerts SET after_post = greatest(after_post, $1) WHERE id = $2",
    unsent=SQLITE_SQL.unsent,
    mark_sent=(
        "UPDATE alert_sends SET sent_at = $1, message_id = $2 WHERE alert_id = $3 AND post_id = $4"
    ),
)
_LOCK_ALERT = "SELECT after_post FROM alerts WHERE id = $1 FOR UPDATE"
_NEW_MATCHES = (
    f"SELECT {ROW_COLUMNS} FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.id > $1 AND posts.id <= $2 {match} {where} ORDER BY posts.id LIMIT {limit}"
)


class PgAlertStore(AlertStore):
    """Alerts on a PostgreSQL archive; ``store`` is the :class:`~archive.store.Store`, whose
    transactions the changes run in."""

    sql = PG_SQL

    async def _new_matches_pg(self, query: SearchQuery, after: int, upto: int) -> list[ExportRow]:
        """The first MATCHES_PER_CHECK posts after ``after`` up to ``upto`` that match
        ``query`` and are not copies, oldest first."""
        args: list[Any] = [after, upto]
        where = filter_sql(ExportFilter.of(query, include_duplicates=False), args)
        match = match_sql(query, args)
        args.append(MATCHES_PER_CHECK)
        sql = _NEW_MATCHES.format(
            match=f"AND {match}" if match else "", where=where, limit=f"${len(args)}"
        )
        return [export_row(r) for r in await self._conn.fetchall(sql, args)]

    def __init__(self, store: Store, conn: PgConnection) -> None:
        super().__init__(store, conn)
        self._pg = conn

    async def _execute(self, sql: str, params: Sequence[Any]) -> int:
        status = await self._pg.db.execute(sql, *params)  # "INSERT 0 1", "UPDATE 2", ...
        return int(status.rsplit(" ", 1)[-1])

    async def take_matches(
        self,
        alert: Alert,
        queries: Sequence[SearchQuery],
        compose: Callable[[ExportRow], str],
    ) -> list[PendingAlert]:
        """Record the alert's messages for the posts stored since it last looked that match
        any of ``queries`` and are not copies; move its cursor past them. Under the alert's
        row lock: a second service checking it at once waits, then finds nothing new."""
        (upto,) = await self._conn.read_one(self.sql.max_post)
        if upto <= alert.after_post:
            return []
        async with self.store.transaction():
            row = await self._conn.fetchone(_LOCK_ALERT, (alert.id,))
            if row is None or upto <= row[0]:
                return []  # removed meanwhile, or another service looked already
            found = [await self._new_matches_pg(q, int(row[0]), int(upto)) for q in queries]
            matches, upto = merged(found, upto)
            pending = [PendingAlert(alert.id, alert.chat, r.id, compose(r)) for r in matches]
            await self._record(pending, upto, alert.id)
        return pending
