"""Migration 0008's fill: every existing post's word forms, a batch of posts a transaction.

Up to migration 0020 only, which drops the stored word forms (``posts.search_stems``) and this
fill's table: migration 0019 runs it once more over every post first, so that what the index
holds is what the analyser makes now (archive/store/index_writes.py).

Migration 0015 (a post's heading repeated in its word forms) asks for the same fill again:
it sets ``search_stems_fill`` back to every post, and this recomputes them with
:func:`archive.analysis.index_forms`.

At a million posts the word forms take about half an hour to compute. Done in the migration's
one transaction, a kill threw all of it away and the next open started again. Instead the
migration's own transaction only adds the column and rebuilds the index over the unstemmed
columns (every post is found by its words as written from then on), and this fill then
stores the word forms of the posts that existed then, a batch a transaction, each batch
committed with how far it got (``search_stems_fill``): a killed upgrade resumes at its last
batch, memory stays that of one batch, and the archive is whole and searchable between any two.

Each batch replaces its posts' index entries itself (the update trigger of ``posts_fts`` does
not fire for ``search_stems`` alone), so the index agrees with ``posts`` at every commit. A
post edited or added meanwhile already carries its word forms (ingest computes them); its
batch finds them equal and leaves it be. Several processes opening the archive at once share
the work safely: each batch reads where the fill stands inside its own write transaction.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.store.index_writes import INDEX, UNINDEX
from tg_archiver.archive.store.upgrades.batched import Progress, Upgrade, run_batched

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["BATCH", "Progress", "fill_word_forms"]

# Posts a transaction: about 0.2 s of analysis and a few MB, so a kill loses little and
# another process waiting to write (the service, an import) waits little.
BATCH = 1000

_BATCH = (
    "SELECT id, title, clean_text, search_stems FROM posts WHERE id > ? AND id <= ? ORDER BY id"
)
_SET = "UPDATE posts SET search_stems = ? WHERE id = ?"


async def _fill(conn: Connection, after: int, last: int) -> int:
    """The batch's posts whose word forms differ from those computed now, re-indexed."""
    db = conn.db
    changed = []
    for pid, title, text, old in await conn.fetchall(_BATCH, (after, last)):
        new = index_forms(text, title)
        if new != old:
            changed.append((pid, title, text, old, new))
    await db.executemany(UNINDEX, [(p, t, x, old) for p, t, x, old, _ in changed])
    await db.executemany(_SET, [(new, p) for p, _t, _x, _o, new in changed])
    await db.executemany(INDEX, [(p, t, x, new) for p, t, x, _o, new in changed])
    return len(changed)


_UPGRADE = Upgrade(
    table="search_stems_fill",
    work=_fill,
    resumed="search index: word forms resumed after post %d, posts=%d to go",
    progress="search index: word forms posts=%d of %d took=%.1fs",
    done="search index: word forms done posts=%d changed=%d took=%.1fs",
    log_every=20_000,
)


async def fill_word_forms(conn: Connection, progress: Progress | None = None) -> int:
    """Fill the word forms migration 0008 left to fill, if any; return the posts whose word
    forms changed."""
    try:
        return await run_batched(conn, _UPGRADE, BATCH, progress)
    except sqlite3.OperationalError as e:
        # Migration 0020 dropped the table: another process opening the archive at once
        # finished the fill and applied it (Store.migrate runs this only before 0020).
        if "no such table: search_stems_fill" in str(e):
            return 0
        raise
