"""Hostile input, round 7 (finding 12): a private feed's secret in its entries' links and ids.

A members' or podcast feed fetched as ``…/feed?token=T`` writes the same token in every
entry's ``<link>`` and ``<guid>`` (and may link an entry as ``https://user:password@…``). The
feed reader redacts them by the feed URL's own rule, so the secret reaches no row, export,
search, web page or digest; migration 0024 (PostgreSQL's 0008) rewrites what earlier versions
stored, and the next poll of the same feed finds every post under its redacted id.
"""

from __future__ import annotations

import asyncio
import html
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from conftest import ingest, make_post
from old_archives import before_0024
from pytest_httpserver import HTTPServer
from record_checks import rows
from secret_checks import archive_bytes, assert_none_of, tg
from web_archive import serve
from werkzeug import Request, Response

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.importers.feed import parse_feed
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.redact import redact_url
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.upgrades.redact_items import new_items

TOKEN = "S3CRETTOKEN-7d1e"
OLD_TOKEN = "OLDTOKEN-5a2f"  # the feed's token before it was changed
PASSWORD = "PASSWORD9-c4e0"
SECRETS = (TOKEN, OLD_TOKEN, PASSWORD)
SITE = "https://members.example.org"
# Item 1's text (item 4's too: a copy).
FIRST = "Leaders of the member states met in Astana on Tuesday to sign the summit declaration."


def post_link(n: int, token: str = TOKEN) -> str:
    return f"{SITE}/post/{n}?token={token}&utm_source=rss"


def shown_link(n: int) -> str:
    return f"{SITE}/post/{n}?token=***&utm_source=rss"


PASSWORD_LINK = f"https://reader:{PASSWORD}@members.example.org/post/2"
CHANNEL_LINK = f"{SITE}/?token={TOKEN}"
ORIGINALS = (post_link(1), PASSWORD_LINK, post_link(3), post_link(4), CHANNEL_LINK)


def members_rss() -> bytes:
    """The members' feed: item 1 linked and identified with the token, item 2 by a link with
    a password (no guid: the link is its id), item 3 by a ``tag:`` id (not a URL: kept) and a
    link with the token, item 4 with item 1's text (a near duplicate: its title differs)."""

    def item(n: int, text: str, *, link: str, guid: str | None, day: int) -> str:
        guid_xml = f'<guid isPermaLink="false">{guid}</guid>' if guid else ""
        return (
            f"<item><title>Members item {n}</title><link>{link.replace('&', '&amp;')}</link>"
            f"{guid_xml.replace('&', '&amp;')}<category>Members</category>"
            f"<pubDate>Tue, 0{day} Mar 2024 10:00:00 GMT</pubDate>"
            f"<description>{text}</description></item>"
        )

    items = (
        item(1, FIRST, link=post_link(1), guid=post_link(1), day=5)
        + item(2, "Ministers met in Cape Town.", link=PASSWORD_LINK, guid=None, day=6)
        + item(3, "Envoys met in Brasilia.", link=post_link(3), guid="tag:members,2024:3", day=7)
        + item(4, FIRST, link=post_link(4), guid=post_link(4), day=8)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Members wire</title><link>{CHANNEL_LINK.replace('&', '&amp;')}</link>"
        f"{items}</channel></rss>"
    ).encode()


def members_feed(httpserver: HTTPServer, body: list[bytes]) -> tuple[str, str]:
    """The feed, answered only with the token; ``body[0]`` is what it serves (a test may
    change it). Returns (the URL with the token, the URL as it is shown)."""

    def handler(request: Request) -> Response:
        if request.args.get("token") != TOKEN:
            return Response("who are you?", status=401)
        return Response(body[0], content_type="application/rss+xml")

    httpserver.expect_request("/members").respond_with_handler(handler)
    plain = httpserver.url_for("/members")
    return f"{plain}?token={TOKEN}", f"{plain}?token=***"


def assert_no_secret(*texts: str | bytes) -> None:
    assert_none_of(SECRETS, *texts)


