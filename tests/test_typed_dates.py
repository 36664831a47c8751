"""A day typed in a search, spelled as news writes it (archive/typed_dates.py)."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.typed_dates import cut_short, in_words, spellings


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
    # Typed month first (read back from "January 26", session 47): the day as posts write it.
    assert spellings("января", "26") == ("26 января",)
    assert parse_query("января 26").match == parse_query("26 января").match


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
    # Session 40: and without its leading zero, as a briefing dates itself («5.03.»).
    # Session 55: and as an agency's dateline cuts the month («5 мар»).
    assert in_words("05.03") == ("5 марта", "5 мар", "march 5", "mar 5", "5 march", "5 03")
    assert in_words("5.03") == () and in_words("12.50") == ()
    two_digits = in_words("05.03.24")
    assert "5 марта 2024" in two_digits and "05 03 2024" in two_digits
    assert "05 03 2024" in in_words("5.03.2024")  # the leading zero written


def test_a_day_with_its_year_also_finds_it_written_without_one() -> None:
    # Session 40: 15.03.2025 is also «15.03.», «15 марта», "March 15" in a post of that
    # year, and September's "Sep. 12" is one of its abbreviations.
    found = in_words("15.03.2025")
    assert {"15 03", "15 марта", "march 15", "15 march"} <= set(found)
    assert {"1 06", "01 06"} <= set(in_words("1.06.2025"))
    assert "1 06" in in_words("01.06")
    assert "sep 12" in in_words("12.09")
    assert "22 окт" in in_words("22.10.2025")  # «СТРАСБУРГ, 22 окт — РИА Новости»


@pytest.mark.parametrize("typed", ["5 марта 2025", "March 5, 2025", "5 March 2025"])
def test_a_year_typed_after_a_day_in_words_is_no_word_the_post_must_hold(typed: str) -> None:
    # Session 40: «5 марта» without a year is found; the year typed and the day in figures
    # count as alternatives, so a post writing them comes first.
    match = parse_query(typed).match
    assert match is not None
    assert " AND " not in match
    assert '"5 03"' in match and "2025" in match


def test_a_day_typed_as_iso_8601_is_the_day_in_figures() -> None:
    # Session 44: 2025-03-15 finds «15 марта», "March 15", «15.03.2025».
    found = in_words("2025-03-15")
    assert {"15 марта 2025", "march 15 2025", "15 03 2025", "15 марта", "march 15"} <= set(found)
    assert in_words("2025-13-15") == () and in_words("2025-3-15") == ()


def test_the_year_s_word_is_the_day_s_not_one_a_post_must_hold() -> None:
    # Session 47: «9 мая 2025 года», «15 марта 2025 г.» are the day with its year; a post
    # writing «9 мая» or 09.05.2025 holds no «года».
    for typed, plain in (("9 мая 2025 года", "9 мая 2025"), ("15 марта 2025 г.", "15 марта 2025")):
        query, without = parse_query(typed), parse_query(plain)
        assert query.match == without.match and query.named == without.named, typed
    assert "года" in (parse_query("план на 2025 года").match or "")  # no day: a word


def test_a_russian_day_as_a_dateline_cuts_its_month() -> None:
    # Session 48: «ТЯНЬЦЗИНЬ, 1 сен — РИА Новости».
    assert cut_short("1", "сентября") == ("1 сен", "1 сент")
    assert cut_short("22", "октября") == ("22 окт",)
    assert cut_short("9", "мая") == cut_short("9", "May") == ()


async def test_a_dateline_s_day_is_found_for_the_day_typed(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "ТЯНЬЦЗИНЬ, 1 сен — РИА Новости. Путин и Моди провели переговоры.", day=1),
        make_post(2, "Саммит ШОС открылся 1 сентября в Тяньцзине.", day=2),
        make_post(3, "TIANJIN, Sept 1 (Reuters) - Putin and Modi held talks.", day=3),
        make_post(4, "МОСКВА, 11 сен — РИА Новости. Заседание перенесено.", day=4),
    )
    found = {int(h.row.external_id) for h in await engine_store.search(parse_query("1 сентября"))}
    assert found == {1, 2, 3}


async def test_a_day_s_hashtag_closed_up_is_the_day(engine_store: Store) -> None:
    # Session 48: «#9мая» asked the posts for the hashtag alone; it is the day, in every
    # way news writes it, in both languages ("May 9"), the hashtag too.
    await ingest(
        engine_store,
        make_post(1, "На Красной площади 9 мая прошёл Парад Победы.", day=1),
        make_post(2, "Russia held the Victory Day parade on May 9.", day=2),
        make_post(3, "Поздравляем ветеранов! #9мая", day=3),
        make_post(4, "Встреча прошла 19 мая в Москве.", day=4),
    )
    found = {int(h.row.external_id) for h in await engine_store.search(parse_query("#9мая"))}
    assert found == {1, 2, 3}


def test_a_hashtag_of_letters_and_a_number_is_also_written_apart() -> None:
    # "#G20" finds "G-20", as "G20" does (session 48).
    assert '"g 20"' in parse_query("#G20").match
    assert "сен" not in parse_query("#12стульев").match
