"""`serve`'s downloads (/export.jsonl, /export.csv) when many are asked for, when a client
takes nothing, when the server is stopped while one is sent, and when the temporary folder
has no room.

The real command runs in a subprocess on 127.0.0.1 with a temporary folder of the test's own
(``TMPDIR``), over an archive whose posts were made long enough for a download to be larger
than the sockets' buffers hold: a client that reads nothing leaves the rest unsent. Waiting is
for events (an answer's first bytes, a line on serve's stderr, the folder emptied, the process
gone), each with a generous deadline that only stops a hung test.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import resource
import selectors
import signal
import socket
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from conftest import ingest, make_post
from web_archive import SUMMITS, Served, seed, serve

from tg_archiver.archive.export_file import export_file_name
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.index_writes import WRITER_FUNCTION
from tg_archiver.web import downloads
from tg_archiver.web.server import STOP_GRACE

# Each summit post's text made this much longer: a download of them is 13.5 MB, more than the
# server's send buffer (4 MB at most: tcp_wmem) and a client's 4 KB receive buffer hold.
FILLER = 500_000
WHOLE = SUMMITS * FILLER
PATIENCE = 120  # seconds before a wait is a hung test; no assertion is on how long things take
LONG = "3600"  # --send-timeout where a client taking nothing must stay connected


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = seed(tmp_path_factory.mktemp("downloads") / "archive.db")
    with sqlite3.connect(db) as conn:
        # Past the store on purpose (the search index keeps the posts' first words, which the
        # downloads search): the guards of migration 0020 let a connection that says it keeps
        # the index write.
        conn.create_function(WRITER_FUNCTION, 0, lambda: 1)
        conn.execute(
            "UPDATE posts SET clean_stored = clean_text || ' ' || printf('%.*c', ?, 'x')"
            " WHERE clean_text LIKE 'Summit preparations%'",
            (FILLER,),
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive.db"
    copy.write_bytes(template.read_bytes())
    return copy


@pytest.fixture
def temporary(tmp_path: Path) -> Path:
    """serve's temporary folder (TMPDIR)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


@contextmanager
def taking_nothing(served: Served, path: str) -> Iterator[socket.socket]:
    """A client that asks for ``path``, reads the first bytes of the answer (its file is
    written, and being sent), then nothing more, until the block ends."""
    host, port = served.url.removeprefix("http://").rsplit(":", 1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(PATIENCE)
        sock.connect((host, int(port)))
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
        first = sock.recv(1024)
        assert first.startswith(b"HTTP/1.1 200 "), first
        yield sock
    finally:
        sock.close()


def listening(served: Served) -> bool:
    host, port = served.url.removeprefix("http://").rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=PATIENCE).close()
    except ConnectionRefusedError:
        return False
    return True


def rest_of(sock: socket.socket) -> int:
    """How many bytes the client gets when it reads again, until the connection ends."""
    got = 0
    try:
        while chunk := sock.recv(1 << 20):
            got += len(chunk)
    except ConnectionResetError:
        pass
    return got


