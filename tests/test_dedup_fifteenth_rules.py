"""The rules the fifteenth labelled set taught (session 41): a list's numbers are markers,
not its content; notices one modal apart ("must" / "may", "должны" / "могут") are two; a
digest that bundles a statement with others is not its copy; a word of the dictionary
misspelt with one letter replaced is a typo, capitalised or not."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_text, core_words
from tg_archiver.archive.dedup_words import typo
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.quotations import bundles
from tg_archiver.archive.store import Store

LEAD = (
    "В заседании Совета министров иностранных дел, которое пройдёт 16 апреля в Минске, примут "
    "участие делегации:"
)
STATES = ("Беларусь", "Казахстан", "Киргизия", "Таджикистан", "Армения")
CLOSE = "Аккредитация СМИ открыта до 18:00 по московскому времени."


def _list(marks: list[str], states: tuple[str, ...] = STATES) -> str:
    items = "\n".join(f"{m}{s}" for m, s in zip(marks, states, strict=True))
    return f"📋 {LEAD}\n\n{items}\n\n{CLOSE}"


def test_a_lists_numbers_are_markers_as_its_bullets_are() -> None:
    bullets = _list(["✅ "] * 5)
    for marks in (
        [f"{n}. " for n in range(1, 6)],
        [f"{n}) " for n in range(1, 6)],
        ["- "] * 5,
        ["• "] * 5,
        ["🔹 "] * 5,
    ):
        assert core_words(_list(marks)) == core_words(bullets), marks
    # Not a marker: a date or a figure at a line's start, a year ending a sentence, or one
    # numbered line alone ("1. Беларусь" in a text with no list).
    assert core_words("16 апреля. Заседание")[0] == "16"
    assert core_words("1.5% за год\n2026. Итог")[0] == "1"
    assert core_text("1. Беларусь примет участие") == "1. Беларусь примет участие"
    # Two lists one entry apart still differ in that entry, wherever it stands.
    six = (*STATES, "Узбекистан")
    longer = _list([f"{n}. " for n in range(1, 7)], six)
    assert added_to_list(core_words(bullets), core_words(longer)) == ["Узбекистан"]


async def test_a_list_re_marked_is_a_copy_and_one_entry_more_is_not(engine_store: Store) -> None:
    six = (*STATES, "Узбекистан")
    await ingest(engine_store, make_post("list", _list(["✅ "] * 5), source=MFA))
    numbered = _list([f"{n}. " for n in range(1, 6)])
    await ingest(engine_store, make_post("copy", numbered, source=aggregator(1)))
    await ingest(engine_store, make_post("six", _list(["✅ "] * 6, six), source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "list"
    assert by_id["six"].duplicate_of is None


NOTICE = (
    "Applicants {} submit their documents to the Consular Section in person between 9:00 and "
    "12:00 on weekdays, with a passport and two photographs."
)
NOTICE_RU = (
    "Граждане России, находящиеся в стране, {} зарегистрироваться на сайте посольства до 1 "
    "июня, указав адрес и номер телефона."
)


def test_notices_one_modal_apart_are_two() -> None:
    for one, other in (("must", "may"), ("should", "may"), ("must", "can"), ("must", "should")):
        a, b = core_words(NOTICE.format(one)), core_words(NOTICE.format(other))
        assert opposite(a, b) == ([one], [other])
    for one, other in (("должны", "могут"), ("обязаны", "вправе"), ("следует", "можно")):
        a, b = core_words(NOTICE_RU.format(one)), core_words(NOTICE_RU.format(other))
        assert opposite(a, b) == ([one], [other])
    # Two modals of one kind are a wording; the same modal on both sides is no difference.
    assert opposite(core_words(NOTICE.format("may")), core_words(NOTICE.format("can"))) is None
    assert opposite(core_words(NOTICE.format("must")), core_words(NOTICE.format("must"))) is None


async def test_a_notice_one_modal_apart_is_kept(engine_store: Store) -> None:
    await ingest(engine_store, make_post("must", NOTICE.format("must"), source=MFA))
    await ingest(engine_store, make_post("may", NOTICE.format("may"), source=MFA))
    await ingest(engine_store, make_post("copy", f"{NOTICE.format('may')}\n\n#consular", day=2))
    by_id = await rows(engine_store)
    assert by_id["may"].duplicate_of is None
    assert by_id["copy"].duplicate_of == "may"


CALL = (
    "☎️ Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Министром "
    "иностранных дел Ганы С.Аблаквой.\n\nОбсуждены вопросы двусторонней повестки дня с "
    "акцентом на ситуацию на Ближнем Востоке."
)
CONDOLENCES = (
    "Министр иностранных дел Российской Федерации С.В.Лавров направил соболезнования главе МИД "
    "Габона в связи с гибелью 66 человек в результате катастрофического наводнения.\n\nВ "
    "послании, в частности, говорится: «Разделяем скорбь родных и близких погибших, желаем "
    "скорейшего выздоровления всем пострадавшим»."
)
GREETING = (
    "🎉 Министр иностранных дел России С.В.Лавров направил поздравительное послание главе МИД "
    "Бахрейна по случаю национального праздника.\n\nВ послании выражена уверенность в "
    "дальнейшем укреплении дружественных связей между нашими странами на благо их народов."
)
DIGEST = f"📰 Главное за день от МИД России\n\n🔹 {CALL}\n\n🔹 {CONDOLENCES}\n\n🔹 {GREETING}"


def test_a_digest_bundles_the_statements_it_holds() -> None:
    digest = core_words(DIGEST)
    for statement in (CALL, CONDOLENCES, GREETING):
        own = bundles(core_words(statement), digest, False, False)
        assert own is not None and own >= len(core_words(statement)), statement
    # Copies: a sentence added, a remark under the statement, the statement cut off with
    # its post's beginning (a preview), a paragraph dropped from inside it.
    for copy in (
        f"{CONDOLENCES}\n\nСоболезнования также выразил посол России в Габоне.",
        f"Важно 👇\n\n{CONDOLENCES}",
    ):
        assert bundles(core_words(CONDOLENCES), core_words(copy), False, False) is None, copy
    preview = core_words("Министр иностранных дел Российской Федерации С.В.Лавров направил…")
    assert bundles(preview, core_words(CONDOLENCES), True, False) is None
    assert (
        bundles(
            core_words(CALL), core_words(f"{CALL}\n\n{GREETING}\n\n{CONDOLENCES}"), False, False
        )
        is None
    )


async def test_a_digest_is_no_copy_of_a_statement_it_bundles(engine_store: Store) -> None:
    await ingest(engine_store, make_post("condolences", CONDOLENCES, source=MFA))
    await ingest(engine_store, make_post("digest", DIGEST, source=MFA, day=2))
    await ingest(
        engine_store, make_post("copy", f"{DIGEST}\n\n#дайджест", source=aggregator(1), day=2)
    )
    by_id = await rows(engine_store)
    assert by_id["digest"].duplicate_of is None
    assert by_id["copy"].duplicate_of == "digest"


def test_a_dictionary_word_misspelt_in_a_name_is_a_typo() -> None:
    wfp = "The World Food {} warned that 12 million people in the Sahel face acute hunger."
    a, b = core_words(wfp.format("Programme")), core_words(wfp.format("Pdogramme"))
    assert typo(a, b)
    # Two names one letter apart that the dictionary knows both, or neither, are two names.
    assert not typo(["Ирландии"], ["Исландии"])
    assert not typo(["Ирака"], ["Ирана"])
    assert not typo(["Росавиация"], ["Росавтация"])
