"""A corpus of malformed input, and search text full of SQL and FTS5 syntax.

Every malformed input goes through the real entry point (the CLI in-process, a real loopback
HTTP server for feeds, telethon's real update dispatch for bot commands) into an archive that
already holds posts. Each must be answered with one clear error line (argparse's usage errors:
its usage text and one ``error:`` line, exit 2), never a traceback, and leave every row of the
archive as it was.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from itertools import count
from pathlib import Path
from typing import Any

import ijson
import pytest
from conftest import CliResult, dump, ingest, make_post, write_archive
from telegram_harness import (
    FakeTelegram,
    callback_query,
    dispatch,
    private_message,
    update_new_message,
    user,
)

from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.importers.tdesktop_json import MAX_DEPTH, BoundedReader
from tg_archiver.archive.store import Store
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.replies import EXPIRED

# -- the archive every input is thrown at ------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(
        tmp_path_factory.mktemp("template") / "archive.db",
        make_post(1, "Astana talks on the harbour forum #SCO", day=1),
        make_post(2, "Kazan summit opens; leaders arrive #BRICS", day=2),
        make_post(3, 'O\'Brien said: "DROP TABLE posts" is not a plan', day=3),
    )


def assert_one_clear_error(r: CliResult) -> None:
    assert r.code != 0, r.out
    assert "Traceback" not in r.err
    lines = r.err.strip().splitlines()
    if r.code == 2:  # argparse: usage, then one error line
        assert lines[-1].startswith("tg-archiver") and ": error: " in lines[-1], r.err
    else:
        assert len(lines) == 1, r.err
        assert lines[0].startswith("tg-archiver: error: "), r.err
    assert "sqlite" not in r.err.lower() and "fts5" not in r.err.lower()


# -- files: Telegram Desktop exports, text dumps, feeds ---------------------------------------

HEAD = '{"name":"MFA","type":"public_channel","id":1500000001,"messages":['
MSG = '{"id":7,"type":"message","date_unixtime":"1709280000","text":"hi"}'


def _msg(**fields: Any) -> str:
    base = {"id": 7, "type": "message", "date_unixtime": "1709280000", "text": "hi"}
    base.update(fields)
    return HEAD + json.dumps({k: v for k, v in base.items() if v is not ...}) + "]}"


FILES: dict[str, tuple[str, bytes]] = {
    # Telegram Desktop exports (result.json)
    "tdesktop-truncated": ("result.json", (HEAD + MSG)[:-20].encode()),
    "tdesktop-empty-file": ("result.json", b""),
    "tdesktop-not-json": ("result.json", b"hello, world"),
    "tdesktop-top-level-array": ("result.json", b"[1, 2, 3]"),
    "tdesktop-messages-not-a-list": ("result.json", (HEAD[:-1] + '{"a": 1}}').encode()),
    "tdesktop-chat-id-not-a-number": (
        "result.json",
        b'{"name":"X","type":"public_channel","id":"abc","messages":[]}',
    ),
    "tdesktop-missing-chat-header": ("result.json", ('{"messages":[' + MSG + "]}").encode()),
    "tdesktop-message-id-a-string": ("result.json", _msg(id="abc").encode()),
    "tdesktop-message-id-missing": ("result.json", _msg(id=...).encode()),
    "tdesktop-message-id-huge": ("result.json", _msg(id=1).replace('"id": 1', '"id": 1e400')),
    "tdesktop-text-a-number": ("result.json", _msg(text=5).encode()),
    "tdesktop-text-an-object": ("result.json", _msg(text={"a": 1}).encode()),
    "tdesktop-entity-without-text": ("result.json", _msg(text=[{"type": "bold"}]).encode()),
    # (a message whose date or edit date is missing or no date is kept, undated or without
    # its edit time: tests/test_hostile_dates.py)
    "tdesktop-non-utf8": ("result.json", HEAD.encode()[:10] + b"\xff\xfe" + HEAD.encode()[10:]),
    "tdesktop-nul-in-text": ("result.json", _msg(text="a\x00b").encode()),
    "tdesktop-lone-low-surrogate": ("result.json", _msg(text="x").replace('"x"', '"\\udc00"')),
    # yajl wrote "?" for a lone high one: stored as "bad ? text", silently.
    "tdesktop-lone-high-surrogate": (
        "result.json",
        _msg(text="x").replace('"x"', '"bad \\ud800 text"'),
    ),
    "tdesktop-full-export-bad-message": (
        "result.json",
        b'{"chats":{"list":[{"name":"X","type":"public_channel","id":1,"messages":[{"id":"1"}]}]}}',
    ),
    "tdesktop-nested-200-deep": (
        "result.json",
        _msg(text=["x"]).replace('["x"]', "[" * 200 + "]" * 200),
    ),
    "tdesktop-number-of-5000-digits": (
        "result.json",
        _msg(id=1).replace('"id": 1', '"id": ' + "9" * 5000),
    ),
    # text dumps
    "text-latin1": ("dump.txt", "café au lait\nsecond line\n".encode("latin-1")),
    "text-binary": ("dump.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "text-nul": ("dump.txt", b"first line\nsecond\x00line\n"),
    # feeds
    "feed-invalid-xml": ("feed.xml", b"<?xml version='1.0'?><rss><chan"),
    "feed-html-page": ("feed.xml", b"<!doctype html><html><body><p>not a feed</p></body></html>"),
    "feed-empty": ("feed.xml", b""),
    # (a feed entry holding NUL or a lone surrogate is skipped, not refused:
    # tests/test_hostile_reads.py)
}


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode() if isinstance(content, str) else content


@pytest.mark.parametrize("name", sorted(FILES))
def test_malformed_file_is_refused_with_one_line_and_the_archive_unchanged(cli, db, tmp_path, name):
    file_name, content = FILES[name]
    path = tmp_path / file_name
    path.write_bytes(_as_bytes(content))
    before = dump(db)

    r = cli("--db", db, "import", path)

    assert_one_clear_error(r)
    assert dump(db) == before


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"<html><body>Login required</body></html>", "text/html"),
        (b"", "application/rss+xml"),
        (b'{"items": []}', "application/json"),
    ],
    ids=["html-instead-of-feed", "empty-body", "json-instead-of-feed"],
)
def test_malformed_feed_over_http_is_refused_and_the_archive_unchanged(
    cli, db, httpserver, body, content_type
):
    httpserver.expect_request("/feed").respond_with_data(body, content_type=content_type)
    before = dump(db)

    r = cli("--db", db, "fetch", httpserver.url_for("/feed"))

    assert_one_clear_error(r)
    assert dump(db) == before


# -- config files -------------------------------------------------------------------------------

DIGEST = '[[digests]]\nname = "m"\ntopics = ["SCO"]\n'
CONFIGS: dict[str, bytes] = {
    "not-toml": b"[archive",
    "not-utf8": b'[archive]\ndatabase = "\xff.db"\n',
    "unknown-key": b'[archive]\ndatabse = "x.db"\n',
    "unknown-table": b"[archiv]\n",
    "wrong-type-interval": b'[[feeds]]\nurl = "http://127.0.0.1/a"\ninterval = "often"\n',
    "wrong-type-api-id": b'[telegram]\napi_id = "abc"\n',
    "wrong-type-topics": b'[topics]\nSCO = "#SCO"\n',
    "threshold-out-of-range": b"[dedup]\nnear_threshold = 7\n",
    "bad-cron-value": (DIGEST + 'cron = "61 * * * *"\n').encode(),
    "bad-cron-words": (DIGEST + 'cron = "every morning"\n').encode(),
    "cron-never-fires": (DIGEST + 'cron = "0 8 30 2 *"\n').encode(),
    "bad-timezone": (DIGEST + 'cron = "0 8 * * *"\ntimezone = "Mars/Olympus"\n').encode(),
    "timezone-path": (DIGEST + 'cron = "0 8 * * *"\ntimezone = "../../etc/passwd"\n').encode(),
    "digest-without-cron": DIGEST.encode(),
    "interval-overflowing-timers": b'[[feeds]]\nurl = "x.xml"\ninterval = 99999999999\n',
    "backoff-overflowing-timers": b"[polling]\nmax_backoff = 99999999999999999999\n",
    "admin-id-over-64-bits": b"[telegram]\nadmins = [99999999999999999999]\n",
    # tomllib recurses per level: these were a RecursionError traceback of 3,000 lines.
    "array-nested-500-deep": b"[cleaning]\nboilerplate = " + b"[" * 500 + b"]" * 500 + b"\n",
    "inline-tables-nested-400-deep": b"[topics]\nSCO = " + b"{a = " * 400 + b"1" + b"}" * 400,
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_malformed_config_is_refused_with_one_line_and_the_archive_unchanged(
    cli, db, tmp_path, name
):
    config = tmp_path / "tg-archiver.toml"
    config.write_bytes(CONFIGS[name])
    before = dump(db)

    r = cli("--config", config, "--db", db, "stats")

    assert_one_clear_error(r)
    assert "/tg-archiver.toml" in r.err or r.code == 2
    assert dump(db) == before


NESTED = {
    "array": "[cleaning]\nboilerplate = " + "[" * 5000 + "]" * 5000 + "\n",
    "inline-table": "[topics]\nSCO = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
}


@pytest.mark.parametrize("command", [["stats"], ["run", "--once"], ["import"], ["migrate"]])
@pytest.mark.parametrize("shape", sorted(NESTED))
def test_a_config_nested_too_deeply_is_one_line_from_any_command(db, tmp_path, shape, command):
    """Through the real command in a child process, whose stack is the one a user's has."""
    config = tmp_path / "deep.toml"
    config.write_text(NESTED[shape])
    before = dump(db)

    proc = subprocess.run(
        [sys.executable, "-m", "tg_archiver", "--config", config, "--db", db, *command],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1,
        "",
        f"tg-archiver: error: {config}: not valid TOML: nested too deeply\n",
    )
    assert dump(db) == before


