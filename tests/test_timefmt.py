"""Dates as shown to people keep four-digit years, whatever the platform's strftime does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from conftest import make_post, write_archive

from tg_archiver.archive.timefmt import day, minute


def test_years_below_1000_are_written_with_four_digits() -> None:
    assert minute(datetime(5, 1, 2, 3, 4, tzinfo=UTC)) == "0005-01-02 03:04"
    assert day(datetime(999, 12, 31, 23, 59, tzinfo=UTC)) == "0999-12-31"


def test_times_are_shown_in_utc_and_naive_ones_taken_as_utc() -> None:
    moscow = timezone(timedelta(hours=3))
    assert minute(datetime(2024, 3, 4, 12, 15, tzinfo=moscow)) == "2024-03-04 09:15"
    assert minute(datetime(2024, 3, 4, 9, 15)) == "2024-03-04 09:15"
    assert day(datetime(2024, 3, 4, 1, 0, tzinfo=moscow)) == "2024-03-03"


def test_search_and_stats_print_an_early_year_in_full(tmp_path, cli) -> None:
    early = replace(
        make_post(1, "A statement from a garbled export #SCO"),
        published_at=datetime(5, 1, 2, 3, 4, tzinfo=UTC),
    )
    db = write_archive(tmp_path / "archive.db", early)
    search = cli("--db", db, "search", "garbled")
    assert search.out.startswith("0005-01-02 03:04  Example MFA"), search.out
    stats = cli("--db", db, "stats")
    assert "0005-01-02 03:04 UTC" in stats.out, stats.out
