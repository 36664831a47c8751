"""Turn what a user types into a search: a safe FTS5 MATCH expression plus filters.

Search text comes from the CLI and from Telegram chats, so it is hostile by default. FTS5 has
its own query language (``NEAR(...)``, ``col:term``, ``^start``, ``{a b}:x``, bare ``AND``/
``NOT``); a raw user string passed to MATCH either errors or means something the user did not
type. So we tokenize the text ourselves and rebuild the expression from FTS5 strings only:
every term becomes ``"..."`` with inner quotes doubled, joined by operators we chose. The
expression is then bound as a parameter by the store, never formatted into SQL.

The language::

    lavrov sco            every term must match (AND)
    "harbour forum"       a phrase: the words next to each other, in order
    brics OR sco          either; binds tighter than AND: ``a b OR c`` is a AND (b OR c)
    -word  -"a phrase"    must not match; a search needs at least one term that is not negated
    NOT word              the same as -word
    lavr*  "harbour for"* prefix (of the last word, for a phrase)
    tag:SCO  tag:"two words"  source:name  since:2024-01-01  until:2024-02-01

Only an uppercase, unquoted ``OR`` and ``NOT`` are operators: ``NOT word`` is ``-word`` (as
FTS5 and most search engines spell it, and as researchers type it). ``and``, ``or``,
``not``, ``near`` are ordinary words; ``"NOT"`` quoted is the word. A quote opens a phrase
only at the start of a term, so ``O"Brien`` is a word. Terms that contain no letter or digit
(``—``, ``...``, emoji) are dropped: the FTS5 ``unicode61`` tokenizer would see nothing in them.

Anything else is read as the words it holds (session 39: users type other engines' syntax and
mean words): an unclosed quote is its words; an ``OR`` or ``NOT`` with no term to join, an
uppercase ``AND`` (what a space means), ``NEAR``, ``NEAR/3``, ``&&`` say nothing (typed alone,
an operator is the word); ``NEAR(a b, 5)`` is ``a b``; a column filter (``title:x``,
``text:x``, ``{title clean_text}:x``) is ``x``; ``^x``, ``+x`` and ``(x`` are ``x``, and
``(lavr*)`` the prefix; a ``*`` alone beside words is nothing. Syntax alone with no word is
"nothing to search for", never a search of every post.

Filters: ``tag:`` repeats with AND (a post must carry every tag); ``source:`` repeats with OR
(a post has one source). Several ``since:``/``until:`` keep the narrowest range. Filters given
as arguments (CLI flags) merge with those in the text the same way. Dates are UTC unless they
carry an offset; ``until:2024-02-01`` includes all of Feb 1 and is stored as the exclusive bound
Feb 2 00:00, while ``until:2024-02-01T12:00`` is exclusive as written (see :func:`parse_date`).

This module reads the filters and dates and puts a search together; its parts are the typed
text as terms (archive/query_terms.py), the words that make one thing joined
(archive/query_joins.py), how each term is looked up (archive/query_lookups.py), and the
lookups as an FTS5 expression (archive/query_fts.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word, fold, words
from tg_archiver.archive.capitals import Cased, cased_forms, name_forms
from tg_archiver.archive.currencies import written as sum_written
from tg_archiver.archive.day_years import other_years, typed_day
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.given_names import Named, a_man, named, titled
from tg_archiver.archive.percentages import written
from tg_archiver.archive.query_fts import build_match
from tg_archiver.archive.query_joins import joined, topic_phrases, with_phrases
from tg_archiver.archive.query_lookups import marked, other_forms
from tg_archiver.archive.query_terms import FILTER_EXAMPLES, Term, scan, term_groups
from tg_archiver.archive.query_titles import without_titles
from tg_archiver.archive.spelled_days import days_in_figures
from tg_archiver.archive.tags import TopicAliases, tag_key
from tg_archiver.archive.typed_dates import is_month, month_names
from tg_archiver.archive.typed_dates import spellings as day_spellings

__all__ = [
    "MAX_FILTER_VALUES",
    "SearchQuery",
    "parse_date",
    "parse_query",
    "searched_as",
]


@dataclass(frozen=True)
class SearchQuery:
    """A parsed search, ready for the store.

    ``match`` is an FTS5 MATCH expression built only from quoted strings and our own operators
    (bind it as a parameter), or None when the search has filters only. ``since`` is an
    inclusive and ``until`` an exclusive bound, both timezone-aware UTC.
    """

    match: str | None
    tags: tuple[str, ...]
    sources: tuple[str, ...]
    since: datetime | None
    until: datetime | None
    text: str
    forms: frozenset[str] = frozenset()  # analysed words searched for, to mark in passages
    prefixes: frozenset[str] = frozenset()  # folded prefixes searched for, likewise
    # (a word typed, the phrase aliases of the topic it names): also looked up, in any of
    # their forms ("SCO" finds "Shanghai Cooperation Organisation"; see with_phrases).
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # For each word typed with capitals that say which word it is (archive/capitals.py:
    # "US", "WHO", "Песков", "May 9"): what a matching post must hold as written, any one.
    cased: tuple[tuple[Cased, ...], ...] = ()
    # For each surname typed after a given name (archive/given_names.py: "Сергей Лавров"):
    # a post naming another person of the surname is left out.
    named: tuple[Named, ...] = ()


# YYYY-MM-DD, optionally THH:MM[:SS] and then Z or ±HH:MM. Stricter than
# datetime.fromisoformat on purpose: "20240101" or "2024-W01" are more likely typos than intent.
_DATE_RE = lazy_re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:\d{2})?)?",
    re.ASCII | re.IGNORECASE,
)


MAX_FILTER_VALUES = 100
"""Most tags, and most sources, one search or export may name: each nests the store's WHERE
clause one level deeper, and SQLite refuses expressions deeper than 1000."""


def parse_date(value: str, *, end_of_day: bool = False, zone: str = "UTC") -> datetime:
    """A user's date or date-time as an aware UTC datetime.

    Accepts ``YYYY-MM-DD`` and ``YYYY-MM-DDTHH:MM[:SS]`` (or a space for the ``T``) with an
    optional ``Z`` or ``±HH:MM``; without an offset the time is ``zone``'s (an IANA name; a
    digest's own time zone, so that its ``--since 2025-07-16`` is Moscow's midnight, not
    03:00 MSK). With ``end_of_day`` a bare date becomes the *next* day's midnight, so that
    as an exclusive upper bound it includes the whole day the user named (``until
    2024-02-01`` keeps posts of Feb 1). A date with a time is taken as given.
    """
    m = _DATE_RE.fullmatch(value.strip())
    if m is None:
        raise InputError(f"bad date {value!r}: use YYYY-MM-DD")
    year, month, day, hour, minute, second, offset = m.groups()
    try:
        tz: tzinfo = UTC if zone == "UTC" else ZoneInfo(zone)
        if offset is not None and offset.upper() == "Z":
            tz = UTC
        elif offset is not None:
            sign = -1 if offset[0] == "-" else 1
            tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        dt = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
        if hour is not None and isinstance(tz, ZoneInfo):
            _exists(dt, value, zone)
        if end_of_day and hour is None:
            # The last day a datetime holds has no next midnight: its last moment instead.
            dt = (
                dt + timedelta(days=1)
                if dt.date() < date.max
                else dt.replace(hour=23, minute=59, second=59, microsecond=999_999)
            )
        return dt.astimezone(UTC)
    except ValueError:
        raise InputError(f"bad date {value!r}: no such day or time (use YYYY-MM-DD)") from None
    except OverflowError:
        raise InputError(f"bad date {value!r}: outside years 1..9999 in UTC") from None


def _exists(moment: datetime, value: str, zone: str) -> None:
    """Refuse a wall-clock time that ``zone`` skips (02:30 when the clocks go from 02:00 to
    03:00): zoneinfo reads it as 03:30, so "--since 02:30 --until 03:30" was an empty window,
    "--since must be before --until", though it is not as typed."""
    again = moment.astimezone(UTC).astimezone(moment.tzinfo)
    if again.replace(tzinfo=None) != moment.replace(tzinfo=None):
        raise InputError(
            f"bad date {value!r}: {moment:%H:%M} does not exist on {moment:%Y-%m-%d} in {zone}"
            " (the clocks go forward then)"
        )


# Bounds of what one search may ask: each word is an FTS5 lookup (a prefix one over every
# word it may start), so 3,000 "a*" took 31 s and held a reader of the web or the bot's store.
MAX_WORDS = 64
MAX_PREFIXES = 8


def parse_query(
    text: str,
    *,
    tags: Iterable[str] = (),
    sources: Iterable[str] = (),
    since: str | datetime | None = None,
    until: str | datetime | None = None,
    topics: TopicAliases | None = None,
) -> SearchQuery:
    """Parse search ``text`` (see the module docstring) and merge the filter arguments.

    ``since``/``until`` given as strings are read by :func:`parse_date`, ``until`` with
    ``end_of_day`` (a bare date includes that day); naive datetimes are taken as UTC.
    ``topics``, when given, names each ``tag:`` by its topic: ``tag:ШОС`` finds the posts
    stored under SCO when ``#ШОС`` is one of SCO's aliases.
    Raises :class:`InputError` with a message for the user on anything it cannot read.
    """
    tag_list = (tags,) if isinstance(tags, str) else tuple(tags)
    source_list = (sources,) if isinstance(sources, str) else tuple(sources)
    return _parsed_again(text, tag_list, source_list, since, until, _Same(topics))


def searched_as(text: str, query: SearchQuery, *, phrases: bool = False) -> SearchQuery | None:
    """``text`` searched with ``query``'s filters (its tags, sources and dates): a search
    written otherwise (corrected, its question's verb left out, in the other script); None
    when ``text`` is no search (:class:`InputError`). ``phrases``: ``query``'s topic phrases
    kept where ``text`` names none (its text is the one run: PostgreSQL reads the words from
    it again)."""
    try:
        again = parse_query(
            text, tags=query.tags, sources=query.sources, since=query.since, until=query.until
        )
    except InputError:
        return None
    return replace(again, phrases=again.phrases or query.phrases) if phrases else again


# A search's parse depends on its arguments alone (the tables it reads are read at import,
# a TopicAliases is frozen), and SearchQuery is immutable: a search run again (the web's next
# page, a bot's alert, the same words searched twice) takes its parse from here. Right after
# a ranked statement the parse's ~500 Python calls find their code and data gone from the
# CPU's caches: 0.3 ms of a rare term's 4.4 (session 41; 0.07 alone in a loop).
_PARSED_KEPT = 256


class _Same:
    """The topics as a key of the parses kept: the same object (a TopicAliases holds
    mappings, which do not hash), kept alive by the key so that its id is not reused."""

    __slots__ = ("topics",)

    def __init__(self, topics: TopicAliases | None) -> None:
        self.topics = topics

    def __hash__(self) -> int:
        return id(self.topics)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.topics is self.topics


@lru_cache(maxsize=_PARSED_KEPT)
def _parsed_again(
    text: str,
    tags: tuple[str, ...],
    sources: tuple[str, ...],
    since: str | datetime | None,
    until: str | datetime | None,
    topics: _Same,
) -> SearchQuery:
    """:func:`_parsed`, kept."""
    return _parsed(text, tags, sources, since, until, topics.topics)


def _parsed(
    text: str,
    tags: tuple[str, ...],
    sources: tuple[str, ...],
    since: str | datetime | None,
    until: str | datetime | None,
    topics: TopicAliases | None,
) -> SearchQuery:
    """:func:`parse_query`, the tags and sources as tuples."""
    # A day of a month typed in words is the date in figures («двенадцатого апреля»: "12
    # апреля"), which a search finds however posts write it, in both languages
    # (archive/spelled_days.py); the search is that text from here on.
    text = days_in_figures(text)
    terms, filters = scan(text)
    found = [t for t in terms if isinstance(t, Term)]
    count = sum(len(words(t.body)) for t in found)
    prefixed = sum(t.prefix for t in found)
    if count > MAX_WORDS or prefixed > MAX_PREFIXES:
        raise InputError(
            f"too many words to search for: at most {MAX_WORDS} (phrases' words included),"
            f" {MAX_PREFIXES} of them prefixes (word*); this search has {count}, {prefixed}"
        )
    # A title typed before a person's name is not asked of a post (query_titles.py).
    terms = joined(without_titles(terms))
    phrases = topic_phrases(terms, topics)
    terms = with_phrases(terms, phrases)
    tag_list = list(tags)
    source_list = list(sources)
    sinces = [] if since is None else [_as_bound(since, end_of_day=False)]
    untils = [] if until is None else [_as_bound(until, end_of_day=True)]
    for key, value in filters:
        if key == "tag":
            tag_list.append(value)
        elif key == "source":
            source_list.append(value)
        elif key == "since":
            sinces.append(parse_date(value))
        else:
            untils.append(parse_date(value, end_of_day=True))
    lo = max(sinces, default=None)
    hi = min(untils, default=None)
    if lo is not None and hi is not None and lo >= hi:
        raise InputError(
            f"empty date range: since {lo:%Y-%m-%d %H:%M} up to {hi:%Y-%m-%d %H:%M} UTC"
            " (until is exclusive), nothing can match"
        )
    positive = [t for t in terms if isinstance(t, Term) and not t.negated]
    positive_groups, negative_terms = term_groups(terms, text)
    return SearchQuery(
        match=build_match(positive_groups, negative_terms),
        cased=_cased(positive_groups),
        named=_named(positive_groups),
        tags=_unique(
            [topics.topic_named(t) for t in tag_list] if topics else tag_list, "tag", key=tag_key
        ),
        sources=_unique(source_list, "source", key=lambda s: s),
        since=lo,
        until=hi,
        text=text,
        forms=frozenset(
            analyse_word(w)
            for t in positive
            for w in (words(t.body)[:-1] if t.prefix else words(marked(t)))
        )
        | _marked_other_forms(positive)
        | frozenset(analyse_word(w) for t in positive for p in t.phrases for w in words(p)),
        prefixes=frozenset(fold(words(t.body)[-1]) for t in positive if t.prefix and words(t.body)),
        phrases=phrases,
    )


def _cased(groups: list[list[Term]]) -> tuple[tuple[Cased, ...], ...]:
    """For each word that must match (not one of an OR) whose capitals say which word it is,
    what a post must hold as written (:func:`capitals.cased_forms`)."""
    typed = [t.body for g in groups for t in g if any(c.isalpha() for c in t.body)]
    caps_lock = len(typed) > 1 and all(b.isupper() for b in typed)
    bodies = [g[0].body if len(g) == 1 else "" for g in groups]
    found = []
    for i, group in enumerate(groups):
        term = group[0]
        if len(group) > 1 or term.quoted or term.prefix:
            continue
        if term.percent:  # 2.5 percent: "2.5%", "2,5 %", "2.5 per cent" (percentages.py)
            found.append(written(term.percent))
            continue
        if term.currency:  # $95 billion: "95 billion dollars", «95 млрд долларов»
            sign, scale, *numbers = term.currency
            found.append(sum_written(sign, numbers, scale))
            continue
        if day := _month_typed(term):
            # A day (with_dates): the month with its capital, in any of its names (May 9,
            # 9 May; Dec 8, 8 December); not with a year beside it, which says it is the
            # month and is also written in figures (May 9 2024: 09.05.2024).
            # A Russian month has no English name, and its capital says nothing (5 Марта).
            with_year = any(len(w.split()) == 3 for w in term.also)
            names = month_names(day)
            if (
                names
                and not with_year
                and cased_forms(day, caps_lock=caps_lock, beside_number=True)
            ):
                found.append(tuple(Cased(f, True) for n in names for f in (n.title(), n.upper())))
            continue
        if len(words(term.body)) > 1:
            # A name typed in full whose abbreviation is also a word: «ВОЗ», not «воз».
            if forms := name_forms(term.body, term.phrases):
                found.append(forms)
            continue
        beside = [bodies[j] for j in (i - 1, i + 1) if 0 <= j < len(bodies)]
        number = any(b.isdigit() for b in beside)
        # A hashtag means its word, capitals and all: #Катар, not «#катар» the illness.
        word = term.body[1:] if term.body.startswith("#") else term.body
        if forms := cased_forms(
            word, caps_lock=caps_lock, beside_number=number, names=term.phrases
        ):
            after = bodies[i + 1] if i + 1 < len(bodies) else ""
            if after.isdigit() and term.body.isalpha():
                # COP 29 is also written "COP29" (with_closed_up): as written, closed up too.
                forms = (*forms, Cased(term.body + after, True))
            found.append(forms)
    return tuple(found)


def _named(groups: list[list[Term]]) -> tuple[Named, ...]:
    """For each person a search names by given name and surname ("Сергей Лавров") or a
    man by his surname alone ("Захаров"), what tells him from others of the surname
    (archive/given_names.py); not for a word of an OR."""
    found = []
    for group in groups:
        term = group[0]
        if len(group) > 1 or term.quoted or term.prefix:
            continue
        if term.given:
            found.append(named(term.given, term.body))
        elif term.titled:
            found.append(titled(term.body, term.titled))
        elif day := typed_day(term.typed):
            found.append(other_years(*day))  # not the day in another year (session 41)
        elif man := a_man(term.body):
            found.append(man)
    return tuple(found)


def _month_typed(term: Term) -> str:
    """The month of a day (with_dates) as typed, its dot left out; "" for another term."""
    found = words(term.body)
    if len(found) == 2 and day_spellings(*found):
        return next(w for w in found if is_month(w))
    return ""


def _marked_other_forms(terms: list[Term]) -> frozenset[str]:
    """The word forms of the forms spelled out for the bare one-word terms (``проведут`` for
    ``провёл``), so that a passage marks them too."""
    found = [words(marked(t)) for t in terms if not (t.quoted or t.prefix)]
    return frozenset(analyse_word(f) for w in found if len(w) == 1 for f in other_forms(w[0]))


# -- filters -------------------------------------------------------------------------------------


def _as_bound(value: str | datetime, *, end_of_day: bool) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return parse_date(value, end_of_day=end_of_day)


def _unique(values: Iterable[str], what: str, *, key: Callable[[str], str]) -> tuple[str, ...]:
    """Stripped values in first-seen order, without repeats (by ``key``); none may be empty."""
    seen: dict[str, str] = {}
    for value in values:
        value = value.strip()
        if not key(value):
            raise InputError(f"empty {what} filter: name one, as in {what}:{FILTER_EXAMPLES[what]}")
        seen.setdefault(key(value), value)
    if len(seen) > MAX_FILTER_VALUES:
        raise InputError(
            f"too many {what} filters: {len(seen)}, at most {MAX_FILTER_VALUES} at once"
        )
    return tuple(seen.values())
