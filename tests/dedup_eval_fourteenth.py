# ruff: noqa: E501  (a data module: a state per line, long template strings read better whole)
"""The fourteenth labelled near-duplicate set: official notices one slot apart, statements and
their translations, agencies' rewrites, and copies that pass through mail gateways, channel
headings and slips of the hand.

Written blind in session 40 (from how official channels, agencies and their reposters write,
without reading the dedup code or its rules; only the earlier sets and
tests/test_dedup_eval.py were read, for the shape and the conventions). A foreign ministry's
Russian and English channels, its spokeswoman's channel, a central bank, a regional
emergencies department, the aviation agency, UN News in Russian and English, the African
Union's and the CIS's secretariats, a Russian agency and an English wire, four reposters, two
analysts' channels, a mail gateway that hard-wraps what it relays, a scraper and a text dump of
forwards. Each *story* is one statement; every post of a story after its first is a copy the
reader must not see twice, and every other story must be kept.

Distinct statements (each its own story): briefing and accreditation notices that differ only
in the date, the hour or the place ("состоится 12 марта" / "19 марта"); flashes under fifteen
words one name or one number apart ("прибыл в Минск" / "прибыл в Баку", "до 14" / "до 17");
condolence telegrams and election congratulations on one template to other states and people;
a statement and its official translation on the same ministry's other-language channel (two
stories: the earlier sets' convention); an agency's rewrite that keeps every fact but changes
the order of the words and sentences (a paraphrase: its own story, the third set's convention);
a commentator's post that quotes a whole statement and adds two lines of its own (the twelfth
set's convention: a statement with an answer of its own); an article that quotes a statement
inside its own paragraphs; numbered parts of a series ("часть 1/2/3", "(1/3)"); the bank's
prices of precious metals for another date, or with one metal's price moved; storm warnings for
another region, date or gust; consular closures for another city or date; casualty tolls that
move one figure; UN votes (another count; the same resolution a year later) and lists of
states one name apart (co-sponsors, entry bans); the African Union's council meetings on other
countries; airport restrictions one airport apart; telephone conversations with other
counterparts.

Copies (each copy's external id ends with its kind): a forward, a forward under an analyst's
one-line remark with no fact in it ("Важно 👇": the earlier sets' convention), a text dump's
"Переслано из" line, a plain repost, a hard wrap by a mail gateway at 58-72 columns (some with
trailing spaces, CRLF line ends, the paragraphs first run together, or words broken with a
hyphen), the channel's own heading line prepended ("МИД России:", "⚡️ Срочно", "MFA Russia:",
"❗️ BREAKING"), a reworded heading over the same body (the eighth set's convention), the
hashtag line swapped, the leading emoji swapped or added, a reposter's signature, a
"Подписаться" footer, a link preview's text, Telegram Markdown left in, a scraper's HTML
entities, soft hyphens, zero-width characters, non-breaking spaces, other quotes and dashes,
"ё" as "е", Latin or Cyrillic look-alike letters, "…Читать далее" / "Read more" truncations
cut after the slots, one typo, two typos, the heading dropped, a closing line dropped or added
(a line with no fact), and one typo together with one other change (an emoji, a hashtag line,
a heading, a hard wrap, a signature). Every copy keeps whole the slots that tell its statement
from its siblings (typos, look-alikes and soft hyphens never touch them; a truncation cuts
after them). A short post's copies come within eight hours of it, a longer one's within a day.
Seed 14: 1110 posts, 338 stories, 772 copies, 58% Russian, 21 sources, February to March
2027. First run (main of session 39, c4711b9): precision 0.988, recall 0.977 (seeds 1-5:
0.983-0.987 / 0.967-0.977). Folded: every commentator's quotation that repeats the
statement's heading above its body and its own two lines, with its copies. Missed: flashes
under a channel's heading line with a typo, Markdown italics on a flash, reworded headings
over a statement's body, hard wraps that break a word with a hyphen (docs/dedup.md, "A
fourteenth set").
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA = _tg("-1001400500001", "МИД России", "mid_rossii_channel")
MFA_EN = _tg("-1001400500002", "Russian MFA 🇷🇺", "russian_mfa_en")
SPOKES = _tg("-1001400500003", "Официальный представитель МИД", "mid_spokes_ru")
BANK = _tg("-1001400500004", "Банк России | Официально", "cbr_official_feed")
EMERG = _tg("-1001400500005", "ГУ МЧС России по Дальнему Востоку", "mchs_dv")
AVIA = _tg("-1001400500006", "Росавиация", "rosaviatsia_news")
UN_RU = _tg("-1001400500007", "ООН на русском", "oon_russian")
UN_EN = _tg("-1001400500008", "United Nations News", "unnews_global")
AU = _tg("-1001400500009", "African Union Commission", "au_commission")
CIS = _tg("-1001400500010", "Исполнительный комитет СНГ", "cis_executive")
AGENCY = _tg("-1001400500011", "ИА «Север-Пресс»", "sever_press")
WIRE = _tg("-1001400500012", "Meridian Wire", "meridian_wire")
REP1 = _tg("-1001400500013", "Внешняя политика 24", "vneshpol24")
REP2 = _tg("-1001400500014", "Дипломатический вестник", "dipvestnik")
REP_EN = _tg("-1001400500015", "Global Diplomacy Feed", "globaldiplofeed")
REP_EN2 = _tg("-1001400500016", "The Foreign Desk", "theforeigndesk")
ANALYST = _tg("-1001400500017", "Кухня МИДа", "kuhnya_mida")
ANALYST_EN = _tg("-1001400500018", "Chancery Notes", "chancerynotes")
GATEWAY = SourceRef(
    kind="feed", key="https://lists.example.org/diplo-digest.rss", title="diplo-digest mailing list"
)
SCRAPER = SourceRef(kind="import", key="scraper-mid-2027-02", title="scraped-mid-feb.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2027-02.txt", title="forwards-2027-02.txt")

RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
RU_WEEKDAYS = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
START = datetime(2027, 2, 1, 6, 0, tzinfo=UTC)

# EN, genitive RU, prepositional RU, FM dative RU, FM EN, leader instrumental RU, leader EN
STATES = [
    ("Mozambique", "Мозамбика", "в Мозамбике", "М.Манжате", "Maria Manuela Lucas", "Д.Чапо", "Daniel Chapo"),
    ("Honduras", "Гондураса", "в Гондурасе", "Э.Рейне", "Enrique Reina", "Н.Асфурой", "Nasry Asfura"),
    ("Bangladesh", "Бангладеш", "в Бангладеш", "Т.Хоссейну", "Touhid Hossain", "М.Юнусом", "Muhammad Yunus"),
    ("Cambodia", "Камбоджи", "в Камбодже", "Прак Сокхонну", "Prak Sokhonn", "Хун Манетом", "Hun Manet"),
    ("Senegal", "Сенегала", "в Сенегале", "Я.Диопу", "Yassine Fall", "Б.Д.Фаем", "Bassirou Diomaye Faye"),
    ("Guatemala", "Гватемалы", "в Гватемале", "К.Мартинесу", "Carlos Ramiro Martinez", "Б.Аревало", "Bernardo Arevalo"),
    ("Mali", "Мали", "в Мали", "А.Диопу", "Abdoulaye Diop", "А.Гоитой", "Assimi Goita"),
    ("Kyrgyzstan", "Киргизии", "в Киргизии", "Ж.Кулубаеву", "Jeenbek Kulubaev", "С.Жапаровым", "Sadyr Japarov"),
    ("Papua New Guinea", "Папуа — Новой Гвинеи", "в Папуа — Новой Гвинее", "Дж.Пато", "Justin Tkatchenko", "Дж.Марапе", "James Marape"),
    ("Namibia", "Намибии", "в Намибии", "С.Ашипале-Мусавьи", "Selma Ashipala-Musavyi", "Н.Нанди-Ндайтвой", "Netumbo Nandi-Ndaitwah"),
    ("Paraguay", "Парагвая", "в Парагвае", "Р.Рамиресу Лескано", "Ruben Ramirez Lezcano", "С.Пеньей", "Santiago Pena"),
    ("Nigeria", "Нигерии", "в Нигерии", "Ю.Туггару", "Yusuf Tuggar", "Б.Тинубу", "Bola Tinubu"),
    ("Madagascar", "Мадагаскара", "на Мадагаскаре", "Р.Расата", "Rasata Rafaravavitafika", "А.Раджоэлиной", "Andry Rajoelina"),
    ("Nepal", "Непала", "в Непале", "А.Р.Дэубе", "Arzu Rana Deuba", "Р.Ч.Пауделем", "Ram Chandra Poudel"),
    ("Tunisia", "Туниса", "в Тунисе", "М.Нафти", "Mohamed Ali Nafti", "К.Саидом", "Kais Saied"),
    ("Fiji", "Фиджи", "на Фиджи", "Л.Рабуке", "Sitiveni Rabuka", "Р.Катонивере", "Ratu Wiliame Katonivere"),
]  # fmt: skip
# genitive RU, EN
DISASTERS = [
    ("разрушительного циклона", "devastating cyclone"),
    ("сильных наводнений", "severe floods"),
    ("схода селевого потока", "mudslide"),
    ("крушения парома", "ferry disaster"),
    ("обрушения здания", "building collapse"),
    ("лесных пожаров", "wildfires"),
]
# city RU (locative), city RU (accusative), city EN
CITIES = [
    ("Минске", "Минск", "Minsk"),
    ("Баку", "Баку", "Baku"),
    ("Ташкенте", "Ташкент", "Tashkent"),
    ("Ереване", "Ереван", "Yerevan"),
    ("Астане", "Астану", "Astana"),
    ("Душанбе", "Душанбе", "Dushanbe"),
    ("Анкаре", "Анкару", "Ankara"),
    ("Тегеране", "Тегеран", "Tehran"),
    ("Каире", "Каир", "Cairo"),
    ("Пекине", "Пекин", "Beijing"),
    ("Ханое", "Ханой", "Hanoi"),
    ("Эр-Рияде", "Эр-Рияд", "Riyadh"),
]


def _ru_date(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en_date(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]}"


class _Story:
    __slots__ = ("alt_head", "at", "keep", "ru", "sid", "source", "text")

    def __init__(
        self, sid: str, source: SourceRef, at: datetime, text: str, ru: bool, keep: tuple[str, ...]
    ) -> None:
        self.sid = sid
        self.source = source
        self.at = at
        self.text = text
        self.ru = ru
        self.keep = keep  # what tells it from its siblings (kept whole in every copy)
        self.alt_head: str | None = None  # the heading as a reposter rewords it


class _Set:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[_Story] = []
        self.out: list[Labelled] = []
        self.n = 0

    def story(
        self, family: str, source: SourceRef, at: datetime, text: str, ru: bool, *keep: str
    ) -> _Story:
        self.n += 1
        for k in keep:
            assert k in text, (family, k)
        s = _Story(f"{family}-{self.n}", source, at, text, ru, keep)
        self.stories.append(s)
        self.add(s, source, f"{s.sid}-orig", at, text)
        return s

    def add(
        self, s: _Story, source: SourceRef, ext: str, at: datetime, text: str, **extra: object
    ) -> None:
        post = Post(source=source, external_id=ext, published_at=at, text=text, **extra)  # type: ignore[arg-type]
        self.out.append(Labelled(post, s.sid))

    def day(self, n: int, hour: int | None = None) -> datetime:
        h = self.rng.randrange(7, 21) if hour is None else hour
        return START + timedelta(days=n, hours=h - 6, minutes=self.rng.randrange(60))


# --- distinct statements ---------------------------------------------------------------

PLACES = [
    ("в пресс-центре МИД России", "at the Foreign Ministry's press centre"),
    ("в Доме приёмов МИД России", "at the Foreign Ministry's Reception House"),
    (
        "в Международном мультимедийном пресс-центре МИА «Россия сегодня»",
        "at the Rossiya Segodnya press centre",
    ),
    ("в Санкт-Петербурге на полях форума", "in St Petersburg on the sidelines of the forum"),
]


def _briefing_notices(x: _Set) -> None:
    """Briefing and accreditation notices one date, hour or place apart (each its own)."""
    rng = x.rng
    for i in range(14):
        at = x.day(i * 4 + (1 if i % 3 else 0), hour=10)
        d = at + timedelta(days=2 + (i % 2))
        hour = "12:00" if i % 5 else "15:00"
        place = PLACES[0] if i % 4 else PLACES[(i // 4) % len(PLACES)]
        ru = (
            f"🎙 Брифинг официального представителя МИД России М.В.Захаровой состоится "
            f"{_ru_date(d)} в {hour} {place[0]}."
        )
        x.story("bnote-ru", MFA, at, ru, True, _ru_date(d), hour, place[0])
        if i % 4 == 2:  # the same briefing moved to another place the next day
            moved = (
                ru.replace(place[0], PLACES[2][0])
                if place != PLACES[2]
                else ru.replace(place[0], PLACES[1][0])
            )
            newp = PLACES[2][0] if place != PLACES[2] else PLACES[1][0]
            x.story("bnote-ru", MFA, at + timedelta(hours=20), moved, True, _ru_date(d), newp)
        if i % 2 == 0:
            en = (
                f"Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on "
                f"{_en_date(d)} at {hour} Moscow time {place[1]}."
            )
            x.story("bnote-en", MFA_EN, at + timedelta(minutes=40), en, False, _en_date(d), hour)
    # Accreditation notices: long, identical but for the dates.
    for i in range(9):
        at = x.day(i * 6 + 2, hour=rng.choice([9, 11]))
        d = at + timedelta(days=3)
        dl = d - timedelta(days=1)
        ru = (
            f"📋 Об аккредитации на брифинг официального представителя МИД России "
            f"М.В.Захаровой {_ru_date(d)}\n\nДля аккредитации представителям СМИ необходимо "
            f"направить заявку до 18:00 {_ru_date(dl)} через личный кабинет на сайте МИД "
            "России. В заявке указываются фамилия, имя, отчество, название СМИ и номер "
            "редакционного удостоверения.\n\nВход в здание — по предъявлении паспорта и "
            "редакционного удостоверения. Аккредитация съёмочных групп — не более двух "
            "человек от одного СМИ."
        )
        x.story("accr-ru", MFA, at, ru, True, f"Захаровой {_ru_date(d)}", f"18:00 {_ru_date(dl)}")


def _flashes(x: _Set) -> None:
    """Flashes under fifteen words, one name or one number apart."""
    rng = x.rng
    for i in range(10):
        c = CITIES[i]
        at = x.day(i * 3 + 1)
        x.story(
            "arr-ru", AGENCY, at, f"⚡️ Лавров прибыл в {c[1]} с рабочим визитом.", True, f"в {c[1]}"
        )
        if i % 2:
            x.story(
                "arr-en",
                WIRE,
                at + timedelta(minutes=15),
                f"Russian Foreign Minister Lavrov arrives in {c[2]} for talks.",
                False,
                c[2],
            )
    for i in range(6):
        c = CITIES[(i * 5) % len(CITIES)]
        at = x.day(i * 5 + 2)
        x.story(
            "dep-ru", MFA, at, f"С.В.Лавров завершил визит в {c[1]} и вылетел в Москву.", True, c[1]
        )
    # Airport restrictions: one airport apart, the same hour (temporary restrictions).
    airports = [
        "Калуга",
        "Ярославль",
        "Пенза",
        "Тамбов",
        "Саратов",
        "Липецк",
        "Кострома",
        "Иваново",
    ]
    for i, a in enumerate(airports):
        at = x.day(i * 2 + 6, hour=3 + (i % 3))
        x.story(
            "air-ru",
            AVIA,
            at,
            f"✈️ Аэропорт {a}: введены временные ограничения на приём и выпуск воздушных судов.",
            True,
            a,
        )
        if i % 3 == 0:
            x.story(
                "air-ru",
                AVIA,
                at + timedelta(hours=4),
                f"✈️ Аэропорт {a}: временные ограничения сняты.",
                True,
                a,
            )
    # Rising figures: a short flash that moves one number.
    dead = 9
    for step in range(6):
        at = x.day(20, hour=7) + timedelta(hours=step * 2)
        dead += rng.randrange(2, 5)
        x.story(
            "flashtoll-ru",
            AGENCY,
            at,
            f"Число погибших при обрушении торгового центра в Хабаровске выросло до {dead}.",
            True,
            f"до {dead}",
        )
    dead = 4
    for step in range(4):
        at = x.day(33, hour=9) + timedelta(hours=step * 3)
        dead += rng.randrange(1, 4)
        x.story(
            "flashtoll-en",
            WIRE,
            at,
            f"Death toll in Port Vila ferry sinking rises to {dead}, officials say.",
            False,
            f"to {dead}",
        )
    # The same statement, one number apart: ships, flights.
    for i, n in enumerate([12, 15, 21, 8]):
        at = x.day(40 + i, hour=12)
        x.story(
            "hum-ru",
            EMERG,
            at,
            f"Самолёт МЧС доставил в Газу {n} тонн гуманитарного груза.",
            True,
            f"{n} тонн",
        )


def _condolences(x: _Set) -> None:
    """The minister's telegram to a colleague: one template, other states (and disasters)."""
    for i in range(12):
        st = STATES[i]
        d = DISASTERS[i % len(DISASTERS)]
        at = x.day(i * 4 + 3, hour=13)
        ru = (
            f"🕯 С.В.Лавров направил телеграмму соболезнования Министру иностранных дел "
            f"{st[1]} {st[3]} в связи с трагическими последствиями {d[0]}.\n\n«Скорбим вместе "
            "с дружественным народом. Просим передать слова сочувствия и поддержки семьям "
            "погибших и пожелания скорейшего выздоровления всем пострадавшим», — говорится "
            "в послании."
        )
        x.story("cond-ru", MFA, at, ru, True, f"{st[1]} {st[3]}", d[0])
        if i % 2 == 0:
            en = (
                f"Foreign Minister Sergey Lavrov sent a message of condolences to Foreign "
                f"Minister of {st[0]} {st[4]} over the tragic consequences of the {d[1]}.\n\n"
                '"We grieve together with the friendly people. Please convey our words of '
                "sympathy and support to the families of the victims and our wishes for a "
                'speedy recovery to all the injured," the message reads.'
            )
            x.story(
                "cond-en", MFA_EN, at + timedelta(minutes=25), en, False, f"{st[0]} {st[4]}", d[1]
            )


