# ruff: noqa: E501, B023, E731, RUF005, RUF059  (a data module: long template strings read better whole; the closures run in their own iteration)
"""A seventh labelled near-duplicate set, written blind to the method (session 33).

The sources are the ones an analyst of official channels follows: the Russian foreign
ministry's Russian and English channels, its spokeswoman and its consular department, the
Belarusian and Kazakh foreign ministries, four embassies (Serbia, Kazakhstan in Russian; South
Africa and the UN mission in English), the agencies TASS (Russian and English), RIA Novosti,
Interfax, BelTA and Kazinform, the wires Reuters and AP, six aggregators that repost with a
header or a footer of their own (four Russian, two English) and three feeds (mid.ru in
Russian and in English, tass.ru). Posts run from March 2024 to September 2025.

Every post carries a *story* label: one story is one statement. A story's first post is its
original; each later post of the story is a copy of it (or of an earlier copy) made by the
transform :func:`kind_of` names ("combo:a+b" for two at once, "chain:k" for a copy of a
copy). A copy keeps every slot of its statement (country, date, number, name, place, verb):
that is checked when it is made. A short post's copies (under sixteen words) come within ten
hours of it, every other copy within 26 days (docs/dedup.md: copies within 30 days,
one-liners within 12 hours). A statement published in Russian and in English is two stories:
only a copy in the same language is a copy.

Hard negatives: 32 templated families of official statements whose members differ in one slot
(a country, a date, a number, a name, a place, a sum, a disaster, an item of a list, or a verb
of the opposite sense: осуждает/приветствует, введён/отменён, назначил/освободил,
прибыл/вылетел, arrived/left, возобновляет/приостанавливает, ратифицировала/денонсировала,
extends/suspends, принял/отклонил), placed close to each other in time: one-liners within
hours, longer statements within days.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef

SEED = 33_0707
START = datetime(2024, 3, 4, tzinfo=UTC)
END = datetime(2025, 9, 26, tzinfo=UTC)
SHORT = 16  # words: a post under this is short, its copies come within ten hours


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class Chan:
    name: str
    kind: str  # telegram, feed
    key: str
    title: str
    username: str | None
    lang: str  # ru, en
    sig: str | None  # appended to the channel's own posts


_CH = [
    Chan("mid_ru", "telegram", "1340019821", "МИД России", "MID_Russia", "ru", None),
    Chan(
        "mid_en",
        "telegram",
        "1312207430",
        "Russian MFA 🇷🇺",
        "MFARussia",
        "en",
        "🌐 mid.ru/en | 📲 @MFARussia",
    ),
    Chan(
        "spokes",
        "telegram",
        "1177046210",
        "Мария Захарова",
        "MariaVladimirovnaZakharova",
        "ru",
        None,
    ),
    Chan(
        "consul",
        "telegram",
        "1466823005",
        "Консульский департамент МИД России",
        "consdep_mid",
        "ru",
        "📞 Дежурная служба КД: +7 (495) 244-43-31\n✉️ t.me/consdep_mid",
    ),
    Chan(
        "mfa_by",
        "telegram",
        "1259934410",
        "МИД Беларуси",
        "mfa_belarus",
        "ru",
        "🇧🇾 Подписывайтесь: t.me/mfa_belarus",
    ),
    Chan(
        "mfa_kz",
        "telegram",
        "1382201956",
        "МИД Казахстана",
        "mfa_kazakhstan",
        "ru",
        "🇰🇿 @mfa_kazakhstan",
    ),
    Chan(
        "emb_rs",
        "telegram",
        "1298774103",
        "Посольство России в Сербии",
        "rusembserbia",
        "ru",
        "🇷🇺🇷🇸 Посольство России в Сербии | @rusembserbia",
    ),
    Chan(
        "emb_kz",
        "telegram",
        "1420065317",
        "Посольство России в Казахстане",
        "RusEmbKZ",
        "ru",
        "#РоссияКазахстан\n@RusEmbKZ",
    ),
    Chan(
        "emb_za",
        "telegram",
        "1355810472",
        "Russian Embassy in South Africa",
        "EmbRussiaSA",
        "en",
        "🇷🇺🇿🇦 #RussiaSouthAfrica\nt.me/EmbRussiaSA",
    ),
    Chan(
        "un_en",
        "telegram",
        "1391127748",
        "Russian Mission to the UN",
        "RussianUN",
        "en",
        "#UNSC | @RussianUN",
    ),
    Chan("tass", "telegram", "1050820672", "ТАСС", "tass_agency", "ru", None),
    Chan("tass_en", "telegram", "1201447359", "TASS", "tass_world", "en", None),
    Chan("ria", "telegram", "1101170442", "РИА Новости", "rian_ru", "ru", None),
    Chan("interfax", "telegram", "1144180066", "Интерфакс", "interfaxonline", "ru", None),
    Chan("belta", "telegram", "1133952608", "БелТА", "belta_telegramm", "ru", None),
    Chan("kazinform", "telegram", "1261845517", "Kazinform", "kazinform_news", "ru", None),
    Chan("reuters", "telegram", "1488063122", "Reuters World", "reuters_world", "en", None),
    Chan("ap", "telegram", "1471290384", "AP News", "apnews_world", "en", None),
    Chan(
        "agg_vp",
        "telegram",
        "1600440101",
        "Внешняя политика | Новости",
        "vneshpol_news",
        "ru",
        "👉 Подписаться на «Внешнюю политику»: @vneshpol_news",
    ),
    Chan(
        "agg_sng",
        "telegram",
        "1600440102",
        "СНГ сегодня",
        "sng_today",
        "ru",
        "🔔 @sng_today — всё о Содружестве",
    ),
    Chan(
        "agg_dk",
        "telegram",
        "1600440103",
        "Дипкурьер",
        "dipkurier",
        "ru",
        "Дипкурьер 📨 t.me/dipkurier",
    ),
    Chan(
        "agg_pd",
        "telegram",
        "1600440104",
        "Политический дневник",
        "polit_dnevnik",
        "ru",
        "#политика #мир\n➡️ @polit_dnevnik",
    ),
    Chan(
        "agg_eb",
        "telegram",
        "1600440201",
        "Eurasia Brief",
        "eurasiabrief",
        "en",
        "Follow Eurasia Brief → @eurasiabrief",
    ),
    Chan(
        "agg_gs",
        "telegram",
        "1600440202",
        "Global South Monitor",
        "gsmonitor",
        "en",
        "🌍 @gsmonitor | Subscribe for daily updates",
    ),
    Chan("feed_ru", "feed", "https://mid.ru/ru/rss.php", "МИД России — новости", None, "ru", None),
    Chan("feed_en", "feed", "https://mid.ru/en/rss.php", "MFA Russia — news", None, "en", None),
    Chan("feed_tass", "feed", "https://tass.ru/rss/v2.xml", "ТАСС", None, "ru", None),
]
CH = {c.name: c for c in _CH}

AGG_RU = ["agg_vp", "agg_sng", "agg_dk", "agg_pd"]
AGG_EN = ["agg_eb", "agg_gs"]
AGENCY_RU = ["tass", "ria", "interfax"]
EMB_RU = ["emb_rs", "emb_kz"]
EMB_EN = ["emb_za", "un_en"]
OFFICIAL = {
    "mid_ru",
    "mid_en",
    "spokes",
    "consul",
    "mfa_by",
    "mfa_kz",
    "emb_rs",
    "emb_kz",
    "emb_za",
    "un_en",
}
# how a reposter names the source
SRC_NAME = {
    "mid_ru": "МИД России",
    "mid_en": "Russian MFA",
    "spokes": "М.В.Захарова",
    "consul": "Консульский департамент МИД России",
    "mfa_by": "МИД Беларуси",
    "mfa_kz": "МИД РК",
    "emb_rs": "Посольство России в Сербии",
    "emb_kz": "Посольство России в Казахстане",
    "emb_za": "Russian Embassy in SA",
    "un_en": "Russia's UN Mission",
    "tass": "ТАСС",
    "tass_en": "TASS",
    "ria": "РИА Новости",
    "interfax": "Интерфакс",
    "belta": "БелТА",
    "kazinform": "Казинформ",
    "reuters": "Reuters",
    "ap": "AP",
}


# --------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class Country:
    en: str
    ru: str  # nominative
    gen: str
    ins: str  # instrumental: "с Лаосом"
    loc: str  # "в Лаосе"
    to: str  # "в Лаос"
    cap_en: str
    cap_loc: str  # "во Вьентьяне"
    cap_to: str  # "во Вьентьян"
    cap_gen: str  # "Вьентьяна"
    min_en: str
    min_ru: str
    flag: str


_CO = [
    (
        "Laos",
        "Лаос",
        "Лаоса",
        "Лаосом",
        "в Лаосе",
        "в Лаос",
        "Vientiane",
        "во Вьентьяне",
        "во Вьентьян",
        "Вьентьяна",
        "Thongsavanh Phomvihane",
        "Тонгсаван Пхомвихан",
        "🇱🇦",
    ),
    (
        "Vietnam",
        "Вьетнам",
        "Вьетнама",
        "Вьетнамом",
        "во Вьетнаме",
        "во Вьетнам",
        "Hanoi",
        "в Ханое",
        "в Ханой",
        "Ханоя",
        "Bui Thanh Son",
        "Буй Тхань Шон",
        "🇻🇳",
    ),
    (
        "Mongolia",
        "Монголия",
        "Монголии",
        "Монголией",
        "в Монголии",
        "в Монголию",
        "Ulaanbaatar",
        "в Улан-Баторе",
        "в Улан-Батор",
        "Улан-Батора",
        "Battsetseg Batmunkh",
        "Батцэцэг Батмунх",
        "🇲🇳",
    ),
    (
        "Nicaragua",
        "Никарагуа",
        "Никарагуа",
        "Никарагуа",
        "в Никарагуа",
        "в Никарагуа",
        "Managua",
        "в Манагуа",
        "в Манагуа",
        "Манагуа",
        "Valdrack Jaentschke",
        "Вальдрак Ягнчке",
        "🇳🇮",
    ),
    (
        "Venezuela",
        "Венесуэла",
        "Венесуэлы",
        "Венесуэлой",
        "в Венесуэле",
        "в Венесуэлу",
        "Caracas",
        "в Каракасе",
        "в Каракас",
        "Каракаса",
        "Yván Gil",
        "Иван Хиль",
        "🇻🇪",
    ),
    (
        "Cuba",
        "Куба",
        "Кубы",
        "Кубой",
        "на Кубе",
        "на Кубу",
        "Havana",
        "в Гаване",
        "в Гавану",
        "Гаваны",
        "Bruno Rodríguez",
        "Бруно Родригес",
        "🇨🇺",
    ),
    (
        "Bolivia",
        "Боливия",
        "Боливии",
        "Боливией",
        "в Боливии",
        "в Боливию",
        "La Paz",
        "в Ла-Пасе",
        "в Ла-Пас",
        "Ла-Паса",
        "Celinda Sosa",
        "Селинда Соса",
        "🇧🇴",
    ),
    (
        "Mali",
        "Мали",
        "Мали",
        "Мали",
        "в Мали",
        "в Мали",
        "Bamako",
        "в Бамако",
        "в Бамако",
        "Бамако",
        "Abdoulaye Diop",
        "Абдулай Диоп",
        "🇲🇱",
    ),
    (
        "Ethiopia",
        "Эфиопия",
        "Эфиопии",
        "Эфиопией",
        "в Эфиопии",
        "в Эфиопию",
        "Addis Ababa",
        "в Аддис-Абебе",
        "в Аддис-Абебу",
        "Аддис-Абебы",
        "Gedion Timothewos",
        "Гедион Тимотевос",
        "🇪🇹",
    ),
    (
        "Kenya",
        "Кения",
        "Кении",
        "Кенией",
        "в Кении",
        "в Кению",
        "Nairobi",
        "в Найроби",
        "в Найроби",
        "Найроби",
        "Musalia Mudavadi",
        "Мусалия Мудавади",
        "🇰🇪",
    ),
    (
        "South Africa",
        "ЮАР",
        "ЮАР",
        "ЮАР",
        "в ЮАР",
        "в ЮАР",
        "Pretoria",
        "в Претории",
        "в Преторию",
        "Претории",
        "Ronald Lamola",
        "Рональд Ламола",
        "🇿🇦",
    ),
    (
        "Algeria",
        "Алжир",
        "Алжира",
        "Алжиром",
        "в Алжире",
        "в Алжир",
        "Algiers",
        "в столице Алжира",
        "в столицу Алжира",
        "столицы Алжира",
        "Ahmed Attaf",
        "Ахмед Аттаф",
        "🇩🇿",
    ),
    (
        "Indonesia",
        "Индонезия",
        "Индонезии",
        "Индонезией",
        "в Индонезии",
        "в Индонезию",
        "Jakarta",
        "в Джакарте",
        "в Джакарту",
        "Джакарты",
        "Sugiono",
        "Сугионо",
        "🇮🇩",
    ),
    (
        "Malaysia",
        "Малайзия",
        "Малайзии",
        "Малайзией",
        "в Малайзии",
        "в Малайзию",
        "Kuala Lumpur",
        "в Куала-Лумпуре",
        "в Куала-Лумпур",
        "Куала-Лумпура",
        "Mohamad Hasan",
        "Мохамад Хасан",
        "🇲🇾",
    ),
    (
        "Serbia",
        "Сербия",
        "Сербии",
        "Сербией",
        "в Сербии",
        "в Сербию",
        "Belgrade",
        "в Белграде",
        "в Белград",
        "Белграда",
        "Marko Đurić",
        "Марко Джурич",
        "🇷🇸",
    ),
    (
        "Hungary",
        "Венгрия",
        "Венгрии",
        "Венгрией",
        "в Венгрии",
        "в Венгрию",
        "Budapest",
        "в Будапеште",
        "в Будапешт",
        "Будапешта",
        "Péter Szijjártó",
        "Петер Сийярто",
        "🇭🇺",
    ),
    (
        "Qatar",
        "Катар",
        "Катара",
        "Катаром",
        "в Катаре",
        "в Катар",
        "Doha",
        "в Дохе",
        "в Доху",
        "Дохи",
        "Mohammed bin Abdulrahman Al Thani",
        "Мухаммед бен Абдель Рахман Аль Тани",
        "🇶🇦",
    ),
    (
        "Oman",
        "Оман",
        "Омана",
        "Оманом",
        "в Омане",
        "в Оман",
        "Muscat",
        "в Маскате",
        "в Маскат",
        "Маската",
        "Badr Albusaidi",
        "Бадр аль-Бусаиди",
        "🇴🇲",
    ),
    (
        "Saudi Arabia",
        "Саудовская Аравия",
        "Саудовской Аравии",
        "Саудовской Аравией",
        "в Саудовской Аравии",
        "в Саудовскую Аравию",
        "Riyadh",
        "в Эр-Рияде",
        "в Эр-Рияд",
        "Эр-Рияда",
        "Faisal bin Farhan",
        "Фейсал бин Фархан",
        "🇸🇦",
    ),
    (
        "Iraq",
        "Ирак",
        "Ирака",
        "Ираком",
        "в Ираке",
        "в Ирак",
        "Baghdad",
        "в Багдаде",
        "в Багдад",
        "Багдада",
        "Fuad Hussein",
        "Фуад Хусейн",
        "🇮🇶",
    ),
    (
        "Jordan",
        "Иордания",
        "Иордании",
        "Иорданией",
        "в Иордании",
        "в Иорданию",
        "Amman",
        "в Аммане",
        "в Амман",
        "Аммана",
        "Ayman Safadi",
        "Айман Сафади",
        "🇯🇴",
    ),
    (
        "Pakistan",
        "Пакистан",
        "Пакистана",
        "Пакистаном",
        "в Пакистане",
        "в Пакистан",
        "Islamabad",
        "в Исламабаде",
        "в Исламабад",
        "Исламабада",
        "Ishaq Dar",
        "Исхак Дар",
        "🇵🇰",
    ),
    (
        "Sri Lanka",
        "Шри-Ланка",
        "Шри-Ланки",
        "Шри-Ланкой",
        "в Шри-Ланке",
        "в Шри-Ланку",
        "Colombo",
        "в Коломбо",
        "в Коломбо",
        "Коломбо",
        "Vijitha Herath",
        "Виджита Хератх",
        "🇱🇰",
    ),
    (
        "Tajikistan",
        "Таджикистан",
        "Таджикистана",
        "Таджикистаном",
        "в Таджикистане",
        "в Таджикистан",
        "Dushanbe",
        "в Душанбе",
        "в Душанбе",
        "Душанбе",
        "Sirojiddin Muhriddin",
        "Сироджиддин Мухриддин",
        "🇹🇯",
    ),
    (
        "Turkmenistan",
        "Туркмения",
        "Туркмении",
        "Туркменией",
        "в Туркмении",
        "в Туркмению",
        "Ashgabat",
        "в Ашхабаде",
        "в Ашхабад",
        "Ашхабада",
        "Rashid Meredov",
        "Рашид Мередов",
        "🇹🇲",
    ),
    (
        "Brazil",
        "Бразилия",
        "Бразилии",
        "Бразилией",
        "в Бразилии",
        "в Бразилию",
        "Brasília",
        "в Бразилиа",
        "в Бразилиа",
        "Бразилиа",
        "Mauro Vieira",
        "Мауру Виейра",
        "🇧🇷",
    ),
    (
        "Angola",
        "Ангола",
        "Анголы",
        "Анголой",
        "в Анголе",
        "в Анголу",
        "Luanda",
        "в Луанде",
        "в Луанду",
        "Луанды",
        "Téte António",
        "Тете Антониу",
        "🇦🇴",
    ),
    (
        "Tanzania",
        "Танзания",
        "Танзании",
        "Танзанией",
        "в Танзании",
        "в Танзанию",
        "Dodoma",
        "в Додоме",
        "в Додому",
        "Додомы",
        "Mahmoud Thabit Kombo",
        "Махмуд Табит Комбо",
        "🇹🇿",
    ),
    (
        "Myanmar",
        "Мьянма",
        "Мьянмы",
        "Мьянмой",
        "в Мьянме",
        "в Мьянму",
        "Naypyidaw",
        "в Нейпьидо",
        "в Нейпьидо",
        "Нейпьидо",
        "Than Swe",
        "Тан Све",
        "🇲🇲",
    ),
    (
        "Cambodia",
        "Камбоджа",
        "Камбоджи",
        "Камбоджей",
        "в Камбодже",
        "в Камбоджу",
        "Phnom Penh",
        "в Пномпене",
        "в Пномпень",
        "Пномпеня",
        "Sok Chenda Sophea",
        "Сок Чэнда Сопхеа",
        "🇰🇭",
    ),
    (
        "Slovakia",
        "Словакия",
        "Словакии",
        "Словакией",
        "в Словакии",
        "в Словакию",
        "Bratislava",
        "в Братиславе",
        "в Братиславу",
        "Братиславы",
        "Juraj Blanár",
        "Юрай Бланар",
        "🇸🇰",
    ),
    (
        "Tunisia",
        "Тунис",
        "Туниса",
        "Тунисом",
        "в Тунисе",
        "в Тунис",
        "Tunis",
        "в столице Туниса",
        "в столицу Туниса",
        "столицы Туниса",
        "Mohamed Ali Nafti",
        "Мохамед Али Нафти",
        "🇹🇳",
    ),
    (
        "Iran",
        "Иран",
        "Ирана",
        "Ираном",
        "в Иране",
        "в Иран",
        "Tehran",
        "в Тегеране",
        "в Тегеран",
        "Тегерана",
        "Abbas Araghchi",
        "Аббас Аракчи",
        "🇮🇷",
    ),
    (
        "the UAE",
        "ОАЭ",
        "ОАЭ",
        "ОАЭ",
        "в ОАЭ",
        "в ОАЭ",
        "Abu Dhabi",
        "в Абу-Даби",
        "в Абу-Даби",
        "Абу-Даби",
        "Abdullah bin Zayed",
        "Абдалла бен Зайед",
        "🇦🇪",
    ),
]
COUNTRIES = [Country(*row) for row in _CO]
CO = {c.en: c for c in COUNTRIES}

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
WEEKDAYS_RU = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]


def rd(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]}"


def ed(d: datetime) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}"


def edb(d: datetime) -> str:  # British order, as an embassy in Pretoria writes it
    return f"{d.day} {MONTHS_EN[d.month - 1]}"


# --------------------------------------------------------------------------- text helpers

EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2139\u2122\u203c\u2049\u231a-\u23ff\U0001f1e6-\U0001f1ff]+"
)

# one name, two spellings: (the spelling in the statement, the one a reposter uses)
TRANSLIT = [
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Maria Zakharova", "Mariya Zakharova"),
    ("Sergey Ryabkov", "Sergei Ryabkov"),
    ("Alexander Lukashenko", "Aleksandr Lukashenko"),
    ("Kassym-Jomart Tokayev", "Kassym-Zhomart Tokayev"),
    ("Szijjártó", "Szijjarto"),
    ("Đurić", "Djuric"),
    ("Rodríguez", "Rodriguez"),
    ("António", "Antonio"),
    ("Blanár", "Blanar"),
    ("Brasília", "Brasilia"),
    ("Araghchi", "Araqchi"),
    ("Ulaanbaatar", "Ulan Bator"),
    ("Сийярто", "Сиярто"),
    ("Пхомвихан", "Фомвихан"),
    ("Буй Тхань Шон", "Буй Тхань Сон"),
    ("Ягнчке", "Яенчке"),
    ("Аракчи", "Арагчи"),
    ("Мауру Виейра", "Мауро Виейра"),
    ("Тимотевос", "Тимотиос"),
    ("Хератх", "Херат"),
    ("Мухриддин", "Мухридин"),
    ("Мудавади", "Мудавиди"),
    ("Батцэцэг", "Батцэцег"),
    ("Иван Хиль", "Иван Гиль"),
    ("Yván Gil", "Yvan Gil"),
    ("Родригес", "Родригез"),
    ("Абдулай Диоп", "Абдулае Диоп"),
    ("Ахмед Аттаф", "Ахмед Атаф"),
    ("Мохамад Хасан", "Мохаммад Хасан"),
    ("Mohamad Hasan", "Mohammad Hasan"),
    ("Джурич", "Джюрич"),
    ("бен Абдель Рахман", "бин Абдулрахман"),
    ("аль-Бусаиди", "аль-Бусайди"),
    ("Badr Albusaidi", "Badr Al Busaidi"),
    ("Фейсал бин Фархан", "Файсал бин Фархан"),
    ("Айман Сафади", "Айман ас-Сафади"),
    ("Исхак Дар", "Ишак Дар"),
    ("Тете Антониу", "Тете Антонио"),
    ("Табит Комбо", "Сабит Комбо"),
    ("Сок Чэнда", "Сок Ченда"),
    ("Мохамед Али Нафти", "Мухаммед Али Нафти"),
    ("Абдалла бен Зайед", "Абдалла бин Зайед"),
    ("Улан-Батор", "Улаанбаатар"),
    ("Thongsavanh", "Thongsavan"),
]
TRANSLIT = [(a, b) for a, b in TRANSLIT if a != b]


def fold(text: str) -> str:
    """Lower case, ё as е, no diacritics, one spelling of each name: to check a slot survives."""
    t = text
    for a, b in TRANSLIT:
        t = t.replace(b, a)
    t = unicodedata.normalize("NFKD", t.lower().replace("ё", "е"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", t))


def normal(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return " ".join(re.findall(r"\w+", t))


def words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", EMOJI.sub(" ", text)))


def strip_emoji(text: str) -> str:
    return "\n".join(
        re.sub(r"\s{2,}", " ", EMOJI.sub("", ln)).strip() for ln in text.split("\n")
    ).strip()


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def with_markdown(body: str, rng: random.Random) -> str:
    """The body as a channel that posts through a bot leaves it: Telegram markdown in the text."""
    paras = body.split("\n\n")
    first = paras[0]
    if words(first) <= 20 and not first.rstrip().endswith((".", "!", ":")):
        paras[0] = f"**{first}**"
    elif len(paras) > 1 and rng.random() < 0.5:
        paras[-1] = f"__{paras[-1]}__"
    else:
        sent = re.split(r"(?<=[.!?])\s", first, maxsplit=1)
        paras[0] = f"**{sent[0]}**" + (" " + sent[1] if len(sent) > 1 else "")
    out = "\n\n".join(paras)
    if rng.random() < 0.3:
        out += "\n\n" + rng.choice(
            ["[Подробнее](https://mid.ru/ru/foreign_policy/news/)", "[mid.ru](https://mid.ru/)"]
            if re.search("[а-я]", out)
            else ["[Full text](https://mid.ru/en/foreign_policy/news/)"]
        )
    return out


def strip_md(text: str) -> str:
    t = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r"\1", text)
    return t.replace("**", "").replace("__", "")


# --------------------------------------------------------------------------- the maker


@dataclass
class Item:
    t: datetime
    ch: str
    story: str
    family: str
    kind: str  # "original", or the copy's transform
    body: str  # without the channel's signature
    sig: str | None = None
    title: str | None = None
    slots: tuple[str, ...] = ()  # what tells the statement from its siblings
    lead_alt: str | None = None  # the first paragraph as an aggregator rewords it
    md: bool = False  # the body holds Telegram markdown
    src: Item | None = None  # for a copy: the post it was made from
    fwd: bool = False
    clean: str | None = None  # the original's body before its typo (typo_fixed)
    n_copies: int = 0
    post: Post | None = None
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body + ("\n\n" + self.sig if self.sig else "")

    @property
    def lang(self) -> str:
        return CH[self.ch].lang


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[Item] = []
        self.seen: set[str] = set()
        self.n = 0

    def day(self, lo: datetime = START, hi: datetime = END - timedelta(days=28)) -> datetime:
        span = int((hi - lo).total_seconds() // 60)
        t = lo + timedelta(minutes=self.rng.randrange(span))
        return t.replace(
            hour=self.rng.randrange(5, 16), minute=self.rng.randrange(60), second=0, microsecond=0
        )

    def after(self, t: datetime, lo_min: int, hi_min: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(lo_min, hi_min))

    def add(
        self,
        family: str,
        ch: str,
        t: datetime,
        body: str,
        *,
        slots: tuple[str, ...] | list[str] = (),
        lead_alt: str | None = None,
        sig: bool = True,
        md: bool = False,
        title: str | None = None,
    ) -> Item | None:
        body = body.strip()
        key = normal(body)
        if key in self.seen:
            return None
        self.seen.add(key)
        self.n += 1
        it = Item(
            t,
            ch,
            f"{family}-{self.n:04d}",
            family,
            "original",
            body,
            CH[ch].sig if sig else None,
            title=title,
            slots=tuple(s for s in slots if s),
            lead_alt=lead_alt,
            md=md,
        )
        if ch in OFFICIAL and words(body) >= 25 and not md and self.rng.random() < 0.24:
            it.body, it.md = with_markdown(body, self.rng), True
            self.seen.add(normal(it.body))
        self.items.append(it)
        return it

    def pick(self, seq, k: int | None = None):
        if k is None:
            return self.rng.choice(seq)
        return self.rng.sample(list(seq), k)


# --------------------------------------------------------------------------- families
#
# Each family writes originals in clusters: siblings that share a template and differ in one
# slot, close in time. ``slots`` names the words that tell a sibling from the others; every
# copy must keep them.

GULF = ["Iran", "Iraq", "Jordan", "Qatar", "the UAE", "Oman", "Saudi Arabia", "Pakistan"]


def flights(m: Maker) -> None:
    fam = "flights"
    stop, go = ("приостановила", "возобновила"), ("приостановили", "возобновили")
    for _ in range(4):
        t = m.day()
        a, b = (CO[x] for x in m.pick(GULF, 2))
        ch = m.pick(AGENCY_RU)
        if m.rng.random() < 0.5:
            tpl, vs = "Росавиация {v} рейсы российских авиакомпаний {to}", stop
        else:
            tpl, vs = "Российские авиакомпании {v} полёты {to}, сообщила Росавиация", go
        m.add(fam, ch, t, tpl.format(v=vs[0], to=a.to), slots=(vs[0], a.to))
        m.add(fam, ch, m.after(t, 40, 200), tpl.format(v=vs[0], to=b.to), slots=(vs[0], b.to))
        m.add(
            fam,
            m.pick(AGENCY_RU),
            m.after(t, 300, 650),
            tpl.format(v=vs[1], to=a.to),
            slots=(vs[1], a.to),
        )
    for _ in range(3):
        t = m.day()
        a, b = (CO[x] for x in m.pick(GULF, 2))
        until = t + timedelta(days=m.rng.randint(3, 9))
        later = until + timedelta(days=7)
        for c, d, dt in (
            (a, until, 0),
            (b, until, m.rng.randint(30, 240)),
            (a, later, m.rng.randint(60 * 30, 60 * 70)),
        ):
            m.add(
                fam,
                "reuters",
                m.after(t, dt, dt),
                f"Russia's aviation agency suspends all flights by Russian airlines to {c.en} until {ed(d)}",
                slots=(c.en, ed(d)),
            )
    for _ in range(3):
        t = m.day()
        a, b = (CO[x] for x in m.pick(GULF, 2))
        until = t + timedelta(days=m.rng.randint(4, 10))
        later = until + timedelta(days=m.rng.choice([5, 7, 10]))
        for c, d, dt in (
            (a, until, 0),
            (b, until, m.rng.randint(20, 300)),
            (a, later, m.rng.randint(60 * 40, 60 * 100)),
        ):
            body = (
                f"✈️ Об ограничении авиасообщения с {c.ins}\n\n"
                "Уважаемые соотечественники!\n\n"
                f"В связи с закрытием воздушного пространства {c.gen} Росавиация ограничила выполнение рейсов российскими авиакомпаниями {c.to} до {rd(d)} включительно.\n\n"
                f"Гражданам России, находящимся {c.loc}, рекомендуем заблаговременно связаться с авиаперевозчиком для уточнения условий переоформления билетов. "
                f"Информация о возможных маршрутах возвращения через третьи страны размещается на сайте Посольства России {c.cap_loc}."
            )
            alt = f"Рейсы российских авиакомпаний {c.to} ограничены до {rd(d)} включительно: воздушное пространство {c.gen} закрыто, сообщает Росавиация."
            m.add(fam, "consul", m.after(t, dt, dt), body, slots=(c.gen, rd(d)), lead_alt=alt)


EMERGENCY = [
    ("с лесными пожарами", "wildfires"),
    ("с сильными паводками", "severe flooding"),
    ("со вспышкой холеры", "a cholera outbreak"),
    ("с продолжительной засухой", "a prolonged drought"),
    ("с массовыми беспорядками", "civil unrest"),
]


def emergency(m: Maker) -> None:
    fam = "emergency"
    pool = [
        "Laos",
        "Vietnam",
        "Bolivia",
        "Kenya",
        "Ethiopia",
        "Malaysia",
        "Sri Lanka",
        "Angola",
        "Tanzania",
        "Cambodia",
        "Myanmar",
    ]
    for _ in range(4):
        t = m.day()
        a, b = (CO[x] for x in m.pick(pool, 2))
        r1, r2 = m.pick(EMERGENCY, 2)
        ch = m.pick(["consul", "consul", "mid_ru"])
        tail = m.pick(
            [
                "Посольство России рекомендует соотечественникам внимательно следить за сообщениями местных властей и соблюдать установленные ими ограничения.",
                "Российским гражданам, находящимся в стране, рекомендуется соблюдать установленные местными властями правила и при необходимости обращаться в консульское учреждение России.",
            ]
        )

        def body(c: Country, v: str, r: str) -> str:
            return f"{cap(c.loc)} {v} режим чрезвычайной ситуации в связи {r}.\n\n{tail}"

        m.add(fam, ch, t, body(a, "введён", r1[0]), slots=("введён", a.loc, r1[0]))
        m.add(fam, ch, m.after(t, 30, 600), body(b, "введён", r1[0]), slots=("введён", b.loc))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 20, 60 * 24 * 6),
            body(a, "отменён", r1[0]),
            slots=("отменён", a.loc),
        )
        if m.rng.random() < 0.6:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 2, 60 * 30),
                body(a, "введён", r2[0]),
                slots=("введён", r2[0]),
            )
    for _ in range(3):
        t = m.day()
        r = m.pick(EMERGENCY[:4])
        for v, dt in (("declared", 0), ("lifted", m.rng.randint(60 * 26, 60 * 24 * 8))):
            body = (
                f"A national state of disaster has been {v} in South Africa over {r[1]} in several provinces.\n\n"
                "Russian citizens in the country are advised to follow the instructions of the local authorities. "
                "In case of emergency, please contact the Consular Section of the Embassy: +27 12 362 1337."
            )
            m.add(fam, "emb_za", m.after(t, dt, dt), body, slots=(v, r[1]))


STANCE_EVENTS = [
    (
        "решение правительства {gen} о досрочном роспуске парламента",
        "Рассчитываем, что все политические силы {gen} проявят сдержанность и будут действовать исключительно в конституционном поле. Любые попытки внешнего вмешательства во внутренние дела суверенного государства недопустимы.",
    ),
    (
        "подписание властями {gen} соглашения о размещении на своей территории иностранного военного контингента",
        "Подобные шаги затрагивают интересы безопасности всего региона. Призываем все заинтересованные стороны к ответственному подходу и учёту законных интересов соседних государств.",
    ),
    (
        "принятое в {cap} решение о высылке сотрудников международных неправительственных организаций",
        "Исходим из того, что суверенное право каждого государства — самостоятельно определять условия работы иностранных структур на своей территории при соблюдении международных обязательств.",
    ),
    (
        "решение Конституционного суда {gen} об отмене итогов президентских выборов",
        "Исходим из того, что дальнейшие шаги будут предприниматься исключительно в правовом поле и без какого-либо внешнего вмешательства. Выбор пути развития — суверенное дело народа {gen}.",
    ),
]


def stances(m: Maker) -> None:
    fam = "stance"
    pool = [
        "Serbia",
        "Hungary",
        "Slovakia",
        "Venezuela",
        "Bolivia",
        "Mali",
        "Iraq",
        "Pakistan",
        "Myanmar",
        "Tunisia",
        "Iran",
    ]
    for i in range(7):
        t = m.day()
        a, b = (CO[x] for x in m.pick(pool, 2))
        ev, para = STANCE_EVENTS[i % len(STANCE_EVENTS)]
        ch = m.pick(["mid_ru", "spokes"])

        def body(c: Country, v: str) -> str:
            head = (
                "Комментарий официального представителя МИД России М.В.Захаровой"
                if ch == "spokes"
                else "Заявление МИД России"
            )
            return (
                f"{head}\n\n"
                f"В Москве {v} {ev.format(gen=c.gen, cap=c.cap_loc.split(' ', 1)[1])}.\n\n"
                f"{para.format(gen=c.gen)}\n\n"
                "Российская сторона продолжит внимательно следить за развитием ситуации."
            )

        def alt(c: Country, v: str) -> str:
            return f"Как отметили в МИД России, в Москве {v} {ev.format(gen=c.gen, cap=c.cap_loc.split(' ', 1)[1])}."

        first = m.rng.choice([("осуждают", "приветствуют"), ("приветствуют", "осуждают")])
        m.add(fam, ch, t, body(a, first[0]), slots=(first[0], a.gen), lead_alt=alt(a, first[0]))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 3, 60 * 24 * 5),
            body(a, first[1]),
            slots=(first[1], a.gen),
            lead_alt=alt(a, first[1]),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 30, 60 * 12),
                body(b, first[0]),
                slots=(first[0], b.gen),
                lead_alt=alt(b, first[0]),
            )
    # English: the ministry's channel, welcomes/condemns
    en_events = [
        (
            "the decision by the authorities of {en} to hold an early presidential election",
            "We call on all political forces in {en} to refrain from violence and to resolve differences through dialogue.",
        ),
        (
            "the agreement between the government of {en} and the armed opposition on a ceasefire in the northern provinces",
            "Moscow stands ready to contribute to a lasting political settlement in {en}.",
        ),
        (
            "the decision by the parliament of {en} to suspend the activities of several opposition parties",
            "We hope that the situation will be settled by political means and in line with the constitution of {en}.",
        ),
    ]
    for i in range(4):
        t = m.day()
        a, b = (
            CO[x]
            for x in m.pick(
                [
                    "Bolivia",
                    "Mali",
                    "Myanmar",
                    "Ethiopia",
                    "Iraq",
                    "Venezuela",
                    "Iran",
                    "Nicaragua",
                ],
                2,
            )
        )
        ev, para = en_events[i % len(en_events)]

        def ebody(c: Country, v: str) -> str:
            ten = c.en + ("'" if c.en.endswith("s") else "'s")
            return (
                "Statement by the Russian Foreign Ministry\n\n"
                f"Russia {v} {ev.format(en=c.en, ten=ten)}.\n\n"
                f"{para.format(en=c.en)}"
            )

        v0, v1 = m.rng.choice([("condemns", "welcomes"), ("welcomes", "condemns")])
        m.add(fam, "mid_en", t, ebody(a, v0), slots=(v0, a.en))
        m.add(fam, "mid_en", m.after(t, 60 * 5, 60 * 24 * 4), ebody(a, v1), slots=(v1, a.en))
        m.add(fam, "mid_en", m.after(t, 20, 60 * 8), ebody(b, v0), slots=(v0, b.en))


ENVOYS = [
    ("Алексея Кудрявцева", "Алексей Кудрявцев"),
    ("Игоря Ковалёва", "Игорь Ковалёв"),
    ("Дмитрия Лобанова", "Дмитрий Лобанов"),
    ("Сергея Ветрова", "Сергей Ветров"),
    ("Андрея Полунина", "Андрей Полунин"),
    ("Вадима Крылова", "Вадим Крылов"),
    ("Олега Мартынова", "Олег Мартынов"),
    ("Никиту Беляева", "Никита Беляев"),
    ("Павла Зотова", "Павел Зотов"),
    ("Георгия Сафронова", "Георгий Сафронов"),
    ("Романа Ильина", "Роман Ильин"),
    ("Евгения Тарасова", "Евгений Тарасов"),
]


def decrees(m: Maker) -> None:
    fam = "decrees"
    pool = [c for c in COUNTRIES if c.loc.startswith(("в ", "во ", "на "))]
    for _ in range(5):
        t = m.day().replace(hour=m.rng.choice([13, 14, 15, 16]))
        c, d = m.pick(pool, 2)
        (new_acc, new), (old_acc, old), (third_acc, _third) = m.pick(ENVOYS, 3)
        ch = m.pick(AGENCY_RU)
        m.add(
            fam,
            ch,
            t,
            f"Путин назначил {new_acc} послом России {c.loc}",
            slots=("назначил", new_acc),
        )
        m.add(
            fam,
            ch,
            m.after(t, 1, 20),
            f"Путин освободил {old_acc} от обязанностей посла России {c.loc}",
            slots=("освободил", old_acc),
        )
        if m.rng.random() < 0.6:
            m.add(
                fam,
                ch,
                m.after(t, 2, 40),
                f"Путин назначил {third_acc} послом России {d.loc}",
                slots=("назначил", third_acc, d.loc),
            )
    for _ in range(3):
        t = m.day()
        c = m.pick(pool)
        (new_acc, new), (old_acc, old) = m.pick(ENVOYS, 2)
        n = m.rng.randint(300, 900)
        date = rd(t)
        m.add(
            fam,
            "mid_ru",
            t,
            f"Указом Президента Российской Федерации от {date} № {n} {new} назначен Чрезвычайным и Полномочным Послом Российской Федерации {c.loc}.\n\n"
            "Биографическая справка размещена на официальном сайте МИД России.",
            slots=(new, str(n), "назначен"),
        )
        m.add(
            fam,
            "mid_ru",
            m.after(t, 1, 30),
            f"Указом Президента Российской Федерации от {date} № {n - 1} {old} освобождён от обязанностей Чрезвычайного и Полномочного Посла Российской Федерации {c.loc}.\n\n"
            "Биографическая справка размещена на официальном сайте МИД России.",
            slots=(old, str(n - 1), "освобожден"),
        )


VISITORS_RU = [
    ("Лавров", "Сергей Лавров"),
    ("Рябков", "Сергей Рябков"),
    ("Оверчук", "Алексей Оверчук"),
    ("Мишустин", "Михаил Мишустин"),
    ("Руденко", "Андрей Руденко"),
]
VISITORS_EN = [
    "Russian Foreign Minister Sergey Lavrov",
    "Russian Deputy Foreign Minister Sergey Ryabkov",
    "Russian Prime Minister Mikhail Mishustin",
]


def arrivals(m: Maker) -> None:
    fam = "arrivals"
    for _ in range(6):
        t = m.day().replace(hour=m.rng.randrange(4, 9))
        c, d = m.pick(COUNTRIES, 2)
        who = m.pick(VISITORS_RU)[0]
        ch = m.pick(AGENCY_RU)
        purpose = m.pick(
            ["", " с официальным визитом", " для участия в переговорах", " с рабочим визитом"]
        )
        m.add(fam, ch, t, f"{who} прибыл {c.cap_to}{purpose}", slots=("прибыл", c.cap_to))
        m.add(
            fam,
            m.pick(AGENCY_RU),
            m.after(t, 60 * 5, 60 * 11),
            f"{who} вылетел из {c.cap_gen}",
            slots=("вылетел", c.cap_gen),
        )
        if m.rng.random() < 0.6:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 6, 60 * 11),
                f"{who} прибыл {d.cap_to}{purpose}",
                slots=("прибыл", d.cap_to),
            )
    for _ in range(4):
        t = m.day().replace(hour=m.rng.randrange(4, 9))
        c, d = m.pick(COUNTRIES, 2)
        who = m.pick(VISITORS_EN)
        ch = m.pick(["tass_en", "tass_en", "reuters"])
        m.add(fam, ch, t, f"{who} has arrived in {c.cap_en}", slots=("arrived in", c.cap_en))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 4, 60 * 10),
            f"{who} has left {c.cap_en}",
            slots=("left", c.cap_en),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 5, 60 * 11),
                f"{who} has arrived in {d.cap_en}",
                slots=("arrived in", d.cap_en),
            )
    # the Belarusian leader, by BelTA
    for _ in range(3):
        t = m.day().replace(hour=m.rng.randrange(5, 9))
        c = m.pick(COUNTRIES)
        kind = m.pick(["государственным", "официальным", "рабочим"])
        m.add(fam, "belta", t, f"Лукашенко прибыл с {kind} визитом {c.to}", slots=("прибыл", c.to))
        done = {
            "государственным": "государственный",
            "официальным": "официальный",
            "рабочим": "рабочий",
        }[kind]
        m.add(
            fam,
            "belta",
            m.after(t, 60 * 4, 60 * 11),
            f"Лукашенко завершил {done} визит {c.to}",
            slots=("завершил", c.to),
        )


def reception(m: Maker) -> None:
    fam = "reception"
    pool = [c for c in COUNTRIES if c.en not in ("South Africa",)]
    for _ in range(4):
        t = m.day()
        c, d = m.pick(pool, 2)
        d1 = t + timedelta(days=m.rng.randint(2, 5))
        d2 = d1 + timedelta(days=m.rng.randint(6, 14))
        tail = m.pick(
            [
                "Запись на приём по-прежнему ведётся через электронную очередь на сайте Посольства. По неотложным вопросам обращайтесь к дежурному дипломату.",
                "По вопросам выдачи свидетельств на возвращение в Российскую Федерацию просьба обращаться по телефону дежурного дипломата.",
            ]
        )

        def body(x: Country, v: str, when: datetime) -> str:
            return f"Консульский отдел Посольства России {x.cap_loc} {v} приём посетителей с {rd(when)}.\n\n{tail}"

        m.add(
            fam, "consul", t, body(c, "приостанавливает", d1), slots=("приостанавливает", c.cap_loc)
        )
        m.add(
            fam,
            "consul",
            m.after(t, 60 * 24 * 2, 60 * 24 * 9),
            body(c, "возобновляет", d2),
            slots=("возобновляет", rd(d2)),
        )
        if m.rng.random() < 0.6:
            m.add(
                fam,
                "consul",
                m.after(t, 20, 400),
                body(d, "приостанавливает", d1),
                slots=("приостанавливает", d.cap_loc),
            )
    # the embassy in Pretoria: closed on public holidays, the same notice a date apart
    hol = [
        (datetime(2024, 3, 21, tzinfo=UTC), "Human Rights Day"),
        (datetime(2024, 3, 29, tzinfo=UTC), "Good Friday"),
        (datetime(2024, 4, 29, tzinfo=UTC), "Freedom Day (observed)"),
        (datetime(2024, 5, 1, tzinfo=UTC), "Workers' Day"),
        (datetime(2024, 6, 17, tzinfo=UTC), "Youth Day (observed)"),
        (datetime(2024, 8, 9, tzinfo=UTC), "National Women's Day"),
        (datetime(2024, 9, 24, tzinfo=UTC), "Heritage Day"),
        (datetime(2024, 12, 16, tzinfo=UTC), "Day of Reconciliation"),
        (datetime(2025, 3, 21, tzinfo=UTC), "Human Rights Day"),
        (datetime(2025, 4, 18, tzinfo=UTC), "Good Friday"),
        (datetime(2025, 4, 28, tzinfo=UTC), "Freedom Day (observed)"),
        (datetime(2025, 5, 1, tzinfo=UTC), "Workers' Day"),
        (datetime(2025, 6, 16, tzinfo=UTC), "Youth Day"),
        (datetime(2025, 8, 9, tzinfo=UTC), "National Women's Day"),
    ]
    for day, name in hol:
        t = (day - timedelta(days=m.rng.randint(2, 4))).replace(
            hour=m.rng.randrange(6, 11), minute=m.rng.randrange(60)
        )
        m.add(
            fam,
            "emb_za",
            t,
            f"Please be informed that the Consular Section of the Embassy will be closed to visitors on {edb(day)} due to the public holiday ({name}).\n\n"
            "Applications submitted before the closure will be processed as usual.",
            slots=(edb(day), name),
        )


TREATIES = [
    ("о взаимной защите капиталовложений", "on the mutual protection of investments"),
    (
        "о сотрудничестве в области мирного использования атомной энергии",
        "on cooperation in the peaceful use of nuclear energy",
    ),
    ("о взаимной отмене визовых требований", "on the mutual abolition of visa requirements"),
    ("о военно-техническом сотрудничестве", "on military-technical cooperation"),
    ("об избежании двойного налогообложения", "on the avoidance of double taxation"),
    ("о правовой помощи по гражданским делам", "on legal assistance in civil matters"),
]


def treaties(m: Maker) -> None:
    fam = "treaties"
    for _ in range(4):
        t = m.day().replace(hour=m.rng.randrange(8, 13))
        c, d = m.pick(COUNTRIES, 2)
        (tr, tr_en), (tr2, _) = m.pick(TREATIES, 2)
        ch = m.pick(["interfax", "tass", "ria"])
        m.add(
            fam,
            ch,
            t,
            f"Госдума ратифицировала соглашение с {c.ins} {tr}",
            slots=("ратифицировала", c.ins, tr),
        )
        m.add(
            fam,
            ch,
            m.after(t, 5, 120),
            f"Госдума ратифицировала соглашение с {d.ins} {tr}",
            slots=("ратифицировала", d.ins),
        )
        m.add(
            fam,
            ch,
            m.after(t, 10, 200),
            f"Госдума денонсировала соглашение с {c.ins} {tr2}"
            if m.rng.random() < 0.4
            else f"Госдума денонсировала соглашение с {c.ins} {tr}",
            slots=("денонсировала",),
        )
    for _ in range(3):
        t = m.day().replace(hour=m.rng.randrange(8, 13))
        c, d = m.pick(COUNTRIES, 2)
        tr, tr_en = m.pick(TREATIES)
        year = m.rng.randint(2005, 2022)

        def body(x: Country, v: str) -> str:
            return (
                f"Russia's State Duma has {v} the agreement with {x.en} {tr_en}.\n\n"
                f"The document was signed in {year}. It now goes to the Federation Council, the upper house of parliament."
            )

        m.add(fam, "tass_en", t, body(c, "ratified"), slots=("ratified", c.en))
        m.add(fam, "tass_en", m.after(t, 10, 180), body(d, "ratified"), slots=("ratified", d.en))
        m.add(fam, "tass_en", m.after(t, 30, 300), body(c, "denounced"), slots=("denounced", c.en))


def agreements(m: Maker) -> None:
    fam = "agreements"
    items = [
        (
            "its fisheries cooperation agreement with {en}",
            "The agreement, in force since {y}, sets annual catch quotas for vessels of both countries in each other's exclusive economic zones.",
        ),
        (
            "a grain supply deal with {en}",
            "Under the deal, first signed in {y}, Russia ships wheat and barley at preferential prices to state buyers in {en}.",
        ),
        (
            "visa-free travel for holders of service passports with {en}",
            "The arrangement, agreed in {y}, covers diplomats and officials on short-term trips.",
        ),
    ]
    for i in range(4):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        what, para = items[i % len(items)]
        y = m.rng.randint(2008, 2021)
        ch = m.pick(["reuters", "ap"])

        def body(x: Country, v: str, when: datetime) -> str:
            wd = when.strftime("%A")
            return f"Russia {v} {what.format(en=x.en)}, the foreign ministry said on {wd}.\n\n{para.format(y=y, en=x.en)}"

        t2, t3 = m.after(t, 60 * 20, 60 * 24 * 6), m.after(t, 30, 60 * 6)
        m.add(fam, ch, t, body(c, "extends", t), slots=("extends", c.en))
        m.add(fam, ch, t2, body(c, "suspends", t2), slots=("suspends", c.en))
        if m.rng.random() < 0.5:
            m.add(fam, ch, t3, body(d, "extends", t3), slots=("extends", d.en))
    for _ in range(4):
        t = m.day()
        c = m.pick(COUNTRIES)
        subj = m.pick(
            [
                "о сотрудничестве в области рыболовства",
                "о безвизовых поездках владельцев служебных паспортов",
                "о поставках зерна на льготных условиях",
            ]
        )
        ch = m.pick(["interfax", "ria"])
        m.add(
            fam,
            ch,
            t,
            f"Россия продлила действие соглашения с {c.ins} {subj}",
            slots=("продлила", c.ins),
        )
        m.add(
            fam,
            ch,
            m.after(t, 60, 60 * 11),
            f"Россия приостановила действие соглашения с {c.ins} {subj}",
            slots=("приостановила", c.ins),
        )


DISASTERS = [
    # ru genitive, participle, ru instrumental with its preposition ("в связи с ..."), en
    (
        "разрушительного землетрясения",
        "произошедшего",
        "с разрушительным землетрясением",
        "the devastating earthquake",
    ),
    (
        "катастрофического наводнения",
        "произошедшего",
        "с катастрофическим наводнением",
        "the catastrophic floods",
    ),
    ("схода оползня", "произошедшего", "со сходом оползня", "the deadly landslide"),
    (
        "взрыва на угольной шахте",
        "произошедшего",
        "со взрывом на угольной шахте",
        "the explosion at a coal mine",
    ),
    (
        "крушения пассажирского поезда",
        "произошедшего",
        "с крушением пассажирского поезда",
        "the passenger train crash",
    ),
    ("авиакатастрофы", "произошедшей", "с авиакатастрофой", "the plane crash"),
    ("пожара на рынке", "произошедшего", "с пожаром на рынке", "the market fire"),
    ("тайфуна", "обрушившегося", "с тайфуном", "the typhoon"),
]


def condolences(m: Maker) -> None:
    fam = "condolences"
    for _ in range(6):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        dis, dis2 = m.pick(DISASTERS, 2)
        when = t - timedelta(days=1)
        ours = m.pick(
            [
                "По информации Посольства России {cap}, граждан России среди погибших и пострадавших нет.",
                "Посольство России {cap} поддерживает контакт с местными властями; сведений о пострадавших российских гражданах не поступало.",
            ]
        )

        def body(x: Country, ds: tuple[str, str, str, str]) -> str:
            return (
                f"Соболезнования в связи {ds[2]} {x.loc}\n\n"
                f"С глубокой скорбью восприняли известие о многочисленных человеческих жертвах в результате {ds[0]}, {ds[1]} {rd(when)} {x.loc}.\n\n"
                f"Передаём искренние соболезнования родным и близким погибших, правительству и народу {x.gen}. Желаем скорейшего выздоровления всем пострадавшим.\n\n"
                + ours.format(cap=x.cap_loc)
            )

        alt_of = lambda x, ds: (
            f"МИД России выразил соболезнования в связи с гибелью людей в результате {ds[0]}, {ds[1]} {rd(when)} {x.loc}."
        )
        m.add(fam, "mid_ru", t, body(c, dis), slots=(c.loc, dis[0]), lead_alt=alt_of(c, dis))
        r = m.rng.random()
        if r < 0.5:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 60 * 3, 60 * 24 * 4),
                body(c, dis2),
                slots=(c.loc, dis2[0]),
                lead_alt=alt_of(c, dis2),
            )
        if r > 0.3:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 30, 60 * 30),
                body(d, dis),
                slots=(d.loc, dis[0]),
                lead_alt=alt_of(d, dis),
            )
    for _ in range(6):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        dis, dis2 = m.pick(DISASTERS, 2)

        def ebody(x: Country, ds: tuple[str, str, str, str]) -> str:
            return (
                f"We are deeply saddened by the news of the numerous casualties caused by {ds[3]} in {x.en}.\n\n"
                f"Russia shares the grief of those who lost their loved ones and extends its sincere condolences to the Government and people of {x.en}. We wish a speedy recovery to all the injured."
            )

        m.add(fam, "mid_en", t, ebody(c, dis), slots=(c.en, dis[3]))
        if m.rng.random() < 0.6:
            m.add(fam, "mid_en", m.after(t, 60, 60 * 24 * 3), ebody(d, dis), slots=(d.en,))
        else:
            m.add(fam, "mid_en", m.after(t, 60, 60 * 24 * 3), ebody(c, dis2), slots=(dis2[3],))
    # the President's telegrams, as flashed by the agencies
    for _ in range(3):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        dis, dis2 = m.pick(DISASTERS, 2)
        ch = m.pick(AGENCY_RU)
        m.add(
            fam,
            ch,
            t,
            f"Путин выразил соболезнования руководству {c.gen} в связи {dis[2]}",
            slots=(c.gen, dis[2]),
        )
        if m.rng.random() < 0.5 and d.gen != c.gen:
            m.add(
                fam,
                ch,
                m.after(t, 30, 600),
                f"Путин выразил соболезнования руководству {d.gen} в связи {dis[2]}",
                slots=(d.gen,),
            )
        else:
            m.add(
                fam,
                ch,
                m.after(t, 30, 600),
                f"Путин выразил соболезнования руководству {c.gen} в связи {dis2[2]}",
                slots=(dis2[2],),
            )


WARN_REASONS = [
    "резким обострением внутриполитической обстановки",
    "продолжающимися массовыми акциями протеста",
    "повышенной угрозой террористических актов",
    "вооружёнными столкновениями в ряде районов страны",
]


def warnings(m: Maker) -> None:
    fam = "warnings"
    pool = [
        "Mali",
        "Ethiopia",
        "Kenya",
        "Bolivia",
        "Myanmar",
        "Pakistan",
        "Iraq",
        "Tunisia",
        "Sri Lanka",
        "Venezuela",
        "Jordan",
        "Iran",
    ]
    for _ in range(8):
        t = m.day()
        a, b = (CO[x] for x in m.pick(pool, 2))
        r1, r2 = m.pick(WARN_REASONS, 2)

        def body(x: Country, r: str) -> str:
            return (
                f"⚠️ Рекомендации гражданам России, планирующим поездки {x.to}\n\n"
                f"В связи с {r} {x.loc} Консульский департамент МИД России рекомендует российским гражданам воздержаться от поездок в эту страну до стабилизации обстановки.\n\n"
                "Находящимся в стране соотечественникам советуем избегать мест массового скопления людей, не приближаться к местам проведения акций, иметь при себе документы, удостоверяющие личность, и следить за сообщениями местных СМИ.\n\n"
                f"В экстренных случаях обращайтесь в Посольство России {x.cap_loc} по телефону горячей линии или через мобильное приложение «Зарубежный помощник»."
            )

        alt = lambda x, r: (
            f"Консульский департамент МИД России в связи с {r} {x.loc} рекомендовал россиянам не ездить в эту страну, пока обстановка не стабилизируется."
        )
        m.add(fam, "consul", t, body(a, r1), slots=(a.loc, r1), lead_alt=alt(a, r1))
        m.add(
            fam,
            "consul",
            m.after(t, 60, 60 * 30),
            body(b, r1),
            slots=(b.loc, r1),
            lead_alt=alt(b, r1),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                "consul",
                m.after(t, 60 * 24, 60 * 24 * 6),
                body(a, r2),
                slots=(a.loc, r2),
                lead_alt=alt(a, r2),
            )
    # short reminders from the agencies
    for _ in range(4):
        t = m.day()
        a, b = (CO[x] for x in m.pick(pool, 2))
        ch = m.pick(AGENCY_RU)
        m.add(
            fam,
            ch,
            t,
            f"МИД России рекомендовал россиянам воздержаться от поездок {a.to}",
            slots=(a.to,),
        )
        m.add(
            fam,
            ch,
            m.after(t, 20, 500),
            f"МИД России рекомендовал россиянам воздержаться от поездок {b.to}",
            slots=(b.to,),
        )


def briefings(m: Maker) -> None:
    fam = "briefings"
    # a weekly announcement, the same words but the date; the live line with its date
    t0 = START + timedelta(days=m.rng.randint(10, 30))
    weeks = sorted(m.rng.sample(range(0, 76), 13))
    for w in weeks:
        day = (t0 + timedelta(weeks=w)).replace(hour=12, minute=0)
        day = day - timedelta(days=day.weekday()) + timedelta(days=2)  # a Wednesday
        ann = (day - timedelta(days=1)).replace(
            hour=m.rng.randrange(9, 15), minute=m.rng.randrange(60)
        )
        place = m.pick(["в Пресс-центре МИД России", "в Доме приёмов МИД России"])
        if w % 3 == 0:
            m.add(
                fam,
                "mid_ru",
                ann,
                f"🗓 {rd(day)} в 12:00 состоится брифинг официального представителя МИД России М.В.Захаровой по актуальным вопросам внешней политики.\n\n"
                "Аккредитованных журналистов просим заблаговременно пройти регистрацию.",
                slots=(rd(day),),
            )
        elif w % 3 == 1:
            m.add(
                fam,
                "mid_en",
                ann,
                f"🗓 On {ed(day)} at 12:00 (Moscow time), Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on current foreign policy issues {'at the MFA Press Centre' if 'Пресс' in place else 'at the MFA Reception House'}.",
                slots=(ed(day),),
            )
        else:
            m.add(
                fam,
                "spokes",
                ann,
                f"Завтра, {rd(day)}, в 12:00 — брифинг {place}. Присылайте вопросы в комментариях.",
                slots=(rd(day),),
            )
        m.add(
            fam,
            m.pick(["mid_ru", "spokes"]),
            day.replace(minute=m.rng.randrange(0, 3)),
            f"🔴 Начался брифинг М.В.Захаровой, {rd(day)}",
            slots=(rd(day),),
        )
    # a briefing moved: from one day to another
    for _ in range(3):
        t = m.day()
        d1 = t + timedelta(days=m.rng.randint(1, 3))
        d2, d3 = d1 + timedelta(days=1), d1 + timedelta(days=2)
        m.add(
            fam,
            "mid_ru",
            t,
            f"Брифинг официального представителя МИД России М.В.Захаровой переносится с {rd(d1)} на {rd(d2)}. Время начала — 11:00.",
            slots=(rd(d2),),
        )
        m.add(
            fam,
            "mid_ru",
            m.after(t, 60 * 20, 60 * 30),
            f"Брифинг официального представителя МИД России М.В.Захаровой переносится с {rd(d1)} на {rd(d3)}. Время начала — 11:00.",
            slots=(rd(d3),),
        )


FORUM_ITEMS = [
    "пленарное заседание «Многополярный мир: новые правила игры»",
    "сессия «Транспортные коридоры Евразии»",
    "круглый стол министров иностранных дел государств Центральной Азии",
    "панельная дискуссия о продовольственной безопасности",
    "подписание пакета межправительственных соглашений",
    "встреча с представителями деловых кругов",
    "молодёжный диалог «Россия — Африка: новое поколение»",
    "сессия о сотрудничестве в сфере здравоохранения",
    "торжественный приём от имени Министра иностранных дел России",
    "пресс-подход по итогам дня",
]


def schedules(m: Maker) -> None:
    fam = "schedules"
    for _ in range(4):
        t = m.day().replace(hour=6, minute=m.rng.randrange(0, 40))
        forum = m.pick(
            [
                "Евразийского форума",
                "форума «Россия — Исламский мир»",
                "Форума будущих технологий",
                "Российско-африканского форума",
            ]
        )
        city = m.pick(["в Казани", "в Санкт-Петербурге", "в Москве", "в Сочи"])
        items = m.pick(FORUM_ITEMS, 6)
        times = ["10:00", "12:30", "15:00", "17:30"]
        for day_i in range(3):
            d = t + timedelta(days=day_i)
            mine = items[day_i : day_i + 4]
            lines = "\n".join(f"🔹 {tm} — {it}" for tm, it in zip(times, mine, strict=True))
            m.add(
                fam,
                m.pick(["mid_ru", "mid_ru", "spokes"]),
                d,
                f"📅 Программа {forum} {city}, {rd(d)}:\n\n{lines}\n\nТрансляция — на сайте МИД России.",
                slots=(rd(d), mine[0]),
            )


TYPHOONS = [
    "Яги",
    "Кратон",
    "Конг-Рей",
    "Барижат",
    "Гаэми",
    "Шаньшань",
    "Вутип",
    "Данас",
    "Посаи",
    "Нок-тен",
]
REGIONS_VN = [
    (
        "северные провинции Вьетнама",
        "северных провинций Вьетнама",
        "Vietnam's northern provinces",
        "Vietnam",
    ),
    ("побережье провинции Фуцзянь", "побережья провинции Фуцзянь", "the coast of Fujian", None),
    ("остров Лусон", "острова Лусон", "Luzon island", None),
    ("центральную часть Вьетнама", "центральной части Вьетнама", "central Vietnam", "Vietnam"),
    ("южные районы Лаоса", "южных районов Лаоса", "southern Laos", "Laos"),
]


def weather(m: Maker) -> None:
    fam = "weather"
    for _ in range(5):
        t = m.day()
        name, name2 = m.pick(TYPHOONS, 2)
        r1, r2 = m.pick(REGIONS_VN, 2)
        s1 = m.rng.choice([28, 32, 35, 40, 45])
        s2 = s1 + m.rng.choice([5, 7, 10])

        def body(nm: str, reg: tuple, speed: int, when: datetime) -> str:
            return (
                f"🌀 Внимание! По данным метеорологических служб, {rd(when)} ожидается выход тайфуна «{nm}» на {reg[0]}. Скорость ветра может превысить {speed} м/с.\n\n"
                "Рекомендуем российским гражданам, находящимся в этом районе, не покидать укрытия, запастись питьевой водой и продуктами, держать заряженными мобильные телефоны и выполнять указания местных властей."
            )

        when = t + timedelta(days=1)
        ch = m.pick(["consul", "consul", "mid_ru"])
        m.add(fam, ch, t, body(name, r1, s1, when), slots=(name, rd(when), str(s1)))
        m.add(fam, ch, m.after(t, 60 * 3, 60 * 10), body(name, r1, s2, when), slots=(str(s2),))
        if m.rng.random() < 0.6:
            w2 = when + timedelta(days=m.rng.randint(2, 6))
            m.add(
                fam,
                ch,
                m.after(t, 60 * 24, 60 * 24 * 5),
                body(name2, r2, s1, w2),
                slots=(name2, r2[0]),
            )
    # evacuation flights
    for _ in range(4):
        t = m.day()
        c = CO[m.pick(["Iran", "Iraq", "Jordan", "Myanmar", "Ethiopia", "Mali", "Pakistan"])]
        n1 = m.rng.randint(60, 190)
        n2 = n1 + m.rng.randint(7, 60)

        def body(n: int, flight: int) -> str:
            return (
                f"Спецбортом МЧС России из {c.cap_gen} в Москву доставлены {n} граждан России и членов их семей.\n\n"
                f"Это {flight}-й рейс, организованный для эвакуации соотечественников {c.loc}. Работа по вывозу желающих продолжается."
            )

        ch = m.pick(["consul", "mid_ru", "tass"])
        m.add(fam, ch, t, body(n1, 2), slots=(str(n1), "2"))
        m.add(fam, ch, m.after(t, 60 * 6, 60 * 36), body(n2, 3), slots=(str(n2), "3"))
    for _ in range(2):
        t = m.day()
        c = m.pick(COUNTRIES)
        n1, n2 = m.rng.randint(80, 160), m.rng.randint(161, 260)
        m.add(
            fam,
            "tass_en",
            t,
            f"A Russian Emergencies Ministry plane has evacuated {n1} Russian citizens from {c.en}",
            slots=(str(n1),),
        )
        m.add(
            fam,
            "tass_en",
            m.after(t, 60 * 3, 60 * 10),
            f"A Russian Emergencies Ministry plane has evacuated {n2} Russian citizens from {c.en}",
            slots=(str(n2),),
        )


def casualties(m: Maker) -> None:
    fam = "casualties"
    events = [
        ("при землетрясении", "earthquake"),
        ("в результате наводнения", "floods"),
        ("при сходе оползня", "landslide"),
        ("в результате взрыва на шахте", "mine blast"),
    ]
    for _ in range(6):
        t = m.day().replace(hour=m.rng.randrange(3, 8))
        c = m.pick(COUNTRIES)
        ev_ru, ev_en = m.pick(events)
        ns = sorted(m.rng.sample(range(8, 140), 3))
        ch = m.pick(AGENCY_RU)
        tt = t
        for n in ns:
            m.add(fam, ch, tt, f"Число погибших {ev_ru} {c.loc} возросло до {n}", slots=(str(n),))
            tt = m.after(tt, 70, 220)
    for _ in range(4):
        t = m.day().replace(hour=m.rng.randrange(3, 8))
        c = m.pick(COUNTRIES)
        ev_ru, ev_en = m.pick(events)
        ns = sorted(m.rng.sample(range(10, 300), 3))
        ch = m.pick(["reuters", "ap"])
        tt = t
        for i, n in enumerate(ns):
            if ch == "ap" and i == 1:
                body = (
                    f"The death toll from the {ev_en} in {c.en} has risen to {n}, the national disaster management agency said.\n\n"
                    "Rescue teams were still searching for survivors under the rubble and mud, and dozens of people remain unaccounted for."
                )
            else:
                body = f"Death toll from {ev_en} in {c.en} rises to {n}, officials say"
            m.add(fam, ch, tt, body, slots=(str(n),))
            tt = m.after(tt, 60, 200)


CALL_TOPICS_RU = [
    "актуальные вопросы двусторонней повестки дня, включая подготовку предстоящих контактов на высшем уровне",
    "ситуацию на Ближнем Востоке и перспективы урегулирования палестино-израильского конфликта",
    "взаимодействие в ООН, БРИКС и других многосторонних форматах",
    "реализацию совместных проектов в торгово-экономической и энергетической сферах",
    "график предстоящих контактов и ход подготовки заседания межправительственной комиссии",
]
CALL_TOPICS_EN = [
    "pressing issues on the bilateral agenda, including preparations for upcoming high-level contacts",
    "the situation in the Middle East and prospects for a Palestinian-Israeli settlement",
    "cooperation at the UN, BRICS and other multilateral formats",
    "the implementation of joint projects in trade, the economy and energy",
]


def calls(m: Maker) -> None:
    fam = "calls"
    for _ in range(8):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        top = m.pick(CALL_TOPICS_RU)
        md = m.rng.random() < 0.25

        def body(x: Country) -> str:
            head = f"☎️ О телефонном разговоре С.В.Лаврова с Министром иностранных дел {x.gen}"
            if md:
                head = f"**{head}**"
            return (
                f"{head}\n\n"
                f"{rd(t)} состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с коллегой из {x.gen} — {x.min_ru}.\n\n"
                f"Министры обсудили {top}.\n\n"
                "Стороны условились поддерживать регулярные контакты по линии внешнеполитических ведомств."
            )

        alt = lambda x: (
            f"Сергей Лавров и глава МИД {x.gen} {x.min_ru} провели {rd(t)} телефонные переговоры."
        )
        m.add(fam, "mid_ru", t, body(c), slots=(c.gen, c.min_ru), lead_alt=alt(c), md=md)
        if m.rng.random() < 0.7:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 20, 300),
                body(d),
                slots=(d.gen, d.min_ru),
                lead_alt=alt(d),
                md=md,
            )
    for _ in range(7):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        top = m.pick(CALL_TOPICS_EN)

        def ebody(x: Country) -> str:
            return (
                f"☎️ On {ed(t)}, Russian Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of {x.en} {x.min_en}.\n\n"
                f"The ministers discussed {top}.\n\n"
                "The parties agreed to maintain regular contacts."
            )

        ealt = lambda x: (
            f"Sergey Lavrov and {x.en}'s top diplomat {x.min_en} spoke by phone on {ed(t)}."
        )
        m.add(fam, "mid_en", t, ebody(c), slots=(c.en, c.min_en), lead_alt=ealt(c))
        if m.rng.random() < 0.6:
            m.add(
                fam,
                "mid_en",
                m.after(t, 20, 300),
                ebody(d),
                slots=(d.en, d.min_en),
                lead_alt=ealt(d),
            )
    # the Belarusian ministry: its minister meets an ambassador, the name and the country apart
    for _ in range(3):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        top = m.pick(
            [
                "перспективы расширения торгово-экономического сотрудничества",
                "подготовку визита на высшем уровне",
                "взаимодействие в рамках ШОС и БРИКС",
            ]
        )
        for x, dt in ((c, 0), (d, m.rng.randint(60, 60 * 7))):
            m.add(
                fam,
                "mfa_by",
                m.after(t, dt, dt),
                f"Министр иностранных дел Беларуси Максим Рыженков встретился с Послом {x.gen} в Республике Беларусь.\n\nСтороны обсудили {top}.",
                slots=(x.gen,),
            )


DEPUTIES = [
    "А.Ю.Руденко",
    "С.А.Рябков",
    "М.Л.Богданов",
    "С.В.Вершинин",
    "М.Ю.Галузин",
    "А.В.Грушко",
]
CONSULT_TOPICS = [
    "по вопросам стратегической стабильности",
    "по вопросам региональной безопасности",
    "по консульским вопросам",
    "по вопросам противодействия терроризму",
    "по вопросам международной информационной безопасности",
    "по миграционным вопросам",
]


def consultations(m: Maker) -> None:
    fam = "consultations"
    for _ in range(6):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        top, top2 = m.pick(CONSULT_TOPICS, 2)
        dep = m.pick(DEPUTIES)
        d1 = t + timedelta(days=m.rng.randint(1, 3))

        def body(x: Country, tp: str, when: datetime) -> str:
            return (
                f"{rd(when)} {x.cap_loc} состоятся консультации между МИД России и МИД {x.gen} {tp}.\n\n"
                f"Российскую делегацию возглавит заместитель Министра иностранных дел России {dep}."
            )

        m.add(fam, "mid_ru", t, body(c, top, d1), slots=(c.gen, top, rd(d1)))
        r = m.rng.random()
        if r < 0.4:
            m.add(fam, "mid_ru", m.after(t, 30, 60 * 24 * 2), body(d, top, d1), slots=(d.gen,))
        elif r < 0.7:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 30, 60 * 24 * 2),
                body(c, top2, d1 + timedelta(days=1)),
                slots=(top2,),
            )
        else:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 30, 60 * 24 * 2),
                body(c, top, d1 + timedelta(days=7)),
                slots=(rd(d1 + timedelta(days=7)),),
            )


def aid(m: Maker) -> None:
    fam = "aid"
    pool = [
        "Ethiopia",
        "Mali",
        "Kenya",
        "Tanzania",
        "Angola",
        "Cuba",
        "Nicaragua",
        "Laos",
        "Myanmar",
        "Bolivia",
        "Sri Lanka",
    ]
    for _ in range(5):
        t = m.day()
        c, d = (CO[x] for x in m.pick(pool, 2))
        n1 = m.rng.choice([22, 25, 30, 36, 40, 45, 48])
        n2 = n1 + m.rng.choice([4, 6, 10, 12])
        ordn = m.pick(["третья", "четвёртая", "пятая"])

        def body(x: Country, n: int) -> str:
            return (
                f"По поручению Правительства Российской Федерации самолётом МЧС России {x.to} доставлено {n} тонн гуманитарного груза — муки, сахара, растительного масла и медикаментов.\n\n"
                "Груз передан представителям местных властей и будет распределён среди наиболее нуждающихся семей.\n\n"
                f"Это {ordn} партия российской гуманитарной помощи, направленная в страну в текущем году."
            )

        def alt(x: Country, n: int) -> str:
            return f"Россия доставила {x.to} {n} тонн гуманитарной помощи: муку, сахар, растительное масло и медикаменты привёз самолёт МЧС."

        ch = m.pick(["mid_ru", "tass", "ria"])
        m.add(fam, ch, t, body(c, n1), slots=(c.to, str(n1)), lead_alt=alt(c, n1))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 2, 60 * 24 * 3),
            body(c, n2),
            slots=(str(n2),),
            lead_alt=alt(c, n2),
        )
        if m.rng.random() < 0.5:
            m.add(fam, ch, m.after(t, 30, 60 * 24), body(d, n1), slots=(d.to,), lead_alt=alt(d, n1))
    for _ in range(4):
        t = m.day()
        c = CO[m.pick(pool)]
        a1 = m.rng.choice([5, 8, 10, 12, 15])
        a2 = a1 + m.rng.choice([2, 3, 5])
        for a, dt in ((a1, 0), (a2, m.rng.randint(60 * 24, 60 * 24 * 8))):
            m.add(
                fam,
                "reuters",
                m.after(t, dt, dt),
                f"Russia pledges ${a} million in food aid to {c.en} through the World Food Programme",
                slots=(f"${a} million",),
            )


STOP_RU = [
    "Джонатан Эшби",
    "Кэтрин Моррисон",
    "Дэвид Холлоуэй",
    "Ричард Пембертон",
    "Сара Уинслоу",
    "Марк Фэрчайлд",
    "Эндрю Колдуэлл",
    "Фиона Галлахер",
    "Грэм Тиндалл",
    "Хелен Брэдшоу",
    "Питер Локвуд",
    "Оливия Хартли",
    "Саймон Кроуфорд",
    "Николас Прайс",
]
STOP_EN = [
    "Jonathan Ashby",
    "Catherine Morrison",
    "David Holloway",
    "Richard Pemberton",
    "Sarah Winslow",
    "Mark Fairchild",
    "Andrew Caldwell",
    "Fiona Gallagher",
    "Graham Tyndall",
    "Helen Bradshaw",
    "Peter Lockwood",
    "Olivia Hartley",
    "Simon Crawford",
    "Nicholas Price",
]


def stoplists(m: Maker) -> None:
    fam = "stoplists"
    who = [
        ("Австралии", "Australia"),
        ("Новой Зеландии", "New Zealand"),
        ("Канады", "Canada"),
        ("Великобритании", "the United Kingdom"),
    ]
    for i in range(5):
        t = m.day()
        gen, en = who[i % len(who)]
        idx = m.pick(range(len(STOP_RU)), 6)
        first, second = idx[:5], idx[:4] + [idx[5]]
        ch = "mid_ru" if i % 2 == 0 else "mid_en"
        for names, dt in ((first, 0), (second, m.rng.randint(60 * 24, 60 * 24 * 9))):
            if ch == "mid_ru":
                lst = "\n".join(f"{k}. {STOP_RU[j]}" for k, j in enumerate(names, 1))
                body = (
                    "Заявление МИД России об ответных мерах\n\n"
                    f"В ответ на очередные санкции правительства {gen} против российских физических и юридических лиц принято решение закрыть въезд в Российскую Федерацию следующим гражданам {gen}:\n\n"
                    f"{lst}\n\n"
                    "Враждебные действия официальных властей не останутся без ответа."
                )
                slots = tuple(STOP_RU[j] for j in names)
            else:
                lst = "\n".join(f"{k}. {STOP_EN[j]}" for k, j in enumerate(names, 1))
                body = (
                    "Foreign Ministry statement on retaliatory measures\n\n"
                    f"In response to the latest sanctions imposed by {en} on Russian individuals and entities, entry to the Russian Federation is closed for the following citizens of {en}:\n\n"
                    f"{lst}\n\n"
                    "Hostile actions by the authorities will not go unanswered."
                )
                slots = tuple(STOP_EN[j] for j in names)
            m.add(fam, ch, m.after(t, dt, dt), body, slots=slots)


HOLIDAYS = [
    ("Laos", "Национальным днём", "National Day"),
    ("Vietnam", "Днём независимости", "Independence Day"),
    ("Mongolia", "Днём народной революции", "Naadam, the National Holiday"),
    ("Cuba", "Днём национального восстания", "the Day of the National Rebellion"),
    ("Venezuela", "Днём независимости", "Independence Day"),
    ("Kenya", "Днём Джамхури", "Jamhuri Day"),
    ("Algeria", "Днём независимости", "Independence Day"),
    ("Indonesia", "Днём независимости", "Independence Day"),
    ("Malaysia", "Национальным днём", "National Day"),
    ("Qatar", "Национальным днём", "National Day"),
    ("Oman", "Национальным днём", "National Day"),
    ("Pakistan", "Днём Пакистана", "Pakistan Day"),
    ("Tajikistan", "Днём государственной независимости", "Independence Day"),
    ("Brazil", "Днём независимости", "Independence Day"),
    ("Angola", "Днём независимости", "Independence Day"),
    ("Myanmar", "Днём независимости", "Independence Day"),
    ("the UAE", "Национальным днём", "National Day"),
    ("Tunisia", "Днём независимости", "Independence Day"),
]


def national_days(m: Maker) -> None:
    fam = "national_days"
    hol = list(HOLIDAYS)
    m.rng.shuffle(hol)
    # pairs posted within days of each other (the calendar permitting or not: what matters is the template)
    for i in range(0, len(hol) - 1, 2):
        t = m.day()
        for j, dt in ((i, 0), (i + 1, m.rng.randint(60, 60 * 24 * 4))):
            c, hru, hen = CO[hol[j][0]], hol[j][1], hol[j][2]
            tt = m.after(t, dt, dt)
            if (i // 2) % 3 == 2:
                m.add(
                    fam,
                    "mid_en",
                    tt,
                    f"{c.flag} Warm congratulations to the friendly people of {c.en} on {hen}!\n\n"
                    f"We wish the people of {c.en} peace, prosperity and well-being.",
                    slots=(c.en,),
                )
            else:
                m.add(
                    fam,
                    "mid_ru",
                    tt,
                    f"{c.flag} Поздравляем руководство и народ {c.gen} с {hru}!\n\n"
                    f"Отношения России и {c.gen} традиционно носят дружественный характер. Желаем дружественному народу {c.gen} мира, благополучия и процветания.",
                    slots=(c.gen,),
                )


REGIONS_BY = ["Брестскую", "Гомельскую", "Витебскую", "Могилёвскую", "Гродненскую", "Минскую"]
SITES_BY = [
    "крупный агрокомбинат",
    "деревообрабатывающее предприятие",
    "новый медицинский центр",
    "молочно-товарный комплекс",
]


def belta(m: Maker) -> None:
    fam = "belta"
    for _ in range(4):
        t = m.day().replace(hour=m.rng.randrange(5, 8))
        r1, r2 = m.pick(REGIONS_BY, 2)
        site = m.pick(SITES_BY)

        def body(r: str, when: datetime) -> str:
            return (
                f"Президент Беларуси Александр Лукашенко {rd(when)} совершает рабочую поездку в {r} область.\n\n"
                f"Глава государства посетит {site}, ознакомится с ходом уборочной кампании и проведёт встречу с активом региона."
            )

        m.add(fam, "belta", t, body(r1, t), slots=(r1, rd(t)))
        t2 = m.after(t, 60 * 24 * 2, 60 * 24 * 8)
        m.add(fam, "belta", t2, body(r2, t2), slots=(r2, rd(t2)))
    for _ in range(4):
        t = m.day()
        ch = "belta"
        a, b = m.pick(
            [
                "председателя Госконтроля",
                "премьер-министра",
                "главу Администрации Президента",
                "министра обороны",
                "председателя КГБ",
            ],
            2,
        )
        m.add(fam, ch, t, f"Лукашенко принял с докладом {a}", slots=(a,))
        m.add(fam, ch, m.after(t, 40, 300), f"Лукашенко принял с докладом {b}", slots=(b,))
    for _ in range(3):
        t = m.day()
        subj = m.pick(
            [
                "об изменении порядка проведения государственных закупок",
                "о поддержке организаций агропромышленного комплекса",
                "о мерах по развитию малых городских поселений",
                "о совершенствовании системы здравоохранения",
            ],
            2,
        )
        for s, dt in ((subj[0], 0), (subj[1], m.rng.randint(60, 60 * 9))):
            m.add(fam, "belta", m.after(t, dt, dt), f"Лукашенко подписал указ {s}", slots=(s,))


def kazinform(m: Maker) -> None:
    fam = "kazinform"
    for _ in range(5):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        top = m.pick(
            [
                "расширение торгово-экономического и инвестиционного сотрудничества",
                "развитие транзитно-транспортного потенциала",
                "взаимодействие в сфере энергетики и цифровизации",
            ]
        )

        def body(x: Country) -> str:
            return (
                f"Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел {x.gen}, находящегося в Астане с официальным визитом.\n\n"
                f"В ходе встречи обсуждены {top}. Глава государства отметил, что Казахстан придаёт большое значение дальнейшему укреплению отношений с {x.ins}."
            )

        kalt = lambda x: (
            f"В Акорде состоялась встреча Касым-Жомарта Токаева с главой внешнеполитического ведомства {x.gen}, прибывшим в Астану с официальным визитом."
        )
        m.add(fam, "kazinform", t, body(c), slots=(c.gen,), lead_alt=kalt(c))
        m.add(
            fam,
            "kazinform",
            m.after(t, 60 * 3, 60 * 24 * 3),
            body(d),
            slots=(d.gen,),
            lead_alt=kalt(d),
        )
    for _ in range(3):
        t = m.day()
        n1 = m.rng.randint(4, 9)
        n2 = n1 + m.rng.randint(1, 4)
        for n, dt in ((n1, 0), (n2, m.rng.randint(60 * 24 * 5, 60 * 24 * 14))):
            m.add(
                fam,
                "kazinform",
                m.after(t, dt, dt),
                f"Токаев принял верительные грамоты у послов {n} государств",
                slots=(str(n),),
            )
    for _ in range(4):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        for x, dt in ((c, 0), (d, m.rng.randint(60, 60 * 10))):
            m.add(
                fam,
                "mfa_kz",
                m.after(t, dt, dt),
                f"Состоялся телефонный разговор министров иностранных дел Казахстана и {x.gen}.\n\n"
                f"Мурат Нуртлеу и {x.min_ru} обсудили актуальные вопросы двустороннего сотрудничества и график предстоящих контактов.",
                slots=(x.gen, x.min_ru),
            )


SUMMONED = [
    ("Германии", "Германии Александр Ламбсдорф"),
    ("Франции", "Франции Пьер Леви"),
    ("Нидерландов", "Нидерландов Ремко ван Хофф"),
    ("Финляндии", "Финляндии Антти Хелантеря"),
    ("Дании", "Дании Ян Лар"),
    ("Японии", "Японии Акира Мурото"),
    ("Чехии", "Чехии Вит Кольдинский"),
]
SUMMON_REASONS = [
    "враждебными высказываниями официальных лиц в адрес России",
    "задержанием российского гражданина",
    "высылкой сотрудников российского посольства",
    "актом вандализма в отношении российского воинского захоронения",
]


def summoned(m: Maker) -> None:
    fam = "summoned"
    for _ in range(6):
        t = m.day()
        (g1, a1), (g2, a2) = m.pick(SUMMONED, 2)
        r1, r2 = m.pick(SUMMON_REASONS, 2)

        def body(amb: str, r: str) -> str:
            return (
                f"{rd(t)} в МИД России был вызван Посол {amb}. Ему был заявлен решительный протест в связи с {r}.\n\n"
                "Было подчёркнуто, что подобные действия не останутся без ответа."
            )

        m.add(fam, "mid_ru", t, body(a1, r1), slots=(g1, r1))
        if m.rng.random() < 0.6:
            m.add(fam, "mid_ru", m.after(t, 20, 400), body(a2, r1), slots=(g2,))
        else:
            m.add(fam, "mid_ru", m.after(t, 20, 400), body(a1, r2), slots=(r2,))


UN_TOPICS = [
    ("the humanitarian situation in Gaza", "гуманитарной ситуации в секторе Газа"),
    ("the situation in Sudan", "ситуации в Судане"),
    (
        "the sanctions regime against the Democratic People's Republic of Korea",
        "санкционного режима в отношении КНДР",
    ),
    (
        "the UN peacekeeping mission in the Central African Republic",
        "миротворческой миссии ООН в ЦАР",
    ),
    ("Syria's chemical dossier", "сирийского химического досье"),
]


def unsc(m: Maker) -> None:
    fam = "unsc"
    for _ in range(4):
        t = m.day().replace(hour=m.rng.randrange(15, 21))
        (ten, tru) = m.pick(UN_TOPICS)
        sp1, sp2 = m.pick(
            [
                ("Russia", "Россией"),
                ("the United States", "США"),
                ("Algeria", "Алжиром"),
                ("France", "Францией"),
                ("China", "Китаем"),
            ],
            2,
        )
        body_en = lambda v, sp: (
            f"The UN Security Council has {v} the draft resolution on {ten} submitted by {sp[0]}.\n\n"
            "Russia's position was explained in the statement by our Permanent Representative after the vote."
        )
        m.add(fam, "un_en", t, body_en("adopted", sp1), slots=("adopted", sp1[0]))
        m.add(
            fam, "un_en", m.after(t, 10, 90), body_en("rejected", sp2), slots=("rejected", sp2[0])
        )
        ch = m.pick(AGENCY_RU)
        m.add(
            fam,
            ch,
            m.after(t, 5, 60),
            f"СБ ООН принял проект резолюции по {tru}, внесённый {sp1[1]}",
            slots=("принял", sp1[1]),
        )
        m.add(
            fam,
            ch,
            m.after(t, 15, 120),
            f"СБ ООН отклонил проект резолюции по {tru}, внесённый {sp2[1]}",
            slots=("отклонил", sp2[1]),
        )


QUAKE_PLACES = [
    ("у восточного побережья Камчатки", "off Russia's Kamchatka Peninsula"),
    ("у берегов острова Суматра", "off Indonesia's Sumatra island"),
    ("на юге Ирана", "in southern Iran"),
    ("у побережья Курильских островов", "off the Kuril Islands"),
    ("в районе острова Минданао", "near the Philippine island of Mindanao"),
    ("в провинции Сычуань", "in China's Sichuan province"),
    ("у берегов Японии", "off the coast of Japan"),
]


def quakes(m: Maker) -> None:
    fam = "quakes"
    for _ in range(5):
        t = m.day().replace(hour=m.rng.randrange(0, 22))
        (p_ru, p_en), (q_ru, q_en) = m.pick(QUAKE_PLACES, 2)
        m1 = m.rng.choice(["5,4", "5,8", "6,1", "6,3", "6,7", "7,0"])
        m2 = m.rng.choice(["4,9", "5,2", "5,6"])
        ch = m.pick(AGENCY_RU)
        m.add(fam, ch, t, f"Землетрясение магнитудой {m1} произошло {p_ru}", slots=(m1, p_ru))
        m.add(
            fam,
            ch,
            m.after(t, 40, 400),
            f"Землетрясение магнитудой {m2} произошло {p_ru}",
            slots=(m2,),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 60, 600),
                f"Землетрясение магнитудой {m1} произошло {q_ru}",
                slots=(q_ru,),
            )
    for _ in range(3):
        t = m.day().replace(hour=m.rng.randrange(0, 22))
        (p_ru, p_en) = m.pick(QUAKE_PLACES)
        m1, m2 = m.pick(["5.5", "5.9", "6.2", "6.4", "6.8", "7.1"], 2)
        ch = m.pick(["reuters", "ap"])
        m.add(fam, ch, t, f"Magnitude {m1} earthquake strikes {p_en}, GFZ says", slots=(m1,))
        m.add(
            fam,
            ch,
            m.after(t, 30, 300),
            f"Magnitude {m2} earthquake strikes {p_en}, GFZ says",
            slots=(m2,),
        )


def exchanges(m: Maker) -> None:
    fam = "exchanges"
    for _ in range(5):
        t = m.day()
        n1 = m.rng.choice([84, 90, 95, 103, 115, 150])
        n2 = n1 + m.rng.choice([1, 5, 10])
        med1, med2 = m.pick(
            [
                ("ОАЭ", "the UAE"),
                ("Катара", "Qatar"),
                ("Саудовской Аравии", "Saudi Arabia"),
                ("Турции", "Turkey"),
            ],
            2,
        )
        tpl = (
            "В результате переговорного процесса с территории, подконтрольной киевскому режиму, возвращены {n} российских военнослужащих.\n\n"
            "Возвращение стало возможным при гуманитарном посредничестве {med}."
        )
        m.add(fam, m.pick(["tass", "ria"]), t, tpl.format(n=n1, med=med1[0]), slots=(str(n1),))
        m.add(
            fam,
            m.pick(["tass", "ria"]),
            m.after(t, 60 * 24 * 3, 60 * 24 * 12),
            tpl.format(n=n2, med=med1[0]),
            slots=(str(n2),),
        )
        if m.rng.random() < 0.5:
            t2 = m.after(t, 60 * 24 * 13, 60 * 24 * 15)
            m.add(
                fam,
                "reuters",
                t2,
                f"Russia and Ukraine exchange {n1} prisoners of war each in a swap mediated by {med2[1]}",
                slots=(str(n1), med2[1]),
            )
            m.add(
                fam,
                "reuters",
                m.after(t2, 60 * 24 * 2, 60 * 24 * 6),
                f"Russia and Ukraine exchange {n2} prisoners of war each in a swap mediated by {med2[1]}",
                slots=(str(n2),),
            )


FORUMS = [
    "XII Форум регионов России и Беларуси",
    "Международная конференция по евразийской безопасности",
    "Российско-африканская парламентская конференция",
    "Форум «Примаковские чтения»",
    "Евразийский экономический форум",
]
CITIES = [
    ("в Минске", "Minsk"),
    ("в Витебске", "Vitebsk"),
    ("в Москве", "Moscow"),
    ("в Казани", "Kazan"),
    ("в Уфе", "Ufa"),
    ("в Нижнем Новгороде", "Nizhny Novgorod"),
]


def forums(m: Maker) -> None:
    fam = "forums"
    for _ in range(4):
        t = m.day()
        f1, f2 = m.pick(FORUMS, 2)
        (c1, _), (c2, _) = m.pick(CITIES, 2)
        d = t + timedelta(days=m.rng.randint(20, 60))
        span = (
            f"{d.day}–{d.day + 2} {MONTHS_RU[d.month - 1]}"
            if d.day < 27
            else f"{d.day} {MONTHS_RU[d.month - 1]}"
        )
        ch = m.pick(["mid_ru", "tass", "belta", "mfa_by"])
        m.add(fam, ch, t, f"{f1} пройдёт {span} {c1}", slots=(f1, span, c1))
        m.add(fam, ch, m.after(t, 30, 60 * 10), f"{f1} пройдёт {span} {c2}", slots=(c2,))
        m.add(fam, ch, m.after(t, 60, 60 * 11), f"{f2} пройдёт {span} {c1}", slots=(f2,))


PORTS = [
    ("в порт Момбаса", "Mombasa", "Kenya"),
    ("в порт Дар-эс-Салам", "Dar es Salaam", "Tanzania"),
    ("в порт Джибути", "Djibouti", None),
    ("в порт Луанда", "Luanda", "Angola"),
    ("в порт Бейра", "Beira", None),
    ("в порт Дакар", "Dakar", None),
]


def grain(m: Maker) -> None:
    fam = "grain"
    for _ in range(3):
        t = m.day()
        (p1, e1, _), (p2, e2, _) = m.pick(PORTS, 2)
        n1 = m.rng.choice([25, 30, 34, 45, 50])
        n2 = n1 + m.rng.choice([3, 5, 15])
        ch = m.pick(["interfax", "ria", "tass"])
        body = lambda p, n: (
            f"{p} прибыло судно с {n} тыс. тонн российской пшеницы, поставленной безвозмездно.\n\n"
            "Груз будет передан Всемирной продовольственной программе ООН для распределения среди нуждающихся."
        )
        m.add(fam, ch, t, body(cap(p1), n1), slots=(p1, str(n1)))
        m.add(fam, ch, m.after(t, 60 * 24, 60 * 24 * 7), body(cap(p1), n2), slots=(str(n2),))
        m.add(fam, ch, m.after(t, 60 * 2, 60 * 24 * 2), body(cap(p2), n1), slots=(p2,))
        t2 = m.after(t, 60, 60 * 5)
        m.add(
            fam,
            "ap",
            t2,
            f"A ship carrying {n1},000 tons of Russian wheat donated to the World Food Programme has docked in {e1}",
            slots=(e1, f"{n1},000"),
        )
        m.add(
            fam,
            "ap",
            m.after(t2, 60 * 24, 60 * 24 * 6),
            f"A ship carrying {n2},000 tons of Russian wheat donated to the World Food Programme has docked in {e1}",
            slots=(f"{n2},000",),
        )


FIELDS = [
    "энергетики",
    "образования и науки",
    "здравоохранения",
    "цифровых технологий",
    "культуры и туризма",
    "сельского хозяйства",
]


def memoranda(m: Maker) -> None:
    fam = "memoranda"
    for _ in range(4):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        f1, f2 = m.pick(FIELDS, 2)
        ch = m.pick(["tass", "ria", "interfax", "emb_rs" if c.en == "Serbia" else "tass"])
        m.add(
            fam,
            ch,
            t,
            f"Россия и {c.ru} подписали меморандум о сотрудничестве в сфере {f1}",
            slots=(c.ru, f1),
        )
        m.add(
            fam,
            ch,
            m.after(t, 10, 200),
            f"Россия и {c.ru} подписали меморандум о сотрудничестве в сфере {f2}",
            slots=(f2,),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 24, 60 * 24 * 4),
                f"Россия и {d.ru} подписали меморандум о сотрудничестве в сфере {f1}",
                slots=(d.ru,),
            )
    for _ in range(3):
        t = m.day()
        f1, f2 = m.pick(FIELDS, 2)
        body = lambda f: (
            f"Сегодня в Белграде подписан меморандум о взаимопонимании между Россией и Сербией в сфере {f}.\n\n"
            "Документ подписали Посол России в Сербии А.А.Боцан-Харченко и министр правительства Сербии. Меморандум открывает новые возможности для совместных проектов."
        )
        m.add(fam, "emb_rs", t, body(f1), slots=(f1,))
        m.add(fam, "emb_rs", m.after(t, 60 * 24 * 3, 60 * 24 * 10), body(f2), slots=(f2,))


def mourning(m: Maker) -> None:
    fam = "mourning"
    for _ in range(4):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        dis = m.pick(DISASTERS)
        n1, n2 = m.pick(["однодневный", "трёхдневный", "семидневный"], 2)
        ch = m.pick(AGENCY_RU)
        m.add(
            fam,
            ch,
            t,
            f"{cap(c.loc)} объявлен {n1} национальный траур в связи {dis[2]}",
            slots=(n1, c.loc),
        )
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 60, 600),
                f"{cap(c.loc)} объявлен {n2} национальный траур в связи {dis[2]}",
                slots=(n2,),
            )
        else:
            m.add(
                fam,
                ch,
                m.after(t, 60, 600),
                f"{cap(d.loc)} объявлен {n1} национальный траур в связи {dis[2]}",
                slots=(d.loc,),
            )


def rescued(m: Maker) -> None:
    fam = "rescued"
    for _ in range(5):
        t = m.day()
        c = m.pick(COUNTRIES)
        total = m.rng.randint(6, 14)
        a = m.rng.randint(1, total - 3)
        b = a + m.rng.randint(1, 2)

        def body(k: int) -> str:
            return (
                f"По информации Посольства России {c.cap_loc}, спасателями обнаружены {k} из {total} российских туристов, пропавших после схода селя в горном районе страны.\n\n"
                "Поиски остальных продолжаются. Консульский отдел находится на постоянной связи с местными властями и туроператором."
            )

        ch = m.pick(["consul", "mid_ru"])
        m.add(fam, ch, t, body(a), slots=(str(a),))
        m.add(fam, ch, m.after(t, 60 * 2, 60 * 9), body(b), slots=(str(b),))


VISA_FREE = [
    "Вьетнам",
    "Лаос",
    "Малайзия",
    "Индонезия (до 30 дней)",
    "Камбоджа",
    "Таиланд",
    "Филиппины",
    "Мьянма",
]


def visa_lists(m: Maker) -> None:
    fam = "visa_lists"
    for _ in range(4):
        t = m.day()
        idx = m.pick(range(len(VISA_FREE)), 5)
        a, b = idx[:4], idx[:3] + [idx[4]]
        for lst, dt in ((a, 0), (b, m.rng.randint(60 * 24, 60 * 24 * 6))):
            lines = "\n".join(f"• {VISA_FREE[j]}" for j in lst)
            m.add(
                fam,
                "consul",
                m.after(t, dt, dt),
                f"🧳 Напоминаем: для краткосрочных туристических поездок граждан России не требуется виза в следующие страны Юго-Восточной Азии:\n\n{lines}\n\n"
                "Перед поездкой проверьте срок действия загранпаспорта: он должен составлять не менее шести месяцев на дату въезда.",
                slots=tuple(VISA_FREE[j] for j in lst),
            )
    for _ in range(4):
        t = m.day()
        c, d = m.pick([x for x in COUNTRIES if x.ins not in ("ЮАР", "ОАЭ")], 2)
        days1, days2 = m.pick([14, 21, 30, 60, 90], 2)

        def body(x: Country, n: int, when: datetime) -> str:
            return (
                f"С {rd(when)} вступает в силу соглашение между Правительством Российской Федерации и Правительством {x.gen} о взаимной отмене визовых требований.\n\n"
                f"Граждане России смогут находиться на территории {x.gen} без визы до {n} дней."
            )

        w = t + timedelta(days=m.rng.randint(5, 20))
        m.add(fam, "mid_ru", t, body(c, days1, w), slots=(c.gen, str(days1)))
        m.add(fam, "mid_ru", m.after(t, 60 * 3, 60 * 24 * 5), body(d, days1, w), slots=(d.gen,))


ELECTIONS = [
    ("президентских выборов", "presidential election"),
    ("парламентских выборов", "parliamentary election"),
    ("муниципальных выборов", "municipal elections"),
    ("конституционного референдума", "constitutional referendum"),
]


def elections(m: Maker) -> None:
    fam = "elections"
    for _ in range(5):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        (e1, _), (e2, _) = m.pick(ELECTIONS, 2)
        w = t + timedelta(days=m.rng.randint(4, 20))
        ch = m.pick(["mid_ru", "tass", "ria"])
        tpl = (
            "Наблюдатели от ЦИК России примут участие в мониторинге {e} {g}, которые пройдут {d}"
            if not e1.startswith("конст")
            else "Наблюдатели от ЦИК России примут участие в мониторинге {e} {g}, который пройдёт {d}"
        )
        m.add(fam, ch, t, tpl.format(e=e1, g=c.loc, d=rd(w)), slots=(e1, c.loc, rd(w)))
        if m.rng.random() < 0.5:
            m.add(
                fam, ch, m.after(t, 30, 60 * 10), tpl.format(e=e1, g=d.loc, d=rd(w)), slots=(d.loc,)
            )
        else:
            w2 = w + timedelta(days=7)
            m.add(
                fam,
                ch,
                m.after(t, 30, 60 * 10),
                tpl.format(e=e1, g=c.loc, d=rd(w2)),
                slots=(rd(w2),),
            )
    for _ in range(3):
        t = m.day()
        c, d = m.pick(COUNTRIES, 2)
        (_, e1), (_, e2) = m.pick(ELECTIONS[:2], 2)
        m.add(
            fam,
            "mid_en",
            t,
            f"Russian observers will monitor the {e1} in {c.en}, the Central Election Commission said",
            slots=(e1, c.en),
        )
        m.add(
            fam,
            "mid_en",
            m.after(t, 30, 400),
            f"Russian observers will monitor the {e2} in {c.en}, the Central Election Commission said",
            slots=(e2,),
        )


# --------------------------------------------------------------------------- single statements

UNIQUE_RU = [
    (
        "spokes",
        "О так называемом «мирном плане», обсуждавшемся на встрече в Копенгагене\n\nОзнакомились с сообщениями о встрече в Копенгагене, участники которой в очередной раз попытались выработать некий «мирный план» без участия России. Подобные мероприятия, сколько бы раз они ни проводились, не имеют никакого отношения к реальному урегулированию.\n\nМы неоднократно говорили: любые переговоры возможны только с учётом реалий на земле и коренных причин кризиса. Всё остальное — имитация дипломатической активности, рассчитанная на внутреннюю аудиторию западных столиц.\n\nСоветуем организаторам подобных встреч тратить время и ресурсы на что-то более полезное.",
    ),
    (
        "spokes",
        "Обратили внимание на очередную публикацию британской прессы о якобы «российском следе» в кибератаке на систему водоснабжения одного из графств. Как водится, без единого факта, со ссылкой на анонимные «источники в спецслужбах».\n\nЗа последние годы таких материалов вышло столько, что их впору издавать отдельным сборником. Ни один не подтвердился. Зато каждый исправно использовался для обоснования новых ассигнований на «противодействие российской угрозе».",
    ),
    (
        "mid_ru",
        "О ситуации вокруг Запорожской АЭС\n\nВ ночь на 9 апреля беспилотник ВСУ атаковал учебный центр Запорожской АЭС. Это уже третья атака на объекты станции за последние две недели.\n\nПризываем Генерального директора МАГАТЭ и секретариат Агентства дать принципиальную оценку этим действиям, назвав их виновника. Молчание в подобных ситуациях лишь поощряет Киев к новым провокациям, чреватым катастрофическими последствиями для всей Европы.\n\nРоссийская сторона продолжит принимать все необходимые меры для обеспечения физической и ядерной безопасности станции.",
    ),
    (
        "mid_ru",
        "Об итогах заседания Совета министров иностранных дел СНГ\n\nВ Минске состоялось очередное заседание Совета министров иностранных дел Содружества Независимых Государств. Министры обсудили текущее состояние и перспективы развития многопланового сотрудничества в рамках СНГ, а также актуальные международные и региональные проблемы.\n\nПо итогам заседания подписан пакет документов, в том числе программа мероприятий по празднованию 80-летия Победы в Великой Отечественной войне, заявление о недопустимости фальсификации истории и план консультаций между министерствами иностранных дел на следующий год.\n\nОчередное заседание СМИД СНГ пройдёт в Душанбе.",
    ),
    (
        "mid_ru",
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе пресс-конференции по итогам российской дипломатии в прошедшем году\n\nС.В.Лавров: Уважаемые дамы и господа, добрый день. Традиционно в начале года подводим итоги нашей работы. Год был непростым, но насыщенным. Главным для нас остаётся обеспечение благоприятных внешних условий для развития страны и повышения благосостояния наших граждан.\n\nМы продолжали наращивать взаимодействие с теми, кто готов работать честно и на равноправной основе. Это подавляющее большинство государств мира. Председательство России в БРИКС стало одним из центральных событий года: в объединение пришли новые участники, а учреждение категории государств-партнёров вызвало огромный интерес.\n\nПолная стенограмма — на сайте МИД России.",
    ),
    (
        "consul",
        "Напоминаем о порядке получения загранпаспорта нового образца гражданами России, постоянно проживающими за рубежом.\n\nЗаявление подаётся лично в консульском учреждении по месту жительства. При себе необходимо иметь внутренний или действующий заграничный паспорт, документ, подтверждающий постоянное проживание в стране пребывания, и квитанцию об оплате госпошлины.\n\nСрок оформления — до трёх месяцев. Выдача паспорта осуществляется лично заявителю.",
    ),
    (
        "consul",
        "Обращаем внимание граждан России, планирующих поездки в страны Евросоюза: с 12 октября начинается поэтапное внедрение Системы въезда-выезда (EES). При первом пересечении внешней границы Шенгенской зоны у путешественников будут сниматься отпечатки пальцев и фотография лица.\n\nВ связи с этим возможно увеличение времени прохождения пограничного контроля. Рекомендуем закладывать дополнительное время на пересадки.",
    ),
    (
        "emb_rs",
        "Посол России в Сербии А.А.Боцан-Харченко возложил венок к памятнику советским воинам-освободителям Белграда на Кладбище освободителей.\n\nВ церемонии приняли участие представители Министерства по делам ветеранов Сербии, ветеранских организаций, соотечественники и сотрудники загранучреждений России в Сербии.",
    ),
    (
        "emb_rs",
        "В Русском доме в Белграде открылась выставка «Путь русской иконы», подготовленная при содействии Посольства.\n\nВ экспозиции — более сорока икон XVII–XIX веков из частных собраний Сербии. Выставка продлится до конца месяца, вход свободный.",
    ),
    (
        "emb_kz",
        "Посол России в Казахстане А.Н.Бородавкин принял участие в торжественном открытии нового корпуса филиала МГУ имени М.В.Ломоносова в Астане.\n\nВ новом здании разместятся лаборатории, библиотека и общежитие на 400 мест. В этом учебном году в филиале обучаются более 600 студентов из Казахстана и соседних стран.",
    ),
    (
        "emb_kz",
        "Генеральное консульство России в Алма-Ате информирует: в связи с проведением профилактических работ на серверах сервис электронной записи на приём будет недоступен в субботу с 09:00 до 18:00 по местному времени. Приносим извинения за неудобства.",
    ),
    (
        "mfa_by",
        "Министр иностранных дел Беларуси Максим Рыженков принял участие в церемонии открытия Почётного консульства Республики Беларусь в Новосибирске.\n\nВ своём выступлении глава белорусского внешнеполитического ведомства подчеркнул, что регионы России — ключевые партнёры Беларуси: на них приходится значительная доля двустороннего товарооборота.",
    ),
    (
        "mfa_by",
        "Белорусская делегация во главе с заместителем министра иностранных дел Игорем Назаруком провела в Пекине консультации с МИД Китая по вопросам международной безопасности и контроля над вооружениями. Стороны высоко оценили уровень координации позиций на многосторонних площадках.",
    ),
    (
        "mfa_kz",
        "Казахстан и Узбекистан завершили демаркацию государственной границы. Соответствующий протокол подписан в Ташкенте по итогам заседания совместной демаркационной комиссии.\n\nЗавершение работ стало итогом многолетнего конструктивного диалога и отражает высокий уровень стратегического партнёрства и союзнических отношений двух государств.",
    ),
    (
        "mfa_kz",
        "В Астане состоялось 17-е заседание Совета сотрудничества Казахстан — Евросоюз. Казахстанскую делегацию возглавил заместитель Премьер-министра — министр иностранных дел. Стороны обсудили реализацию Соглашения о расширенном партнёрстве и сотрудничестве, а также развитие Транскаспийского международного транспортного маршрута.",
    ),
    (
        "belta",
        "Беларусь и Россия подписали соглашение о взаимном признании виз. Документ позволит иностранцам, получившим визу одной из стран, въезжать и находиться на территории другой без дополнительного оформления.",
    ),
    (
        "belta",
        "В Минске прошло заседание Высшего Госсовета Союзного государства. Лидеры двух стран обсудили ход реализации союзных программ, энергетическое и транспортное сотрудничество, вопросы обеспечения совместной безопасности.\n\nПо итогам заседания подписаны постановления об утверждении бюджета Союзного государства на следующий год и о создании единого реестра союзных предприятий.",
    ),
    (
        "kazinform",
        "Касым-Жомарт Токаев подписал закон о ратификации соглашения о создании Международного центра по ядерной безопасности. Центр будет размещён в Курчатове и займётся подготовкой кадров для атомной энергетики стран Центральной Азии.",
    ),
    (
        "kazinform",
        "Казахстан впервые за десять лет экспортировал пшеницу в Алжир. Первая партия в 25 тыс. тонн отправлена через порт Актау, сообщили в Министерстве сельского хозяйства. Ранее основными направлениями казахстанского зернового экспорта были Центральная Азия, Афганистан и Китай.",
    ),
    (
        "tass",
        "Россия готова к переговорам по стратегической стабильности только с учётом всех факторов, влияющих на безопасность, заявил замглавы МИД Сергей Рябков",
    ),
    (
        "tass",
        "Мишустин утвердил план мероприятий по развитию Северного морского пути до 2030 года. Документ предусматривает строительство четырёх новых атомных ледоколов и модернизацию портовой инфраструктуры в Арктике.",
    ),
    (
        "ria",
        "Захарова назвала «театром абсурда» заявления Лондона о готовности направить военных инструкторов на Украину",
    ),
    (
        "ria",
        "Совбез ООН проведёт заседание по ситуации в Судане по запросу России, сообщил первый замглавы постпредства РФ Дмитрий Полянский",
    ),
    (
        "interfax",
        "ЦБ РФ сохранил ключевую ставку на уровне 21% годовых, сообщил регулятор по итогам заседания совета директоров",
    ),
    (
        "interfax",
        "Лавров проведёт переговоры с главой МИД Вьетнама в Москве на следующей неделе, сообщили в МИД РФ",
    ),
    (
        "tass",
        "В Москве открылось новое здание Культурного центра Вьетнама. В церемонии приняли участие министр культуры России и заместитель премьер-министра Вьетнама. Центр будет проводить выставки, концерты и курсы вьетнамского языка.",
    ),
    (
        "mid_ru",
        "🎙 Интервью Министра иностранных дел России С.В.Лаврова телеканалу «Аль-Арабия» (Эр-Рияд)\n\nВопрос: Как Вы оцениваете нынешний уровень российско-саудовских отношений?\n\nС.В.Лавров: Наши отношения переживают, без преувеличения, лучший период в своей истории. Регулярно общаются лидеры, активно работает межправкомиссия, растёт товарооборот, реализуются проекты в энергетике, сельском хозяйстве, высоких технологиях. Особенно ценим координацию в формате ОПЕК+, которая помогает поддерживать стабильность мировых энергетических рынков.\n\nВопрос: Возможно ли участие Саудовской Аравии в посредничестве по украинскому кризису?\n\nС.В.Лавров: Мы признательны Эр-Рияду за содействие в гуманитарных вопросах, включая обмены пленными. Что касается урегулирования, наша позиция хорошо известна.",
    ),
    (
        "spokes",
        "Сегодня исполняется 80 лет со дня освобождения Белграда от немецко-фашистских захватчиков. Вечная память советским и югославским воинам, павшим в боях за свободу сербской столицы.",
    ),
    (
        "mid_ru",
        "На сайте МИД России размещена подборка архивных документов «Дипломатия Победы», посвящённая работе советской дипломатической службы в 1941–1945 годах. В открытый доступ впервые выложены более 300 документов из фондов Архива внешней политики Российской Федерации.",
    ),
    (
        "consul",
        "Консульский департамент МИД России информирует о продлении срока действия моратория на взимание дополнительных консульских сборов за срочное оформление документов для лиц, пострадавших от стихийных бедствий за рубежом, до 31 декабря.",
    ),
]

UNIQUE_EN = [
    (
        "mid_en",
        "Foreign Minister Sergey Lavrov's remarks at a news conference following talks with Foreign Minister of Mongolia Battsetseg Batmunkh\n\nWe had substantive talks in a friendly atmosphere. Our countries are bound by a long history of good-neighbourly relations, and we confirmed our mutual desire to further expand our comprehensive strategic partnership.\n\nWe discussed trade and investment, with particular attention to the projects in energy and transport infrastructure, including the modernisation of the Ulaanbaatar Railway. We also exchanged views on the situation in Northeast Asia.\n\nWe agreed to continue close coordination at the UN, the SCO and other multilateral venues.",
    ),
    (
        "mid_en",
        "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the European Union's 17th package of sanctions\n\nThe EU has once again confirmed that its policy is driven by a desire to inflict harm on Russia regardless of the costs for its own citizens. The new package, just like the previous sixteen, will not achieve its declared goals.\n\nThe European economy keeps paying for Brussels' political ambitions with rising energy prices and falling industrial output. We will respond to these measures in a way that best suits our interests.",
    ),
    (
        "mid_en",
        "📆 Today marks the 80th anniversary of the signing of the Yalta agreements. The decisions taken in Crimea in February 1945 laid the foundations of the post-war world order and of the United Nations.",
    ),
    (
        "un_en",
        "Statement by Permanent Representative Vassily Nebenzia at the UN Security Council briefing on Ukraine\n\nMr President,\n\nWe have requested today's meeting to draw the attention of Council members to the continued shelling of civilian areas in the Belgorod and Kursk regions. Over the past week alone, 14 civilians have been killed and dozens injured.\n\nThose who continue to supply Kyiv with long-range weapons bear direct responsibility for these crimes. We expect the Secretariat to give an objective assessment of these facts rather than keep silent.\n\nThank you.",
    ),
    (
        "un_en",
        "Russia's First Deputy Permanent Representative Dmitry Polyanskiy: the Council cannot remain indifferent to the humanitarian catastrophe in El Fasher. We call on all parties to ensure safe and unhindered humanitarian access.",
    ),
    (
        "emb_za",
        "Ambassador Roman Lokteev met with the Premier of the Western Cape Province. The parties discussed prospects for cooperation in tourism, education and agriculture, as well as the participation of the province's delegation in the St Petersburg International Economic Forum.",
    ),
    (
        "emb_za",
        "🎓 Applications are now open for Russian Government scholarships for the next academic year. South African students can apply for bachelor's, master's and doctoral programmes at leading Russian universities. The deadline for applications is 15 January.\n\nDetails: education-in-russia.com",
    ),
    (
        "reuters",
        "Russia's central bank kept its key interest rate at 21% on Friday, as expected, saying inflation was slowing but remained high and that it saw no need yet to start easing monetary policy.\n\nThe bank said it could consider cutting rates at its next meetings if inflation continues to decline as forecast.",
    ),
    (
        "reuters",
        "Kazakhstan picks Russia's Rosatom to lead construction of its first nuclear power plant",
    ),
    (
        "reuters",
        "India's imports of Russian oil rose 7% in August from the previous month, tanker data showed, as refiners took advantage of wider discounts on Urals crude.\n\nRussia remained India's top oil supplier, accounting for about 36% of its total crude imports.",
    ),
    (
        "ap",
        "Leaders of the BRICS group of emerging economies gathered in Kazan for a summit that Russian President Vladimir Putin hopes will showcase the failure of Western efforts to isolate Moscow.\n\nMore than 20 heads of state were expected to attend the three-day meeting, including the leaders of China, India, Brazil, South Africa and Iran. The group is expected to discuss an alternative payment system and the admission of partner countries.",
    ),
    (
        "ap",
        "Belarus frees 16 political prisoners in a gesture seen as aimed at improving ties with the West",
    ),
    (
        "tass_en",
        "Russia and China will hold their 20th round of consultations on strategic security in Beijing next month, Russian Security Council Secretary Sergey Shoigu said",
    ),
    (
        "tass_en",
        "The Russian Foreign Ministry has summoned the charge d'affaires of Moldova over the refusal to open polling stations for Russia's presidential election in Transnistria, the ministry said in a statement.",
    ),
    (
        "mid_en",
        "Deputy Foreign Minister Sergey Ryabkov held consultations with the Assistant Secretary of State for Arms Control of the United States in Geneva.\n\nThe sides discussed a range of strategic stability issues. The Russian side stressed that any dialogue on arms control is only possible on the basis of equality and with due regard for all factors affecting strategic security.",
    ),
]


def singles(m: Maker) -> None:
    for ch, body in UNIQUE_RU + UNIQUE_EN:
        md = False
        if ch in ("mid_ru", "mid_en", "spokes") and "\n\n" in body and m.rng.random() < 0.45:
            head, rest = body.split("\n\n", 1)
            if words(head) <= 25:
                body = f"**{head}**\n\n{rest}"
                md = True
        m.add("single", ch, m.day(), body, md=md)


FAMILIES = [
    flights,
    emergency,
    stances,
    decrees,
    arrivals,
    reception,
    treaties,
    agreements,
    condolences,
    warnings,
    briefings,
    schedules,
    weather,
    casualties,
    calls,
    consultations,
    aid,
    stoplists,
    national_days,
    belta,
    kazinform,
    summoned,
    unsc,
    quakes,
    exchanges,
    forums,
    grain,
    memoranda,
    mourning,
    rescued,
    visa_lists,
    elections,
    singles,
]


# --------------------------------------------------------------------------- copies

HEADERS_RU = [
    "🔻 Главное к этому часу",
    "📰 Дипломатическая хроника",
    "🌍 Международная повестка",
    "❗️ Важно",
    "#дипломатия | коротко",
]
HEADERS_EN = [
    "🌐 Eurasia Brief | Top story",
    "📌 What we're watching",
    "🗞 Diplomatic wire",
    "🔎 In focus",
]
INLINE_TAGS = [
    "Лавров",
    "Захарова",
    "Лукашенко",
    "Токаев",
    "Путин",
    "Рябков",
    "Lavrov",
    "Zakharova",
    "Nebenzia",
    "BRICS",
    "БРИКС",
    "ООН",
    "СНГ",
    "ШОС",
]


def typo(text: str, rng: random.Random, protect: tuple[str, ...]) -> str | None:
    """``text`` with one word misspelt (a letter swapped, dropped or doubled), not a slot's word."""
    body = re.sub(r"https?://\S+", " ", text)
    cands = [
        w
        for w in re.findall(r"\b[а-яёa-z]{8,}\b", body)
        if not any(fold(w) in fold(s) for s in protect)
    ]
    if not cands:
        return None
    w = rng.choice(cands)
    i = rng.randrange(2, len(w) - 3)
    op = rng.randrange(3)
    if op == 0:
        bad = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == 1:
        bad = w[:i] + w[i + 1 :]
    else:
        bad = w[:i] + w[i] + w[i:]
    if bad == w:
        return None
    return re.sub(rf"\b{w}\b", bad, text, count=1)


