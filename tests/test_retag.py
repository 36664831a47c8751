"""`tg-archiver retag`: stored posts get the topics the config's phrase aliases find now
(archive/store/retag.py), on SQLite and PostgreSQL alike; the author's hashtags stay."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW, CliResult, make_post
from engines import location, where

from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import TopicAliases

ENGINES = ["sqlite", "postgresql"]
POSTS = {
    1: "Kim Jong Un was joined on the rostrum by guests from Moscow and Beijing.",
    2: "The UN Secretary-General welcomed the ceasefire agreement.",
    3: "#UN Kim Jong Un met the delegation.",  # the author's own tag
    4: "Лавров выступил в Генеральной Ассамблее ООН.",
}
CONFIG = """
[topics]
UN = ["UN", "ООН", "United Nations"]
Korea = ["Pyongyang", "Kim Jong Un"]
"""


def stored_as_before(db: str) -> None:
    """The posts tagged by an older config: "Un" a word of UN's (as an abbreviation matched
    in any case was), and no Korea topic yet."""
    older = TopicAliases.from_mapping({"UN": ["un", "United Nations"]})
    options = PipelineOptions(topics=older)

    async def go() -> None:
        async with await Store.open(location(db)) as store, store.transaction():
            posts = [make_post(n, text) for n, text in POSTS.items()]
            await store.ingest((prepare(p, options) for p in posts), now=NOW)

    asyncio.run(go())


def tags(db: str) -> dict[int, list[tuple[str, str]]]:
    async def go() -> list[tuple[int, str, str]]:
        async with await Store.open(location(db)) as store:
            return list(
                await store.connection.read_all(
                    "SELECT post_tags.post_id, tags.name, post_tags.origin FROM post_tags"
                    " JOIN tags ON tags.id = post_tags.tag_id"
                )
            )

    found: dict[int, list[tuple[str, str]]] = {n: [] for n in POSTS}
    for pid, name, origin in asyncio.run(go()):
        found[int(pid)].append((name, origin))
    return {pid: sorted(t) for pid, t in found.items()}


@pytest.mark.parametrize("engine", ENGINES)
def test_retag_gives_stored_posts_the_topics_the_config_finds_now(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest, cli: Callable[..., CliResult]
) -> None:
    db = where(engine, tmp_path, request)
    stored_as_before(db)
    assert tags(db) == {
        1: [("UN", "rule")],  # "Kim Jong Un": a name, tagged UN
        2: [("UN", "rule")],
        3: [("UN", "hashtag")],
        4: [],
    }
    config = tmp_path / "tg-archiver.toml"
    config.write_text(CONFIG, encoding="utf-8")
    r = cli("--config", config, "--db", db, "retag")
    assert (r.code, r.err) == (0, "")
    assert r.out == "retagged 4 posts: 3 topic tags added, 1 removed; 3 posts changed\n"
    assert tags(db) == {
        1: [("Korea", "rule")],
        2: [("UN", "rule")],
        3: [("Korea", "rule"), ("UN", "hashtag")],  # the author's hashtag stays
        4: [("UN", "rule")],
    }
    # Once more: nothing left to change.
    r = cli("--config", config, "--db", db, "retag")
    assert r.out == "retagged 4 posts: 0 topic tags added, 0 removed; 0 posts changed\n"
    r = cli("--config", config, "--db", db, "search", "tag:UN", "--json")
    assert r.code == 0 and "Kim Jong Un was joined" not in r.out and "Secretary-General" in r.out


def test_retag_on_a_missing_archive_says_so_and_makes_none(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "archvie.db"
    r = cli("--db", db, "retag")
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith(f"tg-archiver: error: no archive at {db}")
    assert not db.exists()