def _elections(x: _Set) -> None:
    """Congratulations on an election: one template, other states (and a re-election)."""
    for i in range(10):
        st = STATES[(i + 5) % len(STATES)]
        at = x.day(i * 5 + 4, hour=11)
        again = i in (3, 7)
        what = "переизбранием" if again else "избранием"
        ru = (
            f"Владимир Путин поздравил главу государства {st[1]} с {what} на этот пост.\n\n"
            "«Рассчитываю на дальнейшее развитие конструктивного диалога и партнёрства между "
            "нашими странами по всем направлениям», — говорится в телеграмме."
        )
        x.story("elect-ru", MFA, at, ru, True, f"государства {st[1]}", what)
        if i % 2:
            en = (
                f"President Vladimir Putin congratulated {st[6]} on his "
                f"{'re-election' if again else 'election'} as head of state of {st[0]}. "
                '"I count on the further development of constructive dialogue and partnership '
                'between our countries in all areas," the message reads.'
            )
            x.story("elect-en", MFA_EN, at + timedelta(minutes=30), en, False, st[6], st[0])


# (heading RU, body RU, heading EN, body EN, reworded heading RU, rewrite RU by an agency)
STATEMENTS = [
    (
        "Заявление МИД России в связи с закрытием Генерального консульства России в Клайпеде",
        "Решение литовских властей закрыть Генеральное консульство России в Клайпеде является очередным недружественным шагом Вильнюса. Оно лишает тысячи соотечественников возможности получать консульские услуги.\n\nРоссийская сторона оставляет за собой право на ответные меры, которые будут объявлены в ближайшее время.",
        "Statement by the Russian Foreign Ministry on the closure of the Russian Consulate General in Klaipeda",
        "The Lithuanian authorities' decision to close the Russian Consulate General in Klaipeda is yet another unfriendly step by Vilnius. It deprives thousands of compatriots of access to consular services.\n\nThe Russian side reserves the right to take retaliatory measures, which will be announced shortly.",
        "МИД России ответил на закрытие консульства в Клайпеде",
        "Ответные меры на закрытие Генерального консульства России в Клайпеде будут объявлены в ближайшее время, заявили в МИД России. По оценке министерства, решение литовских властей — очередной недружественный шаг Вильнюса, лишающий тысячи соотечественников возможности получать консульские услуги.",
    ),
    (
        "Заявление МИД России по итогам заседания Совета управляющих МАГАТЭ",
        "Принятая по инициативе западных стран резолюция носит контрпродуктивный характер и подрывает профессиональную работу Агентства. Россия голосовала против.\n\nПризываем всех членов Совета управляющих воздерживаться от политизации деятельности МАГАТЭ.",
        "Statement by the Russian Foreign Ministry on the outcome of the IAEA Board of Governors meeting",
        "The resolution adopted at the initiative of Western countries is counterproductive and undermines the Agency's professional work. Russia voted against it.\n\nWe call on all members of the Board of Governors to refrain from politicising the IAEA's activities.",
        "Москва раскритиковала резолюцию Совета управляющих МАГАТЭ",
        "Россия голосовала против резолюции, принятой на заседании Совета управляющих МАГАТЭ по инициативе западных стран, сообщили в МИД России. Документ, по мнению министерства, контрпродуктивен и подрывает профессиональную работу Агентства; членов Совета призвали не политизировать деятельность МАГАТЭ.",
    ),
    (
        "Заявление МИД России в связи с задержанием российского гражданина в Финляндии",
        "Задержание российского гражданина Д.С.Кравцова финскими властями по надуманным обвинениям вызывает глубокую обеспокоенность. Посольство России в Хельсинки добивается консульского доступа к задержанному.\n\nТребуем соблюдения его законных прав и скорейшего освобождения.",
        "Statement by the Russian Foreign Ministry on the detention of a Russian citizen in Finland",
        "The detention of Russian citizen Dmitry Kravtsov by the Finnish authorities on far-fetched charges is a matter of deep concern. The Russian Embassy in Helsinki is seeking consular access to the detainee.\n\nWe demand respect for his legal rights and his speedy release.",
        "В МИД России потребовали освободить задержанного в Финляндии россиянина",
        "Посольство России в Хельсинки добивается консульского доступа к задержанному финскими властями российскому гражданину Д.С.Кравцову, сообщили в МИД России. Задержание по надуманным обвинениям вызывает в Москве глубокую обеспокоенность; министерство требует соблюдения законных прав россиянина и его скорейшего освобождения.",
    ),
    (
        "Заявление МИД России о продлении ЕС ограничительных мер",
        "Продление Евросоюзом так называемых секторальных санкций ещё на шесть месяцев лишь подтверждает тупиковость избранного Брюсселем курса. Российская экономика адаптировалась к ограничениям.\n\nОтветные меры будут приняты исходя из национальных интересов России.",
        "Statement by the Russian Foreign Ministry on the EU's extension of restrictive measures",
        "The European Union's extension of the so-called sectoral sanctions for another six months only confirms that the course chosen by Brussels is a dead end. The Russian economy has adapted to the restrictions.\n\nResponse measures will be taken based on Russia's national interests.",
        "МИД: продление санкций ЕС подтверждает тупиковость курса Брюсселя",
        "Российская экономика адаптировалась к ограничениям, а продление Евросоюзом секторальных санкций ещё на шесть месяцев лишь подтверждает тупиковость курса Брюсселя, говорится в заявлении МИД России. Ответные меры будут приняты исходя из национальных интересов страны.",
    ),
    (
        "Заявление МИД России в связи с инцидентом с российским судном в Балтийском море",
        "Досмотр российского торгового судна «Капитан Лебедев» эстонскими пограничниками в исключительной экономической зоне является грубым нарушением Конвенции ООН по морскому праву.\n\nТребуем немедленно прекратить подобные провокационные действия.",
        "Statement by the Russian Foreign Ministry on the incident involving a Russian vessel in the Baltic Sea",
        "The inspection of the Russian merchant vessel Kapitan Lebedev by Estonian border guards in the exclusive economic zone is a gross violation of the UN Convention on the Law of the Sea.\n\nWe demand an immediate end to such provocative actions.",
        "МИД России — об инциденте с судном «Капитан Лебедев»",
        "МИД России потребовал немедленно прекратить провокационные действия после того, как эстонские пограничники досмотрели российское торговое судно «Капитан Лебедев» в исключительной экономической зоне. Это, по оценке министерства, грубое нарушение Конвенции ООН по морскому праву.",
    ),
    (
        "Заявление МИД России в связи с решением Молдавии о выходе из соглашений СНГ",
        "Решение Кишинёва о выходе ещё из трёх соглашений в рамках СНГ продиктовано не интересами граждан Молдавии, а политической конъюнктурой. Пострадают прежде всего трудовые мигранты и их семьи.\n\nРоссия продолжит выполнять свои обязательства перед другими участниками Содружества.",
        "Statement by the Russian Foreign Ministry on Moldova's decision to withdraw from CIS agreements",
        "Chisinau's decision to withdraw from three more CIS agreements is dictated not by the interests of Moldova's citizens but by political expediency. Labour migrants and their families will suffer first of all.\n\nRussia will continue to fulfil its obligations to the other members of the Commonwealth.",
        "МИД России прокомментировал выход Молдавии из соглашений СНГ",
        "От решения Кишинёва выйти ещё из трёх соглашений СНГ пострадают прежде всего трудовые мигранты и их семьи, заявили в МИД России. Решение, по мнению министерства, продиктовано политической конъюнктурой, а не интересами граждан Молдавии; Россия продолжит выполнять обязательства перед другими участниками Содружества.",
    ),
    (
        "Заявление МИД России в связи с атакой на российское посольство в Гааге",
        "В ночь на 14 февраля неизвестные забросали здание посольства России в Гааге бутылками с краской, повреждены ворота и фасад. Пострадавших нет.\n\nОжидаем от нидерландских властей расследования инцидента и принятия мер по обеспечению безопасности дипломатического представительства.",
        "Statement by the Russian Foreign Ministry on the attack on the Russian Embassy in The Hague",
        "On the night of 14 February, unknown persons threw bottles of paint at the building of the Russian Embassy in The Hague, damaging the gates and the facade. No one was hurt.\n\nWe expect the Dutch authorities to investigate the incident and to take measures to ensure the security of the diplomatic mission.",
        "Посольство России в Гааге атаковали: заявление МИД",
        "Здание посольства России в Гааге в ночь на 14 февраля забросали бутылками с краской, повреждены ворота и фасад, пострадавших нет, сообщили в МИД России. Министерство ожидает от нидерландских властей расследования и мер по обеспечению безопасности представительства.",
    ),
    (
        "Заявление МИД России о ситуации вокруг Запорожской АЭС",
        "Очередной удар беспилотника по учебному центру Запорожской АЭС создаёт прямую угрозу ядерной безопасности. Ответственность за эти безрассудные действия лежит на киевском режиме и его западных покровителях.\n\nПризываем руководство МАГАТЭ дать им объективную оценку.",
        "Statement by the Russian Foreign Ministry on the situation around the Zaporozhye NPP",
        "Another drone strike on the training centre of the Zaporozhye NPP poses a direct threat to nuclear safety. Responsibility for these reckless actions lies with the Kiev regime and its Western patrons.\n\nWe call on the IAEA leadership to give them an objective assessment.",
        "Удар по учебному центру ЗАЭС: заявление МИД России",
        "МИД России призвал руководство МАГАТЭ дать объективную оценку очередному удару беспилотника по учебному центру Запорожской АЭС. Удар создаёт прямую угрозу ядерной безопасности, ответственность за него лежит на киевском режиме и его западных покровителях, говорится в заявлении.",
    ),
]
# Two lines a commentator adds under a quoted statement: each says something of its own.
OWN_LINES = [
    "Напомню, в прошлом году литовцы уже закрывали наше почётное консульство. Думаю, зеркальный ответ последует в течение недели.",
    "Голосование было 19 против 3 при 12 воздержавшихся. Это худший для Запада результат за последние три года.",
    "По моим данным, Кравцов — инженер из Петрозаводска, задержан на границе в Ваалимаа. Финны пока не объяснили, в чём его обвиняют.",
    "Шесть месяцев — стандартный срок, решение продлят и летом. Венгрия и Словакия на этот раз промолчали.",
    "Судно шло из Усть-Луги в Роттердам с удобрениями. Это уже третий досмотр с начала года.",
    "Речь идёт о соглашениях о социальном обеспечении и о признании дипломов. Кишинёв вышел уже из 70 с лишним документов СНГ.",
]


