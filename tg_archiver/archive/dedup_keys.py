"""Band keys that find copies a typo hides from the others (archive/fingerprint.py stores
them with a post's MinHash bands): a post's *opening* (the initials of its first words), and
a flash's *halves*.

- The opening key stands for the post's first :data:`~archive.dedup.MIN_WORDS` words by
  their first letters (case and ё/е aside): a copy with a sentence added, or a preview cut
  from the post, starts with the same words, and if it misspells one of them ("Ворпос: Как
  в МИД…", "We warmmly congratulate…") it still starts with the same letters. Two posts that
  start with the same letters only are candidates like any other: verification decides.
- A flash of :data:`~archive.fingerprint.BRIEF_WORDS` to :data:`FLASH_WORDS` core words gets a
  key for each half of its words: a copy with one typo ("wilfdires", "косульского") keeps one
  half whole. Its word pairs are too few for MinHash's bands to bring the two together
  reliably (a 14-word flash with a typo shares no band about one time in ten).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

from tg_archiver.archive.dedup_words import fold_words

FLASH_WORDS = 20  # a flash with a typo in this many core words or fewer gets half keys


def _key(parts: Sequence[str], kind: bytes) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8, person=kind).digest()
    return int.from_bytes(digest, "little", signed=True)


def opening_key(core: Sequence[str], words: int, kind: bytes) -> int:
    """The key of ``core``'s first ``words`` words by their initials (folded), keyed by
    ``kind`` (b"opening": every post's; b"preview": a preview's own)."""
    return _opening(tuple(core[:words]), kind)


@lru_cache(maxsize=4096)
def _opening(first: tuple[str, ...], kind: bytes) -> int:
    """:func:`opening_key` of the words ``first``. Kept for the last few thousand: the
    writer asks it of every new post of a chunk twice (the keys it reads, then its
    previews' peers), and a post made on this process asked it already (issue 21)."""
    return _key([f[:1] or "_" for f in fold_words(first)], kind)


def half_keys(core: Sequence[str]) -> tuple[int, int]:
    """The keys of a flash's two halves of words (case folded), each keyed by its side."""
    half = len(core) // 2
    first = [w.casefold() for w in core[:half]]
    second = [w.casefold() for w in core[half:]]
    return _key(first, b"half-1"), _key(second, b"half-2")
