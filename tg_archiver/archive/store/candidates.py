"""Near-duplicate linking: the stored post a new one copies, if any (issue 4, 17).

A post is a copy of a stored original when it is its Telegram forward, has its exact clean
text, or is a near copy: its MinHash signature estimates a similarity within reach of the
threshold, and then its shingles (or, for short posts, its core words) confirm it. Candidates
are the stored originals sharing an LSH band with it, looked up for a whole chunk of posts at
once (:class:`Chunk`) rather than one query per post. Used by the write path
(:mod:`.writer`) and by ``relink`` (:mod:`archive.relink`). numpy lives here and in the
writer only: searches and exports never import this module.

The SQL is plain but for ``coalesce(duplicate_of, id)`` read from SQLite's bare columns
beside ``min(id)`` (:data:`_FIRST_OF_HASHES`): a sibling for another engine would replace
that query with a window function (``DISTINCT ON``) and keep the rest.
"""

from __future__ import annotations

import copy
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, repeat

import numpy as np

from tg_archiver.archive.dedup import (
    MIN_WORDS,
    NUM_PERM,
    estimate_bar,
    estimate_jaccard,
    jaccard,
    pair_hashes,
    shingles,
    sorted_unique,
)
from tg_archiver.archive.dedup_core import tag_line_words
from tg_archiver.archive.dedup_keys import opening_key
from tg_archiver.archive.dedup_words import fold_words
from tg_archiver.archive.document_links import Links, document_links
from tg_archiver.archive.fingerprint import (
    BRIEF_WORDS,
    compared,
    core_parts,
    preview_key,
)
from tg_archiver.archive.models import UNDATED
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.similarity import (
    COPY_WINDOW,
    SHORT_WINDOW,
    also_a_copy,
    contained,
    one_word_apart,
    typos_mended,
)
from tg_archiver.archive.store.connection import marks, parts
from tg_archiver.archive.store.inline import Writes
from tg_archiver.archive.store.records import parse_ts
from tg_archiver.archive.store.vetoes import another_statement

MAX_CANDIDATES = 200  # near-duplicate candidates verified per post
# A stored band with more members than this is crowded: sharing it alone does not make a
# candidate (see Linker.load_bands).
CROWDED_BAND = 64
_NO_SHINGLES = shingles("")
_NONE: repeat[tuple[int, ...]] = repeat(())  # dict.get's default, for map()

# SQLite-only: the bare columns beside min(id) come from the row of min(id), the first post
# of a hash (DISTINCT ON in PostgreSQL).
_FIRST_OF_HASHES = (
    "SELECT content_hash, min(id), coalesce(duplicate_of, id) FROM posts"
    " WHERE content_hash IN ({marks}) GROUP BY content_hash"
)
_BAND_MEMBERS = "SELECT band, post_id FROM post_bands WHERE band IN ({marks})"
_SHARING_TWO = (
    "SELECT post_id, count(*) FROM post_bands WHERE band IN ({marks})"
    " GROUP BY post_id HAVING count(*) > 1"
)
_SIGNATURES = "SELECT post_id, signature FROM post_signatures WHERE post_id IN ({marks})"
_TEXTS = (
    "SELECT posts.id, clean_text, coalesce(duplicate_of, posts.id), published_at, content_hash,"
    " date_source, sources.kind, sources.key"
    " FROM posts JOIN sources ON sources.id = posts.source_id WHERE posts.id IN ({marks})"
)
_PUBLISHED = "SELECT id, published_at, date_source FROM posts WHERE id IN ({marks})"
_FIND_FORWARD_ORIGIN = """
SELECT coalesce(posts.duplicate_of, posts.id) FROM posts
JOIN sources ON sources.id = posts.source_id
WHERE sources.kind = 'telegram' AND sources.key = ? AND posts.external_id = ?
"""


