"""A round quantity in the other ways news writes it (archive/quantities.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tg_archiver.archive.quantities import value_of, ways
from tg_archiver.archive.query import parse_query


@pytest.mark.parametrize(
    ("typed", "value", "taken"),
    [
        (["150", "тыс.", "тонн"], Decimal(150_000), 2),
        (["150", "000", "тонн"], Decimal(150_000), 2),
        (["150,000", "tonnes"], Decimal(150_000), 1),
        (["150000"], Decimal(150_000), 1),
        (["1,5", "млн"], Decimal(1_500_000), 2),
        (["1.5", "million"], Decimal(1_500_000), 2),
        (["1", "500", "000"], Decimal(1_500_000), 3),
        (["2,5", "млрд"], Decimal(2_500_000_000), 2),
    ],
)
def test_a_quantity_is_read_however_it_is_typed(
    typed: list[str], value: Decimal, taken: int
) -> None:
    assert value_of(typed) == (value, taken)


def test_what_is_no_quantity_of_a_thousand_or_more_has_no_value() -> None:
    assert value_of(["2025"]) is None  # a year
    assert value_of(["150", "тонн"]) is None
    assert value_of(["Лавров"]) is None
    assert ways(Decimal(150), ("ru", "en")) == ()


def test_a_quantity_is_written_in_figures_and_with_each_scale_of_the_languages() -> None:
    found = ways(Decimal(150_000), ("ru",))
    assert {"150 000", "150000", "150 тысяч", "150 тыс"} <= set(found)
    assert "150 thousand" not in found  # a Russian search's words: Russian posts
    million = ways(Decimal(1_500_000), ("ru", "en"))
    assert {"1 500 000", "1 5 млн", "1 5 миллиона", "1 5 million", "1 5 mln"} <= set(million)
    assert "1500 тыс" not in " ".join(million)  # a mantissa of a thousand: no such way


@pytest.mark.parametrize("typed", ["150 тыс. тонн", "150 000 тонн", "150 тысяч тонн"])
def test_each_way_of_a_russian_quantity_finds_the_others(typed: str) -> None:
    match = parse_query(typed).match
    assert match is not None
    assert all(f'"{w}"' in match for w in ("150 000", "150 тыс", "150 тысяч"))
    assert '"15 тыс"' not in match


def test_an_english_quantity_and_one_in_figures_alone() -> None:
    match = parse_query("150,000 tonnes").match
    assert match is not None and '"150 thousand"' in match
    alone = parse_query("150000").match
    assert alone is not None and '"150 тыс"' in alone and '"150 thousand"' in alone
    # A sum's number is held with its sign as written (currencies.py): not given these.
    dollars = parse_query("$1.5 million").match
    assert dollars is not None and '"1 500 000"' not in dollars


def test_a_quantity_s_mantissa_is_also_written_in_words() -> None:
    # Session 44: «сорок тысяч человек» is "40 000", «полтора миллиона тонн» "1 500 000".
    found = ways(Decimal(40_000), ("ru", "en"))
    assert {"сорок тысяч", "сорока тысяч", "forty thousand"} <= set(found)
    assert {"полтора миллиона", "полутора миллионов"} <= set(ways(Decimal(1_500_000), ("ru",)))
    assert not any(w.startswith("одна") for w in ways(Decimal(1_000), ("ru",)))
    assert not any(w[0].isalpha() for w in ways(Decimal(1_250_000), ("ru",)))  # 1,25 млн


def test_a_quantity_typed_in_words_or_with_an_abbreviation_s_dot() -> None:
    for typed in ("сорок тысяч человек", "40 тыс. человек"):
        match = parse_query(typed).match
        assert match is not None and '"40 000"' in match and '"сорок тысяч"' in match
    million = parse_query("полтора млн тонн").match
    assert million is not None and '"1 500 000"' in million
    # «т» after «тыс.» is the tonne: its other words too.
    tonnes = parse_query("150 тыс. т").match
    assert tonnes is not None and '"тонн"' in tonnes
