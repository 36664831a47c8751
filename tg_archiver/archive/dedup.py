"""Near-duplicate detection: MinHash over word shingles, banded for LSH lookups.

Exact duplicates are found by :func:`archive.cleaning.content_hash`. Near duplicates (the
same statement re-posted with a line or a word changed) are found in two steps:

1. *Candidates*: a post's MinHash signature (``NUM_PERM`` hash functions) is cut into
   ``BANDS`` bands of ``ROWS`` values; each band hashes to one 64-bit key, stored in the
   ``post_bands`` table. Two posts sharing any band key are candidates. With 16 bands of 4
   rows, a pair at Jaccard 0.7 becomes a candidate with probability 0.99, at 0.5 with 0.64.
   A band that gathers many unrelated originals (shared phrasing) is *crowded*: its members
   are candidates only if they share a second band (``archive.store.candidates.CROWDED_BAND``).
2. *Estimate*: each original's signature is stored too (``post_signatures``), so the share
   of minimums a candidate agrees on estimates its similarity for all candidates at once;
   those far below the threshold (:data:`ESTIMATE_MARGIN`) and below the reach of a
   contained copy (:data:`CONTAINED_ESTIMATE`) are not looked at again.
3. *Verification*: the exact Jaccard similarity of the two shingle sets, computed from the
   candidate's clean text, must reach the threshold. So LSH and the estimate only bound the
   work; they never decide alone that a post is a copy.

Shingles are word pairs of the case-folded text, so changing one word of an n-word post
changes at most two shingles (a 20-word post stays at 0.81). Posts shorter than
``MIN_WORDS`` words get no bands: at that length a changed word is a different message, and
short posts ("Read in full") would otherwise all look alike.

Speed: ingest runs this for every post, so it is vectorised with numpy rather than hashing
shingle by shingle. A shingle is represented by a 64-bit hash of its two words (a polynomial
hash of each word's UTF-8 bytes, combined pairwise and mixed with MurmurHash3's finaliser),
computed for all words of a post in a handful of array operations. The MinHash functions are
multiply-add-shift hashes of those values, again one array operation for all of them. Two
shingle sets share a hash only if they share the shingle, short of a 64-bit collision, so the
Jaccard similarity of the hash sets is that of the shingles. Every constant is derived from
BLAKE2b, not from a random generator, so the band keys of a text never change between
versions of numpy or Python: they are stored (migration 0005 recomputed the keys of archives
made with the earlier datasketch-based scheme).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache

import numpy as np

from tg_archiver.archive import lazy_re

# Defined apart so that the config can read it without numpy; re-exported here.
from tg_archiver.archive.dedup_threshold import DEDUP_RULES as DEDUP_RULES
from tg_archiver.archive.dedup_threshold import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 2
MIN_WORDS = 8
_SEED = b"tg-archiver minhash v2"

_WORD = lazy_re.compile(r"\w+")
_U64 = np.uint64


def _constants(label: str, count: int) -> np.ndarray:
    """``count`` fixed pseudo-random 64-bit values, the same on every machine and version."""
    digest = b"".join(
        hashlib.blake2b(f"{label}:{i}".encode(), key=_SEED, digest_size=8).digest()
        for i in range(count)
    )
    return np.frombuffer(digest, dtype="<u8").astype(_U64)


_BASE = int(_constants("base", 1)[0]) | 1  # odd: the polynomial hash's base
_PAIR = _U64(int(_constants("pair", 1)[0]) | 1)
_PERM_A = _constants("a", NUM_PERM) | _U64(1)
_PERM_B = _constants("b", NUM_PERM)
_BAND_SEED = _constants("band", BANDS)
_M1, _M2 = _U64(0xFF51AFD7ED558CCD), _U64(0xC4CEB9FE1A85EC53)
_S33, _S32 = _U64(33), _U64(32)
_LOW32 = _U64(0xFFFFFFFF)


@cache
def _powers(size: int) -> np.ndarray:
    """``_BASE ** i`` modulo 2**64 for ``i < size`` (size a power of two, so few are cached)."""
    powers = np.full(size, _BASE, dtype=_U64)
    powers[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(powers, dtype=_U64)


def _mix(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every output bit depends on every input bit."""
    x = x ^ (x >> _S33)
    x = x * _M1
    x = x ^ (x >> _S33)
    x = x * _M2
    return x ^ (x >> _S33)


