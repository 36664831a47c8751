"""The suite's results: a row per figure (ours, raw, their ratio, the target) and the table.

Each figure is measured once per run and shown as median (min-max), so one slow run on a busy
machine shows as a range instead of moving the figure.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One line of the table: a figure measured once per run, ours and optionally raw."""

    label: str
    unit: str
    ours: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    target: str = ""
    met: Callable[[Row], bool] | None = None

    @property
    def ratios(self) -> list[float]:
        return [o / r for o, r in zip(self.ours, self.raw, strict=False) if r]

    def verdict(self) -> str:
        if self.met is None or not self.ours:
            return ""
        return "met" if self.met(self) else "missed"


def med(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def write_json(self, path: Path) -> None:
        """The rows and notes as JSON (``--json``; ``python -m bench project`` reads it)."""
        rows = [
            {
                "label": r.label,
                "unit": r.unit,
                "ours": r.ours,
                "raw": r.raw,
                "target": r.target,
                "verdict": r.verdict(),
            }
            for r in self.rows
        ]
        data = {"rows": rows, "notes": self.notes}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def row(self, label: str, unit: str, **kw: Any) -> Row:
        for r in self.rows:
            if r.label == label:
                return r
        r = Row(label, unit, **kw)
        self.rows.append(r)
        return r


def fmt(value: float) -> str:
    if math.isnan(value):
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cell(values: list[float]) -> str:
    if not values:
        return ""
    if len(values) == 1:
        return fmt(values[0])
    return f"{fmt(med(values))} ({fmt(min(values))}–{fmt(max(values))})"


def table(results: Results) -> str:
    """A Markdown table: it reads in a terminal and pastes into docs/benchmarks.md as is."""
    head = ("figure", "unit", "ours", "raw sqlite3", "ours / raw", "target", "")
    lines = [head]
    for r in results.rows:
        lines.append(
            (
                r.label,
                r.unit,
                _cell(r.ours),
                _cell(r.raw),
                _cell(r.ratios) if r.raw else "",
                r.target,
                r.verdict(),
            )
        )
    return markdown(lines)


def markdown(lines: Sequence[Sequence[str]]) -> str:
    """``lines`` (the first is the head) as a Markdown table with aligned columns."""
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)
