"""A place typed by one of its names also finds its others in the same language
(archive/place_alternatives.py): «Сухуми» finds «в Сухуме», «Курилы» the «Курильских
островов» and the «Курильской гряды», on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.place_names import names_alike
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_a_places_other_names_in_its_language() -> None:
    assert names_alike("Сухуми") == ("Сухум",)
    assert "Курильские острова" in names_alike("курилы")
    assert "Kuril Islands" in names_alike("Kurils")
    assert names_alike("Лавров") == ()


async def test_a_place_typed_finds_its_other_names(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "СУХУМ, 2 марта. /ТАСС/. Бадра Гунба побеждает во втором туре выборов."),
        make_post(2, "В Сухуме отметили 80-летие первого президента Абхазии."),
        make_post(3, "По данным ЦИК в Сухуми, ни один кандидат не набрал 50% голосов."),
        make_post(4, "Так в Японии называют южную часть Курильских островов."),
        make_post(5, "Шхуну задержали у острова Шикотан Малой Курильской гряды."),
        make_post(6, "Учения прошли на Курилах."),
        make_post(7, "Они курили на балконе до утра."),
    )
    for typed, expected in (
        ("Сухуми", {1, 2, 3}),
        ("Сухум", {1, 2, 3}),
        ("Курилы", {4, 5, 6}),
        ("Курилах", {4, 5, 6}),
    ):
        found = {h.row.id for h in await engine_store.search(parse_query(typed))}
        assert found == expected, typed
