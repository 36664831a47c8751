"""Previews: a channel's or a feed's cut-off opening of a statement ("… Read more") is a copy
of it however short, on both engines (the ``engine_store`` fixture), whichever comes first;
a preview that stops inside an opening two statements published at one time share is linked
to neither (one published nearer to it: tests/test_dedup_ninth_rules.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CliResult, ingest, make_post
from test_engine_ingest import rows

from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import Store

EN = (
    "The Ministry of Foreign Affairs of the Russian Federation notes with concern the growing"
    " militarisation of the Baltic region. Over the past year the member states of the alliance"
    " have deployed additional contingents, conducted more than forty large-scale exercises near"
    " our borders and announced plans for new infrastructure capable of receiving offensive"
    " weapons. We regard these steps as a deliberate escalation that undermines regional security"
    " and the remaining arms control arrangements. Moscow has repeatedly proposed a dialogue on"
    " mutual restraint, including limits on the scale of exercises and transparency measures,"
    " but these proposals have been ignored. We will take all necessary measures to ensure the"
    " security of the Kaliningrad region and the Union State, and we call on our partners to"
    " return to the negotiating table before it is too late."
)
RU = (
    "Министерство иностранных дел Российской Федерации с озабоченностью отмечает нарастающую"
    " милитаризацию Балтийского региона. За прошедший год государства-члены альянса развернули"
    " дополнительные контингенты, провели более сорока масштабных учений вблизи наших границ и"
    " объявили о планах создания новой инфраструктуры, способной принимать наступательные"
    " вооружения. Мы расцениваем эти шаги как сознательную эскалацию, подрывающую региональную"
    " безопасность и остающиеся договорённости в области контроля над вооружениями. Москва"
    " неоднократно предлагала диалог о взаимной сдержанности, включая ограничения масштабов"
    " учений и меры транспарентности, однако эти предложения игнорируются. Мы примем все"
    " необходимые меры для обеспечения безопасности Калининградской области и Союзного"
    " государства и призываем партнёров вернуться за стол переговоров, пока не поздно."
)
# How channels and feeds end a preview: an ellipsis, then maybe "Read more" and a link.
TAILS = (
    "…",
    "…\n👉 Read more",
    "... Read more: https://news.example/a/1",
    "... Подробнее",
    "…\nЧитать далее → https://t.me/example_mfa/1",
)
MFA = SourceRef("telegram", "1500000001", "Example MFA")


def aggregator(n: int) -> SourceRef:
    return SourceRef("telegram", str(7000 + n), f"Aggregator {n}")


def preview(text: str, words: int, tail: str, *, mid_word: bool = False) -> str:
    cut = text.split(" ")[:words]
    if mid_word:
        cut[-1] = cut[-1][: max(2, len(cut[-1]) // 2)]
    return " ".join(cut) + tail


@pytest.mark.parametrize("text", [EN, RU], ids=["en", "ru"])
@pytest.mark.parametrize("first", ["previews first", "statement first"])
async def test_previews_of_every_length_and_tail_are_copies_of_the_statement(
    engine_store: Store, text: str, first: str
) -> None:
    """From ten words to half the statement (a 100-word post: similarity 0.1-0.5, below what
    word pairs call a copy), each tail, some cut mid-word."""
    whole = make_post("whole", text, source=MFA, day=2)
    previews = [
        make_post(
            f"p{n}",
            preview(text, words, TAILS[n % len(TAILS)], mid_word=n % 2 == 1),
            source=aggregator(n),
            day=2,
        )
        for n, words in enumerate((10, 14, 20, 27, 35, 50))
    ]
    if first == "previews first":
        await ingest(engine_store, *previews)
        await ingest(engine_store, whole)
    else:
        await ingest(engine_store, whole)
        await ingest(engine_store, *previews)
    by_id = await rows(engine_store)
    root = "p0" if first == "previews first" else "whole"
    linked = {ext: row.duplicate_of for ext, row in by_id.items() if ext != root}
    assert linked == {ext: root for ext in linked}


# Two statements that open with the same fourteen words (a briefing answer's usual opening).
OPENING = (
    "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи с заявлениями"
)
FIRST = (
    f"{OPENING} руководства Молдавии о выходе из СНГ. Мы внимательно следим за решениями"
    " Кишинёва, которые ведут к разрыву многолетних экономических и гуманитарных связей."
    " Выход из Содружества лишит граждан Молдавии преимуществ зоны свободной торговли,"
    " признания дипломов и пенсионных прав, и ответственность за это ляжет на нынешние"
    " власти республики, действующие вопреки интересам собственного народа."
)
SECOND = (
    f"{OPENING} представителей Евросоюза о поставках вооружений Армении. Подобные шаги"
    " Брюсселя подрывают стабильность на Южном Кавказе и противоречат трёхсторонним"
    " договорённостям лидеров России, Азербайджана и Армении. Призываем Ереван не поддаваться"
    " на провокации и сохранять приверженность мирному процессу, в котором Россия остаётся"
    " главным гарантом безопасности."
)


async def test_a_preview_is_linked_to_the_statement_it_cut_and_never_to_a_sibling(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store, make_post("first", FIRST, source=MFA), make_post("second", SECOND, source=MFA)
    )
    await ingest(
        engine_store,
        # Past the shared opening: each is a preview of its own statement.
        make_post("of-first", preview(FIRST, 20, "… Подробнее"), source=aggregator(1)),
        make_post("of-second", preview(SECOND, 22, "…"), source=aggregator(2)),
        # Inside the shared opening: it may have cut either, so it is linked to neither.
        make_post("either", preview(FIRST, 13, "…"), source=aggregator(3)),
    )
    by_id = await rows(engine_store)
    assert by_id["second"].duplicate_of is None  # two statements, one opening
    assert by_id["of-first"].duplicate_of == "first"
    assert by_id["of-second"].duplicate_of == "second"
    assert by_id["either"].duplicate_of is None


async def test_a_statement_ending_on_an_ellipsis_is_not_a_preview_of_a_longer_one(
    engine_store: Store,
) -> None:
    """Only words that begin the other post make a preview: a post of its own that trails off
    ("...") after the same opening stays a statement."""
    own = (
        f"{OPENING} руководства Молдавии о выходе из СНГ. Комментировать это пока преждевременно,"
        " дождёмся официальных документов..."
    )
    await ingest(engine_store, make_post("first", FIRST, source=MFA))
    await ingest(engine_store, make_post("own", own, source=aggregator(1)))
    assert (await rows(engine_store))["own"].duplicate_of is None


def test_explain_says_a_short_preview_is_a_copy_and_relink_keeps_the_link(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"

    async def fill() -> None:
        async with await Store.open(db) as store:
            await ingest(store, make_post("whole", EN, source=MFA, day=2))
            short = preview(EN, 20, "… Read more")
            await ingest(store, make_post("p", short, source=aggregator(1), day=2))

    async def link_of_preview() -> str | None:
        async with await Store.open(db) as store:
            return (await rows(store))["p"].duplicate_of

    asyncio.run(fill())
    r = cli("--db", db, "explain", 2)
    assert r.code == 0, r.err
    assert r.out.startswith("post 2 is a near copy of post 1")
    assert "is below the threshold 0.70" in r.out
    assert "still a copy: one is a preview of the other" in r.out
    r = cli("--db", db, "relink")
    assert r.code == 0, r.err
    assert asyncio.run(link_of_preview()) == "whole"
