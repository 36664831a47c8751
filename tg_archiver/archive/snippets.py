"""The passage of a post that a search matched, with the matched words marked.

FTS5's ``snippet()`` marks the tokens of the column that matched; when a post matched by a
word form (``санкций`` for ``санкции``), that column is the analysed copy, whose text is stems
nobody should read. So passages are cut here from the post's own text: every word whose
analysed form (archive/analysis.py) is one the search asked for, or which starts with one of its
prefixes, is marked, and the window of words holding the most distinct matches is shown.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice

from tg_archiver.archive.analysis import analyse_word, fold

__all__ = ["passage"]

_WORD = re.compile(r"[^\W_]+")
# The words before the shown window are stepped over with one match of a counted pattern per
# power of two (at most one each), not a match object a word: a third of a passage's time.
_SKIPS = tuple((1 << k, re.compile(rf"(?:[\W_]*[^\W_]+){{{1 << k}}}")) for k in range(12, -1, -1))
WINDOW = 24  # words shown, as FTS5's snippet() was asked for
ELLIPSIS = "…"


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
    words = _WORD.findall(text)
    if not words:
        return text[:200]
    # Each distinct word is looked at once, and only the shown window's words are located in
    # the text: a page of results is 20 posts of hundreds of words each, and this runs for
    # every search.
    distinct = list(set(words))
    if prefixes:
        matched = {w: m for w in distinct if (m := _matched(w, forms, prefixes)) is not None}
    else:  # the common case, without a Python call per word
        pairs = zip(distinct, map(analyse_word, distinct), strict=True)
        matched = {w: f for w, f in pairs if f in forms}
    hits = list(map(matched.get, words))  # map: no Python frame per word
    first = _best_window(hits, window) if matched else 0
    # A window starting at the best cluster near the end of the text is filled with the words
    # before it: a one-line post is shown whole, not cut to its last matched word.
    first = max(0, min(first, len(words) - window))
    last = min(first + window, len(words))
    # Only the window's words are located: the ones before it are stepped over.
    found = _WORD.finditer(text, _after_words(text, first))
    spans = [m.span() for m in islice(found, last - first)]
    lo = spans[0][0] if first else 0
    hi = spans[-1][1] if last < len(words) else len(text)
    out = [ELLIPSIS if first else ""]
    at = lo
    for (a, b), hit in zip(spans, hits[first:last], strict=True):
        if hit is not None:
            out += [text[at:a], start, text[a:b], end]
            at = b
    out.append(text[at:hi])
    if last < len(words):
        out.append(ELLIPSIS)
    return "".join(out)


def _after_words(text: str, count: int) -> int:
    """Where the first ``count`` words of ``text`` end (it holds at least that many)."""
    at = 0
    for size, pattern in _SKIPS:
        while count >= size:
            step = pattern.match(text, at)
            assert step is not None  # the text holds the words counted
            at = step.end()
            count -= size
    return at


def _matched(word: str, forms: Collection[str], prefixes: Collection[str]) -> str | None:
    """The form ``word`` matched under, or None."""
    form = analyse_word(word)
    if form in forms:
        return form
    if not prefixes:
        return None
    folded = fold(word)
    return next((p for p in prefixes if folded.startswith(p)), None)


def _best_window(hits: list[str | None], window: int) -> int:
    """Index of the first word of the window with the most distinct matches (then the most
    matches, then the earliest)."""
    best, best_key = 0, (0, 0)
    for i, hit in enumerate(hits):
        if hit is None:
            continue
        seen = [h for h in hits[i : i + window] if h is not None]
        key = (len(set(seen)), len(seen))
        if key > best_key:
            best, best_key = i, key
    # Start a little before the first match, so the reader sees what leads to it.
    return max(0, best - 3) if best_key[0] else 0
