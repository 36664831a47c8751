"""The posts of one digest window: those with the digest's topics, those matching its saved
searches, and with ``include_untagged`` every other post of the window.

The bot's sender (bot.digests) and the web's digest feed (web.digest_feed) compose the same
digest from the same rows, so both read them here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import SearchQuery

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store


async def window_rows(
    store: Store,
    topics: Sequence[str],
    searches: Sequence[tuple[str, SearchQuery]],
    *,
    include_untagged: bool,
    since: datetime,
    until: datetime,
) -> list[ExportRow]:
    """The rows of ``[since, until)``, oldest first. A post matching a saved search is tagged
    here with the search's name, so that composition (archive.digest) files it under it."""
    by_id: dict[int, ExportRow] = {}
    if topics:
        for row in await store.digest_rows(tuple(topics), since=since, until=until):
            by_id[row.id] = row
    for label, query in searches:
        for row in await store.digest_query_rows(query, since=since, until=until):
            row = by_id.get(row.id, row)
            by_id[row.id] = replace(row, tags=(*row.tags, label))
    if include_untagged:
        for row in await store.digest_query_rows(None, since=since, until=until):
            by_id.setdefault(row.id, row)
    return sorted(by_id.values(), key=lambda r: (r.published_at, r.id))
