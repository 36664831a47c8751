"""A day typed in a search, spelled as news writes it (archive/typed_dates.py)."""

from __future__ import annotations

import pytest

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.typed_dates import in_words, spellings


@pytest.mark.parametrize(
    ("first", "second"),
    [("8", "December"), ("Dec", "8"), ("Dec.", "8"), ("december", "8th"), ("08", "dec")],
)
def test_a_day_is_spelled_in_either_order_with_the_month_in_full_or_short(
    first: str, second: str
) -> None:
    found = spellings(first, second)
    assert found is not None
    assert {"dec 8", "december 8", "8 december", "8 dec", "8th december"} <= set(found)


def test_september_has_two_short_names() -> None:
    assert {"sept 21", "sep 21", "21st september"} <= set(spellings("Sept", "21") or ())


@pytest.mark.parametrize(
    ("first", "second"),
    [("2024", "December"), ("December", "2024"), ("32", "May"), ("May", "talks"), ("8", "8")],
)
def test_what_is_no_day_is_not_spelled(first: str, second: str) -> None:
    assert spellings(first, second) is None


def test_a_russian_day_is_written_day_first_only() -> None:
    assert spellings("26", "января") == ("26 января",)
    assert spellings("января", "26") is None


def test_the_query_joins_a_day_into_one_term_and_keeps_the_month_s_capital() -> None:
    query = parse_query("Georgescu 8 December")
    assert query.match is not None
    assert '"8 december"' in query.match and '"dec 8"' in query.match
    assert query.match.count(" AND ") == 1  # Georgescu, and the day
    may = parse_query("May 9")
    assert [c.text for c in may.cased[0]] == ["May", "MAY"]
    assert parse_query("may 9").cased == ()


def test_a_day_in_figures_without_its_year_or_with_two_digits_of_it() -> None:
    # Session 38: 05.03 is «5 марта», "March 5"; 5.03 may be a number, and is not.
    assert in_words("05.03") == ("5 марта", "march 5", "mar 5", "5 march")
    assert in_words("5.03") == () and in_words("12.50") == ()
    two_digits = in_words("05.03.24")
    assert "5 марта 2024" in two_digits and "05 03 2024" in two_digits
    assert "05 03 2024" in in_words("5.03.2024")  # the leading zero written
