"""The running service: one asyncio process that keeps the archive filling itself.

It starts the store (migrations applied by :meth:`Store.open`), the Telegram clients when
credentials are configured, the feed poller and the import-folder scan, all on one
APScheduler ``AsyncIOScheduler``, with one cron job per configured digest and per
``/subscribe`` subscription (re-read every minute). On start, digests whose scheduled time
passed during downtime are sent once, merged (see :mod:`bot.digests`).
``once`` runs one full cycle of every source, sends the digests that are due, and returns.
Otherwise it runs until SIGINT or SIGTERM, then stops cleanly: no new jobs start, the
transaction in flight commits, clients disconnect, and the exit status is 0.

Without Telegram credentials the service still runs, on feeds and imports, and says so in
one log line. Credentials and session strings are never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from telethon.errors import RPCError

from tg_archiver.archive.config import Config, DigestConfig
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.ingest import import_new_files, options_from_config
from tg_archiver.archive.store import Store
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.archive.tags import tag_key
from tg_archiver.bot.alerts import AlertSender
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
    sender_for,
    telegram_send,
    telegram_send_photo,
)
from tg_archiver.bot.feeds import FeedPoller

log = logging.getLogger(__name__)

IMPORT_SCAN_SECONDS = 300
SUBSCRIPTIONS_SYNC_SECONDS = 60
ALERT_CHECK_SECONDS = 60
SHUTDOWN_GRACE_SECONDS = 30.0


class Service:
    def __init__(
        self,
        store: Store,
        config: Config,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        client_factory: Callable[..., Any] | None = None,
        page_wait: float | None = None,
    ) -> None:
        """``client_factory(telegram_config, bot=...)`` builds the Telegram clients (the default
        is :func:`bot.telegram.build_client`; tests pass one that never touches the network)."""
        self.store = store
        self.config = config
        self.options = options_from_config(config)
        self.clock = clock
        self._client_factory = client_factory
        self._page_wait = page_wait
        self._stop = asyncio.Event()
        self._clients: list[Any] = []
        self._bot: Any = None
        self._pacer = Pacer()
        self._digest_locks: dict[str, asyncio.Lock] = {}
        self._alerts: AlertSender | None = None  # with a bot: alerts go through it
        self._sub_jobs: dict[str, tuple[object, ...]] = {}  # job id -> the schedule it runs
        self._media: Any = None  # bot.media.MediaDownloader of channels, with [media] on
        self._downloaders: list[Any] = []  # every MediaDownloader made, stopped at the end
        self._file_locks: Any = None  # bot.media.FileLocks the downloaders share

    def stop(self) -> None:
        """Ask the service to stop (what SIGINT and SIGTERM do)."""
        self._stop.set()

    async def run(self, *, once: bool = False) -> int:
        async with httpx.AsyncClient(
            headers={"User-Agent": "tg-archiver"}, follow_redirects=True
        ) as http:
            poller = FeedPoller(
                self.store,
                self.config.feeds,
                self.options,
                self.config.polling,
                client=http,
                notify=self._notify_admins,
                clock=self.clock,
            )
            channels = await self._start_telegram(live=not once)
            try:
                if once:
                    await self.scan_imports()
                    await poller.poll_all()
                    if channels is not None:
                        await channels.backfill()
                    if self._media is not None:
                        await self._media.drain()
                    await self.catch_up_digests()
                    log.info("cycle done once=true")
                    return 0
                return await self._run_forever(poller, channels)
            finally:
                await self._disconnect()

    async def _run_forever(self, poller: FeedPoller, channels: Any) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.stop)
        scheduler = AsyncIOScheduler(timezone=UTC)
        poller.schedule(scheduler)
        scheduler.add_job(
            self.scan_imports,
            "interval",
            seconds=IMPORT_SCAN_SECONDS,
            next_run_time=self.clock(),
            id="imports",
            max_instances=1,
            coalesce=True,
        )
        for digest in self.config.digests:
            scheduler.add_job(
                self.deliver_digest,
                digest.trigger(),
                args=[digest],
                id=f"digest:{digest.name}",
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
            )
        if self._bot is not None:
            scheduler.add_job(
                self.sync_subscriptions,
                "interval",
                seconds=SUBSCRIPTIONS_SYNC_SECONDS,
                args=[scheduler],
                next_run_time=self.clock(),
                id="subscriptions",
                max_instances=1,
                coalesce=True,
            )
            # Live channel posts alert as they are stored; feed items and imports at most
            # this long after.
            scheduler.add_job(
                self.check_alerts,
                "interval",
                seconds=ALERT_CHECK_SECONDS,
                next_run_time=self.clock(),
                id="alerts",
                max_instances=1,
                coalesce=True,
            )
        scheduler.start()
        catch_up = asyncio.create_task(self.catch_up_digests())
        log.info(
            "service started feeds=%d import_paths=%d telegram=%s",
            len(self.config.feeds),
            len(self.config.import_paths),
            "on" if self._clients else "off",
        )
        backfill = asyncio.create_task(channels.backfill()) if channels is not None else None
        try:
            await self._stop.wait()
        finally:
            log.info("service stopping")
            scheduler.shutdown(wait=False)
            catch_up.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await catch_up
            if backfill is not None:
                backfill.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await backfill
            for downloader in self._downloaders:
                await downloader.close()  # parts stay on disk; resumed by `media fetch`
            if not await self.store.wait_idle(SHUTDOWN_GRACE_SECONDS):
                log.warning("service stopping with a transaction still open; it is rolled back")
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.remove_signal_handler(sig)
        log.info("service stopped")
        return 0

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
        lock = self._digest_locks.setdefault(digest.name, asyncio.Lock())
        async with lock:
            for chat in chats or self._chats(digest):
                send: Send
                send_photo: SendPhoto | None = None
                if chat == CONSOLE:
                    send = ConsoleSink(sys.stdout)
                elif chat.startswith(FILE_PREFIX):
                    send = FileSink(Path(chat.removeprefix(FILE_PREFIX)))
                elif self._bot is not None:
                    send = telegram_send(self._bot)
                    send_photo = telegram_send_photo(self._bot)
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
                    usernames=self.config.source_usernames,
                    clock=self.clock,
                    pacer=self._pacer,
                )
                try:
                    await sender.deliver(chat)
                except Exception as e:  # one chat's fault must not stop the others
                    log.error(
                        "digest failed name=%s chat=%s reason=%s; resumed on the next run",
                        digest.name,
                        chat,
                        type(e).__name__,
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
        if self._bot is None:
            return
        name = self.subscription_name(sub)
        async with self._digest_locks.setdefault(name, asyncio.Lock()):
            sender = DigestSender(
                self.store,
                name,
                (sub.topic,),
                send=telegram_send(self._bot),
                send_photo=telegram_send_photo(self._bot),
                chart=sub.schedule_kind == "weekly",
                title=f"Digest: #{sub.topic}",
                usernames=self.config.source_usernames,
                clock=self.clock,
                pacer=self._pacer,
            )
            try:
                await sender.deliver(str(sub.chat_id))
            except Exception as e:
                log.error(
                    "digest failed name=%s reason=%s; resumed on the next run",
                    name,
                    type(e).__name__,
                )

    async def scan_imports(self) -> None:
        if not self.config.import_paths:
            return
        await import_new_files(
            self.store,
            self.config.import_paths,
            self.options,
            now=self.clock(),
            media=self.config.media,
        )

    async def _start_telegram(self, *, live: bool) -> Any:
        """Connect the configured Telegram clients; return the channel ingest to backfill, if any.

        Channels are read with the user session when there is one. Without it, a bot that is
        an admin of the channels follows their new posts live; Telegram does not let bots read
        history, so there is no backfill then.
        """
        tg = self.config.telegram
        if not tg.has_api:
            log.info(
                "telegram=off reason=no api_id/api_hash (set TG_API_ID and TG_API_HASH);"
                " feeds and imports only"
            )
            return None
        from tg_archiver.bot.commands import BotCommands
        from tg_archiver.bot.telegram import ChannelIngest, ForwardIntake, build_client

        make_client = self._client_factory or build_client
        user = await self._connect_user(make_client) if tg.channels else None
        wants_bot = live or any(d.chats for d in self.config.digests)  # once: to send digests
        bot = await self._connect_bot(make_client) if tg.bot_token and wants_bot else None

        if bot is not None:
            self._alerts = AlertSender(
                self.store,
                send=telegram_send(bot),
                pacer=self._pacer,
                usernames=self.config.source_usernames,
                clock=self.clock,
            )
            await self._alerts.alerts.sync_config(self.config.alerts, now=self.clock())

        channels = None
        reader = user or bot
        if tg.channels and reader is not None:
            self._media = self._media_downloader(reader, "channels")
            try:
                channels = ChannelIngest(
                    self.store,
                    reader,
                    tg.channels,
                    self.options,
                    backfill_limit=tg.backfill_limit,
                    clock=self.clock,
                    page_wait=self._page_wait,
                    on_stored=self.check_alerts,
                    on_media=self._media.track if self._media is not None else None,
                )
                await channels.resolve()
                if live:
                    channels.register()
            except Exception as e:  # a network fault must not stop feeds and imports
                log.error("telegram=off for channels reason=%s", type(e).__name__)
                channels = None
            if reader is bot and channels is not None:
                log.info("channels=live-only reason=read through the bot, which has no history")
                channels = None
        if bot is not None and live:
            BotCommands(
                self.store,
                bot,
                tg,
                usernames=self.config.source_usernames,
                clock=self.clock,
                topics=self.config.topics,
            ).register()
            forwarded_media = self._media_downloader(bot, "forwards")
            ForwardIntake(
                self.store,
                bot,
                self.options,
                allowed_users=set(tg.allowed_users) | set(tg.admins),
                clock=self.clock,
                on_media=forwarded_media.track if forwarded_media is not None else None,
            ).register()
        return channels

    def _media_downloader(self, client: Any, what: str) -> Any:
        """A downloader of posts' files through ``client``, unless ``[media] enabled = false``.
        Each is stopped with the service (its parts stay on disk, resumed by `media fetch`)."""
        if not self.config.media.enabled:
            log.info("media=off for %s reason=[media] enabled = false", what)
            return None
        from tg_archiver.archive.media_files import LocalMediaFiles, media_root
        from tg_archiver.bot.media import FileLocks, MediaDownloader

        files = LocalMediaFiles(media_root(self.store.path))
        if not self._downloaders:
            files.clean_temporary()
            self._file_locks = FileLocks()
        downloader = MediaDownloader(
            self.store,
            client,
            self.config.media,
            files=files,
            clock=self.clock,
            locks=self._file_locks,
        )
        self._downloaders.append(downloader)
        return downloader

    async def check_alerts(self) -> None:
        """Send what the alerts have new (and what a restart left unsent). A fault is logged
        and the rest waits for the next check: what was recorded stays to be sent."""
        if self._alerts is None:
            return
        try:
            await self._alerts.check()
        except (RPCError, StorageError, ConnectionError) as e:  # FloodWait is an RPCError
            log.error("alerts not sent reason=%s; retried on the next check", type(e).__name__)

    async def _connect_user(self, make_client: Callable[..., Any]) -> Any:
        tg = self.config.telegram
        if not tg.session.exists():
            log.warning(
                "telegram user session=off reason=no session file at %s;"
                " run `tg-archiver login` once first",
                tg.session,
            )
            return None
        try:
            user = make_client(tg, bot=False)
            await user.connect()
            if not await user.is_user_authorized():
                log.warning(
                    "telegram user session=off reason=not logged in; run `tg-archiver login`"
                )
                await user.disconnect()
                return None
        except Exception as e:
            log.error("telegram user session=off reason=%s", type(e).__name__)
            return None
        self._clients.append(user)
        return user

    async def _connect_bot(self, make_client: Callable[..., Any]) -> Any:
        tg = self.config.telegram
        try:
            bot = make_client(tg, bot=True)
            await bot.start(bot_token=tg.bot_token)
        except Exception as e:
            log.error("telegram bot=off reason=%s", type(e).__name__)
            return None
        self._clients.append(bot)
        self._bot = bot
        return bot

    async def _notify_admins(self, text: str) -> None:
        chat = self.config.telegram.admin_chat
        if self._bot is None or chat is None:
            return
        try:
            await self._bot.send_message(chat, text, link_preview=False)
        except Exception as e:
            log.warning("admin notice not sent reason=%s", type(e).__name__)

    async def _disconnect(self) -> None:
        for client in self._clients:
            with contextlib.suppress(Exception):
                await client.disconnect()
        self._clients.clear()
