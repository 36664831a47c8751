"""A sum however a post writes it: "$95 billion", "$95bn", "95 billion dollars", «95 млрд
долларов», "US$95 billion"; "€2 billion" and "2 billion euros".

The index holds no currency sign (unicode61 reads no word in "$"), so "$95 billion" is "95
billion" to it, and a search of "95 billion dollars" (three words a post must hold) missed
every post writing "$95 billion"; a search of "$1.5 billion" found "1.5 million ... $12
billion". A number typed with a currency's sign, or before a currency's word (a scale word
between: "95 billion dollars", «95 млрд долларов»), is looked up as the number (the
currency word's lookups also accept it: query_alternatives ``with_sums``), and the post must
hold the number and the currency together as written, in any of these ways (:func:`written`,
a filter beside the others, as a percentage's: SearchQuery.cased). Session 37.
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.capitals import Cased
from tg_archiver.archive.scale_words import others as scale_others

__all__ = ["currency_of", "typed_sum", "written"]

# Each currency: its sign; its words after a number (English, whole: either number; Russian,
# how they begin: any case), which the word typed must be one of; its ISO code.
_CURRENCIES = {
    "$": (("dollar", "dollars"), ("доллар",), "USD"),
    "€": (("euro", "euros"), ("евро",), "EUR"),
    "£": (("pound", "pounds"), ("фунт",), "GBP"),
    "₽": (("ruble", "rubles", "rouble", "roubles"), ("рубл",), "RUB"),
}
_RUSSIAN_ENDINGS = frozenset(
    ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")  # доллар, фунт
) | frozenset(("ь", "я", "ю", "ем", "и", "ей", "ям", "ями", "ях"))  # рубль
# A currency's word cut short, with or without its dot: «2 млрд руб.», «100 долл.».
_SHORT = {"руб": "₽", "долл": "$"}
_TYPED = lazy_re.compile(r"(?:US)?([$€£₽])(\d+(?:[.,]\d+)?)")
_DECIMAL = lazy_re.compile(r"(\d+)[.,](\d+)")
# The English scale abbreviations written closed up after a sum: "$95bn".
_CLOSED_UP = ("bn", "mn", "tn", "m", "b")


def typed_sum(body: str) -> tuple[str, str]:
    """The sign and number of a sum typed with its sign ("$95" -> ("$", "95"); "US$1.5"
    -> ("$", "1.5")); two empty strings for anything else."""
    m = _TYPED.fullmatch(body.strip())
    return (m[1], m[2]) if m else ("", "")


def currency_of(word: str) -> str:
    """The sign of the currency ``word`` names after a number ("dollars", «долларов»,
    "euros", «евро», "USD" -> "$"); "" for another word."""
    w = word.lower().replace("ё", "е").removesuffix(".")
    if w in _CURRENCIES:  # the sign typed after the number: «2 млрд ₽»
        return w
    if w in _SHORT:
        return _SHORT[w]
    for sign, (english, russian, code) in _CURRENCIES.items():
        if (
            w in english
            or w == code.lower()
            or any(w[len(r) :] in _RUSSIAN_ENDINGS for r in russian if w.startswith(r))
        ):
            return sign
    return ""


def written(sign: str, numbers: Sequence[str], scale: str = "") -> tuple[Cased, ...]:
    """What a post holds, as written, for a sum of any of ``numbers`` (the number as typed
    and its other ways: "95"; "1.5", also written "1,5") in the currency of ``sign``, the
    scale word typed after it (``scale``: "billion", "млрд") or none: the sign before the
    number ("$95", "US$95", "$95bn"), or the currency's word or code after it, the scale's
    words between ("95 billion dollars", «95 млрд долларов», "95 bn USD")."""
    english, russian, code = _CURRENCIES[sign]
    found: list[str] = []
    for number in numbers:
        if m := _DECIMAL.fullmatch(number):
            found += [f"{m[1]}.{m[2]}", f"{m[1]},{m[2]}"]
        else:
            found.append(number)
    scales = (scale.lower(), *scale_others(scale)) if scale else ("",)
    short = [s for s, of in _SHORT.items() if of == sign]
    names = [
        *(Cased(w, True) for e in english for w in (e, e.capitalize())),
        *(Cased(w, False) for r in russian for w in (r, r.capitalize())),
        *(Cased(r, True) for r in short),
        Cased(code, True),
        Cased(sign, True),
    ]
    out: list[Cased] = []
    for n in dict.fromkeys(found):
        if n[:1].isdigit():
            out += (Cased(f"{sign}{n}", True), Cased(f"{sign} {n}", True))
            if sign == "$":
                out.append(Cased(f"US${n}", True))
            if scale:
                out += (Cased(f"{sign}{n}{short}", True) for short in _CLOSED_UP)
        for s in scales:
            between = f" {s}" if s else ""
            out += (Cased(f"{n}{between} {w.text}", w.whole) for w in names)
    return tuple(dict.fromkeys(out))
