"""6. start-up: ``tg-archiver --help``, ``stats`` and ``search`` beside ``sqlite-utils --help``.

A command a person types should answer as fast as a comparable small tool: the target (issue
21) is within 1.2x of ``sqlite-utils --help`` (PyPI, the ``bench`` extra), measured in the same
run. Both run as ``python -m`` with this interpreter in a fresh process, with the same
environment and working folder, so the figure is interpreter start-up plus what each tool
imports. ``stats`` and ``search`` run against an empty archive (made once, not timed): the
figure is start-up, not a query. Rounds are interleaved (each round runs every command once),
so a busy moment of the machine falls on all of them alike; each row shows the median of the
rounds and the median of the per-round ratios.

Both read their modules' bytecode: pip compiles a package as it installs it, so sqlite-utils
starts from its ``.pyc`` files, and so does tg-archiver installed by ``pip install .``. The
checkout the bench runs from is compiled first (:func:`compiled`), or, where
``PYTHONDONTWRITEBYTECODE`` is set (as on the project's development machines), every one of
our runs would compile the whole package from source and time that instead (session 38: a
Latin ``search`` 1.44x uncompiled, 0.97x compiled, in one quiet run).

Without sqlite-utils installed the rows say so, with our times alone, instead of failing.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.results import Results, med
from bench.workspace import REPO, fresh, say

TARGET = 1.2
BASELINE = "sqlite-utils --help"
MISSING = "sqlite-utils not installed: pip install '.[bench]'"


def commands(archive: Path) -> dict[str, list[str]]:
    """What is timed: the label of each command and its arguments after ``tg-archiver``."""
    return {
        "--help": ["--help"],
        "stats": ["--db", str(archive), "stats"],
        "search": ["--db", str(archive), "search", "cooperation"],
        # A Cyrillic word loads the Russian dictionary (archive/lexemes.py); a Latin one not.
        "search (Cyrillic)": ["--db", str(archive), "search", "переговоры"],
    }


def baseline_command() -> list[str] | None:
    """``sqlite-utils --help`` run the way ours is, or None when sqlite-utils is missing."""
    if importlib.util.find_spec("sqlite_utils") is None:
        return None
    return [sys.executable, "-m", "sqlite_utils", "--help"]


def timed(argv: list[str], cwd: Path) -> float:
    """Wall seconds of one run of ``argv`` in a fresh process; a failure stops the bench."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    began = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr}")
    return took


def compiled() -> None:
    """The checkout's package compiled to bytecode, as pip compiles an installed one."""
    compileall.compile_dir(REPO / "tg_archiver", quiet=1)


def bench_startup(results: Results, work: Path, runs: int) -> None:
    """``runs`` interleaved rounds of every command and of :func:`baseline_command`."""
    baseline = baseline_command()
    compiled()
    folder = work / "startup"
    folder.mkdir(parents=True, exist_ok=True)
    archive = fresh(folder / "empty.db")
    ours = [sys.executable, "-m", "tg_archiver"]
    timed([*ours, "--db", str(archive), "migrate"], folder)  # the schema, once, untimed
    rows = {}
    for name in commands(archive):
        label = f"start-up: tg-archiver {name} vs {BASELINE}"
        if baseline:
            rows[name] = results.row(
                label,
                "s",
                target=f"≤ {TARGET}× {BASELINE}",
                met=lambda r: med(r.ratios) <= TARGET,
            )
        else:
            rows[name] = results.row(f"{label} ({MISSING})", "s")
    for _ in range(runs):
        if baseline:
            base = timed(baseline, folder)
        for name, argv in commands(archive).items():
            row = rows[name]
            row.ours.append(timed([*ours, *argv], folder))
            if baseline:
                row.raw.append(base)
    fresh(archive)
    shown = ", ".join(f"{name} {med(row.ours):.3f} s" for name, row in rows.items())
    if baseline:
        shown += f"; {BASELINE} {med(next(iter(rows.values())).raw):.3f} s"
    else:
        results.notes.append(f"start-up: {MISSING}; our times are shown alone")
    say(f"start-up, median of {runs} rounds: {shown}")
