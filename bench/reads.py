"""3. search, 4. export, 5. digest: what the archive answers once it holds the corpus.

Search is ``Store.search`` beside the same FTS5 query run directly; export is the CLI in a
child process; digest is ``digest_rows`` with ``compose_digest``."""

from __future__ import annotations

import asyncio
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.child import cli
from bench.ingest import raw_connection
from bench.results import Results, med, p95
from bench.workspace import say
from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import tag_key

PAGE = 20  # search results asked for, as the CLI's default --limit
SEARCH_BUDGET_S = 10.0  # per query and side in one run: stop early on very slow queries
MIN_SAMPLES = 5
ORDERS = (("newest", False), ("relevance", True))


def bench_export(results: Results, archive: Path, posts: int, work: Path, runs: int, size: str):
    """tg-archiver export of the whole archive to a file; wall time includes start-up."""
    start = results.row(f"CLI start-up (empty export), {size}", "s")
    for fmt in ("jsonl", "csv"):
        rate = results.row(
            f"export {fmt}, {size}",
            "posts/s",
            target="≥ 50,000/s",
            met=lambda r: med(r.ours) >= 50_000,
        )
        rss = results.row(f"export {fmt}, {size}: peak RSS", "MB", target="flat in N")
        target = work / f"export.{fmt}"
        for n in range(runs):
            child = cli(["--db", str(archive), "export", "--format", fmt, "-o", str(target)], work)
            rate.ours.append(posts / child.seconds)
            rss.ours.append(child.peak_rss_mb)
            say(f"export {fmt} {size} run {n + 1}: {child.seconds:.1f} s, {child.stderr.strip()}")
        target.unlink(missing_ok=True)
    for _ in range(runs):
        empty = work / "empty.jsonl"
        child = cli(
            ["--db", str(archive), "export", "--since", "2100-01-01", "-o", str(empty)], work
        )
        start.ours.append(child.seconds)
        empty.unlink(missing_ok=True)


# -- 3. search: Store.search beside the same FTS5 query run directly ------------------------


def raw_search_sql(text: str, by_rank: bool) -> tuple[str, list[Any]]:
    """The bare SQL answering the same question as Store.search: the ids of the first page of
    matches that are not copies, with the same filters and order. No snippets, no row
    building. Relevance is FTS5's own ``rank`` (bm25)."""
    q = parse_query(text)
    sql = (
        "SELECT posts.id FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
        " WHERE posts_fts MATCH ? AND posts.duplicate_of IS NULL"
    )
    params: list[Any] = [q.match]
    for tag in q.tags:
        sql += (
            " AND posts.id IN (SELECT post_tags.post_id FROM post_tags"
            " JOIN tags ON tags.id = post_tags.tag_id WHERE tags.key = ?)"
        )
        params.append(tag_key(tag))
    if q.since is not None:
        sql += " AND posts.published_at >= ?"
        params.append(q.since.strftime("%Y-%m-%dT%H:%M:%SZ"))
    if q.until is not None:
        sql += " AND posts.published_at < ?"
        params.append(q.until.strftime("%Y-%m-%dT%H:%M:%SZ"))
    sql += " ORDER BY rank" if by_rank else " ORDER BY posts.published_at DESC, posts.id DESC"
    return sql + f" LIMIT {PAGE}", params


async def search_once(
    archive: Path, queries: dict[str, str], reps: int
) -> dict[tuple[str, str], tuple[list[float], list[float], int, int]]:
    """Per (query, order): ours' and raw's latencies in ms, and the hits each returned."""
    out = {}
    raw = raw_connection(archive)
    async with await Store.open(archive, migrate=False) as store:
        for name, text in queries.items():
            for order, by_rank in ORDERS:
                sql, params = raw_search_sql(text, by_rank)

                async def ours(text: str = text, by_rank: bool = by_rank) -> int:
                    return len(await store.search(parse_query(text), limit=PAGE, by_rank=by_rank))

                def bare(sql: str = sql, params: list[Any] = params) -> int:
                    return len(raw.execute(sql, params).fetchall())

                ours_ms: list[float] = []
                raw_ms: list[float] = []
                for _ in range(2):  # warm the page cache and the statement caches
                    hits = await ours()
                    raw_hits = bare()
                began = time.perf_counter()
                while len(ours_ms) < reps and not (
                    len(ours_ms) >= MIN_SAMPLES and time.perf_counter() - began > SEARCH_BUDGET_S
                ):
                    t = time.perf_counter()
                    await ours()
                    ours_ms.append((time.perf_counter() - t) * 1000)
                began = time.perf_counter()
                while len(raw_ms) < reps and not (
                    len(raw_ms) >= MIN_SAMPLES and time.perf_counter() - began > SEARCH_BUDGET_S
                ):
                    t = time.perf_counter()
                    bare()
                    raw_ms.append((time.perf_counter() - t) * 1000)
                out[(name, order)] = (ours_ms, raw_ms, hits, raw_hits)
    raw.close()
    return out


