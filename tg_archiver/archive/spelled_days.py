"""A day of a month typed in words, read as the date in figures: «двенадцатого апреля» as "12
апреля", "the second of September" and "September second" as "September 2".

A search finds a date in figures in every way posts write it, in both languages ("12
апреля", "April 12", "12.04": archive/query.py); a day typed in words was two words a post
had to hold, an ordinal and a month, and found only the posts that spelled it so (a ministry
does, an agency does not). A day is an ordinal of 1 to 31 (archive/number_words.py reads it,
in any case: «двенадцатого», «двадцать первое»; "twelfth", "twenty-first") next to a month's
name: before a Russian month in the genitive, before "of" and an English month or after one.
Words inside a quoted phrase are left as typed (a phrase is asked as written).

Session 50, from the twenty-fifth blind search set ("двенадцатого апреля", "second of
September").
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re
from tg_archiver.archive.number_words import day_number, is_number_word
from tg_archiver.archive.typed_dates import ENGLISH_MONTHS, RUSSIAN_MONTHS

__all__ = ["days_in_figures"]

# A month's name (typed_dates.py: the Russian genitive a day takes, the English in full).
_RU_MONTH = f"({'|'.join(sorted(RUSSIAN_MONTHS))})"
_EN_MONTH = f"({'|'.join(ENGLISH_MONTHS)})"
# One or two words of a number's, then the month: the words are read by day_number.
_RU_DAY = lazy_re.compile(
    rf"(?<![\w-])((?:[а-яё]+\s+)?[а-яё]+)\s+{_RU_MONTH}(?![\w-])", re.IGNORECASE
)
_EN_DAY_OF = lazy_re.compile(
    rf"(?<![\w-])(?:the\s+)?((?:[a-z]+[\s-])?[a-z]+)\s+of\s+{_EN_MONTH}(?![\w-])", re.IGNORECASE
)
_EN_MONTH_DAY = lazy_re.compile(
    rf"(?<![\w-]){_EN_MONTH}\s+(?:the\s+)?((?:[a-z]+[\s-])?[a-z]+)(?![\w-])", re.IGNORECASE
)


def days_in_figures(text: str) -> str:
    """``text`` with each day of a month typed in words written in figures, but in quotes."""
    if not any(m in text.lower() for m in _MONTH_STARTS):
        return text
    parts = text.split('"')
    parts[::2] = [_in_figures(part) for part in parts[::2]]
    return '"'.join(parts)


# Each month's first three letters, which its every name above holds: a text without any
# has no day to read.
_MONTH_STARTS = tuple(m[:3] for m in (*RUSSIAN_MONTHS, *ENGLISH_MONTHS))


def _in_figures(text: str) -> str:
    text = _RU_DAY.sub(lambda m: _day_before(m, "{day} {month}"), text)
    text = _EN_DAY_OF.sub(lambda m: _day_before(m, "{month} {day}"), text)
    return _EN_MONTH_DAY.sub(_day_after, text)


def _day_before(match: re.Match[str], written: str) -> str:
    """The match with its day in figures, when its words before the month end with a day's
    ordinal (the words before that kept: «до двенадцатого апреля»); as typed otherwise."""
    found = match.group(1).replace("-", " ").split()
    for start in range(len(found)):
        if start and is_number_word(found[start - 1].lower()):
            break  # a number's words go on before it: «тридцать второго» is no day
        if (day := day_number(found[start:])) is not None:
            figure = written.format(day=day, month=match.group(2))
            return " ".join([*found[:start], figure])
    return match.group(0)


def _day_after(match: re.Match[str]) -> str:
    """The match with its day in figures, when the words after its month start with a day's
    ordinal ("September second round": the words after it kept); as typed otherwise."""
    found = match.group(2).replace("-", " ").split()
    for end in range(len(found), 0, -1):
        if end < len(found) and is_number_word(found[end].lower()):
            continue  # a number's words go on after it
        if (day := day_number(found[:end])) is not None:
            return " ".join([f"{match.group(1)} {day}", *found[end:]])
    return match.group(0)
