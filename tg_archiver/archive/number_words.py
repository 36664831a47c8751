"""A number in figures and in words: "25 лет" and «Двадцать пять лет», "3-й" and «Третий»,
"80-летие" and «восьмидесятилетие», "1,5" and «полутора», "75th" and "seventy-fifth", "2-day"
and "two-day", "10 percent" and "ten per cent".

News writes a number either way: a ministry spells a round anniversary out, an agency puts
the figure; a Russian number in words declines with its noun («двадцати пяти лет»). To the
index a figure and its words are other words. The query parser (archive/query.py,
``with_numbers``) gives a number typed either way the other way as an alternative
(:func:`other_ways`): a figure its words in every case (Russian) and a number in words its
figure. Query-side only: the index is as it was.

The words come from num2words (cardinals and ordinals, Russian and English); their Russian
case forms from pymorphy3's dictionary. From 2 to 999: "one" and «один» are also a pronoun
and an article, and a figure of four digits is mostly a year, which news does not spell out.
English above 99 since session 37: "two hundred" and "200", "two hundred and fifteen" (and
"two hundred fifteen") and "215"; "hundred" alone is no number. Session 38: a number and a
half ("2,5": «два с половиной», «двух с половиной», "two and a half", and back: "2,5"), and
round thousands but a year's figure ("1000": «тысяча», «тысячу»; "3000": «три тысячи»,
«трёх тысяч», "three thousand"; and back, «тысяча», «тысячу» alone too, not «тысячи»,
which is "thousands").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse, words
from tg_archiver.archive.lexemes import dictionary

__all__ = ["NumberWays", "day_number", "is_number_word", "other_ways"]

_LOWEST = 2
_HIGHEST = {"ru": 999, "en": 999}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# A Russian ordinal's ending after its figure (3-й, 3-го), which the index reads as a word.
_ORDINAL_ENDINGS = ("й", "го", "му", "м", "е", "я", "ю", "х", "ми", "ой", "ая", "ое", "ые")
_FIGURE = lazy_re.compile(r"[0-9]+")
_ENGLISH_ORDINAL = lazy_re.compile(r"([0-9]{1,2})(st|nd|rd|th)", re.IGNORECASE)
_RUSSIAN_ORDINAL = lazy_re.compile(r"([0-9]{1,3})-[а-яё]{1,3}", re.IGNORECASE)
# A figure joined to a word by a hyphen: "80-летие", "2-day", "10-процентный".
_COMPOUND = lazy_re.compile(r"([0-9]{1,3})-([^\W\d_]{3,})")
_HALF = {"ru": ("полтора", "полутора", "полторы"), "en": ("one and a half",)}
_HALF_FIGURE = "1 5"
_CYRILLIC = lazy_re.compile(r"[а-яё]", re.IGNORECASE)  # 1,5 and 1.5 as the index reads them
# Russian compounds made of a number's genitive and a root (восьмидесятилетие,
# двухдневный, стопроцентный): the roots, so that «столица» is not «100-лица».
_COMPOUND_ROOTS = (
    "лет", "летн", "дневн", "месячн", "недельн", "часов", "процентн", "кратн", "сторонн",
    "минутн", "этажн", "местн", "томн", "тысячн", "миллионн",
)  # fmt: skip
# The number as the first half of such a compound, where it is not its genitive.
_COMPOUND_FIRST = {1: "одно", 90: "девяносто", 100: "сто"}


@dataclass(frozen=True)
class NumberWays:
    """The other ways to write a number typed: ``written``, phrases the unstemmed columns may
    hold ("двадцати пяти", "10", "3 й"); ``stems``, phrases of word forms (``search_stems``:
    "восьмидесятилет" for 80-летие in any case)."""

    written: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.written or self.stems)


@lru_cache(maxsize=4096)
def other_ways(body: str, langs: tuple[str, ...] = ("ru", "en")) -> NumberWays:
    """The other ways to write the number ``body`` (one term as typed: "25", "3-й", "75th",
    "80-летие", "2-day", "1,5", "двадцать пять", "seventy-fifth", "восьмидесятилетие");
    empty for anything else. A figure alone is spelled out in ``langs`` (the languages of the
    search's other words)."""
    text = body.strip().lower().replace("ё", "е")
    if _FIGURE.fullmatch(text):
        n = int(text)
        return NumberWays(written=tuple(w for lang in langs for w in _cardinal_words(n, lang)))
    if re.fullmatch(r"1[.,]5", text):
        return NumberWays(written=tuple(w for lang in langs for w in _HALF[lang]))
    if m := _AND_A_HALF_FIGURE.fullmatch(text):  # 2,5: «два с половиной» (session 38)
        return NumberWays(written=tuple(w for lang in langs for w in _and_a_half(int(m[1]), lang)))
    if m := _ENGLISH_ORDINAL.fullmatch(text):
        return NumberWays(written=_ordinal_words(int(m[1]), "en"))
    if m := _RUSSIAN_ORDINAL.fullmatch(text):
        return NumberWays(written=_ordinal_words(int(m[1]), "ru"))
    if m := _COMPOUND.fullmatch(text):
        return _compound_in_words(int(m[1]), m[2])
    found = words(text)
    if not found:
        return NumberWays()
    if figure := _figure(tuple(found)):
        return figure
    if (half := _halved(found)) is not None:  # «два с половиной»: 2,5 (session 38)
        lang = "ru" if _CYRILLIC.search(text) else "en"
        return NumberWays(written=(f"{half} 5", *_and_a_half(half, lang)))
    if (thousands := _thousands(found)) is not None:  # «три тысячи», «тысячу»: 3000, 1000
        return NumberWays(written=(str(thousands), f"{thousands // 1000} 000"))
    lead = _leading_number(found)
    if lead and lead < len(found) and (figure := _figure(tuple(found[:lead]))):
        rest = " ".join(found[lead:])
        return NumberWays(written=tuple(f"{w} {rest}" for w in figure.written))
    if len(found) == 1 and (compound := _compound_number(found[0])):
        return NumberWays(stems=(analyse(f"{compound[0]}-{compound[1]}"),))
    return NumberWays()


def day_number(found: list[str]) -> int | None:
    """The day of a month ``found`` spells as an ordinal («двенадцатого», "twenty first"),
    1 to 31, or None (archive/spelled_days.py)."""
    value = _value(tuple(w.lower() for w in found)) if found else None
    if value is None or not value[1] or not 1 <= value[0] <= 31:
        return None
    return value[0]


def is_number_word(word: str) -> bool:
    """Whether ``word`` is a word of a number in words ("двадцать", "пяти", "seventy")."""
    return _reading(word.lower().replace("ё", "е")) is not None


def is_number(body: str) -> bool:
    """Whether ``body`` is a number, in figures ("1,5", "300") or in words ("полтора")."""
    found = words(body)
    lowered = tuple(w.lower().replace("ё", "е") for w in found)
    if not found or lowered in _HALVES or _halved(list(found)) is not None:
        return bool(found)
    return all(_FIGURE.fullmatch(w) for w in found) or _value(lowered) is not None


# -- figures to words ----------------------------------------------------------------------


def _spelled(n: int, lang: str, ordinal: bool = False) -> list[str]:
    from num2words import num2words  # lazy: only a search with a number loads it

    return words(num2words(n, lang=lang, to="ordinal" if ordinal else "cardinal").lower())


@lru_cache(maxsize=2048)
def _cardinal_words(n: int, lang: str) -> tuple[str, ...]:
    """``n`` in words, a Russian one in each of its cases ("двадцать пять", "двадцати пяти",
    "двадцатью пятью"); none outside the range spelled out."""
    if _thousands_spelled(n):
        return _thousands_words(n, lang)
    if not _LOWEST <= n <= _HIGHEST[lang]:
        return ()
    spelled = _spelled(n, lang)
    if lang == "en":
        return _with_and_without_and(spelled)
    out: list[str] = []
    for case in _CASES:
        options = [_case_forms(w).get(case, (w,)) for w in spelled]
        out += [" ".join(p) for p in product(*options)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=2048)
def _ordinal_words(n: int, lang: str) -> tuple[str, ...]:
    """The ordinal ``n`` in words, a Russian one in its every form ("третий", "третьего")."""
    if not 1 <= n <= _HIGHEST[lang]:
        return ()
    spelled = _spelled(n, lang, ordinal=True)
    if lang == "en":
        return _with_and_without_and(spelled)
    head = " ".join(spelled[:-1])
    last = _ordinal_forms(spelled[-1])
    return tuple(f"{head} {f}".strip() for f in last)


def _with_and_without_and(spelled: list[str]) -> tuple[str, ...]:
    """An English number's words as num2words writes them ("two hundred and fifteen") and
    without the "and", as American news does ("two hundred fifteen")."""
    return tuple(dict.fromkeys((" ".join(spelled), " ".join(w for w in spelled if w != "and"))))


def _compound_in_words(n: int, rest: str) -> NumberWays:
    """A figure hyphenated to a word, in words: "80-летие" by the word forms of
    «восьмидесятилетие», "2-day" as "two day"."""
    if re.fullmatch(r"[a-z]+", rest):
        return NumberWays(written=tuple(f"{w} {rest}" for w in _cardinal_words(n, "en")))
    if (prefix := _compound_prefix(n)) and rest.startswith(_COMPOUND_ROOTS):
        return NumberWays(stems=(analyse(prefix + rest),))
    return NumberWays()


@lru_cache(maxsize=1024)
def _compound_prefix(n: int) -> str:
    """``n`` as the first half of a Russian compound: its genitive (восьмидесяти-летие,
    двадцатипяти-летие), or its own form where it is not (одно-, девяносто-, сто-)."""
    if n in _COMPOUND_FIRST:
        return _COMPOUND_FIRST[n]
    if not _LOWEST <= n <= _HIGHEST["ru"]:
        return ""
    return "".join(_case_forms(w).get("gent", (w,))[0] for w in _spelled(n, "ru"))


# -- halves and thousands (session 38) ----------------------------------------------------

# A figure and a half (2,5; 1,5 is «полтора», above) and its words after a number's.
_AND_A_HALF_FIGURE = lazy_re.compile(r"([2-9]|[1-9][0-9]{1,2})[.,]5")
_AND_A_HALF = {"ru": ("с", "половиной"), "en": ("and", "a", "half")}
# Round thousands are spelled out («тысяча на тысячу», «три тысячи»), but not a year's
# figure (2000), which news does not spell out.
_YEARS = range(1800, 2101)


def _and_a_half(n: int, lang: str) -> tuple[str, ...]:
    """``n`` and a half in words: «два с половиной», «двух с половиной», "two and a half"."""
    tail = " ".join(_AND_A_HALF[lang])
    return tuple(f"{w} {tail}" for w in _cardinal_words(n, lang))


def _halved(found: list[str]) -> int | None:
    """The whole number of ``found`` when it is a number and a half in words ("два с
    половиной", "two and a half"), else None."""
    for tail in _AND_A_HALF.values():
        k = len(tail)
        if len(found) > k and tuple(w.lower() for w in found[-k:]) == tail:
            value = _value(tuple(w.lower().replace("ё", "е") for w in found[:-k]))
            if value and not value[1] and value[0] >= 2:
                return value[0]
    return None


def _thousands_spelled(n: int) -> bool:
    return 1000 <= n < 1_000_000 and n % 1000 == 0 and n not in _YEARS


def _thousands(found: list[str]) -> int | None:
    """The figure of a number of thousands in words («тысяча», «тысячу», «три тысячи»,
    "three thousand"; not «тысячи» alone, which is "thousands"), else None."""
    lowered = [w.lower().replace("ё", "е") for w in found]
    if lowered in (["тысяча"], ["тысячу"]):
        return 1000
    if len(lowered) < 2 or not (lowered[-1].startswith("тысяч") or lowered[-1] == "thousand"):
        return None
    value = _value(tuple(lowered[:-1]))
    if value is None or value[1] or not 1 <= value[0] <= 999:
        return None
    return value[0] * 1000


@lru_cache(maxsize=256)
def _thousands_words(n: int, lang: str) -> tuple[str, ...]:
    """A round number of thousands in words, a Russian one in each of its cases, «тысяча»
    agreeing with the number before it: «тысяча», «тысячу»; «три тысячи», «трёх тысяч»,
    «тремя тысячами»; "three thousand", "a thousand"."""
    k = n // 1000
    if lang == "en":
        count = ("a", "one") if k == 1 else _cardinal_words(k, "en")
        return tuple(f"{c} thousand" for c in count)
    thousand = dictionary().parse("тысяча")[0]
    spelled = _spelled(n, "ru")[:-1]  # «две» of «две тысячи» (feminine), «одна»
    singular = k % 10 == 1 and k % 100 != 11
    out: list[str] = []
    for case in _CASES:
        if case in ("nomn", "accs"):
            form = thousand.inflect({case}).make_agree_with_number(k)
        else:
            form = thousand.inflect({case, "sing" if singular else "plur"})
        if form is None:
            continue
        counts = [_case_forms(w).get(case, (w,)) for w in spelled] if k > 1 else []
        out += [" ".join((*p, form.word)) for p in product(*counts)]
    return tuple(dict.fromkeys(out))


# -- words to figures ----------------------------------------------------------------------


def _figure(found: tuple[str, ...]) -> NumberWays | None:
    """The figure of a number in words (``found``, all of it), or None."""
    lowered = tuple(w.lower().replace("ё", "е") for w in found)
    if lowered in _HALVES:
        lang = "ru" if _CYRILLIC.search(found[0]) else "en"
        return NumberWays(written=(_HALF_FIGURE, *_HALF[lang]))
    value = _value(lowered)
    if value is None:
        return None
    n, ordinal, lang = value
    # A Russian number in words in its other cases too: the word forms of «двадцать» and
    # «двадцати» are not one (двадц, двадцат).
    if not ordinal:
        own = _cardinal_words(n, "ru") if lang == "ru" else ()
        return NumberWays(written=(str(n), *own)) if n >= _LOWEST else None
    if lang == "en":
        return NumberWays(written=(str(n) + _english_suffix(n),))
    return NumberWays(written=(*(f"{n} {e}" for e in _ORDINAL_ENDINGS), *_ordinal_words(n, lang)))


_HALVES = {tuple(words(h)) for forms in _HALF.values() for h in forms}


def _value(found: tuple[str, ...]) -> tuple[int, bool, str] | None:
    """The number ``found`` spells (its value, whether an ordinal, its language), or None: each
    word a number's, each of a lower order than the one before, only the last an ordinal."""
    total, last, ordinal, lang = 0, 10_000, False, ""
    for i, word in enumerate(found):
        reading = _reading(word)
        if reading is None or ordinal:
            return None
        n, ordinal, word_lang = reading
        if n == 100 and word_lang == "en":
            # "two hundred": the units before it times a hundred ("hundred" alone is none).
            if i != 1 or not 1 <= total <= 9 or lang != "en":
                return None
            total, last = total * 100, 100
            continue
        if n >= last or (lang and word_lang != lang) or (n >= 10 and last < 100 and i):
            return None
        total, last, lang = total + n, _order(n), word_lang
    return total, ordinal, lang


def _order(n: int) -> int:
    return 100 if n >= 100 else 20 if n >= 20 else 1


def _leading_number(found: list[str]) -> int:
    """How many of ``found``'s first words are a number's ("two" of "two day")."""
    count = 0
    while count < len(found) and _reading(found[count].lower()) is not None:
        count += 1
    return count


@lru_cache(maxsize=8192)
def _reading(word: str) -> tuple[int, bool, str] | None:
    """The number ``word`` is a word of (value, ordinal, language), in any case; or None.
    num2words and its tables load only for a word that may be one (``_ENGLISH_ROOTS``; a
    numeral to the dictionary), so a search without one does not pay for them."""
    if re.fullmatch(r"[a-z]+", word):
        return _lexicon("en").get(word) if _ENGLISH_ROOTS.match(word) else None
    if not re.fullmatch(r"[а-я]+", word):
        return None
    if word in ("сто", "ста"):
        return _lexicon("ru")[word]
    for parse in dictionary().parse(word):
        numeral = "NUMR" in parse.tag.grammemes or "Anum" in parse.tag.grammemes
        lemma = parse.normal_form.replace("ё", "е")
        if numeral and (found := _lexicon("ru").get(lemma)) is not None:
            return found
    return None


# How every English number word num2words writes begins (one .. ninety, first .. ninetieth,
# hundred):
# a word that begins otherwise is none, without loading num2words.
_ENGLISH_ROOTS = lazy_re.compile(
    r"one|two|thre|thir|four|fiv|fif|six|seven|eigh|nin|ten|eleven|twel|twent|fort|first|second"
    r"|hundred"
)


@cache
def _lexicon(lang: str) -> dict[str, tuple[int, bool, str]]:
    """Each word a number is made of, in num2words' spelling (units, teens, tens and, in
    Russian, hundreds), to its value and whether it is an ordinal."""
    values = [*range(1, 20), *range(20, 100, 10)]
    if lang == "ru":
        values += range(100, 1000, 100)
    out: dict[str, tuple[int, bool, str]] = {}
    for n in values:
        for ordinal in (False, True):
            spelled = _spelled(n, lang, ordinal)
            if len(spelled) == 1:
                out[spelled[0].replace("ё", "е")] = (n, ordinal, lang)
    if lang == "ru":
        out["ста"] = (100, False, "ru")
    else:  # "one hundred": "hundred" times the units before it (_value)
        out["hundred"], out["hundredth"] = (100, False, "en"), (100, True, "en")
    return out


def _english_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@cache
def _compound_prefixes() -> tuple[tuple[str, int], ...]:
    """Each number from 1 to 100 as the first half of a Russian compound, longest first."""
    found = {_compound_prefix(n).replace("ё", "е"): n for n in range(1, 101)}
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def _compound_number(word: str) -> tuple[int, str] | None:
    """A Russian compound of a number and a root (восьмидесятилетие) as its number and the
    rest ("летие"), or None."""
    word = word.lower().replace("ё", "е")
    if not any(root in word[2:] for root in _COMPOUND_ROOTS):
        return None  # the common case, without num2words' tables
    for prefix, n in _compound_prefixes():
        rest = word[len(prefix) :]
        if prefix and word.startswith(prefix) and rest.startswith(_COMPOUND_ROOTS):
            return n, rest
    return None


# -- Russian forms -------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _case_forms(word: str) -> dict[str, tuple[str, ...]]:
    """A Russian cardinal's forms by case ("двадцать": gent "двадцати"); «сто» by hand
    (the dictionary reads it as an abbreviation)."""
    if word == "сто":
        return {
            "nomn": ("сто",),
            "accs": ("сто",),
            **{c: ("ста",) for c in ("gent", "datv", "ablt", "loct")},
        }
    out: dict[str, list[str]] = {}
    for parse in _readings(word, "NUMR"):
        for form in parse.lexeme:
            case = next((c for c in _CASES if c in form.tag.grammemes), "")
            if case and form.word not in out.setdefault(case, []):
                out[case].append(form.word)
    return {case: tuple(found) for case, found in out.items()}


@lru_cache(maxsize=1024)
def _ordinal_forms(word: str) -> tuple[str, ...]:
    forms = [f.word for p in _readings(word, "Anum") for f in p.lexeme]
    return tuple(dict.fromkeys([word, *forms]))


def _readings(word: str, grammeme: str) -> list[Any]:
    found = [p for p in dictionary().parse(word) if grammeme in p.tag.grammemes]
    return found[:1]
