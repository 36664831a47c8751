"""Near-duplicate detection: MinHash over word shingles, banded for LSH lookups.

Exact duplicates are found by :func:`archive.cleaning.content_hash`. Near duplicates (the
same statement re-posted with a line or a word changed) are found in two steps:

1. *Candidates*: a post's MinHash signature (datasketch, ``NUM_PERM`` permutations) is cut
   into ``BANDS`` bands of ``ROWS`` values; each band hashes to one 64-bit key, stored in the
   ``post_bands`` table. Two posts sharing any band key are candidates. With 16 bands of 4
   rows, a pair at Jaccard 0.7 becomes a candidate with probability 0.99, at 0.5 with 0.64.
2. *Verification*: the exact Jaccard similarity of the two shingle sets, computed from the
   candidate's clean text, must reach the threshold. So LSH only bounds the work; it never
   decides alone.

Shingles are word pairs of the case-folded text, so changing one word of an n-word post
changes at most two shingles (a 20-word post stays at 0.81). Posts shorter than
``MIN_WORDS`` words get no bands: at that length a changed word is a different message, and
short posts ("Read in full") would otherwise all look alike.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 2
MIN_WORDS = 8
DEFAULT_THRESHOLD = 0.7
_SEED = 20230517

_WORD = re.compile(r"\w+")


@cache
def _template() -> MinHash:
    """The permutations, computed once and copied per post. Imported here, not at the top:
    datasketch brings scipy, a second of start-up that search and export need not pay."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED)


def words(text: str) -> list[str]:
    """The case-folded words of ``text`` (Unicode letters and digits, any script)."""
    return _WORD.findall(text.casefold())


def shingles(text: str) -> frozenset[str]:
    """Word pairs (2-grams) of ``text``; empty for a text shorter than ``MIN_WORDS`` words."""
    w = words(text)
    if len(w) < MIN_WORDS:
        return frozenset()
    return frozenset(" ".join(w[i : i + SHINGLE_WORDS]) for i in range(len(w) - SHINGLE_WORDS + 1))


def band_keys(shingle_set: Iterable[str]) -> tuple[int, ...]:
    """The LSH band keys of a shingle set, as signed 64-bit integers (SQLite's INTEGER)."""
    items = [s.encode("utf-8") for s in shingle_set]
    if not items:
        return ()
    m = _template().copy()
    m.update_batch(items)
    values = m.hashvalues
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(struct.pack("<B", band) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Exact Jaccard similarity of two shingle sets (0.0 when either is empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
