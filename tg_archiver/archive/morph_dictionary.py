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
- **The word graphs' copies**: dawg_python reads each graph (``words.dawg``, the endings'
  ``prediction-suffixes-*.dawg``: 11 MB) into an array, a copy of the whole file, where a
  search walks a few hundred of its cells; each is read as a view of the file mapped into
  memory instead (:func:`_mapped`): the same cells, read from the page cache as walked, and
  shared by every process of the archive that loads the dictionary (session 46: the load
  31-34 ms -> 18-19 ms, parsing as fast).
"""

from __future__ import annotations

import mmap
import os
import struct
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Literal

__all__ = ["analyzer"]


def analyzer() -> Any:
    """A new pymorphy3 ``MorphAnalyzer`` of the Russian dictionary (see the module's notes)."""
    import pymorphy3  # lazy: a Latin-only search never loads the dictionary
    import pymorphy3.shapes
    from dawg_python import wrapper as graphs
    from pymorphy3.opencorpora_dict import storage, wrapper

    # pymorphy3 (2.0.6) asks `unicodedata.name` of every letter of a word with no default:
    # a letter Python's Unicode data has no name for (a Tangut ideograph, U+17BD0) raised
    # ValueError out of any parse. Such a letter is no Latin one.
    pymorphy3.shapes.is_latin_char = _is_latin_char
    if getattr(wrapper, "load_dict", None) is storage.load_dict and hasattr(
        storage, "_load_gramtab"
    ):
        wrapper.load_dict = _graphs_mapped(graphs, _tags_on_first_use(storage))
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


def _graphs_mapped(graphs: Any, load_dict: Callable[..., Any]) -> Callable[..., Any]:
    """``load_dict`` with dawg_python's graphs read as views of their files (:func:`_mapped`)
    while it loads; as dawg_python reads them when its readers are not the ones known."""
    dictionary, guide = graphs.Dictionary, graphs.Guide
    read_units, read_guide = dictionary.read, guide.read
    if read_units.__qualname__ != "Dictionary.read" or read_guide.__qualname__ != "Guide.read":
        return load_dict

    def units(self: Any, fp: Any) -> None:  # dawg_python's Dictionary.read, mapped
        self._units = _mapped(fp, "I")

    def guide_units(self: Any, fp: Any) -> None:  # Guide.read: two bytes a unit
        self._units = _mapped(fp, "B", per_unit=2)

    def load(path: str, *args: Any, **kwargs: Any) -> Any:
        dictionary.read, guide.read = units, guide_units
        try:
            return load_dict(path, *args, **kwargs)
        finally:
            dictionary.read, guide.read = read_units, read_guide

    return load


def _mapped(fp: Any, code: Literal["I", "B"], per_unit: int = 1) -> memoryview:
    """The units of a graph's part that ``fp`` is at, as dawg_python's ``read`` reads them
    (their count, a native 4-byte integer, then the units), as a view of the file mapped
    into memory, of items ``code``; ``fp`` left after them."""
    (count,) = struct.unpack("=I", fp.read(4))
    at = fp.tell()
    size = count * per_unit * struct.calcsize(code)
    whole = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
    if at + size > len(whole):
        raise EOFError(f"{getattr(fp, 'name', 'a word graph')}: cut short")
    fp.seek(at + size)
    return memoryview(whole)[at : at + size].cast(code)


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
