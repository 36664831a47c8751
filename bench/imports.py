"""2. import: ``tg-archiver import`` of the corpus's Telegram Desktop export in a child process,
the ingest ratio at the size of that import, and an archive scaled up by copying when an
import of that size does not finish in a session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.child import cli
from bench.ingest import create_schema, ingest_raw, plain_tables, raw_connection, table_columns
from bench.results import Results, med
from bench.workspace import fresh, say
from tg_archiver.archive.store.index_writes import index_rows


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
    tags and band keys) copied ``factor`` times under new ids, with their rows of the index, in
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
    for t in plain_tables(dst):
        if t not in src_tables or t in dict(extra):
            continue
        cols = table_columns(dst, t)
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
    # The index's rows, as the store writes them (index_writes.py): the word forms computed
    # once per source post, then given to each copy.
    dst.execute("CREATE TEMP TABLE indexed (id INTEGER PRIMARY KEY, title, clean_text, forms)")
    src_rows = dst.execute("SELECT id, title, clean_text FROM src.posts ORDER BY id")
    dst.executemany("INSERT INTO temp.indexed VALUES (?, ?, ?, ?)", index_rows(src_rows))
    per_post.append(
        (
            "posts_fts",
            "INSERT INTO main.posts_fts (rowid, title, clean_text, search_stems)"
            " SELECT id + :off, title, clean_text, forms FROM temp.indexed ORDER BY id",
        )
    )
    dst.execute("COMMIT")
    for k in range(factor):
        dst.execute("BEGIN")
        for _, sql in per_post:
            dst.execute(sql, {"off": k * offset, "voff": k * voffset, "k": k})
        dst.execute("COMMIT")
        say(f"scaled archive: copy {k + 1} of {factor}")
    if (
        "search_words" in src_tables
        and not dst.execute("SELECT count(*) FROM src.search_words_pending").fetchone()[0]
    ):
        # The copies' words are the source's, copied above with its word list (.words).
        dst.execute("DELETE FROM search_words_pending")
    count = int(dst.execute("SELECT count(*) FROM posts").fetchone()[0])
    dst.execute("DETACH DATABASE src")
    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dst.close()
    return count
