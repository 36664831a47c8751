"""A list with an item added or taken out, for near-duplicate detection: another statement.

A sanctions list with a seventh name, "Kazakhstan, Kyrgyzstan and Tajikistan" for
"Kazakhstan and Kyrgyzstan", airports' restrictions with one airport more, candidates with
a fifth registered, a decree appointing an ambassador "and concurrently to Sao Tome and
Principe": such a text contains the other whole, so containment calls it a copy; but the
reader must see the item added (or taken out). :func:`added_to_list` tells one; it is one of
the rules a candidate is checked by (archive/store/vetoes.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher

from tg_archiver.archive.dedup_words import (
    content_words,
    entity,
    fold_word,
    fold_words,
    opcodes,
    stretches,
    typo,
)
from tg_archiver.archive.similarity import SLOT_WORDS, heading_over_body

__all__ = ["added_to_list", "reordered"]

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
        # A tally's line (or a few) added, before the text's end or after it.
        if (inserted := _inserted(a, b, i1, i2, j1, j2)) is not None:
            short, at, added = inserted
            whole = not (cut and at == len(short))  # not the rest of a text cut short
            if 0 < at <= len(short) and whole and _entries_beside(added, short, at):
                return list(added)
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
      "Шубин Константин Андреевич"), or a name after three names ("Мальдивы" after
      "Шри Ланка Индонезия").

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
        # A list of one-word names grown by one (a country list's "Мальдивы" after
        # "Таиланд Вьетнам Шри-Ланка Индонезия"; session 53): three names at least before
        # it, and not an agency's letters signing the text («ТАСС», "AP").
        last = short[-_ONE_WORD_ENTRIES:]
        one_word = width == 1 and not added[0].isupper() and len(last) == _ONE_WORD_ENTRIES
        if one_word and _names(*added, *last):
            return list(added)
    return None


_ONE_WORD_ENTRIES = 3  # names before a list's one-word entry added at its end, at least


# Words that say a list's order is its statement: a ranking ("top", «крупнейшие», «лидеры»,
# "in that order", «в порядке убывания»). Each a word's beginning, case folded.
_RANKING = (
    "top", "largest", "biggest", "leading", "most", "ranking", "ranked", "order",
    "самы", "крупнейш", "лидер", "рейтинг", "порядке", "топ",
)  # fmt: skip


def reordered(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The names a ranking puts in another order, or None: "Турция, Египет, ОАЭ" for
    "Турция, ОАЭ, Египет" under «Самые популярные направления», "China, India, Belarus,
    Turkey" for "…, Turkey, Belarus" "in that order": the same words, the same list, but
    another statement. Only where the text says its order is a ranking (:data:`_RANKING`),
    and only names or figures moved: a copy reworded may say "Russia and China" for "China
    and Russia"."""
    fa, fb = fold_words(a), fold_words(b)
    ops = [op for op in opcodes(fa, fb) if op[0] != "equal"]
    if not ops:
        return None
    gone = Counter(w for _op, i1, i2, _j1, _j2 in ops for w in fa[i1:i2])
    came = Counter(w for _op, _i1, _i2, j1, j2 in ops for w in fb[j1:j2])
    moved = [a[i] for _op, i1, i2, _j1, _j2 in ops for i in range(i1, i2)]
    if gone != came or len(moved) > 2 * SLOT_WORDS or not all(map(entity, moved)):
        return None
    # Moved among a list's items, on both sides: names, figures or a list's join around each
    # run (a phrase moved, "по данным Банка России" to the front, is a rewording).
    for _op, i1, i2, j1, j2 in ops:
        if not (_among_items(a, i1, i2) and _among_items(b, j1, j2)):
            return None
    if not any(w.startswith(_RANKING) for w in fa):
        return None
    return moved