@dataclass(slots=True)
class Chunk:
    """What one chunk of ingest looks up once and then updates as it assigns posts."""

    by_hash: dict[str, int] = field(default_factory=dict)  # content hash -> root post id
    by_band: dict[int, list[int]] = field(default_factory=dict)  # band key -> post ids
    roots: dict[int, int] = field(default_factory=dict)  # post id -> its root
    shingles: dict[int, np.ndarray] = field(default_factory=dict)
    # post id -> its pairs as compared (fingerprint.compared: ё read as е), made when needed
    folded: dict[int, np.ndarray] = field(default_factory=dict)
    cores: dict[int, tuple[str, ...]] = field(default_factory=dict)  # dedup_core.core_words
    cut: dict[int, bool] = field(default_factory=dict)  # dedup_core.ends_cut
    # post id -> its text, when it has a "#": its lines of hashtags read when a new post has
    # some too (tags_of; most have none)
    tagged: dict[int, str] = field(default_factory=dict)
    tags: dict[int, frozenset[str]] = field(default_factory=dict)  # dedup_core.tag_line_words
    # post id -> its text, when it has a link: its documents' links read when a candidate is
    # as similar as a copy (links_of; document_links.py)
    linked: dict[int, str] = field(default_factory=dict)
    links: dict[int, Links] = field(default_factory=dict)
    published: dict[int, str] = field(default_factory=dict)  # as stored (ts)
    undated: set[int] = field(default_factory=set)  # posts whose time is their file's
    hashes: dict[int, str] = field(default_factory=dict)  # post id -> content hash
    sources: dict[int, tuple[str, str]] = field(default_factory=dict)  # post id -> kind, key
    signatures: dict[int, bytes] = field(default_factory=dict)  # b"": none stored
    crowded: set[int] = field(default_factory=set)  # stored bands of > CROWDED_BAND members
    # band key -> the chunk's own new originals in it (also in by_band): see Ahead
    added_bands: dict[int, list[int]] = field(default_factory=dict)
    # crowded bands of a post -> the stored posts sharing two or more of them, and how many
    crowded_shared: dict[tuple[int, ...], dict[int, int]] = field(default_factory=dict)

    def keep(
        self,
        pid: int,
        text: str,
        root_id: int,
        published: str,
        digest: str,
        date_source: str,
        source_kind: str,
        source_key: str,
    ) -> None:
        """A stored candidate's row, read for its exact check (either engine's loader)."""
        self.hashes[pid] = digest
        self.sources[pid] = (source_kind, source_key)
        self.cores[pid], self.shingles[pid], self.cut[pid] = core_parts(text)
        self._tagged(pid, text)
        self.dated(pid, published, date_source)
        self.roots[pid] = root_id

    def compared(self, pid: int) -> np.ndarray:
        """Candidate ``pid``'s word pairs as two posts are compared (fingerprint.compared)."""
        if (found := self.folded.get(pid)) is None:
            pairs = self.shingles.get(pid, _NO_SHINGLES)
            found = self.folded[pid] = compared(self.cores.get(pid, ()), pairs)
        return found

    def _tagged(self, pid: int, text: str) -> None:
        """Post ``pid``'s text kept for :meth:`tags_of` when it has a "#" and for
        :meth:`links_of` when it has a link (each read from this text, not one read before)."""
        self.tags.pop(pid, None)
        if "#" in text:
            self.tagged[pid] = text
        else:
            self.tagged.pop(pid, None)
        self.links.pop(pid, None)
        if "http" in text:
            self.linked[pid] = text
        else:
            self.linked.pop(pid, None)

    def tags_of(self, pid: int) -> frozenset[str]:
        """Candidate ``pid``'s hashtags of its lines of hashtags only (dedup_core.tag_line_words),
        read once."""
        if (found := self.tags.get(pid)) is None:
            found = self.tags[pid] = tag_line_words(self.tagged.get(pid, ""))
        return found

    def links_of(self, pid: int) -> Links:
        """Candidate ``pid``'s links to documents (document_links.py), read once."""
        if (found := self.links.get(pid)) is None:
            found = self.links[pid] = document_links(self.linked.get(pid, ""))
        return found

    def dated(self, pid: int, published: str, date_source: str) -> None:
        """When post ``pid`` was published, and whether that is only its file's time."""
        self.published[pid] = published
        if date_source == UNDATED:
            self.undated.add(pid)

    def own(self, pid: int, prepared: PreparedPost, root_id: int, published: str) -> None:
        """A post of this chunk just placed (either engine's writer, relink): later posts of
        the chunk compare with it as with a stored candidate, its cut included."""
        self.roots[pid] = root_id
        self.by_hash.setdefault(prepared.content_hash, root_id)
        self.shingles[pid] = prepared.shingles
        self.cores[pid] = prepared.core
        self.cut[pid] = prepared.cut
        self._tagged(pid, prepared.clean_text)
        self.dated(pid, published, prepared.post.date_source)
        self.hashes[pid] = prepared.content_hash
        self.sources[pid] = (prepared.post.source.kind, prepared.post.source.key)


