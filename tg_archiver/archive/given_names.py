"""A given name typed before a surname ("Сергей Лавров", "Maria Zakharova"): the person, found
where a post names them by surname alone or with their initials, not another person of the
surname.

Official posts name a minister «С.В.Лавров», «Лавров», «министр Лавров»; a search that made
the given name a word a post must hold missed them all. Made optional (session 39), it found
"James Cameron" for `David Cameron`. So (session 40) the given name is no word a post must
hold, and a post that names someone else of the surname is left out by its text as written
(:class:`Named`, a filter beside the capitals' on both engines): the surname with a
capitalised word right before it that is not the given name (its first three letters, so
that «Сергея», "Sergey" are his), or with initials of another first letter before or after
it («А.Лавров», "Lavrov A."). A post holding the name as typed passes whatever else it holds,
and ranks first (the name typed is looked up as a phrase too). A patronymic is no other
given name, Russian or written in Latin letters ("Sergei Viktorovich Lavrov"); nor, when the
archive names nobody else of the surname, is a title written with a capital before it
("Foreign Minister Lavrov", «Министр Лавров», "Mr Lavrov"), a word opening a sentence
(«Визит Лаврова», "Yesterday Lavrov"), a month or a weekday (archive/not_names.py, session
43: such posts had been left out). Where it does name another, a title says nothing of
which one is meant, and the filter stays cautious.

A given name is a word the dictionary reads as one (OpenCorpora's ``Name``; a Latin one read
in Cyrillic by archive/romanization.py, where the dictionary knows it), typed before a
capitalised word that is no place's name. Pure, but for the dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.capitals import E_OR_YO, with_marks
from tg_archiver.archive.foreign_names import foreign_given, is_foreign_given
from tg_archiver.archive.not_names import not_given_names

__all__ = [
    "CAPITAL",
    "PATRONYMIC",
    "SMALL",
    "Named",
    "a_man",
    "beginning",
    "given_name",
    "in_cases",
    "in_other_script",
    "is_known_name",
    "latin_name",
    "named",
]

_CYRILLIC_WORD = lazy_re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?")
# A capitalised Latin word, its letters perhaps with marks (Vučić, Erdoğan, Sánchez).
_LATIN_WORD = lazy_re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]{2,}")
_VOWEL_END = lazy_re.compile(r"[аяaeiouy]$")
# A letter of a name, capital or small, in either script (Latin ones perhaps with marks).
CAPITAL = "[A-ZÀ-ÖØ-ÞА-ЯЁ]"
SMALL = "[a-zß-öø-ÿа-яё\u0100-\u017f]"
# A patronymic between the given name and the surname («Сергей Викторович Лавров», "Sergei
# Viktorovich Lavrov", "Maria Vladimirovna Zakharova"), any case.
PATRONYMIC = rf"{CAPITAL}{SMALL}*(?:вич|вн|ичн|vich|vitch|vna|ichna){SMALL}*"


@dataclass(frozen=True)
class Named:
    """A person a search names, told from others of the surname by a post's text as written:
    a post passes unless it holds ``another`` (another person of the surname), or when it
    holds ``as_typed`` (the person as typed) anyway. Both are regular expressions both
    engines read alike (Python's ``re`` in SQLite's REGEXP, PostgreSQL's ``~``)."""

    another: str
    as_typed: str
    # The person as typed (a given name before a surname; empty for a man's surname typed
    # alone): what archive/namesakes.py weighs against the archive's other bearers.
    given: str = ""
    surname: str = ""
    # The nouns of a title typed before a surname (query_titles.py: «министр»): the bearer
    # the archive gives it is meant, told from the others once it is read
    # (store/namesakes.py).
    titled: str = ""


def titled(surname: str, title: str) -> Named:
    """The filter of a surname typed after a title (``title``'s nouns: «министр Лавров»),
    before the archive is read: a man's (:func:`a_man`), or none (an empty ``as_typed``
    passes every post)."""
    man = a_man(surname)
    unwritten, written = _in_small_letters(surname)
    if man is None:
        return Named(_either(unwritten), written, "", surname, title)
    return Named(_either(man.another, unwritten), man.as_typed, "", surname, title)


def named(given: str, surname: str, *, alone: bool = False) -> Named:
    """The filter of a person typed as ``given`` ``surname`` (see :func:`given_name`): the
    surname with a capitalised word right before it that is not the given name (its
    beginning its case forms share: Кая, «Каи»; three letters of a Latin one, i, j and y
    alike: Yuri, Iurii), nor a patronymic, nor a state's genitive («МИД России
    Захаровой»); or initials of another first letter before or after it («А.Лавров»,
    "Lavrov A."). A post holding the given name (in any form) right before the surname, or
    with a patronymic between, passes anyway.

    ``alone``: the archive names nobody else of the surname (archive/namesakes.py), so a
    title or a sentence's first word before it (archive/not_names.py: "Foreign Minister
    Lavrov", «Визит Лаврова») is no other person either. Where it names another bearer, a
    title tells nothing of which one is meant ("Former President Medvedev" for `Daniil
    Medvedev`), and such a post is left out."""
    stem = surname[:-1] if len(surname) > 5 and _VOWEL_END.search(surname) else surname
    g, i = beginning(given)
    s = re.escape(stem).translate(with_marks())
    states = rf"(?!(?:{_states_genitive()})\s)"
    titles = ""
    if alone:
        titles = rf"(?!(?:{'|'.join(not_given_names())})(?:-{CAPITAL}?{SMALL}+)?\s)"
    capitalised = rf"{CAPITAL}{SMALL}+(?:-{CAPITAL}?{SMALL}+)?"
    other = rf"(?!{g})(?!{PATRONYMIC}\s){states}{titles}{capitalised}"
    # The word and the surname asserted first: the look-ups of the long lists then run only
    # where a capitalised word stands before the surname, not at every word of a post.
    word = rf"(?<![\w.-])(?={capitalised}\s{s}){other}\s{s}"
    before = rf"(?<![\w.])(?<!\.\s)(?!{i}\.){CAPITAL}\.\s?(?:{CAPITAL}\.\s?)?{s}"
    after = rf"{s}{SMALL}*\s(?!{i}\.){CAPITAL}\.\s?{CAPITAL}?\.?"
    # A second given name may stand between (Recep Tayyip Erdoğan), or a patronymic.
    as_typed = rf"(?<![\w.]){g}{SMALL}*\s(?:{capitalised}\s)?(?:{PATRONYMIC}\s)?{s}"
    unwritten, _ = _in_small_letters(surname)
    return Named(_either(f"{word}|{before}|{after}", unwritten), as_typed, given, surname)


def _in_small_letters(surname: str) -> tuple[str, str]:
    """Regular expressions of a post that writes a capitalised ``surname`` only in small
    letters, which is then a word, not the person ("modi operandi", a sapling: «bir fidan»;
    session 47), and of the surname written with its capital, in capitals or as a hashtag;
    both empty for a surname typed in small letters. Either engine reads them: ``(?s)``
    (a dot is any character, as PostgreSQL's is) is for :func:`_either` to put first."""
    if not surname[:1].isupper():
        return "", ""
    # By its first three letters, which its case forms and other spellings share
    # («Фиданом»: «Фидан»; Araghchi: "Araqchi").
    stem = surname[:3]
    forms = (stem, stem.upper(), f"#{stem.lower()}")
    written = "|".join(re.escape(f).translate(with_marks()) for f in forms)
    return rf"\A(?!.*(?:{written}))", written


def _either(*patterns: str) -> str:
    """One regular expression matching where any of ``patterns`` does (the empty ones left
    out), ``.`` any character in both engines."""
    found = "|".join(p for p in patterns if p)
    return f"(?s){found}" if found else ""


def beginning(given: str) -> tuple[str, str]:
    """Regular expressions of a given name's beginning its forms share (Кая, «Каи»: «Ка»;
    three letters of a Latin one, i, j and y alike) and of its first letter."""
    if _CYRILLIC_WORD.fullmatch(given):
        forms = _forms(given.lower())
        if not forms and (base := foreign_given(given)):
            # A foreign name the dictionary does not know (archive/foreign_names.py): its
            # nominative, a last vowel off (Кая: «Каи»).
            forms = (base.lower(), base.lower()[:-1] if base[-1] in "аяйь" else base.lower())
        # ё and е alike, as posts write them (Пётр, «Петр»; session 44).
        begin = given.lower().replace("ё", "е")
        for form in (f.replace("ё", "е") for f in forms):
            while not form.startswith(begin):
                begin = begin[:-1]
        begin = begin if len(begin) >= 2 else given.lower()[:2]
        return re.escape(given[: len(begin)]).translate(E_OR_YO), re.escape(given[:1])
    letters = [
        ("[YIJ]" if c.isupper() else "[yij]") if c in "YIJyij" else re.escape(c) for c in given[:3]
    ]
    return "".join(letters), letters[0]


@lru_cache(maxsize=4096)
def a_man(surname: str) -> Named | None:
    """The filter of a Russian man's surname typed alone in the nominative (``Захаров``),
    whose genitive is a woman's nominative («Захарова»): not a post where that form is a
    woman's, the subject of a verb in the feminine past («Захарова заявила», «Захарова
    также сообщила»), unless the post holds one of his own forms too («Захаров»,
    «Захаровым», «Захарове»). None for another word (session 40)."""
    from tg_archiver.archive.lexemes import likely

    if not (_CYRILLIC_WORD.fullmatch(surname) and surname[-2:] in ("ов", "ев", "ёв", "ин", "ын")):
        return None
    found = likely(surname.lower())
    if not any({"Surn", "masc", "nomn"} <= p.tag.grammemes for p in found):
        return None
    s = re.escape(surname)
    her = rf"(?<![\w.-]){s}а\s(?:{SMALL}+\s)?{SMALL}+ла(?:сь)?(?![\w])"
    his = rf"(?<![\w.-]){s}(?:ым|е)?(?![\w])"
    return Named(her, his)


_CASES = ("gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1024)
def in_cases(given: str, surname: str) -> tuple[str, ...]:
    """A Russian given name and surname declined together, lower-case («сергея лаврова»,
    «сергею лаврову», ...), as posts write the name in full; empty for a Latin one or one
    the dictionary cannot decline."""
    if not (_CYRILLIC_WORD.fullmatch(given) and _CYRILLIC_WORD.fullmatch(surname)):
        return ()
    from tg_archiver.archive.lexemes import likely

    first = next((p for p in likely(given.lower()) if "Name" in p.tag.grammemes), None)
    last = next(iter(likely(surname.lower())), None)
    if first is None or last is None:
        return ()
    out = []
    for case in _CASES:
        a, b = first.inflect({case}), last.inflect({case})
        if a is not None and b is not None:
            out.append(f"{a.word} {b.word}")
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def _forms(word: str) -> tuple[str, ...]:
    """The singular case forms of the given name ``word`` (lower-case), by the dictionary."""
    from tg_archiver.archive.lexemes import likely

    for p in likely(word):
        if "Name" in p.tag.grammemes:
            return tuple(f.word for f in p.lexeme if "sing" in f.tag.grammemes) or (word,)
    return ()


@lru_cache(maxsize=4096)
def given_name(first: str, second: str) -> bool:
    """Whether ``first`` typed before ``second`` is a person's given name before their
    surname: both capitalised words of one script, the first one the dictionary reads as a
    given name, the second no place (none in the name's case, for a Cyrillic one)."""
    if _CYRILLIC_WORD.fullmatch(first) and _CYRILLIC_WORD.fullmatch(second):
        name = _is_name(first.lower(), guessed=True) or bool(foreign_given(first))
        return name and not _place_after(first.lower(), second.lower())
    if _latin_capitalised(first) and _latin_capitalised(second):
        # Mali read «Малий» is a name to the dictionary, but a state first.
        name = _latin_name(first) or is_foreign_given(first)
        return name and not _latin_place(first) and not _latin_place(second)
    return False


@lru_cache(maxsize=4096)
def _is_name(word: str, *, guessed: bool) -> bool:
    """Whether the dictionary reads ``word`` (lower-case, Cyrillic) as a given name, and no
    place; with ``guessed``, a word it does not know by its guess."""
    from tg_archiver.archive.lexemes import dictionary, likely

    if not guessed and not dictionary().word_is_known(word):
        return False
    found = likely(word)
    return any("Name" in p.tag.grammemes for p in found) and not _place(word)


def _place_after(name: str, word: str) -> bool:
    """Whether the dictionary reads ``word`` (lower-case) first as a place, in a case it
    reads the given name ``name`` in when it knows the name: «Сергея Рябкова» is no place
    (a village Рябкова, in the nominative, after a name in the genitive), «Южная Корея»
    is."""
    if not _place(word):
        return False
    from tg_archiver.archive.lexemes import likely

    # A person's name: singular (Алиев is no plural of Алия's), known, not guessed.
    names = {p.tag.case for p in likely(name) if {"Name", "sing"} <= p.tag.grammemes}
    if not names or not _is_name(name, guessed=False):
        return True
    places = {p.tag.case for p in likely(word) if "Geox" in p.tag.grammemes}
    return bool(places & names)


@lru_cache(maxsize=4096)
def _place(word: str) -> bool:
    """Whether the dictionary reads ``word`` (lower-case) first as a place."""
    from tg_archiver.archive.lexemes import likely

    found = likely(word)
    return bool(found) and "Geox" in found[0].tag.grammemes


@lru_cache(maxsize=1)
def _states_genitive() -> str:
    """A regular expression of the Russian states' names in the genitive, with a capital
    («России», «Франции»): a title names the state before a surname («МИД России
    Захарова», «Банка России Набиуллина»), and that is no other given name."""
    from tg_archiver.archive.demonyms import russian_states
    from tg_archiver.archive.lexemes import likely

    out = []
    for state in russian_states():
        found = likely(state)
        gent = found[0].inflect({"gent"}) if found else None
        if gent is not None:
            out.append(gent.word[:1].upper() + gent.word[1:])
    return "|".join(sorted(set(out), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4096)
def _latin_capitalised(word: str) -> bool:
    """Whether ``word`` is a capitalised Latin word (see _LATIN_WORD): a capital, then small
    letters (the marked range holds both)."""
    return bool(_LATIN_WORD.fullmatch(word)) and word[0].isupper() and word[1:].islower()


def _latin_name(word: str) -> bool:
    """Whether a Latin word, read in Cyrillic (romanization.cyrillic; a doubled letter once,
    a last y or i after a consonant «ий»: Vassily, «Василий», Dmitri, «Дмитрий»; ia «ья»:
    Tatiana), is a given name the dictionary knows, in its nominative (a Latin name does
    not decline: "Bayramov" read «Байрамов» is the plural genitive of «Байрам», a surname
    typed before another; session 53)."""
    return any(map(_nominative, _names_read(word)))


@lru_cache(maxsize=1024)
def _names_read(word: str) -> tuple[str, ...]:
    """The readings in Cyrillic of the Latin ``word`` (see _latin_name) that the dictionary
    knows as given names, lower-case, the likeliest first."""
    from tg_archiver.archive.romanization import cyrillic

    plain = re.sub(r"(\w)\1", r"\1", word)
    spelled = [word, plain, *(re.sub(r"(?<=[^aeiou])[yi]$", "iy", w) for w in (word, plain))]
    spelled += [w.replace("ia", "ya") for w in spelled]  # Tatiana: «Татьяна»
    readings = [r.lower() for w in dict.fromkeys(spelled) for r in cyrillic(w)]
    readings += [r.replace("ы", "ий") for r in readings if r.endswith("ы")]
    found = [r for r in dict.fromkeys(readings) if _is_name(r, guessed=False)]
    # A name's own nominative first («дмитрий» before «дмитры», a case form of «Дмитр»).
    return tuple(sorted(found, key=lambda r: not _nominative(r)))


def _nominative(word: str) -> bool:
    """Whether the dictionary reads ``word`` (lower-case) as a given name's nominative."""
    from tg_archiver.archive.lexemes import likely

    return any("Name" in p.tag.grammemes and p.normal_form == word for p in likely(word))


def in_other_script(given: str, surname: str) -> tuple[str, ...]:
    """``given``, typed as a person's given name before ``surname`` (given_name), as the
    other script writes it, each of its readings that is a given name there, the likeliest
    first ("Dmitry": «Дмитрий»; "Mikhail": «Михайл», «Михаил»; "Hakan": «Хакан»; «Сергей»:
    "Sergey"), for a search that reads the surname in that script; empty when it is no given
    name before it or none of its readings is one (session 44)."""
    from tg_archiver.archive.romanization import cyrillic, latin

    if not given_name(given, surname):
        return ()
    if _latin_capitalised(given):
        found = [*_names_read(given), *(r for r in cyrillic(given) if foreign_given(r))]
    else:
        found = [r for r in latin(given) if _latin_name(r) or is_foreign_given(r)]
    return tuple(dict.fromkeys(r[:1].upper() + r[1:] for r in found))


def is_known_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` (lower-case, Cyrillic) as a given name: not a
    guess by its ending."""
    return _is_name(word, guessed=False)


def latin_name(word: str) -> bool:
    """Whether the Latin ``word``, read in Cyrillic, is a given name the dictionary knows."""
    return _latin_name(word)


@lru_cache(maxsize=4096)
def _latin_place(word: str) -> bool:
    """Whether a Latin word is a state (archive/demonyms.py) or, read in Cyrillic, a place
    the dictionary knows (Virginia: «Виргиния»); not one it guesses a place by its ending
    ("Carney" read «Карнеи», "Mujica" «Муджика»: session 53)."""
    from tg_archiver.archive.demonyms import of as demonyms
    from tg_archiver.archive.lexemes import dictionary
    from tg_archiver.archive.romanization import cyrillic

    known = dictionary().word_is_known
    return bool(demonyms(word)) or any(
        _place(r) and known(r) for r in (c.lower() for c in cyrillic(word))
    )
