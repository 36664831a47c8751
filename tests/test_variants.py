"""A query word's other spellings and fleeting-vowel forms (archive/variants.py), and what
they find and rank through the real store."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.variants import (
    fleeting_forms,
    is_function_word,
    nominatives,
    shadowing,
    spellings,
    transliterations,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("fertilisers", ("fertilizers",)),
        ("Fertilizers", ("fertilisers",)),
        ("organisation", ("organization",)),
        ("harbour", ("harbor",)),
        ("traveled", ("travelled",)),
        ("travelling", ("traveling",)),
        ("centre", ("center",)),
        ("programme", ("program",)),
        ("program", ("programme",)),
        ("объём", ("объем",)),
        ("Ёлка", ("елка",)),
        # No other spelling, and no guessed way back from -or/-er (motor, water).
        ("summit", ()),
        ("motor", ()),
        ("water", ()),
        ("санкции", ()),
        # A compound written as one, as its two words (written with a hyphen: re-run).
        ("rerun", ("re run",)),
        ("walkout", ("walk out",)),
        ("Crackdown", ("crack down",)),
        ("nonproliferation", ("non proliferation",)),
        ("putin", ()),  # no "put in"
        ("overall", ()),  # no "over all"
        ("about", ()),  # too short a word before the particle
    ],
)
def test_spellings(word: str, expected: tuple[str, ...]) -> None:
    assert spellings(word) == expected


@pytest.mark.parametrize(
    ("word", "some"),
    [
        ("посол", {"посла", "послу", "послом", "послы", "послов", "послами"}),
        ("Отец", {"отца", "отцу", "отцом", "отцы", "отцов"}),
        ("день", {"дня", "дню", "днём", "днем", "дней", "дни"}),
        ("рынок", {"рынка", "рынке", "рынки", "рынков"}),
        ("конец", {"конца", "концы", "концов"}),
        ("потолок", {"потолка", "потолки"}),
        ("заём", {"займа", "займы", "займов"}),
        ("палец", {"пальца", "пальцы"}),
        ("посёлок", {"посёлка", "поселка"}),
    ],
)
def test_fleeting_forms(word: str, some: set[str]) -> None:
    forms = fleeting_forms(word)
    assert some <= set(forms)
    assert word.lower() not in forms


def test_a_form_that_is_a_function_word_is_left_out() -> None:
    # The prepositional of посол is spelled like "после" (after): never looked up.
    assert "после" not in fleeting_forms("посол")


@pytest.mark.parametrize(
    "word",
    [
        "Лавров",  # surnames and possessives in -ов/-ев keep their vowel
        "Медведев",
        "Соловьёв",
        "саммит",  # Snowball takes an ending off: not a bare nominative
        "министр",  # no vowel between its last consonants
        "сон",  # too short: mostly non-words
        "посла",  # an inflected form itself
        "summit",
    ],
)
def test_no_fleeting_forms(word: str) -> None:
    assert fleeting_forms(word) == ()


async def _found(store: Store, text: str) -> list[str]:
    hits = await store.search(parse_query(text), limit=20, by_rank=True)
    return [h.row.external_id for h in hits]


async def test_a_nominative_finds_the_forms_without_its_vowel_and_not_after(
    store: Store,
) -> None:
    await ingest(
        store,
        make_post("gen", "Заместитель Министра принял Посла Вьетнама по его просьбе.", day=1),
        make_post("ins", "С Послом Франции проведена беседа.", day=2),
        make_post("nom", "Посол Лаоса вручил копии верительных грамот.", day=3),
        make_post("after", "После переговоров министры ответили на вопросы журналистов.", day=4),
        make_post("day", "В первый день визита прошли переговоры в Ханое.", day=5),
        make_post("days", "Дни российской культуры прошли во Вьетнаме.", day=6),
    )
    assert sorted(await _found(store, "посол")) == ["gen", "ins", "nom"]
    assert await _found(store, "посол Вьетнама") == ["gen"]
    assert sorted(await _found(store, "день")) == ["day", "days"]
    # A case form typed finds the noun's every form, and not "после" (which has its stem).
    assert sorted(await _found(store, "посла")) == ["gen", "ins", "nom"]
    assert sorted(await _found(store, "Послом")) == ["gen", "ins", "nom"]
    assert sorted(await _found(store, "дня")) == ["day", "days"]
    assert sorted(await _found(store, "после")) == ["after"]


async def test_another_spelling_ranks_as_the_typed_form(store: Store) -> None:
    await ingest(
        store,
        make_post("other-form", "European fertilizer plants cut output as gas prices soar."),
        make_post(
            "us",
            "Russia is ready to supply up to 2 million tonnes of fertilizers free of charge to"
            " the poorest countries, provided that restrictions on their transport are lifted.",
            day=2,
        ),
    )
    assert await _found(store, "fertilisers") == ["us", "other-form"]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("посла", "посол"),
        ("Послами", "посол"),
        ("рынка", "рынок"),
        ("отцу", "отец"),
        ("дня", "день"),
        ("пальца", "палец"),
        ("займа", "заём"),
        ("займа", "заем"),
        ("огнём", "огонь"),
    ],
)
def test_nominatives(word: str, nominative: str) -> None:
    assert nominative in nominatives(word)


@pytest.mark.parametrize("word", ["посол", "после", "совета", "Лаврова", "санкций", "summits"])
def test_no_nominatives(word: str) -> None:
    assert nominatives(word) == ()


def test_a_case_form_shares_its_word_form_with_a_function_word() -> None:
    assert shadowing("посла", analyse_word("посла")) == ("после",)
    assert shadowing("рынка", analyse_word("рынка")) == ()
    assert shadowing("после", analyse_word("после")) == ()  # not a noun's case form
    assert is_function_word("После") and not is_function_word("посла")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Alexei", ("alexey",)),
        ("Sergey", ("sergei",)),
        ("Nikolai", ("nikolay",)),
        ("survey", ()),  # in small letters: an English word
        ("Thai", ()),  # too short to tell
        ("Lavrov", ()),
        # A Persian or Arabic qaf inside a name, q or gh; not at its start (Ghana, Qana).
        ("Araghchi", ("araqchi",)),
        ("Araqchi", ("araghchi",)),
        ("Ghalibaf", ()),
        ("Qatar", ()),
    ],
)
def test_a_russian_name_s_ending_is_spelled_both_ways(word: str, expected: tuple[str, ...]) -> None:
    assert transliterations(word) == expected
