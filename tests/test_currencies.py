"""A sum however a post writes it (archive/currencies.py): "$95 billion", "95 billion
dollars", «95 млрд долларов», through the query parser and on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.capitals import Cased
from tg_archiver.archive.currencies import currency_of, typed_sum, written
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_a_currency_word_and_a_sign_typed() -> None:
    assert currency_of("dollars") == currency_of("долларов") == currency_of("USD") == "$"
    assert currency_of("euros") == currency_of("евро") == "€"
    assert currency_of("рублей") == currency_of("roubles") == "₽"
    assert currency_of("Europe") == currency_of("долларовый") == currency_of("95") == ""
    assert typed_sum("$95") == ("$", "95") and typed_sum("US$1.5") == ("$", "1.5")
    assert typed_sum("95") == ("", "")


def test_a_sum_is_held_as_written_with_its_sign_or_its_word() -> None:
    found = written("$", ["1.5"], "billion")
    for form in ("$1.5", "$1,5", "US$1.5", "$1.5bn", "1.5 billion dollars", "1.5 bn USD"):
        assert any(c.text == form for c in found), form
    assert Cased("1.5 billion доллар", False) in found  # any case: долларов, долларах
    assert Cased("95 млрд доллар", False) in written("$", ["95"], "миллиардов")


def test_a_sum_typed_either_way_asks_the_post_to_hold_the_number_with_its_currency() -> None:
    for typed in ("$95 billion", "95 billion dollars", "95 млрд долларов"):
        cased = parse_query(typed).cased
        assert len(cased) == 1 and Cased("$95", True) in cased[0], typed
    assert parse_query("95 billion").cased == ()  # no currency typed: no filter
    assert parse_query("dollars").cased == ()


async def test_a_sum_finds_it_written_the_other_way_and_not_another_number(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "President signed a $95 billion foreign aid package."),
        make_post(2, "The fund holds 1.5 million in cash and $12 billion in bonds."),
        make_post(3, "Lenders approved 1.5 billion dollars for the grid."),
        make_post(4, "Россия выделит 95 млрд долларов на проекты."),
    )

    async def found(typed: str) -> list[str]:
        return sorted(h.row.external_id for h in await engine_store.search(parse_query(typed)))

    assert await found("95 billion dollars") == ["1"]
    assert await found("$95 billion") == ["1"]
    assert await found("95 млрд долларов") == ["4"]
    assert await found("$1.5 billion") == ["3"]  # not "1.5 million ... $12 billion"
