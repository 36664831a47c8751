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

Pacing: at most one message per second per chat and 20 a minute per group (:class:`Pacer`),
shared by all digests of the service; a ``FloodWaitError`` is waited out and the same part
retried. An empty window sends nothing but is still recorded as
delivered, so the next window starts after it.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import logging
import os
import stat
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from telethon.errors import FloodWaitError, RandomIdDuplicateError
from telethon.extensions import html as tl_html
from telethon.tl import functions, types

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

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

log = logging.getLogger(__name__)

CONSOLE = "console"
FILE_PREFIX = "file:"  # the "chat" of a digest written to a file: file:/path/to/it
DEFAULT_WINDOW = timedelta(hours=24)
MIN_INTERVAL = 1.0  # seconds between two messages to one chat
GROUP_LIMIT = 20  # messages to one group ...
GROUP_PERIOD = 60.0  # ... in any this many seconds
MAX_FLOOD_RETRIES = 5

# (chat, html, key) -> message id; ``key`` names the part (digest, chat, period, index) and is
# the same when a resumed delivery sends that part again.
Send = Callable[[str, str, str], Awaitable[int | None]]
# (chat, png, html caption, key) -> message id
SendPhoto = Callable[[str, bytes, str, str], Awaitable[int | None]]
Sleep = Callable[[float], Awaitable[None]]


