"""Service state: where sources resume, feed polling, imported files, subscriptions, deliveries.

What the running service and the importers remember between runs, beside the posts
themselves (alerts have :mod:`archive.store.alerts`). All on the writing connection: these are
read and written inside the service's own short transactions. The SQL is in
:class:`StateSql` constants, one set per engine (:mod:`.state_pg` has PostgreSQL's); the
Python is this module's, on either.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.redact import redact_url
from tg_archiver.archive.store.connection import Connection
from tg_archiver.archive.store.records import Delivery, FeedState, ImportedFile, parse_ts, ts
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection_pg import PgConnection

# ``{where}``: a fixed condition, with bound parameters (see ServiceState.deliveries).
DELIVERIES = (
    "SELECT digest, chat, period_start, period_end, sent_parts, messages, message_ids,"
    " finished_at FROM digest_deliveries WHERE {where} ORDER BY period_end"
)


@dataclass(frozen=True, slots=True)
class StateSql:
    """The statements of :class:`ServiceState`, in one engine's dialect; the parameters of
    each, in order, in the comment beside it. A list parameter (``ids``) is what the
    engine's :meth:`ServiceState._list` makes of a Python list."""

    last_external_id: str  # kind, key
    stored_between: str  # kind, key, after, upto
    mark_deleted: str  # when, ids, kind, key
    feed_state: str  # url
    save_feed_state: str  # FeedState.params()
    imported_file: str  # path
    record_file: str  # path, size, mtime_ns, imported_at, awaited_media, last_post
    post_text: str  # kind, key, external_id
    rekey_post: str  # new external_id, kind, key, old external_id
    lock_chat: str | None  # chat_id: a chat's subscriptions change one writer at a time
    chat_topics: str  # chat_id
    insert_subscription: str  # topic, kind, weekday, time, zone, by, created_at, chat_id
    update_subscription: str  # topic, kind, weekday, time, zone, by, created_at, id
    delete_subscriptions: str  # ids
    subscriptions: str  # chat_id or None
    last_delivery_end: str  # digest, chat
    begin_delivery: str  # digest, chat, start, end, parts, messages, started_at
    delivery_progress: str  # digest, chat, period_end (locked where the engine can)
    advance_delivery: str  # sent_parts, message_ids, digest, chat, period_end
    finish_delivery: str  # finished_at, digest, chat, period_end
    the_delivery: str  # digest, chat, period_end
    unfinished: str  # digest, chat


FEED_COLUMNS = (
    "url, etag, last_modified, last_polled_at, last_success_at, failures, last_error, disabled_at"
)
# The upserts' SET parts, alike in both engines.
FEED_UPDATE = (
    " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
    " last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,"
    " last_success_at = excluded.last_success_at, failures = excluded.failures,"
    " last_error = excluded.last_error, disabled_at = excluded.disabled_at"
)
FILE_COLUMNS = "size, mtime_ns, awaited_media, last_post"
FILE_UPDATE = (
    " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
    " mtime_ns = excluded.mtime_ns, imported_at = excluded.imported_at,"
    " awaited_media = excluded.awaited_media, last_post = excluded.last_post"
)
SUBSCRIPTION_COLUMNS = (
    "id, chat_id, topic, schedule_kind, weekday, time, timezone, created_by, created_at"
)

