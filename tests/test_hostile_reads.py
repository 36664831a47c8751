"""Hostile input, round 2 (issue 16): dates, sizes, special files, line breaks, one bad entry.

Every case goes through the real entry point (the CLI in-process, or in a subprocess where a
regression could block the test run or where its memory is measured), into an archive that
already holds posts. Refused input: one exact error line, exit 1, the archive byte for byte
as it was. A file with one bad record: its good records are stored and the bad one is named.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import CliResult, dump, make_post, write_archive
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tg_archiver.archive.importers.feed import MAX_ENTRY_CHARS, MAX_FEED_BYTES
from tg_archiver.archive.importers.tdesktop import MAX_MESSAGE_BYTES
from tg_archiver.archive.importers.textdump import MAX_LINE_BYTES

ROOT = Path(__file__).resolve().parent.parent

# -- the archive every input is thrown at ------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(
        tmp_path_factory.mktemp("template") / "archive.db",
        make_post(1, "Astana talks on the harbour forum #SCO", day=1),
        make_post(2, "Kazan summit opens; leaders arrive #BRICS", day=2),
    )


def run(*args: object, timeout: float = 300) -> CliResult:
    """The CLI in a subprocess: a regression that blocks (a FIFO) fails instead of hanging."""
    done = subprocess.run(
        [sys.executable, "-m", "tg_archiver", *(str(a) for a in args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def refused(r: CliResult, message: str) -> None:
    """Exit 1 and exactly one line on stderr: ``tg-archiver: error: <message>``."""
    assert (r.code, r.err) == (1, f"tg-archiver: error: {message}\n"), r


def posts(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT external_id, published_at, raw_text FROM posts WHERE id > 2 ORDER BY id"
        ).fetchall()


def num(n: int) -> str:
    return f"{n:,}".replace(",", " ")


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
IMPORTED_NOTHING = "; nothing was imported"


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


# -- dates pushed out of years 1..9999 (item 2) -------------------------------------------------

RSS_DATES = """<rss version="2.0"><channel><title>MFA</title>
<item><guid>plus-14</guid><pubDate>Mon, 01 Jan 0001 00:00:00 +1400</pubDate>
<description>Year one, fourteen hours east</description></item>
<item><guid>year-1</guid><pubDate>Mon, 01 Jan 0001 14:00:00 -0300</pubDate>
<description>Year one, three hours west</description></item>
<item><guid>fine</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0300</pubDate>
<description>An ordinary statement</description></item>
</channel></rss>
"""
ATOM_DATES = """<feed xmlns="http://www.w3.org/2005/Atom"><title>MFA</title>
<entry><id>late</id><published>9999-12-31T23:59:59-12:00</published>
<summary>After the last year</summary></entry>
<entry><id>early</id><published>0001-01-01T00:00:00+05:00</published>
<summary>Before the first year</summary></entry>
<entry><id>updated-only</id><updated>2024-03-05T10:00:00Z</updated>
<summary>Only an updated date</summary></entry>
</feed>
"""


def _fetch_time_notes(err: str, uri: str, dates: dict[str, str]) -> dict[str, str]:
    """Check the note of each entry whose date was impossible; return its fetch time."""
    times: dict[str, str] = {}
    for line in err.splitlines():
        for entry, date in dates.items():
            lead = (
                f"feed {uri}: entry {entry!r}: its date {date!r} is outside years 1..9999 in UTC;"
                " stored with the fetch time, "
            )
            if lead in line:
                times[entry] = line.split(lead)[1]
    assert times.keys() == dates.keys(), err
    return times


@pytest.mark.parametrize("via", ["import", "fetch"])
def test_feed_dates_pushed_out_of_range_get_the_fetch_time_and_a_note(db, tmp_path, via):
    rss, atom = tmp_path / "rss.xml", tmp_path / "atom.xml"
    rss.write_text(RSS_DATES)
    atom.write_text(ATOM_DATES)

    started = datetime.now(UTC).replace(microsecond=0)
    r = run("--db", db, via, rss, atom)
    ended = datetime.now(UTC)

    assert r.code == 0, r
    assert "Traceback" not in r.err
    rss_times = _fetch_time_notes(
        r.err, rss.as_uri(), {"plus-14": "Mon, 01 Jan 0001 00:00:00 +1400"}
    )
    atom_times = _fetch_time_notes(
        r.err,
        atom.as_uri(),
        {"late": "9999-12-31T23:59:59-12:00", "early": "0001-01-01T00:00:00+05:00"},
    )
    stored = {external_id: when for external_id, when, _ in posts(db)}
    fetched = {e: datetime.fromisoformat(t) for e, t in {**rss_times, **atom_times}.items()}
    assert {e: stored[e] for e in fetched} == {
        e: t.strftime("%Y-%m-%dT%H:%M:%SZ") for e, t in fetched.items()
    }
    assert all(started <= t <= ended for t in fetched.values())  # this run's fetch time
    # The dates that exist are stored as they are, year 1 included (four digits, sortable).
    assert stored["year-1"] == "0001-01-01T17:00:00Z"
    assert stored["fine"] == "2024-03-05T07:00:00Z"
    assert stored["updated-only"] == "2024-03-05T10:00:00Z"
    assert len(stored) == 6


def test_a_year_one_post_is_found_and_exported(db, tmp_path):
    rss = tmp_path / "rss.xml"
    rss.write_text(RSS_DATES)
    assert run("--db", db, "import", rss).code == 0

    found = run("--db", db, "search", "--json", "three", "hours", "west")
    exported = run("--db", db, "export", "--format", "jsonl", "--since", "0001-01-01")

    assert found.code == 0 and found.err == "", found
    assert [json.loads(line)["published_at"] for line in found.out.splitlines()] == [
        "0001-01-01T17:00:00Z"
    ]
    assert exported.code == 0, exported
    first = json.loads(exported.out.splitlines()[0])
    assert (first["external_id"], first["published_at"]) == ("year-1", "0001-01-01T17:00:00Z")


TD_HEAD = '{"name":"MFA","type":"public_channel","id":1500000001,"messages":['


def _td_message(msg_id: int, text: str, **fields: str) -> str:
    return json.dumps(
        {"id": msg_id, "type": "message", "date_unixtime": "1709280000", "text": text, **fields}
    )


def test_tdesktop_date_pushed_out_of_year_one_is_refused_with_one_line(cli, db, tmp_path):
    path = tmp_path / "result.json"
    bad = json.loads(_td_message(8, "bad"))
    del bad["date_unixtime"]
    bad["date"] = "0001-01-01T00:00:00+05:00"
    content = TD_HEAD + _td_message(7, "A good post") + "," + json.dumps(bad) + "]}"
    path.write_text(content)
    before = dump(db)

    r = cli("--db", db, "import", path)
    kept = cli("--db", db, "import", "--partial", path)

    problem = (
        f'{path}: message 8 (near byte {num(len(content))}): "date" is outside years 1..9999'
        " once in UTC: '0001-01-01T00:00:00+05:00'"
    )
    refused(r, problem + IMPORTED_NOTHING)
    assert kept.code == 1 and kept.err == "", kept
    assert kept.out.splitlines()[1] == (
        f"stopped early: {problem}; kept the 1 posts read before it"
    )
    assert [(e, t) for e, _, t in posts(db)] == [("7", "A good post")]
    assert dump(db) != before


FAR = 400_000_000_000  # seconds from 1970: the year 14 645


@pytest.fixture
def far_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder whose file system holds a modification time in the year 14 645: ext4 stops
    at 2446, tmpfs does not, so /dev/shm is used where tmp_path clamps the time."""
    probe = tmp_path / "probe"
    probe.touch()
    os.utime(probe, (FAR, FAR))
    if probe.stat().st_mtime == FAR:
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir="/dev/shm") as folder:
        yield Path(folder)


