# ruff: noqa: E501  (a data module: a country per line, long template strings read better whole)
"""The twelfth labelled near-duplicate set: official templates, flashes and long notices.

Written blind in session 38 (from how official channels and their reposters write, without
reading the dedup code; only the eleventh set and tests/test_dedup_eval.py were read for the
shape). A presidential press service, a foreign ministry, a government, a consular
department, an emergencies ministry, two Russian newsrooms, an embassy's and a wire's English
channels, four aggregators (one wraps every post in its header and footer) and a text dump of
forwards. Each *story* is one statement; every post of a story after its first is a copy the
reader must not see twice, and every other story must be kept.

Distinct statements (each its own story): condolences (another country, another disaster;
the same country weeks later), national-day greetings, "О телефонном разговоре" readouts
(another counterpart; the same counterpart on another date), a briefing's question with
another answer (or another question under the same answer), consular notices one city or
one date apart ("работает" / "не работает" on the same day), long consular rules notices
identical but for the city and its address, rising casualty figures ("погибли 10" / "12";
only the injured or the rescuers' count moved), a report and its denial, weekly schedules
(another week; one day's item changed), one-line flashes one place or figure apart, long
statements on other occasions, and statements that quote another statement in full and add
their own answer (however short: "Приветствуем это заявление."). The Russian and English
versions of one statement are translations: two stories.

Copies, of 24 kinds (each copy's external id ends with its kind): a forward (the header, or
the dump's "Переслано из" / "Forwarded from" line), emoji added, the leading emoji swapped
for another or dropped (nothing else changed), hashtags, a link, a signature, an
aggregator's header and footer template, a reposter's line, the original's typo fixed (or
kept under a hashtag), a typo made, a typo that makes another real word ("погибшим" for
"погибших", "мера" for "мира", "off the" for "of the"), two typos in one word, look-alike
letters of the other script (Latin in Cyrillic words, Cyrillic in English ones; a few, or
every one of them: "-latin-all"), quotes and dashes changed, whitespace changed
(non-breaking spaces, lines joined), case changed (a heading or a flash in capitals), "ё"
written "е", a preview cut with "Читать полностью…", the same link with another tracker, a
re-post a day later, the statement quoted under its speaker's name, Markdown bold, and an
edited repost (``edited_at`` set).

Seed 12: 1101 posts, 298 stories, 803 copies, 78% Russian. First run (main of session 38):
precision 1.000, recall 0.963 (seeds 1-5: 0.999-1.000 / 0.954-0.972). Missed: every copy
with look-alike letters of the other script in every word, half the copies with two typos
in one word, a typo that makes another real word; no distinct statement folded
(docs/dedup.md, "A twelfth set").
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


KREMLIN = _tg("-1001200300001", "Кремль. Новости", "kremlin_news_feed")
MFA = _tg("-1001200300002", "МИД России 🇷🇺", "mid_official_ru")
GOV = _tg("-1001200300003", "Правительство России", "gov_russia_news")
CONS = _tg("-1001200300004", "Консульский департамент МИД", "consdep_info")
EMERG = _tg("-1001200300005", "МЧС России", "emercom_official")
NEWS = _tg("-1001200300006", "Новости 24 | Срочно", "news24_srochno")
NEWS2 = _tg("-1001200300007", "Вечерний вестник", "vecher_vestnik")
EMB_EN = _tg("-1001200300008", "Russian Embassy in the UK", "rus_emb_uk")
WIRE_EN = _tg("-1001200300009", "World Desk", "worlddesk_wire")
AGG = _tg("-1001200300010", "Политика 24/7 ⚡️", "politika247")
AGG2 = _tg("-1001200300011", "Мир сегодня | Главное", "mir_segodnya_main")
HDR = _tg("-1001200300012", "Дипвестник 🗞", "dipvestnik")
AGG_EN = _tg("-1001200300013", "Eurasia Digest", "eurasiadigest")
DUMP = SourceRef(kind="import", key="forwards-dump-2026-10.txt", title="forwards-dump-2026-10.txt")

RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
START = datetime(2026, 10, 5, 6, 0, tzinfo=UTC)

# EN, genitive RU, prepositional RU, leader (dative RU), leader EN, minister (instrumental RU),
# minister EN
COUNTRIES = [
    ("Turkey", "Турции", "в Турции", "Р.Т.Эрдогану", "Recep Tayyip Erdogan", "Х.Фиданом", "Hakan Fidan"),
    ("Egypt", "Египта", "в Египте", "А.Ф.ас-Сиси", "Abdel Fattah el-Sisi", "Б.Абдельатти", "Badr Abdelatty"),
    ("India", "Индии", "в Индии", "Д.Мурму", "Droupadi Murmu", "С.Джайшанкаром", "S. Jaishankar"),
    ("China", "Китая", "в Китае", "Си Цзиньпину", "Xi Jinping", "Ван И", "Wang Yi"),
    ("Brazil", "Бразилии", "в Бразилии", "Л.И.Лула да Силве", "Lula da Silva", "М.Виейрой", "Mauro Vieira"),
    ("Iran", "Ирана", "в Иране", "М.Пезешкиану", "Masoud Pezeshkian", "А.Аракчи", "Abbas Araghchi"),
    ("Indonesia", "Индонезии", "в Индонезии", "П.Субианто", "Prabowo Subianto", "Сугионо", "Sugiono"),
    ("Vietnam", "Вьетнама", "во Вьетнаме", "Лыонг Кыонгу", "Luong Cuong", "Буй Тхань Шоном", "Bui Thanh Son"),
    ("South Africa", "ЮАР", "в ЮАР", "С.Рамафосе", "Cyril Ramaphosa", "Р.Ламолой", "Ronald Lamola"),
    ("Mexico", "Мексики", "в Мексике", "К.Шейнбаум", "Claudia Sheinbaum", "Х.Р.де ла Фуэнте", "Juan Ramon de la Fuente"),
    ("Pakistan", "Пакистана", "в Пакистане", "А.А.Зардари", "Asif Ali Zardari", "И.Даром", "Ishaq Dar"),
    ("Bangladesh", "Бангладеш", "в Бангладеш", "М.Юнусу", "Muhammad Yunus", "Т.Хоссейном", "Touhid Hossain"),
    ("Nigeria", "Нигерии", "в Нигерии", "Б.Тинубу", "Bola Tinubu", "Ю.Туггаром", "Yusuf Tuggar"),
    ("Ethiopia", "Эфиопии", "в Эфиопии", "Т.Атске", "Taye Atske Selassie", "Г.Тимотиосом", "Gedion Timothewos"),
    ("Cuba", "Кубы", "на Кубе", "М.Диас-Канелю", "Miguel Diaz-Canel", "Б.Родригесом", "Bruno Rodriguez"),
    ("Mongolia", "Монголии", "в Монголии", "У.Хурэлсуху", "Ukhnaa Khurelsukh", "Б.Батцэцэг", "Battsetseg Batmunkh"),
    ("Philippines", "Филиппин", "на Филиппинах", "Ф.Маркосу", "Ferdinand Marcos", "Т.Лаззаро", "Theresa Lazaro"),
    ("Kenya", "Кении", "в Кении", "У.Руто", "William Ruto", "М.Мудавади", "Musalia Mudavadi"),
]  # fmt: skip
DISASTERS = [
    ("землетрясения", "earthquake"),
    ("разрушительного наводнения", "devastating floods"),
    ("тайфуна", "typhoon"),
    ("схода селя", "mudslide"),
    ("крупного пожара на рынке", "market fire"),
    ("авиакатастрофы", "plane crash"),
    ("крушения парома", "ferry disaster"),
    ("теракта в столице", "terrorist attack in the capital"),
]
HOLIDAYS = [
    ("Дня независимости", "Independence Day"),
    ("национального праздника — Дня Республики", "Republic Day"),
    ("Национального дня", "National Day"),
    ("Дня провозглашения независимости", "the Proclamation of Independence Day"),
    ("Дня освобождения", "Liberation Day"),
]
TOPICS = [
    ("актуальные вопросы двусторонней повестки дня", "pressing issues on the bilateral agenda"),
    (
        "ход подготовки к предстоящему заседанию межправкомиссии",
        "preparations for the upcoming intergovernmental commission meeting",
    ),
    ("ситуацию на Ближнем Востоке", "the situation in the Middle East"),
    ("координацию действий в ООН и «Группе двадцати»", "coordination at the UN and the G20"),
    ("график контактов на высоком уровне", "the schedule of high-level contacts"),
    ("взаимодействие в рамках БРИКС", "cooperation within BRICS"),
]


def _ru_date(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en_date(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]}"


class _Story:
    __slots__ = ("at", "keep", "link", "ru", "sid", "source", "text")

    def __init__(
        self, sid: str, source: SourceRef, at: datetime, text: str, ru: bool, keep: str
    ) -> None:
        self.sid = sid
        self.source = source
        self.at = at
        self.text = text
        self.ru = ru
        self.keep = keep  # what tells it from its siblings (kept in every copy)
        self.link = ""  # the link with a tracker at its end, if any


class _Set:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[_Story] = []
        self.out: list[Labelled] = []
        self.n = 0

    def story(
        self, family: str, source: SourceRef, at: datetime, text: str, ru: bool, keep: str
    ) -> _Story:
        self.n += 1
        s = _Story(f"{family}-{self.n}", source, at, text, ru, keep)
        self.stories.append(s)
        self.add(s, source, f"{s.sid}-orig", at, text)
        return s

    def add(
        self, s: _Story, source: SourceRef, ext: str, at: datetime, text: str, **extra: object
    ) -> None:
        post = Post(source=source, external_id=ext, published_at=at, text=text, **extra)  # type: ignore[arg-type]
        self.out.append(Labelled(post, s.sid))

    def replace_original(self, s: _Story) -> None:
        i = next(n for n, p in enumerate(self.out) if p.post.external_id == f"{s.sid}-orig")
        post = Post(source=s.source, external_id=f"{s.sid}-orig", published_at=s.at, text=s.text)
        self.out[i] = Labelled(post, s.sid)

    def day(self, n: int, hour: int | None = None) -> datetime:
        h = self.rng.randrange(7, 21) if hour is None else hour
        return START + timedelta(days=n, hours=h - 6, minutes=self.rng.randrange(60))


def _tracked(rng: random.Random, base: str) -> str:
    return base + rng.choice(
        ["?utm_source=telegram&utm_medium=social", "?utm_source=tg&utm_campaign=main", "?from=tg"]
    )


# --- distinct statements ---------------------------------------------------------------


def _condolences(x: _Set) -> None:
    rng = x.rng
    for i in range(16):
        c = COUNTRIES[i]
        k = rng.randrange(len(DISASTERS))
        at = x.day(i * 4 + rng.randrange(2))
        ru = (
            f"Владимир Путин направил телеграмму соболезнования Президенту {c[1]} {c[3]} в "
            f"связи с многочисленными жертвами {DISASTERS[k][0]}.\n\n«Примите глубокие "
            f"соболезнования в связи с трагическими последствиями {DISASTERS[k][0]}, "
            "повлёкшими гибель многих людей. Прошу передать слова искреннего сочувствия и "
            "поддержки родным и близким погибших, пожелания скорейшего выздоровления всем "
            "пострадавшим», — говорится, в частности, в послании."
        )
        s = x.story("cond-ru", KREMLIN, at, ru, True, f"{c[1]} {c[3]}")
        if i % 3 == 0:
            s.link = _tracked(rng, f"http://kremlin.ru/events/president/news/7{i:04d}")
            s.text = f"{ru}\n\n{s.link}"
            x.replace_original(s)
        if i % 3 != 2:
            en = (
                f"President Putin sent a message of condolences to President of {c[0]} {c[4]} "
                f'over the numerous casualties of the {DISASTERS[k][1]}. "Please accept my '
                "deepest condolences over the tragic consequences of this disaster, which has "
                "claimed many lives. I ask you to convey words of sincere sympathy and support "
                'to the families and friends of the victims," the message reads.'
            )
            x.story("cond-en", EMB_EN, at + timedelta(minutes=40), en, False, c[0])
    # The same country again, another disaster weeks later.
    for i in (1, 4, 9):
        c = COUNTRIES[i]
        d = DISASTERS[(i + 5) % len(DISASTERS)][0]
        at = x.day(66 + i)
        ru = (
            f"Владимир Путин направил телеграмму соболезнования Президенту {c[1]} {c[3]} в "
            f"связи с многочисленными жертвами {d}.\n\n«Примите глубокие соболезнования в "
            f"связи с трагическими последствиями {d}, повлёкшими гибель многих людей. Прошу "
            "передать слова искреннего сочувствия и поддержки родным и близким погибших, "
            "пожелания скорейшего выздоровления всем пострадавшим», — говорится, в частности, "
            "в послании."
        )
        x.story("cond-ru", KREMLIN, at, ru, True, d)


def _greetings(x: _Set) -> None:
    rng = x.rng
    for i in range(15):
        c = COUNTRIES[(i + 2) % len(COUNTRIES)]
        h = rng.randrange(len(HOLIDAYS))
        at = x.day(i * 5 + 2)
        ru = (
            f"Владимир Путин направил поздравление Президенту {c[1]} {c[3]} по случаю "
            f"{HOLIDAYS[h][0]}.\n\n«Отношения между нашими странами традиционно носят "
            "дружественный характер. Уверен, что совместными усилиями мы продолжим развивать "
            "конструктивное сотрудничество по всем направлениям. Искренне желаю Вам крепкого "
            f"здоровья и успехов, а всем гражданам {c[1]} — мира и благополучия», — отмечается "
            "в поздравлении."
        )
        s = x.story("greet-ru", KREMLIN, at, ru, True, c[3])
        if i % 3 == 1:
            s.link = _tracked(rng, f"http://kremlin.ru/events/president/letters/7{i:04d}")
            s.text = f"{ru}\n\nПодробнее: {s.link}"
            x.replace_original(s)
        if i % 2 == 0:
            en = (
                f"Vladimir Putin sent a message of greetings to President of {c[0]} {c[4]} on "
                f'the occasion of {HOLIDAYS[h][1]}. "Relations between our countries are '
                "traditionally friendly. I am confident that by joint efforts we will continue "
                'to develop constructive cooperation in every area," the message reads.'
            )
            x.story("greet-en", EMB_EN, at + timedelta(minutes=25), en, False, c[4])


def _phone(x: _Set) -> None:
    rng = x.rng
    closing = [
        "Условлено продолжить контакты.",
        "Договорились поддерживать контакты.",
        "Министры условились продолжить контакты на различных уровнях.",
    ]
    for i in range(20):
        c = COUNTRIES[i % 10]
        at = x.day(i * 4 + 1)
        t = rng.randrange(len(TOPICS))
        ru = (
            f"О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Министром "
            f"иностранных дел {c[1]} {c[5]}\n\n{_ru_date(at)} состоялся телефонный разговор "
            f"Министра иностранных дел Российской Федерации С.В.Лаврова с Министром "
            f"иностранных дел {c[1]} {c[5]}.\n\nСтороны обсудили {TOPICS[t][0]}. "
            f"{rng.choice(closing)}"
        )
        s = x.story("phone-ru", MFA, at, ru, True, f"{_ru_date(at)} состоялся")
        if i % 4 == 1:
            s.link = _tracked(rng, f"https://mid.ru/ru/foreign_policy/news/20{i:02d}{c[0][:2]}/")
            s.text = f"{ru}\n\n{s.link}"
            x.replace_original(s)
        if i % 3 == 0:
            en = (
                f"On {_en_date(at)}, Foreign Minister Sergey Lavrov had a telephone conversation "
                f"with Minister of Foreign Affairs of {c[0]} {c[6]}. The ministers discussed "
                f"{TOPICS[t][1]}. They agreed to stay in contact."
            )
            x.story("phone-en", EMB_EN, at + timedelta(minutes=50), en, False, _en_date(at))


def _answers(x: _Set) -> None:
    questions = [
        "Планируется ли визит Министра иностранных дел {g} в Москву до конца года?",
        "Как в МИД оценивают решение властей {g} о закрытии генконсульства?",
        "Получил ли МИД ноту {g} по поводу задержания судна?",
        "Будут ли эвакуированы российские граждане из {g}?",
    ]
    answers = [
        "Такой визит прорабатывается. Сроки будут согласованы по дипломатическим каналам.",
        "Такие планы нам неизвестны. Если появится информация, мы её сообщим.",
        "Сроки будут объявлены дополнительно. Работа ведётся.",
        "Мы не комментируем подобные сообщения.",
    ]
    for i in range(10):
        c = COUNTRIES[(i * 5) % len(COUNTRIES)]
        q = questions[i % len(questions)].format(g=c[1])
        for j, a_i in enumerate(((i + 1) % 4, (i + 2) % 4)):
            at = x.day(i * 7 + j * 7 + 3, hour=14)
            ru = (
                "Из ответов официального представителя МИД России М.В.Захаровой на вопросы СМИ "
                f"в ходе брифинга, {_ru_date(at)}\n\nВопрос: {q}\n\nОтвет: {answers[a_i]}"
            )
            x.story("answer-ru", MFA, at, ru, True, answers[a_i])
    # The same briefing, another question under the same standard answer.
    for i in range(4):
        at = x.day(i * 15 + 8, hour=15)
        for j in range(2):
            c = COUNTRIES[(i * 3 + j * 7 + 1) % len(COUNTRIES)]
            q = questions[(i + j) % len(questions)].format(g=c[1])
            ru = (
                "Из ответов официального представителя МИД России М.В.Захаровой на вопросы СМИ "
                f"в ходе брифинга, {_ru_date(at)}\n\nВопрос: {q}\n\nОтвет: {answers[3]}"
            )
            x.story("answer-ru", MFA, at + timedelta(minutes=j * 20), ru, True, q)


CITIES = [
    ("Стамбуле", "Istanbul", "Истикляль, 219"),
    ("Анталье", "Antalya", "бульвар Ататюрка, 54"),
    ("Мумбаи", "Mumbai", "Нарайан Дабхолкар роуд, 42"),
    ("Ченнаи", "Chennai", "Четпет, 14"),
    ("Шанхае", "Shanghai", "Хуанпу Лу, 20"),
    ("Гуанчжоу", "Guangzhou", "Тяньхэ Лу, 26"),
    ("Дубае", "Dubai", "Умм-Сукейм, 7"),
    ("Сан-Паулу", "Sao Paulo", "Мелу Алвис, 268"),
    ("Алма-Ате", "Almaty", "Жамбыла, 4"),
    ("Калькутте", "Kolkata", "Гурусадай роуд, 31"),
]


def _consular(x: _Set) -> None:
    rng = x.rng
    for i in range(10):
        city = CITIES[i]
        at = x.day(i * 3 + 20, hour=10)
        hol = at + timedelta(days=3)
        ru = (
            f"❗️ Уважаемые посетители!\n\nГенеральное консульство России в {city[0]} "
            f"{_ru_date(hol)} не осуществляет приём граждан в связи с праздничным днём в "
            f"стране пребывания. Приём возобновится {_ru_date(hol + timedelta(days=1))} в "
            "обычном режиме."
        )
        x.story("cons-ru", CONS, at, ru, True, city[0])
    # One consulate, another date.
    for i in range(4):
        city = CITIES[i % 3]
        at = x.day(i * 11 + 45, hour=10)
        hol = at + timedelta(days=2)
        ru = (
            f"❗️ Уважаемые посетители!\n\nГенеральное консульство России в {city[0]} "
            f"{_ru_date(hol)} не осуществляет приём граждан в связи с праздничным днём в "
            f"стране пребывания. Приём возобновится {_ru_date(hol + timedelta(days=1))} в "
            "обычном режиме."
        )
        x.story("cons-ru", CONS, at, ru, True, f"{_ru_date(hol)} не")
    # The same day: closed, then open after all (or the other way).
    for i in range(4):
        city = CITIES[4 + i]
        at = x.day(i * 13 + 5, hour=9)
        d = _ru_date(at + timedelta(days=1))
        closed = (
            f"Консульский отдел в {city[0]} {d} не работает. Приносим извинения за "
            "доставленные неудобства."
        )
        works = (
            f"Консульский отдел в {city[0]} {d} работает в обычном режиме. Приносим извинения "
            "за доставленные неудобства."
        )
        first, second = (closed, works) if i % 2 == 0 else (works, closed)
        k1, k2 = (
            ("не работает", "работает в обычном") if i % 2 == 0 else ("работает в", "не работает")
        )
        x.story("open-ru", CONS, at, first, True, k1)
        x.story("open-ru", CONS, at + timedelta(hours=rng.randrange(3, 8)), second, True, k2)
    for i in range(6):
        place = ["the Embassy in London", "the Consulate General in Edinburgh"][i % 2]
        at = x.day(i * 12 + 6, hour=9)
        d = _en_date(at + timedelta(days=4))
        en = (
            f"Please note that the Consular Section of {place} will be closed on {d} due to a "
            "public holiday. Visa applications will be accepted from the next working day as "
            "usual."
        )
        x.story("cons-en", EMB_EN, at, en, False, f"{place} will be closed on {d}")


def _consular_rules(x: _Set) -> None:
    """Long notices: identical but for the consulate's city, address and mail."""
    for i in range(5):
        city = CITIES[i * 2]
        at = x.day(i * 2 + 30, hour=11)
        ru = (
            f"Генеральное консульство России в {city[0]} напоминает о порядке подачи "
            "документов на оформление заграничного паспорта нового образца.\n\n"
            "1. Запись на приём производится исключительно через электронную систему "
            "предварительной записи на сайте консульства. Записаться по телефону или по "
            "электронной почте нельзя.\n\n"
            "2. Заявление заполняется на портале государственных услуг или на сайте "
            "консульства, распечатывается на одном листе с двух сторон и подписывается "
            "заявителем лично в присутствии сотрудника.\n\n"
            "3. При себе необходимо иметь действующий внутренний или заграничный паспорт, "
            "документ, подтверждающий законное пребывание в стране, и квитанцию об оплате "
            "консульского сбора. Копии документов заверяются на месте.\n\n"
            "4. Срок оформления паспорта составляет до трёх месяцев со дня подачи заявления. "
            "О готовности паспорта заявитель информируется по электронной почте.\n\n"
            "5. Выдача готовых паспортов производится без предварительной записи в часы "
            "работы консульства, по понедельникам и четвергам с 14:00 до 16:00.\n\n"
            f"Адрес: {city[1]}, {city[2]}. Справки: "
            f"consul.{city[1].lower().replace(' ', '')}@mid.ru"
        )
        x.story("rules-ru", CONS, at, ru, True, city[0])


