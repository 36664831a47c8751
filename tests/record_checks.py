"""What the hostile-record tests share: an RSS document of given items, and an archive's
posts and versions read back with plain sqlite3 (not through the store under test)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tg_archiver.archive.config import PollingConfig

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
# Fetches from the local server that must succeed: the whole exchange's bound (wall time,
# descheduled time included) generous enough for a loaded machine; 2 s could time out there.
POLLING = PollingConfig(timeout=60.0, max_failures=3, max_backoff=3600)
NO_REPEAT = "0 edited, 0 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"


def rows(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def texts(db: Path) -> dict[str, str]:
    """external id -> current raw text, of every post."""
    return dict(rows(db, "SELECT external_id, raw_text FROM posts"))  # type: ignore[arg-type]


def versions(db: Path, external_id: str) -> list[str]:
    return [
        r[0]
        for r in rows(
            db,
            "SELECT v.raw_text FROM post_history v JOIN posts p ON p.id = v.post_id"
            " WHERE p.external_id = ? ORDER BY v.version",
            external_id,
        )
    ]


def rss(*items: tuple[str, str]) -> bytes:
    """An RSS document of (guid, description) items, in order."""
    body = "".join(
        f'<item><title>Item {guid}</title><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>Wed, 17 May 2023 13:30:00 GMT</pubDate><description>{text}</description></item>"
        for guid, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example News</title><link>https://news.example.org/</link>{body}</channel></rss>"
    ).encode()
