"""What the hostile-read tests share: the CLI in a subprocess (so that a regression that
blocks, on a FIFO say, fails instead of hanging), the one-line refusal they expect, and the
posts an input added to the two-post archive they start from."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import CliResult, make_post, write_archive

ROOT = Path(__file__).resolve().parent.parent
IMPORTED_NOTHING = "; nothing was imported"


def write_two_post_archive(path: Path) -> Path:
    """The archive every input is thrown at: two posts, ids 1 and 2."""
    return write_archive(
        path,
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
