"""Migration 0011 and re-imports: an archive cleaned by the old repeated-block rule.

The archive is made by the real CLI with the cleaning of before 0011 (tests/legacy_cleaning.py
in place of archive.cleaning's in the pipeline), marked as schema 10, then opened by the
current code, which re-imports the same file. What may change is exactly what
docs/dedup.md documents: the clean text, content hash, search words, FTS row, band keys and
signature of the posts whose second copy the old rule left, and their versions' clean text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import legacy_cleaning
import pytest
from block_eval_set import cases
from conftest import CliResult
from hypothesis import given, settings
from hypothesis import strategies as st
from index_check import assert_index_agrees
from old_archives import before_0019

from tg_archiver.archive.cleaning import DEFAULT_BOILERPLATE, clean_text, content_hash
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.store.upgrades.reclean import recleaned

PICKED = (
    "en1/no-emoji/after-read-in-full",
    "ru1/other-bullet/after-heading",
    "en2/joined/blank-separated",
    "ru3/split/after-read-in-full",
    "en4/cut-last/after-heading",
    "ru4/bullet+split+cut/with-heading",
    "en5/same/after-read-in-full",  # the old rule cleaned this one already
    "ru5/refrain-alone-at-end",
    "en6/single-copy",
)


def dump_text() -> str:
    by_name = {case.name: case for case in cases()}
    return "".join(f"Forwarded from Russian MFA 🇷🇺\n{by_name[n].raw}\n" for n in PICKED)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def table(db: Path, name: str) -> set[tuple[object, ...]]:
    return set(rows(db, f"SELECT * FROM {name}"))


POSTS = "SELECT id, title, raw_text, clean_text, content_hash FROM posts ORDER BY id"
UNCHANGED_TABLES = ("sources", "post_tags", "tags", "post_unlinks")


@pytest.fixture
def old_archive(
    tmp_path: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """An archive of the dump as tg-archiver stored it before 0011, and the dump."""
    db, path = tmp_path / "archive.db", tmp_path / "mfa.txt"
    path.write_text(dump_text(), encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr("tg_archiver.archive.pipeline.clean_text", legacy_cleaning.clean_text)
        assert cli("--db", db, "import", "--format", "text", path).code == 0
    before_0019(db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version = 11")
    return db, path


def test_reimport_after_the_change_adds_and_edits_nothing(
    old_archive: tuple[Path, Path], cli: Callable[..., CliResult]
) -> None:
    db, path = old_archive
    before = rows(db, POSTS)
    kept = {name: table(db, name) for name in UNCHANGED_TABLES}
    links = rows(db, "SELECT id, duplicate_of, duplicate_kind FROM posts ORDER BY id")
    versions = rows(db, "SELECT id, post_id, version, title, raw_text FROM post_versions")

    r = cli("--db", db, "import", "--format", "text", path)

    assert r.code == 0, r.err
    assert f"0 new posts, 0 edited, {len(PICKED)} unchanged" in r.out
    after = rows(db, POSTS)
    changed = [new for old, new in zip(before, after, strict=True) if old != new]
    # Exactly the posts whose second copy the old rule left, and only their derived columns.
    assert len(changed) == 6
    for (pid, title, raw, *_), new in zip(before, after, strict=True):
        assert new[:3] == (pid, title, raw)
        assert new[3] == clean_text(raw)
        assert new[4] == content_hash(f"{title}\n{new[3]}" if title else new[3])
    assert {name: table(db, name) for name in UNCHANGED_TABLES} == kept
    assert rows(db, "SELECT id, duplicate_of, duplicate_kind FROM posts ORDER BY id") == links
    assert rows(db, "SELECT id, post_id, version, title, raw_text FROM post_versions") == versions
    bands = {(b, p) for b, p in table(db, "post_bands")}
    assert bands == {(b, pid) for pid, *_, clean, _h in after for b in fingerprint(clean).bands}
    assert rows(db, "SELECT name FROM schema_migrations WHERE version = 11") == [
        ("0011_reclean_blocks.sql",)
    ]
    with closing(sqlite3.connect(db)) as conn:  # the word forms of the new clean text
        assert_index_agrees(conn)


def test_a_second_reimport_changes_no_row(
    old_archive: tuple[Path, Path], cli: Callable[..., CliResult]
) -> None:
    db, path = old_archive
    cli("--db", db, "import", "--format", "text", path)
    with sqlite3.connect(db) as conn:
        first = list(conn.iterdump())

    r = cli("--db", db, "import", "--format", "text", path)

    assert r.code == 0, r.err
    with sqlite3.connect(db) as conn:
        assert list(conn.iterdump()) == first


def test_the_same_posts_from_another_channel_are_exact_copies_after_the_migration(
    old_archive: tuple[Path, Path], cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    """New posts are cleaned by the new rule; the stored ones were cleaned again by 0011, so
    their hashes agree and the exact-duplicate links are made as before the change."""
    db, path = old_archive
    again = tmp_path / "reposter.txt"
    again.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")

    r = cli("--db", db, "import", "--format", "text", again)

    assert r.code == 0, r.err
    kinds = rows(
        db,
        "SELECT copy.duplicate_kind, copy.duplicate_of = first.id FROM posts copy"
        " JOIN posts first ON first.raw_text = copy.raw_text AND first.id < copy.id",
    )
    assert kinds == [("exact", 1)] * len(PICKED)


def test_search_finds_the_recleaned_text_once(
    old_archive: tuple[Path, Path], cli: Callable[..., CliResult]
) -> None:
    db, _ = old_archive
    cli("--db", db, "stats")  # opening applies 0011

    found = rows(db, "SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'Каире'")
    fts = rows(
        db,
        "SELECT count(*) FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
        " WHERE posts_fts.clean_text = posts.clean_text",
    )

    assert len(found) == 1
    assert fts == [(len(PICKED),)]


LINES = [
    *sorted({line for case in cases()[::7] for line in case.raw.split("\n")}),
    "",
    "Read in full",
    "<...>",
    "VIEW IN TELEGRAM",
    "view in telegram ›",
    "Subscribe: t.me/mfa_russia",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=12),
    st.data(),
    st.lists(st.sampled_from(LINES), max_size=3),
)
def test_recleaning_a_stored_text_gives_what_a_new_import_stores(
    pool: list[str], data: st.DataObject, custom: list[str]
) -> None:
    """Whatever boilerplate list (defaults plus a user's lines) cleaned the post before 0011,
    the migration's text is the one the current code stores for the same raw text."""
    text = "\n".join(data.draw(st.lists(st.sampled_from(pool), max_size=25)))
    boilerplate = DEFAULT_BOILERPLATE + tuple(custom)
    stored = legacy_cleaning.clean_text(text, boilerplate)

    assert recleaned(text, stored) == clean_text(text, boilerplate)