# -- command-line arguments ---------------------------------------------------------------------

ARGS: dict[str, list[str]] = {
    "search-bad-since": ["search", "astana", "--since", "yesterday"],
    "search-impossible-date": ["search", "astana", "--since", "2024-02-30"],
    "search-five-digit-year": ["search", "astana", "--until", "99999-01-01"],
    "search-empty-range": ["search", "astana", "--since", "2024-03-01", "--until", "2024-02-01"],
    "search-limit-zero": ["search", "astana", "--limit", "0"],
    "search-limit-over-64-bits": ["search", "astana", "--limit", "99999999999999999999"],
    "tags-limit-over-64-bits": ["tags", "--limit", "99999999999999999999"],
    "search-empty-tag": ["search", "tag:"],
    "export-unknown-format": ["export", "--format", "xml"],
    "export-bad-month": ["export", "--since", "2024-13-01"],
    "export-into-missing-folder": ["export", "-o", "/nonexistent/dir/out.jsonl"],
    "digest-bad-since": ["digest", "SCO", "--since", "nope"],
    "digest-reversed-window": ["digest", "SCO", "--since", "2024-03-02", "--until", "2024-03-01"],
    "digest-no-topic": ["digest", ","],
    "import-unknown-format": ["import", "--format", "docx", "x"],
    "import-missing-file": ["import", "/nonexistent/result.json"],
    "fetch-unsupported-scheme": ["fetch", "ftp://127.0.0.1/feed"],
    "unknown-command": ["frobnicate"],
    "search-too-many-tags": ["search", " ".join(f"tag:t{i}" for i in range(1100))],
    "export-too-many-sources": ["export", *(a for i in range(101) for a in ("--source", f"s{i}"))],
    # A command line that is not UTF-8 reaches Python with lone surrogates (surrogateescape).
    "non-utf8-search": ["search", "astana \udcff"],
    "non-utf8-tag": ["search", "astana", "--tag", "\udce9"],
    "non-utf8-source-name": ["import", "--source", "caf\udce9", "/nonexistent/dump.txt"],
    "non-utf8-export-filter": ["export", "--source", "\udcff"],
    "non-utf8-digest-topic": ["digest", "\udcff"],
}


