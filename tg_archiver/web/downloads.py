"""A search's posts as a file from the web app: the search page's "JSON Lines" and "CSV" links.

The same files as ``tg-archiver export`` and the bot's /export (:mod:`archive.export_file`):
filters alone give every post they pass, oldest first, copies included; a search's words give
its matches newest first, read in one pass. The file is written to a temporary folder and
sent, and the folder is removed however the sending ends: sent, the client gone, cut for
taking nothing (:mod:`web.connections`) or by the server's stop.

What downloads may hold is bounded, so that a few of them cannot stall the pages or fill the
disk:

- at most ``--downloads`` (:data:`DEFAULT_DOWNLOADS`) are written or sent at once; one more
  is answered at once with 503 and ``Retry-After``, and no file (waiting in a queue would hold
  its connection for the same file later);
- a file over :data:`archive.export_file.EXPORT_LIMIT` is abandoned as soon as it is over
  (413, and the page says how to narrow it);
- the rows are read on a connection of their own in a worker thread, never on one of the
  pool's readers (:mod:`web.pool`), which the pages keep;
- a client that goes away while its file is written stops the writing at the next batch.

A temporary folder without room is a page saying so (507), one that cannot be written another
(503), each with a log line naming the folder: not a bare 500 with nothing logged.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import shutil
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from starlette.responses import FileResponse
from starlette.types import Message, Receive, Scope, Send

from tg_archiver.archive.errors import Interrupted
from tg_archiver.archive.export_file import EXPORT_LIMIT, ExportTooBig, export_to_temp
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.stopping import StopFlag
from tg_archiver.archive.store import Store

log = logging.getLogger(__name__)

DOWNLOADS = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
DEFAULT_DOWNLOADS = 2  # two cores: each download keeps about one busy while it is written
RETRY_AFTER = 30  # seconds, a busy server's advice
TOO_BIG = (
    f"That download is over the {EXPORT_LIMIT // 1024 // 1024} MB limit. Narrow it with more"
    " words, a topic, a source or dates, or export on the command line (tg-archiver export)."
)
BUSY = "The server is preparing as many downloads as it takes at once. Try again in a minute."
NO_ROOM = (
    "The server has no room left in its temporary folder to prepare this download. Try again"
    " later, or narrow it with more words, a topic, a source or dates."
)
CANNOT_WRITE = "The server cannot write this download to its temporary folder now. Try again later."
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class Refused(Exception):
    """A download not sent: the status and the line of the page that says why."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


class Slots:
    """The downloads under way (written or being sent): at most ``size``. Taken and given
    back on the event loop's thread alone, so a count is enough."""

    def __init__(self, size: int = DEFAULT_DOWNLOADS) -> None:
        self.size = size
        self.taken = 0

    def take(self) -> bool:
        if self.taken >= self.size:
            return False
        self.taken += 1
        return True

    def give_back(self) -> None:
        self.taken -= 1


async def download(
    store: Store, query: SearchQuery, fmt: str, slots: Slots, receive: Receive
) -> FileResponse:
    """The posts of ``query`` as a ``fmt`` file (a key of :data:`DOWNLOADS`) to send, holding
    one of ``slots`` until it is sent; raises :class:`Refused` instead. ``receive``: the
    request's, to learn that its client went away while the file is written."""
    if not slots.take():
        log.warning("download refused: %d under way already (--downloads)", slots.size)
        raise Refused(503, BUSY, {"Retry-After": str(RETRY_AFTER)})
    try:
        path = await _written(store, query, fmt, receive)
    except BaseException:
        slots.give_back()
        raise
    return _TemporaryFile(path, DOWNLOADS[fmt], slots.give_back)


async def _written(store: Store, query: SearchQuery, fmt: str, receive: Receive) -> Path:
    """The file written, in a folder of its own; stopped when the client goes (or this is
    cancelled: the server stops) at the writer's next batch."""
    stop = StopFlag()
    watching = asyncio.ensure_future(_until_gone(receive, stop))
    try:
        path, _ = await export_to_temp(
            store, query, fmt, now=datetime.now(UTC), limit=EXPORT_LIMIT, stop=stop
        )
    except ExportTooBig:
        raise Refused(413, TOO_BIG) from None
    except OSError as e:
        raise _not_written(e) from None
    except Interrupted:
        # Nobody reads the answer; the log says why the file was not sent.
        log.info("download stopped: its client went away")
        raise Refused(503, "The download was stopped.") from None
    finally:
        stop.set()  # cancelled: the writing thread stops too
        watching.cancel()
    return path


async def _until_gone(receive: Receive, stop: StopFlag) -> None:
    message: Message = await receive()  # the request's (empty) body
    while message["type"] != "http.disconnect":
        message = await receive()
    stop.set()


def _not_written(e: OSError) -> Refused:
    folder = tempfile.gettempdir()
    if e.errno in _NO_ROOM:
        log.error("download refused: no room in the temporary folder %s: %s", folder, e.strerror)
        return Refused(507, NO_ROOM)
    log.error("download refused: cannot write to the temporary folder %s: %s", folder, e.strerror)
    return Refused(503, CANNOT_WRITE, {"Retry-After": str(RETRY_AFTER)})


class _TemporaryFile(FileResponse):
    """The written file, sent (ranges and HEAD as Starlette answers them); its folder removed
    and its download's slot given back once the sending ends, however it ends."""

    def __init__(self, path: Path, media_type: str, release: Callable[[], None]) -> None:
        super().__init__(path, media_type=media_type, filename=path.name)
        self._folder = path.parent
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._release()
