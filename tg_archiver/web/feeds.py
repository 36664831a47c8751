"""Atom feeds over HTTP, cheap to poll: an ETag (a hash of the feed's bytes) and a
Last-Modified (its newest post or edit; when it changed without a newer one, the time this
server saw the change: :class:`_Served`), and ``304 Not Modified`` to a reader that already
has this feed.

The feed itself is :func:`archive.atom.write_feed`, the writer ``export --format atom`` uses.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import TextIO
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from tg_archiver.archive.atom import updated_of, write_feed
from tg_archiver.archive.export import ExportRow

ATOM_TYPE = "application/atom+xml; charset=utf-8"
FEED_ENTRIES = 50  # the newest posts a feed holds


def feed_response(
    request: Request,
    usernames: Mapping[str, str],
    rows: Sequence[ExportRow],
    *,
    title: str,
    name: str,
    page: str,
) -> Response:
    """The feed of ``rows`` (newest first), or 304 when the reader's copy is this one."""
    base = base_url(request)

    def write(out: TextIO) -> None:
        write_feed(
            rows,
            out,
            title=title,
            name=name,
            self_url=self_url(request),
            page_url=base + page,
            post_page=base + "/post/{id}",
            usernames=usernames,
        )

    return atom_response(request, write, max((updated_of(r) for r in rows), default=None))


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def self_url(request: Request) -> str:
    """The feed's own address as the reader asked for it, but never with its token."""
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
    return base_url(request) + request.url.path + (f"?{query}" if query else "")


def atom_response(
    request: Request, write: Callable[[TextIO], object], newest: datetime | None
) -> Response:
    """The feed ``write`` writes, with its validators; 304 when the reader has it already.

    ``newest`` (the last change of any entry) is the Last-Modified."""
    out = io.StringIO()
    write(out)
    body = out.getvalue().encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    modified = (newest or datetime(1970, 1, 1, tzinfo=UTC)).astimezone(UTC)
    modified = _SERVED.modified(str(request.url), etag, modified.replace(microsecond=0))
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(modified, usegmt=True),
        "Cache-Control": "no-cache",
    }
    if _not_modified(request, etag, modified):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=ATOM_TYPE, headers=headers)


def _not_modified(request: Request, etag: str, modified: datetime) -> bool:
    """RFC 9110 13.1: If-None-Match decides when present; If-Modified-Since only without it."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = request.headers.get("if-modified-since")
    if since is None:
        return False
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError, OverflowError):  # the year 99999999999999999999
        return False  # an unreadable date is ignored, as the RFC asks
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when > datetime.now(UTC):
        return False  # a date past the server's clock is invalid (RFC 9110 13.1.3)
    return modified <= when


class _Served:
    """What each feed (by its URL) was last served as: its ETag and its Last-Modified.

    A feed's newest post or edit is its Last-Modified, but not always when the feed last
    changed: a post a feed gives late (dated before the newest stored), one that `unlink`
    makes an original again, a relink, an alias added to the config all change the feed and
    leave its newest date as it was. A reader that sends If-Modified-Since alone (no ETag)
    was answered 304 and did not see the change. So a feed whose bytes differ from those last
    served under its URL while its newest date did not move past the one given then is dated
    now instead (a second past that one at the least); the same bytes keep their date. Only
    changes this process saw are known: after a restart a feed is dated by its newest post
    again. The newest ``SIZE`` feeds are remembered.
    """

    SIZE = 4096

    def __init__(self) -> None:
        self._feeds: OrderedDict[str, tuple[str, datetime]] = OrderedDict()

    def modified(self, url: str, etag: str, newest: datetime) -> datetime:
        known = self._feeds.pop(url, None)
        when = newest
        if known is not None and known[0] == etag:
            when = known[1]
        elif known is not None and newest <= known[1]:
            now = datetime.now(UTC).replace(microsecond=0)
            when = max(now, known[1] + timedelta(seconds=1))
        self._feeds[url] = (etag, when)
        while len(self._feeds) > self.SIZE:
            self._feeds.popitem(last=False)
        return when


_SERVED = _Served()