@dataclass(slots=True)
class Ahead:
    """A new post's candidates among the stored posts, found for the whole chunk before its
    posts are assigned (:meth:`Linker.load_candidates`): :meth:`Linker.find_original` then
    adds only the chunk's own originals met since, instead of counting every band again."""

    shared: Counter[int]  # stored post -> bands it shares with the post
    candidates: list[int]  # most_shared(shared)
    plausible: list[int]  # plausible_of(candidates)
    # stored candidate -> its signature's estimate against the post's (those with one):
    # family_of's too, made once
    estimates: dict[int, float]


class Linker:
    """Finds the originals of new posts, on the writing connection of ``conn`` (inside the
    ingest's transaction: it sees the posts stored so far by it)."""

    def __init__(self, conn: Writes) -> None:
        self._conn = conn
        # Bands seen with more than CROWDED_BAND members -> how many they have at least (as
        # read, plus the originals this writer added since, minus the posts it removed): they
        # are not read again while that stays above CROWDED_BAND. A rollback clears it.
        self._crowded: dict[int, int] = {}

    def on(self, conn: Writes) -> Linker:
        """This linker working on ``conn`` (a write job's, :mod:`.inline`), sharing its
        crowded bands."""
        view = copy.copy(self)
        view._conn = conn
        return view

    def forget_crowded(self) -> None:
        """Bands were rolled back or rebuilt (relink, an unlink): any crowded band may have
        fallen back to CROWDED_BAND members or fewer."""
        self._crowded.clear()

    def added(self, bands: Iterable[int]) -> None:
        """The writer stored one new member in each of ``bands`` (distinct keys)."""
        crowded = self._crowded
        for band in bands:
            if band in crowded:
                crowded[band] += 1

    def dropped(self, bands: Iterable[int]) -> None:
        """A post was removed from each of ``bands`` (an edit, a re-rooting): a crowded one
        left with CROWDED_BAND members or fewer is read again when next met, the others stay
        known (before, every removal forgot them all, and an import that re-roots groups in
        most chunks read every crowded band it met in full again: at 700k posts, the biggest
        part of ingest)."""
        crowded = self._crowded
        for band in bands:
            left = crowded.get(band, 0) - 1
            if left > CROWDED_BAND:
                crowded[band] = left
            else:
                crowded.pop(band, None)

    async def load_candidates(
        self, state: Chunk, new: list[PreparedPost], threshold: float
    ) -> dict[int, Ahead]:
        """For the chunk's ``new`` posts (those that may be near copies), the stored posts
        sharing a band are fetched in one go rather than one query per post: first their
        signatures, then the text of those the signatures cannot rule out. Returns each
        post's :class:`Ahead`, by ``id()`` of the post (hashing a PreparedPost hashes all its
        fields, its text included)."""
        await self.load_bands(state, lookup_keys(new))
        await self.load_crowded(state, {crowded_of(p, state) for p in new})
        shares = [(p, shared_bands(p, state)) for p in new]
        chosen = [(p, shared, most_shared(shared)) for p, shared in shares]
        await self.load_signatures(state, {pid for _, _, c in chosen for pid in c})
        ahead = {}
        for p, shared, c in chosen:
            estimates = estimates_of(p, c, state)
            ahead[id(p)] = Ahead(shared, c, passing(c, estimates, threshold), estimates)
        await self.load_shingles(state, {pid for a in ahead.values() for pid in a.plausible})
        return ahead

    async def load_hashes(self, state: Chunk, hashes: set[str]) -> None:
        for part in parts(sorted(hashes)):
            sql = _FIRST_OF_HASHES.format(marks=marks(part))
            for h, pid, root in await self._conn.fetchall(sql, part):
                state.by_hash.setdefault(h, root)
                state.roots[pid] = root
        await self.load_published(state, state.by_hash.values())

    async def load_published(self, state: Chunk, ids: Iterable[int]) -> None:
        """When the posts ``ids`` were published (the roots an exact copy would join: a copy
        is one only within COPY_WINDOW of its root)."""
        for part in parts(sorted({pid for pid in ids if pid not in state.published})):
            sql = _PUBLISHED.format(marks=marks(part))
            for pid, published, date_source in await self._conn.fetchall(sql, part):
                state.dated(pid, published, date_source)

    async def load_bands(self, state: Chunk, band_keys: set[int]) -> None:
        """The stored members of the chunk's bands, but for crowded ones.

        In a large archive of posts that share phrasing (a common footer, a template), a few
        bands gather thousands of unrelated originals, and a post meeting one of them would
        have each of those read and estimated: most of the work of ingest at a million posts.
        A crowded band's members are therefore candidates only when they share a second band
        with the post (:meth:`load_crowded` for the crowded ones). A near copy at the
        threshold shares about four of the 16 bands, and all but 6% share two or more, so what
        is left out is a copy that shares exactly one band when that band is crowded.
        """
        state.crowded = band_keys & self._crowded.keys()
        for part in parts(sorted(band_keys - state.crowded)):
            sql = _BAND_MEMBERS.format(marks=marks(part))
            members: dict[int, list[int]] = {}
            for band, pid in await self._conn.fetchall(sql, part):
                members.setdefault(band, []).append(pid)
            self.learn_bands(state, members)

    def learn_bands(self, state: Chunk, members: dict[int, list[int]]) -> None:
        """The chunk's bands as read (band -> its stored members): a crowded one is
        remembered (read once, not again), the others' members are candidates."""
        for band, ids in members.items():
            if len(ids) > CROWDED_BAND:
                state.crowded.add(band)
                self._crowded[band] = len(ids)
            else:
                state.by_band[band] = ids

    async def load_crowded(self, state: Chunk, combos: set[tuple[int, ...]]) -> None:
        """For each set of crowded bands met (two or more), the stored posts sharing at least
        two of them, counted in SQLite without reading the members out."""
        for combo in sorted(c for c in combos if len(c) > 1 and c not in state.crowded_shared):
            sql = _SHARING_TWO.format(marks=marks(combo))
            state.crowded_shared[combo] = dict(await self._conn.fetchall(sql, combo))

    async def load_signatures(self, state: Chunk, ids: Iterable[int]) -> None:
        wanted = sorted(pid for pid in ids if pid not in state.signatures)
        for part in parts(wanted):
            sql = _SIGNATURES.format(marks=marks(part))
            state.signatures.update(await self._conn.fetchall(sql, part))
        for pid in wanted:
            state.signatures.setdefault(pid, b"")

    async def load_shingles(self, state: Chunk, ids: Iterable[int]) -> None:
        for part in parts(sorted(pid for pid in ids if pid not in state.shingles)):
            sql = _TEXTS.format(marks=marks(part))
            for row in await self._conn.fetchall(sql, part):
                state.keep(*row)

    async def find_original(
        self, prepared: PreparedPost, state: Chunk, threshold: float, ahead: Ahead | None = None
    ) -> tuple[int | None, str | None, float | None]:
        """The post this one copies, if any: its forward origin, an exact or a near copy.
        ``ahead``: its candidates among the stored posts, found already (the same answer,
        sooner)."""
        fwd = prepared.post.forwarded_from
        if fwd and fwd.source_key and fwd.external_id:
            row = await self._conn.fetchone(_FIND_FORWARD_ORIGIN, (fwd.source_key, fwd.external_id))
            if row:
                return int(row[0]), "forward", None
        root = hash_root(prepared, state)
        if root is not None:
            return root, "exact", 1.0
        candidates = _candidates_now(prepared, state, ahead)
        if not candidates:
            return None, None, None
        if ahead is None:
            await self.load_signatures(state, candidates)
            estimates = estimates_of(prepared, candidates, state)
            plausible = passing(candidates, estimates, threshold)
        elif candidates is ahead.candidates:  # loaded already
            estimates, plausible = ahead.estimates, ahead.plausible
        else:
            # Each candidate passes or not on its own signature: only the chunk's own
            # originals added since are estimated now.
            known, passed = set(ahead.candidates), set(ahead.plausible)
            added = [pid for pid in candidates if pid not in known]
            await self.load_signatures(state, added)
            estimates = estimates_of(prepared, added, state)
            passes = set(passing(added, estimates, threshold))
            plausible = [
                pid for pid in candidates if (pid in passed if pid in known else pid in passes)
            ]
            estimates.update(ahead.estimates)
        peers = prefix_peers(prepared, plausible, state)
        await self.load_shingles(state, [*plausible, *peers])
        matches: list[tuple[float, int]] = []
        templated = family_from(prepared, candidates, state, estimates) > 1
        mine: np.ndarray | None = None  # this post's pairs as compared, made at first need
        for pid in plausible:
            if _apart(prepared, pid, state):
                continue
            if prepared.short or len(state.cores.get(pid, ())) < MIN_WORDS:
                # A short post and its candidate share a key: the same words, or all but one.
                sim = 1.0 if one_word_apart(prepared.core, state.cores.get(pid, ())) else 0.0
            else:
                if mine is None:
                    mine = compared(prepared.core, prepared.shingles)
                other = state.compared(pid)
                sim = jaccard(mine, other)
                if sim < threshold:
                    sim = contained(mine, other) or _also_a_copy(prepared, pid, state, threshold)
            if sim >= threshold:
                matches.append((sim, pid))
        matches.extend(_previews(prepared, peers, state, threshold))
        best: tuple[float, int] | None = None
        # The most similar first; among equals, one with a hashtag of the post's (a copy
        # keeps its original's #Белгород where the same channel posted the text for #Курск
        # too; session 52), then the nearest in time (a preview cut inside a template's
        # shared words is contained in every statement of it: it was cut from the one just
        # published, not from last month's), then the order met.
        tags = tag_line_words(prepared.clean_text) if matches else frozenset()

        def order(m: tuple[float, int]) -> tuple[float, bool, float]:
            theirs = state.tags_of(m[1]) if tags else frozenset()
            return -m[0], bool(theirs and not tags & theirs), _gap(prepared, m[1], state)

        for sim, pid in sorted(matches, key=order):
            if not another_statement(prepared, pid, state, templated=templated, tags=tags):
                best = (sim, pid)
                break
        if best is None:
            return None, None, None
        sim, pid = best
        # A one-liner of the same text as the post it copies is still an exact copy.
        if state.hashes.get(pid) == prepared.content_hash:
            return state.roots.get(pid, pid), "exact", 1.0
        return state.roots.get(pid, pid), "near", round(sim, 4)


