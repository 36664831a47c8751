# ruff: noqa: E501  (a data module: long template strings read better whole)
"""The twentieth labelled near-duplicate set: templated official statements one slot apart of kinds
the earlier sets had little of (readouts whose list of topics discussed is one topic apart,
entry and visa rules for another category of traveller, sanctions imposed against sanctions
lifted, a summit's dates moved, a figure as a share against the same figure as an absolute
number, the same words attributed to a deputy instead of the minister, rankings with two places
swapped, programmes with one time changed, warnings upgraded from yellow to orange, the same
event or forecast for another year, long quotations one "не" / "not" apart deep inside, a post
and its correction, tallies with a line added, one template for several regions with the region
only in the heading or a hashtag, dates written in words); and copies of many kinds, two at once
among them.

A foreign ministry's Russian and English channels, the Kremlin's Russian and English channels,
the government's, the economy, finance and transport ministries', the emergencies ministry's,
the weather service's, the central bank's Russian and English channels, the statistics
service's, the consular department's, two embassies (China in Russian, the UAE in English), two
regional governors (Belgorod, Kursk), the SCO Secretariat, two Russian agencies and two English
wires, four Russian and three English reposters, a weekly aggregator in each language, an RSS
mirror, a scraper and a text dump of forwards (35 sources). Each *story* is one statement; every
post of a story after its first is a copy the reader must not see twice, and every other story
must be kept.

Distinct statements (each its own story; 251, in 15 families and 92 templates): telephone
conversations and talks whose list of four topics differs in one topic ("ситуацию на Ближнем
Востоке" / "ситуацию в Судане", "в энергетике" / "в транспортной сфере", "the situation in the
Middle East" / "on the Korean Peninsula", "спорта" / "туризма"), or the same list with another
counterpart, in the ministry's, the Kremlin's, the government's and an agency's words, in
Russian and English (20); visa-free entry, visas on arrival, registration and e-visa rules for
another category of traveller ("в туристических целях" / "для участия в деловых переговорах" /
"для посещения родственников", "for tourism" / "on business" / "for medical treatment",
"tourists" / "business travellers" / "tour groups", "с целью трудоустройства" / "на учёбу")
(17); sanctions imposed and lifted on one entity ("imposed" / "lifted", "вводит" / "снимает",
"ввёл санкции против" / "снял санкции с", "eases" / "tightens", "ввело" / "отменило"), or on
another entity (17); summits and meetings on other dates or moved from or to another date
("15–16 июня" / "22–23 июня", "postponed to June 3" / "June 10", "с 28–29 октября" / "с 21–22
октября"), or in another city (17); a figure as a share against the same figure as an absolute
number ("12%" / "12 млрд долларов", "3,4%" / "3,4 млрд долларов", "1.7% of GDP" / "1.7 trillion
roubles", "85%" / "85", "2,6%" / "2,6 млн человек", "9,5%" / "9,5 тыс. человек"), or another
share (17); the same words given to the minister, a deputy or another official ("министр" /
"заместитель министра" / "первый заместитель министра", "foreign minister" / "deputy foreign
minister", "премьер-министр" / "вице-премьер", "председатель" / "первый заместитель
председателя", Lavrov / Ryabkov / Galuzin, the minister / a deputy receiving an ambassador)
(17); rankings of destinations, crude buyers, regions, banks, trading partners and provinces
republished with two adjacent places swapped (16); programmes of a visit, a minister's day, a
forum, extra trains and a ministerial meeting with one time changed ("12:30" / "13:00", "13:30"
/ "14:00", "15:05" / "15:35") (15); weather warnings upgraded from yellow to orange ("жёлтый" /
"оранжевый", "a yellow" / "an orange", "yellow" / "orange"), or for another region or day (16);
the same event or forecast for another year ("в 2028 году" / "в 2029 году", "2027/28" /
"2028/29", 2029 / 2030 / 2031) (16); seven long quotations (75-99 words) one "не" / "not" apart
two thirds to four fifths of the way in, either first, one to eight weeks apart (14); nine posts
and their corrections ("50" / "15 (ранее ошибочно было указано 50)", "CORRECTED-… 15 billion",
"ИСПРАВЛЕНО: … 84 млрд долларов, а не 48 млрд", "Correction: … 150", "1 700" / "7 100 … UPD:
исправлена опечатка", "Исправлено: … 91,35", "ПОПРАВКА. … 0,05%", "Corrected: … to 13:00 (not
17:00)", and one re-posted with the figures corrected and no mark) (18); tallies of power cuts,
a UN vote, a medal table, an election count, aid deliveries and people rescued, each republished
with a line added and again with another (17); one warning or notice for several regions with
the region only in a bold heading ("**Курская область**" / "**Белгородская область**", "**Abu
Dhabi**" / "**Dubai**") or only in a hashtag at the end ("#Курск" / "#Белгород", "#Moscow" /
"#Kazan"; two governors posting one text under their own region's hashtag) (17); announcements
one date apart with the date written in words ("двадцать первого" / "двадцать второго ноября",
"с первого" / "с пятнадцатого декабря", "on the third" / "the fourth of November", "the
twentieth" / "the twenty-first of December", "на четырнадцатое" / "двадцать первое сентября")
(17).

CONVENTIONS. A statement's slots are everything its siblings say otherwise: the topic, the
category of traveller, the direction of a sanction, the dates, the city, the per cent sign or
the unit, the speaker's post and name, the order of a ranking, a time in a programme, the
colour, the year, the negation, the figure, a tally's lines, the region in a heading or a
hashtag, the date in words. (1) A figure stated as a share and the same figure as an absolute
number are two statements ("85%" / "85": the checks read a per cent sign as a word). (2) Who
said it is a slot: the minister's words given to a deputy are another statement. (3) The order
of a ranking is the statement: two places swapped are another statement; no copy reorders
anything (the nineteenth set's moved lines are left out). (4) A correction is another statement
than the post it corrects, with or without a mark (the reader must see the right figure); its
copies are copies of it. (5) A tally with a line added is another statement; no copy drops a
line, and no list, tally or programme is cut short. (6) A region named only in a heading or a
hashtag is a slot: that heading or hashtag is part of the statement, and no copy drops it (a
copy without the channel's hashtags drops only its signature's). (7) The same event or forecast
for another year is another statement; a date written in words is a slot like one in figures.
(8) A statement's Russian and English versions are two stories (the earlier sets' convention);
no copy crosses languages, and no text of one story is repeated in another. (9) A copy adds
nothing that is said: a forward header, a text dump's header (Telegram Desktop's "Name, [date
time]" line, a "[date time] Name:" line, the dump's file line, a "Пересланное сообщение" /
"Forwarded message" block), a reposter's sign-off or "Subscribe" footer, a hashtag line, an
emoji, a haste mark ("СРОЧНО:", "⚡️СРОЧНО |", "‼️СРОЧНО‼️", "СРОЧНО!!!", "⚡️⚡️⚡️", "Срочно!",
"BREAKING:", "*BREAKING*", "— BREAKING —", "⚡️" alone...), a link (with or without tracking
parameters), a link preview (site, title and first sentence of the post itself), a photo or
video credit line, an agency's dateline (its city and the copy's own date, the leading emoji and
bold marks dropped) and credit line, a reposter's rubric heading that names the kind of news and
no fact ("Дипломатия", "📊 Цифры", "Weather alert", "Главное"), a weekly aggregator's heading.
(10) A synonym edit of one reporting verb is a copy ("сообщил" / "заявил", "сказала" /
"заявила", "сообщили" / "рассказали", "следует из сообщения" / "говорится в сообщении", "said" /
"stated", "told reporters" / "told journalists", "says" / "reports"), every slot kept; it
reaches the archive as the channel's own re-post 8-90 minutes later or as a reposter's copy.
(11) A typo fixed is a copy (the original went out with one typo, which forwards, dump copies
and the channel's own re-post carry); so is one typo made off the slots, and so are whitespace,
punctuation, quotes, "ё" as "е", Markdown added or stripped, a scraper's HTML and what a
translation tool or a typesetter leaves (non-breaking spaces after short words and before
dashes, soft hyphens where a hyphenator breaks long words, zero-width spaces after punctuation,
narrow no-break spaces in numbers). (12) A truncation ("…", "… Читать далее", "Read more") is a
copy when it is cut after the slots, and so is a lead cut short with no mark, which ends at a
sentence's end after the slots; posts under 30 words are never cut, nor a statement whose slot
is at its end. (13) The channel's own re-post of its text 2-5 days later is a copy; it is made
only of lasting posts of 25 words or more (no warning, flash, programme, tally or correction is
re-posted days later). (14) Forwards are the text alone, posted by another channel or in the
dump (the Post model's other fields were not read).

Copies (each copy's external id ends with its kind; seed 20): a plain forward (20), a forward
header "Переслано из …" / "[Переслано из канала «…»]" / "↪️ Переслано из @…" / "Forwarded from
…" (24), a text dump's header (19), a reposter's sign-off or "Subscribe" footer (23), a hashtag
line added at the end or the top (23), the original's hashtag line removed (13), an emoji at the
start or at the end of the first line (19), a link added (20), tracking parameters on the post's
link (21), a link preview's text (18), the original's typo fixed (13), one typo made off the
slots (19), whitespace (paragraph breaks single or tripled, blank lines with a space, a hard
wrap at 58-74 columns, double and trailing spaces) (23), punctuation (hyphens, en dashes or "--"
for em dashes, final full stops dropped, a full stop or "!" added to a flash, "62,4 %") (18),
quotes changed (11), "ё" as "е" (13), a translation artefact (20), Markdown added (20), Markdown
stripped (5), a scraper's HTML (24), a "…" / "Читать далее" / "Read more" truncation (7), a lead
cut short with no mark (7), a haste mark (17), an agency's dateline, with its credit line under
four in ten (19), a photo or video credit line (18), a synonym edit of one reporting verb (9), a
reposter's rubric heading (24), the channel's own re-post 2-5 days later (9), a weekly
aggregator's copy 2-6 days later (12); and two at once: a forward header with hashtags (23), a
dateline with a credit line (23), a typo with a sign-off (23), "ё" as "е" with quotes (7), a
rubric heading with a sign-off (18), the typo fixed with a haste mark (15), a forward header
with a translation artefact (21), punctuation with a link (22), a synonym edit with hashtags
(10), a truncation in HTML (9), a lead cut short with a sign-off (7), Markdown stripped with an
emoji (8), a dump header with a typo (20), whitespace with a credit line (20), a haste mark with
a link (21), "ё" as "е" with a sign-off (14). :func:`_check` asserts unique ids, every copy
after its original, every copy keeping each word of its own slots and adding no stem of a
sibling's slot, every copy but truncations, cuts, typos and synonym edits keeping every word of
the statement, no two stories with the same words, no text in two stories, and siblings told
apart. Copies of posts under 16 words come within six hours, longer posts' mostly within a day;
about one in eight copies of a lasting post of 25 words or more comes 1-4 days later.

Seed 20: 1000 posts, 251 stories, 749 copies (488 of one kind, 261 of two at once; 160 within an
hour, 550 within six hours, 144 more within a day, 55 a day or more later; 15 the channel's own
re-posts, 9 of them days later and 6 reworded), 66% of the posts in Russian, 35 sources; October
2027 to March 2028. Seeds 1-3: 939-1016 posts, the same 251 stories. Not yet scored: the dedup
was not run while the set was written.

Written blind in session 51 (from how official channels, agencies and their reposters write,
without reading the dedup code, its rules, tg_archiver/, docs/, README.md or CHANGELOG.md, and
without running the dedup, any test or the scoring; only tests/dedup_eval_set.py,
tests/test_dedup_eval.py, the nineteenth set in full, and the docstrings (first ~70 lines) of
the other tests/dedup_eval_*.py were read, for the shape, the conventions and the kinds already
covered). The slots, the copy maker and :func:`_check` are the nineteenth's, with five kinds of
copy added (a text dump's header, a translation artefact, a lead cut short with no mark, the
channel's own re-post days later in place of the next day's, video credits beside photo
credits), more haste marks, a per cent sign read as a word, no list cut short and no lines
reordered; the statements, sources and wording are new.
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


MFA = _tg("-1002001000001", "МИД России 🇷🇺", "mid_rf_channel")
MFA_EN = _tg("-1002001000002", "MFA Russia", "mfa_russia_en")
KREMLIN = _tg("-1002001000003", "Кремль. Новости", "kremlin_novosti")
KREMLIN_EN = _tg("-1002001000004", "Kremlin News", "kremlin_news_en")
GOV = _tg("-1002001000005", "Правительство РФ", "pravitelstvo_rf")
MINEK = _tg("-1002001000006", "Минэкономразвития России", "minec_rf")
MINFIN = _tg("-1002001000007", "Минфин России", "minfin_rf_tg")
MINTRANS = _tg("-1002001000008", "Минтранс России", "mintrans_rf")
MCHS = _tg("-1002001000009", "МЧС России", "mchs_official_tg")
METEO = _tg("-1002001000010", "Гидрометцентр", "gidromet_official")
CBR = _tg("-1002001000011", "Банк России", "centralbank_rf")
CBR_EN = _tg("-1002001000012", "Bank of Russia", "centralbank_en")
ROSSTAT = _tg("-1002001000013", "Росстат", "rosstat_official")
CONSUL = _tg("-1002001000014", "Консульский департамент МИД", "kd_mid_rf")
EMB_CN = _tg("-1002001000015", "Посольство России в Китае", "rusemb_china")
EMB_AE = _tg("-1002001000016", "Russian Embassy in the UAE", "rusemb_uae")
GOV_BEL = _tg("-1002001000017", "Губернатор Белгородской области", "belgorod_governor")
GOV_KRS = _tg("-1002001000018", "Губернатор Курской области", "kursk_governor")
SCO_EN = _tg("-1002001000019", "SCO Secretariat", "sco_secretariat")
AGENCY = _tg("-1002001000020", "ИА «Меридиан»", "meridian_lenta")
AGENCY2 = _tg("-1002001000021", "Агентство «Вектор»", "vektor_agency")
WIRE = _tg("-1002001000022", "Northgate Wire", "northgatewire")
WIRE2 = _tg("-1002001000023", "Pacific Bridge Press", "pbpress")
REP1 = _tg("-1002001000024", "Сводки дня", "svodki_dnya")
REP2 = _tg("-1002001000025", "Политика | Коротко", "politika_korotko")
REP3 = _tg("-1002001000026", "Срочные новости ⚡️", "srochnye_novosti")
REP4 = _tg("-1002001000027", "Госвестник", "gosvestnik_tg")
REP_EN = _tg("-1002001000028", "Moscow Monitor", "moscowmonitor")
REP_EN2 = _tg("-1002001000029", "Eurasia Desk", "eurasiadesk")
REP_EN3 = _tg("-1002001000030", "The Kremlin Beat", "kremlinbeat")
AGGR = _tg("-1002001000031", "Итоги недели 🗞", "itogi_nedeli_tg")
AGGR_EN = _tg("-1002001000032", "The Week 🗞", "theweek_digest")
MIRROR = SourceRef(
    kind="feed", key="https://tgfeed.example.org/rss/official", title="TG Feed: official"
)
SCRAPER = SourceRef(kind="import", key="scraper-2027-11", title="scraped-channels-nov.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2027-12.txt", title="forwards-2027-12.txt")

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
    MINEK.key: (
        "economy.gov.ru",
        "https://www.economy.gov.ru/material/news/{n}.html",
        "МОСКВА",
        "MOSCOW",
    ),
    MINFIN.key: (
        "minfin.gov.ru",
        "https://minfin.gov.ru/ru/press-center/?id_4={n}",
        "МОСКВА",
        "MOSCOW",
    ),
    MINTRANS.key: ("mintrans.gov.ru", "https://mintrans.gov.ru/press-center/news/{n}", "МОСКВА", "MOSCOW"),
    MCHS.key: ("mchs.gov.ru", "https://mchs.gov.ru/deyatelnost/press-centr/novosti/{n}", "МОСКВА", "MOSCOW"),
    METEO.key: ("meteoinfo.ru", "https://meteoinfo.ru/novosti/{n}", "МОСКВА", "MOSCOW"),
    CBR.key: ("cbr.ru", "https://www.cbr.ru/press/event/?id={n}", "МОСКВА", "MOSCOW"),
    CBR_EN.key: ("cbr.ru", "https://www.cbr.ru/eng/press/event/?id={n}", "МОСКВА", "MOSCOW"),
    ROSSTAT.key: ("rosstat.gov.ru", "https://rosstat.gov.ru/folder/313/document/{n}", "МОСКВА", "MOSCOW"),
    CONSUL.key: ("kdmid.ru", "https://www.kdmid.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    EMB_CN.key: ("china.mid.ru", "https://china.mid.ru/ru/press-centre/news/{n}/", "ПЕКИН", "BEIJING"),
    EMB_AE.key: ("uae.mid.ru", "https://uae.mid.ru/en/press-centre/news/{n}/", "АБУ-ДАБИ", "ABU DHABI"),
    GOV_BEL.key: ("belregion.ru", "https://belregion.ru/press/news/index.php?ID={n}", "БЕЛГОРОД", "BELGOROD"),
    GOV_KRS.key: ("kursk.ru", "https://kursk.ru/region/news/detail.php?ID={n}", "КУРСК", "KURSK"),
    SCO_EN.key: ("eng.sectsco.org", "https://eng.sectsco.org/news/{n}/", "ПЕКИН", "BEIJING"),
    AGENCY.key: ("meridian-news.example.ru", "https://meridian-news.example.ru/news/{n}", "МОСКВА", "MOSCOW"),
    WIRE.key: ("northgate.example.com", "https://northgate.example.com/world/{n}", "МОСКВА", "MOSCOW"),
}  # fmt: skip

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: [
        "",
        "",
        "\n\n#МИД_России #Дипломатия",
        "\n\n🔗 {link}",
        "\n\n#ВнешняяПолитика\n🔗 {link}",
        "\n\n[Читать на сайте]({link})",
    ],
    MFA_EN.key: [
        "",
        "\n\n#Russia #Diplomacy",
        "\n\n🔗 {link}",
        "\n\n#ForeignPolicy\n🔗 {link}",
        "\n\n[Read more on the website]({link})",
    ],
    KREMLIN.key: ["", "\n\n🔗 {link}", "\n\n#Кремль"],
    KREMLIN_EN.key: ["", "\n\n🔗 {link}", "\n\n#Kremlin"],
    GOV.key: ["", "\n\n#Правительство", "\n\n[Подробнее на сайте]({link})"],
    MINEK.key: ["", "\n\n#Минэкономразвития #экономика"],
    MINFIN.key: ["", "\n\n#Минфин"],
    MINTRANS.key: ["", "\n\n#Минтранс #транспорт", "\n\n🔗 {link}"],
    MCHS.key: ["", "\n\n#МЧС #МЧСРоссии"],
    METEO.key: ["", "\n\n#погода #Гидрометцентр"],
    CBR.key: ["", "\n\n#БанкРоссии", "\n\n🔗 {link}"],
    CBR_EN.key: ["", "\n\n🔗 {link}"],
    ROSSTAT.key: ["", "\n\n#Росстат #статистика"],
    CONSUL.key: ["", "\n\n#консульство #путешественникам", "\n\nПодробнее: {link}"],
    EMB_CN.key: ["", "\n\n#Посольство #РоссияКитай"],
    EMB_AE.key: ["", "\n\n#RussianEmbassy #UAE"],
    GOV_BEL.key: ["", "\n\n#Белгородскаяобласть"],
    GOV_KRS.key: ["", "\n\n#Курскаяобласть"],
    SCO_EN.key: ["", "\n\n#SCO"],
    AGENCY.key: ["", "", "\n\n#новости"],
    AGENCY2.key: ["", "\n\n@vektor_agency"],
    WIRE.key: ["", "", "\n\n#news"],
    WIRE2.key: ["", "\n\n— PBP"],
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


def _on(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in Moscow time (UTC+3), kept in UTC: October to December 2027, January to
    March 2028."""
    year = 2028 if month < 7 else 2027
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


