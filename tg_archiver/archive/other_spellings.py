"""How a search's word is written in the other script, for store/both_scripts.py's second
search: an abbreviation's twin, a place's name there, a Russian name's romanisations, a Latin
name's readings, a Chinese, Japanese or Korean name's syllables, a foreign name's Russian
cases; what the archive is asked to hold. Pure, but for the dictionary and the tables, read
on first use. Split from store/both_scripts.py in session 46.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import in_other_script as abbreviation_twins
from tg_archiver.archive.analysis import fold, strip_marks
from tg_archiver.archive.central_european import central_cyrillic, central_latin
from tg_archiver.archive.foreign_names import foreign_given
from tg_archiver.archive.given_names import in_other_script as given_name_readings
from tg_archiver.archive.given_names import is_known_name
from tg_archiver.archive.iberian_names import iberian_cyrillic, iberian_latin
from tg_archiver.archive.korean_names import a_korean_name, korean_readings
from tg_archiver.archive.name_spellings import english, i_and_y
from tg_archiver.archive.romanization import cyrillic, latin
from tg_archiver.archive.turkish_names import turkish_cyrillic, turkish_latin
from tg_archiver.archive.variants import serbian_as_russian
from tg_archiver.archive.vietnamese_names import a_vietnamese_name, vietnamese_readings

__all__ = [
    "CYRILLIC_WORD",
    "LATIN_WORD",
    "abbreviated",
    "candidates",
    "held_forms",
    "korean",
    "korean_runs",
    "name_readings",
    "translated",
]

CYRILLIC_WORD = lazy_re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
LATIN_WORD = lazy_re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_MARKED_LATIN = lazy_re.compile(r"[A-Za-zÀ-ÖØ-öø-ž]+")
# Twins left out of the abbreviations' table as words of their language ("who"): here a
# search of the other script, which reads them in capitals only.
_ALSO_WORDS = {"ВОЗ": "WHO", "WHO": "ВОЗ", "US": "США"}
# A Russian surname's endings, of either gender: -ов, -ев, -ин, -ский, -ян, -енко ...
_SURNAME = lazy_re.compile(r"(?:[оеё]в|ин|ын|ск(?:ий|ой|ая)|цк(?:ий|ая)|ян|енко|швили|дзе)а?$")
# The grammemes of a name: a surname, a given name, a patronymic, a place, an organisation.
_NAMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})


# A Burmese or Thai name's "-ng" is Russian «-н» ("Min Aung Hlaing": «Мин Аун Хлайн»).
_NG = lazy_re.compile(r"[aeiou]ng$")
_VOWEL_N = lazy_re.compile(r"[аеиоуыэюяй]н$")
_DOUBLED_LAST = lazy_re.compile(r"([bcdfgklmnprstz])\1$")


def candidates(typed: str, beside: list[str], *, titled: bool = False) -> tuple[str, ...]:
    """The spellings of the name ``typed`` in the other script, to be looked up: a Russian
    name's romanisations, a Latin name's readings (one typed with a capital: both_scripts'
    plan asks nothing of a Latin word in small letters). ``titled``: typed after a title
    (query_titles.py), so a name. Serbian Cyrillic is read as Russian writes it first."""
    typed = serbian_as_russian(typed)
    if CYRILLIC_WORD.fullmatch(typed):
        romanised = _romanised(typed)
        if not romanised and typed[:1].isupper() and (titled or any(map(_a_name, beside))):
            # A foreign name the dictionary knows as another word, beside a surname or a
            # given name, or after a title («Хакан Фидан», «Кая Каллас», «Эммануэль
            # Макрон», «президент Франции Макрон»): a name, read as one.
            romanised = list(latin(typed, short=True))
        if romanised:  # and as a Central European language writes it («Вучич»: "Vucic"),
            romanised += central_latin(typed)  # or Spanish («Хавьер»: "Javier")
            romanised += iberian_latin(typed)
            romanised += turkish_latin(typed)  # or Turkish («Оджалан»: "Ocalan")
        if _VOWEL_N.search(typed):  # «Аун Хлайн»: "Aung Hlaing", after the others
            romanised += [r + "g" for r in romanised if r.endswith("n")]
        return tuple(dict.fromkeys(romanised))
    if LATIN_WORD.fullmatch(typed):
        readings = [*cyrillic(typed), *central_cyrillic(typed), *iberian_cyrillic(typed)]
    elif _MARKED_LATIN.fullmatch(typed):  # Vučić, Szijjártó, Orbán: their own rules first
        readings = [
            *turkish_cyrillic(typed),  # Öcalan: «Оджалан» (session 54)
            *central_cyrillic(typed),
            *iberian_cyrillic(typed),
            *cyrillic(strip_marks(typed)),
        ]
    else:
        return ()
    for other in beside:
        readings += given_name_readings(typed, other.capitalize())
    if _NG.search(typed):  # after the spellings that keep it («Браунинг»)
        readings += [r[:-1] for r in readings if r.endswith("нг")]
    if _DOUBLED_LAST.search(typed):  # "Kellogg": «Келлог», as "Russell" is «Рассел»
        readings += [r[:-1] for r in readings if r[-1:] == r[-2:-1]]
    return tuple(dict.fromkeys(readings))


# A foreign name's Russian case endings by how its nominative ends («Вэйдун»: «Вэйдуном»;
# «Цзянь»: «Цзяня»; «Хуэй»: «Хуэя»; «Исиба»: «Исибы»); a vowel's other than «а», none.
_CASES = (
    ("ь", ("я", "ю", "ем", "е")),
    ("й", ("я", "ю", "ем", "е")),
    ("а", ("ы", "и", "е", "у", "ой")),
    ("я", ("и", "е", "ю", "ей")),
)
_CONSONANT = lazy_re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def held_forms(spelling: str) -> list[tuple[str, ...]]:
    """For each word of ``spelling`` (a hyphen parts them: «Чжэ-Мён»), the forms of it the
    archive's word list may hold: folded, with «ё» as written too (the index keeps it:
    «мён»), and a Russian word in its cases."""
    found = []
    for part in spelling.lower().split("-"):
        bases = dict.fromkeys((part, fold(part)))
        found.append(tuple(w for base in bases for w in (base, *_declined(base))))
    return found


def _declined(word: str) -> tuple[str, ...]:
    """The forms of the Cyrillic name ``word`` (folded, nominative) in Russian's cases, as a
    foreign name is declined; empty for a Latin word or one that does not decline."""
    if _CONSONANT.search(word):
        # After a hushing letter or «ц», «-ем» («Вучичем», «Джуричем»).
        last = "ем" if word[-1] in "жшчщц" else "ом"
        return tuple(word + end for end in ("а", "у", last, "е", "ым"))
    for last, ends in _CASES:
        if word.endswith(last) and len(word) > 2:
            return tuple(word[:-1] + end for end in ends)
    return ()


# Names read syllable by syllable, each syllable's spellings tried together: Korean
# (archive/korean_names.py) and Vietnamese (archive/vietnamese_names.py).
_SYLLABIC: tuple[tuple[Callable[[list[str]], bool], Callable[..., tuple[str, ...]]], ...] = (
    (a_korean_name, korean_readings),
    (a_vietnamese_name, vietnamese_readings),
)


def korean(bodies: list[str], i: int) -> tuple[str, ...]:
    """The spellings of ``bodies[i]``, a word of a search, as a Korean or Vietnamese name's
    word in the other script, when such a name begins at it or up to two words before it;
    empty otherwise."""
    bodies = _capitalised(bodies)
    for start in range(max(0, i - 2), i + 1):  # the earliest surname: «Ким Чен Ын»'s Ким
        for a_name, readings in _SYLLABIC:
            if a_name(bodies[start : start + 3]):
                return readings(bodies[i], surname=start == i)
    return ()


def _capitalised(bodies: list[str]) -> list[str]:
    """A search of two or three words in small letters («ким чен ын», "kim jong un") as a
    name would be typed, for a Korean name's look-up; ``bodies`` otherwise."""
    if 2 <= len(bodies) <= 3 and all(b.islower() for b in bodies):
        return [b.capitalize() for b in bodies]
    return bodies


