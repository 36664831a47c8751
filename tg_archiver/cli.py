"""The ``tg-archiver`` command line: the one entry point for people and for tests.

Each command parses its arguments, calls the archive, and prints. Errors are mapped to exit
codes in one place, :func:`main`: an :class:`~archive.errors.ArchiverError` is one line on
stderr and exit 1, bad usage is argparse's exit 2, Ctrl-C is exit 130 with the unfinished
transaction of a writing command rolled back (an export or a copy stops part-way:
:class:`~archive.errors.Interrupted` says what it left), a reader that closed stdout is a
quiet exit 0. :func:`_run` turns
SQLite's word that the archive's file is damaged into a
:class:`~archive.errors.DamagedArchive` (and opens an archive this user may not write
read-only, for the commands that only read).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.errors import (
    ArchiverError,
    DamagedArchive,
    InputError,
    Interrupted,
    InUse,
    damaged_message,
    is_damage,
    is_missing_part,
    missing_part_message,
)
from tg_archiver.archive.location import writable
from tg_archiver.archive.redact import RedactingFilter, redact
from tg_archiver.archive.timefmt import minute
from tg_archiver.cli_args import DEFAULT_CONFIG, build_parser
from tg_archiver.output import GuardedStdout, printable

if TYPE_CHECKING:
    from tqdm import tqdm

    from tg_archiver.archive.config import Config
    from tg_archiver.archive.database_url import Location
    from tg_archiver.archive.store import Store

# Start-up: `--help`, `search` and `stats` load only what they use (issue 20). The config,
# the store and asyncio come in once the arguments are parsed; the importers (httpx,
# feedparser), dedup's numpy work (explain, relink) and the service (telethon, apscheduler)
# only in the commands that need them, imported inside those commands.
# tests/test_startup_imports.py checks this.

log = logging.getLogger("tg_archiver")

# Commands that only read the archive: they work on one this user may not write.
READING_COMMANDS = frozenset({"search", "export", "stats", "tags", "serve"})
# Commands that read an archive's posts: given a SQLite file that is not there, they say so
# instead of making an empty archive and answering from it ("no posts match" for a mistyped
# --db, and a stray file left behind); so does `copy --to`, which reads the configured one.
# `import`, `run`, `fetch`, `migrate` and `copy --from` make one (and remove it again when
# they are refused: store.discard).
NEEDS_AN_ARCHIVE = READING_COMMANDS | {
    "digest",
    "explain",
    "unlink",
    "relink",
    "retag",
    "media",
    "spool",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # The service reports what it does; one-shot commands print their result and stay quiet.
    logging.basicConfig(
        level=logging.INFO if args.verbose or args.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    _redact_logs()
    stdout = sys.stdout
    sys.stdout = GuardedStdout(stdout)
    import asyncio  # after parsing: `--help` and bad usage exit without it

    # Only a process's main thread may set a handler; main() run elsewhere (or in a process
    # of its own, such as a test's) gets its SIGTERM handler back when it returns.
    in_main = threading.current_thread() is threading.main_thread()
    before_term = signal.signal(signal.SIGTERM, _terminated) if in_main else None
    try:
        code = asyncio.run(_run(args))
        sys.stdout.flush()
        return code
    except Interrupted as e:  # stopped between two parts of a step: it says what is left
        print(f"tg-archiver: interrupted; {redact(str(e))}", file=sys.stderr)
        return 130
    except ArchiverError as e:
        print(f"tg-archiver: error: {redact(str(e))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"tg-archiver: {_interrupted(args)}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `tg-archiver export | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        sys.stdout = stdout
        if in_main:  # None: a handler not set from Python, which was the default one
            signal.signal(signal.SIGTERM, before_term or signal.SIG_DFL)


# Commands whose Ctrl-C stops a write to the archive: the transaction under way is rolled back
# (what an earlier one committed stays: it is whole). The others only read (a digest's
# delivery once recorded is finished by the next `digest`, not undone); `copy` and `export`
# say what they left (errors.Interrupted); `run` and `serve` stop cleanly on SIGINT.
ROLLED_BACK_ON_CTRL_C = frozenset({"import", "fetch", "migrate", "relink", "retag", "unlink"})


def _terminated(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (`kill PID`, a container or a job scheduler stopping the command) is taken as
    Ctrl-C: the same rollback, the same cleaning up (an import's copied media files removed, an
    export's `.part`), the same line. Left at its default, it ended the process where it
    stood: an import's transaction was rolled back by SQLite, but the media files it had
    copied stayed in the media folder, named by no row (419 files, 80 MiB).

    `run` and `serve` stop cleanly on SIGTERM with handlers of their own, which replace this
    one while they run."""
    handler = signal.getsignal(signal.SIGINT)
    if callable(handler):  # asyncio's (which cancels the command's task), or Python's
        handler(signal.SIGINT, frame)
    else:  # Ctrl-C ignored (a shell's background job): SIGTERM still stops the command
        raise KeyboardInterrupt


