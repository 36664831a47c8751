"""Hostile input, round 2 (issue 16): dates, sizes, special files, line breaks, one bad entry.

Every case goes through the real entry point (the CLI in-process, or in a subprocess where a
regression could block the test run or where its memory is measured), into an archive that
already holds posts. Refused input: one exact error line, exit 1, the archive byte for byte
as it was. A file with one bad record: its good records are stored and the bad one is named.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import dump
from hostile_reads_cli import (
    IMPORTED_NOTHING,
    ROOT,
    num,
    posts,
    refused,
    run,
    write_two_post_archive,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tg_archiver.archive.importers.feed import MAX_ENTRY_CHARS, MAX_FEED_BYTES
from tg_archiver.archive.importers.tdesktop import MAX_MESSAGE_BYTES
from tg_archiver.archive.importers.textdump import MAX_LINE_BYTES

# -- the archive every input is thrown at ------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_two_post_archive(tmp_path_factory.mktemp("template") / "archive.db")


# -- special files: FIFO, device, socket, a symlink to one (item 7) ----------------------------


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def _link(tmp_path: Path, name: str, target: Path) -> Path:
    path = tmp_path / name
    path.symlink_to(target)
    return path


DEV_ZERO = Path("/dev/zero")


@pytest.mark.parametrize(
    "case",
    [
        "import-fifo-result-json",
        "import-fifo-feed-xml",
        "import-fifo-text-forced",
        "import-dev-zero-as-text",
        "import-txt-symlink-to-dev-zero",
        "import-json-symlink-to-fifo",
        "import-export-folder-whose-result-json-is-a-fifo",
        "import-socket",
        "fetch-dev-zero",
        "fetch-file-url-dev-zero",
        "fetch-fifo",
        "config-dev-zero",
        "config-fifo",
        "config-symlink-to-dev-zero",
    ],
)
def test_special_file_is_refused_with_one_line_without_blocking(db, tmp_path, case):
    pipe = "a named pipe (FIFO)"
    if case == "import-fifo-result-json":
        path = _fifo(tmp_path, "result.json")
        args, what, tail = ["import", path], pipe, IMPORTED_NOTHING
    elif case == "import-fifo-feed-xml":
        path = _fifo(tmp_path, "feed.xml")
        args, what, tail = ["import", path], pipe, IMPORTED_NOTHING
    elif case == "import-fifo-text-forced":
        path = _fifo(tmp_path, "dump")
        args, what, tail = ["import", "--format", "text", path], pipe, IMPORTED_NOTHING
    elif case == "import-dev-zero-as-text":
        path = DEV_ZERO
        args, what, tail = ["import", "--format", "text", path], "a device", IMPORTED_NOTHING
    elif case == "import-txt-symlink-to-dev-zero":
        path = _link(tmp_path, "dump.txt", DEV_ZERO)
        args, what, tail = ["import", path], "a device", IMPORTED_NOTHING
    elif case == "import-json-symlink-to-fifo":
        path = _link(tmp_path, "result.json", _fifo(tmp_path, "pipe"))
        args, what, tail = ["import", path], pipe, IMPORTED_NOTHING
    elif case == "import-export-folder-whose-result-json-is-a-fifo":
        folder = tmp_path / "ChatExport_2024-03-12"
        folder.mkdir()
        path = _fifo(folder, "result.json")
        args, what, tail = ["import", folder], pipe, IMPORTED_NOTHING
    elif case == "import-socket":
        path = tmp_path / "dump.txt"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        args, what, tail = ["import", path], "a socket", IMPORTED_NOTHING
    elif case == "fetch-dev-zero":
        path = DEV_ZERO
        args, what, tail = ["fetch", path], "a device", ""
    elif case == "fetch-file-url-dev-zero":
        path = DEV_ZERO
        args, what, tail = ["fetch", "file:///dev/zero"], "a device", ""
    elif case == "fetch-fifo":
        path = _fifo(tmp_path, "feed.xml")
        args, what, tail = ["fetch", path], pipe, ""
    elif case == "config-dev-zero":
        path = DEV_ZERO
        args, what, tail = ["--config", path, "stats"], "a device", ""
    elif case == "config-fifo":
        path = _fifo(tmp_path, "tg-archiver.toml")
        args, what, tail = ["--config", path, "stats"], pipe, ""
    else:
        path = _link(tmp_path, "tg-archiver.toml", DEV_ZERO)
        args, what, tail = ["--config", path, "stats"], "a device", ""
    before = dump(db)

    r = run("--db", db, *args, timeout=60)

    refused(r, f"{path}: cannot read: it is {what}, not a regular file{tail}")
    assert r.out == ""
    assert dump(db) == before


# -- size bounds (item 5) -----------------------------------------------------------------------


def test_text_dump_line_without_a_break_is_refused_at_the_line_bound(cli, db, tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Forwarded from MFA\n" + b"a" * (MAX_LINE_BYTES + 1))
    before = dump(db)

    r = cli("--db", db, "import", path)

    refused(
        r,
        f"{path}: line 2 is longer than 4 000 004 bytes without a line break, more than a post"
        f" within the limit of 1 000 000 characters can hold{IMPORTED_NOTHING}",
    )
    assert dump(db) == before


# Runs in a subprocess so that its peak memory is its own: a reader given 2 GiB of bytes
# from a generator (never a real file) must stop at its bound holding a few MiB.
ENDLESS_HEAD = b'{"name":"X","type":"public_channel","id":1,"messages":[{"id":1,"text":"'
_ENDLESS = f"""
HEAD = {ENDLESS_HEAD!r}
import sys
from tg_archiver.archive.errors import InputError

