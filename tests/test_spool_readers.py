"""A killed service's live posts, acknowledged and still in its spool, in every answer.

The service acknowledges a live post once it is in ``ARCHIVE.spool`` and stores it behind
(tg_archiver/archive/spool_drain.py). Killed before a batch, it leaves posts that only the
next ``run`` stored: ``search``, ``export``, ``stats``, ``digest`` and ``copy --to`` did not
see them. They store them first now (tg_archiver/archive/spool_settle.py), and the next
service follows their media. Real SQLite files, a real service process killed with SIGKILL,
telethon's TL objects through the client's dispatch (TESTING-TELEGRAM.md).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from conftest import dump
from hostile_archive import as_user
from media_harness import media_rows, stored_file
from test_live_spool import MFA, SUMMIT, channel_with_photo, killed_service, spooled

from tg_archiver.archive.config import Config, TelegramConfig
from tg_archiver.archive.live_spool import LiveSpool, spool_path
from tg_archiver.archive.post_record import post_to_json
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.run_lock import RunLock
from tg_archiver.bot.convert import channel_source, message_to_post
from tg_archiver.bot.service import Service
from tg_archiver.cli import main


def unfollowed(archive: Path) -> list[int]:
    with closing(sqlite3.connect(spool_path(archive))) as conn:
        return [int(i) for (i,) in conn.execute("SELECT id FROM unfollowed")]


def posts_in(archive: Path) -> list[str]:
    with closing(sqlite3.connect(archive)) as conn:
        return [str(t) for (t,) in conn.execute("SELECT raw_text FROM posts ORDER BY id")]


def test_a_search_after_a_killed_service_finds_its_acknowledged_post(tmp_path, cli) -> None:
    archive = killed_service(tmp_path)
    r = cli("--db", archive, "search", "Astana")
    assert r.code == 0 and "Astana" in r.out, r.err
    assert r.err == ""  # stored, nothing to say
    assert posts_in(archive) == [SUMMIT]
    assert spooled(archive) == []
    assert unfollowed(archive) == [1]  # its media and alerts: the next service's
    r = cli("--db", archive, "stats")
    assert r.code == 0 and "1" in r.out


def test_export_stats_and_copy_to_carry_a_killed_services_posts(tmp_path, cli) -> None:
    archive = killed_service(tmp_path)
    r = cli("--db", archive, "export", "--format", "jsonl")
    assert r.code == 0, r.err
    assert [json.loads(line)["text"] for line in r.out.splitlines()] == [SUMMIT]

    (tmp_path / "second").mkdir()
    second = killed_service(tmp_path / "second")
    target = tmp_path / "copy.db"
    r = cli("--db", second, "copy", "--to", target)
    assert r.code == 0, r.err
    assert posts_in(target) == [SUMMIT]
    assert spooled(second) == []


def test_a_read_only_archive_says_what_waits_and_is_left_as_it_was(
    tmp_path: Path, open_dir: Path
) -> None:
    killed_service(tmp_path)
    folder = open_dir / "ro"
    folder.mkdir()
    for f in tmp_path.iterdir():
        if f.name.startswith("archive.db"):
            shutil.copy(f, folder / f.name)
    ro = folder / "archive.db"
    folder.chmod(0o555)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    r = as_user("--db", ro, "search", "Astana")
    assert r.code == 0
    assert r.err == (
        f"tg-archiver: note: 1 live event(s) a stopped service acknowledged wait in"
        f" {spool_path(ro)} and are not in this answer; `tg-archiver run` by a user who may"
        " write the archive stores them\nno posts match\n"
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_beside_a_running_service_a_search_leaves_the_spool_to_it(tmp_path, cli) -> None:
    archive = killed_service(tmp_path)
    before = dump(archive)
    lock = RunLock(archive)
    assert lock.take() is None  # stands for a service that runs (it drains the spool itself)
    try:
        r = cli("--db", archive, "search", "Astana")
    finally:
        lock.release()
    assert (r.code, r.err) == (0, "no posts match\n")  # the service's to store, in moments
    assert spooled(archive) == [(1, "new")]
    assert dump(archive) == before


async def test_the_media_of_a_post_a_search_stored_are_fetched_by_the_next_service(
    tmp_path: Path,
) -> None:
    fake, picture, message = channel_with_photo()
    archive = tmp_path / "archive.db"
    async with await Store.open(archive):
        pass
    # What a service killed right after acknowledging the post left: the post, in the spool.
    spool = LiveSpool.open(spool_path(archive))
    spool.append("new", post_to_json(message_to_post(message, channel_source(MFA))))
    spool.close()
    assert await asyncio.to_thread(main, ["--db", str(archive), "search", "summit"]) == 0
    assert posts_in(archive) == ["Talks on the #SCO summit"]
    assert unfollowed(archive) == [1]

    session = tmp_path / "user.session"
    session.touch()
    config = Config(
        telegram=TelegramConfig(
            api_id=1, api_hash="not-a-real-hash", session=session, channels=("@example_mfa",)
        )
    )
    async with await Store.open(archive) as store:
        service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
        assert await service.run(once=True) == 0
        sha = hashlib.sha256(picture).hexdigest()
        assert await media_rows(store) == [("1", 0, "photo", "kept", None, sha)]
        assert stored_file(store, sha) == picture
        assert posts_in(archive) == ["Talks on the #SCO summit"]  # not stored twice
    assert unfollowed(archive) == []


def test_beside_an_import_writing_the_archive_a_search_says_what_waits_and_never_waits(
    tmp_path, cli
) -> None:
    archive = killed_service(tmp_path)
    writer = sqlite3.connect(archive, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # stands for an import's transaction under way
    try:
        r = cli("--db", archive, "search", "Astana")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert r.code == 0
    assert r.err == (
        f"tg-archiver: note: 1 live event(s) a stopped service acknowledged wait in"
        f" {spool_path(archive)} and are not in this answer; another process is writing the"
        " archive: the next command stores them\nno posts match\n"
    )
    assert spooled(archive) == [(1, "new")]
    r = cli("--db", archive, "search", "Astana")  # the writer done: stored, found
    assert (r.code, r.err) == (0, "") and "Astana" in r.out
