"""A function of one word, kept for the words it has seen in a plain dict: a look-up a word
in a C-level ``map``, where an ``lru_cache`` costs a Python call a word. For functions that
depend on their word alone (a word's analysed form, its fold), so what is kept never changes
what they give; the dict is emptied when it holds more than ``most`` words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["WordMemo"]


class WordMemo:
    """``fn`` of each of a list of words, from :attr:`table` (``fn``'s results by word)."""

    __slots__ = ("fn", "most", "table")

    def __init__(self, fn: Callable[[str], str], most: int) -> None:
        self.fn = fn
        self.most = most
        self.table: dict[str, str] = {}

    def __call__(self, words: Sequence[str]) -> list[str]:
        """``[fn(w) for w in words]``: looked up; the words new to the table made and kept."""
        table = self.table
        try:
            return list(map(table.__getitem__, words))
        except KeyError:
            if len(table) > self.most:
                table.clear()
            fn = self.fn
            for word in words:
                if word not in table:
                    table[word] = fn(word)
            return list(map(table.__getitem__, words))
