"""A percentage however a post writes it: "2.5%", "2,5 %", "2.5 percent", "2.5 per cent",
«2,5 процента», "ten per cent".

The index holds no "%" (unicode61 reads no word in it), so "2.5%" is the number alone to
it, and a search of "2.5 percent" (two words a post must hold) missed every post writing
"2.5%". A number typed with "%" or beside a percent word is looked up as the number (the
percent word's lookups also accept the number: query_joins ``with_percentages``), and
the post must hold the number and the percentage together as written, in any of these
ways (:func:`written`, a filter beside the others: SearchQuery.cased), so that "2.5
percent" finds neither "2.5 million" nor "10 percent ... 2.5 tonnes". Session 36.
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.capitals import Cased

__all__ = ["is_percent_word", "typed_number", "written"]

_TYPED = lazy_re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_DECIMAL = lazy_re.compile(r"(\d+)[.,](\d+)")
# After a number: English in full or short, Russian in any case (процента, процентов).
_WORDS = ("percent", "Percent", "per cent", "Per cent", "pct")
_RUSSIAN = ("процент", "Процент")


def typed_number(body: str) -> str:
    """The number of a percentage typed with its sign ("2.5%" -> "2.5"); "" for another."""
    m = _TYPED.fullmatch(body.strip())
    return m[1] if m else ""


def is_percent_word(word: str) -> bool:
    """Whether ``word`` names a percentage after a number ("percent", "pct", «процентов»);
    "per" of "per cent" is read with the word after it."""
    w = word.lower()
    return w in ("percent", "pct") or (w.startswith("процент") and len(w) <= 10)


def written(numbers: Sequence[str]) -> tuple[Cased, ...]:
    """What a post holds, as written, for a percentage of any of ``numbers`` (the number as
    typed and its other ways: "10", "ten"; "2.5", which is also written "2,5"): each with
    the sign, apart or closed up, or a percent word after it."""
    found: list[str] = []
    for number in numbers:
        if m := _DECIMAL.fullmatch(number):
            spelled = [f"{m[1]}.{m[2]}", f"{m[1]},{m[2]}"]
        else:
            spelled = [number, number.capitalize()] if number.isalpha() else [number]
        found += spelled
    out: list[Cased] = []
    for n in dict.fromkeys(found):
        if n[:1].isdigit():
            out += (Cased(f"{n}%", True), Cased(f"{n} %", True))
        out += (Cased(f"{n} {w}", True) for w in _WORDS)
        out += (Cased(f"{n} {w}", False) for w in _RUSSIAN)
    return tuple(out)
