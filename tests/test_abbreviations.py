"""The abbreviations' table (archive/abbreviations.py): what a word stands for, in any form
where it declines, and what a name spelled out stands for."""

from __future__ import annotations

import pytest

from tg_archiver.archive.abbreviations import spelled_out, standing_for


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
