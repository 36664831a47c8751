"""A burst of live posts (the gap a full disk left, fetched again) is one transaction.

The service stores a channel's new post as it comes; posts the archive refused (a full disk)
are fetched from the history once a later post is stored, and that burst is stored in one
transaction: all of it, or, killed midway, none of it (fetched again on the next start,
which resumes after the newest stored post).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import NOW, OPTIONS, limit_pages, unlimit_pages
from telegram_harness import DATE, FakeTelegram, channel, channel_message, dispatch
from telegram_harness import update_new_channel_message as new_message
from telethon.tl import types

from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.store import Store
from tg_archiver.bot.convert import channel_source, message_to_post
from tg_archiver.bot.telegram import BATCH, ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
BURST = range(10, 10 + BATCH + 50)  # more than one history batch
AFTER = BURST.stop  # the live post whose storing fills the gap


async def _nap(seconds: float) -> None:
    return None


def burst_message(i: int) -> types.Message:
    text = f"Statement number {i} on topic {i * 7919 % 1000}"
    if i == BURST.start:  # long enough to need new pages: refused by the full disk
        text += " words" * 8000
    return channel_message(i, MFA, text, date=DATE)


async def refuse_the_burst(store: Store) -> tuple[ChannelIngest, FakeTelegram]:
    """Follow MFA; the burst is in its history, its first post refused by a full disk."""
    tg = FakeTelegram(bot=False)
    tg.add_channel(MFA)
    ingest = ChannelIngest(
        store,
        tg,
        ["@example_mfa"],
        OPTIONS,
        backfill_limit=None,
        clock=lambda: NOW,
        sleep=_nap,
        page_wait=0,
    )
    await ingest.resolve()
    ingest.register()
    messages = [burst_message(i) for i in BURST]
    tg.post(MFA, *messages)
    await limit_pages(store, 0)
    await dispatch(tg, new_message(messages[0]), chats=[MFA])  # refused, logged
    await unlimit_pages(store)
    tg.post(MFA, burst_message(AFTER))
    return ingest, tg


def stored_ids(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [int(x) for (x,) in conn.execute("SELECT external_id FROM posts ORDER BY id")]


async def test_the_gap_after_a_full_disk_is_stored_in_one_transaction(store: Store) -> None:
    _, tg = await refuse_the_burst(store)
    statements: list[str] = []
    await store._db.set_trace_callback(statements.append)

    await dispatch(tg, new_message(burst_message(AFTER)), chats=[MFA])

    assert stored_ids(store.path) == [AFTER, *BURST]  # every post of the burst, once
    # The live post's own transaction, then the whole burst in one (not one per BATCH).
    assert statements.count("COMMIT") == 2, statements.count("COMMIT")


_KILLED_MIDWAY = """
import asyncio, os, sys
from pathlib import Path
sys.path.insert(0, "tests")
from test_live_burst import AFTER, MFA, burst_message, new_message, refuse_the_burst
from telegram_harness import dispatch
from tg_archiver.archive.ingest import store_posts
from tg_archiver.archive.store import Store
from tg_archiver.bot.convert import channel_source, message_to_post

async def main(db: Path, die_at: int) -> None:
    async with await Store.open(db) as store:
        _, tg = await refuse_the_burst(store)
        # The process dies (no cleanup, like SIGKILL) as the burst's post die_at is written.
        await store._db.create_function("die", 0, lambda: os._exit(9))
        await store._db.execute(
            "CREATE TEMP TRIGGER die_at AFTER INSERT ON main.posts"
            f" WHEN new.external_id = '{die_at}' BEGIN SELECT die(); END"
        )
        await dispatch(tg, new_message(burst_message(AFTER)), chats=[MFA])

asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))
"""


def test_a_burst_killed_midway_leaves_none_of_it(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    die_at = BURST.start + BATCH + 20  # past the first history batch
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_MIDWAY, str(db), str(die_at)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 9, done.stderr  # killed while writing the burst
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stored_ids(db) == [AFTER]  # the live post committed before; none of the burst


async def test_a_live_write_cancelled_while_on_the_thread_is_all_or_nothing(
    store: Store, caplog
) -> None:
    """The whole transaction is one job on SQLite's thread: a cancellation (a shutdown) while
    it runs there waits for it, then rolls back what did not commit, never racing it."""
    caplog.set_level(logging.ERROR)
    post = message_to_post(burst_message(AFTER), channel_source(MFA))
    writing = asyncio.ensure_future(store_posts(store, [post], OPTIONS, now=NOW))
    for _ in range(3):  # into the transaction, its job queued on the thread
        await asyncio.sleep(0)
    writing.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await writing

    assert stored_ids(store.path) in ([], [AFTER])
    assert "rollback failed" not in caplog.text
    report, _ = await store_posts(store, [post], OPTIONS, now=NOW)  # the archive takes it
    assert stored_ids(store.path) == [AFTER]
    assert report.added + report.unchanged == 1
