"""Hostile input, round 12: what a Telegram update, a bot chat, a feed server or a user's
export can hold that earlier rounds never tried. Real telethon objects through the client's
dispatch (tests/telegram_harness.py), real feeds on 127.0.0.1, the real command line (in
process, or in a child whose memory is measured), SQLite files and a real PostgreSQL server.

Each test says what the input did before and what it does now (docs/reliability.md,
"Hostile input, round 12").
"""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
import zlib
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import NOW, OPTIONS, Clock, dump, write_archive
from tdesktop_fixtures import make_channel_export, message, patched
from telegram_harness import channel_message
from telegram_harness import update_new_channel_message as new_message
from telethon.tl import types
from test_alerts import World, fake  # noqa: F401  (``fake``: the alerts' client fixture)
from test_hostile_input import _bot_command
from test_live_burst import MFA, arrive_together, following

from tg_archiver.archive.config import load_config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.feed import parse_feed
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.archive.store.alerts import alert_store
from tg_archiver.bot.convert import hashtags, text_of

# -- Telegram entities whose UTF-16 bounds are not on the text's characters --------------------

LINK = "https://example.org/read"


def _link(offset: int, length: int) -> types.MessageEntityTextUrl:
    return types.MessageEntityTextUrl(offset=offset, length=length, url=LINK)


def _tag(offset: int, length: int) -> types.MessageEntityHashtag:
    return types.MessageEntityHashtag(offset=offset, length=length)


# (text, entities, the text stored, the tags stored). "😀" is two UTF-16 units: an entity at
# offset 1 starts between its halves.
ENTITIES = {
    10: ("😀#SCO summit", [_tag(1, 4)], "😀#SCO summit", ()),
    11: ("😀 read more", [_link(1, 5)], "😀 read more", ()),
    12: ("Talks 😀 end", [_link(0, 7)], "Talks 😀 end", ()),  # its end inside the pair
    13: ("Read in full #BRICS", [_link(-8, 4), _tag(-6, 6)], "Read in full #BRICS", ()),
    14: ("Read more", [_link(5, -9), _link(5, 400), _tag(0, 0)], "Read more", ()),
    # Beside them, entities on whole characters keep working, an emoji before them included.
    15: ("😀 Read more #SCO", [_link(3, 9), _tag(13, 4)], f"😀 Read more ({LINK}) #SCO", ("SCO",)),
}


async def test_entities_off_the_texts_characters_cost_no_post_and_invent_no_link(
    store: Store,
) -> None:
    # Before: an entity bound between an emoji's two UTF-16 halves raised UnicodeDecodeError
    # in the live handler (telethon logged it; the post was never stored, nor the others
    # handled with it), and a negative offset counted from the text's end, so a link's
    # address was written after words it was never on ("mor (https://...)e").
    tg = await following(store)
    updates = [
        new_message(channel_message(i, MFA, text, entities=list(entities)))
        for i, (text, entities, _, _) in ENTITIES.items()
    ]
    await arrive_together(tg, *updates, new_message(channel_message(16, MFA, "A plain post")))

    rows = await store._read_all("SELECT external_id, raw_text FROM posts ORDER BY id")
    expected = {str(i): stored for i, (_, _, stored, _) in ENTITIES.items()}
    assert {str(i): t for i, t in rows} == {**expected, "16": "A plain post"}
    tagged = await store._read_all(
        "SELECT p.external_id, t.name FROM post_tags pt JOIN posts p ON p.id = pt.post_id"
        " JOIN tags t ON t.id = pt.tag_id WHERE pt.origin = 'hashtag'"
    )
    assert sorted(tagged) == [("10", "SCO"), ("13", "BRICS"), ("15", "SCO")]  # in the text
    for text, entities, stored, tags in ENTITIES.values():  # the conversion itself
        live = types.Message(
            id=1, peer_id=types.PeerChannel(MFA.id), date=NOW, message=text, entities=entities
        )
        assert (text_of(live), hashtags(text, entities)) == (stored, tags)


# -- /alert and [[alerts]] that narrow nothing -----------------------------------------------

NARROWS_NOTHING = {
    "escape": "\x1b",
    "nul": "\x00",
    "bell-backspace": "\x07\x08",
    "since-only": "since:2020-01-01",
    "until-only": "until:2999-01-01",
}
REFUSED = (
    "an alert needs a word, a tag: or a source: to watch for; without one it would send every"
    " new post. Add one: /alert QUERY (the /search syntax), e.g. /alert ceasefire tag:BRICS"
)


