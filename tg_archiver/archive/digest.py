"""Digest composition: stored posts of a window in, Telegram HTML messages out.

Pure functions, no I/O and no clock: the window comes in as arguments, so the same rows and
options always give the same messages.

    rows = await store.digest_rows(["SCO", "BRICS"], since=since, until=until)
    messages = compose_digest(rows, DigestOptions("Morning digest", ("SCO", "BRICS")),
                              since=since, until=until)

Choices a caller must know:

- Copies fold into one story (archive.digest_items: which post leads it, and the posts that
  are no story), shown once, with "+N sources" naming and linking the *other* sources, and
  "+N copies" counting the lead's own channel's re-posts.
- A story reads: headline, summary, the source linked to the post, its time, then the other
  sources and copies; then, each on a line of its own ("Also ТАСС: …"), the reports folded
  into it that name what it does not show (archive.digest_additions), when it has a summary
  of :data:`ADDED_CHARS` or more. Headline and summary come from :mod:`archive.summary` (the summary
  never repeats the headline); the link from :mod:`archive.links` (every channel post has
  one: ``t.me/<username>/<id>`` or ``t.me/c/<channel id>/<id>``).
- A topic with more stories than ``max_items_per_topic`` shows those most about it (its
  hashtag or heading, then its lead, then a passing mention: archive.digest_topics), then
  the most covered (sources, then posts), then the newest of each day in turn, and ends with
  "and N more: /search tag:X since:… until:…", a command the bot's /search runs. The topic's
  heading and the digest's header count every story, shown or not.
- A story goes under exactly one topic: the one of ``options.topics`` it is most about
  (weighed over its lead and copies together, archive.digest_topics); among equals, the one
  where more of the stories told alike went (one event under one topic: :func:`by_topic`),
  else the first in that order. So the CSTO ministers' statement that names the SCO in its
  last sentence is listed under #CSTO whatever the order, and a post tagged #SCO and #CIS
  alike goes under whichever of the two the digest names first (unless a report of its event
  went under the other); the other's heading counts it ("#CIS · 2
  stories · 1 more under #SCO").
- Undated posts (``date_source == "file"``: a text dump's post whose text names no day, so
  its time is only the file's) are left out unless ``include_undated``; shown, they say
  "undated" where a story gives its time. A post dated by a line of its own text says so:
  "2024-03-12 (date from its text)".
- Topics are ordered by how many stories they have (most first; ties keep the options' order;
  "Other" last); a topic's stories the most covered first (sources, then posts; ties by
  time), those naming it only in passing last: the day's main story leads its topic.
  Topics are written as real hashtags (``#SCO``) so Telegram's hashtag search finds the
  digest.
- Messages are split *between* stories, never inside one, so that each message is at most
  :data:`MAX_UTF16` UTF-16 code units and at most :data:`MAX_ENTITIES` entities. Both are
  measured on the HTML source, which is never shorter than the text Telegram shows, so the
  limits hold with margin. Entities counted: ``<b>``, ``<i>``, ``<a>`` and what Telegram
  detects by itself in the text (hashtags, mentions, cashtags, URLs). A story too big for one
  message on its own is shortened (summary cut, then fewer sources listed), not split.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache, partial
from itertools import groupby
from zoneinfo import ZoneInfo

from tg_archiver.archive import lazy_re
from tg_archiver.archive.bidi import closed
from tg_archiver.archive.briefings import BRIEFING
from tg_archiver.archive.digest_additions import additions
from tg_archiver.archive.digest_items import DigestItem, group_items, media_headline, source_name
from tg_archiver.archive.digest_retellings import Likeness
from tg_archiver.archive.digest_topics import LEAD, NAMED, PASSING, Weights
from tg_archiver.archive.digest_translations import TranslationLikeness
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.links import post_url
from tg_archiver.archive.models import UNDATED
from tg_archiver.archive.sentences import sentences
from tg_archiver.archive.summary import headline_and_summary
from tg_archiver.archive.summary import shorten as _shorten
from tg_archiver.archive.tags import TopicAliases, tag_key
from tg_archiver.archive.timefmt import day as since_day
from tg_archiver.archive.timefmt import minute

MAX_UTF16 = 4096
MAX_ENTITIES = 100
NAME_CHARS = 64  # source and topic names, the digest title
TITLE_CHARS = 120
OTHER_TOPIC = "Other"

_TAG = lazy_re.compile(r"<[^>]*>")
_OPEN_ENTITY = lazy_re.compile(r"<(?:b|i|a|code)[\s>]")
# What Telegram turns into entities on its own (over-counting is safe, under-counting is not).
_AUTO_ENTITY = lazy_re.compile(r"(?<![\w/])[#@$]\w+|https?://\S+")
_NOT_HASHTAG = lazy_re.compile(r"\W+")


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
    # (saved search name, its query as typed): the "and N more" line of a cut topic gives it.
    search_queries: tuple[tuple[str, str], ...] = ()
    # (source key or casefolded title, channel username) from the config's [sources.NAME]:
    # links for channels whose posts came from an export without usernames (archive.links).
    usernames: tuple[tuple[str, str], ...] = ()
    # Undated posts (text dumps without a dateline) are shown, labelled "undated"; by default
    # they are left out, since their time is only the file's and they would read as news.
    include_undated: bool = False
    # The IANA time zone the digest's times are written in (a [[digests]] entry's, whose
    # schedule is read in it; a subscription's): "2024-10-22 09:02 MSK", not 06:02 UTC.
    timezone: str = "UTC"
    # The config's [topics]: which of its topics a story is most about (its hashtag, its
    # heading, its lead, or a phrase in passing: archive.digest_topics).
    aliases: TopicAliases | None = field(default=None, compare=False, hash=False)

    def label(self, topic: str) -> str:
        """How a topic is written: ``#SCO`` for a tag, a saved search by its name."""
        return topic if topic == OTHER_TOPIC or topic in self.searches else hashtag(topic)


