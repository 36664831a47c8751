"""A Japanese name in both scripts: Hepburn, as English news writes it, and Polivanov's
system, as Russian does (``Shigeru Ishiba``: «Сигэру Исиба»; ``Sanae Takaichi``: «Санаэ
Такаити»; ``Hokkaido``: «Хоккайдо»).

Both write a kana syllable by a fixed rule, so a name is read syllable by syllable, as
archive/palladius.py reads a Chinese one: the word split into one system's syllables (every
split with the fewest, at most _MOST) and each written in the other. A consonant doubled
(Хоккайдо, Hokkaido) is the small tsu of both; «н» is the syllabic n (Синдзо, Shinzo), which
Hepburn writes m before b, m, p (Shimbun, «Симбун»). English news leaves the long vowels'
macrons out, and so does this (Tōkyō is "Tokyo"; the few names Russian spells by older
custom, «Токио», «Киото», are the places' table's). Russian writes «э» as «е» at times
(«Сигеру») and «ё» as «е» always where the letter is folded (`Есимаса`): both are read.

Pure. Session 46.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import pairwise

from tg_archiver.archive import lazy_re
from tg_archiver.archive.syllable_splits import fewest_splits, from_table

__all__ = ["hepburn", "hepburn_counted", "polivanov"]

_MOST = 3  # readings of one word at most
_LONGEST = 3  # letters of the longest syllable in either script (sha, shu; дзя, дзэ)

# Hepburn's syllables and Polivanov's spelling of each.
_ROWS = """
a а  i и  u у  e э  o о
ka ка  ki ки  ku ку  ke кэ  ko ко  kya кя  kyu кю  kyo кё
sa са  shi си  su су  se сэ  so со  sha ся  shu сю  sho сё
ta та  chi ти  tsu цу  te тэ  to то  cha тя  chu тю  cho тё
na на  ni ни  nu ну  ne нэ  no но  nya ня  nyu ню  nyo нё
ha ха  hi хи  fu фу  he хэ  ho хо  hya хя  hyu хю  hyo хё
ma ма  mi ми  mu му  me мэ  mo мо  mya мя  myu мю  myo мё
ya я  yu ю  yo ё
ra ра  ri ри  ru ру  re рэ  ro ро  rya ря  ryu рю  ryo рё
wa ва
ga га  gi ги  gu гу  ge гэ  go го  gya гя  gyu гю  gyo гё
za дза  ji дзи  zu дзу  ze дзэ  zo дзо  ja дзя  ju дзю  jo дзё
da да  de дэ  do до
ba ба  bi би  bu бу  be бэ  bo бо  bya бя  byu бю  byo бё
pa па  pi пи  pu пу  pe пэ  po по  pya пя  pyu пю  pyo пё
n н
"""
# Russian's other spellings of a syllable: «е» for «э» after a consonant (Сигеру), for «ё»
# at a word's start (Есимаса, the letter folded); «й», a diphthong's «и» (Хоккайдо).
_ALSO = {"й": "i", "е": "e", "ге": "ge", "ке": "ke", "се": "se", "те": "te", "не": "ne", "хе": "he",
         "ме": "me", "ре": "re", "де": "de", "бе": "be", "пе": "pe", "дзе": "ze"}  # fmt: skip
_DOUBLED = {"k": "к", "s": "с", "t": "т", "p": "п"}  # the small tsu: a consonant doubled
_LATIN = lazy_re.compile(r"[a-z]+")
_CYRILLIC = lazy_re.compile(r"[а-яё]+")
_BEFORE_LIP = lazy_re.compile(r"m(?=[bmp])")  # Hepburn's n before b, m, p
_DIPHTHONG = lazy_re.compile(r"([аэоу])и")
_A_OR_E_I = lazy_re.compile(r"[аэ]и")
_ENDINGS = ("ой", "ы", "е", "у")  # a name in -а's cases but the nominative


def polivanov(word: str) -> tuple[str, ...]:
    """The Polivanov readings of the Hepburn ``word`` when it reads wholly as Hepburn's
    syllables (``Ishiba``: «Исиба»; ``Hokkaido``: «Хоккайдо»), capitalised, those of the
    fewest syllables first; empty otherwise."""
    lower = _BEFORE_LIP.sub("n", word.lower())
    if not _LATIN.fullmatch(lower):
        return ()
    found: list[str] = []
    for _, read in _read(lower, to_latin=False):
        # «и» after a vowel is most often a diphthong's «й» (Хоккайдо, Сайтама, Мэйдзи),
        # after «о», «у» rather a word's start (Коидзуми).
        diphthong = _DIPHTHONG.sub(lambda m: m[1] + "й", read)
        first = (diphthong, read) if _A_OR_E_I.search(read) else (read, diphthong)
        found += first
    return tuple(dict.fromkeys(found))[:_MOST]


def hepburn(word: str) -> tuple[str, ...]:
    """The Hepburn readings of the Russian ``word`` when it reads wholly as Polivanov's
    syllables (``Такаити``: "Takaichi"; ``Синдзо``: "Shinzo"), capitalised, those of the
    fewest syllables first; empty otherwise."""
    return tuple(r for _, r in hepburn_counted(word))


def hepburn_counted(word: str) -> tuple[tuple[int, str], ...]:
    """:func:`hepburn`'s readings, each with the syllables it reads ``word`` as."""
    lower = word.lower()
    if not _CYRILLIC.fullmatch(lower):
        return ()
    bases = [lower]
    if lower.startswith("е"):  # «ё» folded (Есимаса)
        bases.append("ё" + lower[1:])
    # A name in -а declined («Исибой», «Кисиды»): its nominative.
    bases += [lower[: -len(end)] + "а" for end in _ENDINGS if lower.endswith(end)]
    found = [(n, i, r) for i, base in enumerate(bases) for n, r in _read(base, to_latin=True)]
    read = {r: n for n, _, r in sorted(found, reverse=True)}  # the fewest's count kept
    return tuple((read[r], r) for r in dict.fromkeys(r for _, _, r in sorted(found)))[:_MOST]


