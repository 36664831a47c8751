"""A place whose name is a word of another's (archive/inner_names.py): Гвинея is not
Гвинея-Бисау, Судан not Южный Судан; through the real store, on both engines."""

from __future__ import annotations

from conftest import found_ids, ingest, make_post

from tg_archiver.archive.inner_names import longer_names
from tg_archiver.archive.store import Store


def test_the_longer_names_a_word_is_part_of() -> None:
    assert longer_names("Гвинеи") == longer_names("гвинея") != ()
    assert len(longer_names("Гвинея")) == 3  # -Бисау, Экваториальная, Новая
    assert longer_names("Судан") == longer_names("Судане") != ()
    assert longer_names("Мали") == ()
    assert len(longer_names("Guinea")) == 3  # -Bissau, Equatorial, (Papua) New (session 53)


async def test_the_shorter_name_does_not_find_the_longer_one(engine_store: Store) -> None:
    texts = {
        1: "В Гвинее прошёл референдум о новой конституции.",
        2: "В Гвинее-Бисау военные объявили о захвате власти.",
        3: "Армия Судана заявила о взятии Эль-Фашера.",
        4: "Президент Южного Судана провёл переговоры в Джубе.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))

    assert await found_ids(engine_store, "Гвинея") == {1}
    assert await found_ids(engine_store, "Гвинея-Бисау") == {2}
    assert await found_ids(engine_store, "Судан") == {3}
    assert await found_ids(engine_store, "Южный Судан") == {4}  # the longer name typed
    # Negated: South Sudan's post stays.
    assert await found_ids(engine_store, "президент -Судан") == {4}


async def test_the_shorter_english_name_does_not_find_the_longer_one(engine_store: Store) -> None:
    # Session 53: Guinea's namesakes in English as in Russian.
    texts = {
        1: "Guinea held a referendum on a new constitution.",
        2: "Soldiers in Guinea-Bissau said they had seized power.",
        3: "Papua New Guinea marked fifty years of independence.",
        4: "Equatorial Guinea's president arrived in Moscow.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))
    assert await found_ids(engine_store, "Guinea") == {1}
    assert await found_ids(engine_store, "Guinea-Bissau") == {2}
    assert await found_ids(engine_store, "Papua New Guinea") == {3}


async def test_a_city_named_after_its_state_is_the_state(engine_store: Store) -> None:
    texts = {
        1: "Sudan's army said it retook the presidential palace.",
        2: "South Sudan's vice-president was placed under house arrest.",
        3: "South Sudan's oil exports through Port Sudan stalled.",
        4: "Sudanese troops entered Khartoum.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))

    assert await found_ids(engine_store, "Sudan") == {1, 3, 4}  # Port Sudan: the state's own city
    # The demonym: not South Sudan either.
    assert await found_ids(engine_store, "Sudanese") == {1, 3, 4}
    assert await found_ids(engine_store, "South Sudan") == {2, 3}


async def test_an_island_named_after_another_place(engine_store: Store) -> None:
    # Session 52: Georgia is not South Georgia, the island of the A23a iceberg.
    texts = {
        1: "Georgia's parliament adopted the foreign agents law.",
        2: "The A23a iceberg ran aground off South Georgia.",
        3: "Айсберг A23a сел на мель у Южной Георгии.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))

    assert await found_ids(engine_store, "Georgia") == {1}
    assert 2 in await found_ids(engine_store, "South Georgia")  # the longer name typed
    assert await found_ids(engine_store, "Южная Георгия") == {3}
