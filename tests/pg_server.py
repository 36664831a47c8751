"""A real PostgreSQL server for the tests: a throwaway cluster made once per test session.

``initdb`` into a temporary folder, ``pg_ctl start`` listening on a Unix socket in that folder
only (no TCP), stopped and removed when the session ends. Run as root (as CI is), the server
runs as the ``postgres`` system user that Debian's package creates (initdb refuses root), in
folders given to it. ``TG_ARCHIVER_TEST_POSTGRES=postgresql://...`` points the tests at an
existing server instead (a role that may create databases). Each test gets a database of its
own, made by ``CREATE DATABASE`` (from ``template0``: nothing a test did is inherited).

No test is skipped for want of a server: without one, the fixture fails with one line saying
what to install.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

ENV = "TG_ARCHIVER_TEST_POSTGRES"
MISSING = (
    "no PostgreSQL server for the tests: install Debian's postgresql package"
    " (apt-get install postgresql) or set TG_ARCHIVER_TEST_POSTGRES=postgresql://..."
    " to a server where this role may create databases"
)
_SERVER_USER = "postgres"  # the system user Debian's package makes
# A throwaway cluster: durability traded for speed (it is removed at the end of the session).
_SETTINGS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    " -c max_connections=200"
)


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3])
    )
    return Path(versions[-1]).parent if versions else None


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", _SERVER_USER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], log: Path | None = None) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        pytest.fail(f"{cmd[0]} failed: {done.stderr.strip() or done.stdout.strip()} {tail}")


def admin(url: str, *statements: str) -> None:
    """Run ``statements`` on the server at ``url`` (outside any transaction: CREATE DATABASE).

    In a thread of its own, so that it works whether or not an event loop is running here.
    """
    import asyncpg

    async def go() -> None:
        conn = await asyncpg.connect(url)
        try:
            for sql in statements:
                await conn.execute(sql)
        finally:
            await conn.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, go()).result()


def _socket_url(folder: str, database: str) -> str:
    return f"postgresql://{_SERVER_USER}@/{database}?host={quote(folder)}"


@dataclass
class PgServer:
    """The server: its maintenance URL and a source of fresh databases."""

    admin_url: str
    _socket: str | None  # the socket's folder, for our own cluster
    _names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str) -> str:
        if self._socket is not None:
            return _socket_url(self._socket, database)
        head, _, query = self.admin_url.partition("?")
        base = head.rsplit("/", 1)[0] if head.count("/") > 2 else head
        return f"{base}/{database}" + (f"?{query}" if query else "")

    def admin_sql(self, *statements: str) -> None:
        """Run ``statements`` as the server's maintenance role (CREATE DATABASE ...)."""
        admin(self.admin_url, *statements)

    def new_database(self) -> str:
        """A new empty database; its URL."""
        name = f"tg_test_{os.getpid()}_{next(self._names)}"
        admin(self.admin_url, f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    given = os.environ.get(ENV)
    if given:
        yield PgServer(given, None)
        return
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.fail(MISSING, pytrace=False)
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.fail("running the test server as root needs runuser (util-linux)", pytrace=False)
    home = Path(tempfile.mkdtemp(prefix="tgpg-"))
    data, log = home / "data", home / "server.log"
    if os.geteuid() == 0:
        shutil.chown(home, user=_SERVER_USER)
    home.chmod(0o700)
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", _SERVER_USER, "-A", "trust",
          "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"])  # fmt: skip
    options = f"{_SETTINGS} -k {home}"
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
          "start"], log)  # fmt: skip
    try:
        yield PgServer(_socket_url(str(home), "postgres"), str(home))
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                             "-w", "stop"]),
            capture_output=True,
            check=False,
        )  # fmt: skip
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a fresh, empty PostgreSQL database of this test's own."""
    return pg_server.new_database()
