"""``python -m bench media``: media-store throughput for many small files, and what dedup saves.

Two measurements, on a seeded set of small files (photo-sized, 8 to 64 KiB) of which a share
are re-posts (the same bytes again, as when ten channels post one infographic):

- *store*: :meth:`LocalMediaFiles.write` of every file (hash while streaming, temporary file,
  fsync, rename), files/s and MiB/s;
- *import*: a Telegram Desktop export holding those files as ``photos/``, imported by the real
  ``import`` path (posts, then each file linked and copied), posts/s; then ``media verify``
  re-hashing every kept file, files/s.

The space line compares the bytes the posts reference with the bytes on disk.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tg_archiver.archive.ingest import import_paths
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles, media_root
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaStore

MIB = 1024 * 1024
CHANNEL_ID = 1000000001


def add_parser(sub: Any) -> None:
    m = sub.add_parser("media", help="media-store throughput (small files) and dedup savings")
    m.add_argument("--files", type=int, default=10_000, help="files (posts) (default 10000)")
    m.add_argument(
        "--reposts", type=float, default=0.3, help="share of files that repeat another (0.3)"
    )
    m.add_argument("--seed", type=int, default=1)
    m.add_argument("--work", type=Path, default=Path("bench-out/media"), help="scratch folder")
    m.add_argument("--json", type=Path, help="also write the results as JSON to this file")


def make_files(n: int, reposts: float, seed: int) -> list[bytes]:
    """``n`` files, a ``reposts`` share of them copies of earlier ones."""
    rng = random.Random(seed)
    files: list[bytes] = []
    for i in range(n):
        if files and rng.random() < reposts:
            files.append(files[rng.randrange(len(files))])
        else:
            size = rng.randrange(8 * 1024, 64 * 1024)
            files.append(i.to_bytes(8, "big") + rng.randbytes(size - 8))
    return files


def write_export(folder: Path, files: list[bytes], seed: int = 1) -> Path:
    """A channel export with one photo post per file. Each caption is its own words, so the
    near-duplicate search finds nothing to verify: the figure is the media's, not dedup's."""
    (folder / "photos").mkdir(parents=True)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rng = random.Random(seed)
    messages = []
    for i, data in enumerate(files, start=1):
        caption = f"Photo {i}: " + " ".join(f"w{rng.randrange(10**9)}" for _ in range(12))
        name = f"photos/photo_{i}@01-01-2024_00-00-00.jpg"
        (folder / name).write_bytes(data)
        date = start + timedelta(minutes=i)
        messages.append(
            {
                "id": i,
                "type": "message",
                "date": date.replace(tzinfo=None).isoformat(),
                "date_unixtime": str(int(date.timestamp())),
                "from": "Bench MFA",
                "from_id": f"channel{CHANNEL_ID}",
                "photo": name,
                "photo_file_size": len(data),
                "width": 1280,
                "height": 720,
                "text": caption,
                "text_entities": [{"type": "plain", "text": caption}],
            }
        )
    chat = {"name": "Bench MFA", "type": "public_channel", "id": CHANNEL_ID, "messages": messages}
    (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False), encoding="utf-8")
    return folder


def bench_store(files: list[bytes], root: Path) -> dict[str, float]:
    store = LocalMediaFiles(root)
    began = time.perf_counter()
    for data in files:
        store.write([data])
    took = time.perf_counter() - began
    total = sum(len(d) for d in files)
    return {"seconds": took, "files_per_s": len(files) / took, "mib_per_s": total / MIB / took}


async def import_text_only(export: Path, db: Path) -> float:
    """Seconds to import the export's posts with ``[media] enabled = false``."""
    async with await Store.open(db) as store:
        began = time.perf_counter()
        await import_paths(store, [export], PipelineOptions(), media=MediaConfig(enabled=False))
        return time.perf_counter() - began


async def bench_import(export: Path, db: Path) -> dict[str, Any]:
    text_only = await import_text_only(export, db.with_name("text-only.db"))
    async with await Store.open(db) as store:
        began = time.perf_counter()
        report = await import_paths(store, [export], PipelineOptions())
        took = time.perf_counter() - began
        media = MediaStore(store)
        count, on_disk, referenced = await media.totals()
        files = LocalMediaFiles(media_root(db))
        kept = await media.files()
        began = time.perf_counter()
        bad = sum(files.health(sha, size) != "ok" for sha, size in kept)
        verify = time.perf_counter() - began
    return {
        "seconds": took,
        "text_only_seconds": text_only,
        "posts_per_s": report.total.added / took,
        # The media part of the import alone: what it adds to the text-only import.
        "media_files_per_s": report.media.kept / (took - text_only) if took > text_only else 0.0,
        "kept": report.media.kept,
        "already_kept": report.media.already_kept,
        "files_on_disk": count,
        "bytes_referenced": referenced,
        "bytes_on_disk": on_disk,
        "verify_seconds": verify,
        "verify_files_per_s": len(kept) / verify if verify else 0.0,
        "verify_bad": bad,
    }


def run_media(args: argparse.Namespace) -> int:
    work: Path = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    files = make_files(args.files, args.reposts, args.seed)
    print(f"{len(files):,} files, {sum(map(len, files)) / MIB:.1f} MiB", file=sys.stderr)
    store = bench_store(files, work / "store")
    export = write_export(work / "export", files, args.seed)
    imported = asyncio.run(bench_import(export, work / "archive.db"))
    saved = imported["bytes_referenced"] - imported["bytes_on_disk"]
    share = saved / imported["bytes_referenced"] if imported["bytes_referenced"] else 0.0
    print(f"media store, {len(files):,} small files ({args.reposts:.0%} re-posts)")
    print(
        f"  write (hash, fsync, rename)   {store['files_per_s']:>9,.0f} files/s"
        f"  {store['mib_per_s']:>7.1f} MiB/s"
    )
    print(
        f"  import export with photos/    {imported['posts_per_s']:>9,.0f} posts/s"
        f"  ({imported['seconds']:.1f} s)"
    )
    print(
        f"  of which the files             {imported['media_files_per_s']:>9,.0f} files/s"
        f"  ({imported['seconds'] - imported['text_only_seconds']:.1f} s over the text-only"
        f" import's {imported['text_only_seconds']:.1f} s)"
    )
    print(f"  media verify (re-hash)        {imported['verify_files_per_s']:>9,.0f} files/s")
    print(
        f"  space: referenced {imported['bytes_referenced'] / MIB:.1f} MiB, on disk"
        f" {imported['bytes_on_disk'] / MIB:.1f} MiB in {imported['files_on_disk']:,} files,"
        f" saved by dedup {saved / MIB:.1f} MiB ({share:.0%})"
    )
    if args.json:
        args.json.write_text(json.dumps({"store": store, "import": imported}, indent=1))
    return 0