def _ru(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en(d: datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}"


def _ru_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " и " + items[-1]


def _en_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def _swap(items: list[str], a: int, b: int) -> list[str]:
    out = list(items)
    out[a], out[b] = out[b], out[a]
    return out


def _put(items: list[str], k: int, item: str) -> list[str]:
    out = list(items)
    out[k] = item
    return out


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
    lasting: bool  # may be re-posted days later (not a flash, a warning, a figure of the day)
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
        sig: str | None = None,
    ) -> None:
        rng = self.rng
        members = self.groups.setdefault(group, [])
        sid = f"{group}{'abcdefghij'[len(members)]}"
        site = SITES.get(source.key)
        n = rng.randrange(2_310_000, 2_399_999)
        link = site[1].format(n=n) if site else ""
        if sig is None:
            sig = rng.choice(SIGS.get(source.key, [""]))
            if "{link}" in sig and not link:
                sig = ""
            sig = sig.replace("{link}", link)
        at = at + timedelta(minutes=rng.randint(0, 14))
        lang = "ru" if re.search("[а-яё]", body.lower()) else "en"
        st = _Story(sid, family, group, source, at, body, sig, link, lang, lasting, body)
        members.append(st)
        self.stories.append(st)


# -- distinct statements ---------------------------------------------------------------------


