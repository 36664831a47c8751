"""Atom feeds over HTTP, cheap to poll: an ETag (a hash of the feed's bytes) and a
Last-Modified (its newest post or edit), and ``304 Not Modified`` to a reader that already
has this feed.

The feed itself is :func:`archive.atom.write_feed`, the writer ``export --format atom`` uses.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
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
    base = str(request.base_url).rstrip("/")
    # The feed's own address as the reader asked for it, but never with its token.
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
    out = io.StringIO()
    write_feed(
        rows,
        out,
        title=title,
        name=name,
        self_url=base + request.url.path + (f"?{query}" if query else ""),
        page_url=base + page,
        post_page=base + "/post/{id}",
        usernames=usernames,
    )
    body = out.getvalue().encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    newest = max((updated_of(r) for r in rows), default=datetime(1970, 1, 1, tzinfo=UTC))
    modified = newest.astimezone(UTC).replace(microsecond=0)
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
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored, as the RFC asks
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return modified <= when
