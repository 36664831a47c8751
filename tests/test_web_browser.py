"""`tg-archiver serve` in a real browser: Debian's Chromium driven by Playwright.

The real command serves a seeded archive on 127.0.0.1 (web_archive.py); the browser searches
through the form, pages, opens a post with versions and copies, follows a topic to its feed,
and opens a hostile post. JavaScript is switched off for the runs that must work without it
(all of them could: the pages have no script).

Chromium is the system's (``apt-get install chromium``; .ci/run does it), launched through
``executable_path``: nothing is downloaded. ``TG_ARCHIVER_SCREENSHOTS=DIR`` also keeps the
screenshots there (docs/web-search.png in the README was made so).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from web_archive import ASTANA_V2, SUMMITS, Served, seed, serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Playwright's own waits (Chromium's start, a page load, a click's navigation, a download) are
# 30 s; a loaded machine may take longer. This only stops a hung test: nothing is timed.
PATIENCE_MS = 300_000


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve(seed(tmp_path_factory.mktemp("web") / "archive.db")) as s:
        yield s


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM, "Chromium is needed: apt-get install chromium (see README, Tests)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, timeout=PATIENCE_MS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def context(request: pytest.FixtureRequest, browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(java_script_enabled=request.param)
    ctx.set_default_timeout(PATIENCE_MS)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def _keep(shot: Path) -> None:
    if folder := os.environ.get("TG_ARCHIVER_SCREENSHOTS"):
        shutil.copy(shot, Path(folder) / shot.name)


def test_search_through_the_form(served: Served, page: Page, tmp_path: Path) -> None:
    page.goto(served.url + "/")
    form = page.locator("form.search")
    form.get_by_label("Search").fill("ceasefire")
    form.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=ceasefire*")
    hits = page.locator("li.hit")
    assert hits.count() == 1  # the statement and its copies are one story
    hit = hits.first
    assert hit.locator("mark").all_inner_texts() == ["ceasefire"]
    assert hit.locator(".copies").all_inner_texts() == ["+1 source", "+1 copy"]
    assert "Example MFA" in hit.locator(".meta").inner_text()
    page.set_viewport_size({"width": 1000, "height": 700})
    shot = tmp_path / "web-search.png"
    page.screenshot(path=shot)
    assert shot.stat().st_size > 0
    _keep(shot)


def test_filters_and_ranked_order(served: Served, page: Page) -> None:
    page.goto(served.url + "/")
    form = page.locator("form.search")
    form.get_by_label("Search").fill("ministers")
    form.get_by_label("Topic").fill("SCO")
    form.get_by_label("Order").select_option("rank")
    form.get_by_role("button", name="Search").click()
    page.wait_for_url("**order=rank*")
    titles = page.locator("a.post-link").all_inner_texts()
    # the words and the topic: the BRICS statement is not #SCO; the edit's text is searched
    assert titles == ["Talks in Astana: the ministers met in Astana on Monday and agreed a plan"]
    assert page.locator("form.search").get_by_label("Topic").input_value() == "SCO"


def test_paging_through_results(served: Served, page: Page) -> None:
    page.goto(served.url + "/?q=summit")
    seen = page.locator("a.post-link").all_inner_texts()
    assert len(seen) == 20
    page.get_by_role("link", name="Older →").click()
    page.wait_for_url("**page=2*")
    second = page.locator("a.post-link").all_inner_texts()
    assert len(second) == SUMMITS - 20
    assert not set(seen) & set(second)
    assert page.get_by_role("link", name="Older →").count() == 0
    page.get_by_role("link", name="← Newer").click()
    page.wait_for_url("**page=1*")
    assert page.locator("a.post-link").all_inner_texts() == seen


def test_post_page_with_copies(served: Served, page: Page) -> None:
    page.goto(served.url + "/?q=ceasefire")
    page.locator("a.post-link").first.click()
    page.wait_for_url("**/post/*")
    copies = page.locator("li.copy")
    assert copies.count() == 2
    kinds = " ".join(copies.all_inner_texts())
    assert "Example Agency" in kinds and "exact" in kinds
    assert page.locator(".original a").get_attribute("href") == "https://t.me/example_mfa/1"
    # a copy says whose copy it is, and links back
    copies.filter(has_text="Example Agency").get_by_role("link").first.click()
    page.wait_for_url("**/post/*")
    assert "copy of" in page.locator(".copy-of").inner_text()


def test_post_page_with_versions_as_a_diff(served: Served, page: Page) -> None:
    page.goto(served.url + "/topic/SCO")
    page.get_by_role("link", name="2024-04").click()
    page.wait_for_url("**/topic/SCO/2024-04")
    page.locator("a.post-link").first.click()
    page.wait_for_url("**/post/*")
    versions = page.locator("li.version")
    assert versions.count() == 2
    assert versions.nth(1).locator("ins").all_inner_texts() == [" on Monday and agreed a plan"]
    assert versions.nth(1).locator("del").count() == 0
    assert page.locator("article .text").inner_text() == ASTANA_V2
    assert [t.strip() for t in page.locator(".tags li").all_inner_texts()] == ["#SCO (hashtag)"]


def test_topic_feed_from_its_page(served: Served, page: Page) -> None:
    page.goto(served.url + "/topic/SCO")
    href = page.get_by_role("link", name="Atom feed").get_attribute("href")
    assert href == "/feeds/topic/SCO.atom"
    response = page.request.get(served.url + href)
    assert response.ok
    feed = feedparser.parse(response.body())
    assert not feed.bozo
    assert feed.version == "atom10"
    assert [e.content[0].value for e in feed.entries] == [ASTANA_V2]


def test_day_view_and_month_of_a_source(served: Served, page: Page) -> None:
    page.goto(served.url + "/?q=ceasefire")
    page.locator("li.hit .meta a").first.click()  # the date links its day
    page.wait_for_url("**/day/2024-04-05")
    assert page.locator("h1").inner_text() == "2024-04-05"
    assert page.locator("li.hit").count() == 1
    page.get_by_role("link", name="2024-04-06 →").click()
    page.wait_for_url("**/day/2024-04-06")
    page.goto(served.url + "/source/1500000001")
    page.get_by_role("link", name="2024-03").click()
    page.wait_for_url("**/source/1500000001/2024-03")
    assert page.locator("li.hit").count() == 20


def test_hostile_post_is_inert(served: Served, page: Page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(served.url + "/?q=statement+talks")
    hit = page.locator("li.hit").filter(has_text="Evil")
    assert hit.count() == 1
    hit.locator("a.post-link").click()
    page.wait_for_url("**/post/*")
    text = page.locator("article .text").inner_text()
    assert "<script>document.title='pwned'</script>" in text
    assert "onerror=" in text
    assert page.locator("h1").inner_text() == "<b>Hostile</b> title<script>alert('title')</script>"
    assert "<i>Evil</i> channel" in page.locator("article .meta").inner_text()
    assert page.locator("main script, main img, main b, main i").count() == 0
    hrefs = page.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert "https://example.org/statement?id=1&x=2" in hrefs  # the live link stays live
    assert page.locator(".original").inner_text() == "Original: javascript:alert('url')"
    assert page.title().startswith("<b>Hostile</b>")
    assert dialogs == []


def test_usable_on_a_phone_screen(served: Served, browser: Browser, tmp_path: Path) -> None:
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    ctx.set_default_timeout(PATIENCE_MS)
    try:
        page = ctx.new_page()
        for path in ("/?q=summit", "/post/32", "/post/31"):
            page.goto(served.url + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"{path} scrolls sideways on a phone: {width}px"
        page.goto(served.url + "/?q=ceasefire")
        # A phone's keyboard does not capitalise the first word typed: capitals a search is
        # given say which word it is ("US", "Песков": archive/capitals.py).
        for box in page.locator("input[name=q]").all():
            assert box.get_attribute("autocapitalize") == "none"
        shot = tmp_path / "web-search-phone.png"
        page.screenshot(path=shot)
        _keep(shot)
    finally:
        ctx.close()


def test_a_search_downloads_every_match_from_its_page(
    served: Served, page: Page, tmp_path: Path
) -> None:
    page.goto(served.url + "/?q=summit&order=rank")
    links = page.locator("p.feed a[download]")
    assert links.all_inner_texts() == ["JSON Lines", "CSV"]
    with page.expect_download() as info:
        links.last.click()
    download = info.value
    assert re.fullmatch(r"tg-archiver-\d{4}-\d{2}-\d{2}-search\.csv", download.suggested_filename)
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with saved.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == SUMMITS  # every match, not the page's 20
    assert all("Summit preparations" in row["text"] for row in rows)
    # The front page, no search: nothing offered (the whole archive is `tg-archiver export`).
    page.goto(served.url + "/")
    assert page.locator("a[download]").count() == 0


CORRECTED = "No posts hold «Sumit»; showing results for «Summit»."
_ABOVE_RESULTS = """() => Boolean(document.querySelector('p.corrected')
    .compareDocumentPosition(document.querySelector('ol.results'))
    & Node.DOCUMENT_POSITION_FOLLOWING)"""


def test_a_misspelt_search_says_which_words_it_shows_and_downloads_them(
    served: Served, page: Page, tmp_path: Path
) -> None:
    # "Sumit" listed the posts of "Summit" as if it had matched, and said nothing of it.
    page.goto(served.url + "/")
    form = page.locator("form.search")
    form.get_by_label("Search").fill("Sumit")
    form.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=Sumit*")
    note = page.locator("p.corrected")
    assert note.inner_text() == CORRECTED
    assert note.locator("strong").all_inner_texts() == ["Summit"]
    # Above the results, which are the corrected word's (its passages marked).
    assert page.evaluate(_ABOVE_RESULTS)
    assert page.locator("li.hit").count() == 20
    assert set(page.locator("li.hit mark").all_inner_texts()) == {"Summit"}
    # The box keeps the words as typed.
    assert form.get_by_label("Search").input_value() == "Sumit"
    with page.expect_download() as info:
        page.locator("p.feed a[download]").first.click()
    saved = tmp_path / "search.jsonl"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert len(lines) == SUMMITS  # the page's search: every match of "Summit"
    page.get_by_role("link", name="Older →").click()
    page.wait_for_url("**page=2*")
    assert page.locator("p.corrected").inner_text() == CORRECTED  # on every page
    assert page.locator("li.hit").count() == SUMMITS - 20
