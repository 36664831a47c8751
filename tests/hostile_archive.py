"""The archive and the helpers the hostile-output tests share (issue 16, items 3, 4 and 8b).

:func:`write_hostile_archive` holds posts whose text and url carry ``javascript:`` and other
hostile links beside live ones; :func:`as_user` runs the real CLI as an unprivileged user in a
forked child, so that permission bits apply even when the tests run as root (as in CI).
"""

from __future__ import annotations

import concurrent.futures.thread  # noqa: F401  (see as_user: imported before dropping root)
import hashlib
import importlib.readers  # noqa: F401
import os
import sys
import tempfile
import traceback
from pathlib import Path

from conftest import CliResult, make_post, write_archive

# The CLI imports these inside its commands (start-up, issue 20); the forked child of as_user
# must find them imported already, as it may not read the checkout once it is nobody.
import tg_archiver.archive.explain
import tg_archiver.archive.export
import tg_archiver.archive.ingest
import tg_archiver.archive.store.connection as archive_store
import tg_archiver.archive.store.relink
import tg_archiver.archive.store.writer  # noqa: F401  (the store loads its write path on first write)
from tg_archiver.cli import main

NOBODY = 65534

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


def write_hostile_archive(path: Path) -> Path:
    """Two plain posts, then one post per hostile and live link (its url hostile too)."""
    return write_archive(
        path,
        make_post(1, "Astana talks on the harbour forum #SCO", day=1),
        make_post(2, "Kazan summit opens; leaders arrive #BRICS", day=2),
        *(
            make_post(10 + i, f"Statement #SCO {text} end", day=3, url="javascript:alert(2)")
            for i, text in enumerate(HOSTILE_LINKS + LIVE_LINKS)
        ),
    )


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
