"""What everyday tools make of an export: jq, a spreadsheet's "save as CSV", an editor
removing the first lines. Each takes the export's text and gives what the tool would write."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

__all__ = [
    "jq_added",
    "jq_compact",
    "jq_picked",
    "jq_pretty",
    "jq_slurp",
    "jq_sorted",
    "objects",
    "quote_all",
    "reversed_lines",
    "without_lines",
]


def objects(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def jq_compact(text: str) -> str:  # jq -c .
    return "".join(
        json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objects(text)
    )


def jq_pretty(text: str) -> str:  # jq .
    return "".join(json.dumps(o, ensure_ascii=False, indent=2) + "\n" for o in objects(text))


def jq_slurp(text: str) -> str:  # jq -s .
    return json.dumps(objects(text), ensure_ascii=False, indent=2) + "\n"


def jq_sorted(text: str) -> str:  # jq -S -c .
    return "".join(json.dumps(o, sort_keys=True) + "\n" for o in objects(text))


def jq_added(text: str) -> str:  # jq -c '. + {seen: true}'
    return "".join(json.dumps({**o, "seen": True}) + "\n" for o in objects(text))


def reversed_lines(text: str) -> str:  # tac
    return "".join(reversed(text.splitlines(keepends=True)))


def quote_all(text: str, delimiter: str = ",") -> str:  # a spreadsheet's "save as CSV"
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, delimiter=delimiter)
    writer.writerows(csv.reader(io.StringIO(text, newline="")))
    return out.getvalue()


def without_lines(n: int) -> Callable[[str], str]:  # tail -n +N+1
    return lambda text: "".join(text.splitlines(keepends=True)[n:])


def jq_picked(*fields: str) -> Callable[[str], str]:  # jq -c '{id,text,source}'
    return lambda text: "".join(
        json.dumps({f: o[f] for f in fields}, ensure_ascii=False, separators=(",", ":")) + "\n"
        for o in objects(text)
    )
