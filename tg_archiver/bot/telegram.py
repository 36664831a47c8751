"""Live channel ingest, the telethon side of the service that reads the followed channels.

:class:`ChannelIngest` backfills each channel's history from the last archived post, then follows
it live (new posts, albums, edits as new versions, deletions marked but never erased). Reading
the history is :mod:`bot.history`'s; which channels this service archives, when several share
a PostgreSQL archive, :mod:`bot.shares`' (:attr:`ChannelIngest.holds`). The clients and their
session files are :mod:`bot.clients`'; posts forwarded to the bot are
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
from typing import Any

from telethon import TelegramClient, events
from telethon.errors import RPCError
from telethon.tl import types

from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.spool_drain import Applied, SpoolDrainer
from tg_archiver.archive.store import CHUNK, IngestReport, Store
from tg_archiver.bot.clock import Clock, utcnow
from tg_archiver.bot.convert import (
    album_to_post,
    channel_source,
    message_to_post,
)
from tg_archiver.bot.group_commit import GroupCommit
from tg_archiver.bot.history import (
    BATCH,
    RECONNECT_TRIES,
    Channel,
    ChannelHistory,
    OnMedia,
    Sleep,
    is_empty,
)

__all__ = ["BATCH", "RECONNECT_TRIES", "ChannelIngest", "OnMedia"]

log = logging.getLogger(__name__)

# A gap in the live posts (the archive refused them: a full disk) is fetched from the history
# and stored as one transaction of up to this many messages, not a batch at a time: a burst
# that arrives together is stored together, or not at all, and is then fetched again.
GAP_BATCH = 1000  # (the store writes it in chunks of 500 posts, one round trip each)
ALBUM_SPAN = 10  # an album has at most ten parts, with consecutive ids
# Live posts that arrive while one is being stored go together in the next transaction (see
# bot.group_commit), up to the store's chunk: one round trip to SQLite's thread.
LIVE_GROUP = CHUNK
_POSTS, _DELETIONS = "posts", "deletions"  # what the live writes hold: never mixed in one


@dataclasses.dataclass(frozen=True, slots=True)
class _Live:
    """A live post (new, an album, an edit), prepared on arrival, waiting to be stored."""

    ch: Channel
    what: str  # new, album, edit
    item: PreparedPost
    messages: Sequence[Any]


@dataclasses.dataclass(frozen=True, slots=True)
class _Deleted:
    ch: Channel
    ids: list[str]


@dataclasses.dataclass(slots=True)
class _Stored:
    """What one live transaction stored: its posts and their report (empty: not stored)."""

    posts: list[_Live] = dataclasses.field(default_factory=list)
    report: IngestReport = dataclasses.field(default_factory=IngestReport)


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
        spool: SpoolDrainer | None = None,
    ) -> None:
        """``sleep`` waits out flood waits; ``page_wait`` is the pause between history pages
        (None: telethon's own, one second on a long history, which keeps flood waits rare);
        ``on_stored`` runs after a live post was added (the service's alerts); ``on_media``
        gets every stored post with its messages (see :data:`OnMedia`); ``recheck_days``: how
        far back the backfill looks again for edits and deletions made while the service was
        not running (0: not at all; see :mod:`bot.recheck`). ``spool``: live events are
        appended to it and stored behind, in batches (:mod:`archive.spool_drain`); without
        it (PostgreSQL) each is stored as it comes, with those that arrive meanwhile."""
        self._recheck_days = recheck_days
        self._spool = spool
        # The messages of spooled posts, by spool id, for their media once they are stored.
        self._spooled: dict[int, Sequence[Any]] = {}
        self._on_stored = on_stored
        self._on_media = on_media
        self._store = store
        self._client = client
        self._configured = tuple(channels)
        self._options = options
        self._clock = clock
        self._sleep = sleep
        self._history = ChannelHistory(
            store,
            client,
            options,
            backfill_limit=backfill_limit,
            recheck_days=recheck_days,
            clock=clock,
            sleep=sleep,
            page_wait=page_wait,
            on_media=on_media,
        )
        self._channels: dict[int, Channel] = {}  # by marked peer id
        # Live posts the archive could not store (full disk), by peer id: the id to fetch the
        # history after once the archive takes posts again.
        self._gaps: dict[int, int] = {}
        # Whether this service archives a channel (by its key): all of them, unless several
        # services share a PostgreSQL archive (bot.shares sets it to this service's share).
        self.holds: Callable[[str], bool] = lambda key: True
        self._live: GroupCommit[_Live | _Deleted, _Stored] = GroupCommit(
            self._write_live, self._after_live, most=LIVE_GROUP
        )

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
            self._channels[peer_id] = Channel(configured, entity, peer_id, channel_source(entity))
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
            total += await self._history.backfill_channel(ch)
        if self._recheck_days > 0:
            total += await self.recheck()
        return total

    async def catch_up(self, key: str) -> IngestReport:
        """:meth:`backfill` (and the recheck) of the one channel ``key``: what a service does
        with a channel it takes over from another (bot.shares)."""
        ch = next((c for c in self._channels.values() if c.source.key == key), None)
        if ch is None or not self.holds(key):
            return IngestReport()
        report = await self._history.backfill_channel(ch)
        if self._recheck_days > 0:
            report += await self._history.recheck_channel(ch)
        return report

    def _held(self) -> list[Channel]:
        return [ch for ch in self._channels.values() if self.holds(ch.source.key)]

    async def recheck(self) -> IngestReport:
        """Store again each channel's posts of the last ``recheck_days`` (an edit becomes a
        version), store the ones missing between stored posts, and mark deleted the stored
        ones the channel no longer has. A channel that Telegram refuses, that drops the
        connection, or whose posts the archive cannot take now is logged and left for the
        next start."""
        total = IngestReport()
        for ch in self._held():
            total += await self._history.recheck_channel(ch)
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

    async def follow_spool(self) -> None:
        """Take what follows the spooled events once they are stored (after :meth:`resolve`:
        their channels; also those a stopped service left, stored at the start)."""
        if self._spool is not None:
            await self._spool.follow(self._after_spooled)

    def _channel(self, event: Any) -> tuple[Channel, SourceRef] | None:
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

    async def _album_of(self, ch: Channel, message: Any) -> list[Any]:
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
        if self._spool is not None:  # in line with the posts in the spool
            try:
                await self._spool.append_deletion("telegram", ch.source.key, ids)
            except StorageError as e:
                log.error("deleted channel=%s ids=%d not recorded: %s", ch.source.key, len(ids), e)
            return
        # In line with the live posts: a post's deletion is never written before the post.
        await self._live.put(_Deleted(ch, ids), _DELETIONS)

    async def _store_live(
        self, ch: Channel, post: Post, what: str, messages: Sequence[Any] = ()
    ) -> None:
        """Store a live post, with the others that arrive while a transaction runs (see
        bot.group_commit); prepared here, on arrival, beside the transaction before it."""
        if is_empty(post):
            return
        if self._spool is not None:
            await self._append_live(ch, post, what, messages)
            return
        try:
            (item,) = prepared([post], self._options, f"channel {ch.source.key}")
        except InputError as e:
            log.warning("channel=%s post=%s skipped: %s", ch.source.key, post.external_id, e)
            return
        await self._live.put(_Live(ch, what, item, messages), _POSTS)

    async def _append_live(
        self, ch: Channel, post: Post, what: str, messages: Sequence[Any]
    ) -> None:
        """Append a live post to the spool: durable once this returns, stored behind."""
        assert self._spool is not None
        try:
            spool_id = await self._spool.append_post(what, post)
        except StorageError as e:
            self._gap(ch, post, what, e)
            return
        if messages:
            self._spooled[spool_id] = messages

    def _gap(self, ch: Channel, post: Post, what: str, e: Exception) -> None:
        """A live post not stored (a full disk): fetched again from the history once a later
        post of the channel is stored; the backfill of the next start only looks after the
        newest stored post."""
        after = int(post.external_id) - 1
        self._gaps[ch.peer_id] = min(self._gaps.get(ch.peer_id, after), after)
        log.error(
            "channel=%s post=%s event=%s not stored, fetched again when the archive"
            " takes posts: %s",
            ch.source.key,
            post.external_id,
            what,
            e,
        )

    async def _after_spooled(self, applied: Applied) -> None:
        """What follows storing a batch of the spool: as :meth:`_after_live` for live posts
        stored as they came. A post whose messages this process does not have (appended
        before a restart) has them fetched again, for its media."""
        by_key = {ch.source.key: ch for ch in self._channels.values()}
        stored: list[_Live] = []
        for p in applied.posts:
            ch = by_key.get(p.item.post.source.key)
            messages = self._spooled.pop(p.id, ())
            if ch is None:
                continue
            if not messages and p.item.post.media:
                messages = await self._messages_of(ch, p.item.post)
            stored.append(_Live(ch, p.what, p.item, messages))
        for gone in [i for i in self._spooled if i <= applied.upto]:  # set aside, not stored
            del self._spooled[gone]
        if stored:
            log.info(
                "live %s added=%d edited=%d",
                "; ".join(
                    f"channel={p.ch.source.key} post={p.item.post.external_id} event={p.what}"
                    for p in stored
                ),
                applied.report.added,
                applied.report.edited,
            )
        for d in applied.deleted:
            log.info("deleted channel=%s ids=%d marked=%d", d.key, len(d.ids), d.marked)
        await self._after_live(_Stored(stored, applied.report))

    async def _messages_of(self, ch: Channel, post: Post) -> list[Any]:
        """The messages ``post`` was made of, fetched again (an album's parts); none when
        Telegram does not give them now (its media wait, unrecorded, for a recheck)."""
        try:
            (message,) = await self._client.get_messages(ch.entity, ids=[int(post.external_id)])
        except (RPCError, ConnectionError, ValueError) as e:
            log.warning(
                "channel=%s post=%s media not fetched: %s", ch.source.key, post.external_id, e
            )
            return []
        if not isinstance(message, types.Message):
            return []
        if message.grouped_id is None:
            return [message]
        return await self._album_of(ch, message)

    async def _write_live(self, kind: object, group: list[_Live | _Deleted]) -> _Stored:
        """One transaction for a group of live posts, or of deletions (see bot.group_commit)."""
        if kind == _DELETIONS:
            await self._mark_deleted([d for d in group if isinstance(d, _Deleted)])
            return _Stored()
        posts = [p for p in group if isinstance(p, _Live)]
        try:
            report = await self._store.ingest_transaction(
                [p.item for p in posts],
                now=self._clock(),
                near_threshold=self._options.near_threshold,
            )
        except StorageError as e:
            for p in posts:
                self._gap(p.ch, p.item.post, p.what, e)
            return _Stored()
        log.info(
            "live %s added=%d edited=%d",
            "; ".join(
                f"channel={p.ch.source.key} post={p.item.post.external_id} event={p.what}"
                for p in posts
            ),
            report.added,
            report.edited,
        )
        return _Stored(posts, report)

    async def _mark_deleted(self, deleted: list[_Deleted]) -> None:
        when = self._clock()
        async with self._store.transaction():
            marked = [
                await self._store.mark_deleted("telegram", d.ch.source.key, d.ids, when=when)
                for d in deleted
            ]
        for d, n in zip(deleted, marked, strict=True):
            log.info("deleted channel=%s ids=%d marked=%d", d.ch.source.key, len(d.ids), n)

    async def _after_live(self, stored: _Stored) -> None:
        """What follows storing live posts, outside the live writes' turn: their media, the
        gaps of their channels, the service's alerts."""
        media = [(p.item.post, p.messages) for p in stored.posts if p.messages]
        if media and self._on_media is not None:
            await self._on_media(media)
        for ch in {p.ch.peer_id: p.ch for p in stored.posts}.values():
            if ch.peer_id in self._gaps:
                await self._fill_gap(ch)
        if stored.report.added and self._on_stored is not None:
            await self._on_stored()

    async def _fill_gap(self, ch: Channel) -> None:
        """Store the posts live ingest missed, from the channel's history (edits as versions),
        in one transaction (up to :data:`GAP_BATCH` messages): killed midway, none of it is
        kept, rather than the batches before the kill."""
        after = self._gaps.pop(ch.peer_id)
        report = IngestReport()
        try:
            await self._history.fetch_after(ch, after, report, batch=GAP_BATCH)
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
