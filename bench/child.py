"""The ``tg-archiver`` command in a child process, as a user runs it: its wall time, and the
peak memory of its whole process tree (the import's worker included), sampled from /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.workspace import REPO, say


@dataclass
class Sample:
    seconds: float
    rss_mb: float
    hwm_mb: float
    posts_read: int | None  # estimated from the child's read offsets in the export files


@dataclass
class Child:
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    finished: bool = True
    samples: list[Sample] = field(default_factory=list)


def _proc_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a live process, in MB."""
    found = {"VmRSS": 0.0, "VmHWM": 0.0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in found:
                found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return found["VmRSS"], found["VmHWM"]


def _descendants(pid: int) -> list[int]:
    """The live processes started by ``pid``, and theirs (a worker pool's, say)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{parent}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                todo.append(child)
    return found


def _tree_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of ``pid`` and every process under it, summed, in MB. The summed peaks
    may have been reached at different moments, so their sum bounds the tree's peak from
    above."""
    rss = hwm = 0.0
    for p in (pid, *_descendants(pid)):
        r, h = _proc_mb(p)
        rss, hwm = rss + r, hwm + h
    return rss, hwm


def _posts_read(pid: int, files: list[tuple[Path, int]]) -> int | None:
    """Posts behind the child's read offset: the files are read one after another, so every
    file before the open one is done and the open one is read up to its offset."""
    sizes = {str(path): (n, path.stat().st_size) for n, (path, _) in enumerate(files)}
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target in sizes:
                index, size = sizes[target]
                pos = next(
                    int(line.split()[1])
                    for line in Path(f"/proc/{pid}/fdinfo/{fd}").read_text().splitlines()
                    if line.startswith("pos:")
                )
                done = sum(posts for _, posts in files[:index])
                return done + round(files[index][1] * min(pos / max(size, 1), 1.0))
    except (OSError, StopIteration, ValueError):
        return None
    return None


# The child runs tg-archiver's __main__ and, at exit, writes its own VmHWM (peak RSS, kB).
# Not wait4's ru_maxrss: Linux carries that across exec, so it would report the memory of
# this (forked) benchmark process instead of tg-archiver's.
_CHILD = """
import atexit, re, runpy, sys
path = sys.argv[1]
def hwm():
    with open("/proc/self/status") as f:
        kb = re.search(r"VmHWM:\\s+(\\d+)", f.read()).group(1)
    with open(path, "w") as out:
        out.write(kb)
atexit.register(hwm)
sys.argv = ["tg-archiver", *sys.argv[2:]]
runpy.run_module("tg_archiver", run_name="__main__", alter_sys=True)
"""


def cli(
    args: list[str],
    cwd: Path,
    *,
    timeout: float | None = None,
    files: list[tuple[Path, int]] | None = None,
    every: float = 2.0,
) -> Child:
    """Run ``python -m tg_archiver ARGS`` in ``cwd`` (where no tg-archiver.toml is, so the
    defaults apply): wall time and peak RSS: the child's own (its VmHWM at exit) or, if
    larger, the sum over the child and the processes it started (a worker pool), sampled.

    With ``timeout`` the child is interrupted (SIGINT: the command rolls back and exits) once
    it has run that long, and the result says it did not finish. Every ``every`` seconds
    the child's RSS, peak RSS and, given its input ``files`` with their post counts, the
    posts it has read so far are sampled.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    out, err, hwm_file = cwd / "child.out", cwd / "child.err", cwd / "child.hwm"
    hwm_file.unlink(missing_ok=True)
    samples: list[Sample] = []
    finished = True
    peak = 0.0
    with out.open("wb") as o, err.open("wb") as e:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(hwm_file), *args],
            cwd=cwd,
            env=env,
            stdout=o,
            stderr=e,
        )
        next_sample = started + every
        while True:
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            now = time.perf_counter()
            if now >= next_sample:
                rss, hwm = _tree_mb(proc.pid)
                peak = max(peak, hwm)
                posts = _posts_read(proc.pid, files) if files else None
                samples.append(Sample(round(now - started, 1), rss, hwm, posts))
                next_sample += every
            if finished and timeout is not None and now - started > timeout:
                say(f"interrupting tg-archiver {args[2]} after {timeout:.0f} s")
                finished = False
                rss, hwm = _tree_mb(proc.pid)
                peak = max(peak, hwm)
                posts = _posts_read(proc.pid, files) if files else None
                samples.append(Sample(round(now - started, 1), rss, hwm, posts))
                proc.send_signal(signal.SIGINT)
            time.sleep(0.05 if now - started < 5 else 0.5)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if hwm_file.exists() and hwm_file.read_text().strip():
        peak = max(peak, int(hwm_file.read_text()) / 1024)
    hwm_file.unlink(missing_ok=True)
    child = Child(
        seconds,
        peak,
        out.read_text(),
        err.read_text(),
        finished,
        samples,
    )
    if finished and proc.returncode != 0:
        raise SystemExit(f"tg-archiver {' '.join(args)} failed:\n{child.stderr}")
    return child
