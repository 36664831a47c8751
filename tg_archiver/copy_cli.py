"""``tg-archiver copy --to PATH_OR_URL`` / ``--from PATH_OR_URL``: the configured archive
copied to another engine, or another archive copied into it (:mod:`archive.store.copy`).

Kept apart from :mod:`tg_archiver.cli`, which imports this module inside its ``copy``
command only. Progress goes to standard error: a bar per table on a terminal, and a line per
table always, so a log of a long copy shows how far it got.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from tg_archiver.archive.config import Config
from tg_archiver.archive.database_url import Location
from tg_archiver.archive.errors import ArchiverError, InputError, Interrupted
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.copy import CopyReport, Progress, copy_archive
from tg_archiver.archive.store.copy_lock import held_file
from tg_archiver.archive.store.copy_sides import side_of
from tg_archiver.archive.store.discard import discard_if_empty
from tg_archiver.output import JOURNALS


async def cmd_copy(store: Store, config: Config, args: argparse.Namespace) -> int:
    other_location = args.to if args.to is not None else args.source
    if isinstance(other_location, Path):
        if args.source is not None and not other_location.exists():
            # It was made, empty, and "copied 0 rows ... equal".
            raise InputError(f"no archive at {other_location}")
        if args.to is not None and other_location.name.endswith(JOURNALS):
            # An archive's -wal is deleted by SQLite when the archive closes: the copy with it.
            raise InputError(
                f"{other_location} is a SQLite journal file's name: copy to an archive's own"
                " name (archive.db), not its -wal, -shm or -journal"
            )
    made = (
        args.to is not None
        and isinstance(other_location, Path)
        and not other_location.exists()
        and not other_location.is_symlink()
    )
    # One copy into a SQLite file at a time (archive.store.copy_lock): held from before the
    # copy opens it until after it closed it. Another copy's refusal comes here, before the
    # `try`: what that copy is writing is never discarded as this one's.
    held: AbstractContextManager[None] = nullcontext()
    if (
        args.to is not None
        and isinstance(other_location, Path)
        and not _is_own(store, other_location)
    ):
        held = held_file(other_location)
    with held:
        try:
            await _copy(store, other_location, args)
        except ArchiverError as e:
            # Refused before a row was copied (a source this version cannot copy): the target
            # this command made is not left behind, empty. An interrupted copy is left to go on.
            if made and not isinstance(e, Interrupted):
                discard_if_empty(other_location)
            raise
    return 0


def _is_own(store: Store, path: Path) -> bool:
    """``path`` is the open archive's own file (refused as the target of its own copy): not
    locked, since closing the lock's descriptor would drop this process's SQLite locks on it."""
    return store.engine == "sqlite" and path.resolve() == store.path.resolve()


async def _copy(store: Store, other_location: Location, args: argparse.Namespace) -> None:
    # The target may hold an unfinished copy of this source: the copy goes on with it.
    async with await Store.open(other_location, unfinished_copy=args.to is not None) as other:
        source, target = (store, other) if args.to is not None else (other, store)
        print(f"copying {source.location} -> {target.location}", file=sys.stderr)
        try:
            report = await copy_archive(
                side_of(source.connection),
                side_of(target.connection),
                progress=_progress(sys.stderr.isatty()),
            )
        except asyncio.CancelledError:
            # Ctrl-C: the batches copied are committed and the target is marked unfinished
            # (archive.store.copy), which every other command refuses: say so, and how on.
            if (task := asyncio.current_task()) is not None:
                task.uncancel()  # the error says what happened
            raise Interrupted(
                f"{target.location} holds an unfinished copy: run the same copy again to finish it"
            ) from None
        _summary(report, source.location, target.location)


def _progress(bar: bool) -> Progress:
    """A line on standard error as each table starts and ends (with where a resumed copy
    took up), and a tqdm bar between on a terminal."""
    bars: dict[str, Any] = {}

    def report(table: str, done: int, total: int) -> None:
        if table not in bars:
            resumed = f", {done} already there" if done else ""
            print(f"copy {table}: {total} rows{resumed}", file=sys.stderr)
            bars[table] = None
            if bar and total:
                from tqdm import tqdm

                bars[table] = tqdm(total=total, initial=done, unit=" rows", file=sys.stderr)
            return
        if bars[table] is not None:
            bars[table].update(done - bars[table].n)
            if done >= total:
                bars[table].close()

    return report


def _summary(report: CopyReport, source: str, target: str) -> None:
    posts, took = report.rows.get("posts", 0), report.copy_seconds
    rate = f", {posts / took:.0f} posts/s" if took > 0 and posts else ""
    again = " (went on from an earlier run)" if report.resumed else ""
    print(f"copied {report.total} rows ({posts} posts) in {took:.1f} s{rate}{again}")
    print(
        f"verified {len(report.checks)} tables in {report.verify_seconds:.1f} s: row counts"
        f" and content hashes (md5) of {source} and {target} are equal"
    )