# Jaccard of word pairs at which another post is of the same family as this one: a template
# filled for another country shares its frame (about 0.6 for a three-slot readout), unrelated
# posts of one channel share a phrase or two (0.1-0.3).
FAMILY_SIMILARITY = 0.5


def sig_blob(sig: np.ndarray) -> bytes:
    """A :func:`archive.dedup.signature` as stored: little-endian uint32s (b"" for none)."""
    return sig.astype("<u4").tobytes()


def hash_root(prepared: PreparedPost, state: Chunk) -> int | None:
    """The root of the stored (or placed) posts of ``prepared``'s text, when it is an exact
    copy of them: not for a one-liner (its candidates decide, by time), nor when the root was
    published more than COPY_WINDOW from it (the same text again is another statement)."""
    root = state.by_hash.get(prepared.content_hash)
    if root is None or prepared.brief or _far_apart(prepared, root, state):
        return None
    return root


def _apart(prepared: PreparedPost, pid: int, state: Chunk) -> bool:
    """Whether ``prepared`` can be no copy of candidate ``pid`` for their times alone."""
    return _one_liners_apart(prepared, pid, state) or _far_apart(prepared, pid, state)


def _far_apart(prepared: PreparedPost, pid: int, state: Chunk) -> bool:
    """Whether the two were published more than COPY_WINDOW apart, both dated by their
    sources (or their text): a copy comes within days; an undated post's time is its file's."""
    published = state.published.get(pid)
    if published is None or pid in state.undated or prepared.post.date_source == UNDATED:
        return False
    return abs(parse_ts(published) - prepared.post.published_at) > COPY_WINDOW


