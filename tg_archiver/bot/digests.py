"""Digest delivery: compose a digest's window and send it exactly once, part by part.

    sender = DigestSender(store, "morning", ("SCO", "BRICS"), send=telegram_send(bot))
    await sender.deliver("-1001234567890")

The window of a delivery is ``[end of the last delivery to that chat, now)``, or the last
``default_window`` when the digest was never delivered there. So a service that was down over
several scheduled times sends one merged digest on start, not one per missed time.

Exactly once: the composed messages are recorded (``digest_deliveries``) *before* the first
is sent, and each part is marked sent right after Telegram accepted it. A restart that finds
an unfinished delivery resumes at its first unsent part, with the same text. A crash between
Telegram accepting a part and the mark being written is covered by Telegram itself: each part
is sent with a ``random_id`` derived from (digest, chat, period, part), so the resend carries
the same id and Telegram answers RANDOM_ID_DUPLICATE instead of posting it again; that part
is then taken as sent. (Telegram keeps random ids for a limited time; a restart days later
could still repeat that one part, never skip it.)

Pacing: at most one message per second per chat and 20 a minute per group
(:class:`bot.sending.Pacer`), shared by all digests of the service; a ``FloodWaitError`` is
waited out and the same part retried. An empty window sends nothing but is still recorded
as delivered, so the next window starts after it. The console and file "chats" are
:mod:`bot.digest_sinks`'.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.chart import (
    chart_caption,
    chart_data,
    charts_available,
    decode_part,
    display_part,
    encode_part,
    render_png,
)
from tg_archiver.archive.config import DigestConfig
from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_photo import decode_photo, encode_photo, first_photo
from tg_archiver.archive.digest_window import window_rows
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.archive.store import Delivery, Store
from tg_archiver.archive.store.media import media_store
from tg_archiver.archive.tags import TopicAliases, topics_named
from tg_archiver.bot.digest_sinks import ConsoleSink, FileSink
from tg_archiver.bot.sending import (
    Pacer,
    Send,
    SendPhoto,
    paced_send,
    random_id,
    telegram_send,
    telegram_send_photo,
)

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

log = logging.getLogger(__name__)

__all__ = [
    "CONSOLE",
    "DEFAULT_WINDOW",
    "FILE_PREFIX",
    "ConsoleSink",
    "DigestSender",
    "FileSink",
    "Pacer",
    "Send",
    "SendPhoto",
    "failure_reason",
    "paced_send",
    "random_id",
    "schedule_period",
    "sender_for",
    "telegram_send",
    "telegram_send_photo",
]

CONSOLE = "console"
FILE_PREFIX = "file:"  # the "chat" of a digest written to a file: file:/path/to/it
DEFAULT_WINDOW = timedelta(hours=24)


def failure_reason(e: BaseException) -> str:
    """What a log line says of a failed delivery: a StorageError's own sentence and an
    OSError's (``No space left on device``), which name nothing secret; otherwise the
    exception's class alone, since a Telegram error's text may quote what was sent."""
    if isinstance(e, StorageError):
        return str(e)
    if isinstance(e, OSError) and e.strerror:
        return f"{type(e).__name__} ({e.strerror})"
    return type(e).__name__


class DigestSender:
    def __init__(
        self,
        store: Store,
        name: str,
        topics: Sequence[str],
        *,
        send: Send,
        send_photo: SendPhoto | None = None,
        searches: Sequence[tuple[str, SearchQuery]] = (),
        max_items_per_topic: int = 10,
        excerpt_chars: int = 200,
        include_untagged: bool = False,
        include_undated: bool = False,
        say_when_empty: bool = False,
        chart: bool = False,
        photo: bool = False,
        title: str | None = None,
        usernames: SourceUsernames | None = None,
        timezone: str = "UTC",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        pacer: Pacer | None = None,
        default_window: timedelta = DEFAULT_WINDOW,
        media: MediaConfig | None = None,
        aliases: TopicAliases | None = None,
    ) -> None:
        """``media``: the config's ``[media]``, for where a photo part's file is kept;
        ``aliases``: its ``[topics]``, which weigh what a story is about
        (archive.digest_topics). Without a ``title`` the digest is "Digest: NAME"."""
        self.store = store
        self.name = name
        self.topics = tuple(topics)
        self.searches = tuple(searches)
        self.send = send
        self.send_photo = send_photo
        self.photo = photo
        self._media_dir = (media or MediaConfig()).folder_for(store.where)
        labels = tuple(label for label, _ in self.searches)
        self.options = DigestOptions(
            title=title or f"Digest: {name}",
            topics=(*self.topics, *labels),
            max_items_per_topic=max_items_per_topic,
            excerpt_chars=excerpt_chars,
            include_untagged=include_untagged,
            include_undated=include_undated,
            say_when_empty=say_when_empty,
            chart=chart and charts_available(),
            searches=labels,
            search_queries=tuple((label, q.text) for label, q in self.searches),
            timezone=timezone,
            aliases=aliases,
        )
        self.usernames = usernames or SourceUsernames()  # resolved when composing
        self.clock = clock
        self.pacer = pacer or Pacer()
        self.default_window = default_window

    async def window(
        self, chat: str, *, until: datetime | None = None
    ) -> tuple[datetime, datetime]:
        """The next window for ``chat``: from the last delivery's end (or the default) to now."""
        end = (until or self.clock()).astimezone(UTC).replace(microsecond=0)
        last = await self.store.last_delivery_end(self.name, chat)
        return (last if last is not None else end - self.default_window), end

    async def compose(self, since: datetime, until: datetime) -> list[str]:
        """The window's parts: the HTML messages, then the chart (see :mod:`archive.chart`)
        when the digest has one and the window has stories on two days or more."""
        rows = await self.rows(since, until)
        usernames = await self.usernames.resolve(self.store)
        options = replace(self.options, usernames=tuple(usernames.items()))
        messages = compose_digest(rows, options, since=since, until=until)
        if self.photo and messages:
            found = await first_photo(media_store(self.store), rows, usernames)
            if found is not None:
                messages.append(encode_photo(found))
        if self.options.chart and messages:
            data = chart_data(rows, self.options, since=since, until=until)
            if data is not None:
                messages.append(encode_part(data))
        return messages

    async def rows(self, since: datetime, until: datetime) -> list[ExportRow]:
        """The window's posts for this digest: those with its tags, those matching its saved
        searches (tagged here with the search's name, so composition files them under it),
        and with ``include_untagged`` every other post of the window."""
        return await window_rows(
            self.store,
            self.topics,
            self.searches,
            include_untagged=self.options.include_untagged,
            since=since,
            until=until,
        )

    async def deliver(
        self, chat: str, *, until: datetime | None = None, wait: bool = False
    ) -> list[Delivery]:
        """Finish any interrupted delivery to ``chat``, then deliver the next window.

        Returns the deliveries completed (an empty window's included: it sent nothing). One
        process delivers a digest to a chat at a time (several services on one PostgreSQL
        archive; ``digest NAME`` beside another, or beside the service): a delivery another
        holds (``Store.delivery_claim``) is left to it, and nothing is sent here; with
        ``wait``, this one waits for it to end, then delivers what is left.
        """
        async with self.store.delivery_claim(self.name, chat, wait=wait) as mine:
            if not mine:
                log.info("digest left name=%s chat=%s reason=another service delivers it",
                         self.name, chat)  # fmt: skip
                return []
            return await self._deliver(chat, until)

    async def _deliver(self, chat: str, until: datetime | None) -> list[Delivery]:
        done = []
        for pending in await self.store.unfinished_deliveries(self.name, chat):
            log.info(
                "digest resume name=%s chat=%s part=%d/%d",
                self.name,
                chat,
                pending.sent_parts + 1,
                len(pending.messages),
            )
            done.append(await self._send_rest(pending))
        since, end = await self.window(chat, until=until)
        if since >= end:
            return done
        messages = await self.compose(since, end)
        delivery = await self.store.begin_delivery(
            self.name, chat, period_start=since, period_end=end, messages=messages, now=self.clock()
        )
        log.info(
            "digest deliver name=%s chat=%s since=%s until=%s parts=%d",
            self.name,
            chat,
            since.isoformat(),
            end.isoformat(),
            len(delivery.messages),
        )
        done.append(await self._send_rest(delivery))
        return done

    async def _send_rest(self, delivery: Delivery) -> Delivery:
        chat = delivery.chat
        for index in range(delivery.sent_parts, len(delivery.messages)):
            key = f"{self.name}|{chat}|{delivery.period_end.isoformat()}|{index}"
            message_id = await self._send_one(chat, delivery.messages[index], key)
            await self.store.record_part_sent(
                self.name, chat, delivery.period_end, index, message_id
            )
        await self.store.finish_delivery(self.name, chat, delivery.period_end, now=self.clock())
        return delivery

    async def _send_one(self, chat: str, part: str, key: str) -> int | None:
        chart = decode_part(part)
        photo = decode_photo(part)
        send: Callable[[], Awaitable[int | None]]
        if photo is not None:
            data = await asyncio.to_thread(self._photo_bytes, photo.sha256)
            if data is not None and self.send_photo is not None:
                send = partial(self.send_photo, chat, data, photo.caption, key)
            else:  # the console, or a file gone from the media folder: its caption
                send = partial(self.send, chat, photo.caption, key)
        elif chart is not None and self.send_photo is not None:
            png = await asyncio.to_thread(render_png, chart)  # ~0.1 s of CPU: off the loop
            send = partial(self.send_photo, chat, png, chart_caption(chart), key)
        else:  # text; where no photo can go (the console), a chart's caption stands for it
            send = partial(self.send, chat, display_part(part), key)
        return await paced_send(self.pacer, chat, send, what=f"digest name={self.name}")

    def _photo_bytes(self, sha256: str) -> bytes | None:
        path = LocalMediaFiles(self._media_dir).path(sha256)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            log.warning("digest name=%s photo=%s missing from the media folder", self.name, sha256)
            return None


