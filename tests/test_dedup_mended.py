"""Copies found past a typo and what a relay adds, a cut on an initial, an export's headers, a
bot's MarkdownV2 escapes (session 55: archive/similarity.typos_mended, archive/dedup_core.py,
archive/pasted.py),
through the real store on both engines, with the statements that must stay apart beside
them."""

from __future__ import annotations

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.dedup_core import core_text, ends_cut
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.similarity import typos_mended
from tg_archiver.archive.store import ExportFilter, Store

OTHER = SourceRef(kind="telegram", key="1500000019", title="Relay", username="relay")

# (original, copy): the original has a typo the copy fixed, and the copy adds a line or a
# header; or the copy is cut on an initial, or a feed's "… (read more)".
COPIES = [
    (
        "Russia's gross cpaital outflow reached $12 billion in Q1, central bank says",
        "🔴 FLASH | Russia's gross capital outflow reached $12 billion in Q1, central bank says",
    ),
    (
        "Реальные зарплаты в России врыосли на 7,2% в первом квартале, сообщил Росстат",
        "#Статистика Реальные зарплаты в России выросли на 7,2% в первом квартале, сообщил Росстат",
    ),
    (
        "Russia bans gasoilne exports for six months to keep the domestic market supplied,"
        " government says",
        "*** forwards-2030-04.txt ***\n27.02.2030 12:05 — @bridgeportnews\n\nRussia bans"
        " gsaoilne exports for six months to keep the domestic market supplied, government says",
    ),
    (
        "Putin signs law simplifying citizenship for foreign graduates of Russian universities",
        "Polaris Wire\n27.05.2030 13:03:59 UTC+03:00\n\nPutin signs law simplifying citizenship"
        " for foreign graduates of Russian universities",
    ),
    (
        "🤝 29 апреля в Харбине состоятся российско-китайские консультации по вопросам Арктики."
        "\n\nДелегацию России возглавит заместитель Министра иностранных дел России"
        " А.Ю.Руденко, китайскую делегацию — специальный представитель МИД КНР.",
        "🤝 29 апреля в Харбине состоятся российско-китайские консультации по вопросам Арктики."
        "\n\nДелегацию России возглавит заместитель Министра иностранных дел России А.",
    ),
    (
        "🏛 A regular session of the IAEA Board of Governors will be held on March 2 in Vienna."
        " The Russian delegation will be headed by the Permanent Representative M. I. Ulyanov.",
        "🏛 A regular session of the IAEA Board of Governors will be held on March 2 in"
        " Vienna… (read more)",
    ),
]
COPIES.append(  # a bot's MarkdownV2 escapes under a relay's lead
    (
        "❗️ Из-за ДТП на 1254-м км трассы Р-255 «Сибирь» в Кемеровской области ограничено"
        " движение. Организован объезд.\n\n#МЧС #оперативно",
        "Репост @mchs\\_operativno: ❗️ Из\\-за ДТП на 1254\\-м км трассы Р\\-255 «Сибирь» в"
        " Кемеровской области ограничено движение\\. Организован объезд\\.\n\n\\#МЧС"
        " \\#оперативно",
    )
)
COPIES.append(  # the first sentence in capitals over the post, a headline a reposter made
    (
        "Средняя температура воздуха в Оймяконе этой ночью составила минус 54 градуса. Занятия"
        " в школах для учащихся 1-9 классов отменены.",
        "СРЕДНЯЯ ТЕМПЕРАТУРА ВОЗДУХА В ОЙМЯКОНЕ ЭТОЙ НОЧЬЮ СОСТАВИЛА МИНУС 54 ГРАДУСА\n\n"
        "Средняя температура воздуха в Оймяконе этой ночью составила минус 54 градуса. Занятия"
        " в школах для учащихся 1-9 классов отменены.",
    )
)
# (statement, another): a word put for another beside a typo is no typo's copy.
APART = [
    (
        "Moscow's Vnukovo airport to handle all flights to Turkey from Terminal A starting June 1",
        "Moscow's Vnukovo airport to handle all flgihts to Turkey from Terminal B starting June 1",
    ),
    (
        "Минфин выступил против продления программы льготной ипотеки после 1 июля, соощбил"
        " журналистам замминистра финансов",
        "Минфин выступил за продление программы льготной ипотеки после 1 июля, сообщил"
        " журналистам замминистра финансов",
    ),
]