def _people(n: int) -> str:
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    return f"{n} человека" if few else f"{n} человек"


def _tolls(x: _Set) -> None:
    rng = x.rng
    places = ["Саратове", "Нижнем Тагиле", "Астрахани", "Липецке", "Томске", "Ярославле"]
    events = [
        "обрушении подъезда жилого дома",
        "взрыве газа в жилом доме",
        "пожаре в торговом центре",
    ]
    for k, place in enumerate(places):
        ev = events[k % 3]
        at = x.day(k * 11 + 4, hour=7)
        dead, hurt, crew = rng.randrange(2, 6), rng.randrange(6, 15), rng.randrange(60, 120)
        for step in range(4):
            ru = (
                f"При {ev} в {place} погибли {_people(dead)}, пострадали {hurt}. На месте "
                f"работают {crew} спасателей и {crew // 6} единиц техники. Поисково-спасательная "
                "операция продолжается."
            )
            x.story(
                "toll-ru",
                EMERG,
                at,
                ru,
                True,
                f"погибли {_people(dead)}, пострадали {hurt}. На месте работают {crew} ",
            )
            at += timedelta(hours=rng.randrange(2, 5))
            # One figure moves at a time: the dead, then the injured, then the rescuers.
            if step % 3 == 0:
                dead += rng.randrange(1, 4)
            elif step % 3 == 1:
                hurt += rng.randrange(2, 6)
            else:
                crew += 30
        flash = f"⚡️ Число погибших при {ev} в {place} выросло до {dead}"
        x.story("tollflash-ru", NEWS, at, flash, True, f" {place} выросло до {dead}")
        x.story(
            "tollflash-ru", NEWS, at + timedelta(hours=6), flash.replace(str(dead), str(dead + 2)),
            True, f" {place} выросло до {dead + 2}",
        )  # fmt: skip
    for k in range(4):
        c = COUNTRIES[k * 4 + 1]
        n = rng.randrange(8, 15)
        at = x.day(k * 14 + 9, hour=8)
        for _step in range(3):
            en = f"At least {n} killed in {DISASTERS[k * 2][1]} in {c[0]}, officials say"
            x.story("toll-en", WIRE_EN, at, en, False, f"{n} killed")
            at += timedelta(hours=rng.randrange(2, 6))
            n += rng.randrange(2, 9)


