"""1. ingest: the whole pipeline into the store beside the raw sqlite3 limit, the same rows
inserted with plain ``executemany`` into the project's own schema (one transaction per
:data:`BATCH` posts on both sides)."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.results import Results, med
from bench.workspace import MIGRATIONS, REPO, batches, fresh, read_corpus, say
from tg_archiver.archive.config import load_config
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.prepare_ahead import prepared_ahead
from tg_archiver.archive.store import PAGE_SIZE, Store
from tg_archiver.archive.store.index_writes import INDEX, WRITER_FUNCTION, index_rows

BATCH = 1000  # posts per transaction, ours and raw alike


async def ingest_ours(corpus: Path, db: Path) -> tuple[int, float]:
    """The whole streaming ingest of posts.jsonl, timed end to end: opening a fresh archive,
    reading and parsing the file, preparing the posts (in a worker process past the first
    2,000, as ``import`` does: archive.ingest.prepared_ahead) and storing them, one
    transaction per BATCH posts like the raw side."""
    options = options_from_config(load_config(None))
    now = datetime.now(UTC)
    count = 0
    started = time.perf_counter()
    async with await Store.open(fresh(db)) as store:
        with closing(prepared_ahead(read_corpus(corpus), options, "bench")) as items:
            for batch in batches(items, BATCH):
                async with store.transaction():
                    await store.ingest(batch, now=now, near_threshold=options.near_threshold)
                count += len(batch)
    return count, time.perf_counter() - started


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the archive's settings (page size of a new archive,
    WAL, foreign keys on)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    # The raw side writes posts and their index rows itself, as the store does
    # (tg_archiver/archive/store/index_writes.py): migration 0020's guards let it.
    db.create_function(WRITER_FUNCTION, 0, lambda: 1, deterministic=True)
    return db


def create_schema(db: sqlite3.Connection) -> None:
    for script in sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        db.executescript(script.read_text(encoding="utf-8"))
    # Migration 0014's trim of versions and 0017's clean text stored once have no posts to
    # work on in a fresh archive: Store.migrate ends them at once
    # (archive/store/upgrades/versions_trim.py, clean_once.py), and so does this.
    db.execute("DELETE FROM versions_trim")
    db.execute("DELETE FROM clean_once")


def plain_tables(db: sqlite3.Connection) -> list[str]:
    """Tables that hold rows of their own: not virtual tables, not their shadow tables."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [n for n, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    return [
        n
        for n, _ in rows
        if n not in virtual
        and not n.startswith("sqlite_")
        and not any(n.startswith(f"{v}_") for v in virtual)
    ]


def table_columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]


def _indexed(rows: list[tuple[Any, ...]], cols: list[str]) -> Iterable[tuple[int, Any, str]]:
    """``(id, title, clean_text)`` of rows of posts (the clean text: stored, or the raw)."""
    pid, title, clean, raw = (cols.index(c) for c in ("id", "title", "clean_stored", "raw_text"))
    return ((r[pid], r[title], r[raw] if r[clean] is None else r[clean]) for r in rows)


class _KeyRanges:
    """Rows of a cursor ordered by one column, handed out in consecutive key ranges."""

    def __init__(self, rows: Iterable[tuple[Any, ...]], column: int) -> None:
        self._rows = iter(rows)
        self._column = column
        self._next: tuple[Any, ...] | None = next(self._rows, None)

    def until(self, end: int) -> list[tuple[Any, ...]]:
        """The rows whose key is below ``end`` not handed out yet."""
        out: list[tuple[Any, ...]] = []
        while self._next is not None and self._next[self._column] < end:
            out.append(self._next)
            self._next = next(self._rows, None)
        return out


