"""A channel's housekeeping (greetings, polls, readers' questions, promos, an analyst's own
wrap) is no item of a digest (archive/digest_housekeeping.py); the news stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest_housekeeping import is_housekeeping
from tg_archiver.archive.digest_items import group_items

HOUSEKEEPING = (
    "☕️ Доброе утро, коллеги. Неделя будет жаркой: в Минске саммит ОДКБ. Оставайтесь с нами.",
    "Good morning. This week on Balkan Desk: live coverage of the EU-Western Balkans summit,"
    " and a subscriber Q&A on Friday.",
    "Quick poll for readers: which summit outcome matters most to you? 1) enlargement 2) trade",
    'Reader question of the week: "Does candidate status oblige Serbia to anything?"',
    "📊 Опрос: какое событие недели вы считаете главным? Голосуйте в комментариях 👇",
    "Вопрос от читателя: почему саммит перенесли? Отвечаем в воскресном выпуске.",
    "Balkan Desk turns three 🎉 Thank you to 5,000 readers. Forward us to a colleague.",
    "Premium brief: what the Tirana declaration does not say is out for subscribers.",
    "Коллеги, спасибо всем, кто был с нами эти два дня. Не забудьте поддержать канал.",
    "Уважаемые представители СМИ! Аккредитованные журналисты могут получить пропуска с 08:00.",
    "#TiranaLive day 1 wrap: Vucic met Rama, Kurti skipped the dinner; ministers signed the"
    " trade deal; Montenegro joins tomorrow.",
    "Sunday free issue: the week in the Balkans. Tirana summit (trade deal, Montenegro in),"
    " Kosovo's plates row, Bosnia's census.",
    "Tirana summit in numbers: 14 documents, 6 leaders, 1,200 journalists, 30 meetings.",
    "Итоги недели в цифрах: 14 документов, 6 лидеров, 30 встреч.",
    "☕️ Суббота. Выдохнули. Сегодня — Сербия и немного аналитики по итогам недели.",
)
NEWS = (
    "Опрос: большинство сербов поддерживают вступление в ЕС.",
    "Poll shows Labour ahead by 20 points before Thursday's vote.",
    "Netflix adds 8 million subscribers, beating forecasts.",
    "Вучич заявил, что Сербия не введет санкции против России.\n\nПодписывайтесь на наш канал!",
    "Summit opens in Tirana: leaders of six Western Balkan states meet EU chiefs.",
    "The week in which Serbia's government fell began with a protest in Novi Sad.",
    "Good Morning America host interviews the president about the summit.",
    "Суббота, 6 июля: в Тиране проходит саммит лидеров Западных Балкан.",
)


def test_housekeeping_is_told_from_news() -> None:
    assert [t for t in HOUSEKEEPING if not is_housekeeping(None, t)] == []
    assert [t for t in NEWS if is_housekeeping(None, t)] == []


def test_a_digest_leaves_a_channels_housekeeping_out() -> None:
    t0 = datetime(2024, 7, 1, 6, 0, tzinfo=UTC)
    rows = [
        export_row(n, text, source="desk", published_at=t0 + timedelta(minutes=n), tags=())
        for n, text in enumerate((HOUSEKEEPING[1], NEWS[0], HOUSEKEEPING[10]), start=1)
    ]
    assert [i.lead.id for i in group_items(rows)] == [2]
