# ruff: noqa: E501  (a data module: long template strings read better whole)
"""The twenty-third labelled near-duplicate set: templated official statements one slot apart of
kinds the earlier sets had little or none of (a figure's growth against its decline, a plan
against its negation, one quarter, half-year or nine months against another, the unit a figure
is in, an anniversary's ordinal in figures or in words, a meeting of two sides or of three and
of deputy ministers or of ministers, an open against a closed session, a recommendation against
a requirement, a warning level, an age or a term in years, a hotline's number, a document's
link under the same words, two officials of one surname with other initials, a ministry or an
agency for another of a similar name, a region's districts with one swapped, a document's title
with one word changed, an award's degree or a rank's class, a strategy's or a target's year, a
figure doubled or tripled, a state's status in an organisation, one season against another),
kinds they had in new wordings (a place, a figure, two digits swapped among them, a date, a
name); and copies of many kinds, seven of them new (a one-word rubric on the post's first line,
a relay's "RT @channel:" or a quoting reposter's «Цитата:», a translation tool's note over a text
it left as it was, zero-width spaces or soft hyphens sprinkled inside words, a reposter's
"Подписаться | Прислать новость" footer of links, the post's first paragraph repeated over it as
a lead, a numbered list's numbers retyped), two at once among them.

A foreign ministry's Russian and English channels, the Kremlin's Russian and English channels,
the government's, the energy, agriculture and health ministries', the statistics service's, the
weather service's, three embassies (Kazakhstan in Russian, South Africa and Malaysia in English),
the Russian mission to the OSCE (English), two regional governors (Tver, Primorye), two Russian
agencies and two English wires, four Russian and three English reposters, a weekly aggregator
in each language, an Atom relay mirror, a scraper, a text dump of forwards and a Telegram Desktop
export turned into text (33 sources; the Telegram ones keyed -1002303000001 to -1002303000029).
Each *story* is one statement; every post of a story after its first is a copy the reader must
not see twice, and every other story must be kept.

Distinct statements (each its own story; 269, 149 of them in Russian, in 25 families and 132
templates): "вырос" / "снизился" on 12%, "rose" / "fell" 4%, "увеличилась" / "сократилась",
"grew" / "declined" by 9%, "выросло" / "сократилось" on 15% (10); "намерена" / "не намерена",
"plans" / "does not plan" (the Kremlin's, an embassy's), "планирует" / "не планирует",
"намерено" / "не намерено" (10); GDP growth "в первом" / "во втором" / "в третьем квартале",
"in Q3" / "Q4", "за первое полугодие" / "за девять месяцев", "In the first half" / "third
quarter", "в третьем" / "в четвёртом квартале" (11); "1,6 млн тонн" / "баррелей", "1.9 million
tonnes" / "cubic metres", "120 гектаров" / "квадратных километров", "40 kilometres" / "nautical
miles", "500 тысяч тонн" / "кубометров", "15,000 tonnes" / "barrels" (12); "80-летием" /
"75-летием", "80th" / "75th" (a statement, a wire's flash), "37-й" / "35-й годовщины",
"девяностой" / "восьмидесятой годовщиной" (10); "двусторонние" / "трёхсторонние", "bilateral" /
"trilateral", "на уровне заместителей министров" / "министров", "BRICS deputy foreign ministers"
/ "foreign ministers", "ministerial" / "expert-level" (10); "открытое" / "закрытое заседание",
"an open" / "a closed meeting", "на открытом" / "закрытом заседании", "open" / "closed meeting",
"будет открытым" / "закрытым для прессы" (10); "рекомендует" / "обязывает", "advised" /
"required", "рекомендовано" / "предписано" (a paragraph, a numbered list of measures),
"recommends" / "requires", "recommended" / "mandatory" (12); "жёлтый" / "оранжевый" / "красный
уровень", "режим повышенной готовности" / "режим чрезвычайной ситуации регионального
характера", "orange" / "red warnings", "class 4" / "5", "against non-essential" / "all travel"
(11); "младше 18" / "21 лет", "to 3" / "5 years", "девочек 12" / "14 лет", "under the age of 18"
/ "16", "сроком на 5" / "7 лет" (10); "+7 (499) 244-19-92" / "19-29", "+27 82 555 0147" /
"0174", "8-800-250-69-01" / "96-01" (three hours apart), "+961 1 300 041" / "014", "+7 (7172)
24-83-12" / "21", a numbered list of numbers one digit pair apart (12); the same answer's words
over "https://mid.ru/ru/news/2004381/" / "2004418" / "2004813", "mid.ru/en/news/2004507" /
"2004570", a resolution at "…/document/0001202910140007" / "0001202910140011" (three hours
apart), "acts/news/76512" / "76521", a memo at ".../84213/" / "84231" (11); "Г.Н.Борисов" /
"Д.Н.Борисов", "P. V. Melnikov" / "G. V. Melnikov", "Д.Л.Семёнова" / "М.Л.Семёнова", "Dmitry" /
"Denis Petrov", "Y. M." / "D. M. Kuznetsov" (10); "Росавиацией" / "Росавтодором", "Federal
Customs" / "Tax Service", "по делам молодёжи" / "национальностей", "Rosatom" / "Roscosmos",
"Минпросвещения" / "Минобрнауки", "Federal Agency for Fishery" / "Forestry" (12); Tver's four
flooded districts numbered and twice with one swapped, typhoon school closures "в
Надеждинском, Хасанском" / "Партизанском и Шкотовском округах", Moscow region's three snowy
districts numbered with one swapped, Moldova's four observed districts numbered, Kelantan's three
flooded districts bulleted, Belgorod's curfew lifted in "Shebekino, Grayvoron" / "Krasnaya
Yaruga and Valuyki" (13); "Заявление" / "Совместное заявление" (two hours apart), "Statement" /
"Joint statement", "Декларация" / "Совместная декларация", "Comment" / "Statement",
"Комментарий" / "Заявление", "joint" / "separate statements" (12); an order's "III" / "IV
степени", "3rd" / "4th class", a badge's "I" / "II степени" (an hour apart), a rank "1" / "2
класса", "first" / "second class" (10); "до 2035" / "2040 года", "by 2030" / "2032", "до 2042" /
"2045 года", "by 2060" / "2050", "на 2030–2035" / "2030–2034 годы" (10); "вдвое" / "втрое",
"doubled" / "tripled" (twice), "в два раза" / "в полтора раза", "удвоится" / "утроится" (10);
"статус партнёра по диалогу" / "наблюдателя", "observer" / "dialogue partner", "стал
государством-партнёром" / "полноправным членом", "partner country" / "full member",
"государства-наблюдателя" / "государства-партнёра" (10); "в Анкаре" / "в Стамбуле", "Abu Dhabi"
/ "Doha", "в Караганде" / "в Павлодаре" / "в Костанае", "Johannesburg" / "Durban", "в Казани" /
"в Гродно" (11); "18,4" / "14,8 млн тонн", "4,000" / "40,000 volunteers", "6,2" / "6,7%", "1.7"
/ "1.1 trillion", "1 240" / "2 140 домов", "312" / "321 километров" (12); "19" / "26 ноября",
"November 4" / "7", "8" / "15 сентября", "December 4" / "5", "19" / "18 декабря" (10); "Бадром
Абдельатти" / "Самехом Шукри", "Geir Pedersen" / "Staffan de Mistura", "Николя де Ривьер" /
"Пьер Леви", "Faisal bin Farhan" / "Adel al-Jubeir", "Khumbudzo Ntshavheni" / "Maropene
Ramokgopa" (10); "зимнее" / "летнее расписание", "autumn" / "spring session", "winter" /
"autumn session", "озимого" / "ярового сева", "осенне-зимний" / "весенне-летний период" (10).

CONVENTIONS. The twenty-first set's conventions (1)-(12) and the twenty-second's (13)-(20) hold
unchanged (tests/dedup_eval_twentyfirst.py and tests/dedup_eval_twentysecond.py, "CONVENTIONS"):
a statement's slots are everything its siblings say otherwise; no copy drops, adds or reorders a
line, cuts a list short or crosses languages; a copy adds nothing that is said; truncations only
after the slots, of posts of 30 words or more; copies are text alone. Added here: (21) Direction
and modality are slots: growth and decline, a plan and its negation (the added "не" / "does not"
is the other statement), a recommendation and a requirement, an open and a closed session are
each another statement, either first, hours or months apart. (22) Periods are slots: a quarter,
a half-year and nine months, a target year, a season. (23) The unit a figure is in is a slot
(tonnes / barrels, kilometres / nautical miles, гектаров / квадратных километров), and so is a
multiplier (вдвое / втрое, doubled / tripled). (24) Identifiers are slots: an anniversary's
ordinal in figures or in words, an award's degree or a rank's class (Roman or Arabic), a warning
level, a state's status, a meeting's tier, a hotline's number (two digits swapped: "19-92" /
"19-29"), the initials of one surname ("Г.Н.Борисов" / "Д.Н.Борисов": two officials, not a
typo), a body of a similar name ("Росавиацией" / "Росавтодором", "Fishery" / "Forestry"), a
title's word ("Заявление" / "Совместное заявление"), and the link a post's words point to (the
same words over another document are another statement; such a post's own link is that
document's, so a copy that adds "its" link adds that one again, and no copy makes a typo in a
post whose statement is a link, nor puts a "!" after the link it ends with). (25) A region's
list of districts with one swapped is another statement, numbered, bulleted or in a sentence; no
district list and no numbered list is cut short, caption-cut or re-posted days later. (26) The
new copies are copies: a one-word rubric on the post's own first line ("Назначения | ",
"[Diplomacy] ", "ЭКОНОМИКА. ", "#Policy "; a kind of news, no fact), a relay's "RT @channel: "
or "QT @channel:", a quoting reposter's «Цитата:» / «Репост @channel:» / "Quote:" before the
post, a translation tool's note under or over a text it did not change ("🌐 Перевод: Яндекс
Переводчик", "(Auto-translated by Telegram · Show original)", "[Machine translation]": no
Cyrillic in an English copy's note), zero-width spaces or soft hyphens inside words (links,
usernames and hashtags left alone; sometimes a byte-order mark at the start), a reposter's
footer of links ("[Подписаться](…) | [Прислать новость](…)", "🔔 Subscribe · 📩 Send us news ·
💬 Chat"), the post's first paragraph (or its first sentence) repeated over it as a lead, plain,
bold, italic or over a dash, and a numbered list's numbers retyped as "1)", "1 —", "(1)", "1️⃣"
or "1:" (the numbers are words to the checks, so they stay: no copy retypes them as bare
dashes). The twenty-first's Markdown stripping already reduces a Markdown link to its label, so
that kind is not added again.

Copies (each copy's external id ends with its kind; seed 23): the twenty-first's kinds, made by
its copy maker with this set's sources: a plain forward (12), a forward header (12), a text
dump's header (13), a reposter's sign-off (13), a hashtag line added (12), the original's hashtag
line removed (8), an emoji (10), a link added (10), tracking parameters (11), a link preview's
text (12), the original's typo fixed (9), the original's typo next to a slot fixed (5), one typo
made off the slots (8), whitespace (13), punctuation (11), quotes (4), "ё" as "е" (6), a
translation artefact (13), Markdown added (10), Markdown stripped (3), a scraper's HTML (12), a
"…" / "Читать далее" / "Read more" truncation (2), a lead cut short with no mark (1), a haste
mark (10), an agency's dateline, with its credit line under four in ten (15), a photo or video
credit line (11), a synonym edit of one reporting verb (6), a reposter's rubric heading (12), a
reposter's one-line remark over the post (13), emoji bullets retyped (1), the RSS mirror's item
(13), a "pinned" header (8), the channel's own re-post 2-5 days later (4), a weekly aggregator's
copy 2-6 days later (3); the twenty-second's kinds, made by its maker's steps: numbers with thin
or non-breaking spaces (9), an export's "(edited)" mark (11), a caption cut (2), a bracketed
source note (12), spaced quotes (3), line breaks rejoined (4), emoji stripped (9); the new kinds:
a one-word rubric (13), a relay or quote prefix (14), a translation tool's note (12), invisible
characters inside words (10), a subscribe footer (10), the lead repeated (7), a list renumbered
(3); and two at once: the twenty-first's pairs (a forward header with hashtags 10, a dateline
with a credit line 11, a typo with a sign-off 10, a remark with an emoji 11, a truncation in the
RSS mirror 2, a rubric heading with a sign-off 9, the typo next to a slot fixed with a haste mark
8, "ё" as "е" with quotes 4, Markdown stripped with an emoji 5, whitespace with a credit line 10,
a dump header with a typo 9, a remark with the hashtag line removed 11, punctuation with a link
10, a synonym edit with hashtags 7, a lead cut short with a sign-off 2, a "pinned" header with a
link 10, the typo fixed under a remark 8, a forward header with a translation artefact 13, a
haste mark with a link 12; bullets retyped with a sign-off or in HTML: none for this seed), the
twenty-second's (the typo fixed in the export's edited copy 7, thin spaces with a sign-off 8, a
caption cut with a source note 2, lines rejoined with hashtags 3, spaced quotes with a sign-off
2, emoji stripped in the RSS mirror 11, a source note with an emoji 13, the export's edited copy
with thin spaces 7, lines rejoined with a source note 5), and this set's (a one-word rubric with
a sign-off 11, a relay prefix with emoji stripped 11, a translation note with spaced quotes 2, a
forward header with invisible characters 10, a rubric heading with a subscribe footer 10, the
lead repeated with hashtags 8, a list renumbered with a sign-off 4, a list renumbered with its
lines rejoined 2, a one-word rubric with invisible characters 13, the lead repeated with a
subscribe footer 8, a translation note with thin spaces 7). :func:`_check` runs the
twenty-first's checks (unique ids, every copy after its original, keeping each word of its own
slots and adding no stem of a sibling's, every copy but truncations, cuts, caption cuts, typos
and synonym edits keeping every word of the statement, a feed title of the statement's words,
every copy in its original's language, no two stories with the same words, no text in two
stories, siblings told apart), asserts that the twenty-second's kinds did what they say, that
every post comes from this set's sources (keys of its own range), that no district or numbered
list is cut, and that each new kind did what it says (the rubric, the prefix, the note, the
footer there; an invisible character between two letters; the lead's words twice in a row of
the copy's words; no "1." left and the retyped numbers there). Copies of posts under 16 words
come within six hours, longer posts' mostly within a day; about one in eight copies of a lasting
post of 25 words or more comes 1-4 days later.

Seed 23: 1000 posts, 269 stories, 731 copies (425 of one kind, 306 of two at once; 164 within
an hour, 414 more within six hours, 134 more within a day, 19 a day or more later; 8 the
channel's own re-posts, 4 of them days later and 4 reworded), 54% of the posts in Russian, 33
sources; July to December 2029. Seeds 1-3: 983-1035 posts, the same 269 stories, 55-57% in
Russian. Not yet scored: the dedup was not run while the set was written.

Written blind in session 54: without reading how the detector works and without running it (from
how official channels, agencies, their reposters, relays and exports write). Read:
tests/dedup_eval_twentysecond.py in full (the model: its sources, kinds, ``_Maker22`` and
checks), tests/dedup_eval_twentyfirst.py's module docstring and the definitions imported here
(the sources and tables its steps fall back on, ``_Story``, ``_Set``, the slot machinery, the
copy tables and helpers, ``_Draft``, ``_Maker`` and its steps, ``KINDS``, ``_copies``,
``_check``, ``build``; not its families of statements) and tests/dedup_eval_set.py's opening
(for ``Labelled``); the names of the files in tests/ were listed. Not read: tg_archiver/, docs/,
README.md, CHANGELOG.md and every other test. Not run: git, pytest, the detector, the CLI, any
scoring or any tg_archiver code beyond importing tg_archiver.archive.models; only this module's
build() for seeds 23, 1, 2 and 3 (its own checks pass, and a count of its kinds for this
docstring) and ruff on this file. The slots, the copy makers, their kinds and the checks are the
twenty-first's and the twenty-second's, imported, not copied; written here are the statements,
the sources, the year's ``_on``, ``_Set23.add`` (with a link of the post's own), the maker's
tables and the steps that name a source, seven kinds of copy and eleven pairs with them, and
checks of them. (``_Set23.add`` and the maker's ``make``, ``_copies`` and ``build`` are the
twenty-first's and twenty-second's, given this set's tables, maker and kinds, the post's own
link a keyword of the twenty-first's ``add``: session 54, after the set's first run; the
posts built are byte for byte the same.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import dedup_eval_twentyfirst as t21
import dedup_eval_twentysecond as t22
from dedup_eval_set import Labelled
from dedup_eval_twentyfirst import (
    RU_MONTHS_SHORT,
    _Draft,
    _en,
    _put,
    _ru,
    _Set,
    _strip_emoji,
    _words,
)
from dedup_eval_twentysecond import EMOJI, EN_MONTHS_SHORT, GROUPED, _Maker22

from tg_archiver.archive.models import SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


KEY_RANGE = "-10023030000"  # this set's Telegram keys: -1002303000001 to -1002303000029
MFA = _tg("-1002303000001", "МИД РФ | Официально", "mid_rf_oficialno")
MFA_EN = _tg("-1002303000002", "Foreign Ministry of Russia", "foreignministry_ru_en")
KREMLIN = _tg("-1002303000003", "Кремль. Новости", "kreml_novosti")
KREMLIN_EN = _tg("-1002303000004", "Kremlin News", "kremlin_news_en")
GOV = _tg("-1002303000005", "Правительство Российской Федерации", "pravitelstvo_rf_tg")
MINENERGO = _tg("-1002303000006", "Минэнерго России", "minenergo_official")
MINSELKHOZ = _tg("-1002303000007", "Минсельхоз России", "minselkhoz_rf")
ROSSTAT = _tg("-1002303000008", "Росстат", "rosstat_tg")
MINZDRAV = _tg("-1002303000009", "Минздрав России", "minzdrav_rf_tg")
GIDROMET = _tg("-1002303000010", "Гидрометцентр России", "gidrometcentr_rf")
EMB_KZ = _tg("-1002303000011", "Посольство России в Казахстане", "rusemb_kazakhstan")
EMB_ZA = _tg("-1002303000012", "Russian Embassy in South Africa", "rusembsouthafrica")
EMB_MY = _tg("-1002303000013", "Russian Embassy in Malaysia", "rusembmalaysia")
OSCE = _tg("-1002303000014", "Russian Mission to the OSCE", "russia_osce_mission")
GOV_TVER = _tg("-1002303000015", "Губернатор Тверской области", "tver_gubernator_tg")
GOV_PRIM = _tg("-1002303000016", "Губернатор Приморского края", "primorye_gubernator_tg")
GORIZONT = _tg("-1002303000017", "ИА «Горизонт»", "gorizont_lenta")
PRESSLINE = _tg("-1002303000018", "Агентство «Пресс-Линия»", "pressline_agency")
LODESTAR = _tg("-1002303000019", "Lodestar Wire", "lodestarwire")
COASTLINE = _tg("-1002303000020", "Coastline Press", "coastlinepress")
REP1 = _tg("-1002303000021", "Новости без воды", "novosti_bez_vody")
REP2 = _tg("-1002303000022", "Официальный вестник", "oficialny_vestnik")
REP3 = _tg("-1002303000023", "Госповестка", "gospovestka")
REP4 = _tg("-1002303000024", "Коротко о главном 24", "korotko_o_glavnom24")
REP_EN = _tg("-1002303000025", "Moscow Monitor", "moscowmonitor")
REP_EN2 = _tg("-1002303000026", "Eurasian Dispatch", "eurasiandispatch")
REP_EN3 = _tg("-1002303000027", "Global Affairs Feed", "globalaffairsfeed")
AGGR = _tg("-1002303000028", "Семь дней 🗓", "sem_dney_tg")
AGGR_EN = _tg("-1002303000029", "Seven Days 🗓", "sevendays_tg")
MIRROR = SourceRef(
    kind="feed",
    key="https://relay.example.net/telegram/officials.atom",
    title="Officials (Atom relay)",
)
SCRAPER = SourceRef(kind="import", key="scraper-2029-h2", title="channels-scrape-2029-h2.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2029-10.txt", title="forwards-2029-10.txt")
# a Telegram Desktop export turned into text: it marks an edited post "(edited)" / "(изменено)"
EXPORT = SourceRef(kind="import", key="tdesktop-export-2029-11", title="ChatExport_2029-11-30")

RU_REPOSTERS = [REP1, REP2, REP3, REP4]
EN_REPOSTERS = [REP_EN, REP_EN2, REP_EN3]
AGENCIES = {GORIZONT.key, PRESSLINE.key, LODESTAR.key, COASTLINE.key}  # they pin nothing
# the twenty-first's and the twenty-second's copy makers send some copies to their own mirror,
# scraper, dump and export (whose names no copy's text carries): this set's stand in for them
STAND_INS = {
    t21.MIRROR.key: MIRROR,
    t21.SCRAPER.key: SCRAPER,
    t21.DUMP.key: DUMP,
    t22.MIRROR.key: MIRROR,
    t22.SCRAPER.key: SCRAPER,
    t22.DUMP.key: DUMP,
    t22.EXPORT.key: EXPORT,
}

# where a source's posts link to, and the city an agency's dateline gives them
SITES = {
    MFA.key: ("mid.ru", "https://mid.ru/ru/news/{n}/", "МОСКВА", "MOSCOW"),
    MFA_EN.key: ("mid.ru", "https://mid.ru/en/news/{n}/", "МОСКВА", "MOSCOW"),
    KREMLIN.key: ("kremlin.ru", "http://kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    KREMLIN_EN.key: ("en.kremlin.ru", "http://en.kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    GOV.key: ("government.ru", "http://government.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    MINENERGO.key: ("minenergo.gov.ru", "https://minenergo.gov.ru/press-center/news/{n}", "МОСКВА", "MOSCOW"),
    MINSELKHOZ.key: ("mcx.gov.ru", "https://mcx.gov.ru/press-service/news/{n}/", "МОСКВА", "MOSCOW"),
    ROSSTAT.key: ("rosstat.gov.ru", "https://rosstat.gov.ru/folder/313/document/{n}", "МОСКВА", "MOSCOW"),
    MINZDRAV.key: ("minzdrav.gov.ru", "https://minzdrav.gov.ru/news/2029/{n}", "МОСКВА", "MOSCOW"),
    GIDROMET.key: ("meteoinfo.ru", "https://meteoinfo.ru/news/{n}", "МОСКВА", "MOSCOW"),
    EMB_KZ.key: ("kazakhstan.mid.ru", "https://kazakhstan.mid.ru/ru/press-centre/news/{n}/", "АСТАНА", "ASTANA"),
    EMB_ZA.key: ("southafrica.mid.ru", "https://southafrica.mid.ru/en/press-centre/news/{n}/", "ПРЕТОРИЯ", "PRETORIA"),
    EMB_MY.key: ("malaysia.mid.ru", "https://malaysia.mid.ru/en/press-centre/news/{n}/", "КУАЛА-ЛУМПУР", "KUALA LUMPUR"),
    OSCE.key: ("osce.mid.ru", "https://osce.mid.ru/en/press-centre/news/{n}/", "ВЕНА", "VIENNA"),
    GOV_TVER.key: ("tver.ru", "https://tver.ru/novosti/{n}/", "ТВЕРЬ", "TVER"),
    GOV_PRIM.key: ("primorsky.ru", "https://primorsky.ru/news/{n}/", "ВЛАДИВОСТОК", "VLADIVOSTOK"),
    GORIZONT.key: ("gorizont-news.example.ru", "https://gorizont-news.example.ru/lenta/{n}", "МОСКВА", "MOSCOW"),
    PRESSLINE.key: ("pressline.example.ru", "https://pressline.example.ru/news/{n}", "МОСКВА", "MOSCOW"),
    LODESTAR.key: ("lodestar.example.com", "https://lodestar.example.com/world/{n}", "МОСКВА", "MOSCOW"),
    COASTLINE.key: ("coastlinepress.example.com", "https://coastlinepress.example.com/story/{n}", "МОСКВА", "MOSCOW"),
}  # fmt: skip

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: ["", "", "\n\n#МИД #внешняяполитика", "\n\n🔗 {link}", "\n\n#МИДРФ\n🔗 {link}", "\n\n[Читать полностью]({link})"],
    MFA_EN.key: ["", "\n\n#Russia #ForeignPolicy", "\n\n🔗 {link}", "\n\n[Read in full]({link})"],
    KREMLIN.key: ["", "\n\n🔗 {link}", "\n\n#Кремль"],
    KREMLIN_EN.key: ["", "\n\n🔗 {link}", "\n\n#Kremlin #Putin"],
    GOV.key: ["", "\n\n#Правительство", "\n\n[Подробнее]({link})"],
    MINENERGO.key: ["", "\n\n#Минэнерго #ТЭК"],
    MINSELKHOZ.key: ["", "\n\n#Минсельхоз #АПК", "\n\n🔗 {link}"],
    ROSSTAT.key: ["", "\n\n#Росстат #статистика"],
    MINZDRAV.key: ["", "\n\n#Минздрав #здоровье"],
    GIDROMET.key: ["", "\n\n#погода #Гидрометцентр"],
    EMB_KZ.key: ["", "\n\n#Посольство #РоссияКазахстан"],
    EMB_ZA.key: ["", "\n\n#RussiaSouthAfrica #Embassy", "\n\n🔗 {link}"],
    EMB_MY.key: ["", "\n\n#RussiaMalaysia #Embassy"],
    OSCE.key: ["", "\n\n#OSCE #Vienna", "\n\n🔗 {link}"],
    GOV_TVER.key: ["", "\n\n#Тверскаяобласть #69регион"],
    GOV_PRIM.key: ["", "\n\n#Приморье #25регион"],
    GORIZONT.key: ["", "", "\n\n#Горизонт"],
    PRESSLINE.key: ["", "\n\n@pressline_agency"],
    LODESTAR.key: ["", "", "\n\n#worldnews"],
    COASTLINE.key: ["", "\n\n— CP"],
}  # fmt: skip


def _on(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in Moscow time (UTC+3), kept in UTC: July to December 2029 (the earlier
    sets' ``_on`` are fixed to their own months, so this set has its own)."""
    return datetime(2029, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))


