"""The feed poller of the long-running service: each configured feed polled at its interval.

One poll of one feed is a conditional GET (the stored ETag and Last-Modified are sent back, so
an unchanged feed costs the server a 304 and us nothing), then the posts are stored in one
transaction and the feed's :class:`~archive.store.FeedState` is saved in another. If the
process dies between the two, the next poll sends the old validators, gets the same entries and
stores them as unchanged: harmless, so the two need not share a transaction.

A feed that fails (HTTP error, timeout, refused connection, a body that is not a feed, posts
the archive refuses) is retried with exponential backoff (:meth:`FeedPoller.next_delay`), and
after ``polling.max_failures`` consecutive failures it is disabled and the admin is told through
``notify``. An archive that cannot be written (disk full: :class:`~archive.errors.StorageError`)
is not the feed's failure: the poll is logged as an error and changes nothing, so the next
poll fetches the same entries and stores them once there is space. A disabled feed stays
disabled, across restarts, until someone re-enables it with :meth:`FeedPoller.enable` (the CLI
will expose it as a command). Feed faults never escape :meth:`FeedPoller.poll`; anything else
is a bug and does.

Timestamps come from the injected ``clock``; only ``took=`` in the logs uses the monotonic clock.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from tg_archiver.archive.config import FeedConfig, PollingConfig
from tg_archiver.archive.errors import ArchiverError, InputError, StorageError
from tg_archiver.archive.importers.feed import FeedResult, fetch_feed, read_feed_file
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.store import FeedState, Store

log = logging.getLogger(__name__)

Notify = Callable[[str], Awaitable[None]]


def job_id(feed: FeedConfig) -> str:
    """The APScheduler job id of a feed's polling job (the scheduler logs it: redacted)."""
    return f"feed:{shown(feed)}"


def shown(feed: FeedConfig) -> str:
    """The feed's URL as it may be logged, stored or told: its password and tokens hidden
    (:func:`~archive.redact.redact_url`). ``feed.url`` itself is used only to fetch."""
    return redact_url(feed.url)


def is_local(url: str) -> bool:
    """A feed URL without a scheme, or a ``file://`` one, names a file on this machine."""
    return "://" not in url or url.startswith("file://")


