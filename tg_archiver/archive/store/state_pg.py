"""Service state on PostgreSQL: feeds, imported files, subscriptions, digest deliveries.

The sibling of :mod:`.state`, with the same methods and meanings; the SQL differs in its
``$n`` parameters, a numeric test instead of SQLite's soft ``CAST``, and what several service
instances against one database need, which one SQLite file never had:

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

import json
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from tg_archiver.archive.redact import redact_url
from tg_archiver.archive.store.connection_pg import PgConnection
from tg_archiver.archive.store.records import Delivery, FeedState, parse_ts, ts
from tg_archiver.archive.store.state import _path_text
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key

_LAST_EXTERNAL_ID = (
    "SELECT max(CASE WHEN posts.external_id ~ '^[0-9]{1,18}$'"
    " THEN posts.external_id::bigint END) FROM posts"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = $1 AND sources.key = $2"
)
# The posts of one source in a stretch of ids, not marked deleted (a channel's recheck).
_STORED_BETWEEN = (
    "SELECT external_id FROM (SELECT posts.external_id, CASE WHEN posts.external_id"
    " ~ '^[0-9]{1,18}$' THEN posts.external_id::bigint END AS n FROM posts"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = $1 AND sources.key = $2 AND posts.deleted_at IS NULL) AS numbered"
    " WHERE n > $3 AND n <= $4 ORDER BY n"
)
_MARK_DELETED = (
    "UPDATE posts SET deleted_at = $1 WHERE deleted_at IS NULL AND external_id = ANY($2::text[])"
    " AND source_id = (SELECT id FROM sources WHERE kind = $3 AND key = $4)"
)
_FEED_STATE = (
    "SELECT url, etag, last_modified, last_polled_at, last_success_at, failures,"
    " last_error, disabled_at FROM feed_state WHERE url = $1"
)
_SAVE_FEED_STATE = (
    "INSERT INTO feed_state (url, etag, last_modified, last_polled_at, last_success_at,"
    " failures, last_error, disabled_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
    " last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,"
    " last_success_at = excluded.last_success_at, failures = excluded.failures,"
    " last_error = excluded.last_error, disabled_at = excluded.disabled_at"
)
_FILE_IMPORTED = "SELECT 1 FROM imported_files WHERE path = $1 AND size = $2 AND mtime_ns = $3"
_RECORD_FILE = (
    "INSERT INTO imported_files (path, size, mtime_ns, imported_at) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
    " mtime_ns = excluded.mtime_ns, imported_at = excluded.imported_at"
)
# A chat's subscriptions change one instance at a time (the key: the chat's id).
_LOCK_CHAT = "SELECT pg_advisory_xact_lock(hashtextextended('subscriptions|' || $1::bigint, 0))"
_CHAT_TOPICS = "SELECT id, topic FROM subscriptions WHERE chat_id = $1"
_INSERT_SUBSCRIPTION = (
    "INSERT INTO subscriptions (topic, schedule_kind, weekday, time, timezone,"
    " created_by, created_at, chat_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
)
_UPDATE_SUBSCRIPTION = (
    "UPDATE subscriptions SET topic = $1, schedule_kind = $2, weekday = $3, time = $4,"
    " timezone = $5, created_by = $6, created_at = $7 WHERE id = $8"
)
_DELETE_SUBSCRIPTIONS = "DELETE FROM subscriptions WHERE id = ANY($1::bigint[])"
_SUBSCRIPTIONS = (
    "SELECT id, chat_id, topic, schedule_kind, weekday, time, timezone, created_by,"
    " created_at FROM subscriptions WHERE $1::bigint IS NULL OR chat_id = $1"
    " ORDER BY chat_id, lower(topic)"
)
_LAST_DELIVERY_END = "SELECT max(period_end) FROM digest_deliveries WHERE digest = $1 AND chat = $2"
_BEGIN_DELIVERY = (
    "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
    " sent_parts, messages, message_ids, started_at) VALUES ($1, $2, $3, $4, $5, 0, $6,"
    " '[]', $7) ON CONFLICT (digest, chat, period_end) DO NOTHING"
)
_DELIVERY_PROGRESS = (
    "SELECT sent_parts, message_ids FROM digest_deliveries"
    " WHERE digest = $1 AND chat = $2 AND period_end = $3 FOR UPDATE"
)
_ADVANCE_DELIVERY = (
    "UPDATE digest_deliveries SET sent_parts = $1, message_ids = $2"
    " WHERE digest = $3 AND chat = $4 AND period_end = $5"
)
_FINISH_DELIVERY = (
    "UPDATE digest_deliveries SET finished_at = $1"
    " WHERE digest = $2 AND chat = $3 AND period_end = $4 AND finished_at IS NULL"
)
_DELIVERY_COLUMNS = (
    "SELECT digest, chat, period_start, period_end, sent_parts, messages, message_ids,"
    " finished_at FROM digest_deliveries"
)
_THE_DELIVERY = f"{_DELIVERY_COLUMNS} WHERE digest = $1 AND chat = $2 AND period_end = $3"
_UNFINISHED = (
    f"{_DELIVERY_COLUMNS} WHERE digest = $1 AND chat = $2 AND finished_at IS NULL"
    " ORDER BY period_end"
)
# Held by the instance delivering a digest to a chat, for the whole delivery.
_TRY_CLAIM = "SELECT pg_try_advisory_lock(hashtextextended($1, 0))"
_RELEASE_CLAIM = "SELECT pg_advisory_unlock(hashtextextended($1, 0))"


class PgServiceState:
    """What the service and importers remember, on the writing connection of ``conn``."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    async def last_external_id(self, kind: str, key: str) -> int | None:
        """The highest numeric post id stored for a source (where a Telegram backfill resumes)."""
        row = await self._conn.fetchone(_LAST_EXTERNAL_ID, (kind, key))
        return int(row[0]) if row and row[0] is not None else None

    async def stored_between(self, kind: str, key: str, after: int, upto: int) -> list[str]:
        """The numeric ids of a source's posts in ``(after, upto]`` not marked deleted, in
        order (what a channel's recheck revisits: :mod:`tg_archiver.bot.recheck`)."""
        rows = await self._conn.fetchall(_STORED_BETWEEN, (kind, key, after, upto))
        return [str(ext) for (ext,) in rows]

    async def mark_deleted(
        self, kind: str, key: str, external_ids: Iterable[str], *, when: datetime
    ) -> int:
        """Mark posts deleted at their source. They stay in the archive; returns how many."""
        status = await self._conn.db.execute(_MARK_DELETED, ts(when), list(external_ids), kind, key)
        return int(status.rsplit(" ", 1)[-1])  # "UPDATE n"

    async def feed_state(self, url: str) -> FeedState:
        """The polling state of the feed at ``url``, kept under its redacted URL."""
        url = redact_url(url)
        row = await self._conn.fetchone(_FEED_STATE, (url,))
        if row is None:
            return FeedState(url=url)
        return FeedState.from_row(row)

    async def save_feed_state(self, state: FeedState) -> None:
        await self._conn.db.execute(_SAVE_FEED_STATE, *state.params())

    async def file_imported(self, path: Path, size: int, mtime_ns: int) -> bool:
        """Whether this file, at this size and modification time, was imported already."""
        row = await self._conn.fetchone(_FILE_IMPORTED, (_path_text(path), size, mtime_ns))
        return row is not None

    async def record_file_imported(
        self, path: Path, size: int, mtime_ns: int, *, when: datetime
    ) -> None:
        await self._conn.db.execute(_RECORD_FILE, _path_text(path), size, mtime_ns, ts(when))

    # -- subscriptions (each in its own transaction) ------------------------------------------

    async def add_subscription(self, sub: Subscription) -> bool:
        """Store ``sub``; True if new, False if it replaced the chat's schedule for that topic.
        Topics compare as tags do (``tag_key``)."""
        async with self._conn.transaction():
            await self._conn.db.execute(_LOCK_CHAT, sub.chat_id)
            rows = await self._conn.fetchall(_CHAT_TOPICS, (sub.chat_id,))
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
                await self._conn.db.execute(_INSERT_SUBSCRIPTION, *values, sub.chat_id)
                return True
            await self._conn.db.execute(_UPDATE_SUBSCRIPTION, *values, existing)
            return False

    async def remove_subscription(self, chat_id: int, topic: str) -> bool:
        """Remove the chat's subscription to ``topic``; False if it had none."""
        async with self._conn.transaction():
            await self._conn.db.execute(_LOCK_CHAT, chat_id)
            rows = await self._conn.fetchall(_CHAT_TOPICS, (chat_id,))
            ids = [i for i, t in rows if tag_key(t) == tag_key(topic)]
            await self._conn.db.execute(_DELETE_SUBSCRIPTIONS, ids)
            return bool(ids)

    async def list_subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """A chat's subscriptions (every chat's with None), by chat then topic."""
        rows = await self._conn.fetchall(_SUBSCRIPTIONS, (chat_id,))
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

    # -- digest deliveries (each write in its own short transaction) --------------------------

    @asynccontextmanager
    async def delivery_claim(self, digest: str, chat: str) -> AsyncIterator[bool]:
        """Whether this instance may deliver ``digest`` to ``chat`` now: True while it holds
        the claim (to the end of the block), False when another instance holds it."""
        key = f"digest|{digest}|{chat}"
        async with self._conn.pool.acquire() as holder:
            mine = bool(await holder.fetchval(_TRY_CLAIM, key))
            try:
                yield mine
            finally:
                if mine:
                    await holder.fetchval(_RELEASE_CLAIM, key)

    async def last_delivery_end(self, digest: str, chat: str) -> datetime | None:
        """The end of the latest period delivered (or being delivered) to ``chat``, if any."""
        row = await self._conn.fetchone(_LAST_DELIVERY_END, (digest, chat))
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
        async with self._conn.transaction():
            await self._conn.db.execute(
                _BEGIN_DELIVERY,
                digest,
                chat,
                ts(period_start),
                ts(period_end),
                len(messages),
                json.dumps(list(messages), ensure_ascii=False),
                ts(now),
            )
        return _delivery(await self._conn.fetchone(_THE_DELIVERY, (digest, chat, ts(period_end))))

    async def record_part_sent(
        self, digest: str, chat: str, period_end: datetime, part_index: int, message_id: int | None
    ) -> None:
        """Mark part ``part_index`` (0-based) sent, as message ``message_id``."""
        async with self._conn.transaction():
            row = await self._conn.fetchone(_DELIVERY_PROGRESS, (digest, chat, ts(period_end)))
            if row is None:
                raise ValueError(f"no delivery of {digest!r} to {chat} for {ts(period_end)}")
            if int(row[0]) != part_index:
                raise ValueError(f"part {part_index} out of order (sent_parts={row[0]})")
            ids = [*json.loads(row[1]), message_id]
            await self._conn.db.execute(
                _ADVANCE_DELIVERY, part_index + 1, json.dumps(ids), digest, chat, ts(period_end)
            )

    async def finish_delivery(
        self, digest: str, chat: str, period_end: datetime, *, now: datetime
    ) -> None:
        async with self._conn.transaction():
            await self._conn.db.execute(_FINISH_DELIVERY, ts(now), digest, chat, ts(period_end))

    async def unfinished_deliveries(self, digest: str, chat: str) -> list[Delivery]:
        """Deliveries begun but not finished (a crash or restart between parts), oldest first."""
        return [_delivery(r) for r in await self._conn.fetchall(_UNFINISHED, (digest, chat))]


def _delivery(row: Any) -> Delivery:
    d, c, start, end, sent, msgs, ids, finished = row
    return Delivery(
        digest=d,
        chat=c,
        period_start=parse_ts(start),
        period_end=parse_ts(end),
        messages=tuple(json.loads(msgs)),
        sent_parts=int(sent),
        message_ids=tuple(json.loads(ids)),
        finished=finished is not None,
    )
