"""Scheduled digests: the configured ones and the subscriptions people make with /subscribe.

The service's scheduler runs each on its cron trigger; this module decides what is due
(including what fell due while the service was down: sent once, merged, see
:mod:`bot.digests`) and delivers it to its chats, the console or a file. One chat's failure
is logged and resumed on the next run; it never stops the others. A digest's deliveries
never overlap (one lock per digest name).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from tg_archiver.archive.config import Config, DigestConfig
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.archive.store import Store
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key, topics_named
from tg_archiver.bot.digests import (
    CONSOLE,
    DEFAULT_WINDOW,
    FILE_PREFIX,
    ConsoleSink,
    DigestSender,
    FileSink,
    Pacer,
    Send,
    SendPhoto,
    failure_reason,
    sender_for,
    telegram_send,
    telegram_send_photo,
)

log = logging.getLogger(__name__)


class DigestSchedule:
    """What the scheduler's digest and subscription jobs call. ``bot`` is the bot client once
    the service has connected one; without it, digests to Telegram chats are skipped (and
    logged) while console and file digests are still delivered."""

    def __init__(
        self, store: Store, config: Config, *, clock: Callable[[], datetime], pacer: Pacer
    ) -> None:
        self.store = store
        self.config = config
        # One for the service's life: the digests', the alerts' and the bot's links.
        self.usernames = SourceUsernames(config.source_usernames)
        self.clock = clock
        self.pacer = pacer
        self.bot: Any = None
        self._locks: dict[str, asyncio.Lock] = {}
        self._sub_jobs: dict[str, tuple[object, ...]] = {}  # job id -> the schedule it runs

    # -- digests -------------------------------------------------------------------------------

    def _chats(self, digest: DigestConfig) -> list[str]:
        if digest.chats:
            return [str(c) for c in digest.chats]
        return [f"{FILE_PREFIX}{digest.file}"] if digest.file else [CONSOLE]

    async def digest_due(self, digest: DigestConfig, chat: str, now: datetime) -> bool:
        """True if a scheduled time of ``digest`` passed since its last delivery to ``chat``
        (or within the default window, when never delivered), or a delivery was interrupted."""
        return await self._due(digest.name, digest.trigger(), chat, now, never_sent_due=True)

    async def _due(
        self, name: str, trigger: CronTrigger, chat: str, now: datetime, *, never_sent_due: bool
    ) -> bool:
        if await self.store.unfinished_deliveries(name, chat):
            return True
        last = await self.store.last_delivery_end(name, chat)
        if last is None:
            if not never_sent_due:
                return False
            last = now - DEFAULT_WINDOW
        start = (last + timedelta(seconds=1)).astimezone(trigger.timezone)
        fire = trigger.get_next_fire_time(None, start)
        return fire is not None and fire <= now

    async def catch_up_digests(self) -> None:
        """Send, once and merged, every digest whose scheduled time passed while we were down."""
        now = self.clock()
        for digest in self.config.digests:
            due = [c for c in self._chats(digest) if await self.digest_due(digest, c, now)]
            if due:
                log.info("digest catch-up name=%s chats=%d", digest.name, len(due))
                await self.deliver_digest(digest, chats=due)

    async def deliver_digest(self, digest: DigestConfig, chats: list[str] | None = None) -> None:
        """Deliver ``digest``'s next window to its chats (the console when it has none)."""
        lock = self._locks.setdefault(digest.name, asyncio.Lock())
        async with lock:
            for chat in chats or self._chats(digest):
                send: Send
                send_photo: SendPhoto | None = None
                if chat == CONSOLE:
                    send = ConsoleSink(sys.stdout)
                elif chat.startswith(FILE_PREFIX):
                    send = FileSink(Path(chat.removeprefix(FILE_PREFIX)))
                elif self.bot is not None:
                    send = telegram_send(self.bot)
                    send_photo = telegram_send_photo(self.bot)
                else:
                    log.warning(
                        "digest not sent name=%s chat=%s reason=no bot (set TG_BOT_TOKEN)",
                        digest.name,
                        chat,
                    )
                    continue
                sender = sender_for(
                    self.store,
                    digest,
                    aliases=self.config.topics,
                    send=send,
                    send_photo=send_photo,
                    usernames=self.usernames,
                    clock=self.clock,
                    pacer=self.pacer,
                    media=self.config.media,
                )
                try:
                    await sender.deliver(chat)
                except asyncio.CancelledError:  # the service stopping
                    log.info(
                        "digest interrupted name=%s chat=%s; resumed at its first unsent part"
                        " at the next start",
                        digest.name,
                        chat,
                    )
                    raise
                except Exception as e:  # one chat's fault must not stop the others
                    log.error(
                        "digest failed name=%s chat=%s reason=%s; resumed on the next run",
                        digest.name,
                        chat,
                        failure_reason(e),
                    )

    # -- subscriptions (/subscribe): digests of one topic to one chat ---------------------------

    @staticmethod
    def subscription_name(sub: Subscription) -> str:
        return f"sub:{sub.chat_id}:{tag_key(sub.topic)}"

    @staticmethod
    def subscription_trigger(sub: Subscription) -> CronTrigger:
        hour, minute = sub.time.split(":")
        return CronTrigger(
            day_of_week=sub.weekday if sub.schedule_kind == "weekly" else None,
            hour=int(hour),
            minute=int(minute),
            timezone=ZoneInfo(sub.timezone),
        )

    async def sync_subscriptions(self, scheduler: AsyncIOScheduler) -> None:
        """Make the scheduler's subscription jobs match the store (added, changed, removed),
        and catch up a subscription whose time passed since its last digest."""
        subs = {self.subscription_name(s): s for s in await self.store.list_subscriptions()}
        for job_id in list(self._sub_jobs):
            if job_id not in subs:
                with contextlib.suppress(Exception):
                    scheduler.remove_job(job_id)
                del self._sub_jobs[job_id]
        now = self.clock()
        for job_id, sub in subs.items():
            schedule = (sub.schedule_kind, sub.weekday, sub.time, sub.timezone)
            if self._sub_jobs.get(job_id) == schedule:
                continue
            trigger = self.subscription_trigger(sub)
            if job_id in self._sub_jobs:
                with contextlib.suppress(Exception):
                    scheduler.remove_job(job_id)
            scheduler.add_job(
                self.deliver_subscription,
                trigger,
                args=[sub],
                id=job_id,
                replace_existing=True,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
            )
            first = job_id not in self._sub_jobs
            self._sub_jobs[job_id] = schedule
            if first and await self._due(
                job_id, trigger, str(sub.chat_id), now, never_sent_due=False
            ):
                await self.deliver_subscription(sub)

    async def deliver_subscription(self, sub: Subscription) -> None:
        if self.bot is None:
            return
        name = self.subscription_name(sub)
        async with self._locks.setdefault(name, asyncio.Lock()):
            sender = DigestSender(
                self.store,
                name,
                topics_named([sub.topic], self.config.topics),
                send=telegram_send(self.bot),
                send_photo=telegram_send_photo(self.bot),
                chart=sub.schedule_kind == "weekly",
                title=f"Digest: #{sub.topic}",
                usernames=self.usernames,
                timezone=sub.timezone,
                clock=self.clock,
                pacer=self.pacer,
                aliases=self.config.topics,
            )
            try:
                await sender.deliver(str(sub.chat_id))
            except Exception as e:
                log.error(
                    "digest failed name=%s reason=%s; resumed on the next run",
                    name,
                    failure_reason(e),
                )
