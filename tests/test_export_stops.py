"""An export stopped early: by Ctrl-C, or by its reader going away, on both engines.

The real command in a child process (``python -m tg_archiver``) reads a real archive: a
SQLite file, and the same posts copied by ``copy --to`` into a database of the suite's
PostgreSQL server (tests/pg_server.py). The child gets a real SIGINT, and writes into a real
pipe or FIFO whose reader reads a little and closes it (``export | head -c 10``). A hang
fails at a generous timeout instead of hanging the suite; no test asserts how fast anything
is. An export with ``--with-media`` runs on SQLite only (what it does with the files is the
same on both engines): it copies them only once it is written whole, and a copy that Ctrl-C
stops is taken back. ``write_export``'s own part (the old file kept, the temporary file
removed) is also checked in-process at the end, where the stop cannot come late.
"""

from __future__ import annotations

import hashlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest
from conftest import make_post, write_archive
from pg_server import PgServer
from search_corpus import POSTS as CORPUS
from tdesktop_fixtures import make_channel_export, message, photo
from tdesktop_fixtures import write_export as write_tdesktop_export

from tg_archiver.archive.errors import Interrupted
from tg_archiver.archive.media_files import relative_path
from tg_archiver.output import write_export

ROOT = Path(__file__).resolve().parent.parent
POSTS = 400  # about 2 MB in every format: far more than a pipe holds
FORMATS = ["md", "html", "atom", "jsonl", "csv"]
HUNG = 300  # seconds: only a child that never ends takes this long
PART_WAY = (
    "tg-archiver: interrupted; the export stopped part-way: standard output got only part of it\n"
)
# jsonl and csv are read a batch of a thousand posts at a time (the store formats the lines),
# and the stop is checked between batches: the child reads ten at a time, as it would read a
# larger archive, so a stop can come between batches.
_SMALL_BATCHES = (
    "import sys, tg_archiver.cli as c, tg_archiver.archive.store.readers as r,"
    " tg_archiver.archive.store.readers_pg as p; r._EXPORT_BATCH = p.BATCH = 10;"
    " sys.exit(c.main(sys.argv[1:]))"
)


def _issue(n: int) -> str:
    """The closing words of post ``n``: each post's own, in every format's output."""
    return f"Выпуск {n}."


def _text(n: int) -> str:
    texts = [t for _day, _channel, t in CORPUS.values()]
    return "\n\n".join(texts[(n * 7 + k) % len(texts)] for k in range(20)) + "\n\n" + _issue(n)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    posts = [make_post(n, _text(n)) for n in range(1, POSTS + 1)]
    return write_archive(tmp_path_factory.mktemp("template") / "archive.db", *posts)


