"""Hostile input, round 9: what a user with broken or hostile input hit, through the real CLI
into an archive that already holds two posts."""

from __future__ import annotations

import bz2
import gzip
import os
import signal
import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from conftest import dump
from hostile_reads_cli import IMPORTED_NOTHING, posts, refused, run, write_two_post_archive
from web_archive import serve

from tg_archiver.archive.importers.feed import MAX_ENTRY_CHARS, MAX_ENTRY_TITLE_CHARS, parse_feed


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_two_post_archive(tmp_path_factory.mktemp("template") / "archive.db")


# -- a feed entry's own title ------------------------------------------------------------------


def _rss(*items: str) -> str:
    return f"<rss version='2.0'><channel><title>MFA</title>{''.join(items)}</channel></rss>"


def test_a_feed_entrys_long_title_is_cut_and_kept_whole_in_its_text(db, tmp_path):
    # Bounded only by the text's 1,000,000 characters: a 900,000-character <title> was stored
    # whole and made its post's web page 1.8 MB (the title in <title> and <h1>).
    long_title = "Quayside " * 100_000
    path = tmp_path / "feed.xml"
    path.write_text(
        _rss(
            f"<item><guid>long</guid><title>{long_title}</title>"
            "<description>The body of it</description></item>",
            "<item><guid>fine</guid><title>A short headline</title>"
            "<description>Quayside news</description></item>",
        )
    )

    r = run("--db", db, "import", path)

    assert r.code == 0 and "2 new posts" in r.out, r
    assert r.err.count("\n") == 1 and r.err.endswith(
        f"WARNING tg_archiver.archive.ingest: feed {path.as_uri()}: entry 'long': its title is"
        " 899 999 characters, over the limit of 1 000: cut, the whole put at its text's start\n"
    ), r.err
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT external_id, title FROM posts WHERE id > 2"))
    assert len(stored["long"]) <= MAX_ENTRY_TITLE_CHARS and stored["long"].endswith("…")
    assert stored["fine"] == "A short headline"
    texts = {e: text for e, _, text in posts(db)}
    assert texts["long"] == long_title.strip() + "\n\nThe body of it"
    assert texts["fine"] == "Quayside news"


def test_a_long_title_that_would_push_the_text_past_its_bound_is_only_cut() -> None:
    title, body = "T" * 600_000, "B" * 600_000
    data = _rss(
        f"<item><guid>both</guid><title>{title}</title><description>{body}</description></item>"
    ).encode()

    result = parse_feed(data, url="https://e.org/rss", fetched_at=datetime(2024, 1, 2, tzinfo=UTC))

    [post] = result.posts
    assert (post.text, post.title) == (body, "T" * (MAX_ENTRY_TITLE_CHARS - 1) + "…")
    assert len(post.text) <= MAX_ENTRY_CHARS
    assert result.notes == (
        "https://e.org/rss: entry 'both': its title is 600 000 characters, over the limit of"
        " 1 000: cut, its first 999 characters kept",
    )


# -- links out of an import folder --------------------------------------------------------------

API_HASH = "0123456789abcdef0123456789abcdef"
BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_links_out_of_an_import_folder_are_skipped_with_a_warning(db, tmp_path):
    # A link planted in the inbox (a shared folder) read the config, api_hash and bot token
    # with it, into a post any member could find with /search or the web app.
    config = tmp_path / "tg-archiver.toml"
    inbox, elsewhere = tmp_path / "inbox", tmp_path / "elsewhere"
    inbox.mkdir()
    elsewhere.mkdir()
    config.write_text(
        f'[telegram]\napi_id = 12345\napi_hash = "{API_HASH}"\nbot_token = "{BOT_TOKEN}"\n'
        f'[import]\npaths = ["{inbox}"]\n'
    )
    (inbox / "dump.txt").write_text("Forwarded from MFA\nA quayside statement\n")
    (inbox / "notes.txt").symlink_to(config)
    (elsewhere / "result.json").write_text(
        '{"name":"X","type":"public_channel","id":7,"messages":[{"id":1,"type":"message",'
        '"date_unixtime":"1709280000","text":"outside"}]}'
    )
    (inbox / "export").symlink_to(elsewhere)
    (inbox / "inner.txt").symlink_to(inbox / "dump.txt")  # a link within the folder is read

    r = run("--config", config, "--db", db, "import")

    assert r.code == 0 and "imported 2 file(s): 2 new posts" in r.out, r
    skipped = [line.split("WARNING tg_archiver.archive.ingest: ")[1] for line in r.err.splitlines()]
    assert skipped == [
        f"import path={inbox / name} skipped: a link that leaves the import folder {inbox};"
        " give its target as an import path of its own"
        for name in ("export/result.json", "notes.txt")
    ]
    assert [text for _, _, text in posts(db)] == ["A quayside statement"] * 2
    stored = db.read_bytes()
    assert API_HASH.encode() not in stored and BOT_TOKEN.encode() not in stored


# -- a packed file given to import --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "packed"),
    [
        ("export.zip", "a ZIP archive"),
        ("result.json.gz", "a gzip file"),
        ("d.txt.bz2", "a bzip2 file"),
    ],
)
def test_a_packed_file_is_refused_as_what_it_is(db, tmp_path, name, packed):
    # Read as a text dump: "line 1: NUL byte at byte 6 of the line; nothing was imported".
    inner = '{"name":"X","type":"public_channel","id":7,"messages":[]}'
    path = tmp_path / name
    if name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("ChatExport/result.json", inner)
    else:
        path.write_bytes((gzip if name.endswith(".gz") else bz2).compress(inner.encode()))
    before = db.read_bytes()

    r = run("--db", db, "import", path)

    refused(
        r,
        f"{path} is {packed}, which import does not unpack: unpack it and import what it holds"
        " (a Telegram Desktop export's folder or result.json, a feed, a text dump)"
        + IMPORTED_NOTHING,
    )
    assert db.read_bytes() == before