@pytest.mark.parametrize("name", sorted(ARGS))
def test_bad_arguments_get_one_clear_error_and_the_archive_unchanged(cli, db, name):
    before = dump(db)

    r = cli("--db", db, *ARGS[name])

    assert_one_clear_error(r)
    assert dump(db) == before


# -- bot command arguments ----------------------------------------------------------------------

ADMIN = user(1001, "Admin")
CONFIG = TelegramConfig(admins=(ADMIN.id,))
_ids = count(100)

BOT_COMMANDS: dict[str, tuple[str, str]] = {
    "search-unclosed-tag-quote": ('/search astana tag:"two words', "unclosed quote"),
    "search-only-negated": ("/search -astana", "not negated"),
    "search-or-negated": ("/search astana OR -sco", "a negated term cannot be part of OR"),
    "search-bad-since": ("/search astana since:yesterday", "bad date"),
    "export-bad-date": ("/export since:2024-02-30", "bad date"),
    "export-empty-range": ("/export since:2024-03-02 until:2024-03-01", "empty date range"),
    "subscribe-bad-day": ("/subscribe SCO weekly someday", "weekly needs a day"),
    "subscribe-bad-time": ("/subscribe SCO daily 25:00", "bad time '25:00'"),
    "subscribe-bad-timezone": (
        "/subscribe SCO daily 08:00 Mars/Olympus",
        "unknown schedule or time zone",
    ),
    "subscribe-no-topic": ("/subscribe", "name a topic"),
    "unsubscribe-two-topics": ("/unsubscribe SCO BRICS", "Name one topic"),
    "digest-unknown-window": ("/digest SCO fortnight", "Name a topic and a window"),
    "digest-too-many-words": ("/digest SCO 7d please", "Name a topic and a window"),
    # /tags 0 listed one tag, and /export csv csv searched for the word "csv", saying nothing
    "tags-zero": ("/tags 0", "How many tags? A number from 1 to 50: /tags 20"),
    "tags-negative": ("/tags -1", "How many tags? A number from 1 to 50"),
    "tags-over-fifty": ("/tags 99999999999999999999", "How many tags? A number from 1 to 50"),
    "tags-a-word": ("/tags many", "How many tags? A number from 1 to 50"),
    "export-two-formats": ("/export csv csv", "Name one format, as the last word"),
    "export-two-different-formats": ("/export md HTML", "/export tag:SCO html (the formats are"),
    "export-too-many-tags": ("/export " + " ".join(f"tag:t{i}" for i in range(600)), "too many"),
}


