"""Hostile input, round 2: credentials in feed URLs.

A feed URL with a password (``https://user:pass@host/feed``) or a token in its query is fetched
as given, from a real loopback server that requires it, but the secret reaches no log line, no
output, no row of the archive and no export.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from conftest import OPTIONS, Clock, dump, ingest, make_post
from pytest_httpserver import HTTPServer
from record_checks import NO_REPEAT, NOW, POLLING, rows, rss
from secret_checks import archive_bytes, assert_none_of, tg
from werkzeug import Request, Response

from tg_archiver.archive.config import Config, FeedConfig
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.store import Store
from tg_archiver.bot.feeds import FeedPoller

# -- credentials in feed URLs ------------------------------------------------------------------

PASSWORD = "S3cr3t-pw-7f9d"
TOKEN = "T0k3n-c41b9e"
# A pre-signed URL's parameters, and tokens under names the first rule did not know.
SIGNED = {
    "X-Amz-Credential": "AKIAEXAMPLE7Q2",
    "X-Amz-Signature": "SIGSECRET5b1e",
    "X-Goog-Signature": "GOOGSIG0c9d3a",
    "accessToken": "CAMELSECRET4f7",
    "token": "ENCSECRET2d8a",  # named %74oken in the URL: the server reads "token"
    "jwt": "JWTSECRET9e1f",
}
SESSION = "SESSIONSECRET6a"  # a path parameter: /signed;jsessionid=...
SECRETS = (PASSWORD, TOKEN, *SIGNED.values(), SESSION)
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


def signed_feed(httpserver: HTTPServer) -> tuple[str, str]:
    """A feed that answers only with every one of :data:`SIGNED`, as a pre-signed S3 or GCS
    URL carries its signature (and a camelCase, a percent-encoded and a JWT token besides).

    Returns (the URL with them, the URL as it must be shown)."""
    path = f"/signed;jsessionid={SESSION}"

    def handler(request: Request) -> Response:
        if any(request.args.get(name) != value for name, value in SIGNED.items()):
            return Response("signature does not match", status=403)
        return Response(AUTH_RSS, content_type="application/rss+xml")

    httpserver.expect_request(path).respond_with_handler(handler)
    host = httpserver.url_for("/").removeprefix("http://").rstrip("/")
    query = (
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={X-Amz-Credential}&X-Amz-Expires=900"
        "&X-Amz-Signature={X-Amz-Signature}&X-Goog-Signature={X-Goog-Signature}"
        "&accessToken={accessToken}&%74oken={token}&jwt={jwt}&lang=en"
    )
    for name, value in SIGNED.items():
        query = query.replace(f"{{{name}}}", value)
    shown = (
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=***&X-Amz-Expires=900"
        "&X-Amz-Signature=***&X-Goog-Signature=***&accessToken=***&%74oken=***&jwt=***&lang=en"
    )
    return (
        f"http://{host}{path}?{query}",
        f"http://{host}/signed;jsessionid=***?{shown}",
    )


def assert_no_secret(*texts: str | bytes) -> None:
    assert_none_of(SECRETS, *texts)


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


def test_a_presigned_url_and_tokens_under_other_names_are_fetched_and_shown_redacted(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    url, shown = signed_feed(httpserver)
    db = tmp_path / "a.db"
    r = tg("--db", db, "-v", "fetch", url)
    assert (r.code, r.out) == (0, f"{shown}: 2 new posts, {NO_REPEAT}\n")
    assert "HTTP Request: GET " in r.err
    assert_no_secret(r.out, r.err, archive_bytes(db))
    assert rows(db, "SELECT kind, key FROM sources") == [("feed", shown)]
    for fmt in ("jsonl", "csv", "md", "html", "atom"):
        out = tmp_path / f"all.{fmt}"
        e = cli("--db", db, "export", "--format", fmt, "-o", out)
        assert e.code == 0, e.err
        assert_no_secret(e.out, e.err, out.read_bytes())
    assert shown in (tmp_path / "all.jsonl").read_text()
    # A wrong signature: the server's 403, in one line naming the URL redacted.
    wrong = tg("--db", db, "-v", "fetch", url.replace(SIGNED["jwt"], "forged"))
    assert wrong.code == 1
    assert wrong.err.splitlines()[-1] == f"tg-archiver: error: {shown}: HTTP 403"
    assert_no_secret(wrong.out, wrong.err, archive_bytes(db))
    # run --once polls it from the config, logging it redacted; nothing is stored twice.
    config = tmp_path / "c.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\n')
    polled = tg("--config", config, "--db", db, "-v", "run", "--once")
    assert polled.code == 0, polled.err
    assert f"feed={shown} status=200 new=0 edited=0 unchanged=2 took=" in polled.err
    assert_no_secret(polled.out, polled.err, archive_bytes(db))
    assert rows(db, "SELECT url FROM feed_state") == [(shown,)]
    assert rows(db, "SELECT count(*) FROM posts") == [(2,)]


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
        # Both were tracebacks from the middle of connecting (OverflowError, IDNAError).
        (
            "http://reader:{p}@127.0.0.1:99999/feed?token={t}",
            "http://reader:***@127.0.0.1:99999/feed?token=***: not a valid feed URL"
            " (Port out of range 0-65535)",
        ),
        (
            "http://reader:{p}@xn--/feed?token={t}",
            "http://reader:***@xn--/feed?token=***: not a valid feed URL (Malformed A-label,"
            " no Punycode eligible content found)",
        ),
    ],
    ids=["wrong-password", "refused", "malformed", "port-out-of-range", "bad-idna"],
)
def test_a_failing_fetch_names_the_url_redacted_in_one_line(
    tmp_path, httpserver: HTTPServer, secret_url, message
) -> None:
    auth_feed(httpserver)
    host = httpserver.url_for("/feed").removeprefix("http://")
    url = secret_url.format(p=PASSWORD, t=TOKEN, host=host)
    db = tmp_path / "a.db"
    assert tg("--db", db, "migrate").code == 0
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


async def _store_as_before_0023(where: Path | PostgresUrl, url: str, older: str) -> None:
    """Posts of a signed feed under keys as versions before SQLite's 0023 (PostgreSQL's
    0007) stored them: redacted by the narrower rule, which hid none of :data:`SIGNED`; the
    same feed under an older signature; a key 0007 gave a " (source N)" to."""
    wire = SourceRef(kind="feed", key="http://wire.example/feed?token=***", title="Wire")
    paid = SourceRef(kind="feed", key=url, title="Paid")
    async with await Store.open(where) as store:
        await ingest(
            store,
            make_post("a-1", "Leaders met in Astana.", source=paid, title="Item a-1"),
            make_post("a-2", "Ministers met in Cape Town.", source=paid, title="Item a-2"),
            make_post("b-1", "The same feed, signed earlier.", source=SourceRef("feed", older)),
            make_post("w-1", "A wire story.", source=wire),
            make_post("w-2", "Its older copy.", source=replace(wire, key=f"{wire.key} (source 4)")),
        )


def _states(url: str, older: str) -> list[tuple[str, int, str | None]]:
    """The feed states beside :func:`_store_as_before_0023`: (url, failures, last error)."""
    return [(url, 1, f"{url}: HTTP 503"), (older, 0, None)]


def test_migration_0023_redacts_what_the_narrower_rule_left_and_keeps_each_feed_its_posts(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    url, shown = signed_feed(httpserver)
    older = url.replace(SIGNED["X-Amz-Signature"], "older-" + SIGNED["X-Amz-Signature"])
    db = tmp_path / "a.db"
    asyncio.run(_store_as_before_0023(db, url, older))
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany("INSERT INTO feed_state (url, failures, last_error) VALUES (?, ?, ?)",
                         _states(url, older))  # fmt: skip
        conn.execute("DELETE FROM schema_migrations WHERE version = 23")
    assert SIGNED["accessToken"].encode() in archive_bytes(db)
    r = cli("--db", db, "stats")  # any command opens the archive, which migrates it
    assert (r.code, r.err) == (0, "")
    assert rows(db, "SELECT name FROM schema_migrations WHERE version = 23") == [
        ("0023_redact_more_feed_url_secrets.sql",)
    ]
    assert_no_secret(archive_bytes(db))
    assert rows(db, "SELECT id, key FROM sources ORDER BY id") == [
        (1, shown),
        (2, f"{shown} (source 2)"),
        (3, "http://wire.example/feed?token=***"),
        (4, "http://wire.example/feed?token=*** (source 4)"),  # as 0007 left it
    ]
    assert rows(db, "SELECT url, failures, last_error FROM feed_state") == [
        (shown, 1, f"{shown}: HTTP 503")
    ]
    # The next fetch finds the feed's posts under the redacted key: nothing stored twice.
    r = cli("--db", db, "fetch", url)
    unchanged = "0 new posts, 0 edited, 2 unchanged; linked 0 exact and 0 near duplicates"
    assert (r.code, r.err, r.out) == (0, "", f"{shown}: {unchanged}, 0 forwards\n")
    assert rows(db, "SELECT count(*) FROM posts") == [(5,)]


def test_postgresql_migration_0007_redacts_what_the_narrower_rule_left(
    cli, pg_url: str, httpserver: HTTPServer
) -> None:
    url, shown = signed_feed(httpserver)
    older = url.replace(SIGNED["X-Amz-Signature"], "older-" + SIGNED["X-Amz-Signature"])
    asyncio.run(_store_as_before_0023(PostgresUrl(pg_url), url, older))

    async def older_version() -> None:
        conn = await asyncpg.connect(pg_url)
        try:
            await conn.executemany(
                "INSERT INTO feed_state (url, failures, last_error) VALUES ($1, $2, $3)",
                _states(url, older),
            )
            await conn.execute("DELETE FROM schema_migrations WHERE version = 7")
        finally:
            await conn.close()

    asyncio.run(older_version())
    r = cli("--db", pg_url, "migrate")
    assert (r.code, r.err) == (0, "")
    assert "0007_redact_more_feed_url_secrets.sql" in r.out

    async def stored() -> tuple[list[Any], list[Any]]:
        conn = await asyncpg.connect(pg_url)
        try:
            keys = await conn.fetch("SELECT id, key FROM sources ORDER BY id")
            states = await conn.fetch("SELECT url, failures, last_error FROM feed_state")
            return [tuple(k) for k in keys], [tuple(s) for s in states]
        finally:
            await conn.close()

    keys, states = asyncio.run(stored())
    assert keys == [
        (1, shown),
        (2, f"{shown} (source 2)"),
        (3, "http://wire.example/feed?token=***"),
        (4, "http://wire.example/feed?token=*** (source 4)"),
    ]
    assert states == [(shown, 1, f"{shown}: HTTP 503")]
    r = cli("--db", pg_url, "fetch", url)
    unchanged = "0 new posts, 0 edited, 2 unchanged; linked 0 exact and 0 near duplicates"
    assert (r.code, r.err, r.out) == (0, "", f"{shown}: {unchanged}, 0 forwards\n")


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
        # A password with "/", "?" or "#" not percent-encoded (generated ones have them):
        # shown in full before.
        (
            "postgresql://arch:Xy7/Kq#9sEcReT@127.0.0.1:5433/a1",
            "postgresql://arch:***@127.0.0.1:5433/a1",
        ),
        ("postgresql://a:b?c/d@h/db?password=x", "postgresql://a:***@h/db?password=***"),
        (  # libpq's client key passphrase was printed by `stats`, `copy` and errors
            "postgresql://a@/db?host=/run&sslpassword=KeyPass&sslmode=require",
            "postgresql://a@/db?host=/run&sslpassword=***&sslmode=require",
        ),
        ("https://host:8080/@user/feed", "https://host:8080/@user/feed"),  # a port, a path
        # Pre-signed URLs: S3 and GCS (versions 4 and 2), Azure SAS, CloudFront.
        (
            "https://b.s3.amazonaws.com/f.xml?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIAEXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request"
            "&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
            "&X-Amz-Security-Token=FQoG&X-Amz-Signature=abc123",
            "https://b.s3.amazonaws.com/f.xml?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=***&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600"
            "&X-Amz-SignedHeaders=host&X-Amz-Security-Token=***&X-Amz-Signature=***",
        ),
        (
            "https://storage.googleapis.com/b/f.xml?X-Goog-Algorithm=GOOG4-RSA-SHA256"
            "&X-Goog-Credential=sa%40p.iam.gserviceaccount.com%2F20240101%2Fauto"
            "&X-Goog-Date=20240101T000000Z&X-Goog-SignedHeaders=host&X-Goog-Signature=0a1b",
            "https://storage.googleapis.com/b/f.xml?X-Goog-Algorithm=GOOG4-RSA-SHA256"
            "&X-Goog-Credential=***&X-Goog-Date=20240101T000000Z&X-Goog-SignedHeaders=host"
            "&X-Goog-Signature=***",
        ),
        (
            "https://storage.googleapis.com/b/f.xml?GoogleAccessId=sa%40p.example"
            "&Expires=1700000000&Signature=abc%3D",
            "https://storage.googleapis.com/b/f.xml?GoogleAccessId=***&Expires=1700000000"
            "&Signature=***",
        ),
        (
            "https://b.s3.amazonaws.com/f.xml?AWSAccessKeyId=AKIA&Expires=1&Signature=a%3D",
            "https://b.s3.amazonaws.com/f.xml?AWSAccessKeyId=***&Expires=1&Signature=***",
        ),
        (
            "https://a.blob.core.windows.net/c/f.xml?sv=2022-11-02&sp=r&se=2024-01-01&sig=a%3D",
            "https://a.blob.core.windows.net/c/f.xml?sv=2022-11-02&sp=r&se=2024-01-01&sig=***",
        ),
        (
            "https://d.cloudfront.net/f.xml?Expires=1&Signature=abc~&Key-Pair-Id=APKAEXAMPLE",
            "https://d.cloudfront.net/f.xml?Expires=1&Signature=***&Key-Pair-Id=***",
        ),
        # Any case and separators, percent-encoded names (as the server decodes them).
        (
            "https://host/f?accessToken=a&refreshToken=b&apiKey=c&APIKey=d&clientSecret=e"
            "&sessionId=f",
            "https://host/f?accessToken=***&refreshToken=***&apiKey=***&APIKey=***"
            "&clientSecret=***&sessionId=***",
        ),
        (
            "https://host/f?%74oken=a&%2574oken=b&TOKEN=c&Access-Token=d&x%5Fapi%5Fkey=e",
            "https://host/f?%74oken=***&%2574oken=***&TOKEN=***&Access-Token=***&x%5Fapi%5Fkey=***",
        ),
        ("https://host/f?jwt=a&page=2#id_token=b", "https://host/f?jwt=***&page=2#id_token=***"),
        # ";" read as "&" by some servers, or part of a value; a path's own parameters.
        ("https://host/f?lang=en;token=a", "https://host/f?lang=en;token=***"),
        ("https://host/f?token=a;b&lang=en", "https://host/f?token=***&lang=en"),
        (
            "https://host/feed;jsessionid=a/rss?page=2",
            "https://host/feed;jsessionid=***/rss?page=2",
        ),
        # Words that only hold "key", "auth" or "sig" are data: two feeds stay two sources.
        (
            "https://host/f?author=a&keyword=b&keywords=c&signal=d&design=e&q=token&sort=key",
            "https://host/f?author=a&keyword=b&keywords=c&signal=d&design=e&q=token&sort=key",
        ),
        ("https://user:***@host/feed?token=***", "https://user:***@host/feed?token=***"),
        ("file:///srv/feeds/a.xml", "file:///srv/feeds/a.xml"),
        ("/srv/feeds/a.xml", "/srv/feeds/a.xml"),
    ],
)
def test_redact_url_hides_passwords_and_secret_parameters_only(url, shown) -> None:
    assert redact_url(url) == shown
    assert redact_url(shown) == shown  # twice changes nothing more
    assert redact(f"GET {url}: HTTP 401 (see '{url}')") == f"GET {shown}: HTTP 401 (see '{shown}')"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000 + " http://u:pw@host/f?token=t",  # a long word before a URL
        "1a" * 500_000 + "://host/",  # scheme characters, no URL
        "http://u:" + "/" * 1_000_000,  # a password's reserved characters, no "@"
        "http://u:" + "/" * 1_000_000 + "@host@again",
        "http://host/f?a=" + ";x=1" * 200_000 + ";token=t",
        "http://host/f" + "/s;x=1" * 200_000 + ";token=t/feed",
    ],
    ids=["long-word", "scheme-run", "slashes", "two-at", "query-semicolons", "path-params"],
)
def test_redacting_a_hostile_text_takes_time_linear_in_its_length(text) -> None:
    """Log lines and errors may quote what a feed sent (an entry's id, a redirect's URL):
    each of these took minutes to hours when redacting read the text once per character."""
    started = time.monotonic()
    shown = redact(text)
    assert time.monotonic() - started < 30  # about a second, linear; hours, quadratic
    assert shown == text.replace(":pw@", ":***@").replace("token=t", "token=***")
