"""Posts that allowed users forward to the bot, archived as the origin channel's own posts.

:class:`ForwardIntake` answers each forward with one short line (:func:`reply_text`): archived,
archived as a new version, or already there; people it does not know are refused once per run.
Telethon objects become archive records in :mod:`bot.convert` only.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import Any

from telethon import TelegramClient, events

from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost
from tg_archiver.archive.store import IngestReport, Store
from tg_archiver.bot.clock import Clock, utcnow
from tg_archiver.bot.convert import forward_album_to_post, forward_to_post
from tg_archiver.bot.telegram import OnMedia

log = logging.getLogger(__name__)


REFUSAL = "Sorry, this archive only takes posts from its members."
HINT = "Forward me channel posts to archive them."
STORAGE_FAULT = "Could not archive this post now: the archive cannot be written. Forward it later."


class ForwardIntake:
    """Archive the posts allowed users forward to the bot, and say what happened."""

    def __init__(
        self,
        store: Store,
        client: TelegramClient,
        options: PipelineOptions,
        *,
        allowed_users: Collection[int],
        clock: Clock = utcnow,
        on_media: OnMedia | None = None,
    ) -> None:
        """``on_media`` gets each archived forward with its messages, for their files (see
        :data:`bot.telegram.OnMedia`)."""
        self._on_media = on_media
        self._store = store
        self._client = client
        self._options = options
        self._allowed = frozenset(allowed_users)
        self._clock = clock
        self._refused: set[int] = set()  # told once per run; repeating would only add noise

    def register(self) -> None:
        private = events.NewMessage(incoming=True, func=lambda e: e.is_private)
        self._client.add_event_handler(self._on_private_message, private)
        self._client.add_event_handler(
            self._on_private_album, events.Album(func=lambda e: e.is_private)
        )

    async def _allowed_sender(self, event: Any) -> bool:
        user = event.sender_id
        if user in self._allowed:
            return True
        log.info("forward refused user=%s", user)
        if user not in self._refused:
            self._refused.add(user)
            await event.reply(REFUSAL, parse_mode=None, link_preview=False)
        return False

    async def _on_private_message(self, event: Any) -> None:
        message = event.message
        if message.grouped_id is not None:
            return  # an album part: events.Album delivers the album whole
        if message.fwd_from is None and (message.message or "").startswith("/"):
            return  # commands (and refusing them) are bot.commands' to answer
        if not await self._allowed_sender(event):
            return
        if message.fwd_from is None:
            await event.reply(HINT, parse_mode=None, link_preview=False)
            return
        post = forward_to_post(message, _origin(message), forwarded_by=event.sender_id)
        await self._archive(event, post, [message])

    async def _on_private_album(self, event: Any) -> None:
        if not await self._allowed_sender(event):
            return
        messages = [m for m in event.messages if m.fwd_from is not None]
        if not messages:
            await event.reply(HINT, parse_mode=None, link_preview=False)
            return
        post = forward_album_to_post(messages, _origin(messages[0]), forwarded_by=event.sender_id)
        await self._archive(event, post, messages)

    async def _archive(self, event: Any, post: Post, messages: Sequence[Any]) -> None:
        try:
            report, prepared = await store_posts(
                self._store, [post], self._options, now=self._clock(), where="forward"
            )
        except InputError as e:
            await event.reply(f"Could not archive this post: {e}", parse_mode=None)
            return
        except StorageError as e:
            log.error(
                "forward user=%s post=%s not stored: %s", event.sender_id, post.external_id, e
            )
            await event.reply(STORAGE_FAULT, parse_mode=None)
            return
        log.info(
            "forward user=%s source=%s post=%s added=%d edited=%d",
            event.sender_id,
            post.source.key,
            post.external_id,
            report.added,
            report.edited,
        )
        await event.reply(reply_text(report, prepared[0]), parse_mode=None, link_preview=False)
        if self._on_media is not None:
            await self._on_media([(post, messages)])


def _origin(message: Any) -> Any | None:
    """The origin entity of a forward, when the update carried it."""
    fwd = message.forward
    if fwd is None:
        return None
    return fwd.chat or fwd.sender


def reply_text(report: IngestReport, item: PreparedPost) -> str:
    """The bot's one-line answer to a forward."""
    post = item.post
    if post.source.kind == "telegram":
        name = post.source.title or (
            f"@{post.source.username}" if post.source.username else f"channel {post.source.key}"
        )
        what = f"{name} #{post.external_id}"
    else:
        fwd = post.forwarded_from
        what = (fwd.name if fwd else None) or "a forwarded message"
    tags = " ".join(f"#{t.name}" for t in item.tags)
    suffix = f" · tags: {tags}" if tags else ""
    if report.added:
        return f"Archived: {what}{suffix}"
    if report.edited:
        return f"Archived as a new version: {what}{suffix}"
    return f"Already in the archive: {what}{suffix}"
