"""Which words of a search are found only where the text writes them with capitals too.

The index folds case (FTS5's unicode61, PostgreSQL's to_tsvector), so a search for "US"
found every "join us", "WHO" every "who", "IT" every "it", "Песков" the sands ("песков"),
"Того" (Togo) every "кроме того", "May 9" every "may raise". A word typed with capitals that
is also a common word in small letters is matched where the text has it with capitals:

- **an abbreviation typed in capitals** (2 to 5 letters) that is also a word in small
  letters, or no abbreviation of archive/abbreviations.py (US, WHO, IT, AIDS, START; not
  SCO, NATO, ООН): the word as typed, as a whole word, or with dots (U.S.), or capitalised
  from four letters up (Aids, as some papers write them), or a name it stands for as
  written (in either spelling); not when every word of the search is in capitals (caps lock);
- **a Russian name typed with a capital** that the dictionary also reads as a common word
  (Песков, Путин, Того, Орёл): the name's forms beginning with a capital, or in capitals;
  one it does not know whose word form is not itself (Орбан: орбита's; Моди: мода's;
  session 38): a word beginning with its first three letters with a capital or in capitals;
- **an English month typed with a capital beside a number** (May 9, 8 March);
- **a Russian common word that a name's forms share** (session 38), typed in small letters
  or with a capital that says nothing: one of its forms the dictionary also reads as a
  name's (газа: Газа; песков: Песков), or a surname made of its word form by the suffixes
  Russian surnames are made with (медведь: Медведев, лавровый: Лавров). Its forms in small
  letters or in capitals, or with a capital where no name's form is so written ("Пески",
  "Газ"): not «сектор Газа», «Дмитрий Песков», «Дмитрий Медведев».

A word typed in small letters finds every case, as before, and so does a capital that says
nothing of the word (a common word typed first: "Санкции", "Sanctions"). The check reads
the text of the posts the index matched, so it narrows a search and never widens one.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import is_abbreviation, is_also_a_word, spelled_out
from tg_archiver.archive.analysis import analyse_word, strip_marks
from tg_archiver.archive.lexemes import (
    NAME_GRAMMEMES,
    dictionary,
    likely,
    place_forms,
    surname_forms,
)
from tg_archiver.archive.lookalikes import made_adjectives
from tg_archiver.archive.variants import is_function_word, spellings

__all__ = ["E_OR_YO", "Cased", "cased_forms", "held_to_capitals", "name_forms", "with_marks"]

# For the engines' patterns: either letter where one is typed or written (Мирзиёев, Мирзиеев).
_E_OR_YO_CLASSES = {"е": "[её]", "ё": "[её]", "Е": "[ЕЁ]", "Ё": "[ЕЁ]"}
E_OR_YO = str.maketrans(_E_OR_YO_CLASSES)


@cache
def with_marks() -> dict[int, str]:
    """For a name's patterns (``str.translate``): е and ё alike, and a Latin letter with or
    without its marks, as posts write a name (Erdogan, «Erdoğan»; Sanchez, «Sánchez»): each
    letter's class of the letter and its forms with or without marks (g, ğ: ``[gĝğġģǧǵ]``).
    Made on first use, not at import (session 47)."""
    classes: dict[str, list[str]] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = strip_marks(letter)
        if len(base) == 1 and base != letter and base.isascii() and base.isalpha():
            classes.setdefault(base, [base]).append(letter)
    marked = {letter: f"[{''.join(group)}]" for group in classes.values() for letter in group}
    return str.maketrans({**_E_OR_YO_CLASSES, **marked})


_MAX_ABBREVIATION = 5
_LATIN = lazy_re.compile(r"[A-Za-z]+")
_CYRILLIC = lazy_re.compile(r"[А-ЯЁа-яё]+")
_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])


# States and peoples whose names are also common English words in small letters: "fine
# china", "turkey", "hanging chads", "shoe polish", "guinea pig", "japan" (lacquer), "panama"
# (a hat). Typed with a capital, the state is meant (session 44).
_STATE_WORDS = frozenset(
    {"China", "Turkey", "Chad", "Polish", "Guinea", "Japan", "Panama", "Chile"}
)  # chile: the pepper


@dataclass(frozen=True, slots=True)
class Cased:
    """Text a post must hold, as written: a whole word (``whole``), or a word's beginning."""

    text: str
    whole: bool


