"""A day typed with its year finds the day written without one, not with another year
(archive/day_years.py), on both engines."""

from __future__ import annotations

import re

from conftest import ingest, make_post

from tg_archiver.archive.day_years import other_years, typed_day
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_a_day_with_its_year_is_read_however_typed() -> None:
    assert typed_day("15.12.2025") == (15, 12, 2025)
    assert typed_day("05.03.26") == (5, 3, 2026)
    assert typed_day("5 марта 2025") == (5, 3, 2025)
    assert typed_day("March 5, 2025") == typed_day("5 March 2025") == (5, 3, 2025)
    assert typed_day("Mar 5 2024") == (5, 3, 2024)
    for no_year in ("5 марта", "05.03", "1.06", "March 5", "2025"):
        assert typed_day(no_year) is None, no_year


def test_another_year_is_told_by_the_text_as_written() -> None:
    day = other_years(1, 6, 2025)

    def left_out(text: str) -> bool:
        return bool(re.search(day.another, text)) and not re.search(day.as_typed, text)

    for other in ("On 1 June 2024", "June 1st, 2024", "1 июня 2024 года", "01.06.2024",
                  "1.06.24", "2024-06-01"):  # fmt: skip
        assert left_out(other), other
    for kept in ("1 June", "1 июня", "01.06.", "June 1, 2025", "01.06.2025 and 01.06.2024",
                 "11.06.2024", "1 июня 2025 года"):  # fmt: skip
        assert not left_out(kept), kept


async def test_a_day_with_its_year_leaves_out_another_years(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Переговоры пройдут 15 декабря."),
        make_post(2, "Брифинг 15.12.2024 перенесён."),
        make_post(3, "Встреча 15 декабря 2025 года в Москве."),
        make_post(4, "On 15 December 2024 the talks ended."),
        make_post(5, "Сессия 15.12.2025 открылась."),
    )
    for typed in ("15.12.2025", "15 декабря 2025"):
        found = {h.row.id for h in await engine_store.search(parse_query(typed))}
        assert found & {2, 4} == set(), typed
        assert {1, 3, 5} <= found, typed  # the day without a year too
    english = {h.row.id for h in await engine_store.search(parse_query("December 15, 2025"))}
    assert 5 in english and 4 not in english
    assert {h.row.id for h in await engine_store.search(parse_query("15 декабря 2024"))} >= {2}
