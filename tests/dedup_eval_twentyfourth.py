# ruff: noqa: E501  (a data module: long template strings read better whole)
r"""The twenty-fourth labelled near-duplicate set: templated official statements one slot apart of
kinds the earlier sets had little or none of (a status line over an announcement against the
announcement alone, partially against fully, temporarily against for good or for one term against
another, exports against imports or inbound against outbound, a single-, double- or multiple-entry
visa, a road's or a river's kilometre marker, a house, room or post box number or an e-mail
address's name, a half, a third or a quarter, including against excluding, one base of a figure
against another (year on year or month on month, real or nominal, net or gross, domestic or
external), an average, a median, a maximum or a minimum, one kind of legal act for another, above
against below or a surplus against a deficit, ahead of schedule, on it or behind it, a man against a
woman, a regular against an extraordinary session, free against paid, online against on paper or an
original against a certified copy, a goods, plate or budget code, the first against the last, from a
day against until it or before an event against after it), kinds they had in new wordings (a place,
a figure, two digits swapped among them, a date, a weekday, a time of day); and copies of many
kinds, nine of them new (a paragraph split in two at a sentence's end, an emoji bullet before each
paragraph, a cut right after an initial, the first sentence in capitals over the post, a "Читать
полностью" / "Read more" line with a link under the whole post, Windows line ends, a bot's
MarkdownV2 escapes, the post's link through a shortener, a Telegram Desktop export's header with the
date to the second), two at once among them.

A foreign ministry's Russian and English channels, the government's, the finance, transport and
economy ministries', the customs service's, the emergencies ministry's, the road agency's, the
central bank's English channel, three embassies (Uzbekistan in Russian, Vietnam and Kenya in
English), the Russian mission in Vienna (English), two regional heads (Novosibirsk, Yakutia), two
Russian agencies and two English wires, four Russian and three English reposters, a weekly
aggregator in each language, an RSS bridge, a scraper, a text dump of forwards and a Telegram
Desktop export turned into text (33 sources; the Telegram ones keyed -1002304000001 to
-1002304000029). Each *story* is one statement; every post of a story after its first is a copy the
reader must not see twice, and every other story must be kept.

Distinct statements (each its own story; 275, 146 of them in Russian, in 24 families and 133
templates): "⚠️ ПЕРЕНЕСЕНО" over a briefing's announcement, "❌ ОТМЕНЕНО" over a ski race's, "UPDATE:
cancelled" over a reception's, "POSTPONED" over a press briefing's, "❗️ПЕРЕНОСИТСЯ" and
"❗️ОТМЕНЯЕТСЯ" over an outreach consular day's, "⚠️ POSTPONED" over a news conference's, "UPDATE:
postponed" over a webinar's, each against the announcement alone, days later (15); "частично" /
"полностью восстановлено" (trains, power), "partially" / "fully" lifted, restored, reopened (10);
"временно" / "окончательно закрыт", "temporarily" / "permanently" closed or moved, "на сутки" / "на
трое суток", "for six months" / "indefinitely", "временный" / "бессрочный запрет" (12); "экспорта" /
"импорта" / "товарооборота", "exports" / "imports", "въездного" / "выездного туризма", "exports to"
/ "imports from" (twice), "въезд в Россию" / "выезд из России" (13); "однократную" / "двукратную" /
"многократную электронную визу", "single-entry" / "multiple-entry" (three templates), "однократных"
/ "многократных деловых виз", "двукратные" / "многократные" (13); "на 147-м" / "174-м километре
трассы М-11", "1245-м" / "1254-м км", "1920-м" / "1290-м километре реки Лены", "near km 138" /
"183", "at km 47" / "74" (10); "д. 83" / "38", "consnairobi@" / "visanairobi@mid.ru", "в кабинете
214" / "241", "press@" / "media@mid.ru", "22" / "27 Tran Phu Street" (10); "половина" / "треть" /
"четверть", "Half" / "One third", "каждый второй" / "каждый третий", "a third" / "a quarter", "Две
трети" / "Три четверти", "Half" / "A quarter" (13); "с учётом" / "без учёта НДС", "including" /
"excluding" (three templates), "кроме Москвы и Санкт-Петербурга" / "включая Москву и
Санкт-Петербург", "с" / "без НДС" (12); "в годовом выражении" / "к предыдущему месяцу", "a
seasonally adjusted" / "an unadjusted basis", "Реальные" / "Номинальные", "net" / "gross",
"внутреннего" / "внешнего долга", "year on year" / "quarter on quarter" (12); "Средняя" /
"Медианная", "Минимальная" / "Средняя", "maximum" / "average", "Peak" / "Average",
"Средневзвешенная" / "Максимальная доходность" (10); "постановление" / "распоряжение", "decree" /
"law", "указ" / "постановление", "Ordinance" / "Instruction", "указ" / "закон" (10); "выше" / "ниже
климатической нормы", "с профицитом" / "с дефицитом", "surplus" / "deficit", "net profit" / "net
loss", "чистую прибыль" / "чистый убыток" (10); "досрочно" / "в установленный срок", "с опережением"
/ "с отставанием от графика", "ahead of" / "on" / "behind schedule" (three templates), "по графику"
/ "с отставанием от графика" (13); "задержан гражданин" / "задержана гражданка", "man" / "woman" /
"child" (two templates), "задержанного … гражданина" / "задержанную … гражданку", "Турист" /
"Туристка из Москвы" (11); "Очередное" / "Внеочередное заседание", "A regular" / "An extraordinary
session", "Очередная" / "Внеочередная сессия" (twice), "an emergency special" / "a special session",
"An emergency" / "A regular meeting" (12); "бесплатно" / "на платной основе", "free of charge" /
"fee-based", "бесплатным" / "льготным", "платным" / "бесплатным", "free of charge" / "for a fee of
USD 30", "свободный" / "по пригласительным билетам" (12); "только в электронном виде" / "на бумажном
носителе", "the original" / "a certified copy", "в электронной" / "в письменной форме", "online via
the Gosuslugi portal" / "in person at the Consular Section", "через портал Госуслуг" / "в МФЦ" / "в
клиентских службах Социального фонда", "оригинал" / "нотариально заверенную копию" (13); "ТН ВЭД
8703" / "8704", "кодом региона 254" / "354", "HS code 2710" / "2709", a twenty-digit КБК one digit
apart, "INFCIRC/1162" / "1126" (10); "Первый" / "Последний рейс", "Начало" / "Окончание ледохода",
"first" / "last" (three templates), "впервые" / "вновь" (12); "до 1 июля" / "с 1 июля", "until" /
"from" (twice), "запрещён с" / "до 1 апреля", "накануне" / "по итогам заседания", "ahead of" /
"after" (12); "в Пекине" / "в Харбине" / "в Мурманске", "Istanbul" / "Riyadh", "в Бухаре" / "в
Хиве", "Nairobi" / "Mombasa" / "Kisumu" (10); "1,2" / "2,1 млн единиц", "$642.7" / "$647.2 billion",
"2 380" / "2 830 тыс.", "135" / "153 million tonnes", "247,000" / "274,000" (10); "12 мая" / "21
мая", "June 1" / "June 2", "в понедельник, 17 марта" / "во вторник, 18 марта", "at 11:30" / "12:30
Moscow time", "14" / "16 июня" (10).

Not made again (the earlier sets have them): a correction restating a figure (the eighth, tenth,
eleventh, sixteenth and twentieth), a time of day or a weekday alone (the twenty-first and
twenty-second), a vote's tally (the thirteenth and twenty-first), percentage points against per
cent, a lower bound, a round's number, a flight or a train number, an acting official (the
twenty-second), "up to" / "at least", a currency (the twenty-first), arrived / departed (the seventh
and twenty-first), a list one item apart, consular hours (the seventeenth), a sentence's length (the
eighteenth), an age (the twenty-third); places, figures and dates are here only in new wordings.

CONVENTIONS. The twenty-first set's conventions (1)-(12), the twenty-second's (13)-(20) and the
twenty-third's (21)-(26) hold unchanged (tests/dedup_eval_twentyfirst.py,
tests/dedup_eval_twentysecond.py and tests/dedup_eval_twentythird.py, "CONVENTIONS"): a statement's
slots are everything its siblings say otherwise; no copy drops, adds or reorders a line, cuts a list
short or crosses languages; a copy adds nothing that is said; truncations only after the slots, of
posts of 30 words or more; copies are text alone. Added here: (27) A status line over an
announcement ("⚠️ ПЕРЕНЕСЕНО", "❌ ОТМЕНЕНО", "UPDATE: cancelled", "POSTPONED") is another statement
than the announcement under it, whole and word for word, and one status another than another: the
line is the slot (every copy of the status post keeps it; no copy of the announcement adds a status:
no rubric, heading or remark of this set names one). (28) Scope, term and base are slots: partially
/ fully, temporarily / for good, for a day / for three days, year on year / month on month, real /
nominal, net / gross, domestic / external, the average / the median / the maximum / the minimum,
including / excluding, with / without VAT, except / including. (29) Direction, sign and order are
slots: exports / imports / trade, inbound / outbound, entry / exit, above / below, a surplus / a
deficit, a profit / a loss, the first / the last, "впервые" / "вновь", ahead of / on / behind
schedule, from / until, before / after; so are a fraction ("половина" / "треть", "каждый второй" /
"каждый третий"), a session's kind (regular / extraordinary / emergency), a fee (free / paid /
discounted), a form (electronic / paper, an original / a certified copy, online / in person) and a
person's sex ("гражданин" / "гражданка": two people, not a slip). (30) Identifiers are slots: a
kilometre marker, a house, room or post box number, an e-mail address's name (no typo is made or
fixed in a post with an e-mail address), a goods, plate or budget code, a circular's number, and the
kind of act signed ("указ" / "постановление" / "распоряжение", "decree" / "law", "Ordinance" /
"Instruction"). (31) The new copies are copies: a paragraph split in two at a sentence's end (a word
of three letters or more before the full stop: never at "ул." or an initial), an emoji bullet, "•"
or "—" before each paragraph (the paragraph's own leading emoji dropped), a cut right after an
initial by a cross-poster that took it for a sentence's end («… сообщил министр финансов А.», "… the
Permanent Representative M.": a truncation under (10), only of posts of 30 words or more, after the
slots, two fifths of the words kept), the post's first sentence in capitals over it as a headline
(5-20 words, not the whole post), a "📖 Читать полностью" / "Read more →" line with a link (the
post's own or the reposter's t.me link) under the whole post, Windows line ends ("\r\n"), a bot's
MarkdownV2 escapes ("\.", "\-", "\(", "\#": the words unchanged), the post's link through a
shortener (clck.ru, bit.ly, t.ly; in its own line or a line of its own), and a Telegram Desktop
export's header with the date to the second ("12.02.2030 14:05:33 UTC+03:00", "2030-02-12T14:05:33 ·
…", "[2030-02-12T14:05:33] …:"). No statement of this set is a list, so the twenty-first's bullets
and the twenty-third's renumbering make no copy here.

Copies (each copy's external id ends with its kind; seed 24): the twenty-first's kinds, made by its
copy maker with this set's sources: a plain forward (9), a forward header (7), a text dump's header
(9), a reposter's sign-off (12), a hashtag line added (11), the original's hashtag line removed (6),
an emoji (8), a link added (10), tracking parameters (8), a link preview's text (9), the original's
typo fixed (6), the original's typo next to a slot fixed (4), one typo made off the slots (10),
whitespace (9), punctuation (12), quotes (8), "ё" as "е" (6), a translation artefact (10), Markdown
added (10), Markdown stripped (2), a scraper's HTML (10), a "…" / "Читать далее" / "Read more"
truncation (2), a lead cut short with no mark (2), a haste mark (7), an agency's dateline, with its
credit line under four in ten (10), a photo or video credit line (10), a synonym edit of one
reporting verb (5), a reposter's rubric heading (12), a reposter's one-line remark over the post
(9), the RSS mirror's item (10), a "pinned" header (10), the channel's own re-post 2-5 days later
(5), a weekly aggregator's copy 2-6 days later (2); the twenty-second's kinds: numbers with thin or
non-breaking spaces (6), an export's "(edited)" mark (9), a caption cut (3), a bracketed source note
(8), spaced quotes (2), line breaks rejoined (5), emoji stripped (9); the twenty-third's: a one-word
rubric (11), a relay or quote prefix (11), a translation tool's note (8), invisible characters
inside words (9), a subscribe footer (7), the lead repeated (7); the new kinds: a paragraph split
(5), bullets before the paragraphs (5), a cut after an initial (3), the first sentence in capitals
(5), a "read more" line (11), Windows line ends (3), MarkdownV2 escapes (7), a shortened link (10),
an export's header (8); and two at once: the twenty-first's pairs (a forward header with hashtags 8,
a dateline with a credit line 10, a typo with a sign-off 8, a remark with an emoji 9, a truncation
in the RSS mirror 3, a rubric heading with a sign-off 9, the typo next to a slot fixed with a haste
mark 5, "ё" as "е" with quotes 2, Markdown stripped with an emoji 2, whitespace with a credit line
11, a dump header with a typo 9, a remark with the hashtag line removed 7, punctuation with a link
9, a synonym edit with hashtags 6, a lead cut short with a sign-off 2, a "pinned" header with a link
10, the typo fixed under a remark 7, a forward header with a translation artefact 11, a haste mark
with a link 11), the twenty-second's (the typo fixed in the export's edited copy 6, thin spaces with
a sign-off 7, a caption cut with a source note 3, lines rejoined with hashtags 4, spaced quotes with
a sign-off 2, emoji stripped in the RSS mirror 8, a source note with an emoji 11, the export's
edited copy with thin spaces 8, lines rejoined with a source note 4), the twenty-third's (a one-word
rubric with a sign-off 9, a relay prefix with emoji stripped 11, a translation note with spaced
quotes 3, a forward header with invisible characters 8, a rubric heading with a subscribe footer 9,
the lead repeated with hashtags 9, a one-word rubric with invisible characters 9, the lead repeated
with a subscribe footer 6, a translation note with thin spaces 7), and this set's (a paragraph split
with a sign-off 6, bullets with hashtags 5, a cut after an initial in the RSS mirror 2, capitals
with a sign-off 7, a "read more" line with an emoji 9, an export's header with Windows line ends 4,
MarkdownV2 escapes with hashtags 10, a shortened link under a remark 10, a paragraph split with
quotes 2, a cut after an initial with a sign-off 2, a "read more" line with a one-word rubric 9,
bullets with a sign-off 3, MarkdownV2 escapes with a relay prefix 9). :func:`_check` runs the
twenty-first's checks (unique ids, every copy after its original, keeping each word of its own slots
and adding no stem of a sibling's, every copy but truncations, cuts, typos and synonym edits keeping
every word of the statement, a feed title of the statement's words, every copy in its original's
language, no two stories with the same words, no text in two stories, siblings told apart), asserts
that the twenty-second's and the twenty-third's kinds did what they say, that every post comes from
this set's sources (keys of its own range), and that each new kind did what it says (the split at a
sentence's end, a bullet before every paragraph, an initial at the cut and the post's last word
gone, the capitals' words twice in a row, the "read more" line and no "…", "\r\n", an escape, a
shortener and not the post's link, the export's date stamp). Copies of posts under 16 words come
within six hours, longer posts' mostly within a day; about one in eight copies of a lasting post of
25 words or more comes 1-4 days later.

Seed 24: 1028 posts, 275 stories, 753 copies (412 of one kind, 341 of two at once; 160 within an
hour, 419 more within six hours, 150 more within a day, 24 a day or more later; 7 the channel's own
re-posts, 5 of them days later and 2 reworded), 52% of the posts in Russian, 33 sources; January to
June 2030. Seeds 1-3: 1017-1041 posts, the same 275 stories, 53-54% in Russian. Not yet scored: the
dedup was not run while the set was written.

Written blind by a helper in session 55: without reading how the detector works and without running it
(from how official channels, agencies, their reposters, bots and exports write). Read:
tests/dedup_eval_twentythird.py (the model: its sources, tables, ``_Maker23``, kinds and checks, and
most of its families), tests/dedup_eval_twentysecond.py's docstring, sources, tables, ``_Maker22``
and checks, tests/dedup_eval_twentyfirst.py's docstring and the definitions used here (``_Set``,
``_Story``, the slot machinery, the copy tables and helpers, ``_Draft``, ``_Maker``, ``KINDS``,
``_copies``, ``_check``, ``assemble``; not its families), tests/dedup_eval_set.py's opening (for
``Labelled``), the module docstrings of the other tests/dedup_eval_*.py (for the kinds already
covered), tg_archiver/archive/models.py (for SourceRef and Post) and /work/shared/samples/ (real
forwarded posts, for the wording). Not read: the rest of tg_archiver/, docs/, README.md, CHANGELOG
and every other test. Not run: git, pytest, the detector, the CLI, any scoring or any tg_archiver
code beyond importing tg_archiver.archive.models; only this module's build() for seeds 24, 1, 2 and
3 (its own checks pass; counts of its posts, stories, kinds and times for this docstring; no
duplicate keys) and ruff on this file. The slots, the copy makers, their kinds and the checks are
the twenty-first's, the twenty-second's and the twenty-third's, imported, not copied; written here
are the statements, the sources, the year's ``_on``, ``_Set24``, the maker's tables and the steps
that name a source or read a family's words, nine kinds of copy and thirteen pairs with them, and
checks of them.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import dedup_eval_twentyfirst as t21
import dedup_eval_twentysecond as t22
import dedup_eval_twentythird as t23
from dedup_eval_set import Labelled
from dedup_eval_twentyfirst import RU_MONTHS_SHORT, _Draft, _en, _ru, _Set, _Story, _words
from dedup_eval_twentysecond import EMOJI, EN_MONTHS_SHORT, GROUPED
from dedup_eval_twentythird import (
    MT_HEADS_EN,
    MT_HEADS_RU,
    MT_NOTES_EN,
    MT_NOTES_RU,
    RELAY,
    RUBRIC_FORMS,
    _lead,
    _Maker23,
)

from tg_archiver.archive.models import SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


KEY_RANGE = "-10023040000"  # this set's Telegram keys: -1002304000001 to -1002304000029
MFA = _tg("-1002304000001", "МИД России · Новости", "mid_rossii_novosti")
MFA_EN = _tg("-1002304000002", "Russian Foreign Ministry", "rusforeignministry")
GOV = _tg("-1002304000003", "Правительство России | Официально", "pravitelstvo_oficialno")
MINFIN = _tg("-1002304000004", "Минфин России | Официально", "minfin_oficialno")
MINTRANS = _tg("-1002304000005", "Минтранс России | Новости", "mintrans_novosti")
MINEK = _tg("-1002304000006", "Минэкономразвития России", "minek_oficialno")
FTS = _tg("-1002304000007", "ФТС России", "fts_rossii_tg")
MCHS = _tg("-1002304000008", "МЧС России | Оперативно", "mchs_operativno")
ROSAVTODOR = _tg("-1002304000009", "Росавтодор", "rosavtodor_oficialno")
CBR_EN = _tg("-1002304000010", "Bank of Russia | Official", "bankofrussia_official_en")
EMB_UZ = _tg("-1002304000011", "Посольство России в Узбекистане", "rusemb_uzbekistan")
EMB_VN = _tg("-1002304000012", "Russian Embassy in Vietnam", "rusembvietnam")
EMB_KE = _tg("-1002304000013", "Russian Embassy in Kenya", "rusembkenya")
VIENNA = _tg("-1002304000014", "Russian Mission in Vienna", "russia_vienna_mission")
GOV_NSK = _tg("-1002304000015", "Губернатор Новосибирской области", "nsk_gubernator_tg")
GOV_YAK = _tg("-1002304000016", "Глава Республики Саха (Якутия)", "glava_yakutii_tg")
EFIR = _tg("-1002304000017", "ИА «Эфир»", "efir_lenta")
VERTIKAL = _tg("-1002304000018", "Агентство «Вертикаль»", "vertikal_agency")
POLARIS = _tg("-1002304000019", "Polaris Wire", "polariswire")
BRIDGEPORT = _tg("-1002304000020", "Bridgeport News", "bridgeportnews")
REP1 = _tg("-1002304000021", "Главное сейчас", "glavnoe_seychas_tg")
REP2 = _tg("-1002304000022", "Сводка дня", "svodka_dnya_tg")
REP3 = _tg("-1002304000023", "Официальная хроника", "oficialnaya_hronika")
REP4 = _tg("-1002304000024", "Только факты", "tolko_fakty_news")
REP_EN = _tg("-1002304000025", "Russia Report Daily", "russiareportdaily")
REP_EN2 = _tg("-1002304000026", "Steppe & Taiga News", "steppetaiganews")
REP_EN3 = _tg("-1002304000027", "Official Russia Feed", "officialrussiafeed")
AGGR = _tg("-1002304000028", "Неделя: главное 📆", "nedelya_glavnoe")
AGGR_EN = _tg("-1002304000029", "The Week: Key News 📆", "theweek_keynews")
MIRROR = SourceRef(
    kind="feed",
    key="https://bridge.example.org/tg/gov-channels.rss",
    title="Gov channels (RSS bridge)",
)
SCRAPER = SourceRef(kind="import", key="scrape-2030-h1", title="tg-scrape-2030-h1.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2030-04.txt", title="forwards-2030-04.txt")
# a Telegram Desktop export turned into text: its "(edited)" marks and its date headers
EXPORT = SourceRef(kind="import", key="tdesktop-export-2030-06", title="ChatExport_2030-06-30")

RU_REPOSTERS = [REP1, REP2, REP3, REP4]
EN_REPOSTERS = [REP_EN, REP_EN2, REP_EN3]
AGENCIES = {EFIR.key, VERTIKAL.key, POLARIS.key, BRIDGEPORT.key}  # they pin nothing
# the earlier sets' copy makers send some copies to their own mirror, scraper, dump and export
# (whose names no copy's text carries): this set's stand in for them
STAND_INS = {
    t21.MIRROR.key: MIRROR,
    t21.SCRAPER.key: SCRAPER,
    t21.DUMP.key: DUMP,
    t22.MIRROR.key: MIRROR,
    t22.SCRAPER.key: SCRAPER,
    t22.DUMP.key: DUMP,
    t22.EXPORT.key: EXPORT,
    t23.MIRROR.key: MIRROR,
    t23.SCRAPER.key: SCRAPER,
    t23.DUMP.key: DUMP,
    t23.EXPORT.key: EXPORT,
}

# where a source's posts link to, and the city an agency's dateline gives them
SITES = {
    MFA.key: ("mid.ru", "https://mid.ru/ru/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    MFA_EN.key: ("mid.ru", "https://mid.ru/en/foreign_policy/news/{n}/", "МОСКВА", "MOSCOW"),
    GOV.key: ("government.ru", "http://government.ru/news/{n}/", "МОСКВА", "MOSCOW"),
    MINFIN.key: ("minfin.gov.ru", "https://minfin.gov.ru/ru/press-center/?id_4={n}", "МОСКВА", "MOSCOW"),
    MINTRANS.key: ("mintrans.gov.ru", "https://mintrans.gov.ru/press-center/news/{n}", "МОСКВА", "MOSCOW"),
    MINEK.key: ("economy.gov.ru", "https://www.economy.gov.ru/material/news/{n}.html", "МОСКВА", "MOSCOW"),
    FTS.key: ("customs.gov.ru", "https://customs.gov.ru/press/federal/document/{n}", "МОСКВА", "MOSCOW"),
    MCHS.key: ("mchs.gov.ru", "https://mchs.gov.ru/deyatelnost/press-centr/novosti/{n}", "МОСКВА", "MOSCOW"),
    ROSAVTODOR.key: ("rosavtodor.gov.ru", "https://rosavtodor.gov.ru/press-center/news/{n}", "МОСКВА", "MOSCOW"),
    CBR_EN.key: ("cbr.ru", "https://www.cbr.ru/eng/press/event/?id={n}", "МОСКВА", "MOSCOW"),
    EMB_UZ.key: ("uzbekistan.mid.ru", "https://uzbekistan.mid.ru/ru/press-centre/news/{n}/", "ТАШКЕНТ", "TASHKENT"),
    EMB_VN.key: ("vietnam.mid.ru", "https://vietnam.mid.ru/en/press-centre/news/{n}/", "ХАНОЙ", "HANOI"),
    EMB_KE.key: ("kenya.mid.ru", "https://kenya.mid.ru/en/press-centre/news/{n}/", "НАЙРОБИ", "NAIROBI"),
    VIENNA.key: ("vienna.mid.ru", "https://vienna.mid.ru/en/press-centre/news/{n}/", "ВЕНА", "VIENNA"),
    GOV_NSK.key: ("nso.ru", "https://www.nso.ru/news/{n}", "НОВОСИБИРСК", "NOVOSIBIRSK"),
    GOV_YAK.key: ("sakha.gov.ru", "https://www.sakha.gov.ru/news/front/view/id/{n}", "ЯКУТСК", "YAKUTSK"),
    EFIR.key: ("efir-news.example.ru", "https://efir-news.example.ru/lenta/{n}", "МОСКВА", "MOSCOW"),
    VERTIKAL.key: ("vertikal.example.ru", "https://vertikal.example.ru/news/{n}", "МОСКВА", "MOSCOW"),
    POLARIS.key: ("polariswire.example.com", "https://polariswire.example.com/world/{n}", "МОСКВА", "MOSCOW"),
    BRIDGEPORT.key: ("bridgeportnews.example.com", "https://bridgeportnews.example.com/story/{n}", "МОСКВА", "MOSCOW"),
}  # fmt: skip

# the channel's own lines under a post, one drawn for each statement ("{link}": its page)
SIGS = {
    MFA.key: ["", "", "\n\n#МИДРоссии #дипломатия", "\n\n🔗 {link}", "\n\n#МИД\n🔗 {link}", "\n\n[Подробнее]({link})"],
    MFA_EN.key: ["", "\n\n#Russia #Diplomacy", "\n\n🔗 {link}", "\n\n[Read in full]({link})"],
    GOV.key: ["", "\n\n#Правительство #Мишустин", "\n\n[Документ]({link})"],
    MINFIN.key: ["", "\n\n#Минфин #бюджет", "\n\n🔗 {link}"],
    MINTRANS.key: ["", "\n\n#Минтранс #транспорт"],
    MINEK.key: ["", "\n\n#Минэк #экономика"],
    FTS.key: ["", "\n\n#ФТС #таможня", "\n\n🔗 {link}"],
    MCHS.key: ["", "\n\n#МЧС #оперативно"],
    ROSAVTODOR.key: ["", "\n\n#Росавтодор #дороги"],
    CBR_EN.key: ["", "\n\n🔗 {link}", "\n\n#BankofRussia"],
    EMB_UZ.key: ["", "\n\n#Посольство #РоссияУзбекистан"],
    EMB_VN.key: ["", "\n\n#RussiaVietnam #Embassy", "\n\n🔗 {link}"],
    EMB_KE.key: ["", "\n\n#RussiaKenya #Embassy"],
    VIENNA.key: ["", "\n\n#IAEA #Vienna", "\n\n🔗 {link}"],
    GOV_NSK.key: ["", "\n\n#Новосибирскаяобласть #54регион"],
    GOV_YAK.key: ["", "\n\n#Якутия #14регион"],
    EFIR.key: ["", "", "\n\n#Эфир"],
    VERTIKAL.key: ["", "\n\n@vertikal_agency"],
    POLARIS.key: ["", "", "\n\n#world"],
    BRIDGEPORT.key: ["", "\n\n— BPN"],
}  # fmt: skip


def _on(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in Moscow time (UTC+3), kept in UTC: January to June 2030 (the earlier
    sets' ``_on`` are fixed to their own months, so this set has its own)."""
    return datetime(2030, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=3)