def _one_liners_apart(prepared: PreparedPost, pid: int, state: Chunk) -> bool:
    """Whether ``prepared`` or candidate ``pid`` is a one-liner (fewer than BRIEF_WORDS core
    words) and the two were published more than SHORT_WINDOW apart: the same words on
    another day are another event ("🔴 LIVE: weekly briefing")."""
    if not prepared.brief and len(state.cores.get(pid, ())) >= BRIEF_WORDS:
        return False
    published = state.published.get(pid)
    return (
        published is not None
        and abs(parse_ts(published) - prepared.post.published_at) > SHORT_WINDOW
    )


def crowded_of(prepared: PreparedPost, state: Chunk) -> tuple[int, ...]:
    return tuple(sorted(b for b in prepared.bands if b in state.crowded))


def candidates_of(prepared: PreparedPost, state: Chunk) -> list[int]:
    """The indexed posts sharing a band with ``prepared`` (for a crowded band, two bands: see
    :meth:`Linker.load_bands`), ascending.

    When there are more than ``MAX_CANDIDATES`` (unrelated posts meet in some band), those
    sharing the most bands are kept, the most recent first among equals: a near copy at the
    threshold shares about four of the 16 bands, an unrelated post almost always one, so
    many bands of moderate size cannot push a true copy out, however old it is.
    """
    return most_shared(shared_bands(prepared, state))


