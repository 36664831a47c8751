"""A given name typed before a surname, and a man's surname typed alone, told from others of
the surname by a post's text (archive/given_names.py), on both engines."""

from __future__ import annotations

import re

from conftest import ingest, make_post

from tg_archiver.archive.given_names import a_man, given_name, in_cases, named
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_a_given_name_is_one_the_dictionary_reads_so_before_no_place() -> None:
    assert given_name("Сергей", "Лавров") and given_name("Мария", "Захарова")
    assert given_name("Sergei", "Lavrov") and given_name("Dmitry", "Peskov")
    assert given_name("Vassily", "Nebenzia")  # a doubled letter once, a last y «ий»
    assert not given_name("Южная", "Корея") and not given_name("Визит", "Лаврова")
    assert not given_name("West", "Virginia")  # Virginia: «Виргиния», a place
    # A place only in another case than the name's: the village Рябкова, in the nominative,
    # is no reading after «Сергея» (session 43); a guessed name's case says nothing.
    assert given_name("Сергея", "Рябкова") and given_name("Сергей", "Рябков")
    assert not given_name("Алиев", "Сербия") and not given_name("Анна", "Москва")
    # Foreign given names the dictionary does not know (archive/foreign_names.py), in any case;
    # not a state, nor a Chinese name written surname first.
    assert given_name("Hakan", "Fidan") and given_name("Хаканом", "Фиданом")
    assert given_name("Каей", "Каллас") and given_name("Dmitri", "Peskov")
    assert not given_name("Mali", "Goita") and not given_name("Wang", "Yi")
    # Latin letters with marks (session 44): "Aleksandar Vučić" typed as Serbian writes it.
    assert given_name("Aleksandar", "Vučić") and given_name("Recep", "Erdoğan")
    assert not given_name("ALEKSANDAR", "Vučić") and not given_name("aleksandar", "Vučić")
    # Session 53: a surname no given name's nominative, however the dictionary reads it
    # («Байрамов»: Байрам's plural genitive); a surname it guesses a place is none.
    assert not given_name("Bayramov", "Mirzoyan") and not given_name("Aliyev", "Pashinyan")
    assert given_name("Mark", "Carney")  # "Carney" is no place, though read «Карнеи»


def test_the_filter_tells_another_person_of_the_surname() -> None:
    lavrov = named("Сергей", "Лавров")

    def another(text: str) -> bool:
        return bool(re.search(lavrov.another, text)) and not re.search(lavrov.as_typed, text)

    for his in ("С.В.Лавров заявил", "министр Лавров", "Лавров С.В.", "Сергею Лаврову"):
        assert not another(his), his
    for his in ("Сергея Викторовича Лаврова наградили", "МИД России Лавров"):
        assert not another(his), his  # a patronymic, a state's genitive: no other name
    for not_his in ("Дмитрий Лавров", "А.Лавров", "Лавров А.А."):
        assert another(not_his), not_his
    yuri = named("Yuri", "Ushakov")
    assert re.search(yuri.as_typed, "Iurii Ushakov said")  # i, j and y alike
    assert re.search(yuri.another, "Oleg Ushakov said")


def test_the_name_typed_is_declined_so_a_post_naming_him_in_full_comes_first() -> None:
    assert {"сергея лаврова", "сергею лаврову"} <= set(in_cases("Сергей", "Лавров"))
    assert in_cases("Sergei", "Lavrov") == ()
    query = parse_query("Сергей Лавров")
    assert query.match is not None and " AND " not in query.match
    assert len(query.named) == 1
    assert parse_query("Лавровы").named == ()  # a plural: no man alone


async def found(store: Store, text: str) -> list[str]:
    return [h.row.external_id for h in await store.search(parse_query(text))]


async def test_a_given_name_finds_the_surname_alone_but_not_another_person(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Сергей Лавров провёл переговоры в Анкаре."),
        make_post(2, "С.В.Лавров встретился с послом Китая."),
        make_post(3, "Глава МИД России Лавров ответил на вопросы журналистов."),
        make_post(4, "Шеф-повар Дмитрий Лавров открыл ресторан."),
        make_post(5, "Former Prime Minister David Cameron spoke in London."),
        make_post(6, "Director James Cameron premiered a film."),
        make_post(7, "Cameron said the talks would go on."),
    )
    ranked = await engine_store.search(parse_query("Сергей Лавров"), by_rank=True)
    assert sorted(h.row.id for h in ranked) == [1, 2, 3]
    texts = [h.row.text for h in ranked]
    assert texts[0] == "Сергей Лавров провёл переговоры в Анкаре."  # in full: first
    assert not any("Дмитрий" in t for t in texts)
    english = [h.row.text for h in await engine_store.search(parse_query("David Cameron"))]
    assert "Director James Cameron premiered a film." not in english
    assert "Cameron said the talks would go on." in english
    assert "Former Prime Minister David Cameron spoke in London." in english


