"""Media with several services on one PostgreSQL archive: a file is downloaded by one of them
and linked by the others, an edit's replaced attachments are moved once, and an archive
copied from SQLite keeps its files' rows (the files stay in the folder they were in)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import CHANNEL, NOW, OPTIONS, CliResult, ingest, make_post
from media_harness import MEDIA_ROWS, Sleeps, query, rows_at
from tdesktop_fixtures import make_channel_export, message, write_export
from tdesktop_fixtures import photo as export_photo
from telegram_harness import FakeTelegram, channel, channel_message, photo
from telethon.tl import functions

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles, relative_path
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaItem, media_store
from tg_archiver.bot.media import MediaDownloader
from tg_archiver.bot.telegram import ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
AGENCY = channel(1600000002, "agency_news", "Agency News")
DATA = bytes(range(256)) * 1500  # three GetFileRequests
SMALL = DATA[:4096]  # a photo small enough to embed in a page
WAITING_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"


class GatedTelegram(FakeTelegram):
    """File parts wait for ``gate``; ``asked`` is set when the first part is asked for."""

    def __init__(self) -> None:
        super().__init__(bot=False)
        self.gate = asyncio.Event()
        self.asked = asyncio.Event()

    async def __call__(
        self, request: Any, ordered: bool = False, flood_sleep_threshold: int | None = None
    ) -> Any:
        if isinstance(request, functions.upload.GetFileRequest):
            self.asked.set()
            await self.gate.wait()
        return await super().__call__(request, ordered, flood_sleep_threshold)


@pytest.fixture
async def two_services(pg_url: str) -> AsyncIterator[tuple[Store, Store]]:
    """Two services' stores on one database (each its own connections, as two processes)."""
    first = await Store.open(PostgresUrl(pg_url))
    second = await Store.open(PostgresUrl(pg_url))
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def until(check: Callable[[], Any]) -> None:
    """Wait (on the event loop, a step at a time) until ``await check()`` is true."""
    for _ in range(6000):  # at most 30 s on a loaded machine
        if await check():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the condition never held")


async def follow(store: Store, tg: FakeTelegram, media: MediaDownloader, name: str) -> None:
    ingest = ChannelIngest(
        store, tg, [name], OPTIONS, backfill_limit=None, clock=lambda: NOW, sleep=Sleeps(),
        page_wait=0, on_media=media.track,
    )  # fmt: skip
    await ingest.resolve()
    await ingest.backfill()


async def test_two_services_download_a_file_once_and_both_link_it(
    two_services: tuple[Store, Store], tmp_path: Path
) -> None:
    first, second = two_services
    pic = photo(size=len(DATA))  # one Telegram file, posted in two channels
    clients = []
    for chan, post_id in ((MFA, 1), (AGENCY, 7)):
        tg = GatedTelegram()
        tg.add_channel(chan)
        tg.serve(pic, DATA)
        tg.post(chan, channel_message(post_id, chan, f"The map of the corridor ({chan.title})",
                                      media=pic))  # fmt: skip
        clients.append(tg)
    shared = LocalMediaFiles(tmp_path / "shared.media")  # the folder both services mount
    downloaders = [
        MediaDownloader(store, tg, MediaConfig(), files=shared, clock=lambda: NOW, sleep=Sleeps())
        for store, tg in zip(two_services, clients, strict=True)
    ]  # no FileLocks shared: two processes

    await follow(first, clients[0], downloaders[0], "@example_mfa")
    await asyncio.wait_for(clients[0].asked.wait(), 30)  # the first service is downloading it
    await follow(second, clients[1], downloaders[1], "@agency_news")

    async def second_waits() -> bool:
        return (await query(first, WAITING_LOCKS))[0][0] == 1

    await until(second_waits)  # the second service waits for the first's claim
    for tg in clients:
        tg.gate.set()
    await asyncio.gather(*(d.drain() for d in downloaders))

    sha = hashlib.sha256(DATA).hexdigest()
    rows = await query(first, MEDIA_ROWS)
    assert [r[3:] for r in rows] == [("kept", None, sha), ("kept", None, sha)]
    assert len(clients[0].file_requests()) == 3  # the whole file, once
    assert clients[1].file_requests() == []  # the second linked the first's file
    assert await query(first, "SELECT count(*) FROM media_files") == [(1,)]
    assert (shared.root / relative_path(sha)).read_bytes() == DATA


async def test_an_edit_recorded_by_two_services_at_once_moves_the_old_photo_once(
    two_services: tuple[Store, Store],
) -> None:
    first, second = two_services
    await ingest(first, make_post(5, "A statement with a map"))
    media = [media_store(first), media_store(second)]
    post_id = await media[0].post_id(CHANNEL.kind, CHANNEL.key, "5")
    assert post_id is not None
    old, new = (MediaItem("photo", message_id=5, telegram_file=f"photo-{n}") for n in (1, 2))
    pending = [("pending", None)]
    async with first.transaction():
        await media[0].record(post_id, [old], pending, now=NOW)

    async def second_records() -> bool:
        async with second.transaction():
            return await media[1].record(post_id, [new], pending, now=NOW)

    async with first.transaction():  # both services see the edit; the first records it
        assert await media[0].record(post_id, [new], pending, now=NOW)
        racing = asyncio.create_task(second_records())

        async def second_waits() -> bool:
            return (await query(first, WAITING_LOCKS))[0][0] == 1

        await until(second_waits)
    assert await racing is False  # it found the edit recorded: nothing more to move

    replaced = await query(first, "SELECT position, telegram_file, state FROM post_media_replaced")
    assert replaced == [(0, "photo-1", "missing")]
    rows = await query(first, "SELECT position, telegram_file FROM post_media")
    assert rows == [(0, "photo-2")]


def test_an_archive_copied_from_sqlite_keeps_its_files_rows_and_finds_its_files(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "a.jpg").write_bytes(SMALL)
    write_export(
        folder / "result.json",
        make_channel_export(
            [message(1, "Talks in Moscow", **export_photo("photos/a.jpg", len(SMALL)))]
        ),
    )
    db = tmp_path / "archive.db"
    assert cli("--db", db, "import", folder).code == 0
    copied = cli("--db", db, "copy", "--to", pg_url)
    assert copied.code == 0, copied.err
    sql = "SELECT kind, state, sha256 FROM post_media"
    assert (
        rows_at(pg_url, sql)
        == rows_at(db, sql)
        == [("photo", "kept", hashlib.sha256(SMALL).hexdigest())]
    )
    # The files stay where they were: [media] folder tells the PostgreSQL archive so.
    config = tmp_path / "pg.toml"
    config.write_text('[media]\nfolder = "archive.db.media"\n')

    verify = cli("--config", config, "--db", pg_url, "media", "verify")
    page = cli("--config", config, "--db", pg_url, "export", "--format", "html", "--embed")

    assert verify.code == 0, verify.out + verify.err
    assert f"verified 1 files in {tmp_path / 'archive.db.media'}: 1 ok" in verify.out
    assert page.code == 0 and 'src="data:image/jpeg;base64,' in page.out
