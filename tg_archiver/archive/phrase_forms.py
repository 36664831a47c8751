"""A topic's Russian phrase alias in every case: what the text writes after a preposition.

A config names a topic in the nominative ("Шанхайская организация сотрудничества"), while a
post writes it as its sentence needs: "саммит Шанхайской организации сотрудничества",
"в Организации Договора о коллективной безопасности". A phrase matched only as written
missed those posts (a blind review's week: 2 of 6 full-name mentions, both Russian, tagged
nothing).

:func:`case_forms` declines the phrase's head, the first noun in the nominative, with the
adjectives and participles before it that agree with it; what follows the head (its
complements, already in their own case: "сотрудничества", "Договора о …") stays as written.
The forms come from OpenCorpora's dictionary (pymorphy3, :func:`archive.lexemes.dictionary`),
loaded only for a config with a Cyrillic phrase. Each form is also spelled with "е" for
"ё", as most texts write it ("Объединенных Наций").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.lexemes import dictionary

__all__ = ["case_forms"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_MODIFIERS = frozenset({"ADJF", "PRTF"})
_CYRILLIC_WORD = lazy_re.compile(r"[а-яё]+(?:-[а-яё]+)*")


@lru_cache(maxsize=1024)
def case_forms(phrase: str) -> tuple[str, ...]:
    """The spellings of ``phrase`` (lower-cased, single spaces) in the six cases of its head,
    and each with "е" for "ё"; the phrase itself first. Only the phrase itself (and its "е"
    spelling) for a phrase that does not open with a noun in the nominative, or with
    adjectives agreeing with one ("ООН", "Совбез ООН" with an unknown word, English)."""
    words = phrase.lower().split()
    declined = _declined(words)
    spellings = [" ".join(words)] + [" ".join(form) for form in declined]
    spellings += [s.replace("ё", "е") for s in spellings if "ё" in s]
    return tuple(dict.fromkeys(spellings))


def _declined(words: list[str]) -> list[list[str]]:
    """``words`` with the head and its modifiers put in each case (see the module's notes)."""
    if not words or not all(_CYRILLIC_WORD.fullmatch(w) for w in words[:1]):
        return []
    analyzer = dictionary()
    modifiers: list[Any] = []
    head: Any = None
    for word in words:
        if not _CYRILLIC_WORD.fullmatch(word):
            return []
        readings = [p for p in analyzer.parse(word) if p.tag.case == "nomn"]
        noun = next((p for p in readings if p.tag.POS == "NOUN"), None)
        if noun is not None:
            head = noun
            break
        modifier = next((p for p in readings if p.tag.POS in _MODIFIERS), None)
        if modifier is None:
            return []
        modifiers.append(modifier)
    if head is None:
        return []
    number = head.tag.number or "sing"
    agree = {number} | ({head.tag.gender} if number == "sing" and head.tag.gender else set())
    rest = words[len(modifiers) + 1 :]
    out = []
    for case in _CASES:
        noun = head.inflect({case})
        if noun is None:
            continue
        grammemes = agree | {case}
        if case == "accs" and head.tag.animacy:
            grammemes.add(head.tag.animacy)
        adjectives = [m.inflect(grammemes) or m.inflect(agree | {case}) for m in modifiers]
        if any(a is None for a in adjectives):
            continue
        out.append([*(a.word for a in adjectives), noun.word, *rest])
    return out