def _statements(x: _Set) -> None:
    """A statement, its official translation on the English channel, an agency's rewrite, a
    commentator's quotation with two lines of its own, an article quoting it (all apart)."""
    rng = x.rng
    for i, (head, body, head_en, body_en, alt, rewrite) in enumerate(STATEMENTS):
        at = x.day(i * 6 + 2, hour=rng.choice([10, 13, 16]))
        s = x.story("stmt-ru", MFA, at, f"{head}\n\n{body}", True, body[:50])
        s.alt_head = alt
        e = x.story(
            "stmt-en",
            MFA_EN,
            at + timedelta(minutes=rng.randrange(40, 150)),
            f"{head_en}\n\n{body_en}",
            False,
            body_en[:50],
        )
        e.alt_head = None
        x.story(
            "rewrite-ru",
            AGENCY,
            at + timedelta(minutes=rng.randrange(20, 90)),
            rewrite,
            True,
            rewrite[:40],
        )
        if i < len(OWN_LINES):
            quoted = (
                f"МИД России:\n\n«{body}»\n\n{OWN_LINES[i]}"
                if i % 2
                else f"Заявление МИД полностью:\n\n{head}\n\n{body}\n\n{OWN_LINES[i]}"
            )
            x.story(
                "comment-ru",
                ANALYST,
                at + timedelta(hours=rng.randrange(1, 5)),
                quoted,
                True,
                OWN_LINES[i][:40],
            )
        if i % 3 == 1:
            art = (
                f"{alt}\n\nВ среду на сайте министерства было опубликовано заявление. "
                f"«{body.split(chr(10))[0]}» — говорится в нём.\n\nРанее официальный "
                "представитель МИД России М.В.Захарова обещала, что реакция Москвы не заставит "
                "себя ждать. Эксперты, опрошенные агентством, ожидают симметричного ответа."
            )
            x.story(
                "article-ru",
                AGENCY,
                at + timedelta(hours=rng.randrange(3, 8)),
                art,
                True,
                "Эксперты, опрошенные",
            )


