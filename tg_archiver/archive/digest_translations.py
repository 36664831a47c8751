"""One story told in Russian and in English, by two sources: one item of a digest.

The ministry posts its readout on its Russian channel and, twenty minutes later, the same
readout in English on its English one; an agency's Russian report and a wire's English one
tell one statement. Dedup (archive.dedup) links a post to the text it copies, and a
translation copies none, so a digest showed each twice, once in each language: the editors'
first complaint in two reviewed weeks.

What a translation keeps, whatever its words, are its **anchors**: the names of its people,
places and bodies, its numbers and its dates. A name is compared by a Latin skeleton of its
first letters (``Лаврова`` and ``Lavrov``: ``lavr``; ``Захарова`` and ``Zakharova``:
``zaha``; ``Ван`` and ``Wang``, ``Дели`` and ``Delhi``), an acronym by a table (``ШОС`` and
``SCO``), a country, a capital or a body that a translation translates by
archive.bilingual's table (``КНР``, ``China``, ``Chinese``; ``МИД России``, ``Russian
Foreign Ministry``; ``Совбез``, ``Security Council``), a date as a day of a month
(``1 декабря`` and ``December 1``), a number as written (``81-й`` and ``81st`` share
``81``). Each shared anchor weighs by how rare it is in the window
(a minister's name in every readout of the day says little; the counterpart's, a lot), and
the score is the shares of both stories' weights, combined (0 to 1).

:func:`fold_translations` folds two stories when they are in the two languages, from
sources neither shares, within :data:`TRANSLATION_WITHIN` of each other, share at least
:data:`MIN_SHARED` anchors (a four-word flash shares two with any story of its place and
day), score at least :data:`THRESHOLD`, and **each is the other's best match** in the other
language (the nearer in time among equals): a meeting and the joint statement it adopted,
both naming the same ministers, go to their own translations first. An announcement
("Lavrov will visit India") folds only into another announcement, never into the event. A
story that quotes someone by name ("Захарова: ЕС …", "… are doomed – Lavrov", "…, заявил
Рябков") folds only with one that names them too: two statements of one day on one subject
share the rest of their anchors. The earlier leads; the other is listed as one more source
of it.

Measured on labelled posts (session 30's events set, three scenario weeks of sessions 31 to
33, the last written after this method): 17, 12, 8 and 10 folds, none wrong. Session 34
read the anchors from what a reader sees (:func:`archive.summary.content_lines`: no
dateline's date or place, no agency's name or sign-off) and lowered the bar from 0.5 to
0.45: with a fourth week written blind, a day's stories 673 -> 656 by translations, a
week's 646 -> 630, none wrong (none at 0.4 either), one topic's stories at a time too.
Session 35 read translated names and dates (archive.bilingual), ordinals and the quoted
speaker, and raised the bar back to 0.5 (at 0.45 one wrong fold in a tuning week; the
highest wrong score left is 0.45): on day windows of the labelled sets, the translations
left apart 123, 26, 29, 30 -> 117, 21, 27, 23, and in the held-out fourth week 46 -> 39,
none wrong (each side counted one anchor more than it read, :data:`_UNSEEN`: a week's
window folded a four-anchor wire into another story of its place without it); the fourth
week's scheduled digests' other-language repeats 41 -> 36. What still keeps a
translation apart: a name spelt apart ("Аракчи", "Araghchi"), an adjective Russian writes
in small letters ("китайский", "Chinese": the topic's word, not counted), a body spelled
out in one language only (counted, it folded a flash into another story of its place),
and a wire's article beside a flash (few anchors on one side, many on the other). A fold
within one language (an agency's rewrite) is archive.digest_retellings'.

Session 36's blind week of ministry channels (tests/digest_weeks/mfa_week) kept apart a
ministry's readouts and their English versions over a name's sound ("Вьетнам" read "vetn",
"Vietnam" "viet"; "Уагадугу", "Ouagadougou") and a place's common words ("Niger River",
"Федеративной Республики" where the other writes "реке", "Federal"): "ье" is now said
"ye" and a French "ou" "у", and those words are no names. Its daily digests' other-language
repeats 46 -> 41, none wrong.

Session 36 (digest-xlang) read more of what both languages keep, tuned on mfa_week with
news_week as the check: a Russian country's adjective in small letters ("сирийское
Минобороны", "российских активов") counts when the other story names the country
(archive.bilingual.small_keys); a Russian sentence's first word is a name when the
dictionary reads a person's or does not know it ("Хуситы заявили", "Небензя в СБ ООН"); an
English first name counts only when the other names it too ("Sergey Lavrov", "С.В.Лавров");
a hyphenated name gives each part ("Буркина-Фасо", "Burkina Faso"); English "ai" is "ай"
(Biden, Байден); a speech verb names a speaker only after what was said ("…, said Lavrov",
not "Lavrov says Swiss …"), a dash only at its line's end ("– Kallas", not "Россия –
Африка", "— ЦИК"), and "СМИ" is no one's name. A ministers' council ("СМИД", "Council of
Foreign Ministers") is one key. Other-language repeats 40 / 3 -> 31 / 4 (mfa_week, daily /
weekly), 104 / 22 -> 96 / 16 (news_week), none wrong.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.bilingual import bilingual_keys, small_keys
from tg_archiver.archive.digest_leads import first_sentence, shown_lines
from tg_archiver.archive.digest_notices import is_announcement
from tg_archiver.archive.digest_steps import other_steps, step_of
from tg_archiver.archive.lexemes import dictionary, is_person

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem

__all__ = [
    "ALIKE",
    "MIN_SHARED",
    "THRESHOLD",
    "TRANSLATION_WITHIN",
    "Anchors",
    "TranslationLikeness",
    "anchor_similarity",
    "anchor_weights",
    "anchors",
    "fold_translations",
    "is_name",
    "shown_lines",
    "skeleton",
]

TRANSLATION_WITHIN = timedelta(hours=6)
THRESHOLD = 0.5
ALIKE = 0.3  # a topic with more stories than it shows lists others before these
MIN_SHARED = 3  # names and numbers two translations share at least
# Each side's weight counts one anchor more than it read: a story of three or four anchors,
# all shared with a longer one ("Pakistan deployed troops in Islamabad … SCO" and a prime
# minister's arrival there), says too little to be its translation.
_UNSEEN = 1.0
_CANDIDATES = 400  # stories compared with each, at most (a busy window's next hours)

_WORD = lazy_re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NUMBER = lazy_re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?=st|nd|rd|th|\W|$)")
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_LATIN = lazy_re.compile(r"[a-zA-Z]")
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u", "қ": "k", "ғ": "g",
        "ң": "n", "ө": "o", "ү": "u", "ұ": "u", "һ": "h", "ә": "a",
    }
)  # fmt: skip
# Latin spellings folded to what a Russian transliteration gives: Zakharova/zaharova,
# Moscow/moskov, Sergey/sergei, Jaishankar/djaishankar. "ч" and "ch" are "k" too: a name's
# Latin "c" is "ч" as often as "к" once its marks are dropped (Vucic, Вучич: vukik). A
# French "ou" is "у" (Ouagadougou, Уагадугу; Bourita, Бурита; Youssouf, Юсуф).
_LATIN_FOLDS = (
    ("kh", "h"), ("ck", "k"), ("ch", "k"), ("c", "k"), ("q", "k"),
    ("x", "ks"), ("w", "v"), ("y", "i"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
    ("ph", "f"), ("gh", "g"), ("ts", "c"), ("ou", "u"), ("ai", "i"),
)  # fmt: skip
# An "h" after a consonant that is no digraph with it is not written in Russian (Delhi,
# Thailand, Bhutan: Дели, Таиланд, Бутан); a final "ng" is "н" (Wang, Jinping: Ван, Цзиньпин).
_SILENT_H = lazy_re.compile(r"(?<=[bdfglmnprtv])h")
_FINAL_NG = lazy_re.compile(r"ng$")
_SKELETON_CHARS = 4
_HACEK = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ž": "zh"})
# Acronyms written differently in the two languages, as one key.
_ACRONYMS = {
    "оон": "un", "ес": "eu", "шос": "sco", "брикс": "brics", "снг": "cis", "одкб": "csto",
    "магатэ": "iaea", "сша": "usa", "нато": "nato", "еаэс": "eaeu",
    "асеан": "asean", "обсе": "osce", "вто": "wto", "воз": "who", "мид": "mfa",
    "рф": "russia", "кндр": "dprk", "оаэ": "uae", "юар": "rsa", "ск": "unsc", "сб": "unsc",
    "мчс": "emercom", "ссср": "ussr", "мккк": "icrc", "мок": "ioc", "смид": "cfm",
}  # fmt: skip
# Capitalised words that start sentences or titles, or are a title's or an institution's
# common words in either language, not names of this event; and the words of a place's name
# that Russian writes in small letters ("Niger River", "реке Нигер"; "Gaza Strip").
_NOT_NAMES_LIST = """
    the a an and or but in on at for of to by with from as this that these those it its
    he she they we our their his her there here when after before during while today
    yesterday tomorrow also however meanwhile according mr mrs ms dr his excellency
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    foreign affairs minister ministers ministry president prime deputy first republic
    federation federal council committee secretary general people peoples member members
    state states middle east west north south central national international united
    nations security organisation organization cooperation union embassy ambassador
    department office government parliament assembly summit meeting talks statement
    comment briefing spokesperson spokeswoman official representative special envoy
    chairman chair head heads director mission permanent consulate consul kingdom democratic
    people's socialist day
    river lake sea ocean island islands strip province region district gulf bay coast
    peninsula valley
    в во на с со к ко по о об от до из за для при под над как это этот эта эти так также
    он она они мы наш его ее их там здесь когда после перед сегодня вчера завтра кроме
    однако между
    министр министра министру министром министре министры министров министерство
    министерства президент президента президентом президенту председатель председателя
    премьер заместитель заместителя республика республики республикой федерация
    федерации совет совета совете комитет комитета секретарь секретаря генеральный
    генерального посол посла послом посольство посольства государство государства
    правительство правительства народной народный народная объединенных объединённых
    наций организации организация сотрудничества союза союз официальный официального
    представитель представителя постоянный постоянного специальный заявление брифинг
    комментарий глава главы главой сми"""
_NOT_NAMES = frozenset(_NOT_NAMES_LIST.split())
# The same in Russian by their beginnings, whatever the case: "Заместителем", "Вице-премьер",
# "Содружества Независимых Государств" (a translation writes them in words of its own).
_NOT_NAMES_RU = (
    "министр", "заместител", "премьер", "вице", "президент", "председател", "посол",
    "посольств", "генеральн", "секретар", "представител", "глав", "совет", "комитет",
    "республик", "федераци", "правительств", "государств", "организаци", "сотрудничеств",
    "союз", "народн", "объединенн", "объединённ", "наци", "официальн", "постоянн",
    "специальн", "заявлени", "брифинг", "комментари", "содружеств", "независим",
    "международн", "генсек", "департамент", "управлени", "агентств", "королевств",
    "демократическ", "социалистическ", "федератив",
)  # fmt: skip
_MIN_NAME = 3
_HYPHEN = lazy_re.compile(r"[-'’]")
_MIN_NUMBER = 2  # digits: "5" says little, "14" (a day), "120" (tonnes) more


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a story's text gives to compare with a translation: its language (by its
    letters) and its names and numbers (keys free of either language)."""

    language: str  # "ru", "en" or "" (no letters)
    names: frozenset[str]
    speakers: frozenset[str] = frozenset()  # the quoted: "Захарова: …", "… – Lavrov"
    # Anchors only when the other story has them too: a country named by an adjective in
    # small letters ("российских активов", archive.bilingual.small_keys) and an English
    # first name ("Sergey Lavrov", which Russian writes "С.В.Лавров").
    small: frozenset[str] = frozenset()


