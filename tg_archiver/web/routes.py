"""The pages and feeds of the web app; each a GET handler that reads and renders.

Lists of posts are :meth:`Store.search` pages: a search, a topic's or a source's month and a
day are all searches (of words, or of filters alone), newest first, copies folded into their
original as "+N sources" (on PostgreSQL those newest first page by keyset: :mod:`web.keyset`).
Bad input (a query the parser refuses, a date that is none) is a page that says so with
status 400, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.links import post_url
from tg_archiver.archive.misspellings import corrections
from tg_archiver.archive.pages import SourceInfo
from tg_archiver.archive.pages_pg import PgPages
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.store import SearchHit
from tg_archiver.archive.timefmt import labelled
from tg_archiver.web.app import Web
from tg_archiver.web.digest_feed import digest_feed
from tg_archiver.web.downloads import DOWNLOADS, Refused, download
from tg_archiver.web.feeds import FEED_ENTRIES, feed_response
from tg_archiver.web.keyset import page_number
from tg_archiver.web.render import path_part

PAGE_SIZE = 20
MAX_PAGE = 500  # deeper than anyone pages; past it a search should be narrowed
_ID_DIGITS = 19  # a post id is a signed 64-bit integer
_MONTH = lazy_re.compile(r"(\d{4})-(\d{2})", re.ASCII)
_DAY = lazy_re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_SEARCH_FIELDS = ("q", "tag", "source", "since", "until", "order")

Handler = Callable[[Request], Any]


def routes(web: Web) -> list[Route]:
    def bind(handler: Callable[[Web, Request], Any]) -> Handler:
        async def endpoint(request: Request) -> Response:
            async with web.pool.lend() as (store, pages):  # this request's own reader
                mine = replace(web, store=store, pages=pages)
                try:
                    response: Response = await handler(mine, request)
                except InputError as e:
                    return _page(web, "error.html", {"message": str(e)}, status=400)
            return response

        return endpoint

    async def unbound_download(request: Request) -> Response:
        # No reader lent: a download reads on a connection of its own (web.downloads), for
        # as long as it is written, and the pages keep the pool's.
        try:
            response: Response = await export_download(web, request)
        except InputError as e:
            return _page(web, "error.html", {"message": str(e)}, status=400)
        return response

    return [
        Route("/", bind(search_page)),
        # Not {id:int}: Starlette's int() of a path of over 4,300 digits raised ValueError in
        # the router, an "Internal Server Error" and a traceback in the log (round 13).
        Route("/post/{id}", bind(post_page)),
        Route("/topic/{name}", bind(topic_page)),
        Route("/topic/{name}/{month}", bind(topic_month)),
        Route("/source/{name}", bind(source_page)),
        Route("/source/{name}/{month}", bind(source_month)),
        Route("/day/{day}", bind(day_page)),
        Route("/feeds/topic/{name}.atom", bind(topic_feed)),
        Route("/feeds/source/{name}.atom", bind(source_feed)),
        Route("/feeds/search.atom", bind(search_feed)),
        Route("/feeds/digest/{name}.atom", bind(digest_feed)),
        Route("/export.{fmt}", unbound_download),
    ]


def _page(web: Web, template: str, context: Mapping[str, Any], status: int = 200) -> Response:
    html = web.env.get_template(template).render(title=web.title, **context)
    return HTMLResponse(html, status_code=status)


def _not_found(web: Web, what: str) -> Response:
    return _page(web, "error.html", {"message": f"{what}: not in this archive"}, status=404)


def _page_number(request: Request) -> int:
    return page_number(request.query_params.get("page", "1"), MAX_PAGE)


def _with(params: Mapping[str, str], **changes: object) -> str:
    """A query string: ``params`` with ``changes`` (None drops a key)."""
    merged = {**params, **{k: str(v) for k, v in changes.items() if v is not None}}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
    return "?" + urlencode({k: v for k, v in merged.items() if v})


async def _results(
    web: Web, query: SearchQuery, page: int, *, by_rank: bool = False
) -> dict[str, Any]:
    """A page of posts for ``query`` with their copy counts, and whether a next page exists.

    Best match first ranks only the newest ``web.rank_within`` posts matching the words when
    more match (``ranked_within`` then says how many, for the page to say so), unless the
    filters leave fewer than a page of them: then the newest ``rank_within`` of the matches
    that pass the filters (by date), all of them when no more pass; never an empty or short
    page where older posts would fill it."""
    by_rank = by_rank and query.match is not None
    within = web.rank_within if by_rank else 0
    start = await web.store.rank_from(query, within) if within else None
    among: list[int] | None = None
    filtered = query.tags or query.sources or query.since or query.until
    if (
        start is not None
        and filtered
        and not await web.store.passing_from(query, start, PAGE_SIZE + 1)
    ):
        # The filters pass less than a page of the newest matches (a date range in the
        # past): the newest of the matches that pass them are ranked instead, found by date.
        among = await web.store.newest_passing(query, within + 1)
        start = None
    found = await web.store.search(
        query,
        limit=PAGE_SIZE + 1,
        offset=(page - 1) * PAGE_SIZE,
        by_rank=by_rank,
        rank_from=start,
        rank_among=among[:within] if among is not None else None,
    )
    if found.corrected is not None and within:
        # Nothing matched as typed, so every match of the corrected words was ranked: rank
        # the newest of them alone, as for words typed right.
        return {
            **await _results(web, found.corrected, page, by_rank=True),
            "corrected": found.corrected,
        }
    hits: list[SearchHit] = found
    more = len(hits) > PAGE_SIZE
    hits = hits[:PAGE_SIZE]
    counts = await web.pages.copy_counts([h.row.id for h in hits])
    return {
        "hits": [_item(h, counts.get(h.row.id)) for h in hits],
        "page": page,
        "more": more,
        # Words or filters: a search that finds nothing is not an empty archive.
        "searched": query.match is not None
        or bool(query.tags or query.sources or query.since or query.until),
        "ranked_within": within if start is not None or (among and len(among) > within) else None,
        "ranked_by_date": among is not None,
        "corrected": found.corrected,  # a misspelt word corrected (archive/store/corrections.py)
    }


def _item(hit: SearchHit, count: Any) -> dict[str, Any]:
    row = hit.row
    return {
        "row": row,
        "when": labelled(row.published_at, row.date_source),
        "day": row.published_at.astimezone(UTC).date().isoformat(),
        "source": row.source_title or row.source,
        "snippet": hit.snippet,
        "copies": count,
    }


async def search_page(web: Web, request: Request) -> Response:
    params = search_params(request)
    context: dict[str, Any] = {"params": params, "topics": [], "sources": []}
    try:
        page = _page_number(request)
        query = _query(web, params)
    except InputError as e:
        return _page(web, "search.html", {**context, "error": str(e)}, status=400)
    if page == 1 and not any(params.values()):
        # The front page lists topics and sources to browse. Counting them reads every
        # post's tags (a tenth of a second at 100k posts), so a search's pages do not.
        context["topics"] = await web.pages.topics(30)
        context["sources"] = await web.pages.sources()
    by_rank = params["order"] == "rank" and query.match is not None
    if web.store.engine == "postgresql" and not by_rank:  # newest first by keyset there
        context.update(await _keyset(web, request, query, params))
    else:
        context.update(await _results(web, query, page, by_rank=by_rank))
        context["prev_link"] = _with(params, page=page - 1) if page > 1 else None
        context["next_link"] = _with(params, page=page + 1) if context["more"] else None
    run = context.pop("corrected")
    if run is not None:  # nothing matched as typed: a misspelt word corrected, and said so
        context["correction"] = corrections(query.text, run.text) or ((query.text, run.text),)
    # The feed and the file hold the page's posts: the corrected words' when they were
    # corrected (a feed and a download, as alerts and exports, search their words as typed).
    shown = {**params, "q": run.text} if run is not None else params
    context["feed_link"] = "/feeds/search.atom" + _with(shown) if params["q"] else None
    if any(params[k] for k in ("q", "tag", "source", "since", "until")):
        context["download_query"] = _with(shown, order=None)
    context["newest_link"] = _with(params, order=None, page=None)
    if query.match is not None:  # posts not indexed again yet for a new word analyser
        context["unindexed"] = await web.store.not_searchable()
    return _page(web, "search.html", context)


async def export_download(web: Web, request: Request) -> Response:
    """The search of the query string as a file (:mod:`web.downloads`), or a page saying
    why not (too big, too many at once, no room to write it)."""
    fmt = request.path_params["fmt"]
    if fmt not in DOWNLOADS:
        return _not_found(web, f"/export.{fmt}")
    query = _query(web, {k: request.query_params.get(k, "").strip() for k in _SEARCH_FIELDS})
    try:
        return await download(web.store, query, fmt, web.downloads, request.receive)
    except Refused as e:
        page = _page(web, "error.html", {"message": e.message}, status=e.status)
        page.headers.update(e.headers)
        return page


# Control characters (C0, DEL, C1) mean nothing in a search, and the page and the feed echo
# the search back: a space for each, as the query parser reads them.
_CONTROL = lazy_re.compile(r"[\x00-\x1f\x7f-\x9f]")


def search_params(request: Request) -> dict[str, str]:
    """The search form's fields from the query string, control characters as spaces."""
    return {
        k: " ".join(_CONTROL.sub(" ", request.query_params.get(k, "")).split())
        for k in _SEARCH_FIELDS
    }


