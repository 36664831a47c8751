"""Serving the web app with uvicorn inside the command's own event loop.

The archive is opened read-only: a pool of read-only :class:`Store` (``mode=ro`` and
``query_only``), one lent to each request (:mod:`web.pool`), whose connection :class:`Pages`
reads through as well. They cannot take SQLite's write lock, and WAL lets them read while the
service writes, so serving never blocks an import or a poll, nor waits for one.

uvicorn's access log is off: a request line may hold ``?token=`` (see :mod:`web.app`), and
nothing else in it is worth a line per request.

SIGINT and SIGTERM stop the server with exit status 0: it stops listening, lets the responses
under way finish for :data:`STOP_GRACE` seconds, then closes the connections still open
(:meth:`web.connections.Connection.cut`: a client reading a download slowly, or not at all,
would otherwise hold the stop for as long as it stays connected). A second signal closes them
at once. A download cut so is stopped and its temporary file removed (:mod:`web.downloads`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Iterator

import uvicorn

from tg_archiver.archive.config import Config
from tg_archiver.archive.database_url import Location
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.web.app import create_app
from tg_archiver.web.connections import DEFAULT_SEND_TIMEOUT, Connection, with_send_timeout
from tg_archiver.web.downloads import DEFAULT_DOWNLOADS
from tg_archiver.web.pool import DEFAULT_READERS, ReaderPool

log = logging.getLogger(__name__)

STOP_GRACE = 5  # seconds the responses under way have to finish once a stop is asked
# Past the grace and the cut, what uvicorn still waits for (a task that ignored its closed
# connection) is cancelled after this many more: a stop never hangs.
_STOP_BACKSTOP = 10


class _Server(uvicorn.Server):
    _cutting: asyncio.TimerHandle | None = None

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Stop on SIGINT/SIGTERM, and return: uvicorn's own handler raises the signal again
        after shutting down, which would end the command as if interrupted mid-write."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._stop)
        try:
            yield
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
            if self._cutting is not None:
                self._cutting.cancel()

    def _stop(self) -> None:
        """The first signal: stop listening, and cut what is still open after the grace;
        a second: cut it now."""
        if self.should_exit:
            self._cut("at a second signal")
            return
        self.should_exit = True
        grace = f"after {STOP_GRACE} s"
        self._cutting = asyncio.get_running_loop().call_later(STOP_GRACE, self._cut, grace)

    def _cut(self, when: str) -> None:
        if self._cutting is not None:
            self._cutting.cancel()
            self._cutting = None
        still = [c for c in self.server_state.connections if isinstance(c, Connection)]
        if still:
            log.warning("stopping: %d connection(s) still sending closed %s", len(still), when)
        for connection in still:
            connection.cut()


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a taken port or a wrong address is one
    line from the command (uvicorn would log it and exit the process)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise InputError(f"cannot listen on {host}: {e.strerror}") from None
    except UnicodeError:  # a host name's label empty or over 63 letters ("a..b"): a traceback
        raise InputError(
            f"cannot listen on {host!r}: not a host name (each of its dot-separated labels is"
            " 1 to 63 characters)"
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        raise InputError(f"cannot listen on {host} port {port}: {e.strerror}") from None
    sock.set_inheritable(True)
    return sock


async def serve(
    path: Location,
    config: Config,
    *,
    host: str,
    port: int,
    readers: int = DEFAULT_READERS,
    rank_within: int = 0,
    downloads: int = DEFAULT_DOWNLOADS,
    send_timeout: float = DEFAULT_SEND_TIMEOUT,
) -> int:
    pool = await ReaderPool.open(path, readers)
    try:
        app = create_app(
            pool,
            topics=config.topics,
            usernames=SourceUsernames(config.source_usernames),
            digests=config.digests,
            token=config.web_token,
            rank_within=rank_within,
            downloads=downloads,
        )
        server = _Server(
            uvicorn.Config(
                app,
                host=host,
                port=port,
                access_log=False,
                log_config=None,
                lifespan="off",
                server_header=False,
                http=with_send_timeout(send_timeout),
                timeout_graceful_shutdown=STOP_GRACE + _STOP_BACKSTOP,
            )
        )
        task = asyncio.create_task(server.serve(sockets=[listen(host, port)]))
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started:
            bound = server.servers[0].sockets[0].getsockname()
            shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
            print(f"serving {path} on http://{shown}:{bound[1]}/", file=sys.stderr, flush=True)
        await task
        return 0 if server.started else 1
    finally:
        await pool.close()