def _interrupted(args: argparse.Namespace) -> str:
    """What Ctrl-C (exit 130) says: that nothing half-written was kept only where the command
    was writing."""
    writing = args.command in ROLLED_BACK_ON_CTRL_C or (
        args.command == "media" and args.media_command == "fetch"
    )
    return "interrupted; the unfinished step was rolled back" if writing else "interrupted"


def _redact_logs() -> None:
    """Every log line hides the passwords and tokens of the URLs it quotes: ours name feeds
    redacted already; httpx's request lines and the scheduler's job lines are caught here."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Arguments that were not UTF-8 reach Python with lone surrogates (surrogateescape).

    Paths may keep them (the file system takes its own bytes back); text such as a query, a
    tag or a source name would end in the archive, which cannot store them.
    """
    for value in vars(args).values():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and any("\ud800" <= c <= "\udfff" for c in text):
                raise InputError(
                    f"argument {text!r} is not valid UTF-8 text; check the terminal's encoding"
                )


async def _run(args: argparse.Namespace) -> int:
    from tg_archiver.archive.config import load_config

    _refuse_undecodable(args)
    config_path = args.config
    if config_path is None and DEFAULT_CONFIG.exists():
        config_path = DEFAULT_CONFIG
    config = load_config(config_path, env=os.environ)
    db_path = args.db if args.db is not None else config.database
    command: Callable[[Store, Config, argparse.Namespace], Any] = COMMANDS[args.command]
    made = _new_file(db_path)
    if made is not None and (
        args.command in NEEDS_AN_ARCHIVE or (args.command == "copy" and args.to is not None)
    ):
        raise InputError(
            f"no archive at {made}: `{args.command}` reads one; `tg-archiver import`, `run`"
            " or `fetch` makes it (an empty one: `tg-archiver migrate`)"
        )
    # `copy --from` writes this archive: held against another copy into it as `copy --to`
    # holds its target (archive.store.copy_lock), from before it is opened until after it is
    # closed. Another copy's refusal comes before the `try`: its archive is never discarded.
    with _held_for_copy(db_path, args):
        try:
            async with await _opening(db_path, args) as store:
                try:
                    if _reads_posts(args):
                        await _store_spooled(store, config)
                    result: int = await command(store, config, args)
                except sqlite3.DatabaseError as e:
                    if is_missing_part(e):  # a table dropped by hand: a traceback
                        raise DamagedArchive(missing_part_message(db_path, e)) from None
                    if not is_damage(e):
                        raise
                    raise DamagedArchive(damaged_message(db_path, e)) from None
        except ArchiverError as e:
            # Refused: an archive this command made is not left behind, empty (a copy that
            # was interrupted is left to go on with).
            if made is not None and not isinstance(e, Interrupted):
                _discard(made)
            raise
    if result and made is not None:
        _discard(made)
    return result


# Commands that read the archive's posts: a stopped service's live posts, acknowledged and
# still in its spool, are stored first (archive.spool_settle).
READING_POSTS = READING_COMMANDS | {"digest", "explain"}


def _reads_posts(args: argparse.Namespace) -> bool:
    return args.command in READING_POSTS or (
        args.command == "copy" and getattr(args, "to", None) is not None
    )


async def _store_spooled(store: Store, config: Config) -> None:
    from tg_archiver.archive.spool_settle import store_what_waits

    said = await store_what_waits(store, config)
    if said is not None:
        print(printable(f"tg-archiver: note: {said}"), file=sys.stderr)


def _held_for_copy(db_path: Location, args: argparse.Namespace) -> AbstractContextManager[None]:
    """The SQLite archive ``copy --from`` writes into, held for it (nothing for any other
    command, a PostgreSQL archive, whose copy holds an advisory lock, or a path opening
    refuses in its own words: in a folder that is not there, a folder, a FIFO, a file this
    user cannot write)."""
    if args.command != "copy" or getattr(args, "source", None) is None:
        return nullcontext()
    if not isinstance(db_path, Path) or not db_path.parent.is_dir():
        return nullcontext()
    if db_path.exists() and not (db_path.is_file() and writable(db_path)):
        return nullcontext()
    from tg_archiver.archive.store.copy_lock import held_file

    return held_file(db_path)


