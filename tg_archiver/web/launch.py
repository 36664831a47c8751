"""``tg-archiver serve`` started in a child process on a free port, and its address read back.

The tests (tests/web_archive.py) and the bench (bench/web.py) both need the real command on
an archive, listening on a port the system picks (``--port 0``), and where it listens: the
command says so on stderr once it accepts connections (``serving PATH on http://HOST:PORT/``,
:mod:`web.server`). This is the one place that starts it, reads that line and stops it.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tg_archiver.archive import lazy_re

_LISTENING = lazy_re.compile(rb"on (http://\S+?)/?\s*$")


class ServeDidNotStart(RuntimeError):
    """The command exited, or said nothing of where it listens, in time; the message holds
    what it wrote on stderr."""


@dataclass
class Served:
    url: str  # without the trailing slash
    process: subprocess.Popen[bytes]


@contextmanager
def served(
    db: Path | str,
    *extra: str,
    config: Path | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    stop_timeout: float = 60.0,
) -> Iterator[Served]:
    """``python -m tg_archiver --db DB [--config CONFIG] serve --port 0 EXTRA...`` in a child
    process, until the block ends (then SIGTERM, and waited for).

    ``cwd``: where the child runs (the tests and the bench run their checkout's code from its
    root); ``env``: variables set for it on top of this process's (``TMPDIR``). Raises
    :class:`ServeDidNotStart` when the command does not say where it listens within
    ``timeout`` seconds.
    """
    proc = subprocess.Popen(
        _argv(db, config, extra),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # Unbuffered: a line read leaves the next ones in the pipe, where a selector sees them
        # (a buffered reader may hold them after a readiness wait that then never fires).
        bufsize=0,
        env={**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"},
    )
    try:
        url = _address(proc, timeout)
        yield Served(url, proc)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def _argv(db: Path | str, config: Path | None, extra: Sequence[str]) -> list[str]:
    args = [sys.executable, "-m", "tg_archiver", "--db", str(db)]
    if config is not None:
        args += ["--config", str(config)]
    return [*args, "serve", "--port", "0", *extra]


def _address(proc: subprocess.Popen[bytes], timeout: float) -> str:
    """The address the child says it listens on, read from its stderr line by line."""
    assert proc.stderr is not None
    seen = b""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if selector.select(timeout=0.5):
                line = proc.stderr.readline()
                seen += line
                if m := _LISTENING.search(line):
                    return m.group(1).decode().rstrip("/")
    if proc.poll() is not None:
        seen += proc.stderr.read()
    raise ServeDidNotStart(f"serve did not start: {seen.decode(errors='replace').strip()}")
