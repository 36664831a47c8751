"""Which words of a search are found only where written with capitals (archive/capitals.py),
and the text a post must then hold."""

from __future__ import annotations

import pytest

from tg_archiver.archive.capitals import Cased, cased_forms
from tg_archiver.archive.query import parse_query


def texts(word: str, *, caps_lock: bool = False, beside_number: bool = False) -> list[str]:
    forms = cased_forms(word, caps_lock=caps_lock, beside_number=beside_number)
    return [f.text for f in forms]


def test_an_abbreviation_that_is_also_a_word_is_found_as_written() -> None:
    assert cased_forms("US", caps_lock=False, beside_number=False) == (
        Cased("US", True),
        Cased("U.S.", True),
    )
    assert texts("IT") == ["IT", "I.T."]
    assert texts("AIDS") == ["AIDS", "Aids"]  # from four letters, as some papers write it
    assert texts("МИР") == ["МИР"]


@pytest.mark.parametrize("word", ["SCO", "NATO", "ООН", "МИД", "ЕС", "SANCTIONS", "G20"])
def test_an_abbreviation_with_nothing_to_be_told_from_is_not(word: str) -> None:
    assert texts(word) == []


def test_caps_lock_says_nothing() -> None:
    assert texts("US", caps_lock=True) == []
    assert parse_query("US SANCTIONS").cased == ()
    assert parse_query("US sanctions").cased != ()


@pytest.mark.parametrize("word", ["us", "who", "песков", "Sanctions", "Санкции", "China", "Мир"])
def test_small_letters_or_a_capital_that_says_nothing_find_every_case(word: str) -> None:
    assert texts(word) == []


def test_a_russian_name_that_is_also_a_word_is_found_by_its_forms_with_a_capital() -> None:
    assert texts("Песков") == ["Песков", "ПЕСКОВ"]  # the sands: песков
    assert texts("Того") == ["Того", "ТОГО"]  # кроме того
    assert set(texts("Орёл")) >= {"Орёл", "Орла", "Орлу", "ОРЛА"}  # the eagle: орёл, орла
    assert texts("Мишустин") == []  # a name only
    assert texts("Мирзиеев") == []  # a word the dictionary does not know


def test_a_month_beside_a_number() -> None:
    assert texts("May", beside_number=True) == ["May", "MAY"]
    assert texts("May") == []
    assert parse_query("May 9").cased == ((Cased("May", True), Cased("MAY", True)),)
    march = (Cased("March", True), Cased("MARCH", True), Cased("Mar", True), Cased("MAR", True))
    assert parse_query("8 March").cased == (march,)  # the day: the month in any of its names


def test_the_names_an_abbreviation_is_looked_up_as_are_found_as_written_too() -> None:
    (who,) = parse_query("WHO").cased
    assert [f.text for f in who] == [
        "WHO",
        "W.H.O.",
        "World Health Organisation",
        "World Health Organization",
    ]


def test_an_or_a_phrase_or_a_prefix_is_not_cased() -> None:
    assert parse_query("US OR EU").cased == ()
    assert parse_query('"US sanctions"').cased == ()
    assert parse_query("US*").cased == ()


def test_a_russian_name_an_abbreviation_stands_for_is_found_in_any_case_by_its_beginning() -> None:
    (who,) = parse_query("ВОЗ").cased
    assert [f.text for f in who] == ["ВОЗ", "Всемирн"]


def test_a_name_in_its_other_spelling_is_not_split_as_if_prefixed() -> None:
    from tg_archiver.archive.capitals import _spelled_otherwise

    assert _spelled_otherwise("Collective Security Treaty Organisation") == (
        "Collective Security Treaty Organization"
    )
