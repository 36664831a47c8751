"""The service keeps the files of archived channel posts: real download requests through
telethon's ``iter_download`` (``upload.GetFileRequest`` answered part by part by the harness),
a FloodWait and a disconnect mid-file, resume, limits, dedup across channels."""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, OPTIONS
from media_harness import Sleeps, count_posts, downloader, media_dir, media_rows, query, stored_file
from telegram_harness import (
    FakeTelegram,
    OfflineTelegram,
    channel,
    channel_message,
    dispatch,
    document,
    forward_header,
    photo,
    private_message,
    update_new_channel_message,
    update_new_message,
    user,
    user_session,
)
from telethon.tl import functions, types

from tg_archiver.archive.config import Config
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.store import Store
from tg_archiver.bot.forward_intake import ForwardIntake
from tg_archiver.bot.media import REQUEST_SIZE, FileLocks, MediaDownloader, fetch_with_client
from tg_archiver.bot.service import Service
from tg_archiver.bot.telegram import ChannelIngest

MFA = channel(1500000001, "example_mfa", "Example MFA")
AGENCY = channel(1600000002, "agency_news", "Agency News")

# Three and a half requests' worth: the download takes four GetFileRequests.
BIG = bytes((i * 7 + i // 251) % 256 for i in range(REQUEST_SIZE * 3 + REQUEST_SIZE // 2))


@pytest.fixture
def store(engine_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Each test on both engines, in ``tmp_path`` (a PostgreSQL archive's media folder)."""
    monkeypatch.chdir(tmp_path)
    return engine_store


@pytest.fixture
def tg() -> FakeTelegram:
    client = FakeTelegram(bot=False)
    client.add_channel(MFA)
    client.add_channel(AGENCY)
    return client


async def backfill(
    store: Store, tg: FakeTelegram, media: MediaDownloader, *channels: str
) -> ChannelIngest:
    ingest = ChannelIngest(
        store,
        tg,
        list(channels or ["@example_mfa"]),
        OPTIONS,
        backfill_limit=None,
        clock=lambda: NOW,
        sleep=Sleeps(),
        page_wait=0,
        on_media=media.track,
    )
    await ingest.resolve()
    await ingest.backfill()
    await media.drain()
    return ingest


async def test_a_photo_is_downloaded_in_parts_and_kept_by_its_hash(
    store: Store, tg: FakeTelegram
) -> None:
    media = photo(size=len(BIG))
    tg.serve(media, BIG)
    tg.post(MFA, channel_message(1, MFA, "Minister meets counterpart #SCO", media=media))

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    sha = hashlib.sha256(BIG).hexdigest()
    assert await media_rows(store) == [("1", 0, "photo", "kept", None, sha)]
    assert stored_file(store, sha) == BIG
    requests = tg.file_requests()
    assert [r.offset for r in requests] == [0, REQUEST_SIZE, 2 * REQUEST_SIZE, 3 * REQUEST_SIZE]
    assert isinstance(requests[0].location, types.InputPhotoFileLocation)
    assert requests[0].location.thumb_size == "y"  # the largest size
    assert not list((media_dir(store) / "partial").iterdir())


async def test_the_same_file_in_two_channels_is_stored_once(store: Store, tg: FakeTelegram) -> None:
    first, second = photo(size=len(BIG)), photo(size=len(BIG))  # two uploads, same bytes
    tg.serve(first, BIG)
    tg.serve(second, BIG)
    tg.post(MFA, channel_message(1, MFA, "Statement with a map", media=first))
    tg.post(AGENCY, channel_message(7, AGENCY, "The ministry's map", media=second))

    await backfill(store, tg, downloader(store, tg, Sleeps()), "@example_mfa", "@agency_news")

    sha = hashlib.sha256(BIG).hexdigest()
    assert [r[3:] for r in await media_rows(store)] == [("kept", None, sha), ("kept", None, sha)]
    assert await query(store, "SELECT count(*), sum(size) FROM media_files") == [(1, len(BIG))]
    files = [p for p in media_dir(store).rglob("*") if p.is_file()]
    assert len(files) == 1


async def test_a_flood_wait_mid_file_is_waited_out_and_the_download_resumes(
    store: Store, tg: FakeTelegram
) -> None:
    media = photo(size=len(BIG))
    tg.serve(media, BIG)
    tg.post(MFA, channel_message(1, MFA, "Photo of the talks", media=media))
    tg.file_flood_waits = {3: 17}
    sleep = Sleeps()

    await backfill(store, tg, downloader(store, tg, sleep))

    sha = hashlib.sha256(BIG).hexdigest()
    assert (await media_rows(store))[0][3:] == ("kept", None, sha)
    assert stored_file(store, sha) == BIG
    assert 17 in sleep.calls
    # Resumed at the third part, not from the start: two parts were on disk already.
    offsets = [r.offset for r in tg.file_requests()]
    assert offsets == [0, REQUEST_SIZE, 2 * REQUEST_SIZE, 2 * REQUEST_SIZE, 3 * REQUEST_SIZE]


async def test_a_disconnect_mid_file_resumes_from_the_bytes_on_disk(
    store: Store, tg: FakeTelegram
) -> None:
    media = document("address.mp4", size=len(BIG), mime_type="video/mp4", video=True)
    tg.serve(media, BIG)
    tg.post(MFA, channel_message(1, MFA, "Video address", media=media))
    tg.file_disconnects = {2}

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    sha = hashlib.sha256(BIG).hexdigest()
    assert await media_rows(store) == [("1", 0, "video", "kept", None, sha)]
    assert stored_file(store, sha) == BIG
    assert [r.offset for r in tg.file_requests()][:3] == [0, REQUEST_SIZE, REQUEST_SIZE]


async def test_an_interrupted_download_resumes_on_the_next_start(
    store: Store, tg: FakeTelegram
) -> None:
    media = photo(size=len(BIG))
    tg.serve(media, BIG)
    tg.post(MFA, channel_message(1, MFA, "Photo of the talks", media=media))
    tg.file_disconnects = set(range(2, 9))  # the connection stays down: the download gives up

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    assert (await media_rows(store))[0][3] == "pending"
    part = media_dir(store) / "partial" / f"photo-{media.photo.id}"
    assert part.read_bytes() == BIG[:REQUEST_SIZE]
    with open(part, "ab") as f:
        f.write(b"torn")  # a crash mid-write left a partial request behind

    # The next start: `media fetch` resolves the message again and resumes from the part.
    tg.file_disconnects = set()
    before = len(tg.file_requests())
    files = LocalMediaFiles(media_dir(store))

    assert await fetch_with_client(store, tg, MediaConfig(), files) == {"kept": 1}

    sha = hashlib.sha256(BIG).hexdigest()
    assert (await media_rows(store))[0][3:] == ("kept", None, sha)
    assert stored_file(store, sha) == BIG
    assert [r.offset for r in tg.file_requests()[before:]] == [
        REQUEST_SIZE,
        2 * REQUEST_SIZE,
        3 * REQUEST_SIZE,
    ]


async def test_limits_skip_by_size_and_kind_and_the_text_is_stored(
    store: Store, tg: FakeTelegram
) -> None:
    big_video = document("long.mp4", size=3 * 1024 * 1024, mime_type="video/mp4", video=True)
    voice = document("note.ogg", size=1000, mime_type="audio/ogg")
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(
        MFA,
        channel_message(1, MFA, "Full video of the briefing", media=big_video),
        channel_message(2, MFA, "A statement as a PDF", media=voice),
        channel_message(3, MFA, "A photo", media=pic),
    )
    rules = MediaConfig(kinds=("photo", "video"), max_mb={"photo": 1, "video": 2})

    await backfill(store, tg, downloader(store, tg, Sleeps(), rules))

    rows = await media_rows(store)
    assert [(r[0], r[3]) for r in rows] == [("1", "skipped"), ("2", "skipped"), ("3", "kept")]
    assert rows[0][4] == "3.0 MB over the video limit of 2 MB"
    assert rows[1][4] == "kind document not in [media] kinds"
    assert {r.location.id for r in tg.file_requests()} == {pic.photo.id}  # nothing else asked
    assert await count_posts(store) == 3


async def test_raising_a_limit_then_fetch_downloads_what_was_skipped(
    store: Store, tg: FakeTelegram
) -> None:
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(MFA, channel_message(1, MFA, "A photo", media=pic))
    await backfill(store, tg, downloader(store, tg, Sleeps(), MediaConfig(max_mb={"photo": 0})))
    assert (await media_rows(store))[0][3] == "skipped"

    async def resolve(key: str, ids: list[int]) -> list[Any]:
        return list(await tg.get_messages(MFA, ids=ids))

    assert await downloader(store, tg, Sleeps()).fetch_waiting(resolve) == {"kept": 1}
    assert (await media_rows(store))[0][3] == "kept"


async def test_a_truncated_download_is_failed_and_leaves_no_file(
    store: Store, tg: FakeTelegram
) -> None:
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG[: REQUEST_SIZE + 10])  # the server ends the file early
    tg.post(MFA, channel_message(1, MFA, "A photo", media=pic))

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    (row,) = await media_rows(store)
    assert row[3:] == ("failed", f"truncated: {REQUEST_SIZE + 10} of {len(BIG)} bytes", None)
    assert [p for p in media_dir(store).rglob("*") if p.is_file()] == []


async def test_a_file_telegram_refuses_is_failed_and_the_rest_go_on(
    store: Store, tg: FakeTelegram
) -> None:
    gone, pic = photo(size=100), photo(size=len(BIG))
    tg.serve(pic, BIG)  # `gone` is not served: FILE_REFERENCE_EXPIRED
    tg.post(
        MFA,
        channel_message(1, MFA, "First", media=gone),
        channel_message(2, MFA, "Second", media=pic),
    )

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    rows = await media_rows(store)
    assert [r[3] for r in rows] == ["failed", "kept"]
    assert rows[0][4] == "Telegram refused it: FileReferenceExpiredError"


class GatedTelegram(FakeTelegram):
    """File parts wait for ``gate``: downloads hang as on a slow link until it opens."""

    def __init__(self) -> None:
        super().__init__(bot=False)
        self.gate = asyncio.Event()

    async def __call__(
        self, request: Any, ordered: bool = False, flood_sleep_threshold: int | None = None
    ) -> Any:
        if isinstance(request, functions.upload.GetFileRequest):
            await self.gate.wait()
        return await super().__call__(request, ordered, flood_sleep_threshold)


async def test_downloads_are_bounded_and_never_hold_up_live_text(store: Store) -> None:
    tg = GatedTelegram()
    tg.add_channel(MFA)
    pics = [photo(size=len(BIG)) for _ in range(6)]
    for n, pic in enumerate(pics):
        tg.serve(pic, BIG[n:] + bytes(n))
    media = downloader(store, tg, Sleeps(), MediaConfig(concurrent=2))
    ingest = ChannelIngest(
        store, tg, ["@example_mfa"], OPTIONS, backfill_limit=None, clock=lambda: NOW,
        sleep=Sleeps(), page_wait=0, on_media=media.track,
    )  # fmt: skip
    await ingest.resolve()
    ingest.register()

    for n, pic in enumerate(pics, start=1):
        msg = channel_message(n, MFA, f"Live post {n}", media=pic)
        await dispatch(tg, update_new_channel_message(msg), chats=[MFA])
    await asyncio.sleep(0)  # let the queued downloads start (and block on the link)

    # Every text is stored and every file recorded as pending while no file has come.
    assert await count_posts(store) == 6
    assert [r[3] for r in await media_rows(store)] == ["pending"] * 6
    assert media.active == 2  # the other four wait for a slot

    tg.gate.set()
    await media.drain()

    assert [r[3] for r in await media_rows(store)] == ["kept"] * 6
    assert media.most_active == 2


async def test_a_full_disk_leaves_no_partial_file_in_the_store(
    store: Store, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(MFA, channel_message(1, MFA, "A photo", media=pic))
    real_replace = os.replace

    def full(src: Any, dst: Any) -> None:
        if "media" in str(dst):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    await backfill(store, tg, downloader(store, tg, Sleeps()))
    monkeypatch.setattr(os, "replace", real_replace)

    (row,) = await media_rows(store)
    assert row[3] == "failed"
    assert "no space left" in row[4]
    assert [p for p in media_dir(store).rglob("*") if p.is_file()] == []
    assert await count_posts(store) == 1


def service_config(tmp_path: Path, media: MediaConfig | None = None) -> Config:
    return Config(telegram=user_session(tmp_path), media=media or MediaConfig())


async def test_run_once_keeps_the_files_of_the_posts_it_backfills(
    store: Store, tmp_path: Path
) -> None:
    fake = OfflineTelegram(bot=False)
    pic = photo(size=len(BIG))
    fake.serve(pic, BIG)
    fake.add_channel(MFA, [channel_message(1, MFA, "Talks #SCO", media=pic)])
    service = Service(
        store, service_config(tmp_path), client_factory=lambda tg, bot: fake, page_wait=0
    )

    assert await service.run(once=True) == 0

    sha = hashlib.sha256(BIG).hexdigest()
    assert await media_rows(store) == [("1", 0, "photo", "kept", None, sha)]
    assert stored_file(store, sha) == BIG


async def test_run_once_with_media_off_downloads_nothing(store: Store, tmp_path: Path) -> None:
    fake = OfflineTelegram(bot=False)
    pic = photo(size=len(BIG))
    fake.serve(pic, BIG)
    fake.add_channel(MFA, [channel_message(1, MFA, "Talks #SCO", media=pic)])
    config = service_config(tmp_path, MediaConfig(enabled=False))
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)

    assert await service.run(once=True) == 0

    assert await media_rows(store) == []
    assert fake.file_requests() == []
    assert await count_posts(store) == 1


async def test_a_forwarded_post_keeps_its_photo_as_the_origin_channels_post(
    store: Store,
) -> None:
    bot = FakeTelegram(bot=True)
    analyst = user(4242, "Analyst")
    media = downloader(store, bot, Sleeps())
    ForwardIntake(
        store, bot, OPTIONS, allowed_users=[analyst.id], clock=lambda: NOW, on_media=media.track
    ).register()
    pic = photo(size=len(BIG))
    bot.serve(pic, BIG)
    msg = private_message(
        10, analyst, "Ministers met in Astana #SCO", fwd_from=forward_header(MFA.id, 345),
        media=pic,
    )  # fmt: skip

    await dispatch(bot, update_new_message(msg), users=[analyst], chats=[MFA])
    await media.drain()

    sha = hashlib.sha256(BIG).hexdigest()
    assert await media_rows(store) == [("345", 0, "photo", "kept", None, sha)]
    assert stored_file(store, sha) == BIG


async def test_one_photo_reposted_in_a_batch_is_downloaded_once(
    store: Store, tg: FakeTelegram
) -> None:
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(
        MFA,
        channel_message(1, MFA, "The map of the corridor", media=pic),
        channel_message(
            2, MFA, "Again: the map of the corridor, for those who missed it", media=pic
        ),
    )

    await backfill(store, tg, downloader(store, tg, Sleeps()))

    sha = hashlib.sha256(BIG).hexdigest()
    assert [r[3:] for r in await media_rows(store)] == [("kept", None, sha), ("kept", None, sha)]
    assert stored_file(store, sha) == BIG
    assert len(tg.file_requests()) == 4  # one download: the second post linked the first's file


def test_clean_temporary_removes_only_the_leftovers_of_gone_processes(tmp_path: Path) -> None:
    files = LocalMediaFiles(tmp_path / "a.db.media")
    files.write([b"kept"])
    tmp = tmp_path / "a.db.media" / "tmp"
    gone = subprocess_pid_that_exited()
    (tmp / f"{gone}-0123456789abcdef.part").write_bytes(b"half a file")
    mine = tmp / f"{os.getpid()}-fedcba9876543210.part"
    mine.write_bytes(b"being written now")

    assert files.clean_temporary() == 1

    assert [p.name for p in tmp.iterdir()] == [mine.name]
    assert files.has(hashlib.sha256(b"kept").hexdigest())


def subprocess_pid_that_exited() -> int:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


async def test_two_downloaders_sharing_locks_fetch_one_file_once(store: Store) -> None:
    tg = GatedTelegram()  # both downloads start, and wait on the link, before either ends
    tg.add_channel(MFA)
    tg.add_channel(AGENCY)
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(MFA, channel_message(1, MFA, "The map of the corridor", media=pic))
    tg.post(AGENCY, channel_message(5, AGENCY, "The ministry's map of the corridor", media=pic))
    locks = FileLocks()
    files = LocalMediaFiles(media_dir(store))
    channels = MediaDownloader(store, tg, MediaConfig(), files=files, clock=lambda: NOW,
                               sleep=Sleeps(), locks=locks)  # fmt: skip
    forwards = MediaDownloader(store, tg, MediaConfig(), files=files, clock=lambda: NOW,
                               sleep=Sleeps(), locks=locks)  # fmt: skip
    await backfill_only(store, tg, channels, "@example_mfa")
    await backfill_only(store, tg, forwards, "@agency_news")
    await asyncio.sleep(0)

    tg.gate.set()
    await asyncio.gather(channels.drain(), forwards.drain())

    sha = hashlib.sha256(BIG).hexdigest()
    assert [r[3:] for r in await media_rows(store)] == [("kept", None, sha), ("kept", None, sha)]
    assert stored_file(store, sha) == BIG
    assert len(tg.file_requests()) == 4  # one download of four parts; the other linked it


async def backfill_only(
    store: Store, tg: FakeTelegram, media: MediaDownloader, name: str
) -> ChannelIngest:
    """Backfill ``name`` with ``media`` recording its files, without waiting for them."""
    ingest = ChannelIngest(
        store, tg, [name], OPTIONS, backfill_limit=None, clock=lambda: NOW, sleep=Sleeps(),
        page_wait=0, on_media=media.track,
    )  # fmt: skip
    await ingest.resolve()
    await ingest.backfill()
    return ingest


async def test_a_part_another_process_is_downloading_is_left_to_it(
    store: Store, tg: FakeTelegram
) -> None:
    pic = photo(size=len(BIG))
    tg.serve(pic, BIG)
    tg.post(MFA, channel_message(1, MFA, "A photo", media=pic))
    part = LocalMediaFiles(media_dir(store)).partial(f"photo-{pic.photo.id}")
    with open(part, "ab") as other:  # as `media fetch` in another process holds it
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)

        await backfill(store, tg, downloader(store, tg, Sleeps()))

        assert (await media_rows(store))[0][3] == "pending"
        assert tg.file_requests() == []

    files = LocalMediaFiles(media_dir(store))
    assert await fetch_with_client(store, tg, MediaConfig(), files) == {"kept": 1}
    assert stored_file(store, hashlib.sha256(BIG).hexdigest()) == BIG