def anchors(title: str | None, text: str) -> Anchors:
    whole = f"{title}\n{text}" if title else text
    cyrillic = len(_CYRILLIC.findall(whole))
    latin = len(_LATIN.findall(whole))
    language = "ru" if cyrillic > latin else "en" if latin else ""
    translated, whole = bilingual_keys(whole)
    names = set(translated)
    speakers: set[str] = set()
    first_names: set[str] = set()
    for match in _WORD.finditer(whole):
        word = match.group()
        lower = word.lower()
        if lower in _ACRONYMS:
            names.add("=" + _ACRONYMS[lower])
            continue
        if _is_rubric(word):
            continue  # "ОБНОВЛЕНО:", "ИСПРАВЛЕНИЕ:", "UPDATE 2-": an agency's, no one quoted
        if word.isupper() and 2 <= len(word) <= 6 and _LATIN.match(word):
            names.add("=" + lower)
            continue
        if is_name(word):
            quoted, person = _speaker(whole, match)
            if person:
                speakers.add(skeleton(lower))
            if _before_a_name(whole, match):
                # "Sergey Lavrov", "Hakan Fidan": a first name, which Russian often writes
                # as initials ("С.В.Лавров"): an anchor only when the other names it too.
                first_names.add(skeleton(lower))
            elif (
                quoted or not _starts_sentence(whole, match.start()) or _russian_name_anywhere(word)
            ):
                names.add(skeleton(lower))
                # "Буркина-Фасо", "Эль-Фашер": the other language writes two words.
                names.update(skeleton(p) for p in _HYPHEN.split(lower)[1:] if len(p) >= _MIN_NAME)
    for match in _NUMBER.finditer(whole):
        number = match.group().replace(",", ".").lstrip("0")
        if len(number) >= _MIN_NUMBER and not _YEAR.fullmatch(number):
            names.add("#" + number)
    small = (small_keys(whole) | first_names) - names
    return Anchors(language, frozenset(names), frozenset(speakers), small)


