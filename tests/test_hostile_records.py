"""Hostile input, round 2: one input holding an id twice, and credentials in feed URLs.

Repeated ids: a Telegram Desktop export or a feed (file, fetch, the service's import scan,
``run --once``, the poller) holding one message id or ``<guid>`` twice. The later copy is a
new version of the first, as an edit would be; every other post is stored; the report says
what happened. Each case goes through the real entry point into a real archive.

Credentials: a feed URL with a password (``https://user:pass@host/feed``) or a token in its
query is fetched as given, from a real loopback server that requires it, but the secret
reaches no log line, no output, no row of the archive and no export.
"""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import OPTIONS, CliResult, Clock, dump, ingest, make_post
from pytest_httpserver import HTTPServer
from tdesktop_fixtures import make_channel_export, message, photo, write_export
from werkzeug import Request, Response

from tg_archiver.archive.config import Config, FeedConfig, PollingConfig
from tg_archiver.archive.ingest import import_new_files
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.store import CHUNK, Store
from tg_archiver.bot.feeds import FeedPoller

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
POLLING = PollingConfig(timeout=2.0, max_failures=3, max_backoff=3600)
NO_REPEAT = "0 edited, 0 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"


def rows(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def texts(db: Path) -> dict[str, str]:
    """external id -> current raw text, of every post."""
    return dict(rows(db, "SELECT external_id, raw_text FROM posts"))  # type: ignore[arg-type]


def versions(db: Path, external_id: str) -> list[str]:
    return [
        r[0]
        for r in rows(
            db,
            "SELECT v.raw_text FROM post_versions v JOIN posts p ON p.id = v.post_id"
            " WHERE p.external_id = ? ORDER BY v.version",
            external_id,
        )
    ]


# -- repeated ids: Telegram Desktop exports ----------------------------------------------------


def export_with(tmp_path: Path, messages: list[dict[str, Any]]) -> Path:
    (tmp_path / "export").mkdir()
    return write_export(tmp_path / "export" / "result.json", make_channel_export(messages))


@pytest.mark.parametrize("partial", [False, True])
def test_export_with_an_id_twice_stores_the_later_as_a_version(cli, tmp_path, partial) -> None:
    path = export_with(
        tmp_path,
        [
            message(1, "Talks on the harbour forum opened in Astana."),
            message(2, "The minister met his counterpart on trade."),
            message(3, "Statement on the summit, first draft of the text."),
            message(4, "Consular hours change from Monday."),
            message(3, "Statement on the summit: the final wording after the meeting."),
            message(5, "A briefing on the situation in the region."),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): 5 new posts, {NO_REPEAT}; 1 repeated id stored as a version\n"
    )
    assert sorted(texts(db)) == ["1", "2", "3", "4", "5"]
    assert versions(db, "3") == [
        "Statement on the summit, first draft of the text.",
        "Statement on the summit: the final wording after the meeting.",
    ]
    assert texts(db)["3"] == "Statement on the summit: the final wording after the meeting."


def test_export_with_an_id_twice_and_the_same_text_stores_one_post(cli, tmp_path) -> None:
    same = "Statement on the summit, as published."
    path = export_with(
        tmp_path, [message(1, "Talks opened."), message(2, same), message(2, same), message(3, "x")]
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): 3 new posts, {NO_REPEAT}; 1 repeated id with the same text"
        " stored once\n"
    )
    assert versions(db, "2") == [same]
    assert rows(db, "SELECT count(*) FROM posts") == [(3,)]


@pytest.mark.parametrize("partial", [False, True])
def test_an_id_repeated_across_chunks_and_in_the_worker_is_a_version(
    cli, tmp_path, partial
) -> None:
    """The first copy in the first chunk, the second (and third) past the worker's start."""
    n = 2_000 + 2 * CHUNK
    messages = [message(i, f"Post number {i} about topic {i * 7919 % 1000}.") for i in range(1, n)]
    messages.insert(CHUNK + 10, message(7, "Post number 7, corrected in a second copy."))
    messages.append(message(7, "Post number 7, corrected again in a third copy."))
    messages.append(message(n - 1, f"Post number {n - 1} about topic {(n - 1) * 7919 % 1000}."))
    path = export_with(tmp_path, messages)
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): {n - 1} new posts, {NO_REPEAT}; 2 repeated ids stored as"
        " versions; 1 repeated id with the same text stored once\n"
    )
    assert len(texts(db)) == n - 1
    assert versions(db, "7") == [
        "Post number 7 about topic 433.",
        "Post number 7, corrected in a second copy.",
        "Post number 7, corrected again in a third copy.",
    ]


