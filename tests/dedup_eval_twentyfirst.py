# ruff: noqa: E501  (a data module: long template strings read better whole)
"""The twenty-first labelled near-duplicate set: templated official statements one slot apart of
kinds the earlier sets had little or none of (a telephone call at the initiative of one side or
the other, an event announced against the same event reported, an agreement initialled, signed,
ratified or in force, a bill in another reading, a decision taken unanimously or by a majority,
"welcomes" against "regrets", a meeting in person or by videoconference, Moscow time against
local time, another terminal or track, a figure's bound word, a rate per another period or a sum
in another currency, an ambassador against a chargé d'affaires, an interview with another outlet,
Russians among the dead or the injured, none or some, congratulations against condolences), kinds
they had in new wordings and shapes (a name, a date as a weekday or as "today" / "tomorrow", a
figure updated, a place, a list item, a negation, a speaker's rank, a ranking's order, a tally's
line, a price list one price apart, a score, a region named in the body, an official relieved
for another reason, a visit to a country against one from it, traffic resumed or suspended); and
copies of many kinds, two at once among them.

A foreign ministry's Russian and English channels, the Kremlin's Russian and English channels,
the government's, the State Duma's, the transport, finance and economy ministries', the
emergencies ministry's, the central bank's Russian and English channels, the consular
department's, two embassies (Turkey in Russian, Indonesia in English), the Russian mission to the
UN (English), two regional governors (Bryansk, Rostov), two Russian agencies and two English
wires, four Russian and three English reposters, a weekly aggregator in each language, an RSS
mirror, a scraper and a text dump of forwards (34 sources). Each *story* is one statement; every
post of a story after its first is a copy the reader must not see twice, and every other story
must be kept.

Distinct statements (each its own story; 270, 143 of them in Russian, in 24 families and 120
templates): telephone conversations held "по инициативе турецкой" / "российской стороны", "at
the initiative of the Indian" / "Russian side", "at Turkey's" / "Russia's request", "по
инициативе американской" / "российской стороны", "At the request of the Armenian" / "Russian
side", or the same side's initiative with another counterpart, in the ministry's, the Kremlin's,
the government's, an agency's and a wire's words (15); an event announced and reported
("состоятся" / "состоялись", "will hold" / "held", "пройдёт" / "прошло", "to hold" / "held",
"проведёт" / "провёл", "состоится" / "состоялся"), the readout on the announcement's evening
(16); an agreement "Парафировано" / "Подписано" / "Вступило в силу", "initialled" / "signed",
"initial" / "sign", "entered into force" / "was signed", "парафировали" / "подписали", a treaty
submitted for ratification against its ratification law signed, or another party at one stage
(15); a bill passed "в первом" / "во втором" / "в третьем чтении", "in first" / "third reading",
a vote's tally republished with one line's figure changed ("против — 12" / "21", "за — 398" /
"399", "Abstentions: 11" / "12", "In favour: 116" / "118"), a chamber's vote "154 сенатора" /
"156 сенаторов" (13); "unanimously adopted" / "adopted by a majority vote" (the same resolution
a week apart), "единогласно" / "большинством голосов", "unanimous" / "divided", "консенсусом" /
"голосованием" (11); "приветствуют" / "с сожалением восприняли", "welcomes" / "regrets",
"welcome" / "regret", "приветствует" / "с сожалением восприняло", or the same stance on another
country's heritage (13); "в очном формате" / "в режиме видеоконференции" / "в формате
видеоконференции" / "в онлайн-формате", "in person" / "via videoconference" / "by video link", or
another summit (11); "Moscow time" / "Jakarta time" / "local time" / "New York time", "по
местному" / "по московскому времени" (10); "терминала B" / "C", "Terminal A" / "B", "Terminal 2" /
"3", "3-й" / "5-й путь" (8); "более" / "около 300 человек", "at least" / "up to 135 million
tonnes", "не менее" / "не более 1,5%", "below" / "about 5%", "превысит" / "не превысит" (10);
flights "ежедневно" / "два раза в неделю" / "три раза в неделю", a limit "в месяц" / "в сутки",
"per day" / "per week", "a week" / "a month", bonds "в юанях" / "в долларах США", settlements "в
рублях" / "в юанях", "UAE dirhams" / "Chinese yuan" (15); "Посол" / "Временный поверенный в
делах" (or another country's ambassador) summoned or received, "Ambassador" / "Chargé
d'Affaires", "ambassador" / "charge d'affaires", "Ambassador" / "Chargé d'Affaires a.i." (11);
interviews with "газете «Известия»" / "агентству «Россия сегодня»" / "телеканалу «Россия-24»",
"Sputnik news agency" / "The Hindu newspaper", "Xinhua News Agency" / "People's Daily",
"«Известиям»" / "телеканалу RT", "Sputnik" / "RT" (11); Russians "среди погибших" / "среди
пострадавших" "нет" / "есть", "no" / "two" Russians "among the dead" / "injured", "погибли" /
"пострадали 4 человека", "killed" / "injured", "Пострадавших нет." / "Пострадал мирный житель"
(12); decrees appointing one man, relieving him of another post and his predecessor of this one
(three posts a minute apart, in Russian and in English), an agency deputy head appointed, relieved
of his former post "в связи с переходом на другую работу" and months later "по собственной
просьбе", a regional minister appointed and relieved, "appoints" / "dismisses" (13); delegations
"of Russian universities arrived in Jakarta" / "of Indonesian universities arrived in Moscow",
"завершил визит в Малайзию и прибыл в Индонезию" and the other way round, Lavrov to Pyongyang /
the North Korean minister to Moscow, Putin's state visit to Laos / the Lao President's to Russia,
"российских регионов … в Харбин" / "китайских … в Новосибирск" (10); "Сегодня" / "Завтра в
11:00", "on Tuesday" / "Thursday", "в понедельник" / "в среду", "Today" / "Tomorrow", "в пятницу"
/ "в понедельник", "on Monday" / "on Wednesday" (12); consular fee lists, visa fee lists and fuel
price lists republished with one price changed, one of them the same day ("62,91" / "62,97",
"74,120" / "74,210") (11); hockey results one score apart ("2:4" / "2:3"), "3-1" / "3-2", a medal
table and league standings with two places swapped (8); a minister's week, a minister's English
week and the Council's week with one day's item changed ("в Минске" / "в Ереване", "Gulf
Cooperation Council" / "League of Arab States", "Libya" / "Sudan") (8); one notice posted by two
governors, each naming his own region in the body, a storm warning for three regions, "Rostov" /
"Volgograd" (9); "поздравление" / "соболезнования" to one president (and a congratulation to
another), "congratulations" / "condolences" to one minister or king, an embassy's condolences /
congratulations to one people, "поздравительное послание" / "послание с соболезнованиями" (11);
evacuation figures updated during the day ("112" / "146" / "186", "1 240" / "1 315", "212" /
"240", "87" / "104") (9); "приостановлено" / "возобновлено", "been suspended" / "resumed",
"suspends" / "resumes", "приостанавливает" / "возобновляет" (8).

CONVENTIONS. A statement's slots are everything its siblings say otherwise: the side that
initiated a call, the tense, the stage of an agreement, the reading, a tally's line, the manner
of a vote, the stance, the format, the time zone, the terminal or track, the bound word, the
period or the currency, the envoy's rank, the outlet, the category of victims and whether there
are any, the person, the post, the reason, the direction of a visit, the day, a price, a score,
a place in a ranking, a schedule's item, the region, the kind of message, the figure, the
direction of traffic. (1) A figure's bound word is a slot ("более 300" / "около 300"): an
estimate and a lower bound are two statements; so is the period a rate is per and the currency a
sum is in. (2) Tense and stage are slots: an event announced and the same event reported, an
agreement initialled and signed, are two statements; so is "в очном формате" against "в режиме
видеоконференции". (3) Who took the initiative, who was summoned (an ambassador or a chargé
d'affaires) and which outlet had the interview are slots. (4) A tally, a price list or a schedule
re-posted with one line changed is another statement, with or without a mark, the same day or a
week later; no copy drops, adds or reorders a line, no list, tally, schedule or bulleted text is
cut short, and none is re-posted days later. (5) The order of a ranking is the statement; no copy
reorders anything: neither lines nor paragraphs, even where they look independent (a reposter
does not reorder an official text, and an ordered list's order is what it says), and the two
sides of a visit swapped are another statement. (6) A statement's Russian and English versions
are two stories (the earlier sets' convention); no copy crosses languages, and none adds a
machine-translated title line (a post in two languages is its own story, the seventeenth set's
convention). No text of one story is repeated in another. (7) A copy adds nothing that is said:
a forward header, a text dump's header, a "📌 Закреплено" / "📌 Pinned" header a scraper or an
export puts over a channel's pinned post, a reposter's one line with no fact in it ("Важно 👇",
"Официально:", "Сохраняйте себе 👇", "FYI 👇", "In case you missed it:") over the whole post,
pasted or quoted line by line with "> ", a reposter's sign-off, a hashtag line, an emoji, a haste
mark, a link (with or without tracking parameters), a link preview (site, title and first
sentence of the post itself), a photo or video credit line, an agency's dateline (its city and
the copy's own date, the leading emoji and bold marks dropped) and credit line, a reposter's
rubric heading that names the kind of news and no fact ("Кадры", "📊 Цифры", "Diary", "Top
story"), a weekly aggregator's heading, an RSS mirror's item title (the post's own first line).
(8) A synonym edit of one reporting verb is a copy ("сообщил" / "заявил", "заявила" / "сказала",
"сообщили в" / "рассказали в", "told reporters" / "told journalists", "said" / "stated", "says" /
"said"), every slot kept. (9) A typo fixed is a copy (the original went out with one typo, which
forwards, dump copies, pinned copies and the channel's own re-post carry), and so is a typo fixed
in the word right next to a slot ("агенсттва морского" / "агентства морского", "initial
agreemnet" / "agreement", "провёл своещание" / "совещание"), which makes the original look one
word from its copy; so is one typo made off the slots, and so are whitespace, punctuation,
quotes, "ё" as "е", Markdown added or stripped, a list's emoji bullets retyped as another bullet
or a dash, a scraper's HTML and what a translation tool or a typesetter leaves. (10) A truncation
("…", "… Читать далее", "Read more") is a copy when it is cut after the slots, and so is a lead
cut short with no mark at a sentence's end after the slots (the sentences it drops tell nothing
the reader, who saw the whole post first, lacks); posts under 30 words are never cut, nor a
statement whose slot is at its end. (11) The channel's own re-post of its text 2-5 days later is
a copy, made only of lasting posts of 25 words or more (no announcement, flash, figure of the
day, list or schedule is re-posted days later). (12) An RSS mirror's item is the post's text with
Markdown dropped, its first line as the Post's title and a t.me link as its url; every other copy
is text alone (the Post model's other fields were not read beyond their names).

Copies (each copy's external id ends with its kind; seed 21): a plain forward (18), a forward
header (22), a text dump's header (18), a reposter's sign-off (16), a hashtag line added (18), the
original's hashtag line removed (11), an emoji (18), a link added (16), tracking parameters (18),
a link preview's text (19), the original's typo fixed (10), the original's typo next to a slot
fixed (10), one typo made off the slots (16), whitespace (17), punctuation (19), quotes (10), "ё"
as "е" (8), a translation artefact (18), Markdown added (20), Markdown stripped (8), a scraper's
HTML (19), a "…" / "Читать далее" / "Read more" truncation (7), a lead cut short with no mark
(8), a haste mark (16), an agency's dateline, with its credit line under four in ten (16), a
photo or video credit line (17), a synonym edit of one reporting verb (9), a reposter's rubric
heading (16), a reposter's one-line remark over the post (15), emoji bullets retyped (6), the RSS
mirror's item (17), a "pinned" header (15), the channel's own re-post 2-5 days later (6), a
weekly aggregator's copy 2-6 days later (9); and two at once: a forward header with hashtags
(16), a dateline with a credit line (22), a typo with a sign-off (17), a remark with an emoji
(15), a truncation in the RSS mirror (8), a rubric heading with a sign-off (17), the typo next to
a slot fixed with a haste mark (11), "ё" as "е" with quotes (2), Markdown stripped with an emoji
(8), whitespace with a credit line (15), a dump header with a typo (19), a remark with the
hashtag line removed (11), bullets retyped with a sign-off (8), bullets retyped in HTML (6),
punctuation with a link (16), a synonym edit with hashtags (9), a lead cut short with a sign-off
(7), a "pinned" header with a link (13), the typo fixed under a remark (15), a forward header
with a translation artefact (18), a haste mark with a link (16). :func:`_check` asserts unique
ids, every copy after its original, every copy keeping each word of its own slots and adding no
stem of a sibling's slot, every copy but truncations, cuts, typos and synonym edits keeping every
word of the statement, a feed title made of the statement's words, every copy in its original's
language, no two stories with the same words, no text in two stories, and siblings told apart.
Copies of posts under 16 words come within six hours, longer posts' mostly within a day; about
one in eight copies of a lasting post of 25 words or more comes 1-4 days later.

Seed 21: 1025 posts, 270 stories, 755 copies (486 of one kind, 269 of two at once; 146 within an
hour, 575 within six hours, 152 more within a day, 28 a day or more later; 9 the channel's own
re-posts, 6 of them days later and 3 reworded), 55% of the posts in Russian, 34 sources; April to
September 2028. Seeds 1-3: 997-1012 posts, the same 270 stories. Not yet scored: the dedup was
not run while the set was written.

Written blind in session 52: without reading how the detector works and without running it (from
how official channels, agencies and their reposters write; tg_archiver/ but for
archive/models.py, docs/, README.md, CHANGELOG.md and the other tests were not read, and no test
or scoring was run; only tests/dedup_eval_set.py, the twentieth and nineteenth sets in full, the
first docstrings of the other tests/dedup_eval_*.py, for the shape, the conventions and the kinds
already covered, and tg_archiver/archive/models.py, for the Post fields, were read). The slots,
the copy maker and :func:`_check` are the twentieth's, with five kinds of copy added (a typo
fixed next to a slot, a reposter's one-line remark over the whole post, emoji bullets retyped, an
RSS mirror's item with its title, a "pinned" header) and no list, schedule or bulleted text cut;
the statements, sources and wording are new.
"""

