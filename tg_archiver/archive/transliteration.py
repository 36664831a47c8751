"""One spelling for a name however it was transliterated: "Sergei" and "Sergey", "Фомвихан"
and "Пхомвихан", "Brasília" and "Brasilia".

A foreign name reaches these channels through transliteration, and two writers rarely
transliterate alike: an agency writes "Sergei Lavrov" where the ministry writes "Sergey",
one Russian outlet "Пхомвихан" (the Lao aspirate kept) where another writes "Фомвихан", a
feed drops the accents of "Đurić". Near-duplicate detection tells a copy from another
statement of a template by the names in the template's slot (:mod:`archive.similarity`),
and it read each of these as another name. :func:`canonical` folds the differences
transliteration makes, and only those, so that two spellings of one name meet:

- accents and other diacritics dropped ("Brasília", "Đurić" -> "brasilia", "djuric");
- Latin: "y" read as "i" (Russian й, ы and и are all romanised either way: Sergey/Sergei,
  Yuriy/Yuri), "x" as "ks" (Alexei/Aleksei), "ph" as "f" and "th" as "t", "ou" as "u"
  (French romanisation: Moussa/Musa);
- Cyrillic: "э" as "е", "й" as "и", soft and hard signs dropped (Ильхам/Илхам), an aspirate
  written with "х" after "п", "т" or "к" read as the plain letter (Пхомвихан/Фомвихан,
  Тхань/Тань);
- a doubled letter read once (Mohammad/Mohamad, Аббас/Абас), after the folds above (so
  "Mariya" and "Maria" meet through "mariia").

What it does not fold is a letter replaced by another that is no transliteration of it:
"Ирака" and "Ирана", "Mali" and "Male" stay two names, as do case endings ("Сербии",
"Сербией"). It is for comparing two names that stand in the same place of two texts, not a
phonetic key for search.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tg_archiver.archive import lazy_re

__all__ = ["canonical"]

# Letters that carry their mark in themselves (no combining mark to drop).
_OWN_LETTERS = str.maketrans(
    {"đ": "dj", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe"}
)
_FOLDS = (
    ("ph", "f"),
    ("th", "t"),
    ("x", "ks"),
    ("y", "i"),
    ("ou", "u"),
    ("пх", "ф"),
    ("тх", "т"),
    ("кх", "к"),
    ("э", "е"),
    ("й", "и"),
    ("ё", "е"),
)
_DROPPED = str.maketrans("", "", "ьъ")
_DOUBLED = lazy_re.compile(r"(\w)\1+")


@lru_cache(maxsize=65_536)
def canonical(name: str) -> str:
    """``name`` (one word) in the spelling its transliterations share (see the module doc):
    lower case, without diacritics, Sergey and Sergei both "sergei"."""
    text = name.casefold().translate(_OWN_LETTERS)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        # NFD splits "й" into "и" and a breve, and "ё" into "е" and a diaeresis: both are
        # folded so anyway.
        text = unicodedata.normalize("NFC", text).translate(_DROPPED)
    for written, read in _FOLDS:
        if written in text:
            text = text.replace(written, read)
    return _DOUBLED.sub(r"\1", text)
