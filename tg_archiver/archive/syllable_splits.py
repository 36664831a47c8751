"""A word split into a writing system's syllables in every way with the fewest, each written
in another system: what archive/palladius.py (Chinese) and archive/polivanov.py (Japanese)
read a name by. Pure. Session 46."""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["fewest_splits", "from_table"]

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
