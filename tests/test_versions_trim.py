"""Migration 0014: post_versions keeps superseded versions only, and a post's history reads the
same as before: an archive made as tg-archiver stored it before 0014 (every post's current
version in post_versions too) is upgraded, also across a trim stopped halfway, and every
version's number, title, texts and times read exactly as they did."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ingest, make_post

import tg_archiver.archive.store.upgrades.batched as batched
import tg_archiver.archive.store.upgrades.versions_trim as trim
from tg_archiver.archive.store import Store

_HISTORY = (
    "SELECT post_id, version, title, raw_text, clean_text, edited_at, recorded_at"
    " FROM {table} ORDER BY post_id, version"
)
_OLD_VERSIONS = _HISTORY.format(table="post_versions")
_NEW_HISTORY = _HISTORY.format(table="post_history")

TEXT = "Statement of the ministry on the talks in Astana. #SCO"


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 3, day, hour, 0, tzinfo=UTC)


async def made(path: Path) -> list[int]:
    """An archive of posts never edited, edited once and twice, titled, first seen already
    edited, and exact copies; its post ids."""
    store = await Store.open(path)
    posts = [
        make_post(n, f"{TEXT} Part {n}.", title="Briefing" if n % 3 == 0 else None)
        for n in range(1, 12)
    ]
    posts.append(make_post(12, TEXT, edited_at=at(2, 8)))  # first seen after its edit
    posts.append(make_post(13, TEXT))  # an exact copy of 12
    await ingest(store, *posts, now=at(3))
    await ingest(store, make_post(2, "Corrected statement."), now=at(4))
    await ingest(store, make_post(5, "Corrected.", edited_at=at(4, 12)), now=at(5))
    await ingest(store, make_post(5, "Corrected again.", edited_at=at(5, 12)), now=at(6))
    await ingest(store, make_post(12, f"{TEXT} Updated.", edited_at=at(6, 12)), now=at(7))
    with closing(sqlite3.connect(path)) as conn:
        ids = [int(i) for (i,) in conn.execute("SELECT id FROM posts ORDER BY id")]
    await store.close()
    return ids


def downgrade(path: Path) -> None:
    """Make ``path`` what tg-archiver wrote before migration 0014: each post's current
    version stored in post_versions too, numbered after its earlier ones."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO post_versions"
            " (post_id, version, title, raw_text, clean_text, edited_at, recorded_at)"
            " SELECT id, (SELECT count(*) FROM post_versions v WHERE v.post_id = posts.id) + 1,"
            " title, raw_text, clean_text, edited_at, coalesce(recorded_at, ingested_at)"
            " FROM posts"
        )
        conn.execute("DROP VIEW post_history")
        conn.execute("DROP TABLE versions_trim")
        conn.execute("ALTER TABLE posts DROP COLUMN recorded_at")
        conn.execute("DELETE FROM schema_migrations WHERE version = 14")


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


async def test_an_archive_made_before_0014_reads_the_same_history_after(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ids = await made(path)
    fresh = rows(path, _NEW_HISTORY)
    downgrade(path)
    before = rows(path, _OLD_VERSIONS)
    # The old archive: every post's current version is a row, 5 and 12 edited.
    assert before == fresh
    assert len(before) == len(ids) + 4

    store = await Store.open(path)
    try:
        assert store.applied_on_open == ["0014_versions_superseded.sql"]
        assert rows(path, _NEW_HISTORY) == before
        for pid in ids:
            assert await store.post_versions(pid) == [
                (v, clean, edited) for p, v, _t, _r, clean, edited, _rec in before if p == pid
            ]
        assert (await store.stats()).versions == len(before)
        # Only the superseded versions are left as rows: 2 of post 5, one of 2 and of 12.
        assert [(p, v) for p, v, *_ in rows(path, _OLD_VERSIONS)] == [
            (ids[1], 1),
            (ids[4], 1),
            (ids[4], 2),
            (ids[11], 1),
        ]
        assert rows(path, "SELECT * FROM versions_trim") == []  # the trim is done

        # An edit after the upgrade is numbered after them, the old text kept.
        await ingest(store, make_post(5, "Corrected thrice.", edited_at=at(8, 12)), now=at(9))
        history = await store.post_versions(ids[4])
        assert [v for v, _, _ in history] == [1, 2, 3, 4]
        assert [t for _, t, _ in history[2:]] == ["Corrected again.", "Corrected thrice."]
    finally:
        await store.close()


class Killed(BaseException):
    """Stands for the process being killed between two batches of the trim."""


async def test_a_trim_stopped_halfway_reads_the_same_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "old.db"
    ids = await made(path)
    downgrade(path)
    before = rows(path, _OLD_VERSIONS)

    monkeypatch.setattr(trim, "BATCH", 3)
    one_batch, batches = batched._one_batch, []

    async def killed_after_two(conn: object, upgrade: object, batch: int) -> object:
        if len(batches) == 2:
            raise Killed
        batches.append(1)
        return await one_batch(conn, upgrade, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(batched, "_one_batch", killed_after_two)
    with pytest.raises(Killed):
        await Store.open(path)
    monkeypatch.setattr(batched, "_one_batch", one_batch)

    # Two batches committed: the first six posts trimmed, the rest not yet; it reads the same.
    assert rows(path, "SELECT after_id, upto_id FROM versions_trim") == [(ids[5], ids[-1])]
    assert rows(path, _NEW_HISTORY) == before

    # An edit of a post the trim has not reached keeps one row of the version it replaces.
    store = await Store.open(path, migrate=False)
    try:
        await ingest(store, make_post(8, "Corrected statement 8."), now=at(9))
    finally:
        await store.close()
    edited = rows(path, _NEW_HISTORY)
    assert [(v, r) for p, v, _t, r, *_ in edited if p == ids[7]] == [
        (1, f"{TEXT} Part 8."),
        (2, "Corrected statement 8."),
    ]

    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        store = await Store.open(path)
    try:
        assert f"trim resumed after post {ids[5]}" in caplog.text
        assert rows(path, _NEW_HISTORY) == edited
        assert len(rows(path, _OLD_VERSIONS)) == 5  # the superseded ones only
        assert (await store.stats()).versions == len(edited)
    finally:
        await store.close()
