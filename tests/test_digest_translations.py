"""One story told in Russian and in English by two sources: one item of a digest, the other
language listed as one more source (archive/digest_translations.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.digest_translations import fold_translations
from tg_archiver.archive.export import ExportRow

T0 = datetime(2024, 10, 17, 9, 0, tzinfo=UTC)

MEETING_RU = (
    "🇷🇺🇰🇿 17 октября в Москве на полях заседания Совета глав государств СНГ С.В.Лавров "
    "провёл встречу с Заместителем Премьер-министра – Министром иностранных дел Казахстана "
    "М.Б.Нуртлеу.\n\nОбсуждены подготовка к контактам на высшем уровне и взаимодействие в "
    "рамках СНГ, ШОС и ЕАЭС."
)
MEETING_EN = (
    "🇷🇺🇰🇿 On October 17, on the sidelines of the CIS Council of Heads of State meeting in "
    "Moscow, Sergey Lavrov met with Deputy Prime Minister – Foreign Minister of Kazakhstan "
    "Murat Nurtleu.\n\nThe ministers discussed preparations for top-level contacts and "
    "cooperation within the CIS, the SCO and the EAEU."
)
CALL_RU = (
    "☎️ 17 октября состоялся телефонный разговор С.В.Лаврова с Министром иностранных дел "
    "Армении А.С.Мирзояном. Обсуждены нормализация отношений между Баку и Ереваном и "
    "подготовка мирного договора."
)
CALL_EN = (
    "☎️ On October 17, Sergey Lavrov had a telephone conversation with Foreign Minister of "
    "Armenia Ararat Mirzoyan. They discussed the normalisation of relations between Baku and "
    "Yerevan and the preparation of a peace treaty."
)


def post(n: int, text: str, source: str, minutes: int, **changes: object) -> ExportRow:
    return export_row(
        n,
        text,
        source=source,
        source_title={"mid": "МИД России", "mfa": "MFA Russia", "tass": "ТАСС"}[source],
        url=f"https://t.me/{source}/{n}",
        published_at=T0 + timedelta(minutes=minutes),
        tags=("CIS",),
        **changes,
    )


def leads_and_sources(rows: list[ExportRow]) -> list[tuple[int, ...]]:
    return [tuple(r.id for r in item.rows) for item in group_items(rows)]


def test_a_readout_and_its_translation_are_one_story_led_by_the_earlier() -> None:
    rows = [post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mfa", 20)]
    assert leads_and_sources(rows) == [(1, 2)]
    [message] = compose_digest(
        rows, DigestOptions("d", ("CIS",)), since=T0, until=T0 + timedelta(days=1)
    )
    assert "1 story from 2 posts" in message
    assert '+1 source: <a href="https://t.me/mfa/2">MFA Russia</a>' in message


def test_each_story_goes_with_its_own_translation() -> None:
    # Two readouts of one day name the same minister; each folds with the one that also
    # names its counterpart, its date and its subject.
    rows = [
        post(1, MEETING_RU, "mid", 0),
        post(2, CALL_RU, "mid", 5),
        post(3, CALL_EN, "mfa", 25),
        post(4, MEETING_EN, "mfa", 30),
    ]
    assert leads_and_sources(rows) == [(1, 4), (2, 3)]


def test_what_is_no_translation_stays_apart() -> None:
    # One language: an agency's rewrite is no translation (archive.digest_retellings folds it).
    tass = MEETING_RU.replace("🇷🇺🇰🇿 17 октября в Москве", "МОСКВА, 17 октября. /ТАСС/. В Москве")
    rewrite = [DigestItem(post(1, MEETING_RU, "mid", 0)), DigestItem(post(2, tass, "tass", 10))]
    assert fold_translations(rewrite) == rewrite
    # One source posting both languages: two posts of its own, both shown as it posted them.
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mid", 10)]) == [
        (1,),
        (2,),
    ]
    # More than six hours apart.
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mfa", 400)]) == [
        (1,),
        (2,),
    ]
    # An announcement and the event it announced.
    visit = (
        "Sergey Lavrov will meet with Deputy Prime Minister – Foreign Minister of Kazakhstan"
        " Murat Nurtleu on October 17 in Moscow on the sidelines of the CIS summit."
    )
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, visit, "mfa", 20)]) == [
        (1,),
        (2,),
    ]


def test_a_flash_with_two_names_is_no_translation_of_a_story_of_its_place() -> None:
    flash = "⚡️Мишустин прибыл в Исламабад для участия в заседании Совета глав правительств ШОС."
    wire = (
        "Pakistan deployed thousands of troops and declared a three-day holiday in Islamabad"
        " as it prepared to host heads of government of the SCO."
    )
    assert leads_and_sources([post(1, flash, "tass", 0), post(2, wire, "mfa", 60)]) == [
        (1,),
        (2,),
    ]


def test_a_datelines_date_and_agency_are_no_anchors_of_the_story() -> None:
    # The dateline's date is the reader's furniture, not the story's: counted, it was one
    # anchor of nine the translation could not share (score 0.48 with it, 0.53 without).
    tass = (
        "МОСКВА, 15 июля. /ТАСС/. Глава МИД России Сергей Лавров и президент Сербии Александр"
        " Вучич обсудили по телефону ситуацию в Косово."
    )
    mfa = (
        "Foreign Minister Sergey Lavrov and President of Serbia Aleksandar Vucic discussed the"
        " situation in Kosovo by phone."
    )
    assert leads_and_sources([post(1, tass, "tass", 0), post(2, mfa, "mfa", 30)]) == [(1, 2)]