def _denials(x: _Set) -> None:
    for i in range(6):
        c = COUNTRIES[(i * 3 + 2) % len(COUNTRIES)]
        at = x.day(i * 10 + 6, hour=11)
        yes = (
            f"Песков: Путин проведёт переговоры с Президентом {c[1]} на следующей неделе, "
            "подготовка визита идёт по плану."
        )
        no = (
            f"Песков опроверг сообщения о подготовке переговоров Путина с Президентом {c[1]} на "
            "следующей неделе: «Такие планы сейчас не обсуждаются»."
        )
        x.story("deny-ru", NEWS, at, yes, True, "проведёт")
        x.story("deny-ru", NEWS2, at + timedelta(hours=4), no, True, "опроверг")
        visit = f"Визит Министра иностранных дел {c[1]} в Москву состоится {_ru_date(at + timedelta(days=9))}."
        novisit = f"Визит Министра иностранных дел {c[1]} в Москву {_ru_date(at + timedelta(days=9))} не состоится."
        x.story("deny-ru", MFA, at + timedelta(days=1), visit, True, "состоится")
        x.story("deny-ru", MFA, at + timedelta(days=3), novisit, True, "не состоится")
        if i < 3:
            en_yes = f"Kremlin confirms Putin will hold talks with {c[4]} next week"
            en_no = f"Kremlin denies Putin will hold talks with {c[4]} next week"
            x.story("deny-en", WIRE_EN, at + timedelta(minutes=30), en_yes, False, "confirms")
            x.story("deny-en", WIRE_EN, at + timedelta(hours=5), en_no, False, "denies")


