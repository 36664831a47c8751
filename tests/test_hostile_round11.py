"""Hostile input, round 11: what users and hostile channels write that earlier rounds never
tried. Real files, the real command line in-process (``cli``), real feeds on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_hostile_round10 import X, Y, mutual_forward

from tg_archiver.archive.config import Config, load_config
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.store import Store


def config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def feeds(*urls: str) -> str:
    return "".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://news.example.org/rss", "https://news.example.org/rss"),
        ("https://news.example.org/rss", "https://news.example.org/rss/"),
        ("https://news.example.org/rss", "HTTPS://News.Example.ORG/rss"),
        ("https://news.example.org/rss", "https://news.example.org:443/rss"),
        ("http://news.example.org/rss", "https://news.example.org/rss"),
        ("http://news.example.org:80/rss?x=1", "https://news.example.org/rss?x=1#top"),
        ("https://news.example.org", "https://news.example.org/"),
    ],
)
def test_a_feed_listed_twice_however_written_is_refused_naming_both(
    tmp_path: Path, first: str, second: str
) -> None:
    with pytest.raises(InputError) as info:
        load_config(config(tmp_path, feeds("https://other.example.org/a", first, second)))
    assert str(info.value).split(": ", 1)[1] == (
        f"feeds[3].url: {second} is the same as feeds[2].url ({first}); list it once"
    )


def test_feeds_that_differ_in_query_path_port_or_user_are_two(tmp_path: Path) -> None:
    urls = (
        "https://news.example.org/rss",
        "https://news.example.org/rss?lang=ru",
        "https://news.example.org/rss/ru",
        "https://news.example.org:8443/rss",
        "https://news.example.org/RSS",  # a path's case is the server's to tell
        "https://alice:pw@news.example.org/rss",
    )
    assert len(load_config(config(tmp_path, feeds(*urls))).feeds) == len(urls)


def test_a_duplicate_feeds_secret_is_not_in_the_message(tmp_path: Path, cli) -> None:
    body = feeds(
        "https://news.example.org/rss?token=s3cr3tT0ken",
        "https://NEWS.example.org/rss/?token=s3cr3tT0ken",
    )
    r = cli("--config", config(tmp_path, body), "--db", tmp_path / "a.db", "fetch")
    assert r.code == 1
    assert "s3cr3tT0ken" not in r.err and "token=***" in r.err
    assert len(r.err.strip().splitlines()) == 1 and "list it once" in r.err
    assert not (tmp_path / "a.db").exists()  # refused before anything was made


@pytest.mark.parametrize(
    "second", ["@example_mfa", "example_mfa", "https://t.me/Example_MFA", "t.me/example_mfa/"]
)
def test_a_channel_listed_twice_however_written_is_refused(tmp_path: Path, second: str) -> None:
    body = f'[telegram]\nchannels = ["@Example_MFA", "@other", "{second}"]\n'
    with pytest.raises(InputError, match=r"telegram.channels\[3\]: .* is the same as"):
        load_config(config(tmp_path, body))


def test_channels_of_other_names_or_ids_are_kept(tmp_path: Path) -> None:
    body = '[telegram]\nchannels = ["@example_mfa", "@example_mfa_en", "1500000001"]\n'
    assert len(load_config(config(tmp_path, body)).telegram.channels) == 3


# -- an old archive whose copies are linked in a cycle -----------------------------------------

ASTANA = "Statement on the talks in Astana today #SCO"


def _forward(source: SourceRef, post_id: int, origin: SourceRef, origin_id: int) -> Post:
    """round 10's forward (tests/test_hostile_round10.py), tagged, so that digests read it."""
    return mutual_forward(source, post_id, origin, origin_id, ASTANA)


