# ruff: noqa: E501  (a data module: long template strings read better whole)
"""A fourth labelled near-duplicate set, written blind to the method (session 30).

Ministries, embassies, agencies, aggregators, feeds and a text-dump import, Russian and
English, January 2024 to June 2025. Every post carries a story label: one story is one
statement (its copies must be linked to it), two stories are two statements however alike
they read (they must stay apart).

Distinct statements come from templates filled from long lists (another country, city,
date, person, flight, tonnage, death toll, prisoner count...), from multi-paragraph
statements sharing boilerplate, from negation and stance flips, lists differing in one
item, annual greetings of another year, agency paraphrases, series parts, quotes of one
speech, short media captions and weekly agendas, plus hand-written cases. About two in five
stories then get one or two copies made by the transforms of :data:`COPY_KINDS`.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Media, Post, SourceRef

SEED = 4404
START = datetime(2024, 1, 20, tzinfo=UTC)
END = datetime(2025, 6, 30, 20, tzinfo=UTC)


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class Channel:
    name: str
    kind: str  # telegram, feed, import
    key: str
    title: str
    username: str | None
    lang: str
    role: str  # ministry, embassy, agency, aggregator, feed, import


_CHANNELS = [
    Channel("mid", "telegram", "-1001137201001", "МИД России 🇷🇺", "MID_Russia", "ru", "ministry"),
    Channel("mfa", "telegram", "-1001137201002", "MFA Russia 🇷🇺", "MFARussia", "en", "ministry"),
    Channel("mchs", "telegram", "-1001137201003", "МЧС России", "mchs_official", "ru", "ministry"),
    Channel(
        "mod", "telegram", "-1001137201004", "Минобороны России", "mod_russia", "ru", "ministry"
    ),
    Channel(
        "emb_tr",
        "telegram",
        "-1001137201005",
        "Посольство России в Турции",
        "rusembturkey",
        "ru",
        "embassy",
    ),
    Channel(
        "emb_in",
        "telegram",
        "-1001137201006",
        "Посольство России в Индии",
        "rusembindia",
        "ru",
        "embassy",
    ),
    Channel(
        "cg_dubai",
        "telegram",
        "-1001137201007",
        "Генконсульство России в Дубае",
        "rusconsdubai",
        "ru",
        "embassy",
    ),
    Channel(
        "emb_uk",
        "telegram",
        "-1001137201008",
        "Russian Embassy in the UK",
        "RussianEmbassyUK",
        "en",
        "embassy",
    ),
    Channel(
        "emb_za",
        "telegram",
        "-1001137201009",
        "Russian Embassy in South Africa",
        "RusEmbSA",
        "en",
        "embassy",
    ),
    Channel("tass", "telegram", "-1001137201010", "ТАСС", "tass_agency", "ru", "agency"),
    Channel("ria", "telegram", "-1001137201011", "РИА Новости", "rian_ru", "ru", "agency"),
    Channel("wire", "telegram", "-1001137201012", "Global Wire", "globalwire", "en", "agency"),
    Channel(
        "agg_ru",
        "telegram",
        "-1001137201013",
        "Дипломатия | Главное",
        "dipglavnoe",
        "ru",
        "aggregator",
    ),
    Channel(
        "agg_ru2",
        "telegram",
        "-1001137201014",
        "Внешняя политика 24",
        "vneshpol24",
        "ru",
        "aggregator",
    ),
    Channel(
        "agg_en",
        "telegram",
        "-1001137201015",
        "Diplomacy Digest",
        "diplodigest",
        "en",
        "aggregator",
    ),
    Channel(
        "feed_mid", "feed", "https://mid.ru/ru/rss.php", "МИД России — Новости", None, "ru", "feed"
    ),
    Channel(
        "feed_mfa", "feed", "https://mid.ru/en/rss.php", "MFA Russia — News", None, "en", "feed"
    ),
    Channel(
        "feed_ru",
        "feed",
        "https://vestnik-diplomata.example.ru/feed/",
        "Вестник дипломата",
        None,
        "ru",
        "feed",
    ),
    Channel(
        "feed_wire",
        "feed",
        "https://globalwire.example.com/world/rss.xml",
        "Global Wire — World",
        None,
        "en",
        "feed",
    ),
    Channel(
        "dump",
        "import",
        "dump-diplo-2025",
        "Выгрузка: дипломатические каналы",
        None,
        "ru",
        "import",
    ),
]
CHANNELS = {c.name: c for c in _CHANNELS}

SIGNATURES = {
    "agg_ru": ("\n\n🔹 Подписаться на «Дипломатия | Главное» — https://t.me/dipglavnoe", ()),
    "agg_ru2": ("\n\n#МИД #дипломатия\n\n👉 Подписаться: @vneshpol24", ("МИД", "дипломатия")),
    "tass": ("\n\n@tass_agency", ()),
    "ria": ("\n\nРИА Новости. Подписаться", ()),
    "agg_en": ("\n\n📬 Diplomacy Digest — subscribe: https://t.me/diplodigest", ()),
    "wire": ("\n\n#world #diplomacy | @globalwire", ("world", "diplomacy")),
    "emb_tr": ("\n\n#РоссияТурция", ("РоссияТурция",)),
    "emb_in": ("\n\n#РоссияИндия #RussiaIndia", ("РоссияИндия", "RussiaIndia")),
    "cg_dubai": ("\n\nГенконсульство России в Дубае | Подписаться", ()),
    "emb_uk": ("\n\n#RussiaUK", ("RussiaUK",)),
    "emb_za": ("\n\n#RussiaSouthAfrica #Ubuntu", ("RussiaSouthAfrica", "Ubuntu")),
}

# ------------------------------------------------------------------------------ lists

# iso, EN, RU nominative, RU genitive, RU "in", RU "to", capital EN, RU "in capital"
COUNTRIES = [
    ("TR", "Turkey", "Турция", "Турции", "в Турции", "в Турцию", "Ankara", "в Анкаре"),
    ("EG", "Egypt", "Египет", "Египта", "в Египте", "в Египет", "Cairo", "в Каире"),
    ("IN", "India", "Индия", "Индии", "в Индии", "в Индию", "New Delhi", "в Нью-Дели"),
    ("CN", "China", "Китай", "Китая", "в Китае", "в Китай", "Beijing", "в Пекине"),
    ("BR", "Brazil", "Бразилия", "Бразилии", "в Бразилии", "в Бразилию", "Brasília", "в Бразилиа"),
    (
        "ID",
        "Indonesia",
        "Индонезия",
        "Индонезии",
        "в Индонезии",
        "в Индонезию",
        "Jakarta",
        "в Джакарте",
    ),
    ("VN", "Vietnam", "Вьетнам", "Вьетнама", "во Вьетнаме", "во Вьетнам", "Hanoi", "в Ханое"),
    (
        "KZ",
        "Kazakhstan",
        "Казахстан",
        "Казахстана",
        "в Казахстане",
        "в Казахстан",
        "Astana",
        "в Астане",
    ),
    (
        "UZ",
        "Uzbekistan",
        "Узбекистан",
        "Узбекистана",
        "в Узбекистане",
        "в Узбекистан",
        "Tashkent",
        "в Ташкенте",
    ),
    ("RS", "Serbia", "Сербия", "Сербии", "в Сербии", "в Сербию", "Belgrade", "в Белграде"),
    ("MX", "Mexico", "Мексика", "Мексики", "в Мексике", "в Мексику", "Mexico City", "в Мехико"),
    (
        "AR",
        "Argentina",
        "Аргентина",
        "Аргентины",
        "в Аргентине",
        "в Аргентину",
        "Buenos Aires",
        "в Буэнос-Айресе",
    ),
    ("ZA", "South Africa", "ЮАР", "ЮАР", "в ЮАР", "в ЮАР", "Pretoria", "в Претории"),
    ("NG", "Nigeria", "Нигерия", "Нигерии", "в Нигерии", "в Нигерию", "Abuja", "в Абудже"),
    (
        "ET",
        "Ethiopia",
        "Эфиопия",
        "Эфиопии",
        "в Эфиопии",
        "в Эфиопию",
        "Addis Ababa",
        "в Аддис-Абебе",
    ),
    ("KE", "Kenya", "Кения", "Кении", "в Кении", "в Кению", "Nairobi", "в Найроби"),
    ("IR", "Iran", "Иран", "Ирана", "в Иране", "в Иран", "Tehran", "в Тегеране"),
    ("IQ", "Iraq", "Ирак", "Ирака", "в Ираке", "в Ирак", "Baghdad", "в Багдаде"),
    ("LB", "Lebanon", "Ливан", "Ливана", "в Ливане", "в Ливан", "Beirut", "в Бейруте"),
    ("JO", "Jordan", "Иордания", "Иордании", "в Иордании", "в Иорданию", "Amman", "в Аммане"),
    ("MA", "Morocco", "Марокко", "Марокко", "в Марокко", "в Марокко", "Rabat", "в Рабате"),
    (
        "PK",
        "Pakistan",
        "Пакистан",
        "Пакистана",
        "в Пакистане",
        "в Пакистан",
        "Islamabad",
        "в Исламабаде",
    ),
    (
        "BD",
        "Bangladesh",
        "Бангладеш",
        "Бангладеш",
        "в Бангладеш",
        "в Бангладеш",
        "Dhaka",
        "в Дакке",
    ),
    ("NP", "Nepal", "Непал", "Непала", "в Непале", "в Непал", "Kathmandu", "в Катманду"),
    (
        "PH",
        "the Philippines",
        "Филиппины",
        "Филиппин",
        "на Филиппинах",
        "на Филиппины",
        "Manila",
        "в Маниле",
    ),
    ("JP", "Japan", "Япония", "Японии", "в Японии", "в Японию", "Tokyo", "в Токио"),
    ("CL", "Chile", "Чили", "Чили", "в Чили", "в Чили", "Santiago", "в Сантьяго"),
    ("PE", "Peru", "Перу", "Перу", "в Перу", "в Перу", "Lima", "в Лиме"),
    ("CU", "Cuba", "Куба", "Кубы", "на Кубе", "на Кубу", "Havana", "в Гаване"),
    (
        "VE",
        "Venezuela",
        "Венесуэла",
        "Венесуэлы",
        "в Венесуэле",
        "в Венесуэлу",
        "Caracas",
        "в Каракасе",
    ),
    (
        "MN",
        "Mongolia",
        "Монголия",
        "Монголии",
        "в Монголии",
        "в Монголию",
        "Ulaanbaatar",
        "в Улан-Баторе",
    ),
    ("LA", "Laos", "Лаос", "Лаоса", "в Лаосе", "в Лаос", "Vientiane", "во Вьентьяне"),
    ("TH", "Thailand", "Таиланд", "Таиланда", "в Таиланде", "в Таиланд", "Bangkok", "в Бангкоке"),
    (
        "MY",
        "Malaysia",
        "Малайзия",
        "Малайзии",
        "в Малайзии",
        "в Малайзию",
        "Kuala Lumpur",
        "в Куала-Лумпуре",
    ),
    ("AM", "Armenia", "Армения", "Армении", "в Армении", "в Армению", "Yerevan", "в Ереване"),
    (
        "KG",
        "Kyrgyzstan",
        "Киргизия",
        "Киргизии",
        "в Киргизии",
        "в Киргизию",
        "Bishkek",
        "в Бишкеке",
    ),
    (
        "TJ",
        "Tajikistan",
        "Таджикистан",
        "Таджикистана",
        "в Таджикистане",
        "в Таджикистан",
        "Dushanbe",
        "в Душанбе",
    ),
    (
        "LK",
        "Sri Lanka",
        "Шри-Ланка",
        "Шри-Ланки",
        "в Шри-Ланке",
        "в Шри-Ланку",
        "Colombo",
        "в Коломбо",
    ),
    ("TZ", "Tanzania", "Танзания", "Танзании", "в Танзании", "в Танзанию", "Dodoma", "в Додоме"),
    ("AO", "Angola", "Ангола", "Анголы", "в Анголе", "в Анголу", "Luanda", "в Луанде"),
]
BY_ISO = {c[0]: c for c in COUNTRIES}


def flag(iso: str) -> str:
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in iso)


# RU genitive, EN
DISASTERS = [
    ("землетрясения", "the earthquake"),
    ("наводнения", "the floods"),
    ("схода оползня", "the landslide"),
    ("лесных пожаров", "the wildfires"),
    ("тайфуна", "the typhoon"),
    ("крушения парома", "the ferry disaster"),
    ("авиакатастрофы", "the plane crash"),
    ("обрушения жилого дома", "the collapse of a residential building"),
    ("взрыва на химическом заводе", "the explosion at a chemical plant"),
    ("схода селевого потока", "the mudflow"),
    ("железнодорожной катастрофы", "the train crash"),
    ("аварии на угольной шахте", "the coal mine accident"),
    ("тропического циклона", "the tropical cyclone"),
    ("извержения вулкана", "the volcanic eruption"),
]

# RU initials + surname, EN
AMBASSADORS = [
    ("А.В.Карпов", "Alexander Karpov"),
    ("Е.И.Смирнова", "Elena Smirnova"),
    ("Д.С.Волков", "Dmitry Volkov"),
    ("Н.П.Орлов", "Nikolai Orlov"),
    ("И.А.Белов", "Igor Belov"),
    ("М.В.Журавлёв", "Mikhail Zhuravlev"),
    ("О.Г.Ковалёва", "Olga Kovaleva"),
    ("С.Н.Гусев", "Sergei Gusev"),
    ("П.Ю.Лебедев", "Pavel Lebedev"),
    ("В.К.Соколов", "Vladimir Sokolov"),
    ("А.Р.Исмаилов", "Artur Ismailov"),
    ("Г.Е.Фомин", "Gennady Fomin"),
    ("Т.Л.Захарченко", "Tatiana Zakharchenko"),
    ("Ю.М.Ершов", "Yuri Ershov"),
    ("К.В.Тихонов", "Konstantin Tikhonov"),
    ("Р.Ф.Давлетшин", "Ruslan Davletshin"),
    ("Л.И.Морозова", "Lyudmila Morozova"),
    ("А.С.Черкасов", "Andrei Cherkasov"),
    ("Б.Н.Ильин", "Boris Ilyin"),
    ("Ф.Д.Горбунов", "Fyodor Gorbunov"),
    ("Е.О.Пестов", "Evgeny Pestov"),
    ("Н.А.Рябова", "Natalia Ryabova"),
]
FEMALE = {"Е.И.Смирнова", "О.Г.Ковалёва", "Т.Л.Захарченко", "Л.И.Морозова", "Н.А.Рябова"}

# iso: foreign minister RU instrumental, RU surname nominative, EN
MINISTERS = {
    "TR": ("Х.Фиданом", "Фидан", "Hakan Fidan"),
    "EG": ("Б.Абдельатти", "Абдельатти", "Badr Abdelatty"),
    "CN": ("Ван И", "Ван И", "Wang Yi"),
    "IN": ("С.Джайшанкаром", "Джайшанкар", "Subrahmanyam Jaishankar"),
    "BR": ("М.Виейрой", "Виейра", "Mauro Vieira"),
    "IR": ("А.Аракчи", "Аракчи", "Abbas Araghchi"),
    "RS": ("М.Джуричем", "Джурич", "Marko Djuric"),
    "KZ": ("М.Нуртлеу", "Нуртлеу", "Murat Nurtleu"),
    "VN": ("Буй Тхань Шоном", "Буй Тхань Шон", "Bui Thanh Son"),
    "ZA": ("Р.Ламолой", "Ламола", "Ronald Lamola"),
    "JO": ("А.Сафади", "Сафади", "Ayman Safadi"),
    "PK": ("И.Даром", "Дар", "Ishaq Dar"),
    "MN": ("Б.Батцэцэг", "Батцэцэг", "Battsetseg Batmunkh"),
    "LA": ("Тонгсаван Помвиханом", "Помвихан", "Thongsavanh Phomvihane"),
    "AM": ("А.Мирзояном", "Мирзоян", "Ararat Mirzoyan"),
    "UZ": ("Б.Саидовым", "Саидов", "Bakhtiyor Saidov"),
}

RU_MONTHS = [
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
EN_MONTHS = [
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
RU_WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ru_date(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def en_date(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ------------------------------------------------------------------------------ stories


@dataclass
class Story:
    sid: str
    family: str
    lang: str
    channel: str
    when: datetime
    text: str
    title: str | None = None
    media: tuple[Media, ...] = ()
    copies_allowed: bool = True
    link: str = ""
    typo_text: str | None = None  # the original as published, with a typo (a copy fixes it)


@dataclass
class Copy:
    story: Story
    kind: str
    channel: str
    when: datetime
    text: str
    forward: bool = False
    hashtags: tuple[str, ...] = ()


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[Story] = []
        self.count: dict[str, int] = {}

    def add(self, family: str, lang: str, channel: str, when: datetime, text: str, **kw) -> Story:
        n = self.count.get(family, 0) + 1
        self.count[family] = n
        story = Story(f"{family}-{n:03d}", family, lang, channel, when, text, **kw)
        self.stories.append(story)
        return story

    def day(self, lo: int = 0, hi: int | None = None, room: int = 0) -> datetime:
        """A random publication day; ``room`` days are left before the end for later posts."""
        total = (END - START).days - 25 - room
        hi = total if hi is None else min(hi, total)
        d = START + timedelta(days=self.rng.randint(lo, hi))
        return d.replace(hour=self.rng.randint(6, 18), minute=self.rng.randint(0, 59))


def ministry(lang: str) -> str:
    return "mid" if lang == "ru" else "mfa"


# ------------------------------------------------------------------------- families


def condolences(m: Maker) -> None:
    rng = m.rng
    pairs = [(c, d) for c in COUNTRIES for d in range(len(DISASTERS))]
    rng.shuffle(pairs)
    # the same disaster in many countries, and two disasters in one country
    chosen = [
        *pairs[:24],
        (BY_ISO["TR"], 0),
        (BY_ISO["TR"], 1),
        (BY_ISO["ID"], 0),
        (BY_ISO["ID"], 13),
        (BY_ISO["PH"], 4),
        (BY_ISO["PH"], 0),
        (BY_ISO["JP"], 0),
        (BY_ISO["NP"], 0),
    ]
    seen = set()
    for i, (c, d) in enumerate(chosen):
        if (c[0], d) in seen:
            continue
        seen.add((c[0], d))
        iso, en, _nom, gen, prep, _to, _cap, _capp = c
        dru, den = DISASTERS[d]
        n = rng.choice([12, 17, 23, 31, 38, 46, 54, 70, 85, 112, 140, 203])
        lang = "ru" if i % 2 == 0 else "en"
        variant = (i // 2) % 2
        if lang == "ru" and variant == 0:
            text = (
                f"🇷🇺{flag(iso)} Глубоко скорбим в связи с многочисленными жертвами {dru} {prep}.\n\n"
                "Передаём искренние соболезнования родным и близким погибших, желаем скорейшего выздоровления всем пострадавшим.\n\n"
                f"Россия разделяет горе дружественного народа {gen}."
            )
        elif lang == "ru":
            text = (
                f"Посольство России {prep} выражает глубокие соболезнования в связи с трагическими последствиями {dru}. "
                f"По последним данным, число жертв достигло {n}.\n\nСкорбим вместе с народом {gen}. "
                "Российские граждане, нуждающиеся в помощи, могут обратиться на горячую линию Посольства."
            )
        elif variant == 0:
            text = (
                f"🇷🇺{flag(iso)} Deeply saddened by the tragic loss of life caused by {den} in {en}. "
                "We extend our sincere condolences to the families and friends of the victims and wish a swift recovery to the injured.\n\n"
                f"Russia stands in solidarity with the people of {en}."
            )
        else:
            text = (
                f"The Embassy of Russia in {en} expresses deep condolences over the devastating consequences of {den}. "
                f"The death toll has reached {n}.\n\nOur thoughts are with the people of {en}. "
                "Russian citizens in need of assistance may call the Embassy hotline."
            )
        m.add("condolences", lang, ministry(lang), m.day(), text)


HOLIDAYS = {
    "TR": ("с Днём Республики", "Republic Day", 10, 29, 1923),
    "IN": ("с Днём Республики", "Republic Day", 1, 26, 1950),
    "ID": ("с Днём независимости", "Independence Day", 8, 17, 1945),
    "VN": ("с Национальным праздником — Днём независимости", "National Day", 9, 2, 1945),
    "KZ": ("с Днём Республики", "Republic Day", 10, 25, 1990),
    "UZ": ("с Днём независимости", "Independence Day", 9, 1, 1991),
    "RS": ("с Днём государственности", "Statehood Day", 2, 15, 1804),
    "MX": ("с Днём независимости", "Independence Day", 9, 16, 1810),
    "AR": ("с Днём Майской революции", "May Revolution Day", 5, 25, 1810),
    "ZA": ("с Днём свободы", "Freedom Day", 4, 27, 1994),
    "NG": ("с Днём независимости", "Independence Day", 10, 1, 1960),
    "KE": ("с Днём Джамхури", "Jamhuri Day", 12, 12, 1963),
    "PK": ("с Днём Пакистана", "Pakistan Day", 3, 23, 1940),
    "BD": ("с Днём независимости", "Independence Day", 3, 26, 1971),
    "CU": ("с Днём освобождения", "Liberation Day", 1, 1, 1959),
    "MN": ("с Днём Народной революции", "People's Revolution Day", 7, 11, 1921),
    "LA": ("с Национальным днём", "National Day", 12, 2, 1975),
    "AM": ("с Днём независимости", "Independence Day", 9, 21, 1991),
    "KG": ("с Днём независимости", "Independence Day", 8, 31, 1991),
    "TJ": ("с Днём государственной независимости", "Independence Day", 9, 9, 1991),
    "LK": ("с Днём независимости", "Independence Day", 2, 4, 1948),
    "AO": ("с Днём независимости", "Independence Day", 11, 11, 1975),
    "EG": ("с Днём Революции 23 июля", "Revolution Day", 7, 23, 1952),
    "MA": ("с Днём Трона", "Throne Day", 7, 30, 1999),
}


def national_days(m: Maker) -> None:
    for i, (iso, (hru, hen, mo, dd, base)) in enumerate(HOLIDAYS.items()):
        c = BY_ISO[iso]
        lang = "ru" if i % 2 == 0 else "en"
        for year in (2024, 2025):
            when = datetime(year, mo, dd, 7, 30 + i, tzinfo=UTC)
            if not (START <= when <= END - timedelta(days=21)):
                continue
            n = year - base
            if lang == "ru":
                text = (
                    f"🇷🇺{flag(iso)} Сердечно поздравляем руководство и народ {c[3]} {hru}!\n\n"
                    f"В этом году отмечается {n}-я годовщина этого знаменательного события в истории страны.\n\n"
                    "Желаем дружественному народу мира, благополучия и процветания. Уверены, что отношения между нашими странами "
                    "будут и далее развиваться по восходящей на благо наших народов."
                )
            else:
                text = (
                    f"🇷🇺{flag(iso)} Warmest congratulations to the leadership and people of {c[1]} on {hen}!\n\n"
                    f"This year marks the {ordinal(n)} anniversary of this historic event.\n\n"
                    "We wish our friends peace, well-being and prosperity, and are confident that relations between our countries "
                    "will continue to grow for the benefit of both peoples."
                )
            m.add("national_day", lang, ministry(lang), when, text)


def credentials(m: Maker) -> None:
    rng = m.rng
    isos = [c[0] for c in COUNTRIES]
    rng.shuffle(isos)
    ambs = AMBASSADORS[:]
    rng.shuffle(ambs)
    for i, iso in enumerate(isos[:20]):
        c = BY_ISO[iso]
        aru, aen = ambs[i % len(ambs)]
        when = m.day(room=40)
        lang = "ru" if i % 2 == 0 else "en"
        fem = aru in FEMALE
        steps = (
            [("copies", when), ("full", when + timedelta(days=rng.randint(6, 40)))]
            if i % 3 == 0
            else [("full", when)]
        )
        for what, w in steps:
            if lang == "ru":
                verb = "вручила" if fem else "вручил"
                obj = (
                    f"копии верительных грамот Министру иностранных дел {c[3]}"
                    if what == "copies"
                    else f"верительные грамоты Президенту {c[3]}"
                )
                text = (
                    f"{ru_date(w)} Посол России {c[4]} {aru} {verb} {obj}.\n\n"
                    "В ходе последовавшей беседы стороны обсудили состояние и перспективы двустороннего сотрудничества, "
                    "подтвердили взаимный настрой на наращивание политического диалога, торгово-экономических и гуманитарных связей."
                )
            else:
                pron = "her" if fem else "his"
                obj = (
                    f"copies of {pron} credentials to the Minister of Foreign Affairs of {c[1]}"
                    if what == "copies"
                    else f"{pron} credentials to the President of {c[1]}"
                )
                text = (
                    f"On {en_date(w)}, Ambassador of Russia to {c[1]} {aen} presented {obj}.\n\n"
                    "During the ensuing conversation the sides discussed the state and prospects of bilateral cooperation and "
                    "reaffirmed their mutual commitment to expanding political dialogue, trade and humanitarian ties."
                )
            m.add("credentials", lang, ministry(lang), w, text)


def consular(m: Maker) -> None:
    rng = m.rng
    ru_reasons = [
        "в связи с праздником Ураза-байрам",
        "в связи с Курбан-байрамом",
        "в связи с Днём России",
        "в связи с Днём народного единства",
        "в связи с проведением технических работ",
        "в связи с праздничными днями",
        "по случаю Нового года",
        "в связи с национальным праздником страны пребывания",
    ]
    en_reasons = [
        "due to a public holiday in the United Kingdom",
        "due to Russia Day",
        "due to Unity Day",
        "due to technical works",
        "due to the New Year holidays",
        "due to Freedom Day",
    ]
    ru_channels = [
        ("emb_tr", "Посольства", "+90 312 439 21 22"),
        ("emb_in", "Посольства", "+91 11 2687 3799"),
        ("cg_dubai", "Генерального консульства", "+971 4 328 53 47"),
    ]
    en_channels = [("emb_uk", "+44 20 7229 6412"), ("emb_za", "+27 12 362 1337")]
    used = set()
    for i in range(22):
        lang = "ru" if i % 5 < 3 else "en"
        when = m.day()
        closed = when + timedelta(days=rng.randint(2, 6))
        back = closed + timedelta(days=rng.choice([1, 2, 3]))
        if lang == "ru":
            ch, who, phone = ru_channels[i % 3]
            reason = rng.choice(ru_reasons)
            key = (ch, ru_date(closed))
            text = (
                f"❗️Уважаемые соотечественники!\n\nИнформируем, что {ru_date(closed)} {reason} консульский отдел {who} "
                f"не будет вести приём граждан. Приём возобновится {ru_date(back)} в обычном режиме.\n\n"
                f"В экстренных случаях обращайтесь по телефону дежурного: {phone}."
            )
        else:
            ch, phone = en_channels[i % 2]
            reason = rng.choice(en_reasons)
            key = (ch, en_date(closed))
            text = (
                f"❗️Dear compatriots,\n\nPlease note that the Consular Section of the Embassy will be closed on "
                f"{en_date(closed)} {reason}. Normal service resumes on {en_date(back)}.\n\n"
                f"In case of emergency please call the duty officer: {phone}."
            )
        if key in used:
            continue
        used.add(key)
        m.add("consular", lang, ch, when, text)


def visas(m: Maker) -> None:
    rng = m.rng
    isos = [
        "TH",
        "VN",
        "ID",
        "MY",
        "LA",
        "MN",
        "CU",
        "VE",
        "AR",
        "CL",
        "PE",
        "MA",
        "JO",
        "TZ",
        "AO",
        "LK",
    ]
    rng.shuffle(isos)
    for i, iso in enumerate(isos):
        c = BY_ISO[iso]
        lang = "ru" if i % 2 == 0 else "en"
        when = m.day()
        eff = when + timedelta(days=rng.randint(5, 30))
        days = rng.choice([14, 21, 30, 45, 60, 90])
        mode = ["introduce", "introduce", "suspend", "evisa"][i % 4]
        if lang == "ru":
            if mode == "introduce":
                text = (
                    f"С {ru_date(eff)} вступает в силу Соглашение между Правительством Российской Федерации и Правительством {c[3]} "
                    f"о взаимной отмене визовых требований.\n\nГраждане России, имеющие действительные заграничные паспорта, "
                    f"смогут въезжать {c[5]} и находиться там без виз до {days} дней."
                )
            elif mode == "suspend":
                text = (
                    f"С {ru_date(eff)} приостанавливается действие Соглашения между Правительством Российской Федерации и Правительством {c[3]} "
                    f"о взаимной отмене визовых требований.\n\nДля въезда {c[5]} гражданам России вновь потребуется оформление визы "
                    f"(ранее разрешалось пребывание без виз до {days} дней)."
                )
            else:
                text = (
                    f"С {ru_date(eff)} граждане России могут оформить электронную визу для въезда {c[5]}. "
                    f"Срок пребывания по электронной визе — до {days} дней, заявление подаётся онлайн на официальном портале."
                )
        else:
            if mode == "introduce":
                text = (
                    f"As of {en_date(eff)}, the Agreement between the Government of Russia and the Government of {c[1]} on mutual "
                    f"visa exemption enters into force.\n\nRussian citizens holding valid passports will be able to enter {c[1]} "
                    f"and stay there without a visa for up to {days} days."
                )
            elif mode == "suspend":
                text = (
                    f"As of {en_date(eff)}, the Agreement between the Government of Russia and the Government of {c[1]} on mutual "
                    f"visa exemption is suspended.\n\nRussian citizens will once again need a visa to enter {c[1]} "
                    f"(visa-free stays of up to {days} days were previously allowed)."
                )
            else:
                text = (
                    f"As of {en_date(eff)}, Russian citizens can apply for an electronic visa to enter {c[1]}. "
                    f"An e-visa allows a stay of up to {days} days; applications are submitted online via the official portal."
                )
        m.add("visa", lang, ministry(lang), when, text)
    # the same country: introduced, then suspended months later (hard: one word and the date differ)
    for iso, lang in (("KE", "ru"), ("NP", "en")):
        c = BY_ISO[iso]
        d1 = m.day(0, 200)
        d2 = d1 + timedelta(days=rng.randint(60, 200))
        for mode, when in (("introduce", d1), ("suspend", d2)):
            eff = when + timedelta(days=10)
            if lang == "ru":
                verb = "вводится" if mode == "introduce" else "отменяется"
                text = (
                    f"С {ru_date(eff)} для граждан России {verb} безвизовый режим въезда {c[5]} на срок до 30 дней. "
                    "Подробности — на сайте Посольства."
                )
            else:
                verb = "introduces" if mode == "introduce" else "cancels"
                text = (
                    f"From {en_date(eff)}, {c[1]} {verb} visa-free entry for Russian citizens for stays of up to 30 days. "
                    "Details on the Embassy website."
                )
            m.add("visa", lang, ministry(lang), when, text)


def briefings(m: Maker) -> None:
    rng = m.rng
    d = START + timedelta(days=3)
    i = 0
    while d < END - timedelta(days=25):
        brief = d + timedelta(days=(2 - d.weekday()) % 7)  # Wednesday
        announce = (brief - timedelta(days=rng.choice([1, 2]))).replace(
            hour=rng.randint(9, 16), minute=rng.randint(0, 59)
        )
        time = rng.choice(["11:00", "12:00", "15:00", "16:00"])
        i += 1
        lang = "ru" if i % 3 != 0 else "en"
        if lang == "ru":
            if i % 7 == 4:
                city = rng.choice(
                    ["Калининграде", "Нижнем Новгороде", "Казани", "Мурманске", "Севастополе"]
                )
                text = (
                    f"🎙 {ru_date(brief)} в {time} официальный представитель МИД России М.В.Захарова проведёт выездной брифинг в {city}.\n\n"
                    "📺 Прямая трансляция — на сайте и в аккаунтах МИД в социальных сетях."
                )
            else:
                text = (
                    f"🎙 {ru_date(brief)} в {time} состоится брифинг официального представителя МИД России М.В.Захаровой "
                    "по текущим вопросам внешней политики.\n\n📍 Пресс-центр МИД России (Смоленская-Сенная пл., 32/34)\n\n"
                    "📺 Прямая трансляция — на сайте и в аккаунтах МИД в социальных сетях."
                )
        else:
            text = (
                f"🎙 Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on current foreign policy issues on "
                f"{EN_WEEKDAYS[brief.weekday()]}, {en_date(brief)}, at {time} Moscow time.\n\n📺 Watch live on the MFA website and social media."
            )
        m.add("briefing", lang, ministry(lang), announce, text)
        if i % 9 == 5:  # postponed: same week, new date
            new = brief + timedelta(days=1)
            if lang == "ru":
                text = (
                    f"❗️Брифинг официального представителя МИД России М.В.Захаровой переносится с {ru_date(brief)} на {ru_date(new)}. "
                    f"Начало — в {time}."
                )
            else:
                text = f"❗️Maria Zakharova's briefing has been moved from {en_date(brief)} to {en_date(new)}. It will begin at {time} Moscow time."
            m.add("briefing", lang, ministry(lang), announce + timedelta(hours=20), text)
        d += timedelta(days=rng.choice([14, 14, 21, 28]))


def travel(m: Maker) -> None:
    rng = m.rng
    ru_reasons = [
        "ухудшением ситуации в сфере безопасности",
        "массовыми беспорядками",
        "началом сезона ураганов",
        "вспышкой лихорадки денге",
        "угрозой извержения вулкана",
        "обострением обстановки на границе",
        "введением режима чрезвычайного положения",
    ]
    en_reasons = [
        "the deteriorating security situation",
        "mass unrest",
        "the hurricane season",
        "an outbreak of dengue fever",
        "the threat of a volcanic eruption",
        "the declared state of emergency",
    ]
    isos = [
        "LB",
        "IQ",
        "IR",
        "JO",
        "PK",
        "BD",
        "NP",
        "KE",
        "ET",
        "NG",
        "VE",
        "CU",
        "PH",
        "ID",
        "PE",
        "LK",
        "MX",
        "TZ",
    ]
    rng.shuffle(isos)
    for i, iso in enumerate(isos):
        c = BY_ISO[iso]
        lang = "ru" if i % 2 == 0 else "en"
        phone = f"+{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        when = m.day()
        lift = i % 6 == 3
        if lang == "ru":
            reason = rng.choice(ru_reasons)
            if lift:
                text = (
                    f"В связи со стабилизацией обстановки МИД России отменяет ранее данную рекомендацию воздерживаться от поездок {c[5]}.\n\n"
                    f"Находящимся {c[4]} соотечественникам по-прежнему рекомендуется следить за сообщениями местных властей.\n\n"
                    f"☎️ Горячая линия Посольства: {phone}"
                )
            else:
                text = (
                    f"⚠️ В связи с {reason} {c[4]} МИД России рекомендует гражданам Российской Федерации воздержаться от поездок в эту страну "
                    f"до стабилизации обстановки.\n\nНаходящимся {c[4]} соотечественникам рекомендуется соблюдать повышенные меры "
                    "предосторожности, избегать мест массового скопления людей и следить за сообщениями местных властей.\n\n"
                    f"☎️ Горячая линия Посольства: {phone}"
                )
        else:
            reason = rng.choice(en_reasons)
            if lift:
                text = (
                    f"As the situation has stabilised, the Russian MFA withdraws its earlier advice against travel to {c[1]}.\n\n"
                    f"Russian citizens in {c[1]} are still advised to follow announcements by the local authorities.\n\n"
                    f"☎️ Embassy hotline: {phone}"
                )
            else:
                text = (
                    f"⚠️ In view of {reason} in {c[1]}, the Russian MFA advises Russian citizens to refrain from travelling to the country "
                    f"until the situation stabilises.\n\nRussian citizens in {c[1]} are advised to take extra precautions, avoid crowded "
                    "places and follow announcements by the local authorities.\n\n"
                    f"☎️ Embassy hotline: {phone}"
                )
        m.add("travel", lang, ministry(lang), when, text)


EVAC = [  # RU from, RU in, EN city, EN country
    ("Бейрута", "в Ливане", "Beirut", "Lebanon"),
    ("Тель-Авива", "в Израиле", "Tel Aviv", "Israel"),
    ("Порт-Судана", "в Судане", "Port Sudan", "Sudan"),
    ("Ниамея", "в Нигере", "Niamey", "Niger"),
    ("Дамаска", "в Сирии", "Damascus", "Syria"),
    ("Каира", "в Египте", "Cairo", "Egypt"),
]


def evacuation(m: Maker) -> None:
    rng = m.rng
    for k, (cru, inru, cen, coun) in enumerate(EVAC):
        lang = "ru" if k % 3 != 2 else "en"
        base = m.day(room=12)
        total = 0
        for step in range(rng.choice([2, 3, 4])):
            when = base + timedelta(days=step * rng.randint(1, 3), hours=step)
            flight = f"RA-{rng.choice([76, 96, 86])}{rng.randint(100, 999)}"
            n = rng.randint(48, 190)
            total += n
            if lang == "ru":
                text = (
                    f"✈️ Сегодня из {cru} в Москву вылетел спецрейс МЧС России {flight} с {n} гражданами России и членами их семей на борту.\n\n"
                    f"Эвакуация организована по поручению Президента при содействии Посольства России {inru}. "
                    f"Всего с начала операции вывезено {total} человек."
                )
                ch = "mchs" if step % 2 == 0 else "mid"
            else:
                text = (
                    f"✈️ A special EMERCOM flight {flight} has left {cen} for Moscow today with {n} Russian citizens and family members on board.\n\n"
                    f"The evacuation is organised on the instructions of the President with the assistance of the Russian Embassy in {coun}. "
                    f"A total of {total} people have been evacuated since the operation began."
                )
                ch = "mfa"
            m.add("evacuation", lang, ch, when, text)


AID = [
    ("Дамаск", "Damascus"),
    ("Бейрут", "Beirut"),
    ("Эль-Ариш", "El Arish"),
    ("Ниамей", "Niamey"),
    ("Гавану", "Havana"),
    ("Бишкек", "Bishkek"),
    ("Аддис-Абебу", "Addis Ababa"),
    ("Порт-Судан", "Port Sudan"),
    ("Кабул", "Kabul"),
    ("Дакку", "Dhaka"),
    ("Катманду", "Kathmandu"),
]
AID_ORGS = [
    ("местного Красного Полумесяца", "the local Red Crescent"),
    ("Всемирной продовольственной программы ООН", "the UN World Food Programme"),
    ("национального агентства по чрезвычайным ситуациям", "the national emergency agency"),
]


def humanitarian(m: Maker) -> None:
    rng = m.rng
    tons = [18, 22, 25, 27.5, 30, 32, 35, 36.4, 40, 42, 45, 48, 52, 60, 64.8, 70]
    plan = [(a, rng.choice(tons)) for a in AID] + [
        (AID[0], 0),
        (AID[2], 0),
        (AID[1], 0),
        (AID[2], 0),
        (AID[4], 0),
        (AID[6], 0),
        (AID[0], 0),
    ]
    seen = set()
    for i, ((aru, aen), t) in enumerate(plan):
        t = t or rng.choice(tons)
        if (aru, t) in seen:
            continue
        seen.add((aru, t))
        oru, oen = rng.choice(AID_ORGS)
        lang = "ru" if i % 3 != 1 else "en"
        ts = str(t).replace(".", ",") if lang == "ru" else str(t)
        if lang == "ru":
            text = (
                f"🚚 Самолёт МЧС России доставил в {aru} {ts} т гуманитарной помощи — продуктовые наборы, медикаменты и палатки.\n\n"
                f"Груз передан представителям {oru} для распределения среди пострадавших."
            )
            ch = "mchs"
        else:
            text = (
                f"🚚 An EMERCOM aircraft has delivered {ts} tonnes of humanitarian aid to {aen}: food kits, medicines and tents.\n\n"
                f"The cargo has been handed over to {oen} for distribution among those affected."
            )
            ch = "mfa"
        m.add("humanitarian", lang, ch, m.day(), text)


CASUALTY_EVENTS = [  # RU disaster gen, RU place, EN disaster, EN place
    ("землетрясения", "на юго-востоке Турции", "the earthquake", "south-eastern Turkey"),
    ("наводнения", "в провинции Синд", "the floods", "Sindh province"),
    ("схода оползня", "в штате Керала", "the landslide", "Kerala"),
    ("тайфуна «Яги»", "на севере Вьетнама", "Typhoon Yagi", "northern Vietnam"),
    ("обрушения здания", "в Лагосе", "the building collapse", "Lagos"),
    ("взрыва в порту", "Бандар-Аббаса", "the port explosion", "Bandar Abbas"),
    ("землетрясения", "в Мьянме", "the earthquake", "Myanmar"),
]


def casualties(m: Maker) -> None:
    rng = m.rng
    for k, (dru, pru, den, pen) in enumerate(CASUALTY_EVENTS):
        lang = "ru" if k % 2 == 0 else "en"
        base = m.day(room=2)
        n = rng.randint(5, 20)
        inj = n * rng.randint(3, 6)
        for step in range(rng.choice([3, 3, 4])):
            when = base + timedelta(hours=step * rng.randint(3, 9))
            last = step >= 2
            if lang == "ru":
                text = f"Число погибших в результате {dru} {pru} возросло до {n}, пострадали более {inj} человек, сообщили местные власти."
                if last:
                    text += " По данным Посольства, среди погибших россиян нет."
                ch = "tass" if step % 2 == 0 else "ria"
            else:
                text = f"Death toll from {den} in {pen} rises to {n}, with more than {inj} injured, local authorities say."
                if last:
                    text += " The Russian Embassy says no Russians are among the victims."
                ch = "wire"
            m.add("casualties", lang, ch, when, text)
            n += rng.randint(2, 30)
            inj += rng.randint(5, 60)


def prisoners(m: Maker) -> None:
    rng = m.rng
    mediators_ru = [
        "осуществили Объединённые Арабские Эмираты",
        "осуществили Объединённые Арабские Эмираты и Саудовская Аравия",
        "осуществил Катар",
        "осуществила Турция",
    ]
    mediators_en = ["the United Arab Emirates", "the UAE and Saudi Arabia", "Qatar", "Turkey"]
    counts = [49, 75, 90, 95, 103, 115, 150, 175, 190, 246]
    rng.shuffle(counts)
    for i, n in enumerate(counts):
        lang = "ru" if i % 3 != 2 else "en"
        when = m.day()
        med = i % 4
        if lang == "ru":
            text = (
                f"🔹 {ru_date(when)} в результате переговорного процесса с подконтрольной киевскому режиму территории возвращены {n} российских военнослужащих. "
                f"В обмен переданы {n} военнопленных ВСУ.\n\nГуманитарное посредничество при возвращении российских военнослужащих из плена "
                f"{mediators_ru[med]}.\n\nВсе освобождённые военнослужащие будут доставлены в Россию для лечения и реабилитации."
            )
            ch = "mod"
        else:
            text = (
                f"🔹 On {en_date(when)}, {n} Russian servicemen were returned from territory controlled by the Kiev regime as a result of negotiations. "
                f"In return, {n} Ukrainian prisoners of war were handed over.\n\nHumanitarian mediation was provided by {mediators_en[med]}.\n\n"
                "All released servicemen will be taken to Russia for treatment and rehabilitation."
            )
            ch = "mfa"
        m.add("prisoners", lang, ch, when, text)


def boilerplate(m: Maker) -> None:
    """Multi-paragraph statements sharing all paragraphs but one."""
    rng = m.rng
    memo_head = (
        "📌 Памятка для российских граждан, выезжающих в Таиланд\n\n"
        "Перед поездкой рекомендуем убедиться в наличии действующего загранпаспорта со сроком действия не менее шести месяцев "
        "с даты въезда, а также обратного билета.\n\n"
    )
    memo_mid = [
        "Граждане России могут находиться в стране без визы до 30 дней. Продление возможно в иммиграционном офисе за 1900 батов.",
        "Граждане России могут находиться в стране без визы до 60 дней. Продление возможно в иммиграционном офисе за 1900 батов.",
        "Граждане России могут находиться в стране без визы до 60 дней. Продление на 30 дней возможно в иммиграционном офисе за 2000 батов.",
        "С 1 июня въезд разрешён только при наличии подтверждения брони жилья и суммы не менее 20 000 батов на человека.",
        "Ввоз электронных сигарет и вейпов запрещён и карается штрафом или лишением свободы на срок до 10 лет.",
    ]
    memo_tail = (
        "\n\nНастоятельно рекомендуем оформить медицинскую страховку: стоимость лечения в частных клиниках высока.\n\n"
        "☎️ Горячая линия Посольства России в Таиланде: +66 2 234 98 24"
    )
    un_head = "Заявление МИД России в связи с голосованием в Совете Безопасности ООН\n\n"
    un_mid = [
        "Российская Федерация проголосовала против проекта резолюции по Сирии, внесённого западными членами Совета. Документ не учитывает позицию Дамаска.",
        "Российская Федерация воздержалась при голосовании по проекту резолюции о продлении мандата миссии ООН в Южном Судане.",
        "Российская Федерация поддержала проект резолюции о немедленном прекращении огня в секторе Газа, внесённый алжирской делегацией.",
        "Российская Федерация проголосовала против проекта резолюции о санкционном режиме в отношении Мали, поскольку он не отражает мнения властей страны.",
        "Российская Федерация воздержалась при голосовании по проекту резолюции по Гаити, так как он предусматривает применение силы без согласия властей.",
    ]
    un_tail = (
        "\n\nМы и впредь будем добиваться того, чтобы Совет Безопасности оставался площадкой для поиска компромиссов, а не "
        "инструментом давления на суверенные государства."
    )
    media_head = (
        "Statement by the Embassy regarding recent media publications\n\n"
        "We have taken note of yet another publication in the British press about Russia's alleged malign activities.\n\n"
    )
    media_mid = [
        "The Times claims that Russian diplomats have been involved in 'sabotage planning' in the UK. No evidence has been presented.",
        "The Guardian alleges that the Embassy has been funding 'pro-Kremlin influencers'. No evidence has been presented.",
        "The Telegraph reports that Russian 'spy ships' have been mapping undersea cables in the North Sea. No evidence has been presented.",
        "The BBC asserts that Russian hackers were behind the cyberattack on London hospitals. No evidence has been presented.",
        "The Daily Mail writes that Russian agents have been recruiting 'saboteurs' via social media. No evidence has been presented.",
    ]
    media_tail = (
        "\n\nWe call on the British media to adhere to professional standards and to stop spreading unsubstantiated "
        "accusations that only further poison bilateral relations."
    )
    adv_head = (
        "Advice for Russian citizens travelling to South Africa\n\n"
        "Please make sure your passport is valid for at least 30 days after your intended departure and has two blank pages.\n\n"
    )
    adv_mid = [
        "Russian citizens may stay in South Africa without a visa for up to 90 days.",
        "Russian citizens may stay in South Africa without a visa for up to 90 days. Children travelling with one parent need a notarised consent of the other.",
        "Load-shedding (scheduled power cuts) continues in several provinces; please check the EskomSePush schedule before travelling.",
        "A yellow fever vaccination certificate is required if you arrive from a country with a risk of yellow fever transmission.",
    ]
    adv_tail = "\n\nIn an emergency, call the Embassy duty officer: +27 82 920 33 42."
    for head, mids, tail, lang, ch in (
        (memo_head, memo_mid, memo_tail, "ru", "mid"),
        (un_head, un_mid, un_tail, "ru", "mid"),
        (media_head, media_mid, media_tail, "en", "emb_uk"),
        (adv_head, adv_mid, adv_tail, "en", "emb_za"),
    ):
        base = m.day(0, 250)
        for j, mid in enumerate(mids):
            when = base + timedelta(days=j * rng.randint(20, 45), hours=rng.randint(0, 5))
            m.add("boilerplate", lang, ch, when, head + mid + tail)


def negations(m: Maker) -> None:
    rng = m.rng
    ru = [
        "созыве международной конференции по ближневосточному урегулированию",
        "продлении мандата миссии ООН по поддержанию мира в Южном Судане",
        "расширении состава Совета Безопасности ООН за счёт государств Африки",
        "введении моратория на размещение ракет средней и меньшей дальности",
        "создании на Ближнем Востоке зоны, свободной от оружия массового уничтожения",
        "переносе переговоров по Южному Кавказу на площадку в Стамбуле",
    ]
    en = [
        "the results of the presidential election in Moldova",
        "the outcome of the so-called referendum organised by the opposition in Georgia",
        "the decision of the International Criminal Court on the arrest warrants",
        "the legitimacy of the transitional authorities in Niger",
        "the new composition of the Bosnian Presidency announced yesterday",
    ]
    cities_ru = ["Женеве", "Вене", "Нью-Йорке", "Стамбуле", "Минске", "Дохе"]
    cities_en = ["Geneva", "Vienna", "New York", "Istanbul", "Doha"]
    for i, topic in enumerate(ru):
        city = rng.choice(cities_ru)
        base = m.day(room=40)
        order = [True, False] if i % 2 else [False, True]
        for k, pos in enumerate(order):
            neg = "" if pos else "не "
            text = (
                f"Официальный представитель МИД России: Москва {neg}поддерживает идею о {topic}. "
                f"Соответствующая позиция доведена до сведения партнёров в ходе консультаций в {city}."
            )
            m.add(
                "negation",
                "ru",
                "mid",
                base + timedelta(days=k * rng.randint(0, 40), hours=k * 3),
                text,
            )
    for i, topic in enumerate(en):
        city = rng.choice(cities_en)
        base = m.day(room=40)
        order = [True, False] if i % 2 else [False, True]
        for k, pos in enumerate(order):
            verb = "recognises" if pos else "does not recognise"
            text = f"Moscow {verb} {topic}. The relevant position was communicated to our partners during consultations in {city}."
            m.add(
                "negation",
                "en",
                "mfa",
                base + timedelta(days=k * rng.randint(0, 40), hours=k * 3),
                text,
            )


def stances(m: Maker) -> None:
    rng = m.rng
    ru = [
        ("решение правительства Сербии", "отказаться от введения санкций против России"),
        (
            "решение Совета министров ЕС",
            "продлить действие ограничительных мер ещё на шесть месяцев",
        ),
        ("решение властей Молдавии", "закрыть представительство Россотрудничества в Кишинёве"),
        ("решение парламента Грузии", "принять закон о прозрачности иностранного влияния"),
        ("решение Генеральной конференции МАГАТЭ", "направить миссию на Запорожскую АЭС"),
    ]
    en = [
        (
            "the decision of the Government of Norway",
            "to close its border with Russia to Russian trucks",
        ),
        ("the decision of the African Union", "to send an observer mission to the elections"),
        ("the decision of the Swiss Federal Council", "to join the latest EU sanctions package"),
        ("the decision of the OSCE Chairmanship", "to hold the Ministerial Council in Malta"),
    ]
    for i, (who, what) in enumerate(ru):
        base = m.day(room=60)
        verbs = ["приветствует", "осуждает"] if i % 2 == 0 else ["осуждает", "приветствует"]
        for k, v in enumerate(verbs):
            text = f"Москва {v} {who} {what}. Об этом заявил заместитель Министра иностранных дел России на брифинге для журналистов."
            m.add("stance", "ru", "mid", base + timedelta(days=k * rng.randint(1, 60)), text)
    for i, (who, what) in enumerate(en):
        base = m.day(room=60)
        verbs = ["welcomes", "condemns"] if i % 2 else ["condemns", "welcomes"]
        for k, v in enumerate(verbs):
            text = f"Russia {v} {who} {what}, Deputy Foreign Minister said at a press briefing on Thursday."
            m.add("stance", "en", "mfa", base + timedelta(days=k * rng.randint(1, 60)), text)
    # imposed / lifted (agency wires)
    items_ru = [
        ("Индия", "на экспорт риса в Россию"),
        ("Казахстан", "на ввоз российского бензина"),
        ("Узбекистан", "на ввоз российской пшеницы"),
        ("Турция", "на транзит российских грузовиков"),
    ]
    items_en = [
        ("Turkey", "on imports of Russian wheat"),
        ("India", "on exports of onions to Russia"),
        ("Egypt", "on flights by Russian low-cost carriers"),
    ]
    for i, (who, what) in enumerate(items_ru):
        base = m.day(room=120)
        for k, v in enumerate(
            ["ввела ограничения", "отменила ограничения"]
            if i % 2 == 0
            else ["отменила ограничения", "ввела ограничения"]
        ):
            v = v.replace(
                "ввела", "ввёл" if who in ("Казахстан", "Узбекистан") else "ввела"
            ).replace("отменила", "отменил" if who in ("Казахстан", "Узбекистан") else "отменила")
            text = f"⚡️ {who} {v} {what}, сообщили в профильном ведомстве страны."
            m.add("stance", "ru", "ria", base + timedelta(days=k * rng.randint(20, 120)), text)
    for who, what in items_en:
        base = m.day(room=120)
        for k, v in enumerate(["has imposed restrictions", "has lifted restrictions"]):
            text = f"{who} {v} {what}, the country's trade ministry said."
            m.add("stance", "en", "wire", base + timedelta(days=k * rng.randint(20, 120)), text)


def lists_one_item(m: Maker) -> None:
    rng = m.rng
    docs_ru = [
        "Меморандум о сотрудничестве в области образования",
        "Соглашение о взаимной защите инвестиций",
        "Программа культурного обмена на 2025–2027 годы",
        "Меморандум о сотрудничестве в сфере здравоохранения",
        "Соглашение о воздушном сообщении",
        "Меморандум о взаимопонимании в области мирного использования атомной энергии",
        "Соглашение о сотрудничестве в сфере информационной безопасности",
        "Меморандум о сотрудничестве в области туризма",
        "Протокол о консультациях между министерствами иностранных дел",
    ]
    docs_en = [
        "a memorandum on cooperation in education",
        "an agreement on the mutual protection of investments",
        "a cultural exchange programme for 2025–2027",
        "a memorandum on cooperation in healthcare",
        "an air services agreement",
        "a memorandum on the peaceful uses of nuclear energy",
        "a protocol on consultations between foreign ministries",
        "a memorandum on tourism cooperation",
    ]
    for _k in range(5):
        c = BY_ISO[rng.choice(["LA", "MN", "VN", "ET", "AO", "TZ", "KG", "TJ"])]
        items = rng.sample(docs_ru, 4)
        other = rng.choice([d for d in docs_ru if d not in items])
        base = m.day(room=300)
        pos = rng.randrange(4)
        for j, its in enumerate((items, [*items[:pos], other, *items[pos + 1 :]])):
            when = base + timedelta(days=j * rng.randint(90, 300))
            text = (
                f"🤝 По итогам переговоров {c[7]} {ru_date(when)} подписаны следующие документы:\n\n"
                + "\n".join(f"▪️ {d};" for d in its)[:-1]
                + "."
            )
            m.add("list", "ru", "mid", when, text)
    for _k in range(4):
        c = BY_ISO[rng.choice(["LA", "MN", "VN", "ET", "AO", "TZ", "KG", "TJ"])]
        items = rng.sample(docs_en, 4)
        other = rng.choice([d for d in docs_en if d not in items])
        base = m.day(room=300)
        pos = rng.randrange(4)
        for j, its in enumerate((items, [*items[:pos], other, *items[pos + 1 :]])):
            when = base + timedelta(days=j * rng.randint(90, 300))
            text = (
                f"🤝 Following talks in {c[6]} on {en_date(when)}, the following documents were signed:\n\n"
                + "\n".join(f"▪️ {d[0].upper() + d[1:]};" for d in its)[:-1]
                + "."
            )
            m.add("list", "en", "mfa", when, text)
    # the same heading, an updated list (one country replaced or added)
    flights = [
        "Египет (Каир, Хургада, Шарм-эш-Шейх)",
        "Турция (Стамбул, Анталья)",
        "ОАЭ (Дубай, Абу-Даби)",
        "Таиланд (Бангкок, Пхукет)",
        "Вьетнам (Нячанг)",
        "Индия (Дели, Гоа)",
        "Шри-Ланка (Коломбо)",
        "Куба (Варадеро)",
    ]
    cur = flights[:5]
    base = m.day(0, 150)
    for j in range(4):
        when = base + timedelta(days=j * rng.randint(25, 60))
        text = (
            "✈️ Актуальный перечень стран, с которыми выполняется прямое регулярное авиасообщение из Москвы:\n\n"
            + "\n".join(f"• {x}" for x in cur)
            + "\n\nРасписание уточняйте у авиакомпаний."
        )
        m.add("list", "ru", "agg_ru2", when, text)
        out = rng.randrange(len(cur))
        cur = (
            [*cur[:out], flights[5 + j % 3], *cur[out + 1 :]]
            if j % 2 == 0
            else [*cur, flights[5 + j % 3]]
        )
    en_items = [
        "Belgium",
        "Denmark",
        "Finland",
        "Netherlands",
        "Norway",
        "Sweden",
        "Switzerland",
        "Estonia",
        "Latvia",
    ]
    cur = en_items[:6]
    base = m.day(0, 200)
    for j in range(3):
        when = base + timedelta(days=j * rng.randint(30, 90))
        text = (
            "Updated list of countries whose consulates in Moscow have suspended the acceptance of tourist visa applications: "
            + ", ".join(cur)
            + ". We will keep you posted."
        )
        m.add("list", "en", "agg_en", when, text)
        cur = [*cur[:-1], en_items[6 + j]]


def annual(m: Maker) -> None:
    """The same greeting, another year."""
    ru = [
        (
            2,
            10,
            lambda y: (
                f"🇷🇺 10 февраля {y} года отмечаем День дипломатического работника!\n\nПоздравляем ветеранов и сотрудников дипломатической службы с профессиональным праздником. Желаем здоровья, успехов и новых профессиональных достижений."
            ),
        ),
        (
            5,
            9,
            lambda y: (
                f"🎖 С Днём Великой Победы!\n\n{y - 1945}-я годовщина Победы советского народа в Великой Отечественной войне. Вечная память героям, отстоявшим свободу Родины и всего мира."
            ),
        ),
        (
            6,
            12,
            lambda y: (
                f"🇷🇺 С Днём России!\n\nСердечно поздравляем соотечественников с главным государственным праздником {y} года. Желаем мира, благополучия и процветания нашей великой стране!"
            ),
        ),
        (
            3,
            8,
            lambda y: (
                f"🌷 Дорогие женщины! Поздравляем вас с Международным женским днём — 8 Марта {y} года! Желаем весеннего настроения, счастья и любви."
            ),
        ),
    ]
    en = [
        (
            2,
            10,
            lambda y: (
                f"🇷🇺 On 10 February {y} we celebrate Diplomatic Workers' Day!\n\nCongratulations to the veterans and staff of the diplomatic service. We wish you good health and new professional achievements."
            ),
        ),
        (
            5,
            9,
            lambda y: (
                f"🎖 Happy Victory Day!\n\nToday marks the {ordinal(y - 1945)} anniversary of the Victory of the Soviet people in the Great Patriotic War. Eternal glory to the heroes!"
            ),
        ),
        (
            6,
            12,
            lambda y: (
                f"🇷🇺 Happy Russia Day {y}!\n\nWarm congratulations to our compatriots in the United Kingdom on the main national holiday."
            ),
        ),
    ]
    for items, lang in ((ru, "ru"), (en, "en")):
        for mo, dd, fn in items:
            for y in (2024, 2025):
                when = datetime(y, mo, dd, 6, 5, tzinfo=UTC)
                ch = ministry(lang) if not (lang == "en" and mo == 6) else "emb_uk"
                m.add("annual", lang, ch, when, fn(y))
    # New Year: the same wording, another year in the text
    m.add(
        "annual",
        "ru",
        "mid",
        datetime(2024, 12, 31, 18, tzinfo=UTC),
        "🎄 Дорогие друзья! Поздравляем с наступающим 2025 годом! Пусть новый год принесёт мир, добро и благополучие каждому дому.",
    )
    m.add(
        "annual",
        "en",
        "mfa",
        datetime(2024, 12, 31, 18, 30, tzinfo=UTC),
        "🎄 Dear friends, Happy New Year 2025! May the coming year bring peace, kindness and prosperity to every home.",
    )


def paraphrases(m: Maker) -> None:
    """A ministry readout and an agency's own report of it: different statements."""
    rng = m.rng
    topics = [
        (
            "ситуацию на Ближнем Востоке и в зоне палестино-израильского конфликта",
            "ситуацию на Ближнем Востоке",
        ),
        ("подготовку к предстоящему саммиту БРИКС", "подготовку к саммиту БРИКС"),
        (
            "актуальные вопросы двусторонней повестки дня, включая реализацию совместных энергетических проектов",
            "энергетические проекты",
        ),
        (
            "ход урегулирования в Сирии и перспективы работы Астанинского формата",
            "ситуацию в Сирии",
        ),
        (
            "график предстоящих контактов на высшем и высоком уровнях",
            "график контактов на высшем уровне",
        ),
    ]
    isos = ["TR", "EG", "CN", "IN", "BR", "IR", "RS", "KZ", "VN", "ZA", "JO", "PK", "UZ"]
    rng.shuffle(isos)
    for i, iso in enumerate(isos[:12]):
        c = BY_ISO[iso]
        instr, nom, en_name = MINISTERS[iso]
        long_t, short_t = topics[i % len(topics)]
        when = m.day()
        if i % 3 != 2:
            text = (
                f"{ru_date(when)} состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова "
                f"с Министром иностранных дел {c[3]} {instr}.\n\nМинистры обсудили {long_t}.\n\n"
                "Договорились о продолжении тесной координации шагов на международных площадках."
            )
            m.add("paraphrase", "ru", "mid", when, text)
            agency = (
                f"Лавров и глава МИД {c[3]} {nom} по телефону обсудили {short_t}, сообщили в МИД РФ."
                if i % 2 == 0
                else f"Главы МИД России и {c[3]} Сергей Лавров и {nom} провели телефонный разговор, в ходе которого обсудили {long_t}, говорится в сообщении российского внешнеполитического ведомства."
            )
            m.add(
                "paraphrase",
                "ru",
                rng.choice(["tass", "ria"]),
                when + timedelta(minutes=rng.randint(12, 90)),
                agency,
            )
        else:
            text = (
                f"On {en_date(when)}, Russian Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs "
                f"of {c[1]} {en_name}.\n\nThe ministers discussed bilateral cooperation and the situation in the Middle East.\n\n"
                "They agreed to continue close coordination on international platforms."
            )
            m.add("paraphrase", "en", "mfa", when, text)
            agency = f"Lavrov, {en_name} discuss bilateral ties, Middle East in phone call — Russian Foreign Ministry"
            m.add("paraphrase", "en", "wire", when + timedelta(minutes=rng.randint(12, 90)), agency)


