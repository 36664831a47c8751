"""What Ctrl-C says (exit 130): nothing undone for a command that only reads, and where an
unfinished copy is for ``copy``. (An import's rollback: test_interrupted_import.py.)

The real command runs in a child process and gets a real SIGINT. So that the signal comes
while the command is in its work, not before or after it, the child is started through a
small bootstrap that holds the step named (the archive's first read, a copy's posts table,
the archive's first connection) until the signal comes, after writing ``HELD`` on standard
error.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_post, write_archive

ROOT = Path(__file__).resolve().parent.parent
HUNG = 300  # seconds: only a child that never ends takes this long
HELD = "HELD"

# The first read of the archive's committed data (searches, statistics, tags, digests)
# waits for the signal instead of reading.
_HOLD_READS = f"""
import asyncio, sys
import tg_archiver.cli as cli
from tg_archiver.archive.store.connection import Connection

async def held(self, *args, **kwargs):
    print({HELD!r}, file=sys.stderr, flush=True)
    await asyncio.Event().wait()

Connection.read_all = Connection.read_one = held
sys.exit(cli.main(sys.argv[1:]))
"""

# A copy waits for the signal as it comes to the posts: the sources and tags before them are
# copied (each batch committed), and the target carries the mark of an unfinished copy.
_HOLD_COPY = f"""
import asyncio, sys
import tg_archiver.cli as cli
import tg_archiver.archive.store.copy as copy

copy_table = copy._copy_table

async def held(source, target, plan, progress):
    if plan.table == "posts":
        print({HELD!r}, file=sys.stderr, flush=True)
        await asyncio.Event().wait()
    return await copy_table(source, target, plan, progress)

copy._copy_table = held
sys.exit(cli.main(sys.argv[1:]))
"""

# The archive's first connection is made only once the signal has come, and late (as on a slow
# disk): the command is cancelled while the connection is being made.
_HOLD_CONNECT = f"""
import asyncio.runners, sys, threading, time
import aiosqlite
import tg_archiver.cli as cli

interrupted = threading.Event()
on_sigint = asyncio.runners.Runner._on_sigint

def noted(self, *args, **kwargs):
    on_sigint(self, *args, **kwargs)
    interrupted.set()

asyncio.runners.Runner._on_sigint = noted
connect = aiosqlite.connect

def held(database, **options):
    connection = connect(database, **options)
    connector = connection._connector

    def late():
        print({HELD!r}, file=sys.stderr, flush=True)
        interrupted.wait()
        time.sleep(0.5)
        return connector()

    connection._connector = late
    aiosqlite.connect = connect  # the first connection only
    return connection

aiosqlite.connect = held
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    posts = [
        make_post(n, f"Talks on cooperation, round {n}. #SCO", day=n % 28 + 1) for n in range(1, 41)
    ]
    return write_archive(tmp_path_factory.mktemp("template") / "archive.db", *posts)


def _interrupted(bootstrap: str, *args: object) -> tuple[int, str]:
    """The child's exit code and what it wrote on standard error after ``HELD``, once it got
    SIGINT while held."""
    proc = subprocess.Popen(
        [sys.executable, "-c", bootstrap, *(str(a) for a in args)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        # A shell running the suite in the background ignores SIGINT, and children inherit it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    before = []
    for line in proc.stderr:  # up to the bootstrap's word that the step is held
        if line.strip() == HELD:
            break
        before.append(line)
    else:
        proc.wait(timeout=HUNG)
        pytest.fail(f"the command ended (exit {proc.returncode}) before it was held: {before}")
    proc.send_signal(signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=HUNG)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"the command did not end in {HUNG} s after SIGINT (it hangs)")
    return proc.returncode, err


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tg_archiver", *(str(a) for a in args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HUNG,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["search", "talks"],
        ["search", "talks", "--json"],
        ["stats"],
        ["tags"],
        ["digest", "SCO", "--since", "2024-01-01", "--until", "2024-12-31"],
        ["digest", "SCO"],
    ],
    ids=lambda c: " ".join(c[:3]),
)
def test_ctrl_c_of_a_command_that_only_reads_claims_no_rollback(
    template: Path, command: list[str]
) -> None:
    code, err = _interrupted(_HOLD_READS, "--db", template, *command)

    assert code == 130
    assert err == "tg-archiver: interrupted\n"


def test_ctrl_c_while_the_archive_opens_is_one_line(template: Path) -> None:
    # The connection made after the command was cancelled is waited for and closed: not left
    # to finish after the event loop has closed, which died with a traceback.
    code, err = _interrupted(_HOLD_CONNECT, "--db", template, "stats")

    assert code == 130
    assert err == "tg-archiver: interrupted\n"


def test_ctrl_c_of_a_copy_says_the_target_holds_an_unfinished_copy(
    template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"

    code, err = _interrupted(_HOLD_COPY, "--db", template, "copy", "--to", target)

    assert code == 130
    assert err.splitlines()[-1] == (
        f"tg-archiver: interrupted; {target} holds an unfinished copy: run the same copy again"
        " to finish it"
    )
    # What the line says is so: the target is refused as an unfinished copy, and the same
    # copy run again finishes it.
    refused = _run("--db", target, "stats")
    assert refused.returncode == 1
    assert "holds an unfinished copy" in refused.stderr
    again = _run("--db", template, "copy", "--to", target)
    assert again.returncode == 0, again.stderr
    assert "went on from an earlier run" in again.stdout
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (40,)