class _Set24(_Set):
    """The twenty-first's set with this set's sites, signatures and link numbers."""

    sites = SITES
    sigs = SIGS
    link_numbers = (5_100_000, 5_199_999)


# -- distinct statements ---------------------------------------------------------------------


def _notices(x: _Set24) -> None:
    """An announcement against the same announcement under a status line."""
    base = (
        "🎙 14 февраля в 12:00 в пресс-центре МИД России состоится брифинг официального"
        " представителя МИД России М.В.Захаровой.\n\nАккредитация представителей СМИ открыта"
        " до 18:00 13 февраля."
    )
    for head, at in (("", _on(2, 10, 15)), ("⚠️ ПЕРЕНЕСЕНО\n\n", _on(2, 13, 19))):
        x.add("notices", "nt1", MFA, at, head + base, lasting=False)
    base = (
        "⛷ 8 февраля в Новосибирске пройдёт Всероссийская массовая лыжная гонка «Лыжня"
        " России». Старт — в 11:00 на лыжной базе «Заельцовский бор».\n\nРегистрация участников"
        " открыта на портале «Спорт Новосибирской области»."
    )
    for head, at in (("", _on(1, 27, 11)), ("❌ ОТМЕНЕНО\n\n", _on(2, 6, 18))):
        x.add("notices", "nt2", GOV_NSK, at, head + base, lasting=False)
    base = (
        "🎖 On February 10, the Embassy will host a reception on the occasion of Diplomatic"
        " Workers' Day. The event will begin at 18:00 at the Ambassador's residence in Gigiri."
    )
    for head, at in (("", _on(2, 3, 10)), ("UPDATE: cancelled\n\n", _on(2, 9, 12))):
        x.add("notices", "nt3", EMB_KE, at, head + base, lasting=False)
    base = (
        "📅 A press briefing by the Permanent Representative of Russia on the agenda of the IAEA"
        " Board of Governors will take place on March 3 at 10:00 at the Permanent Mission"
        " (Erzherzog-Karl-Strasse 182)."
    )
    for head, at in (("", _on(2, 26, 16)), ("POSTPONED\n\n", _on(3, 2, 17))):
        x.add("notices", "nt4", VIENNA, at, head + base, lasting=False)
    base = (
        "🚐 24 января сотрудники консульского отдела Посольства проведут выездной консульский"
        " приём граждан в Самарканде. Запись — по телефону консульского отдела до 22 января."
    )
    for head, at in (
        ("", _on(1, 15, 10)),
        ("❗️ПЕРЕНОСИТСЯ\n\n", _on(1, 21, 16)),
        ("❗️ОТМЕНЯЕТСЯ\n\n", _on(1, 23, 9)),
    ):
        x.add("notices", "nt5", EMB_UZ, at, head + base, lasting=False)
    base = (
        "📅 Foreign Minister Sergey Lavrov will hold a news conference on the results of Russian"
        " diplomacy in 2029 on January 21 at 11:00 Moscow time.\n\nAccreditation requests are"
        " accepted until 18:00 on January 19."
    )
    for head, at in (("", _on(1, 14, 14)), ("⚠️ POSTPONED\n\n", _on(1, 20, 13))):
        x.add("notices", "nt6", MFA_EN, at, head + base, lasting=False)
    base = (
        "🗓 The Bank of Russia will hold a webinar for exporters on the new rules for the sale of"
        " foreign currency earnings on April 9 at 14:00 Moscow time. Registration is open on"
        " the Bank's website."
    )
    for head, at in (("", _on(4, 1, 11)), ("UPDATE: postponed\n\n", _on(4, 8, 10))):
        x.add("notices", "nt7", CBR_EN, at, head + base, lasting=False)