def bench_search(
    results: Results, archive: Path, queries: dict[str, str], runs: int, reps: int, size: str
) -> None:
    for n in range(runs):
        measured = asyncio.run(search_once(archive, queries, reps))
        for (name, order), (ours_ms, raw_ms, hits, raw_hits) in measured.items():
            if hits != raw_hits:
                results.notes.append(
                    f"search {name!r} {order} ({size}): ours returned {hits} hits, raw {raw_hits}"
                )
            base = f"search {name}, {order}, {size}"
            p50 = results.row(f"{base}: p50", "ms")
            if order == "newest":
                p95row = results.row(
                    f"{base}: p95", "ms", target="< 50 ms", met=lambda r: med(r.ours) < 50
                )
            else:
                p95row = results.row(
                    f"{base}: p95", "ms", target="≤ 1.5× raw", met=lambda r: med(r.ratios) <= 1.5
                )
            p50.ours.append(statistics.median(ours_ms))
            p50.raw.append(statistics.median(raw_ms))
            p95row.ours.append(p95(ours_ms))
            p95row.raw.append(p95(raw_ms))
        say(f"search {size} run {n + 1} done")
    results.notes.append(
        f"search ({size}): {reps} timed repetitions per query and run (fewer, at least"
        f" {MIN_SAMPLES}, when one side took over {SEARCH_BUDGET_S:.0f} s), first page of"
        f" {PAGE}, copies left out, as the CLI does"
    )


# -- 5. digest: digest_rows + compose_digest ------------------------------------------------


async def digest_once(
    archive: Path, topics: tuple[str, ...], until: datetime, window: timedelta
) -> tuple[float, float, int, int]:
    """(fetch ms, compose ms, rows, messages) of one digest over [until - window, until)."""
    since = until - window
    options = DigestOptions(title=f"Digest: {', '.join(topics)}", topics=topics)
    async with await Store.open(archive, migrate=False) as store:
        await store.digest_rows(topics, since=since, until=until)  # warm
        t0 = time.perf_counter()
        rows = await store.digest_rows(topics, since=since, until=until)
        t1 = time.perf_counter()
        messages = compose_digest(rows, options, since=since, until=until)
        t2 = time.perf_counter()
    return (t1 - t0) * 1000, (t2 - t1) * 1000, len(rows), len(messages)


def bench_digest(
    results: Results, archive: Path, manifest: dict[str, Any], runs: int, size: str
) -> None:
    topics = tuple(manifest["digest_topics"])
    until = datetime.fromtimestamp(manifest["last_date"] + 1, UTC)
    for label, window in (("24 h", timedelta(hours=24)), ("7 days", timedelta(days=7))):
        total = results.row(
            f"digest {label} ({', '.join(topics)}), {size}: fetch + compose",
            "ms",
            target="< 1 s" if label == "7 days" else "",
            met=(lambda r: med(r.ours) < 1000) if label == "7 days" else None,
        )
        compose = results.row(f"digest {label}, {size}: of which compose", "ms")
        for _ in range(runs):
            fetch_ms, compose_ms, rows, messages = asyncio.run(
                digest_once(archive, topics, until, window)
            )
            total.ours.append(fetch_ms + compose_ms)
            compose.ours.append(compose_ms)
        results.notes.append(
            f"digest {label} ({size}): {rows:,} posts in the window with {'/'.join(topics)}"
            f" or their copies, {messages} message(s)"
        )
