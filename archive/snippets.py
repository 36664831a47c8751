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

from archive.analysis import analyse_word, fold

__all__ = ["passage"]

_WORD = re.compile(r"[^\W_]+")
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
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return text[:200]
    # Each distinct word is looked at once: a page of results is 20 posts of hundreds of
    # words each, and this runs for every search.
    seen: dict[str, str | None] = {}
    hits = []
    for a, b in spans:
        word = text[a:b]
        if word not in seen:
            seen[word] = _matched(word, forms, prefixes)
        hits.append(seen[word])
    first = _best_window(hits, window)
    last = min(first + window, len(spans))
    lo = spans[first][0] if first else 0
    hi = spans[last - 1][1] if last < len(spans) else len(text)
    out = [ELLIPSIS if first else ""]
    at = lo
    for (a, b), hit in zip(spans[first:last], hits[first:last], strict=True):
        if hit is not None:
            out += [text[at:a], start, text[a:b], end]
            at = b
    out.append(text[at:hi])
    if last < len(spans):
        out.append(ELLIPSIS)
    return "".join(out)


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
