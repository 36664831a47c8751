"""Hostile outputs and damaged archives (issue 16, items 3, 4 and 8b).

``export -o`` onto FIFOs, devices, links, folders and full disks; an archive that is damaged,
read-only, or a folder; post text carrying ``javascript:`` links into Markdown, HTML, bot
replies and digests. Every case goes through the real CLI (in-process, in a subprocess, or in
a forked child running as an unprivileged user: the tests run as root in CI, and root ignores
permission bits) against a real SQLite archive, and asserts the exact line, the exit status
and that the archive is unchanged.
"""

from __future__ import annotations

import asyncio
import concurrent.futures.thread  # noqa: F401  (see as_user: imported before dropping root)
import csv
import hashlib
import importlib.readers  # noqa: F401
import io
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CliResult, dump, ingest, make_post, write_archive
from markdown_it import MarkdownIt

import tg_archiver.archive.store.connection as archive_store
from tg_archiver.archive.store import Store
from tg_archiver.bot.replies import format_hit
from tg_archiver.cli import main
from tg_archiver.output import clean_stale_parts

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534

# -- the archive ------------------------------------------------------------------------------

HOSTILE_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;&#x61;vascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "[x](vbscript:msgbox(1))",
    "[x](file:///etc/passwd)",
    "[x](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x]\n\n[x]: javascript:alert(1)",
    "[x](\njavascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
]
LIVE_LINKS = ["[site](https://mid.example/a)", "[chan](tg://resolve?domain=mfa)"]
ALLOWED = ("http://", "https://", "tg:")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(
        tmp_path_factory.mktemp("template") / "archive.db",
        make_post(1, "Astana talks on the harbour forum #SCO", day=1),
        make_post(2, "Kazan summit opens; leaders arrive #BRICS", day=2),
        *(
            make_post(10 + i, f"Statement #SCO {text} end", day=3, url="javascript:alert(2)")
            for i, text in enumerate(HOSTILE_LINKS + LIVE_LINKS)
        ),
    )


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="tg-archiver-test-", dir="/tmp"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for p in [path, *path.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(r: CliResult) -> str:
    assert "Traceback" not in r.err, r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    return lines[0]


def as_user(*args: object, uid: int = NOBODY) -> CliResult:
    """Run the CLI as ``uid`` in a forked child, so permission bits apply even under root.

    The child runs the already imported code (the interpreter under /root cannot be run by
    nobody): the modules the CLI imports lazily are imported at the top of this file.
    """
    # The package's own files are read before the fork: a checkout that only root may read
    # (a CI clone in a private folder) is not what these tests are about.
    archive_store._migrations()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 70
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                if os.geteuid() == 0:
                    os.setgroups([])
                    os.setgid(uid)
                    os.setuid(uid)
                try:
                    code = main([str(a) for a in args])
                except SystemExit as e:
                    code = int(e.code or 0)
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:  # the child must not return into pytest: show why, exit 70
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return CliResult(
            os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode()
        )


# -- item 3: export -o onto what is there ------------------------------------------------------


def test_export_streams_into_a_fifo_and_leaves_it_a_fifo(cli, db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    before = dump(db)
    r = cli("--db", db, "export", "--format", "md", "-o", fifo)
    reader.join()
    assert (r.code, r.err) == (0, f"exported 20 posts to {fifo}\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert (
        cli("--db", db, "export", "--format", "md").out.encode().split(b"\n")[2:]
        == (
            received[0].split(b"\n")[2:]  # the same export, past the line with the time
        )
    )
    assert dump(db) == before


@pytest.mark.parametrize("fmt", ["jsonl", "md"])
def test_export_to_dev_null_keeps_the_device(cli, db, fmt):
    before = os.stat("/dev/null")
    r = cli("--db", db, "export", "--format", fmt, "-o", "/dev/null")
    after = os.stat("/dev/null")
    assert (r.code, r.err) == (0, "exported 20 posts to /dev/null\n")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino


def test_export_through_a_link_to_dev_null_keeps_link_and_device(cli, db, tmp_path):
    link = tmp_path / "out.jsonl"
    link.symlink_to("/dev/null")
    r = cli("--db", db, "export", "-o", link)
    assert (r.code, r.err) == (0, f"exported 20 posts to {link}\n")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert list(tmp_path.iterdir()) == [tmp_path / "archive.db", link]


def test_export_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link(cli, db, tmp_path):
    target = tmp_path / "exports" / "latest.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    r = cli("--db", db, "export", "-o", link)
    assert (r.code, r.err) == (0, f"exported 20 posts to {link}\n")
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text() == cli("--db", db, "export").out
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's permissions
    assert sorted(p.name for p in target.parent.iterdir()) == ["latest.jsonl"]


def test_export_through_a_dangling_link_is_refused_and_creates_nothing(cli, db, tmp_path):
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "nowhere.jsonl")
    r = cli("--db", db, "export", "-o", link)
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: cannot write the export to {link}: it is a symbolic link to"
        f" {tmp_path / 'nowhere.jsonl'}, which does not exist"
    )
    assert link.is_symlink() and not (tmp_path / "nowhere.jsonl").exists()


