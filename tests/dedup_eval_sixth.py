# ruff: noqa: E501  (a data module: long template strings read better whole)
"""A sixth labelled near-duplicate set, written blind to the method (session 32).

Sources shaped like the ones an analyst follows: the ministry's Russian and English
channels, its consular department, two embassies (one bilingual), the UN mission, agencies
(TASS, TASS English, RIA, Interfax, a wire in English), five aggregators, three feeds (the
ministry's Russian and English feeds and an agency feed) and one imported dump. Posts run from
January 2024 to June 2025, in Russian and English.

Every post carries a *story* label. One story is one statement: its copies must be linked to
it. Two stories are two statements however alike they read, and must stay apart. A story's
first post is its original; every later post of the story is a copy of it, made by one (or
two, "combo") of the transforms named in :func:`kind_of`. Copies keep every slot of their
statement. A copy of a short post (under fourteen words) comes within ten hours of it; any
other copy within 25 days (the product links copies within 30 days, one-liners within 12
hours: docs/dedup.md).

Hard negatives: templated statements that differ in one slot (a country, a date, a number, a
name, a place, a disaster, a verb of the opposite sense: condemns/welcomes, began/ended, will
sign/signed, appointed/relieved, issued/lifted), placed close in time to each other (the same
day, the same week) so that the time window does not keep them apart.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef

SEED = 32_0606
START = datetime(2024, 1, 8, tzinfo=UTC)
END = datetime(2025, 6, 20, tzinfo=UTC)


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class Channel:
    name: str
    kind: str  # telegram, feed, import
    key: str
    title: str
    username: str | None
    lang: str  # ru, en, bi
    sig: str | None  # the channel's signature block, appended to its own posts


CHANNELS = {
    c.name: c
    for c in [
        Channel("mid_ru", "telegram", "1101806611", "МИД России 🇷🇺", "MID_Russia", "ru", None),
        Channel(
            "mfa_en",
            "telegram",
            "1113958032",
            "MFA Russia 🇷🇺",
            "MFARussia",
            "en",
            "🇷🇺 #MFARussia\n🔗 t.me/MFARussia",
        ),
        Channel(
            "consul",
            "telegram",
            "1287342167",
            "Консульский департамент МИД России",
            "consdep_mid",
            "ru",
            "☎️ Горячая линия КД: +7 (499) 244-19-32\n🔗 t.me/consdep_mid",
        ),
        Channel(
            "emb_mn",
            "telegram",
            "1450913377",
            "Посольство России в Монголии",
            "rusembmn",
            "bi",
            "🇷🇺🇲🇳 @rusembmn",
        ),
        Channel(
            "emb_in",
            "telegram",
            "1399810254",
            "Russia in India 🇷🇺",
            "RusEmbIndia",
            "en",
            "#RussiaIndia #DruzhbaDosti\n@RusEmbIndia",
        ),
        Channel(
            "un",
            "telegram",
            "1331120943",
            "Постпредство России при ООН",
            "RussiaUN",
            "ru",
            "#СБООН #ООН",
        ),
        Channel("tass", "telegram", "1050820672", "ТАСС", "tass_agency", "ru", None),
        Channel("tass_en", "telegram", "1212420777", "TASS English", "tassagency_en", "en", None),
        Channel("ria", "telegram", "1101170442", "РИА Новости", "rian_ru", "ru", None),
        Channel("interfax", "telegram", "1144180066", "Интерфакс", "interfaxonline", "ru", None),
        Channel("wire", "telegram", "1230919101", "Wire Flash", "wireflash", "en", None),
        Channel(
            "agg_ru1",
            "telegram",
            "1500000001",
            "Дипломатия сегодня",
            "diplomacy_today",
            "ru",
            "👉 Подписаться | @diplomacy_today",
        ),
        Channel(
            "agg_ru2",
            "telegram",
            "1500000002",
            "Мир и политика",
            "mirpolit",
            "ru",
            "🔴 Подписывайтесь: t.me/mirpolit",
        ),
        Channel(
            "agg_ru3",
            "telegram",
            "1500000003",
            "Новости СНГ и мира",
            "sng_world",
            "ru",
            "#новости #мир\n@sng_world",
        ),
        Channel(
            "agg_en1",
            "telegram",
            "1500000004",
            "World Affairs Digest",
            "wadigest",
            "en",
            "📲 Follow us: t.me/wadigest",
        ),
        Channel(
            "agg_en2",
            "telegram",
            "1500000005",
            "Global South Wire",
            "gswire",
            "en",
            "@gswire | Subscribe",
        ),
        Channel(
            "feed_ru", "feed", "https://mid.ru/ru/rss.php", "МИД России — новости", None, "ru", None
        ),
        Channel(
            "feed_en", "feed", "https://mid.ru/en/rss.php", "MFA Russia — news", None, "en", None
        ),
        Channel(
            "feed_tass", "feed", "https://tass.com/rss/v2.xml", "TASS — World", None, "en", None
        ),
        Channel("dump", "import", "embassy-dump", "embassy-dump", None, "ru", None),
    ]
}

AGG_RU = ["agg_ru1", "agg_ru2", "agg_ru3"]
AGG_EN = ["agg_en1", "agg_en2"]
AGENCY_RU = ["tass", "ria", "interfax"]
AGENCY_EN = ["tass_en", "wire"]


# --------------------------------------------------------------------------- slot data


@dataclass(frozen=True)
class Country:
    en: str
    nom: str
    gen: str
    acc: str  # в ...
    prep: str  # в ...
    cap_en: str
    cap_acc: str
    cap_gen: str
    cap_prep: str
    min_en: str
    min_ins: str  # с ... (instrumental, initials)
    flag: str


COUNTRIES = [
    Country(
        "Turkey",
        "Турция",
        "Турции",
        "Турцию",
        "Турции",
        "Ankara",
        "Анкару",
        "Анкары",
        "Анкаре",
        "Hakan Fidan",
        "Х.Фиданом",
        "🇹🇷",
    ),
    Country(
        "Egypt",
        "Египет",
        "Египта",
        "Египет",
        "Египте",
        "Cairo",
        "Каир",
        "Каира",
        "Каире",
        "Badr Abdelatty",
        "Б.Абдельатти",
        "🇪🇬",
    ),
    Country(
        "China",
        "Китай",
        "Китая",
        "Китай",
        "Китае",
        "Beijing",
        "Пекин",
        "Пекина",
        "Пекине",
        "Wang Yi",
        "Ван И",
        "🇨🇳",
    ),
    Country(
        "India",
        "Индия",
        "Индии",
        "Индию",
        "Индии",
        "New Delhi",
        "Нью-Дели",
        "Нью-Дели",
        "Нью-Дели",
        "Subrahmanyam Jaishankar",
        "С.Джайшанкаром",
        "🇮🇳",
    ),
    Country(
        "Brazil",
        "Бразилия",
        "Бразилии",
        "Бразилию",
        "Бразилии",
        "Brasilia",
        "Бразилиа",
        "Бразилиа",
        "Бразилиа",
        "Mauro Vieira",
        "М.Виейрой",
        "🇧🇷",
    ),
    Country(
        "Indonesia",
        "Индонезия",
        "Индонезии",
        "Индонезию",
        "Индонезии",
        "Jakarta",
        "Джакарту",
        "Джакарты",
        "Джакарте",
        "Sugiono",
        "Сугионо",
        "🇮🇩",
    ),
    Country(
        "Iran",
        "Иран",
        "Ирана",
        "Иран",
        "Иране",
        "Tehran",
        "Тегеран",
        "Тегерана",
        "Тегеране",
        "Abbas Araghchi",
        "А.Аракчи",
        "🇮🇷",
    ),
    Country(
        "Pakistan",
        "Пакистан",
        "Пакистана",
        "Пакистан",
        "Пакистане",
        "Islamabad",
        "Исламабад",
        "Исламабада",
        "Исламабаде",
        "Ishaq Dar",
        "И.Даром",
        "🇵🇰",
    ),
    Country(
        "Vietnam",
        "Вьетнам",
        "Вьетнама",
        "Вьетнам",
        "Вьетнаме",
        "Hanoi",
        "Ханой",
        "Ханоя",
        "Ханое",
        "Bui Thanh Son",
        "Буй Тхань Шоном",
        "🇻🇳",
    ),
    Country(
        "South Africa",
        "ЮАР",
        "ЮАР",
        "ЮАР",
        "ЮАР",
        "Pretoria",
        "Преторию",
        "Претории",
        "Претории",
        "Ronald Lamola",
        "Р.Ламолой",
        "🇿🇦",
    ),
    Country(
        "Serbia",
        "Сербия",
        "Сербии",
        "Сербию",
        "Сербии",
        "Belgrade",
        "Белград",
        "Белграда",
        "Белграде",
        "Marko Djuric",
        "М.Джуричем",
        "🇷🇸",
    ),
    Country(
        "Mongolia",
        "Монголия",
        "Монголии",
        "Монголию",
        "Монголии",
        "Ulaanbaatar",
        "Улан-Батор",
        "Улан-Батора",
        "Улан-Баторе",
        "Battsetseg Batmunkh",
        "Б.Батцэцэг",
        "🇲🇳",
    ),
    Country(
        "Laos",
        "Лаос",
        "Лаоса",
        "Лаос",
        "Лаосе",
        "Vientiane",
        "Вьентьян",
        "Вьентьяна",
        "Вьентьяне",
        "Thongsavanh Phomvihane",
        "Т.Пхомвихане",
        "🇱🇦",
    ),
    Country(
        "Malaysia",
        "Малайзия",
        "Малайзии",
        "Малайзию",
        "Малайзии",
        "Kuala Lumpur",
        "Куала-Лумпур",
        "Куала-Лумпура",
        "Куала-Лумпуре",
        "Mohamad Hasan",
        "М.Хасаном",
        "🇲🇾",
    ),
    Country(
        "Ethiopia",
        "Эфиопия",
        "Эфиопии",
        "Эфиопию",
        "Эфиопии",
        "Addis Ababa",
        "Аддис-Абебу",
        "Аддис-Абебы",
        "Аддис-Абебе",
        "Gedion Timothewos",
        "Г.Тимотеосом",
        "🇪🇹",
    ),
    Country(
        "Morocco",
        "Марокко",
        "Марокко",
        "Марокко",
        "Марокко",
        "Rabat",
        "Рабат",
        "Рабата",
        "Рабате",
        "Nasser Bourita",
        "Н.Буритой",
        "🇲🇦",
    ),
    Country(
        "Algeria",
        "Алжир",
        "Алжира",
        "Алжир",
        "Алжире",
        "Algiers",
        "Алжир",
        "Алжира",
        "Алжире",
        "Ahmed Attaf",
        "А.Аттафом",
        "🇩🇿",
    ),
    Country(
        "Mexico",
        "Мексика",
        "Мексики",
        "Мексику",
        "Мексике",
        "Mexico City",
        "Мехико",
        "Мехико",
        "Мехико",
        "Juan Ramon de la Fuente",
        "Х.Р. де ла Фуэнте",
        "🇲🇽",
    ),
    Country(
        "Kyrgyzstan",
        "Киргизия",
        "Киргизии",
        "Киргизию",
        "Киргизии",
        "Bishkek",
        "Бишкек",
        "Бишкека",
        "Бишкеке",
        "Zheenbek Kulubaev",
        "Ж.Кулубаевым",
        "🇰🇬",
    ),
    Country(
        "Uzbekistan",
        "Узбекистан",
        "Узбекистана",
        "Узбекистан",
        "Узбекистане",
        "Tashkent",
        "Ташкент",
        "Ташкента",
        "Ташкенте",
        "Bakhtiyor Saidov",
        "Б.Саидовым",
        "🇺🇿",
    ),
    Country(
        "Kazakhstan",
        "Казахстан",
        "Казахстана",
        "Казахстан",
        "Казахстане",
        "Astana",
        "Астану",
        "Астаны",
        "Астане",
        "Murat Nurtleu",
        "М.Нуртлеу",
        "🇰🇿",
    ),
    Country(
        "Nicaragua",
        "Никарагуа",
        "Никарагуа",
        "Никарагуа",
        "Никарагуа",
        "Managua",
        "Манагуа",
        "Манагуа",
        "Манагуа",
        "Valdrack Jaentschke",
        "В.Янчке",
        "🇳🇮",
    ),
    Country(
        "Myanmar",
        "Мьянма",
        "Мьянмы",
        "Мьянму",
        "Мьянме",
        "Naypyidaw",
        "Нейпьидо",
        "Нейпьидо",
        "Нейпьидо",
        "Than Swe",
        "Тан Шве",
        "🇲🇲",
    ),
    Country(
        "Nepal",
        "Непал",
        "Непала",
        "Непал",
        "Непале",
        "Kathmandu",
        "Катманду",
        "Катманду",
        "Катманду",
        "Arzu Rana Deuba",
        "А.Р.Деубой",
        "🇳🇵",
    ),
]
C = {c.en: c for c in COUNTRIES}

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


def ru_d(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]}"


def en_d(d: datetime) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}"


def ru_dy(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года"


# --------------------------------------------------------------------------- the maker


@dataclass
class Item:
    t: datetime
    ch: str
    story: str
    family: str
    kind: str  # original, or the copy's transform
    body: str  # text without the channel's signature
    sig: str | None = None
    title: str | None = None
    orig: Item | None = None
    fwd: bool = False  # forwarded_from set (to orig)
    fwd_name_only: bool = False
    trim_ok: bool = False  # last paragraph is boilerplate that a repost may drop
    clean_body: str | None = None  # the original's body without its typo (typo_fixed)
    undated: bool = False
    post: Post | None = None
    n_copies: int = 0
    protect: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.body + ("\n\n" + self.sig if self.sig else "")


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[Item] = []
        self.n = 0
        self.seen: set[str] = set()

    def day(self, lo: datetime = START, hi: datetime = END - timedelta(days=30)) -> datetime:
        span = int((hi - lo).total_seconds() // 60)
        t = lo + timedelta(minutes=self.rng.randrange(span))
        return t.replace(hour=self.rng.randrange(6, 17), minute=self.rng.randrange(60), second=0)

    def add(
        self,
        family: str,
        ch: str,
        t: datetime,
        body: str,
        *,
        sig: bool = True,
        trim_ok: bool = False,
        protect: tuple[str, ...] = (),
    ) -> Item | None:
        key = normal(body)
        if key in self.seen:
            return None
        self.seen.add(key)
        self.n += 1
        c = CHANNELS[ch]
        it = Item(
            t,
            ch,
            f"{family}-{self.n:04d}",
            family,
            "original",
            body.strip(),
            c.sig if sig else None,
            trim_ok=trim_ok,
            protect=protect,
        )
        self.items.append(it)
        return it


def minutes(m: Maker, lo: int, hi: int) -> timedelta:
    return timedelta(minutes=m.rng.randint(lo, hi))


# --------------------------------------------------------------------------- families

DISASTERS = [
    # genitive for a heading, "известие о ...", EN phrase
    ("землетрясения", "о разрушительном землетрясении", "the devastating earthquake", "earthquake"),
    ("наводнения", "о катастрофическом наводнении", "the catastrophic floods", "floods"),
    ("схода оползня", "о сходе оползня", "the landslide", "landslide"),
    (
        "крушения пассажирского самолёта",
        "о крушении пассажирского самолёта",
        "the crash of a passenger plane",
        "plane crash",
    ),
    (
        "теракта",
        "о бесчеловечном террористическом акте",
        "the heinous terrorist attack",
        "terrorist attack",
    ),
    ("лесных пожаров", "о масштабных лесных пожарах", "the massive wildfires", "wildfires"),
    ("тайфуна", "о прохождении разрушительного тайфуна", "the devastating typhoon", "typhoon"),
    (
        "взрыва на шахте",
        "о взрыве на угольной шахте",
        "the explosion at a coal mine",
        "mine explosion",
    ),
]


def condolences(m: Maker) -> None:
    rng = m.rng
    for _ in range(13):
        t = m.day()
        dis = rng.choice(DISASTERS)
        cs = rng.sample(COUNTRIES, 3)
        # siblings: same disaster in two or three countries, or two disasters in one country
        pairs = [(cs[0], dis), (cs[1], dis)]
        if rng.random() < 0.5:
            pairs.append((cs[0], rng.choice([d for d in DISASTERS if d != dis])))
        for i, (c, d) in enumerate(pairs):
            n = rng.choice([12, 17, 23, 38, 41, 56, 73, 112, 140])
            tt = t + timedelta(hours=i * rng.randint(1, 30))
            if rng.random() < 0.6:
                body = (
                    f"{c.flag} Соболезнования в связи с последствиями {d[0]} в {c.prep}\n\n"
                    f"В Москве с глубокой скорбью восприняли известие {d[1]} в {c.prep}. По имеющимся данным, погибли {n} человек, многие получили ранения.\n\n"
                    f"Передаём искренние соболезнования родным и близким погибших, желаем скорейшего выздоровления всем пострадавшим. Разделяем горе дружественного народа {c.gen}.\n\n"
                    "Российская сторона готова оказать необходимую помощь в ликвидации последствий трагедии."
                )
                it = m.add("condolences", "mid_ru", tt, body, trim_ok=True)
                if it:
                    it.sig = "#соболезнования"
            else:
                body = (
                    f"{c.flag} Condolences over {d[2]} in {c.en}\n\n"
                    f"Moscow was deeply saddened to learn of {d[2]} in {c.en}. According to available information, {n} people were killed and many more were injured.\n\n"
                    f"We extend our sincere condolences to the families and friends of the victims and wish a speedy recovery to all those injured. We share the grief of the friendly people of {c.en}.\n\n"
                    "Russia stands ready to provide the necessary assistance in dealing with the aftermath of the tragedy."
                )
                m.add("condolences", "mfa_en", tt, body, trim_ok=True)


NATIONAL_DAYS = [
    # clusters of countries whose days fall close together: (month, day) per country
    [("Mexico", 9, 16), ("Nicaragua", 9, 15)],
    [("Malaysia", 8, 31), ("Kyrgyzstan", 8, 31), ("Uzbekistan", 9, 1)],
    [("Vietnam", 9, 2), ("Kazakhstan", 10, 25)],
    [("China", 10, 1), ("Nepal", 9, 20)],
    [("Indonesia", 8, 17), ("India", 8, 15), ("Pakistan", 8, 14)],
    [("Algeria", 11, 1), ("Turkey", 10, 29)],
    [("Laos", 12, 2), ("Kazakhstan", 12, 16)],
    [("Iran", 2, 11), ("Serbia", 2, 15)],
    [("Myanmar", 1, 4), ("India", 1, 26)],
    [("South Africa", 4, 27), ("Egypt", 7, 23), ("Morocco", 7, 30)],
    [("Mongolia", 7, 11), ("Ethiopia", 5, 28), ("Brazil", 9, 7)],
]


def national_days(m: Maker) -> None:
    rng = m.rng
    for year in (2024, 2025):
        for cluster in NATIONAL_DAYS:
            for en, mo, dd in cluster:
                t = datetime(year, mo, dd, rng.randrange(5, 10), rng.randrange(60), tzinfo=UTC)
                if not (START <= t <= END - timedelta(days=26)):
                    continue
                c = C[en]
                r = rng.random()
                if r < 0.5:
                    body = (
                        f"{c.flag} Поздравляем друзей из {c.gen} с национальным праздником!\n\n"
                        f"Российско-{adj_ru(c)} отношения традиционно носят дружественный характер. Высоко ценим достигнутый уровень политического диалога и взаимодействия в торгово-экономической и гуманитарной сферах.\n\n"
                        f"Желаем народу {c.gen} мира, благополучия и процветания!"
                    )
                    m.add("national_day", "mid_ru", t, body)
                elif r < 0.8:
                    body = (
                        f"{c.flag} Congratulations to our friends in {c.en} on their National Day!\n\n"
                        f"Russia and {c.en} enjoy traditionally friendly relations. We highly value the level of political dialogue and our cooperation in trade, the economy and humanitarian affairs.\n\n"
                        f"We wish the people of {c.en} peace, well-being and prosperity!"
                    )
                    m.add("national_day", "mfa_en", t, body)
                else:
                    yrs = rng.choice([30, 35, 50, 55, 60, 65, 70, 75, 80])
                    body = (
                        f"{c.flag} {ru_d(t).capitalize()} исполняется {yrs} лет со дня установления дипломатических отношений между Россией и {ins_ru(c)}.\n\n"
                        f"Поздравляем друзей из {c.gen} с этой знаменательной датой! Уверены, что наше многоплановое сотрудничество и впредь будет развиваться на благо народов двух стран."
                    )
                    m.add("national_day", "mid_ru", t, body)


def adj_ru(c: Country) -> str:
    return {
        "Turkey": "турецкие",
        "Egypt": "египетские",
        "China": "китайские",
        "India": "индийские",
        "Brazil": "бразильские",
        "Indonesia": "индонезийские",
        "Iran": "иранские",
        "Pakistan": "пакистанские",
        "Vietnam": "вьетнамские",
        "South Africa": "южноафриканские",
        "Serbia": "сербские",
        "Mongolia": "монгольские",
        "Laos": "лаосские",
        "Malaysia": "малайзийские",
        "Ethiopia": "эфиопские",
        "Morocco": "марокканские",
        "Algeria": "алжирские",
        "Mexico": "мексиканские",
        "Kyrgyzstan": "киргизские",
        "Uzbekistan": "узбекские",
        "Kazakhstan": "казахстанские",
        "Nicaragua": "никарагуанские",
        "Myanmar": "мьянманские",
        "Nepal": "непальские",
    }[c.en]


def ins_ru(c: Country) -> str:
    special = {
        "Turkey": "Турцией",
        "India": "Индией",
        "Brazil": "Бразилией",
        "Indonesia": "Индонезией",
        "Serbia": "Сербией",
        "Mongolia": "Монголией",
        "Malaysia": "Малайзией",
        "Ethiopia": "Эфиопией",
        "Mexico": "Мексикой",
        "Kyrgyzstan": "Киргизией",
        "Myanmar": "Мьянмой",
        "South Africa": "ЮАР",
        "Morocco": "Марокко",
        "Nicaragua": "Никарагуа",
        "China": "Китаем",
    }
    return special.get(c.en, c.nom + "ом")


REASONS = [
    ("обострением военно-политической обстановки", "the deteriorating security situation"),
    ("массовыми протестами", "mass protests"),
    ("сезоном тропических ливней и наводнениями", "the tropical rain season and flooding"),
    ("вспышкой лихорадки денге", "an outbreak of dengue fever"),
    ("угрозой террористических атак", "the threat of terrorist attacks"),
    ("приближением мощного тайфуна", "an approaching powerful typhoon"),
]


def consular(m: Maker) -> None:
    rng = m.rng
    for _ in range(9):
        t = m.day()
        reason = rng.choice(REASONS)
        cs = rng.sample(COUNTRIES, 2)
        variants = [("issue", cs[0], reason), ("issue", cs[1], reason)]
        if rng.random() < 0.6:
            variants.append(("lift", cs[0], reason))
        if rng.random() < 0.4:
            variants.append(("issue", cs[0], rng.choice([r for r in REASONS if r != reason])))
        for i, (what, c, r) in enumerate(variants):
            tt = t + timedelta(hours=i * rng.randint(2, 70))
            phone = f"+{rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
            if what == "issue":
                body = (
                    f"⚠️ В связи с {r[0]} в {c.prep} Консульский департамент МИД России рекомендует российским гражданам воздержаться от поездок в {c.acc} до стабилизации обстановки.\n\n"
                    "Находящимся в стране соотечественникам следует соблюдать повышенные меры предосторожности, избегать мест массового скопления людей и следить за сообщениями местных властей.\n\n"
                    f"Круглосуточный телефон дежурной службы Посольства России в {c.prep}: {phone}"
                )
            else:
                body = (
                    f"ℹ️ Консульский департамент МИД России отменяет рекомендацию воздерживаться от поездок в {c.acc}, введённую в связи с {r[0]}.\n\n"
                    "Находящимся в стране соотечественникам по-прежнему следует соблюдать меры предосторожности и следить за сообщениями местных властей.\n\n"
                    f"Круглосуточный телефон дежурной службы Посольства России в {c.prep}: {phone}"
                )
            m.add("consular", "consul", tt, body, trim_ok=True)


VISAS = [
    "Laos",
    "Vietnam",
    "Indonesia",
    "Malaysia",
    "Egypt",
    "India",
    "Nepal",
    "Myanmar",
    "Pakistan",
    "Ethiopia",
]


def visas(m: Maker) -> None:
    rng = m.rng
    for en in VISAS:
        c = C[en]
        t = m.day()
        base_fee = rng.choice([25, 30, 35, 40, 50])
        base_days = rng.choice([3, 5, 7, 10])
        start = t + timedelta(days=rng.randint(5, 20))
        variants = [(start, base_days, base_fee)]
        variants.append((start, base_days, base_fee + rng.choice([5, 10, 15])))
        if rng.random() < 0.6:
            variants.append((start + timedelta(days=rng.randint(1, 14)), base_days, base_fee))
        if rng.random() < 0.5:
            variants.append((start, base_days + rng.choice([2, 5]), base_fee))
        for i, (d, days, fee) in enumerate(variants):
            tt = t + timedelta(hours=i * rng.randint(6, 120))
            if rng.random() < 0.65:
                body = (
                    f"🛂 С {ru_dy(d)} граждане России могут оформить электронную визу для въезда в {c.acc}.\n\n"
                    f"Заявление подаётся на официальном портале иммиграционной службы {c.gen}. Срок рассмотрения — до {days} рабочих дней, консульский сбор — {fee} долларов США.\n\n"
                    "Срок действия визы — 90 дней, допускается однократный въезд. Подробная информация — на сайте Посольства."
                )
                m.add("visa", "consul", tt, body, trim_ok=True)
            else:
                body = (
                    f"🛂 Starting {en_d(d)}, {d.year}, Russian citizens can apply for an electronic visa to enter {c.en}.\n\n"
                    f"Applications are filed on the official portal of the immigration service of {c.en}. Processing takes up to {days} working days; the consular fee is {fee} US dollars.\n\n"
                    "The visa is valid for 90 days for a single entry. Details are available on the Embassy's website."
                )
                m.add("visa", "mfa_en", tt, body, trim_ok=True)


VISIT = ["рабочим", "официальным"]


def talks(m: Maker) -> None:
    rng = m.rng
    for _ in range(12):
        t = m.day()
        cs = rng.sample(COUNTRIES, 2)
        d = t + timedelta(days=rng.randint(1, 4))
        variants = [("will", cs[0], d), ("will", cs[1], d)]
        if rng.random() < 0.7:
            variants.append(("held", cs[0], d))
        if rng.random() < 0.4:
            variants.append(("will", cs[0], d + timedelta(days=rng.randint(1, 6))))
        en = rng.random() < 0.35
        for i, (tense, c, dd) in enumerate(variants):
            tt = (
                t + timedelta(minutes=i * rng.randint(20, 600))
                if tense == "will"
                else dd + timedelta(hours=rng.randint(2, 8))
            )
            if tt <= t:
                tt = t + timedelta(minutes=5 + i)
            visit = VISIT[zlib.crc32(c.en.encode()) % 2]  # hash() differs run to run
            if not en:
                if tense == "will":
                    body = (
                        f"🗓 {ru_d(dd).capitalize()} Министр иностранных дел Российской Федерации С.В.Лавров проведёт переговоры с Министром иностранных дел {c.gen} {c.min_ins}, который находится в России с {visit} визитом.\n\n"
                        "Предполагается обсудить актуальные вопросы двусторонней повестки дня, перспективы расширения торгово-экономического сотрудничества, а также взаимодействие на многосторонних площадках, прежде всего в ООН и БРИКС."
                    )
                else:
                    body = (
                        f"🤝 {ru_d(dd).capitalize()} состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел {c.gen} {c.min_ins}, который находится в России с {visit} визитом.\n\n"
                        "Обсуждены актуальные вопросы двусторонней повестки дня, перспективы расширения торгово-экономического сотрудничества, а также взаимодействие на многосторонних площадках, прежде всего в ООН и БРИКС."
                    )
                it = m.add("talks", "mid_ru", tt, body, trim_ok=True)
                if it:
                    it.sig = f"#Лавров #{c.nom.replace('-', '')}"
            else:
                if tense == "will":
                    body = (
                        f"🗓 On {en_d(dd)}, Foreign Minister Sergey Lavrov will hold talks with Minister of Foreign Affairs of {c.en} {c.min_en}, who is in Russia on {'a working' if visit == 'рабочим' else 'an official'} visit.\n\n"
                        "The ministers are expected to discuss current bilateral matters, prospects for expanding trade and economic cooperation, and interaction at multilateral platforms, primarily the UN and BRICS."
                    )
                else:
                    body = (
                        f"🤝 On {en_d(dd)}, Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs of {c.en} {c.min_en}, who is in Russia on {'a working' if visit == 'рабочим' else 'an official'} visit.\n\n"
                        "The ministers discussed current bilateral matters, prospects for expanding trade and economic cooperation, and interaction at multilateral platforms, primarily the UN and BRICS."
                    )
                m.add("talks", "mfa_en", tt, body, trim_ok=True)


TOPICS = [
    (
        "ход реализации договорённостей, достигнутых на высшем уровне",
        "progress in implementing the agreements reached at the top level",
    ),
    ("подготовка к предстоящему саммиту БРИКС", "preparations for the upcoming BRICS summit"),
    ("ситуация на Ближнем Востоке", "the situation in the Middle East"),
    ("график предстоящих двусторонних контактов", "the schedule of upcoming bilateral contacts"),
    ("вопросы взаимодействия в рамках ШОС", "cooperation within the SCO"),
    ("ситуация в Афганистане", "the situation in Afghanistan"),
]


def calls(m: Maker) -> None:
    rng = m.rng
    for _ in range(12):
        t = m.day()
        cs = rng.sample(COUNTRIES, 2)
        top = rng.choice(TOPICS)
        variants = [(cs[0], t, top), (cs[1], t, top)]
        if rng.random() < 0.5:
            variants.append((cs[0], t + timedelta(days=rng.randint(3, 20)), top))
        if rng.random() < 0.5:
            variants.append((cs[1], t, rng.choice([x for x in TOPICS if x != top])))
        en = rng.random() < 0.35
        for i, (c, dd, tp) in enumerate(variants):
            tt = dd + timedelta(minutes=30 + i * rng.randint(15, 300))
            if not en:
                body = (
                    f"☎️ {ru_d(dd).capitalize()} состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел {c.gen} {c.min_ins}.\n\n"
                    f"В центре внимания — {tp[0]}. Министры условились продолжить тесную координацию."
                )
                it = m.add("calls", "mid_ru", tt, body)
                if it and rng.random() < 0.5:
                    it.sig = "#Лавров #телефонныйразговор"
            else:
                body = (
                    f"☎️ On {en_d(dd)}, Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of {c.en} {c.min_en}.\n\n"
                    f"The focus was on {tp[1]}. The ministers agreed to continue close coordination."
                )
                m.add("calls", "mfa_en", tt, body)


BAN_COUNTRIES = [
    ("Великобритании", "the United Kingdom"),
    ("Канады", "Canada"),
    ("Австралии", "Australia"),
    ("Новой Зеландии", "New Zealand"),
    ("Японии", "Japan"),
    ("США", "the United States"),
]
BAN_CATS = [
    (
        "парламентариев, представителей оборонных концернов и экспертного сообщества",
        "parliamentarians, defence industry executives and experts",
    ),
    ("журналистов и деятелей медийной сферы", "journalists and media figures"),
    ("сотрудников силовых структур и судебных органов", "law enforcement and judicial officials"),
    ("предпринимателей и общественных деятелей", "businesspeople and public figures"),
]


def bans(m: Maker) -> None:
    rng = m.rng
    for _ in range(9):
        t = m.day()
        co = rng.choice(BAN_COUNTRIES)
        cat = rng.choice(BAN_CATS)
        n = rng.choice([14, 21, 23, 29, 32, 41, 54, 61, 73, 87, 117])
        variants = [(co, cat, n), (co, cat, n + rng.choice([1, 2, 10]))]
        if rng.random() < 0.6:
            variants.append((rng.choice([x for x in BAN_COUNTRIES if x != co]), cat, n))
        if rng.random() < 0.4:
            variants.append((co, rng.choice([x for x in BAN_CATS if x != cat]), n))
        for i, (cc, ct, nn) in enumerate(variants):
            tt = t + timedelta(days=i * rng.randint(2, 9), minutes=i * 37)
            if rng.random() < 0.6:
                body = (
                    f"Заявление МИД России о введении ответных мер\n\n"
                    f"В ответ на продолжающееся введение враждебных санкций против России принято решение о закрытии въезда в Российскую Федерацию для {nn} граждан {cc[0]} из числа {ct[0]}.\n\n"
                    "Полный список опубликован на официальном сайте Министерства. Любые недружественные действия будут и впредь получать решительный отпор."
                )
                m.add("bans", "mid_ru", tt, body, trim_ok=True)
            else:
                body = (
                    "Statement by the Russian Foreign Ministry on retaliatory measures\n\n"
                    f"In response to the continued imposition of hostile sanctions against Russia, a decision has been taken to bar entry to the Russian Federation for {nn} citizens of {cc[1]} from among {ct[1]}.\n\n"
                    "The full list is published on the Ministry's official website. Any unfriendly action will continue to meet a resolute response."
                )
                m.add("bans", "mfa_en", tt, body, trim_ok=True)


QUAKE_PLACES = [
    ("Турции", "провинции Малатья", "Turkey", "Malatya province"),
    ("Индонезии", "острова Сулавеси", "Indonesia", "Sulawesi island"),
    ("Непала", "района Джаджаркот", "Nepal", "Jajarkot district"),
    ("Ирана", "провинции Хормозган", "Iran", "Hormozgan province"),
    ("Мьянмы", "города Мандалай", "Myanmar", "Mandalay"),
    ("Пакистана", "провинции Белуджистан", "Pakistan", "Balochistan province"),
]


def casualties(m: Maker) -> None:
    rng = m.rng
    for _ in range(7):
        p = rng.choice(QUAKE_PLACES)
        t = m.day()
        n = rng.randint(8, 40)
        what = rng.choice(["землетрясения", "наводнения"])
        what_en = "earthquake" if what == "землетрясения" else "floods"
        for i in range(rng.randint(4, 6)):
            tt = t + timedelta(minutes=i * rng.randint(40, 200))
            n += rng.randint(3, 60)
            if rng.random() < 0.6:
                ch = rng.choice(AGENCY_RU)
                form = rng.randrange(3)
                if form == 0:
                    body = f"Число жертв {what} в {C[p[2]].prep} возросло до {n}, сообщают местные власти"
                elif form == 1:
                    body = f"Число погибших в результате {what} на юге {p[0]} достигло {n} человек — МЧС страны"
                else:
                    body = (
                        f"Число погибших в результате {what} в {C[p[2]].prep} возросло до {n} человек, ещё более {n * 3} пострадали, сообщило национальное агентство по ликвидации последствий стихийных бедствий.\n\n"
                        f"Наиболее серьёзные разрушения зафиксированы в районе {p[1]}. Спасатели продолжают разбирать завалы."
                    )
                m.add("casualties", ch, tt, body)
            else:
                ch = rng.choice(AGENCY_EN)
                if rng.random() < 0.6:
                    body = f"Death toll from {p[2]} {what_en} rises to {n}, officials say"
                else:
                    body = (
                        f"The death toll from the {what_en} in {p[2]} has risen to {n}, with more than {n * 3} injured, the national disaster management agency said.\n\n"
                        f"The worst damage was reported near {p[3]}. Rescuers are still searching the rubble."
                    )
                m.add("casualties", ch, tt, body)


ELECTIONS = [
    (
        "Serbia",
        "парламентских",
        "parliamentary",
        ["Сербская прогрессивная партия", "коалиция «Сербия против насилия»"],
        ["Serbian Progressive Party", "the Serbia Against Violence coalition"],
    ),
    (
        "Indonesia",
        "президентских",
        "presidential",
        ["Прабово Субианто", "Анис Басведан"],
        ["Prabowo Subianto", "Anies Baswedan"],
    ),
    (
        "Iran",
        "президентских",
        "presidential",
        ["Масуд Пезешкиан", "Саид Джалили"],
        ["Masoud Pezeshkian", "Saeed Jalili"],
    ),
    (
        "Mexico",
        "президентских",
        "presidential",
        ["Клаудия Шейнбаум", "Сочитль Гальвес"],
        ["Claudia Sheinbaum", "Xochitl Galvez"],
    ),
    (
        "South Africa",
        "парламентских",
        "parliamentary",
        ["Африканский национальный конгресс", "Демократический альянс"],
        ["the African National Congress", "the Democratic Alliance"],
    ),
    (
        "India",
        "парламентских",
        "general",
        ["Бхаратия джаната парти", "Индийский национальный конгресс"],
        ["the Bharatiya Janata Party", "the Indian National Congress"],
    ),
    (
        "Mongolia",
        "парламентских",
        "parliamentary",
        ["Монгольская народная партия", "Демократическая партия"],
        ["the Mongolian People's Party", "the Democratic Party"],
    ),
]


def elections(m: Maker) -> None:
    rng = m.rng
    for en, kind_ru, kind_en, cands, cands_en in ELECTIONS[:5]:
        c = C[en]
        t = m.day()
        counted = rng.randint(5, 20)
        for i in range(rng.randint(3, 5)):
            tt = t + timedelta(minutes=i * rng.randint(30, 150))
            counted = min(99, counted + rng.randint(8, 25))
            k = rng.randrange(2)
            v = rng.randint(30, 62) if k == 0 else rng.randint(12, 29)
            if rng.random() < 0.6:
                body = f"ЦИК {c.gen}: после обработки {counted}% бюллетеней {cands[k]} набирает {v}% голосов"
                if rng.random() < 0.3:
                    body = "⚡️" + body
                m.add("elections", rng.choice(AGENCY_RU), tt, body)
            else:
                body = f"{cands_en[k][0].upper() + cands_en[k][1:]} has {v}% of the vote in {c.en}'s {kind_en} election with {counted}% of ballots counted, election commission says"
                m.add("elections", rng.choice(AGENCY_EN), tt, body)
        # turnout flashes and the ministry's observers
        for x in range(2):
            turnout = rng.randint(38, 71)
            hh = rng.choice([12, 15, 18])
            body = f"Явка на {kind_ru} выборах в {c.prep} к {hh}:00 по местному времени составила {turnout}%"
            m.add("elections", rng.choice(AGENCY_RU), t - timedelta(hours=6 - x * 2), body)
        obs = rng.choice([4, 6, 8, 11, 12])
        for k2, o in enumerate([obs, obs + rng.choice([1, 2, 3])]):
            body = (
                f"🗳 По приглашению властей {c.gen} российские наблюдатели примут участие в мониторинге {kind_ru} выборов. В состав делегации вошли {o} представителей Федерального Собрания и ЦИК России.\n\n"
                "Российская сторона исходит из того, что выборы пройдут в спокойной обстановке, в полном соответствии с национальным законодательством."
            )
            if k2 == 1:
                body = body.replace("примут участие", "приняли участие").replace(
                    "пройдут", "прошли"
                )
            m.add("elections", "mid_ru", t - timedelta(days=3 - k2 * 4, hours=0), body)


QUAKES = [
    ("у побережья острова Хонсю", "off the coast of Honshu island"),
    ("у побережья Суматры", "off the coast of Sumatra"),
    ("на Камчатке", "in Kamchatka"),
    ("у Курильских островов", "near the Kuril Islands"),
    ("на востоке Турции", "in eastern Turkey"),
    ("на Филиппинах", "in the Philippines"),
    ("у берегов Чили", "off the coast of Chile"),
]


def quakes(m: Maker) -> None:
    rng = m.rng
    for _ in range(10):
        t = m.day()
        place = rng.choice(QUAKES)
        mag = rng.choice([5.4, 5.8, 6.1, 6.3, 6.6, 6.9, 7.1, 7.4])
        depth = rng.choice([10, 15, 33, 45, 60, 110])
        tsunami = rng.random() < 0.5
        variants = [
            (place, mag, depth, tsunami),
            (place, round(mag + rng.choice([-0.3, 0.2, 0.4]), 1), depth, tsunami),
        ]
        if rng.random() < 0.5:
            variants.append((place, mag, depth, not tsunami))
        if rng.random() < 0.4:
            variants.append((rng.choice([q for q in QUAKES if q != place]), mag, depth, tsunami))
        for i, (pl, mg, dp, ts) in enumerate(variants):
            tt = t + timedelta(minutes=i * rng.randint(7, 90))
            r = rng.random()
            if r < 0.45:
                tsu = (
                    "Угроза цунами объявлена для прибрежных районов."
                    if ts
                    else "Угрозы цунами нет."
                )
                body = f"Землетрясение магнитудой {str(mg).replace('.', ',')} произошло {pl[0]}, очаг залегал на глубине {dp} км. {tsu}"
                m.add("quakes", rng.choice(AGENCY_RU), tt, body)
            elif r < 0.7:
                tsu = (
                    "A tsunami warning has been issued for coastal areas."
                    if ts
                    else "There is no tsunami threat."
                )
                body = f"A magnitude {mg} earthquake struck {pl[1]} at a depth of {dp} km, according to the USGS. {tsu}"
                m.add("quakes", rng.choice(AGENCY_EN), tt, body)
            else:
                body = f"Землетрясение магнитудой {str(mg).replace('.', ',')} зафиксировано {pl[0]}"
                m.add("quakes", rng.choice(AGENCY_RU), tt, body)
    # weather warnings (ministry of emergencies via agencies)
    cities = ["Москве", "Санкт-Петербурге", "Казани", "Новосибирске", "Краснодаре", "Владивостоке"]
    for _ in range(8):
        t = m.day()
        city = rng.choice(cities)
        wind = rng.choice([15, 17, 20, 23, 25])
        for i, (cc, w) in enumerate(
            [
                (city, wind),
                (city, wind + rng.choice([2, 3, 5])),
                (rng.choice([x for x in cities if x != city]), wind),
            ]
        ):
            body = f"МЧС: в {cc} в ближайшие часы ожидается усиление ветра с порывами до {w} м/с"
            m.add(
                "weather",
                rng.choice(AGENCY_RU),
                t + timedelta(minutes=i * rng.randint(15, 180)),
                body,
            )


def flashes(m: Maker) -> None:
    rng = m.rng
    for _ in range(14):
        t = m.day()
        a, b = rng.sample(COUNTRIES, 2)
        opts = [
            [
                f"Лавров прибыл в {a.cap_acc}",
                f"Лавров прибыл в {b.cap_acc}",
                f"Лавров вылетел в {a.cap_acc}",
            ],
            [
                f"Лавров проводит переговоры с главой МИД {a.gen} в Москве",
                f"Лавров проводит переговоры с главой МИД {b.gen} в Москве",
                f"Лавров завершил переговоры с главой МИД {a.gen} в Москве",
            ],
            [
                f"Путин и президент {a.gen} начали переговоры в Кремле",
                f"Путин и президент {a.gen} завершили переговоры в Кремле",
                f"Путин и президент {b.gen} начали переговоры в Кремле",
            ],
            [
                f"Захарова: Россия не будет участвовать в конференции в {a.cap_prep}",
                f"Захарова: Россия будет участвовать в конференции в {a.cap_prep}",
                f"Захарова: Россия не будет участвовать в конференции в {b.cap_prep}",
            ],
            [
                f"Россия и {a.nom} подписали меморандум о сотрудничестве в сфере образования",
                f"Россия и {a.nom} подписали меморандум о сотрудничестве в сфере туризма",
                f"Россия и {a.nom} подпишут меморандум о сотрудничестве в сфере образования",
            ],
            [
                f"Посольство России в {a.prep} временно приостанавливает приём посетителей",
                f"Посольство России в {a.prep} возобновляет приём посетителей",
                f"Посольство России в {b.prep} временно приостанавливает приём посетителей",
            ],
        ]
        group = rng.choice(opts)
        rng.shuffle(group)
        for i, body in enumerate(group[: rng.randint(2, 3)]):
            m.add(
                "flash_ru",
                rng.choice(AGENCY_RU),
                t + timedelta(minutes=i * rng.randint(10, 240)),
                body,
            )
    for _ in range(14):
        t = m.day()
        a, b = rng.sample(COUNTRIES, 2)
        opts = [
            [
                f"Lavrov arrives in {a.cap_en} for talks",
                f"Lavrov arrives in {b.cap_en} for talks",
                f"Lavrov leaves {a.cap_en} after talks",
            ],
            [
                f"Russia condemns strike on {a.en}'s embassy compound",
                f"Russia welcomes {a.en}'s ceasefire proposal",
                f"Russia condemns strike on {b.en}'s embassy compound",
            ],
            [
                f"Putin, {a.en}'s president begin talks in Kremlin",
                f"Putin, {a.en}'s president end talks in Kremlin",
                f"Putin, {b.en}'s president begin talks in Kremlin",
            ],
            [
                f"Russia, {a.en} sign agreement on visa-free travel",
                f"Russia, {a.en} will sign agreement on visa-free travel",
                f"Russia, {b.en} sign agreement on visa-free travel",
            ],
            [
                f"Russian embassy in {a.en} suspends consular services until further notice",
                f"Russian embassy in {a.en} resumes consular services",
                f"Russian embassy in {b.en} suspends consular services until further notice",
            ],
            [
                f"Kremlin: Putin to visit {a.en} in {MONTHS_EN[t.month % 12]}",
                f"Kremlin: Putin to visit {b.en} in {MONTHS_EN[t.month % 12]}",
                f"Kremlin: Putin will not visit {a.en} in {MONTHS_EN[t.month % 12]}",
            ],
        ]
        group = rng.choice(opts)
        rng.shuffle(group)
        for i, body in enumerate(group[: rng.randint(2, 3)]):
            m.add(
                "flash_en",
                rng.choice(AGENCY_EN),
                t + timedelta(minutes=i * rng.randint(10, 240)),
                body,
            )


def briefings(m: Maker) -> None:
    rng = m.rng
    t0 = datetime(2024, 1, 15, 9, tzinfo=UTC)
    weeks = sorted(rng.sample(range(0, 70), 17))
    for w in weeks:
        d = t0 + timedelta(weeks=w, days=rng.choice([2, 3]))
        post = d - timedelta(days=1, hours=rng.randint(0, 3))
        hh = rng.choice(["12:00", "15:00", "11:30"])
        body = (
            f"🎙 {ru_d(d).capitalize()} в {hh} состоится брифинг официального представителя МИД России М.В.Захаровой по текущим вопросам внешней политики.\n\n"
            "Прямая трансляция — на сайте МИД России, в телеграм-канале и на странице Министерства ВКонтакте."
        )
        it = m.add("briefing", "mid_ru", post, body)
        if it:
            it.sig = "#Захарова #брифинг"
        if rng.random() < 0.35:
            other = rng.choice([h for h in ["12:00", "15:00", "11:30", "16:00"] if h != hh])
            body2 = (
                f"❗️ Брифинг официального представителя МИД России М.В.Захаровой {ru_d(d)} переносится на {other}.\n\n"
                "Прямая трансляция — на сайте МИД России, в телеграм-канале и на странице Министерства ВКонтакте."
            )
            m.add("briefing", "mid_ru", post + timedelta(hours=rng.randint(2, 12)), body2)
        if rng.random() < 0.5:
            body3 = (
                f"🔴 LIVE: Брифинг официального представителя МИД России М.В.Захаровой, {ru_d(d)}"
            )
            m.add("briefing", "mid_ru", d.replace(hour=int(hh[:2]) - 3, minute=int(hh[3:])), body3)
        if rng.random() < 0.4:
            body4 = f"🎙 On {en_d(d)}, Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on current foreign policy issues at {hh} Moscow time."
            m.add("briefing", "mfa_en", post + timedelta(minutes=rng.randint(5, 120)), body4)


STANCE_OBJ = [
    (
        "решение правительства {gen} о высылке российских дипломатов",
        "the decision by the government of {en} to expel Russian diplomats",
    ),
    (
        "итоги переговоров в {prep} по урегулированию пограничного конфликта",
        "the outcome of the talks in {en} on settling the border conflict",
    ),
    (
        "принятие парламентом {gen} закона о статусе русского языка",
        "the adoption by the parliament of {en} of a law on the status of the Russian language",
    ),
    (
        "решение властей {gen} о закрытии российского культурного центра",
        "the decision by the authorities of {en} to close the Russian cultural centre",
    ),
]


def stances(m: Maker) -> None:
    rng = m.rng
    pairs_ru = [
        ("приветствует", "осуждает"),
        ("поддерживает", "отвергает"),
        ("приветствует", "сожалеет в связи с"),
    ]
    pairs_en = [("welcomes", "condemns"), ("supports", "rejects"), ("welcomes", "regrets")]
    for _ in range(11):
        t = m.day()
        a, b = rng.sample(COUNTRIES, 2)
        obj = rng.choice(STANCE_OBJ)
        en = rng.random() < 0.4
        pi = rng.randrange(3)
        variants = [(pairs_en if en else pairs_ru)[pi][0], (pairs_en if en else pairs_ru)[pi][1]]
        rng.shuffle(variants)
        combos = [(variants[0], a), (variants[1], a)]
        if rng.random() < 0.5:
            combos.append((variants[0], b))
        for i, (verb, c) in enumerate(combos):
            tt = t + timedelta(hours=i * rng.randint(1, 100))
            if not en:
                o = obj[0].format(gen=c.gen, prep=c.prep)
                body = (
                    f"Комментарий официального представителя МИД России\n\n"
                    f"Москва {verb} {o}. Рассчитываем, что все заинтересованные стороны проявят ответственность и будут действовать исключительно в рамках международного права.\n\n"
                    "Российская сторона продолжит внимательно следить за развитием ситуации."
                )
                m.add("stance", "mid_ru", tt, body, trim_ok=True)
            else:
                o = obj[1].format(en=c.en)
                body = (
                    "Comment by the Foreign Ministry Spokeswoman\n\n"
                    f"Moscow {verb} {o}. We expect all parties concerned to act responsibly and strictly within the framework of international law.\n\n"
                    "Russia will continue to follow developments closely."
                )
                m.add("stance", "mfa_en", tt, body, trim_ok=True)


AREAS = [
    (
        "о взаимном отказе от визовых требований для владельцев служебных паспортов",
        "on mutual visa waiver for holders of service passports",
    ),
    ("о сотрудничестве в области высшего образования", "on cooperation in higher education"),
    ("о взаимной защите инвестиций", "on the mutual protection of investments"),
    (
        "о сотрудничестве в сфере мирного использования атомной энергии",
        "on cooperation in the peaceful use of nuclear energy",
    ),
    ("о реадмиссии", "on readmission"),
    (
        "о взаимном признании документов об образовании",
        "on mutual recognition of education documents",
    ),
]


def signing(m: Maker) -> None:
    rng = m.rng
    for _ in range(9):
        t = m.day()
        a, b = rng.sample(COUNTRIES, 2)
        ar = rng.choice(AREAS)
        en = rng.random() < 0.35
        variants = [("will", a, ar), ("done", a, ar), ("will", b, ar)]
        if rng.random() < 0.5:
            variants.append(("will", a, rng.choice([x for x in AREAS if x != ar])))
        for i, (tense, c, area) in enumerate(variants):
            tt = t + timedelta(hours=i * rng.randint(3, 40))
            if not en:
                verb = "будет подписано" if tense == "will" else "подписано"
                body = (
                    f"📝 В ходе визита в {c.cap_acc} {verb} межправительственное соглашение между Российской Федерацией и {ins_ru(c)} {area[0]}.\n\n"
                    f"Документ призван придать дополнительный импульс развитию российско-{adj_ru(c)[:-1]}х связей."
                ).replace("российско-", "российско-")
                m.add("signing", "mid_ru", tt, body, trim_ok=True)
            else:
                verb = "will be signed" if tense == "will" else "was signed"
                body = (
                    f"📝 An intergovernmental agreement between Russia and {c.en} {area[1]} {verb} during the visit to {c.cap_en}.\n\n"
                    f"The document is designed to give fresh impetus to Russia–{c.en} ties."
                )
                m.add("signing", "mfa_en", tt, body, trim_ok=True)


def rounds(m: Maker) -> None:
    rng = m.rng
    ords = ["первый", "второй", "третий", "четвёртый"]
    subj = [
        "по вопросам стратегической стабильности",
        "по проблематике Ближнего Востока",
        "по вопросам информационной безопасности",
        "по консульским вопросам",
    ]
    for _ in range(6):
        t = m.day()
        c = rng.choice(COUNTRIES)
        s = rng.choice(subj)
        k = rng.randrange(3)
        variants = [("начался", k, c), ("завершился", k, c), ("начался", k + 1, c)]
        for i, (v, kk, cc) in enumerate(variants):
            tt = t + timedelta(days=i * rng.randint(0, 3), hours=i * rng.randint(2, 9))
            body = (
                f"В {cc.cap_prep} {v} {ords[kk]} раунд российско-{adj_ru(cc)[:-1]}х консультаций {s}.\n\n"
                "Российскую делегацию возглавляет заместитель Министра иностранных дел Российской Федерации."
            )
            m.add("rounds", "mid_ru", tt, body)
    for _ in range(4):
        t = m.day()
        a = rng.choice(COUNTRIES)
        for i, v in enumerate(["began", "ended"]):
            body = f"Russia–{a.en} consultations on strategic stability {v} in {a.cap_en}, the Foreign Ministry said."
            m.add(
                "rounds", rng.choice(AGENCY_EN), t + timedelta(hours=i * rng.randint(3, 30)), body
            )


def evacuation(m: Maker) -> None:
    rng = m.rng
    for _ in range(6):
        t = m.day()
        c = rng.choice(COUNTRIES)
        total = 0
        for i in range(rng.randint(3, 4)):
            n = rng.choice([48, 65, 87, 96, 105, 117, 146, 180])
            total += n
            tt = t + timedelta(hours=i * rng.randint(8, 60))
            body = (
                f"✈️ Самолётом МЧС России из {c.gen} эвакуированы ещё {n} граждан России и государств — членов СНГ.\n\n"
                f"Всего с начала операции на родину вывезены {total} человек. Эвакуация продолжается; желающих выехать просят заблаговременно зарегистрироваться через Посольство."
            )
            m.add("evacuation", "mid_ru", tt, body)


AMBASSADORS = [
    "Алексей Полищук",
    "Георгий Борисенко",
    "Михаил Бочарников",
    "Дмитрий Лукьянцев",
    "Алексей Доронин",
    "Игорь Ховаев",
    "Марат Павлов",
    "Валентин Бирюков",
    "Александр Ходаков",
    "Андрей Дьячков",
]


def ambassadors(m: Maker) -> None:
    rng = m.rng
    for _ in range(7):
        t = m.day()
        nm = rng.sample(AMBASSADORS, 2)
        a, b = rng.sample(COUNTRIES, 2)
        variants = [
            ("назначен", nm[0], a),
            ("освобождён от обязанностей", nm[0], a),
            ("назначен", nm[1], a),
        ]
        if rng.random() < 0.5:
            variants.append(("назначен", nm[0], b))
        for i, (v, who, c) in enumerate(variants):
            tt = t + timedelta(minutes=i * rng.randint(5, 400))
            body = f"Указом Президента Российской Федерации {who} {v} Чрезвычайного и Полномочного Посла Российской Федерации в {c.prep}"
            if v == "назначен":
                body = f"Указом Президента Российской Федерации {who} назначен Чрезвычайным и Полномочным Послом Российской Федерации в {c.prep}"
            m.add("ambassadors", rng.choice(["tass", "interfax", "mid_ru"]), tt, body)


ENVOYS = [
    "Ahmed Al-Mansouri",
    "Carlos Eduardo Ramos",
    "Nguyen Van Thao",
    "Siti Rahmawati",
    "Tesfaye Mekonnen",
    "Bakyt Dzhusupov",
    "Aleksandar Petrovic",
    "Dinesh Kumar Sharma",
    "Jorge Luis Contreras",
    "Mohamed Larbi",
]


def credentials(m: Maker) -> None:
    rng = m.rng
    for _ in range(6):
        t = m.day()
        n = rng.randint(3, 5)
        cs = rng.sample(COUNTRIES, n)
        es = rng.sample(ENVOYS, n)
        for i in range(n):
            tt = t + timedelta(minutes=i * rng.randint(3, 40))
            if rng.random() < 0.5:
                body = (
                    f"📜 On {en_d(t)}, Foreign Minister Sergey Lavrov received copies of credentials from {es[i]}, the newly appointed Ambassador Extraordinary and Plenipotentiary of {cs[i].en} to the Russian Federation.\n\n"
                    "The Minister wished the Ambassador success in his mission aimed at strengthening bilateral relations."
                )
                m.add("credentials", "mfa_en", tt, body, trim_ok=True)
            else:
                body = (
                    f"📜 {ru_d(t).capitalize()} Министр иностранных дел России С.В.Лавров принял копии верительных грамот новоназначенного Чрезвычайного и Полномочного Посла {cs[i].gen} в Российской Федерации.\n\n"
                    "Министр пожелал Послу успехов в работе, направленной на укрепление двусторонних отношений."
                )
                m.add("credentials", "mid_ru", tt, body, trim_ok=True)


UN_TOPICS = [
    ("о ситуации в секторе Газа", "on the situation in the Gaza Strip"),
    (
        "о продлении мандата миссии ООН в Южном Судане",
        "on extending the mandate of the UN mission in South Sudan",
    ),
    ("о санкционном режиме в отношении КНДР", "on the sanctions regime against the DPRK"),
    ("о гуманитарной ситуации в Судане", "on the humanitarian situation in Sudan"),
    (
        "о продлении трансграничного механизма помощи Сирии",
        "on extending the cross-border aid mechanism for Syria",
    ),
]
VOTES = [
    ("проголосовала за", "voted in favour of"),
    ("воздержалась при голосовании по", "abstained on"),
    ("наложила вето на", "vetoed"),
]


def unsc(m: Maker) -> None:
    rng = m.rng
    for _ in range(8):
        t = m.day()
        top = rng.choice(UN_TOPICS)
        vs = rng.sample(VOTES, 2)
        variants = [
            (vs[0], top),
            (vs[1], top),
            (vs[0], rng.choice([x for x in UN_TOPICS if x != top])),
        ]
        for i, (v, tp) in enumerate(variants):
            tt = t + timedelta(hours=i * rng.randint(1, 200))
            if rng.random() < 0.55:
                body = (
                    f"🇺🇳 Россия {v[0]} проект{'у' if v[0].endswith('по') else ''} резолюции Совета Безопасности ООН {tp[0]}.\n\n"
                    "Разъяснение мотивов голосования постоянного представителя России при ООН В.А.Небензи — на нашем сайте."
                )
                m.add("unsc", "un", tt, body)
            else:
                body = f"Russia {v[1]} the UN Security Council draft resolution {tp[1]}"
                m.add("unsc", rng.choice(AGENCY_EN), tt, body)


def aid(m: Maker) -> None:
    rng = m.rng
    for _ in range(6):
        t = m.day()
        c = rng.choice(COUNTRIES)
        tons = rng.choice([18, 25, 30, 34, 40, 42])
        variants = [
            (c, tons),
            (c, tons + rng.choice([2, 5, 10])),
            (rng.choice([x for x in COUNTRIES if x != c]), tons),
        ]
        for i, (cc, tn) in enumerate(variants):
            tt = t + timedelta(days=i * rng.randint(1, 8), minutes=i * 23)
            body = (
                f"📦 Самолёт МЧС России доставил в {cc.acc} {tn} тонн гуманитарной помощи: продукты питания, медикаменты, палатки и генераторы.\n\n"
                "Груз передан представителям местных властей для распределения среди пострадавших."
            )
            m.add("aid", "mid_ru", tt, body, trim_ok=True)


MN_PARTNERS = [
    (
        "Министром иностранных дел Монголии Б.Батцэцэг",
        "Minister of Foreign Affairs of Mongolia B. Battsetseg",
    ),
    (
        "Министром образования Монголии П.Наранбаяром",
        "Minister of Education of Mongolia P. Naranbayar",
    ),
    ("губернатором аймака Дорнод", "the Governor of Dornod aimag"),
    (
        "Председателем Великого Государственного Хурала Д.Амарбаясгаланом",
        "Chairman of the State Great Khural D. Amarbayasgalan",
    ),
]
MN_TOPICS = [
    (
        "подготовки к празднованию 85-летия Победы на Халхин-Голе",
        "preparations for the 85th anniversary of the Victory at Khalkhin Gol",
    ),
    (
        "расширения гуманитарных и образовательных обменов",
        "expanding humanitarian and educational exchanges",
    ),
    ("реализации совместных проектов в сфере энергетики", "joint energy projects"),
]


def embassy_bilingual(m: Maker) -> None:
    rng = m.rng
    for _ in range(6):
        t = m.day()
        p = rng.sample(MN_PARTNERS, 2)
        tp = rng.choice(MN_TOPICS)
        d2 = t + timedelta(days=rng.randint(1, 9))
        variants = [(t, p[0], tp), (t, p[1], tp), (d2, p[0], tp)]
        for i, (dd, pp, tpp) in enumerate(variants):
            tt = dd + timedelta(hours=rng.randint(1, 5), minutes=i)
            body = (
                f"🇷🇺🇲🇳 {ru_d(dd).capitalize()} Посол России в Монголии А.Н.Евсиков встретился с {pp[0]}. Обсуждены вопросы {tpp[0]}.\n\n"
                f"🇷🇺🇲🇳 On {en_d(dd)}, Russian Ambassador to Mongolia Alexey Evsikov met with {pp[1]}. The sides discussed {tpp[1]}."
            )
            m.add("bilingual", "emb_mn", tt, body)
    # India embassy: English, templated events
    for _ in range(4):
        t = m.day()
        cities = rng.sample(["Chennai", "Kolkata", "Mumbai", "Hyderabad", "Pune"], 2)
        ev = rng.choice(
            [
                "a Russian film festival",
                "a photo exhibition on the history of Russia–India space cooperation",
                "an education fair of Russian universities",
            ]
        )
        for i, (city, state) in enumerate(
            [(cities[0], "opens"), (cities[1], "opens"), (cities[0], "closes")]
        ):
            body = (
                f"🎬 {ev[0].upper() + ev[1:]} {state} in {city} today.\n\n"
                "The event is organised by the Embassy together with Russian House and local partners. Entry is free for all visitors."
            )
            m.add("bilingual", "emb_in", t + timedelta(days=i * rng.randint(1, 6), hours=i), body)


COMMENT_TOPICS = [
    (
        "Об очередных антироссийских выпадах в западных СМИ",
        "Западные издания вновь тиражируют непроверенные сведения о якобы готовящихся Россией провокациях. Подобные вбросы не имеют ничего общего с действительностью и преследуют единственную цель — оправдать наращивание военных бюджетов.",
    ),
    (
        "О ситуации вокруг Запорожской АЭС",
        "МАГАТЭ в очередной раз зафиксировало удары беспилотников по территории станции. Призываем руководство агентства прямо назвать виновных, а не ограничиваться обтекаемыми формулировками.",
    ),
    (
        "О решении ЕС по замороженным российским активам",
        "Любые попытки использовать доходы от замороженных российских активов являются кражей и будут иметь для Евросоюза долгосрочные последствия, в том числе для доверия к евро как резервной валюте.",
    ),
    (
        "О саммите БРИКС в Казани",
        "Саммит в Казани стал самым представительным за всю историю объединения. Подготовлена декларация, в которой зафиксирована общая позиция по ключевым вопросам реформы глобального управления.",
    ),
    (
        "О заявлениях министра обороны Великобритании",
        "Высказывания британского министра свидетельствуют о полной утрате Лондоном ориентиров во внешней политике. Вместо поиска дипломатических решений британская сторона продолжает подливать масло в огонь.",
    ),
    (
        "О 80-летии Победы в Великой Отечественной войне",
        "В юбилейный год мы вспоминаем подвиг советского народа, спасшего человечество от нацизма. Попытки переписать историю Второй мировой войны обречены на провал.",
    ),
    (
        "О проблеме выдачи виз российским журналистам",
        "Очередной отказ в выдаче виз российским журналистам для освещения мероприятий в ООН является грубым нарушением обязательств страны пребывания по Соглашению о штаб-квартире.",
    ),
    (
        "Об арктической повестке",
        "Россия последовательно выступает за сохранение Арктики территорией мира и конструктивного сотрудничества. Милитаризация региона странами НАТО вызывает обеспокоенность.",
    ),
    (
        "On Western media claims about Russia's grain exports",
        "Western outlets keep repeating the false claim that Russia is blocking food supplies to the Global South. In fact, Russia exported a record volume of grain last season, much of it to Africa and Asia.",
    ),
    (
        "On the BRICS summit in Kazan",
        "The Kazan summit was the most representative in the association's history. The declaration adopted there sets out a common position on the key issues of reforming global governance.",
    ),
    (
        "On NATO's activity in the Arctic",
        "Russia consistently advocates keeping the Arctic a territory of peace and constructive cooperation. The militarisation of the region by NATO members is a matter of concern.",
    ),
    (
        "On the 80th anniversary of Victory in the Great Patriotic War",
        "In this anniversary year, we remember the feat of the Soviet people who saved humanity from Nazism. Attempts to rewrite the history of the Second World War are doomed to fail.",
    ),
]


def commentary(m: Maker) -> None:
    rng = m.rng
    for head, first in COMMENT_TOPICS:
        t = m.day()
        if re.search("[а-я]", head):
            body = (
                f"💬 Комментарий официального представителя МИД России М.В.Захаровой {head[0].lower() + head[1:]}\n\n"
                f"{first}\n\n"
                "Российская сторона неоднократно обращала внимание международного сообщества на эти факты. Будем и впредь добиваться объективного рассмотрения ситуации на всех площадках.\n\n"
                "Читайте полностью на сайте МИД России: https://mid.ru/ru/foreign_policy/news/"
                + str(rng.randint(1_900_000, 1_999_999))
                + "/"
            )
            it = m.add("commentary", "mid_ru", t, body, trim_ok=True)
        else:
            body = (
                f"💬 Comment by Foreign Ministry Spokeswoman Maria Zakharova {head[0].lower() + head[1:]}\n\n"
                f"{first}\n\n"
                "Russia has repeatedly drawn the international community's attention to these facts. We will continue to seek an objective review of the situation on all platforms.\n\n"
                "Read in full: https://mid.ru/en/foreign_policy/news/"
                + str(rng.randint(1_900_000, 1_999_999))
                + "/"
            )
            it = m.add("commentary", "mfa_en", t, body, trim_ok=True)
        del it


BAN_NAMES_RU = [
    "Джон Хили",
    "Грант Шаппс",
    "Бен Уоллес",
    "Тобиас Эллвуд",
    "Элисон Маккарти",
    "Джеймс Хиппи",
    "Кэтрин Уэст",
    "Мэтт Уэстерн",
    "Боб Сили",
    "Джек Лопрести",
    "Стюарт Макдональд",
    "Анна Фирт",
    "Марк Франсуа",
    "Ричард Грэм",
]
BAN_NAMES_EN = [
    "Kevin Rudd",
    "Penny Wong",
    "Richard Marles",
    "Simon Birmingham",
    "Andrew Hastie",
    "David Coleman",
    "Claire Chandler",
    "Dave Sharma",
    "James Paterson",
    "Raff Ciccone",
    "Jenny McAllister",
    "Tim Watts",
]


def ban_lists(m: Maker) -> None:
    """Entry-ban lists: one name swapped, one name added, another country's list."""
    rng = m.rng
    for _ in range(7):
        t = m.day()
        en = rng.random() < 0.4
        pool = BAN_NAMES_EN if en else BAN_NAMES_RU
        names = rng.sample(pool, 6)
        spare = [x for x in pool if x not in names]
        swapped = names[:]
        swapped[rng.randrange(6)] = rng.choice(spare)
        added = [*names, rng.choice(spare)]
        for i, ns in enumerate([names, swapped, added]):
            tt = t + timedelta(days=i * rng.randint(1, 9), hours=i * 3)
            lines = "\n".join(f"{k + 1}. {n}" for k, n in enumerate(ns))
            if en:
                body = (
                    "🚫 Statement by the Russian Foreign Ministry on entry bans\n\n"
                    "In response to the sanctions imposed by Canberra, the following persons are permanently barred from entering the Russian Federation:\n\n"
                    f"{lines}\n\n"
                    "The list may be expanded."
                )
                m.add("ban_lists", "mfa_en", tt, body)
            else:
                body = (
                    "🚫 Заявление МИД России о закрытии въезда\n\n"
                    "В ответ на санкции, введённые Лондоном, в Российскую Федерацию бессрочно закрыт въезд следующим лицам:\n\n"
                    f"{lines}\n\n"
                    "Работа над списком будет продолжена."
                )
                m.add("ban_lists", "mid_ru", tt, body)


