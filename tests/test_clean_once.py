"""Migration 0017: a post's clean text is stored only where it differs from its raw text, and
reads the same everywhere: ``posts.clean_text`` (generated over ``posts.clean_stored``), the
full-text index, the history, every export format. An archive made before 0017 upgrades to
the same reads and the same export bytes, also across an upgrade stopped halfway."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import CliResult, ingest, make_post
from index_check import assert_index_agrees

import tg_archiver.archive.store.connection as connection
import tg_archiver.archive.store.upgrades.batched as batched
import tg_archiver.archive.store.upgrades.clean_once as clean_once
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.store import Store

SAME = "Statement of the ministry on the talks in Astana. #SCO"
REPEATED = "Talks in Astana on grain trade.\n\nRead in full:\nTalks in Astana on grain trade."
SPACED = "Briefing on the sanctions in Minsk.   "
# What a reader sees of each post, and how it is stored.
_READ = "SELECT id, raw_text, clean_text FROM posts ORDER BY id"
_STORED = "SELECT id, clean_stored FROM posts ORDER BY id"
_HISTORY = (
    "SELECT post_id, version, title, raw_text, clean_text, edited_at, recorded_at"
    " FROM post_history ORDER BY post_id, version"
)
_READABLE = "SELECT * FROM posts_readable ORDER BY id"
_FORMATS = ("jsonl", "csv", "md", "html", "atom")
# The tables a pre-0017 archive is filled from, in an order where references come first.
_TABLES = ("sources", "tags", "posts", "post_versions", "post_tags", "post_bands")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 3, day, hour, 0, tzinfo=UTC)


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def matches(path: Path, query: str) -> list[int]:
    found = rows(path, "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid", query)
    return [int(r[0]) for r in found]


def index_is_whole(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert_index_agrees(conn)


async def test_clean_text_equal_to_the_raw_text_is_not_stored_again(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    async with await Store.open(path) as store:
        await ingest(store, make_post(1, SAME), make_post(2, REPEATED), make_post(3, SPACED))
        cleaned = "Talks in Astana on grain trade.\n\nRead in full:"
        assert rows(path, _STORED) == [(1, None), (2, cleaned), (3, SPACED.rstrip())]
        assert [r[2] for r in rows(path, _READ)] == [SAME, cleaned, SPACED.rstrip()]
        assert matches(path, "clean_text : astana") == [1, 2]

        # Edits: the first now cleaned, the second no longer; the index follows each.
        await ingest(store, make_post(1, f"{SAME} Updated.   "), now=at(5))
        await ingest(store, make_post(2, "Talks on fertiliser exports."), now=at(5))
        assert rows(path, _STORED) == [
            (1, f"{SAME} Updated."),
            (2, None),
            (3, SPACED.rstrip()),
        ]
        assert matches(path, "clean_text : astana") == [1]
        assert matches(path, "clean_text : fertiliser") == [2]
        assert matches(path, "search_stems : grain") == []
        # The versions they replaced keep their clean text whole.
        assert [text for _, text, _ in await store.post_versions(2)] == [
            cleaned,
            "Talks on fertiliser exports.",
        ]
    index_is_whole(path)


async def made(path: Path) -> None:
    """Posts as cleaning leaves them and as it changes them, titled, edited, and copies."""
    async with await Store.open(path) as store:
        posts = [
            make_post(n, f"{SAME} Part {n}." + ("  " if n % 2 else ""), title=None)
            for n in range(1, 9)
        ]
        posts += [make_post(9, REPEATED, title="Grain"), make_post(10, SAME), make_post(11, SPACED)]
        await ingest(store, *posts, now=at(3))
        await ingest(store, make_post(2, REPEATED), now=at(4))
        await ingest(store, make_post(9, "Grain talks postponed."), now=at(5))


async def nothing_to_do(conn: object, *progress: object) -> int:
    return 0


async def made_before_0017(path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An archive as tg-archiver made it before migration 0017 (every post's clean text in a
    column of its own), holding the posts of ``source``: made by the migrations up to 0016,
    the rows copied in (the index by its triggers then)."""
    shipped = connection._migrations()
    with monkeypatch.context() as m:
        m.setattr(connection, "_migrations", lambda: {v: f for v, f in shipped.items() if v < 17})
        m.setattr(connection, "store_clean_once", nothing_to_do)  # its table comes with 0017
        m.setattr(connection, "fill_words", nothing_to_do)  # and the word list's with 0018
        async with await Store.open(path):
            pass
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("ATTACH ? AS made", (str(source),))
        for table in _TABLES:
            names = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info('{table}')"))
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM made.{table}")
    assert rows(path, "SELECT max(version) FROM schema_migrations") == [(16,)]


def reads(path: Path) -> list[list[tuple[object, ...]]]:
    return [rows(path, sql) for sql in (_READ, _HISTORY, _READABLE)] + [
        [(q, *matches(path, q)) for q in ("astana", "grain", "part", "sanctions")]
    ]