SERIES = [
    (
        "ru",
        "mid",
        "Интервью С.В.Лаврова телеканалу «Россия-24»",
        "Часть {n}",
        [
            "О Ближнем Востоке: без создания палестинского государства в границах 1967 года устойчивого мира в регионе не будет. Мы поддерживаем контакты со всеми сторонами.",
            "Об отношениях с Европой: Евросоюз сам разрушил всё, что создавалось десятилетиями. Когда там появятся вменяемые политики, мы будем готовы слушать.",
            "Об Азии: наше сотрудничество с Китаем, Индией и странами АСЕАН развивается по восходящей, несмотря на попытки Запада навязать блоковую логику.",
        ],
    ),
    (
        "ru",
        "mid",
        "📍 Визит С.В.Лаврова в Лаос",
        "День {n}",
        [
            "Министр прибыл во Вьентьян, где примет участие в мероприятиях Восточноазиатского саммита и встречах с партнёрами по АСЕАН.",
            "Состоялись переговоры с Министром иностранных дел Лаоса. Подписан план консультаций между внешнеполитическими ведомствами на 2025–2026 годы.",
        ],
    ),
    (
        "ru",
        "emb_in",
        "Россия и Индия: 75 лет дипломатических отношений",
        "Часть {n}/3",
        [
            "Дипломатические отношения между СССР и Индией были установлены 13 апреля 1947 года, ещё до провозглашения независимости Индии.",
            "В 1971 году был подписан Договор о мире, дружбе и сотрудничестве, ставший основой особо привилегированного стратегического партнёрства.",
            "Сегодня Россия — один из крупнейших партнёров Индии в сфере энергетики: АЭС «Куданкулам» строится при участии «Росатома».",
        ],
    ),
    (
        "en",
        "mfa",
        "Sergey Lavrov's interview with Al Arabiya",
        "Part {n}",
        [
            "On Gaza: the collective punishment of Palestinians is unacceptable. An immediate ceasefire and unhindered humanitarian access are needed.",
            "On the Gulf: we welcome the normalisation between Saudi Arabia and Iran and are ready to contribute to a collective security concept for the region.",
        ],
    ),
    (
        "en",
        "emb_za",
        "Foreign Minister Sergey Lavrov's visit to South Africa",
        "Day {n}",
        [
            "The Minister arrived in Pretoria and laid a wreath at the Union Buildings. Talks with Minister Ronald Lamola are scheduled for tomorrow.",
            "Talks with Minister Lamola covered trade, energy and BRICS coordination. A plan of consultations for 2025–2026 was signed.",
            "The Minister met students and faculty of the University of Pretoria and answered their questions about Russia's foreign policy.",
        ],
    ),
    (
        "en",
        "emb_uk",
        "Thread: Russia and Britain in the Second World War",
        "{n}/3",
        [
            "In July 1941 the USSR and Britain signed an agreement on joint action against Germany, the first document of the future anti-Hitler coalition.",
            "The Arctic convoys delivered over 4 million tonnes of supplies to Murmansk and Arkhangelsk between 1941 and 1945 at a terrible cost.",
            "In 1942 the Anglo-Soviet Treaty of Alliance was signed in London for a period of twenty years.",
        ],
    ),
]


