"""Words of another lemma that share a common word's word form: ``армия`` and ``Армения``,
``груз`` and ``Грузия``, ``друг`` and ``другие``.

The index keeps one word form a word (archive/analysis.py: Snowball, stemmed to a fixed
point), so a search of ``армия`` found every post about Armenia, ``грузы`` every one about
Georgia, ``друга`` (a friend's) every ``другими`` (others). The dictionary tells them apart
by lemma; the index does not, and a lemma in the index could not tell ``стали`` (steel's)
from ``стали`` (became) without reading the sentence.

So the query does: for a common word typed whose word form is also that of a place's, a
organisation's or a pronoun's words (stem_clashes.txt, made from OpenCorpora's
dictionary by tools/stem_clashes.py), the word-form lookup does not match a post that
writes one of those words (archive/query_lookups.py ``Lookup.unless``), and the word's own forms,
spelled out, find such a post when it holds them too ("армия Армении"). Everything else the
word form finds is still found: its derived words (``армейский``) and the heading's weight.

The table lists, for each such word form, the words of those lemmas the dictionary reads
only so (``армении``: every likely reading a place; not ``газа``, which is first gas's
genitive); since session 41 also a common noun's look-alikes, nouns of another lemma that
reach its word form only by stemming twice (archive/lookalikes.py: «визит» for
`виза`). A word typed that is itself a name or a pronoun is left alone (the place's and
the surname's own lookups are lexemes.place_forms, surname_forms). It loads (about 5 ms) on
the first Cyrillic word a query looks up.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word, fold
from tg_archiver.archive.lookalikes import lookalikes
from tg_archiver.archive.variants import is_function_word

__all__ = ["CLASHING", "clashes", "clashing_form"]

# The dictionary's grammemes of the lemmas a common word's word form should not find: a
# place's, an organisation's, a pronoun's. Not a person's: a surname or a first name with
# a common word's word form is rarely met where that word is searched, and would make the
# table twenty times the size (every Лавров, Миран).
CLASHING = frozenset({"Geox", "Orgn", "Apro"})
# A word typed that the dictionary reads so is left alone: a name's own lookups.
_NAMES = CLASHING | {"Surn", "Name", "Patr"}
_CYRILLIC_WORD = lazy_re.compile(r"[а-яё]+")
_NONE: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@lru_cache(maxsize=4096)
def clashes(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For a common Russian ``word`` whose word form other lemmas' words share (see the
    module docstring): those words, and ``word``'s own forms (its lexeme, lower-cased, each
    with ``ё`` also as ``е``); two empty tuples otherwise."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w) or is_function_word(w):
        return _NONE
    # And common words of another lemma whose word form meets it only by stemming twice
    # (визит for виза: archive/lookalikes.py; session 41).
    listed = (*_table().get(analyse_word(w), ()), *lookalikes(w))
    if not listed:
        return _NONE
    from tg_archiver.archive.lexemes import likely

    parses = likely(w)
    if not parses or any(_NAMES & set(p.tag.grammemes) for p in parses):
        return _NONE  # a name or a pronoun typed: its own lookups
    own = {str(form.word) for p in parses for form in p.lexeme}
    own |= {f.replace("ё", "е") for f in own}
    others = [f for f in listed if f not in own]
    if not others:
        return _NONE
    others += [f.replace("ё", "е") for f in others if "ё" in f]
    # Not a form that is also a function word: «после», посол's prepositional, is most
    # often "after".
    spelled = {f for f in own - {w} if not is_function_word(f)}
    return tuple(dict.fromkeys(others)), tuple(sorted(spelled))


def clashing_form(name: str) -> bool:
    """Whether the word form of ``name`` (one word) is also a common word's, of another
    lemma (``Армения``: ``армия``'s; ``Грузия``: ``груз``'s)."""
    return analyse_word(fold(name)) in _table()


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """stem_clashes.txt: each word form -> the words of the clashing lemmas that have it."""
    with open(os.path.join(os.path.dirname(__file__), "stem_clashes.txt"), encoding="utf-8") as f:
        lines = [line.split() for line in f if line.strip() and not line.startswith("#")]
    return {stem: tuple(found) for stem, *found in lines}