def compose_digest(
    rows: Iterable[ExportRow],
    options: DigestOptions,
    *,
    since: datetime,
    until: datetime,
) -> list[str]:
    """The digest of ``rows`` for the window ``[since, until)`` as HTML parse-mode messages."""
    sections = digest_sections(rows, options, since=since, until=until)
    topics, shown, weights = sections.topics, sections.shown, sections.weights
    if not topics:
        if not options.say_when_empty:
            return []
        names = ", ".join(options.label(t) for t in options.topics) or "any topic"
        zone = options.timezone
        window = f"{local_minute(since, zone)} – {local_minute(until, zone)}"
        return [f"No new posts for {_esc(names)}, {window}"]

    stories = [i for t, _ in shown for i in topics[t]]
    title = _esc(_shorten(" ".join(options.title.split()), TITLE_CHARS))
    cont_header = f"<b>{title}</b> (99999/99999)"
    part_reserve = _units(" (99999/99999)")
    cont_reserve = _units(cont_header + "\n\n")
    cont_entities = count_entities(cont_header)

    elsewhere = also_under(topics, options)
    named = [t for t, _ in shown if t != OTHER_TOPIC]
    header = "\n".join(
        [
            f"<b>{title}</b>",
            f"{local_minute(since, options.timezone)} – {local_minute(until, options.timezone)}",
            f"{_count(len(stories), 'story', 'stories')} from"
            f" {_count(sum(len(i.rows) for i in stories), 'post')},"
            f" {_count(len({r.source for i in stories for r in i.rows}), 'source')},"
            f" {_count(len(named), 'topic')}" + (" and Other" if len(named) < len(shown) else ""),
            _esc(" ".join(hashtag(t) for t, _ in shown if options.label(t) != t)),
            _esc(_absent_line(options, topics, elsewhere)),
        ]
    ).rstrip("\n")

    # Units that must stay together: a topic's heading travels with its first story, and the
    # digest's header with the very first one; a topic's "and N more" line with its last story.
    # A message that opens inside a topic names it again ("#SCO (cont.)"): room for the
    # longest such line in every message after the first.
    cont_reserve += max(_units(f"<b>{_esc(options.label(t))}</b> (cont.)\n\n") for t, _ in shown)
    cont_entities += 1
    units: list[str] = []
    goes_on: list[str | None] = []  # each unit's "#SCO (cont.)" line, when it is no heading
    for topic, its in shown:
        label = _esc(options.label(topic))
        heading = f"<b>{label}</b> · {_count(len(topics[topic]), 'story', 'stories')}"
        if elsewhere.get(topic):
            heading += " · " + ", ".join(
                f"{n} more under {_esc(options.label(other))}"
                if i == 0
                else f"{n} under {_esc(options.label(other))}"
                for i, (other, n) in enumerate(elsewhere[topic])
            )
        if not units:
            heading = f"{header}\n\n{heading}"
        more = ""
        if len(its) < len(topics[topic]):
            hidden = len(topics[topic]) - len(its)
            more = "\n\n" + more_line(topic, hidden, options, since, until)
        room = MAX_UTF16 - cont_reserve - _units(heading + "\n\n" + more) - 2
        entity_room = MAX_ENTITIES - cont_entities - count_entities(heading + more)
        for n, item in enumerate(its):
            block = _fit_item(item, options, room, entity_room, _about_summary(weights, topic))
            if n == 0:
                block = f"{heading}\n\n{block}"
            if n == len(its) - 1:
                block += more
            units.append(block)
            goes_on.append(None if n == 0 else f"<b>{label}</b> (cont.)")

    parts: list[list[str]] = [[]]
    for unit, topic_line in zip(units, goes_on, strict=True):
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
            parts.append([f"{topic_line}\n\n{unit}" if topic_line else unit])

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


