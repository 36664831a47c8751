"""Whether one ordinary word (no name, number or date) is another one misspelt, for
near-duplicate detection (:func:`archive.similarity._typo`): a copy retyped with a typo is a
copy, a template's slot filled with another word is another statement.

A typo is one slip of the hand: a letter dropped, doubled or added, two neighbours swapped,
one letter struck for another ("eletcions", "governence", "обюдный", "соглашеение"). Every
typo of the eight labelled sets is one such edit (an optimal string alignment distance of 1)
but one, "programme"/"program", which is the same word in another spelling. A doubled letter
moved ("reccomend" for "recommend": two edits) is one mistake too. Two words two
edits apart ("northern"/"southern", "increased"/"decreased", both at a SequenceMatcher ratio
over 0.75) are two words. And two Russian words that OpenCorpora's dictionary (pymorphy3)
knows both, as forms of no common lemma, are two words however close ("вводит"/"выводит"):
a typo rarely makes a word of the dictionary. English has no dictionary here (english_forms.txt
lists only irregular forms), so an English typo that makes another word one edit away
("lifted"/"listed") is still read as a typo: left to the similarity of the rest.

Two slips in one word ("туирци" for "турции", "спсаелей" for "спасателей", "ocacion") are a
typo too when the word is long (six letters or more), the two are at most two edits apart,
alike, and a dictionary knows exactly one of them (:func:`two_slips`): OpenCorpora's for
Russian, pyspellchecker's English word list (archive/english_words.py) for English. Two words
it knows both ("northern"/"southern", «Австрии»/«Австралии») stay two. Session 38.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import us_spelling
from tg_archiver.archive.misspellings import distance

__all__ = ["TYPO_RATIO", "known_word", "misspelt_word", "one_edit", "two_slips", "within_two_edits"]

TYPO_RATIO = 0.75  # and the two words this alike (SequenceMatcher's ratio), as before

_CYRILLIC = lazy_re.compile(r"[а-яё]+")
_DOUBLED = lazy_re.compile(r"(.)\1+")


def misspelt_word(x: str, y: str) -> bool:
    """Whether case-folded ordinary words ``x`` and ``y`` (not equal) are one word, one of
    them misspelt or in its other spelling (see the module's notes)."""
    if x.isascii() and y.isascii() and us_spelling(x) == us_spelling(y):
        return True  # "programme", "program"
    if not (one_edit(x, y) or _undoubled(x) == _undoubled(y)):
        return two_slips(x, y)
    if SequenceMatcher(None, x, y).ratio() < TYPO_RATIO:
        return False
    return not _two_known_words(x, y)


_TWO_SLIPS_LETTERS = 6  # a word this long, at least, may carry two slips


def two_slips(x: str, y: str) -> bool:
    """Whether one of ``x`` and ``y`` (case folded, not equal) is the other with two slips
    of the hand ("туирци" for "турции", "спсаелей" for "спасателей"): two edits apart, both
    long, alike, and a word of the dictionary beside one it does not know. Two words two
    edits apart that the dictionary knows both are two words ("northern", "southern";
    "австрии", "австралии"), and a pair it knows neither of is not judged so."""
    if min(len(x), len(y)) < _TWO_SLIPS_LETTERS or not within_two_edits(x, y):
        return False
    if SequenceMatcher(None, x, y).ratio() < TYPO_RATIO:
        return False
    return known_word(x) != known_word(y)


def within_two_edits(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` are at most two edits apart (a letter dropped, added or
    replaced, two neighbours swapped: the optimal string alignment distance)."""
    if abs(len(x) - len(y)) > 2:
        return False
    start = 0
    while start < min(len(x), len(y)) and x[start] == y[start]:
        start += 1
    x, y = x[start:], y[start:]
    end = 0
    while end < min(len(x), len(y)) and x[-1 - end] == y[-1 - end]:
        end += 1
    x, y = x[: len(x) - end], y[: len(y) - end]
    if len(x) > 6 or len(y) > 6:  # the slips are this close together, or they are many
        return False
    return distance(x, y, 2) <= 2


def known_word(word: str) -> bool:
    """Whether ``word`` (case folded) is a word of the dictionary: OpenCorpora's (pymorphy3)
    for Russian, pyspellchecker's English word list for Latin letters."""
    if _CYRILLIC.fullmatch(word):
        return bool(_lemmas(word))
    if word.isascii() and word.isalpha():
        from tg_archiver.archive.english_words import is_english_word  # lazy: its list

        return is_english_word(word)
    return False


def _undoubled(word: str) -> str:
    """``word`` with each doubled letter written once: "reccomend" and "recommend" are one
    word misspelt with a doubled letter moved (two edits, one mistake)."""
    return _DOUBLED.sub(r"\1", word)


def one_edit(x: str, y: str) -> bool:
    """Whether ``y`` is ``x`` with one letter dropped, added or replaced, or two neighbouring
    letters swapped."""
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    if len(x) == len(y):
        if x[i + 1 :] == y[i + 1 :]:
            return True  # one replaced (or none)
        return x[i : i + 2] == y[i : i + 2][::-1] and x[i + 2 :] == y[i + 2 :]
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return short[i:] == long[i + 1 :]


def _two_known_words(x: str, y: str) -> bool:
    """Whether both are Russian words of the dictionary, forms of no common lemma."""
    if not (_CYRILLIC.fullmatch(x) and _CYRILLIC.fullmatch(y)):
        return False
    a, b = _lemmas(x), _lemmas(y)
    return bool(a) and bool(b) and not a & b


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    """The lemmas of ``word`` when the dictionary knows it (not guessed), else empty."""
    from tg_archiver.archive.lexemes import dictionary  # lazy: the dictionary is 15 MB

    morph = dictionary()
    if not morph.word_is_known(word):
        return frozenset()
    return frozenset(parse.normal_form.replace("ё", "е") for parse in morph.parse(word))
