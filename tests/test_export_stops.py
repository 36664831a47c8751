"""An export stopped early by its reader going away, on both engines.

The real command in a child process (``python -m tg_archiver``) reads a real archive: a
SQLite file, and the same posts copied by ``copy --to`` into a database of the suite's
PostgreSQL server (tests/pg_server.py). The child writes into a real pipe or FIFO whose
reader reads a little and closes it (``export | head -c 10``). A hang fails at a generous
timeout instead of hanging the suite; no test asserts how fast anything is.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import make_post, write_archive
from pg_server import PgServer
from search_corpus import POSTS as CORPUS

ROOT = Path(__file__).resolve().parent.parent
POSTS = 400  # about 2 MB in every format: far more than a pipe holds
FORMATS = ["md", "html", "atom", "jsonl", "csv"]
HUNG = 300  # seconds: only a child that never ends takes this long


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


def _export(db: str, fmt: str, *args: object, stdout: Any) -> subprocess.Popen[str]:
    """``tg-archiver --db DB export --format FMT ARGS`` in a child process."""
    argv = ["--db", db, "export", "--format", fmt, *(str(a) for a in args)]
    return subprocess.Popen(
        [sys.executable, "-m", "tg_archiver", *argv],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
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
