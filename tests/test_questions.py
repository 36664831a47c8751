"""A question typed as a search (archive/questions.py): its asking words and its verb no
words a post must hold (the posts that tell the verb ranked first), in either language, and
one that still finds nothing asked again without another word, on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.misspellings import showing
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.query_terms import Term, scan
from tg_archiver.archive.questions import (
    asked_of_posts,
    droppable,
    is_question,
    verbs,
    verbs_told,
    without,
)
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


def _verbs(text: str) -> list[str]:
    return [t.body for t in verbs(text, _terms(text))]


def test_a_question_s_verbs_are_told_in_either_language() -> None:
    assert _verbs("что сказал Гросси о Запорожской АЭС") == ["сказал"]
    assert _verbs("почему Армения не участвует в ОДКБ") == ["не", "участвует"]
    assert _verbs("где прошёл саммит ШОС") == ["прошёл"]
    # English: after an auxiliary and its subject, a name's words or an article's noun.
    assert _verbs("what did Lavrov say about NATO") == ["say"]
    assert _verbs("when did Trump and Putin meet in Alaska") == ["meet"]
    assert _verbs("what did the ministers agree on") == ["agree"]
    assert _verbs("when was the treaty signed") == ["signed"]
    assert _verbs("what sanctions did the EU adopt") == ["adopt"]
    assert _verbs("what Grossi said about Iran") == ["said"]
    assert _verbs("who met Lavrov in Moscow") == ["met"]
    # A past after "what" (session 54); not a noun after it.
    assert _verbs("what caused the blackout in Spain") == ["caused"]
    assert _verbs("what happened at Scarborough Shoal") == ["happened"]
    assert _verbs("what sanctions target Rosneft") == []
    # A past after "were" and after "how many" (session 52), its question mark no letter.
    assert _verbs("how many hostages were freed?") == ["freed?"]
    assert _verbs("how many visited Expo Osaka?") == ["visited"]
    assert _verbs("how many embassies were closed") == ["closed"]
    assert _verbs("which talks were held in Riyadh") == ["held"]
    assert _verbs("how many people were in need") == []  # "need": a noun in -ed
    # A question's mark after its verb; a subject's name with "of" inside (session 52).
    assert _verbs("why was Machar arrested?") == ["arrested?"]
    assert _verbs("what did the Council of Europe sign with Zelensky?") == ["sign"]
    assert _verbs("when will the Bank of Russia cut rates?") == ["cut"]
    # Nouns stay: the subject's, and one after "is" that is no participle.
    assert _verbs("where will the BRICS summit be in 2026") == []
    assert _verbs("where is the BRICS summit") == []
    assert _verbs("how much trade is there within the EAEU") == []
    # No question, or nothing else to ask: nothing is left out.
    assert _verbs("Lavrov said NATO") == []
    assert _verbs("что сказал") == []
    text = "what did Nebenzia say about Gaza"
    dropped = verbs(text, _terms(text))
    assert asked_of_posts(text, dropped) == "what did Nebenzia about Gaza"
    told = verbs_told(dropped)
    assert told is not None and told.search("nebenzia says") and not told.search("essay")
    told = verbs_told(verbs("где прошёл саммит", _terms("где прошёл саммит")))
    assert told is not None and told.search("саммит прошел") and told.search("прошёл")


async def test_a_question_is_asked_without_its_verb_in_both_languages(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Небензя заявил, что резолюция по Газе не учитывает позицию палестинцев."),
        make_post(2, "Nebenzia says the Gaza resolution ignores the Palestinians."),
        make_post(3, "Nebenzia spoke at length about Gaza and the ceasefire there."),
        make_post(4, "Гросси прибыл на Запорожскую АЭС."),
        make_post(5, "IAEA chief Grossi visited the Zaporizhzhia nuclear power plant."),
    )
    question = parse_query("what did Nebenzia say about Gaza")
    found = await engine_store.search(question)
    assert sorted(h.row.id for h in found) == [1, 2, 3] and found.corrected is None
    ranked = await engine_store.search(question, by_rank=True)
    assert ranked[0].row.id == 2  # the post that tells the verb ("says") first
    # A place's adjective in a name («Запорожской АЭС»): the place in the other language.
    zaes = await engine_store.search(parse_query("что сказал Гросси о Запорожской АЭС"))
    assert sorted(h.row.id for h in zaes) == [4, 5]


async def test_a_question_that_still_finds_nothing_is_asked_without_another_word(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Шойгу прибыл в Пхеньян с визитом."),
        make_post(2, "Russia shipped 150,000 tonnes of wheat to Libya."),
        make_post(3, "Лавров заявил, что ШОС укрепляет позиции."),
    )
    # Asking words and the verb are no words a post must hold: found as asked.
    asked = await engine_store.search(parse_query("что заявил Лавров о ШОС"))
    assert [h.row.id for h in asked] == [3] and asked.corrected is None
    found = await engine_store.search(parse_query("с кем встречался Шойгу"))
    assert [h.row.text for h in found] == ["Шойгу прибыл в Пхеньян с визитом."]
    assert found.corrected is None
    wheat = await engine_store.search(parse_query("how much wheat did Russia send to Libya"))
    assert [h.row.id for h in wheat] == [2] and wheat.corrected is None
    # A noun no post holds: the question asked again without it, and the hits say so.
    troops = await engine_store.search(parse_query("сколько военных встречало Шойгу"))
    assert [h.row.id for h in troops] == [1]
    assert troops.corrected is not None and troops.corrected.text == "Шойгу"
    assert showing("сколько военных встречало Шойгу", troops.corrected.text) == (
        "No posts hold «сколько военных встречало Шойгу»; showing results for «Шойгу»"
    )
    # Not a question: nothing is left out.
    plain = await engine_store.search(parse_query("встречался Шойгу"))
    assert plain == [] and plain.corrected is None