def _readouts(x: _Set) -> None:
    """Telephone conversations and talks whose list of topics discussed is one topic apart
    (or the same list with another counterpart)."""
    topics = [
        "ход подготовки к предстоящим контактам на высшем уровне",
        "актуальные вопросы торгово-экономического сотрудничества",
        "ситуацию на Ближнем Востоке",
        "взаимодействие в ООН и других многосторонних форматах",
    ]
    for gen, name, items, at in (
        ("Египта", "Б.Абдельатти", topics, _on(10, 5, 15)),
        ("Египта", "Б.Абдельатти", _put(topics, 2, "ситуацию в Судане"), _on(10, 12, 16)),
        (
            "Египта",
            "Б.Абдельатти",
            _put(topics, 1, "перспективы сотрудничества в энергетической сфере"),
            _on(10, 19, 15),
        ),
        ("Алжира", "А.Аттафом", topics, _on(10, 12, 18)),
    ):
        x.add(
            "readouts", "rd1", MFA, at,
            "☎️ **О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Министром"
            f" иностранных дел {gen} {name}**\n\nСостоялся телефонный разговор Министра иностранных"
            f" дел Российской Федерации С.В.Лаврова с Министром иностранных дел {gen}"
            f" {name}.\n\nВ ходе беседы министры обсудили {_ru_list(items)}.\n\nДоговорились"
            " продолжить тесную координацию на различных уровнях.",
        )  # fmt: skip
    k_topics = [
        "перспективы развития торгово-экономических связей",
        "реализация совместных проектов в энергетике",
        "ситуация на Южном Кавказе",
        "подготовка к неформальному саммиту СНГ",
    ]
    for who, items, at in (
        ("Президентом Азербайджанской Республики Ильхамом Алиевым", k_topics, _on(10, 7, 19)),
        (
            "Президентом Азербайджанской Республики Ильхамом Алиевым",
            _put(k_topics, 1, "реализация совместных проектов в транспортной сфере"),
            _on(10, 21, 18),
        ),
        (
            "Президентом Азербайджанской Республики Ильхамом Алиевым",
            _put(k_topics, 2, "ситуация в Афганистане"),
            _on(11, 4, 18),
        ),
        ("Президентом Республики Казахстан Касым-Жомартом Токаевым", k_topics, _on(10, 21, 20)),
    ):
        x.add(
            "readouts", "rd2", KREMLIN, at,
            f"☎️ Состоялся телефонный разговор Владимира Путина с {who}.\n\nОбсуждались"
            f" {_ru_list(items)}.\n\nДоговорились о продолжении контактов.",
        )  # fmt: skip
    e_topics = [
        "the implementation of agreements reached at the highest level",
        "trade and investment cooperation",
        "the situation in the Middle East",
        "coordination at the United Nations",
    ]
    for country, name, items, at in (
        ("Indonesia", "Sugiono", e_topics, _on(10, 8, 14)),
        (
            "Indonesia",
            "Sugiono",
            _put(e_topics, 2, "the situation on the Korean Peninsula"),
            _on(10, 29, 14),
        ),
        ("Malaysia", "Mohamad Hasan", e_topics, _on(10, 9, 15)),
    ):
        x.add(
            "readouts", "rd3", MFA_EN, at,
            f"🤝 Sergey Lavrov held talks with Minister of Foreign Affairs of {country} {name}, who"
            f" is in Moscow on a working visit.\n\nThe ministers discussed {_en_list(items)}.\n\nThe"
            " sides reaffirmed their mutual commitment to further strengthening bilateral relations.",
        )  # fmt: skip
    spheres = ["образования", "культуры", "здравоохранения", "спорта"]
    for items, at in (
        (spheres, _on(10, 14, 13)),
        (_put(spheres, 3, "туризма"), _on(11, 11, 13)),
        (_put(spheres, 1, "науки"), _on(12, 9, 13)),
    ):
        x.add(
            "readouts", "rd4", GOV, at,
            "🇷🇺🇨🇳 Заместитель Председателя Правительства Дмитрий Чернышенко провёл заседание"
            " Российско-Китайской комиссии по гуманитарному сотрудничеству.\n\nСтороны обсудили"
            f" сотрудничество в сферах {_ru_list(items)}.\n\nПо итогам заседания подписан протокол.",
        )  # fmt: skip
    for a, b, at in (
        ("ситуацию в Сирии", "безопасность в Черноморском регионе", _on(10, 6, 12)),
        ("ситуацию в Сирии", "подготовку визита Президента Турции", _on(10, 20, 13)),
        ("ситуацию в секторе Газа", "безопасность в Черноморском регионе", _on(10, 27, 12)),
    ):
        x.add(
            "readouts", "rd5", AGENCY, at,
            f"Лавров и Фидан обсудили по телефону {a} и {b}, сообщили в МИД России",
            lasting=False,
        )  # fmt: skip
    b_topics = [
        "bilateral trade",
        "energy cooperation",
        "the situation in the Middle East",
        "preparations for the next BRICS summit",
    ]
    for country, name, items, at in (
        ("Brazil", "Luiz Inacio Lula da Silva", b_topics, _on(10, 15, 19)),
        (
            "Brazil",
            "Luiz Inacio Lula da Silva",
            _put(b_topics, 1, "cooperation in the nuclear sector"),
            _on(11, 19, 19),
        ),
        ("South Africa", "Cyril Ramaphosa", b_topics, _on(10, 16, 18)),
    ):
        x.add(
            "readouts", "rd6", KREMLIN_EN, at,
            f"Vladimir Putin had a telephone conversation with President of {country} {name}.\n\nThe"
            f" two leaders discussed {_en_list(items)}.\n\nThey agreed to maintain contacts.",
        )  # fmt: skip


def _travel(x: _Set) -> None:
    """Entry and visa rules for another category of traveller."""
    for cat, at in (
        ("в туристических целях", _on(10, 6, 11)),
        ("для участия в деловых переговорах", _on(10, 13, 11)),
        ("для посещения родственников", _on(10, 20, 11)),
        ("для участия в культурных и спортивных мероприятиях", _on(11, 3, 11)),
    ):
        x.add(
            "travel", "tr1", CONSUL, at,
            "🛂 Напоминаем: граждане Российской Федерации, следующие в Китайскую Народную Республику"
            f" {cat}, могут въезжать в страну и находиться на её территории без оформления визы до"
            " 30 дней.\n\nПаспорт должен быть действителен не менее шести месяцев с даты въезда."
            " Подробная информация — на сайте Посольства России в Китае.",
        )  # fmt: skip
    for cat, at in (
        ("for tourism", _on(10, 9, 12)),
        ("on business", _on(10, 16, 12)),
        ("for medical treatment", _on(10, 30, 12)),
    ):
        x.add(
            "travel", "tr2", EMB_AE, at,
            f"🛂 Russian citizens travelling to the UAE {cat} are eligible for a free 90-day visa on"
            " arrival at all UAE airports.\n\nPlease make sure that your passport is valid for at"
            " least six months from the date of entry.",
        )  # fmt: skip
    for purpose, at in (
        ("с целью трудоустройства", _on(12, 2, 12)),
        ("на учёбу", _on(12, 4, 12)),
        ("на срок более 30 суток", _on(12, 9, 12)),
    ):
        x.add(
            "travel", "tr3", CONSUL, at,
            f"📌 С 1 января гражданам России, прибывающим в Республику Казахстан {purpose}, необходимо"
            " в течение трёх рабочих дней пройти регистрацию по месту пребывания в органах"
            " миграционной службы.",
        )  # fmt: skip
    for cat, at in (
        ("tourists", _on(11, 14, 9)),
        ("business travellers", _on(11, 14, 13)),
        ("tour groups", _on(11, 21, 9)),
    ):
        x.add(
            "travel", "tr4", WIRE, at,
            f"China extends visa-free entry for Russian {cat} to 30 days, foreign ministry says",
            lasting=False,
        )  # fmt: skip
    for cat, at in (
        ("с туристической целью", _on(10, 22, 15)),
        ("с деловой целью", _on(10, 23, 15)),
        ("с гуманитарной целью", _on(11, 6, 15)),
        ("в качестве участников спортивных соревнований", _on(11, 13, 15)),
    ):
        x.add(
            "travel", "tr5", MFA, at,
            f"📌 Иностранные граждане, прибывающие в Россию {cat}, могут оформить единую электронную"
            " визу на сайте electronic-visa.kdmid.ru не позднее чем за четыре дня до"
            " предполагаемой даты въезда.",
        )  # fmt: skip


def _sanctions(x: _Set) -> None:
    """Sanctions imposed against sanctions lifted (or eased against tightened)."""
    for verb, entity, at in (
        ("imposed", "Russian businessman Arkady Volkov", _on(11, 5, 12)),
        ("lifted", "Russian businessman Arkady Volkov", _on(11, 26, 12)),
        ("imposed", "the St Petersburg-based shipping company Baltic Reefer Lines", _on(11, 5, 14)),
        ("lifted", "the St Petersburg-based shipping company Baltic Reefer Lines", _on(12, 3, 12)),
    ):
        x.add(
            "sanctions", "sn1", WIRE, at,
            f"The European Union has {verb} sanctions on {entity}, according to a notice published"
            " in the bloc's Official Journal on Friday.",
            lasting=False,
        )  # fmt: skip
    for verb, gen, at in (
        ("вводит", "Японии", _on(11, 7, 16)),
        ("снимает", "Японии", _on(12, 12, 16)),
        ("вводит", "Новой Зеландии", _on(11, 8, 16)),
        ("снимает", "Новой Зеландии", _on(12, 14, 16)),
    ):
        x.add(
            "sanctions", "sn2", MFA, at,
            f"❗️ МИД России информирует: российская сторона {verb} запрет на въезд в Российскую"
            f" Федерацию для 13 граждан {gen}, в том числе депутатов парламента, представителей"
            " экспертного сообщества и журналистов.",
        )  # fmt: skip
    for verb, who, at in (
        ("ввёл санкции против", "судоходной компании «Арктик Логистик»", _on(11, 12, 22)),
        ("снял санкции с", "судоходной компании «Арктик Логистик»", _on(12, 10, 22)),
        ("ввёл санкции против", "банка «Восток-Инвест»", _on(11, 13, 22)),
    ):
        x.add(
            "sanctions", "sn3", AGENCY, at,
            f"Минфин США {verb} {who}, следует из сообщения на сайте ведомства",
            lasting=False,
        )  # fmt: skip
    for verb, co, at in (
        ("eases", "Volga Agrochem", _on(11, 19, 21)),
        ("tightens", "Volga Agrochem", _on(12, 17, 21)),
        ("eases", "Severny Nitrogen", _on(11, 20, 21)),
    ):
        x.add(
            "sanctions", "sn4", WIRE2, at,
            f"U.S. Treasury {verb} sanctions on Russian fertiliser producer {co}",
            lasting=False,
        )  # fmt: skip
    for verb, goods, at in (
        ("ввело", "молочной продукции", _on(11, 24, 17)),
        ("отменило", "молочной продукции", _on(1, 19, 17)),
        ("отменило", "рыбы и морепродуктов", _on(1, 20, 17)),
    ):
        x.add(
            "sanctions", "sn5", GOV, at,
            f"📄 Правительство {verb} ответные ограничения на ввоз {goods} из стран, поддержавших"
            " антироссийские санкции. Соответствующее постановление подписано Председателем"
            " Правительства.",
        )  # fmt: skip


