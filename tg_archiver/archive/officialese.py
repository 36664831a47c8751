"""Official titles and names written as news agencies write them, for a headline that would
otherwise be cut before it says who met whom.

A ministry's readout opens with its protocol forms: "О телефонном разговоре Министра
иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Турецкой
Республики Х.Фиданом", "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov
held talks with ...". Cut to a headline's length, the counterpart's name is lost. Agencies
write the same line shorter without changing what it says: "главы МИД России С.В.Лаврова",
"США" for "Соединенных Штатов Америки", "Foreign Minister" for "Minister of Foreign Affairs".

:func:`shortened` does that, step by step until the line fits: the protocol forms first
(every replacement keeps the word's grammatical case: the Russian forms are listed case by
case, and abbreviations such as США, КНР, ООН do not decline), then the date that opens it
("14 марта состоялся …", "On March 14, …": a digest gives the post's time beside it), then
the initials before a surname ("С.В.Лаврова" -> "Лаврова").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from tg_archiver.archive import lazy_re
from tg_archiver.archive.lexemes import dictionary

__all__ = ["abbreviated", "shortened", "sidelines", "without_sidelines"]

_YO = "[её]"
# (pattern, replacement); a replacement may use the match's groups. Case-sensitive where
# the capital is part of the protocol form; the first letter of the replacement follows
# the matched text's (a sentence may start with one).
_RUSSIAN = [
    # -> глава МИД, by case (below); not a minister of foreign affairs *and* something else
    # ("Министру иностранных дел и международного сотрудничества Ганы").
    (r"[Мм]инистр(|а|у|ом|е) иностранных дел(?! и )", None),
    (r"Совет(?:|а|у|ом|е) [Мм]инистров иностранных дел", "СМИД"),
    (r"[Мм]инистр(ов|ы|ам|ами|ах) иностранных дел(?! и )", None),  # -> глав МИД, by case
    (r"[Мм]инистерств(?:о|а|у|ом|е) иностранных дел(?! и )", "МИД"),
    (r"Российская Федерация", "Россия"),
    (r"Российской Федерации", "России"),
    (r"Российскую Федерацию", "Россию"),
    (r"Российской Федерацией", "Россией"),
    (rf"Соедин{_YO}нн(?:ые|ых|ым|ыми) Штат(?:ы|ов|ам|ами|ах) Америки", "США"),
    (r"Китайск(?:ая|ой|ую) Народн(?:ая|ой|ую) Республик(?:а|и|е|у|ой)", "КНР"),
    (
        r"Корейск(?:ая|ой|ую) Народно-Демократическ(?:ая|ой|ую) Республик(?:а|и|е|у|ой)",
        "КНДР",
    ),
    (rf"Организаци(?:я|и|ю|ей) Объедин{_YO}нных Наций", "ООН"),
    (r"Шанхайск(?:ая|ой|ую) организаци(?:я|и|ю|ей) сотрудничества", "ШОС"),
    (r"Содружеств(?:о|а|у|ом|е) Независимых Государств", "СНГ"),
    (
        r"Организаци(?:я|и|ю|ей) Договора о коллективной безопасности",
        "ОДКБ",
    ),
    # The ending whole ("союза", not "союз" and an "а" left over: "ЕАЭСа").
    (r"Евразийск(?:ий|ого|ому|им|ом) экономическ(?:ий|ого|ому|им|ом) союз(?:ом|а|у|е|)\b", "ЕАЭС"),
    (
        r"Высш(?:ий|его|ему|им|ем) Евразийск(?:ий|ого|ому|им|ом) экономическ(?:ий|ого|ому|им|ом)"
        r" совет(?:ом|а|у|е|)\b",
        "ВЕЭС",
    ),
    (r"Чрезвычайн(?:ый|ого|ому|ым|ом) и [Пп]олномочн(?:ый|ого|ому|ым|ом) (?=[Пп]осл)", ""),
    *(
        (rf"{republic}(?:и|е) {name}\b", genitive)  # genitive (and dative, prepositional)
        for republic, name, genitive, _ in (
            ("Республик", "Казахстан", "Казахстана", ""),
            ("Республик", "Узбекистан", "Узбекистана", ""),
            ("Республик", "Таджикистан", "Таджикистана", ""),
            ("Исламской Республик", "Пакистан", "Пакистана", ""),
            ("Исламской Республик", "Иран", "Ирана", ""),
            ("Арабской Республик", "Египет", "Египта", ""),
        )
    ),
    (r"Республик(?:и|е) Инди[яи]\b", "Индии"),
    (r"Турецк(?:ой) Республик(?:и|е)", "Турции"),
    (r"Турецк(?:ой) Республикой", "Турцией"),
    # Organisations as agencies write them ("Генассамблеи ООН", "СБ ООН", "МАГАТЭ").
    (r"Генеральн(?:ая|ой|ую) Ассамбле(я|и|ю|ей|е) (?=ООН)", r"Генассамбле\1 "),
    (r"Совет(?:|а|у|ом|е) Безопасности (?=ООН)", "СБ "),
    (r"Международн(?:ое|ого|ому|ым|ом) агентств(?:о|а|у|ом|е) по атомной энергии", "МАГАТЭ"),
    (r"атомн(?:ая|ой|ую|ые|ых|ым|ыми) электростанци(?:я|и|ю|ей|ях|ям|ями)", "АЭС"),
]
_MINISTER = {
    "": "глава МИД",
    "а": "главы МИД",
    "у": "главе МИД",
    "ом": "главой МИД",
    "е": "главе МИД",
    "ов": "глав МИД",
    "ы": "главы МИД",
    "ам": "главам МИД",
    "ами": "главами МИД",
    "ах": "главах МИД",
}
_ENGLISH = [
    (
        r"\b[Mm]inister of Foreign Affairs of (?:the Russian Federation|Russia)\b",
        "Russian Foreign Minister",
    ),
    (r"\b[Mm]inister of Foreign Affairs\b(?! and )", "Foreign Minister"),
    (r"\b[Mm]inistry of Foreign Affairs\b", "Foreign Ministry"),
    (r"\b[Mm]inister of External Affairs\b", "External Affairs Minister"),
    (r"\b[Tt]he Republic of India\b", "India"),
    (r"\b[Tt]he Islamic Republic of Pakistan\b", "Pakistan"),
    (r"\b[Tt]he Russian Federation\b", "Russia"),
    (r"\bRussian Federation\b", "Russia"),
    (r"\b[Tt]he People's Republic of China\b", "China"),
    (r"\b[Tt]he People’s Republic of China\b", "China"),
    (r"\b[Tt]he Democratic People['’]s Republic of Korea\b", "the DPRK"),
    (r"\b[Tt]he United States of America\b", "the United States"),
    (r"\b[Tt]he Islamic Republic of Iran\b", "Iran"),
    (r"\b[Tt]he Republic of Türkiye\b", "Türkiye"),
    (r"\bShanghai Cooperation Organi[sz]ation\b", "SCO"),
    (r"\bCommonwealth of Independent States\b", "CIS"),
    (r"\bCollective Security Treaty Organi[sz]ation\b", "CSTO"),
    (r"\bAmbassador Extraordinary and Plenipotentiary\b", "Ambassador"),
    (r"\b[Mm]inisters of Foreign Affairs\b(?! and )", "Foreign Ministers"),
    # Organisations by the abbreviations agencies write ("the IAEA", "the UNGA").
    (r"\b(?:United Nations|UN|U\.N\.) General Assembly\b", "UNGA"),
    (r"\b(?:United Nations|UN|U\.N\.) Security Council\b", "UNSC"),
    (r"\bInternational Atomic Energy Agency\b", "IAEA"),
    (r"\bEurasian Economic Union\b", "EAEU"),
    (r"\bWorld Health Organi[sz]ation\b", "WHO"),
    (r"\bOrgani[sz]ation for Security and Co-?operation in Europe\b", "OSCE"),
    (r"\bNorth Atlantic Treaty Organi[sz]ation\b", "NATO"),
    (r"\bAssociation of Southeast Asian Nations\b", "ASEAN"),
    (r"\bInternational Criminal Court\b", "ICC"),
    (r"\bInternational Court of Justice\b", "ICJ"),
    (r"\bUnited Arab Emirates\b", "UAE"),
    (r"\bUnited Nations\b", "UN"),
]
_RULES = [(lazy_re.compile(p), r) for p, r in _RUSSIAN + _ENGLISH]
# Russian initials only: "С.В.Лаврова"; in English "U.S. Secretary of State" is no name's.
_INITIALS = lazy_re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}(?=[А-ЯЁ][а-яё])")


_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_RU = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DATE_LEAD = lazy_re.compile(
    rf"^(?:On (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?"
    rf"(?:(?:{_MONTHS_EN}) \d{{1,2}}|\d{{1,2}} (?:{_MONTHS_EN}))(?:,? \d{{4}})?,\s+"
    rf"|\d{{1,2}} (?:{_MONTHS_RU})(?: \d{{4}} (?:г\.|года))?,?\s+(?=[а-яёА-ЯЁ]))"
)


_SAID_TWICE = lazy_re.compile(r"\b([A-ZА-ЯЁ]{2,})\s+\(\1\)")


def shortened(text: str, limit: int) -> str:
    """``text`` shortened by the steps above, as far as needed to be at most ``limit``
    characters (it may still be longer: the caller cuts it then)."""
    if len(text) <= limit:
        return text
    for pattern, replacement in _RULES:
        text = pattern.sub(partial(_replace, replacement=replacement), text)
    # "… с МАГАТЭ (МАГАТЭ)": the name written short, its abbreviation in brackets said twice.
    text = _SAID_TWICE.sub(r"\1", text)
    if len(text) > limit:
        undated = _DATE_LEAD.sub("", text, count=1)
        text = undated[:1].upper() + undated[1:]
    if len(text) > limit:
        text = _INITIALS.sub("", text)
    return text


# "on the sidelines of the 81st session of the UNGA", "на полях Генеральной конференции
# агентства": where it happened, which the headline does without (the post says it).
_SIDELINES = lazy_re.compile(r"(?i)\b(?:on the (?:sidelines|margins) of|на полях)\s+")
_EVENT_WORDS_LIST = "the of session summit meeting conference forum week talks high-level"
_EVENT_WORDS_EN = frozenset(_EVENT_WORDS_LIST.split())
_EVENT_WORD = lazy_re.compile(r"[^\s,;:()]+")
_ORDINAL = lazy_re.compile(r"\d+(?:st|nd|rd|th|-[а-я]{1,3})?")


def without_sidelines(text: str) -> str:
    """``text`` without its first "on the sidelines of …" ("на полях …"): the words naming
    the event after it (see :func:`sidelines`), and a comma that closed it."""
    span = next(sidelines(text), None)
    if span is None:
        return text
    before, after = text[: span[0]].rstrip(), text[span[1] :]
    if not before:  # "On the sidelines of …, Lavrov held talks": the sentence starts after it
        after = after.lstrip(" ,")
        return after[:1].upper() + after[1:]
    if before.endswith(",") and after.startswith(","):
        after = after[1:]
    return f"{before}{after}" if after[:1] in ",.;:" else f"{before} {after.lstrip()}"


def sidelines(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` says "on the sidelines of …" ("на полях …"), with the words naming the
    event after it (capitalised, numbers, "session of the"; in Russian words in the genitive
    and abbreviations): (start, end) of each."""
    for found in _SIDELINES.finditer(text):
        russian = found.group().casefold().startswith("на")
        end = found.end()
        for word in _EVENT_WORD.finditer(text, found.end()):
            if word.start() > end + 1 or not _event_word(word.group(), russian=russian):
                break
            end = word.end()
        if end > found.end():
            yield found.start(), end


