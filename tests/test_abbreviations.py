"""The abbreviations' table (archive/abbreviations.py): what a word stands for, in any form
where it declines, and what a name spelled out stands for."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.abbreviations import spelled_out, standing_for
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("ООН", "Организация Объединенных Наций"),
        ("Евросоюза", "ЕС"),
        ("евросоюзом", "Европейский союз"),
        ("совбеза", "Совет Безопасности"),
        ("генконсульства", "генеральное консульство"),
        ("загранпаспортов", "заграничный паспорт"),
        ("Генассамблеи", "Генеральная Ассамблея"),
        ("ОТГ", "Организация тюркских государств"),
        ("ЦИК", "Центральная избирательная комиссия"),
        ("DRC", "Democratic Republic of the Congo"),
        ("EFTA", "European Free Trade Association"),
    ],
)
def test_an_abbreviation_that_declines_stands_for_its_name_in_any_form(
    word: str, name: str
) -> None:
    assert name in spelled_out(word)


@pytest.mark.parametrize("word", ["воза", "оона", "Евросоюзный", "un", "Us"])
def test_an_abbreviation_in_capitals_is_not_read_by_lemma_nor_a_latin_one_in_small_letters(
    word: str,
) -> None:
    assert spelled_out(word) == ()


def test_a_name_stands_for_its_other_names_but_not_those_that_are_part_of_it() -> None:
    assert standing_for("UN Security Council") == ("UNSC", "United Nations Security Council")
    assert "UN Security Council" in standing_for("Security Council")
    assert standing_for("Европейского союза") == ("ЕС", "Евросоюз")


def test_a_state_with_two_names_stands_for_the_other_in_any_form() -> None:
    assert standing_for("Тимор-Лесте") == ("Восточный Тимор",)
    assert standing_for("Восточного Тимора") == ("Тимор-Лесте",)
    assert standing_for("Ivory Coast") == ("Côte d'Ivoire",)
    assert standing_for("южная корея") == ("Республика Корея",)
    # A one-word name: its other name, by its lemma in Russian.
    assert spelled_out("Чехии") == ("Чешская Республика",)
    assert spelled_out("Czechia") == ("Czech Republic",)
    # Not English "Republic of Korea", which is part of the DPRK's name.
    assert standing_for("South Korea") == ()


async def test_a_state_s_other_name_is_found_through_the_store(store: Store) -> None:
    texts = {
        1: "Тимор-Лесте стал одиннадцатым членом АСЕАН.",
        2: "МИД России поздравил Восточный Тимор с вступлением в АСЕАН.",
        3: "Президент Республики Корея посетил Токио.",
    }
    await ingest(store, *(make_post(n, t, day=n) for n, t in texts.items()))

    async def found(text: str) -> set[int]:
        return {int(h.row.external_id) for h in await store.search(parse_query(text), limit=20)}

    assert await found("Тимор-Лесте") == {1, 2}
    assert await found("Восточного Тимора") == {1, 2}
    assert await found("Южная Корея") == {3}
