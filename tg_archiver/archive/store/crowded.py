"""The counts of crowded bands that ingest keeps from one chunk to the next.

:meth:`.candidates.Linker.load_crowded` asks, for each set of two or more crowded bands a new
post meets, which stored posts share two or more of them: a count over every member of
those bands. Posts of one template meet the same sets chunk after chunk, so the counts are
kept (:class:`SharedCounts`) and brought up to date by the writer instead of read again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# Posts counted as sharing two crowded bands, kept across chunks: about 100 bytes each.
MAX_SHARED = 1_000_000


class SharedCounts:
    """Sets of crowded bands -> the stored posts sharing two or more of them, and how many:
    what :data:`.candidates._SHARING_TWO` counted for a chunk, kept for the chunks after it.

    At 100k posts 60% of the sets a chunk meets were met before (a template's posts meet
    the same crowded bands), and each count reads every member of its bands. The counts are
    exact: the writer's new originals are added as they are stored (:meth:`add_posts`: a new
    post is in no band before, so its count in a set is its bands in it), and a set holding
    a band any other change touched (a removal, an edit, a re-rooting) is dropped, to be
    counted again when next met. At most ``MAX_SHARED`` posts are kept across all sets; the
    sets least recently met go first."""

    def __init__(self) -> None:
        self._counts: dict[tuple[int, ...], dict[int, int]] = {}
        self._sets_of: dict[int, set[tuple[int, ...]]] = {}  # band -> kept sets holding it
        self._size = 0

    def clear(self) -> None:
        self._counts.clear()
        self._sets_of.clear()
        self._size = 0

    def get(self, combo: tuple[int, ...]) -> dict[int, int] | None:
        counted = self._counts.pop(combo, None)
        if counted is not None:
            self._counts[combo] = counted  # most recently met: last to go
        return counted

    def keep(self, combo: tuple[int, ...], counted: dict[int, int]) -> None:
        if len(counted) > MAX_SHARED:
            return
        self._counts[combo] = counted
        self._size += len(counted)
        for band in combo:
            self._sets_of.setdefault(band, set()).add(combo)
        while self._size > MAX_SHARED:
            self._drop(next(iter(self._counts)))

    def add_posts(self, bands_of: dict[int, list[int]]) -> None:
        if not self._counts:
            return
        sets_of = self._sets_of
        for pid, bands in bands_of.items():
            met: Counter[tuple[int, ...]] = Counter()
            for band in bands:
                met.update(sets_of.get(band, ()))
            for combo, n in met.items():
                if n > 1:
                    counted = self._counts[combo]
                    if pid not in counted:
                        self._size += 1
                    counted[pid] = n

    def forget(self, bands: Iterable[int]) -> None:
        for band in bands:
            for combo in list(self._sets_of.get(band, ())):
                self._drop(combo)

    def _drop(self, combo: tuple[int, ...]) -> None:
        self._size -= len(self._counts.pop(combo))
        for band in combo:
            held = self._sets_of[band]
            held.discard(combo)
            if not held:
                del self._sets_of[band]
