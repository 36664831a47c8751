"""A namesake typed by given name and surname (`Кирилл Лавров`) whom the archive names less
often than another bearer of the surname: only posts naming that person are found, the
surname alone going to the better-known bearer (archive/namesakes.py), on both engines."""

from __future__ import annotations

import re

from conftest import ingest, make_post

from tg_archiver.archive.given_names import Named, named
from tg_archiver.archive.namesakes import lesser, must_name, told
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

ARCHIVE = (
    "Сергей Лавров провёл переговоры в Анкаре.",
    "С.В.Лавров встретился с послом Китая.",
    "Лавров С.В. подписал протокол.",
    "Лавров заявил, что переговоры продолжатся.",  # the surname alone
    "Министр Лаврову вручили орден.",
    "Театр покажет спектакль памяти актёра Кирилла Лаврова.",
    "Народному артисту Кириллу Лаврову открыли мемориальную доску.",
    "Глава МИД Сергей Лавров прибыл в Минск.",
)


def test_the_lesser_bearer_is_the_one_fewer_posts_name() -> None:
    assert lesser("Кирилл", "Лавров", ARCHIVE)  # Сергей: 4 posts, Кирилл: 2
    assert lesser("Кирилла", "Лаврова", ARCHIVE)  # in any case
    assert not lesser("Сергей", "Лавров", ARCHIVE)
    assert not lesser("Сергею", "Лаврову", ARCHIVE)
    assert not lesser("Кирилл", "Лавров", ARCHIVE[3:7])  # nobody else named by name
    # An initial counts for the given names of its letter; a title is no given name.
    assert lesser("Ольга", "Ушакова", ("Ю.Ушаков заявил.", "Юрий Ушаков сказал.", "Ольга Ушакова"))
    assert not lesser("Юрий", "Ушаков", ("Ю.Ушаков заявил.", "Помощник Ушаков сказал."))
    assert lesser("Daniil", "Medvedev", ("Dmitry Medvedev said.", "Dmitri Medvedev wrote."))


def test_the_better_known_bearer_is_named_in_twice_the_posts_at_least() -> None:
    """Four posts naming Viktor against three naming Alexander say nothing of whom «Лукашенко
    заявил» means: only twice as many make another bearer the better known."""
    alexander = (
        "Александр Лукашенко провёл совещание.",
        "А.Г.Лукашенко принял послов.",
        "Президент Александр Лукашенко подписал указ.",
    )
    viktor = ("Виктор Лукашенко возглавил НОК.", "В.А.Лукашенко провёл консультации.")
    assert not lesser("Александр", "Лукашенко", alexander + viktor * 2)  # 4 against 3
    assert lesser("Александр", "Лукашенко", alexander + viktor * 3)  # 6 against 3
    assert not lesser("Виктор", "Лукашенко", alexander + viktor * 3)
    assert lesser("Виктор", "Лукашенко", alexander * 2 + viktor)  # 6 against 2


def test_the_lesser_bearer_must_be_named() -> None:
    kirill = must_name(named("Кирилл", "Лавров"))

    def passes(text: str) -> bool:
        return not re.search(kirill.another, text) or bool(re.search(kirill.as_typed, text))

    for his in ("памяти Кирилла Лаврова", "Кирилл Юрьевич Лавров", "К.Ю.Лавров", "Лавров К.Ю."):
        assert passes(his), his
    for not_his in ("Лавров заявил", "С.В.Лавров", "Сергей Лавров", "Министр Лавров"):
        assert not passes(not_his), not_his


async def test_a_namesake_typed_finds_only_the_posts_naming_them(engine_store: Store) -> None:
    await ingest(engine_store, *(make_post(n, text) for n, text in enumerate(ARCHIVE, 1)))
    kirill = {h.row.id for h in await engine_store.search(parse_query("Кирилл Лавров"))}
    assert kirill == {6, 7}
    genitive = await engine_store.search(parse_query("Кирилла Лаврова"), by_rank=True)
    assert {h.row.id for h in genitive} == {6, 7}
    # The better-known bearer keeps the posts naming the surname alone.
    sergei = {h.row.id for h in await engine_store.search(parse_query("Сергей Лавров"))}
    assert {1, 2, 3, 4} <= sergei and not sergei & {6, 7}
    assert {h.row.id for h in await engine_store.search(parse_query("Лавров"))} >= {1, 4, 6}