def _query(web: Web, params: Mapping[str, str]) -> SearchQuery:
    return parse_query(
        params.get("q", ""),
        tags=[params["tag"]] if params.get("tag") else [],
        sources=[params["source"]] if params.get("source") else [],
        since=params.get("since") or None,
        until=params.get("until") or None,
        topics=web.topics,
    )


async def post_page(web: Web, request: Request) -> Response:
    raw = request.path_params["id"]
    if not raw.isascii() or not raw.isdigit():
        return _not_found(web, "that page")  # as when the route took digits only
    if len(raw.lstrip("0")) > _ID_DIGITS:  # no post's; int() of 4,300 digits raises
        return _not_found(web, f"post {raw[:_ID_DIGITS]}…")
    post_id = int(raw.lstrip("0") or "0")  # int() counts leading zeros against its limit
    post = await web.pages.post(post_id)
    if post is None:
        return _not_found(web, f"post {post_id}")
    original = None
    if post.row.duplicate_of is not None:
        original = await web.pages.post(post.row.duplicate_of)
    copies = await web.pages.copies(post_id)
    return _page(
        web,
        "post.html",
        {
            "post": post,
            "row": post.row,
            "when": labelled(post.row.published_at, post.row.date_source),
            "original": original,
            "original_url": post_url(post.row, await web.usernames.resolve(web.store)),
            "versions": await web.pages.versions(post_id),
            "copies": copies,
            "forwards": [c for c in copies if c.duplicate_kind == "forward"],
            "tags": await web.pages.tags(post_id),
        },
    )


