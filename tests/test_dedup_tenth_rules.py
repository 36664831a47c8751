"""The rules the tenth labelled set taught (session 36): an agency's dateline over the text it
takes over is no part of the statement; a heading and a paragraph over "Подробнее:" / "Read
more:" and a link are a preview of the statement; a preview's cut line under a reposter's
line is the preview's, not a signature; a one-liner with a typo meets its original by its
words, not by chance in MinHash's bands."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup import band_keys
from tg_archiver.archive.dedup_core import core_text
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.pasted import without_dateline
from tg_archiver.archive.store import Store

COMMENT = (
    "Комментарий официального представителя МИД России М.В.Захаровой в связи с высылкой "
    "российского дипломата из Эстонии\n\n"
    "Ответные меры не заставят себя ждать, о чём эстонская сторона уже уведомлена.\n\n"
    "Призываем все стороны проявлять сдержанность и не допускать шагов, ведущих к эскалации. "
    "Подчеркнём ещё раз: Россия открыта к диалогу на основе равноправия и учёта интересов."
)
BODY = COMMENT.split("\n\n", 1)[1]


def condolences(country: str) -> str:
    return (
        f"Condolences over the floods in {country}\n\n"
        "Moscow received with deep sorrow the news of the numerous casualties and destruction "
        f"caused by the floods in {country}.\n\n"
        "We express our sincere condolences to the families and friends of the victims and "
        "wish a speedy recovery to all those injured.\n\n"
        "Russia stands ready to provide the necessary assistance in overcoming the "
        "consequences of the tragedy."
    )


def lead(text: str, more: str) -> str:
    """The heading and first paragraph of ``text`` over a read-more line."""
    return "\n\n".join(text.split("\n\n")[:2]) + f"\n\n{more}"


def test_an_agencys_dateline_is_no_part_of_the_core() -> None:
    for line in (
        "МОСКВА, 9 ноября. /ТАСС/. ",
        "НЬЮ-ЙОРК, 9 ноября 2026 г. /ТАСС/. ",
        "МОСКВА, 9 ноя — РИА Новости. ",
        "📌 МОСКВА, 9 ноября. /ТАСС/. ",
        "MOSCOW, November 9 (Reuters) — ",
        "UNITED NATIONS, Nov. 9 (Xinhua) -- ",
    ):
        assert core_text(line + BODY) == BODY, line
    # A sentence that starts with a place and a day is the statement's.
    for said in (
        "США, 9 ноября — день выборов. Явка высокая.",
        "МОСКВА, 9 ноября. Лавров прибыл в Анкару.",
        "Moscow, November 9 (local time) — talks began.",
    ):
        assert without_dateline(said) == said


async def test_an_agencys_copy_under_its_dateline_without_the_heading_is_a_copy(
    engine_store: Store,
) -> None:
    other = COMMENT.replace("Эстонии", "Латвии").replace("эстонская", "латвийская")
    await ingest(
        engine_store,
        make_post("comment", COMMENT, source=MFA, day=1),
        make_post("other", other, source=MFA, day=2),
    )
    await ingest(
        engine_store,
        make_post("tass", "МОСКВА, 1 марта. /ТАСС/. " + BODY, source=aggregator(1), day=1),
        make_post(
            "ria",
            "МОСКВА, 2 мар — РИА Новости. " + other.split("\n\n", 1)[1],
            source=aggregator(2),
            day=2,
        ),
    )
    by_id = await rows(engine_store)
    assert by_id["other"].duplicate_of is None  # another country: another statement
    assert by_id["tass"].duplicate_of == "comment"
    assert by_id["ria"].duplicate_of == "other"


def test_a_lead_over_read_more_and_a_link_is_a_preview() -> None:
    for more in (
        "Read more: https://mid.ru/en/foreign_policy/news/1983711/",
        "👉 Подробнее: https://mid.ru/ru/foreign_policy/news/1983711/",
        "Читать далее → https://t.me/MID_Russia/54321",
    ):
        fp = fingerprint(lead(condolences("Mexico"), more))
        assert fp.cut and fp.core[-1] == "Mexico", more
    # Where a statement comes from is no cut: the text is whole.
    whole = condolences("Mexico")
    for source in ("Source: https://mid.ru/en/1", "https://mid.ru/en/foreign_policy/news/1/"):
        fp = fingerprint(f"{whole}\n\n{source}")
        assert not fp.cut and fp.core[-1] == "tragedy", source
    # The same on the lead's own line.
    fp = fingerprint("Moscow received with deep sorrow the news. Read more: https://mid.ru/x")
    assert fp.cut and fp.core[-1] == "news"


async def test_a_lead_over_read_more_is_a_copy_of_its_statement_only(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post("mexico", condolences("Mexico"), source=MFA, day=1),
        make_post("chile", condolences("Chile"), source=MFA, day=1),
    )
    more = "Read more: https://mid.ru/en/foreign_policy/news/1983711/"
    await ingest(
        engine_store,
        make_post("lead", lead(condolences("Mexico"), more), source=aggregator(1), day=2),
    )
    by_id = await rows(engine_store)
    assert by_id["chile"].duplicate_of is None
    # A third of the statement's word pairs: too small to be contained, but a lead.
    assert by_id["lead"].duplicate_of == "mexico"


def test_a_previews_cut_line_under_a_reposters_line_is_no_signature() -> None:
    whole = condolences("Malaysia")
    cut = whole.split(" sincere")[0] + "…"
    for under in ("via @MFARussia", "Источник: МИД России"):
        fp = fingerprint(f"{cut}\n{under}")
        assert fp.cut and fp.core[-3:] == ("We", "express", "our"), under
    # A sign-off cut off is still a sign-off.
    assert fingerprint(f"{whole}\n\nЧитать далее…\nt.me/mid_russia").core[-1] == "tragedy"


async def test_a_one_liner_with_a_typo_meets_its_original(engine_store: Store) -> None:
    flash = "Sergey Lavrov arrives in Belgrade for a working visit."
    typo = flash.replace("Belgrade", "Belgarde")
    # Two word pairs of eight changed: MinHash's bands share no key here.
    minhash = [set(band_keys(fingerprint(text).shingles)) for text in (flash, typo)]
    assert not minhash[0] & minhash[1]
    await ingest(engine_store, make_post("flash", flash, source=MFA))
    await ingest(engine_store, make_post("typo", typo, source=aggregator(1)))
    await ingest(
        engine_store,
        make_post("other", flash.replace("Belgrade", "Beijing"), source=aggregator(2)),
    )
    by_id = await rows(engine_store)
    assert by_id["typo"].duplicate_of == "flash"
    assert by_id["other"].duplicate_of is None  # another city
