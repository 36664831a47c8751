"""A round quantity typed one way, in the other ways news writes it: "150 тыс.", "150 000",
"150,000", "150000", «150 тысяч», "150 thousand"; "1,5 млн", "1.5 million", "1 500 000".

A ministry writes «150 000 тонн», an agency «150 тыс. тонн», a wire "150,000 tonnes", a feed
"150 thousand tonnes": one quantity, and to the index four phrases ("150 000", "150 тыс",
"150 000" again for the comma, "150 thousand"). The query parser
(archive/query_alternatives.py, ``with_quantities``) reads the value of a number typed in
figures, grouped or not, or followed by a scale word (archive/scale_words.py), and gives each
of its terms :func:`ways` as alternatives: in figures grouped by thousands (which "150,000"
and "150.000" are too, to the index) and not, and with each scale word whose mantissa has at
most two decimals («1,5 млн», "1.5 million": "1 5 млн", the comma no word to the index), in
the languages of the search. A value below a thousand has no other way here. Session 40.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from tg_archiver.archive import lazy_re

__all__ = ["value_of", "ways"]

# A scale's value and its words in each language, in full (the forms a number takes) and short.
_SCALES = (
    (10**3, {"ru": ("тысяч", "тысячи", "тыс"), "en": ("thousand",)}),
    (10**6, {"ru": ("млн", "миллиона", "миллионов"), "en": ("million", "mln", "mn")}),
    (10**9, {"ru": ("млрд", "миллиарда", "миллиардов"), "en": ("billion", "bn", "bln")}),
)
# Every word of a scale typed after a number, a dot after it allowed ("тыс.", "млн.").
_SCALE_OF = {
    **{w: v for v, names in _SCALES for group in names.values() for w in group},
    "тысяча": 10**3,
    "thousands": 10**3,
    "миллион": 10**6,
    "millions": 10**6,
    "миллиард": 10**9,
    "billions": 10**9,
}
_FIGURES = lazy_re.compile(r"\d+(?:[.,]\d{1,2})?")  # 150, 1,5, 1.25
_PLAIN = lazy_re.compile(r"[1-9]\d{3,11}")  # 150000
_GROUPED = lazy_re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")  # 150,000
_GROUP = lazy_re.compile(r"\d{3}")
_LEAD = lazy_re.compile(r"[1-9]\d{0,2}")
_YEAR = lazy_re.compile(r"(?:1[89]|20)\d\d")


def value_of(typed: list[str]) -> tuple[Decimal, int] | None:
    """The value of the quantity that the first of ``typed`` (words as typed) begins and how
    many of them it takes: one ("150000", "150,000"), a number and its scale word ("150",
    "тыс."), or figures grouped by thousands ("150", "000"); None when they begin none of a
    thousand or more (a year typed alone is no quantity)."""
    if not typed:
        return None
    first = typed[0]
    if len(typed) > 1 and _FIGURES.fullmatch(first):
        scale = _SCALE_OF.get(typed[1].lower().removesuffix("."))
        if scale is not None:
            return _decimal(first) * scale, 2
    if _LEAD.fullmatch(first):
        n = 1
        while n < len(typed) and _GROUP.fullmatch(typed[n]):
            n += 1
        if n > 1:
            return Decimal("".join(typed[:n])), n
    if _PLAIN.fullmatch(first) and not _YEAR.fullmatch(first):
        return Decimal(first), 1
    if _GROUPED.fullmatch(first):
        return Decimal(first.replace(",", "")), 1
    return None


def _decimal(figures: str) -> Decimal:
    try:
        return Decimal(figures.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - _FIGURES admits only figures
        return Decimal(0)


def ways(value: Decimal, languages: tuple[str, ...]) -> tuple[str, ...]:
    """Every way to write ``value`` (a thousand or more) as the index holds it, lower-cased:
    in figures, grouped by thousands ("150 000") and not ("150000"), and with each scale
    word of ``languages`` ("ru", "en") whose mantissa has at most two decimals ("150 тыс",
    "1 5 million"); empty below a thousand."""
    if value < 1000:
        return ()
    out: list[str] = []
    if value == value.to_integral_value():
        whole = int(value)
        out += [f"{whole:,}".replace(",", " "), str(whole)]
    for scale, names in _SCALES:
        mantissa = value / scale
        if mantissa < 1 or mantissa >= 1000 or mantissa != round(mantissa, 2):
            continue
        digits = " ".join(format(mantissa.normalize(), "f").split("."))
        out += [f"{digits} {w}" for lang in languages for w in names.get(lang, ())]
        # The mantissa in words too («сорок тысяч», «полтора миллиона», "forty thousand"):
        # a whole number of two or more, or one and a half (session 44).
        for lang in languages:
            spelled = _in_words(mantissa, lang)
            out += [f"{n} {w}" for n in spelled for w in names.get(lang, ())]
    return tuple(dict.fromkeys(out))


def _in_words(mantissa: Decimal, lang: str) -> tuple[str, ...]:
    """``mantissa`` (below a thousand) in words of ``lang`` in every case it takes, when it
    is a whole number of two or more or a whole number and a half; else empty."""
    from tg_archiver.archive.number_words import other_ways

    if mantissa == mantissa.to_integral_value() and mantissa >= 2:
        figures = str(int(mantissa))
    elif (mantissa * 2) == (mantissa * 2).to_integral_value():
        figures = f"{int(mantissa)},5"
    else:
        return ()
    return tuple(w for w in other_ways(figures, (lang,)).written if not w[:1].isdigit())
