"""Service state on PostgreSQL: feeds, imported files, subscriptions, digest deliveries.

The sibling of :mod:`.state`: the same Python (:class:`~.state.ServiceState`) with this
engine's statements. They differ in their ``$n`` parameters, a numeric test instead of
SQLite's soft ``CAST``, arrays for lists, and what several service instances against one
database need, which one SQLite file never had:

- a digest part is sent exactly once: :meth:`PgServiceState.delivery_claim` takes a session
  advisory lock on (digest, chat) for the whole of a delivery (resume, window, compose, send,
  record), so a second instance finds it taken and leaves that chat to the first; the server
  drops the lock with the connection, so an instance that dies frees it for the next;
- the progress of a delivery is advanced under ``SELECT ... FOR UPDATE`` (a part out of order
  is refused, as on SQLite);
- a chat's subscriptions are changed under an advisory lock on the chat, so two instances
  adding the same topic at once store it once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.state import (
    DELIVERIES,
    FEED_COLUMNS,
    FEED_UPDATE,
    FILE_COLUMNS,
    FILE_UPDATE,
    SUBSCRIPTION_COLUMNS,
    ServiceState,
    StateSql,
)

_NUMERIC_ID = "CASE WHEN posts.external_id ~ '^[0-9]{1,18}$' THEN posts.external_id::bigint END"
_DELIVERY = "digest = $1 AND chat = $2"
PG_SQL = StateSql(
    last_external_id=(
        f"SELECT max({_NUMERIC_ID}) FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = $1 AND sources.key = $2"
    ),
    stored_between=(
        f"SELECT external_id FROM (SELECT posts.external_id, {_NUMERIC_ID} AS n FROM posts"
        " JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = $1 AND sources.key = $2 AND posts.deleted_at IS NULL) AS numbered"
        " WHERE n > $3 AND n <= $4 ORDER BY n"
    ),
    mark_deleted=(
        "UPDATE posts SET deleted_at = $1 WHERE deleted_at IS NULL"
        " AND external_id = ANY($2::text[])"
        " AND source_id = (SELECT id FROM sources WHERE kind = $3 AND key = $4)"
    ),
    feed_state=f"SELECT {FEED_COLUMNS} FROM feed_state WHERE url = $1",
    save_feed_state=(
        f"INSERT INTO feed_state ({FEED_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        + FEED_UPDATE
    ),
    imported_file=f"SELECT {FILE_COLUMNS} FROM imported_files WHERE path = $1",
    record_file=(
        "INSERT INTO imported_files (path, size, mtime_ns, imported_at, awaited_media,"
        " last_post) VALUES ($1, $2, $3, $4, $5, $6)" + FILE_UPDATE
    ),
    post_text=(
        "SELECT posts.raw_text FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = $1 AND sources.key = $2 AND posts.external_id = $3"
    ),
    rekey_post=(
        "UPDATE posts SET external_id = $1"
        " WHERE source_id = (SELECT id FROM sources WHERE kind = $2 AND key = $3)"
        " AND external_id = $4 AND NOT EXISTS (SELECT 1 FROM posts AS other"
        " WHERE other.source_id = posts.source_id AND other.external_id = $1)"
    ),
    lock_chat="SELECT pg_advisory_xact_lock(hashtextextended('subscriptions|' || $1::bigint, 0))",
    chat_topics="SELECT id, topic FROM subscriptions WHERE chat_id = $1",
    insert_subscription=(
        "INSERT INTO subscriptions (topic, schedule_kind, weekday, time, timezone,"
        " created_by, created_at, chat_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    ),
    update_subscription=(
        "UPDATE subscriptions SET topic = $1, schedule_kind = $2, weekday = $3, time = $4,"
        " timezone = $5, created_by = $6, created_at = $7 WHERE id = $8"
    ),
    delete_subscriptions="DELETE FROM subscriptions WHERE id = ANY($1::bigint[])",
    subscriptions=(
        f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions"
        " WHERE $1::bigint IS NULL OR chat_id = $1 ORDER BY chat_id, lower(topic)"
    ),
    last_delivery_end=f"SELECT max(period_end) FROM digest_deliveries WHERE {_DELIVERY}",
    begin_delivery=(
        "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
        " sent_parts, messages, message_ids, started_at) VALUES ($1, $2, $3, $4, $5, 0, $6,"
        " '[]', $7) ON CONFLICT (digest, chat, period_end) DO NOTHING"
    ),
    delivery_progress=(
        "SELECT sent_parts, message_ids FROM digest_deliveries"
        f" WHERE {_DELIVERY} AND period_end = $3 FOR UPDATE"
    ),
    advance_delivery=(
        "UPDATE digest_deliveries SET sent_parts = $1, message_ids = $2"
        " WHERE digest = $3 AND chat = $4 AND period_end = $5"
    ),
    finish_delivery=(
        "UPDATE digest_deliveries SET finished_at = $1"
        " WHERE digest = $2 AND chat = $3 AND period_end = $4 AND finished_at IS NULL"
    ),
    the_delivery=DELIVERIES.format(where=f"{_DELIVERY} AND period_end = $3"),
    unfinished=DELIVERIES.format(where=f"{_DELIVERY} AND finished_at IS NULL"),
)
# Held by the instance delivering a digest to a chat, for the whole delivery.
_TRY_CLAIM = "SELECT pg_try_advisory_lock(hashtextextended($1, 0))"
_CLAIM = "SELECT pg_advisory_lock(hashtextextended($1, 0))"
_RELEASE_CLAIM = "SELECT pg_advisory_unlock(hashtextextended($1, 0))"


class PgServiceState(ServiceState):
    """What the service and importers remember, on the writing connection of ``conn``."""

    sql = PG_SQL

    def __init__(self, conn: PgConnection) -> None:
        super().__init__(conn)
        self._pg = conn

    async def _execute(self, sql: str, params: Sequence[Any]) -> int:
        status = await self._pg.db.execute(sql, *params)  # "UPDATE 3", "INSERT 0 1", "SELECT 1"
        return int(status.rsplit(" ", 1)[-1])

    def _list(self, values: Iterable[Any]) -> Any:
        return list(values)

    @asynccontextmanager
    async def delivery_claim(
        self, digest: str, chat: str, *, wait: bool = False
    ) -> AsyncIterator[bool]:
        """Whether this instance may deliver ``digest`` to ``chat`` now: True while it holds
        the claim (to the end of the block), False when another instance holds it; with
        ``wait``, True once the other gives it up."""
        key = f"digest|{digest}|{chat}"
        async with self._pg.pool.acquire() as holder:
            if wait:
                await holder.fetchval(_CLAIM, key)
                mine = True
            else:
                mine = bool(await holder.fetchval(_TRY_CLAIM, key))
            try:
                yield mine
            finally:
                if mine:
                    await holder.fetchval(_RELEASE_CLAIM, key)
