"""A unit of measure after a number, in the other ways news writes it: "300 км", «300
километров», "300 km", "300 kilometres", "300-kilometer"; «15 млн т», «15 млн тонн», "15m
tonnes", "15 million tons"; «1200 МВт», «1200 мегаватт», "1,200 MW", "1,200 megawatts".

A ministry abbreviates the unit, an agency spells it out, a wire glues it to the number
("300km", "300-km", "15m tonnes"): to the index these are other words, and the unit typed
was a word a post had to hold as typed. :func:`apart` splits a number glued to its unit (or
to "m", "bn": a scale, before a unit or a currency) into the two terms, the glued form
still accepted; :func:`with_units` gives a unit typed after a number (a scale word between
or not) its group's other words, in the languages of the search, as alternatives. A unit
word without a number before it is a word like any other ("т" alone is no tonne).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.number_words import is_number
from tg_archiver.archive.query_terms import Or, Term, is_plain
from tg_archiver.archive.scale_words import others as scale_others

__all__ = ["apart", "with_units"]

# Each unit: its words in Russian (every form written out: the lookups are as written) and
# in English.
_UNITS = (
    {
        "ru": (
            "км",
            *("километр", "километра", "километров", "километру", "километрам", "километром"),
            *("километрами", "километре", "километрах"),
        ),
        "en": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    },
    {
        "ru": ("т", "тонна", "тонны", "тонн", "тонне", "тоннам", "тонну", "тонной", "тоннами"),
        "en": ("tonnes", "tonne", "tons", "ton"),
    },
    {
        "ru": ("мвт", "мегаватт", "мегаватта", "мегаваттам", "мегаваттами", "мегаваттах"),
        "en": ("mw", "megawatt", "megawatts"),
    },
    {
        "ru": ("гвт", "гигаватт", "гигаватта", "гигаваттам", "гигаваттами", "гигаваттах"),
        "en": ("gw", "gigawatt", "gigawatts"),
    },
    # Gas by volume (session 44): «15 млрд кубометров», «15 млрд кубов», "15 bcm".
    {
        "ru": (
            *("кубометр", "кубометра", "кубометров", "кубометрам", "кубометрами"),
            *("кубометрах", "куб", "кубов", "кубам", "кубами", "кубах"),  # not «куба»: Cuba
        ),
        "en": ("cubic metres", "cubic meters", "cubic metre", "cubic meter", "cbm"),
    },
)
_GROUP_OF = {w: n for n, unit in enumerate(_UNITS) for ws in unit.values() for w in ws}
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
# A number glued to a unit or to a short scale: 300км, 300-km, 15m, 2bn.
_GLUED = lazy_re.compile(r"(\d+(?:[.,]\d+)?)-?([a-zа-яё]+)\.?", re.IGNORECASE)
_SHORT_SCALES = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}


def _unit(word: str) -> int | None:
    return _GROUP_OF.get(word.lower().removesuffix("."))


def apart(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a number glued to its unit ("300км", "300-km", "300-kilometre") made
    two terms, and one glued to a short scale ("15m", "2bn") before a unit or a currency
    word made the number and the scale in full ("15", "million"); each accepts the glued
    form as written too."""
    out: list[Term | Or] = []
    for i, t in enumerate(terms):
        m = _GLUED.fullmatch(t.body) if isinstance(t, Term) and is_plain(t) else None
        if not (isinstance(t, Term) and m):
            out.append(t)
            continue
        number, word = m[1], m[2].lower()
        after = terms[i + 1] if i + 1 < len(terms) else None
        if _unit(word) is not None:
            second = word
        elif word in _SHORT_SCALES and isinstance(after, Term) and _before_scale(after.body):
            second = _SHORT_SCALES[word]
        else:
            out.append(t)
            continue
        glued = (t.body.lower().removesuffix("."),)
        out += [
            replace(t, body=number, also=(*t.also, *glued)),
            replace(t, body=second, also=(*t.also, *glued)),
        ]
    return out


def _before_scale(word: str) -> bool:
    from tg_archiver.archive.currencies import currency_of

    return _unit(word) is not None or bool(currency_of(word))


def with_units(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a unit typed after a number, a scale word between or not ("300 км",
    "15 млн т", "1,200 megawatts"), given its unit's other words as alternatives in the
    languages of the search's words (both when it has none)."""
    letters = " ".join(t.body for t in terms if isinstance(t, Term))
    langs = tuple(
        lang
        for lang, there in (
            ("ru", _CYRILLIC.search(letters)),
            ("en", re.search("[A-Za-z]", letters)),
        )
        if there
    ) or ("ru", "en")
    out = list(terms)
    for i, t in enumerate(out):
        if not (isinstance(t, Term) and is_plain(t)) or (group := _unit(t.body)) is None:
            continue
        before = [x for x in out[max(0, i - 2) : i] if isinstance(x, Term)]
        if not before:
            continue
        if scale_others(before[-1].body) and len(before) == 2:
            before = before[:1]
        if not is_number(before[-1].body):
            continue
        own = t.body.lower().removesuffix(".")
        more = (w for lang in langs for w in _UNITS[group].get(lang, ()) if w != own)
        out[i] = replace(t, also=tuple(dict.fromkeys((*t.also, *more))))
    return out
