"""What makes a statement itself: the checks that keep distinct statements of one template
apart, and those that find the copies word pairs measure badly (issue 17). The part of a post
compared is archive/dedup_core.py's, the words a difference is judged by
archive/dedup_words.py's, and what is kept of a post to find its candidates
archive/fingerprint.py's.

Word-pair Jaccard over a whole post is the wrong measure for foreign-ministry channels:
"Lavrov will visit Ankara on March 18" and "... Cairo on March 20" under the same three-line
signature share most of their word pairs, so do two phone-call readouts of one template for
another country and date, while a true repost under another channel's signature shares few.
So:

* :func:`archive.dedup_core.core_words` is what is compared: the clean text without its
  *signature* (a last paragraph of short lines carrying a link, an @handle or hashtags,
  "Subscribe: ...", as channels sign every post), without lines of hashtags only or an
  aggregator's rubric over the post ("#дипломатия | коротко"), without a "Forwarded from"
  line or Telegram Desktop's "Name, [date time]" over a pasted message, a reposter's name
  line (:mod:`archive.pasted`) and a heading marker ("⚡️ Breaking:", "Срочно:"). A channel's
  signature and a reposter's then weigh nothing, and the body decides.
* :func:`substitution` vetoes a near link whose differing words replace a number, a date or
  a proper name (a capitalised word, Latin or Cyrillic, not opening a sentence with a common
  word) by another one: another country, another day, another counterpart is another
  statement, however similar the rest. Added or dropped words (an added sentence, a cut-off
  end, a prefix), typos (one slip of the hand: :mod:`archive.typos`) and a name
  transliterated otherwise (:mod:`archive.transliteration`) are no veto: copies have them.
  (A negation or an opposite word in a short stretch is one: :mod:`archive.polarity`.)
* Short posts (fewer than :data:`archive.dedup.MIN_WORDS` core words) have too few word
  pairs to compare: they get keys made of their core words and of their words but one
  (:func:`archive.fingerprint.short_keys`), and are copies when at most one word differs.
  Longer posts also get a key of their first words (a one-liner and its copy with a
  sentence added start alike).
* One-liners (fewer than :data:`archive.fingerprint.BRIEF_WORDS` core words) are copies
  only when published within :data:`SHORT_WINDOW` of each other. A "⚡️ Breaking:"
  one-liner an hour after the original is its copy; "🔴 LIVE: weekly briefing" a week later
  is the next briefing.
* Any post is a copy only of a post published within :data:`COPY_WINDOW` of it: the same
  greeting on Diplomats' Day a year later is that year's greeting, not a copy of the last
  (reposts come within days). Undated posts (their time is their file's) are exempt.

See docs/dedup.md for the figures on the labelled set (tests/dedup_eval_set.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from difflib import SequenceMatcher

import numpy as np

from tg_archiver.archive.dedup_words import (
    DATE_WORDS,
    NUMBER_WORDS,
    changed_words,
    content_words,
    entity,
    fold_word,
    fold_words,
    respelt,
    same_word,
    stretches,
    typo,
)
from tg_archiver.archive.rewordings import reworded

__all__ = [
    "COPY_WINDOW",
    "SHORT_WINDOW",
    "also_a_copy",
    "contained",
    "heading_over_body",
    "one_word_apart",
    "reworded_copy",
    "reworded_opening",
    "substitution",
    "typos_mended",
]

SHORT_WINDOW = timedelta(hours=12)
COPY_WINDOW = timedelta(days=30)


def one_word_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether ``b`` is ``a`` (case and ё/е aside) with at most one word added, dropped or
    replaced."""
    fa, fb = fold_words(a), fold_words(b)
    if abs(len(fa) - len(fb)) > 1:
        return False
    if len(fa) == len(fb):
        return sum(x != y for x, y in zip(fa, fb, strict=True)) <= 1
    short, long = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


SLOT_WORDS = 8  # a replaced stretch this long or shorter fills a template's slot