def test_a_repeated_album_part_is_a_version_of_that_part(cli, tmp_path) -> None:
    """Telegram Desktop writes an album as one message per part, the caption on the first."""
    path = export_with(
        tmp_path,
        [
            message(10, "Photos from the summit", **photo("photos/a.jpg")),
            message(11, "", **photo("photos/b.jpg")),
            message(12, "", **photo("photos/c.jpg")),
            message(10, "Photos from the summit, captions corrected", **photo("photos/a.jpg")),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    # The two captionless parts are exact copies of each other (empty text), as before.
    assert r.out == (
        "imported 1 file(s): 3 new posts, 0 edited, 0 unchanged; linked 1 exact and 0 near"
        " duplicates, 0 forwards; 1 repeated id stored as a version\n"
        "media: 0 file(s) kept (0 already in the store), 3 missing, 0 skipped by rule,"
        " 0 failed, 0 refused\n"
    )
    assert versions(db, "10") == [
        "Photos from the summit",
        "Photos from the summit, captions corrected",
    ]
    assert rows(db, "SELECT count(*) FROM posts WHERE media IS NOT NULL") == [(3,)]


def test_repeated_id_near_copies_keep_their_links(cli, tmp_path) -> None:
    """The second copy of id 3 is a near copy of the first; id 3's first copy is itself a near
    copy of id 1; and id 4's second copy is word for word post 2. Each repeat is a version of
    its own post; no copy link is made or broken by it."""
    base = (
        "The foreign ministers of the member states met in Astana on Tuesday to discuss"
        " regional security, trade corridors and the schedule of the next summit meetings"
    )
    path = export_with(
        tmp_path,
        [
            message(1, base + "."),
            message(2, "Consular hours change from Monday for all visitors to the embassy."),
            message(3, base + " in the autumn."),
            message(4, "A briefing on the situation in the region, in full."),
            message(3, base + " in the autumn of this year."),
            message(4, "Consular hours change from Monday for all visitors to the embassy."),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        "imported 1 file(s): 4 new posts, 0 edited, 0 unchanged; linked 0 exact and 1 near"
        " duplicates, 0 forwards; 2 repeated ids stored as versions\n"
    )
    links = rows(
        db,
        "SELECT p.external_id, o.external_id, p.duplicate_kind FROM posts p"
        " LEFT JOIN posts o ON o.id = p.duplicate_of ORDER BY p.id",
    )
    assert links == [("1", None, None), ("2", None, None), ("3", "1", "near"), ("4", None, None)]
    assert versions(db, "3") == [base + " in the autumn.", base + " in the autumn of this year."]
    assert len(versions(db, "4")) == 2
    assert rows(db, "PRAGMA foreign_key_check") == []


def test_reimporting_a_file_with_a_repeated_id_changes_nothing(cli, tmp_path) -> None:
    """Each copy is a stored version played again, not a new edit: no version is added."""
    path = export_with(
        tmp_path, [message(1, "First wording."), message(2, "Other."), message(1, "Second.")]
    )
    db = tmp_path / "a.db"
    assert cli("--db", db, "import", path).code == 0
    before = dump(db)
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        "imported 1 file(s): 0 new posts, 0 edited, 3 unchanged; linked 0 exact and 0 near"
        " duplicates, 0 forwards\n"
    )
    assert dump(db) == before
    assert versions(db, "1") == ["First wording.", "Second."]


# -- repeated ids: feeds, files and fetched, the import scan, run --once, the poller -----------


def rss(*items: tuple[str, str]) -> bytes:
    """An RSS document of (guid, description) items, in order."""
    body = "".join(
        f'<item><title>Item {guid}</title><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>Wed, 17 May 2023 13:30:00 GMT</pubDate><description>{text}</description></item>"
        for guid, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example News</title><link>https://news.example.org/</link>{body}</channel></rss>"
    ).encode()


REPEATING = rss(
    ("n-1", "Leaders met in Astana."),
    ("n-2", "Ministers met in Cape Town, first report."),
    ("n-3", "Consular hours change."),
    ("n-2", "Ministers met in Cape Town and agreed on a statement."),
)
FEED_REPORT = "3 new posts, " + NO_REPEAT + "; 1 repeated id stored as a version"


def assert_feed_stored(db: Path) -> None:
    assert sorted(texts(db)) == ["n-1", "n-2", "n-3"]
    assert versions(db, "n-2") == [
        "Ministers met in Cape Town, first report.",
        "Ministers met in Cape Town and agreed on a statement.",
    ]


@pytest.mark.parametrize("partial", [False, True])
def test_feed_file_with_a_guid_twice_imports_every_entry(cli, tmp_path, partial) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(REPEATING)
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err, r.out) == (0, "", f"imported 1 file(s): {FEED_REPORT}\n")
    assert_feed_stored(db)


def test_fetched_feed_with_a_guid_twice_is_stored_and_refetching_adds_nothing(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    url = httpserver.url_for("/rss")
    db = tmp_path / "a.db"
    r = cli("--db", db, "fetch", url)
    assert (r.code, r.err, r.out) == (0, "", f"{url}: {FEED_REPORT}\n")
    assert_feed_stored(db)
    before = dump(db)
    r = cli("--db", db, "fetch", url)
    unchanged = "0 new posts, 0 edited, 4 unchanged; linked 0 exact and 0 near duplicates"
    assert (r.code, r.err, r.out) == (0, "", f"{url}: {unchanged}, 0 forwards\n")
    assert dump(db) == before


def test_run_once_stores_a_repeating_feed_and_the_files_beside_a_repeating_export(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_export(
        inbox / "a.json",
        make_channel_export(
            [message(1, "One."), message(1, "One, corrected."), message(2, "Two.")]
        ),
    )
    (inbox / "b.xml").write_bytes(rss(("f-1", "From the file."), ("f-1", "From the file, again.")))
    config = tmp_path / "c.toml"
    config.write_text(
        f'[import]\npaths = ["{inbox}"]\n\n[[feeds]]\nurl = "{httpserver.url_for("/rss")}"\n'
    )
    db = tmp_path / "a.db"
    r = cli("--config", config, "--db", db, "run", "--once")
    assert r.code == 0, r.err
    assert "Traceback" not in r.err
    assert texts(db) == {
        "1": "One, corrected.",
        "2": "Two.",
        "f-1": "From the file, again.",
        "n-1": "Leaders met in Astana.",
        "n-2": "Ministers met in Cape Town and agreed on a statement.",
        "n-3": "Consular hours change.",
    }
    assert rows(db, "SELECT count(*) FROM imported_files") == [(2,)]
    assert rows(db, "SELECT failures, last_error FROM feed_state") == [(0, None)]


async def test_import_scan_reports_the_repeat_and_stores_every_file(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_export(inbox / "a.json", make_channel_export([message(1, "One."), message(1, "Uno.")]))
    (inbox / "b.xml").write_bytes(rss(("f-1", "Fine."), ("f-2", "Also fine.")))
    async with await Store.open(tmp_path / "a.db") as store:
        results = await import_new_files(store, [inbox], OPTIONS, now=NOW)
    assert [(p.name, str(r.summary())) for p, r in results] == [  # type: ignore[union-attr]
        ("a.json", "1 new posts, " + NO_REPEAT + "; 1 repeated id stored as a version"),
        ("b.xml", "2 new posts, " + NO_REPEAT),
    ]


async def test_poller_stores_a_repeating_feed_and_counts_a_failing_fetch(
    tmp_path, httpserver: HTTPServer, caplog
) -> None:
    httpserver.expect_ordered_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    httpserver.expect_ordered_request("/rss").respond_with_data("down", status=503)
    url = httpserver.url_for("/rss")
    feed = FeedConfig(url=url, interval=60)
    caplog.set_level("INFO")
    async with await Store.open(tmp_path / "a.db") as store, httpx.AsyncClient() as client:
        poller = FeedPoller(store, [feed], OPTIONS, POLLING, client=client, clock=Clock(NOW))
        await poller.poll(feed)
        assert (await store.feed_state(url)).failures == 0
        await poller.poll(feed)
        state = await store.feed_state(url)
    assert (state.failures, state.last_error) == (1, f"{url}: HTTP 503")
    assert_feed_stored(tmp_path / "a.db")
    assert any(f"feed={url} status=200 new=3" in m for m in caplog.messages)
    assert (
        f"feed={url} repeated ids: 1 stored as versions, 0 with the same text stored once"
        in caplog.messages
    )


async def test_a_revert_with_its_own_edit_time_is_still_a_version(store) -> None:
    """What tells a replayed version from a real revert: the edit time the source gives."""
    first = make_post(1, "The first wording.")
    second = make_post(1, "The second wording.", edited_at=NOW)
    back = make_post(1, "The first wording.", edited_at=NOW.replace(hour=13))
    await ingest(store, first)
    await ingest(store, second)
    assert (await ingest(store, first)).unchanged == 1  # version 1, played again
    assert (await ingest(store, back)).edited == 1  # the same words, a new edit
    assert [v[1] for v in await store.post_versions(1)] == [
        "The first wording.",
        "The second wording.",
        "The first wording.",
    ]


# -- credentials in feed URLs ------------------------------------------------------------------

PASSWORD = "S3cr3t-pw-7f9d"
TOKEN = "T0k3n-c41b9e"
SECRETS = (PASSWORD, TOKEN)
AUTH_RSS = rss(("a-1", "Leaders met in Astana."), ("a-2", "Ministers met in Cape Town."))


def auth_feed(httpserver: HTTPServer, *, path: str = "/feed") -> tuple[str, str]:
    """A feed that answers only with the password (basic auth) and the token (query).

    Returns (the URL with both, the URL as it must be shown)."""

    def handler(request: Request) -> Response:
        auth = request.authorization
        if (
            auth is None
            or (auth.username, auth.password) != ("reader", PASSWORD)
            or request.args.get("token") != TOKEN
        ):
            return Response("who are you?", status=401)
        return Response(AUTH_RSS, content_type="application/rss+xml")

    httpserver.expect_request(path).respond_with_handler(handler)
    plain = httpserver.url_for(path)
    host = plain.removeprefix("http://")
    return (
        f"http://reader:{PASSWORD}@{host}?token={TOKEN}&lang=en",
        f"http://reader:***@{host}?token=***&lang=en",
    )


def tg(*args: object) -> CliResult:
    """The real command in a subprocess, so its own log handler (and httpx's) is what runs."""
    proc = subprocess.run(
        [sys.executable, "-m", "tg_archiver", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def assert_no_secret(*texts: str | bytes) -> None:
    for text in texts:
        for secret in SECRETS:
            needle = secret.encode() if isinstance(text, bytes) else secret
            assert needle not in text, f"{secret} found: {text[text.find(needle) - 200 :][:400]!r}"


def archive_bytes(db: Path) -> bytes:
    """The archive's files, WAL included, and every row of every table as SQL."""
    files = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    return files + "\n".join(dump(db)).encode()


def test_fetch_with_a_password_and_a_token_stores_and_shows_them_redacted(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    url, shown = auth_feed(httpserver)
    db = tmp_path / "a.db"
    r = tg("--db", db, "-v", "fetch", url)
    assert (r.code, r.out) == (0, f"{shown}: 2 new posts, {NO_REPEAT}\n")
    assert "HTTP Request: GET " in r.err  # httpx's own line, -v: redacted too
    assert_no_secret(r.out, r.err, archive_bytes(db))
    assert rows(db, "SELECT kind, key FROM sources") == [("feed", shown)]
    outputs = [cli("--db", db, "stats"), cli("--db", db, "search", "Astana")]
    for fmt in ("jsonl", "csv", "md", "html"):
        out = tmp_path / f"all.{fmt}"
        outputs.append(cli("--db", db, "export", "--format", fmt, "-o", out))
        assert_no_secret(out.read_bytes())
    assert shown in (tmp_path / "all.jsonl").read_text()  # the source, as it is named
    for o in outputs:
        assert o.code == 0, o.err
        assert_no_secret(o.out, o.err)
    again = tg("--db", db, "fetch", url)  # the same source: nothing new
    unchanged = "0 new posts, 0 edited, 2 unchanged; linked 0 exact and 0 near duplicates"
    assert (again.code, again.out) == (0, f"{shown}: {unchanged}, 0 forwards\n")


@pytest.mark.parametrize(
    ("secret_url", "message"),
    [
        (
            "http://reader:wrong-{p}@{host}?token={t}",
            "http://reader:***@{host}?token=***: HTTP 401",
        ),
        (
            "http://reader:{p}@127.0.0.1:1/feed?token={t}",
            "http://reader:***@127.0.0.1:1/feed?token=***: connection failed"
            " (All connection attempts failed)",
        ),
        (
            "http://reader:{p}@[::1/feed?token={t}",
            "http://reader:***@[::1/feed?token=***: not a valid feed URL (Invalid port: ':1')",
        ),
    ],
    ids=["wrong-password", "refused", "malformed"],
)
def test_a_failing_fetch_names_the_url_redacted_in_one_line(
    tmp_path, httpserver: HTTPServer, secret_url, message
) -> None:
    auth_feed(httpserver)
    host = httpserver.url_for("/feed").removeprefix("http://")
    url = secret_url.format(p=PASSWORD, t=TOKEN, host=host)
    db = tmp_path / "a.db"
    assert tg("--db", db, "stats").code == 0
    before = dump(db)
    r = tg("--db", db, "-v", "fetch", url)
    assert r.code == 1
    error_lines = [ln for ln in r.err.splitlines() if ln.startswith("tg-archiver: error: ")]
    assert len(error_lines) == 1 and "Traceback" not in r.err, r.err
    assert error_lines == ["tg-archiver: error: " + message.format(host=host)]
    assert_no_secret(r.out, r.err, archive_bytes(db))
    assert dump(db) == before


def test_run_once_polls_a_secret_feed_and_logs_it_redacted(tmp_path, httpserver) -> None:
    url, shown = auth_feed(httpserver)
    config = tmp_path / "c.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\nname = "Paid wire"\n')
    db = tmp_path / "a.db"
    r = tg("--config", config, "--db", db, "-v", "run", "--once")
    assert r.code == 0, r.err
    assert f"feed={shown} status=200 new=2 edited=0 unchanged=0 took=" in r.err
    assert f"HTTP Request: GET {shown} " in r.err
    assert_no_secret(r.out, r.err, archive_bytes(db))
    assert rows(db, "SELECT url, failures FROM feed_state") == [(shown, 0)]
    assert rows(db, "SELECT count(*) FROM posts") == [(2,)]


async def test_poller_disables_a_secret_feed_and_tells_the_admin_redacted(
    tmp_path, httpserver: HTTPServer, caplog
) -> None:
    url, shown = auth_feed(httpserver)
    wrong = url.replace(PASSWORD, PASSWORD[::-1])  # the server says 401
    feed = FeedConfig(url=wrong, name="Paid wire", interval=60)
    notes: list[str] = []

    async def notify(text: str) -> None:
        notes.append(text)

    caplog.set_level("DEBUG")
    db = tmp_path / "a.db"
    async with await Store.open(db) as store, httpx.AsyncClient() as client:
        poller = FeedPoller(
            store, [feed], OPTIONS, POLLING, client=client, notify=notify, clock=Clock(NOW)
        )
        for _ in range(POLLING.max_failures):
            await poller.poll(feed)
        assert await poller.enable(shown) is True  # the URL as the admin was told it
        state = await store.feed_state(wrong)
    assert notes == [
        f"Feed Paid wire ({shown}) disabled after 3 consecutive failures: {shown}: HTTP 401."
        " It stays disabled until it is re-enabled."
    ]
    assert (state.url, state.failures, state.disabled_at) == (shown, 0, None)
    # httpx's own request lines are redacted by the command line's log handler (tested above);
    # every line of tg-archiver's own loggers is redacted where it is written. (werkzeug's
    # lines are the test server's, which sees the real URL.)
    others = ("httpx", "httpcore", "werkzeug")
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith(others)]
    assert f"feed={shown} failures=1 error={shown}: HTTP 401" in ours
    assert_no_secret("\n".join(ours), archive_bytes(db), repr(feed))
    assert_no_secret(repr(Config(feeds=(feed,))))


async def _old_archive(db: Path, url: str, other: str) -> None:
    """An archive as versions before 0007 left it: feed URLs stored with their secrets."""
    old = SourceRef(kind="feed", key=url, title="Paid wire", url=url.split("/feed")[0] + "/")
    again = SourceRef(kind="feed", key=other, title="Paid wire")
    host = url.split("?")[0].removesuffix("/feed")
    async with await Store.open(db) as store:
        await ingest(
            store,
            make_post(
                "a-1", "Leaders met in Astana.", source=old, url=f"{host}/a/1", title="Item a-1"
            ),
            make_post(
                "a-2",
                "Ministers met in Cape Town.",
                source=old,
                url=f"{host}/a/2",
                title="Item a-2",
            ),
            make_post("b-1", "The same wire under an older password.", source=again),
        )
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "INSERT INTO feed_state (url, failures, last_error) VALUES (?, 1, ?), (?, 0, NULL)",
            (url, f"{url}: HTTP 503", other),
        )
        conn.execute("DELETE FROM schema_migrations WHERE version = 7")


def test_migration_redacts_stored_feed_urls_and_keeps_each_feed_its_posts(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    url, shown = auth_feed(httpserver)
    older = url.replace(PASSWORD, "older-" + PASSWORD)  # the same feed, an older password
    db = tmp_path / "a.db"
    asyncio.run(_old_archive(db, url, older))
    assert PASSWORD.encode() in archive_bytes(db)
    r = cli("--db", db, "stats")  # any command opens the archive, which migrates it
    assert (r.code, r.err) == (0, "")
    assert rows(db, "SELECT name FROM schema_migrations WHERE version = 7") == [
        ("0007_redact_feed_urls.sql",)
    ]
    assert_no_secret(archive_bytes(db))
    host = shown.split("?")[0].removesuffix("/feed")
    assert rows(db, "SELECT id, key, url FROM sources ORDER BY id") == [
        (1, shown, f"{host}/"),
        (2, f"{shown} (source 2)", None),
    ]
    assert rows(db, "SELECT external_id, url FROM posts ORDER BY id") == [
        ("a-1", f"{host}/a/1"),
        ("a-2", f"{host}/a/2"),
        ("b-1", None),
    ]
    assert rows(db, "SELECT url, failures, last_error FROM feed_state") == [
        (shown, 1, f"{shown}: HTTP 503")
    ]
    # The next fetch finds the feed's posts under the redacted key: nothing stored twice.
    r = cli("--db", db, "fetch", url)
    unchanged = "0 new posts, 0 edited, 2 unchanged; linked 0 exact and 0 near duplicates"
    assert (r.code, r.err, r.out) == (0, "", f"{shown}: {unchanged}, 0 forwards\n")
    assert rows(db, "SELECT count(*) FROM posts") == [(3,)]


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:pass@host/feed", "https://user:***@host/feed"),
        ("https://user:p@ss:w@host:8443/feed", "https://user:***@host:8443/feed"),
        ("https://user@host/feed", "https://user@host/feed"),  # a user name alone is kept
        ("https://host/feed?token=abc&lang=en", "https://host/feed?token=***&lang=en"),
        ("https://host/f?API-Key=k&apikey=k2&key=", "https://host/f?API-Key=***&apikey=***&key="),
        (
            "https://host/f?private_token=t#access_token=u",
            "https://host/f?private_token=***#access_token=***",
        ),
        ("https://host/f?sig=s&page=2", "https://host/f?sig=***&page=2"),
        ("https://host/@user/feed?monkey=1", "https://host/@user/feed?monkey=1"),
        ("https://user:***@host/feed?token=***", "https://user:***@host/feed?token=***"),
        ("file:///srv/feeds/a.xml", "file:///srv/feeds/a.xml"),
        ("/srv/feeds/a.xml", "/srv/feeds/a.xml"),
    ],
)
def test_redact_url_hides_passwords_and_secret_parameters_only(url, shown) -> None:
    assert redact_url(url) == shown
    assert redact_url(shown) == shown  # twice changes nothing more
    assert redact(f"GET {url}: HTTP 401 (see '{url}')") == f"GET {shown}: HTTP 401 (see '{shown}')"
