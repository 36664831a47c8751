"""``python -m bench project A.json B.json``: where one machine stops, projected from two
measured sizes.

Each file is the ``--json`` of a ``python -m bench run --big M`` (or of a run at ``--posts N``
with ``import``): the rows it measured at its size are read back by their labels (the size
is the label's last part: "import tdesktop export, 1M"). For each figure measured at both
sizes N1 < N2 the growth is fitted as a power law through the two points, v(N) = v2 (N /
N2)^k with k = ln(v2 / v1) / ln(N2 / N1) (k = 1: linear; k = 0: flat), and carried to the
target size. Two points fix a power law and nothing more: a cost that turns superlinear past
N2 (an index that stops fitting in memory) is not in them, which the table says.

Figures: the import's time (from its posts/s), its peak memory, the archive's file size,
search p95 per query kind and order, and the web page's p95. Raw baselines are not
projected: the ratios hold only within one run.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.results import fmt, markdown

_SIZE = re.compile(r", (\d+)(k|M)?(?: \(.*\))?(?=: |$)")
_UNITS = {"": 1, "k": 1_000, "M": 1_000_000}
# Figures carried as measured: peak memory, the file's size, search and page p95.
_PROJECTED = re.compile(r": peak RSS$|^archive file|^(?:search|web search page) .*: p95$")


@dataclass(frozen=True)
class Point:
    """One figure at one measured size."""

    figure: str  # the label without its size
    unit: str
    size: int
    value: float


def size_of(label: str) -> tuple[str, int] | None:
    """The label without its size, and the size: ("import tdesktop export", 1000000) for
    "import tdesktop export, 1M"; None for a label without one."""
    m = _SIZE.search(label)
    if m is None:
        return None
    return label[: m.start()] + label[m.end() :], int(m.group(1)) * _UNITS[m.group(2) or ""]


def points(path: Path) -> list[Point]:
    """The projectable figures of one results file (see the module doc)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for row in data["rows"]:
        found = size_of(row["label"])
        if found is None or not row["ours"] or "(cut at" in row["label"]:
            continue
        figure, size = found
        value = statistics.median(row["ours"])
        if figure.startswith("import tdesktop export") and row["unit"] == "posts/s":
            engine = figure.removeprefix("import tdesktop export")  # "" or " (PostgreSQL)"
            out.append(Point(f"import time{engine}", "s", size, size / value))
        elif _PROJECTED.search(figure):
            out.append(Point(figure, row["unit"], size, value))
    return out


@dataclass(frozen=True)
class Projected:
    """A figure at the two largest sizes measured and at the target size."""

    label: str
    unit: str
    smaller: float
    larger: float
    at: float
    growth: float  # the exponent k


def project(measured: list[Point], target: int) -> list[Projected]:
    """A row per figure measured at two sizes or more: the two largest, the exponent and the
    value at ``target``."""
    by_figure: dict[str, dict[int, Point]] = {}
    for p in measured:
        by_figure.setdefault(p.figure, {})[p.size] = p
    rows = []
    for figure, sizes in by_figure.items():
        if len(sizes) < 2:
            continue
        (n1, a), (n2, b) = sorted(sizes.items())[-2:]
        if a.value <= 0 or b.value <= 0:
            continue
        k = math.log(b.value / a.value) / math.log(n2 / n1)
        label = f"{figure}: {_human(n1)} → {_human(n2)} → {_human(target)}"
        rows.append(Projected(label, b.unit, a.value, b.value, b.value * (target / n2) ** k, k))
    return rows


def _human(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def projection_table(rows: list[Projected]) -> str:
    """The projection as a Markdown table: figure, unit, the value at each size, growth."""
    head = ("figure: measured → measured → projected", "unit", "smaller", "larger", "projected")
    lines = [(*head, "growth")]
    for r in rows:
        values = (fmt(r.smaller), fmt(r.larger), fmt(r.at), f"N^{r.growth:.2f}")
        lines.append((r.label, r.unit, *values))
    return markdown(lines)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "project", help="project import time, size and search p95 to a larger archive"
    )
    p.add_argument("results", type=Path, nargs="+", help="--json files of runs at other sizes")
    p.add_argument(
        "--to", type=int, default=10_000_000, help="the size to project to (default 10000000)"
    )


def run_project(args: argparse.Namespace) -> int:
    measured = [p for path in args.results for p in points(path)]
    sizes = sorted({p.size for p in measured})
    if len(sizes) < 2:
        raise SystemExit(
            "python -m bench project: the files measure "
            + (f"one size ({_human(sizes[0])})" if sizes else "no size")
            + "; two are needed"
        )
    print(projection_table(project(measured, args.to)))
    print()
    print(
        f"- from {', '.join(_human(s) for s in sizes)}; growth: the exponent k of the power law"
        " through the two largest sizes (1: linear, 0: flat); a power law through two points holds"
        " no more than they show: a cost that turns superlinear past the larger (an index"
        " that no longer fits in memory) is not in them"
    )
    return 0
