"""The passage of a post that a search matched, with the matched words marked.

FTS5's ``snippet()`` marks the tokens of the column that matched; when a post matched by a
word form (``санкций`` for ``санкции``), that column is the analysed copy, whose text is stems
nobody should read. So passages are cut here from the post's own text: every word whose
analysed form (archive/analysis.py) is one the search asked for, or which starts with one of its
prefixes, is marked, and the window of words holding the most distinct matches is shown.

A passage is found from the search's words rather than from every word of the text (session
50): a word's form starts as the word does (:func:`_finder`), so the words that may match are
sought in the text lower-cased by one regular expression, each read once, and only the words
around the best cluster are counted. The passage is the same as the text split into words
gives (:func:`_passage_of_pieces`, still used where a word's start cannot tell: a Latin search
of a text with letters that fold to ASCII, an ``İ`` or ``Σ``, an empty form), at a third to a
half of the time for a page of 20 posts (tests/test_snippets.py compares the two).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache, partial
from itertools import compress, islice, repeat
from operator import is_not
from typing import NamedTuple

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import LOWER_APART, analyse_word, fold
from tg_archiver.archive.word_memo import WordMemo

__all__ = ["passage"]

# A word, captured: split() hands back the text as [gap, word, gap, word, ..., gap],
# so a passage is joined from those pieces without locating any word in the text again.
_PIECES = lazy_re.compile(r"([^\W_]+)")
_PIECES_NO_UNDERSCORE = lazy_re.compile(r"(\w+)")
_WORD = lazy_re.compile(r"[^\W_]+")
_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
WINDOW = 24  # words shown, as FTS5's snippet() was asked for
ELLIPSIS = "…"
# Each word of a passage's analysed form (analyse_word), kept for the last 100,000 words:
# through analyse_word's lru_cache the look-ups were a sixth of a passage's time (session 38).
_FORMS = WordMemo(analyse_word, 100_000)
# The word characters other than ASCII whose lower case, or its letters without their marks,
# hold an ASCII character (``é``, ``ﬁ``, ``Ｍ``, ``²``, the Kelvin sign, ``𝐁``): a word holding
# one may fold onto a Latin form or prefix that its own letters do not start with
# (tests/test_analysis.py computes them again over all of Unicode). Those of the first plane
# are sought as characters; the others (mathematical letters, circled and segmented digits)
# in the text's UTF-8, where the regex engine finds their first byte at C speed, which it
# does not do for a class of characters past the first plane (measured 0.45 against 0.02 ms
# a page of 20 posts).
_FOLDS_TO_ASCII = lazy_re.compile(
    "["
    "\u00aa\u00b2-\u00b3\u00b9-\u00ba\u00bc-\u00be\u00c0-\u00c5\u00c7-\u00cf\u00d1-\u00d6"
    "\u00d9-\u00dd\u00e0-\u00e5\u00e7-\u00ef\u00f1-\u00f6\u00f9-\u00fd\u00ff-\u010f"
    "\u0112-\u0125\u0128-\u0130\u0132-\u0137\u0139-\u0140\u0143-\u0149\u014c-\u0151"
    "\u0154-\u0165\u0168-\u017f\u01a0-\u01a1\u01af-\u01b0\u01c4-\u01dc\u01de-\u01e1"
    "\u01e6-\u01ed\u01f0-\u01f5\u01f8-\u01fb\u0200-\u021b\u021e-\u021f\u0226-\u0233"
    "\u02b0\u02b2-\u02b3\u02b7-\u02b8\u02e1-\u02e3\u037a\u1d2c\u1d2e\u1d30-\u1d31"
    "\u1d33-\u1d3a\u1d3c\u1d3e-\u1d43\u1d47-\u1d49\u1d4d\u1d4f-\u1d50\u1d52\u1d56-\u1d58"
    "\u1d5b\u1d62-\u1d65\u1d9c\u1da0\u1dbb\u1e00-\u1e9b\u1ea0-\u1ef9\u2070-\u2071"
    "\u2074-\u2079\u207f-\u2089\u2090-\u2093\u2095-\u209c\u2102\u210a-\u210e\u2110-\u2113"
    "\u2115\u2119-\u211d\u2124\u2128\u212a-\u212d\u212f-\u2131\u2133-\u2134\u2139"
    "\u2145-\u2149\u2150-\u217f\u2189\u2460-\u249b\u24ea\u2c7c-\u2c7d\u3220-\u3229"
    "\u3251-\u325f\u32b1-\u32bf\ua7f2-\ua7f4\ufb00-\ufb06\ufc5e-\ufc63\ufdfa-\ufdfb"
    "\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e\uff10-\uff19\uff21-\uff3a"
    "\uff41-\uff5a"
    "]"
)
_FOLDS_TO_ASCII_ASTRAL = lazy_re.compile(  # U+107A5, U+1D400-1D7FF, U+1F100-1F10A, U+1FBF0-1FBF9
    rb"\xf0(?:\x90\x9e\xa5|\x9d[\x90-\x9f]|\x9f(?:\x84[\x80-\x8a]|\xaf[\xb0-\xb9]))"
)


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
    finder = _finder(frozenset(forms), frozenset(prefixes))
    if (
        finder is None
        # A letter a text's lower case does not give as each word's own would (analysis.py:
        # ``İ`` is two characters lower-cased, ``Σ`` ``ς`` or ``σ`` by the letters around it).
        or any(c in text for c in LOWER_APART)
        or (finder.latin and _folds_to_ascii(text))
    ):
        return _passage_of_pieces(text, forms, prefixes, start, end, window)
    return _passage_of_hits(text, finder, start, end, window)


def _folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds a word character that folds to ASCII (_FOLDS_TO_ASCII)."""
    return bool(
        _FOLDS_TO_ASCII.search(text)
        or _FOLDS_TO_ASCII_ASTRAL.search(text.encode("utf-8", "surrogatepass"))
    )


