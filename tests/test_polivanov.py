"""A Japanese name read syllable by syllable between Hepburn and Polivanov's system
(archive/polivanov.py): «Сигэру Исиба» "Shigeru Ishiba", «Хоккайдо» "Hokkaido"."""

from __future__ import annotations

import pytest

from tg_archiver.archive.polivanov import hepburn, polivanov

NAMES = [
    ("Сигэру", "Shigeru"),
    ("Исиба", "Ishiba"),
    ("Санаэ", "Sanae"),
    ("Фумио", "Fumio"),
    ("Кисида", "Kishida"),
    ("Такэси", "Takeshi"),
    ("Ивая", "Iwaya"),
    ("Тосимицу", "Toshimitsu"),
    ("Мотэги", "Motegi"),
    ("Ёсимаса", "Yoshimasa"),
    ("Хаяси", "Hayashi"),
    ("Синдзо", "Shinzo"),
    ("Абэ", "Abe"),
    ("Хиросима", "Hiroshima"),
    ("Нагасаки", "Nagasaki"),
    ("Хоккайдо", "Hokkaido"),
    ("Фукусима", "Fukushima"),
    ("Окинава", "Okinawa"),
    ("Коидзуми", "Koizumi"),
    ("Сайтама", "Saitama"),
    ("Дзюнъитиро", "Junichiro"),
]


@pytest.mark.parametrize(("russian", "latin"), NAMES)
def test_a_name_reads_the_same_both_ways(russian: str, latin: str) -> None:
    assert latin in hepburn(russian.replace("ъ", ""))
    assert russian.replace("ъ", "") in polivanov(latin)


def test_a_diphthong_s_i_and_the_small_tsu() -> None:
    assert polivanov("Hokkaido")[0] == "Хоккайдо"  # «й» after «а» first
    assert polivanov("Koizumi")[0] == "Коидзуми"  # «и» after «о» first
    assert polivanov("Matcha") == ("Маття",)
    assert polivanov("Shimbun") == ("Синбун",)  # Hepburn's m before b is «н»


def test_russian_s_other_spellings_and_a_declined_name() -> None:
    assert hepburn("Сигеру")[0] == "Shigeru"  # «е» for «э»
    assert "Yoshimasa" in hepburn("Есимаса")  # «ё» folded
    assert hepburn("Исибой")[0] == "Ishiba"
    assert hepburn("Кисиды")[0] == "Kishida"


def test_a_word_no_syllables_read_wholly_has_no_reading() -> None:
    for word in ("Лавров", "Кишида", "Москва", "ШОС"):
        assert hepburn(word) == (), word
    for word in ("Lavrov", "Putin", "Kim", "Seoul", "Merz"):
        assert polivanov(word) == (), word