@pytest.mark.parametrize("query", NARROWS_NOTHING.values(), ids=NARROWS_NOTHING.keys())
async def test_an_alert_of_control_characters_or_dates_only_is_refused(
    engine_store: Store,
    fake,  # noqa: F811
    query: str,
) -> None:
    # Before: "/alert" then ESC (or NUL, BEL, or a date alone) was saved ("This chat will get
    # each new post matching \x1b.") and every post stored after it was sent to the chat;
    # on PostgreSQL the NUL ended the command in CharacterNotInRepertoireError, no reply.
    world = World(engine_store, fake, Clock(NOW))
    await world.start()
    assert await world.command(f"/alert {query}") == REFUSED
    await world.publish(10, "Anything at all, on no subject")
    assert world.alerts_sent() == []
    assert await alert_store(engine_store).alerts() == []


async def test_an_alert_with_a_control_character_is_saved_without_it(
    engine_store: Store,
    fake,  # noqa: F811
) -> None:
    # Before, on PostgreSQL: CharacterNotInRepertoireError, no reply, no alert.
    world = World(engine_store, fake, Clock(NOW))
    await world.start()
    reply = await world.command("/alert ceasefire\x00\x1bgaza")
    assert reply == "This chat will get each new post matching ceasefire gaza."
    assert [a.query for a in await alert_store(engine_store).alerts()] == ["ceasefire  gaza"]
    await world.publish(10, "A ceasefire in Gaza holds.")
    await world.publish(11, "A ceasefire elsewhere.")
    [sent] = world.alerts_sent()
    assert sent.message.startswith("🔔 ceasefire gaza\n\nA ceasefire in Gaza holds\n")


@pytest.mark.parametrize("query", ['"since:2020-01-01"', '"until:2999-01-01"', '"\\u001b\\u0007"'])
def test_a_config_alert_that_narrows_nothing_is_one_line(tmp_path: Path, cli, query: str) -> None:
    # Before: taken, and the service sent the chat every post it stored. (An empty query and
    # a NUL were refused already: "expected a non-empty string", "holds a NUL character".)
    path = tmp_path / "c.toml"
    path.write_text(f"[[alerts]]\nchat = -1001234567890\nquery = {query}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r": alerts\[1\]\.query: an alert needs a word"):
        load_config(path)
    db = tmp_path / "archive.db"
    r = cli("--config", path, "--db", db, "stats")
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err == (
        f"tg-archiver: error: {path}: alerts[1].query: an alert needs a word, a tag: or a"
        " source: to watch for; without one it would send every new post\n"
    )
    assert not db.exists()


# -- a feed's body coded twice: a decompression bomb -------------------------------------------

GOOD_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Coded</title>'
    b"<link>https://example.org/</link><item><title>Ceasefire</title><guid>c1</guid>"
    b"<description>Talks on a ceasefire resume.</description>"
    b"<pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item></channel></rss>"
)


def _gzipped_zeros(size: int) -> bytes:
    """``size`` zero bytes gzipped, a MiB at a time."""
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    piece = bytes(1 << 20)
    return b"".join(z.compress(piece) for _ in range(size >> 20)) + z.flush()


# Runs the command given after it in a grandchild and prints the grandchild's peak resident
# memory. A child's ru_maxrss starts at the resident size of the process it was forked from
# (Linux keeps the high-water mark across fork and exec): measured directly from the test's
# child, it held the whole test session's memory (500 MB late in a full run); the grandchild
# is forked from this small process.
_PEAK_OF = """
import os, sys
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _fetch_in_a_child(db: Path, url: str) -> tuple[int, str, int]:
    """`tg-archiver fetch URL` in a child process: exit status, stderr and its peak resident
    memory in KiB (its own, whatever the test's process holds)."""
    command = ["-m", "tg_archiver", "--db", str(db), "fetch", url]
    r = subprocess.run(
        [sys.executable, "-c", _PEAK_OF, *command], capture_output=True, text=True, timeout=600
    )
    return r.returncode, r.stderr, int(r.stdout)


def test_a_feed_gzipped_twice_is_refused_at_the_bound_in_bounded_memory(
    httpserver, tmp_path: Path
) -> None:
    # 1,830 bytes on the wire, a GiB of zeros once both codings are undone. Before: httpx
    # inflated each chunk whole, so `fetch` took 2.1 GB (10 s) before "response too large";
    # a third coding would have asked for a terabyte. Now no step makes more than a MiB.
    bomb = gzip.compress(_gzipped_zeros(1 << 30), 9)
    assert len(bomb) < 4096
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip, gzip", "Content-Type": "application/rss+xml"}
    )
    db = write_archive(tmp_path / "archive.db")
    before = dump(db)
    url = httpserver.url_for("/bomb")
    code, err, peak_kib = _fetch_in_a_child(db, url)
    assert (code, err) == (1, f"tg-archiver: error: {url}: response too large (over 50 MB)\n")
    assert peak_kib < 400 * 1024, f"{peak_kib} KiB"
    assert dump(db) == before


def _raw_deflate(data: bytes) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return z.compress(data) + z.flush()


