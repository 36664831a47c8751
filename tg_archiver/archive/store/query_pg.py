"""The search language (archive/query.py) as a PostgreSQL full-text condition.

The same terms as on SQLite, each becoming a ``tsquery`` made by PostgreSQL's own functions
from a bound parameter (so nothing a user types is ever read as SQL or as a tsquery
operator): a word or a quoted phrase is ``phraseto_tsquery`` (a phrase of word forms); a
prefix (``lavr*``, ``"foreign min*"``) is ``to_tsquery`` over lexemes quoted here, the last
with ``:*``; ``a OR b`` is ``||``, terms are ``&&``-ed, ``-word`` is ``&& !!``. Terms without
a letter or digit are left out, as SQLite's side does. As ``websearch_to_tsquery`` would
read it, but built term by term from the project's own parse, so that ``tag:``, ``since:``
and the other filters, prefixes and the error messages stay the project's.

Matching and ranking (:func:`match_sql`, :func:`words_tsquery_sql`, :func:`rank_sql`) use
``search_words`` (migrations/postgresql/0002), the counterpart of SQLite's FTS5 columns, and
look each term up through the same :func:`archive.query_lookups.lookups` and
:func:`archive.query_terms.term_groups` as SQLite's side (never a copy of them, so what
archive/variants.py learns reaches both engines): the word as typed, in its other spellings,
and its spelled-out forms (fleeting vowels) by the words as written (weights A and B: the
title's and the text's, folded as unicode61 folds them); its word forms by the project's
analysis (weight C: ``posts.search_stems``, :func:`archive.analysis.index_forms`, the
heading's forms repeated); a quoted phrase, a prefix and a function word by the words alone;
a negated word by its forms; a lone stop word not required. So a search finds the same posts
on both engines.

The passages are cut by ``ts_headline`` with the post's own language configuration
(:mod:`.language_pg`): :func:`tsqueries_sql` gives one query per configuration, and
:func:`tsquery_of_post` the one for each post's own.
"""

from __future__ import annotations

from tg_archiver.archive.analysis import fold, words
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.query_joins import joined, with_phrases
from tg_archiver.archive.query_lookups import Lookup, lookups
from tg_archiver.archive.query_terms import Term, scan, term_groups
from tg_archiver.archive.query_titles import without_titles
from tg_archiver.archive.store.language_pg import CONFIGS


def match_sql(query: SearchQuery, args: list[object]) -> str | None:
    """The condition on ``posts`` for ``query``'s words, or None (filters only). Its
    parameters are appended to ``args`` and numbered after those already there."""
    tsquery = words_tsquery_sql(query, args)
    return None if tsquery is None else f"(posts.search_words @@ ({tsquery}))"


def words_tsquery_sql(query: SearchQuery, args: list[object]) -> str | None:
    """The ``tsquery`` over ``search_words`` for ``query``'s words, or None (filters only):
    each term one ``to_tsquery('simple', ...)`` of lexemes quoted here, so nothing typed is
    read as an operator; terms ``&&``-ed, an OR group ``||``-ed, a negated term ``!!``."""
    groups = _groups(query)
    if groups is None:
        return None
    positive, negative = groups

    def one(t: Term) -> str:
        args.append(_words_query(t))
        return f"to_tsquery('simple', ${len(args)})"

    parts = [one(g[0]) if len(g) == 1 else "(" + " || ".join(map(one, g)) + ")" for g in positive]
    parts += [f"!!{one(t)}" for t in negative]
    return " && ".join(parts)


# search_words' weights {D, C, B, A} as SQLite's bm25 weighs its columns (title 2, text 1);
# the word forms (C) low: see rank_sql.
_WEIGHTS = "'{0, 0.1, 0.5, 1.0}'"


def rank_sql(query: SearchQuery, args: list[object]) -> str | None:
    """The relevance of a post to ``query``'s words, or None (filters only): as SQLite's
    BM25 sums over every lookup of every term (:func:`archive.query_lookups.lookups`, each a phrase
    of its own there), the sum of one ``ts_rank_cd`` per lookup (an English word as typed
    twice, as there), so a post matching more of a term's tiers (as typed, in another
    spelling, in another form) ranks higher. ``ts_rank_cd`` has no IDF: a match by word form
    weighs a fifth of one as written (C at 0.1 against B at 0.5), as BM25's IDF lifts the
    rare exact form above a common stem; the heading's forms, repeated in C, count twice.
    Measured on the three labelled sets (docs/scaling.md): C at 0.05 put fewer first on the
    second blind set and missed the heading; 0.2 and above lost the repo set's ``summits``.
    Flag 0: no length normalisation of its own."""
    groups = _groups(query)
    if groups is None:
        return None
    ranks = []
    for group in groups[0]:
        for term in group:
            for one in lookups(term):
                args.append(_lookup(one))
                ranks.append(
                    f"ts_rank_cd({_WEIGHTS}, posts.search_words,"
                    f" to_tsquery('simple', ${len(args)}), 0)"
                )
    return "(" + " + ".join(ranks) + ")"


