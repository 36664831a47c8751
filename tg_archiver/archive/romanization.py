"""A name typed in one script read in the other, as the standard romanisations write it:
``Shoigu`` «Шойгу», ``Nebenzya`` «Небензя», ``Sheremetyevo`` «Шереметьево»; «Галузин»
``Galuzin``.

A reader of Russian channels types the names of their people and places as English news
spells them, and a name only Russian posts hold was not found (the thirteenth and
fourteenth sets' Latin-only kind). Russian is romanised by a few systems (BGN/PCGN, the
passport's ICAO 9303, the ministries' own practice) that agree on most letters and differ on
a few (й: y or i; ы: y; я: ya or ia; х: kh or h; ье: ye or ie); read back, a Latin letter is
one of at most two Cyrillic ones (``y`` after a vowel is й, after a consonant ы; ``ye`` after
a consonant is е or ье; ``e`` first is э or е). :func:`cyrillic` gives each reading (at
most _MOST), :func:`latin` the romanisations of a Cyrillic word. Not a table of names: the
letters' rules only.

Pure; the store (archive/store/corrections.py) searches again with a word so read only when
a search finds nothing, the word typed alone finds nothing and the word so read finds posts,
as it does a word typed on the other keyboard layout. Session 40.
"""

from __future__ import annotations

from itertools import product

from tg_archiver.archive import lazy_re

__all__ = ["cyrillic", "latin"]

_MOST = 8  # readings of one word at most
_VOWELS = frozenset("aeiouy")
# Latin letters and letter groups, longest first, and the Cyrillic each may stand for.
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shch", ("щ",)),
    ("sch", ("щ", "ш")),
    ("tsh", ("ч", "тш")),  # a Bantu name's: Tshisekedi, «Чисекеди» (session 53)
    ("zh", ("ж",)),
    ("kh", ("х",)),
    ("ts", ("ц",)),
    ("tz", ("ц",)),
    ("ch", ("ч",)),
    ("sh", ("ш",)),
    ("yu", ("ю",)),
    ("iu", ("иу", "ю")),
    ("ia", ("ия", "иа")),
    ("ya", ("я",)),
    ("yo", ("ё", "йо")),
    ("ye", ("е", "ье")),
    ("a", ("а",)),
    ("b", ("б",)),
    ("c", ("к", "ц")),
    ("d", ("д",)),
    ("e", ("е",)),
    ("f", ("ф",)),
    ("g", ("г",)),
    ("h", ("х",)),
    ("i", ("и",)),
    ("j", ("дж", "й")),
    ("k", ("к",)),
    ("l", ("л",)),
    ("m", ("м",)),
    ("n", ("н",)),
    ("o", ("о",)),
    ("p", ("п",)),
    ("q", ("к",)),
    ("r", ("р",)),
    ("s", ("с",)),
    ("t", ("т",)),
    ("u", ("у",)),
    ("v", ("в",)),
    ("w", ("в",)),
    ("x", ("кс",)),
    ("y", ("ы",)),
    ("z", ("з",)),
)
_LATIN_NAME = lazy_re.compile(r"[A-Z][a-z]{3,}")
_CYRILLIC_NAME = lazy_re.compile(r"[А-ЯЁ][а-яё]{3,}")
_SHORT_NAME = lazy_re.compile(r"[А-ЯЁ][а-яё]{2,}")


def cyrillic(word: str) -> tuple[str, ...]:
    """The Cyrillic readings of a Latin name typed with a capital (four letters at least),
    likeliest first, a capital kept: ``Shoigu`` -> «Шойгу», «Шоигу»; empty for another word."""
    if not _LATIN_NAME.fullmatch(word):
        return ()
    text = word.lower()
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        before = text[i - 1] if i else ""
        group, read = next((g, r) for g, r in _GROUPS if text.startswith(g, i))
        if group in ("ya", "yu", "yo", "ye") and before and before not in _VOWELS:
            read = (read[0], f"ь{read[0]}") if group != "ye" else read
        elif group in ("yo", "ye"):
            read = read[:1]  # Mirziyoyev: «Мирзиёев», not «-ьев»
        elif group == "y":
            # й after a vowel and last (Shoigu, Andrey), ы after a consonant (Ryabkov).
            read = ("й", "и") if before in _VOWELS else ("ы", "й") if i + 1 == len(text) else read
        elif group == "i" and before in _VOWELS and before != "i":
            read = ("й", "и")  # Shoigu, Hmeimim: «Шойгу», «Хмеймим»
        elif group == "e" and not before:
            read = ("э", "е")  # Erdogan: «Эрдоган»; Elvira: «Эльвира» is left to the slips
        elif group == "ia" and i + 2 == len(text):
            read = ("ия", "я")  # Nebenzia: «Небензя»
        parts.append(read)
        i += len(group)
    out = ["".join(p) for p in product(*parts)]
    return tuple(w[:1].upper() + w[1:] for w in dict.fromkeys(out))[:_MOST]


_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Where the systems differ: the other way each writes a letter.
_OTHER_LATIN = {"й": "i", "х": "h", "я": "ia", "ю": "iu", "ё": "e"}


def latin(word: str, *, short: bool = False) -> tuple[str, ...]:
    """The romanisations of a Cyrillic name typed with a capital (four letters at least, or
    three when ``short``: a given name beside a surname, «Кая»): «Галузин» -> ``Galuzin``;
    «Шойгу» -> ``Shoygu``, ``Shoigu``; empty for another word. An е after a vowel or a soft
    sign, or first, is ``ye`` in BGN/PCGN and ``e`` in the passport's: both."""
    if not (_CYRILLIC_NAME if not short else _SHORT_NAME).fullmatch(word):
        return ()
    text = word.lower()
    parts: list[tuple[str, ...]] = []
    for i, c in enumerate(text):
        before = text[i - 1] if i else ""
        one = _TO_LATIN.get(c, c)
        if c == "е" and (not before or before in "аеёиоуыэюяьъ"):
            parts.append(("ye", "e") if before else ("e", "ye"))
        elif c == "ч" and not before:
            parts.append(("ch", "tsh"))  # «Чисекеди»: Tshisekedi, a Bantu name's (session 53)
        elif c in _OTHER_LATIN:
            parts.append((one, _OTHER_LATIN[c]))
        else:
            parts.append((one,))
    out = ["".join(p) for p in product(*parts)]
    return tuple(w[:1].upper() + w[1:] for w in dict.fromkeys(out) if w)[:_MOST]
