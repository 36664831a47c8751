"""Digest subscriptions a chat makes with ``/subscribe``: the record and its schedule syntax.

Pure: parsing takes the words a user typed and returns a :class:`Subscription` without an id;
the store keeps them (``Store.add_subscription`` and friends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.tags import TopicAliases, configured_topic_at_start, is_topic_name

__all__ = ["WEEKDAYS", "Subscription", "format_schedule", "parse_subscription"]

ScheduleKind = Literal["daily", "weekly"]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_TIME = "08:00"
SYNTAX = "/subscribe TOPIC [daily HH:MM | weekly DAY HH:MM] [TIMEZONE]"

_TIME_RE = lazy_re.compile(r"([01]?\d|2[0-3]):([0-5]\d)", re.ASCII)


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat's digest of one topic; ``weekday`` (0 = Monday) only for weekly ones."""

    chat_id: int
    topic: str
    schedule_kind: ScheduleKind
    weekday: int | None
    time: str  # HH:MM in ``timezone``
    timezone: str
    created_by: int | None
    created_at: datetime
    id: int | None = None


def parse_subscription(
    args: str,
    *,
    chat_id: int,
    created_by: int | None,
    now: datetime,
    aliases: TopicAliases | None = None,
) -> Subscription:
    """Read ``TOPIC [daily HH:MM | weekly DAY HH:MM] [TIMEZONE]``; default: daily 08:00 UTC.

    TOPIC is a hashtag's name, or a topic of ``aliases`` (the config's ``[topics]``) whose
    name is no hashtag's (``Middle East``, ``EU, NATO``): the first words are tried as one
    of those first."""
    words = args.split()
    if not words:
        raise InputError(f"name a topic: {SYNTAX}")
    named = configured_topic_at_start(words, aliases)
    if named is not None:
        topic, taken = named
    else:
        topic, taken = words[0].lstrip("#"), 1
        if not topic:
            raise InputError(f"name a topic: {SYNTAX}")
        if not is_topic_name(topic):
            raise InputError(
                f"{topic[:64]!r} is not a topic: a hashtag's name, such as SCO or ШОС ({SYNTAX})"
            )
    words = [topic, *words[taken:]]
    rest = [w.lower() for w in words[1:]]
    kind: ScheduleKind = "daily"
    weekday: int | None = None
    time = DEFAULT_TIME
    if rest and rest[0] == "daily":
        rest.pop(0)
        if rest and _TIME_RE.fullmatch(rest[0]):
            time = _time(rest.pop(0))
    elif rest and rest[0] == "weekly":
        rest.pop(0)
        if not rest or rest[0][:3] not in WEEKDAYS:
            raise InputError(f"weekly needs a day, as in: weekly mon 09:00 ({SYNTAX})")
        weekday = WEEKDAYS.index(rest.pop(0)[:3])
        kind = "weekly"
        if rest and _TIME_RE.fullmatch(rest[0]):
            time = _time(rest.pop(0))
    if rest and re.fullmatch(r"\d+:\d+", rest[0]):
        raise InputError(f"bad time {rest[0]!r}: use HH:MM, from 00:00 to 23:59")
    zone = "UTC"
    if rest:
        zone = _zone(words[len(words) - len(rest)])
        rest.pop(0)
    if rest:
        raise InputError(f"unexpected {' '.join(rest)!r}: {SYNTAX}")
    return Subscription(
        chat_id=chat_id,
        topic=topic,
        schedule_kind=kind,
        weekday=weekday,
        time=time,
        timezone=zone,
        created_by=created_by,
        created_at=now,
    )


def format_schedule(sub: Subscription) -> str:
    """``daily 08:00 UTC`` or ``weekly Mon 09:30 Europe/Moscow``."""
    if sub.schedule_kind == "weekly" and sub.weekday is not None:
        return f"weekly {WEEKDAYS[sub.weekday].title()} {sub.time} {sub.timezone}"
    return f"daily {sub.time} {sub.timezone}"


def _time(value: str) -> str:
    m = _TIME_RE.fullmatch(value)
    assert m is not None
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        raise InputError(
            f"unknown schedule or time zone {value[:64]!r}: {SYNTAX}, with a time zone"
            " such as Europe/Moscow"
        ) from None
    return value