class _Finder(NamedTuple):
    """What finds a search's words in a text: ``words``, every word that may be one of them
    (a superset), ``matched``: the form or prefix a word matched (with prefixes) or the form
    searched for that is a word's form (without: a form's word looked up in _FORMS first),
    and whether a Latin form or prefix is among them (``latin``: a text with a letter that
    folds to ASCII is then read word by word)."""

    words: re.Pattern[str]
    matched: Callable[[str], str | None]
    latin: bool
    prefixed: bool


@lru_cache(maxsize=256)
def _finder(forms: frozenset[str], prefixes: frozenset[str]) -> _Finder | None:
    """The :class:`_Finder` of a search's forms and prefixes, or None where a form cannot be
    told by how a word starts (an empty one).

    A word's form (archive/analysis.py) starts as the word does: a Cyrillic word's Russian
    stem is its lower case (``ё`` as ``е``) cut short; a Latin word's English stem keeps its
    first two letters, but for the ``y`` that ``dying`` -> ``die`` and ``tyre`` -> ``tire``
    make an ``i``, once its marks are gone (``é`` -> ``e``: such texts are read word by
    word); any other word's form is its lower case. A prefix starts a word's fold likewise.
    So each is sought case-blind as the start of a word (a few more words found than match,
    each read again), with no Python step a word of the text."""
    if "" in forms or "" in prefixes:
        return None
    starts: set[str] = set()
    latin = False
    for form in forms:
        if _CYRILLIC.search(form):
            starts.add(_cyrillic_start(form))
        else:
            latin = True
            starts.add(
                _word_start(
                    "".join(_latin_letter(c, i) for i, c in enumerate(form[:2])), min(2, len(form))
                )
            )
    for prefix in prefixes:
        if _CYRILLIC.search(prefix):
            starts.add(_cyrillic_start(prefix))
        else:
            latin = True
            starts.add(_word_start(re.escape(prefix), len(prefix)))
    words = re.compile(f"(?:{'|'.join(sorted(starts))})[^\\W_]*")
    if prefixes:
        return _Finder(words, partial(_matched, forms=forms, prefixes=prefixes), latin, True)
    return _Finder(words, {form: form for form in forms}.get, latin, False)


def _cyrillic_start(form: str) -> str:
    """A pattern of the words a Cyrillic form or prefix starts (``е`` as ``е`` or ``ё``)."""
    return _word_start("".join("[её]" if c == "е" else re.escape(c) for c in form), len(form))


def _word_start(pattern: str, size: int) -> str:
    """``pattern``, of ``size`` characters, where a word starts: no word character before
    it (looked behind only where it matched, which is what keeps the search fast)."""
    return f"{pattern}(?<![^\\W_][\\s\\S]{{{size}}})"