def cased_forms(
    word: str, *, caps_lock: bool, beside_number: bool, names: Sequence[str] = ()
) -> tuple[Cased, ...]:
    """What a post must hold, as written, to match ``word`` as typed (any one of them); empty
    when its capitals say nothing. ``caps_lock``: every word of the search is in capitals.
    ``beside_number``: a number is typed right before or after it. ``names``: what the
    search also looks the word up as (an abbreviation's names: "US", "United States"), each
    found as written too."""
    if len(word) < 2 or not word.isalpha():
        return ()
    found: tuple[Cased, ...] = ()
    if word.islower() and _CYRILLIC.fullmatch(word):
        # Not a month beside its day (9 мая: Майков): a day is looked up as written.
        found = () if beside_number else _common_word(word)
    elif word.isupper():
        found = () if caps_lock else _abbreviation(word)
    elif not (word[0].isupper() and word[1:].islower()):
        return ()
    elif _state_also_a_word(word):
        # A state or its people that is also an English word (China: china, Turkey, Chad,
        # Polish; session 44), with its capital, in any of its spellings (Türkiye).
        found = tuple(
            Cased(w, True)
            for s in dict.fromkeys((word, *(o.capitalize() for o in spellings(word))))
            for w in (s, s.upper())
        )
    elif _LATIN.fullmatch(word):
        if beside_number and word in _MONTHS:
            found = (Cased(word, True), Cased(word.upper(), True))
    elif _CYRILLIC.fullmatch(word):
        found = _russian_name(word)
    if not found:
        return ()
    spelled = (other for name in names for other in _as_written(name))
    return (*found, *(Cased(name, False) for name in dict.fromkeys(spelled)))


def held_to_capitals(word: str) -> bool:
    """Whether ``word``, typed so, is held to its capitals because it is also a word in
    small letters: a state's name ("China", not "fine china") or an abbreviation ("US")."""
    return _state_also_a_word(word) or (word.isupper() and is_also_a_word(word))


def _state_also_a_word(word: str) -> bool:
    """Whether the capitalised ``word`` is, or is spelled otherwise as, a state's name or
    its people's that is also a common English word in small letters (_STATE_WORDS)."""
    return word in _STATE_WORDS or any(o.capitalize() in _STATE_WORDS for o in spellings(word))


def name_forms(name: str, names: Sequence[str]) -> tuple[Cased, ...]:
    """What a post must hold, as written, to match the name of several words ``name`` typed
    in full, whose other names ``names`` hold an abbreviation that is also a word («ВОЗ»,
    "WHO", "US"; looked up as the word «воз», "who", "us" in the index, which keeps no case):
    that abbreviation in capitals, or the name or one of its other names as a post writes
    them (any one of them); empty for a name with no such abbreviation (session 44)."""
    also = [n for n in names if n.isupper() and is_also_a_word(n)]
    if not also:
        return ()
    # The name as typed, and as the table writes it (typed in small letters: "united states").
    listed = (n for a in also for n in spelled_out(a))
    spelled = (w for n in (name, *listed, *names) if n not in also for w in _as_written(n))
    return (*(Cased(n, True) for n in also), *(Cased(w, False) for w in dict.fromkeys(spelled)))


def _as_written(name: str) -> tuple[str, ...]:
    """How a post writes ``name``, as the beginning of its text: in either spelling; a
    Russian name by its first word's beginning, which its case forms share ("Всемирная
    организация здравоохранения": «Всемирной организации здравоохранения»)."""
    if not _CYRILLIC.match(name):
        return (name, _spelled_otherwise(name))
    first = name.split(" ")[0]
    stem = analyse_word(first)
    n = 0
    while n < min(len(stem), len(first)) and first[n].lower() == stem[n]:
        n += 1
    beginning = first[: max(n, 2)]
    # An adjective begins a sentence with a capital: «Индийские НПЗ», «Северокорейские».
    return (beginning, beginning.capitalize()) if beginning.islower() else (beginning,)


def _spelled_otherwise(name: str) -> str:
    """``name`` with each word in its other spelling, if it has one, its capital kept
    ("World Health Organisation" -> "World Health Organization")."""

    def other(word: str) -> str:
        # Not a word split in two ("Collective": "co llective", as if a prefix's).
        found = [f for f in spellings(word) if " " not in f]
        return word if not found else word[:1] + found[0][1:] if word[:1].isupper() else found[0]

    return " ".join(other(w) for w in name.split(" "))


def _abbreviation(word: str) -> tuple[Cased, ...]:
    if len(word) > _MAX_ABBREVIATION:
        return ()
    if _CYRILLIC.fullmatch(word) and not _also_a_word(word.lower()):
        return ()  # ООН, МИД: no word of small letters to tell it from
    if is_abbreviation(word) and not is_also_a_word(word):
        return ()  # SCO, NATO: nor these (their names are looked up as written elsewhere)
    out = [Cased(word, True)]
    if len(word) <= 3 and _LATIN.fullmatch(word):
        out.append(Cased("".join(f"{c}." for c in word), True))  # U.S., U.K.
    if len(word) >= 4:
        out.append(Cased(word.capitalize(), True))  # Nato, Aids
    return tuple(out)


