"""RSS and Atom feeds: parsing bytes into :class:`Post` records, and fetching them over HTTP.

Parsing (:func:`parse_feed`) is pure: bytes in, records out, with the fetch time passed in
rather than read from a clock. :func:`read_feed_file` and :func:`fetch_feed` are the edges that
get the bytes from a file or a server.

feedparser is lenient by design: it recovers what it can from malformed XML and flags the
document as "bozo". We follow it: a document that yields entries is accepted and the parser's
complaint is handed back as :attr:`FeedResult.warning` for the caller to log; a document that
yields nothing recognisable is refused with an :class:`InputError`.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError, SourceError
from tg_archiver.archive.importers.feed_body import ACCEPT_ENCODING, read_body
from tg_archiver.archive.importers.feed_html import html_to_text
from tg_archiver.archive.importers.feeddates import ahead_of, entry_date
from tg_archiver.archive.importers.sniff import is_own_feed
from tg_archiver.archive.inputfiles import read_bounded
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.redact import redact, redact_url
from tg_archiver.archive.tags import MAX_TAG_CHARS

MAX_ENTRY_CHARS = 1_000_000
MAX_FEED_BYTES = 50 * 1024 * 1024
# An entry's link, id and author: an address or a name, not text, so the text's bound did not
# hold them. A 40 MB feed whose one item had a 20 MB <link> and <guid> stored 61 MB for two
# posts, again at each poll that changed the guid, and the web showed the 20 MB link; the
# longest URL a browser or server takes is of this order, a real one far shorter.
MAX_ENTRY_ADDRESS_CHARS = 65_536
# A feed's own title: the source's name, which every page listing sources shows (the web's
# search form lists them all). A 10 MB <title> made the front page 30 MB for every visitor.
MAX_FEED_TITLE_CHARS = 1_000
# An entry's title: a headline, shown on its post's page, in exports and digests. Only the text's
# bound held it: a 900,000-character <title> made its post's page 1.8 MB. A longer one is cut
# (its whole is put at the head of the text, which keeps it; the text's bound then holds).
MAX_ENTRY_TITLE_CHARS = 1_000
# An entry's categories kept (RSS <category>, Atom <category term>, <dc:subject>). feedparser
# checks each new one against all before it, so 40,000 in one entry of a 1 MB feed took 26 s
# to parse (the byte limit does not bound the time); a real entry has a handful.
MAX_ENTRY_CATEGORIES = 1_000

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What one feed document yielded.

    ``warning`` is set when feedparser had to recover from a malformed document but still found
    entries; the posts are usable, the caller should log the warning. ``notes`` say, one line
    each, what was done about single entries: one skipped (over the size limit, or holding a
    NUL character), or one whose date is impossible and was replaced by the fetch time. The
    caller logs them as warnings; the other entries are in ``posts``.
    """

    title: str | None
    posts: tuple[Post, ...]
    warning: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one conditional GET.

    ``result`` is None when the server answered 304 Not Modified. ``etag`` and
    ``last_modified`` are the validators to send next time (on a 304 without new validators,
    the ones that were sent). ``final_url`` is where redirects ended, redacted (see
    :mod:`archive.redact`); the posts' source key stays the URL that was asked for, so a feed
    that moves does not become a new source.
    """

    status: int
    result: FeedResult | None
    etag: str | None
    last_modified: str | None
    final_url: str


# ---------------------------------------------------------------------------------------------
# Parsing


def parse_feed(
    data: bytes,
    *,
    url: str,
    fetched_at: datetime,
    response_headers: Mapping[str, str] | None = None,
) -> FeedResult:
    """Parse an RSS or Atom document into posts of the source ``url``.

    The source key, and every message, name ``url`` redacted (:func:`redact_url`): a password
    or token in it is never stored or shown. The feed's link and each entry's link and id are
    redacted by the same rule (a private feed writes its token in them too).

    - ``external_id`` is the entry's id/guid, else its link, else ``sha1:`` plus the SHA-1 of
      its title and summary (stable across fetches as long as the entry is unchanged). An id
      that is not a URL (``tag:``, ``urn:uuid:``, a number) is kept as it is.
    - ``published_at`` is the entry's published date, else its updated date; an entry with
      neither gets ``fetched_at``, the moment the caller got the document (feeds without dates
      exist, and the first time we saw an entry is the best date we have).
    - ``edited_at`` is the updated date when it differs from the published one.
    - ``text`` is the body only (``content`` preferred over ``summary``), as plain text; the
      title stays in ``title``.

    ``response_headers``, when the bytes came over HTTP, let feedparser honour the
    Content-Type charset and resolve relative links against Content-Location.

    An entry whose text is over :data:`MAX_ENTRY_CHARS` or holds a NUL character is skipped
    and one whose date lies outside years 1..9999 (in UTC) gets ``fetched_at``; each says so
    in :attr:`FeedResult.notes`, so one hostile entry never costs the feed's other entries.
    Raises InputError when the document is not a feed, or is one tg-archiver wrote
    (:func:`~archive.importers.sniff.is_own_feed`: the web app's feeds, ``export --format
    atom``), whose entries are posts of an archive: this one's, stored again, or another's,
    copies of posts its sources give first-hand.
    """
    url = redact_url(url)
    # A character reference to a lone UTF-16 surrogate (&#xD800;) is not a character:
    # feedparser refuses the whole document. It is marked instead, and the entry holding the
    # mark is skipped (_entry_post), so the feed's other entries are read.
    data = _SURROGATE_REF.sub(_mark_surrogate, data)
    # A file-like object: given bytes, feedparser would first try to open them as a path.
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(response_headers or {}))
    except UnicodeError:
        # feedparser's lenient fallback parser crashes on a character reference to a lone
        # UTF-16 surrogate (&#xD800;), which the strict XML parser had already refused.
        raise InputError(
            f"{url}: not a readable feed (a character reference names a lone UTF-16"
            " surrogate, which is not a character)"
        ) from None
    feed = parsed.get("feed", {})
    if is_own_feed(feed.get("generator"), feed.get("id")):
        raise InputError(
            f"{url}: a feed tg-archiver wrote, not a source: its entries are an archive's posts"
            " as shown, each of which would be stored again; follow the channels and feeds it"
            " was made from"
        )
    # NUL (&#0;), which PostgreSQL refuses, is shown as a lone surrogate is: the feed's entries
    # are stored under it (before, "its source's name contains a NUL": none was, ever).
    named = _plain(feed.get("title_detail")).replace(_SURROGATE_MARK, "\ufffd")
    title = named.replace("\x00", "\ufffd") or None
    entries = parsed.get("entries", [])
    reason = _bozo_reason(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not entries and title is None and (reason or not parsed.get("version")):
        raise InputError(
            f"{url}: not an RSS or Atom feed ({reason or 'no feed or entry elements found'})"
        )
    notes: list[str] = []
    if title is not None and len(title) > MAX_FEED_TITLE_CHARS:
        notes.append(
            f"{url}: its title is {_num(len(title))} characters; its first"
            f" {_num(MAX_FEED_TITLE_CHARS)} are the source's name"
        )
        title = title[:MAX_FEED_TITLE_CHARS]
    home = feed.get("link") or None
    if home is not None and (len(home) > MAX_ENTRY_ADDRESS_CHARS or "\x00" in home):
        home = None  # no site's address: kept as no address, as a feed without <link>
    source = SourceRef(kind="feed", key=url, title=title, url=redact_url(home or "") or None)
    posts: list[Post] = []
    for entry in entries:
        post = _entry_post(entry, source, fetched_at, notes)
        if post is not None:
            posts.append(post)
    return FeedResult(title=title, posts=tuple(posts), warning=reason, notes=tuple(notes))


_SURROGATE_REF = lazy_re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
# What such a reference is read as: a noncharacter (U+FDD0), which XML allows and a feed has
# no reason to hold.
_SURROGATE_MARK = "\ufdd0"


def _mark_surrogate(m: re.Match[bytes]) -> bytes:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return b"&#xFDD0;" if 0xD800 <= code <= 0xDFFF else m.group(0)


def _bounded_add_tag(self: Any, term: str, scheme: str, label: str) -> None:
    """feedparser's own ``_add_tag``, ignoring an element's categories past the limit."""
    if len(self._get_context().get("tags") or ()) < MAX_ENTRY_CATEGORIES:
        _add_tag(self, term, scheme, label)


# The parsers feedparser.parse makes share this mixin; nothing but this module parses feeds.
_add_tag = feedparser.mixin._FeedParserMixin._add_tag
feedparser.mixin._FeedParserMixin._add_tag = _bounded_add_tag


def _entry_post(
    entry: dict[str, Any], source: SourceRef, fetched_at: datetime, notes: list[str]
) -> Post | None:
    """The entry's post, or None (with a note) for an entry the archive cannot take."""
    title = _plain(entry.get("title_detail"))
    body_detail = (entry.get("content") or [None])[0] or entry.get("summary_detail")
    text = _plain(body_detail)
    # A private feed's token (or password) is in its entries' links and ids as often as in
    # its own URL: both are redacted by the same rule, and the redacted id is the identity.
    link = redact_url(entry.get("link") or "") or None
    guid = redact_url(entry.get("id") or "")
    external_id = guid or link or _content_id(title, entry.get("summary", ""))
    if MAX_ENTRY_TITLE_CHARS < len(title) <= MAX_ENTRY_CHARS:
        length = len(title)
        text, title, kept = _cut_title(title, text)
        shown = external_id if len(external_id) <= 100 else external_id[:100] + "…"
        notes.append(
            f"{source.key}: entry {shown!r}: its title is {_num(length)} characters, over"
            f" the limit of {_num(MAX_ENTRY_TITLE_CHARS)}: cut, {kept}"
        )
    for label, value in (("text", text), ("title", title)):
        if len(value) > MAX_ENTRY_CHARS:
            notes.append(
                f"{source.key}: entry {external_id!r} skipped: its {label} is"
                f" {_num(len(value))} characters, over the limit of {_num(MAX_ENTRY_CHARS)}"
            )
            return None
    author = entry.get("author") or ""
    for label, value in (("link", link or ""), ("id", external_id), ("author", author)):
        if len(value) > MAX_ENTRY_ADDRESS_CHARS:
            shown = external_id if len(external_id) <= 100 else external_id[:100] + "…"
            notes.append(
                f"{source.key}: entry {shown!r} skipped: its {label} is {_num(len(value))}"
                f" characters, over the limit of {_num(MAX_ENTRY_ADDRESS_CHARS)}"
            )
            return None
    tags = entry.get("tags") or ()
    fields = (text, title, external_id, link or "", author)
    if any("\x00" in f for f in fields) or any("\x00" in (t.get("term") or "") for t in tags):
        # In an id, a link, an author or a category as well: PostgreSQL refuses it.
        shown = external_id.replace("\x00", "\\x00")
        notes.append(f"{source.key}: entry {shown!r} skipped: it contains NUL characters")
        return None
    if _SURROGATE_MARK in text or _SURROGATE_MARK in title:
        notes.append(
            f"{source.key}: entry {external_id!r} skipped: a character reference in it names a"
            " lone UTF-16 surrogate (&#xD800;-&#xDFFF;), which is not a character"
        )
        return None
    # Plain dict access: feedparser's own .get("updated_parsed") falls back to the published
    # date, which would hide the difference between the two.
    published_date = entry_date(dict.get(entry, "published"), dict.get(entry, "published_parsed"))
    updated_date = entry_date(dict.get(entry, "updated"), dict.get(entry, "updated_parsed"))
    published, updated = published_date.value, updated_date.value
    impossible = published_date.impossible or updated_date.impossible
    invalid = published_date.invalid or updated_date.invalid
    if published is None and updated is None and (impossible or invalid):
        why = "is outside years 1..9999 in UTC" if impossible else "is not a date"
        notes.append(
            f"{source.key}: entry {external_id!r}: its date {impossible or invalid!r} {why};"
            f" stored with the fetch time,"
            f" {fetched_at.astimezone(UTC).isoformat(timespec='seconds')}"
        )
    if ahead := [d for d in (published, updated) if d is not None and ahead_of(d, fetched_at)]:
        notes.append(
            f"{source.key}: entry {external_id!r}: its date"
            f" {ahead[0].isoformat(timespec='seconds')} is more than a day after it was"
            f" fetched; stored with the fetch time,"
            f" {fetched_at.astimezone(UTC).isoformat(timespec='seconds')}"
        )
        published = None if ahead_of(published, fetched_at) else published
        updated = None if ahead_of(updated, fetched_at) else updated
    if len(tags) >= MAX_ENTRY_CATEGORIES:
        notes.append(
            f"{source.key}: entry {external_id!r}: only its first"
            f" {_num(MAX_ENTRY_CATEGORIES)} categories kept"
        )
    terms = (tag.get("term") for tag in tags)
    categories = tuple(dict.fromkeys(term.strip() for term in terms if term and term.strip()))
    if long := [c for c in categories if len(c) > MAX_TAG_CHARS]:
        # No tag (the pipeline takes none longer): said, never dropped in silence.
        notes.append(
            f"{source.key}: entry {external_id!r}: {_num(len(long))} categor"
            f"{'y' if len(long) == 1 else 'ies'} over {MAX_TAG_CHARS} characters made no tag"
            f" ({_num(len(long[0]))} characters: {long[0][:40]!r}…)"
        )
    return Post(
        source=source,
        external_id=external_id,
        published_at=published or updated or fetched_at,
        text=text,
        title=title or None,
        url=link,
        edited_at=updated if published and updated and updated != published else None,
        author=entry.get("author") or None,
        categories=categories,
    )