def schedule_period(trigger: CronTrigger, now: datetime) -> timedelta:
    """The time between ``trigger``'s next two fire times after ``now`` (a weekly cron's
    week); zero when it has fewer."""
    first = trigger.get_next_fire_time(None, now)
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1)) if first else None
    return (second - first) if first and second else timedelta(0)


def sender_for(
    store: Store, digest: DigestConfig, *, aliases: TopicAliases | None = None, **kwargs: Any
) -> DigestSender:
    """The sender of a configured ``[[digests]]`` entry; ``kwargs`` add the send path, the
    clock and the pacer. ``aliases`` (the config's ``[topics]``) read a saved search's
    ``tag:`` as the CLI and the bot read it: ``tag:ШОС`` is the posts filed under SCO. Its
    first window, before any delivery, is its schedule's period when that is longer than a
    day (a weekly digest's first message is a week's, not the last day's)."""
    if "default_window" not in kwargs:
        now = kwargs.get("clock", lambda: datetime.now(UTC))()
        kwargs["default_window"] = max(DEFAULT_WINDOW, schedule_period(digest.trigger(), now))
    return DigestSender(
        store,
        digest.name,
        topics_named(digest.topics, aliases),  # `topics = ["ШОС"]` is SCO's posts
        searches=[(name, parse_query(query, topics=aliases)) for name, query in digest.searches],
        max_items_per_topic=digest.max_items_per_topic,
        excerpt_chars=digest.excerpt_chars,
        include_untagged=digest.include_untagged,
        include_undated=digest.include_undated,
        say_when_empty=digest.say_when_empty,
        chart=digest.chart,
        photo=digest.photo,
        timezone=digest.timezone,  # the times it shows, as its schedule, in the zone named
        aliases=aliases,
        **kwargs,
    )
