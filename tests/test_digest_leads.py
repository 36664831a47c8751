"""archive.digest_leads: the one reading of a lead's first sentence every fold asks for, and
archive.digest_steps.two_of, the one test of two labels telling two things."""

from __future__ import annotations

from tg_archiver.archive.digest_leads import first_sentence, shown_lines
from tg_archiver.archive.digest_steps import step_of, two_of


def test_a_leads_first_sentence_ends_at_its_first_full_stop() -> None:
    text = "⚡️Землетрясение произошло в Турции. Число погибших достигло 14.\n\n#Турция"
    assert first_sentence(None, text) == "Землетрясение произошло в Турции."
    # The step is the first sentence's, not the toll of the sentence after it.
    assert step_of(first_sentence(None, text)).step == ""
    assert step_of(shown_lines(None, text)[0]).step == "toll"


def test_a_titled_post_is_read_from_its_title_and_a_post_of_tags_shows_nothing() -> None:
    assert first_sentence("Lavrov arrives in Bishkek", "The minister will attend.") == (
        "Lavrov arrives in Bishkek"
    )
    assert first_sentence(None, "#ШОС #Турция") == ""


def test_two_labels_tell_two_things_unless_one_is_missing_the_same_or_of_one_thing() -> None:
    assert two_of("evacuation", "ceasefire")
    assert not two_of("", "ceasefire")
    assert not two_of("toll", "toll")
    assert not two_of("fighting", "toll", frozenset({"fighting", "toll"}))
    assert two_of("fighting", "evacuation", frozenset({"fighting", "toll"}))