def feed_render(body: str) -> tuple[str, str]:
    """(title, text) of a site's feed item: no emoji, no markdown, no hashtag lines."""
    lines = [
        ln
        for ln in strip_emoji(strip_md(body)).split("\n")
        if ln.strip() and not re.fullmatch(r"(#\S+\s*)+", ln.strip())
    ]
    if len(lines) > 1 and words(lines[0]) <= 22 and not lines[0].rstrip().endswith((".", "!", ":")):
        return lines[0], "\n".join(lines[1:])
    first = re.split(r"(?<=[.!?])\s", lines[0])[0]
    title = first if len(first) < 150 else first[:130].rsplit(" ", 1)[0] + "…"
    return title, "\n".join(lines)


def link_for(ch: str, rng: random.Random) -> str:
    n = rng.randint(1_900_000, 2_099_999)
    return {
        "mid_ru": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "spokes": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "consul": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "mid_en": f"https://mid.ru/en/foreign_policy/news/{n}/",
        "tass": f"https://tass.ru/politika/{n // 100}",
        "tass_en": f"https://tass.com/politics/{n // 1000}",
        "ria": f"https://ria.ru/20250101/{n}.html",
        "interfax": f"https://www.interfax.ru/world/{n // 1000}",
        "belta": f"https://www.belta.by/president/view/{n // 100}-2025/",
        "kazinform": f"https://www.inform.kz/ru/{n // 100}",
        "reuters": f"https://www.reuters.com/world/{n}/",
        "ap": f"https://apnews.com/article/{n:x}",
    }.get(ch, f"https://t.me/{CH[ch].username}/{n % 90000}")


