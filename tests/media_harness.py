"""What the media tests share: a downloader over the harness's Telegram, and the rows and
files it leaves in the archive."""

from __future__ import annotations

import sqlite3
from typing import Any

from conftest import NOW
from telegram_harness import FakeTelegram

from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles, media_root, relative_path
from tg_archiver.archive.store import Store
from tg_archiver.bot.media import MediaDownloader


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def downloader(
    store: Store, tg: FakeTelegram, sleep: Sleeps, rules: MediaConfig | None = None
) -> MediaDownloader:
    return MediaDownloader(
        store,
        tg,
        rules or MediaConfig(),
        files=LocalMediaFiles(media_root(store.path)),
        clock=lambda: NOW,
        sleep=sleep,
    )


def media_rows(store: Store) -> list[tuple[Any, ...]]:
    with sqlite3.connect(store.path) as conn:
        return conn.execute(
            "SELECT posts.external_id, post_media.position, post_media.kind, post_media.state,"
            " post_media.reason, post_media.sha256 FROM post_media"
            " JOIN posts ON posts.id = post_media.post_id ORDER BY posts.id, position"
        ).fetchall()


def stored_file(store: Store, sha256: str) -> bytes:
    return (media_root(store.path) / relative_path(sha256)).read_bytes()
