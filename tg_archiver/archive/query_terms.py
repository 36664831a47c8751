"""A search's typed text as terms: words, phrases, prefixes, negations, ``OR`` and the
``key:value`` filters (:func:`scan`), and the groups of terms that must and must not match
(:func:`term_groups`), lone stop words left out.

The language itself is described in archive/query.py, which builds a search from these terms;
the terms are read here once for both engines (store/query_pg.py reads them too).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tg_archiver.archive import lazy_re
from tg_archiver.archive.cleaning import in_one_script
from tg_archiver.archive.errors import InputError

_DOTTED = lazy_re.compile(r"(?:[A-Za-z]\.){1,2}[A-Za-z]\.?")  # typed so: U.N., u.s., U.S


_PERCENT_APART = lazy_re.compile(r"(\d)\s+%(?!\S)")
_FILTER_RE = lazy_re.compile(r"(tag|source|since|until):", re.IGNORECASE)

CONTROL_RE = lazy_re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

_MAX_SHOWN = 40  # characters of user text quoted back in an error message


# -- scanning ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    body: str  # the text inside the FTS5 string, quotes not yet doubled
    prefix: bool
    negated: bool
    typed: str  # as the user typed it, for messages
    quoted: bool = False  # a "phrase": matched as written, not by word forms
    phrases: tuple[str, ...] = ()  # the phrase aliases of the topic it names (with_phrases)
    also: tuple[str, ...] = ()  # it and a word beside it closed up (with_closed_up)
    also_stems: tuple[str, ...] = ()  # word forms of its other ways (query_alternatives)
    not_in: tuple[str, ...] = ()  # longer place names it is a word of (with_longer_names)
    percent: tuple[str, ...] = ()  # a percentage's number, its ways (with_percentages)
    # A sum's currency sign, the scale word typed after its number ("" for none) and the
    # number's ways (query_alternatives.with_sums): ("$", "billion", "95").
    currency: tuple[str, ...] = ()
    # A surname's given name typed before it (query_alternatives.with_given_names): no word a
    # post must hold, but a post naming another person of the surname is left out.
    given: str = ""
    # The nouns of a title typed before it (query_titles.without_titles: «министр Лавров»):
    # the person is the bearer the archive gives that title (store/namesakes.py).
    titled: str = ""


class Or:
    """The OR operator between two terms."""


_OR = Or()


_TYPOGRAPHIC_QUOTES = lazy_re.compile(r'[«„“]([^«»„“”"\n]+)[»“”]')


def scan(text: str) -> tuple[list[Term | Or], list[tuple[str, str]]]:
    """Split ``text`` into terms and OR operators, and pull out the ``key:value`` filters.

    What is not the language (FTS5's or another engine's syntax typed: ``title:x``,
    ``{title text}:x``, ``NEAR(a b, 5)``, ``^x``, ``a AND b``, an unclosed quote, an ``OR``
    or ``NOT`` with nothing to join) is read as the words it holds (:func:`_plain`)."""
    # Control characters separate terms: FTS5 reads its query up to a NUL, so one left inside
    # a string would cut the closing quote off ("unterminated string"). So do lone surrogates
    # (a non-UTF-8 command line decoded with surrogateescape), which sqlite3 cannot encode.
    text = CONTROL_RE.sub(" ", text)
    # A word mixing look-alike letters of two scripts (Лaвров, OДКБ) in one, as a post's.
    text = in_one_script(text)
    # A percent sign typed apart from its number ("5 %", as French and Russian style writes
    # it) is the number's (query_alternatives.with_percentages), not a term of its own.
    text = _PERCENT_APART.sub(r"\1%", text)
    # Typographic quotes (a phone's keyboard, «ёлочки», „…“, “…”) quote a phrase as '"' does
    # (session 52: «стратегическое партнёрство» found its words apart).
    if "«" in text or "„" in text or "“" in text:
        text = _TYPOGRAPHIC_QUOTES.sub(r'"\1"', text)
    items: list[Term | Or] = []
    filters: list[tuple[str, str]] = []
    i, n = 0, len(text)
    not_typed = -1  # where a NOT waiting for its term starts
    operators: list[str] = []  # operators read as nothing (AND, a dangling NOT): see below
    stars = ""  # a term of stars alone, as typed
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        dash = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if dash:
            i += 1
        negated = dash or not_typed >= 0
        if not_typed >= 0 and not dash:
            start = not_typed  # the NOT is part of the term as typed
        if m := _FILTER_RE.match(text, i):
            key = m.group(1).lower()
            if negated:
                raise InputError(f"a filter cannot be negated: {_word_at(text, start)!r}")
            value, i = _read_value(text, m.end())
            if not value.strip():
                raise InputError(f"{key}: needs a value, as in {key}:{FILTER_EXAMPLES[key]}")
            filters.append((key, value.strip()))
            continue
        if m := _NEAR_RE.match(text, i):  # NEAR(a b, 5): the words a and b
            close = text.find(")", m.end())
            close = n if close < 0 else close
            inner, inner_filters = scan(_NEAR_DISTANCE.sub("", text[m.end() : close]))
            items.extend(inner)
            filters.extend(inner_filters)
            i, not_typed = close + 1, -1
            continue
        if m := _COLUMN_RE.match(text, i):  # title:x, {title text}:x: the word x
            i = m.end()
            if i >= n or text[i].isspace():
                continue
        while i + 1 < n and text[i] in "+^(" and not text[i + 1].isspace():
            i += 1  # FTS5's ^x, other engines' +x, a group's (x: the word x
        if text[i] == '"' and text.find('"', i + 1) >= 0:
            body, i = _read_quoted(text, i)
            prefix = i < n and text[i] == "*"
            while i < n and text[i] == "*":
                i += 1
            items.append(Term(body, prefix, negated, text[start:i], quoted=True))
            not_typed = -1
            continue
        if text[i] == '"':  # an unclosed quote: the words after it
            i += 1
            if i >= n or text[i].isspace():
                continue
        word, i = _read_bare(text, i)
        if (word in _OPERATORS or _NEAR_N.fullmatch(word)) and not dash:
            if word == "NOT":
                if not_typed >= 0:
                    operators.append("NOT")  # NOT NOT x: the first says nothing
                not_typed = start  # the next term is negated, as "-term" is
                continue
            if not_typed >= 0:
                operators.append("NOT")  # NOT OR: the NOT has no term
                not_typed = -1
            if word == "OR":
                items.append(_OR)
            else:
                operators.append(word)  # AND is what a space means; NEAR says how near
            continue
        not_typed = -1
        body = _prefix_body(word)
        if not body:  # "*" alone: nothing, beside other words (a*b, "lavrov *")
            stars = stars or text[start:i]
            continue
        prefix = body != word
        if not prefix and _DOTTED.fullmatch(body):
            body = body.replace(".", "").upper()  # U.N.: the abbreviation UN, and U.N. too
        items.append(Term(body, prefix, negated, text[start:i]))
    if not_typed >= 0:
        operators.append("NOT")
    items = _plain(items, operators)
    if stars and not items and not filters:
        raise InputError(f"{stars!r} is not a search term: put '*' right after a word, as in lavr*")
    if not items and not filters:
        # Operators alone are the words (OR: the word "or"); other syntax alone ("NEAR(", a
        # lone quote) the text as typed, a search of its words or, with none, "nothing to
        # search for": never a search of no words and no filter (every post).
        items = [Term(w, False, False, w) for w in dict.fromkeys(operators) if w.isalpha()]
        if not items and text.strip():
            items = [Term(text.strip(), False, False, text.strip())]
    return items, filters


# Operators of FTS5 and other engines that the language reads as nothing between terms
# (AND is implied, NEAR/5 says how near) or as an operator (OR, NOT) only with terms to join.
_OPERATORS = frozenset({"OR", "NOT", "AND", "NEAR", "&&", "||"})
_NEAR_RE = lazy_re.compile(r"NEAR\(", re.IGNORECASE)
_NEAR_N = lazy_re.compile(r"NEAR/\d+")  # a NEAR/3 b
_NEAR_DISTANCE = lazy_re.compile(r",\s*\d*\s*$")
# A column filter of FTS5 (the index's columns) or another engine's field typed before a
# term: read as the term. Any other "word:word" stays a word of its own (10:30, Re:...).
_COLUMN_RE = lazy_re.compile(
    r"(?:\{[^{}\"]*\}|title|text|clean_text|search_stems|body|content|message|caption):",
    re.IGNORECASE,
)
_AFTER_PREFIX = ")]},.;:!?"  # lavr*) or lavr*, typed: still the prefix lavr*


def _prefix_body(word: str) -> str:
    """The word less a prefix's ``*`` (and what closes it: ``(lavr*)``); the word as typed
    when no ``*`` ends it."""
    core = word.rstrip(_AFTER_PREFIX)
    return core.rstrip("*") if core.endswith("*") else word


def _plain(items: list[Term | Or], operators: list[str]) -> list[Term | Or]:
    """``items`` less an OR with no term on a side (``a OR``, ``OR OR``): an operator that
    joins nothing says nothing (added to ``operators``)."""
    kept: list[Term | Or] = []
    for item in items:
        if isinstance(item, Or) and (not kept or isinstance(kept[-1], Or)):
            operators.append("OR")
            continue
        kept.append(item)
    while kept and isinstance(kept[-1], Or):
        operators.append("OR")
        kept.pop()
    return kept


FILTER_EXAMPLES = {"tag": "SCO", "source": "name", "since": "2024-01-01", "until": "2024-02-01"}


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


def term_groups(items: list[Term | Or], text: str) -> tuple[list[list[Term]], list[Term]]:
    """The terms of a search (``items``, from :func:`scan`), on either engine: the groups
    that must match (each an OR of terms; the groups AND-ed), lone stop words left out (see
    ``_STOP_WORDS``), and the terms that must not. Terms without a letter or digit are left
    out. Raises :class:`InputError` on a search that cannot be made of them."""
    groups: list[list[Term]] = []  # OR-ed terms; the groups are AND-ed
    pending_or = False
    for item in items:
        if isinstance(item, Or):
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

    positive: list[list[Term]] = []
    negative: list[Term] = []
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


# The words that ask (in small letters: WHO is the organisation), and English's auxiliaries.
QUESTION_WORDS = frozenset(
    {
        "что", "чем", "чём", "чего", "кто", "кого", "кем", "ком", "кому", "где", "когда",
        "куда", "откуда", "как", "какой", "какая", "какое", "какие", "каких", "каким",
        "какую", "сколько", "почему", "зачем", "такой", "такая", "такое", "такие",
        "what", "who", "whom", "whose", "where", "when", "why", "how", "which", "much",
        "many", "did", "does", "do", "will", "would", "can", "could", "its",
    }
)  # fmt: skip

# Words a search needs no post to hold when it has other words: "situation in the Red Sea"
# finds "Red Sea situation", "встреча в Казани" finds "казанская встреча ...". Inside quotes
# they are kept (a phrase is exact); alone, or with other stop words only, too.
_STOP_WORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "with", "by", "from",
        "into", "about", "as", "is", "are", "was", "were", "be",
        "в", "во", "на", "и", "с", "со", "о", "об", "обо", "по", "к", "ко", "у", "за", "из",
        "от", "до", "для", "а", "но", "же", "ли", "бы", "про",
        # More prepositions (session 49): "sanctions against Russia" finds "Russia's
        # sanctions", «саммит после выборов» «после» or not.
        "against", "between", "within", "during", "after", "before", "over", "under",
        "amid", "among", "via", "through", "across", "toward", "towards", "without", "upon",
        "there", "than",
        "против", "между", "после", "перед", "через", "среди", "около", "при", "над", "под",
        "без", "вокруг", "кроме", "ради", "вместо", "насчет", "насчёт",
        # A question's words (session 40): "что сказал Лавров о ШОС", "what did Lavrov say
        # about the SCO" are asked of posts that hold neither «что» nor "did".
        *QUESTION_WORDS,
    }
)  # fmt: skip


def _without_stop_words(groups: list[list[Term]]) -> list[list[Term]]:
    """``groups`` less the lone stop words (see ``_STOP_WORDS``), when any other term is left.
    One typed in capitals is kept: more likely a name (``IS``, ``AND``) than a stop word."""
    kept = [g for g in groups if len(g) > 1 or not is_stop_word(g[0])]
    return kept or groups


def is_plain(term: Term) -> bool:
    """Whether ``term`` is a bare word: not a "phrase", a prefix* or a -negated word, which
    the search's alternative ways of writing a word leave as typed."""
    return not (term.quoted or term.prefix or term.negated)