SQLITE_SQL = StateSql(
    # CAST of a text id to INTEGER: a numeric cast that fails softly to 0.
    last_external_id=(
        "SELECT max(CAST(posts.external_id AS INTEGER)) FROM posts"
        " JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = ? AND sources.key = ?"
    ),
    stored_between=(
        "SELECT posts.external_id FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = ? AND sources.key = ? AND posts.deleted_at IS NULL"
        " AND CAST(posts.external_id AS INTEGER) > ? AND CAST(posts.external_id AS INTEGER) <= ?"
        " ORDER BY CAST(posts.external_id AS INTEGER)"
    ),
    mark_deleted=(
        "UPDATE posts SET deleted_at = ? WHERE deleted_at IS NULL"
        " AND external_id IN (SELECT value FROM json_each(?))"
        " AND source_id = (SELECT id FROM sources WHERE kind = ? AND key = ?)"
    ),
    feed_state=f"SELECT {FEED_COLUMNS} FROM feed_state WHERE url = ?",
    save_feed_state=(
        f"INSERT INTO feed_state ({FEED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?){FEED_UPDATE}"
    ),
    imported_file=f"SELECT {FILE_COLUMNS} FROM imported_files WHERE path = ?",
    record_file=(
        "INSERT INTO imported_files (path, size, mtime_ns, imported_at, awaited_media,"
        " last_post) VALUES (?, ?, ?, ?, ?, ?)" + FILE_UPDATE
    ),
    post_text=(
        "SELECT posts.raw_text FROM posts JOIN sources ON sources.id = posts.source_id"
        " WHERE sources.kind = ? AND sources.key = ? AND posts.external_id = ?"
    ),
    # Only to an id the source has no post under (UNIQUE (source_id, external_id)).
    rekey_post=(
        "UPDATE posts SET external_id = ?1"
        " WHERE source_id = (SELECT id FROM sources WHERE kind = ?2 AND key = ?3)"
        " AND external_id = ?4 AND NOT EXISTS (SELECT 1 FROM posts AS other"
        " WHERE other.source_id = posts.source_id AND other.external_id = ?1)"
    ),
    lock_chat=None,  # one writer: the transaction is the lock
    chat_topics="SELECT id, topic FROM subscriptions WHERE chat_id = ?",
    insert_subscription=(
        "INSERT INTO subscriptions (topic, schedule_kind, weekday, time, timezone,"
        " created_by, created_at, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    update_subscription=(
        "UPDATE subscriptions SET topic = ?, schedule_kind = ?, weekday = ?, time = ?,"
        " timezone = ?, created_by = ?, created_at = ? WHERE id = ?"
    ),
    delete_subscriptions="DELETE FROM subscriptions WHERE id IN (SELECT value FROM json_each(?))",
    subscriptions=(
        f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE ?1 IS NULL OR chat_id = ?1"
        " ORDER BY chat_id, topic"
    ),
    last_delivery_end="SELECT max(period_end) FROM digest_deliveries WHERE digest = ? AND chat = ?",
    begin_delivery=(
        "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
        " sent_parts, messages, message_ids, started_at) VALUES (?, ?, ?, ?, ?, 0, ?,"
        " '[]', ?) ON CONFLICT (digest, chat, period_end) DO NOTHING"
    ),
    delivery_progress=(
        "SELECT sent_parts, message_ids FROM digest_deliveries"
        " WHERE digest = ? AND chat = ? AND period_end = ?"
    ),
    advance_delivery=(
        "UPDATE digest_deliveries SET sent_parts = ?, message_ids = ?"
        " WHERE digest = ? AND chat = ? AND period_end = ?"
    ),
    finish_delivery=(
        "UPDATE digest_deliveries SET finished_at = ?"
        " WHERE digest = ? AND chat = ? AND period_end = ? AND finished_at IS NULL"
    ),
    the_delivery=DELIVERIES.format(where="digest = ? AND chat = ? AND period_end = ?"),
    unfinished=DELIVERIES.format(where="digest = ? AND chat = ? AND finished_at IS NULL"),
)


