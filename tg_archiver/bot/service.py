"""The running service: one asyncio process that keeps the archive filling itself.

It starts the store (migrations applied by :meth:`Store.open`), the Telegram clients when
credentials are configured, the feed poller and the import-folder scan, all on one
APScheduler ``AsyncIOScheduler``, with one cron job per configured digest and per
``/subscribe`` subscription (re-read every minute). On start, digests whose scheduled time
passed during downtime are sent once, merged (see :mod:`bot.digests`; what is due and where it
goes is :mod:`bot.digest_schedule`'s).
``once`` runs one full cycle of every source, sends the digests that are due, and returns.
Otherwise it runs until SIGINT or SIGTERM, then stops cleanly: no new jobs start, the
transaction in flight commits (an import-folder file's is rolled back, and the file imported
again at the next start; a digest resumes at its first unsent part), clients disconnect, and
the exit status is 0, with one line for each step cut short and no traceback.

Without Telegram credentials the service still runs, on feeds and imports, and says so in
one log line. Credentials and session strings are never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telethon.errors import RPCError

from tg_archiver.archive.config import Config, DigestConfig
from tg_archiver.archive.errors import ArchiverError, StorageError
from tg_archiver.archive.import_scan import import_new_files
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.live_spool import LiveSpool, spool_path
from tg_archiver.archive.spool_drain import SpoolDrainer
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.upgrades.rules import bring_up_to_date
from tg_archiver.archive.subscriptions import Subscription
from tg_archiver.bot.alerts import AlertSender
from tg_archiver.bot.digest_schedule import DigestSchedule
from tg_archiver.bot.feeds import FeedPoller
from tg_archiver.bot.sending import Pacer, telegram_send
from tg_archiver.bot.shares import Shares, start_sharing

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
        is :func:`bot.clients.build_client`; tests pass one that never touches the network)."""
        self.store = store
        self.config = config
        self.options = options_from_config(config)
        self.clock = clock
        self._client_factory = client_factory
        self._page_wait = page_wait
        self._stop = asyncio.Event()
        self._clients: list[Any] = []
        self._pacer = Pacer()
        self.digests = DigestSchedule(store, config, clock=clock, pacer=self._pacer)
        self._alerts: AlertSender | None = None  # with a bot: alerts go through it
        self._media: Any = None  # bot.media.MediaDownloader of channels, with [media] on
        self._downloaders: list[Any] = []  # every MediaDownloader made, stopped at the end
        self._file_locks: Any = None  # bot.media.FileLocks the downloaders share
        self._ingest: Any = None  # bot.telegram.ChannelIngest, live or not
        # SQLite: live events appended to the spool beside the archive, stored behind it.
        self._drainer: SpoolDrainer | None = None
        # On PostgreSQL: this service's share of the channels and feeds (bot.shares).
        self.shares: Shares | None = None
        self._upgrade: asyncio.Task[None] | None = None  # stale links and tags made again

    @property
    def _bot(self) -> Any:
        """The bot client, once connected: kept by the digest schedule, which sends through it."""
        return self.digests.bot

    @_bot.setter
    def _bot(self, bot: Any) -> None:
        self.digests.bot = bot

    def stop(self) -> None:
        """Ask the service to stop (what SIGINT and SIGTERM do)."""
        self._stop.set()

    async def run(self, *, once: bool = False) -> int:
        await self._start_spool()
        try:
            return await self._run(once=once)
        finally:
            if self._drainer is not None:
                await self._drainer.close()  # what arrived since the last batch, stored
                self._drainer = None

    async def _start_spool(self) -> None:
        """On SQLite, open the live spool and store what a stopped or killed service left in
        it, before anything else (archive.spool_drain). On PostgreSQL live posts are stored
        as they come: there a transaction does not wait for one writer's lock."""
        if self.store.engine != "sqlite" or self._drainer is not None:
            return
        spool = LiveSpool.open(spool_path(self.store.path))
        drainer = SpoolDrainer(self.store, spool, self.options, clock=self.clock)
        try:
            await drainer.start()
        except BaseException:
            await drainer.close()
            raise
        self._drainer = drainer

    async def _run(self, *, once: bool) -> int:
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
            # Links and tags made by older rules or another config: made again beside the
            # rest of the work, a batch a transaction (archive/store/upgrades/rules.py).
            upgrade = self._upgrade = asyncio.create_task(self.bring_rules_up_to_date())
            try:
                channels = await self._start_telegram(live=not once)
                self.shares = await start_sharing(
                    self.store, poller, self._ingest, history=channels is not None, join=not once
                )
                if once:
                    await self.scan_imports()
                    await poller.poll_all()
                    if channels is not None:
                        await channels.backfill()
                    if self._media is not None:
                        await self._media.drain()
                    await upgrade  # the digests read the tags and links made again
                    await self.catch_up_digests()
                    log.info("cycle done once=true")
                    return 0
                return await self._run_forever(poller, channels)
            finally:
                if not upgrade.done():
                    upgrade.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await upgrade
                if self.shares is not None:
                    await self.shares.stop()
                await self._disconnect()

    async def bring_rules_up_to_date(self) -> None:
        """Retag and relink the posts made by older rules or another config, if any (see
        :mod:`archive.store.upgrades.rules`). A fault is logged and the service goes on: the
        next start resumes after the last batch committed."""
        try:
            await bring_up_to_date(
                self.store, threshold=self.config.near_threshold, aliases=self.config.topics
            )
        except (ArchiverError, ConnectionError, OSError) as e:
            log.error(
                "rules upgrade stopped reason=%s; resumed at the next start", type(e).__name__
            )

    async def _run_forever(self, poller: FeedPoller, channels: Any) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.stop)
        scheduler = AsyncIOScheduler(timezone=UTC)
        poller.schedule(scheduler)
        scheduler.add_job(
            self._stoppable(self.scan_imports),
            "interval",
            seconds=IMPORT_SCAN_SECONDS,
            next_run_time=self.clock(),
            id="imports",
            max_instances=1,
            coalesce=True,
        )
        for digest in self.config.digests:
            scheduler.add_job(
                self._stoppable(self.digests.deliver_digest),
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
        if self.shares is not None:
            scheduler.add_job(
                self.shares.step,
                "interval",
                seconds=self.config.rebalance_seconds,
                id="shares",
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
            if self._upgrade is not None and not self._upgrade.done():
                self._upgrade.cancel()  # its batch in flight is rolled back, resumed next start
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self._upgrade
            if backfill is not None:
                backfill.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await backfill
            await self._drain_spool()  # the live posts waiting, stored before media stop
            for downloader in self._downloaders:
                await downloader.close()  # parts stay on disk; resumed by `media fetch`
            if not await self.store.wait_idle(SHUTDOWN_GRACE_SECONDS):
                log.warning("service stopping with a transaction still open; it is rolled back")
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.remove_signal_handler(sig)
        log.info("service stopped")
        return 0

    async def _drain_spool(self) -> None:
        if self._drainer is None:
            return
        try:
            await self._drainer.drain()
        except StorageError as e:
            log.error("live spool: events left in the spool, stored at the next start: %s", e)

    def _stoppable(self, job: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        """``job`` as a scheduled job. Stopping the service cancels the jobs under way (the
        scheduler's shutdown); such a job ends with the line its step logs about what it left
        (an import rolled back, a digest resumed at its next part), not with the scheduler's
        ERROR and a traceback of the cancellation."""

        @functools.wraps(job)
        async def run(*args: Any) -> None:
            try:
                await job(*args)
            except asyncio.CancelledError:
                if not self._stop.is_set():
                    raise

        return run

    # -- digests and subscriptions: bot.digest_schedule's; these name the jobs' entry points --

    async def digest_due(self, digest: DigestConfig, chat: str, now: datetime) -> bool:
        return await self.digests.digest_due(digest, chat, now)

    async def catch_up_digests(self) -> None:
        await self.digests.catch_up_digests()

    async def sync_subscriptions(self, scheduler: AsyncIOScheduler) -> None:
        await self.digests.sync_subscriptions(scheduler)

    async def deliver_subscription(self, sub: Subscription) -> None:
        await self.digests.deliver_subscription(sub)

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
        from tg_archiver.bot.clients import build_client
        from tg_archiver.bot.commands import BotCommands
        from tg_archiver.bot.forward_intake import ForwardIntake
        from tg_archiver.bot.telegram import ChannelIngest

        make_client = self._client_factory or build_client
        user = await self._connect_user(make_client) if tg.channels else None
        wants_bot = live or any(d.chats for d in self.config.digests)  # once: to send digests
        bot = await self._connect_bot(make_client) if tg.bot_token and wants_bot else None

        if bot is not None:
            self._alerts = AlertSender(
                self.store,
                send=telegram_send(bot),
                pacer=self._pacer,
                usernames=self.digests.usernames,
                clock=self.clock,
                topics=self.config.topics,
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
                    recheck_days=tg.recheck_days,
                    clock=self.clock,
                    page_wait=self._page_wait,
                    on_stored=self.check_alerts,
                    on_media=self._media.track if self._media is not None else None,
                    spool=self._drainer,
                )
                await channels.resolve()
                await channels.follow_spool()
                self._ingest = channels
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
                usernames=self.digests.usernames,
                clock=self.clock,
                topics=self.config.topics,
                shares=lambda: self.shares.describe() if self.shares is not None else None,
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
        from tg_archiver.archive.media_files import LocalMediaFiles
        from tg_archiver.bot.media import FileLocks, MediaDownloader

        files = LocalMediaFiles(self.config.media.folder_for(self.store.where))
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
