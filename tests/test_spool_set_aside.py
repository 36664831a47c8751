"""A live post the archive refuses is set aside; one the archive failed to take waits.

The spool's drainer (tg_archiver/archive/spool_drain.py) set aside every event whose store
failed, never tried again: right for a record the archive refuses, wrong for a failure of the
archive itself (its lock, a full disk, a transaction a cancelled step left open): good posts
were set aside. Now those wait in the spool and are tried again (by the service, with a
growing pause, and by every command that reads the archive), only refused records are set
aside, and `tg-archiver spool` lists them and `--retry` stores them again. Real SQLite files,
a real service process killed with SIGKILL (tests/test_live_spool.py's ``killed_service``).
"""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from telegram_harness import channel_message
from test_live_spool import MFA, SUMMIT, killed_service, set_aside, spooled, stored

from tg_archiver.archive import spool_drain
from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.live_spool import LiveSpool, spool_path
from tg_archiver.archive.spool_drain import SpoolDrainer
from tg_archiver.archive.store import Store
from tg_archiver.bot.convert import channel_source, message_to_post

STRAY = "OperationalError: cannot start a transaction within a transaction"


async def spooled_drainer(store: Store, texts: list[str]) -> SpoolDrainer:
    spool = LiveSpool.open(spool_path(store.path))
    drainer = SpoolDrainer(store, spool, options_from_config(Config()), delay=3600)
    assert await drainer.start() == 0
    for n, text in enumerate(texts, start=1):
        post = message_to_post(channel_message(n, MFA, text), channel_source(MFA))
        await drainer.append_post("new", post)
    return drainer


async def test_a_transaction_left_open_keeps_the_posts_in_the_spool_not_set_aside(
    store: Store,
) -> None:
    drainer = await spooled_drainer(store, ["Good one on trade", "Good two on energy"])
    # What a step cancelled while SQLite waited for the lock left (session 37's failure):
    # the next BEGIN fails, a failure of the archive, not of these posts.
    await store.conn.db.execute("BEGIN")
    with pytest.raises(StorageError, match="wait in the spool"):
        await drainer.drain()
    assert set_aside(store.path) == []  # before: both good posts set aside, never retried
    assert [k for _, k in spooled(store.path)] == ["new", "new"]
    await store.conn.db.execute("ROLLBACK")
    assert await drainer.drain() == 2
    assert [t for _, t, _ in await stored(store)] == ["Good one on trade", "Good two on energy"]
    assert spooled(store.path) == [] and set_aside(store.path) == []
    await drainer.close()


async def test_the_service_tries_again_after_a_failure_of_the_archive(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool_drain, "RETRY_SECONDS", 0.05)
    spool = LiveSpool.open(spool_path(store.path))
    drainer = SpoolDrainer(store, spool, options_from_config(Config()), delay=0.01)
    await drainer.start()
    await store.conn.db.execute("BEGIN")  # the archive fails until it is rolled back
    post = message_to_post(channel_message(1, MFA, SUMMIT), channel_source(MFA))
    await drainer.append_post("new", post)
    for _ in range(6000):  # the background drain fails (a bound for a hang: 60 s)
        if await store.conn.fetchone("SELECT 1 FROM posts") is None and spooled(store.path):
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # some retries fail meanwhile
    assert set_aside(store.path) == []
    await store.conn.db.execute("ROLLBACK")
    for _ in range(6000):  # tried again by itself, with no new event to wake it
        if spooled(store.path) == []:
            break
        await asyncio.sleep(0.01)
    assert [t for _, t, _ in await stored(store)] == [SUMMIT]
    await drainer.close()


async def test_a_refused_record_is_still_set_aside_and_costs_no_other(store: Store) -> None:
    await store.conn.db.execute(
        "CREATE TRIGGER refuse AFTER INSERT ON posts WHEN new.raw_text LIKE '%poison%'"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    drainer = await spooled_drainer(store, ["Good one", "A poison text", "Good two"])
    assert await drainer.drain() == 3
    assert [t for _, t, _ in await stored(store)] == ["Good one", "Good two"]
    [(body, error)] = set_aside(store.path)
    assert "poison" in body and "refused by the test" in error
    await drainer.close()


def _set_aside_by_hand(archive: Path, error: str) -> None:
    """What an earlier version did to a good post on a transient failure."""
    with closing(sqlite3.connect(spool_path(archive))) as db, db:
        db.execute(
            "INSERT INTO set_aside (id, kind, body, at, error)"
            " SELECT id, kind, body, at, ? FROM events",
            (error,),
        )
        db.execute("DELETE FROM events")


def test_spool_lists_what_is_set_aside_and_retry_stores_it(tmp_path: Path, cli) -> None:
    archive = killed_service(tmp_path)
    _set_aside_by_hand(archive, "IntegrityError: refused then, taken now")
    r = cli("--db", archive, "spool")
    assert r.code == 0, r.err
    assert f"telegram {MFA.id} #7" in r.out  # the channel's key, the message's id
    assert "refused then, taken now" in r.out
    assert "1 live event(s) set aside" in r.out
    r = cli("--db", archive, "search", "Astana")
    assert "Astana" not in r.out  # set aside: not in the archive yet
    r = cli("--db", archive, "spool", "--retry")
    assert r.code == 0, r.err
    assert "1 live event(s) put back; 0 set aside again" in r.out
    r = cli("--db", archive, "search", "Astana")
    assert r.code == 0 and "Astana" in r.out
    assert spooled(archive) == [] and set_aside(archive) == []


def test_retry_of_a_record_still_refused_keeps_it_and_says_so(tmp_path: Path, cli) -> None:
    archive = killed_service(tmp_path, text="A poison text")
    with closing(sqlite3.connect(archive)) as db:
        db.execute(
            "CREATE TRIGGER refuse AFTER INSERT ON posts WHEN new.raw_text LIKE '%poison%'"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    r = cli("--db", archive, "stats")  # a reading command drains: the record is refused
    assert r.code == 0, r.err
    assert len(set_aside(archive)) == 1
    r = cli("--db", archive, "spool", "--retry")
    assert r.code == 1
    assert r.err.strip().splitlines() == [
        "tg-archiver: error: the archive still refuses 1 live event(s): `tg-archiver spool`"
    ]
    [(body, error)] = set_aside(archive)  # kept, with its reason, never dropped
    assert "poison" in body and "refused by the test" in error


def test_posts_an_earlier_version_set_aside_for_a_stray_transaction_are_stored_again(
    tmp_path: Path, cli
) -> None:
    archive = killed_service(tmp_path)
    _set_aside_by_hand(archive, STRAY)
    r = cli("--db", archive, "search", "Astana")  # the drain's start puts them back
    assert r.code == 0 and "Astana" in r.out, r.err
    assert set_aside(archive) == [] and spooled(archive) == []


def test_spool_on_an_archive_with_no_spool_says_so(tmp_path: Path, cli) -> None:
    archive = tmp_path / "archive.db"
    assert cli("--db", archive, "migrate").code == 0
    r = cli("--db", archive, "spool")
    assert r.code == 0 and "nothing is set aside" in r.out
    assert not spool_path(archive).exists()
