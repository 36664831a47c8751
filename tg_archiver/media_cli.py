"""``tg-archiver media verify|stats|fetch``: the archive's kept files, checked, counted, completed.

Kept apart from :mod:`tg_archiver.cli` (which imports this module inside its ``media`` and
``export`` commands only, so ``--help`` and ``search`` load none of it; the arguments are
:mod:`tg_archiver.cli_args`') so the command line stays a list of small commands.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inputfiles import LINK_LOOP, link_loop
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_export import (
    MediaLinks,
    has_kept_files,
    sqlite_kept_of,
    taken_back,
)
from tg_archiver.archive.media_files import LocalMediaFiles, relative_path
from tg_archiver.archive.stopping import StopFlag
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.connection import Connection
from tg_archiver.archive.store.media import MediaStore, blocking_reader, media_store

log = logging.getLogger(__name__)

MIB = 1_048_576
_T = TypeVar("_T")


async def cmd_media(store: Store, config: Config, args: argparse.Namespace) -> int:
    files = LocalMediaFiles(config.media.folder_for(store.where))
    media = media_store(store)
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
    from tg_archiver.bot.clients import build_client
    from tg_archiver.bot.media import fetch_with_client

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


class ExportMedia:
    """What ``export`` does with kept files (see :mod:`archive.media_export`): opened in the
    export's worker thread, on a read connection of that thread."""

    def __init__(
        self, store: Store, args: argparse.Namespace, rules: MediaConfig | None = None
    ) -> None:
        """Made on the store's event loop (a PostgreSQL store's look-ups hop back to it)."""
        if args.with_media and args.format not in ("jsonl", "csv", "html"):
            raise InputError("--with-media works with --format jsonl, csv or html")
        if args.embed and args.format != "html":
            raise InputError("--embed works with --format html")
        self._store = store
        self._media_dir = (rules or MediaConfig()).folder_for(store.where)
        self._loop = asyncio.get_running_loop()
        self._copy_dir: Path | None = args.with_media
        if self._copy_dir is not None and link_loop(self._copy_dir):
            raise InputError(f"cannot copy media files to {self._copy_dir}: {LINK_LOOP}")
        self._embed: bool = args.embed
        output = args.output
        to_file = output is not None and output != "-" and not Path(output).is_char_device()
        # realpath, not Path.resolve: a loop of links as -o raised RuntimeError here (a
        # traceback); realpath leaves it, and writing refuses it in one line (output.py).
        self._page_dir = Path(os.path.realpath(output)).parent if to_file else Path.cwd()
        self.links: MediaLinks | None = None

    def open(self) -> MediaLinks | None:
        """The links for this export, or None when the archive keeps no file (in the
        export's worker thread)."""
        copy_dir = self._copy_dir.resolve() if self._copy_dir is not None else None
        engine = self._store.connection
        if not isinstance(engine, Connection):
            from tg_archiver.archive.store.media_pg import PgMediaStore

            media = PgMediaStore(engine)
            if not self._on_loop(media.any_kept()):
                return None

            def kept_of(post_ids: Sequence[int]) -> list[tuple[int, str, str]]:
                return self._on_loop(media.kept_of(post_ids))

            self.links = MediaLinks(
                kept_of,
                self._media_dir,
                page_dir=self._page_dir,
                copy_dir=copy_dir,
                embed=self._embed,
            )
            return self.links
        # Read-only; used by one thread at a time, but the JSON Lines path reads ahead in a
        # thread of its own (archive.readahead), not the one that opens it.
        conn = blocking_reader(self._store)
        if not has_kept_files(conn):
            conn.close()
            return None
        self.links = MediaLinks(
            sqlite_kept_of(conn),
            self._media_dir,
            page_dir=self._page_dir,
            copy_dir=copy_dir,
            embed=self._embed,
            close=conn.close,
        )
        return self.links

    def _on_loop(self, step: Coroutine[Any, Any, _T]) -> _T:
        """Run a PostgreSQL look-up on the store's event loop, from the export's thread."""
        return asyncio.run_coroutine_threadsafe(step, self._loop).result()

    def copy(self, stop: StopFlag) -> None:
        """Copy the referenced files (``--with-media``), once the export is written whole.

        Not before: an export that Ctrl-C stopped copies none, nor one whose reader went
        away (``export | head``: the posts these files belong to never reached it). Ctrl-C
        during the copy stops it, and it is taken back (``MediaLinks.copy_referenced``;
        :meth:`left` says so)."""
        if self.links is None or self._copy_dir is None:
            return
        copied, missing = self.links.copy_referenced(self._copy_dir, stop)
        note = f", {missing} missing from the media folder" if missing else ""
        print(f"copied {copied} media files to {self._copy_dir}{note}", file=sys.stderr)

    def left(self) -> str | None:
        """What an export stopped by Ctrl-C left in the ``--with-media`` folder, for the
        line that says it stopped (None without ``--with-media``)."""
        if self._copy_dir is None:
            return None
        return taken_back(self.links.removed if self.links else 0, self._copy_dir)

    def close(self) -> None:
        """Close the look-up's connection (in the thread that opened the links)."""
        if self.links is not None:
            self.links.close()
