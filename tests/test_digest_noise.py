"""A day's table of figures, a poll and a marked advertisement are no item of a digest
(archive/digest_noise.py); a decision, a record, a poll's result and news about advertising
stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive import attachment_text
from tg_archiver.archive.digest_items import group_items
from tg_archiver.archive.digest_noise import is_marked_ad, is_noise, is_poll, is_routine_data

ROUTINE = (
    "💱 Курсы в обменниках Бишкека на 3 апреля:\nUSD 87,2 / 87,9\nEUR 94,0 / 95,1\n#курс",
    "📈 Официальный курс Нацбанка на 4 апреля:\nUSD 87,45 (+0,12)\nEUR 94,30 (-0,05)\n#сом",
    "Официальные курсы ЦБ РФ на 5 апреля: доллар — 81,20 руб. (+0,11), евро — 88,02 руб."
    " (-0,04), юань — 11,21 руб.",
    "Exchange rates of the National Bank for April 4: USD 87.45 som, EUR 94.30 som.",
    "Курсы криптовалют: биткоин — $71 300 (+0,8%), эфир — $3 020 (-0,2%).",
    "Markets: euro at $1.082; Brent $84.1; gold at $2,310 an ounce.",
    "☀️ Погода в Бишкеке: днем до +22, ночью +9, ясно.",
)
NEWS = (
    "❗️Нацбанк повысил базовую ставку до 15,25% (+0,5 п.п.). Следующее решение — 24 мая.",
    "ЦБ РФ сохранил ключевую ставку 16%. Рубль к сому — 1,07.",
    "Курс сома впервые в истории превысил 90 за доллар на торгах.",
    "📈 Курс тенге обновил исторический минимум:\nUSD 552,4\nEUR 601,0",
    "Итоги выборов: Жапаров 79,6%, Ташиев 12,1%, явка 69,8%.",
    "Курс на сближение: Бишкек и Душанбе подписали протокол о границе, 12 участков.",
    "Опрос: большинство киргизов поддерживают вступление в ЕАЭС.",
    "📊 Опрос ВЦИОМ: кто лидирует на выборах?\n— Жапаров 61%\n— Ташиев 22%",
    "ЕС запретил рекламу табака в соцсетях #реклама #ЕС",
    "Реклама в Telegram подорожала на 20% за год, подсчитали аналитики.",
    "Реклама — двигатель торговли, заявил глава ФАС на форуме в Алматы.",
    "AD-1 missile tested at Sary-Shagan, the ministry says.",
)
POLLS = (
    "📊 Опрос: кто займет второе место на выборах?\n\n— Ташиев\n— Кандидат от «Ата-Журт»",
    "Опрос: продержится ли перемирие до конца месяца?\n👍 да\n👎 нет\n🤷 сложно сказать",
    attachment_text.poll("Примет ли суд жалобу?", ["Да", "Нет", "Отложит"]),
)
ADS = (
    "🏔 Туры на Иссык-Куль летом — от 19 900 сом с трансфером. Пишите @ik_tours #реклама",
    "📚 Онлайн-курс «Киргизский за 30 дней» — скидка 40%. Ссылка в профиле. #реклама",
    "Реклама. Онлайн-школа английского для подростков: первый урок бесплатно.",
    "Sponsored: Learn Mandarin for diplomats — 12-week online course, 20% off.",
)


def test_routine_data_polls_and_ads_are_told_from_news() -> None:
    assert [t for t in ROUTINE if not is_routine_data(None, t)] == []
    assert [t for t in POLLS if not is_poll(None, t)] == []
    assert [t for t in ADS if not is_marked_ad(None, t)] == []
    assert [t for t in NEWS if is_noise(None, t)] == []


def test_a_digest_leaves_a_days_rates_polls_and_ads_out() -> None:
    t0 = datetime(2026, 4, 3, 6, 0, tzinfo=UTC)
    texts = (ROUTINE[0], NEWS[0], POLLS[0], ADS[0], NEWS[2], ROUTINE[2])
    rows = [
        export_row(n, text, source=f"c{n}", published_at=t0 + timedelta(minutes=n), tags=())
        for n, text in enumerate(texts, start=1)
    ]
    assert [i.lead.id for i in group_items(rows)] == [2, 5]


PROMOS = (
    "📱 Скачайте официальное приложение ПМЭФ: программа, карта площадки, трансляции. #ПМЭФ2026",
    "🎟 Осталось 24 часа! Последний день для оформления пропусков на ПМЭФ-2026 для СМИ.",
    "🔴 Смотрите прямую трансляцию всех сессий ПМЭФ-2026 на сайте forumspb.com. #ПМЭФ2026",
    "📸 Фотобанк ПМЭФ-2026: более 3 000 фотографий первого дня форума уже доступны для СМИ.",
    "🎤 Не пропустите! Вечером на Дворцовой площади — концерт. Вход по бейджам. #ПМЭФ2026",
    "🗓 Сохраните дату: ПМЭФ-2027 пройдет 2–5 июня 2027 года. Регистрация откроется в декабре.",
    "📌 The Russian Foreign Ministry will comment on the EU's 21st sanctions package on "
    "Wednesday. Follow our channel.",
    "📌 Аккредитация на брифинг официального представителя МИД России, который состоится 4 "
    "июня, открыта до 18:00 3 июня.",
    "🔔 Завтра в 14:00 мск — эфир с разбором решения по Euroclear. Вопросы — в комментариях.",
    "🌲 Выходные без санкций: делимся маршрутом по Карелии. Фото — в комментариях.",
    "Save the date: the forum returns on 2-5 June 2027.",
)
PROMO_LIKE_NEWS = (
    # A preview with its figures opens with no call to the reader.
    "📣 До ПМЭФ-2026 — два дня! В этом году в форуме примут участие более 21 тыс. человек из "
    "140 стран. Страна-гость — Индонезия.",
    "📌 Замминистра иностранных дел Грушко прокомментировал обеспечительные меры суда: «Это "
    "законный ответ на незаконную блокировку российских активов».",
    "Смотрите: Путин прибыл на пленарное заседание ПМЭФ",
    "Открыта аккредитация представителей СМИ для освещения встречи министров иностранных дел "
    "стран БРИКС в Нижнем Новгороде 10-11 июня.",
    "Песков: Кремль прокомментировал решение суда — это внутреннее дело России.",
)
QUOTES = (
    "🛢 Нефть утром:\nBrent 62,10 $\nWTI 59,40 $\nUrals (Приморск) 49,80 $\n#нефть",
    "📈 Нефть за неделю: Brent +0,8% ($62,30), WTI +1,1%, Urals −2,6%. Курс доллара ЦБ — "
    "80,05. #нефть #курс",
)


def test_a_channels_promotion_and_a_days_quote_are_noise_beside_news() -> None:
    assert [t for t in PROMOS if not is_noise(None, t)] == []
    assert [t for t in PROMO_LIKE_NEWS if is_noise(None, t)] == []
    assert [t for t in QUOTES if not is_routine_data(None, t)] == []
    # A quote that calls itself news is a story.
    assert not is_noise(None, "⚡️Нефть утром:\nBrent 59,40 $ — минимум с апреля\nWTI 57,10 $")
