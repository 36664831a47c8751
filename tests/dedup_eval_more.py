# ruff: noqa: E501  (a data module: long template strings read better whole)
"""A second labelled near-duplicate set, written apart from tests/dedup_eval_set.py after the
method was built on that one, to see whether it carries over (issue 17): other templates
(condolences, agreements signed, congratulations, election comments, aid deliveries,
consular notices, multilateral meetings), other channels and signatures, and other ways of
copying (quotes and dashes retyped with ё as е, emoji dropped, hashtags added, "Via
@channel:" lines, paragraphs joined, a preview cut off with "… Read more: mid.ru", a
"BREAKING!" opener, a link or a call for comments added), plus a weekly one-line
announcement with its copy minutes later.

Its first run found what the first set had not: templates whose slots differ in an ordinary
word ("earthquake" / "floods", "presidential" / "parliamentary") were merged, and previews
with "… Read more" were missed (precision 0.696, recall 0.753; see docs/dedup.md).
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Post, SourceRef

C = [  # EN, RU genitive, city EN, city RU prepositional, minister EN, minister RU, people RU dative
    ("Serbia", "Сербии", "Belgrade", "Белграде", "Marko Djuric", "Марко Джурич", "народу Сербии"),
    (
        "Laos",
        "Лаоса",
        "Vientiane",
        "Вьентьяне",
        "Thongsavanh Phomvihane",
        "Тхонгсаван Пхомвихан",
        "народу Лаоса",
    ),
    (
        "Mongolia",
        "Монголии",
        "Ulaanbaatar",
        "Улан-Баторе",
        "Battsetseg Batmunkh",
        "Батцэцэг Батмунх",
        "народу Монголии",
    ),
    ("Venezuela", "Венесуэлы", "Caracas", "Каракасе", "Yvan Gil", "Иван Хиль", "народу Венесуэлы"),
    ("Cuba", "Кубы", "Havana", "Гаване", "Bruno Rodriguez", "Бруно Родригес", "народу Кубы"),
    ("Mali", "Мали", "Bamako", "Бамако", "Abdoulaye Diop", "Абдулай Диоп", "народу Мали"),
    ("Myanmar", "Мьянмы", "Naypyidaw", "Нейпьидо", "Than Swe", "Тан Схве", "народу Мьянмы"),
    (
        "Pakistan",
        "Пакистана",
        "Islamabad",
        "Исламабаде",
        "Ishaq Dar",
        "Исхак Дар",
        "народу Пакистана",
    ),
    (
        "Bangladesh",
        "Бангладеш",
        "Dhaka",
        "Дакке",
        "Touhid Hossain",
        "Тоухид Хоссейн",
        "народу Бангладеш",
    ),
    (
        "Sri Lanka",
        "Шри-Ланки",
        "Colombo",
        "Коломбо",
        "Vijitha Herath",
        "Виджита Хератх",
        "народу Шри-Ланки",
    ),
    (
        "Nepal",
        "Непала",
        "Kathmandu",
        "Катманду",
        "Arzu Rana Deuba",
        "Арзу Рана Деуба",
        "народу Непала",
    ),
    (
        "Chile",
        "Чили",
        "Santiago",
        "Сантьяго",
        "Alberto van Klaveren",
        "Альберто ван Клаверен",
        "народу Чили",
    ),
    ("Peru", "Перу", "Lima", "Лиме", "Elmer Schialer", "Эльмер Шиалер", "народу Перу"),
    (
        "Mexico",
        "Мексики",
        "Mexico City",
        "Мехико",
        "Juan Ramon de la Fuente",
        "Хуан Рамон де ла Фуэнте",
        "народу Мексики",
    ),
    (
        "Tunisia",
        "Туниса",
        "Tunis",
        "Тунисе",
        "Mohamed Ali Nafti",
        "Мохамед Али Нафти",
        "народу Туниса",
    ),
    ("Libya", "Ливии", "Tripoli", "Триполи", "Taher al-Baour", "Тахер аль-Баур", "народу Ливии"),
    ("Sudan", "Судана", "Port Sudan", "Порт-Судане", "Ali Youssef", "Али Юсеф", "народу Судана"),
    ("Zimbabwe", "Зимбабве", "Harare", "Хараре", "Amon Murwira", "Амон Мурвира", "народу Зимбабве"),
    (
        "Mozambique",
        "Мозамбика",
        "Maputo",
        "Мапуту",
        "Maria Manuela Lucas",
        "Мария Мануэла Лукаш",
        "народу Мозамбика",
    ),
    ("Oman", "Омана", "Muscat", "Маскате", "Badr Albusaidi", "Бадр аль-Бусаиди", "народу Омана"),
    ("Jordan", "Иордании", "Amman", "Аммане", "Ayman Safadi", "Айман Сафади", "народу Иордании"),
    ("Iraq", "Ирака", "Baghdad", "Багдаде", "Fuad Hussein", "Фуад Хусейн", "народу Ирака"),
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
DISASTERS = [
    ("earthquake", "землетрясением"),
    ("floods", "наводнением"),
    ("a plane crash", "авиакатастрофой"),
    ("a terrorist attack", "терактом"),
    ("a fire", "пожаром"),
]
HOLIDAYS = [
    ("Independence Day", "Днём независимости"),
    ("National Day", "Национальным праздником"),
    ("the anniversary of diplomatic relations", "годовщиной установления дипотношений"),
]
AGREEMENTS = [
    ("an agreement on visa-free travel", "соглашение о безвизовых поездках"),
    ("a memorandum on energy cooperation", "меморандум о сотрудничестве в энергетике"),
    ("a plan of consultations for 2026-2027", "план консультаций на 2026-2027 годы"),
    ("an intergovernmental agreement on education", "межправсоглашение в области образования"),
]
GOODS = [
    ("flour", "муки"),
    ("medicines", "медикаментов"),
    ("tents", "палаток"),
    ("wheat", "пшеницы"),
]
ELECTIONS = [
    ("presidential", "президентских"),
    ("parliamentary", "парламентских"),
    ("municipal", "муниципальных"),
]

SRC = {
    "en": SourceRef("telegram", "2000000001", title="MID EN", username="mfa_en"),
    "ru": SourceRef("telegram", "2000000002", title="МИД", username="mfa_ru"),
    "embassy": SourceRef("telegram", "2000000003", title="Embassy", username="rusemb"),
    "r1": SourceRef("telegram", "2000000010", title="Geopolitics Now", username="geonow"),
    "r2": SourceRef("telegram", "2000000011", title="Международка", username="mezhdunarodka"),
    "r3": SourceRef("telegram", "2000000012", title="Global South Monitor", username="gsmon"),
    "r4": SourceRef("feed", "https://news.example.net/rss", title="Diplomatic Digest"),
}
SIG_EN = [
    "\n\n@mfa_en | #Diplomacy",
    "\n\n🇷🇺 Russian MFA\nFollow: t.me/mfa_en\n#Russia #World",
    "\n\nmid.ru/en • t.me/mfa_en",
]
SIG_RU = [
    "\n\n@mfa_ru | #Дипломатия",
    "\n\n🇷🇺 МИД России\nПодписаться: t.me/mfa_ru\n#Россия #Мир",
    "\n\nmid.ru • t.me/mfa_ru",
]


def date(rng, ru):
    m, d = rng.randrange(12), rng.randint(1, 28)
    return f"{d} {MONTHS_RU[m]}" if ru else f"{MONTHS_EN[m]} {d}"


def condolence(rng, ru):
    c, (den, dru) = rng.choice(C), rng.choice(DISASTERS)
    if ru:
        return f"🕯 Глубокие соболезнования {c[6]} в связи с {dru} в {c[3]}. Разделяем скорбь родных и близких погибших, желаем скорейшего выздоровления пострадавшим."
    return f"🕯 Deepest condolences to the people of {c[0]} over the {den} in {c[2]}. We share the grief of the families of the victims and wish a speedy recovery to the injured."


def agreement(rng, ru):
    c, (aen, aru) = rng.choice(C), rng.choice(AGREEMENTS)
    if ru:
        return f"✍️ {date(rng, True)} в {c[3]} представители России и {c[1]} подписали {aru}. Документ вступит в силу после ратификации."
    return f"✍️ On {date(rng, False)}, in {c[2]}, Russia and {c[0]} signed {aen}. The document will enter into force upon ratification."


def congratulation(rng, ru):
    c, (hen, hru) = rng.choice(C), rng.choice(HOLIDAYS)
    if ru:
        return f"С.В.Лавров направил поздравительное послание Министру иностранных дел {c[1]} {c[5]} в связи с {hru}.\n\nВ послании отмечается высокий уровень двусторонних отношений."
    return f"Sergey Lavrov sent a congratulatory message to Foreign Minister of {c[0]} {c[4]} on the occasion of {hen}.\n\nThe message notes the high level of bilateral relations."


def election(rng, ru):
    c, (een, eru) = rng.choice(C), rng.choice(ELECTIONS)
    if ru:
        return f"💬 Комментарий официального представителя МИД России в связи с итогами {eru} выборов, состоявшихся в {c[3]}.\n\nВыборы прошли спокойно, при высокой явке. Уважаем выбор народа {c[1]}."
    return f"💬 Comment by the Foreign Ministry Spokeswoman on the results of the {een} election in {c[0]}.\n\nThe election was held calmly and with a high turnout. We respect the choice of the people of {c[0]}."


def aid(rng, ru):
    c, (gen, gru), n = (
        rng.choice(C),
        rng.choice(GOODS),
        rng.choice([12, 25, 40, 48, 60, 75, 90, 120, 150, 200]),
    )
    if ru:
        return f"📦 {date(rng, True)} в {c[3]} доставлено {n} тонн {gru} — гуманитарная помощь России народу {c[1]}."
    return f"📦 On {date(rng, False)}, {n} tonnes of {gen} were delivered to {c[2]}, humanitarian aid from Russia to the people of {c[0]}."


def consular(rng, ru):
    c = rng.choice(C)
    if ru:
        return f"ℹ️ Посольство России в {c[3]} информирует: с {date(rng, True)} изменяется порядок въезда в страну. Просим учитывать это при планировании поездок."
    return f"ℹ️ The Russian Embassy in {c[2]} informs that the rules of entry into {c[0]} change from {date(rng, False)}. Please take this into account when planning your trips."


def multilateral(rng, ru):
    c = rng.choice(C)
    org = rng.choice(["SCO", "BRICS", "CIS", "CSTO"])
    if ru:
        orgru = {"SCO": "ШОС", "BRICS": "БРИКС", "CIS": "СНГ", "CSTO": "ОДКБ"}[org]
        return f"#{orgru} 🗓 {date(rng, True)} в {c[3]} С.В.Лавров примет участие во встрече министров иностранных дел {orgru}."
    return f"#{org} 🗓 On {date(rng, False)}, Sergey Lavrov will take part in the {org} foreign ministers' meeting in {c[2]}."


KINDS = [condolence, agreement, congratulation, election, aid, consular, multilateral]


def strip_emoji(t):
    return re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]", "", t).replace("  ", " ").strip()


def copy(rng, text, ru, kind):
    body = text
    for s in SIG_EN + SIG_RU:
        if text.endswith(s):
            body = text[: -len(s)]
    other = SRC[rng.choice(["r1", "r2", "r3", "r4"])]
    if kind == "forward":
        return text, other
    if kind == "quotes":
        return text.replace("«", '"').replace("»", '"').replace("—", "-").replace("ё", "е"), other
    if kind == "noemoji":
        return strip_emoji(text), other
    if kind == "hashtags":
        return body + ("\n\n#МИД #Лавров #новости" if ru else "\n\n#MFA #Lavrov #news"), other
    if kind == "via":
        return ("Via @mfa_ru:\n" if ru else "Via @mfa_en:\n") + body, other
    if kind == "joined":
        return body.replace("\n\n", " "), other
    if kind == "more":
        words = body.split()
        return " ".join(words[: max(10, int(len(words) * 0.7))]) + (
            " … Подробнее: mid.ru" if ru else " … Read more: mid.ru"
        ), other
    if kind == "caps":
        return ("СРОЧНО! " if ru else "BREAKING! ") + body, other
    if kind == "url":
        return body + "\n\nhttps://mid.ru/ru/foreign_policy/news/" + str(
            rng.randint(1900000, 1999999)
        ), other
    if kind == "comment":
        return body + (
            "\n\nКак вам эта новость? Пишите в комментариях 👇"
            if ru
            else "\n\nWhat do you think? Tell us in the comments 👇"
        ), other
    raise ValueError(kind)


COPIES = [
    "forward",
    "quotes",
    "noemoji",
    "hashtags",
    "via",
    "joined",
    "more",
    "caps",
    "url",
    "comment",
]


def build(seed: int = 2026, stories: int = 260) -> list[Labelled]:
    """``stories`` statements (about two in five with copies) and six weeks of one-liners."""
    rng = random.Random(seed)
    start = datetime(2025, 9, 1, 7, 0, tzinfo=UTC)
    out = []
    drawn = set()
    for n in range(stories):
        ru = rng.random() < 0.5
        kind = KINDS[n % len(KINDS)]
        text = kind(rng, ru)
        while text in drawn:
            text = kind(rng, ru)
        drawn.add(text)
        if rng.random() < 0.5:
            text += rng.choice(SIG_RU if ru else SIG_EN)
        src = SRC["ru" if ru else "en"] if kind is not consular else SRC["embassy"]
        at = start + timedelta(hours=n * 3 + rng.randint(0, 2), minutes=rng.randint(0, 59))
        out.append((at, Post(src, f"s{n}-0", at, text), f"s{n}"))
        if rng.random() < 0.45:
            for k, ck in enumerate(rng.sample(COPIES, rng.choice([1, 1, 2]))):
                t, where = copy(rng, text, ru, ck)
                when = at + timedelta(minutes=rng.randint(2, 900))
                out.append((when, Post(where, f"s{n}-{k + 1}", when, t), f"s{n}"))
    # repeated short announcements, days apart: distinct events
    for w in range(6):
        at = start + timedelta(days=7 * w, hours=3)
        out.append(
            (
                at,
                Post(SRC["en"], f"live{w}", at, "📺 Watch live: Sergey Lavrov's press conference"),
                f"live{w}",
            )
        )
        at2 = at + timedelta(hours=1)
        out.append(
            (
                at2,
                Post(
                    SRC["ru"], f"pr{w}", at2, "📺 Прямая трансляция пресс-конференции С.В.Лаврова"
                ),
                f"pr{w}",
            )
        )
        # a true copy of it minutes later
        at3 = at + timedelta(minutes=5)
        out.append(
            (
                at3,
                Post(
                    SRC["r1"], f"live{w}-c", at3, "⚡️ Watch live: Sergey Lavrov's press conference"
                ),
                f"live{w}",
            )
        )
    return [Labelled(p, s) for _, p, s in sorted(out, key=lambda x: (x[0], x[1].external_id))]