def _schedules(x: _Set) -> None:
    items = [
        "заседание Правительства",
        "совещание с вице-премьерами",
        "стратегическая сессия по развитию Дальнего Востока",
        "рабочая поездка в Калужскую область",
        "встреча с представителями деловых кругов",
        "заседание Совета по стратегическому развитию",
        "отчёт о ходе исполнения бюджета",
        "встреча с губернатором Тверской области",
    ]
    for w in range(8):
        mon = START + timedelta(days=7 * w)
        at = mon - timedelta(hours=14)
        fri = mon + timedelta(days=4)
        a, b, c, d = (items[(w + k * 2) % len(items)] for k in range(4))
        ru = (
            f"Анонс: основные мероприятия Правительства на неделю {_ru_date(mon)} — "
            f"{_ru_date(fri)}\n\n📅 Понедельник — {a}\n📅 Среда — {b}\n📅 Четверг — {c}\n"
            f"📅 Пятница — {d}"
        )
        x.story("week-ru", GOV, at, ru, True, _ru_date(mon))
        if w in (1, 4, 6):
            e = items[(w + 1) % len(items)]
            ru2 = (
                f"Анонс: основные мероприятия Правительства на неделю {_ru_date(mon)} — "
                f"{_ru_date(fri)}\n\n📅 Понедельник — {a}\n📅 Среда — {b}\n📅 Четверг — {e}\n"
                f"📅 Пятница — {d}"
            )
            x.story("week-ru", GOV, at + timedelta(days=1, hours=2), ru2, True, e)
        if w % 2 == 0:
            en = (
                f"The Government's week ahead, {_en_date(mon)} to {_en_date(fri)}: a Cabinet "
                f"meeting on Monday, a meeting with deputy prime ministers on Wednesday and a "
                f"working trip on Friday (week {w + 41})."
            )
            x.story("week-en", WIRE_EN, at + timedelta(minutes=20), en, False, _en_date(mon))


