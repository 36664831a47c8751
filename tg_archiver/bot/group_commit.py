"""Group commit: what arrives while one write is running is written together in the next.

Telethon hands each update to its own task, so a burst (a busy channel, several channels at
once, the updates a reconnect catches up on) arrives as many handlers at the same moment.
Each stored alone pays a transaction, a round trip to SQLite's thread and a ``COMMIT``; here
the first handler writes its item at once, and the items that arrive meanwhile wait and are
written together, in arrival order, by whichever of their handlers runs next. A lone item is
written exactly as before, with no wait added.

Only items of one kind go in one write (a deletion is not written with the posts around it,
so a post and the deletion of it that came later are written in that order). A write that
does not complete (a cancelled handler: the service stopping) puts its items back, first in
line, for the next handler. A group whose write raises is written again an item at a time, so
one item that cannot be written costs no other; that one's error goes to its own handler,
and the item is not tried again.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["GroupCommit"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(eq=False, slots=True)
class _Waiting(Generic[T]):
    item: T
    kind: Hashable
    written: bool = False
    alone: bool = False  # its group's write raised: written by itself
    error: Exception | None = None  # why its write, alone, raised


class GroupCommit(Generic[T, R]):
    """Writes items with ``write`` (one call a group of at most ``most`` items of one kind,
    in arrival order), one call at a time; ``after`` gets what each write returned, outside
    the writes' turn (what follows a write, for every item of its group, while the next
    group is written)."""

    def __init__(
        self,
        write: Callable[[Hashable, list[T]], Awaitable[R]],
        after: Callable[[R], Awaitable[None]],
        *,
        most: int,
    ) -> None:
        if most < 1:
            raise ValueError("most must be at least 1")
        self._write = write
        self._after = after
        self._most = most
        self._arrived: deque[_Waiting[T]] = deque()
        self._turn = asyncio.Lock()  # one write at a time, in the order handlers came

    async def put(self, item: T, kind: Hashable = None) -> None:
        """Write ``item`` with whatever arrives with it; returns when it is written, after
        ``after`` ran for the groups this call wrote (another call's, when that one wrote
        ``item``). Raises what writing ``item`` alone raised."""
        waiting = _Waiting(item, kind)
        self._arrived.append(waiting)
        done: list[R] = []
        while not waiting.written:
            async with self._turn:
                if not waiting.written:
                    done.extend(await self._write_next())
        for result in done:
            await self._after(result)
        if waiting.error is not None:
            raise waiting.error

    async def _write_next(self) -> list[R]:
        """Write the next group: what ``write`` returned, or nothing when it raised."""
        group = self._next_group()
        try:
            result = await self._write(group[0].kind, [w.item for w in group])
        except Exception as e:
            if len(group) == 1:
                group[0].error = e  # raised to its own caller, and not tried again
                group[0].written = True
            else:
                for w in group:
                    w.alone = True
                self._arrived.extendleft(reversed(group))
            return []
        except BaseException:  # cancelled: first in line again, for the next caller
            self._arrived.extendleft(reversed(group))
            raise
        for w in group:
            w.written = True
        return [result]

    def _next_group(self) -> list[_Waiting[T]]:
        """The longest run of items of the first one's kind, up to ``most``."""
        first = self._arrived.popleft()
        group = [first]
        while (
            not first.alone
            and self._arrived
            and len(group) < self._most
            and self._arrived[0].kind == first.kind
            and not self._arrived[0].alone
        ):
            group.append(self._arrived.popleft())
        return group