def _scope(x: _Set24) -> None:
    """Partially against fully."""
    for w, at in (("частично", _on(1, 9, 8)), ("полностью", _on(1, 9, 14))):
        x.add(
            "scope", "sc1", MINTRANS, at,
            "🚆 Движение поездов на участке Тайшет — Вихоревка Восточно-Сибирской железной"
            f" дороги {w} восстановлено после схода порожних вагонов.\n\nПассажирские поезда"
            " следуют с отклонением от графика до трёх часов. Ход восстановительных работ на"
            " месте контролирует заместитель министра транспорта В.С.Никитин.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("частично", _on(1, 12, 9)), ("полностью", _on(1, 13, 10))):
        x.add(
            "scope", "sc2", GOV_YAK, at,
            f"⚡️ Электроснабжение в Верхоянском районе {w} восстановлено. Аварийные бригады"
            " работали при температуре минус 48 градусов.\n\nБлагодарю энергетиков за"
            " самоотверженный труд!",
            lasting=False,
        )  # fmt: skip
    for w, at in (("partially", _on(2, 20, 17)), ("fully", _on(5, 21, 17))):
        x.add(
            "scope", "sc3", CBR_EN, at,
            f"🏦 The Bank of Russia has {w} lifted the restrictions on transfers abroad by"
            " non-residents from friendly countries. The decision takes effect on the day after"
            " its publication.",
        )  # fmt: skip
    for w, at in (("partially", _on(6, 2, 9)), ("fully", _on(6, 2, 19))):
        x.add(
            "scope", "sc4", EMB_VN, at,
            "✈️ Operations at Tan Son Nhat International Airport in Ho Chi Minh City have been"
            f" {w} restored following Typhoon Kajiki.\n\nRussian tourists are advised to check"
            " the status of their flights with the airlines.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("partially", _on(4, 22, 13)), ("fully", _on(4, 24, 9))):
        x.add(
            "scope", "sc5", POLARIS, at,
            f"Russia {w} reopens Upper Lars border crossing to trucks after landslide, border"
            " service says",
            lasting=False,
        )  # fmt: skip


def _durations(x: _Set24) -> None:
    """Temporarily against for good; for one term against another or none."""
    for w, at in (("временно", _on(2, 3, 12)), ("окончательно", _on(4, 14, 12))):
        x.add(
            "durations", "du1", EMB_UZ, at,
            f"🏢 Консульский пункт Посольства в Самарканде {w} закрыт. Граждане России могут"
            " обращаться в консульский отдел Посольства в Ташкенте по предварительной записи.",
        )  # fmt: skip
    for w, at in (("temporarily", _on(3, 4, 13)), ("permanently", _on(5, 6, 13))):
        x.add(
            "durations", "du2", MFA_EN, at,
            f"The Russian Consulate General in Mazar-i-Sharif has been {w} closed. Consular"
            " services for Russian citizens in the northern provinces of Afghanistan are"
            " provided by the Embassy in Kabul, Director of the Foreign Ministry's Consular"
            " Department A. V. Klimenko said.",
        )  # fmt: skip
    for w, at in (("на сутки", _on(1, 18, 7)), ("на трое суток", _on(1, 18, 16))):
        x.add(
            "durations", "du3", MINTRANS, at,
            f"⛴ Паромная переправа Керчь — Кавказ закрыта {w} из-за шторма. Информацию о"
            " возобновлении движения уточняйте на сайте перевозчика и в кассах порта.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("for six months", _on(2, 27, 12)), ("indefinitely", _on(6, 4, 12))):
        x.add(
            "durations", "du4", BRIDGEPORT, at,
            f"Russia bans gasoline exports {w}, government says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("временный", _on(3, 12, 16)), ("бессрочный", _on(5, 14, 16))):
        x.add(
            "durations", "du5", GOV, at,
            f"📄 Правительство ввело {w} запрет на вывоз сахара за пределы ЕАЭС."
            " Соответствующее постановление подписал Михаил Мишустин.",
        )  # fmt: skip
    for w, at in (("temporarily", _on(1, 8, 10)), ("permanently", _on(3, 19, 10))):
        x.add(
            "durations", "du6", EMB_KE, at,
            f"🏢 The Consular Section has {w} moved to new premises at 12 Lenana Road,"
            " Kilimani.\n\nThe Embassy's telephone numbers and e-mail addresses remain"
            " unchanged.",
        )  # fmt: skip


def _flows(x: _Set24) -> None:
    """Exports against imports; inbound against outbound; entry against exit."""
    for w, at in (
        ("экспорта", _on(3, 18, 11)),
        ("импорта", _on(3, 25, 11)),
        ("товарооборота", _on(4, 1, 11)),
    ):
        x.add(
            "flows", "fl1", FTS, at,
            f"📦 Стоимостной объём {w} России со странами АСЕАН в январе — феврале 2030 года"
            " составил 6,8 млрд долларов США.\n\nКрупнейшими торговыми партнёрами остаются"
            " Вьетнам, Индонезия и Малайзия.",
        )  # fmt: skip
    for w, at in (("exports", _on(4, 10, 19)), ("imports", _on(4, 17, 19))):
        x.add(
            "flows", "fl2", CBR_EN, at,
            f"📊 Russia's {w} of goods amounted to $34.2 billion in March, according to the Bank"
            " of Russia's preliminary estimate of the balance of payments.",
        )  # fmt: skip
    for w, at in (("въездного", _on(4, 16, 15)), ("выездного", _on(4, 23, 15))):
        x.add(
            "flows", "fl3", MINEK, at,
            f"✈️ Поток {w} туризма в первом квартале 2030 года вырос на 18% по сравнению с тем"
            " же периодом прошлого года.\n\nОб этом сообщил заместитель министра экономического"
            " развития Д.В.Вахруков на заседании Совета по туризму.",
        )  # fmt: skip
    for w, at in (("exports to", _on(5, 12, 11)), ("imports from", _on(5, 19, 11))):
        x.add(
            "flows", "fl4", EMB_VN, at,
            f"🇷🇺🇻🇳 In January–April, Vietnam's {w} Russia grew by 21% year on year, the Trade"
            " Representation of Russia in Vietnam reports.",
        )  # fmt: skip
    for w, at in (("exports to", _on(2, 14, 10)), ("imports from", _on(2, 21, 10))):
        x.add(
            "flows", "fl5", POLARIS, at,
            f"Russia's electricity {w} Kazakhstan doubled in January, grid operator says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("въезд в Россию", _on(6, 9, 14)), ("выезд из России", _on(6, 9, 18))):
        x.add(
            "flows", "fl6", VERTIKAL, at,
            f"На МАПП «Верхний Ларс» ограничен {w} грузовых автомобилей из-за схода селя,"
            " сообщили в ФТС",
            lasting=False,
        )  # fmt: skip


def _entries(x: _Set24) -> None:
    """A single-entry, a double-entry and a multiple-entry visa."""
    for w, at in (
        ("однократную", _on(2, 17, 12)),
        ("двукратную", _on(2, 24, 12)),
        ("многократную", _on(3, 3, 12)),
    ):
        x.add(
            "entries", "en1", MFA, at,
            f"🛂 С 1 апреля 2030 года иностранные граждане смогут оформить {w} электронную"
            " визу для въезда в Россию.\n\nОб этом сообщил директор Консульского департамента"
            " МИД России А.В.Клименко. Срок пребывания по такой визе — до 30 дней.",
        )  # fmt: skip
    for w, at in (("single-entry", _on(1, 22, 10)), ("multiple-entry", _on(2, 11, 10))):
        x.add(
            "entries", "en2", EMB_VN, at,
            f"🛂 Vietnam will issue {w} e-visas valid for 90 days to Russian citizens from"
            " March 1. Applications are submitted on the portal of the Vietnam Immigration"
            " Department.",
        )  # fmt: skip
    for w, at in (("single-entry", _on(3, 10, 9)), ("multiple-entry", _on(5, 5, 9))):
        x.add(
            "entries", "en3", EMB_KE, at,
            f"📰 The Embassy issues {w} visas to Kenyan journalists accredited to cover events"
            " in Russia. Applications are accepted on weekdays from 9:00 to 12:00.",
        )  # fmt: skip
    for w, at in (("однократных", _on(2, 6, 17)), ("многократных", _on(4, 9, 17))):
        x.add(
            "entries", "en4", GOV, at,
            f"📄 Правительство утвердило порядок выдачи {w} деловых виз сроком до пяти лет"
            " высококвалифицированным специалистам из стран БРИКС.",
        )  # fmt: skip
    for w, at in (("single-entry", _on(1, 29, 16)), ("multiple-entry", _on(3, 26, 16))):
        x.add(
            "entries", "en5", MFA_EN, at,
            f"🇷🇺🇴🇲 Russia and Oman have agreed to issue {w} visas to holders of ordinary"
            " passports travelling on business.\n\nThe agreement was reached at the"
            " consultations in Muscat, Deputy Foreign Minister M. L. Bogdanov told reporters.",
        )  # fmt: skip
    for w, at in (("двукратные", _on(5, 27, 13)), ("многократные", _on(6, 3, 13))):
        x.add(
            "entries", "en6", EFIR, at,
            f"Китай начнёт выдавать россиянам {w} туристические визы сроком на год, сообщили в"
            " посольстве КНР",
            lasting=False,
        )  # fmt: skip


def _markers(x: _Set24) -> None:
    """A road's or a river's kilometre marker."""
    for w, at in (("147", _on(3, 4, 10)), ("174", _on(3, 11, 10))):
        x.add(
            "markers", "mk1", ROSAVTODOR, at,
            f"🚧 С 10 марта на {w}-м километре трассы М-11 «Нева» вводится реверсивное движение"
            " на время ремонта путепровода. Работы продлятся до 30 апреля.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("1245", _on(1, 24, 6)), ("1254", _on(1, 24, 9))):
        x.add(
            "markers", "mk2", MCHS, at,
            f"❗️ Из-за ДТП с участием двух грузовых автомобилей на {w}-м км трассы Р-255"
            " «Сибирь» в Кемеровской области ограничено движение. Организован объезд.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("1920", _on(5, 7, 8)), ("1290", _on(5, 9, 8))):
        x.add(
            "markers", "mk3", GOV_YAK, at,
            f"🧊 Подвижка льда зафиксирована на {w}-м километре реки Лены в районе"
            " Олёкминска.\n\nПрошу жителей прибрежных сёл быть внимательными и следить за"
            " сообщениями МЧС.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("138", _on(3, 15, 11)), ("183", _on(3, 28, 11))):
        x.add(
            "markers", "mk4", POLARIS, at,
            f"Rockfall blocks Transcaucasian highway near km {w}, Russia's emergencies ministry"
            " says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("47", _on(4, 2, 9)), ("74", _on(4, 9, 9))):
        x.add(
            "markers", "mk5", EMB_KE, at,
            f"🚧 Due to roadworks at km {w} of the Nairobi–Nakuru highway, Russian citizens"
            " travelling to Lake Naivasha should expect delays of up to two hours.",
            lasting=False,
        )  # fmt: skip


def _contacts(x: _Set24) -> None:
    """An address's house or room number, an e-mail address's name."""
    for w, at in (("83", _on(1, 27, 11)), ("38", _on(2, 17, 11))):
        x.add(
            "contacts", "ct1", EMB_UZ, at,
            "📍 С 3 февраля консульский отдел Посольства принимает граждан по новому адресу:"
            f" г. Ташкент, ул. Нукус, д. {w}.\n\nНомера телефонов и режим работы не изменились.",
        )  # fmt: skip
    for w, at in (("consnairobi", _on(2, 12, 10)), ("visanairobi", _on(4, 21, 10))):
        x.add(
            "contacts", "ct2", EMB_KE, at,
            "📧 Applications for visas and consular certificates should now be sent to"
            f" {w}@mid.ru. Applications sent to other addresses will not be considered.",
        )  # fmt: skip
    for w, at in (("214", _on(2, 2, 12)), ("241", _on(2, 9, 12))):
        x.add(
            "contacts", "ct3", GOV_NSK, at,
            "📝 Приём документов на региональные гранты для молодёжи ведётся в кабинете"
            f" {w} областного правительства (Красный проспект, 18) до 28 февраля.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("press", _on(4, 2, 16)), ("media", _on(4, 3, 16))):
        x.add(
            "contacts", "ct4", MFA_EN, at,
            f"📝 Requests for accreditation to cover the talks should be sent to {w}@mid.ru by"
            " 18:00 Moscow time on April 7.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("22", _on(3, 5, 10)), ("27", _on(5, 28, 10))):
        x.add(
            "contacts", "ct5", EMB_VN, at,
            f"📍 The Consulate General of Russia in Da Nang has moved to {w} Tran Phu Street,"
            " Hai Chau District. Office hours remain unchanged.",
        )  # fmt: skip


def _fractions(x: _Set24) -> None:
    """A half, a third or a quarter; every second against every third."""
    for w, at in (
        ("половина", _on(3, 20, 12)),
        ("треть", _on(3, 27, 12)),
        ("четверть", _on(4, 3, 12)),
    ):
        x.add(
            "fractions", "fr1", MINEK, at,
            f"📊 По данным опроса Минэкономразвития, {w} малых и средних предприятий планируют"
            " увеличить инвестиции в 2030 году.\n\nОпрос проводился в феврале среди 12 тысяч"
            " компаний из 85 регионов.",
        )  # fmt: skip
    for w, at in (("Half", _on(4, 24, 15)), ("One third", _on(5, 22, 15))):
        x.add(
            "fractions", "fr2", CBR_EN, at,
            f"🏠 {w} of new mortgage loans in March were issued under state-subsidised"
            " programmes, the Bank of Russia said in its review of the mortgage market.",
        )  # fmt: skip
    for w, at in (("каждый второй", _on(1, 16, 11)), ("каждый третий", _on(2, 19, 11))):
        x.add(
            "fractions", "fr3", GOV_YAK, at,
            f"🎓 В 2029 году {w} выпускник школ республики поступил в вузы и колледжи Якутии."
            " Это лучший показатель за последние десять лет.",
        )  # fmt: skip
    for w, at in (("third", _on(6, 12, 12)), ("quarter", _on(6, 19, 12))):
        x.add(
            "fractions", "fr4", BRIDGEPORT, at,
            f"Aeroflot to retire a {w} of its Airbus fleet by 2032, CEO tells shareholders",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Две трети", _on(5, 14, 10)), ("Три четверти", _on(5, 21, 10))):
        x.add(
            "fractions", "fr5", VERTIKAL, at,
            f"{w} россиян планируют провести летний отпуск внутри страны, показал опрос ВЦИОМ",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Half", _on(1, 31, 9)), ("A quarter", _on(2, 14, 9))):
        x.add(
            "fractions", "fr6", EMB_VN, at,
            f"🎓 {w} of the 140 Russian government scholarships for Vietnamese students in"
            " 2030/31 are allocated to medical and engineering programmes.\n\nApplications are"
            " accepted until March 31.",
        )  # fmt: skip


def _inclusions(x: _Set24) -> None:
    """Including against excluding; with VAT against without it."""
    for w, at in (("с учётом", _on(2, 5, 13)), ("без учёта", _on(2, 19, 13))):
        x.add(
            "inclusions", "in1", MINFIN, at,
            "💰 Плата за предоставление выписки из государственного реестра составит 1 500"
            f" рублей {w} НДС. Приказ Минфина России вступает в силу с 1 марта.",
        )  # fmt: skip
    for w, at in (("including", _on(3, 12, 18)), ("excluding", _on(3, 13, 18))):
        x.add(
            "inclusions", "in2", CBR_EN, at,
            f"💸 Individuals may transfer up to $1 million a month abroad {w} transfers between"
            " their own accounts, the Bank of Russia said.",
        )  # fmt: skip
    for w, at in (
        ("кроме Москвы и Санкт-Петербурга", _on(4, 4, 15)),
        ("включая Москву и Санкт-Петербург", _on(4, 25, 15)),
    ):
        x.add(
            "inclusions", "in3", GOV, at,
            f"📄 Дополнительные средства на ремонт школ получат все регионы, {w}, сообщил"
            " Михаил Мишустин на заседании Правительства.\n\nОбщий объём финансирования"
            " составит 18 млрд рублей.",
        )  # fmt: skip
    for w, at in (("с", _on(3, 11, 12)), ("без", _on(3, 11, 17))):
        x.add(
            "inclusions", "in4", MINTRANS, at,
            "🛣 С 1 апреля тариф на проезд по платному участку трассы М-12 для легковых"
            f" автомобилей составит 4,2 рубля за километр {w} НДС.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("including", _on(1, 20, 11)), ("excluding", _on(2, 24, 11))):
        x.add(
            "inclusions", "in5", EMB_KE, at,
            f"💳 The consular fee for a tourist visa is KES 9,500 {w} the bank commission."
            " Payment is accepted by bank transfer only.",
        )  # fmt: skip
    for w, at in (("excluding", _on(5, 13, 16)), ("including", _on(5, 13, 19))):
        x.add(
            "inclusions", "in6", BRIDGEPORT, at,
            f"Russia's budget revenue rose 14% in January-April {w} oil and gas, finance"
            " ministry says",
            lasting=False,
        )  # fmt: skip


def _bases(x: _Set24) -> None:
    """One base of a figure against another: year on year or month on month, real or nominal,
    net or gross, domestic or external."""
    for w, at in (
        ("в годовом выражении", _on(4, 28, 17)),
        ("к предыдущему месяцу", _on(5, 5, 17)),
    ):
        x.add(
            "bases", "ba1", MINEK, at,
            f"📈 Рост ВВП в марте 2030 года составил 2,1% {w}. Об этом сообщил министр"
            " экономического развития М.Г.Решетников на совещании в Правительстве.",
        )  # fmt: skip
    for w, at in (("a seasonally adjusted", _on(5, 15, 18)), ("an unadjusted", _on(5, 16, 18))):
        x.add(
            "bases", "ba2", CBR_EN, at,
            f"📊 Core inflation was 4.8% in April on {w} basis, according to the Bank of"
            " Russia's monthly review of inflation.",
        )  # fmt: skip
    for w, at in (("Реальные", _on(5, 29, 19)), ("Номинальные", _on(6, 5, 19))):
        x.add(
            "bases", "ba3", VERTIKAL, at,
            f"{w} зарплаты в России выросли на 7,2% в первом квартале, сообщил Росстат",
            lasting=False,
        )  # fmt: skip
    for w, at in (("net", _on(4, 11, 12)), ("gross", _on(4, 11, 15))):
        x.add(
            "bases", "ba4", POLARIS, at,
            f"Russia's {w} capital outflow reached $12 billion in Q1, central bank says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("внутреннего", _on(4, 14, 11)), ("внешнего", _on(5, 13, 11))):
        x.add(
            "bases", "ba5", MINFIN, at,
            f"💼 Объём {w} государственного долга Российской Федерации на 1 апреля 2030 года"
            " составил 24,6 трлн рублей.\n\nДанные опубликованы на сайте Министерства"
            " финансов.",
        )  # fmt: skip
    for w, at in (("year on year", _on(4, 6, 10)), ("quarter on quarter", _on(4, 8, 10))):
        x.add(
            "bases", "ba6", EMB_VN, at,
            f"📈 Vietnam's GDP grew by 6.9% {w} in the first quarter of 2030, the General"
            " Statistics Office reported.",
        )  # fmt: skip


def _stats(x: _Set24) -> None:
    """An average, a median, a maximum or a minimum of one figure."""
    for w, at in (("Средняя", _on(5, 30, 16)), ("Медианная", _on(6, 6, 16))):
        x.add(
            "stats", "sa1", MINEK, at,
            f"📊 {w} начисленная заработная плата в марте 2030 года составила 89 400 рублей,"
            " сообщили в Минэкономразвития.",
        )  # fmt: skip
    for w, at in (("Минимальная", _on(1, 21, 8)), ("Средняя", _on(1, 22, 8))):
        x.add(
            "stats", "sa2", GOV_YAK, at,
            f"🥶 {w} температура воздуха в Оймяконе этой ночью составила минус 54 градуса.\n\n"
            "Занятия в школах для учащихся 1–9 классов отменены.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("maximum", _on(5, 26, 17)), ("average", _on(6, 2, 17))):
        x.add(
            "stats", "sa3", CBR_EN, at,
            f"📈 The {w} interest rate on rouble deposits in the ten largest banks was 17.8% in"
            " the second ten days of May.",
        )  # fmt: skip
    for w, at in (("Peak", _on(2, 3, 14)), ("Average", _on(2, 4, 14))):
        x.add(
            "stats", "sa4", BRIDGEPORT, at,
            f"{w} daily gas consumption in Russia reached 1.9 billion cubic metres in January,"
            " Gazprom says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Средневзвешенная", _on(3, 18, 17)), ("Максимальная", _on(3, 18, 18))):
        x.add(
            "stats", "sa5", MINFIN, at,
            f"💰 {w} доходность по выпуску ОФЗ-ПД 26248 на аукционе составила 15,12% годовых."
            " Объём размещения — 48,6 млрд рублей.",
            lasting=False,
        )  # fmt: skip


def _acts(x: _Set24) -> None:
    """One kind of act against another: a decree, a resolution, an order, a law."""
    for w, at in (("постановление", _on(2, 12, 18)), ("распоряжение", _on(3, 5, 18))):
        x.add(
            "acts", "ac1", GOV, at,
            f"📄 Михаил Мишустин подписал {w} о выделении 2,4 млрд рублей на закупку"
            " санитарного транспорта для регионов Дальнего Востока.",
        )  # fmt: skip
    for w, at in (("decree", _on(4, 29, 13)), ("law", _on(5, 27, 13))):
        x.add(
            "acts", "ac2", POLARIS, at,
            f"Putin signs {w} simplifying citizenship for foreign graduates of Russian"
            " universities",
            lasting=False,
        )  # fmt: skip
    for w, at in (("указ", _on(3, 24, 16)), ("постановление", _on(3, 31, 16))):
        x.add(
            "acts", "ac3", GOV_NSK, at,
            f"📝 Подписал {w} о создании особой экономической зоны «Академпарк-2» в"
            " Новосибирской области.\n\nДокумент опубликован на официальном интернет-портале"
            " правовой информации.",
        )  # fmt: skip
    for w, at in (("Ordinance", _on(4, 23, 17)), ("Instruction", _on(5, 7, 17))):
        x.add(
            "acts", "ac4", CBR_EN, at,
            f"📄 The Bank of Russia has issued an {w} on the procedure for the sale of foreign"
            " currency earnings by exporters. The document takes effect on June 1, 2030.",
        )  # fmt: skip
    for w, at in (("указ", _on(6, 10, 12)), ("закон", _on(6, 17, 12))):
        x.add(
            "acts", "ac5", VERTIKAL, at,
            f"Путин подписал {w} о национальных целях развития России до 2036 года",
            lasting=False,
        )  # fmt: skip


def _signs(x: _Set24) -> None:
    """Above against below; a surplus against a deficit; a profit against a loss."""
    for w, at in (("выше", _on(1, 6, 18)), ("ниже", _on(1, 13, 18))):
        x.add(
            "signs", "sg1", GOV_NSK, at,
            "🌡 В ближайшие пять дней температура воздуха в регионе будет на 8–10 градусов"
            f" {w} климатической нормы.\n\nПрошу жителей соблюдать меры предосторожности.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("профицитом", _on(5, 15, 19)), ("дефицитом", _on(5, 22, 19))):
        x.add(
            "signs", "sg2", MINFIN, at,
            f"💰 Федеральный бюджет по итогам января — апреля 2030 года исполнен с {w} в размере"
            " 0,4 трлн рублей. Доходы составили 12,6 трлн рублей, сообщил министр финансов"
            " А.Г.Силуанов в Государственной Думе.",
        )  # fmt: skip
    for w, at in (("surplus", _on(4, 9, 19)), ("deficit", _on(4, 10, 19))):
        x.add(
            "signs", "sg3", CBR_EN, at,
            f"📊 Russia's current account {w} was $11.4 billion in January–March, according to"
            " the Bank of Russia's preliminary estimate.",
        )  # fmt: skip
    for w, at in (("profit", _on(4, 30, 9)), ("loss", _on(5, 2, 9))):
        x.add(
            "signs", "sg4", BRIDGEPORT, at,
            f"Russian Railways posts net {w} of 12 billion roubles for 2029, company says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("чистую прибыль", _on(3, 27, 9)), ("чистый убыток", _on(3, 27, 11))):
        x.add(
            "signs", "sg5", VERTIKAL, at,
            f"«Аэрофлот» по итогам 2029 года получил {w} в размере 18,4 млрд рублей по МСФО,"
            " сообщили в компании",
            lasting=False,
        )  # fmt: skip


def _timeliness(x: _Set24) -> None:
    """Ahead of schedule, on schedule or behind it."""
    for w, at in (("досрочно", _on(5, 29, 10)), ("в установленный срок", _on(6, 2, 10))):
        x.add(
            "timeliness", "tl1", ROSAVTODOR, at,
            "🌉 Капитальный ремонт моста через Обь на трассе Р-256 «Чуйский тракт» завершён"
            f" {w}.\n\nДвижение по всем полосам открыто с 6:00.",
        )  # fmt: skip
    for w, at in (("с опережением", _on(2, 18, 15)), ("с отставанием от", _on(4, 15, 15))):
        x.add(
            "timeliness", "tl2", MINTRANS, at,
            "🚄 Строительство высокоскоростной магистрали Москва — Санкт-Петербург ведётся"
            f" {w} графика. Об этом сообщил заместитель министра транспорта В.С.Никитин на"
            " совещании в Твери.",
        )  # fmt: skip
    for w, at in (("ahead of schedule", _on(3, 14, 11)), ("on schedule", _on(3, 21, 11))):
        x.add(
            "timeliness", "tl3", EMB_VN, at,
            "🏗 The first stage of the Russian–Vietnamese Science and Technology Centre campus"
            f" in Hanoi was completed {w}. The new laboratories will open in September.",
        )  # fmt: skip
    for w, at in (
        ("ahead of schedule", _on(5, 8, 10)),
        ("on schedule", _on(5, 9, 10)),
        ("behind schedule", _on(5, 11, 10)),
    ):
        x.add(
            "timeliness", "tl4", POLARIS, at,
            f"Russia's Amur gas processing plant launches sixth line {w}, Gazprom says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("по графику", _on(4, 7, 13)), ("с отставанием от графика", _on(4, 28, 13))):
        x.add(
            "timeliness", "tl5", GOV_NSK, at,
            f"🏫 Строительство школы на 1 100 мест в Кировском районе идёт {w}. Открыть её"
            " планируем к 1 сентября 2030 года.",
        )  # fmt: skip
    for w, at in (("ahead of schedule", _on(2, 25, 12)), ("on schedule", _on(3, 4, 12))):
        x.add(
            "timeliness", "tl6", EMB_KE, at,
            "🌾 The delivery of 25,000 tonnes of Russian humanitarian wheat to Kenya was"
            f" completed {w}, the Embassy said.\n\nThe grain will be distributed by the World"
            " Food Programme in the arid counties of the north.",
        )  # fmt: skip


def _persons(x: _Set24) -> None:
    """A man against a woman (or a child)."""
    for w, at in (("задержан гражданин", _on(1, 10, 13)), ("задержана гражданка", _on(2, 7, 13))):
        x.add(
            "persons", "ps1", MFA, at,
            f"❗️ В Паттайе {w} России. Генеральное консульство России в Паттайе поддерживает"
            " контакт с местными властями и оказывает необходимое консульское содействие.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("man", _on(3, 16, 14)), ("woman", _on(4, 20, 14))):
        x.add(
            "persons", "ps2", EMB_KE, at,
            f"🚑 A Russian {w} was injured in a road accident near Mombasa on Saturday. Embassy"
            " staff are in contact with the hospital and the relatives.",
            lasting=False,
        )  # fmt: skip
    for w, at in (
        ("задержанного в Ташкенте гражданина", _on(2, 26, 15)),
        ("задержанную в Ташкенте гражданку", _on(3, 17, 15)),
    ):
        x.add(
            "persons", "ps3", EMB_UZ, at,
            f"👤 Сотрудники консульского отдела Посольства посетили {w} России. Жалоб на"
            " условия содержания не поступало.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("man", _on(6, 15, 8)), ("woman", _on(6, 15, 11)), ("child", _on(6, 16, 9))):
        x.add(
            "persons", "ps4", POLARIS, at,
            f"Russian {w} rescued after boat capsizes in Vietnam's Ha Long Bay, embassy says",
            lasting=False,
        )  # fmt: skip
    for w, at in (
        ("Турист из Москвы пострадал", _on(2, 15, 16)),
        ("Туристка из Москвы пострадала", _on(2, 15, 18)),
    ):
        x.add(
            "persons", "ps5", VERTIKAL, at,
            f"{w} при сходе лавины на Эльбрусе, сообщили в МЧС",
            lasting=False,
        )  # fmt: skip


def _sittings(x: _Set24) -> None:
    """A regular session against an extraordinary or emergency one."""
    for w, at in (("Очередное", _on(3, 28, 12)), ("Внеочередное", _on(3, 30, 12))):
        x.add(
            "sittings", "si1", MFA, at,
            f"🇷🇺 {w} заседание Совета министров иностранных дел СНГ состоится 4 апреля в"
            " Минске.\n\nДелегацию Российской Федерации возглавит Министр иностранных дел"
            " России С.В.Лавров.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("A regular", _on(2, 20, 11)), ("An extraordinary", _on(2, 24, 11))):
        x.add(
            "sittings", "si2", VIENNA, at,
            f"🏛 {w} session of the IAEA Board of Governors will be held on March 2 in Vienna."
            " The Russian delegation will be headed by the Permanent Representative"
            " M. I. Ulyanov.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Очередная", _on(2, 19, 10)), ("Внеочередная", _on(2, 21, 10))):
        x.add(
            "sittings", "si3", GOV_NSK, at,
            f"🏛 {w} сессия Законодательного собрания Новосибирской области пройдёт 26"
            " февраля. В повестке — 28 вопросов, в том числе поправки в областной бюджет на"
            " 2030 год.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("an emergency special", _on(1, 23, 20)), ("a special", _on(1, 24, 20))):
        x.add(
            "sittings", "si4", BRIDGEPORT, at,
            f"UN General Assembly to hold {w} session on the Middle East next week, diplomats"
            " say",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Внеочередная", _on(3, 10, 10)), ("Очередная", _on(3, 12, 10))):
        x.add(
            "sittings", "si5", GOV_YAK, at,
            f"🏛 {w} сессия Государственного Собрания (Ил Тумэн) Республики Саха (Якутия)"
            " откроется 18 марта.\n\nДепутаты рассмотрят законопроект о поддержке северного"
            " завоза.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("An emergency", _on(1, 30, 19)), ("A regular", _on(2, 27, 19))):
        x.add(
            "sittings", "si6", MFA_EN, at,
            f"🤝 {w} meeting of the CSTO Permanent Council was held in Moscow on the situation"
            " on the Tajik–Afghan border.",
        )  # fmt: skip


def _fees(x: _Set24) -> None:
    """Free of charge against for a fee (or at a discount)."""
    for w, at in (("бесплатно", _on(1, 29, 10)), ("на платной основе", _on(3, 31, 10))):
        x.add(
            "fees", "fe1", EMB_UZ, at,
            "📄 Справки о наличии (отсутствии) судимости гражданам России в консульском отделе"
            f" Посольства выдаются {w}. Срок оформления — до 30 дней.",
        )  # fmt: skip
    for w, at in (("free of charge", _on(1, 17, 12)), ("fee-based", _on(2, 5, 12))):
        x.add(
            "fees", "fe2", EMB_VN, at,
            "🎓 Russian language courses at the Russian Centre of Science and Culture in Hanoi"
            f" are {w}.\n\nEnrolment for the spring term is open until February 20.",
        )  # fmt: skip
    for w, at in (("бесплатным", _on(5, 4, 12)), ("льготным", _on(5, 5, 12))):
        x.add(
            "fees", "fe3", GOV_NSK, at,
            "🚌 9 мая проезд в общественном транспорте Новосибирска для ветеранов и"
            f" сопровождающих их лиц будет {w}.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("платным", _on(2, 10, 11)), ("бесплатным", _on(2, 20, 11))):
        x.add(
            "fees", "fe4", MINTRANS, at,
            f"🛣 С 1 марта проезд по обходу Тольятти станет {w} для легковых автомобилей."
            " Стоимость проезда для грузового транспорта не изменится.",
        )  # fmt: skip
    for w, at in (("free of charge", _on(3, 23, 10)), ("for a fee of USD 30", _on(3, 30, 10))):
        x.add(
            "fees", "fe5", EMB_KE, at,
            "📑 Visa applications from participants of the Russia–Africa Youth Forum are"
            f" processed {w}. The Embassy asks applicants to submit their documents by April"
            " 15.",
        )  # fmt: skip
    for w, at in (("свободный", _on(2, 4, 11)), ("по пригласительным билетам", _on(2, 6, 11))):
        x.add(
            "fees", "fe6", MFA, at,
            "🖼 Вход на выставку «Дипломатия в лицах», которая откроется 12 февраля в Доме"
            f" приёмов МИД России, {w}.",
            lasting=False,
        )  # fmt: skip


def _forms(x: _Set24) -> None:
    """Online against on paper or in person; an original against a certified copy."""
    for w, at in (
        ("только в электронном виде", _on(1, 13, 12)),
        ("на бумажном носителе", _on(4, 1, 12)),
    ):
        x.add(
            "forms", "fo1", MFA, at,
            "📝 Заявления на оформление заграничного паспорта нового образца в консульских"
            f" учреждениях России принимаются {w}.\n\nПодробная информация размещена на сайте"
            " Консульского департамента.",
        )  # fmt: skip
    for w, at in (("the original", _on(2, 18, 10)), ("a certified copy", _on(5, 19, 10))):
        x.add(
            "forms", "fo2", EMB_KE, at,
            f"📑 Applicants for a Russian visa must submit {w} of their birth certificate"
            " together with the application form.",
        )  # fmt: skip
    for w, at in (("в электронной форме", _on(4, 23, 14)), ("в письменной форме", _on(5, 20, 14))):
        x.add(
            "forms", "fo3", FTS, at,
            f"📦 С 1 июня пассажирская таможенная декларация подаётся {w}. Разъяснения"
            " размещены на сайте ФТС России.",
        )  # fmt: skip
    for w, at in (
        ("online via the Gosuslugi portal", _on(2, 19, 9)),
        ("in person at the Consular Section", _on(4, 16, 9)),
    ):
        x.add(
            "forms", "fo4", EMB_VN, at,
            "🛂 Russian citizens residing in Vietnam can apply for a new biometric passport"
            f" {w}. Processing takes up to three months.",
        )  # fmt: skip
    for w, at in (
        ("через портал Госуслуг", _on(3, 25, 13)),
        ("в МФЦ", _on(3, 26, 13)),
        ("в клиентских службах Социального фонда", _on(3, 27, 13)),
    ):
        x.add(
            "forms", "fo5", GOV, at,
            f"👶 Единое пособие на детей можно оформить {w}, сообщил Михаил Мишустин в ходе"
            " отчёта в Государственной Думе.",
        )  # fmt: skip
    for w, at in (("оригинал", _on(2, 10, 11)), ("нотариально заверенную копию", _on(5, 12, 11))):
        x.add(
            "forms", "fo6", EMB_UZ, at,
            "📑 Для оформления российского паспорта ребёнку, родившемуся в Узбекистане,"
            f" необходимо представить {w} свидетельства о рождении с апостилем.",
        )  # fmt: skip


def _codes(x: _Set24) -> None:
    """A goods code, a region's plate code, a budget code, a post box or a circular number."""
    for w, at in (("8703", _on(1, 28, 15)), ("8704", _on(2, 11, 15))):
        x.add(
            "codes", "cd1", FTS, at,
            "📦 С 1 марта вводится дополнительный утилизационный сбор на транспортные средства с"
            f" кодом ТН ВЭД {w}, сообщили в ФТС России.",
        )  # fmt: skip
    for w, at in (("254", _on(3, 6, 12)), ("354", _on(3, 13, 12))):
        x.add(
            "codes", "cd2", GOV_NSK, at,
            "🚗 С 1 апреля в Новосибирской области начнут выдавать автомобильные номера с кодом"
            f" региона {w}.\n\nРанее выданные номера менять не нужно.",
        )  # fmt: skip
    for w, at in (("2710", _on(2, 28, 16)), ("2709", _on(3, 1, 16))):
        x.add(
            "codes", "cd3", POLARIS, at,
            f"Russia bans exports of goods under HS code {w} until end-June, government decree"
            " shows",
            lasting=False,
        )  # fmt: skip
    for w, at in (
        ("18210803010011050110", _on(1, 23, 12)),
        ("18210803010011060110", _on(2, 13, 12)),
    ):
        x.add(
            "codes", "cd4", MINFIN, at,
            "💳 При оплате государственной пошлины за выдачу заграничного паспорта в платёжном"
            f" документе следует указывать КБК {w}.",
        )  # fmt: skip
    for w, at in (("1162", _on(4, 14, 16)), ("1126", _on(4, 28, 16))):
        x.add(
            "codes", "cd5", VIENNA, at,
            "📄 The communication from the Russian Federation on the safety of the Zaporozhye"
            f" NPP has been circulated as IAEA document INFCIRC/{w}.",
        )  # fmt: skip


def _edges(x: _Set24) -> None:
    """The first against the last; the start against the end; for the first time against
    again."""
    for w, at in (("Первый", _on(1, 8, 12)), ("Последний", _on(1, 9, 12))):
        x.add(
            "edges", "eg1", MINTRANS, at,
            f"⛴ {w} рейс парома Ванино — Холмск в этом сезоне состоится 14 января. Билеты можно"
            " приобрести в кассах морского вокзала.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Начало", _on(5, 5, 11)), ("Окончание", _on(5, 6, 11))):
        x.add(
            "edges", "eg2", GOV_YAK, at,
            f"🧊 {w} ледохода на Лене у Якутска ожидается 12–15 мая.\n\nПрошу жителей не"
            " выходить на лёд и держаться подальше от берега.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("first", _on(4, 10, 10)), ("last", _on(4, 13, 10))):
        x.add(
            "edges", "eg3", EMB_VN, at,
            f"✈️ The {w} direct flight of the season from Nha Trang to Moscow will depart on"
            " April 27. Russian tourists are advised to plan their return in advance.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("first", _on(1, 24, 13)), ("last", _on(3, 19, 13))):
        x.add(
            "edges", "eg4", MFA_EN, at,
            f"🤝 The {w} meeting of the Russian–Vietnamese working group on the implementation"
            " of the 2025–2029 consultations plan was held in Hanoi.",
        )  # fmt: skip
    for w, at in (("впервые", _on(4, 3, 12)), ("вновь", _on(6, 3, 12))):
        x.add(
            "edges", "eg5", VERTIKAL, at,
            f"Россия {w} вошла в пятёрку крупнейших экспортёров говядины, сообщили в"
            " Минсельхозе",
            lasting=False,
        )  # fmt: skip
    for w, at in (("first", _on(1, 15, 14)), ("last", _on(3, 25, 14))):
        x.add(
            "edges", "eg6", BRIDGEPORT, at,
            f"Russia's finance ministry holds {w} OFZ auction of the quarter, places 48 billion"
            " roubles",
            lasting=False,
        )  # fmt: skip


def _timebounds(x: _Set24) -> None:
    """From a day against until it; before an event against after it."""
    for w, at in (("до 1 июля", _on(1, 30, 15)), ("с 1 июля", _on(2, 27, 15))):
        x.add(
            "timebounds", "tb1", GOV, at,
            f"📄 Мораторий на плановые проверки малого бизнеса действует {w} 2030 года,"
            " напомнил Михаил Мишустин на заседании Правительства.",
        )  # fmt: skip
    for w, at in (("until", _on(2, 4, 12)), ("from", _on(2, 11, 12))):
        x.add(
            "timebounds", "tb2", EMB_KE, at,
            "📅 The Consular Section will accept applications under the programme for the"
            f" voluntary resettlement of compatriots {w} March 15.",
        )  # fmt: skip
    for w, at in (("с", _on(3, 22, 10)), ("до", _on(3, 23, 10))):
        x.add(
            "timebounds", "tb3", MCHS, at,
            f"🧊 Выход на лёд водоёмов Подмосковья запрещён {w} 1 апреля, напоминают в ГУ МЧС"
            " России по Московской области.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("from", _on(6, 10, 17)), ("until", _on(6, 17, 17))):
        x.add(
            "timebounds", "tb4", CBR_EN, at,
            f"📄 The new requirements for banks' disclosure of deposit rates apply {w} July 1,"
            " 2030, the Bank of Russia said.",
        )  # fmt: skip
    for w, at in (("накануне", _on(4, 10, 12)), ("по итогам", _on(4, 11, 12))):
        x.add(
            "timebounds", "tb5", MINFIN, at,
            f"🎙 Министр финансов А.Г.Силуанов выступит с докладом {w} заседания Совета"
            " Федерации 15 апреля.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("ahead of", _on(5, 17, 9)), ("after", _on(5, 18, 9))):
        x.add(
            "timebounds", "tb6", POLARIS, at,
            f"Lavrov to meet Wang Yi {w} SCO ministerial in Bishkek, ministry says",
            lasting=False,
        )  # fmt: skip


def _places(x: _Set24) -> None:
    """Another city (a kind the earlier sets had, in new wordings)."""
    for w, at in (
        ("в Пекине", _on(4, 17, 14)),
        ("в Харбине", _on(4, 21, 14)),
        ("в Мурманске", _on(4, 24, 14)),
    ):
        x.add(
            "places", "pl1", MFA, at,
            f"🤝 29 апреля {w} состоятся российско-китайские консультации по вопросам"
            " Арктики.\n\nДелегацию России возглавит заместитель Министра иностранных дел России"
            " А.Ю.Руденко, китайскую делегацию — специальный представитель МИД КНР по"
            " арктическим делам.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Istanbul", _on(5, 20, 17)), ("Riyadh", _on(5, 23, 17))):
        x.add(
            "places", "pl2", POLARIS, at,
            f"Russia and Ukraine to hold humanitarian talks in {w} next week, sources say",
            lasting=False,
        )  # fmt: skip
    for w, at in (("в Бухаре", _on(4, 24, 12)), ("в Хиве", _on(4, 29, 12))):
        x.add(
            "places", "pl3", EMB_UZ, at,
            f"🎭 Дни российской культуры пройдут {w} с 12 по 16 мая. В программе — концерты,"
            " выставки и показы российских фильмов.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("Nairobi", _on(2, 25, 9)), ("Mombasa", _on(3, 2, 9)), ("Kisumu", _on(3, 5, 9))):
        x.add(
            "places", "pl4", EMB_KE, at,
            "🎓 Russian universities will present their programmes at an education exhibition"
            f" in {w} on March 14. Registration is open on the Embassy's website.",
            lasting=False,
        )  # fmt: skip


def _figures(x: _Set24) -> None:
    """Another figure (a kind the earlier sets had, in new wordings), two digits swapped among
    them."""
    for w, at in (("1,2", _on(4, 8, 11)), ("2,1", _on(4, 15, 11))):
        x.add(
            "figures", "fg1", FTS, at,
            f"📦 С начала года таможенные органы пресекли ввоз {w} млн единиц контрафактной"
            " продукции.\n\nБольше всего изъято одежды, обуви и детских игрушек.",
        )  # fmt: skip
    for w, at in (("642.7", _on(5, 8, 17)), ("647.2", _on(5, 15, 17))):
        x.add(
            "figures", "fg2", CBR_EN, at,
            f"💰 Russia's international reserves stood at ${w} billion as of May 1, the Bank of"
            " Russia said.",
        )  # fmt: skip
    for w, at in (("2 380", _on(1, 19, 13)), ("2 830", _on(1, 26, 13))):
        x.add(
            "figures", "fg3", GOV_NSK, at,
            f"🏗 В 2029 году в Новосибирской области введено {w} тыс. квадратных метров жилья —"
            " рекорд за всю историю региона.",
        )  # fmt: skip
    for w, at in (("135", _on(6, 18, 11)), ("153", _on(6, 25, 11))):
        x.add(
            "figures", "fg4", BRIDGEPORT, at,
            f"Russia's grain harvest forecast raised to {w} million tonnes, agriculture ministry"
            " says",
            lasting=False,
        )  # fmt: skip
    for w, at in (("247,000", _on(5, 6, 12)), ("274,000", _on(5, 13, 12))):
        x.add(
            "figures", "fg5", EMB_VN, at,
            f"✈️ Vietnam received {w} Russian tourists in January–April, the National Authority"
            " of Tourism reported.",
        )  # fmt: skip


def _dates(x: _Set24) -> None:
    """Another date, weekday or time of day (kinds the earlier sets had, in new wordings)."""
    for w, at in (("12 мая", _on(5, 4, 16)), ("21 мая", _on(5, 11, 16))):
        x.add(
            "dates", "dt1", MFA, at,
            "🗓 Министр иностранных дел России С.В.Лавров примет участие в заседании Совета"
            f" министров иностранных дел БРИКС, которое пройдёт {w} в Рио-де-Жанейро.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("June 1", _on(5, 26, 10)), ("June 2", _on(5, 28, 10))):
        x.add(
            "dates", "dt2", EMB_KE, at,
            f"📅 The Embassy will be closed on {w} due to Madaraka Day. In case of emergency,"
            " please call the duty phone.",
            lasting=False,
        )  # fmt: skip
    for w, at in (
        ("в понедельник, 17 марта", _on(3, 11, 17)),
        ("во вторник, 18 марта", _on(3, 12, 17)),
    ):
        x.add(
            "dates", "dt3", GOV_NSK, at,
            f"🕙 Приём граждан по личным вопросам проведу {w} в 10:00 в здании Правительства"
            " области. Предварительная запись — по телефону 122.",
            lasting=False,
        )  # fmt: skip
    for w, at in (("11:30", _on(6, 4, 9)), ("12:30", _on(6, 4, 12))):
        x.add(
            "dates", "dt4", POLARIS, at,
            f"Russian central bank to announce rate decision at {w} Moscow time on Friday,"
            " earlier than usual",
            lasting=False,
        )  # fmt: skip
    for w, at in (("14 июня", _on(6, 1, 11)), ("16 июня", _on(6, 8, 11))):
        x.add(
            "dates", "dt5", GOV_YAK, at,
            f"🩸 Единый республиканский день донора пройдёт {w}. Пункты приёма крови будут"
            " работать с 8:00 до 14:00.",
            lasting=False,
        )  # fmt: skip


FAMILIES: list[Callable[[_Set24], None]] = [
    _notices, _scope, _durations, _flows, _entries, _markers, _contacts, _fractions,
    _inclusions, _bases, _stats, _acts, _signs, _timeliness, _persons, _sittings, _fees,
    _forms, _codes, _edges, _timebounds, _places, _figures, _dates,
]  # fmt: skip

# -- copies ------------------------------------------------------------------------------------

SIGNOFFS = {
    REP1.key: "🔴 Главное сейчас — t.me/glavnoe_seychas_tg",
    REP2.key: "«Сводка дня» | подписаться: @svodka_dnya_tg",
    REP3.key: "📜 Официальная хроника · t.me/oficialnaya_hronika",
    REP4.key: "Только факты, без мнений 👉 @tolko_fakty_news",
    REP_EN.key: "📰 Russia Report Daily | t.me/russiareportdaily",
    REP_EN2.key: "Steppe & Taiga News — follow: @steppetaiganews",
    REP_EN3.key: "🏛 Official Russia Feed · t.me/officialrussiafeed",
    AGGR.key: "📆 Неделя: главное — @nedelya_glavnoe",
    AGGR_EN.key: "📆 The Week: Key News · @theweek_keynews",
}
CREDIT_LINES = {
    EFIR.key: "© ИА «Эфир». Перепечатка — со ссылкой на агентство",
    VERTIKAL.key: "Агентство «Вертикаль» | vertikal.example.ru",
    POLARIS.key: "(Reporting by Polaris Wire's Moscow bureau; editing by Tom Ashdown)",
    BRIDGEPORT.key: "(Bridgeport News staff report)",
}
WEEK_HEADS = {AGGR.key: "📆 Неделя: главное\n\n", AGGR_EN.key: "📆 The week: key news\n\n"}
CREDITS_RU = ["\n\n📸 Фото: {site}", "\n\nФото: пресс-служба, {site}", "\n\n🎥 Видео: {site}"]
CREDITS_EN = ["\n\n📸 Photo: {site}", "\n\nPhoto: press service, {site}", "\n\n🎥 Video: {site}"]
BREAKING_RU = ["СРОЧНО: ", "⚡️ Срочно\n\n", "❗️СРОЧНО | ", "🔴 Молния: ", "⚡ "]
BREAKING_EN = ["BREAKING: ", "⚡️ Breaking\n\n", "🔴 FLASH | ", "JUST IN: ", "⚡ "]
# a reposter's heading over a post: it names the kind of news, never a fact (Russian, English)
HEADLINES = {
    "notices": (["Анонс", "Календарь"], ["Diary", "Schedule"]),
    "scope": (["Коротко", "Главное"], ["In brief", "Top story"]),
    "durations": (["Консульские новости", "Коротко"], ["Consular", "In brief"]),
    "flows": (["Торговля", "📊 Цифры"], ["Trade", "📊 Data"]),
    "entries": (["Визы", "Путешественникам"], ["Visas", "Travel"]),
    "markers": (["🚗 Дороги", "Происшествия"], ["Roads", "Incidents"]),
    "contacts": (["Полезное", "Контакты"], ["Useful", "Contacts"]),
    "fractions": (["📊 Цифры", "Опросы"], ["📊 Numbers", "Surveys"]),
    "inclusions": (["Финансы", "Коротко"], ["Finance", "In brief"]),
    "bases": (["Экономика", "📊 Статистика"], ["Economy", "📊 Data"]),
    "stats": (["📊 Статистика", "Цифры дня"], ["📊 Data", "Numbers"]),
    "acts": (["Документы", "Решения"], ["Documents", "Decisions"]),
    "signs": (["Экономика", "Прогнозы"], ["Economy", "Outlook"]),
    "timeliness": (["Стройка", "Инфраструктура"], ["Infrastructure", "Projects"]),
    "persons": (["Происшествия", "Консульская помощь"], ["Incidents", "Consular help"]),
    "sittings": (["Повестка", "Анонс"], ["Agenda", "Diary"]),
    "fees": (["Полезное", "Важно знать"], ["Useful", "Good to know"]),
    "forms": (["Документы", "Госуслуги"], ["Documents", "Services"]),
    "codes": (["Таможня", "Документы"], ["Documents", "Rules"]),
    "edges": (["Коротко", "Главное"], ["In brief", "Top story"]),
    "timebounds": (["Сроки", "Обратите внимание"], ["Deadlines", "Note"]),
    "places": (["Анонс", "Календарь"], ["Diary", "Calendar"]),
    "figures": (["📊 Цифры", "Статистика"], ["📊 Numbers", "Statistics"]),
    "dates": (["Календарь", "Анонс"], ["Calendar", "Diary"]),
}  # fmt: skip
# a one-word rubric on the post's own first line (the twenty-third's kind, this set's words)
RUBRICS = {
    "notices": (["Анонсы", "Календарь"], ["Diary", "Calendar"]),
    "scope": (["Регионы", "Инфраструктура"], ["Regions", "Infrastructure"]),
    "durations": (["Консульское", "Решения"], ["Consular", "Decisions"]),
    "flows": (["Торговля", "Экономика"], ["Trade", "Economy"]),
    "entries": (["Визы", "Туризм"], ["Visas", "Travel"]),
    "markers": (["Дороги", "Безопасность"], ["Roads", "Safety"]),
    "contacts": (["Консульское", "Полезное"], ["Consular", "Useful"]),
    "fractions": (["Опросы", "Цифры"], ["Surveys", "Numbers"]),
    "inclusions": (["Финансы", "Тарифы"], ["Finance", "Money"]),
    "bases": (["Экономика", "Статистика"], ["Economy", "Statistics"]),
    "stats": (["Статистика", "Цифры"], ["Statistics", "Numbers"]),
    "acts": (["Документы", "Официально"], ["Documents", "Official"]),
    "signs": (["Экономика", "Прогноз"], ["Economy", "Outlook"]),
    "timeliness": (["Стройка", "Проекты"], ["Infrastructure", "Projects"]),
    "persons": (["Происшествия", "Консульское"], ["Incidents", "Consular"]),
    "sittings": (["Повестка", "Парламент"], ["Agenda", "Diplomacy"]),
    "fees": (["Полезное", "Услуги"], ["Useful", "Services"]),
    "forms": (["Документы", "Госуслуги"], ["Documents", "Services"]),
    "codes": (["Таможня", "Документы"], ["Documents", "Rules"]),
    "edges": (["Транспорт", "Коротко"], ["Transport", "Briefly"]),
    "timebounds": (["Сроки", "Правила"], ["Deadlines", "Rules"]),
    "places": (["Анонсы", "Календарь"], ["Diary", "Calendar"]),
    "figures": (["Цифры", "Статистика"], ["Numbers", "Statistics"]),
    "dates": (["Анонсы", "Календарь"], ["Diary", "Calendar"]),
}  # fmt: skip

# new kinds of copy
PARA_BULLETS = ["▪️ ", "🔹 ", "• ", "✅ ", "📌 ", "— "]
CAPS_FORMS = ["{L}\n\n", "**{L}**\n\n", "🔴 {L}\n\n", "{L}\n—\n"]
READMORE_RU = [
    "\n\n📖 Читать полностью: {url}",
    "\n\nЧитать полностью →\n{url}",
    "\n\n[Читать полностью]({url})",
]
READMORE_EN = ["\n\n📖 Read in full: {url}", "\n\nRead more →\n{url}", "\n\n[Read more]({url})"]
SHORTENERS = ["https://clck.ru/{c}", "https://bit.ly/{c}", "https://t.ly/{c}"]
SHORT = re.compile(r"https://(clck\.ru|bit\.ly|t\.ly)/\w+")
MDV2 = re.compile(r"([_*\[\]()~`>#+\-=|{}.!])")  # what a MarkdownV2 bot escapes
MDV2_ESCAPED = re.compile(r"\\[_*\[\]()~`>#+\-=|{}.!]")
STAMP = re.compile(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
# a sentence's end inside a paragraph: a word of three letters or more (no "ул.", no initial)
SENTENCE_GAP = re.compile(r"(?<=[\w»”)][\w»”)][\w»”)][.!?]) (?=[A-ZА-ЯЁ«\"“])")
INITIAL = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]\.(?=\s?[A-ZА-ЯЁ])")  # "С." of "С.В.Лавров"
LEADING_EMOJI = re.compile(f"^(?:{EMOJI.pattern}|\\s)+")


def _split_spots(body: str) -> list[int]:
    """Where a paragraph may be split in two: the space after a sentence's end."""
    return [m.start() for m in SENTENCE_GAP.finditer(body)]


def _initial_spots(st: _Story, slots: t21._Slots) -> list[int]:
    """Where a cross-poster that takes "С." for a sentence's end cuts the post: right after an
    initial that comes after the slots, with two fifths of the words kept (posts of 30 words
    or more, as the twenty-first's truncations)."""
    n = len(slots.spans)
    if n < 30 or slots.last >= n - 1:
        return []
    low = max(slots.last + 2, (n * 2) // 5)
    starts = {a: i for i, (a, _) in enumerate(slots.spans)}
    return [
        m.end()
        for m in INITIAL.finditer(st.body)
        if starts.get(m.start()) is not None and starts[m.start()] >= low
    ]


def _caps_of(body: str) -> str:
    """The post's first sentence in capitals, as a reposter puts it over the post for a
    headline; "" if it is too short, too long or the whole post."""
    first = body.partition("\n\n")[0]
    m = re.match(r"(.+?[\w»”)]{3}[.!?])\s+(?=[A-ZА-ЯЁ«\"“])", first, re.S)
    lead = t21._strip_emoji(m.group(1) if m else first).strip().rstrip(".")
    n = len(_words(lead))
    if n < 5 or n > 20 or n >= len(_words(body)) - 3 or "\n" in lead:
        return ""
    return lead.upper()


def _bulleted(body: str, bullet: str) -> str:
    """Each paragraph under a bullet, the paragraph's own leading emoji dropped."""
    return "\n\n".join(bullet + LEADING_EMOJI.sub("", p) for p in body.split("\n\n"))


def _md_escape(text: str) -> str:
    return MDV2.sub(r"\\\1", text)


class _Maker24(_Maker23):
    """The twenty-third's copy maker (the twenty-first's, the twenty-second's and the
    twenty-third's steps) with this set's sources, sites and lines, and nine kinds of copy
    more. The steps overridden here differ in what they write (a dump's banners, an agency's
    dateline, the rubric's words)."""

    reposters_ru, reposters_en = RU_REPOSTERS, EN_REPOSTERS
    agencies = AGENCIES
    sites = SITES
    signoffs = SIGNOFFS
    credits_ru, credits_en = CREDITS_RU, CREDITS_EN
    credit_lines = CREDIT_LINES
    breaking_ru, breaking_en = BREAKING_RU, BREAKING_EN
    breaking_pool_ru, breaking_pool_en = [EFIR, VERTIKAL, REP2], [POLARIS, BRIDGEPORT, REP_EN2]
    dateline_agencies_ru, dateline_agencies_en = [EFIR, VERTIKAL], [POLARIS, BRIDGEPORT]
    week_heads = WEEK_HEADS
    dump = DUMP
    aggregators = (AGGR, AGGR_EN)
    headlines = HEADLINES
    rubrics = RUBRICS
    pinned_families = ("notices", "contacts", "dates", "timebounds")
    stand_ins = STAND_INS

    def _can(self) -> dict[str, bool]:
        can = super()._can()
        st, body = self.st, self.st.body
        can.update(
            para_split=bool(_split_spots(body)),
            para_bullets="\n\n" in body,
            initial_cut=bool(_initial_spots(st, self.slots)),
            caps_lead=bool(_caps_of(body)),
            crlf="\n" in body,
            md_escaped=bool(MDV2.search(body)),
            short_link=bool(st.link),
        )
        if "@" in body:  # no typo in an e-mail address's neighbourhood
            can.update(typo_made=False, typo_fixed=False, typo_near=False)
        return can

    def _dump_banners(self, t: str, u: str, stamp: str) -> list[str]:
        return [
            f"*** {DUMP.title} ***\n{stamp} — @{u}\n\n",
            (
                f"Переслано из: {t} (@{u}), {stamp}\n\n"
                if self.ru
                else f"Forwarded from: {t} (@{u}), {stamp}\n\n"
            ),
        ]

    def _dateline_of(self, agency: SourceRef, city: str, local: datetime) -> str:
        if self.ru:
            if agency is EFIR:
                return f"{city}, {_ru(local)}. /ИА «Эфир»/. "
            return f"{city}, {local.day} {RU_MONTHS_SHORT[local.month - 1]} — «Вертикаль». "
        if agency is POLARIS:
            return f"{city}, {_en(local)} (Polaris) - "
        return f"{city} (BPN) {EN_MONTHS_SHORT[local.month - 1]} {local.day} — "

    def _rubric(self, d: _Draft) -> None:
        """A one-word rubric on the post's own first line (this set's words)."""
        rng = self.rng
        ru, en = self.rubrics[self.st.family]
        w = rng.choice(ru if self.ru else en)
        d.head = d.head + rng.choice(RUBRIC_FORMS).format(w=w, W=w.upper())
        self._reposter(d)

    # the new kinds

    def _para_split(self, d: _Draft) -> None:
        """One paragraph split in two at a sentence's end."""
        at = self.rng.choice(_split_spots(d.body))
        d.body = d.body[:at] + "\n\n" + d.body[at + 1 :]
        d.source = d.source or self.pick(self.reposters())

    def _para_bullets(self, d: _Draft) -> None:
        """An emoji bullet (or a dot, a dash) put before each paragraph."""
        d.body = _bulleted(d.body, self.rng.choice(PARA_BULLETS))
        d.source = d.source or self.pick(self.reposters())

    def _initial_cut(self, d: _Draft) -> None:
        """Cut right after an initial by a cross-poster that took it for a sentence's end."""
        d.body = self.st.body[: self.rng.choice(_initial_spots(self.st, self.slots))]
        d.tail = []
        d.source = d.source or self.rng.choice([MIRROR, *self.reposters()])

    def _caps_lead(self, d: _Draft) -> None:
        """The post's first sentence in capitals over it, for a headline."""
        form = self.rng.choice(CAPS_FORMS)
        d.head = d.head + form.format(L=_caps_of(self.st.body))
        self._reposter(d)

    def _readmore_line(self, d: _Draft) -> None:
        """A "Читать полностью" / "Read more" line with a link under the whole post."""
        st, rng = self.st, self.rng
        r = self._reposter(d)
        url = (
            st.link
            if st.link and rng.random() < 0.5
            else f"https://t.me/{r.username}/{rng.randint(2_000, 30_000)}"
        )
        d.tail = [*d.tail, rng.choice(READMORE_RU if self.ru else READMORE_EN).format(url=url)]

    def _crlf(self, d: _Draft) -> None:
        """Windows line ends from a dump or an export opened on another machine."""
        end = "\r\n" if self.rng.random() < 0.5 else ""
        d.post.append(lambda t: t.replace("\n", "\r\n") + end)
        d.source = d.source or self.rng.choice([DUMP, EXPORT])

    def _md_escaped(self, d: _Draft) -> None:
        """A bot's MarkdownV2 escapes left in the text (backslashes before dots, dashes,
        brackets, hashes)."""
        d.post.append(_md_escape)
        d.source = d.source or self.pick(self.reposters())

    def _short_link(self, d: _Draft) -> None:
        """The post's link through a shortener (in its own line, or in a line of its own)."""
        st, rng = self.st, self.rng
        code = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
        short = rng.choice(SHORTENERS).format(c=code)
        if st.link in st.sig:
            d.tail = [t for t in d.tail if t != st.sig] + [st.sig.replace(st.link, short)]
        else:
            word = rng.choice(["🔗 ", "Источник: "] if self.ru else ["🔗 ", "Source: "])
            d.tail = [*d.tail, f"\n\n{word}{short}"]
        d.source = d.source or self.pick(self.reposters())

    def _export_header(self, d: _Draft) -> None:
        """A Telegram Desktop export's header: the channel and the post's date to the second."""
        st, rng = self.st, self.rng
        d.body, d.tail = st.posted_body, [st.sig]
        local = st.at + timedelta(hours=3)
        sec = f"{rng.randint(0, 59):02d}"
        full = local.strftime("%d.%m.%Y %H:%M:") + sec
        iso = local.strftime("%Y-%m-%dT%H:%M:") + sec
        t = st.source.title
        d.head = d.head + rng.choice(
            [f"{t}\n{full} UTC+03:00\n\n", f"{iso} · {t}\n\n", f"[{iso}] {t}:\n"]
        )
        d.source = EXPORT


NEW_KINDS = [
    "para_split", "para_bullets", "initial_cut", "caps_lead", "readmore_line", "crlf",
    "md_escaped", "short_link", "export_header",
    "combo:para_split+signoff", "combo:para_bullets+hashtags_add", "combo:initial_cut+rss",
    "combo:caps_lead+signoff", "combo:readmore_line+emoji_add", "combo:export_header+crlf",
    "combo:md_escaped+hashtags_add", "combo:short_link+remark", "combo:para_split+quotes",
    "combo:initial_cut+signoff", "combo:readmore_line+rubric", "combo:para_bullets+signoff",
    "combo:md_escaped+relay_prefix",
]  # fmt: skip
KINDS = t23.KINDS + NEW_KINDS

SITES_SOURCES = [
    MFA, MFA_EN, GOV, MINFIN, MINTRANS, MINEK, FTS, MCHS, ROSAVTODOR, CBR_EN, EMB_UZ, EMB_VN,
    EMB_KE, VIENNA, GOV_NSK, GOV_YAK, EFIR, VERTIKAL, POLARIS, BRIDGEPORT,
]  # fmt: skip
SOURCES = [
    *SITES_SOURCES, *RU_REPOSTERS, *EN_REPOSTERS, AGGR, AGGR_EN, MIRROR, SCRAPER, DUMP, EXPORT,
]  # fmt: skip


def _quotes_as_one(text: str) -> str:
    return re.sub("[’']", "'", re.sub('[«»“”„"]', '"', text))


def _check(x: _Set24) -> None:
    """The twenty-first's checks (unique ids, copies after their originals keeping their slots
    and adding no sibling's, the whole statement in every copy but cuts, typos and synonym
    edits, one language, no text in two stories, siblings told apart); the twenty-second's and
    the twenty-third's kinds doing what they say; and this set's: its sources are its own and
    the new kinds do what they say."""
    t21._check(x)
    ours = {s.key for s in SOURCES}
    assert len(ours) == len(SOURCES)
    assert all(s.key.startswith(KEY_RANGE) for s in SOURCES if s.kind == "telegram")
    for st in x.stories:
        assert st.source.key in ours, st.sid
        for kind, c in st.copies:
            text = c.post.text
            # as read: invisibles out, a bot's escapes out
            plain = re.sub("[\u200b\u00ad\ufeff]", "", text).replace("\\", "")
            where = (st.sid, kind)
            assert c.post.source.key in ours, where
            # the twenty-second's kinds
            if "num_spaces" in kind:
                assert re.search("\\d[\u2009\u202f\u00a0]\\S", text), where
                if GROUPED.search(st.body) is None:
                    assert "\u00a0" in text, where
            if "edited_mark" in kind:
                assert re.search(r"\(edited\)|изменено|\[edited\]|✏️ edited", plain), where
                assert c.post.source == EXPORT, where
            if "caption_cut" in kind:
                head, cut, _ = text.partition("…")
                assert cut and len(head) <= max(t22.CAPTION_LIMITS) + 14, where
            if "joined" in kind:
                assert "\n" not in text, where
            if "emoji_strip" in kind:
                assert not EMOJI.search(text), where
            if "spaced_quotes" in kind:
                assert re.search('[«“"] \\S', text), where
            if "source_note" in kind:
                assert st.source.title in text or f"@{st.source.username}" in text, where
            # the twenty-third's kinds
            if "rubric" in kind:
                ru, en = RUBRICS[st.family]
                words = ru if st.lang == "ru" else en
                forms = {f.format(w=w, W=w.upper()) for f in RUBRIC_FORMS for w in words}
                assert any(f in plain for f in forms), where
            if "relay_prefix" in kind:
                assert RELAY.search(plain), where
            if "mt_note" in kind:
                notes = MT_NOTES_RU + MT_HEADS_RU + MT_NOTES_EN + MT_HEADS_EN
                assert any(n.strip() in plain for n in notes), where
            if "invisible" in kind:
                assert t23.INVISIBLE.search(text), where
            if "subscribe_footer" in kind:
                assert ("Подписаться" in plain and "Прислать новость" in plain) or (
                    "Subscribe" in plain and "Send us news" in plain
                ), where
            if "lead_repeat" in kind:
                lead, words = _words(_lead(st.body)), _words(text)
                found = [i for i in range(len(words)) if words[i : i + len(lead)] == lead]
                assert lead and len(found) >= 2, where
            # this set's kinds
            if "para_split" in kind:
                q = _quotes_as_one(text)
                assert any(
                    _quotes_as_one(st.body[max(0, i - 12) : i]) + "\n\n" in q
                    for i in _split_spots(st.body)
                ), where
            if "para_bullets" in kind:
                for p in st.body.split("\n\n"):
                    assert any(b + LEADING_EMOJI.sub("", p) in text for b in PARA_BULLETS), where
            if "initial_cut" in kind:
                assert re.search(r"(?<![\w.])[A-ZА-ЯЁ]\.(\s|$)", text), where
                assert _words(st.body)[-1] not in _words(text)[-8:], where
            if "caps_lead" in kind:
                lead, words = _words(_caps_of(st.body)), _words(text)
                found = [i for i in range(len(words)) if words[i : i + len(lead)] == lead]
                assert lead and len(found) >= 2, where
                assert _caps_of(st.body) in text, where
            if "readmore_line" in kind:
                assert re.search(r"Читать полностью|Read in full|Read more", text), where
                assert "…" not in text, where
            if "crlf" in kind:
                assert "\r\n" in text, where
            if "md_escaped" in kind:
                assert MDV2_ESCAPED.search(text), where
            if "short_link" in kind:
                assert SHORT.search(text) and st.link not in text, where
            if "export_header" in kind:
                assert c.post.source == EXPORT and STAMP.search(text), where


def build(seed: int = 24) -> list[Labelled]:
    """The labelled posts in publication order: the twenty-first's assembly, with this set's
    families, maker, kinds and checks."""
    return t21.assemble(
        _Set24(random.Random(seed)),
        FAMILIES,
        lambda x: t21._copies(x, _Maker24, KINDS),
        _check,
    )
