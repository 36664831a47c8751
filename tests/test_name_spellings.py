"""A name as another writer transliterates it (archive/name_spellings.py), and through search."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.name_spellings import english, russian
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.variants import spellings, transliterations


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("Mirziyoyev", "mirziyoev"),
        ("Mirziyoev", "mirziyoyev"),
        ("Japarov", "zhaparov"),
        ("Zhaparov", "japarov"),
        ("Nebenzia", "nebenzya"),
        ("Nebenzya", "nebenzia"),
        ("Vasily", "vassily"),
        ("Vassily", "vasily"),
        ("Guterress", "guterres"),
        ("Mohammad", "mohamad"),
        ("Lukashenka", "lukashenko"),  # Belarusian -ka (session 49)
        ("Lukashenko", "lukashenka"),
        ("Shaibani", "shaybani"),  # an Arabic name's ai, ay, ei
        ("Sheibani", "shaibani"),
    ],
)
def test_an_english_name_is_also_spelled_as_transliteration_writes_it(
    typed: str, other: str
) -> None:
    assert other in english(typed)
    assert other in transliterations(typed)


def test_a_name_in_small_letters_gets_no_other_spelling() -> None:
    assert transliterations("major") == ()


def test_a_russian_name_the_dictionary_does_not_know_swaps_e_and_i() -> None:
    assert "гутерреш" in russian("Гутерриш")
    assert "гутерриш" in russian("Гутерреш")
    assert "гутерреша" in russian("Гутерриша")
    assert russian("Сирия") == ()  # a known word: «Серия» is another
    assert russian("Лавров") == ()


def test_listed_spellings_reach_the_other_number_and_two_words() -> None:
    assert "roubles" in spellings("ruble")
    assert "manoeuvres" in spellings("maneuvers")
    assert "st" in spellings("saint")
    assert "ulan bator" in spellings("ulaanbaatar")


async def test_a_name_spelled_otherwise_is_found(store: Store) -> None:
    texts = {
        1: "Антониу Гутерреш встретился с Президентом Казахстана.",
        2: "Президент России в ходе беседы с Гутерришем высказался об урегулировании.",
        3: "Uzbek President Shavkat Mirziyoev arrived in Moscow.",
        4: "An exhibition opened in Saint Petersburg.",
        5: "The Russian president visited Ulaanbaatar.",
    }
    await ingest(store, *(make_post(n, t, day=n) for n, t in texts.items()))

    async def found(text: str) -> set[int]:
        return {int(h.row.external_id) for h in await store.search(parse_query(text), limit=20)}

    assert await found("Гутерриша") == {1, 2}
    assert await found("Mirziyoyev") == {3}
    assert await found("St Petersburg") == {4}
    assert await found("Ulan Bator") == {5}


def test_a_word_typed_with_e_is_also_looked_up_as_written_with_yo() -> None:
    assert "ещё" in spellings("еще")
    assert "учёные" in spellings("ученые")
    assert "ещё" in (parse_query("еще пять").match or "")  # a function word too
    assert spellings("небо") == ()  # the dictionary reads «небо» first
