"""Which words of a search are found only where written with capitals (archive/capitals.py),
and the text a post must then hold."""

from __future__ import annotations

import pytest

from tg_archiver.archive.capitals import Cased, cased_forms, name_forms
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


def test_a_name_in_full_holds_its_abbreviation_that_is_also_a_word_to_its_capitals() -> None:
    assert name_forms("Всемирная организация здравоохранения", ("ВОЗ",)) == (
        Cased("ВОЗ", True),
        Cased("Всемирн", False),
    )
    assert Cased("United States", False) in name_forms("united states", ("US", "U.S."))
    assert name_forms("Европейский союз", ("ЕС", "Евросоюз")) == ()  # «ЕС» is no word


@pytest.mark.parametrize("word", ["SCO", "NATO", "ООН", "МИД", "ЕС", "SANCTIONS", "G20"])
def test_an_abbreviation_with_nothing_to_be_told_from_is_not(word: str) -> None:
    assert texts(word) == []


def test_a_state_that_is_also_an_english_word_is_found_with_its_capital() -> None:
    # Session 44: "China" not "fine china", "Turkey" not the bird, in any spelling.
    assert texts("China") == ["China", "CHINA"]
    assert {"Turkey", "Türkiye", "Turkiye"} <= set(texts("Türkiye"))
    assert texts("china") == [] and texts("Russia") == []


def test_caps_lock_says_nothing() -> None:
    assert texts("US", caps_lock=True) == []
    assert parse_query("US SANCTIONS").cased == ()
    assert parse_query("US sanctions").cased != ()


@pytest.mark.parametrize(
    "word", ["us", "who", "песков", "мирный", "Sanctions", "Санкции", "Russia", "Мир"]
)
def test_small_letters_or_a_capital_that_says_nothing_find_every_case(word: str) -> None:
    assert texts(word) == []


def test_a_russian_name_that_is_also_a_word_is_found_by_its_forms_with_a_capital() -> None:
    assert texts("Песков") == ["Песков", "ПЕСКОВ"]  # the sands: песков
    assert texts("Того") == ["Того", "ТОГО"]  # кроме того
    assert set(texts("Орёл")) >= {"Орёл", "Орла", "Орлу", "ОРЛА"}  # the eagle: орёл, орла
    assert texts("Мишустин") == []  # a name only
    # A name the dictionary does not know, whose word form is not itself (Орбан: орбита's):
    # a word beginning with its first three letters, with a capital (session 38).
    assert texts("Орбан") == ["Орб", "ОРБ"]
    assert texts("Мирзиеев") == ["Мир", "МИР"]  # Мирзиёев too


def test_a_common_word_a_name_shares_is_found_where_written_as_the_word() -> None:
    # Session 38: one of its forms the dictionary also reads as a name's (газа: Газа), or a
    # surname made of its word form (медведь: Медведев): the forms in small letters or in
    # capitals by their beginning, with a capital only where no name's form is so written.
    gas = texts("газ")
    assert "газ" in gas and "ГАЗ" in gas and "Газ" in gas and "Газом" in gas
    assert "Газа" not in gas and "Газе" not in gas  # Gaza's
    bear = texts("медведь")
    assert "медвед" in bear and "Медведь" in bear and "Медведи" in bear
    assert not any(t.startswith("Медведев") for t in bear)
    assert "Песков" not in texts("песок") and "Пески" in texts("песок")
    assert texts("санкции") == []  # no name shares its forms (Санкцов is a guess)
    assert texts("газ", beside_number=True) == []  # not beside a number (9 мая: Майков)
    (gas_only,) = parse_query("газ").cased
    assert Cased("Газа", True) not in gas_only


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


def test_chile_and_a_hashtag_are_held_to_their_capitals() -> None:
    """ "Chile" is not the green chile pepper; "#Катар" is not «катар» the illness (session 50:
    a hashtag means its word, capitals and all)."""
    chile = parse_query("Chile").cased
    assert Cased("Chile", True) in chile[0] and all(c.text[:1].isupper() for c in chile[0])
    qatar = parse_query("#Катар").cased
    assert qatar and qatar == parse_query("Катар").cased
    assert parse_query("#катар").cased == ()
    # «Чили» with its capital is the state; «соус чили» the pepper, which the dictionary
    # knows only as the state's name (session 51).
    assert texts("Чили") == ["Чили", "ЧИЛИ"]
    assert parse_query("чили").cased == ()
