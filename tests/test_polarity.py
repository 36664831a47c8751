"""Statements alike but for their polarity are two statements, never a copy (archive/polarity.py).

A ministry that says it "will not take part" a day after another channel said it "will take
part", a crossing point "closed" after "open", a position "opposed" after "supported": the
two share nearly every word pair, and were folded as copies. Through the real store, on both
languages, with the copies that must still be found beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.store import ExportFilter, Store

OTHER = SourceRef(kind="telegram", key="1500000009", title="Other channel", username="other")

# (statement, the opposite statement), each a realistic line of an official channel.
OPPOSITES = [
    (
        "Russia will take part in the international conference on Afghanistan in Tashkent"
        " next week, the Foreign Ministry said.",
        "Russia will not take part in the international conference on Afghanistan in Tashkent"
        " next week, the Foreign Ministry said.",
    ),
    (
        "The delegation does support the draft resolution on the humanitarian situation"
        " submitted to the Security Council by the group of states.",
        "The delegation doesn't support the draft resolution on the humanitarian situation"
        " submitted to the Security Council by the group of states.",
    ),
    (
        "The Foreign Ministry confirmed that the talks between the delegations will take place"
        " in Istanbul on Monday morning.",
        "The Foreign Ministry denied that the talks between the delegations will take place in"
        " Istanbul on Monday morning.",
    ),
    (
        "Moscow supports the draft resolution on the humanitarian situation submitted to the UN"
        " Security Council by the group of states.",
        "Moscow opposes the draft resolution on the humanitarian situation submitted to the UN"
        " Security Council by the group of states.",
    ),
    (
        "The embassy reports that the border crossing point at Verkhny Lars is open for"
        " passenger cars and trucks from today.",
        "The embassy reports that the border crossing point at Verkhny Lars is closed for"
        " passenger cars and trucks from today.",
    ),
    (
        "The ministry considers the actions of the coastal authorities against the vessel legal"
        " and proportionate to the situation.",
        "The ministry considers the actions of the coastal authorities against the vessel"
        " illegal and proportionate to the situation.",
    ),
    (
        "Посольство сообщает, что пункт пропуска Верхний Ларс открыт для легковых и грузовых"
        " автомобилей с сегодняшнего дня.",
        "Посольство сообщает, что пункт пропуска Верхний Ларс закрыт для легковых и грузовых"
        " автомобилей с сегодняшнего дня.",
    ),
    (
        "МИД России подтвердил, что переговоры делегаций состоятся в Стамбуле в понедельник"
        " утром по московскому времени.",
        "МИД России опроверг, что переговоры делегаций состоятся в Стамбуле в понедельник утром"
        " по московскому времени.",
    ),
    (
        "Решение властей о задержании судна в нейтральных водах мы считаем законным и"
        " соразмерным сложившейся ситуации.",
        "Решение властей о задержании судна в нейтральных водах мы считаем незаконным и"
        " соразмерным сложившейся ситуации.",
    ),
    (
        "The meeting of the foreign ministers of the member states was held in Astana on"
        " Tuesday as planned, the secretariat said.",
        "The meeting of the foreign ministers of the member states was postponed in Astana on"
        " Tuesday as planned, the secretariat said.",
    ),
    (
        "Встреча министров иностранных дел государств-членов состоялась в Астане во вторник,"
        " как и планировалось, сообщили в секретариате.",
        "Встреча министров иностранных дел государств-членов отложена в Астане во вторник, как"
        " и планировалось, сообщили в секретариате.",
    ),
    (
        "Россия будет участвовать в международной конференции по Афганистану в Ташкенте на"
        " следующей неделе, сообщили в МИД.",
        "Россия не будет участвовать в международной конференции по Афганистану в Ташкенте на"
        " следующей неделе, сообщили в МИД.",
    ),
    # One stance for the other (approval, disapproval), and a treaty ratified or suspended:
    # a set written apart from the method found these folded (session 29).
    (
        "The Russian Foreign Ministry welcomes the agreement reached by the parties on a"
        " humanitarian truce in the city. We call on all sides to ensure access for convoys.",
        "The Russian Foreign Ministry regrets the collapse of the agreement reached by the parties"
        " on a humanitarian truce in the city. We call on all sides to ensure access for convoys.",
    ),
    (
        "Russia has ratified the agreement with Pakistan on the mutual protection of investments."
        " The corresponding federal law takes effect on the day of its official publication.",
        "Russia has suspended the agreement with Pakistan on the mutual protection of investments."
        " The corresponding federal law takes effect on the day of its official publication.",
    ),
    (
        "Москва приветствует решение властей Танзании о присоединении к Договору о запрещении"
        " ядерного оружия. Позиция доведена до сведения посла в ходе встречи в МИД России.",
        "Москва осуджает решение властей Танзании о присоединении к Договору о запрещении"
        " ядерного оружия. Позиция доведена до сведения посла в ходе встречи в МИД России.",
    ),
    (
        "Президент России подписал закон о ратификации Соглашения между Россией и Мьянмой о"
        " сотрудничестве в области мирного использования атомной энергии.",
        "Президент России подписал закон о денонсации Соглашения между Россией и Мьянмой о"
        " сотрудничестве в области мирного использования атомной энергии.",
    ),
    (
        "Министерство высоко оценивает шаги правительства по нормализации обстановки на границе"
        " и призывает стороны продолжить диалог без предварительных условий.",
        "Министерство критикует шаги правительства по нормализации обстановки на границе и"
        " призывает стороны продолжить диалог без предварительных условий.",
    ),
    (  # begun / ended (session 31's blind set)
        "Talks between the foreign ministers of Russia and Chile have begun in Moscow.",
        "Talks between the foreign ministers of Russia and Chile have ended in Moscow.",
    ),
    (  # an ordinal
        "The second meeting of the UN Security Council on the situation in Gaza.",
        "The first meeting of the UN Security Council on the situation in Gaza.",
    ),
    (  # what is to come and what is done
        "Соглашение о сотрудничестве в области энергетики между Россией и Вьетнамом будет"
        " подписано в Ханое.",
        "Соглашение о сотрудничестве в области энергетики между Россией и Вьетнамом подписано"
        " в Ханое.",
    ),
    (
        "Переговоры министров иностранных дел России и Чили начались в Москве.",
        "Переговоры министров иностранных дел России и Чили завершились в Москве.",
    ),
    ("Лавров прибыл в Анкару", "Лавров вылетел в Анкару"),  # a one-line flash
    (  # declared / lifted (session 33's blind set), введён or объявлен / отменён
        "A national state of disaster has been declared in South Africa over a cholera outbreak"
        " in several provinces.",
        "A national state of disaster has been lifted in South Africa over a cholera outbreak"
        " in several provinces.",
    ),
    (
        "В провинции объявлен режим чрезвычайной ситуации в связи с паводком, сообщили в"
        " посольстве.",
        "В провинции отменён режим чрезвычайной ситуации в связи с паводком, сообщили в"
        " посольстве.",
    ),
    (
        "The Foreign Minister arrived in Ankara for talks with his Turkish counterpart.",
        "The Foreign Minister left Ankara after talks with his Turkish counterpart.",
    ),
    # Session 55: a status line over the same announcement, one put off against one called
    # off, with or without VAT, from or until a day, ahead of or behind schedule, for or
    # against, an emergency session against the session.
    (
        "🎙 14 февраля в 12:00 в пресс-центре МИД России состоится брифинг официального"
        " представителя МИД России М.В.Захаровой.",
        "⚠️ ПЕРЕНЕСЕНО\n\n🎙 14 февраля в 12:00 в пресс-центре МИД России состоится брифинг"
        " официального представителя МИД России М.В.Захаровой.",
    ),
    (
        "UPDATE: cancelled\n\nOn February 10, the Embassy will host a reception on the occasion"
        " of Diplomatic Workers' Day at the Ambassador's residence.",
        "On February 10, the Embassy will host a reception on the occasion of Diplomatic"
        " Workers' Day at the Ambassador's residence.",
    ),
    (
        "❗️ПЕРЕНОСИТСЯ\n\n24 января сотрудники консульского отдела проведут выездной приём"
        " граждан в Самарканде.",
        "❗️ОТМЕНЯЕТСЯ\n\n24 января сотрудники консульского отдела проведут выездной приём"
        " граждан в Самарканде.",
    ),
    (
        "С 1 апреля тариф на проезд по платному участку трассы М-12 составит 4,2 рубля за"
        " километр с НДС.",
        "С 1 апреля тариф на проезд по платному участку трассы М-12 составит 4,2 рубля за"
        " километр без НДС.",
    ),
    (
        "The new requirements for banks' disclosure of deposit rates apply from July 1, the"
        " Bank of Russia said.",
        "The new requirements for banks' disclosure of deposit rates apply until July 1, the"
        " Bank of Russia said.",
    ),
    (
        "Russia's Amur gas processing plant launches its sixth line on schedule, Gazprom says",
        "Russia's Amur gas processing plant launches its sixth line behind schedule, Gazprom says",
    ),
    (
        "Призываем членов Совета Безопасности голосовать за проект резолюции о продлении"
        " санкционного режима в отношении Южного Судана.",
        "Призываем членов Совета Безопасности голосовать против проекта резолюции о продлении"
        " санкционного режима в отношении Южного Судана.",
    ),
    (
        "Минимальная температура воздуха в Оймяконе этой ночью составила минус 54 градуса.",
        "Средняя температура воздуха в Оймяконе этой ночью составила минус 54 градуса.",
    ),
    (
        "The UN General Assembly will hold an emergency special session on the Middle East"
        " next week, diplomats say.",
        "The UN General Assembly will hold a special session on the Middle East next week,"
        " diplomats say.",
    ),
]

# (statement, a true copy) whose differences hold a negation or an opposite word elsewhere:
# still copies.
COPIES = [
    (  # a sentence added, with "not" in it
        "Russia will take part in the international conference on Afghanistan in Tashkent next"
        " week, the Foreign Ministry said.",
        "Russia will take part in the international conference on Afghanistan in Tashkent next"
        " week, the Foreign Ministry said. The delegation will not hold bilateral meetings"
        " there.",
    ),
    (  # the same statement, a typo and a signature of its own
        "Посольство сообщает, что пункт пропуска Верхний Ларс открыт для легковых и грузовых"
        " автомобилей с сегодняшнего дня.",
        "Посольство сообщает, что пункт пропуска Верхний Ларс откырт для легковых и грузовых"
        " автомобилей с сегодняшнего дня.\n\n🇷🇺 Другой канал\nПодписаться: t.me/other",
    ),
    (  # one word put for another of the same side: «отменены» / «сняты», no status line
        "Ограничения на въезд иностранных граждан в приграничные районы отменены с 1 июня,"
        " сообщили в пограничной службе.",
        "Ограничения на въезд иностранных граждан в приграничные районы сняты с 1 июня,"
        " сообщили в пограничной службе.",
    ),
]


@pytest.mark.parametrize(("statement", "reverse"), OPPOSITES)
def test_opposite_finds_the_flip_in_either_order(statement: str, reverse: str) -> None:
    a, b = core_words(statement), core_words(reverse)
    assert opposite(a, b) is not None and opposite(b, a) is not None
    assert opposite(a, a) is None


@pytest.mark.parametrize(("statement", "copy"), COPIES)
def test_no_flip_in_a_copy(statement: str, copy: str) -> None:
    assert opposite(core_words(statement), core_words(copy)) is None


async def test_opposite_statements_stay_apart_and_copies_are_still_found(
    engine_store: Store,
) -> None:
    """On both engines (the ``engine_store`` fixture): the decision is the store's own."""
    posts = []
    for n, (statement, reverse) in enumerate(OPPOSITES):
        posts += [make_post(100 + n, statement), make_post(200 + n, reverse, source=OTHER)]
    for n, (statement, copy) in enumerate(COPIES):
        posts += [
            make_post(300 + n, statement, day=2),
            make_post(400 + n, copy, source=OTHER, day=2),
        ]
    await ingest(engine_store, *posts)
    rows = [row async for row in engine_store.iter_posts(ExportFilter())]
    by_id = {row.id: row.external_id for row in rows}
    links = {row.external_id: by_id.get(row.duplicate_of) for row in rows if row.duplicate_of}
    opposites = {f"{100 + n}" for n in range(len(OPPOSITES))} | {
        f"{200 + n}" for n in range(len(OPPOSITES))
    }
    assert {k: v for k, v in links.items() if k in opposites} == {}
    # Each copy is still found: its original, or the same statement stored before it.
    assert links["400"] in ("300", "100") and links["401"] in ("301", "106")


def test_explain_names_the_flip(cli, tmp_path: Path) -> None:
    import asyncio

    statement, reverse = OPPOSITES[4]

    async def fill() -> None:
        async with await Store.open(tmp_path / "a.db") as store:
            await ingest(store, make_post(1, statement), make_post(2, reverse, source=OTHER))

    asyncio.run(fill())
    r = cli("--db", tmp_path / "a.db", "explain", 2)
    assert r.code == 0, r.err
    assert "  opposite statements: 'open' in post 1, 'closed' in post 2" in r.out
