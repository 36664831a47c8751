"""An update that adds a fact: a statement of its own, not a copy of what it updates.

A wire posts a story, then "UPDATE 1-…" with the same text and a paragraph more ("The two
ministers agreed to set up a working group on payments …"); an agency posts a flash, then
"ДОПОЛНЕНО" over it with a sentence added. The update contains the first version whole, so
containment called it a copy, and a copy is folded under its original in digests and
exports: the reader shown the first version never learnt the fact the update added. The
archive keeps the two apart; a digest then folds the first version into its update, the
fuller one leading (:mod:`archive.digest_follow_ups`).

:func:`update_adds` tells such a pair: one side is *marked* as an update (its first words
hold "UPDATE", "UPDATE 2", "UPDATED", "ДОПОЛНЕНО", "ДОПОЛНЕНО (2)", "ОБНОВЛЕНО", written in
capitals or as a title word), the other is not or bears another mark, and the marked side
adds a stretch of at least :data:`FACT_WORDS` content words the other lacks, after a shared
beginning (a sentence with something to say, not a heading or a reposter's header over the
text). A copy that adds a line saying nothing ("Следим за развитием событий.", "More to
follow."), a signature, a link or a header is still a copy, and so is a repost of the update
(it bears the same mark), and a copy of a story with a sentence added but no mark (the
publisher says nothing of an update: the first labelled set's copies add "The sides agreed to
continue regular contacts", which its writer read as no new statement).
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive.dedup_words import content_words, fold_words, stretches

__all__ = ["FACT_WORDS", "update_adds", "update_mark"]

FACT_WORDS = 6  # content words an update adds: a sentence that says something
MARK_WITHIN = 8  # the mark is among a post's first core words (after a reposter's header)

_MARKS = frozenset(
    {"update", "updated", "дополнено", "обновлено", "дополнение", "обновление", "добавлено"}
)


def update_mark(core: Sequence[str]) -> str | None:
    """The update mark among the first :data:`MARK_WITHIN` words of ``core`` (its words as
    written), with its number if one follows ("update 1", "дополнено 2"), or None. The word
    must be in capitals or a title word ("UPDATE", "Обновлено"): "an update on the talks" in
    running text is no mark."""
    head = list(core[:MARK_WITHIN])
    for n, word in enumerate(head):
        if word.casefold() not in _MARKS or not word[:1].isupper():
            continue
        number = head[n + 1] if n + 1 < len(head) and head[n + 1].isdigit() else ""
        return f"{word.casefold()} {number}".strip()
    # A mark in capitals further on, heading the sentence an update adds at the end ("…\n\n
    # ДОПОЛНЕНО: соавторами резолюции выступили …", "UPDATE: Russian citizens may call …";
    # session 49): a sentence's words after it, not a word at the text's end.
    last = len(core) - FACT_WORDS
    later = (w.casefold() for w in core[MARK_WITHIN:last] if w.isupper() and len(w) > 1)
    return next((w for w in later if w in _MARKS), None)


def update_adds(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The words a marked update adds to the other post (see the module's notes), or None.
    ``a`` and ``b`` are :func:`archive.dedup_core.core_words`, either side the update."""
    marks = update_mark(a), update_mark(b)
    if marks[0] == marks[1]:
        return None  # neither marked, or both alike: a repost of the update is its copy
    fa, fb = fold_words(a), fold_words(b)
    for i1, i2, j1, j2 in stretches(fa, fb):
        for mark, start, added, words, other in (
            (marks[0], i1, fa[i1:i2], a[i1:i2], fb[j1:j2]),
            (marks[1], j1, fb[j1:j2], b[j1:j2], fa[i1:i2]),
        ):
            if mark is None or start == 0:
                continue  # not the update's side, or a heading over the shared text
            theirs = set(content_words(other))
            new = [w for w in content_words(added) if w not in theirs and w not in _MARKS]
            if len(new) >= FACT_WORDS:
                return list(words)
    return None
