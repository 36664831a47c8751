"""A common word's word form shared with a place's or a pronoun's words (archive/clashes.py):
армия is not Армения, груз not Грузия, друг not другие; through the real store, on both engines."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.clashes import clashes
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("word", "others", "own"),
    [
        ("армия", {"армения", "армении"}, {"армии", "армией"}),
        ("грузы", {"грузия", "грузии"}, {"груз", "грузов"}),
        ("друга", {"другие", "других", "другими"}, {"друг", "другом", "друзей"}),
    ],
)
def test_a_common_word_s_clashes_and_own_forms(word: str, others: set[str], own: set[str]) -> None:
    found, forms = clashes(word)
    assert others <= set(found) and own <= set(forms)
    assert not set(found) & set(forms)  # "другом" is друг's too: never excluded


@pytest.mark.parametrize(
    "word",
    [
        "Армения",  # a place typed: lexemes.place_forms
        "другие",  # a pronoun typed
        "санкции",  # no other lemma's words with its word form
        "после",  # a function word
        "army",
    ],
)
def test_no_clash_for_a_name_a_pronoun_or_a_word_without_one(word: str) -> None:
    assert clashes(word) == ((), ())


async def test_the_word_form_does_not_find_the_place_or_the_pronoun(engine_store: Store) -> None:
    store = engine_store
    texts = {
        1: "Армия Судана заявила о взятии города.",
        2: "Премьер-министр Армении посетил Москву.",
        3: "Армения и армия: министр обороны Армении осмотрел части.",
        4: "Грузовой терминал открыт в порту.",
        5: "Лавров встретился с другом и коллегой.",
        6: "Обсуждались и другие вопросы, а также ряд других тем.",
        7: "Грузы доставлены в Газу.",
        8: "Выборы в Грузии назначены на октябрь.",
    }
    await ingest(store, *(make_post(n, t, day=n) for n, t in texts.items()))

    async def found(text: str) -> set[int]:
        return {int(h.row.external_id) for h in await store.search(parse_query(text), limit=20)}

    assert await found("армия") == {1, 3}
    assert await found("армии") == {1, 3}
    assert await found("Армении") == {2, 3}
    assert await found("друга") == {5}
    assert await found("груз") == {4, 7}  # its derived word still found by its word form
    # Negated, the same: Armenia's posts stay, every post of the army's goes.
    assert await found("министр -армия") == {2}
