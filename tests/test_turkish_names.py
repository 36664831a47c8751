"""Turkish names read both ways by Turkish's letters (archive/turkish_names.py), and found in
the other script's posts (session 54)."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.turkish_names import turkish_cyrillic, turkish_latin


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Öcalan", "Оджалан"),
        ("İmamoğlu", "Имамоглу"),
        ("Çavuşoğlu", "Чавушоглу"),
        ("Kılıçdaroğlu", "Кылычдароглу"),
        ("Erdoğan", "Эрдоган"),
        ("Bahçeli", "Бахчели"),
    ],
)
def test_a_turkish_name_read_by_turkish_letters(latin: str, russian: str) -> None:
    assert russian in turkish_cyrillic(latin)


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        ("Оджалан", "Ocalan"),
        ("Оджалана", "Ocalan"),  # declined
        ("Чавушоглу", "Cavusoglu"),
        ("Кылычдароглу", "Kilicdaroglu"),
    ],
)
def test_a_russian_name_written_as_turkish_writes_it(russian: str, latin: str) -> None:
    assert latin in turkish_latin(russian)


def test_names_of_other_languages_are_not_read_so() -> None:
    # A Slavic, a German name; a Russian name with no «дж» nor «-оглу»; no name's shape.
    assert turkish_cyrillic("Vučić") == turkish_cyrillic("Schröder") == ()
    assert turkish_cyrillic("Müller") == turkish_cyrillic("ocalan") == ()
    assert turkish_latin("Лавров") == turkish_latin("оджалан") == ()
    assert turkish_latin("Чавушоглу") == ("Cavusoglu",)  # -оглу is no case ending


async def test_found_in_the_other_script_s_posts(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(
            1, "Лидер Рабочей партии Курдистана Абдулла Оджалан призвал сложить оружие.", day=1
        ),
        make_post(
            2, "Jailed PKK leader Abdullah Öcalan called on fighters to lay down arms.", day=2
        ),
        make_post(3, "Суд в Стамбуле арестовал мэра города Экрема Имамоглу.", day=3),
    )

    async def found(text: str) -> set[int]:
        hits = await engine_store.search(parse_query(text), limit=20)
        return {int(h.row.external_id) for h in hits}

    assert await found("Оджалан") == {1, 2}
    assert await found("Öcalan") == {1, 2}
    assert await found("РПК") == {1, 2}  # РПК = PKK = Рабочая партия Курдистана
