"""The synthetic corpus's vocabulary: countries, cities, officials, sentence templates (EN and
RU), plain words for clauses, and the hashtag and pseudo-word long tails.

Fixed lists and fixed seeds: the vocabulary never depends on the corpus seed, so two corpora
of different sizes draw from the same words and tags.
"""

from __future__ import annotations

import itertools
import random


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


COUNTRIES = tuple(
    [
        "China",
        "India",
        "Brazil",
        "South Africa",
        "Iran",
        "Egypt",
        "Ethiopia",
        "Indonesia",
        "Kazakhstan",
        "Uzbekistan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Belarus",
        "Armenia",
        "Azerbaijan",
        "Mongolia",
        "Pakistan",
        "Vietnam",
        "Laos",
        "Cambodia",
        "Myanmar",
        "Thailand",
        "Malaysia",
        "Singapore",
        "Turkey",
        "Algeria",
        "Nigeria",
        "Kenya",
        "Angola",
        "Mozambique",
        "Venezuela",
        "Cuba",
        "Nicaragua",
        "Bolivia",
        "Argentina",
        "Mexico",
        "Serbia",
        "Hungary",
        "Syria",
        "Iraq",
        "Qatar",
        "Oman",
        "Bahrain",
        "Jordan",
        "Lebanon",
        "Libya",
        "Tunisia",
        "Morocco",
        "Sudan",
    ]
)
CITIES = tuple(
    [
        "Moscow",
        "Beijing",
        "New Delhi",
        "Astana",
        "Tashkent",
        "Bishkek",
        "Dushanbe",
        "Minsk",
        "Yerevan",
        "Baku",
        "Kazan",
        "Sochi",
        "Vladivostok",
        "Geneva",
        "Vienna",
        "Brasilia",
        "Pretoria",
        "Tehran",
        "Cairo",
        "Jakarta",
        "Hanoi",
        "Ankara",
    ]
)
ORGS = ("SCO", "BRICS", "CIS", "UN", "EAEU", "CSTO", "ASEAN", "G20", "OSCE", "UN Security Council")
TOPICS = (
    "trade and economic cooperation",
    "regional security",
    "energy cooperation",
    "counter-terrorism",
    "the humanitarian situation",
    "information security",
    "transport corridors",
    "settlements in national currencies",
    "cultural and humanitarian ties",
    "the situation in the Middle East",
    "food security",
    "climate change",
    "nuclear non-proliferation",
    "the reform of the United Nations",
    "visa facilitation",
    "educational exchanges",
)
OFFICIALS = (
    "Foreign Minister Sergey Lavrov",
    "Deputy Foreign Minister",
    "Spokeswoman Maria Zakharova",
    "the Ambassador",
    "the Permanent Representative",
    "the Secretary General",
    "the Special Envoy",
    "the Consul General",
)
EVENTS = ("summit", "ministerial meeting", "forum", "round of consultations", "conference")
BULLETS = ("🔹", "🔸", "▪️", "✅", "📌", "👉", "🔻", "•")
HEADS = ("🇷🇺", "🇨🇳", "🇮🇳", "🇧🇷", "🇿🇦", "🇰🇿", "🇺🇿", "🌐", "⚡️", "📰", "🗓", "🎙")