def substitution(
    a: Sequence[str], b: Sequence[str], *, templated: bool = False
) -> tuple[list[str], list[str]] | None:
    """The first place where ``b`` puts another number, date or proper name in the place of
    one of ``a`` (the words of each side), or None when the two differ only by added,
    dropped or misspelt words or by a rewritten passage longer than a template's slot
    (``SLOT_WORDS``; the similarity threshold judges those). ``a`` and ``b`` are
    :func:`archive.dedup_core.core_words`.

    ``templated``: the post meets other posts like it besides this one (a template's
    family: condolences, congratulations, readouts). There any content word of a slot
    replaced on both sides is another statement ("earthquake" for "floods", "presidential"
    for "parliamentary"); alone, two posts one ordinary word apart ("urgent" for
    "immediate") are a copy reworded."""
    fa, fb = fold_words(a), fold_words(b)
    if heading_over_body(fa, fb):
        return None  # a heading reworded over the same body: the body decides
    for i1, i2, j1, j2, piece in _slots(fa, fb):
        left, right = list(a[i1:i2]), list(b[j1:j2])
        if not left or not right or max(len(left), len(right)) > SLOT_WORDS:
            continue
        if typo(left, right):
            continue
        if (i2 == len(a) or j2 == len(b)) and _cut_off(left, right):
            continue
        mine = {w.casefold() for w in left if entity(w)}
        theirs = {w.casefold() for w in right if entity(w)}
        if piece:
            # Of a passage reworded a little past a slot's length (a heading: "… в городе
            # Кветта, унёсший жизни 37 человек", "Лавров провёл телефонные переговоры …"),
            # only names fill a slot (not a sentence replaced: "Trade grew by 3 per cent"),
            # and only names the other post lacks in every form.
            if not _names_only(left) or not _names_only(right):
                continue
            mine = {w for w in mine if not _in_some_form(w.replace("ё", "е"), fb)}
            theirs = {w for w in theirs if not _in_some_form(w.replace("ё", "е"), fa)}
        elif i1 == 0 and j1 == 0:
            # An opening reworded: a name or number it moved is still in the other post
            # ("Death toll from …, rises to 80" / "80 dead after …"); only what the other
            # lacks altogether fills a slot.
            mine = {w for w in mine if w.replace("ё", "е") not in fb}
            theirs = {w for w in theirs if w.replace("ё", "е") not in fa}
        if mine - theirs and theirs - mine:
            return left, right
        if (
            templated
            and not piece
            and _replaced(fa[i1:i2], fb[j1:j2])
            and not reworded(fa[i1:i2], fb[j1:j2])
        ):
            return left, right
    return None


def _slots(fa: Sequence[str], fb: Sequence[str]) -> list[tuple[int, int, int, int, bool]]:
    """The stretches where ``fa`` and ``fb`` differ, and of one a little longer than a slot
    (at most ``2 * SLOT_WORDS`` words a side) the differences it joins, each in turn (marked
    True): "to Hibatullah Akhundzada on Independence Day" / "to Mohamed al-Menfi on the
    Proclamation of the Republic Day" is one stretch of nine words, two slots (the
    addressee, the occasion) with "on" between them. English spells an occasion in more
    words than Russian does. A piece's names count only where the other post lacks them
    altogether, as an opening's do: a heading reworded moves them."""
    out: list[tuple[int, int, int, int, bool]] = []
    for i1, i2, j1, j2 in stretches(fa, fb):
        out.append((i1, i2, j1, j2, False))
        if SLOT_WORDS < max(i2 - i1, j2 - j1) <= 2 * SLOT_WORDS and i2 > i1 and j2 > j1:
            ops = SequenceMatcher(None, fa[i1:i2], fb[j1:j2], autojunk=False).get_opcodes()
            out.extend(
                (i1 + k1, i1 + k2, j1 + m1, j1 + m2, True)
                for op, k1, k2, m1, m2 in ops
                if op == "replace"
            )
    return out


HEADING_SHARE = 3  # a heading over a whole body: the body at least this many times as long
HEADING_BODY = 20  # ... and at least this many words
HEADING_MIN = 3  # a heading reworded differs in this many words a side at least