def logged(served: Served, text: str) -> str:
    """The next line of serve's stderr holding ``text`` (lines before it are passed over)."""
    stderr = served.process.stderr
    assert stderr is not None
    deadline = time.monotonic() + PATIENCE
    with selectors.DefaultSelector() as selector:
        selector.register(stderr, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(timeout=1):
                line = stderr.readline().decode()
                if text in line:
                    return line
                if not line:
                    break
    raise AssertionError(f"serve never logged {text!r}")


def until(done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not done():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def get(served: Served, path: str) -> httpx.Response:
    return httpx.get(served.url + path, timeout=PATIENCE)


def test_a_download_past_the_bound_is_a_503_without_a_file_and_pages_go_on(
    db: Path, temporary: Path
) -> None:
    """30 clients reading nothing held 30 files (1.4 GB) for as long as they stayed."""
    env = {"TMPDIR": str(temporary)}
    with serve(db, "--downloads", "1", "--send-timeout", LONG, env=env) as s:
        with taking_nothing(s, "/export.jsonl?q=summit"):
            assert len(list(temporary.iterdir())) == 1  # its file, being sent
            busy = get(s, "/export.csv?q=summit")
            assert busy.status_code == 503
            assert busy.headers["retry-after"] == "30"
            assert "as many downloads as it takes at once" in busy.text
            assert "content-disposition" not in busy.headers
            assert len(list(temporary.iterdir())) == 1  # none written for it
            assert "download refused: 1 under way already" in logged(s, "download refused")
            page = get(s, "/?q=summit")  # the pages are answered meanwhile
            assert page.status_code == 200 and page.text.count('class="hit"') == 20
        # The client went: its file is removed and its place given back.
        until(lambda: not any(temporary.iterdir()), "the file stayed after its client went")
        whole = get(s, "/export.jsonl?q=summit")
        assert whole.status_code == 200
        assert len(whole.text.splitlines()) == SUMMITS and len(whole.content) > WHOLE
        until(lambda: not any(temporary.iterdir()), "the file stayed after it was sent")


def test_a_client_that_takes_nothing_is_cut_after_the_send_timeout(
    db: Path, temporary: Path
) -> None:
    env = {"TMPDIR": str(temporary)}
    with serve(db, "--send-timeout", "1", "--downloads", "1", env=env) as s:
        with taking_nothing(s, "/export.jsonl") as client:
            line = logged(s, "took nothing for 1 s: connection closed (--send-timeout)")
            assert line.startswith(tuple("0123456789")) and "WARNING" in line
            assert "client=127.0.0.1:" in line
            until(lambda: not any(temporary.iterdir()), "the cut download's file stayed")
            assert rest_of(client) < WHOLE  # the connection ended before the file did
        assert get(s, "/export.csv?tag=SCO").status_code == 200  # its place was given back


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_on_a_signal_while_a_client_takes_nothing(
    db: Path, temporary: Path, sig: signal.Signals
) -> None:
    """serve waited for such a client for as long as it stayed connected (60 s and more,
    through a second signal): now the responses under way have a grace, then are cut."""
    env = {"TMPDIR": str(temporary)}
    with (
        serve(db, "--send-timeout", LONG, env=env) as s,
        taking_nothing(s, "/export.jsonl"),
    ):
        s.process.send_signal(sig)
        assert s.process.wait(timeout=PATIENCE) == 0
        assert s.process.stderr is not None
        err = s.process.stderr.read().decode()
        assert f"stopping: 1 connection(s) still sending closed after {STOP_GRACE} s" in err
        assert "Traceback" not in err and "ERROR" not in err
        assert list(temporary.iterdir()) == []


def test_a_second_signal_cuts_the_connections_at_once(db: Path, temporary: Path) -> None:
    env = {"TMPDIR": str(temporary)}
    with (
        serve(db, "--send-timeout", LONG, env=env) as s,
        taking_nothing(s, "/export.jsonl"),
    ):
        s.process.send_signal(signal.SIGTERM)
        # Once serve took the first (it stops listening), a second: not one signal pending.
        until(lambda: not listening(s), "serve went on listening after SIGTERM")
        s.process.send_signal(signal.SIGTERM)
        assert s.process.wait(timeout=PATIENCE) == 0
        assert s.process.stderr is not None
        err = s.process.stderr.read().decode()
        assert "stopping: 1 connection(s) still sending closed at a second signal" in err
        assert list(temporary.iterdir()) == []


def test_a_temporary_folder_without_room_is_a_507_page_and_a_log_line(
    db: Path, temporary: Path
) -> None:
    """A bare "Internal Server Error" was the answer, and serve logged nothing."""
    with serve(db, env={"TMPDIR": str(temporary)}) as s:
        # Files of at most 1 MiB for serve from now on: the system refuses the rest of a
        # larger one (EFBIG; Python ignores SIGXFSZ), as a full file system refuses (ENOSPC).
        resource.prlimit(s.process.pid, resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
        full = get(s, "/export.jsonl?q=summit")
        assert full.status_code == 507
        assert "no room left in its temporary folder to prepare this download" in full.text
        assert "content-disposition" not in full.headers
        line = logged(s, "download refused")
        assert f"no room in the temporary folder {temporary}: File too large" in line
        assert "ERROR" in line
        assert list(temporary.iterdir()) == []
        small = get(s, "/export.jsonl?tag=SCO")  # a file that fits is sent
        assert small.status_code == 200 and "Astana" in small.text


def test_a_temporary_folder_that_cannot_be_written_is_a_503_page(db: Path, temporary: Path) -> None:
    with serve(db, env={"TMPDIR": str(temporary)}) as s:
        assert get(s, "/export.csv?tag=SCO").status_code == 200
        until(lambda: not any(temporary.iterdir()), "the file stayed after it was sent")
        temporary.rmdir()  # gone after serve started using it
        gone = get(s, "/export.csv?tag=SCO")
        assert gone.status_code == 503 and gone.headers["retry-after"] == "30"
        assert "cannot write this download to its temporary folder" in gone.text
        line = logged(s, "download refused")
        assert f"cannot write to the temporary folder {temporary}: No such file" in line


# -- in-process: the download itself ------------------------------------------------------------


async def _never() -> dict[str, object]:
    """The request's ``receive`` of a client that stays."""
    await asyncio.Event().wait()
    raise AssertionError


async def test_a_file_system_out_of_space_is_a_507_and_leaves_nothing(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """ENOSPC itself: the download's file is /dev/full, which refuses every write so."""
    await ingest(store, *(make_post(n, f"Statement {n} on the summit agenda.") for n in range(50)))
    query = parse_query("summit")
    folder = tmp_path / "tmp" / "tg-archiver-export-full"
    folder.mkdir(parents=True)
    # The file's name holds the date the download reads from the clock itself: named for today
    # alone, a download that starts after midnight UTC writes to another file, on the disk.
    today = datetime.now(UTC)
    for day in (today, today + timedelta(days=1)):
        (folder / export_file_name(query, "csv", day)).symlink_to("/dev/full")
    monkeypatch.setattr(tempfile, "mkdtemp", lambda prefix: str(folder))
    slots = downloads.Slots(1)
    with (
        caplog.at_level(logging.ERROR, logger="tg_archiver.web.downloads"),
        pytest.raises(downloads.Refused) as refused,
    ):
        await downloads.download(store, query, "csv", slots, _never)
    assert refused.value.status == 507 and refused.value.message == downloads.NO_ROOM
    assert [r.getMessage() for r in caplog.records] == [
        f"download refused: no room in the temporary folder {tempfile.gettempdir()}:"
        f" {os.strerror(errno.ENOSPC)}"
    ]
    assert not folder.exists() and slots.taken == 0


async def test_a_download_holds_its_place_until_sent_and_leaves_no_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest(store, *(make_post(n, f"Statement {n} on the summit agenda.") for n in range(50)))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))  # where the file is written
    monkeypatch.setattr(downloads, "EXPORT_LIMIT", 2_000)
    slots = downloads.Slots(1)
    with pytest.raises(downloads.Refused) as refused:
        await downloads.download(store, parse_query("summit"), "csv", slots, _never)
    assert refused.value.status == 413 and refused.value.message == downloads.TOO_BIG
    assert list(temporary.iterdir()) == [] and slots.taken == 0  # the abandoned file is gone
    sent = await downloads.download(store, parse_query('"statement 7 on"'), "jsonl", slots, _never)
    assert Path(sent.path).parent.parent == temporary
    assert Path(sent.path).stat().st_size < 2_000
    with pytest.raises(downloads.Refused) as busy:  # its place is held until it is sent
        await downloads.download(store, parse_query("summit"), "jsonl", slots, _never)
    assert busy.value.status == 503 and busy.value.headers == {"Retry-After": "30"}
    body: list[bytes] = []

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.body":
            body.append(message["body"])  # type: ignore[arg-type]

    scope = {"type": "http", "method": "GET", "headers": [], "asgi": {"spec_version": "2.4"}}
    await sent(scope, _never, send)  # what Starlette does with the answer
    assert b'"external_id": "7"' in b"".join(body)
    assert list(temporary.iterdir()) == [] and slots.taken == 0
