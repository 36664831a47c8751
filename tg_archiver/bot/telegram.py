"""Live channel ingest, the telethon side of the service that reads the followed channels.

:class:`ChannelIngest` backfills each channel's history from the last archived post, then follows
it live (new posts, albums, edits as new versions, deletions marked but never erased). The
clients and their session files are :mod:`bot.clients`'; posts forwarded to the bot are
:mod:`bot.forward_intake`'s.

Telethon objects become archive records in :mod:`bot.convert` only; this module handles the
events and the store.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any

from telethon import TelegramClient, events
from telethon.errors import FloodWaitError, RPCError
from telethon.tl import types

from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.store import IngestReport, Store
from tg_archiver.bot.clock import Clock, utcnow
from tg_archiver.bot.convert import (
    album_to_post,
    channel_source,
    message_to_post,
)
from tg_archiver.bot.recheck import albums, read_window, revisit

log = logging.getLogger(__name__)

BATCH = 100  # messages per stored batch (and per history request)
# A gap in the live posts (the archive refused them: a full disk) is fetched from the history
# and stored as one transaction of up to this many messages, not a batch at a time: a burst
# that arrives together is stored together, or not at all, and is then fetched again.
GAP_BATCH = 1000  # (the store writes it in chunks of 500 posts, one round trip each)
ALBUM_SPAN = 10  # an album has at most ten parts, with consecutive ids
RECONNECT_TRIES = 5  # retries of a channel's backfill after disconnects in a row, then next start
RECHECK_FLOOD_TRIES = 3  # flood waits waited out in one channel's recheck, then next start

Sleep = Callable[[float], Awaitable[Any]]
# Gets each stored post with the messages it was made of (an album: its parts), for their
# media: bot.media.MediaDownloader.track records them and returns; downloads follow.
OnMedia = Callable[[Sequence[tuple[Post, Sequence[Any]]]], Awaitable[None]]


@dataclasses.dataclass(slots=True)
class _Channel:
    configured: str  # as written in the config
    entity: Any  # telethon Channel
    peer_id: int  # marked id (-100...), what events report as chat_id
    source: SourceRef


def _channel_ref(value: str) -> Any:
    """What to give ``get_entity`` for a configured channel: a username or link, or a peer."""
    value = value.strip()
    if re.fullmatch(r"-?\d+", value):
        number = int(value)
        # A bare positive id is a channel's (as in a Telegram Desktop export); telethon would
        # take it for a user's. A negative one is already marked (-100...).
        return number if number < 0 else types.PeerChannel(number)
    return value  # "@name", "name", "https://t.me/name": telethon parses all three


class ChannelIngest:
    """Backfill and follow the configured channels with the user client."""

    def __init__(
        self,
        store: Store,
        client: TelegramClient,
        channels: Sequence[str],
        options: PipelineOptions,
        *,
        backfill_limit: int | None,
        recheck_days: float = 0,
        clock: Clock = utcnow,
        sleep: Sleep = asyncio.sleep,
        page_wait: float | None = None,
        on_stored: Callable[[], Awaitable[None]] | None = None,
        on_media: OnMedia | None = None,
    ) -> None:
        """``sleep`` waits out flood waits; ``page_wait`` is the pause between history pages
        (None: telethon's own, one second on a long history, which keeps flood waits rare);
        ``on_stored`` runs after a live post was added (the service's alerts); ``on_media``
        gets every stored post with its messages (see :data:`OnMedia`); ``recheck_days``: how
        far back the backfill looks again for edits and deletions made while the service was
        not running (0: not at all; see :mod:`bot.recheck`)."""
        self._recheck_days = recheck_days
        self._page_wait = page_wait
        self._on_stored = on_stored
        self._on_media = on_media
        self._store = store
        self._client = client
        self._configured = tuple(channels)
        self._options = options
        self._backfill_limit = backfill_limit
        self._clock = clock
        self._sleep = sleep
        self._channels: dict[int, _Channel] = {}  # by marked peer id
        # Live posts the archive could not store (full disk), by peer id: the id to fetch the
        # history after once the archive takes posts again.
        self._gaps: dict[int, int] = {}
        # Whether this service archives a channel (by its key): all of them, unless several
        # services share a PostgreSQL archive (bot.shares sets it to this service's share).
        self.holds: Callable[[str], bool] = lambda key: True

    @property
    def sources(self) -> list[SourceRef]:
        """The channels :meth:`resolve` found, in config order."""
        return [ch.source for ch in self._channels.values()]

    async def resolve(self) -> list[SourceRef]:
        """Look up each configured channel; one that cannot be found is logged and skipped."""
        for configured in self._configured:
            try:
                entity = await self._client.get_entity(_channel_ref(configured))
            except (ValueError, TypeError, RPCError) as e:
                log.warning("channel=%s not resolved: %s", configured, e)
                continue
            if not isinstance(entity, types.Channel):
                log.warning("channel=%s is not a channel (%s)", configured, type(entity).__name__)
                continue
            peer_id = int(f"-100{entity.id}")
            self._channels[peer_id] = _Channel(configured, entity, peer_id, channel_source(entity))
            log.info("channel=%s resolved key=%s", configured, entity.id)
        return self.sources

    # -- history --------------------------------------------------------------------------------

    async def backfill(self) -> IngestReport:
        """Store each channel's posts newer than the last archived one, oldest first.

        A channel never archived before gets its newest ``backfill_limit`` posts (all, if
        None). Batches of :data:`BATCH` messages are stored as they arrive, each in its own
        transaction, so a stop at any point keeps what was stored and the next run resumes
        after it. A flood wait is waited out, then the channel resumes from its last stored
        post. A disconnect is retried the same way, after 1, 2, 4 ... s, :data:`RECONNECT_TRIES`
        times; then, like a full disk, it stops that channel's backfill with an error in the
        log, and the next start resumes after the last stored post. A channel Telegram refuses
        is logged and skipped. Then each channel's last ``recheck_days`` are read again for
        edits and deletions missed while the service was not running (:meth:`recheck`).
        """
        total = IngestReport()
        for ch in self._held():
            total += await self._backfill_logged(ch)
        if self._recheck_days > 0:
            total += await self.recheck()
        return total

    async def catch_up(self, key: str) -> IngestReport:
        """:meth:`backfill` (and the recheck) of the one channel ``key``: what a service does
        with a channel it takes over from another (bot.shares)."""
        ch = next((c for c in self._channels.values() if c.source.key == key), None)
        if ch is None or not self.holds(key):
            return IngestReport()
        report = await self._backfill_logged(ch)
        if self._recheck_days > 0:
            report += await self._recheck_logged(ch)
        return report

    def _held(self) -> list[_Channel]:
        return [ch for ch in self._channels.values() if self.holds(ch.source.key)]

    async def _backfill_logged(self, ch: _Channel) -> IngestReport:
        try:
            report = await self._backfill_channel(ch)
        except RPCError as e:
            log.warning("channel=%s backfill failed: %s", ch.source.key, type(e).__name__)
            return IngestReport()
        except StorageError as e:
            log.error(
                "channel=%s backfill stopped, resumes from the last stored post on the next"
                " start: %s",
                ch.source.key,
                e,
            )
            return IngestReport()
        log.info(
            "backfill channel=%s added=%d edited=%d unchanged=%d",
            ch.source.key,
            report.added,
            report.edited,
            report.unchanged,
        )
        return report

    async def recheck(self) -> IngestReport:
        """Store again each channel's posts of the last ``recheck_days`` (an edit becomes a
        version), store the ones missing between stored posts, and mark deleted the stored
        ones the channel no longer has. A channel that Telegram refuses, that drops the
        connection, or whose posts the archive cannot take now is logged and left for the
        next start."""
        total = IngestReport()
        for ch in self._held():
            total += await self._recheck_logged(ch)
        return total

    async def _recheck_logged(self, ch: _Channel) -> IngestReport:
        for _ in range(RECHECK_FLOOD_TRIES):
            try:
                return await self._recheck_channel(ch)
            except FloodWaitError as e:
                log.warning("channel=%s recheck flood_wait=%ds", ch.source.key, e.seconds)
                await self._sleep(e.seconds)
            except (RPCError, ConnectionError, StorageError) as e:
                log.warning("channel=%s recheck not done, next start: %s", ch.source.key, e)
                break
        return IngestReport()

    async def _recheck_channel(self, ch: _Channel) -> IngestReport:
        upto = await self._store.last_external_id("telegram", ch.source.key)
        if upto is None:
            return IngestReport()
        since = self._clock() - timedelta(days=self._recheck_days)
        window = await read_window(self._client, ch.entity, since, wait_time=self._page_wait)
        after = window.after - 1  # the message before the window too: a gap starts after it
        stored = await self._store.stored_between("telegram", ch.source.key, after, upto)
        todo = revisit(window, stored, upto)
        groups = sorted(todo.again + todo.missed, key=lambda g: int(g[0].id))
        posts = [self._post(ch.source, g) for g in groups]
        report = await self._store_posts(ch, [p for p in posts if not _is_empty(p)])
        if groups and self._on_media is not None:  # new posts, and attachments edits replaced
            await self._on_media(list(zip(posts, groups, strict=True)))
        async with self._store.transaction():
            deleted = await self._store.mark_deleted(
                "telegram", ch.source.key, todo.gone, when=self._clock()
            )
        log.info(
            "recheck channel=%s since=%s posts=%d edited=%d added=%d deleted=%d",
            ch.source.key,
            since.isoformat(timespec="seconds"),
            len(stored),
            report.edited,
            report.added,
            deleted,
        )
        return report

    async def _backfill_channel(self, ch: _Channel) -> IngestReport:
        total = IngestReport()
        disconnects = 0
        while True:
            seen = total.seen
            last = await self._store.last_external_id("telegram", ch.source.key)
            try:
                if last is None:
                    if self._backfill_limit == 0:
                        return total
                    last = await self._first_start(ch)
                await self._fetch_after(ch, last, total)
                return total
            except FloodWaitError as e:
                log.warning("channel=%s flood_wait=%ds", ch.source.key, e.seconds)
                await self._sleep(e.seconds)
            except ConnectionError as e:
                # Telethon reconnects by itself; ask again from the last stored post.
                disconnects = 1 if total.seen > seen else disconnects + 1  # in a row
                if disconnects > RECONNECT_TRIES:
                    log.error(
                        "channel=%s backfill stopped after %d disconnects, resumes from the"
                        " last stored post on the next start: %s",
                        ch.source.key,
                        RECONNECT_TRIES + 1,
                        e,
                    )
                    return total
                pause = min(2.0 ** (disconnects - 1), 60.0)
                log.warning(
                    "channel=%s disconnected during backfill (%s) retry=%d in=%.0fs",
                    ch.source.key,
                    e,
                    disconnects,
                    pause,
                )
                await self._sleep(pause)

    async def _first_start(self, ch: _Channel) -> int:
        """The id to start after on a channel's first start: before its newest N posts.

        Iterating oldest-first with a limit would give the *oldest* N, so ask for the N-th
        newest message alone (``add_offset``) and start just before it.
        """
        if self._backfill_limit is None:
            return 0
        async for m in self._client.iter_messages(
            ch.entity, limit=1, add_offset=self._backfill_limit - 1
        ):
            return max(int(m.id) - 1, 0)
        return 0  # fewer posts than the limit: take them all

    async def _fetch_after(
        self, ch: _Channel, min_id: int, report: IngestReport, *, batch: int = BATCH
    ) -> None:
        """Store the messages after ``min_id``, adding to ``report`` as each batch (of
        ``batch`` messages, each its own transaction) is stored."""
        pending: list[Any] = []
        skip_group: int | None = None
        first = True
        try:
            history = self._client.iter_messages(
                ch.entity, min_id=min_id, reverse=True, wait_time=self._page_wait
            )
            async for m in history:
                if first:
                    first = False
                    if min_id and getattr(m, "grouped_id", None) is not None:
                        # The last stored post may be an album, stored under its lowest id:
                        # its other parts come again now and must not become a second post.
                        skip_group = await self._grouped_id_of(ch, min_id)
                if not isinstance(m, types.Message):
                    continue  # service messages (pins, title changes)
                if skip_group is not None and m.grouped_id == skip_group:
                    continue
                skip_group = None
                pending.append(m)
                if len(pending) >= batch:
                    report += await self._flush(ch, pending, final=False)
        except (FloodWaitError, ConnectionError):
            report += await self._flush(ch, pending, final=False)  # keep what arrived
            raise
        report += await self._flush(ch, pending, final=True)

    async def _grouped_id_of(self, ch: _Channel, message_id: int) -> int | None:
        found = await self._client.get_messages(ch.entity, ids=message_id)
        return getattr(found, "grouped_id", None)

    async def _flush(self, ch: _Channel, pending: list[Any], *, final: bool) -> IngestReport:
        """Store the posts in ``pending`` and remove them from it.

        Unless ``final``, a trailing album stays pending: its next part may be in the next
        batch.
        """
        groups = albums(pending)
        keep: list[Any] = []
        if not final and groups and groups[-1][0].grouped_id is not None:
            keep = groups.pop()
        posts = [self._post(ch.source, g) for g in groups]
        pending[:] = keep
        report = await self._store_posts(ch, [p for p in posts if not _is_empty(p)])
        if self._on_media is not None:
            await self._on_media(list(zip(posts, groups, strict=True)))
        return report

    @staticmethod
    def _post(source: SourceRef, group: list[Any]) -> Post:
        if group[0].grouped_id is not None:
            return album_to_post(group, source)
        return message_to_post(group[0], source)

    async def _store_posts(self, ch: _Channel, posts: list[Post]) -> IngestReport:
        """Store ``posts`` in one transaction; a post the pipeline refuses is skipped, logged."""
        if not posts:
            return IngestReport()
        where = f"channel {ch.source.key}"
        try:
            report, _ = await store_posts(
                self._store, posts, self._options, now=self._clock(), where=where
            )
            return report
        except InputError:
            pass  # find the refused post(s): store the rest one by one
        total = IngestReport()
        for post in posts:
            try:
                report, _ = await store_posts(
                    self._store, [post], self._options, now=self._clock(), where=where
                )
            except InputError as e:
                log.warning("channel=%s post=%s skipped: %s", ch.source.key, post.external_id, e)
                continue
            total += report
        return total

    # -- live -----------------------------------------------------------------------------------

    def register(self) -> None:
        """Follow the resolved channels live. Call after :meth:`resolve`."""
        chats = list(self._channels)
        if not chats:
            log.warning("no channels to follow")
            return
        add = self._client.add_event_handler
        add(self._on_new_message, events.NewMessage(chats=chats))
        add(self._on_album, events.Album(chats=chats))
        add(self._on_edit, events.MessageEdited(chats=chats))
        add(self._on_delete, events.MessageDeleted(chats=chats))

    def _channel(self, event: Any) -> tuple[_Channel, SourceRef] | None:
        ch = self._channels.get(event.chat_id)
        if ch is None or not self.holds(ch.source.key):
            return None  # not followed, or another service's share
        chat = getattr(event, "chat", None)
        # The update's copy of the channel carries a renamed title or a new username.
        source = channel_source(chat) if isinstance(chat, types.Channel) else ch.source
        return ch, source

    async def _on_new_message(self, event: Any) -> None:
        if event.message.grouped_id is not None:
            return  # an album part: events.Album delivers the whole album
        found = self._channel(event)
        if found:
            ch, source = found
            post = message_to_post(event.message, source)
            await self._store_live(ch, post, "new", [event.message])

    async def _on_album(self, event: Any) -> None:
        found = self._channel(event)
        if found:
            ch, source = found
            post = album_to_post(event.messages, source)
            await self._store_live(ch, post, "album", event.messages)

    async def _on_edit(self, event: Any) -> None:
        found = self._channel(event)
        if not found:
            return
        ch, source = found
        message = event.message
        if message.grouped_id is None:
            post, parts = message_to_post(message, source), [message]
        else:
            parts = await self._album_of(ch, message)
            post = album_to_post(parts or [message], source)
        # An edit may replace the attachments (another photo): recorded as the post's media
        # now, the ones replaced kept. Not from an album whose other parts were not fetched.
        await self._store_live(ch, post, "edit", parts)

    async def _album_of(self, ch: _Channel, message: Any) -> list[Any]:
        """Every part of the album ``message`` belongs to, with ``message`` as edited; none
        when they could not be fetched."""
        ids = list(range(max(message.id - ALBUM_SPAN + 1, 1), message.id + ALBUM_SPAN))
        try:
            around = await self._client.get_messages(ch.entity, ids=ids)
        except RPCError as e:
            log.warning("channel=%s album=%s not fetched: %s", ch.source.key, message.id, e)
            return []
        parts = {
            m.id: m
            for m in around
            if isinstance(m, types.Message) and m.grouped_id == message.grouped_id
        }
        parts[message.id] = message
        return list(parts.values())

    async def _on_delete(self, event: Any) -> None:
        ch = self._channels.get(event.chat_id) if event.chat_id is not None else None
        if ch is None or not self.holds(ch.source.key):
            return
        ids = [str(i) for i in event.deleted_ids]
        async with self._store.transaction():
            marked = await self._store.mark_deleted(
                "telegram", ch.source.key, ids, when=self._clock()
            )
        log.info("deleted channel=%s ids=%d marked=%d", ch.source.key, len(ids), marked)

    async def _store_live(
        self, ch: _Channel, post: Post, what: str, messages: Sequence[Any] = ()
    ) -> None:
        if _is_empty(post):
            return
        try:
            report, _ = await store_posts(
                self._store,
                [post],
                self._options,
                now=self._clock(),
                where=f"channel {ch.source.key}",
            )
        except InputError as e:
            log.warning("channel=%s post=%s skipped: %s", ch.source.key, post.external_id, e)
            return
        except StorageError as e:
            # Fetched again from the history once a later post of the channel is stored: the
            # backfill of the next start only looks after the newest stored post.
            after = int(post.external_id) - 1
            self._gaps[ch.peer_id] = min(self._gaps.get(ch.peer_id, after), after)
            log.error(
                "channel=%s post=%s event=%s not stored, fetched again when the archive takes"
                " posts: %s",
                ch.source.key,
                post.external_id,
                what,
                e,
            )
            return
        log.info(
            "live channel=%s post=%s event=%s added=%d edited=%d",
            ch.source.key,
            post.external_id,
            what,
            report.added,
            report.edited,
        )
        if messages and self._on_media is not None:
            await self._on_media([(post, messages)])
        if ch.peer_id in self._gaps:
            await self._fill_gap(ch)
        if report.added and self._on_stored is not None:
            await self._on_stored()

    async def _fill_gap(self, ch: _Channel) -> None:
        """Store the posts live ingest missed, from the channel's history (edits as versions),
        in one transaction (up to :data:`GAP_BATCH` messages): killed midway, none of it is
        kept, rather than the batches before the kill."""
        after = self._gaps.pop(ch.peer_id)
        report = IngestReport()
        try:
            await self._fetch_after(ch, after, report, batch=GAP_BATCH)
        except (RPCError, ConnectionError, StorageError) as e:
            self._gaps[ch.peer_id] = min(self._gaps.get(ch.peer_id, after), after)
            log.error("channel=%s gap after=%d not filled yet: %s", ch.source.key, after, e)
            return
        log.info(
            "channel=%s gap after=%d filled added=%d edited=%d",
            ch.source.key,
            after,
            report.added,
            report.edited,
        )


def _is_empty(post: Post) -> bool:
    return not post.text.strip() and not post.media