def series(m: Maker) -> None:
    for lang, ch, head, part, bodies in SERIES:
        base = m.day(room=3)
        for n, body in enumerate(bodies, 1):
            days = n - 1 if "День" in part or "Day" in part else 0
            when = base + timedelta(days=days, minutes=(n - 1) * 45)
            label = part.format(
                n=n if lang == "en" or "День" not in part else ["первый", "второй", "третий"][n - 1]
            )
            if "День" in part:
                label = f"День {['первый', 'второй', 'третий'][n - 1]}"
            text = f"{head}. {label}\n\n{body}"
            m.add("series", lang, ch, when, text)


SPEECHES = [
    (
        "ru",
        "mid",
        "📄 Из выступления Министра иностранных дел России С.В.Лаврова на пленарном заседании Форума «Примаковские чтения» (Москва, 24 июня 2024 года)",
        datetime(2024, 6, 24, 10, tzinfo=UTC),
        [
            "Мы не стремимся к конфронтации ни с кем, но и не позволим никому говорить с нами с позиции силы. Диалог возможен только на равноправной основе и с учётом законных интересов всех сторон.",
            "Формирование многополярного мира — объективный процесс. Его невозможно остановить санкциями или угрозами. Государства мирового большинства всё увереннее отстаивают свой суверенитет.",
            "Архитектура европейской безопасности, выстроенная вокруг НАТО и ОБСЕ, себя исчерпала. Нужна новая система, охватывающая весь Евразийский континент.",
            "Мы ценим позицию наших партнёров по БРИКС и ШОС, которые выступают за урегулирование кризисов политико-дипломатическими средствами, а не за их раскачивание.",
        ],
    ),
    (
        "ru",
        "mid",
        "📄 Из выступления С.В.Лаврова на общих дебатах 79-й сессии Генеральной Ассамблеи ООН (Нью-Йорк, 28 сентября 2024 года)",
        datetime(2024, 9, 28, 17, tzinfo=UTC),
        [
            "Устав ООН должен соблюдаться не выборочно, а в полном объёме и во взаимосвязи всех его принципов, включая право народов на самоопределение.",
            "Реформа Совета Безопасности должна исправить историческую несправедливость в отношении Африки, Азии и Латинской Америки.",
            "Гуманитарная катастрофа в секторе Газа — прямое следствие многолетнего игнорирования резолюций ООН о создании палестинского государства.",
            "Попытки превратить Секретариат ООН в инструмент обслуживания интересов узкой группы стран подрывают доверие к Организации.",
        ],
    ),
    (
        "ru",
        "mid",
        "📄 Из выступления С.В.Лаврова на заседании Совета министров иностранных дел ШОС (Астана, 21 мая 2024 года)",
        datetime(2024, 5, 21, 8, tzinfo=UTC),
        [
            "ШОС доказала свою востребованность как площадка для равноправного диалога без блоковой логики и навязывания чужих ценностей.",
            "Предлагаем активнее задействовать национальные валюты во взаимных расчётах и развивать независимую платёжную инфраструктуру.",
            "Угроза терроризма в регионе сохраняется. Важно укреплять Региональную антитеррористическую структуру ШОС и обмен информацией между спецслужбами.",
        ],
    ),
    (
        "en",
        "mfa",
        "📄 From Foreign Minister Sergey Lavrov's remarks at the BRICS Foreign Ministers' Meeting (Nizhny Novgorod, 10 June 2024)",
        datetime(2024, 6, 10, 9, tzinfo=UTC),
        [
            "BRICS is not directed against anyone. It is a union of states that share the values of equality, mutual respect and non-interference in each other's internal affairs.",
            "We propose to speed up work on a BRICS cross-border payment initiative that would reduce our dependence on systems controlled by others.",
            "The interest in BRICS keeps growing: more than thirty countries have expressed a wish to join our activities in one form or another.",
            "We must make the voice of the Global South heard in the institutions of global governance, including the IMF and the World Bank.",
        ],
    ),
    (
        "en",
        "mfa",
        "📄 From Sergey Lavrov's address at the OSCE Ministerial Council (Valletta, 5 December 2024)",
        datetime(2024, 12, 5, 9, tzinfo=UTC),
        [
            "The OSCE is going through the deepest crisis in its history. Its institutions have been turned into instruments serving one group of states.",
            "Security cannot be indivisible for some and divisible for others. This principle was agreed by all of us at the highest level.",
            "We are ready for a dialogue based on a balance of interests, but not for a monologue in which we are expected to listen to lectures.",
            "Attempts to rewrite history and glorify Nazi collaborators must be firmly condemned by all OSCE participating States.",
        ],
    ),
    (
        "en",
        "emb_uk",
        "📄 From the remarks by Ambassador Andrei Kelin at a reception marking Russia Day (London, 12 June 2024)",
        datetime(2024, 6, 12, 19, tzinfo=UTC),
        [
            "Despite the current difficulties, contacts between our peoples continue. Culture, education and science remain bridges we should preserve.",
            "We thank all British friends of Russia who have kept in touch with us during these challenging times.",
            "Russia has always been open to dialogue with Britain on the basis of mutual respect, and we remain so today.",
        ],
    ),
]


