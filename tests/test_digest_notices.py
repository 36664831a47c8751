"""What a digest leaves out for what is around it: a stream's notice, another desk's
roundup, an announcement beside the event's own post (archive.digest_notices)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import export_row as row

from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_items import group_items
from tg_archiver.archive.digest_notices import is_another_desks, is_live_notice, is_roundup
from tg_archiver.archive.models import Media

SINCE = datetime(2024, 3, 4, tzinfo=UTC)
UNTIL = SINCE + timedelta(days=2)


@pytest.mark.parametrize(
    "text",
    [
        "🔴 LIVE: Брифинг официального представителя МИД России М.В.Захаровой\n\n"
        "📺 Смотрите трансляцию: mid.ru/ru/press_service/video/",
        "🔴 LIVE: Sergey Lavrov's remarks at the #BRICS Foreign Ministers' Meeting\n\n"
        "📺 Watch on the Foreign Ministry's website: mid.ru/en/press_service/video/",
        "Прямой эфир: пресс-конференция по итогам переговоров https://example.org/live",
    ],
)
def test_a_streams_notice_is_no_story(text: str) -> None:
    assert is_live_notice(None, text)
    assert group_items([row(1, text)]) == []


def test_a_long_post_that_opens_with_live_is_a_story() -> None:
    text = "LIVE: " + "The ministers agreed on a plan for the transit corridor. " * 10
    assert not is_live_notice(None, text)
    assert len(group_items([row(1, text)])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Итоги дня в Нью-Дели.\n\nГлавы МИД стран БРИКС провели встречу под председательством "
        "Индии. Лавров выступил за реформу Совбеза ООН.",
        "Главное за неделю:\n\n• Лавров и Лебедев обсудили саммит СНГ.\n• Главы МИД БРИКС "
        "приняли заявление.",
        "Week in review\nBRICS ministers met in Delhi.\nThe CSTO ministers met in Minsk.",
        "Главное к утру понедельника:\n\n▪️ Израиль нанёс удары по Бейруту.\n▪️ Самолёт МЧС "
        "вывез из Ливана 112 человек.",
        "🌍 Неделя во внешней политике №23\n\n1️⃣ Астана: министры ШОС согласовали Стратегию-2035"
        "\n2️⃣ Резолюция СБ ООН 2735 по Газе\n\n#итогинедели",
        "The week in Ukraine\n\n1. Prisoners swapped 75 for 75.\n2. A drone hit the nuclear plant.",
        "TOP NEWS at 0600 GMT:\n- Fed cut lifts global stocks\n- North Korea fires missiles",
        # One line: the heading, then three items.
        "WEEKAHEAD - UN high-level week opens with Summit of the Future; Sri Lanka counts "
        "votes; Germany's Brandenburg votes.",
        "Что произошло за ночь: КНДР запустила баллистические ракеты, в Нигерии растет число "
        "жертв наводнения, хуситы атаковали танкер. Подробности — в нашей ленте.",
        # An analyst's wrap of the day on one line (session 49).
        "Day wrap: Makhachkala collision (two dead), Transnistria without gas, Zaporizhzhia "
        "on diesel, Putin going to APEC. Tomorrow: the investigation. #wrap",
    ],
)
def test_another_desks_roundup_is_no_story(text: str) -> None:
    assert is_roundup(None, text)
    assert group_items([row(1, text)]) == []


def test_a_heading_that_only_starts_like_a_roundup_is_a_story() -> None:
    text = "Итоги переговоров Лаврова и Ван И: стороны подписали план консультаций."
    assert not is_roundup(None, text)
    for text in (
        "Недельная пауза в переговорах закончилась.\n\nСтороны вернулись за стол.",
        "Weekend talks in Doha ended without a deal.\n\nThe mediators will meet again.",
        "День воинской славы России.\n\nВ этот день в 1812 году ...",
        # One line under a roundup's heading, but one story, not a list of them.
        "Что произошло за ночь в Белгороде: ВСУ обстреляли город, ранены три человека.",
        "Top stories of the summit: leaders signed the Kazan declaration.",
    ):
        assert not is_roundup(None, text), text


ANNOUNCEMENT = (
    "📅 О предстоящем участии С.В.Лаврова во встрече министров иностранных дел стран #БРИКС\n\n"
    "2-3 декабря Министр иностранных дел Российской Федерации С.В.Лавров примет участие во "
    "встрече министров иностранных дел стран БРИКС в Нью-Дели."
)
EVENT = (
    "Выступление С.В.Лаврова на встрече министров иностранных дел стран БРИКС (Нью-Дели, "
    "2 декабря)\n\nУважаемые коллеги! Выступаем за реформу Совета Безопасности ООН."
)


def test_an_announcement_is_stale_beside_its_events_own_post() -> None:
    rows = [
        row(1, ANNOUNCEMENT, tags=("BRICS",)),
        row(2, EVENT, tags=("BRICS",), published_at=SINCE + timedelta(hours=20)),
    ]
    [item] = group_items(rows)
    assert item.lead.id == 2
    [message] = compose_digest(rows, DigestOptions("d", ("BRICS",)), since=SINCE, until=UNTIL)
    assert "О предстоящем участии" not in message and "1 story" in message


def test_an_announcement_alone_or_of_another_event_is_the_news() -> None:
    assert [i.lead.id for i in group_items([row(1, ANNOUNCEMENT)])] == [1]
    other = "Лавров провёл переговоры с министром иностранных дел Египта в Каире."
    rows = [row(1, ANNOUNCEMENT), row(2, other, published_at=SINCE + timedelta(hours=20))]
    assert [i.lead.id for i in group_items(rows)] == [1, 2]
    # The event's post before the announcement, or days after it, does not make it stale.
    late = row(3, EVENT, published_at=SINCE + timedelta(days=4))
    early = row(4, EVENT, published_at=SINCE - timedelta(hours=1))
    assert {i.lead.id for i in group_items([row(1, ANNOUNCEMENT), late])} == {1, 3}
    assert {i.lead.id for i in group_items([early, row(1, ANNOUNCEMENT)])} == {1, 4}


def test_an_english_announcement_and_its_event() -> None:
    announced = row(
        1,
        "📅 Foreign Minister Sergey Lavrov to attend the BRICS Foreign Ministers' "
        "Meeting\n\nOn December 2-3 the Minister will take part in the meeting.",
    )
    event = row(
        2,
        "Foreign Minister Sergey Lavrov's remarks at the BRICS Foreign Ministers' Meeting, "
        "New Delhi\n\nWe advocate reforming the UN Security Council.",
        published_at=SINCE + timedelta(hours=20),
    )
    assert [i.lead.id for i in group_items([announced, event])] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Live post on the SCO summit in Astana: ministers agreed on a plan.",
        "Live music at the embassy reception https://example.org/photos",
        "LIVE: the ministers agreed on the transit corridor and signed the plan.",  # no stream
    ],
)
def test_a_post_that_only_begins_like_a_notice_is_a_story(text: str) -> None:
    assert not is_live_notice(None, text)


@pytest.mark.parametrize(
    ("announced", "event"),
    [
        (
            "📅 Today Sergey Lavrov will speak at the General Debate of the 81st session of the"
            " UN General Assembly, scheduled for approximately 11 pm Moscow time.",
            "Foreign Minister Sergey Lavrov's statement at the General Debate of the 81st"
            " session of the UN General Assembly, New York\n\nMr President, colleagues.",
        ),
        (
            "Сегодня С.В.Лавров выступит в ходе общеполитической дискуссии 81-й сессии"
            " Генеральной Ассамблеи ООН",
            "Выступление С.В.Лаврова в ходе общеполитической дискуссии 81-й сессии Генеральной"
            " Ассамблеи ООН, Нью-Йорк\n\nУважаемый господин Председатель!",
        ),
    ],
)
def test_a_speech_announced_for_today_is_stale_beside_the_speech(
    announced: str, event: str
) -> None:
    rows = [row(1, announced), row(2, event, published_at=SINCE + timedelta(hours=10))]
    assert [i.lead.id for i in group_items(rows)] == [2]


PHOTO = (Media("photo", "p.jpg", 10, "image/jpeg"),)


@pytest.mark.parametrize(
    "caption",
    [
        "📸 Мишустин в Исламабаде\n\n#ШОС",
        "📸 Фотохроника: заседание СМИД СНГ в Москве",
        "Фото: Лавров и Ван И на полях саммита",
        "📷 Kazan Expo ready to welcome journalists covering the BRICS summit\n\n#BRICS",
    ],
)
def test_a_photo_album_s_caption_is_no_story(caption: str) -> None:
    assert group_items([row(1, caption, media=PHOTO)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "📸 Мишустин в Исламабаде",  # no photo: a line of its own
        "Мишустин прибыл в Исламабад.",  # no photo mark: a caption that tells
        "📸 Мишустин прибыл в Исламабад. Его встретил премьер-министр Пакистана.",  # a story
    ],
)
def test_a_post_that_tells_is_a_story_with_or_without_its_photo(text: str) -> None:
    media = () if text == "📸 Мишустин в Исламабаде" else PHOTO
    assert len(group_items([row(1, text, media=media)])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Сборная России по волейболу обыграла команду Ирана в товарищеском матче.\n\n"
        "❗️ Подписывайтесь на РИА Новости: @rian_ru",
        "Российские теннисистки вышли во второй круг Уимблдона.",
        "«Зенит» объявил о подписании контракта с бразильским полузащитником.",
        "Russia's volleyball team beat Iran in a friendly match.",
        "Two Russian players advanced to the second round at Wimbledon.",
        "В Москве во вторник ожидается до +26 градусов, без осадков.",
        "В Москве в среду до +15, без осадков, сообщили синоптики.",
        "Moscow weather forecast: sunny, up to 25 degrees on Sunday.",
        # An older scenario week's "Other" (digest 6).
        "Синоптики пообещали москвичам солнечную погоду и до +17 во вторник",
        "Soccer-Late goal sends holders top of the group\n\nA stoppage-time header sent the"
        " holders top.",
        "Индекс Мосбиржи по итогам основной сессии понедельника снизился на 0,4%",
        "Oil prices edge up on supply concerns\n\nOil prices rose on Wednesday as traders weighed"
        " supply disruptions against weak demand.",
        "Курс доллара на Мосбирже вырос до 92 рублей впервые с марта.",
    ],
)
def test_a_sport_result_or_a_weather_forecast_is_no_story(text: str) -> None:
    # A blind review's week: the volleyball match was #MiddleEast's only item by the alias
    # "Иран", and seven forecasts and a tennis result filled the weekly's "Other".
    assert is_another_desks(None, text)
    assert group_items([row(1, text, tags=("MiddleEast",))]) == []


@pytest.mark.parametrize(
    "text",
    [
        # Weather that is news forecasts nothing; a match of views is no match.
        "Аномальная жара до +50 градусов унесла жизни 40 человек в Индии.",
        "Zakharova's remarks on the Paris Olympics ceremony draw a sharp reply from Paris.",
        "Key regional players reach agreement on a ceasefire in Gaza.",
        "Лавров и Аракчи обсудили иранскую ядерную программу. Стороны договорились о контактах.",
        # A market named as what a story is about, not as a move of its own.
        "Санкции ЕС против российской нефти вступили в силу; цены на нефть выросли на 2%.",
        "The dollar's role in BRICS trade was discussed by the finance ministers in Kazan.",
        "Stocks of grain in Gaza are running out, the UN warned.",
        # A long post is a story whatever its first line says.
        "Сборная России по футболу обыграла Иран. " + "Министры обсудили спорт и политику. " * 12,
    ],
)
def test_news_that_names_a_sport_or_the_weather_is_a_story(text: str) -> None:
    assert not is_another_desks(None, text)
    assert len(group_items([row(1, text)])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Запись брифинга 25 июня.\nГоворили об Иране, об итогах саммита НАТО, о СМИД ОДКБ.\n\n"
        "Смотрите полностью 👇",
        "🎥 Сегодняшний брифинг полностью — смотрите запись.",
    ],
)
def test_a_recordings_notice_is_no_story(text: str) -> None:
    # "Запись брифинга 25 июня" was the second of 10 #CSTO items of a week (blind review 8).
    assert is_live_notice(None, text)
    assert group_items([row(1, text)]) == []


def test_a_post_that_opens_with_a_record_is_a_story() -> None:
    text = "Запись в российские вузы для иностранных студентов открыта до 1 августа."
    assert not is_live_notice(None, text)


def test_an_announcement_is_stale_beside_its_events_translation_folded_into_the_event() -> None:
    """The English "Today Sergey Lavrov will speak …" was left out while the ministry's English
    post of the speech led its own item; once that post was folded into the Russian original
    as its translation, no heading in the announcement's language was left to match, and the
    announcement was shown beside its event (digest6's morning digest)."""
    from tg_archiver.archive.digest_notices import stale_announcements

    at = SINCE + timedelta(hours=6)
    announcement = row(
        1,
        "📅 Today Sergey Lavrov will speak at the General Debate of the 81st session of the UNGA",
        published_at=at,
    )
    speech_ru = row(
        2,
        "Выступление С.В.Лаврова в ходе общеполитической дискуссии 81-й сессии Генассамблеи ООН",
        published_at=at + timedelta(hours=9),
    )
    speech_en = row(
        3,
        "Sergey Lavrov's speech at the General Debate of the 81st session of the UNGA",
        published_at=at + timedelta(hours=9, minutes=30),
    )
    assert stale_announcements([[announcement], [speech_ru, speech_en]]) == {1}
    assert stale_announcements([[announcement], [speech_ru]]) == set()  # no heading to match


def test_a_days_own_announcement_names_its_first_sentences_event() -> None:
    # One line, two sentences: the council it announces, then its seventeen questions. The
    # results post names the council, not the questions: the announcement is stale.
    today = (
        "📆 Сегодня в Алматы открывается заседание Евразийского межправительственного совета."
        " Главы правительств стран ЕАЭС рассмотрят 17 вопросов, в том числе концепцию общей"
        " платежной инфраструктуры и формирование общего рынка электроэнергии."
    )
    results = (
        "✅ Итоги заседания Евразийского межправительственного совета в Алматы\n\nГлавы"
        " правительств одобрили концепцию общей платежной инфраструктуры ЕАЭС."
    )
    later = SINCE + timedelta(hours=14)  # the announcement is at 09:01
    rows = [row(1, today), row(2, results, published_at=later)]
    assert [i.lead.id for i in group_items(rows)] == [2]
    # A day named by its date is not today's: its first line is read whole, as before (a
    # briefing's "19 сентября в Минске состоится заседание …" told the meeting to come).
    dated = today.replace("📆 Сегодня", "📆 19 марта")
    rows = [row(1, dated), row(2, results, published_at=later)]
    assert [i.lead.id for i in group_items(rows)] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "🎬 На ПМЭФ показали трейлер нового фильма о Петре I, премьера — в декабре.",
        "Taylor Swift tops Billboard 200 for a record 69th week",
        "🎬 Фильм «Мастер и Маргарита» вернется в кинотеатры к годовщине премьеры.",
        "☀️ Погода в Петербурге на время ПМЭФ: до +20 в среду и четверг, к выходным похолодание.",
    ],
)
def test_a_films_release_or_a_forecast_by_its_days_is_another_desks(text: str) -> None:
    assert is_another_desks(None, text)


def test_news_that_names_a_film_is_a_story() -> None:
    assert not is_another_desks(None, "Минкультуры отозвало у фильма прокатное удостоверение")
