"""A Vietnamese name's words read on the other side (archive/vietnamese_names.py): «То Лам»
"To Lam", «Фам Минь Тинь» "Pham Minh Chinh", "Tô Lâm" with its marks."""

from __future__ import annotations

import pytest

from tg_archiver.archive.vietnamese_names import a_vietnamese_name, vietnamese_readings


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Лам", "Lam"),
        ("Минь", "Minh"),
        ("Тинь", "Chinh"),
        ("Кыонг", "Cuong"),
        ("Тхань", "Thanh"),
        ("Шон", "Son"),
        ("Чонг", "Trong"),
        ("Ван", "Van"),
        ("Тхыонг", "Thuong"),
    ],
)
def test_a_syllable_is_read_as_the_other_side_writes_it(russian: str, english: str) -> None:
    assert english in vietnamese_readings(russian, surname=False)
    assert russian in vietnamese_readings(english, surname=False)


def test_surnames_and_marks() -> None:
    assert vietnamese_readings("Нгуен", surname=True) == ("Nguyen",)
    assert vietnamese_readings("Pham", surname=True) == ("Фам",)
    assert vietnamese_readings("Lâm", surname=False) == ("Лам",)  # the marks left out


def test_a_vietnamese_name_begins_with_a_surname_and_syllables() -> None:
    assert a_vietnamese_name(["To", "Lam"])
    assert a_vietnamese_name(["Tô", "Lâm"])
    assert a_vietnamese_name(["Фам", "Минь", "Тинь"])
    assert not a_vietnamese_name(["Le", "Monde"])  # "Monde" is no syllable
    assert not a_vietnamese_name(["Lam", "Research"])  # no Vietnamese surname first