async def _bot_command(store: Store, text: str) -> list[str]:
    client = FakeTelegram(bot=True)
    BotCommands(store, client, CONFIG).register()
    msg = private_message(next(_ids), ADMIN, text, entities=[])
    await dispatch(client, update_new_message(msg), users=[ADMIN])  # raises a handler's error
    return [r.message for r in client.sent()]


@pytest.mark.parametrize("name", sorted(BOT_COMMANDS))
async def test_bad_bot_command_arguments_get_one_reply_and_the_archive_unchanged(store, name):
    text, expected = BOT_COMMANDS[name]
    await ingest(store, make_post(1, "Astana talks on the harbour forum #SCO"))
    before = dump(store.path)

    (reply,) = await _bot_command(store, text)

    assert expected in reply
    assert "Traceback" not in reply and "sqlite" not in reply.lower()
    assert "fts5" not in reply.lower()
    assert dump(store.path) == before
    assert await store.list_subscriptions() == []


CALLBACK_DATA = {
    "not-utf8": b"s:\xff\xfe:2",
    "huge-page": b"s:deadbeef:99999999999999999999",
    "negative-page": b"s:deadbeef:-1",
    "too-many-parts": b"s:a:b:c:d",
    "empty-token": b"s::2",
    "sql-token": b"s:'; DROP TABLE posts;--:2",
    "just-prefix": b"s:",
}


@pytest.mark.parametrize("name", sorted(CALLBACK_DATA))
async def test_forged_button_data_gets_an_answer_and_changes_nothing(store, name):
    await ingest(store, make_post(1, "Astana talks on the harbour forum #SCO"))
    before = dump(store.path)
    client = FakeTelegram(bot=True)
    BotCommands(store, client, CONFIG).register()

    update = callback_query(ADMIN, CALLBACK_DATA[name], msg_id=5001)
    await dispatch(client, update, users=[ADMIN])  # raises a handler's error

    (answer,) = client.callback_answers()  # the button stops spinning
    assert answer.message in (None, EXPIRED)  # silent, or "search again"
    assert client.edits() == []
    assert dump(store.path) == before


# -- search text is never SQL -------------------------------------------------------------------

