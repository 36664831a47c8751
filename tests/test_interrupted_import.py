"""An import killed or interrupted half-way leaves nothing behind, and a rerun completes it.

These run the real command in a subprocess on a generated export big enough to be stopped
in the middle of its transaction.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from index_check import assert_index_agrees
from tdesktop_fixtures import hashtag, make_channel_export, message, write_export

N = 12_000
HUNG = 300  # seconds: only a child that stalls or never ends takes this long (60 was short
# for reaching 2 MB of the transaction on a loaded machine: the import takes ~12 s unloaded)


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    words = [
        "cooperation", "security", "summit", "energy", "transport", "trade", "partners",
    ]  # fmt: skip
    messages = [
        message(
            i,
            [
                f"Statement {i}: "
                + " ".join(words[(i * k) % len(words)] + str(i % (k + 7)) for k in range(40)),
                "\n",
                hashtag("#SCO" if i % 2 else "#BRICS"),
            ],
        )
        for i in range(1, N + 1)
    ]
    return write_export(
        tmp_path_factory.mktemp("big") / "result.json", make_channel_export(messages=messages)
    )


def _start(db: Path, export: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tg_archiver", "--db", str(db), "import", str(export)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell running this in the background ignores SIGINT, and children inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_until_writing(db: Path, proc: subprocess.Popen[str]) -> None:
    """Until the import's transaction has written a good part of itself to the WAL."""
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + HUNG
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            return
        time.sleep(0.02)
    raise AssertionError("the import finished or stalled before it could be interrupted")


def _posts(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert_index_agrees(conn)
        return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])


def _migrated(db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tg_archiver", "--db", str(db), "migrate"], capture_output=True
    )
    assert done.returncode == 0


def test_killed_import_leaves_nothing_and_a_rerun_completes(tmp_path, big_export) -> None:
    db = tmp_path / "archive.db"
    _migrated(db)
    proc = _start(db, big_export)
    _wait_until_writing(db, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=HUNG)
    assert proc.returncode == -signal.SIGKILL
    assert _posts(db) == 0

    rerun = _start(db, big_export)
    _out, err = rerun.communicate(timeout=HUNG)
    assert rerun.returncode == 0, err
    assert _posts(db) == N


def test_ctrl_c_rolls_back_with_one_line(tmp_path, big_export) -> None:
    db = tmp_path / "archive.db"
    _migrated(db)
    proc = _start(db, big_export)
    _wait_until_writing(db, proc)
    os.kill(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=HUNG)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [
        "tg-archiver: interrupted; the unfinished step was rolled back"
    ]
    assert _posts(db) == 0


def _photo_export(folder: Path, n: int) -> Path:
    """An export of ``n`` posts, each with a photo of its own (so each is copied)."""
    (folder / "photos").mkdir(parents=True)
    messages = []
    for i in range(1, n + 1):
        name = f"photos/photo_{i}.jpg"
        data = i.to_bytes(4, "big") * 5_000  # 20 KB, its own bytes
        (folder / name).write_bytes(data)
        messages.append(
            message(
                i,
                f"Statement {i} on trade",
                photo=name,
                photo_file_size=len(data),
                width=10,
                height=10,
            )
        )
    return write_export(folder / "result.json", make_channel_export(messages=messages))


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_sigterm_is_ctrl_c_and_leaves_no_copied_media_file(tmp_path) -> None:
    """`kill PID` (SIGTERM) of an import that is copying an export's photos: the one line and
    exit status of Ctrl-C, and the media folder as empty as the archive. Before, the process
    ended where it stood (exit -15, nothing said) and the files it had copied stayed."""
    export = _photo_export(tmp_path / "export", 3_000)
    db = tmp_path / "archive.db"
    _migrated(db)
    proc = _start(db, export)
    media = tmp_path / "archive.db.media"
    deadline = time.monotonic() + HUNG
    while len(_files_under(media)) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the import ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=HUNG)
    assert err.strip().splitlines() == [
        "tg-archiver: interrupted; the unfinished step was rolled back"
    ]
    assert proc.returncode == 130
    assert _posts(db) == 0
    assert _files_under(media) == []


def test_the_cli_gives_its_callers_sigterm_handler_back(cli, tmp_path) -> None:
    """main() takes SIGTERM as Ctrl-C while it runs; a process that runs it (a test, a
    script) keeps its own handler afterwards, and main() run in a thread sets none."""
    mine = signal.getsignal(signal.SIGTERM)
    assert cli("--db", tmp_path / "a.db", "migrate").code == 0
    assert signal.getsignal(signal.SIGTERM) is mine

    import threading

    done = []
    worker = threading.Thread(target=lambda: done.append(cli("--db", tmp_path / "a.db", "stats")))
    worker.start()
    worker.join()
    assert done[0].code == 0, done[0].err