def quotes(m: Maker) -> None:
    for lang, ch, head, when, qs in SPEECHES:
        for n, q in enumerate(qs):
            m.add("quote", lang, ch, when + timedelta(minutes=20 + 7 * n), f"{head}\n\n💬 {q}")


SHORT = [
    ("mid", "Видео", "video"),
    ("mfa", "Video", "video"),
    ("tass", "Фото дня", "photo"),
    ("wire", "Photo of the day", "photo"),
    ("ria", "LIVE", "video"),
    ("agg_en", "🔴 LIVE: Lavrov's press conference", "video"),
    ("mchs", "Видео с места событий", "video"),
    ("mod", "Кадры работы расчётов", "video"),
    ("emb_tr", "Фотохроника", "photo"),
    ("emb_in", "Фоторепортаж", "photo"),
    ("cg_dubai", "Смотрите видео 👇", "video"),
    ("emb_uk", "Watch 👇", "video"),
    ("emb_za", "Photos", "photo"),
    ("agg_ru", "Главное за день — в карточках", "photo"),
    ("agg_ru2", "Прямой эфир", "video"),
    ("mid", "Фото", "photo"),
    ("mfa", "Photos from the talks", "photo"),
    ("tass", "Трансляция", "video"),
    ("ria", "Момент", "video"),
    ("wire", "In pictures", "photo"),
    ("mid", "#ФотоНедели", "photo"),
    ("emb_tr", "Анонс", "photo"),
    ("emb_uk", "Stay tuned", "photo"),
    ("mchs", "Работа продолжается", "video"),
    ("agg_ru", "Без комментариев", "video"),
    ("mod", "Видео Минобороны", "video"),
    ("emb_in", "Видеообращение Посла", "video"),
    ("mfa", "LIVE: Maria Zakharova's briefing", "video"),
    ("mid", "Трансляция брифинга М.В.Захаровой", "video"),
    ("tass", "Видео: https://t.me/tass_agency/201544", "video"),
    ("tass", "Видео: https://t.me/tass_agency/207812", "video"),
    ("wire", "Watch: https://globalwire.example.com/v/88213", "video"),
    ("wire", "Watch: https://globalwire.example.com/v/90457", "video"),
    ("ria", "Фото дня • 14 марта", "photo"),
    ("ria", "Фото дня • 21 марта", "photo"),
    ("agg_en", "Photo of the day, 3 May", "photo"),
    ("agg_en", "Photo of the day, 10 May", "photo"),
]