from __future__ import annotations

import difflib
import html
import random
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA = _tg("-1002101000001", "МИД России 🇷🇺", "mid_rossii_tg")
MFA_EN = _tg("-1002101000002", "MFA Russia 🇷🇺", "mfarussia_eng")
KREMLIN = _tg("-1002101000003", "Кремль", "kremlin_rus_tg")
KREMLIN_EN = _tg("-1002101000004", "Kremlin", "kremlin_eng_tg")
GOV = _tg("-1002101000005", "Правительство России", "government_rus_tg")
DUMA = _tg("-1002101000006", "Государственная Дума", "duma_official_tg")
MINTRANS = _tg("-1002101000007", "Минтранс России", "mintrans_rus_tg")
MINFIN = _tg("-1002101000008", "Минфин России", "minfin_rus_tg")
MINEK = _tg("-1002101000009", "Минэкономразвития России", "minek_rus_tg")
MCHS = _tg("-1002101000010", "МЧС России", "mchs_rus_tg")
CBR = _tg("-1002101000011", "Банк России", "bank_rossii_tg")
CBR_EN = _tg("-1002101000012", "Bank of Russia", "bankofrussia_eng")
CONSUL = _tg("-1002101000013", "Консульский департамент МИД России", "consul_mid_tg")
EMB_TR = _tg("-1002101000014", "Посольство России в Турции", "rusemb_turkey_tg")
EMB_ID = _tg("-1002101000015", "Russian Embassy in Indonesia", "rusemb_indonesia")
UN_EN = _tg("-1002101000016", "Russian Mission to the UN", "russia_un_mission")
GOV_BRN = _tg("-1002101000017", "Губернатор Брянской области", "bryansk_gubernator_tg")
GOV_ROS = _tg("-1002101000018", "Губернатор Ростовской области", "rostov_gubernator_tg")
AGENCY = _tg("-1002101000019", "ИА «Пульс»", "puls_lenta")
AGENCY2 = _tg("-1002101000020", "Агентство «Ориентир»", "orientir_news")
WIRE = _tg("-1002101000021", "Eastline Wire", "eastlinewire")
WIRE2 = _tg("-1002101000022", "Capital Desk Press", "capitaldeskpress")
REP1 = _tg("-1002101000023", "Новости сегодня", "novosti_segodnya_tg")
REP2 = _tg("-1002101000024", "Госновости | Коротко", "gosnovosti_korotko")
REP3 = _tg("-1002101000025", "Молния ⚡️", "molniya_lenta")
REP4 = _tg("-1002101000026", "Вестник дипломатии", "vestnik_diplo")
REP_EN = _tg("-1002101000027", "Russia Watch", "russiawatch_news")
REP_EN2 = _tg("-1002101000028", "Eurasia Today", "eurasiatoday_tg")
REP_EN3 = _tg("-1002101000029", "The Moscow Brief", "moscowbrief")
AGGR = _tg("-1002101000030", "Неделя в новостях 🗞", "nedelya_v_novostyakh")
AGGR_EN = _tg("-1002101000031", "Week in Review 🗞", "weekinreview_tg")
MIRROR = SourceRef(
    kind="feed", key="https://rssmirror.example.net/tg/official.xml", title="RSS Mirror: official"
)
SCRAPER = SourceRef(kind="import", key="scraper-2028-06", title="scraped-posts-jun.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2028-07.txt", title="forwards-2028-07.txt")

RU_REPOSTERS = [REP1, REP2, REP3, REP4]
AGENCIES = {AGENCY.key, AGENCY2.key, WIRE.key, WIRE2.key}  # they pin nothing
EN_REPOSTERS = [REP_EN, REP_EN2, REP_EN3]

