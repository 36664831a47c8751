"""pymorphy3's analyzer of Russian (OpenCorpora's dictionary), loaded for a search's start.

A Cyrillic search loads the dictionary to read its words (archive/lexemes.py), and a command
a person types should start about as fast as a small tool (issue 21). Two parts of
pymorphy3's own loading are left out, the dictionary read the same:

- **Where the dictionary is**: pymorphy3 finds it among every installed package's entry
  points (importlib.metadata, and with it the email package: 30-50 ms); the Russian
  dictionary's package is asked instead. ``PYMORPHY3_DICT_PATH``, when set, is still
  pymorphy3's to read.
- **The tags**: pymorphy3 makes all 5,563 of the dictionary's tags (``OpencorporaTag``) as it
  loads, half of its loading time, where a search reads a few dozen; they are made on first
  use instead (:class:`_Tags`), each once, from the same strings.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

__all__ = ["analyzer"]


def analyzer() -> Any:
    """A new pymorphy3 ``MorphAnalyzer`` of the Russian dictionary (see the module's notes)."""
    import pymorphy3  # lazy: a Latin-only search never loads the dictionary
    import pymorphy3.shapes
    from pymorphy3.opencorpora_dict import storage, wrapper

    # pymorphy3 (2.0.6) asks `unicodedata.name` of every letter of a word with no default:
    # a letter Python's Unicode data has no name for (a Tangut ideograph, U+17BD0) raised
    # ValueError out of any parse. Such a letter is no Latin one.
    pymorphy3.shapes.is_latin_char = _is_latin_char
    if getattr(wrapper, "load_dict", None) is storage.load_dict and hasattr(
        storage, "_load_gramtab"
    ):
        wrapper.load_dict = _tags_on_first_use(storage)
    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        return pymorphy3.MorphAnalyzer()
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())


@cache
def _is_latin_char(letter: str) -> bool:
    return "LATIN" in unicodedata.name(letter, "")


def _tags_on_first_use(storage: Any) -> Callable[..., Any]:
    """pymorphy3's ``load_dict``, its tags left to be made on first use (:class:`_Tags`)."""
    load_dict, load_gramtab = storage.load_dict, storage._load_gramtab

    def load(path: str, *args: Any, **kwargs: Any) -> Any:
        strings: list[str] = []

        def gramtab_strings(*a: Any, **k: Any) -> list[str]:
            strings.extend(load_gramtab(*a, **k))
            return []  # load_dict makes a tag of each: of none

        storage._load_gramtab = gramtab_strings
        try:
            loaded = load_dict(path, *args, **kwargs)
        finally:
            storage._load_gramtab = load_gramtab
        if loaded.gramtab:  # another pymorphy3 made them elsewhere: as it made them
            return loaded
        return loaded._replace(gramtab=_Tags(strings, loaded.Tag))

    return load


class _Tags:
    """The dictionary's tags by id, each made from its string on first use (pymorphy3's
    ``gramtab``, read by index)."""

    def __init__(self, strings: list[str], tag: Callable[[str], Any]) -> None:
        self._strings = strings
        self._tag = tag
        self._made: list[Any] = [None] * len(strings)

    def __getitem__(self, tag_id: int) -> Any:
        made = self._made[tag_id]
        if made is None:
            made = self._made[tag_id] = self._tag(self._strings[tag_id])
        return made

    def __len__(self) -> int:
        return len(self._strings)

    def __iter__(self) -> Iterator[Any]:
        return (self[i] for i in range(len(self._strings)))
