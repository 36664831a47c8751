"""The search language (archive/query.py) as a PostgreSQL full-text condition.

The same terms as on SQLite, each becoming a ``tsquery`` made by PostgreSQL's own functions
from a bound parameter (so nothing a user types is ever read as SQL or as a tsquery
operator): a word or a quoted phrase is ``phraseto_tsquery`` (a phrase of word forms); a
prefix (``lavr*``, ``"foreign min*"``) is ``to_tsquery`` over lexemes quoted here, the last
with ``:*``; ``a OR b`` is ``||``, terms are ``&&``-ed, ``-word`` is ``&& !!``. Terms without
a letter or digit are left out, as SQLite's side does. As ``websearch_to_tsquery`` would
read it, but built term by term from the project's own parse, so that ``tag:``, ``since:``
and the other filters, prefixes and the error messages stay the project's.

Each post is indexed with its own configuration (:mod:`.language_pg`), so the condition
holds one query per configuration, each applied to the posts of that configuration; both
use the GIN index on ``search_vector``.

One difference from SQLite, for now: a quoted phrase matches by word forms, not only as
written (SQLite keeps an unstemmed copy for that; a PostgreSQL ``simple`` vector would be its
counterpart).
"""

from __future__ import annotations

from tg_archiver.archive.analysis import words
from tg_archiver.archive.query import SearchQuery, _has_token, _Or, _scan, _Term
from tg_archiver.archive.store.language_pg import CONFIGS


def match_sql(query: SearchQuery, args: list[object]) -> str | None:
    """The condition on ``posts`` for ``query``'s words, or None (filters only). Its
    parameters are appended to ``args`` and numbered after those already there."""
    tsqueries = tsqueries_sql(query, args)
    if tsqueries is None:
        return None
    by_config = [
        f"(search_config = '{config}'::regconfig AND search_vector @@ ({tsquery}))"
        for config, tsquery in tsqueries.items()
    ]
    return "(" + " OR ".join(by_config) + ")"


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
    if query.match is None:
        return None
    terms, _ = _scan(query.text)
    groups: list[list[_Term]] = []
    joined = False
    for item in terms:
        if isinstance(item, _Or):
            joined = True
        elif joined and groups:
            groups[-1].append(item)
            joined = False
        else:
            groups.append([item])
    positive = [kept for g in groups if not g[0].negated if (kept := _with_tokens(g))]
    negative = [t for g in groups if g[0].negated for t in _with_tokens(g)]
    params = {id(t): _bind(t, args) for g in (*positive, negative) for t in g}
    by_config = {}
    for config in CONFIGS:
        cfg = f"'{config}'::regconfig"  # one of our constants, never user text

        def one(t: _Term, cfg: str = cfg) -> str:
            func = "to_tsquery" if t.prefix else "phraseto_tsquery"
            return f"{func}({cfg}, {params[id(t)]})"

        parts = [
            one(g[0]) if len(g) == 1 else "(" + " || ".join(map(one, g)) + ")" for g in positive
        ]
        parts += [f"!!{one(t)}" for t in negative]
        by_config[config] = " && ".join(parts)
    return by_config


def _with_tokens(group: list[_Term]) -> list[_Term]:
    return [t for t in group if _has_token(t.body)]


def _bind(term: _Term, args: list[object]) -> str:
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