# where a source's posts link to, and the city an agency's dateline gives them
SITES = {
    MFA.key: ("mid.ru", "https://mid.ru/ru/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    MFA_EN.key: ("mid.ru", "https://mid.ru/en/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    KREMLIN.key: ("kremlin.ru", "http://kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    KREMLIN_EN.key: ("en.kremlin.ru", "http://en.kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    GOV.key: ("government.ru", "http://government.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    DUMA.key: ("duma.gov.ru", "http://duma.gov.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    MINTRANS.key: ("mintrans.gov.ru", "https://mintrans.gov.ru/press-center/news/{n}", "МОСКВА", "MOSCOW"),
    MINFIN.key: ("minfin.gov.ru", "https://minfin.gov.ru/ru/press-center/?id_4={n}", "МОСКВА", "MOSCOW"),
    MINEK.key: ("economy.gov.ru", "https://www.economy.gov.ru/material/news/{n}.html", "МОСКВА", "MOSCOW"),
    MCHS.key: ("mchs.gov.ru", "https://mchs.gov.ru/deyatelnost/press-centr/novosti/{n}", "МОСКВА", "MOSCOW"),
    CBR.key: ("cbr.ru", "https://www.cbr.ru/press/event/?id={n}", "МОСКВА", "MOSCOW"),
    CBR_EN.key: ("cbr.ru", "https://www.cbr.ru/eng/press/event/?id={n}", "МОСКВА", "MOSCOW"),
    CONSUL.key: ("kdmid.ru", "https://www.kdmid.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    EMB_TR.key: ("turkey.mid.ru", "https://turkey.mid.ru/ru/press-centre/news/{n}/", "АНКАРА", "ANKARA"),
    EMB_ID.key: ("indonesia.mid.ru", "https://indonesia.mid.ru/en/press-centre/news/{n}/", "ДЖАКАРТА", "JAKARTA"),
    UN_EN.key: ("russiaun.ru", "https://russiaun.ru/en/news/{n}", "НЬЮ-ЙОРК", "NEW YORK"),
    GOV_BRN.key: ("bryanskobl.ru", "https://www.bryanskobl.ru/news/{n}", "БРЯНСК", "BRYANSK"),
    GOV_ROS.key: ("donland.ru", "https://www.donland.ru/news/{n}/", "РОСТОВ-НА-ДОНУ", "ROSTOV-ON-DON"),
    AGENCY.key: ("puls-news.example.ru", "https://puls-news.example.ru/news/{n}", "МОСКВА", "MOSCOW"),
    AGENCY2.key: ("orientir.example.ru", "https://orientir.example.ru/{n}", "МОСКВА", "MOSCOW"),
    WIRE.key: ("eastline.example.com", "https://eastline.example.com/world/{n}", "МОСКВА", "MOSCOW"),
    WIRE2.key: ("capitaldesk.example.com", "https://capitaldesk.example.com/news/{n}", "МОСКВА", "MOSCOW"),
}  # fmt: skip

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: ["", "", "\n\n#МИД_России #Дипломатия", "\n\n🔗 {link}", "\n\n#ВнешняяПолитика\n🔗 {link}", "\n\n[Читать на сайте]({link})"],
    MFA_EN.key: ["", "\n\n#Russia #Diplomacy", "\n\n🔗 {link}", "\n\n#ForeignPolicy\n🔗 {link}", "\n\n[Read more on the website]({link})"],
    KREMLIN.key: ["", "\n\n🔗 {link}", "\n\n#Кремль #Президент"],
    KREMLIN_EN.key: ["", "\n\n🔗 {link}", "\n\n#Kremlin"],
    GOV.key: ["", "\n\n#Правительство", "\n\n[Подробнее на сайте]({link})"],
    DUMA.key: ["", "\n\n#Госдума #законы", "\n\n🔗 {link}"],
    MINTRANS.key: ["", "\n\n#Минтранс #транспорт", "\n\n🔗 {link}"],
    MINFIN.key: ["", "\n\n#Минфин #финансы"],
    MINEK.key: ["", "\n\n#Минэкономразвития #экономика"],
    MCHS.key: ["", "\n\n#МЧС #МЧСРоссии", "\n\n#МЧС_оповещает"],
    CBR.key: ["", "\n\n#БанкРоссии", "\n\n🔗 {link}"],
    CBR_EN.key: ["", "\n\n🔗 {link}", "\n\n#BankofRussia"],
    CONSUL.key: ["", "\n\n#консульство #путешественникам", "\n\nПодробнее: {link}"],
    EMB_TR.key: ["", "\n\n#Посольство #РоссияТурция"],
    EMB_ID.key: ["", "\n\n#RussianEmbassy #Indonesia", "\n\n🔗 {link}"],
    UN_EN.key: ["", "\n\n#UNSC #Russia", "\n\n🔗 {link}"],
    GOV_BRN.key: ["", "\n\n#Брянскаяобласть"],
    GOV_ROS.key: ["", "\n\n#Ростовскаяобласть"],
    AGENCY.key: ["", "", "\n\n#новости"],
    AGENCY2.key: ["", "\n\n@orientir_news"],
    WIRE.key: ["", "", "\n\n#news"],
    WIRE2.key: ["", "\n\n— CDP"],
}  # fmt: skip

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
    """A moment given in Moscow time (UTC+3), kept in UTC: April to September 2028."""
    return datetime(2028, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


def _ru(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en(d: datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}"


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
    lasting: bool  # may be re-posted days later (not a flash, an announcement, a notice of the day)
    posted_body: str = ""  # the body as first published (with the typo a copy fixes)
    copies: list[tuple[str, Labelled]] = field(default_factory=list)


class _Set:
    """The set's stories as its families add them. The sites and signatures a story's link
    and lines are drawn from, and its link's numbers, are read through the class, so that a
    later set's ``_Set`` adds its stories with its own by setting these."""

    sites = SITES
    sigs = SIGS
    link_numbers = (2_410_000, 2_499_999)

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
        link: str | None = None,
    ) -> None:
        """A story; ``link``: the post's own (a document the statement is), else one on its
        source's site."""
        rng = self.rng
        members = self.groups.setdefault(group, [])
        sid = f"{group}{'abcdefghij'[len(members)]}"
        site = self.sites.get(source.key)
        n = rng.randrange(*self.link_numbers)
        if link is None:
            link = site[1].format(n=n) if site else ""
        if sig is None:
            sig = rng.choice(self.sigs.get(source.key, [""]))
            if "{link}" in sig and not link:
                sig = ""
            sig = sig.replace("{link}", link)
        at = at + timedelta(minutes=rng.randint(0, 14))
        lang = "ru" if re.search("[а-яё]", body.lower()) else "en"
        st = _Story(sid, family, group, source, at, body, sig, link, lang, lasting, body)
        members.append(st)
        self.stories.append(st)


# -- distinct statements ---------------------------------------------------------------------


def _initiative(x: _Set) -> None:
    """Telephone conversations held at the initiative (or the request) of one side or the
    other (or the same side's initiative with another counterpart)."""
    for side, gen, name, at in (
        ("турецкой", "Турецкой Республики", "Х.Фиданом", _on(4, 6, 16)),
        ("российской", "Турецкой Республики", "Х.Фиданом", _on(4, 20, 15)),
        ("российской", "Арабской Республики Египет", "Б.Абдельатти", _on(4, 13, 17)),
    ):
        x.add(
            "initiative", "in1", MFA, at,
            f"☎️ **О телефонном разговоре С.В.Лаврова с Министром иностранных дел {gen} {name}**"
            "\n\nСостоялся телефонный разговор Министра иностранных дел Российской Федерации"
            f" С.В.Лаврова с Министром иностранных дел {gen} {name}. Разговор прошёл по инициативе"
            f" {side} стороны.\n\nМинистры обменялись мнениями по актуальным вопросам"
            " международной повестки дня, прежде всего в контексте ситуации на Ближнем Востоке."
            " Условились о продолжении контактов.",
        )  # fmt: skip
    for side, who, at in (
        ("Indian", "Prime Minister of India Narendra Modi", _on(4, 8, 19)),
        ("Russian", "Prime Minister of India Narendra Modi", _on(5, 16, 18)),
        ("Malaysian", "Prime Minister of Malaysia Anwar Ibrahim", _on(4, 22, 17)),
    ):
        x.add(
            "initiative", "in2", KREMLIN_EN, at,
            f"Vladimir Putin had a telephone conversation with {who}. The conversation took place"
            f" at the initiative of the {side} side.\n\nThe leaders discussed the implementation of"
            " the agreements reached at the highest level, with an emphasis on trade, energy and"
            " transport projects.\n\nThey agreed to maintain contacts.",
        )  # fmt: skip
    for side, at in (("белорусской", _on(4, 10, 14)), ("российской", _on(5, 12, 14))):
        x.add(
            "initiative", "in3", GOV, at,
            "📞 Михаил Мишустин провёл телефонный разговор с Премьер-министром Республики"
            f" Беларусь. Разговор состоялся по инициативе {side} стороны.\n\nОбсуждались ход"
            " реализации союзных программ, промышленная кооперация и поставки энергоносителей.",
        )  # fmt: skip
    for who, side, at in (
        ("Erdogan", "Turkey's", _on(4, 9, 20)),
        ("Erdogan", "Russia's", _on(5, 2, 20)),
        ("Pezeshkian", "Iran's", _on(4, 16, 21)),
    ):
        x.add(
            "initiative", "in4", WIRE, at,
            f"Putin and {who} held a phone call at {side} request, the Kremlin said",
            lasting=False,
        )  # fmt: skip
    for side, at in (("американской", _on(4, 24, 22)), ("российской", _on(5, 19, 21))):
        x.add(
            "initiative", "in5", AGENCY, at,
            f"Телефонный разговор Лаврова и госсекретаря США Рубио состоялся по инициативе {side}"
            " стороны, сообщили в МИД России",
            lasting=False,
        )  # fmt: skip
    for side, at in (("Armenian", _on(4, 28, 15)), ("Russian", _on(5, 26, 15))):
        x.add(
            "initiative", "in6", MFA_EN, at,
            f"☎️ At the request of the {side} side, Foreign Minister Sergey Lavrov had a telephone"
            " conversation with Minister of Foreign Affairs of Armenia Ararat Mirzoyan.\n\nThe"
            " ministers discussed the normalisation of relations between Baku and Yerevan, the"
            " unblocking of transport links in the South Caucasus and the schedule of upcoming"
            " contacts.",
        )  # fmt: skip


def _tense(x: _Set) -> None:
    """An event announced ("will take place") against the same event reported ("took place")."""
    for verb, at in (("состоятся", _on(5, 11, 9)), ("состоялись", _on(5, 11, 17))):
        x.add(
            "tense", "te1", KREMLIN, at,
            f"🇷🇺🇻🇳 В Кремле {verb} переговоры Владимира Путина с Генеральным секретарём ЦК"
            " Коммунистической партии Вьетнама То Ламом.\n\nВ центре внимания — развитие"
            " всеобъемлющего стратегического партнёрства, торгово-экономическое сотрудничество,"
            " взаимодействие в энергетике и образовании.",
            lasting=False,
        )  # fmt: skip
    for verb, c, name, at in (
        ("will hold", "Brazil", "Mauro Vieira", _on(6, 2, 10)),
        ("held", "Brazil", "Mauro Vieira", _on(6, 3, 17)),
        ("will hold", "Chile", "Alberto van Klaveren", _on(6, 8, 10)),
    ):
        x.add(
            "tense", "te2", MFA_EN, at,
            f"🤝 Sergey Lavrov {verb} talks with Minister of Foreign Affairs of {c} {name} in"
            " Moscow.\n\nOn the agenda:\n🔹 bilateral trade and investment\n🔹 cooperation at the UN"
            " and other multilateral fora\n🔹 the situation in Latin America and the Caribbean",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("пройдёт", _on(6, 15, 12)), ("прошло", _on(6, 19, 18))):
        x.add(
            "tense", "te3", GOV, at,
            "🇷🇺🇺🇿 Заседание Межправительственной комиссии по экономическому сотрудничеству между"
            f" Россией и Узбекистаном {verb} в Ташкенте. Российскую часть комиссии возглавляет"
            " Заместитель Председателя Правительства Алексей Оверчук.",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("will hold", _on(7, 14, 18)), ("held", _on(7, 16, 23))):
        x.add(
            "tense", "te4", UN_EN, at,
            f"🇺🇳 The UN Security Council {verb} a high-level open debate on strengthening"
            " multilateralism, chaired by Russian Foreign Minister Sergey Lavrov, under Russia's"
            " Presidency of the Council.",
            lasting=False,
        )  # fmt: skip
    for verb, who, at in (
        ("проведёт", "с постоянными членами Совбеза", _on(4, 14, 11)),
        ("провёл", "с постоянными членами Совбеза", _on(4, 14, 19)),
        ("проведёт", "с членами правительства", _on(4, 21, 11)),
    ):
        x.add(
            "tense", "te5", AGENCY, at,
            f"Путин {verb} совещание {who}, сообщил Песков",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("to hold", _on(7, 3, 8)), ("held", _on(7, 10, 19))):
        x.add(
            "tense", "te6", WIRE2, at,
            f"Russian, Chinese navies {verb} joint exercise in Sea of Japan, defence ministry says",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("состоится", _on(6, 9, 12)), ("состоялся", _on(6, 12, 22))):
        x.add(
            "tense", "te7", EMB_TR, at,
            f"🇷🇺 Торжественный приём по случаю Дня России {verb} в резиденции Посла Российской"
            " Федерации в Анкаре. На приём приглашены представители официальных кругов Турции,"
            " дипломатического корпуса и российские соотечественники.",
            lasting=False,
        )  # fmt: skip


def _stages(x: _Set) -> None:
    """An agreement initialled, signed, ratified or in force (or another party at one stage)."""
    for stage, at in (
        ("Парафировано", _on(4, 17, 13)),
        ("Подписано", _on(6, 23, 13)),
        ("Вступило в силу", _on(9, 4, 12)),
    ):
        x.add(
            "stages", "st1", MFA, at,
            f"📝 {stage} Соглашение между Правительством Российской Федерации и Правительством"
            " Республики Индонезии о взаимной отмене визовых требований для владельцев"
            " общегражданских паспортов.\n\nДокумент предусматривает безвизовый въезд граждан двух"
            " стран с целью туризма на срок до 30 дней.",
        )  # fmt: skip
    for verb, c, at in (
        ("initialled", "Oman", _on(4, 27, 12)),
        ("signed", "Oman", _on(7, 6, 12)),
        ("initialled", "Bahrain", _on(5, 18, 12)),
    ):
        x.add(
            "stages", "st2", MFA_EN, at,
            f"📝 Russia and {c} have {verb} an Agreement on the Promotion and Reciprocal Protection"
            " of Investments.\n\nThe document is intended to create favourable conditions for"
            " investors of the two countries and to give a new impetus to bilateral economic"
            " cooperation.",
        )  # fmt: skip
    for text, at in (
        (
            "📄 Владимир Путин внёс в Государственную Думу на ратификацию Договор о стратегическом"
            " партнёрстве между Российской Федерацией и Республикой Союз Мьянма.",
            _on(5, 5, 15),
        ),
        (
            "📄 Владимир Путин подписал Федеральный закон «О ратификации Договора о стратегическом"
            " партнёрстве между Российской Федерацией и Республикой Союз Мьянма».",
            _on(6, 28, 15),
        ),
    ):
        x.add("stages", "st3", KREMLIN, at, text)
    for verb, c, at in (
        ("sign", "Myanmar", _on(5, 9, 9)),
        ("initial", "Myanmar", _on(4, 18, 9)),
        ("initial", "Laos", _on(4, 25, 9)),
    ):
        x.add(
            "stages", "st4", WIRE, at,
            f"Russia, {c} {verb} agreement on peaceful use of nuclear energy",
            lasting=False,
        )  # fmt: skip
    for what, at in (("entered into force", _on(9, 4, 9)), ("was signed", _on(6, 23, 16))):
        x.add(
            "stages", "st5", EMB_ID, at,
            "🇷🇺🇮🇩 The Agreement between the Government of the Russian Federation and the"
            " Government of the Republic of Indonesia on the mutual waiver of visa requirements"
            f" {what} today.\n\nUnder the agreement, citizens of the two countries travelling for"
            " tourism will be able to stay without a visa for up to 30 days.",
        )  # fmt: skip
    for verb, at in (("парафировали", _on(5, 23, 14)), ("подписали", _on(7, 20, 14))):
        x.add(
            "stages", "st6", AGENCY2, at,
            f"Россия и Казахстан {verb} соглашение о сотрудничестве в строительстве первой"
            " казахстанской АЭС, сообщил вице-премьер Оверчук",
            lasting=False,
        )  # fmt: skip


def _readings(x: _Set) -> None:
    """A bill passed in another reading, a vote's tally one line apart, senators' votes."""
    for n, at in (
        ("в первом", _on(4, 15, 16)),
        ("во втором", _on(5, 20, 16)),
        ("в третьем", _on(5, 21, 13)),
    ):
        x.add(
            "readings", "rg1", DUMA, at,
            f"🏛 Государственная Дума приняла {n} чтении законопроект об упрощённом порядке"
            " получения вида на жительство для иностранных выпускников российских вузов.\n\n"
            "Документ внесён Правительством Российской Федерации.",
            lasting=False,
        )  # fmt: skip
    lines = ["за — 398", "против — 12", "воздержались — 1"]
    for items, at in (
        (lines, _on(6, 2, 15)),
        (_put(lines, 1, "против — 21"), _on(6, 2, 17)),
        (_put(lines, 0, "за — 399"), _on(6, 16, 15)),
    ):
        x.add(
            "readings", "rg2", DUMA, at,
            "🗳 Итоги голосования по законопроекту о государственной поддержке судостроения"
            " (третье чтение):\n\n" + "\n".join(items) + "\n\nЗакон принят.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("first", _on(4, 15, 18)), ("third", _on(5, 21, 15))):
        x.add(
            "readings", "rg3", WIRE, at,
            "Russia's State Duma passes bill easing residence permits for foreign graduates of"
            f" Russian universities in {n} reading",
            lasting=False,
        )  # fmt: skip
    for n, at in (("154 сенатора", _on(6, 7, 13)), ("156 сенаторов", _on(6, 21, 13))):
        x.add(
            "readings", "rg4", AGENCY2, at,
            "Совет Федерации одобрил закон о государственной поддержке судостроения. За"
            f" проголосовали {n}, сообщили в пресс-службе палаты",
            lasting=False,
        )  # fmt: skip
    votes = ["In favour: 116", "Against: 53", "Abstentions: 11"]
    for items, at in (
        (votes, _on(9, 20, 22)),
        (_put(votes, 2, "Abstentions: 12"), _on(9, 20, 23, 30)),
        (_put(votes, 0, "In favour: 118"), _on(9, 27, 22)),
    ):
        x.add(
            "readings", "rg5", UN_EN, at,
            "🗳 The UN General Assembly Third Committee has adopted the draft resolution on"
            " combating the glorification of Nazism, neo-Nazism and other practices, submitted by"
            " Russia.\n\n" + "\n".join(items),
            lasting=False,
        )  # fmt: skip


def _unanimity(x: _Set) -> None:
    """A decision taken unanimously against the same decision taken by a majority."""
    for how, n, at in (
        ("unanimously adopted", "2817", _on(5, 30, 20)),
        ("adopted by a majority vote", "2817", _on(6, 6, 20)),
        ("unanimously adopted", "2824", _on(6, 27, 20)),
    ):
        x.add(
            "unanimity", "un1", UN_EN, at,
            f"🇺🇳 The UN Security Council {how} resolution {n} extending the mandate of the UN"
            " Interim Security Force for Abyei until November 15.\n\nRussia voted in favour of the"
            " document.",
            lasting=False,
        )  # fmt: skip
    for how, at in (("единогласно", _on(6, 11, 13)), ("большинством голосов", _on(6, 25, 13))):
        x.add(
            "unanimity", "un2", AGENCY, at,
            f"Совет Федерации {how} одобрил закон о запрете продажи энергетических напитков"
            " несовершеннолетним",
            lasting=False,
        )  # fmt: skip
    for how, at in (("единогласно", _on(6, 18, 18)), ("большинством голосов", _on(7, 16, 18))):
        x.add(
            "unanimity", "un3", GOV_ROS, at,
            f"Законодательное Собрание Ростовской области {how} поддержало законопроект о"
            " дополнительных мерах поддержки многодетных семей. Закон вступит в силу с 1 сентября."
            " Благодарю депутатов за совместную работу!",
        )  # fmt: skip
    for how, at in (("unanimous", _on(6, 9, 15)), ("divided", _on(7, 28, 15))):
        x.add(
            "unanimity", "un4", WIRE2, at,
            f"Bank of Russia board was {how} on decision to hold key rate at 16%, governor says",
            lasting=False,
        )  # fmt: skip
    for how, at in (("консенсусом", _on(6, 30, 19)), ("голосованием", _on(7, 7, 19))):
        x.add(
            "unanimity", "un5", MFA, at,
            "🇺🇳 Резолюция Генеральной Ассамблеи ООН «Сотрудничество между Организацией"
            " Объединённых Наций и Шанхайской организацией сотрудничества», соавтором которой"
            f" выступила Россия, принята {how}.",
        )  # fmt: skip


def _stances(x: _Set) -> None:
    """The same decision welcomed or regretted (or the same stance on another place)."""
    for stance, at in (
        ("приветствуют", _on(6, 7, 18)),
        ("с сожалением восприняли", _on(6, 14, 18)),
    ):
        x.add(
            "stances", "sc1", MFA, at,
            "💬 **Комментарий официального представителя МИД России М.В.Захаровой в связи с"
            " решением Совета управляющих МАГАТЭ**\n\nВ Москве"
            f" {stance} принятое накануне решение Совета управляющих МАГАТЭ по вопросу о ядерной"
            " безопасности Запорожской АЭС.\n\nРоссийская сторона продолжит конструктивное"
            " взаимодействие с Секретариатом Агентства.",
        )  # fmt: skip
    for stance, place, at in (
        ("welcomes", "Syria", _on(5, 14, 16)),
        ("regrets", "Syria", _on(6, 4, 16)),
        ("welcomes", "Yemen", _on(5, 21, 16)),
    ):
        x.add(
            "stances", "sc2", MFA_EN, at,
            f"💬 Russia {stance} the outcome of the vote in the UNESCO Executive Board on the"
            f" draft decision concerning the protection of cultural heritage in {place}.",
        )  # fmt: skip
    for stance, at in (("welcome", _on(6, 19, 22)), ("regret", _on(7, 1, 22))):
        x.add(
            "stances", "sc3", UN_EN, at,
            f"🇺🇳 We {stance} the outcome of today's vote in the Security Council on the draft"
            " resolution on the humanitarian situation in Gaza, Permanent Representative Vasily"
            " Nebenzia said.",
            lasting=False,
        )  # fmt: skip
    for stance, at in (
        ("приветствовали", _on(6, 7, 20)),
        ("с сожалением восприняли", _on(6, 14, 20)),
    ):
        x.add(
            "stances", "sc4", AGENCY, at,
            f"В МИД России {stance} решение Совета управляющих МАГАТЭ по Запорожской АЭС, заявила"
            " Захарова",
            lasting=False,
        )  # fmt: skip
    for stance, at in (("welcomes", _on(5, 28, 14)), ("regrets", _on(6, 20, 14))):
        x.add(
            "stances", "sc5", KREMLIN_EN, at,
            f"The Kremlin {stance} Washington's decision regarding the resumption of talks on"
            " strategic stability, Dmitry Peskov told reporters.",
            lasting=False,
        )  # fmt: skip
    for stance, at in (
        ("приветствует", _on(7, 8, 13)),
        ("с сожалением восприняло", _on(7, 22, 13)),
    ):
        x.add(
            "stances", "sc6", EMB_TR, at,
            f"Посольство России в Турции {stance} решение турецкой стороны об изменении порядка"
            " продления вида на жительство для граждан России.",
        )  # fmt: skip


def _formats(x: _Set) -> None:
    """A meeting attended in person against by videoconference."""
    for how, at in (
        ("в очном формате", _on(8, 4, 12)),
        ("в режиме видеоконференции", _on(8, 11, 12)),
    ):
        x.add(
            "formats", "fm1", GOV, at,
            "🇷🇺🇧🇾 Михаил Мишустин примет участие в заседании Евразийского межправительственного"
            f" совета {how}. Встреча пройдёт в Минске, на повестке — более двадцати вопросов"
            " экономической интеграции.",
            lasting=False,
        )  # fmt: skip
    for what, how, at in (
        ("SCO summit", "in person", _on(6, 24, 13)),
        ("SCO summit", "via videoconference", _on(6, 27, 13)),
        ("G20 summit", "via videoconference", _on(8, 29, 13)),
    ):
        x.add(
            "formats", "fm2", KREMLIN_EN, at,
            f"Vladimir Putin will take part in the {what} {how}, Presidential Aide Yury Ushakov"
            " told reporters.",
            lasting=False,
        )  # fmt: skip
    for how, at in (
        ("в очном формате", _on(4, 4, 12)),
        ("в формате видеоконференции", _on(4, 8, 12)),
    ):
        x.add(
            "formats", "fm3", MFA, at,
            "🗓 Заседание Совета министров иностранных дел государств — участников СНГ пройдёт"
            f" {how} 11 апреля. Российскую делегацию возглавит С.В.Лавров.",
            lasting=False,
        )  # fmt: skip
    for how, at in (("in person", _on(9, 1, 9)), ("by video link", _on(9, 8, 9))):
        x.add(
            "formats", "fm4", WIRE, at,
            f"Putin to attend BRICS summit {how}, Kremlin says",
            lasting=False,
        )  # fmt: skip
    for how, at in (("в очном формате", _on(7, 25, 17)), ("в онлайн-формате", _on(7, 26, 10))):
        x.add(
            "formats", "fm5", CBR, at,
            "📢 Пресс-конференция Председателя Банка России Эльвиры Набиуллиной по итогам"
            f" заседания Совета директоров 28 июля пройдёт {how}. Начало — в 15:00 по московскому"
            " времени.",
            lasting=False,
        )  # fmt: skip


def _timerefs(x: _Set) -> None:
    """A time given in Moscow time against the same time given in local time."""
    for tz, at in (("Moscow time", _on(5, 17, 9)), ("Jakarta time", _on(5, 18, 9))):
        x.add(
            "timerefs", "tm1", EMB_ID, at,
            "🎓 The online lecture on studying at Russian universities for Indonesian applicants"
            f" will start on Friday at 15:00 {tz}. Registration is open on the Embassy's website.",
            lasting=False,
        )  # fmt: skip
    for tz, at in (("местному", _on(7, 4, 18)), ("московскому", _on(7, 4, 21))):
        x.add(
            "timerefs", "tm2", MINTRANS, at,
            "✈️ Вывозной рейс «Аэрофлота» из Денпасара в Москву вылетит завтра в 23:40 по"
            f" {tz} времени. Пассажирам рекомендуется прибыть в аэропорт не позднее чем за три"
            " часа до вылета.",
            lasting=False,
        )  # fmt: skip
    for tz, at in (("local time", _on(5, 24, 6)), ("Moscow time", _on(5, 24, 8))):
        x.add(
            "timerefs", "tm3", MFA_EN, at,
            "📺 Sergey Lavrov's news conference following the talks in Beijing is expected to"
            f" begin at 15:30 {tz}. Watch the live broadcast on the Ministry's website.",
            lasting=False,
        )  # fmt: skip
    for tz, at in (("местному", _on(9, 28, 12)), ("московскому", _on(9, 29, 12))):
        x.add(
            "timerefs", "tm4", MCHS, at,
            f"📢 2 октября в 10:40 по {tz} времени пройдёт комплексная проверка готовности систем"
            " оповещения населения. Будут включены сирены и транслироваться информационные"
            " сообщения. Сохраняйте спокойствие.",
            lasting=False,
        )  # fmt: skip
    for tz, at in (("New York time", _on(9, 28, 12)), ("Moscow time", _on(9, 28, 14))):
        x.add(
            "timerefs", "tm5", UN_EN, at,
            "🎙 Sergey Lavrov will address the General Debate of the 83rd session of the UN General"
            f" Assembly on Saturday at 11:00 {tz}. Live stream on UN Web TV.",
            lasting=False,
        )  # fmt: skip


def _terminals(x: _Set) -> None:
    """Flights, trains and boardings moved to another terminal or track."""
    for t, at in (("B", _on(5, 25, 12)), ("C", _on(6, 1, 12))):
        x.add(
            "terminals", "tr1", MINTRANS, at,
            "✈️ С 15 июня рейсы «Аэрофлота» в Пекин, Шанхай и Гуанчжоу будут выполняться из"
            f" терминала {t} аэропорта Шереметьево. Просим пассажиров учитывать это при"
            " планировании поездки.",
            lasting=False,
        )  # fmt: skip
    for t, at in (("A", _on(5, 29, 11)), ("B", _on(5, 30, 11))):
        x.add(
            "terminals", "tr2", WIRE2, at,
            f"Moscow's Vnukovo airport to handle all flights to Turkey from Terminal {t} starting"
            " June 1",
            lasting=False,
        )  # fmt: skip
    for p, at in (("3-й", _on(7, 13, 9)), ("5-й", _on(7, 13, 11))):
        x.add(
            "terminals", "tr3", MINTRANS, at,
            "🚆 Фирменный поезд № 2 «Россия» сообщением Владивосток — Москва прибудет сегодня на"
            f" {p} путь Ярославского вокзала. Встречающих просим учитывать изменение.",
            lasting=False,
        )  # fmt: skip
    for t, at in (("2", _on(8, 2, 10)), ("3", _on(8, 9, 10))):
        x.add(
            "terminals", "tr4", EMB_ID, at,
            "✈️ Please note that Aeroflot flights between Moscow and Jakarta are now handled at"
            f" Terminal {t} of Soekarno-Hatta International Airport.",
            lasting=False,
        )  # fmt: skip


def _bounds(x: _Set) -> None:
    """A figure given as a lower bound, an upper bound or an estimate."""
    for b, at in (("более", _on(6, 3, 15)), ("около", _on(6, 3, 19))):
        x.add(
            "bounds", "bd1", MCHS, at,
            f"🌊 В пунктах временного размещения в Забайкальском крае находятся {b} 300 человек,"
            " в том числе 86 детей. Все обеспечены питанием и предметами первой необходимости.",
            lasting=False,
        )  # fmt: skip
    for b, at in (("at least", _on(6, 17, 10)), ("up to", _on(7, 1, 10))):
        x.add(
            "bounds", "bd2", WIRE, at,
            f"Russia expects grain harvest of {b} 135 million tonnes this year, agriculture"
            " minister says",
            lasting=False,
        )  # fmt: skip
    for b, at in (("не менее", _on(6, 26, 16)), ("не более", _on(7, 29, 16))):
        x.add(
            "bounds", "bd3", MINEK, at,
            f"📊 По оценке Минэкономразвития, рост ВВП России в мае составил {b} 1,5% в годовом"
            " выражении. Основной вклад внесли обрабатывающая промышленность и строительство.",
        )  # fmt: skip
    for b, at in (("below", _on(7, 25, 16)), ("about", _on(9, 12, 16))):
        x.add(
            "bounds", "bd4", CBR_EN, at,
            f"📉 The Bank of Russia expects annual inflation to slow to {b} 5% by the end of the"
            " year, Governor Elvira Nabiullina said at a press conference.",
        )  # fmt: skip
    for b, at in (("превысит", _on(8, 18, 12)), ("не превысит", _on(8, 25, 12))):
        x.add(
            "bounds", "bd5", AGENCY2, at,
            f"Турпоток из России в Турцию по итогам года {b} 7 млн человек, сообщил посол Турции в"
            " Москве",
            lasting=False,
        )  # fmt: skip


def _units(x: _Set) -> None:
    """A frequency or a rate per another period, or a sum in another currency."""
    for f, at in (
        ("ежедневно", _on(6, 5, 12)),
        ("два раза в неделю", _on(6, 12, 12)),
        ("три раза в неделю", _on(6, 19, 12)),
    ):
        x.add(
            "units", "ut1", MINTRANS, at,
            "✈️ С 1 июля «Аэрофлот» возобновит прямые рейсы по маршруту Москва — Коломбо. Полёты"
            f" будут выполняться {f} на самолётах Airbus A330.",
        )  # fmt: skip
    for p, at in (("месяц", _on(6, 16, 12)), ("сутки", _on(6, 30, 12))):
        x.add(
            "units", "ut2", CBR, at,
            "📌 С 1 сентября лимит бесплатных переводов через Систему быстрых платежей между"
            f" своими счетами в разных банках составит 30 млн рублей в {p}.",
        )  # fmt: skip
    for p, at in (("day", _on(5, 7, 8)), ("week", _on(5, 14, 8))):
        x.add(
            "units", "ut3", WIRE2, at,
            f"Russia to supply India with up to 500,000 barrels of oil per {p} under new deal,"
            " sources say",
            lasting=False,
        )  # fmt: skip
    for p, at in (("week", _on(5, 2, 11)), ("month", _on(5, 20, 11))):
        x.add(
            "units", "ut4", EMB_ID, at,
            "✈️ Garuda Indonesia will operate direct flights between Jakarta and Moscow three"
            f" times a {p}, starting from June 15. Tickets are available on the airline's website.",
        )  # fmt: skip
    for c, at in (("юанях", _on(8, 8, 17)), ("долларах США", _on(9, 5, 17))):
        x.add(
            "units", "ut5", MINFIN, at,
            "💰 Минфин России в сентябре проведёт аукцион по размещению облигаций федерального"
            f" займа, номинированных в {c}. Параметры выпуска будут объявлены дополнительно.",
        )  # fmt: skip
    for c, at in (("рублях", _on(7, 2, 15)), ("юанях", _on(7, 9, 15))):
        x.add(
            "units", "ut6", AGENCY2, at,
            f"Доля расчётов в {c} в торговле России и Индии превысила 60%, сообщил посол Индии в"
            " Москве",
            lasting=False,
        )  # fmt: skip
    for c, at in (("UAE dirhams", _on(7, 6, 13)), ("Chinese yuan", _on(7, 13, 13))):
        x.add(
            "units", "ut7", WIRE, at,
            f"Indian refiners paid for most Russian oil imports in {c} in June, industry sources"
            " say",
            lasting=False,
        )  # fmt: skip


def _envoys(x: _Set) -> None:
    """An ambassador against a chargé d'affaires (or another country's ambassador)."""
    for who, at in (
        ("Посол Финляндской Республики", _on(4, 9, 15)),
        ("Временный поверенный в делах Финляндской Республики", _on(5, 7, 15)),
        ("Посол Эстонской Республики", _on(4, 16, 15)),
    ):
        x.add(
            "envoys", "en1", MFA, at,
            f"❗️ В МИД России был вызван {who} в Москве.\n\nЕму заявлен решительный протест в"
            " связи с задержанием российского судна в территориальных водах страны и выдвинуто"
            " требование о его незамедлительном освобождении.",
        )  # fmt: skip
    for who, at in (("Ambassador", _on(5, 12, 14)), ("Chargé d'Affaires", _on(6, 2, 14))):
        x.add(
            "envoys", "en2", MFA_EN, at,
            f"❗️ The {who} of the United Kingdom to Russia was summoned to the Russian Foreign"
            " Ministry. A strong protest was lodged over the unfriendly actions of the British"
            " authorities against Russian journalists.",
            lasting=False,
        )  # fmt: skip
    for who, at in (("ambassador", _on(6, 6, 12)), ("charge d'affaires", _on(7, 11, 12))):
        x.add(
            "envoys", "en3", WIRE2, at,
            f"Russia summons Moldovan {who} over ban on Russian broadcasters",
            lasting=False,
        )  # fmt: skip
    for who, at in (("Посла", _on(5, 15, 16)), ("Временного поверенного в делах", _on(6, 19, 16))):
        x.add(
            "envoys", "en4", MFA, at,
            f"🤝 Заместитель Министра иностранных дел России М.Ю.Галузин принял {who} Японии в"
            " Москве по его просьбе.\n\nСостоялся обмен мнениями по актуальным вопросам"
            " российско-японских отношений.",
        )  # fmt: skip
    for who, at in (("Ambassador", _on(7, 24, 14)), ("Chargé d'Affaires a.i.", _on(8, 21, 14))):
        x.add(
            "envoys", "en5", EMB_ID, at,
            f"🤝 The Russian {who} to Indonesia met with the Governor of Bali to discuss the safety"
            " of Russian tourists and the work of the honorary consulate in Denpasar.",
        )  # fmt: skip


def _outlets(x: _Set) -> None:
    """An interview to another newspaper, agency or channel."""
    for o, at in (
        ("газете «Известия»", _on(5, 4, 10)),
        ("агентству «Россия сегодня»", _on(5, 18, 10)),
        ("телеканалу «Россия-24»", _on(6, 1, 10)),
    ):
        x.add(
            "outlets", "ou1", MFA, at,
            f"📰 **Интервью Министра иностранных дел Российской Федерации С.В.Лаврова {o}**\n\n"
            "Основные темы:\n🔹 ситуация вокруг Ирана\n🔹 перспективы отношений с США\n🔹 подготовка"
            " к саммиту БРИКС\n\nПолный текст — на сайте МИД России.",
        )  # fmt: skip
    for o, at in (("Sputnik news agency", _on(5, 4, 11)), ("The Hindu newspaper", _on(6, 8, 11))):
        x.add(
            "outlets", "ou2", MFA_EN, at,
            f"📰 Foreign Minister Sergey Lavrov's interview with {o}\n\nKey topics:\n▪️ the"
            " situation around Iran\n▪️ relations with the United States\n▪️ preparations for the"
            " BRICS summit",
        )  # fmt: skip
    for o, at in (("Xinhua News Agency", _on(5, 6, 9)), ("People's Daily", _on(5, 13, 9))):
        x.add(
            "outlets", "ou3", KREMLIN_EN, at,
            f"Ahead of his state visit to China, Vladimir Putin gave an interview to {o}.\n\nThe"
            " President spoke about the results of Russian-Chinese cooperation, the prospects for"
            " trade in national currencies and the situation in Asia Pacific.",
        )  # fmt: skip
    for o, at in (("«Известиям»", _on(5, 4, 12)), ("телеканалу RT", _on(5, 22, 12))):
        x.add(
            "outlets", "ou4", AGENCY, at,
            f"«Россия не закрывает дверь для диалога с Вашингтоном», — заявил Лавров в интервью {o}",
            lasting=False,
        )  # fmt: skip
    for o, at in (("Sputnik", _on(5, 4, 13)), ("RT", _on(5, 22, 14))):
        x.add(
            "outlets", "ou5", WIRE, at,
            f"Lavrov tells {o} Russia is ready to resume dialogue with Washington",
            lasting=False,
        )  # fmt: skip


def _victims(x: _Set) -> None:
    """Russians among the dead against among the injured, none against some; killed against
    injured with the same count."""
    for text, at in (
        (
            "❗️ По имеющейся в Генеральном консульстве России в Анталье информации, граждан"
            " России среди погибших в результате ДТП с туристическим автобусом в провинции Анталья"
            " нет.\n\nКонсульство находится на связи с местными властями.",
            _on(7, 15, 13),
        ),
        (
            "❗️ По имеющейся в Генеральном консульстве России в Анталье информации, граждан"
            " России среди пострадавших в результате ДТП с туристическим автобусом в провинции"
            " Анталья нет.\n\nКонсульство находится на связи с местными властями.",
            _on(7, 15, 15),
        ),
        (
            "❗️ По имеющейся в Генеральном консульстве России в Анталье информации, среди"
            " пострадавших в результате ДТП с туристическим автобусом в провинции Анталья есть"
            " граждане России.\n\nКонсульство находится на связи с местными властями.",
            _on(8, 12, 15),
        ),
    ):
        x.add("victims", "vc1", EMB_TR, at, text, lasting=False)
    for n, c, at in (
        ("no", "dead", _on(8, 3, 9)),
        ("no", "injured", _on(8, 3, 11)),
        ("two", "injured", _on(8, 27, 10)),
    ):
        x.add(
            "victims", "vc2", EMB_ID, at,
            f"According to the information available to the Embassy, there are {n} Russian citizens"
            f" among the {c} in the boat accident off the coast of Lombok. The Embassy remains in"
            " contact with the local authorities.",
            lasting=False,
        )  # fmt: skip
    for v, at in (("погибли", _on(6, 21, 8)), ("пострадали", _on(8, 16, 8))):
        x.add(
            "victims", "vc3", MCHS, at,
            f"🚗 В результате ДТП на 1071-м километре трассы М-4 «Дон» {v} 4 человека. На месте"
            " работали спасатели МЧС России.",
            lasting=False,
        )  # fmt: skip
    for v, at in (("killed", _on(7, 15, 12)), ("injured", _on(7, 15, 12, 40))):
        x.add(
            "victims", "vc4", WIRE, at,
            f"Four people {v} as tourist bus overturns in Turkey's Antalya province, governor says",
            lasting=False,
        )  # fmt: skip
    for what, at in (
        ("Пострадавших нет.", _on(6, 11, 7)),
        ("Пострадал мирный житель, ему оказывается медицинская помощь.", _on(6, 24, 8)),
    ):
        x.add(
            "victims", "vc5", GOV_BRN, at,
            "В результате обстрела со стороны ВСУ посёлка Климово повреждены линия"
            f" электропередачи и два частных дома. {what} Оперативные службы работают на месте.",
            lasting=False,
        )  # fmt: skip


def _decrees(x: _Set) -> None:
    """Appointed against relieved, another post, another person or another reason."""
    for text, at in (
        (
            "📄 Указом Президента Российской Федерации Сергеев Андрей Викторович назначен"
            " Чрезвычайным и Полномочным Послом Российской Федерации в Республике Перу.",
            _on(4, 30, 12),
        ),
        (
            "📄 Указом Президента Российской Федерации Сергеев Андрей Викторович освобождён от"
            " должности Чрезвычайного и Полномочного Посла Российской Федерации в Республике"
            " Эквадор в связи с переходом на другую работу.",
            _on(4, 30, 12, 5),
        ),
        (
            "📄 Указом Президента Российской Федерации Жуков Павел Игоревич освобождён от"
            " должности Чрезвычайного и Полномочного Посла Российской Федерации в Республике Перу"
            " в связи с переходом на другую работу.",
            _on(4, 30, 12, 10),
        ),
    ):
        x.add("decrees", "ds1", KREMLIN, at, text)
    for text, at in (
        (
            "Vladimir Putin appointed Andrei Sergeyev Ambassador Extraordinary and Plenipotentiary"
            " of the Russian Federation to the Republic of Peru.",
            _on(4, 30, 14),
        ),
        (
            "Vladimir Putin relieved Andrei Sergeyev of his duties as Ambassador Extraordinary and"
            " Plenipotentiary of the Russian Federation to the Republic of Ecuador in connection"
            " with his transfer to another post.",
            _on(4, 30, 14, 5),
        ),
        (
            "Vladimir Putin relieved Pavel Zhukov of his duties as Ambassador Extraordinary and"
            " Plenipotentiary of the Russian Federation to the Republic of Peru in connection with"
            " his transfer to another post.",
            _on(4, 30, 14, 10),
        ),
    ):
        x.add("decrees", "ds2", KREMLIN_EN, at, text)
    for text, at in (
        (
            "📄 Распоряжением Правительства Дмитрий Лебедев назначен заместителем руководителя"
            " Федерального агентства воздушного транспорта.",
            _on(4, 11, 17),
        ),
        (
            "📄 Распоряжением Правительства Дмитрий Лебедев освобождён от должности заместителя"
            " руководителя Федерального агентства морского и речного транспорта в связи с"
            " переходом на другую работу.",
            _on(4, 11, 17, 5),
        ),
        (
            "📄 Распоряжением Правительства Дмитрий Лебедев освобождён от должности заместителя"
            " руководителя Федерального агентства воздушного транспорта по собственной просьбе.",
            _on(9, 12, 17),
        ),
    ):
        x.add("decrees", "ds3", GOV, at, text)
    for text, at in (
        (
            "Подписал распоряжение о назначении Ирины Волковой министром здравоохранения"
            " Ростовской области. Распоряжение вступает в силу со дня подписания.",
            _on(4, 19, 18),
        ),
        (
            "Подписал распоряжение об освобождении Ирины Волковой от должности министра"
            " здравоохранения Ростовской области по собственному желанию. Распоряжение вступает в"
            " силу со дня подписания.",
            _on(9, 6, 18),
        ),
    ):
        x.add("decrees", "ds4", GOV_ROS, at, text)
    for v, at in (("appoints", _on(5, 8, 9)), ("dismisses", _on(8, 22, 9))):
        x.add(
            "decrees", "ds5", WIRE2, at,
            f"Putin {v} deputy head of Federal Customs Service, decree shows",
            lasting=False,
        )  # fmt: skip


def _directions(x: _Set) -> None:
    """A visit to a country against a visit from it (the two sides' places swapped)."""
    for a, b, at in (
        ("Russian", "Jakarta", _on(5, 10, 10)),
        ("Indonesian", "Moscow", _on(6, 14, 10)),
    ):
        x.add(
            "directions", "dr1", EMB_ID, at,
            f"🎓 A delegation of {a} universities arrived in {b} to take part in the"
            " Russia–Indonesia Education Forum. The programme includes meetings with university"
            " rectors and the signing of cooperation agreements.",
        )  # fmt: skip
    for a, b, at in (
        ("Малайзию", "Индонезию", _on(7, 10, 15)),
        ("Индонезию", "Малайзию", _on(7, 26, 15)),
    ):
        x.add(
            "directions", "dr2", MFA, at,
            f"✈️ С.В.Лавров завершил визит в {a} и прибыл в {b}.",
            lasting=False,
        )  # fmt: skip
    for text, at in (
        ("Lavrov to visit Pyongyang next week, foreign ministry says", _on(6, 5, 11)),
        (
            "North Korean foreign minister to visit Moscow next week, foreign ministry says",
            _on(6, 26, 11),
        ),
    ):
        x.add("directions", "dr3", WIRE, at, text, lasting=False)
    for text, at in (
        (
            "At the invitation of President of Laos Thongloun Sisoulith, Vladimir Putin will pay a"
            " state visit to the Lao People's Democratic Republic on May 20–21.",
            _on(5, 8, 13),
        ),
        (
            "At the invitation of Vladimir Putin, President of Laos Thongloun Sisoulith will pay a"
            " state visit to the Russian Federation on September 9–10.",
            _on(8, 24, 13),
        ),
    ):
        x.add("directions", "dr4", KREMLIN_EN, at, text, lasting=False)
    for a, b, at in (
        ("российских", "Харбин", _on(6, 2, 10)),
        ("китайских", "Новосибирск", _on(6, 16, 10)),
    ):
        x.add(
            "directions", "dr5", AGENCY2, at,
            f"Делегация {a} регионов прибудет в {b} для участия в Российско-Китайском ЭКСПО,"
            " сообщили организаторы",
            lasting=False,
        )  # fmt: skip


def _weekdays(x: _Set) -> None:
    """Today against tomorrow, one weekday against another."""
    for d, at in (("Сегодня", _on(5, 17, 9)), ("Завтра", _on(5, 23, 18))):
        x.add(
            "weekdays", "wd1", MFA, at,
            f"🎙 {d} в 11:00 — брифинг официального представителя МИД России М.В.Захаровой.\n\n"
            "Прямая трансляция — на официальном сайте Министерства и в социальных сетях.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("Tuesday", _on(4, 10, 10)), ("Thursday", _on(4, 11, 10))):
        x.add(
            "weekdays", "wd2", WIRE, at,
            f"Putin to address Federal Assembly on {d}, Kremlin says",
            lasting=False,
        )  # fmt: skip
    for d, at in (("в понедельник", _on(6, 16, 12)), ("в среду", _on(8, 28, 12))):
        x.add(
            "weekdays", "wd3", EMB_TR, at,
            f"ℹ️ В связи с национальным праздником Турции {d} консульский отдел Посольства не"
            " работает. Приём граждан возобновится в обычном режиме на следующий день.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("Today", _on(6, 6, 9)), ("Tomorrow", _on(6, 12, 18))):
        x.add(
            "weekdays", "wd4", KREMLIN_EN, at,
            f"{d}, Vladimir Putin will hold an operational meeting with permanent members of the"
            " Security Council.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("в пятницу", _on(6, 8, 17)), ("в понедельник", _on(6, 9, 18))):
        x.add(
            "weekdays", "wd5", AGENCY2, at,
            f"Московская биржа {d} проведёт торги в обычном режиме, сообщили в пресс-службе биржи",
            lasting=False,
        )  # fmt: skip
    for d, at in (("on Monday", _on(8, 4, 20)), ("on Wednesday", _on(8, 11, 20))):
        x.add(
            "weekdays", "wd6", UN_EN, at,
            "🇺🇳 At Russia's request, the UN Security Council will hold an open meeting"
            f" {d} on the situation around the Zaporozhye Nuclear Power Plant.",
            lasting=False,
        )  # fmt: skip


def _prices(x: _Set) -> None:
    """Price lists and fee tables one price apart."""
    fees = [
        "🔹 заграничный паспорт нового образца (на 10 лет) — 6 000 рублей",
        "🔹 заграничный паспорт старого образца (на 5 лет) — 2 000 рублей",
        "🔹 свидетельство на возвращение в Российскую Федерацию — 1 500 рублей",
        "🔹 истребование документов о регистрации актов гражданского состояния — 2 500 рублей",
    ]
    for items, at in (
        (fees, _on(5, 20, 12)),
        (
            _put(fees, 1, "🔹 заграничный паспорт старого образца (на 5 лет) — 3 000 рублей"),
            _on(5, 27, 12),
        ),
        (
            _put(
                fees,
                3,
                "🔹 истребование документов о регистрации актов гражданского состояния — 2 800 рублей",
            ),
            _on(6, 3, 12),
        ),
    ):
        x.add(
            "prices", "pr1", CONSUL, at,
            "💳 **Размер консульских сборов с 1 июня**\n\n" + "\n".join(items) + "\n\nОплата"
            " принимается в валюте страны пребывания по курсу на день оплаты.",
            lasting=False,
        )  # fmt: skip
    visa = [
        "▪️ single-entry visa — IDR 1,250,000",
        "▪️ double-entry visa — IDR 2,100,000",
        "▪️ multiple-entry visa — IDR 3,400,000",
        "▪️ urgent processing (3 working days) — IDR 2,500,000",
    ]
    for items, at in (
        (visa, _on(6, 22, 11)),
        (_put(visa, 0, "▪️ single-entry visa — IDR 1,350,000"), _on(6, 29, 11)),
        (_put(visa, 2, "▪️ multiple-entry visa — IDR 3,700,000"), _on(7, 6, 11)),
    ):
        x.add(
            "prices", "pr2", EMB_ID, at,
            "💳 Consular fees of the Russian Embassy in Jakarta as of July 1:\n\n" + "\n".join(items)
            + "\n\nFees are payable in cash in Indonesian rupiah.",
            lasting=False,
        )  # fmt: skip
    fuel = [
        "АИ-92 — 57,84 руб.",
        "АИ-95 — 62,91 руб.",
        "АИ-98 — 78,35 руб.",
        "дизельное топливо — 69,12 руб.",
    ]
    for d, items, at in (
        ("19 июня", fuel, _on(6, 21, 19)),
        ("19 июня", _put(fuel, 1, "АИ-95 — 62,97 руб."), _on(6, 21, 22)),
        ("26 июня", _put(fuel, 3, "дизельное топливо — 69,21 руб."), _on(6, 28, 19)),
    ):
        x.add(
            "prices", "pr3", AGENCY, at,
            f"⛽️ Средние розничные цены на топливо на АЗС на {d}, по данным Росстата:\n\n"
            + "\n".join(items),
            lasting=False,
        )  # fmt: skip
    ex = [
        "Ai-92: 68,450 roubles per tonne",
        "Ai-95: 74,120 roubles per tonne",
        "diesel: 61,980 roubles per tonne",
    ]
    for items, at in (
        (ex, _on(6, 5, 18)),
        (_put(ex, 1, "Ai-95: 74,210 roubles per tonne"), _on(6, 5, 20)),
    ):
        x.add(
            "prices", "pr4", WIRE2, at,
            "Russian exchange prices for motor fuel, June 5 (St Petersburg exchange):\n"
            + "\n".join(items),
            lasting=False,
        )  # fmt: skip


def _sports(x: _Set) -> None:
    """Results one score apart, standings with two places swapped."""
    games = [
        "«Локомотив» — «Трактор» — 3:1",
        "«Металлург» — «Салават Юлаев» — 2:4",
        "«СКА» — «Динамо» (Москва) — 1:2 ОТ",
        "«Ак Барс» — «Авангард» — 5:3",
    ]
    for items, at in (
        (games, _on(4, 14, 22)),
        (_put(games, 1, "«Металлург» — «Салават Юлаев» — 2:3"), _on(4, 14, 23)),
    ):
        x.add(
            "sports", "sp1", AGENCY2, at,
            "🏒 КХЛ. Плей-офф. Результаты матчей 14 апреля:\n\n" + "\n".join(items),
            lasting=False,
        )  # fmt: skip
    for s, at in (("3-1", _on(6, 16, 21)), ("3-2", _on(6, 18, 21))):
        x.add(
            "sports", "sp2", WIRE, at,
            f"BRICS Games: Russia beat Brazil {s} in women's volleyball",
            lasting=False,
        )  # fmt: skip
    medals = ["Россия", "Китай", "Беларусь", "Индия", "Бразилия"]
    for items, at in ((medals, _on(6, 17, 22)), (_swap(medals, 1, 2), _on(6, 18, 22))):
        x.add(
            "sports", "sp3", AGENCY, at,
            "🏅 Медальный зачёт Игр БРИКС после пятого соревновательного дня:\n\n"
            + "\n".join(f"{k}. {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip
    table = ["Krasnodar", "Zenit", "Lokomotiv", "Spartak", "CSKA"]
    for items, at in ((table, _on(4, 23, 21)), (_swap(table, 2, 3), _on(4, 30, 21))):
        x.add(
            "sports", "sp4", WIRE2, at,
            "Russian Premier League standings after round 25:\n"
            + "\n".join(f"{k}. {c}" for k, c in enumerate(items, 1)),
            lasting=False,
        )  # fmt: skip


def _schedules(x: _Set) -> None:
    """Weekly schedules one day's item apart."""
    week = [
        "🔹 Понедельник — переговоры с Министром иностранных дел Государства Кувейт",
        "🔹 Среда — участие в заседании Совета министров иностранных дел ОДКБ в Минске",
        "🔹 Пятница — лекция для студентов и преподавателей МГИМО",
    ]
    for items, at in (
        (week, _on(5, 14, 18)),
        (
            _put(
                week,
                1,
                "🔹 Среда — участие в заседании Совета министров иностранных дел ОДКБ в Ереване",
            ),
            _on(5, 15, 9),
        ),
        (
            _put(week, 2, "🔹 Пятница — встреча с представителями Ассоциации европейского бизнеса"),
            _on(5, 21, 18),
        ),
    ):
        x.add(
            "schedules", "sh1", MFA, at,
            "🗓 **Анонс основных мероприятий Министра иностранных дел России С.В.Лаврова на"
            " неделю**\n\n" + "\n".join(items),
            lasting=False,
        )  # fmt: skip
    week_en = [
        "🔹 Monday — talks with Minister of Foreign Affairs of Kuwait",
        "🔹 Tuesday — meeting with the Secretary-General of the Gulf Cooperation Council",
        "🔹 Thursday — speech at the Primakov Readings",
    ]
    for items, at in (
        (week_en, _on(6, 11, 18)),
        (
            _put(
                week_en,
                1,
                "🔹 Tuesday — meeting with the Secretary-General of the League of Arab States",
            ),
            _on(6, 12, 9),
        ),
        (_put(week_en, 2, "🔹 Thursday — speech at the Valdai Discussion Club"), _on(6, 18, 18)),
    ):
        x.add(
            "schedules", "sh2", MFA_EN, at,
            "🗓 Foreign Minister Sergey Lavrov's schedule for the week:\n\n" + "\n".join(items),
            lasting=False,
        )  # fmt: skip
    council = [
        "▪️ Monday — Syria (political and humanitarian)",
        "▪️ Wednesday — Libya",
        "▪️ Friday — Yemen",
    ]
    for items, at in (
        (council, _on(7, 2, 19)),
        (_put(council, 1, "▪️ Wednesday — Sudan"), _on(7, 3, 12)),
    ):
        x.add(
            "schedules", "sh3", UN_EN, at,
            "📅 Security Council programme of work for this week under Russia's Presidency:\n\n"
            + "\n".join(items),
            lasting=False,
        )  # fmt: skip


def _regions(x: _Set) -> None:
    """One notice for several regions, each naming its own."""
    for source, r, at in (
        (GOV_BRN, "Брянской", _on(6, 26, 11)),
        (GOV_ROS, "Ростовской", _on(6, 26, 12)),
    ):
        x.add(
            "regions", "rn1", source, at,
            f"📢 С 1 июля жители {r} области могут подать заявление на компенсацию стоимости"
            " путёвок в детские лагеря через портал Госуслуг. Размер компенсации — до 50%"
            " стоимости путёвки.",
            sig="",
        )  # fmt: skip
    for r, at in (
        ("Брянской", _on(7, 6, 10)),
        ("Ростовской", _on(7, 6, 10, 20)),
        ("Курской", _on(7, 6, 10, 40)),
    ):
        x.add(
            "regions", "rn2", MCHS, at,
            f"⚠️ **Внимание!** 7 июля в {r} области ожидаются сильный ветер с порывами до 22 м/с,"
            " ливни, гроза и град. Будьте осторожны: не укрывайтесь под деревьями и рекламными"
            " щитами, не оставляйте автомобили рядом с ними.",
            lasting=False,
            sig="",
        )  # fmt: skip
    for source, r, at in (
        (GOV_ROS, "Ростовской", _on(7, 20, 9)),
        (GOV_BRN, "Брянской", _on(8, 10, 9)),
    ):
        x.add(
            "regions", "rn3", source, at,
            f"🔥 Уважаемые жители! В {r} области установлен чрезвычайный класс пожарной"
            " опасности. Запрещено разводить костры, сжигать мусор и сухую траву. Берегите лес от"
            " огня!",
            lasting=False,
            sig="",
        )  # fmt: skip
    for r, at in (("Rostov", _on(7, 19, 15)), ("Volgograd", _on(7, 19, 16))):
        x.add(
            "regions", "rn4", WIRE, at,
            f"Extreme fire danger declared in Russia's {r} region as temperatures top 40C",
            lasting=False,
            sig="",
        )  # fmt: skip


def _messages(x: _Set) -> None:
    """Congratulations against condolences to the same addressee (or the same message to
    another)."""
    for kind, who, occ, at in (
        (
            "поздравление",
            "Президенту Республики Индонезии",
            "по случаю Дня независимости",
            _on(8, 17, 10),
        ),
        (
            "соболезнования",
            "Президенту Республики Индонезии",
            "в связи с многочисленными жертвами землетрясения на острове Сулавеси",
            _on(8, 28, 14),
        ),
        (
            "поздравление",
            "Президенту Республики Перу",
            "по случаю Дня независимости",
            _on(7, 28, 10),
        ),
    ):
        x.add(
            "messages", "mg1", KREMLIN, at,
            f"✉️ Владимир Путин направил {kind} {who} {occ}.",
        )  # fmt: skip
    for kind, occ, at in (
        ("congratulations", "on the National Day", _on(5, 28, 10)),
        ("condolences", "over the deadly floods in the south of the country", _on(7, 9, 14)),
    ):
        x.add(
            "messages", "mg2", MFA_EN, at,
            f"✉️ Sergey Lavrov sent a message of {kind} to Minister of Foreign Affairs of Nepal"
            f" {occ}.",
        )  # fmt: skip
    for text, at in (
        (
            "🕯 Посольство России в Турции выражает глубокие соболезнования турецкому народу в"
            " связи с гибелью людей в результате лесных пожаров в провинции Измир.",
            _on(7, 31, 12),
        ),
        (
            "🇹🇷 Посольство России в Турции поздравляет турецкий народ с Днём Победы — национальным"
            " праздником Турецкой Республики.",
            _on(8, 30, 10),
        ),
    ):
        x.add("messages", "mg3", EMB_TR, at, text)
    for kind, occ, at in (
        ("congratulations", "on his birthday", _on(7, 28, 9)),
        (
            "condolences",
            "over the victims of the floods in the north of the country",
            _on(9, 4, 12),
        ),
    ):
        x.add(
            "messages", "mg4", KREMLIN_EN, at,
            f"Vladimir Putin sent {kind} to King of Thailand Maha Vajiralongkorn {occ}.",
        )  # fmt: skip
    for kind, occ, at in (
        ("поздравительное послание", "по случаю Дня Конституции", _on(8, 30, 10)),
        ("послание с соболезнованиями", "в связи с жертвами наводнения", _on(4, 12, 12)),
    ):
        x.add(
            "messages", "mg5", MFA, at,
            f"✉️ С.В.Лавров направил {kind} Министру иностранных дел Республики Казахстан {occ}.",
        )  # fmt: skip


def _evacuations(x: _Set) -> None:
    """Evacuation figures updated during the day."""
    for n, at in (("112", _on(8, 5, 10)), ("146", _on(8, 5, 18)), ("186", _on(8, 6, 12))):
        x.add(
            "evacuations", "ev1", MFA, at,
            f"✈️ Специальным рейсом МЧС России из Бейрута в Москву эвакуированы {n} граждан"
            " России и государств СНГ. Работа по эвакуации продолжается.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("1 240", _on(4, 18, 9)), ("1 315", _on(4, 18, 20))):
        x.add(
            "evacuations", "ev2", MCHS, at,
            "🌊 Паводок в Тюменской области. С начала паводка из подтопленных населённых пунктов"
            f" эвакуированы {n} человек, в том числе 312 детей. Работают 14 пунктов временного"
            " размещения.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("212", _on(8, 6, 15)), ("240", _on(8, 7, 10))):
        x.add(
            "evacuations", "ev3", WIRE, at,
            f"Russia has evacuated {n} citizens from Lebanon on emergencies ministry flights,"
            " foreign ministry says",
            lasting=False,
        )  # fmt: skip
    for n, at in (("87", _on(9, 14, 9)), ("104", _on(9, 14, 17))):
        x.add(
            "evacuations", "ev4", EMB_ID, at,
            f"🌋 A total of {n} Russian tourists have been evacuated from the area around Mount"
            " Lewotobi Laki-laki following its eruption. The Embassy is in contact with the local"
            " authorities and tour operators.",
            lasting=False,
        )  # fmt: skip


def _resumptions(x: _Set) -> None:
    """Traffic resumed against suspended."""
    for v, at in (("приостановлено", _on(4, 2, 8)), ("возобновлено", _on(4, 3, 13))):
        x.add(
            "resumptions", "rs1", MINTRANS, at,
            "🚛 Движение через автомобильный пункт пропуска «Верхний Ларс» на российско-грузинской"
            f" границе {v}. Актуальная информация — на сайте Росграницы.",
            lasting=False,
        )  # fmt: skip
    for v, at in (("been suspended", _on(9, 14, 12)), ("resumed", _on(9, 16, 10))):
        x.add(
            "resumptions", "rs2", EMB_ID, at,
            f"✈️ Flights to and from Bali's I Gusti Ngurah Rai International Airport have {v}, the"
            " airport authority said. Russian tourists are advised to check the status of their"
            " flights with their airlines.",
            lasting=False,
        )  # fmt: skip
    for v, at in (("suspends", _on(4, 19, 10)), ("resumes", _on(5, 3, 10))):
        x.add(
            "resumptions", "rs3", WIRE2, at,
            f"Russia {v} direct flights to Tehran, aviation authority says",
            lasting=False,
        )  # fmt: skip
    for v, at in (("приостанавливает", _on(4, 19, 12)), ("возобновляет", _on(5, 3, 12))):
        x.add(
            "resumptions", "rs4", AGENCY, at,
            f"«Аэрофлот» {v} рейсы в Тегеран, сообщили в авиакомпании",
            lasting=False,
        )  # fmt: skip


FAMILIES: list[Callable[[_Set], None]] = [
    _initiative, _tense, _stages, _readings, _unanimity, _stances, _formats, _timerefs,
    _terminals, _bounds, _units, _envoys, _outlets, _victims, _decrees, _directions, _weekdays,
    _prices, _sports, _schedules, _regions, _messages, _evacuations, _resumptions,
]  # fmt: skip

# -- slots: what tells a statement from its siblings ------------------------------------------

_WORD = re.compile(r"\w+|%")  # a per cent sign is a word: "60%" and "60" say two things


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
    inner: set[int]  # word positions inside a slot (``protected`` less the slots' neighbours)
    last: int  # the last word position a truncation must keep (len: none may be cut)
    spans: list[tuple[int, int]]  # each word's place in the body


def _slots(st: _Story, siblings: list[_Story]) -> _Slots:
    words = _words(st.body)
    spans = [m.span() for m in _WORD.finditer(st.body)]
    assert len(spans) == len(words), st.sid
    own: set[str] = set()
    foreign: set[str] = set()
    protected: set[int] = set()
    inner: set[int] = set()
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
            inner.update(range(i1, i2))
            last = max(last, i2 - 1 if i2 > i1 else i1)
    counts = Counter(_key(w) for w in words + _words(st.sig))
    foreign = {k for k in foreign if k not in {_key(w) for w in own}}
    return _Slots(own, foreign, counts, protected, inner, last, spans)


def _valid(slots: _Slots, text: str) -> bool:
    """A copy keeps every word of its own slots and adds no stem of a sibling's."""
    words = _words(text)
    if not slots.own <= set(words):
        return False
    counts = Counter(_key(w) for w in words)
    return all(counts[k] <= slots.counts[k] for k in slots.foreign)


# -- copies ------------------------------------------------------------------------------------

SIGNOFFS = {
    REP1.key: "📍 Новости сегодня — подписаться: t.me/novosti_segodnya_tg",
    REP2.key: "Госновости | Коротко → @gosnovosti_korotko",
    REP3.key: "⚡️ Молния | t.me/molniya_lenta",
    REP4.key: "Подписывайтесь на «Вестник дипломатии» 👉 @vestnik_diplo",
    REP_EN.key: "— Russia Watch | Subscribe: t.me/russiawatch_news",
    REP_EN2.key: "🌐 Eurasia Today · @eurasiatoday_tg",
    REP_EN3.key: "Subscribe to The Moscow Brief 👉 t.me/moscowbrief",
    AGGR.key: "🗞 Неделя в новостях — @nedelya_v_novostyakh",
    AGGR_EN.key: "Week in Review · subscribe: @weekinreview_tg",
}
HASHTAGS_RU = ["#новости #Россия", "#главное", "#официально", "#лента #новости_дня", "#политика"]
HASHTAGS_EN = ["#news #Russia", "#WorldNews", "#breaking", "#Eurasia #politics"]
EMOJI_RU = ["🔥 ", "📌 ", "‼️ ", "👉 ", "🇷🇺 ", "❗️ ", "🔴 "]
EMOJI_EN = ["🔥 ", "📌 ", "👉 ", "🌍 ", "❗️ ", "🔴 "]
BREAKING_RU = [
    "СРОЧНО: ", "⚡️СРОЧНО | ", "❗️СРОЧНО\n\n", "🔴 СРОЧНО. ", "СРОЧНО — ", "‼️СРОЧНО‼️ ",
    "СРОЧНО!!! ", "⚡️⚡️⚡️ ", "⚡️ ", "Срочно! ", "⚡ СРОЧНО ⚡\n", "МОЛНИЯ: ",
]  # fmt: skip
BREAKING_EN = [
    "BREAKING: ", "⚡️ BREAKING — ", "🚨 BREAKING\n\n", "BREAKING | ", "⚡️ ", "*BREAKING* ",
    "BREAKING!!! ", "⚡ Breaking: ", "— BREAKING — ", "FLASH: ",
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
]
CREDITS_EN = [
    "\n\n📷 Photo: © {site}",
    "\n\nPhoto credit: {site}",
    "\n\n📸 Photo: press service / {site}",
    "\n\n🎥 Video: {site}",
]
CREDIT_LINES = {
    AGENCY.key: "© ИА «Пульс». При цитировании ссылка обязательна",
    AGENCY2.key: "Агентство «Ориентир» | orientir.example.ru",
    WIRE.key: "(Reporting by Eastline Wire's Moscow bureau; editing by Jon Harker)",
    WIRE2.key: "(Compiled by Capital Desk Press staff)",
}
WEEK_HEADS = {AGGR.key: "🗞 Неделя в новостях\n\n", AGGR_EN.key: "🗞 The week in review\n\n"}
# a reposter's one line over the post it quotes whole: it says nothing of the post's facts
REMARKS_RU = [
    "Важно 👇",
    "Обратите внимание 👇",
    "Официально:",
    "Коротко:",
    "Сохраняйте себе 👇",
    "Из официальных источников:",
]
REMARKS_EN = [
    "Worth noting 👇",
    "Official:",
    "FYI 👇",
    "In case you missed it:",
    "Via the official channel:",
]
# what a scraper or an export puts over a channel's pinned post
PINNED_RU = ["📌 Закреплено\n\n", "📌 Закреплённое сообщение\n", "[Закреплено] "]
PINNED_EN = ["📌 Pinned\n\n", "📌 Pinned message\n", "[Pinned] "]
BULLET = re.compile(r"^(🔹|🔸|▪️|•) ", re.M)
BULLETS = ["🔹", "🔸", "▪️", "•", "—", "-", "▫️", "✔️"]
# a reposter's heading over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "initiative": (["Дипломатия", "🌍 Внешняя политика"], ["Diplomacy", "🌍 Foreign policy"]),
    "tense": (["Главное", "Коротко"], ["Top story", "In brief"]),
    "stages": (["Договоры", "Международное право"], ["Treaties", "Agreements"]),
    "readings": (["Законы", "Парламент"], ["Legislation", "Parliament"]),
    "unanimity": (["Голосование", "Коротко"], ["Vote", "In brief"]),
    "stances": (["Позиция", "Комментарий"], ["Position", "Comment"]),
    "formats": (["Анонс", "Календарь"], ["Diary", "Schedule"]),
    "timerefs": (["Анонс", "Обратите внимание"], ["Diary", "Note"]),
    "terminals": (["✈️ Путешественникам", "Транспорт"], ["Travel", "Transport"]),
    "bounds": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "units": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "envoys": (["Дипломатия", "Главное"], ["Diplomacy", "Top story"]),
    "outlets": (["Интервью", "Читать"], ["Interview", "Must read"]),
    "victims": (["Происшествия", "⚠️ Важно"], ["Incidents", "⚠️ Important"]),
    "decrees": (["Кадры", "Кадровые решения"], ["Personnel", "People"]),
    "directions": (["Визиты", "Дипломатия"], ["Visits", "Diplomacy"]),
    "weekdays": (["Анонс", "Календарь"], ["Diary", "Schedule"]),
    "prices": (["Цены", "📊 Цифры"], ["Prices", "📊 Data"]),
    "sports": (["Спорт", "Результаты"], ["Sport", "Results"]),
    "schedules": (["Расписание", "Анонс"], ["Schedule", "Diary"]),
    "regions": (["⚠️ Внимание", "Регионы"], ["⚠️ Alert", "Regions"]),
    "messages": (["Дипломатия", "Послания"], ["Diplomacy", "Messages"]),
    "evacuations": (["Эвакуация", "Главное"], ["Evacuation", "Top story"]),
    "resumptions": (["Транспорт", "✈️ Путешественникам"], ["Transport", "Travel"]),
}  # fmt: skip

# one reporting verb for another that says the same (either way)
SYNONYMS = [
    ("сообщил", "заявил"),
    ("заявила", "сказала"),
    ("сообщили в", "рассказали в"),
    ("told reporters", "told journalists"),
    ("said", "stated"),
    ("says", "said"),
]

# families whose statements are lists, tables or programmes: no copy cuts one short
LISTS = {"prices", "sports", "schedules", "readings"}


def _typo_spots(st: _Story, slots: _Slots) -> list[tuple[int, int]]:
    out = []
    for i, (a, b) in enumerate(slots.spans):
        w = st.body[a:b]
        if i not in slots.protected and len(w) >= 7 and w.isalpha() and w.islower():
            out.append((a, b))
    return out


def _near_spots(st: _Story, slots: _Slots) -> list[tuple[int, int]]:
    """The words right next to a slot (never in one): where a typo the copies fix looks most
    like another statement."""
    out = []
    for i in sorted(slots.protected - slots.inner):
        if 0 <= i < len(slots.spans):
            a, b = slots.spans[i]
            w = st.body[a:b]
            if len(w) >= 5 and w.isalpha() and w.islower():
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
    if n < 30 or slots.last >= n - 1 or st.family in LISTS or BULLET.search(st.body):
        return []  # (a list cut short reads as the list with its last items left out)
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


def _md_plain(text: str) -> str:
    """Telegram Markdown read as plain text: bold and italic marks out, links to their words."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return text.replace("**", "").replace("__", "")


@dataclass
class _Draft:
    body: str
    tail: list[str]
    at: datetime
    head: str = ""
    prefix: str = ""
    post: list[Callable[[str], str]] = field(default_factory=list)
    source: SourceRef | None = None
    quote: bool = False  # the post quoted line by line ("> ") under the head
    title: str | None = None  # a feed item's title
    url: str | None = None  # a feed item's link

    def render(self) -> str:
        inner = self.prefix + self.body + "".join(self.tail)
        if self.quote:
            inner = "\n".join(f"> {line}" if line.strip() else ">" for line in inner.split("\n"))
        text = self.head + inner
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
                "\n".join(
                    textwrap.fill(
                        line,
                        width=rng.randint(58, 74),
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
                    for line in p.split("\n")
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
    full stops dropped (or one added to a flash), "60 %", three dots for an ellipsis."""
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
    """Makes one story's copies. The tables a step draws on (sources, sites, the lines a
    source adds) are read through the class, so that a later set's maker reuses the steps with
    its own tables by setting these."""

    reposters_ru, reposters_en = RU_REPOSTERS, EN_REPOSTERS
    agencies = AGENCIES
    sites = SITES
    signoffs = SIGNOFFS
    credits_ru, credits_en = CREDITS_RU, CREDITS_EN
    credit_lines = CREDIT_LINES
    breaking_ru, breaking_en = BREAKING_RU, BREAKING_EN
    breaking_pool_ru, breaking_pool_en = [AGENCY, AGENCY2, REP3], [WIRE, WIRE2, REP_EN2]
    dateline_agencies_ru, dateline_agencies_en = [AGENCY, AGENCY2], [WIRE, WIRE2]
    week_heads = WEEK_HEADS
    headlines = HEADLINES
    pinned_families = ("weekdays", "timerefs", "prices", "schedules")
    dump = DUMP  # the text dump a pasted copy is found in

    def __init__(self, x: _Set, st: _Story, slots: _Slots) -> None:
        self.x, self.st, self.slots, self.rng = x, st, slots, x.rng
        self.sources: set[str] = {st.source.key}
        self.ru = st.lang == "ru"
        self.combo = False
        self.can = self._can()

    def pick(self, pool: list[SourceRef]) -> SourceRef:
        fresh = [s for s in pool if s.key not in self.sources]
        return self.rng.choice(fresh or [s for s in pool if s.key != self.st.source.key])

    def reposters(self) -> list[SourceRef]:
        return self.reposters_ru if self.ru else self.reposters_en

    def applicable(self, kind: str) -> bool:
        if kind.startswith("combo:"):
            return all(self.applicable(k) for k in kind[6:].split("+"))
        if kind in ("typo_fixed", "typo_near"):  # the original must still be as written
            return self.can[kind] and self.st.posted_body == self.st.body
        return self.can.get(kind, True)

    def _can(self) -> dict[str, bool]:
        """Which kinds of copy the story allows (worked out once: the checks are slow)."""
        st, slots = self.st, self.slots
        n = len(slots.spans)
        return {
            "hashtags_drop": "#" in st.sig,
            "link_add": bool(st.link),
            "utm": bool(st.link),
            "preview": bool(st.link) and st.source.key in self.sites,
            "typo_fixed": bool(_typo_spots(st, slots)),
            "typo_near": bool(_near_spots(st, slots)),
            "typo_made": bool(_typo_spots(st, slots)),
            "yo": "ё" in st.body,
            "quotes": any(q in st.body for q in "«“\"'"),
            "synonym": bool(_synonym_spots(st, slots)),
            "truncated": bool(_cuts(st, slots)),
            "cut": bool(_sentence_cuts(st, slots)),
            "days_later": st.lasting and n >= 25,
            "self_later": st.lasting and n >= 25,
            "breaking": not st.lasting or n < 40,
            "photo_credit": st.source.key in self.sites,
            "markdown": "**" not in st.body,
            "md_strip": "**" in st.body or "](" in st.sig,
            "punct": _punct(random.Random(0), st.body) != st.body,
            "bullets": bool(BULLET.search(st.body)),
            "pinned": st.source.key not in self.agencies
            and (st.lasting or st.family in self.pinned_families),
        }

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

    def make(self, kind: str) -> _Draft:
        st, rng = self.st, self.rng
        d = _Draft(st.body, [st.sig] if st.sig and rng.random() < 0.5 else [], self.when(kind))
        steps = kind[6:].split("+") if kind.startswith("combo:") else [kind]
        self.combo = len(steps) > 1
        for step in steps:
            getattr(self, "_" + step)(d)
        if d.source is None:
            d.source = self.pick(self.reposters())
        return d

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
                    f"↪️ Forwarded from @{u}\n\n",
                ]
            )
        if rng.random() < 0.4:
            d.source = DUMP

    def _dump_header(self, d: _Draft) -> None:
        """The post as first published, pasted into the set's text dump under a header:
        Telegram Desktop's two, or the set's own banner and forward block."""
        st = self.st
        d.body, d.tail = st.posted_body, [st.sig]
        stamp = (st.at + timedelta(hours=3)).strftime("%d.%m.%Y %H:%M")
        t, u = st.source.title, st.source.username
        d.head = self.rng.choice(
            [f"{t}, [{stamp}]\n", f"[{stamp}] {t}:\n", *self._dump_banners(t, u, stamp)]
        )
        d.source = self.dump

    def _dump_banners(self, t: str, u: str, stamp: str) -> list[str]:
        """This set's two banners over a pasted post (its title ``t``, username ``u``)."""
        return [
            f"=== {DUMP.title} ===\n[{stamp}] @{u}\n\n",
            (
                f"----- Пересланное сообщение -----\nОт: {t} (@{u})\nДата: {stamp}\n\n"
                if self.ru
                else f"----- Forwarded message -----\nFrom: {t} (@{u})\nDate: {stamp}\n\n"
            ),
        ]

    def _signoff(self, d: _Draft) -> None:
        if d.source is None or d.source.key not in self.signoffs:  # a reposter's own line
            d.source = self.pick(self.reposters())
        d.tail = [*d.tail, "\n\n" + self.signoffs[d.source.key]]

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
        campaign = self.rng.choice(["news", "morning_brief", "repost", "weekly"])
        return f"{link}{'&' if '?' in link else '?'}utm_source=telegram&utm_medium=social&utm_campaign={campaign}"

    def _utm(self, d: _Draft) -> None:
        st = self.st
        if st.link in st.sig:
            d.tail = [st.sig.replace(st.link, self._utm_link())]
        else:
            d.tail = [*d.tail, f"\n\n🔗 {self._utm_link()}"]

    def _preview(self, d: _Draft) -> None:
        st = self.st
        site = self.sites[st.source.key][0]
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

    def _typo_near(self, d: _Draft) -> None:
        """The original's typo is in a word next to a slot; this copy has it fixed."""
        st = self.st
        if st.posted_body == st.body:
            st.posted_body = _typo(self.rng, st.body, _near_spots(st, self.slots))

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
        d.prefix = rng.choice(self.breaking_ru if self.ru else self.breaking_en)
        pool = self.breaking_pool_ru if self.ru else self.breaking_pool_en
        d.source = d.source or self.pick(pool)

    def _quotes(self, d: _Draft) -> None:
        d.body = _quotes(self.rng, d.body)

    def _yo(self, d: _Draft) -> None:
        d.body = d.body.replace("ё", "е").replace("Ё", "Е")

    def _dateline(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        local = d.at + timedelta(hours=3)
        site = self.sites.get(st.source.key)
        agency = self.pick(self.dateline_agencies_ru if self.ru else self.dateline_agencies_en)
        city = (site[2] if self.ru else site[3]) if site else ("МОСКВА" if self.ru else "MOSCOW")
        d.body = self._dateline_of(agency, city, local) + _strip_emoji(d.body.replace("**", ""))
        d.tail = [t for t in d.tail if "#" not in t]
        d.source = agency
        if rng.random() < 0.3:
            d.tail = []
        if rng.random() < 0.4:  # the agency's credit under its copy
            d.tail = [*d.tail, "\n\n" + self.credit_lines[agency.key]]

    def _dateline_of(self, agency: SourceRef, city: str, local: datetime) -> str:
        """The dateline an agency of :attr:`dateline_agencies_ru` (or ``_en``) opens its copy
        with: the first agency's, or the second's."""
        first = agency is self.dateline_agencies_ru[0] or agency is self.dateline_agencies_en[0]
        if self.ru:
            if first:
                return f"{city}, {_ru(local)}. /ИА «Пульс»/. "
            return f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Ориентир». "
        return f"{city}, {_en(local)} (Eastline) - " if first else f"{city} (CDP), {_en(local)} — "

    def _photo_credit(self, d: _Draft) -> None:
        site = self.sites[self.st.source.key][0]
        line = self.rng.choice(self.credits_ru if self.ru else self.credits_en).format(site=site)
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
        ru, en = self.headlines[self.st.family]
        line = rng.choice(ru if self.ru else en)
        line = rng.choice([line, f"**{line}**", line.upper()])
        d.head = d.head + line + "\n\n"
        d.source = d.source or self.pick(self.reposters())

    def _remark(self, d: _Draft) -> None:
        """A reposter's one line with no fact in it over the whole post, quoted or pasted."""
        rng = self.rng
        d.head = d.head + rng.choice(REMARKS_RU if self.ru else REMARKS_EN) + "\n\n"
        if not d.tail and self.st.sig and rng.random() < 0.5:
            d.tail = [self.st.sig]
        d.quote = rng.random() < 0.45
        d.source = d.source or self.pick(self.reposters())

    def _bullets(self, d: _Draft) -> None:
        """The list's emoji bullets retyped as another bullet or a dash."""
        rng = self.rng
        m = BULLET.search(d.body)
        assert m is not None
        old = m.group(1)
        new = rng.choice([b for b in BULLETS if b != old])
        d.body = re.sub(rf"^{re.escape(old)} ", new + " ", d.body, flags=re.M)
        d.source = d.source or self.pick(self.reposters())

    def _rss(self, d: _Draft) -> None:
        """The RSS mirror's item: Markdown dropped, the first line as the item's title, the
        channel's post as its link."""
        st, rng = self.st, self.rng
        d.body = _md_plain(d.body)
        d.tail = [_md_plain(t) for t in d.tail]
        d.source = MIRROR
        first = _strip_emoji(_md_plain(st.body)).split("\n")[0].strip()
        d.title = first if len(first) <= 100 else first[:100].rsplit(" ", 1)[0] + "…"
        d.url = f"https://t.me/{st.source.username}/{rng.randint(12_000, 48_000)}"

    def _pinned(self, d: _Draft) -> None:
        """The post as a scraper or an export shows a channel's pinned message."""
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        d.head = d.head + rng.choice(PINNED_RU if self.ru else PINNED_EN)
        d.source = rng.choice([SCRAPER, DUMP])

    def _self_later(self, d: _Draft) -> None:
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        d.source = st.source
        d.at = st.at + timedelta(
            days=rng.randint(2, 5), hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
        )

    def _days_later(self, d: _Draft) -> None:
        d.source = self._aggregator()
        if self.rng.random() < 0.5:
            d.head = self.week_heads[d.source.key]
        else:
            d.tail = [*d.tail, "\n\n" + self.signoffs[d.source.key]]

    def _aggregator(self) -> SourceRef:
        """The weekly aggregator that puts the story out days later."""
        return self.pick([AGGR] if self.ru else [AGGR_EN])


KINDS = [
    "forward", "fwd_header", "dump_header", "signoff", "hashtags_add", "hashtags_drop",
    "emoji_add", "link_add", "utm", "preview", "typo_fixed", "typo_near", "typo_made",
    "whitespace", "punct", "quotes", "yo", "artefact", "markdown", "md_strip", "html",
    "truncated", "cut", "breaking", "dateline", "photo_credit", "synonym", "headline", "remark",
    "bullets", "rss", "pinned", "self_later", "days_later",
    "combo:fwd_header+hashtags_add", "combo:dateline+photo_credit", "combo:typo_made+signoff",
    "combo:remark+emoji_add", "combo:truncated+rss", "combo:headline+signoff",
    "combo:typo_near+breaking", "combo:yo+quotes", "combo:md_strip+emoji_add",
    "combo:whitespace+photo_credit", "combo:dump_header+typo_made", "combo:remark+hashtags_drop",
    "combo:bullets+signoff", "combo:bullets+html", "combo:punct+link_add",
    "combo:synonym+hashtags_add", "combo:cut+signoff", "combo:pinned+link_add",
    "combo:typo_fixed+remark", "combo:fwd_header+artefact", "combo:breaking+link_add",
]  # fmt: skip
COPIES_PER_STORY = [0, 1, 2, 3, 4, 5]
COPIES_WEIGHTS = [5, 11, 23, 31, 20, 10]


def _copies(x: _Set, make: Callable[..., _Maker] = _Maker, pool: list[str] = KINDS) -> None:
    """Each story's copies, made by ``make`` (a maker class: a later set's, with its own
    tables and kinds) of the kinds in ``pool`` that the story allows."""
    rng = x.rng
    for st in x.stories:
        slots = _slots(st, [s for s in x.groups[st.group] if s is not st])
        maker = make(x, st, slots)
        wanted = rng.choices(COPIES_PER_STORY, COPIES_WEIGHTS)[0]
        tried: set[str] = set()
        made = 0
        while made < wanted:
            kinds = [k for k in pool if k not in tried and maker.applicable(k)]
            if not kinds:
                break
            weights = [1 / (1 + x.used[k]) ** 2 for k in kinds]
            kind = rng.choices(kinds, weights)[0]
            tried.add(kind)
            if (
                "typo_fixed" in kind or "typo_near" in kind
            ) and made:  # the typo must be there for all
                continue
            saved = st.posted_body
            d = maker.make(kind)
            text = d.render()
            unchanged = text == st.posted_body + st.sig and kind not in (
                "forward",
                "self_later",
                "rss",
            )
            if unchanged or not _valid(slots, text):
                st.posted_body = saved
                continue
            made += 1
            x.used[kind] += 1
            assert d.source is not None
            maker.sources.add(d.source.key)
            name = kind.replace("combo:", "combo-").replace("+", "-")
            ext = f"{st.sid}-{made}-{name}"
            post = Post(
                source=d.source,
                external_id=ext,
                published_at=d.at,
                text=text,
                title=d.title,
                url=d.url,
            )
            st.copies.append((kind, Labelled(post, st.sid)))


def _check(x: _Set) -> None:
    """Ids unique per source, copies after their original, every copy keeping its slots and
    adding no sibling's, no text in two stories, siblings told apart, a feed title that is the
    post's own words."""
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
            fixed, posted = set(_words(st.body)), set(_words(st.posted_body))
            if not any(k in kind for k in ("truncated", "cut", "typo_made", "synonym")):
                words = set(_words(c.post.text))  # the whole statement, as fixed or as posted
                assert fixed <= words or posted <= words, (st.sid, kind)
            if c.post.title is not None:
                assert set(_words(c.post.title)) <= fixed | posted, (st.sid, kind)
            assert ("ru" if re.search("[а-яё]", c.post.text.lower()) else "en") == st.lang
    texts: dict[str, str] = {}
    for lab in x.out:
        k = (lab.post.source.key, lab.post.external_id)
        assert k not in seen, k
        seen.add(k)
        owner = texts.setdefault(lab.post.text, lab.story)  # no text in two stories
        assert owner == lab.story, (owner, lab.story)


def build(seed: int = 21) -> list[Labelled]:
    """The labelled posts in publication order."""
    return assemble(_Set(random.Random(seed)), FAMILIES, _copies, _check)


def assemble(
    x: Any,
    families: Sequence[Callable[[Any], None]],
    copies: Callable[[Any], None],
    check: Callable[[Any], None],
) -> list[Labelled]:
    """A set's labelled posts in publication order: its ``families``' stories, their
    ``copies``, the originals posted, all of it checked by ``check``. The later sets that
    build on this one's machinery assemble theirs so too."""
    for family in families:
        family(x)
    copies(x)
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
    check(x)
    x.out.sort(key=lambda p: (p.post.published_at, p.post.external_id))
    out: list[Labelled] = x.out
    return out