# What the archive stores: (external id, url) of posts 1-4, in order.
STORED = [
    (shown_link(1), shown_link(1)),
    ("https://reader:***@members.example.org/post/2",) * 2,
    ("tag:members,2024:3", shown_link(3)),
    (shown_link(4), shown_link(4)),
]
LINKED_ONE = "linked 0 exact and 1 near duplicates, 0 forwards"
UNCHANGED = "0 new posts, 0 edited, 4 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"


def test_parse_feed_redacts_entry_links_and_ids_by_the_feed_urls_rule() -> None:
    result = parse_feed(
        members_rss(), url="http://h/members?token=x", fetched_at=datetime(2024, 3, 9, tzinfo=UTC)
    )
    assert [(p.external_id, p.url) for p in result.posts] == STORED
    assert result.posts[0].source.url == f"{SITE}/?token=***"
    # An id that is not a URL is the feed's data, kept whatever it holds.
    for guid in ("urn:uuid:1?token=abc", "post-7?token=abc", "12345", "tag:x,2024:a=b@c"):
        doc = members_rss().replace(b"tag:members,2024:3", guid.encode())
        posts = parse_feed(doc, url="http://h/m", fetched_at=datetime(2024, 3, 9, tzinfo=UTC))
        assert posts.posts[2].external_id == guid


def test_a_private_feeds_items_show_no_secret_anywhere(
    cli, tmp_path: Path, httpserver: HTTPServer
) -> None:
    url, shown = members_feed(httpserver, [members_rss()])
    db = tmp_path / "a.db"
    r = tg("--db", db, "-v", "fetch", url)
    assert r.code == 0, r.err
    assert r.out == f"{shown}: 4 new posts, 0 edited, 0 unchanged; {LINKED_ONE}\n"
    assert rows(db, "SELECT external_id, url FROM posts ORDER BY id") == STORED
    assert rows(db, "SELECT key, url FROM sources") == [(shown, f"{SITE}/?token=***")]
    outputs: list[str | bytes] = [r.out, r.err, archive_bytes(db)]
    for fmt in ("jsonl", "csv", "md", "html", "atom"):
        out = tmp_path / f"all.{fmt}"
        e = cli("--db", db, "export", "--format", fmt, "-o", out)
        assert e.code == 0, e.err
        outputs += [e.out, e.err, out.read_bytes()]
    exported = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert [(p["external_id"], p["url"]) for p in exported] == STORED
    found = cli("--db", db, "search", "met", "--json")
    assert found.code == 0, found.err
    assert {p["url"] for p in map(json.loads, found.out.splitlines())} == {
        u for _, u in STORED[:3]
    }  # (4: a copy)
    digest = cli(
        "--db",
        db,
        "digest",
        "Members",
        "--since",
        "2024-03-01",
        "--until",
        "2024-03-09",
        "--dry-run",
    )
    assert digest.code == 0, digest.err
    assert shown_link(1) in digest.out.replace("&amp;", "&")  # the post is in it, redacted
    outputs += [found.out, found.err, digest.out, digest.err]
    with serve(db) as s:
        pages = [httpx.get(f"{s.url}/post/{post_id}", timeout=30) for post_id in (1, 2, 3, 4)]
    assert [page.status_code for page in pages] == [200] * 4
    assert shown_link(1) in pages[0].text.replace("&amp;", "&")
    outputs += [page.text for page in pages]
    assert_no_secret(*outputs)


def _old_archive(cli: Any, db: Path, url: str, body: list[bytes], shown: str) -> None:
    """What a version before 0024 made of polling the feed: the entries' links and ids as the
    feed gave them. Its token changed once: item 1 was first stored (post 1) under the old
    token, then again (post 2) under the new one, as a copy; item 3 was edited once since."""
    asyncio.run(under_the_old_token(db, shown))
    body[0] = members_rss().replace(b"Envoys met in Brasilia.", b"Envoys met.")
    assert cli("--db", db, "fetch", url).code == 0
    body[0] = members_rss()  # item 3 edited since: a version
    assert cli("--db", db, "fetch", url).code == 0
    before_0024(db, ORIGINALS)
    with closing(sqlite3.connect(db)) as conn, conn:
        for sql, values in COMPOSED:
            conn.execute(sql.replace("$", "?"), values)