def test_an_archive_given_to_import_is_refused_as_a_database(db, tmp_path):
    # Read as a text dump: "line 1: NUL byte at byte 16 of the line; nothing was imported".
    other = write_two_post_archive(tmp_path / "other.db")
    before = db.read_bytes()

    r = run("--db", db, "import", other)

    refused(
        r,
        f"{other} is a SQLite database (an archive?), which import does not read: to bring an"
        " archive's posts into this one, use `tg-archiver copy --from PATH` (into an empty"
        " archive)" + IMPORTED_NOTHING,
    )
    assert db.read_bytes() == before


# -- a text dump's source name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("s" * 100_000, "a source's name is at most 1 000 characters; this one is 100 000"),
        ("MFA\nnews", "a source's name is one line of text: it holds a control character"),
        ("MFA\x1b[2Jnews", "a source's name is one line of text: it holds a control character"),
    ],
)
def test_a_source_name_too_long_or_of_several_lines_is_refused(db, tmp_path, name, problem):
    # A 100,000-character --source was stored: every page listing sources showed it (the web's
    # front page 400 KB); a line break in it split the CLI's result lines.
    dump = tmp_path / "dump.txt"
    dump.write_text("Forwarded from MFA\nA quayside statement\n")
    before = db.read_bytes()

    r = run("--db", db, "import", dump, "--source", name)

    assert r.code == 2 and "Traceback" not in r.err
    assert r.err.splitlines()[-1].startswith(
        f"tg-archiver import: error: argument --source: {problem}"
    )
    assert db.read_bytes() == before


def test_a_dump_named_with_a_line_break_is_a_source_of_one_line(db, tmp_path):
    dump = tmp_path / "MFA\nnews.txt"
    dump.write_text("Forwarded from MFA\nA quayside statement\n")

    r = run("--db", db, "import", dump)

    assert r.code == 0, r
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT key, title FROM sources WHERE kind = 'import'").fetchall() == [
            ("MFA news", "MFA news")
        ]


# -- a table another program dropped --------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [("stats",), ("tags",), ("export", "-o", "out.jsonl"), ("digest", "SCO"), ("retag",)],
)
def test_an_archive_without_a_table_of_its_schema_is_one_line(db, tmp_path, command):
    # A table dropped in a sqlite3 shell (its migration still recorded) ended these in an
    # OperationalError traceback ("no such table: tags").
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE tags")
    conn.close()
    before = dump(db)

    r = run("--db", db, *(tmp_path / a if a.endswith(".jsonl") else a for a in command))

    refused(
        r,
        f"the archive {db} lacks part of what tg-archiver keeps in it (no such table: tags):"
        " another program changed it, or it is damaged; nothing was changed. Restore it from a"
        " backup",
    )
    assert dump(db) == before
    assert not (tmp_path / "out.jsonl").exists()


def test_an_import_into_an_archive_without_a_table_of_its_schema_changes_nothing(db, tmp_path):
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE tags")
    conn.close()
    before = dump(db)
    path = tmp_path / "dump.txt"
    path.write_text("Forwarded from MFA\nA quayside statement #SCO\n")

    r = run("--db", db, "import", path)

    assert r.code == 1 and r.err.count("\n") == 1, r
    assert "lacks part of what tg-archiver keeps in it (no such table: " in r.err
    assert dump(db) == before


@pytest.mark.parametrize("path", ["/", "/post/1", "/topic/SCO", "/feeds/topic/SCO.atom"])
def test_the_web_app_over_an_archive_without_a_table_says_so_without_a_traceback(
    db, tmp_path, path
):
    # Each request answered 500 and left an OperationalError traceback in serve's log. (An
    # archive without it when serve starts is refused in one line, round 10: dropped while
    # it serves.)
    with serve(db) as s:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TABLE tags")
        conn.close()
        r = httpx.get(s.url + path, timeout=60)
        s.process.send_signal(signal.SIGTERM)
        s.process.wait(timeout=60)
        assert s.process.stderr is not None
        log = s.process.stderr.read().decode()

    assert r.status_code == 503
    assert "The archive cannot be read just now; its log says why." in r.text
    assert "Traceback" not in log
    assert (
        f"ERROR tg_archiver.web.app: the archive {db} lacks part of what tg-archiver keeps in it"
        " (no such table: tags)" in log
    )


# -- an archive path that is no regular file ----------------------------------------------------


@pytest.mark.parametrize("command", [("stats",), ("search", "quay"), ("copy", "--from", "other")])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_an_archive_that_is_a_fifo_or_a_device_is_one_line(tmp_path, command, kind):
    # SQLite's "disk I/O error", and at random a second traceback: aiosqlite's thread found
    # the event loop closed ("Exception in thread Thread-1 ... RuntimeError").
    if kind == "fifo":
        path = tmp_path / "archive.db"
        os.mkfifo(path)
    else:
        path = Path("/dev/null")
    other = write_two_post_archive(tmp_path / "other.db")
    args = [other if a == "other" else a for a in command]

    r = run("--db", path, *args)

    what = "a named pipe (FIFO)" if kind == "fifo" else "a device"
    refused(r, f"the archive {path} is {what}, not a regular file; give the archive's file")
