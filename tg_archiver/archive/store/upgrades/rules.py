"""The service bringing stale links and tags up to date by itself, in the background.

At start the service (``run``, ``run --once``) calls :func:`bring_up_to_date`: for the tags,
then the links, it compares what the archive records (``rules_applied``, :mod:`..rules_state`)
with what this code and config make (:mod:`archive.rules`). When they differ (a release
changed the rules, the user edited ``[topics]`` or the near threshold, or the archive is
from before versions were recorded) every post is done again as ``retag`` and ``relink`` do
it, but a batch a transaction (:func:`..retag.retag_after`, :func:`.relink_steps.relink_after`),
with the last post done recorded in the same transaction: a kill loses one batch and the next
start resumes there; live ingest writes between two batches. One log line says why it
starts (or resumes) and how many posts it has to do, one that it is done, with counts.

When another process finishes first (``tg-archiver relink`` or ``retag`` by hand, another
service on a PostgreSQL archive), the next batch finds the record up to date and stops.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tg_archiver.archive.rules import Rules, links_rules, stale, tags_rules
from tg_archiver.archive.store.rules_state import (
    Applied,
    advance,
    applied,
    begin_redo,
    has_posts,
    record_done,
)

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store
    from tg_archiver.archive.tags import TopicAliases

log = logging.getLogger(__name__)

_TAGS_TO_GO = {
    "sqlite": "SELECT count(*) FROM posts WHERE id > ?",
    "postgresql": "SELECT count(*) FROM posts WHERE id > $1",
}


@dataclass(slots=True)
class _Started:
    reason: str
    resumed: bool
    after_at: str | None
    after_id: int
    to_go: int = 0  # posts left to do


async def bring_up_to_date(store: Store, *, threshold: float, aliases: TopicAliases) -> None:
    """Retag, then relink, every post whose tags or links are stale (see the module's
    docstring); nothing when they are not. Cancelled (the service stopping), the batch in
    flight is rolled back and the next start resumes after the last one committed."""
    await _retag(store, tags_rules(aliases), aliases)
    await _relink(store, links_rules(threshold), threshold)


async def _start(store: Store, wanted: Rules) -> _Started | None:
    """In one transaction: whether ``wanted`` has work to do, from where, and how many posts
    are left; an archive whose record is current (or that has no posts) is recorded as made
    by ``wanted``. (The writing connection is used inside transactions only: live ingest
    has it the rest of the time.)"""
    async with store.transaction():
        row = await applied(store, wanted.name)
        reason = stale(row.made, wanted)
        if reason is None or not await has_posts(store):
            if row.made != wanted or row.redo is not None:
                await record_done(store, wanted)  # a config not recorded yet, or no posts
            return None
        if row.redo == wanted:
            started = _Started(reason, True, row.after_at, row.after_id)
        else:
            await begin_redo(store, wanted)  # an upgrade to other rules under way starts over
            started = _Started(reason, False, None, 0)
        started.to_go = await _to_go(store, wanted, started)
        return started


async def _to_go(store: Store, wanted: Rules, started: _Started) -> int:
    if wanted.name == "tags":
        sql = _TAGS_TO_GO[store.engine]
        row = await store.connection.fetchone(sql, (started.after_id,))
        return int(row[0]) if row else 0
    from tg_archiver.archive.store.upgrades.relink_steps import START, posts_to_go

    return await posts_to_go(store, (started.after_at or START[0], started.after_id))


# One batch of an upgrade's work, inside its transaction: given the row (where the last batch
# ended), do the next posts and return where this one ended; None when none were left.
Work = Callable[[Applied], Awaitable["tuple[str | None, int] | None"]]


async def _retag(store: Store, wanted: Rules, aliases: TopicAliases) -> None:
    from tg_archiver.archive.store.retag import RetagReport, retag_after

    started = await _start(store, wanted)
    if started is None:
        return
    _log_start("tags", "retagging", started)
    report, began = RetagReport(), time.monotonic()

    async def work(at: Applied) -> tuple[str | None, int] | None:
        last = await retag_after(store, aliases, at.after_id, report)
        return None if last is None else (None, last)

    if await _walk(store, wanted, work):
        log.info(
            "tags upgrade done posts=%d added=%d removed=%d changed=%d took=%.1fs",
            report.posts,
            report.added,
            report.removed,
            report.changed,
            time.monotonic() - began,
        )


async def _relink(store: Store, wanted: Rules, threshold: float) -> None:
    from tg_archiver.archive.store.relink import RelinkReport
    from tg_archiver.archive.store.upgrades.relink_steps import START, relink_after, walk_linker

    started = await _start(store, wanted)
    if started is None:
        return
    _log_start("links", "relinking", started)
    report, began, linker = RelinkReport(), time.monotonic(), walk_linker(store)

    async def work(at: Applied) -> tuple[str | None, int] | None:
        position = (at.after_at or START[0], at.after_id)
        return await relink_after(store, linker, threshold, position, report)

    if await _walk(store, wanted, work):
        log.info(
            "links upgrade done posts=%d exact=%d near=%d changed=%d took=%.1fs",
            report.posts,
            report.exact,
            report.near,
            report.changed,
            time.monotonic() - began,
        )


async def _walk(store: Store, wanted: Rules, work: Work) -> bool:
    """Run ``work`` a batch a transaction to the end; whether this process finished it
    (False: another one did, or started it over for other rules)."""
    try:
        while (step := await _batch(store, wanted, work)) is not None:
            if not step:
                log.info("%s upgrade finished by another process", wanted.name)
                return False
            await asyncio.sleep(0)  # a writer waiting goes first
    except asyncio.CancelledError:
        log.info("%s upgrade stopped; resumed at the next start", wanted.name)
        raise
    return True


async def _batch(store: Store, wanted: Rules, work: Work) -> bool | None:
    """The next batch in a transaction of its own: True when it did one and more are left,
    None when it did the last (and recorded the rules done), False when the record says
    another process has taken the upgrade over."""
    async with store.transaction():
        at = await applied(store, wanted.name)
        if at.redo != wanted:
            return False
        end = await work(at)
        if end is None:
            await record_done(store, wanted)
            return None
        await advance(store, wanted.name, *end)
    return True


def _log_start(what: str, doing: str, started: _Started) -> None:
    if started.resumed:
        log.info(
            "%s upgrade resumed after post %d reason=%s posts=%d to go; %s in the background",
            what,
            started.after_id,
            started.reason,
            started.to_go,
            doing,
        )
    else:
        log.info(
            "%s upgrade started reason=%s posts=%d; %s in the background",
            what,
            started.reason,
            started.to_go,
            doing,
        )
