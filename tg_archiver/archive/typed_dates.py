"""A day of a month typed in a search ("8 December", "Dec 8"), in every way news writes it.

News writes one day several ways: a Reuters dateline "Dec 8", AP's "Dec. 8", a ministry's
"8 December", a feed's "December 8th". To the index each is two words, and a search of the
two words found any post holding both anywhere: "8 December" missed "Dec 8" (another word
for the month), and "January 26" found "December 26 ... from January 1". The query parser
(archive/query_joins.py, ``with_dates``) joins a month typed next to its day into one term, which
:func:`spellings` spells out: the day and the month, next to each other, in either order,
the month in full or abbreviated (the dot is no word to the index), the day with or without
its ordinal ending. A Russian day ("8 декабря") is written one way, the day first: it is
looked up as that phrase, in any form of its words (typed in either order).

Pure; the tables are English's and Russian's twelve months.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = [
    "ENGLISH_MONTHS",
    "RUSSIAN_MONTHS",
    "in_figures",
    "in_words",
    "is_day",
    "is_month",
    "is_russian_month",
    "is_year",
    "is_year_word",
    "month_names",
    "other_month",
    "russian_month",
    "spellings",
]

# A month's names in English: its full name first, then its abbreviations.
_EN_MONTHS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_EN_NAMES = {name: names for names in _EN_MONTHS for name in names}
# The months' full English names, and the Russian genitive a day takes («12 апреля»).
ENGLISH_MONTHS = tuple(names[0] for names in _EN_MONTHS)
RUSSIAN_MONTHS = frozenset(
    {
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    }
)  # fmt: skip
_DAY = lazy_re.compile(r"(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?", re.IGNORECASE)
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


# A Russian month as agencies' datelines cut it («МОСКВА, 1 сен — РИА Новости», «22 окт»);
# May is written in full.
_RU_SHORT = {
    "января": ("янв",), "февраля": ("фев",), "марта": ("мар",), "апреля": ("апр",),
    "июня": ("июн",), "июля": ("июл",), "августа": ("авг",), "сентября": ("сен", "сент"),
    "октября": ("окт",), "ноября": ("ноя",), "декабря": ("дек",),
}  # fmt: skip


def cut_short(day: str, month: str) -> tuple[str, ...]:
    """The Russian day ``day`` ``month`` («1», «сентября») as a dateline cuts its month («1
    сен», «1 сент»), lower-case; empty for another month or word (session 48)."""
    return tuple(f"{int(day)} {m}" for m in _RU_SHORT.get(month.lower(), ()) if day.isdigit())


def is_month(word: str) -> bool:
    """Whether ``word`` (a dot after it allowed) names a month: in English in full or
    abbreviated, in Russian in the genitive a day takes ("декабря")."""
    w = word.lower().removesuffix(".")
    return w in _EN_NAMES or w in RUSSIAN_MONTHS


def is_russian_month(word: str) -> bool:
    """Whether ``word`` names a month in Russian, in the genitive a day takes («марта»)."""
    return word.lower() in RUSSIAN_MONTHS


def month_names(word: str) -> tuple[str, ...]:
    """The English names of the month ``word`` names (``Dec.`` -> ``december``, ``dec``);
    empty for a word that names none in English."""
    return _EN_NAMES.get(word.lower().removesuffix("."), ())


def is_day(word: str) -> bool:
    """Whether ``word`` is a day of a month: 1 to 31, perhaps with a leading zero or an
    English ordinal ending ("8th")."""
    return _DAY.fullmatch(word) is not None


def spellings(first: str, second: str) -> tuple[str, ...] | None:
    """Every way a post may write the day that ``first`` and ``second`` name (a month and a
    day, in either order), each a phrase of words as the index holds them, lower-cased;
    None when they are not a day of a month. A Russian day: as posts write it, the day
    first."""
    if is_day(first) and is_month(second):
        day, month = first, second
    elif is_month(first) and is_day(second) and second[:1].isdigit():
        month, day = first, second
    else:
        return None
    name = month.lower().removesuffix(".")
    number = int(day.lower().rstrip("stndrh"))
    if name in RUSSIAN_MONTHS:
        # As typed in either order («марта 15»: a day read back from "March 15").
        return (f"{number} {name}",) if day.isdigit() else None
    days = (str(number), f"{number}{_ORDINAL.get(number, 'th')}")
    out = [f"{m} {d}" for m in _EN_NAMES[name] for d in days]
    out += [f"{d} {m}" for m in _EN_NAMES[name] for d in days]
    return tuple(out)


# A day in figures as Russian and European posts write it ("15.09.2024", "5.9.2024"), and
# a year beside a day in words ("15 сентября 2024", "September 15, 2024"). Session 36.
_NUMERIC = lazy_re.compile(r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)?\d\d)")
# Without its year, a day in figures only with two digits each (05.03): "5.03" is a number.
_NUMERIC_DAY = lazy_re.compile(r"(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])")
_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
# A day in figures as ISO 8601 writes it (2025-03-15): the year first, two digits each after.
_ISO = lazy_re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_RU_BY_NUMBER = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip


# The word after a day's year that is the date's («9 мая 2025 года», «2025 г.»).
_YEAR_WORDS = frozenset({"года", "год", "г", "г."})


def is_year_word(word: str) -> bool:
    """Whether ``word`` is the word a year is written with after it («года», «г.»)."""
    return word.lower() in _YEAR_WORDS


def is_year(word: str) -> bool:
    """Whether ``word`` is a year a day is written with (1900 to 2099)."""
    return _YEAR.fullmatch(word) is not None


def in_words(typed: str) -> tuple[str, ...]:
    """The day typed in figures (``15.09.2024``) as posts write it in words, each a phrase
    as the index holds it: «15 сентября 2024», "September 15 2024", "15 September 2024",
    "Sept 15 2024", ... (the comma and the dot are no words to the index); and in figures
    the other way round (2024-09-15); and the day without its year. A year of two digits
    (15.09.24) is 2024; a day without its year (15.09, two digits each) finds the day in
    words («15 сентября», "September 15"; 15.09.2024 holds it as typed). Empty for anything
    else."""
    # 2025-03-15, as a user types a date too (session 44): 15.03.2025's ways, that one too.
    iso = _ISO.fullmatch(typed)
    as_typed = " ".join(typed.split("-" if iso else "."))
    if iso:
        typed = f"{iso[3]}.{iso[2]}.{iso[1]}"
    m = _NUMERIC.fullmatch(typed) or _NUMERIC_DAY.fullmatch(typed)
    if m is None:
        return ()
    day, month = int(m[1]), int(m[2])
    russian = f"{day} {_RU_BY_NUMBER[month - 1]}"
    # And as an agency's dateline cuts the month («СТРАСБУРГ, 22 окт — РИА Новости»; 55).
    datelined = cut_short(str(day), _RU_BY_NUMBER[month - 1])
    # The month in full and as news abbreviates it, before and after the day (not every
    # way spellings gives: each is a lookup, and a day in figures is rarely an ordinal).
    names = _EN_MONTHS[month - 1]  # September's two abbreviations: "Sept. 12", "Sep. 12"
    english = (*(f"{n} {day}" for n in names), f"{day} {names[0]}")
    # Without its year in figures, as a briefing dates itself («15.03.», «1.06.»), the
    # day with and without its leading zero (session 40).
    short = tuple(dict.fromkeys(f"{d} {month:02d}" for d in (f"{day:02d}", str(day))))
    if m.lastindex == 2:  # _NUMERIC_DAY's 05.03: «5 марта», "March 5", and 05.03.2025 (session 38)
        return (russian, *datelined, *english, *(f for f in short if f != as_typed))
    # A year of two digits (05.03.24) is this century's; in figures with and without the
    # leading zeros (5.03.2024: 05.03.2024), the year in full and in two digits.
    year = m[3] if len(m[3]) == 4 else f"20{m[3]}"
    figures = tuple(
        f
        for f in dict.fromkeys(
            f"{d} {month:02d} {y}" for d in (f"{day:02d}", str(day)) for y in (year, year[2:])
        )
        if f != as_typed
    )
    # And the day without its year, as a post of that week writes it («15 сентября»,
    # «15.09.»).
    return (
        f"{russian} {year}",
        *(f"{d} {year}" for d in english),
        f"{year} {month:02d} {day:02d}",
        *figures,
        russian,
        *datelined,
        *english,
        *short,
    )


def in_figures(first: str, second: str, year: str = "") -> tuple[str, ...]:
    """The day ``first`` and ``second`` name (see spellings) in the year ``year``, written in
    figures, as the index holds them: "15 09 2024" (15.09.2024) and "2024 09 15"
    (2024-09-15); without a year, the day and month in figures ("15 09": 15.09.2024, and
    15.09 alone); empty when they are no day or ``year`` is given and no year."""
    if not spellings(first, second) or (year and not is_year(year)):
        return ()
    day, month = (first, second) if is_day(first) else (second, first)
    number = int(day.lower().rstrip("stndrh"))
    name = month.lower().removesuffix(".")
    if name in RUSSIAN_MONTHS:
        at = _RU_BY_NUMBER.index(name) + 1
    else:
        at = next(i for i, names in enumerate(_EN_MONTHS, 1) if name in names)
    days = dict.fromkeys((f"{number:02d}", str(number)))
    if not year:
        return tuple(f"{d} {at:02d}" for d in days)
    in_years = (f"{d} {at:02d} {y}" for d in days for y in (year, year[2:]))
    # And the day without its year («5 марта», «05.03.»), as a post of that year writes it
    # (session 40): the year typed is what it says, not a word it must hold.
    typed = f"{number} {name}" if name in RUSSIAN_MONTHS else f"{name} {number}"
    return (
        *in_years,
        f"{year} {at:02d} {number:02d}",
        *(f"{d} {at:02d}" for d in days),
        f"{typed} {year}",
    )


def other_month(word: str) -> str:
    """The month ``word`` names in the other language, as a day is written with it: "March"
    for «марта», «марта» for "March" and "Mar."; "" for a word that names no month."""
    w = word.lower().removesuffix(".")
    if w in RUSSIAN_MONTHS:
        return _EN_MONTHS[_RU_BY_NUMBER.index(w)][0].capitalize()
    return russian_month(w)


def russian_month(name: str) -> str:
    """The Russian genitive (as a day takes it: «марта») of the English month ``name``
    (in full or abbreviated, any case, a dot after it allowed); "" for no month."""
    name = name.lower().removesuffix(".")
    at = next((i for i, names in enumerate(_EN_MONTHS) if name in names), None)
    return "" if at is None else _RU_BY_NUMBER[at]
