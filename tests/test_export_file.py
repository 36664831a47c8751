"""archive.export_file: the bot's /export and the web app's downloads, written into a
temporary file by a worker thread.

Cancelled part-way (telethon cancels a command's handler when the service disconnects), the
thread stops writing before the cancellation goes on, and the file goes. A real SQLite
archive of a few thousand posts; each test cancels once the file has its first bytes.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from pathlib import Path

import pytest
from conftest import NOW, make_post, write_archive

from tg_archiver.archive.export_file import EXPORT_LIMIT, export_to_temp
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store, readers

POSTS = 3000
HUNG = 120  # seconds: only an export that never writes waits this long


def _text(n: int) -> str:
    """Post ``n``'s own words (made-up ones: no two posts are near-duplicates)."""
    pick = random.Random(n)
    words = ("".join(pick.choices("abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(40))
    return f"Statement {n}: {' '.join(words)}."


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    posts = [make_post(n, _text(n)) for n in range(1, POSTS + 1)]
    return write_archive(tmp_path_factory.mktemp("template") / "archive.db", *posts)


@pytest.fixture
async def archive(template: Path, tmp_path: Path) -> AsyncIterator[Store]:
    path = tmp_path / "archive.db"
    shutil.copy(template, path)
    store = await Store.open(path)
    try:
        yield store
    finally:
        await store.close()


def _open_files_under(folder: Path) -> list[str]:
    """The files under ``folder`` this process has open (removed ones too)."""
    names = []
    for fd in os.listdir("/proc/self/fd"):
        with suppress(OSError):  # the listing's own descriptor, closed by now
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [n for n in names if n.startswith(f"{folder}/")]


async def _cancel_once_writing(task: asyncio.Future[object], folder: Path) -> None:
    """Cancel ``task`` once the export file in ``folder`` has bytes: its thread is part-way."""
    deadline = time.monotonic() + HUNG
    while not any(p.is_file() and p.stat().st_size for p in folder.rglob("*")):
        assert not task.done(), "the export ended before it was cancelled"
        assert time.monotonic() < deadline, "the export never wrote"
        await asyncio.sleep(0.001)
    task.cancel()


@pytest.mark.parametrize(
    ("fmt", "words"),
    [("jsonl", ""), ("md", ""), ("md", "statement")],
    ids=["lines-by-sqlite", "rows", "search"],
)
async def test_a_cancelled_export_stops_writing_before_the_cancellation_goes_on(
    archive: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, words: str
) -> None:
    """The cancellation comes out as one (a search's export could raise "aclose():
    asynchronous generator is already running" instead), and by then the thread has closed
    the file (it wrote on into the removed folder, to the end of the archive, and the process
    waited for it at its exit), the thread that read ahead of it has ended, and the temporary
    folder is gone."""
    monkeypatch.setattr(readers, "_EXPORT_BATCH", 10)  # SQLite's lines: batches to stop between
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()

    task = asyncio.ensure_future(
        export_to_temp(archive, parse_query(words), fmt, now=NOW, limit=EXPORT_LIMIT)
    )
    await _cancel_once_writing(task, tmp_path / "tmp")
    with pytest.raises(asyncio.CancelledError):
        await task

    assert _open_files_under(tmp_path / "tmp") == []
    assert "export-read-ahead" not in [t.name for t in threading.enumerate()]
    assert list((tmp_path / "tmp").iterdir()) == []