def _words_query(term: Term) -> str:
    """One term in ``to_tsquery``'s syntax over ``search_words``' weights: its lookups as
    SQLite's (:func:`archive.query_lookups.lookups`: as typed, other spellings and spelled-out forms
    by the words, A and B; word forms, C), ``|``-ed."""
    return " | ".join(_lookup(one) for one in lookups(term))


def _lookup(one: Lookup) -> str:
    """One lookup: any of its texts, each a phrase (``<->``) of quoted lexemes."""
    phrases = []
    for text in one.texts:
        if one.stems:
            lexemes = [_lexeme(s) + ":C" for s in text.split()]
        else:
            lexemes = [_lexeme(fold(w)) + ":AB" for w in words(text)]
            if one.prefix and lexemes:
                lexemes[-1] = lexemes[-1][: -len(":AB")] + ":*AB"
        if lexemes:
            phrases.append("(" + " <-> ".join(lexemes) + ")")
    if one.unless_forms and phrases:
        # Not in a post that holds one of those phrases of word forms (a longer place name).
        longer = " | ".join(
            "(" + " <-> ".join(_lexeme(f) + ":C" for f in p.split()) + ")" for p in one.unless_forms
        )
        found = phrases[0] if len(phrases) == 1 else "(" + " | ".join(phrases) + ")"
        phrases = [f"({found} & !({longer}))"]
    if one.unless and phrases:
        # Not in a post that writes one of those (another lemma's words of this word form).
        unless = " | ".join(_lexeme(fold(w)) + ":AB" for w in one.unless)
        found = phrases[0] if len(phrases) == 1 else "(" + " | ".join(phrases) + ")"
        return f"({found} & !({unless}))"
    if not phrases:
        # Only characters search_fold separates (a private-use one, which unicode61 keeps
        # as a word): one lexeme no post's vector holds, so it matches nothing, not an error.
        return _lexeme(one.texts[0])
    return phrases[0] if len(phrases) == 1 else "(" + " | ".join(phrases) + ")"


def _groups(query: SearchQuery) -> tuple[list[list[Term]], list[Term]] | None:
    """``query``'s terms as SQLite's side reads them (:func:`archive.query_terms.term_groups`):
    the OR groups that must match, and the terms that must not (None: filters only)."""
    if query.match is None:
        return None
    terms, _ = scan(query.text)
    return term_groups(with_phrases(joined(without_titles(terms)), query.phrases), query.text)


def tsquery_of_post(tsqueries: dict[str, str]) -> str:
    """The one of ``tsqueries`` (:func:`tsqueries_sql`) for each post's own configuration:
    what ``ts_rank_cd`` and ``ts_headline`` take (both read a single ``tsquery``)."""
    whens = " ".join(
        f"WHEN '{config}'::regconfig THEN ({tsquery})" for config, tsquery in tsqueries.items()
    )
    return f"(CASE posts.search_config {whens} END)"


def tsqueries_sql(query: SearchQuery, args: list[object]) -> dict[str, str] | None:
    """The ``tsquery`` expression of ``query``'s words for each configuration, or None
    (filters only); parameters appended to ``args``, shared by the configurations."""
    groups = _groups(query)
    if groups is None:
        return None
    positive, negative = groups
    params = {id(t): _bind(t, args) for g in (*positive, negative) for t in g}
    by_config = {}
    for config in CONFIGS:
        cfg = f"'{config}'::regconfig"  # one of our constants, never user text

        def one(t: Term, cfg: str = cfg) -> str:
            func = "to_tsquery" if t.prefix else "phraseto_tsquery"
            return f"{func}({cfg}, {params[id(t)]})"

        parts = [
            one(g[0]) if len(g) == 1 else "(" + " || ".join(map(one, g)) + ")" for g in positive
        ]
        parts += [f"!!{one(t)}" for t in negative]
        by_config[config] = " && ".join(parts)
    return by_config


def _bind(term: Term, args: list[object]) -> str:
    """The parameter holding ``term``'s text: as typed for a phrase, as quoted lexemes in
    ``to_tsquery``'s syntax for a prefix (``'foreign' <-> 'min':*``)."""
    if term.prefix:
        lexemes = [_lexeme(w) for w in words(term.body)]
        lexemes[-1] += ":*"
        args.append(" <-> ".join(lexemes))
    else:
        args.append(term.body)
    return f"${len(args)}"


def _lexeme(word: str) -> str:
    """``word`` quoted for ``to_tsquery``: inside single quotes nothing is an operator."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