@pytest.fixture(scope="module")
def pg_archive(template: Path, pg_server: PgServer) -> str:
    """The template's posts on the PostgreSQL server (the tests only read it)."""
    url = pg_server.new_database()
    done = subprocess.run(
        [sys.executable, "-m", "tg_archiver", "--db", str(template), "copy", "--to", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HUNG,
    )
    assert done.returncode == 0, done.stderr
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def archive(request: pytest.FixtureRequest, template: Path, tmp_path: Path) -> str:
    """What ``--db`` names: a copy of the template, or the PostgreSQL database."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_archive"))
    path = tmp_path / "archive.db"
    shutil.copy(template, path)
    return str(path)


def _export(
    db: str, fmt: str, *args: object, stdout: Any, code: str | None = None
) -> subprocess.Popen[str]:
    """``tg-archiver --db DB export --format FMT ARGS`` in a child process (``code``: the
    Python that runs it, for a child with a module's constant changed)."""
    argv = ["--db", db, "export", "--format", fmt, *(str(a) for a in args)]
    if code is not None:
        command = [sys.executable, "-c", code, *argv]
    elif fmt in ("jsonl", "csv"):
        command = [sys.executable, "-c", _SMALL_BATCHES, *argv]
    else:
        command = [sys.executable, "-m", "tg_archiver", *argv]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        # A shell running the suite in the background ignores SIGINT, and children inherit it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _ended(proc: subprocess.Popen[str]) -> str:
    """The child's standard error once it has ended; a child that does not end fails."""
    try:
        _out, err = proc.communicate(timeout=HUNG)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"the export did not end in {HUNG} s (it hangs)")
    return err


def _drain_slowly(pipe: IO[bytes]) -> bytes:
    """Everything left in ``pipe``, read a little at a time: the child may write only as
    fast as this reads, so it handles the signal long before it could write the archive
    out (it stops after a few posts)."""
    got = b""
    while data := pipe.read(16384):
        got += data
        time.sleep(0.02)
    return got


# -- Ctrl-C ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_stops_an_export_to_stdout_part_way(archive: str, fmt: str) -> None:
    read_end, write_end = os.pipe()
    proc = _export(archive, fmt, stdout=write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        got = b""
        while _issue(1).encode() not in got:  # the export is under way: rows are being read
            data = pipe.read(16384)
            assert data, _ended(proc)
            got += data
        proc.send_signal(signal.SIGINT)
        got += _drain_slowly(pipe)
    err = _ended(proc)
    assert (proc.returncode, err) == (130, PART_WAY)
    # Stopped after the posts already on their way, not at the end of the archive.
    text = got.decode(errors="replace")
    assert _issue(POSTS // 2) not in text and _issue(POSTS) not in text


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_ctrl_c_during_an_export_to_a_file_keeps_the_old_file_unless_it_had_finished(
    archive: str, fmt: str, tmp_path: Path
) -> None:
    """Interrupted, the old export stays and the temporary file goes (exit 130). If the
    signal came after the last post (a busy machine may start the child late), the export
    is whole and the command says it exported it (exit 0): what the user is told is always
    what is on disk."""
    out = tmp_path / f"posts.{fmt}"
    out.write_text("the old export\n")
    proc = _export(archive, fmt, "-o", out, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + HUNG
    while not list(tmp_path.glob(f".{out.name}.*.part")) and proc.poll() is None:
        assert time.monotonic() < deadline, "the export never started writing"
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    err = _ended(proc)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    if proc.returncode == 130:
        assert err == (
            "tg-archiver: interrupted; the export stopped and"
            f" {os.path.realpath(out)} was left as it was\n"
        )
        assert out.read_text() == "the old export\n"
    else:
        assert (proc.returncode, err) == (0, f"exported {POSTS} posts to {out}\n")
        assert _issue(POSTS) in out.read_text()


# -- the reader goes away ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_whose_reader_goes_away_ends_quietly(archive: str, fmt: str) -> None:
    """``export | head -c 10``: exit 0, nothing on standard error (no traceback of a
    connection closed from the wrong thread), and no hang (PostgreSQL's reading connection
    given back to the pool before the store closes it)."""
    read_end, write_end = os.pipe()
    proc = _export(archive, fmt, stdout=write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        assert pipe.read(10)
    assert (_ended(proc), proc.returncode) == ("", 0)


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_an_export_into_a_fifo_whose_reader_goes_away_ends_quietly(
    archive: str, fmt: str, tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    # Opened without waiting for a writer, so a child that fails first fails the test.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        proc = _export(archive, fmt, "-o", fifo, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + HUNG
        while not select.select([reader], [], [], 0.1)[0]:
            assert proc.poll() is None, _ended(proc)
            assert time.monotonic() < deadline, "the export never wrote into the FIFO"
        assert os.read(reader, 100)
    finally:
        os.close(reader)
    assert (_ended(proc), proc.returncode) == ("", 0)


# -- with --with-media -------------------------------------------------------------------------

PHOTOS = 40  # posts 1..40 have a photo each
PHOTO_SIZE = 128 * 1024
# The child copies --with-media's files a byte at a time: their copy lasts far longer than
# the wait for the first of them to be whole, so Ctrl-C comes while it runs.
_SLOW_COPY = (
    "import sys, tg_archiver.cli as c, tg_archiver.archive.media_export as m; m._PIECE = 1;"
    " sys.exit(c.main(sys.argv[1:]))"
)


def _photo(n: int) -> bytes:
    """Photo ``n``'s bytes, :data:`PHOTO_SIZE` of them, its own."""
    return (b"\xff\xd8\xff\xe0" + hashlib.sha256(str(n).encode()).digest() * (PHOTO_SIZE // 32))[
        :PHOTO_SIZE
    ]


@pytest.fixture(scope="module")
def media_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template's posts imported from a Telegram Desktop export, the first
    :data:`PHOTOS` with a photo each: an archive whose media folder keeps them."""
    folder = tmp_path_factory.mktemp("media-template")
    (folder / "export" / "photos").mkdir(parents=True)
    messages = []
    for n in range(1, POSTS + 1):
        media: dict[str, Any] = {}
        if n <= PHOTOS:
            (folder / "export" / "photos" / f"{n}.jpg").write_bytes(_photo(n))
            media = photo(f"photos/{n}.jpg", size=PHOTO_SIZE)
        messages.append(message(n, _text(n), **media))
    write_tdesktop_export(folder / "export" / "result.json", make_channel_export(messages))
    db = folder / "archive.db"
    done = subprocess.run(
        [sys.executable, "-m", "tg_archiver", "--db", str(db), "import", str(folder / "export")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HUNG,
    )
    assert done.returncode == 0, done.stderr
    assert f"media: {PHOTOS} file(s) kept" in done.stdout, done.stdout
    return db


@pytest.fixture
def media_archive(media_template: Path, tmp_path: Path) -> str:
    """A copy of the media template (the archive and its media folder) for one test."""
    path = tmp_path / "archive.db"
    for part in media_template.parent.glob(f"{media_template.name}*"):
        if part.is_dir():
            shutil.copytree(part, tmp_path / part.name)
        else:
            shutil.copy(part, tmp_path / part.name)
    return str(path)


def _tree(folder: Path) -> set[str]:
    """Every file and folder under ``folder``, relative to it."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("fmt", ["html", "jsonl"])
def test_ctrl_c_while_writing_an_export_with_media_copies_no_file(
    media_archive: str, fmt: str, tmp_path: Path
) -> None:
    """The files are copied once the last post is written: stopped before, none is."""
    dest = tmp_path / "bundle"
    read_end, write_end = os.pipe()
    proc = _export(media_archive, fmt, "--with-media", dest, stdout=write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        got = b""
        while _issue(1).encode() not in got:
            data = pipe.read(16384)
            assert data, _ended(proc)
            got += data
        proc.send_signal(signal.SIGINT)
        _drain_slowly(pipe)
    err = _ended(proc)
    assert (proc.returncode, err) == (
        130,
        PART_WAY.rstrip("\n") + f"; no media file was copied to {dest}\n",
    )
    assert not dest.exists()


@pytest.mark.parametrize("fmt", ["html", "jsonl"])
def test_ctrl_c_while_copying_media_takes_the_copies_back_and_keeps_the_old_file(
    media_archive: str, fmt: str, tmp_path: Path
) -> None:
    """Stopped during the copy: exit 130, the old -o file as it was, no .part, and the
    media folder given to --with-media as it was: the files this export copied there are
    removed (with the folders it made for them), those that were there before stay."""
    out = tmp_path / f"posts.{fmt}"
    out.write_text("the old export\n")
    dest = tmp_path / "bundle"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine\n")
    before = hashlib.sha256(_photo(1)).hexdigest()  # one of the export's files, there already
    (dest / relative_path(before)).parent.mkdir(parents=True)
    (dest / relative_path(before)).write_bytes(_photo(1))
    kept = _tree(dest)

    proc = _export(
        media_archive, fmt, "-o", out, "--with-media", dest, stdout=subprocess.DEVNULL,
        code=_SLOW_COPY,
    )  # fmt: skip
    deadline = time.monotonic() + HUNG
    while not [p for p in dest.rglob("*") if len(p.name) == 64 and p.name != before]:
        assert proc.poll() is None, _ended(proc)
        assert time.monotonic() < deadline, "the export never copied a file"
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    err = _ended(proc)

    assert proc.returncode == 130, err
    left = f"the export stopped and {os.path.realpath(out)} was left as it was"
    removed = (
        rf"the media file it had copied to {re.escape(str(dest))} was removed"
        rf"|the \d+ media files it had copied to {re.escape(str(dest))} were removed"
    )
    assert re.fullmatch(rf"tg-archiver: interrupted; {re.escape(left)}; (?:{removed})\n", err)
    assert out.read_text() == "the old export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert _tree(dest) == kept
    assert (dest / relative_path(before)).read_bytes() == _photo(1)


@pytest.mark.parametrize("fmt", ["html", "csv"])
def test_an_export_with_media_whose_reader_goes_away_copies_nothing(
    media_archive: str, fmt: str, tmp_path: Path
) -> None:
    """``export --with-media DIR | head -c 10``: quiet, exit 0, and no file copied for
    posts the reader never got."""
    dest = tmp_path / "bundle"
    read_end, write_end = os.pipe()
    proc = _export(media_archive, fmt, "--with-media", dest, stdout=write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        assert pipe.read(10)
    assert (_ended(proc), proc.returncode) == ("", 0)
    assert not dest.exists()


# -- write_export, in-process ------------------------------------------------------------------


def _stopped_after(lines: int) -> Any:
    def write(out: IO[str]) -> int:
        for n in range(lines):
            out.write(f"line {n}\n")
        raise Interrupted("stopped before the end")

    return write


def test_an_interrupted_export_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "posts.md"
    out.write_text("the old export\n")
    out.chmod(0o640)
    with pytest.raises(Interrupted) as stopped:
        write_export(str(out), _stopped_after(1000), binary=False)
    assert str(stopped.value) == (
        f"the export stopped and {os.path.realpath(out)} was left as it was"
    )
    assert out.read_text() == "the old export\n"
    assert (out.stat().st_mode & 0o777) == 0o640
    assert list(tmp_path.iterdir()) == [out]


def test_an_interrupted_export_to_a_new_file_makes_none(tmp_path: Path) -> None:
    out = tmp_path / "posts.md"
    with pytest.raises(Interrupted) as stopped:
        write_export(str(out), _stopped_after(1000), binary=False)
    assert str(stopped.value) == f"the export stopped and {out} was not made"
    assert list(tmp_path.iterdir()) == []
