"""What the secrets tests share: the real command in a subprocess, the archive's bytes, and
the check that none of a test's secrets is in what a user can see."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from conftest import CliResult, dump

ROOT = Path(__file__).resolve().parent.parent


def tg(*args: object) -> CliResult:
    """The real command in a subprocess, so its own log handlers (and httpx's) are what run."""
    proc = subprocess.run(
        [sys.executable, "-m", "tg_archiver", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def assert_none_of(secrets: Iterable[str], *texts: str | bytes) -> None:
    """No secret in any of ``texts`` (around the first found, what it is shown in)."""
    for text in texts:
        for secret in secrets:
            needle = secret.encode() if isinstance(text, bytes) else secret
            assert needle not in text, f"{secret} found: {text[text.find(needle) - 200 :][:400]!r}"


def archive_bytes(db: Path) -> bytes:
    """The archive's files, WAL included, and every row of every table as SQL."""
    files = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    return files + "\n".join(dump(db)).encode()