def _among_items(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words around ``words[start:end]`` are a list's: a name (a name's word
    after its capitalised first: «Московская область»), a figure or a join on each side (or
    the text's edge)."""
    around = [k for k in (start - 1, end) if 0 <= k < len(words)]
    return all(
        entity(words[k])
        or fold_word(words[k]) in _LIST_JOINS
        or (k > 0 and entity(words[k - 1]) and words[k - 1][:1].isupper())
        for k in around
    )


def _inserted(
    a: Sequence[str], b: Sequence[str], i1: int, i2: int, j1: int, j2: int
) -> tuple[Sequence[str], int, Sequence[str]] | None:
    """The words one side inserts at a stretch where ``a`` and ``b`` differ, as (the other
    side, where, the words), or None: a stretch on one side only, or one where the other
    side's words are the first or last of its, misspelt (a typo fixed in a tally's last line
    beside the line added: «челвоек» for «человек В Самарской области 6 человек»)."""
    if (i1 == i2) != (j1 == j2):
        return (a, i1, b[j1:j2]) if i1 == i2 else (b, j1, a[i1:i2])
    (short, s1, s2), (long_, l1, l2) = sorted(((a, i1, i2), (b, j1, j2)), key=lambda x: x[2] - x[1])
    width = s2 - s1
    if not 0 < width < l2 - l1:
        return None
    words = list(short[s1:s2])
    # The short side as the long writes its words, so that the words beside the line added
    # are compared spelt alike.
    if typo(words, list(long_[l1 : l1 + width])):
        return [*short[:s1], *long_[l1 : l1 + width], *short[s2:]], s2, long_[l1 + width : l2]
    if typo(words, list(long_[l2 - width : l2])):
        return [*short[:s1], *long_[l2 - width : l2], *short[s2:]], s1, long_[l1 : l2 - width]
    return None


def _slid(
    added: Sequence[str], short: Sequence[str], at: int
) -> Iterator[tuple[Sequence[str], int]]:
    """``added`` inserted into ``short`` at ``at``, and the same text read as another run
    inserted elsewhere: where the run ends with the words before it (or begins with those
    after it), the differ may have put it a word or more off the line's own start ("домов
    Гай 17" after "58" for "Гай 17 домов" after "58 домов")."""
    yield added, at
    fold = fold_words
    k = 1
    while k < len(added) and at - k >= 0 and fold(short[at - k : at]) == fold(added[-k:]):
        yield [*added[-k:], *added[:-k]], at - k
        k += 1
    k = 1
    while k < len(added) and at + k <= len(short) and fold(short[at : at + k]) == fold(added[:k]):
        yield [*added[k:], *added[:k]], at + k
        k += 1


def _entries_beside(added: Sequence[str], short: Sequence[str], at: int) -> bool:
    """Whether ``added``, put into ``short`` at ``at``, is one to :data:`_MOST_ITEMS` of a
    list's entries like the one before or after it (:func:`_alike`): "из Тамбовской области
    12 тонн" after "из Липецкой области 15 тонн", "India 11" after "Belarus 19",
    «недействительные бюллетени 2,2%» after «Николай Бедаев 4,1%». A tally's line added, not
    a copy's addition: a sign-off, a dateline or a credit line is not shaped as the text's
    entries."""
    return any(_entries_at(run, short, where) for run, where in _slid(added, short, at))


def _entries_at(added: Sequence[str], short: Sequence[str], at: int) -> bool:
    """:func:`_entries_beside` for one reading of where the run was put."""
    for width in range(2, SLOT_WORDS + 1):
        count, rest = divmod(len(added), width)
        if rest or count > _MOST_ITEMS:
            continue
        entries = [added[k : k + width] for k in range(0, len(added), width)]
        if not all(map(_alike, entries, entries[1:])):
            continue
        if _alike(short[at - width : at], entries[0]) or _alike(
            entries[-1], short[at : at + width]
        ):
            return True
    # A label and its figure, the labels a word or two ("Abstentions: 65", "Non-voting: 17").
    return len(added) <= 3 and any(
        _labelled(added) and _labelled(short[at - width : at])
        for width in (len(added) - 1, len(added) + 1)
    )


def _labelled(words: Sequence[str]) -> bool:
    """Whether ``words`` are a label of a word or two, the first capitalised, and a figure."""
    *label, figure = words or ("",)
    return (
        0 < len(label) <= 2
        and label[0][:1].isupper()
        and figure[:1].isdigit()
        and not any(w[:1].isdigit() for w in label)
    )


def _alike(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two runs of words are two entries of one list: as many words, figures in the
    same places (at least one), the same word or a figure at one end, not the same words."""
    if len(one) != len(other) or len(one) < 2:
        return False
    figures = [w[:1].isdigit() for w in one]
    if not any(figures) or figures != [w[:1].isdigit() for w in other]:
        return False
    x, y = list(map(fold_word, one)), list(map(fold_word, other))
    return x != y and any(x[k] == y[k] or figures[k] for k in (0, -1))


def _names(*words: str) -> bool:
    """Whether each of ``words`` is a name: written with a capital, no number (a list's
    entries of names; figures are a table's, which a preview's block may follow)."""
    return all(w[:1].isupper() and entity(w) for w in words)
