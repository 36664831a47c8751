"""``tg-archiver media verify|stats|fetch``: the archive's kept files, checked, counted, completed.

Kept apart from :mod:`tg_archiver.cli` (which registers these through :func:`add_parser` and
:func:`cmd_media`) so the command line stays a list of small commands.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Any

from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.media_files import LocalMediaFiles, media_root, relative_path
from tg_archiver.archive.media_store import MediaStore
from tg_archiver.archive.store import Store

log = logging.getLogger(__name__)

MIB = 1_048_576


def add_parser(sub: Any) -> None:
    p = sub.add_parser("media", help="the kept media files: verify, stats, fetch")
    what = p.add_subparsers(dest="media_command", required=True, metavar="ACTION")
    what.add_parser("verify", help="re-hash every kept file; report missing or damaged ones")
    what.add_parser("stats", help="space per kind and per channel, and what dedup saved")
    what.add_parser("fetch", help="download what is pending, or skipped under an older limit")


async def cmd_media(store: Store, config: Config, args: argparse.Namespace) -> int:
    files = LocalMediaFiles(media_root(store.path))
    media = MediaStore(store)
    if args.media_command == "verify":
        return await _verify(media, files)
    if args.media_command == "stats":
        return await _stats(media, files)
    return await _fetch(store, config, files)


async def _verify(media: MediaStore, files: LocalMediaFiles) -> int:
    kept = await media.files()
    bad = 0
    for sha256, size in kept:
        health = await asyncio.to_thread(files.health, sha256, size)
        if health == "ok":
            continue
        bad += 1
        ids = ", ".join(str(p) for p in await media.posts_of_file(sha256))
        print(f"{health}: {relative_path(sha256)} (posts {ids or 'none'})")
    ok = len(kept) - bad
    print(f"verified {len(kept)} files in {files.root}: {ok} ok, {bad} missing or damaged")
    return 1 if bad else 0


async def _stats(media: MediaStore, files: LocalMediaFiles) -> int:
    count, on_disk, without_dedup = await media.totals()
    print(f"media folder  {files.root}")
    print(
        f"files         {count}, {on_disk / MIB:.1f} MiB (without dedup {without_dedup / MIB:.1f}"
        f" MiB, saved {(without_dedup - on_disk) / MIB:.1f} MiB)"
    )
    kinds = await media.by_kind()
    if kinds:
        print("by kind       kept pending skipped failed    MiB")
    for k in kinds:
        print(
            f"  {k.kind:<11} {k.kept:>4} {k.pending:>7} {k.skipped:>7} {k.failed:>6}"
            f" {k.bytes / MIB:>6.1f}"
        )
    sources = await media.by_source()
    if sources:
        print("by channel    files    MiB")
    for s in sources:
        print(f"  {s.source[:40]:<40} {s.kept:>5} {s.bytes / MIB:>6.1f}")
    return 0


async def _fetch(store: Store, config: Config, files: LocalMediaFiles) -> int:
    tg = config.telegram
    if not tg.has_api:
        raise InputError(
            "media fetch needs Telegram: set telegram.api_id and telegram.api_hash (or"
            " TG_API_ID and TG_API_HASH) and log in once with `tg-archiver login`"
        )
    if not tg.session.exists():
        raise InputError(
            f"media fetch needs a user session ({tg.session}): run `tg-archiver login` first"
        )
    from tg_archiver.bot.media import fetch_with_client
    from tg_archiver.bot.telegram import build_client

    client = build_client(tg, bot=False)
    await client.connect()
    try:
        if not await client.is_user_authorized():
            raise InputError("media fetch: the session is not logged in; run `tg-archiver login`")
        states = await fetch_with_client(store, client, config.media, files)
    finally:
        await client.disconnect()
    done = ", ".join(f"{n} {state}" for state, n in sorted(states.items())) or "nothing to fetch"
    print(f"media fetch: {done}")
    return 1 if states.get("failed") else 0
