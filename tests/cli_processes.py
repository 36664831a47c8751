"""The real command line in a child process, for tests that kill it halfway or give it a
terminal, on archives of many numbered posts."""

from __future__ import annotations

import fcntl
import os
import pty
import selectors
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from conftest import make_post
from search_corpus import POSTS as CORPUS

from tg_archiver.archive.models import Post

POSTS = 300  # posts of numbered_posts: enough batches of a few posts to kill between
# A word in the first post and the last (another form of it, сердолики, in no other post).
FIRST = "Послы обсудили поставки сердоликами из Йемена."
LAST = "Торговля сердоликами выросла."

_VOCAB = "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, posts_fts, 'instance')"
_TOKENS = "SELECT term, doc, col, offset FROM temp.vocab ORDER BY term, doc, col, offset"


def numbered_posts() -> list[Post]:
    """:data:`POSTS` posts: :data:`FIRST`, the search corpus's texts each with a numbered
    line, and :data:`LAST` (so a word of the first and the last post is found at both ends
    of the ids)."""
    texts = [t for _day, _channel, t in CORPUS.values()]
    body = [f"{texts[n % len(texts)]}\n\nВыпуск {n}." for n in range(2, POSTS)]
    return [make_post(n, t) for n, t in enumerate([FIRST, *body, LAST], 1)]


def index_tokens(conn: sqlite3.Connection) -> list[tuple[str, int, str, int]]:
    """Every token of the archive's full-text index: (term, post, column, position)."""
    conn.execute(_VOCAB)
    return conn.execute(_TOKENS).fetchall()


_HELD = b"tg-archiver test: a batch committed; held until killed\n"


def kill_after_a_batch(proc: subprocess.Popen[str]) -> None:
    """Kill ``proc`` (an upgrade :func:`migrate` started with ``hold``) with SIGKILL once it
    says it has committed a batch and holds, and check that the kill ended it.

    Held, the upgrade commits nothing more: the kill comes after its first batch, never after
    its last. (Timed by polling the archive for a batch done, the kill came after the last
    when this process was not scheduled while the child did the rest, and the test failed
    "the refill finished before the kill".)"""
    assert proc.stderr is not None
    fd, said = proc.stderr.fileno(), b""
    deadline = time.monotonic() + 300
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while _HELD not in said:
            assert time.monotonic() < deadline, f"the upgrade never committed a batch: {said!r}"
            if selector.select(timeout=1):
                data = os.read(fd, 65536)
                assert data, f"the upgrade ended (exit {proc.wait()}) before a batch: {said!r}"
                said += data
    proc.send_signal(signal.SIGKILL)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err


def migrate(db: Path, module: str, batch: int, hold: str | None = None) -> subprocess.Popen[str]:
    """`tg-archiver migrate` in a child process, ``module``'s ``BATCH`` (the posts an upgrade
    step commits at a time) set to ``batch``. ``hold``: ``MODULE:FUNCTION``, the coroutine
    that does one batch in a transaction of its own (None when none was left); the child then
    holds after the first batch it committed, and says so, until killed
    (:func:`kill_after_a_batch`)."""
    return with_batches(["--db", str(db), "migrate"], module, batch, hold)


def with_batches(
    args: list[str], module: str, batch: int, hold: str | None = None
) -> subprocess.Popen[str]:
    """`tg-archiver ARGS` in a child process, ``module``'s ``BATCH`` set to ``batch`` and
    ``hold`` as for :func:`migrate`."""
    code = (
        f"import sys, {module} as step, tg_archiver.cli as c;"
        f" step.BATCH = {batch}; {_hold(hold) if hold else ''}"
        " sys.exit(c.main(sys.argv[1:]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _hold(where: str) -> str:
    """The child's code that makes ``where`` (MODULE:FUNCTION) hold after a committed batch."""
    module, function = where.split(":")
    return (
        f"import asyncio, importlib; held = importlib.import_module({module!r});"
        f" batch = getattr(held, {function!r})\n"
        "async def once(*args):\n"
        "    done = await batch(*args)\n"
        "    if done is not None:\n"
        f"        sys.stderr.buffer.write({_HELD!r}); sys.stderr.flush()\n"
        "        await asyncio.Event().wait()\n"
        "    return done\n"
        f"setattr(held, {function!r}, once);"
    )


def on_a_terminal(*args: str) -> tuple[int, str, str]:
    """`tg-archiver ARGS` in a child process whose standard error is a terminal of 100
    columns, as when a person runs it: its exit status, standard output, and what the
    terminal showed."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    code = "import sys, tg_archiver.cli as c; sys.exit(c.main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=child, text=True
    )
    os.close(child)
    out, _ = proc.communicate(timeout=300)
    shown = b""
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # the terminal's other end is closed: all was read
            break
        if not data:
            break
        shown += data
    os.close(main)
    return proc.returncode, out, shown.decode(errors="replace")