class _Set23(_Set):
    """The twenty-first's set with this set's sites, signatures and link numbers."""

    sites = SITES
    sigs = SIGS
    link_numbers = (4_100_000, 4_199_999)


# -- distinct statements ---------------------------------------------------------------------


def _trends(x: _Set23) -> None:
    """One figure's growth against its decline."""
    for verb, at in (("вырос", _on(10, 14, 12)), ("снизился", _on(11, 12, 12))):
        x.add(
            "trends", "tr1", MINSELKHOZ, at,
            "🌾 Экспорт российской сельскохозяйственной продукции в страны Африки по итогам"
            f" девяти месяцев {verb} на 12% и составил 5,3 млрд долларов США.\n\nОсновными"
            " покупателями остаются Египет, Алжир и Марокко.",
        )  # fmt: skip
    for verb, at in (("rose", _on(10, 3, 16)), ("fell", _on(11, 4, 16))):
        x.add(
            "trends", "tr2", LODESTAR, at,
            f"Russia's seaborne oil exports {verb} 4% in September, tanker tracking data shows",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("увеличилась", _on(10, 24, 11)), ("сократилась", _on(11, 21, 11))):
        x.add(
            "trends", "tr3", ROSSTAT, at,
            "📊 Численность иностранных граждан, въехавших в Россию с туристическими целями, в"
            f" третьем квартале {verb} на 8,4% по сравнению с тем же периодом прошлого года.\n\n"
            "Больше всего туристов прибыло из Китая, Казахстана и Турции.",
        )  # fmt: skip
    for verb, at in (("grew", _on(9, 17, 14)), ("declined", _on(9, 30, 14))):
        x.add(
            "trends", "tr4", MFA_EN, at,
            f"📈 Trade between Russia and the ASEAN countries {verb} by 9% in January–August,"
            " Deputy Foreign Minister Andrey Rudenko said at a meeting with ASEAN ambassadors in"
            " Moscow.",
        )  # fmt: skip
    for verb, at in (("выросло", _on(9, 8, 13)), ("сократилось", _on(9, 22, 13))):
        x.add(
            "trends", "tr5", PRESSLINE, at,
            f"Число рейсов российских авиакомпаний в Турцию за летний сезон {verb} на 15%,"
            " сообщили в Росавиации",
            lasting=False,
        )  # fmt: skip