# An agency's rubric in capitals before its report ("ОБНОВЛЕНО: …", "ИСПРАВЛЕНИЕ: …",
# "UPDATE 2-…", "BREAKING: …"): no name, nor a speaker quoted though a colon follows it.
_RUBRICS = frozenset(
    {
        "update", "updated", "breaking", "urgent", "corrected", "correction", "flash",
        "exclusive", "analysis", "factbox", "explainer", "wrapup", "refile", "alert",
    }
)  # fmt: skip
_RUBRIC_LEAST = 5  # a Russian word in capitals this long that the dictionary knows


def _is_rubric(word: str) -> bool:
    """Whether ``word`` is an agency's rubric in capitals (see ``_RUBRICS``): a Latin one of
    the list, or a Russian word of :data:`_RUBRIC_LEAST` letters or more in capitals that the
    dictionary knows and reads as no person's name or place («ОБНОВЛЕНО», «СРОЧНО»,
    «МОЛНИЯ»; not «МАГАТЭ», which it does not know)."""
    if not word.isupper():
        return False
    lower = word.lower()
    if _LATIN.match(word):
        return lower in _RUBRICS
    if len(word) < _RUBRIC_LEAST or not dictionary().word_is_known(lower):
        return False
    return not is_person(word) and not any(
        "Geox" in p.tag.grammemes or "Orgn" in p.tag.grammemes for p in dictionary().parse(lower)
    )