def test_export_to_stdout_by_dash(cli, db):
    r = cli("--db", db, "export", "-o", "-")
    assert (r.code, r.err) == (0, "")
    assert r.out == cli("--db", db, "export").out and len(r.out.splitlines()) == 20


_KILLED_EXPORT = """
import sys
from tg_archiver.output import write_export
def write(out):
    out.write(b"half an export\\n")
    out.flush()
    print("ready", flush=True)
    sys.stdin.read()  # until killed
    return 1
write_export(sys.argv[1], write, binary=True)
"""


def test_a_killed_exports_part_file_is_removed_by_the_next_export(cli, db, tmp_path):
    out = tmp_path / "posts.jsonl"
    out.write_text("previous export\n")
    killed = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, str(out)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert killed.stdout is not None and killed.stdout.readline() == "ready\n"
    killed.send_signal(signal.SIGKILL)
    assert killed.wait() == -signal.SIGKILL
    assert killed.stdin is not None and killed.stdout is not None
    killed.stdin.close()
    killed.stdout.close()
    stale = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert len(stale) == 1 and stale[0].name.startswith(f".posts.jsonl.tg-archiver-{killed.pid}-")
    assert out.read_text() == "previous export\n"  # the kill cost the old export nothing

    # Beside it, look-alikes that are not a dead export's own: all kept.
    running = tmp_path / f".posts.jsonl.tg-archiver-{os.getpid()}-abcdefgh.part"
    running.write_text("an export still running")
    others = tmp_path / f".posts.jsonl.tg-archiver-{killed.pid}-otheruser.part"
    others.write_text("another user's")
    os.chown(others, NOBODY, NOBODY)
    linked = tmp_path / f".posts.jsonl.tg-archiver-{killed.pid}-linkedxx.part"
    linked.symlink_to(out)
    unrelated = tmp_path / ".posts.jsonl.abcdefgh.part"  # not named by tg-archiver
    unrelated.write_text("someone else's")

    r = cli("--db", db, "export", "-o", out)
    assert (r.code, r.err) == (0, f"exported 20 posts to {out}\n")
    assert not stale[0].exists()
    assert running.exists() and others.exists() and linked.is_symlink() and unrelated.exists()
    assert out.read_text() == cli("--db", db, "export").out
    assert clean_stale_parts(tmp_path, "posts.jsonl") == []


# -- item 4: one line, exit 1 -----------------------------------------------------------------


def test_export_to_a_folder_is_one_line(cli, db, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    before = dump(db)
    r = cli("--db", db, "export", "-o", folder)
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: cannot write the export to {folder}: it is a folder;"
        " give the name of a file to write"
    )
    assert list(folder.iterdir()) == [] and dump(db) == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.db")] == [
        "exports"
    ]


def test_export_to_an_empty_path_is_one_line(cli, db, tmp_path):
    before = dump(db)
    r = cli("--db", db, "export", "-o", "")
    assert r.code == 1
    assert one_line(r) == (
        "tg-archiver: error: cannot write the export to '': give a file name, or - for stdout"
    )
    assert dump(db) == before