async def _old_archive_with_a_cycle(where: Path | PostgresUrl) -> None:
    """What a version before session 37 wrote for two posts that each say they are a forward
    of the other: each linked as the other's copy (migration 0027 / 0010 not yet applied)."""
    version = 27 if isinstance(where, Path) else 10
    async with await Store.open(where) as store:
        options = options_from_config(Config())
        async with store.transaction():
            posts = [_forward(X, 1, Y, 2), _forward(Y, 2, X, 1), _forward(Y, 3, X, 1)]
            await store.ingest(prepared(posts, options, "test"), now=datetime.now(UTC))
        cycle = (
            "UPDATE posts SET duplicate_of = 2, duplicate_kind = 'forward' WHERE id = 1",
            "UPDATE posts SET duplicate_of = 1, duplicate_kind = 'forward' WHERE id = 2",
            f"DELETE FROM schema_migrations WHERE version = {version}",
        )
        async with store.transaction():
            for sql in cycle:
                await store.connection.db.execute(sql)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_an_old_archive_with_copies_in_a_cycle_opens_searches_exports_and_digests(
    tmp_path: Path, cli, request: pytest.FixtureRequest, engine: str
) -> None:
    # Before: `search Astana` said "no posts match" (each post hidden as the other's copy),
    # `stats` counted 3 copies of 3 posts, and a digest had nothing to show.
    where: Path | PostgresUrl = tmp_path / "archive.db"
    if engine == "postgresql":
        where = PostgresUrl(request.getfixturevalue("pg_url"))
    asyncio.run(_old_archive_with_a_cycle(where))
    db = str(where)
    r = cli("--db", db, "search", "Astana")
    assert r.code == 0 and "t.me/channel_x/1" in r.out, r.err  # the first stored, original
    assert "t.me/channel_y/2" not in r.out  # its copies folded under it
    r = cli("--db", db, "stats")
    assert r.code == 0 and "(2 copies linked to an original)" in r.out, r.out
    r = cli("--db", db, "export", "--format", "jsonl")
    links = {
        json.loads(x)["external_id"]: json.loads(x)["duplicate_of"] for x in r.out.splitlines()
    }
    assert links == {"1": None, "2": 1, "3": 1}
    for fmt in ("md", "html", "atom", "csv"):
        assert cli("--db", db, "export", "--format", fmt).code == 0, fmt
    r = cli("--db", db, "digest", "SCO", "--since", "2024-02-01", "--until", "2024-04-01")
    assert r.code == 0 and "Astana" in r.out, r.err
    r = cli("--db", db, "explain", "2")
    assert r.code == 0 and "post 2 is a forward copy of post 1" in r.out, r.out
    r = cli("--db", db, "relink")
    assert r.code == 0, r.err
    r = cli("--db", db, "search", "Astana")
    assert r.code == 0 and r.out.count("t.me/") == 1, r.out


# -- a feed entry dated years ahead -----------------------------------------------------------

