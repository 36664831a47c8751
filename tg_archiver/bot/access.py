"""Who may use the bot's commands, and how often: one gate every command handler goes through.

Roles come from the config: ``telegram.admins`` are admins, ``telegram.allowed_users`` members;
anyone else is a stranger and gets one polite refusal per run, then silence, and nothing from
the archive. Some commands need more than membership (:class:`Need`): ``/export`` is for admins,
changing subscriptions is for admins, or in a group for that group's own admins (asked from
Telegram). Each known user also has a rate limit, answered once with a "slow down" line.

Handlers declare what they need with :func:`requires`; they never repeat these checks.
"""

from __future__ import annotations

import enum
import functools
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Collection
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from telethon import TelegramClient, events
from telethon.errors import RPCError
from telethon.tl import functions, types

from tg_archiver.bot.clock import Clock

log = logging.getLogger(__name__)


REFUSAL = "Sorry, this is a private archive: only its members can use it."
ADMINS_ONLY = "Sorry, only the archive's admins can do that."
GROUP_ADMINS_ONLY = "Sorry, in a group only its admins can change subscriptions and alerts."
SLOW_DOWN = "Slow down, please: too many commands in a minute. Try again shortly."


class Need(enum.Enum):
    MEMBER = "member"  # admins and allowed users
    ADMIN = "admin"  # telegram.admins
    MANAGER = "manager"  # admins; in a group also the group's admins (who are members)


class RateLimiter:
    """At most ``limit`` commands per ``per`` seconds per user, over a sliding window."""

    def __init__(self, limit: int, per: float, clock: Clock) -> None:
        self._limit = limit
        self._per = per
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> bool | None:
        """True: go ahead. False: over the limit, tell the user once. None: over, stay silent."""
        now = self._clock().timestamp()
        seen = self._seen.setdefault(user_id, deque())
        while seen and seen[0] <= now - self._per:
            seen.popleft()
        if len(seen) < self._limit:
            seen.append(now)
            self._warned.discard(user_id)
            return True
        if user_id in self._warned:
            return None
        self._warned.add(user_id)
        return False


class Access:
    """Roles, group admin look-ups and the rate limit, for :func:`requires`."""

    def __init__(
        self,
        client: TelegramClient,
        *,
        admins: Collection[int],
        members: Collection[int],
        clock: Clock,
        rate_limit: int = 20,
        rate_period: float = 60.0,
        export_admin_only: bool = True,
        subscriptions_admin_only: bool = True,
    ) -> None:
        self._client = client
        self.admins = frozenset(admins)
        self.members = frozenset(members) | self.admins
        self.export_admin_only = export_admin_only
        self.subscriptions_admin_only = subscriptions_admin_only
        self._limiter = RateLimiter(rate_limit, rate_period, clock)
        self._refused: set[int] = set()

    async def admit(self, event: Any, need: Need) -> bool:
        """Whether the sender of ``event`` may go on; if not, they have been told (or not, once
        told already)."""
        user = event.sender_id
        if user not in self.members:
            log.info("command refused user=%s reason=stranger", user)
            if user not in self._refused:
                self._refused.add(user)
                await tell(event, REFUSAL)
            else:
                await quiet(event)
            return False
        verdict = self._limiter.check(user)
        if verdict is not True:
            log.info("command refused user=%s reason=rate", user)
            if verdict is False:
                await tell(event, SLOW_DOWN)
            else:
                await quiet(event)
            return False
        if user in self.admins or need is Need.MEMBER:
            return True
        if need is Need.ADMIN:
            if self.export_admin_only:
                await tell(event, ADMINS_ONLY)
                return False
            return True
        # Need.MANAGER
        if event.is_private:
            if self.subscriptions_admin_only:
                await tell(event, ADMINS_ONLY)
                return False
            return True
        if await self.is_group_admin(event):
            return True
        await tell(event, GROUP_ADMINS_ONLY)
        return False

    async def is_group_admin(self, event: Any) -> bool:
        """Whether the sender administers the group the event came from (asks Telegram)."""
        chat = await event.get_input_chat()
        sender = await event.get_input_sender()
        try:
            if isinstance(chat, types.InputPeerChannel):
                result = await self._client(functions.channels.GetParticipantRequest(chat, sender))
                return isinstance(
                    result.participant,
                    types.ChannelParticipantAdmin | types.ChannelParticipantCreator,
                )
            if isinstance(chat, types.InputPeerChat):
                full = await self._client(functions.messages.GetFullChatRequest(chat.chat_id))
                participants = getattr(full.full_chat, "participants", None)
                for p in getattr(participants, "participants", []):
                    if p.user_id == event.sender_id:
                        return isinstance(
                            p, types.ChatParticipantAdmin | types.ChatParticipantCreator
                        )
        except RPCError as e:
            log.warning("group admin check failed chat=%s: %s", event.chat_id, type(e).__name__)
        return False


async def tell(event: Any, text: str) -> None:
    """A short plain-text answer: a callback's toast, or a reply to a message."""
    if isinstance(event, events.CallbackQuery.Event):
        await event.answer(text, alert=True)
    else:
        await event.reply(text, parse_mode=None, link_preview=False)


async def quiet(event: Any) -> None:
    """Say nothing; but a button press is still answered, or its spinner keeps turning."""
    if isinstance(event, events.CallbackQuery.Event):
        await event.answer()


class _Guarded(Protocol):
    access: Access


S = TypeVar("S", bound=_Guarded)
P = ParamSpec("P")


def requires(
    need: Need,
) -> Callable[
    [Callable[Concatenate[S, Any, P], Awaitable[None]]],
    Callable[Concatenate[S, Any, P], Awaitable[None]],
]:
    """Run the decorated handler ``(self, event, ...)`` only if ``self.access`` admits the
    event's sender for ``need``."""

    def decorate(
        handler: Callable[Concatenate[S, Any, P], Awaitable[None]],
    ) -> Callable[Concatenate[S, Any, P], Awaitable[None]]:
        @functools.wraps(handler)
        async def guarded(self: S, event: Any, /, *args: P.args, **kwargs: P.kwargs) -> None:
            if await self.access.admit(event, need):
                await handler(self, event, *args, **kwargs)

        guarded.need = need  # type: ignore[attr-defined]  # what the handler needs, for tests
        return guarded

    return decorate
