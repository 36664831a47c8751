"""A deputy for the minister, for near-duplicate detection: another speaker, another statement.

"…, foreign minister says" and "…, deputy foreign minister says", «заявил министр» and
«заявил заместитель министра», «председатель» and «первый заместитель председателя»: the
same words said by another official. The texts differ by a word or two of rank ("deputy",
"acting", "former", «заместитель», «врио»), which a copy never adds, and which the similarity
of two long texts hardly sees. :func:`rank_added` tells them; it is one of the rules a
candidate is checked by (archive/store/vetoes.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive.dedup_words import fold_words, same_word, stretches, typo

__all__ = ["rank_added"]

# Words of an official's rank before the office (their beginnings, case folded): one of
# these makes another speaker; "first" and «первый» only beside one of them.
_RANKS = (
    "deputy", "vice", "acting", "former", "заместител", "замминистр", "зампред", "исполняющ",
    "вице", "врио", "бывш",
)  # fmt: skip
_WITH_A_RANK = ("first", "первы", "обязанност")
_MOST_WORDS = 3


def rank_added(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The words of rank one side adds before an office the other names (see the module's
    notes), or None. Where the two differ, words spelt alike (a typo fixed beside it) and an
    office in another case («министр», «заместитель министра») are read as the same; what is
    left must be on one side only, one to three words of rank."""
    fa, fb = fold_words(a), fold_words(b)
    for i1, i2, j1, j2 in stretches(fa, fb):
        while i1 < i2 and j1 < j2 and _alike(fa[i1], fb[j1]):
            i1, j1 = i1 + 1, j1 + 1
        while i1 < i2 and j1 < j2 and _alike(fa[i2 - 1], fb[j2 - 1]):
            i2, j2 = i2 - 1, j2 - 1
        if i1 < i2 and j1 < j2:
            continue  # other words on both sides
        words, start, end = (fa, i1, i2) if i1 < i2 else (fb, j1, j2)
        added = list(words[start:end])
        if not 0 < len(added) <= _MOST_WORDS or not all(
            w.startswith(_RANKS + _WITH_A_RANK) for w in added
        ):
            continue
        # "first" before "deputy" the other side writes too: the first deputy, another one.
        following = words[end : end + 1]
        if any(w.startswith(_RANKS) for w in (*added, *following)):
            return added
    return None


def _alike(x: str, y: str) -> bool:
    """One word, in another form or misspelt."""
    return x == y or same_word(x, [y]) or typo([x], [y])
