"""Post text never becomes a link to a hostile scheme (issue 16, item 8b): ``javascript:``,
``data:``, ``vbscript:`` and ``file:`` links in post text stay text in Markdown and HTML exports,
bot replies and digests; only http, https and tg links are live."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile_archive import ALLOWED, HOSTILE_LINKS, LIVE_LINKS, write_hostile_archive
from markdown_it import MarkdownIt

from tg_archiver.archive.store import Store
from tg_archiver.bot.replies import format_hit


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hostile_archive(tmp_path_factory.mktemp("template") / "archive.db")


# -- item 8b: post text never becomes a link to a hostile scheme -----------------------------


class _Links(HTMLParser):
    """Every URL an HTML page would follow or load: href, src, action."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v or "" for k, v in attrs if k in ("href", "src", "action", "formaction")]


def links_in_html(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.urls


def links_in_markdown(text: str) -> list[str]:
    """The links a CommonMark renderer makes, with its own link filter turned off (as some
    renderers have none), so the export's escaping is what is tested."""
    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return links_in_html(md.render(text))


def _hostile(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.lower().startswith(ALLOWED) and not u.startswith("#post-")]


def test_markdown_export_keeps_only_http_https_and_tg_links_live(cli, db):
    r = cli("--db", db, "export", "--format", "md")
    assert r.code == 0
    links = links_in_markdown(r.out)
    assert _hostile(links) == []
    originals = ["https://t.me/example_mfa/1", "https://t.me/example_mfa/2"]
    assert sorted(links) == sorted(["https://mid.example/a", "tg://resolve?domain=mfa", *originals])
    for text in ("javascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd"):
        assert text in MarkdownIt("commonmark").render(r.out)  # shown as text, not dropped


def test_html_export_links_no_hostile_scheme(cli, db):
    r = cli("--db", db, "export", "--format", "html")
    assert r.code == 0
    links = links_in_html(r.out)
    assert _hostile(links) == [] and "javascript:alert(2)" in r.out  # the url, as text
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in r.out


async def test_bot_replies_and_digests_link_no_hostile_scheme(db):
    from datetime import UTC, datetime

    from tg_archiver.archive.digest import DigestOptions, compose_digest
    from tg_archiver.archive.query import parse_query

    store = await Store.open(db)
    try:
        hits = await store.search(parse_query("Statement"), limit=100, include_duplicates=True)
        assert len(hits) == len(HOSTILE_LINKS) + len(LIVE_LINKS)
        replies = [format_hit(h) for h in hits]
        rows = await store.digest_rows(
            ("SCO",), since=datetime(2024, 1, 1, tzinfo=UTC), until=datetime(2025, 1, 1, tzinfo=UTC)
        )
    finally:
        await store.close()
    messages = compose_digest(
        rows,
        DigestOptions(title="Digest", topics=("SCO",), say_when_empty=True),
        since=datetime(2024, 1, 1, tzinfo=UTC),
        until=datetime(2025, 1, 1, tzinfo=UTC),
    )
    for page in [*replies, *messages]:
        assert _hostile(links_in_html(page)) == [], page