async def test_a_person_is_not_a_word_in_small_letters_nor_another_bearer_with_marks(
    engine_store: Store,
) -> None:
    # Session 47: a surname a post writes only in small letters is a word there ("modi
    # operandi", a sapling: «bir fidan»), whether the person is typed with a given name or a
    # title; a post naming another bearer is told apart though it writes the surname with
    # its marks (Emine Erdoğan) and the search without them.
    await ingest(
        engine_store,
        make_post(1, "Foreign Minister Hakan Fidan said the talks would resume."),
        make_post(2, "Volunteers planted saplings under the slogan 'Bir fidan, bir nefes'."),
        make_post(3, "FIDAN: TALKS IN ISTANBUL NEXT WEEK"),
        make_post(4, "Prime Minister Modi met the delegation in Delhi."),
        make_post(5, "Police described the smugglers' modi operandi."),
        make_post(6, "President Recep Tayyip Erdoğan received the delegation."),
        make_post(7, "First lady Emine Erdoğan opened a zero waste exhibition."),
        make_post(8, "Talks in Ankara #fidan"),
    )
    assert sorted(await found(engine_store, "Hakan Fidan")) == ["1", "3", "8"]
    assert await found(engine_store, "Prime Minister Modi") == ["4"]
    assert await found(engine_store, "Recep Erdogan") == ["6"]
    assert await found(engine_store, "Recep Tayyip Erdoğan") == ["6"]
    # Typed in small letters, the capitals say nothing: every post holding the word.
    assert sorted(await found(engine_store, "fidan")) == ["1", "2", "3", "8"]


async def test_a_mans_surname_is_not_a_womans_that_shares_his_genitive(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Иван Захаров заявил о росте."),
        make_post(2, "Мария Захарова заявила о санкциях."),
        make_post(3, "Встреча с Иваном Захаровым прошла."),
        make_post(4, "Захарова сообщила о брифинге."),
        make_post(5, "Ответ Захаровой на вопрос."),
    )
    his = {h.row.id for h in await engine_store.search(parse_query("Захаров"))}
    assert his == {1, 3}
    hers = {h.row.id for h in await engine_store.search(parse_query("Захаровой"))}
    assert hers == {2, 4, 5}
    assert a_man("Захаров") is not None and a_man("Захарова") is None


def test_a_patronymic_or_the_surname_first_is_read_as_the_person() -> None:
    # Session 41: a patronymic between is no word a post must hold; a list's order too.
    for typed in ("Сергей Викторович Лавров", "Лавров Сергей", "Лавров Сергей Викторович"):
        found = parse_query(typed).named
        assert [(p.given, p.surname) for p in found] == [("Сергей", "Лавров")], typed
    assert [(p.given, p.surname) for p in parse_query("Lavrov Sergei").named] == [
        ("Sergei", "Lavrov")
    ]
    # Another surname the dictionary only guesses a given name is no given name; nor one
    # it reads as a given name's plural (Саид's «Саидов», Дмитрий's «Дмитриев»; session 48),
    # while a list's order in another case is the person still.
    for two in (
        "Лавров Фидан",
        "Путин Мирзиеев",
        "Lavrov Wang Yi talks",
        "Оверчук Саидов",
        "Ушаков Дмитриев",
        "Мирзоян Байрамов",
    ):
        assert all(not p.given for p in parse_query(two).named), two
    found = parse_query("Лаврову Сергею").named
    assert [(p.given, p.surname) for p in found] == [("Сергею", "Лаврову")]


async def test_a_patronymic_typed_finds_the_initials_and_the_surname(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "С.В.Лавров провёл переговоры."),
        make_post(2, "Лавров заявил о встрече."),
        make_post(3, "Сергей Викторович Лавров вручил награды."),
        make_post(4, "Шеф-повар Дмитрий Лавров открыл ресторан."),
    )
    for typed in ("Сергей Викторович Лавров", "Лавров Сергей"):
        found = {h.row.id for h in await engine_store.search(parse_query(typed))}
        assert found == {1, 2, 3}, typed
