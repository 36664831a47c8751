"""The rules the twenty-first labelled set taught (session 52): one word that makes another
statement (a Russian verb's future and past, a number and none, a letter:
archive/one_word_slots.py), and what a reposter puts over or under a post it relays (a
remark, a Markdown quote, «‼️СРОЧНО‼️», an agency's letters after a dash: dedup_core.py,
pasted.py), read out of the core."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.one_word_slots import one_word_slot
from tg_archiver.archive.rewordings import reworded
from tg_archiver.archive.store import Store

TALKS = "Российско-китайские консультации по вопросам Арктики состоятся в Мурманске 14 мая."


def _slot(one: str, other: str) -> tuple[str, str] | None:
    return one_word_slot(core_words(one), core_words(other))


def test_a_verb_s_future_and_past_a_number_and_none_a_letter() -> None:
    assert _slot(TALKS, TALKS.replace("состоятся", "состоялись")) == ("состоятся", "состоялись")
    signed = "Стороны подпишут меморандум о сотрудничестве в области энергетики."
    assert _slot(signed, signed.replace("подпишут", "подписали")) is not None
    injured = "There were no Russians among the injured, the embassy said."
    assert _slot(injured, injured.replace("no Russians", "two Russians")) == ("no", "two")
    gate = "Flights to Dubai will depart from Terminal B from June 1."
    assert _slot(gate, gate.replace("Terminal B", "Terminal C")) == ("B", "C")
    # One statement told twice: a reporting verb's present and past, a typo, two words apart.
    said = "Москва готова к диалогу, заявляет официальный представитель МИД."
    assert _slot(said, said.replace("заявляет", "заявил")) is None
    assert _slot(TALKS, TALKS.replace("консультации", "консультаци")) is None
    assert _slot(gate, gate.replace("Terminal B from June 1", "Terminal C from June 2")) is None
    assert reworded(["said"], ["says"])


def test_what_a_reposter_puts_over_or_under_a_post_is_not_the_statement() -> None:
    text = "Завтра в 11:00 — брифинг официального представителя МИД России М.В.Захаровой."
    for dressed in (
        f"Из официальных источников:\n\n{text}",
        f"Из официальных источников:\n\n> {text}\n>\n> 🔗 https://mid.ru/ru/news/1/",
        f"‼️СРОЧНО‼️ {text}",
        f"{text}\n\n— CDP",
    ):
        assert core_words(dressed) == core_words(text), dressed
    english = "Russia has evacuated 212 citizens from Lebanon, foreign ministry says"
    assert core_words(f"In case you missed it:\n\n{english}") == core_words(english)
    # A place's or a body's heading is the statement's; so is a word after an emoji.
    region = "Курская область:\n\nВ ночь на 12 мая ожидается сильный ветер."
    assert core_words(region)[:2] == ["Курская", "область"]
    assert core_words(f"{text}\n\n🌐 Международка")[-1] == "Международка"


async def test_a_meeting_announced_and_reported_are_kept(engine_store: Store) -> None:
    await ingest(engine_store, make_post("will", TALKS, source=MFA))
    await ingest(
        engine_store,
        make_post("copy", f"Из официальных источников:\n\n> {TALKS}", source=aggregator(1)),
    )
    await ingest(
        engine_store, make_post("held", TALKS.replace("состоятся", "состоялись"), source=MFA)
    )
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "will"
    assert by_id["held"].duplicate_of is None
