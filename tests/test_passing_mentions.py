"""Names said in passing by the formulas of officialese and agency copy file no story under
their topic (archive/passing_mentions.py, weighed by archive/digest_topics.py)."""

from __future__ import annotations

from conftest import export_row as row

from tg_archiver.archive.digest_items import DigestItem
from tg_archiver.archive.digest_topics import NAMED, Weights
from tg_archiver.archive.passing_mentions import passing_spans
from tg_archiver.archive.tags import TopicAliases, extract_tags

ALIASES = TopicAliases.from_mapping(
    {
        "CentralAsia": ["Киргизия", "Таджикистан", "Душанбе", "Dushanbe", "Бишкеке", "Bishkek"],
        "Caucasus": ["Армения", "Армении", "Armenia"],
        "CSTO": ["ОДКБ", "CSTO"],
        "CIS": ["СНГ", "CIS", "Содружества"],
        "UN": ["ООН", "UN", "United Nations", "Security Council"],
    }
)


def weigh(text: str, topic: str) -> int:
    found = tuple(t.name for t in extract_tags(text, ALIASES))
    return Weights(ALIASES).of(DigestItem(row(1, text, tags=found)), topic)


def said(text: str) -> list[str]:
    return [text[a:b] for a, b in passing_spans(text)]


def test_contacts_in_a_framework_name_no_topic_of_the_call() -> None:
    call = (
        "Путин провел телефонный разговор с президентом Киргизии Жапаровым. Условились "
        "продолжить контакты, в том числе в рамках ОДКБ и СНГ, говорится в сообщении."
    )
    assert said(call) == ["ОДКБ и СНГ"]
    assert weigh(call, "CSTO") == 0 and weigh(call, "CIS") == 0
    assert weigh(call, "CentralAsia") == NAMED


def test_an_absent_member_is_no_topic_but_a_decision_to_stay_away_is() -> None:
    drills = (
        "В Белоруссии стартовало учение КСОР ОДКБ\n\nУчение сил ОДКБ началось на полигонах в "
        "Витебской области. Армения в учениях не участвует."
    )
    assert weigh(drills, "Caucasus") == 0 and weigh(drills, "CSTO") == NAMED
    assert said("Решение о неучастии Армении — ее выбор") == ["Армении"]
    assert said("Armenia did not take part in the meeting.") == ["Armenia"]
    decision = "Армения не будет участвовать в учениях ОДКБ, заявил премьер."
    assert weigh(decision, "Caucasus") == NAMED


def test_a_coming_meetings_venue_is_no_topic_but_a_visit_there_is() -> None:
    meeting = "Главы МИД СНГ обсудили в Минске подготовку к саммиту Содружества в Душанбе."
    assert said(meeting) == ["Душанбе"]
    assert weigh(meeting, "CentralAsia") == 0 and weigh(meeting, "CIS") == NAMED
    assert said("Сессия ОДКБ пройдет 27 ноября в Бишкеке.") == ["Бишкеке"]
    assert said("Ministers discussed preparations for the summit in Dushanbe on Oct 9.") == [
        "Dushanbe"
    ]
    visit = "Генсек ОДКБ прибыл в Душанбе. Визит пройдет в два дня."
    assert said(visit) == [] and weigh(visit, "CentralAsia") == NAMED


def test_a_founding_charter_and_a_countrys_security_council_are_no_un_story() -> None:
    charter = (
        "Совместное заявление министров СНГ\n\nМы осуждаем попытки пересмотра итогов войны, "
        "закрепленных в Уставе ООН."
    )
    assert weigh(charter, "UN") == 0
    assert said("outcomes enshrined in the UN Charter") == ["the UN"]
    assert said("violates the Charter of the United Nations") == ["the United Nations"]
    visit = "CSTO chief arrived in Bishkek and met with Security Council Secretary Imankulov."
    assert weigh(visit, "UN") == 0
    assert said("встретился с секретарем Совета безопасности Киргизии") == ["Совета безопасности"]
    council = "The UN Security Council will meet on Monday on the border clashes."
    assert weigh(council, "UN") == NAMED


FORUM = TopicAliases.from_mapping(
    {
        "Sanctions": ["санкции", "санкций", "sanctions", "21-му пакету", "21st package"],
        "Oil": ["нефть", "oil", "price cap", "Urals"],
        "Trade": ["Минэкономразвития", "товарооборот"],
    }
)


def forum_weigh(text: str, topic: str) -> int:
    found = tuple(t.name for t in extract_tags(text, FORUM))
    return Weights(FORUM).of(DigestItem(row(1, text, tags=found)), topic)


def test_a_source_after_a_dash_is_no_topic_of_its_figure() -> None:
    urals = "Средняя цена Urals в мае снизилась до $52,34 за баррель — Минэкономразвития"
    assert said(urals) == ["Минэкономразвития"]
    assert forum_weigh(urals, "Trade") == 0 and forum_weigh(urals, "Oil") == NAMED
    # A dash inside a sentence is no attribution: "Товарооборот — $245 млрд".
    trade = "Минэкономразвития — товарооборот с Китаем составил $245 млрд за год"
    assert forum_weigh(trade, "Trade") == NAMED


def test_what_a_package_includes_and_a_circumstance_are_no_topic_of_the_story() -> None:
    norway = (
        "Норвегия присоединилась к 21-му пакету санкций ЕС, включая снижение потолка цен на нефть"
    )
    assert said(norway) == ["снижение потолка цен на нефть"]
    assert forum_weigh(norway, "Oil") == 0 and forum_weigh(norway, "Sanctions") == NAMED
    putin = "Putin says Russia's economy has adapted to sanctions, offers tax relief"
    assert forum_weigh(putin, "Sanctions") == 0
    brussels = "Putin at SPIEF: 'adapted' to sanctions, silent on the 21st package"
    assert forum_weigh(brussels, "Sanctions") == 0
    # Sanctions as what happened stay its story.
    assert forum_weigh("EU adopts 21st package of sanctions against Russia", "Sanctions") == NAMED


def test_a_readouts_stock_subject_and_a_markets_worry_are_no_topic() -> None:
    call = (
        "Министры обсудили график контактов на высшем уровне, взаимодействие в ШОС и БРИКС, а "
        "также противодействие нелегитимным односторонним санкциям."
    )
    assert forum_weigh(call, "Sanctions") == 0
    brent = (
        "Oil hits seven-week low as OPEC+ supply weighs\n\nBrent crude fell to $60.48 a barrel"
        " on Monday, with traders also wary of new EU sanctions on Russian crude."
    )
    assert forum_weigh(brent, "Sanctions") == 0 and forum_weigh(brent, "Oil") == NAMED