def exports(path: Path, cli: Callable[..., CliResult]) -> dict[str, bytes]:
    """Each format's bytes; of md and html, all but the line that says when it was made."""
    out = {}
    for fmt in _FORMATS:
        target = path.parent / f"{path.stem}.{fmt}"
        assert cli("--db", path, "export", "--format", fmt, "-o", target).code == 0
        lines = target.read_bytes().splitlines(keepends=True)
        out[fmt] = b"".join(ln for ln in lines if b"Generated" not in ln)
    return out


def test_an_archive_made_before_0017_reads_and_exports_the_same_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., CliResult]
) -> None:
    (tmp_path / "now").mkdir()
    (tmp_path / "old").mkdir()
    made_now, old = tmp_path / "now" / "archive.db", tmp_path / "old" / "archive.db"
    asyncio.run(made(made_now))
    asyncio.run(made_before_0017(old, made_now, monkeypatch))
    before = reads(old)
    equal = rows(made_now, "SELECT id FROM posts WHERE clean_stored IS NULL")
    assert len(equal) == 5
    assert rows(old, "SELECT id FROM posts WHERE clean_text = raw_text") == equal

    async def upgrade() -> list[str]:
        async with await Store.open(old) as store:
            return store.applied_on_open

    assert asyncio.run(upgrade()) == [
        "0017_clean_text_once.sql",
        "0018_search_words.sql",
        "0019_word_forms_checked.sql",
        "0020_word_forms_in_the_index_only.sql",
        "0021_word_forms_refill.sql",
        "0022_imported_files_again.sql",
        "0023_redact_more_feed_url_secrets.sql",
        "0024_redact_feed_item_secrets.sql",
        "0025_live_spool_applied.sql",
        "0026_rules_applied.sql",
        "0027_forward_cycles.sql",
        "0028_clean_length.sql",
    ]
    assert reads(old) == before
    assert rows(old, _STORED) == rows(made_now, _STORED)
    assert rows(old, "SELECT * FROM clean_once") == []  # done
    index_is_whole(old)
    # Every export writes the same bytes as from the archive made by this version.
    assert exports(old, cli) == exports(made_now, cli)


class Killed(BaseException):
    """Stands for the process being killed between two batches of the upgrade."""


async def test_an_upgrade_stopped_halfway_reads_the_same_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    made_now, old = tmp_path / "now.db", tmp_path / "old.db"
    await made(made_now)
    await made_before_0017(old, made_now, monkeypatch)
    before = reads(old)

    monkeypatch.setattr(clean_once, "BATCH", 3)
    one_batch, batches = batched._one_batch, []

    async def killed_after_two(conn: object, upgrade: batched.Upgrade, batch: int) -> object:
        if upgrade.table != "clean_once":  # migration 0019's check of the word forms
            return await one_batch(conn, upgrade, batch)  # type: ignore[arg-type]
        if len(batches) == 2:
            raise Killed
        batches.append(1)
        return await one_batch(conn, upgrade, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(batched, "_one_batch", killed_after_two)
    with pytest.raises(Killed):
        await Store.open(old)
    monkeypatch.setattr(batched, "_one_batch", one_batch)

    # Two batches committed: the first six posts done, the rest still store theirs.
    equal = rows(made_now, "SELECT id FROM posts WHERE clean_stored IS NULL")
    assert rows(old, "SELECT after_id, upto_id FROM clean_once") == [(6, 11)]
    assert rows(old, "SELECT id FROM posts WHERE clean_stored IS NULL") == [
        (i,)
        for (i,) in equal
        if int(i) <= 6  # type: ignore[call-overload]
    ]
    assert reads(old) == before
    index_is_whole(old)

    # An edit of a post not reached yet is stored as this version stores it.
    async with await Store.open(old, migrate=False) as store:
        await ingest(store, make_post(11, "Talks on grain in Astana."), now=at(9))
    assert rows(old, "SELECT clean_stored FROM posts WHERE id = 11") == [(None,)]
    edited = reads(old)

    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        async with await Store.open(old):
            pass
    assert "clean text: resumed after post 6" in caplog.text
    assert reads(old) == edited
    assert rows(old, "SELECT id FROM posts WHERE clean_stored IS NULL") == [*equal, (11,)]
    index_is_whole(old)


async def test_an_archive_whose_posts_table_was_changed_by_hand_is_not_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_now, old = tmp_path / "now.db", tmp_path / "old.db"
    await made(made_now)
    await made_before_0017(old, made_now, monkeypatch)
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'clean_text          TEXT NOT NULL,',"
            " 'clean_text TEXT NOT NULL,') WHERE name = 'posts'"
        )
    before = reads(old)
    with pytest.raises(StorageError, match=r"posts\.clean_stored"):
        await Store.open(old)
    assert reads(old) == before
    assert rows(old, "SELECT max(version) FROM schema_migrations") == [(16,)]
