"""A name's sound in either script, for telling the archive's spelling of a foreign name in
the other script when no romanisation reads it back: «Мерц» is "Merz", «Макрон» "Macron",
«Уиткофф» "Witkoff", «Дюжаррик» "Dujarric", «Аракчи» "Araghchi" (session 46).

Russian writes a foreign name as its own language sounds it (German z as «ц», French -c
as «к», English w as «у»), and the letters' romanisation reads «Мерц» back as "Merts". So a
name is reduced to its consonants' sound, as Soundex and Metaphone reduce English names: the
word in Latin letters (a Cyrillic one letter by letter), the spellings of one sound made one
(ph f, ck c q k, z tz ts s, zh j, dzh j, gh g, w v but after a vowel none, x ks), a
voiced consonant as its voiceless twin (b p, d t, g k, v f, z s), sh as s, a doubled one
once, the vowels left out but for a word's first letter: «Мерц», "Merz" both "mrs";
«Макрон», "Macron" "mkrn"; «Уиткофф», "Witkoff" "fdkf"... A Russian word is keyed without
its case ending too («Мерцем», «Дюжаррика»). :func:`beginnings` gives the other script's
first letters a name may begin with, for reading the archive's words by them. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import strip_marks

__all__ = ["beginnings", "in_latin", "sound_key", "sound_keys"]

_CYRILLIC_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "o", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "s", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
}  # fmt: skip
# Latin spellings of one sound, longest first.
_LATIN_SOUNDS = (
    ("dzh", "j"), ("ph", "f"), ("gh", "g"), ("kh", "h"),
    ("zh", "j"), ("dj", "j"), ("ck", "k"), ("tz", "s"), ("ts", "s"), ("th", "t"), ("qu", "k"),
    ("q", "k"), ("x", "ks"), ("w", "v"), ("z", "s"),
)  # fmt: skip
_SOUNDS = lazy_re.compile("|".join(re.escape(a) for a, _ in _LATIN_SOUNDS))
_SOUND_OF = dict(_LATIN_SOUNDS)
_C_SOFT = lazy_re.compile(r"c(?=[eiy])")  # c before e, i, y sounds s; else k
# English w after a vowel and before none is a vowel's ("Brown": «Браун», "Lawrence":
# «Лоуренс»; session 53), not v.
_W_AFTER_VOWEL = lazy_re.compile(r"(?<=[aeiou])w(?![aeiou])")
_VOICELESS = str.maketrans("bdgvz", "ptkfs")
_VOWELS = lazy_re.compile(r"[aeiouy]")
_DOUBLED = lazy_re.compile(r"(.)\1+")
_CASE_ENDING = lazy_re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею|ами|ах|а|у|е|ы|и|я|ю)$")
# A Cyrillic word's first letter and the Latin letters a name written with it may begin
# with, and the reverse.
_LATIN_BEGINNINGS = {
    "у": ("u", "w", "oo"), "дж": ("j", "g", "dj"), "ж": ("j", "zh", "g"), "х": ("h", "kh"),
    "ц": ("c", "z", "ts", "tz"), "к": ("k", "c", "q", "ch"), "ф": ("f", "ph"),
    "ш": ("sh", "ch", "sch", "s"), "э": ("e", "a", "ae"), "ю": ("yu", "ju", "u"),
    "я": ("ya", "ja", "ia"), "е": ("e", "ae", "ye", "a", "je"), "й": ("y", "j"),
    "и": ("i", "y", "e"),
    "г": ("g", "h", "gh"), "с": ("s", "c"), "ч": ("ch", "tch", "c"), "в": ("v", "w"),
    "з": ("z", "s"), "т": ("t", "th"), "о": ("o", "au", "aw"), "а": ("a",), "б": ("b",),
    "д": ("d",), "л": ("l",), "м": ("m",), "н": ("n",), "п": ("p",), "р": ("r",),
}  # fmt: skip
_CYRILLIC = lazy_re.compile(r"[а-яё]", re.IGNORECASE)
# A Latin vowel second in a name and the Russian letters it may be (Baerbock: «Бербок»).
_VOWEL_SOUNDS = {
    "a": ("а", "е", "э"), "e": ("е", "э", "и"), "i": ("и", "а", "е"), "o": ("о", "у", "а"),
    "u": ("у", "а", "ю", "ы"), "y": ("и", "ы", "й", "а"),
}  # fmt: skip
_CYRILLIC_BEGINNINGS = {
    "w": ("у", "в"), "c": ("к", "ц", "с", "ч"), "j": ("дж", "ж", "х", "й", "я", "ю"),
    "h": ("х", "г"), "q": ("к",), "x": ("кс", "х", "ш"), "y": ("й", "и", "я", "ю", "е"),
    "g": ("г", "дж", "ж"), "z": ("з", "ц"), "ph": ("ф",), "ch": ("ч", "ш", "к"),
    "sh": ("ш",), "th": ("т",), "kh": ("х",), "zh": ("ж",), "e": ("э", "е"), "a": ("а",),
    "b": ("б",), "d": ("д",), "f": ("ф",), "i": ("и",), "k": ("к",), "l": ("л",),
    "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "r": ("р",), "s": ("с", "ш"),
    "t": ("т",), "u": ("у", "а", "ю"), "v": ("в",),
}  # fmt: skip


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """``word``'s sound (see the module's notes), in either script; "" for no word."""
    latin = in_latin(word.lower())
    if not latin:
        return ""
    # ch is one sound (ч), kept apart from c's k and s as "č" while they are read.
    latin = latin.replace("sch", "sh").replace("tch", "č").replace("ch", "č")
    latin = _C_SOFT.sub("s", latin).replace("c", "k")
    latin = _W_AFTER_VOWEL.sub("", latin)
    latin = _SOUNDS.sub(lambda m: _SOUND_OF[m.group()], latin)
    latin = latin.replace("sh", "s").replace("č", "c")
    first, rest = latin[:1], latin[1:]
    consonants = _VOWELS.sub("", rest).translate(_VOICELESS)
    if not _VOWELS.match(first):
        first = first.translate(_VOICELESS)
        return _DOUBLED.sub(r"\1", first + consonants)
    return first[:1] + _DOUBLED.sub(r"\1", consonants)


def sound_keys(word: str) -> tuple[str, ...]:
    """``word``'s sound, and a Russian word's without its case ending («Мерцем»: «Мерц»)."""
    keys = [sound_key(word)]
    if _CYRILLIC.search(word) and (ending := _CASE_ENDING.search(word.lower())):
        keys.append(sound_key(word[: ending.start()]))
    return tuple(k for k in dict.fromkeys(keys) if k)


def beginnings(word: str) -> tuple[str, ...]:
    """The first letters (two, three for a Latin word) a name sounding as ``word`` may
    begin with in the other script, lower-case: «Уиткофф»: "ui", "wi", "ooi"...; "Witkoff":
    «уи», «ви»."""
    lower = word.lower()
    if _CYRILLIC.search(lower):
        head = "дж" if lower.startswith("дж") else lower[:1]
        second = lower[len(head) : len(head) + 1]
        seconds = _LATIN_BEGINNINGS.get(second, (in_latin(second),)) if second else ("",)
        return tuple(
            dict.fromkeys((a + b)[:3] for a in _LATIN_BEGINNINGS.get(head, ()) for b in seconds)
        )
    latin = strip_marks(lower)
    head = latin[:2] if latin[:2] in _CYRILLIC_BEGINNINGS else latin[:1]
    second = latin[len(head) : len(head) + 1]
    seconds = (
        (_VOWEL_SOUNDS.get(second) or _CYRILLIC_BEGINNINGS.get(second, ("",))) if second else ("",)
    )
    if latin[len(head) : len(head) + 2] in ("aw", "au"):
        seconds = (*seconds, "о")  # Lawrence: «Лоуренс», Paul: «Пол» (session 53)
    return tuple(
        dict.fromkeys(a + b[:1] for a in _CYRILLIC_BEGINNINGS.get(head, ()) for b in seconds)
    )


def in_latin(word: str) -> str:
    """``word`` in Latin letters: a Cyrillic one letter by letter («дж» j; «у» before a
    vowel first w), a Latin one without its marks."""
    if word.isascii():
        return word if word.isalpha() else ""
    if not all("а" <= c <= "я" or c == "ё" for c in word):
        return strip_marks(word) if strip_marks(word).isalpha() else ""
    word = word.replace("дж", "j")
    if len(word) > 1 and word[0] == "у" and word[1] in "аеиоэ":
        word = "w" + word[1:]  # Уиткофф: Witkoff
    return "".join(_CYRILLIC_LETTERS.get(c, c) for c in word)