def _summits(x: _Set) -> None:
    """A summit's or a meeting's dates moved (or another city on the same dates)."""
    for dates, city, at in (
        ("15–16 июня", "Бишкеке", _on(1, 22, 15)),
        ("22–23 июня", "Бишкеке", _on(2, 9, 15)),
        ("15–16 июня", "Чолпон-Ате", _on(2, 2, 15)),
    ):
        x.add(
            "summits", "sm1", MFA, at,
            f"🗓 Заседание Совета глав государств — членов ШОС состоится {dates} в {city}."
            " Российскую делегацию возглавит Президент Российской Федерации В.В.Путин.",
        )  # fmt: skip
    for d1, d2, at in (
        ("May 14", "June 3", _on(2, 17, 13)),
        ("May 14", "June 10", _on(2, 24, 13)),
        ("May 21", "June 3", _on(3, 3, 13)),
    ):
        x.add(
            "summits", "sm2", KREMLIN_EN, at,
            f"The Russia–ASEAN summit, initially scheduled for {d1}, has been postponed to {d2},"
            " Presidential Aide Yury Ushakov told reporters.",
            lasting=False,
        )  # fmt: skip
    for city, dates, at in (
        ("New Delhi", "Sept 9-10", _on(2, 5, 10)),
        ("New Delhi", "Sept 16-17", _on(2, 12, 10)),
        ("Goa", "Sept 9-10", _on(2, 19, 10)),
    ):
        x.add(
            "summits", "sm3", WIRE, at,
            f"BRICS summit in {city} to be held on {dates}, host country says",
            lasting=False,
        )  # fmt: skip
    for d1, d2, at in (
        ("28–29 октября", "11–12 ноября", _on(1, 27, 14)),
        ("28–29 октября", "18–19 ноября", _on(2, 11, 14)),
        ("21–22 октября", "11–12 ноября", _on(2, 25, 14)),
    ):
        x.add(
            "summits", "sm4", KREMLIN, at,
            f"Третий саммит «Россия — Африка» переносится с {d1} на {d2}, сообщил журналистам"
            " помощник Президента Юрий Ушаков.",
            lasting=False,
        )  # fmt: skip
    for city, dates, at in (
        ("Minsk", "17–18 November", _on(3, 2, 11)),
        ("Minsk", "24–25 November", _on(3, 16, 11)),
        ("Tashkent", "17–18 November", _on(3, 9, 11)),
    ):
        x.add(
            "summits", "sm5", SCO_EN, at,
            f"📅 The meeting of the SCO Council of Heads of Government will be held in {city} on"
            f" {dates}. The agenda will focus on trade, transport connectivity and the SCO"
            " Development Bank.",
        )  # fmt: skip
    for dates, at in (("19–20 декабря", _on(11, 24, 12)), ("26–27 декабря", _on(12, 1, 12))):
        x.add(
            "summits", "sm6", AGENCY, at,
            f"Саммит ЕАЭС в Санкт-Петербурге пройдёт {dates}, сообщили в Кремле",
            lasting=False,
        )  # fmt: skip


def _shares(x: _Set) -> None:
    """A figure stated as a share against the same figure as an absolute number (or another
    share)."""
    for fig, at in (
        ("12%", _on(11, 18, 12)),
        ("12 млрд долларов", _on(11, 19, 12)),
        ("9%", _on(12, 16, 12)),
    ):
        x.add(
            "shares", "sh1", MINEK, at,
            "📈 Несырьевой неэнергетический экспорт России за январь–сентябрь вырос на"
            f" {fig} по сравнению с аналогичным периодом прошлого года, сообщили в"
            " Минэкономразвития.",
        )  # fmt: skip
    for fig, at in (
        ("3,4%", _on(11, 10, 10)),
        ("3,4 млрд долларов", _on(11, 11, 10)),
        ("4,3%", _on(12, 9, 10)),
    ):
        x.add(
            "shares", "sh2", EMB_CN, at,
            "🇷🇺🇨🇳 По данным Главного таможенного управления КНР, товарооборот России и Китая за"
            f" январь–октябрь вырос на {fig} в годовом выражении.",
        )  # fmt: skip
    for fig, at in (
        ("1.7% of GDP", _on(11, 12, 15)),
        ("1.7 trillion roubles", _on(11, 13, 15)),
        ("1.9% of GDP", _on(12, 11, 15)),
    ):
        x.add(
            "shares", "sh3", WIRE, at,
            f"Russia's federal budget deficit in January-October stood at {fig}, the finance"
            " ministry said in a statement on its website.",
        )  # fmt: skip
    for fig, at in (("85%", _on(11, 20, 18)), ("85", _on(11, 27, 18)), ("58%", _on(11, 6, 18))):
        x.add(
            "shares", "sh4", GOV_BEL, at,
            f"🏠 На сегодняшний день в Белгородской области восстановлено {fig} повреждённых"
            " домов. Работы продолжаются во всех муниципалитетах, где были зафиксированы"
            " разрушения.",
        )  # fmt: skip
    for fig, at in (("2,6%", _on(11, 25, 11)), ("2,6 млн человек", _on(11, 26, 11))):
        x.add(
            "shares", "sh5", MINTRANS, at,
            "✈️ Пассажиропоток российских авиакомпаний за январь–октябрь снизился на"
            f" {fig} по сравнению с прошлым годом и составил 88,4 млн человек.",
        )  # fmt: skip
    for fig, at in (
        ("9,5%", _on(12, 3, 19)),
        ("9,5 тыс. человек", _on(12, 4, 19)),
        ("5,9%", _on(1, 28, 19)),
    ):
        x.add(
            "shares", "sh6", ROSSTAT, at,
            "📊 Естественная убыль населения России за январь–сентябрь сократилась на"
            f" {fig} по сравнению с тем же периодом прошлого года, следует из данных Росстата.",
        )  # fmt: skip


def _speakers(x: _Set) -> None:
    """The same words attributed to a deputy instead of the minister (or to a third official)."""
    for who, at in (
        ("министр иностранных дел России", _on(12, 3, 10)),
        ("заместитель министра иностранных дел России", _on(12, 3, 14)),
        ("первый заместитель министра иностранных дел России", _on(12, 8, 10)),
    ):
        x.add(
            "speakers", "sp1", AGENCY, at,
            "Россия готова к возобновлению диалога по стратегической стабильности с США на основе"
            f" равноправия и учёта интересов друг друга, заявил {who} в интервью ИА «Меридиан»",
            lasting=False,
        )  # fmt: skip
    for who, at in (
        ("foreign minister", _on(12, 5, 9)),
        ("deputy foreign minister", _on(12, 5, 13)),
        ("foreign ministry spokeswoman", _on(12, 12, 9)),
    ):
        x.add(
            "speakers", "sp2", WIRE, at,
            f"Russia sees no grounds for resuming Black Sea grain talks, {who} says",
            lasting=False,
        )  # fmt: skip
    for post, name, gen, amb, at in (
        (
            "Министр иностранных дел",
            "С.В.Лавров",
            "Лаосской Народно-Демократической Республики",
            "Кхамфао Эрнтхавана",
            _on(12, 6, 16),
        ),
        (
            "Заместитель Министра иностранных дел",
            "А.Ю.Руденко",
            "Лаосской Народно-Демократической Республики",
            "Кхамфао Эрнтхавана",
            _on(12, 13, 16),
        ),
        (
            "Заместитель Министра иностранных дел",
            "А.Ю.Руденко",
            "Социалистической Республики Вьетнам",
            "Данг Минь Кхоя",
            _on(12, 14, 16),
        ),
    ):
        x.add(
            "speakers", "sp3", MFA, at,
            f"🤝 {post} Российской Федерации {name} принял Посла {gen} в Москве {amb} по его"
            " просьбе.\n\nВ ходе беседы обсуждены актуальные вопросы двусторонней повестки дня и"
            " график предстоящих контактов.",
        )  # fmt: skip
    for who, at in (
        ("премьер-министр", _on(12, 10, 12)),
        ("вице-премьер", _on(12, 10, 16)),
        ("министр сельского хозяйства", _on(12, 17, 12)),
    ):
        x.add(
            "speakers", "sp4", AGENCY2, at,
            "Экспорт российской сельхозпродукции по итогам года превысит 45 млрд долларов,"
            f" заявил {who} на совещании по развитию агропромышленного комплекса",
            lasting=False,
        )  # fmt: skip
    for who, at in (
        ("Foreign Minister Sergey Lavrov", _on(12, 11, 15)),
        ("Deputy Foreign Minister Sergey Ryabkov", _on(12, 11, 19)),
        ("Deputy Foreign Minister Mikhail Galuzin", _on(12, 18, 15)),
    ):
        x.add(
            "speakers", "sp5", MFA_EN, at,
            "Russia will not take part in the conference on Ukraine in Switzerland, as it has"
            f" not been invited and considers the format pointless, {who} told reporters.",
            lasting=False,
        )  # fmt: skip
    for who, at in (
        ("председатель", _on(12, 19, 16)),
        ("первый заместитель председателя", _on(12, 19, 18)),
    ):
        x.add(
            "speakers", "sp6", CBR, at,
            "«Мы видим, что инфляционное давление снижается, но пока недостаточно устойчиво, чтобы"
            f" говорить о развороте тенденции», — сказала {who} Банка России на пресс-конференции.",
            lasting=False,
        )  # fmt: skip


