"""The rules the fourteenth labelled set taught (session 40): a statement quoted whole with
words of the quoter's own is a statement of its own; a channel's heading line, Markdown's
underscores and a word broken with a hyphen at a hard wrap are no part of the statement; a
heading reworded over a statement's whole body leaves the body to decide."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_text, core_words
from tg_archiver.archive.dedup_words import fold_word
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.quotations import quotes_with_own
from tg_archiver.archive.similarity import heading_over_body, substitution
from tg_archiver.archive.store import Store

HEAD = "Заявление МИД России в связи с закрытием Генерального консульства России в Клайпеде"
BODY = (
    "Решение литовских властей закрыть Генеральное консульство России в Клайпеде является "
    "очередным недружественным шагом Вильнюса. Оно лишает тысячи соотечественников "
    "возможности получать консульские услуги.\n\nРоссийская сторона оставляет за собой право "
    "на ответные меры, которые будут объявлены в ближайшее время."
)
STATEMENT = f"{HEAD}\n\n{BODY}"
OWN = (
    "Напомню, в прошлом году литовцы уже закрывали наше почётное консульство. Думаю, "
    "зеркальный ответ последует в течение недели."
)
QUOTED = f"Заявление МИД полностью:\n\n{STATEMENT}\n\n{OWN}"
FLASH = "⚡️ Лавров прибыл в Ташкент с рабочим визитом."


def _folded(text: str) -> list[str]:
    return [fold_word(w) for w in core_words(text)]


def test_a_statement_quoted_whole_with_words_of_ones_own_is_no_copy() -> None:
    own = quotes_with_own(core_words(STATEMENT), core_words(QUOTED))
    assert own is not None and own[0] == "Напомню"
    # Either side may come first, and a typo in the quotation changes nothing.
    assert quotes_with_own(core_words(QUOTED.replace("шагом", "шагмо")), core_words(STATEMENT))
    # Copies: under a reposter's line with nothing after it, or a sentence added with no
    # introduction over the statement (the first labelled set's "added" copies).
    for copy in (
        f"Заявление МИД полностью:\n\n{STATEMENT}",
        f"{STATEMENT}\n\n{OWN}",
        f"Важно 👇\n\n{STATEMENT}\n\nПодробнее.",
    ):
        assert quotes_with_own(core_words(STATEMENT), core_words(copy)) is None, copy


async def test_the_quotation_is_kept_and_its_copy_linked_to_it(engine_store: Store) -> None:
    await ingest(engine_store, make_post("statement", STATEMENT, source=MFA))
    await ingest(engine_store, make_post("quoted", QUOTED, source=aggregator(1)))
    await ingest(engine_store, make_post("requoted", QUOTED + "\n\n#МИД", source=aggregator(2)))
    await ingest(
        engine_store,
        make_post("copy", f"Заявление МИД полностью:\n\n{STATEMENT}", source=aggregator(3)),
    )
    by_id = await rows(engine_store)
    assert by_id["quoted"].duplicate_of is None
    assert by_id["requoted"].duplicate_of == "quoted"
    assert by_id["copy"].duplicate_of == "statement"


def test_a_channels_heading_line_is_no_part_of_the_statement() -> None:
    for head in (
        "⚡️ Срочно",
        "❗️ BREAKING",
        "❗️ Официально",
        "⚡️ СРОЧНО:",
        "МИД России:",
        "🇷🇺 МИД России сообщает:",
        "MFA Russia:",
        "🇺🇳 UN News:",
    ):
        assert core_text(f"{head}\n\n{FLASH}") == FLASH, head
        assert core_text(f"{head}\n{FLASH}") == FLASH, head
    # One after another: the channel's line, then the original's own marker.
    assert core_text("❗️ BREAKING\nLIVE: Security Council meets") == "Security Council meets"
    # A line that says something of the text stays, and so does a sentence.
    assert core_text(f"Заявление МИД полностью:\n\n{FLASH}").startswith("Заявление")
    assert core_text("Официально заявляю: мы готовы") == "Официально заявляю: мы готовы"
    assert core_text("МИД России:") == "МИД России:"  # all the post says


def test_markdown_underscores_and_hyphenated_wraps_are_read_out() -> None:
    assert core_text("⚡️ Лавров __прибыл в__ Ташкент с рабочим визитом.") == FLASH
    assert core_text("__⚡️ Лавров__ прибыл в Ташкент с рабочим визитом.") == FLASH
    assert core_words("snake_case и _курсив_") == ["snake_case", "и", "курсив"]
    assert core_words("Учас-\nтники встречи") == ["Участники", "встречи"]
    assert core_words("Office for Humanita- \r\nrian Affairs")[2] == "Humanitarian"
    assert core_words("в Нью-\nЙорке") == ["в", "Нью", "Йорке"]  # a name's hyphen stays


async def test_a_flash_under_a_heading_with_a_typo_is_found(engine_store: Store) -> None:
    await ingest(engine_store, make_post("flash", FLASH, source=MFA))
    await ingest(
        engine_store,
        make_post("copy", "⚡️ Срочно\n\n⚡️ Лавров прибыл в Ташкент с рабочим взитом.", source=MFA),
    )
    await ingest(
        engine_store, make_post("other", "⚡️ Срочно\n\n⚡️ Лавров прибыл в Баку с рабочим визитом.")
    )
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "flash"
    assert by_id["other"].duplicate_of is None


ARCTIC = (
    "В Москве состоялись российско-норвежские консультации по вопросам Арктики. Российскую "
    "делегацию возглавил посол по особым поручениям Н.В.Корчунов, норвежскую — специальный "
    "представитель МИД Норвегии по Арктике М.Кристенсен.\n\nСтороны обсудили перспективы "
    "работы Арктического совета и вопросы рыболовства в Баренцевом море."
)
TOLL = (
    "Fighting in North Kivu province has killed {n} people and displaced more than 32,000, "
    "according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).\n\nThe "
    "UN calls on the parties to allow unhindered humanitarian access."
)


def test_a_heading_reworded_over_the_whole_body_leaves_the_body_to_decide() -> None:
    a = f"О консультациях по вопросам Арктики\n\n{ARCTIC}"
    b = f"Россия и Норвегия провели консультации по Арктике\n\n{ARCTIC}"
    assert heading_over_body(_folded(a), _folded(b))
    assert substitution(core_words(a), core_words(b), templated=True) is None
    zaes = "\n\n" + ARCTIC  # the body as before, another pair of headings
    a = f"Заявление МИД России о ситуации вокруг Запорожской АЭС{zaes}"
    b = f"Удар по учебному центру ЗАЭС: заявление МИД России{zaes}"
    assert heading_over_body(_folded(a), _folded(b))
    assert added_to_list(core_words(a), core_words(b)) is None
    # A template's statement one figure apart starts alike: its slot is no heading.
    assert not heading_over_body(_folded(TOLL.format(n=45)), _folded(TOLL.format(n=53)))
    assert substitution(core_words(TOLL.format(n=45)), core_words(TOLL.format(n=53)))
    # Nor a number the other heading lacks, nor a first sentence with a slot in it.
    assert not heading_over_body(
        _folded(f"Брифинг 12 марта\n\n{ARCTIC}"), _folded(f"Новый брифинг МИД 19 марта\n\n{ARCTIC}")
    )
    lead = "Консульский департамент МИД России в связи с {} рекомендует"
    a = f"{lead.format('угрозой терактов')}\n\n{ARCTIC}"
    b = f"⚠️ Рекомендации гражданам\n\n{lead.format('протестами')}\n\n{ARCTIC}"
    assert not heading_over_body(_folded(a), _folded(b))


async def test_a_statement_under_a_reworded_heading_is_its_copy(engine_store: Store) -> None:
    await ingest(
        engine_store, make_post("statement", f"О консультациях по вопросам Арктики\n\n{ARCTIC}")
    )
    await ingest(
        engine_store,
        make_post(
            "copy",
            f"Россия и Норвегия провели консультации по Арктике\n\n{ARCTIC}",
            source=aggregator(1),
        ),
    )
    await ingest(engine_store, make_post("toll45", TOLL.format(n=45), source=MFA))
    await ingest(engine_store, make_post("toll53", TOLL.format(n=53), source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "statement"
    assert by_id["toll53"].duplicate_of is None
