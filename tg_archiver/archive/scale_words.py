"""A number's scale word in full or short: "300 billion", "$300bn"; "300 миллиардов", "300 млрд".

News writes a sum both ways: a ministry "300 billion dollars", an agency "$300bn"; "300
миллиардов долларов" and "300 млрд долларов". To the index "300bn" is one word, "300 bn"
and "300 billion" two, "млрд" another word than "миллиардов". The query parser
(archive/query_joins.py, ``with_closed_up``) gives a number typed before its scale word every
other way of writing the two, as an alternative to each: "300 billion" also finds
"$300bn", "300 миллиардов" also finds "300 млрд".

The table is each language's own: thousand, million, billion and trillion and their
abbreviations. Not "m" nor "k" (metres, kilometres: "a 300m tunnel").
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import words

__all__ = ["is_scale", "others", "spellings", "split"]

# Each scale: its words in full (a Russian one in the forms a number takes), then short.
_SCALES = (
    (("thousand", "thousands"), ()),
    (("million", "millions"), ("mn", "mln")),
    (("billion", "billions"), ("bn", "bln")),
    (("trillion", "trillions"), ("tn", "trn")),
    (("тысяча", "тысячи", "тысяч"), ("тыс",)),
    (("миллион", "миллиона", "миллионов"), ("млн",)),
    (("миллиард", "миллиарда", "миллиардов"), ("млрд",)),
    (("триллион", "триллиона", "триллионов"), ("трлн",)),
)
_BY_WORD = {w: scale for scale in _SCALES for group in scale for w in group}
_NUMBER = lazy_re.compile(r"\$?\d+(?:[.,]\d+)?")
_CLOSED = lazy_re.compile(r"(\d+)([a-z]+)")


def spellings(number: str, word: str) -> tuple[str, ...]:
    """The other ways to write ``number`` (as typed: "300", "1.5", "$300") followed by the
    scale ``word`` ("billion", "bn", "миллиардов", "млрд"), each as the index holds it,
    lower-cased: the scale's other words apart ("300 bn", "300 млрд") and an English
    abbreviation closed up ("300bn"). Empty when ``word`` is no scale word or ``number`` is
    not a number."""
    scale = _BY_WORD.get(word.lower())
    if scale is None or not _NUMBER.fullmatch(number):
        return ()
    full, short = scale
    digits = " ".join(words(number))
    out = [f"{digits} {w}" for w in (*full, *short)]
    if short and short[0].isascii():
        out += [f"{digits}{w}" for w in short]
    return tuple(o for o in out if o != f"{digits} {word.lower()}")


def split(word: str) -> tuple[str, ...]:
    """A number closed up with an English scale's abbreviation, written otherwise: "300bn"
    -> "300 bn", "300 billion", "300 billions"; empty for another word."""
    m = _CLOSED.fullmatch(word.lower())
    if m is None or not spellings(m[1], m[2]):
        return ()
    number, short = m.groups()
    return (*(o for o in spellings(number, short) if " " in o), f"{number} {short}")


def is_scale(word: str) -> bool:
    """Whether ``word`` is a scale's word, in full or short ("billion", "bn", «млрд»)."""
    return word.lower() in _BY_WORD


def others(word: str) -> tuple[str, ...]:
    """The other words of ``word``'s scale, in full and short ("млрд": "миллиард",
    "миллиарда", "миллиардов"), for a scale word after a number in words ("полтора
    миллиарда" finds "1,5 млрд"); empty for another word."""
    # Its short form with an abbreviation's dot too: «150 тыс. т» (session 44).
    w = word.lower()
    scale = _BY_WORD.get(w) or _BY_WORD.get(w.removesuffix("."))
    if scale is None:
        return ()
    return tuple(other for group in scale for other in group if other != w.removesuffix("."))