@dataclass(frozen=True)
class DigestSections:
    """What a digest shows, before it is written: each topic's stories (``topics``: every
    story filed under it) and, in the digest's order, the stories each topic shows
    (``shown``: at most ``max_items_per_topic``, see :func:`choose`)."""

    topics: dict[str, list[DigestItem]]
    shown: list[tuple[str, list[DigestItem]]]
    weights: Weights


def digest_sections(
    rows: Iterable[ExportRow],
    options: DigestOptions,
    *,
    since: datetime,
    until: datetime,
) -> DigestSections:
    """The stories :func:`compose_digest` writes for ``rows`` and the window ``[since,
    until)``: copies folded (archive.digest_items), each story under one topic
    (:func:`by_topic`), the topics most stories first ("Other" last) and each one's choice."""
    given = list(rows)
    rows = in_window(given, options, since=since, until=until)
    weights = Weights(options.aliases, options.searches)
    items = group_items(rows, {r.id for r in given})
    # How alike the window's stories are told, made once when first needed: by a story
    # equally about two topics, and by a topic with more stories than it shows.
    likeness = cache(partial(Likeness, items))
    topics = by_topic(items, options, weights, likeness)
    # Most stories first (stable: ties keep the options' order); "Other" always last.
    order = sorted(topics, key=lambda t: (t == OTHER_TOPIC, -len(topics[t])))
    limit = options.max_items_per_topic
    crowded = any(len(its) > limit for its in topics.values())
    # Told alike in one language, or in the two (archive.digest_translations).
    translated = TranslationLikeness(items).alike if crowded else None

    def alike(a: DigestItem, b: DigestItem) -> bool:
        return translated is not None and (likeness().alike(a, b) or translated(a, b))

    # "Other" (last) lists the events the topics above did not before more of theirs: an
    # untagged agency's report of a story shown under its topic.
    shown: list[tuple[str, list[DigestItem]]] = []
    for t in order:
        above = [i for _, its in shown for i in its] if t == OTHER_TOPIC else []
        shown.append(
            (t, choose(topics[t], limit, options.timezone, _about(weights, t), alike, above))
        )
    return DigestSections(topics, shown, weights)