def composed(link: str) -> str:
    """A digest's or an alert's message linking item 1 at ``link``, as HTML."""
    return f'<b>Members wire</b>\n<a href="{html.escape(link)}">Members item 1</a>'


# A digest and an alert composed from item 1's stored link before 0024 (the resend of an
# interrupted delivery sends them as they are).
COMPOSED = (
    (
        "INSERT INTO digest_deliveries (digest, chat, period_start, period_end, parts,"
        " messages, started_at) VALUES ($1, $2, $3, $4, 1, $5, $6)",
        ("Members", "console", "2024-03-05T00:00:00Z", "2024-03-06T00:00:00Z",
         json.dumps([composed(post_link(1))]), "2024-03-06T00:00:00Z"),
    ),
    (
        "INSERT INTO alerts (id, chat, query, created_at, after_post) VALUES ($1, $2, $3, $4, 0)",
        (1, "-1001", "Astana", "2024-03-05T00:00:00Z"),
    ),
    (
        "INSERT INTO alert_sends (alert_id, post_id, message) VALUES ($1, $2, $3)",
        (1, 2, composed(post_link(1))),
    ),
)  # fmt: skip
COMPOSED_NOW = "SELECT messages FROM digest_deliveries UNION ALL SELECT message FROM alert_sends"


async def under_the_old_token(where: Path | PostgresUrl, shown: str) -> None:
    """Item 1 as a version before 0024 stored it under the feed's old token."""
    source = SourceRef(kind="feed", key=shown, title="Members wire")
    old = post_link(1, OLD_TOKEN)
    async with await Store.open(where) as store:
        await ingest(
            store, make_post(old, FIRST, source=source, url=old, title="Members item 1", day=5)
        )


# Every table a user's posts live in, by post id: the rewrite must leave them as they were.
KEPT = (
    "SELECT id, source_id, title, raw_text, duplicate_of, duplicate_kind FROM posts ORDER BY id",
    "SELECT post_id, version, raw_text FROM post_versions ORDER BY post_id, version",
    "SELECT post_id, tag_id, origin FROM post_tags ORDER BY post_id, tag_id",
)
# After 0024: post 1 (old token) takes item 1's id; post 2, its copy under the new token, keeps
# its row under the id with " (post 2)"; items 2-4 are posts 3-5.
MIGRATED = [
    (shown_link(1), shown_link(1)),
    (f"{shown_link(1)} (post 2)", shown_link(1)),
    *STORED[1:],
]


def test_migration_0024_redacts_stored_item_ids_and_the_next_poll_stores_nothing_again(
    cli, tmp_path: Path, httpserver: HTTPServer
) -> None:
    body = [members_rss()]
    url, shown = members_feed(httpserver, body)
    db = tmp_path / "a.db"
    _old_archive(cli, db, url, body, shown)
    assert [i for (i,) in rows(db, "SELECT external_id FROM posts ORDER BY id")] == [
        post_link(1, OLD_TOKEN), post_link(1), PASSWORD_LINK, "tag:members,2024:3", post_link(4)
    ]  # fmt: skip
    assert TOKEN.encode() in archive_bytes(db) and PASSWORD.encode() in archive_bytes(db)
    kept = [rows(db, sql) for sql in KEPT]
    assert kept[1] == [(4, 1, "Envoys met.")]  # a version,
    assert [p[4:] for p in kept[0]] == [(None, None), (1, "exact"), (None, None), (None, None),
                                        (1, "near")]  # copies, and tags  # fmt: skip
    assert [t[0] for t in kept[2]] == [2, 3, 4, 5]
    r = cli("--db", db, "stats")  # any command opens the archive, which migrates it
    assert (r.code, r.err) == (0, "")
    assert rows(db, "SELECT name FROM schema_migrations WHERE version = 24") == [
        ("0024_redact_feed_item_secrets.sql",)
    ]
    assert rows(db, "SELECT external_id, url FROM posts ORDER BY id") == MIGRATED
    assert rows(db, "SELECT url FROM sources") == [(f"{SITE}/?token=***",)]
    assert rows(db, COMPOSED_NOW) == [
        (json.dumps([composed(shown_link(1))]),), (composed(shown_link(1)),)
    ]  # fmt: skip
    assert [rows(db, sql) for sql in KEPT] == kept
    assert_no_secret(archive_bytes(db))
    # The next poll finds every entry under its redacted id: nothing stored again.
    r = cli("--db", db, "fetch", url)
    assert (r.code, r.err, r.out) == (0, "", f"{shown}: {UNCHANGED}\n")
    assert rows(db, "SELECT external_id, url FROM posts ORDER BY id") == MIGRATED
    assert [rows(db, sql) for sql in KEPT] == kept
    assert_no_secret(archive_bytes(db))