def _month_bounds(month: str) -> tuple[datetime, datetime]:
    m = _MONTH.fullmatch(month)
    if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1:
        raise InputError(f"{month!r} is not a month: use YYYY-MM")
    year, mon = int(m.group(1)), int(m.group(2))
    start = datetime(year, mon, 1, tzinfo=UTC)
    if year == 9999 and mon == 12:
        return start, datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    end = datetime(year + mon // 12, mon % 12 + 1, 1, tzinfo=UTC)
    return start, end


async def _topic(web: Web, request: Request) -> str | None:
    for label in _spellings(request.path_params["name"]):
        if name := await web.pages.topic_name(web.topics.topic_for_label(label) or label):
            return name
    return None


async def _source(web: Web, request: Request) -> SourceInfo | None:
    for label in _spellings(request.path_params["name"]):
        if info := await web.pages.source(label):
            return info
    return None


def _spellings(segment: str) -> list[str]:
    """A path segment as given, and as :func:`web.render.path_part` encodes a name holding
    ``/`` (escaped twice, since the server decodes the path once)."""
    return [segment, unquote(segment)] if "%" in segment else [segment]


async def topic_page(web: Web, request: Request) -> Response:
    name = await _topic(web, request)
    if name is None:
        return _not_found(web, f"topic #{request.path_params['name']}")
    months = await web.pages.topic_months(name)
    base = f"/topic/{path_part(name)}"
    feed = f"/feeds/topic/{path_part(name)}.atom"
    return _page(
        web, "months.html", {"heading": f"#{name}", "base": base, "months": months, "feed": feed}
    )


async def topic_month(web: Web, request: Request) -> Response:
    name = await _topic(web, request)
    if name is None:
        return _not_found(web, f"topic #{request.path_params['name']}")
    since, until = _month_bounds(request.path_params["month"])
    query = parse_query("", tags=[name], since=since, until=until)
    return await _listing(web, request, query, f"#{name}, {request.path_params['month']}")


async def source_page(web: Web, request: Request) -> Response:
    info = await _source(web, request)
    if info is None:
        return _not_found(web, f"source {request.path_params['name']}")
    source, name = info.key, info.name
    months = await web.pages.source_months(source)
    base = f"/source/{path_part(source)}"
    feed = f"/feeds/source/{path_part(source)}.atom"
    return _page(
        web, "months.html", {"heading": name, "base": base, "months": months, "feed": feed}
    )


async def source_month(web: Web, request: Request) -> Response:
    info = await _source(web, request)
    if info is None:
        return _not_found(web, f"source {request.path_params['name']}")
    source, name = info.key, info.name
    since, until = _month_bounds(request.path_params["month"])
    query = parse_query("", sources=[source], since=since, until=until)
    return await _listing(web, request, query, f"{name}, {request.path_params['month']}")


async def day_page(web: Web, request: Request) -> Response:
    raw = request.path_params["day"]
    m = _DAY.fullmatch(raw)
    try:
        start = datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC) if m else None
    except ValueError:
        start = None
    if start is None:
        raise InputError(f"{raw!r} is not a day: use YYYY-MM-DD")
    end = start + timedelta(days=1) if start.date() < datetime.max.date() else None
    query = parse_query("", since=start, until=end)
    context = {
        "prev_day": (start - timedelta(days=1)).date().isoformat() if start.year > 1 else None,
        "next_day": end.date().isoformat() if end else None,
    }
    return await _listing(web, request, query, raw, context)