def _event_word(word: str, *, russian: bool) -> bool:
    word = word.strip('«»"“”')
    if not word:
        return True
    if _ORDINAL.fullmatch(word) or word.isupper():
        return True
    if not russian:
        return word[:1].isupper() or word.casefold() in _EVENT_WORDS_EN
    return any(p.tag.case == "gent" for p in dictionary().parse(word.casefold()))


def _replace(match: re.Match[str], *, replacement: str | None) -> str:
    if replacement is None:
        replacement = _MINISTER[match.group(1)]
    replacement = match.expand(replacement)
    if match.start() == 0 and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A name spelled out, then its abbreviation in brackets: "Шанхайская организация
# сотрудничества (ШОС)", "Евразийского экономического союза (ЕАЭС)", "the International
# Atomic Energy Agency (IAEA)".
_ABBREVIATION_GIVEN = lazy_re.compile(r"\s*\(([A-ZА-ЯЁ]{2,8})\)")
_NAME_WORD = lazy_re.compile(r"[^\W\d_][\w-]*")
_NAME_GLUE = frozenset({"по", "и", "of", "the", "and", "for", "on"})
_NAME_SCAN = 10  # words before the brackets read for the name


def abbreviated(text: str) -> str:
    """``text`` with a name spelled out before its abbreviation in brackets written as the
    abbreviation alone, as a headline writes it ("Доля … стран Евразийского экономического
    союза (ЕАЭС) …" -> "… стран ЕАЭС …"): the name's words start with a capital, and their
    initials (small words aside) are the abbreviation's letters in order, its first and its
    last among them ("ЕАЭС": Евразийского экономического союза). The abbreviation does not
    decline, so the sentence reads in any case."""
    out: list[str] = []
    pos = 0
    for m in _ABBREVIATION_GIVEN.finditer(text):
        start = _name_start(text[pos : m.start()], m.group(1))
        if start is None:
            continue
        out.append(text[pos : pos + start] + m.group(1))
        pos = m.end()
    return "".join(out) + text[pos:] if out else text


def _name_start(before: str, abbreviation: str) -> int | None:
    """Where in ``before`` the name that ``abbreviation`` stands for starts, or None."""
    words = list(_NAME_WORD.finditer(before))[-_NAME_SCAN:]
    if not words or before[words[-1].end() :].strip():
        return None
    letters = abbreviation.casefold()
    for first in range(len(words) - 1, -1, -1):
        span = [w.group() for w in words[first:]]
        if span[0].casefold() in _NAME_GLUE:
            continue
        content = [w for w in span if w.casefold() not in _NAME_GLUE]
        initials = "".join(w[0] for w in content).casefold()
        if (
            len(content) >= max(2, len(letters) - 2)
            and span[0][:1].isupper()
            and initials[0] == letters[0]
            and initials[-1] == letters[-1]
            and _in_order(initials, letters)
        ):
            return words[first].start()
        if len(content) > len(letters):
            return None
    return None


def _in_order(initials: str, letters: str) -> bool:
    rest = iter(letters)
    return all(c in rest for c in initials)
