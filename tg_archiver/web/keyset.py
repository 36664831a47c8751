"""Lists of posts by keyset on a PostgreSQL archive: a topic's or a source's month, a day,
a search newest first (with words or filters alone).

On SQLite these pages are :meth:`Store.search` pages by number (``?page=N``, an offset). On
PostgreSQL a list newest first pages by keyset (issue 24): "Older" links carry the
``(published_at, id)`` of the page's last post (``?after=``), "Newer" that of its first
(``?before=``), and :meth:`~archive.pages_pg.PgPages.newest_page` reads from there through
the ``(published_at, id)`` index, so the hundredth page costs what the first does. ``page``
rides along for the page's number alone, and a search's own fields (``q``, ``tag``, ...)
with it. A key that is not one this app wrote is bad input (400), never a traceback. A
search best first pages by number on either engine (its ranking has no key to start from).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.pages_pg import PgPages
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store.records import SearchHit, ts

# A stored time (records.ts: "2024-03-01T08:00:00Z") and a post id, as the links write them.
_KEY = lazy_re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)~(\d{1,18})", re.ASCII)


def page_number(raw: str, most: int) -> int:
    """``?page=``: a number from 1 to ``most``. Its length is looked at before ``int``: past
    4,300 digits ``int`` raises ValueError (Python's guard against slow conversions), which
    was an "Internal Server Error" (round 13)."""
    if (
        not raw.isascii()
        or not raw.isdigit()
        or len(raw.lstrip("0")) > len(str(most))
        or not 1 <= int(raw.lstrip("0") or "0") <= most
    ):
        raise InputError(f"page: expected a number from 1 to {most}")
    return int(raw.lstrip("0"))  # int() counts leading zeros against its 4,300 digits


def _key(request: Request, name: str) -> tuple[str, int] | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    m = _KEY.fullmatch(raw.strip())
    if m is None:
        raise InputError(f"{name}: not a place in a list of posts (as its Older/Newer links give)")
    return m.group(1), int(m.group(2))


async def keyset_results(
    pages: PgPages,
    request: Request,
    query: SearchQuery,
    page_size: int,
    max_page: int,
    carried: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The context of a list page (as :func:`web.routes._results` gives it, and its links);
    ``carried``: the fields its links keep (a search's, as typed: a page whose words find
    nothing is read with a misspelt word corrected, ``corrected``, page by page)."""
    after, before = _key(request, "after"), _key(request, "before")
    page = page_number(request.query_params.get("page", "1"), max_page)
    if after is not None and before is not None:
        raise InputError("a list of posts is read either after a post or before one")
    found = await pages.newest_page(query, limit=page_size + 1, after=after, before=before)
    hits: list[SearchHit] = found
    more_older = more_newer = False
    if before is not None:
        more_newer = len(hits) > page_size
        hits = hits[-page_size:]  # the newer ones nearest to the key
        more_older = True  # the key's own post, at least
    else:
        more_older = len(hits) > page_size
        hits = hits[:page_size]
        more_newer = after is not None
    counts = await pages.copy_counts([h.row.id for h in hits])

    def link(direction: str, hit_index: int, number: int) -> str:
        row = hits[hit_index].row
        key = f"{ts(row.published_at)}~{row.id}"
        kept = {k: v for k, v in (carried or {}).items() if v}
        return "?" + urlencode({**kept, direction: key, "page": max(1, number)})

    newer = more_newer and hits
    older = more_older and hits
    return {
        "hits": hits,
        "counts": counts,
        "page": page,
        "more": bool(older),
        # Words or filters: a search that finds nothing is not an empty archive.
        "searched": query.match is not None
        or bool(query.tags or query.sources or query.since or query.until),
        "ranked_within": None,
        "corrected": found.corrected,  # a misspelt word corrected (each page corrects again)
        "prev_link": link("before", 0, page - 1) if newer else None,
        "next_link": link("after", -1, page + 1) if older else None,
    }
