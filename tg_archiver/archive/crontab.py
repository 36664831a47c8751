"""A `[[digests]]` schedule written as crontab(5) writes it, read into apscheduler's trigger.

apscheduler 3.x reads a cron expression's day-of-week field with 0 as **Monday**, where
crontab(5), and every user who writes "0 9 * * 1" for "Mondays at nine", reads 0 (and 7) as
Sunday: ``CronTrigger.from_crontab`` passed the field through, so that digest came on
Tuesdays, and "0 18 * * 5" on Saturdays. Here the field's numbers are turned into day names
first ("1" -> "mon", "1-5" -> "mon,tue,wed,thu,fri", "*/2" -> "sun,tue,thu,sat"), which
apscheduler reads unambiguously.

crontab(5) fires when *either* restricted day field matches ("0 9 1 * 1": the first of the
month and every Monday); apscheduler only when both do. Such an expression is refused with
a line saying so, rather than read either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

__all__ = ["from_crontab"]

_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def from_crontab(expression: str, timezone: ZoneInfo) -> CronTrigger:
    """The trigger of a 5-field crontab ``expression`` (minute hour day month weekday, with
    crontab(5)'s weekdays: 0 or 7 Sunday); ValueError for one it cannot read."""
    from apscheduler.triggers.cron import CronTrigger  # only for configs with digests

    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"wrong number of fields; got {len(fields)}, expected 5")
    minute, hour, day, month, weekday = fields
    if day != "*" and weekday != "*":
        raise ValueError(
            "both the day of the month and the day of the week are set; cron fires on either,"
            " so give one (or two digests)"
        )
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=_weekdays(weekday),
        timezone=timezone,
    )


def _weekdays(field: str) -> str:
    """crontab(5)'s day-of-week field as apscheduler's day names ("*" as it is)."""
    if field == "*":
        return field
    days: set[int] = set()
    for part in field.split(","):
        days.update(_part(part))
    return ",".join(_DAYS[d] for d in sorted(days))


def _part(part: str) -> range | list[int]:
    """The days (0 Sunday to 6 Saturday) of one comma-separated part: "*/2", "1-5",
    "mon-fri/2", "7"."""
    spec, _, step_text = part.partition("/")
    step = _number(step_text, "step", 1, 7) if step_text else 1
    if spec == "*":
        first, last = 0, 6
    elif "-" in spec:
        start, _, end = spec.partition("-")
        first, last = _day(start), _day(end)
        if last == 0 and end.strip() == "7":
            last = 7  # "5-7": Friday to Sunday
        if last < first:
            raise ValueError(f"day-of-week range {spec!r} runs backwards")
    else:
        first = last = _day(spec)
        if step_text:
            last = 6  # "1/2": from Monday, every other day
    return [d % 7 for d in range(first, last + 1, step)]


def _day(text: str) -> int:
    name = text.strip().casefold()
    if name[:3] in _DAYS and len(name) >= 3:
        return _DAYS.index(name[:3])
    return _number(name, "day of the week", 0, 7) % 7


def _number(text: str, what: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise ValueError(f"{what} {text!r} is not a number from {low} to {high}")
    return int(text)
