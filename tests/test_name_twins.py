"""A name of several words, or of two joined by a hyphen, as the other language writes it
(archive/name_twins.py): what a search of the other script asks for it."""

from __future__ import annotations

from tg_archiver.archive.abbreviations import in_other_script
from tg_archiver.archive.name_twins import compound_twin, named_spans, whole_name_twin


def test_a_whole_name_by_the_tables_and_a_place_in_another_case() -> None:
    assert whole_name_twin("Arctic Council") == '"арктическ совет"'
    assert whole_name_twin("Kursk region") == "Курская область"
    assert whole_name_twin("Курской области") == "Kursk region"  # by its nominative
    assert whole_name_twin("Lavrov Moscow") is None


def test_a_name_of_several_words_among_others_the_longest_first() -> None:
    words = ["White", "House", "Armenia", "Azerbaijan"]
    assert named_spans(words) == {0: (2, "Белый дом")}
    spans = named_spans(["Putin", "UN", "General", "Assembly"])
    assert list(spans) == [1] and spans[1][0] == 4  # "UN General Assembly", whole
    assert named_spans(["talks", "council"]) == {}  # a name begins with a capital


def test_names_joined_by_a_hyphen_and_a_conference_by_its_number() -> None:
    assert compound_twin("Russia-Africa") == '"Россия Африка"'
    assert compound_twin("Россия-Китай") == '"Russia China"'
    assert compound_twin("российско-китайский") is None  # no names
    assert compound_twin("Russia-Mumbo") is None  # a part with no twin
    assert in_other_script("COP30") == ("КС-30",)
    assert in_other_script("КС-29") == ("COP29",)