def _flashes(x: _Set) -> None:
    rng = x.rng
    ru_cities = ["Казань", "Минск", "Ташкент", "Астану", "Баку", "Ереван", "Душанбе", "Бишкек"]
    for i, city in enumerate(ru_cities):
        at = x.day(i * 9 + 2, hour=rng.randrange(8, 20))
        x.story("flash-ru", NEWS, at, f"⚡️ Путин прибыл в {city}", True, city)
        at2 = x.day(i * 9 + 5)
        x.story("flash-ru", NEWS2, at2, f"Лавров прибыл в {city} с рабочим визитом", True, city)
    seas = ["Японии", "Чили", "Индонезии", "Филиппин", "Турции", "Перу"]
    for i, sea in enumerate(seas):
        m = f"{rng.randrange(5, 8)},{rng.randrange(10)}"
        at = x.day(i * 12 + 7)
        x.story(
            "quake-ru", NEWS, at, f"🔴 Землетрясение магнитудой {m} произошло у побережья {sea}",
            True, f"{m} произошло у побережья {sea}",
        )  # fmt: skip
    for i in range(6):
        at = x.day(i * 12 + 3, hour=18)
        rate = 80 + rng.randrange(0, 900) / 100
        x.story(
            "flash-ru", NEWS2, at, f"Курс доллара на Мосбирже превысил {rate:.2f} рубля впервые с ".replace(".", ",")
            + "августа", True, f"{rate:.2f}".replace(".", ","),
        )  # fmt: skip
    # Messages of one line and a word.
    for i, w in enumerate(["Молния", "СРОЧНО", "Важно"]):
        for j, what in enumerate(
            ["Госдума приняла закон о бюджете", "Совбез ООН проведёт заседание по Сирии"]
        ):
            at = x.day(i * 20 + j * 3 + 11)
            x.story("oneline-ru", NEWS, at, f"{w}: {what}", True, what)
    en_cities = ["Beijing", "Ankara", "New Delhi", "Cairo", "Tehran", "Jakarta"]
    for i, city in enumerate(en_cities):
        at = x.day(i * 11 + 4)
        x.story(
            "flash-en", WIRE_EN, at, f"BREAKING: Lavrov arrives in {city} for talks", False, city
        )


