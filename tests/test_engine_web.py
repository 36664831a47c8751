"""`tg-archiver serve` on a PostgreSQL archive, side by side with the same archive on SQLite.

The real command runs in a subprocess for each engine (tests/web_archive.py's archive, stored
on both); httpx asks both the same things. A post's page (versions, copies), the topic and
source pages and the Atom feeds are the same on both; a search finds the same posts (its
passages are each engine's own); a list of posts newest first (by filters alone, or a search
with words) pages by keyset on PostgreSQL (``?after=`` / ``?before=``) and covers the same
posts as SQLite's numbered pages; best first ranks the newest N matches alone on both
(``--rank-within``) and says so.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import ingest
from pg_server import PgServer
from web_archive import SUMMITS, Served, posts, seed, serve

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.store import Store

_POST_LINK = re.compile(r'class="post-link" href="/post/(\d+)"')


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer) -> tuple[Path, str]:
    """tests/web_archive.py's archive on each engine: its file, its database's URL."""
    db = seed(tmp_path_factory.mktemp("web") / "archive.db")
    url = pg_server.new_database()

    async def seed_pg() -> None:
        async with await Store.open(PostgresUrl(url)) as store:
            await ingest(store, *posts())

    asyncio.run(seed_pg())
    return db, url


@pytest.fixture(scope="module")
def both(archives: tuple[Path, str]) -> Iterator[tuple[Served, Served]]:
    db, url = archives
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
    for query in ("/?q=summit", "/?q=ceasefire", "/?q=summit&order=rank"):
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


def follow(served: Served, path: str, rel: str) -> tuple[str, str | None]:
    """The page at ``path`` and its ``rel`` ("next": older, "prev": newer) link's target."""
    page = get(served, path).text
    link = re.search(rf'rel="{rel}" href="([^"]+)"', page)
    return page, None if link is None else link.group(1).replace("&amp;", "&")


def test_a_search_with_words_pages_by_keyset_on_postgresql(both: tuple[Served, Served]) -> None:
    on_sqlite, on_pg = both
    for search in ("/?q=summit", "/?q=summit&since=2024-03-03&order=newest", "/?q=agenda+item"):
        expected: list[str] = []
        for page in range(1, 4):
            expected += ids(get(on_sqlite, f"{search}&page={page}").text)
        shown: list[str] = []
        path: str | None = search
        pages: list[str] = []
        while path is not None:
            assert len(pages) < 5, path
            page_text, path = follow(on_pg, "/" + path.lstrip("/"), "next")
            pages.append(page_text)
            shown += ids(page_text)
            if path is not None:
                assert "after=" in path and "q=" in path, path  # the search rides along
        assert shown == expected and len(expected) > 20, search
        assert "<mark>" in pages[-1]  # passages, as a search's first page has them
        # Back: "Newer" from the last page gives the page before it again
        _, newer = follow(on_pg, "/" + path_of(on_pg, search, len(pages)), "prev")
        assert newer is not None and "before=" in newer
        assert ids(get(on_pg, "/" + newer.lstrip("/")).text) == ids(pages[-2])
    bad = httpx.get(on_pg.url + "/?q=summit&after=2024-03-01;DROP", timeout=30)
    assert bad.status_code == 400 and "Traceback" not in bad.text


def path_of(served: Served, search: str, number: int) -> str:
    """The path of page ``number`` of ``search``, following "Older" links from the first."""
    path = search
    for _ in range(number - 1):
        _, older = follow(served, "/" + path.lstrip("/"), "next")
        assert older is not None
        path = older
    return path.lstrip("/")