CODED = {
    "gzip": (gzip.compress(GOOD_FEED), "gzip"),
    "x-gzip": (gzip.compress(GOOD_FEED), "x-gzip"),
    "deflate-zlib": (zlib.compress(GOOD_FEED), "deflate"),
    "deflate-raw": (_raw_deflate(GOOD_FEED), "deflate"),
    "gzip-twice": (gzip.compress(gzip.compress(GOOD_FEED)), "gzip, gzip"),
    "identity": (GOOD_FEED, "identity"),
    "none": (GOOD_FEED, ""),
}


@pytest.mark.parametrize("name", sorted(CODED))
def test_a_feed_in_each_coding_asked_for_is_stored(httpserver, tmp_path: Path, cli, name) -> None:
    body, coding = CODED[name]
    httpserver.expect_request("/feed").respond_with_data(
        body, headers={"Content-Encoding": coding, "Content-Type": "application/rss+xml"}
    )
    db = tmp_path / "archive.db"
    r = cli("--db", db, "fetch", httpserver.url_for("/feed"))
    assert r.code == 0, r.err
    assert r.out.startswith(f"{httpserver.url_for('/feed')}: 1 new posts, 0 edited")
    assert httpserver.log[0][0].headers["Accept-Encoding"] == "gzip, deflate"
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT title, raw_text FROM posts").fetchall() == [
            ("Ceasefire", "Talks on a ceasefire resume.")
        ]


BAD_CODINGS = {
    "brotli": (b"\x1b\x00\x00", "br", "the body is in an encoding not asked for: 'br'"),
    "four-times": (GOOD_FEED, "gzip, gzip, gzip, gzip", "the body is encoded 4 times over"),
    "not-gzip": (
        b"plain text, not gzip",
        "gzip",
        "the body is not readable as gzip (Error -3 while decompressing data: incorrect"
        " header check)",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_CODINGS))
def test_a_feed_in_a_coding_not_asked_for_or_broken_is_one_line(
    httpserver, tmp_path: Path, cli, name
) -> None:
    body, coding, said = BAD_CODINGS[name]
    httpserver.expect_request("/feed").respond_with_data(
        body, headers={"Content-Encoding": coding, "Content-Type": "application/rss+xml"}
    )
    db = write_archive(tmp_path / "archive.db")
    before = dump(db)
    url = httpserver.url_for("/feed")
    r = cli("--db", db, "fetch", url)
    assert (r.code, r.err) == (1, f"tg-archiver: error: {url}: {said}\n")
    assert dump(db) == before


# -- a feed whose own title or link holds NUL ---------------------------------------------------


def _feed_with_nul(where: str) -> bytes:
    title = "Wire&#0;Service" if where == "title" else "Wire Service"
    link = "https://example.org/a&#0;b" if where == "link" else "https://example.org/"
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{link}</link><item><title>Ceasefire</title><guid>c1</guid>"
        "<description>Talks resume.</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize("where", ["title", "link"])
async def test_a_feed_whose_title_or_link_holds_nul_is_stored(
    engine_store: Store, where: str
) -> None:
    # Before: a NUL in the feed's <title> refused every entry of every fetch ("its source's
    # name contains a NUL character; nothing was imported"), so the poller disabled the
    # feed; one in its <link> was stored on SQLite and refused by PostgreSQL.
    url = "https://wire.example.org/rss"
    result = parse_feed(_feed_with_nul(where), url=url, fetched_at=NOW)
    report, _ = await store_posts(engine_store, result.posts, OPTIONS, now=NOW)
    assert report.added == 1
    [row] = [r async for r in engine_store.iter_posts(ExportFilter())]
    assert (row.title, row.text) == ("Ceasefire", "Talks resume.")
    source = result.posts[0].source
    if where == "title":
        assert (source.title, source.url) == ("Wire\ufffdService", "https://example.org/")
    else:
        assert (source.title, source.url) == ("Wire Service", None)


# -- tried, and found sound ----------------------------------------------------------------------


def _xxe_feed(secret: Path) -> bytes:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>\n'
        '<rss version="2.0"><channel><title>T</title><link>https://example.org/</link>'
        "<item><title>One &x; title</title><guid>1</guid><description>Body &x; here"
        "</description></item><item><title>Two</title><guid>2</guid>"
        "<description>Plain body</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize("how", ["import", "fetch"])
def test_a_feeds_external_entities_read_no_file(httpserver, tmp_path: Path, cli, how) -> None:
    # An external general and parameter entity naming a local file (XXE): neither is read.
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-7f3a\n", encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_xxe_feed(secret))
    httpserver.expect_request("/feed").respond_with_data(
        feed.read_bytes(), content_type="application/rss+xml"
    )
    db = tmp_path / "archive.db"
    where = str(feed) if how == "import" else httpserver.url_for("/feed")
    r = cli("--db", db, how, where)
    assert r.code == 0 and "SECRET" not in r.out + r.err
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT title, raw_text FROM posts ORDER BY id").fetchall()
    assert rows == [("One &x; title", "Body &x here"), ("Two", "Plain body")]
    assert b"SECRET-CONTENT" not in db.read_bytes() and not any("SECRET" in x for x in dump(db))


