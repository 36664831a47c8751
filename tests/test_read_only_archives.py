"""Read-only archives open for reading (issue 16, item 4): in a read-only folder, read-only
in a writable one, with a write-ahead log, unreadable to this user.

The CLI runs as an unprivileged user in a forked child (:func:`hostile_archive.as_user`), so
permission bits apply even under root; every case asserts the archive's files unchanged.
"""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
from pathlib import Path

import pytest
from conftest import dump, ingest, make_post
from hostile_archive import as_user, digest, one_line, write_hostile_archive

from tg_archiver.archive.store import Store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hostile_archive(tmp_path_factory.mktemp("template") / "archive.db")


# -- read-only archives open for reading -----------------------------------------------------


def _timeless(export: str) -> list[str]:
    """An export's lines but the one saying when it was made."""
    return [line for line in export.splitlines() if "Generated " not in line]


@pytest.fixture
def read_only_folder(db: Path, open_dir: Path) -> Path:
    folder = open_dir / "ro"
    folder.mkdir()
    shutil.copy(db, folder / "archive.db")
    (folder / "archive.db").chmod(0o444)
    folder.chmod(0o555)
    return folder / "archive.db"


@pytest.mark.parametrize(
    "command",
    [["search", "Astana"], ["stats"], ["tags"], ["export"], ["export", "--format", "html"]],
)
def test_an_archive_in_a_read_only_folder_opens_for_reading(cli, read_only_folder, command):
    archive = read_only_folder
    before = digest(archive)
    r = as_user("--db", archive, *command)
    assert (r.code, r.err) == (0, "")
    copy = archive.parent.parent / "rw" / "archive.db"  # the same archive, read as root
    copy.parent.mkdir()
    shutil.copy(archive, copy)
    expected = cli("--db", copy, *command).out.replace(str(copy), str(archive))
    assert _timeless(r.out) == _timeless(expected)
    assert digest(archive) == before
    assert sorted(p.name for p in archive.parent.iterdir()) == ["archive.db"]  # no -wal, -shm


def test_a_read_only_archive_in_a_writable_folder_opens_for_reading(cli, db, open_dir):
    archive = open_dir / "archive.db"
    shutil.copy(db, archive)
    archive.chmod(0o444)
    before = dump(archive)
    r = as_user("--db", archive, "search", "Kazan")
    assert r.code == 0 and "summit opens; leaders arrive" in r.out and r.err == ""
    r = as_user("--db", archive, "export", "--format", "csv")
    assert r.code == 0 and len(list(csv.reader(io.StringIO(r.out)))) == 21
    assert dump(archive) == before


async def _copy_with_its_log(db: Path, folder: Path) -> None:
    """Copy an archive whose last post is only in its write-ahead log, as a writer that is
    still running (or was killed) leaves it: the file, its -wal and its -shm."""
    store = await Store.open(db)
    try:
        await ingest(store, make_post(99, "Walonly statement on fisheries", day=5))
        for suffix in ("", "-wal", "-shm"):
            shutil.copy(f"{db}{suffix}", folder / f"archive.db{suffix}")
    finally:
        await store.close()


async def test_a_logged_archive_in_a_read_only_folder_is_read_with_its_log(db, open_dir):
    folder = open_dir / "ro"
    folder.mkdir()
    await _copy_with_its_log(db, folder)
    assert (folder / "archive.db-wal").stat().st_size > 0
    folder.chmod(0o555)
    before = {p.name: digest(p) for p in folder.iterdir()}
    r = await asyncio.to_thread(as_user, "--db", folder / "archive.db", "search", "Walonly")
    assert (r.code, r.err) == (0, "")
    assert "**Walonly** statement on fisheries" in r.out  # the post only the log holds
    assert {p.name: digest(p) for p in folder.iterdir()} == before


async def test_a_log_without_its_index_in_a_read_only_folder_is_one_line(db, open_dir):
    folder = open_dir / "ro"
    folder.mkdir()
    await _copy_with_its_log(db, folder)
    (folder / "archive.db-shm").unlink()
    folder.chmod(0o555)
    archive = folder / "archive.db"
    r = await asyncio.to_thread(as_user, "--db", archive, "stats")
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: cannot read the archive {archive}: its write-ahead log"
        " archive.db-wal holds recent changes, and archive.db-shm, needed to read it, cannot"
        " be made in this read-only folder; run any tg-archiver command on it once as a user"
        " who may write the folder"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db", "archive.db-wal"]


def test_an_archive_this_user_may_not_read_is_one_line(db, open_dir):
    archive = open_dir / "archive.db"
    shutil.copy(db, archive)
    archive.chmod(0o200)
    before = dump(archive)
    r = as_user("--db", archive, "search", "forum")
    assert r.code == 1
    assert (
        one_line(r) == f"tg-archiver: error: cannot read the archive {archive}: permission denied"
    )
    assert dump(archive) == before


def test_writing_commands_on_a_read_only_folder_are_one_line(read_only_folder):
    before = digest(read_only_folder)
    for command in ("migrate", "fetch"):
        r = as_user("--db", read_only_folder, command)
        assert r.code == 1
        assert one_line(r) == (
            f"tg-archiver: error: the archive {read_only_folder} is read-only to this user"
            f" (the file or its folder); `{command}` needs to write to it"
        )
    assert digest(read_only_folder) == before
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["archive.db"]