def is_a_stop_word(word: str) -> bool:
    """Whether ``word``, in any case, is one of the stop words (``_STOP_WORDS``)."""
    return word.lower() in _STOP_WORDS


def is_stop_word(term: Term) -> bool:
    body = term.body
    return not (term.quoted or term.prefix or body.isupper()) and body.lower() in _STOP_WORDS


def _has_token(body: str) -> bool:
    # unicode61's default token characters are the categories L*, N* and Co; everything else
    # separates tokens. A term without any would be an empty FTS5 phrase, which in a lone
    # query silently matches nothing.
    return any(unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Co" for c in body)


# An English possessive (Lavrov's, Lavrov’s) and a Russian ordinal's ending after its
# number (13-й, 2-го), which unicode61 reads as a second word ("lavrov s", "13 й"); an
# Arabic name's article, which news writes or leaves out ("al-Assad", "Bashar Assad";
# "аль-Джулани", "Джулани"), also as said before a name's first consonant ("ash-Sharaa",
# «аш-Шейбани», «ас-Сиси», "ad-Din": the consonant written twice, which tells it).
_POSSESSIVE = lazy_re.compile(r"([A-Za-z]\w*)['’]s", re.ASCII)
_ORDINAL = lazy_re.compile(r"(\d+)-(?:[а-яё]{1,3})", re.IGNORECASE)
_ARTICLE = lazy_re.compile(r"(?:al|el|аль|эль)-([^\W\d_]{2,})", re.IGNORECASE)
_SAID_ARTICLE = lazy_re.compile(r"[aeаэ](sh|th|dh|[tdrzsnшсдртзн])-(\1[^\W\d_]+)", re.IGNORECASE)


def core_word(body: str) -> str | None:
    """The word a possessive, an ordinal's number or an Arabic name's article is of, when
    ``body`` is one; else None."""
    if said := _SAID_ARTICLE.fullmatch(body):
        return said.group(2)
    found = _POSSESSIVE.fullmatch(body) or _ORDINAL.fullmatch(body) or _ARTICLE.fullmatch(body)
    return found.group(1) if found else None