# How many copies of each kind the set should hold (roughly): a kind is drawn among those that
# apply to the post, the further below its target the likelier.
TARGET = {
    "forward": 16,
    "fwd_header": 14,
    "source_footer": 18,
    "agg_frame": 13,
    "emoji": 12,
    "hashtags": 12,
    "typo_fixed": 14,
    "typo_added": 6,
    "trim_last": 13,
    "trim_mid": 8,
    "quotes_dashes": 10,
    "md_strip": 12,
    "yo_e": 10,
    "translit": 10,
    "link_added": 10,
    "official_repost": 12,
    "lead_reworded": 12,
    "read_more": 12,
    "feed": 11,
    "exact": 9,
    "layout": 6,
    "prefix": 12,
    "reflash": 9,
    "combo": 26,
}
RARE = [
    "md_strip",
    "lead_reworded",
    "translit",
    "trim_mid",
    "quotes_dashes",
    "feed",
    "yo_e",
    "read_more",
    "typo_fixed",
]
LONG_ONLY = {
    "typo_added",
    "trim_last",
    "trim_mid",
    "md_strip",
    "lead_reworded",
    "read_more",
    "feed",
    "layout",
    "official_repost",
}
SHORT_ONLY = {"prefix", "reflash"}
COMBO_PARTS = [
    "emoji",
    "quotes_dashes",
    "source_footer",
    "agg_frame",
    "hashtags",
    "link_added",
    "fwd_header",
    "prefix",
    "yo_e",
    "trim_last",
    "md_strip",
    "layout",
    "translit",
    "lead_reworded",
    "typo_added",
]
# notices that are news for a day or two (a briefing, a storm, a death toll, a closed consulate):
# reposted while they are, never weeks later
FAST = {
    "briefings",
    "schedules",
    "weather",
    "flights",
    "reception",
    "casualties",
    "arrivals",
    "quakes",
    "rescued",
    "emergency",
    "exchanges",
    "forums",
}
CHAIN_KINDS = ["forward", "fwd_header", "source_footer", "emoji", "exact", "hashtags"]


