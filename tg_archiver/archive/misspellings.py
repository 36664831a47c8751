"""A word of a search that no post holds, and the words one slip of the hand away from it
(:func:`one_slip`), to look up in the archive's word list: "Lavorv" is "lavrov",
"Kazakstan" "kazakhstan", «Узбекстан» «узбекистан».

Pure; the store (archive/store/corrections.py) reads the word list and searches again with
the word corrected (:func:`replaced`), only when a search finds nothing and the word alone
finds nothing either; whoever shows its hits says so (:func:`showing`). Session 36.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tg_archiver.archive.analysis import fold

__all__ = [
    "MIN_LETTERS",
    "TWO_SLIPS_LETTERS",
    "corrections",
    "distance",
    "one_slip",
    "replaced",
    "showing",
    "two_slips_apart",
    "vowels_struck",
]

MIN_LETTERS = 4  # shorter words are too often another word one slip away (war, was, way)
# Two slips in a word of at least this many letters: a shorter one is too often another
# word two slips away (nation, motion; страна, стена).
TWO_SLIPS_LETTERS = 8
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_VOWELS = {"latin": "aeiouy", "cyrillic": "аеиоуыэюя"}


def one_slip(word: str) -> tuple[str, ...]:
    """The words one slip away from ``word`` (folded: lower case, ``ё`` as ``е``): a letter
    dropped, added or struck for another of its script, two neighbours swapped; empty for a
    word of fewer than MIN_LETTERS letters or not of one script's letters."""
    w = fold(word)
    if len(w) < MIN_LETTERS:
        return ()
    if re.fullmatch(r"[a-z]+", w):
        letters = _LATIN
    elif re.fullmatch(r"[а-я]+", w):
        letters = _CYRILLIC
    else:
        return ()
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    out += [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    out += [a + c + b for a, b in splits for c in letters]
    return tuple(o for o in dict.fromkeys(out) if o != w and len(o) >= MIN_LETTERS)


def double_moved(word: str) -> tuple[str, ...]:
    """The words ``word`` (folded) is with its doubled letter written once and another of
    its letters doubled, a speller's commonest slip of two ("tarrifs": "tariffs",
    «аппеляция»: «апелляция», «коммисия»: «комиссия»); empty for a word of fewer than
    MIN_LETTERS letters or with no doubled letter."""
    w = fold(word)
    if len(w) < MIN_LETTERS:
        return ()
    out = []
    for i in range(len(w) - 1):
        if w[i] != w[i + 1] or not w[i].isalpha():
            continue
        once = w[:i] + w[i + 1 :]
        out += [once[:j] + once[j] + once[j:] for j in range(len(once)) if once[j] != w[i]]
    return tuple(o for o in dict.fromkeys(out) if o != w)


def vowels_struck(word: str) -> tuple[str, ...]:
    """The words ``word`` (folded) is with two of its vowels each struck for another vowel,
    the commonest two slips of a speller (unstressed vowels, и/ы, е/я: «Киргизстан» is
    «Кыргызстан», «землятресение» «землетрясение»); empty for a word of fewer than
    TWO_SLIPS_LETTERS letters or not of one script's letters."""
    w = fold(word)
    if len(w) < TWO_SLIPS_LETTERS:
        return ()
    if re.fullmatch(r"[a-z]+", w):
        vowels = _VOWELS["latin"]
    elif re.fullmatch(r"[а-я]+", w):
        vowels = _VOWELS["cyrillic"]
    else:
        return ()
    at = [i for i, c in enumerate(w) if c in vowels]
    out = []
    for n, i in enumerate(at):
        for j in at[n + 1 :]:
            for a in vowels.replace(w[i], ""):
                for b in vowels.replace(w[j], ""):
                    out.append(w[:i] + a + w[i + 1 : j] + b + w[j + 1 :])
    return tuple(out)


def two_slips_apart(x: str, y: str) -> bool:
    """Whether ``y`` is ``x`` (both folded) with two slips (each a letter dropped, added or
    struck for another, or two neighbours swapped), not fewer; both of at least
    TWO_SLIPS_LETTERS letters."""
    if min(len(x), len(y)) < TWO_SLIPS_LETTERS or abs(len(x) - len(y)) > 2 or x == y:
        return False
    return distance(x, y, 2) == 2


def distance(x: str, y: str, most: int) -> int:
    """The optimal string alignment distance of ``x`` and ``y``, or ``most + 1`` once it is
    past ``most`` (each row is given up when all of it is)."""
    before: list[int] = []
    row = list(range(len(y) + 1))
    for i in range(1, len(x) + 1):
        last, before, row = before, row, [i] + [0] * len(y)
        for j in range(1, len(y) + 1):
            cost = x[i - 1] != y[j - 1]
            row[j] = min(before[j] + 1, row[j - 1] + 1, before[j - 1] + cost)
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                row[j] = min(row[j], last[j - 2] + 1)
        if min(row) > most:
            return most + 1
    return min(row[-1], most + 1)


def replaced(text: str, typed: str, words: tuple[str, ...]) -> str:
    """``text`` (a search as typed) with the word ``typed`` written as any of ``words``
    ("Lavorv Moscow", "Lavorv", ("lavrov",) -> "Lavrov Moscow"), each with the capital
    ``typed`` has."""
    if typed[:1].isupper():
        words = tuple(w[:1].upper() + w[1:] for w in words)
    found = " OR ".join(words)
    return re.sub(rf"(?<![\w\"*-]){re.escape(typed)}(?![\w\"*])", found, text, count=1)


def corrections(typed: str, ran: str) -> tuple[tuple[str, str], ...]:
    """The words of a search as typed that the search run (``ran``, :func:`replaced`'s) wrote
    otherwise, each with what stood for it: ("Lavorv Ankara", "Lavrov Ankara") ->
    (("Lavorv", "Lavrov"),); ("talks Lavorv", "talks Lavrov OR Lavrova") -> (("Lavorv",
    "Lavrov OR Lavrova"),); both whole when a word was left out ("с кем встречался Шойгу",
    "Шойгу"). For the line that tells a user so (:func:`showing`)."""
    a, b = typed.split(), ran.split()
    ops = SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    pairs = tuple(
        (" ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"
    )
    # Words left out (a question asked without its verb): the searches whole.
    return ((typed, ran),) if any(not r for _, r in pairs) else pairs


def showing(typed: str, ran: str) -> str:
    """The line that tells a user a search found nothing as typed and shows the posts of the
    search run instead: "No posts hold «Lavorv»; showing results for «Lavrov»" (the CLI's,
    the bot's; the web page's says it in HTML)."""
    pairs = corrections(typed, ran) or ((typed, ran),)
    held = ", ".join(f"«{t}»" for t, _ in pairs)
    shown = ", ".join(f"«{r}»" for _, r in pairs)
    return f"No posts hold {held}; showing results for {shown}"
