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
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive.dedup_words import content_words, fold_word, stretches

__all__ = ["OWN_WORDS", "quotes_with_own"]

OWN_WORDS = 6  # content words the quoter adds after the statement: a sentence of his own
QUOTED_WORDS = 12  # the statement quoted is at least this long (not a phrase quoted)
INTRO_WORDS = 30  # the introduction over it is at most this long (a heading and a line)
EDGE_WORDS = 2  # of its first or last words, this many at most may differ (a typo)


def quotes_with_own(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The words the quoting side adds after the statement it quotes whole (see the module's
    notes), or None. ``a`` and ``b`` are :func:`archive.dedup_core.core_words`."""
    if min(len(a), len(b)) < QUOTED_WORDS or len(a) == len(b):
        return None
    quoted, quoting = (a, b) if len(a) < len(b) else (b, a)
    fq, fl = [fold_word(w) for w in quoted], [fold_word(w) for w in quoting]
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
