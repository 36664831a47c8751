"""A Vietnamese name in both scripts: as English news writes it, its tone marks mostly left
out ("To Lam", "Pham Minh Chinh", "Luong Cuong"), and as Russian does, by the practical
transcription («То Лам», «Фам Минь Тинь», «Лыонг Кыонг»).

Read as Korean names are (archive/korean_names.py): each syllable by its letters, an
initial, a vowel group and a final, as each spelling it may have on the other side (a
plain "u" is «у» or, for ư, «ы»; "d" «з» or, for đ, «д»), and the archive says which it
writes (store/both_scripts.py tries a name's spellings together). Only in a name that
begins with one of the commonest Vietnamese surnames, each word typed with a capital.
Pure. Session 46.
"""

from __future__ import annotations

import re
from functools import cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import strip_marks
from tg_archiver.archive.syllable_splits import syllable_spellings

__all__ = ["a_vietnamese_name", "vietnamese_readings"]

_MOST = 12  # spellings of one word at most

# The commonest surnames (most Vietnamese bear one of them), both sides' spellings.
_SURNAMES = (
    ("Нгуен", "Nguyen"), ("Чан", "Tran"), ("Ле", "Le"), ("Фам", "Pham"), ("Хоанг", "Hoang"),
    ("Хюинь", "Huynh"), ("Фан", "Phan"), ("Ву", "Vu"), ("Во", "Vo"), ("Данг", "Dang"),
    ("Буй", "Bui"), ("До", "Do"), ("Хо", "Ho"), ("Нго", "Ngo"), ("Зыонг", "Duong"),
    ("Ли", "Ly"), ("То", "To"), ("Лыонг", "Luong"), ("Чыонг", "Truong"), ("Динь", "Dinh"),
    ("Май", "Mai"), ("Чинь", "Trinh"), ("Лам", "Lam"), ("Доан", "Doan"), ("Тхай", "Thai"),
    ("Ха", "Ha"), ("Као", "Cao"),
)  # fmt: skip
_INITIALS_EN = (
    ("ngh", ("нг",)), ("ng", ("нг",)), ("nh", ("нь",)), ("ch", ("ть", "ч")), ("tr", ("ч",)),
    ("th", ("тх",)), ("ph", ("ф",)), ("kh", ("кх",)), ("gh", ("г",)), ("gi", ("з",)),
    ("qu", ("кв",)), ("b", ("б",)), ("c", ("к",)), ("k", ("к",)), ("d", ("з", "д")),
    ("g", ("г",)), ("h", ("х",)), ("l", ("л",)), ("m", ("м",)), ("n", ("н",)), ("p", ("п",)),
    ("r", ("з", "ж")), ("s", ("ш", "с")), ("t", ("т",)), ("v", ("в",)), ("x", ("с",)),
    ("", ("",)),
)  # fmt: skip
_VOWELS_EN = (
    ("uye", ("уе",)), ("uoi", ("ыой", "уой")), ("ieu", ("иеу",)), ("yeu", ("иеу",)),
    ("oai", ("оай",)), ("uay", ("уай",)), ("uou", ("ыоу",)), ("ai", ("ай",)), ("ao", ("ао",)),
    ("au", ("ау",)), ("ay", ("ай",)), ("eo", ("эо",)), ("eu", ("еу",)), ("ia", ("ия",)),
    ("ie", ("ие", "е")), ("iu", ("иу",)), ("oa", ("оа",)), ("oe", ("оэ",)), ("oi", ("ой",)),
    ("ua", ("уа", "ыа")), ("ue", ("уэ",)), ("ui", ("уй", "ый")), ("uo", ("ыо", "уо")),
    ("uy", ("уи", "уй")), ("ye", ("е",)), ("a", ("а",)), ("e", ("е", "э")), ("i", ("и",)),
    ("y", ("и",)), ("o", ("о",)), ("u", ("у", "ы")),
)  # fmt: skip
_FINALS_EN = (
    ("ng", ("нг",)), ("nh", ("нь",)), ("ch", ("ть", "к")), ("c", ("к",)), ("m", ("м",)),
    ("n", ("н",)), ("p", ("п",)), ("t", ("т",)), ("", ("",)),
)  # fmt: skip
_INITIALS_RU = (
    ("нг", ("ng",)), ("нь", ("nh",)), ("ть", ("ch",)), ("тх", ("th",)), ("кх", ("kh",)),
    ("кв", ("qu",)), ("ч", ("tr", "ch")), ("ф", ("ph",)), ("з", ("d", "gi", "r")),
    ("б", ("b",)), ("к", ("c", "k")), ("г", ("g",)), ("х", ("h",)), ("л", ("l",)),
    ("м", ("m",)), ("н", ("n",)), ("п", ("p",)), ("ж", ("r",)), ("ш", ("s",)),
    ("с", ("x", "s")), ("т", ("t", "ch")), ("в", ("v",)), ("д", ("d",)), ("", ("",)),
)  # fmt: skip
_VOWELS_RU = (
    ("иеу", ("ieu", "yeu")), ("ыой", ("uoi",)), ("уой", ("uoi",)), ("оай", ("oai",)),
    ("уай", ("uay",)), ("ыоу", ("uou",)), ("уе", ("uye",)), ("ай", ("ai", "ay")),
    ("ао", ("ao",)), ("ау", ("au",)), ("эо", ("eo",)), ("еу", ("eu",)), ("ия", ("ia",)),
    ("ие", ("ie",)), ("иу", ("iu",)), ("оа", ("oa",)), ("оэ", ("oe",)), ("ой", ("oi",)),
    ("уа", ("ua",)), ("ыа", ("ua",)), ("уэ", ("ue",)), ("уй", ("ui", "uy")), ("ый", ("ui",)),
    ("ыо", ("uo",)), ("уо", ("uo",)), ("уи", ("uy",)), ("а", ("a",)), ("э", ("e",)),
    ("е", ("e", "ie")), ("и", ("i", "y")), ("о", ("o",)), ("у", ("u",)), ("ы", ("u",)),
    ("ю", ("uy", "u")),
)  # fmt: skip
_FINALS_RU = (
    ("нг", ("ng",)), ("нь", ("nh",)), ("ть", ("ch",)), ("к", ("c", "ch")), ("м", ("m",)),
    ("н", ("n",)), ("п", ("p",)), ("т", ("t",)), ("", ("",)),
)  # fmt: skip
_WORD = lazy_re.compile(r"[a-zа-яё]+")


