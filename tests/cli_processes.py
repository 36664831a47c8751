"""The real command line in a child process, for tests that kill it halfway or give it a
terminal, on archives of many numbered posts."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from conftest import make_post
from search_corpus import POSTS as CORPUS

from tg_archiver.archive.models import Post


def numbered_posts(first: str, last: str, count: int) -> list[Post]:
    """``count`` posts: ``first``, the search corpus's texts each with a numbered line, and
    ``last`` (so a word of the first and the last post is found at both ends of the ids)."""
    texts = [t for _day, _channel, t in CORPUS.values()]
    body = [f"{texts[n % len(texts)]}\n\nВыпуск {n}." for n in range(2, count)]
    return [make_post(n, t) for n, t in enumerate([first, *body, last], 1)]


def migrate(db: Path, module: str, batch: int) -> subprocess.Popen[str]:
    """`tg-archiver migrate` in a child process, ``module``'s ``BATCH`` (the posts an upgrade
    step commits at a time) set to ``batch``."""
    code = (
        f"import sys, {module} as step, tg_archiver.cli as c;"
        f" step.BATCH = {batch}; sys.exit(c.main(['--db', sys.argv[1], 'migrate']))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
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
