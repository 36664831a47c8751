"""A state and its adjective finding each other (archive/demonyms.py): English since session
36, Russian since session 37, on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive import demonyms
from tg_archiver.archive.demonyms import of
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_a_russian_state_in_any_case_gives_its_adjective_and_the_adjective_the_state() -> None:
    assert of("Армении") == ("армянский",)
    assert of("Германии") == ("германский", "немецкий")
    assert of("Южной Кореи") == ("южнокорейский",)
    assert of("южнокорейских") == ("Южная Корея",)
    assert of("казахстанскими") == ("Казахстан",)
    assert "США" in of("американских")


def test_the_shipped_russian_table_is_the_one_the_list_and_the_dictionary_make() -> None:
    # A search reads demonyms_ru.txt instead of asking the dictionary of every listed word
    # (session 38): after editing the list, run tools/demonyms_ru.py.
    shipped = demonyms._russian_table()
    assert shipped == demonyms.russian_table_made()
    assert shipped["армения"] == ("армянский",) and len(shipped) > 300


def test_a_russian_word_that_only_shares_a_form_with_a_state_gives_nothing() -> None:
    assert of("армия") == ()  # Армения's word form, another lemma
    assert of("чадо") == ()  # not Чад
    assert of("того") == () and of("Того") == ()  # the dictionary reads it as «тот»
    # Армения's word form is армия's: its adjective does not look the state up by it.
    assert of("армянскими") == ()
    assert of("Ukraine") == ("Ukrainian",)  # English as before
    # A region the news names by its adjective as often (session 49).
    assert "Transnistrian" in of("Transnistria") and of("Crimean") == ("Crimea",)


async def test_a_state_finds_its_adjective_and_a_post_naming_it_comes_first(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Пашинян заявил о заморозке участия Армении в ОДКБ."),
        make_post(
            2,
            "О сессии Совета коллективной безопасности в Астане\n\nГлавы государств обсудили"
            " ситуацию в регионе. Армянская сторона в заседании не участвовала.",
        ),
        make_post(3, "Российская армия получила новую партию беспилотников."),
        make_post(4, "Новозеландские компании инвестируют в Узбекистан."),
    )
    found = await engine_store.search(parse_query("Армения"), by_rank=True)
    texts = [h.row.text for h in found]
    assert len(texts) == 2 and texts[0].startswith("Пашинян")
    assert not any("армия" in t for t in texts)
    zealand = await engine_store.search(parse_query("Новая Зеландия"))
    assert [h.row.text for h in zealand] == ["Новозеландские компании инвестируют в Узбекистан."]
    # The adjective finds the state where the state's word form is its own.
    posts = await engine_store.search(parse_query("узбекский"))
    assert [h.row.text for h in posts] == ["Новозеландские компании инвестируют в Узбекистан."]


def test_an_adjective_whose_state_shares_a_common_words_form_gives_the_states_forms() -> None:
    # Session 39: Иран's word form is «ира»'s, Китай's «кит»'s: the adjective finds the
    # state by its forms as written, not by its word form.
    assert demonyms.states_written("иранская")[:2] == ("иран", "ирана")
    assert "китая" in demonyms.states_written("китайские")
    assert "молдове" in demonyms.states_written("молдавский")  # both names
    assert "армении" in demonyms.states_written("армянскими")
    assert demonyms.states_written("турецкие") == ()  # by its word form, as before
    assert demonyms.states_written("армия") == demonyms.states_written("Иран") == ()


async def test_a_russian_adjective_finds_its_state_and_not_the_common_word(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Президент Ирана прибыл в Москву с официальным визитом."),
        make_post(2, "Иранская сторона заявила о готовности к переговорам."),
        make_post(3, "Российская армия получила новую партию беспилотников."),
        make_post(4, "Делегация Армении прибыла в Минск."),
        make_post(5, "В порту разделали кита."),
    )

    async def found(text: str) -> list[int]:
        hits = await engine_store.search(parse_query(text), by_rank=True)
        return [int(h.row.external_id) for h in hits]

    assert sorted(await found("иранский")) == [1, 2]
    assert await found("армянские") == [4]  # not the army («армия»: Армения's word form)
    assert await found("китайский") == []  # not the whale («кит»: Китай's word form)


def test_a_states_adjective_gives_the_first_half_of_its_compounds() -> None:
    # Session 53: «афгано-пакистанской границе» names Afghanistan as «афганской» would.
    assert demonyms.combining_forms("афганский") == ("афгано",)
    assert demonyms.combining_forms("армянскими", "иранский") == ("армяно", "ирано")
    # In «-ско-» the adjective's own word form already; «индо-» irregular; not a state's.
    assert demonyms.combining_forms("российский", "китайский", "индийский") == ()
    assert demonyms.combining_forms("городской", "Афганистан", "афганский народ") == ()
    # A form that is a word of its own is left out (Дания: «Дато», a name).
    assert demonyms.combining_forms("датский", "чадский") == ()


async def test_a_state_finds_the_compound_adjectives_it_begins(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Обострение на афгано-пакистанской границе вызывает озабоченность."),
        make_post(2, "Продолжается делимитация армяно-азербайджанской границы."),
        make_post(3, "В Тбилиси выступил певец Дато."),
        make_post(4, "Копенгаген и датские компании подписали соглашение."),
    )

    async def found(text: str) -> list[int]:
        hits = await engine_store.search(parse_query(text), by_rank=True)
        return sorted(int(h.row.external_id) for h in hits)

    assert await found("Афганистан") == [1]
    assert await found("#Афганистан") == [1]
    assert await found("афганский") == [1]
    assert await found("Армения") == [2]
    assert await found("Азербайджан") == [2]  # «азербайджанской»: its adjective, as before
    assert await found("Пакистан -Афганистан") == []
    assert await found("Дания") == [4]  # not the singer Дато


async def test_an_english_state_finds_its_adjective_in_each_spelling(engine_store: Store) -> None:
    # Session 53: "Ecuadoreans" (AP's spelling), "Bosnian", "British".
    await ingest(
        engine_store,
        make_post(1, "QUITO (Reuters) - Ecuadoreans rejected foreign military bases."),
        make_post(2, "A Bosnian court sentenced the Bosnian Serb leader on Wednesday."),
        make_post(3, "The British foreign secretary arrived in Kyiv."),
        make_post(4, "Equatorial waters warmed again this year."),
        make_post(5, "Tuvaluans applied for Australia's climate visas."),
    )

    async def found(text: str) -> list[int]:
        hits = await engine_store.search(parse_query(text), by_rank=True)
        return sorted(int(h.row.external_id) for h in hits)

    assert await found("Ecuador") == [1]
    assert await found("Bosnia") == [2]
    assert await found("Britain") == [3]
    assert await found("UK") == [3]
    assert await found("Tuvalu") == [5]
