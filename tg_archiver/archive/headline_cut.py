"""A headline cut from a sentence too long for one: where to cut, and what to write shorter
first (archive/officialese.py), so that it says who met whom.

:func:`cut_headline` gives the headline and what of the sentence it leaves out, for the
summary to go on from: at a colon or a dash that parts a title from its matter, when one
comes late enough ("Comment on the summit: the agenda is agreed"); else at the last word
boundary, neither after a word that leans on the next ("of", "the", "в") nor inside a
name, as long as the headline keeps half its length; a Russian cut after an adjective, or
an English one inside a phrase, goes back to before the phrase it cut, where that follows a
name, a day or a number in English ("…against mpox on Oct. 2…", not "…rose… …to 16").
A dash inside a title or a compound ("Заместителем Премьер-министра – Министром",
"государств – членов ШОС") parts nothing.
"""

from __future__ import annotations

import re
import unicodedata

from tg_archiver.archive import lazy_re
from tg_archiver.archive.lexemes import dictionary, is_person
from tg_archiver.archive.sentences import open_quote, shorten

__all__ = [
    "HEADLINE_CHARS",
    "STUB_CHARS",
    "cut_headline",
    "only_a_name",
    "title_break",
    "without_trailing_emoji",
]

HEADLINE_CHARS = 120
STUB_CHARS = 20  # a sentence this much longer than a headline is shown whole, not cut
_TITLE_BREAK = lazy_re.compile(r"[:;]\s|\s[–—]\s")  # ";" parts two statements
_NUMBER = lazy_re.compile(r"[$€£₽]?\d[\d.,]*%?")


def cut_headline(sentence: str, *, at_title: bool = True) -> tuple[str, str]:
    """(headline, what of the sentence it leaves out) for a sentence too long for a headline:
    cut at a colon or a dash when one comes late enough ("Comment on the summit: the agenda
    is agreed"; not with ``at_title`` false), else at the last word boundary, with "…" on
    both sides of the cut."""
    if len(sentence) <= HEADLINE_CHARS:
        return sentence, ""
    mark = title_break(sentence) if at_title else None
    if mark is not None:
        rest = sentence[mark.end() :].strip()
        return sentence[: mark.start()].rstrip(), rest[:1].upper() + rest[1:]
    if len(sentence) <= HEADLINE_CHARS + STUB_CHARS:
        # Cut, it would leave a stub: "…on the occasion" over "…of National Day." The
        # headline runs a little long instead.
        return sentence, ""
    cut = sentence[: HEADLINE_CHARS - 1]
    space = cut.rfind(" ")
    if space <= 0:  # one word longer than a headline: nothing to cut at
        return shorten(sentence, HEADLINE_CHARS), ""
    words = cut[:space].split(" ")
    # Not after a word that leans on the next ("of the", "в рамках") nor inside a name ("the
    # Shanghai… …Cooperation Organisation"): the latest place that is neither, as long as the
    # headline keeps half its length; else where the last space falls.
    keep = len(words)
    # Not after an adjective whose noun comes after the cut ("…в связи с многочисленными…
    # …человеческими жертвами"): before the phrase it opens, when that is in the headline's
    # second half ("… Фидану… …в связи с многочисленными жертвами"); the headline ends a
    # clause, the summary goes on with the phrase.
    # An English cut inside a phrase goes back the same way, to before a phrase that opens
    # after a name, a day or a number ("…against mpox on Oct. 2… …in the east", "…allied
    # with Nicolas Maduro… …on Thursday"), not after a verb it completes ("…rose… …to 16").
    every = sentence.split(" ")
    russian = _adjective(words[-1])
    english = not russian and _inside_english_phrase(words[-1], every[len(words)])
    for end in range(len(words) - 1 if russian or english else 0, 1, -1):
        if len(" ".join(words[:end])) <= _MIN_CUT:
            break
        last = words[end - 1]
        if (
            words[end].casefold() in _PHRASE_OPENERS
            and last.casefold() not in _LEANING
            and (
                _ends_a_name(last) and not _name_goes_on(every[end : end + 3])
                if english
                else not _NUMBER.fullmatch(last) and not _before_its_noun(last, words[end])
            )
        ):
            rest = " ".join([*words[end:], sentence[space + 1 :].strip()])
            return " ".join(words[:end]).rstrip(" ,;:-–—") + "…", "…" + rest
    for end in range(len(words), 1, -1):
        if len(" ".join(words[:end])) <= _MIN_CUT:
            break
        last, after = words[end - 1], words[end] if end < len(words) else sentence[space + 1 :]
        if last.endswith((",", ";", ":")) or not (
            last.casefold() in _LEANING
            or (last[:1].isupper() and after[:1].isupper())
            or _NUMBER.fullmatch(last) is not None  # "около 52… …млрд долларов"
            or _before_its_noun(last, after)  # "к реформе глобального… …управления"
        ):
            keep = end
            break
    rest = " ".join([*words[keep:], sentence[space + 1 :].strip()])
    return " ".join(words[:keep]).rstrip(" ,;:-–—") + "…", "…" + rest