def shared_bands(prepared: PreparedPost, state: Chunk) -> Counter[int]:
    """The indexed posts sharing a band with ``prepared`` (see :func:`candidates_of`), with
    how many bands each shares."""
    # The members chained and counted at C level (a generator's frame a member was most of
    # this function's time).
    shared = Counter(chain.from_iterable(map(state.by_band.get, prepared.bands, _NONE)))
    if state.crowded:
        shared.update(state.crowded_shared.get(crowded_of(prepared, state), {}))
    return shared


def most_shared(shared: Counter[int]) -> list[int]:
    """The posts of :func:`shared_bands` that :func:`candidates_of` keeps, ascending."""
    if len(shared) <= MAX_CANDIDATES:
        return sorted(shared)
    best = heapq.nlargest(MAX_CANDIDATES, shared.items(), key=lambda item: (item[1], item[0]))
    return sorted(pid for pid, _ in best)


def _candidates_now(prepared: PreparedPost, state: Chunk, ahead: Ahead | None) -> list[int]:
    """:func:`candidates_of` now: with ``ahead``, its stored candidates and the chunk's own
    originals added to the bands since (new ids, so the counts simply add up). The list of
    ``ahead`` itself when nothing was added."""
    if ahead is None:
        return candidates_of(prepared, state)
    added = list(chain.from_iterable(map(state.added_bands.get, prepared.bands, _NONE)))
    if not added:
        return ahead.candidates
    shared = ahead.shared.copy()
    shared.update(added)
    return most_shared(shared)


