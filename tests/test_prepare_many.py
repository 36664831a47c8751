"""Posts prepared together (archive.pipeline.prepare_many: the fingerprints' array work for
a batch of posts at once, issue 21) get every field :func:`prepare` gives each alone, and
the word-pair hashes, MinHash signatures and band keys the per-post definitions in
archive/dedup.py give (what every stored archive holds)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import OPTIONS, make_post

import tg_archiver.archive.fingerprint as archive_fingerprint
from tg_archiver.archive.dedup import (
    MIN_WORDS,
    line_pair_hashes,
    signature,
    signature_band_keys,
    sorted_unique,
)
from tg_archiver.archive.dedup_keys import FLASH_WORDS, half_keys, opening_key
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.fingerprint import preview_key, short_keys
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PreparedPost, prepare, prepare_many, prepared_until
from tg_archiver.archive.prepare_ahead import prepared

REPO = Path(__file__).resolve().parent.parent
GENERATE = ("--posts", "400", "--seed", "3", "--out")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The bench corpus (copies, near copies, repeated bodies, Russian, hashtags)."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, "-m", "bench", "generate", *GENERATE, str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    with (out / "posts.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _corpus(records: list[dict[str, Any]], n: int) -> list[Post]:
    """The corpus's first ``n`` posts, and posts of every length a fingerprint treats apart."""
    posts = [
        Post(
            source=SourceRef("telegram", str(r["channel"]), title=r["channel_title"]),
            external_id=str(r["id"]),
            published_at=datetime.fromtimestamp(r["date"], UTC),
            text=r["text"],
            hashtags=tuple(r["hashtags"]),
        )
        for r in records[:n]
    ]
    odd = [
        "",
        "Single",
        "Коротко: встреча министров",  # short: short keys only
        "one two three four five six seven",  # one word short of shingles
        "one two three four five six seven eight",  # the fewest shingled
        "The talks of the ministers in Astana went on today…",  # a brief preview
        "Ёлки и ёжики: Лавров провёл переговоры с министром иностранных дел Турции",
        "#SCO #ШОС\n\nSubscribe: t.me/mfa",
        "word " * 3000,  # one shingle, many times
    ]
    return posts + [make_post(10_000 + i, text) for i, text in enumerate(odd)]


def _fields(p: PreparedPost) -> tuple[object, ...]:
    return (
        p.post,
        p.clean_text,
        p.content_hash,
        p.tags,
        p.search_stems,
        p.core,
        p.cut,
        p.bands,
        p.shingles.dtype.str,
        p.shingles.tolist(),
        p.signature.dtype.str,
        p.signature.tolist(),
    )


def test_a_batch_gives_every_field_of_each_post_alone(records: list[dict[str, Any]]) -> None:
    posts = _corpus(records, 400)
    together = prepare_many(posts, OPTIONS)
    assert [_fields(p) for p in together] == [_fields(prepare(p, OPTIONS)) for p in posts]
    streamed = list(prepared(posts, OPTIONS, "here"))
    assert [_fields(p) for p in streamed] == [_fields(p) for p in together]


def test_a_batch_gives_the_per_post_hashes_signatures_and_bands(
    records: list[dict[str, Any]],
) -> None:
    # The definitions stored archives were made with, one post at a time.
    posts = _corpus(records, 300)
    shingled = 0
    for p in prepare_many(posts, OPTIONS):
        core = list(p.core)
        if len(core) < MIN_WORDS:
            assert not len(p.shingles) and not len(p.signature)
            assert p.bands == (short_keys(core) if core else ())
            continue
        shingled += 1
        expected = sorted_unique(line_pair_hashes("\n".join(core).casefold()))
        assert p.shingles.dtype == np.uint64 and p.shingles.tolist() == expected.tolist()
        sig = signature(expected)
        assert p.signature.dtype == np.uint32 and p.signature.tolist() == sig.tolist()
        bands = (*signature_band_keys(sig), opening_key(core, MIN_WORDS, b"opening"))
        if p.cut:
            bands = (*bands, preview_key(core))
        if len(core) < archive_fingerprint.BRIEF_WORDS:
            bands = tuple(sorted({*bands, *short_keys(core)}))
        elif len(core) <= FLASH_WORDS:
            bands = (*bands, *half_keys(core))
        assert p.bands == bands
    assert shingled > 250


def test_batches_split_by_words_give_the_same(
    records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    posts = _corpus(records, 120)
    whole = [_fields(p) for p in prepare_many(posts, OPTIONS)]
    monkeypatch.setattr(archive_fingerprint, "_BATCH_WORDS", 500)  # a post or a few a batch
    assert [_fields(p) for p in prepare_many(posts, OPTIONS)] == whole


def test_a_refused_post_ends_the_batch_after_the_posts_before_it(
    records: list[dict[str, Any]],
) -> None:
    posts = _corpus(records, 40)
    posts[25] = make_post(25, "bad\x00")
    done, error = prepared_until(posts, OPTIONS)
    assert [_fields(p) for p in done] == [_fields(prepare(p, OPTIONS)) for p in posts[:25]]
    assert str(error) == "post 25: text contains a NUL character"
    with pytest.raises(InputError) as raised:
        prepare_many(posts, OPTIONS)
    assert str(raised.value) == "post 25: text contains a NUL character"
    streamed = prepared(posts, OPTIONS, "here")
    assert [p.post for _, p in zip(range(25), streamed, strict=False)] == posts[:25]
    with pytest.raises(InputError) as raised:
        next(streamed)
    assert str(raised.value) == "here: post 25: text contains a NUL character"