def korean_runs(typed: list[str]) -> list[list[int]]:
    """The positions of each Korean or Vietnamese name's words among ``typed`` (a surname
    and up to two words after it)."""
    runs: list[list[int]] = []
    typed = _capitalised(typed)
    i = 0
    while i < len(typed):
        system = next((r for a_name, r in _SYLLABIC if a_name(typed[i : i + 3])), None)
        if system is None:
            i += 1
            continue
        end = i + 1
        while end < min(len(typed), i + 3) and system(typed[end], surname=False):
            end += 1
        runs.append(list(range(i, end)))
        i = end
    return runs


def abbreviated(typed: str) -> tuple[str, ...]:
    """The abbreviation ``typed``'s twin in the other script, as one term ("ШОС": "SCO";
    "G20": «"Группа двадцати"»), typed in capitals where it is also a word ("ВОЗ": "WHO")."""
    if found := _ALSO_WORDS.get(typed):
        return (found,)
    twins = abbreviation_twins(typed)
    one_word = [t for t in twins if " " not in t]
    return tuple(one_word[:1]) or tuple(f'"{t}"' for t in twins[:1])


def translated(typed: str) -> tuple[str, ...]:
    """``typed``, a country, a capital or a body of the UN (archive/bilingual.py), or
    another place of the places' table (archive/place_names.py), in the other language, as
    typed or, a Russian word, by its nominative («Китая», «Будапеште»)."""
    # Both tables read at the first word that may be a place (a search of common words in
    # small Latin letters, the start-up bench's, loads neither).
    from tg_archiver.archive.bilingual import in_other_language
    from tg_archiver.archive.place_names import other_names

    bases = [typed]
    if CYRILLIC_WORD.fullmatch(typed):
        from tg_archiver.archive.lexemes import dictionary, likely  # a Cyrillic word only

        parses = likely(typed.lower())
        places = [p.normal_form for p in parses if "Geox" in p.tag.grammemes]
        bases += [b.capitalize() for b in places]
        # «того», «мир» in small letters are words; a place is typed with a capital or
        # read only as one; a word the dictionary does not know may be the table's in
        # small letters («хуситы»: "Houthis"; session 51).
        a_place = (
            typed[:1].isupper()
            or len(places) == len(parses) > 0
            or not dictionary().word_is_known(typed.lower())
        )
    else:
        a_place = typed[:1].isupper()
    named = () if not a_place else next((n for b in bases if (n := other_names(b))), ())
    if named and typed.isascii():
        return _as_terms(named)  # a state's name («Китай»), rather than its stem («китай*»)
    for base in dict.fromkeys(bases):
        if found := in_other_language(base):
            return found
    return _as_terms(named) if named else ()


