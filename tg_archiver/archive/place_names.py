"""Places as Russian and English name them: states, capitals and the cities, regions and
seas a foreign-ministry archive names daily («Турция», "Turkey", "Türkiye"; «Стамбул»,
"Istanbul"; «Эр-Рияд», "Riyadh"), for a search in both scripts
(archive/store/both_scripts.py). A table, not a transliteration: these names are
translated, or transliterated so differently that no rule reads one from the other. The
project's table, not the user's: the UN's members and observers and a few more places
(Taiwan, Kosovo, Abkhazia, Transnistria), their capitals (where Russian names a state and
its capital alike, Алжир, Панама, the capital's English name is in the state's row), and
some 240 cities, regions, seas and areas of the ministries' news. Not a place that is
another word in its own language (Victoria, Male).

The table is ``place_names.txt`` beside this file, read at the first look-up (a search
that asks none, the start-up bench's, loads nothing): one place a line, its Russian names,
a tab, its English names, each list separated by "; ", the usual name first. Session 45.
"""

from __future__ import annotations

import os
from functools import cache

__all__ = ["TABLE_FILE", "names_alike", "other_names", "places"]

TABLE_FILE = "place_names.txt"  # os.path: `search` loads no pathlib


def other_names(name: str) -> tuple[str, ...]:
    """The place ``name`` (as a row writes it, in any case, ё or е) in the other language,
    the usual name first: «Стамбул»: "Istanbul"; "Kyiv": «Киев»; empty for another name."""
    return _other().get(_fold(name), ())


def names_alike(name: str) -> tuple[str, ...]:
    """The place ``name`` (as a row writes it, in any case, ё or е)'s other names in the same
    language: «Сухуми»: «Сухум»; «Курилы»: «Курильские острова»; empty for none."""
    return _alike().get(_fold(name), ())


@cache
def places() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The table's rows: (Russian names, English names)."""
    path = os.path.join(os.path.dirname(__file__), TABLE_FILE)
    rows = []
    with open(path, encoding="utf-8") as table:
        for line in table:
            if line.startswith("#") or not line.strip():
                continue
            russian, english = line.rstrip("\n").split("\t")
            rows.append((tuple(russian.split("; ")), tuple(english.split("; "))))
    return tuple(rows)


@cache
def _other() -> dict[str, tuple[str, ...]]:
    """A name, folded, -> its row's names in the other language."""
    found: dict[str, tuple[str, ...]] = {}
    for russian, english in places():
        for name in russian:
            found[_fold(name)] = english
        for name in english:
            found[_fold(name)] = russian
    return found


@cache
def _alike() -> dict[str, tuple[str, ...]]:
    """A name, folded, -> its row's other names in the same language."""
    found: dict[str, tuple[str, ...]] = {}
    for row in places():
        for names in row:
            for name in names:
                if others := tuple(n for n in names if n != name):
                    found[_fold(name)] = others
    return found


def _fold(name: str) -> str:
    return name.casefold().replace("ё", "е")
