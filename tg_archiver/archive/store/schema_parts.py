"""The tables and views an archive's migrations made: all there, or the archive is refused.

A table another program dropped (a sqlite3 shell, a Datasette plugin, a damaged file) was
found only by the statement that needed it: ``run`` recorded its rules, imported a feed and
then stopped on "no such table", or went on for good when it did not need that one (exit 0 on
an archive without ``alerts`` or ``post_versions``). Opening an archive now compares the
tables and views its recorded migrations made with what it holds, before anything is written,
and refuses one that lacks any in one line (``errors.missing_part_message``).

What the migrations made is read from their SQL (``CREATE [VIRTUAL] TABLE``, ``CREATE VIEW``,
``DROP``, ``ALTER TABLE … RENAME TO``, in order): a regular expression's work, far under a
millisecond; ``tests/test_schema_parts.py`` checks it against the migrations applied.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from tg_archiver.archive import lazy_re

__all__ = ["made_by", "missing"]

_STATEMENT = lazy_re.compile(
    r"\bCREATE\s+(?:VIRTUAL\s+)?(?P<create>TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<made>\w+)"
    r"|\bDROP\s+(?:TABLE|VIEW)\s+(?:IF\s+EXISTS\s+)?(?P<dropped>\w+)"
    r"|\bALTER\s+TABLE\s+(?P<old>\w+)\s+RENAME\s+TO\s+(?P<new>\w+)",
    re.IGNORECASE,
)
_COMMENT = lazy_re.compile(r"--[^\n]*")


@functools.cache
def _made_by_script(script: str) -> tuple[tuple[str, str], ...]:
    """``(what, name)`` steps of one migration: ``+`` made, ``-`` dropped."""
    steps: list[tuple[str, str]] = []
    for m in _STATEMENT.finditer(_COMMENT.sub("", script)):
        if m["made"]:
            steps.append(("+", m["made"].lower()))
        elif m["dropped"]:
            steps.append(("-", m["dropped"].lower()))
        else:
            steps += [("-", m["old"].lower()), ("+", m["new"].lower())]
    return tuple(steps)


def made_by(scripts: Iterable[str]) -> frozenset[str]:
    """The tables and views (lower case) the migrations ``scripts``, in order, leave."""
    names: set[str] = set()
    for script in scripts:
        for what, name in _made_by_script(script):
            if what == "+":
                names.add(name)
            else:
                names.discard(name)
    return frozenset(names)


def missing(expected: frozenset[str], held: Iterable[str]) -> list[str]:
    """The names of ``expected`` that ``held`` (the archive's tables and views) lacks."""
    there = {name.lower() for name in held}
    return sorted(name for name in expected if name not in there)
