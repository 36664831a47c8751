"""What the bot's replies look like: help, search pages and their buttons, digest items.

Replies are HTML. Every piece of archive or user text goes through :func:`html.escape` before
our own tags are added; the store's snippet markers become ``<b>`` only after that.

A search's page buttons carry only a short random token in their callback data (Telegram
allows 64 bytes); :class:`SearchSessions` keeps the query here, in memory, for an hour.
"""

from __future__ import annotations

import html
import math
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telethon import Button

from tg_archiver.archive.misspellings import showing
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store import SNIPPET_END, SNIPPET_START, SearchHit
from tg_archiver.archive.timefmt import labelled
from tg_archiver.bot.clock import Clock

PAGE_SIZE = 5
MAX_RESULTS = 100  # a search pages through at most this many hits
SESSION_TTL = 3600.0  # seconds a search's buttons keep working
MAX_SESSIONS = 1000
MESSAGE_BUDGET = 3500  # characters of HTML per message; Telegram's limit is 4096 after parsing

EXPIRED = "This search has expired, send it again."
NOT_INDEXED = (
    "{:,} older posts cannot be found yet: the search index is being made again for a new"
    " word analyser."
)
QUERY_SYNTAX = (
    'Search syntax: words (all must match), "a phrase", a OR b, -word (or NOT word), lavr*,'
    " tag:SCO, source:name, since:2024-01-01, until:2024-02-01"
)

HELP = """<b>tg-archiver</b> keeps the posts of Telegram channels and news feeds: cleaned, \
de-duplicated, tagged, searchable.

/search <i>query</i> — find posts, 5 a page: <code>/search lavrov tag:SCO since:2024-01-01</code>
/tags [N] — most used tags, last 7 days and overall: <code>/tags 10</code>
/stats — what the archive holds: <code>/stats</code>
/digest <i>topic</i>[,<i>topic</i>] [24h|7d] — the digest of the last day or week, now: \
<code>/digest SCO,BRICS 7d</code>
/subscribe <i>topic</i> [daily HH:MM | weekly DAY HH:MM] — a digest for this chat: \
<code>/subscribe SCO daily 08:00</code>
/unsubscribe <i>topic</i> — stop it: <code>/unsubscribe SCO</code>
/subscriptions — this chat's digests: <code>/subscriptions</code>
/alert <i>query</i> — each new matching post, sent here as it comes: \
<code>/alert ceasefire tag:BRICS</code>
/alerts — this chat's alerts; /unalert <i>N</i> — stop one: <code>/unalert 1</code>
/export [query] [jsonl|csv|md|html] — posts as a file (admins): \
<code>/export tag:SCO since:2024-03-01 csv</code>
/help — this message

Forward me channel posts to archive them."""


# -- searches kept for their buttons ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedSearch:
    query: SearchQuery
    total: int  # hits, capped at MAX_RESULTS + 1
    created: datetime


class SearchSessions:
    """Searches by short random token, for the page buttons; expire after ``ttl`` seconds,
    oldest dropped beyond ``cap``."""

    def __init__(self, clock: Clock, *, ttl: float = SESSION_TTL, cap: int = MAX_SESSIONS) -> None:
        self._clock = clock
        self._ttl = timedelta(seconds=ttl)
        self._cap = cap
        self._items: OrderedDict[str, SavedSearch] = OrderedDict()

    def add(self, query: SearchQuery, total: int) -> str:
        self._expire()
        token = secrets.token_urlsafe(8)  # 11 characters
        self._items[token] = SavedSearch(query, total, self._clock())
        while len(self._items) > self._cap:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> SavedSearch | None:
        self._expire()
        return self._items.get(token)

    def _expire(self) -> None:
        cutoff = self._clock() - self._ttl
        while self._items:
            token, item = next(iter(self._items.items()))
            if item.created > cutoff:
                break
            del self._items[token]


# -- formatting ---------------------------------------------------------------------------------


def highlight(snippet: str) -> str:
    """A snippet as HTML: text escaped, the store's match markers made bold, one line."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(SNIPPET_START, "<b>").replace(SNIPPET_END, "</b>")


def format_hit(hit: SearchHit) -> str:
    row = hit.row
    source = html.escape(row.source_title or row.source)
    line = f"<i>{labelled(row.published_at, row.date_source)}</i> · {source}"
    if row.url and row.url.startswith(("https://", "http://")):
        line += f' · <a href="{html.escape(row.url, quote=True)}">original</a>'
    snippet = highlight(hit.snippet) if hit.snippet else html.escape(row.text[:200])
    return f"{line}\n{snippet}"


def echoed(typed: str) -> str:
    """What a user typed, as a reply names it: a control character is not sent back ("/search
    \x00", an escape sequence), and what is left of nothing says so."""
    return " ".join("".join(c if c.isprintable() else " " for c in typed).split()) or "(no words)"


def page_text(
    query: SearchQuery,
    hits: list[SearchHit],
    total: int,
    page: int,
    corrected: SearchQuery | None = None,
) -> str:
    """A page of a search's reply; ``corrected``: the search run instead of ``query`` (a
    misspelt word corrected, the hits' ``corrected``), said on the first line."""
    shown = f"{MAX_RESULTS}+" if total > MAX_RESULTS else str(total)
    head = f"🔎 <b>{html.escape(shorten(echoed((corrected or query).text)))}</b> — {shown} posts"
    if corrected is not None:
        line = showing(shorten(echoed(query.text)), shorten(echoed(corrected.text)))
        head = f"<i>{html.escape(line)}.</i>\n{head}"
    first = (page - 1) * PAGE_SIZE + 1
    items = [f"{first + i}. {format_hit(h)}" for i, h in enumerate(hits)]
    return "\n\n".join([head, *items])


def keyboard(token: str, page: int, pages: int) -> list[list[Any]] | None:
    if pages <= 1:
        return None
    row = []
    if page > 1:
        row.append(Button.inline("◀", f"s:{token}:{page - 1}".encode()))
    row.append(Button.inline(f"page {page} of {pages}", b"s:-"))
    if page < pages:
        row.append(Button.inline("▶", f"s:{token}:{page + 1}".encode()))
    return [row]


def page_count(total: int) -> int:
    return max(1, math.ceil(min(total, MAX_RESULTS) / PAGE_SIZE))


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_messages(
    blocks: list[str], budget: int = MESSAGE_BUDGET, *, sep: str = "\n\n"
) -> list[str]:
    """Join blocks with ``sep`` into messages, breaking between blocks to stay under
    ``budget``."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if current and len(current) + len(sep) + len(block) > budget:
            messages.append(current)
            current = block
        else:
            current = f"{current}{sep}{block}" if current else block
    if current:
        messages.append(current)
    return messages
