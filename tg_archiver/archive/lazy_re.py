"""Regular expressions compiled on their first use rather than as their module is imported.

A command a person types should start about as fast as a small tool (issue 21). The package
holds some 450 patterns at module level, and compiling every one of them as its module was
imported took 12-15 ms of a search's 0.17 s start-up, where a search uses a few dozen of them
(session 51). :func:`compile` is ``re.compile`` deferred: it returns a stand-in that compiles
the pattern the first time any attribute of it is read, and from then on holds that attribute
(the compiled pattern's bound ``search``, ``sub`` ...) as its own, so a pattern in use costs
what the compiled one costs. ``pattern`` is there from the start, without compiling, for
patterns built from others' text.

A mistake in a pattern would show only when the pattern is first used: :func:`compile_all`
compiles every stand-in made so far, and the tests call it with every module imported.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

__all__ = ["compile", "compile_all"]

_MADE: list[_Deferred] = []
_OWN = frozenset({"pattern", "_flags", "_compiled"})


class _Deferred:
    """A pattern's source and flags, compiled when an attribute other than ``pattern`` is read."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: the compiled pattern's
        # attribute is kept on the instance, so it is read directly from then on.
        if name in _OWN:  # a copy not made by __init__: no recursion
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __repr__(self) -> str:
        return repr(self.compiled())


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's notes)."""
    deferred = _Deferred(pattern, flags)
    _MADE.append(deferred)
    return cast("re.Pattern[AnyStr]", deferred)


def compile_all() -> int:
    """Compile every pattern :func:`compile` has made; how many (a bad one raises re.error)."""
    for deferred in _MADE:
        deferred.compiled()
    return len(_MADE)
