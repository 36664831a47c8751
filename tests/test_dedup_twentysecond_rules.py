"""The rules the twenty-second labelled set taught (session 53): a figure's bound or a
range's other end added (archive/figures.py ``figure_added``), a list of one-word names grown
by one (list_items.py), a quote given to another speaker (similarity.py), and what a dump,
an export or a reposter puts over or under a message (a "### file.txt ###" or ">>>
Forwarded message" header, an "(edited)" mark, a remark pointing down at the post, a note
of its source in brackets: pasted.py, dedup_core.py), read out of the core."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.figures import figure_added
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.similarity import substitution
from tg_archiver.archive.store import Store

VISIT = "Vladimir Putin will pay an official visit to Mongolia on June 14–15."
COUNTRIES = "Роспотребнадзор рекомендует:\n\n• Таиланд\n• Вьетнам\n• Шри-Ланка\n• Индонезия"


def _added(one: str, other: str, *, cut: bool = False) -> list[str] | None:
    return figure_added(core_words(one), core_words(other), cut=cut)


def test_a_figure_s_bound_or_a_range_s_other_end_is_another_statement() -> None:
    killed = "At least 12 killed as bus plunges off mountain road in Dagestan"
    assert _added(killed, killed.removeprefix("At least ")) == ["At", "least"]
    assert _added("Погибли не менее 12 человек.", "Погибли 12 человек.") == ["не", "менее"]
    assert _added(VISIT, VISIT.replace("14–15", "14")) == ["15"]
    closed = "The Consular Section will be closed from March 25 to 27 due to technical works."
    assert _added(closed, closed.replace("from March 25 to 27", "on March 25")) == ["to", "27"]
    assert _added("Рост составил 4,2%.", "Рост составил 4%.") == ["2"]
    # A preview cut short at the figure; words added that bound nothing; the same text.
    assert _added(VISIT, VISIT.replace("14–15.", "14…"), cut=True) is None
    assert _added(VISIT, VISIT.replace("on June", "on Monday, June")) is None
    assert _added(VISIT, VISIT.replace("official", "state")) is None
    assert _added(VISIT, VISIT) is None


def test_a_list_of_one_word_names_grown_by_one_is_another_statement() -> None:
    assert added_to_list(core_words(COUNTRIES), core_words(f"{COUNTRIES}\n• Мальдивы")) == [
        "Мальдивы"
    ]
    # An agency's letters signing it, a name after words that are no list's.
    assert added_to_list(core_words(COUNTRIES), core_words(f"{COUNTRIES}\nТАСС")) is None
    talks = "Путин провёл переговоры с Си Цзиньпином"
    assert added_to_list(core_words(talks), core_words(f"{talks}\nEurasia")) is None


def test_a_quote_given_to_another_speaker_is_another_statement() -> None:
    quote = "💬 С.В.Лавров: «Мы открыты для равноправного диалога со всеми, кто готов учитывать"
    quote += " законные интересы России. Но разговаривать с нами языком ультиматумов бесполезно»."
    other = quote.replace("С.В.Лавров", "М.В.Захарова")
    assert substitution(core_words(quote), core_words(other)) == (
        ["С", "В", "Лавров"],
        ["М", "В", "Захарова"],
    )
    # The same speaker with an initial fewer is the same statement.
    assert substitution(core_words(quote), core_words(quote.replace("С.В.", "С."))) is None


def test_what_a_dump_or_an_export_puts_over_or_under_a_message_is_not_the_statement() -> None:
    text = "The guarantees given to foreign investors remain in force, Dmitry Peskov said."
    for dressed in (
        f"### forwards-2029-04.txt ###\n@kremlin_press_en [04.02.2029 15:12]\n\n{text}",
        f">>> Forwarded message\nFrom: Northgate Wire (@northgatewire)\n26.02.2029 18:00\n\n{text}",
        f">>> Пересланное сообщение\nИсточник: Кремль (@kremlin)\n18.04.2029 18:00\n\n{text}",
        f"{text}\n\n✏️ изменено",
        f"{text}\n[edited]",
        f"{text} (edited)",
        f"Worth noting 👇\n\n> {text}",
        f"Важно 👇\n\n{text}",
        f"{text} [h/t Northgate Wire]\n\n#world",
        f"{text} (Source: Harbour Line News) ❗️",
        f"{text}\n\n(по материалам канала «Агентство «Меридиан»»)\n\n@meridian_agency",
    ):
        assert core_words(dressed) == core_words(text), dressed
    # A heading between marks with no header's field under it, a sentence that ends with the
    # word, a pointing line with a figure: the statement's.
    heading = "### Итоги недели ###\nГлавное за неделю."
    assert core_words(heading) == ["Итоги", "недели", "Главное", "за", "неделю"]
    assert core_words("The draft was edited.")[-1] == "edited"
    assert core_words("The deal (see above) was signed")[-1] == "signed"
    assert core_words(f"Главное 12 мая 👇\n\n{text}")[:3] == ["Главное", "12", "мая"]


async def test_a_visit_s_two_days_and_its_first_are_kept_apart(engine_store: Store) -> None:
    await ingest(engine_store, make_post("two", VISIT, source=MFA))
    await ingest(
        engine_store, make_post("copy", f"FYI 👇\n\n{VISIT}\n\n(edited)", source=aggregator(1))
    )
    await ingest(engine_store, make_post("one", VISIT.replace("14–15", "14"), source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "two"
    assert by_id["one"].duplicate_of is None
