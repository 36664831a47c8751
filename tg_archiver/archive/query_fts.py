"""A search's terms as an FTS5 MATCH expression built only from quoted strings and our
own operators (:func:`build_match`): each term's lookups (archive/query_lookups.py) in the
columns they are meant for, so nothing a user types is read as FTS5 syntax.
"""

from __future__ import annotations

from dataclasses import replace

from tg_archiver.archive.analysis import analyse_word, fold, words
from tg_archiver.archive.query_lookups import Lookup, lookups
from tg_archiver.archive.query_terms import Term

# -- building the expression ---------------------------------------------------------------------


def build_match(positive: list[list[Term]], negative: list[Term]) -> str | None:
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


def _fts_string(term: Term) -> str:
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


def _any_of(texts: tuple[str, ...]) -> str:
    return "(" + " OR ".join(map(_quoted, texts)) + ")"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# Column filters: the columns as stored, and the analysed copy (migrations/0008).
_EXACT = "{title clean_text} : "
_STEMS = "search_stems : "
