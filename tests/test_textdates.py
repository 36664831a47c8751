"""The day a post's own dateline names (archive/textdates.py): only when it is clearly there."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tg_archiver.archive.textdates import dateline_date

FILE_TIME = datetime(2024, 3, 20, 9, 30, tzinfo=UTC)
MARCH_12 = date(2024, 3, 12)


@pytest.mark.parametrize(
    "line",
    [
        "🎙 Foreign Minister's interview with a TV channel (Moscow, March 12, 2024)",
        "🎙 Remarks at the press conference (Moscow, Mar. 12 2024)",
        "📍 Moscow, 12 March 2024",
        "🎙 Интервью Министра агентству «Известия» (Москва, 12 марта 2024 года)",
        "📍 Москва, 12 марта 2024 г.",
        "📆 12.03.2024",
        "MARCH 12, 2024",
    ],
)
def test_each_dateline_form_gives_its_day(line: str) -> None:
    text = f"Media is too big\nVIEW IN TELEGRAM\n{line}\nKey points:\n🔹 Talks went well."

    assert dateline_date(text, latest=FILE_TIME) == MARCH_12


def test_a_closing_dateline_counts_too() -> None:
    body = "\n".join(f"🔹 Point number {n} of the statement." for n in range(10))
    text = f"Statement by the Ministry\n{body}\n📍 Москва, 12 марта 2024 года\n#ШОС"

    assert dateline_date(text, latest=FILE_TIME) == MARCH_12


def test_a_date_inside_a_paragraph_is_what_the_post_is_about_not_its_date() -> None:
    paragraph = (
        "The Charter on Good-Neighbourly Relations, signed on 15 June 2001 in Shanghai, laid"
        " the foundation of the organisation, and the member states have since built on it a"
        " wide network of agreements in security, trade and culture."
    )
    text = f"🛡 On this day\n{paragraph}\n#SCO"

    assert dateline_date(text, latest=FILE_TIME) is None


def test_a_post_without_a_date_is_undated() -> None:
    text = "❗️ Comment by the spokesperson\nThe position of the Ministry is unchanged.\n#CIS"

    assert dateline_date(text, latest=FILE_TIME) is None


def test_two_different_days_leave_the_post_undated() -> None:
    text = "🎙 Interview (Moscow, March 12, 2024)\nKey points follow.\nPhoto: 10.03.2024"

    assert dateline_date(text, latest=FILE_TIME) is None


def test_the_same_day_written_twice_is_one_day() -> None:
    text = "📌 Briefing, March 12, 2024.\nThe spokesperson spoke.\n📌 Briefing, 12.03.2024."

    assert dateline_date(text, latest=FILE_TIME) == MARCH_12


@pytest.mark.parametrize(
    "line",
    [
        "(Moscow, March 25, 2024)",  # after the file was written
        "(Moscow, 31.02.2024)",  # no such day
        "(Moscow, 12.13.2024)",  # no month 13
        "(Moscow, March 12, 1999)",  # before MIN_YEAR
        "(Moscow, March 12)",  # no year
        "Reference 112.03.2024.1",  # a number, not a date
    ],
)
def test_implausible_dates_are_not_taken(line: str) -> None:
    assert dateline_date(f"Statement\n{line}\nText.", latest=FILE_TIME) is None


def test_the_day_of_the_file_itself_is_allowed() -> None:
    text = "Statement (Moscow, March 20, 2024)\nText."

    assert dateline_date(text, latest=FILE_TIME) == date(2024, 3, 20)
