"""The web app: a Starlette application over one archive, read-only.

:func:`create_app` wires the routes (:mod:`web.routes`) to a pool of read-only stores
(:mod:`web.pool`): each request borrows one :class:`~archive.store.Store` (searches, lists of
posts) with its :class:`~archive.pages.Pages` (a post's versions and copies, months, topics,
sources), so concurrent requests do not queue behind one connection. There is no write
endpoint: only GET (and HEAD) are routed.

Every response says what the browser may do with it: no script at all, styles and images
from this site only, no framing, no referrer leaking the archive's addresses. The pages need
no JavaScript, so this costs nothing, and a post that slipped markup past the escaping would
still run nothing.

Access: with ``[web] token`` set, every request must carry it, as the password of HTTP basic
auth (any user name; browsers ask for it once), as ``Authorization: Bearer TOKEN``, or as
``?token=TOKEN`` (for feed readers that know neither). It is compared in constant time and
never logged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import sqlite3
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tg_archiver.archive.atom import headline
from tg_archiver.archive.bidi import closed
from tg_archiver.archive.config import DigestConfig
from tg_archiver.archive.errors import (
    damaged_message,
    is_damage,
    is_missing_part,
    missing_part_message,
)
from tg_archiver.archive.pages import Pages, pages_of
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.web import render
from tg_archiver.web.downloads import DEFAULT_DOWNLOADS, Slots
from tg_archiver.web.pool import ReaderPool

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
        " base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True, slots=True)
class Web:
    """What every route reads: the archive and the templates. ``store`` and ``pages`` are the
    request's own, lent by ``pool`` for its life (web.routes)."""

    pool: ReaderPool
    store: Store
    pages: Pages
    topics: TopicAliases
    env: Environment
    usernames: SourceUsernames  # [sources.NAME] username: links to channels' posts
    digests: tuple[DigestConfig, ...] = ()  # [[digests]]: their feeds (web.digest_feed)
    title: str = "tg-archiver"
    # Best match first ranks the newest N matches alone when there are more (0: all of them;
    # see Search.rank_from), so that the page answers at once on a large archive.
    rank_within: int = 0
    # The downloads under way, shared by every request (web.downloads).
    downloads: Slots = field(default_factory=Slots)


def _bidi_closed(value: Any) -> Any:
    """Every text a template shows, its own open bidirectional controls closed, so a channel
    named with a right-to-left override never reverses the date or link after it
    (archive.bidi)."""
    return closed(value) if isinstance(value, str) else value


def templates() -> Environment:
    env = Environment(
        loader=PackageLoader("tg_archiver.web", "templates"),
        autoescape=True,  # every template, whatever its name
        finalize=_bidi_closed,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["linkify"] = render.linkify
    env.filters["snippet"] = render.snippet
    env.filters["link"] = render.link
    env.filters["path_part"] = render.path_part
    env.filters["source_ref"] = render.source_ref
    env.filters["headline"] = headline
    env.globals["diff"] = render.diff
    return env


def create_app(
    pool: ReaderPool,
    *,
    topics: TopicAliases,
    usernames: SourceUsernames | None = None,
    digests: tuple[DigestConfig, ...] = (),
    token: str | None = None,
    rank_within: int = 0,
    downloads: int = DEFAULT_DOWNLOADS,
) -> ASGIApp:
    from tg_archiver.web.routes import routes

    first = pool.stores[0]
    web = Web(
        pool=pool,
        store=first,
        pages=pages_of(first),
        topics=topics,
        env=templates(),
        usernames=usernames or SourceUsernames(),
        digests=digests,
        rank_within=rank_within,
        downloads=Slots(downloads),
    )
    app = Starlette(
        routes=[*routes(web), Route("/style.css", _stylesheet)],
        exception_handlers={sqlite3.DatabaseError: _archive_fault(web)},
    )
    guarded: ASGIApp = _Headers(app)
    if token:
        guarded = _TokenGuard(guarded, token)
    return guarded


def _archive_fault(web: Web) -> Any:
    """A page for an archive that cannot be read (damaged, or lacking a table another program
    dropped), and one line in the log saying why: each request ended in a 500 and a traceback.
    Any other database error is the server's fault, as before."""

    async def handler(request: Request, exc: Exception) -> Response:
        if is_missing_part(exc):
            log.error("%s", missing_part_message(web.store.location, exc))
        elif is_damage(exc):
            log.error("%s", damaged_message(web.store.location, exc))
        else:
            raise exc
        html = web.env.get_template("error.html").render(
            title=web.title, message="The archive cannot be read just now; its log says why."
        )
        return HTMLResponse(html, status_code=503)

    return handler


_CSS = resources.files("tg_archiver.web").joinpath("static/style.css")


async def _stylesheet(request: object) -> Response:
    return Response(
        _CSS.read_bytes(),
        media_type="text/css; charset=utf-8",
        headers={"Cache-Control": "max-age=3600"},
    )


class _Headers:
    """Adds :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class _TokenGuard:
    """Lets through only requests that carry the token (see the module docstring)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._token = token.encode("utf-8")

    def _allowed(self, scope: Scope) -> bool:
        """Each way of giving the token is compared as the bytes the client sent, so a
        non-ASCII token is its UTF-8 bytes in a Bearer header, a basic auth password and
        ``?token=`` (percent-encoded or not) alike. A header read as text (Latin-1) and
        encoded again as UTF-8 never matched such a token."""
        given: list[bytes] = []
        auth = next((v for k, v in scope.get("headers", ()) if k.lower() == b"authorization"), b"")
        scheme, _, value = auth.partition(b" ")
        if scheme.lower() == b"bearer":
            given.append(value.strip())
        elif scheme.lower() == b"basic":
            try:
                decoded = base64.b64decode(value.strip(), validate=True)
            except (binascii.Error, ValueError):
                decoded = b""
            given.append(decoded.partition(b":")[2])
        # Latin-1 both ways: every byte, raw or percent-encoded, comes back as itself.
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True, encoding="latin-1")
        given.extend(v.encode("latin-1") for k, v in pairs if k == "token")
        return any(hmac.compare_digest(g, self._token) for g in given)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self._allowed(scope):
            await self.app(scope, receive, send)
            return
        response = PlainTextResponse(
            "This archive needs its token (the [web] token of its config).\n",
            status_code=401,
            headers={"WWW-Authenticate": 'Basic realm="tg-archiver", charset="UTF-8"'},
        )
        await response(scope, receive, send)