def _intents(x: _Set23) -> None:
    """A plan against its negation."""
    for verb, at in (("намерена", _on(11, 6, 15)), ("не намерена", _on(12, 4, 15))):
        x.add(
            "intents", "in1", MFA, at,
            f"💬 Россия {verb} направлять делегацию на Обзорную конференцию по Договору о"
            " нераспространении ядерного оружия в Нью-Йорке, заявил заместитель Министра"
            " иностранных дел России С.А.Рябков.\n\nКонференция откроется 27 апреля 2030 года.",
        )  # fmt: skip
    for verb, at in (("plans", _on(10, 9, 12)), ("does not plan", _on(10, 30, 12))):
        x.add(
            "intents", "in2", KREMLIN_EN, at,
            f"Vladimir Putin {verb} to attend the G20 summit in November, Presidential Press"
            " Secretary Dmitry Peskov told reporters.",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("планирует", _on(8, 19, 10)), ("не планирует", _on(9, 16, 10))):
        x.add(
            "intents", "in3", PRESSLINE, at,
            f"Минфин {verb} повышать НДС в 2030 году, заявил министр финансов",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("намерено", _on(11, 18, 17)), ("не намерено", _on(12, 9, 17))):
        x.add(
            "intents", "in5", GOV, at,
            f"📄 Правительство {verb} продлевать мораторий на плановые проверки малого бизнеса"
            " после 31 декабря 2029 года. Об этом сообщил Михаил Мишустин на стратегической"
            " сессии.",
        )  # fmt: skip
    for verb, at in (("plans", _on(7, 15, 11)), ("does not plan", _on(9, 2, 11))):
        x.add(
            "intents", "in6", EMB_ZA, at,
            f"ℹ️ The Embassy {verb} to open a consular office in Cape Town this year. Russian"
            " citizens in the Western Cape may apply to the Consular Section in Pretoria.",
        )  # fmt: skip


def _quarters(x: _Set23) -> None:
    """One quarter, half-year or nine months against another."""
    for q, at in (
        ("в первом", _on(7, 11, 19)),
        ("во втором", _on(9, 10, 19)),
        ("в третьем", _on(12, 11, 19)),
    ):
        x.add(
            "quarters", "qu1", ROSSTAT, at,
            f"📊 Рост ВВП России {q} квартале 2029 года составил 1,8% в годовом выражении, по"
            " второй оценке Росстата.",
        )  # fmt: skip
    for q, at in (("Q3", _on(8, 22, 15)), ("Q4", _on(10, 27, 15))):
        x.add(
            "quarters", "qu2", LODESTAR, at,
            f"Russian central bank sees current account surplus narrowing in {q}, board member"
            " says",
            lasting=False,
        )  # fmt: skip
    for q, at in (("за первое полугодие", _on(7, 23, 12)), ("за девять месяцев", _on(10, 22, 12))):
        x.add(
            "quarters", "qu3", MINENERGO, at,
            f"⚡️ Добыча угля в России {q} 2029 года превысила 210 млн тонн, сообщил заместитель"
            " министра энергетики Пётр Зотов на отраслевой конференции. Экспорт в страны"
            " Азиатско-Тихоокеанского региона продолжает расти.",
        )  # fmt: skip
    for q, at in (("first half", _on(7, 29, 10)), ("third quarter", _on(10, 28, 10))):
        x.add(
            "quarters", "qu4", MFA_EN, at,
            f"📊 In the {q} of 2029, Russian consular offices abroad issued more than 310,000"
            " visas to foreign nationals, the Foreign Ministry's Consular Department reports.",
        )  # fmt: skip
    for q, at in (("в третьем", _on(7, 4, 18)), ("в четвёртом", _on(9, 26, 18))):
        x.add(
            "quarters", "qu5", GOV, at,
            f"💰 Михаил Мишустин: выплаты по программе поддержки экспортёров {q} квартале будут"
            " проиндексированы на 6%. Соответствующее постановление подписано.",
        )  # fmt: skip


def _measures(x: _Set23) -> None:
    """One figure in another unit of measure."""
    for unit, at in (("тонн", _on(11, 13, 14)), ("баррелей", _on(11, 20, 14))):
        x.add(
            "measures", "ms1", MINENERGO, at,
            f"🛢 Поставки российской нефти в Индию в октябре составили 1,6 млн {unit}, сообщил"
            " заместитель министра энергетики Павел Сорокин.",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("tonnes", _on(12, 3, 9)), ("cubic metres", _on(12, 4, 9))):
        x.add(
            "measures", "ms2", COASTLINE, at,
            f"Russia's LNG exports to Europe reached 1.9 million {unit} in November,"
            " ship-tracking data shows",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("гектаров", _on(8, 14, 20)), ("квадратных километров", _on(8, 15, 20))):
        x.add(
            "measures", "ms3", GOV_PRIM, at,
            f"🌊 Площадь зоны подтопления в Уссурийском городском округе сократилась до 120 {unit}."
            " Работы по откачке воды продолжаются круглосуточно, в пунктах временного"
            " размещения остаются 140 человек.",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("kilometres", _on(11, 5, 13)), ("nautical miles", _on(11, 7, 13))):
        x.add(
            "measures", "ms4", EMB_ZA, at,
            f"⚓️ The joint naval exercise Mosi-3 of Russia, China and South Africa will be held 40"
            f" {unit} off the coast of Richards Bay from November 20 to 27, the Embassy informs.",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("тонн", _on(9, 3, 16)), ("кубометров", _on(10, 1, 16))):
        x.add(
            "measures", "ms5", GORIZONT, at,
            f"Россия увеличит поставки сжиженного газа в Казахстан до 500 тысяч {unit} в год,"
            " сообщил министр энергетики",
            lasting=False,
        )  # fmt: skip
    for unit, at in (("tonnes", _on(8, 6, 18)), ("barrels", _on(8, 27, 18))):
        x.add(
            "measures", "ms6", LODESTAR, at,
            f"Russia pledges 15,000 {unit} of diesel fuel to Cuba, energy ministry says",
            lasting=False,
        )  # fmt: skip


def _anniversaries(x: _Set23) -> None:
    """An anniversary's ordinal, in figures or in words."""
    for n, at in (("80-летием", _on(10, 1, 10)), ("75-летием", _on(10, 1, 13))):
        x.add(
            "anniversaries", "an1", KREMLIN, at,
            "✉️ Владимир Путин направил поздравление Председателю КНР Си Цзиньпину в связи с"
            f" {n} образования Китайской Народной Республики.\n\n«Российско-китайские отношения"
            " всеобъемлющего партнёрства и стратегического взаимодействия переживают лучший"
            " период в своей истории», — говорится в послании.",
        )  # fmt: skip
    for n, at in (("80th", _on(8, 12, 11)), ("75th", _on(8, 19, 11))):
        x.add(
            "anniversaries", "an2", MFA_EN, at,
            f"🕊 Statement by the Russian Foreign Ministry on the {n} anniversary of the Geneva"
            " Conventions of 1949 for the protection of war victims.",
        )  # fmt: skip
    for n, at in (("37-й", _on(10, 22, 19)), ("35-й", _on(11, 26, 19))):
        x.add(
            "anniversaries", "an4", EMB_KZ, at,
            f"🇷🇺🇰🇿 В Астане состоялся приём по случаю {n} годовщины установления"
            " дипломатических отношений между Россией и Казахстаном. В мероприятии приняли"
            " участие представители министерств, деловых кругов и общественных организаций.",
        )  # fmt: skip
    for n, at in (("80th", _on(10, 2, 20)), ("75th", _on(10, 9, 20))):
        x.add(
            "anniversaries", "an5", LODESTAR, at,
            f"Russia, China mark {n} anniversary of diplomatic ties with Moscow reception",
            lasting=False,
        )  # fmt: skip
    for n, at in (("девяностой", _on(9, 1, 9)), ("восьмидесятой", _on(9, 3, 9))):
        x.add(
            "anniversaries", "an6", MFA, at,
            f"🕯 Заявление МИД России в связи с {n} годовщиной начала Второй мировой войны.\n\n"
            "Уроки той трагедии не должны быть забыты, а попытки переписать историю —"
            " оставаться безнаказанными.",
        )  # fmt: skip