def words(text: str) -> list[str]:
    """The case-folded words of ``text`` (Unicode letters and digits, any script)."""
    return _WORD.findall(text.casefold())


def pair_hashes(w: Sequence[str]) -> np.ndarray:
    """One 64-bit hash per consecutive word pair of ``w`` (case-folded, at least two words).

    Each word's hash is looked up in a cache (:data:`_WORD_CACHE` words; a channel's
    vocabulary recurs) and made when missing, the missing ones together (:func:`_made`): the
    same values as :func:`line_pair_hashes`, which makes them for all words at once, but a
    dict look-up a word is faster than its dozen array operations for a post's few hundred
    words."""
    word = _word_hash_array(w)
    with np.errstate(over="ignore"):
        return _mix(word[:-1] * _PAIR + word[1:])


def _word_hash_array(w: Sequence[str]) -> np.ndarray:
    """The hash of each word of ``w``, from :data:`_word_hashes` (made when missing)."""
    known = _word_hashes
    hashes = list(map(known.get, w))  # map: no Python frame per word
    if None in hashes:
        _made(known, w, hashes)
        hashes = list(map(known.__getitem__, w))
    return np.array(hashes, dtype=_U64)


def _made(known: dict[str, int], w: Sequence[str], hashes: Sequence[int | None]) -> None:
    """Into ``known`` (emptied first when past :data:`_WORD_CACHE` words), the hash of each
    case-folded word of ``w`` missing from it (``hashes``: ``known.get`` of each), made for
    all of them in one array pass (:func:`_hashes_of`): a batch's few dozen new words each
    hashed byte by byte in Python were most of its hashing (issue 21)."""
    if len(known) > _WORD_CACHE:
        known.clear()
        missing = list(w)
    else:
        missing = [word for word, h in zip(w, hashes, strict=True) if h is None]
    known.update(zip(missing, _hashes_of(missing), strict=True))


def _written_hash_array(w: Sequence[str]) -> np.ndarray:
    """:func:`_word_hash_array` of ``w``'s words case-folded, ``w`` as written: each word's
    hash is kept under the word as written too (:data:`_written_hashes`), so a known word
    is not case-folded again (folding a batch's words took as long as hashing them)."""
    known = _written_hashes
    hashes = list(map(known.get, w))
    if None in hashes:
        if len(known) > _WORD_CACHE:
            known.clear()
            hashes = [None] * len(w)
        written = [word for word, h in zip(w, hashes, strict=True) if h is None]
        folded = [word.casefold() for word in written]
        found = list(map(_word_hashes.get, folded))
        if None in found:
            _made(_word_hashes, folded, found)
        known.update(zip(written, map(_word_hashes.__getitem__, folded), strict=True))
        hashes = [h if h is not None else known[word] for word, h in zip(w, hashes, strict=True)]
    return np.array(hashes, dtype=_U64)