def is_name(word: str) -> bool:
    """Whether ``word``, met inside a sentence, may be a name: capitalised, long enough, and
    none of the title and sentence words that are capitalised there too."""
    lower = word.lower()
    return (
        word[0].isupper()
        and len(word) >= _MIN_NAME
        and lower not in _NOT_NAMES
        and not lower.startswith(_NOT_NAMES_RU)
    )


_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
_INITIAL = lazy_re.compile(r"(?<!\w)[A-ZА-ЯЁ]\.\s*$")
_SENTENCE_END = lazy_re.compile(r"(?:^|[.!?…:\n]|[^\w\s,;()«»\"'’-])[\s«\"'“(]*$")


# A speech verb names its speaker after it only when it follows what was said ("…, заявил
# Рябков", "…," said Lavrov"): in "Lavrov says Swiss summit …" the word after it is no one's.
_SPEAKER_BEFORE = lazy_re.compile(
    r"[,\"”»]\s*(?:заявил|заявила|сообщил|сообщила|said|says)[ \t]*$", re.IGNORECASE
)
# "… are doomed – Lavrov": a name after a dash that ends its line or sentence ("Россия –
# Африка" is a conference's name, nobody quoted).
_DASH_BEFORE = lazy_re.compile(r"\w[\s»\"”]*[–—][ \t]*$")
_LINE_END = lazy_re.compile(r"[ \t.!]*(?:$|\n)")
_SPEAKER_AFTER = lazy_re.compile(r"\s*:")


