"""A burst of live posts is stored in few transactions, each all or nothing.

Posts that arrive together (telethon runs each update's handler as a task of its own: a busy
channel, a reconnect's catch-up) are stored together: the first at once, those that came
while it was written in the next transaction (bot.group_commit), in the order they came,
deletions in their place. Posts the archive refused (a full disk) are fetched from the
history once a later post is stored, and that burst is stored in one transaction: all of it,
or, killed midway, none of it (fetched again on the next start, which resumes after the
newest stored post).
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
from telegram_harness import (
    DATE,
    FakeTelegram,
    channel,
    channel_message,
    dispatch,
    update_delete_channel_messages,
    update_edit_channel_message,
)
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


async def following(store: Store) -> FakeTelegram:
    """A service's live ingest following MFA."""
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
    return tg


async def refuse_the_burst(store: Store) -> FakeTelegram:
    """Follow MFA; the burst is in its history, its first post refused by a full disk."""
    tg = await following(store)
    messages = [burst_message(i) for i in BURST]
    tg.post(MFA, *messages)
    await limit_pages(store, 0)
    await dispatch(tg, new_message(messages[0]), chats=[MFA])  # refused, logged
    await unlimit_pages(store)
    tg.post(MFA, burst_message(AFTER))
    return tg


def stored_ids(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [int(x) for (x,) in conn.execute("SELECT external_id FROM posts ORDER BY id")]


async def test_the_gap_after_a_full_disk_is_stored_in_one_transaction(store: Store) -> None:
    tg = await refuse_the_burst(store)
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
        tg = await refuse_the_burst(store)
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


# -- posts that arrive together -----------------------------------------------------------------


async def arrive_together(tg: FakeTelegram, *updates: types.TypeUpdate) -> None:
    """Dispatch ``updates`` as telethon's update loop does: each in a task of its own,
    started in order, all running at once."""
    await asyncio.gather(*(dispatch(tg, u, chats=[MFA]) for u in updates))


async def test_posts_that_arrive_together_are_stored_together_in_order(store: Store) -> None:
    tg = await following(store)
    statements: list[str] = []
    await store._db.set_trace_callback(statements.append)

    await arrive_together(tg, *(new_message(burst_message(i)) for i in range(10, 40)))

    assert stored_ids(store.path) == list(range(10, 40))
    # The first alone, at once; the 29 that came while it was written in one more.
    assert statements.count("COMMIT") == 2, statements.count("COMMIT")


async def test_a_post_its_edit_and_its_deletion_arriving_together_keep_their_order(
    store: Store,
) -> None:
    tg = await following(store)
    await dispatch(tg, new_message(channel_message(9, MFA, "Earlier")), chats=[MFA])
    edited = channel_message(10, MFA, "Talks moved to 12:00", edit_date=DATE)

    await arrive_together(
        tg,
        new_message(channel_message(10, MFA, "Talks at 10:00")),
        update_edit_channel_message(edited),
        update_delete_channel_messages(MFA.id, [10]),
        new_message(channel_message(11, MFA, "Later")),
    )

    with sqlite3.connect(store.path) as conn:
        got = conn.execute(
            "SELECT id, external_id, raw_text, deleted_at IS NOT NULL FROM posts ORDER BY id"
        ).fetchall()
    assert [row[1:] for row in got] == [
        ("9", "Earlier", 0),
        ("10", "Talks moved to 12:00", 1),  # stored, edited, then marked deleted
        ("11", "Later", 0),
    ]
    versions = await store.post_versions(got[1][0])
    assert [(v, text) for v, text, _ in versions] == [
        (1, "Talks at 10:00"),
        (2, "Talks moved to 12:00"),
    ]


async def test_a_refused_post_among_others_that_arrive_with_it_costs_none_of_them(
    store: Store, caplog
) -> None:
    caplog.set_level(logging.WARNING, logger="tg_archiver.bot.telegram")
    tg = await following(store)

    await arrive_together(
        tg,
        new_message(channel_message(10, MFA, "First")),
        new_message(channel_message(11, MFA, "Second")),
        new_message(channel_message(12, MFA, "Holds a NUL \x00 character")),
        new_message(channel_message(13, MFA, "Fourth")),
    )

    assert stored_ids(store.path) == [10, 11, 13]
    assert "channel=1500000001 post=12 skipped:" in caplog.text


async def test_posts_refused_together_by_a_full_disk_are_fetched_again(
    store: Store, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="tg_archiver.bot.telegram")
    tg = await following(store)
    # Each needs new pages: 10 is written alone, 11 and 12 together.
    refused = [channel_message(i, MFA, f"Statement {i}" + " words" * 8000) for i in (10, 11, 12)]
    tg.post(MFA, *refused)
    await limit_pages(store, 0)

    await arrive_together(tg, *(new_message(m) for m in refused))

    assert stored_ids(store.path) == []
    for i in (10, 11, 12):
        assert f"channel=1500000001 post={i} event=new not stored" in caplog.text
    await unlimit_pages(store)
    tg.post(MFA, burst_message(13))

    await dispatch(tg, new_message(burst_message(13)), chats=[MFA])

    assert stored_ids(store.path) == [13, 10, 11, 12]  # each once, the gap from the history