HOSTILE_SEARCHES = [
    "'",
    '"',
    "'; DROP TABLE posts;--",
    '"; DROP TABLE posts;--',
    "astana'); DELETE FROM posts; --",
    "NEAR(astana harbour)",
    "NEAR(astana harbour, 2)",
    "astana NEAR/2 harbour",
    "*",
    "astana*",
    "*astana",
    "^astana",
    "text:astana",
    "clean_text:astana",
    "title:astana",
    "posts_fts:astana",
    "{title clean_text}:astana",
    "(astana",
    "astana)",
    "((astana OR",
    '"astana',
    'astana"',
    'O"Brien',
    "O'Brien",
    "astana AND",
    "AND astana",
    "NOT astana",
    "astana NOT harbour",
    "OR",
    "-",
    "--",
    "+astana",
    "astana\x00harbour",
    "astana \udcff",  # a non-UTF-8 command line, decoded with surrogateescape
    "rank:1",
    "rowid:1",
    "%",
    "_",
    "\\",
]


def test_cli_search_treats_sql_and_fts5_syntax_as_text(cli, db):
    """One archive, every hostile search (one test, so 39 searches cost one archive copy)."""
    before = dump(db)

    for text in HOSTILE_SEARCHES:
        for extra in ([], ["--json"], ["--rank"]):
            r = cli("--db", db, "search", *extra, text)
            if r.code != 0:
                assert_one_clear_error(r)
            assert "sqlite" not in r.err.lower() and "fts5" not in r.err.lower(), text

    assert dump(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (3,)


# Telegram's strings reach the bot decoded with errors="replace" (telethon's tgread_string):
# a lone surrogate arrives as U+FFFD.
BOT_SEARCHES = [text.replace("\udcff", "\ufffd") for text in HOSTILE_SEARCHES]


async def test_bot_search_treats_sql_and_fts5_syntax_as_text(store):
    await ingest(store, make_post(1, "Astana talks on the harbour forum #SCO"))
    before = dump(store.path)
    client = FakeTelegram(bot=True)
    BotCommands(store, client, CONFIG, rate_limit=len(BOT_SEARCHES)).register()

    for text in BOT_SEARCHES:
        msg = private_message(next(_ids), ADMIN, f"/search {text}", entities=[])
        await dispatch(client, update_new_message(msg), users=[ADMIN])

    replies = [r.message for r in client.sent()]
    assert len(replies) == len(BOT_SEARCHES)
    for text, reply in zip(BOT_SEARCHES, replies, strict=True):
        assert "sqlite" not in reply.lower() and "fts5" not in reply.lower(), (text, reply)
    assert dump(store.path) == before


def test_search_finds_a_post_whose_text_holds_sql(cli, db):
    r = cli("--db", db, "search", '"DROP TABLE posts"')

    assert r.code == 0 and "O'Brien said" in r.out


def test_a_file_name_that_is_not_utf8_is_imported_and_remembered(cli, tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    name = "caf\udce9.txt"  # the bytes b"caf\xe9.txt" on disk, as Python sees them
    (folder / name).write_text("Astana talks on the harbour forum #SCO\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'[archive]\ndatabase = "a.db"\n[import]\npaths = ["{folder}"]\n')

    direct = cli("--db", tmp_path / "b.db", "import", folder / name)
    first = cli("--config", config, "run", "--once")
    second = cli("--config", config, "run", "--once")

    assert direct.code == 0 and "1 new posts" in direct.out, direct.err
    assert first.code == 0 and second.code == 0 and "Traceback" not in first.err + second.err
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT key FROM sources").fetchall() == [("caf\ufffd",)]
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (1,)
        (path,) = conn.execute("SELECT path FROM imported_files").fetchone()
    assert path.endswith("caf\\xe9.txt")


def test_brackets_quotes_and_backslashes_inside_strings_are_text_not_nesting(cli, db, tmp_path):
    """The importer's guard against deep nesting skips strings, across every chunk boundary."""
    texts = ["[" * 300_000, '\\"{' * 100_000, "\\" * 300_001 + "]"]
    messages = [
        {"id": n, "type": "message", "date_unixtime": "1709280000", "text": text}
        for n, text in enumerate(texts, start=1)
    ]
    export = {"name": "MFA", "type": "public_channel", "id": 1500000009, "messages": messages}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")

    r = cli("--db", db, "import", path)

    assert r.code == 0 and "3 new posts" in r.out, r.err
    with sqlite3.connect(db) as conn:
        stored = [t for (t,) in conn.execute("SELECT raw_text FROM posts")]
    assert set(texts) <= set(stored)


def test_the_nesting_guard_is_exact_at_every_chunk_boundary():
    """Chunks split anywhere, inside an escape too: strings never count, real nesting does."""
    doc = json.dumps({"t": '\\"[{' * 3 + "\\" * 3 + "}", "n": [[{"x": "]"}]]}).encode()
    deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    for size in range(1, len(doc) + 1):
        reader = BoundedReader(io.BytesIO(doc))
        while reader.read(size):
            pass
        assert (reader._depth, reader._in_string, reader._escaped) == (0, False, False), size
        with pytest.raises(ijson.JSONError, match="nested deeper"):
            reader = BoundedReader(io.BytesIO(deep))
            while reader.read(size):
                pass


def test_a_billion_laughs_feed_expands_nothing(cli, db, tmp_path):
    entities = "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )  # &a9; would be 10**9 "lol"s
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a0 "lol">{entities}]>'
        '<rss version="2.0"><channel><title>T</title>'
        "<item><guid>1</guid><title>&a9;</title><description>x</description></item>"
        "</channel></rss>"
    )

    r = cli("--db", db, "import", feed)

    assert "Traceback" not in r.err
    with sqlite3.connect(db) as conn:
        longest = conn.execute(
            "SELECT max(length(raw_text) + coalesce(length(title), 0)) FROM posts"
        ).fetchone()
    assert longest[0] < 1000


def test_post_text_cannot_drive_the_readers_terminal(cli, tmp_path):
    # A post's escape sequences (recolour, retitle the window, clear the screen), bell, DEL
    # and a right-to-left override reached the terminal raw from `search`, `digest` and `tags`.
    # The source's name too: an export's chat name (`import --source` refuses a control
    # character: tests/test_hostile_round9.py).
    export = tmp_path / "result.json"
    text = "Ceasefire \x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x7f \u202eevil #Tag\x1b[2J"
    message = {"id": 1, "type": "message", "date_unixtime": "1709280000", "text": text}
    chat = {"name": "Wire\x1b[5m", "type": "public_channel", "id": 1500000009}
    export.write_text(json.dumps({**chat, "messages": [message]}), encoding="utf-8")
    db = tmp_path / "a.db"
    assert cli("--db", db, "import", export).code == 0
    shown = [
        cli("--db", db, "search", "ceasefire").out,
        cli(
            "--db",
            db,
            "digest",
            "Tag",
            "--undated",
            "--since",
            "2000-01-01",
            "--until",
            "2100-01-01",
        ).out,
        cli("--db", db, "stats").out,
        cli("--db", db, "tags").out,
    ]
    for out in shown:
        assert not any(c in out for c in "\x1b\x07\x7f\u202e"), out
    assert "**Ceasefire** \\x1b[31mred\\x1b[0m \\x1b]0;pwned\\x07 \\x7f \\u202eevil" in shown[0]
    assert "\\x1b[31mred" in shown[1]
    assert "Wire\\x1b[5m" in shown[0]


NUL_KEYS = {
    "telegram.session": '[telegram]\napi_id = 1\napi_hash = "h"\nsession = "s\\u0000"\n',
    "archive.database": '[archive]\ndatabase = "a\\u0000b.db"\n',
    "import.paths[2]": '[import]\npaths = ["inbox", "in\\u0000box"]\n',
    "media.folder": '[media]\nfolder = "m\\u0000"\n',
    "topics.SCO[2]": '[topics]\nSCO = ["#SCO", "x\\u0000"]\n',
}


@pytest.mark.parametrize("key", sorted(NUL_KEYS))
def test_a_nul_character_in_the_config_is_one_line_naming_its_key(cli, db, tmp_path, key):
    """TOML writes a NUL as \\u0000, and no path can hold one: `login` with such a session
    ended in a ValueError traceback, and the terminal showed the NUL of another path as a
    space ("no archive at …/a b.db")."""
    config = tmp_path / "nul.toml"
    config.write_text(NUL_KEYS[key])
    before = dump(db)

    r = cli("--config", config, "--db", db, "login" if key.startswith("telegram") else "stats")

    assert (r.code, r.out) == (1, "")
    assert r.err == (
        f"tg-archiver: error: {config}: {key}: holds a NUL character (\\u0000), which no path,"
        " name or text can hold\n"
    )
    assert dump(db) == before