def test_text_dump_with_a_modification_time_after_year_9999_gets_the_import_time(db, far_dir):
    path = far_dir / "dump.txt"
    path.write_text("Forwarded from MFA\nA statement with no date\n")
    os.utime(path, (FAR, FAR))
    assert path.stat().st_mtime == FAR

    r = run("--db", db, "import", path)

    assert (r.code, r.out.split(":")[0]) == (0, "imported 1 file(s)"), r
    lead = (
        f"text dump file={path}: its modification time ({FAR} s from 1970) is outside years"
        " 1..9999; its posts are dated with the import time, "
    )
    [note] = [line.split(lead)[1] for line in r.err.splitlines() if lead in line]
    when = datetime.fromisoformat(note).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [(w, t) for _, w, t in posts(db)] == [(when, "A statement with no date")]


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


# -- one feed entry over the size limit (or holding NUL) is skipped, the rest stored -------------


def _feed_with_one_bad_entry() -> bytes:
    huge = "x" * (MAX_ENTRY_CHARS + 1)
    return (
        "<rss version='2.0'><channel><title>MFA</title>"
        "<item><guid>urn:ok-1</guid><description>First good statement</description></item>"
        f"<item><guid>urn:huge-1</guid><description>{huge}</description></item>"
        "<item><guid>urn:nul-1</guid><description>nul &#0; here</description></item>"
        "<item><guid>urn:ok-2</guid><description>Second good statement</description></item>"
        "</channel></rss>"
    ).encode()


def _skip_notes(source: str) -> list[str]:
    return [
        f"feed {source}: entry 'urn:huge-1' skipped: its text is 1 000 001 characters, over the"
        " limit of 1 000 000",
        f"feed {source}: entry 'urn:nul-1' skipped: it contains NUL characters",
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
