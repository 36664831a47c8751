"""A Korean name in both scripts: as English news writes it ("Kim Jong Un", "Choe Son Hui",
"Lee Jae-myung") and as Russian does, by Kontsevich's system and the DPRK's own practice
(«Ким Чен Ын», «Чхве Сон Хи», «Ли Чжэ Мён»).

Neither side is one system: South Koreans choose their names' spellings (Lee, Park, Moon,
Yoon), the North's are McCune-Reischauer's less its marks (Jong, Choe), and Russian writes
«Чен» for the North's 정 where Kontsevich has «Чон». So a syllable is read as each of its
likely spellings on the other side, consonant by consonant and vowel by vowel (an initial,
a vowel, a final: «Чен» ch/j + e/eo/o + n/ng: "Jong", "Jeong", "Chen" ...), and the
archive says which it writes: a name's spellings are asked together, the first whose words
some post holds all of is the one (store/both_scripts.py). Only in a name that begins with
a Korean surname («Ким», "Kim", «Чхве», "Lee"), typed with a capital, each word a syllable
or two (a given name in one word, "Jae-myung", or two, «Чжэ Мён»). Pure. Session 46.
"""

from __future__ import annotations

from functools import cache
from itertools import product

from tg_archiver.archive import lazy_re
from tg_archiver.archive.syllable_splits import syllable_spellings

__all__ = ["a_korean_name", "korean_readings"]

_MOST = 16  # spellings of one word at most

# The commonest surnames (most Koreans bear one of them), each as both sides write it.
_SURNAMES = (
    ("Ким", "Kim Gim"),
    ("Ли Ри И", "Lee Ri Yi Rhee"),
    ("Пак", "Park Pak Bak"),
    ("Чхве Цой Чой", "Choe Choi"),
    ("Чон Чен Чжон", "Jeong Jung Chung Chong Jong"),
    ("Кан", "Kang Gang"),
    ("Чо", "Cho Jo"),
    ("Юн", "Yoon Yun"),
    ("Чан Чхан", "Jang Chang"),
    ("Лим Им", "Lim Im Rim"),
    ("Хан", "Han"),
    ("Син Шин", "Shin Sin"),
    ("Со", "Seo Suh So"),
    ("Квон", "Kwon Gwon"),
    ("Хван", "Hwang"),
    ("Ан", "Ahn An"),
    ("Сон", "Song Son"),
    ("Ю", "Yoo Yu"),
    ("Хон", "Hong"),
    ("Мун", "Moon Mun"),
    ("Нам", "Nam"),
    ("Пэ Пэк", "Bae Pae Baek Paek"),
    ("Ро Но", "Roh Noh Ro"),
    ("Хо", "Heo Hur Ho"),
)

# Russian's letters of a syllable and their English spellings: initials, vowels, finals.
_INITIALS_RU = (
    ("чж", ("j",)), ("чх", ("ch",)), ("кх", ("k",)), ("тх", ("t",)), ("пх", ("p",)),
    ("кк", ("kk",)), ("тт", ("tt",)), ("пп", ("pp",)), ("сс", ("ss",)), ("чч", ("jj",)),
    ("дж", ("j",)), ("ч", ("j", "ch")), ("к", ("k", "g")), ("т", ("t", "d")),
    ("п", ("p", "b")), ("с", ("s",)), ("ш", ("sh", "s")), ("н", ("n",)), ("м", ("m",)),
    ("р", ("r", "l")), ("л", ("l", "r")), ("х", ("h",)), ("", ("",)),
)  # fmt: skip
_VOWELS_RU = (
    ("ый", ("ui", "i")), ("ва", ("wa",)), ("вэ", ("wae", "we")), ("ве", ("oe", "we")),
    ("ви", ("wi",)), ("во", ("wo",)), ("йе", ("ye",)), ("а", ("a",)), ("э", ("ae", "e")),
    # «е» for «ё» too, as Russian writes it («Ли Чжэ Мен»: Myung; «Ен»: Yong; session 52).
    ("я", ("ya",)), ("е", ("o", "eo", "u", "e", "ye", "yeo", "yo", "yu")),
    ("ё", ("yo", "yeo", "yu")), ("о", ("o", "eo", "u")), ("у", ("u", "oo")),
    ("ю", ("yu", "yoo")), ("ы", ("u", "eu")),
    ("и", ("i", "ee", "ui")),
)  # fmt: skip
_FINALS_RU = (
    ("нъ", ("n",)), ("н", ("ng", "n")), ("ль", ("l",)), ("р", ("l",)), ("к", ("k",)),
    ("м", ("m",)), ("п", ("p",)), ("т", ("t",)), ("", ("",)),
)  # fmt: skip
# English's letters of a syllable and their Russian spellings.
_INITIALS_EN = (
    ("ch", ("чх", "ч")), ("kk", ("кк",)), ("tt", ("тт",)), ("pp", ("пп",)), ("ss", ("сс",)),
    ("jj", ("чч",)), ("sh", ("с", "ш")), ("j", ("ч", "чж", "дж")), ("g", ("к",)),
    ("k", ("к", "кх")), ("d", ("т",)), ("t", ("т", "тх")), ("b", ("п",)), ("p", ("п", "пх")),
    ("s", ("с",)), ("n", ("н",)), ("m", ("м",)), ("r", ("р", "л")), ("l", ("р", "л")),
    ("h", ("х",)), ("", ("",)),
)  # fmt: skip
_VOWELS_EN = (
    ("yeo", ("ё", "е")), ("wae", ("вэ",)), ("yae", ("йя",)), ("eo", ("о", "е")),
    ("eu", ("ы",)), ("ae", ("э", "е")), ("ya", ("я",)), ("ye", ("е", "йе")), ("yo", ("ё", "е")),
    ("yu", ("ю", "ё")), ("yoo", ("ю",)), ("wa", ("ва",)), ("oe", ("ве", "е")), ("oi", ("ой",)),
    ("wo", ("во",)), ("we", ("ве",)), ("wi", ("ви",)), ("ui", ("ый", "и")), ("oo", ("у",)),
    ("ee", ("и",)), ("a", ("а",)), ("e", ("е", "э")), ("o", ("о", "е")),
    ("u", ("у", "ы", "о", "е")), ("i", ("и",)),
)  # fmt: skip
_FINALS_EN = (
    ("ng", ("н",)), ("n", ("н",)), ("l", ("ль", "р")), ("k", ("к",)), ("g", ("к",)),
    ("m", ("м",)), ("p", ("п",)), ("t", ("т",)), ("", ("",)),
)  # fmt: skip
_WORD = lazy_re.compile(r"[A-Za-zА-Яа-яЁё]+")


