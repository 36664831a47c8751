# ruff: noqa: E501  (a data module: long template strings read better whole)
"""The nineteenth labelled near-duplicate set: templated official statements one slot apart of
kinds the earlier sets had little of (flood and weather warnings for another river, region or
level, exchange results one figure apart, airport restrictions for another airport or hour,
election counts for another district or share, appointments and dismissals of another person
to another post, awards and decrees naming another person, prisoner exchanges and ceasefires
one count or hour apart, humanitarian deliveries to another city with another tonnage, daily
summaries one figure apart, consular warnings for another country, meetings moved to another
day, harvest figures for another crop or region, a figure kept in another unit, "не" / "not"
inserted into a longer sentence, reports and their denials, lists with one item added or
removed, a call for X against a call against X); and copies of many kinds, two at once among
them.

A foreign ministry's Russian and English channels, the Kremlin's Russian and English channels,
the government's, the agriculture, emergencies and defence ministries', the aviation agency, the
electoral commission, the stock exchange, the consular department, two embassies (Turkey in
Russian, India in English), two regional governments (Orenburg, Kurgan), the weather service,
OCHA, the UN Spokesperson, two Russian agencies and two English wires, four Russian and three
English reposters, a weekly aggregator in each language, an RSS mirror, a scraper and a text
dump of forwards (35 sources). Each *story* is one statement; every post of a story after its
first is a copy the reader must not see twice, and every other story must be kept.

Distinct statements (each its own story; 263, in 17 families and 88 templates): hydrological
warnings for another river, town or level ("неблагоприятного явления (НЯ)" / "опасного явления
(ОЯ)"), an emergency regime in another region or of another level ("регионального" /
"федерального"), rain warnings for another area, amount or colour ("оранжевый" / "красный"), a
wire's emergency for another Kazakh region, an embassy's rainfall alert for another state or
colour ("an orange" / "a red") (21); the exchange's results day by day, one of them re-posted
under the same date with one figure corrected ("88,1" / "88,7"), an agency's index flash with
another direction word ("снизился" / "вырос") or level, the rouble one figure apart ("78.35" /
"78.53"), the yuan one close apart, Brent with two digits swapped ("$82.14" / "$82.41"), private
investors one figure or one month apart (19); restrictions at another airport, restrictions
lifted at another hour ("04:35" / "05:20") or at another airport, a wire's suspension at another
Moscow airport or hour, flights suspended to another city or until another date, "план «Ковёр»"
at another airport (19); a by-election's leader after another share of the protocols ("50%" /
"100%") or in another district, regional districts one number apart with the same percentage, a
wire's count one share or one figure apart, turnout one figure or one hour apart (13);
ambassadors appointed (another person, another country, a concurrent post added), relieved
(another person, another country, the concurrent post alone), a deputy minister appointed to
another post or another ministry ("заместителем" / "статс-секретарём — заместителем"), the
decrees in English, a governor's appointments to another ministry or of another person, a wire's
one-liners (21); an order of another kind or to another person, honorary titles of another name
or to another person, the English decree for another order or person, a Year decree for another
year and theme, the minister's awards of another kind or to another ambassador (15); prisoner
exchanges one count ("84" / "90" / "103") or one mediator apart, in the ministry's text, an
agency's flash and a wire, an Easter truce ending on another day, a ceasefire at another hour or
in another region, detainees released with two digits swapped ("246" / "264") (17); aid flights
to another city with another tonnage ("36 тонн" / "42 тонны"), convoys from Orenburg to another
town with another tonnage or truck count, an inter-agency convoy with another truck count,
tonnage or town, an embassy's aid flights to another airport or tonnage, a wire's one-liners
(18); the emergencies ministry's daily summary, a region's flood situation at 08:00 and a flood
flash update, each day one figure from the day before (11); dengue warnings for another country,
migration cards for another country or date, car-rental fraud for another resort, travel
warnings for another country or reason, a permit reminder for another state (16); talks moved to
another day (or another counterpart's), the government's meeting moved to another day, a Council
briefing moved to another day, hour or topic, a meeting moved to another day as the spokesman
put it, in Russian and in English (15); harvest figures for another crop or date, regions past
the same figure, a wire's figures, the output of another product or another growth, a region's
harvest of another crop (16); five pairs with the figure kept and another unit ("74 сантиметра"
/ "миллиметра", "40 м/с" / "км/ч", "40 minutes" / "hours", "3.9 million barrels" / "tonnes",
"1,9 млн тонн" / "млрд кубометров") (10); seven pairs one "не" / "not" apart in a sentence of
25-35 words, either first, days or weeks apart (14); five reports and the denials that repeat
their words ("не соответствует действительности", "are untrue", "не принимал решения") (10); six
lists, each also with one item added and with one removed (airports restricted, towns flooded, a
convoy's cargo, registered candidates, the Council's consultations, airports closed) (18); five
calls for X and against X ("голосовать за проект" / "против проекта", "покинуть" / "не
покидать", "to leave" / "not to leave", "за продление" / "против продления", "to support" / "to
reject"), either first (10).

CONVENTIONS. A statement's slots are everything its siblings say otherwise: the river, the town,
the region, the level, the colour, the date, the hour, the airport, the district, the share of
the protocols, the person, the post, the country, the order, the count, the mediator, the city,
the tonnage, the crop, the product, the figure, the unit, the direction word, the negation, the
call, the list's items. (1) A changed figure is another statement with or without a marker: a
result re-posted under the same date with one figure corrected, turnout re-posted with another
figure, a daily summary one figure from the day before (the reader must see the new figure); so
is the same figure in another unit. (2) A word of direction or polarity is a slot ("снизился" /
"вырос", "up" / "down", "firms" / "weakens", "не" / "not", a call for X and a call against X); a
denial is another statement than the report whose words it repeats. (3) A list with one item
added or removed is another statement; no copy adds, drops or reorders a list's items. (4) A
copy may change the order of lines that say independent things (the exchange's index and rate
lines, the summary's three lines, a statement's last two independent paragraphs) and may move
the channel's hashtag line to the top; never a list's order. (5) A statement's Russian and
English versions are two stories (the earlier sets' convention); no copy crosses languages, and
no text of one story is repeated in another. (6) A copy adds nothing that is said: a forward
header, a reposter's sign-off or "Subscribe" footer, hashtags, an emoji, a "СРОЧНО" / "BREAKING"
prefix, a link (with or without tracking parameters), a link preview (site, title and first
sentence of the post itself), a photo credit line, an agency's dateline (its city and the copy's
own date, the leading emoji and bold marks dropped) and credit line, a reposter's rubric heading
that names the kind of news and no fact ("Кадры", "📈 Рынки", "Flood watch", "Главное"), a weekly
aggregator's heading. (7) A synonym edit of one reporting verb is a copy ("сообщил" / "заявил",
"сообщает" / "информирует", "подчёркивалось" / "отмечалось", "said" / "stated", "told reporters"
/ "told journalists", "says" / "reports"), every slot kept; it reaches the archive as the
channel's own re-post 8-90 minutes later or as a reposter's copy of the edited text. (8) A typo
fixed is a copy (the original went out with one typo; a plain forward, a forward header and the
channel's own re-post carry it as posted); so is one typo made off the slots, and so are
whitespace, punctuation (hyphens or en dashes for em dashes, final full stops dropped or one
added, "№142", "47,12 %"), quotes («» / "" / „“ / “”), "ё" as "е", Markdown added or stripped
(an original's bold heading or its "[Читать на сайте](…)" line reduced to its words) and a
scraper's HTML. (9) A truncation ("…Читать далее", "Read more") is a copy when it is cut after
the slots; posts under 30 words are never cut, nor a statement whose slot is at its end. (10)
The channel's own re-post of its text 18-30 hours later is a copy; it is made only of lasting
posts of 25 words or more (a flash, a warning, a rate or a notice re-posted the next day would
read as the next day's news, and none is made). (11) Forwards are the text alone, posted by
another channel or in the dump (the Post model's other fields were not read).

Copies (each copy's external id ends with its kind; seed 19): a plain forward (27), a forward
header "Переслано из …" / "[Переслано из канала «…»]" / "↪️ Переслано из @…" / "Forwarded from
…" (28), a reposter's sign-off or "Subscribe" footer (27), a hashtag line added at the end or
the top (24), the original's hashtag line removed (17), an emoji at the start or at the end of
the first line (27), a link added (25), tracking parameters on the post's link (19), a link
preview's text (24), the original's typo fixed (12), one typo made off the slots (29),
whitespace (paragraphs run together, single line breaks, a hard wrap at 58-74 columns, double
and trailing spaces, non-breaking spaces before dashes) (24), punctuation (29), Markdown added
(bold heading or paragraph, an italic quotation, a [Подробнее](…) link) (26), Markdown stripped
(4), a scraper's HTML (<p>, <br>, <b>, &laquo; &mdash; &ldquo;) (28), a "…Читать далее" / "Read
more" truncation (10), a "СРОЧНО" / "BREAKING" prefix (22), quotes changed (7), "ё" as "е" (13),
an agency's dateline, with its credit line under four in ten (24), a photo credit line (21), a
synonym edit of one reporting verb (12), a reposter's rubric heading (27), lines reordered or
the hashtag line moved to the top (13), the channel's own re-post the next day (11), a weekly
aggregator's copy 2-6 days later (13); and two at once: a forward header with hashtags (23), a
dateline with a photo credit (25), a typo with a sign-off (23), quotes with whitespace (8), a
rubric heading with a sign-off (23), a typo with Markdown stripped (7), the typo fixed with
"СРОЧНО" / "BREAKING" (16), punctuation with a link (23), lines reordered with a sign-off (13),
a synonym edit with hashtags (15), a truncation in HTML (13), "ё" as "е" with a sign-off (10),
Markdown stripped with an emoji (7), a rubric heading with the hashtag line removed (16).
:func:`_check` asserts unique ids, every copy after its original, every copy keeping each word
of its own slots and adding no stem of a sibling's slot, every copy but truncations, typos and
synonym edits keeping every word of the statement, no two stories with the same words, no text
in two stories, and siblings told apart. Copies of posts under 16 words come within six hours,
longer posts' mostly within a day; about one in eight copies of a lasting post of 25 words or
more comes 1-4 days later.

Seed 19: 1028 posts, 263 stories, 765 copies (543 of one kind, 222 of two at once; 152 within an
hour, 575 within six hours, 157 within a day, 33 a day or more later; 17 the channel's own
re-posts, 11 of them the next day and 6 reworded), 63% of the posts in Russian, 35 sources;
April to September 2027. Seeds 1-3: 1029-1049 posts, the same 263 stories. Not yet scored: the
dedup was not run while the set was written.

Written blind in session 51 (from how official channels, agencies and their reposters write,
without reading the dedup code, its rules, tg_archiver/, docs/, README.md or CHANGELOG.md, and
without running the dedup, any test or the scoring; only tests/dedup_eval_set.py,
tests/test_dedup_eval.py, the seventeenth and eighteenth sets in full, and the docstrings (first
~60 lines) of the other tests/dedup_eval_*.py were read, for the shape, the conventions and the
kinds already covered). The slots, the copy maker and :func:`_check` are the eighteenth's, with
five kinds of copy added (punctuation, Markdown stripped, a rubric heading, lines reordered, the
channel's own next-day re-post); the statements, sources and wording are new.
"""

from __future__ import annotations

