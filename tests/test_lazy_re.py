"""Patterns compiled on first use (archive/lazy_re.py): answers as `re`'s, every one valid.

The package's module-level patterns are made by ``lazy_re.compile`` so that a command starts
without compiling the hundreds it will not use (issue 21). What that must not change: a
deferred pattern answers every call as the compiled one does, and a mistake in any pattern of
any module still fails the tests, not a user's first use of it.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
import re

import pytest

import tg_archiver
from tg_archiver.archive import lazy_re


def test_every_pattern_of_every_module_compiles() -> None:
    for module in pkgutil.walk_packages(tg_archiver.__path__, "tg_archiver."):
        if module.name.endswith("__main__"):
            continue  # runs the command line
        importlib.import_module(module.name)
    # Hundreds of patterns, every one compiled here: a bad one raises re.error.
    assert lazy_re.compile_all() > 400


def test_a_pattern_is_compiled_only_when_used() -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    re.compile = counting  # type: ignore[assignment]
    try:
        words = lazy_re.compile(r"(?P<word>[^\W\d_]+)-(\d+)", re.IGNORECASE)
        assert words.pattern == r"(?P<word>[^\W\d_]+)-(\d+)"  # the text without compiling
        assert compiled == []
        found = words.search("so: ABC-12 and d-3")
        assert found is not None and found.group("word") == "ABC"
        assert words.findall("x-1 y-22") == [("x", "1"), ("y", "22")]
        assert compiled == [r"(?P<word>[^\W\d_]+)-(\d+)"]  # once, for every use after
    finally:
        re.compile = real  # type: ignore[assignment]


def test_a_deferred_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"(?m)^(\w+)\s*=\s*(?P<value>.*)$", re.IGNORECASE
    deferred, real = lazy_re.compile(source, flags), re.compile(source, flags)
    text = "a = 1\nB=two\n  c = 3\nd= "
    assert deferred.sub(r"\2:\1", text) == real.sub(r"\2:\1", text)
    assert deferred.subn("", text) == real.subn("", text)
    assert deferred.split(text) == real.split(text)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert deferred.match(text, 6) is not None and deferred.fullmatch("x=y") is not None
    assert (deferred.flags, deferred.groups, deferred.groupindex) == (
        real.flags,
        real.groups,
        real.groupindex,
    )
    assert repr(deferred) == repr(real)
    assert copy.deepcopy(deferred).sub("", text) == real.sub("", text)


def test_bytes_patterns_and_a_bad_pattern() -> None:
    quote = lazy_re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
    found = quote.match(b'ab\\"c" rest')
    assert found is not None and found.group() == b'ab\\"c"'
    broken = lazy_re.compile(r"(unclosed")  # made without complaint, as it is not compiled
    try:
        with pytest.raises(re.error, match=r"missing \)"):
            broken.search("x")
        with pytest.raises(re.error):
            lazy_re.compile_all()  # as the test of every module's patterns would fail
    finally:
        lazy_re._MADE.remove(broken)  # type: ignore[arg-type]