def heading_over_body(fa: Sequence[str], fb: Sequence[str]) -> bool:
    """Whether ``fb`` is ``fa`` (folded words) under another heading: the two differ from
    their first words on, in openings of :data:`HEADING_MIN` words at least (a heading
    reworded, not a slot filled otherwise), with no number or date one lacks, and the rest of
    each, word for word the same, is a statement's whole body: :data:`HEADING_BODY` words at
    least, :data:`HEADING_SHARE` times either opening. An aggregator rewords the heading
    ("Россия и Норвегия провели консультации по Арктике" for "О консультациях по вопросам
    Арктики", "Москва раскритиковала резолюцию …" for "Заявление МИД России по итогам …"):
    the body decides. A template's statement for another country, figure or day starts
    alike ("Fighting in North Kivu has killed 45" / "53", "⚠️ Экстренное предупреждение 7
    февраля" / "11 февраля") or differs in a word or two ("45 people killed" / "53")."""
    if not fa or not fb or fa[0] == fb[0]:
        return False
    body = _common_end(fa, fb)
    ends = len(fa) - body, len(fb) - body
    if min(ends) < HEADING_MIN or body < HEADING_BODY or body < HEADING_SHARE * max(ends):
        return False
    mine, theirs = fa[: ends[0]], fb[: ends[1]]
    if any(w not in fb for w in mine if _dated(w)) or any(w not in fa for w in theirs if _dated(w)):
        return False
    if _initialled(mine) and _initialled(theirs):
        return False  # «С.В.Лавров: «…»» / «М.В.Захарова: «…»»: who said it (session 53)
    # Two openings that share a long run of words are one sentence with a slot filled
    # otherwise ("в связи с угрозой терактов" / "с акциями протеста"), a heading above one
    # of them or not: a heading reworded shares a few words at most.
    run = SequenceMatcher(None, mine, theirs, autojunk=False).find_longest_match()
    return 2 * run.size <= min(ends)


def _initialled(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) are a person's initials and surname («с в лавров»), the
    speaker a quote opens with, not a heading."""
    *initials, surname = words
    return 0 < len(initials) <= 2 and all(len(w) == 1 for w in initials) and len(surname) > 1


def _dated(word: str) -> bool:
    """A number or a date (folded): what a heading reworded keeps."""
    return word[:1].isdigit() or word in NUMBER_WORDS or word in DATE_WORDS


def _names_only(words: Sequence[str]) -> bool:
    """Whether every content word of ``words`` is a name or a number ("Mohamed al Menfi")."""
    return all(
        entity(w)
        for w in words
        if w[:1].isdigit() or (len(w) > 2 and content_words([w.casefold()]))
    )


def _in_some_form(word: str, words: Sequence[str]) -> bool:
    """Whether ``words`` hold ``word`` in some form: one sharing its beginning but for the
    last two letters of the shorter, three letters at least ("Газе" in "Газа", "Лавров" in
    "Лаврова", "России" in "Российской")."""
    for other in words:
        k = max(3, min(len(word), len(other)) - 2)
        if word[:k] == other[:k]:
            return True
    return False


def _replaced(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether each side of a short differing stretch (folded words) has a content word of
    its own: a template's slot filled with another event, office or occasion ("earthquake"
    for "floods", "presidential" for "parliamentary"), not only another name. A word and
    another form of it (a shared beginning: "Лавров", "Лаврова") are one word; function
    words ("the", "a", "в") do not count."""
    mine, theirs = content_words(left), content_words(right)
    return any(not same_word(w, theirs) for w in mine) and any(
        not same_word(w, mine) for w in theirs
    )


def _cut_off(left: list[str], right: list[str]) -> bool:
    """A text cut off mid-word at its end ("... Hakan Fi…"): one word that begins the other
    side's first word."""
    for short, long in ((left, right), (right, left)):
        if len(short) == 1 and long and long[0].casefold().startswith(short[0].casefold()):
            return True
    return False


CONTAINED = 0.9  # share of the shorter post's word pairs found in the longer one
CONTAINED_SIZE = 0.4  # ... when the shorter has at least this share of the longer's pairs


def contained(a: np.ndarray, b: np.ndarray) -> float:
    """The share of the smaller of two :func:`archive.dedup.shingles` arrays found in the
    other, when at least :data:`CONTAINED` and the smaller is at least
    :data:`CONTAINED_SIZE` of the larger; else 0.0. A copy with one sentence added, or cut
    off before its end, is contained in its original (or holds it) though its Jaccard
    similarity falls below the threshold when the post is short; the size bound keeps a
    one-line announcement from being a copy of the long readout that repeats it."""
    small, large = sorted((len(a), len(b)))
    if not small or small < CONTAINED_SIZE * large:
        return 0.0
    share = len(np.intersect1d(a, b, assume_unique=True)) / small
    return share if share >= CONTAINED else 0.0