async def test_a_surname_alone_is_its_best_known_bearer_where_clearly_so(
    engine_store: Store,
) -> None:
    # Session 49: named by a given name in four times the posts the actor is, «Лавров» alone
    # (or with his initial) is the minister; another word beside it may mean the actor.
    more = (
        "Сергей Лавров прибыл в Женеву.",
        "С.В.Лавров провёл телефонный разговор с коллегой.",
        "Sergei Lavrov met Wang Yi in Beijing.",
        "Сергей Лавров выступил на форуме.",
        "Сергей Лавров ответил на вопросы.",
        "С.В.Лавров принял участие в заседании.",
    )
    await ingest(engine_store, *(make_post(n, text) for n, text in enumerate((*ARCHIVE, *more), 1)))

    async def ids(text: str) -> set[int]:
        found = await engine_store.search(parse_query(text))
        return {int(h.row.external_id) for h in found}

    lavrov = await ids("Лавров")
    assert {1, 2, 3, 4, 5, 8} <= lavrov and not lavrov & {6, 7}
    assert not (await ids("С.В. Лавров")) & {6, 7}
    assert {6, 7} <= await ids("Кирилл Лавров")
    assert 6 in await ids("Лаврова спектакль")  # another word: no bearer assumed
    # Two bearers named alike often: the surname alone is either's, as before.
    await ingest(
        engine_store,
        make_post(21, "Мария Захарова ответила на вопросы СМИ."),
        make_post(22, "Мария Захарова провела брифинг."),
        make_post(23, "Светлана Захарова станцует Жизель."),
        make_post(24, "Балерина Светлана Захарова получила премию."),
    )
    assert await ids("Захарова") == {21, 22, 23, 24}


# Nobody else of the surname: the titles and openers official posts put before it.
LAVROV_ALONE = (
    "Foreign Minister Lavrov held talks in Ankara.",
    "Sergei Viktorovich Lavrov met Wang Yi in Beijing.",
    "Yesterday Lavrov said the talks would go on.",
    "Mr Lavrov arrived in Minsk on Monday.",
    "Russian Deputy Foreign Minister Ryabkov met the US envoy.",
    "Министр Лавров заявил о продолжении переговоров.",
    "Визит Лаврова в Анкару завершился подписанием протокола.",
    "Министру Лаврову вручили орден Дружбы.",
)


def test_a_title_is_the_person_typed_only_where_nobody_else_bears_the_surname() -> None:
    def passes(person: Named, text: str) -> bool:
        return not re.search(person.another, text) or bool(re.search(person.as_typed, text))

    for given, surname in (("Sergey", "Lavrov"), ("Сергей", "Лавров"), ("Сергею", "Лаврову")):
        typed = named(given, surname)
        alone = told(typed, LAVROV_ALONE)
        assert alone == named(given, surname, alone=True)
        for text in LAVROV_ALONE:
            if surname[:5] in text:
                assert passes(alone, text), (given, text)
        # Another bearer named once beside him: a title says nothing of which one is meant.
        kept = told(typed, (*LAVROV_ALONE, "Actor Kirill Lavrov, Кирилл Лавров", "С.В.Лавров"))
        assert kept == typed
        title = "Foreign Minister" if surname.isascii() else "Министр"
        assert not passes(kept, f"{title} {surname} held talks.")
        assert passes(alone, f"{title} {surname} held talks.")
    # The person typed surely the one a title means (named in four times the posts the actor
    # is): a title is theirs again; in twice as many, it is not.
    sergei = ("Сергей Лавров прибыл.", "С.В.Лавров заявил.", "Сергея Лаврова", "С.Лавров")
    surely = told(named("Сергей", "Лавров"), (*sergei, "Кирилл Лавров"))
    assert surely == named("Сергей", "Лавров", alone=True)
    twice = told(named("Сергей", "Лавров"), (*sergei[:2], "Кирилл Лавров"))
    assert twice == named("Сергей", "Лавров")
    # Clearly another's surname: the person typed must be named.
    assert told(named("Кирилл", "Лавров"), ARCHIVE) == must_name(named("Кирилл", "Лавров"))
    # A name is still another person's: «Кирилла Лаврова» is no title.
    alone = named("Сергей", "Лавров", alone=True)
    assert not passes(alone, "памяти актёра Кирилла Лаврова")
    assert not passes(named("Sergey", "Lavrov", alone=True), "Kirill Lavrov, the actor")


async def test_a_title_before_the_surname_finds_the_person_typed(engine_store: Store) -> None:
    await ingest(engine_store, *(make_post(n, text) for n, text in enumerate(LAVROV_ALONE, 1)))
    for query in ("Sergey Lavrov", "Sergei Lavrov"):
        found = {h.row.id for h in await engine_store.search(parse_query(query))}
        assert found >= {1, 2, 3, 4} and 5 not in found, query
    found = {h.row.id for h in await engine_store.search(parse_query("Сергей Лавров"))}
    assert found >= {6, 7, 8} and 5 not in found
