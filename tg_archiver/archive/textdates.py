"""The date a post's own text gives it: a dateline such as "(Moscow, March 12, 2024)".

Text dumps carry no dates (:mod:`archive.importers.textdump`), but ministry posts usually
name their day in a dateline: the title's "(Astana, March 4, 2024)", a closing
"📍Moscow, 12 марта 2024 года", "12.03.2024". :func:`dateline_date` finds that day when it is
*clearly* there, and says nothing otherwise: a wrong date is worse than none, since an undated
post is labelled as such while a misdated one reads as news of that day.

What counts, and why:

* **Forms**: "March 12, 2024", "Mar. 12 2024", "12 March 2024" (English month names and
  their usual abbreviations), "12 марта 2024 года" / "12 марта 2024 г." (Russian genitive
  month names), "12.03.2024" (day first, as Russian and most European texts write it).
  Case does not matter. Dates without a year ("12 March") are not dates here.
* **Where**: only in a dateline, i.e. a line of at most :data:`MAX_DATELINE_CHARS`
  characters among the first :data:`HEAD_LINES` or the last :data:`TAIL_LINES` non-empty
  lines. A date inside a paragraph ("the treaty signed on 12 June 2001 ...") is what the
  post is about, not when it was written.
* **Plausible**: a real calendar day, in year :data:`MIN_YEAR` or later, and not after
  ``latest`` (the file's modification time: a post cannot be dated after the file that
  holds it was written).
* **Unambiguous**: all the plausible datelines name the same day. Two different days
  ("(Moscow, March 12, 2024)" over "Photo: 10.03.2024") leave the post undated.

Pure: no clock, no I/O; ``latest`` comes in as an argument.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from tg_archiver.archive import lazy_re

__all__ = ["HEAD_LINES", "MAX_DATELINE_CHARS", "MIN_YEAR", "TAIL_LINES", "dateline_date"]

HEAD_LINES = 5  # a scrape's boilerplate ("Media is too big", "VIEW IN TELEGRAM") comes first
TAIL_LINES = 3
MAX_DATELINE_CHARS = 160
MIN_YEAR = 2000

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

_EN = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_RU = "|".join(_RU_MONTHS)
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>\d{4})"
_FORMS = [
    # March 12, 2024 · Mar. 12 2024
    lazy_re.compile(rf"\b(?P<month>{_EN})\.?\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # 12 March 2024 · 12 марта 2024 года · 12 марта 2024 г.
    lazy_re.compile(rf"(?<!\d){_DAY}\s+(?P<month>{_EN}|{_RU})\.?,?\s+{_YEAR}\b", re.IGNORECASE),
    # 12.03.2024
    lazy_re.compile(rf"(?<![\d.]){_DAY}\.(?P<month>[01]?\d)\.{_YEAR}(?![\d.]\d)"),
]


def dateline_date(text: str, *, latest: datetime) -> date | None:
    """The day the post's datelines name, or None when none does clearly (see the module)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    candidates = lines[:HEAD_LINES] + lines[HEAD_LINES:][-TAIL_LINES:]
    last_day = latest.astimezone(UTC).date()
    found: set[date] = set()
    for line in candidates:
        if len(line) > MAX_DATELINE_CHARS:
            continue
        for day in _dates_in(line):
            if day.year >= MIN_YEAR and day <= last_day:
                found.add(day)
    return found.pop() if len(found) == 1 else None


def _dates_in(line: str) -> list[date]:
    out = []
    for form in _FORMS:
        for m in form.finditer(line):
            month_text = m["month"].lower()
            month = int(month_text) if month_text.isdigit() else _month(month_text)
            try:
                out.append(date(int(m["year"]), month, int(m["day"])))
            except ValueError:  # 31.02.2024, month 13: not a day
                continue
    return out


def _month(name: str) -> int:
    return _EN_MONTHS.get(name) or _RU_MONTHS[name]
