"""A large import goes through SQLite's rollback journal, not the write-ahead log (issue 21).

In WAL mode an import, one transaction, kept every page it wrote in the log until it
committed: a 1M-post import wrote a log as large as the archive (archive.store.bulk). An
import of at least ``BULK_BYTES`` of input now switches the archive to the rollback journal
for its transaction when nothing else has it open, and back to WAL mode after. These tests
lower ``BULK_BYTES`` so that small real exports take that path, through the real command
line (in-process, or a real process killed with SIGKILL), and check: the same archive as
an import through the log, no log while it writes, WAL mode after, a failed or killed
import leaving the archive exactly as it was, and the log kept when another connection has
the archive open.
"""

from __future__ import annotations

import logging
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from conftest import NOW, OPTIONS, CliResult, dump, ingest, make_post
from tdesktop_fixtures import make_channel_export, message, write_export, write_large_export

from tg_archiver.archive import ingest as ingest_module
from tg_archiver.archive.pipeline import prepare
from tg_archiver.archive.store import Store

# What an import must store the same whichever way it is written (no timestamps of "now").
_ROWS = """
SELECT posts.id, sources.key, posts.external_id, posts.content_hash, posts.clean_text,
       posts.search_stems, posts.duplicate_of, posts.duplicate_kind, posts.similarity,
       (SELECT count(*) FROM post_bands WHERE post_bands.post_id = posts.id),
       (SELECT count(*) FROM post_tags WHERE post_tags.post_id = posts.id),
       (SELECT count(*) FROM post_signatures WHERE post_signatures.post_id = posts.id)
FROM posts JOIN sources ON sources.id = posts.source_id ORDER BY posts.id
"""


def rows(db: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute(_ROWS).fetchall()


def journal_mode(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import is a large one."""
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("exports")
    return [
        write_large_export(folder / f"{cid}.json", 120, seed=i, channel_id=cid)
        for i, cid in enumerate((1500000201, 1500000202))
    ]


def test_a_large_import_stores_what_an_import_through_the_log_stores(
    tmp_path: Path,
    exports: list[Path],
    cli: Callable[..., CliResult],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    through_log = tmp_path / "wal.db"
    assert cli("--db", through_log, "import", *exports).code == 0
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    through_journal = tmp_path / "journal.db"
    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store.bulk"):
        done = cli("--db", through_journal, "import", *exports)
    assert done.code == 0, done.err
    assert "another process" not in caplog.text  # it did switch
    stored = rows(through_journal)
    assert len(stored) > 200  # the exports' posts (a few of their messages are service ones)
    assert stored == rows(through_log)
    assert journal_mode(through_journal) == "wal"
    assert not Path(f"{through_journal}-journal").exists()


async def test_no_log_is_written_while_a_large_import_writes(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    store = await Store.open(db)
    try:
        async with store.bulk() as switched:
            assert switched
            async with store.transaction():
                posts = (make_post(n, f"Statement number {n} on trade.") for n in range(50))
                await store.ingest([prepare(p, OPTIONS) for p in posts], now=NOW)
                assert not Path(f"{db}-wal").exists()
                assert Path(f"{db}-journal").exists()
        assert store.conn.reader is not store.conn.db  # the reading connection is back
        assert tuple(await store.conn.read_one("SELECT count(*) FROM posts")) == (50,)
        await ingest(store, make_post(99, "A later statement on energy."))
    finally:
        await store.close()
    assert journal_mode(db) == "wal"
    assert len(rows(db)) == 51


def test_a_failed_large_import_leaves_the_archive_as_it_was(
    tmp_path: Path, exports: list[Path], cli: Callable[..., CliResult], bulk: None
) -> None:
    db = tmp_path / "archive.db"
    assert cli("--db", db, "import", exports[0]).code == 0
    before = dump(db)
    bad = write_export(
        tmp_path / "bad.json",
        make_channel_export([message(1, "Fine."), message(2, "Not \x00 fine.")], id=1500000299),
    )
    failed = cli("--db", db, "import", exports[1], bad)
    assert failed.code != 0
    assert "NUL" in failed.err and "Traceback" not in failed.err
    assert dump(db) == before
    assert journal_mode(db) == "wal"


def journal_size(journal: Path) -> int:
    try:
        return journal.stat().st_size
    except FileNotFoundError:
        return 0


def test_a_large_import_killed_midway_leaves_the_archive_as_it_was(
    tmp_path: Path, cli: Callable[..., CliResult], bulk: None
) -> None:
    db = tmp_path / "archive.db"
    assert cli("--db", db, "import", write_large_export(tmp_path / "a.json", 50, seed=7)).code == 0
    before = rows(db)
    big = write_large_export(tmp_path / "b.json", 3000, seed=8, channel_id=1500000203)
    code = (
        "import sys; from tg_archiver.archive import ingest; ingest.BULK_BYTES = 0;"
        " from tg_archiver.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(db), "import", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    journal = Path(f"{db}-journal")
    deadline = time.monotonic() + 120
    # The journal's header alone (512 bytes) is written before any post: wait until pages of
    # the bulk write are in it, so the kill lands inside that write, not before it.
    while journal_size(journal) <= 4096 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert journal_size(journal) > 4096, "the import never wrote through the rollback journal"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert rows(db) == before  # the next connection rolled the journal back
    assert journal_mode(db) in ("delete", "wal")  # WAL again at the next writer's open
    assert cli("--db", db, "stats").code == 0
    assert journal_mode(db) == "wal"


def test_an_archive_open_elsewhere_is_imported_through_the_log(
    tmp_path: Path,
    exports: list[Path],
    cli: Callable[..., CliResult],
    bulk: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = tmp_path / "archive.db"
    assert cli("--db", db, "import", exports[0]).code == 0
    first = len(rows(db))
    with closing(sqlite3.connect(db)) as other:  # another process's reader, say
        assert other.execute("SELECT count(*) FROM posts").fetchone() == (first,)
        with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store.bulk"):
            done = cli("--db", db, "import", exports[1])
        assert done.code == 0, done.err
        assert "open in another process" in caplog.text
        (now,) = other.execute("SELECT count(*) FROM posts").fetchone()
        assert now > first + 100
    assert journal_mode(db) == "wal"
