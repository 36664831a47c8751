"""Edits and deletions made while the service was not running, caught up on its next start.

Telegram sends an edit or a deletion only to a client connected at that moment, and the
backfill on start asks only for posts newer than the newest one stored. So a statement edited
or deleted while the service was stopped (a restart, an upgrade, a night without network)
would keep its old text and never be marked deleted. After the backfill, the service reads
each channel's posts of the last ``[telegram] recheck_days`` days once more (newest first, as
Telegram serves history) and:

- stores again each of them that the archive holds, through the same ingest as every post: a
  changed text becomes a new version (the old one kept), the same text changes nothing;
- marks deleted each stored post of that stretch that the channel no longer has (its text and
  versions stay: deletions are marked, never erased).

The stretch is bounded by ids, not dates: after the newest message older than the window (so
an album that straddles the window's edge is read whole) up to the newest post stored before
the pass. A post that arrives live during the pass has a higher id, so it is never taken for
deleted; a post older than the window is never looked at. Posts of the window that the
archive never held (left out by ``backfill_limit``) are not added: the recheck only revisits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from telethon.tl import types


@dataclasses.dataclass(frozen=True, slots=True)
class Window:
    """A channel's recent history: its messages, oldest first, and the stretch of ids they
    cover, ``after`` (exclusive; 0 when the whole history is inside) up to the newest."""

    messages: list[Any]
    after: int


async def read_window(
    client: Any, entity: Any, since: datetime, *, wait_time: float | None
) -> Window:
    """The channel's messages published at or after ``since`` (and the rest of an album whose
    newest part is), one pass of history pages, newest first."""
    newest_first: list[Any] = []
    after = 0
    async for m in client.iter_messages(entity, wait_time=wait_time):
        if m.date < since and not _same_album(m, newest_first):
            after = int(m.id)
            break
        newest_first.append(m)
    newest_first.reverse()
    return Window(newest_first, after)


def _same_album(m: Any, newest_first: Sequence[Any]) -> bool:
    grouped = getattr(m, "grouped_id", None)
    return grouped is not None and bool(newest_first) and newest_first[-1].grouped_id == grouped


def albums(messages: Sequence[Any]) -> list[list[Any]]:
    """Consecutive messages (oldest first) grouped into posts: an album's parts together."""
    groups: list[list[Any]] = []
    for m in messages:
        if groups and m.grouped_id is not None and groups[-1][0].grouped_id == m.grouped_id:
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def revisit(window: Window, stored: Sequence[str]) -> tuple[list[list[Any]], list[str]]:
    """What to do with the stored posts (external ids) of the window's stretch: the message
    groups to store again (posts the archive holds, maybe edited), and the ids of the stored
    posts the channel no longer has."""
    held = set(stored)
    present = {str(m.id) for m in window.messages}
    again = [
        g
        for g in albums([m for m in window.messages if isinstance(m, types.Message)])
        if any(str(m.id) in held for m in g)
    ]
    return again, [ext for ext in stored if ext not in present]