SERIES_TOPICS = [
    "О ситуации в Судане",
    "О положении в секторе Газа",
    "О переговорах по иранской ядерной программе",
    "О работе «Группы двадцати»",
    "О преследовании Русской православной церкви за рубежом",
    "О заявлениях официальных лиц Японии",
    "О выставке «Россия — Африка: общая история»",
    "Об итогах визита делегации Лиги арабских государств",
    "О консульской ситуации в Таиланде",
    "О праздновании Дня дипломатического работника",
    "О годовщине начала специальной военной операции",
    "О молодёжном форуме стран СНГ",
]
SC_TOPICS = [
    (
        "the situation in the Middle East",
        "the Special Coordinator briefed members on the humanitarian situation",
    ),
    ("non-proliferation", "members discussed the implementation of resolution 2231"),
    ("the situation in Haiti", "the Special Representative warned of rising gang violence"),
    (
        "threats to international peace and security",
        "Russia's representative spoke on the Nord Stream investigation",
    ),
]


def _series(x: _Set) -> None:
    """Numbered parts of one series: each part its own statement."""
    rng = x.rng
    for b in range(4):
        at = x.day(b * 10 + 5, hour=14)
        topics = rng.sample(SERIES_TOPICS, 6)
        for k in range(3):
            part = topics[k * 2 : k * 2 + 2]
            ru = (
                f"💬 Ответы официального представителя МИД России М.В.Захаровой на вопросы "
                f"СМИ, {_ru_date(at)}. Часть {k + 1}/3\n\n" + "\n".join(f"🔹 {t}" for t in part)
            )
            x.story(
                "series-ru",
                SPOKES,
                at + timedelta(minutes=30 * k),
                ru,
                True,
                f"Часть {k + 1}/3",
                *part,
            )
    for b, (topic, line) in enumerate(SC_TOPICS):
        at = x.day(b * 12 + 7, hour=15)
        for k in range(3):
            en = (
                f"LIVE: Security Council meeting on {topic} ({k + 1}/3)\n\n"
                + [
                    f"The meeting opened at 10 a.m. New York time; {line}.",
                    "Members took the floor in turn; several delegations called for restraint.",
                    "The meeting adjourned; no product was adopted. Full coverage on our website.",
                ][k]
            )
            x.story(
                "sc-en", UN_EN, at + timedelta(minutes=50 * k), en, False, f"({k + 1}/3)", topic
            )


def _metals(x: _Set) -> None:
    """The bank's prices of precious metals: another date, or one metal moved."""
    rng = x.rng
    g, s, p, pd = 8612.4, 98.15, 3021.7, 2710.3
    for i in range(14):
        at = x.day(i * 3 + (i % 2), hour=16)
        d = at + timedelta(days=1)
        if i % 4 != 3:
            g = round(g + rng.uniform(-40, 40), 1)
        s = round(s + rng.uniform(-1.5, 1.5), 2)
        if i % 5:
            p = round(p + rng.uniform(-25, 25), 1)
        pd = round(pd + rng.uniform(-25, 25), 1)
        f = [f"{v:.2f}".replace(".", ",") for v in (g, s, p, pd)]
        ru = (
            f"Учётные цены на аффинированные драгоценные металлы на {_ru_date(d)}, руб. за "
            f"грамм:\n\n🥇 Золото — {f[0]}\n🥈 Серебро — {f[1]}\n⚪️ Платина — {f[2]}\n"
            f"⚫️ Палладий — {f[3]}\n\n#драгметаллы"
        )
        x.story("metals-ru", BANK, at, ru, True, _ru_date(d), *f)
        if i == 6:  # the same date, palladium corrected
            f2 = f"{pd + 11.4:.2f}".replace(".", ",")
            x.story(
                "metals-ru",
                BANK,
                at + timedelta(hours=2),
                ru.replace(f[3], f2),
                True,
                _ru_date(d),
                f2,
            )


REGIONS = [
    ("Приморском крае", "Приморья"),
    ("Хабаровском крае", "Хабаровского края"),
    ("Сахалинской области", "Сахалина"),
    ("Камчатском крае", "Камчатки"),
    ("Амурской области", "Приамурья"),
]


