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
``not``, ``near`` and even uppercase ``AND``/``NEAR`` are ordinary words (AND is implied by
a space anyway); ``"NOT"`` quoted is the word. A quote opens a phrase only at the start of
a term, so ``O"Brien`` is a word. Terms that contain no letter or digit (``—``, ``...``, emoji) are
dropped: the FTS5 ``unicode61`` tokenizer would see nothing in them. Parentheses and column
filters are not part of the language; typed, they are just punctuation.

Filters: ``tag:`` repeats with AND (a post must carry every tag); ``source:`` repeats with OR
(a post has one source). Several ``since:``/``until:`` keep the narrowest range. Filters given
as arguments (CLI flags) merge with those in the text the same way. Dates are UTC unless they
carry an offset; ``until:2024-02-01`` includes all of Feb 1 and is stored as the exclusive bound
Feb 2 00:00, while ``until:2024-02-01T12:00`` is exclusive as written (see :func:`parse_date`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from tg_archiver.archive.abbreviations import (
    LONGEST_NAME,
    forms_of,
    in_other_script,
    spelled_out,
    standing_for,
)
from tg_archiver.archive.analysis import analyse, analyse_word, fold, words
from tg_archiver.archive.capitals import Cased, cased_forms
from tg_archiver.archive.clashes import clashes
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inner_names import longer_names
from tg_archiver.archive.lexemes import forms as lexeme_forms
from tg_archiver.archive.lexemes import place_forms, surname_forms
from tg_archiver.archive.name_spellings import russian as russian_spellings
from tg_archiver.archive.number_words import is_number, is_number_word, other_ways
from tg_archiver.archive.scale_words import others as scale_others
from tg_archiver.archive.scale_words import spellings as scale_spellings
from tg_archiver.archive.scale_words import split as scale_split
from tg_archiver.archive.tags import TopicAliases, tag_key
from tg_archiver.archive.typed_dates import is_month, month_names
from tg_archiver.archive.typed_dates import spellings as day_spellings
from tg_archiver.archive.variants import (
    fleeting_forms,
    is_function_word,
    nominatives,
    shadowing,
    spellings,
    transliterations,
)

__all__ = [
    "MAX_FILTER_VALUES",
    "Lookup",
    "SearchQuery",
    "lookups",
    "parse_date",
    "parse_query",
    "term_groups",
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


# YYYY-MM-DD, optionally THH:MM[:SS] and then Z or ±HH:MM. Stricter than
# datetime.fromisoformat on purpose: "20240101" or "2024-W01" are more likely typos than intent.
_DATE_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:\d{2})?)?",
    re.ASCII | re.IGNORECASE,
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_INITIALS = re.compile(r"[A-Z]{2,3}")  # written with dots too: U.S., U.K.
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,3}")  # typed so: U.N., u.s.

_FILTER_RE = re.compile(r"(tag|source|since|until):", re.IGNORECASE)

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

_MAX_SHOWN = 40  # characters of user text quoted back in an error message

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
    terms, filters = _scan(text)
    found = [t for t in terms if isinstance(t, _Term)]
    count = sum(len(words(t.body)) for t in found)
    prefixed = sum(t.prefix for t in found)
    if count > MAX_WORDS or prefixed > MAX_PREFIXES:
        raise InputError(
            f"too many words to search for: at most {MAX_WORDS} (phrases' words included),"
            f" {MAX_PREFIXES} of them prefixes (word*); this search has {count}, {prefixed}"
        )
    terms = joined(terms)
    phrases = _phrases(terms, topics)
    terms = with_phrases(terms, phrases)
    tag_list = [tags] if isinstance(tags, str) else list(tags)
    source_list = [sources] if isinstance(sources, str) else list(sources)
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
    positive = [t for t in terms if isinstance(t, _Term) and not t.negated]
    positive_groups, negative_terms = term_groups(terms, text)
    return SearchQuery(
        match=_build_match(positive_groups, negative_terms),
        cased=_cased(positive_groups),
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
            for w in (words(t.body)[:-1] if t.prefix else words(_marked(t)))
        )
        | _marked_other_forms(positive)
        | frozenset(analyse_word(w) for t in positive for p in t.phrases for w in words(p)),
        prefixes=frozenset(fold(words(t.body)[-1]) for t in positive if t.prefix and words(t.body)),
        phrases=phrases,
    )