@lru_cache(maxsize=1024)
def _read(word: str, *, to_latin: bool) -> tuple[tuple[int, str], ...]:
    """``word`` split into the syllables of its system in every way with the fewest (at most
    _MOST), a consonant doubled before one read as the small tsu, each written in the
    other: (the syllables, the reading) each; empty when no split reads it all."""
    syllables = from_table(_from_cyrillic() if to_latin else _from_latin(), _LONGEST)
    doubled = {v: k for k, v in _DOUBLED.items()} if to_latin else _DOUBLED

    def options(text: str, i: int) -> Iterable[tuple[str, int]]:
        yield from syllables(text, i)
        letter = text[i]
        if letter in doubled and i + 1 < len(text) and text[i + 1] == letter:
            yield doubled[letter], i + 1
        if not to_latin and text.startswith("tch", i):  # matcha: «маття»
            yield "т", i + 1

    splits = fewest_splits(word, options, _MOST)
    return tuple((len(split), "".join(split).capitalize()) for split in splits if _fits(split))


def _fits(split: list[str]) -> bool:
    """Whether a split is a word of the system: no syllabic n before a vowel or y (Hepburn
    writes «Санаэ» sa-na-e, not san-a-e), no small tsu last."""
    for a, b in pairwise(split):
        if a in ("n", "н") and b[:1] in "aiueoyаиуэоёяюе":
            return False
    return bool(split) and split[-1] not in (*_DOUBLED, *_DOUBLED.values())


@cache
def _from_latin() -> dict[str, str]:
    """Each Hepburn syllable -> its Polivanov spelling."""
    pairs = _ROWS.split()
    return dict(zip(pairs[::2], pairs[1::2], strict=True))


@cache
def _from_cyrillic() -> dict[str, str]:
    """Each Polivanov spelling (and Russian's other spellings of it) -> its Hepburn
    syllable."""
    return {**{spelt: s for s, spelt in _from_latin().items()}, **_ALSO}
