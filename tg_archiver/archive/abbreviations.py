"""Abbreviations of diplomacy and the names they stand for, in Russian and English.

A statement writes "Организации Объединённых Наций" where the agency's flash writes "ООН",
"Европейский союз" where another post writes "ЕС" or "Евросоюз", "IAEA" where the next
spells out "International Atomic Energy Agency". A reader searching for one means the
other too: a search of a word listed here also finds the posts that spell it out, in any
grammatical form (archive/query_lookups.py looks the names up by their word forms, as it does a
topic's phrase aliases from the config), and a search of a name spelled out, in any form,
also finds its abbreviation (:func:`standing_for`).

The table is the project's, not the user's: the institutions a foreign-ministry archive
meets every day. A Latin abbreviation that is also an English word (``US``, ``WHO``,
``IT``) counts only typed in capitals; a Cyrillic one in any case (``оон``).
"""

from __future__ import annotations

from functools import cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations_table import STATES as _STATES
from tg_archiver.archive.abbreviations_table import TABLE as _TABLE
from tg_archiver.archive.abbreviations_table import TWINS as _TWINS
from tg_archiver.archive.analysis import analyse, words

__all__ = [
    "LONGEST_NAME",
    "closed_up_with_number",
    "forms_of",
    "in_other_script",
    "is_abbreviation",
    "spelled_out",
    "standing_for",
]

# A one-word name of a state with two -> its other names (spelled_out), by its lemma.
_STATE_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {}
for _pair in _STATES:
    for _one, _other in (_pair, _pair[::-1]):
        if len(words(_one)) == 1:
            _key, _others = _STATE_NAMES.get(_one.casefold(), (_one, ()))
            _STATE_NAMES[_one.casefold()] = (_key, (*_others, _other))

# Looked up casefolded; a Latin key only when typed in capitals (see the module's notes).
_BY_KEY = {key.casefold(): (key, names) for key, names in _TABLE.items()}
# Abbreviations that are also words of the text's language in any case ("us", "who"): a
# name spelled out does not look them up (the index does not keep case).
_ALSO_WORDS = frozenset({"US", "WHO", "ВОЗ", "AU", "МОТ", "МОК", "ПАСЕ", "PACE", "VAT", "HTS"})
_CYRILLIC = lazy_re.compile(r"[а-яёА-ЯЁ]+")
LONGEST_NAME = max(len(words(n)) for names in _TABLE.values() for n in names)


