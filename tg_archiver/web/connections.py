"""The HTTP connections ``serve`` answers on: uvicorn's (h11), with a send timeout, and cut
when a stop has waited long enough.

uvicorn sends a response as fast as its client reads it, and waits for a client that reads
nothing for as long as it stays connected: the response, and what it holds (a download's
temporary file and its place among ``--downloads``, :mod:`web.downloads`), stay with it, and
a graceful stop waits for it too (30 clients reading nothing held 1.4 GB of temporary files;
``serve`` went on 60 s after SIGTERM, and after a second one). Here a connection whose
client has taken nothing for ``send_timeout`` seconds while a response waits to be sent is
closed, with a log line, and :meth:`Connection.cut` closes one at once (the server's stop,
:mod:`web.server`). Either is what a client leaving does: the response's sends return, its
sending ends, and a download's file is removed.

The clock runs only while the connection's buffer is full (asyncio's ``pause_writing``), and
starts again each time the client takes some (``resume_writing``): a slow reader is not
cut, one that has stopped reading is.
"""

from __future__ import annotations

import asyncio
import logging

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

DEFAULT_SEND_TIMEOUT = 60  # seconds a client may take nothing of a response


class Connection(H11Protocol):
    """One client's connection; :func:`with_send_timeout` makes the class uvicorn uses."""

    send_timeout: float = DEFAULT_SEND_TIMEOUT
    _stalled: asyncio.TimerHandle | None = None

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._stalled is None:
            self._stalled = self.loop.call_later(self.send_timeout, self._reads_nothing)

    def resume_writing(self) -> None:
        self._stop_clock()
        super().resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_clock()
        super().connection_lost(exc)

    def cut(self) -> None:
        """Close the connection now, whatever is left to send (``abort``: ``close`` would
        wait for the client to take what is buffered)."""
        self._stop_clock()
        if self.transport is not None:
            self.transport.abort()

    def _reads_nothing(self) -> None:
        self._stalled = None
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "?"
        log.warning(
            "client=%s took nothing for %g s: connection closed (--send-timeout)",
            client,
            self.send_timeout,
        )
        self.cut()

    def _stop_clock(self) -> None:
        if self._stalled is not None:
            self._stalled.cancel()
            self._stalled = None


def with_send_timeout(seconds: float) -> type[Connection]:
    """The connection class of one server, cutting clients that take nothing for
    ``seconds``."""

    class Timed(Connection):
        send_timeout = seconds

    return Timed