def plausible_of(
    prepared: PreparedPost, candidates: list[int], state: Chunk, threshold: float
) -> list[int]:
    """The ``candidates`` (ascending, signatures loaded) worth an exact check: those whose
    signature estimates a similarity within ``ESTIMATE_MARGIN`` of ``threshold`` (see
    :data:`archive.dedup.ESTIMATE_MARGIN` for the odds of ruling out a true near copy) or
    a contained one (:func:`archive.dedup.estimate_bar`), and those without a stored
    signature."""
    blobs = [state.signatures.get(pid, b"") for pid in candidates]
    known = [blob for blob in blobs if blob]
    if not known or not len(prepared.signature):  # a short post: its keys are its words
        return candidates
    others = np.frombuffer(b"".join(known), dtype="<u4").reshape(len(known), NUM_PERM)
    passes = iter(estimate_jaccard(prepared.signature, others) >= estimate_bar(threshold))
    return [pid for pid, blob in zip(candidates, blobs, strict=True) if not blob or next(passes)]


def estimates_of(prepared: PreparedPost, candidates: list[int], state: Chunk) -> dict[int, float]:
    """Each of ``candidates`` with a stored signature (loaded) -> the similarity its signature
    estimates with ``prepared``'s; empty when ``prepared`` has none (a short post). One
    candidate's estimate is its own row's: the same value whatever the others."""
    known = [pid for pid in candidates if state.signatures.get(pid, b"")]
    if not known or not len(prepared.signature):
        return {}
    others = np.frombuffer(b"".join(map(state.signatures.__getitem__, known)), dtype="<u4")
    found = estimate_jaccard(prepared.signature, others.reshape(len(known), NUM_PERM))
    return dict(zip(known, found.tolist(), strict=True))


def passing(candidates: list[int], estimates: dict[int, float], threshold: float) -> list[int]:
    """:func:`plausible_of` from the candidates' :func:`estimates_of`: all of them when
    none was estimated, else those without an estimate (no stored signature) and those
    estimated at :func:`archive.dedup.estimate_bar` or more."""
    if not estimates:
        return candidates
    bar = estimate_bar(threshold)
    return [pid for pid in candidates if estimates.get(pid, bar) >= bar]


def family_from(
    prepared: PreparedPost, candidates: list[int], state: Chunk, estimates: dict[int, float]
) -> int:
    """:func:`family_of` from estimates made already (:func:`estimates_of`, for every one of
    ``candidates`` with a stored signature)."""
    known = [pid for pid in candidates if state.signatures.get(pid, b"")]
    if len(known) < 2 or not len(prepared.signature):
        return len(known)
    return sum(estimates[pid] >= FAMILY_SIMILARITY for pid in known)


def lookup_keys(posts: Iterable[PreparedPost]) -> set[int]:
    """The band keys to read for ``posts``: their bands, and for each that is not itself a
    preview the key its previews are stored under (:func:`archive.fingerprint.preview_key`)."""
    keys = {b for p in posts for b in p.bands}
    keys.update(preview_key(p.core) for p in posts if not p.cut and len(p.core) >= MIN_WORDS)
    return keys