def a_vietnamese_name(words: list[str]) -> bool:
    """Whether ``words`` (a search's, as typed) begin with a Vietnamese name: a surname,
    then one or two words typed with a capital that read as syllables ("To Lam", «Фам Минь
    Тинь»)."""
    return (
        len(words) >= 2
        and _plain(words[0]).capitalize() in _surnames()
        and all(w[:1].isupper() for w in words[1:3])
        and bool(vietnamese_readings(words[1], surname=False))
    )


@cache
def vietnamese_readings(word: str, *, surname: bool) -> tuple[str, ...]:
    """The spellings of the Vietnamese name's ``word`` on the other side (a surname by the
    table, another word by its letters), capitalised, the likeliest first; empty when it
    reads as none."""
    plain = _plain(word)
    if surname:
        return _surnames().get(plain.capitalize(), ())
    return tuple(s.capitalize() for s in _syllable(plain.lower()))[:_MOST]


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for russian, english in _SURNAMES:
        table[russian] = (english,)
        table[english] = (russian,)
    return table


def _plain(word: str) -> str:
    """``word`` without its tone and vowel marks ("Tô Lâm": "To Lam"), đ as d."""
    word = word.replace("đ", "d").replace("Đ", "D")
    if word.isascii() or re.search("[а-яё]", word, re.IGNORECASE):
        return word
    return strip_marks(word)


@cache
def _syllable(text: str) -> tuple[str, ...]:
    """``text`` read as one syllable (an initial, a vowel group, a final) on the other
    side; «ть» before «и» written «т» (Chinh: «Тинь»)."""
    if not _WORD.fullmatch(text):
        return ()
    cyrillic = not text.isascii()
    initials, vowels, finals = (
        (_INITIALS_RU, _VOWELS_RU, _FINALS_RU)
        if cyrillic
        else (_INITIALS_EN, _VOWELS_EN, _FINALS_EN)
    )
    found = syllable_spellings(text, initials, vowels, finals)
    return tuple(dict.fromkeys(w.replace("ьи", "и") for w in found))
