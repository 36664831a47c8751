"""A list with an item added or taken out, for near-duplicate detection: another statement.

A sanctions list with a seventh name, "Kazakhstan, Kyrgyzstan and Tajikistan" for
"Kazakhstan and Kyrgyzstan", airports' restrictions with one airport more, candidates with
a fifth registered, a decree appointing an ambassador "and concurrently to Sao Tome and
Principe": such a text contains the other whole, so containment calls it a copy; but the
reader must see the item added (or taken out). :func:`added_to_list` tells one; it is one of
the rules a candidate is checked by (archive/store/candidates.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from tg_archiver.archive.dedup_words import content_words, entity, fold_words, stretches
from tg_archiver.archive.similarity import SLOT_WORDS, heading_over_body

__all__ = ["added_to_list"]

_LIST_JOINS = frozenset({"и", "and", "or", "или", "а", "also", "также"})


def added_to_list(a: Sequence[str], b: Sequence[str], *, cut: bool = False) -> list[str] | None:
    """The name or number one side adds to a list the other holds, or None: a sanctions list
    with a seventh name, "Kazakhstan, Kyrgyzstan and Tajikistan" for "Kazakhstan and
    Kyrgyzstan". Such a text contains the other whole, so containment calls it a copy; but
    it is another statement.

    A list item added: a stretch of at most ``SLOT_WORDS`` words on one side only, with a
    name or a number in it, inside the shorter text (not before its first word nor after its
    last: a copy adds its source's name there), right after a name or a number, and either
    a numbered item ("7 Мэтт Уэстерн"), names only ("Kevin Rudd" after "Penny Wong": a
    list's numbers and bullets are not in the core, archive/dedup_core.py) or followed by a
    name, a number or "and"."""
    fa, fb = fold_words(a), fold_words(b)
    if heading_over_body(fa, fb):
        return None  # a heading reworded over the same body: the body decides
    for i1, i2, j1, j2 in stretches(fa, fb):
        if (i1 == i2) == (j1 == j2):
            continue  # a replacement (substitution's) or nothing
        short, at, added = (a, i1, b[j1:j2]) if i1 == i2 else (b, j1, a[i1:i2])
        if not 0 < at < len(short) or len(added) > SLOT_WORDS:
            continue
        if not any(entity(w) for w in added):
            continue
        following = short[at]
        if not entity(short[at - 1]):
            # A list's entry with words of its own between two others, each opening with a
            # name of two words ("…директор центра; Шейн О'Брайен — член Палаты
            # представителей; Айла Мердок…": the entry's number and bullet are no words of
            # the core); not a sentence that opens with a capital ("Переговоры пройдут").
            after = short[at : at + 2]
            if all(map(entity, (*added[:2], *after))) and len(added) > 2 and len(after) == 2:
                return list(added)
            continue
        numbered = added[0].isdigit() and len(added) > 1 and entity(added[1])  # "7 Мэтт Уэстерн"
        named = all(entity(w) for w in added)  # "Kevin Rudd", a list's last line
        if numbered or named or entity(following) or following.casefold() in _LIST_JOINS:
            return list(added)
    return _items_added(a, b, fa, fb, cut=cut)


_MOST_ITEMS = 3  # a list grown or cut by this many runs of words at most


def _items_added(
    a: Sequence[str], b: Sequence[str], fa: Sequence[str], fb: Sequence[str], *, cut: bool
) -> list[str] | None:
    """The words one side adds to the other's list where only words were added (session 51),
    or None. With the lists' joins read out ("and", «и»: "A, B and C" grows to "A, B, C and
    D"), the shorter's words are the longer's, in order, but for one to :data:`_MOST_ITEMS`
    runs of the longer's; a run is an item added when it is

    - inside the text, before a join ("medicines, hygiene kits and tarpaulins" for "medicines
      and tarpaulins": common words too), of :data:`SLOT_WORDS` words at most with a content
      word; or a list's entry of names between two entries of names as wide ("Тамбов
      (Донское)" between "Калуга (Грабцево)" and "Ярославль (Туношна)");
    - at its end (not of a text cut short, ``cut``), after a join and with a name or a number
      ("… to Angola and concurrently to Sao Tome and Principe", "… Sudan and Haiti"), or a
      list's last entry of names after entries of names ("Ярцев Виктор Павлович" after
      "Шубин Константин Андреевич").

    Not at the text's start (a heading a copy adds), nor after its end without a join (a
    source's name a copy signs with)."""
    if len(fa) == len(fb):
        return None
    short, long_, fshort, flong = (a, b, fa, fb) if len(fa) < len(fb) else (b, a, fb, fa)
    kept_short = [w for w in fshort if w not in _LIST_JOINS]
    at_long = [i for i, w in enumerate(flong) if w not in _LIST_JOINS]
    ops = SequenceMatcher(
        None, kept_short, [flong[i] for i in at_long], autojunk=False
    ).get_opcodes()
    runs = [(j1, j2) for op, _i1, _i2, j1, j2 in ops if op != "equal"]
    if not runs or len(runs) > _MOST_ITEMS or any(op not in ("equal", "insert") for op, *_ in ops):
        return None
    for j1, j2 in runs:
        if j1 == 0:
            continue  # words before the text: a heading
        start, end = at_long[j1], at_long[j2 - 1] + 1
        added = long_[start:end]
        joined = flong[start - 1] in _LIST_JOINS
        if j2 < len(at_long):  # inside the text
            before_join = end < len(flong) and flong[end] in _LIST_JOINS
            if len(added) <= SLOT_WORDS and before_join and content_words(flong[start:end]):
                return list(added)
            # A list's entry of names between two others as wide ("Тамбов (Донское)" between
            # "Калуга (Грабцево)" and "Ярославль (Туношна)", one a line).
            width = len(added)
            around = (*long_[max(0, start - width) : start], *long_[end : end + width])
            if width <= SLOT_WORDS and len(around) == 2 * width and _names(*added, *around):
                return list(added)
            continue
        if cut:
            continue  # the rest of a text cut short
        if joined and any(entity(w) for w in added):
            return [long_[start - 1], *added]
        width = len(added)
        entries = short[-2 * width :]  # the list's two entries before it
        if width >= 2 and len(entries) == 2 * width and _names(*added, *entries):
            return list(added)
    return None


def _names(*words: str) -> bool:
    """Whether each of ``words`` is a name: written with a capital, no number (a list's
    entries of names; figures are a table's, which a preview's block may follow)."""
    return all(w[:1].isupper() and entity(w) for w in words)
