"""An update that adds a fact is a statement of its own, never a copy (archive/updates.py).

A wire's "UPDATE 1-…" repeats its story and adds a paragraph; an agency's "ДОПОЛНЕНО" repeats
its flash and adds a sentence. Containment called each a copy of what it updates, and a copy is
folded under its original: the reader of a digest or an export never saw the added fact
(session 34's blind set: every wrong link was one). Through the real store, on both engines,
with the copies that must still be found beside them: the update's reposts, a copy that adds a
line saying nothing under a mark, a copy that adds a sentence with no mark at all.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from conftest import ingest, make_post

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.archive.updates import update_adds, update_mark

WIRE = SourceRef(kind="telegram", key="1500000031", title="Wire", username="wire")
AGENCY = SourceRef(kind="telegram", key="1500000032", title="Агентство", username="agency")
REPOSTER = SourceRef(kind="telegram", key="1500000033", title="Digest", username="digest")

STORY = (
    "Chile, Russia sign visa waiver deal\n\n"
    "Foreign ministers of Chile and Russia signed an agreement in Santiago on Tuesday waiving"
    " visa requirements for short trips of up to 90 days, the Chilean government said."
)
ADDED = (
    "\n\nThe agreement still has to be ratified by both parliaments and is expected to take"
    " effect early next year, a ministry spokesperson told reporters."
)
UPDATE = f"UPDATE 1-{STORY}{ADDED}"
FLASH = "Россия и Эквадор договорились о взаимной отмене виз для краткосрочных поездок граждан."
ADDITION = (
    "\n\nСоглашение вступит в силу после завершения внутригосударственных процедур, уточнили"
    " в министерстве иностранных дел Эквадора."
)
DOPOLNENO = f"ДОПОЛНЕНО\n\n{FLASH}{ADDITION}"


def test_the_mark_is_an_update_word_in_capitals_or_a_title_among_the_first_words() -> None:
    assert update_mark(core_words(UPDATE)) == "update 1"
    assert update_mark(core_words(DOPOLNENO)) == "дополнено"
    assert update_mark(core_words("ДОПОЛНЕНО (2)\n\n" + FLASH)) == "дополнено 2"
    assert update_mark(core_words("Updated: " + FLASH)) == "updated"
    # "UPDATE:" is a mark, not a heading marker the core drops ("⚡️ Breaking:").
    assert update_mark(core_words("🔄 UPDATE: " + STORY)) == "update"
    assert update_mark(core_words("Дайджест\n\nОБНОВЛЕНО\n\n" + FLASH)) == "обновлено"
    assert update_mark(core_words(STORY)) is None
    # "an update" in running text, or past the first words with no sentence after it, is no
    # mark (one heading the sentence an update adds at the end is: session 49).
    assert update_mark(core_words("Lavrov gave an update on the talks in Santiago.")) is None
    assert update_mark(core_words(STORY + " UPDATE")) is None


def test_an_update_adds_a_fact_a_copy_adds_nothing_said() -> None:
    story, update = core_words(STORY), core_words(UPDATE)
    assert update_adds(story, update) is not None and update_adds(update, story) is not None
    assert update_adds(core_words(FLASH), core_words(DOPOLNENO)) is not None
    assert update_adds(story, core_words(f"UPDATE: {STORY}{ADDED}")) is not None
    assert update_adds(story, core_words(f"UPDATE: {STORY}")) is None
    # The second update adds to the first: their marks differ.
    second = core_words(f"UPDATE 2-{STORY}{ADDED}\n\nThe deal is Chile's first with Russia.")
    assert update_adds(update, second) is None  # five words: no fact of their own
    third = core_words(
        f"UPDATE 2-{STORY}{ADDED}\n\nBoth countries will also open consulates in Valparaiso"
        " and Vladivostok next spring."
    )
    assert update_adds(update, third) is not None
    # A repost of the update bears its mark; a line that says nothing; no mark at all.
    assert update_adds(update, core_words(UPDATE + "\n\nvia @digest")) is None
    assert update_adds(story, core_words(f"UPDATE 1-{STORY}\n\nMore to follow.")) is None
    assert update_adds(story, core_words(STORY + ADDED)) is None
    # A mark and a reposter's header over the unchanged story add no fact either.
    header = "Переслано из канала Внешняя политика\n\nОБНОВЛЕНО\n\n"
    assert update_adds(core_words(FLASH), core_words(header + FLASH)) is None


async def test_updates_stay_apart_and_their_reposts_are_their_copies(
    engine_store: Store,
) -> None:
    """On both engines (the ``engine_store`` fixture): the decision is the store's own."""
    posts = [
        make_post(1, STORY, source=WIRE),
        make_post(2, UPDATE, source=WIRE),
        make_post(3, UPDATE + "\n\n📌 Digest | Subscribe: t.me/digest", source=REPOSTER),
        make_post(4, STORY + "\n\nMore to follow.\n\nt.me/digest", source=REPOSTER),
        make_post(5, FLASH, source=AGENCY, day=2),
        make_post(6, DOPOLNENO, source=AGENCY, day=2),
        make_post(7, DOPOLNENO.replace("\n\n", "<br><br>"), source=REPOSTER, day=2),
        make_post(8, STORY + ADDED, source=REPOSTER, day=3),  # no mark: a copy, as before
    ]
    await ingest(engine_store, *posts)
    rows = [row async for row in engine_store.iter_posts(ExportFilter())]
    by_id = {row.id: row.external_id for row in rows}
    links = {row.external_id: by_id.get(row.duplicate_of) for row in rows if row.duplicate_of}
    assert "2" not in links and "6" not in links  # the updates are statements
    assert links["3"] == "2" and links["7"] == "6"  # their reposts are their copies
    assert links["4"] == "1"
    assert links["8"] in ("1", "2")  # the same words as the update, or the story's and more


def test_explain_names_the_fact_an_update_adds(cli, tmp_path: Path) -> None:

    async def fill() -> None:
        async with await Store.open(tmp_path / "a.db") as store:
            await ingest(store, make_post(1, STORY, source=WIRE), make_post(2, UPDATE, source=WIRE))

    asyncio.run(fill())
    r = cli("--db", tmp_path / "a.db", "explain", 2)
    assert r.code == 0, r.err
    assert "  an update that adds a fact: 'The agreement still has to be ratified" in r.out
    assert "(another statement: never a copy)" in r.out
