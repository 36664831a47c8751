"""An English verbal noun and its verb, which a reader takes for one word and the Snowball
stemmer leaves apart: "qualification" (qualif) and "qualified" (qualifi), "recognition" and
"recognized", "disarmament" and "disarm", "decision" and "decided", "agreement" and
"agreed" (session 55; the Russian ones: archive/derivations.py).

The pairs are english_derivations.txt's, made by tools/english_derivations.py from
pyspellchecker's word list by the regular suffixes (-ification/-ify, -ition/-ise,
-ment, -sion/-de), the nouns whose meaning left the verb's (statement, settlement,
division) left out. Read as word forms (:func:`archive.analysis.analyse_word`), so any
form of either finds the other's: a search for "qualification" finds "qualified",
"qualifies"; one for "qualified" finds "qualification". A prefix makes another word
("disqualified" is not "qualification").
"""

from __future__ import annotations

import os
from functools import cache

from tg_archiver.archive.analysis import analyse_word

__all__ = ["derived_stems"]


def derived_stems(word: str) -> tuple[str, ...]:
    """The word forms of the verbal noun or the verb derived from the English ``word`` (any
    of its forms, small Latin letters or not), empty when the table has none."""
    return _table().get(analyse_word(word.lower()), ())


@cache
def _table() -> dict[str, tuple[str, ...]]:
    path = os.path.join(os.path.dirname(__file__), "english_derivations.txt")
    pairs: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            noun, verb = (analyse_word(w) for w in line.split())
            pairs.setdefault(noun, set()).add(verb)
            pairs.setdefault(verb, set()).add(noun)
    return {stem: tuple(sorted(others)) for stem, others in pairs.items()}