def _storms(x: _Set) -> None:
    """Storm warnings: another region, date or gust (each its own warning)."""
    rng = x.rng
    for i in range(16):
        r = REGIONS[i % len(REGIONS)]
        at = x.day((i // 3) * 4 + 1, hour=18)
        d = at + timedelta(days=1)
        gust = rng.choice([25, 27, 30, 32, 35])
        snow = rng.choice(["сильный снег", "метель", "сильный дождь", "налипание мокрого снега"])
        ru = (
            f"⚠️ Экстренное предупреждение\n\n{_ru_date(d)} в {r[0]} ожидается {snow}, "
            f"усиление ветра с порывами до {gust} м/с. Возможны нарушения в работе "
            "транспорта и объектов энергетики.\n\nГУ МЧС России рекомендует жителям "
            f"{r[1]} ограничить поездки и не оставлять автомобили под деревьями.\n\n"
            "Телефон единой службы спасения — 112."
        )
        x.story("storm-ru", EMERG, at, ru, True, _ru_date(d), r[0], f"до {gust}", snow, r[1])


CONSULATES = [
    ("Генеральное консульство России в Бонне", "Bonn"),
    ("Генеральное консульство России в Милане", "Milan"),
    ("Консульский отдел Посольства России в Вене", "Vienna"),
    ("Генеральное консульство России в Стамбуле", "Istanbul"),
    ("Генеральное консульство России в Дубае", "Dubai"),
]
HOLIDAYS = [
    ("в связи с санитарным днём", 23),
    ("в связи с местным праздником", 17),
    ("по техническим причинам", 20),
]


def _consular(x: _Set) -> None:
    for i in range(13):
        c = CONSULATES[i % len(CONSULATES)]
        h = HOLIDAYS[i % len(HOLIDAYS)]
        at = x.day(i * 3 + 1, hour=9)
        d = at + timedelta(days=2 + i % 3)
        ru = (
            f"❗️{c[0]} не будет вести приём граждан {_ru_date(d)} {h[0]}. Запись на "
            "приём переносится на ближайший рабочий день."
        )
        x.story("consul-ru", MFA, at, ru, True, c[0], _ru_date(d), h[0])
        if i % 4 == 0:
            en = f"The Russian consular office in {c[1]} will be closed to visitors on {_en_date(d)}. Appointments will be moved to the next working day."
            x.story("consul-en", MFA_EN, at + timedelta(minutes=10), en, False, c[1], _en_date(d))


def _tolls(x: _Set) -> None:
    """UN updates on a crisis, each moving one figure."""
    rng = x.rng
    events = [
        ("в провинции Северное Киву", "North Kivu province", "перемещёнными", "displaced"),
        ("в штате Дарфур", "Darfur", "перемещёнными", "displaced"),
        ("на севере Мозамбика", "northern Mozambique", "перемещёнными", "displaced"),
    ]
    for i, (where, where_en, _w, _we) in enumerate(events):
        at = x.day(i * 14 + 3, hour=8)
        dead, disp = rng.randrange(30, 90), rng.randrange(20, 60) * 1000
        for step in range(5):
            if step:
                at += timedelta(hours=rng.randrange(5, 20))
                if step == 3:
                    disp += rng.randrange(2, 9) * 1000
                else:
                    dead += rng.randrange(3, 12)
            ds = f"{disp:,}".replace(",", " ")
            ru = (
                f"По данным Управления ООН по координации гуманитарных вопросов, число "
                f"погибших в результате боёв {where} достигло {dead}. Более {ds} человек "
                "стали вынужденно перемещёнными.\n\nООН призывает стороны обеспечить "
                "беспрепятственный гуманитарный доступ."
            )
            x.story("toll-ru", UN_RU, at, ru, True, f"достигло {dead}", ds, where)
            if step % 2 == 0:
                dse = f"{disp:,}"
                en = (
                    f"Fighting in {where_en} has killed {dead} people and displaced more than "
                    f"{dse}, according to the UN Office for the Coordination of Humanitarian "
                    "Affairs (OCHA).\n\nThe UN calls on the parties to allow unhindered "
                    "humanitarian access."
                )
                x.story(
                    "toll-en",
                    UN_EN,
                    at + timedelta(minutes=40),
                    en,
                    False,
                    f"killed {dead}",
                    dse,
                    where_en,
                )


RESOLUTIONS = [
    (
        "«Меры по предотвращению гонки вооружений в космическом пространстве»",
        "Prevention of an arms race in outer space",
    ),
    (
        "«Содействие международному сотрудничеству в мирном использовании ИКТ»",
        "Promoting international cooperation on peaceful uses of ICT",
    ),
    ("«Недопустимость героизации нацизма»", "Combating glorification of Nazism"),
]
COSPONSORS = [
    "Беларусь",
    "Венесуэла",
    "Куба",
    "Никарагуа",
    "Сирия",
    "Иран",
    "КНДР",
    "Эритрея",
    "Мали",
    "Буркина-Фасо",
    "Нигер",
    "Зимбабве",
]
BANNED = [
    "Й.Хансена",
    "М.Лундквиста",
    "П.Ниеминена",
    "К.Вальтера",
    "Т.Брандта",
    "А.Ковальского",
    "Э.Кларка",
    "Ф.Дюбуа",
    "Р.Янссенса",
    "Л.Мартинеса",
]


def _votes(x: _Set) -> None:
    """Votes (the committee, then the plenary, other counts) and lists one name apart."""
    rng = x.rng
    for i, (res, res_en) in enumerate(RESOLUTIONS):
        at = x.day(i * 9 + 6, hour=21)
        for stage in ("committee", "plenary"):
            yes, no, ab = rng.randrange(115, 160), rng.randrange(2, 55), rng.randrange(8, 40)
            body = (
                "Первый комитет Генеральной Ассамблеи ООН одобрил"
                if stage == "committee"
                else "Генеральная Ассамблея ООН приняла"
            )
            ru = (
                f"🇺🇳 {body} российский проект резолюции {res}.\n\n«За» — {yes}, «против» — "
                f"{no}, воздержались — {ab}."
            )
            when = at - timedelta(days=2) if stage == "committee" else at
            x.story("vote-ru", UN_RU, when, ru, True, f"«За» — {yes}", f"«против» — {no}", res)
            if stage == "plenary":
                en = f'The General Assembly adopted the draft resolution "{res_en}" by a recorded vote of {yes} in favour to {no} against, with {ab} abstentions.'
                x.story(
                    "vote-en",
                    UN_EN,
                    at + timedelta(minutes=20),
                    en,
                    False,
                    f"{yes} in favour",
                    res_en,
                )
    # Co-sponsors as they join: each list one name longer than the one before.
    for i in range(5):
        at = x.day(i * 2 + 8, hour=12)
        lst = ", ".join(COSPONSORS[: 6 + i])
        ru = (
            f"📄 Соавторами внесённого Россией проекта резолюции по Сирии стали {lst}.\n\n"
            "Голосование в Совете Безопасности ООН запланировано на следующей неделе."
        )
        x.story("cosp-ru", MFA, at, ru, True, lst)
    # Entry bans: the same four names and one other.
    for i in range(4):
        at = x.day(i * 11 + 9, hour=15)
        lst = ", ".join([*BANNED[:4], BANNED[4 + i]])
        ru = (
            f"⛔️ В ответ на очередные санкции ЕС российская сторона расширила список лиц, "
            f"которым запрещён въезд в Россию. В него включены, в частности, {lst}."
        )
        x.story("ban-ru", MFA, at, ru, True, lst)


AU_STATES = [
    "the Sudan",
    "South Sudan",
    "Somalia",
    "the Central African Republic",
    "Libya",
    "the Sahel region",
    "Eastern DRC",
    "Chad",
]


GENEVA_ROOMS = ["Press Room III", "Press Room I", "Room XXIV"]
SC_COUNTRIES = [
    "Haiti",
    "Yemen",
    "Sudan",
    "Libya",
    "Syria",
    "Somalia",
    "Mali",
    "Myanmar",
    "Colombia",
    "Iraq",
]


def _english_notices(x: _Set) -> None:
    """English notices and flashes one date, room, country or number apart."""
    rng = x.rng
    for i in range(12):
        at = x.day(i * 4 + 1, hour=8)
        d = at + timedelta(days=1 + (i % 2))
        wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
            d.weekday()
        ]
        room = GENEVA_ROOMS[0] if i % 4 else GENEVA_ROOMS[i // 4 % 3]
        en = (
            f"The regular press briefing of the United Nations Information Service in Geneva "
            f"will take place on {wd}, {_en_date(d)}, at 10:30 a.m. in {room}. Speakers from "
            "OCHA, WHO, UNHCR and the World Food Programme are expected."
        )
        x.story("geneva-en", UN_EN, at, en, False, f"{wd}, {_en_date(d)}", room)
    for i, c in enumerate(SC_COUNTRIES):
        at = x.day(i * 3 + 2, hour=14)
        hour = "3 p.m." if i % 3 else "10 a.m."
        x.story(
            "scmeet-en",
            UN_EN,
            at,
            f"The Security Council meets on {c} at {hour} New York time.",
            False,
            c,
            hour,
        )
        if i % 2 == 0:
            x.story(
                "scmeet-en",
                WIRE,
                at + timedelta(minutes=rng.randrange(20, 60)),
                f"UN Security Council adopts resolution on {c}; 13 in favour, 2 abstain.",
                False,
                c,
            )
    for i, n in enumerate([2, 3, 5, 7, 4]):
        at = x.day(30 + i * 2, hour=6)
        x.story(
            "quake-en",
            WIRE,
            at,
            f"Magnitude {n + 1}.{n} earthquake strikes off the coast of Sumatra, no tsunami warning.",
            False,
            f"{n + 1}.{n}",
        )
    for i, c in enumerate(CITIES[:8]):
        at = x.day(i * 4 + 3, hour=12)
        en = (
            f"Sergey Lavrov will hold talks with his counterpart in {c[2]} on {_en_date(at + timedelta(days=3))}. "
            "The ministers will discuss bilateral cooperation and key international issues, "
            "with a news conference to follow."
        )
        x.story("talks-en", MFA_EN, at, en, False, c[2], _en_date(at + timedelta(days=3)))


def _au(x: _Set) -> None:
    for i, c in enumerate(AU_STATES):
        at = x.day(i * 5 + 2, hour=14)
        n = 1264 + i
        nth = f"{n}{'st' if n % 10 == 1 else 'th'}"
        en = (
            f"The Peace and Security Council of the African Union held its {nth} meeting on "
            f"the situation in {c}.\n\nCouncil members reaffirmed their commitment to the "
            "unity, sovereignty and territorial integrity of the country and called for an "
            "inclusive political dialogue.\n\n#AUPSC #SilencingTheGuns"
        )
        x.story("au-en", AU, at, en, False, nth, c)
    cis = [
        "Совета министров иностранных дел СНГ",
        "Совета глав правительств СНГ",
        "Совета министров обороны СНГ",
        "Совета руководителей пограничных ведомств СНГ",
    ]
    for i, c in enumerate(cis):
        city = CITIES[i][0]
        at = x.day(i * 7 + 10, hour=10)
        ru = (
            f"В {city} состоялось заседание {c}. Участники обсудили ход реализации решений, "
            "принятых на предыдущих заседаниях, и подписали пакет документов.\n\n"
            "Следующее заседание решено провести в Москве."
        )
        x.story("cis-ru", CIS, at, ru, True, city, c)


PHONE = [
    (
        "Министром иностранных дел Турции Х.Фиданом",
        "Turkish Foreign Minister Hakan Fidan",
        "ситуацию в Сирии и на Южном Кавказе",
        "the situation in Syria and the South Caucasus",
    ),
    (
        "Министром иностранных дел Египта Б.Абдельатти",
        "Egyptian Foreign Minister Badr Abdelatty",
        "ситуацию в секторе Газа",
        "the situation in the Gaza Strip",
    ),
    (
        "Министром иностранных дел Индии С.Джайшанкаром",
        "Indian External Affairs Minister Subrahmanyam Jaishankar",
        "подготовку к саммиту ШОС",
        "preparations for the SCO summit",
    ),
    (
        "Министром иностранных дел Ирана А.Аракчи",
        "Iranian Foreign Minister Abbas Araghchi",
        "ситуацию вокруг иранской ядерной программы",
        "the situation around the Iranian nuclear programme",
    ),
    (
        "Министром иностранных дел Венгрии П.Сийярто",
        "Hungarian Foreign Minister Peter Szijjarto",
        "энергетическое сотрудничество",
        "energy cooperation",
    ),
    (
        "Министром иностранных дел Бразилии М.Виейрой",
        "Brazilian Foreign Minister Mauro Vieira",
        "председательство Бразилии в БРИКС",
        "Brazil's BRICS chairmanship",
    ),
    (
        "Государственным секретарём США М.Рубио",
        "US Secretary of State Marco Rubio",
        "украинское урегулирование",
        "the Ukraine settlement",
    ),
    (
        "Министром иностранных дел Китая Ван И",
        "Chinese Foreign Minister Wang Yi",
        "график предстоящих контактов на высшем уровне",
        "the schedule of upcoming top-level contacts",
    ),
]


def _phones(x: _Set) -> None:
    """Telephone conversations: other counterparts; long readouts for copies of every kind."""
    rng = x.rng
    for i, (who, who_en, topic, topic_en) in enumerate(PHONE):
        at = x.day(i * 6 + 3, hour=rng.choice([11, 15, 18]))
        ru = (
            f"☎️ О телефонном разговоре Министра иностранных дел России С.В.Лаврова с {who}\n\n"
            f"{_ru_date(at)} состоялся телефонный разговор Министра иностранных дел Российской "
            f"Федерации С.В.Лаврова с {who}.\n\nМинистры обсудили {topic}, а также актуальные "
            "вопросы двусторонней повестки дня. Подчёркнута важность продолжения тесной "
            "координации на международных площадках.\n\nРазговор состоялся по инициативе "
            f"{'российской' if i % 2 else 'партнёрской'} стороны.\n\n#Лавров #телефонныйразговор"
        )
        s = x.story("phone-ru", MFA, at, ru, True, who, topic, _ru_date(at))
        s.alt_head = f"Лавров и {who.split(' ')[-1]} провели телефонный разговор"
        en = (
            f"Foreign Minister Sergey Lavrov's telephone conversation with {who_en}\n\n"
            f"On {_en_date(at)}, Foreign Minister Sergey Lavrov had a telephone conversation "
            f"with {who_en}.\n\nThe ministers discussed {topic_en}, as well as pressing "
            "issues on the bilateral agenda. They stressed the importance of continuing close "
            "coordination at international venues.\n\n#Lavrov #RussianDiplomacy"
        )
        x.story(
            "phone-en",
            MFA_EN,
            at + timedelta(minutes=rng.randrange(30, 120)),
            en,
            False,
            who_en,
            topic_en,
        )


LONG_RU = [
    (
        "О встрече заместителя Министра иностранных дел России М.Ю.Галузина с Послом Таджикистана",
        "Заместитель Министра иностранных дел Российской Федерации М.Ю.Галузин принял Чрезвычайного и Полномочного Посла Республики Таджикистан в Москве Д.Гулмахмадзода.\n\nВ ходе беседы обсуждены вопросы подготовки предстоящих контактов на высшем и высоком уровнях, а также ход реализации договорённостей в торгово-экономической и гуманитарной сферах.\n\nОсобое внимание уделено ситуации на таджикско-афганской границе.\n\nВстреча прошла в дружественной атмосфере.",
        "Галузин и посол Таджикистана обсудили подготовку контактов на высшем уровне",
    ),
    (
        "О консультациях по вопросам Арктики",
        "В Москве состоялись российско-норвежские консультации по вопросам Арктики. Российскую делегацию возглавил посол по особым поручениям Н.В.Корчунов, норвежскую — специальный представитель МИД Норвегии по Арктике М.Кристенсен.\n\nСтороны обсудили перспективы работы Арктического совета, вопросы рыболовства в Баренцевом море и сотрудничества в области поиска и спасания.\n\nДоговорились продолжить контакты.",
        "Россия и Норвегия провели консультации по Арктике",
    ),
    (
        "О передаче гуманитарной помощи Кубе",
        "В порт Гаваны прибыло российское судно «Академик Прохоров» с гуманитарным грузом — 25 тысяч тонн нефтепродуктов и 2 тысячи тонн муки.\n\nГруз передан кубинской стороне в соответствии с решением Правительства Российской Федерации.\n\nЭто уже пятая партия российской помощи Кубе с начала года.",
        "Россия передала Кубе нефтепродукты и муку",
    ),
    (
        "Об открытии выставки к 80-летию Победы в Белграде",
        "В Белграде открылась фотовыставка «Освобождение. 1944», посвящённая 80-летию освобождения столицы Сербии от немецко-фашистских захватчиков. На открытии выступили Посол России в Сербии А.А.Боцан-Харченко и министр по делам ветеранов Сербии М.Джурич.\n\nВ экспозиции представлено более 120 фотографий из архивов двух стран.\n\nВыставка продлится до конца марта.",
        "В Белграде открыли выставку к годовщине освобождения города",
    ),
    (
        "О передаче российских вакцин Никарагуа",
        "В Манагуа прибыла партия российских вакцин против гриппа в объёме 300 тысяч доз. Церемония передачи прошла в Министерстве здравоохранения Никарагуа с участием Посла России А.Н.Кондратьева.\n\nВакцины произведены в Санкт-Петербурге и поставлены в рамках программы содействия странам Латинской Америки.\n\nНикарагуанская сторона выразила благодарность за оказанную помощь.",
        "Никарагуа получила 300 тысяч доз российской вакцины",
    ),
    (
        "О заседании Межправкомиссии Россия — Лаос",
        "Во Вьентьяне прошло восьмое заседание Межправительственной российско-лаосской комиссии по торгово-экономическому и научно-техническому сотрудничеству.\n\nПодписан протокол, предусматривающий расширение поставок российской сельхозтехники и подготовку лаосских специалистов в российских вузах.\n\nСледующее заседание пройдёт в Москве в 2028 году.",
        "Россия и Лаос договорились о поставках сельхозтехники",
    ),
]
LONG_EN = [
    (
        "Deputy Foreign Minister Sergey Vershinin meets with UN Special Envoy for Yemen",
        "Deputy Foreign Minister Sergey Vershinin met with the UN Secretary-General's Special Envoy for Yemen, Hans Grundberg.\n\nThey discussed the military and political situation in Yemen and around it, including the security of navigation in the Red Sea.\n\nThe Russian side reaffirmed its support for the UN's mediation efforts.\n\nThe meeting took place at the request of the UN side.",
        "Vershinin and Grundberg discuss Yemen",
    ),
    (
        "Russia delivers humanitarian aid to Syria",
        "A Russian Il-76 aircraft delivered 35 tonnes of humanitarian aid, including food and medicines, to Latakia.\n\nThe aid was handed over to the Syrian Arab Red Crescent for distribution among the families affected by the floods in the north-west of the country.\n\nThis is the third such delivery this month.",
        "Russian plane brings 35 tonnes of aid to Latakia",
    ),
    (
        "UN Secretary-General appoints new head of the UN mission in Libya",
        "Secretary-General Antonio Guterres today announced the appointment of Hanna Tetteh of Ghana as his Special Representative for Libya and Head of the United Nations Support Mission in Libya (UNSMIL).\n\nMs. Tetteh succeeds Abdoulaye Bathily of Senegal, to whom the Secretary-General is grateful for his dedication.\n\nShe brings to the position extensive experience in diplomacy and conflict resolution.",
        "Ghana's Hanna Tetteh to lead UN mission in Libya",
    ),
    (
        "WHO: measles cases in Europe at highest level in 25 years",
        "The number of measles cases in the WHO European Region in 2026 reached 127,350, the highest figure since 1997, the World Health Organization and UNICEF said in a joint analysis.\n\nChildren under five accounted for more than 40 per cent of the cases.\n\nThe agencies urged countries to close immunization gaps.",
        "Measles in Europe hits 25-year high, WHO and UNICEF say",
    ),
    (
        "Sergey Lavrov's greetings to participants of the conference on Eurasian security",
        "Dear friends,\n\nI welcome the participants of the third International Conference on Eurasian Security in Minsk. Your meeting takes place at a time when the architecture of security on our continent is being rebuilt.\n\nI am confident that your discussions will contribute to shaping a fair and indivisible system of security in Eurasia.\n\nI wish you fruitful work.",
        "Lavrov greets Minsk conference on Eurasian security",
    ),
]


def _long(x: _Set) -> None:
    rng = x.rng
    for i, (head, body, alt) in enumerate(LONG_RU):
        at = x.day(i * 8 + 4, hour=rng.choice([10, 12, 17]))
        s = x.story("long-ru", MFA, at, f"{head}\n\n{body}", True, body[:50])
        s.alt_head = alt
    for i, (head, body, alt) in enumerate(LONG_EN):
        at = x.day(i * 9 + 6, hour=rng.choice([9, 14, 19]))
        src = UN_EN if head.startswith(("UN ", "WHO")) else MFA_EN
        s = x.story("long-en", src, at, f"{head}\n\n{body}", False, body[:50])
        s.alt_head = alt


# --- copies ------------------------------------------------------------------------------

WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{7,}")
LATIN = str.maketrans("аеорсхАВЕКМНОРСТХ", "aeopcxABEKMHOPCTX")
CYRILLIC = str.maketrans("aeopcxABEKMHOPCTX", "аеорсхАВЕКМНОРСТХ")
TAGS_RU = [
    "#МИД #Россия",
    "#новости #дипломатия",
    "📌 #важное",
    "#внешняяполитика",
    "🇷🇺 #МИДРоссии",
]
TAGS_EN = ["#Russia #MFA", "#diplomacy", "🌐 #world #news", "#UN #breaking"]
HEADS_RU = ["МИД России:", "⚡️ Срочно", "🇷🇺 МИД России сообщает:", "❗️ Официально", "⚡️ СРОЧНО:"]
HEADS_EN = ["MFA Russia:", "❗️ BREAKING", "⚡️ Just in:", "🇺🇳 UN News:"]
REMARKS_RU = ["Важно 👇", "Коротко.", "Ожидаемо.", "Смотрим.", "Вот так."]
REMARKS_EN = ["Read this 👇", "Noted.", "As expected.", "Important."]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _slot_spans(text: str, keep: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for k in keep:
        lo = text.find(k)
        if lo >= 0:
            out.append((lo, lo + len(k)))
    return out


def _words(text: str, keep: tuple[str, ...]) -> list[re.Match[str]]:
    """Long words outside the slots, links and hashtags."""
    slots = _slot_spans(text, keep)
    links = [m.span() for m in re.finditer(r"\S*(?:https?://|t\.me/|@|#)\S*", text)]
    return [
        m
        for m in WORD.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in slots + links)
    ]


def _slip(rng: random.Random, w: str) -> str:
    while True:
        i = rng.randrange(1, len(w) - 2)
        kind = rng.randrange(4)
        if kind == 0 and w[i] != w[i + 1]:
            new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        elif kind == 1:
            new = w[:i] + w[i + 1 :]
        elif kind == 2:
            new = w[:i] + w[i] + w[i:]
        else:  # a neighbouring key
            new = w[:i] + _NEAR.get(w[i], w[i]) + w[i + 1 :]
        if new != w:
            return new


_NEAR = dict(zip("аеиорстнвлкмпдя", "пнтлоиьгадуиржч", strict=True)) | dict(
    zip("aeiorstnlm", "sropdtymkn", strict=True)
)


def _typos(rng: random.Random, text: str, keep: tuple[str, ...], n: int) -> str:
    spans = _words(text, keep)
    for m in sorted(rng.sample(spans, min(n, len(spans))), key=lambda m: -m.start()):
        text = text[: m.start()] + _slip(rng, m.group()) + text[m.end() :]
    return text


def _lookalike(rng: random.Random, text: str, keep: tuple[str, ...], ru: bool) -> str:
    table, letters = (LATIN, "аеорсхАВЕКМНОРСТХ") if ru else (CYRILLIC, "aeopcxABEKMHOPCTX")
    spans = [m for m in _words(text, keep) if any(ch in letters for ch in m.group())]
    for m in sorted(
        rng.sample(spans, min(rng.randrange(1, 4), len(spans))), key=lambda m: -m.start()
    ):
        w = m.group()
        i = next(k for k, ch in enumerate(w) if ch in letters)
        text = text[: m.start()] + w[:i] + w[i].translate(table) + w[i + 1 :] + text[m.end() :]
    return text


def _shy(rng: random.Random, text: str, keep: tuple[str, ...]) -> str:
    spans = _words(text, keep)
    for m in sorted(rng.sample(spans, min(6, len(spans))), key=lambda m: -m.start()):
        w = m.group()
        i = rng.randrange(3, len(w) - 2)
        text = text[: m.start() + i] + "\u00ad" + text[m.start() + i :]
    return text


def _zw(rng: random.Random, text: str) -> str:
    spaces = [m.start() for m in re.finditer(" ", text)]
    for p in sorted(rng.sample(spaces, min(5, len(spaces))), reverse=True):
        if rng.random() < 0.5:
            text = text[:p] + rng.choice(ZW) + text[p:]
        else:
            text = text[: p + 1] + rng.choice(ZW) + text[p + 1 :]
    return rng.choice(["\ufeff", "\u200b", ""]) + text


def _nbsp(text: str) -> str:
    t = re.sub(r"(?<=\b[вксиоаВКСИОАуУ]) ", "\u00a0", text)
    t = re.sub(r"(?<=\d) (?=\S)", "\u00a0", t)
    t = t.replace(" — ", "\u00a0— ").replace(" - ", "\u00a0- ")
    return t if t != text else text.replace(" ", "\u00a0", 3)


def _punct(rng: random.Random, text: str) -> str:
    t = text
    if "«" in t:
        left, right = rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
        t = t.replace("«", left).replace("»", right)
    elif '"' in t:
        t = re.sub(r'"([^"]*)"', r"“\1”", t)
    t = t.replace(" — ", rng.choice([" - ", " – ", " -- "])).replace("…", "...")
    if t == text:
        t = text.replace("-", "‑") if "-" in text else text.replace(". ", ".  ", 1)
    return t


def _html(rng: random.Random, text: str) -> str:
    t = text.replace("&", "&amp;")
    t = t.replace("«", "&laquo;").replace("»", "&raquo;").replace(" — ", "&nbsp;&mdash; ")
    t = t.replace('"', "&quot;").replace("'", "&#39;").replace("…", "&hellip;")
    t = re.sub(r"(?<=\b[вксВКС]) ", "&nbsp;", t)
    if rng.random() < 0.5:
        t = t.replace("\n\n", "<br><br>").replace("\n", "<br>")
    return t if t != text else text.replace(" ", "&nbsp;", 2)


def _md(rng: random.Random, s: _Story, text: str) -> str:
    first, sep, rest = text.partition("\n")
    if sep and len(first) < 200:
        text = f"**{first}**{sep}{rest}"
    else:
        words = text.split(" ")
        k = rng.randrange(0, max(1, len(words) - 3))
        words[k] = f"__{words[k]}"
        words[k + 1] = f"{words[k + 1]}__"
        text = " ".join(words)
    if rng.random() < 0.6:
        base = f"https://t.me/{s.source.username}/{rng.randrange(1000, 60000)}"
        text = f"{text}\n\n[{'Источник' if s.ru else 'Source'}]({base})"
    return text


def _wrap(rng: random.Random, text: str) -> str:
    """A mail gateway's or a site's hard wrap at 58-72 columns (paragraph breaks kept, or the
    text run together first; some with trailing spaces, CRLF, or words broken by a hyphen)."""
    width = rng.randrange(58, 73)
    style = rng.random()
    if style < 0.2:
        text = re.sub(r"\s*\n+\s*", " ", text)
    hyphen = 0.2 <= style < 0.35
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + len(w) + 1 > width:
                room = width - len(line) - 2
                if hyphen and len(w) >= 9 and room >= 4 and w.isalpha():
                    lines.append(f"{line} {w[:room]}-")
                    line = w[room:]
                    continue
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
    end = "\r\n" if 0.35 <= style < 0.5 else "\n"
    if 0.5 <= style < 0.65:
        lines = [f"{ln} " if ln else ln for ln in lines]
    return end.join(lines)


def _cut(text: str, keep: tuple[str, ...], ratio: float) -> str | None:
    end = max([int(len(text) * ratio)] + [b + 1 for _, b in _slot_spans(text, keep)])
    space = text.find(" ", end)
    return None if space < 0 or space > len(text) * 0.9 else text[:space].rstrip(",.:;")


def _preview(rng: random.Random, s: _Story) -> str:
    head = s.text.split("\n")[0][:90]
    sites = {MFA: "mid.ru", MFA_EN: "mid.ru/en", BANK: "cbr.ru", UN_RU: "news.un.org/ru"}
    sites |= {UN_EN: "news.un.org/en", WIRE: "meridianwire.com", AU: "au.int"}
    site = sites.get(s.source, f"Telegram\n{s.source.title}")
    tail = rng.choice(["Официальный сайт", "Читать на сайте"] if s.ru else ["Read the full text"])
    return f"{s.text}\n\n{site}\n{head}\n{tail}"


def _paras(text: str) -> list[str]:
    return text.split("\n\n")


def _heading(para: str) -> bool:
    return (
        "\n" not in para
        and len(para.split()) <= 18
        and not para.rstrip().endswith((".", "!", "?", "…", "»", '"', ":"))
    )


# Closing lines that say nothing the reader would miss (the "last paragraph dropped" kind
# drops only these, never a demand, a figure or a greeting's whole message).
CLOSINGS = {
    "Встреча прошла в дружественной атмосфере.",
    "Договорились продолжить контакты.",
    "Телефон единой службы спасения — 112.",
    "I wish you fruitful work.",
    "#AUPSC #SilencingTheGuns",
    "#Лавров #телефонныйразговор",
    "#Lavrov #RussianDiplomacy",
    "#драгметаллы",
}


def _closing(para: str, before: list[str]) -> bool:
    return para in CLOSINGS and any(len(b.split()) > 12 for b in before[1:])


def _keeps(text: str, keep: tuple[str, ...]) -> bool:
    return all(k in text for k in keep)


def _reposter(rng: random.Random, s: _Story) -> SourceRef:
    pool = [REP1, REP2, AGENCY] if s.ru else [REP_EN, REP_EN2, WIRE]
    return rng.choice([p for p in pool if p is not s.source])


def _transform(x: _Set, s: _Story, kind: str, t: str) -> str | None:
    """``t`` as a copy of ``kind`` makes it, or None when the kind does not fit the post."""
    rng = x.rng
    ru = s.ru
    if kind == "tagswap":
        last = _paras(t)[-1]
        line = rng.choice(TAGS_RU if ru else TAGS_EN)
        if last.startswith("#"):
            return t[: len(t) - len(last)] + line
        return f"{t}\n\n{line}"
    if kind == "emoji":
        lead = re.match(r"^([^\w\s«\"]+)\s*", t)
        e = rng.choice(["🔴", "❗️", "⚡️", "📌", "🇷🇺", "🌐", "🔹"])
        return f"{e} " + t[len(lead.group(0)) :] if lead else f"{e} {t}"
    if kind == "head":
        return (
            f"{rng.choice(HEADS_RU if ru else HEADS_EN)}\n\n{t}"
            if rng.random() < 0.7
            else f"{rng.choice(HEADS_RU if ru else HEADS_EN)}\n{t}"
        )
    if kind == "rehead":
        p = _paras(t)
        if s.alt_head is None or len(p) < 2 or not _heading(p[0]):
            return None
        return "\n\n".join([s.alt_head, *p[1:]])
    if kind == "sig":
        src = _reposter(rng, s)
        return f"{t}\n\n{src.title} | @{src.username}"
    if kind == "subscribe":
        return f"{t}\n\n" + rng.choice(
            ["👉 Подписаться", "Подписаться на канал ➡️ t.me/vneshpol24", "✅ Подписаться | 💬 Чат"]
            if ru
            else ["👉 Subscribe", "Subscribe: t.me/globaldiplofeed"]
        )
    if kind == "preview":
        return _preview(rng, s)
    if kind == "md":
        return _md(rng, s, t)
    if kind == "html":
        return _html(rng, t)
    if kind == "shy":
        return _shy(rng, t, s.keep)
    if kind == "zw":
        return _zw(rng, t)
    if kind == "nbsp":
        return _nbsp(t)
    if kind == "punct":
        return _punct(rng, t)
    if kind == "yo":
        return t.replace("ё", "е").replace("Ё", "Е") if "ё" in t else None
    if kind == "lookalike":
        return _lookalike(rng, t, s.keep, ru)
    if kind == "wrap":
        out = _wrap(rng, t)
        return out if out != t else None
    if kind == "readmore":
        cut = _cut(t, s.keep, rng.uniform(0.5, 0.75))
        if cut is None:
            return None
        more = (
            rng.choice(["…Читать далее", "… Читать далее →", "...\n\nЧитать далее"])
            if ru
            else rng.choice(["… Read more", "...\nRead more →"])
        )
        return cut + more
    if kind == "typo":
        return _typos(rng, t, s.keep, 1)
    if kind == "typo2":
        return _typos(rng, t, s.keep, 2)
    if kind == "dropfirst":
        p = _paras(t)
        rest = "\n\n".join(p[1:])
        ok = len(p) >= 3 and _heading(p[0]) and _keeps(rest, s.keep)
        return rest if ok else None
    if kind == "droplast":
        p = _paras(t)
        rest = "\n\n".join(p[:-1])
        ok = len(p) >= 3 and _closing(p[-1], p[:-1]) and _keeps(rest, s.keep)
        return rest if ok else None
    if kind == "addlast":
        return f"{t}\n\n" + rng.choice(
            ["Следим за развитием ситуации.", "Подробности позже.", "Ранее мы писали об этом."]
            if ru
            else ["More soon.", "Developing story."]
        )
    raise AssertionError(kind)  # pragma: no cover


PLAIN = [
    "tagswap", "emoji", "sig", "subscribe", "preview", "md", "html", "shy", "zw", "nbsp",
    "punct", "yo", "lookalike", "wrap", "readmore", "typo", "typo2", "dropfirst", "droplast",
    "addlast", "head", "rehead",
]  # fmt: skip
SHORT = [
    "tagswap", "emoji", "sig", "subscribe", "md", "html", "shy", "zw", "nbsp", "punct", "yo",
    "lookalike", "wrap", "typo", "head",
]  # fmt: skip
META = ["fwd", "remark", "repost", "fwddump"]
# The kinds favoured this time: hard wraps, a channel's heading, one typo with another change.
FAVOURED = [
    "wrap",
    "head",
    "typo+emoji",
    "typo+tagswap",
    "typo+head",
    "typo+wrap",
    "typo+sig",
    "rehead",
]
FAVOURED_SHORT = ["head", "typo+emoji", "typo+tagswap", "typo+head", "wrap"]


def _copy(x: _Set, s: _Story, kind: str, at: datetime) -> None:
    rng = x.rng
    extra: dict[str, object] = {}
    src = _reposter(rng, s)
    t: str | None = s.text
    if kind == "fwd":
        extra["forwarded_from"] = Forward(
            name=s.source.title, source_key=s.source.key, username=s.source.username
        )
    elif kind == "remark":
        src = ANALYST if s.ru else ANALYST_EN
        extra["forwarded_from"] = Forward(
            name=s.source.title, source_key=s.source.key, username=s.source.username
        )
        t = f"{rng.choice(REMARKS_RU if s.ru else REMARKS_EN)}\n\n{s.text}"
    elif kind == "repost":
        pass
    elif kind == "fwddump":
        src = DUMP
        t = ("Переслано из " if s.ru else "Forwarded from ") + f"{s.source.title}\n{s.text}"
    else:
        for part in kind.split("+"):
            assert t is not None
            t = _transform(x, s, part, t)
            if t is None:
                return
        if kind == "html":
            src = SCRAPER
        elif "wrap" in kind:
            src = GATEWAY
    if t is None or (t == s.text and kind not in ("fwd", "repost")):
        return
    x.add(s, src, f"{s.sid}-{len(x.out)}-{kind}", at, t, **extra)


def build(seed: int = 14) -> list[Labelled]:
    """The labelled posts in publication order."""
    rng = random.Random(seed)
    x = _Set(rng)
    for family in (
        _briefing_notices, _flashes, _condolences, _elections, _statements, _series, _metals,
        _storms, _consular, _tolls, _votes, _english_notices, _au, _phones, _long,
    ):  # fmt: skip
        family(x)
    for s in list(x.stories):
        words = len(s.text.split())
        more = 0 if s.ru else 2  # English posts get more copies (the set is about 60/40)
        if words < 15:
            kinds = rng.sample(SHORT + META, rng.randrange(1, 3 + more))
            if rng.random() < 0.5:
                kinds.append(rng.choice(FAVOURED_SHORT))
            gap = (5, 90)  # a short post's copies within hours
        else:
            kinds = rng.sample(PLAIN + META, rng.randrange(1, 3 + more))
            if rng.random() < 0.7:
                kinds.append(rng.choice(FAVOURED))
            if s.alt_head is not None and rng.random() < 0.4:
                kinds.append("rehead")
            if rng.random() < 0.15:
                a, b = rng.sample(
                    [
                        "tagswap",
                        "sig",
                        "md",
                        "html",
                        "zw",
                        "shy",
                        "nbsp",
                        "punct",
                        "yo",
                        "wrap",
                        "preview",
                        "head",
                    ],
                    2,
                )
                kinds.append(f"{a}+{b}")
            gap = (5, 200)
        at = s.at
        for kind in dict.fromkeys(kinds):
            at += timedelta(minutes=rng.randrange(*gap))
            _copy(x, s, kind, at)
    x.out.sort(key=lambda p: (p.post.published_at, p.post.external_id))
    return x.out
