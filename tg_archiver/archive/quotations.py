"""A statement quoted whole with words of the quoter's own: a statement of its own, not a copy.

A commentator posts "Заявление МИД полностью:", the ministry's statement, heading and all,
then two sentences of his own ("Напомню, в прошлом году … Думаю, зеркальный ответ последует
в течение недели."). The post holds the statement whole, so containment (and at this length
word pairs too) called it a copy, and a copy is folded under its original: the reader never
saw what the commentator said. The twelfth labelled set's convention, and the fourteenth's: a
statement with an answer of its own is another statement.

:func:`quotes_with_own` tells such a pair: the longer side holds the shorter one's words from
first to last (differences inside them are other rules' to judge), with words of its own
*before* them (an introduction: "Заявление МИД полностью:", "МИД России:") and *after* them
at least :data:`OWN_WORDS` content words the other lacks (what the quoter says). A copy under a
reposter's line ("Важно 👇", "Statement in full:") adds nothing after the statement; a copy
with a sentence added at its end (the first labelled set's "Стороны условились продолжить
регулярные контакты") has no introduction; signatures, sign-offs and closing lines with no
fact are not in the core (archive/dedup_core.py).

:func:`bundles` tells a digest from a copy: "📰 Главное за день" over a telephone readout, a
condolence telegram and a greeting holds the telegram whole, but says as much again of its
own (the two others). A post holding another nearly word for word (but for
:data:`BUNDLE_DIFFER` of its words), in one piece, with at least as many words of its own
before and after it is a statement of its own, wherever in it the other stands; a copy adds
a line, a sentence or a remark, never as much as the statement it copies. A post's
beginning (a preview cut off on an ellipsis, or without one: "сельхозтехники…Читать
далее") is no statement bundled: the bundle has words of its own before the other.

:func:`in_two_languages` tells a post in two languages from a post in one: an embassy's
condolences posted in Russian and, under them, in English hold the Russian-only post whole,
and the English-only one too; but a translation is another statement (the labelled sets'
convention since the first), so the post of both is neither's copy: it bundles the statement
with its translation (session 49, the seventeenth set).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.dedup_words import content_words, fold_words, stretches

__all__ = ["OWN_WORDS", "bundles", "in_two_languages", "quotes_with_own"]

OWN_WORDS = 6  # content words the quoter adds after the statement: a sentence of his own
QUOTED_WORDS = 12  # the statement quoted is at least this long (not a phrase quoted)
INTRO_WORDS = 30  # the introduction over it is at most this long (a heading and a line)
EDGE_WORDS = 2  # of its first or last words, this many at most may differ (a typo)
# A bundle holds the other's words but for this share of them: a typo, a name in a slot
# (taken with the few words after it, archive.dedup_words.stretches).
BUNDLE_DIFFER = 0.2


def bundles(a: Sequence[str], b: Sequence[str], a_cut: bool, b_cut: bool) -> int | None:
    """How many words of its own the longer of ``a`` and ``b`` has besides the shorter one,
    which it holds nearly word for word, when at least as many as the shorter has (a digest
    that bundles the other with two more statements: see the module's notes), or None. A
    shorter side cut off on an ellipsis (``a_cut``, ``b_cut``: a preview, "Read more") is
    the longer one's beginning, not a statement bundled."""
    if min(len(a), len(b)) < QUOTED_WORDS or len(a) == len(b):
        return None
    quoted, holding = (a, b) if len(a) < len(b) else (b, a)
    if a_cut if quoted is a else b_cut:
        return None
    if len(holding) < 2 * len(quoted):
        return None  # the quick test: fewer words of its own than the other's, whatever they are
    fq, fh = fold_words(quoted), fold_words(holding)
    own = differ = 0
    parts = stretches(fq, fh)
    if not parts or parts[0][0] or parts[0][3] - parts[0][2] <= parts[0][1]:
        return None  # it begins the longer: a copy cut off (its ellipsis lost), not a bundle
    for i1, i2, j1, j2 in parts:
        if i1 == 0 or i2 == len(fq):  # before its first word or after its last
            own += max(0, (j2 - j1) - (i2 - i1))
            differ += min(i2 - i1, j2 - j1)
        else:  # inside it: a copy's, not a bundle's (a paragraph dropped, a typo)
            differ += max(i2 - i1, j2 - j1)
    if differ > BUNDLE_DIFFER * len(fq):
        return None
    return own if own >= len(fq) else None


def quotes_with_own(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The words the quoting side adds after the statement it quotes whole (see the module's
    notes), or None. ``a`` and ``b`` are :func:`archive.dedup_core.core_words`."""
    if min(len(a), len(b)) < QUOTED_WORDS or len(a) == len(b):
        return None
    quoted, quoting = (a, b) if len(a) < len(b) else (b, a)
    fq, fl = fold_words(quoted), fold_words(quoting)
    parts = stretches(fq, fl)
    if len(parts) < 2:
        return None
    (i1, i2, j1, j2), (k1, k2, m1, m2) = parts[0], parts[-1]
    # Words before the quoted statement's first word and after its last (a typo in its first
    # or last words is taken in with them: at most EDGE_WORDS of its own).
    if i1 or j1 or i2 > EDGE_WORDS or not i2 < j2 <= i2 + INTRO_WORDS:
        return None
    if k2 != len(fq) or m2 != len(fl) or k2 - k1 > EDGE_WORDS:
        return None
    theirs = set(fq)
    own = [w for w in content_words(fl[m1:m2]) if w not in theirs]
    return list(quoting[m1:m2]) if len(own) >= OWN_WORDS else None


_CYRILLIC = lazy_re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = lazy_re.compile(r"[a-z]", re.IGNORECASE)
BOTH_WORDS = 10  # words one after another of each language a post of two holds at least
BOTH_SHARE = 0.25  # ... and this share of its words each
ONE_SHARE = 0.1  # a post of one language holds fewer of the other's words than this share


def in_two_languages(a: Sequence[str], b: Sequence[str]) -> str | None:
    """Which of two cores, "a" or "b", is in Russian and English (a run of
    :data:`BOTH_WORDS` words of each, one after another, and :data:`BOTH_SHARE` of its
    words each: a paragraph, not a link's words or a site's name under a preview) when the
    other is in one of them (less than :data:`ONE_SHARE` of the other's words): a statement
    with its translation, no copy of either (see the module's notes); None otherwise."""
    found = _languages(a), _languages(b)
    if found == ("both", "one"):
        return "a"
    return "b" if found == ("one", "both") else None


def _languages(core: Sequence[str]) -> str:
    counts = {"ru": 0, "en": 0}
    runs = {"ru": 0, "en": 0}
    run, last = 0, ""
    for word in core:
        script = "ru" if _CYRILLIC.search(word) else "en" if _LATIN.search(word) else ""
        if not script:
            continue  # a number: neither language's, no break in either's run
        counts[script] += 1
        run = run + 1 if script == last else 1
        last = script
        runs[script] = max(runs[script], run)
    total = max(sum(counts.values()), 1)
    fewer = min(counts.values())
    if min(runs.values()) >= BOTH_WORDS and fewer >= BOTH_SHARE * total:
        return "both"
    return "one" if fewer < ONE_SHARE * total else "mixed"
