"""A name of several words, or of two joined by a hyphen, as the other language writes it:
what a search of the other script asks for it (store/both_scripts.py).

- A whole name (:func:`whole_name_twin`): an abbreviation's name spelled out ("Организация
  Объединённых Наций": its abbreviation's twin), a place of several words ("Курская
  область", "New York"; one typed in another case, «Курской области», by its words'
  nominatives), a body the bilingual table lists («СБ ООН», "UN General Assembly").
- Such a name among other words (:func:`named_spans`): "White House Armenia Azerbaijan",
  «Арктический совет Мурманск», whose words one by one would be read as names ("White":
  «Уайт»); the longest first.
- Two names joined by a hyphen (:func:`compound_twin`): "Russia-Africa" «"Россия
  Африка"» (a phrase: its words together, in any of their forms: «форум Россия – Африка»).

Session 49. Pure, but for the dictionary (a Cyrillic name's nominative).
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive.abbreviations import standing_for
from tg_archiver.archive.bilingual import name_in_other_language
from tg_archiver.archive.other_spellings import CYRILLIC_WORD, abbreviated, translated

__all__ = ["compound_twin", "named_spans", "whole_name_twin"]

_LONGEST = 4  # words of a name among others, at most


def whole_name_twin(name: str) -> str | None:
    """``name``, words typed one after another, as the other language writes it, as one
    search (a term, or terms joined by OR); None when it is no name a table lists."""
    for abbreviation in standing_for(name):
        if twins := abbreviated(abbreviation):
            return twins[0]
    if body := name_in_other_language(name):
        return body  # in each of its forms ("Northern Sea Route": «севморпут*», «СМП» …)
    # The places' table is read at the first name of several words.
    from tg_archiver.archive.place_names import other_names

    for typed in dict.fromkeys((name, _nominative(name))):
        if places := other_names(typed):
            return places[0]
    return None


def named_spans(words: Sequence[str]) -> dict[int, tuple[int, str]]:
    """The names of several words among ``words`` (a search's plain words, as typed): for
    the index of each one's first word, the index after its last and its twin
    (:func:`whole_name_twin`). A name begins with a capital; the longest is taken first,
    and no two overlap."""
    spans: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for length in range(min(_LONGEST, len(words) - 1), 1, -1):
        for start in range(len(words) - length + 1):
            end = start + length
            if taken.intersection(range(start, end)) or not words[start][:1].isupper():
                continue
            if twin := whole_name_twin(" ".join(words[start:end])):
                spans[start] = (end, twin)
                taken.update(range(start, end))
    return spans


def compound_twin(word: str) -> str | None:
    """``word``, names joined by hyphens ("Russia-Africa", «российско-китайский» is no such
    word: its parts are no names), as the other language writes each, as a phrase; None
    when a part has no twin."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    twins = []
    for part in parts:
        found = abbreviated(part) or translated(part)
        if not found or " " in found[0]:
            return None
        twins.append(found[0].strip('"'))
    return '"' + " ".join(twins) + '"'


def _nominative(name: str) -> str:
    """A Russian name of several words in the nominative («Курской области»: «Курская
    область»), each word by its likeliest reading, as typed where there is none."""
    if not all(CYRILLIC_WORD.fullmatch(w) for w in name.split()):
        return name
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    out = []
    for word in name.split():
        found = () if word.isupper() else likely(word.lower())  # ООН: as typed
        made = found[0].inflect({"nomn"}) if found else None
        said = made.word if made is not None else word.lower()
        out.append(said[:1].upper() + said[1:] if word[:1].isupper() else said)
    return " ".join(out)
