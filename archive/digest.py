"""Digest composition: stored posts of a window in, Telegram HTML messages out.

Pure functions, no I/O and no clock: the window comes in as arguments, so the same rows and
options always give the same messages.

    rows = await store.digest_rows(["SCO", "BRICS"], since=since, until=until)
    messages = compose_digest(rows, DigestOptions("Morning digest", ("SCO", "BRICS")),
                              since=since, until=until)

Choices a caller must know:

- Copies fold into one story (:class:`DigestItem`): rows whose ``duplicate_of`` points to the
  same original (exact and near duplicates, linked forwards) show once, with "+N sources"
  naming and linking the *other* sources. If the original is outside the window, the earliest
  copy inside it leads.
- A story goes under exactly one topic: the first of ``options.topics`` (in that order) that
  the story has (the tags of its lead and copies together). So a post tagged #SCO and #CIS is
  listed once, under whichever of the two the digest names first.
- Topics are ordered by how many stories they have (most first; ties keep the options' order),
  stories by time. Topics are written as real hashtags (``#SCO``) so Telegram's hashtag
  search finds the digest.
- Messages are split *between* stories, never inside one, so that each message is at most
  :data:`MAX_UTF16` UTF-16 code units and at most :data:`MAX_ENTITIES` entities. Both are
  measured on the HTML source, which is never shorter than the text Telegram shows, so the
  limits hold with margin. Entities counted: ``<b>``, ``<i>``, ``<a>`` and what Telegram
  detects by itself in the text (hashtags, mentions, cashtags, URLs). A story too big for one
  message on its own is shortened (excerpt cut, then fewer sources listed), not split.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from archive.export import ExportRow
from archive.tags import tag_key

MAX_UTF16 = 4096
MAX_ENTITIES = 100
HEADLINE_CHARS = 100
NAME_CHARS = 64  # source and topic names, the digest title
TITLE_CHARS = 120
URL_CHARS = 1024  # a longer URL is not linked: it would eat a message by itself
OTHER_TOPIC = "Other"

_TAG = re.compile(r"<[^>]*>")
_OPEN_ENTITY = re.compile(r"<(?:b|i|a)[\s>]")
# What Telegram turns into entities on its own (over-counting is safe, under-counting is not).
_AUTO_ENTITY = re.compile(r"(?<![\w/])[#@$]\w+|https?://\S+")
_NOT_HASHTAG = re.compile(r"\W+")


@dataclass(frozen=True)
class DigestOptions:
    title: str
    topics: tuple[str, ...]
    max_items_per_topic: int = 10
    excerpt_chars: int = 200
    include_untagged: bool = False  # stories with none of the topics go under "Other"
    say_when_empty: bool = False  # an empty window gives one "No new posts ..." line, not []
    chart: bool = False  # deliveries add a PNG of stories per topic per day (archive.chart)
    # Topics that are saved searches, not tags: shown by name, never as a hashtag. Their rows
    # come tagged with the name (see bot.digests.DigestSender.rows).
    searches: tuple[str, ...] = ()

    def label(self, topic: str) -> str:
        """How a topic is written: ``#SCO`` for a tag, a saved search by its name."""
        return topic if topic == OTHER_TOPIC or topic in self.searches else hashtag(topic)


@dataclass(frozen=True)
class DigestItem:
    """One story: the post that leads it and its copies (duplicates, forwards) in the window."""

    lead: ExportRow
    copies: tuple[ExportRow, ...] = ()

    @property
    def rows(self) -> tuple[ExportRow, ...]:
        return (self.lead, *self.copies)

    @property
    def tag_keys(self) -> set[str]:
        return {tag_key(t) for r in self.rows for t in r.tags}

    def other_sources(self) -> list[tuple[str, str | None]]:
        """(name, http(s) URL of that source's copy or None) for each source besides the lead's.

        One entry per source, in time order; the first copy of a source gives its link.
        """
        seen = {self.lead.source}
        out: list[tuple[str, str | None]] = []
        for r in self.copies:
            if r.source in seen:
                continue
            seen.add(r.source)
            out.append((source_name(r), _http_url(r.url)))
        return out