def test_best_first_ranks_the_newest_matches_alone_on_both(archives: tuple[Path, str]) -> None:
    db, url = archives
    early = {"q": "summit", "order": "rank", "since": "2024-03-01", "until": "2024-03-05"}
    asked = {
        "few": {"q": "summit", "order": "rank"},
        "misspelt": {"q": "Sumit", "order": "rank"},
        "all": {"q": "ceasefire", "order": "rank"},
        "none pass": early,
        "newest passing": {**early, "until": "2024-03-10"},
    }
    found: list[dict[str, str]] = []
    with serve(db, "--rank-within", "5") as on_sqlite, serve(url, "--rank-within", "5") as on_pg:
        for served in (on_sqlite, on_pg):
            pages = {}
            for name, params in asked.items():
                r = httpx.get(served.url + "/", params=params, timeout=30)
                assert r.status_code == 200, (name, r.text[:300])
                pages[name] = r.text
            found.append(pages)
    for pages in found:
        assert "Best match among the 5 most recently archived posts that match" in pages["few"]
        assert pages["few"].count('class="hit"') == 5  # the 5 newest of the 27 summit posts
        # Misspelt, the corrected word's newest matches alone are ranked, as typed right.
        assert ids(pages["misspelt"]) == ids(pages["few"])
        assert "most recently archived posts that match" in pages["misspelt"]
        assert "showing results for «<strong>Summit</strong>»" in pages["misspelt"]
        assert "most recently archived" not in pages["all"]  # fewer than 5: all ranked
        assert "most recently archived" not in pages["none pass"]
        assert pages["none pass"].count('class="hit"') == 5  # 1-5 March: every match ranked
        assert "among the 5 most recent posts that match (by date)" in pages["newest passing"]
        for day in range(6, 11):  # 6-10 March: the newest 5 of the 10 that pass
            assert f"round {day - 1}:" in pages["newest passing"]
        assert "round 4:" not in pages["newest passing"]
    on_sqlite_pages, on_pg_pages = found
    for name in asked:
        assert sorted(ids(on_pg_pages[name])) == sorted(ids(on_sqlite_pages[name])), name


def test_a_misspelt_word_is_corrected_on_every_page_and_said_on_both(
    both: tuple[Served, Served],
) -> None:
    # The posts of "Summit" were listed for "Sumit" as if it had matched, and on PostgreSQL
    # the "Older" page of them (by keyset) found nothing.
    for served in both:
        expected = ids(get(served, "/?q=summit").text)
        first, older = follow(served, "/?q=Sumit", "next")
        note = "No posts hold «Sumit»; showing results for «<strong>Summit</strong>»."
        assert note in first and ids(first) == expected and len(expected) == 20
        assert older is not None and "q=Sumit" in older  # the words as typed ride along
        second = get(served, "/" + older.lstrip("/")).text
        assert note in second and len(ids(second)) == SUMMITS - 20
        assert not set(ids(second)) & set(expected)
        # The page's feed and files are of the words shown.
        assert 'href="/export.jsonl?q=Summit"' in first
        assert 'href="/feeds/search.atom?q=Summit"' in first
        # Typed right, or nothing one slip away: no such line.
        as_typed = get(served, "/?q=summit").text
        assert "showing results for" not in as_typed
        assert 'href="/export.jsonl?q=summit"' in as_typed  # its own words
        nothing = get(served, "/?q=Qwertyuiop").text
        assert "No posts match." in nothing and "showing results" not in nothing
        # A feed is watched as typed: a misspelt word's feed holds nothing.
        feed = get(served, "/feeds/search.atom?q=Sumit").text
        assert "<entry>" not in feed and "Summit preparations" not in feed


def test_a_download_holds_the_same_posts_on_both(both: tuple[Served, Served]) -> None:
    # The search page's download links: the same files (ids aside: each engine numbers its
    # own posts; filters alone oldest first, words newest first).
    for path, lines in (
        ("/export.jsonl?tag=SCO", 1),
        ("/export.jsonl?q=ceasefire", 3),  # the statement and its two copies
        ("/export.csv?q=summit", 1 + SUMMITS),
    ):
        on_sqlite, on_pg = (get(s, path) for s in both)
        assert on_sqlite.headers["content-disposition"] == on_pg.headers["content-disposition"]
        drop_ids = re.compile(r'^\d+,|"(?:id|duplicate_of)": (?:\d+|null), ', re.M)
        assert drop_ids.sub("", on_pg.text) == drop_ids.sub("", on_sqlite.text), path
        assert len(on_pg.text.splitlines()) == lines, path