def short(m: Maker) -> None:
    rng = m.rng
    for i, (ch, text, kind) in enumerate(SHORT):
        lang = "ru" if re.search("[а-яА-Я]", text) else "en"
        media = (
            Media(
                kind=kind,
                file_name=f"{kind}_{i:03d}.{'mp4' if kind == 'video' else 'jpg'}",
                size=rng.randint(40_000, 9_000_000),
            ),
        )
        m.add("short", lang, ch, m.day(), text, media=media)


def schedules(m: Maker) -> None:
    rng = m.rng
    ru_entries = [
        "переговоры с Министром иностранных дел {gen}",
        "участие в заседании Совета Федерации",
        "встреча с Генеральным секретарём ОДКБ",
        "выступление в МГИМО",
        "переговоры с делегацией {gen}",
        "участие в СМИД СНГ",
        "пресс-конференция по итогам года",
        "встреча с послами стран Африки",
        "участие в коллегии МИД",
        "заседание Правительственной комиссии",
        "визит {to}",
    ]
    en_entries = [
        "talks with the Foreign Minister of {en}",
        "a meeting with the UN Secretary-General",
        "an address at MGIMO University",
        "the CIS Council of Foreign Ministers",
        "a visit to {en}",
        "a news conference on the results of the year",
        "a meeting with African ambassadors",
        "talks with the {en} delegation",
    ]
    weeks = sorted(rng.sample(range(2, 70), 16))
    for k, w in enumerate(weeks):
        monday = START + timedelta(days=(7 - START.weekday()) % 7 + 7 * w)
        if monday > END - timedelta(days=25):
            continue
        lang = "ru" if k % 2 == 0 else "en"
        days = sorted(rng.sample(range(5), 3))
        lines = []
        picks = rng.sample(ru_entries if lang == "ru" else en_entries, 3)
        for d, pick in zip(days, picks, strict=False):
            c = rng.choice(COUNTRIES)
            if lang == "ru":
                e = pick.format(gen=c[3], to=c[5])
                lines.append(f"▪️ {RU_WD_SHORT[d]}, {ru_date(monday + timedelta(days=d))} — {e}")
            else:
                e = pick.format(en=c[1])
                lines.append(f"▪️ {EN_WEEKDAYS[d]}, {en_date(monday + timedelta(days=d))} — {e}")
        sunday = monday + timedelta(days=6)
        when = monday - timedelta(days=1) + timedelta(hours=15)
        if lang == "ru":
            text = (
                f"🗓 Анонс мероприятий С.В.Лаврова на неделю ({ru_date(monday)} — {ru_date(sunday)}):\n\n"
                + "\n".join(lines)
            )
        else:
            text = (
                f"🗓 Sergey Lavrov's schedule for the week ({en_date(monday)} — {en_date(sunday)}):\n\n"
                + "\n".join(lines)
            )
        m.add("schedule", lang, ministry(lang), when, text)
        if k % 4 == 1:  # updated agenda of the same week: one entry changed
            lines2 = lines[:]
            lines2[-1] = lines2[-1].rsplit(" — ", 1)[0] + (
                " — встреча с Председателем Комиссии Африканского союза"
                if lang == "ru"
                else " — a meeting with the African Union Commission Chairperson"
            )
            head = "🗓 Обновлено. " if lang == "ru" else "🗓 Updated. "
            m.add(
                "schedule",
                lang,
                ministry(lang),
                when + timedelta(days=1, hours=2),
                head + text[2:].split("\n\n", 1)[0] + "\n\n" + "\n".join(lines2),
            )


