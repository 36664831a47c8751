"""A search whose name is read in the other script (store/corrections.py, archive/
romanization.py) reads its other names so too: "Гросси Иран" finds "Grossi ... Iran"."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


async def test_a_name_read_in_the_other_script_reads_the_search_s_other_names_too(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "IAEA chief Grossi said Iran had agreed to new inspections."),
        make_post(2, "Иран заявил о готовности к переговорам."),
        make_post(3, "Galuzin discussed Armenia's CSTO membership."),
    )
    found = await engine_store.search(parse_query("Гросси Иран"))
    assert [h.row.id for h in found] and found.corrected is not None
    assert found.corrected.text == "Grossi Иран OR Iran"
    assert [h.row.id for h in found] == [h.row.id for h in found if "Grossi" in h.row.text]
    # A name found as typed is read no other way.
    assert (await engine_store.search(parse_query("Иран"))).corrected is None
    # A word whose readings find nothing is left as typed beside the name read.
    mixed = await engine_store.search(parse_query("Галузин Armenia"))
    assert mixed.corrected is not None and mixed.corrected.text == "Galuzin Armenia"
