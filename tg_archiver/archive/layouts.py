"""A word typed on the other keyboard layout, read as the keys say: ``Kfdhjd`` is «Лавров»
typed with the Latin layout on, ``ыфтсешщты`` "sanctions" typed with the Russian one on
(the standard ЙЦУКЕН layout over QWERTY: a key's letter in one is its letter in the other).

Pure; the store (archive/store/corrections.py) searches again with the word so read, only
when a search finds nothing, the word alone finds nothing and the word so read finds posts.
Session 39.
"""

from __future__ import annotations

__all__ = ["MIN_LETTERS", "other_layout"]

MIN_LETTERS = 3  # shorter, a slip of the layout is as likely another short word as typed
# The keys of the Latin layout and, on the same keys, the Russian layout's letters; the
# Russian letters on punctuation keys ([ ] ; ' , . ` and their shifted { } : < > ~) too.
# The double quote (Э shifted) is left out: it opens a phrase.
_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:ZXCVBNM<>~"
_RUSSIAN_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЯЧСМИТЬБЮЁ"
_TO_RUSSIAN = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_TO_LATIN = str.maketrans(_RUSSIAN_KEYS, _LATIN_KEYS)
_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_RUSSIAN_LETTERS = frozenset(_RUSSIAN_KEYS)


def other_layout(word: str) -> str:
    """``word`` as the same keys write it on the other layout (its capitals kept), or ""
    when ``word`` is not wholly of one layout's keys with a letter among them, or the other
    layout's reading is not wholly letters of its script (a Russian word with «х», «ж» or
    «б» is no English word typed on the wrong layout), or has fewer than MIN_LETTERS. A word
    whose letters are all capitals is read in capitals (``JLR,``: «ОДКБ»)."""
    if len(word) < MIN_LETTERS:
        return ""
    if all(c in _LATIN_KEYS for c in word) and any(c in _LATIN_LETTERS for c in word):
        read = word.translate(_TO_RUSSIAN)
        letters = [c for c in word if c in _LATIN_LETTERS]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            read = read.upper()  # JLR, is «ОДКБ»: the shift held for the comma's «Б» too
        return read if all(c in _RUSSIAN_LETTERS for c in read) else ""
    if all(c in _RUSSIAN_LETTERS for c in word):
        read = word.translate(_TO_LATIN)
        return read if all(c in _LATIN_LETTERS for c in read) else ""
    return ""