class Endless:
    '''2 GiB from a generator: a head, then one byte repeated, never a line break.'''
    def __init__(self, head, byte):
        self.left = 2 << 30
        self.head = head
        self.byte = byte
    def read(self, size=-1):
        size = 65536 if size < 0 else size
        if self.head:
            out, self.head = self.head[:size], self.head[size:]
        else:
            out = self.byte * min(size, self.left)
        self.left -= len(out)
        return out
    def close(self):
        pass

kind = sys.argv[1]
try:
    if kind == "text":
        from tg_archiver.archive.importers.textdump import _lines, _split
        lines = _lines(Endless(b"Forwarded from X\\n", b"a"), "endless.txt")
        for _ in _split(lines, "endless.txt"):
            pass
    else:
        import ijson
        from tg_archiver.archive.importers.tdesktop_json import (
            backend, json_error, BoundedReader, PARSE_ERRORS
        )
        head = HEAD
        reader = BoundedReader(Endless(head, b"x"), message_depth=3)
        try:
            for _ in backend.items(reader, "messages.item", buf_size=256 * 1024):
                pass
        except PARSE_ERRORS as e:
            raise json_error("endless.json", reader, e) from None
except InputError as e:
    print(e)
# VmHWM, the peak of this program's own memory: ru_maxrss would count the pytest process
# this one was forked from, as Linux keeps it across exec.
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024)
"""


def _first_chunk_end_past_the_bound() -> int:
    """The head comes as one read, then the parser takes 256 KiB a read; the bound is seen at
    the end of the first read that takes the message past :data:`MAX_MESSAGE_BYTES`."""
    start, chunk = ENDLESS_HEAD.index(b'{"id"'), 256 * 1024
    past = start + MAX_MESSAGE_BYTES + 1 - len(ENDLESS_HEAD)
    return len(ENDLESS_HEAD) + -(-past // chunk) * chunk


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            "text",
            "endless.txt: line 2 is longer than 4 000 004 bytes without a line break, more than"
            " a post within the limit of 1 000 000 characters can hold",
        ),
        (
            "tdesktop",
            f"endless.json: near byte {num(_first_chunk_end_past_the_bound())}: a message"
            " longer than the limit of 32 MiB",
        ),
    ],
)
def test_two_gib_from_a_generator_stop_at_the_record_bound_in_bounded_memory(kind, message):
    done = subprocess.run(
        [sys.executable, "-c", _ENDLESS, kind],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    error, peak_mib = done.stdout.splitlines()
    assert error == message
    # Python and the libraries take about 40 MiB; the reader holds at most one record.
    assert int(peak_mib) < 200, peak_mib


def test_tdesktop_message_over_the_byte_bound_is_refused_and_the_archive_unchanged(
    cli, db, tmp_path
):
    head = '{"name":"MFA","type":"public_channel","id":1500000001,"messages":['
    text = "x" * (MAX_MESSAGE_BYTES + 512 * 1024)  # still open at the end of the chunk past it
    path = tmp_path / "result.json"
    path.write_text(
        head + '{"id":7,"type":"message","date_unixtime":"1709280000","text":"' + text + '"}]}'
    )
    before = dump(db)

    r = cli("--db", db, "import", path)

    # Read in chunks of 256 KiB; the bound is seen at the end of the first chunk past it.
    chunk = 256 * 1024
    at = (len(head) + MAX_MESSAGE_BYTES) // chunk * chunk + chunk
    refused(
        r,
        f"{path}: near byte {num(at)}: a message longer than the limit of 32 MiB{IMPORTED_NOTHING}",
    )
    assert dump(db) == before


def test_feed_file_over_the_byte_bound_is_refused_and_the_archive_unchanged(cli, db, tmp_path):
    path = tmp_path / "feed.xml"
    with path.open("wb") as f:
        f.write(b"<rss version='2.0'><channel><title>T</title><description>")
        f.truncate(MAX_FEED_BYTES + 1)  # a sparse file: NUL bytes, never read past the bound
    before = dump(db)

    r = cli("--db", db, "import", path)

    refused(
        r,
        f"{path}: the file is larger than the limit of 50 MiB for a feed file" + (IMPORTED_NOTHING),
    )
    assert dump(db) == before


def test_endless_http_feed_body_is_refused_at_the_bound(cli, db, httpserver: HTTPServer):
    def endless(request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b"<rss version='2.0'><channel><title>T</title><description>"
            while True:
                yield b"x" * 65536

        return Response(body(), content_type="application/rss+xml")

    httpserver.expect_request("/feed").respond_with_handler(endless)
    url = httpserver.url_for("/feed")
    before = dump(db)

    r = cli("--db", db, "fetch", url)

    refused(r, f"{url}: response too large (over 50 MB)")
    assert dump(db) == before


def test_config_over_the_byte_bound_is_refused(cli, db, tmp_path):
    path = tmp_path / "tg-archiver.toml"
    path.write_text("# a comment line\n" * (1024 * 1024 // 17 + 1))
    before = dump(db)

    r = cli("--config", path, "--db", db, "stats")

    refused(r, f"{path}: the file is larger than the limit of 1 MiB for a config file")
    assert dump(db) == before


# -- line breaks: a lone CR (item 8, first half) -------------------------------------------------


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["cr", "crlf", "lf"])
def test_text_dump_line_breaks_of_every_kind_split_the_posts(cli, db, tmp_path, newline):
    lines = [
        "Forwarded from MFA Russia",
        "Statement on the harbour forum",
        "",
        "Second paragraph",
        "Forwarded from MFA Kazakhstan",
        "Talks in Astana",
    ]
    path = tmp_path / "dump.txt"
    path.write_bytes(newline.join(lines).encode() + newline.encode())

    r = cli("--db", db, "import", path)

    assert (r.code, r.err) == (0, ""), r
    assert [t for _, _, t in posts(db)] == [
        "Statement on the harbour forum\n\nSecond paragraph",
        "Talks in Astana",
    ]


def test_crlf_split_by_the_read_chunk_is_one_line_break(cli, db, tmp_path):
    # The reader takes 64 KiB at a time; here "\r" ends the first chunk, "\n" starts the next.
    first = "Forwarded from MFA\n" + "w" * (65536 - len("Forwarded from MFA\n") - 1)
    path = tmp_path / "dump.txt"
    path.write_bytes(first.encode() + b"\r\nnext line\r\n")

    r = cli("--db", db, "import", path)

    assert (r.code, r.err) == (0, ""), r
    assert [t for _, _, t in posts(db)] == ["w" * (65536 - 20) + "\nnext line"]


# -- one feed entry over the size limit (or holding NUL, or a lone surrogate) is skipped --------


def _feed_with_one_bad_entry() -> bytes:
    huge = "x" * (MAX_ENTRY_CHARS + 1)
    return (
        "<rss version='2.0'><channel><title>MFA</title>"
        "<item><guid>urn:ok-1</guid><description>First good statement</description></item>"
        f"<item><guid>urn:huge-1</guid><description>{huge}</description></item>"
        "<item><guid>urn:nul-1</guid><description>nul &#0; here</description></item>"
        # A lone surrogate is no character: feedparser refused the whole feed for it.
        "<item><guid>urn:surrogate-1</guid><description>half &#xD800; a pair</description></item>"
        "<item><guid>urn:surrogate-2</guid><title>&#56320;</title><description>x</description>"
        "</item>"
        "<item><guid>urn:ok-2</guid><description>Second good statement</description></item>"
        "</channel></rss>"
    ).encode()


def _skip_notes(source: str) -> list[str]:
    return [
        f"feed {source}: entry 'urn:huge-1' skipped: its text is 1 000 001 characters, over the"
        " limit of 1 000 000",
        f"feed {source}: entry 'urn:nul-1' skipped: it contains NUL characters",
        *(
            f"feed {source}: entry 'urn:surrogate-{n}' skipped: a character reference in it"
            " names a lone UTF-16 surrogate (&#xD800;-&#xDFFF;), which is not a character"
            for n in (1, 2)
        ),
    ]


def _warnings(err: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in err.splitlines() if " WARNING " in line]


def test_feed_file_import_skips_the_bad_entries_and_stores_the_rest(db, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(_feed_with_one_bad_entry())

    r = run("--db", db, "import", path)

    assert r.code == 0, r
    assert r.out.startswith("imported 1 file(s): 2 new posts"), r.out
    assert [w for w in _warnings(r.err) if "skipped" in w] == _skip_notes(path.as_uri())
    assert [(e, t) for e, _, t in posts(db)] == [
        ("urn:ok-1", "First good statement"),
        ("urn:ok-2", "Second good statement"),
    ]


def test_fetch_skips_the_bad_entries_and_stores_the_rest(db, httpserver: HTTPServer):
    httpserver.expect_request("/feed").respond_with_data(
        _feed_with_one_bad_entry(), content_type="application/rss+xml"
    )
    url = httpserver.url_for("/feed")

    r = run("--db", db, "fetch", url)

    assert r.code == 0, r
    assert r.out.startswith(f"{url}: 2 new posts"), r.out
    assert [w for w in _warnings(r.err) if "skipped" in w] == _skip_notes(url)
    assert [e for e, _, _ in posts(db)] == ["urn:ok-1", "urn:ok-2"]


def test_the_service_poller_skips_the_bad_entries_and_counts_no_failure(
    db, tmp_path, httpserver: HTTPServer
):
    httpserver.expect_request("/feed").respond_with_data(
        _feed_with_one_bad_entry(), content_type="application/rss+xml"
    )
    url = httpserver.url_for("/feed")
    config = tmp_path / "tg-archiver.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\n')

    r = run("--config", config, "--db", db, "run", "--once")

    assert r.code == 0, r
    assert [w for w in _warnings(r.err) if "skipped" in w] == _skip_notes(url)
    assert [e for e, _, _ in posts(db)] == ["urn:ok-1", "urn:ok-2"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT failures, last_error FROM feed_state").fetchall() == [(0, None)]


def test_the_service_import_scan_passes_over_special_files_and_imports_the_rest(db, tmp_path):
    folder = tmp_path / "imports"
    folder.mkdir()
    (folder / "dump.txt").write_text("Forwarded from MFA\nA statement from the folder\n")
    _fifo(folder, "pipe.txt")
    _link(folder, "zero.txt", DEV_ZERO)
    named = _fifo(tmp_path, "named.txt")
    config = tmp_path / "tg-archiver.toml"
    config.write_text(f'[import]\npaths = ["{folder}", "{named}"]\n')

    r = run("--config", config, "--db", db, "run", "--once", timeout=120)

    assert r.code == 0, r
    assert [t for _, _, t in posts(db)] == ["A statement from the folder"]
    assert f"import path={named} is not a regular file or a folder, skipped" in r.err
    assert "pipe.txt" not in r.err and "zero.txt" not in r.err  # the scan lists files only
