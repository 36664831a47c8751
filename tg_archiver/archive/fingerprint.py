"""What near-duplicate detection keeps of a post (:func:`fingerprint`): its core words
(archive/dedup_core.py), their word-pair shingles and MinHash signature (archive/dedup.py),
and the band keys it is stored and looked up under: the signature's bands; for a short post
keys of its words and of its words but one (:func:`short_keys`); its opening, the first
letters of its first words (a copy with a sentence added starts alike, even with a typo
there: archive/dedup_keys.py); a preview's own key (:func:`preview_key`); a flash's halves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from tg_archiver.archive.dedup import (
    MIN_WORDS,
    batch_band_keys,
    batch_pair_hashes,
    batch_signatures,
    pair_hashes,
    shingles,
    sorted_unique,
)
from tg_archiver.archive.dedup_core import CUT_END, core_text
from tg_archiver.archive.dedup_keys import FLASH_WORDS, half_keys, opening_key
from tg_archiver.archive.dedup_words import fold_words, folds
from tg_archiver.archive.line_words import text_words

BRIEF_WORDS = 12  # a post of fewer core words is a one-liner: time distance decides too


def short_key(words: Sequence[str], kind: bytes = b"short") -> int:
    """A band key of a short post: its case-folded core words, as a signed 64-bit integer
    (SQLite's INTEGER), from a hash apart from the MinHash bands' (keyed differently)."""
    digest = hashlib.blake2b(
        "\x1f".join(w.casefold() for w in words).encode(), digest_size=8, person=kind
    ).digest()
    return int.from_bytes(digest, "little", signed=True)


_VARIANTS_FROM = 4  # a short post of this many words or more gets a key per dropped word


def short_keys(words: Sequence[str]) -> tuple[int, ...]:
    """The band keys of a short post: its words, and (from ``_VARIANTS_FROM`` words) its
    words but one, for each word. Two short posts one word apart (added, dropped or
    misspelt) share a key; :func:`archive.similarity.one_word_apart` and
    :func:`archive.similarity.substitution` then decide."""
    keys = {short_key(words)}
    if len(words) >= _VARIANTS_FROM:
        keys.update(short_key([*words[:i], *words[i + 1 :]]) for i in range(len(words)))
    return tuple(sorted(keys))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What near-duplicate detection keeps of a clean text: its core words, the word-pair
    shingles of those and their MinHash signature (both empty for a short post), and its
    band keys (the signature's, or the :func:`short_keys` of a short post)."""

    core: tuple[str, ...]
    shingles: np.ndarray
    signature: np.ndarray
    bands: tuple[int, ...]
    cut: bool = False  # see ends_cut: read from the same core

    @property
    def short(self) -> bool:
        return is_short(self.shingles, self.bands)

    @property
    def brief(self) -> bool:
        return is_brief(self.core, self.bands)


def is_short(shingles: np.ndarray, bands: tuple[int, ...]) -> bool:
    """Too few core words for shingles: compared by its one short key and by time."""
    return not len(shingles) and bool(bands)


def is_brief(core: tuple[str, ...], bands: tuple[int, ...]) -> bool:
    """A one-liner: a copy only when published close in time (SHORT_WINDOW)."""
    return bool(bands) and len(core) < BRIEF_WORDS


def core_shingles(clean: str) -> tuple[tuple[str, ...], np.ndarray]:
    """The core words of a clean text and their word-pair shingles (what a stored candidate
    is verified by; its signature is stored already)."""
    core, sh, _ = core_parts(clean)
    return core, sh


def core_parts(clean: str) -> tuple[tuple[str, ...], np.ndarray, bool]:
    """:func:`core_shingles` and :func:`archive.dedup_core.ends_cut` from one reading of the
    core."""
    text = core_text(clean)
    core = text_words(text)
    cut = text.rstrip().endswith(CUT_END)
    if len(core) < MIN_WORDS:
        return tuple(core), shingles(""), cut
    return tuple(core), _pairs(core), cut


def compared(core: Sequence[str], pairs: np.ndarray) -> np.ndarray:
    """The word pairs two posts are compared by: ``pairs`` (:func:`core_parts`'), or, for a
    core holding ё, the pairs of its words as :func:`fold_word` makes them: ё read as е
    ("уточнённым", "уточненным": a copy retyped). The signature and its band keys stay
    those of the words as written; only the check of a candidate folds them, so only a
    candidate pays. (Underscores at a word's edge, "__Russia", italics left as text, are
    out of the core itself since DEDUP_RULES 5: dedup_core._UNDERSCORES; the fold still
    drops any a caller's words hold.)"""
    if not len(pairs) or not folds(core):
        return pairs
    words = [w for w in fold_words(core) if w]  # "__" alone is no word
    return sorted_unique(pair_hashes(words)) if len(words) > 1 else pairs


def _pairs(core: Sequence[str]) -> np.ndarray:
    """The word-pair shingles of ``core`` (case folded)."""
    # The words already split: archive.dedup.shingles would split the text again. Folded
    # in one go, one word a line (casefold makes no newline), then split there.
    return sorted_unique(pair_hashes("\n".join(core).casefold().split("\n")))


def fingerprint(clean: str) -> Fingerprint:
    return fingerprints([clean])[0]


# Words a batch of :func:`fingerprints` hashes in one go: its signature's products are
# this many rows of NUM_PERM 64-bit values at most (32 MiB), however long its posts.
_BATCH_WORDS = 65_536


def fingerprints(cleans: Sequence[str]) -> list[Fingerprint]:
    """The :class:`Fingerprint` of each clean text, the same as one at a time. The array work
    (word-pair hashes, MinHash minimums, band keys) is done for the texts' words together: a
    post's few hundred words made a dozen array operations of a few microseconds each, whose
    calls, not their arithmetic, were most of their time (issue 21)."""
    read = [_core_of(clean) for clean in cleans]
    out: list[Fingerprint] = []
    start = 0
    while start < len(read):
        end, words = start, 0
        while end < len(read) and (end == start or words + len(read[end][0]) <= _BATCH_WORDS):
            words += len(read[end][0])
            end += 1
        out.extend(_finished(read[start:end]))
        start = end
    return out


def _core_of(clean: str) -> tuple[tuple[str, ...], bool]:
    """The core words of a clean text, and whether the core ends cut (:func:`core_parts`)."""
    text = core_text(clean)
    return tuple(text_words(text)), text.rstrip().endswith(CUT_END)


_NO_SHINGLES = np.empty(0, dtype=np.uint64)
_NO_SIGNATURE = np.empty(0, dtype=np.uint32)


def _finished(read: Sequence[tuple[tuple[str, ...], bool]]) -> list[Fingerprint]:
    """:func:`fingerprints` of cores read by :func:`_core_of`: the shingled ones' arrays
    made together (:func:`archive.dedup.batch_pair_hashes` and
    :func:`archive.dedup.batch_signatures`), each sorted apart."""
    shingled = [core for core, _ in read if len(core) >= MIN_WORDS]
    spans: list[tuple[int, int]] = []
    if shingled:
        # Case-folded word by word as pair_hashes' callers fold a whole text: casefold
        # maps each character alone and makes no newline.
        words = list(chain.from_iterable(shingled))
        pairs, spans = batch_pair_hashes(words, [len(core) for core in shingled], written=True)
        sigs = batch_signatures(pairs, spans)
        keys = batch_band_keys(sigs)
    out: list[Fingerprint] = []
    n = 0
    for core, cut in read:
        if len(core) < MIN_WORDS:
            out.append(_fingerprint(core, _NO_SHINGLES, _NO_SIGNATURE, (), cut))
            continue
        start, end = spans[n]
        out.append(_fingerprint(core, sorted_unique(pairs[start:end]), sigs[n], keys[n], cut))
        n += 1
    return out


def _fingerprint(
    core: tuple[str, ...], sh: np.ndarray, sig: np.ndarray, bands: tuple[int, ...], cut: bool
) -> Fingerprint:
    if not len(sh):
        bands = short_keys(core) if core else ()
    if len(core) >= MIN_WORDS:
        # Its opening (its first words by their letters: a typo there keeps them): a copy
        # with a sentence added or cut off at the end starts the same, though in a short
        # post that moves its word pairs too far for MinHash to bring the two together.
        # Verification decides as for any candidate.
        bands = (*bands, opening_key(core, MIN_WORDS, b"opening"))
        if cut:  # a preview: also where the posts it may have cut look for it
            bands = (*bands, preview_key(core))
    if MIN_WORDS <= len(core) < BRIEF_WORDS:
        # A one-liner with shingles also meets the posts one word apart: itself cut off by a
        # word, or with a word misspelt ("Belgarde" for "Belgrade" in nine words is two word
        # pairs of eight, Jaccard 0.6, that MinHash's bands bring together one time in nine
        # at best), as a short post does.
        bands = tuple(sorted({*bands, *short_keys(core)}))
    elif BRIEF_WORDS <= len(core) <= FLASH_WORDS:
        bands = (*bands, *half_keys(core))  # a flash with a typo keeps one half (dedup_keys)
    return Fingerprint(core, sh, sig, bands, cut)


def preview_key(core: Sequence[str]) -> int:
    """The band key under which a preview (a post whose core ends on an ellipsis) of at
    least :data:`MIN_WORDS` words is also stored: its opening (the first letters of its first
    words, :func:`archive.dedup_keys.opening_key`), keyed apart from every post's opening
    key. A post looks its own up there (it is not one of its
    bands) to meet the previews cut from it, which the signature estimate rules out: a
    20-word preview of a 100-word statement is at a similarity near 0.2."""
    return opening_key(core, MIN_WORDS, b"preview")