def group_items(rows: Iterable[ExportRow]) -> list[DigestItem]:
    """Fold copies into their original; stories in time order of their lead."""
    groups: dict[int, list[ExportRow]] = {}
    for row in sorted(rows, key=lambda r: (r.published_at, r.id)):
        groups.setdefault(row.duplicate_of or row.id, []).append(row)
    items = []
    for root, members in groups.items():
        lead = next((r for r in members if r.id == root), members[0])
        items.append(DigestItem(lead, tuple(r for r in members if r is not lead)))
    items.sort(key=lambda i: (i.lead.published_at, i.lead.id))
    return items


def compose_digest(
    rows: Iterable[ExportRow],
    options: DigestOptions,
    *,
    since: datetime,
    until: datetime,
) -> list[str]:
    """The digest of ``rows`` for the window ``[since, until)`` as HTML parse-mode messages."""
    rows = [r for r in rows if since <= r.published_at < until]
    topics = by_topic(group_items(rows), options)
    if not topics:
        if not options.say_when_empty:
            return []
        names = ", ".join(options.label(t) for t in options.topics) or "any topic"
        return [f"No new posts for {_esc(names)} since {_when(since)}"]

    order = sorted(topics, key=lambda t: -len(topics[t]))  # stable: ties keep options order
    shown = [(t, topics[t][: options.max_items_per_topic]) for t in order]
    items = [i for _, its in shown for i in its]
    title = _esc(_shorten(" ".join(options.title.split()), TITLE_CHARS))
    cont_header = f"<b>{title}</b> (99999/99999)"
    part_reserve = _units(" (99999/99999)")
    cont_reserve = _units(cont_header + "\n\n")
    cont_entities = count_entities(cont_header)

    header = "\n".join(
        [
            f"<b>{title}</b>",
            f"{_when(since)} – {_when(until)}",
            f"{_count(len(items), 'story', 'stories')} from"
            f" {_count(sum(len(i.rows) for i in items), 'post')},"
            f" {_count(len({r.source for i in items for r in i.rows}), 'source')},"
            f" {_count(len(shown), 'topic')}",
            _esc(" ".join(hashtag(t) for t, _ in shown if options.label(t) != t)),
        ]
    ).rstrip("\n")

    # Units that must stay together: a topic's heading travels with its first story, and the
    # digest's header with the very first one.
    units: list[str] = []
    for topic, its in shown:
        label = _esc(options.label(topic))
        heading = f"<b>{label}</b> · {len(topics[topic])}"
        if not units:
            heading = f"{header}\n\n{heading}"
        room = MAX_UTF16 - cont_reserve - _units(heading + "\n\n") - 2
        entity_room = MAX_ENTITIES - cont_entities - count_entities(heading)
        for n, item in enumerate(its):
            block = _fit_item(item, options.excerpt_chars, room, entity_room)
            units.append(f"{heading}\n\n{block}" if n == 0 else block)

    parts: list[list[str]] = [[]]
    for unit in units:
        current = parts[-1]
        candidate = "\n\n".join([*current, unit])
        reserve = part_reserve if len(parts) == 1 else cont_reserve
        entities = 0 if len(parts) == 1 else cont_entities
        if not current or (
            _units(candidate) + reserve <= MAX_UTF16
            and count_entities(candidate) + entities <= MAX_ENTITIES
        ):
            current.append(unit)
        else:
            parts.append([unit])

    total = len(parts)
    messages = []
    for n, blocks in enumerate(parts, start=1):
        text = "\n\n".join(blocks)
        if total > 1:
            if n == 1:
                first, _, rest = text.partition("\n")
                text = f"{first} ({n}/{total})\n{rest}"
            else:
                text = f"<b>{title}</b> ({n}/{total})\n\n{text}"
        messages.append(text)
    return messages


def by_topic(items: Sequence[DigestItem], options: DigestOptions) -> dict[str, list[DigestItem]]:
    """Each story under the first of the digest's topics it has (see the module's notes)."""
    found: dict[str, list[DigestItem]] = {t: [] for t in options.topics}
    other: list[DigestItem] = []
    for item in items:
        keys = item.tag_keys
        topic = next((t for t in options.topics if tag_key(t) in keys), None)
        if topic is not None:
            found[topic].append(item)
        elif options.include_untagged:
            other.append(item)
    result = {t: its for t, its in found.items() if its}
    if other:
        result[OTHER_TOPIC] = other
    return result


# -- one story --------------------------------------------------------------------------------


