"""Spanish and Portuguese names read both ways by their languages' letters
(archive/iberian_names.py), and found in the other script's posts (session 48)."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.iberian_names import iberian_cyrillic, iberian_latin
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Javier", "Хавьер"),
        ("Milei", "Милей"),
        ("Gil", "Хиль"),
        ("Rodríguez", "Родригес"),
        ("Rodriguez", "Родригес"),  # typed without its marks
        ("Fuente", "Фуэнте"),
        ("Juan", "Хуан"),
        ("Delcy", "Делси"),
        ("Delcy", "Дельси"),
        ("Hernández", "Эрнандес"),
        ("Castillo", "Кастильо"),
        ("Núñez", "Нуньес"),
        ("Sánchez", "Санчес"),
        ("Rafael", "Рафаэль"),
        ("Guillermo", "Гильермо"),
        ("Gerardo", "Херардо"),
        ("Venezuela", "Венесуэла"),
        ("Vieira", "Виейра"),  # Portuguese
        ("João", "Жуан"),
        ("Amorim", "Аморин"),
        ("Luiz", "Луис"),
    ],
)
def test_a_latin_name_read_by_its_language_s_letters(latin: str, russian: str) -> None:
    assert russian in iberian_cyrillic(latin)


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        ("Хавьер", "Javier"),
        ("Хиль", "Gil"),
        ("Хилем", "Gil"),  # its instrumental
        ("Родригес", "Rodriguez"),
        ("Родригесом", "Rodriguez"),
        ("Фуэнте", "Fuente"),
        ("Милей", "Milei"),
        ("Милеем", "Milei"),
        ("Хуан", "Juan"),
        ("Кастильо", "Castillo"),
        ("Нуньес", "Nunez"),  # Núñez, folded
        ("Эрнандес", "Hernandez"),
        ("Гонсалес", "Gonzalez"),
    ],
)
def test_a_russian_name_written_as_spanish_writes_it(russian: str, latin: str) -> None:
    assert latin in iberian_latin(russian)


def test_what_is_no_name_s_shape_is_not_read_nor_a_nominative_taken_for_a_case() -> None:
    assert iberian_cyrillic("javier") == iberian_cyrillic("J") == ()
    assert iberian_latin("хавьер") == iberian_latin("Хиль-Ли") == ()
    # «Нигеря» may be «Нигерия» misspelt as well as a case: no "Niger" read from it.
    assert "Niger" not in iberian_latin("Нигеря")


async def test_found_in_the_other_script_s_posts(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Президент Аргентины Хавьер Милей прибыл с визитом в США.", day=1),
        make_post(2, "Argentine President Javier Milei arrived in the United States.", day=2),
        make_post(3, "Глава МИД Венесуэлы Иван Хиль выступил в ООН.", day=3),
        make_post(4, "Venezuelan Foreign Minister Yvan Gil addressed the UN.", day=4),
        make_post(5, "Хуан Рамон де ла Фуэнте провёл переговоры в Мехико.", day=5),
        make_post(6, "Mexican Foreign Minister Juan Ramón de la Fuente held talks.", day=6),
    )

    async def ids(text: str) -> list[int]:
        hits = await engine_store.search(parse_query(text), by_rank=True)
        return [int(h.row.external_id) for h in hits]

    assert await ids("Javier Milei") == [2, 1]
    assert await ids("Хавьер Милей") == [1, 2]
    assert await ids("Yvan Gil") == [4, 3]
    assert await ids("глава МИД Венесуэлы Хиль") == [3, 4]
    # A surname's particles before it, with no given name typed, and a title before them.
    assert await ids("de la Fuente") == [6, 5]
    assert await ids("де ла Фуэнте") == [5, 6]
    assert await ids("Mexican Foreign Minister de la Fuente") == [6, 5]