FAMILIES = [
    ban_lists,
    condolences,
    national_days,
    consular,
    visas,
    talks,
    calls,
    bans,
    casualties,
    elections,
    quakes,
    flashes,
    briefings,
    stances,
    signing,
    rounds,
    evacuation,
    ambassadors,
    credentials,
    unsc,
    aid,
    embassy_bilingual,
    commentary,
]


# --------------------------------------------------------------------------- copies

EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2139\u2122\u203c\u2049\u231a-\u23ff]+"
)


def normal(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return " ".join(re.findall(r"\w+", t))


def strip_emoji(text: str) -> str:
    out = [EMOJI.sub("", line).strip() for line in text.split("\n")]
    return "\n".join(out).strip()


def words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


def first_emoji(text: str) -> str | None:
    mm = EMOJI.match(text)
    return mm.group(0) if mm else None


def typo_in(text: str, rng: random.Random) -> str | None:
    cands = [w for w in re.findall(r"\b[а-яa-z]{8,}\b", text)]
    if not cands:
        return None
    w = rng.choice(cands)
    i = rng.randrange(2, len(w) - 3)
    bad = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.5 else w[:i] + w[i + 1 :]
    if bad == w:
        return None
    return text.replace(w, bad, 1)


def typography(text: str) -> str:
    t = (
        text.replace("«", '"')
        .replace("»", '"')
        .replace(" — ", " - ")
        .replace("–", "-")
        .replace("ё", "е")
        .replace("Ё", "Е")
    )
    t = re.sub(r"([А-Я])\.([А-Я])\.([А-Я])", r"\1. \2. \3", t)
    t = re.sub(r"([А-Я])\.([А-Я][а-я])", r"\1. \2", t)
    return t


def feed_render(body: str) -> tuple[str, str]:
    """(title, text) of a feed item: emoji, hashtag lines and links dropped, paragraphs on lines."""
    lines = [
        ln
        for ln in strip_emoji(body).split("\n")
        if ln.strip() and not re.fullmatch(r"(#\S+\s*)+", ln.strip())
    ]
    lines = [ln for ln in lines if not ln.startswith(("Читайте полностью", "Read in full"))]
    if len(lines) > 1 and words(lines[0]) <= 16 and not lines[0].endswith("."):
        return lines[0], "\n".join(lines[1:])
    first = re.split(r"(?<=[.!?])\s", lines[0])[0]
    title = first if len(first) < 140 else first[:120].rsplit(" ", 1)[0] + "…"
    return title, "\n".join(lines)


KINDS_LONG = {
    "forward": 10,
    "fwd_header": 8,
    "sig_swap": 12,
    "sig_drop": 10,
    "source_line": 8,
    "emoji": 8,
    "hashtags": 6,
    "link": 5,
    "typo_fixed": 7,
    "trim": 16,
    "feed": 12,
    "typography": 6,
    "prefix": 3,
    "dump": 4,
    "combo": 10,
    "head_drop": 8,
}
KINDS_SHORT = {
    "reflash": 14,
    "prefix": 12,
    "source_line": 10,
    "sig_swap": 8,
    "forward": 6,
    "emoji": 4,
    "typo_fixed": 5,
    "fwd_header": 5,
    "hashtags": 4,
    "typography": 3,
}


class Copier:
    def __init__(self, m: Maker) -> None:
        self.m = m
        self.rng = m.rng

    def gap(self, o: Item) -> timedelta:
        r = self.rng.random()
        if words(o.body) < 14:
            return timedelta(minutes=self.rng.choice([2, 5, 9, 14, 25, 40, 75, 130, 240, 380, 560]))
        if r < 0.35:
            return timedelta(minutes=self.rng.randint(2, 59))
        if r < 0.65:
            return timedelta(minutes=self.rng.randint(60, 23 * 60))
        if r < 0.87:
            return timedelta(days=self.rng.randint(1, 6), minutes=self.rng.randint(0, 600))
        return timedelta(days=self.rng.randint(7, 24), minutes=self.rng.randint(0, 600))

    def pick_ch(self, o: Item, pool: list[str]) -> str:
        opts = [c for c in pool if c != o.ch]
        return self.rng.choice(opts)

    def lang_pool(self, o: Item) -> list[str]:
        lang = CHANNELS[o.ch].lang
        if lang == "en":
            return AGG_EN + AGENCY_EN
        if o.family.startswith("flash_en") or (lang == "en"):
            return AGG_EN + AGENCY_EN
        return AGG_RU + (AGENCY_RU if o.ch not in AGENCY_RU else [])

    def base(self, o: Item) -> str:
        return o.clean_body or o.body

    def apply(self, o: Item, kind: str, c: Item) -> bool:
        """Transform ``c`` (a copy of ``o`` being made) by ``kind``; False if it does not apply."""
        rng = self.rng
        en = CHANNELS[o.ch].lang == "en"
        if kind == "forward":
            c.ch = self.pick_ch(o, self.lang_pool(o))
            c.body, c.sig = self.base(o), o.sig
            c.fwd = True
        elif kind == "fwd_header":
            c.ch = self.pick_ch(o, self.lang_pool(o))
            head = rng.choice(
                [f"Forwarded from {CHANNELS[o.ch].title}", f"Forwarded from {CHANNELS[o.ch].title}"]
            )
            c.body = head + "\n" + c.body
        elif kind == "sig_swap":
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = CHANNELS[c.ch].sig
        elif kind == "sig_drop":
            if not o.sig:
                return False
            c.ch = self.pick_ch(o, AGENCY_EN if en else AGENCY_RU)
            c.sig = None
        elif kind == "source_line":
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            src = {
                "tass": "ТАСС",
                "ria": "РИА Новости",
                "interfax": "Интерфакс",
                "tass_en": "TASS",
                "wire": "Wire Flash",
            }.get(o.ch, CHANNELS[o.ch].title)
            line = (
                rng.choice([f"Source: {src}", f"via {src}"])
                if en
                else rng.choice([f"Источник: {src}", f"Источник — {src}", f"📎 Источник: {src}"])
            )
            c.body = c.body + "\n\n" + line
            c.sig = CHANNELS[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "emoji":
            fe = first_emoji(c.body)
            if fe:
                c.body = (
                    strip_emoji(c.body)
                    if rng.random() < 0.6
                    else c.body.replace(fe, rng.choice(["❗️", "🔹", "📌", "⚡️"]), 1)
                )
            else:
                c.body = rng.choice(["📌 ", "🔹", "❗️", "🌐 "]) + c.body
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = CHANNELS[c.ch].sig
        elif kind == "hashtags":
            tags = rng.choice(
                ["#Russia #diplomacy", "#MFA #news", "#BRICS #GlobalSouth", "#news"]
                if en
                else ["#Россия #МИД", "#дипломатия #новости", "#МИД_России"]
            )
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = tags
        elif kind == "link":
            if "https://" in c.body:
                c.body = re.sub(
                    r"(https://\S+/)", r"\1?utm_source=telegram&utm_medium=repost", c.body
                )
            else:
                c.body = (
                    c.body
                    + (
                        "\n\n🔗 https://mid.ru/en/foreign_policy/news/"
                        if en
                        else "\n\n🔗 Подробнее: https://mid.ru/ru/foreign_policy/news/"
                    )
                    + str(rng.randint(1_900_000, 1_999_999))
                    + "/"
                )
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = CHANNELS[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "typo_fixed":
            if o.clean_body is None:
                if o.n_copies:
                    return False  # an earlier copy was made from the published text
                bad = typo_in(o.body, rng)
                if bad is None or normal(bad) in self.m.seen:
                    return False
                o.clean_body = o.body
                o.body = bad
            c.body = o.clean_body
            c.ch = self.pick_ch(o, self.lang_pool(o))
            c.sig = CHANNELS[c.ch].sig
        elif kind == "trim":
            paras = c.body.split("\n\n")
            if not o.trim_ok or len(paras) < 2:
                return False
            c.body = "\n\n".join(paras[:-1])
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = CHANNELS[c.ch].sig
        elif kind == "head_drop":
            paras = c.body.split("\n\n")
            if len(paras) < 3 or words(paras[0]) > 12 or paras[0].rstrip().endswith("."):
                return False
            c.body = "\n\n".join(paras[1:])
            c.ch = self.pick_ch(o, AGG_EN if en else AGG_RU)
            c.sig = CHANNELS[c.ch].sig
        elif kind == "feed":
            if o.ch not in ("mid_ru", "mfa_en"):
                return False
            c.ch = "feed_en" if en else "feed_ru"
            c.title, c.body = feed_render(c.body)
            c.sig = None
        elif kind == "typography":
            new = typography(c.body)
            if new == c.body:
                new = c.body.replace(". ", ".  ", 1).replace("\n\n", "\n", 1)
            c.body = new
            c.ch = self.pick_ch(o, self.lang_pool(o))
            c.sig = CHANNELS[c.ch].sig
        elif kind == "prefix":
            p = rng.choice(
                ["⚡️BREAKING: ", "🔴 Urgent: ", "⚡️ "]
                if en
                else ["⚡️ Срочно: ", "Молния: ", "⚡️", "❗️Срочно: "]
            )
            c.body = p + c.body
            c.ch = self.pick_ch(o, self.lang_pool(o))
            c.sig = CHANNELS[c.ch].sig
        elif kind == "reflash":
            if o.ch not in AGENCY_RU + AGENCY_EN:
                return False
            c.ch = o.ch if rng.random() < 0.6 else self.pick_ch(o, AGENCY_EN if en else AGENCY_RU)
        elif kind == "dump":
            if en:
                return False
            c.ch = "dump"
            c.sig = None
            c.fwd, c.fwd_name_only = True, True
            c.undated = True
        else:
            raise ValueError(kind)
        return True

    def make(self, o: Item) -> Item | None:
        rng = self.rng
        short = words(o.body) < 14
        table = KINDS_SHORT if short else KINDS_LONG
        for _ in range(12):
            kind = rng.choices(list(table), weights=list(table.values()))[0]
            c = Item(
                o.t + self.gap(o),
                o.ch,
                o.story,
                o.family,
                kind,
                o.clean_body or o.body,
                o.sig,
                orig=o,
            )
            if kind == "combo":
                ks = rng.sample(
                    [
                        "emoji",
                        "typography",
                        "source_line",
                        "sig_swap",
                        "trim",
                        "hashtags",
                        "link",
                        "fwd_header",
                        "prefix",
                    ],
                    2,
                )
                ok = all(self.apply(o, k, c) for k in ks)
                c.kind = "combo:" + "+".join(ks)
            else:
                ok = self.apply(o, kind, c)
            if not ok:
                continue
            if c.ch == o.ch and kind != "reflash" and not kind.startswith("combo"):
                continue
            # a copy must differ from every other story's text
            key = normal(c.text if c.ch != "feed" else c.body)
            if any(
                key == normal(x.body)
                for x in self.m.items
                if x.story != o.story and x.kind == "original" and abs((x.t - c.t).days) < 40
            ):
                continue
            o.n_copies += 1
            return c
        return None


# --------------------------------------------------------------------------- build

_META: dict[tuple[str, str], tuple[str, str]] = {}


def build() -> list[Labelled]:
    rng = random.Random(SEED)
    m = Maker(rng)
    for f in FAMILIES:
        f(m)
    originals = [x for x in m.items if START <= x.t <= END and rng.random() < 0.95]
    m.items = originals
    cp = Copier(m)
    copies: list[Item] = []
    for o in list(originals):
        p = 0.32
        if o.family.startswith(("flash", "casualties", "elections", "quakes", "weather")):
            p = 0.40
        if rng.random() < p:
            for _ in range(2 if rng.random() < 0.22 else 1):
                c = cp.make(o)
                if c is not None:
                    copies.append(c)
    # the feed item first, the Telegram post later: the feed item is the original
    for c in copies:
        o = c.orig
        if c.kind == "feed" and o is not None and o.n_copies == 1 and rng.random() < 0.45:
            o.ch, c.ch = c.ch, o.ch
            o.body, c.body = c.body, o.body
            o.title, c.title = c.title, None
            o.sig, c.sig = None, o.sig
            c.kind = "telegram_after_feed"
    items = sorted(originals + copies, key=lambda x: (x.t, x.kind != "original"))
    # strictly increasing times: nudge equal times by a minute
    for a, b in itertools.pairwise(items):
        if b.t <= a.t:
            b.t = a.t + timedelta(minutes=1)
    ids: dict[str, int] = {}
    out: list[Labelled] = []
    for x in items:
        ch = CHANNELS[x.ch]
        ids[x.ch] = ids.get(x.ch, 1000 + len(ids) * 7919) + 1 + rng.randrange(3)
        n = ids[x.ch]
        fwd = None
        if x.fwd and x.orig is not None and x.orig.post is not None:
            oc = CHANNELS[x.orig.ch]
            if x.fwd_name_only:
                fwd = Forward(name=oc.title)
            else:
                fwd = Forward(
                    name=oc.title,
                    source_key=oc.key,
                    external_id=x.orig.post.external_id,
                    username=oc.username,
                )
        if ch.kind == "feed":
            url = f"{ch.key.rsplit('/', 1)[0]}/news/{n}/"
            ext = url
        elif ch.kind == "import":
            url = None
            ext = f"dump-{n}"
        else:
            url = f"https://t.me/{ch.username}/{n}"
            ext = str(n)
        text = x.body if ch.kind == "feed" else x.text
        post = Post(
            source=SourceRef(
                ch.kind,
                ch.key,
                ch.title,
                ch.username,
                None if ch.kind != "telegram" else f"https://t.me/{ch.username}",
            ),  # type: ignore[arg-type]
            external_id=ext,
            published_at=x.t,
            text=text,
            title=x.title,
            url=url,
            forwarded_from=fwd,
            date_source="file" if x.undated else "source",
        )
        x.post = post
        _META[(ch.key, ext)] = (x.family, x.kind)
        out.append(Labelled(post, x.story))
    return out


def kind_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][1]


def family_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][0]