def prefix_peers(prepared: PreparedPost, plausible: list[int], state: Chunk) -> list[int]:
    """The posts that may be a preview of ``prepared`` (stored under its
    :func:`~archive.fingerprint.preview_key`), or, when ``prepared`` is a preview, those it may
    have cut (they start with its first :data:`MIN_WORDS` words, or those misspelt: its
    opening key, :func:`archive.dedup_keys.opening_key`), that
    the signature estimate ruled out: a 20-word preview of a 100-word statement is at a
    similarity near 0.2, far below the estimate's margin. Read with the bands (see
    :func:`lookup_keys`); a crowded key (an opening many posts share) brings none."""
    if len(prepared.core) < MIN_WORDS:
        return []
    if prepared.cut:
        key = opening_key(prepared.core, MIN_WORDS, b"opening")
    else:
        key = preview_key(prepared.core)
    kept = set(plausible)
    return [pid for pid in state.by_band.get(key, ()) if pid not in kept]


def _previews(
    prepared: PreparedPost, peers: list[int], state: Chunk, threshold: float
) -> list[tuple[float, int]]:
    """The :func:`prefix_peers` that are previews of ``prepared`` or it of them, as matches at
    ``threshold``. Unless they tell one story: peers of two stories starting with the
    preview's words are two statements it may have cut off, and it is linked to neither."""
    found = [
        pid
        for pid in peers
        if not _apart(prepared, pid, state) and _also_a_copy(prepared, pid, state, threshold)
    ]
    if len({state.roots.get(pid, pid) for pid in found}) > 1:
        # Unless one story's post is nearer in time than any other story's: a channel cuts
        # the statement it just read, not one of a month ago.
        gaps = {pid: _gap(prepared, pid, state) for pid in found}
        nearest = min(gaps.values())
        found = [pid for pid in found if gaps[pid] == nearest]
        if len({state.roots.get(pid, pid) for pid in found}) > 1:
            return []
    return [(threshold, pid) for pid in found]


def _gap(prepared: PreparedPost, pid: int, state: Chunk) -> float:
    """Seconds between ``prepared`` and candidate ``pid`` (0 when its time is not known)."""
    published = state.published.get(pid)
    if published is None:
        return 0.0
    return abs((parse_ts(published) - prepared.post.published_at).total_seconds())


def _also_a_copy(prepared: PreparedPost, pid: int, state: Chunk, threshold: float) -> float:
    """``threshold`` when candidate ``pid`` is a preview of ``prepared`` (or it of the
    candidate) or the same words misspelt (:func:`archive.similarity.also_a_copy`), else 0."""
    core = state.cores.get(pid, ())
    cut = state.cut.get(pid, False)
    if also_a_copy(prepared.core, core, prepared.cut, cut):
        return threshold
    # A copy with words added or dropped besides typos fixed or made: compared with them
    # mended (archive.similarity.typos_mended).
    mended = typos_mended(prepared.core, core)
    if mended is None or len(mended) < MIN_WORDS:
        return 0.0
    mine = sorted_unique(pair_hashes(fold_words(prepared.core)))
    theirs = sorted_unique(pair_hashes(mended))
    return threshold if max(jaccard(mine, theirs), contained(mine, theirs)) >= threshold else 0.0


def family_of(prepared: PreparedPost, candidates: list[int], state: Chunk) -> int:
    """How many ``candidates`` (signatures loaded) are of ``prepared``'s family: estimated
    at :data:`FAMILY_SIMILARITY` or more. More than one: ``prepared`` fills a template that
    other posts filled too, so a slot filled with other words is another statement
    (:func:`archive.similarity.substitution`). From the signatures alone, so the verdict
    does not depend on which candidates the estimate filter lets through."""
    known = [blob for blob in (state.signatures.get(pid, b"") for pid in candidates) if blob]
    if len(known) < 2 or not len(prepared.signature):
        return len(known)
    others = np.frombuffer(b"".join(known), dtype="<u4").reshape(len(known), NUM_PERM)
    return int(np.count_nonzero(estimate_jaccard(prepared.signature, others) >= FAMILY_SIMILARITY))
