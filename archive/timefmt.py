"""Dates as the archive shows them to people: ``2024-03-04 09:15``, in UTC.

``strftime("%Y")`` writes year 5 as ``5`` on glibc (and as ``0005`` elsewhere), so a post
dated in years 1-999 (a garbled export, a hostile feed) would print as ``5-01-01``; these
format from ``isoformat``, which always writes four digits.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["day", "minute"]


def minute(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM`` of ``moment`` in UTC (a naive time is taken as UTC)."""
    return _utc(moment).isoformat(sep=" ", timespec="minutes")[:16]


def day(moment: datetime) -> str:
    """``YYYY-MM-DD`` of ``moment`` in UTC (a naive time is taken as UTC)."""
    return _utc(moment).date().isoformat()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
