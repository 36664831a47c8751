"""The steps of a running story stay apart in a digest, however much they share
(archive/digest_steps.py): the blind border week's five wrong folds, as single cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import channel_post

from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.digest_steps import other_steps, step_of
from tg_archiver.archive.export import ExportRow

T0 = datetime(2025, 9, 17, 16, 0, tzinfo=UTC)


def post(n: int, text: str, source: str, minutes: int) -> ExportRow:
    return channel_post(n, text, source, T0 + timedelta(minutes=minutes))


def item_of(items: list[DigestItem], n: int) -> DigestItem:
    return next(i for i in items if any(r.id == n for r in i.rows))


def apart(a: str, b: str) -> bool:
    return other_steps(step_of(a), step_of(b))


def test_each_step_of_a_crisis_is_told_by_its_first_sentence() -> None:
    assert step_of("Kyrgyzstan evacuates 19,000 from border area as fighting rages").step == (
        "evacuation"
    )
    assert step_of("Kyrgyzstan, Tajikistan agree ceasefire after three days of fighting").step == (
        "ceasefire"
    )
    assert step_of("МИД РФ приветствовал договоренность о прекращении огня.").step == "reaction"
    assert step_of("В Киргизии проходит день траура по погибшим в Баткенской области").step == (
        "mourning"
    )
    assert step_of("Batken events: death toll rises to 36").step == "toll"
    assert step_of("Лавров прибыл в Минск").step == ""


def test_two_steps_are_two_stories_and_a_step_and_no_step_may_be_one() -> None:
    assert apart(
        "Fighting resumes along Kyrgyz-Tajik border overnight",
        "МЧС Киргизии эвакуировало более 19 тыс. жителей приграничья",
    )
    assert apart(
        "СРОЧНО: Бишкек и Душанбе договорились о прекращении огня на границе",
        "МИД РФ приветствовал договоренность Бишкека и Душанбе о прекращении огня на границе.",
    )
    assert apart("Kyrgyzstan mourns victims of Batken events", "Batken events: toll rises to 36")
    assert apart(
        "Kyrgyzstan accuses Tajikistan of breaching ceasefire; Dushanbe denies",
        "UPDATE 5-Kyrgyz toll from Tajik border fighting rises to 36",
    )
    # The fighting and its toll are one step; a report telling no step may be either's.
    assert not apart("Fighting resumes overnight", "Death toll from border fighting rises to 24")
    assert not apart("Fighting resumes overnight", "Ташиев: стороны отведут тяжелую технику")
    # A call to do something is no reaction: the visit's own news.
    assert not apart(
        "UPDATE 2-Orban urges Zelenskiy to consider quick ceasefire during Kyiv visit",
        "Орбан предложил Зеленскому рассмотреть быстрое прекращение огня",
    )


def test_a_document_adopted_is_its_own_story_but_a_draft_approved_is_the_meetings() -> None:
    adopted = "Главы МИД СНГ приняли совместное заявление к 80-летию окончания войны."
    assert apart(adopted, "Кратко об итогах заседания СМИД СНГ в Минске:")
    assert not apart(adopted, "Совместное заявление министров иностранных дел государств СНГ")
    assert not apart(
        "Главы МИД стран ШОС одобрили проект Астанинской декларации, сообщил Нуртлеу.",
        "В Астане прошло заседание Совета министров иностранных дел ШОС",
    )


def test_a_ministrys_welcome_of_a_ceasefire_is_not_folded_into_the_ceasefire() -> None:
    ceasefire = post(
        1, "СРОЧНО: Бишкек и Душанбе договорились о прекращении огня на границе", "ria", 56
    )
    welcome = post(
        2,
        "МИД РФ приветствовал договоренность Бишкека и Душанбе о прекращении огня на границе.",
        "tass",
        80,
    )
    items = group_items([ceasefire, welcome])
    assert item_of(items, 1) is not item_of(items, 2)


def test_a_meetings_summary_does_not_hold_the_joint_statement_it_adopted() -> None:
    summary = post(
        1,
        "Кратко об итогах заседания СМИД СНГ в Минске:\n\n"
        "✅ одобрены проекты документов к саммиту СНГ 9–10 октября в Душанбе\n"
        "✅ принято Совместное заявление в связи с 80-летием окончания Второй мировой войны\n"
        "✅ подписан План консультаций МИД на 2026–2027 годы",
        "mid",
        0,
    )
    flash = post(
        2,
        "Главы МИД СНГ приняли совместное заявление к 80-летию окончания Второй мировой войны.",
        "tass",
        35,
    )
    items = group_items([summary, flash])
    assert item_of(items, 1) is not item_of(items, 2)


def test_a_disasters_steps_are_its_aftershock_the_searchs_end_and_the_condolences() -> None:
    # The blind quake week's wrong folds (session 39): the quake's running toll held the
    # aftershock, the end of the search and the UN's condolences.
    assert step_of("СРОЧНО: Сильный афтершок магнитудой 5,6 произошел в Эрзуруме").step == (
        "aftershock"
    )
    assert step_of("Strong aftershock hits Turkey quake zone, two dead").step == "aftershock"
    assert step_of("Поисково-спасательные работы в зоне землетрясения завершены — AFAD.").step == (
        "rescue ended"
    )
    assert step_of("Turkey ends search for survivors in quake zone").step == "rescue ended"
    assert step_of("AFAD said search and rescue operations had been completed").step == (
        "rescue ended"
    )
    assert step_of("Генсек ООН выразил соболезнования Турции в связи с землетрясением.").step == (
        "reaction"
    )
    assert step_of("U.N.'s Guterres 'deeply saddened' by Turkey quake").step == "reaction"
    # The search going on is no step: the quake's own news, with its toll.
    assert step_of("Спасатели продолжают поисковые работы в Эрзуруме").step == ""
    assert apart(
        "Число погибших при землетрясении в Турции выросло до 902",
        "⚡️Поисково-спасательные работы в зоне землетрясения в Турции завершены — AFAD.",
    )
    assert apart(
        "Death toll from Turkey quake rises to 743",
        "⚡️Два человека погибли при афтершоке магнитудой 5,6 в Эрзуруме",
    )
    assert not apart(
        "Turkey ends search for survivors in quake zone",
        "⚡️Поисково-спасательные работы в зоне землетрясения в Турции завершены — AFAD.",
    )