def test_a_typo_is_mended_only_where_the_rest_is_words_added() -> None:
    flash = ["FLASH", "Russia", "s", "gross", "capital", "outflow", "reached", "12", "billion"]
    typo = ["Russia", "s", "gross", "cpaital", "outflow", "reached", "12", "billion"]
    assert typos_mended(flash, typo) == [
        "russia", "s", "gross", "capital", "outflow", "reached", "12", "billion",
    ]  # fmt: skip
    # Another letter put for one ("A" / "B") is no typo: nothing to mend.
    assert typos_mended(["Terminal", "A", "flights"], ["Terminal", "B", "flgihts"]) is None
    assert typos_mended(typo, typo) is None


def test_a_text_cut_on_an_initial_or_before_read_more_is_a_preview() -> None:
    assert ends_cut("Делегацию России возглавит заместитель Министра А.")
    assert ends_cut("… headed by the Permanent Representative M. I.")
    assert ends_cut("The session will be held on March 2 in Vienna… (read more)")
    assert core_text("The session will be held on March 2 in Vienna… (read more)").endswith(
        "Vienna…"
    )
    assert not ends_cut("The talks were held in Vienna.")
    assert not ends_cut("Переговоры прошли в Вене, сообщил С.В.Лавров.")


@pytest.mark.parametrize(
    "header",
    [
        "2030-03-12T10:01:19 · Глава Республики Саха (Якутия)",
        "27.02.2030 12:05 — @bridgeportnews",
        "Polaris Wire\n27.05.2030 13:03:59 UTC+03:00",
        "*** forwards-2030-04.txt ***\n27.02.2030 12:05",
    ],
)
def test_an_exports_or_a_dumps_header_is_not_the_statements(header: str) -> None:
    text = "Сессия Государственного Собрания откроется 18 марта."
    assert core_text(f"{header}\n\n{text}") == text


def test_a_headline_of_the_first_words_in_capitals_is_not_the_statements() -> None:
    body = "Средняя температура воздуха в Оймяконе составила минус 54 градуса."
    assert core_text(f"СРЕДНЯЯ ТЕМПЕРАТУРА ВОЗДУХА В ОЙМЯКОНЕ\n\n{body}") == body
    # A headline in capitals of other words is the post's own.
    assert core_text(f"ВАЖНОЕ ЗАЯВЛЕНИЕ МИД РОССИИ\n\n{body}").startswith("ВАЖНОЕ")


def test_a_first_line_with_an_hour_is_the_statements_own() -> None:
    # An hour without its seconds or a handle is a notice's own first line.
    text = "12.03.2030 10:00 — Брифинг официального представителя\nв пресс-центре МИД"
    assert core_text(text).startswith("12.03.2030 10:00")


async def test_the_copies_are_found_and_the_others_kept_apart(engine_store: Store) -> None:
    posts = []
    for n, (original, copy) in enumerate(COPIES):
        posts += [make_post(100 + n, original), make_post(200 + n, copy, source=OTHER)]
    for n, (statement, another) in enumerate(APART):
        posts += [
            make_post(300 + n, statement, day=5),
            make_post(400 + n, another, source=OTHER, day=5),
        ]
    await ingest(engine_store, *posts)
    rows = [row async for row in engine_store.iter_posts(ExportFilter())]
    by_id = {row.id: row.external_id for row in rows}
    links = {row.external_id: by_id.get(row.duplicate_of) for row in rows if row.duplicate_of}
    assert links == {f"{200 + n}": f"{100 + n}" for n in range(len(COPIES))}