def _rankings(x: _Set) -> None:
    """Rankings republished with two places swapped."""
    dest = ["Турция", "ОАЭ", "Египет", "Таиланд", "Китай"]
    for items, at in (
        (dest, _on(11, 2, 12)),
        (_swap(dest, 1, 2), _on(11, 3, 12)),
        (_swap(dest, 3, 4), _on(11, 9, 12)),
    ):
        x.add(
            "rankings", "rk1", AGENCY2, at,
            "🏆 Самые популярные у россиян зарубежные направления в октябре, по данным Ассоциации"
            " туроператоров:\n\n" + "\n".join(f"{k}. {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip
    buyers = ["India", "China", "Turkey", "Syria", "Egypt"]
    for items, at in (
        (buyers, _on(11, 6, 14)),
        (_swap(buyers, 0, 1), _on(11, 7, 14)),
        (_swap(buyers, 2, 3), _on(11, 13, 14)),
    ):
        x.add(
            "rankings", "rk2", WIRE2, at,
            "Top buyers of Russian seaborne crude in October, according to ship-tracking data: "
            + ", ".join(f"{k}) {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip
    regions = [
        "Московская область", "Москва", "Краснодарский край", "Республика Башкортостан",
        "Ленинградская область",
    ]  # fmt: skip
    for items, at in (
        (regions, _on(11, 22, 17)),
        (_swap(regions, 0, 1), _on(11, 23, 17)),
        (_swap(regions, 2, 3), _on(12, 20, 17)),
    ):
        x.add(
            "rankings", "rk3", ROSSTAT, at,
            "🏗 Регионы — лидеры по вводу жилья за январь–октябрь:\n\n"
            + "\n".join(f"{k}. {c}" for k, c in enumerate(items, 1))
            + "\n\nВсего в России введено 88,4 млн кв. метров жилья.",
        )  # fmt: skip
    banks = ["Сбербанк", "ВТБ", "Альфа-Банк", "Газпромбанк", "Т-Банк"]
    for items, at in (
        (banks, _on(11, 15, 13)),
        (_swap(banks, 2, 3), _on(11, 16, 13)),
        (_swap(banks, 3, 4), _on(12, 14, 13)),
    ):
        x.add(
            "rankings", "rk4", AGENCY, at,
            "Крупнейшие банки по объёму средств физических лиц на 1 ноября, по данным Банка России: "
            + ", ".join(f"{k}) {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip
    partners = ["China", "India", "Turkey", "Belarus", "Kazakhstan"]
    for items, at in ((partners, _on(11, 20, 12)), (_swap(partners, 2, 3), _on(11, 27, 12))):
        x.add(
            "rankings", "rk5", MFA_EN, at,
            f"Russia's top trading partners in January–September were {_en_list(items)}, in that"
            " order, according to the Federal Customs Service.",
        )  # fmt: skip
    provinces = ["Хэйлунцзян", "Шаньдун", "Чжэцзян", "Гуандун"]
    for items, at in ((provinces, _on(11, 28, 11)), (_swap(provinces, 1, 2), _on(12, 5, 11))):
        x.add(
            "rankings", "rk6", EMB_CN, at,
            "🇨🇳 По итогам десяти месяцев крупнейшими торговыми партнёрами России среди провинций"
            f" Китая стали (в порядке убывания) {_ru_list(items)}.",
        )  # fmt: skip


def _programmes(x: _Set) -> None:
    """A programme of several events republished with one time changed."""
    kr = ["10:00", "11:00", "12:30", "14:00", "15:00"]
    for times, at in (
        (kr, _on(12, 1, 18)),
        (_put(kr, 2, "13:00"), _on(12, 2, 21)),
        (_put(kr, 4, "15:30"), _on(12, 3, 22)),
    ):
        x.add(
            "programmes", "pg1", KREMLIN, at,
            "🗓 Программа официального визита Президента Российской Федерации в Республику Индию,"
            f" 5 декабря:\n\n{times[0]} — церемония официальной встречи\n{times[1]} — переговоры в"
            f" узком составе\n{times[2]} — переговоры в расширенном составе\n{times[3]} — подписание"
            f" совместных документов\n{times[4]} — заявления для прессы",
            lasting=False,
        )  # fmt: skip
    lv = ["10:00", "13:30", "16:00"]
    for times, at in (
        (lv, _on(12, 6, 20)),
        (_put(lv, 1, "14:00"), _on(12, 7, 8)),
        (_put(lv, 2, "17:00"), _on(12, 13, 20)),
    ):
        x.add(
            "programmes", "pg2", MFA_EN, at,
            f"🗓 Foreign Minister Sergey Lavrov's schedule for Tuesday:\n\n🔹 {times[0]} – talks"
            f" with Minister of Foreign Affairs of Iran Abbas Araghchi\n🔹 {times[1]} – meeting with"
            f" the Secretary-General of the OIC\n🔹 {times[2]} – lecture for students of MGIMO"
            " University",
            lasting=False,
        )  # fmt: skip
    rw = ["10:00", "12:00", "15:00", "17:30"]
    for times, at in (
        (rw, _on(10, 14, 19)),
        (_put(rw, 2, "16:00"), _on(10, 15, 9)),
        (_put(rw, 1, "12:30"), _on(10, 15, 19)),
    ):
        x.add(
            "programmes", "pg3", GOV, at,
            "📋 Расписание пленарных сессий Российской энергетической недели на 16 октября:\n\n"
            f"{times[0]} — «Энергетический переход: новые реалии»\n{times[1]} — «Нефтегазовый рынок:"
            f" прогноз на следующий год»\n{times[2]} — пленарное заседание с участием Председателя"
            f" Правительства\n{times[3]} — «Кадры для ТЭК»",
            lasting=False,
        )  # fmt: skip
    tr = ["06:45", "11:20", "15:05", "19:40"]
    for times, at in (
        (tr, _on(12, 22, 12)),
        (_put(tr, 2, "15:35"), _on(12, 23, 12)),
        (_put(tr, 3, "20:10"), _on(12, 26, 12)),
    ):
        x.add(
            "programmes", "pg4", MINTRANS, at,
            "🚆 В новогодние праздники назначены дополнительные поезда «Ласточка» по маршруту"
            f" Москва — Нижний Новгород. Отправление из Москвы: {', '.join(times)}. Билеты уже в"
            " продаже.",
            lasting=False,
        )  # fmt: skip
    sco = ["09:30", "10:00", "12:00", "13:30", "14:00"]
    for times, at in (
        (sco, _on(3, 10, 12)),
        (_put(sco, 3, "14:30"), _on(3, 11, 12)),
        (_put(sco, 4, "15:00"), _on(3, 12, 17)),
    ):
        x.add(
            "programmes", "pg5", SCO_EN, at,
            "📋 Programme of the meeting of the SCO Council of Foreign Ministers, 14 March:\n\n"
            f"{times[0]} – arrival of delegations\n{times[1]} – meeting in restricted format\n"
            f"{times[2]} – meeting in extended format\n{times[3]} – signing ceremony\n{times[4]} –"
            " press conference",
            lasting=False,
        )  # fmt: skip


def _warnings(x: _Set) -> None:
    """Weather warnings upgraded from yellow to orange (or for another region or day)."""
    for d, region, colour, at in (
        ("28 ноября", "Москве и Московской области", "жёлтый", _on(11, 27, 11)),
        ("28 ноября", "Москве и Московской области", "оранжевый", _on(11, 27, 17)),
        ("28 ноября", "Санкт-Петербурге и Ленинградской области", "жёлтый", _on(11, 27, 12)),
        ("29 ноября", "Москве и Московской области", "оранжевый", _on(11, 28, 16)),
    ):
        x.add(
            "warnings", "wn1", METEO, at,
            f"⚠️ **Штормовое предупреждение**\n\n{d} в {region} ожидается сильный снег, метель, на"
            f" дорогах гололедица. Объявлен {colour} уровень погодной опасности.",
            lasting=False,
        )  # fmt: skip
    for region, colour, at in (
        ("Республике Саха (Якутия)", "жёлтый", _on(12, 15, 9)),
        ("Республике Саха (Якутия)", "оранжевый", _on(12, 16, 9)),
        ("Красноярском крае", "жёлтый", _on(12, 15, 10)),
    ):
        x.add(
            "warnings", "wn2", MCHS, at,
            f"🥶 В связи с аномальными морозами в {region} объявлен {colour} уровень погодной"
            " опасности. Ожидается понижение температуры воздуха до −45 °С. Ограничьте время"
            " пребывания на улице.",
            lasting=False,
        )  # fmt: skip
    for colour, area, at in (
        ("a yellow", "Abu Dhabi and Dubai", _on(12, 18, 20)),
        ("an orange", "Abu Dhabi and Dubai", _on(12, 19, 0, 30)),
        ("a yellow", "Ras Al Khaimah and Fujairah", _on(12, 18, 21)),
    ):
        x.add(
            "warnings", "wn3", EMB_AE, at,
            f"⚠️ The National Center of Meteorology has issued {colour} alert for dense fog across"
            f" {area} until 10:00 am on Saturday. Motorists are advised to drive with caution.",
            lasting=False,
        )  # fmt: skip
    for city, colour, at in (
        ("Moscow", "yellow", _on(1, 10, 9)),
        ("Moscow", "orange", _on(1, 10, 15)),
        ("St Petersburg", "yellow", _on(1, 10, 10)),
    ):
        x.add(
            "warnings", "wn4", WIRE, at,
            f"{city} issues {colour} weather warning as temperatures set to drop to minus 25",
            lasting=False,
        )  # fmt: skip
    for d, colour, at in (
        ("2 декабря", "жёлтый", _on(12, 1, 19)),
        ("2 декабря", "оранжевый", _on(12, 2, 7)),
        ("3 декабря", "жёлтый", _on(12, 2, 19)),
    ):
        x.add(
            "warnings", "wn5", GOV_BEL, at,
            f"❗️ В Белгородской области {d} объявлен {colour} уровень погодной опасности из-за"
            " ледяного дождя. Прошу жителей без крайней необходимости не выезжать на трассы.",
            lasting=False,
        )  # fmt: skip


def _years(x: _Set) -> None:
    """The same event or forecast for another year."""
    for year, at in ((2028, _on(10, 20, 16)), (2029, _on(11, 3, 16))):
        x.add(
            "years", "yr1", GOV, at,
            f"🗓 Распоряжением Правительства Российская энергетическая неделя в {year} году пройдёт в"
            " Москве с 14 по 17 октября. Оператором мероприятия определён Фонд «Росконгресс».",
        )  # fmt: skip
    for year, at in ((2028, _on(10, 24, 16)), (2029, _on(2, 13, 16))):
        x.add(
            "years", "yr2", CBR, at,
            f"Банк России ожидает, что годовая инфляция в {year} году вернётся к цели 4%, заявила"
            " председатель Банка России на пресс-конференции по итогам заседания совета директоров.",
        )  # fmt: skip
    for year, at in ((2028, _on(10, 24, 17)), (2029, _on(2, 13, 17))):
        x.add(
            "years", "yr3", CBR_EN, at,
            f"The Bank of Russia expects annual inflation to return to the 4% target in {year},"
            " Governor Elvira Nabiullina said at a press conference following the Board of"
            " Directors meeting.",
        )  # fmt: skip
    for year, at in ((2029, _on(11, 11, 12)), (2030, _on(12, 9, 12)), (2031, _on(2, 18, 12))):
        x.add(
            "years", "yr4", MINTRANS, at,
            "🛣 Строительство скоростной трассы М-12 «Восток» до Тюмени планируется завершить в"
            f" {year} году, сообщил министр транспорта на заседании коллегии ведомства.",
        )  # fmt: skip
    for season, at in (("2027/28", _on(10, 29, 14)), ("2028/29", _on(11, 5, 14))):
        x.add(
            "years", "yr5", WIRE, at,
            f"Russia's wheat exports in the {season} season are expected to reach 45 million"
            " tonnes, the agriculture ministry said.",
            lasting=False,
        )  # fmt: skip
    for year, at in ((2028, _on(10, 17, 18)), (2029, _on(10, 18, 18)), (2030, _on(10, 19, 18))):
        x.add(
            "years", "yr6", MINEK, at,
            f"📊 Минэкономразвития прогнозирует рост ВВП России в {year} году на уровне 1,8%.",
            lasting=False,
        )  # fmt: skip
    for year, at in ((2028, _on(11, 17, 10)), (2029, _on(1, 23, 10))):
        x.add(
            "years", "yr7", EMB_CN, at,
            f"🇷🇺🇨🇳 Российско-Китайское ЭКСПО пройдёт в Харбине в мае {year} года. Приглашаем"
            " российские компании принять участие в выставке и деловой программе.",
        )  # fmt: skip


def _quotes(x: _Set) -> None:
    """Long quotations (80-110 words) one "не" / "not" apart deep inside, either first, days or
    weeks apart."""
    pairs: list[tuple[str, SourceRef, str, str, datetime, datetime]] = [
        (
            "qt1",
            MFA,
            "«Мы внимательно изучили опубликованный на прошлой неделе доклад Генерального секретаря ООН о выполнении резолюции 2231 Совета Безопасности и хотели бы обратить внимание на ряд принципиальных моментов. Во-первых, в документе по-прежнему отсутствует объективная оценка действий тех участников договорённостей, которые в одностороннем порядке вышли из них и ввели незаконные ограничения. Во-вторых, выводы доклада в значительной степени опираются на данные, полученные из открытых источников и от заинтересованных сторон. В этой связи российская сторона{} считает возможным поддержать предложенные в докладе рекомендации и намерена добиваться их обстоятельного обсуждения на ближайшем заседании Совета», — заявила официальный представитель МИД России М.В.Захарова.",
            " не|",
            _on(1, 14, 15),
            _on(1, 28, 15),
        ),
        (
            "qt2",
            KREMLIN,
            "«Мы следим за тем, как развивается ситуация вокруг переговоров, и понимаем, что сроки во многом зависят не только от нас. Президент неоднократно говорил, что Россия открыта к диалогу на основе тех реалий, которые сложились на земле, и эта позиция остаётся неизменной. Контакты на уровне экспертов продолжаются, хотя публично мы их не комментируем. Что касается возможной встречи на высшем уровне, то Кремль{} исключает её проведение до конца текущего года, поскольку для этого нужна серьёзная предварительная проработка всех вопросов», — сказал журналистам пресс-секретарь Президента Дмитрий Песков.",
            " не|",
            _on(1, 16, 13),
            _on(2, 6, 13),
        ),
        (
            "qt3",
            GOV,
            "«Ситуация на мировом нефтяном рынке в последние месяцы остаётся достаточно волатильной, и мы внимательно отслеживаем все факторы, которые на неё влияют, включая темпы роста мировой экономики и динамику коммерческих запасов. Страны ОПЕК+ неоднократно демонстрировали способность оперативно реагировать на изменения спроса. На ближайшей встрече министров мы обсудим все варианты. При этом Россия{} намерена выступать за продление добровольных сокращений добычи на первый квартал следующего года, и эту позицию мы уже довели до наших партнёров», — заявил журналистам вице-премьер Александр Новак.",
            " не|",
            _on(11, 20, 15),
            _on(11, 27, 15),
        ),
        (
            "qt4",
            KREMLIN_EN,
            "“We are following the developments closely and are in contact with our partners at various levels. The President has repeatedly said that Russia is open to dialogue, provided that our security concerns are taken into account, and this position has not changed. There have been several contacts at the expert level in recent weeks, although we prefer not to disclose their details. As for the summit, the Kremlin does{} see the conditions for holding it in the coming months, and this assessment is shared by a number of our partners,” Kremlin spokesman Dmitry Peskov told reporters.",
            " not|",
            _on(1, 21, 12),
            _on(2, 4, 12),
        ),
        (
            "qt5",
            MFA_EN,
            "“We have repeatedly stated that we are ready for a political settlement, but it must take into account the realities on the ground and the legitimate interests of all parties. Attempts to impose solutions from outside have failed in the past and will fail again. Our Western colleagues continue to talk about peace while supplying more weapons, which sends a very different signal. To date, Moscow has{} received concrete proposals through official channels that could serve as a basis for negotiations, and we will study any such proposals carefully,” Foreign Minister Sergey Lavrov said at a news conference.",
            " not|",
            _on(2, 10, 14),
            _on(2, 24, 14),
        ),
        (
            "qt6",
            CBR,
            "«Инфляционное давление в последние месяцы снижается, однако пока недостаточно устойчиво, а инфляционные ожидания населения и бизнеса остаются повышенными. Рынок труда по-прежнему очень напряжённый, безработица находится на исторических минимумах, а рост зарплат опережает рост производительности труда. Кредитная активность замедлилась, но остаётся высокой в отдельных сегментах. На сегодняшнем заседании Совет директоров{} рассматривал вариант снижения ключевой ставки, и мы допускаем возможность такого решения на одном из ближайших заседаний», — сказала председатель Банка России Эльвира Набиуллина на пресс-конференции.",
            " не|",
            _on(12, 19, 15),
            _on(2, 13, 15),
        ),
        (
            "qt7",
            GOV_KRS,
            "«Мы провели большую работу по восстановлению инфраструктуры в приграничных районах: отремонтированы школы и больницы, восстановлено электроснабжение в большинстве населённых пунктов, налажена работа общественного транспорта. Сейчас основная задача — вернуть людей домой и обеспечить их безопасность. Я лично объехал все районы и встретился с жителями, выслушал их вопросы и предложения. По итогам этих встреч принято решение, что учебный год в школах Суджанского района{} начнётся в очном формате, и родителей мы обязательно проинформируем заранее», — заявил губернатор Курской области.",
            " не|",
            _on(1, 12, 18),
            _on(1, 26, 18),
        ),
    ]
    for group, source, template, words, first, second in pairs:
        one, other = words.split("|")
        if x.rng.random() < 0.5:
            one, other = other, one
        for word, at in ((one, first), (other, second)):
            x.add("quotes", group, source, at, template.format(word))


def _corrections(x: _Set) -> None:
    """A post and its correction (another figure, with or without a marker)."""
    pairs: list[tuple[str, SourceRef, str, str, datetime]] = [
        (
            "cr1",
            MCHS,
            "🔥 Пожар на складе в Подольске ликвидирован. Площадь возгорания составила 50 квадратных метров. Пострадавших нет. К тушению привлекались 32 человека и 9 единиц техники.",
            "🔥 Пожар на складе в Подольске ликвидирован. Площадь возгорания составила 15 квадратных метров (ранее ошибочно было указано 50). Пострадавших нет. К тушению привлекались 32 человека и 9 единиц техники.",
            _on(10, 11, 14),
        ),
        (
            "cr2",
            WIRE,
            "Russia's central bank sold 50 billion roubles' worth of foreign currency on the domestic market on Monday, the bank said.",
            "CORRECTED-Russia's central bank sold 15 billion roubles' worth of foreign currency on the domestic market on Monday, the bank said. (Corrects figure to 15 billion from 50 billion)",
            _on(10, 13, 16),
        ),
        (
            "cr3",
            AGENCY,
            "Товарооборот России и Индии за январь–сентябрь составил 48 млрд долларов, сообщил посол Индии в Москве",
            "ИСПРАВЛЕНО: Товарооборот России и Индии за январь–сентябрь составил 84 млрд долларов, а не 48 млрд, как сообщалось ранее, сообщил посол Индии в Москве",
            _on(10, 18, 12),
        ),
        (
            "cr4",
            MFA_EN,
            "✈️ A special flight organised by the Russian Embassy has evacuated 50 Russian citizens and members of their families from Beirut to Moscow.",
            "✈️ Correction: a special flight organised by the Russian Embassy has evacuated 150 Russian citizens and members of their families from Beirut to Moscow (not 50, as stated earlier).",
            _on(10, 20, 11),
        ),
        (
            "cr5",
            GOV_KRS,
            "💳 Единовременную выплату в размере 10 тысяч рублей получили 1 700 семей из приграничных районов. Приём заявлений продолжается до 31 декабря.",
            "💳 Единовременную выплату в размере 10 тысяч рублей получили 7 100 семей из приграничных районов. Приём заявлений продолжается до 31 декабря.\n\nUPD: исправлена опечатка в количестве семей.",
            _on(10, 25, 17),
        ),
        (
            "cr6",
            CBR,
            "Банк России установил официальный курс евро на 31 октября в размере 91,53 рубля.",
            "Исправлено: Банк России установил официальный курс евро на 31 октября в размере 91,35 рубля.",
            _on(10, 30, 17),
        ),
        (
            "cr7",
            ROSSTAT,
            "📊 Инфляция в России в октябре составила 0,5% после 0,3% в сентябре.",
            "📊 ПОПРАВКА. Инфляция в России в октябре составила 0,05% после 0,3% в сентябре. В предыдущей публикации была допущена ошибка.",
            _on(11, 12, 19),
        ),
        (
            "cr8",
            EMB_AE,
            "The Embassy will hold a consular outreach visit to Dubai on Saturday, 15 November, from 10:00 to 17:00. Citizens wishing to apply for passports are requested to register in advance.",
            "Corrected: The Embassy will hold a consular outreach visit to Dubai on Saturday, 15 November, from 10:00 to 13:00 (not 17:00). Citizens wishing to apply for passports are requested to register in advance.",
            _on(11, 10, 10),
        ),
        (
            "cr9",
            MINFIN,
            "💰 Минфин России в период с 7 ноября по 5 декабря направит на покупку валюты и золота 50,3 млрд рублей, ежедневный объём покупок составит 2,5 млрд рублей.",
            "💰 Минфин России в период с 7 ноября по 5 декабря направит на покупку валюты и золота 15,3 млрд рублей, ежедневный объём покупок составит 0,8 млрд рублей.",
            _on(11, 6, 15),
        ),
    ]
    for group, source, post, fix, at in pairs:
        x.add("corrections", group, source, at, post, lasting=False)
        x.add(
            "corrections",
            group,
            source,
            at + timedelta(minutes=x.rng.randint(40, 200)),
            fix,
            lasting=False,
        )


def _tallies(x: _Set) -> None:
    """Tallies republished with a new line added (and then another)."""
    lines = [
        "— Курск — обесточено 46 домов",
        "— Курчатов — обесточено 12 домов",
        "— Железногорск — обесточено 9 домов",
        "— Льгов — обесточено 7 домов",
        "— Рыльск — обесточено 5 домов",
    ]
    for n, at in ((3, _on(11, 29, 20)), (4, _on(11, 29, 22)), (5, _on(11, 30, 8))):
        x.add(
            "tallies", "tl1", GOV_KRS, at,
            "⚡️ Последствия непогоды в Курской области:\n\n"
            + "\n".join(lines[:n])
            + "\n\nАварийные бригады работают на местах.",
            lasting=False,
        )  # fmt: skip
    vote = ["In favour: 93", "Against: 18", "Abstentions: 65", "Non-voting: 17"]
    for n, at in ((3, _on(12, 4, 20)), (4, _on(12, 4, 23))):
        x.add(
            "tallies", "tl2", MFA_EN, at,
            "🗳 The UN General Assembly has adopted the resolution on cooperation between the"
            " United Nations and the Collective Security Treaty Organization.\n\n"
            + "\n".join(vote[:n]),
            lasting=False,
        )  # fmt: skip
    medals = ["Russia 48", "China 31", "Belarus 19", "India 11", "Brazil 8"]
    for n, at in ((3, _on(2, 20, 21)), (4, _on(2, 20, 23)), (5, _on(2, 21, 9))):
        x.add(
            "tallies", "tl3", WIRE2, at,
            "Medal table after day four of the BRICS Games in Kazan (gold medals):\n"
            + "\n".join(medals[:n]),
            lasting=False,
        )  # fmt: skip
    cands = [
        "— Алексей Кравцов — 62,4%",
        "— Сергей Ичинов — 18,7%",
        "— Марина Алтаева — 9,3%",
        "— Николай Бедаев — 4,1%",
        "— недействительные бюллетени — 2,2%",
    ]
    for n, at in ((3, _on(3, 16, 9)), (4, _on(3, 16, 11)), (5, _on(3, 16, 14))):
        x.add(
            "tallies", "tl4", AGENCY, at,
            "Итоги выборов главы Республики Алтай после обработки 100% протоколов:\n\n"
            + "\n".join(cands[:n]),
            lasting=False,
        )  # fmt: skip
    aid = [
        "— из Москвы — 40 тонн",
        "— из Воронежской области — 22 тонны",
        "— из Липецкой области — 15 тонн",
        "— из Тамбовской области — 12 тонн",
        "— из Орловской области — 8 тонн",
    ]
    for n, at in ((3, _on(10, 22, 21)), (4, _on(10, 23, 21)), (5, _on(10, 24, 21))):
        x.add(
            "tallies", "tl5", GOV_BEL, at,
            "🤝 В пункты временного размещения Белгородской области поступила гуманитарная"
            " помощь:\n\n" + "\n".join(aid[:n]) + "\n\nСпасибо всем, кто помогает!",
            lasting=False,
        )  # fmt: skip
    rescued = [
        "В Пензенской области — 14 человек",
        "В Саратовской области — 9 человек",
        "В Самарской области — 6 человек",
        "В Ульяновской области — 4 человека",
    ]
    for n, at in ((2, _on(1, 7, 10)), (3, _on(1, 7, 14)), (4, _on(1, 7, 19))):
        x.add(
            "tallies", "tl6", MCHS, at,
            "❄️ Спасатели продолжают помогать водителям, застрявшим на трассе М-5 из-за снежных"
            " заносов. Эвакуированы в пункты обогрева:\n\n"
            + "\n".join(rescued[:n]),
            lasting=False,
        )  # fmt: skip


def _regions(x: _Set) -> None:
    """One template for several regions, the region only in the heading or in a hashtag."""
    for region, at in (
        ("Курская область", _on(11, 17, 17)),
        ("Белгородская область", _on(11, 17, 17, 20)),
        ("Орловская область", _on(11, 17, 17, 40)),
    ):
        x.add(
            "regions", "rg1", METEO, at,
            f"**{region}**\n\n⚠️ Экстренное предупреждение: 18 ноября ночью и утром местами"
            " ожидается сильный туман с ухудшением видимости до 200 метров и менее. Водителям"
            " рекомендуем снизить скорость, соблюдать дистанцию и по возможности воздержаться от"
            " дальних поездок.",
            lasting=False,
            sig="",
        )  # fmt: skip
    for tag, at in (
        ("#Курск", _on(11, 19, 15)),
        ("#Белгород", _on(11, 19, 15, 30)),
        ("#Воронеж", _on(11, 19, 16)),
    ):
        x.add(
            "regions", "rg2", MCHS, at,
            "❄️ Внимание! 20 ноября ожидается гололедица, на дорогах — снежный накат. Будьте"
            " осторожны за рулём и на улице: выбирайте удобную нескользящую обувь, обходите"
            f" опасные участки и не оставляйте детей без присмотра.\n\n{tag}",
            lasting=False,
            sig="",
        )  # fmt: skip
    for source, tag, at in (
        (GOV_BEL, "#Белгородскаяобласть", _on(11, 24, 12)),
        (GOV_KRS, "#Курскаяобласть", _on(11, 24, 13)),
    ):
        x.add(
            "regions", "rg3", source, at,
            "📢 С 1 декабря начинается приём заявлений на компенсацию расходов на подключение"
            " домовладений к газовым сетям. Подать заявление можно через портал Госуслуг или в"
            " МФЦ по месту жительства. Размер компенсации составляет до 100 тысяч рублей.\n\n"
            f"{tag}",
            sig="",
        )  # fmt: skip
    for city, at in (
        ("Abu Dhabi", _on(12, 11, 21)),
        ("Dubai", _on(12, 11, 21, 15)),
        ("Sharjah", _on(12, 11, 21, 30)),
    ):
        x.add(
            "regions", "rg4", EMB_AE, at,
            f"**{city}**\n\n🌫 The National Center of Meteorology warns of dense fog from 2 a.m. to"
            " 9 a.m. on Friday, with horizontal visibility falling below 200 metres on some"
            " internal and coastal roads. Motorists are urged to reduce speed and follow the"
            " changing speed limits.",
            lasting=False,
            sig="",
        )  # fmt: skip
    for tag, at in (
        ("#Курск", _on(11, 18, 19)),
        ("#Белгород", _on(11, 18, 19, 25)),
        ("#Орёл", _on(11, 18, 20)),
    ):
        x.add(
            "regions", "rg5", AGENCY, at,
            f"Занятия в школах 19 ноября проведут дистанционно из-за сильного снегопада {tag}",
            lasting=False,
            sig="",
        )  # fmt: skip
    for tag, at in (
        ("#Moscow", _on(1, 13, 18)),
        ("#StPetersburg", _on(1, 13, 18, 30)),
        ("#Kazan", _on(1, 13, 19)),
    ):
        x.add(
            "regions", "rg6", WIRE, at,
            f"Schools to close on Friday as heavy snow is forecast, city authorities say {tag}",
            lasting=False,
            sig="",
        )  # fmt: skip


def _worddates(x: _Set) -> None:
    """Texts one date apart, the date written in words."""
    for d, at in (
        ("двадцать первого", _on(11, 10, 13)),
        ("двадцать второго", _on(11, 12, 13)),
        ("двадцать восьмого", _on(11, 19, 13)),
    ):
        x.add(
            "worddates", "wd1", KREMLIN, at,
            f"Церемония вручения верительных грамот послами иностранных государств состоится {d}"
            " ноября в Александровском зале Большого Кремлёвского дворца.",
            lasting=False,
        )  # fmt: skip
    for d, at in (
        ("первого", _on(11, 14, 18)),
        ("пятнадцатого", _on(11, 21, 18)),
        ("тридцать первого", _on(11, 28, 18)),
    ):
        x.add(
            "worddates", "wd2", GOV, at,
            "📄 Постановление Правительства о новых правилах вывоза зерна вступает в силу с"
            f" {d} декабря две тысячи двадцать седьмого года.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("third", _on(10, 27, 12)), ("fourth", _on(10, 29, 12))):
        x.add(
            "worddates", "wd3", EMB_AE, at,
            "🇷🇺 The Russian Embassy in the UAE invites compatriots to a reception on the occasion of"
            f" National Unity Day, to be held on the {d} of November at 7 p.m. at the Embassy"
            " premises.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("четырнадцатое", _on(3, 5, 16)), ("двадцать первое", _on(3, 12, 16))):
        x.add(
            "worddates", "wd4", GOV_KRS, at,
            "📜 Губернатор Курской области подписал постановление о назначении выборов депутатов"
            f" Курской областной Думы на {d} сентября две тысячи двадцать восьмого года.",
        )  # fmt: skip
    for d, at in (("третьего", _on(10, 26, 11)), ("четвёртого", _on(10, 28, 11))):
        x.add(
            "worddates", "wd5", EMB_CN, at,
            "🇷🇺 Посольство России в Китае приглашает соотечественников на торжественный приём по"
            f" случаю Дня народного единства, который состоится {d} ноября в 18:00 в здании"
            " посольства.",
            lasting=False,
        )  # fmt: skip
    for d, at in (
        ("twelfth", _on(11, 26, 15)),
        ("twentieth", _on(12, 1, 15)),
        ("twenty-first", _on(12, 3, 15)),
    ):
        x.add(
            "worddates", "wd6", MFA_EN, at,
            "The signing ceremony of the Agreement between the Government of the Russian"
            " Federation and the Government of the Republic of Indonesia on mutual visa-free"
            f" travel will take place on the {d} of December in Moscow.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("девятнадцатого", _on(12, 5, 12)), ("двадцатого", _on(12, 8, 12))):
        x.add(
            "worddates", "wd7", CBR, at,
            f"Очередное заседание Совета директоров Банка России по ключевой ставке состоится {d}"
            " декабря.",
            lasting=False,
        )  # fmt: skip


FAMILIES: list[Callable[[_Set], None]] = [
    _readouts, _travel, _sanctions, _summits, _shares, _speakers, _rankings, _programmes,
    _warnings, _years, _quotes, _corrections, _tallies, _regions, _worddates,
]  # fmt: skip

# -- slots: what tells a statement from its siblings ------------------------------------------

_WORD = re.compile(r"\w+|%")  # a per cent sign is a word: "85%" and "85" say two things


def _norm(text: str) -> str:
    """The text as the checks read it: tags and Markdown marks out, entities read, soft hyphens
    and zero-width spaces out, lower case, "ё" as "е"."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("\u00ad", "").replace("\u200b", "")
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
    REP1.key: "📍 Сводки дня — подписаться: t.me/svodki_dnya",
    REP2.key: "Политика | Коротко → @politika_korotko",
    REP3.key: "⚡️ Срочные новости | t.me/srochnye_novosti",
    REP4.key: "Подписывайтесь на «Госвестник» 👉 @gosvestnik_tg",
    REP_EN.key: "— Moscow Monitor | Subscribe: t.me/moscowmonitor",
    REP_EN2.key: "🌐 Eurasia Desk · @eurasiadesk",
    REP_EN3.key: "Subscribe to The Kremlin Beat 👉 t.me/kremlinbeat",
    AGGR.key: "🗞 Итоги недели — @itogi_nedeli_tg",
    AGGR_EN.key: "The Week · subscribe: @theweek_digest",
}
HASHTAGS_RU = ["#новости #Россия", "#главное", "#официально", "#лента #новости_дня", "#политика"]
HASHTAGS_EN = ["#news #Russia", "#WorldNews", "#breaking", "#Eurasia #politics"]
EMOJI_RU = ["🔥 ", "📌 ", "‼️ ", "👉 ", "🇷🇺 ", "❗️ ", "🔴 "]
EMOJI_EN = ["🔥 ", "📌 ", "👉 ", "🌍 ", "❗️ ", "🔴 "]
# the marks of haste, with every punctuation reposters give them
BREAKING_RU = [
    "СРОЧНО: ", "⚡️СРОЧНО | ", "❗️СРОЧНО\n\n", "🔴 СРОЧНО. ", "СРОЧНО — ", "‼️СРОЧНО‼️ ",
    "СРОЧНО!!! ", "⚡️⚡️⚡️ ", "⚡️ ", "Срочно! ", "⚡ СРОЧНО ⚡\n", "СРОЧНО:\n",
]  # fmt: skip
BREAKING_EN = [
    "BREAKING: ", "⚡️ BREAKING — ", "🚨 BREAKING\n\n", "BREAKING | ", "⚡️ ", "*BREAKING* ",
    "BREAKING!!! ", "⚡ Breaking: ", "— BREAKING — ", "BREAKING.\n",
]  # fmt: skip
MORE_RU = [
    "…\n\nЧитать далее →",
    "… Читать далее",
    "…\n\n👉 Читать далее: {link}",
    "…\n\nЧитать полностью",
    "…",
]
MORE_EN = ["…\n\nRead more →", "… Read more", "…\n\nRead more: {link}", "… (read more)", "..."]
CREDITS_RU = [
    "\n\n📷 Фото: © {site}",
    "\n\nФото: пресс-служба, {site}",
    "\n\n📸 Фото с сайта {site}",
    "\n\n🎥 Видео: пресс-служба, {site}",
    "\n\nВидео: © {site}",
]
CREDITS_EN = [
    "\n\n📷 Photo: © {site}",
    "\n\nPhoto credit: {site}",
    "\n\n📸 Photo: press service / {site}",
    "\n\n🎥 Video: {site}",
    "\n\nVideo credit: © {site}",
]
CREDIT_LINES = {
    AGENCY.key: "© ИА «Меридиан». При цитировании ссылка обязательна",
    AGENCY2.key: "Агентство «Вектор» | vektor-news.example.ru",
    WIRE.key: "(Reporting by Northgate Wire's Moscow bureau; editing by Alan Pryce)",
    WIRE2.key: "(Compiled by Pacific Bridge Press staff)",
}
WEEK_HEADS = {AGGR.key: "🗞 Итоги недели\n\n", AGGR_EN.key: "🗞 The week in brief\n\n"}
# a reposter's heading over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "readouts": (["Дипломатия", "🌍 Внешняя политика", "Переговоры"], ["Diplomacy", "🌍 Foreign policy"]),
    "travel": (["Туристам на заметку", "✈️ Путешествия"], ["Travel", "For travellers"]),
    "sanctions": (["Санкции", "Главное"], ["Sanctions", "Top story"]),
    "summits": (["🗓 Анонс", "Календарь"], ["Diary", "Schedule"]),
    "shares": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "speakers": (["Заявление", "Главное"], ["Statement", "Top story"]),
    "rankings": (["Рейтинг", "📊 Цифры"], ["Rankings", "📊 Data"]),
    "programmes": (["Расписание", "Анонс"], ["Schedule", "Diary"]),
    "warnings": (["⚠️ Погода", "Погода и ЧС"], ["⚠️ Weather", "Weather alert"]),
    "years": (["Анонс", "Главное"], ["Diary", "Top story"]),
    "quotes": (["Заявление", "Цитата дня"], ["Statement", "Quote of the day"]),
    "corrections": (["Коротко", "Главное"], ["In brief", "Top story"]),
    "tallies": (["Сводка", "Коротко"], ["Update", "In brief"]),
    "regions": (["⚠️ Внимание", "Регионы"], ["⚠️ Alert", "Regions"]),
    "worddates": (["Анонс", "Календарь"], ["Diary", "Schedule"]),
}  # fmt: skip

# one reporting verb for another that says the same (either way)
SYNONYMS = [
    ("сообщил журналистам", "заявил журналистам"),
    ("сообщил", "заявил"),
    ("сказала", "заявила"),
    ("сообщили", "рассказали"),
    ("следует из сообщения", "говорится в сообщении"),
    ("следует из данных", "говорится в данных"),
    ("told reporters", "told journalists"),
    ("said", "stated"),
    ("says", "reports"),
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


# families whose statements are lists, tables or programmes: no copy cuts one short (a list cut
# after an item reads as the list with the next item left out, another statement)
LISTS = {"rankings", "tallies", "programmes"}


def _cuts(st: _Story, slots: _Slots) -> list[int]:
    n = len(slots.spans)
    if n < 30 or slots.last >= n - 1 or st.family in LISTS:
        return []
    low = max(slots.last + 2, (n * 2) // 5)
    return list(range(low, (n * 17) // 20 + 1))


def _sentence_cuts(st: _Story, slots: _Slots) -> list[int]:
    """The cuts of :func:`_cuts` that fall at a sentence's end (a lead cut with no mark)."""
    spans = slots.spans
    return [k for k in _cuts(st, slots) if st.body[spans[k - 1][1] : spans[k - 1][1] + 1] == "."]


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
        lambda t: "\n" + t.replace("\n\n", "\n \n") + "\n\n",
    ]
    if "\n\n" in text:
        ways.append(lambda t: t.replace("\n\n", "\n"))
        ways.append(lambda t: t.replace("\n\n", "\n\n\n"))
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
    if "'" in body:
        return body.replace("'", "’")
    return body.replace('"', "«", 1).replace('"', "»", 1)


def _punct(rng: random.Random, body: str) -> str:
    """Another hand's punctuation: hyphens or en dashes for em dashes, the paragraphs' final
    full stops dropped (or one added to a flash), "47,12 %", a colon for a dash."""
    ways: list[Callable[[str], str]] = []
    if " — " in body:
        dash = rng.choice([" - ", " – ", " -- "])
        ways.append(lambda t: t.replace(" — ", dash))
    if re.search(r"\.(?=\n\n|$)", body):
        ways.append(lambda t: re.sub(r"\.(?=\n\n|$)", "", t))
    elif re.search(r"\w$", body):
        ways.append(lambda t: t + rng.choice([".", "!"]))
    if re.search(r"\d%", body):
        ways.append(lambda t: re.sub(r"(?<=\d)%", " %", t))
    if "…" in body:
        ways.append(lambda t: t.replace("…", "..."))
    return rng.choice(ways)(body) if ways else body


def _artefact(rng: random.Random, body: str) -> str:
    """What a translation tool or a typesetter leaves in a text: non-breaking spaces after short
    words and before dashes, soft hyphens inside long words, narrow no-break spaces in numbers,
    a zero-width space after punctuation."""

    def shy(t: str) -> str:
        def one(m: re.Match[str]) -> str:
            w = m.group(0)
            if len(w) < 10 or rng.random() < 0.4:
                return w
            vowels = "аеёиоуыэюяaeiouy"
            at = [  # after a vowel, before a consonant: where a hyphenator breaks a word
                k
                for k in range(2, len(w) - 2)
                if w[k - 1].lower() in vowels and w[k].lower() not in vowels
            ]
            for k in sorted(rng.sample(at, min(2, len(at))), reverse=True):
                w = w[:k] + "\u00ad" + w[k:]
            return w

        return re.sub(r"[^\W\d_]+", one, t)

    ways: list[Callable[[str], str]] = [
        lambda t: re.sub(r"(?<!\S)(\w{1,2}) (?=\w)", "\\1\u00a0", t).replace(" — ", "\u00a0— "),
        shy,
        lambda t: re.sub(r"([,.:;]) (?=\w)", "\\1\u200b ", t, count=3),
    ]
    if re.search(r"\d \d{3}", body):
        ways.append(lambda t: re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", t))
    return rng.choice(ways)(body)


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
            "quotes": any(q in st.body for q in "«“\"'"),
            "synonym": bool(_synonym_spots(st, slots)),
            "truncated": bool(_cuts(st, slots)),
            "cut": bool(_sentence_cuts(st, slots)),
            "days_later": st.lasting and n >= 25,
            "self_later": st.lasting and n >= 25,
            "breaking": not st.lasting or n < 40,
            "photo_credit": st.source.key in SITES,
            "markdown": "**" not in st.body,
            "md_strip": "**" in st.body or "](" in st.sig,
            "punct": _punct(random.Random(0), st.body) != st.body,
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
                    f"«Переслано из {t}»\n\n",
                ]
            )
        else:
            d.head = rng.choice(
                [
                    f"Forwarded from {t}\n\n",
                    f"[Forwarded from {t} (@{u})]\n",
                    f"Forwarded from: {t}\n",
                    f"↪️ Forwarded from @{u}\n\n",
                ]
            )
        if rng.random() < 0.4:
            d.source = DUMP

    def _dump_header(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        stamp = (st.at + timedelta(hours=3)).strftime("%d.%m.%Y %H:%M")
        t, u = st.source.title, st.source.username
        d.head = rng.choice(
            [
                f"{t}, [{stamp}]\n",
                f"[{stamp}] {t}:\n",
                f"=== {DUMP.title} ===\n[{stamp}] @{u}\n\n",
                (
                    f"----- Пересланное сообщение -----\nОт: {t} (@{u})\nДата: {stamp}\n\n"
                    if self.ru
                    else f"----- Forwarded message -----\nFrom: {t} (@{u})\nDate: {stamp}\n\n"
                ),
            ]
        )
        d.source = DUMP

    def _signoff(self, d: _Draft) -> None:
        if d.source is None or d.source.key not in SIGNOFFS:  # a reposter's own line
            d.source = self.pick(self.reposters())
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
            d.body = first + rng.choice([" 👇", " ❗️", " 🇷🇺", " ✅", " 📍"]) + nl + rest

    def _link_add(self, d: _Draft) -> None:
        word = self.rng.choice(
            ["Подробнее: ", "🔗 ", "Источник: "] if self.ru else ["Read more: ", "🔗 ", "Source: "]
        )
        d.tail = [t for t in d.tail if self.st.link not in t] + [f"\n\n{word}{self.st.link}"]

    def _utm_link(self) -> str:
        link = self.st.link
        campaign = self.rng.choice(["svodki", "morning_brief", "repost", "weekly"])
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

    def _cut(self, d: _Draft) -> None:
        """A lead cut short with no mark: the sentences up to one after the slots."""
        st, rng = self.st, self.rng
        k = rng.choice(_sentence_cuts(st, self.slots))
        d.body = st.body[: self.slots.spans[k - 1][1] + 1]
        d.tail = []
        if rng.random() < 0.5:
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
                line = f"{city}, {_ru(local)}. /ИА «Меридиан»/. "
            else:
                line = f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Вектор». "
        else:
            city = site[3] if site else "MOSCOW"
            line = (
                f"{city}, {_en(local)} (Northgate) - "
                if agency is WIRE
                else f"{city} (PBP), {_en(local)} — "
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

    def _artefact(self, d: _Draft) -> None:
        d.body = _artefact(self.rng, d.body)

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

    def _self_later(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        d.source = st.source
        d.at = st.at + timedelta(
            days=rng.randint(2, 5), hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
        )

    def _days_later(self, d: _Draft) -> None:
        d.source = self.pick([AGGR] if self.ru else [AGGR_EN])
        if self.rng.random() < 0.5:
            d.head = WEEK_HEADS[d.source.key]
        else:
            d.tail = [*d.tail, "\n\n" + SIGNOFFS[d.source.key]]


KINDS = [
    "forward", "fwd_header", "dump_header", "signoff", "hashtags_add", "hashtags_drop",
    "emoji_add", "link_add", "utm", "preview", "typo_fixed", "typo_made", "whitespace", "punct",
    "quotes", "yo", "artefact", "markdown", "md_strip", "html", "truncated", "cut", "breaking",
    "dateline", "photo_credit", "synonym", "headline", "self_later", "days_later",
    "combo:fwd_header+hashtags_add", "combo:dateline+photo_credit", "combo:typo_made+signoff",
    "combo:yo+quotes", "combo:headline+signoff", "combo:typo_fixed+breaking",
    "combo:fwd_header+artefact", "combo:punct+link_add", "combo:synonym+hashtags_add",
    "combo:truncated+html", "combo:cut+signoff", "combo:md_strip+emoji_add",
    "combo:dump_header+typo_made", "combo:whitespace+photo_credit", "combo:breaking+link_add",
    "combo:yo+signoff",
]  # fmt: skip
COPIES_PER_STORY = [0, 1, 2, 3, 4, 5]
COPIES_WEIGHTS = [3, 9, 21, 32, 23, 12]


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
            unchanged = text == st.posted_body + st.sig and kind not in ("forward", "self_later")
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
            if not any(k in kind for k in ("truncated", "cut", "typo_made", "synonym")):
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


def build(seed: int = 20) -> list[Labelled]:
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
