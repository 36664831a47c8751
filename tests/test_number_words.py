"""A number in figures and in words (archive/number_words.py), and through the query parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tg_archiver.archive.number_words import is_number, is_number_word, other_ways
from tg_archiver.archive.query import parse_query


@pytest.mark.parametrize(
    ("typed", "langs", "written"),
    [
        ("25", ("ru",), "двадцати пяти"),
        ("25", ("en",), "twenty five"),
        ("12", ("ru",), "двенадцатью"),
        ("1,5", ("ru",), "полутора"),
        ("3-й", ("ru",), "третьего"),
        ("75th", ("en",), "seventy fifth"),
        ("2-day", ("en",), "two day"),
        ("двадцать пять", ("ru",), "25"),
        ("двадцати пяти", ("ru",), "двадцать пять"),
        ("полутора", ("ru",), "1 5"),
        ("третьего", ("ru",), "3 й"),
        ("seventy-fifth", ("en",), "75th"),
        ("third", ("en",), "3rd"),
        ("ten", ("en",), "10"),
        ("two-day", ("en",), "2 day"),
        ("сто двадцать", ("ru",), "120"),
        ("two hundred", ("en",), "200"),
        ("200", ("en",), "two hundred"),
        ("215", ("en",), "two hundred and fifteen"),
        ("215", ("en",), "two hundred fifteen"),
        ("nine hundred ninety-nine", ("en",), "999"),
        ("three hundred million", ("en",), "300 million"),
        # session 38: a number and a half, round thousands
        ("2,5", ("ru",), "двух с половиной"),
        ("2.5", ("en",), "two and a half"),
        ("два с половиной", ("ru",), "2 5"),
        ("two and a half", ("en",), "2 5"),
        ("1000", ("ru",), "тысячу"),
        ("3000", ("ru",), "трёх тысяч"),
        ("3000", ("ru",), "тремя тысячами"),
        ("3000", ("en",), "three thousand"),
        ("тысяча", ("ru",), "1000"),
        ("три тысячи", ("ru",), "3 000"),
        ("сто", ("ru",), "100"),
        ("100000", ("ru",), "ста тысячами"),
    ],
)
def test_a_number_is_also_written_the_other_way(
    typed: str, langs: tuple[str, ...], written: str
) -> None:
    assert written in other_ways(typed, langs).written


def test_a_russian_compound_of_a_number_is_found_by_its_word_forms() -> None:
    assert other_ways("80-летие", ("ru",)).stems == ("восьмидесятилет",)
    assert other_ways("восьмидесятилетие", ("ru",)).stems == ("80 лет",)
    assert other_ways("100-летие", ("ru",)).stems == ("столет",)


@pytest.mark.parametrize(
    "typed",
    [
        "one",
        "1",
        "2024",
        "2000",
        "1999",
        "тысячи",
        "0,5",
        "столица",
        "сталь",
        "один",
        "пять двадцать",
        "twenty twenty",
        "мир",
        "hundred",
        "hundreds",
        "twenty hundred",
        "hundred two",
    ],
)
def test_what_is_no_number_or_is_not_spelled_out_has_no_other_way(typed: str) -> None:
    assert not other_ways(typed, ("ru", "en"))


def test_what_a_number_word_is() -> None:
    assert is_number_word("пяти") and is_number_word("seventy") and not is_number_word("лет")
    assert is_number("полтора") and is_number("1,5") and not is_number("миллиард")


def test_a_search_joins_a_number_in_words_and_gives_its_scale_word_the_short_one() -> None:
    match = parse_query("полтора миллиарда").match or ""
    assert '"1 5"' in match and '"млрд"' in match
    assert '"25"' in (parse_query("двадцать пять лет").match or "")
    assert '"двадцать пять"' in (parse_query("25 лет").match or "")
    assert "twenty" not in (parse_query("25 лет").match or "")
    assert '"25"' not in (parse_query('"двадцать пять" лет').match or "")


def test_a_search_without_a_number_does_not_load_num2words() -> None:
    # The CLI's one-shot search pays for every import: num2words and its tables took about
    # 100 ms on the first search of any word.
    code = (
        "import sys\n"
        "from tg_archiver.archive.query import parse_query\n"
        "parse_query('cooperation переговоры Лаврова в Москве')\n"
        "assert 'num2words' not in sys.modules\n"
        "parse_query('25 лет')\n"
        "assert 'num2words' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
