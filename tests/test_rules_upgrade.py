"""The service brings links and tags made by older rules or another config up to date by
itself (archive/store/upgrades/rules.py), on a SQLite file and a real PostgreSQL database:
an archive from before the rules were recorded, opened by `run --once`, ends with the links
and tags `relink` and `retag` make; a kill midway resumes where it stopped; an edit of
[topics] retags; the commands that only read change nothing and say what is pending.

The archive: the labelled dedup set (412 posts) stored newest first in two parts, tagged by
an older [topics], then an older method's wrong links put in and some originals' band keys
taken away, and the record of the rules removed (tests/old_archives.py).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from cli_processes import kill_after_a_batch, with_batches
from conftest import CliResult, make_post, write_archive
from dedup_eval_set import build
from engines import location, where
from old_archives import before_rules_recorded
from test_dedup_eval import NOW as EVAL_NOW

from tg_archiver.archive.dedup_threshold import DEDUP_RULES
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.rules import links_rules, tags_rules
from tg_archiver.archive.store import Store
from tg_archiver.archive.store import retag as retag_module
from tg_archiver.archive.store.upgrades import relink_steps
from tg_archiver.archive.tags import TAG_RULES, TopicAliases

ENGINES = ["sqlite", "postgresql"]
OLD_TOPICS = {"Syria": ["Syria"]}
TOPICS = {"Syria": ["Syria"], "Energy": ["energy cooperation"], "Lavrov": ["Sergey Lavrov"]}
CONFIG = """
[topics]
Syria = ["Syria"]
Energy = ["energy cooperation"]
Lavrov = ["Sergey Lavrov"]
"""
UPGRADE_LOG = "tg_archiver.archive.store.upgrades.rules"


def old_archive(db: str) -> None:
    """The labelled set as an older tg-archiver left it (see the module's docstring)."""
    newest_first = build()[::-1]
    half = len(newest_first) // 2
    options = PipelineOptions(topics=TopicAliases.from_mapping(OLD_TOPICS))

    async def go() -> None:
        async with await Store.open(location(db)) as store:
            for part in (newest_first[:half], newest_first[half:]):
                async with store.transaction():
                    await store.ingest((prepare(x.post, options) for x in part), now=EVAL_NOW)
            async with store.transaction():
                for sql in (
                    "UPDATE posts SET duplicate_of = 1, duplicate_kind = 'near', similarity = 0.75"
                    " WHERE id IN (5, 6, 7) AND duplicate_of IS NULL",
                    "DELETE FROM post_bands WHERE post_id % 3 = 0",
                ):
                    await store.connection.fetchall(sql)
        await before_rules_recorded(location(db))

    asyncio.run(go())


def made(db: str) -> dict[str, list[tuple[object, ...]]]:
    """What links and tags are: every post's link, the band index, the signatures, the tags."""
    queries = {
        "links": "SELECT id, duplicate_of, duplicate_kind, similarity FROM posts ORDER BY id",
        "bands": "SELECT band, post_id FROM post_bands ORDER BY band, post_id",
        "signatures": "SELECT post_id, signature FROM post_signatures ORDER BY post_id",
        "tags": "SELECT post_id, tags.name, origin FROM post_tags"
        " JOIN tags ON tags.id = post_tags.tag_id ORDER BY post_id, tags.name",
    }

    async def go() -> dict[str, list[tuple[object, ...]]]:
        async with await Store.open(location(db)) as store:
            return {
                name: [
                    tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                    for row in await store.connection.read_all(sql)
                ]
                for name, sql in queries.items()
            }

    return asyncio.run(go())


def recorded(db: str) -> dict[str, tuple[object, ...]]:
    async def go() -> list[tuple[object, ...]]:
        async with await Store.open(location(db)) as store:
            return [
                tuple(row)
                for row in await store.connection.read_all(
                    "SELECT rules, version, config, redo_version, redo_after_id"
                    " FROM rules_applied ORDER BY rules"
                )
            ]

    return {str(row[0]): row[1:] for row in asyncio.run(go())}


def current() -> dict[str, tuple[object, ...]]:
    threshold = 0.7  # the default [dedup] near_threshold
    topics = tags_rules(TopicAliases.from_mapping(TOPICS)).config
    return {
        "links": (DEDUP_RULES, links_rules(threshold).config, None, None),
        "tags": (TAG_RULES, topics, None, None),
    }


@pytest.fixture(scope="module")
def by_hand(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[object, ...]]]:
    """The old archive after `retag` and `relink` by hand (which record the rules too)."""
    folder = tmp_path_factory.mktemp("by_hand")
    db, config = str(folder / "a.db"), folder / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    old_archive(db)
    from tg_archiver.cli import main

    assert main(["--config", str(config), "--db", db, "retag"]) == 0
    assert main(["--config", str(config), "--db", db, "relink"]) == 0
    assert recorded(db) == current()
    return made(db)


