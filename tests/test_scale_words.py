"""A number's scale word in full or short (archive/scale_words.py)."""

from __future__ import annotations

from tg_archiver.archive.scale_words import spellings, split


def test_an_english_scale_word_is_also_written_short_and_closed_up() -> None:
    found = spellings("300", "billion")
    assert {"300 bn", "300bn"} <= set(found)
    assert "300 billion" not in found  # as typed: looked up already
    assert {"1 5 bn", "1 5bn"} <= set(spellings("1.5", "billion"))  # "1.5bn": two words
    assert "300 billion" in spellings("$300", "bn")


def test_a_russian_scale_word_is_also_written_short_and_in_its_other_forms() -> None:
    assert {"300 млрд", "300 миллиарда"} <= set(spellings("300", "миллиардов"))
    assert {"300 миллиардов", "300 миллиард"} <= set(spellings("300", "млрд"))


def test_what_is_no_number_and_scale_has_none() -> None:
    assert spellings("300", "dollars") == ()
    assert spellings("many", "billion") == ()
    assert spellings("300", "m") == ()  # metres as often as millions


def test_a_number_closed_up_with_its_scale_is_split() -> None:
    assert {"300 billion", "300 bn"} <= set(split("300bn"))
    assert split("COP29") == ()
    assert split("300m") == ()