def in_window(
    rows: Iterable[ExportRow], options: DigestOptions, *, since: datetime, until: datetime
) -> list[ExportRow]:
    """The rows a digest of ``[since, until)`` shows: undated ones only with
    ``include_undated`` (their time, the file's, says nothing of when they were written)."""
    return [
        r
        for r in rows
        if since <= r.published_at < until and (options.include_undated or r.date_source != UNDATED)
    ]


def choose(
    items: Sequence[DigestItem],
    limit: int,
    zone: str = "UTC",
    about: Callable[[DigestItem], int] = lambda _: 0,
    alike: Callable[[DigestItem, DigestItem], bool] = lambda _a, _b: False,
    shown: Sequence[DigestItem] = (),
) -> list[DigestItem]:
    """The ``limit`` stories a topic shows when it has more: those most ``about`` it (named
    by their author or heading before those naming it in their lead, and those before the
    passing mentions: archive.digest_topics), then the most covered (sources, then posts);
    among equals, the newest of each day in turn (the newest day first), so that a week's
    digest is not its last day's. Among stories as much about the topic, one ``alike`` a
    story already chosen, or ``shown`` under another topic (likely more of one event, in one
    language or in the two: archive.digest_retellings.Likeness,
    archive.digest_translations.TranslationLikeness), comes after every other, so one
    event's reports do not take all the places. Listed as an editor leads: the topic's own
    news before the stories that name it only in passing (and photos without words), each
    part the most covered first (sources, then posts: the day's main story leads, not its
    last report), among equals in time order. Days are those of ``zone``."""

    def listed(kept: Iterable[DigestItem]) -> list[DigestItem]:
        # Stable: ``items`` come in time order, which equals keep.
        return sorted(
            kept,
            key=lambda i: (about(i) <= PASSING, -len({r.source for r in i.rows}), -len(i.rows)),
        )

    if len(items) <= limit:
        return listed(items)

    def coverage(i: DigestItem) -> tuple[int, int, int]:
        return about(i), len({r.source for r in i.rows}), len(i.rows)

    def day(i: DigestItem) -> date:
        return _local(i.lead.published_at, zone).date()

    # Among stories of equal coverage, each one's place in its day, newest first.
    place: dict[int, int] = {}
    seen: dict[tuple[tuple[int, int, int], date], int] = {}
    for item in sorted(items, key=lambda i: i.lead.published_at, reverse=True):
        key = (coverage(item), day(item))
        place[id(item)] = seen.get(key, 0)
        seen[key] = place[id(item)] + 1
    ranked = sorted(
        items,
        key=lambda i: (
            tuple(-n for n in coverage(i)),
            place[id(i)],
            -day(i).toordinal(),
        ),
    )
    chosen: list[DigestItem] = []
    for _, equals in groupby(ranked, key=about):
        later: list[DigestItem] = []
        for item in equals:
            if any(alike(item, c) for c in (*shown, *chosen)):
                later.append(item)
            else:
                chosen.append(item)
        chosen += later
        if len(chosen) >= limit:
            break
    kept = {id(i) for i in chosen[: max(limit, 0)]}
    return listed(i for i in items if id(i) in kept)


def more_line(
    topic: str, hidden: int, options: DigestOptions, since: datetime, until: datetime
) -> str:
    """ "and N more: /search tag:X since:… until:…", a command the bot's /search runs as
    written, over the digest's own window: its moments in the digest's time zone
    ("since:2026-12-02T00:00+03:00"; a bare date is a day of UTC to /search, so a Moscow
    digest's midnight named the day before). A saved-search topic gives its own query;
    "Other" has no query to give. Escaped; the command in ``<code>``, which Telegram copies
    on a tap (a tapped "/search …" sent "/search" alone)."""
    window = f"since:{_moment(since, options.timezone)} until:{_moment(until, options.timezone)}"
    queries = dict(options.search_queries)
    if topic == OTHER_TOPIC and topic not in queries:
        return f"and {hidden} more"
    if topic in queries:
        command = f"/search {queries[topic]} {window}"
    else:
        name = topic.strip().lstrip("#")
        value = f'"{name}"' if re.search(r"[\s\"]", name) else name
        command = f"/search tag:{value} {window}"
    return f"and {hidden} more: <code>{_esc(command)}</code>"