import difflib
import html
import random
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA = _tg("-1001901000001", "МИД России", "mid_russia_news")
MFA_EN = _tg("-1001901000002", "Russian MFA 🇷🇺", "russianmfa_en")
KREMLIN = _tg("-1001901000003", "Президент России | Кремль", "kremlin_president_ru")
KREMLIN_EN = _tg("-1001901000004", "President of Russia", "kremlin_president_en")
GOV = _tg("-1001901000005", "Правительство России", "government_rf_tg")
MINAGRO = _tg("-1001901000006", "Минсельхоз России", "mcx_rf_official")
MCHS = _tg("-1001901000007", "МЧС России", "mchs_rf_tg")
MINOBR = _tg("-1001901000008", "Минобороны России", "mil_rf_tg")
ROSAVIA = _tg("-1001901000009", "Росавиация", "rosaviatsia_official")
CEC = _tg("-1001901000010", "ЦИК России", "cik_rossii")
MOEX = _tg("-1001901000011", "Московская Биржа", "moex_official_tg")
CONSUL = _tg("-1001901000012", "Консульский департамент МИД России", "kd_mid_russia")
EMB_TR = _tg("-1001901000013", "Посольство России в Турции", "rusemb_turkey")
EMB_IN = _tg("-1001901000014", "Russian Embassy in India", "rusembindia_en")
REG_ORB = _tg("-1001901000015", "Правительство Оренбургской области", "orenburg_gov")
REG_KGN = _tg("-1001901000016", "Правительство Курганской области", "kurgan_gov")
METEO = _tg("-1001901000017", "Гидрометцентр России", "meteoinfo_rf")
OCHA = _tg("-1001901000018", "OCHA Flash Updates", "ocha_flash")
UN_EN = _tg("-1001901000019", "UN Spokesperson's Office", "un_spox_office")
AGENCY = _tg("-1001901000020", "ИА «Горизонт»", "gorizont_lenta")
AGENCY2 = _tg("-1001901000021", "Агентство «Ракурс»", "rakurs_agency")
WIRE = _tg("-1001901000022", "Harbour Wire", "harbourwire")
WIRE2 = _tg("-1001901000023", "Continental Press Wire", "cpwire")
REP1 = _tg("-1001901000024", "Новости регионов 24", "novosti_regionov24")
REP2 = _tg("-1001901000025", "Официально | Лента", "oficialno_lenta")
REP3 = _tg("-1001901000026", "Главное сегодня ⚡️", "glavnoe_segodnya")
REP4 = _tg("-1001901000027", "Вестник госорганов", "vestnik_gosorganov")
REP_EN = _tg("-1001901000028", "Eurasia Brief", "eurasiabrief")
REP_EN2 = _tg("-1001901000029", "The Official Line", "theofficialline")
REP_EN3 = _tg("-1001901000030", "Russia Watch Daily", "russiawatchdaily")
AGGR = _tg("-1001901000031", "Неделя в новостях 🗞", "nedelya_v_novostyakh")
AGGR_EN = _tg("-1001901000032", "Week in Review 🗞", "weekinreview_tg")
MIRROR = SourceRef(kind="feed", key="https://tgmirror.example.net/rss/gov", title="TG Mirror: gov")
SCRAPER = SourceRef(kind="import", key="scraper-2027-05", title="scraped-channels-may.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2027-05.txt", title="forwards-2027-05.txt")

RU_REPOSTERS = [REP1, REP2, REP3, REP4]
EN_REPOSTERS = [REP_EN, REP_EN2, REP_EN3]

# where a source's posts link to, and the city an agency's dateline gives them
SITES = {
    MFA.key: ("mid.ru", "https://mid.ru/ru/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    MFA_EN.key: ("mid.ru", "https://mid.ru/en/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    KREMLIN.key: ("kremlin.ru", "http://kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    KREMLIN_EN.key: (
        "en.kremlin.ru",
        "http://en.kremlin.ru/events/president/news/{n}",
        "МОСКВА",
        "MOSCOW",
    ),
    GOV.key: ("government.ru", "http://government.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    MINAGRO.key: ("mcx.gov.ru", "https://mcx.gov.ru/press-service/news/{n}/", "МОСКВА", "MOSCOW"),
    MCHS.key: (
        "mchs.gov.ru",
        "https://mchs.gov.ru/deyatelnost/press-centr/novosti/{n}",
        "МОСКВА",
        "MOSCOW",
    ),
    MINOBR.key: (
        "mil.ru",
        "https://function.mil.ru/news_page/country/more.htm?id={n}",
        "МОСКВА",
        "MOSCOW",
    ),
    ROSAVIA.key: ("favt.gov.ru", "https://favt.gov.ru/novosti-novosti/?id={n}", "МОСКВА", "MOSCOW"),
    CEC.key: ("cikrf.ru", "http://www.cikrf.ru/news/cec/{n}/", "МОСКВА", "MOSCOW"),
    MOEX.key: ("moex.com", "https://www.moex.com/n{n}", "МОСКВА", "MOSCOW"),
    CONSUL.key: ("kdmid.ru", "https://www.kdmid.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    EMB_TR.key: (
        "turkey.mid.ru",
        "https://turkey.mid.ru/ru/press-centre/news/{n}/",
        "АНКАРА",
        "ANKARA",
    ),
    EMB_IN.key: (
        "india.mid.ru",
        "https://india.mid.ru/en/press-centre/news/{n}/",
        "НЬЮ-ДЕЛИ",
        "NEW DELHI",
    ),
    REG_ORB.key: ("orenburg-gov.ru", "https://orenburg-gov.ru/news/{n}/", "ОРЕНБУРГ", "ORENBURG"),
    REG_KGN.key: ("kurganobl.ru", "https://kurganobl.ru/novosti/{n}", "КУРГАН", "KURGAN"),
    METEO.key: ("meteoinfo.ru", "https://meteoinfo.ru/novosti/{n}", "МОСКВА", "MOSCOW"),
    OCHA.key: (
        "unocha.org",
        "https://www.unocha.org/publications/report/{n}",
        "ЖЕНЕВА",
        "GENEVA",
    ),
    UN_EN.key: (
        "press.un.org",
        "https://press.un.org/en/{y}/sgsm{n}.doc.htm",
        "НЬЮ-ЙОРК",
        "NEW YORK",
    ),
    AGENCY.key: (
        "gorizont-news.example.ru",
        "https://gorizont-news.example.ru/news/{n}",
        "МОСКВА",
        "MOSCOW",
    ),
    WIRE.key: (
        "harbourwire.example.com",
        "https://harbourwire.example.com/world/{n}",
        "МОСКВА",
        "MOSCOW",
    ),
}

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: [
        "",
        "",
        "\n\n#МИД_России #Дипломатия",
        "\n\n🔗 {link}",
        "\n\n#МИД #ВнешняяПолитика\n🔗 {link}",
        "\n\n[Читать на сайте]({link})",
    ],
    MFA_EN.key: [
        "",
        "\n\n#Russia #Diplomacy",
        "\n\n🔗 {link}",
        "\n\n#MFA #ForeignPolicy\n🔗 {link}",
        "\n\n[Read on the website]({link})",
    ],
    KREMLIN.key: ["", "\n\n🔗 {link}", "\n\n#Президент #Кремль"],
    KREMLIN_EN.key: ["", "\n\n🔗 {link}", "\n\n#Kremlin #President"],
    GOV.key: ["", "\n\n#Правительство", "\n\n[Подробнее на сайте Правительства]({link})"],
    MINAGRO.key: ["", "\n\n#Минсельхоз #АПК"],
    MCHS.key: ["", "\n\n#МЧС #МЧСРоссии", "\n\n#МЧС #оперативно"],
    MINOBR.key: ["", "\n\n#Минобороны"],
    ROSAVIA.key: ["", "\n\n#Росавиация"],
    CEC.key: ["", "\n\n#ЦИК #выборы", "\n\n🔗 {link}"],
    MOEX.key: ["", "\n\n#МосБиржа #итоги_дня"],
    CONSUL.key: ["", "\n\n#консульство #туристам", "\n\nПодробнее: {link}"],
    EMB_TR.key: ["", "\n\n#ПосольствоРоссии #Турция"],
    EMB_IN.key: ["", "\n\n#RussianEmbassy #India"],
    REG_ORB.key: ["", "\n\n#Оренбуржье #оперштаб", "\n\n🔗 {link}"],
    REG_KGN.key: ["", "\n\n#Зауралье"],
    METEO.key: ["", "\n\n#Гидрометцентр #прогноз"],
    OCHA.key: ["", "\n\n🔗 {link}"],
    UN_EN.key: ["", "\n\n🔗 {link}"],
    AGENCY.key: ["", "", "\n\n#новости"],
    AGENCY2.key: ["", "\n\n@rakurs_agency"],
    WIRE.key: ["", "", "\n\n#news"],
}

RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
    "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
