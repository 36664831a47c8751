"""``python -m bench engines``: the same corpus on both engines, side by side (issue 24).

For docs/scaling.md: ``tg-archiver import`` of the corpus's Telegram Desktop export into a
fresh SQLite file and into an empty PostgreSQL database (``--pg URL``; the bench does not
start a server), then every corpus search newest first and best first through
``Store.search`` on each (p50 and p95 over ``--reps`` calls, the two engines alternated call
by call so a busy machine slows both alike), then ``tg-archiver export --format jsonl`` of
each. Rows are named as the suite's, with the engine in the label, so ``--json`` feeds
``python -m bench project``. The archive's size: the SQLite file, and PostgreSQL's
``pg_database_size``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

from bench.child import cli
from bench.imports import export_files
from bench.reads import ORDERS, PAGE
from bench.results import Results, p95, table
from bench.workspace import ensure_corpus, fresh, say
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

ENGINES = ("SQLite", "PostgreSQL")


def _size(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def _import(
    results: Results, engine: str, db: str, paths: list[str], posts: int, work: Path, size: str
) -> None:
    child = cli(["--db", db, "import", *paths], work)
    if not child.finished:
        raise SystemExit(f"import into {engine} did not finish: {child.stderr[-500:]}")
    results.row(f"import tdesktop export ({engine}), {size}", "posts/s").ours.append(
        posts / child.seconds
    )
    results.row(f"import tdesktop export ({engine}), {size}: peak RSS", "MB").ours.append(
        child.peak_rss_mb
    )
    say(f"import into {engine}: {child.seconds:,.1f} s, {child.stdout.strip()}")


def _export(results: Results, engine: str, db: str, posts: int, work: Path, size: str) -> None:
    target = work / "engines-export.jsonl"
    child = cli(["--db", db, "export", "--format", "jsonl", "-o", str(fresh(target))], work)
    if not child.finished:
        raise SystemExit(f"export from {engine} did not finish")
    results.row(f"export jsonl ({engine}), {size}", "posts/s").ours.append(posts / child.seconds)
    results.row(f"export jsonl ({engine}), {size}: peak RSS", "MB").ours.append(child.peak_rss_mb)
    fresh(target)


async def _searches(
    results: Results, sqlite_db: Path, pg_url: str, queries: dict[str, str], reps: int, size: str
) -> None:
    async with (
        await Store.open(sqlite_db, read_only=True) as lite,
        await Store.open(PostgresUrl(pg_url), read_only=True) as pg,
    ):
        stores = dict(zip(ENGINES, (lite, pg), strict=True))
        for name, text in queries.items():
            query = parse_query(text)
            for order, by_rank in ORDERS:
                samples: dict[str, list[float]] = {e: [] for e in ENGINES}
                hits: dict[str, int] = {}
                for n in range(reps + 2):  # two warm-up calls each
                    for engine, store in stores.items():
                        began = time.perf_counter()
                        found = await store.search(query, limit=PAGE, by_rank=by_rank)
                        if n >= 2:
                            samples[engine].append((time.perf_counter() - began) * 1000)
                        hits[engine] = len(found)
                for engine in ENGINES:
                    base = f"search {name}, {order} ({engine}), {size}"
                    results.row(f"{base}: p50", "ms").ours.append(
                        statistics.median(samples[engine])
                    )
                    results.row(f"{base}: p95", "ms").ours.append(p95(samples[engine]))
                if hits["SQLite"] != hits["PostgreSQL"]:
                    results.notes.append(
                        f"search {name!r} {order}: SQLite returned {hits['SQLite']} hits,"
                        f" PostgreSQL {hits['PostgreSQL']}"
                    )


def _pg_size(url: str) -> float:
    async def size() -> float:
        async with await Store.open(PostgresUrl(url), read_only=True) as store:
            rows: list[Any] = await store._engine.read_all(
                "SELECT pg_database_size(current_database())"
            )
            return float(rows[0][0])

    return asyncio.run(size())


def add_parser(sub: Any) -> None:
    p = sub.add_parser("engines", help="the same corpus on SQLite and PostgreSQL, side by side")
    p.add_argument("--posts", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pg", required=True, help="an empty PostgreSQL database (postgresql://...)")
    p.add_argument("--reps", type=int, default=20, help="timed calls of each search per engine")
    p.add_argument("--work", type=Path, default=Path("bench-out"))
    p.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    p.add_argument(
        "--sqlite",
        type=Path,
        help="a SQLite archive imported earlier from the same corpus (e.g. the import-1M.db"
        " of `bench run --big`): searched and exported, not imported again; PostgreSQL still is",
    )
    p.add_argument(
        "--reuse",
        action="store_true",
        help="search and export the archives an earlier run imported (no import rows)",
    )


def run_engines(args: argparse.Namespace) -> int:
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    size = _size(args.posts)
    corpus, manifest = ensure_corpus(work, args.posts, args.seed)
    paths = [str(path.parent) for path, _ in export_files(corpus, manifest)]
    posts = manifest["posts"]
    results = Results()
    lite = args.sqlite.resolve() if args.sqlite else work / f"engines-{size}.db"
    if not args.reuse:
        if not args.sqlite:
            _import(results, "SQLite", str(fresh(lite)), paths, posts, work, size)
        _import(results, "PostgreSQL", args.pg, paths, posts, work, size)
    results.row(f"archive file (SQLite), {size}", "MB").ours.append(lite.stat().st_size / 1e6)
    results.row(f"archive file (PostgreSQL), {size}", "MB").ours.append(_pg_size(args.pg) / 1e6)
    asyncio.run(_searches(results, lite, args.pg, manifest["queries"], args.reps, size))
    for engine, db in (("SQLite", str(lite)), ("PostgreSQL", args.pg)):
        _export(results, engine, db, posts, work, size)
    print(table(results))
    print()
    for note in results.notes:
        print(f"- {note}")
    if args.json:
        results.write_json(args.json)
    return 0
