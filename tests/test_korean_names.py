"""A Korean name's words read on the other side, each the spellings it may have there
(archive/korean_names.py): «Ким Чен Ын» "Kim Jong Un", «Ли Чжэ Мён» "Lee Jae-myung"."""

from __future__ import annotations

import pytest

from tg_archiver.archive.korean_names import a_korean_name, korean_readings


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Чен", "Jong"),
        ("Ын", "Un"),
        ("Ё", "Yo"),
        ("Чжон", "Jong"),
        ("Сон", "Son"),
        ("Хи", "Hui"),
        ("Чжэ", "Jae"),
        ("Мён", "Myung"),
        ("Сок", "Suk"),
        ("Ёль", "Yeol"),
        ("Хён", "Hyun"),
        ("Ир", "Il"),
        ("Сен", "Sung"),
    ],
)
def test_a_syllable_is_read_as_the_other_side_writes_it(russian: str, english: str) -> None:
    assert english in korean_readings(russian, surname=False)
    assert russian in korean_readings(english, surname=False)


def test_surnames_a_hyphenated_given_name_and_a_declined_word() -> None:
    assert "Lee" in korean_readings("Ли", surname=True)
    assert "Чхве" in korean_readings("Choe", surname=True)
    assert "Чжэ-Мён" in korean_readings("Jae-myung", surname=False)  # two words in Russian
    assert korean_readings("Ыном", surname=False)[:4] == ("Ung", "Un", "Eung", "Eun")


def test_a_korean_name_begins_with_a_surname_and_capitals() -> None:
    assert a_korean_name(["Ким", "Чен", "Ын"])
    assert a_korean_name(["Kim", "Jong", "Un"])
    assert a_korean_name(["Lee", "Jae-myung"])
    assert not a_korean_name(["Kim", "Kardashian"])  # no Korean syllable
    assert not a_korean_name(["Ким", "чен"])  # typed in small letters
    assert not a_korean_name(["Путин", "Ким"])
