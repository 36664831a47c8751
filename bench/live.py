"""7. live: the service's new posts, one at a time, beside raw single-row insert+commit.

On SQLite the service now appends a channel's new post to the live spool and returns
(``bot/telegram.py``, ``_append_live``: :meth:`archive.spool_drain.SpoolDrainer.append_post`,
the post as one JSON row inserted and committed in ``archive.db.spool``, on the event loop's
own thread); the drainer stores what waits there in batches behind it. This part
makes that same call for ``--live-posts`` posts, one at a time, with the drainer running
beside them as in the service, storing them into a copy of the archive ingested from the
bench corpus (so an archive of ``--posts`` posts), and times each call. The posts are new
to the archive: a second corpus (the next seed) of the same channels, their ids moved past
every stored id, so their texts are new, copies and near copies alike. They arrive
``PACE`` seconds apart (a busy channel's rate, 200 a second with ours and raw between;
back to back, the drainer would fall behind a rate no channel has and the latency below
would measure that queue).

Timed from the call, as before: a post that arrives while the event loop runs the drainer's
own work (a post's prepare, a batch's follow-up) waits for its turn first; the notes give
that lateness (how late the loop woke for the next post).

The searchable row is the time from a post's arrival (the call) until the batch holding it
is committed in the archive (the drainer's ``after``, after its commit): until a search,
a digest or an export sees it.

The raw side (issue 21): plain sqlite3, one row inserted and committed per post (``BEGIN``,
``INSERT``, ``COMMIT``) into a table with an FTS5 index (external content, kept by a trigger,
as the archive's ``posts_fts`` is), filled first with the archive's texts (not timed), with
the archive's pragmas. Ours and raw alternate post by post, so a busy moment of the machine
falls on both alike. The row shows p50 and p95 per post; the ratios are of the same run.

A burst (a busy channel, several at once, a reconnect's catch-up) arrives as many update
handlers at the same moment, each appending its post. The burst row times ``BURST`` posts
arriving together, from their arrival until the last is in the spool, per post, beside raw
storing the same posts one insert+commit each.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from pathlib import Path

from bench.ingest import raw_connection
from bench.results import Results, med, p95
from bench.workspace import ensure_corpus, fresh, read_corpus, say
from tg_archiver.archive.config import load_config
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.live_spool import LiveSpool, spool_path
from tg_archiver.archive.models import Post
from tg_archiver.archive.spool_drain import Applied, SpoolDrainer
from tg_archiver.archive.store import Store

P50_TARGET = 3.0  # issue 21: live ingest p50 within 3x raw, p95 within 5x
P95_TARGET = 5.0
ID_OFFSET = 10_000_000  # live ids start past every id of the bench corpus
BURST = 20  # posts arriving together in the burst row
PACE = 0.005  # seconds between two live posts' arrivals

_RAW_SCHEMA = (
    "CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id')",
    "CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN"
    " INSERT INTO docs_fts (rowid, text) VALUES (new.id, new.text); END",
)
_RAW_FILL = "INSERT INTO docs (id, text) SELECT id, raw_text FROM src.posts ORDER BY id"
_RAW_INSERT = "INSERT INTO docs (text) VALUES (?)"


def live_posts(work: Path, count: int, seed: int) -> list[Post]:
    """``count`` posts new to the archive: a corpus of the next seed, ids moved past ours."""
    corpus, _ = ensure_corpus(work, max(count, 1000), seed + 1)
    return [
        replace(p, external_id=str(ID_OFFSET + int(p.external_id)))
        for p in islice(read_corpus(corpus), count)
    ]


def copy_archive(archive: Path, to: Path) -> Path:
    """A consistent copy of ``archive`` (WAL included), so the other parts keep theirs."""
    src = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    dst = sqlite3.connect(fresh(to))
    with src, dst:
        src.backup(dst)
    src.close()
    dst.close()
    return to


def raw_table(archive: Path, path: Path) -> sqlite3.Connection:
    """The raw side's table with an FTS5 index, holding the archive's texts already."""
    db = raw_connection(fresh(path))
    for statement in _RAW_SCHEMA:
        db.execute(statement)
    db.execute("ATTACH DATABASE ? AS src", (f"file:{archive}?mode=ro",))
    db.execute("BEGIN")
    db.execute(_RAW_FILL)
    db.execute("COMMIT")
    db.execute("DETACH DATABASE src")
    return db


@contextmanager
def _both_sides(archive: Path, work: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A fresh copy of the archive for ours, and raw's table beside it (closed after)."""
    copy = copy_archive(archive, work / "live.db")
    raw = raw_table(archive, work / "live-raw.db")
    try:
        yield copy, raw
    finally:
        raw.close()


def raw_one(db: sqlite3.Connection, text: str) -> float:
    started = time.perf_counter()
    db.execute("BEGIN")
    db.execute(_RAW_INSERT, (text,))
    db.execute("COMMIT")
    return time.perf_counter() - started


class _Spooled:
    """The service's live path on a copy of the archive: the spool and its drainer, which
    runs beside the appends; ``searchable`` gets, per post, the seconds from its arrival
    until its batch was committed in the archive."""

    def __init__(self, store: Store, spool: LiveSpool) -> None:
        options = options_from_config(load_config(None))
        self.drainer = SpoolDrainer(store, spool, options)
        self.arrived: dict[int, float] = {}
        self.searchable: list[float] = []
        self.stored = 0
        self.batches = 0
        self.late: list[float] = []  # how late the event loop took each post (its drain work)

    async def __aenter__(self) -> _Spooled:
        await self.drainer.start()
        await self.drainer.follow(self._after)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.drainer.close()

    async def _after(self, applied: Applied) -> None:
        now = time.perf_counter()
        self.stored += len(applied.posts)
        self.batches += 1
        for p in applied.posts:
            self.searchable.append(now - self.arrived.pop(p.id))

    async def arrives(self, post: Post) -> float:
        """One post's call, as the service's handler makes it; its seconds."""
        started = time.perf_counter()
        spool_id = await self.drainer.append_post("new", post)
        self.arrived[spool_id] = started
        return time.perf_counter() - started


