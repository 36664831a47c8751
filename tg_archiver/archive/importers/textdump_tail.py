"""A text dump read while it was still being written, and read again once whole.

The service's import scan reads a file of ``[import] paths`` as soon as it finds it new or
changed, and a dump still being copied in, or saved, ends at that read in a post cut off
part-way. That post's id is a hash of its text (:func:`.textdump.post_id`), which the whole
post does not share: the next read stored the whole post as a new one, and the cut-off one
stayed beside it, a story of its own in search, exports and digests.

So the scan remembers where each dump it read ended (:class:`Tail`: the last post's place
among the dump's posts, and its id). When the dump has changed, the post now at that place,
if it *completes* the remembered one (:func:`completes`, from the same channel), is stored
under the remembered id, as its edit: the cut-off text becomes its earlier version. The post
then takes the whole text's id (``Store.rekey_post``), the one any later read of the file, or
an import of it, gives it. Only the scan does this: an import names its files itself, and
remembers nothing of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from tg_archiver.archive.importers.textdump import HEADING, post_id
from tg_archiver.archive.models import Post


@dataclass(frozen=True, slots=True)
class Tail:
    """Where a read of a dump ended: its last post's place (from 0) and id."""

    place: int
    external_id: str

    def text(self) -> str:
        """As ``imported_files.last_post`` holds it."""
        return f"{self.place} {self.external_id}"

    @classmethod
    def parse(cls, text: str | None) -> Tail | None:
        place, _, external_id = (text or "").partition(" ")
        return cls(int(place), external_id) if place.isdigit() and external_id else None


def completes(cut: str, whole: str) -> bool:
    """Whether ``whole`` is what ``cut``, a post's text cut off where a file being written
    ended, became: every line of ``cut`` but its last is ``whole``'s, and that last one is
    the start of ``whole``'s next line, or of the heading of the post after it
    (``Forwarded fr``), which was being written."""
    if cut == whole:
        return False
    lines, more = cut.split("\n"), whole.split("\n")
    kept, last = len(lines) - 1, lines[-1]
    if last.strip() and HEADING.startswith(last.strip()):
        before = "\n".join(lines[:kept]).rstrip()
        if before and before == whole:
            return True
    return more[:kept] == lines[:kept] and len(more) > kept and more[kept].startswith(last)


class TailWatch:
    """A dump's posts as they stream to the store: notes where this read ends (:attr:`last`),
    and stores the post at the place the previous read ended (``previous``) under that
    read's id when it completes its text (``cut``, as stored); :attr:`completed` then holds
    both ids (the cut-off post's, the whole one's)."""

    def __init__(self, previous: Tail | None = None, cut: str | None = None) -> None:
        self._previous = previous
        self._cut = cut
        self.last: Tail | None = None
        self.completed: tuple[str, str] | None = None

    def watch(self, posts: Iterable[Post]) -> Iterator[Post]:
        for place, post in enumerate(posts):
            self.last = Tail(place, post.external_id)
            if self._completes(place, post):
                assert self._previous is not None
                self.completed = (self._previous.external_id, post.external_id)
                post = replace(post, external_id=self._previous.external_id)
            yield post

    def _completes(self, place: int, post: Post) -> bool:
        previous, cut = self._previous, self._cut
        if previous is None or cut is None or place != previous.place:
            return False
        if post.external_id == previous.external_id:
            return False  # the same post: it was whole
        origin = post.forwarded_from.name if post.forwarded_from is not None else None
        # The cut-off post's id is its channel's and its text's: the same channel's, then.
        same_channel = post_id(origin, cut) == previous.external_id.partition("#")[0]
        return same_channel and completes(cut, post.text)
