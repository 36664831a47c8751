"""`tg-archiver serve` on a PostgreSQL archive, side by side with the same archive on SQLite.

The real command runs in a subprocess for each engine (tests/web_archive.py's archive, stored
on both); httpx asks both the same things. A post's page (versions, copies), the topic and
source pages and the Atom feeds are the same on both; a search finds the same posts (its
passages are each engine's own); a list of posts by filters alone pages by keyset on
PostgreSQL (``?after=`` / ``?before=``) and covers the same posts as SQLite's numbered pages.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import httpx
import pytest
from conftest import ingest
from pg_server import PgServer
from web_archive import SUMMITS, Served, posts, seed, serve

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.store import Store

_POST_LINK = re.compile(r'class="post-link" href="/post/(\d+)"')


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer
) -> Iterator[tuple[Served, Served]]:
    db = seed(tmp_path_factory.mktemp("web") / "archive.db")
    url = pg_server.new_database()

    async def seed_pg() -> None:
        async with await Store.open(PostgresUrl(url)) as store:
            await ingest(store, *posts())

    asyncio.run(seed_pg())
    with serve(db) as on_sqlite, serve(url) as on_pg:
        yield on_sqlite, on_pg


def get(served: Served, path: str) -> httpx.Response:
    r = httpx.get(served.url + path, timeout=30)
    assert r.status_code == 200, (path, r.text[:300])
    return r


def same(both: tuple[Served, Served], path: str) -> str:
    on_sqlite, on_pg = (get(s, path).text.replace(s.url, "URL") for s in both)
    assert on_pg == on_sqlite, path
    return on_pg


def ids(page: str) -> list[str]:
    return _POST_LINK.findall(page)


def test_post_topic_source_pages_and_feeds_are_the_same_on_both(
    both: tuple[Served, Served],
) -> None:
    story = same(both, "/post/28")  # the BRICS story: its copies from the agency and itself
    assert "Example Agency" in story and "/post/29" in story and "/post/30" in story
    edited = same(both, "/post/31")  # edited: both versions
    assert "on Monday and agreed a plan" in edited and "version" in edited.lower()
    for path in (
        "/post/29",
        "/topic/SCO",
        "/topic/BRICS",
        "/source/example_mfa",
        "/source/https%253A%252F%252Fnews.example.org%252Ffeed.xml",
        "/feeds/topic/SCO.atom",
        "/feeds/source/example_mfa.atom",
        "/feeds/search.atom?q=ceasefire",
        "/topic/SCO/2024-04",
    ):
        same(both, path)
    missing = [httpx.get(s.url + "/post/9999", timeout=30).status_code for s in both]
    assert missing == [404, 404]


def test_a_search_finds_the_same_posts_on_both(both: tuple[Served, Served]) -> None:
    for query in ("/?q=summit", "/?q=summit&page=2", "/?q=ceasefire", "/?q=summit&order=rank"):
        on_sqlite, on_pg = (ids(get(s, query).text) for s in both)
        assert sorted(on_pg) == sorted(on_sqlite) and on_pg, query
    front_sqlite, front_pg = (ids(get(s, "/").text) for s in both)
    assert front_pg == front_sqlite  # newest first, copies folded


def test_a_list_pages_by_keyset_on_postgresql_and_covers_every_post_once(
    both: tuple[Served, Served],
) -> None:
    on_sqlite, on_pg = both
    month = "/source/example_mfa/2024-03"  # the summit posts: two pages
    expected = ids(get(on_sqlite, month).text) + ids(get(on_sqlite, month + "?page=2").text)
    first = get(on_pg, month).text
    older = re.search(r'rel="next" href="([^"]+)"', first)
    assert older is not None and "after=" in older.group(1) and "page=2" in older.group(1)
    second = get(on_pg, month + older.group(1).replace("&amp;", "&")).text
    assert ids(first) + ids(second) == expected and len(expected) == SUMMITS
    assert 'rel="next"' not in second and "page 2" in second
    newer = re.search(r'rel="prev" href="([^"]+)"', second)
    assert newer is not None and "before=" in newer.group(1)
    back = get(on_pg, month + newer.group(1).replace("&amp;", "&")).text
    assert ids(back) == ids(first) and 'rel="prev"' not in back
    bad = httpx.get(on_pg.url + month + "?after=1;DROP", timeout=30)
    assert bad.status_code == 400 and "Traceback" not in bad.text