PREVIEW_WORDS = 8  # a preview keeps at least this many words of the post


def also_a_copy(a: Sequence[str], b: Sequence[str], a_cut: bool, b_cut: bool) -> bool:
    """Copies that word pairs measure badly (``a`` and ``b`` are
    :func:`archive.dedup_core.core_words`):

    - a *preview*: one side ends on an ellipsis and its words are the other's first words
      (the last one maybe cut mid-word), or those with typos, at least
      :data:`PREVIEW_WORDS` of them, however short the preview is against the whole post
      (containment's size bound is for posts that merely repeat a line, not for a post cut
      off on purpose);
    - the same words *misspelt*: as many words, every difference a typo (:func:`typo`),
      at most one word in five: in a short post two typos break four of its word pairs;
    - the same text under a *reworded opening* (:func:`reworded_opening`): a heading or a
      lead an aggregator rewrote, the rest word for word;
    - the same text *reworded*: phrases replaced by others of one group of the wording of
      news (archive/rewordings.py), maybe with typos, at most one word in five.
    """
    fa, fb = fold_words(a), fold_words(b)
    for short, long, cut, words, others in ((fa, fb, a_cut, a, b), (fb, fa, b_cut, b, a)):
        if cut and PREVIEW_WORDS <= len(short) < len(long):
            n = len(short) - 1  # the last word may be cut mid-word
            if long[n].startswith(short[n]) and (
                long[:n] == short[:n] or _with_typos(words[:n], others[:n], short[:n], long[:n])
            ):
                return True  # a preview, of the text as written or with its typos fixed
    if reworded_opening(a, b, fa, fb):
        return True
    if reworded_copy(a, b):
        return True
    if len(fa) != len(fb) or not fa or fa == fb:
        return False
    return _with_typos(a, b, fa, fb)


REWORDED_SHARE = 5  # a reworded copy changes at most one word in this many
# ... and is this short: one phrase reworded in a longer post breaks too few of its word
# pairs to take it under the threshold (30 words, one replaced: Jaccard 0.87).
REWORDED_WORDS = 24


