"""A foreign name as another writer transliterates it: "Mirziyoyev" and "Mirziyoev",
"Japarov" and "Zhaparov", "Nebenzia" and "Nebenzya", "Vasily" and "Vassily"; «Гутерриш» and
«Гутерреш».

Two writers rarely transliterate a name alike, and a search typed one way missed the posts
that write it the other. The query parser looks up each name typed with a capital also as
these spellings (archive/variants.py, ``transliterations``, for an English one;
archive/query.py, ``with_name_spellings``, for a Russian one, by its word forms, so that
"Гутерриша" finds «Гутерреш»). The spellings are made by the few rules transliteration
follows, each applied on its own, not looked up in a list of names:

- English: Ж written "j" or "zh" (Japarov, Zhaparov); a "y" between two vowels written or
  left out (Mirziyoyev, Mirziyoev); "-ia" or "-ya" after a consonant (Nebenzia, Nebenzya);
  a Belarusian "-ka" for "-ko" (Lukashenka, Lukashenko); an Arabic name's "ai", "ay" or
  "ei" (Shaibani, Shaybani, Sheibani);
  a consonant doubled after a vowel written once (Guterress, Guterres; Vassily, Vasily), and
  "s" there doubled (Vasily, Vassily): any consonant doubled made a spelling of nearly
  every name.
- Russian: «е» or «и» in an unstressed syllable inside the name (Гутерриш, Гутерреш), for a
  name the dictionary does not know (a known word, «Сирия», has its own spelling: «Серия»
  is another word), and not into a word it knows.

A spelling no post holds costs a lookup and matches nothing.
"""

from __future__ import annotations

from functools import lru_cache

from tg_archiver.archive import lazy_re

__all__ = ["english", "i_and_y", "russian"]

_VOWELS = "aeiou"
_RULES = (
    (lazy_re.compile(r"zh"), "j"),
    (lazy_re.compile(r"j"), "zh"),
    (lazy_re.compile(rf"(?<=[{_VOWELS}])y(?=[{_VOWELS}])"), ""),
    (lazy_re.compile(r"(?<=[io])(?=[aeou])"), "y"),
    (lazy_re.compile(rf"(?<=[^{_VOWELS}])ia(?=$|[^{_VOWELS}])"), "ya"),
    (lazy_re.compile(rf"(?<=[^{_VOWELS}y])ya(?=$|[^{_VOWELS}])"), "ia"),
    (lazy_re.compile(rf"(?<=[{_VOWELS}])([b-df-hj-np-tv-z])\1(?=[{_VOWELS}y]|$)"), r"\1"),
    (lazy_re.compile(rf"(?<=[{_VOWELS}])s(?=[{_VOWELS}y])"), "ss"),
    # Belarusian's -ka for Russian's -ko (Lukashenka, Lukashenko; Latushka, Latushko), and an
    # Arabic name's "ai", "ay", "ei" (Shaibani, Shaybani, Sheibani): session 49.
    (lazy_re.compile(r"(?<=[^aeiou])ka$"), "ko"),
    (lazy_re.compile(r"(?<=[^aeiou])ko$"), "ka"),
    (lazy_re.compile(r"(?<=[^aeiou])ai(?=[^aeiouy])"), "ay"),
    (lazy_re.compile(r"(?<=[^aeiou])ay(?=[^aeiouy])"), "ai"),
    (lazy_re.compile(r"(?<=[^aeiou])ai(?=[^aeiouy])"), "ei"),
    (lazy_re.compile(r"(?<=[^aeiou])ei(?=[^aeiouy])"), "ai"),
)
_MOST = 10  # spellings of one name at most: each is a lookup


@lru_cache(maxsize=4096)
def english(word: str) -> tuple[str, ...]:
    """The other spellings of the name ``word`` (lower case, at least five letters), each
    made by one rule at one place (see the module docstring)."""
    w = word.lower()
    out: list[str] = []
    for pattern, other in _RULES:
        for m in pattern.finditer(w):
            out.append(w[: m.start()] + m.expand(other) + w[m.end() :])
    return tuple(o for o in dict.fromkeys(out) if o != w)[:_MOST]


# A Russian name's -ий and its й, ю, я, е at the start, each written four or two ways by
# news and by official transliteration (Dmitriy, Dmitry, Dmitri, Dmitrii; Yuri, Iurii;
# Yakovlev, Iakovlev; Yevgeny, Evgeny): every way the start and the end are written.
_I_ENDINGS = ("iy", "ii", "y", "i")
_STARTS = (("yu", "iu"), ("ya", "ia"), ("ye", "e"))
# Not after h (ch, sh, kh): a Persian or Arabic name's -i (Araghchi, Raisi) is no -ий.
_CONSONANT = lazy_re.compile(r"[bdfgklmnprstvz]")


@lru_cache(maxsize=4096)
def i_and_y(word: str) -> tuple[str, ...]:
    """The other spellings of the name ``word`` (lower case, at least four letters) with its
    ending -iy, -ii, -y, -i after a consonant and its start yu/iu, ya/ia, ye/e written each
    way (see _I_ENDINGS): "dmitriy" -> "dmitrii", "dmitry", "dmitri"; "yuri" -> "yuriy",
    "yurii", "yury", "iuri", "iuriy", ..."""
    w = word.lower()
    if len(w) < 4:
        return ()
    stem, ends = w, [""]
    for ending in _I_ENDINGS:
        if w.endswith(ending) and _CONSONANT.fullmatch(w[-len(ending) - 1]):
            stem, ends = w[: -len(ending)], list(_I_ENDINGS)
            break
    heads, rest = [""], stem
    for pair in _STARTS:
        for start in pair:
            if stem.startswith(start) and len(stem) > len(start):
                heads, rest = list(pair), stem[len(start) :]
                break
        if heads != [""]:
            break
    out = [head + rest + end for head in heads for end in ends]
    return tuple(o for o in dict.fromkeys(out) if o != w)


_SWAP = {"е": "и", "и": "е"}
_ENDING = lazy_re.compile(r"[аеёиоуыэюяй]*")  # what follows a vowel of the ending


@lru_cache(maxsize=4096)
def russian(word: str) -> tuple[str, ...]:
    """The other spellings of the Russian name ``word`` with «е» and «и» swapped inside it
    (not in its first two letters nor in its ending: «-ия», «-ей»), lower case; none for a
    word the dictionary knows."""
    from tg_archiver.archive.lexemes import dictionary  # lexemes imports variants, which this

    w = word.lower()
    if len(w) < 5 or dictionary().word_is_known(w):
        return ()
    out = [
        w[:i] + _SWAP[c] + w[i + 1 :]
        for i, c in enumerate(w)
        if i >= 2 and c in _SWAP and not _ENDING.fullmatch(w[i + 1 :])
    ]
    # A spelling that is a word the dictionary knows is that word, not the name.
    return tuple(o for o in dict.fromkeys(out) if not dictionary().word_is_known(o))[:_MOST]
