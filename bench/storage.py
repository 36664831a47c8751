"""The archive's size against the text it stores, and what each part of it costs.

Measured on the archive the import benchmark made (the per-channel Telegram Desktop exports
of the corpus, one ``tg-archiver import``), read with SQLite's ``dbstat`` table (the pages
each table and index takes, free pages apart). "Stored text" is the posts' raw text in UTF-8,
what the user archived; the ratio is the file's size over it (target: 3 times at most).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bench.results import Results, med
from bench.workspace import say

# What a table or index is counted under in the breakdown, by its name.
_PARTS = (
    ("FTS index", ("posts_fts",)),
    ("versions", ("post_versions", "sqlite_autoindex_post_versions")),
    ("bands", ("post_bands",)),
    ("signatures", ("post_signatures",)),
    ("post indexes", ("posts_by_", "sqlite_autoindex_posts_")),
)
# clean_stored: the clean text where it differs from the raw text (migration 0017). The word
# forms are in the FTS index only (migration 0020).
_TEXT_COLUMNS = ("raw_text", "clean_stored")
_BY_NAME = "SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
_POSTS_UNUSED = "SELECT coalesce(sum(unused), 0) FROM dbstat WHERE name = 'posts'"
_TEXT = "SELECT {sums} FROM posts"
_PAGE_SIZE = "SELECT page_size FROM pragma_page_size"
_FILE = f"SELECT (SELECT page_count FROM pragma_page_count) * ({_PAGE_SIZE})"
_FREE = f"SELECT (SELECT freelist_count FROM pragma_freelist_count) * ({_PAGE_SIZE})"


def breakdown(archive: Path) -> dict[str, int]:
    """Bytes of the file, of the posts' text columns, and of each part (see ``_PARTS``;
    ``posts``: the posts table, text included, and ``posts unused`` the space its pages leave
    empty; ``other``: everything else)."""
    with closing(sqlite3.connect(f"file:{archive}?mode=ro", uri=True)) as conn:
        by_name = dict(conn.execute(_BY_NAME).fetchall())
        sums = ", ".join(f"coalesce(sum(length(CAST({c} AS BLOB))), 0)" for c in _TEXT_COLUMNS)
        text = conn.execute(_TEXT.format(sums=sums)).fetchone()
        sizes = {"file": int(conn.execute(_FILE).fetchone()[0])}
        sizes["free pages"] = int(conn.execute(_FREE).fetchone()[0])
        sizes["posts unused"] = int(conn.execute(_POSTS_UNUSED).fetchone()[0])
    sizes.update({col: int(n) for col, n in zip(_TEXT_COLUMNS, text, strict=True)})
    sizes["posts"] = int(by_name.pop("posts", 0))
    for part, prefixes in _PARTS:
        names = [n for n in by_name if n.startswith(prefixes)]
        sizes[part] = sum(int(by_name.pop(n)) for n in names)
    sizes["other"] = sum(int(n) for n in by_name.values())
    return sizes


def bench_storage(results: Results, archive: Path, size: str) -> None:
    """The row ``archive size / stored text`` and a note of the breakdown, in MB."""
    sizes = breakdown(archive)
    row = results.row(
        f"archive size / stored text, {size}",
        "×",
        target="≤ 3×",
        met=lambda r: med(r.ours) <= 3,
    )
    row.ours.append(sizes["file"] / sizes["raw_text"])
    results.row(f"archive file, {size}", "MB").ours.append(sizes["file"] / 1e6)
    mb = {k: f"{v / 1e6:,.1f} MB" for k, v in sizes.items()}
    note = (
        f"storage {size}: file {mb['file']} for {mb['raw_text']} of raw text; posts"
        f" {mb['posts']} (raw text {mb['raw_text']}, clean text where it differs"
        f" {mb['clean_stored']}, unused {mb['posts unused']}), FTS index (with the word"
        f" forms) {mb['FTS index']}, versions {mb['versions']},"
        f" bands {mb['bands']}, signatures {mb['signatures']}, post indexes"
        f" {mb['post indexes']}, other {mb['other']}, free pages {mb['free pages']}"
    )
    results.notes.append(note)
    say(note)