def _inside_english_phrase(last: str, after: str) -> bool:
    """Whether an English headline cut between ``last`` and ``after`` ends inside a phrase
    ("…to take part in the meeting of the Council of Foreign Ministers… …of the SCO"): no
    mark ends ``last`` and ``after`` opens no phrase of its own. An editor ends such a
    headline before the phrase it cut ("…will visit Bishkek to take part…"), the summary
    going on with it."""
    return (
        bool(_LATIN_WORD.fullmatch(last.rstrip(".,;:!?\"'”)")))
        and not last.endswith((",", ";", ":", ".", "!", "?"))
        and after.casefold() not in _PHRASE_OPENERS
    )


def _ends_a_name(word: str) -> bool:
    """Whether an English ``word`` ends a name, a day or a number ("Maduro", "Thursday", "2")."""
    bare = word.rstrip(".,;:!?\"'”")
    return bool(bare) and (bare[0].isupper() or bare[0].isdigit())


def _name_goes_on(following: list[str]) -> bool:
    """Whether "for" after a name goes on with it ("the Pact for the Future", "Minister
    for Foreign Affairs"): no phrase opens there."""
    rest = [w for w in following[1:] if w != "the"]
    return bool(following) and following[0] == "for" and bool(rest) and rest[0][:1].isupper()


_LATIN_WORD = lazy_re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _before_its_noun(word: str, after: str) -> bool:
    """Whether the Russian ``word`` is an adjective the dictionary reads in the case of the
    noun ``after`` it ("глобального управления"): a headline cut between them reads broken."""
    noun = after.split(maxsplit=1)[0] if after.split() else ""
    if not _CYRILLIC.fullmatch(word) or not _CYRILLIC.fullmatch(noun.rstrip('.,;:»"')):
        return False
    first = dictionary().parse(word.casefold())[0]
    if first.tag.POS not in _ADJECTIVES:
        return False
    nouns = [p for p in dictionary().parse(noun.rstrip('.,;:»"').casefold()) if p.tag.POS == "NOUN"]
    return any(p.tag.case == first.tag.case for p in nouns)


_ADJECTIVES = frozenset({"ADJF", "PRTF"})


def _adjective(word: str) -> bool:
    """Whether the Russian ``word`` is read first as an adjective or a participle."""
    bare = word.rstrip('.,;:»"')
    return (
        bool(_CYRILLIC.fullmatch(bare))
        and dictionary().parse(bare.casefold())[0].tag.POS in _ADJECTIVES
    )


_CYRILLIC = lazy_re.compile(r"[А-Яа-яЁё-]+")


def without_trailing_emoji(sentence: str) -> str:
    """``sentence`` without the emoji after its full stop ("… в Тяньцзине. 🇷🇺🇨🇳")."""
    end = len(sentence)
    while end and unicodedata.category(sentence[end - 1]) in _TRAILING_DECORATION:
        end -= 1
    return sentence[:end] if end and sentence[end - 1] in ".!?…" else sentence


