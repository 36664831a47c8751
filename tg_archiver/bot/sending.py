"""Messages to Telegram chats, paced and keyed: what digests and alerts send through.

Pacing: at most one message per second per chat and 20 a minute per group (:class:`Pacer`),
shared by every sender of one client; a ``FloodWaitError`` is waited out and the same message
retried (:func:`paced_send`). Keyed: each message carries a ``random_id`` derived from its key
(:func:`random_id`), so one sent again after a crash is refused by Telegram as a duplicate
instead of posted twice. A forum group's topic is written ``"-100123:45"``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from telethon.errors import FloodWaitError, RandomIdDuplicateError
from telethon.extensions import html as tl_html
from telethon.tl import functions, types

log = logging.getLogger(__name__)

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
