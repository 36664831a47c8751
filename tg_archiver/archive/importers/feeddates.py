"""An RSS or Atom entry's date, read so that it is right or plainly absent, never a wrong year.

feedparser turns every date it recognises into a UTC ``time.struct_time``, but past the
edges of the calendar its arithmetic goes wrong silently: ``Mon, 01 Jan 0001 00:00:00 +1400``
comes back as the year 1400, ``9999-12-31T23:59:59-12:00`` as the year 10000 (which no
``datetime`` holds) and ``0001-01-01T00:00:00+05:00`` as the year 0. So the two formats feeds
actually use, ISO 8601 (Atom, W3CDTF) and RFC 822 (RSS), are read here from the entry's raw
text with the standard library, and feedparser's tuple is used only for the rarer formats it
knows, and only when it lies within years 1..9999.

A date that exists but lies outside years 1..9999 once put in UTC cannot be stored; the
caller then uses the time the feed was fetched, and says so (:class:`EntryDate`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_tz

from tg_archiver.archive import lazy_re

__all__ = ["FUTURE_TOLERANCE", "EntryDate", "ahead_of", "entry_date"]

# A date further than this after the feed was fetched is a wrong clock or a hostile feed's
# (dated 2099, its entry led the web app's pages and the archive's feeds for ever, and no
# scheduled digest's window would reach it): the fetch time is stored instead, and said.
# A day: a feed that writes its local time as UTC is at most 14 hours ahead.
FUTURE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class EntryDate:
    """``value`` is the date in UTC, or None; ``impossible`` holds the raw text of a date
    that was given but cannot be stored (outside years 1..9999 in UTC)."""

    value: datetime | None
    impossible: str | None = None
    # The raw text of a date that was given but is no date ("2024-02-30T10:00:00Z", "Mon, 32
    # Feb 2024 25:61:00 GMT", "yesterday"): feedparser would roll 30 February over into
    # March, or drop it without a word.
    invalid: str | None = None


# The year of an RFC 822 date as written: four digits are a year as they stand (the
# standard library would read "0001" as 2001, as if it had two).
_RFC822_YEAR = lazy_re.compile(r"^\s*(?:[A-Za-z]+,?\s*)?\d{1,2}\s+[A-Za-z]+\s+(\d{4})\s")
_ISO_START = lazy_re.compile(r"^\s*\d{4}-\d{2}")
_ISO_DAY = lazy_re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:$|[T ])")  # a whole day, with a time or not


def ahead_of(moment: datetime | None, fetched_at: datetime) -> bool:
    """Whether ``moment`` is further than :data:`FUTURE_TOLERANCE` after ``fetched_at``."""
    return moment is not None and moment > fetched_at + FUTURE_TOLERANCE


def entry_date(raw: object, parsed: time.struct_time | None) -> EntryDate:
    """The date of one entry field: ``raw`` is its text (``entry["published"]``), ``parsed``
    feedparser's reading of it (``entry["published_parsed"]``)."""
    if isinstance(raw, str) and raw.strip():
        text = raw.strip()
        if _ISO_START.match(text):
            return _iso(text, parsed)
        fields = parsedate_tz(text)
        if fields is not None:
            return _rfc822(text, fields)
        found = _from_tuple(raw, parsed)
        # Text no reader takes for a date ("yesterday", "0"): said, not passed over.
        return found if found.value or found.impossible else EntryDate(None, invalid=text)
    return _from_tuple(raw, parsed)


def _iso(text: str, parsed: time.struct_time | None) -> EntryDate:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        if _ISO_DAY.match(text):  # a whole date that is none: 30 February, month 13, hour 25
            return EntryDate(None, invalid=text)
        return _from_tuple(text, parsed)  # a W3CDTF shape Python does not read ("2024-03")
    return _to_utc(moment, text)


def _rfc822(text: str, fields: tuple[int | None, ...]) -> EntryDate:
    year, month, day, hour, minute, second = (int(f or 0) for f in fields[:6])
    second = min(second, 59)  # a leap second is the last second of its minute here
    written = _RFC822_YEAR.match(text)
    if written is not None:
        year = int(written.group(1))
    offset = fields[9] or 0
    try:
        zone = timezone(timedelta(seconds=offset))
        moment = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:  # day 31 of February, year 0, an offset of a day or more
        if year < 1 or year > 9999:
            return EntryDate(None, text)
        return EntryDate(None, invalid=text)
    return _to_utc(moment, text)


def _to_utc(moment: datetime, text: str) -> EntryDate:
    if moment.tzinfo is None:
        return EntryDate(moment.replace(tzinfo=UTC))
    try:
        return EntryDate(moment.astimezone(UTC))
    except OverflowError:
        return EntryDate(None, text)


def _from_tuple(raw: object, parsed: time.struct_time | None) -> EntryDate:
    if parsed is None:
        return EntryDate(None)
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return EntryDate(datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC))
    except ValueError:  # the year 0 or 10000 that feedparser's arithmetic made
        return EntryDate(None, str(raw))