def a_korean_name(words: list[str]) -> bool:
    """Whether ``words`` (a search's, as typed) begin with a Korean name: a surname, then
    one or two words, each typed with a capital ("Kim Jong Un", «Ли Чжэ Мён»,
    "Lee Jae-myung")."""
    return (
        len(words) >= 2
        and words[0] in _surnames()
        and all(w[:1].isupper() for w in words[1:3])
        and bool(korean_readings(words[1], surname=False))
    )


@cache
def korean_readings(word: str, *, surname: bool) -> tuple[str, ...]:
    """The spellings of the Korean name's ``word`` on the other side (a surname by the
    table, a given name's syllables by their letters), capitalised, the likeliest first;
    empty when it reads as none."""
    if surname:
        return _surnames().get(word, ())
    parts = word.split("-")
    # A declined word by its nominative first («Ыном»: «Ын», not «Ын-ом»).
    read = [(p != _nominative(p) and _syllables(_nominative(p))) or _syllables(p) for p in parts]
    if not all(read):
        return ()
    # A given name in one word, hyphenated ("Jae-myung"), is two in Russian («Чжэ Мён»):
    # its syllables joined by a hyphen, which a search reads as the words side by side.
    joined = ("-".join(r.capitalize() for r in combo) for combo in product(*read))
    return tuple(dict.fromkeys(joined))[:_MOST]


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for russian, english in _SURNAMES:
        ru, en = russian.split(), english.split()
        for word in ru:
            table[word] = tuple(en)
        for word in en:
            table[word] = tuple(ru)
    return table


def _nominative(part: str) -> str:
    """A Russian syllable declined as a noun in a consonant («Ыном», «Мёна»): without its
    ending; ``part`` itself otherwise."""
    for end in ("ом", "ем", "а", "у", "е", "я", "ю"):
        if not part.isascii() and part.lower().endswith(end) and len(part) > len(end) + 1:
            base = part[: -len(end)]
            return base + "ь" if end in ("ем", "я", "ю") else base
    return part


def _syllables(part: str) -> tuple[str, ...]:
    """A word of one syllable or two read on the other side, lower-case."""
    lower = part.lower()
    if not _WORD.fullmatch(lower):
        return ()
    cyrillic = not lower.isascii()
    one = _syllable(lower, cyrillic)
    if one:
        return one
    found: list[str] = []
    for cut in range(1, len(lower)):
        first, second = _syllable(lower[:cut], cyrillic), _syllable(lower[cut:], cyrillic)
        found += [a + b for a, b in product(first, second)]
    return tuple(dict.fromkeys(found))[:_MOST]


@cache
def _syllable(text: str, cyrillic: bool) -> tuple[str, ...]:
    """``text`` read as one syllable (an initial, a vowel, a final) on the other side."""
    initials, vowels, finals = (
        (_INITIALS_RU, _VOWELS_RU, _FINALS_RU)
        if cyrillic
        else (_INITIALS_EN, _VOWELS_EN, _FINALS_EN)
    )
    return tuple(dict.fromkeys(syllable_spellings(text, initials, vowels, finals)))
