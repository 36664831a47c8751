"""The live spool: a channel's live events appended durably, stored behind in batches.

The service (on SQLite) appends each live post, edit and deletion to ``archive.db.spool``
and a drainer stores them in the archive in batches (tg_archiver/archive/spool_drain.py).
Real SQLite files, real telethon dispatch (TESTING-TELEGRAM.md), a real process killed with
SIGKILL.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from media_harness import media_rows, stored_file
from telegram_harness import (
    DATE,
    OfflineTelegram,
    bot_only,
    channel,
    channel_message,
    dispatch,
    photo,
    update_delete_channel_messages,
    update_edit_channel_message,
    update_new_channel_message,
    user_session,
)
from telethon.tl import functions

from tg_archiver.archive import spool_drain
from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.live_spool import LiveSpool, spool_path
from tg_archiver.archive.post_record import post_to_json
from tg_archiver.archive.spool_drain import SpoolDrainer
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.bot.convert import channel_source, message_to_post
from tg_archiver.bot.service import Service

TESTS = Path(__file__).resolve().parent
MFA = channel(1500000001, "example_mfa", "Example MFA")
SUMMIT = "Live post on the #SCO summit in Astana"


def spooled(archive: Path) -> list[tuple[int, str]]:
    """The events waiting in the archive's spool, read as any program would."""
    with closing(sqlite3.connect(spool_path(archive))) as conn:
        return [(int(i), str(k)) for i, k in conn.execute("SELECT id, kind FROM events")]


def set_aside(archive: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(spool_path(archive))) as conn:
        return [(str(b), str(e)) for b, e in conn.execute("SELECT body, error FROM set_aside")]


async def stored(store: Store) -> list[tuple[str, str, bool]]:
    """The archive's posts in the order they were stored: id, text, marked deleted."""
    rows = await store.conn.read_all(
        "SELECT external_id, raw_text, deleted_at IS NOT NULL FROM posts ORDER BY id"
    )
    return [(str(e), str(t), bool(d)) for e, t, d in rows]


async def following(fake: OfflineTelegram) -> None:
    """Until the service follows the channel (at least 60 s on a loaded machine, then a
    failure): a post dispatched before its handlers are there is not seen."""
    for _ in range(6000):
        if len(fake.list_event_handlers()) >= 2:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the service never followed its channel")


def live_service(store: Store, tmp_path: Path) -> tuple[Service, OfflineTelegram]:
    fake = OfflineTelegram(bot=True)
    fake.add_channel(MFA)
    config = Config(telegram=bot_only(tmp_path, "@example_mfa"))
    return Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0), fake


async def test_a_post_and_its_edit_spooled_together_are_stored_in_order(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool_drain, "DELAY", 3600.0)  # nothing drained until the stop
    service, fake = live_service(store, tmp_path)
    running = asyncio.create_task(service.run())
    await following(fake)
    post = channel_message(7, MFA, SUMMIT)
    await dispatch(fake, update_new_channel_message(post), chats=[MFA])
    edited = channel_message(7, MFA, SUMMIT + " (updated)", edit_date=DATE + timedelta(minutes=3))
    await dispatch(fake, update_edit_channel_message(edited), chats=[MFA])
    await dispatch(fake, update_new_channel_message(channel_message(8, MFA, "Gone")), chats=[MFA])
    await dispatch(fake, update_delete_channel_messages(MFA.id, [8]), chats=[MFA])
    # Acknowledged: in the spool, not yet in the archive.
    assert [k for _, k in spooled(store.path)] == ["new", "edit", "new", "deleted"]
    assert await stored(store) == []

    service.stop()
    assert await asyncio.wait_for(running, 60) == 0  # a bound for a hang
    assert await stored(store) == [
        ("7", SUMMIT + " (updated)", False),
        ("8", "Gone", True),  # deleted after it was stored, never erased
    ]
    [row] = [r async for r in store.iter_posts(ExportFilter()) if r.external_id == "7"]
    versions = await store.post_versions(row.id)
    assert SUMMIT in versions[0][1] and "(updated)" not in versions[0][1]  # the first kept
    assert spooled(store.path) == []  # a clean stop leaves the spool empty
    assert set_aside(store.path) == []