class Copier:
    def __init__(self, m: Maker) -> None:
        self.m = m
        self.rng = m.rng
        self.texts: dict[str, str] = {}  # normal(text) -> story, over every post made
        self.made: dict[str, int] = dict.fromkeys(TARGET, 0)

    def note(self, it: Item) -> None:
        self.texts.setdefault(normal(it.text if CH[it.ch].kind != "feed" else it.body), it.story)

    # ---- helpers
    def aggs(self, lang: str) -> list[str]:
        return AGG_EN if lang == "en" else AGG_RU

    def other(self, pool: list[str], *avoid: str) -> str | None:
        opts = [c for c in pool if c not in avoid]
        return self.rng.choice(opts) if opts else None

    def gap(self, o: Item, src: Item) -> timedelta | None:
        rng = self.rng
        short = words(o.body) < SHORT
        budget = (timedelta(hours=10) if short else timedelta(days=26)) - (src.t - o.t)
        if o.family in FAST:
            budget = min(budget, timedelta(hours=36) - (src.t - o.t))
        if short:
            g = timedelta(
                minutes=rng.choice([1, 3, 6, 11, 18, 27, 45, 70, 110, 160, 230, 330, 450, 590])
            )
        else:
            r = rng.random()
            if r < 0.33:
                g = timedelta(minutes=rng.randint(2, 59))
            elif r < 0.63:
                g = timedelta(minutes=rng.randint(60, 23 * 60))
            elif r < 0.86:
                g = timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 700))
            else:
                g = timedelta(days=rng.randint(7, 25), minutes=rng.randint(0, 700))
        if o.family in FAST and not short and rng.random() < 0.7:
            g = timedelta(minutes=rng.randint(3, 12 * 60))
        if g > budget:
            g = budget * rng.uniform(0.3, 0.95)
        if g < timedelta(minutes=1):
            return None
        return g

    def keeps_slots(self, o: Item, c: Item) -> bool:
        text = (
            " "
            + fold((c.title or "") + " " + (c.body if CH[c.ch].kind == "feed" else c.text))
            + " "
        )
        return all(" " + fold(s) + " " in text for s in o.slots)

    # ---- transforms
    def apply(self, o: Item, src: Item, kind: str, c: Item) -> bool:
        rng = self.rng
        lang = o.lang
        en = lang == "en"
        is_feed = CH[src.ch].kind == "feed"
        if kind == "forward":
            if is_feed:
                return False
            ch = self.other(
                self.aggs(lang) + (EMB_EN if en and src.ch == "mid_en" else []), src.ch, o.ch
            )
            c.ch, c.body, c.sig, c.fwd = ch, src.body, src.sig, True
        elif kind == "fwd_header":
            if is_feed:
                return False
            t = CH[src.ch]
            head = rng.choice(
                [f"Forwarded from {t.title}", f"🔁 Reposted from @{t.username}"]
                if en
                else [
                    f"Forwarded from {t.title}",
                    f"↪️ Репост: {t.title}",
                    f"Переслано из канала «{t.title}»",
                ]
            )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = head + "\n" + c.body
            c.sig = src.sig
        elif kind == "source_footer":
            name = SRC_NAME.get(src.ch, CH[src.ch].title)
            uname = CH[src.ch].username
            if en:
                line = rng.choice(
                    [f"via {name}", f"Source: {name}"] + ([f"(via @{uname})"] if uname else [])
                )
            else:
                line = rng.choice(
                    [f"Источник: {name}", f"Источник — {name}", f"📌 Источник: {name}"]
                    + ([f"Источник: t.me/{uname}"] if uname else [])
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = c.body + "\n\n" + line
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "agg_frame":
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = rng.choice(HEADERS_EN if en else HEADERS_RU) + "\n\n" + c.body
            c.sig = CH[c.ch].sig
        elif kind == "emoji":
            e = EMOJI.match(c.body)
            if e and rng.random() < 0.5:
                c.body = rng.choice(["❗️", "🔹", "📌", "⚡️", "🇷🇺"]) + c.body[e.end() :]
            else:
                paras = c.body.split("\n\n")
                pick = rng.choice(["❗️", "📌 ", "🔹 ", "⚡️", "🌐 ", "👉 "])
                paras[0] = (
                    pick + paras[0] if not e else paras[0] + " " + rng.choice(["🤝", "🌍", "📢"])
                )
                if len(paras) > 2 and rng.random() < 0.5:
                    paras = [paras[0]] + [("▪️ " + p if words(p) > 3 else p) for p in paras[1:]]
                c.body = "\n\n".join(paras)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "hashtags":
            tagged = False
            if rng.random() < 0.5:
                for w in INLINE_TAGS:
                    if re.search(rf"(?<![#\w]){w}\b", c.body):
                        c.body = re.sub(rf"(?<![#\w]){w}\b", "#" + w, c.body, count=1)
                        tagged = True
                        break
            if not tagged:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice(
                        [
                            "#Russia #diplomacy",
                            "#news #world",
                            "#BRICS #GlobalSouth",
                            "#MFA #foreignpolicy",
                        ]
                        if en
                        else [
                            "#Россия #МИД",
                            "#дипломатия #новости",
                            "#СНГ #Евразия",
                            "#мир #политика #главное",
                        ]
                    )
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.6 else None
        elif kind == "typo_fixed":
            if src is not o or o.n_copies or o.clean is not None:
                return False
            bad = typo(o.body, rng, o.slots)
            if bad is None or normal(bad) in self.m.seen:
                return False
            o.clean, o.body = o.body, bad
            c.body = o.clean
            c.ch = self.other(
                self.aggs(lang) + ([] if o.ch in AGENCY_RU or en else AGENCY_RU), src.ch, o.ch
            )
            c.sig = CH[c.ch].sig if c.ch in AGG_RU + AGG_EN else None
        elif kind == "typo_added":
            bad = typo(c.body, rng, o.slots)
            if bad is None:
                return False
            c.body = bad
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind in ("trim_last", "trim_mid"):
            paras = c.body.split("\n\n")
            total = words(c.body)
            if kind == "trim_last":
                if (
                    len(paras) < 2
                    or words(paras[-1]) < 4
                    or (len(paras) == 2 and words(paras[0]) < 0.55 * total)
                ):
                    return False
                c.body = "\n\n".join(paras[:-1])
            else:
                if len(paras) < 4:
                    return False
                i = rng.randrange(1, len(paras) - 1)
                c.body = "\n\n".join(paras[:i] + paras[i + 1 :])
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "quotes_dashes":
            new = c.body
            q = rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
            new = new.replace("«", q[0]).replace("»", q[1])
            new = new.replace(" — ", rng.choice([" - ", " – ", " -- "])).replace("–", "-")
            new = new.replace("’", "'")
            if new == c.body:
                return False
            c.body = new
            c.ch = self.other(self.aggs(lang) + (AGENCY_RU if not en else []), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "md_strip":
            if "**" not in c.body and "__" not in c.body and "](" not in c.body:
                return False
            c.body = strip_md(c.body)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.7 else None
        elif kind == "yo_e":
            if "ё" not in c.body and "Ё" not in c.body:
                return False
            c.body = c.body.replace("ё", "е").replace("Ё", "Е")
            c.ch = self.other(self.aggs(lang) + AGENCY_RU, src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "translit":
            for a, b in TRANSLIT:
                if a in c.body:
                    c.body = c.body.replace(a, b)
                    break
            else:
                return False
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "link_added":
            link = link_for(src.ch if not is_feed else o.ch, rng)
            if en:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice([f"Full text: {link}", f"🔗 {link}", f"Read more: {link}"])
                )
            else:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice([f"Подробнее: {link}", f"🔗 {link}", f"Полный текст: {link}"])
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "official_repost":
            if src.ch in ("mid_ru", "spokes"):
                c.ch = self.other(
                    EMB_RU + ["consul"] if src.ch == "mid_ru" else EMB_RU + ["mid_ru"], src.ch, o.ch
                )
            elif src.ch == "mid_en":
                c.ch = self.other(EMB_EN, src.ch)
            elif src.ch in EMB_EN:
                c.ch = self.other(["mid_en"] + EMB_EN, src.ch)
            elif src.ch == "consul":
                c.ch = self.other(EMB_RU, src.ch)
            else:
                return False
            c.sig = CH[c.ch].sig
        elif kind == "lead_reworded":
            if not o.lead_alt:
                return False
            paras = c.body.split("\n\n")
            idx = next((i for i, p in enumerate(paras) if words(p) >= 10), None)
            if idx is None or words(paras[idx]) > 0.45 * words(c.body):
                return False
            if not paras[idx].rstrip().endswith((".", "!")):
                c.extra["heading"] = (
                    True  # the first long paragraph was the heading: that is what got reworded
                )
            paras[idx] = o.lead_alt
            if idx == 1 and words(paras[0]) <= 16 and rng.random() < 0.6:
                paras = paras[1:]
            c.body = "\n\n".join(paras)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.7 else None
        elif kind == "read_more":
            toks = c.body.split(" ")
            if words(c.body) < 40:
                return False
            cut = int(len(toks) * rng.uniform(0.45, 0.72))
            head = " ".join(toks[:cut]).rstrip(",.;:—-– ")
            link = link_for(o.ch, rng)
            tail = rng.choice(
                [
                    "… Read more",
                    f"…\n\nRead the full statement: {link}",
                    f"… Continue reading: {link}",
                ]
                if en
                else [
                    "… Читать далее…",
                    "…\n\nЧитать далее →",
                    f"… Подробнее: {link}",
                    "…\n\n👉 Читать полностью",
                ]
            )
            c.body = head + tail
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "feed":
            if src is not o or o.ch not in ("mid_ru", "mid_en", "tass") or words(o.body) < SHORT:
                return False
            c.ch = {"mid_ru": "feed_ru", "mid_en": "feed_en", "tass": "feed_tass"}[o.ch]
            c.title, c.body = feed_render(o.clean or o.body)
            c.sig = None
        elif kind == "exact":
            if src.ch in AGG_RU + AGG_EN:
                return False
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = None
        elif kind == "layout":
            if "\n\n" not in c.body:
                return False
            c.body = (
                c.body.replace("\n\n", "\n") if rng.random() < 0.6 else re.sub(r"\n+", " ", c.body)
            )
            c.body = c.body.replace("🔹 ", "— ").replace("• ", "- ")
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "prefix":
            p = rng.choice(
                ["⚡️ BREAKING: ", "JUST IN: ", "🔴 "]
                if en
                else ["⚡️ Срочно: ", "МОЛНИЯ | ", "❗️", "⚡️"]
            )
            c.body = p + c.body
            c.ch = self.other(
                self.aggs(lang) + (["tass_en", "reuters"] if en else AGENCY_RU), src.ch, o.ch
            )
            c.sig = CH[c.ch].sig
        elif kind == "reflash":
            if src is not o or o.ch not in AGENCY_RU + [
                "tass_en",
                "reuters",
                "ap",
                "belta",
                "kazinform",
            ]:
                return False
            c.ch = o.ch
            c.body = rng.choice(["⚡️", "❗️", "⚡️⚡️ "] if not en else ["⚡️", "🔴 "]) + c.body
            c.sig = o.sig
        else:
            raise ValueError(kind)
        return c.ch is not None

    def can(self, o: Item, src: Item, kind: str) -> bool:
        """Whether ``kind`` may apply to ``src`` at all (apply() may still refuse)."""
        b = src.body
        is_feed = CH[src.ch].kind == "feed"
        if kind == "md_strip":
            return "**" in b or "__" in b or "](" in b
        if kind == "lead_reworded":
            return bool(o.lead_alt) and src is o
        if kind == "translit":
            return any(a in b for a, _ in TRANSLIT)
        if kind == "yo_e":
            return "ё" in b or "Ё" in b
        if kind == "quotes_dashes":
            return any(ch in b for ch in "«»–’") or " — " in b
        if kind == "feed":
            return src is o and o.ch in ("mid_ru", "mid_en", "tass")
        if kind == "typo_fixed":
            return src is o and not o.n_copies
        if kind == "trim_mid":
            return b.count("\n\n") >= 3
        if kind in ("trim_last", "layout"):
            return "\n\n" in b
        if kind == "read_more":
            return words(b) >= 40
        if kind == "official_repost":
            return src.ch in ("mid_ru", "spokes", "mid_en", "consul") or src.ch in EMB_EN
        if kind == "reflash":
            return src is o and o.ch in AGENCY_RU + [
                "tass_en",
                "reuters",
                "ap",
                "belta",
                "kazinform",
            ]
        if kind in ("forward", "fwd_header"):
            return not is_feed
        return True

    def make(self, o: Item, src: Item | None = None, *, chain: bool = False) -> Item | None:
        rng = self.rng
        src = src or o
        short = words(o.body) < SHORT
        table = {k: v for k, v in TARGET.items() if k not in (LONG_ONLY if short else SHORT_ONLY)}
        if chain:
            table = {k: 1 for k in CHAIN_KINDS}
        for attempt in range(20):
            kinds = [k for k in table if self.can(o, src, k)]
            weights = [1.0 if chain else max(table[k] - self.made[k], 0) + 0.2 for k in kinds]
            kind = rng.choices(kinds, weights=weights)[0]
            rare = [k for k in RARE if k in kinds and self.made[k] < table[k]]
            if attempt < 3 and not chain and rare and rng.random() < 0.55:
                kind = rng.choice(rare)  # kinds few posts lend themselves to: take the chance
            g = self.gap(o, src)
            if g is None:
                return None
            c = Item(src.t + g, src.ch, o.story, o.family, kind, src.body, src.sig, src=src)
            had_clean = o.clean is not None
            if kind == "combo":
                parts = rng.sample(COMBO_PARTS, 3 if rng.random() < 0.2 else 2)
                if "fwd_header" in parts:  # the header goes on last, over the reposter's edit
                    parts.remove("fwd_header")
                    parts.append("fwd_header")
                ok = all(self.apply(o, src, k, c) for k in parts)
                c.kind = "combo:" + "+".join(parts)
            else:
                ok = self.apply(o, src, kind, c)
                if chain:
                    c.kind = "chain:" + kind
            ok = (
                ok
                and c.ch is not None
                and (c.ch != o.ch or kind == "reflash")
                and CH[c.ch].lang == o.lang
            )
            ok = ok and self.keeps_slots(o, c)
            key = normal(c.text if CH[c.ch].kind != "feed" else c.body) if ok else ""
            ok = ok and self.texts.get(key, o.story) == o.story
            if not ok:
                if o.clean is not None and not had_clean:  # undo the typo put in for this attempt
                    o.body, o.clean = o.clean, None
                continue
            if c.extra.get("heading"):
                c.kind = c.kind.replace("lead_reworded", "heading_reworded")
            o.n_copies += 1
            self.made[kind] = self.made.get(kind, 0) + 1
            self.note(c)
            return c
        return None


# --------------------------------------------------------------------------- build

_META: dict[tuple[str, str], tuple[str, str]] = {}


def build() -> list[Labelled]:
    rng = random.Random(SEED)
    m = Maker(rng)
    for f in FAMILIES:
        f(m)
    originals = [x for x in m.items if START <= x.t <= END - timedelta(days=27)]
    cp = Copier(m)
    for o in originals:
        cp.note(o)
    copies: list[Item] = []
    for o in originals:
        p = 0.25
        if o.family in (
            "single",
            "calls",
            "condolences",
            "stance",
            "warnings",
            "arrivals",
            "casualties",
        ):
            p = 0.34
        if rng.random() < p:
            n = 1 + (rng.random() < 0.25) + (rng.random() < 0.06)
            for _ in range(n):
                c = cp.make(o)
                if c is not None:
                    copies.append(c)
    # copies of copies: a reposter's post reposted again
    for c in rng.sample([c for c in copies if CH[c.ch].kind != "feed"], 14):
        o = c
        while o.src is not None:
            o = o.src
        cc = cp.make(o, c, chain=True)
        if cc is not None:
            copies.append(cc)
    # the site's feed first, the Telegram post later: the feed item is the original
    for c in copies:
        o = c.src
        if (
            c.kind == "feed"
            and o is not None
            and o.n_copies == 1
            and o.src is None
            and rng.random() < 0.45
        ):
            o.ch, c.ch = c.ch, o.ch
            o.body, c.body = c.body, o.body
            o.title, c.title = c.title, None
            o.sig, c.sig = None, o.sig
            c.kind = "tg_after_feed"
            c.t = o.t + timedelta(minutes=rng.randint(4, 95))
    items = sorted(originals + copies, key=lambda x: (x.t, x.kind != "original"))
    for a, b in itertools.pairwise(items):
        if b.t <= a.t:
            b.t = a.t + timedelta(minutes=1)
    ids: dict[str, int] = {}
    out: list[Labelled] = []
    _META.clear()
    for x in items:
        ch = CH[x.ch]
        ids[x.ch] = ids.get(x.ch, 2000 + len(ids) * 6133) + 1 + rng.randrange(4)
        n = ids[x.ch]
        fwd = None
        if x.fwd and x.src is not None and x.src.post is not None:
            oc = CH[x.src.ch]
            fwd = Forward(
                name=oc.title,
                source_key=oc.key,
                external_id=x.src.post.external_id,
                username=oc.username,
            )
        if ch.kind == "feed":
            base = ch.key.rsplit("/", 1)[0]
            url = f"{base}/news/{n}/"
            ext = url
            text = x.body
        else:
            url = f"https://t.me/{ch.username}/{n}"
            ext = str(n)
            text = x.text
        post = Post(
            source=SourceRef(
                ch.kind,
                ch.key,
                ch.title,
                ch.username,
                f"https://t.me/{ch.username}" if ch.kind == "telegram" else ch.key,
            ),  # type: ignore[arg-type]
            external_id=ext,
            published_at=x.t,
            text=text,
            title=x.title,
            url=url,
            forwarded_from=fwd,
        )
        x.post = post
        _META[(ch.key, ext)] = (x.family, x.kind)
        out.append(Labelled(post, x.story))
    return out


def kind_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][1]


def family_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][0]