def wires(m: Maker) -> None:
    """Short agency one-liners filled from lists: one number, country, date or name differs."""
    rng = m.rng
    reasons_ru = [
        "недружественными действиями властей страны",
        "высылкой российских дипломатов",
        "нападением на здание Генконсульства",
        "задержанием российского журналиста",
    ]
    reasons_en = [
        "the expulsion of Russian diplomats",
        "the attack on the Consulate General",
        "the detention of a Russian journalist",
    ]
    nations = [
        ("Австралии", "Australian"),
        ("Новой Зеландии", "New Zealand"),
        ("Канады", "Canadian"),
        ("Японии", "Japanese"),
        ("Великобритании", "British"),
        ("США", "US"),
        ("Эстонии", "Estonian"),
        ("Норвегии", "Norwegian"),
    ]
    used = set()
    for i in range(48):
        lang = "ru" if i % 2 == 0 else "en"
        kind = (i // 2) % 4
        c = rng.choice(COUNTRIES)
        when = m.day()
        if lang == "ru":
            ch = rng.choice(["tass", "ria"])
            if kind == 0:
                text = f"МИД России вызвал посла {c[3]} в связи с {rng.choice(reasons_ru)}."
            elif kind == 1:
                nat = rng.choice(nations)[0]
                n = rng.choice([12, 15, 17, 21, 23, 29, 31, 44, 52, 61])
                text = f"Россия запретила въезд {n} гражданам {nat} в ответ на санкции, сообщили в МИД РФ."
            elif kind == 2:
                d = when + timedelta(days=rng.randint(1, 9))
                text = f"Лавров проведёт переговоры с главой МИД {c[3]} {ru_date(d)} в Москве, сообщила Захарова."
            else:
                n = rng.randint(40, 180)
                text = f"Спецрейс МЧС доставил в Москву {n} россиян, эвакуированных {c[4].replace('в ', 'из ', 1) if c[4].startswith('в ') else c[4]}."
                if not c[4].startswith("в "):
                    continue
        else:
            ch = rng.choice(["wire", "wire", "agg_en"])
            if kind == 0:
                text = f"Russia summons {c[1]}{chr(39) if c[1].endswith('s') else chr(39) + 's'} ambassador over {rng.choice(reasons_en)}."
            elif kind == 1:
                nat = rng.choice(nations)[1]
                n = rng.choice([12, 15, 17, 21, 23, 29, 31, 44, 52, 61])
                text = f"Russia bans entry to {n} {nat} citizens in response to sanctions, Foreign Ministry says."
            elif kind == 2:
                d = when + timedelta(days=rng.randint(1, 9))
                text = f"Lavrov to hold talks with {c[1]}{chr(39) if c[1].endswith('s') else chr(39) + 's'} foreign minister in Moscow on {en_date(d)}, Zakharova says."
            else:
                n = rng.randint(40, 180)
                text = f"EMERCOM flight brings {n} Russians evacuated from {c[1]} back to Moscow."
        if text in used:
            continue
        used.add(text)
        m.add("wire", lang, ch, when, text)


HAND = [
    # (lang, channel, day offset from START, hours, text)
    [
        (
            "ru",
            "mid",
            60,
            9,
            "Делегация России примет участие в переговорах по Южному Кавказу в Женеве 14 марта.",
        ),
        (
            "ru",
            "mid",
            62,
            10,
            "Делегация России не примет участия в переговорах по Южному Кавказу в Женеве 14 марта.",
        ),
    ],
    [
        (
            "ru",
            "emb_tr",
            110,
            8,
            "Встреча министров иностранных дел России и Турции состоится 14 мая в Анталье.",
        ),
        (
            "ru",
            "emb_tr",
            113,
            12,
            "Встреча министров иностранных дел России и Турции перенесена на 21 мая, место проведения — Анталья.",
        ),
        (
            "ru",
            "emb_tr",
            118,
            9,
            "Встреча министров иностранных дел России и Турции состоится 21 мая в Анталье.",
        ),
    ],
    [
        (
            "ru",
            "cg_dubai",
            150,
            7,
            "В результате ДТП под Хургадой пострадали 5 российских туристов, сообщили в Генконсульстве. Угрозы их жизни нет.",
        ),
        (
            "ru",
            "cg_dubai",
            150,
            11,
            "В результате ДТП под Хургадой пострадали 7 российских туристов, сообщили в Генконсульстве. Угрозы их жизни нет.",
        ),
    ],
    [
        (
            "ru",
            "emb_in",
            200,
            6,
            "Посольство России в Индии продолжает работу в штатном режиме. Консульский приём ведётся по предварительной записи.",
        ),
        (
            "ru",
            "emb_in",
            205,
            6,
            "Посольство России в Индии временно приостанавливает консульский приём. О возобновлении будет сообщено дополнительно.",
        ),
    ],
    [
        ("ru", "tass", 230, 9, "Лавров прибыл в Анкару с рабочим визитом."),
        ("ru", "tass", 300, 9, "Лавров прибыл в Анталью для участия в дипломатическом форуме."),
        (
            "ru",
            "tass",
            300,
            20,
            "Лавров вылетел из Антальи в Москву по завершении дипломатического форума.",
        ),
    ],
    [
        ("ru", "ria", 240, 12, "Лавров: Россия готова к переговорам без предварительных условий."),
        ("ru", "ria", 280, 12, "Лавров: Россия не готова к переговорам на условиях Запада."),
    ],
    [
        (
            "ru",
            "ria",
            320,
            10,
            "Россия и Египет подписали меморандум о сотрудничестве в сфере туризма.",
        ),
        (
            "ru",
            "ria",
            320,
            14,
            "Россия и Египет подписали меморандум о сотрудничестве в сфере образования.",
        ),
    ],
    [
        (
            "ru",
            "mid",
            340,
            8,
            "МИД России выразил протест послу Молдавии в связи с высылкой российского дипломата.",
        ),
        (
            "ru",
            "mid",
            390,
            8,
            "МИД России выразил протест послу Латвии в связи с высылкой российского дипломата.",
        ),
    ],
    [
        (
            "ru",
            "mid",
            360,
            9,
            "О задержании в Польше трёх граждан России\n\nПосольство России в Варшаве направило ноту с требованием обеспечить консульский доступ к задержанным.",
        ),
        (
            "ru",
            "mid",
            361,
            9,
            "О задержании в Польше четырёх граждан России\n\nПосольство России в Варшаве направило ноту с требованием обеспечить консульский доступ к задержанным.",
        ),
    ],
    [
        ("en", "emb_uk", 70, 9, "The visa application centre in Manchester will reopen on 3 June."),
        ("en", "emb_uk", 75, 9, "The visa application centre in Manchester will close on 3 June."),
        ("en", "emb_uk", 78, 9, "The visa application centre in Edinburgh will reopen on 3 June."),
    ],
    [
        (
            "en",
            "wire",
            130,
            8,
            "Russia has lifted the ban on imports of Indian rice, the agriculture watchdog said.",
        ),
        (
            "en",
            "wire",
            190,
            8,
            "Russia has imposed a ban on imports of Indian rice, the agriculture watchdog said.",
        ),
    ],
    [
        (
            "en",
            "emb_uk",
            170,
            15,
            "Today the Russian Ambassador was summoned to the Foreign Office.",
        ),
        (
            "en",
            "emb_uk",
            260,
            15,
            "Contrary to media reports, the Russian Ambassador was not summoned to the Foreign Office today.",
        ),
    ],
    [
        ("en", "mfa", 210, 7, "Maria Zakharova's briefing today will start at 11:00 Moscow time."),
        ("en", "mfa", 217, 7, "Maria Zakharova's briefing today will start at 12:00 Moscow time."),
    ],
    [
        (
            "en",
            "agg_en",
            250,
            18,
            "The joint statement of the BRICS foreign ministers was adopted by consensus.",
        ),
        (
            "en",
            "agg_en",
            430,
            18,
            "The joint statement of the G20 foreign ministers was not adopted due to the position of several Western delegations.",
        ),
    ],
    [
        (
            "en",
            "emb_za",
            270,
            10,
            "The Russian Embassy in Pretoria will host a Russian language Olympiad on 15 November. Registration is open until 1 November.",
        ),
        (
            "en",
            "emb_za",
            275,
            10,
            "The Russian Embassy in Pretoria will host a Russian language Olympiad on 15 November. Registration is now closed.",
        ),
    ],
    [
        ("en", "wire", 380, 6, "Two Russian nationals detained in Finland, embassy says."),
        ("en", "wire", 381, 6, "Two Russian nationals released in Finland, embassy says."),
    ],
]


def hand(m: Maker) -> None:
    for group in HAND:
        for lang, ch, d, h, text in group:
            m.add(
                "hand", lang, ch, START + timedelta(days=d, hours=h, minutes=len(text) % 50), text
            )


# --------------------------------------------------------------------------- copies

HOMO = {
    "а": "a",
    "о": "o",
    "е": "e",
    "с": "c",
    "р": "p",
    "х": "x",
    "у": "y",
    "А": "A",
    "О": "O",
    "Е": "E",
    "С": "C",
    "Р": "P",
    "К": "K",
    "М": "M",
    "Т": "T",
    "Н": "H",
    "В": "B",
}
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff\ufe0f\u200d]")


