"""Names of Central and South-Eastern Europe read both ways by their languages' letters
(archive/central_european.py), and found in the other script's posts (session 47)."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.central_european import central_cyrillic, central_latin
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Vučić", "Вучич"),
        ("Vucic", "Вучич"),  # typed without its marks
        ("Đurić", "Джурич"),
        ("Fico", "Фицо"),
        ("Szijjártó", "Сийярто"),
        ("Orbán", "Орбан"),
        ("Nawrocki", "Навроцкий"),
        ("Sikorski", "Сикорский"),
        ("Jovanović", "Йованович"),
    ],
)
def test_a_latin_name_read_by_its_language_s_letters(latin: str, russian: str) -> None:
    assert russian in central_cyrillic(latin)


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        ("Вучич", "Vucic"),
        ("Джурич", "Duric"),  # Đurić, its "Đ" folded
        ("Джурич", "Djuric"),
        ("Фицо", "Fico"),
        ("Сийярто", "Szijjarto"),
        ("Навроцкий", "Nawrocki"),
    ],
)
def test_a_russian_name_written_as_its_language_writes_it(russian: str, latin: str) -> None:
    assert latin in central_latin(russian)


def test_what_is_no_name_s_shape_is_not_read() -> None:
    assert central_cyrillic("vucic") == central_cyrillic("V") == ()
    assert central_latin("вучич") == central_latin("Лавров-Ли") == ()


async def test_found_in_the_other_script_s_posts(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Александр Вучич встретился с Робертом Фицо в Белграде.", day=1),
        make_post(2, "Aleksandar Vučić met Robert Fico in Belgrade.", day=2),
        make_post(3, "Петер Сийярто прибыл в Минск.", day=3),
        make_post(4, "Péter Szijjártó arrived in Minsk.", day=4),
    )

    async def ids(text: str) -> list[int]:
        hits = await engine_store.search(parse_query(text), by_rank=True)
        return [int(h.row.external_id) for h in hits]

    assert await ids("Вучич") == [1, 2]
    assert await ids("Vucic") == [2, 1]
    assert await ids("с Вучичем") == [1, 2]
    assert await ids("Фицо") == [1, 2]
    assert await ids("Szijjarto") == [4, 3]
    assert await ids("Сийярто") == [3, 4]
