"""A question typed as a search (archive/questions.py): its asking words no words a post
must hold, and one that finds nothing asked again without its verb, on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.misspellings import showing
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.query_terms import Term, scan
from tg_archiver.archive.questions import droppable, is_question, without
from tg_archiver.archive.store import Store


def _terms(text: str) -> list[Term]:
    return [t for t in scan(text)[0] if isinstance(t, Term)]


def test_a_question_is_told_by_its_asking_words_or_its_mark() -> None:
    assert is_question("с кем встречался Шойгу", _terms("с кем встречался Шойгу"))
    assert is_question("Lavrov SCO?", _terms("Lavrov SCO?"))
    assert not is_question("WHO Lavrov", _terms("WHO Lavrov"))  # the organisation
    assert not is_question("Лавров ШОС", _terms("Лавров ШОС"))


def test_a_russian_verb_is_left_out_first_and_names_never() -> None:
    terms = _terms("сколько туристов приехало из Китая")
    first = droppable(terms)[0]
    assert [t.body for t in first] == ["приехало"]
    assert without("сколько туристов приехало из Китая", first) == "туристов Китая"
    assert all("Шойгу" not in [t.body for t in d] for d in droppable(_terms("кем Шойгу")))
    assert droppable(_terms("кто Шойгу")) == []  # one word left at least


async def test_a_question_that_finds_nothing_is_asked_without_its_verb(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Шойгу прибыл в Пхеньян с визитом."),
        make_post(2, "Russia shipped 150,000 tonnes of wheat to Libya."),
        make_post(3, "Лавров заявил, что ШОС укрепляет позиции."),
    )
    # Asking words are no words a post must hold: found as typed.
    asked = await engine_store.search(parse_query("что заявил Лавров о ШОС"))
    assert [h.row.id for h in asked] and asked.corrected is None
    found = await engine_store.search(parse_query("с кем встречался Шойгу"))
    assert [h.row.text for h in found] == ["Шойгу прибыл в Пхеньян с визитом."]
    assert found.corrected is not None and found.corrected.text == "Шойгу"
    assert showing("с кем встречался Шойгу", found.corrected.text) == (
        "No posts hold «с кем встречался Шойгу»; showing results for «Шойгу»"
    )
    wheat = await engine_store.search(parse_query("how much wheat did Russia send to Libya"))
    assert wheat.corrected is not None and wheat.corrected.text == "wheat Russia Libya"
    # Not a question: nothing is left out.
    plain = await engine_store.search(parse_query("встречался Шойгу"))
    assert plain == [] and plain.corrected is None
