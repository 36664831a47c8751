"""A day typed with its year ("June 1, 2025", «15.12.2025»): not a post that writes the day
with another year.

The year typed is no word a post must hold (session 40: a post of that year writes «15
декабря», «15.12.»), so the day was found wherever a post wrote it, "On 1 June 2024" for
`June 1, 2025` too. Since session 41 such a post is left out by its text as written, with the
filter a namesake has (given_names.Named, on both engines): the day written with a year
other than the one typed, in words or figures, either order («15 декабря 2024 года», "June 1,
2024", "1st June 2024", «15.12.2024», «15.12.24», 2024-12-15), unless the post writes it with
the year typed too. Pure.
"""

from __future__ import annotations

from tg_archiver.archive.given_names import Named
from tg_archiver.archive.typed_dates import _EN_MONTHS, _NUMERIC, _RU_BY_NUMBER, is_year
from tg_archiver.archive.typed_dates import spellings as day_spellings

__all__ = ["other_years", "typed_day"]

_RU_GENITIVE = {name: n for n, name in enumerate(_RU_BY_NUMBER, 1)}
_EN_NUMBER = {name: n for n, names in enumerate(_EN_MONTHS, 1) for name in names}


def typed_day(typed: str) -> tuple[int, int, int] | None:
    """The day, month and year of a day typed with its year («15.12.2025», «5 марта 2025»,
    "March 5, 2025", "5 March 2025"); None for anything else (a day without its year)."""
    if (m := _NUMERIC.fullmatch(typed)) is not None:
        year = m[3] if len(m[3]) == 4 else f"20{m[3]}"
        return int(m[1]), int(m[2]), int(year)
    found = typed.replace(",", " ").split()
    if len(found) != 3 or not is_year(found[2]) or not day_spellings(found[0], found[1]):
        return None
    first, second = (w.lower().removesuffix(".") for w in found[:2])
    day, month = (first, second) if first[:1].isdigit() else (second, first)
    number = _RU_GENITIVE.get(month) or _EN_NUMBER.get(month)
    if number is None:
        return None
    return int(day.rstrip("stndrh")), number, int(found[2])


def _written(day: int, month: int, year: str, short: str) -> str:
    """A regular expression of the day written with a year: ``year`` (a regular expression
    of four digits) in words or ISO figures, ``short`` (of two) after a day in figures."""
    ru = _RU_BY_NUMBER[month - 1]
    en = "|".join(n[:1].upper() + n[1:] for n in _EN_MONTHS[month - 1])
    d = rf"0?{day}(?!\d)"
    m = rf"0?{month}(?!\d)"
    ordinal = "(?:st|nd|rd|th)?"
    return "|".join(
        (
            rf"(?<!\d){d}(?:-?го)?\s+{ru}\s+{year}",
            rf"(?:{en})\.?\s+{d}{ordinal},?\s+{year}",
            rf"(?<!\d){d}{ordinal}\s+(?:of\s+)?(?:{en})\.?,?\s+{year}",
            rf"(?<![\d.]){d}\.{m}\.(?:{year}|{short}(?!\d))",
            rf"{year}-{m}-{d}",
        )
    )


def other_years(day: int, month: int, year: int) -> Named:
    """The filter of a day typed with its year: not a post writing the day with another
    year, unless it writes it with the year typed too."""
    y = str(year)
    other = rf"(?!{y}(?!\d))(?:19|20)\d\d(?!\d)"
    other_short = rf"(?!{y[2:]}(?!\d))\d\d"
    typed = rf"{y}(?!\d)"
    return Named(_written(day, month, other, other_short), _written(day, month, typed, y[2:]))