FUTURE_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Skewed</title><link>https://skew.example.org/</link>
<item><guid>a</guid><title>Pinned for ever</title><description>Dated 2099</description>
<pubDate>Thu, 01 Jan 2099 00:00:00 GMT</pubDate></item>
<item><guid>b</guid><title>Local time as UTC</title><description>Ten hours ahead</description>
<pubDate>{ten_hours}</pubDate></item>
<item><guid>c</guid><title>Edited later</title><description>An edit dated 2099</description>
<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>
<atom:updated xmlns:atom="http://www.w3.org/2005/Atom">2099-01-01T00:00:00Z</atom:updated>
</item></channel></rss>"""


def test_a_feed_entry_dated_years_ahead_is_stored_with_the_fetch_time_and_said() -> None:
    # Before: stored as 2099, it led the web app's pages and the archive's feeds for ever,
    # and no scheduled digest's window reached it.
    from email.utils import format_datetime

    from tg_archiver.archive.importers.feed import parse_feed

    fetched = datetime(2026, 12, 6, 5, 0, tzinfo=UTC)
    ten_hours = format_datetime(fetched + timedelta(hours=10), usegmt=True)
    body = FUTURE_FEED.format(ten_hours=ten_hours).encode()
    result = parse_feed(body, url="https://skew.example.org/rss", fetched_at=fetched)
    by_id = {p.external_id: p for p in result.posts}
    assert by_id["a"].published_at == fetched
    assert by_id["b"].published_at == fetched + timedelta(hours=10)  # within a day: kept
    assert by_id["c"].published_at == datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    assert by_id["c"].edited_at is None
    ahead = [n for n in result.notes if "more than a day after it was fetched" in n]
    assert len(ahead) == 2 and "entry 'a': its date 2099-01-01T00:00:00+00:00" in ahead[0]


# -- a Telegram Desktop export re-saved in another encoding -----------------------------------


def _export_json(text: str) -> str:
    message = {
        "id": 1,
        "type": "message",
        "date": "2024-03-01T10:00:00",
        "date_unixtime": "1709287200",
        "from": "Probe",
        "from_id": "channel1500000077",
        "text": text,
    }
    chat = {"name": "Probe", "type": "public_channel", "id": 1500000077, "messages": [message]}
    return json.dumps(chat, ensure_ascii=False)


@pytest.mark.parametrize(
    ("encoding", "said"),
    [
        ("utf-16", "written in UTF-16"),  # Notepad's "Unicode": a BOM, then UTF-16 LE
        ("utf-16-be", "written in UTF-16"),
        ("utf-32", "written in UTF-32"),
        ("cp1251", "bytes that are not UTF-8 near byte"),
        ("latin-1", "bytes that are not UTF-8 near byte"),
    ],
)
def test_an_export_saved_in_another_encoding_is_named_not_called_truncated(
    tmp_path: Path, cli, encoding: str, said: str
) -> None:
    # Before: "invalid JSON near byte 500 (lexical error: invalid char in json text.): the
    # file is truncated or is not a Telegram Desktop export".
    export = tmp_path / "result.json"
    text = {"cp1251": "Привет", "latin-1": "café"}.get(encoding, "Привет, café")
    export.write_bytes(_export_json(text).encode(encoding))
    db = tmp_path / "archive.db"
    r = cli("--db", db, "import", export)
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1, r.err
    assert said in r.err and "truncated" not in r.err
    assert r.err.rstrip().endswith("nothing was imported")
    assert not db.exists()


# -- a channel named with a right-to-left override --------------------------------------------

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def test_closed_ends_what_a_text_left_open_only() -> None:
    from tg_archiver.archive.bidi import closed

    assert closed("plain") == "plain"
    assert closed(f"Evil{RLO}") == f"Evil{RLO}{PDF}"
    assert closed(f"{RLO}a{PDF}b") == f"{RLO}a{PDF}b"  # closed already: as it is
    assert closed(f"{LRI}{RLO}x") == f"{LRI}{RLO}x{PDF}{PDI}"
    assert closed(f"{LRI}{RLO}x{PDI}") == f"{LRI}{RLO}x{PDI}"  # a PDI closes what is inside
    assert closed(f"{PDF}{PDI}x") == f"{PDF}{PDI}x"  # stray closers: nothing to add


EVIL = SourceRef(kind="telegram", key="1500000066", title=f"Evil{RLO}", username="evil_x")


async def _evil_archive(db: Path) -> None:
    post = Post(
        source=EVIL,
        external_id="1",
        published_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
        text=f"Statement on the #SCO summit {RLO}moc.elpmaxe",
    )
    async with await Store.open(db) as store, store.transaction():
        options = options_from_config(Config())
        await store.ingest(prepared([post], options, "test"), now=datetime.now(UTC))


def test_an_override_in_a_channel_name_ends_with_it_in_pages_exports_and_digests(
    tmp_path: Path, cli
) -> None:
    # Before: "Evil\u202e · 2024-03-01 09:00" in the web's pages, the HTML export and a
    # digest's line: the override ran on to the end of the line and showed the date, the
    # link and the next channel's name reversed.
    import httpx
    from web_archive import serve

    db = tmp_path / "archive.db"
    asyncio.run(_evil_archive(db))
    r = cli("--db", db, "export", "--format", "html")
    assert r.code == 0 and f"Evil{RLO}{PDF}" in r.out and f"Evil{RLO} " not in r.out
    r = cli("--db", db, "digest", "SCO", "--since", "2024-02-01", "--until", "2024-04-01")
    assert r.code == 0 and f"Evil{RLO}" not in r.out.replace(f"{RLO}{PDF}", ""), r.out
    r = cli("--db", db, "export", "--format", "jsonl")  # the data itself: exact
    assert json.loads(r.out)["source_title"] == f"Evil{RLO}"
    with serve(db) as s:
        for path in ("/post/1", "/", "/source/1500000066"):
            page = httpx.get(s.url + path, timeout=60).text
            assert f"Evil{RLO}{PDF}" in page, path
            assert f"{RLO}moc.elpmaxe{PDF}" in page or path != "/post/1"