def _export_with(tmp_path: Path, bad: str) -> Path:
    """A channel export whose second message's id is ``bad``, as written (NaN, ...)."""
    messages = [message(1, "Good one"), patched(message(2, "Second"), id=-424242), message(3, "x")]
    text = (
        __import__("json")
        .dumps(make_channel_export(messages), ensure_ascii=False, indent=1)
        .replace("-424242", bad)
    )
    path = tmp_path / "result.json"
    path.write_text(text, encoding="utf-8")
    return path


NUMBERS = {
    "nan": ("NaN", "invalid JSON near byte"),
    "infinity": ("Infinity", "invalid JSON near byte"),
    "minus-infinity": ("-Infinity", "invalid JSON near byte"),
    "two-to-63": (str(2**63), '"id" is out of range: 9223372036854775808'),
    "two-to-64-plus": (str(2**64 + 5), '"id" is out of range: 18446744073709551621'),
    "zero": ("0", '"id" is out of range: 0'),
    "float": ("2.0", "\"id\" must be an integer, got Decimal('2.0')"),
    "true": ("true", '"id" must be an integer, got True'),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    post = Post(
        source=SourceRef(kind="telegram", key="1500000001", title="Example MFA"),
        external_id="1",
        published_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
        text="A post already archived",
    )
    return write_archive(tmp_path_factory.mktemp("round12") / "archive.db", post)


@pytest.mark.parametrize("name", sorted(NUMBERS))
def test_an_export_id_that_is_no_message_id_is_one_line(tmp_path: Path, cli, db, name) -> None:
    bad, said = NUMBERS[name]
    path = _export_with(tmp_path, bad)
    before = dump(db)
    r = cli("--db", db, "import", path)
    assert r.code == 1 and "Traceback" not in r.err and len(r.err.splitlines()) == 1
    assert r.err.startswith(f"tg-archiver: error: {path}: ") and said in r.err
    assert r.err.endswith("nothing was imported\n")
    assert dump(db) == before


# Bot commands with control characters or a whole message's worth of argument: one reply each
# giving the reason (tried; every one was already answered so).
BOT_ARGUMENTS = {
    "search-escape-sequence": (
        "/search astana\x1b[31m\x07\x08",
        "Nothing found for astana [31m.",
    ),
    "search-4000-characters": ("/search " + "x" * 4000, "Nothing found for xxxxxxxx"),
    "subscribe-escape": ("/subscribe SCO\x1b daily", "'SCO\\x1b' is not a topic: a hashtag's"),
    "subscribe-4000-characters": ("/subscribe " + "a" * 4000, "'aaaaaaaa"),
    "digest-escape": ("/digest SCO\x1b 7d", "'SCO\\x1b' is not a topic: a hashtag's name"),
    "tags-nul": ("/tags 5\x00", "How many tags? A number from 1 to 50"),
}


@pytest.mark.parametrize("name", sorted(BOT_ARGUMENTS))
async def test_a_bot_command_with_control_characters_or_a_huge_argument_gets_one_reply(
    store: Store, name: str
) -> None:
    text, said = BOT_ARGUMENTS[name]
    before = dump(store.path)
    [reply] = await _bot_command(store, text)
    assert reply.startswith(said) and len(reply) < 400, reply
    assert dump(store.path) == before


async def test_live_posts_dated_before_1970_or_edited_before_they_were_posted_are_kept(
    store: Store,
) -> None:
    # Telegram's dates are signed 32-bit unix times: 1901-12-14 to 2038 (2106 unsigned).
    tg = await following(store)
    dates = {
        10: (datetime(1960, 1, 1, tzinfo=UTC), None),
        11: (datetime(2024, 1, 1, tzinfo=UTC), datetime(1901, 12, 14, tzinfo=UTC)),
        12: (datetime(2106, 2, 7, tzinfo=UTC), None),
    }
    await arrive_together(
        tg,
        *(
            new_message(channel_message(i, MFA, f"Post {i}", date=at, edit_date=edited))
            for i, (at, edited) in dates.items()
        ),
    )
    rows = await store._read_all("SELECT external_id, published_at, edited_at FROM posts")
    assert sorted(rows) == [
        ("10", "1960-01-01T00:00:00Z", None),
        ("11", "2024-01-01T00:00:00Z", "1901-12-14T00:00:00Z"),
        ("12", "2106-02-07T00:00:00Z", None),
    ]
