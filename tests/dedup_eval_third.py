# ruff: noqa: E501
"""A third labelled near-duplicate set, written blind to the method (without reading the
similarity, candidate, polarity or cleaning code, nor the templates of the first two sets):
posts shaped like foreign-ministry, embassy and news-agency channels, in Russian and English.

Every post carries a *story*. Two posts of one story are the same statement; two posts of
different stories are different statements however alike they read.

Kept apart (different stories):

* templated posts filled for another country, city, date, year or person: anniversaries of
  diplomatic relations, consular and visa notices, weekly briefing announcements, election
  congratulations, meeting readouts with the same counterpart on another date, entry bans,
  national-day greetings, condolences, evacuation flights;
* figures that differ in a number only ("delivered 120 tonnes" / "delivered 210 tonnes",
  a death toll updated);
* statements where one word flips the meaning (welcomes/condemns, lifted/imposed,
  ratified/denounced, "поддерживает"/"не поддерживает", "вводит"/"отменяет");
* multi-paragraph statements whose boilerplate paragraphs are shared and one paragraph
  (the incident: date, place, person) differs; lists of documents signed that differ in one
  item;
* an agency's rewrite of a ministry's post ("Лавров заявил, что ...", "Lavrov said ..."):
  a paraphrase is a different post. Only when the agency essentially copies the text (the
  original with a source line, a prefix or its own signature) is it the same story;
* a translation is a different post (it is not a copy of the text); the set pairs none;
* the same greeting posted for another year.

Linked (same story): a plain forward (with or without the forward header), another
channel's repost with its signature, hashtags or a "Подписывайтесь"/"Subscribe" line, emoji
added or removed, a "⚡️"/"❗️СРОЧНО" prefix, the text truncated with "…" and a "Читать
далее"/"Read more" link, line breaks joined, typographic changes (« » for " ", ё for е, — for
-, non-breaking spaces), a typo fixed or made, a trailing mid.ru or t.me link, the first
paragraph alone when it is at least 80% of the text, an added "Источник: МИД России" line;
sometimes two of these at once.

:func:`build` makes the set from a seed: templates filled from long lists, with copies
published minutes to hours after their original and distinct posts of one template days
apart or on the same day; :data:`HAND_WRITTEN` adds cases written out in full.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef


def _ch(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MID = _ch("1001118543", "МИД России 🇷🇺", "MID_Russia")
MFA_EN = _ch("1001243211", "MFA Russia 🇷🇺", "MFARussia")
ZAKH = _ch("1001399270", "Мария Захарова", "MariaVladimirovnaZ")
TASS = _ch("1001050820", "ТАСС", "tass_agency")
RIA = _ch("1001101170", "РИА Новости", "rian_ru")
DIPLO = _ch("1001688905", "Дипломатия сегодня", "diplo_today")
CONSUL = _ch("1001577302", "Консульская служба МИД России", "consular_mid")
POSOL = _ch("1001745566", "Посольство России в Китае", "rusembchina")
EMCHS = _ch("1001612233", "МЧС России", "mchs_official")
EMB_UK = _ch("1001333912", "Russian Embassy in the UK", "RussianEmbassyUK")
EMB_ZA = _ch("1001450027", "Russian Embassy in South Africa", "EmbassyofRussiaSA")
WIRE = _ch("1001802294", "Global Diplomacy Wire", "dipwire")
RT = _ch("1001007777", "RT News", "rt_english")
MFA_KZ = _ch("1001920411", "MFA of Kazakhstan", "MFA_KZ")

CHANNELS = {
    c.username: c
    for c in (
        MID,
        MFA_EN,
        ZAKH,
        TASS,
        RIA,
        DIPLO,
        CONSUL,
        POSOL,
        EMCHS,
        EMB_UK,
        EMB_ZA,
        WIRE,
        RT,
        MFA_KZ,
    )
}

RU_COPIERS = (DIPLO, ZAKH, TASS, RIA, POSOL, MID)
EN_COPIERS = (EMB_UK, EMB_ZA, WIRE, RT, MFA_EN)

SIGNATURES: dict[str, tuple[str, ...]] = {
    "diplo_today": (
        "\n\n👉 Подписывайтесь на «Дипломатию сегодня»",
        "\n\n#МИД #дипломатия\n👉 @diplo_today",
        "\n\nПодписывайтесь: t.me/diplo_today",
    ),
    "MariaVladimirovnaZ": ("\n\n#Захарова", "\n\n✍️ Подписывайтесь на мой канал"),
    "tass_agency": ("\n\n@tass_agency", "\n\nТАСС | Подписаться"),
    "rian_ru": ("\n\nРИА Новости | Подписаться", "\n\n#МИД #новости"),
    "rusembchina": (
        "\n\n#Россия #Китай #посольство",
        "\n\n🇷🇺🇨🇳 Подписывайтесь на канал Посольства",
    ),
    "MID_Russia": ("\n\n#МИД_России", "\n\n🇷🇺 Подписывайтесь на канал МИД России"),
    "RussianEmbassyUK": (
        "\n\n#Russia #UK\nSubscribe: @RussianEmbassyUK",
        "\n\n🇷🇺 Follow the Russian Embassy in the UK",
    ),
    "EmbassyofRussiaSA": (
        "\n\n#RussiaSouthAfrica 🇷🇺🇿🇦",
        "\n\nSubscribe to our channel 👉 @EmbassyofRussiaSA",
    ),
    "dipwire": (
        "\n\n🔔 Subscribe to Global Diplomacy Wire",
        "\n\n#Diplomacy\nSubscribe: t.me/dipwire",
    ),
    "rt_english": ("\n\nFollow @rt_english", "\n\n📲 Subscribe to RT News"),
    "MFARussia": ("\n\n#Russia #MFA", "\n\n🇷🇺 Subscribe: @MFARussia"),
}


@dataclass(frozen=True, slots=True)
class Country:
    en: str
    nom: str
    gen: str
    ins: str
    prep: str


COUNTRIES = [
    Country(*row)
    for row in (
        ("Indonesia", "Индонезия", "Индонезии", "Индонезией", "Индонезии"),
        ("Brazil", "Бразилия", "Бразилии", "Бразилией", "Бразилии"),
        ("India", "Индия", "Индии", "Индией", "Индии"),
        ("China", "Китай", "Китая", "Китаем", "Китае"),
        ("Egypt", "Египет", "Египта", "Египтом", "Египте"),
        ("Argentina", "Аргентина", "Аргентины", "Аргентиной", "Аргентине"),
        ("Mexico", "Мексика", "Мексики", "Мексикой", "Мексике"),
        ("Vietnam", "Вьетнам", "Вьетнама", "Вьетнамом", "Вьетнаме"),
        ("Laos", "Лаос", "Лаоса", "Лаосом", "Лаосе"),
        ("Mongolia", "Монголия", "Монголии", "Монголией", "Монголии"),
        ("Kazakhstan", "Казахстан", "Казахстана", "Казахстаном", "Казахстане"),
        ("Uzbekistan", "Узбекистан", "Узбекистана", "Узбекистаном", "Узбекистане"),
        ("Kyrgyzstan", "Киргизия", "Киргизии", "Киргизией", "Киргизии"),
        ("Tajikistan", "Таджикистан", "Таджикистана", "Таджикистаном", "Таджикистане"),
        ("Armenia", "Армения", "Армении", "Арменией", "Армении"),
        ("Serbia", "Сербия", "Сербии", "Сербией", "Сербии"),
        ("Algeria", "Алжир", "Алжира", "Алжиром", "Алжире"),
        ("Ethiopia", "Эфиопия", "Эфиопии", "Эфиопией", "Эфиопии"),
        ("Nigeria", "Нигерия", "Нигерии", "Нигерией", "Нигерии"),
        ("Kenya", "Кения", "Кении", "Кенией", "Кении"),
        ("South Africa", "ЮАР", "ЮАР", "ЮАР", "ЮАР"),
        ("Angola", "Ангола", "Анголы", "Анголой", "Анголе"),
        ("Mozambique", "Мозамбик", "Мозамбика", "Мозамбиком", "Мозамбике"),
        ("Venezuela", "Венесуэла", "Венесуэлы", "Венесуэлой", "Венесуэле"),
        ("Cuba", "Куба", "Кубы", "Кубой", "Кубе"),
        ("Nicaragua", "Никарагуа", "Никарагуа", "Никарагуа", "Никарагуа"),
        ("Bolivia", "Боливия", "Боливии", "Боливией", "Боливии"),
        ("Iran", "Иран", "Ирана", "Ираном", "Иране"),
        ("Iraq", "Ирак", "Ирака", "Ираком", "Ираке"),
        ("Jordan", "Иордания", "Иордании", "Иорданией", "Иордании"),
        ("Oman", "Оман", "Омана", "Оманом", "Омане"),
        ("Qatar", "Катар", "Катара", "Катаром", "Катаре"),
        ("Malaysia", "Малайзия", "Малайзии", "Малайзией", "Малайзии"),
        ("Thailand", "Таиланд", "Таиланда", "Таиландом", "Таиланде"),
        ("Myanmar", "Мьянма", "Мьянмы", "Мьянмой", "Мьянме"),
        ("Sri Lanka", "Шри-Ланка", "Шри-Ланки", "Шри-Ланкой", "Шри-Ланке"),
        ("Pakistan", "Пакистан", "Пакистана", "Пакистаном", "Пакистане"),
        ("Bangladesh", "Бангладеш", "Бангладеш", "Бангладеш", "Бангладеш"),
        ("Turkey", "Турция", "Турции", "Турцией", "Турции"),
        ("Hungary", "Венгрия", "Венгрии", "Венгрией", "Венгрии"),
        ("Slovakia", "Словакия", "Словакии", "Словакией", "Словакии"),
        ("Peru", "Перу", "Перу", "Перу", "Перу"),
        ("Chile", "Чили", "Чили", "Чили", "Чили"),
        ("Colombia", "Колумбия", "Колумбии", "Колумбией", "Колумбии"),
        ("Ecuador", "Эквадор", "Эквадора", "Эквадором", "Эквадоре"),
        ("Tanzania", "Танзания", "Танзании", "Танзанией", "Танзании"),
        ("Uganda", "Уганда", "Уганды", "Угандой", "Уганде"),
        ("Mali", "Мали", "Мали", "Мали", "Мали"),
        ("Niger", "Нигер", "Нигера", "Нигером", "Нигере"),
        ("Zimbabwe", "Зимбабве", "Зимбабве", "Зимбабве", "Зимбабве"),
    )
]

# Countries of entry bans and expulsions: (genitive, English, "citizens of ...").
WESTERN = [
    ("Великобритании", "the United Kingdom"),
    ("Канады", "Canada"),
    ("Австралии", "Australia"),
    ("Новой Зеландии", "New Zealand"),
    ("Японии", "Japan"),
    ("Норвегии", "Norway"),
    ("Исландии", "Iceland"),
    ("Эстонии", "Estonia"),
    ("Латвии", "Latvia"),
    ("Литвы", "Lithuania"),
    ("Польши", "Poland"),
    ("Финляндии", "Finland"),
    ("Дании", "Denmark"),
    ("Швеции", "Sweden"),
    ("Чехии", "the Czech Republic"),
    ("Румынии", "Romania"),
    ("Болгарии", "Bulgaria"),
    ("Германии", "Germany"),
    ("Нидерландов", "the Netherlands"),
    ("Бельгии", "Belgium"),
]

# Foreign names: English, Russian nominative, genitive (also accusative), instrumental.
NAMES = [
    ("J. Santos", "Ж.Сантос", "Ж.Сантоса", "Ж.Сантосом"),
    ("R. Mendoza", "Р.Мендоса", "Р.Мендосы", "Р.Мендосой"),
    ("H. Ibrahim", "Х.Ибрагим", "Х.Ибрагима", "Х.Ибрагимом"),
    ("K. Nurlanov", "К.Нурланов", "К.Нурланова", "К.Нурлановым"),
    ("T. Nguyen", "Т.Нгуен", "Т.Нгуена", "Т.Нгуеном"),
    ("S. Okafor", "С.Окафор", "С.Окафора", "С.Окафором"),
    ("A. Haddad", "А.Хаддад", "А.Хаддада", "А.Хаддадом"),
    ("M. Rahman", "М.Рахман", "М.Рахмана", "М.Рахманом"),
    ("D. Petrovic", "Д.Петрович", "Д.Петровича", "Д.Петровичем"),
    ("L. Fernandez", "Л.Фернандес", "Л.Фернандеса", "Л.Фернандесом"),
    ("B. Tesfaye", "Б.Тесфайе", "Б.Тесфайе", "Б.Тесфайе"),
    ("F. Al-Mansouri", "Ф.Аль-Мансури", "Ф.Аль-Мансури", "Ф.Аль-Мансури"),
    ("W. Chaiyasit", "В.Чайясит", "В.Чайясита", "В.Чайяситом"),
    ("E. Mwangi", "Э.Мванги", "Э.Мванги", "Э.Мванги"),
    ("O. Diallo", "О.Диалло", "О.Диалло", "О.Диалло"),
    ("G. Horvath", "Г.Хорват", "Г.Хорвата", "Г.Хорватом"),
    ("N. Batbayar", "Н.Батбаяр", "Н.Батбаяра", "Н.Батбаяром"),
    ("C. Quispe", "К.Киспе", "К.Киспе", "К.Киспе"),
    ("I. Yusupov", "И.Юсупов", "И.Юсупова", "И.Юсуповым"),
    ("V. Grigoryan", "В.Григорян", "В.Григоряна", "В.Григоряном"),
    ("J. Morales", "Х.Моралес", "Х.Моралеса", "Х.Моралесом"),
    ("A. Suleiman", "А.Сулейман", "А.Сулеймана", "А.Сулейманом"),
    ("R. Castillo", "Р.Кастильо", "Р.Кастильо", "Р.Кастильо"),
    ("M. Osei", "М.Осеи", "М.Осеи", "М.Осеи"),
    ("S. Rahimov", "С.Рахимов", "С.Рахимова", "С.Рахимовым"),
    ("D. Bekov", "Д.Беков", "Д.Бекова", "Д.Бековым"),
    ("P. Dlamini", "П.Дламини", "П.Дламини", "П.Дламини"),
    ("A. Benali", "А.Бенали", "А.Бенали", "А.Бенали"),
    ("T. Sok", "Т.Сок", "Т.Сока", "Т.Соком"),
    ("H. Karimov", "Х.Каримов", "Х.Каримова", "Х.Каримовым"),
    ("E. Ruiz", "Э.Руис", "Э.Руиса", "Э.Руисом"),
    ("K. Mensah", "К.Менса", "К.Менсы", "К.Менсой"),
]

DEPUTIES = [
    ("С.А.Рябков", "Sergey Ryabkov"),
    ("А.Ю.Руденко", "Andrey Rudenko"),
    ("М.Ю.Галузин", "Mikhail Galuzin"),
    ("С.В.Вершинин", "Sergey Vershinin"),
    ("А.Н.Грушко", "Alexander Grushko"),
    ("Г.В.Карасин", "Georgy Karasin"),
]

TOPICS = [
    (
        "актуальные вопросы двустороннего торгово-экономического сотрудничества",
        "current issues of bilateral trade and economic cooperation",
    ),
    ("ситуация на Ближнем Востоке", "the situation in the Middle East"),
    (
        "подготовка к предстоящим контактам на высшем уровне",
        "preparations for upcoming top-level contacts",
    ),
    ("взаимодействие в ООН и БРИКС", "cooperation at the UN and BRICS"),
    (
        "реализация совместных энергетических проектов",
        "the implementation of joint energy projects",
    ),
    ("вопросы региональной безопасности", "regional security issues"),
    (
        "расширение гуманитарных и образовательных обменов",
        "expanding humanitarian and educational exchanges",
    ),
    ("ситуация вокруг Украины", "the situation around Ukraine"),
    ("сотрудничество в области транспорта и логистики", "cooperation in transport and logistics"),
    (
        "совместная борьба с международным терроризмом",
        "joint efforts to counter international terrorism",
    ),
    ("обеспечение глобальной продовольственной безопасности", "global food security"),
    ("положение дел в Афганистане", "the situation in Afghanistan"),
    ("взаимодействие в рамках ШОС", "cooperation within the SCO"),
    ("перспективы урегулирования в Судане", "prospects for a settlement in Sudan"),
    ("расчёты в национальных валютах", "settlements in national currencies"),
    (
        "подготовка заседания межправительственной комиссии",
        "preparations for the intergovernmental commission meeting",
    ),
]

PLACES = [
    ("Москве", "Moscow"),
    ("Нью-Йорке", "New York"),
    ("Женеве", "Geneva"),
    ("Пекине", "Beijing"),
    ("Анкаре", "Ankara"),
    ("Рио-де-Жанейро", "Rio de Janeiro"),
    ("Астане", "Astana"),
    ("Казани", "Kazan"),
]

FORA = [
    ("ООН, БРИКС и ШОС", "the UN, BRICS and the SCO"),
    ("«Группе двадцати»", "the G20"),
    ("СНГ и ОДКБ", "the CIS and the CSTO"),
    ("формате Россия — АСЕАН", "the Russia–ASEAN format"),
]

CITIES = [
    ("Almaty", "Алма-Ате"),
    ("Uralsk", "Уральске"),
    ("Shanghai", "Шанхае"),
    ("Guangzhou", "Гуанчжоу"),
    ("Harbin", "Харбине"),
    ("Shenyang", "Шэньяне"),
    ("Hong Kong", "Гонконге"),
    ("Mumbai", "Мумбаи"),
    ("Chennai", "Ченнаи"),
    ("Kolkata", "Калькутте"),
    ("Istanbul", "Стамбуле"),
    ("Antalya", "Анталье"),
    ("Dubai", "Дубае"),
    ("Jeddah", "Джидде"),
    ("Osh", "Оше"),
    ("Samarkand", "Самарканде"),
    ("Gyumri", "Гюмри"),
    ("Ho Chi Minh City", "Хошимине"),
    ("Da Nang", "Дананге"),
    ("Karachi", "Карачи"),
    ("Alexandria", "Александрии"),
    ("Cape Town", "Кейптауне"),
    ("Sao Paulo", "Сан-Паулу"),
    ("Busan", "Пусане"),
    ("Osaka", "Осаке"),
    ("Sapporo", "Саппоро"),
    ("Aktobe", "Актобе"),
    ("Edinburgh", "Эдинбурге"),
]

WESTERN_CITIES = [
    ("Варшаве", "Warsaw"),
    ("Риге", "Riga"),
    ("Вильнюсе", "Vilnius"),
    ("Таллине", "Tallinn"),
    ("Хельсинки", "Helsinki"),
    ("Праге", "Prague"),
    ("Берлине", "Berlin"),
    ("Париже", "Paris"),
    ("Гааге", "The Hague"),
    ("Копенгагене", "Copenhagen"),
    ("Осло", "Oslo"),
    ("Бухаресте", "Bucharest"),
]

PERSONS_RU = [
    "Андрей Соколов",
    "Дмитрий Орлов",
    "Игорь Белов",
    "Сергей Гаврилов",
    "Павел Ершов",
    "Николай Зуев",
    "Олег Корнилов",
    "Виктор Лапин",
    "Артём Никитин",
    "Роман Фомин",
]

DISASTERS = [
    ("землетрясения", "earthquake"),
    ("наводнения", "floods"),
    ("схода оползня", "landslide"),
    ("тропического циклона", "tropical cyclone"),
    ("лесных пожаров", "wildfires"),
    ("крушения пассажирского поезда", "passenger train crash"),
]

AGREEMENTS = [
    ("о взаимной защите капиталовложений", "on the mutual protection of investments"),
    (
        "о сотрудничестве в области мирного использования атомной энергии",
        "on cooperation in the peaceful uses of atomic energy",
    ),
    ("о воздушном сообщении", "on air services"),
    (
        "о взаимном признании документов об образовании",
        "on the mutual recognition of educational qualifications",
    ),
    (
        "о сотрудничестве в сфере информационной безопасности",
        "on cooperation in information security",
    ),
    ("о реадмиссии", "on readmission"),
    ("о военно-техническом сотрудничестве", "on military-technical cooperation"),
    ("об избежании двойного налогообложения", "on the avoidance of double taxation"),
]

DOCS = [
    (
        "Меморандум о взаимопонимании в области цифровой экономики",
        "Memorandum of Understanding on the digital economy",
    ),
    (
        "Соглашение о сотрудничестве в сфере здравоохранения",
        "Agreement on cooperation in healthcare",
    ),
    (
        "Программа культурных обменов на 2025–2027 годы",
        "Programme of cultural exchanges for 2025–2027",
    ),
    (
        "Соглашение о взаимном признании документов об образовании",
        "Agreement on the mutual recognition of educational qualifications",
    ),
    (
        "Меморандум о сотрудничестве в области мирного использования атомной энергии",
        "Memorandum on cooperation in the peaceful uses of atomic energy",
    ),
    ("Соглашение о воздушном сообщении", "Air Services Agreement"),
    (
        "План консультаций между министерствами иностранных дел на 2025–2026 годы",
        "Plan of consultations between the foreign ministries for 2025–2026",
    ),
    ("Соглашение о сотрудничестве в области ветеринарии", "Agreement on veterinary cooperation"),
    (
        "Меморандум о сотрудничестве между информационными агентствами",
        "Memorandum on cooperation between news agencies",
    ),
    (
        "Протокол о сотрудничестве в области сельского хозяйства",
        "Protocol on agricultural cooperation",
    ),
    ("Меморандум о сотрудничестве в сфере туризма", "Memorandum on cooperation in tourism"),
    (
        "Соглашение о сотрудничестве в области геологии и недропользования",
        "Agreement on cooperation in geology and subsoil use",
    ),
    (
        "Меморандум о сотрудничестве в области высшего образования",
        "Memorandum on cooperation in higher education",
    ),
    (
        "Соглашение о сотрудничестве в сфере борьбы с наркотиками",
        "Agreement on cooperation in combating drug trafficking",
    ),
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
WEEKDAYS_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

START = datetime(2024, 9, 2, 6, 0, tzinfo=UTC)
SPAN_DAYS = 440


def _ru(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]}"


def _en(d: datetime) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}"


def _v(place: str) -> str:
    """ "в" or "во" before a place in the prepositional case (во Вьетнаме, в Венгрии)."""
    vowels = "аеёиоуыэюя"
    if place[:1] in "ВФ" and len(place) > 1 and place[1].lower() not in vowels:
        return f"во {place}"
    return f"в {place}"


def _years_ru(n: int) -> str:
    if 11 <= n % 100 <= 14:
        return "лет"
    if n % 10 == 1:
        return "год"
    if 2 <= n % 10 <= 4:
        return "года"
    return "лет"


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _not_one(n: int) -> int:
    """A count whose Russian plural form is the genitive plural in every template."""
    while n % 10 in (1, 2, 3, 4) or 11 <= n % 100 <= 14:
        n += 1
    return n


def _cyrillic(text: str) -> bool:
    return any("а" <= ch <= "я" for ch in text.lower())


# --- copies -------------------------------------------------------------------------------

_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d\u2b50\u2b06\u2194-\u21aa]")


def _strip_emoji(text: str) -> str:
    text = _EMOJI.sub("", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"(?m)^[ \t]+|[ \t]+$", "", text)
    return text.strip()


def _typo(rng: random.Random, text: str) -> str:
    words = [m for m in re.finditer(r"[^\W\d_]{8,}", text)]
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(2, len(w) - 3)
    if rng.random() < 0.5 and w[i] != w[i + 1]:
        bad = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    else:
        bad = w[:i] + w[i + 1 :]
    return text[: m.start()] + bad + text[m.end() :]


def _typography(rng: random.Random, text: str) -> str | None:
    if _cyrillic(text):
        out = (
            text.replace("«", '"')
            .replace("»", '"')
            .replace("ё", "е")
            .replace(" — ", " - ")
            .replace("–", "-")
        )
        if out == text or rng.random() < 0.4:
            out = re.sub(r"(?<=\s)(в|с|и|к|о|на|по|до|не) ", "\\1\u00a0", out)
    else:
        out = text.replace("'", "’").replace(" — ", " – ").replace("–", "-")
        if out == text or rng.random() < 0.4:
            out = re.sub(r"(?<=\s)(a|an|the|of|to|in|on) ", "\\1\u00a0", out)
    return out if out != text else None


def _truncate(rng: random.Random, text: str) -> str | None:
    if len(text) < 260:
        return None
    cut = text.rfind(" ", 0, int(len(text) * rng.uniform(0.6, 0.85)))
    head = text[:cut].rstrip(" ,.;:—-\n")
    num = rng.randint(1_900_000, 2_050_000)
    if _cyrillic(text):
        tail = rng.choice(
            [
                f"…\n\nЧитать далее: https://mid.ru/ru/foreign_policy/news/{num}/",
                "…\n\n👉 Читать далее",
                f"… Читать полностью: mid.ru/ru/foreign_policy/news/{num}/",
            ]
        )
    else:
        tail = rng.choice(
            [
                f"…\n\nRead more: https://mid.ru/en/foreign_policy/news/{num}/",
                "… Read more ➡️",
                f"…\n\n🔗 Read more: mid.ru/en/foreign_policy/news/{num}/",
            ]
        )
    return head + tail


def _first_paragraph(text: str) -> str | None:
    paras = text.split("\n\n")
    if len(paras) >= 2 and len(paras[0]) >= 0.8 * len(text):
        return paras[0]
    return None


COPY_KINDS = (
    "forward",
    "signature",
    "emoji_add",
    "emoji_remove",
    "prefix",
    "truncate",
    "join_lines",
    "typography",
    "typo_fixed",
    "typo_made",
    "link",
    "first_paragraph",
    "source_line",
)


@dataclass
class _Draft:
    at: datetime
    source: SourceRef
    text: str
    story: str
    forward_of: _Draft | None = None


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.drafts: list[_Draft] = []
        self.n = 0

    def story(self, kind: str) -> str:
        self.n += 1
        return f"{kind}-{self.n}"

    def day(self, lo: int = 0, hi: int = SPAN_DAYS) -> datetime:
        r = self.rng
        return START + timedelta(
            days=r.randrange(lo, hi),
            hours=r.randint(1, 14),
            minutes=r.randint(0, 59),
            seconds=r.randint(0, 59),
        )

    def post(
        self,
        at: datetime,
        source: SourceRef,
        text: str,
        story: str | None = None,
        copies: float = 0.45,
    ) -> _Draft:
        d = _Draft(at, source, text, story or self.story("x"))
        self.drafts.append(d)
        if self.rng.random() < copies:
            self.copies(d, 1 if self.rng.random() < 0.7 else 2)
        return d

    def _apply(self, kind: str, d: _Draft, text: str, channel: SourceRef) -> str | None:
        r = self.rng
        ru = _cyrillic(text)
        if kind in ("forward", "typo_fixed"):
            return text
        if kind == "signature":
            return text + r.choice(SIGNATURES[channel.username])
        if kind == "emoji_add":
            if r.random() < 0.5 and not _EMOJI.match(text):
                return r.choice(["🇷🇺 ", "📌 ", "🔹 ", "🌍 "]) + text
            return text + r.choice([" 🇷🇺", " 🤝", " 🕊"])
        if kind == "emoji_remove":
            out = _strip_emoji(text)
            return out if out != text else None
        if kind == "prefix":
            return (
                r.choice(
                    ["⚡️ ", "❗️СРОЧНО: ", "❗️", "⚡️Важно: ", "🔴 "]
                    if ru
                    else ["⚡️ ", "⚡️Breaking: ", "❗️", "BREAKING: ", "🔴 "]
                )
                + text
            )
        if kind == "truncate":
            return _truncate(r, text)
        if kind == "join_lines":
            return re.sub(r"[ \t]*\n+[ \t]*", " ", text) if "\n" in text else None
        if kind == "typography":
            return _typography(r, text)
        if kind == "typo_made":
            return _typo(r, text)
        if kind == "link":
            num = r.randint(1_900_000, 2_050_000)
            return text + r.choice(
                [
                    f"\n\nhttps://mid.ru/ru/foreign_policy/news/{num}/",
                    f"\n\nt.me/{d.source.username}/{r.randint(10000, 60000)}",
                    f" https://t.me/{d.source.username}/{r.randint(10000, 60000)}",
                ]
            )
        if kind == "first_paragraph":
            return _first_paragraph(text)
        if kind == "source_line":
            return text + r.choice(
                [
                    "\n\nИсточник: МИД России",
                    "\n\n(Источник: МИД России)",
                    "\n\nИсточник: t.me/MID_Russia",
                ]
                if ru
                else [
                    "\n\nSource: Russian MFA",
                    "\n\nvia @MFARussia",
                    "\n\n(Source: the Russian Foreign Ministry)",
                ]
            )
        raise AssertionError(kind)

    def copies(self, d: _Draft, count: int) -> None:
        r = self.rng
        ru = _cyrillic(d.text)
        kinds = list(COPY_KINDS)
        r.shuffle(kinds)
        original = d.text
        at = d.at
        made = 0
        used: list[SourceRef] = []
        for kind in kinds:
            if made == count:
                break
            channel = r.choice(
                [
                    c
                    for c in (RU_COPIERS if ru else EN_COPIERS)
                    if c is not d.source and c not in used
                ]
            )
            base = original
            if kind == "typo_fixed":
                if d.text != original:
                    continue
                d.text = _typo(r, original)  # the original went out with a typo
            text = self._apply(kind, d, base if kind == "typo_fixed" else d.text, channel)
            if text is None:
                if kind == "typo_fixed":
                    d.text = original
                continue
            if kind != "forward" and r.random() < 0.15:  # two changes at once
                second = r.choice(
                    (
                        "signature",
                        "emoji_add",
                        "prefix",
                        "typography",
                        "link",
                        "source_line",
                        "join_lines",
                    )
                )
                text = self._apply(second, d, text, channel) or text
            at = at + timedelta(minutes=r.randint(3, 300), seconds=r.randint(0, 59))
            forward_of = d if kind == "forward" and r.random() < 0.6 else None
            self.drafts.append(_Draft(at, channel, text, d.story, forward_of))
            used.append(channel)
            made += 1


# --- templates ----------------------------------------------------------------------------


def _anniversaries(g: _Gen) -> None:
    r = g.rng
    countries = r.sample(COUNTRIES, 28)
    for i, c in enumerate(countries):
        n = r.randint(30, 82)
        at = g.day(0, 60) if i < 3 else g.day()
        texts = []
        for k in range(2 if i < 3 else 1):  # the first three again a year later
            when = at + timedelta(days=365 * k)
            if i % 2 == 0:
                texts.append(
                    (
                        when,
                        MID,
                        f"{_ru(when)} исполняется {n + k} {_years_ru(n + k)} со дня установления дипломатических отношений между Россией и {c.ins}.\n\nЗа прошедшие десятилетия наши страны накопили богатый опыт взаимодействия. Поступательно развиваются политический диалог, торгово-экономическое и культурно-гуманитарное сотрудничество, налажены плодотворные контакты по линии внешнеполитических ведомств.\n\nУбеждены, что дальнейшее укрепление многопланового партнёрства отвечает коренным интересам народов двух стран и служит делу мира и стабильности.\n\n🇷🇺🤝 Поздравляем друзей {_v(c.prep)}!",
                    )
                )
            else:
                texts.append(
                    (
                        when,
                        MFA_EN,
                        f"On {_en(when)}, {when.year}, we mark the {_ordinal(n + k)} anniversary of the establishment of diplomatic relations between Russia and {c.en}.\n\nOver these decades, our countries have accumulated a wealth of experience in working together. Political dialogue, trade, economic and cultural ties continue to grow, and our foreign ministries maintain regular and productive contacts.\n\nWe are convinced that further strengthening our multifaceted partnership meets the fundamental interests of both peoples and serves the cause of peace and stability.\n\n🇷🇺🤝 Congratulations to our friends in {c.en}!",
                    )
                )
        for when, ch, text in texts:
            g.post(when, ch, text, g.story("anniversary"), copies=0.45)


def _consular(g: _Gen) -> None:
    r = g.rng
    reasons_ru = [
        "национальным праздником страны пребывания",
        "проведением технических работ",
        "празднованием Дня России",
        "праздничным днём в стране пребывания",
    ]
    reasons_en = [
        "a public holiday",
        "technical works",
        "Russia Day celebrations",
        "a national holiday in the host country",
    ]

    def ru_closed(city: str, when: datetime, reason: str) -> str:
        return f"Генеральное консульство России в {city} информирует, что {_ru(when)} ({WEEKDAYS_RU[when.weekday()]}) в связи с {reason} консульский приём граждан проводиться не будет.\n\nПо экстренным вопросам, связанным с угрозой жизни и здоровью российских граждан, просьба обращаться по телефону дежурного дипломата."

    def ru_gosuslugi(city: str, when: datetime, _reason: str) -> str:
        return f"⚠️ Вниманию граждан! С {_ru(when)} запись на подачу документов для оформления заграничных паспортов в Генеральном консульстве России в {city} осуществляется только через портал «Госуслуги». Приём без предварительной записи не ведётся."

    def en_closed(city: str, when: datetime, reason: str) -> str:
        return f"The Consular Section of the Russian Embassy in {city} will be closed to visitors on {_en(when)} ({WEEKDAYS_EN[when.weekday()]}) due to {reason}. In emergencies threatening the life or health of Russian citizens, please call the duty diplomat."

    def en_visa(city: str, when: datetime, _reason: str) -> str:
        return f"Visa notice: from {_en(when)}, applications for Russian visas at the Visa Application Centre in {city} are accepted by appointment only. Please book your appointment online in advance. Walk-in applications will not be accepted."

    cities = list(CITIES)
    r.shuffle(cities)
    for maker, ru, lang_channel in (
        (ru_closed, True, CONSUL),
        (ru_gosuslugi, True, CONSUL),
        (en_closed, False, MFA_EN),
        (en_visa, False, MFA_EN),
    ):
        reasons = reasons_ru if ru else reasons_en
        # the same date and reason for several cities, posted the same day
        for _ in range(2):
            at = g.day()
            when = at + timedelta(days=r.randint(2, 9))
            reason = r.choice(reasons)
            for city_en, city_ru in r.sample(cities, r.randint(2, 3)):
                at = at + timedelta(minutes=r.randint(4, 50))
                g.post(
                    at,
                    lang_channel,
                    maker(city_ru if ru else city_en, when, reason),
                    g.story("consular"),
                    copies=0.3,
                )
        # one city, several dates
        for _ in range(2):
            city_en, city_ru = r.choice(cities)
            reason = r.choice(reasons)
            at = g.day(0, SPAN_DAYS - 120)
            for _k in range(r.randint(2, 3)):
                at = at + timedelta(days=r.randint(6, 50), hours=r.randint(-3, 3))
                when = at + timedelta(days=r.randint(2, 9))
                g.post(
                    at,
                    lang_channel,
                    maker(city_ru if ru else city_en, when, reason),
                    g.story("consular"),
                    copies=0.3,
                )


def _aid(g: _Gen) -> None:
    r = g.rng
    for c in r.sample(COUNTRIES, 9):
        dis_ru, dis_en = r.choice(DISASTERS[:4])
        at = g.day(0, SPAN_DAYS - 30)
        used: set[int] = set()
        ru = r.random() < 0.55
        for _ in range(r.randint(2, 3)):  # several deliveries, differing in the tonnage
            n = r.randrange(4, 60) * 5
            while n in used:
                n = r.randrange(4, 60) * 5
            used.add(n)
            if ru:
                text = f"Самолёт МЧС России доставил {n} тонн гуманитарной помощи для пострадавшего населения {_v(c.prep)}. В составе груза — продукты питания, медикаменты, палатки и дизельные электростанции.\n\nПомощь будет передана пострадавшим от {dis_ru} через местные органы власти."
                ch = r.choice([EMCHS, MID])
            else:
                text = f"A Russian Emergencies Ministry Il-76 aircraft has delivered {n} tonnes of humanitarian aid to {c.en}. The cargo includes food, medicines, tents and diesel generators.\n\nThe aid will be handed over to people affected by the {dis_en} through the local authorities."
                ch = r.choice([MFA_EN, EMB_ZA])
            g.post(at, ch, text, g.story("aid"), copies=0.35)
            at = at + timedelta(days=r.choice([0, 0, 1, 2, 5, 9]), hours=r.randint(2, 6))
    for c in r.sample(COUNTRIES, 6):  # death tolls updated
        dis_ru, dis_en = r.choice(DISASTERS)
        at = g.day()
        dead, hurt = r.randint(12, 80), r.randint(40, 300)
        ru = r.random() < 0.5
        for k in range(r.randint(2, 3)):
            if k:
                if r.random() < 0.5:
                    dead += r.randint(3, 40)
                else:  # only the number of injured changes
                    hurt += r.randint(10, 90)
            if ru:
                text = f"По уточнённым данным, число жертв {dis_ru} {_v(c.prep)} возросло до {dead}, ещё {hurt} человек получили ранения. По информации Посольства России, граждан России среди погибших и пострадавших нет. Ситуация остаётся на контроле."
                ch = r.choice([MID, RIA, TASS])
            else:
                text = f"The death toll from the {dis_en} in {c.en} has risen to {dead}, with {hurt} people injured, according to local authorities. The Russian Embassy reports no Russian citizens among the victims and continues to monitor the situation."
                ch = r.choice([WIRE, RT])
            g.post(at, ch, text, g.story("toll"), copies=0.3)
            at = at + timedelta(hours=r.randint(3, 20))
    for c in r.sample(COUNTRIES, 4):  # evacuation flights
        at = g.day()
        for _ in range(2):
            n, kids = r.randint(60, 190), r.randint(8, 40)
            text = f"A special flight of the Russian Emergencies Ministry has evacuated {n} Russian citizens and members of their families from {c.en}. Among the evacuees are {kids} children. The plane landed at Moscow's Ramenskoye airport."
            g.post(at, r.choice([MFA_EN, RT]), text, g.story("evac"), copies=0.3)
            at = at + timedelta(days=r.randint(1, 4), hours=r.randint(0, 5))


POLAR_DECISIONS_RU = [
    "о возобновлении прямого переговорного процесса с оппозицией",
    "о проведении досрочных парламентских выборов",
    "о высылке группы иностранных военных советников",
    "о присоединении к Договору о запрещении ядерного оружия",
    "о национализации энергетических активов",
    "о закрытии иностранной военной базы",
]
POLAR_DECISIONS_EN = [
    "hold early parliamentary elections",
    "expel a group of foreign military advisers",
    "join the Treaty on the Prohibition of Nuclear Weapons",
    "nationalise its energy assets",
    "close a foreign military base on its territory",
    "resume direct talks with the opposition",
]
INITIATIVES_RU = [
    "о созыве международной конференции по продовольственной безопасности",
    "о создании зоны, свободной от оружия массового уничтожения",
    "о реформе Совета Безопасности ООН",
    "о введении моратория на добычу полезных ископаемых на морском дне",
    "о проведении саммита по климату",
]
INITIATIVES_EN = [
    "convene an international conference on food security",
    "create a zone free of weapons of mass destruction",
    "reform the UN Security Council",
    "impose a moratorium on deep-sea mining",
    "hold a climate summit",
]
GOODS_EN = [
    "fruit and vegetables",
    "dairy products",
    "fish and seafood",
    "cut flowers",
    "grain",
    "poultry",
]
TRAVEL_ACC = [
    ("Египет", "Egypt"),
    ("Иорданию", "Jordan"),
    ("Ливан", "Lebanon"),
    ("Мьянму", "Myanmar"),
    ("Непал", "Nepal"),
    ("Мали", "Mali"),
    ("Нигер", "Niger"),
    ("Гаити", "Haiti"),
    ("Шри-Ланку", "Sri Lanka"),
    ("Эквадор", "Ecuador"),
    ("Боливию", "Bolivia"),
    ("Кению", "Kenya"),
]


def _polarity(g: _Gen) -> None:
    """Pairs of statements that differ in the word that carries their meaning."""
    r = g.rng
    pairs: list[tuple[str, str, SourceRef]] = []
    for c in r.sample(COUNTRIES, 4):
        dec = r.choice(POLAR_DECISIONS_RU)
        t = "Москва {} решение властей {} {}. Соответствующая позиция доведена до сведения посла {} в ходе встречи в МИД России."
        pairs.append(
            (
                t.format("приветствует", c.gen, dec, c.gen),
                t.format("осуждает", c.gen, dec, c.gen),
                MID,
            )
        )
    for c in r.sample(COUNTRIES, 4):
        agr = r.choice(AGREEMENTS)[0]
        t = "Россия {} соглашение с {} {}. Соответствующий федеральный закон подписан Президентом Российской Федерации и вступает в силу со дня его официального опубликования."
        pairs.append(
            (
                t.format("ратифицировала", c.ins, agr),
                t.format("денонсировала", c.ins, agr),
                r.choice([MID, TASS]),
            )
        )
    for c in r.sample(COUNTRIES, 4):
        ini = r.choice(INITIATIVES_RU)
        t = "Российская сторона {} инициативу {} {}. Об этом заявила официальный представитель МИД России М.В.Захарова в ходе брифинга."
        pairs.append(
            (
                t.format("поддерживает", c.gen, ini),
                t.format("не поддерживает", c.gen, ini),
                r.choice([MID, RIA]),
            )
        )
    for c in r.sample(COUNTRIES, 4):
        when = g.day()
        t = "С {} Россия {} визовый режим для граждан {}. Соответствующее постановление Правительства Российской Федерации опубликовано на официальном интернет-портале правовой информации."
        pairs.append(
            (t.format(_ru(when), "вводит", c.gen), t.format(_ru(when), "отменяет", c.gen), MID)
        )
    for acc, _en_name in r.sample(TRAVEL_ACC, 4):
        a = f"МИД России рекомендует российским гражданам воздержаться от поездок в {acc} до стабилизации обстановки. Находящимся в стране соотечественникам следует соблюдать повышенные меры предосторожности."
        b = f"МИД России больше не рекомендует российским гражданам воздерживаться от поездок в {acc}. Находящимся в стране соотечественникам следует соблюдать повышенные меры предосторожности."
        pairs.append((a, b, CONSUL))
    for c in r.sample(COUNTRIES, 3):
        dec = r.choice(POLAR_DECISIONS_EN)
        t = "Russia {} the decision of the government of {} to {}. Moscow's position has been conveyed to the Ambassador of {} at a meeting at the Foreign Ministry."
        pairs.append(
            (t.format("welcomes", c.en, dec, c.en), t.format("condemns", c.en, dec, c.en), MFA_EN)
        )
    for c in r.sample(COUNTRIES, 3):
        goods = r.choice(GOODS_EN)
        t = "Russia has {} restrictions on imports of {} from {}, the Federal Service for Veterinary and Phytosanitary Surveillance said on Tuesday. The measure applies to all exporters from the country."
        pairs.append((t.format("lifted", goods, c.en), t.format("imposed", goods, c.en), WIRE))
    for c in r.sample(COUNTRIES, 3):
        ini = r.choice(INITIATIVES_EN)
        t = "Moscow {} the initiative of {} to {}, Foreign Ministry Spokeswoman Maria Zakharova told a briefing."
        pairs.append(
            (
                t.format("supports", c.en, ini),
                t.format("does not support", c.en, ini),
                r.choice([MFA_EN, RT]),
            )
        )
    for c in r.sample(COUNTRIES, 3):
        agr = r.choice(AGREEMENTS)[1]
        t = "Russia has {} the agreement with {} {}. The corresponding federal law was signed by the President and takes effect on the day of its official publication."
        pairs.append((t.format("ratified", c.en, agr), t.format("suspended", c.en, agr), MFA_EN))
    for city_en, _city_ru in r.sample(CITIES, 3):
        t = "The Consulate General of Russia in {} has {} the issuance of tourist visas. Applicants with confirmed appointments are asked to check their email for further instructions."
        pairs.append((t.format(city_en, "resumed"), t.format(city_en, "suspended"), EMB_UK))
    for a, b, ch in pairs:
        at = g.day()
        first, second = (a, b) if r.random() < 0.5 else (b, a)
        g.post(at, ch, first, g.story("polar"), copies=0.3)
        later = at + (
            timedelta(hours=r.randint(2, 9))
            if r.random() < 0.25
            else timedelta(days=r.randint(3, 60), hours=r.randint(-4, 4))
        )
        g.post(
            later,
            r.choice([ch, ch, MID if _cyrillic(b) else MFA_EN]),
            second,
            g.story("polar"),
            copies=0.3,
        )


def _briefings(g: _Gen) -> None:
    r = g.rng
    monday = START + timedelta(days=(7 - START.weekday()) % 7 + 7 * r.randint(0, 8), hours=4)
    for week in range(24):
        at = monday + timedelta(days=7 * week + r.choice([0, 1]), minutes=r.randint(0, 90))
        when = at + timedelta(days=r.choice([2, 3]))
        hh = r.choice([11, 11, 12, 15])
        text = f"🎙 {_ru(when)} ({WEEKDAYS_RU[when.weekday()]}) в {hh}:00 состоится брифинг официального представителя МИД России М.В.Захаровой по актуальным вопросам внешней политики.\n\n📍 Прямая трансляция — на сайте МИД России, в «ВКонтакте» и в нашем канале."
        g.post(at, MID, text, g.story("briefing"), copies=0.3)
    friday = monday + timedelta(days=4 + 7 * r.randint(20, 30))
    for week in range(12):
        at = friday + timedelta(days=7 * week, minutes=r.randint(0, 90))
        when = at + timedelta(days=r.choice([4, 5]))
        text = f"📣 On {WEEKDAYS_EN[when.weekday()]}, {_en(when)}, at {r.choice([11, 12, 14])}:00 Ambassador Andrey Kelin will hold a press conference at the Embassy on current international issues. Accredited journalists are welcome to attend; please register in advance at press@rusemb.org.uk."
        g.post(at, EMB_UK, text, g.story("presser"), copies=0.3)


def _elections(g: _Gen) -> None:
    r = g.rng
    names = list(NAMES)
    r.shuffle(names)
    countries = r.sample(COUNTRIES, 9)
    for i, c in enumerate(countries):
        winners = (
            [names.pop(), names.pop()] if i < 3 else [names.pop()]
        )  # the first three: another winner years later
        at = g.day(0, 120) if i < 3 else g.day()
        for k, (en, _nom, gen, _ins) in enumerate(winners):
            when = at + timedelta(days=300 * k + r.randint(0, 20) * k)
            if i % 2 == 0:
                text = f"Президент России В.В.Путин поздравил {gen} с избранием на пост Президента {c.gen}.\n\nВ поздравительной телеграмме российский лидер выразил уверенность, что деятельность {gen} на посту главы государства будет способствовать дальнейшему развитию конструктивного двустороннего сотрудничества в интересах народов двух стран."
                ch = r.choice([MID, TASS])
            else:
                text = f"Russian President Vladimir Putin has sent a message of congratulations to {en} on his election as President of {c.en}.\n\n“I hope that your activities as head of state will contribute to the further development of constructive bilateral cooperation for the benefit of our peoples,” the message reads."
                ch = r.choice([MFA_EN, EMB_ZA])
            g.post(when, ch, text, g.story("elect"), copies=0.4)


def _readouts(g: _Gen) -> None:
    r = g.rng
    names = list(NAMES)
    r.shuffle(names)
    for i, c in enumerate(r.sample(COUNTRIES, 18)):
        en, _nom, _gen, ins = names[i % len(names)]
        ru = i < 10
        at = g.day(0, SPAN_DAYS - 150)
        same_topics = r.random() < 0.5
        phone = r.random() < 0.5
        (t1, e1), (t2, e2) = r.sample(TOPICS, 2)
        (pl_ru, pl_en) = r.choice(PLACES)
        fora_ru, fora_en = r.choice(FORA)
        tail = r.random() < 0.4
        for _ in range(r.randint(2, 3)):  # the same counterpart, another date
            if not same_topics:
                (t1, e1), (t2, e2) = r.sample(TOPICS, 2)
                pl_ru, pl_en = r.choice(PLACES)
            if ru:
                if phone:
                    text = f"{_ru(at)} состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Министром иностранных дел {c.gen} {ins}. Обсуждены {t1}, а также {t2}. Стороны условились о продолжении контактов на различных уровнях, в том числе в {fora_ru}."
                else:
                    text = f"{_ru(at)} в {pl_ru} состоялись переговоры Министра иностранных дел России С.В.Лаврова с Министром иностранных дел {c.gen} {ins}. В ходе беседы обсуждены {t1}, а также {t2}. Стороны подтвердили обоюдный настрой на дальнейшее углубление многопланового сотрудничества, в том числе в {fora_ru}."
                if tail:
                    text += f"\n\n#Лавров #{c.nom.replace('-', '')}"
                ch = MID
            else:
                if phone:
                    text = f"On {_en(at)}, Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of {c.en} {en}. The ministers discussed {e1} and {e2}, and agreed to continue contacts at various levels, including within {fora_en}."
                else:
                    text = f"On {_en(at)}, Foreign Minister Sergey Lavrov held talks in {pl_en} with Minister of Foreign Affairs of {c.en} {en}. The ministers discussed {e1} and {e2}. They reaffirmed their mutual commitment to further deepening multifaceted cooperation, including within {fora_en}."
                if tail:
                    text += f"\n\n#Lavrov #{c.en.replace(' ', '')}"
                ch = MFA_EN
            g.post(at, ch, text, g.story("readout"), copies=0.5)
            at = at + timedelta(days=r.randint(4, 70), hours=r.randint(-3, 3))
    for i, c in enumerate(r.sample(COUNTRIES, 12)):
        en, _nom, gen, _ins = names[(i + 18) % len(names)]
        dep_ru, dep_en = r.choice(DEPUTIES)
        at = g.day(0, SPAN_DAYS - 100)
        t_ru, t_en = r.choice(TOPICS)
        for _ in range(r.randint(1, 2)):
            if i % 2 == 0:
                text = f"{_ru(at)} заместитель Министра иностранных дел России {dep_ru} принял Посла {c.gen} в Москве {gen}. В ходе беседы обсуждены {t_ru}."
                ch = MID
            else:
                text = f"On {_en(at)}, Deputy Foreign Minister {dep_en} met with Ambassador of {c.en} to Russia {en}. The sides discussed {t_en}."
                ch = MFA_EN
            g.post(at, ch, text, g.story("deputy"), copies=0.35)
            at = at + timedelta(days=r.randint(5, 60))


def _multi_paragraph(g: _Gen) -> None:
    r = g.rng
    charges = [
        "нарушении миграционного законодательства",
        "незаконном пересечении государственной границы",
        "шпионаже",
        "контрабанде",
        "отмывании денежных средств",
        "хранении запрещённых веществ",
    ]
    persons = list(PERSONS_RU)
    r.shuffle(persons)
    p1 = "Вынуждены констатировать очередной случай необоснованного преследования граждан России за рубежом. Подобная практика, ставшая в последнее время системной, не имеет ничего общего с декларируемой приверженностью принципам верховенства права и защиты прав человека."
    p3 = "Посольство России добивается предоставления консульского доступа к задержанному и держит ситуацию на постоянном контроле. Требуем от властей страны пребывания неукоснительного соблюдения прав российского гражданина и его скорейшего освобождения."
    for i in range(7):
        city, _ = r.choice(WESTERN_CITIES)
        at = g.day()
        p2 = f"{_ru(at - timedelta(days=r.randint(1, 3)))} в {city} сотрудниками местных спецслужб задержан гражданин России {persons[i]}. Ему предъявлены обвинения в {r.choice(charges)}."
        g.post(
            at,
            r.choice([MID, ZAKH]),
            f"Комментарий официального представителя МИД России\n\n{p1}\n\n{p2}\n\n{p3}",
            g.story("detained"),
            copies=0.4,
        )
    e1 = "We strongly protest against yet another hostile action targeting Russian diplomatic personnel. Such steps run counter to the Vienna Convention on Diplomatic Relations and further undermine what remains of our bilateral relations."
    e3 = "Such unfriendly actions will not go unanswered. Our response will be proportionate and will be announced in due course."
    for _ in range(6):
        _c, city = r.choice(WESTERN_CITIES)
        at = g.day()
        k = r.randint(2, 9)
        mission = r.choice(["Embassy", "Trade Mission", "Consulate General"])
        e2 = f"On {_en(at)}, {k} staff members of the Russian {mission} in {city} were declared persona non grata and ordered to leave the country within {r.choice([3, 5, 7, 10, 14])} days."
        g.post(
            at + timedelta(hours=3),
            r.choice([MFA_EN, EMB_UK]),
            f"Statement by the Russian Foreign Ministry\n\n{e1}\n\n{e2}\n\n{e3}",
            g.story("expelled"),
            copies=0.4,
        )


def _agreements(g: _Gen) -> None:
    r = g.rng
    for _ in range(4):  # two summits, the same header, lists differing in one item
        docs = r.sample(DOCS, 6)
        ru = r.random() < 0.55
        at = g.day(0, SPAN_DAYS - 90)
        for swap in (0, 1):
            items = [*docs[:4], docs[4 + swap]]
            r.shuffle(items)
            if ru:
                text = (
                    "По итогам переговоров на высшем уровне в Москве подписан пакет межправительственных и межведомственных документов, в том числе:\n\n"
                    + "\n".join(f"▪️ {d[0]};" for d in items)[:-1]
                    + ".\n\nПолный перечень документов размещён на сайте Кремля."
                )
                ch = MID
            else:
                text = (
                    "Following the top-level talks in Moscow, a package of intergovernmental and interdepartmental documents was signed, including:\n\n"
                    + "\n".join(f"▪️ {d[1]};" for d in items)[:-1]
                    + ".\n\nThe full list of documents is available on the Kremlin website."
                )
                ch = MFA_EN
            g.post(at, ch, text, g.story("docs"), copies=0.4)
            at = at + timedelta(days=r.randint(10, 80))
    for c in r.sample(COUNTRIES, 3):  # commission sessions a year apart
        docs = r.sample(DOCS, 5)
        n = r.randint(8, 24)
        at = g.day(0, SPAN_DAYS - 370)
        for k in (0, 1):
            items = [*docs[:3], docs[3 + k]]
            text = (
                f"В ходе {n + k}-го заседания Межправительственной комиссии по торгово-экономическому и научно-техническому сотрудничеству между Россией и {c.ins} подписаны:\n\n— "
                + ";\n— ".join(d[0] for d in items)
                + ".\n\nОчередное заседание комиссии решено провести в следующем году."
            )
            g.post(at, MID, text, g.story("docs"), copies=0.4)
            at = at + timedelta(days=r.randint(340, 370))


def _bans_and_greetings(g: _Gen) -> None:
    r = g.rng
    reasons_ru = [
        "продолжающуюся антироссийскую санкционную политику",
        "враждебные действия властей",
        "недружественные шаги в отношении российских СМИ",
        "закрытие въезда для российских граждан",
    ]
    reasons_en = [
        "the ongoing anti-Russian sanctions policy",
        "hostile actions by the authorities",
        "unfriendly steps against Russian media",
        "entry bans imposed on Russian citizens",
    ]
    for i, (gen, en) in enumerate(r.sample(WESTERN, 14)):
        at = g.day()
        n = _not_one(r.randint(5, 120))
        if i % 2 == 0:
            text = f"В ответ на {r.choice(reasons_ru)} МИД России принял решение закрыть въезд в Российскую Федерацию {n} гражданам {gen}. В стоп-лист включены {r.choice(['политики и общественные деятели', 'представители военно-промышленного комплекса', 'журналисты', 'сотрудники силовых структур'])}."
            ch = MID
        else:
            text = f"In response to {r.choice(reasons_en)}, the Russian Foreign Ministry has barred entry to Russia for {n} citizens of {en}. The stop list includes {r.choice(['politicians and public figures', 'defence industry executives', 'journalists', 'law enforcement officers'])}."
            ch = r.choice([MFA_EN, RT])
        g.post(at, ch, text, g.story("ban"), copies=0.35)
    holidays_ru = ["Днём независимости", "Национальным днём", "Днём Республики"]
    holidays_en = ["Independence Day", "National Day", "Republic Day"]
    for i, c in enumerate(r.sample(COUNTRIES, 18)):
        at = g.day()
        if i % 2 == 0:
            text = f"🇷🇺 Поздравляем друзей из {c.gen} с {r.choice(holidays_ru)}! Желаем дружественному народу мира, благополучия и процветания."
            ch = r.choice([MID, POSOL])
        else:
            text = f"🇷🇺 Congratulations to our friends in {c.en} on their {r.choice(holidays_en)}! We wish the friendly people peace, well-being and prosperity."
            ch = r.choice([MFA_EN, EMB_ZA])
        g.post(at, ch, text, g.story("natday"), copies=0.35)
    for i, c in enumerate(r.sample(COUNTRIES, 12)):
        at = g.day()
        dis_ru, dis_en = r.choice(DISASTERS)
        if i % 2 == 0:
            text = f"Глубоко скорбим в связи с многочисленными жертвами {dis_ru} {_v(c.prep)}. Выражаем искренние соболезнования родным и близким погибших, желаем скорейшего выздоровления всем пострадавшим.\n\nРоссия готова оказать необходимую помощь."
            ch = MID
        else:
            text = f"We are deeply saddened by the loss of life caused by the {dis_en} in {c.en}. Our sincere condolences go to the families and friends of the victims, and we wish a speedy recovery to all those injured.\n\nRussia stands ready to provide the necessary assistance."
            ch = r.choice([MFA_EN, EMB_ZA])
        g.post(at, ch, text, g.story("condolence"), copies=0.35)


# --- written out in full ------------------------------------------------------------------

# (story, channel username, published "YYYY-MM-DD HH:MM", text), in any order.
HAND_WRITTEN: list[tuple[str, str, str, str]] = [
    # An MFA post, an agency's paraphrase of it (another post), an aggregator's copy with a source line.
    (
        "hw-lavrov-izv",
        "MID_Russia",
        "2025-02-11 09:15",
        "Министр иностранных дел России С.В.Лавров в интервью газете «Известия»:\n\n«Мы никогда не отказывались от диалога. Но диалог возможен только на основе равноправия и учёта законных интересов друг друга. Попытки разговаривать с Россией языком ультиматумов обречены на провал».\n\nПолный текст интервью — на сайте МИД России.",
    ),
    (
        "hw-lavrov-izv-tass",
        "tass_agency",
        "2025-02-11 09:40",
        "Лавров заявил, что Москва не отказывается от диалога, однако разговаривать с Россией языком ультиматумов бесполезно. По словам министра, переговоры возможны лишь на равноправной основе. Интервью опубликовано в газете «Известия».",
    ),
    (
        "hw-lavrov-izv",
        "diplo_today",
        "2025-02-11 10:05",
        'Министр иностранных дел России С.В.Лавров в интервью газете "Известия":\n\n"Мы никогда не отказывались от диалога. Но диалог возможен только на основе равноправия и учета законных интересов друг друга. Попытки разговаривать с Россией языком ультиматумов обречены на провал".\n\nПолный текст интервью - на сайте МИД России.\n\nИсточник: МИД России',
    ),
    (
        "hw-lavrov-izv-flash",
        "rian_ru",
        "2025-02-11 09:22",
        "⚡️Лавров: попытки разговаривать с Россией языком ультиматумов обречены на провал",
    ),
    # English: the ministry, RT's rewrite, an embassy's repost with hashtags.
    (
        "hw-isolate",
        "MFARussia",
        "2025-03-04 12:30",
        "Sergey Lavrov: The West's attempts to isolate Russia have failed. Our partners in Asia, Africa and Latin America see that we are a reliable partner who honours its commitments. We will continue to expand cooperation with all who are ready for it on an equal footing.",
    ),
    (
        "hw-isolate-rt",
        "rt_english",
        "2025-03-04 13:10",
        "Western efforts to isolate Russia have collapsed, Foreign Minister Sergey Lavrov has said, pointing to growing ties with countries in Asia, Africa and Latin America. Moscow remains open to equal cooperation with anyone willing, he added.",
    ),
    (
        "hw-isolate",
        "RussianEmbassyUK",
        "2025-03-04 15:45",
        "🇷🇺 Sergey Lavrov: The West's attempts to isolate Russia have failed. Our partners in Asia, Africa and Latin America see that we are a reliable partner who honours its commitments. We will continue to expand cooperation with all who are ready for it on an equal footing.\n\n#Russia #Diplomacy",
    ),
    # Zakharova: the comment, TASS's rewrite, her channel's copy with a typo fixed.
    (
        "hw-zakh-olympics",
        "MID_Russia",
        "2025-05-20 14:00",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с решением МОК\n\nРешение Международного олимпийского комитета об отстранении российских спортсменов от участия в соревнованиях под национальным флагом является очередным проявлением политизации спорта. Олимпийское движение, задумывавшееся как инструмент объединения народов, превращено в орудие дискриминации по национальному признаку.\n\nНапоминаем руководству МОК, что Олимпийская хартия запрещает любую дискриминацию. Рассчитываем, что здравый смысл в конечном итоге возобладает.",
    ),
    (
        "hw-zakh-olympics-tass",
        "tass_agency",
        "2025-05-20 14:25",
        "Захарова назвала решение МОК об отстранении российских спортсменов от выступлений под флагом России проявлением политизации спорта. Официальный представитель МИД напомнила, что Олимпийская хартия запрещает дискриминацию, и выразила надежду, что здравый смысл возобладает.",
    ),
    (
        "hw-zakh-olympics",
        "MariaVladimirovnaZ",
        "2025-05-20 14:50",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с решением МОК\n\nРешение Международного олимпийского комитета об отстранении российских спортсменов от участия в соревнованиях под национальным флагом является очередным проявлением политизации спорта. Олимпийское движение, задумывавшееся как инструмент объединения народов, превращено в орудие дискриминации по национальному признаку.\n\nНапоминаем руководству МОК, что Олимпийская хартия запрещает любую дискриминацию. Рассчитываем, что здравый смысл в конечном итоге возобладает.\n\n#Захарова",
    ),
    # One word flips the meaning.
    (
        "hw-haiti-yes",
        "MID_Russia",
        "2025-04-02 18:10",
        "Россия поддержит проект резолюции Совета Безопасности ООН по Гаити, внесённый Эквадором, в случае учёта ключевых поправок российской делегации.",
    ),
    (
        "hw-haiti-no",
        "MID_Russia",
        "2025-04-09 17:55",
        "Россия не поддержит проект резолюции Совета Безопасности ООН по Гаити, внесённый Эквадором, в случае учёта ключевых поправок российской делегации.",
    ),
    (
        "hw-fasher-welcome",
        "MFARussia",
        "2025-06-12 10:00",
        "The Russian Foreign Ministry welcomes the agreement reached by the Sudanese parties on a humanitarian truce in El Fasher. We call on all sides to ensure unhindered access for humanitarian convoys to the civilian population.",
    ),
    (
        "hw-fasher-regret",
        "MFARussia",
        "2025-06-26 10:20",
        "The Russian Foreign Ministry regrets the collapse of the agreement reached by the Sudanese parties on a humanitarian truce in El Fasher. We call on all sides to ensure unhindered access for humanitarian convoys to the civilian population.",
    ),
    (
        "hw-myanmar-ratify",
        "tass_agency",
        "2025-01-28 16:00",
        "Президент России подписал закон о ратификации Соглашения между Россией и Мьянмой о сотрудничестве в области мирного использования атомной энергии.",
    ),
    (
        "hw-myanmar-denounce",
        "tass_agency",
        "2025-09-30 16:05",
        "Президент России подписал закон о денонсации Соглашения между Россией и Мьянмой о сотрудничестве в области мирного использования атомной энергии.",
    ),
    (
        "hw-wheat-lifted",
        "dipwire",
        "2025-07-08 08:30",
        "Russia has lifted the temporary ban on wheat exports to Georgia, the Agriculture Ministry said. Shipments are expected to resume next week.",
    ),
    (
        "hw-wheat-imposed",
        "dipwire",
        "2025-03-18 08:45",
        "Russia has imposed a temporary ban on wheat exports to Georgia, the Agriculture Ministry said. Shipments are expected to stop next week.",
    ),
    (
        "hw-expel-yes",
        "rian_ru",
        "2025-10-06 11:00",
        "Москва намерена выслать группу дипломатов Молдавии в ответ на недружественные действия Кишинёва, сообщили в МИД России.",
    ),
    (
        "hw-expel-no",
        "rian_ru",
        "2025-10-14 11:30",
        "Москва не намерена высылать дипломатов Молдавии в ответ на недружественные действия Кишинёва, сообщили в МИД России.",
    ),
    (
        "hw-recognize-yes",
        "MFARussia",
        "2025-08-05 09:00",
        "Russia recognizes the results of the presidential election in Bolivia and is ready to work with the newly elected leadership of the country.",
    ),
    (
        "hw-recognize-no",
        "rt_english",
        "2025-08-05 19:00",
        "Russia does not recognize the results of the presidential election in Bolivia and is not ready to work with the newly elected leadership of the country, a source said.",
    ),
    # Shared channel footers longer than the news: different posts.
    (
        "hw-footer-ankara",
        "diplo_today",
        "2025-05-06 07:10",
        "Лавров прибыл в Анкару для переговоров с турецким коллегой.\n\n——\n👉 Подписывайтесь на «Дипломатию сегодня»\nVK | Дзен | Одноклассники | RuTube\nПредложить новость: @diplo_today_bot",
    ),
    (
        "hw-footer-ryabkov",
        "diplo_today",
        "2025-05-06 09:40",
        "Рябков провёл консультации по стратегической стабильности в Женеве.\n\n——\n👉 Подписывайтесь на «Дипломатию сегодня»\nVK | Дзен | Одноклассники | RuTube\nПредложить новость: @diplo_today_bot",
    ),
    (
        "hw-footer-friday",
        "diplo_today",
        "2025-05-06 12:05",
        "Захарова: брифинг переносится на пятницу.\n\n——\n👉 Подписывайтесь на «Дипломатию сегодня»\nVK | Дзен | Одноклассники | RuTube\nПредложить новость: @diplo_today_bot",
    ),
    (
        "hw-footer-en-ankara",
        "dipwire",
        "2025-05-06 07:30",
        "Lavrov arrives in Ankara for talks with Turkish counterpart.\n\n—\n🔔 Subscribe to Global Diplomacy Wire\nX | YouTube | Website\nTips: @dipwire_bot",
    ),
    (
        "hw-footer-en-ryabkov",
        "dipwire",
        "2025-05-06 10:02",
        "Ryabkov holds strategic stability consultations in Geneva.\n\n—\n🔔 Subscribe to Global Diplomacy Wire\nX | YouTube | Website\nTips: @dipwire_bot",
    ),
    # A long first paragraph posted alone by another channel.
    (
        "hw-longfirst-ru",
        "MID_Russia",
        "2025-07-15 13:00",
        "15 июля в Москве состоялись консультации заместителя Министра иностранных дел России М.Ю.Галузина с заместителем Министра иностранных дел Республики Узбекистан. Стороны подробно обсудили состояние и перспективы развития двустороннего стратегического партнёрства и союзничества, ход выполнения договорённостей, достигнутых на высшем уровне, вопросы торгово-экономического и инвестиционного сотрудничества, включая реализацию крупных инфраструктурных проектов в энергетике и транспорте, а также взаимодействие в рамках СНГ, ШОС и других многосторонних объединений. Особое внимание уделено миграционной тематике и защите прав граждан двух стран.\n\n#Россия #Узбекистан",
    ),
    (
        "hw-longfirst-ru",
        "diplo_today",
        "2025-07-15 14:20",
        "15 июля в Москве состоялись консультации заместителя Министра иностранных дел России М.Ю.Галузина с заместителем Министра иностранных дел Республики Узбекистан. Стороны подробно обсудили состояние и перспективы развития двустороннего стратегического партнёрства и союзничества, ход выполнения договорённостей, достигнутых на высшем уровне, вопросы торгово-экономического и инвестиционного сотрудничества, включая реализацию крупных инфраструктурных проектов в энергетике и транспорте, а также взаимодействие в рамках СНГ, ШОС и других многосторонних объединений. Особое внимание уделено миграционной тематике и защите прав граждан двух стран.",
    ),
    (
        "hw-longfirst-en",
        "MFARussia",
        "2025-09-09 11:00",
        "On September 9, Deputy Foreign Minister Sergey Vershinin met with UN Under-Secretary-General for Humanitarian Affairs in Geneva. The parties had a detailed exchange of views on the humanitarian situation in the Gaza Strip, Sudan, Yemen and Afghanistan, focusing on ensuring safe and unimpeded delivery of aid, the protection of civilians and humanitarian workers, and the role of the UN in coordinating international assistance. The Russian side stressed that humanitarian aid must not be politicised.\n\nPhoto: Russian Mission in Geneva",
    ),
    (
        "hw-longfirst-en",
        "EmbassyofRussiaSA",
        "2025-09-09 16:35",
        "On September 9, Deputy Foreign Minister Sergey Vershinin met with UN Under-Secretary-General for Humanitarian Affairs in Geneva. The parties had a detailed exchange of views on the humanitarian situation in the Gaza Strip, Sudan, Yemen and Afghanistan, focusing on ensuring safe and unimpeded delivery of aid, the protection of civilians and humanitarian workers, and the role of the UN in coordinating international assistance. The Russian side stressed that humanitarian aid must not be politicised.",
    ),
    # The same greeting, another year: another statement.
    (
        "hw-diplomat-day-2024",
        "MID_Russia",
        "2024-02-10 08:00",
        "🇷🇺 Поздравляем коллег, ветеранов и всех причастных к дипломатической службе с Днём дипломатического работника! Благодарим за самоотверженный труд на благо Отечества.",
    ),
    (
        "hw-diplomat-day-2025",
        "MID_Russia",
        "2025-02-10 08:00",
        "🇷🇺 Поздравляем коллег, ветеранов и всех причастных к дипломатической службе с Днём дипломатического работника! Благодарим за самоотверженный труд на благо Отечества.",
    ),
    (
        "hw-diplomat-day-2025",
        "MariaVladimirovnaZ",
        "2025-02-10 08:25",
        "Поздравляем коллег, ветеранов и всех причастных к дипломатической службе с Днём дипломатического работника! Благодарим за самоотверженный труд на благо Отечества. 💐",
    ),
    # A correction is another post.
    (
        "hw-brief-12",
        "MID_Russia",
        "2025-05-12 09:00",
        "Брифинг официального представителя МИД России М.В.Захаровой состоится 14 мая в 12:00.",
    ),
    (
        "hw-brief-15",
        "MID_Russia",
        "2025-05-13 17:30",
        "Уточнение: брифинг официального представителя МИД России М.В.Захаровой состоится 14 мая в 15:00.",
    ),
    # Numbers and dates.
    (
        "hw-lebanon-88",
        "MID_Russia",
        "2024-10-03 07:40",
        "Российские дипломаты организовали эвакуацию из Ливана 88 граждан России и членов их семей. Самолёт МЧС России вылетел из Бейрута в Москву.",
    ),
    (
        "hw-lebanon-98",
        "MID_Russia",
        "2024-10-06 07:55",
        "Российские дипломаты организовали эвакуацию из Ливана 98 граждан России и членов их семей. Самолёт МЧС России вылетел из Бейрута в Москву.",
    ),
    (
        "hw-lebanon-88",
        "tass_agency",
        "2024-10-03 08:10",
        "❗️Российские дипломаты организовали эвакуацию из Ливана 88 граждан России и членов их семей. Самолёт МЧС России вылетел из Бейрута в Москву.",
    ),
    (
        "hw-visafree-jul",
        "consular_mid",
        "2025-06-02 10:00",
        "С 1 июля 2025 года граждане Китая, следующие с туристическими целями, могут въезжать в Россию без виз и находиться на её территории до 30 дней.",
    ),
    (
        "hw-visafree-sep",
        "consular_mid",
        "2025-08-14 10:00",
        "С 1 сентября 2025 года граждане Китая, следующие с туристическими целями, могут въезжать в Россию без виз и находиться на её территории до 30 дней.",
    ),
    (
        "hw-wheat-25",
        "EmbassyofRussiaSA",
        "2025-02-19 09:30",
        "Russia has delivered 25,000 tonnes of wheat to Zimbabwe free of charge as part of the commitments made at the Russia–Africa summit.",
    ),
    (
        "hw-wheat-50",
        "EmbassyofRussiaSA",
        "2025-04-23 09:30",
        "Russia has delivered 50,000 tonnes of wheat to Zimbabwe free of charge as part of the commitments made at the Russia–Africa summit.",
    ),
    # Typos: the original with a typo, the copy fixed; a copy that makes one.
    (
        "hw-sco-typo",
        "MID_Russia",
        "2025-06-30 08:00",
        "Министр иностранных дел России С.В.Лавров примет участие в заседании Совета министров иностраных дел государств — членов ШОС, которое пройдёт 15 июля в Тяньцзине.",
    ),
    (
        "hw-sco-typo",
        "rusembchina",
        "2025-06-30 09:45",
        "Министр иностранных дел России С.В.Лавров примет участие в заседании Совета министров иностранных дел государств — членов ШОС, которое пройдёт 15 июля в Тяньцзине. 🇷🇺🇨🇳",
    ),
    (
        "hw-brics-typo",
        "MFARussia",
        "2025-04-28 07:30",
        "Sergey Lavrov will take part in the BRICS Foreign Ministers' Meeting in Rio de Janeiro on April 28-29. The ministers will discuss preparations for the BRICS summit and reform of global governance institutions.",
    ),
    (
        "hw-brics-typo",
        "dipwire",
        "2025-04-28 08:05",
        "Sergey Lavrov will take part in the BRICS Foreign Ministers' Meeting in Rio de Janeiro on April 28-29. The ministers will discuss preparations for the BRICS summit and reform of global governence institutions.\n\n🔔 Subscribe to Global Diplomacy Wire",
    ),
    # A forward under an "Important" marker, an urgent prefix, a truncation with "Read more".
    (
        "hw-important",
        "MID_Russia",
        "2025-08-20 06:50",
        "В связи с ухудшением обстановки в Непале Посольство России рекомендует российским туристам не покидать места проживания, следить за сообщениями местных властей и при необходимости связываться с дежурным дипломатом по телефону +977 1 441 2155.",
    ),
    (
        "hw-important",
        "consular_mid",
        "2025-08-20 07:15",
        "👇 Важно\n\nВ связи с ухудшением обстановки в Непале Посольство России рекомендует российским туристам не покидать места проживания, следить за сообщениями местных властей и при необходимости связываться с дежурным дипломатом по телефону +977 1 441 2155.",
    ),
    (
        "hw-important",
        "rian_ru",
        "2025-08-20 07:02",
        "❗️СРОЧНО: В связи с ухудшением обстановки в Непале Посольство России рекомендует российским туристам не покидать места проживания, следить за сообщениями местных властей и при необходимости связываться с дежурным дипломатом по телефону +977 1 441 2155.",
    ),
    (
        "hw-unsc",
        "MFARussia",
        "2025-01-16 15:00",
        "Statement by Permanent Representative Vassily Nebenzia at the UN Security Council briefing on the situation in the Middle East:\n\nThe Russian Federation welcomes the ceasefire agreement in the Gaza Strip. It is essential that it is implemented in good faith by all parties. We call for the immediate and unimpeded delivery of humanitarian aid and for the release of all hostages and detainees.\n\nOnly a two-state solution on the internationally recognised basis can bring lasting peace to the region.",
    ),
    (
        "hw-unsc",
        "RussianEmbassyUK",
        "2025-01-16 17:40",
        "Statement by Permanent Representative Vassily Nebenzia at the UN Security Council briefing on the situation in the Middle East:\n\nThe Russian Federation welcomes the ceasefire agreement in the Gaza Strip. It is essential that it is implemented in good faith by all parties. We call for the immediate and unimpeded delivery of humanitarian aid and for the release of all hostages and detainees…\n\nRead more: https://russiaun.ru/en/news/sc_160125",
    ),
    # Line breaks joined and bullets flattened.
    (
        "hw-schedule",
        "MID_Russia",
        "2025-11-03 08:00",
        "Анонс графика Министра иностранных дел России С.В.Лаврова на неделю:\n\n📅 4 ноября — участие в праздничных мероприятиях по случаю Дня народного единства;\n📅 5 ноября — переговоры с Министром иностранных дел Египта;\n📅 6–7 ноября — рабочий визит в Минск, участие в Евразийской конференции по безопасности.",
    ),
    (
        "hw-schedule",
        "diplo_today",
        "2025-11-03 08:55",
        "Анонс графика Министра иностранных дел России С.В.Лаврова на неделю: 📅 4 ноября — участие в праздничных мероприятиях по случаю Дня народного единства; 📅 5 ноября — переговоры с Министром иностранных дел Египта; 📅 6–7 ноября — рабочий визит в Минск, участие в Евразийской конференции по безопасности.\n\n👉 Подписывайтесь на «Дипломатию сегодня»",
    ),
    (
        "hw-schedule-next",
        "MID_Russia",
        "2025-11-10 08:00",
        "Анонс графика Министра иностранных дел России С.В.Лаврова на неделю:\n\n📅 11 ноября — переговоры с Министром иностранных дел Алжира;\n📅 12 ноября — участие в заседании Совета министров иностранных дел СНГ;\n📅 13–14 ноября — рабочий визит в Ереван.",
    ),
    # An announcement and the readout afterwards: two posts.
    (
        "hw-india-announce",
        "MID_Russia",
        "2025-03-10 10:00",
        "12 марта в Москве С.В.Лавров проведёт переговоры с Министром иностранных дел Индии С.Джайшанкаром. Планируется обсудить актуальные вопросы двусторонней повестки дня и подготовку к предстоящему саммиту.",
    ),
    (
        "hw-india-readout",
        "MID_Russia",
        "2025-03-12 16:30",
        "12 марта в Москве С.В.Лавров провёл переговоры с Министром иностранных дел Индии С.Джайшанкаром. Обсуждены актуальные вопросы двусторонней повестки дня и подготовка к предстоящему саммиту.",
    ),
    # The same counterpart, two telephone calls.
    (
        "hw-wangyi-1",
        "MID_Russia",
        "2025-02-03 12:00",
        "Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И. Обсуждены актуальные вопросы международной повстки дня, в том числе ситуация в Азиатско-Тихоокеанском регионе.",
    ),
    (
        "hw-wangyi-1",
        "rusembchina",
        "2025-02-03 13:30",
        "Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И. Обсуждены актуальные вопросы международной повестки дня, в том числе ситуация в Азиатско-Тихоокеанском регионе.\n\n#Россия #Китай #посольство",
    ),
    (
        "hw-wangyi-2",
        "MID_Russia",
        "2025-04-21 12:10",
        "Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И. Обсуждены актуальные вопросы международной повестки дня, в том числе ситуация на Ближнем Востоке.",
    ),
    # Another speaker, the same words.
    (
        "hw-dialogue-ryabkov",
        "MID_Russia",
        "2025-09-17 10:00",
        "Заместитель Министра иностранных дел России С.А.Рябков: Россия открыта к диалогу по вопросам стратегической стабильности, но только на основе равноправия и взаимного учёта интересов.",
    ),
    (
        "hw-dialogue-grushko",
        "MID_Russia",
        "2025-10-22 10:00",
        "Заместитель Министра иностранных дел России А.Н.Грушко: Россия открыта к диалогу по вопросам европейской безопасности, но только на основе равноправия и взаимного учёта интересов.",
    ),
    # Hashtags dropped, a t.me link added, emoji dropped.
    (
        "hw-brics-unga",
        "MFARussia",
        "2025-10-01 09:00",
        "🌍 The BRICS Foreign Ministers will meet on the sidelines of the UN General Assembly in New York to coordinate positions ahead of the summit. 🇷🇺🇧🇷🇮🇳🇨🇳🇿🇦\n\n#BRICS #UNGA80",
    ),
    (
        "hw-brics-unga",
        "rt_english",
        "2025-10-01 09:40",
        "The BRICS Foreign Ministers will meet on the sidelines of the UN General Assembly in New York to coordinate positions ahead of the summit.\n\nhttps://t.me/MFARussia/23451",
    ),
    # Agreements signed: the same list but one item (hand-written).
    (
        "hw-docs-laos",
        "MID_Russia",
        "2025-06-17 18:00",
        "В ходе визита Председателя Правительства России во Вьентьян подписаны:\n\n— Соглашение о сотрудничестве в области образования;\n— Меморандум о сотрудничестве в сфере цифровой трансформации;\n— Соглашение о сотрудничестве в области ветеринарии;\n— Программа сотрудничества в области культуры на 2025–2028 годы.",
    ),
    (
        "hw-docs-cambodia",
        "MID_Russia",
        "2025-06-19 18:00",
        "В ходе визита Председателя Правительства России в Пномпень подписаны:\n\n— Соглашение о сотрудничестве в области образования;\n— Меморандум о сотрудничестве в сфере цифровой трансформации;\n— Соглашение о сотрудничестве в области ветеринарии;\n— Программа сотрудничества в области культуры на 2025–2028 годы.",
    ),
    (
        "hw-docs-laos",
        "tass_agency",
        "2025-06-17 19:10",
        "В ходе визита Председателя Правительства России во Вьентьян подписаны:\n— Соглашение о сотрудничестве в области образования;\n— Меморандум о сотрудничестве в сфере цифровой трансформации;\n— Соглашение о сотрудничестве в области ветеринарии;\n— Программа сотрудничества в области культуры на 2025–2028 годы.\n\n@tass_agency",
    ),
    # Multi-paragraph statements, one paragraph differing (hand-written).
    (
        "hw-osce-1",
        "MID_Russia",
        "2025-03-25 15:00",
        "Заявление МИД России\n\nРоссия неоднократно предупреждала о недопустимости использования Организации по безопасности и сотрудничеству в Европе в качестве инструмента давления на неугодные правительства. Подобные действия подрывают сами основы организации, созданной для диалога.\n\nВ этот раз Постоянный совет ОБСЕ отказался согласовать мандат миссии по наблюдению за выборами в Казахстане.\n\nПризываем государства-участники вернуться к консенсусной культуре принятия решений, без которой ОБСЕ утратит смысл существования.",
    ),
    (
        "hw-osce-2",
        "MID_Russia",
        "2025-05-27 15:00",
        "Заявление МИД России\n\nРоссия неоднократно предупреждала о недопустимости использования Организации по безопасности и сотрудничеству в Европе в качестве инструмента давления на неугодные правительства. Подобные действия подрывают сами основы организации, созданной для диалога.\n\nВ этот раз Постоянный совет ОБСЕ заблокировал утверждение бюджета организации на текущий год.\n\nПризываем государства-участники вернуться к консенсусной культуре принятия решений, без которой ОБСЕ утратит смысл существования.",
    ),
    (
        "hw-osce-1",
        "MariaVladimirovnaZ",
        "2025-03-25 15:40",
        "Заявление МИД России\n\nРоссия неоднократно предупреждала о недопустимости использования Организации по безопасности и сотрудничеству в Европе в качестве инструмента давления на неугодные правительства. Подобные действия подрывают сами основы организации, созданной для диалога.\n\nВ этот раз Постоянный совет ОБСЕ отказался согласовать мандат миссии по наблюдению за выборами в Казахстане.\n\nПризываем государства-участники вернуться к консенсусной культуре принятия решений, без которой ОБСЕ утратит смысл существования.\n\nhttps://mid.ru/ru/foreign_policy/news/1998765/",
    ),
    # Election congratulations to different winners.
    (
        "hw-elect-srilanka",
        "MFARussia",
        "2024-09-23 09:00",
        "Sergey Lavrov congratulated Anura Kumara Dissanayake on his election as President of Sri Lanka and expressed confidence that the traditionally friendly relations between our countries will continue to develop.",
    ),
    (
        "hw-elect-tunisia",
        "MFARussia",
        "2024-10-08 09:00",
        "Sergey Lavrov congratulated Kais Saied on his re-election as President of Tunisia and expressed confidence that the traditionally friendly relations between our countries will continue to develop.",
    ),
    (
        "hw-elect-srilanka",
        "EmbassyofRussiaSA",
        "2024-09-23 11:30",
        "Sergey Lavrov congratulated Anura Kumara Dissanayake on his election as President of Sri Lanka and expressed confidence that the traditionally friendly relations between our countries will continue to develop.\n\nSource: Russian MFA",
    ),
    # A weekly column announced with another date and another guest.
    (
        "hw-column-1",
        "MariaVladimirovnaZ",
        "2025-01-22 19:00",
        "В четверг, 23 января, в эфире программы «Брифинг» на канале «Звезда» — разговор о новой администрации США и перспективах российско-американских отношений. Начало в 21:00.",
    ),
    (
        "hw-column-2",
        "MariaVladimirovnaZ",
        "2025-01-29 19:00",
        "В четверг, 30 января, в эфире программы «Брифинг» на канале «Звезда» — разговор о ситуации в Сирии и перспективах политического урегулирования. Начало в 21:00.",
    ),
    (
        "hw-column-1",
        "diplo_today",
        "2025-01-22 19:30",
        'В четверг, 23 января, в эфире программы "Брифинг" на канале "Звезда" - разговор о новой администрации США и перспективах российско-американских отношений. Начало в 21:00.\n\nПодписывайтесь: t.me/diplo_today',
    ),
    # A visa notice differing only in the city, and its repost.
    (
        "hw-visa-edinburgh",
        "RussianEmbassyUK",
        "2025-07-01 10:00",
        "Please note: the Consular Section will not accept visa applications from residents of Edinburgh and the surrounding area until further notice. Applicants are advised to contact the Visa Application Centre in London.",
    ),
    (
        "hw-visa-manchester",
        "RussianEmbassyUK",
        "2025-07-01 10:40",
        "Please note: the Consular Section will not accept visa applications from residents of Manchester and the surrounding area until further notice. Applicants are advised to contact the Visa Application Centre in London.",
    ),
    (
        "hw-visa-edinburgh",
        "dipwire",
        "2025-07-01 12:15",
        "❗️Please note: the Consular Section will not accept visa applications from residents of Edinburgh and the surrounding area until further notice. Applicants are advised to contact the Visa Application Centre in London.\n\n#Diplomacy\nSubscribe: t.me/dipwire",
    ),
    # The Kazakh MFA's post and Russian embassy reposts.
    (
        "hw-kz-caspian",
        "MFA_KZ",
        "2025-08-12 06:30",
        "Foreign Ministers of the Caspian states met in Aktau to discuss the implementation of the Convention on the Legal Status of the Caspian Sea. The parties agreed to hold the next meeting in Tehran in 2026.",
    ),
    (
        "hw-kz-caspian",
        "MFARussia",
        "2025-08-12 08:00",
        "Foreign Ministers of the Caspian states met in Aktau to discuss the implementation of the Convention on the Legal Status of the Caspian Sea. The parties agreed to hold the next meeting in Tehran in 2026.\n\nvia @MFA_KZ",
    ),
    (
        "hw-kz-caspian-2026",
        "MFA_KZ",
        "2025-11-18 06:30",
        "Foreign Ministers of the Caspian states met in Tehran to discuss the implementation of the Convention on the Legal Status of the Caspian Sea. The parties agreed to hold the next meeting in Baku in 2027.",
    ),
    # The aid figure, the copy and a later delivery.
    (
        "hw-gaza-aid-1",
        "mchs_official",
        "2025-01-24 05:30",
        "Самолёт МЧС России доставил в египетский Эль-Ариш 27 тонн гуманитарной помощи для жителей сектора Газа: муку, сахар, крупы, консервы и медикаменты.",
    ),
    (
        "hw-gaza-aid-1",
        "MID_Russia",
        "2025-01-24 08:00",
        "Самолёт МЧС России доставил в египетский Эль-Ариш 27 тонн гуманитарной помощи для жителей сектора Газа: муку, сахар, крупы, консервы и медикаменты.\n\nИсточник: t.me/mchs_official",
    ),
    (
        "hw-gaza-aid-2",
        "mchs_official",
        "2025-02-07 05:30",
        "Самолёт МЧС России доставил в египетский Эль-Ариш 72 тонны гуманитарной помощи для жителей сектора Газа: муку, сахар, крупы, консервы и медикаменты.",
    ),
    # ё, quotes and dashes, non-breaking spaces.
    (
        "hw-typography",
        "MID_Russia",
        "2025-09-01 06:00",
        "Поздравляем учащихся, студентов и преподавателей с Днём знаний! Особые слова — выпускникам МГИМО и Дипломатической академии, которые начинают свой путь в профессии. Учёба — это первый и главный шаг на дипломатическом поприще.",
    ),
    (
        "hw-typography",
        "rian_ru",
        "2025-09-01 06:45",
        "Поздравляем учащихся, студентов и преподавателей с Днем знаний! Особые слова -\u00a0выпускникам МГИМО и\u00a0Дипломатической академии, которые начинают свой путь в\u00a0профессии. Учеба - это первый и главный шаг на\u00a0дипломатическом поприще.",
    ),
]


def _hand_written(g: _Gen) -> None:
    for story, username, when, text in HAND_WRITTEN:
        at = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        g.drafts.append(_Draft(at, CHANNELS[username], text, story))


def build(seed: int = 2029) -> list[Labelled]:
    """The set for ``seed``: posts in publication order, each with its story."""
    g = _Gen(seed)
    _anniversaries(g)
    _consular(g)
    _aid(g)
    _polarity(g)
    _briefings(g)
    _elections(g)
    _readouts(g)
    _multi_paragraph(g)
    _agreements(g)
    _bans_and_greetings(g)
    _hand_written(g)
    drafts = sorted(g.drafts, key=lambda d: d.at)
    counters: dict[str, int] = {}
    ids: dict[int, str] = {}
    for d in drafts:
        n = counters.get(d.source.key, 40_000 + int(d.source.key[-3:]) * 10)
        counters[d.source.key] = n + 1
        ids[id(d)] = str(n)
    out: list[Labelled] = []
    for d in drafts:
        ext = ids[id(d)]
        fwd = None
        if d.forward_of is not None:
            o = d.forward_of
            fwd = Forward(
                name=o.source.title,
                source_key=o.source.key,
                external_id=ids[id(o)],
                username=o.source.username,
            )
        post = Post(
            source=d.source,
            external_id=ext,
            published_at=d.at,
            text=d.text,
            url=f"https://t.me/{d.source.username}/{ext}",
            forwarded_from=fwd,
            hashtags=tuple(re.findall(r"#(\w+)", d.text)),
        )
        out.append(Labelled(post, d.story))
    return out