def _moment(moment: datetime, zone: str) -> str:
    """``moment`` to the minute in ``zone``, as /search reads it: "2026-12-02T00:00+03:00"."""
    local = _local(moment, zone)
    offset = local.strftime("%z") or "+0000"
    mark = "Z" if offset == "+0000" else f"{offset[:3]}:{offset[3:]}"
    return f"{local:%Y-%m-%dT%H:%M}{mark}"


def _absent_line(
    options: DigestOptions,
    topics: dict[str, list[DigestItem]],
    elsewhere: dict[str, list[tuple[str, int]]],
) -> str:
    """What the digest says of a topic it was asked for and has no section for: "#CIS: 2
    under #SCO" when its stories went under an earlier topic, "nothing for #CIS" else (a
    topic that vanished read as one forgotten)."""
    parts = []
    for topic in options.topics:
        if topic in topics:
            continue
        label = options.label(topic)
        if elsewhere.get(topic):
            where = ", ".join(f"{n} under {options.label(o)}" for o, n in elsewhere[topic])
            parts.append(f"{label}: {where}")
        else:
            parts.append(f"nothing for {label}")
    return "; ".join(parts)


def also_under(
    topics: dict[str, list[DigestItem]], options: DigestOptions
) -> dict[str, list[tuple[str, int]]]:
    """For each topic, how many of its stories are listed under an earlier topic (a story goes
    under one topic only): BRICS's heading says "16 more under #SCO" when 16 stories tagged
    #BRICS went under #SCO, named first."""
    keys = {t: tag_key(t) for t in options.topics}
    out: dict[str, list[tuple[str, int]]] = {}
    for topic in options.topics:
        counts = [
            (other, n)
            for other, items in topics.items()
            if other != topic
            and (n := sum(keys[topic] in i.tag_keys for i in items if other in keys))
        ]
        if counts:
            out[topic] = counts
    return out


def by_topic(
    items: Sequence[DigestItem],
    options: DigestOptions,
    weights: Weights | None = None,
    likeness: Callable[[], Likeness] | None = None,
) -> dict[str, list[DigestItem]]:
    """Each story under the digest's topic it is most about (see the module's notes). Among
    topics it is equally about, the one where more of the stories told alike went (more of
    its event: archive.digest_retellings.Likeness), then the first: TASS's report of the
    Majlis vote, tagged #МАГАТЭ and #Иран alike, goes where RIA's report of it went, not
    under the topic the config names first. ``likeness``: gives the window's Likeness (made
    here when not given)."""
    weights = weights or Weights(options.aliases, options.searches)
    best = [weights.most_about(item, options.topics) for item in items]
    filed: dict[int, str] = {n: b[0] for n, b in enumerate(best) if len(b) == 1}
    tied = [n for n, b in enumerate(best) if len(b) > 1]
    if tied:
        alike = (likeness or partial(Likeness, items))().alike
        for n in tied:
            near = Counter(filed[m] for m in filed if alike(items[n], items[m]))
            filed[n] = max(best[n], key=near.__getitem__)  # among equals the first
    found: dict[str, list[DigestItem]] = {t: [] for t in options.topics}
    other: list[DigestItem] = []
    for n, item in enumerate(items):
        if n in filed:
            found[filed[n]].append(item)
        elif options.include_untagged:
            other.append(item)
    result = {t: its for t, its in found.items() if its}
    if other:
        result[OTHER_TOPIC] = other
    return result


