"""Several services on one PostgreSQL archive: each archives its share of the channels and feeds.

With ``[archive] database`` on PostgreSQL, every service started with the same config takes a
share of the configured channels and feeds (the units) and archives only those: it alone
stores a held channel's live posts and catches it up; the others ignore it. The record of who
holds what is the server's (session advisory locks, :mod:`archive.store.shares_pg`, which says
why locks and not a lease table, and what a network partition does).

:meth:`Shares.step` runs at start and then every ``[archive] rebalance_seconds``: with k
services sharing a kind of unit (channels, feeds) and N units of it, each service's quota is
``ceil(N / k)``; a service above it gives up its last units, one below it takes units no one
holds, and catches each one up at once from the archive's last stored post (the channel's
history after it, the feed's next poll; at start, the service's own backfill and first polls
do it, for what the first step took). So a service that starts gets its share within two
steps (the others give up, it takes), and the units of one that stops or dies (its
connection closes, its locks with it) are taken within one step by the others. Once settled,
no service holds more than ``ceil(N / k)`` of a kind, and every unit is held: a unit no one
holds is taken by a service below its quota, and while one is unheld some service is.

A service that loses its connection to the server gives up everything at once (another may
hold it now) and joins again at its next step. One log line each time a unit is taken or
given up. SQLite archives have one service, which holds everything: no :class:`Shares`.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tg_archiver.archive.config import FeedConfig
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.store import Store
from tg_archiver.bot.feeds import FeedPoller, shown

if TYPE_CHECKING:
    from tg_archiver.archive.store.shares_pg import PgShares
    from tg_archiver.bot.telegram import ChannelIngest

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # "channel" or "feed": each kind is balanced on its own
    name: str  # what the lock is keyed by (a channel's id, a feed's URL: never logged)
    label: str  # what the log shows (a channel's id, a feed's URL with secrets hidden)


TakeUnit = Callable[[Unit], Awaitable[None]]


class Shares:
    """This service's share of the units, kept by :meth:`step` (see the module's docstring)."""

    def __init__(self, store: Store, *, join: bool = True) -> None:
        """``join``: be counted among the running services and keep a quota. A ``run
        --once`` does not join: it takes whatever no running service holds, so that a cron
        job beside the services never makes them give up channels for the minute it runs."""
        self._store = store
        self._join = join
        self._db: PgShares | None = None
        self._units: list[Unit] = []
        self._held: set[str] = set()
        self._on_take: dict[str, TakeUnit] = {}  # by kind: how a unit taken is caught up
        self._lock = asyncio.Lock()
        # by kind: how many services share it, as the last step counted (this one included)
        self.services: dict[str, int] = {}

    def add(self, units: Sequence[Unit], on_take: TakeUnit | None = None) -> None:
        """Share ``units`` too; ``on_take`` catches up each one this service takes."""
        self._units.extend(units)
        for kind in {u.kind for u in units}:
            if on_take is not None:
                self._on_take[kind] = on_take

    def holds(self, name: str) -> bool:
        return name in self._held

    def held(self, kind: str) -> list[str]:
        """The labels of the units of ``kind`` this service holds, in config order."""
        return [u.label for u in self._units if u.kind == kind and u.name in self._held]

    def total(self, kind: str) -> int:
        return sum(1 for u in self._units if u.kind == kind)

    def describe(self) -> str:
        """What this service holds, for /stats: ``this service holds 3 of 5 channels
        (@a, @b, @c) shared by 2 services; 1 of 2 feeds shared by 2 services``."""
        parts = []
        for kind in ("channel", "feed"):
            total, held = self.total(kind), self.held(kind)
            if total:
                names = f" ({', '.join(held)})" if held else ""
                by = self.services.get(kind, 0)
                parts.append(f"{len(held)} of {total} {kind}s{names} shared by {by} services")
        return "this service holds " + ("; ".join(parts) or "nothing to share")

    async def step(self, *, catch_up: bool = True) -> list[Unit]:
        """Give up what is above this service's quota, take what no one holds up to it, then
        (with ``catch_up``) catch up each unit taken; return the units taken."""
        async with self._lock:
            taken = await self._balance()
        if catch_up:
            for unit in taken:
                take = self._on_take.get(unit.kind)
                if take is not None and unit.name in self._held:
                    await take(unit)
        return taken

    async def stop(self) -> None:
        """Give up every unit (the others take them at their next step) and leave."""
        async with self._lock:
            if self._db is None:
                return
            self._drop_all("service stopping")
            await self._db.close()
            self._db = None

    async def _balance(self) -> list[Unit]:
        if self._db is not None and not await self._db.alive():
            self._drop_all("connection to the archive lost")
            self._db.terminate()
            self._db = None
        try:
            if self._db is None:
                self._db = await self._open()
            db = self._db
            taken: list[Unit] = []
            for kind in self._kinds():
                self.services[kind] = k = max(await db.members(kind), 1)
                units = [u for u in self._units if u.kind == kind]
                quota = math.ceil(len(units) / k) if self._join else len(units)
                mine = [u for u in units if u.name in self._held]
                for unit in mine[quota:]:
                    await db.give(unit.name)
                    self._held.discard(unit.name)
                    log.info("share given up %s=%s reason=balance services=%d", kind, unit.label, k)
                mine = mine[:quota]
                if len(mine) >= quota:
                    continue
                others = await db.holders(u.name for u in units if u.name not in self._held)
                for unit in units:
                    if len(mine) >= quota:
                        break
                    if unit.name in self._held or unit.name in others:
                        continue
                    if await db.take(unit.name):
                        self._held.add(unit.name)
                        mine.append(unit)
                        taken.append(unit)
                        log.info("share taken %s=%s services=%d", kind, unit.label, k)
            return taken
        except StorageError as e:
            # Whatever this service held may be another's by now: archive none of it until
            # the next step joins again.
            log.error("shares not balanced, retried at the next step: %s", e)
            self._drop_all("connection to the archive lost")
            if self._db is not None:
                self._db.terminate()
                self._db = None
            return []

    async def _open(self) -> PgShares:
        from tg_archiver.archive.store.connection_pg import PgConnection
        from tg_archiver.archive.store.shares_pg import PgShares

        conn = self._store.connection
        assert isinstance(conn, PgConnection)  # Shares are made for PostgreSQL archives only
        return await PgShares.open(conn, join=self._kinds() if self._join else ())

    def _kinds(self) -> list[str]:
        return sorted({u.kind for u in self._units})

    def _drop_all(self, reason: str) -> None:
        for unit in self._units:
            if unit.name in self._held:
                log.info("share given up %s=%s reason=%s", unit.kind, unit.label, reason)
        self._held.clear()


def channel_unit(key: str, label: str) -> Unit:
    return Unit("channel", f"telegram|{key}", label)


def feed_unit(feed: FeedConfig) -> Unit:
    return Unit("feed", f"feed|{feed.url}", shown(feed))


def share_feeds(shares: Shares, poller: FeedPoller) -> Callable[[], None]:
    """Share the feeds of ``poller``: one it takes is polled at once. Returns what makes
    the poller poll only the feeds this service holds."""
    units = {feed.url: feed_unit(feed) for feed in poller.feeds}
    by_name = {unit.name: feed for feed, unit in zip(poller.feeds, units.values(), strict=True)}

    async def take(unit: Unit) -> None:
        poller.poll_soon(by_name[unit.name])

    def only_held() -> None:
        poller.holds = lambda feed: shares.holds(units[feed.url].name)

    shares.add(list(units.values()), take)
    return only_held


def share_channels(shares: Shares, ingest: ChannelIngest, *, history: bool) -> Callable[[], None]:
    """Share the channels of ``ingest``: one it takes is caught up (its history after the
    archive's last stored post, then its recheck) if they are read with a user session (a
    bot has no history: live posts only). Returns what makes ``ingest`` store the live posts
    only of the channels this service holds."""
    units = [channel_unit(s.key, f"@{s.username}" if s.username else s.key) for s in ingest.sources]
    keys = {u.name: u.name.removeprefix("telegram|") for u in units}

    async def take(unit: Unit) -> None:
        await ingest.catch_up(keys[unit.name])

    def only_held() -> None:
        ingest.holds = lambda key: shares.holds(f"telegram|{key}")

    shares.add(units, take if history else None)
    return only_held


async def start_sharing(
    store: Store,
    poller: FeedPoller,
    ingest: ChannelIngest | None,
    *,
    history: bool,
    join: bool = True,
) -> Shares | None:
    """On a PostgreSQL archive, this service's :class:`Shares` of the feeds of ``poller`` and
    the channels of ``ingest`` (None without Telegram), after a first :meth:`Shares.step`
    without catch-ups (the service's start catches up what it holds: its backfill, its first
    polls); None on SQLite, where one service holds everything. Until that first step has
    answered, live posts of every channel are stored (stored once, whoever else holds them),
    so none is dropped while the shares are unknown. ``join``: see :class:`Shares`."""
    if store.engine != "postgresql":
        return None
    shares = Shares(store, join=join)
    filters = [share_feeds(shares, poller)]
    if ingest is not None:
        filters.append(share_channels(shares, ingest, history=history))
    await shares.step(catch_up=False)
    for only_held in filters:
        only_held()
    return shares
