"""A write step run whole on the writing connection's thread: one round trip, not one a call.

aiosqlite runs each statement on its own thread and hands the result back to the event loop:
a round trip per call. The write path makes about twenty calls per chunk it stores (the
source, the stored ids, the hash, band and signature look-ups, then the inserts); for a
chunk of a thousand posts that is nothing, but the service stores a channel's new post as a
chunk of one, and then the round trips were most of its time (issue 21: 86%).

:meth:`Connection.run_inline <.connection.Connection.run_inline>` runs such a step as one job
on that thread instead. The step is the same code, with the same SQL in the same order: it is
written against :class:`Writes` (``fetchone``, ``fetchall``, ``db.execute``,
``db.executemany``, ``db.total_changes``), which the :class:`~.connection.Connection` offers
through aiosqlite and :class:`Inline` offers on the raw ``sqlite3`` connection, answering at
once. A coroutine that never waits on anything runs to its end at its first ``send``:
:func:`_drive` does that, in the thread, and refuses a step that would wait on the event loop
(a programming error: it would block the thread that must answer it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import Any, Protocol, TypeVar

import aiosqlite

T = TypeVar("T")


class WriteDb(Protocol):
    """The statements of the write path: aiosqlite's connection, or :class:`InlineDb`."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    @property
    def total_changes(self) -> int: ...


class Writes(Protocol):
    """What the write path (writer, candidates, reroot) calls on its connection."""

    @property
    def db(self) -> WriteDb: ...

    async def fetchone(self, sql: str, params: Sequence[Any] = ...) -> Any: ...

    async def fetchall(self, sql: str, params: Sequence[Any] = ...) -> list[Any]: ...


class InlineDb:
    """aiosqlite's ``execute``/``executemany``, run at once on the raw connection."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    async def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> sqlite3.Cursor:
        return self.raw.execute(sql, parameters)

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> sqlite3.Cursor:
        return self.raw.executemany(sql, parameters)

    @property
    def total_changes(self) -> int:
        return self.raw.total_changes


class Inline:
    """The :class:`Writes` of a job running on the writing connection's own thread."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.db = InlineDb(raw)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.raw.execute(sql, params).fetchone()

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.db.raw.execute(sql, params).fetchall()


async def run_inline(
    db: aiosqlite.Connection, job: Callable[[Writes], Coroutine[Any, Any, T]]
) -> T:
    """``job`` run to its end on ``db``'s thread, as one call: see the module's docstring.

    aiosqlite has no public call for this; ``_execute`` is the one its own ``execute`` and
    ``commit`` use (queue a function for the connection's thread, await its result).
    """

    def whole() -> T:
        return _drive(job(Inline(db._conn)))

    return await db._execute(whole)


def _drive(step: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never waits: its first ``send`` runs it to the end."""
    try:
        step.send(None)
    except StopIteration as done:
        return done.value
    step.close()
    raise RuntimeError("a write step run inline waited on the event loop")