def test_redacted_ids_that_clash_keep_every_post_and_the_lowest_takes_the_id() -> None:
    taken = {(1, "https://h/p?token=***")}  # stored since 0024
    items = [
        (3, 1, "https://h/p?token=A", "https://h/p?token=A"),
        (4, 1, "https://h/q?token=A", None),
        (5, 1, "https://h/q?token=B", "https://u:pw@h/q"),
        (6, 2, "https://h/q?token=C", None),  # another feed: its own ids
        (7, 1, "https://h/q?token=*** (post 7)", None),  # a clash of an earlier run
        (8, 1, "urn:x?token=A", "https://h/r"),  # not a URL: kept
    ]
    assert new_items(items, taken) == [
        ("https://h/p?token=*** (post 3)", "https://h/p?token=***", 3),
        ("https://h/q?token=***", None, 4),
        ("https://h/q?token=*** (post 5)", "https://u:***@h/q", 5),
        ("https://h/q?token=***", None, 6),
    ]
    # Redacted again as it stands, the suffix would go with the masked value (post 7 would
    # take post 4's id): it is read off first.
    assert redact_url("https://h/q?token=*** (post 7)") == "https://h/q?token=***"


def test_postgresql_migration_0008_redacts_stored_item_ids(
    cli, pg_url: str, httpserver: HTTPServer
) -> None:
    body = [members_rss()]
    url, shown = members_feed(httpserver, body)
    asyncio.run(under_the_old_token(PostgresUrl(pg_url), shown))
    assert cli("--db", pg_url, "fetch", url).code == 0
    back = {redact_url(o): o for o in ORIGINALS}

    async def take_back() -> list[list[Any]]:
        conn = await asyncpg.connect(pg_url)
        try:
            for column in ("external_id", "url"):
                await conn.executemany(
                    f"UPDATE posts SET {column} = $1 WHERE {column} = $2",
                    [(o, r) for r, o in back.items()],
                )
            await conn.executemany(
                "UPDATE sources SET url = $1 WHERE url = $2", [(o, r) for r, o in back.items()]
            )
            for sql, values in COMPOSED:
                await conn.execute(sql, *values)
            await conn.execute("DELETE FROM schema_migrations WHERE version = 8")
            return [[tuple(r) for r in await conn.fetch(sql)] for sql in KEPT]
        finally:
            await conn.close()

    kept = asyncio.run(take_back())
    r = cli("--db", pg_url, "migrate")
    assert (r.code, r.err) == (0, "")
    assert "0008_redact_feed_item_secrets.sql" in r.out

    async def stored() -> tuple[list[Any], list[Any], list[list[Any]]]:
        conn = await asyncpg.connect(pg_url)
        try:
            posts = await conn.fetch("SELECT external_id, url FROM posts ORDER BY id")
            links = await conn.fetch(f"SELECT url FROM sources UNION ALL {COMPOSED_NOW}")
            now = [[tuple(r) for r in await conn.fetch(sql)] for sql in KEPT]
            return [tuple(p) for p in posts], [tuple(x) for x in links], now
        finally:
            await conn.close()

    posts, links, now = asyncio.run(stored())
    assert posts == MIGRATED
    assert links == [
        (f"{SITE}/?token=***",),
        (json.dumps([composed(shown_link(1))]),),
        (composed(shown_link(1)),),
    ]
    assert now == kept
    r = cli("--db", pg_url, "fetch", url)
    assert (r.code, r.err, r.out) == (0, "", f"{shown}: {UNCHANGED}\n")
    assert asyncio.run(stored()) == (posts, links, now)
    exported = cli("--db", pg_url, "export", "--format", "jsonl")
    assert exported.code == 0
    assert_no_secret(exported.out)