@pytest.mark.parametrize("engine", ENGINES)
def test_run_once_brings_an_old_archives_links_and_tags_up_to_date(
    engine: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    cli: Callable[..., CliResult],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    by_hand: dict[str, list[tuple[object, ...]]],
) -> None:
    db = where(engine, tmp_path, request)
    old_archive(db)
    before = made(db)
    assert before["links"] != by_hand["links"] and before["tags"] != by_hand["tags"]
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    # Many batches: the walk's bound and each batch's own writes are what is tested.
    monkeypatch.setattr(relink_steps, "BATCH", 25)
    monkeypatch.setattr(retag_module, "BATCH", 25)
    caplog.set_level(logging.INFO, logger="tg_archiver")

    r = cli("--config", config, "--db", db, "run", "--once")
    assert r.code == 0, r.err

    assert made(db) == by_hand
    assert recorded(db) == current()
    lines = [rec.getMessage() for rec in caplog.records if rec.name == UPGRADE_LOG]
    assert lines[0] == (
        "tags upgrade started reason=tagging rules not recorded (an archive from before"
        f" version {TAG_RULES}) posts=412; retagging in the background"
    )
    assert lines[1].startswith("tags upgrade done posts=412 added=")
    assert lines[2].startswith("links upgrade started reason=dedup rules not recorded")
    assert lines[3].startswith("links upgrade done posts=412 exact=")
    assert len(lines) == 4
    # Up to date: the next start has nothing to do, and neither have the commands.
    caplog.clear()
    assert cli("--config", config, "--db", db, "run", "--once").code == 0
    assert not [rec for rec in caplog.records if rec.name == UPGRADE_LOG]
    r = cli("--config", config, "--db", db, "relink")
    assert r.out.endswith(" 0 links changed\n"), r.out
    r = cli("--config", config, "--db", db, "retag")
    assert r.out.endswith(" 0 posts changed\n"), r.out


