# ruff: noqa: E501  (a data module: long template strings read better whole)
"""A fifth labelled near-duplicate set, written blind to the method (session 31).

Twenty sources shaped like the ones an analyst follows: the ministry's Russian and English
channels, its consular department, three embassies, the UN mission, five agencies (TASS,
RIA, Interfax, Reuters, Xinhua), four aggregators, three feeds (the ministry's Russian and
English news feeds, an agency feed) and one imported dump of embassy channels. Posts run
from December 2023 to May 2025, about 55% of them in Russian.

Every post carries a *story* label. One story is one statement: its copies must be linked to
it. Two stories are two statements however alike they read, and must stay apart.

The emphasis of this set is on TEMPLATED statements: a ministry's recurring forms share long
boilerplate and differ in one slot (condolences for a disaster in another country, national
day congratulations to another country, consular closures for another holiday or year,
e-visa and fee notices, briefing announcements for another date, phone-call readouts with
another minister or topic, entry bans differing in a number, a country or one name, death
tolls, tonnages and prices differing in a number, election observation for another country,
weekly agendas differing in one item, "Заявление МИД России ..." forms). Then negations,
greetings of another year, parts of a series, posts that quote or answer another post (an
answer quoting a statement word for word is a new statement, not a copy of it), and one-line
posts differing in one word.

Copies are made by the transforms named in :func:`kind_of`: forwards with and without a
forward header, reposts with another channel's signature, hashtags, a source link or a
"⚡️ Срочно:" prefix, trimmed tails and dropped headers (never dropping the slot that sets the
statement apart from its siblings), changed or stripped emoji, quotes, dashes, whitespace and
line breaks, a typo fixed in the copy (the original was published with it) or made in the
copy, Latin look-alike letters, feed items of the same text with a title, dump copies, and
combinations of two transforms.

A TRANSLATION IS NOT A COPY: a Russian statement and the ministry's English version of it
are two stories (family "translation" for the second to appear), as are two embassies'
greetings written from one template.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef

SEED = 31_0531
START = datetime(2023, 12, 1, tzinfo=UTC)
END = datetime(2025, 5, 31, 21, tzinfo=UTC)


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class Channel:
    name: str
    kind: str  # telegram, feed, import
    key: str
    title: str
    username: str | None
    lang: str
    role: str


_CHANNELS = [
    Channel("mid", "telegram", "-1002210450001", "МИД России", "mid_rossii_ofic", "ru", "ministry"),
    Channel(
        "mfa", "telegram", "-1002210450002", "Russian MFA 🇷🇺", "rusmfa_official", "en", "ministry"
    ),
    Channel(
        "consdep",
        "telegram",
        "-1002210450003",
        "Консульский департамент МИД России",
        "kd_mid_ofic",
        "ru",
        "ministry",
    ),
    Channel(
        "emb_kz",
        "telegram",
        "-1002210450004",
        "Посольство России в Казахстане",
        "rusemb_kz",
        "ru",
        "embassy",
    ),
    Channel(
        "emb_vn",
        "telegram",
        "-1002210450005",
        "Посольство России во Вьетнаме",
        "rusemb_vn",
        "ru",
        "embassy",
    ),
    Channel(
        "emb_ke",
        "telegram",
        "-1002210450006",
        "Russian Embassy in Kenya",
        "rusemb_kenya",
        "en",
        "embassy",
    ),
    Channel(
        "un",
        "telegram",
        "-1002210450007",
        "Russian Mission to the UN",
        "russia_un_mission",
        "en",
        "mission",
    ),
    Channel("tass", "telegram", "-1002210450008", "ТАСС", "tass_news_ru", "ru", "agency"),
    Channel("ria", "telegram", "-1002210450009", "РИА Новости", "ria_novosti_ru", "ru", "agency"),
    Channel("ifx", "telegram", "-1002210450010", "Интерфакс", "interfax_news_ru", "ru", "agency"),
    Channel(
        "reuters", "telegram", "-1002210450011", "Reuters World", "reuters_world_tg", "en", "agency"
    ),
    Channel(
        "xinhua", "telegram", "-1002210450012", "Xinhua News", "xinhua_world_tg", "en", "agency"
    ),
    Channel(
        "agg1",
        "telegram",
        "-1002210450013",
        "Дипломатический вестник | Главное",
        "dipvestnik_main",
        "ru",
        "aggregator",
    ),
    Channel(
        "agg2", "telegram", "-1002210450014", "Мир сегодня 24", "mir_segodnya24", "ru", "aggregator"
    ),
    Channel(
        "agg3",
        "telegram",
        "-1002210450015",
        "Внешняя политика. Срочно",
        "vp_srochno",
        "ru",
        "aggregator",
    ),
    Channel(
        "agg_en",
        "telegram",
        "-1002210450016",
        "Diplomatic Briefs",
        "diplobriefs",
        "en",
        "aggregator",
    ),
    Channel(
        "feed_mid",
        "feed",
        "https://mid.ru/ru/foreign_policy/news/rss/",
        "МИД России — Новости",
        None,
        "ru",
        "feed",
    ),
    Channel(
        "feed_mfa",
        "feed",
        "https://mid.ru/en/foreign_policy/news/rss/",
        "MFA Russia — News",
        None,
        "en",
        "feed",
    ),
    Channel(
        "feed_ifx",
        "feed",
        "https://www.interfax.ru/rss/world.xml",
        "Интерфакс — В мире",
        None,
        "ru",
        "feed",
    ),
    Channel(
        "dump",
        "import",
        "import-embassy-archive-2025",
        "Импорт: архив посольских каналов",
        None,
        "ru",
        "import",
    ),
]
CHANNELS = {c.name: c for c in _CHANNELS}
BY_KEY = {c.key: c for c in _CHANNELS}

SIGNATURES = {
    "agg1": "\n\n🔹 Дипломатический вестник — подписаться: t.me/dipvestnik_main",
    "agg2": "\n\n#МирСегодня #МИД\n@mir_segodnya24",
    "agg3": "\n\n➡️ Внешняя политика. Срочно | @vp_srochno",
    "tass": "\n\nТАСС | Подписаться",
    "ria": "\n\n📌 РИА Новости в Telegram: @ria_novosti_ru",
    "ifx": "\n\nИнтерфакс",
    "reuters": "\n\n(Reuters World desk)",
    "xinhua": "\n\n— Xinhua | t.me/xinhua_world_tg",
    "agg_en": "\n\n🌐 Diplomatic Briefs | t.me/diplobriefs\n#diplomacy #Russia",
    "emb_kz": "\n\n#РоссияКазахстан",
    "emb_vn": "\n\n#РоссияВьетнам",
    "emb_ke": "\n\n#RussiaKenya #RussiaAfrica",
    "un": "\n\n#UNSC #RussiaUN",
    "consdep": "\n\n#КД_МИД #консульство",
}
RU_COPY_TG = ["agg1", "agg2", "agg3", "tass", "ria", "ifx", "emb_kz", "emb_vn", "consdep"]
RU_COPY_W = [14, 12, 12, 8, 8, 6, 4, 4, 2]
EN_COPY_TG = ["agg_en", "reuters", "xinhua", "emb_ke", "un"]
EN_COPY_W = [14, 6, 6, 5, 4]

# ------------------------------------------------------------------------------ lists

# iso, EN, RU nominative, RU genitive, RU "in" (with its preposition), capital EN,
# capital RU "in", capital RU accusative (for "прибыл в ...")
COUNTRIES = [
    ("CL", "Chile", "Чили", "Чили", "в Чили", "Santiago", "в Сантьяго", "Сантьяго"),
    ("PE", "Peru", "Перу", "Перу", "в Перу", "Lima", "в Лиме", "Лиму"),
    ("BO", "Bolivia", "Боливия", "Боливии", "в Боливии", "La Paz", "в Ла-Пасе", "Ла-Пас"),
    (
        "AR",
        "Argentina",
        "Аргентина",
        "Аргентины",
        "в Аргентине",
        "Buenos Aires",
        "в Буэнос-Айресе",
        "Буэнос-Айрес",
    ),
    ("CO", "Colombia", "Колумбия", "Колумбии", "в Колумбии", "Bogota", "в Боготе", "Боготу"),
    ("EC", "Ecuador", "Эквадор", "Эквадора", "в Эквадоре", "Quito", "в Кито", "Кито"),
    ("NP", "Nepal", "Непал", "Непала", "в Непале", "Kathmandu", "в Катманду", "Катманду"),
    ("BD", "Bangladesh", "Бангладеш", "Бангладеш", "в Бангладеш", "Dhaka", "в Дакке", "Дакку"),
    ("MM", "Myanmar", "Мьянма", "Мьянмы", "в Мьянме", "Naypyidaw", "в Нейпьидо", "Нейпьидо"),
    ("TH", "Thailand", "Таиланд", "Таиланда", "в Таиланде", "Bangkok", "в Бангкоке", "Бангкок"),
    (
        "KH",
        "Cambodia",
        "Камбоджа",
        "Камбоджи",
        "в Камбодже",
        "Phnom Penh",
        "в Пномпене",
        "Пномпень",
    ),
    (
        "PH",
        "the Philippines",
        "Филиппины",
        "Филиппин",
        "на Филиппинах",
        "Manila",
        "в Маниле",
        "Манилу",
    ),
    (
        "MN",
        "Mongolia",
        "Монголия",
        "Монголии",
        "в Монголии",
        "Ulaanbaatar",
        "в Улан-Баторе",
        "Улан-Батор",
    ),
    ("KZ", "Kazakhstan", "Казахстан", "Казахстана", "в Казахстане", "Astana", "в Астане", "Астану"),
    (
        "UZ",
        "Uzbekistan",
        "Узбекистан",
        "Узбекистана",
        "в Узбекистане",
        "Tashkent",
        "в Ташкенте",
        "Ташкент",
    ),
    (
        "TM",
        "Turkmenistan",
        "Туркменистан",
        "Туркменистана",
        "в Туркменистане",
        "Ashgabat",
        "в Ашхабаде",
        "Ашхабад",
    ),
    (
        "TJ",
        "Tajikistan",
        "Таджикистан",
        "Таджикистана",
        "в Таджикистане",
        "Dushanbe",
        "в Душанбе",
        "Душанбе",
    ),
    ("KG", "Kyrgyzstan", "Киргизия", "Киргизии", "в Киргизии", "Bishkek", "в Бишкеке", "Бишкек"),
    ("AM", "Armenia", "Армения", "Армении", "в Армении", "Yerevan", "в Ереване", "Ереван"),
    ("AZ", "Azerbaijan", "Азербайджан", "Азербайджана", "в Азербайджане", "Baku", "в Баку", "Баку"),
    ("IR", "Iran", "Иран", "Ирана", "в Иране", "Tehran", "в Тегеране", "Тегеран"),
    ("IQ", "Iraq", "Ирак", "Ирака", "в Ираке", "Baghdad", "в Багдаде", "Багдад"),
    ("LB", "Lebanon", "Ливан", "Ливана", "в Ливане", "Beirut", "в Бейруте", "Бейрут"),
    ("JO", "Jordan", "Иордания", "Иордании", "в Иордании", "Amman", "в Аммане", "Амман"),
    ("EG", "Egypt", "Египет", "Египта", "в Египте", "Cairo", "в Каире", "Каир"),
    ("LY", "Libya", "Ливия", "Ливии", "в Ливии", "Tripoli", "в Триполи", "Триполи"),
    ("ML", "Mali", "Мали", "Мали", "в Мали", "Bamako", "в Бамако", "Бамако"),
    ("NE", "Niger", "Нигер", "Нигера", "в Нигере", "Niamey", "в Ниамее", "Ниамей"),
    (
        "BF",
        "Burkina Faso",
        "Буркина-Фасо",
        "Буркина-Фасо",
        "в Буркина-Фасо",
        "Ouagadougou",
        "в Уагадугу",
        "Уагадугу",
    ),
    ("NG", "Nigeria", "Нигерия", "Нигерии", "в Нигерии", "Abuja", "в Абудже", "Абуджу"),
    (
        "ET",
        "Ethiopia",
        "Эфиопия",
        "Эфиопии",
        "в Эфиопии",
        "Addis Ababa",
        "в Аддис-Абебе",
        "Аддис-Абебу",
    ),
    ("TZ", "Tanzania", "Танзания", "Танзании", "в Танзании", "Dodoma", "в Додоме", "Додому"),
    ("MZ", "Mozambique", "Мозамбик", "Мозамбика", "в Мозамбике", "Maputo", "в Мапуту", "Мапуту"),
    ("ZW", "Zimbabwe", "Зимбабве", "Зимбабве", "в Зимбабве", "Harare", "в Хараре", "Хараре"),
    ("ZA", "South Africa", "ЮАР", "ЮАР", "в ЮАР", "Pretoria", "в Претории", "Преторию"),
    (
        "MG",
        "Madagascar",
        "Мадагаскар",
        "Мадагаскара",
        "на Мадагаскаре",
        "Antananarivo",
        "в Антананариву",
        "Антананариву",
    ),
    ("CU", "Cuba", "Куба", "Кубы", "на Кубе", "Havana", "в Гаване", "Гавану"),
    ("NI", "Nicaragua", "Никарагуа", "Никарагуа", "в Никарагуа", "Managua", "в Манагуа", "Манагуа"),
    (
        "VE",
        "Venezuela",
        "Венесуэла",
        "Венесуэлы",
        "в Венесуэле",
        "Caracas",
        "в Каракасе",
        "Каракас",
    ),
    ("MX", "Mexico", "Мексика", "Мексики", "в Мексике", "Mexico City", "в Мехико", "Мехико"),
    ("IN", "India", "Индия", "Индии", "в Индии", "New Delhi", "в Нью-Дели", "Нью-Дели"),
    (
        "PK",
        "Pakistan",
        "Пакистан",
        "Пакистана",
        "в Пакистане",
        "Islamabad",
        "в Исламабаде",
        "Исламабад",
    ),
    ("LK", "Sri Lanka", "Шри-Ланка", "Шри-Ланки", "в Шри-Ланке", "Colombo", "в Коломбо", "Коломбо"),
    (
        "ID",
        "Indonesia",
        "Индонезия",
        "Индонезии",
        "в Индонезии",
        "Jakarta",
        "в Джакарте",
        "Джакарту",
    ),
    (
        "MY",
        "Malaysia",
        "Малайзия",
        "Малайзии",
        "в Малайзии",
        "Kuala Lumpur",
        "в Куала-Лумпуре",
        "Куала-Лумпур",
    ),
    ("VN", "Vietnam", "Вьетнам", "Вьетнама", "во Вьетнаме", "Hanoi", "в Ханое", "Ханой"),
    ("LA", "Laos", "Лаос", "Лаоса", "в Лаосе", "Vientiane", "во Вьентьяне", "Вьентьян"),
    ("TR", "Turkey", "Турция", "Турции", "в Турции", "Ankara", "в Анкаре", "Анкару"),
    ("RS", "Serbia", "Сербия", "Сербии", "в Сербии", "Belgrade", "в Белграде", "Белград"),
    ("HU", "Hungary", "Венгрия", "Венгрии", "в Венгрии", "Budapest", "в Будапеште", "Будапешт"),
    ("BY", "Belarus", "Беларусь", "Беларуси", "в Беларуси", "Minsk", "в Минске", "Минск"),
    ("QA", "Qatar", "Катар", "Катара", "в Катаре", "Doha", "в Дохе", "Доху"),
    ("OM", "Oman", "Оман", "Омана", "в Омане", "Muscat", "в Маскате", "Маскат"),
    ("AE", "the UAE", "ОАЭ", "ОАЭ", "в ОАЭ", "Abu Dhabi", "в Абу-Даби", "Абу-Даби"),
]
BY_ISO = {c[0]: c for c in COUNTRIES}

# "unfriendly" states: RU genitive, EN
HOSTILE = [
    ("Великобритании", "the United Kingdom"),
    ("Канады", "Canada"),
    ("Австралии", "Australia"),
    ("Новой Зеландии", "New Zealand"),
    ("Японии", "Japan"),
    ("Эстонии", "Estonia"),
    ("Латвии", "Latvia"),
    ("Литвы", "Lithuania"),
    ("Польши", "Poland"),
    ("Норвегии", "Norway"),
    ("Дании", "Denmark"),
    ("Финляндии", "Finland"),
    ("Чехии", "the Czech Republic"),
    ("Нидерландов", "the Netherlands"),
]

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
RU_MONTHS_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
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
RU_WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def ru_d(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def en_d(d: datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}"


def people(n: int) -> str:
    return "человека" if n % 10 == 1 and n % 100 != 11 else "человек"


def flag(iso: str) -> str:
    return "".join(chr(0x1F1E6 + ord(ch) - 65) for ch in iso)


# ------------------------------------------------------------------------------ stories


@dataclass
class Story:
    sid: str
    family: str
    lang: str
    channel: str
    when: datetime
    text: str
    slots: tuple[str, ...] = ()
    copies_allowed: bool = True
    short: bool = False
    typo_text: str | None = None  # the original as published, with a typo (a copy fixes it)
    forced: list[tuple[str, str, str, datetime]] = field(
        default_factory=list
    )  # hand-made copies: (kind, channel, text, when)


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[Story] = []
        self.count: dict[str, int] = {}
        self.seen: dict[str, str] = {}

    def add(
        self, family: str, lang: str, channel: str, when: datetime, text: str, slots=(), **kw
    ) -> Story | None:
        n = normal(text)
        if n in self.seen:
            return None
        k = self.count.get(family, 0) + 1
        self.count[family] = k
        story = Story(
            f"{family}-{k:03d}",
            family,
            lang,
            channel,
            when,
            text,
            tuple(s for s in slots if s),
            **kw,
        )
        self.seen[n] = story.sid
        self.stories.append(story)
        return story

    def day(self, lo: datetime | None = None, hi: datetime | None = None) -> datetime:
        lo = lo or START + timedelta(days=1)
        hi = min(hi or END, END - timedelta(days=4))
        span = max(0, (hi - lo).days)
        d = lo + timedelta(days=self.rng.randint(0, span))
        return d.replace(hour=self.rng.randint(6, 17), minute=self.rng.randint(0, 59), second=0)

    def both(
        self, family, ru, en, when, ru_ch="mid", en_ch="mfa", slots=(), p_ru=0.4, p_both=0.2, **kw
    ):
        """One statement in Russian, in English, or in both (the later one a 'translation' story)."""
        r = self.rng.random()
        made = []
        if r < p_both:
            first_ru = self.rng.random() < 0.75
            later = when + timedelta(minutes=self.rng.randint(25, 300))
            if first_ru:
                made.append(self.add(family, "ru", ru_ch, when, ru, slots, **kw))
                made.append(self.add("translation", "en", en_ch, later, en, slots, **kw))
            else:
                made.append(self.add(family, "en", en_ch, when, en, slots, **kw))
                made.append(self.add("translation", "ru", ru_ch, later, ru, slots, **kw))
        elif r < p_both + (1 - p_both) * p_ru:
            made.append(self.add(family, "ru", ru_ch, when, ru, slots, **kw))
        else:
            made.append(self.add(family, "en", en_ch, when, en, slots, **kw))
        return [s for s in made if s]


# ============================================================================ families

DISASTERS = [
    ("разрушительного землетрясения", "devastating earthquake"),
    ("катастрофического наводнения", "catastrophic flooding"),
    ("крушения пассажирского поезда", "passenger train crash"),
    ("крушения пассажирского самолёта", "passenger plane crash"),
    ("схода оползня", "landslide"),
    ("крупного пожара на рынке", "major market fire"),
    ("тропического циклона", "tropical cyclone"),
    ("взрыва на угольной шахте", "coal mine explosion"),
    ("обрушения жилого дома", "collapse of a residential building"),
    ("извержения вулкана", "volcanic eruption"),
]


def condolences(m: Maker) -> None:
    rng = m.rng
    for _g in range(11):
        dis_ru, dis_en = rng.choice(DISASTERS)
        countries = rng.sample(COUNTRIES, rng.randint(3, 5))
        shared_n = rng.random() < 0.5
        n0 = rng.randint(8, 160)
        variant = rng.randint(0, 2)
        for c in countries:
            n = n0 if shared_n else rng.randint(8, 160)
            _iso, en, _nom, gen, prep = c[:5]
            ru = (
                f"🕯 Соболезнования в связи с трагедией {prep}\n\n"
                f"С глубокой скорбью восприняли известие о гибели {n} {people(n)} в результате {dis_ru}, произошедшего накануне {prep}.\n\n"
                f"Выражаем искренние соболезнования родным и близким погибших, правительству и всему народу {gen}. Желаем скорейшего выздоровления пострадавшим.\n\n"
                f"По имеющейся информации, граждан России среди погибших и пострадавших нет. Посольство Российской Федерации {prep} поддерживает постоянный контакт с местными властями.\n\n"
                "Ситуационно-кризисный центр МИД России: +7 (499) 244-19-27."
            )
            if variant == 1:
                ru = (
                    f"🕯 Посольство России {prep} выражает глубокие соболезнования в связи с многочисленными жертвами {dis_ru}.\n\n"
                    "Разделяем горе семей, потерявших близких, и желаем мужества и стойкости всем, кто оказался в зоне бедствия. Российская сторона готова оказать необходимую помощь.\n\n"
                    "Российским гражданам, находящимся в стране, рекомендуется соблюдать меры предосторожности и следовать указаниям местных властей. Телефон горячей линии Посольства указан на его официальном сайте."
                )
            en_text = (
                f"🕯 Condolences over the tragedy in {en}\n\n"
                f"We were deeply saddened to learn of the deaths of {n} people in the {dis_en} that struck {en} yesterday.\n\n"
                f"We extend our sincere condolences to the families and friends of the victims, to the Government and to all the people of {en}, and wish a speedy recovery to the injured.\n\n"
                f"According to available information, there are no Russian citizens among the dead or injured. The Russian Embassy in {en} remains in constant contact with the local authorities.\n\n"
                "MFA Crisis Management Centre: +7 (499) 244-19-27."
            )
            when = m.day()
            if variant == 1:
                m.add(
                    "template_condolence",
                    "ru",
                    rng.choice(["dump", "mid"]),
                    when,
                    ru,
                    (prep, gen, dis_ru),
                )
            else:
                m.both(
                    "template_condolence",
                    ru,
                    en_text,
                    when,
                    slots=(prep, gen, en, str(n), dis_ru, dis_en),
                )


HOLIDAYS = {  # iso: (RU nominative/accusative, EN, month, day)
    "CL": ("День независимости", "Independence Day", 9, 18),
    "PE": ("День независимости", "Independence Day", 7, 28),
    "BO": ("День независимости", "Independence Day", 8, 6),
    "CO": ("День независимости", "Independence Day", 7, 20),
    "EC": ("День независимости", "Independence Day", 8, 10),
    "BD": ("День независимости", "Independence Day", 3, 26),
    "MM": ("День независимости", "Independence Day", 1, 4),
    "KH": ("День независимости", "Independence Day", 11, 9),
    "PH": ("День независимости", "Independence Day", 6, 12),
    "KZ": ("День независимости", "Independence Day", 12, 16),
    "UZ": ("День независимости", "Independence Day", 9, 1),
    "TM": ("День независимости", "Independence Day", 9, 27),
    "TJ": ("День государственной независимости", "State Independence Day", 9, 9),
    "KG": ("День независимости", "Independence Day", 8, 31),
    "AM": ("День независимости", "Independence Day", 9, 21),
    "AZ": ("День независимости", "Independence Day", 5, 28),
    "ML": ("День независимости", "Independence Day", 9, 22),
    "NE": ("День независимости", "Independence Day", 8, 3),
    "NG": ("День независимости", "Independence Day", 10, 1),
    "MZ": ("День независимости", "Independence Day", 6, 25),
    "ZW": ("День независимости", "Independence Day", 4, 18),
    "MG": ("День независимости", "Independence Day", 6, 26),
    "NI": ("День независимости", "Independence Day", 9, 15),
    "VE": ("День независимости", "Independence Day", 7, 5),
    "MX": ("День независимости", "Independence Day", 9, 16),
    "LK": ("День независимости", "Independence Day", 2, 4),
    "ID": ("День независимости", "Independence Day", 8, 17),
    "BY": ("День независимости", "Independence Day", 7, 3),
    "NP": ("День Республики", "Republic Day", 5, 29),
    "IN": ("День Республики", "Republic Day", 1, 26),
    "TR": ("День Республики", "Republic Day", 10, 29),
    "AR": ("День Майской революции", "May Revolution Day", 5, 25),
    "EG": ("День Революции", "Revolution Day", 7, 23),
    "IR": ("День Победы Исламской революции", "Islamic Revolution Day", 2, 11),
    "TH": ("Национальный день", "National Day", 12, 5),
    "IQ": ("Национальный день", "National Day", 10, 3),
    "LB": ("День независимости", "Independence Day", 11, 22),
    "JO": ("День независимости", "Independence Day", 5, 25),
    "ET": ("Национальный день", "National Day", 5, 28),
    "TZ": ("День Союза", "Union Day", 4, 26),
    "ZA": ("День свободы", "Freedom Day", 4, 27),
    "CU": ("День освобождения", "Liberation Day", 1, 1),
    "PK": ("День Пакистана", "Pakistan Day", 3, 23),
    "MY": ("Национальный день", "National Day", 8, 31),
    "VN": ("День независимости", "National Day", 9, 2),
    "LA": ("Национальный день", "National Day", 12, 2),
    "RS": ("День государственности", "Statehood Day", 2, 15),
    "HU": ("День основания государства", "State Foundation Day", 8, 20),
    "QA": ("Национальный день", "National Day", 12, 18),
    "OM": ("Национальный день", "National Day", 11, 18),
    "AE": ("Национальный день", "National Day", 12, 2),
    "MN": ("Наадам", "Naadam, the National Day", 7, 11),
}


def national_days(m: Maker) -> None:
    rng = m.rng
    isos = list(HOLIDAYS)
    rng.shuffle(isos)
    for i, iso in enumerate(isos[:41]):
        c = BY_ISO[iso]
        hol_ru, hol_en, mo, dd = HOLIDAYS[iso]
        years = [2024, 2025] if (mo, dd) <= (5, 28) else [2024]
        if mo == 12:
            years = [2023, 2024]
        year = rng.choice(years)
        when = datetime(year, mo, dd, rng.randint(5, 9), rng.randint(0, 59), tzinfo=UTC)
        if when < START or when > END - timedelta(days=4):
            continue
        verb = "отмечают" if iso == "PH" else "отмечает"
        en_verb = "celebrate" if iso == "PH" else "celebrates"
        ru = (
            f"{flag(iso)} Сегодня {c[2]} {verb} {hol_ru}.\n\n"
            f"Министр иностранных дел Российской Федерации С.В.Лавров направил поздравительное послание Министру иностранных дел {c[3]} по случаю национального праздника.\n\n"
            "В послании, в частности, выражена уверенность в том, что отношения, основанные на традициях дружбы и взаимного уважения, продолжат поступательно развиваться на благо народов наших стран, в интересах укрепления мира и стабильности.\n\n"
            f"Искренне желаем дружественному народу {c[3]} благополучия и процветания!"
        )
        en = (
            f"{flag(iso)} Today {c[1]} {en_verb} {hol_en}.\n\n"
            f"Foreign Minister Sergey Lavrov has sent a message of congratulations to the Minister of Foreign Affairs of {c[1]} on the occasion of the national holiday.\n\n"
            "The message expresses confidence that relations built on traditions of friendship and mutual respect will continue to develop steadily for the benefit of the peoples of our countries and in the interests of strengthening peace and stability.\n\n"
            f"We sincerely wish the friendly people of {c[1]} well-being and prosperity!"
        )
        if i % 5 == 4:  # the shorter embassy-style greeting, published by the ministry's channel
            ru = (
                f"{flag(iso)} Поздравляем друзей из {c[3]} с национальным праздником — {hol_ru.replace('День', 'Днём').replace('Национальный день', 'Национальным днём')}!\n\n"
                "Желаем мира, благополучия и новых успехов в развитии страны. Уверены, что традиционно дружественные отношения между нашими государствами и впредь будут крепнуть.\n\n"
                "#НациональныеПраздники"
            )
            en = (
                f"{flag(iso)} Warmest congratulations to our friends in {c[1]} on {hol_en}!\n\n"
                "We wish you peace, well-being and further success in the development of your country. We are confident that the traditionally friendly relations between our states will continue to grow stronger.\n\n"
                "#NationalDays"
            )
        m.both(
            "template_national_day",
            ru,
            en,
            when,
            slots=(c[2], c[3], c[1], hol_ru, hol_en),
            p_ru=0.4,
            p_both=0.25,
        )


CLOSURES = {
    # embassy: (country "in", [(holiday RU instrumental, year, closed span, resume day)])
    "emb_kz": (
        "в Казахстане",
        [
            (
                "с празднованием Нового года и Рождества Христова",
                2024,
                "с 30 декабря 2023 года по 8 января 2024 года",
                "9 января",
            ),
            (
                "с празднованием Нового года и Рождества Христова",
                2025,
                "с 29 декабря 2024 года по 8 января 2025 года",
                "9 января",
            ),
            ("с Днём защитника Отечества", 2024, "23 февраля", "26 февраля"),
            ("с Днём защитника Отечества", 2025, "23 и 24 февраля", "25 февраля"),
            ("с Международным женским днём", 2024, "8 марта", "11 марта"),
            ("с Международным женским днём", 2025, "8 марта", "10 марта"),
            ("с празднованием Наурыза", 2024, "с 21 по 25 марта", "26 марта"),
            ("с празднованием Наурыза", 2025, "с 21 по 24 марта", "25 марта"),
            ("с Праздником Весны и Труда", 2024, "с 29 апреля по 1 мая", "2 мая"),
            ("с Праздником Весны и Труда", 2025, "с 1 по 4 мая", "5 мая"),
            ("с Днём Победы", 2024, "с 9 по 12 мая", "13 мая"),
            ("с Днём Победы", 2025, "с 8 по 11 мая", "12 мая"),
            ("с Днём России", 2024, "12 июня", "13 июня"),
            ("с Днём народного единства", 2024, "с 2 по 4 ноября", "5 ноября"),
            ("с Днём Республики Казахстан", 2024, "25 октября", "28 октября"),
            ("с празднованием Курбан-айта", 2024, "17 июня", "18 июня"),
        ],
    ),
    "emb_vn": (
        "во Вьетнаме",
        [
            (
                "с празднованием Нового года и Рождества Христова",
                2024,
                "с 30 декабря 2023 года по 8 января 2024 года",
                "9 января",
            ),
            (
                "с празднованием Нового года и Рождества Христова",
                2025,
                "с 29 декабря 2024 года по 8 января 2025 года",
                "9 января",
            ),
            (
                "с празднованием Нового года по лунному календарю (Тет)",
                2024,
                "с 8 по 14 февраля",
                "15 февраля",
            ),
            (
                "с празднованием Нового года по лунному календарю (Тет)",
                2025,
                "с 25 января по 2 февраля",
                "3 февраля",
            ),
            ("с Днём защитника Отечества", 2024, "23 февраля", "26 февраля"),
            ("с Международным женским днём", 2024, "8 марта", "11 марта"),
            ("с Международным женским днём", 2025, "8 марта", "10 марта"),
            ("с Днём поминовения королей Хунгов", 2024, "18 апреля", "19 апреля"),
            ("с Днём освобождения Юга и Праздником труда", 2024, "с 30 апреля по 1 мая", "2 мая"),
            ("с Днём освобождения Юга и Праздником труда", 2025, "с 30 апреля по 4 мая", "5 мая"),
            ("с Днём Победы", 2024, "с 9 по 12 мая", "13 мая"),
            ("с Днём Победы", 2025, "с 8 по 11 мая", "12 мая"),
            ("с Днём России", 2024, "12 июня", "13 июня"),
            (
                "с Днём независимости Социалистической Республики Вьетнам",
                2024,
                "2 и 3 сентября",
                "4 сентября",
            ),
        ],
    ),
}
CLOSURES_EN = [  # Kenya: (holiday, closed, resume, when)
    (
        "the New Year holidays",
        "from December 30, 2023 to January 8, 2024",
        "January 9",
        datetime(2023, 12, 27, 8, tzinfo=UTC),
    ),
    (
        "the New Year holidays",
        "from December 29, 2024 to January 8, 2025",
        "January 9",
        datetime(2024, 12, 26, 8, tzinfo=UTC),
    ),
    (
        "Defender of the Fatherland Day",
        "on February 23",
        "February 26",
        datetime(2024, 2, 21, 8, tzinfo=UTC),
    ),
    ("Madaraka Day", "on June 3", "June 4", datetime(2024, 5, 30, 7, tzinfo=UTC)),
    ("Russia Day", "on June 12", "June 13", datetime(2024, 6, 10, 7, tzinfo=UTC)),
    ("Mashujaa Day", "on October 21", "October 22", datetime(2024, 10, 17, 7, tzinfo=UTC)),
    ("Jamhuri Day", "on December 12", "December 13", datetime(2024, 12, 9, 7, tzinfo=UTC)),
    ("International Women's Day", "on March 8", "March 11", datetime(2024, 3, 6, 7, tzinfo=UTC)),
    ("International Women's Day", "on March 8", "March 10", datetime(2025, 3, 5, 7, tzinfo=UTC)),
    ("Victory Day", "from May 9 to May 12", "May 13", datetime(2024, 5, 6, 7, tzinfo=UTC)),
    ("Victory Day", "from May 8 to May 11", "May 12", datetime(2025, 5, 5, 7, tzinfo=UTC)),
]


def _resume_date(year: int, resume: str) -> datetime:
    day, mon = resume.split()
    return datetime(year, RU_MONTHS.index(mon) + 1, int(day), tzinfo=UTC)


def consular(m: Maker) -> None:
    rng = m.rng
    for emb, (prep, items) in CLOSURES.items():
        for hol, year, span, resume in items:
            when = _resume_date(year, resume) - timedelta(
                days=rng.randint(4, 7) + (10 if "декабря" in span else 3 if "по" in span else 0)
            )
            when = when.replace(hour=rng.randint(4, 9), minute=rng.randint(0, 59))
            text = (
                "❗️ Уважаемые соотечественники!\n\n"
                f"Информируем, что {span} в связи {hol} консульский отдел Посольства России {prep} работать не будет. Приём граждан возобновится в обычном режиме {resume}.\n\n"
                "В экстренных случаях, связанных с угрозой жизни и здоровью граждан России, просим обращаться по телефону дежурного дипломата, указанному на сайте Посольства.\n\n"
                "Благодарим за понимание!"
            )
            m.add(
                "template_consular_closure", "ru", emb, when, text, (span, hol, resume, str(year))
            )
    for hol, span, resume, when in CLOSURES_EN:
        text = (
            "📢 NOTICE\n\n"
            f"Please be informed that the Consular Section of the Embassy of the Russian Federation in the Republic of Kenya will be closed {span} in connection with {hol}. Consular services will resume as usual on {resume}.\n\n"
            "In emergencies involving a threat to the life or health of Russian citizens, please call the duty diplomat at the number listed on the Embassy's website.\n\n"
            "Thank you for your understanding."
        )
        m.add(
            "template_consular_closure",
            "en",
            "emb_ke",
            when.replace(minute=rng.randint(0, 59)),
            text,
            (span, hol, resume),
        )

    # unified e-visa opened to another country: batches published the same day
    for _b in range(4):
        d = m.day(datetime(2024, 1, 10, tzinfo=UTC), datetime(2025, 4, 20, tzinfo=UTC))
        eff = d + timedelta(days=rng.randint(10, 40))
        for c in rng.sample(COUNTRIES, rng.randint(2, 4)):
            ru = (
                f"🛂 С {ru_d(eff)} {eff.year} года граждане {c[3]} могут оформить единую электронную визу для въезда в Российскую Федерацию.\n\n"
                "Срок рассмотрения заявления — не более четырёх календарных дней. Электронная виза даёт право на однократный въезд и пребывание в России сроком до 16 дней в пределах 60 дней с даты её выдачи.\n\n"
                "Подать заявление можно на сайте electronic-visa.kdmid.ru или через мобильное приложение «Электронная виза в Россию»."
            )
            en = (
                f"🛂 From {en_d(eff)}, {eff.year}, citizens of {c[1]} can apply for a unified electronic visa to enter the Russian Federation.\n\n"
                "Applications are processed within four calendar days. The e-visa allows a single entry and a stay in Russia of up to 16 days within 60 days of its issue.\n\n"
                "Applications can be filed at electronic-visa.kdmid.ru or through the mobile app 'Electronic Visa to Russia'."
            )
            m.both(
                "template_visa",
                ru,
                en,
                d + timedelta(minutes=rng.randint(0, 240)),
                ru_ch=rng.choice(["consdep", "mid"]),
                slots=(c[3], c[1]),
                p_both=0.2,
            )

    # consular fee: one country, another amount months later; or another country
    for _g in range(6):
        c = rng.choice(COUNTRIES)
        amounts = rng.sample([30, 35, 40, 45, 50, 55, 60, 70, 80], 2)
        same_date = rng.random() < 0.5
        eff0 = m.day(datetime(2024, 1, 15, tzinfo=UTC), datetime(2025, 3, 1, tzinfo=UTC))
        for j, n in enumerate(amounts):
            eff = eff0 if same_date else eff0 + timedelta(days=90 * j)
            ru = (
                f"💳 Информируем, что с {ru_d(eff)} {eff.year} года консульский сбор за оформление однократной обыкновенной визы для граждан {c[3]} составит {n} долларов США. "
                f"За оформление визы в срочном порядке (до трёх рабочих дней) взимается сбор в размере {2 * n} долларов США.\n\n"
                "Оплата производится в национальной валюте по курсу, ежемесячно устанавливаемому консульским учреждением. Квитанцию об оплате необходимо предъявить при подаче документов."
            )
            m.add(
                "template_visa",
                "ru",
                "consdep",
                eff - timedelta(days=rng.randint(5, 20), hours=rng.randint(0, 5)),
                ru,
                (str(n), str(2 * n), c[3]),
            )


def briefings(m: Maker) -> None:
    rng = m.rng
    d = datetime(2023, 12, 4, tzinfo=UTC)
    dates = []
    while d < END - timedelta(days=6):
        dates.append(d + timedelta(days=2))  # Wednesdays
        d += timedelta(days=7)
    for bd in rng.sample(dates, 32):
        hh = rng.choice([11, 12, 12, 15])
        acc = bd - timedelta(days=1)
        ru = (
            f"🗓 {ru_d(bd)} в {hh}:00 в пресс-центре МИД России (Смоленская-Сенная площадь, д. 32/34) состоится брифинг официального представителя МИД России М.В.Захаровой по актуальным вопросам внешней политики.\n\n"
            f"Аккредитация представителей СМИ осуществляется по электронной почте до 17:00 {ru_d(acc)} (время московское). При себе необходимо иметь паспорт и редакционное удостоверение.\n\n"
            "Прямая трансляция — на сайте МИД России, в аккаунтах Министерства в социальных сетях и в Telegram-канале."
        )
        en = (
            f"🗓 On {en_d(bd)} at {hh}:00, Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on current foreign policy issues at the Ministry's press centre (32/34 Smolenskaya-Sennaya Square).\n\n"
            f"Media accreditation is open by email until 17:00 Moscow time on {en_d(acc)}. Please bring your passport and press card.\n\n"
            "The briefing will be streamed live on the Ministry's website, social media accounts and Telegram channel."
        )
        when = (bd - timedelta(days=rng.randint(2, 4))).replace(
            hour=rng.randint(8, 15), minute=rng.randint(0, 59)
        )
        m.both(
            "template_briefing",
            ru,
            en,
            when,
            slots=(ru_d(bd), ru_d(acc), en_d(bd), en_d(acc), f"{hh}:00"),
            p_ru=0.4,
            p_both=0.2,
        )
        if rng.random() < 0.2:  # the briefing is moved or cancelled: another statement
            if rng.random() < 0.5:
                new = bd + timedelta(days=1)
                t = f"❗️ Брифинг официального представителя МИД России М.В.Захаровой, запланированный на {ru_d(bd)}, переносится на {ru_d(new)}. Время начала — {hh}:00. Ранее выданная аккредитация действительна."
                m.add(
                    "template_briefing",
                    "ru",
                    "mid",
                    when + timedelta(days=1, hours=2),
                    t,
                    (ru_d(bd), ru_d(new)),
                )
            else:
                t = f"❗️ Брифинг официального представителя МИД России М.В.Захаровой {ru_d(bd)} не состоится. О дате следующего брифинга будет сообщено дополнительно."
                m.add("negation", "ru", "mid", when + timedelta(days=1, hours=2), t, (ru_d(bd),))


TOPICS = [
    ("ситуации на Ближнем Востоке", "the situation in the Middle East"),
    ("перспективам украинского урегулирования", "prospects for a Ukrainian settlement"),
    ("подготовке к саммиту БРИКС", "preparations for the BRICS summit"),
    (
        "ситуации вокруг иранской ядерной программы",
        "the situation around the Iranian nuclear programme",
    ),
    ("проблематике продовольственной безопасности", "food security issues"),
    ("положению дел в Афганистане", "the situation in Afghanistan"),
    ("ситуации на Южном Кавказе", "the situation in the South Caucasus"),
    ("вопросам энергетической безопасности", "energy security issues"),
    ("обстановке в Сахаро-Сахельском регионе", "the situation in the Sahara-Sahel region"),
    ("ситуации в зоне Персидского залива", "the situation in the Persian Gulf area"),
    ("подготовке к заседанию СМИД ШОС", "preparations for the SCO Council of Foreign Ministers"),
    ("реформе Совета Безопасности ООН", "reform of the UN Security Council"),
    ("ситуации на Корейском полуострове", "the situation on the Korean Peninsula"),
    ("положению в Судане", "the situation in Sudan"),
]
DEPUTIES = [
    ("С.А.Рябков", "Sergey Ryabkov"),
    ("М.Ю.Галузин", "Mikhail Galuzin"),
    ("А.Ю.Руденко", "Andrey Rudenko"),
    ("С.В.Вершинин", "Sergey Vershinin"),
    ("А.В.Грушко", "Alexander Grushko"),
    ("Е.В.Соколов", "Evgeny Sokolov"),
    ("И.Н.Котов", "Igor Kotov"),
]
FOCUS = [
    ("развитии торгово-экономического сотрудничества", "developing trade and economic cooperation"),
    ("реализации совместных проектов в энергетической сфере", "implementing joint energy projects"),
    (
        "расширении гуманитарных и образовательных обменов",
        "expanding humanitarian and educational exchanges",
    ),
    ("укреплении взаимодействия в сфере безопасности", "strengthening security cooperation"),
    ("развитии транспортной связности", "developing transport connectivity"),
    (
        "подготовке очередного заседания межправительственной комиссии",
        "preparing the next meeting of the intergovernmental commission",
    ),
]


def readouts(m: Maker) -> None:
    rng = m.rng
    # phone calls: one topic, another country; or one country, another topic
    for _g in range(13):
        when0 = m.day(hi=END - timedelta(days=200))
        if rng.random() < 0.6:
            topic = rng.choice(TOPICS)
            pairs = [(c, topic) for c in rng.sample(COUNTRIES, rng.randint(2, 4))]
        else:
            c = rng.choice(COUNTRIES)
            pairs = [(c, t) for t in rng.sample(TOPICS, rng.randint(2, 3))]
        for j, (c, (t_ru, t_en)) in enumerate(pairs):
            ru = (
                f"📞 Состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел {c[3]}.\n\n"
                f"Обсуждены актуальные вопросы двусторонней повестки дня, включая график предстоящих контактов на высоком и высшем уровнях. Министры также обменялись мнениями по {t_ru}.\n\n"
                "Стороны подтвердили настрой на дальнейшее углубление всестороннего сотрудничества и договорились поддерживать тесную координацию на международных площадках, прежде всего в ООН."
            )
            en = (
                f"📞 Foreign Minister Sergey Lavrov held a telephone conversation with the Minister of Foreign Affairs of {c[1]}.\n\n"
                f"The ministers discussed current issues on the bilateral agenda, including the schedule of upcoming high- and top-level contacts. They also exchanged views on {t_en}.\n\n"
                "The parties reaffirmed their commitment to further deepening comprehensive cooperation and agreed to maintain close coordination at international venues, primarily at the UN."
            )
            gap = (
                timedelta(hours=rng.randint(2, 7))
                if rng.random() < 0.4
                else timedelta(days=rng.randint(3, 60))
            )
            m.both(
                "template_readout",
                ru,
                en,
                when0 + gap * j,
                slots=(c[3], c[1], t_ru, t_en),
                p_ru=0.4,
                p_both=0.2,
            )
    # a deputy minister receives ambassadors: same day, another country; or another deputy
    for _g in range(11):
        when0 = m.day(hi=END - timedelta(days=130))
        dep = rng.choice(DEPUTIES)
        focus = rng.choice(FOCUS)
        if rng.random() < 0.65:
            items = [(dep, c) for c in rng.sample(COUNTRIES, rng.randint(2, 3))]
        else:
            c = rng.choice(COUNTRIES)
            items = [(d, c) for d in rng.sample(DEPUTIES, 2)]
        for j, ((d_ru, d_en), c) in enumerate(items):
            when = when0 + timedelta(hours=2 * j, minutes=rng.randint(0, 50))
            if j and items[0][0] != items[1][0]:
                when = when0 + timedelta(days=rng.randint(20, 120))
            ru = (
                f"🤝 {ru_d(when)} заместитель Министра иностранных дел Российской Федерации {d_ru} принял Посла {c[3]} в Москве.\n\n"
                f"В ходе беседы обсуждены актуальные вопросы двусторонних отношений с акцентом на {focus[0]}. Затронута также тематика подготовки к предстоящим мероприятиям в многостороннем формате.\n\n"
                "Беседа прошла в конструктивном и дружественном ключе."
            )
            en = (
                f"🤝 On {en_d(when)}, Deputy Foreign Minister {d_en} met with the Ambassador of {c[1]} to Russia.\n\n"
                f"The sides discussed current bilateral issues, focusing on {focus[1]}. They also touched upon preparations for upcoming multilateral events.\n\n"
                "The conversation was constructive and friendly."
            )
            m.both(
                "template_readout",
                ru,
                en,
                when,
                slots=(d_ru, d_en, c[3], c[1], ru_d(when), en_d(when)),
                p_ru=0.4,
                p_both=0.15,
            )


SANCTION_CATS = [
    ("парламентариев", "members of parliament"),
    ("журналистов", "journalists"),
    ("представителей военно-промышленного комплекса", "representatives of the defence industry"),
    ("сотрудников силовых ведомств", "law enforcement officials"),
    ("общественных деятелей", "public figures"),
    ("представителей академических кругов", "members of the academic community"),
]
STOP_NAMES = [
    "Дж.Фэрроу, депутат парламента",
    "Э.Линдквист, обозреватель газеты",
    "М.Ковальчик, советник министра обороны",
    "Т.Хэммонд, директор аналитического центра",
    "Р.Ваткинс, генерал в отставке",
    "К.Эрикссон, член городского совета",
    "П.Доусон, главный редактор телеканала",
    "А.Новак, руководитель неправительственной организации",
    "Л.Бергманн, профессор университета",
    "С.О'Нил, заместитель министра иностранных дел",
    "Х.Таннер, председатель оборонного комитета",
    "Й.Вирта, военный эксперт",
    "Г.Сандерс, член наблюдательного совета",
    "Н.Йенсен, корреспондент информагентства",
]


def sanctions(m: Maker) -> None:
    rng = m.rng
    for _g in range(8):
        h = rng.choice(HOSTILE)
        cat = rng.choice(SANCTION_CATS)
        mode = rng.choice(["number", "number", "country", "category"])
        n0 = rng.randint(11, 95)
        when0 = m.day(hi=END - timedelta(days=150))
        if mode == "number":
            items = [(h, cat, n) for n in rng.sample(range(11, 96), rng.randint(2, 3))]
        elif mode == "country":
            items = [(hh, cat, n0) for hh in rng.sample(HOSTILE, rng.randint(2, 3))]
        else:
            items = [(h, cc, n0) for cc in rng.sample(SANCTION_CATS, 2)]
        for j, ((h_ru, h_en), (c_ru, c_en), n) in enumerate(items):
            ru = (
                "🔻 Заявление МИД России об ответных мерах\n\n"
                f"В ответ на продолжающееся введение властями {h_ru} односторонних ограничительных мер против российских граждан и организаций принято решение закрыть въезд в Российскую Федерацию для {n} граждан {h_ru} из числа {c_ru}.\n\n"
                "Российская сторона и впредь будет решительно и соразмерно реагировать на любые недружественные шаги. Ответственность за деградацию двусторонних отношений целиком лежит на официальных властях этой страны.\n\n"
                "Список лиц, которым запрещён въезд, размещён на официальном сайте МИД России."
            )
            en = (
                "🔻 Statement by the Russian Foreign Ministry on retaliatory measures\n\n"
                f"In response to the continued imposition by the authorities of {h_en} of unilateral restrictive measures against Russian citizens and organisations, a decision has been made to close entry into the Russian Federation for {n} citizens of {h_en} from among {c_en}.\n\n"
                "The Russian side will continue to respond firmly and proportionately to any unfriendly steps. Responsibility for the deterioration of bilateral relations lies entirely with the authorities of that country.\n\n"
                "The list of individuals banned from entry is posted on the official website of the Russian Foreign Ministry."
            )
            when = when0 + timedelta(days=rng.randint(25, 70) * j, hours=rng.randint(0, 3))
            m.both(
                "template_sanctions",
                ru,
                en,
                when,
                slots=(h_ru, h_en, c_ru, c_en, str(n)),
                p_ru=0.5,
                p_both=0.2,
            )
    # stop-lists differing in one name
    for _g in range(4):
        base = rng.sample(STOP_NAMES, 4)
        spare = [x for x in STOP_NAMES if x not in base]
        lists = [base]
        for _k in range(rng.randint(1, 2)):
            other = list(base)
            other[rng.randrange(4)] = spare.pop(rng.randrange(len(spare)))
            lists.append(other)
        when0 = m.day(hi=END - timedelta(days=120))
        for j, names in enumerate(lists):
            ru = (
                "📋 В «стоп-лист» МИД России дополнительно внесены:\n\n"
                + "\n".join(f"• {x};" for x in names[:-1])
                + f"\n• {names[-1]}.\n\n"
                "Указанным лицам запрещён въезд в Российскую Федерацию в связи с их причастностью к враждебной антироссийской деятельности."
            )
            diff = [x.split(",")[0] for x in names if x not in lists[0]] or [
                x.split(",")[0] for x in names if x not in lists[-1]
            ]
            m.add(
                "template_sanctions",
                "ru",
                "mid",
                when0 + timedelta(days=rng.randint(14, 50) * j),
                ru,
                tuple(diff),
            )


FIG_EVENTS = 5


def figures(m: Maker) -> None:
    rng = m.rng
    # death toll updates the same day or the next: another number
    for _e in range(FIG_EVENTS):
        c = rng.choice(COUNTRIES)
        dis_ru, dis_en = rng.choice(DISASTERS)
        injured = rng.randint(40, 400)
        when = m.day()
        n = rng.randint(5, 30)
        en_story = rng.random() < 0.55
        variant = rng.randint(0, 1)
        for _u in range(rng.randint(3, 4)):
            n += rng.randint(3, 40)
            if en_story:
                text = (
                    f"The death toll from the {dis_en} in {c[1]} has risen to {n}, local authorities said. "
                    f"More than {injured} people were injured, and search and rescue operations are continuing."
                )
                m.add(
                    "template_figure",
                    "en",
                    rng.choice(["reuters", "xinhua"]),
                    when,
                    text,
                    (str(n),),
                )
            else:
                if variant == 0:
                    text = (
                        f"⚡️ Число погибших в результате {dis_ru} {c[4]} возросло до {n}, сообщили местные власти. "
                        f"Более {injured} человек получили ранения, поисково-спасательная операция продолжается."
                    )
                else:
                    text = (
                        f"Жертвами {dis_ru} {c[4]} стали уже {n} {people(n)}, передают местные СМИ со ссылкой на службу по чрезвычайным ситуациям. "
                        f"Ещё {injured} {people(injured)} числятся пропавшими без вести."
                    )
                m.add(
                    "template_figure",
                    "ru",
                    rng.choice(["tass", "ria", "ifx"]),
                    when,
                    text,
                    (str(n),),
                )
            when += timedelta(hours=rng.randint(2, 9), minutes=rng.randint(0, 59))
    # humanitarian cargo: same country another tonnage, or another country same tonnage
    for _g in range(6):
        when0 = m.day(hi=END - timedelta(days=40))
        if rng.random() < 0.5:
            c = rng.choice(COUNTRIES)
            items = [(c, t) for t in rng.sample([18, 24, 27, 32, 35, 36, 40, 42, 45, 48], 2)]
        else:
            t = rng.choice([20, 25, 30, 38, 44])
            items = [(c, t) for c in rng.sample(COUNTRIES, 2)]
        for j, (c, t) in enumerate(items):
            ru = (
                f"✈️ Самолёт МЧС России доставил {t} тонн гуманитарной помощи {c[4]}.\n\n"
                "В составе груза — продукты питания, медикаменты, палатки и электрогенераторы. Помощь будет передана местным властям для распределения среди пострадавшего населения.\n\n"
                "Отправка гуманитарного груза осуществлена по поручению Президента Российской Федерации."
            )
            en = (
                f"✈️ An EMERCOM aircraft has delivered {t} tonnes of Russian humanitarian aid to {c[1]}.\n\n"
                "The cargo includes food, medicines, tents and power generators. It will be handed over to the local authorities for distribution among the affected population.\n\n"
                "The humanitarian shipment was sent on the instructions of the President of the Russian Federation."
            )
            m.both(
                "template_figure",
                ru,
                en,
                when0 + timedelta(days=rng.randint(6, 30) * j),
                slots=(str(t), c[4], c[1]),
                p_ru=0.4,
                p_both=0.15,
            )
    # oil price crossing one level after another, hours apart
    for _g in range(4):
        when = m.day()
        level = rng.randint(68, 88)
        since = when - timedelta(days=rng.randint(40, 200))
        ru_story = rng.random() < 0.45
        for _k in range(rng.randint(2, 3)):
            if ru_story:
                text = f"Стоимость фьючерса на нефть марки Brent на бирже ICE превысила ${level} за баррель впервые с {ru_d(since)}."
                m.add(
                    "template_figure",
                    "ru",
                    rng.choice(["ifx", "feed_ifx", "tass"]),
                    when,
                    text,
                    (str(level),),
                    short=True,
                )
            else:
                text = f"Brent crude futures on ICE rose above ${level} a barrel for the first time since {en_d(since)}."
                m.add("template_figure", "en", "reuters", when, text, (str(level),), short=True)
            level += 1
            when += timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
    # evacuations: another number of citizens or of children
    for _g in range(5):
        c = rng.choice(COUNTRIES)
        when0 = m.day(hi=END - timedelta(days=30))
        base_n = rng.choice([104, 116, 128, 135, 147, 152, 168, 176, 183])
        kids = rng.choice([12, 17, 23, 26, 34, 38, 45])
        if rng.random() < 0.5:
            items = [(base_n, kids), (base_n + rng.choice([6, 8, 12, 14]), kids)]
        else:
            items = [(base_n, kids), (base_n, kids + rng.choice([3, 5, 6]))]
        for j, (n, k) in enumerate(items):
            ru = (
                f"✈️ В Москву прибыл спецборт МЧС России с {n} гражданами России, эвакуированными из {c[3]} в связи с обострением обстановки. Среди них — {k} детей.\n\n"
                "Эвакуация осуществлена при содействии Посольства России и местных властей. Всем прибывшим оказана необходимая помощь."
            )
            en = (
                f"✈️ An EMERCOM special flight has landed in Moscow with {n} Russian citizens evacuated from {c[1]} amid the escalation, including {k} children.\n\n"
                "The evacuation was carried out with the assistance of the Russian Embassy and the local authorities. All arrivals have received the necessary assistance."
            )
            m.both(
                "template_figure",
                ru,
                en,
                when0 + timedelta(days=rng.randint(2, 9) * j, hours=rng.randint(0, 6)),
                slots=(str(n), str(k)),
                p_ru=0.4,
                p_both=0.1,
            )


ELECTION_TYPES = [
    ("президентских", "presidential"),
    ("парламентских", "parliamentary"),
    ("всеобщих", "general"),
    ("муниципальных", "municipal"),
]


def elections(m: Maker) -> None:
    rng = m.rng
    for _g in range(9):
        et = rng.choice(ELECTION_TYPES)
        if rng.random() < 0.7:
            items = [(c, et) for c in rng.sample(COUNTRIES, rng.randint(2, 3))]
        else:
            c = rng.choice(COUNTRIES)
            items = [(c, t) for t in rng.sample(ELECTION_TYPES, 2)]
        when0 = m.day(hi=END - timedelta(days=200))
        for j, (c, (t_ru, t_en)) in enumerate(items):
            when = when0 + timedelta(days=rng.randint(10, 80) * j, hours=rng.randint(0, 4))
            vote = when + timedelta(days=rng.randint(5, 14))
            ru = (
                f"🗳 По приглашению Центральной избирательной комиссии {c[3]} группа российских наблюдателей примет участие в международном мониторинге {t_ru} выборов, которые состоятся {ru_d(vote)}.\n\n"
                f"В состав делегации вошли представители Федерального Собрания, ЦИК России и экспертного сообщества. Наблюдатели посетят избирательные участки {c[6]} и в регионах страны.\n\n"
                "Исходим из того, что выборы станут важным этапом демократического развития дружественного государства."
            )
            en = (
                f"🗳 At the invitation of the Central Election Commission of {c[1]}, a group of Russian observers will take part in the international monitoring of the {t_en} elections on {en_d(vote)}.\n\n"
                f"The delegation includes members of the Federal Assembly, Russia's Central Election Commission and the expert community. The observers will visit polling stations in {c[5]} and in the country's regions.\n\n"
                "We proceed from the premise that the elections will be an important milestone in the democratic development of a friendly state."
            )
            made = m.both(
                "template_election",
                ru,
                en,
                when,
                slots=(c[3], c[6], c[1], c[5], t_ru, t_en, ru_d(vote), en_d(vote)),
                p_ru=0.4,
                p_both=0.15,
            )
            if rng.random() < 0.45 and made:
                after = vote + timedelta(days=1, hours=rng.randint(0, 6))
                neg = rng.random() < 0.5
                ru2 = (
                    f"🗳 Российские наблюдатели завершили работу на {t_ru} выборах {c[4]}.\n\n"
                    "По оценке делегации, голосование прошло организованно, в спокойной обстановке, при высокой явке избирателей. "
                    + (
                        "Члены делегации не зафиксировали нарушений, способных повлиять на итоги волеизъявления."
                        if neg
                        else "Члены делегации зафиксировали нарушения, способные повлиять на итоги волеизъявления."
                    )
                    + "\n\nПодробный доклад будет представлен в ЦИК России."
                )
                m.add("template_election", "ru", "mid", after, ru2, (c[4], "не"))


AGENDA = [
    (
        "участие в заседании Совета министров иностранных дел СНГ",
        "participation in the meeting of the CIS Council of Foreign Ministers",
    ),
    (
        "выступление на пленарной сессии форума «Примаковские чтения»",
        "remarks at the plenary session of the Primakov Readings forum",
    ),
    ("встреча со студентами и преподавателями МГИМО", "meeting with MGIMO students and faculty"),
    ("интервью ведущим российским СМИ", "interview with leading Russian media"),
    (
        "участие в заседании Совета Безопасности Российской Федерации",
        "participation in a meeting of the Security Council of the Russian Federation",
    ),
    ("встреча с руководителями российских НКО", "meeting with heads of Russian NGOs"),
    (
        "выступление в Совете Федерации в рамках «правительственного часа»",
        "address to the Federation Council's Government Hour",
    ),
    (
        "участие в заседании Коллегии МИД России",
        "participation in a meeting of the Foreign Ministry Board",
    ),
    ("переговоры с Генеральным секретарём ШОС", "talks with the SCO Secretary-General"),
    ("встреча с Генеральным секретарём ОДКБ", "meeting with the CSTO Secretary-General"),
]


def agendas(m: Maker) -> None:
    rng = m.rng
    monday = datetime(2023, 12, 4, tzinfo=UTC)
    mondays = []
    while monday < END - timedelta(days=8):
        mondays.append(monday)
        monday += timedelta(days=7)
    for wk in sorted(rng.sample(mondays, 22)):
        fri = wk + timedelta(days=4)
        items = []
        for _i in range(4):
            if rng.random() < 0.45:
                c = rng.choice(COUNTRIES)
                items.append(
                    (
                        f"переговоры с Министром иностранных дел {c[3]}",
                        f"talks with the Minister of Foreign Affairs of {c[1]}",
                    )
                )
            else:
                items.append(rng.choice(AGENDA))
        span_ru = f"{wk.day}–{ru_d(fri)}" if wk.month == fri.month else f"{ru_d(wk)} – {ru_d(fri)}"
        span_en = f"{en_d(wk)}–{fri.day}" if wk.month == fri.month else f"{en_d(wk)} – {en_d(fri)}"
        lang = "ru" if rng.random() < 0.5 else "en"
        versions = [items]
        if rng.random() < 0.35:  # an updated agenda the next day: one item differs
            other = list(items)
            k = rng.randrange(4)
            c = rng.choice(COUNTRIES)
            other[k] = (
                f"переговоры с Министром иностранных дел {c[3]}",
                f"talks with the Minister of Foreign Affairs of {c[1]}",
            )
            versions.append(other)
        when = (wk - timedelta(days=1)).replace(hour=rng.randint(12, 17), minute=rng.randint(0, 59))
        for j, its in enumerate(versions):
            if lang == "ru":
                text = (
                    f"📅 Анонс основных мероприятий Министра иностранных дел России С.В.Лаврова на неделе {span_ru}:\n\n"
                    + "\n".join(f"🔹 {RU_WEEKDAYS[i]} — {its[i][0]};" for i in range(4))
                    + "\n\nСледите за обновлениями в нашем канале."
                )
                ch = "mid"
            else:
                text = (
                    f"📅 Foreign Minister Sergey Lavrov's main events for the week of {span_en}:\n\n"
                    + "\n".join(f"🔹 {EN_WEEKDAYS[i]}: {its[i][1]};" for i in range(4))
                    + "\n\nStay tuned for updates on our channel."
                )
                ch = "mfa"
            diff = [x[0] for x in its if x not in versions[0]] + [
                x[1] for x in its if x not in versions[0]
            ]
            m.add(
                "template_agenda",
                lang,
                ch,
                when + timedelta(hours=20 * j),
                text,
                (span_ru, span_en, *diff),
            )


def statements(m: Maker) -> None:
    rng = m.rng
    # terrorist attack in another city
    for c in rng.sample(COUNTRIES, 9):
        when = m.day()
        ru = (
            f"Заявление МИД России в связи с террористическим актом {c[6]}\n\n"
            f"Решительно осуждаем бесчеловечный террористический акт, совершённый {ru_d(when)} {c[6]}, жертвами которого стали мирные граждане.\n\n"
            "Передаём слова искреннего сочувствия и поддержки семьям погибших, желаем скорейшего выздоровления раненым.\n\n"
            f"Убеждены, что организаторы и исполнители этого преступления понесут заслуженное наказание. Подтверждаем готовность к дальнейшему тесному взаимодействию с партнёрами из {c[3]} в борьбе с международным терроризмом во всех его формах и проявлениях."
        )
        en = (
            f"Statement by the Russian Foreign Ministry on the terrorist attack in {c[5]}\n\n"
            f"We strongly condemn the inhumane terrorist attack committed in {c[5]} on {en_d(when)}, which claimed the lives of civilians.\n\n"
            "We convey our sincere sympathy and support to the families of the victims and wish a speedy recovery to the wounded.\n\n"
            f"We are convinced that the organisers and perpetrators of this crime will be duly punished. We reaffirm our readiness for continued close cooperation with our partners from {c[1]} in countering international terrorism in all its forms and manifestations."
        )
        m.both(
            "template_statement",
            ru,
            en,
            when + timedelta(hours=3),
            slots=(c[6], c[3], c[5], c[1], ru_d(when), en_d(when)),
            p_both=0.2,
        )
    # expulsions: another country or another number
    for _g in range(5):
        h = rng.choice(HOSTILE)
        if rng.random() < 0.5:
            items = [(h, n) for n in rng.sample([2, 3, 4, 5, 6, 8, 9], 2)]
        else:
            n = rng.choice([2, 3, 4, 5])
            items = [(hh, n) for hh in rng.sample(HOSTILE, 2)]
        when0 = m.day(hi=END - timedelta(days=120))
        for j, ((h_ru, h_en), n) in enumerate(items):
            word = "сотрудника" if n in (2, 3, 4) else "сотрудников"
            ru = (
                f"Заявление МИД России в связи с высылкой российских дипломатов из {h_ru}\n\n"
                f"В МИД России был вызван посол {h_ru}. Ему заявлен решительный протест в связи с ничем не обоснованным решением властей страны объявить «персонами нон грата» {n} {word} российского посольства.\n\n"
                f"В качестве ответной меры {n} {word} посольства {h_ru} в Москве объявлены «персонами нон грата» и должны покинуть территорию России в течение двух недель.\n\n"
                "Подчеркнули, что любые недружественные действия не останутся без ответа."
            )
            en = (
                f"Statement by the Russian Foreign Ministry on the expulsion of Russian diplomats from {h_en}\n\n"
                f"The Ambassador of {h_en} was summoned to the Russian Foreign Ministry and handed a strong protest over the authorities' groundless decision to declare {n} members of the Russian Embassy staff persona non grata.\n\n"
                f"In response, {n} members of the staff of the Embassy of {h_en} in Moscow have been declared persona non grata and must leave Russia within two weeks.\n\n"
                "It was stressed that no unfriendly action will go unanswered."
            )
            m.both(
                "template_statement",
                ru,
                en,
                when0 + timedelta(days=rng.randint(30, 100) * j),
                slots=(h_ru, h_en, str(n)),
                p_both=0.15,
            )
    # EU sanctions extended: another date
    ext = [
        (datetime(2024, 1, 29, 15, tzinfo=UTC), datetime(2024, 7, 31, tzinfo=UTC)),
        (datetime(2024, 7, 23, 14, tzinfo=UTC), datetime(2025, 1, 31, tzinfo=UTC)),
        (datetime(2025, 1, 28, 16, tzinfo=UTC), datetime(2025, 7, 31, tzinfo=UTC)),
    ]
    for when, until in ext:
        ru = (
            "Комментарий МИД России в связи с продлением Евросоюзом ограничительных мер\n\n"
            f"Принимаем к сведению очередное решение Совета ЕС о продлении до {ru_d(until)} {until.year} года так называемых «секторальных» санкций против России.\n\n"
            "Очевидно, что политика давления не достигает заявленных целей, а её издержки ложатся прежде всего на граждан самих европейских стран. Российская экономика успешно адаптировалась к новым условиям.\n\n"
            "Оставляем за собой право на ответные шаги."
        )
        m.add("template_statement", "ru", "mid", when, ru, (f"{ru_d(until)} {until.year}",))
    # anniversaries: another number
    for when, nth_ru, nth_en in [
        (datetime(2024, 3, 24, 8, tzinfo=UTC), "25-й", "25th"),
        (datetime(2025, 3, 24, 8, tzinfo=UTC), "26-й", "26th"),
    ]:
        ru = (
            f"Заявление МИД России в связи с {nth_ru} годовщиной начала агрессии НАТО против Союзной Республики Югославии\n\n"
            "В этот день мы вспоминаем мирных граждан, погибших под бомбами альянса. Операция, проведённая в обход Совета Безопасности ООН, стала грубейшим нарушением норм международного права.\n\n"
            "Россия неизменно поддерживает братский сербский народ и выступает за справедливое урегулирование на основе резолюции 1244 СБ ООН."
        )
        en = (
            f"Statement by the Russian Foreign Ministry on the {nth_en} anniversary of NATO's aggression against the Federal Republic of Yugoslavia\n\n"
            "On this day we remember the civilians who died under the Alliance's bombs. The operation, conducted in circumvention of the UN Security Council, was a gross violation of international law.\n\n"
            "Russia invariably supports the fraternal Serbian people and stands for a just settlement based on UN Security Council Resolution 1244."
        )
        m.add("greeting_year", "ru", "mid", when, ru, (nth_ru,))
        m.add("greeting_year", "en", "mfa", when + timedelta(minutes=50), en, (nth_en,))


NEG_PAIRS = [
    # (RU affirmative, RU negated, EN affirmative, EN negated) with {gen}/{prep}/{en}
    (
        "МИД России подтверждает информацию о задержании гражданина Российской Федерации {prep}. Посольство поддерживает контакт с местными властями и добивается консульского доступа.",
        "МИД России не подтверждает информацию о задержании гражданина Российской Федерации {prep}. Посольство поддерживает контакт с местными властями и продолжает выяснять обстоятельства.",
        "The Russian Foreign Ministry confirms reports that a Russian citizen has been detained in {en}. The Embassy is in contact with the local authorities and is seeking consular access.",
        "The Russian Foreign Ministry does not confirm reports that a Russian citizen has been detained in {en}. The Embassy is in contact with the local authorities and continues to clarify the circumstances.",
    ),
    (
        "Российская делегация примет участие в международной конференции по вопросам продовольственной безопасности, которая пройдёт {capprep} на следующей неделе.",
        "Российская делегация не примет участия в международной конференции по вопросам продовольственной безопасности, которая пройдёт {capprep} на следующей неделе.",
        "A Russian delegation will take part in the international conference on food security to be held in {cap} next week.",
        "A Russian delegation will not take part in the international conference on food security to be held in {cap} next week.",
    ),
    (
        "Прямое авиасообщение между Россией и {ins} будет возобновлено с начала летнего расписания. Соответствующие договорённости достигнуты по итогам консультаций авиационных властей.",
        "Прямое авиасообщение между Россией и {ins} не будет возобновлено с начала летнего расписания. Консультации авиационных властей продолжатся.",
        "Direct flights between Russia and {en} will resume with the start of the summer schedule, following consultations between the aviation authorities.",
        "Direct flights between Russia and {en} will not resume with the start of the summer schedule; consultations between the aviation authorities will continue.",
    ),
    (
        "Информация о гибели граждан России в результате обрушения здания {prep} подтвердилась. Посольство оказывает содействие родственникам погибших.",
        "Информация о гибели граждан России в результате обрушения здания {prep} не подтвердилась. Посольство продолжает мониторинг ситуации.",
        "Reports that Russian citizens were killed in the building collapse in {en} have been confirmed. The Embassy is assisting the victims' relatives.",
        "Reports that Russian citizens were killed in the building collapse in {en} have not been confirmed. The Embassy continues to monitor the situation.",
    ),
    (
        "Посольство России {prep} рекомендует гражданам России воздержаться от поездок в страну до стабилизации обстановки.",
        "Посольство России {prep} больше не рекомендует гражданам России воздерживаться от поездок в страну: обстановка стабилизировалась.",
        "The Russian Embassy in {en} advises Russian citizens to refrain from travelling to the country until the situation stabilises.",
        "The Russian Embassy in {en} no longer advises Russian citizens to refrain from travelling to the country, as the situation has stabilised.",
    ),
    (
        "Россия поддержит заявку {gen} на вступление в БРИКС в качестве государства-партнёра. Соответствующая позиция доведена до сведения партнёров по объединению.",
        "Россия пока не поддержит заявку {gen} на вступление в БРИКС в качестве государства-партнёра. Соответствующая позиция доведена до сведения партнёров по объединению.",
        "Russia will support the application of {en} to join BRICS as a partner country. This position has been communicated to the other members of the association.",
        "Russia will not yet support the application of {en} to join BRICS as a partner country. This position has been communicated to the other members of the association.",
    ),
]
# instrumental forms for the flights pair
INSTR = {
    "TR": "Турцией",
    "EG": "Египтом",
    "IN": "Индией",
    "VN": "Вьетнамом",
    "TH": "Таиландом",
    "IR": "Ираном",
    "QA": "Катаром",
    "OM": "Оманом",
    "MN": "Монголией",
    "LK": "Шри-Ланкой",
    "ID": "Индонезией",
    "CU": "Кубой",
}


def negations(m: Maker) -> None:
    rng = m.rng
    for pi, (ra, rn, ea, en_) in enumerate(NEG_PAIRS):
        for _k in range(2):
            iso = rng.choice(list(INSTR)) if pi == 2 else rng.choice(COUNTRIES)[0]
            c = BY_ISO[iso]
            f = dict(gen=c[3], prep=c[4], en=c[1], capprep=c[6], cap=c[5], ins=INSTR.get(iso, ""))
            when = m.day(hi=END - timedelta(days=40))
            lang = "ru" if rng.random() < 0.4 else "en"
            a, n = (ra, rn) if lang == "ru" else (ea, en_)
            ch = (
                rng.choice(["mid", "tass", "ria"])
                if lang == "ru"
                else rng.choice(["mfa", "reuters"])
            )
            first_neg = rng.random() < 0.5
            texts = [n.format(**f), a.format(**f)] if first_neg else [a.format(**f), n.format(**f)]
            gap = (
                timedelta(hours=rng.randint(3, 48))
                if rng.random() < 0.5
                else timedelta(days=rng.randint(10, 40))
            )
            for j, t in enumerate(texts):
                m.add("negation", lang, ch, when + gap * j, t, (c[3], c[4], c[1], "не", "not"))


GREETINGS = [
    # (date of year 1, date of year 2, RU template, EN template, year values)
    (
        datetime(2023, 12, 31, 15, tzinfo=UTC),
        datetime(2024, 12, 31, 15, tzinfo=UTC),
        "🎄 Дорогие друзья!\n\nСердечно поздравляем вас с Новым {y} годом и Рождеством! Пусть наступающий год принесёт мир, добро и благополучие в каждый дом.\n\nБлагодарим наших подписчиков за интерес к внешней политике России. До встречи в {y} году!",
        "🎄 Dear friends,\n\nWe wish you a Happy New Year {y} and Merry Christmas! May the coming year bring peace, kindness and prosperity to every home.\n\nThank you for following Russia's foreign policy with us. See you in {y}!",
        ("2024", "2025"),
    ),
    (
        datetime(2024, 2, 10, 6, tzinfo=UTC),
        datetime(2025, 2, 10, 6, tzinfo=UTC),
        "🇷🇺 Сегодня отмечается День дипломатического работника.\n\nВ {y} году российская дипломатия продолжает решать масштабные задачи по защите национальных интересов страны. Поздравляем ветеранов и сотрудников министерства с профессиональным праздником!",
        "🇷🇺 Today is Diplomatic Workers' Day.\n\nIn {y}, Russian diplomacy continues to tackle ambitious tasks in defending the country's national interests. Congratulations to the veterans and staff of the Ministry on their professional holiday!",
        ("2024", "2025"),
    ),
    (
        datetime(2024, 5, 9, 5, tzinfo=UTC),
        datetime(2025, 5, 9, 5, tzinfo=UTC),
        "🎗 С Днём Победы!\n\nСегодня мы отмечаем {y}-ю годовщину Победы советского народа в Великой Отечественной войне. Вечная память павшим, низкий поклон ветеранам!",
        "🎗 Happy Victory Day!\n\nToday we mark the {y}th anniversary of the Soviet people's Victory in the Great Patriotic War. Eternal memory to the fallen, and deep gratitude to the veterans!",
        ("79", "80"),
    ),
    (
        datetime(2024, 4, 12, 7, tzinfo=UTC),
        datetime(2025, 4, 12, 7, tzinfo=UTC),
        "🚀 {y} лет назад Юрий Гагарин совершил первый в истории полёт человека в космос. Поздравляем с Днём космонавтики!",
        "🚀 {y} years ago, Yuri Gagarin made the first human flight into space. Happy Cosmonautics Day!",
        ("63", "64"),
    ),
    (
        datetime(2024, 2, 23, 6, tzinfo=UTC),
        datetime(2025, 2, 23, 6, tzinfo=UTC),
        "Поздравляем с Днём защитника Отечества! В {y} году этот праздник имеет особое значение для всех, кто стоит на страже интересов нашей Родины.",
        "Happy Defender of the Fatherland Day! In {y}, this holiday holds special meaning for everyone who stands guard over our Motherland's interests.",
        ("2024", "2025"),
    ),
    (
        datetime(2024, 1, 7, 6, tzinfo=UTC),
        datetime(2025, 1, 7, 6, tzinfo=UTC),
        "☦️ Поздравляем всех православных христиан с Рождеством Христовым! Пусть светлый праздник {y} года принесёт мир и радость.",
        "☦️ Merry Christmas to all Orthodox Christians! May this bright holiday of {y} bring peace and joy.",
        ("2024", "2025"),
    ),
    (
        datetime(2024, 6, 12, 6, tzinfo=UTC),
        datetime(2024, 11, 4, 6, tzinfo=UTC),
        "🇷🇺 Поздравляем с {y}! Желаем благополучия, мира и процветания нашей великой стране.",
        "🇷🇺 Happy {y}! We wish peace, well-being and prosperity to our great country.",
        ("Днём России", "Днём народного единства"),
    ),
]


def greetings(m: Maker) -> None:
    rng = m.rng
    en_vals = {"Днём России": "Russia Day", "Днём народного единства": "National Unity Day"}
    for d1, d2, ru, en, ys in GREETINGS:
        for when, y in zip((d1, d2), ys, strict=True):
            ye = en_vals.get(y, y)
            m.add(
                "greeting_year",
                "ru",
                "mid",
                when.replace(minute=rng.randint(0, 30)),
                ru.format(y=y),
                (y,),
            )
            if rng.random() < 0.75:
                m.add(
                    "greeting_year",
                    "en",
                    "mfa",
                    when.replace(minute=rng.randint(31, 59)),
                    en.format(y=ye),
                    (ye,),
                )


ARCHIVE_PARTS = [
    (
        "Документы 1944–1950 годов: установление дипломатических отношений и первые торговые соглашения.",
        "Documents from 1944–1950: the establishment of diplomatic relations and the first trade agreements.",
    ),
    (
        "Документы 1951–1960 годов: визиты на высшем уровне и создание межправительственной комиссии.",
        "Documents from 1951–1960: summit visits and the creation of the intergovernmental commission.",
    ),
    (
        "Документы 1961–1970 годов: сотрудничество в области образования и подготовки кадров.",
        "Documents from 1961–1970: cooperation in education and training.",
    ),
    (
        "Документы 1971–1980 годов: строительство промышленных объектов при содействии СССР.",
        "Documents from 1971–1980: industrial facilities built with Soviet assistance.",
    ),
    (
        "Документы 1981–1991 годов: взаимодействие на международных площадках.",
        "Documents from 1981–1991: cooperation at international venues.",
    ),
]
PODCAST_GUESTS = [
    ("Посол России в Индонезии", "Russia's Ambassador to Indonesia"),
    (
        "директор Историко-документального департамента",
        "the Director of the Historical Documentation Department",
    ),
    ("ректор Дипломатической академии", "the Rector of the Diplomatic Academy"),
    ("Постоянный представитель России при ЮНЕСКО", "Russia's Permanent Representative to UNESCO"),
    (
        "директор Департамента информации и печати",
        "the Director of the Information and Press Department",
    ),
    ("Генеральный консул России в Шанхае", "Russia's Consul General in Shanghai"),
    ("директор Второго департамента Азии", "the Director of the Second Asian Department"),
    ("Посол России в Бразилии", "Russia's Ambassador to Brazil"),
]


def series(m: Maker) -> None:
    rng = m.rng
    for c, years in [
        (BY_ISO["MN"], 103),
        (BY_ISO["ID"], 75),
        (BY_ISO["EG"], 81),
        (BY_ISO["IN"], 77),
    ]:
        when = m.day(hi=END - timedelta(days=60))
        lang = "ru" if c[0] in ("MN", "IN") else "en"
        k_total = 5
        for k in range(1, k_total + 1):
            if lang == "ru":
                text = (
                    "📜 #ИзИсторииДипломатии\n\n"
                    f"К {years}-летию установления дипломатических отношений России и {c[3]} публикуем подборку документов из фондов Архива внешней политики Российской Федерации.\n\n"
                    f"Часть {k} из {k_total}. {ARCHIVE_PARTS[k - 1][0]}\n\n"
                    "Полная подборка доступна в разделе «Историко-документальные материалы» на официальном сайте МИД России."
                )
                ch = "mid"
            else:
                text = (
                    "📜 #DiplomaticHistory\n\n"
                    f"To mark the {years}th anniversary of diplomatic relations between Russia and {c[1]}, we are publishing a selection of documents from the Foreign Policy Archive of the Russian Federation.\n\n"
                    f"Part {k} of {k_total}. {ARCHIVE_PARTS[k - 1][1]}\n\n"
                    "The full selection is available in the Historical Documents section of the Ministry's website."
                )
                ch = "mfa"
            m.add(
                "series_part",
                lang,
                ch,
                when,
                text,
                (f"{k} из", f"Part {k}", ARCHIVE_PARTS[k - 1][0], ARCHIVE_PARTS[k - 1][1]),
            )
            when += timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 3))
    when = m.day(hi=END - timedelta(days=250))
    for ep, (g_ru, g_en) in enumerate(PODCAST_GUESTS, start=14):
        ru = (
            f"🎙 Подкаст «Дипломатический разговор». Выпуск №{ep}\n\n"
            f"Наш гость — {g_ru}. Говорим о буднях дипломатической службы, о том, как готовятся визиты на высшем уровне, и о самых запоминающихся эпизодах командировок.\n\n"
            "Слушайте на всех платформах и в нашем Telegram-канале."
        )
        en = (
            f"🎙 'Diplomatic Talk' podcast. Episode {ep}\n\n"
            f"Our guest is {g_en}. We talk about the daily routine of the diplomatic service, how top-level visits are prepared, and the most memorable moments of foreign postings.\n\n"
            "Listen on all platforms and on our Telegram channel."
        )
        m.both(
            "series_part",
            ru,
            en,
            when,
            slots=(f"№{ep}", f"Episode {ep}", g_ru, g_en),
            p_ru=0.5,
            p_both=0.15,
        )
        when += timedelta(days=rng.randint(12, 20), hours=rng.randint(0, 4))


CLAIMS = [
    (
        "российские власти затягивают выдачу виз сотрудникам посольства",
        "Russian authorities are delaying visas for embassy staff",
    ),
    (
        "российская сторона препятствует работе иностранных корреспондентов в Москве",
        "the Russian side is obstructing the work of foreign correspondents in Moscow",
    ),
    (
        "российские дипломаты ведут деятельность, несовместимую с их статусом",
        "Russian diplomats are engaged in activities incompatible with their status",
    ),
    (
        "Москва не выполняет договорённости о консульском доступе к задержанным",
        "Moscow is failing to honour agreements on consular access to detainees",
    ),
    (
        "Россия использует поставки продовольствия как инструмент давления",
        "Russia is using food supplies as a means of pressure",
    ),
    (
        "российские СМИ распространяют недостоверные сведения о работе посольства",
        "Russian media are spreading false information about the embassy's work",
    ),
]
REBUTTALS = [
    (
        "Подобные утверждения не имеют ничего общего с действительностью. Все запросы дипмиссии рассматриваются в установленные сроки и в строгом соответствии с принципом взаимности. Рекомендуем коллегам сначала навести порядок в собственном консульском делопроизводстве.",
        "Such claims have nothing to do with reality. All requests from the mission are handled on time and strictly on the basis of reciprocity. We advise our colleagues to put their own consular paperwork in order first.",
    ),
    (
        "Очередной пропагандистский вброс, рассчитанный на внутреннюю аудиторию. Факты говорят об обратном: именно российские журналисты и дипломаты годами сталкиваются с дискриминацией в этой стране. Ответ на каждое недружественное действие будет дан.",
        "Yet another propaganda stunt aimed at a domestic audience. The facts say otherwise: it is Russian journalists and diplomats who have faced discrimination in that country for years. Every unfriendly step will be answered.",
    ),
    (
        "Прежде чем выступать с публичными обвинениями, стоило бы воспользоваться существующими каналами связи. Дверь для профессионального диалога открыта, но разговор на языке ультиматумов вести не будем.",
        "Before making public accusations, it would have been better to use the existing channels of communication. The door to professional dialogue is open, but we will not talk in the language of ultimatums.",
    ),
]
QA_CITIES = [
    ("Польши", "в Познани"),
    ("Польши", "в Гданьске"),
    ("Эстонии", "в Нарве"),
    ("Латвии", "в Даугавпилсе"),
    ("Литвы", "в Клайпеде"),
    ("Норвегии", "в Киркенесе"),
    ("Финляндии", "в Турку"),
    ("Японии", "в Саппоро"),
    ("Японии", "в Ниигате"),
]


def quotes(m: Maker) -> None:
    rng = m.rng
    # a claim reported by an agency; the ministry's comment quotes it; another embassy, another comment
    for ci, (cl_ru, cl_en) in enumerate(CLAIMS):
        hs = rng.sample(HOSTILE, 2)
        for h_ru, h_en in hs:
            when = m.day(hi=END - timedelta(days=10))
            reb_ru, reb_en = REBUTTALS[ci % len(REBUTTALS)]
            if rng.random() < 0.45:
                orig = f"Посольство {h_ru} в Москве заявило, что {cl_ru}. В дипмиссии пообещали поднять этот вопрос на ближайших двусторонних консультациях."
                o = m.add(
                    "quote_answer", "ru", rng.choice(["tass", "ria", "ifx"]), when, orig, (h_ru,)
                )
                if rng.random() < 0.5:
                    reply = (
                        f"💬 Комментарий официального представителя МИД России М.В.Захаровой в связи с заявлением посольства {h_ru}\n\n"
                        f"Обратили внимание на утверждение посольства о том, что «{cl_ru}».\n\n{reb_ru}"
                    )
                else:  # the answer quotes the whole agency post
                    reply = f"💬 М.В.Захарова — в ответ на сообщение:\n\n«{orig}»\n\n{reb_ru}"
                if o:
                    m.add(
                        "quote_answer",
                        "ru",
                        "mid",
                        when + timedelta(hours=rng.randint(2, 30)),
                        reply,
                        (h_ru,),
                    )
            else:
                cap = h_en[0].upper() + h_en[1:]
                orig = f"{cap}'s embassy in Moscow said {cl_en}. The mission said it would raise the issue at the next round of bilateral consultations."
                o = m.add(
                    "quote_answer", "en", rng.choice(["reuters", "xinhua"]), when, orig, (h_en,)
                )
                reply = (
                    f"💬 Comment by Foreign Ministry Spokeswoman Maria Zakharova on the statement by the embassy of {h_en}\n\n"
                    f'We noted the embassy\'s claim that "{cl_en}".\n\n{reb_en}'
                )
                if o:
                    m.add(
                        "quote_answer",
                        "en",
                        rng.choice(["mfa", "un"]),
                        when + timedelta(hours=rng.randint(2, 30)),
                        reply,
                        (h_en,),
                    )
    # the same question about another consulate: the answer is the same boilerplate
    for h_ru, city in QA_CITIES:
        when = m.day()
        text = (
            f"❓ Вопрос: Как в МИД России оценивают решение властей {h_ru} закрыть Генеральное консульство Российской Федерации {city}?\n\n"
            "💬 Ответ: Расцениваем это решение как очередной недружественный шаг, направленный на дальнейший демонтаж двусторонних отношений. "
            "Больше всего от него пострадают простые граждане, лишённые возможности получать консульские услуги. Ответные меры не заставят себя ждать."
        )
        m.add("quote_answer", "ru", "mid", when, text, (h_ru, city))


SHORT_CITIES = [
    "CL",
    "PE",
    "NP",
    "MN",
    "KZ",
    "UZ",
    "TJ",
    "AM",
    "AZ",
    "IR",
    "IQ",
    "EG",
    "ET",
    "ZA",
    "CU",
    "VE",
    "IN",
    "PK",
    "ID",
    "VN",
    "LA",
    "TR",
    "RS",
    "BY",
    "QA",
    "AE",
    "MY",
    "TH",
]
DIALOGUE = [
    ("Вашингтоном", "Washington"),
    ("Лондоном", "London"),
    ("Брюсселем", "Brussels"),
    ("Берлином", "Berlin"),
    ("Парижем", "Paris"),
    ("Токио", "Tokyo"),
    ("Варшавой", "Warsaw"),
    ("Оттавой", "Ottawa"),
]


def short(m: Maker) -> None:
    rng = m.rng
    # arrivals in another capital; arrived / left the same capital
    for iso in rng.sample(SHORT_CITIES, 16):
        c = BY_ISO[iso]
        when = m.day()
        if rng.random() < 0.5:
            m.add(
                "short_one_word",
                "ru",
                "mid",
                when,
                f"✈️ С.В.Лавров прибыл в {c[7]} с рабочим визитом.",
                (c[7],),
                short=True,
            )
            if rng.random() < 0.5:
                m.add(
                    "short_one_word",
                    "ru",
                    "mid",
                    when + timedelta(days=1, hours=rng.randint(1, 8)),
                    f"✈️ С.В.Лавров завершил визит в {c[7]}.",
                    (c[7],),
                    short=True,
                )
        else:
            m.add(
                "short_one_word",
                "en",
                "mfa",
                when,
                f"✈️ Sergey Lavrov has arrived in {c[5]} on a working visit.",
                (c[5],),
                short=True,
            )
            if rng.random() < 0.5:
                m.add(
                    "short_one_word",
                    "en",
                    "mfa",
                    when + timedelta(days=1, hours=rng.randint(1, 8)),
                    f"✈️ Sergey Lavrov has concluded his visit to {c[5]}.",
                    (c[5],),
                    short=True,
                )
    # talks began / ended
    for c in rng.sample(COUNTRIES, 8):
        when = m.day()
        lang = "ru" if rng.random() < 0.5 else "en"
        for j, verb in enumerate(
            ["Начались", "Завершились"] if lang == "ru" else ["have begun", "have ended"]
        ):
            if lang == "ru":
                t = f"🤝 {verb} переговоры С.В.Лаврова с Министром иностранных дел {c[3]}."
                ch = "mid"
            else:
                t = f"🤝 Talks between Sergey Lavrov and the Minister of Foreign Affairs of {c[1]} {verb}."
                ch = "mfa"
            m.add(
                "short_one_word",
                lang,
                ch,
                when + timedelta(hours=2 * j, minutes=rng.randint(0, 40)),
                t,
                (c[3], c[1], verb),
                short=True,
            )
    # live / recording of the weekly briefing
    for _k in range(9):
        when = m.day()
        bd = when
        lang = "ru" if rng.random() < 0.5 else "en"
        if lang == "ru":
            pair = [
                f"🔴 Прямой эфир: брифинг официального представителя МИД России М.В.Захаровой, {ru_d(bd)}.",
                f"🎥 Запись: брифинг официального представителя МИД России М.В.Захаровой, {ru_d(bd)}.",
            ]
            ch = "mid"
        else:
            pair = [
                f"🔴 LIVE: Foreign Ministry Spokeswoman Maria Zakharova's weekly briefing, {en_d(bd)}.",
                f"🎥 WATCH: Foreign Ministry Spokeswoman Maria Zakharova's weekly briefing, {en_d(bd)}.",
            ]
            ch = "mfa"
        for j, t in enumerate(pair if rng.random() < 0.6 else pair[:1]):
            m.add(
                "short_one_word",
                lang,
                ch,
                when + timedelta(hours=2 * j, minutes=rng.randint(0, 30)),
                t,
                (ru_d(bd), en_d(bd), "Прямой", "Запись", "LIVE", "WATCH"),
                short=True,
            )
    # dialogue with another capital
    for ru_c, en_c in DIALOGUE:
        when = m.day()
        if rng.random() < 0.45:
            m.add(
                "short_one_word",
                "ru",
                rng.choice(["tass", "ria", "ifx"]),
                when,
                f"⚡️ Лавров: Россия открыта к равноправному диалогу с {ru_c}, но не будет вести его на языке ультиматумов.",
                (ru_c,),
                short=True,
            )
        else:
            m.add(
                "short_one_word",
                "en",
                rng.choice(["reuters", "xinhua"]),
                when,
                f"Lavrov says Russia is open to an equal dialogue with {en_c}, but will not talk in the language of ultimatums.",
                (en_c,),
                short=True,
            )
    # the embassy works as usual / is closed on a date
    for _k in range(3):
        emb, prep = rng.choice([("emb_kz", "в Казахстане"), ("emb_vn", "во Вьетнаме")])
        when = m.day()
        d2 = when + timedelta(days=2)
        m.add(
            "short_one_word",
            "ru",
            emb,
            when,
            f"📍 {ru_d(d2)} Посольство России {prep} работает в обычном режиме.",
            (ru_d(d2),),
            short=True,
        )
        if rng.random() < 0.5:
            d3 = d2 + timedelta(days=1)
            m.add(
                "short_one_word",
                "ru",
                emb,
                when + timedelta(hours=3),
                f"📍 {ru_d(d3)} Посольство России {prep} работает в обычном режиме.",
                (ru_d(d3),),
                short=True,
            )


# ------------------------------------------------------------------ written out in full

_H = "\n\n#МИД_России"
# (story key, when, channel, family or copy kind, text). The first line of a key is its
# original (the family is given); later lines of the key are its copies (the kind is given).
HAND: list[tuple[str, str, str, str, str]] = [
    (
        "mali",
        "2024-02-06 09:10",
        "mid",
        "handwritten",
        "🤝 Посол России в Мали И.Д.Грищенко вручил копии верительных грамот министру иностранных дел страны пребывания.",
    ),
    (
        "chili",
        "2024-02-07 14:25",
        "mid",
        "handwritten",
        "🤝 Посол России в Чили И.Д.Грищенко вручил копии верительных грамот министру иностранных дел страны пребывания.",
    ),
    (
        "mali",
        "2024-02-06 09:40",
        "agg1",
        "forward",
        "🤝 Посол России в Мали И.Д.Грищенко вручил копии верительных грамот министру иностранных дел страны пребывания.",
    ),
    (
        "iran",
        "2024-04-15 07:05",
        "ria",
        "handwritten",
        "Делегация МИД России прибыла в Иран для межмидовских консультаций по вопросам консульского сотрудничества.",
    ),
    (
        "iraq",
        "2024-05-20 07:35",
        "ria",
        "handwritten",
        "Делегация МИД России прибыла в Ирак для межмидовских консультаций по вопросам консульского сотрудничества.",
    ),
    (
        "iran",
        "2024-04-15 07:50",
        "agg2",
        "prefix_breaking",
        "⚡️ Делегация МИД России прибыла в Иран для межмидовских консультаций по вопросам консульского сотрудничества.",
    ),
    (
        "niger",
        "2024-06-03 11:00",
        "tass",
        "handwritten",
        "Россия передала Нигеру 25 тыс. тонн пшеницы в рамках программы гуманитарных поставок зерна.",
    ),
    (
        "nigeria",
        "2024-06-18 10:15",
        "tass",
        "handwritten",
        "Россия передала Нигерии 25 тыс. тонн пшеницы в рамках программы гуманитарных поставок зерна.",
    ),
    (
        "slovakia",
        "2024-09-10 12:00",
        "ifx",
        "handwritten",
        "Лавров провёл телефонный разговор с главой МИД Словакии, обсуждались вопросы энергетических поставок.",
    ),
    (
        "slovenia",
        "2024-09-11 13:30",
        "ifx",
        "handwritten",
        "Лавров провёл телефонный разговор с главой МИД Словении, обсуждались вопросы энергетических поставок.",
    ),
    (
        "slovakia",
        "2024-09-10 12:20",
        "feed_ifx",
        "feed_item",
        "Лавров провёл телефонный разговор с главой МИД Словакии, обсуждались вопросы энергетических поставок.",
    ),
    (
        "austria",
        "2024-10-02 08:00",
        "reuters",
        "handwritten",
        "Austria's ambassador in Moscow was summoned to the Russian Foreign Ministry over the detention of a Russian journalist.",
    ),
    (
        "australia",
        "2024-10-09 08:20",
        "reuters",
        "handwritten",
        "Australia's ambassador in Moscow was summoned to the Russian Foreign Ministry over the detention of a Russian journalist.",
    ),
    (
        "austria",
        "2024-10-02 08:45",
        "agg_en",
        "repost_signature",
        "Austria's ambassador in Moscow was summoned to the Russian Foreign Ministry over the detention of a Russian journalist.\n\n🌐 Diplomatic Briefs | t.me/diplobriefs\n#diplomacy #Russia",
    ),
    (
        "duma1",
        "2024-11-12 10:00",
        "tass",
        "handwritten",
        "Госдума ратифицировала в первом чтении соглашение с Мьянмой о взаимной защите капиталовложений.",
    ),
    (
        "duma2",
        "2024-11-26 10:30",
        "tass",
        "handwritten",
        "Госдума ратифицировала во втором чтении соглашение с Мьянмой о взаимной защите капиталовложений.",
    ),
    (
        "grain15",
        "2024-08-01 09:00",
        "ifx",
        "handwritten",
        "Россия в июле экспортировала в страны Африки 1,5 млн тонн зерна, сообщили в Минсельхозе.",
    ),
    (
        "grain18",
        "2024-09-02 09:00",
        "ifx",
        "handwritten",
        "Россия в августе экспортировала в страны Африки 1,8 млн тонн зерна, сообщили в Минсельхозе.",
    ),
    (
        "grain15",
        "2024-08-01 09:25",
        "agg2",
        "repost_signature",
        "Россия в июле экспортировала в страны Африки 1,5 млн тонн зерна, сообщили в Минсельхозе.\n\n#МирСегодня #МИД\n@mir_segodnya24",
    ),
    (
        "sign_will",
        "2025-02-03 08:00",
        "mid",
        "handwritten",
        "Соглашение о взаимной отмене визовых требований между Россией и Лаосом будет подписано в ходе визита С.В.Лаврова во Вьентьян.",
    ),
    (
        "sign_done",
        "2025-02-05 13:00",
        "mid",
        "handwritten",
        "Соглашение о взаимной отмене визовых требований между Россией и Лаосом подписано в ходе визита С.В.Лаврова во Вьентьян.",
    ),
    (
        "sign_done",
        "2025-02-05 13:30",
        "agg1",
        "prefix_breaking",
        "⚡️ Срочно: Соглашение о взаимной отмене визовых требований между Россией и Лаосом подписано в ходе визита С.В.Лаврова во Вьентьян.",
    ),
    (
        "emb_greet_kz",
        "2024-03-08 04:00",
        "emb_kz",
        "handwritten",
        "💐 Посольство России в Казахстане сердечно поздравляет милых дам с Международным женским днём! Желаем весеннего настроения, здоровья и любви.",
    ),
    (
        "emb_greet_vn",
        "2024-03-08 02:30",
        "emb_vn",
        "handwritten",
        "💐 Посольство России во Вьетнаме сердечно поздравляет милых дам с Международным женским днём! Желаем весеннего настроения, здоровья и любви.",
    ),
    (
        "brief_fix1",
        "2024-10-14 09:00",
        "mid",
        "handwritten",
        "🗓 Брифинг официального представителя МИД России М.В.Захаровой состоится 16 октября в 11:00.",
    ),
    (
        "brief_fix2",
        "2024-10-15 10:10",
        "mid",
        "handwritten",
        "❗️ Уточнение: брифинг официального представителя МИД России М.В.Захаровой состоится 16 октября в 15:00.",
    ),
    (
        "brief_fix1",
        "2024-10-14 09:20",
        "agg1",
        "forward",
        "🗓 Брифинг официального представителя МИД России М.В.Захаровой состоится 16 октября в 11:00.",
    ),
    (
        "against",
        "2024-07-04 11:00",
        "ria",
        "handwritten",
        "Лавров: «Мы против переговоров, условия которых диктуются извне».",
    ),
    (
        "not_against",
        "2024-07-18 11:30",
        "ria",
        "handwritten",
        "Лавров: «Мы не против переговоров, условия которых согласуются сторонами».",
    ),
    (
        "host25",
        "2024-05-14 15:00",
        "xinhua",
        "handwritten",
        "Russia will host the next meeting of BRICS foreign ministers in 2025, the Russian Foreign Ministry said.",
    ),
    (
        "host26",
        "2025-04-22 15:00",
        "xinhua",
        "handwritten",
        "Russia will host the next meeting of BRICS foreign ministers in 2026, the Russian Foreign Ministry said.",
    ),
    (
        "closed_mon",
        "2024-12-06 07:00",
        "emb_ke",
        "handwritten",
        "The Embassy will be closed on Monday, December 9, for technical reasons. We apologise for any inconvenience.",
    ),
    (
        "closed_tue",
        "2025-03-07 07:00",
        "emb_ke",
        "handwritten",
        "The Embassy will be closed on Tuesday, March 11, for technical reasons. We apologise for any inconvenience.",
    ),
    (
        "closed_mon",
        "2024-12-06 07:40",
        "agg_en",
        "emoji_changed",
        "📌 The Embassy will be closed on Monday, December 9, for technical reasons. We apologise for any inconvenience.",
    ),
    # two quotes of one press conference: two statements
    (
        "tash_q1",
        "2024-05-22 12:10",
        "tass",
        "handwritten",
        "Лавров на пресс-конференции в Ташкенте:\n\n«Мы убеждены, что безопасность в Центральной Азии должны обеспечивать сами страны региона, без вмешательства внерегиональных игроков».",
    ),
    (
        "tash_q2",
        "2024-05-22 12:25",
        "tass",
        "handwritten",
        "Лавров на пресс-конференции в Ташкенте:\n\n«Торговый оборот между Россией и Узбекистаном по итогам прошлого года вырос почти на четверть и продолжает расти».",
    ),
    (
        "tash_q1",
        "2024-05-22 12:40",
        "agg3",
        "combo:prefix_breaking+repost_signature",
        "⚡️ Лавров на пресс-конференции в Ташкенте:\n\n«Мы убеждены, что безопасность в Центральной Азии должны обеспечивать сами страны региона, без вмешательства внерегиональных игроков».\n\n➡️ Внешняя политика. Срочно | @vp_srochno",
    ),
    # a statement and its English version: two stories
    (
        "tr_ru",
        "2024-08-14 10:00",
        "mid",
        "handwritten",
        "О ситуации вокруг Запорожской АЭС\n\nРоссийская сторона вновь призывает МАГАТЭ дать чёткую оценку систематическим обстрелам территории станции и прилегающих населённых пунктов. Продолжение подобных провокаций создаёт прямую угрозу ядерной безопасности в Европе."
        + _H,
    ),
    (
        "tr_en",
        "2024-08-14 11:30",
        "mfa",
        "translation",
        "On the situation around the Zaporozhye NPP\n\nThe Russian side once again calls on the IAEA to give a clear assessment of the systematic shelling of the plant's territory and the surrounding settlements. The continuation of such provocations poses a direct threat to nuclear safety in Europe.\n\n#RussianMFA",
    ),
    (
        "tr_ru",
        "2024-08-14 10:30",
        "agg1",
        "trimmed_tail",
        "О ситуации вокруг Запорожской АЭС\n\nРоссийская сторона вновь призывает МАГАТЭ дать чёткую оценку систематическим обстрелам территории станции и прилегающих населённых пунктов…",
    ),
    (
        "tr_en",
        "2024-08-14 12:05",
        "agg_en",
        "hashtags_removed",
        "On the situation around the Zaporozhye NPP\n\nThe Russian side once again calls on the IAEA to give a clear assessment of the systematic shelling of the plant's territory and the surrounding settlements. The continuation of such provocations poses a direct threat to nuclear safety in Europe.",
    ),
    # an embassy post and the ministry answering it in full quote
    (
        "uk_emb",
        "2024-06-20 16:00",
        "reuters",
        "handwritten",
        "The British Embassy in Moscow said it had not received a single visa for its technical staff in six months and called the situation unacceptable.",
    ),
    (
        "uk_reply",
        "2024-06-21 09:00",
        "mfa",
        "quote_answer",
        '💬 Maria Zakharova on the British Embassy\'s statement:\n\n"The British Embassy in Moscow said it had not received a single visa for its technical staff in six months and called the situation unacceptable."\n\nLet us recall that London has not issued a single visa to Russian diplomats for over a year. Reciprocity is the basis of consular practice.',
    ),
    (
        "uk_emb",
        "2024-06-20 16:30",
        "agg_en",
        "prefix_breaking",
        "🔴 JUST IN: The British Embassy in Moscow said it had not received a single visa for its technical staff in six months and called the situation unacceptable.",
    ),
    # copies of a kind met by hand only
    (
        "program",
        "2024-03-19 13:00",
        "mfa",
        "handwritten",
        "Russia and Egypt agreed to expand the nuclear training programme for Egyptian engineers at Russian universities, the ministers said after talks in Moscow.",
    ),
    (
        "program",
        "2024-03-19 14:10",
        "xinhua",
        "spelling_variant",
        "Russia and Egypt agreed to expand the nuclear training program for Egyptian engineers at Russian universities, the ministers said after talks in Moscow.",
    ),
    (
        "yo",
        "2024-04-03 09:00",
        "mid",
        "handwritten",
        "С.В.Лавров встретился с учёными и экспертами Российского совета по международным делам. Обсуждён ход работы над ежегодным докладом о перспективах развития международной обстановки."
        + _H,
    ),
    (
        "yo",
        "2024-04-03 09:50",
        "agg2",
        "combo:yo_removed+hashtags_removed",
        "С.В.Лавров встретился с учеными и экспертами Российского совета по международным делам. Обсужден ход работы над ежегодным докладом о перспективах развития международной обстановки.",
    ),
    (
        "crlf",
        "2024-11-19 08:00",
        "emb_vn",
        "handwritten",
        "🇷🇺🇻🇳 В Ханое прошла церемония открытия Года российской культуры во Вьетнаме.\n\nВ программе — выступления Академического ансамбля песни и пляски, выставка русской живописи и неделя российского кино.",
    ),
    (
        "crlf",
        "2025-01-20 10:00",
        "dump",
        "import_crlf",
        "🇷🇺🇻🇳 В Ханое прошла церемония открытия Года российской культуры во Вьетнаме.\r\n\r\nВ программе — выступления Академического ансамбля песни и пляски, выставка русской живописи и неделя российского кино.",
    ),
    (
        "heavy",
        "2025-03-04 07:00",
        "mid",
        "handwritten",
        "❗️ О ситуации с гражданами России, находящимися в Мьянме\n\nПосольство России в Мьянме сообщает, что все обратившиеся за помощью граждане России, пострадавшие в результате землетрясения, размещены в безопасных местах. Связь с ними поддерживается круглосуточно."
        + _H,
    ),
    (
        "heavy",
        "2025-03-04 07:30",
        "agg3",
        "combo:prefix_breaking+emoji_stripped",
        "⚡️⚡️ МИД РФ: О ситуации с гражданами России, находящимися в Мьянме\n\nПосольство России в Мьянме сообщает, что все обратившиеся за помощью граждане России, пострадавшие в результате землетрясения, размещены в безопасных местах. Связь с ними поддерживается круглосуточно.\n\n#МИД_России",
    ),
    (
        "heavy",
        "2025-03-04 08:15",
        "feed_mid",
        "feed_title_in_body",
        "О ситуации с гражданами России, находящимися в Мьянме\nО ситуации с гражданами России, находящимися в Мьянме\nПосольство России в Мьянме сообщает, что все обратившиеся за помощью граждане России, пострадавшие в результате землетрясения, размещены в безопасных местах. Связь с ними поддерживается круглосуточно.",
    ),
    (
        "year_close",
        "2024-12-20 09:00",
        "consdep",
        "handwritten",
        "Консульский департамент МИД России в последний раз в 2024 году принимает граждан 27 декабря. Приём возобновится 9 января 2025 года.",
    ),
    (
        "year_close2",
        "2025-05-20 09:00",
        "consdep",
        "handwritten",
        "Консульский департамент МИД России в последний раз перед летними каникулами принимает граждан 30 мая. Приём возобновится 2 июня 2025 года.",
    ),
    (
        "first_meet",
        "2024-02-19 10:00",
        "un",
        "handwritten",
        "The first meeting of the UN Security Council on the humanitarian situation in Gaza convened at Russia's request will take place today at 3 p.m. New York time.",
    ),
    (
        "second_meet",
        "2024-03-04 10:00",
        "un",
        "handwritten",
        "The second meeting of the UN Security Council on the humanitarian situation in Gaza convened at Russia's request will take place today at 3 p.m. New York time.",
    ),
    (
        "first_meet",
        "2024-02-19 10:30",
        "agg_en",
        "whitespace",
        "The first meeting of the UN Security Council on the humanitarian situation in Gaza  convened at Russia's request will take place today at 3 p.m.  New York time. ",
    ),
]


def hand(m: Maker) -> None:
    by_key: dict[str, Story] = {}
    for key, when_s, ch, kind, text in HAND:
        when = datetime.strptime(when_s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        lang = CHANNELS[ch].lang
        if key not in by_key:
            s = m.add(kind, lang, ch, when, text, copies_allowed=False)
            assert s is not None, key
            by_key[key] = s
        else:
            by_key[key].forced.append((kind, ch, text, when))


# ============================================================================ copies

EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u2300-\u23ff\ufe0f\u200d]"
)
HOMO_RU = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"}
HOMO_BACK = str.maketrans({v: k for k, v in HOMO_RU.items()})


def normal(text: str) -> str:
    """A loose normalisation for the sanity checks only: case, ё, look-alikes, punctuation,
    emoji and whitespace go; what is left must differ between two stories."""
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е").translate(HOMO_BACK)
    return re.sub(r"[\W_]+", "", t)


def has_emoji(text: str) -> bool:
    return bool(EMOJI.search(text))


def strip_emoji(text: str) -> str:
    t = EMOJI.sub("", text)
    t = re.sub(r"[ \t]{2,}", " ", t)
    return "\n".join(line.strip() for line in t.split("\n")).strip()


def typo(text: str, rng: random.Random, slots: tuple[str, ...]) -> str | None:
    words = [w for w in re.finditer(r"[А-Яа-яЁёA-Za-z]{8,}", text)]
    words = [w for w in words if not any(w.group() in s or s in w.group() for s in slots)]
    if not words:
        return None
    w = rng.choice(words)
    s = w.group()
    i = rng.randint(2, len(s) - 3)
    op = rng.randrange(3)
    if op == 0:
        new = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    elif op == 1:
        new = s[:i] + s[i + 1 :]
    else:
        new = s[:i] + s[i] + s[i:]
    if new == s:
        return None
    return text[: w.start()] + new + text[w.end() :]


def headline(text: str) -> str:
    first = strip_emoji(text.strip().split("\n")[0]).strip()
    if len(first) > 110:
        cut = first[:110].rsplit(" ", 1)[0]
        first = cut + "…"
    return first


def sentences(text: str) -> list[int]:
    """Offsets where a sentence or paragraph ends."""
    return [mm.end() for mm in re.finditer(r"[.!?»…](?=\s)|\n\n", text)]


class Copier:
    def __init__(self, rng: random.Random, stories: list[Story]) -> None:
        self.rng = rng
        self.stories = stories
        self.norms = {s.sid: normal(s.typo_text or s.text) for s in stories}
        self.norms_fixed = {s.sid: normal(s.text) for s in stories}

    def unique(self, story: Story, core: str) -> bool:
        """The part of the original a copy keeps must not be found in another story."""
        n = normal(core)
        if len(n) < 25:
            return False
        return not any(
            n in v or n in self.norms_fixed[k] for k, v in self.norms.items() if k != story.sid
        )

    # each returns (text, extras) or None
    def t_prefix(self, s: Story, text: str):
        p = self.rng.choice(
            ["⚡️ Срочно: ", "⚡️СРОЧНО | ", "❗️ МИД России: ", "🔴 Важно: ", "#МИД | "]
            if s.lang == "ru"
            else ["⚡️ BREAKING: ", "❗️Russian MFA: ", "🔴 JUST IN: "]
        )
        return p + text

    def t_signature(self, s: Story, text: str, ch: str):
        return text + SIGNATURES[ch]

    def t_hashtags(self, s: Story, text: str):
        return text + self.rng.choice(
            ["\n\n#МИД #дипломатия", "\n\n#Лавров #МИД", "\n#внешняя_политика"]
            if s.lang == "ru"
            else ["\n\n#Russia #diplomacy", "\n#MFA #Lavrov"]
        )

    def t_link(self, s: Story, text: str):
        return text + ("\n\nИсточник: {SRC}" if s.lang == "ru" else "\n\nSource: {SRC}")

    def t_trim(self, s: Story, text: str):
        cuts = [c for c in sentences(text) if 0.4 * len(text) <= c <= 0.85 * len(text)]
        self.rng.shuffle(cuts)
        for c in cuts:
            kept = text[:c].rstrip()
            if self.unique(s, kept):
                num = self.rng.randint(1_900_000, 1_999_999)
                end = self.rng.choice(
                    [
                        "…",
                        " …",
                        f"\n\nПодробнее: https://mid.ru/ru/foreign_policy/news/{num}/",
                        "\n\nЧитать полностью →",
                    ]
                    if s.lang == "ru"
                    else [
                        "…",
                        f"\n\nRead more: https://mid.ru/en/foreign_policy/news/{num}/",
                        "\n\nFull text on the website →",
                    ]
                )
                return kept + end
        return None

    def t_header_dropped(self, s: Story, text: str):
        paras = text.split("\n\n")
        if len(paras) < 3 or len(paras[0]) > 120:
            return None
        rest = "\n\n".join(paras[1:])
        return rest if self.unique(s, rest) else None

    def t_emoji_stripped(self, s: Story, text: str):
        return strip_emoji(text) if has_emoji(text) else None

    def t_emoji_changed(self, s: Story, text: str):
        if has_emoji(text):
            swap = self.rng.choice(["❗️", "📌", "🔹", "👉", "⚡️", "🟢"])
            first = EMOJI.search(text)
            # replace the first emoji run
            j = first.start()
            k = j
            while k < len(text) and EMOJI.match(text, k):
                k += 1
            return text[:j] + swap + text[k:]
        paras = text.split("\n\n")
        return "\n\n".join(("📌 " if i == 0 else "") + p for i, p in enumerate(paras))

    def t_quotes_dashes(self, s: Story, text: str):
        if not re.search("[«»—–…]", text):
            return None
        q = self.rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
        t = (
            text.replace("«", q[0])
            .replace("»", q[1])
            .replace(" — ", self.rng.choice([" - ", " – ", " -- "]))
            .replace("…", "...")
        )
        return t if t != text else None

    def t_whitespace(self, s: Story, text: str):
        t = text.replace("\n\n", self.rng.choice(["\n", "\n \n", "\n\n\n"]))
        t = re.sub(r"(?<=[.,]) (?=\w)", lambda _m: "  " if self.rng.random() < 0.25 else " ", t)
        return t + self.rng.choice(["", " ", "\n"]) if t != text else text + "  \n"

    def t_lines_joined(self, s: Story, text: str):
        if "\n" not in text:
            return None
        return re.sub(r"\s*\n+\s*", " ", text).strip()

    def t_typo_in_copy(self, s: Story, text: str):
        return typo(text, self.rng, s.slots)

    def t_homoglyph(self, s: Story, text: str):
        if s.lang != "ru":
            return None
        chars = list(text)
        idx = [i for i, ch in enumerate(chars) if ch in HOMO_RU]
        if len(idx) < 4:
            return None
        for i in self.rng.sample(idx, min(len(idx), self.rng.randint(2, 5))):
            chars[i] = HOMO_RU[chars[i]]
        return "".join(chars)

    def t_markdown(self, s: Story, text: str):
        lines = text.split("\n")
        if len(lines) < 2 or not lines[0].strip():
            return "**" + text + "**" if len(text) < 200 else None
        return "**" + lines[0] + "**\n" + "\n".join(lines[1:])

    def t_crlf(self, s: Story, text: str):
        return text.replace("\n", "\r\n") if "\n" in text else text + "\r\n"


SIMPLE = {
    "prefix_breaking": "t_prefix",
    "hashtags_added": "t_hashtags",
    "source_link": "t_link",
    "trimmed_tail": "t_trim",
    "header_dropped": "t_header_dropped",
    "emoji_stripped": "t_emoji_stripped",
    "emoji_changed": "t_emoji_changed",
    "quotes_dashes": "t_quotes_dashes",
    "whitespace": "t_whitespace",
    "lines_joined": "t_lines_joined",
    "typo_in_copy": "t_typo_in_copy",
    "homoglyph": "t_homoglyph",
}
TG_KINDS = [
    ("forward", 16),
    ("forward_name_only", 3),
    ("copy_paste", 9),
    ("repost_signature", 16),
    ("prefix_breaking", 11),
    ("hashtags_added", 4),
    ("source_link", 5),
    ("trimmed_tail", 9),
    ("header_dropped", 3),
    ("emoji_stripped", 5),
    ("emoji_changed", 4),
    ("quotes_dashes", 7),
    ("whitespace", 5),
    ("lines_joined", 3),
    ("typo_in_copy", 3),
    ("homoglyph", 3),
    ("combo", 17),
]
COMBO_PARTS = [
    "prefix_breaking",
    "emoji_stripped",
    "quotes_dashes",
    "whitespace",
    "trimmed_tail",
    "lines_joined",
    "emoji_changed",
    "hashtags_added",
]


@dataclass
class Copy:
    story: Story
    kind: str
    channel: str
    when: datetime
    text: str
    forward: str = ""  # "", "full", "name"
    title: str | None = None


def make_copies(m: Maker) -> list[Copy]:
    rng = m.rng
    cp = Copier(rng, m.stories)
    out: list[Copy] = []
    for s in m.stories:
        for kind, ch, text, when in s.forced:
            out.append(
                Copy(
                    s,
                    kind,
                    ch,
                    when,
                    text,
                    forward="full" if kind == "forward" else "",
                    title=headline(text) if CHANNELS[ch].kind == "feed" else None,
                )
            )
        if not s.copies_allowed:
            continue
        p = (0.26 if s.lang == "ru" else 0.32) - (0.02 if s.short else 0)
        if s.typo_text:
            p = 1.0
        if rng.random() >= p:
            continue
        n = 1 if rng.random() < 0.72 else 2
        used = {s.channel}
        last = s.when
        for i in range(n):
            c = one_copy(s, cp, rng, used, last, fix_typo=bool(s.typo_text) and i == 0)
            if c:
                used.add(c.channel)
                out.append(c)
    return out


def one_copy(
    s: Story, cp: Copier, rng: random.Random, used: set[str], after: datetime, fix_typo: bool
) -> Copy | None:
    """One copy of ``s`` on another channel. Copies carry the original as published (with its
    typo, if any), except the first copy of a typo'd original, which carries the fixed text."""
    src = CHANNELS[s.channel]
    text = s.text if fix_typo else (s.typo_text or s.text)
    for _attempt in range(12):
        r = rng.random()
        if s.lang == "ru":
            if r < 0.08 and s.channel in ("mid", "consdep"):
                target = "feed_mid"
            elif r < 0.08 and s.channel == "ifx":
                target = "feed_ifx"
            elif r < 0.15:
                target = "dump"
            else:
                target = rng.choices(RU_COPY_TG, RU_COPY_W)[0]
        else:
            if r < 0.12 and s.channel == "mfa":
                target = "feed_mfa"
            else:
                target = rng.choices(EN_COPY_TG, EN_COPY_W)[0]
        if target in used:
            continue
        tch = CHANNELS[target]
        title = None
        fwd = ""
        if tch.kind == "feed":
            kind = rng.choice(["feed_item", "feed_item", "feed_title_split", "feed_title_in_body"])
            if kind == "feed_item":
                new = re.sub(r"\n{2,}", "\n", text) if rng.random() < 0.5 else text
                title = headline(text)
            elif kind == "feed_title_split":
                paras = text.split("\n\n")
                if len(paras) < 2 or len(paras[0]) > 140:
                    continue
                title = strip_emoji(paras[0])
                new = "\n\n".join(paras[1:])
                if not cp.unique(s, new):
                    continue
            else:
                title = headline(text)
                new = title + "\n" + re.sub(r"\n{2,}", "\n", strip_emoji(text))
            if fix_typo:
                kind = "combo:edited_typo+" + kind
        elif tch.kind == "import":
            kind = rng.choice(["import_plain", "import_markdown", "import_crlf"])
            if kind == "import_plain":
                new = text
            elif kind == "import_markdown":
                new = cp.t_markdown(s, text)
            else:
                new = cp.t_crlf(s, text)
            if new is None:
                continue
            if fix_typo:
                kind = "combo:edited_typo+" + kind
        else:
            kind = rng.choices([k for k, _w in TG_KINDS], [w for _k, w in TG_KINDS])[0]
            if fix_typo:
                kind = rng.choice(
                    [
                        "edited_typo",
                        "edited_typo",
                        "combo:edited_typo+repost_signature",
                        "combo:edited_typo+prefix_breaking",
                    ]
                )
                if kind.endswith("signature") and target not in SIGNATURES:
                    kind = "combo:edited_typo+prefix_breaking"
            if kind in ("forward", "forward_name_only"):
                if src.kind != "telegram":
                    continue
                new = text
                fwd = "full" if kind == "forward" else "name"
            elif kind in ("copy_paste", "edited_typo"):
                new = text
            elif kind == "repost_signature":
                if target not in SIGNATURES:
                    continue
                new = cp.t_signature(s, text, target)
            elif kind == "combo:edited_typo+repost_signature":
                new = cp.t_signature(s, text, target)
            elif kind == "combo:edited_typo+prefix_breaking":
                new = cp.t_prefix(s, text)
            elif kind == "combo":
                a, b = rng.sample(COMBO_PARTS, 2)
                if {a, b} == {"emoji_changed", "emoji_stripped"}:
                    continue
                if "trimmed_tail" in (a, b):  # trim first so the kept part is checked whole
                    a, b = "trimmed_tail", (b if a == "trimmed_tail" else a)
                new = getattr(cp, SIMPLE[a])(s, text)
                if new is None:
                    continue
                new2 = getattr(cp, SIMPLE[b])(s, new)
                if new2 is None or new2 == new:
                    continue
                if rng.random() < 0.4 and target in SIGNATURES and "trimmed_tail" not in (a, b):
                    new2 = new2 + SIGNATURES[target]
                    b = b + "+repost_signature"
                new = new2
                kind = f"combo:{a}+{b}"
            else:
                new = getattr(cp, SIMPLE[kind])(s, text)
            if new is None:
                continue
        delay = (
            timedelta(minutes=rng.randint(4, 360))
            if tch.kind == "telegram"
            else timedelta(minutes=rng.randint(10, 180))
        )
        if tch.kind == "import":
            delay = timedelta(hours=rng.randint(2, 60))
        return Copy(s, kind, target, after + delay, new, forward=fwd, title=title)
    return None


