"""bot.group_commit: what arrives while one write runs is written together in the next."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

import pytest

from tg_archiver.bot.group_commit import GroupCommit


class Writes:
    """A write that takes its time (a turn of the event loop, as SQLite's thread would),
    recording each group it was given, and what followed each, and who ran that."""

    def __init__(self, fail_on: set[str] | None = None) -> None:
        self.groups: list[tuple[Hashable, list[str]]] = []
        self.fail_on = fail_on or set()
        self.gate: asyncio.Event | None = None
        self.after: list[tuple[str, str]] = []  # (what the write returned, the caller)

    def writer(self, most: int = 10) -> GroupCommit[str, str]:
        return GroupCommit(self, self.then, most=most)

    async def then(self, result: str) -> None:
        task = asyncio.current_task()
        self.after.append((result, task.get_name() if task else ""))

    async def __call__(self, kind: Hashable, items: list[str]) -> str:
        if self.gate is not None:
            await self.gate.wait()
        await asyncio.sleep(0)
        bad = self.fail_on.intersection(items)
        if bad:
            raise ValueError(f"cannot write {sorted(bad)}")
        self.groups.append((kind, items))
        return "+".join(items)


async def arrive(writer: GroupCommit[str, str], *items: str) -> list[BaseException | None]:
    """Each item put by a task of its own named after it, started in order (as telethon
    starts its handlers); what each raised."""
    tasks = [asyncio.create_task(writer.put(item, "post"), name=item) for item in items]
    return await asyncio.gather(*tasks, return_exceptions=True)


async def test_a_lone_item_is_written_at_once_by_its_caller() -> None:
    writes = Writes()

    await arrive(writes.writer(), "a")

    assert writes.groups == [("post", ["a"])]
    assert writes.after == [("a", "a")]


async def test_items_arriving_during_a_write_go_together_in_the_next_in_order() -> None:
    writes = Writes()

    assert await arrive(writes.writer(), "a", "b", "c", "d") == [None] * 4

    assert writes.groups == [("post", ["a"]), ("post", ["b", "c", "d"])]
    # What follows a write is done once for its group, by the caller that wrote it.
    assert writes.after == [("a", "a"), ("b+c+d", "b")]


async def test_a_group_holds_at_most_most_items() -> None:
    writes = Writes()

    await arrive(writes.writer(most=2), "a", "b", "c", "d", "e")

    assert [items for _, items in writes.groups] == [["a"], ["b", "c"], ["d", "e"]]


async def test_kinds_are_never_written_together_and_keep_their_order() -> None:
    writes = Writes()
    writer = writes.writer()
    writes.gate = asyncio.Event()
    first = asyncio.create_task(writer.put("p1", "post"))
    await asyncio.sleep(0)
    later = [
        asyncio.create_task(writer.put(item, kind))
        for item, kind in [("p2", "post"), ("d2", "deletion"), ("d3", "deletion"), ("p3", "post")]
    ]
    await asyncio.sleep(0)
    writes.gate.set()

    await asyncio.gather(first, *later)

    assert writes.groups == [
        ("post", ["p1"]),
        ("post", ["p2"]),
        ("deletion", ["d2", "d3"]),
        ("post", ["p3"]),
    ]


async def test_an_item_that_cannot_be_written_costs_no_other() -> None:
    writes = Writes(fail_on={"c"})

    raised = await arrive(writes.writer(), "a", "b", "c", "d")

    # b, c and d went together and failed; then each alone: only c's write raised, to c.
    assert writes.groups == [("post", ["a"]), ("post", ["b"]), ("post", ["d"])]
    assert [str(e) if e else None for e in raised] == [None, None, "cannot write ['c']", None]
    assert sorted(result for result, _ in writes.after) == ["a", "b", "d"]


async def test_a_cancelled_write_leaves_its_items_to_the_next_caller() -> None:
    writes = Writes()
    writes.gate = asyncio.Event()
    writer = writes.writer()
    first = asyncio.create_task(writer.put("a", "post"), name="a")
    await asyncio.sleep(0)
    second = asyncio.create_task(writer.put("b", "post"), name="b")
    await asyncio.sleep(0)

    first.cancel()  # the service stopping while a's write runs
    with pytest.raises(asyncio.CancelledError):
        await first
    writes.gate.set()
    await second

    assert writes.groups == [("post", ["a", "b"])]  # a, not written, first in line again
    assert writes.after == [("a+b", "b")]


def test_a_group_of_none_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Writes().writer(most=0)
