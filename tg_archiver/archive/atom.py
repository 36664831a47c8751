"""Posts as an Atom feed (RFC 4287), for feed readers: the web's feeds and ``export --format
atom`` write the same XML, from this one writer.

Each element is built and serialised by :mod:`xml.etree.ElementTree` (escaping, and dropping
the characters XML 1.0 cannot hold, are the library's and this module's job, not string
formatting's), and the feed is streamed an entry at a time, so an export of the whole archive
never sits in memory. The feed's ``<updated>`` is written after the entries (RFC 4287 gives
the children of ``<feed>`` no order), when the newest change is known.

An entry's id is a ``tag:`` URI (RFC 4151) made from its source and its id there, so it is
the same in every feed that holds the post and after any re-import; its ``updated`` is the
post's last edit (or its publication), so a reader shows an edited post again.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import TextIO
from urllib.parse import quote, urlsplit

from tg_archiver.archive import lazy_re
from tg_archiver.archive.export import DEFAULT_TITLE, ExportRow, iso_utc
from tg_archiver.archive.links import post_url
from tg_archiver.archive.summary import headline_and_summary

__all__ = [
    "ATOM_NS",
    "digest_entry",
    "entry_id",
    "feed_id",
    "write_atom",
    "write_entries",
    "write_feed",
]

ATOM_NS = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "tag:tg-archiver.invalid,2024:"
# XML 1.0 cannot hold C0 controls (but tab, newline, return), lone surrogates, U+FFFE/FFFF.
_NOT_XML = lazy_re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LIVE = ("http", "https", "tg")


def _x(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _tag_part(value: str) -> str:
    # quote() keeps what a tag: URI's specific part may hold as it is and escapes the rest.
    return quote(value, safe="-._~!$&'()*+,;=:@")


def entry_id(row: ExportRow) -> str:
    """The post's stable id: its source (kind and key) and its id within that source."""
    return (
        f"{TAG_AUTHORITY}post/{row.source_kind}/{_tag_part(row.source)}"
        f"/{_tag_part(row.external_id)}"
    )


def feed_id(name: str) -> str:
    """A feed's stable id from what it shows (``topic/SCO``, ``export/…``)."""
    return f"{TAG_AUTHORITY}feed/{_tag_part(name)}"


def live_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) or tg address (one a reader may open), else ``None``."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in _LIVE else None


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: _x(v) for k, v in attrs.items()})
    if text is not None:
        el.text = _x(text)
    return el


HEADLINE_SCAN = 4_000


def headline(row: ExportRow) -> str:
    """The post's headline as digests write it (its title, or its first sentence without
    emoji, hashtags or lead-ins, cut between words).

    Only the text's first :data:`HEADLINE_SCAN` characters are read: a page of twenty long
    posts would otherwise split every line of each. Not only up to the first line with
    content: a question alone ("Вопрос: …?") is no headline when an answer follows
    (archive/content_lines.py), and a briefing's headline names the topics of the headings
    below it (archive/briefings.py).
    """
    if row.title and row.title.strip():
        return headline_and_summary(row.title, "", limit=0)[0]
    return headline_and_summary(None, row.text[:HEADLINE_SCAN], limit=0)[0]


def updated_of(row: ExportRow) -> datetime:
    return row.edited_at if row.edited_at and row.edited_at > row.published_at else row.published_at


def entry_element(
    row: ExportRow, page_url: str | None = None, usernames: Mapping[str, str] | None = None
) -> ET.Element:
    """One post as an ``<entry>``: its text as plain text (never HTML), its original
    (:func:`archive.links.post_url`) as the alternate link, ``page_url`` (the post's page on
    the web app) as a related link."""
    entry = ET.Element("entry")
    _sub(entry, "id", entry_id(row))
    _sub(entry, "title", headline(row), type="text")
    _sub(entry, "published", iso_utc(row.published_at))
    _sub(entry, "updated", iso_utc(updated_of(row)))
    author = _sub(entry, "author")
    _sub(author, "name", row.source_title or row.source)
    if url := post_url(row, usernames):
        _sub(entry, "link", rel="alternate", href=url)
    if page_url:
        _sub(entry, "link", rel="related", href=page_url, type="text/html")
    for tag in row.tags:
        _sub(entry, "category", term=tag)
    _sub(entry, "content", row.text, type="text")
    return entry