def _new_file(location: Location) -> Path | None:
    """``location`` when it names a SQLite file that is not there (nor a link to one): the
    archive opening it would create."""
    if isinstance(location, Path) and not location.exists() and not location.is_symlink():
        return location
    return None


def _opening(db_path: Location, args: argparse.Namespace) -> Awaitable[Store]:
    """The archive at ``db_path`` opened as ``args.command`` needs it."""
    from tg_archiver.archive.store import Store

    read_only = False
    if isinstance(db_path, Path) and (
        db_path.parent.is_dir() and not db_path.is_dir() and not writable(db_path)
    ):
        if args.command not in READING_COMMANDS:
            raise InputError(
                f"the archive {db_path} is read-only to this user (the file or its folder);"
                f" `{args.command}` needs to write to it"
            )
        read_only = True
    if read_only:
        return Store.open(db_path, read_only=True)
    if args.command == "copy" and getattr(args, "source", None) is not None:
        # `copy --from` goes on with a copy into this archive that stopped before it finished.
        return Store.open(db_path, unfinished_copy=True)
    if sys.stderr.isatty():
        # An upgrade's fill, or the index made again for a new word analyser, can take
        # minutes on a large archive whatever the command: shown, not a silent wait.
        return Store.open(db_path, progress=_progress_bar())
    return Store.open(db_path)


def _discard(path: Path) -> None:
    from tg_archiver.archive.store.discard import discard_if_empty  # on a refusal only

    discard_if_empty(path)


# -- commands ----------------------------------------------------------------------------------