def _about(weights: Weights, topic: str) -> Callable[[DigestItem], int]:
    """How much a story is about ``topic``, as :func:`choose` ranks them: tagged by its
    author or named in its headline alike, then named in its lead, then in passing; a post
    with nothing but a photo to show ("(photo)" under its tags) after every story told in
    words."""
    return lambda item: 0 if media_headline(item.lead) else min(weights.of(item, topic), NAMED)


def _about_summary(weights: Weights, topic: str) -> Callable[[DigestItem, str], str | None]:
    """What a story naming ``topic`` only in its lead or in passing says of it, when its
    headline and summary (``shown``) do not name it: its first sentence naming the topic
    (None for a story whose author or headline names it, and under "Other")."""

    def said(item: DigestItem, shown: str) -> str | None:
        if topic == OTHER_TOPIC:
            return None
        headline, _, summary = shown.partition("\n")
        if BRIEFING.match(headline):  # archive.briefings
            shown = summary  # its headline lists its topics; its summary is its first answer
        elif weights.of(item, topic) not in (LEAD, PASSING):
            return None
        if weights.names(shown, topic):
            return None
        return weights.sentence_about(item.lead, topic)

    return said


# -- one story --------------------------------------------------------------------------------


def render_item(
    item: DigestItem,
    options: DigestOptions,
    max_sources: int | None = None,
    about: Callable[[DigestItem, str], str | None] = lambda _, __: None,
) -> str:
    """One story as HTML: headline, summary, then the linked source and time, then the other
    sources ("+N sources", each linked) and same-channel copies ("+N copies"). Every user
    text escaped. ``about``: given the story and what its headline and summary say, the
    sentence that says what it has to do with the topic it is listed under, when they do not
    (archive.digest_topics); it is the summary then."""
    lead = item.lead
    headline, summary = headline_and_summary(lead.title, lead.text, limit=options.excerpt_chars)
    headline = media_headline(lead) or headline
    if options.excerpt_chars <= 0 and headline.endswith("…"):
        headline = _whole_sentence(lead, headline)
    if options.excerpt_chars > 0 and (said := about(item, f"{headline}\n{summary}")):
        summary = _shorten(said, options.excerpt_chars)
    lines = [f"<b>{_esc(headline)}</b>"]
    if summary:
        lines.append(_esc(summary))
    usernames = dict(options.usernames)
    where = [_linked(lead, usernames), post_time(lead, options.timezone)]
    added = additions(item, [headline, summary]) if options.excerpt_chars >= ADDED_CHARS else []
    told = [f"Also {_linked(row, usernames)}: {_esc(said)}" for row, said in added]
    others = item.other_sources(usernames, leave_out={row.source for row, _ in added})
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
        where.append(f"+{len(others)} {noun}" + (": " + ", ".join(names) if names else ""))
    copies = item.same_channel_copies()
    if copies:
        where.append(f"+{_count(len(copies), 'copy', 'copies')}")
    lines.append(" · ".join(where))
    return "\n".join([*lines, *told])


# The reports folded into a story that name what it does not show are listed under it
# ("Also ТАСС: …", archive.digest_additions) while its summary has this many characters.
ADDED_CHARS = 100


def _linked(row: ExportRow, usernames: dict[str, str]) -> str:
    """A post's source's name, linked to the post when it has a link."""
    name = _esc(_shorten(source_name(row), NAME_CHARS))
    url = post_url(row, usernames)
    return f'<a href="{_attr(url)}">{name}</a>' if url else name


WHOLE_HEADLINE_CHARS = 300  # a headlines-only digest shows a first sentence this long whole