def reworded_copy(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether ``b`` is ``a`` (core words) with phrases reworded (archive/rewordings.py: "rises" /
    "climbs") and maybe typos, nothing else, at most one word in :data:`REWORDED_SHARE`
    changed: a one-liner with a verb replaced keeps too few word pairs (eleven words, one
    replaced: Jaccard 0.67) for the threshold (session 50)."""
    if not 0 < min(len(a), len(b)) <= REWORDED_WORDS or abs(len(a) - len(b)) > 2:
        return False  # a longer post reworded keeps the word pairs the threshold needs
    fa, fb = fold_words(a), fold_words(b)
    # Each word of one side that the other lacks is in a changed stretch: most candidates
    # (a template's siblings, far from equal) are told so before any alignment.
    least = min(len(fa), len(fb))
    if max(len(set(fa) - set(fb)), len(set(fb) - set(fa))) * REWORDED_SHARE > least:
        return False
    found = stretches(fa, fb)
    # The words changed, not those between two changes: a verb reworded and a typo fixed
    # two words on («вырос на 12%, сообищли» / «увеличился на 12%, сообщили») are two.
    if not found or changed_words(fa, fb) * REWORDED_SHARE > least:
        return False
    return any(reworded(fa[i1:i2], fb[j1:j2]) for i1, i2, j1, j2 in found) and all(
        reworded(fa[i1:i2], fb[j1:j2]) or typo(list(a[i1:i2]), list(b[j1:j2]))
        for i1, i2, j1, j2 in found
    )


MENDED_AT_MOST = 3  # typos a copy is read past when it also adds or drops words
_MENDED_SPREAD = 8  # ... and words of one side only, at most this many a side


def typos_mended(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """``b`` (core words) folded, with each word that misspells a word of ``a`` (one of each
    side's own words, one slip of the hand from the other: :func:`typo`) written as
    ``a`` writes it, when then one side is the other with words added; else None. A copy
    that adds a rubric ("🔴 FLASH |"), a header or a sentence to a one-liner whose original
    had a typo ("cpaital") breaks the typo's two word pairs and the rubric's: twelve words
    keep too few for the threshold (session 55). :func:`_with_typos` reads typos only
    between texts of as many words."""
    fa, fb = fold_words(a), fold_words(b)
    only_a, only_b = set(fa) - set(fb), set(fb) - set(fa)
    if not only_a or not only_b or max(len(only_a), len(only_b)) > _MENDED_SPREAD:
        return None
    written = dict(zip(fa, a, strict=True))
    mends: dict[str, str] = {}
    for word, folded in zip(b, fb, strict=True):
        if folded not in only_b or folded in mends:
            continue
        found = [x for x in only_a if abs(len(x) - len(folded)) <= 2 and typo([written[x]], [word])]
        if len(found) == 1:
            mends[folded] = found[0]
    if not mends or len(mends) > MENDED_AT_MOST:
        return None
    mended = [mends.get(w, w) for w in fb]
    # Mended, one side holds the other with words added, nothing replaced nor moved: a word
    # put for another ("за" / «против», "Terminal A" / "B") or a list reordered is no typo's
    # copy, however close the two (the threshold kept them apart before the mending).
    diff = stretches(fa, mended)
    if not (all(i1 == i2 for i1, i2, _, _ in diff) or all(j1 == j2 for _, _, j1, j2 in diff)):
        return None
    return mended


def _with_typos(a: Sequence[str], b: Sequence[str], fa: Sequence[str], fb: Sequence[str]) -> bool:
    """Whether ``b`` is ``a`` (as many words; ``fa``, ``fb``: folded) with typos: every
    difference a typo (:func:`typo`), at most one word in five."""
    changed = [i for i, (x, y) in enumerate(zip(fa, fb, strict=True)) if x != y]
    return len(changed) * 5 <= len(fa) and all(typo([a[i]], [b[i]]) for i in changed)


OPENING_WORDS = 30  # a heading or a lead an aggregator rewrote is at most this long
BODY_SHARE = 0.5  # ... and the text after it, word for word, at least this share of each
BODY_WORDS = 12  # ... and at least this many words


def reworded_opening(
    a: Sequence[str],
    b: Sequence[str],
    fa: Sequence[str] | None = None,
    fb: Sequence[str] | None = None,
) -> bool:
    """Whether ``b`` is ``a`` with its heading or first sentence rewritten, the rest word
    for word: each differs from the other only in its first :data:`OPENING_WORDS` words or
    fewer, the rest of each is the same words (at least :data:`BODY_SHARE` of each, and
    :data:`BODY_WORDS`), and each opening names no name, number or date the other post
    lacks: an aggregator's "80 dead after a ferry disaster hits Indonesia" over the agency's
    "Death toll from a ferry disaster in Indonesia rises to 80". A template's statement for
    another country or day under the same boilerplate names them: its slot is its opening.
    ``fa``, ``fb``: the words as :func:`fold_word` makes them, if made already."""
    fa = fa if fa is not None else fold_words(a)
    fb = fb if fb is not None else fold_words(b)
    body = _common_end(fa, fb)
    ends = len(fa) - body, len(fb) - body
    if not all(ends) or max(ends) > OPENING_WORDS or body < BODY_WORDS:
        return False
    if body < BODY_SHARE * len(fa) or body < BODY_SHARE * len(fb):
        return False
    # A sentence's first word is capitalised anyway: no name.
    return _names_found(a[1 : ends[0]], fb) and _names_found(b[1 : ends[1]], fa)


def _names_found(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether every name, number and date of ``words`` (but a sentence's first word, which
    is capitalised anyway) is in ``other`` (folded words), in some form of it."""
    for word in words:
        if not entity(word):
            continue
        w = fold_word(word)
        if w[:1].isdigit() or w in NUMBER_WORDS or w in DATE_WORDS:
            if w not in other:
                return False
        elif not same_word(w, other) and not any(respelt(w, o) for o in other):
            return False
    return True


def _common_end(fa: Sequence[str], fb: Sequence[str]) -> int:
    """How many words ``fa`` and ``fb`` end alike: the common end, walked back from the last."""
    body = 0
    for x, y in zip(reversed(fa), reversed(fb), strict=False):
        if x != y:
            break
        body += 1
    return body
