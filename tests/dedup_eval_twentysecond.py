# ruff: noqa: E501  (a data module: long template strings read better whole)
"""The twenty-second labelled near-duplicate set: templated official statements one slot apart of
kinds the earlier sets had little or none of (a report confirmed or denied, an event postponed or
cancelled, a measure extended or left to expire, a draft against the final text, the first,
second or third round, an article's, a part's or a paragraph's number, the number of the decree
or resolution amended, a flight or a train number, a vessel's name, percentage points against
per cent, a lower bound against the exact figure, a date range against its first day alone, a
time of day, a letter or an appeal to one body or another, a statement on behalf of one group or
another, a measure that remains or is lifted, an office opened or closed, a list one item longer
or shorter where the list is the statement, an official acting or appointed in full, one
quotation given to one official or another, a vote against, an abstention or a vote for, a state,
official or working visit, a meeting of leaders or of ministers), kinds they had in new wordings
(a place, a figure, two digits swapped among them, a date, a name, two of them one letter
apart); and copies of many kinds, seven of them new (numbers typed with thin or non-breaking
spaces, a Telegram Desktop export's "(edited)" mark, a photo post's caption cut at a
cross-poster's limit, a reposter's bracketed source note, a translation tool's spaced quotes,
every line break rejoined, every emoji dropped by a plain-text gateway), two at once among them.

A foreign ministry's Russian and English channels, the Kremlin's Russian and English channels,
the government's, the Federation Council's, the aviation agency's, the railways' passenger
channel, the science and higher education ministry's, the consumer watchdog's, two embassies
(Egypt in Russian, India in English), the Russian mission in Geneva (English), a regional
governor (Kaliningrad), two Russian agencies and two English wires, four Russian and three
English reposters, a weekly aggregator in each language, an RSS mirror, a scraper, a text dump of
forwards and a Telegram Desktop export turned into text (31 sources). Each *story* is one
statement; every post of a story after its first is a copy the reader must not see twice, and
every other story must be kept.

Distinct statements (each its own story; 267, 151 of them in Russian, in 26 families and 123
templates): "опровергла" / "подтвердила" reports of a visit, "Песков подтвердил" / "Песков
опроверг" / "Ушаков опроверг", "confirms" / "denies" (or the same denial for another city),
"подтверждает" / "опровергает" (12); "перенесён" / "отменён", "postponed" / "cancelled" (a
council meeting, a conference, a festival), a train's departure "перенесено на 01:10 15 марта" /
"отменено", "перенесли" / "отменили" (12); flight restrictions "продлён до 03:45 мск 8 апреля" /
"истекает в 03:45 мск 8 апреля" (or extended to another date), "продлено до" / "истекает 31
декабря", "has been extended until" / "expires on June 30", "extends" / "lets … expire" (or the
same extension for diesel), "продлены до" / "истекают 1 мая" (12); "проект" / "окончательный
текст" of a declaration (or the draft of a communiqué), the "draft" / "final" report of a review,
"Опубликован проект постановления" / "Опубликовано постановление", "Draft" / "Final text of",
"проект перечня" / "окончательный перечень" (11); the "Первый" / "Второй" / "Третий" round of
consultations, a victory "в первом туре" / "во втором туре", the "second" / "third" round of
talks, the "first" / "second" round of consultations (9); "статье 5" / "статье 36" of a
convention, operative "paragraph 4" / "14", "статью 15" / "16" / "27" of a law, "часть 1" / "3"
of an article, "Article 5" / "6" of a treaty (11); the decree amended "№ 95" / "96" (two decrees
ten minutes apart) / "81", "Executive Order No. 282" / "228", "постановление … № 1242" / "1224",
"decree No. 95" / "81" (9); flights "SU 2136" / "SU 2163" / "SU 2134", trains "№ 104" / "№ 102",
"SU 233" / "SU 235", "SU 1712" / "SU 1721", "поезда № 29" / "№ 79" (11); vessels «Капитан
Ширяев» / «Капитан Шевцов», "Volga-7" / "Volga-9" / "Volga-17", «Принцесса Асуана» / «Королева
Асуана», "Akademik Fedorov" / "Akademik Tryoshnikov", «Адмирал Горшков» / «Адмирал Касатонов»
(11); "на 3 процентных пункта" / "на 3%", "0.2 percentage point" / "0.2%", "на 5 процентных
пунктов" / "на 5%", "на 2 процентных пункта" / "на 2%", "4 percentage points" / "4 per cent"
(10); "не менее 420" / "420", "At least 12" / "12" (or at least 14), "не менее 350" / "350", "At
least 40" / "40" (9); "1–3 мая" / "1 мая", "on June 14–15" / "on June 14", "С 10 по 12 апреля" /
"10 апреля", "from March 25 to 27" / "on March 25", "Feb 20-21" / "Feb 20" (or Feb 27) (11); "в
11:00" / "в 15:30", "в 07:45" / "в 19:45", "0900 GMT" / "1200 GMT", "утром" / "вечером", "at
10:30 am" / "at 4:30 pm" (10); a letter "Генеральному секретарю ООН" / "Председателю Совета
Безопасности ООН" (an hour apart), to "the UN High Commissioner for Human Rights" / "the Special
Rapporteur …", an appeal "к парламентам государств — участников ОБСЕ" / "к Межпарламентскому
союзу", "в ОБСЕ" / "в ЮНЕСКО" (8); "on behalf of the BRICS countries" / "the CIS member states" /
"a group of 27 states", "от имени государств — членов ОДКБ" / "участников СНГ", "the Group of
Friends …" / "the member states of the Shanghai Cooperation Organisation", "от имени 45" / "52
государств" (9); an advisory "сохраняется" / "снята" (or kept for another country), guarantees
that "remain in force" / "have been lifted", restrictions "сохраняется" / "отменён", a ban
"remains" / "lifted", a limit "сохраняется" / "снято" (11); "открыто" / "закрыто", "opened" /
"closed" (or opened in another city), "открыло" / "закрыло", "opens" / "shuts" (9); visa-free
states, a resolution's co-sponsors and dengue destinations, each with one item more and one
fewer, a train's stops with one more (11); "временно исполняющим обязанности руководителя" /
"руководителем", "исполняющим обязанности министра" / "министром", "Acting Minister" /
"Minister", "acting head" / "head", "исполняющим обязанности ректора" / "ректором" (10); one
quotation given to "Рябков" / "Грушко", "Peskov" / "Ushakov", "С.В.Лавров" / "М.В.Захарова",
"Sergey Lavrov" / "Maria Zakharova" (8); "voted against" / "abstained on" (ninety minutes apart),
"проголосовала против" / "воздержалась при голосовании по", "votes against" / "abstains on" /
"backs", "поддержала" / "заблокировала" (9); a forum "в Казани" / "в Калининграде", "in Geneva"
/ "in Vienna", "в Сочи" / "в Минске", "в Хургаде" / "в Шарм-эш-Шейхе" / "в Александрии",
"Riyadh" / "Doha" (11); "5,2" / "2,5 млрд рублей", "15" / "18" / "21" documents signed on one
evening, "37" / "39" states, "1.2" / "2.1 million" tonnes, "72" / "76" countries (11); "до 17" /
"24 апреля", "on March 18" / "19", "с 28 апреля" / "с 5 мая", "15" / "22 мая", "April 8" / "18"
(10); two honorary consuls decorated, posted twenty minutes apart, another deputy minister,
"Андрея Бушева" / "Андрея Бушуева", "Alexei Likhachev" / "Alexei Chekunkov", another minister
met (10); "с государственным визитом" / "с рабочим визитом", "an official visit" / "a working
visit", "с официальным" / "с рабочим визитом", "state visit" / "working visit", a meeting "на
высшем уровне" / "на уровне министров иностранных дел", "leaders'" / "foreign ministers'" (12).

CONVENTIONS. The twenty-first set's conventions hold unchanged (tests/dedup_eval_twentyfirst.py,
"CONVENTIONS" (1)-(12)): a statement's slots are everything its siblings say otherwise; a
figure's bound word is a slot; tense and stage are slots; a list re-posted with one line changed
is another statement and no copy drops, adds or reorders a line or cuts a list short; no copy
reorders anything; a statement's Russian and English versions are two stories and no copy
crosses languages; a copy adds nothing that is said (headers, sign-offs, hashtags, emoji, links,
previews, credits, datelines, rubric headings, remarks with no fact, aggregators' headings, the
RSS mirror's title); a synonym edit of one reporting verb, a typo fixed or made off the slots and
every typographic change are copies; a truncation is a copy when it is cut after the slots and
posts under 30 words are never cut; the channel's own re-post 2-5 days later is a copy of a
lasting post of 25 words or more; copies are text alone. Added here: (13) Polarity and outcome
are slots: "confirms" / "denies", "postponed" / "cancelled", "extended" / "expires", "remains" /
"lifted", "opened" / "closed", a vote against, an abstention and a vote for are each another
statement, either first, hours or months apart. (14) Status is a slot: a draft and the final
text, an acting official and one appointed in full, a state, an official and a working visit,
a meeting of leaders and one of ministers are two statements. (15) Identifiers are slots: a
round's ordinal, an article's, a part's or a paragraph's number, the number of the decree
amended, a flight's or a train's number, a vessel's name, and a surname one letter from another
("Бушева" / "Бушуева": two judges, not a typo; no copy makes or fixes a typo inside a slot, so
no copy of one reads as the other). (16) The unit of a change is a slot ("3 процентных пункта" /
"3%": the checks read a per cent sign as a word), and so is a bound against none ("at least 12"
/ "12": the exact figure is the other statement of the twenty-first's (1)). (17) A date range
and its first day alone are two statements ("1–3 мая" / "1 мая"), and so are two times of day
("утром" / "вечером"). (18) The addressee, the group a statement is made on behalf of and the
official a quotation is given to are slots (the twentieth's convention for the speaker). (19) A
list with one item more or fewer is another statement; every list of this set is bulleted, so
no truncation or caption cut touches one. (20) The new copies are copies: numbers typed with a
thin, narrow or non-breaking space between thousands or before their word (the words unchanged:
"1,250,000" and "1 250 000" read alike), quotes spaced by a translation tool (« О порядке … »,
" Ласточка "), every line break rejoined into a space, every emoji dropped by a plain-text
gateway ("ℹ" stays: it is a letter to the checks), a reposter's bracketed note naming the
channel the post came from ("(источник: РЖД | Пассажирам)", "[Source: Russian MFA 🇷🇺]", "(via
@…)": a source's name, no fact), a Telegram Desktop export's copy with its "(edited)" /
"(изменено)" mark (the post as it stands after its edit, the original's typo fixed when it had
one, sometimes under the export's "Title, [date time]" line; the mark is text, ``edited_at`` is
left empty like every other field but the text), and a photo post's caption cut at 200 or 256
characters with "…" under a "[Фото]" / "[Photo]" / "🖼" / "📷" placeholder (a truncation under
(10): only of posts of 30 words or more that are no list, cut after the slots with at least two
fifths of the words kept).

Copies (each copy's external id ends with its kind; seed 22): the twenty-first's kinds, made by
its copy maker with this set's sources: a plain forward (13), a forward header (15), a text
dump's header (15), a reposter's sign-off (15), a hashtag line added (12), the original's hashtag
line removed (8), an emoji (13), a link added (16), tracking parameters (12), a link preview's
text (13), the original's typo fixed (11), the original's typo next to a slot fixed (8), one typo
made off the slots (17), whitespace (15), punctuation (13), quotes (8), "ё" as "е" (8), a
translation artefact (13), Markdown added (13), Markdown stripped (4), a scraper's HTML (13), a
"…" / "Читать далее" / "Read more" truncation (2), a lead cut short with no mark (4), a haste
mark (11), an agency's dateline, with its credit line under four in ten (15), a photo or video
credit line (16), a synonym edit of one reporting verb (8), a reposter's rubric heading (15), a
reposter's one-line remark over the post (15), emoji bullets retyped (3), the RSS mirror's item
(14), a "pinned" header (12), the channel's own re-post 2-5 days later (5), a weekly aggregator's
copy 2-6 days later (6); the new kinds: numbers with thin or non-breaking spaces (11), an
export's "(edited)" mark (14), a caption cut (3), a bracketed source note (16), spaced quotes
(7), line breaks rejoined (4), emoji stripped (14); and two at once: a forward header with
hashtags (14), a dateline with a credit line (18), a typo with a sign-off (13), a remark with an
emoji (15), a truncation in the RSS mirror (1), a rubric heading with a sign-off (14), the typo
next to a slot fixed with a haste mark (7), "ё" as "е" with quotes (4), Markdown stripped with an
emoji (5), whitespace with a credit line (18), a dump header with a typo (17), a remark with the
hashtag line removed (7), bullets retyped with a sign-off (5), bullets retyped in HTML (2),
punctuation with a link (17), a synonym edit with hashtags (9), a lead cut short with a sign-off
(3), a "pinned" header with a link (9), the typo fixed under a remark (10), a forward header
with a translation artefact (11), a haste mark with a link (17), the typo fixed in the export's
edited copy (10), thin spaces with a sign-off (8), a caption cut with a source note (3), lines
rejoined with hashtags (5), spaced quotes with a sign-off (5), emoji stripped in the RSS mirror
(14), a source note with an emoji (13), the export's edited copy with thin spaces (10), lines
rejoined with a source note (4). :func:`_check` runs the twenty-first's checks (unique ids,
every copy after its original, keeping each word of its own slots and adding no stem of a
sibling's, every copy but truncations, cuts, caption cuts, typos and synonym edits keeping every
word of the statement, a feed title of the statement's words, every copy in its original's
language, no two stories with the same words, no text in two stories, siblings told apart) and
asserts that every post comes from this set's sources and that each new kind did what it says.
Copies of posts under 16 words come within six hours, longer posts' mostly within a day; about
one in eight copies of a lasting post of 25 words or more comes 1-4 days later.

Seed 22: 1005 posts, 267 stories, 738 copies (450 of one kind, 288 of two at once; 167 within
an hour, 444 more within six hours, 105 more within a day, 22 a day or more later; 10 the
channel's own re-posts, 5 of them days later and 5 reworded), 56% of the posts in Russian, 31
sources; January to early July 2029. Seeds 1-3: 975-1054 posts, the same 267 stories, 56-58% in
Russian. Not yet scored: the dedup was not run while the set was written.

Written blind in session 53: without reading how the detector works and without running it (from
how official channels, agencies and their reposters write). Read: tests/dedup_eval_set.py (its
opening, for the Labelled dataclass and the shape of a set), tests/dedup_eval_twentyfirst.py in
full (its conventions, slot machinery, copy maker and checks), the first docstrings of the other
tests/dedup_eval_*.py (for the kinds already covered) and tg_archiver/archive/models.py (for the
Post and SourceRef fields); the names of the files in tests/ were listed. Not read: the rest of
tg_archiver/, docs/, README.md, CHANGELOG.md and every other test (tests/test_dedup_eval.py and
the rules tests among them). Not run: git, pytest, the detector, the CLI, any scoring or any
tg_archiver code beyond importing tg_archiver.archive.models; only this module's build() for
seeds 22, 1, 2 and 3 (its own checks pass) and ruff on this file. The slots, the copy maker,
its kinds and the checks are the twenty-first's, imported, not copied; written here are the
statements, the sources, the year's ``_on``, ``_Set22.add`` and the maker's steps that name a
source (the twenty-first's read its module's sources, sites and sign-offs), seven kinds of copy
and nine pairs with them, and checks of them. (Session 54: the maker's tables are now class
attributes the twenty-first's steps read, ``_Set22`` only its sites, signatures and link
numbers for the twenty-first's ``add``, and ``_copies`` and ``build`` the twenty-first's, given
this set's maker and kinds; the posts built are byte for byte the same.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import dedup_eval_twentyfirst as t21
from dedup_eval_set import Labelled
from dedup_eval_twentyfirst import (
    RU_MONTHS_SHORT,
    _cuts,
    _Draft,
    _en,
    _Maker,
    _ru,
    _Set,
    _Story,
)

from tg_archiver.archive.models import SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA = _tg("-1002202000001", "МИД России", "mid_russia_news")
MFA_EN = _tg("-1002202000002", "Russian MFA 🇷🇺", "russian_mfa_en")
KREMLIN = _tg("-1002202000003", "Пресс-служба Президента России", "kremlin_press_ru")
KREMLIN_EN = _tg("-1002202000004", "President of Russia", "kremlin_press_en")
GOV = _tg("-1002202000005", "Правительство РФ | Новости", "pravitelstvo_rf_news")
SOVFED = _tg("-1002202000006", "Совет Федерации", "sovfed_official")
ROSAV = _tg("-1002202000007", "Росавиация", "rosaviatsia_official")
RZD = _tg("-1002202000008", "РЖД | Пассажирам", "rzd_passazhiram")
MINOBR = _tg("-1002202000009", "Минобрнауки России", "minobrnauki_official")
ROSPOTREB = _tg("-1002202000010", "Роспотребнадзор", "rospotrebnadzor_official")
EMB_EG = _tg("-1002202000011", "Посольство России в Египте", "rusemb_egypt")
EMB_IN = _tg("-1002202000012", "Russian Embassy in India", "rusembindia")
GENEVA = _tg("-1002202000013", "Russian Mission in Geneva", "russia_geneva_mission")
GOV_KLG = _tg("-1002202000014", "Губернатор Калининградской области", "gubernator_39")
VEKTOR = _tg("-1002202000015", "ИА «Вектор»", "vektor_lenta")
MERIDIAN = _tg("-1002202000016", "Агентство «Меридиан»", "meridian_agency")
NORTHGATE = _tg("-1002202000017", "Northgate Wire", "northgatewire")
HARBOUR = _tg("-1002202000018", "Harbour Line News", "harbourlinenews")
REP1 = _tg("-1002202000019", "Главное за день", "glavnoe_za_den")
REP2 = _tg("-1002202000020", "Политика | Срочно", "politika_srochno")
REP3 = _tg("-1002202000021", "Дипломатический курьер", "diplo_kurier")
REP4 = _tg("-1002202000022", "Лента 24/7", "lenta_24_7")
REP_EN = _tg("-1002202000023", "Kremlin Watcher", "kremlinwatcher")
REP_EN2 = _tg("-1002202000024", "Eurasia Brief", "eurasiabrief")
REP_EN3 = _tg("-1002202000025", "World Desk Daily", "worlddeskdaily")
AGGR = _tg("-1002202000026", "Итоги недели 📰", "itogi_nedeli_tg")
AGGR_EN = _tg("-1002202000027", "Weekly Digest 📰", "weeklydigest_tg")
MIRROR = SourceRef(
    kind="feed",
    key="https://feeds.mirror.example.org/tg/officials.rss",
    title="Officials (RSS mirror)",
)
SCRAPER = SourceRef(kind="import", key="scraper-2029-q1", title="scraped-channels-q1.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2029-04.txt", title="forwards-2029-04.txt")
# a Telegram Desktop export turned into text: it marks an edited post "(edited)" / "(изменено)"
EXPORT = SourceRef(kind="import", key="tdesktop-export-2029-05", title="ChatExport_2029-05-31")

RU_REPOSTERS = [REP1, REP2, REP3, REP4]
EN_REPOSTERS = [REP_EN, REP_EN2, REP_EN3]
AGENCIES = {VEKTOR.key, MERIDIAN.key, NORTHGATE.key, HARBOUR.key}  # they pin nothing
# the twenty-first's copy maker sends some copies to its own mirror, scraper and dump (whose
# names no copy's text carries): this set's stand in for them
STAND_INS = {t21.MIRROR.key: MIRROR, t21.SCRAPER.key: SCRAPER, t21.DUMP.key: DUMP}

# where a source's posts link to, and the city an agency's dateline gives them
SITES = {
    MFA.key: ("mid.ru", "https://mid.ru/ru/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    MFA_EN.key: ("mid.ru", "https://mid.ru/en/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    KREMLIN.key: ("kremlin.ru", "http://kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    KREMLIN_EN.key: ("en.kremlin.ru", "http://en.kremlin.ru/events/president/news/{n}", "МОСКВА", "MOSCOW"),
    GOV.key: ("government.ru", "http://government.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    SOVFED.key: ("council.gov.ru", "http://council.gov.ru/events/news/{n}/", "МОСКВА", "MOSCOW"),
    ROSAV.key: ("favt.gov.ru", "https://favt.gov.ru/novosti-novosti/?id={n}", "МОСКВА", "MOSCOW"),
    RZD.key: ("rzd.ru", "https://company.rzd.ru/ru/9397/page/104069?id={n}", "МОСКВА", "MOSCOW"),
    MINOBR.key: ("minobrnauki.gov.ru", "https://minobrnauki.gov.ru/press-center/news/{n}/", "МОСКВА", "MOSCOW"),
    ROSPOTREB.key: ("rospotrebnadzor.ru", "https://www.rospotrebnadzor.ru/about/info/news/news_details.php?ELEMENT_ID={n}", "МОСКВА", "MOSCOW"),
    EMB_EG.key: ("egypt.mid.ru", "https://egypt.mid.ru/ru/press-centre/news/{n}/", "КАИР", "CAIRO"),
    EMB_IN.key: ("india.mid.ru", "https://india.mid.ru/en/press-centre/news/{n}/", "НЬЮ-ДЕЛИ", "NEW DELHI"),
    GENEVA.key: ("geneva.mid.ru", "https://geneva.mid.ru/en/press-centre/news/{n}/", "ЖЕНЕВА", "GENEVA"),
    GOV_KLG.key: ("gov39.ru", "https://gov39.ru/press/{n}/", "КАЛИНИНГРАД", "KALININGRAD"),
    VEKTOR.key: ("vektor-news.example.ru", "https://vektor-news.example.ru/lenta/{n}", "МОСКВА", "MOSCOW"),
    MERIDIAN.key: ("meridian.example.ru", "https://meridian.example.ru/news/{n}", "МОСКВА", "MOSCOW"),
    NORTHGATE.key: ("northgate.example.com", "https://northgate.example.com/world/{n}", "МОСКВА", "MOSCOW"),
    HARBOUR.key: ("harbourline.example.com", "https://harbourline.example.com/story/{n}", "МОСКВА", "MOSCOW"),
}  # fmt: skip

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: ["", "", "\n\n#МИД #дипломатия", "\n\n🔗 {link}", "\n\n#МИДРоссии\n🔗 {link}", "\n\n[Подробнее на сайте]({link})"],
    MFA_EN.key: ["", "\n\n#RussianMFA #diplomacy", "\n\n🔗 {link}", "\n\n[Full text]({link})"],
    KREMLIN.key: ["", "\n\n🔗 {link}", "\n\n#Президент"],
    KREMLIN_EN.key: ["", "\n\n🔗 {link}", "\n\n#President #Russia"],
    GOV.key: ["", "\n\n#Правительство #Мишустин", "\n\n[Документ]({link})"],
    SOVFED.key: ["", "\n\n#СоветФедерации", "\n\n🔗 {link}"],
    ROSAV.key: ["", "\n\n#Росавиация #авиация"],
    RZD.key: ["", "\n\n#РЖД #поезда", "\n\nБилеты и расписание: {link}"],
    MINOBR.key: ["", "\n\n#Минобрнауки #образование"],
    ROSPOTREB.key: ["", "\n\n#Роспотребнадзор", "\n\n🔗 {link}"],
    EMB_EG.key: ["", "\n\n#Посольство #Египет"],
    EMB_IN.key: ["", "\n\n#RussiaIndia #Embassy", "\n\n🔗 {link}"],
    GENEVA.key: ["", "\n\n#HRC #Geneva", "\n\n🔗 {link}"],
    GOV_KLG.key: ["", "\n\n#Калининград #39регион"],
    VEKTOR.key: ["", "", "\n\n#Вектор"],
    MERIDIAN.key: ["", "\n\n@meridian_agency"],
    NORTHGATE.key: ["", "", "\n\n#world"],
    HARBOUR.key: ["", "\n\n— HLN"],
}  # fmt: skip

EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]  # fmt: skip


def _on(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in Moscow time (UTC+3), kept in UTC: January to June 2029 (the twenty-first's
    ``_on`` is fixed to 2028, so this set has its own)."""
    return datetime(2029, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


def _drop(items: list[str], k: int) -> list[str]:
    return items[:k] + items[k + 1 :]


class _Set22(_Set):
    """The twenty-first's set with this set's sites, signatures and link numbers."""

    sites = SITES
    sigs = SIGS
    link_numbers = (3_100_000, 3_199_999)


# -- distinct statements ---------------------------------------------------------------------


def _denials(x: _Set22) -> None:
    """A report denied against the same report confirmed (or another speaker's denial)."""
    for verb, at in (("опровергла", _on(2, 5, 13)), ("подтвердила", _on(2, 19, 13))):
        x.add(
            "denials", "dn1", MFA, at,
            f"💬 Официальный представитель МИД России М.В.Захарова {verb} сообщения ряда СМИ о"
            " предстоящем визите Министра иностранных дел Японии в Москву.\n\nПо её словам,"
            " контакты с японской стороной по дипломатическим каналам продолжаются.",
        )  # fmt: skip
    for who, verb, at in (
        ("Песков", "подтвердил", _on(1, 22, 12)),
        ("Песков", "опроверг", _on(1, 29, 12)),
        ("Ушаков", "опроверг", _on(1, 29, 16)),
    ):
        x.add(
            "denials", "dn2", VEKTOR, at,
            f"{who} {verb} информацию о подготовке телефонного разговора Путина и Трампа на этой"
            " неделе",
            lasting=False,
        )  # fmt: skip
    for verb, city, at in (
        ("confirms", "Istanbul", _on(3, 2, 11)),
        ("denies", "Istanbul", _on(3, 9, 11)),
        ("denies", "Ankara", _on(3, 16, 11)),
    ):
        x.add(
            "denials", "dn3", NORTHGATE, at,
            f"Kremlin {verb} reports of planned Putin-Erdogan meeting in {city}",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("confirms", _on(2, 12, 15)), ("denies", _on(2, 14, 15))):
        x.add(
            "denials", "dn4", MFA_EN, at,
            f"💬 The Russian Foreign Ministry {verb} reports that a Russian national has been"
            " detained in Bangkok at the request of a third country. The Embassy of Russia in"
            " Thailand is in contact with the local authorities.",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("подтверждает", _on(2, 20, 10)), ("опровергает", _on(2, 24, 10))):
        x.add(
            "denials", "dn5", EMB_EG, at,
            f"ℹ️ Посольство России в Египте {verb} информацию о введении египетской стороной новых"
            " правил въезда для российских туристов с 1 марта. Следите за официальными"
            " сообщениями Посольства.",
        )  # fmt: skip


def _postponements(x: _Set22) -> None:
    """An event postponed against the same event cancelled."""
    for verb, at in (("перенесён", _on(3, 5, 16)), ("отменён", _on(3, 7, 16))):
        x.add(
            "postponements", "pp1", MFA, at,
            "🗓 Визит Министра иностранных дел России С.В.Лаврова в Республику Корея,"
            f" запланированный на 12–13 марта, {verb}.\n\nИнформация о контактах с корейской"
            " стороной будет публиковаться на сайте Министерства.",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("postponed", _on(2, 13, 13)), ("cancelled", _on(2, 27, 13))):
        x.add(
            "postponements", "pp2", KREMLIN_EN, at,
            "The meeting of the Council for Strategic Development and National Projects scheduled"
            f" for Thursday has been {verb}, Presidential Press Secretary Dmitry Peskov told"
            " reporters.",
            lasting=False,
        )  # fmt: skip
    for what, at in (
        ("перенесено на 01:10 15 марта", _on(3, 14, 9)),
        ("отменено", _on(3, 14, 13)),
    ):
        x.add(
            "postponements", "pp3", RZD, at,
            f"🚆 Отправление поезда № 29 Санкт-Петербург — Калининград 14 марта {what}. Пассажиры"
            " могут вернуть билеты без удержания сборов в кассах и на сайте.",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("postponed", _on(4, 3, 10)), ("cancelled", _on(4, 17, 10))):
        x.add(
            "postponements", "pp4", HARBOUR, at,
            f"Russia-Africa ministerial conference in Cairo {verb}, organisers say",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("перенесли", _on(4, 8, 14)), ("отменили", _on(4, 21, 14))):
        x.add(
            "postponements", "pp5", MERIDIAN, at,
            f"Заседание межправкомиссии России и Азербайджана в Баку {verb}, сообщил"
            " вице-премьер Оверчук",
            lasting=False,
        )  # fmt: skip
    for verb, at in (("postponed", _on(3, 11, 12)), ("cancelled", _on(3, 18, 12))):
        x.add(
            "postponements", "pp6", EMB_IN, at,
            "🎭 The Festival of Russian Culture in Kolkata, scheduled for March 20–22, has been"
            f" {verb}. We apologise to all guests who planned to attend the concerts and the film"
            " screenings.",
            lasting=False,
        )  # fmt: skip


def _expiries(x: _Set22) -> None:
    """A measure extended against the same measure left to expire."""
    for what, at in (
        ("продлён до 03:45 мск 8 апреля", _on(4, 1, 21)),
        ("истекает в 03:45 мск 8 апреля", _on(4, 7, 21)),
        ("продлён до 03:45 мск 15 апреля", _on(4, 7, 23)),
    ):
        x.add(
            "expiries", "ex1", ROSAV, at,
            "✈️ Режим временного ограничения полётов в аэропорты Анапы, Краснодара и Геленджика"
            f" {what}. Информацию о статусе рейсов уточняйте у авиакомпаний.",
            lasting=False,
        )  # fmt: skip
    for what, at in (
        ("продлено до 31 декабря", _on(1, 16, 17)),
        ("истекает 31 декабря", _on(6, 10, 17)),
    ):
        x.add(
            "expiries", "ex2", GOV, at,
            "📄 Действие упрощённого порядка ввоза лекарственных препаратов, не зарегистрированных"
            f" в России, {what} 2029 года.\n\nПорядок был введён для бесперебойного обеспечения"
            " пациентов необходимыми лекарствами.",
        )  # fmt: skip
    for what, at in (
        ("has been extended until June 30", _on(3, 20, 14)),
        ("expires on June 30", _on(5, 28, 14)),
    ):
        x.add(
            "expiries", "ex3", MFA_EN, at,
            "ℹ️ The temporary procedure allowing foreign nationals to extend their stay in Russia"
            f" without leaving the country {what}. Details are available on the website of the"
            " Ministry of Internal Affairs.",
        )  # fmt: skip
    for text, at in (
        ("Russia extends gasoline export ban until June 30, energy ministry says", _on(2, 26, 18)),
        ("Russia lets gasoline export ban expire on June 30, energy ministry says", _on(6, 20, 18)),
        ("Russia extends diesel export ban until June 30, energy ministry says", _on(3, 5, 18)),
    ):
        x.add("expiries", "ex4", NORTHGATE, at, text, lasting=False)
    for what, at in (("продлены до", _on(4, 12, 15)), ("истекают", _on(4, 26, 15))):
        x.add(
            "expiries", "ex5", ROSPOTREB, at,
            "🔬 Временные ограничения на ввоз абрикосов и персиков из Армении"
            f" {what} 1 мая. Решение принято по итогам лабораторного контроля партий продукции.",
            lasting=False,
        )  # fmt: skip


def _drafts(x: _Set22) -> None:
    """A draft against the final text (or another document at one stage)."""
    for what, doc, at in (
        ("проект", "итоговой декларации", _on(4, 22, 18)),
        ("окончательный текст", "итоговой декларации", _on(4, 27, 18)),
        ("проект", "совместного коммюнике", _on(4, 23, 18)),
    ):
        x.add(
            "drafts", "df1", MFA, at,
            f"📝 Участники консультаций в Рио-де-Жанейро согласовали {what} {doc} встречи"
            " министров иностранных дел стран БРИКС.\n\nДокумент будет представлен министрам 28"
            " апреля.",
            lasting=False,
        )  # fmt: skip
    for what, at in (("draft", _on(1, 31, 17)), ("final", _on(6, 27, 17))):
        x.add(
            "drafts", "df2", GENEVA, at,
            f"🇺🇳 The {what} report of the Working Group on the Universal Periodic Review of the"
            " Russian Federation was adopted in Geneva today. Russia supported 214 of the"
            " recommendations it received.",
        )  # fmt: skip
    for head, at in (
        ("Опубликован проект постановления", _on(2, 9, 12)),
        ("Опубликовано постановление", _on(5, 15, 12)),
    ):
        x.add(
            "drafts", "df3", GOV, at,
            f"📄 {head} Правительства о порядке выдачи электронных виз иностранным гражданам для"
            " участия в международных спортивных соревнованиях.\n\nОзнакомиться с документом"
            " можно на официальном портале.",
        )  # fmt: skip
    for what, at in (("Draft", _on(3, 12, 9)), ("Final text of", _on(5, 6, 9))):
        x.add(
            "drafts", "df4", HARBOUR, at,
            f"{what} Russia-Iran comprehensive partnership treaty agreed, foreign ministry says",
            lasting=False,
        )  # fmt: skip
    for what, at in (("проект перечня", _on(1, 24, 11)), ("окончательный перечень", _on(3, 3, 11))):
        x.add(
            "drafts", "df5", MINOBR, at,
            f"🎓 Опубликован {what} специальностей, по которым в 2029 году будет увеличен приём на"
            " бюджетные места. В документ вошли 48 направлений подготовки.",
        )  # fmt: skip


def _rounds(x: _Set22) -> None:
    """The first, second or third round."""
    for n, at in (
        ("Первый", _on(2, 27, 19)),
        ("Второй", _on(4, 10, 19)),
        ("Третий", _on(5, 22, 19)),
    ):
        x.add(
            "rounds", "rd1", MFA, at,
            f"🇷🇺🇺🇸 {n} раунд российско-американских консультаций по вопросам работы"
            " дипломатических миссий прошёл в Стамбуле.\n\nРоссийскую делегацию возглавлял"
            " директор Департамента Северной Америки МИД России А.Н.Дарчиев. Стороны договорились"
            " продолжить диалог.",
        )  # fmt: skip
    for n, at in (("в первом туре", _on(2, 10, 11)), ("во втором туре", _on(4, 14, 11))):
        x.add(
            "rounds", "rd2", KREMLIN, at,
            f"✉️ Владимир Путин поздравил Даниэля Нобоа с победой {n} президентских выборов в"
            " Эквадоре.\n\n«Рассчитываю на продолжение конструктивного взаимодействия по всем"
            " направлениям», — говорится в поздравительной телеграмме.",
        )  # fmt: skip
    for n, at in (("second", _on(3, 21, 20)), ("third", _on(5, 9, 20))):
        x.add(
            "rounds", "rd3", NORTHGATE, at,
            f"Russian, Ukrainian delegations end {n} round of talks in Istanbul, agree on new"
            " prisoner swap",
            lasting=False,
        )  # fmt: skip
    for n, at in (("first", _on(1, 18, 14)), ("second", _on(4, 25, 14))):
        x.add(
            "rounds", "rd4", MFA_EN, at,
            f"🇷🇺🇨🇳 The {n} round of Russian-Chinese consultations on security in Northeast Asia"
            " was held in Beijing. The delegations were led by Deputy Foreign Minister Andrei"
            " Rudenko and Assistant Foreign Minister Liu Jinsong.",
        )  # fmt: skip


def _articles(x: _Set22) -> None:
    """Another article, part or paragraph of one text."""
    for art, at in (("статье 5", _on(1, 26, 18)), ("статье 36", _on(2, 2, 18))):
        x.add(
            "articles", "ar1", MFA, at,
            "❗️ Решение властей Латвии о закрытии Генерального консульства России в Даугавпилсе"
            f" грубо противоречит {art} Венской конвенции о консульских сношениях 1963 года.\n\n"
            "Российская сторона оставляет за собой право на ответные меры.",
        )  # fmt: skip
    for n, at in (("4", _on(3, 28, 17)), ("14", _on(4, 2, 17))):
        x.add(
            "articles", "ar2", GENEVA, at,
            f"🗳 Russia called for a separate vote on operative paragraph {n} of the draft"
            " resolution on the safety of journalists, which it considers unbalanced.",
            lasting=False,
        )  # fmt: skip
    for art, at in (
        ("статью 15", _on(2, 18, 15)),
        ("статью 16", _on(3, 18, 15)),
        ("статью 27", _on(5, 20, 15)),
    ):
        x.add(
            "articles", "ar3", SOVFED, at,
            f"🏛 Совет Федерации одобрил закон о внесении изменений в {art} Федерального закона «О"
            " порядке выезда из Российской Федерации и въезда в Российскую Федерацию».",
        )  # fmt: skip
    for part, at in (("1", _on(3, 6, 13)), ("3", _on(5, 29, 13))):
        x.add(
            "articles", "ar4", VEKTOR, at,
            f"Конституционный суд признал не соответствующей Конституции часть {part} статьи 12"
            " Жилищного кодекса",
            lasting=False,
        )  # fmt: skip
    for art, at in (("Article 5", _on(2, 21, 16)), ("Article 6", _on(4, 4, 16))):
        x.add(
            "articles", "ar5", MFA_EN, at,
            f"💬 Russia regards the deployment as a violation of {art} of the 1990 Treaty on the"
            " Final Settlement with Respect to Germany, Foreign Ministry Spokeswoman Maria"
            " Zakharova said.",
        )  # fmt: skip


def _numbers(x: _Set22) -> None:
    """One decree or resolution number for another."""
    for n, at in (("95", _on(1, 15, 20)), ("96", _on(1, 15, 20, 10)), ("81", _on(3, 1, 20))):
        x.add(
            "numbers", "nb1", KREMLIN, at,
            "📄 Владимир Путин подписал Указ «О внесении изменений в Указ Президента Российской"
            f" Федерации от 5 марта 2022 г. № {n}». Документ вступает в силу со дня его"
            " официального опубликования.",
        )  # fmt: skip
    for n, at in (("282", _on(2, 6, 19)), ("228", _on(5, 12, 19))):
        x.add(
            "numbers", "nb2", KREMLIN_EN, at,
            f"Vladimir Putin signed Executive Order No. {n} amending the list of foreign states and"
            " territories that commit unfriendly actions against the Russian Federation.",
        )  # fmt: skip
    for n, at in (("1242", _on(2, 16, 18)), ("1224", _on(4, 18, 18))):
        x.add(
            "numbers", "nb3", GOV, at,
            "📄 Михаил Мишустин подписал постановление о внесении изменений в постановление"
            f" Правительства № {n}, которым утверждены правила предоставления субсидий на развитие"
            " региональных авиаперевозок.",
        )  # fmt: skip
    for n, at in (("95", _on(1, 15, 22)), ("81", _on(3, 1, 22))):
        x.add(
            "numbers", "nb4", HARBOUR, at,
            f"Putin amends decree No. {n} on temporary economic measures, Kremlin website shows",
            lasting=False,
        )  # fmt: skip


def _flights(x: _Set22) -> None:
    """One flight or train number for another."""
    for n, at in (
        ("SU 2136", _on(4, 28, 8)),
        ("SU 2163", _on(5, 3, 8)),
        ("SU 2134", _on(4, 28, 12)),
    ):
        x.add(
            "flights", "fl1", ROSAV, at,
            f"✈️ Самолёт Airbus A321, выполнявший рейс {n} Москва — Анталья, благополучно"
            " совершил посадку в аэропорту вылета после срабатывания датчика неисправности."
            " Пассажиры будут отправлены резервным бортом.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("104", _on(5, 18, 7)), ("102", _on(5, 18, 9))):
        x.add(
            "flights", "fl2", RZD, at,
            f"🚆 Поезд № {n} Москва — Адлер задерживается в пути следования на 2 часа из-за"
            " повреждения контактной сети. Пассажиры обеспечены водой и питанием.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("SU 233", _on(3, 2, 10)), ("SU 235", _on(3, 2, 14))):
        x.add(
            "flights", "fl3", EMB_IN, at,
            f"✈️ Aeroflot flight {n} from Delhi to Moscow has been rescheduled to depart at 07:20"
            " local time on March 3. Passengers are advised to contact the airline.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("SU 1712", _on(6, 2, 15)), ("SU 1721", _on(6, 9, 15))):
        x.add(
            "flights", "fl4", NORTHGATE, at,
            f"Aeroflot flight {n} from Moscow to Sochi makes emergency landing in Volgograd, no"
            " injuries reported",
            lasting=False,
        )  # fmt: skip
    for n, at in (("29", _on(5, 20, 12)), ("79", _on(5, 27, 12))):
        x.add(
            "flights", "fl5", GOV_KLG, at,
            f"🚆 С 1 июня возобновляется курсирование поезда № {n} Калининград — Санкт-Петербург."
            " Билеты уже в продаже.",
            lasting=False,
        )  # fmt: skip


def _vessels(x: _Set22) -> None:
    """One vessel's name for another."""
    for name, at in (("«Капитан Ширяев»", _on(2, 3, 12)), ("«Капитан Шевцов»", _on(3, 10, 12))):
        x.add(
            "vessels", "vs1", MFA, at,
            f"❗️ Российская сторона требует немедленно освободить сухогруз {name}, задержанный у"
            " побережья Финляндии.\n\nДействия финских властей квалифицируются нами как незаконные"
            " и противоречащие нормам международного морского права.",
        )  # fmt: skip
    for name, at in (
        ("Volga-7", _on(1, 19, 9)),
        ("Volga-9", _on(2, 23, 9)),
        ("Volga-17", _on(3, 30, 9)),
    ):
        x.add(
            "vessels", "vs2", HARBOUR, at,
            f"Russian tanker {name} runs aground in Bosporus, traffic halted",
            lasting=False,
        )  # fmt: skip
    for name, at in (("«Принцесса Асуана»", _on(3, 24, 15)), ("«Королева Асуана»", _on(4, 29, 15))):
        x.add(
            "vessels", "vs3", EMB_EG, at,
            "🚢 Посольство России в Египте находится на связи с российскими туристами на борту"
            f" теплохода {name}, который сел на мель у Луксора. Угрозы жизни и здоровью пассажиров"
            " нет.",
            lasting=False,
        )  # fmt: skip
    for name, at in (("Akademik Fedorov", _on(1, 12, 12)), ("Akademik Tryoshnikov", _on(2, 9, 12))):
        x.add(
            "vessels", "vs4", MFA_EN, at,
            f"🧊 The research vessel {name} has arrived at the Progress station in Antarctica with"
            " the participants of the 74th Russian Antarctic Expedition on board.",
        )  # fmt: skip
    for name, at in (("«Адмирал Горшков»", _on(4, 6, 17)), ("«Адмирал Касатонов»", _on(5, 4, 17))):
        x.add(
            "vessels", "vs5", VEKTOR, at,
            f"Фрегат {name} зашёл в порт Александрии с деловым визитом, сообщили в Минобороны",
            lasting=False,
        )  # fmt: skip


def _points(x: _Set22) -> None:
    """A change in percentage points against the same figure in per cent."""
    for what, at in (("на 3 процентных пункта", _on(2, 11, 14)), ("на 3%", _on(3, 25, 14))):
        x.add(
            "points", "po1", VEKTOR, at,
            "Доля расчётов в национальных валютах в торговле России со странами ЕАЭС выросла за"
            f" год {what}, сообщил вице-премьер Оверчук",
            lasting=False,
        )  # fmt: skip
    for what, at in (("0.2 percentage point", _on(3, 29, 19)), ("0.2%", _on(4, 30, 19))):
        x.add(
            "points", "po2", NORTHGATE, at,
            f"Russia's jobless rate falls {what} to record low, statistics service says",
            lasting=False,
        )  # fmt: skip
    for what, at in (("на 5 процентных пунктов", _on(1, 30, 13)), ("на 5%", _on(6, 4, 13))):
        x.add(
            "points", "po3", GOV, at,
            "📊 Михаил Мишустин: доля отечественного программного обеспечения в компаниях с"
            f" государственным участием за год увеличилась {what}. Работа по замещению"
            " иностранных решений будет продолжена.",
        )  # fmt: skip
    for what, at in (("на 2 процентных пункта", _on(2, 25, 11)), ("на 2%", _on(5, 20, 11))):
        x.add(
            "points", "po4", MINOBR, at,
            f"🎓 Доля иностранных студентов в российских вузах за пять лет выросла {what} и"
            " достигла 8,5% от общего числа обучающихся.",
        )  # fmt: skip
    for what, at in (("percentage points", _on(3, 13, 12)), ("per cent", _on(4, 24, 12))):
        x.add(
            "points", "po5", MFA_EN, at,
            f"📈 Russia's share in the grain imports of ASEAN countries rose by 4 {what} last"
            " year, Sergey Lavrov said at the talks in Kuala Lumpur.",
        )  # fmt: skip


def _exact(x: _Set22) -> None:
    """A figure with a lower bound against the same figure stated exactly."""
    for n, at in (("не менее 420", _on(5, 25, 16)), ("420", _on(6, 8, 16))):
        x.add(
            "exact", "xa1", GOV_KLG, at,
            f"🏕 В первую смену в загородных лагерях области отдохнут {n} детей из Калининграда и"
            " районов области. Путёвки распределяются через портал Госуслуг.",
        )  # fmt: skip
    for n, at in (
        ("At least 12", _on(5, 7, 8)),
        ("12", _on(5, 7, 11)),
        ("At least 14", _on(5, 7, 14)),
    ):
        x.add(
            "exact", "xa2", HARBOUR, at,
            f"{n} killed as bus plunges off mountain road in Dagestan, emergencies ministry says",
            lasting=False,
        )  # fmt: skip
    for n, at in (("не менее 350", _on(3, 27, 12)), ("350", _on(4, 3, 12))):
        x.add(
            "exact", "xa3", EMB_EG, at,
            "ℹ️ В Хургаде продолжает работу выездная консульская группа Посольства. За первую"
            f" неделю оформлено {n} заграничных паспортов для проживающих в Египте"
            " соотечественников.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("At least 40", _on(4, 15, 12)), ("40", _on(4, 22, 12))):
        x.add(
            "exact", "xa4", MFA_EN, at,
            f"🎓 {n} countries have confirmed their participation in the International Forum of"
            " Ministers of Education in Kazan, the Foreign Ministry's press service reports.",
            lasting=False,
        )  # fmt: skip


def _spans(x: _Set22) -> None:
    """A date range against its first day alone."""
    for d, at in (("1–3 мая", _on(4, 24, 12)), ("1 мая", _on(4, 28, 12))):
        x.add(
            "spans", "sn1", MFA, at,
            f"ℹ️ Консульский отдел Посольства России в Таиланде не будет вести приём граждан {d}"
            " в связи с национальными праздниками. В экстренных случаях обращайтесь по телефону"
            " дежурного дипломата.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("on June 14–15", _on(5, 30, 13)), ("on June 14", _on(6, 6, 13))):
        x.add(
            "spans", "sn2", KREMLIN_EN, at,
            "At the invitation of President of Mongolia Ukhnaagiin Khurelsukh, Vladimir Putin will"
            f" pay an official visit to Mongolia {d}.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("С 10 по 12 апреля", _on(4, 3, 18)), ("10 апреля", _on(4, 5, 18))):
        x.add(
            "spans", "sn3", GOV_KLG, at,
            f"🚧 {d} будет ограничено движение транспорта по Московскому проспекту в Калининграде"
            " в связи с ремонтом путепровода. Просим водителей заранее планировать маршрут.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("from March 25 to 27", _on(3, 19, 11)), ("on March 25", _on(3, 21, 11))):
        x.add(
            "spans", "sn4", EMB_IN, at,
            f"ℹ️ The Consular Section of the Embassy will be closed {d} due to technical works."
            " Visa applications will be accepted at the visa centre as usual.",
            lasting=False,
        )  # fmt: skip
    for d, at in (
        ("Feb 20-21", _on(2, 4, 10)),
        ("Feb 20", _on(2, 11, 10)),
        ("Feb 27", _on(2, 13, 10)),
    ):
        x.add(
            "spans", "sn5", NORTHGATE, at,
            f"Russian, Chinese foreign ministers to meet in Beijing {d}, Moscow says",
            lasting=False,
        )  # fmt: skip


def _hours(x: _Set22) -> None:
    """Another time of day."""
    for t, at in (("в 11:00", _on(1, 23, 18)), ("в 15:30", _on(1, 24, 10))):
        x.add(
            "hours", "hr1", MFA, at,
            f"🎙 Брифинг официального представителя МИД России М.В.Захаровой в четверг начнётся {t}"
            " по московскому времени. Аккредитованных журналистов просим прибыть заранее.",
            lasting=False,
        )  # fmt: skip
    for t, at in (("в 07:45", _on(5, 14, 12)), ("в 19:45", _on(5, 21, 12))):
        x.add(
            "hours", "hr2", RZD, at,
            "🚆 С 1 июня скоростной поезд «Ласточка» Калининград — Черняховск будет отправляться"
            f" ежедневно {t}. Расписание остальных поездов не меняется.",
            lasting=False,
        )  # fmt: skip
    for t, at in (("0900 GMT", _on(2, 26, 9)), ("1200 GMT", _on(2, 27, 9))):
        x.add(
            "hours", "hr3", NORTHGATE, at,
            f"Putin to deliver address to Federal Assembly at {t} on Wednesday, Kremlin says",
            lasting=False,
        )  # fmt: skip
    for t, at in (("утром", _on(3, 4, 8)), ("вечером", _on(3, 11, 8))):
        x.add(
            "hours", "hr4", KREMLIN, at,
            f"Сегодня {t} Владимир Путин проведёт совещание с членами Правительства в режиме"
            " видеоконференции. Основная тема — подготовка к весенним полевым работам.",
            lasting=False,
        )  # fmt: skip
    for t, at in (("at 10:30 am", _on(4, 10, 9)), ("at 4:30 pm", _on(4, 11, 9))):
        x.add(
            "hours", "hr5", EMB_IN, at,
            f"🎓 The Russian Education Fair in Mumbai opens on Saturday {t} at the World Trade"
            " Centre. Admission is free for students and their parents.",
            lasting=False,
        )  # fmt: skip


def _addressees(x: _Set22) -> None:
    """A letter or an appeal to one body against the same to another."""
    for to, at in (
        ("Генеральному секретарю ООН", _on(2, 17, 21)),
        ("Председателю Совета Безопасности ООН", _on(2, 17, 22)),
    ):
        x.add(
            "addressees", "ad1", MFA, at,
            f"📨 Постоянный представитель России при ООН В.А.Небензя направил письмо {to} в связи"
            " с ударами по гражданской инфраструктуре Белгородской области.\n\nПисьмо будет"
            " распространено в качестве официального документа.",
            lasting=False,
        )  # fmt: skip
    for to, at in (
        ("the UN High Commissioner for Human Rights", _on(3, 3, 14)),
        ("the Special Rapporteur on the right to freedom of expression", _on(3, 17, 14)),
    ):
        x.add(
            "addressees", "ad2", GENEVA, at,
            f"📨 The Permanent Representative of Russia in Geneva Gennady Gatilov sent a letter to {to}"
            " regarding the detention of Russian journalists in Moldova.",
        )  # fmt: skip
    for to, at in (
        ("к парламентам государств — участников ОБСЕ", _on(4, 9, 16)),
        ("к Межпарламентскому союзу", _on(5, 21, 16)),
    ):
        x.add(
            "addressees", "ad3", SOVFED, at,
            f"🏛 Совет Федерации принял обращение {to} в связи с преследованием русскоязычных"
            " журналистов в странах Балтии. Документ будет направлен адресатам по"
            " дипломатическим каналам.",
        )  # fmt: skip
    for to, at in (("в ОБСЕ", _on(1, 27, 13)), ("в ЮНЕСКО", _on(2, 10, 13))):
        x.add(
            "addressees", "ad4", VEKTOR, at,
            f"Россия обратилась {to} в связи с запретом русскоязычных СМИ в Латвии, сообщила"
            " Захарова",
            lasting=False,
        )  # fmt: skip


def _behalf(x: _Set22) -> None:
    """A statement on behalf of one group against the same on behalf of another."""
    for who, at in (
        ("the BRICS countries", _on(3, 6, 16)),
        ("the CIS member states", _on(3, 13, 16)),
        ("a group of 27 states", _on(3, 20, 16)),
    ):
        x.add(
            "behalf", "bh1", GENEVA, at,
            f"🎙 Statement by the Russian delegation on behalf of {who} at the 60th session of the"
            " Human Rights Council in the general debate on unilateral coercive measures.",
        )  # fmt: skip
    for who, at in (
        ("государств — членов ОДКБ", _on(2, 13, 17)),
        ("государств — участников СНГ", _on(4, 17, 17)),
    ):
        x.add(
            "behalf", "bh2", MFA, at,
            "🎙 Постоянный представитель России при ОБСЕ А.К.Лукашевич выступил на заседании"
            f" Постоянного совета ОБСЕ с заявлением от имени {who} о недопустимости фальсификации"
            " истории Второй мировой войны.",
        )  # fmt: skip
    for who, at in (
        ("the Group of Friends in Defence of the Charter of the United Nations", _on(4, 19, 22)),
        ("the member states of the Shanghai Cooperation Organisation", _on(5, 24, 22)),
    ):
        x.add(
            "behalf", "bh3", MFA_EN, at,
            "🇺🇳 Russia's Permanent Representative to the UN Vasily Nebenzia delivered a joint"
            f" statement on behalf of {who} at the General Assembly debate on the use of the veto.",
        )  # fmt: skip
    for n, at in (("45", _on(3, 7, 12)), ("52", _on(6, 19, 12))):
        x.add(
            "behalf", "bh4", MERIDIAN, at,
            f"Россия выступила в Совете ООН по правам человека с заявлением от имени {n}"
            " государств против односторонних санкций, сообщил Гатилов",
            lasting=False,
        )  # fmt: skip


def _guarantees(x: _Set22) -> None:
    """A measure or guarantee that remains against the same lifted."""
    for where, what, at in (
        ("Ливан", "сохраняется", _on(1, 14, 15)),
        ("Ливан", "снята", _on(5, 13, 15)),
        ("Ирак", "сохраняется", _on(2, 11, 15)),
    ):
        x.add(
            "guarantees", "gu1", MFA, at,
            f"✈️ Рекомендация МИД России воздержаться от поездок в {where} {what}.\n\nГражданам"
            " России, находящимся в стране, рекомендуется соблюдать меры предосторожности и"
            " поддерживать связь с Посольством.",
        )  # fmt: skip
    for what, at in (("remain in force", _on(2, 4, 15)), ("have been lifted", _on(6, 3, 15))):
        x.add(
            "guarantees", "gu2", KREMLIN_EN, at,
            f"The guarantees given to foreign investors under the 2022 executive order {what},"
            " Dmitry Peskov told reporters.",
            lasting=False,
        )  # fmt: skip
    for what, at in (("сохраняется", _on(2, 15, 11)), ("отменён", _on(3, 29, 11))):
        x.add(
            "guarantees", "gu3", ROSPOTREB, at,
            f"🔬 Режим ограничительных мероприятий по кори в Калининградской области {what}."
            " Вакцинация взрослых и детей в поликлиниках продолжается в плановом порядке.",
            lasting=False,
        )  # fmt: skip
    for what, at in (("remains", _on(1, 28, 14)), ("lifted", _on(5, 5, 14))):
        x.add(
            "guarantees", "gu4", HARBOUR, at,
            f"Russia's ban on Georgian wine imports {what}, consumer watchdog says",
            lasting=False,
        )  # fmt: skip
    for what, at in (("сохраняется", _on(2, 8, 10)), ("снято", _on(4, 14, 10))):
        x.add(
            "guarantees", "gu5", EMB_EG, at,
            f"ℹ️ Установленное египетскими властями ограничение на ввоз в страну квадрокоптеров {what}."
            " Посольство рекомендует уточнять актуальные правила у авиакомпаний и туроператоров.",
        )  # fmt: skip


def _offices(x: _Set22) -> None:
    """An office opened against the same office closed."""
    for what, at in (("открыто", _on(1, 21, 12)), ("закрыто", _on(6, 11, 12))):
        x.add(
            "offices", "of1", MFA, at,
            f"🏢 В Пхукете {what} почётное консульство Российской Федерации. Подробная информация —"
            " на сайте Посольства России в Таиланде.",
        )  # fmt: skip
    for city, what, at in (
        ("Chennai", "opened", _on(2, 2, 11)),
        ("Chennai", "closed", _on(5, 29, 11)),
        ("Kolkata", "opened", _on(3, 4, 11)),
    ):
        x.add(
            "offices", "of2", EMB_IN, at,
            f"🏢 The Russian visa application centre in {city} has {what}. Applicants from the"
            " neighbouring states may also apply at the visa centre in New Delhi.",
        )  # fmt: skip
    for what, at in (("открыло", _on(3, 19, 13)), ("закрыло", _on(6, 13, 13))):
        x.add(
            "offices", "of3", MERIDIAN, at,
            f"Россотрудничество {what} представительство в Кишинёве, сообщили в агентстве",
            lasting=False,
        )  # fmt: skip
    for what, at in (("opens", _on(1, 30, 10)), ("shuts", _on(6, 17, 10))):
        x.add(
            "offices", "of4", NORTHGATE, at,
            f"Russia {what} consulate in Mongolia's Erdenet, foreign ministry says",
            lasting=False,
        )  # fmt: skip


def _lists(x: _Set22) -> None:
    """Lists that are the statement, with one item more or one fewer."""
    states = ["Бахрейн", "Вьетнам", "Индонезия", "Малайзия", "Оман"]
    for items, at in (
        (states, _on(5, 8, 15)),
        ([*states, "Катар"], _on(5, 22, 15)),
        (_drop(states, 4), _on(6, 5, 15)),
    ):
        x.add(
            "lists", "ls1", MFA, at,
            "🛂 С 1 июля граждане следующих государств смогут въезжать в Россию без виз на срок до"
            " 30 дней:\n\n" + "\n".join(f"▪️ {c}" for c in items) + "\n\nСоответствующее"
            " постановление Правительства вступает в силу 1 июля.",
            lasting=False,
        )  # fmt: skip
    sponsors = ["Belarus", "China", "Cuba", "Iran", "Nicaragua", "Venezuela"]
    for items, at in (
        (sponsors, _on(3, 31, 12)),
        ([*sponsors, "Zimbabwe"], _on(4, 2, 12)),
        (_drop(sponsors, 2), _on(4, 3, 9)),
    ):
        x.add(
            "lists", "ls2", GENEVA, at,
            "🇺🇳 The draft resolution on the negative impact of unilateral coercive measures on the"
            " enjoyment of human rights, introduced by Russia, is co-sponsored by:\n\n"
            + "\n".join(f"• {c}" for c in items),
            lasting=False,
        )  # fmt: skip
    stops = ["Черняховск", "Гусев", "Смоленск", "Вязьма"]
    for items, at in ((stops, _on(5, 15, 17)), ([*stops[:3], "Можайск", "Вязьма"], _on(5, 16, 17))):
        x.add(
            "lists", "ls3", RZD, at,
            "🚆 С 1 июня поезд № 147 Калининград — Москва будет делать остановки на станциях:\n\n"
            + "\n".join(f"🔹 {s}" for s in items) + "\n\nВремя в пути сократится на 40 минут.",
            lasting=False,
        )  # fmt: skip
    dengue = ["Таиланд", "Вьетнам", "Шри-Ланка", "Индонезия"]
    for items, at in (
        (dengue, _on(1, 10, 11)),
        ([*dengue, "Мальдивы"], _on(1, 17, 11)),
        (_drop(dengue, 2), _on(2, 21, 11)),
    ):
        x.add(
            "lists", "ls4", ROSPOTREB, at,
            "🦟 Роспотребнадзор рекомендует туристам принимать меры защиты от укусов комаров при"
            " поездках в страны, где регистрируется рост заболеваемости лихорадкой денге:\n\n"
            + "\n".join(f"• {c}" for c in items),
            lasting=False,
        )  # fmt: skip


def _acting(x: _Set22) -> None:
    """An official appointed acting against the same appointed in full."""
    for post, at in (
        ("временно исполняющим обязанности руководителя", _on(1, 17, 16)),
        ("руководителем", _on(4, 23, 16)),
    ):
        x.add(
            "acting", "ac1", GOV, at,
            f"📄 Распоряжением Правительства Андрей Кузнецов назначен {post} Федерального агентства"
            " воздушного транспорта.",
        )  # fmt: skip
    for post, at in (
        ("исполняющим обязанности министра", _on(2, 1, 18)),
        ("министром", _on(4, 1, 18)),
    ):
        x.add(
            "acting", "ac2", GOV_KLG, at,
            f"Подписал распоряжение о назначении Ольги Смирновой {post} образования"
            " Калининградской области. Уверен, что новая команда министерства продолжит работу по"
            " строительству школ и детских садов.",
        )  # fmt: skip
    for post, at in (("Acting Minister", _on(5, 14, 21)), ("Minister", _on(5, 21, 21))):
        x.add(
            "acting", "ac3", KREMLIN_EN, at,
            f"Vladimir Putin signed an Executive Order appointing Sergei Kravtsov {post} of"
            " Education of the Russian Federation.",
        )  # fmt: skip
    for post, at in (("acting head", _on(1, 17, 18)), ("head", _on(4, 23, 18))):
        x.add(
            "acting", "ac4", HARBOUR, at,
            f"Russia names Andrei Kuznetsov {post} of aviation authority Rosaviatsia",
            lasting=False,
        )  # fmt: skip
    for post, at in (
        ("исполняющим обязанности ректора", _on(2, 28, 14)),
        ("ректором", _on(6, 14, 14)),
    ):
        x.add(
            "acting", "ac5", MINOBR, at,
            f"🎓 Приказом Минобрнауки России Игорь Белов назначен {post} Балтийского федерального"
            " университета имени Иммануила Канта.",
        )  # fmt: skip


def _quotes(x: _Set22) -> None:
    """The same words attributed to one official or another."""
    for who, at in (("Рябков", _on(2, 7, 15)), ("Грушко", _on(2, 21, 15))):
        x.add(
            "quotes", "qt1", MERIDIAN, at,
            "«Мы не видим сейчас предпосылок для возобновления диалога по стратегической"
            f" стабильности», — заявил замглавы МИД России {who}",
            lasting=False,
        )  # fmt: skip
    for who, at in (("Peskov", _on(3, 23, 12)), ("Ushakov", _on(4, 6, 12))):
        x.add(
            "quotes", "qt2", HARBOUR, at,
            f"\"There are no concrete plans for a Putin-Trump meeting yet,\" Kremlin's {who} says",
            lasting=False,
        )  # fmt: skip
    for who, at in (("С.В.Лавров", _on(3, 14, 17)), ("М.В.Захарова", _on(4, 11, 17))):
        x.add(
            "quotes", "qt3", MFA, at,
            f"💬 {who}: «Мы открыты для равноправного диалога со всеми, кто готов учитывать"
            " законные интересы России. Но разговаривать с нами языком ультиматумов"
            " бесполезно».",
        )  # fmt: skip
    for who, at in (("Sergey Lavrov", _on(3, 14, 19)), ("Maria Zakharova", _on(4, 11, 19))):
        x.add(
            "quotes", "qt4", MFA_EN, at,
            f"💬 {who}: “We are open to an equal dialogue with anyone who is ready to take into"
            " account Russia's legitimate interests. But it is useless to talk to us in the"
            " language of ultimatums.”",
        )  # fmt: skip


def _votes(x: _Set22) -> None:
    """A vote cast against, for, or an abstention."""
    for how, at in (("voted against", _on(4, 4, 18)), ("abstained on", _on(4, 4, 19, 30))):
        x.add(
            "votes", "vt1", GENEVA, at,
            f"🗳 Russia {how} the draft resolution on the situation of human rights in Belarus at"
            " the Human Rights Council. The resolution was adopted by a recorded vote.",
            lasting=False,
        )  # fmt: skip
    for how, at in (
        ("проголосовала против", _on(3, 7, 20)),
        ("воздержалась при голосовании по", _on(6, 13, 20)),
    ):
        x.add(
            "votes", "vt2", MFA, at,
            f"🗳 Россия {how} резолюции Совета управляющих МАГАТЭ по иранской ядерной программе."
            " Документ принят большинством голосов.",
            lasting=False,
        )  # fmt: skip
    for how, at in (
        ("votes against", _on(1, 25, 23)),
        ("abstains on", _on(2, 22, 23)),
        ("backs", _on(3, 26, 23)),
    ):
        x.add(
            "votes", "vt3", NORTHGATE, at,
            f"Russia {how} UN Security Council resolution on Haiti security mission",
            lasting=False,
        )  # fmt: skip
    for how, at in (("поддержала", _on(2, 19, 22)), ("заблокировала", _on(5, 27, 22))):
        x.add(
            "votes", "vt4", VEKTOR, at,
            f"Россия {how} проект резолюции СБ ООН по Судану, сообщил Небензя",
            lasting=False,
        )  # fmt: skip


def _places(x: _Set22) -> None:
    """Another city (kinds the earlier sets had, in new wordings)."""
    for where, at in (("в Казани", _on(2, 14, 12)), ("в Калининграде", _on(3, 21, 12))):
        x.add(
            "places", "pl1", MINOBR, at,
            f"🎓 Всероссийский студенческий форум «Наука будущего» пройдёт {where} с 14 по 17 мая."
            " Заявки на участие принимаются до 20 апреля на сайте форума.",
        )  # fmt: skip
    for where, at in (("in Geneva", _on(3, 16, 15)), ("in Vienna", _on(3, 30, 15))):
        x.add(
            "places", "pl2", MFA_EN, at,
            "🤝 The next round of Russian-US consultations on strategic stability will be held"
            f" {where} in April, Deputy Foreign Minister Sergey Ryabkov said.",
            lasting=False,
        )  # fmt: skip
    for where, at in (("в Сочи", _on(5, 2, 13)), ("в Минске", _on(5, 16, 13))):
        x.add(
            "places", "pl3", MERIDIAN, at,
            f"Следующее заседание Высшего Госсовета Союзного государства пройдёт {where}, сообщил"
            " Песков",
            lasting=False,
        )  # fmt: skip
    for where, at in (
        ("в Хургаде", _on(3, 9, 10)),
        ("в Шарм-эш-Шейхе", _on(3, 10, 10)),
        ("в Александрии", _on(4, 1, 10)),
    ):
        x.add(
            "places", "pl4", EMB_EG, at,
            "ℹ️ 16 марта консульские сотрудники Посольства проведут выездной приём граждан"
            f" {where}. Предварительная запись — по электронной почте консульского отдела.",
            lasting=False,
        )  # fmt: skip
    for where, at in (("Riyadh", _on(2, 24, 19)), ("Doha", _on(3, 3, 19))):
        x.add(
            "places", "pl5", HARBOUR, at,
            f"Russian, US delegations to meet in {where} next week, sources say",
            lasting=False,
        )  # fmt: skip


def _figures(x: _Set22) -> None:
    """Another figure (kinds the earlier sets had, in new wordings), two digits swapped among
    them."""
    for n, at in (("5,2 млрд рублей", _on(2, 20, 17)), ("2,5 млрд рублей", _on(4, 9, 17))):
        x.add(
            "figures", "fg1", GOV, at,
            f"💰 Правительство выделит {n} на закупку школьных автобусов и машин скорой помощи"
            " для регионов. Распоряжение подписал Михаил Мишустин.",
        )  # fmt: skip
    for n, at in (("15", _on(5, 27, 16)), ("18", _on(5, 27, 18)), ("21", _on(5, 27, 20))):
        x.add(
            "figures", "fg2", KREMLIN_EN, at,
            f"Following the Russian-Uzbek talks in Tashkent, {n} intergovernmental and"
            " interdepartmental documents were signed in the presence of Vladimir Putin and"
            " Shavkat Mirziyoyev.",
            lasting=False,
        )  # fmt: skip
    for n, at in (("37", _on(1, 29, 15)), ("39", _on(4, 27, 15))):
        x.add(
            "figures", "fg3", ROSAV, at,
            f"✈️ Российские авиакомпании выполняют регулярные рейсы в {n} государств. С начала"
            " года открыто 14 новых международных направлений.",
        )  # fmt: skip
    for n, at in (("1.2 million", _on(4, 2, 14)), ("2.1 million", _on(5, 3, 14))):
        x.add(
            "figures", "fg4", NORTHGATE, at,
            f"Russia's wheat exports in March hit {n} tonnes, analysts say",
            lasting=False,
        )  # fmt: skip
    for n, at in (("72", _on(5, 13, 11)), ("76", _on(5, 20, 11))):
        x.add(
            "figures", "fg5", VEKTOR, at,
            f"В работе Петербургского международного юридического форума примут участие"
            f" делегации из {n} стран, сообщил министр юстиции",
            lasting=False,
        )  # fmt: skip


def _dates(x: _Set22) -> None:
    """Another date (kinds the earlier sets had, in new wordings)."""
    for d, at in (("17 апреля", _on(3, 2, 12)), ("24 апреля", _on(3, 23, 12))):
        x.add(
            "dates", "dt1", MFA, at,
            f"🇷🇺 Приём документов на конкурс для поступления на дипломатическую службу продлится до"
            f" {d} включительно. Подробные условия конкурса размещены на сайте Министерства.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("on March 18", _on(3, 12, 20)), ("on March 19", _on(3, 17, 20))):
        x.add(
            "dates", "dt2", KREMLIN_EN, at,
            "Vladimir Putin will meet with participants in the Time of Heroes personnel programme"
            f" {d}.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("с 28 апреля", _on(4, 16, 12)), ("с 5 мая", _on(4, 23, 12))):
        x.add(
            "dates", "dt3", RZD, at,
            "🚆 Дополнительные поезда «Ласточка» между Калининградом и Зеленоградском начнут"
            f" курсировать {d}. Расписание уже доступно на сайте и в мобильном приложении.",
            lasting=False,
        )  # fmt: skip
    for d, at in (("15 мая", _on(5, 6, 13)), ("22 мая", _on(5, 13, 13))):
        x.add(
            "dates", "dt4", MERIDIAN, at,
            f"Совет Федерации рассмотрит закон о платформенной экономике {d}, сообщила Матвиенко",
            lasting=False,
        )  # fmt: skip
    for d, at in (("April 8", _on(3, 25, 8)), ("April 18", _on(4, 1, 8))):
        x.add(
            "dates", "dt5", HARBOUR, at,
            f"Russia, Iran to sign long-term gas supply deal on {d}, energy minister says",
            lasting=False,
        )  # fmt: skip


def _names(x: _Set22) -> None:
    """Another person (kinds the earlier sets had, in new wordings), two names one letter
    apart among them."""
    for who, at in (("Сомчай Чароен", _on(6, 12, 14)), ("Прасерт Вонгсуван", _on(6, 12, 14, 20))):
        x.add(
            "names", "nm1", KREMLIN, at,
            f"📄 Указом Президента орденом Дружбы награждён почётный консул России {who} — за"
            " большой вклад в развитие российско-таиландского сотрудничества.",
        )  # fmt: skip
    for who, at in (("Mikhail Galuzin", _on(1, 20, 15)), ("Andrei Rudenko", _on(2, 3, 15))):
        x.add(
            "names", "nm2", MFA_EN, at,
            f"🤝 Deputy Foreign Minister {who} met with Ambassador of India to Russia Vinay Kumar"
            " to discuss preparations for upcoming high-level contacts.",
        )  # fmt: skip
    for who, at in (("Андрея Бушева", _on(3, 20, 14)), ("Андрея Бушуева", _on(5, 29, 14))):
        x.add(
            "names", "nm3", VEKTOR, at,
            f"Совет Федерации назначил {who} судьёй Конституционного суда, сообщили в палате",
            lasting=False,
        )  # fmt: skip
    for who, at in (("Alexei Likhachev", _on(2, 17, 10)), ("Alexei Chekunkov", _on(3, 10, 10))):
        x.add(
            "names", "nm4", HARBOUR, at,
            f"Russian delegation led by {who} arrives in New Delhi for talks on Arctic shipping",
            lasting=False,
        )  # fmt: skip
    for who, at in (
        ("по делам молодёжи и спорта Ашрафом Собхи", _on(2, 22, 12)),
        ("туризма и древностей Шерифом Фатхи", _on(3, 15, 12)),
    ):
        x.add(
            "names", "nm5", EMB_EG, at,
            f"🇷🇺🇪🇬 Посол России в Египте Г.Е.Борисенко встретился с министром {who}. Обсуждались"
            " вопросы расширения молодёжных и туристических обменов.",
        )  # fmt: skip


def _visits(x: _Set22) -> None:
    """A state, official or working visit, or a meeting at another level."""
    for kind, at in (
        ("с государственным визитом", _on(6, 19, 9)),
        ("с рабочим визитом", _on(6, 26, 9)),
    ):
        x.add(
            "visits", "vi1", KREMLIN, at,
            f"🇷🇺🇻🇳 Владимир Путин прибыл {kind} в Социалистическую Республику Вьетнам. В"
            " аэропорту Ханоя Президента России встретил Президент Вьетнама.",
            lasting=False,
        )  # fmt: skip
    for kind, at in (("an official visit", _on(2, 18, 17)), ("a working visit", _on(2, 20, 17))):
        x.add(
            "visits", "vi2", MFA_EN, at,
            f"✈️ Foreign Minister Sergey Lavrov will pay {kind} to the Lao People's Democratic"
            " Republic on February 24–25. Talks with Lao Foreign Minister Thongsavanh Phomvihane"
            " are scheduled.",
            lasting=False,
        )  # fmt: skip
    for kind, at in (("с официальным", _on(4, 7, 12)), ("с рабочим", _on(5, 19, 12))):
        x.add(
            "visits", "vi3", MERIDIAN, at,
            f"Президент Египта прибудет в Москву {kind} визитом в конце месяца, сообщил Ушаков",
            lasting=False,
        )  # fmt: skip
    for kind, at in (("state visit", _on(5, 17, 10)), ("working visit", _on(5, 31, 10))):
        x.add(
            "visits", "vi4", NORTHGATE, at,
            f"Putin to make {kind} to Vietnam next month, Kremlin says",
            lasting=False,
        )  # fmt: skip
    for level, at in (
        ("на высшем уровне", _on(3, 26, 16)),
        ("на уровне министров иностранных дел", _on(4, 30, 16)),
    ):
        x.add(
            "visits", "vi5", MFA, at,
            f"🗓 Очередная встреча в формате «Россия — Центральная Азия» {level} пройдёт в"
            " Душанбе 9 октября. Подготовка к ней обсуждалась на консультациях в Москве.",
        )  # fmt: skip
    for level, at in (("leaders'", _on(4, 20, 13)), ("foreign ministers'", _on(5, 25, 13))):
        x.add(
            "visits", "vi6", HARBOUR, at,
            f"Russia to host SCO {level} meeting in Moscow in November, Kremlin aide says",
            lasting=False,
        )  # fmt: skip


FAMILIES: list[Callable[[_Set22], None]] = [
    _denials, _postponements, _expiries, _drafts, _rounds, _articles, _numbers, _flights,
    _vessels, _points, _exact, _spans, _hours, _addressees, _behalf, _guarantees, _offices,
    _lists, _acting, _quotes, _votes, _places, _figures, _dates, _names, _visits,
]  # fmt: skip

# -- copies ------------------------------------------------------------------------------------

SIGNOFFS = {
    REP1.key: "📌 Главное за день — t.me/glavnoe_za_den",
    REP2.key: "Политика | Срочно → подписаться: @politika_srochno",
    REP3.key: "✉️ «Дипломатический курьер» | @diplo_kurier",
    REP4.key: "Лента 24/7 — будьте в курсе 👉 t.me/lenta_24_7",
    REP_EN.key: "👁 Kremlin Watcher | t.me/kremlinwatcher",
    REP_EN2.key: "Eurasia Brief — subscribe: @eurasiabrief",
    REP_EN3.key: "🌐 World Desk Daily · t.me/worlddeskdaily",
    AGGR.key: "📰 Итоги недели — @itogi_nedeli_tg",
    AGGR_EN.key: "📰 Weekly Digest · @weeklydigest_tg",
}
CREDIT_LINES = {
    VEKTOR.key: "© ИА «Вектор». Использование материалов — с активной ссылкой",
    MERIDIAN.key: "Агентство «Меридиан» | meridian.example.ru",
    NORTHGATE.key: "(Reporting by Northgate Wire's Moscow desk; editing by Anna Pell)",
    HARBOUR.key: "(Harbour Line News staff)",
}
WEEK_HEADS = {AGGR.key: "📰 Итоги недели\n\n", AGGR_EN.key: "📰 Weekly digest\n\n"}
CREDITS_RU = ["\n\n📷 Фото: {site}", "\n\nФото: пресс-служба / {site}", "\n\n🎥 Видео: {site}"]
CREDITS_EN = ["\n\n📷 Photo: {site}", "\n\nPhoto: press service, {site}", "\n\n🎥 Video: {site}"]
BREAKING_RU = ["СРОЧНО: ", "⚡️ СРОЧНО\n\n", "❗️Срочно | ", "МОЛНИЯ — ", "⚡️⚡️ "]
BREAKING_EN = ["BREAKING: ", "⚡️ BREAKING\n\n", "JUST IN: ", "🚨 ", "URGENT — "]
# a reposter's heading over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "denials": (["Опровержение?", "Дипломатия"], ["Diplomacy", "Kremlin"]),
    "postponements": (["Анонсы", "Изменения"], ["Schedule", "Diary"]),
    "expiries": (["Ограничения", "Коротко"], ["Rules", "In brief"]),
    "drafts": (["Документы", "Дипломатия"], ["Documents", "Diplomacy"]),
    "rounds": (["Переговоры", "Дипломатия"], ["Talks", "Diplomacy"]),
    "articles": (["Право", "Позиция"], ["Law", "Position"]),
    "numbers": (["Указы", "Документы"], ["Decrees", "Documents"]),
    "flights": (["✈️ Транспорт", "Путешественникам"], ["Travel", "Transport"]),
    "vessels": (["Море", "Происшествия"], ["Shipping", "Maritime"]),
    "points": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "exact": (["📊 Цифры", "Коротко"], ["📊 Numbers", "In brief"]),
    "spans": (["Анонс", "Обратите внимание"], ["Diary", "Notice"]),
    "hours": (["Анонс", "Расписание"], ["Diary", "Schedule"]),
    "addressees": (["Позиция", "Дипломатия"], ["Position", "Diplomacy"]),
    "behalf": (["Многосторонняя дипломатия", "ООН"], ["Multilateral", "UN"]),
    "guarantees": (["Ограничения", "Важно"], ["Rules", "Important"]),
    "offices": (["Консульские новости", "Коротко"], ["Consular", "In brief"]),
    "lists": (["Списки", "Важно"], ["Lists", "Important"]),
    "acting": (["Кадры", "Назначения"], ["People", "Appointments"]),
    "quotes": (["Цитата дня", "💬 Цитата"], ["Quote of the day", "💬 Quote"]),
    "votes": (["Голосование", "ООН"], ["Vote", "UN"]),
    "places": (["Анонс", "Календарь"], ["Diary", "Calendar"]),
    "figures": (["📊 Цифры", "Экономика"], ["📊 Data", "Economy"]),
    "dates": (["Календарь", "Анонс"], ["Calendar", "Diary"]),
    "names": (["Кадры", "Встречи"], ["People", "Meetings"]),
    "visits": (["Визиты", "Дипломатия"], ["Visits", "Diplomacy"]),
}  # fmt: skip

# new kinds of copy
EDITED_RU = ["\n\n(изменено)", " (изменено)", "\n\n✏️ изменено", "\n\n[изменено]"]
EDITED_EN = ["\n\n(edited)", " (edited)", "\n\n✏️ edited", "\n\n[edited]"]
PHOTO_RU = ["[Фото]\n", "🖼 ", "[Фотография]\n", "📷 "]
PHOTO_EN = ["[Photo]\n", "🖼 ", "[Image]\n", "📷 "]
NOTES_RU = [
    " (источник: {t})",
    "\n\n[Источник: {t}]",
    "\n\n(по материалам канала «{t}»)",
    " [via @{u}]",
]
NOTES_EN = [" (Source: {t})", "\n\n[Source: {t}]", "\n\n(via @{u})", " [h/t {t}]"]
CAPTION_LIMITS = [200, 256]  # Telegram's old caption limit; a cross-poster's
# every emoji a plain-text gateway drops (flags, pictographs, dingbats, arrows, geometric
# bullets, keycaps, variation selectors and joiners); "ℹ" is a letter to Python's \w and stays
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf"
    "\u2b00-\u2bff\u203c\u2049\ufe0f\u200d\u20e3]"
)
GROUPED = re.compile(r"(?<=\d)[ ,](?=\d{3}(?!\d))")  # a thousands separator
NUM_UNIT = re.compile(r"(?<=\d) (?=[^\W\d_])")  # the space between a number and its word


def _caption_spots(st: _Story, slots: t21._Slots, limit: int) -> list[int]:
    """The cuts of :func:`_cuts` (after the slots, at least two fifths kept, never a list) that
    fit a caption of ``limit`` characters."""
    return [k for k in _cuts(st, slots) if slots.spans[k - 1][1] + 1 <= limit]


def _num_spaces(rng: random.Random, body: str) -> str:
    """Numbers as another hand types them: thousands apart by a thin, narrow or non-breaking
    space (or a comma for a space), a non-breaking space between a number and its word."""
    if GROUPED.search(body) and (rng.random() < 0.7 or not NUM_UNIT.search(body)):
        return GROUPED.sub(rng.choice(["\u2009", "\u202f", "\u00a0"]), body)
    return NUM_UNIT.sub("\u00a0", body)


def _spaced_quotes(rng: random.Random, body: str) -> str:
    """What a translation tool does to quotes: spaces inside them, or «» as spaced " "."""
    if "«" in body:
        if rng.random() < 0.5:
            return re.sub(r"\s*»", " »", re.sub(r"«\s*", "« ", body))
        return re.sub(r"«([^»]*)»", r'" \1 "', body)
    if "“" in body:
        return re.sub(r"“([^”]*)”", r"“ \1 ”", body)
    return re.sub(r'"([^"]*)"', r'" \1 "', body)


def _emoji_stripped(text: str) -> str:
    text = EMOJI.sub("", text)
    text = re.sub(r"(?m)^[ \t]+", "", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


class _Maker22(_Maker):
    """The twenty-first's copy maker with this set's sources, sites and lines, and seven kinds
    of copy more. The steps overridden here differ in what they write (a dump's banners, an
    agency's dateline) or in how they choose (the aggregator: no draw); every other step is
    the twenty-first's, reading this set's tables."""

    reposters_ru, reposters_en = RU_REPOSTERS, EN_REPOSTERS
    agencies = AGENCIES
    sites = SITES
    signoffs = SIGNOFFS
    credits_ru, credits_en = CREDITS_RU, CREDITS_EN
    credit_lines = CREDIT_LINES
    breaking_ru, breaking_en = BREAKING_RU, BREAKING_EN
    breaking_pool_ru, breaking_pool_en = [VEKTOR, MERIDIAN, REP2], [NORTHGATE, HARBOUR, REP_EN]
    dateline_agencies_ru, dateline_agencies_en = [VEKTOR, MERIDIAN], [NORTHGATE, HARBOUR]
    week_heads = WEEK_HEADS
    headlines = HEADLINES
    pinned_families = ("spans", "hours", "dates", "lists")
    stand_ins = STAND_INS
    dump = DUMP
    aggregators = (AGGR, AGGR_EN)  # the weekly aggregator in Russian, in English

    def _can(self) -> dict[str, bool]:
        can = super()._can()
        body = self.st.body
        can.update(
            num_spaces=bool(GROUPED.search(body) or NUM_UNIT.search(body)),
            spaced_quotes=any(q in body for q in '«“"'),
            joined="\n" in body,
            emoji_strip=bool(EMOJI.search(body + self.st.sig)),
            caption_cut=bool(_caption_spots(self.st, self.slots, max(CAPTION_LIMITS))),
        )
        return can

    def make(self, kind: str) -> _Draft:
        d = super().make(kind)
        assert d.source is not None
        d.source = self.stand_ins.get(d.source.key, d.source)  # this set's mirror, dump ...
        return d

    def _dump_banners(self, t: str, u: str, stamp: str) -> list[str]:
        return [
            f"### {DUMP.title} ###\n@{u} [{stamp}]\n\n",
            (
                f">>> Пересланное сообщение\nИсточник: {t} (@{u})\n{stamp}\n\n"
                if self.ru
                else f">>> Forwarded message\nFrom: {t} (@{u})\n{stamp}\n\n"
            ),
        ]

    def _aggregator(self) -> SourceRef:
        return self.aggregators[0] if self.ru else self.aggregators[1]

    def _dateline_of(self, agency: SourceRef, city: str, local: datetime) -> str:
        if self.ru:
            if agency is VEKTOR:
                return f"{city}, {_ru(local)}. /ИА «Вектор»/. "
            return f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Меридиан». "
        if agency is NORTHGATE:
            return f"{city}, {_en(local)} (Northgate) - "
        return f"{city} (HLN) {EN_MONTHS_SHORT[local.month - 1]} {local.day} — "

    # the new kinds

    def _num_spaces(self, d: _Draft) -> None:
        d.body = _num_spaces(self.rng, d.body)

    def _edited_mark(self, d: _Draft) -> None:
        """The post as a Telegram Desktop export turned into text shows it after an edit: its
        text as it stands, an "(edited)" mark, sometimes the export's name and date line."""
        st, rng = self.st, self.rng
        d.body, d.tail = st.body, [st.sig]
        if rng.random() < 0.5:
            stamp = (st.at + timedelta(hours=3)).strftime("%d.%m.%Y %H:%M")
            d.head = d.head + f"{st.source.title}, [{stamp}]\n"
        mark = rng.choice(EDITED_RU if self.ru else EDITED_EN)
        d.post.append(lambda t: t + mark)
        d.source = EXPORT

    def _caption_cut(self, d: _Draft) -> None:
        """A photo post's caption cut by a cross-poster at its limit, after the slots, with a
        placeholder for the photo."""
        st, rng = self.st, self.rng
        limits = [lim for lim in CAPTION_LIMITS if _caption_spots(st, self.slots, lim)]
        k = max(_caption_spots(st, self.slots, rng.choice(limits)))
        end = self.slots.spans[k - 1][1]
        d.body = st.body[:end] + "…"
        d.tail = []
        d.head = d.head + rng.choice(PHOTO_RU if self.ru else PHOTO_EN)
        d.source = d.source or rng.choice([*self.reposters(), SCRAPER])

    def _source_note(self, d: _Draft) -> None:
        """A reposter's bracketed note naming the channel it took the post from."""
        st, rng = self.st, self.rng
        note = rng.choice(NOTES_RU if self.ru else NOTES_EN)
        d.body = d.body + note.format(t=st.source.title, u=st.source.username)
        d.source = d.source or self.pick(self.reposters())

    def _spaced_quotes(self, d: _Draft) -> None:
        d.body = _spaced_quotes(self.rng, d.body)
        d.source = d.source or self.pick(self.reposters())

    def _joined(self, d: _Draft) -> None:
        """Every line break rejoined into a space (a scraper or a gateway that reads the post
        as one line)."""
        d.post.append(lambda t: re.sub(r"[ \t]*\n+[ \t]*", " ", t).strip())
        d.source = d.source or self.rng.choice([SCRAPER, MIRROR, *self.reposters()])

    def _emoji_strip(self, d: _Draft) -> None:
        """Every emoji dropped by a plain-text gateway."""
        d.post.append(_emoji_stripped)
        if self.rng.random() < 0.5:
            d.source = d.source or MIRROR


NEW_KINDS = [
    "num_spaces", "edited_mark", "caption_cut", "source_note", "spaced_quotes", "joined",
    "emoji_strip",
    "combo:typo_fixed+edited_mark", "combo:num_spaces+signoff", "combo:caption_cut+source_note",
    "combo:joined+hashtags_add", "combo:spaced_quotes+signoff", "combo:emoji_strip+rss",
    "combo:source_note+emoji_add", "combo:edited_mark+num_spaces", "combo:joined+source_note",
]  # fmt: skip
KINDS = t21.KINDS + NEW_KINDS


def _check(x: _Set22) -> None:
    """The twenty-first's checks (unique ids, copies after their originals keeping their slots
    and adding no sibling's, the whole statement in every copy but cuts, typos and synonym
    edits, a caption cut among the cuts, one language, no text in two stories, siblings told
    apart), and this set's: the new kinds do what they say, and the set's sources are its own."""
    t21._check(x)
    ours = {
        s.key
        for s in [
            *SITES_SOURCES,
            *RU_REPOSTERS,
            *EN_REPOSTERS,
            AGGR,
            AGGR_EN,
            MIRROR,
            SCRAPER,
            DUMP,
            EXPORT,
        ]
    }
    for st in x.stories:
        assert st.source.key in ours, st.sid
        for kind, c in st.copies:
            text = c.post.text
            assert c.post.source.key in ours, (st.sid, kind)
            if "num_spaces" in kind:
                assert re.search("\\d[\u2009\u202f\u00a0]\\S", text), (st.sid, kind)
            if "edited_mark" in kind:
                assert (
                    "(edited)" in text
                    or "изменено" in text
                    or "[edited]" in text
                    or "✏️ edited" in text
                )
                assert c.post.source == EXPORT
            if "caption_cut" in kind:
                head, cut, _ = text.partition("…")
                assert cut and len(head) <= max(CAPTION_LIMITS) + 14, (st.sid, kind)
                assert kind != "caption_cut" or text.endswith("…"), (st.sid, kind)
            if "joined" in kind:
                assert "\n" not in text, (st.sid, kind)
            if "emoji_strip" in kind:
                assert not EMOJI.search(text), (st.sid, kind)
            if "spaced_quotes" in kind:
                assert re.search('[«“"] \\S', text), (st.sid, kind)
            if "source_note" in kind:
                assert st.source.title in text or f"@{st.source.username}" in text, (st.sid, kind)


SITES_SOURCES = [
    MFA, MFA_EN, KREMLIN, KREMLIN_EN, GOV, SOVFED, ROSAV, RZD, MINOBR, ROSPOTREB, EMB_EG, EMB_IN,
    GENEVA, GOV_KLG, VEKTOR, MERIDIAN, NORTHGATE, HARBOUR,
]  # fmt: skip


def build(seed: int = 22) -> list[Labelled]:
    """The labelled posts in publication order: the twenty-first's assembly, with this set's
    families, maker, kinds and checks."""
    return t21.assemble(
        _Set22(random.Random(seed)),
        FAMILIES,
        lambda x: t21._copies(x, _Maker22, KINDS),
        _check,
    )