_TRAILING_DECORATION = frozenset({"So", "Sk", "Cf", "Mn", "Zs", "Co"})


def title_break(sentence: str) -> re.Match[str] | None:
    """Where a sentence too long for a headline reads as a title and its matter: the last
    colon or dash within a headline's length, late enough ("Comment on the summit: …")."""
    if len(sentence) <= HEADLINE_CHARS:
        return None
    for mark in reversed(list(_TITLE_BREAK.finditer(sentence[: HEADLINE_CHARS + 1]))):
        if _ONLY_SOURCE_AFTER.fullmatch(sentence, mark.end()):
            continue  # "… на выборах в Болгарии — экзитпол": who tells it, no matter of its own
        if mark.start() >= HEADLINE_CHARS // 4 and not _joins(sentence, mark):
            return mark
    return None


# A dash inside a title or a compound, not between a title and its matter: "Заместителем
# Премьер-министра – Министром иностранных дел", "государств – членов ШОС", "31 августа – 1
# сентября", "Deputy Prime Minister – Foreign Minister".
_JOINED_AFTER = lazy_re.compile(
    r"(?i)\s*(?:министр|глав[аыеуо]|member|foreign minister|minister|членов|членам|членами"
    r"|участников|участникам|участниками|\d)"
)
_JOINED_BEFORE = lazy_re.compile(r"\d\s*$")
_ONLY_SOURCE_AFTER = lazy_re.compile(r"\s*\S+(?:\s+\S+)?\s*[.!]?\s*")  # a word or two, the end


def _joins(sentence: str, mark: re.Match[str]) -> bool:
    """Whether the dash ``mark`` joins the words around it (see above) rather than breaks, or
    the colon or dash stands inside a quotation («Русский дом в Дели — это …»)."""
    before = sentence[: mark.start()]
    if open_quote(before):
        return True
    if ":" in mark.group():
        # "Руководитель Россотрудничества Е.А.Примаков: «…»", "Председатель Центрального
        # банка России Эльвира Набиуллина: …": who speaks is no title of its own; the
        # headline is the speaker and the words, cut later.
        last = before.split()[-1] if before.split() else ""
        return only_a_name(before) or is_person(last)
    return bool(
        _JOINED_AFTER.match(sentence, mark.end()) or _JOINED_BEFORE.search(sentence[: mark.start()])
    )


# Words that lean on the word after them, so that a headline cut after one reads broken.
_LEANING_LIST = """a an the of in on at to for with by from and or nor as into onto over about
    between against within without under after before during than that which who whose its
    their his her this these those our your upon via per
    в во на с со о об обо по для к ко у из от до при за над под между и или а но что
    который которая которое которые которого которой его её ее их этот эта это эти
    не ни же ли как чем ходе рамках связи целях отношении качестве течение том числе
    включая including
    около более менее почти свыше порядка примерно nearly almost around some"""
_LEANING = frozenset(_LEANING_LIST.split())
# Words that open a phrase of place, time, cause or a relative clause: a headline may end
# before one.
_PHRASE_OPENERS_LIST = """in on at for with by from into over after before during which who
    whose via to в во на с со о об обо по для к ко у из от до при после который которая которое
    которые которого которой"""
_PHRASE_OPENERS = frozenset(_PHRASE_OPENERS_LIST.split())
_MIN_CUT = HEADLINE_CHARS // 2


_NAME_GLUE_WORDS = "of the and for on in at to de del da von van bin ibn al el и по в на при"
_NAME_GLUE = frozenset(_NAME_GLUE_WORDS.split())


def only_a_name(text: str) -> bool:
    """Whether ``text`` is a name and its titles only ("Глава МИД Венгрии Петер Сийярто",
    "Speaker of the Federation Council Valentina Matviyenko"): every word but joining ones
    capitalised."""
    words = re.findall(r"[^\W\d_][\w.’'-]*", text)
    return bool(words) and all(w[:1].isupper() or w.casefold() in _NAME_GLUE for w in words)
