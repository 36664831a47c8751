"""A figure changed, for near-duplicate detection: another statement.

"выросло на 4,2%" and "выросло на 2,4%" are two statements, but a post's core is its words
(archive/dedup_core.py), where a figure with decimals is two ("4", "2"): the two posts hold
the same words, in another order, and nothing else tells them apart. :func:`figures_changed`
reads each post's figures whole (its words in figures one after another, as "4,2", "83.16",
"1 000" are written) and tells two posts that write as many figures, some of them others.
A post that drops a figure or adds one (a preview cut short, a dateline's day) is left to
the other rules. A scale's word put after a figure ("12%", «12 млрд долларов»; "2,6%",
«2,6 млн человек»: the core holds no "%") makes it another figure too, and so does a number
written in words grown by a word («первого декабря», «тридцать первого декабря»).

A figure's bound or a range's other end one side adds is another statement as well
(:func:`figure_added`, session 53): "at least 40 countries" and "40 countries", «не менее
350» and «350»; "on June 14–15" and "on June 14", "from March 25 to 27" and "on March 25".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from tg_archiver.archive.dedup_words import (
    DATE_WORDS,
    NUMBER_WORDS,
    fold_words,
    opcodes,
    stretches,
)
from tg_archiver.archive.scale_words import is_scale

__all__ = ["figure_added", "figures_changed"]


def figures_changed(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """The figures of ``a`` and of ``b`` (core words) one has and the other not, as written
    (their words joined by a space: "4 2" for "4,2"), when both write as many figures and
    some differ (see the module's notes); None otherwise."""
    mine, theirs = _figures(a), _figures(b)
    # A text cut short may end inside a figure ("… в 10" of "в 10:00, брифинг …"): its last
    # figure, at its end, is no figure to compare.
    if len(a) < len(b) and a and a[-1].isdigit():
        mine = mine[:-1]
    elif len(b) < len(a) and b and b[-1].isdigit():
        theirs = theirs[:-1]
    if len(mine) != len(theirs):
        return None
    counted, other = Counter(d for d, _ in mine), Counter(d for d, _ in theirs)
    if counted == other:
        return _scaled(a, b) or _grown_in_words(a, b)
    only_mine, only_theirs = counted - other, other - counted
    return [w for d, w in mine if d in only_mine], [w for d, w in theirs if d in only_theirs]


_PART = 3  # a figure's decimals or thousands after its first word: this many digits at most
_PARTS = 3  # words of one figure at most ("1 000 000", "1 234,5")


def _figures(words: Sequence[str]) -> list[tuple[str, str]]:
    """Each run of words in figures as one figure: its digits ("4", "2": "42", so "1 000"
    and "1000" are one) and its words joined by a space, as written ("4 2"). A word of more
    than :data:`_PART` digits, or past :data:`_PARTS` words, begins another (a date and an
    hour, "20.10.2026 11:07", are several)."""
    found: list[tuple[str, str]] = []
    run: list[str] = []
    for word in (*words, ""):
        if word.isdigit() and run and len(word) <= _PART and len(run) < _PARTS:
            run.append(word)
            continue
        if run:
            found.append(("".join(run), " ".join(run)))
        run = [word] if word.isdigit() else []
    return found


def _scaled(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """The figure one side gives a scale's word the other does not (words added right after
    it, the first a scale's: «12» and «12 млрд долларов»), as (``a``'s, ``b``'s); or None."""
    for a_short, at, added in _insertions(a, b):
        short = a if a_short else b
        if at > 0 and short[at - 1].isdigit() and is_scale(added[0]) and len(added) <= _PARTS:
            figure = short[at - 1]
            scaled = [" ".join((figure, *added))]
            return ([figure], scaled) if a_short else (scaled, [figure])
    return None


def _grown_in_words(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """A number in words one side writes with a word more (its tens: «тридцать» before
    «первого декабря», "twenty" before "one"), as (``a``'s, ``b``'s); or None. Only beside a
    number or a date: the words added are numbers' words, and a word after them (or before)
    is a number's or a month's."""
    fa, fb = fold_words(a), fold_words(b)
    for a_short, at, added in _insertions(fa, fb):
        short = fa if a_short else fb
        if len(added) > 2 or not all(w in NUMBER_WORDS for w in added):
            continue
        beside = (*short[max(0, at - 1) : at], *short[at : at + 2])
        if any(w in NUMBER_WORDS or w in DATE_WORDS or w.isdigit() for w in beside):
            plain = list(short[at : at + 1])
            grown = [" ".join((*added, *plain))]
            return (plain, grown) if a_short else (grown, plain)
    return None


def _insertions(a: Sequence[str], b: Sequence[str]) -> Iterator[tuple[bool, int, Sequence[str]]]:
    """Each stretch where one of ``a`` and ``b`` has words the other has not, and the other
    none in their place: (whether ``a`` is the side without them, where in it, the words
    added, as ``a`` or ``b`` writes them). Words replaced are the substitution's rule."""
    for i1, i2, j1, j2 in stretches(fold_words(a), fold_words(b)):
        if (i1 == i2) != (j1 == j2):
            yield (True, i1, b[j1:j2]) if i1 == i2 else (False, j1, a[i1:i2])


# A figure's bound, before it: what it claims is a bound, or an estimate, not the figure.
_BOUNDS = frozenset(
    {
        "at least", "at most", "up to", "more than", "less than", "fewer than", "no more than",
        "no fewer than", "no less than", "over", "under", "about", "around", "almost",
        "nearly", "some", "approximately", "roughly", "as many as", "exactly",
        "не менее", "не более", "не меньше", "не больше", "более", "менее", "свыше", "около",
        "почти", "до", "по меньшей мере", "по крайней мере", "как минимум", "как максимум",
        "порядка", "примерно", "приблизительно", "ровно", "больше", "меньше",
    }
)  # fmt: skip
# The words between a range's two figures ("25 to 27", «с 25 по 27»; a dash is no word).
_RANGE_WORDS = frozenset({"to", "through", "till", "until", "and", "по", "до", "и"})
_RANGE_ADDED = 3  # words a range's other end adds at most ("to 27", «по 27»)


def figure_added(a: Sequence[str], b: Sequence[str], *, cut: bool = False) -> list[str] | None:
    """The words one of ``a`` and ``b`` (cores) adds beside a figure both write when they
    make another statement (see the module's notes): a bound before it ("at least", «не
    менее»), or a figure after it that makes a range of it ("–15" after "14", "to 27" after
    "25", the words between two figures and the second). None otherwise, and where the
    shorter text is ``cut`` short at that figure (the rest of a preview cut off)."""
    fa, fb = fold_words(a), fold_words(b)
    for op, i1, i2, j1, j2 in opcodes(fa, fb):
        if op not in ("insert", "delete"):
            continue
        short, at, added = (fa, i1, fb[j1:j2]) if op == "insert" else (fb, j1, fa[i1:i2])
        if at < len(short) and " ".join(added) in _BOUNDS and _a_figure(short[at]):
            return list(b[j1:j2] if op == "insert" else a[i1:i2])
        other_end = (
            at > 0
            and _a_figure(short[at - 1])
            and len(added) <= _RANGE_ADDED
            and added[-1].isdigit()
            and all(w.isdigit() or w in _RANGE_WORDS for w in added)
        )
        if other_end and not (cut and at == len(short)):
            return list(b[j1:j2] if op == "insert" else a[i1:i2])
    return None


def _a_figure(word: str) -> bool:
    """A number, in figures or in words."""
    return word.isdigit() or word in NUMBER_WORDS
