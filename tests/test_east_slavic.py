"""A Ukrainian or Belarusian spelling read as Russian writes it (archive/east_slavic.py), and
a search of one that finds nothing searched again so (store/corrections.py), both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.east_slavic import russian_readings
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_the_letters_russian_does_not_write_are_read_as_those_it_does() -> None:
    assert "Киев" in russian_readings("Київ")
    assert russian_readings("Україна")[0] == "Украина"
    assert "Харков" in russian_readings("Харків") and "Львов" in russian_readings("Львів")
    assert russian_readings("санкції")[0] == "санкции"  # Ukrainian ц stays ц
    assert russian_readings("Ціханоўская")[0] == "Тихановская"  # Belarusian ц: т
    assert russian_readings("Киев") == () and russian_readings("Kyiv") == ()


async def test_a_ukrainian_or_belarusian_spelling_finds_the_russian_posts(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Зеленский провёл в Киеве встречу."),
        make_post(2, "Удар по инфраструктуре Харькова."),
        make_post(3, "Лукашенко заявил, что Беларусь не станет участвовать в конфликте."),
    )
    kyiv = await engine_store.search(parse_query("Київ"))
    assert [h.row.id for h in kyiv] and kyiv.corrected is not None
    assert "Киев" in kyiv.corrected.text
    assert len(await engine_store.search(parse_query("Харків"))) == 1
    belarus = await engine_store.search(parse_query("Білорусь"))
    assert [h.row.text[:10] for h in belarus] == ["Лукашенко "]
    nothing = await engine_store.search(parse_query("Одеса"))
    assert nothing == [] and nothing.corrected is None
