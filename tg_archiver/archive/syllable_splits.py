"""A word split into a writing system's syllables in every way with the fewest, each written
in another system: what archive/palladius.py (Chinese) and archive/polivanov.py (Japanese)
read a name by; and a syllable read by its parts (archive/korean_names.py,
archive/vietnamese_names.py). Pure. Session 46."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import product

__all__ = ["Letters", "fewest_splits", "from_table", "syllable_spellings"]

Options = Callable[[str, int], Iterable[tuple[str, int]]]
"""At a word's position: each (how the unit there is written, where the next one starts)."""


def fewest_splits(word: str, options: Options, most: int) -> list[list[str]]:
    """The splits of ``word`` into the units ``options`` offers, each as the units' other
    spellings, those of the fewest units only (at most ``most``); empty when none reads the
    whole word."""
    # ways[i]: the splits of word[i:] with the fewest units (at most ``most`` of them).
    ways: list[list[list[str]]] = [[] for _ in range(len(word) + 1)]
    ways[len(word)] = [[]]
    for i in range(len(word) - 1, -1, -1):
        best: list[list[str]] = []
        for spelt, j in options(word, i):
            if not ways[j]:
                continue
            made = [[spelt, *rest] for rest in ways[j]]
            if not best or len(made[0]) < len(best[0]):
                best = made
            elif len(made[0]) == len(best[0]):
                best += made
        ways[i] = best[:most]
    return ways[0]


def from_table(table: dict[str, str], longest: int) -> Options:
    """The options of a table of units (one system's spelling -> the other's) of at most
    ``longest`` letters."""

    def options(word: str, i: int) -> Iterable[tuple[str, int]]:
        for j in range(i + 1, min(len(word), i + longest) + 1):
            if (spelt := table.get(word[i:j])) is not None:
                yield spelt, j

    return options


Letters = tuple[tuple[str, tuple[str, ...]], ...]
"""A part of a syllable (its initials, vowels or finals) as one side writes it, each with
the other side's spellings of it."""


def syllable_spellings(text: str, initials: Letters, vowels: Letters, finals: Letters) -> list[str]:
    """``text`` read as one syllable, an initial, a vowel and a final, each part as one of
    its spellings on the other side: every way, in the parts' orders (archive/korean_names.py,
    archive/vietnamese_names.py); empty when it reads as none."""
    found: list[str] = []
    for initial, i_read in initials:
        if not text.startswith(initial):
            continue
        rest = text[len(initial) :]
        for vowel, v_read in vowels:
            if not rest.startswith(vowel):
                continue
            f_read = next((r for f, r in finals if f == rest[len(vowel) :]), None)
            if f_read is not None:
                found += ["".join(p) for p in product(i_read, v_read, f_read)]
    return found