def _as_terms(names: tuple[str, ...]) -> tuple[str, ...]:
    """A place's names as terms a search can join with OR: those of one word ("Kyiv",
    «Нью-Йорк»), else the first of several words quoted ("Caspian Sea")."""
    one_word = tuple(n for n in names if " " not in n)
    return one_word or (f'"{names[0]}"',)


def _romanised(typed: str) -> list[str]:
    """The romanisations of the Russian ``typed`` and of its nominatives when it is a name
    (by the dictionary, or a word it does not know), in the spellings English news uses."""
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    lower = typed.lower()
    named = name_readings(lower)
    # A surname the dictionary knows only as another word's form («Токаев»: токай's) is a
    # surname typed with a capital and a surname's ending.
    surname = typed[:1].isupper() and bool(_SURNAME.search(lower))
    if not named and not surname and dictionary().word_is_known(lower):
        return []
    bases = [lower]
    for p in named:
        nominative = p.inflect({"nomn"})
        bases += [nominative.word] if nominative is not None else []
        bases.append(p.normal_form)
    out: list[str] = []
    for base in dict.fromkeys(bases):
        for spelt in latin(base.capitalize()):
            lower_spelt = spelt.lower()
            others = (*i_and_y(lower_spelt), *english(lower_spelt))
            out += [spelt, *(other.capitalize() for other in others)]
    return out


def _a_name(word: str) -> bool:
    """Whether the Russian ``word`` is a surname (:func:`_a_surname`) or a given name the
    dictionary or the foreign names' table knows («Эммануэль», «Реджеп»), typed with a
    capital."""
    if _a_surname(word):
        return True
    if not (CYRILLIC_WORD.fullmatch(word) and word[:1].isupper()):
        return False
    return is_known_name(word.lower()) or bool(foreign_given(word))


def _a_surname(word: str) -> bool:
    """Whether the Russian ``word``, typed with a capital, is a surname: one the dictionary
    reads so, or does not know."""
    if not (CYRILLIC_WORD.fullmatch(word) and word[:1].isupper()):
        return False
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    lower = word.lower()
    return not dictionary().word_is_known(lower) or any(
        "Surn" in p.tag.grammemes for p in name_readings(lower)
    )


def name_readings(word: str) -> list[Any]:
    """The dictionary's likely readings of the Russian ``word`` (lower case) as a name."""
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    return [p for p in likely(word) if _NAMES & p.tag.grammemes]
