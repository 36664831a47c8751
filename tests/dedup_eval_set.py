# ruff: noqa: E501  (a data module: long template strings read better whole)
"""A labelled evaluation set for near-duplicate detection, shaped like foreign-ministry
channels and the channels that repost them (issue 17).

Every post carries a *story* label: two posts of one story are the same statement (a
forward, a scraped double body, a "⚡️ Breaking:" prefix, another channel's repost with its
own signature...), two posts of different stories are different statements however alike
they read (a templated readout for another country or date, another short announcement
under the same channel signature, the same one-line announcement a week later).

:func:`build` makes the set from a seed: many templates in English and Russian, filled from
long lists of countries, cities, names, topics and dates, so a method tuned to a handful of
strings does not pass it. :data:`HAND_WRITTEN` adds cases written out in full, those of the
issue among them. The posts come in publication order; a copy is published minutes to hours
after its original, distinct posts of one template days apart (and sometimes the same day).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tg_archiver.archive.models import Post, SourceRef


@dataclass(frozen=True, slots=True)
class Labelled:
    post: Post
    story: str


# name EN, genitive RU, capital EN, capital accusative RU, minister EN, minister RU
COUNTRIES = [
    ("Turkey", "Турции", "Ankara", "Анкару", "Hakan Fidan", "Хакан Фидан"),
    ("Egypt", "Египта", "Cairo", "Каир", "Badr Abdelatty", "Бадр Абдельатти"),
    ("China", "Китая", "Beijing", "Пекин", "Wang Yi", "Ван И"),
    (
        "India",
        "Индии",
        "New Delhi",
        "Нью-Дели",
        "Subrahmanyam Jaishankar",
        "Субраманьям Джайшанкар",
    ),
    ("Iran", "Ирана", "Tehran", "Тегеран", "Abbas Araghchi", "Аббас Аракчи"),
    ("Azerbaijan", "Азербайджана", "Baku", "Баку", "Jeyhun Bayramov", "Джейхун Байрамов"),
    ("Armenia", "Армении", "Yerevan", "Ереван", "Ararat Mirzoyan", "Арарат Мирзоян"),
    ("Belarus", "Беларуси", "Minsk", "Минск", "Maxim Ryzhenkov", "Максим Рыженков"),
    ("Uzbekistan", "Узбекистана", "Tashkent", "Ташкент", "Bakhtiyor Saidov", "Бахтиёр Саидов"),
    ("Kazakhstan", "Казахстана", "Astana", "Астану", "Murat Nurtleu", "Мурат Нуртлеу"),
    ("Kyrgyzstan", "Киргизии", "Bishkek", "Бишкек", "Jeenbek Kulubaev", "Жээнбек Кулубаев"),
    (
        "Tajikistan",
        "Таджикистана",
        "Dushanbe",
        "Душанбе",
        "Sirojiddin Muhriddin",
        "Сироджиддин Мухриддин",
    ),
    ("Vietnam", "Вьетнама", "Hanoi", "Ханой", "Bui Thanh Son", "Буй Тхань Шон"),
    ("Indonesia", "Индонезии", "Jakarta", "Джакарту", "Sugiono", "Сугионо"),
    ("South Africa", "ЮАР", "Pretoria", "Преторию", "Ronald Lamola", "Рональд Ламола"),
    ("Brazil", "Бразилии", "Brasilia", "Бразилиа", "Mauro Vieira", "Мауро Виейра"),
    ("the UAE", "ОАЭ", "Abu Dhabi", "Абу-Даби", "Abdullah bin Zayed", "Абдалла бен Заид"),
    (
        "Saudi Arabia",
        "Саудовской Аравии",
        "Riyadh",
        "Эр-Рияд",
        "Faisal bin Farhan",
        "Фейсал бен Фархан",
    ),
    ("Qatar", "Катара", "Doha", "Доху", "Mohammed bin Abdulrahman", "Мухаммед бен Абдель Рахман"),
    ("Algeria", "Алжира", "Algiers", "Алжир", "Ahmed Attaf", "Ахмед Аттаф"),
    ("Morocco", "Марокко", "Rabat", "Рабат", "Nasser Bourita", "Насер Бурита"),
    ("Ethiopia", "Эфиопии", "Addis Ababa", "Аддис-Абебу", "Gedion Timothewos", "Гедион Тимотеос"),
    ("Kenya", "Кении", "Nairobi", "Найроби", "Musalia Mudavadi", "Мусалия Мудавади"),
    ("Angola", "Анголы", "Luanda", "Луанду", "Tete Antonio", "Тете Антониу"),
    ("Nicaragua", "Никарагуа", "Managua", "Манагуа", "Valdrack Jaentschke", "Валдрак Йентшке"),
    ("Venezuela", "Венесуэлы", "Caracas", "Каракас", "Yvan Gil", "Иван Хиль"),
    ("Cuba", "Кубы", "Havana", "Гавану", "Bruno Rodriguez", "Бруно Родригес"),
    ("Serbia", "Сербии", "Belgrade", "Белград", "Marko Djuric", "Марко Джурич"),
    ("Hungary", "Венгрии", "Budapest", "Будапешт", "Peter Szijjarto", "Петер Сийярто"),
    ("Austria", "Австрии", "Vienna", "Вену", "Beate Meinl-Reisinger", "Беате Майнль-Райзингер"),
    (
        "Mongolia",
        "Монголии",
        "Ulaanbaatar",
        "Улан-Батор",
        "Battsetseg Batmunkh",
        "Батцэцэг Батмунх",
    ),
    ("Laos", "Лаоса", "Vientiane", "Вьентьян", "Thongsavanh Phomvihane", "Тхонгсаван Пхомвихан"),
    ("Syria", "Сирии", "Damascus", "Дамаск", "Asaad al-Shaibani", "Асаад аш-Шейбани"),
    ("Iraq", "Ирака", "Baghdad", "Багдад", "Fuad Hussein", "Фуад Хусейн"),
    ("Jordan", "Иордании", "Amman", "Амман", "Ayman Safadi", "Айман Сафади"),
    ("Oman", "Омана", "Muscat", "Маскат", "Badr Albusaidi", "Бадр аль-Бусаиди"),
    ("Pakistan", "Пакистана", "Islamabad", "Исламабад", "Ishaq Dar", "Исхак Дар"),
    ("Sri Lanka", "Шри-Ланки", "Colombo", "Коломбо", "Vijitha Herath", "Виджита Херат"),
    ("Malaysia", "Малайзии", "Kuala Lumpur", "Куала-Лумпур", "Mohamad Hasan", "Мохамад Хасан"),
    (
        "Mexico",
        "Мексики",
        "Mexico City",
        "Мехико",
        "Juan Ramon de la Fuente",
        "Хуан Рамон де ла Фуэнте",
    ),
]

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
MONTHS_RU = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
    "сентября", "октября", "ноября", "декабря",
]  # fmt: skip

TOPICS_EN = [
    "the situation in the Middle East",
    "preparations for the upcoming BRICS summit",
    "cooperation within the SCO",
    "the Ukrainian crisis",
    "trade and economic ties",
    "energy cooperation",
    "the settlement in Syria",
    "the situation on the Korean Peninsula",
    "the Iranian nuclear programme",
    "transport and logistics corridors",
    "cooperation at the UN",
    "security in the South Caucasus",
    "the situation in Afghanistan",
    "humanitarian cooperation",
    "the schedule of upcoming contacts",
    "food security",
]
TOPICS_RU = [
    "ситуацию на Ближнем Востоке",
    "подготовку к предстоящему саммиту БРИКС",
    "взаимодействие в рамках ШОС",
    "украинский кризис",
    "торгово-экономические связи",
    "энергетическое сотрудничество",
    "сирийское урегулирование",
    "ситуацию на Корейском полуострове",
    "иранскую ядерную программу",
    "транспортно-логистические коридоры",
    "взаимодействие в ООН",
    "безопасность в Закавказье",
    "положение дел в Афганистане",
    "гуманитарное сотрудничество",
    "график предстоящих контактов",
    "продовольственную безопасность",
]

DEPUTIES_EN = ["Mikhail Galuzin", "Andrey Rudenko", "Sergey Ryabkov", "Alexander Grushko",
               "Mikhail Bogdanov", "Sergey Vershinin", "Alexander Pankin", "Evgeny Ivanov"]  # fmt: skip
DEPUTIES_RU = ["М.Ю.Галузин", "А.Ю.Руденко", "С.А.Рябков", "А.В.Грушко",
               "М.Л.Богданов", "С.В.Вершинин", "А.Ю.Панкин", "Е.П.Иванов"]  # fmt: skip
AMBASSADORS = ["Ahmed Karimov", "Li Wei", "Carlos Mendes", "Omar Haddad", "Jan Novak",
               "Tran Van Minh", "Samuel Otieno", "Reza Tehrani", "Aliya Seitova", "Marco Rossi",
               "Kofi Mensah", "Hamid Nasser", "Luis Herrera", "Daniel Kovacs", "Farid Aliyev"]  # fmt: skip

STATEMENT_EVENTS_EN = [
    ("the terrorist attack in {city}", "We express our deep condolences to the families of the victims."),
    ("the earthquake in {country}", "Russia is ready to provide humanitarian assistance."),
    ("the elections in {country}", "We note the high turnout and the calm course of the vote."),
    ("the floods in {country}", "Russian rescuers stand ready to help if asked."),
    ("the anniversary of diplomatic relations with {country}", "Our relations rest on mutual respect."),
]  # fmt: skip
STATEMENT_EVENTS_RU = [
    ("в связи с терактом в городе {city}", "Выражаем глубокие соболезнования семьям погибших."),
    ("в связи с землетрясением в {country}", "Россия готова оказать гуманитарную помощь."),
    ("в связи с выборами в {country}", "Отмечаем высокую явку и спокойный ход голосования."),
    ("в связи с наводнением в {country}", "Российские спасатели готовы помочь по первой просьбе."),
    ("к годовщине установления дипотношений с {country}", "Наши отношения основаны на взаимном уважении."),
]  # fmt: skip

EXTRA_EN = [
    "The conversation took place in a constructive and friendly atmosphere.",
    "The sides agreed to continue regular contacts at various levels.",
    "The talks were held at the initiative of the foreign side.",
    "A number of bilateral documents are being prepared for signing.",
    "The ministers also exchanged views on regional issues.",
]
EXTRA_RU = [
    "Беседа прошла в конструктивной и дружественной атмосфере.",
    "Стороны условились продолжить регулярные контакты на различных уровнях.",
    "Разговор состоялся по инициативе зарубежной стороны.",
    "К подписанию готовится ряд двусторонних документов.",
    "Министры также обменялись мнениями по региональной проблематике.",
]

MFA_EN = SourceRef(kind="telegram", key="1000000001", title="MFA Russia 🇷🇺", username="MFARussia")
MFA_RU = SourceRef(kind="telegram", key="1000000002", title="МИД России", username="MID_Russia")
REPOSTERS = [
    SourceRef(kind="telegram", key="1000000010", title="Diplomatic Wire", username="dipwire"),
    SourceRef(
        kind="telegram", key="1000000011", title="Дипломатия сегодня", username="dipsegodnya"
    ),
    SourceRef(kind="telegram", key="1000000012", title="World Affairs Daily", username="wadaily"),
    SourceRef(kind="telegram", key="1000000013", title="Новости МИД", username="novosti_mid"),
    SourceRef(kind="feed", key="https://example.org/feed.xml", title="Diplomacy Feed"),
]

SIGNATURES_EN = [
    "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia",
    "\n\n#Russia #ForeignPolicy #Diplomacy\nSubscribe: t.me/MFARussia",
    "\n\n🌐 mid.ru/en | 📱 t.me/MFARussia\n#MFA #Russia",
]
SIGNATURES_RU = [
    "\n\n🇷🇺 МИД России\n#Лавров #ВнешняяПолитика\n🔗 t.me/MID_Russia",
    "\n\n#МИД #Россия #Дипломатия\nПодписывайтесь: t.me/MID_Russia",
    "\n\n🌐 mid.ru | 📱 t.me/MID_Russia\n#МИДРоссии",
]
REPOST_SIGNATURES = [
    "\n\n📡 Diplomatic Wire — news as it breaks\nSubscribe: t.me/dipwire",
    "\n\n👉 Подписаться на «Дипломатия сегодня»: t.me/dipsegodnya\n#новости",
    "\n\nWorld Affairs Daily | @wadaily\n#WorldNews #Politics",
    "\n\n❗️Новости МИД — подписывайтесь: @novosti_mid",
    "\n\nSource: MFA channel. Follow us: t.me/dipwire",
]
PREFIXES = ["⚡️ Breaking: ", "⚡️ BREAKING: ", "🔴 Urgent: ", "⚡️ Срочно: ", "❗️Молния: ", "🔥 "]


def _date_en(rng: random.Random) -> tuple[str, int, int]:
    month, day = rng.randrange(12), rng.randint(1, 28)
    return f"{MONTHS_EN[month]} {day}", month, day


def _date_ru(rng: random.Random) -> tuple[str, int, int]:
    month, day = rng.randrange(12), rng.randint(1, 28)
    return f"{day} {MONTHS_RU[month]}", month, day


def _readout(rng: random.Random, ru: bool) -> str:
    c = rng.choice(COUNTRIES)
    if ru:
        date, _, _ = _date_ru(rng)
        t1, t2 = rng.sample(TOPICS_RU, 2)
        return rng.choice(
            [
                f"📞 {date} Министр иностранных дел России С.В.Лавров провёл телефонный разговор"
                f" с Министром иностранных дел {c[1]} {c[5]}.\n\nОбсуждены {t1} и {t2}."
                f" Подтверждена обоюдная заинтересованность в дальнейшем наращивании"
                f" двустороннего сотрудничества.",
                f"☎️ {date} состоялся телефонный разговор Министра иностранных дел Российской"
                f" Федерации С.В.Лаврова и главы МИД {c[1]} {c[5]}.\n\nВ ходе беседы министры"
                f" рассмотрели {t1}, а также {t2}.",
            ]
        )
    date, _, _ = _date_en(rng)
    t1, t2 = rng.sample(TOPICS_EN, 2)
    return rng.choice(
        [
            f"📞 On {date}, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign"
            f" Minister of {c[0]} {c[4]}.\n\nThe ministers discussed {t1} and {t2}. They"
            f" reaffirmed their mutual interest in further expanding bilateral cooperation.",
            f"☎️ Sergey Lavrov and {c[0]}'s Foreign Minister {c[4]} held a telephone"
            f" conversation on {date}.\n\nThe sides exchanged views on {t1}, with a focus on"
            f" {t2}.",
        ]
    )


def _meeting(rng: random.Random, ru: bool) -> str:
    c = rng.choice(COUNTRIES)
    i = rng.randrange(len(DEPUTIES_EN))
    amb = rng.choice(AMBASSADORS)
    if ru:
        date, _, _ = _date_ru(rng)
        topic = rng.choice(TOPICS_RU)
        return (
            f"🤝 {date} заместитель Министра иностранных дел России {DEPUTIES_RU[i]} принял"
            f" Посла {c[1]} в Москве {amb}.\n\nСостоялся обмен мнениями по ряду актуальных"
            f" вопросов двусторонней повестки, включая {topic}."
        )
    date, _, _ = _date_en(rng)
    topic = rng.choice(TOPICS_EN)
    return (
        f"🤝 On {date}, Deputy Foreign Minister {DEPUTIES_EN[i]} met with Ambassador of"
        f" {c[0]} to Russia {amb}.\n\nThey exchanged views on current issues of the bilateral"
        f" agenda, including {topic}."
    )


def _visit(rng: random.Random, ru: bool) -> str:
    c = rng.choice(COUNTRIES)
    if ru:
        date, _, _ = _date_ru(rng)
        return rng.choice(
            [
                f"✈️ С.В.Лавров посетит {c[3]} {date}.",
                f"🗓 {date} С.В.Лавров проведёт переговоры с главой МИД {c[1]} {c[5]}.",
                f"Министр иностранных дел России прибудет в {c[3]} {date} с рабочим визитом.",
            ]
        )
    date, _, _ = _date_en(rng)
    return rng.choice(
        [
            f"✈️ Sergey Lavrov will visit {c[2]} on {date}.",
            f"🗓 On {date}, Sergey Lavrov will hold talks with {c[4]}, Foreign Minister of {c[0]}.",
            f"Russia's Foreign Minister will pay a working visit to {c[2]} on {date}.",
        ]
    )


def _briefing(rng: random.Random, ru: bool) -> str:
    topics = rng.sample(TOPICS_RU if ru else TOPICS_EN, 4)
    bullet = rng.choice(["🔹", "▪️", "•"])
    lines = "\n".join(f"{bullet} {t[0].upper()}{t[1:]}" for t in topics)
    if ru:
        date, _, _ = _date_ru(rng)
        return f"🎙 Брифинг официального представителя МИД России М.В.Захаровой, {date}\n\nОсновные темы:\n{lines}"
    date, _, _ = _date_en(rng)
    return f"🎙 Briefing by Foreign Ministry Spokeswoman Maria Zakharova, {date}\n\nKey topics:\n{lines}"


def _statement(rng: random.Random, ru: bool) -> str:
    c = rng.choice(COUNTRIES)
    if ru:
        event, closing = rng.choice(STATEMENT_EVENTS_RU)
        head = event.format(city=c[3], country=c[1])
        return (
            f"💬 Заявление официального представителя МИД России {head}\n\n"
            f"Москва внимательно следит за развитием событий. {closing} Рассчитываем, что"
            f" власти {c[1]} примут все необходимые меры."
        )
    event, closing = rng.choice(STATEMENT_EVENTS_EN)
    head = event.format(city=c[2], country=c[0])
    return (
        f"💬 Foreign Ministry Spokeswoman's statement on {head}\n\n"
        f"Moscow is closely following the developments. {closing} We expect the authorities of"
        f" {c[0]} to take all necessary measures."
    )


KINDS = [_readout, _meeting, _visit, _briefing, _statement]


# -- copies -----------------------------------------------------------------------------------


def _split_signature(text: str) -> tuple[str, str]:
    for sig in (*SIGNATURES_EN, *SIGNATURES_RU):
        if text.endswith(sig):
            return text[: -len(sig)], sig
    return text, ""


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha() and w.islower()]
    if not spots:
        return text + " "
    i = rng.choice(spots)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return " ".join(words)


def _emoji(rng: random.Random, text: str) -> str:
    for a, b in (("🔹", "🔸"), ("📞", "☎️"), ("🤝", "🇷🇺🤝"), ("✈️", "🛬"), ("💬", "")):
        if a in text:
            return text.replace(a, b)
    return "❗️" + text


def copy_of(rng: random.Random, text: str, ru: bool, kind: str) -> tuple[str, SourceRef]:
    """A true copy of ``text`` made the way ``kind`` says, and the channel that posts it."""
    body, sig = _split_signature(text)
    same = MFA_RU if ru else MFA_EN
    other = rng.choice(REPOSTERS)
    if kind == "forward":
        return text, other
    if kind == "double":
        more = "Читать полностью" if ru else "Read in full"
        return f"{text}\n\n{more}\n\n{body}", other
    if kind == "prefix":
        return rng.choice(PREFIXES) + text, other
    if kind == "suffix":
        return f"{text}\n\nSubscribe: t.me/{other.username or 'newsfeed'}", other
    if kind == "emoji":
        return _emoji(rng, text), other
    if kind == "typo":
        return _typo(rng, body) + sig, same
    if kind == "added":
        return f"{body} {rng.choice(EXTRA_RU if ru else EXTRA_EN)}{sig}", other
    if kind == "truncated":
        words = body.split(" ")
        keep = max(8, int(len(words) * rng.uniform(0.75, 0.9)))
        return " ".join(words[:keep]) + "…", other
    if kind == "repost":
        return body + rng.choice(REPOST_SIGNATURES), other
    raise ValueError(kind)


COPY_KINDS = ["forward", "double", "prefix", "suffix", "emoji", "typo", "added", "truncated", "repost"]  # fmt: skip


def build(seed: int = 17, stories: int = 240) -> list[Labelled]:
    """The generated part of the set: ``stories`` statements, about two in five with copies."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
    out: list[tuple[datetime, Post, str]] = []
    drawn: set[str] = set()
    for n in range(stories):
        ru = rng.random() < 0.45
        kind = KINDS[n % len(KINDS)]
        text = kind(rng, ru)
        while text in drawn:  # a template drawn twice alike would be one statement
            text = kind(rng, ru)
        drawn.add(text)
        if rng.random() < 0.6:
            text += rng.choice(SIGNATURES_RU if ru else SIGNATURES_EN)
        published = start + timedelta(hours=n * 5 + rng.randint(0, 4), minutes=rng.randint(0, 59))
        story = f"g{n}"
        source = MFA_RU if ru else MFA_EN
        out.append((published, _post(source, f"{story}-0", published, text), story))
        if rng.random() < 0.45:
            for c, copy_kind in enumerate(rng.sample(COPY_KINDS, rng.choice([1, 1, 2]))):
                copy, where = copy_of(rng, text, ru, copy_kind)
                at = published + timedelta(minutes=rng.randint(3, 600))
                out.append((at, _post(where, f"{story}-{c + 1}", at, copy), story))
    labelled = [Labelled(p, s) for _, p, s in sorted(out, key=lambda x: (x[0], x[1].external_id))]
    return labelled + hand_written(start + timedelta(days=90))