def strip_emoji(text: str) -> str:
    out = EMOJI.sub("", text)
    return "\n".join(line.strip() for line in out.split("\n")).strip()


def has_emoji(text: str) -> bool:
    return bool(EMOJI.search(text))


def add_emoji(text, lang, rng, **_):
    head = rng.choice(["📌 ", "🔴 ", "🌍 ", "🇷🇺 ", "👉 "])
    tail = rng.choice(["", " 🤝", " 🙏", " ✅"])
    return head + text + tail


def remove_emoji(text, lang, rng, **_):
    return strip_emoji(text)


def prefix(text, lang, rng, **_):
    p = rng.choice(
        ["⚡️ ", "❗️Срочно\n\n", "❗️Срочно: ", "⚡️Срочно: "]
        if lang == "ru"
        else ["⚡️ ", "BREAKING: ", "🔴 BREAKING\n\n"]
    )
    return p + text


def truncate(text, lang, rng, link, **_):
    cut = int(len(text) * rng.uniform(0.5, 0.72))
    sp = text.rfind(" ", 0, cut)
    body = text[:sp].rstrip(",;:—-– \n")
    more = "Читать далее" if lang == "ru" else "Read more"
    return rng.choice(
        [f"{body}…\n\n{more}: {link}", f"{body}… {more} → {link}", f"{body}…\n{more}"]
    )


def join_lines(text, lang, rng, **_):
    return re.sub(r"\s*\n+\s*", " ", text)


def typography(text, lang, rng, **_):
    out = text
    out = (
        out.replace("«", '"').replace("»", '"')
        if "«" in out
        else re.sub(r"\"([^\"]+)\"", r"«\1»", out)
    )
    out = out.replace("ё", "е").replace("Ё", "Е")
    out = out.replace(" — ", rng.choice([" - ", " – ", " -- "]))
    out = re.sub(
        r"(?<=\s)(в|с|и|к|на|по|of|the|to|in|on) ",
        lambda mm: mm.group(1) + "\u00a0",
        out,
        count=rng.randint(2, 6),
    )
    out = re.sub(r"(\d) (\d)", "\\1\u00a0\\2", out)
    out = re.sub(r"\. ", ".  ", out, count=rng.randint(1, 3))
    return out


def markdown(text, lang, rng, **_):
    words = [w for w in re.findall(r"\b[\w.]{6,}\b", text)][:12]
    out = text
    for w in rng.sample(words, min(len(words), rng.randint(1, 3))):
        out = out.replace(w, f"**{w}**", 1)
    first = out.split("\n", 1)
    if len(first) == 2 and rng.random() < 0.5 and "**" not in first[0]:
        out = f"**{first[0]}**\n{first[1]}"
    return out