@lru_cache(maxsize=4096)
def _russian_name(word: str) -> tuple[Cased, ...]:
    """A name's forms with a capital and in capitals, when the dictionary also reads the
    word in small letters as a common word; else empty."""
    if not dictionary().word_is_known(word.lower()):
        # A name it does not know (Орбан, Мирзиеев): where a word begins as it does, with a
        # capital or in capitals (Орбан's word form is орбита's: not «на орбиту»); by its
        # first three letters, which its other spellings share (Гутерриш, Гутерреш).
        return _unknown_name(word)
    forms = surname_forms(word) or place_forms(word)
    if not forms:
        parses = dictionary().parse(word.lower())
        named = [p for p in parses if any(g in p.tag for g in NAME_GRAMMEMES)]
        forms = tuple(f.word for p in named for f in p.lexeme)
    # A name only (Россия, Мишустин): small letters find nothing else. A form of it may be
    # a word where the one typed is not ("Пескова" looks up "песков", the sands).
    if not forms or not any(_also_a_word(f) for f in {word.lower(), *forms}):
        return ()
    beginnings = _beginnings({word.lower(), *forms})
    return tuple(
        Cased(spelled, False) for b in beginnings for spelled in (b[:1].upper() + b[1:], b.upper())
    )


# The suffixes a Russian surname is made of a common word's stem with: медведь, Медведев;
# лавр, Лавров; волк, Волков; сорока, Сорокин.
_SURNAME_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")


@lru_cache(maxsize=4096)
def _common_word(word: str) -> tuple[Cased, ...]:
    """A common word's forms as a post writes them where they are not a name's (see the
    module docstring), when a name's forms share its word form or one of its forms; else
    empty. Its forms in small letters and in capitals by their beginnings, each capitalised
    one whole unless the dictionary also reads it as a name's."""
    w = word.lower()
    analyzer = dictionary()
    if not analyzer.word_is_known(w) or is_function_word(w):
        return ()
    parses = likely(w)
    if not parses or parses[0].tag.POS not in ("NOUN", "ADJF"):
        return ()  # not a noun or an adjective: its other words (comparatives, verbs)
    if any(_named(p) for p in analyzer.parse(w)):
        return ()  # a name's form typed (песков, мирный): every case, as before
    own = {str(f.word) for p in parses if not _named(p) for f in p.lexeme}
    if not own:
        return ()
    stem = analyse_word(w)
    surnames = [
        c
        for c in (stem + s for s in _SURNAME_SUFFIXES)
        if analyse_word(c) == stem
        and analyzer.word_is_known(c)  # not a guess by its ending (санкцов)
        and any("Surn" in p.tag for p in analyzer.parse(c))
    ]
    named = {f for f in own if any(_named(p) for p in analyzer.parse(f))}
    if not (surnames or named):
        return ()
    own |= {f.replace("ё", "е") for f in own}
    # And the adjectives made from it, which begin a sentence with a capital too («Визовый
    # центр»: виза; «Портовая инфраструктура»: порт), each whole: session 44.
    made = set(made_adjectives(w)) - named
    # In small letters by the beginning its forms share (медвед), when long enough to be
    # no other word's; else by each form's. Fewer patterns: the filter reads every match.
    first, last = min(own), max(own)  # the beginning all share is these two's
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    shared = first[:n]
    beginnings = [shared] if len(shared) >= 4 else _beginnings(own)
    return (
        *(Cased(b, False) for b in beginnings),
        *(Cased(b.upper(), False) for b in beginnings),
        *(Cased(f[:1].upper() + f[1:], True) for f in sorted((own | made) - named)),
    )


def _named(parse: Any) -> bool:
    return any(g in parse.tag for g in NAME_GRAMMEMES)


def _unknown_name(word: str) -> tuple[Cased, ...]:
    stem = analyse_word(word.lower())
    if len(stem) < 3 or stem == word.lower():
        return ()  # its word form is itself: no other word's
    return (Cased(word[:3], False), Cased(word[:3].upper(), False))


def _also_a_word(word: str) -> bool:
    """Whether the dictionary knows the Cyrillic ``word`` as a common word (neither a name
    nor an abbreviation): "мир", "песков", "того"; not "оон", "мишустин", nor a word it does
    not know ("мирзиеев", whose readings it only guesses)."""
    if word in _WORDS_THE_DICTIONARY_LACKS:
        return True
    analyzer = dictionary()
    if not analyzer.word_is_known(word):
        return False
    return any(not any(g in p.tag for g in (*NAME_GRAMMEMES, "Abbr")) for p in analyzer.parse(word))


# Common words the dictionary reads only as a place's name: the pepper («соус чили», «перец
# чили»), which «Чили» typed with its capital is not (session 51).
_WORDS_THE_DICTIONARY_LACKS = frozenset({"чили"})


def _beginnings(forms: set[str]) -> list[str]:
    """``forms`` without those another of them begins (песков covers пескова, песковым)."""
    ordered = sorted(forms, key=len)
    kept: list[str] = []
    for f in ordered:
        if not any(f.startswith(k) for k in kept):
            kept.append(f)
    return kept