def _whole_sentence(lead: ExportRow, headline: str) -> str:
    """A cut headline with the rest of its sentence, where a digest has no summary to go on
    with it (``excerpt_chars = 0``): "… a telephone conversation with Director General of
    the International Atomic Energy Agency Rafael Grossi", not "… with Director General…";
    cut only past :data:`WHOLE_HEADLINE_CHARS`."""
    rest = headline_and_summary(lead.title, lead.text, limit=WHOLE_HEADLINE_CHARS)[1]
    if not rest.startswith("…"):
        return headline
    tail = next(iter(sentences(rest[1:])), "").rstrip(".")
    head = headline[:-1].rstrip()
    whole = f"{head}{_mark_at_cut(lead.text, head, tail)} {tail}"
    return whole if tail and len(whole) <= WHOLE_HEADLINE_CHARS else headline


def _mark_at_cut(text: str, head: str, tail: str) -> str:
    """The comma (or other mark) the post has where a headline was cut ("…по иранским
    ядерным объектам, находящимся под гарантиями…"), which the cut headline left out; ""
    when it has none there."""
    if not head.split() or not tail.split():
        return ""
    last, first = head.split()[-1], tail.split()[0]
    m = re.search(rf"{re.escape(last)}([,;:])\s+{re.escape(first)}", text)
    return m.group(1) if m else ""


def _fit_item(
    item: DigestItem,
    options: DigestOptions,
    room: int,
    entity_room: int,
    about: Callable[[DigestItem, str], str | None] = lambda _, __: None,
) -> str:
    """The story rendered to fit in ``room`` units and ``entity_room`` entities."""
    fitted, sources = options, None
    while True:
        block = render_item(item, fitted, sources, about)
        chars = fitted.excerpt_chars
        if (_units(block) <= room and count_entities(block) <= entity_room) or (
            chars == 0 and sources == 0
        ):
            return block
        if chars > 0:
            fitted = replace(fitted, excerpt_chars=chars // 2)
        else:
            sources = len(item.other_sources()) // 2 if sources is None else sources // 2


# -- helpers ----------------------------------------------------------------------------------


def hashtag(topic: str) -> str:
    """A topic as a hashtag Telegram recognises: ``#SCO``, ``#Asia_Pacific``."""
    return "#" + _NOT_HASHTAG.sub("_", topic.strip().lstrip("#")).strip("_")


def count_entities(message: str) -> int:
    """Entities of an HTML message: its b/i/a tags and what Telegram detects in the text."""
    visible = html.unescape(_TAG.sub("", message))
    return len(_OPEN_ENTITY.findall(message)) + len(_AUTO_ENTITY.findall(visible))


def _esc(text: str) -> str:
    """User text for an HTML text node: <, > and & escaped (quotes need no escaping there),
    the bidirectional controls it left open closed (archive.bidi)."""
    return html.escape(closed(text), quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_units = utf16_len


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def post_time(row: ExportRow, zone: str = "UTC") -> str:
    """When a post was published, as far as known: "2024-03-04 09:15 UTC" (or in ``zone``:
    "2024-03-04 12:15 MSK") from its source, "2024-03-12 (date from its text)" from a
    dateline (a day, no time), "undated"."""
    if row.date_source == UNDATED:
        return "undated"
    if row.date_source == "text":
        return f"{since_day(row.published_at)} (date from its text)"
    return local_minute(row.published_at, zone)


def _local(moment: datetime, zone: str) -> datetime:
    """``moment`` in ``zone`` (UTC when the zone cannot place it)."""
    if zone != "UTC":
        try:
            return moment.astimezone(ZoneInfo(zone))
        except (OverflowError, ValueError):
            pass
    return moment.astimezone(UTC) if moment.tzinfo else moment


def local_minute(moment: datetime, zone: str = "UTC") -> str:
    """``moment`` to the minute in ``zone``, named by its abbreviation ("MSK", "CET", or an
    offset such as "+04" where the zone has none)."""
    if zone != "UTC":
        try:
            local = moment.astimezone(ZoneInfo(zone))
            return f"{local.isoformat(sep=' ', timespec='minutes')[:16]} {local.tzname()}"
        except (OverflowError, ValueError):  # year 1 or 9999 pushed past the calendar
            pass
    return f"{minute(moment)} UTC"
