"""One chunk's posts placed: unchanged, an edit, or new, and which stored post a new one
copies; the same decisions on either engine (``writer.py``, ``writer_pg.py``).

:func:`place` walks the chunk in order, so a later post of the chunk meets the earlier ones
as stored posts (the :class:`~.candidates.Chunk` they are added to), and counts what it
decided in the report. What it needs of the engine (new ids, the edit path, the copy look-up)
comes in as calls; what it decided comes back as :class:`Placed` for the engine to write its
own way (staged ``INSERT`` on SQLite, ``COPY`` on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.store.candidates import Chunk, sig_blob
from tg_archiver.archive.store.records import IngestReport, ts
from tg_archiver.archive.store.reroot import Linked
from tg_archiver.archive.store.rows import media_json
from tg_archiver.archive.textlinks import only_link_targets_added

# A stored post by its (source id, external id): its id, raw text, title and dated edit
# (its edit time when the source gave one: see :func:`dated_edit`).
Existing = dict[tuple[int, str], tuple[int, str, str | None, str | None]]
Original = tuple[int | None, str | None, float | None]  # its id, how it was found, similarity
# A chunk's posts that are now current, and its older copies of stored posts (Placed.split).
Split = tuple[list[PreparedPost], list[PreparedPost]]


@dataclass(frozen=True, slots=True)
class NewPost:
    """A post new to the archive, its id given and its original (if a copy) found."""

    post_id: int
    source_id: int
    prepared: PreparedPost
    dup_of: int | None
    dup_kind: str | None
    similarity: float | None

    def row(self, clean: str | None, now: str) -> tuple[Any, ...]:
        """The columns both engines store first, in this order: ``clean`` is the clean text
        as the engine keeps it; each appends its own (the word forms, the language)."""
        post = self.prepared.post
        fwd = post.forwarded_from
        return (
            self.post_id,
            self.source_id,
            post.external_id,
            post.url,
            post.title,
            ts(post.published_at),
            ts(post.edited_at) if post.edited_at else None,
            post.author,
            fwd.name or fwd.username if fwd else None,
            fwd.source_key if fwd else None,
            fwd.external_id if fwd else None,
            post.text,
            clean,
            self.prepared.content_hash,
            media_json(post.media),
            self.dup_of,
            self.dup_kind,
            self.similarity,
            now,
        )


@dataclass
class Placed:
    """What :func:`place` decided that the engine writes: the new posts, and the band keys
    and signatures of the originals among them (only originals are indexed), and the new
    copies whose group may need a new root (:mod:`.reroot`); and the posts of the chunk that
    were older copies of a stored post (``id()`` of each), which never become its present
    (nor its media: see ``AfterChunk`` in :mod:`.writer`)."""

    new: list[NewPost] = field(default_factory=list)
    bands: list[tuple[int, int]] = field(default_factory=list)  # (band key, post id)
    signatures: list[tuple[int, bytes]] = field(default_factory=list)
    linked: list[Linked] = field(default_factory=list)
    older: set[int] = field(default_factory=set)

    def split(self, chunk: Sequence[PreparedPost]) -> Split:
        """The posts of ``chunk`` that are now what the archive holds, and the older copies."""
        if not self.older:
            return list(chunk), []
        current = [p for p in chunk if id(p) not in self.older]
        return current, [p for p in chunk if id(p) in self.older]


def dated_edit(edited_at: str | None, recorded_at: str | None) -> str | None:
    """A stored post's edit time, when it is the source's word (Telegram's edit date, a
    feed's ``<updated>``), else None.

    An edit that came without a time is stored with the time it was recorded (``edited_at``
    equal to ``recorded_at``, the ingest time for a post not edited since): that time says
    nothing of when the text was written, so no copy is found older than it.
    """
    if edited_at is None or edited_at == recorded_at:
        return None
    if recorded_at is not None and edited_at > recorded_at:
        return None  # dated after it was stored (a clock's error, "2099"): no later copy is older
    return edited_at


def is_older(post: Post, stored_edit: str | None) -> bool:
    """Whether ``post`` is an older copy of a stored post whose dated edit is
    ``stored_edit``: its own edit time (its publication time when it has none) is before it.
    A copy of an old export, or a stale feed mirror, is such a copy: never the post's present."""
    if stored_edit is None:
        return False
    return ts(post.edited_at or post.published_at) < stored_edit


def _links_kept_since(raw: str, title: str | None, post: Post, stored_edit: str | None) -> bool:
    """Whether ``post`` (from Telegram) is the stored text with its hidden links' addresses
    added (archive.textlinks), as an export read again gives a post stored before they were
    kept, and no later edit of the source's (its edit time is the stored one): no edit, so no
    version dated at import. A source's own later edit that only added a link is one."""
    edited = ts(post.edited_at) if post.edited_at else None
    return (
        _keeps_link_targets(post)
        and title == post.title
        and edited == stored_edit
        and only_link_targets_added(raw, post.text)
    )


def _keeps_link_targets(post: Post) -> bool:
    """Whether ``post`` comes from Telegram (a channel, live or exported, or another chat's
    export), whose hidden links' addresses are written into its text: a feed's or a dump's
    text that gains "(https://…)" is the source's own edit."""
    return post.source.kind == "telegram" or post.source.key.startswith("tdesktop:")


async def place(
    chunk: Sequence[PreparedPost],
    source_ids: Sequence[int],
    existing: Existing,
    state: Chunk,
    report: IngestReport,
    *,
    new_id: Callable[[], int],
    ours: Callable[[int], bool],
    is_replay: Callable[[int, Post], Awaitable[bool]],
    record_edit: Callable[[int, PreparedPost], Awaitable[None]],
    keep_earlier: Callable[[int, PreparedPost], Awaitable[bool]],
    find_original: Callable[[PreparedPost], Awaitable[Original]],
) -> Placed:
    """Each post of ``chunk`` (of the source ids given) placed: a stored post with the same
    text and title, or a version it had before (``is_replay``), is unchanged; a copy older
    than the stored post (:func:`is_older`) with another text is kept as an earlier version
    (``keep_earlier``: False when the archive has that text already, which changes nothing);
    another text is an edit (``record_edit``); a post not stored gets ``new_id()`` and is
    linked to the post it copies (``find_original``). ``ours``: whether a stored id was first
    stored by this same ingest call (an id repeated in one input: counted apart)."""
    placed = Placed()
    for prepared, source_id in zip(chunk, source_ids, strict=True):
        post = prepared.post
        key = (source_id, post.external_id)
        if key in existing:
            post_id, raw, title, stored_edit = existing[key]
            repeated = ours(post_id)
            older = is_older(post, stored_edit)
            if older:
                placed.older.add(id(prepared))
            if (
                (raw == post.text and title == post.title)
                or _links_kept_since(raw, title, post, stored_edit)
                or await is_replay(post_id, post)
            ):
                if repeated:
                    report.repeated_same += 1
                else:
                    report.unchanged += 1
                continue
            if older:
                if await keep_earlier(post_id, prepared):
                    report.older_kept += 1
                elif repeated:
                    report.repeated_same += 1
                else:
                    report.unchanged += 1
                continue
            await record_edit(post_id, prepared)
            edited = ts(post.edited_at) if post.edited_at else None
            existing[key] = (post_id, post.text, post.title, edited)
            if repeated:
                report.repeated_versions += 1
            else:
                report.edited += 1
            continue

        post_id = new_id()
        edited = ts(post.edited_at) if post.edited_at else None
        existing[key] = (post_id, post.text, post.title, edited)
        dup_of, dup_kind, similarity = await find_original(prepared)
        if dup_of is not None and dup_kind in ("exact", "near"):
            placed.linked.append((post_id, prepared, dup_of, dup_kind, similarity))
        if dup_kind == "exact":
            report.exact_duplicates += 1
        elif dup_kind == "near":
            report.near_duplicates += 1
        elif dup_kind == "forward":
            report.forwards_linked += 1
        root = dup_of if dup_of is not None else post_id
        state.own(post_id, prepared, root, ts(post.published_at))
        if dup_of is None and prepared.bands:
            # Only originals are indexed: a later copy finds the original, and templated
            # posts (daily briefings) do not pile thousands of ids into one band.
            for band in prepared.bands:
                state.by_band.setdefault(band, []).append(post_id)
                state.added_bands.setdefault(band, []).append(post_id)
                placed.bands.append((band, post_id))
            blob = sig_blob(prepared.signature)
            state.signatures[post_id] = blob
            placed.signatures.append((post_id, blob))
        placed.new.append(NewPost(post_id, source_id, prepared, dup_of, dup_kind, similarity))
        report.added += 1
    return placed
