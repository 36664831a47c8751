"""Ingesting the same sources again changes nothing; a changed entry adds a version, nothing else.

Every check compares whole archives: ``dump`` gives every row of every table, so two equal
dumps are two equal archives (ids, texts, tags, versions, copy links, sources).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from conftest import CliResult, dump
from pytest_httpserver import HTTPServer
from tdesktop_fixtures import write_large_export

FIXTURES = Path(__file__).parent / "fixtures"

Cli = Callable[..., CliResult]


def rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of (guid, title, description) items, all dated."""
    body = "".join(
        f"<item><title>{title}</title><guid isPermaLink='false'>{guid}</guid>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<pubDate>Wed, 17 May 2023 1{i}:30:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
        for i, (guid, title, text) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Example News</title><link>https://news.example.org/</link>{body}"
        "</channel></rss>"
    ).encode()


ENTRIES = (
    ("n1", "SCO summit opens", "Leaders met in Astana. #SCO"),
    ("n2", "BRICS ministers meet", "Ministers met in Cape Town. #BRICS"),
    ("n3", "Shipping lanes", "New lanes connect the northern ports."),
    ("n4", "ШОС", "Министры встретились в Астане #ШОС 🤝"),
)


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, Path]:
    """One source of each kind the import reads: a Telegram Desktop export, a text dump, a feed."""
    feed = tmp_path / "news.xml"
    feed.write_bytes(rss(*ENTRIES))
    dumpfile = tmp_path / "dump.txt"
    shutil.copy(FIXTURES / "scraped_channel_posts.txt", dumpfile)
    return {
        "tdesktop": write_large_export(tmp_path / "result.json", 150, seed=3),
        "text": dumpfile,
        "feed": feed,
    }


def versions(db: Path) -> list[tuple[str, int, str]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT posts.external_id, post_history.version, post_history.clean_text"
            " FROM post_history JOIN posts ON posts.id = post_history.post_id"
            " ORDER BY posts.external_id, post_history.version"
        ).fetchall()


@pytest.mark.parametrize("kind", ["tdesktop", "text", "feed"])
def test_importing_a_source_three_times_gives_the_same_archive(
    cli: Cli, tmp_path: Path, sources: dict[str, Path], kind: str
) -> None:
    db = tmp_path / "archive.db"
    first = cli("--db", db, "import", sources[kind])
    assert first.code == 0, first.err
    after_first = dump(db)
    assert not first.out.startswith("imported 1 file(s): 0 new posts")

    for _ in range(2):
        again = cli("--db", db, "import", sources[kind])
        assert again.code == 0, again.err
        assert again.out.startswith("imported 1 file(s): 0 new posts, 0 edited,")
        assert dump(db) == after_first


def test_importing_all_sources_again_in_any_order_changes_nothing(
    cli: Cli, tmp_path: Path, sources: dict[str, Path]
) -> None:
    db = tmp_path / "archive.db"
    assert cli("--db", db, "import", *sources.values()).code == 0
    once = dump(db)

    for order in (["feed", "text", "tdesktop"], ["text", "tdesktop", "feed"]):
        assert cli("--db", db, "import", *(sources[k] for k in order)).code == 0
        assert cli("--db", db, "import", "--partial", *(sources[k] for k in order)).code == 0
    assert dump(db) == once


def test_a_feed_served_again_unchanged_or_changed_adds_only_versions(
    cli: Cli, tmp_path: Path, httpserver: HTTPServer
) -> None:
    db = tmp_path / "archive.db"
    url = httpserver.url_for("/rss")

    def serve(body: bytes) -> None:
        httpserver.clear()
        httpserver.expect_request("/rss").respond_with_data(
            body, content_type="application/rss+xml"
        )

    serve(rss(*ENTRIES))
    for _ in range(3):
        r = cli("--db", db, "fetch", url)
        assert r.code == 0, r.err
    served_thrice = dump(db)
    assert cli("--db", db, "fetch", url).code == 0
    assert dump(db) == served_thrice
    assert [v for _, v, _ in versions(db)] == [1, 1, 1, 1]

    # Two entries edited at the source (the text of one, the title of the other).
    changed = (
        ENTRIES[0],
        ("n2", "BRICS ministers meet", "Ministers met in Cape Town and agreed a statement. #BRICS"),
        ("n3", "New shipping lanes", ENTRIES[2][2]),
        ENTRIES[3],
    )
    serve(rss(*changed))
    r = cli("--db", db, "fetch", url)
    assert r.code == 0, r.err
    assert "0 new posts, 2 edited, 2 unchanged" in r.out
    after_edit = dump(db)
    for _ in range(2):
        assert cli("--db", db, "fetch", url).code == 0
        assert dump(db) == after_edit

    assert versions(db) == [
        ("n1", 1, "Leaders met in Astana. #SCO"),
        ("n2", 1, "Ministers met in Cape Town. #BRICS"),
        ("n2", 2, "Ministers met in Cape Town and agreed a statement. #BRICS"),
        ("n3", 1, "New lanes connect the northern ports."),
        ("n3", 2, "New lanes connect the northern ports."),
        ("n4", 1, "Министры встретились в Астане #ШОС 🤝"),
    ]

    # Nothing else moved: the rows of the unchanged entries, the sources and the tags are
    # exactly as before the edit; only the two edited posts and their versions differ (and
    # what is derived from their text: the FTS index and the near-duplicate bands).
    def rows(lines: list[str]) -> set[str]:
        kept = ("sources", "posts", "post_versions", "tags", "post_tags")
        return {
            line for line in lines if line.startswith(tuple(f'INSERT INTO "{t}"' for t in kept))
        }

    before, after = rows(served_thrice), rows(after_edit)
    assert sorted(line.split(" VALUES")[0] for line in after - before) == [
        'INSERT INTO "post_versions"',
        'INSERT INTO "post_versions"',
        'INSERT INTO "posts"',
        'INSERT INTO "posts"',
    ]
    assert sorted(line.split(" VALUES")[0] for line in before - after) == [
        'INSERT INTO "posts"',  # the two posts as they were, now kept as version 1
        'INSERT INTO "posts"',
    ]