def render_item(item: DigestItem, excerpt_chars: int, max_sources: int | None = None) -> str:
    """One story as HTML: headline, source and time, excerpt, links. Every user text escaped."""
    lead = item.lead
    headline, rest = split_headline(lead.title, lead.text)
    lines = [f"<b>{_esc(headline)}</b>"]
    lines.append(
        f"<i>{_esc(_shorten(source_name(lead), NAME_CHARS))} · {_when(lead.published_at)}</i>"
    )
    excerpt = _shorten(" ".join(rest.split()), excerpt_chars) if excerpt_chars > 0 else ""
    if excerpt:
        lines.append(_esc(excerpt))
    links = []
    url = _http_url(lead.url)
    if url:
        links.append(f'<a href="{_attr(url)}">original</a>')
    others = item.other_sources()
    if others:
        listed = others if max_sources is None else others[:max_sources]
        names = [
            f'<a href="{_attr(u)}">{_esc(_shorten(n, NAME_CHARS))}</a>'
            if u
            else _esc(_shorten(n, NAME_CHARS))
            for n, u in listed
        ]
        if len(listed) < len(others):
            names.append(f"{len(others) - len(listed)} more")
        noun = "source" if len(others) == 1 else "sources"
        links.append(f"+{len(others)} {noun}" + (": " + ", ".join(names) if names else ""))
    if links:
        lines.append(" · ".join(links))
    return "\n".join(lines)


def _fit_item(item: DigestItem, excerpt_chars: int, room: int, entity_room: int) -> str:
    """The story rendered to fit in ``room`` units and ``entity_room`` entities."""
    chars, sources = excerpt_chars, None
    while True:
        block = render_item(item, chars, sources)
        if (_units(block) <= room and count_entities(block) <= entity_room) or (
            chars == 0 and sources == 0
        ):
            return block
        if chars > 0:
            chars //= 2
        else:
            sources = len(item.other_sources()) // 2 if sources is None else sources // 2


def split_headline(title: str | None, text: str) -> tuple[str, str]:
    """(headline, the text left for the excerpt).

    The post's title if it has one; otherwise its first meaningful line: leading emoji,
    bullets and punctuation stripped, lines of hashtags alone or without a letter or digit
    skipped. Shortened to :data:`HEADLINE_CHARS` at a word boundary; the excerpt then repeats
    the whole line, so nothing of the post is lost to the cut.
    """
    if title and title.strip():
        return _shorten(" ".join(title.split()), HEADLINE_CHARS), text
    lines = text.splitlines()
    for n, line in enumerate(lines):
        stripped = _strip_decoration(line)
        if not stripped or all(w.startswith("#") for w in stripped.split()):
            continue
        if stripped.casefold().startswith(("forwarded from", "переслано от")):
            continue
        headline = _shorten(" ".join(stripped.split()), HEADLINE_CHARS)
        # A cut headline loses the line's end: the excerpt then starts with the whole line.
        start = n + 1 if headline == " ".join(stripped.split()) else n
        return headline, "\n".join([stripped, *lines[n + 1 :]][start - n :])
    return "(no text)", ""


def _strip_decoration(line: str) -> str:
    """The line from its first letter, digit, '#', quote or bracket on."""
    for n, char in enumerate(line):
        cat = unicodedata.category(char)
        if cat[0] in "LN" or char in "#\"'«“(<[":
            return line[n:].strip()
    return ""


# -- helpers ----------------------------------------------------------------------------------


def hashtag(topic: str) -> str:
    """A topic as a hashtag Telegram recognises: ``#SCO``, ``#Asia_Pacific``."""
    return "#" + _NOT_HASHTAG.sub("_", topic.strip().lstrip("#")).strip("_")


def source_name(row: ExportRow) -> str:
    return row.source_title or row.source


def count_entities(message: str) -> int:
    """Entities of an HTML message: its b/i/a tags and what Telegram detects in the text."""
    visible = html.unescape(_TAG.sub("", message))
    return len(_OPEN_ENTITY.findall(message)) + len(_AUTO_ENTITY.findall(visible))


def _esc(text: str) -> str:
    """User text for an HTML text node: <, > and & escaped (quotes need no escaping there)."""
    return html.escape(text, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_units = utf16_len


def _http_url(url: str | None) -> str | None:
    if not url or len(url) > URL_CHARS:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary with '…' when cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
