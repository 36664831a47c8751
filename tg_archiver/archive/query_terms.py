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

from tg_archiver.archive.errors import InputError

_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,3}")  # typed so: U.N., u.s.


_FILTER_RE = re.compile(r"(tag|source|since|until):", re.IGNORECASE)

CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

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


class Or:
    """The OR operator between two terms."""


_OR = Or()


def scan(text: str) -> tuple[list[Term | Or], list[tuple[str, str]]]:
    """Split ``text`` into terms and OR operators, and pull out the ``key:value`` filters."""
    # Control characters separate terms: FTS5 reads its query up to a NUL, so one left inside
    # a string would cut the closing quote off ("unterminated string"). So do lone surrogates
    # (a non-UTF-8 command line decoded with surrogateescape), which sqlite3 cannot encode.
    text = CONTROL_RE.sub(" ", text)
    items: list[Term | Or] = []
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
                raise InputError(f"{key}: needs a value, as in {key}:{FILTER_EXAMPLES[key]}")
            filters.append((key, value.strip()))
            continue
        if text[i] == '"':
            body, i = _read_quoted(text, i)
            prefix = i < n and text[i] == "*"
            while i < n and text[i] == "*":
                i += 1
            items.append(Term(body, prefix, negated, text[start:i], quoted=True))
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
        items.append(Term(body, prefix, negated, text[start:i]))
    if not_typed >= 0:
        raise InputError(f"NOT needs a search term after it: {_shorten(text)!r}")
    return items, filters


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


def _without_stop_words(groups: list[list[Term]]) -> list[list[Term]]:
    """``groups`` less the lone stop words (see ``_STOP_WORDS``), when any other term is left.
    One typed in capitals is kept: more likely a name (``IS``, ``AND``) than a stop word."""
    kept = [g for g in groups if len(g) > 1 or not is_stop_word(g[0])]
    return kept or groups


def is_stop_word(term: Term) -> bool:
    body = term.body
    return not (term.quoted or term.prefix or body.isupper()) and body.lower() in _STOP_WORDS


def _has_token(body: str) -> bool:
    # unicode61's default token characters are the categories L*, N* and Co; everything else
    # separates tokens. A term without any would be an empty FTS5 phrase, which in a lone
    # query silently matches nothing.
    return any(unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Co" for c in body)