def _long_statements(x: _Set) -> None:
    rng = x.rng
    occasions = [
        (
            "в связи с годовщиной подписания Договора о коллективной безопасности",
            "ОДКБ",
            "Договор, подписанный в Ташкенте, заложил основу системы коллективной безопасности "
            "на пространстве Содружества. За прошедшие годы Организация превратилась в "
            "авторитетную региональную структуру, способную оперативно реагировать на кризисы.",
            "Миротворческая операция в Казахстане наглядно показала эффективность механизмов "
            "союзнической поддержки. Уверены, что дальнейшее совершенствование миротворческого "
            "потенциала и коллективных сил быстрого реагирования отвечает интересам всех "
            "государств-членов.",
        ),
        (
            "по итогам заседания Совета министров иностранных дел СНГ",
            "СНГ",
            "Министры обменялись мнениями по широкому кругу вопросов, включая экономическую "
            "интеграцию, гуманитарные связи и борьбу с трансграничной преступностью. Подписан "
            "пакет документов, в том числе программа сотрудничества в сфере культуры на три "
            "года.",
            "Особое внимание уделено подготовке к празднованию юбилея Победы в Великой "
            "Отечественной войне, сохранению исторической памяти и противодействию попыткам "
            "фальсификации истории.",
        ),
        (
            "в связи с решением Евросоюза о новом пакете ограничительных мер",
            "ЕС",
            "Брюссель в очередной раз расширил список физических и юридических лиц, в отношении "
            "которых вводятся запреты на въезд и замораживание активов. В него попали "
            "журналисты, деятели культуры и руководители благотворительных организаций.",
            "Очевидно, что эти меры бьют прежде всего по самим европейцам: растут цены на "
            "энергоносители, закрываются производства, сокращаются рабочие места.",
        ),
        (
            "в связи с Международным днём солидарности с палестинским народом",
            "Палестины",
            "Более семидесяти лет палестинский народ ждёт реализации своего законного права на "
            "создание независимого государства в границах 1967 года со столицей в Восточном "
            "Иерусалиме.",
            "Гуманитарная катастрофа в секторе Газа требует немедленного прекращения огня, "
            "беспрепятственного доступа гуманитарной помощи и освобождения всех удерживаемых "
            "лиц.",
        ),
        (
            "по случаю 80-летия Организации Объединённых Наций",
            "ООН",
            "Восемьдесят лет назад вступил в силу Устав, ставший фундаментом послевоенного "
            "миропорядка. Советский Союз стоял у истоков Организации и внёс решающий вклад в её "
            "создание.",
            "Выступаем за реформу Совета Безопасности, которая обеспечила бы более широкое "
            "представительство государств Азии, Африки и Латинской Америки при сохранении "
            "прерогатив постоянных членов.",
        ),
        (
            "в связи с ситуацией вокруг Запорожской АЭС",
            "МАГАТЭ",
            "За последнюю неделю зафиксированы три атаки беспилотников на объекты "
            "инфраструктуры станции, в том числе на учебный центр и склад дизельного топлива. "
            "Радиационный фон остаётся в пределах нормы.",
            "Рассчитываем, что руководство Агентства даст объективную оценку происходящему и "
            "прямо назовёт виновных, а не ограничится общими призывами к сдержанности.",
        ),
    ]
    paras = [
        "Российская сторона последовательно выступает за урегулирование {k} исключительно "
        "политико-дипломатическими средствами, на основе уважения законных интересов всех "
        "вовлечённых сторон и неукоснительного соблюдения норм международного права.",
        "Вынуждены констатировать, что ряд западных столиц продолжает курс на подрыв "
        "сложившейся архитектуры {k}, пытаясь подменить универсальные договорённости "
        "собственными «правилами», которые никто не согласовывал.",
        "Призываем всех партнёров по {k} воздерживаться от шагов, способных привести к "
        "дальнейшей эскалации, и сосредоточиться на поиске общих точек соприкосновения. "
        "Россия открыта к честному и равноправному диалогу.",
        "Подчёркиваем, что любые односторонние меры, принятые в обход Совета Безопасности ООН, "
        "являются нелегитимными и не будут признаны. Ответственность за последствия подобных "
        "решений в отношении {k} целиком лежит на их инициаторах.",
        "В текущих условиях особое значение приобретает координация усилий государств "
        "мирового большинства. Намерены и впредь продвигать эту повестку в рамках {k}, "
        "БРИКС и ШОС.",
        "Напоминаем, что ещё в прошлом году Россия выдвинула ряд конкретных инициатив по {k}. "
        "Они по-прежнему остаются на столе, и мы готовы обсуждать их в любом формате, "
        "включая экспертный.",
        "Отмечаем конструктивную позицию большинства участников {k}, которые продемонстрировали "
        "ответственный подход и готовность учитывать озабоченности друг друга.",
        "Российская сторона будет внимательно следить за развитием ситуации и при "
        "необходимости примет ответные меры, соразмерные характеру угроз нашей безопасности.",
    ]
    for i, (occ, k, own1, own2) in enumerate(occasions):
        at = x.day(i * 12 + 5, hour=12)
        body = [own1, own2] + [p.format(k=k) for p in rng.sample(paras, 3)]
        ru = f"Заявление МИД России {occ}\n\n" + "\n\n".join(body)
        s = x.story("long-ru", MFA, at, ru, True, occ)
        s.link = _tracked(rng, f"https://mid.ru/ru/foreign_policy/official_documents/20{i:02d}9/")
        s.text = f"{ru}\n\n{s.link}"
        x.replace_original(s)
    own = {
        "the expulsion of a Russian diplomat": [
            "On Tuesday a counsellor of the Embassy was declared persona non grata and given "
            "one week to leave the country. No explanation was offered beyond the usual "
            "reference to activities incompatible with diplomatic status.",
            "The diplomat in question was responsible for consular assistance to Russian "
            "citizens in Scotland and Northern England, including prisoners and families of the "
            "deceased. Thousands of people will now wait longer for help.",
        ],
        "new sanctions on Russian media": [
            "Yesterday the Foreign Office added four Russian broadcasters and eleven journalists "
            "to its sanctions list, freezing their assets and banning their entry to the "
            "United Kingdom.",
            "Those who lecture the world on freedom of speech now decide which news the British "
            "public may read. Correspondents of British media in Moscow should not be surprised "
            "by a response based on reciprocity.",
        ],
    }
    common = [
        "The Embassy has taken note of yet another statement by the Foreign Office, which "
        "once again repeats unfounded allegations against Russia without providing a single "
        "piece of evidence.",
        "We urge London to abandon its confrontational course and return to the practice of "
        "respectful, mutually beneficial engagement.",
    ]
    for i, (topic, paras_en) in enumerate(own.items()):
        at = x.day(i * 30 + 14, hour=13)
        body = [common[i], *paras_en, common[1 - i]]
        en = f"Embassy comment on {topic}\n\n" + "\n\n".join(body)
        x.story("long-en", EMB_EN, at, en, False, topic)


def _quoting(x: _Set) -> None:
    """A statement quoted in full inside another one that answers it: two statements."""
    rng = x.rng
    claims = [
        (
            "Эстонии",
            "Россия несёт ответственность за сбои в работе спутниковой навигации над Балтикой",
        ),
        ("Польши", "закрытие российского генконсульства в Познани является окончательным решением"),
        ("Молдавии", "российские дипломаты причастны к вмешательству во внутренние дела страны"),
        ("Финляндии", "пункты пропуска на границе с Россией останутся закрытыми до весны"),
        ("Египта", "Каир приветствует возобновление прямого авиасообщения с Москвой"),
        ("Индии", "Нью-Дели рассчитывает на скорейшее проведение заседания межправкомиссии"),
    ]
    answers = [
        "Подобные голословные обвинения давно стали частью антироссийской кампании. Никаких "
        "доказательств нам, как обычно, не представлено.",
        "Такие решения не останутся без ответа. Принцип взаимности в дипломатии никто не отменял.",
        "Все вопросы следует адресовать тем, кто годами разрушал двусторонние отношения.",
        "Сожалеем, что соседи продолжают расплачиваться за чужую политику.",
        "Приветствуем это заявление.",
        "Со своей стороны готовы.",
    ]
    for i, (who, claim) in enumerate(claims):
        at = x.day(i * 11 + 8, hour=10)
        base = f"МИД {who}: {claim}."
        x.story("claim-ru", NEWS, at, base, True, claim)
        answer = (
            f"Комментарий официального представителя МИД России М.В.Захаровой\n\nОбратили "
            f"внимание на заявление МИД {who}: «{claim[0].upper()}{claim[1:]}».\n\n{answers[i]}"
        )
        x.story(
            "reply-ru", MFA, at + timedelta(hours=rng.randrange(2, 7)), answer, True, answers[i]
        )
    en_claims = [
        "Russia's actions pose a direct threat to security in the North Atlantic",
        "the Russian Embassy's activities are being closely monitored",
    ]
    for i, claim in enumerate(en_claims):
        at = x.day(i * 25 + 19, hour=11)
        base = f"UK Foreign Office says {claim}"
        x.story("claim-en", WIRE_EN, at, base, False, claim)
        reply = (
            f'Regarding the Foreign Office statement that "{claim}": we consider such '
            "claims absurd and regret that London prefers propaganda to dialogue."
        )
        x.story("reply-en", EMB_EN, at + timedelta(hours=3), reply, False, "absurd")


# --- copies ------------------------------------------------------------------------------

WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{6,}")
# Typos that make another real word: the word a template uses, the word a slip makes of it.
REAL_WORDS = [
    ("погибших", "погибшим"), ("пострадавшим", "пострадавших"), ("соболезнования", "соболезнование"),
    ("сотрудничество", "сотрудничества"), ("отношения", "отношение"), ("мира", "мера"),
    ("желаю", "желал"), ("граждан", "гражданам"), ("стороны", "сторона"), ("вопросы", "вопрос"),
    ("приём", "приёмы"), ("работают", "работает"), ("заявление", "заявлении"),
    ("поддержки", "поддержка"), ("документов", "документы"), ("переговоры", "переговоров"),
    ("связи", "связь"), ("from", "form"), ("united", "untied"), ("of the", "off the"),
    ("their", "there"), ("our", "out"), ("the message", "the massage"), ("were", "where"),
    ("week", "weak"), ("Please", "Pleas"),
]  # fmt: skip
LATIN = str.maketrans("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX")
CYRILLIC = str.maketrans("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ")
EMOJI = ["🇷🇺", "⚡️", "❗️", "📌", "🔴", "🕯", "🌍", "‼️", "🔥", "📢"]
HASHTAGS_RU = ["#Кремль", "#МИД", "#новости", "#дипломатия", "#срочно", "#МЧС"]
HASHTAGS_EN = ["#Russia", "#diplomacy", "#news", "#UK", "#breaking"]


def _spans(text: str, avoid: str) -> list[re.Match[str]]:
    """The long words of ``text`` outside ``avoid``, links and handles."""
    lo = text.find(avoid)
    hi = lo + len(avoid)
    links = [m.span() for m in re.finditer(r"\S*(?:https?://|t\.me/|@|\.ru)\S*", text)]
    return [
        m
        for m in WORD.finditer(text)
        if (lo < 0 or m.end() <= lo or m.start() >= hi)
        and not any(a <= m.start() < b for a, b in links)
    ]


def _edit(rng: random.Random, w: str) -> str:
    i = rng.randrange(1, len(w) - 2)
    kind = rng.randrange(3)
    if kind == 0 and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if kind == 1:
        return w[:i] + w[i + 1 :]
    return w[:i] + w[i] + w[i:]


def _typo(rng: random.Random, text: str, avoid: str, edits: int = 1) -> str:
    """A typo in a long word outside ``avoid`` and links (``edits`` slips in that one word)."""
    spans = _spans(text, avoid)
    if not spans:
        return text
    m = rng.choice(spans)
    w = m.group()
    for _ in range(edits):
        new = _edit(rng, w)
        while new == w:
            new = _edit(rng, w)
        w = new
    return text[: m.start()] + w + text[m.end() :]


def _real_word(rng: random.Random, text: str, avoid: str) -> str | None:
    lo = text.find(avoid)
    hi = lo + len(avoid)
    found = []
    for right, wrong in REAL_WORDS:
        for m in re.finditer(rf"(?<![\w]){re.escape(right)}(?![\w])", text):
            if lo < 0 or m.end() <= lo or m.start() >= hi:
                found.append((m, wrong))
    if not found:
        return None
    m, wrong = rng.choice(found)
    return text[: m.start()] + wrong + text[m.end() :]


def _latin(rng: random.Random, text: str, avoid: str, every: bool, ru: bool) -> str:
    """Look-alike letters of the other script (Latin in Russian words, Cyrillic in English
    ones): in every word (a spam filter's dodge), or one letter in each of three words."""
    table, letters = (LATIN, "аеорсхуАВЕКМНОРСТХ") if ru else (CYRILLIC, "aeopcxyABEKMHOPCTX")
    if every:
        return text.translate(table)
    spans = [m for m in _spans(text, avoid) if any(ch in letters for ch in m.group())]
    for m in sorted(rng.sample(spans, min(3, len(spans))), key=lambda m: -m.start()):
        w = m.group()
        i = next(k for k, ch in enumerate(w) if ch in letters)
        text = text[: m.start()] + w[:i] + w[i].translate(table) + w[i + 1 :] + text[m.end() :]
    return text


def _punct(rng: random.Random, text: str) -> str:
    """Quotes and dashes of another keyboard; a full stop added or dropped when there are none."""
    t = text
    if "«" in t:
        left, right = rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
        t = t.replace("«", left).replace("»", right)
    elif '"' in t:
        t = re.sub(r'"([^"]*)"', r"«\1»", t)
    t = t.replace(" — ", rng.choice([" - ", " – ", " -- "]))
    if t == text:
        t = text[:-1] if text.endswith(".") else text + rng.choice([".", "!"])
    return t


def _space(rng: random.Random, text: str) -> str:
    t = text.replace("\n\n", "\n")
    t = re.sub(r"(?<=\w) (?=\d)|(?<=\d) (?=\w)", "\u00a0", t)  # non-breaking spaces by figures
    t = t.replace(" в ", "  в ").replace(". ", ".  ")
    if t == text:
        t = "\n" + text.replace(" ", "  ", 2) + "  \n"
    return t


def _case(text: str) -> str:
    """A flash in capitals, or its heading (its first line, or first sentence) in capitals."""
    if len(text.split()) <= 16:
        return text.upper()
    first, sep, rest = text.partition("\n")
    if not sep:
        first, sep, rest = text.partition(". ")
    return first.upper() + sep + rest


def _cut(text: str, keep: str, ratio: float) -> str:
    at = max(int(len(text) * ratio), text.find(keep) + len(keep) + 1)
    space = text.find(" ", at)
    return text if space < 0 else text[:space].rstrip(",.:;")


def _header(src: SourceRef, t: str) -> str:
    if src is HDR:
        return (
            f"🗞 ДИПВЕСТНИК | Главное за день\n\n{t}\n\n➖➖➖➖➖\n"
            "✅ Подписаться | 💬 Обсудить | 📩 Предложить новость"
        )
    return f"EURASIA DIGEST 🌐\n\n{t}\n\n— Follow @eurasiadigest for more"


def _agg(rng: random.Random, ru: bool) -> SourceRef:
    return rng.choice([AGG, AGG2, HDR]) if ru else AGG_EN