# Abbreviations with no name to spell out here (BRICS is its own name), for
# archive/shouting.py, which keeps abbreviations in capitals.
_OTHER_WORDS = "брикс brics юнеско unesco юнисеф unicef оэср oecd мккк icrc опек opec сми"
_OTHERS = frozenset(_OTHER_WORDS.split())


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` is an abbreviation of the table (or another well-known one:
    ``БРИКС``, ``UNESCO``), in any case."""
    folded = word.casefold()
    # In capitals (СНВ-3 too): not a short name that declines as a noun (Евросоюз,
    # Минобороны, Талибан), which a text in capitals writes as a word.
    return (folded in _BY_KEY and _BY_KEY[folded][0].isupper()) or folded in _OTHERS


# English words that begin with an abbreviation of _CLOSED_UP's length (pyspellchecker's
# list, which tests/test_abbreviations.py checks this against): not that abbreviation closed
# up with a number. Those that begin many (UNSC: unscathed, unscheduled) are left out.
_BEGINNING_WORDS = {
    "UNGA": ("ungainly", "ungainlier", "ungainliest", "ungainliness", "ungava"),
    "OSCE": ("osceola",),
    "UNESCO": ("unescorted",),
    "WADA": ("wadable", "wadai"),
    "UNIFIL": ("unifilar",),
    "AZAL": ("azalea", "azaleas"),
}
_NOT_CLOSED_UP = frozenset({"UNSC", "CICA", "TITR", "FIDE"})  # FIDE: "Fidel"


def closed_up_with_number(word: str) -> tuple[str, ...] | None:
    """For a Latin abbreviation of four letters or more typed in capitals, which a hashtag
    closes up with a number (UNGA: #UNGA80, BRICS: #BRICS2024; looked up as a prefix too by
    archive/query_lookups.py), the English words that begin with it (``ungainly``), which a
    post holding is not found so; None for another word. A shorter abbreviation begins too
    many words ("COP": cope, copy)."""
    if not (
        4 <= len(word) <= 6
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and is_abbreviation(word)
        and not is_also_a_word(word)
        and word not in _NOT_CLOSED_UP
    ):
        return None
    return _BEGINNING_WORDS.get(word, ())


def is_also_a_word(word: str) -> bool:
    """Whether the abbreviation ``word`` is also a word in small letters ("US", "WHO")."""
    return word.upper() in _ALSO_WORDS


def spelled_out(word: str) -> tuple[str, ...]:
    """The names ``word`` stands for (``ООН`` -> "Организация Объединенных Наций"), and the
    other abbreviations of one (``Евросоюз`` -> "ЕС"); empty for a word not listed.

    An abbreviation that declines as a noun (``Евросоюз``, ``Совбез``, ``генконсульство``:
    written in small letters, not in capitals like ``ООН``) is also found in any of its
    forms, by the dictionary's lemma (``Евросоюза``, ``совбеза``, ``генконсульства``)."""
    found = (
        _BY_KEY.get(word.casefold())
        or _STATE_NAMES.get(word.casefold())
        or _declined(word)
        or _BY_KEY.get(_in_capitals(word).casefold())
    )
    if found is None:
        return ()
    key, names = found
    if not _case_fits(word, key):
        return ()
    # An abbreviation that is also a state's other name (КНР: Китай, ФРГ: Германия).
    also = _STATE_NAMES.get(key.casefold(), (key, ()))[1]
    return (*names, *(n for n in also if n not in names and n != key))


def _case_fits(word: str, key: str) -> bool:
    """Whether ``word`` typed is the abbreviation ``key`` in its case: a Latin one in
    capitals, or (session 39) one of four letters or more in small letters that is no
    English word (``iaea``, ``nato``; not ``pace``), of three since session 52 (``rsf``,
    ``sco``; not ``inf``): ``un``, ``eu`` are too short to tell."""
    if not (key.isascii() and key.isupper()) or word == word.upper():
        return True
    if not (word == word.lower() and len(key) >= 3 and key.isalpha()) or is_also_a_word(key):
        return False
    from tg_archiver.archive.english_words import is_english_word  # lazy: its list

    return not is_english_word(key)  # `inf` is a word; `rsf`, `sco` none (session 52)


def _declined(word: str) -> tuple[str, tuple[str, ...]] | None:
    """The entry of a declined form of an abbreviation that declines (see spelled_out): by
    the lemmas the dictionary reads ``word`` as. An abbreviation in capitals is not looked
    up so: ``воза`` (a cart's) is no form of ``ВОЗ``."""
    if not _CYRILLIC.fullmatch(word):
        return None
    from tg_archiver.archive.lexemes import lemmas  # the dictionary: a Cyrillic word only

    for lemma in lemmas(word):
        found = _BY_KEY.get(lemma) or _STATE_NAMES.get(lemma)
        if found is not None and not found[0].isupper():
            return found
    return None


def standing_for(name: str) -> tuple[str, ...]:
    """The abbreviations of the name ``name`` spells, in any grammatical form ("Организации
    Объединённых Наций" -> "ООН"), and its other names ("Европейского союза" -> "ЕС",
    "Евросоюз"); empty for a phrase that names nothing listed. Not the other names that are
    part of it: "UN Security Council" does not widen to "Security Council", which the CSTO's
    Collective Security Council and a state's own also are. A state's other name is one of
    them ("Тимор-Лесте" -> "Восточный Тимор": _STATES)."""
    forms = analyse(name)
    return tuple(
        other
        for other in _by_name().get(forms, ())
        if len(words(other)) < 2 or f" {analyse(other)} " not in f" {forms} "
    )


@cache
def _by_name() -> dict[str, tuple[str, ...]]:
    """Each name of two words or more, by its word forms, -> its abbreviations and other names."""
    found: dict[str, dict[str, None]] = {}
    for key, names in _TABLE.items():
        for name in names:
            if len(words(name)) < 2:
                continue
            others = found.setdefault(analyse(name), {})
            # An abbreviation that is also a word too (session 44): the search holds it to
            # its capitals (capitals.name_forms). "US" is also written "U.S." (session 41).
            others[key] = None
            if key in _ALSO_WORDS and key.isascii() and len(key) <= 3:
                others["".join(f"{c}." for c in key)] = None
            # Its other names in the script typed (Группа двадцати: not "Group of 20").
            script = _CYRILLIC.search(name) is None
            others.update(
                (n, None) for n in names if n != name and (_CYRILLIC.search(n) is None) == script
            )
    for pair in _STATES:
        for name, other in (pair, pair[::-1]):
            if len(words(name)) > 1:
                found.setdefault(analyse(name), {})[other] = None
    return {name: tuple(others) for name, others in found.items() if others}


# An abbreviation in capitals with a case ending ("МИДа", "ООНу"): the abbreviation.
_DECLINED_CAPITALS = lazy_re.compile(r"([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)")


def _in_capitals(word: str) -> str:
    """The abbreviation in capitals of ``word`` declined ("МИДа" -> "МИД"); "" for another."""
    m = _DECLINED_CAPITALS.fullmatch(word)
    found = _BY_KEY.get(m[1].casefold()) if m else None
    return m[1] if m and found and found[0].isupper() else ""


def forms_of(word: str) -> tuple[str, ...]:
    """What else a post writes for the abbreviation ``word``, as word forms (analysed): a
    Russian one's adjective, written in small letters or with the abbreviation in
    capitals ("ШОС": «ШОСовский», «шосовские»; "НАТО": «натовские»), and an English one's
    initials written with dots ("UN": "U.N.", which the index reads as "u n")."""
    abbreviation = _in_capitals(word) or word
    if not (abbreviation.isupper() and 2 <= len(abbreviation) <= 6):
        return ()
    if _CYRILLIC.fullmatch(abbreviation) and (
        abbreviation.casefold() in _BY_KEY or abbreviation.casefold() in _OTHERS
    ):
        lower = abbreviation.lower()
        return (analyse(lower + ("вский" if lower[-1] in "аеиоуыэюя" else "овский")),)
    if abbreviation.isascii() and abbreviation.isalpha() and len(abbreviation) <= 3:
        return (analyse(" ".join(abbreviation)),)
    return ()


_NUMBERED = lazy_re.compile(r"(COP|cop|КС)-?(\d{1,2})")
_OTHER_SCRIPT: dict[str, tuple[str, ...]] = {}
for _ru, _en in _TWINS:
    _OTHER_SCRIPT.setdefault(_ru.casefold(), ())
    _OTHER_SCRIPT[_ru.casefold()] += (_en,)
    _OTHER_SCRIPT.setdefault(_en.casefold(), ())
    _OTHER_SCRIPT[_en.casefold()] += (_ru,)


def in_other_script(word: str) -> tuple[str, ...]:
    """The abbreviation ``word`` in the other script, with the names that one stands for
    ("SCO": "ШОС", «Шанхайская организация сотрудничества»; "БРИКС": "BRICS"; "G20":
    «Группа двадцати»); a Latin one only typed in capitals, as :func:`spelled_out`. An
    alliance grown past its members ("ОПЕК+", "OPEC+"): the twin with its "+" (session 55).
    """
    if len(word) > 1 and word.endswith("+") and not word.endswith("++"):
        return tuple(f"{twin}+" for twin in in_other_script(word[:-1]) if twin.isupper())
    abbreviation = _in_capitals(word) or word
    numbered = _NUMBERED.fullmatch(abbreviation)
    twins = _OTHER_SCRIPT.get(abbreviation.casefold(), ())
    if not (numbered or twins):
        return ()  # no abbreviation: its case not read (the English word list not loaded)
    if abbreviation.isascii() and not _case_fits(abbreviation, abbreviation.upper()):
        return ()
    if numbered:
        # A climate conference by its number: "COP30", «КС-30» (session 49).
        body, number = numbered.group(1).casefold(), numbered.group(2)
        return (f"КС-{number}",) if body == "cop" else (f"COP{number}",)
    return tuple(dict.fromkeys(n for t in twins for n in (t, *spelled_out(t))))
