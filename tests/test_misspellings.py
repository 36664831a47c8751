"""A misspelt word of a search corrected against the archive's words (archive/misspellings.py,
store/corrections.py, corrections_pg.py), only when the search finds nothing, on both
engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.misspellings import one_slip, replaced
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_one_slip_drops_adds_swaps_and_strikes_a_letter() -> None:
    assert "lavrov" in one_slip("Lavorv")  # two neighbours swapped
    assert "kazakhstan" in one_slip("Kazakstan")  # a letter dropped
    assert "узбекистан" in one_slip("Узбекстан")
    assert "moscow" in one_slip("Moscw")
    assert one_slip("war") == ()  # too short: war, was, way
    assert one_slip("co-op") == ()  # not a word of one script's letters


def test_replaced_writes_the_typed_word_as_its_corrections_with_its_capital() -> None:
    assert replaced("Lavorv Moscow", "Lavorv", ("lavrov",)) == "Lavrov Moscow"
    assert replaced("talks Lavorv", "Lavorv", ("lavrov", "lavrova")) == "talks Lavrov OR Lavrova"


async def test_a_search_that_finds_nothing_is_searched_again_with_the_word_corrected(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Lavrov met Fidan in Ankara."),
        make_post(2, "Kazakhstan hosts the summit."),
        make_post(3, "Lavra monastery reopens."),
    )
    ids = {h.row.text: h.row.id for h in await engine_store.search(parse_query("Ankara OR summit"))}
    found = await engine_store.search(parse_query("Lavorv Ankara"))
    assert [h.row.id for h in found] == [ids["Lavrov met Fidan in Ankara."]]
    assert len(await engine_store.search(parse_query("Kazakstan"), by_rank=True)) == 1
    # A search that finds something is left as typed: "Lavra" is a word of the archive.
    assert [h.row.text for h in await engine_store.search(parse_query("Lavra"))] == [
        "Lavra monastery reopens."
    ]
    # Nothing one slip away: still nothing.
    assert await engine_store.search(parse_query("Qwertyuiop")) == []
    # Quoted, it is matched as typed.
    assert await engine_store.search(parse_query('"Lavorv"')) == []


async def test_a_russian_word_the_dictionary_knows_is_no_typo(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "После переговоров министры выступили."),
        make_post(2, "Российские войска освободили Авдеевку."),
    )
    # «посол» is a word no post holds, not «после» misspelt (its word form is one slip away).
    assert await engine_store.search(parse_query("посол")) == []
    # «Авдевка» is no word: the listed word of one slip from its word form stands for it.
    assert len(await engine_store.search(parse_query("Авдевка"))) == 1