# ============================================================================ build

_KINDS: dict[tuple[str, str], str] = {}
_FAMILY: dict[str, str] = {}


def build() -> list[Labelled]:
    rng = random.Random(SEED)
    m = Maker(rng)
    for fam in (
        condolences,
        national_days,
        consular,
        briefings,
        readouts,
        sanctions,
        figures,
        elections,
        agendas,
        statements,
        negations,
        greetings,
        series,
        quotes,
        short,
        hand,
    ):
        fam(m)
    # some statements reach the archive first through a feed
    for s in m.stories:
        if (
            s.channel == "mid"
            and s.family in ("template_readout", "template_statement", "template_visa")
            and rng.random() < 0.2
        ):
            s.channel = "feed_mid"
        elif (
            s.channel == "mfa"
            and s.family in ("template_readout", "template_statement")
            and rng.random() < 0.2
        ):
            s.channel = "feed_mfa"
    # a few originals are published with a typo that a copy fixes
    for s in m.stories:
        if s.copies_allowed and not s.short and rng.random() < 0.03:
            t = typo(s.text, rng, s.slots)
            if t and normal(t) not in m.seen:
                s.typo_text = t
    copies = make_copies(m)

    recs = [
        dict(
            when=s.when,
            ch=s.channel,
            text=s.typo_text or s.text,
            story=s,
            kind="original",
            fwd="",
            title=None,
        )
        for s in m.stories
    ]
    recs += [
        dict(
            when=c.when,
            ch=c.channel,
            text=c.text,
            story=c.story,
            kind=c.kind,
            fwd=c.forward,
            title=c.title,
        )
        for c in copies
    ]
    recs.sort(key=lambda r: (r["when"], r["kind"] != "original"))
    counters: dict[str, int] = {}
    where: dict[str, tuple[Channel, str, str]] = {}
    out: list[Labelled] = []
    _KINDS.clear()
    _FAMILY.clear()
    for r in recs:
        ch = CHANNELS[r["ch"]]
        n = counters.get(ch.name, 4000 + 173 * len(counters)) + rng.randint(1, 6)
        counters[ch.name] = n
        if ch.kind == "telegram":
            ext, url = str(n), f"https://t.me/{ch.username}/{n}"
        elif ch.kind == "feed":
            url = ch.key.split("/rss")[0].rstrip("/") + f"/{n * 11 + 1_880_003}/"
            ext = url
        else:
            ext, url = f"msg{n}", None
        s = r["story"]
        text = r["text"]
        fwd = None
        if r["kind"] != "original":
            och, oext, ourl = where[s.sid]
            text = text.replace("{SRC}", ourl)
            if r["fwd"] == "full":
                fwd = Forward(
                    name=och.title, source_key=och.key, external_id=oext, username=och.username
                )
            elif r["fwd"] == "name":
                fwd = Forward(name=och.title)
        else:
            where[s.sid] = (ch, ext, url or f"https://t.me/{ch.username}")
        title = r["title"]
        if ch.kind == "feed" and title is None:
            title = headline(text)
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
            text=text,
            title=title,
            url=url,
            forwarded_from=fwd,
            hashtags=tuple(re.findall(r"#(\w+)", text)) if ch.kind == "telegram" else (),
        )
        out.append(Labelled(post=post, story=s.sid))
        _KINDS[(ch.key, ext)] = r["kind"]
        _FAMILY[s.sid] = s.family
    return out


def kind_of(x: Labelled) -> str:
    """ "original" for the first post of a story, else the copy transform's name."""
    return _KINDS.get((x.post.source.key, x.post.external_id), "?")


def family_of(x: Labelled) -> str:
    """The kind of distinct content the story belongs to."""
    return _FAMILY.get(x.story, "?")