def _post(source: SourceRef, ext: str, at: datetime, text: str) -> Post:
    return Post(source=source, external_id=ext, published_at=at, text=text)


# -- written out in full ----------------------------------------------------------------------

_SIG_EN = "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia"
_SIG_RU = "\n\n🇷🇺 МИД России\n#Лавров #ВнешняяПолитика\n🔗 t.me/MID_Russia"

# (story, hours after the start, source index: 0 MFA EN, 1 MFA RU, 2+ reposters, text)
HAND_WRITTEN: list[tuple[str, float, int, str]] = [
    ("h1", 0, 0, "Lavrov will visit Ankara on March 18." + _SIG_EN),
    ("h2", 2, 0, "Lavrov will visit Cairo on March 20." + _SIG_EN),
    ("h3", 3, 1, "С.В.Лавров посетит Анкару 18 марта." + _SIG_RU),
    ("h4", 5, 1, "С.В.Лавров посетит Каир 20 марта." + _SIG_RU),
    ("h1", 5.5, 2, "⚡️ Breaking: Lavrov will visit Ankara on March 18."),
    ("h5", 6, 0, "🔴 LIVE: weekly briefing by Maria Zakharova"),
    ("h6", 6 + 168, 0, "🔴 LIVE: weekly briefing by Maria Zakharova"),
    ("h7", 6 + 336, 0, "🔴 LIVE: weekly briefing by Maria Zakharova"),
    ("h8", 7, 1, "🔴 Смотрите в прямом эфире брифинг М.В.Захаровой"),
    ("h9", 7 + 168, 1, "🔴 Смотрите в прямом эфире брифинг М.В.Захаровой"),
    ("h10", 8, 0, "Lavrov arrives in Ankara"),
    ("h10", 9, 2, "⚡️ Breaking: Lavrov arrives in Ankara"),
    ("h11", 10, 1, "Лавров прибыл в Анкару"),
    ("h11", 10.5, 3, "⚡️ Срочно: Лавров прибыл в Анкару"),
    ("h12", 11, 1, "Лавров прибыл в Каир"),
    (
        "h13",
        12,
        0,
        "On March 3, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign"
        " Minister of Turkey Hakan Fidan. The ministers discussed the situation in the Middle"
        " East and the settlement in Syria.",
    ),
    (
        "h14",
        13,
        0,
        "On March 4, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign"
        " Minister of Egypt Badr Abdelatty. The ministers discussed the situation in the Middle"
        " East and the settlement in Syria.",
    ),
    (
        "h13",
        14,
        2,
        "On March 3, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign"
        " Minister of Turkey Hakan Fidan. The ministers discussed the situation in the Middle"
        " East and the settlement in Syria. The conversation was held at the Turkish side's"
        " request.\n\nSubscribe: t.me/dipwire",
    ),
    (
        "h15",
        15,
        1,
        "Заместитель Министра иностранных дел России А.Ю.Руденко принял Посла Вьетнама Данг"
        " Минь Кхоя. Обсуждены вопросы двустороннего сотрудничества." + _SIG_RU,
    ),
    (
        "h16",
        16,
        1,
        "Заместитель Министра иностранных дел России А.Ю.Руденко принял Посла Лаоса Кхампао"
        " Эрнтхавана. Обсуждены вопросы двустороннего сотрудничества." + _SIG_RU,
    ),
    (
        "h15",
        17,
        3,
        "Заместитель Министра иностранных дел России А.Ю.Руденко принял Посла Вьетнама Данг"
        " Минь Кхоя. Обсуждены вопросы двустороннего сотрудничества.\n\n❗️Новости МИД —"
        " подписывайтесь: @novosti_mid",
    ),
]


def hand_written(start: datetime) -> list[Labelled]:
    sources = [MFA_EN, MFA_RU, *REPOSTERS]
    out = [
        Labelled(
            _post(sources[src], f"{story}-{i}", start + timedelta(hours=hours), text),
            story,
        )
        for i, (story, hours, src, text) in enumerate(HAND_WRITTEN)
    ]
    return sorted(out, key=lambda x: x.post.published_at)