def _speaker(text: str, match: re.Match[str]) -> tuple[bool, bool]:
    """Whether a name is who is quoted ("… are doomed – Lavrov", "…, заявил Рябков",
    "Захарова: ЕС …"), and whether it is surely a person's (the dictionary's surname or
    first name; a Latin "Update:" may be none): a name read even at a sentence's start,
    and, when sure, one the other language must name too."""
    before = text[max(0, match.start() - 16) : match.start()]
    if _SPEAKER_BEFORE.search(before) is not None or (
        _DASH_BEFORE.search(before) is not None
        and _LINE_END.match(text, match.end())
        and not match.group().isupper()  # "— ЦИК": a body, which English spells out
    ):
        return True, True
    if _SPEAKER_AFTER.match(text, match.end()) is None:
        return False, False
    return True, bool(_CYRILLIC.match(match.group())) and is_person(match.group())


_NEXT_WORD = lazy_re.compile(r" ([A-Z][a-z]+)")


def _before_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a Latin name is followed by another ("Sergey Lavrov", "Joe Biden"): a first
    name (or a place's first word, "Burkina Faso", which the other language names too)."""
    if not _LATIN.match(match.group()):
        return False
    after = _NEXT_WORD.match(text, match.end())
    return after is not None and is_name(after.group(1))


def _russian_name_anywhere(word: str) -> bool:
    """Whether a Russian word opening a sentence is a name all the same: a person's by the
    dictionary ("Лавров назвал …", "Небензя в СБ ООН …") or a word it does not know
    ("Хуситы заявили …"), where English, writing the name inside its sentence ("Houthis
    said …", "Lavrov says …"), has it as a name."""
    if not _CYRILLIC.match(word):
        return False
    return is_person(word) or not dictionary().word_is_known(word.lower())


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or a line (after emoji or a bullet too):
    its capital says nothing of a name there."""
    before = text[max(0, at - 12) : at]
    return _SENTENCE_END.search(before) is not None and not _INITIAL.search(before)


def skeleton(word: str) -> str:
    """A name's first letters in a Latin spelling both languages' forms of it reach:
    ``лавровым``, ``Lavrov`` -> ``lavro``; ``захаровой``, ``Zakharova`` -> ``zahar``."""
    if _CYRILLIC.search(word):
        # A first "е" is said "ye" (Ереван, Yerevan; Елена, Yelena), and so is one after
        # "ь" (Вьетнам, Vietnam; Вьентьян, Vientiane; Пьер, Pierre).
        latin = re.sub(r"^е|(?<=ь)е", "ye", word).replace("дж", "j").translate(_TRANSLIT)
    else:
        # č, š, ž are ч, ш, ж (Vučić, Вучич) before the other marks are dropped.
        latin = "".join(
            c
            for c in unicodedata.normalize("NFKD", word.translate(_HACEK))
            if not unicodedata.combining(c)
        )
    for old, new in _LATIN_FOLDS:
        latin = latin.replace(old, new)
    latin = _SILENT_H.sub("", _FINAL_NG.sub("n", latin))
    latin = latin.replace("-", "").replace("'", "").replace("’", "")
    latin = re.sub(r"(.)\1", r"\1", latin)
    return latin[:_SKELETON_CHARS]


def anchor_similarity(a: Anchors, b: Anchors, weight: dict[str, float]) -> float:
    """How much of two stories' anchors they share, weighted by rarity (``weight``:
    :func:`anchor_weights`): the smaller side's share and the larger side's, combined (0 to
    1); 0 when they share fewer than :data:`MIN_SHARED` or quote different speakers."""
    keys_a, keys_b = a.names | (a.small & b.names), b.names | (b.small & a.names)
    shared = keys_a & keys_b
    if len(shared) < MIN_SHARED:
        return 0.0  # a flash's "Мишустин прибыл в Исламабад … ШОС" and any SCO story there
    # A speaker the other names only as a first word of two ("Russia-Africa Partnership
    # Forum" beside "форума партнерства Россия – Африка.") is named by it all the same.
    if a.speakers - b.names - b.small or b.speakers - a.names - a.small:
        return 0.0  # "Захарова: …" and "… – Kallas": two statements, whatever they share
    w_shared = sum(weight.get(k, 1.0) for k in shared)
    w_a = sum(weight.get(k, 1.0) for k in keys_a)
    w_b = sum(weight.get(k, 1.0) for k in keys_b)
    small, large = sorted((w_a + _UNSEEN, w_b + _UNSEEN))
    return math.sqrt((w_shared / small) * (w_shared / large))


def anchor_weights(all_anchors: Sequence[Anchors]) -> dict[str, float]:
    """Each key's weight in this window: log of how many stories over how many hold it."""
    df: Counter[str] = Counter()
    for x in all_anchors:
        df.update(x.names)
    n = len(all_anchors) + 1
    return {k: math.log(n / c) + 0.1 for k, c in df.items()}