def html_entities(text, lang, rng, **_):
    out = (
        text.replace("&", "&amp;")
        .replace("«", "&laquo;")
        .replace("»", "&raquo;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )
    out = out.replace(" — ", " &mdash; ")
    if out == text:
        out = re.sub(r"(\d) ", "\\1&nbsp;", out, count=2)
    if out == text:
        out = out.replace(". ", ".&nbsp;", 1).replace("\n\n", "<br><br>", 1)
    if out == text:
        out = out.replace(", ", ",&nbsp;", 1)
    return out


def zwsp(text, lang, rng, **_):
    chars = list(text)
    for _ in range(rng.randint(3, 7)):
        pos = rng.randrange(1, len(chars))
        chars.insert(pos, rng.choice(["\u200b", "\u200b", "\u2060", "\ufeff"]))
    return "".join(chars)


def homoglyph(text, lang, rng, **_):
    chars = list(text)
    spots = [
        i
        for i, ch in enumerate(chars)
        if ch in HOMO and 0 < i < len(chars) - 1 and chars[i - 1].isalpha()
    ]
    for i in rng.sample(spots, min(len(spots), rng.randint(3, 7))):
        chars[i] = HOMO[chars[i]]
    return "".join(chars)


def utm(text, lang, rng, link, **_):
    tag = f"?utm_source=telegram&utm_medium=social&utm_campaign={rng.choice(['dip', 'mfa_news', 'daily', 'repost'])}"
    if link and link in text:
        return text.replace(link, link + tag)
    return text + "\n\n" + link + tag


def source_line(text, lang, rng, origin, **_):
    c = CHANNELS[origin]
    src = c.title if rng.random() < 0.6 or not c.username else f"t.me/{c.username}"
    return text + ("\n\nИсточник: " if lang == "ru" else "\n\nSource: ") + src


def comment_quote(text, lang, rng, **_):
    head = rng.choice(
        ["Важно:", "Позиция МИД 👇", "Обратите внимание:", "Коротко и по делу:"]
        if lang == "ru"
        else ["Important:", "Worth reading 👇", "Note:", "Statement in full:"]
    )
    return head + "\n\n" + text


def fwd_header(text, lang, rng, origin, **_):
    c = CHANNELS[origin]
    return (
        rng.choice(
            [
                f"Forwarded from {c.title}\n",
                f"Forwarded from {c.title}\n\n",
                f"Переслано от {c.title}\n",
            ]
        )
        + text
    )


TRANSFORMS = {
    "emoji_add": add_emoji,
    "emoji_remove": remove_emoji,
    "prefix": prefix,
    "truncate": truncate,
    "join_lines": join_lines,
    "typography": typography,
    "markdown": markdown,
    "html_entities": html_entities,
    "zwsp": zwsp,
    "homoglyph": homoglyph,
    "utm": utm,
    "source_line": source_line,
    "comment_quote": comment_quote,
    "fwd_header": fwd_header,
}
COPY_KINDS = [
    "fwd_meta",
    "fwd_header",
    "repost_sig",
    "emoji_add",
    "emoji_remove",
    "prefix",
    "truncate",
    "join_lines",
    "typography",
    "typo_fix",
    "markdown",
    "html_entities",
    "zwsp",
    "homoglyph",
    "utm",
    "source_line",
    "comment_quote",
    "late_aggregator",
    "combo",
]
COMBO_PARTS = [
    "emoji_remove",
    "prefix",
    "typography",
    "join_lines",
    "zwsp",
    "homoglyph",
    "source_line",
    "markdown",
    "utm",
    "html_entities",
    "emoji_add",
]


def normal(text: str) -> str:
    """A strong normalisation used by the sanity checks only: what no method could tell apart."""
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    t = "".join({v.lower(): k.lower() for k, v in HOMO.items()}.get(ch, ch) for ch in t)
    return re.sub(r"[^\w]+", "", t)


def typo(text: str, rng: random.Random) -> str | None:
    words = [mm for mm in re.finditer(r"[А-Яа-яA-Za-z]{7,}", text)]
    if not words:
        return None
    w = rng.choice(words)
    s = w.group(0)
    i = rng.randrange(2, len(s) - 2)
    bad = rng.choice(
        [s[:i] + s[i + 1] + s[i] + s[i + 2 :], s[:i] + s[i + 1 :], s[:i] + s[i] + s[i:]]
    )
    return text[: w.start()] + bad + text[w.end() :]


def targets(story: Story, kind: str) -> list[str]:
    out = []
    for c in _CHANNELS:
        if c.lang != story.lang or c.name == story.channel or c.role == "ministry":
            continue
        if c.name in ("feed_mid", "feed_mfa") and story.channel not in ("mid", "mfa"):
            continue  # the ministry's own feed carries the ministry's own statements only
        if kind == "fwd_meta" and (
            c.kind != "telegram" or CHANNELS[story.channel].kind != "telegram"
        ):
            continue
        if kind == "fwd_header" and c.role not in ("import", "aggregator"):
            continue
        if kind == "repost_sig" and c.name not in SIGNATURES:
            continue
        if kind == "truncate" and c.role not in ("feed", "aggregator"):
            continue
        if kind == "late_aggregator" and c.role != "aggregator":
            continue
        if kind in ("comment_quote",) and c.role not in ("aggregator", "agency", "embassy"):
            continue
        out.append(c.name)
    if kind == "fwd_header" and story.lang == "en":
        out = [
            c.name
            for c in _CHANNELS
            if c.role == "import"
            or (c.role == "aggregator" and c.lang == "en" and c.name != story.channel)
        ]
    return out


def applicable(story: Story, kind: str, others: list[str]) -> bool:
    t = story.text
    if kind == "emoji_remove":
        return has_emoji(t)
    if kind == "homoglyph":
        return story.lang == "ru"
    if kind == "join_lines":
        return "\n" in t
    if kind == "truncate":
        return not len(t) < 180
    if kind == "typo_fix":
        return story.typo_text is None and typo(t, random.Random(0)) is not None
    if kind == "fwd_meta":
        return CHANNELS[story.channel].kind == "telegram"
    return True


def make_copies(m: Maker) -> list[Copy]:
    rng = m.rng
    copies: list[Copy] = []
    norm_all = {s.sid: normal(s.text) for s in m.stories}
    cycle: list[str] = []
    for s in m.stories:
        p = 0.2 if s.family == "short" else 0.45
        if not s.copies_allowed or rng.random() > p:
            continue
        n = 1 if rng.random() < 0.7 else 2
        used: set[str] = set()
        for _ in range(n):
            for _attempt in range(40):
                if not cycle:
                    cycle = COPY_KINDS[:]
                    rng.shuffle(cycle)
                kind = (
                    cycle.pop()
                    if s.family != "short"
                    else rng.choice(["fwd_meta", "fwd_header", "repost_sig", "source_line"])
                )
                if kind in used or not applicable(s, kind, []) or (kind == "typo_fix" and used):
                    cycle.insert(0, kind)
                    continue
                chans = targets(s, kind)
                if not chans:
                    cycle.insert(0, kind)
                    continue
                c = copy_of(s, kind, rng.choice(chans), rng)
                if c is None:
                    cycle.insert(0, kind)
                    continue
                if kind == "truncate" or "truncate" in c.kind:
                    kept = normal(c.text.split("…")[0])
                    if any(o != s.sid and v.startswith(kept) for o, v in norm_all.items()):
                        cycle.insert(0, kind)
                        continue
                used.add(kind)
                copies.append(c)
                break
    return copies


def copy_of(s: Story, kind: str, ch: str, rng: random.Random) -> Copy | None:
    base = s.typo_text or s.text
    when = s.when + timedelta(minutes=rng.randint(4, 600))
    kw = dict(lang=s.lang, rng=rng, link=s.link, origin=s.channel)
    if kind == "fwd_meta":
        return Copy(s, kind, ch, when, base, forward=True)
    if kind == "repost_sig":
        sig, tags = SIGNATURES[ch]
        return Copy(s, kind, ch, when, base + sig, hashtags=tags)
    if kind == "late_aggregator":
        when = s.when + timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 10))
        sig, tags = SIGNATURES.get(ch, ("", ()))
        return Copy(s, kind, ch, when, base + (sig if rng.random() < 0.5 else ""), hashtags=tags)
    if kind == "typo_fix":
        bad = typo(s.text, rng)
        if bad is None:
            return None
        s.typo_text = bad  # the original goes out with the typo, this copy fixes it
        return Copy(s, kind, ch, when, s.text)
    if kind == "combo":
        a, b = rng.sample(COMBO_PARTS, 2)
        if (a == "emoji_remove" or b == "emoji_remove") and not has_emoji(base):
            return None
        if ("homoglyph" in (a, b)) and s.lang != "ru":
            return None
        text = TRANSFORMS[b](TRANSFORMS[a](base, **kw), **kw)
        return Copy(s, f"combo:{a}+{b}", ch, when, text)
    text = TRANSFORMS[kind](base, **kw)
    if text == base:
        return None
    return Copy(s, kind, ch, when, text)


# ----------------------------------------------------------------------------- build


def _links(m: Maker) -> None:
    for n, s in enumerate(m.stories):
        if s.lang == "ru":
            s.link = f"https://mid.ru/ru/foreign_policy/news/{1930000 + 37 * n}/"
        else:
            s.link = f"https://mid.ru/en/foreign_policy/news/{1930000 + 37 * n}/"
        # some originals carry their own link, so a UTM tag lands on it
        if n % 6 == 0 and s.family not in ("short", "hand", "casualties", "paraphrase"):
            s.text = s.text + ("\n\nПодробнее: " if s.lang == "ru" else "\n\nMore: ") + s.link


def headline(text: str) -> str:
    first = strip_emoji(text).split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return first[:110]


def build() -> list[Labelled]:
    rng = random.Random(SEED)
    m = Maker(rng)
    for fam in (
        condolences,
        national_days,
        credentials,
        consular,
        visas,
        briefings,
        travel,
        evacuation,
        humanitarian,
        casualties,
        prisoners,
        boilerplate,
        negations,
        stances,
        lists_one_item,
        annual,
        paraphrases,
        series,
        quotes,
        short,
        schedules,
        wires,
        hand,
    ):
        fam(m)
    for s in m.stories:  # some statements reach the archive first through the ministry's feed
        if (
            s.channel in ("mid", "mfa")
            and s.family in ("credentials", "visa", "travel", "stance", "list", "prisoners")
            and rng.random() < 0.35
        ):
            s.channel = "feed_mid" if s.lang == "ru" else "feed_mfa"
        elif s.channel == "wire" and rng.random() < 0.3:
            s.channel = "feed_wire"
    _links(m)
    copies = make_copies(m)
    # (when, order, channel, text, story, forward-of, hashtags, media, is_original, copy kind)
    recs = []
    for s in m.stories:
        recs.append(
            dict(
                when=s.when,
                ch=s.channel,
                text=s.typo_text or s.text,
                sid=s.sid,
                story=s,
                fwd=False,
                tags=(),
                kind="original",
            )
        )
    for c in copies:
        recs.append(
            dict(
                when=c.when,
                ch=c.channel,
                text=c.text,
                sid=c.story.sid,
                story=c.story,
                fwd=c.forward,
                tags=c.hashtags,
                kind=c.kind,
            )
        )
    recs.sort(key=lambda r: (r["when"], r["kind"] != "original"))
    counters: dict[str, int] = {}
    ext_of_story: dict[str, tuple[str, str]] = {}
    out: list[Labelled] = []
    for r in recs:
        ch = CHANNELS[r["ch"]]
        n = counters.get(ch.name, 1000 + 37 * len(counters) * 11) + rng.randint(1, 9)
        counters[ch.name] = n
        if ch.kind == "telegram":
            ext, url = str(n), f"https://t.me/{ch.username}/{n}"
        elif ch.kind == "feed":
            url = ch.key.rsplit("/", 1)[0] + f"/item/{n * 7 + 191}/"
            ext = url
        else:
            ext, url = f"msg{n}", None
        fwd = None
        if r["fwd"]:
            oext = ext_of_story[r["sid"]][1]
            o = CHANNELS[r["story"].channel]
            fwd = Forward(name=o.title, source_key=o.key, external_id=oext, username=o.username)
        if r["kind"] == "original":
            ext_of_story[r["sid"]] = (ch.key, ext)
        post = Post(
            source=SourceRef(
                kind=ch.kind,
                key=ch.key,
                title=ch.title,
                username=ch.username,
                url=f"https://t.me/{ch.username}"
                if ch.username
                else (ch.key if ch.kind == "feed" else None),
            ),
            external_id=ext,
            published_at=r["when"],
            text=r["text"],
            title=headline(r["text"]) if ch.kind == "feed" else None,
            url=url,
            forwarded_from=fwd,
            hashtags=r["tags"],
            media=r["story"].media,
        )
        out.append(Labelled(post=post, story=r["sid"]))
    _KINDS.clear()
    _KINDS.update({(x["ch"], x["sid"], x["text"]): x["kind"] for x in recs})
    _FAMILY.clear()
    _FAMILY.update({s.sid: s.family for s in m.stories})
    return out


_KINDS: dict[tuple[str, str, str], str] = {}
_FAMILY: dict[str, str] = {}


def kind_of(x: Labelled) -> str:
    """The copy kind of a post ("original" for the first of a story), for reports."""
    ch = next(c.name for c in _CHANNELS if c.key == x.post.source.key)
    return _KINDS.get((ch, x.story, x.post.text), "?")


def family_of(x: Labelled) -> str:
    return _FAMILY.get(x.story, "?")