async def test_a_burst_of_twenty_is_stored_behind_in_order_while_the_service_runs(
    store: Store, tmp_path: Path
) -> None:
    service, fake = live_service(store, tmp_path)
    running = asyncio.create_task(service.run())
    await following(fake)
    posts = [
        channel_message(100 + n, MFA, f"Burst post number {n} on the talks") for n in range(20)
    ]
    await asyncio.gather(
        *(dispatch(fake, update_new_channel_message(m), chats=[MFA]) for m in posts)
    )
    # The drainer stores them while the service runs (a bound for a hang: 60 s).
    for _ in range(6000):
        if len(await stored(store)) == 20 and spooled(store.path) == []:
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError("the burst was not stored while the service ran")
    rows = [r async for r in store.iter_posts(ExportFilter())]
    by_id = sorted(rows, key=lambda r: r.id)
    assert [r.external_id for r in by_id] == [str(100 + n) for n in range(20)]
    service.stop()
    assert await asyncio.wait_for(running, 60) == 0


async def test_one_record_the_archive_refuses_costs_no_other_in_its_batch(
    store: Store, tmp_path: Path
) -> None:
    # A trigger of the user's that refuses one text: the batch's transaction fails on it.
    await store.conn.db.execute(
        "CREATE TRIGGER refuse AFTER INSERT ON posts WHEN new.raw_text LIKE '%poison%'"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    spool = LiveSpool.open(spool_path(store.path))
    drainer = SpoolDrainer(store, spool, options_from_config(Config()), delay=3600)
    assert await drainer.start() == 0
    src = channel_source(MFA)
    texts = [
        "Good one on trade",
        "A poison text",
        "Good two on energy",
        "Bad \x00 byte",
        "Good three",
    ]
    for n, text in enumerate(texts, start=1):
        message = channel_message(n, MFA, text)
        await drainer.append_post("new", message_to_post(message, src))
    assert await drainer.drain() == 5
    assert [(e, t) for e, t, _ in await stored(store)] == [
        ("1", "Good one on trade"),
        ("3", "Good two on energy"),
        ("5", "Good three"),
    ]
    kept = set_aside(store.path)
    assert len(kept) == 2  # kept in the spool with the reason, never dropped
    assert any("poison" in body and "refused by the test" in error for body, error in kept)
    assert any("NUL" in error for _, error in kept)
    assert spooled(store.path) == []
    await drainer.close()


_CHILD = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from telegram_harness import (
    OfflineTelegram, bot_only, channel, channel_message, dispatch, update_new_channel_message
)
from tg_archiver.archive import spool_drain
from tg_archiver.archive.config import Config
from tg_archiver.archive.store import Store
from tg_archiver.bot.convert import channel_source, message_to_post
from tg_archiver.bot.service import Service

spool_drain.DELAY = 3600.0  # killed before any drain
MFA = channel(1500000001, "example_mfa", "Example MFA")

async def main():
    store = await Store.open(Path({archive!r}))
    fake = OfflineTelegram(bot=True)
    fake.add_channel(MFA)
    config = Config(telegram=bot_only(Path({folder!r}), "@example_mfa"))
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
    running = asyncio.create_task(service.run())
    while len(fake.list_event_handlers()) < 2:
        await asyncio.sleep(0.01)
    message = channel_message(7, MFA, {text!r})
    await dispatch(fake, update_new_channel_message(message), chats=[MFA])
    print("acknowledged", flush=True)
    await running

asyncio.run(main())
"""


def killed_service(folder: Path, text: str = SUMMIT) -> Path:
    """An archive whose real service process acknowledged one live post, ``text``, and was
    killed with SIGKILL before it stored it: the post is in the spool only."""
    archive = folder / "archive.db"
    child = folder / "child.py"
    child.write_text(
        _CHILD.format(tests=str(TESTS), archive=str(archive), folder=str(folder), text=text)
    )
    proc = subprocess.Popen(
        [sys.executable, str(child)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(TESTS.parent)},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == "acknowledged\n", proc.stderr.read() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert spooled(archive) == [(1, "new")]
    return archive


async def test_a_post_acknowledged_then_killed_is_in_the_archive_after_the_next_start(
    tmp_path: Path,
) -> None:
    archive = await asyncio.to_thread(killed_service, tmp_path)  # only in the spool

    async with await Store.open(archive) as store:
        assert await stored(store) == []
        assert await Service(store, Config()).run(once=True) == 0  # the next start
        assert await stored(store) == [("7", SUMMIT, False)]
    assert spooled(archive) == []


async def test_a_batch_committed_but_not_removed_from_the_spool_is_not_applied_again(
    store: Store,
) -> None:
    src = channel_source(MFA)
    spool = LiveSpool.open(spool_path(store.path))
    drainer = SpoolDrainer(store, spool, options_from_config(Config()), delay=3600)
    await drainer.start()
    await drainer.append_post("new", message_to_post(channel_message(1, MFA, "First"), src))

    class Killed(BaseException):
        """Stands for the process killed between the archive's commit and the spool's
        delete."""

    def killed(upto: int) -> None:
        raise Killed

    removing = spool.remove
    spool.remove = killed  # type: ignore[method-assign]
    with pytest.raises(Killed):
        await drainer.drain()
    spool.remove = removing  # type: ignore[method-assign]
    assert spooled(store.path) == [(1, "new")]  # committed, still in the spool
    spool.close()

    spool = LiveSpool.open(spool_path(store.path))
    again = SpoolDrainer(store, spool, options_from_config(Config()), delay=3600)
    assert await again.start() == 0  # dropped, not applied twice
    assert spooled(store.path) == []
    # Ids keep growing after the spool emptied: the next event is never taken for one applied.
    second = message_to_post(channel_message(2, MFA, "Second"), src)
    assert await again.append_post("new", second) == 2
    assert await again.drain() == 1
    assert [e for e, _, _ in await stored(store)] == ["1", "2"]
    await again.close()


async def test_a_link_in_place_of_the_spool_is_refused_and_what_it_names_kept(
    store: Store, tmp_path: Path
) -> None:
    named = tmp_path / "someone-elses.db"
    named.write_bytes(b"")
    spool_path(store.path).symlink_to(named)
    with pytest.raises(InputError, match="symbolic link or not a regular file"):
        await Service(store, Config()).run(once=True)
    assert named.read_bytes() == b""


def channel_with_photo() -> tuple[OfflineTelegram, bytes, Any]:
    """Telegram with the channel's one post, a photo it serves: the client, the photo's
    bytes, the message."""
    picture = bytes(range(256)) * 300
    fake = OfflineTelegram(bot=False)
    pic = photo(size=len(picture))
    fake.serve(pic, picture)
    message = channel_message(1, MFA, "Talks on the #SCO summit", media=pic)
    fake.add_channel(MFA, [message])
    return fake, picture, message


async def test_the_media_of_a_post_a_killed_service_left_in_the_spool_are_kept(
    store: Store, tmp_path: Path
) -> None:
    fake, picture, message = channel_with_photo()
    # What a service killed right after acknowledging the post left: the post, in the spool.
    spool = LiveSpool.open(spool_path(store.path))
    spool.append("new", post_to_json(message_to_post(message, channel_source(MFA))))
    spool.close()
    config = Config(telegram=user_session(tmp_path))
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
    assert await service.run(once=True) == 0
    sha = hashlib.sha256(picture).hexdigest()
    # Stored at the start, before Telegram was up; its message fetched again for the photo.
    assert await media_rows(store) == [("1", 0, "photo", "kept", None, sha)]
    assert stored_file(store, sha) == picture
    asked = [r for r in fake.requests if isinstance(r, functions.channels.GetMessagesRequest)]
    assert [[getattr(i, "id", i) for i in r.id] for r in asked] == [[1]]
    assert spooled(store.path) == []