def batch_pair_hashes(
    w: Sequence[str], counts: Sequence[int], *, written: bool = False
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """:func:`pair_hashes` of several posts' words at once: ``w`` is their case-folded
    words one post after another (``written``: their words as written, case-folded here),
    ``counts`` how many each has (two or more). Returns the hashes of every consecutive pair
    of ``w`` and each post's span in them: the pairs ``start:end`` are its own, the same
    values :func:`pair_hashes` gives it (the pair across two posts lies between their
    spans)."""
    word = _written_hash_array(w) if written else _word_hash_array(w)
    with np.errstate(over="ignore"):
        pairs = _mix(word[:-1] * _PAIR + word[1:])
    spans = []
    start = 0
    for count in counts:
        spans.append((start, start + count - 1))
        start += count
    return pairs, spans


def batch_signatures(pairs: np.ndarray, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The :func:`signature` of each span of ``pairs`` (each non-empty, in order, as
    :func:`batch_pair_hashes` gives them), one row each: a minimum is the same over a
    post's pairs as over its sorted, unique shingles. Made for ``_SIGNATURE_PAIRS`` pairs
    or so at a time: their products (NUM_PERM 64-bit values each) then stay in the CPU's
    cache, where a batch's all at once took a fifth longer."""
    first = 0
    parts = []
    while first < len(spans):
        last = first + 1
        base = spans[first][0]
        while last < len(spans) and spans[last][1] - base <= _SIGNATURE_PAIRS:
            last += 1
        end = spans[last - 1][1]
        part = [(start - base, stop - base) for start, stop in spans[first:last]]
        parts.append(_signatures(pairs[base:end], part))
        first = last
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


_SIGNATURE_PAIRS = 1024


def _signatures(pairs: np.ndarray, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """:func:`batch_signatures` of ``pairs``, all at once."""
    x = (pairs >> _S32) ^ (pairs & _LOW32)
    with np.errstate(over="ignore"):
        products = x[:, None] * _PERM_A
        products += _PERM_B
    # reduceat takes each span's rows, and between two spans the one pair across them,
    # whose row is left out.
    bounds = [b for span in spans for b in span]
    if bounds[-1] == len(pairs):
        bounds.pop()
    return (np.minimum.reduceat(products, bounds, axis=0)[::2] >> _S32).astype(np.uint32)


def batch_band_keys(sigs: np.ndarray) -> list[tuple[int, ...]]:
    """:func:`signature_band_keys` of each row of ``sigs`` (a ``(k, NUM_PERM)`` array)."""
    rows = sigs.astype(_U64).reshape(len(sigs), BANDS, ROWS)
    with np.errstate(over="ignore"):
        low = rows[:, :, 0] | (rows[:, :, 1] << _S32)
        high = rows[:, :, 2] | (rows[:, :, 3] << _S32)
        keys = _mix(_mix(low ^ _BAND_SEED) ^ high)
    return list(map(tuple, keys.view(np.int64).tolist()))


def line_pair_hashes(lines: str) -> np.ndarray:
    """:func:`pair_hashes` of words given one a line (at least two), as ``"\\n".join(w)``,
    made for all the words in array operations: how the hashes are defined (pair_hashes
    must agree with it, word for word; tests/test_dedup.py checks that they do)."""
    word = _line_word_hashes(lines)
    with np.errstate(over="ignore"):
        return _mix(word[:-1] * _PAIR + word[1:])


def _line_word_hashes(lines: str) -> np.ndarray:
    """The hash of each word of ``lines`` (words given one a line): the polynomial hash of
    its UTF-8 bytes and the newline after it, then :func:`_mix`."""
    # Words hold no newline, so each one is the bytes between two newlines.
    data = np.frombuffer((lines + "\n").encode("utf-8"), dtype=np.uint8)
    ends = np.flatnonzero(data == 10) + 1
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1]
    lengths = ends - starts
    offsets = np.arange(len(data)) - np.repeat(starts, lengths)
    size = 1 << int(lengths.max() - 1).bit_length()
    with np.errstate(over="ignore"):
        word = np.add.reduceat(data.astype(_U64) * _powers(size)[offsets], starts)
        return _mix(word)


def _hashes_of(words: Sequence[str]) -> list[int]:
    """:func:`_word_hash` of each of ``words``, made in one array pass when none holds a
    newline (:func:`_line_word_hashes`), else one by one."""
    if not words:
        return []
    lines = "\n".join(words)
    if lines.count("\n") != len(words) - 1:
        return [_word_hash(word) for word in words]
    return _line_word_hashes(lines).tolist()


_WORD_CACHE = 200_000
_word_hashes: dict[str, int] = {}  # case-folded word -> its hash
_written_hashes: dict[str, int] = {}  # word as written -> its case-folded word's hash
_MASK = (1 << 64) - 1


def _word_hash(word: str) -> int:
    """:func:`line_pair_hashes`' hash of one word, in Python integers modulo 2**64: the
    polynomial hash of its UTF-8 bytes and the newline after it, then :func:`_mix`."""
    h, power = 0, 1
    for byte in word.encode("utf-8") + b"\n":
        h = (h + byte * power) & _MASK
        power = (power * _BASE) & _MASK
    m1, m2 = int(_M1), int(_M2)
    h ^= h >> 33
    h = (h * m1) & _MASK
    h ^= h >> 33
    h = (h * m2) & _MASK
    return h ^ (h >> 33)


def shingles(text: str) -> np.ndarray:
    """Hashes of the word pairs (2-grams) of ``text``, sorted and unique (uint64); empty for
    a text shorter than ``MIN_WORDS`` words. A sorted array rather than a set: it is built in
    one array operation, and :func:`jaccard` intersects two of them just as fast."""
    w = words(text)
    if len(w) < MIN_WORDS:
        return np.empty(0, dtype=_U64)
    return sorted_unique(pair_hashes(w))


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a 1-d array: sorted, each value once. A sort and a mask:
    for the few hundred shingles of a post, np.unique's general machinery took 3-4 times as
    long (ingest computes this for every post and every candidate read back)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature of a post's :func:`shingles`: ``NUM_PERM`` 32-bit minimums
    (uint32); empty for a post without shingles. The store keeps it (``post_signatures``) so
    that a candidate's similarity can be estimated without re-reading its text."""
    if not len(shingle_hashes):
        return np.empty(0, dtype=np.uint32)
    x = (shingle_hashes >> _S32) ^ (shingle_hashes & _LOW32)  # 32 bits: universal hashing
    with np.errstate(over="ignore"):
        products = x[:, None] * _PERM_A
        products += _PERM_B
        # The hash is the high half; taking it after the minimum is the same (monotonic).
        return (products.min(axis=0) >> _S32).astype(np.uint32)


def signature_band_keys(sig: np.ndarray) -> tuple[int, ...]:
    """The LSH band keys of a :func:`signature`, as signed 64-bit integers (SQLite's
    INTEGER); empty for an empty signature."""
    if not len(sig):
        return ()
    rows = sig.astype(_U64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        low = rows[:, 0] | (rows[:, 1] << _S32)
        high = rows[:, 2] | (rows[:, 3] << _S32)
        keys = _mix(_mix(low ^ _BAND_SEED) ^ high)
    return tuple(keys.view(np.int64).tolist())


def band_keys(shingle_hashes: np.ndarray) -> tuple[int, ...]:
    """The LSH band keys of a post's :func:`shingles`; empty for a post without shingles."""
    return signature_band_keys(signature(shingle_hashes))


# A candidate whose estimated similarity is below the threshold by more than this margin is
# not verified. The estimate is the share of the NUM_PERM minimums two signatures agree on,
# Binomial(64, J) / 64 for a pair at Jaccard J; for a pair exactly at the 0.7 threshold the
# chance of an estimate under 0.7 - 0.25 (28 or fewer agreements out of 64, a mean of 44.8)
# is sum(C(64, k) 0.7^k 0.3^(64-k), k <= 28) = 1.1e-5, and lower still for a more similar
# pair: about one true near copy in 90,000 at the threshold, none in practice above it.
ESTIMATE_MARGIN = 0.25


# A post contained in another (half its paragraphs, a sentence added) is a copy at any
# Jaccard similarity its size allows (archive.similarity.contained): one at least 0.4 of the
# other's word pairs, 0.9 of them in it, is at 0.35 or more, and half the paragraphs at 0.5
# or so, under the bar at the 0.7 threshold (0.45). So candidates are verified from this
# estimate: a pair at 0.5 estimates under it with odds of 2e-4 (19 or fewer agreements of
# 64), at 0.45 of 1%.
CONTAINED_ESTIMATE = 0.3


def estimate_bar(threshold: float) -> float:
    """The estimate from which a candidate is verified: within :data:`ESTIMATE_MARGIN` of
    ``threshold``, or of containment's reach (:data:`CONTAINED_ESTIMATE`), the lower."""
    return min(threshold - ESTIMATE_MARGIN, CONTAINED_ESTIMATE)


def estimate_jaccard(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of a :func:`signature` to each row of ``others`` (a
    ``(k, NUM_PERM)`` uint32 array): the share of minimums they agree on."""
    if not len(sig) or not len(others):
        return np.zeros(len(others))
    # The agreeing minimums counted, then divided: the same float64 shares as
    # ``(others == sig).mean(axis=1)`` (a count over NUM_PERM, a power of two, is exact either
    # way), without converting every comparison to a float first: at 200 candidates, about
    # half the time (issue 21: a new post's candidates are estimated on the writer).
    return np.count_nonzero(others == sig, axis=1) / others.shape[1]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two :func:`shingles` arrays (0.0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)