@pytest.mark.parametrize("engine", ENGINES)
def test_an_edit_of_the_topics_retags_at_the_next_start(
    engine: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    cli: Callable[..., CliResult],
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = where(engine, tmp_path, request)
    old_archive(db)
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    assert cli("--config", config, "--db", db, "run", "--once").code == 0
    tagged = {t for t in made(db)["tags"] if t[1] == "Energy"}
    assert tagged

    # The user renames a topic: the tags follow at the next start, once.
    config.write_text(CONFIG.replace("Energy =", "Energy_Cooperation ="), encoding="utf-8")
    r = cli("--config", config, "--db", db, "stats")
    assert "upgrade     tags: [topics] changed; the service" in r.out
    caplog.set_level(logging.INFO, logger="tg_archiver")
    assert cli("--config", config, "--db", db, "run", "--once").code == 0
    lines = [rec.getMessage() for rec in caplog.records if rec.name == UPGRADE_LOG]
    assert lines[0] == (
        "tags upgrade started reason=[topics] changed posts=412; retagging in the background"
    )
    assert lines[1].startswith(f"tags upgrade done posts=412 added={len(tagged)} removed=")
    assert len(lines) == 2  # the links were not touched
    renamed = {(pid, "Energy_Cooperation", origin) for pid, _name, origin in tagged}
    assert renamed <= set(made(db)["tags"])
    assert not {t for t in made(db)["tags"] if t[1] == "Energy"}
    assert "upgrade" not in cli("--config", config, "--db", db, "stats").out


def test_a_killed_upgrade_resumes_where_it_stopped(
    tmp_path: Path, cli: Callable[..., CliResult], caplog: pytest.LogCaptureFixture
) -> None:
    old = str(tmp_path / "old.db")
    old_archive(old)
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    assert cli("--config", config, "--db", old, "retag").code == 0  # the links are left
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    shutil.copy(old, whole)
    shutil.copy(old, killed)
    module = "tg_archiver.archive.store.upgrades.relink_steps"

    def run_once(db: Path, hold: str | None = None) -> object:
        args = ["--config", str(config), "--db", str(db), "run", "--once"]
        return with_batches(args, module, 20, hold)

    proc = run_once(whole)
    _out, err = proc.communicate(timeout=300)  # type: ignore[attr-defined]
    assert proc.returncode == 0, err  # type: ignore[attr-defined]
    expected = made(str(whole))

    kill_after_a_batch(run_once(killed, "tg_archiver.archive.store.upgrades.rules:_batch"))
    links = recorded(str(killed))["links"]
    assert links[0] == 0 and links[2] == DEDUP_RULES  # under way, not done
    assert isinstance(links[3], int) and links[3] > 0  # a batch committed

    caplog.set_level(logging.INFO, logger="tg_archiver")
    assert cli("--config", config, "--db", killed, "run", "--once").code == 0
    lines = [rec.getMessage() for rec in caplog.records if rec.name == UPGRADE_LOG]
    assert lines[0].startswith(f"links upgrade resumed after post {links[3]} reason=")
    assert lines[1].startswith("links upgrade done posts=")
    assert made(str(killed)) == expected
    assert recorded(str(killed)) == current()


def test_the_commands_that_only_read_change_nothing_and_say_what_is_pending(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"
    old_archive(str(db))
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    assert cli("--config", config, "--db", db, "migrate").code == 0  # the schema is current

    def dump() -> list[str]:
        with closing(sqlite3.connect(db)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return list(conn.iterdump())

    before = dump()
    r = cli("--config", config, "--db", db, "stats")
    assert r.code == 0
    assert (
        "upgrade     tags: tagging rules not recorded (an archive from before version"
        f" {TAG_RULES}); links: dedup rules not recorded" in r.out
    )
    r = cli("--config", config, "--db", db, "digest", "Syria", "--since", "2025-01-01")
    assert r.code == 0
    assert r.err == (
        "tg-archiver: note: the archive's topic tags were made by older rules or another"
        " [topics]; `tg-archiver run` (or `retag`) makes them again\n"
    )
    for args in (["search", "Lavrov"], ["export", "--format", "jsonl"], ["tags"]):
        assert cli("--config", config, "--db", db, *args).code == 0, args
    assert dump() == before


def test_a_new_archive_records_the_current_rules_and_its_first_config(
    tmp_path: Path, cli: Callable[..., CliResult], caplog: pytest.LogCaptureFixture
) -> None:
    db = write_archive(tmp_path / "a.db", make_post(1, "Sergey Lavrov spoke about Syria."))
    assert recorded(str(db)) == {
        "links": (DEDUP_RULES, "", None, None),
        "tags": (TAG_RULES, "", None, None),
    }
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    caplog.set_level(logging.INFO, logger="tg_archiver")
    assert cli("--config", config, "--db", db, "run", "--once").code == 0
    assert not [rec for rec in caplog.records if rec.name == UPGRADE_LOG]
    assert recorded(str(db)) == current()


def test_a_copy_takes_the_record_of_the_rules_along(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    db = str(tmp_path / "a.db")
    old_archive(db)
    assert cli("--db", db, "migrate").code == 0
    assert recorded(db)["links"] == (0, "", None, None)
    r = cli("--db", db, "copy", "--to", pg_url)
    assert r.code == 0, r.err
    # The new database recorded the current rules when made; the copy's posts are the old
    # archive's, and so is the record: the service relinks and retags them there too.
    assert recorded(pg_url) == recorded(db)
