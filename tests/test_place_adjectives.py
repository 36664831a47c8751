"""A Russian place's adjective made by its suffix (archive/place_adjectives.py), and a search
for the place finding the posts that name it by the adjective, on both engines."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.place_adjectives import place_adjectives, place_of_adjective
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("place", "adjective"),
    [
        ("Оренбург", "оренбургский"),
        ("Оренбурге", "оренбургский"),  # any case
        ("Каспий", "каспийский"),
        ("Забайкалье", "забайкальский"),
        ("Курск", "курский"),
        ("Донецк", "донецкий"),
        ("Женева", "женевский"),
        ("Сибирь", "сибирский"),
        ("Карелия", "карельский"),  # session 53
        ("Адыгея", "адыгейский"),
        ("Чукотка", "чукотский"),
        ("Камчатке", "камчатский"),
        ("Гагаузии", "гагаузский"),  # a place the dictionary does not know
    ],
)
def test_a_place_s_adjective_is_made_by_its_suffix(place: str, adjective: str) -> None:
    assert adjective in place_adjectives(place)


def test_no_adjective_is_made_up_nor_one_for_what_is_no_place() -> None:
    assert place_adjectives("Москва") == ()  # московский: irregular, not made
    assert place_adjectives("Лавров") == () and place_adjectives("мирный") == ()
    assert place_adjectives("Paris") == ()
    assert place_adjectives("Мария") == () and place_adjectives("Италия") == ()


def test_a_place_s_adjective_typed_as_a_name_s_word_gives_the_place_back() -> None:
    assert "Запорожье" in place_of_adjective("Запорожской")  # «Запорожской АЭС»
    assert "Курск" in place_of_adjective("Курской")
    assert "Женева" in place_of_adjective("Женевской")
    # In small letters a word (братский: fraternal), and a name is no adjective.
    assert place_of_adjective("братский") == () and place_of_adjective("Лавров") == ()


async def test_a_place_finds_the_posts_naming_it_by_its_adjective(engine_store: Store) -> None:
    texts = {
        1: "В Оренбургской области продолжается паводок.",
        2: "Губернатор прибыл в Оренбург.",
        3: "Уровень Каспийского моря упал на 30 сантиметров.",
        4: "В Оренбурге открыт новый мост.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))

    async def found(text: str, *, by_rank: bool = False) -> list[int]:
        hits = await engine_store.search(parse_query(text), limit=20, by_rank=by_rank)
        return [int(h.row.external_id) for h in hits]

    assert set(await found("Оренбург")) == {1, 2, 4}
    assert (await found("Оренбург", by_rank=True))[-1] == 1  # the adjective alone: last
    assert await found("Каспий") == [3]


def test_a_name_the_dictionary_does_not_know_is_given_its_adjective() -> None:
    """«Рогун» «Рогунская ГЭС», «Нарын» «Нарынская область», «Гайана» «гайанский»; a
    surname's ending makes none (session 54)."""
    assert place_adjectives("Рогун") == ("рогунский",)
    assert place_adjectives("Нарын") == ("нарынский",)
    assert place_adjectives("Гайана") == ("гайанский",)
    assert place_adjectives("Жапаров") == place_adjectives("Синдарова") == ()
    assert place_adjectives("Имамоглу") == ()


async def test_an_unknown_place_finds_the_posts_naming_it_by_its_adjective(
    engine_store: Store,
) -> None:
    texts = {
        1: "Всемирный банк одобрил финансирование строительства Рогунской ГЭС.",
        2: "Рахмон посетил Рогун.",
        3: "В Таджикистане открыт новый мост.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))
    hits = await engine_store.search(parse_query("Рогун"), limit=20)
    assert {int(h.row.external_id) for h in hits} == {1, 2}