def _copy(x: _Set, s: _Story, kind: str, at: datetime) -> None:
    rng = x.rng
    t = s.text
    src = _agg(rng, s.ru)
    if src is HDR and kind not in ("header", "fwd"):
        src = rng.choice([AGG, AGG2])
    extra: dict[str, object] = {}
    ext = f"{s.sid}-{len(x.out)}-{kind}"
    if kind == "fwd":
        extra["forwarded_from"] = Forward(
            name=s.source.title, source_key=s.source.key, username=s.source.username
        )
    elif kind == "fwddump":
        src = DUMP
        t = ("Переслано из " if s.ru else "Forwarded from ") + f"{s.source.title}\n{t}"
    elif kind == "emoji":
        t = rng.choice(
            [
                f"{rng.choice(EMOJI)} {t}",
                f"{t} {rng.choice(EMOJI)}",
                f"{rng.choice(EMOJI)}{rng.choice(EMOJI)} {t}",
            ]
        )
    elif kind == "emojiswap":
        src = rng.choice([s.source, src])
        lead = re.match(r"^(\W+?)\s", t)
        if lead and not any(ch.isalnum() for ch in lead.group(1)):
            # The leading emoji swapped for another, or dropped.
            other = rng.choice([e for e in EMOJI if e != lead.group(1)] + [""])
            t = (other + t[len(lead.group(1)) :]).lstrip()
        else:
            t = t.replace("❗️", "‼️") if "❗️" in t else t.replace("📅", "🗓")
            if t == s.text:
                t = f"🇷🇺 {s.text}" if s.ru else f"🇬🇧 {s.text}"
                ext = ext.replace("emojiswap", "emoji")
    elif kind == "tags":
        tags = HASHTAGS_RU if s.ru else HASHTAGS_EN
        t = f"{t}\n\n{' '.join(rng.sample(tags, rng.randrange(1, 4)))}"
    elif kind == "link":
        base = "https://t.me/" + s.source.username if s.source.username else "https://example.org"
        t = f"{t}\n\n{base}/{rng.randrange(1000, 90000)}"
    elif kind == "sig":
        t = f"{t}\n\n{src.title} — @{src.username}"
    elif kind == "header":
        src = HDR if s.ru else AGG_EN
        t = _header(src, t)
    elif kind == "line":
        line = rng.choice(
            ["Официально:", "Главное на сейчас 👇", "Позиция Москвы:", "⚡️⚡️⚡️"]
            if s.ru
            else ["Official:", "Worth reading 👇", "Moscow's position:"]
        )
        t = f"{line}\n\n{t}"
    elif kind == "typo":
        t = _typo(rng, t, s.keep)
    elif kind == "realword":
        made = _real_word(rng, t, s.keep)
        if made is None:
            t, ext = _typo(rng, t, s.keep), ext.replace("realword", "typo")
        else:
            t = made
    elif kind == "twotypos":
        t = _typo(rng, t, s.keep, edits=2)
    elif kind == "latin":
        every = rng.random() < 0.35
        t = _latin(rng, t, s.keep, every, s.ru)
        ext += "-all" if every else ""
    elif kind == "punct":
        t = _punct(rng, t)
    elif kind == "space":
        t = _space(rng, t)
    elif kind == "case":
        t = _case(t)
    elif kind == "yo":
        t = t.replace("ё", "е").replace("Ё", "Е")
    elif kind == "preview":
        cut = _cut(t, s.keep, rng.uniform(0.45, 0.7))
        t = rng.choice([f"{cut}…\n\nЧитать полностью…", f"{cut}… Читать полностью →"])
        if not s.ru:
            t = t.replace("Читать полностью", "Read in full")
    elif kind == "tracker":
        base = s.link.split("?")[0]
        new = base + rng.choice(
            [
                "?utm_source=vk&utm_medium=repost",
                "?utm_source=dzen",
                "",
                "?ref=politika247&utm_campaign=dec",
            ]
        )
        t = t.replace(s.link, new)
        src = rng.choice([AGG, AGG2])
    elif kind == "nextday":
        at = s.at + timedelta(hours=rng.randrange(20, 30))
    elif kind == "quoted":
        speaker = {KREMLIN: "Кремль", MFA: "МИД России", GOV: "Правительство", CONS: "Консульство"}
        if s.ru:
            t = f"{speaker.get(s.source, s.source.title)}:\n\n«{t}»"
        else:
            t = f'{s.source.title}:\n\n"{t}"'
    elif kind == "bold":
        first, _, rest = t.partition("\n")
        t = f"**{first}**\n{rest}" if rest else f"**{t}**"
    elif kind == "edited":
        t = (
            f"{t}\n\nИсточник: t.me/{s.source.username}"
            if s.ru
            else f"{t}\n\nSource: t.me/{s.source.username}"
        )
        extra["edited_at"] = at + timedelta(minutes=rng.randrange(1, 20))
    x.add(s, src, ext, at, t, **extra)


def _typoed(x: _Set, s: _Story) -> None:
    """The original carries a typo: copies with it fixed, with it kept, with a real-word slip."""
    rng = x.rng
    fixed = s.text
    s.text = _typo(rng, fixed, s.keep)
    x.replace_original(s)
    at = s.at
    for kind in rng.sample(["typofix", "sametypo", "typofix-edited", "fwd"], 2):
        at += timedelta(minutes=rng.randrange(4, 90))
        ext = f"{s.sid}-{len(x.out)}-{kind}"
        extra: dict[str, object] = {}
        src = _agg(rng, s.ru)
        t = fixed
        if kind == "sametypo":
            t = s.text + ("\n\n#новости" if s.ru else "\n\n#news")
        elif kind == "typofix-edited":
            src = DUMP
            extra["edited_at"] = at
        elif kind == "fwd":
            src = rng.choice([AGG, AGG2]) if s.ru else AGG_EN
            t = s.text
            extra["forwarded_from"] = Forward(name=s.source.title, source_key=s.source.key)
        x.add(s, src, ext, at, t, **extra)


FLASH = [
    "fwd",
    "fwddump",
    "emoji",
    "emojiswap",
    "sig",
    "case",
    "latin",
    "punct",
    "typo",
    "tags",
    "realword",
    "link",
]
NORMAL = [
    "fwd", "fwddump", "emoji", "emojiswap", "tags", "link", "sig", "header", "line", "typo",
    "realword", "twotypos", "latin", "punct", "space", "case", "yo", "preview", "nextday",
    "quoted", "bold", "edited",
]  # fmt: skip
LONG = [
    "fwd",
    "header",
    "preview",
    "nextday",
    "typo",
    "twotypos",
    "realword",
    "latin",
    "space",
    "yo",
    "tracker",
    "sig",
]


def build(seed: int = 12) -> list[Labelled]:
    """The labelled posts in publication order."""
    rng = random.Random(seed)
    x = _Set(rng)
    for family in (
        _condolences, _greetings, _phone, _answers, _consular, _consular_rules, _tolls,
        _denials, _schedules, _flashes, _long_statements, _quoting,
    ):  # fmt: skip
        family(x)
    for s in list(x.stories):
        words = len(s.text.split())
        if words <= 16:
            kinds = rng.sample(FLASH, rng.randrange(1, 4))
        elif words >= 110:
            kinds = rng.sample(LONG, rng.randrange(3, 6))
        elif rng.random() < 0.15:
            _typoed(x, s)
            kinds = rng.sample(["emoji", "header", "latin", "quoted"], 1)
        else:
            kinds = rng.sample(NORMAL, rng.randrange(2, 5))
        if s.link and "tracker" not in kinds and rng.random() < 0.7:
            kinds.append("tracker")
        if not s.link and "tracker" in kinds:
            kinds.remove("tracker")
        if "yo" in kinds and "ё" not in s.text:
            kinds[kinds.index("yo")] = "punct" if "punct" not in kinds else "space"
        at = s.at
        for kind in kinds:
            at += timedelta(minutes=rng.randrange(2, 180))
            _copy(x, s, kind, at)
    x.out.sort(key=lambda p: (p.post.published_at, p.post.external_id))
    return x.out
