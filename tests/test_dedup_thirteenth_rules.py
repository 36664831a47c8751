"""The rules the thirteenth labelled set taught (session 39): a closing line with no fact
("We will keep you posted.", "Следим за развитием событий.") is no part of the statement, so
its "will" is no promise against the statement's past; a stretch a little longer than a
template's slot is judged by the slots it joins (an English greeting to another person on
another occasion)."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import closes, core_text, core_words
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.similarity import substitution
from tg_archiver.archive.store import Store

TOLL = (
    "The number of people killed in the earthquake in central Chile has risen to 41, with "
    "112 injured, the country's emergency service said on Sunday."
)
GREETING = (
    'The President sent a message of greetings to {who} on {day}. "Our countries are bound '
    "by long-standing ties of friendship. I am confident that our cooperation will continue "
    'to develop for the good of our peoples," the message reads.'
)


def test_closing_lines_of_agencies_and_ministries_say_nothing() -> None:
    for line in (
        "We will keep you posted.",
        "We'll keep you updated!",
        "More to follow.",
        "More details to follow",
        "Stay tuned 👀",
        "This is a developing story.",
        "Следим за развитием событий.",
        "⏳ Подробности позже…",
        "Будем держать вас в курсе.",
        "Информация уточняется.",
        "Ждём реакции.",
    ):
        assert closes(line), line
    for line in (
        "We will keep you posted on the talks in Doha.",  # it names something
        "More than 40 people were injured.",
        "Следим за развитием событий в Сирии и Ливане.",
        "",
    ):
        assert not closes(line), line


def test_a_closing_line_added_leaves_the_core_as_it_was() -> None:
    for closing in ("We will keep you posted.", "More to follow."):
        assert core_text(f"{TOLL}\n\n{closing}") == TOLL
        assert core_text(f"{TOLL}\n{closing}") == TOLL  # in the last paragraph
    # Alone, a closing line is all the post says: kept.
    assert core_text("We will keep you posted.") == "We will keep you posted."
    # Its "will" is then no promise set against the statement's past.
    assert opposite(core_words(TOLL), core_words(f"{TOLL}\n\nWe will keep you posted.")) is None
    # A sentence that says something is still the statement's.
    assert core_text(f"{TOLL}\n\nThe toll will rise.").endswith("The toll will rise.")


async def test_a_copy_with_a_closing_line_added_is_found(engine_store: Store) -> None:
    await ingest(engine_store, make_post("toll", TOLL, source=MFA))
    await ingest(
        engine_store,
        make_post("copy", f"{TOLL}\n\nWe will keep you posted.", source=aggregator(1)),
    )
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "toll"


def test_an_addressee_and_an_occasion_in_one_long_stretch_are_two_slots() -> None:
    a = GREETING.format(who="Hibatullah Akhundzada", day="Independence Day")
    b = GREETING.format(who="Mohamed al-Menfi", day="the Proclamation of the Republic Day")
    slot = substitution(core_words(a), core_words(b))
    assert slot == (["Hibatullah", "Akhundzada"], ["Mohamed", "al", "Menfi"])
    # A sentence replaced in a stretch that long is no slot: the threshold judges it.
    c = (
        "The ministers discussed trade. Trade between the two countries grew by 3 per cent"
        " last year, the ministry said on Monday after the talks in the capital."
    )
    d = c.replace(
        "Trade between the two countries grew by 3 per cent",
        "The central role of the UN was stressed",
    )
    assert substitution(core_words(c), core_words(d)) is None
    # A copy with the same addressee and occasion and a typo elsewhere: no slot.
    typo = b.replace("friendship", "friendhsip")
    assert substitution(core_words(b), core_words(typo)) is None


async def test_a_greeting_to_another_person_on_another_occasion_is_kept(
    engine_store: Store,
) -> None:
    first = GREETING.format(who="Hibatullah Akhundzada", day="Independence Day")
    other = GREETING.format(who="Mohamed al-Menfi", day="the Proclamation of the Republic Day")
    await ingest(engine_store, make_post("first", first, source=MFA))
    await ingest(engine_store, make_post("other", other, source=MFA))
    await ingest(
        engine_store, make_post("copy", f"Forwarded from MFA\n{other}", source=aggregator(1))
    )
    by_id = await rows(engine_store)
    assert by_id["other"].duplicate_of is None
    assert by_id["copy"].duplicate_of == "other"