RU_MONTHS_SHORT = [
    "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


def _on(month: int, day: int, hour: int, minute: int = 0, year: int = 2027) -> datetime:
    """A moment given in Moscow time (UTC+3), kept in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


def _ru(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en(d: datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}"


def _people(n: int) -> str:
    """ "спасено 23 человека", "спасено 25 человек" (and "эвакуированы 2 903 человека")."""
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "человека"
    return "человек"


def _tonnes(n: int) -> str:
    """ "доставил 42 тонны", "доставил 36 тонн"."""
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "тонны"
    return "тонн"


def _kopecks(n: int) -> str:
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "копейки"
    return "копеек"


# -- the set ---------------------------------------------------------------------------------


@dataclass
class _Story:
    sid: str
    family: str
    group: str
    source: SourceRef
    at: datetime
    body: str  # the statement as its copies carry it
    sig: str  # the channel's own lines under it ("" if none)
    link: str
    lang: str
    lasting: bool  # may be re-posted days later (not a flash, a rate or an announcement)
    movable: bool  # two of its lines or last paragraphs say independent things
    posted_body: str = ""  # the body as first published (with the typo a copy fixes)
    copies: list[tuple[str, Labelled]] = field(default_factory=list)


class _Set:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[_Story] = []
        self.groups: dict[str, list[_Story]] = {}
        self.out: list[Labelled] = []
        self.used: Counter[str] = Counter()

    def add(
        self,
        family: str,
        group: str,
        source: SourceRef,
        at: datetime,
        body: str,
        *,
        lasting: bool = True,
        movable: bool = False,
        sig: str | None = None,
    ) -> None:
        rng = self.rng
        members = self.groups.setdefault(group, [])
        sid = f"{group}{'abcdefghij'[len(members)]}"
        site = SITES.get(source.key)
        n = rng.randrange(2_110_000, 2_199_999)
        link = site[1].format(n=n, y=at.year) if site else ""
        if sig is None:
            sig = rng.choice(SIGS.get(source.key, [""]))
            if "{link}" in sig and not link:
                sig = ""
            sig = sig.replace("{link}", link)
        at = at + timedelta(minutes=rng.randint(0, 14))
        lang = "ru" if re.search("[а-яё]", body.lower()) else "en"
        st = _Story(sid, family, group, source, at, body, sig, link, lang, lasting, movable, body)
        members.append(st)
        self.stories.append(st)


# -- distinct statements ---------------------------------------------------------------------


def _floods(x: _Set) -> None:
    """Flood and weather warnings for another river, town, region or level."""
    for river, town, region, level, short, at in (
        ("Урал", "Орска", "Оренбургская область", "неблагоприятного", "НЯ", _on(4, 9, 11)),
        ("Урал", "Орска", "Оренбургская область", "опасного", "ОЯ", _on(4, 10, 9)),
        ("Сакмара", "Оренбурга", "Оренбургская область", "неблагоприятного", "НЯ", _on(4, 9, 12)),
        ("Тобол", "Кургана", "Курганская область", "опасного", "ОЯ", _on(4, 10, 12)),
        ("Ишим", "Ишима", "Тюменская область", "опасного", "ОЯ", _on(4, 12, 10)),
    ):
        x.add(
            "floods", "flood1", METEO, at,
            "🌊 **Гидрологическое предупреждение**\n\nПо данным Гидрометцентра России, в ближайшие"
            f" трое суток на реке {river} у {town} ({region}) ожидается подъём уровня воды с"
            f" достижением отметок {level} явления ({short}).\n\nЖителей прибрежных территорий"
            " просим следить за сообщениями местных властей и быть готовыми к эвакуации.",
            lasting=False,
        )  # fmt: skip
    for region, level, at in (
        ("Оренбургской области", "регионального", _on(4, 9, 16)),
        ("Оренбургской области", "федерального", _on(4, 11, 13)),
        ("Курганской области", "регионального", _on(4, 10, 18)),
        ("Тюменской области", "регионального", _on(4, 12, 17)),
        ("Курганской области", "федерального", _on(4, 14, 12)),
    ):
        x.add(
            "floods", "flood2", MCHS, at,
            f"❗️ В {region} введён режим чрезвычайной ситуации {level} характера в связи с паводком.",
            lasting=False,
        )  # fmt: skip
    for area, mm, colour, at in (
        ("в Сочи и Туапсинском районе", 80, "оранжевый", _on(6, 2, 10)),
        ("в Сочи и Туапсинском районе", 80, "красный", _on(6, 2, 17)),
        ("в Республике Адыгея", 80, "оранжевый", _on(6, 2, 11)),
        ("в Сочи и Туапсинском районе", 120, "красный", _on(6, 3, 9)),
    ):
        x.add(
            "floods", "flood3", METEO, at,
            f"⚠️ Метеопредупреждение. 3–4 июня {area} прогнозируются очень сильные дожди (до {mm} мм"
            f" за сутки), в горных районах возможен сход селей. Действует {colour} уровень погодной"
            " опасности.",
            lasting=False,
        )  # fmt: skip
    for region, at in (
        ("West Kazakhstan region", _on(4, 8, 15)),
        ("Atyrau region", _on(4, 11, 14)),
        ("Aktobe region", _on(4, 11, 16)),
    ):
        x.add(
            "floods", "flood4", WIRE, at,
            f"Kazakhstan declares state of emergency in {region} as Ural river rises",
            lasting=False,
        )  # fmt: skip
    for colour, state, at in (
        ("an orange", "Kerala", _on(6, 24, 12)),
        ("a red", "Kerala", _on(6, 25, 11)),
        ("an orange", "Goa", _on(6, 24, 13)),
        ("a red", "Himachal Pradesh", _on(7, 8, 12)),
    ):
        x.add(
            "floods", "flood5", EMB_IN, at,
            f"⚠️ The India Meteorological Department has issued {colour} alert for extremely heavy"
            f" rainfall in {state} for the next 48 hours.\n\nRussian citizens in the affected areas"
            " are advised to avoid travel to hilly regions, follow the instructions of the local"
            " authorities and stay in touch with the Embassy.",
            lasting=False,
        )  # fmt: skip


def _markets(x: _Set) -> None:
    """Exchange and stock results one figure apart (or one figure and the date), a direction
    word changed, digits swapped."""
    for d, imoex, ichg, rts, rchg, cny, vol, at in (
        ("12 мая", "2 812,45", "−0,84%", "1 034,18", "−1,12%", "11,27", "96,4", _on(5, 12, 19, 5)),
        ("13 мая", "2 836,10", "+0,84%", "1 046,92", "+1,23%", "11,27", "88,1", _on(5, 13, 19, 5)),
        ("13 мая", "2 836,10", "+0,84%", "1 046,92", "+1,23%", "11,27", "88,7", _on(5, 13, 20, 30)),
        ("14 мая", "2 801,77", "−1,21%", "1 029,60", "−1,65%", "11,24", "91,3", _on(5, 14, 19, 5)),
    ):
        x.add(
            "markets", "mkt1", MOEX, at,
            f"📊 **Итоги торгов {d}**\n\nИндекс МосБиржи — {imoex} п. ({ichg})\nИндекс РТС —"
            f" {rts} п. ({rchg})\nCNY/RUB — {cny} ₽\n\nОбъём торгов на рынке акций составил {vol}"
            " млрд ₽.",
            lasting=False,
            movable=True,
        )  # fmt: skip
    for verb, pct, level, at in (
        ("снизился", "0,84", "2 812,45", _on(5, 12, 19, 0)),
        ("вырос", "0,84", "2 836,10", _on(5, 13, 19, 0)),
        ("снизился", "1,21", "2 801,77", _on(5, 14, 19, 0)),
    ):
        x.add(
            "markets", "mkt2", AGENCY, at,
            f"Индекс МосБиржи по итогам основной торговой сессии {verb} на {pct}% — до {level} пункта",
            lasting=False,
        )  # fmt: skip
    for verb, level, tail, at in (
        ("firms", "78.35", "strongest since early March", _on(5, 12, 13)),
        ("firms", "78.53", "strongest since early March", _on(5, 13, 13)),
        ("weakens", "79.12", "weakest since mid-April", _on(5, 14, 14)),
    ):
        x.add(
            "markets", "mkt3", WIRE, at,
            f"Russian rouble {verb} to {level} against the dollar, {tail}",
            lasting=False,
        )  # fmt: skip
    for k, level, at in (
        (4, "11,27", _on(5, 12, 19, 20)),
        (6, "11,29", _on(5, 13, 19, 20)),
        (4, "11,31", _on(5, 17, 19, 20)),
    ):
        x.add(
            "markets", "mkt4", AGENCY2, at,
            f"Курс юаня по итогам торгов на Мосбирже вырос на {k} {_kopecks(k)} — до {level} рубля",
            lasting=False,
        )  # fmt: skip
    for price, move, at in (
        ("82.14", "down 37 cents", _on(5, 12, 23)),
        ("82.41", "down 37 cents", _on(5, 13, 23)),
        ("83.05", "up 64 cents", _on(5, 14, 23)),
    ):
        x.add(
            "markets", "mkt5", WIRE2, at,
            f"Brent crude futures settled at ${price} a barrel, {move}, as traders weighed supply"
            " risks against a stronger dollar.",
            lasting=False,
        )  # fmt: skip
    for month, total, active, at in (
        ("апреля", "36,2", "3,9", _on(5, 6, 12)),
        ("апреля", "36,4", "3,9", _on(5, 6, 15)),
        ("мая", "36,6", "4,1", _on(6, 4, 12)),
    ):
        x.add(
            "markets", "mkt6", MOEX, at,
            f"👥 Число частных инвесторов на Московской бирже по итогам {month} достигло {total} млн"
            f" человек. Сделки на бирже в течение месяца совершали {active} млн частных инвесторов.",
            lasting=False,
        )  # fmt: skip


def _flights(x: _Set) -> None:
    """Airport restrictions for another airport or another time; flights suspended to another
    city or until another date."""
    for airport, at in (
        ("Калуга (Грабцево)", _on(5, 3, 2, 10)),
        ("Тамбов (Донское)", _on(5, 3, 2, 40)),
        ("Ярославль (Туношна)", _on(5, 3, 3, 5)),
        ("Нижний Новгород (Стригино)", _on(5, 6, 23, 50)),
        ("Саратов (Гагарин)", _on(5, 18, 1, 20)),
    ):
        x.add(
            "flights", "fl1", ROSAVIA, at,
            f"✈️ Аэропорт {airport}. Введены временные ограничения на приём и выпуск воздушных"
            " судов.\n\nОграничения необходимы для обеспечения безопасности полётов.",
            lasting=False,
        )  # fmt: skip
    for airport, start, end, at in (
        ("Сочи", "02:10", "04:35", _on(5, 9, 4, 40)),
        ("Сочи", "02:10", "05:20", _on(5, 10, 5, 25)),
        ("Сочи", "23:40", "01:15", _on(5, 21, 1, 20)),
        ("Геленджик", "02:10", "04:35", _on(5, 9, 4, 50)),
    ):
        x.add(
            "flights", "fl2", ROSAVIA, at,
            f"✈️ Аэропорт {airport}. Ограничения на приём и выпуск воздушных судов, введённые в"
            f" {start}, сняты в {end} мск.\n\nВ настоящее время аэропорт работает в штатном режиме."
            " Возможны корректировки расписания рейсов.",
            lasting=False,
        )  # fmt: skip
    for airport, start, end, at in (
        ("Vnukovo", "02:10", "04:35", _on(5, 9, 6)),
        ("Domodedovo", "02:10", "04:35", _on(5, 9, 6, 30)),
        ("Sheremetyevo", "01:50", "03:05", _on(5, 16, 5)),
        ("Vnukovo", "22:30", "23:55", _on(5, 24, 0, 30)),
    ):
        x.add(
            "flights", "fl3", WIRE, at,
            f"Moscow's {airport} airport suspended arrivals and departures from {start} to {end}"
            " local time, Russia's aviation authority said.",
            lasting=False,
        )  # fmt: skip
    for city, until, at in (
        ("Delhi", "June 5", _on(5, 27, 13)),
        ("Goa", "June 5", _on(5, 27, 15)),
        ("Delhi", "June 12", _on(6, 3, 13)),
    ):
        x.add(
            "flights", "fl4", EMB_IN, at,
            f"✈️ Please be informed that Aeroflot flights between Moscow and {city} are suspended"
            f" until {until} for operational reasons.\n\nPassengers are advised to contact the"
            " airline regarding rebooking or refunds.",
            lasting=False,
        )  # fmt: skip
    for airport, at in (
        ("Пулково", _on(5, 6, 22)),
        ("Казани", _on(5, 6, 23)),
        ("Внуково", _on(5, 12, 1)),
    ):
        x.add(
            "flights", "fl5", AGENCY, at,
            f"В аэропорту {airport} введён план «Ковёр», сообщили в пресс-службе воздушной гавани",
            lasting=False,
        )  # fmt: skip


def _elections(x: _Set) -> None:
    """Results for another district, another share of the protocols, another percentage."""
    for district, n, share, name, pct, at in (
        ("Оренбургскому", 142, 50, "Сергей Николаевич Воронин", "47,12", _on(6, 13, 23, 40)),
        ("Оренбургскому", 142, 100, "Сергей Николаевич Воронин", "48,36", _on(6, 14, 7, 30)),
        ("Курганскому", 108, 100, "Андрей Викторович Лапин", "51,03", _on(6, 14, 8)),
        ("Тульскому", 184, 100, "Ольга Сергеевна Рябова", "44,27", _on(6, 14, 8, 40)),
    ):
        x.add(
            "elections", "el1", CEC, at,
            "🗳 **Дополнительные выборы депутата Государственной Думы по"
            f" {district} одномандатному избирательному округу № {n}**\n\nПо данным ГАС «Выборы»,"
            f" после обработки {share}% протоколов участковых избирательных комиссий лидирует"
            f" {name} — {pct}% голосов избирателей, принявших участие в голосовании.",
            lasting=False,
        )  # fmt: skip
    for n, name, pct, at in (
        (7, "Игорь Волков", "56,4", _on(6, 14, 12)),
        (9, "Павел Мельников", "49,8", _on(6, 14, 12, 30)),
        (11, "Дмитрий Сафонов", "56,4", _on(6, 14, 13)),
    ):
        x.add(
            "elections", "el2", AGENCY2, at,
            f"В Курганской области подведены итоги выборов в областную думу по одномандатному"
            f" округу № {n}: победу одержал {name}, набравший {pct}% голосов.",
        )  # fmt: skip
    for pct, counted, at in (
        ("44.1", 98, _on(6, 28, 6)),
        ("44.1", 100, _on(6, 28, 11)),
        ("43.8", 100, _on(6, 28, 15)),
    ):
        x.add(
            "elections", "el3", WIRE, at,
            f"Mongolia's ruling party leads with {pct}% of the vote after {counted}% of ballots"
            " counted, election commission says",
            lasting=False,
        )  # fmt: skip
    for hour, pct, at in (
        ("15:00", "18,4", _on(6, 13, 15, 40)),
        ("15:00", "18,7", _on(6, 13, 16, 5)),
        ("18:00", "24,9", _on(6, 13, 18, 40)),
    ):
        x.add(
            "elections", "el4", AGENCY, at,
            f"Явка на дополнительных выборах в Оренбургском округе № 142 на {hour} составила {pct}%",
            lasting=False,
        )  # fmt: skip


def _appointments(x: _Set) -> None:
    """Ambassadors appointed and relieved (another person, another country, a concurrent post
    added), deputy ministers and regional ministers appointed to another post."""
    for name, post, at in (
        ("Ткачёв Алексей Игоревич", "Республике Ангола", _on(4, 6, 15)),
        ("Ткачёв Алексей Игоревич", "Республике Мозамбик", _on(5, 25, 15)),
        ("Зайцев Олег Петрович", "Республике Ангола", _on(7, 2, 15)),
        (
            "Зайцев Олег Петрович",
            "Республике Ангола и в Демократической Республике Сан-Томе и Принсипи по совместительству",
            _on(7, 9, 15),
        ),
    ):
        x.add(
            "appointments", "ap1", KREMLIN, at,
            f"📜 Указом Президента Российской Федерации {name} назначен Чрезвычайным и Полномочным"
            f" Послом Российской Федерации в {post}.",
        )  # fmt: skip
    for name, post, at in (
        ("Белов Игорь Васильевич", "Республике Ангола", _on(4, 6, 14, 30)),
        ("Смирнов Павел Андреевич", "Республике Мозамбик", _on(5, 25, 14, 30)),
        (
            "Белов Игорь Васильевич",
            "Демократической Республике Сан-Томе и Принсипи по совместительству",
            _on(4, 13, 15),
        ),
    ):
        x.add(
            "appointments", "ap2", KREMLIN, at,
            f"📜 Указом Президента Российской Федерации {name} освобождён от обязанностей"
            f" Чрезвычайного и Полномочного Посла Российской Федерации в {post}.",
        )  # fmt: skip
    for name, post, at in (
        (
            "Дениса Алексеевича Кузьмина",
            "заместителем Министра сельского хозяйства",
            _on(4, 20, 17),
        ),
        (
            "Дениса Алексеевича Кузьмина",
            "статс-секретарём — заместителем Министра сельского хозяйства",
            _on(6, 8, 17),
        ),
        (
            "Марины Викторовны Сорокиной",
            "заместителем Министра сельского хозяйства",
            _on(5, 18, 17),
        ),
        ("Дениса Алексеевича Кузьмина", "заместителем Министра транспорта", _on(7, 13, 17)),
    ):
        x.add(
            "appointments", "ap3", GOV, at,
            "📄 Председатель Правительства подписал распоряжение о назначении"
            f" {name} {post} Российской Федерации.\n\nРаспоряжение опубликовано на официальном"
            " интернет-портале правовой информации.",
        )  # fmt: skip
    for name, post, at in (
        ("Alexei Tkachev", "the Republic of Angola", _on(4, 6, 17)),
        ("Alexei Tkachev", "the Republic of Mozambique", _on(5, 25, 17)),
        ("Oleg Zaitsev", "the Republic of Angola", _on(7, 2, 17)),
        (
            "Oleg Zaitsev",
            "the Republic of Angola and concurrently to the Democratic Republic of Sao Tome and Principe",
            _on(7, 9, 17),
        ),
    ):
        x.add(
            "appointments", "ap4", KREMLIN_EN, at,
            f"📜 Vladimir Putin signed an Executive Order appointing {name} Ambassador Extraordinary"
            f" and Plenipotentiary of the Russian Federation to {post}.",
        )  # fmt: skip
    for name, post, who, at in (
        (
            "Алексея Петровича Сомова",
            "министра здравоохранения",
            "он занимал должность первого заместителя министра",
            _on(4, 27, 12),
        ),
        (
            "Алексея Петровича Сомова",
            "министра образования",
            "он занимал должность первого заместителя министра",
            _on(6, 1, 12),
        ),
        (
            "Ирины Олеговны Гуськовой",
            "министра здравоохранения",
            "она возглавляла городскую больницу № 4 Орска",
            _on(7, 6, 12),
        ),
    ):
        x.add(
            "appointments", "ap5", REG_ORB, at,
            "Губернатор Оренбургской области подписал указ о назначении"
            f" {name} на должность {post} Оренбургской области.\n\nРанее {who}.",
        )  # fmt: skip
    for name, country, at in (
        ("Alexei Tkachev", "Angola", _on(4, 6, 16)),
        ("Alexei Tkachev", "Mozambique", _on(5, 25, 16)),
        ("Oleg Zaitsev", "Angola", _on(7, 2, 16)),
    ):
        x.add(
            "appointments", "ap6", WIRE2, at,
            f"Putin names {name} ambassador to {country}",
            lasting=False,
        )  # fmt: skip


def _awards(x: _Set) -> None:
    """Awards and decrees naming another person, another order, another honorary title."""
    for field_, order, verb, name, title, at in (
        (
            "здравоохранения", "орденом Почёта", "награждён", "Гаврилов Михаил Юрьевич",
            "главный врач городской клинической больницы № 1 города Оренбурга", _on(5, 14, 16),
        ),
        (
            "здравоохранения", "орденом Дружбы", "награждён", "Гаврилов Михаил Юрьевич",
            "главный врач городской клинической больницы № 1 города Оренбурга", _on(6, 11, 16),
        ),
        (
            "здравоохранения", "орденом Почёта", "награждён", "Лебедев Антон Сергеевич",
            "главный врач Курганской областной клинической больницы", _on(5, 14, 17),
        ),
        (
            "образования", "медалью ордена «За заслуги перед Отечеством» II степени", "награждена",
            "Миронова Елена Павловна", "директор средней общеобразовательной школы № 12 города Орска",
            _on(5, 28, 16),
        ),
    ):  # fmt: skip
        x.add(
            "awards", "aw1", KREMLIN, at,
            f"🏅 Указом Президента Российской Федерации за большой вклад в развитие {field_} и"
            f" многолетнюю добросовестную работу {order} {verb} {name} — {title}.",
        )  # fmt: skip
    for title, name, at in (
        ("Заслуженный врач Российской Федерации", "Гаврилову Михаилу Юрьевичу", _on(6, 18, 15)),
        (
            "Заслуженный работник здравоохранения Российской Федерации",
            "Гаврилову Михаилу Юрьевичу",
            _on(6, 25, 15),
        ),
        ("Заслуженный врач Российской Федерации", "Лебедеву Антону Сергеевичу", _on(6, 18, 16)),
    ):
        x.add(
            "awards", "aw2", KREMLIN, at,
            f"Владимир Путин присвоил почётное звание «{title}» {name}.",
        )  # fmt: skip
    for order, name, title, at in (
        (
            "Friendship",
            "Rajesh Kumar Mehta",
            "Chairman of the India–Russia Business Council",
            _on(5, 20, 17),
        ),
        (
            "Honour",
            "Rajesh Kumar Mehta",
            "Chairman of the India–Russia Business Council",
            _on(6, 30, 17),
        ),
        ("Friendship", "Aylin Demir", "Rector of Ankara University", _on(5, 20, 18)),
    ):
        x.add(
            "awards", "aw3", KREMLIN_EN, at,
            f"🏅 Vladimir Putin signed an Executive Order awarding the Order of {order} to {name},"
            f" {title}, for a great contribution to strengthening friendship and cooperation"
            " between peoples.",
        )  # fmt: skip
    for year, theme, at in (
        (2028, "единства народов России", _on(7, 1, 14)),
        (2029, "русского языка", _on(7, 22, 14)),
    ):
        x.add(
            "awards", "aw4", KREMLIN, at,
            f"Владимир Путин подписал Указ о проведении в Российской Федерации в {year} году Года"
            f" {theme}.\n\nПравительству поручено в трёхмесячный срок утвердить план основных"
            " мероприятий.",
        )  # fmt: skip
    for award, name, at in (
        ("Почётную грамоту МИД России", "Послу Республики Индия в Москве В.К.Шарме", _on(6, 9, 16)),
        (
            "нагрудный знак «За вклад в международное сотрудничество»",
            "Послу Республики Индия в Москве В.К.Шарме",
            _on(7, 14, 16),
        ),
        (
            "Почётную грамоту МИД России",
            "Послу Турецкой Республики в Москве Т.Эрдему",
            _on(6, 9, 17),
        ),
    ):
        x.add(
            "awards", "aw5", MFA, at,
            f"🏅 Министр иностранных дел Российской Федерации С.В.Лавров вручил {award} {name} в"
            " связи с завершением его дипломатической миссии в Российской Федерации.",
        )  # fmt: skip


def _exchanges(x: _Set) -> None:
    """Prisoner exchanges one count or one mediator apart; a ceasefire for another time or
    another region; detainees released, digits swapped."""
    for n, mediator, at in (
        (84, "оказали Объединённые Арабские Эмираты", _on(4, 17, 14)),
        (90, "оказали Объединённые Арабские Эмираты", _on(5, 6, 13)),
        (84, "оказало Государство Катар", _on(5, 24, 15)),
        (103, "оказали Объединённые Арабские Эмираты", _on(6, 19, 14)),
    ):
        x.add(
            "exchanges", "ex1", MINOBR, at,
            f"🔹 В результате переговорного процесса с украинской стороны возвращены {n} российских"
            " военнослужащих, находившихся на подконтрольной киевскому режиму территории. Взамен"
            f" переданы {n} военнопленных ВСУ.\n\nВ настоящее время российские военнослужащие"
            " находятся на территории Республики Беларусь, где им оказывается необходимая"
            " психологическая и медицинская помощь.\n\nПосреднические усилия в возвращении"
            f" российских военнослужащих из плена {mediator}.",
            movable=True,
        )  # fmt: skip
    for n, at in ((84, _on(4, 17, 14, 20)), (90, _on(5, 6, 13, 20)), (103, _on(6, 19, 14, 20))):
        x.add(
            "exchanges", "ex2", AGENCY, at,
            f"Россия и Украина провели обмен военнопленными по формуле «{n} на {n}», сообщили в"
            " Минобороны",
            lasting=False,
        )  # fmt: skip
    for n, mediator, at in (
        (84, "the United Arab Emirates", _on(4, 17, 15)),
        (90, "the United Arab Emirates", _on(5, 6, 14)),
        (84, "Qatar", _on(5, 24, 16)),
    ):
        x.add(
            "exchanges", "ex3", WIRE, at,
            f"Russia and Ukraine each released {n} prisoners of war in an exchange mediated by"
            f" {mediator}, the Russian Defence Ministry said.",
        )  # fmt: skip
    for end, at in (("3 мая", _on(4, 30, 17)), ("4 мая", _on(5, 1, 12))):
        x.add(
            "exchanges", "ex4", KREMLIN, at,
            "По решению Верховного Главнокомандующего Вооружённых Сил Российской Федерации"
            f" В.В.Путина с 18:00 мск 1 мая до 00:00 мск {end} объявляется пасхальное"
            " перемирие.\n\nНа этот период все боевые действия прекращаются.",
            lasting=False,
        )  # fmt: skip
    for region, hour, at in (
        ("South Kordofan", "06:00", _on(5, 3, 11)),
        ("South Kordofan", "18:00", _on(5, 3, 21)),
        ("North Darfur", "06:00", _on(5, 17, 11)),
    ):
        x.add(
            "exchanges", "ex5", UN_EN, at,
            f"The Secretary-General welcomes the humanitarian ceasefire in {region}, Sudan, which"
            f" entered into force at {hour} local time today.\n\nHe calls on the parties to respect"
            " it fully and to allow the rapid and unimpeded delivery of humanitarian assistance to"
            " civilians in need.",
            lasting=False,
        )  # fmt: skip
    for n, at in ((246, _on(4, 23, 19)), (264, _on(5, 30, 19))):
        x.add(
            "exchanges", "ex6", UN_EN, at,
            f"The Secretary-General welcomes the release of {n} detainees by the parties in Yemen,"
            " facilitated by the International Committee of the Red Cross, and encourages further"
            " releases.",
        )  # fmt: skip


def _convoys(x: _Set) -> None:
    """Humanitarian deliveries to another city with another tonnage (or truck count)."""
    for city, t, at in (
        ("Бейрут", 36, _on(4, 14, 12)),
        ("Бейрут", 42, _on(4, 28, 12)),
        ("Дамаск", 36, _on(4, 15, 11)),
        ("Латакию", 42, _on(5, 19, 12)),
    ):
        x.add(
            "convoys", "cv1", MCHS, at,
            f"✈️ Самолёт МЧС России доставил в {city} {t} {_tonnes(t)} гуманитарной помощи.\n\nВ"
            " составе груза — продуктовые наборы, палатки, одеяла и медикаменты.\n\nПомощь передана"
            " представителям местных властей для распределения среди пострадавшего населения.",
            movable=True,
        )  # fmt: skip
    for city, cars, t, at in (
        ("Орск", 12, 60, _on(4, 10, 15)),
        ("Орск", 12, 75, _on(4, 13, 14)),
        ("Новотроицк", 8, 40, _on(4, 11, 13)),
        ("Кувандык", 12, 60, _on(4, 12, 16)),
    ):
        x.add(
            "convoys", "cv2", REG_ORB, at,
            f"🚛 Из Оренбурга в {city} отправлен гуманитарный конвой — {cars} автомобилей, более {t}"
            " тонн питьевой воды, продуктов питания и средств гигиены для жителей, пострадавших от"
            " паводка.",
        )  # fmt: skip
    for trucks, t, city, people, at in (
        (14, 210, "Idlib", "45,000", _on(5, 5, 14)),
        (14, 120, "Idlib", "45,000", _on(5, 12, 14)),
        (9, 135, "Al-Bab", "18,000", _on(5, 6, 15)),
        (14, 210, "Azaz", "32,000", _on(5, 20, 14)),
    ):
        x.add(
            "convoys", "cv3", OCHA, at,
            f"🚚 A {trucks}-truck inter-agency convoy delivered {t} tonnes of food, medical supplies"
            f" and shelter items to {city}, where some {people} people are in need of assistance.",
        )  # fmt: skip
    for city, t, at in (
        ("Аданы", 40, _on(6, 7, 12)),
        ("Газиантепа", 40, _on(6, 7, 15)),
        ("Аданы", 35, _on(6, 9, 12)),
    ):
        x.add(
            "convoys", "cv4", EMB_TR, at,
            f"🇷🇺🇹🇷 В аэропорт {city} прибыл самолёт МЧС России с {t} тоннами гуманитарного груза для"
            " пострадавших от землетрясения. Груз передан турецкому агентству по ликвидации"
            " последствий стихийных бедствий AFAD.",
        )  # fmt: skip
    for t, city, at in (
        (36, "Beirut", _on(4, 14, 13)),
        (36, "Damascus", _on(4, 15, 12)),
        (42, "Beirut", _on(4, 28, 13)),
    ):
        x.add(
            "convoys", "cv5", WIRE2, at,
            f"Russian plane delivers {t} tonnes of aid to {city}",
            lasting=False,
        )  # fmt: skip


def _summaries(x: _Set) -> None:
    """Daily summaries with one figure changed from the day before."""
    seq = [
        (356, 29, 418, 47, 6),
        (356, 29, 432, 47, 6),
        (356, 29, 432, 47, 9),
        (341, 29, 432, 47, 9),
    ]
    for k, (fires, saved, roads, saved2, water) in enumerate(seq):
        x.add(
            "summaries", "sm1", MCHS, _on(4, 15 + k, 8, 30),
            "**Оперативная обстановка за прошедшие сутки**\n\n🔥 Ликвидировано"
            f" {fires} техногенных пожаров, спасено {saved} {_people(saved)}.\n🚗 Проведено {roads}"
            f" выездов на ДТП, спасено {saved2} {_people(saved2)}.\n🌊 На водных объектах спасено"
            f" {water} {_people(water)}.",
            lasting=False,
            movable=True,
        )  # fmt: skip
    seq2 = [
        ("1 247", "3 118", 23, 2903, 811, 948),
        ("1 247", "3 118", 23, 2903, 811, 962),
        ("1 312", "3 118", 23, 2903, 811, 962),
        ("1 312", "3 118", 23, 3140, 811, 962),
    ]
    for k, (houses, plots, places, evac, kids, level) in enumerate(seq2):
        e = f"{evac // 1000} {evac % 1000:03d}"
        x.add(
            "summaries", "sm2", REG_ORB, _on(4, 11 + k, 8, 20),
            "💧 Паводковая обстановка в Оренбургской области на 08:00\n\nВ зоне подтопления"
            f" остаются {houses} жилых домов и {plots} приусадебных участков в {places} населённых"
            f" пунктах. Эвакуированы {e} {_people(evac)}, в том числе {kids} детей.\n\nУровень воды в"
            f" реке Урал у Орска — {level} см (критическая отметка — 930 см).",
            lasting=False,
            movable=True,
        )  # fmt: skip
    for k, (displaced, homes, reached) in enumerate(
        [("12,400", "2,150", "6,800"), ("12,400", "2,390", "6,800"), ("12,400", "2,390", "8,100")]
    ):
        x.add(
            "summaries", "sm3", OCHA, _on(5, 9 + k, 10),
            f"🌊 Kenya Flash Update: As of this morning, {displaced} people have been displaced and"
            f" {homes} homes damaged by flooding in Tana River County. Humanitarian partners have"
            f" reached {reached} people with food, water and shelter assistance.",
            lasting=False,
        )  # fmt: skip


def _consular(x: _Set) -> None:
    """Consular warnings for another country, city or state."""
    for country, site, at in (
        ("в Таиланде", "thailand.mid.ru", _on(5, 4, 11)),
        ("во Вьетнаме", "vietnam.mid.ru", _on(5, 4, 13)),
        ("в Шри-Ланке", "srilanka.mid.ru", _on(5, 11, 11)),
        ("в Индонезии", "indonesia.mid.ru", _on(6, 15, 11)),
    ):
        x.add(
            "consular", "cs1", CONSUL, at,
            f"⚠️ В связи с ростом заболеваемости лихорадкой денге {country} рекомендуем российским"
            " туристам пользоваться репеллентами, носить закрытую одежду в вечернее время и при"
            " первых признаках заболевания обращаться к врачу.\n\nКонтакты Посольства России —"
            f" на сайте {site}.",
        )  # fmt: skip
    for d, country, at in (
        ("1 мая", "в Таиланд", _on(4, 22, 12)),
        ("1 мая", "во Вьетнам", _on(4, 23, 12)),
        ("1 июня", "в Таиланд", _on(5, 20, 12)),
    ):
        x.add(
            "consular", "cs2", CONSUL, at,
            f"📌 Напоминаем: с {d} гражданам России для въезда {country} необходимо заранее"
            " заполнить электронную миграционную карту на официальном портале. Бумажные карты"
            " больше не выдаются.",
            lasting=False,
        )  # fmt: skip
    for city, at in (
        ("Анталье", _on(6, 3, 12)),
        ("Аланье", _on(6, 10, 12)),
        ("Бодруме", _on(7, 1, 12)),
    ):
        x.add(
            "consular", "cs3", EMB_TR, at,
            "⚠️ Посольство России в Турции предупреждает о случаях мошенничества при аренде"
            f" автомобилей в {city}.\n\nРекомендуем пользоваться услугами только крупных прокатных"
            " компаний и фотографировать автомобиль при получении.",
        )  # fmt: skip
    for country, reason, at in (
        ("Haiti", "the deteriorating security situation", _on(5, 7, 14)),
        ("Mali", "the deteriorating security situation", _on(5, 21, 14)),
        ("Haiti", "the cholera outbreak", _on(6, 17, 14)),
    ):
        x.add(
            "consular", "cs4", MFA_EN, at,
            "⚠️ The Russian Foreign Ministry recommends that Russian citizens refrain from"
            f" non-essential travel to {country} due to {reason}.",
        )  # fmt: skip
    for state, at in (
        ("Sikkim", _on(5, 13, 11)),
        ("Arunachal Pradesh", _on(5, 20, 11)),
        ("Nagaland", _on(6, 10, 11)),
    ):
        x.add(
            "consular", "cs5", EMB_IN, at,
            f"🛂 Russian citizens travelling to {state} are reminded that a Protected Area Permit is"
            " required to visit the state. Permits can be obtained online or at the point of"
            " entry.",
        )  # fmt: skip


def _schedules(x: _Set) -> None:
    """A meeting moved to another day, hour or counterpart."""
    for gen, name, d2, side, at in (
        ("Египта", "Б.Абдельатти", "14 мая", "египетской", _on(5, 10, 16)),
        ("Египта", "Б.Абдельатти", "17 мая", "египетской", _on(5, 11, 12)),
        ("Иордании", "А.Сафади", "14 мая", "иорданской", _on(5, 10, 17)),
    ):
        x.add(
            "schedules", "sc1", MFA, at,
            f"🗓 Переговоры С.В.Лаврова с Министром иностранных дел {gen} {name}, ранее"
            f" запланированные на 13 мая, переносятся на {d2} по просьбе {side} стороны.",
            lasting=False,
        )  # fmt: skip
    for d1, d2, at in (
        ("среды, 12 мая", "четверг, 13 мая", _on(5, 10, 18)),
        ("среды, 12 мая", "пятницу, 14 мая", _on(5, 11, 18)),
        ("среды, 19 мая", "четверг, 20 мая", _on(5, 17, 18)),
    ):
        x.add(
            "schedules", "sc2", GOV, at,
            f"Заседание Правительства Российской Федерации переносится со {d1}, на {d2}.",
            lasting=False,
        )  # fmt: skip
    for topic, d2, hour, at in (
        ("Yemen", "Wednesday, 19 May", "10 a.m.", _on(5, 17, 22)),
        ("Yemen", "Thursday, 20 May", "10 a.m.", _on(5, 18, 20)),
        ("Libya", "Wednesday, 19 May", "10 a.m.", _on(5, 17, 23)),
        ("Yemen", "Wednesday, 19 May", "3 p.m.", _on(5, 18, 23)),
    ):
        x.add(
            "schedules", "sc3", UN_EN, at,
            f"📌 Programme change: the Security Council's briefing on {topic}, originally scheduled"
            f" for Tuesday, 18 May, will now take place on {d2}, at {hour}, in the Security Council"
            " Chamber.",
            lasting=False,
        )  # fmt: skip
    for day, at in (
        ("четверг", _on(5, 24, 13)),
        ("пятницу", _on(5, 25, 12)),
        ("следующую неделю", _on(6, 1, 13)),
    ):
        x.add(
            "schedules", "sc4", KREMLIN, at,
            f"«Совещание Владимира Путина с членами Правительства перенесено на {day}», — сообщил"
            " журналистам Дмитрий Песков.",
            lasting=False,
        )  # fmt: skip
    for day, at in (("Monday", _on(6, 4, 14)), ("Tuesday", _on(6, 11, 14))):
        x.add(
            "schedules", "sc5", KREMLIN_EN, at,
            "“The meeting of the Security Council of the Russian Federation scheduled for Friday has"
            f" been moved to {day},” Kremlin spokesman Dmitry Peskov told reporters.",
            lasting=False,
        )  # fmt: skip


def _harvest(x: _Set) -> None:
    """Harvest and production figures for another crop, region, product or date."""
    for d, crop, t, area, yld, at in (
        ("1 августа", "пшеницы", "38,2", "9,1", "42,0", _on(8, 2, 11)),
        ("1 августа", "ячменя", "11,6", "3,4", "34,1", _on(8, 2, 12)),
        ("8 августа", "пшеницы", "44,7", "10,6", "42,2", _on(8, 9, 11)),
        ("1 августа", "гороха", "1,9", "0,8", "23,8", _on(8, 2, 13)),
    ):
        x.add(
            "harvest", "hv1", MINAGRO, at,
            f"🌾 Уборочная кампания. По оперативным данным органов управления АПК субъектов, на {d}"
            f" намолочено {t} млн тонн {crop} с площади {area} млн га, средняя урожайность —"
            f" {yld} ц/га.",
        )  # fmt: skip
    for region, t, at in (
        ("Ставропольском крае", 5, _on(7, 21, 10)),
        ("Ростовской области", 5, _on(7, 23, 10)),
        ("Краснодарском крае", 7, _on(7, 22, 11)),
    ):
        x.add(
            "harvest", "hv2", AGENCY2, at,
            f"В {region} намолочено более {t} млн тонн зерна нового урожая",
            lasting=False,
        )  # fmt: skip
    for crop, t, d, yld, at in (
        ("wheat", "38.2", "Aug. 1", "4.2", _on(8, 2, 15)),
        ("barley", "11.6", "Aug. 1", "3.4", _on(8, 2, 16)),
        ("wheat", "44.7", "Aug. 8", "4.2", _on(8, 9, 15)),
    ):
        x.add(
            "harvest", "hv3", WIRE, at,
            f"Russia's {crop} harvest reached {t} million tonnes as of {d}, with an average yield of"
            f" {yld} tonnes per hectare, the agriculture ministry said.",
        )  # fmt: skip
    for product, pct, at in (
        ("сливочного масла", "4,2", _on(7, 28, 14)),
        ("сыров", "4,2", _on(7, 28, 16)),
        ("сливочного масла", "2,4", _on(8, 4, 14)),
    ):
        x.add(
            "harvest", "hv4", GOV, at,
            f"📈 «В первом полугодии производство {product} в России выросло на {pct}% по сравнению с"
            " аналогичным периодом прошлого года», — сообщил вице-премьер на заседании Правительства.",
        )  # fmt: skip
    for t, crop, share, yld, at in (
        ("812", "пшеницы", 46, "19,4", _on(8, 30, 12)),
        ("128", "гороха", 61, "17,8", _on(8, 30, 15)),
        ("904", "пшеницы", 52, "19,4", _on(9, 2, 12)),
    ):
        x.add(
            "harvest", "hv5", REG_KGN, at,
            f"🌻 Аграрии Курганской области намолотили {t} тыс. тонн {crop}. Убрано {share}%"
            f" посевных площадей, средняя урожайность — {yld} ц/га.",
        )  # fmt: skip


def _units(x: _Set) -> None:
    """A figure kept and its unit changed (another quantity: another statement)."""
    for unit, at in (("сантиметра", _on(4, 12, 21)), ("миллиметра", _on(4, 15, 21))):
        x.add(
            "units", "unit1", REG_ORB, at,
            f"📏 Уровень воды в реке Урал у Орска за сутки поднялся на 74 {unit} и составил 948"
            " сантиметров.",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("м/с", _on(4, 29, 14)), ("км/ч", _on(4, 29, 17))):
        x.add(
            "units", "unit2", AGENCY, at,
            f"Порывы ветра в Новороссийске достигли рекордных 40 {unit}, сообщили синоптики",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("minutes", _on(6, 21, 10)), ("hours", _on(7, 5, 10))):
        x.add(
            "units", "unit3", WIRE, at,
            f"Flights at Moscow's Sheremetyevo airport were delayed by up to 40 {unit} after a"
            " baggage system failure, the airport said.",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("barrels", _on(5, 18, 12)), ("tonnes", _on(5, 25, 12))):
        x.add(
            "units", "unit4", WIRE2, at,
            f"Russia's seaborne crude exports rose to a record 3.9 million {unit} per day last week,"
            " tanker-tracking data showed.",
        )  # fmt: skip
    for unit, at in (("млн тонн", _on(6, 8, 12)), ("млрд кубометров", _on(6, 9, 12))):
        x.add(
            "units", "unit5", AGENCY2, at,
            "Поставки российского сжиженного природного газа в Китай в мае достигли рекордных 1,9"
            f" {unit}, следует из данных отраслевых аналитиков",
        )  # fmt: skip


def _negations(x: _Set) -> None:
    """Longer statements that differ in a "не" / "not" inserted, either first, days apart."""
    pairs: list[tuple[str, SourceRef, str, str, datetime, datetime]] = [
        (
            "neg1",
            MFA,
            "Российская сторона, как уже неоднократно подчёркивалось на самом высоком уровне,{} рассматривает возможность возобновления консультаций по вопросам стратегической стабильности до конца текущего года.",
            " не|",
            _on(4, 16, 15),
            _on(4, 29, 15),
        ),
        (
            "neg2",
            GOV,
            "Правительство{} планирует в текущем году вводить дополнительные ограничения на экспорт зерна и продуктов его переработки, сообщил журналистам вице-премьер, курирующий агропромышленный комплекс.",
            " не|",
            _on(7, 7, 13),
            _on(7, 20, 12),
        ),
        (
            "neg3",
            KREMLIN_EN,
            "The President's schedule for the coming week does{} include a meeting with the heads of the State Duma factions, contrary to what several media outlets had reported, the Kremlin said on Tuesday.",
            " not|",
            _on(5, 11, 13),
            _on(6, 15, 13),
        ),
        (
            "neg4",
            MFA_EN,
            "Russia has{} received through diplomatic channels an official notification from the Norwegian side on the suspension of the 1975 fisheries agreement, Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Thursday.",
            " not|",
            _on(5, 13, 14),
            _on(6, 3, 14),
        ),
        (
            "neg5",
            CEC,
            "Избирательная комиссия Оренбургской области, рассмотрев жалобу кандидата, пришла к выводу, что выявленные на участке № 1412 нарушения{} могли повлиять на результаты голосования.",
            " не|",
            _on(6, 17, 16),
            _on(6, 24, 16),
        ),
        (
            "neg6",
            ROSAVIA,
            "Росавиация сообщает, что введённые ограничения{} затрагивают рейсы, выполняемые по международным направлениям из аэропортов Калуги, Тамбова и Ярославля, в том числе чартерные программы туроператоров.",
            " не|",
            _on(5, 3, 12),
            _on(5, 19, 12),
        ),
        (
            "neg7",
            UN_EN,
            "The Spokesperson said the United Nations is{} in a position to independently verify the reports of civilian casualties in the area, adding that the humanitarian team on the ground continues to monitor the situation.",
            " not|",
            _on(5, 4, 19),
            _on(5, 12, 19),
        ),
    ]
    for group, source, template, words, first, second in pairs:
        one, other = words.split("|")
        if x.rng.random() < 0.5:
            one, other = other, one
        for word, at in ((one, first), (other, second)):
            x.add("negations", group, source, at, template.format(word))


def _denials(x: _Set) -> None:
    """A report and its denial, the denial repeating the report's words."""
    pairs: list[tuple[str, SourceRef, str, SourceRef, str, datetime, bool]] = [
        (
            "den1",
            AGENCY,
            "Аэропорт Сочи закрыт для приёма и выпуска самолётов до утра, сообщил источник",
            ROSAVIA,
            "Информация о закрытии аэропорта Сочи до утра не соответствует действительности. Аэропорт принимает и выпускает самолёты в штатном режиме.",
            _on(5, 22, 20),
            False,
        ),
        (
            "den2",
            WIRE,
            "Putin to visit India in June, sources say",
            KREMLIN_EN,
            "Reports of a visit by Vladimir Putin to India in June are untrue; no such visit is being prepared, Kremlin spokesman Dmitry Peskov said.",
            _on(5, 15, 10),
            False,
        ),
        (
            "den3",
            AGENCY2,
            "Власти Оренбургской области объявят массовую эвакуацию жителей Орска, утверждают источники",
            REG_ORB,
            "❗️ Информация о массовой эвакуации жителей Орска не соответствует действительности. Эвакуация проводится только из зоны подтопления, по утверждённому оперативным штабом списку улиц.",
            _on(4, 12, 19),
            False,
        ),
        (
            "den4",
            REP2,
            "ЦИК аннулировал итоги голосования на участке № 1412 в Орске",
            CEC,
            "ЦИК России не принимал решения об аннулировании итогов голосования на участке № 1412 в Орске. Жалоба кандидата рассматривается избирательной комиссией Оренбургской области.",
            _on(6, 15, 12),
            True,
        ),
        (
            "den5",
            WIRE2,
            "Air India to suspend Delhi–Moscow flights from June 1, sources say",
            EMB_IN,
            "Reports that Air India will suspend its Delhi–Moscow flights from June 1 are not true. The airline has informed the Embassy that the flights will operate as scheduled.",
            _on(5, 24, 11),
            True,
        ),
    ]
    for group, src, report, dsrc, denial, at, lasting in pairs:
        x.add("denials", group, src, at, report, lasting=lasting, sig="")
        x.add(
            "denials",
            group,
            dsrc,
            at + timedelta(minutes=x.rng.randint(70, 300)),
            denial,
            lasting=lasting,
        )


def _lists(x: _Set) -> None:
    """Lists with one item added or one removed."""
    airports = ["Калуга (Грабцево)", "Тамбов (Донское)", "Ярославль (Туношна)"]
    for items, at in (
        (airports, _on(5, 3, 4)),
        ([*airports, "Нижний Новгород (Стригино)"], _on(5, 7, 1)),
        ([airports[0], airports[2]], _on(5, 7, 9)),
    ):
        x.add(
            "lists", "ls1", ROSAVIA, at,
            "✈️ Временные ограничения на приём и выпуск воздушных судов действуют в аэропортах:\n\n"
            + "\n".join(f"— {a}" for a in items)
            + "\n\nИнформацию о рейсах уточняйте в авиакомпаниях.",
            lasting=False,
        )  # fmt: skip
    towns = ["Орск", "Новотроицк", "Кувандык", "Ясный"]
    for items, at in (
        (towns, _on(4, 10, 21)),
        ([*towns, "Гай"], _on(4, 11, 21)),
        (towns[:3], _on(4, 16, 21)),
    ):
        x.add(
            "lists", "ls2", REG_ORB, at,
            "🌊 По данным оперативного штаба, в зоне подтопления находятся населённые пункты:\n\n"
            + "\n".join(f"— {t}" for t in items)
            + "\n\nРаботы по откачке воды продолжаются.",
            lasting=False,
        )  # fmt: skip
    for items, at in (
        ("food, drinking water, medicines and tarpaulins", _on(5, 5, 16)),
        ("food, drinking water, medicines, hygiene kits and tarpaulins", _on(5, 12, 16)),
        ("food, drinking water, medicines, blankets and tarpaulins", _on(5, 20, 16)),
    ):
        x.add(
            "lists", "ls3", OCHA, at,
            f"The convoy carried {items} for families displaced by the fighting in the"
            " north-west.",
        )  # fmt: skip
    cands = [
        "Воронин Сергей Николаевич",
        "Гладких Ирина Викторовна",
        "Исаев Роман Олегович",
        "Шубин Константин Андреевич",
    ]
    for items, at in (
        (cands, _on(5, 14, 15)),
        ([*cands, "Ярцев Виктор Павлович"], _on(5, 21, 15)),
        ([cands[0], cands[1], cands[3]], _on(6, 4, 15)),
    ):
        x.add(
            "lists", "ls4", CEC, at,
            "🗳 Для участия в дополнительных выборах депутата Государственной Думы по Оренбургскому"
            " одномандатному избирательному округу № 142 зарегистрированы кандидаты:\n\n"
            + "\n".join(f"{k}. {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip
    for items, at in (
        ("Yemen, Libya and Sudan", _on(5, 10, 12)),
        ("Yemen, Libya, Sudan and Haiti", _on(5, 10, 18)),
        ("Yemen and Sudan", _on(5, 24, 12)),
    ):
        x.add(
            "lists", "ls5", UN_EN, at,
            f"This week, the Security Council is scheduled to hold consultations on {items}.",
            lasting=False,
        )  # fmt: skip
    for items, at in (
        ("Калуги, Тамбова и Ярославля", _on(5, 3, 5)),
        ("Калуги и Ярославля", _on(5, 7, 10)),
        ("Калуги, Тамбова, Ярославля и Саратова", _on(5, 18, 2)),
    ):
        x.add(
            "lists", "ls6", AGENCY, at,
            f"Аэропорты {items} временно приостановили работу",
            lasting=False,
        )  # fmt: skip


def _calls(x: _Set) -> None:
    """A call for X against a call against X, either first."""
    pairs: list[tuple[str, SourceRef, str, str, datetime, datetime]] = [
        (
            "call1",
            MFA,
            "Призываем членов Совета Безопасности ООН голосовать {} резолюции о продлении санкционного режима в отношении Южного Судана.",
            "за проект|против проекта",
            _on(5, 26, 12),
            _on(6, 2, 12),
        ),
        (
            "call2",
            REG_ORB,
            "❗️ Жителей улиц Набережная, Заречная и Островная в Орске призываем {} свои дома и следовать указаниям спасателей.",
            "покинуть|не покидать",
            _on(4, 11, 22),
            _on(4, 13, 7),
        ),
        (
            "call3",
            WIRE,
            "Authorities in the Russian city of Orsk urged residents of three riverside streets {} their homes, the regional government said.",
            "to leave|not to leave",
            _on(4, 11, 23),
            _on(4, 13, 8),
        ),
        (
            "call4",
            AGENCY2,
            "Минфин выступил {} программы льготной ипотеки после 1 июля, сообщил журналистам замминистра финансов",
            "за продление|против продления",
            _on(6, 2, 11),
            _on(6, 16, 11),
        ),
        (
            "call5",
            MFA_EN,
            "Russia calls on the members of the Security Council {} the draft resolution on extending the mandate of the UN Support Mission in Libya.",
            "to support|to reject",
            _on(5, 27, 15),
            _on(6, 3, 15),
        ),
    ]
    for group, source, template, words, first, second in pairs:
        one, other = words.split("|")
        if x.rng.random() < 0.5:
            one, other = other, one
        for word, at in ((one, first), (other, second)):
            x.add("calls", group, source, at, template.format(word), lasting=False)


FAMILIES: list[Callable[[_Set], None]] = [
    _floods, _markets, _flights, _elections, _appointments, _awards, _exchanges, _convoys,
    _summaries, _consular, _schedules, _harvest, _units, _negations, _denials, _lists, _calls,
]  # fmt: skip

# -- slots: what tells a statement from its siblings ------------------------------------------

_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    """The text as the checks read it: tags and Markdown marks out, entities read, lower
    case, "ё" as "е"."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text.replace("_", " ").replace("*", "").lower().replace("ё", "е")


def _words(text: str) -> list[str]:
    return _WORD.findall(_norm(text))


def _key(word: str) -> str:
    """A word's stem for the checks: its first five letters (numbers and short words whole)."""
    return word if word.isdigit() or len(word) < 4 else word[:5]


@dataclass
class _Slots:
    own: set[str]  # its words a sibling lacks: every copy keeps them
    foreign: set[str]  # stems of siblings' words it lacks: no copy adds one
    counts: Counter[str]  # stems of its own words (body and signature), counted
    protected: set[int]  # word positions of the body no typo or synonym touches
    last: int  # the last word position a truncation must keep (len: none may be cut)
    spans: list[tuple[int, int]]  # each word's place in the body


def _slots(st: _Story, siblings: list[_Story]) -> _Slots:
    words = _words(st.body)
    spans = [m.span() for m in _WORD.finditer(st.body)]
    assert len(spans) == len(words), st.sid
    own: set[str] = set()
    foreign: set[str] = set()
    protected: set[int] = set()
    last = -1
    for other in siblings:
        theirs = _words(other.body)
        ops = difflib.SequenceMatcher(None, words, theirs, autojunk=False).get_opcodes()
        assert any(tag != "equal" for tag, *_ in ops), (st.sid, other.sid)
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                continue
            own.update(words[i1:i2])
            foreign.update(_key(w) for w in theirs[j1:j2])
            protected.update(range(i1 - 1, i2 + 1))
            last = max(last, i2 - 1 if i2 > i1 else i1)
    counts = Counter(_key(w) for w in words + _words(st.sig))
    foreign = {k for k in foreign if k not in {_key(w) for w in own}}
    return _Slots(own, foreign, counts, protected, last, spans)


def _valid(slots: _Slots, text: str) -> bool:
    """A copy keeps every word of its own slots and adds no stem of a sibling's."""
    words = _words(text)
    if not slots.own <= set(words):
        return False
    counts = Counter(_key(w) for w in words)
    return all(counts[k] <= slots.counts[k] for k in slots.foreign)


# -- copies ------------------------------------------------------------------------------------

SIGNOFFS = {
    REP1.key: "📍 Новости регионов 24 — подписаться: t.me/novosti_regionov24",
    REP2.key: "Официально | Лента → @oficialno_lenta",
    REP3.key: "⚡️ Главное сегодня | t.me/glavnoe_segodnya",
    REP4.key: "Подписывайтесь на «Вестник госорганов» 👉 @vestnik_gosorganov",
    REP_EN.key: "— Eurasia Brief | Subscribe: t.me/eurasiabrief",
    REP_EN2.key: "📰 The Official Line · @theofficialline",
    REP_EN3.key: "Subscribe to Russia Watch Daily 👉 t.me/russiawatchdaily",
    AGGR.key: "🗞 Неделя в новостях — @nedelya_v_novostyakh",
    AGGR_EN.key: "Week in Review · subscribe: @weekinreview_tg",
}
HASHTAGS_RU = ["#новости #Россия", "#главное", "#важное #официально", "#лента #новости_дня"]
HASHTAGS_EN = ["#news #Russia", "#WorldNews", "#breaking #news", "#Eurasia #politics"]
EMOJI_RU = ["🔥 ", "📌 ", "‼️ ", "👉 ", "🇷🇺 ", "❗️ "]
EMOJI_EN = ["🔥 ", "📌 ", "👉 ", "🌍 ", "❗️ "]
BREAKING_RU = ["СРОЧНО: ", "⚡️СРОЧНО | ", "❗️СРОЧНО\n\n", "🔴 СРОЧНО. ", "СРОЧНО — "]
BREAKING_EN = ["BREAKING: ", "⚡️ BREAKING — ", "🚨 BREAKING\n\n", "BREAKING | "]
MORE_RU = [
    "…\n\nЧитать далее →",
    "… Читать далее",
    "…\n\n👉 Читать далее: {link}",
    "…\n\nЧитать полностью",
]
MORE_EN = ["…\n\nRead more →", "… Read more", "…\n\nRead more: {link}", "… (read more)"]
CREDITS_RU = [
    "\n\n📷 Фото: © {site}",
    "\n\nФото: пресс-служба, {site}",
    "\n\n📸 Фото с сайта {site}",
]
CREDITS_EN = [
    "\n\n📷 Photo: © {site}",
    "\n\nPhoto credit: {site}",
    "\n\n📸 Photo: press service / {site}",
]
CREDIT_LINES = {
    AGENCY.key: "© ИА «Горизонт», при цитировании ссылка обязательна",
    AGENCY2.key: "Агентство «Ракурс» | rakurs-news.example.ru",
    WIRE.key: "(Reporting by Harbour Wire's Moscow bureau; editing by Clare Dunmore)",
    WIRE2.key: "(Compiled by Continental Press Wire staff)",
}
WEEK_HEADS = {AGGR.key: "🗞 Неделя в новостях\n\n", AGGR_EN.key: "🗞 The week in review\n\n"}
# a reposter's rubric over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "floods": (["🌊 Паводок", "Паводок: главное", "Погода и ЧС"], ["🌊 Floods", "Flood watch"]),
    "markets": (["📈 Рынки", "Итоги торгов", "Биржа"], ["📈 Markets", "Market wrap"]),
    "flights": (["✈️ Авиация", "Авиасообщение"], ["✈️ Aviation", "Air travel"]),
    "elections": (["🗳 Выборы", "Выборы-2027"], ["🗳 Elections", "Vote count"]),
    "appointments": (["Кадровые решения", "Кадры"], ["Appointments", "Personnel changes"]),
    "awards": (["🏅 Награды", "Государственные награды"], ["🏅 Awards", "State awards"]),
    "exchanges": (["Главное", "⚡️ Главное к этому часу"], ["Top story", "Main news"]),
    "convoys": (["Гуманитарная помощь", "🤝 Гумпомощь"], ["Humanitarian aid", "🤝 Aid"]),
    "summaries": (["Сводка", "Оперативная сводка"], ["Daily brief", "Situation report"]),
    "consular": (["Туристам на заметку", "Консульская информация"], ["Travel", "For travellers"]),
    "schedules": (["Расписание", "Анонс"], ["Schedule", "Diary"]),
    "harvest": (["🌾 АПК", "Уборочная-2027"], ["Agriculture", "🌾 Harvest"]),
    "units": (["Цифра дня", "Главное"], ["Number of the day", "Top story"]),
    "negations": (["Заявление", "Главное"], ["Statement", "Top story"]),
    "denials": (["Главное", "Коротко"], ["In brief", "Top story"]),
    "lists": (["Коротко", "Главное"], ["In brief", "Main news"]),
    "calls": (["Главное", "Заявление"], ["Top story", "Statement"]),
}

# one reporting verb for another that says the same (either way)
SYNONYMS = [
    ("сообщил журналистам", "заявил журналистам"),
    ("сообщил", "заявил"),
    ("сообщили", "рассказали"),
    ("сообщает", "информирует"),
    ("утверждают", "заявляют"),
    ("подчёркивалось", "отмечалось"),
    ("следует из данных", "говорится в данных"),
    ("told reporters", "told journalists"),
    ("said", "stated"),
    ("says", "reports"),
    ("showed", "indicated"),
    ("said at a briefing", "told a briefing"),
]


def _typo_spots(st: _Story, slots: _Slots) -> list[tuple[int, int]]:
    out = []
    for i, (a, b) in enumerate(slots.spans):
        w = st.body[a:b]
        if i not in slots.protected and len(w) >= 7 and w.isalpha() and w.islower():
            out.append((a, b))
    return out


def _typo(rng: random.Random, text: str, spots: list[tuple[int, int]]) -> str:
    a, b = rng.choice(spots)
    w = text[a:b]
    ks = [k for k in range(1, len(w) - 2) if w[k] != w[k + 1]]
    k = rng.choice(ks)
    return text[:a] + w[:k] + w[k + 1] + w[k] + w[k + 2 :] + text[b:]


def _synonym_spots(st: _Story, slots: _Slots) -> list[tuple[int, int, str]]:
    out = []
    for a, b in SYNONYMS:
        for old, new in ((a, b), (b, a)):
            for m in re.finditer(rf"(?<!\w){re.escape(old)}(?!\w)", st.body):
                idx = [i for i, (s, e) in enumerate(slots.spans) if s < m.end() and e > m.start()]
                if not set(idx) & slots.protected:
                    out.append((m.start(), m.end(), new))
    return out


def _cuts(st: _Story, slots: _Slots) -> list[int]:
    n = len(slots.spans)
    if n < 30 or slots.last >= n - 1:
        return []
    low = max(slots.last + 2, (n * 2) // 5)
    return list(range(low, (n * 17) // 20 + 1))


def _first_sentence(text: str, limit: int) -> str:
    line = text.strip().split("\n")[0]
    m = re.match(r"(.+?[.!?»”])(\s|$)", line)
    s = m.group(1) if m else line
    if len(s) > limit:
        s = s[:limit].rsplit(" ", 1)[0] + "…"
    return s


def _strip_emoji(body: str) -> str:
    return re.sub(r"^[^\w«“\"(]+", "", body)


@dataclass
class _Draft:
    body: str
    tail: list[str]
    at: datetime
    head: str = ""
    prefix: str = ""
    post: list[Callable[[str], str]] = field(default_factory=list)
    source: SourceRef | None = None

    def render(self) -> str:
        text = self.head + self.prefix + self.body + "".join(self.tail)
        for f in self.post:
            text = f(text)
        return text


def _whitespace(rng: random.Random, text: str) -> str:
    ways: list[Callable[[str], str]] = [
        lambda t: (
            textwrap.fill(
                t, width=rng.randint(58, 74), break_long_words=False, break_on_hyphens=False
            )
            if "\n" not in t
            else "\n\n".join(
                textwrap.fill(
                    p, width=rng.randint(58, 74), break_long_words=False, break_on_hyphens=False
                )
                for p in t.split("\n\n")
            )
        ),
        lambda t: re.sub(r"([.!?»”]) (?=\S)", r"\1  ", t) + "  ",
    ]
    if "\n\n" in text:
        ways.append(lambda t: t.replace("\n\n", "\n"))
    if "\n" in text:
        ways.append(lambda t: re.sub(r"\s*\n+\s*", " ", t))
    if " — " in text:
        ways.append(lambda t: t.replace(" — ", "\u00a0— "))
    return rng.choice(ways)(text)


def _html(text: str) -> str:
    out = []
    for p in text.split("\n\n"):
        e = html.escape(p, quote=True)
        e = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", e, flags=re.S)
        e = e.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;")
        e = e.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\n", "<br>")
        out.append(f"<p>{e}</p>")
    return "".join(out)


def _quotes(rng: random.Random, body: str) -> str:
    if "«" in body:
        a, b = rng.choice([('"', '"'), ("„", "“"), ("“", "”")])
        return body.replace("«", a).replace("»", b)
    if "“" in body:
        return body.replace("“", '"').replace("”", '"')
    return body.replace('"', "«", 1).replace('"', "»", 1)


def _punct(rng: random.Random, body: str) -> str:
    """Another hand's punctuation: hyphens or en dashes for em dashes, the paragraphs' final
    full stops dropped (or one added to a flash), "№142", "47,12 %"."""
    ways: list[Callable[[str], str]] = []
    if " — " in body:
        dash = rng.choice([" - ", " – "])
        ways.append(lambda t: t.replace(" — ", dash))
    if re.search(r"\.(?=\n\n|$)", body):
        ways.append(lambda t: re.sub(r"\.(?=\n\n|$)", "", t))
    elif re.search(r"\w$", body):
        ways.append(lambda t: t + ".")
    if "№ " in body:
        ways.append(lambda t: t.replace("№ ", "№"))
    if re.search(r"\d%", body):
        ways.append(lambda t: re.sub(r"(?<=\d)%", " %", t))
    return rng.choice(ways)(body) if ways else body


def _reordered(rng: random.Random, body: str) -> str:
    """Two lines of a paragraph of lines swapped, or else the last two paragraphs (only in
    statements whose lines or last paragraphs say independent things)."""
    paras = body.split("\n\n")
    multi = [i for i, p in enumerate(paras) if "\n" in p]
    if multi:
        lines = paras[multi[0]].split("\n")
        a, b = rng.sample(range(len(lines)), 2)
        lines[a], lines[b] = lines[b], lines[a]
        paras[multi[0]] = "\n".join(lines)
    elif len(paras) >= 3:
        paras[-1], paras[-2] = paras[-2], paras[-1]
    return "\n\n".join(paras)


class _Maker:
    """Makes one story's copies."""

    def __init__(self, x: _Set, st: _Story, slots: _Slots) -> None:
        self.x, self.st, self.slots, self.rng = x, st, slots, x.rng
        self.sources: set[str] = {st.source.key}
        self.ru = st.lang == "ru"
        self.combo = False

    def pick(self, pool: list[SourceRef]) -> SourceRef:
        fresh = [s for s in pool if s.key not in self.sources]
        return self.rng.choice(fresh or [s for s in pool if s.key != self.st.source.key])

    def reposters(self) -> list[SourceRef]:
        return RU_REPOSTERS if self.ru else EN_REPOSTERS

    def applicable(self, kind: str) -> bool:
        st, slots = self.st, self.slots
        if kind.startswith("combo:"):
            return all(self.applicable(k) for k in kind[6:].split("+"))
        n = len(slots.spans)
        return {
            "hashtags_drop": "#" in st.sig,
            "link_add": bool(st.link),
            "utm": bool(st.link),
            "preview": bool(st.link) and st.source.key in SITES,
            "typo_fixed": bool(_typo_spots(st, slots)) and st.posted_body == st.body,
            "typo_made": bool(_typo_spots(st, slots)),
            "yo": "ё" in st.body,
            "quotes": any(q in st.body for q in '«“"'),
            "synonym": bool(_synonym_spots(st, slots)),
            "truncated": bool(_cuts(st, slots)),
            "days_later": st.lasting and n >= 25,
            "breaking": not st.lasting or n < 40,
            "photo_credit": st.source.key in SITES,
            "markdown": "**" not in st.body,
            "md_strip": "**" in st.body or "](" in st.sig,
            "punct": _punct(random.Random(0), st.body) != st.body,
            "line_order": (st.movable and _reordered(random.Random(0), st.body) != st.body)
            or "#" in st.sig,
            "self_nextday": st.lasting and n >= 25,
        }.get(kind, True)

    def when(self, kind: str) -> datetime:
        rng, at = self.rng, self.st.at
        if "days_later" in kind:
            return at + timedelta(
                days=rng.randint(2, 6), hours=rng.randint(0, 10), minutes=rng.randint(0, 59)
            )
        if len(self.slots.spans) < 16:
            return at + timedelta(minutes=rng.randint(3, 360))
        if self.st.lasting and len(self.slots.spans) >= 25 and rng.random() < 0.12:
            return at + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 12))
        if rng.random() < 0.7:
            return at + timedelta(minutes=rng.randint(4, 180))
        return at + timedelta(minutes=rng.randint(180, 1200))

    def make(self, kind: str) -> tuple[str, SourceRef, datetime]:
        st, rng = self.st, self.rng
        d = _Draft(st.body, [st.sig] if st.sig and rng.random() < 0.5 else [], self.when(kind))
        steps = kind[6:].split("+") if kind.startswith("combo:") else [kind]
        self.combo = len(steps) > 1
        for step in steps:
            getattr(self, "_" + step)(d)
        if d.source is None:
            d.source = self.pick(self.reposters())
        return d.render(), d.source, d.at

    # each step changes the draft the way one kind of copy does

    def _forward(self, d: _Draft) -> None:
        d.body, d.tail = self.st.posted_body, [self.st.sig]

    def _fwd_header(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        t, u = st.source.title, st.source.username
        if self.ru:
            d.head = rng.choice(
                [
                    f"Переслано из {t}\n\n",
                    f"[Переслано из канала «{t}»]\n",
                    f"↪️ Переслано из @{u}\n\n",
                    f"Переслано от: {t} (@{u})\n",
                ]
            )
        else:
            d.head = rng.choice(
                [
                    f"Forwarded from {t}\n\n",
                    f"[Forwarded from {t} (@{u})]\n",
                    f"Forwarded from: {t}\n",
                ]
            )
        if rng.random() < 0.5:
            d.source = DUMP

    def _signoff(self, d: _Draft) -> None:
        d.source = d.source or self.pick(self.reposters())
        d.tail = [*d.tail, "\n\n" + SIGNOFFS[d.source.key]]

    def _hashtags_add(self, d: _Draft) -> None:
        line = self.rng.choice(HASHTAGS_RU if self.ru else HASHTAGS_EN)
        if d.head or self.rng.random() < 0.6:
            d.tail = [*d.tail, "\n\n" + line]
        else:
            d.head = d.head + line + "\n\n"

    def _hashtags_drop(self, d: _Draft) -> None:
        kept = "\n".join(
            line for line in self.st.sig.strip().split("\n") if not line.startswith("#")
        )
        d.tail = ["\n\n" + kept] if kept else []

    def _emoji_add(self, d: _Draft) -> None:
        rng = self.rng
        if rng.random() < 0.6:
            d.prefix = rng.choice(EMOJI_RU if self.ru else EMOJI_EN)
        else:
            first, nl, rest = d.body.partition("\n")
            d.body = first + rng.choice([" 👇", " ❗️", " 🇷🇺", " ✅"]) + nl + rest

    def _link_add(self, d: _Draft) -> None:
        word = self.rng.choice(
            ["Подробнее: ", "🔗 ", "Источник: "] if self.ru else ["Read more: ", "🔗 ", "Source: "]
        )
        d.tail = [t for t in d.tail if self.st.link not in t] + [f"\n\n{word}{self.st.link}"]

    def _utm_link(self) -> str:
        link = self.st.link
        campaign = self.rng.choice(["dipkurier", "wadigest", "morning_brief", "repost"])
        return f"{link}{'&' if '?' in link else '?'}utm_source=telegram&utm_medium=social&utm_campaign={campaign}"

    def _utm(self, d: _Draft) -> None:
        st = self.st
        if st.link in st.sig:
            d.tail = [st.sig.replace(st.link, self._utm_link())]
        else:
            d.tail = [*d.tail, f"\n\n🔗 {self._utm_link()}"]

    def _preview(self, d: _Draft) -> None:
        st = self.st
        site = SITES[st.source.key][0]
        plain = st.body.replace("**", "")
        title = _first_sentence(_strip_emoji(plain), 90)
        desc = _first_sentence(_strip_emoji(plain.split("\n\n")[-1]), 160)
        link = self._utm_link() if self.rng.random() < 0.3 else st.link
        d.tail = [t for t in d.tail if st.link not in t] + [
            f"\n\n{link}\n\n{site}\n{title}\n{desc}"
        ]

    def _typo_fixed(self, d: _Draft) -> None:
        st = self.st
        if st.posted_body == st.body:  # the original goes out with the typo this copy fixes
            st.posted_body = _typo(self.rng, st.body, _typo_spots(st, self.slots))

    def _typo_made(self, d: _Draft) -> None:
        d.body = _typo(self.rng, d.body, _typo_spots(self.st, self.slots))

    def _whitespace(self, d: _Draft) -> None:
        rng = self.rng
        d.post.append(lambda t: _whitespace(rng, t))
        if rng.random() < 0.4:
            d.source = d.source or MIRROR

    def _markdown(self, d: _Draft) -> None:
        rng, st = self.rng, self.st
        first, sep, rest = d.body.partition("\n\n")
        ways = ["all"]
        if sep and len(first) <= 240:
            ways.append("first")
        if re.search(r"«[^»]+»|“[^”]+”", d.body):
            ways.append("quote")
        if st.link:
            ways.append("link")
        way = rng.choice(ways)
        if way == "all":
            d.body = (
                f"**{d.body}**"
                if "\n" not in d.body
                else f"**{first}**{sep}{rest}"
                if sep
                else f"__{d.body}__"
            )
        elif way == "first":
            d.body = f"**{first}**{sep}{rest}"
        elif way == "quote":
            d.body = re.sub(r"(«[^»]+»|“[^”]+”)", r"__\1__", d.body, count=1)
        else:
            label = "Подробнее" if self.ru else "Read more"
            d.tail = [t for t in d.tail if st.link not in t] + [f"\n\n[{label}]({st.link})"]

    def _html(self, d: _Draft) -> None:
        d.post.append(_html)
        d.source = SCRAPER

    def _truncated(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        k = rng.choice(_cuts(st, self.slots))
        end = self.slots.spans[k - 1][1]
        more = rng.choice(MORE_RU if self.ru else MORE_EN)
        if "{link}" in more:
            more = more.format(link=st.link) if st.link else "…"
        d.body = d.body[:end] + more
        d.tail = []
        if rng.random() < 0.4:
            d.source = d.source or MIRROR

    def _breaking(self, d: _Draft) -> None:
        rng = self.rng
        d.prefix = rng.choice(BREAKING_RU if self.ru else BREAKING_EN)
        pool = [AGENCY, AGENCY2, REP3] if self.ru else [WIRE, WIRE2, REP_EN2]
        d.source = d.source or self.pick(pool)

    def _quotes(self, d: _Draft) -> None:
        d.body = _quotes(self.rng, d.body)

    def _yo(self, d: _Draft) -> None:
        d.body = d.body.replace("ё", "е").replace("Ё", "Е")

    def _dateline(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        local = d.at + timedelta(hours=3)
        site = SITES.get(st.source.key)
        agency = self.pick([AGENCY, AGENCY2] if self.ru else [WIRE, WIRE2])
        if self.ru:
            city = site[2] if site else "МОСКВА"
            if agency is AGENCY:
                line = f"{city}, {_ru(local)}. /ИА «Горизонт»/. "
            else:
                line = f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Ракурс». "
        else:
            city = site[3] if site else "MOSCOW"
            line = (
                f"{city}, {_en(local)} (Harbour) - "
                if agency is WIRE
                else f"{city} (CPW), {_en(local)} — "
            )
        d.body = line + _strip_emoji(d.body.replace("**", ""))
        d.tail = [t for t in d.tail if "#" not in t]
        d.source = agency
        if rng.random() < 0.3:
            d.tail = []
        if rng.random() < 0.4:  # the agency's credit under its copy
            d.tail = [*d.tail, "\n\n" + CREDIT_LINES[agency.key]]

    def _photo_credit(self, d: _Draft) -> None:
        site = SITES[self.st.source.key][0]
        line = self.rng.choice(CREDITS_RU if self.ru else CREDITS_EN).format(site=site)
        if self.rng.random() < 0.75:
            d.tail = [*d.tail, line]
        else:
            d.head = d.head + line.strip() + "\n\n"

    def _synonym(self, d: _Draft) -> None:
        a, b, new = self.rng.choice(_synonym_spots(self.st, self.slots))
        d.body = self.st.body[:a] + new + self.st.body[b:]
        if not self.combo and self.rng.random() < 0.5:  # the channel put it out again, reworded
            d.source = self.st.source
            d.at = self.st.at + timedelta(minutes=self.rng.randint(8, 90))
            d.tail = [self.st.sig]

    def _punct(self, d: _Draft) -> None:
        d.body = _punct(self.rng, d.body)

    def _md_strip(self, d: _Draft) -> None:
        st = self.st
        d.body = d.body.replace("**", "")
        if "](" in st.sig:
            d.tail = [t for t in d.tail if t != st.sig] + [st.sig]
        d.tail = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", t) for t in d.tail]

    def _headline(self, d: _Draft) -> None:
        rng = self.rng
        ru, en = HEADLINES[self.st.family]
        line = rng.choice(ru if self.ru else en)
        line = rng.choice([line, f"**{line}**", line.upper()])
        d.head = d.head + line + "\n\n"
        d.source = d.source or self.pick(self.reposters())

    def _line_order(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        moved = _reordered(rng, d.body) if st.movable else d.body
        if moved != d.body and ("#" not in st.sig or rng.random() < 0.7):
            d.body = moved
            return
        lines = st.sig.strip().split("\n")
        tags = [line for line in lines if line.startswith("#")]
        rest = [line for line in lines if not line.startswith("#")]
        d.head = d.head + "\n".join(tags) + "\n\n"
        d.tail = ["\n\n" + "\n".join(rest)] if rest else []

    def _self_nextday(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        d.source = st.source
        d.at = st.at + timedelta(hours=rng.randint(18, 30), minutes=rng.randint(0, 59))

    def _days_later(self, d: _Draft) -> None:
        d.source = self.pick([AGGR] if self.ru else [AGGR_EN])
        if self.rng.random() < 0.5:
            d.head = WEEK_HEADS[d.source.key]
        else:
            d.tail = [*d.tail, "\n\n" + SIGNOFFS[d.source.key]]


KINDS = [
    "forward", "fwd_header", "signoff", "hashtags_add", "hashtags_drop", "emoji_add", "link_add",
    "utm", "preview", "typo_fixed", "typo_made", "whitespace", "punct", "markdown", "md_strip",
    "html", "truncated", "breaking", "quotes", "yo", "dateline", "photo_credit", "synonym",
    "headline", "line_order", "self_nextday", "days_later",
    "combo:fwd_header+hashtags_add", "combo:dateline+photo_credit", "combo:typo_made+signoff",
    "combo:quotes+whitespace", "combo:headline+signoff", "combo:typo_made+md_strip",
    "combo:typo_fixed+breaking", "combo:punct+link_add", "combo:line_order+signoff",
    "combo:synonym+hashtags_add", "combo:truncated+html", "combo:yo+signoff",
    "combo:md_strip+emoji_add", "combo:headline+hashtags_drop",
]  # fmt: skip
COPIES_PER_STORY = [0, 1, 2, 3, 4, 5]
COPIES_WEIGHTS = [3, 10, 22, 31, 22, 12]


def _copies(x: _Set) -> None:
    rng = x.rng
    for st in x.stories:
        slots = _slots(st, [s for s in x.groups[st.group] if s is not st])
        maker = _Maker(x, st, slots)
        wanted = rng.choices(COPIES_PER_STORY, COPIES_WEIGHTS)[0]
        tried: set[str] = set()
        made = 0
        while made < wanted:
            kinds = [k for k in KINDS if k not in tried and maker.applicable(k)]
            if not kinds:
                break
            weights = [1 / (1 + x.used[k]) ** 2 for k in kinds]
            kind = rng.choices(kinds, weights)[0]
            tried.add(kind)
            if "typo_fixed" in kind and made:  # the original's typo must be there for all
                continue
            saved = st.posted_body
            text, source, at = maker.make(kind)
            unchanged = text == st.posted_body + st.sig and kind not in ("forward", "self_nextday")
            if unchanged or not _valid(slots, text):
                st.posted_body = saved
                continue
            made += 1
            x.used[kind] += 1
            maker.sources.add(source.key)
            name = kind.replace("combo:", "combo-").replace("+", "-")
            ext = f"{st.sid}-{made}-{name}"
            st.copies.append(
                (
                    kind,
                    Labelled(
                        Post(source=source, external_id=ext, published_at=at, text=text), st.sid
                    ),
                )
            )


def _check(x: _Set) -> None:
    """Ids unique per source, copies after their original, every copy keeping its slots and
    adding no sibling's, no text in two stories, siblings told apart."""
    seen: set[tuple[str, str]] = set()
    bodies: dict[str, str] = {}
    for st in x.stories:
        slots = _slots(st, [s for s in x.groups[st.group] if s is not st])
        key = " ".join(_words(st.body))
        assert key not in bodies, (st.sid, bodies.get(key))
        bodies[key] = st.sid
        for kind, c in st.copies:
            assert c.post.published_at > st.at, (st.sid, kind)
            assert _valid(slots, c.post.text), (st.sid, kind)
            if not any(k in kind for k in ("truncated", "typo_made", "synonym")):
                words = set(_words(c.post.text))  # the whole statement, as fixed or as posted
                assert set(_words(st.body)) <= words or set(_words(st.posted_body)) <= words, (
                    st.sid,
                    kind,
                )
    texts: dict[str, str] = {}
    for lab in x.out:
        k = (lab.post.source.key, lab.post.external_id)
        assert k not in seen, k
        seen.add(k)
        owner = texts.setdefault(lab.post.text, lab.story)  # no text in two stories
        assert owner == lab.story, (owner, lab.story)


def build(seed: int = 19) -> list[Labelled]:
    """The labelled posts in publication order."""
    rng = random.Random(seed)
    x = _Set(rng)
    for family in FAMILIES:
        family(x)
    _copies(x)
    for st in x.stories:
        x.out.append(
            Labelled(
                Post(
                    source=st.source,
                    external_id=f"{st.sid}-0",
                    published_at=st.at,
                    text=st.posted_body + st.sig,
                ),
                st.sid,
            )
        )
        x.out.extend(c for _, c in st.copies)
    _check(x)
    x.out.sort(key=lambda p: (p.post.published_at, p.post.external_id))
    return x.out
