"""The rules the eighteenth labelled set taught (session 50): a copy reworded ("said" /
"stated", «подорожал» / «вырос в цене») in a template's family, or by the channel itself, is
still a copy (archive/rewordings.py); a suspended sentence, or one in absentia, is another
verdict than the sentence (archive/polarity.py)."""

from __future__ import annotations

from conftest import ingest, make_post
from hypothesis import given, settings
from hypothesis import strategies as st
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.rewordings import reworded
from tg_archiver.archive.similarity import also_a_copy, substitution
from tg_archiver.archive.store import Store


def test_phrasings_of_one_group_are_a_rewording_and_others_are_not() -> None:
    assert reworded(["said"], ["stated"])
    assert reworded(["подорожал"], ["вырос", "в", "цене"])
    assert reworded(["состоялись"], ["прошли"])
    assert reworded(["sent"], ["addressed"])
    assert not reworded(["presidential"], ["parliamentary"])
    assert not reworded(["rose"], ["fell"])
    assert not reworded(["вырос"], ["снизился"])
    assert not reworded(["said"], ["said"])
    assert not reworded([], ["said"])


def test_a_family_slot_reworded_is_no_slot_but_another_event_is() -> None:
    said = "The Secretary-General will attend the summit in Addis Ababa, his Spokesperson said."
    stated = said.replace(" said.", " stated.")
    floods = "Condolences over the victims of the floods in the north of the country."
    quake = floods.replace("floods", "earthquake")
    assert substitution(core_words(said), core_words(stated), templated=True) is None
    assert substitution(core_words(floods), core_words(quake), templated=True) is not None
    rise = "Бензин подорожал на 0,12% за неделю, сообщил Росстат."
    assert (
        substitution(
            core_words(rise), core_words(rise.replace("подорожал", "вырос в цене")), templated=True
        )
        is None
    )


def test_a_suspended_sentence_is_another_verdict() -> None:
    term = "A Moscow court handed Andrei Lykov a three-year prison term for abuse of office."
    suspended = term.replace("a three-year", "a suspended three-year")
    assert opposite(core_words(term), core_words(suspended)) is not None
    ru = "Суд приговорил бывшего замглавы ведомства к 4 годам лишения свободы."
    assert (
        opposite(core_words(ru), core_words(ru.replace("свободы.", "свободы условно."))) is not None
    )
    assert opposite(core_words(ru), core_words(ru.replace("Суд", "Суд заочно"))) is not None
    # The word itself misspelt is no verdict of its own.
    flights = "BREAKING: Russia has suspended all flights to Armenia."
    assert (
        opposite(core_words(flights), core_words(flights.replace("suspended", "suspeded"))) is None
    )


async def test_the_channels_own_rewording_is_a_copy_and_a_suspended_term_is_not(
    engine_store: Store,
) -> None:
    said = (
        "The Secretary-General will attend the African Union summit in Addis Ababa on "
        "Saturday, his Spokesperson said at the noon briefing."
    )
    await ingest(engine_store, make_post("said", said, source=MFA))
    await ingest(engine_store, make_post("stated", said.replace(" said ", " stated "), source=MFA))
    other = said.replace("African Union summit in Addis Ababa", "G20 summit in Johannesburg")
    await ingest(engine_store, make_post("other", other, source=MFA))
    term = (
        "A Moscow court handed Andrei Lykov, the former head of the city's technical "
        "inspectorate, a three-year prison term for abuse of office, the court said."
    )
    await ingest(engine_store, make_post("term", term, source=aggregator(1)))
    suspended = term.replace("a three-year", "a suspended three-year")
    await ingest(engine_store, make_post("suspended", suspended, source=aggregator(2)))
    by_id = await rows(engine_store)
    assert by_id["stated"].duplicate_of == "said"
    assert by_id["other"].duplicate_of is None
    assert by_id["suspended"].duplicate_of is None


def test_a_rewording_with_a_word_twice_on_one_side() -> None:
    assert reworded(["said", "said", "it"], ["stated", "it"]) is False
    assert reworded(["the", "the", "said"], ["the", "stated"]) is False
    assert reworded(["the", "said"], ["the", "stated"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["said", "stated", "the", "вырос", "в", "цене", "подорожал", "x"])),
    st.lists(st.sampled_from(["said", "stated", "the", "вырос", "в", "цене", "подорожал", "y"])),
)
def test_any_two_stretches_are_read_without_fail(left: list[str], right: list[str]) -> None:
    assert reworded(left, right) in (True, False)


def test_a_one_liner_with_its_verb_reworded_is_a_copy() -> None:
    rises = "Death toll in Karachi garment factory fire rises to 23, police say"
    climbs = rises.replace("rises", "climbs")
    assert also_a_copy(core_words(rises), core_words(climbs), False, False)
    # Another figure, or a fall, is no rewording.
    assert not also_a_copy(core_words(rises), core_words(climbs.replace("23", "32")), False, False)
    assert not also_a_copy(
        core_words(rises), core_words(rises.replace("rises", "falls")), False, False
    )


def test_a_verb_reworded_and_a_typo_fixed_two_words_on_are_two_words_changed() -> None:
    # Session 51: the stretch from «вырос» to «сообищли» holds two equal words between the
    # changes, which are no change.
    grew = (
        "Экспорт из Индии в Россию по итогам 2026 года вырос на 12%, сообищли в Минэкономразвития."
    )
    rose = grew.replace("вырос", "увеличился").replace("сообищли", "сообщили")
    assert also_a_copy(core_words(grew), core_words(rose), False, False)
    assert not also_a_copy(core_words(grew), core_words(rose.replace("12%", "21%")), False, False)


def test_an_agency_named_in_quotes_a_flash_mark_with_a_full_stop_and_a_credit_are_no_words() -> (
    None
):
    said = "Россия не направит наблюдателей на президентские выборы в Колумбии."
    assert core_words(f"МОСКВА, 23 апр — «Пульс». {said}") == core_words(said)
    assert core_words(f'MOSCOW, Apr 23 — "Pulse". {said}') == core_words(said)
    assert core_words(f"🔴 СРОЧНО. {said}") == core_words(said)
    beat = "🏐 Serbia beat Russia 3–1 in a men's volleyball friendly in Belgrade."
    assert core_words(f"📷 Photo: © rfs.ru\n\n{beat}") == core_words(beat)
    assert core_words(f"{said}\nФото: пресс-служба МИД России") == core_words(said)
    # A line that says what the picture shows is the statement's.
    assert core_words(f"Фото дня: {said}") != core_words(said)
    assert core_words(f"Видео: {said}") != core_words(said)
