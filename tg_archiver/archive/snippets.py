"""The passage of a post that a search matched, with the matched words marked.

FTS5's ``snippet()`` marks the tokens of the column that matched; when a post matched by a
word form (``санкций`` for ``санкции``), that column is the analysed copy, whose text is stems
nobody should read. So passages are cut here from the post's own text: every word whose
analysed form (archive/analysis.py) is one the search asked for, or which starts with one of its
prefixes, is marked, and the window of words holding the most distinct matches is shown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from itertools import compress, repeat
from operator import is_not

from tg_archiver.archive.analysis import analyse_word, fold
from tg_archiver.archive.word_memo import WordMemo

__all__ = ["passage"]

# A word, captured: split() hands back the text as [gap, word, gap, word, ..., gap],
# so a passage is joined from those pieces without locating any word in the text again.
_PIECES = re.compile(r"([^\W_]+)")
_PIECES_NO_UNDERSCORE = re.compile(r"(\w+)")
WINDOW = 24  # words shown, as FTS5's snippet() was asked for
ELLIPSIS = "…"
# Each word of a passage's analysed form (analyse_word), kept for the last 100,000 words:
# through analyse_word's lru_cache the look-ups were a sixth of a passage's time (session 38).
_FORMS = WordMemo(analyse_word, 100_000)


def passage(
    text: str,
    forms: Collection[str],
    prefixes: Collection[str],
    start: str,
    end: str,
    *,
    window: int = WINDOW,
) -> str:
    """About ``window`` words of ``text`` around its best cluster of matches, each matched
    word between ``start`` and ``end``, with ``…`` where text was cut. The text's start when
    nothing in it matches."""
    # Gaps at even indices, word i at 2 * i + 1. Without an underscore in the text, \w is
    # the same class as [^\W_] and the regex engine matches it a tenth faster.
    pieces = (_PIECES if "_" in text else _PIECES_NO_UNDERSCORE).split(text)
    words = pieces[1::2]
    if not words:
        return text[:200]
    if prefixes:  # each distinct word looked at once
        matched = {w: m for w in set(words) if (m := _matched(w, forms, prefixes)) is not None}
        hits = list(map(matched.get, words))
    else:  # the common case
        # Each word's form looked up, then kept where it is one searched for, in calls that
        # run no Python frame a word: a page of results is 20 posts of hundreds of words each,
        # and this runs for every search.
        hits = _hits_of(words, {form: form for form in forms}.get)
    # The matched words' indices, found without a Python step a word: a rare term's post
    # has a few among a hundred or more words. A hit is a form or prefix searched for, true
    # unless empty: only an empty one searched for needs each hit compared with None.
    if "" in forms or "" in prefixes:
        at = list(compress(range(len(words)), map(is_not, hits, repeat(None))))
    else:
        at = list(compress(range(len(words)), hits))
    first = _best_window(hits, at, window)
    # A window starting at the best cluster near the end of the text is filled with the words
    # before it: a one-line post is shown whole, not cut to its last matched word.
    first = max(0, min(first, len(words) - window))
    last = min(first + window, len(words))
    # The window's words and the gaps between them; the text's start and end when shown.
    shown = pieces[2 * first + 1 : 2 * last]
    for i in at[bisect_left(at, first) : bisect_left(at, last)]:
        k = 2 * (i - first)
        shown[k] = f"{start}{shown[k]}{end}"
    lead = ELLIPSIS if first else pieces[0]
    tail = pieces[-1] if last == len(words) else ELLIPSIS
    return "".join([lead, *shown, tail])


def _hits_of(words: list[str], hit: Callable[[str], str | None]) -> list[str | None]:
    """Each word's matched form (``hit`` of its form), None where it matched none: the forms
    taken from _FORMS's table straight into ``hit``, with no list of them between; through
    _FORMS itself when a word is new."""
    try:
        return list(map(hit, map(_FORMS.table.__getitem__, words)))
    except KeyError:
        return list(map(hit, _FORMS(words)))


def _matched(word: str, forms: Collection[str], prefixes: Collection[str]) -> str | None:
    """The form ``word`` matched under, or None."""
    form = analyse_word(word)
    if form in forms:
        return form
    if not prefixes:
        return None
    folded = fold(word)
    return next((p for p in prefixes if folded.startswith(p)), None)


def _best_window(hits: list[str | None], at: list[int], window: int) -> int:
    """Index of the first word of the window with the most distinct matches (then the most
    matches, then the earliest); ``at``: the indices of the matched words in ``hits``."""
    best, best_key = 0, (0, 0)
    for j, i in enumerate(at):
        seen = [hits[k] for k in at[j : bisect_left(at, i + window, j)]]
        key = (len(set(seen)), len(seen))
        if key > best_key:
            best, best_key = i, key
    # Start a little before the first match, so the reader sees what leads to it.
    return max(0, best - 3) if best_key[0] else 0
