"""A day of a month typed in words is searched as the date in figures (archive/spelled_days.py):
«двенадцатого апреля» finds "12 апреля" and "April 12", "the second of September" finds
«2 сентября», on both engines."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.spelled_days import days_in_figures
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("двенадцатого апреля", "12 апреля"),
        ("Двенадцатое апреля", "12 апреля"),
        ("до двадцать первого марта 2025", "до 21 марта 2025"),
        ("Лавров первого мая", "Лавров 1 мая"),
        ("the second of September", "September 2"),
        ("second of September", "September 2"),
        ("September second", "September 2"),
        ("March twenty-first talks", "March 21 talks"),
        ("May the fourth", "May 4"),
        # As typed: no day (a cardinal, a number past 31, no month), or in a quoted phrase.
        ("двенадцать апреля", "двенадцать апреля"),
        ("тридцать второго мая", "тридцать второго мая"),
        ("the thirty-second of May", "the thirty-second of May"),
        ("second round", "second round"),
        ('"двенадцатого апреля" Оман', '"двенадцатого апреля" Оман'),
    ],
)
def test_a_day_in_words_is_read_in_figures(typed: str, read: str) -> None:
    assert days_in_figures(typed) == read


async def test_a_day_in_words_finds_it_in_figures_in_both_languages(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(
            1, "МАСКАТ, 12 апреля — РИА Новости. Переговоры Ирана и США в Омане завершились."
        ),
        make_post(2, "MUSCAT, April 12 (Reuters) - Iran and the United States held talks in Oman."),
        make_post(3, "ПЕКИН, 2 сентября. /Интерфакс/. «Газпром» подписал меморандум."),
        make_post(4, "BEIJING, Sept 2 (Reuters) - Gazprom signed a memorandum."),
        make_post(5, "МАСКАТ, 22 апреля. Следующий раунд переговоров пройдёт в Риме."),
    )
    for typed, expected in (
        ("двенадцатого апреля", {1, 2}),
        ("the twelfth of April", {1, 2}),
        ("second of September", {3, 4}),
        ("второго сентября", {3, 4}),
    ):
        found = {h.row.id for h in await engine_store.search(parse_query(typed))}
        assert found == expected, typed