SENTENCES = (
    "{official} held talks with the Foreign Minister of {country} on {topic}.",
    "The sides reaffirmed their commitment to strengthening the strategic partnership"
    " between Russia and {country}.",
    "Particular attention was paid to {topic} within the {org} framework.",
    "The parties exchanged views on {topic} and on the preparations for the upcoming"
    " {org} {event} in {city}.",
    "{official} noted that cooperation with {country} continues to develop dynamically"
    " despite external pressure.",
    "Trade turnover between the two countries grew by {pct} per cent in {year}.",
    "An agreement on {topic} was signed following the {event} in {city}.",
    "The ministers discussed the security situation in the region and prospects for"
    " cooperation on {topic}.",
    "The delegation of {country} will take part in the {org} {event} scheduled for {month}.",
    "{official} stressed the importance of the central coordinating role of the United"
    " Nations in international affairs.",
    "The {event} adopted a joint statement on {topic} and on the {rare} initiative.",
    "Experts from {country} and {country2} presented a report on {topic}.",
    "{official} answered questions from the media after the {event} in {city}.",
    "A memorandum of understanding between the foreign ministries of Russia and {country}"
    " was signed in {city}.",
    "The next round of consultations on {topic} will be held in {city} in {month}.",
    "The participants welcomed the accession of {country} to the {org} as a partner.",
    "Cooperation on {topic} remains a priority of the {org} chairmanship this year.",
    "Security cooperation with {country} was discussed, including the {rare} project.",
    "The sides agreed to step up contacts between the parliaments of Russia and {country}.",
    "{official} congratulated the people of {country} on their national day.",
    "The talks took place in a constructive and friendly atmosphere in {city}.",
    "The {org} member states support the secure and uninterrupted operation of {rare}.",
)
SENTENCES_RU = (
    "{official_ru} провёл переговоры с министром иностранных дел {country_ru} по вопросам"
    " {topic_ru}.",
    "Стороны подтвердили приверженность укреплению стратегического партнёрства.",
    "Особое внимание было уделено вопросам {topic_ru} в рамках {org_ru}.",
    "Состоялся обмен мнениями по актуальным вопросам международной повестки дня.",
    "Товарооборот между нашими странами вырос на {pct} процентов в {year} году.",
    "По итогам встречи подписан меморандум о сотрудничестве в области {topic_ru}.",
    "Делегация примет участие в заседании {org_ru}, которое пройдёт в {month_ru}.",
    "{official_ru} ответил на вопросы журналистов по итогам переговоров.",
    "Подчёркнута центральная координирующая роль ООН в международных делах.",
    "Стороны договорились активизировать контакты по линии {org_ru} и проекта {rare}.",
)
COUNTRIES_RU = ("Китая", "Индии", "Бразилии", "Казахстана", "Ирана", "Египта", "Вьетнама")
OFFICIALS_RU = ("Министр иностранных дел С.В.Лавров", "Заместитель Министра", "Посол России")
TOPICS_RU = ("безопасности", "торгово-экономического сотрудничества", "энергетики", "культуры")
ORGS_RU = ("ШОС", "БРИКС", "СНГ", "ОДКБ", "ЕАЭС", "ООН")
MONTHS = [
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
MONTHS_RU = ("январе", "марте", "мае", "июле", "сентябре", "ноябре")
# Plain words for the clauses that make each sentence its own (without them, template text
# makes any two posts look alike to near-duplicate detection, which real news does not).
WORDS = _split(
    """
    agenda agreement aid airport alliance analysis annual approach assembly assistance
    authorities balance bank bilateral border budget cabinet campaign capital cargo ceasefire
    centre charter citizens civil coal coastal committee communications community companies
    compliance conflict consensus construction consular contacts contracts corridor council
    court crisis crops currency customs dairy data defence delegation democracy deposits
    development dialogue digital disarmament drought economy education elections electricity
    embassy emergency employment energy engineering enterprises environment equipment
    exchange exports facilities farmers fertiliser finance fisheries fleet flights forces
    forests freight fuel funding gas governance grain grid harbour health highway housing
    hydropower implementation imports industry infrastructure initiative innovation
    institutions insurance investment islands journalists judiciary labour law leaders
    legislation licences livestock loans logistics maritime markets media medicine metals
    migration military minerals mining ministry missions monitoring municipal navigation
    negotiations network observers oil operators parliament partners payments peacekeeping
    pensions pharmaceuticals pipeline planning police policy ports poverty power prices
    procurement production programme projects protocol province railway reconstruction
    refugees regulations renewables research reserves resolution rice roads satellites
    schools science scholarships sea seeds services shipping society software space sport
    standards statistics steel students subsidies supply surveillance tariffs taxes teachers
    technology telecommunications terminal textiles tourism trade training transit treaty
    tribunal tunnels universities uranium vaccines villages volunteers wages water weapons
    wheat wind workers youth
    """
)
WORDS_RU = _split(
    """
    безопасность энергетика транспорт логистика образование наука культура туризм здравоохранение
    инвестиции торговля промышленность сельское хозяйство связь финансы таможня миграция спорт
    экология молодёжь парламент регионы инфраструктура железная дорога порты зерно удобрения нефть
    газ уран космос цифровизация медицина вакцины платежи валюта банки кредиты проекты программы
    соглашения консультации делегации посольства консульства визы студенты стипендии университеты
    """
)
CLAUSES_RU = ("включая {w}", "в том числе {w}", "а также {w}", "в сферах {w}")
CLAUSES = (
    "including {w}",
    "with a focus on {w}",
    "covering {w}",
    "as well as {w}",
    "in the areas of {w}",
    "according to {w}",
)
READ_MORE = ("Read in full:", "Подробнее:", "Full text:", "<...>")

HEAD_TAGS = (
    "SCO", "BRICS", "CIS", "Russia", "MFA", "Lavrov", "UN", "China", "India", "Diplomacy",
    "EAEU", "CSTO", "UNSC", "G20", "ASEAN", "Zakharova", "Eurasia", "Africa", "MiddleEast",
    "ШОС", "БРИКС", "СНГ", "МИД", "Лавров", "Россия",
)  # fmt: skip
TAIL_TAGS = 3000


def tag_vocabulary() -> list[str]:
    """The head tags, then a long tail: country tags, pairs, events by year, rare coinages."""
    tags = list(HEAD_TAGS)
    tags += [c.replace(" ", "") for c in COUNTRIES]
    tags += [f"Russia{c.replace(' ', '')}" for c in COUNTRIES]
    tags += [f"{e.title().replace(' ', '')}{y}" for e in EVENTS for y in (2023, 2024)]
    coin = random.Random(7)  # the vocabulary does not depend on the corpus seed
    while len(tags) < len(HEAD_TAGS) + TAIL_TAGS:
        tags.append(_word(coin).capitalize() + coin.choice(("", "Forum", "Talks", "2024")))
    return tags


_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ze",
    "tu",
    "vo",
    "ni",
    "sha",
    "pe",
    "ro",
    "da",
    "ki",
    "mu",
    "bel",
    "gor",
    "sta",
    "vin",
    "dor",
    "tal",
    "rek",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4)))


def rare_vocabulary(n: int = 20000) -> list[str]:
    """Pseudo-words for project names: a long tail that makes 'rare terms' rare."""
    coin = random.Random(11)
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen.setdefault(_word(coin).capitalize())
    return list(seen)


def zipf_cum(n: int, s: float = 1.1) -> list[float]:
    return list(itertools.accumulate(1.0 / (k**s) for k in range(1, n + 1)))
