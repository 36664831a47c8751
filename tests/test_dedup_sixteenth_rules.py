"""The rules the sixteenth labelled set taught (session 49): a list republished with one
entry left out, each entry a name with words of its own ("Шейн О'Брайен — член Палаты
представителей"), is another list; an agency's withdrawal («ОТБОЙ … — сообщение отозвано»,
"WITHDRAWN: …"), which repeats the report it withdraws whole, is no copy of it."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.store import Store

ENTRIES = (
    "Грэм Маккензи — сенатор",
    "Ребекка Тёрнер — член Палаты представителей",
    "Натан Колдуэлл — директор аналитического центра",
    "Шейн О'Брайен — член Палаты представителей",
    "Айла Мердок — советник премьер-министра",
    "Питер Вэнс — военный эксперт",
)


def _ban_list(entries: tuple[str, ...]) -> str:
    items = "\n".join(f"{n}. {e};" for n, e in enumerate(entries, 1))
    return (
        "Заявление МИД России о мерах в ответ на антироссийские санкции Австралии\n\n"
        "Принято решение закрыть въезд в Российскую Федерацию следующим гражданам Австралии:"
        f"\n\n{items}\n\nРоссийская сторона оставляет за собой право на дальнейшие шаги."
    )


FLASH = "⚡️ Россия и Молдавия договорились о возобновлении прямого авиасообщения — источник"
WITHDRAWN = (
    "❗️ОТБОЙ\n\n«Россия и Молдавия договорились о возобновлении прямого авиасообщения — "
    "источник» — сообщение отозвано, информация не подтвердилась."
)


def test_an_entry_with_words_of_its_own_left_out_of_a_list() -> None:
    whole, shorter = (
        core_words(_ban_list(ENTRIES)),
        core_words(_ban_list(ENTRIES[:3] + ENTRIES[4:])),
    )
    assert added_to_list(whole, shorter) == [
        "Шейн",
        "О",
        "Брайен",
        "член",
        "Палаты",
        "представителей",
    ]
    # A copy that drops no entry adds nothing; nor does one without a sentence that opens
    # with a capital, not a name of two words ("Переговоры пройдут завтра").
    assert added_to_list(whole, core_words(_ban_list(ENTRIES))) is None
    plain = core_words("Лавров провёл переговоры в столице. Переговоры пройдут завтра. Итоги.")
    cut = core_words("Лавров провёл переговоры в столице. Итоги.")
    assert added_to_list(plain, cut) is None


def test_a_withdrawal_says_the_opposite_of_the_report_it_repeats() -> None:
    assert opposite(core_words(FLASH), core_words(WITHDRAWN)) is not None
    wire = "EU to extend gas transit talks with Moscow into July - diplomats"
    assert opposite(core_words(wire), core_words(f"WITHDRAWN: {wire}")) is not None
    # A copy with a typo in the withdrawal is still its copy.
    typo = WITHDRAWN.replace("отозвано", "отозвнао")
    assert opposite(core_words(WITHDRAWN), core_words(typo)) is None


async def test_the_shorter_list_and_the_withdrawal_are_kept(engine_store: Store) -> None:
    await ingest(engine_store, make_post("list", _ban_list(ENTRIES), source=MFA))
    await ingest(engine_store, make_post("fewer", _ban_list(ENTRIES[:3] + ENTRIES[4:]), source=MFA))
    await ingest(engine_store, make_post("copy", _ban_list(ENTRIES), source=aggregator(1)))
    await ingest(engine_store, make_post("flash", FLASH, source=MFA))
    await ingest(engine_store, make_post("withdrawn", WITHDRAWN, source=MFA))
    await ingest(engine_store, make_post("repost", WITHDRAWN, source=aggregator(2)))
    by_id = await rows(engine_store)
    assert by_id["fewer"].duplicate_of is None and by_id["withdrawn"].duplicate_of is None
    assert by_id["copy"].duplicate_of == "list"
    assert by_id["repost"].duplicate_of == "withdrawn"