def _tiers(x: _Set23) -> None:
    """A meeting of two sides against one of three; deputy ministers against ministers."""
    for t, at in (("двусторонние", _on(7, 17, 16)), ("трёхсторонние", _on(8, 28, 16))):
        x.add(
            "tiers", "ti1", MFA, at,
            f"🤝 В Баку состоялись {t} консультации по вопросам безопасности в"
            " Южно-Кавказском регионе.\n\nСтороны обменялись мнениями о ходе работы над мирным"
            " договором и разблокировании транспортных коммуникаций.",
        )  # fmt: skip
    for t, at in (("bilateral", _on(9, 11, 13)), ("trilateral", _on(9, 12, 13))):
        x.add(
            "tiers", "ti2", MFA_EN, at,
            f"🤝 A {t} meeting on transport connectivity in Central Asia was held in Tashkent on"
            " the sidelines of the International Transport Forum.",
        )  # fmt: skip
    for t, at in (("заместителей министров", _on(11, 3, 12)), ("министров", _on(11, 24, 12))):
        x.add(
            "tiers", "ti3", PRESSLINE, at,
            f"Встреча в формате «Россия — Иран — Турция» на уровне {t} иностранных дел пройдёт"
            " в Тегеране в декабре, сообщили в МИД",
            lasting=False,
        )  # fmt: skip
    for t, at in (
        ("deputy foreign ministers", _on(10, 15, 8)),
        ("foreign ministers", _on(11, 19, 8)),
    ):
        x.add(
            "tiers", "ti4", COASTLINE, at,
            f"BRICS {t} to meet in New Delhi next month, Indian foreign ministry says",
            lasting=False,
        )  # fmt: skip
    for t, at in (("ministerial", _on(10, 20, 17)), ("expert-level", _on(10, 23, 17))):
        x.add(
            "tiers", "ti6", KREMLIN_EN, at,
            f"The {t} Russia–Africa conference on food security will be held in Moscow on"
            " November 26–27, Presidential Aide Yury Ushakov said.",
            lasting=False,
        )  # fmt: skip


def _sessions(x: _Set23) -> None:
    """An open session against a closed one."""
    for s, at in (("открытое", _on(11, 10, 21)), ("закрытое", _on(11, 11, 21))):
        x.add(
            "sessions", "se1", MFA, at,
            f"🇺🇳 По запросу России Совет Безопасности ООН проведёт {s} заседание по"
            " гуманитарной ситуации в Газе 14 ноября.",
            lasting=False,
        )  # fmt: skip
    for s, at in (("an open", _on(9, 18, 15)), ("a closed", _on(10, 16, 15))):
        x.add(
            "sessions", "se2", OSCE, at,
            f"🎙 Russia requested {s} meeting of the OSCE Permanent Council to discuss the"
            " situation of the Russian-speaking population in the Baltic states.",
        )  # fmt: skip
    for s, at in (("открытом", _on(10, 6, 11)), ("закрытом", _on(10, 13, 11))):
        x.add(
            "sessions", "se3", GORIZONT, at,
            "Госдума рассмотрит законопроект о противодействии иностранному вмешательству на"
            f" {s} заседании, сообщил Володин",
            lasting=False,
        )  # fmt: skip
    for s, at in (("open", _on(8, 4, 19)), ("closed", _on(8, 5, 19))):
        x.add(
            "sessions", "se4", LODESTAR, at,
            f"UN Security Council to hold {s} meeting on Sudan at Russia's request, diplomats say",
            lasting=False,
        )  # fmt: skip
    for s, at in (("открытым", _on(11, 27, 9)), ("закрытым", _on(11, 27, 11))):
        x.add(
            "sessions", "se5", KREMLIN, at,
            "🇷🇺🇰🇿 Начало переговоров Владимира Путина и Касым-Жомарта Токаева в узком составе"
            f" будет {s} для прессы. Затем переговоры продолжатся в расширенном формате.",
            lasting=False,
        )  # fmt: skip


def _mandates(x: _Set23) -> None:
    """A recommendation against a requirement."""
    for m, at in (("рекомендует", _on(9, 9, 12)), ("обязывает", _on(10, 7, 12))):
        x.add(
            "mandates", "md1", MINZDRAV, at,
            f"💉 Минздрав {m} медицинские организации провести вакцинацию сотрудников против"
            " гриппа до 1 декабря. Вакцина для медицинских работников предоставляется"
            " бесплатно.",
        )  # fmt: skip
    for m, at in (("advised", _on(7, 8, 10)), ("required", _on(8, 26, 10))):
        x.add(
            "mandates", "md2", EMB_MY, at,
            f"ℹ️ Russian citizens travelling to Malaysia are {m} to submit the Malaysia Digital"
            " Arrival Card no later than three days before arrival.",
        )  # fmt: skip
    for m, at in (("рекомендовано", _on(10, 17, 15)), ("предписано", _on(12, 1, 15))):
        x.add(
            "mandates", "md3", GOV, at,
            f"📄 Регионам {m} до 1 марта 2030 года утвердить программы ремонта школьных"
            " спортивных залов. Соответствующее поручение подписал Михаил Мишустин.",
        )  # fmt: skip
    for m, at in (("recommends", _on(11, 14, 13)), ("requires", _on(12, 12, 13))):
        x.add(
            "mandates", "md4", LODESTAR, at,
            f"Russia {m} airlines to switch to domestic booking systems by March, transport"
            " ministry says",
            lasting=False,
        )  # fmt: skip
    for m, at in (("recommended", _on(7, 21, 16)), ("mandatory", _on(10, 10, 16))):
        x.add(
            "mandates", "md6", MFA_EN, at,
            f"✈️ Medical insurance is {m} for Russian tourists travelling to Thailand, the Foreign"
            " Ministry said in its updated travel advice.",
        )  # fmt: skip

    for m, at in (("рекомендовано", _on(10, 27, 12)), ("предписано", _on(11, 17, 12))):
        x.add(
            "mandates", "md5", MINZDRAV, at,
            f"😷 На период сезонного подъёма заболеваемости гриппом и ОРВИ медицинским организациям {m}:\n\n"
            + _numbered(
                [
                    "ограничить посещения пациентов в стационарах;",
                    "обеспечить сотрудников средствами индивидуальной защиты;",
                    "организовать отдельный приём пациентов с симптомами ОРВИ.",
                ]
            ),
            lasting=False,
        )  # fmt: skip


def _alerts(x: _Set23) -> None:
    """One warning level against another."""
    for a, at in (
        ("жёлтый", _on(7, 9, 8)),
        ("оранжевый", _on(7, 9, 14)),
        ("красный", _on(7, 10, 8)),
    ):
        x.add(
            "alerts", "al1", GIDROMET, at,
            f"⚠️ В Москве и Московской области объявлен {a} уровень погодной опасности из-за"
            " сильного ветра с порывами до 20 м/с. Будьте осторожны!",
            lasting=False,
        )  # fmt: skip
    for a, at in (
        ("режим повышенной готовности", _on(9, 10, 17)),
        ("режим чрезвычайной ситуации регионального характера", _on(9, 11, 17)),
    ):
        x.add(
            "alerts", "al2", GOV_PRIM, at,
            "🌀 В связи с приближением тайфуна «Майсак» на территории Приморского края с 18:00"
            f" введён {a}.\n\nПрошу жителей без необходимости не выходить из дома и следить за"
            " сообщениями экстренных служб.",
            lasting=False,
        )  # fmt: skip
    for a, at in (("orange", _on(12, 2, 9)), ("red", _on(12, 3, 9))):
        x.add(
            "alerts", "al3", EMB_MY, at,
            f"⚠️ The Malaysian Meteorological Department has issued {a} warnings for continuous"
            " heavy rain in Kelantan and Terengganu. Russian tourists should follow the"
            " instructions of the local authorities.",
            lasting=False,
        )  # fmt: skip
    for a, at in (("4", _on(7, 26, 12)), ("5", _on(8, 2, 12))):
        x.add(
            "alerts", "al4", COASTLINE, at,
            f"Russia raises wildfire danger to class {a} in Zabaykalsky region, emergencies"
            " ministry says",
            lasting=False,
        )  # fmt: skip
    for a, at in (("non-essential", _on(8, 8, 18)), ("all", _on(9, 19, 18))):
        x.add(
            "alerts", "al6", MFA_EN, at,
            f"⚠️ The Russian Foreign Ministry advises Russian citizens against {a} travel to"
            " Haiti due to the deteriorating security situation.",
        )  # fmt: skip


def _terms(x: _Set23) -> None:
    """An age or a term in years."""
    for n, at in (("18", _on(7, 16, 14)), ("21", _on(10, 15, 14))):
        x.add(
            "terms", "tm1", GORIZONT, at,
            f"Госдума приняла закон о запрете продажи энергетических напитков лицам младше {n}"
            " лет",
            lasting=False,
        )  # fmt: skip
    for n, at in (("3", _on(8, 8, 19)), ("5", _on(11, 28, 19))):
        x.add(
            "terms", "tm2", KREMLIN_EN, at,
            "Vladimir Putin signed a Federal Law raising the maximum term of fixed-term"
            " employment contracts with highly qualified foreign specialists to"
            f" {n} years.",
        )  # fmt: skip
    for n, at in (("12", _on(9, 24, 11)), ("14", _on(11, 5, 11))):
        x.add(
            "terms", "tm3", MINZDRAV, at,
            "💉 С 1 января 2030 года вакцинация против вируса папилломы человека будет включена"
            f" в национальный календарь профилактических прививок для девочек {n} лет.",
        )  # fmt: skip
    for n, at in (("18", _on(7, 2, 10)), ("16", _on(9, 6, 10))):
        x.add(
            "terms", "tm4", EMB_ZA, at,
            f"ℹ️ Under South African rules, Russian children under the age of {n} travelling"
            " without their parents must carry a notarised letter of consent. The Embassy"
            " recommends having a certified English translation of the letter.",
        )  # fmt: skip
    for n, at in (("5", _on(8, 20, 17)), ("7", _on(8, 21, 12))):
        x.add(
            "terms", "tm5", GOV, at,
            "📄 Распоряжением Правительства Сергей Николаев назначен председателем"
            " наблюдательного совета Фонда развития Дальнего Востока сроком на"
            f" {n} лет.",
        )  # fmt: skip


