"""``python -m bench run``: every benchmark of the suite, one table.

Each figure is measured ``--runs`` times and shown as median, min and max. What is timed, and
what is not, is stated next to each benchmark below and in docs/benchmarks.md. Only the
project's public entry points are used (``Store.open``, ``prepared_ahead`` with
``Store.ingest``, ``Store.search`` with ``parse_query``, ``Store.digest_rows`` with
``compose_digest``, and the ``tg-archiver`` command in a child process for import and
export), so the suite keeps measuring the same things while
the internals change. The raw baselines speak SQL to the schema of ``migrations/*.sql``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from bench.imports import bench_import, bench_raw_after_import, scale_archive
from bench.ingest import bench_ingest, bench_ingest_one_core, ingest_ours
from bench.live import bench_live
from bench.reads import bench_digest, bench_export, bench_search
from bench.results import Results, table
from bench.startup import bench_startup
from bench.storage import bench_storage
from bench.web import bench_web
from bench.workspace import ensure_corpus, fresh, say

PARTS = ("ingest", "ingest1", "import", "search", "web", "export", "digest", "startup", "live")


# -- the command ----------------------------------------------------------------------------


def _size(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def run(args: argparse.Namespace) -> int:
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    results = Results()
    began = time.perf_counter()
    size = _size(args.posts)

    corpus, manifest = ensure_corpus(work, args.posts, args.seed)
    queries: dict[str, str] = manifest["queries"]
    archive = work / "ingest.db"
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    if unknown := parts - set(PARTS):
        raise SystemExit(f"--only: unknown part(s) {', '.join(sorted(unknown))}")
    if not args.big_only:
        if "startup" in parts:
            bench_startup(results, work, args.startup_runs)
        needs_archive = parts - {"startup", "ingest1"}  # start-up alone needs no ingested archive
        if "ingest" in parts or (needs_archive and not _has_posts(archive, args.posts)):
            archive = bench_ingest(results, corpus, work, args.runs)
        if "ingest1" in parts:
            bench_ingest_one_core(results, corpus, work, args.runs)
        if "import" in parts:
            imported = bench_import(results, corpus, manifest, work, args.runs, size)
            if imported is not None:
                bench_storage(results, imported, size)
                fresh(imported)
        if "search" in parts:
            bench_search(results, archive, queries, args.runs, args.search_reps, size)
        if "web" in parts:
            bench_web(results, archive, queries, args.runs, args.search_reps, size)
        if "export" in parts:
            bench_export(results, archive, manifest["posts"], work, args.runs, size)
        if "digest" in parts:
            bench_digest(results, archive, manifest, args.runs, size)
        if "live" in parts:
            bench_live(results, archive, work, args.live_posts, args.seed, args.runs, size)
        _describe(results, manifest, size)

    if args.big:
        if results.rows:
            say(f"results at {size}, before the {_size(args.big)} part:\n{table(results)}")
        big = _size(args.big)
        big_archive = None
        timeout = args.big_import_timeout or None
        if not args.big_scaled and "import" in parts:
            # The M-post corpus only for an import of it (--big-scaled copies the N-post
            # archive instead: generating 5.9 GB for nothing took minutes)
            big_corpus, big_manifest = ensure_corpus(work, args.big, args.seed)
            _describe(results, big_manifest, big)
            big_archive = bench_import(results, big_corpus, big_manifest, work, 1, big, timeout)
            if big_archive is not None:
                bench_storage(results, big_archive, big)
                if not args.big_no_raw:
                    bench_raw_after_import(results, big_archive, work, big)
        if big_archive is None:
            # The import did not finish in time: search, export and digest a copy of the
            # ingested N-post archive scaled to M posts instead.
            factor = max(1, round(args.big / args.posts))
            if not _has_posts(archive, args.posts):
                say(f"ingesting {size} posts once, to scale that archive to {big}")
                asyncio.run(ingest_ours(corpus, archive))
            big_archive = work / f"scaled-{big}.db"
            if _has_posts(big_archive, args.posts * factor):
                count = args.posts * factor  # made by an earlier run from the same archive
            else:
                count = scale_archive(archive, big_archive, factor)
            big = f"{_size(count)} ({size} ×{factor})"
            results.notes.append(
                f"{big}: the {size} archive made by ingest, its posts copied {factor} times"
                " under new ids with plain sqlite3 (through the FTS5 triggers), because a"
                f" {_size(args.big)} import does not finish in a session; posts per day and"
                f" term and tag frequencies are {factor} times the corpus's"
            )
            big_manifest = manifest
        posts = _count_posts(big_archive)
        if "search" in parts:
            bench_search(results, big_archive, queries, 1, args.search_reps, big)
        if "web" in parts:
            bench_web(results, big_archive, queries, 1, args.search_reps, big)
        if "export" in parts:
            bench_export(results, big_archive, posts, work, 1, big)
        if "digest" in parts:
            bench_digest(results, big_archive, big_manifest, args.runs, big)

    print(table(results))
    print()
    for note in results.notes:
        print(f"- {note}")
    print(
        f"- runs: {args.runs} at {size}"
        + (f", 1 at {_size(args.big)} (digest: {args.runs})" if args.big else "")
        + f"; took {time.perf_counter() - began:,.0f} s; Python {sys.version.split()[0]},"
        f" SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs"
    )
    if args.json:
        results.write_json(args.json)
    return 0


def _has_posts(db: Path, n: int) -> bool:
    return db.exists() and _count_posts(db) == n


def _count_posts(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])


def _describe(results: Results, manifest: dict[str, Any], size: str) -> None:
    c = manifest["counts"]
    results.notes.append(
        f"corpus {size}: {manifest['posts']:,} posts (seed {manifest['seed']}) in"
        f" {len(manifest['channels'])} channels, {c['exact']:,} exact and {c['near']:,} near"
        f" copies, {c['repeated']:,} with the body repeated, {c['mean_chars']:,} characters"
        " on average"
    )
