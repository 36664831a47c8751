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
import json
import math
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from bench.corpus import generate
from tg_archiver.archive.config import load_config
from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.ingest import options_from_config, prepared_ahead
from tg_archiver.archive.models import Media, Post, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import PAGE_SIZE, Store
from tg_archiver.archive.tags import tag_key

REPO = Path(__file__).resolve().parent.parent
MIGRATIONS = REPO / "tg_archiver" / "migrations"
BATCH = 1000  # posts per transaction, ours and raw alike
PAGE = 20  # search results asked for, as the CLI's default --limit
SEARCH_BUDGET_S = 10.0  # per query and side in one run: stop early on very slow queries
MIN_SAMPLES = 5
ORDERS = (("newest", False), ("relevance", True))
PARTS = ("ingest", "import", "search", "web", "export", "digest")


# -- results --------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: a figure measured once per run, ours and optionally raw."""

    label: str
    unit: str
    ours: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    target: str = ""
    met: Callable[[Row], bool] | None = None

    @property
    def ratios(self) -> list[float]:
        return [o / r for o, r in zip(self.ours, self.raw, strict=False) if r]

    def verdict(self) -> str:
        if self.met is None or not self.ours:
            return ""
        return "met" if self.met(self) else "missed"


def med(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def row(self, label: str, unit: str, **kw: Any) -> Row:
        for r in self.rows:
            if r.label == label:
                return r
        r = Row(label, unit, **kw)
        self.rows.append(r)
        return r


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cell(values: list[float]) -> str:
    if not values:
        return ""
    if len(values) == 1:
        return _fmt(values[0])
    return f"{_fmt(med(values))} ({_fmt(min(values))}–{_fmt(max(values))})"


def table(results: Results) -> str:
    """A Markdown table: it reads in a terminal and pastes into docs/benchmarks.md as is."""
    head = ("figure", "unit", "ours", "raw sqlite3", "ours / raw", "target", "")
    lines = [head]
    for r in results.rows:
        lines.append(
            (
                r.label,
                r.unit,
                _cell(r.ours),
                _cell(r.raw),
                _cell(r.ratios) if r.raw else "",
                r.target,
                r.verdict(),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# -- the corpus -----------------------------------------------------------------------------


def ensure_corpus(work: Path, posts: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The corpus for (posts, seed) under ``work``, generated once and then reused."""
    folder = work / f"corpus-{posts}-s{seed}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text())
        from bench.corpus import FORMAT_VERSION

        if data.get("format") == FORMAT_VERSION:
            return folder, data
    say(f"generating {posts:,} posts in {folder}")
    return folder, generate(folder, posts=posts, seed=seed, log=sys.stderr)


def read_corpus(folder: Path) -> Iterator[Post]:
    """The corpus's posts as the Telegram Desktop importer makes them, in publication order."""
    with (folder / "posts.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            media = ()
            if "photo" in r:
                media = (Media("photo", r["photo"].rsplit("/", 1)[-1], r["photo_size"]),)
            yield Post(
                source=SourceRef("telegram", str(r["channel"]), title=r["channel_title"]),
                external_id=str(r["id"]),
                published_at=datetime.fromtimestamp(r["date"], UTC),
                text=r["text"],
                author=r["channel_title"],
                hashtags=tuple(r["hashtags"]),
                media=media,
            )


T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


# -- 1. ingest: ours and the raw sqlite3 limit ----------------------------------------------


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
    return db


def create_schema(db: sqlite3.Connection) -> None:
    for script in sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        db.executescript(script.read_text(encoding="utf-8"))
    # Migration 0008's fill of word forms has no posts to fill in a fresh archive: Store.migrate
    # ends it at once (archive/reindex.py), and so does this.
    db.execute("DELETE FROM search_stems_fill")


def _plain_tables(db: sqlite3.Connection) -> list[str]:
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


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]


def ingest_raw(source_db: Path, db: Path) -> tuple[int, float]:
    """The same rows our ingest wrote, inserted with plain sqlite3 into a fresh archive made
    from migrations/*.sql (FTS5 triggers included), BATCH posts (with their versions, tags and
    band keys) per transaction. Only the inserts and commits are timed, not reading the rows.

    Every table of the schema is copied, so a table that ingest starts to fill is counted
    here too: posts (and so posts_fts, by trigger) and each table with a ``post_id`` go in
    batches of posts; the others (sources, tags) go in the first transaction.
    """
    dst = raw_connection(fresh(db))
    create_schema(dst)
    # A copy may point at a post of a later batch: a post imported after its copies but
    # published before them is their root (archive/reroot.py). Not checking foreign keys
    # makes the raw inserts a little faster, so "ours / raw" only errs against us.
    dst.execute("PRAGMA foreign_keys = OFF")
    src = sqlite3.connect(f"file:{source_db}?mode=ro", uri=True)
    src_tables = set(_plain_tables(src))
    # (select, insert, post key column or None); posts before the tables that refer to them
    plan: list[tuple[str, str, str | None, list[str]]] = []
    for t in _plain_tables(dst):
        if t not in src_tables:
            continue
        src_cols = set(_columns(src, t))
        cols = [c for c in _columns(dst, t) if c in src_cols]
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
        for select, insert, key, _ in plan:
            if key is None:
                if first:
                    work.append((insert, src.execute(select).fetchall()))
                continue
            work.append((insert, streams[select].until(start + BATCH)))
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


# -- 2. import and 4. export: the CLI in a child process ------------------------------------


@dataclass
class Sample:
    seconds: float
    rss_mb: float
    hwm_mb: float
    posts_read: int | None  # estimated from the child's read offsets in the export files


@dataclass
class Child:
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    finished: bool = True
    samples: list[Sample] = field(default_factory=list)


def _proc_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a live process, in MB."""
    found = {"VmRSS": 0.0, "VmHWM": 0.0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in found:
                found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return found["VmRSS"], found["VmHWM"]


def _descendants(pid: int) -> list[int]:
    """The live processes started by ``pid``, and theirs (a worker pool's, say)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{parent}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                todo.append(child)
    return found


def _tree_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of ``pid`` and every process under it, summed, in MB. The summed peaks
    may have been reached at different moments, so their sum bounds the tree's peak from
    above."""
    rss = hwm = 0.0
    for p in (pid, *_descendants(pid)):
        r, h = _proc_mb(p)
        rss, hwm = rss + r, hwm + h
    return rss, hwm


def _posts_read(pid: int, files: list[tuple[Path, int]]) -> int | None:
    """Posts behind the child's read offset: the files are read one after another, so every
    file before the open one is done and the open one is read up to its offset."""
    sizes = {str(path): (n, path.stat().st_size) for n, (path, _) in enumerate(files)}
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target in sizes:
                index, size = sizes[target]
                pos = next(
                    int(line.split()[1])
                    for line in Path(f"/proc/{pid}/fdinfo/{fd}").read_text().splitlines()
                    if line.startswith("pos:")
                )
                done = sum(posts for _, posts in files[:index])
                return done + round(files[index][1] * min(pos / max(size, 1), 1.0))
    except (OSError, StopIteration, ValueError):
        return None
    return None


# The child runs tg-archiver's __main__ and, at exit, writes its own VmHWM (peak RSS, kB).
# Not wait4's ru_maxrss: Linux carries that across exec, so it would report the memory of
# this (forked) benchmark process instead of tg-archiver's.
_CHILD = """
import atexit, re, runpy, sys
path = sys.argv[1]
def hwm():
    with open("/proc/self/status") as f:
        kb = re.search(r"VmHWM:\\s+(\\d+)", f.read()).group(1)
    with open(path, "w") as out:
        out.write(kb)
atexit.register(hwm)
sys.argv = ["tg-archiver", *sys.argv[2:]]
runpy.run_module("tg_archiver", run_name="__main__", alter_sys=True)
"""


def cli(
    args: list[str],
    cwd: Path,
    *,
    timeout: float | None = None,
    files: list[tuple[Path, int]] | None = None,
    every: float = 2.0,
) -> Child:
    """Run ``python -m tg_archiver ARGS`` in ``cwd`` (where no tg-archiver.toml is, so the
    defaults apply): wall time and peak RSS: the child's own (its VmHWM at exit) or, if
    larger, the sum over the child and the processes it started (a worker pool), sampled.

    With ``timeout`` the child is interrupted (SIGINT: the command rolls back and exits) once
    it has run that long, and the result says it did not finish. Every ``every`` seconds
    the child's RSS, peak RSS and, given its input ``files`` with their post counts, the
    posts it has read so far are sampled.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    out, err, hwm_file = cwd / "child.out", cwd / "child.err", cwd / "child.hwm"
    hwm_file.unlink(missing_ok=True)
    samples: list[Sample] = []
    finished = True
    peak = 0.0
    with out.open("wb") as o, err.open("wb") as e:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(hwm_file), *args],
            cwd=cwd,
            env=env,
            stdout=o,
            stderr=e,
        )
        next_sample = started + every
        while True:
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            now = time.perf_counter()
            if now >= next_sample:
                rss, hwm = _tree_mb(proc.pid)
                peak = max(peak, hwm)
                posts = _posts_read(proc.pid, files) if files else None
                samples.append(Sample(round(now - started, 1), rss, hwm, posts))
                next_sample += every
            if finished and timeout is not None and now - started > timeout:
                say(f"interrupting tg-archiver {args[2]} after {timeout:.0f} s")
                finished = False
                rss, hwm = _tree_mb(proc.pid)
                peak = max(peak, hwm)
                posts = _posts_read(proc.pid, files) if files else None
                samples.append(Sample(round(now - started, 1), rss, hwm, posts))
                proc.send_signal(signal.SIGINT)
            time.sleep(0.05 if now - started < 5 else 0.5)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if hwm_file.exists() and hwm_file.read_text().strip():
        peak = max(peak, int(hwm_file.read_text()) / 1024)
    hwm_file.unlink(missing_ok=True)
    child = Child(
        seconds,
        peak,
        out.read_text(),
        err.read_text(),
        finished,
        samples,
    )
    if finished and proc.returncode != 0:
        raise SystemExit(f"tg-archiver {' '.join(args)} failed:\n{child.stderr}")
    return child


def export_files(corpus: Path, manifest: dict[str, Any]) -> list[tuple[Path, int]]:
    """The per-channel result.json files and their post counts, in import order."""
    return [
        ((corpus / "tdesktop" / c["dir"] / "result.json").resolve(), c["posts"])
        for c in manifest["channels"]
    ]


def bench_import(
    results: Results,
    corpus: Path,
    manifest: dict[str, Any],
    work: Path,
    runs: int,
    size: str,
    timeout: float | None = None,
) -> Path | None:
    """tg-archiver import of the per-channel Telegram Desktop exports, in one command.

    Returns the archive, or None when the import was cut at ``timeout`` (then the rows
    report the posts read per second up to the cut and the peak RSS reached by then).
    """
    archive = work / f"import-{size}.db"
    files = export_files(corpus, manifest)
    paths = [str(path.parent) for path, _ in files]
    for n in range(runs):
        child = cli(
            ["--db", str(fresh(archive)), "import", *paths], work, timeout=timeout, files=files
        )
        cut = "" if child.finished else f" (cut at {child.samples[-1].seconds:,.0f} s)"
        rate = results.row(f"import tdesktop export, {size}{cut}", "posts/s")
        rss = results.row(
            f"import tdesktop export, {size}{cut}: peak RSS",
            "MB",
            target="< 400 MB (at 1M)",
            met=lambda r: med(r.ours) < 400,
        )
        if child.finished:
            rate.ours.append(manifest["posts"] / child.seconds)
            summary = child.stdout.strip()
        else:
            read = max((s.posts_read or 0 for s in child.samples), default=0)
            last = child.samples[-1].seconds if child.samples else child.seconds
            rate.ours.append(read / last if last else 0.0)
            summary = f"interrupted after reading about {read:,} of {manifest['posts']:,} posts"
            results.notes.append(
                f"import {size}: {summary} in {last:,.0f} s; the import is one transaction,"
                " so nothing was kept. Progress (posts read, from the child's file offsets;"
                " RSS): "
                + "; ".join(
                    f"{s.seconds:,.0f} s: {s.posts_read or 0:,} posts, {s.rss_mb:.0f} MB"
                    for s in [
                        *child.samples[: -1 : max(1, len(child.samples) // 12)],
                        child.samples[-1],
                    ]
                )
            )
        rss.ours.append(child.peak_rss_mb)
        say(
            f"import {size} run {n + 1}: {child.seconds:.1f} s, peak RSS"
            f" {child.peak_rss_mb:.0f} MB: {summary}"
        )
        if not child.finished:
            fresh(archive)
            return None
    return archive


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


def bench_raw_after_import(results: Results, archive: Path, work: Path, size: str) -> None:
    """The ingest ratio at the size of an import: the import's posts/s (the whole pipeline,
    reading and parsing the export files included, one transaction) beside the raw inserts of
    the rows it stored (``ingest_raw``: one transaction per BATCH posts)."""
    imported = next(r for r in results.rows if r.label == f"import tdesktop export, {size}")
    row = results.row(
        f"ingest {size}: import (whole pipeline) vs raw inserts",
        "posts/s",
        target="≥ 50% of raw",
        met=lambda r: med(r.ratios) >= 0.5,
    )
    count, took = ingest_raw(archive, work / "raw.db")
    fresh(work / "raw.db")
    row.ours.append(imported.ours[-1])
    row.raw.append(count / took)
    say(f"raw inserts of the {size} import's rows: {count / took:,.0f} posts/s")


def scale_archive(source_db: Path, db: Path, factor: int) -> int:
    """An archive ``factor`` times the size of ``source_db``: its posts (with their versions,
    tags and band keys) copied ``factor`` times under new ids, through the FTS5 triggers, in
    plain sqlite3. Copy k's external ids get a ``.k`` suffix; its duplicates point into copy
    k. For search, export and digest at a size that the ingest cannot reach in a session;
    the posts per day and the term and tag frequencies are the corpus's, ``factor`` times.
    """
    dst = raw_connection(fresh(db))
    create_schema(dst)
    dst.execute("ATTACH DATABASE ? AS src", (f"file:{source_db}?mode=ro",))
    offset = dst.execute("SELECT coalesce(max(id), 0) FROM src.posts").fetchone()[0]
    voffset = dst.execute("SELECT coalesce(max(id), 0) FROM src.post_versions").fetchone()[0]
    special = {
        "posts": {
            "id": "id + :off",
            "external_id": "CASE :k WHEN 0 THEN external_id ELSE external_id || '.' || :k END",
            "duplicate_of": "duplicate_of + :off",
        },
        "post_versions": {"id": "id + :voff", "post_id": "post_id + :off"},
    }
    src_tables = {r[0] for r in dst.execute("SELECT name FROM src.sqlite_master")}
    dst.execute("BEGIN")
    # Tables the store makes besides the migrations' (schema_migrations), as they are there.
    extra = dst.execute(
        "SELECT name, sql FROM src.sqlite_master WHERE type = 'table' AND name NOT IN"
        " (SELECT name FROM main.sqlite_master) AND name NOT LIKE 'sqlite%'"
    ).fetchall()
    for name, sql in extra:
        if not sql.upper().startswith("CREATE VIRTUAL") and not name.startswith("posts_fts"):
            dst.execute(sql)
            dst.execute(f'INSERT INTO main."{name}" SELECT * FROM src."{name}"')
    per_post = []
    for t in _plain_tables(dst):
        if t not in src_tables or t in dict(extra):
            continue
        cols = _columns(dst, t)
        if t == "posts" or "post_id" in cols:
            exprs = [
                special.get(t, {}).get(c, "post_id + :off" if c == "post_id" else c) for c in cols
            ]
            names = ", ".join(f'"{c}"' for c in cols)
            per_post.append(
                (t, f'INSERT INTO main."{t}" ({names}) SELECT {", ".join(exprs)} FROM src."{t}"')
            )
        else:
            dst.execute(f'INSERT INTO main."{t}" SELECT * FROM src."{t}"')
    per_post.sort(key=lambda p: p[0] != "posts")
    dst.execute("COMMIT")
    for k in range(factor):
        dst.execute("BEGIN")
        for _, sql in per_post:
            dst.execute(sql, {"off": k * offset, "voff": k * voffset, "k": k})
        dst.execute("COMMIT")
        say(f"scaled archive: copy {k + 1} of {factor}")
    count = int(dst.execute("SELECT count(*) FROM posts").fetchone()[0])
    dst.execute("DETACH DATABASE src")
    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dst.close()
    return count


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
        if "ingest" in parts or not _has_posts(archive, args.posts):
            archive = bench_ingest(results, corpus, work, args.runs)
        if "import" in parts:
            imported = bench_import(results, corpus, manifest, work, args.runs, size)
            if imported is not None:
                fresh(imported)
        if "search" in parts:
            bench_search(results, archive, queries, args.runs, args.search_reps, size)
        if "web" in parts:
            from bench.web import bench_web

            bench_web(results, archive, queries, args.runs, args.search_reps, size)
        if "export" in parts:
            bench_export(results, archive, manifest["posts"], work, args.runs, size)
        if "digest" in parts:
            bench_digest(results, archive, manifest, args.runs, size)
        _describe(results, manifest, size)

    if args.big:
        if results.rows:
            say(f"results at {size}, before the {_size(args.big)} part:\n{table(results)}")
        big = _size(args.big)
        big_corpus, big_manifest = ensure_corpus(work, args.big, args.seed)
        _describe(results, big_manifest, big)
        timeout = args.big_import_timeout or None
        big_archive = None
        if not args.big_scaled and "import" in parts:
            big_archive = bench_import(results, big_corpus, big_manifest, work, 1, big, timeout)
            if big_archive is not None:
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
            from bench.web import bench_web

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
        args.json.write_text(
            json.dumps(
                {
                    "rows": [
                        {
                            "label": r.label,
                            "unit": r.unit,
                            "ours": r.ours,
                            "raw": r.raw,
                            "target": r.target,
                            "verdict": r.verdict(),
                        }
                        for r in results.rows
                    ],
                    "notes": results.notes,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
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
