"""A question typed as a search, asked again of its names and nouns when it finds nothing:
"с кем встречался Шойгу" is «Шойгу», "how much wheat did Russia send to Libya" is "wheat
Russia Libya" (the post: "Russia shipped ... wheat to Libya").

A question's own words (что, когда, what, did) are no words a post must hold
(archive/query_terms.py's stop words); its verb often is not the post's (сказал: «заявил»,
send: "shipped"). So when a question finds nothing, the store (archive/store/corrections.py)
asks again with one of its words in small letters left out, a Russian verb first, then the
others from the last; two when one is not enough; names (a capital), numbers, quoted words
and prefixes are always kept, and one word at least. Whoever shows the hits says so ("No
posts hold «с кем встречался Шойгу»; showing results for «Шойгу»").

Pure: :func:`is_question`, :func:`without` and :func:`droppable`. Session 40.
"""

from __future__ import annotations

from itertools import combinations

from tg_archiver.archive.query_terms import QUESTION_WORDS, Term, is_stop_word

__all__ = ["MOST_DROPPED", "droppable", "is_question", "without"]

MOST_DROPPED = 2  # words of a question left out at most
_MOST_WORDS = 6  # of the first six words it may be asked without
_VERB = frozenset({"VERB", "INFN"})


def is_question(text: str, terms: list[Term]) -> bool:
    """Whether a search is a question: it ends with ``?`` or has a word that asks in small
    letters (что, когда, what, how)."""
    return text.rstrip().endswith("?") or any(not t.quoted and _asks(t.body) for t in terms)


def droppable(terms: list[Term]) -> list[tuple[Term, ...]]:
    """The sets of ``terms`` a question may be asked without, in the order to try: one word,
    a Russian verb first, then the others from the last; then two; of the first six such
    words. Never every word that is not a stop word."""
    words = [t for t in terms if _may_drop(t)]
    kept = [t for t in terms if not is_stop_word(t) and not t.negated]
    words.sort(key=lambda t: (not _verb(t.body), -terms.index(t)))
    words = words[:_MOST_WORDS]  # twenty-one searches at most
    out: list[tuple[Term, ...]] = []
    for n in range(1, MOST_DROPPED + 1):
        out += [c for c in combinations(words, n) if len(kept) > n]
    return out


def without(text: str, dropped: tuple[Term, ...]) -> str:
    """``text`` (a search as typed) less its question and stop words and the ``dropped``
    terms, the others as typed: "с кем встречался Шойгу", (встречался,) -> "Шойгу"."""
    out = text
    for term in dropped:
        out = _cut(out, term.typed)
    kept = [w for w in out.rstrip("?").split() if not _asks(w)]
    return " ".join(w for w in kept if not is_stop_word(Term(w, False, False, w))) or " ".join(kept)


def _asks(word: str) -> bool:
    return word.lower() in QUESTION_WORDS and not word.isupper()  # WHO is the organisation


def _cut(text: str, typed: str) -> str:
    parts = text.split()
    if typed in parts:
        parts.remove(typed)
    return " ".join(parts)


def _may_drop(term: Term) -> bool:
    body = term.body
    return (
        not (term.quoted or term.prefix or term.negated or is_stop_word(term))
        and body[:1].islower()
        and not any(c.isdigit() for c in body)
    )


def _verb(word: str) -> bool:
    """Whether every likely reading of the Russian ``word`` is a verb's (встречался,
    говорили), not a participle's or a noun's."""
    if not any("а" <= c <= "я" or c == "ё" for c in word.lower()):
        return False
    from tg_archiver.archive.lexemes import likely  # the dictionary: a Cyrillic word only

    found = likely(word.lower())
    return bool(found) and all(p.tag.POS in _VERB for p in found)