async def _open(archive: Path) -> tuple[Store, LiveSpool]:
    store = await Store.open(archive)
    return store, LiveSpool.open(fresh(spool_path(archive)))


async def live_run(
    archive: Path, raw: sqlite3.Connection, posts: list[Post]
) -> tuple[list[float], list[float], _Spooled]:
    """Per-post seconds of ours and of raw, alternating, and the live path (the seconds until
    each of ours was searchable, the drainer's batches)."""
    ours: list[float] = []
    raws: list[float] = []
    store, spool = await _open(archive)
    async with store, _Spooled(store, spool) as live:
        for post in posts:
            ours.append(await live.arrives(post))
            raws.append(raw_one(raw, post.text))
            due = time.perf_counter() + PACE
            await asyncio.sleep(PACE)
            live.late.append(max(0.0, time.perf_counter() - due))
    return ours, raws, live


async def burst_run(
    archive: Path, raw: sqlite3.Connection, posts: list[Post]
) -> tuple[list[float], list[float], int]:
    """Per-post seconds of each burst, ours (each post appended by a handler of its own) and
    raw, alternating, and how many posts the drainer stored."""
    ours: list[float] = []
    raws: list[float] = []
    store, spool = await _open(archive)
    async with store, _Spooled(store, spool) as live:
        for at in range(0, len(posts) - BURST + 1, BURST):
            burst = posts[at : at + BURST]
            started = time.perf_counter()
            await asyncio.gather(*(live.arrives(post) for post in burst))
            ours.append((time.perf_counter() - started) / BURST)
            raws.append(sum(raw_one(raw, post.text) for post in burst) / BURST)
            await asyncio.sleep(PACE * BURST)
    return ours, raws, live.stored


def bench_live(
    results: Results, archive: Path, work: Path, count: int, seed: int, runs: int, size: str
) -> None:
    p50_row = results.row(
        f"live ingest of one post at {size}, p50",
        "ms",
        target=f"≤ {P50_TARGET:g}x raw insert+commit",
        met=lambda r: med(r.ratios) <= P50_TARGET,
    )
    p95_row = results.row(
        f"live ingest of one post at {size}, p95",
        "ms",
        target=f"≤ {P95_TARGET:g}x raw insert+commit",
        met=lambda r: med(r.ratios) <= P95_TARGET,
    )
    searchable_p50 = results.row(f"live post searchable at {size}, p50", "ms")
    searchable_p95 = results.row(f"live post searchable at {size}, p95", "ms")
    burst_row = results.row(
        f"live burst of {BURST} posts at {size}, per post",
        "ms",
        target=f"≤ {P50_TARGET:g}x raw insert+commit",
        met=lambda r: med(r.ratios) <= P50_TARGET,
    )
    posts = live_posts(work, count, seed)
    for n in range(runs):
        with _both_sides(archive, work) as (copy, raw):
            ours, raws, live = asyncio.run(live_run(copy, raw, posts))
        p50_row.ours.append(med(ours) * 1000)
        p50_row.raw.append(med(raws) * 1000)
        p95_row.ours.append(p95(ours) * 1000)
        p95_row.raw.append(p95(raws) * 1000)
        searchable_p50.ours.append(med(live.searchable) * 1000)
        searchable_p95.ours.append(p95(live.searchable) * 1000)
        say(
            f"live run {n + 1}: {len(posts)} posts, ours p50 {med(ours) * 1000:.2f} ms"
            f" p95 {p95(ours) * 1000:.2f} ms, raw p50 {med(raws) * 1000:.2f} ms"
            f" p95 {p95(raws) * 1000:.2f} ms; searchable after p50"
            f" {med(live.searchable) * 1000:.1f} ms p95 {p95(live.searchable) * 1000:.1f} ms"
        )
        results.notes.append(
            f"live run {n + 1}: {len(posts)} posts one at a time, {PACE * 1000:g} ms apart,"
            f" appended to the spool; the drainer stored {live.stored} in {live.batches}"
            f" batches; the event loop took a post late by p50 {med(live.late) * 1000:.2f} ms,"
            f" p95 {p95(live.late) * 1000:.2f} ms (its turn after the drainer's work on it:"
            " a post's prepare, a batch's follow-up; not in the row, as before)"
        )
        with _both_sides(archive, work) as (copy, raw):
            ours, raws, stored = asyncio.run(burst_run(copy, raw, posts))
        burst_row.ours.append(med(ours) * 1000)
        burst_row.raw.append(med(raws) * 1000)
        say(
            f"live burst run {n + 1}: {len(ours)} bursts of {BURST}, ours {med(ours) * 1000:.2f}"
            f" ms a post, raw {med(raws) * 1000:.2f} ms a post (medians of the bursts)"
        )
        results.notes.append(
            f"live burst run {n + 1}: {len(ours)} bursts of {BURST} posts arriving together,"
            f" {stored} posts stored by the drainer"
        )
    for path in (work / "live.db", work / "live-raw.db"):
        fresh(path)
        fresh(spool_path(path))