class FeedPoller:
    """Polls the configured feeds into the archive, remembering each feed's state in the store.

    ``client`` is shared by every poll (connection reuse; its headers, such as the User-Agent,
    are sent). ``notify`` is awaited with one line when a feed gets disabled; the service passes
    a function that messages the admin chat. ``clock`` gives the current time (aware, UTC).
    """

    def __init__(
        self,
        store: Store,
        feeds: Sequence[FeedConfig],
        options: PipelineOptions,
        polling: PollingConfig,
        *,
        client: httpx.AsyncClient,
        notify: Notify | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.feeds = tuple(feeds)
        self.options = options
        self.polling = polling
        self.client = client
        self.notify = notify
        self.clock = clock
        # The store's transactions share one connection: two polls must not open theirs at once.
        self._lock = asyncio.Lock()
        self._disabled_logged: set[str] = set()  # disabled feeds already mentioned in the log
        self._scheduler: Any = None
        # Feeds asked to be polled at once (one this service just took) not polled since, and
        # feeds whose job is running (by URL): see poll_soon.
        self._soon: set[str] = set()
        self._ticking: set[str] = set()
        # Whether this service polls a feed: all of them, unless several services share a
        # PostgreSQL archive (bot.shares sets it to this service's share).
        self.holds: Callable[[FeedConfig], bool] = lambda feed: True

    # -- one poll -------------------------------------------------------------------------------

    async def poll(self, feed: FeedConfig) -> None:
        """Poll ``feed`` once: fetch, store new and edited posts, save the feed's state.

        Returns without fetching when the feed is disabled. Feed faults (SourceError, and an
        InputError from a malformed URL, an unreadable file or posts the archive refuses) are
        counted, logged and saved, never raised. Not this service's feed (see :attr:`holds`):
        nothing.
        """
        if not self.holds(feed):
            return
        async with self._lock:
            state = await self.store.feed_state(shown(feed))
        if state.disabled_at is not None:
            if shown(feed) not in self._disabled_logged:
                self._disabled_logged.add(shown(feed))
                log.debug("feed=%s disabled since %s, not polled", shown(feed), state.disabled_at)
            return
        self._disabled_logged.discard(shown(feed))

        now = self.clock()
        started = time.monotonic()
        try:
            status, result, etag, last_modified = await self._fetch(feed, state, now)
            if result is None:  # 304 Not Modified
                new_state = replace(
                    state,
                    etag=etag,
                    last_modified=last_modified,
                    last_polled_at=now,
                    failures=0,
                    last_error=None,
                )
                async with self._lock, self.store.transaction():
                    await self.store.save_feed_state(new_state)
                log.debug("feed=%s status=304 took=%.2fs", shown(feed), time.monotonic() - started)
                return
            if result.warning:
                log.warning(
                    "feed=%s partly malformed, kept %d entries: %s",
                    shown(feed),
                    len(result.posts),
                    result.warning,
                )
            for note in result.notes:
                log.warning("feed %s", note)
            async with self._lock:
                report, _ = await store_posts(
                    self.store, result.posts, self.options, now=now, where=shown(feed)
                )
                new_state = replace(
                    state,
                    etag=etag,
                    last_modified=last_modified,
                    last_polled_at=now,
                    last_success_at=now,
                    failures=0,
                    last_error=None,
                )
                async with self.store.transaction():
                    await self.store.save_feed_state(new_state)
        except StorageError as exc:
            # The archive's fault, not the feed's: no failure counted, no state saved (it could
            # not be), so the next poll fetches the same entries again and stores them then.
            log.error("feed=%s poll not completed, retried at the next poll: %s", shown(feed), exc)
            return
        except ArchiverError as exc:
            # Messages name the URL redacted already; an exception's own text is redacted too.
            await self._failed(feed, state, now, redact(str(exc)))
            return
        log.info(
            "feed=%s status=%s new=%d edited=%d unchanged=%d took=%.2fs",
            shown(feed),
            status,
            report.added,
            report.edited,
            report.unchanged,
            time.monotonic() - started,
        )
        if report.repeated_versions or report.repeated_same:
            # One guid twice in one document: stored as versions (see Store.ingest), said here.
            log.info(
                "feed=%s repeated ids: %d stored as versions, %d with the same text stored once",
                shown(feed),
                report.repeated_versions,
                report.repeated_same,
            )
        if report.older_kept:
            # A stale copy (a mirror or cache behind the feed): never the entry's present.
            log.info(
                "feed=%s older copies kept as earlier versions: %d",
                shown(feed),
                report.older_kept,
            )

    async def _fetch(
        self, feed: FeedConfig, state: FeedState, now: datetime
    ) -> tuple[str, FeedResult | None, str | None, str | None]:
        """(status for the log, the parsed feed or None on 304, etag, last_modified)."""
        if is_local(feed.url):
            path = Path(feed.url.removeprefix("file://"))
            # Reading and parsing a big file would stall the event loop.
            result = await asyncio.to_thread(read_feed_file, path, fetched_at=now)
            return "file", result, None, None
        fetched = await fetch_feed(
            feed.url,
            client=self.client,
            fetched_at=now,
            etag=state.etag,
            last_modified=state.last_modified,
            timeout=self.polling.timeout,
        )
        if fetched.final_url != shown(feed):
            log.debug("feed=%s redirected to %s", shown(feed), fetched.final_url)
        return str(fetched.status), fetched.result, fetched.etag, fetched.last_modified

    async def _failed(self, feed: FeedConfig, state: FeedState, now: datetime, error: str) -> None:
        failures = state.failures + 1
        disable = failures >= self.polling.max_failures
        new_state = replace(
            state,
            last_polled_at=now,
            failures=failures,
            last_error=error,
            disabled_at=now if disable else None,
        )
        try:
            async with self._lock, self.store.transaction():
                await self.store.save_feed_state(new_state)
        except StorageError as exc:  # a full disk on top of the feed's fault: log both
            log.error("feed=%s failure not recorded: %s", shown(feed), exc)
        log.warning("feed=%s failures=%d error=%s", shown(feed), failures, error)
        if not disable:
            return
        log.error(
            "feed=%s disabled after %d consecutive failures: %s", shown(feed), failures, error
        )
        self._disabled_logged.add(shown(feed))
        if self.notify is None:
            return
        label = f"{feed.name} ({shown(feed)})" if feed.name else shown(feed)
        message = (
            f"Feed {label} disabled after {failures} consecutive failures: {error}. "
            "It stays disabled until it is re-enabled."
        )
        try:
            await self.notify(message)
        except Exception:
            # The feed is disabled and the log says so; a chat that cannot be reached must not
            # turn a feed fault into a crash of the poller.
            log.exception("feed=%s could not notify the admin of the disabling", shown(feed))

    # -- many polls -----------------------------------------------------------------------------

    async def poll_all(self) -> None:
        """Poll every enabled feed once, concurrently (``run --once``, ``fetch``).

        Every feed is polled even if one poll hits a bug; the first such error is then raised.
        """
        results = await asyncio.gather(
            *(self.poll(feed) for feed in self.feeds), return_exceptions=True
        )
        errors = [r for r in results if isinstance(r, BaseException)]
        for feed, result in zip(self.feeds, results, strict=True):
            if isinstance(result, BaseException) and result is not errors[0]:
                log.error("feed=%s poll failed", shown(feed), exc_info=result)
        if errors:
            raise errors[0]

    def next_delay(self, feed: FeedConfig, state: FeedState) -> float:
        """Seconds until the next poll of ``feed``, given its state after the last poll.

        ``feed.interval`` while healthy (or disabled: the job only looks whether the feed was
        re-enabled); after k consecutive failures ``feed.interval * 2**k``, capped at
        ``polling.max_backoff`` but never shorter than the interval, so a failing feed is never
        polled more often than a healthy one.
        """
        k = state.failures
        if k <= 0 or state.disabled_at is not None:
            return float(feed.interval)
        # Integers: 2**k cannot overflow, however many failures were counted.
        backoff = min(feed.interval * 2**k, self.polling.max_backoff)
        return float(max(feed.interval, backoff))

    # -- scheduling -----------------------------------------------------------------------------

    def schedule(self, scheduler: Any) -> None:
        """Add one job per feed to an APScheduler 3 scheduler (``AsyncIOScheduler``).

        Each job is a one-shot "date" job (id ``feed:<url>``) that polls its feed and then
        re-adds itself at ``clock() + next_delay(...)``, which is how backoff changes the
        interval. The first poll of every feed is due at once. A disabled feed keeps a job at
        its interval that only checks whether it was re-enabled (possibly by another process).
        """
        self._scheduler = scheduler
        now = self.clock()
        for feed in self.feeds:
            self._add_job(feed, now)

    def poll_soon(self, feed: FeedConfig) -> None:
        """Poll ``feed`` now rather than at its next time (one this service just took). While
        the feed's job runs, that job polls it again before it ends (a second job beside it
        would be skipped: one at a time)."""
        self._soon.add(feed.url)
        if feed.url in self._ticking:
            return
        if self._scheduler is not None and self._scheduler.running:
            self._add_job(feed, self.clock())

    def _add_job(self, feed: FeedConfig, when: datetime) -> None:
        self._scheduler.add_job(
            self._tick,
            "date",
            run_date=when,
            args=[feed],
            id=job_id(feed),
            name=f"poll {shown(feed)}",
            replace_existing=True,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,  # a poll missed while busy or asleep is still wanted
        )

    async def _tick(self, feed: FeedConfig) -> None:
        """The job: poll, then schedule the next poll, even if this one hit a bug. Asked to
        poll at once meanwhile (:meth:`poll_soon`), it polls again first."""
        url = feed.url
        delay = float(feed.interval)
        self._ticking.add(url)
        try:
            while True:
                self._soon.discard(url)
                try:
                    await self.poll(feed)
                finally:
                    delay = await self._delay_after_poll(feed)
                if url not in self._soon:
                    break
        finally:
            self._ticking.discard(url)
            if self._scheduler is not None and self._scheduler.running:
                self._add_job(feed, self.clock() + timedelta(seconds=delay))

    async def _delay_after_poll(self, feed: FeedConfig) -> float:
        try:
            async with self._lock:
                state = await self.store.feed_state(shown(feed))
            return self.next_delay(feed, state)
        except Exception:
            log.exception("feed=%s cannot read its state, next poll at the interval", shown(feed))
            return float(feed.interval)

    # -- re-enabling ----------------------------------------------------------------------------

    async def enable(self, url: str) -> bool:
        """Re-enable a disabled feed: clear ``disabled_at`` and the failure count.

        ``url`` is the feed's URL as configured or as shown (redacted).
        Returns whether the feed was disabled. Raises InputError for a URL that is not one of
        this poller's feeds. When the poller is scheduled, the feed is polled at once. The CLI
        will expose this as a command; the service can call it from an admin command.
        """
        feed = next((f for f in self.feeds if url in (f.url, shown(f))), None)
        if feed is None:
            raise InputError(f"{redact_url(url)}: not a configured feed")
        url = shown(feed)
        async with self._lock:
            state = await self.store.feed_state(url)
            was_disabled = state.disabled_at is not None
            if was_disabled or state.failures:
                async with self.store.transaction():
                    await self.store.save_feed_state(replace(state, disabled_at=None, failures=0))
        self._disabled_logged.discard(url)
        if was_disabled:
            log.info("feed=%s re-enabled", url)
            if self._scheduler is not None and self._scheduler.running:
                self._add_job(feed, self.clock())
        return was_disabled
