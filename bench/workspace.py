"""The bench's work folder: corpora generated once and reused, fresh archive files, and the
progress lines on standard error."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from bench.corpus import generate
from tg_archiver.archive.models import Media, Post, SourceRef

REPO = Path(__file__).resolve().parent.parent
MIGRATIONS = REPO / "tg_archiver" / "migrations"


def ensure_corpus(work: Path, posts: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The corpus for (posts, seed) under ``work``, generated once and then reused."""
    folder = work / f"corpus-{posts}-s{seed}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text())
        from bench.corpus import FORMAT_VERSION

        if data.get("format") == FORMAT_VERSION:
            return folder, data
    say(f"generating {posts:,} posts in {folder}")
    return folder, generate(folder, posts=posts, seed=seed, log=sys.stderr)


def read_corpus(folder: Path) -> Iterator[Post]:
    """The corpus's posts as the Telegram Desktop importer makes them, in publication order."""
    with (folder / "posts.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            media = ()
            if "photo" in r:
                media = (Media("photo", r["photo"].rsplit("/", 1)[-1], r["photo_size"]),)
            yield Post(
                source=SourceRef("telegram", str(r["channel"]), title=r["channel_title"]),
                external_id=str(r["id"]),
                published_at=datetime.fromtimestamp(r["date"], UTC),
                text=r["text"],
                author=r["channel_title"],
                hashtags=tuple(r["hashtags"]),
                media=media,
            )


T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path
