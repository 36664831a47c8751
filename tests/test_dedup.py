"""MinHash signatures: the estimate that lets ingest skip most exact checks, and proof that
skipping them links the same duplicates."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest
from conftest import make_post

from tg_archiver.archive import dedup
from tg_archiver.archive.dedup import (
    ESTIMATE_MARGIN,
    NUM_PERM,
    band_keys,
    estimate_jaccard,
    jaccard,
    line_pair_hashes,
    pair_hashes,
    shingles,
    signature,
    signature_band_keys,
    sorted_unique,
)
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.inline import Writes

VOCABULARY = [f"w{i}" for i in range(400)]


def _text(rng: random.Random, n: int = 60) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(n))


def _changed(rng: random.Random, text: str, share: float) -> str:
    words = text.split()
    for i in range(len(words)):
        if rng.random() < share:
            words[i] = rng.choice(VOCABULARY)
    return " ".join(words)


def test_band_keys_are_those_of_the_signature_and_stay_as_stored() -> None:
    sh = shingles("one two three four five six seven eight nine")
    assert band_keys(sh) == signature_band_keys(signature(sh))
    # Keys stored in archives (migration 0005) must not change with the refactoring.
    assert band_keys(sh)[:2] == (7054118975029573002, -3357785604582605228)
    assert signature(shingles("too short")).size == 0 and band_keys(shingles("")) == ()


def test_word_pairs_hashed_from_the_word_cache_are_those_of_the_array_hash() -> None:
    # pair_hashes hashes a word once and keeps it; line_pair_hashes hashes every word of a
    # text in array operations. Stored band keys come from either: they must agree, for
    # words of every script and length, on a cold cache and a warm one.
    words = ["лавров", "met", "ß", "straße", "東京", "x_1", "2024", "é", "ё", "a" * 40, "🙂x"]
    rng = random.Random(5)
    for _ in range(3):
        text = [rng.choice(words + VOCABULARY[:20]) for _ in range(50)]
        assert pair_hashes(text).tolist() == line_pair_hashes("\n".join(text)).tolist()
    values = np.array([5, 1, 5, 9, 1, 0], dtype=np.uint64)
    assert sorted_unique(values).tolist() == np.unique(values).tolist() == [0, 1, 5, 9]
    assert sorted_unique(values).dtype == np.uint64


def test_new_words_hashed_together_are_hashed_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A batch's words missing from the cache are hashed in one array pass: the values of the
    # byte-by-byte definition, for words of every script and length, the empty word, and a
    # "word" with a newline (one by one); and the same pairs once the caches are emptied
    # mid-way (monkeypatched small), as written or case-folded.
    words = ["", "лавров", "Лавров", "ß", "STRASSE", "東京", "x_1", "ё", "a" * 700, "🙂x", "a\nb"]
    assert dedup._hashes_of(words) == [dedup._word_hash(w) for w in words]
    assert dedup._hashes_of(words[:-1]) == [dedup._word_hash(w) for w in words[:-1]]
    rng = random.Random(9)
    text = [rng.choice(words[1:-1] + [w.upper() for w in VOCABULARY]) for _ in range(300)]
    folded = [w.casefold() for w in text]
    expected = [dedup._word_hash(w) for w in folded]
    for cache in (3, 200_000):
        monkeypatch.setattr(dedup, "_WORD_CACHE", cache)
        for start in range(0, 300, 60):
            part = slice(start, start + 60)
            assert dedup._written_hash_array(text[part]).tolist() == expected[part]
            assert dedup._word_hash_array(folded[part]).tolist() == expected[part]


def test_signature_estimate_tracks_the_exact_jaccard() -> None:
    rng = random.Random(6)
    errors, near_misses = [], 0
    for _ in range(300):
        a = _text(rng)
        b = _changed(rng, a, rng.uniform(0.0, 0.5))
        sa, sb = shingles(a), shingles(b)
        exact = jaccard(sa, sb)
        estimate = float(estimate_jaccard(signature(sa), signature(sb)[None, :])[0])
        errors.append(estimate - exact)
        if exact >= 0.7 and estimate < 0.7 - ESTIMATE_MARGIN:
            near_misses += 1
    assert near_misses == 0
    assert abs(float(np.mean(errors))) < 0.02  # unbiased
    assert float(np.std(errors)) < 0.08  # about sqrt(J(1-J)/64) <= 0.0625


def test_estimate_of_identical_and_of_unrelated_texts() -> None:
    rng = random.Random(1)
    a, b = signature(shingles(_text(rng))), signature(shingles(_text(rng)))
    assert a.shape == (NUM_PERM,) and a.dtype == np.uint32
    assert estimate_jaccard(a, np.stack([a, b])).tolist()[0] == 1.0
    assert estimate_jaccard(a, np.stack([a, b])).tolist()[1] < 0.2


def test_estimate_is_the_share_of_agreeing_minimums_exactly() -> None:
    """The estimate counts (not averages floats): each value is the count of agreeing
    minimums over NUM_PERM to the last bit, for any number of rows, none included."""
    rng = np.random.default_rng(7)
    for rows in (0, 1, 2, 63, 200):
        sig = rng.integers(0, 9, NUM_PERM, dtype=np.uint32)
        others = rng.integers(0, 9, (rows, NUM_PERM), dtype=np.uint32)
        found = estimate_jaccard(sig, others)
        assert found.dtype == np.float64 and found.shape == (rows,)
        wanted = [
            sum(int(x) == int(y) for x, y in zip(row, sig, strict=True)) / NUM_PERM
            for row in others
        ]
        assert found.tolist() == wanted
    assert estimate_jaccard(np.empty(0, dtype=np.uint32), others).tolist() == [0.0] * 200


def _corpus() -> list[Post]:
    """Originals built from a few shared sentences (so bands are crowded, as in real channels)
    and other channels' copies of them with 2-30% of the words changed: pairs on both sides
    of 0.7. (A channel's own text again with words replaced is its next statement.)"""
    rng = random.Random(12)
    sentences = [_text(rng, 12) for _ in range(40)]
    posts: list[Post] = []
    for i in range(400):
        if posts and rng.random() < 0.4:
            source = rng.choice(posts[-200:]).text
            text = _changed(rng, source, rng.uniform(0.02, 0.3))
            reposter = SourceRef(kind="telegram", key=f"reposter-{i}")
            posts.append(make_post(i, text, day=1 + i // 20, source=reposter))
        else:
            text = " ".join(rng.sample(sentences, 3)) + " " + _text(rng, 20)
            posts.append(make_post(i, text, day=1 + i // 20))
    return posts


async def _duplicates(path: Path, *, newest_first: bool = False) -> list[tuple[object, ...]]:
    """The links of :func:`_corpus` ingested 100 posts a transaction; ``newest_first``: the
    last hundred first, so copies come before their originals and are re-rooted."""
    async with await Store.open(path) as store:
        options = PipelineOptions()
        posts = _corpus()
        if newest_first:
            posts = [p for start in range(300, -1, -100) for p in posts[start : start + 100]]
        for start in range(0, len(posts), 100):  # across transactions and within a chunk
            async with store.transaction():
                await store.ingest(
                    [prepare(p, options) for p in posts[start : start + 100]],
                    now=posts[0].published_at,
                )
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT id, duplicate_of, duplicate_kind, similarity FROM posts ORDER BY id"
        ).fetchall()


async def test_signature_filter_links_the_same_duplicates_as_checking_every_candidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[int] = []

    def counted(a: np.ndarray, b: np.ndarray) -> float:
        checks[-1] += 1
        return jaccard(a, b)

    monkeypatch.setattr("tg_archiver.archive.store.candidates.jaccard", counted)
    checks.append(0)
    filtered = await _duplicates(tmp_path / "filtered.db")
    # A bar under any estimate lets every candidate through to the exact check.
    monkeypatch.setattr("tg_archiver.archive.store.candidates.estimate_bar", lambda t: -1.0)
    checks.append(0)
    every = await _duplicates(tmp_path / "every.db")
    assert filtered == every
    assert sum(1 for r in every if r[2] == "near") >= 30  # the corpus does test something
    assert checks[0] < checks[1]  # and the signatures spared exact checks


def test_a_crowded_band_keeps_the_candidates_sharing_the_most_bands() -> None:
    # A post of an archive where unrelated posts share phrasing: 500 newer posts meet it in
    # one band each; an old post (id 7) shares four bands, as a near copy at the threshold
    # does. Past MAX_CANDIDATES, the old one stays a candidate; the rest are the most recent.
    from tg_archiver.archive.store import candidates as store

    post = prepare(
        make_post(1, "The sides reaffirmed their commitment to the strategic partnership " * 3),
        PipelineOptions(),
    )
    state = store.Chunk()
    crowded = list(range(1000, 1500))
    for n, band in enumerate(post.bands[:16]):  # the MinHash bands (then a prefix key)
        state.by_band[band] = crowded[n::16] + ([7] if n < 4 else [])
    found = store.candidates_of(post, state)
    assert len(found) == store.MAX_CANDIDATES and found == sorted(found)
    assert found[0] == 7 and found[1:] == crowded[-(store.MAX_CANDIDATES - 1) :]
    state.by_band = {post.bands[0]: [7, 1000, 1001]}
    assert store.candidates_of(post, state) == [7, 1000, 1001]  # uncrowded: every one


async def test_crowded_bands_link_the_same_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past CROWDED_BAND members a band's members are not read out; those sharing a second
    # band with the post stay candidates. At a limit of one member (every shared band of this
    # corpus of recurring sentences is crowded) the copies found are still the same.
    from tg_archiver.archive.store import candidates as store

    every = await _duplicates(tmp_path / "every.db")
    crowded: list[int] = []
    load = store.Linker.load_crowded

    async def counted(self: store.Linker, state: store.Chunk, combos: set[tuple[int, ...]]) -> None:
        crowded.append(len(state.crowded))
        await load(self, state, combos)

    monkeypatch.setattr(store, "CROWDED_BAND", 1)
    monkeypatch.setattr(store.Linker, "load_crowded", counted)
    assert await _duplicates(tmp_path / "crowded.db") == every
    assert sum(crowded) >= 10  # crowded bands were met, and left unread


async def test_re_rooting_keeps_the_crowded_bands_it_did_not_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Copies ingested before their originals are re-rooted, which takes the old roots out of
    # their bands. Before, that forgot every crowded band, and the next chunk read each one it
    # met in full again (at 700k posts, most of ingest). Now only a band that may have fallen
    # back to CROWDED_BAND members is read again: the same links, fewer band rows read.
    from tg_archiver.archive.store import candidates as store

    rows: list[int] = [0]
    load = store.Linker.load_bands

    class Counting:
        """The linker's connection, counting the band rows read through it."""

        def __init__(self, conn: Writes) -> None:
            self.conn = conn
            self.db = conn.db

        async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
            return await self.conn.fetchone(sql, params)

        async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
            found = await self.conn.fetchall(sql, params)
            rows[-1] += len(found)
            return found

    async def counted(self: store.Linker, state: store.Chunk, keys: set[int]) -> None:
        await load(self.on(Counting(self._conn)), state, keys)

    monkeypatch.setattr(store, "CROWDED_BAND", 4)
    monkeypatch.setattr(store.Linker, "load_bands", counted)
    kept = await _duplicates(tmp_path / "kept.db", newest_first=True)

    def forget_all(self: store.Linker, bands: Iterable[int]) -> None:
        self.forget_crowded()  # the old rule

    rows.append(0)
    with monkeypatch.context() as patched:
        patched.setattr(store.Linker, "dropped", forget_all)
        forgotten = await _duplicates(tmp_path / "forgotten.db", newest_first=True)
    assert kept == forgotten
    assert sum(1 for r in kept if r[2] == "near") >= 30  # copies were linked (and re-rooted)
    assert rows[0] < rows[1]


def test_a_crowded_band_is_read_again_once_removals_may_have_brought_it_down() -> None:
    from tg_archiver.archive.store import candidates as store

    linker = store.Linker(cast("Writes", None))
    linker._crowded[10] = store.CROWDED_BAND + 2  # as read
    linker.added([10, 11])  # one new member each (11 is not known crowded)
    linker.dropped([10, 10])
    assert 10 in linker._crowded and 11 not in linker._crowded  # 65 members at least
    linker.dropped([10])
    assert 10 not in linker._crowded  # perhaps CROWDED_BAND: read it again when met
