"""The full-text index checked against the posts it indexes.

FTS5's ``integrity-check`` against its content table cannot be used since migration 0020:
the word forms are in the index only (posts.search_stems reads as ''). This checks the
index's own structure with it (``rank`` 0: not against the content), then compares every
token the index holds (term, post, column, position) with those of an index built here from
each post's title, clean text and word forms as the analyser makes them now: the index holds
exactly what the store meant to write, no stale token of an old version, none missing.
In an archive before 0020 (the forms stored in ``posts.search_stems``) the index holds those.
"""

from __future__ import annotations

import sqlite3

from tg_archiver.archive.store.index_writes import index_rows

_TOKENIZE = "unicode61 remove_diacritics 2"  # posts_fts's (migrations/0008)
_EXPECTED = (
    "CREATE VIRTUAL TABLE temp.expected_fts USING fts5"
    f"(title, clean_text, search_stems, tokenize = '{_TOKENIZE}')"
)
_TOKENS = "SELECT term, doc, col, offset FROM temp.{} ORDER BY doc, col, offset, term"


def assert_index_agrees(conn: sqlite3.Connection) -> None:
    """Fail unless ``posts_fts`` holds exactly every post's title, clean text and forms."""
    conn.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 0)")
    conn.execute("DROP TABLE IF EXISTS temp.expected_fts")
    conn.execute(_EXPECTED)
    stored = "search_stems" in [r[1] for r in conn.execute("PRAGMA table_info(posts)")]
    if stored:  # an archive before migration 0020: the index holds the stored forms
        expected = conn.execute("SELECT id, title, clean_text, search_stems FROM posts")
    else:
        posts = conn.execute("SELECT id, title, clean_text FROM posts").fetchall()
        expected = index_rows(posts)
    conn.executemany(
        "INSERT INTO temp.expected_fts (rowid, title, clean_text, search_stems)"
        " VALUES (?, ?, ?, ?)",
        expected,
    )
    conn.execute("CREATE VIRTUAL TABLE temp.held USING fts5vocab(main, posts_fts, instance)")
    conn.execute("CREATE VIRTUAL TABLE temp.made USING fts5vocab(temp, expected_fts, instance)")
    try:
        held = conn.execute(_TOKENS.format("held")).fetchall()
        made = conn.execute(_TOKENS.format("made")).fetchall()
    finally:
        for table in ("held", "made", "expected_fts"):
            conn.execute(f"DROP TABLE temp.{table}")
    assert held == made, sorted(set(held) ^ set(made))[:20]