async def cmd_import(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.import_scan import configured_files
    from tg_archiver.archive.ingest import import_paths, options_from_config

    if not (args.paths or config.import_paths):
        raise InputError("nothing to import: give a PATH or set [import] paths in the config")
    report = await import_paths(
        store,
        list(args.paths) or configured_files(config.import_paths),
        options_from_config(config),
        fmt=args.format,
        source_name=args.source,
        partial=args.partial,
        progress=sys.stderr.isatty(),
        media=config.media,
    )
    if report.total.added or report.total.edited:
        await _record_config(store, config)
    print(report.summary())
    return 1 if report.error or report.skipped else 0


async def cmd_fetch(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.ingest import fetch_feeds, options_from_config

    urls = list(args.urls) or [f.url for f in config.feeds]
    if not urls:
        raise InputError("no feeds: give a URL or add [[feeds]] to the config")
    results = await fetch_feeds(store, urls, options_from_config(config))
    if any(not isinstance(o, ArchiverError) and (o.added or o.edited) for _, o in results):
        await _record_config(store, config)
    failed = 0
    for url, outcome in results:
        if isinstance(outcome, ArchiverError):
            failed += 1
            print(f"tg-archiver: error: {redact(str(outcome))}", file=sys.stderr)
        else:
            print(f"{url}: {outcome.summary()}")
    return 1 if failed else 0


async def cmd_search(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import search_cli

    return await search_cli.cmd_search(store, config, args)


async def cmd_export(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import export_cli

    return await export_cli.cmd_export(store, config, args)


def _progress_bar() -> Callable[[int, int], None]:
    """A progress callback for opening the archive on a terminal (Store.open): a tqdm bar on
    standard error for each step of the search index that reports (the word forms, the word
    list), made at its first report (when the number of posts is known) and closed at its
    last. tqdm is imported at the first report: a command with nothing to fill does not pay
    for it on start-up."""
    bars: list[tqdm[None]] = []

    def report(done: int, total: int) -> None:
        from tqdm import tqdm

        if not bars or bars[-1].n >= (bars[-1].total or 0):
            bar = tqdm(total=total, unit=" posts", desc="search index", file=sys.stderr)
            bars.append(bar)
        bar = bars[-1]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return report


async def cmd_digest(store: Store, config: Config, args: argparse.Namespace) -> int:
    """Print the digest's messages exactly as they would be sent, separated by ``---`` lines.

    NAME_OR_TOPIC is a digest named in the config, or a topic (or comma-separated topics).
    A named digest covers the time since its last delivery to the console (before the first,
    its schedule's period, at least 24 hours) and, unless ``--dry-run``, is recorded as
    delivered to 'console', so its next run starts where this one ended.
    ``--since``/``--until`` choose a window by hand and record nothing; a topic digest
    records nothing either.
    """
    from tg_archiver.archive.digest import DigestOptions, compose_digest, local_minute
    from tg_archiver.archive.digest_photo import display_part
    from tg_archiver.archive.query import parse_date
    from tg_archiver.archive.source_usernames import SourceUsernames
    from tg_archiver.archive.tags import topic_list, topics_named
    from tg_archiver.bot.digests import CONSOLE, ConsoleSink, sender_for

    if await _stale_rules(store, config, "tags"):
        print(
            "tg-archiver: note: the archive's topic tags were made by older rules or another"
            " [topics]; `tg-archiver run` (or `retag`) makes them again",
            file=sys.stderr,
        )
    named = next((d for d in config.digests if d.name == args.topics.strip()), None)
    if named is not None:
        sender = sender_for(
            store,
            replace(
                named,
                say_when_empty=True,
                include_undated=named.include_undated or args.undated,
                timezone=args.timezone or named.timezone,
            ),
            aliases=config.topics,
            send=ConsoleSink(sys.stdout),
            usernames=SourceUsernames(config.source_usernames),
            media=config.media,
        )
        if not (args.dry_run or args.since or args.until):
            # Another `digest NAME` printing it now (or the service delivering it): after it.
            if not await sender.deliver(CONSOLE, wait=True):
                # Delivered to the console this very second: an empty window, said so.
                since, _ = await sender.window(CONSOLE)
                zone = args.timezone or named.timezone
                print(f"No new posts since its last delivery, {local_minute(since, zone)}")
            return 0
        since, until = await sender.window(CONSOLE)
        zone = args.timezone or named.timezone  # a date is a day of the digest's zone
        if args.until:
            until = parse_date(args.until, end_of_day=True, zone=zone)
        if args.since:
            since = parse_date(args.since, zone=zone)
        if since >= until:
            raise InputError("--since must be before --until")
        parts = await sender.compose(since, until)
        print(printable("\n---\n".join(display_part(p) for p in parts)))
        return 0

    topics = topics_named(topic_list(args.topics, config.topics), config.topics)  # ШОС: SCO
    if not topics:
        raise InputError("name a topic, e.g. `tg-archiver digest SCO`")
    now = datetime.now(UTC)
    zone = args.timezone or "UTC"
    until = parse_date(args.until, end_of_day=True, zone=zone) if args.until else now
    since = parse_date(args.since, zone=zone) if args.since else until - timedelta(hours=24)
    if since >= until:
        raise InputError("--since must be before --until")
    rows = await store.digest_rows(topics, since=since, until=until)
    options = DigestOptions(
        title=f"Digest: {', '.join(topics)}",
        topics=topics,
        say_when_empty=True,
        usernames=await SourceUsernames(config.source_usernames).pairs(store),
        include_undated=args.undated,
        timezone=zone,
        aliases=config.topics,
    )
    messages = compose_digest(rows, options, since=since, until=until)
    print(printable("\n---\n".join(messages)))
    return 0


async def cmd_tags(store: Store, config: Config, args: argparse.Namespace) -> int:
    overall = await store.top_tags(limit=args.limit)
    if not overall:
        print("no tags yet", file=sys.stderr)
        return 0
    since = datetime.now(UTC) - timedelta(days=7)
    recent = dict(await store.top_tags(limit=10_000, since=since))
    width = max(len(name) for name, _ in overall) + 1
    print(f"{'tag':<{width}}  {'posts':>7}  {'7 days':>7}")
    for name, n in overall:
        print(printable(f"#{name:<{width - 1}}  {n:>7}  {recent.get(name, 0):>7}"))
    return 0


async def cmd_stats(store: Store, config: Config, args: argparse.Namespace) -> int:
    s = await store.stats()
    sources = ", ".join(f"{n} {kind}" for kind, n in sorted(s.sources.items())) or "none"
    first = f"{minute(s.first_post)} UTC" if s.first_post else "-"
    last = f"{minute(s.last_post)} UTC" if s.last_post else "-"
    print(f"archive     {store.location}")
    print(f"posts       {s.posts} ({s.duplicates} copies linked to an original)")
    print(f"edits       {s.versions - s.posts} (earlier versions kept)")
    print(printable(f"sources     {sources}"))
    print(f"tags        {s.tags}")
    print(f"first post  {first}")
    print(f"last post   {last}")
    print(f"size        {s.database_bytes / 1_048_576:.1f} MiB")
    if unindexed := await store.not_searchable():
        print(f"search      {unindexed} older posts not indexed again yet (a new word analyser)")
    if stale := await _stale_rules(store, config, "tags", "links"):
        pending = "; ".join(f"{name}: {reason}" for name, reason in stale)
        print(f"upgrade     {pending}; the service (`tg-archiver run`) makes them again")
    return 0


async def _record_config(store: Store, config: Config) -> None:
    """Posts stored: their tags' and links' config recorded in a new archive, which had none
    (archive/store/rules_state.py), so a service with another one makes them again."""
    from tg_archiver.archive.rules import links_rules, tags_rules
    from tg_archiver.archive.store.rules_state import adopt_config

    await adopt_config(store, tags_rules(config.topics), links_rules(config.near_threshold))


async def _stale_rules(store: Store, config: Config, *names: str) -> list[tuple[str, str]]:
    """The archive's tags or links made by other rules or another config than ``config``'s
    (archive/rules.py), read only: the service makes them again when it starts."""
    from tg_archiver.archive.rules import links_rules, tags_rules
    from tg_archiver.archive.store.rules_state import stale_rules

    wanted = {"tags": tags_rules(config.topics), "links": links_rules(config.near_threshold)}
    return [(str(n), r) for n, r in await stale_rules(store, *(wanted[n] for n in names))]


async def cmd_migrate(store: Store, config: Config, args: argparse.Namespace) -> int:
    # Store.open has applied what was pending; say what it did and where the archive stands.
    for name in store.applied_on_open:
        print(f"applied {name}")
    if store.forms_made_again:
        print(f"search index: word forms made again for {store.forms_made_again} posts")
    print(f"{store.location}: schema version {await store.schema_version()}, up to date")
    return 0


async def cmd_relink(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.store.relink import relink

    report = await relink(store, config.near_threshold)
    print(f"relinked {report.summary()}")
    return 0


async def cmd_retag(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.store.retag import retag

    report = await retag(store, config.topics)
    print(f"retagged {report.summary()}")
    return 0


async def cmd_explain(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.explain import explain

    for line in await explain(store, args.id, config.near_threshold):
        print(line)
    return 0


async def cmd_unlink(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.explain import unlink

    print(await unlink(store, args.id, datetime.now(UTC)))
    return 0


async def cmd_serve(store: Store, config: Config, args: argparse.Namespace) -> int:
    """Serve the archive read-only over HTTP until SIGINT/SIGTERM. Starlette and uvicorn are
    imported here only, so other commands do not pay for them on start-up."""
    from tg_archiver.web.server import serve

    return await serve(
        store.where,
        config,
        host=args.host,
        port=args.port,
        readers=args.readers,
        rank_within=args.rank_within,
        downloads=args.downloads,
        send_timeout=args.send_timeout,
    )


async def cmd_run(store: Store, config: Config, args: argparse.Namespace) -> int:
    """The service, alone on a SQLite archive (:meth:`Store.service_lock`). Beside another
    ``run``, a second service is refused, and ``run --once`` (cron's, or a cycle that overlaps
    the last) leaves its cycle to the one running, which does the same work, and exits 0."""
    async with store.service_lock() as other:
        if other is not None:
            who = f"another tg-archiver run (pid {other})" if other else "another tg-archiver run"
            if args.once:
                log.info(
                    "cycle skipped once=true reason=%s is using %s; it imports, polls and"
                    " sends the digests itself",
                    who,
                    store.location,
                )
                return 0
            raise InUse(
                f"{who} is using {store.location}; a SQLite archive has one service at a time"
                " (for several, put the archive on PostgreSQL: see the README)"
            )
        from tg_archiver.bot.service import Service  # telethon: only for a service that runs

        return await Service(store, config).run(once=args.once)


async def cmd_media(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import media_cli

    return await media_cli.cmd_media(store, config, args)


async def cmd_spool(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import spool_cli

    return await spool_cli.cmd_spool(store, config, args)


async def cmd_copy(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver import copy_cli

    return await copy_cli.cmd_copy(store, config, args)


async def cmd_login(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.bot.login import login

    tg = config.telegram
    if not tg.has_api:
        raise InputError(
            "set telegram.api_id and telegram.api_hash in the config, or TG_API_ID and"
            " TG_API_HASH (from https://my.telegram.org, API development tools)"
        )
    for line in await login(tg):
        print(line)
    return 0


COMMANDS: dict[str, Callable[[Store, Config, argparse.Namespace], Any]] = {
    "run": cmd_run,
    "login": cmd_login,
    "import": cmd_import,
    "fetch": cmd_fetch,
    "search": cmd_search,
    "export": cmd_export,
    "digest": cmd_digest,
    "tags": cmd_tags,
    "stats": cmd_stats,
    "serve": cmd_serve,
    "migrate": cmd_migrate,
    "relink": cmd_relink,
    "retag": cmd_retag,
    "explain": cmd_explain,
    "unlink": cmd_unlink,
    "media": cmd_media,
    "copy": cmd_copy,
    "spool": cmd_spool,
}