def random_id(key: str) -> int:
    """The MTProto ``random_id`` of a part: derived from its key, so a part sent again after a
    crash carries the id of the first try, and Telegram refuses it as a duplicate
    (RANDOM_ID_DUPLICATE) instead of posting it twice."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _target(chat: str) -> tuple[int | str, types.InputReplyToMessage | None]:
    """The peer to send to and, for a forum group's topic ("-100123:45"), the reply header
    that puts the message in that topic (Telegram files a message replying to a topic's first
    message under the topic)."""
    peer, _, topic = chat.partition(":")
    to = int(peer) if peer.lstrip("-").isdigit() else peer
    if topic.isdigit():
        # top_msg_id stays unset: it is for replies to other messages inside a topic.
        return to, types.InputReplyToMessage(reply_to_msg_id=int(topic))
    return to, None


async def _send_keyed(client: Any, request: Any, chat: str) -> int | None:
    """Send ``request`` (its random_id set from the part's key); the new message's id.

    A part Telegram already has (sent before a crash, not yet recorded) is not posted again:
    it is taken as sent, with its message id unknown.
    """
    try:
        result = await client(request)
    except RandomIdDuplicateError:
        log.info("digest part already in the chat chat=%s (sent before a restart)", chat)
        return None
    if isinstance(result, types.UpdateShortSentMessage):
        return int(result.id)
    for update in getattr(result, "updates", ()):
        if isinstance(update, types.UpdateMessageID) and update.random_id == request.random_id:
            return int(update.id)
    return None


def telegram_send(client: Any) -> Send:
    """Send through a Telethon client (the bot): HTML, no link previews, a keyed random_id."""

    async def send(chat: str, html: str, key: str) -> int | None:
        text, entities = tl_html.parse(html)
        peer, topic = _target(chat)
        request = functions.messages.SendMessageRequest(
            peer=await client.get_input_entity(peer),
            reply_to=topic,
            message=text,
            entities=entities or None,
            no_webpage=True,
            random_id=random_id(key),
        )
        return await _send_keyed(client, request, chat)

    return send


def telegram_send_photo(client: Any) -> SendPhoto:
    """Send a PNG as a photo with an HTML caption, keyed like :func:`telegram_send`."""

    async def send_photo(chat: str, png: bytes, caption: str, key: str) -> int | None:
        text, entities = tl_html.parse(caption)
        peer, topic = _target(chat)
        request = functions.messages.SendMediaRequest(
            peer=await client.get_input_entity(peer),
            reply_to=topic,
            media=types.InputMediaUploadedPhoto(
                file=await client.upload_file(png, file_name="chart.png")
            ),
            message=text,
            entities=entities or None,
            random_id=random_id(key),
        )
        return await _send_keyed(client, request, chat)

    return send_photo


class ConsoleSink:
    """Write messages to a text stream, separated by ``---`` lines (as ``digest`` prints)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._written = False

    async def __call__(self, chat: str, html: str, key: str = "") -> int | None:
        if self._written:
            self.stream.write("---\n")
        self.stream.write(html + "\n")
        self.stream.flush()
        self._written = True
        return None


class FileSink:
    """Append messages to a file in the console's text: parts, and deliveries one after
    another, separated by ``---`` lines. The file is opened and closed for each part, so each
    part is on disk before it is recorded as sent.

    Never waited on: a named pipe is opened without blocking, so a pipe no process reads is a
    failed delivery (resumed on the next run), not a service stuck in ``open`` on its event
    loop, deaf to SIGTERM, its channels and feeds stopped with it. Only a regular file is read
    (its first bytes, to refuse the archive itself).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._written = False

    async def __call__(self, chat: str, html: str, key: str = "") -> int | None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, _APPEND, 0o666)
        except OSError as e:
            if e.errno == errno.ENXIO:
                raise StorageError(
                    f"the digest file {self.path} is a named pipe that no process reads"
                ) from None
            raise
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                if _is_a_database(self.path):
                    # `file = "archive.db"`: the text went past the archive's last page and
                    # was lost, recorded as sent. Not sent, so the next run tries again once
                    # the config is right.
                    raise StorageError(
                        f"the digest file {self.path} is a SQLite database (the archive?), not"
                        " a text file: name another file in the digest's `file`"
                    )
                follows = f.tell() > 0
            else:  # a pipe with its reader, a terminal: written as usual from here
                os.set_blocking(fd, True)
                follows = self._written  # no place to tell from: this sink's own parts
            if follows:
                f.write("---\n")
            f.write(html + "\n")
        self._written = True
        return None


# Open to append, and never wait: a FIFO without a reader is ENXIO at once.
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


def _is_a_database(path: Path) -> bool:
    """Whether the regular file ``path`` is a SQLite database (its first bytes say so)."""
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def failure_reason(e: BaseException) -> str:
    """What a log line says of a failed delivery: a StorageError's own sentence and an
    OSError's (``No space left on device``), which name nothing secret; otherwise the
    exception's class alone, since a Telegram error's text may quote what was sent."""
    if isinstance(e, StorageError):
        return str(e)
    if isinstance(e, OSError) and e.strerror:
        return f"{type(e).__name__} ({e.strerror})"
    return type(e).__name__


class Pacer:
    """Telegram's sending limits for bots, shared by every sender of one client.

    At most one message per ``interval`` seconds to any chat, and in a group or channel at
    most ``group_limit`` messages in any ``group_period`` seconds. A chat is taken as a group
    unless it is a positive numeric id (a user); a public @username could be either, so it gets
    the stricter limit.
    """

    def __init__(
        self,
        *,
        interval: float = MIN_INTERVAL,
        group_limit: int = GROUP_LIMIT,
        group_period: float = GROUP_PERIOD,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.group_limit = group_limit
        self.group_period = group_period
        self.sleep = sleep
        self.monotonic = monotonic
        self._recent: dict[str, deque[float]] = {}  # chat -> send times, oldest first

    @staticmethod
    def is_group(chat: str) -> bool:
        return not chat.isdigit()

    def delay(self, chat: str) -> float:
        """Seconds to wait before the next message to ``chat`` may go (the topics of a forum
        group share the group's limits)."""
        chat = chat.partition(":")[0]
        recent = self._recent.get(chat)
        if not recent:
            return 0.0
        now = self.monotonic()
        while recent and recent[0] <= now - self.group_period:
            recent.popleft()
        if not recent:
            return 0.0
        wait = recent[-1] + self.interval - now
        if self.is_group(chat) and len(recent) >= self.group_limit:
            wait = max(wait, recent[-self.group_limit] + self.group_period - now)
        return max(wait, 0.0)

    async def wait(self, chat: str) -> None:
        """Wait for the next free slot of ``chat`` and take it (call right before sending).

        Taking the slot here, with no await between the check and the taking, keeps two
        digests sending to one chat at the same time within the limits too.
        """
        while (delay := self.delay(chat)) > 0:
            await self.sleep(delay)
        self._recent.setdefault(chat.partition(":")[0], deque()).append(self.monotonic())


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

    async def deliver(self, chat: str, *, until: datetime | None = None) -> list[Delivery]:
        """Finish any interrupted delivery to ``chat``, then deliver the next window.

        Returns the deliveries completed (an empty window's included: it sent nothing). With
        several services on one PostgreSQL archive, one delivers to a chat at a time: another
        that holds the claim (``Store.delivery_claim``) is left to it, and nothing is sent here.
        """
        async with self.store.delivery_claim(self.name, chat) as mine:
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


async def paced_send(
    pacer: Pacer, chat: str, send: Callable[[], Awaitable[int | None]], *, what: str
) -> int | None:
    """``send()`` in ``chat``'s next free slot; a FloodWait is waited out and the same message
    retried (at most :data:`MAX_FLOOD_RETRIES` times). Digests and alerts share it."""
    for attempt in range(MAX_FLOOD_RETRIES + 1):
        await pacer.wait(chat)
        try:
            return await send()
        except FloodWaitError as e:
            if attempt == MAX_FLOOD_RETRIES:
                raise
            log.warning("flood-wait %s chat=%s seconds=%d", what, chat, e.seconds)
            await pacer.sleep(float(e.seconds))
    raise AssertionError("unreachable")


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
