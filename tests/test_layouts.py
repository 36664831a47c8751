"""A word typed on the other keyboard layout (archive/layouts.py) and a word mixing look-alike
letters of two scripts (cleaning.in_one_script), as a search reads them."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.layouts import other_layout
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_other_layout_reads_the_keys_as_the_other_layout_writes_them() -> None:
    assert other_layout("Kfdhjd") == "Лавров"
    assert other_layout("Pf[fhjdf") == "Захарова"  # [ is the key of «х»
    assert other_layout(",hbabyu") == "брифинг"  # and , of «б»
    assert other_layout("JLR,") == "ОДКБ"  # capitals: the shift held for «Б» too
    assert other_layout("ыфтсешщты") == "sanctions"
    # Not wholly one layout's keys, a Russian word with «х» (a punctuation key), too short.
    assert other_layout("Лaвров") == "" and other_layout("COP29") == ""
    assert other_layout("переход") == "" and other_layout("UN") == ""


def test_a_word_mixing_look_alike_letters_is_searched_in_one_script() -> None:
    # A Latin «a» in «Лaвров», a Latin O in «OДКБ»: the words posts hold (cleaning.normalise).
    assert parse_query("Лaвров").match == parse_query("Лавров").match
    assert parse_query("OДКБ").match == parse_query("ОДКБ").match
    assert parse_query("Lаvrov").match == parse_query("Lavrov").match  # a Cyrillic «а»


async def test_a_search_typed_on_the_other_layout_finds_the_word_its_keys_write(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Лавров провёл переговоры с Фиданом."),
        make_post(2, "New sanctions were announced."),
        make_post(3, "Встреча ОДКБ прошла в Минске."),
    )
    found = await engine_store.search(parse_query("Kfdhjd"))
    assert [h.row.text for h in found] == ["Лавров провёл переговоры с Фиданом."]
    assert found.corrected is not None and found.corrected.text == "Лавров"
    english = await engine_store.search(parse_query("ыфтсешщты"), by_rank=True)
    assert [h.row.text for h in english] == ["New sanctions were announced."]
    assert [h.row.text for h in await engine_store.search(parse_query("JLR,"))] == [
        "Встреча ОДКБ прошла в Минске."
    ]
    # A word no layout reads as a word of the archive: still nothing, no correction.
    nothing = await engine_store.search(parse_query("Qwertyuiop"))
    assert nothing == [] and nothing.corrected is None
    # A search that finds posts as typed is not read otherwise.
    assert [h.row.id for h in await engine_store.search(parse_query("Лавров"))] == [found[0].row.id]
