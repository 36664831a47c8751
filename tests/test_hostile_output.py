"""Hostile outputs and damaged archives (issue 16, items 3 and 4).

``export -o`` onto FIFOs, devices, links, folders and full disks; an archive that is damaged,
read-only, or a folder. Every case goes through the real CLI (in-process, in a subprocess, or in
a forked child running as an unprivileged user: the tests run as root in CI, and root ignores
permission bits) against a real SQLite archive, and asserts the exact line, the exit status
and that the archive is unchanged. Read-only archives opened for reading are
test_read_only_archives.py's; hostile links in post text, test_hostile_links.py's.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import dump
from hostile_archive import NOBODY, as_user, digest, one_line, write_hostile_archive

from tg_archiver.output import clean_stale_parts

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hostile_archive(tmp_path_factory.mktemp("template") / "archive.db")


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


def test_a_new_export_file_gets_what_a_new_file_gets_under_the_umask(cli, db, tmp_path):
    # Written to a temporary file and renamed, the export was left with the temporary file's
    # private 0600 whatever the umask: a shared folder's readers, or a web server serving the
    # Atom file, could not read it. It now gets what `> file` would give it.
    for mask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        target = tmp_path / f"umask-{mask:03o}.atom"
        old = os.umask(mask)
        try:
            r = cli("--db", db, "export", "--format", "atom", "-o", target)
        finally:
            os.umask(old)
        assert (r.code, r.err) == (0, f"exported 20 posts to {target}\n")
        assert stat.S_IMODE(target.stat().st_mode) == mode, oct(mask)


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


@pytest.mark.parametrize("how", ["itself", "a link", "a hard link", "its WAL", "its journal"])
def test_export_onto_the_archive_itself_is_refused_and_keeps_it(cli, db, tmp_path, how):
    # `export -o archive.db` replaced the archive with the export, exit 0.
    before = dump(db)
    size = db.stat().st_size
    target = {
        "itself": db,
        "a link": tmp_path / "link.db",
        "a hard link": tmp_path / "hard.db",
        "its WAL": Path(f"{db}-wal"),
        "its journal": Path(f"{db}-journal"),
    }[how]
    if how == "a link":
        target.symlink_to(db)
    if how == "a hard link":
        os.link(db, target)
    r = cli("--db", db, "export", "-o", target)
    assert r.code == 1
    assert one_line(r) == (
        f"tg-archiver: error: cannot write the export to {target}: it is the archive itself"
        f" ({db}); give another file name"
    )
    assert db.stat().st_size == size and dump(db) == before
    assert not Path(f"{db}-journal").exists()


@pytest.mark.parametrize("how", ["a kept file", "a new file", "a link into it"])
def test_export_into_the_media_folder_is_refused(cli, db, tmp_path, how):
    # `export -o archive.db.media/6f/54/<sha256>` replaced a kept photo, exit 0.
    media = Path(f"{db}.media")
    kept = media / "6f" / "54" / ("6f54" + "0" * 60)
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"photo bytes")
    targets = {"a kept file": kept, "a new file": media / "new.jsonl", "a link into it": tmp_path}
    target = targets[how] if how != "a link into it" else tmp_path / "link"
    if how == "a link into it":
        target.symlink_to(kept)
    r = cli("--db", db, "export", "-o", target)
    assert r.code == 1
    assert one_line(r).startswith(
        f"tg-archiver: error: cannot write the export to {target}: it is inside the archive's"
        f" media folder ({media})"
    )
    assert kept.read_bytes() == b"photo bytes" and not (media / "new.jsonl").exists()


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
    for command in (["import", str(tmp_path)], ["migrate"]):
        r = cli("--db", archive, *command)
        assert r.code == 1
        assert one_line(r) == (
            f"tg-archiver: error: cannot create the archive {archive}: folder"
            f" {archive.parent} does not exist"
        )
    r = cli("--db", archive, "stats")  # a command that reads says there is nothing to read
    assert r.code == 1 and one_line(r).startswith(f"tg-archiver: error: no archive at {archive}:")
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