class ServiceState:
    """What the service and importers remember, on the writing connection of ``conn``: on
    SQLite; :mod:`.state_pg`'s subclass runs the same calls with PostgreSQL's statements."""

    sql = SQLITE_SQL

    def __init__(self, conn: Connection | PgConnection) -> None:
        self._conn = conn

    async def _execute(self, sql: str, params: Sequence[Any]) -> int:
        """Run a change on the writing connection; the number of rows it changed."""
        assert isinstance(self._conn, Connection)
        cursor = await self._conn.db.execute(sql, params)
        return int(cursor.rowcount)

    def _list(self, values: Iterable[Any]) -> Any:
        """A list as one parameter (SQLite: JSON, read back by ``json_each``)."""
        return json.dumps(list(values), ensure_ascii=False)

    async def last_external_id(self, kind: str, key: str) -> int | None:
        """The highest numeric post id stored for a source (where a Telegram backfill resumes)."""
        row = await self._conn.fetchone(self.sql.last_external_id, (kind, key))
        return int(row[0]) if row and row[0] is not None else None

    async def stored_between(self, kind: str, key: str, after: int, upto: int) -> list[str]:
        """The numeric ids of a source's posts in ``(after, upto]`` not marked deleted, in
        order (what a channel's recheck revisits: :mod:`tg_archiver.bot.recheck`)."""
        rows = await self._conn.fetchall(self.sql.stored_between, (kind, key, after, upto))
        return [str(ext) for (ext,) in rows]

    async def mark_deleted(
        self, kind: str, key: str, external_ids: Iterable[str], *, when: datetime
    ) -> int:
        """Mark posts deleted at their source. They stay in the archive; returns how many."""
        params = (ts(when), self._list(external_ids), kind, key)
        return await self._execute(self.sql.mark_deleted, params)

    async def feed_state(self, url: str) -> FeedState:
        """The polling state of the feed at ``url``, kept under its redacted URL (a password
        or token in it is never stored; see :mod:`archive.redact`)."""
        url = redact_url(url)
        row = await self._conn.fetchone(self.sql.feed_state, (url,))
        if row is None:
            return FeedState(url=url)
        return FeedState.from_row(row)

    async def save_feed_state(self, state: FeedState) -> None:
        await self._execute(self.sql.save_feed_state, state.params())

    async def imported_file(self, path: Path) -> ImportedFile | None:
        """What the import scan recorded of the file at ``path`` when it last imported it."""
        row = await self._conn.fetchone(self.sql.imported_file, (_path_text(path),))
        if row is None:
            return None
        size, mtime_ns, awaited_media, last_post = row
        return ImportedFile(int(size), int(mtime_ns), awaited_media, last_post)

    async def record_file_imported(
        self,
        path: Path,
        size: int,
        mtime_ns: int,
        *,
        when: datetime,
        awaited_media: str | None = None,
        last_post: str | None = None,
    ) -> None:
        """Record the file at ``path`` imported at this size and modification time (see
        :class:`ImportedFile` for the rest), in the transaction that imported it."""
        params = (_path_text(path), size, mtime_ns, ts(when), awaited_media, last_post)
        await self._execute(self.sql.record_file, params)

    async def post_text(self, kind: str, key: str, external_id: str) -> str | None:
        """The stored text of a source's post, if there is one under that id."""
        row = await self._conn.fetchone(self.sql.post_text, (kind, key, external_id))
        return None if row is None else str(row[0])

    async def rekey_post(self, kind: str, key: str, old_id: str, new_id: str) -> bool:
        """Give a source's post ``old_id`` the id ``new_id`` (a text dump's post whose id, a
        hash of its text, is now its whole text's: archive/importers/textdump_tail.py), in
        the caller's transaction; False when the source has a post under ``new_id`` already
        or none under ``old_id``."""
        return await self._execute(self.sql.rekey_post, (new_id, kind, key, old_id)) == 1

    # -- subscriptions ---------------------------------------------------------------------------
    # Each method runs in its own transaction: do not call them inside transaction().

    async def add_subscription(self, sub: Subscription) -> bool:
        """Store ``sub``; True if new, False if it replaced the chat's schedule for that topic.

        Topics compare as tags do (``tag_key``: ``#ШОС`` and ``шос`` are one topic).
        """
        async with self._conn.transaction():
            rows = await self._chat_topics(sub.chat_id)
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
                await self._execute(self.sql.insert_subscription, (*values, sub.chat_id))
                return True
            await self._execute(self.sql.update_subscription, (*values, existing))
            return False

    async def remove_subscription(self, chat_id: int, topic: str) -> bool:
        """Remove the chat's subscription to ``topic``; False if it had none."""
        async with self._conn.transaction():
            rows = await self._chat_topics(chat_id)
            ids = [int(i) for i, t in rows if tag_key(t) == tag_key(topic)]
            await self._execute(self.sql.delete_subscriptions, (self._list(ids),))
            return bool(ids)

    async def _chat_topics(self, chat_id: int) -> list[Any]:
        """A chat's (id, topic) rows, in the caller's transaction, under the chat's lock
        where the engine has one (two services adding one topic at once store it once)."""
        if self.sql.lock_chat is not None:
            await self._execute(self.sql.lock_chat, (chat_id,))
        return await self._conn.fetchall(self.sql.chat_topics, (chat_id,))

    async def list_subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """A chat's subscriptions (every chat's with None), by chat then topic."""
        rows = await self._conn.fetchall(self.sql.subscriptions, (chat_id,))
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
        row = await self._conn.fetchone(self.sql.last_delivery_end, (digest, chat))
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
            await self._execute(
                self.sql.begin_delivery,
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
        row = await self._conn.fetchone(self.sql.the_delivery, (digest, chat, ts(period_end)))
        return _delivery(row)

    async def record_part_sent(
        self, digest: str, chat: str, period_end: datetime, part_index: int, message_id: int | None
    ) -> None:
        """Mark part ``part_index`` (0-based) sent, as message ``message_id``."""
        end = ts(period_end)
        async with self._conn.transaction():
            row = await self._conn.fetchone(self.sql.delivery_progress, (digest, chat, end))
            if row is None:
                raise ValueError(f"no delivery of {digest!r} to {chat} for {end}")
            if int(row[0]) != part_index:
                raise ValueError(f"part {part_index} out of order (sent_parts={row[0]})")
            ids = json.dumps([*json.loads(row[1]), message_id])
            await self._execute(self.sql.advance_delivery, (part_index + 1, ids, digest, chat, end))

    async def finish_delivery(
        self, digest: str, chat: str, period_end: datetime, *, now: datetime
    ) -> None:
        async with self._conn.transaction():
            await self._execute(self.sql.finish_delivery, (ts(now), digest, chat, ts(period_end)))

    async def unfinished_deliveries(self, digest: str, chat: str) -> list[Delivery]:
        """Deliveries begun but not finished (a crash or restart between parts), oldest first."""
        return [
            _delivery(r) for r in await self._conn.fetchall(self.sql.unfinished, (digest, chat))
        ]

    async def deliveries(self, where: str, params: Sequence[Any]) -> list[Delivery]:
        """The deliveries meeting ``where`` (fixed SQL over digest_deliveries in this engine's
        dialect, with bound ``params``), by period end."""
        rows = await self._conn.fetchall(DELIVERIES.format(where=where), params)
        return [_delivery(r) for r in rows]


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


def _path_text(path: Path) -> str:
    """A path as text SQLite can store: a file name that is not UTF-8 (lone surrogates in
    Python) keeps its bytes visible as backslash escapes, so distinct names stay distinct."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