@pytest.mark.parametrize("fmt", ["jsonl", "html"])
def test_export_to_dev_full_is_one_line_and_keeps_the_device(cli, db, fmt):
    before = dump(db)
    r = cli("--db", db, "export", "--format", fmt, "-o", "/dev/full")
    assert r.code == 1
    assert one_line(r) == (
        "tg-archiver: error: cannot write the export to /dev/full: No space left on device;"
        " the export is incomplete"
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert dump(db) == before


def test_export_into_a_read_only_folder_is_one_line(db, open_dir):
    archive = open_dir / "archive.db"
    shutil.copy(db, archive)
    folder = open_dir / "locked"
    folder.mkdir(mode=0o555)
    folder.chmod(0o555)
    before = dump(archive)
    r = as_user("--db", archive, "export", "-o", folder / "posts.jsonl")
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: cannot write the export to {folder / 'posts.jsonl'}:"
        " Permission denied"
    )
    assert list(folder.iterdir()) == [] and dump(archive) == before


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "md", "html"])
def test_export_into_a_closed_pipe_exits_quietly(db, fmt):
    """`export | head -0`: the reader is gone; as Unix tools do, stop without a word."""
    before = dump(db)
    read_end, write_end = os.pipe()
    os.close(read_end)
    done = subprocess.run(
        [sys.executable, "-m", "tg_archiver", "--db", str(db), "export", "--format", fmt],
        cwd=REPO,
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")
    assert dump(db) == before


@pytest.mark.parametrize("fmt", ["jsonl", "md"])
def test_export_to_a_full_stdout_is_one_line(db, fmt):
    """`export > /dev/full`: standard output refuses every write."""
    before = dump(db)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tg_archiver", "--db", str(db), "export", "--format", fmt],
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 1
    assert done.stderr == (
        "tg-archiver: error: cannot write the export to standard output: No space left on"
        " device; the export is incomplete\n"
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert dump(db) == before


@pytest.mark.parametrize(
    "command", [["search", "Astana"], ["search", "Astana", "--json"], ["stats"], ["tags"]]
)
def test_every_command_printing_to_a_full_stdout_is_one_line(db, command):
    """`search > /dev/full` (or a full disk): not an OSError traceback from inside print."""
    before = dump(db)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tg_archiver", "--db", str(db), *command],
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert (done.returncode, done.stderr) == (
        1,
        "tg-archiver: error: cannot write to standard output: No space left on device\n",
    )
    assert dump(db) == before


def test_import_into_a_read_only_archive_is_one_line(db, open_dir):
    archive = open_dir / "archive.db"
    shutil.copy(db, archive)
    archive.chmod(0o444)
    dump_file = open_dir / "dump.txt"
    dump_file.write_text("01.05.2024 10:00\nA new statement on the forum\n")
    before = dump(archive)
    r = as_user("--db", archive, "import", "--format", "text", dump_file)
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: the archive {archive} is read-only to this user (the file or"
        " its folder); `import` needs to write to it"
    )
    assert dump(archive) == before


def test_db_pointing_at_a_folder_is_one_line(cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for command in (["stats"], ["search", "forum"], ["import", str(tmp_path)]):
        r = cli("--db", folder, *command)
        assert r.code == 1
        assert one_line(r) == (
            f"tg-archiver: error: the archive {folder} is a folder, not a file; give the"
            f" archive's file, e.g. {folder / 'archive.db'}"
        )
    assert list(folder.iterdir()) == []


def test_an_archive_in_a_missing_folder_is_one_line(cli, tmp_path):
    archive = tmp_path / "nowhere" / "archive.db"
    for command in (["import", str(tmp_path)], ["stats"]):
        r = cli("--db", archive, *command)
        assert r.code == 1
        assert one_line(r) == (
            f"tg-archiver: error: cannot create the archive {archive}: folder"
            f" {archive.parent} does not exist"
        )
    assert not archive.parent.exists()


_FORGET_LAST_MIGRATION = (
    "DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)"
)


def test_a_read_only_archive_that_needs_migrating_is_one_line(db, open_dir):
    folder = open_dir / "ro"
    folder.mkdir()
    archive = folder / "archive.db"
    shutil.copy(db, archive)
    conn = sqlite3.connect(archive)  # made an archive of the previous release
    with conn:
        conn.execute(_FORGET_LAST_MIGRATION)
    conn.close()
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]
    folder.chmod(0o555)
    before = digest(archive)
    r = as_user("--db", archive, "search", "forum")
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: the archive {archive} needs its schema brought up to date, and"
        " this user may not write it; run `tg-archiver migrate` as a user who may"
    )
    assert digest(archive) == before


def _damage_posts(db: Path) -> None:
    """Overwrite the header and the middle of the posts table's root page, as a bad disk would."""
    with sqlite3.connect(db) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'posts'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with db.open("r+b") as f:
        f.seek((root[0] - 1) * size)
        f.write(b"\x0d\xff\xff\xff")
        f.seek((root[0] - 1) * size + size // 2)
        f.write(b"\xff" * 64)


DAMAGED = (
    "tg-archiver: error: the archive {db} is damaged: database disk image is malformed;"
    " nothing was changed. Restore it from a backup, or save what is readable with the"
    " sqlite3 shell's .recover into a new file"
)


@pytest.mark.parametrize(
    "command",
    [
        ["search", "Astana"],
        ["search", "--rank", "forum"],
        ["export"],
        ["export", "--format", "md"],
        ["export", "--format", "csv", "-o", "{out}"],
        ["import", "--format", "text", "{dump}"],
    ],
)
def test_a_damaged_posts_table_is_one_line_and_the_file_unchanged(cli, db, tmp_path, command):
    _damage_posts(db)
    before = digest(db)
    out = tmp_path / "posts.csv"
    out.write_text("previous export\n")
    text = tmp_path / "dump.txt"
    text.write_text("01.05.2024 10:00\nA new statement on the forum\n")
    args = [a.format(out=out, dump=text) for a in command]
    r = cli("--db", db, *args)
    assert r.code == 1
    assert one_line(r) == DAMAGED.format(db=db)
    assert digest(db) == before
    assert out.read_text() == "previous export\n"
    made = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.db"))
    assert made == ["dump.txt", "posts.csv"]


def test_a_damaged_schema_is_one_line(cli, db):
    with db.open("r+b") as f:  # the schema table's page: page 1, past the file header
        f.seek(100)
        f.write(b"\x0d\xff\xff\xff")
    before = digest(db)
    r = cli("--db", db, "stats")
    assert r.code == 1
    assert one_line(r) == DAMAGED.format(db=db)
    assert digest(db) == before


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


# -- item 8b: post text never becomes a link to a hostile scheme -----------------------------


class _Links(HTMLParser):
    """Every URL an HTML page would follow or load: href, src, action."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v or "" for k, v in attrs if k in ("href", "src", "action", "formaction")]


def links_in_html(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.urls


def links_in_markdown(text: str) -> list[str]:
    """The links a CommonMark renderer makes, with its own link filter turned off (as some
    renderers have none), so the export's escaping is what is tested."""
    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return links_in_html(md.render(text))


def _hostile(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.lower().startswith(ALLOWED) and not u.startswith("#post-")]


def test_markdown_export_keeps_only_http_https_and_tg_links_live(cli, db):
    r = cli("--db", db, "export", "--format", "md")
    assert r.code == 0
    links = links_in_markdown(r.out)
    assert _hostile(links) == []
    originals = ["https://t.me/example_mfa/1", "https://t.me/example_mfa/2"]
    assert sorted(links) == sorted(["https://mid.example/a", "tg://resolve?domain=mfa", *originals])
    for text in ("javascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd"):
        assert text in MarkdownIt("commonmark").render(r.out)  # shown as text, not dropped


def test_html_export_links_no_hostile_scheme(cli, db):
    r = cli("--db", db, "export", "--format", "html")
    assert r.code == 0
    links = links_in_html(r.out)
    assert _hostile(links) == [] and "javascript:alert(2)" in r.out  # the url, as text
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in r.out


async def test_bot_replies_and_digests_link_no_hostile_scheme(db):
    from datetime import UTC, datetime

    from tg_archiver.archive.digest import DigestOptions, compose_digest
    from tg_archiver.archive.query import parse_query

    store = await Store.open(db)
    try:
        hits = await store.search(parse_query("Statement"), limit=100, include_duplicates=True)
        assert len(hits) == len(HOSTILE_LINKS) + len(LIVE_LINKS)
        replies = [format_hit(h) for h in hits]
        rows = await store.digest_rows(
            ("SCO",), since=datetime(2024, 1, 1, tzinfo=UTC), until=datetime(2025, 1, 1, tzinfo=UTC)
        )
    finally:
        await store.close()
    messages = compose_digest(
        rows,
        DigestOptions(title="Digest", topics=("SCO",), say_when_empty=True),
        since=datetime(2024, 1, 1, tzinfo=UTC),
        until=datetime(2025, 1, 1, tzinfo=UTC),
    )
    for page in [*replies, *messages]:
        assert _hostile(links_in_html(page)) == [], page