def ingest_raw(source_db: Path, db: Path) -> tuple[int, float]:
    """The same rows our ingest wrote, inserted with plain sqlite3 into a fresh archive made
    from migrations/*.sql, BATCH posts (with their versions, tags and
    band keys) per transaction. Only the inserts and commits are timed, not reading the rows.

    Every table of the schema is copied, so a table that ingest starts to fill is counted
    here too: posts (and their rows of posts_fts, as the store writes them, the word forms
    computed before the clock starts) and each table with a ``post_id`` go in
    batches of posts; the others (sources, tags) go in the first transaction.
    """
    dst = raw_connection(fresh(db))
    create_schema(dst)
    # The index's word list (migrations/0017) is copied as ingest left it, a table like the
    # others; noting each post for its catch-up is ingest's own work, not the raw inserts'.
    dst.execute("DROP TRIGGER search_words_after_insert")
    dst.execute("DROP TRIGGER search_words_after_update")
    # A copy may point at a post of a later batch: a post imported after its copies but
    # published before them is their root (archive/store/reroot.py). Not checking foreign keys
    # makes the raw inserts a little faster, so "ours / raw" only errs against us.
    dst.execute("PRAGMA foreign_keys = OFF")
    src = sqlite3.connect(f"file:{source_db}?mode=ro", uri=True)
    src_tables = set(plain_tables(src))
    # (select, insert, post key column or None); posts before the tables that refer to them
    plan: list[tuple[str, str, str | None, list[str]]] = []
    for t in plain_tables(dst):
        if t not in src_tables:
            continue
        src_cols = set(table_columns(src, t))
        cols = [c for c in table_columns(dst, t) if c in src_cols]
        key = "id" if t == "posts" else "post_id" if "post_id" in cols else None
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" * len(cols))
        plan.append(
            (
                f'SELECT {names} FROM "{t}"',
                f'INSERT INTO "{t}" ({names}) VALUES ({marks})',
                key,
                cols,
            )
        )
    plan.sort(key=lambda p: 0 if p[2] is None else 1 if p[2] == "id" else 2)

    lo, hi = src.execute("SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM posts").fetchone()
    # Each table is read once, in post order, and cut into batches as it streams (post_bands
    # has no index on post_id: a range query per batch would scan it whole every time).
    streams = {
        select: _KeyRanges(src.execute(f'{select} ORDER BY "{key}"'), cols.index(key))
        for select, _, key, cols in plan
        if key is not None
    }
    elapsed = 0.0
    first = True
    for start in range(lo, hi + 1, BATCH):
        work: list[tuple[str, list[Any]]] = []
        for select, insert, key, cols in plan:
            if key is None:
                if first:
                    work.append((insert, src.execute(select).fetchall()))
                continue
            rows = streams[select].until(start + BATCH)
            work.append((insert, rows))
            if key == "id":  # the posts' rows of the index, with their word forms (not timed)
                work.append((INDEX, index_rows(_indexed(rows, cols))))
        first = False
        started = time.perf_counter()
        dst.execute("BEGIN")
        for insert, rows in work:
            if rows:
                dst.executemany(insert, rows)
        dst.execute("COMMIT")
        elapsed += time.perf_counter() - started
    posts = dst.execute("SELECT count(*) FROM posts").fetchone()[0]
    src.close()
    dst.close()
    return int(posts), elapsed


def bench_ingest(results: Results, corpus: Path, work: Path, runs: int) -> Path:
    row = results.row(
        "ingest: end to end vs raw inserts",
        "posts/s",
        target="≥ 50% of raw (at 1M)",
        met=lambda r: med(r.ratios) >= 0.5,
    )
    archive = work / "ingest.db"
    for n in range(runs):
        count, took = asyncio.run(ingest_ours(corpus, archive))
        raw_count, raw_took = ingest_raw(archive, work / "raw.db")
        if raw_count != count:
            raise SystemExit(f"raw baseline stored {raw_count} posts, ours {count}")
        row.ours.append(count / took)
        row.raw.append(raw_count / raw_took)
        say(
            f"ingest run {n + 1}: ours {count / took:,.0f} posts/s,"
            f" raw {raw_count / raw_took:,.0f} posts/s"
        )
    fresh(work / "raw.db")
    return archive


# The one-core row's child: ours then raw, as bench_ingest does, in a process pinned to one CPU
# (its prepare worker, if it started one, would inherit the pin).
_PINNED = """
import asyncio, json, sys
from pathlib import Path
from bench.ingest import ingest_ours, ingest_raw
corpus, work = Path(sys.argv[1]), Path(sys.argv[2])
count, took = asyncio.run(ingest_ours(corpus, work / "pinned.db"))
raw_count, raw_took = ingest_raw(work / "pinned.db", work / "pinned-raw.db")
print(json.dumps([count, took, raw_count, raw_took]))
"""


def _pin_to_one_cpu() -> None:
    """In the child, before it runs anything: what ``taskset -c 0`` does."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def bench_ingest_one_core(results: Results, corpus: Path, work: Path, runs: int) -> None:
    """Issue 21: the ingest ratio when only one core is free. The import and its raw baseline
    both run in a child process pinned to one CPU (as under ``taskset -c 0``), so neither
    can lean on a second core: ours prepares its posts in that process
    (``prepared_ahead`` sees one CPU), raw inserts as in :func:`bench_ingest`."""
    row = results.row(
        "ingest on one core (taskset -c 0): end to end vs raw",
        "posts/s",
        target="≥ 50% of raw",
        met=lambda r: med(r.ratios) >= 0.5,
    )
    if not hasattr(os, "sched_setaffinity"):
        results.notes.append("ingest on one core: not measured (no CPU affinity here)")
        return
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    for n in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _PINNED, str(corpus), str(work)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            preexec_fn=_pin_to_one_cpu,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"the one-core ingest failed:\n{done.stderr}")
        count, took, raw_count, raw_took = json.loads(done.stdout.splitlines()[-1])
        if raw_count != count:
            raise SystemExit(f"raw baseline stored {raw_count} posts, ours {count}")
        row.ours.append(count / took)
        row.raw.append(raw_count / raw_took)
        say(
            f"ingest on one core, run {n + 1}: ours {count / took:,.0f} posts/s,"
            f" raw {raw_count / raw_took:,.0f} posts/s"
        )
    for name in ("pinned.db", "pinned-raw.db"):
        fresh(work / name)
