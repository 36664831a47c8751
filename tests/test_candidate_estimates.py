"""A candidate's signature estimate made once a post (issue 21): the estimate filter and the
family count read from :func:`estimates_of` give what :func:`plausible_of` and
:func:`family_of` give from the signatures each time; and the content hash's reuse of the
boilerplate pass's casefold never hashes another text's fold."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import OPTIONS, make_post

from tg_archiver.archive.cleaning import content_hash, drop_boilerplate, fold_for_hash
from tg_archiver.archive.dedup import NUM_PERM
from tg_archiver.archive.pipeline import PreparedPost, prepare
from tg_archiver.archive.store.candidates import (
    Chunk,
    estimates_of,
    family_from,
    family_of,
    passing,
    plausible_of,
    sig_blob,
)

LONG = (
    "The foreign ministers of the group met in Geneva on Tuesday to discuss the draft "
    "agreement on regional security, trade corridors and the exchange of prisoners, and "
    "agreed to meet again next month in Vienna."
)


def _post(text: str) -> PreparedPost:
    return prepare(make_post(1, text), OPTIONS)


def _chunk(mine: np.ndarray, rng: np.random.Generator) -> tuple[Chunk, list[int]]:
    """Candidates 1..60: some with no stored signature, some the post's own with a share of
    its minimums changed (estimates across the filter's bar and the family's), the rest
    unrelated."""
    state = Chunk()
    for pid in range(1, 61):
        if pid % 7 == 0:
            state.signatures[pid] = b""
            continue
        sig = mine.copy() if pid % 3 else rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        changed = rng.choice(NUM_PERM, size=int(rng.integers(0, NUM_PERM)), replace=False)
        sig[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
        state.signatures[pid] = sig_blob(sig)
    return state, list(range(1, 61))


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.85])
def test_estimates_once_give_the_filter_and_the_family_count(threshold: float) -> None:
    prepared = _post(LONG)
    assert len(prepared.signature) == NUM_PERM
    rng = np.random.default_rng(21)
    state, candidates = _chunk(prepared.signature, rng)
    for subset in (candidates, candidates[:1], candidates[6:8], candidates[::5], []):
        estimates = estimates_of(prepared, subset, state)
        assert passing(subset, estimates, threshold) == plausible_of(
            prepared, subset, state, threshold
        )
        assert family_from(prepared, subset, state, estimates) == family_of(prepared, subset, state)
    # Estimates made apart for two parts of the candidates (find_original's candidates
    # added since load_candidates) serve the whole list alike.
    whole = estimates_of(prepared, candidates[:30], state)
    whole.update(estimates_of(prepared, candidates[30:], state))
    assert whole == estimates_of(prepared, candidates, state)
    assert family_from(prepared, candidates, state, whole) == family_of(prepared, candidates, state)
    assert 1 < family_of(prepared, candidates, state) < len(whole)  # some, not all


def test_a_short_post_without_signature_passes_every_candidate() -> None:
    prepared = _post("Breaking: talks resume")
    assert not len(prepared.signature)
    state, candidates = _chunk(np.zeros(NUM_PERM, dtype=np.uint32), np.random.default_rng(3))
    estimates = estimates_of(prepared, candidates, state)
    assert estimates == {}
    assert passing(candidates, estimates, 0.7) == candidates
    assert family_from(prepared, candidates, state, estimates) == family_of(
        prepared, candidates, state
    )


def test_the_hash_reads_the_remembered_fold_only_for_that_very_text() -> None:
    text = "Talks RESUME in Geneva\nStraße ΣΊΣΥΦΟΣ"
    drop_boilerplate(text, ())
    assert fold_for_hash(text) == " ".join(text.casefold().split())
    # An equal text that is another string object, and another text, are folded anew.
    other = "".join(["Talks RESUME in Geneva\n", "Straße ΣΊΣΥΦΟΣ"])
    assert other is not text
    assert fold_for_hash(other) == fold_for_hash(text)
    assert fold_for_hash("Another POST") == "another post"
    assert content_hash("Another POST") == content_hash("another  post")