async def _listing(
    web: Web,
    request: Request,
    query: SearchQuery,
    heading: str,
    extra: Mapping[str, Any] | None = None,
) -> Response:
    context: dict[str, Any] = {"heading": heading, **(extra or {})}
    if web.store.engine == "postgresql":  # newest first by keyset there (web.keyset)
        return _page(web, "list.html", {**context, **await _keyset(web, request, query)})
    page = _page_number(request)
    context.update(await _results(web, query, page))
    context["prev_link"] = f"?page={page - 1}" if page > 1 else None
    context["next_link"] = f"?page={page + 1}" if context["more"] else None
    return _page(web, "list.html", context)


async def _keyset(
    web: Web, request: Request, query: SearchQuery, carried: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """A page of a list newest first by keyset (PostgreSQL's, :mod:`web.keyset`), its links
    keeping ``carried`` (a search's fields)."""
    from tg_archiver.web.keyset import keyset_results

    assert isinstance(web.pages, PgPages)
    found = await keyset_results(web.pages, request, query, PAGE_SIZE, MAX_PAGE, carried)
    counts = found.pop("counts")
    found["hits"] = [_item(h, counts.get(h.row.id)) for h in found["hits"]]
    return found


async def topic_feed(web: Web, request: Request) -> Response:
    name = await _topic(web, request)
    if name is None:
        return _not_found(web, f"topic #{request.path_params['name']}")
    hits = await web.store.search(parse_query("", tags=[name]), limit=FEED_ENTRIES)
    return feed_response(
        request,
        await web.usernames.resolve(web.store),
        [h.row for h in hits],
        title=f"#{name} · {web.title}",
        name=f"topic/{name}",
        page=f"/topic/{path_part(name)}",
    )


async def source_feed(web: Web, request: Request) -> Response:
    info = await _source(web, request)
    if info is None:
        return _not_found(web, f"source {request.path_params['name']}")
    source, name = info.key, info.name
    hits = await web.store.search(parse_query("", sources=[source]), limit=FEED_ENTRIES)
    return feed_response(
        request,
        await web.usernames.resolve(web.store),
        [h.row for h in hits],
        title=f"{name} · {web.title}",
        name=f"source/{source}",
        page=f"/source/{path_part(source)}",
    )


async def search_feed(web: Web, request: Request) -> Response:
    params = search_params(request)
    if not params["q"]:
        raise InputError("a search feed needs a search: /feeds/search.atom?q=WORDS")
    query = _query(web, params)
    hits = await web.store.search(query, limit=FEED_ENTRIES)
    # A feed is a saved search, watched as typed (as alerts and digests): a misspelt word is
    # not corrected, since no reader would be told (the page's link carries the correction).
    rows = [] if hits.corrected is not None else [h.row for h in hits]
    search = {k: v for k, v in params.items() if k != "order"}
    return feed_response(
        request,
        await web.usernames.resolve(web.store),
        rows,
        title=f"Search: {params['q']} · {web.title}",
        name="search/" + urlencode(sorted((k, v) for k, v in search.items() if v)),
        page="/" + _with(params),
    )
