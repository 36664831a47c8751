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

__all__ = ["MIN_LETTERS", "corrections", "one_slip", "replaced", "showing"]

MIN_LETTERS = 4  # shorter words are too often another word one slip away (war, was, way)
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


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
    "Lavrov OR Lavrova"),). For the line that tells a user so (:func:`showing`)."""
    a, b = typed.split(), ran.split()
    ops = SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return tuple(
        (" ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"
    )


def showing(typed: str, ran: str) -> str:
    """The line that tells a user a search found nothing as typed and shows the posts of the
    search run instead: "No posts hold «Lavorv»; showing results for «Lavrov»" (the CLI's,
    the bot's; the web page's says it in HTML)."""
    pairs = corrections(typed, ran) or ((typed, ran),)
    held = ", ".join(f"«{t}»" for t, _ in pairs)
    shown = ", ".join(f"«{r}»" for _, r in pairs)
    return f"No posts hold {held}; showing results for {shown}"