def _cut_title(title: str, text: str) -> tuple[str, str, str]:
    """``(text, title, what became of the whole title)`` for a title over its bound: the
    whole at the head of the text, unless the text starts with it already or would pass its
    own bound (then the cut title is all that is kept)."""
    cut = title[: MAX_ENTRY_TITLE_CHARS - 1].rstrip() + "…"
    if text.startswith(title):
        return text, cut, "the whole is its text's start"
    joined = f"{title}\n\n{text}" if text else title
    if len(joined) > MAX_ENTRY_CHARS:
        return text, cut, f"its first {_num(len(cut) - 1)} characters kept"
    return joined, cut, "the whole put at its text's start"


def _plain(detail: Mapping[str, Any] | None) -> str:
    """The text of a feedparser "detail" (title_detail, content[0], ...), as plain text."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if detail.get("type") in _HTML_TYPES:
        return html_to_text(value)
    return value.strip()


def _content_id(title: str, summary: str) -> str:
    return "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()


def _num(n: int) -> str:
    """``1000001`` -> ``"1 000 001"``, as in the messages users read."""
    return f"{n:,}".replace(",", " ")


def _bozo_reason(exc: object) -> str:
    """One line saying what feedparser found wrong."""
    if exc is None:
        return "malformed document"
    get_line = getattr(exc, "getLineNumber", None)
    get_message = getattr(exc, "getMessage", None)
    if callable(get_line) and callable(get_message):  # xml.sax.SAXParseException
        return f"line {get_line()}: {get_message()}"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


# ---------------------------------------------------------------------------------------------
# Edges: files and HTTP


def read_feed_file(path: Path, *, fetched_at: datetime) -> FeedResult:
    """Parse a feed saved on disk; its source key is the file's absolute ``file://`` URI.

    Only a regular file is read (a FIFO or ``/dev/zero`` is refused), and at most
    :data:`MAX_FEED_BYTES`, the bound of a feed over HTTP too.
    """
    data = read_bounded(path, MAX_FEED_BYTES, "a feed file")  # first: a link loop is one line
    uri = path.resolve().as_uri()
    return parse_feed(data, url=uri, fetched_at=fetched_at)


async def fetch_feed(
    url: str,
    *,
    client: httpx.AsyncClient,
    fetched_at: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
) -> FetchResult:
    """GET a feed, conditionally, and parse it.

    ``timeout`` bounds the whole exchange (redirects and body included), not only each read,
    so a server that drips bytes cannot hold the poller. Bodies over 50 MB, decoded, are
    refused while streaming (:mod:`.feed_body`). Every failure is a one-line
    :class:`SourceError` starting with ``url``; a body that is not a feed is one too (the
    server answered badly). A malformed URL is an :class:`InputError`. The User-Agent is
    the client's.
    """
    shown = redact_url(url)  # in messages; ``url`` itself, secrets and all, is what is fetched
    if problem := _url_problem(url):
        raise InputError(f"{shown}: not a valid feed URL ({problem})")
    headers = {"Accept": _ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(timeout):
            status, body, response_headers, final_url = await _get(url, client, headers, timeout)
    except (TimeoutError, httpx.TimeoutException):
        raise SourceError(f"{shown}: timed out after {timeout:g}s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(f"{shown}: not a valid feed URL ({_one_line(exc)})") from None
    except httpx.TooManyRedirects:
        raise SourceError(f"{shown}: too many redirects") from None
    except httpx.TransportError as exc:
        raise SourceError(f"{shown}: connection failed ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"{shown}: {_one_line(exc)}") from None

    new_etag = response_headers.get("etag")
    new_last_modified = response_headers.get("last-modified")
    if status == 304:
        return FetchResult(
            status, None, new_etag or etag, new_last_modified or last_modified, final_url
        )
    # Parsing a large document takes a while; keep the event loop free meanwhile.
    try:
        result = await asyncio.to_thread(
            parse_feed,
            body,
            url=url,
            fetched_at=fetched_at,
            response_headers={
                "content-type": response_headers.get("content-type", ""),
                "content-location": final_url,
            },
        )
    except InputError as exc:
        raise SourceError(str(exc)) from None
    return FetchResult(status, result, new_etag, new_last_modified, final_url)


def _url_problem(url: str) -> str | None:
    """What makes ``url`` one no request can be made to, as httpx would find it only in the
    middle of connecting (an OverflowError for port 99999, an IDNAError for host "xn--"),
    or None."""
    try:
        httpx.URL(url).host  # noqa: B018  (IDNA is checked when the host is read)
        urlsplit(url).port  # noqa: B018  (read for its check: 0-65535)
    except (httpx.InvalidURL, ValueError, UnicodeError) as e:  # IDNAError is a UnicodeError
        return _one_line(e)
    return None


async def _get(
    url: str, client: httpx.AsyncClient, headers: dict[str, str], timeout: float
) -> tuple[int, bytes, httpx.Headers, str]:
    async with client.stream(
        "GET", url, headers=headers, follow_redirects=True, timeout=timeout
    ) as response:
        status = response.status_code
        # Redacted: it is shown, and feedparser resolves relative links against it.
        final_url = redact_url(str(response.url))
        shown = redact_url(url)
        if status == 304:
            return status, b"", response.headers, final_url
        if status >= 300:
            raise SourceError(f"{shown}: HTTP {status}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_FEED_BYTES:
            raise SourceError(f"{shown}: response too large ({int(declared)} bytes, at most 50 MB)")
        body = await read_body(response, shown, MAX_FEED_BYTES)
        return status, body, response.headers, final_url


def _one_line(exc: BaseException) -> str:
    """The exception's text on one line, any URL in it redacted (httpx quotes the URL)."""
    return redact(" ".join(str(exc).split())) or type(exc).__name__
