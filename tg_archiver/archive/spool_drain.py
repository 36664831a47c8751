"""Storing what waits in the live spool (:mod:`archive.live_spool`), in batches, in order.

:class:`SpoolDrainer` takes up to :data:`BATCH` events at a time, oldest first, and stores
them in one transaction through the same ingest as an import (``Store.ingest``: prepared posts
in chunks), deletions marked in their place among the posts, and the highest spool id applied
recorded in the same transaction; then removes them from the spool. So an edit or a deletion
of a post still in the spool is applied after it, and whatever follows a stored post (its
media, alerts: the ``after`` callback) follows its batch's commit.

It runs whenever the spool has rows: :meth:`SpoolDrainer.append` wakes it, and it waits
:data:`DELAY` seconds for more to arrive before it takes them. :meth:`SpoolDrainer.start`
first stores what a stopped or killed service left; :meth:`SpoolDrainer.close` stores what
waits, then closes the spool.

Two kinds of failure are told apart (:func:`transient`). A failure of the archive, not of
a record (its file locked or busy, a full or failing disk, a transaction left open by a
cancelled step, a table missing) leaves the events in the spool: the service tries again
after :data:`RETRY_SECONDS`, doubling to :data:`RETRY_MOST`, and every command that reads the
archive tries again as it opens (:mod:`archive.spool_settle`). Any other failure of a batch
is applied again an event at a time, so one event the archive refuses costs no other; that
one alone is set aside in the spool (:meth:`LiveSpool.set_aside`) with the reason and
logged; ``tg-archiver spool --retry`` puts it back (:meth:`LiveSpool.retry_set_aside`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby

from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.live_spool import (
    TRANSIENT_CODES,
    TRANSIENT_MESSAGES,
    LiveSpool,
    SpoolRow,
    transient_reason,
)
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost
from tg_archiver.archive.post_record import post_from_json, post_to_json
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.store import CHUNK, IngestReport, Store

__all__ = [
    "Applied",
    "ArchiveUnavailable",
    "SpoolDrainer",
    "SpooledDeletion",
    "SpooledPost",
    "transient",
    "transient_reason",
]

log = logging.getLogger(__name__)

BATCH = CHUNK  # events a transaction takes at most
DELAY = 0.05  # seconds the drainer waits for more events once one arrived
RETRY_SECONDS = 1.0  # after a failure of the archive (transient): the first wait
RETRY_MOST = 60.0  # the longest wait, doubling from RETRY_SECONDS
DELETED = "deleted"

_APPLIED = "SELECT last_id FROM live_spool_applied WHERE token = ?"
_RECORD_APPLIED = (
    "INSERT INTO live_spool_applied (token, last_id) VALUES (?, ?)"
    " ON CONFLICT (token) DO UPDATE SET last_id = max(last_id, excluded.last_id)"
)


@dataclass(frozen=True, slots=True)
class SpooledPost:
    id: int  # the spool's
    what: str  # new, album, edit
    item: PreparedPost


@dataclass(frozen=True, slots=True)
class SpooledDeletion:
    id: int
    kind: str
    key: str
    ids: list[str]
    marked: int = 0


@dataclass(slots=True)
class Applied:
    """What one batch stored: its posts (in spool order), their report, its deletions."""

    posts: list[SpooledPost] = field(default_factory=list)
    report: IngestReport = field(default_factory=IngestReport)
    deleted: list[SpooledDeletion] = field(default_factory=list)
    upto: int = 0  # the highest spool id the batch took (stored or set aside)


_Event = SpooledPost | SpooledDeletion
After = Callable[[Applied], Awaitable[None]]


def transient(e: BaseException) -> bool:
    """Whether ``e`` is a failure of the archive (tried again later), not a record the archive
    refuses (set aside): a full or failing disk and a lock held too long (StorageError), SQLite
    busy or locked, a transaction a cancelled step left open, a table the archive lacks."""
    if isinstance(e, StorageError | MemoryError | OSError):
        return True
    if isinstance(e, sqlite3.OperationalError):
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in TRANSIENT_CODES:
            return True
        return str(e).startswith(TRANSIENT_MESSAGES)
    return False


class ArchiveUnavailable(StorageError):
    """The archive failed, not a record (:func:`transient`): the events wait in the spool."""


def deletion_body(kind: str, key: str, ids: Sequence[str]) -> str:
    return json.dumps({"kind": kind, "key": key, "ids": list(ids)}, separators=(",", ":"))


class SpoolDrainer:
    """Appends live events to ``spool`` and stores them in ``store`` behind, in batches."""

    def __init__(
        self,
        store: Store,
        spool: LiveSpool,
        options: PipelineOptions,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        batch: int = BATCH,
        delay: float | None = None,
        unfollowed: bool = False,
    ) -> None:
        """``delay``: :data:`DELAY` unless given (read when made: tests lengthen it).
        ``unfollowed``: nothing follows the batches here (a command that reads the archive
        stores what a stopped service left, :mod:`archive.spool_settle`): their posts are
        kept in the spool's ``unfollowed`` for the next service's media and alerts."""
        self._store = store
        self._spool = spool
        self._options = options
        self._clock = clock
        self._batch = batch
        self._delay = DELAY if delay is None else delay
        self._after: After | None = None
        self._held: list[Applied] = []  # stored before ``follow``: handed to it then
        self._wake = asyncio.Event()
        self._turn = asyncio.Lock()  # one drain at a time
        self._applied = 0  # the highest spool id stored (or set aside)
        self._task: asyncio.Task[None] | None = None
        self._unfollowed = unfollowed
        self._followed_upto = 0  # the posts stored without a service, handed to ``follow``

    @property
    def spool(self) -> LiveSpool:
        return self._spool

    async def start(self) -> int:
        """Store what waits in the spool (a stopped or killed service's), then drain in the
        background from now on. Returns how many events were stored at once."""
        row = await self._store.conn.fetchone(_APPLIED, (self._spool.token,))
        self._applied = int(row[0]) if row else 0
        if self._applied:
            self._spool.remove(self._applied)  # committed before a kill, not removed
        if not self._unfollowed:
            self._hold_unfollowed()
        self._put_back_transient()
        waiting = await self.drain()
        if waiting:
            log.info("live spool: stored %d events a stopped service left", waiting)
        self._task = asyncio.create_task(self._run())
        return waiting

    def _put_back_transient(self) -> None:
        """Rows an earlier version set aside for a failure of the archive, not of the record
        (its lock, a full disk, a transaction a cancelled step left open): stored again."""
        rows = [r for r in self._spool.set_aside_rows() if transient_reason(r.error)]
        if rows:
            self._spool.put_back([r.id for r in rows])
            log.info(
                "live spool: %d events set aside by a failure of the archive put back", len(rows)
            )

    async def follow(self, after: After) -> None:
        """Call ``after`` with each batch stored from now on (and with those stored before)."""
        self._after = after
        held, self._held = self._held, []
        for applied in held:
            await after(applied)
        if self._followed_upto:
            self._spool.forget_unfollowed(self._followed_upto)
            self._followed_upto = 0

    def _hold_unfollowed(self) -> None:
        """The posts a command that reads the archive stored from the spool (stored, their
        media and alerts not yet followed): held for :meth:`follow`, as if stored now."""
        rows = self._spool.unfollowed()
        if not rows:
            return
        applied = Applied(upto=rows[-1].id)
        for row in rows:
            try:
                event = self._event(row)
            except (ValueError, InputError) as e:  # stored once: it read then
                log.error("live spool: stored event %d not followed: %s", row.id, e)
                continue
            if isinstance(event, SpooledPost):
                applied.posts.append(event)
                applied.report.added += int(event.what != "edit")
        self._held.append(applied)
        self._followed_upto = applied.upto

    async def append_post(self, what: str, post: Post) -> int:
        """Append a post (new, album, edit) and commit it; its spool id."""
        return await self._append(what, post_to_json(post))

    async def append_deletion(self, kind: str, key: str, ids: Sequence[str]) -> int:
        return await self._append(DELETED, deletion_body(kind, key, ids))

    async def _append(self, kind: str, body: str) -> int:
        spool_id = self._spool.append(kind, body)
        self._wake.set()
        return spool_id

    async def close(self) -> None:
        """Stop draining in the background, store what waits, close the spool. A full disk
        leaves what waits in the spool, stored at the next start."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        try:
            await self.drain()
        except StorageError as e:
            log.error(
                "live spool: events left in %s, stored at the next start: %s", self._spool.path, e
            )
        self._spool.close()

    async def _run(self) -> None:
        pause = RETRY_SECONDS
        while True:
            try:  # woken by an append; or now and then, for rows `spool --retry` put back
                await asyncio.wait_for(self._wake.wait(), RETRY_MOST)
            except TimeoutError:
                if not self._spool.take(self._applied, 1):
                    continue
            await asyncio.sleep(self._delay)  # what arrives meanwhile goes in the same batch
            self._wake.clear()
            draining = asyncio.ensure_future(self.drain())
            try:
                await asyncio.shield(draining)  # a stop waits for the batch under way
            except Exception as e:  # never the end of draining: logged, tried again
                what = str(e) if isinstance(e, StorageError) else f"{type(e).__name__}: {e}"
                log.error(
                    "live spool: events wait in the spool, tried again in %.0f s: %s", pause, what
                )
                await asyncio.sleep(pause)
                pause = min(pause * 2, RETRY_MOST)
                self._wake.set()
            else:
                pause = RETRY_SECONDS

    async def drain(self) -> int:
        """Store every event waiting now, a batch at a time; how many were taken."""
        taken = 0
        async with self._turn:
            while rows := self._spool.take(self._applied, self._batch):
                await self._apply(rows)
                taken += len(rows)
        return taken

    async def _apply(self, rows: list[SpoolRow]) -> None:
        events: list[_Event] = []
        for row in rows:
            try:
                events.append(self._event(row))
            except (ValueError, InputError) as e:
                await self._set_aside(row, str(e))
            await asyncio.sleep(0)  # a post prepared at a time: appends never wait for a batch
        last = rows[-1].id
        failed: BaseException | None = None
        try:
            applied = await self._write(events, last)
        except Exception as e:
            if transient(e):  # the archive's failure: every event waits in the spool
                raise _unavailable(e) from None
            if len(events) <= 1:
                for event in events:
                    await self._set_aside(_row_of(rows, event.id), f"{type(e).__name__}: {e}")
                applied = Applied()
            else:
                applied, last, failed = await self._one_at_a_time(rows, events, last)
        if self._unfollowed:
            self._spool.remove(last, unfollowed=True)
        else:
            self._spool.remove(last)
        self._applied = applied.upto = max(self._applied, last)
        await self._follow(applied)
        if failed is not None:  # the rest of the batch waits in the spool
            raise _unavailable(failed)

    async def _follow(self, applied: Applied) -> None:
        if self._after is None:
            if applied.posts or applied.deleted:
                self._held.append(applied)
            return
        try:
            await self._after(applied)
        except Exception as e:  # stored: what follows (media, alerts) never stops the drain
            log.error("live spool: after a batch: %s: %s", type(e).__name__, e)

    async def _one_at_a_time(
        self, rows: list[SpoolRow], events: list[_Event], last: int
    ) -> tuple[Applied, int, BaseException | None]:
        """Each event in its own transaction. A record refused is set aside; a failure of the
        archive stops here: the events before it are stored, it and those after wait in the
        spool (the highest id handled is returned, with that failure)."""
        together = Applied()
        for event in events:
            try:
                alone = await self._write([event], event.id)
            except Exception as e:
                if transient(e):
                    done = max((r.id for r in rows if r.id < event.id), default=0)
                    return together, done, e
                await self._set_aside(_row_of(rows, event.id), f"{type(e).__name__}: {e}")
                continue
            together.posts += alone.posts
            together.report += alone.report
            together.deleted += alone.deleted
        return together, last, None

    def _event(self, row: SpoolRow) -> _Event:
        if row.kind == DELETED:
            body = json.loads(row.body)
            return SpooledDeletion(row.id, str(body["kind"]), str(body["key"]), list(body["ids"]))
        post = post_from_json(row.body)
        (item,) = prepared([post], self._options, f"channel {post.source.key}")
        return SpooledPost(row.id, row.kind, item)

    async def _write(self, events: list[_Event], last: int) -> Applied:
        applied = Applied()
        now = self._clock()
        async with self._store.transaction():
            for is_post, run in groupby(events, key=lambda e: isinstance(e, SpooledPost)):
                if is_post:
                    posts = [e for e in run if isinstance(e, SpooledPost)]
                    applied.report += await self._store.ingest(
                        [p.item for p in posts],
                        now=now,
                        near_threshold=self._options.near_threshold,
                    )
                    applied.posts += posts
                else:
                    for d in run:
                        assert isinstance(d, SpooledDeletion)
                        n = await self._store.mark_deleted(d.kind, d.key, d.ids, when=now)
                        applied.deleted.append(
                            SpooledDeletion(d.id, d.kind, d.key, d.ids, marked=n)
                        )
            await self._store.conn.db.execute(_RECORD_APPLIED, (self._spool.token, last))
        return applied

    async def _set_aside(self, row: SpoolRow, error: str) -> None:
        self._spool.set_aside([row], error)
        log.error(
            "live spool: event %d (%s) not stored, kept in %s (table set_aside): %s",
            row.id,
            row.kind,
            self._spool.path,
            error,
        )


def _unavailable(e: BaseException) -> StorageError:
    if isinstance(e, StorageError):
        return e
    return ArchiveUnavailable(
        f"the archive failed ({type(e).__name__}: {e}); the live events wait in the spool"
    )


def _row_of(rows: list[SpoolRow], spool_id: int) -> SpoolRow:
    return next(r for r in rows if r.id == spool_id)