def _serialise(el: ET.Element) -> str:
    return ET.tostring(el, encoding="unicode", short_empty_elements=True)


def write_feed(
    rows: Iterable[ExportRow],
    out: TextIO,
    *,
    title: str,
    name: str,
    self_url: str | None = None,
    page_url: str | None = None,
    post_page: str | None = None,
    usernames: Mapping[str, str] | None = None,
) -> int:
    """Write ``rows`` as an Atom feed to ``out``; returns the number of entries.

    ``name`` makes the feed's id (:func:`feed_id`); ``self_url`` is where the feed is served,
    ``page_url`` the HTML page it mirrors, ``post_page`` a pattern with ``{id}`` for each
    post's page (all optional: an exported file has none); ``usernames`` as for digests'
    links (the config's ``[sources.NAME] username``).
    """

    def entries() -> Iterator[tuple[ET.Element, datetime]]:
        for row in rows:
            link = post_page.format(id=row.id) if post_page else None
            yield entry_element(row, link, usernames), updated_of(row)

    return write_entries(
        entries(), out, title=title, name=name, self_url=self_url, page_url=page_url
    )


def write_entries(
    entries: Iterable[tuple[ET.Element, datetime]],
    out: TextIO,
    *,
    title: str,
    name: str,
    self_url: str | None = None,
    page_url: str | None = None,
) -> int:
    """Write a feed of ready ``<entry>`` elements, each with its time of last change (the
    newest is the feed's ``updated``); returns the number of entries. See :func:`write_feed`.
    """
    out.write("<?xml version='1.0' encoding='utf-8'?>\n")
    out.write(f'<feed xmlns="{ATOM_NS}">')
    head = ET.Element("head")
    _sub(head, "id", feed_id(name))
    _sub(head, "title", title, type="text")
    _sub(head, "generator", "tg-archiver")
    if self_url:
        _sub(head, "link", rel="self", href=self_url, type="application/atom+xml")
    if page_url:
        _sub(head, "link", rel="alternate", href=page_url, type="text/html")
    for child in head:
        out.write(_serialise(child))
    n = 0
    newest: datetime | None = None
    for entry, when in entries:
        newest = when if newest is None or when > newest else newest
        out.write("\n" + _serialise(entry))
        n += 1
    updated = ET.Element("updated")
    updated.text = iso_utc(newest) if newest else "1970-01-01T00:00:00Z"
    out.write("\n" + _serialise(updated) + "\n</feed>\n")
    return n


def digest_entry(*, name: str, day: str, title: str, html: str, updated: datetime) -> ET.Element:
    """One day's digest as an entry: ``html`` is the digest's text as composed for Telegram
    (its own escaping; ``<b>``, ``<i>``, ``<a>``), its line breaks made ``<br>``; the reader
    gets it escaped in the XML, as Atom's ``type="html"`` asks. ``updated``: its newest post
    or edit."""
    entry = ET.Element("entry")
    _sub(entry, "id", f"{TAG_AUTHORITY}digest/{_tag_part(name)}/{day}")
    _sub(entry, "title", title, type="text")
    _sub(entry, "updated", iso_utc(updated))
    author = _sub(entry, "author")
    _sub(author, "name", "tg-archiver")
    _sub(entry, "content", html.replace("\n", "<br>\n"), type="html")
    return entry


def write_atom(
    rows: Iterable[ExportRow], out: TextIO, *, title: str = DEFAULT_TITLE, note: str | None = None
) -> int:
    """The export writer (:data:`archive.export.FORMATS`): every post given, as one feed whose
    id follows from the export's title (so exporting the same selection again keeps it)."""
    return write_feed(rows, out, title=title, name=f"export/{title}")