def fold_translations(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each story folded into its translation (see the
    module's notes): the earlier leads, the later's posts become its sources."""
    # What a reader sees of each: a dateline's date and place, an agency's name and sign-off
    # are no anchors of the story ("МИНСК, 26 июня. /ТАСС/", "(Global Wire)").
    found = [anchors(None, "\n".join(shown_lines(i.lead.title, i.lead.text))) for i in items]
    # "Lavrov will visit India" and the phone call with India's minister it announced.
    ahead = [is_announcement(i.lead.title, i.lead.text) for i in items]
    # The evacuation is not the fighting it flees, though both name its villages.
    steps = [step_of(first_sentence(i.lead.title, i.lead.text)) for i in items]
    weight = anchor_weights(found)
    # Each story's best match: (its score, counted down by the time between, as a
    # translation follows soon; its index; its score).
    best: dict[int, tuple[float, int, float]] = {}
    for n, item in enumerate(items):
        if not found[n].language:
            continue
        sources = {r.source for r in item.rows}
        for m in range(n + 1, min(len(items), n + 1 + _CANDIDATES)):
            other = items[m]
            if other.lead.published_at - item.lead.published_at > TRANSLATION_WITHIN:
                break
            if found[m].language in ("", found[n].language) or ahead[m] != ahead[n]:
                continue
            if any(r.source in sources for r in other.rows) or other_steps(steps[n], steps[m]):
                continue
            score = anchor_similarity(found[n], found[m], weight)
            gap = other.lead.published_at - item.lead.published_at
            near = score * (1 - gap / (2 * TRANSLATION_WITHIN))
            for a, b in ((n, m), (m, n)):
                if near > best.get(a, (0.0, -1, 0.0))[0]:
                    best[a] = (near, b, score)
    out: list[DigestItem | None] = list(items)
    for n, (_, m, score) in sorted(best.items()):
        if n < m and score >= THRESHOLD and best.get(m, (0.0, -1, 0.0))[1] == n:
            first, later = items[n], items[m]
            out[n] = replace(first, copies=(*first.copies, *later.rows))
            out[m] = None
    return [i for i in out if i is not None]


class TranslationLikeness:
    """Whether two of a window's stories in the two languages likely tell one event (a
    looser test than a fold's: :data:`ALIKE`), for a digest choosing a crowded topic's
    stories (archive.digest.choose), which lists other events before another language's
    report of one it lists; archive.digest_retellings.Likeness is the same for one
    language."""

    def __init__(self, items: Sequence[DigestItem]) -> None:
        self._found = [
            anchors(None, "\n".join(shown_lines(i.lead.title, i.lead.text))) for i in items
        ]
        self._weight = anchor_weights(self._found)
        self._index = {id(item): n for n, item in enumerate(items)}

    def alike(self, a: DigestItem, b: DigestItem) -> bool:
        n, m = self._index.get(id(a)), self._index.get(id(b))
        if n is None or m is None:
            return False
        x, y = self._found[n], self._found[m]
        if not x.language or not y.language or x.language == y.language:
            return False
        return anchor_similarity(x, y, self._weight) >= ALIKE