def _latin_letter(letter: str, at: int) -> str:
    """A pattern of the letter a Latin word has where its form has ``letter``, ``at`` 0 or 1."""
    return "[iy]" if at == 1 and letter == "i" else re.escape(letter)


def _passage_of_hits(text: str, finder: _Finder, start: str, end: str, window: int) -> str:
    """:func:`passage` from the search's words found in the text, and the words around the
    best cluster of them counted there alone: the same passage as :func:`_passage_of_pieces`
    gives, without splitting the whole text into words."""
    # Sought in the text lower-cased, which keeps every character's place (no İ here) and
    # lets the regex engine look for a literal start rather than each letter's two cases.
    found = list(finder.words.finditer(text.lower()))
    words = list(map(_GROUP, found))
    marks = list(map(finder.matched, words)) if finder.prefixed else _hits_of(words, finder.matched)
    hits = list(compress(found, marks))  # a mark is a form or prefix: never empty here
    kinds = list(filter(None, marks))
    size = len(text)
    rev = ""  # the text reversed: the words before a place are read from it, nearest first
    if hits:
        # Each hit's place in words after the first hit's; a distance of a window or more
        # is all the window needs to know of it, so no gap is counted past that.
        far = _words(window - 1).match
        at = [0]
        for after, before in zip(map(_END, hits[:-1]), map(_START, hits[1:]), strict=True):
            if far(text, after, before):
                at.append(at[-1] + window)
            else:
                at.append(at[-1] + len(_WORD.findall(text, after, before)) + 1)
        best = hits[_best_window(kinds, at, window)].start()
        rev = text[::-1]
        # Three words before the cluster are shown, unless that reaches the text's start.
        back = list(islice(_WORD.finditer(rev, size - best), 4))
        cut = len(back) == 4
        first = size - back[-2 if cut else -1].end() if back else best
    else:
        cut = False
        first_word = _WORD.search(text)
        if first_word is None:
            return text[:200]
        first = first_word.start()
    shown = _words(window).match(text, first)
    if shown and _WORD.search(text, shown.end()):
        last = shown.end()
        tail = ELLIPSIS
    else:  # the window is the text's last words: as many before as it can hold
        rev = rev or text[::-1]
        shown = _words(window).match(rev)
        cut = bool(shown and _WORD.search(rev, shown.end()))
        first = size - shown.end() if shown and cut else _first_word(text)
        last = size - _first_word(rev)
        tail = text[last:]
    parts = [ELLIPSIS if cut else text[:first]]
    done = first
    for hit in hits:
        at_, after = hit.span()
        if first <= at_ < last:
            parts += [text[done:at_], start, text[at_:after], end]
            done = after
    parts += [text[done:last], tail]
    return "".join(parts)


@lru_cache(maxsize=16)
def _words(n: int) -> re.Pattern[str]:
    """A pattern of ``n`` words and the gaps before them, matched from a place: it ends
    where the ``n``-th word does (each word taken whole, so never counted twice)."""
    return re.compile(f"(?:[\\W_]*+[^\\W_]++){{{n}}}")


def _first_word(text: str) -> int:
    """Where the first word of ``text``, which has one, starts."""
    found = _WORD.search(text)
    assert found is not None
    return found.start()


def _passage_of_pieces(
    text: str,
    forms: Collection[str],
    prefixes: Collection[str],
    start: str,
    end: str,
    window: int,
) -> str:
    """:func:`passage` from the text split into words, each word's form looked up: for a
    form no word's start tells (an empty one) and a Latin search of a text with letters that
    fold to ASCII."""
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
    first = max(0, at[_best_window([hits[i] for i in at], at, window)] - 3) if at else 0
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


def _best_window(found: Sequence[str | None], at: list[int], window: int) -> int:
    """Index into ``at`` (the matched words' places, in words, ascending) of the first match
    of the window with the most distinct matches (then the most matches, then the earliest);
    ``found``: each match's form or prefix."""
    best, best_key = 0, (0, 0)
    for j, i in enumerate(at):
        seen = found[j : bisect_left(at, i + window, j)]
        key = (len(set(seen)), len(seen))
        if key > best_key:
            best, best_key = j, key
    return best
