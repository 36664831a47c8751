"""7. live: the service's new posts, one at a time, beside raw single-row insert+commit.

The service stores a channel's new post as it arrives (``bot/telegram.py``, ``_store_live``)
with :func:`archive.ingest.store_posts` of that one post: prepare it, then one transaction.
This part makes that same call for ``--live-posts`` posts, one call each, into a copy of the
archive ingested from the bench corpus (so an archive of ``--posts`` posts), and times each
call. The posts are new to the archive: a second corpus (the next seed) of the same channels,
their ids moved past every stored id, so their texts are new, copies and near copies alike.

The raw side (issue 21): plain sqlite3, one row inserted and committed per post (``BEGIN``,
``INSERT``, ``COMMIT``) into a table with an FTS5 index (external content, kept by a trigger,
as the archive's ``posts_fts`` is), filled first with the archive's texts (not timed), with
the archive's pragmas. Ours and raw alternate post by post, so a busy moment of the machine
falls on both alike. The row shows p50 and p95 per post; the ratios are of the same run.

A burst (a busy channel, several at once, a reconnect's catch-up) arrives as many update
handlers at the same moment; the service stores what arrives while one transaction runs in
the next (``bot.group_commit``, as ``ChannelIngest`` wires it: each post prepared as it
arrives, then put in line). The burst row times ``BURST`` posts arriving together, from their
arrival until the last is stored, per post, beside raw storing the same posts one
insert+commit each.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from bench.ingest import raw_connection
from bench.results import Results, med, p95
from bench.workspace import ensure_corpus, fresh, read_corpus, say
from tg_archiver.archive.config import load_config
from tg_archiver.archive.ingest import options_from_config, store_posts
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.store import CHUNK, Store
from tg_archiver.bot.group_commit import GroupCommit

P50_TARGET = 3.0  # issue 21: live ingest p50 within 3x raw, p95 within 5x
P95_TARGET = 5.0
ID_OFFSET = 10_000_000  # live ids start past every id of the bench corpus
BURST = 20  # posts arriving together in the burst row

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


class _Trips:
    """Counts the jobs handed to the writing connection's thread (aiosqlite's ``_execute``):
    each is one round trip from the event loop to SQLite and back."""

    def __init__(self, db: Any) -> None:
        self.count = 0
        inner = db._execute

        async def counted(fn: Any, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return await inner(fn, *args, **kwargs)

        db._execute = counted


async def live_run(
    archive: Path, raw: sqlite3.Connection, posts: list[Post]
) -> tuple[list[float], list[float], float]:
    """Per-post seconds of ours and of raw, alternating, and round trips per post of ours."""
    options = options_from_config(load_config(None))
    ours: list[float] = []
    raws: list[float] = []
    async with await Store.open(archive) as store:
        trips = _Trips(store.conn.db)
        for post in posts:
            now = datetime.now(UTC)
            started = time.perf_counter()
            await store_posts(store, [post], options, now=now, where="bench live")
            ours.append(time.perf_counter() - started)
            raws.append(raw_one(raw, post.text))
    return ours, raws, trips.count / max(1, len(posts))


async def burst_run(
    archive: Path, raw: sqlite3.Connection, posts: list[Post]
) -> tuple[list[float], list[float], int]:
    """Per-post seconds of each burst, ours (the service's group commit) and raw, alternating,
    and how many posts our transactions took."""
    options = options_from_config(load_config(None))
    ours: list[float] = []
    raws: list[float] = []
    stored = 0
    async with await Store.open(archive) as store:

        async def write(kind: object, items: list[PreparedPost]) -> int:
            report = await store.ingest_transaction(
                items, now=datetime.now(UTC), near_threshold=options.near_threshold
            )
            return report.seen

        async def after(seen: int) -> None:
            nonlocal stored
            stored += seen

        line: GroupCommit[PreparedPost, int] = GroupCommit(write, after, most=CHUNK)
        for at in range(0, len(posts) - BURST + 1, BURST):
            burst = posts[at : at + BURST]
            started = time.perf_counter()
            await asyncio.gather(*(_arrives(line, post, options) for post in burst))
            ours.append((time.perf_counter() - started) / BURST)
            raws.append(sum(raw_one(raw, post.text) for post in burst) / BURST)
    return ours, raws, stored


async def _arrives(
    line: GroupCommit[PreparedPost, int], post: Post, options: PipelineOptions
) -> None:
    """One update's handler (a task of its own), as ChannelIngest's: the post prepared as it
    arrives, then put in line."""
    (item,) = prepared([post], options, "bench burst")
    await line.put(item)


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
    burst_row = results.row(
        f"live burst of {BURST} posts at {size}, per post",
        "ms",
        target=f"≤ {P50_TARGET:g}x raw insert+commit",
        met=lambda r: med(r.ratios) <= P50_TARGET,
    )
    posts = live_posts(work, count, seed)
    for n in range(runs):
        with _both_sides(archive, work) as (copy, raw):
            ours, raws, trips = asyncio.run(live_run(copy, raw, posts))
        p50_row.ours.append(med(ours) * 1000)
        p50_row.raw.append(med(raws) * 1000)
        p95_row.ours.append(p95(ours) * 1000)
        p95_row.raw.append(p95(raws) * 1000)
        say(
            f"live run {n + 1}: {len(posts)} posts, ours p50 {med(ours) * 1000:.2f} ms"
            f" p95 {p95(ours) * 1000:.2f} ms, raw p50 {med(raws) * 1000:.2f} ms"
            f" p95 {p95(raws) * 1000:.2f} ms, {trips:.1f} round trips per post"
        )
        results.notes.append(
            f"live run {n + 1}: {len(posts)} posts one at a time, {trips:.1f} round trips to"
            " SQLite's thread per post"
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
            f" {stored} posts stored by the group commit"
        )
    for path in (work / "live.db", work / "live-raw.db"):
        fresh(path)
