"""Edits and deletions made while the service was not running, caught up on its next start.

Telegram sends an edit or a deletion only to a client connected at that moment, and the
backfill on start asks only for posts newer than the newest one stored. So a statement edited
or deleted while the service was stopped (a restart, an upgrade, a night without network)
would keep its old text and never be marked deleted. After the backfill, the service reads
each channel's posts of the last ``[telegram] recheck_days`` days once more (newest first, as
Telegram serves history) and:

- stores again each of them that the archive holds, through the same ingest as every post: a
  changed text becomes a new version (the old one kept), the same text changes nothing;
- stores the ones missing between stored posts (a gap the service could not fill before it
  stopped: a full disk, Telegram unreachable), with their media;
- marks deleted each stored post of that stretch that the channel no longer has (its text and
  versions stay: deletions are marked, never erased).

The stretch is bounded by ids, not dates: after the newest message older than the window (so
an album that straddles the window's edge is read whole) up to the newest post stored before
the pass. A post that arrives live during the pass has a higher id, so it is never taken for
deleted; a post older than the window is never looked at. Posts older than every stored post
of the channel (left out by ``backfill_limit``) are not added.
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


@dataclasses.dataclass(frozen=True, slots=True)
class Revisit:
    """What a channel's recheck does: message groups (an album's parts together) to store
    again (the archive holds them: maybe edited) or for the first time (a gap), and the ids
    of stored posts the channel no longer has."""

    again: list[list[Any]]
    missed: list[list[Any]]
    gone: list[str]


def revisit(window: Window, stored: Sequence[str], upto: int) -> Revisit:
    """Compare the window with ``stored``, the ids of the channel's posts not marked deleted
    from ``window.after`` (included) up to ``upto``, the newest stored before the pass.

    A message the archive lacks is a gap to fill only when a stored post precedes it in this
    stretch (or is the message just before it): one older than every stored post was left out
    on purpose (``backfill_limit``) and stays out.
    """
    held = set(stored)
    lowest = min((int(ext) for ext in stored), default=None)
    present = {str(m.id) for m in window.messages}
    again: list[list[Any]] = []
    missed: list[list[Any]] = []
    for g in albums([m for m in window.messages if isinstance(m, types.Message)]):
        if any(str(m.id) in held for m in g):
            again.append(g)
        elif lowest is not None and lowest < g[0].id <= upto:
            missed.append(g)
    gone = [ext for ext in stored if int(ext) > window.after and ext not in present]
    return Revisit(again, missed, gone)