def _hotlines(x: _Set23) -> None:
    """A hotline's number, one digit pair or two digits apart."""
    for n, at in (("19-92", _on(7, 3, 12)), ("19-29", _on(8, 13, 12))):
        x.add(
            "hotlines", "hl1", MFA, at,
            "☎️ Российские граждане, оказавшиеся в экстренной ситуации за рубежом, могут"
            " обратиться в Ситуационно-кризисный центр МИД России по телефону +7 (499)"
            f" 244-{n}.\n\nЗвонки принимаются круглосуточно.",
        )  # fmt: skip
    for n, at in (("555 0147", _on(9, 4, 9)), ("555 0174", _on(11, 11, 9))):
        x.add(
            "hotlines", "hl2", EMB_ZA, at,
            "📞 In case of emergency, Russian citizens in South Africa may call the Embassy's"
            f" duty phone: +27 82 {n}. The line is available around the clock.",
        )  # fmt: skip
    for n, at in (("250-69-01", _on(8, 1, 15)), ("250-96-01", _on(8, 1, 18))):
        x.add(
            "hotlines", "hl3", GOV_TVER, at,
            f"📞 Для жителей пострадавших от паводка округов работает горячая линия: 8-800-{n}."
            " Звонок бесплатный, линия работает с 8:00 до 20:00.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("1 300 041", _on(10, 4, 20)), ("1 300 014", _on(10, 5, 9))):
        x.add(
            "hotlines", "hl4", MFA_EN, at,
            f"☎️ Russian citizens in Lebanon may contact the Embassy's hotline at +961 {n}."
            " Please use this number only in emergencies.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("24-83-12", _on(7, 24, 11)), ("24-83-21", _on(10, 2, 11))):
        x.add(
            "hotlines", "hl5", EMB_KZ, at,
            "📞 Телефон дежурного сотрудника консульского отдела Посольства для экстренных"
            f" случаев: +7 (7172) {n}. Просим не использовать этот номер для справок о визах.",
        )  # fmt: skip

    for n, at in (("387 4102", _on(7, 6, 9)), ("387 4120", _on(9, 27, 9))):
        x.add(
            "hotlines", "hl6", EMB_MY, at,
            "☎️ Useful phone numbers for Russian citizens in Malaysia:\n\n" + _numbered(
                ["Police and ambulance: 999", "Tourist Police: +60 3 2149 6590", f"Duty phone of the Embassy: +60 12 {n}"]
            ) + "\n\nPlease save these numbers before your trip.",
            lasting=False,
        )  # fmt: skip


def _links(x: _Set23) -> None:
    """The same words pointing to another document."""
    for n, at in (
        ("2004381", _on(9, 5, 18)),
        ("2004418", _on(9, 12, 18)),
        ("2004813", _on(10, 3, 18)),
    ):
        url = f"https://mid.ru/ru/news/{n}/"
        x.add(
            "links", "lk1", MFA, at,
            "📄 Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи с"
            f" ситуацией вокруг Приднестровья\n\n🔗 {url}",
            sig="", link=url,
        )  # fmt: skip
    for n, at in (("2004507", _on(9, 8, 16)), ("2004570", _on(9, 29, 16))):
        url = f"https://mid.ru/en/news/{n}/"
        x.add(
            "links", "lk2", MFA_EN, at,
            "📄 Foreign Ministry Spokeswoman Maria Zakharova's answer to a media question"
            f" regarding the situation around the Zaporozhye Nuclear Power Plant\n\n🔗 {url}",
            sig="", link=url,
        )  # fmt: skip
    for n, at in (("0001202910140007", _on(10, 14, 13)), ("0001202910140011", _on(10, 14, 16))):
        url = f"http://publication.pravo.gov.ru/document/{n}"
        x.add(
            "links", "lk3", GOV, at,
            "📄 Постановление Правительства о порядке предоставления субсидий на строительство"
            " туристических гостиниц опубликовано на официальном интернет-портале правовой"
            f" информации: {url}",
            sig="\n\n#Правительство", link=url,
        )  # fmt: skip
    for n, at in (("76512", _on(11, 1, 14)), ("76521", _on(11, 8, 14))):
        url = f"http://en.kremlin.ru/acts/news/{n}"
        x.add(
            "links", "lk4", KREMLIN_EN, at,
            "Executive Order on amendments to the list of strategic enterprises and strategic"
            f" joint-stock companies. Full text: {url}",
            sig="", link=url,
        )  # fmt: skip
    for n, at in (("84213", _on(8, 7, 10)), ("84231", _on(11, 13, 10))):
        url = f"https://kazakhstan.mid.ru/ru/consular-services/{n}/"
        x.add(
            "links", "lk6", EMB_KZ, at,
            "📋 Памятка для граждан России, выезжающих в Казахстан на работу, обновлена:"
            f" {url}",
            sig="\n\n#Посольство #РоссияКазахстан", link=url,
        )  # fmt: skip


def _namesakes(x: _Set23) -> None:
    """Two officials of one surname with other initials (or another first name)."""
    for n, at in (("Г.Н.Борисов", _on(7, 22, 17)), ("Д.Н.Борисов", _on(9, 23, 17))):
        x.add(
            "namesakes", "nk1", MFA, at,
            f"🇷🇺🇨🇺 Заместитель Министра иностранных дел России {n} провёл консультации с первым"
            " заместителем министра иностранных дел Республики Куба.\n\nОбсуждались вопросы"
            " двусторонней повестки и взаимодействия в ООН.",
        )  # fmt: skip
    for n, at in (("P. V. Melnikov", _on(8, 18, 12)), ("G. V. Melnikov", _on(10, 20, 12))):
        x.add(
            "namesakes", "nk2", MFA_EN, at,
            f"🤝 Director of the Second Asian Department of the Russian Foreign Ministry {n} met"
            " with the Ambassador of Pakistan to Russia to discuss preparations for the"
            " upcoming political consultations.",
        )  # fmt: skip
    for n, at in (("Д.Л.Семёнова", _on(9, 27, 19)), ("М.Л.Семёнова", _on(12, 6, 19))):
        x.add(
            "namesakes", "nk3", GORIZONT, at,
            f"Путин назначил {n} послом России в Венесуэле, указ опубликован на портале правовой"
            " информации",
            lasting=False,
        )  # fmt: skip
    for n, at in (("Dmitry Petrov", _on(9, 27, 20)), ("Denis Petrov", _on(12, 6, 20))):
        x.add(
            "namesakes", "nk4", COASTLINE, at,
            f"Russia names career diplomat {n} as ambassador to Brazil, decree shows",
            lasting=False,
        )  # fmt: skip
    for n, at in (("Y. M. Kuznetsov", _on(8, 23, 18)), ("D. M. Kuznetsov", _on(11, 22, 18))):
        x.add(
            "namesakes", "nk6", KREMLIN_EN, at,
            f"Vladimir Putin signed an Executive Order appointing {n} as Deputy Head of the"
            " Presidential Property Management Directorate.",
        )  # fmt: skip


def _bodies(x: _Set23) -> None:
    """A ministry or an agency named for another of a similar name."""
    for b, at in (("Росавиацией", _on(7, 30, 13)), ("Росавтодором", _on(8, 29, 13))):
        x.add(
            "bodies", "bd1", GORIZONT, at,
            "Контракт на реконструкцию подъездной дороги к аэропорту Пулково заключён"
            f" {b}, сообщили в ведомстве",
            lasting=False,
        )  # fmt: skip
    for b, at in (("Customs", _on(11, 25, 11)), ("Tax", _on(12, 10, 11))):
        x.add(
            "bodies", "bd2", LODESTAR, at,
            f"Russia's Federal {b} Service to tighten control over parcel imports from January",
            lasting=False,
        )  # fmt: skip
    for b, at in (("молодёжи", _on(9, 15, 12)), ("национальностей", _on(10, 29, 12))):
        x.add(
            "bodies", "bd3", GOV, at,
            f"📄 Правительство передало Федеральному агентству по делам {b} полномочия по"
            " поддержке молодёжных национальных общественных объединений. Постановление"
            " вступает в силу с 1 января 2030 года.",
        )  # fmt: skip
    for b, at in (("Rosatom", _on(7, 25, 15)), ("Roscosmos", _on(7, 26, 15))):
        x.add(
            "bodies", "bd4", MFA_EN, at,
            f"📄 {b} and the Egyptian Space Agency signed a memorandum of understanding during"
            " Foreign Minister Sergey Lavrov's visit to Cairo.",
        )  # fmt: skip
    for b, at in (("Минпросвещения", _on(8, 11, 10)), ("Минобрнауки", _on(8, 25, 10))):
        x.add(
            "bodies", "bd5", PRESSLINE, at,
            f"{b} утвердило новые правила приёма иностранных граждан на обучение, сообщили в"
            " ведомстве",
            lasting=False,
        )  # fmt: skip
    for b, at in (("Fishery", _on(10, 8, 16)), ("Forestry", _on(11, 26, 16))):
        x.add(
            "bodies", "bd6", KREMLIN_EN, at,
            f"Vladimir Putin had a working meeting with Head of the Federal Agency for {b} Ilya"
            " Shestakov.",
            lasting=False,
        )  # fmt: skip


def _districts(x: _Set23) -> None:
    """A region's districts with one swapped for another, numbered, bulleted or in a
    sentence."""
    tver = ["Бежецкий", "Кашинский", "Кимрский", "Сонковский"]
    for items, at in (
        (tver, _on(7, 31, 10)),
        (_put(tver, 1, "Кесовогорский"), _on(8, 2, 10)),
        (_put(tver, 2, "Краснохолмский"), _on(8, 5, 10)),
    ):
        x.add(
            "districts", "ds1", GOV_TVER, at,
            "⚠️ В связи с паводком режим чрезвычайной ситуации муниципального характера введён в"
            " следующих муниципальных округах:\n\n" + _numbered(items) + "\n\nЖителям"
            " рекомендовано следить за сообщениями ГУ МЧС по Тверской области.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("Хасанском", _on(9, 11, 20)), ("Партизанском", _on(9, 11, 22))):
        x.add(
            "districts", "ds2", GOV_PRIM, at,
            f"🌀 В связи с тайфуном занятия в школах 12 сентября отменены в Надеждинском, {d} и"
            " Шкотовском округах. Дистанционное обучение не вводится.",
            lasting=False,
        )  # fmt: skip
    north = ["Дмитровский", "Сергиево-Посадский", "Талдомский"]
    for items, at in ((north, _on(12, 7, 16)), (_put(north, 1, "Клинский"), _on(12, 14, 16))):
        x.add(
            "districts", "ds3", GIDROMET, at,
            "❄️ Сильный снегопад ожидается в ближайшие сутки в северных округах Подмосковья:\n\n"
            + _numbered(items) + "\n\nВодителям рекомендуется отказаться от поездок на личном"
            " транспорте.",
            lasting=False,
        )  # fmt: skip
    moldova = ["Chisinau", "Balti", "Comrat", "Cahul"]
    for items, at in ((moldova, _on(10, 16, 12)), (_put(moldova, 2, "Orhei"), _on(10, 17, 12))):
        x.add(
            "districts", "ds4", OSCE, at,
            "🗳 Russian observers within the OSCE mission will monitor the elections in the"
            " following districts of Moldova:\n\n" + _numbered(items) + "\n\nThe mission's"
            " preliminary statement is expected the day after the vote.",
            lasting=False,
        )  # fmt: skip
    kelantan = ["Kuala Krai", "Tanah Merah", "Pasir Mas"]
    for items, at in ((kelantan, _on(12, 4, 12)), (_put(kelantan, 1, "Machang"), _on(12, 5, 12))):
        x.add(
            "districts", "ds5", EMB_MY, at,
            "⚠️ Floods have affected the following districts of Kelantan:\n\n"
            + "\n".join(f"• {d}" for d in items) + "\n\nRussian tourists should avoid travel to these areas and follow the"
            " instructions of the local authorities.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("Grayvoron", _on(8, 16, 9)), ("Krasnaya Yaruga", _on(8, 30, 9))):
        x.add(
            "districts", "ds6", LODESTAR, at,
            f"Russia lifts curfew in Belgorod region's Shebekino, {d} and Valuyki districts,"
            " governor says",
            lasting=False,
        )  # fmt: skip


def _titles(x: _Set23) -> None:
    """A document's title with one word changed."""
    for t, at in (("Заявление", _on(8, 9, 17)), ("Совместное заявление", _on(8, 9, 19))):
        x.add(
            "titles", "tt1", MFA, at,
            f"📄 {t} министров иностранных дел России и Китая по ситуации на Корейском"
            " полуострове.\n\nТекст документа публикуется на сайте Министерства.",
        )  # fmt: skip
    for t, at in (("Statement", _on(10, 11, 18)), ("Joint statement", _on(10, 11, 21))):
        x.add(
            "titles", "tt2", MFA_EN, at,
            f"📄 {t} by the foreign ministers of Russia and Iran on the situation in the Middle"
            " East. The full text is available on the Ministry's website.",
        )  # fmt: skip
    for t, at in (("Декларация", _on(11, 27, 15)), ("Совместная декларация", _on(11, 27, 17))):
        x.add(
            "titles", "tt3", KREMLIN, at,
            f"📄 По итогам переговоров подписана {t} о дальнейшем углублении всеобъемлющего"
            " партнёрства между Российской Федерацией и Республикой Казахстан.",
        )  # fmt: skip
    for t, at in (("Comment", _on(12, 5, 18)), ("Statement", _on(12, 6, 18))):
        x.add(
            "titles", "tt4", OSCE, at,
            f"🎙 {t} by the Permanent Representative of the Russian Federation to the OSCE on the"
            " outcome of the Ministerial Council in Valletta.",
        )  # fmt: skip
    for t, at in (("Комментарий", _on(10, 24, 14)), ("Заявление", _on(11, 7, 14))):
        x.add(
            "titles", "tt5", MFA, at,
            f"💬 {t} официального представителя МИД России М.В.Захаровой в связи с решением"
            " властей Молдавии о высылке российского дипломата.",
        )  # fmt: skip
    for t, at in (("joint", _on(8, 21, 13)), ("separate", _on(8, 21, 15))):
        x.add(
            "titles", "tt6", COASTLINE, at,
            f"Russia, China issue {t} statements on Arctic shipping after talks in Murmansk",
            lasting=False,
        )  # fmt: skip


def _degrees(x: _Set23) -> None:
    """An award's or a rank's degree or class."""
    for d, at in (("III", _on(7, 12, 19)), ("IV", _on(9, 20, 19))):
        x.add(
            "degrees", "dg1", KREMLIN, at,
            f"📄 Указом Президента орденом «За заслуги перед Отечеством» {d} степени награждён"
            " академик Российской академии наук Юрий Ступин — за большой вклад в развитие"
            " отечественной науки.",
        )  # fmt: skip
    for d, at in (("3rd", _on(7, 12, 20)), ("4th", _on(9, 20, 20))):
        x.add(
            "degrees", "dg2", KREMLIN_EN, at,
            "Vladimir Putin signed an Executive Order awarding the Order for Merit to the"
            f" Fatherland, {d} class, to Academician of the Russian Academy of Sciences Yury"
            " Stupin.",
        )  # fmt: skip
    for d, at in (("I", _on(9, 12, 14)), ("II", _on(9, 12, 15))):
        x.add(
            "degrees", "dg3", GOV_PRIM, at,
            f"🏅 Вручил почётный знак «За заслуги перед Приморским краем» {d} степени ветерану"
            " морского флота Виктору Ивановичу Гончаренко. Спасибо за многолетний труд!",
        )  # fmt: skip
    for d, at in (("1", _on(8, 17, 13)), ("2", _on(11, 16, 13))):
        x.add(
            "degrees", "dg4", MFA, at,
            "📄 Указом Президента Российской Федерации директору Департамента информации и печати"
            " МИД России присвоен дипломатический ранг Чрезвычайного и Полномочного Посланника"
            f" {d} класса.",
        )  # fmt: skip
    for d, at in (("first", _on(8, 17, 15)), ("second", _on(11, 16, 15))):
        x.add(
            "degrees", "dg5", LODESTAR, at,
            f"Russian foreign ministry spokeswoman promoted to envoy of the {d} class, decree"
            " shows",
            lasting=False,
        )  # fmt: skip


def _horizons(x: _Set23) -> None:
    """A strategy's or a target's year."""
    for y, at in (("2035", _on(7, 19, 12)), ("2040", _on(12, 13, 12))):
        x.add(
            "horizons", "hz1", GOV, at,
            f"📄 Утверждена Стратегия развития туризма в Российской Федерации на период до {y}"
            " года. Документ предусматривает рост турпотока до 140 млн поездок в год.",
        )  # fmt: skip
    for y, at in (("2030", _on(9, 2, 17)), ("2032", _on(9, 3, 17))):
        x.add(
            "horizons", "hz2", KREMLIN_EN, at,
            f"Russia and Vietnam aim to raise bilateral trade to 15 billion dollars by {y},"
            " Vladimir Putin said at a joint news conference with the President of Vietnam.",
            lasting=False,
        )  # fmt: skip
    for y, at in (("2042", _on(8, 24, 14)), ("2045", _on(10, 19, 14))):
        x.add(
            "horizons", "hz3", MINENERGO, at,
            "⚡️ Правительство утвердило Генеральную схему размещения объектов электроэнергетики"
            f" до {y} года. Схема предусматривает ввод 88 ГВт новых генерирующих мощностей.",
        )  # fmt: skip
    for y, at in (("2060", _on(11, 9, 10)), ("2050", _on(11, 23, 10))):
        x.add(
            "horizons", "hz4", COASTLINE, at,
            f"Russia targets carbon neutrality by {y}, economy minister says",
            lasting=False,
        )  # fmt: skip
    for y, at in (("2030–2035", _on(7, 5, 15)), ("2030–2034", _on(10, 31, 15))):
        x.add(
            "horizons", "hz5", EMB_KZ, at,
            f"🇷🇺🇰🇿 Подписана Программа экономического сотрудничества России и Казахстана на {y}"
            " годы. Документ охватывает энергетику, транспорт и промышленную кооперацию.",
        )  # fmt: skip


def _multiples(x: _Set23) -> None:
    """A figure doubled against the same tripled (or half as much again)."""
    for m, at in (("вдвое", _on(7, 14, 12)), ("втрое", _on(9, 1, 12))):
        x.add(
            "multiples", "mt1", GORIZONT, at,
            f"Товарооборот России и Вьетнама за пять лет вырос {m}, сообщил вице-премьер Оверчук",
            lasting=False,
        )  # fmt: skip
    for m, at in (("doubled", _on(11, 15, 15)), ("tripled", _on(12, 15, 15))):
        x.add(
            "multiples", "mt2", LODESTAR, at,
            f"Russian wheat exports to Egypt {m} in October from a year earlier, ship-tracking"
            " data shows",
            lasting=False,
        )  # fmt: skip
    for m, at in (("в два раза", _on(10, 9, 11)), ("в полтора раза", _on(10, 30, 11))):
        x.add(
            "multiples", "mt3", MINSELKHOZ, at,
            f"🌾 Урожай подсолнечника в Саратовской области {m} превысил показатели прошлого"
            " года. Уборка завершена на 96% площадей.",
        )  # fmt: skip
    for m, at in (("doubled", _on(8, 31, 12)), ("tripled", _on(11, 30, 12))):
        x.add(
            "multiples", "mt4", MFA_EN, at,
            f"🎓 The number of Indonesian students at Russian universities has {m} in three"
            " years, the Russian Embassy in Jakarta reports.",
        )  # fmt: skip
    for m, at in (("удвоится", _on(9, 4, 18)), ("утроится", _on(9, 5, 18))):
        x.add(
            "multiples", "mt5", GOV, at,
            f"💰 Объём льготных кредитов малому бизнесу на Дальнем Востоке {m} к 2031 году."
            " Программа поддержки продлена по поручению Михаила Мишустина.",
        )  # fmt: skip


def _statuses(x: _Set23) -> None:
    """A state's status in an organisation: observer, partner or member."""
    for s, at in (("партнёра по диалогу", _on(7, 10, 20)), ("наблюдателя", _on(7, 11, 20))):
        x.add(
            "statuses", "st1", MFA, at,
            f"🌐 На заседании Совета министров иностранных дел ШОС Лаосу предоставлен статус {s}"
            " Организации. Российская сторона поддержала это решение.",
        )  # fmt: skip
    for s, at in (("observer", _on(7, 10, 21)), ("dialogue partner", _on(7, 11, 21))):
        x.add(
            "statuses", "st2", MFA_EN, at,
            f"🌐 Laos has been granted {s} status in the Shanghai Cooperation Organisation, the"
            " Russian Foreign Ministry said.",
        )  # fmt: skip
    for s, at in (
        ("государством-партнёром", _on(10, 18, 13)),
        ("полноправным членом", _on(12, 2, 13)),
    ):
        x.add(
            "statuses", "st3", PRESSLINE, at,
            f"Вьетнам стал {s} БРИКС, сообщил Ушаков",
            lasting=False,
        )  # fmt: skip
    for s, at in (("partner country", _on(10, 18, 14)), ("full member", _on(12, 2, 14))):
        x.add(
            "statuses", "st4", COASTLINE, at,
            f"Nigeria becomes BRICS {s}, Kremlin aide says",
            lasting=False,
        )  # fmt: skip
    for s, at in (
        ("государства-наблюдателя", _on(12, 17, 16)),
        ("государства-партнёра", _on(12, 18, 16)),
    ):
        x.add(
            "statuses", "st5", GOV, at,
            f"📄 Республике Узбекистан предоставлен статус {s} при Евразийском экономическом"
            " союзе. Решение принято на заседании Высшего Евразийского экономического совета.",
        )  # fmt: skip


def _places(x: _Set23) -> None:
    """Another city (a kind the earlier sets had, in new wordings)."""
    for p, at in (("в Анкаре", _on(11, 25, 19)), ("в Стамбуле", _on(11, 28, 19))):
        x.add(
            "places", "pl1", MFA, at,
            "🤝 Министр иностранных дел России С.В.Лавров проведёт переговоры с Министром"
            f" иностранных дел Турции Х.Фиданом {p} 3 декабря.\n\nПланируется обсудить ситуацию"
            " в Сирии и на Южном Кавказе.",
            lasting=False,
        )  # fmt: skip
    for p, at in (("Abu Dhabi", _on(9, 13, 11)), ("Doha", _on(9, 20, 11))):
        x.add(
            "places", "pl2", LODESTAR, at,
            f"Russia, Ukraine to hold next round of prisoner exchange talks in {p}, sources say",
            lasting=False,
        )  # fmt: skip
    for p, at in (
        ("в Караганде", _on(11, 4, 10)),
        ("в Павлодаре", _on(11, 6, 10)),
        ("в Костанае", _on(11, 10, 10)),
    ):
        x.add(
            "places", "pl3", EMB_KZ, at,
            f"ℹ️ 20 ноября сотрудники консульского отдела Посольства проведут выездной приём"
            f" граждан {p}. Предварительная запись — по телефону консульского отдела.",
            lasting=False,
        )  # fmt: skip
    for p, at in (("Johannesburg", _on(10, 21, 12)), ("Durban", _on(10, 25, 12))):
        x.add(
            "places", "pl4", EMB_ZA, at,
            f"🎓 The Russian Education Fair will take place in {p} on November 8."
            " Representatives of 25 Russian universities will present their programmes.",
            lasting=False,
        )  # fmt: skip
    for p, at in (("в Казани", _on(12, 16, 13)), ("в Гродно", _on(12, 19, 13))):
        x.add(
            "places", "pl5", GORIZONT, at,
            f"Форум регионов России и Беларуси в следующем году пройдёт {p}, сообщил Песков",
            lasting=False,
        )  # fmt: skip


def _figures(x: _Set23) -> None:
    """Another figure (a kind the earlier sets had, in new wordings), two digits swapped among
    them."""
    for f, at in (("18,4", _on(11, 19, 12)), ("14,8", _on(12, 17, 12))):
        x.add(
            "figures", "fg1", MINSELKHOZ, at,
            f"🌾 С начала сельскохозяйственного года Россия экспортировала {f} млн тонн пшеницы."
            " Крупнейшими покупателями стали Египет, Турция и Иран.",
        )  # fmt: skip
    for f, at in (("4,000", _on(8, 3, 15)), ("40,000", _on(8, 10, 15))):
        x.add(
            "figures", "fg2", KREMLIN_EN, at,
            f"Vladimir Putin: More than {f} volunteers took part in the preparation of the World"
            " Youth Festival.",
            lasting=False,
        )  # fmt: skip
    for f, at in (("6,2", _on(11, 14, 19)), ("6,7", _on(12, 12, 19))):
        x.add(
            "figures", "fg3", ROSSTAT, at,
            f"📊 Годовая инфляция в России по итогам октября составила {f}%. Цены на"
            " продовольственные товары выросли на 0,4% за месяц.",
        )  # fmt: skip
    for f, at in (("1.7", _on(11, 12, 17)), ("1.1", _on(11, 13, 17))):
        x.add(
            "figures", "fg4", COASTLINE, at,
            f"Russia's budget deficit reaches {f} trillion roubles in January-October, finance"
            " ministry says",
            lasting=False,
        )  # fmt: skip
    for f, at in (("1 240", _on(9, 12, 8)), ("2 140", _on(9, 12, 11))):
        x.add(
            "figures", "fg5", GOV_PRIM, at,
            f"⚡️ После прохождения тайфуна без электроснабжения остаются {f} домов в Уссурийске"
            " и Артёме. Аварийные бригады работают круглосуточно.",
            lasting=False,
        )  # fmt: skip

    for f, at in (("312", _on(12, 18, 11)), ("321", _on(12, 20, 11))):
        x.add(
            "figures", "fg6", GOV_TVER, at,
            f"🛣 В 2030 году в Тверской области отремонтируют {f} километров региональных и"
            " межмуниципальных дорог. Подрядчики определены, работы начнутся в апреле.",
        )  # fmt: skip


def _dates(x: _Set23) -> None:
    """Another date (a kind the earlier sets had, in new wordings)."""
    for d, at in (("19 ноября", _on(11, 14, 18)), ("26 ноября", _on(11, 21, 18))):
        x.add(
            "dates", "dt1", MFA, at,
            "🎙 Очередной брифинг официального представителя МИД России М.В.Захаровой пройдёт"
            f" {d} в 12:00 по московскому времени.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("November 4", _on(10, 28, 11)), ("November 7", _on(11, 3, 11))):
        x.add(
            "dates", "dt2", EMB_MY, at,
            f"ℹ️ The Consular Section of the Embassy will be closed on {d} due to a public"
            " holiday. In an emergency, please call the duty diplomat.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("8 сентября", _on(7, 7, 12)), ("15 сентября", _on(7, 18, 12))):
        x.add(
            "dates", "dt3", GOV_TVER, at,
            f"🗳 Выборы депутатов Законодательного собрания Тверской области пройдут {d}."
            " Избирательные участки будут открыты с 8:00 до 20:00.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("December 4", _on(11, 17, 10)), ("December 5", _on(11, 20, 10))):
        x.add(
            "dates", "dt4", LODESTAR, at,
            f"Putin to visit India on {d}, Kremlin says",
            lasting=False,
        )  # fmt: skip
    for d, at in (("19 декабря", _on(11, 24, 12)), ("18 декабря", _on(12, 1, 12))):
        x.add(
            "dates", "dt5", KREMLIN, at,
            f"🎙 Владимир Путин проведёт ежегодную пресс-конференцию «Итоги года» {d}."
            " Аккредитация журналистов открыта до 5 декабря.",
            lasting=False,
        )  # fmt: skip


def _names(x: _Set23) -> None:
    """Another person (a kind the earlier sets had, in new wordings)."""
    for n, at in (("Бадром Абдельатти", _on(8, 15, 16)), ("Самехом Шукри", _on(8, 22, 16))):
        x.add(
            "names", "nm1", MFA, at,
            f"🤝 С.В.Лавров провёл телефонный разговор с Министром иностранных дел Египта {n}."
            " Обсуждалась ситуация в Газе и в Судане.",
        )  # fmt: skip
    for n, at in (("Geir Pedersen", _on(9, 25, 13)), ("Staffan de Mistura", _on(10, 13, 13))):
        x.add(
            "names", "nm2", MFA_EN, at,
            f"🤝 Deputy Foreign Minister Sergey Vershinin met with UN Special Envoy {n} to discuss"
            " the political settlement process.",
        )  # fmt: skip
    for n, at in (("Николя де Ривьер", _on(12, 8, 14)), ("Пьер Леви", _on(12, 15, 14))):
        x.add(
            "names", "nm3", PRESSLINE, at,
            f"Новым послом Франции в России станет {n}, сообщили в МИД",
            lasting=False,
        )  # fmt: skip
    for n, at in (("Faisal bin Farhan", _on(10, 26, 9)), ("Adel al-Jubeir", _on(11, 2, 9))):
        x.add(
            "names", "nm4", COASTLINE, at,
            f"Russia's Lavrov to hold talks with Saudi Arabia's {n} in Moscow next week",
            lasting=False,
        )  # fmt: skip
    for n, at in (("Khumbudzo Ntshavheni", _on(8, 5, 14)), ("Maropene Ramokgopa", _on(9, 9, 14))):
        x.add(
            "names", "nm5", EMB_ZA, at,
            f"🇷🇺🇿🇦 The Ambassador of Russia to South Africa met with Minister in the Presidency {n}"
            " to discuss preparations for the intergovernmental committee meeting.",
        )  # fmt: skip


def _seasons(x: _Set23) -> None:
    """One season against another."""
    for s, at in (("зимнее", _on(10, 20, 10)), ("летнее", _on(10, 21, 10))):
        x.add(
            "seasons", "sn1", GORIZONT, at,
            f"Аэропорт Владивостока переходит на {s} расписание с 27 октября, сообщили в"
            " аэропорту",
            lasting=False,
        )  # fmt: skip
    for s, at in (("autumn", _on(9, 9, 12)), ("spring", _on(9, 10, 12))):
        x.add(
            "seasons", "sn2", LODESTAR, at,
            f"Russia's State Duma opens {s} session with budget debate",
            lasting=False,
        )  # fmt: skip
    for s, at in (("winter", _on(12, 8, 17)), ("autumn", _on(12, 9, 17))):
        x.add(
            "seasons", "sn3", OSCE, at,
            f"📆 A Russian delegation will take part in the {s} session of the OSCE Parliamentary"
            " Assembly in Vienna, the Mission informs.",
            lasting=False,
        )  # fmt: skip
    for s, at in (("озимого", _on(8, 26, 15)), ("ярового", _on(10, 8, 15))):
        x.add(
            "seasons", "sn4", MINSELKHOZ, at,
            f"🌾 Площадь {s} сева под урожай 2030 года составит около 20 млн гектаров. Аграрии"
            " обеспечены семенами и удобрениями в полном объёме.",
        )  # fmt: skip
    for s, at in (("осенне-зимний", _on(9, 29, 11)), ("весенне-летний", _on(10, 4, 11))):
        x.add(
            "seasons", "sn5", GOV_PRIM, at,
            f"🚢 Утверждено расписание паромов на острова Русский и Попова на {s} период. Билеты"
            " можно купить в кассах морского вокзала.",
            lasting=False,
        )  # fmt: skip


FAMILIES: list[Callable[[_Set23], None]] = [
    _trends, _intents, _quarters, _measures, _anniversaries, _tiers, _sessions, _mandates,
    _alerts, _terms, _hotlines, _links, _namesakes, _bodies, _districts, _titles, _degrees,
    _horizons, _multiples, _statuses, _places, _figures, _dates, _names, _seasons,
]  # fmt: skip

# -- copies ------------------------------------------------------------------------------------

SIGNOFFS = {
    REP1.key: "💧 Новости без воды — t.me/novosti_bez_vody",
    REP2.key: "«Официальный вестник» | подписаться: @oficialny_vestnik",
    REP3.key: "🏛 Госповестка · t.me/gospovestka",
    REP4.key: "Коротко о главном 24 — всё важное здесь 👉 @korotko_o_glavnom24",
    REP_EN.key: "🔭 Moscow Monitor | t.me/moscowmonitor",
    REP_EN2.key: "Eurasian Dispatch — follow: @eurasiandispatch",
    REP_EN3.key: "🌍 Global Affairs Feed · t.me/globalaffairsfeed",
    AGGR.key: "🗓 Семь дней — @sem_dney_tg",
    AGGR_EN.key: "🗓 Seven Days · @sevendays_tg",
}
CREDIT_LINES = {
    GORIZONT.key: "© ИА «Горизонт». Перепечатка — со ссылкой на агентство",
    PRESSLINE.key: "Агентство «Пресс-Линия» | pressline.example.ru",
    LODESTAR.key: "(Reporting by Lodestar Wire's Moscow bureau; editing by Clare Whitby)",
    COASTLINE.key: "(Coastline Press staff report)",
}
WEEK_HEADS = {AGGR.key: "🗓 Семь дней: главное\n\n", AGGR_EN.key: "🗓 Seven days: the main news\n\n"}
CREDITS_RU = ["\n\n📸 Фото: {site}", "\n\nФото — пресс-служба, {site}", "\n\n🎬 Видео: {site}"]
CREDITS_EN = ["\n\n📸 Photo: {site}", "\n\nPhoto — press service, {site}", "\n\n🎬 Video: {site}"]
BREAKING_RU = ["СРОЧНО | ", "⚡️ Срочно:\n\n", "❗️СРОЧНАЯ НОВОСТЬ\n\n", "🔴 Молния: ", "⚡ "]
BREAKING_EN = ["BREAKING | ", "⚡️ Breaking:\n\n", "🔴 FLASH: ", "JUST IN — ", "⚡ "]
# a reposter's heading over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "trends": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "intents": (["Позиция", "Коротко"], ["Position", "In brief"]),
    "quarters": (["📊 Статистика", "Экономика"], ["📊 Data", "Economy"]),
    "measures": (["Энергетика", "📊 Цифры"], ["Energy", "📊 Numbers"]),
    "anniversaries": (["Памятные даты", "Дипломатия"], ["Anniversaries", "Diplomacy"]),
    "tiers": (["Переговоры", "Дипломатия"], ["Talks", "Diplomacy"]),
    "sessions": (["Анонс", "Повестка"], ["Diary", "Agenda"]),
    "mandates": (["Важно", "Правила"], ["Important", "Rules"]),
    "alerts": (["⚠️ Внимание", "Погода"], ["⚠️ Alert", "Weather"]),
    "terms": (["Законы", "Документы"], ["Laws", "Documents"]),
    "hotlines": (["Полезные контакты", "Сохраните"], ["Useful contacts", "Save this"]),
    "links": (["Документы", "Читать"], ["Documents", "Must read"]),
    "namesakes": (["Кадры", "Назначения"], ["People", "Appointments"]),
    "bodies": (["Ведомства", "Коротко"], ["Agencies", "In brief"]),
    "districts": (["⚠️ Внимание", "Регионы"], ["⚠️ Alert", "Regions"]),
    "titles": (["Документы", "Дипломатия"], ["Documents", "Diplomacy"]),
    "degrees": (["Награды", "Указы"], ["Awards", "Decrees"]),
    "horizons": (["Стратегии", "Документы"], ["Strategy", "Documents"]),
    "multiples": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "statuses": (["Многосторонняя дипломатия", "Интеграция"], ["Multilateral", "Blocs"]),
    "places": (["Анонс", "Календарь"], ["Diary", "Calendar"]),
    "figures": (["📊 Цифры", "Статистика"], ["📊 Numbers", "Statistics"]),
    "dates": (["Календарь", "Анонс"], ["Calendar", "Diary"]),
    "names": (["Встречи", "Дипломатия"], ["Meetings", "Diplomacy"]),
    "seasons": (["Расписание", "Коротко"], ["Schedule", "In brief"]),
}  # fmt: skip

# new kinds of copy
# a one-word rubric on the post's own first line (Russian, English): a kind of news, no fact
RUBRICS = {
    "trends": (["Экономика", "Торговля"], ["Economy", "Trade"]),
    "intents": (["Позиция", "Политика"], ["Politics", "Policy"]),
    "quarters": (["Статистика", "Экономика"], ["Statistics", "Economy"]),
    "measures": (["Энергетика", "Сырьё"], ["Energy", "Commodities"]),
    "anniversaries": (["Дипломатия", "Память"], ["Diplomacy", "History"]),
    "tiers": (["Дипломатия", "Переговоры"], ["Diplomacy", "Talks"]),
    "sessions": (["Политика", "Анонсы"], ["Politics", "Diary"]),
    "mandates": (["Правила", "Важно"], ["Rules", "Travel"]),
    "alerts": (["Погода", "Безопасность"], ["Weather", "Safety"]),
    "terms": (["Законы", "Документы"], ["Law", "Documents"]),
    "hotlines": (["Контакты", "Помощь"], ["Contacts", "Help"]),
    "links": (["Документы", "Официально"], ["Documents", "Official"]),
    "namesakes": (["Назначения", "Кадры"], ["Appointments", "People"]),
    "bodies": (["Ведомства", "Госуправление"], ["Government", "Agencies"]),
    "districts": (["Регионы", "Безопасность"], ["Regions", "Safety"]),
    "titles": (["Документы", "Дипломатия"], ["Documents", "Diplomacy"]),
    "degrees": (["Награды", "Указы"], ["Awards", "Decrees"]),
    "horizons": (["Стратегия", "Документы"], ["Strategy", "Economy"]),
    "multiples": (["Экономика", "Торговля"], ["Economy", "Trade"]),
    "statuses": (["Интеграция", "Дипломатия"], ["Blocs", "Diplomacy"]),
    "places": (["Анонсы", "Дипломатия"], ["Diary", "Diplomacy"]),
    "figures": (["Цифры", "Экономика"], ["Numbers", "Economy"]),
    "dates": (["Анонсы", "Календарь"], ["Diary", "Calendar"]),
    "names": (["Дипломатия", "Встречи"], ["Diplomacy", "Meetings"]),
    "seasons": (["Расписания", "Коротко"], ["Parliament", "Agenda"]),
}  # fmt: skip
RUBRIC_FORMS = ["{w} | ", "[{w}] ", "{W}. ", "{w} — ", "#{w} ", "▪️ {w}: "]
# what a relay bot or a quoting reposter puts before the post ("{u}": the channel's username)
RELAYS_RU = ["RT @{u}: ", "Цитата:\n", "Цитата @{u}:\n\n", "Репост @{u}: "]
RELAYS_EN = ["RT @{u}: ", "QT @{u}:\n", "Quote:\n", "Reposted from @{u}: "]
RELAY = re.compile(
    r"(^|\n)(RT @\w+: |QT @\w+:\n|Quote:\n|Reposted from @\w+: |Цитата:\n|Цитата @\w+:\n\n|Репост @\w+: )"
)
# a translation tool's note over or under a text it left as it was
MT_NOTES_RU = [
    "\n\n🌐 Перевод: Яндекс Переводчик",
    "\n\n(Автоперевод Telegram · Показать оригинал)",
    "\n\nПереведено с помощью DeepL",
    "\n\n— перевод: Google Translate",
]
MT_NOTES_EN = [
    "\n\n🌐 Translated from Russian by Google Translate",
    "\n\n(Auto-translated by Telegram · Show original)",
    "\n\nTranslated with DeepL",
    "\n\n— translation: Yandex Translate",
]
MT_HEADS_RU = ["[Машинный перевод]\n", "🌐 Перевод: DeepL\n\n"]
MT_HEADS_EN = ["[Machine translation]\n", "🌐 Translated by Google\n\n"]
# a reposter's footer with links ("{r}": its username)
FOOTERS_RU = [
    "\n\n[Подписаться](https://t.me/{r}) | [Прислать новость](https://t.me/{r}_bot)",
    "\n\n👉 Подписаться | ✉️ Прислать новость",
    "\n\nПодписаться: t.me/{r} | Прислать новость: @{r}_bot",
    "\n\n━━━━━━━━\n🔔 Подписаться · 📩 Прислать новость · 💬 Чат",
]
FOOTERS_EN = [
    "\n\n[Subscribe](https://t.me/{r}) | [Send us news](https://t.me/{r}_bot)",
    "\n\n👉 Subscribe | ✉️ Send us news",
    "\n\nSubscribe: t.me/{r} | Send us news: @{r}_bot",
    "\n\n━━━━━━━━\n🔔 Subscribe · 📩 Send us news · 💬 Chat",
]
LEAD_FORMS = ["**{lead}**\n\n", "{lead}\n\n", "__{lead}__\n\n", "{lead}\n—\n"]
NUMBERED = re.compile(r"^(\d+)\. ", re.M)
# a numbered list's numbers as another hand types them (the numbers stay: they are words)
NUMBERINGS: list[Callable[[str], str]] = [
    lambda n: f"{n}) ",
    lambda n: f"{n} — ",
    lambda n: f"({n}) ",
    lambda n: f"{n}\ufe0f\u20e3 ",
    lambda n: f"{n}: ",
]
RENUMBERED = re.compile(r"(\(?\d+\)|\d+ —|\d+\ufe0f\u20e3|\d+:) \S")
INVISIBLE = re.compile("[^\\W\\d_][\u200b\u00ad][^\\W\\d_]")  # one inside a word


def _lead(body: str) -> str:
    """The post's first paragraph (its first sentence if it has one paragraph) as a reposter
    repeats it for a lead, leading emoji dropped; "" if that is the whole post."""
    first, sep, _ = body.partition("\n\n")
    if not sep:  # the first sentence: one that ends a word of two letters or more
        m = re.match(r"(.+?[\w»”)]{2}[.!?])\s+(?=[A-ZА-ЯЁ«\"“])", first, re.S)
        first = m.group(1) if m else first
    lead = _strip_emoji(first).strip()
    if len(_words(lead)) < 6 or len(_words(lead)) >= len(_words(body)) - 3:
        return ""
    return lead


def _invisible(rng: random.Random, text: str) -> str:
    """Zero-width spaces or soft hyphens sprinkled inside words (a gateway's or a spam
    filter's evasion), links, usernames and hashtags left alone; at least one."""
    mode = rng.choice(["\u200b", "\u00ad", "both"])
    made = [0]

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 5 or (made[0] and rng.random() < 0.6):
            return w
        k = rng.randrange(2, len(w) - 1)
        made[0] += 1
        ch = rng.choice("\u200b\u00ad") if mode == "both" else mode
        return w[:k] + ch + w[k:]

    def token(m: re.Match[str]) -> str:
        t = m.group(0)
        if re.search(r"[/@#]|\w\.\w", t):
            return t
        return re.sub(r"[^\W\d_]+", word, t)

    out = re.sub(r"\S+", token, text)
    if rng.random() < 0.25:
        out = "\ufeff" + out  # and a byte-order mark an export left at the start
    return out


def _renumber(rng: random.Random, body: str) -> str:
    style = rng.choice(NUMBERINGS)
    return NUMBERED.sub(lambda m: style(m.group(1)), body)


class _Maker23(_Maker22):
    """The twenty-second's copy maker (the twenty-first's steps and its own seven kinds) with
    this set's sources, sites and lines, and seven kinds of copy more. The steps overridden here
    differ in what they write (a dump's banners, an agency's dateline); every other step is
    the twenty-first's or the twenty-second's, reading this set's tables."""

    reposters_ru, reposters_en = RU_REPOSTERS, EN_REPOSTERS
    agencies = AGENCIES
    sites = SITES
    signoffs = SIGNOFFS
    credits_ru, credits_en = CREDITS_RU, CREDITS_EN
    credit_lines = CREDIT_LINES
    breaking_ru, breaking_en = BREAKING_RU, BREAKING_EN
    breaking_pool_ru, breaking_pool_en = [GORIZONT, PRESSLINE, REP4], [LODESTAR, COASTLINE, REP_EN2]
    dateline_agencies_ru, dateline_agencies_en = [GORIZONT, PRESSLINE], [LODESTAR, COASTLINE]
    week_heads = WEEK_HEADS
    dump = DUMP
    aggregators = (AGGR, AGGR_EN)
    headlines = HEADLINES
    pinned_families = ("dates", "hotlines", "alerts", "districts")
    stand_ins = STAND_INS

    def _can(self) -> dict[str, bool]:
        can = super()._can()
        body = self.st.body
        numbered = bool(NUMBERED.search(body))
        can.update(lead_repeat=bool(_lead(body)), renumbered=numbered)
        if numbered or self.st.family == "districts":  # no list is cut short
            can.update(truncated=False, cut=False, caption_cut=False)
        if "://" in body:  # no typo in a link the statement is, nor a "!" after one
            can.update(typo_made=False, typo_fixed=False, typo_near=False)
            if re.search(r"://\S+$", body):
                can.update(punct=False)
        return can

    def _dump_banners(self, t: str, u: str, stamp: str) -> list[str]:
        return [
            f"--- {DUMP.title} ---\n{stamp} @{u}\n\n",
            (
                f"» Переслано от {t} (@{u}) · {stamp}\n\n"
                if self.ru
                else f"» Forwarded from {t} (@{u}) · {stamp}\n\n"
            ),
        ]

    def _dateline_of(self, agency: SourceRef, city: str, local: datetime) -> str:
        if self.ru:
            if agency is GORIZONT:
                return f"{city}, {_ru(local)}. /ИА «Горизонт»/. "
            return f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Пресс-Линия». "
        if agency is LODESTAR:
            return f"{city}, {_en(local)} (Lodestar) - "
        return f"{city} (Coastline) {EN_MONTHS_SHORT[local.month - 1]} {local.day} — "

    def _reposter(self, d: _Draft) -> SourceRef:
        """The draft's source if a reposter already carries it, else a reposter."""
        if d.source is None or d.source.key not in {s.key for s in self.reposters()}:
            d.source = self.pick(self.reposters())
        return d.source

    # the new kinds

    def _rubric(self, d: _Draft) -> None:
        """A one-word rubric on the post's own first line."""
        rng = self.rng
        ru, en = RUBRICS[self.st.family]
        w = rng.choice(ru if self.ru else en)
        d.head = d.head + rng.choice(RUBRIC_FORMS).format(w=w, W=w.upper())
        self._reposter(d)

    def _relay_prefix(self, d: _Draft) -> None:
        """A relay bot's "RT @channel:" or a quoting reposter's «Цитата:» before the post."""
        rng = self.rng
        form = rng.choice(RELAYS_RU if self.ru else RELAYS_EN)
        d.head = d.head + form.format(u=self.st.source.username)
        self._reposter(d)

    def _mt_note(self, d: _Draft) -> None:
        """A translation tool's note over or under a text it did not change."""
        rng = self.rng
        if rng.random() < 0.75:
            d.tail = [*d.tail, rng.choice(MT_NOTES_RU if self.ru else MT_NOTES_EN)]
        else:
            d.head = d.head + rng.choice(MT_HEADS_RU if self.ru else MT_HEADS_EN)
        self._reposter(d)

    def _invisible(self, d: _Draft) -> None:
        rng = self.rng
        d.post.append(lambda t: _invisible(rng, t))
        if rng.random() < 0.4:
            d.source = d.source or rng.choice([SCRAPER, MIRROR])

    def _subscribe_footer(self, d: _Draft) -> None:
        """A reposter's footer of links: subscribe, send us news."""
        r = self._reposter(d).username
        d.tail = [*d.tail, self.rng.choice(FOOTERS_RU if self.ru else FOOTERS_EN).format(r=r)]

    def _lead_repeat(self, d: _Draft) -> None:
        """The post's first paragraph (or sentence) repeated over it as a lead."""
        lead = _lead(self.st.body)
        d.head = d.head + self.rng.choice(LEAD_FORMS).format(lead=lead)
        self._reposter(d)

    def _renumbered(self, d: _Draft) -> None:
        """A numbered list's numbers retyped: "1." as "1)", "1 —", "(1)", "1️⃣" or "1:"."""
        d.body = _renumber(self.rng, d.body)
        d.source = d.source or self.rng.choice([*self.reposters(), SCRAPER])


NEW_KINDS = [
    "rubric", "relay_prefix", "mt_note", "invisible", "subscribe_footer", "lead_repeat",
    "renumbered",
    "combo:rubric+signoff", "combo:relay_prefix+emoji_strip", "combo:mt_note+spaced_quotes",
    "combo:fwd_header+invisible", "combo:headline+subscribe_footer",
    "combo:lead_repeat+hashtags_add", "combo:renumbered+signoff", "combo:renumbered+joined",
    "combo:rubric+invisible", "combo:lead_repeat+subscribe_footer", "combo:mt_note+num_spaces",
]  # fmt: skip
KINDS = t22.KINDS + NEW_KINDS


SITES_SOURCES = [
    MFA, MFA_EN, KREMLIN, KREMLIN_EN, GOV, MINENERGO, MINSELKHOZ, ROSSTAT, MINZDRAV, GIDROMET,
    EMB_KZ, EMB_ZA, EMB_MY, OSCE, GOV_TVER, GOV_PRIM, GORIZONT, PRESSLINE, LODESTAR, COASTLINE,
]  # fmt: skip
SOURCES = [
    *SITES_SOURCES, *RU_REPOSTERS, *EN_REPOSTERS, AGGR, AGGR_EN, MIRROR, SCRAPER, DUMP, EXPORT,
]  # fmt: skip


def _check(x: _Set23) -> None:
    """The twenty-first's checks (unique ids, copies after their originals keeping their slots
    and adding no sibling's, the whole statement in every copy but cuts, typos and synonym
    edits, one language, no text in two stories, siblings told apart); the twenty-second's
    kinds doing what they say; and this set's: its sources are its own, no list is cut, and the
    new kinds do what they say."""
    t21._check(x)
    ours = {s.key for s in SOURCES}
    assert len(ours) == len(SOURCES)
    assert all(s.key.startswith(KEY_RANGE) for s in SOURCES if s.kind == "telegram")
    for st in x.stories:
        assert st.source.key in ours, st.sid
        numbered = bool(NUMBERED.search(st.body))
        for kind, c in st.copies:
            text = c.post.text
            plain = re.sub("[\u200b\u00ad\ufeff]", "", text)  # as read, invisibles out
            where = (st.sid, kind)
            assert c.post.source.key in ours, where
            if numbered or st.family == "districts":
                assert not any(k in kind for k in ("truncated", "cut")), where
            # the twenty-second's kinds
            if "num_spaces" in kind:
                assert re.search("\\d[\u2009\u202f\u00a0]\\S", text), where
            if "edited_mark" in kind:
                assert re.search(r"\(edited\)|изменено|\[edited\]|✏️ edited", text), where
                assert c.post.source == EXPORT, where
            if "caption_cut" in kind:
                head, cut, _ = text.partition("…")
                assert cut and len(head) <= max(t22.CAPTION_LIMITS) + 14, where
                assert kind != "caption_cut" or text.endswith("…"), where
            if "joined" in kind:
                assert "\n" not in text, where
            if "emoji_strip" in kind:
                assert not EMOJI.search(text), where
            if "spaced_quotes" in kind:
                assert re.search('[«“"] \\S', text), where
            if "source_note" in kind:
                assert st.source.title in text or f"@{st.source.username}" in text, where
            # this set's kinds
            if "rubric" in kind:
                ru, en = RUBRICS[st.family]
                forms = {
                    f.format(w=w, W=w.upper())
                    for f in RUBRIC_FORMS
                    for w in (ru if st.lang == "ru" else en)
                }
                assert any(f in plain for f in forms), where
            if "relay_prefix" in kind:
                assert RELAY.search(text), where
            if "mt_note" in kind:
                notes = MT_NOTES_RU + MT_HEADS_RU + MT_NOTES_EN + MT_HEADS_EN
                assert any(n.strip() in plain for n in notes), where
            if "invisible" in kind:
                assert INVISIBLE.search(text), where
            if "subscribe_footer" in kind:
                assert ("Подписаться" in plain and "Прислать новость" in plain) or (
                    "Subscribe" in plain and "Send us news" in plain
                ), where
            if "lead_repeat" in kind:
                lead, words = _words(_lead(st.body)), _words(text)
                found = [i for i in range(len(words)) if words[i : i + len(lead)] == lead]
                assert lead and len(found) >= 2, where
            if "renumbered" in kind:
                assert numbered and not NUMBERED.search(text), where
                assert not re.search(r"(?<!\S)[1-9]\. (?=[A-ZА-ЯЁ])", text), where
                assert RENUMBERED.search(text), where
            if GROUPED.search(st.body) is None and "num_spaces" in kind:
                assert "\u00a0" in text, where


def build(seed: int = 23) -> list[Labelled]:
    """The labelled posts in publication order: the twenty-first's assembly, with this set's
    families, maker, kinds and checks."""
    return t21.assemble(
        _Set23(random.Random(seed)),
        FAMILIES,
        lambda x: t21._copies(x, _Maker23, KINDS),
        _check,
    )
