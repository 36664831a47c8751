"""A channel's history, the part of :class:`bot.telegram.ChannelIngest` that reads it.

Backfill (a channel's posts after the last archived one, in batches, flood waits waited out,
disconnects retried), the recheck of its last days (:mod:`bot.recheck`), and the fetch of a
stretch of history that live ingest missed. :class:`ChannelIngest` decides which channels and
when (every channel at start; one taken over from another service, bot.shares); this module
does the reading and storing, each batch its own transaction.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any

from telethon import TelegramClient
from telethon.errors import FloodWaitError, RPCError
from telethon.tl import types

from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.store import IngestReport, Store
from tg_archiver.bot.clock import Clock
from tg_archiver.bot.convert import album_to_post, message_to_post
from tg_archiver.bot.recheck import albums, read_window, revisit

log = logging.getLogger("tg_archiver.bot.telegram")  # the channel ingest's log, as before

BATCH = 100  # messages per stored batch (and per history request)
RECONNECT_TRIES = 5  # retries of a channel's backfill after disconnects in a row, then next start
RECHECK_FLOOD_TRIES = 3  # flood waits waited out in one channel's recheck, then next start

Sleep = Callable[[float], Awaitable[Any]]
# Gets each stored post with the messages it was made of (an album: its parts), for their
# media: bot.media.MediaDownloader.track records them and returns; downloads follow.
OnMedia = Callable[[Sequence[tuple[Post, Sequence[Any]]]], Awaitable[None]]


@dataclasses.dataclass(slots=True)
class Channel:
    configured: str  # as written in the config
    entity: Any  # telethon Channel
    peer_id: int  # marked id (-100...), what events report as chat_id
    source: SourceRef


class ChannelHistory:
    """Reads channels' history with ``client`` into ``store`` (see ``ChannelIngest``'s
    arguments, which are passed on)."""

    def __init__(
        self,
        store: Store,
        client: TelegramClient,
        options: PipelineOptions,
        *,
        backfill_limit: int | None,
        recheck_days: float,
        clock: Clock,
        sleep: Sleep,
        page_wait: float | None,
        on_media: OnMedia | None,
    ) -> None:
        self._store = store
        self._client = client
        self._options = options
        self._backfill_limit = backfill_limit
        self._recheck_days = recheck_days
        self._clock = clock
        self._sleep = sleep
        self._page_wait = page_wait
        self._on_media = on_media

    async def backfill_channel(self, ch: Channel) -> IngestReport:
        """Store ``ch``'s posts after the last archived one (see ``ChannelIngest.backfill``);
        a refusal by Telegram or the archive is logged, and what was stored stays."""
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

    async def recheck_channel(self, ch: Channel) -> IngestReport:
        """Read ``ch``'s last ``recheck_days`` again (see ``ChannelIngest.recheck``), flood
        waits waited out :data:`RECHECK_FLOOD_TRIES` times; a fault is logged, left for later."""
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

    async def _recheck_channel(self, ch: Channel) -> IngestReport:
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
        report = await self._store_posts(ch, [p for p in posts if not is_empty(p)])
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

    async def _backfill_channel(self, ch: Channel) -> IngestReport:
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
                await self.fetch_after(ch, last, total)
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

    async def _first_start(self, ch: Channel) -> int:
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

    async def fetch_after(
        self, ch: Channel, min_id: int, report: IngestReport, *, batch: int = BATCH
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

    async def _grouped_id_of(self, ch: Channel, message_id: int) -> int | None:
        found = await self._client.get_messages(ch.entity, ids=message_id)
        return getattr(found, "grouped_id", None)

    async def _flush(self, ch: Channel, pending: list[Any], *, final: bool) -> IngestReport:
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
        report = await self._store_posts(ch, [p for p in posts if not is_empty(p)])
        if self._on_media is not None:
            await self._on_media(list(zip(posts, groups, strict=True)))
        return report

    @staticmethod
    def _post(source: SourceRef, group: list[Any]) -> Post:
        if group[0].grouped_id is not None:
            return album_to_post(group, source)
        return message_to_post(group[0], source)

    async def _store_posts(self, ch: Channel, posts: list[Post]) -> IngestReport:
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


def is_empty(post: Post) -> bool:
    return not post.text.strip() and not post.media
