"""Service state: where sources resume, feed polling, imported files, subscriptions, deliveries.

What the running service and the importers remember between runs, beside the posts
themselves (alerts have :mod:`archive.store.alerts`). All on the writing connection: these are
read and written inside the service's own short transactions. The SQL is in the constants
below; it is plain SQL but for ``ON CONFLICT ... DO UPDATE`` (an upsert PostgreSQL spells
alike), so a sibling for another engine would mostly keep it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from tg_archiver.archive.redact import redact_url
from tg_archiver.archive.store.connection import Connection
from tg_archiver.archive.store.records import Delivery, FeedState, parse_ts, ts
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key

# SQLite-only: CAST of a text id to INTEGER (a numeric cast that fails softly to 0).
_LAST_EXTERNAL_ID = (
    "SELECT max(CAST(posts.external_id AS INTEGER)) FROM posts"
    " JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = ? AND sources.key = ?"
)
# The posts of one source in a stretch of ids, not marked deleted (a channel's recheck).
_STORED_BETWEEN = (
    "SELECT posts.external_id FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = ? AND sources.key = ? AND posts.deleted_at IS NULL"
    " AND CAST(posts.external_id AS INTEGER) > ? AND CAST(posts.external_id AS INTEGER) <= ?"
    " ORDER BY CAST(posts.external_id AS INTEGER)"
)
_MARK_DELETED = (
    "UPDATE posts SET deleted_at = ? WHERE deleted_at IS NULL AND external_id = ?"
    " AND source_id = (SELECT id FROM sources WHERE kind = ? AND key = ?)"
)
_FEED_STATE = (
    "SELECT url, etag, last_modified, last_polled_at, last_success_at, failures,"
    " last_error, disabled_at FROM feed_state WHERE url = ?"
)
_SAVE_FEED_STATE = (
    "INSERT INTO feed_state (url, etag, last_modified, last_polled_at, last_success_at,"
    " failures, last_error, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
    " last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,"
    " last_success_at = excluded.last_success_at, failures = excluded.failures,"
    " last_error = excluded.last_error, disabled_at = excluded.disabled_at"
)
_FILE_IMPORTED = "SELECT 1 FROM imported_files WHERE path = ? AND size = ? AND mtime_ns = ?"
_RECORD_FILE = (
    "INSERT INTO imported_files (path, size, mtime_ns, imported_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
    " mtime_ns = excluded.mtime_ns, imported_at = excluded.imported_at"
)
_CHAT_TOPICS = "SELECT id, topic FROM subscriptions WHERE chat_id = ?"
_INSERT_SUBSCRIPTION = (
    "INSERT INTO subscriptions (topic, schedule_kind, weekday, time, timezone,"
    " created_by, created_at, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_SUBSCRIPTION = (
    "UPDATE subscriptions SET topic = ?, schedule_kind = ?, weekday = ?, time = ?,"
    " timezone = ?, created_by = ?, created_at = ? WHERE id = ?"
)
_DELETE_SUBSCRIPTION = "DELETE FROM subscriptions WHERE id = ?"
_SUBSCRIPTIONS = (
    "SELECT id, chat_id, topic, schedule_kind, weekday, time, timezone, created_by,"
    " created_at FROM subscriptions WHERE ? IS NULL OR chat_id = ?"
    " ORDER BY chat_id, topic"
)
_LAST_DELIVERY_END = "SELECT max(period_end) FROM digest_deliveries WHERE digest = ? AND chat = ?"
_BEGIN_DELIVERY = (
    "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
    " sent_parts, messages, message_ids, started_at) VALUES (?, ?, ?, ?, ?, 0, ?,"
    " '[]', ?) ON CONFLICT (digest, chat, period_end) DO NOTHING"
)
_DELIVERY_PROGRESS = (
    "SELECT sent_parts, message_ids FROM digest_deliveries"
    " WHERE digest = ? AND chat = ? AND period_end = ?"
)
_ADVANCE_DELIVERY = (
    "UPDATE digest_deliveries SET sent_parts = ?, message_ids = ?"
    " WHERE digest = ? AND chat = ? AND period_end = ?"
)
_FINISH_DELIVERY = (
    "UPDATE digest_deliveries SET finished_at = ?"
    " WHERE digest = ? AND chat = ? AND period_end = ? AND finished_at IS NULL"
)
# ``{where}``: a fixed condition of the callers below, with bound parameters.
_DELIVERIES = (
    "SELECT digest, chat, period_start, period_end, sent_parts, messages, message_ids,"
    " finished_at FROM digest_deliveries WHERE {where} ORDER BY period_end"
)
_THE_DELIVERY = "digest = ? AND chat = ? AND period_end = ?"
_UNFINISHED = "digest = ? AND chat = ? AND finished_at IS NULL"


class ServiceState:
    """What the service and importers remember, on the writing connection of ``conn``."""

    def __init__(self, conn: Connection) -> None:
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
        db = self._conn.db
        before = db.total_changes
        await db.executemany(_MARK_DELETED, [(ts(when), ext, kind, key) for ext in external_ids])
        return db.total_changes - before

    async def feed_state(self, url: str) -> FeedState:
        """The polling state of the feed at ``url``, kept under its redacted URL (a password
        or token in it is never stored; see :mod:`archive.redact`)."""
        url = redact_url(url)
        row = await self._conn.fetchone(_FEED_STATE, (url,))
        if row is None:
            return FeedState(url=url)
        return FeedState.from_row(row)

    async def save_feed_state(self, state: FeedState) -> None:
        await self._conn.db.execute(_SAVE_FEED_STATE, state.params())

    async def file_imported(self, path: Path, size: int, mtime_ns: int) -> bool:
        """Whether this file, at this size and modification time, was imported already."""
        row = await self._conn.fetchone(_FILE_IMPORTED, (_path_text(path), size, mtime_ns))
        return row is not None

    async def record_file_imported(
        self, path: Path, size: int, mtime_ns: int, *, when: datetime
    ) -> None:
        await self._conn.db.execute(_RECORD_FILE, (_path_text(path), size, mtime_ns, ts(when)))

    # -- subscriptions ---------------------------------------------------------------------------
    # Each method runs in its own transaction: do not call them inside transaction().

    async def add_subscription(self, sub: Subscription) -> bool:
        """Store ``sub``; True if new, False if it replaced the chat's schedule for that topic.

        Topics compare as tags do (``tag_key``: ``#ШОС`` and ``шос`` are one topic).
        """
        async with self._conn.transaction():
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
                await self._conn.db.execute(_INSERT_SUBSCRIPTION, (*values, sub.chat_id))
                return True
            await self._conn.db.execute(_UPDATE_SUBSCRIPTION, (*values, existing))
            return False

    async def remove_subscription(self, chat_id: int, topic: str) -> bool:
        """Remove the chat's subscription to ``topic``; False if it had none."""
        async with self._conn.transaction():
            rows = await self._conn.fetchall(_CHAT_TOPICS, (chat_id,))
            ids = [(i,) for i, t in rows if tag_key(t) == tag_key(topic)]
            await self._conn.db.executemany(_DELETE_SUBSCRIPTION, ids)
            return bool(ids)

    async def list_subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """A chat's subscriptions (every chat's with None), by chat then topic."""
        rows = await self._conn.fetchall(_SUBSCRIPTIONS, (chat_id, chat_id))
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

    # -- digest deliveries ---------------------------------------------------------------------
    # A delivery is recorded before its first message is sent and advanced after each one, each
    # write in its own short transaction: do not call these inside transaction().

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
        found = await self.deliveries(_THE_DELIVERY, (digest, chat, ts(period_end)))
        return found[0]

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
                _ADVANCE_DELIVERY,
                (part_index + 1, json.dumps(ids), digest, chat, ts(period_end)),
            )

    async def finish_delivery(
        self, digest: str, chat: str, period_end: datetime, *, now: datetime
    ) -> None:
        async with self._conn.transaction():
            await self._conn.db.execute(
                _FINISH_DELIVERY,
                (ts(now), digest, chat, ts(period_end)),
            )

    async def unfinished_deliveries(self, digest: str, chat: str) -> list[Delivery]:
        """Deliveries begun but not finished (a crash or restart between parts), oldest first."""
        return await self.deliveries(_UNFINISHED, (digest, chat))

    async def deliveries(self, where: str, params: Sequence[Any]) -> list[Delivery]:
        """The deliveries meeting ``where`` (fixed SQL over digest_deliveries, with bound
        ``params``), by period end."""
        rows = await self._conn.fetchall(_DELIVERIES.format(where=where), params)
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


def _path_text(path: Path) -> str:
    """A path as text SQLite can store: a file name that is not UTF-8 (lone surrogates in
    Python) keeps its bytes visible as backslash escapes, so distinct names stay distinct."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