def _phrases(
    terms: list[_Term | _Or], topics: TopicAliases | None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each bare one-word term that names a topic, the topic's phrase aliases in its
    script (TopicAliases.phrases_of): ``ШОС`` -> "шанхайская организация сотрудничества";
    for an abbreviation, the names it stands for (archive/abbreviations.py): ``ООН`` ->
    "Организация Объединенных Наций"."""
    found: dict[str, tuple[str, ...]] = {}
    for t in terms:
        if not isinstance(t, _Term) or t.quoted or t.prefix:
            continue
        if len(words(t.body)) > 1:  # a name spelled out, joined by with_names
            if others := standing_for(t.body):
                found[t.body.casefold()] = others
            continue
        aliases = topics.phrases_of(t.body) if topics else ()
        seen = {analyse(p) for p in aliases}
        more = tuple(
            p
            for p in dict.fromkeys((*spelled_out(t.body), *_twins(t, terms)))
            if analyse(p) not in seen
        )
        if aliases or more:
            found[t.body.casefold()] = (*aliases, *more)
    return tuple(found.items())


def _twins(term: _Term, terms: list[_Term | _Or]) -> tuple[str, ...]:
    """The abbreviation ``term`` in the other script (abbreviations.in_other_script: "SCO",
    "ШОС"), when another word of the search is in that script: "SCO Астана" finds «ШОС в
    Астане», "саммит BRICS" «саммит БРИКС»; "SCO" alone finds no Russian post, which would
    rank above an English one, as "ЕАЭС" alone no "EAEU"."""
    others = " ".join(t.body for t in terms if isinstance(t, _Term) and t is not term)
    wanted = _CYRILLIC if _LATIN_WORD.search(term.body) else _LATIN_WORD
    return (
        tuple(n for n in in_other_script(term.body) if wanted.search(n))
        if wanted.search(others)
        else ()
    )


def joined(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with the bare words that make one thing joined into one term: a day and its
    month (:func:`with_dates`), a name with an abbreviation (:func:`with_names`). Both
    engines read a search's terms through this (store/query_pg.py reads the text again)."""
    return with_longer_names(
        with_name_spellings(with_numbers(with_closed_up(with_names(with_dates(terms)))))
    )


def with_name_spellings(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with each Russian name typed with a capital that the dictionary does not
    know also looked up, by its word forms, as another writer spells it
    (archive/name_spellings.py: "Гутерриша" finds «Гутерреш»)."""
    out: list[_Term | _Or] = []
    for t in terms:
        body = t.body if isinstance(t, _Term) and _plain(t) else ""
        named = body[:1].isupper() and body[1:].islower() and _CYRILLIC.fullmatch(body[:1])
        if named and isinstance(t, _Term) and (others := russian_spellings(body)):
            t = replace(t, also_stems=(*t.also_stems, *(analyse(o) for o in others)))
        out.append(t)
    return out


def with_numbers(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with a number typed in figures or in words given the other way as an
    alternative (archive/number_words.py: "25" also finds «двадцати пяти», "двадцать пять"
    "25", "3-й" «третьего», "seventy-fifth" "75th"), a number's bare words joined into one
    term, and a scale word after a number its other words ("полтора миллиарда": "млрд")."""
    letters = " ".join(t.body for t in terms if isinstance(t, _Term))
    langs = tuple(
        lang
        for lang, there in (("ru", _CYRILLIC.search(letters)), ("en", _LATIN_WORD.search(letters)))
        if there
    ) or ("ru", "en")
    out: list[_Term | _Or] = []
    i = 0
    while i < len(terms):
        t, j = terms[i], i
        while j < len(terms) and _number_word(terms[j]):
            j += 1
        run = [x for x in terms[i:j] if isinstance(x, _Term)]
        joined = " ".join(x.body for x in run)
        if len(run) > 1 and other_ways(joined, langs):
            t = _Term(joined, False, False, " ".join(x.typed for x in run))
            i = j
        else:
            i += 1
        if isinstance(t, _Term) and _plain(t) and (ways := other_ways(t.body, langs)):
            t = replace(t, also=(*t.also, *ways.written), also_stems=(*t.also_stems, *ways.stems))
        out.append(t)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not (isinstance(a, _Term) and isinstance(b, _Term) and _plain(b)):
            continue
        if is_number(a.body) and (more := scale_others(b.body)):
            out[k] = replace(b, also=(*b.also, *more))
    return out


def _number_word(term: _Term | _Or) -> bool:
    return isinstance(term, _Term) and _plain(term) and is_number_word(term.body)


def with_longer_names(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with each bare one-word term that is a word of a longer place name
    (archive/inner_names.py: "Гвинея", "Гвинея-Бисау") given those names, so that it does
    not find a post holding one of them ("Гвинея" is not Гвинея-Бисау); not the names the
    search's other words spell ("Южный Судан" typed finds Южный Судан)."""
    typed = {f for t in terms if isinstance(t, _Term) for f in analyse(t.body).split()}
    out: list[_Term | _Or] = []
    for t in terms:
        word = "" if not isinstance(t, _Term) or t.quoted or t.prefix else _marked(t)
        if isinstance(t, _Term) and len(words(word)) == 1:
            longer = tuple(n for n in longer_names(word) if not set(n.split()) <= typed)
            t = replace(t, not_in=longer) if longer else t
        out.append(t)
    return out


def with_closed_up(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with each of two bare words typed side by side that are also written
    otherwise given those ways too, as an alternative, not a requirement: "air strikes" also
    finds "airstrikes", "cop 29" "COP29", "300 billion" "$300bn", "300 миллиардов" "300
    млрд" (each word is looked up as itself or as the two written otherwise, so a post
    holding both words anywhere still matches). Two English words or letters and a number
    closed up; a number and its scale word in full or short (archive/scale_words.py)."""
    out = list(terms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (isinstance(a, _Term) and isinstance(b, _Term)):
            continue
        if both := _written_together(a, b):
            out[i] = replace(a, also=(*a.also, *both))
            out[i + 1] = replace(b, also=(*b.also, *both))
    return out


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _written_together(a: _Term, b: _Term) -> tuple[str, ...]:
    """The other ways to write ``a`` and ``b`` typed side by side (see with_closed_up)."""
    if not (_plain(a) and _plain(b)) or any(
        _is_stop_word(t) or is_function_word(t.body) for t in (a, b)
    ):
        return ()
    if _LATIN_WORD.fullmatch(a.body) and _LATIN_WORD.fullmatch(b.body):
        # And the two as one name spelled otherwise: "Ulan Bator", "Ulaanbaatar".
        return ((a.body + b.body).lower(), *spellings(f"{a.body} {b.body}"))
    if _LETTERS.fullmatch(a.body) and b.body.isdigit() and len(b.body) <= 4:
        return ((a.body + b.body).lower(),)
    return scale_spellings(a.body, b.body)


def with_dates(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with each month typed next to its day ("8 December", "Dec. 8", "26 января")
    joined into one term, which looks the day up in every way news writes it
    (archive/typed_dates.py) instead of the two words anywhere in a post."""
    out: list[_Term | _Or] = []
    i = 0
    while i < len(terms):
        a, b = terms[i], terms[i + 1] if i + 1 < len(terms) else None
        if (
            isinstance(a, _Term)
            and isinstance(b, _Term)
            and _plain(a)
            and _plain(b)
            and day_spellings(a.body, b.body)
        ):
            out.append(_Term(f"{a.body} {b.body}", False, False, f"{a.typed} {b.typed}"))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def with_names(terms: list[_Term | _Or]) -> list[_Term | _Or]:
    """``terms`` with each run of bare words that spells a name with an abbreviation
    (archive/abbreviations.py: "Организация Объединенных Наций", "European Union") joined
    into one term, looked up as that phrase in any form and by its abbreviations (on both
    engines: store/query_pg.py reads the text again through this)."""
    out: list[_Term | _Or] = []
    i = 0
    while i < len(terms):
        for j in range(min(len(terms), i + LONGEST_NAME), i + 1, -1):
            run = [t for t in terms[i:j] if isinstance(t, _Term) and _plain(t)]
            if len(run) == j - i and standing_for(body := " ".join(t.body for t in run)):
                typed = " ".join(t.typed for t in run)
                out.append(_Term(body, prefix=False, negated=False, typed=typed))
                i = j
                break
        else:
            out.append(terms[i])
            i += 1
    return out


def _plain(term: _Term) -> bool:
    return not (term.quoted or term.prefix or term.negated)


def with_phrases(
    terms: list[_Term | _Or], phrases: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[_Term | _Or]:
    """``terms`` with each one-word term that names a topic given its phrase aliases
    (parse_query's, kept in SearchQuery.phrases for a store that reads the text again)."""
    if not phrases:
        return terms
    spelled = dict(phrases)
    return [
        replace(t, phrases=spelled.get(t.body.casefold(), ())) if isinstance(t, _Term) else t
        for t in terms
    ]


def _cased(groups: list[list[_Term]]) -> tuple[tuple[Cased, ...], ...]:
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
        if day := _month_typed(term):
            # A day (with_dates): the month with its capital, in any of its names (May 9,
            # 9 May; Dec 8, 8 December).
            if cased_forms(day, caps_lock=caps_lock, beside_number=True):
                names = month_names(day)
                found.append(tuple(Cased(f, True) for n in names for f in (n.title(), n.upper())))
            continue
        beside = [bodies[j] for j in (i - 1, i + 1) if 0 <= j < len(bodies)]
        number = any(b.isdigit() for b in beside)
        if forms := cased_forms(
            term.body, caps_lock=caps_lock, beside_number=number, names=term.phrases
        ):
            found.append(forms)
    return tuple(found)


def _month_typed(term: _Term) -> str:
    """The month of a day (with_dates) as typed, its dot left out; "" for another term."""
    found = words(term.body)
    if len(found) == 2 and day_spellings(*found):
        return next(w for w in found if is_month(w))
    return ""


def _marked(term: _Term) -> str:
    """What of a term a passage marks: the word of a possessive or an ordinal (_core_word)."""
    return (None if term.quoted else _core_word(term.body)) or term.body


def _marked_other_forms(terms: list[_Term]) -> frozenset[str]:
    """The word forms of the forms spelled out for the bare one-word terms (``проведут`` for
    ``провёл``), so that a passage marks them too."""
    found = [words(_marked(t)) for t in terms if not (t.quoted or t.prefix)]
    return frozenset(analyse_word(f) for w in found if len(w) == 1 for f in _other_forms(w[0]))


# -- scanning ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    body: str  # the text inside the FTS5 string, quotes not yet doubled
    prefix: bool
    negated: bool
    typed: str  # as the user typed it, for messages
    quoted: bool = False  # a "phrase": matched as written, not by word forms
    phrases: tuple[str, ...] = ()  # the phrase aliases of the topic it names (with_phrases)
    also: tuple[str, ...] = ()  # it and a word beside it closed up (with_closed_up)
    also_stems: tuple[str, ...] = ()  # word forms of its other ways (with_numbers)
    not_in: tuple[str, ...] = ()  # longer place names it is a word of (with_longer_names)


class _Or:
    """The OR operator between two terms."""


_OR = _Or()


def _scan(text: str) -> tuple[list[_Term | _Or], list[tuple[str, str]]]:
    """Split ``text`` into terms and OR operators, and pull out the ``key:value`` filters."""
    # Control characters separate terms: FTS5 reads its query up to a NUL, so one left inside
    # a string would cut the closing quote off ("unterminated string"). So do lone surrogates
    # (a non-UTF-8 command line decoded with surrogateescape), which sqlite3 cannot encode.
    text = _CONTROL_RE.sub(" ", text)
    items: list[_Term | _Or] = []
    filters: list[tuple[str, str]] = []
    i, n = 0, len(text)
    not_typed = -1  # where a NOT waiting for its term starts
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        if not_typed >= 0:
            negated, start, not_typed = True, not_typed, -1
        if m := _FILTER_RE.match(text, i):
            key = m.group(1).lower()
            if negated:
                raise InputError(f"a filter cannot be negated: {_word_at(text, start)!r}")
            value, i = _read_value(text, m.end())
            if not value.strip():
                raise InputError(f"{key}: needs a value, as in {key}:{_EXAMPLES[key]}")
            filters.append((key, value.strip()))
            continue
        if text[i] == '"':
            body, i = _read_quoted(text, i)
            prefix = i < n and text[i] == "*"
            while i < n and text[i] == "*":
                i += 1
            items.append(_Term(body, prefix, negated, text[start:i], quoted=True))
            continue
        word, i = _read_bare(text, i)
        if word in ("OR", "NOT") and text[start] != "-":
            if negated:  # NOT OR, NOT NOT
                raise InputError(f"NOT needs a search term after it: {_shorten(text)!r}")
            if word == "NOT":
                not_typed = start  # the next term is negated, as "-term" is
            else:
                items.append(_OR)
            continue
        body = word.rstrip("*")
        if not body:
            raise InputError(
                f"{text[start:i]!r} is not a search term: put '*' right after a word, as in lavr*"
            )
        prefix = body != word
        if not prefix and _DOTTED.fullmatch(body):
            body = body.replace(".", "").upper()  # U.N.: the abbreviation UN, and U.N. too
        items.append(_Term(body, prefix, negated, text[start:i]))
    if not_typed >= 0:
        raise InputError(f"NOT needs a search term after it: {_shorten(text)!r}")
    return items, filters


_EXAMPLES = {"tag": "SCO", "source": "name", "since": "2024-01-01", "until": "2024-02-01"}


def _read_bare(text: str, i: int) -> tuple[str, int]:
    j = i
    while j < len(text) and not text[j].isspace():
        j += 1
    return text[i:j], j


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """The body of the quoted string opening at ``text[i]`` and the index after its close."""
    close = text.find('"', i + 1)
    if close < 0:
        raise InputError(f"unclosed quote in search: {_shorten(text[i:])}")
    return text[i + 1 : close], close + 1


def _read_value(text: str, i: int) -> tuple[str, int]:
    if i < len(text) and text[i] == '"':
        return _read_quoted(text, i)
    return _read_bare(text, i)


def _word_at(text: str, i: int) -> str:
    return _read_bare(text, i)[0]


def _shorten(s: str) -> str:
    return s if len(s) <= _MAX_SHOWN else s[: _MAX_SHOWN - 1] + "…"


# -- building the expression ---------------------------------------------------------------------


def _build_match(positive: list[list[_Term]], negative: list[_Term]) -> str | None:
    """The FTS5 expression of a search's :func:`term_groups`."""
    if not positive:
        return None
    # FTS5 takes implicit AND only between plain phrases ('"a" ("b" OR "c")' is a syntax
    # error), so AND is always spelled out.
    parts = [
        _fts_string(g[0]) if len(g) == 1 else "(" + " OR ".join(map(_fts_string, g)) + ")"
        for g in positive
    ]
    expr = " AND ".join(parts)
    if negative:
        # FTS5's NOT is binary and binds tighter than AND; the parentheses keep the reading
        # "all of these, and none of those" obvious.
        if len(parts) > 1:
            expr = f"({expr})"
        expr += "".join(f" NOT {_fts_string(t)}" for t in negative)
    return expr


def term_groups(items: list[_Term | _Or], text: str) -> tuple[list[list[_Term]], list[_Term]]:
    """The terms of a search (``items``, from :func:`_scan`), on either engine: the groups
    that must match (each an OR of terms; the groups AND-ed), lone stop words left out (see
    ``_STOP_WORDS``), and the terms that must not. Terms without a letter or digit are left
    out. Raises :class:`InputError` on a search that cannot be made of them."""
    groups: list[list[_Term]] = []  # OR-ed terms; the groups are AND-ed
    pending_or = False
    for item in items:
        if isinstance(item, _Or):
            if not groups or pending_or:
                raise InputError(f"OR needs a search term on each side: {_shorten(text)!r}")
            pending_or = True
        elif pending_or:
            groups[-1].append(item)
            pending_or = False
        else:
            groups.append([item])
    if pending_or:
        raise InputError(f"OR needs a search term on each side: {_shorten(text)!r}")

    positive: list[list[_Term]] = []
    negative: list[_Term] = []
    for group in groups:
        if len(group) > 1 and any(t.negated for t in group):
            shown = " OR ".join(t.typed for t in group)
            raise InputError(f"a negated term cannot be part of OR: {_shorten(shown)!r}")
        if group[0].negated:
            negative.extend(t for t in group if _has_token(t.body))
        elif kept := list(dict.fromkeys(t for t in group if _has_token(t.body))):
            # "the OR the OR …": a word typed again adds nothing but work (each term is
            # several phrases, and BM25 counts every phrase's posts in the whole index).
            positive.append(kept)
    positive = _without_stop_words(positive)

    if not positive:
        if negative or any(t.negated for g in groups for t in g):
            raise InputError("a search needs at least one word that is not negated")
        if groups:
            raise InputError(
                f"nothing to search for in {_shorten(text)!r}: a term needs a letter or digit"
            )
    return positive, negative


# Words a search needs no post to hold when it has other words: "situation in the Red Sea"
# finds "Red Sea situation", "встреча в Казани" finds "казанская встреча ...". Inside quotes
# they are kept (a phrase is exact); alone, or with other stop words only, too.
_STOP_WORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "with", "by", "from",
        "into", "about", "as", "is", "are", "was", "were", "be",
        "в", "во", "на", "и", "с", "со", "о", "об", "обо", "по", "к", "ко", "у", "за", "из",
        "от", "до", "для", "а", "но", "же", "ли", "бы",
    }
)  # fmt: skip


def _without_stop_words(groups: list[list[_Term]]) -> list[list[_Term]]:
    """``groups`` less the lone stop words (see ``_STOP_WORDS``), when any other term is left.
    One typed in capitals is kept: more likely a name (``IS``, ``AND``) than a stop word."""
    kept = [g for g in groups if len(g) > 1 or not _is_stop_word(g[0])]
    return kept or groups


def _is_stop_word(term: _Term) -> bool:
    body = term.body
    return not (term.quoted or term.prefix or body.isupper()) and body.lower() in _STOP_WORDS


def _fts_string(term: _Term) -> str:
    """The FTS5 expression of one term (its :func:`lookups`, ``OR``-ed): inside double quotes
    nothing is an operator, and '"' is written twice."""
    parts = [_fts_lookup(one) for one in lookups(term)]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _fts_lookup(one: Lookup) -> str:
    if one.unless_forms:
        found = _fts_lookup(replace(one, unless_forms=()))
        return f"({found} NOT {_STEMS}{_any_of(one.unless_forms)})"
    if one.unless:
        # FTS5's NOT is binary: the word form, not in a post that writes one of those.
        found = _fts_lookup(replace(one, unless=()))
        return f"({found} NOT {_EXACT}{_any_of(one.unless)})"
    if one.stems or one.prefix:  # a prefix of the unstemmed columns would match stems too
        column = _STEMS if one.stems else _EXACT
        if len(one.texts) == 1:
            return column + _quoted(one.texts[0]) + ("*" if one.prefix else "")
        return column + _any_of(one.texts)
    parts = [_EXACT + _quoted(text) if one.written else _exact(text) for text in one.texts]
    if all(part.startswith(_EXACT) for part in parts):  # one filter for them all
        return _EXACT + (_quoted(one.texts[0]) if len(parts) == 1 else _any_of(one.texts))
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _exact(text: str) -> str:
    """``text`` looked up in the unstemmed columns: without a column filter when one of its
    words is not its own word form (``cooperation``: ``cooper``), since the word forms'
    column cannot hold that word, nor a phrase of it (``"strategic partnership"``); with
    one otherwise (``lavrov``, ``"sco summit"``).

    The same posts match and score the same, and it costs less: BM25 counts each phrase's
    posts in the whole index on every ranked search, and a column filter has FTS5 read
    every post's positions to find the column (at 1M posts, ``cooperation``: 34 ms with the
    filter, 18 without; docs/benchmarks.md, session 19). The one exception: a stem that is
    not its own stem (``agre``, of ``agreed``, stems to ``agr``), typed as a word, also
    finds the posts whose forms' column holds it, those of ``agreed``."""
    if any(analyse_word(w) not in (w.lower(), fold(w)) for w in words(text)):
        return _quoted(text)
    return _EXACT + _quoted(text)


@dataclass(frozen=True)
class Lookup:
    """One lookup of a term: any of ``texts`` (each a phrase of one or more words) in the
    unstemmed columns (title and text), or, with ``stems``, in the word forms' column
    (``search_stems``, texts already analysed); with ``prefix``, the last word a prefix."""

    texts: tuple[str, ...]
    stems: bool = False
    prefix: bool = False
    # In the unstemmed columns whatever the words (see _exact): for a word looked up by its
    # forms instead of its word form, which another word's word form may be.
    written: bool = False
    # Words of another lemma with the same word form (lexemes.clashes: "Армения" for
    # "армия", "другие" for "друг"): a post holding one of them, as written, is not
    # matched by this lookup (a word form's lookup only).
    unless: tuple[str, ...] = ()
    # Phrases of word forms (a longer place name: "южн суд" for "Судан") a post must
    # not hold for this lookup to match it (with_longer_names).
    unless_forms: tuple[str, ...] = ()


def lookups(term: _Term) -> tuple[Lookup, ...]:
    """How one term is looked up (:func:`_lookups`); a word of a longer place name
    (with_longer_names) in none of them where a post holds that name."""
    found = _lookups(term)
    if not term.not_in:
        return found
    return tuple(replace(one, unless_forms=term.not_in) for one in found)


def _lookups(term: _Term) -> tuple[Lookup, ...]:
    """How one term is looked up, on either engine (SQLite's FTS5 string above, PostgreSQL's
    ``tsquery`` in store/query_pg.py): the lookups a post may match, any of them enough,
    in tiers that rank a post holding more of them higher.

    A bare word is looked up as typed in the unstemmed columns, in its other spellings there
    (archive/variants.py: UK/US, ё/е), and by its word form (archive/analysis.py) in
    ``search_stems``; any of them matches, and a post holding more of them ranks higher
    (see the tiers below and docs/search.md). A Russian noun with a fleeting vowel also has
    its case forms spelled out (``посол`` finds ``посла`` without the stem ``посл``, which is
    also that of ``после``). A negated word excludes every form of it. A quoted phrase of
    several words matches as typed and by its words' forms in order (as typed first); a
    quoted single word, a prefix, and a function word (archive/variants.py: ``после``,
    ``около``) match the unstemmed columns alone.
    """
    exact = Lookup((term.body,), prefix=term.prefix)
    if not (term.quoted or term.prefix) and (core := _core_word(term.body)):
        # Lavrov's is a form of Lavrov, 13-й of 13 (13-го, 13-м), al-Assad Assad: as typed
        # first, then as the word itself in any of its forms.
        inner = _lookups(replace(term, body=core))
        return inner if term.negated else (exact, *inner)
    found = words(term.body)
    word = found[0] if len(found) == 1 else ""
    if not (term.quoted or term.prefix) and len(found) == 2 and (days := day_spellings(*found)):
        # A day (with_dates): as typed first, then as news writes it otherwise, next to each
        # other (Dec 8, 8 December); a Russian one in any form of its words.
        if _CYRILLIC.search(term.body):
            return (exact, Lookup((analyse(term.body),), stems=True))
        return (exact,) if term.negated else (exact, exact, Lookup(days))
    phrase = term.quoted and not term.prefix and len(found) > 1 and not _core_word(term.body)
    if phrase and (analysed := analyse(term.body)):
        # A phrase keeps its words together and in order, in any of their forms: a reader
        # quotes to hold words together, not to freeze their case ("прекращение огня" finds
        # "о прекращении огня", "foreign agent" finds "foreign agents"). As typed it counts
        # twice, so a post that writes it so comes first.
        in_any_form = Lookup((analysed,), stems=True)
        return (exact, in_any_form) if term.negated else (exact, exact, in_any_form)
    if word and is_function_word(word) and not (term.quoted or term.prefix):
        # A function word (после) does not inflect, and its word form may be a noun's (посла);
        # but "еще" is written «ещё».
        return (replace(exact, texts=(term.body, *spellings(word))),)
    if term.quoted or term.prefix:
        return (exact,)
    analysed = analyse(term.body)
    if not analysed:
        return (exact,)
    stems = Lookup((analysed,), stems=True)
    # The topic's name spelled out ("SCO": "Shanghai Cooperation Organisation"), in any form.
    # And an abbreviation's adjective and dotted initials («ШОСовский», "U.N.": forms_of).
    spelled_out = (Lookup(_spelled_out_forms(term), stems=True),) if term.phrases else ()
    # армия's word form is Армения's, друг's другие's: a post writing only those is not
    # found by the word form, but by the word's own forms (archive/clashes.py).
    others, own = clashes(word) if word else ((), ())
    stems = replace(stems, unless=others)
    by_own = (Lookup(own, written=True),) if own else ()
    if term.negated:
        as_typed = (Lookup((word,), written=True),) if others else ()
        return (stems, *as_typed, *by_own, *spelled_out)
    # A name typed out in full ("Европейский союз") finds its abbreviation too ("ЕС"), but
    # a post that writes the name as typed (or spelled otherwise: "Organisation") comes
    # first: it counts twice in either script.
    named = not word and bool(term.phrases)
    if word:  # a Russian name's -ей, -ай: Alexei, Alexey
        spelled = (*spellings(word), *transliterations(word))
    else:
        spelled = _phrase_spellings(found) if named else ()
    if _INITIALS.fullmatch(term.body):
        spelled = (*spelled, " ".join(term.body))  # US: U.S. (a word typed in capitals)
    forms = _other_forms(word) if word else ()
    # Three tiers: the word as typed, in another spelling, in another form. A post holding
    # it as typed matches every lookup below, one in another spelling all but the first.
    # An English word's form says something (summits: several), so as typed it is looked up
    # twice; a Russian word's case is the sentence's grammar (the statement about a саммит
    # writes саммите, саммита), so once, and a full statement in other cases still comes
    # before a one-liner in the case typed.
    # The word form of посла is that of после (and, stemmed again, of послание): the noun's
    # case forms, spelled out, are looked up instead of it. Лавров shares its word form with
    # Лавровый (bay), Захаровой with Захаров, Армения with армия, Австрия with Австралия: a
    # surname is looked up by its forms of the gender typed, a place by its forms
    # (archive/lexemes.py), instead. Then as typed too only where written: "Алиев" is the
    # word form of "Алиевой" (another person), which FTS5 would find in the word forms'
    # column without the filter (PostgreSQL looks up what is typed as written anyway).
    shadowed = bool(word) and bool(shadowing(word, analysed))
    names = () if shadowed or not word else (surname_forms(word) or place_forms(word))
    instead = shadowed or bool(names)
    exact = replace(exact, written=instead)
    parts = [exact] if _CYRILLIC.search(term.body) and not named else [exact, exact]
    if written := _written_otherwise(term.body, found):
        # "cease-fire" is also written "ceasefire", "COP29" "COP 29" and "COP-29" (a word
        # written as one is split where English splits it: variants.spellings).
        parts.append(Lookup(written, written=instead))
    if spelled:
        parts.append(Lookup((term.body, *spelled), written=instead))
    if instead:
        parts.append(Lookup((term.body, *spelled, *(forms if shadowed else names)), written=True))
    else:
        parts += (stems, *by_own)
        if forms:
            parts.append(Lookup(forms))
            if not _CYRILLIC.search(term.body):
                # "held" finds "holding" too: an English form's own forms, by its word form.
                parts.append(Lookup(tuple(dict.fromkeys(analyse(f) for f in forms)), stems=True))
    if term.also:
        # The word and the one beside it closed up (with_closed_up): "air strikes", "airstrikes".
        parts.append(Lookup(term.also))
    if term.also_stems:  # 80-летие: «восьмидесятилетию» (with_numbers)
        parts.append(Lookup(term.also_stems, stems=True))
    return (*parts, *spelled_out)


def _spelled_out_forms(term: _Term) -> tuple[str, ...]:
    """The word forms a term's names are looked up by (with_phrases), and those of what posts
    write for it and them as abbreviations (abbreviations.forms_of)."""
    names = [analyse(p) for p in term.phrases]
    more = [f for p in (term.body, *term.phrases) for f in forms_of(p)]
    return tuple(dict.fromkeys(f for f in (*names, *more) if f))


def _written_otherwise(body: str, found: list[str]) -> tuple[str, ...]:
    """A word hyphenated once, written as one ("cease-fire" -> "ceasefire"); letters and a
    number written as one, apart ("COP29" -> "cop 29", which also finds "COP-29")."""
    if len(found) == 2 and body.count("-") == 1 and "-".join(found) == body:
        return ("".join(found),)
    if len(found) == 1 and (m := _LETTERS_THEN_NUMBER.fullmatch(body)):
        return (f"{m[1]} {m[2]}".lower(),)
    return scale_split(found[-1]) if found else ()  # $300bn: 300 billion


_LETTERS_THEN_NUMBER = re.compile(r"([^\W\d_]+)(\d{1,4})")


def _phrase_spellings(found: list[str]) -> tuple[str, ...]:
    """A phrase with each of its words in its other spelling, where it has one; and with
    its initials written with dots ("UN Security Council": "U.N. Security Council")."""
    out = []
    other = [next((o for o in spellings(w) if " " not in o), w) for w in found]
    if other != [w.lower() for w in found]:
        out.append(" ".join(other))
    if any(_INITIALS.fullmatch(w) for w in found):
        out.append(" ".join(" ".join(w) if _INITIALS.fullmatch(w) else w for w in found))
    return tuple(out)


# An English possessive (Lavrov's, Lavrov’s) and a Russian ordinal's ending after its
# number (13-й, 2-го), which unicode61 reads as a second word ("lavrov s", "13 й"); an
# Arabic name's article, which news writes or leaves out ("al-Assad", "Bashar Assad";
# "аль-Джулани", "Джулани").
_POSSESSIVE = re.compile(r"([A-Za-z]\w*)['’]s", re.ASCII)
_ORDINAL = re.compile(r"(\d+)-(?:[а-яё]{1,3})", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:al|el|аль|эль)-([^\W\d_]{2,})", re.IGNORECASE)


def _core_word(body: str) -> str | None:
    """The word a possessive, an ordinal's number or an Arabic name's article is of, when
    ``body`` is one; else None."""
    found = _POSSESSIVE.fullmatch(body) or _ORDINAL.fullmatch(body) or _ARTICLE.fullmatch(body)
    return found.group(1) if found else None


def _any_of(texts: tuple[str, ...]) -> str:
    return "(" + " OR ".join(map(_quoted, texts)) + ")"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _other_forms(word: str) -> tuple[str, ...]:
    """A one-word term's other forms spelled out: a fleeting-vowel noun's case forms, when it
    is its nominative; when it is one of their case forms, their nominatives and every case
    form (archive/variants.py); the forms of its lexeme that its word form does not reach
    (archive/lexemes.py: провёл -> проведут, hold -> held)."""
    forms = [*fleeting_forms(word), *lexeme_forms(word)]
    for nominative in nominatives(word):
        forms += [nominative, *fleeting_forms(nominative)]
    return tuple(f for f in dict.fromkeys(forms) if f != word.lower())


# Column filters: the columns as stored, and the analysed copy (migrations/0008).
_EXACT = "{title clean_text} : "
_STEMS = "search_stems : "


def _has_token(body: str) -> bool:
    # unicode61's default token characters are the categories L*, N* and Co; everything else
    # separates tokens. A term without any would be an empty FTS5 phrase, which in a lone
    # query silently matches nothing.
    return any(unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Co" for c in body)


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
            raise InputError(f"empty {what} filter: name one, as in {what}:{_EXAMPLES[what]}")
        seen.setdefault(key(value), value)
    if len(seen) > MAX_FILTER_VALUES:
        raise InputError(
            f"too many {what} filters: {len(seen)}, at most {MAX_FILTER_VALUES} at once"
        )
    return tuple(seen.values())
