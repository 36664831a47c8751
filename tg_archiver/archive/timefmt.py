"""Dates as the archive shows them to people: ``2024-03-04 09:15``, in UTC.

``strftime("%Y")`` writes year 5 as ``5`` on glibc (and as ``0005`` elsewhere), so a post
dated in years 1-999 (a garbled export, a hostile feed) would print as ``5-01-01``; these
format from ``isoformat``, which always writes four digits.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["day", "labelled", "minute"]


def minute(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM`` of ``moment`` in UTC (a naive time is taken as UTC)."""
    return _utc(moment).isoformat(sep=" ", timespec="minutes")[:16]


def day(moment: datetime) -> str:
    """``YYYY-MM-DD`` of ``moment`` in UTC (a naive time is taken as UTC)."""
    return _utc(moment).date().isoformat()


def labelled(moment: datetime, date_source: str) -> str:
    """A post's time for a search result, saying where it comes from (archive.models.DateSource):
    ``2024-03-04 09:15`` from the source, ``2024-03-12 (date from its text)`` from a dateline
    (a day, no time), ``2024-03-20 09:30 (undated: the file's time)`` for an undated post."""
    if date_source == "file":
        return f"{minute(moment)} (undated: the file's time)"
    if date_source == "text":
        return f"{day(moment)} (date from its text)"
    return minute(moment)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
