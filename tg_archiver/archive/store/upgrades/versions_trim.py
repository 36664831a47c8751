"""Migration 0014's trim: each post's current version, stored twice, kept once.

Before 0014 every post's current text was in ``posts`` and again as its last row of
``post_versions`` (version 1 of every post never edited: a third of the archive). Now
``post_versions`` keeps superseded versions only. This deletes, a batch of posts a
transaction, each post's last version row where it equals the post as stored (title, raw and
clean text, edit time); where the row was recorded after the post was ingested (an edit), its
time moves to ``posts.recorded_at`` so that ``post_history`` reads exactly as before. A row
that differs from the post is kept: it is then a version of its own, and nothing is lost.

Like the word forms' fill (:mod:`.reindex`), each batch commits with how far it got
(``versions_trim``): a killed upgrade resumes at its last batch, and the history reads the
same at every commit (``post_history`` leaves the current version out while the last row
still holds it). The freed pages are reused by later posts; ``VACUUM`` (with the service
stopped) returns them to the disk: the trim does not force it (minutes, twice the file's
size in free space).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tg_archiver.archive.store.upgrades.batched import Upgrade, run_batched

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["BATCH", "trim_versions"]

# Posts a transaction: a few MB of rows deleted, so a kill loses little and another process
# waiting to write waits little.
BATCH = 5000
# Each post's last version row, where it holds the post as stored now.
_TWICE = """
SELECT last.id, posts.id, last.recorded_at, posts.ingested_at
  FROM posts
  JOIN post_versions AS last
    ON last.post_id = posts.id
   AND last.version = (SELECT max(version) FROM post_versions WHERE post_id = posts.id)
 WHERE posts.id > ? AND posts.id <= ?
   AND last.title IS posts.title AND last.raw_text = posts.raw_text
   AND last.clean_text = posts.clean_text AND last.edited_at IS posts.edited_at
"""
_RECORDED = "UPDATE posts SET recorded_at = ? WHERE id = ?"
_DELETE = "DELETE FROM post_versions WHERE id = ?"


async def _trim(conn: Connection, after: int, last: int) -> int:
    """The batch's last version rows that hold their post as stored, deleted."""
    twice = await conn.fetchall(_TWICE, (after, last))
    await conn.db.executemany(
        _RECORDED, [(rec, pid) for _, pid, rec, ingested in twice if rec != ingested]
    )
    await conn.db.executemany(_DELETE, [(vid,) for vid, *_ in twice])
    return len(twice)


_UPGRADE = Upgrade(
    table="versions_trim",
    work=_trim,
    resumed="versions: trim resumed after post %d, posts=%d to go",
    progress="versions: current text kept once posts=%d of %d took=%.1fs",
    done="versions: trim done posts=%d rows_deleted=%d took=%.1fs",
)


async def trim_versions(conn: Connection) -> int:
    """Trim what migration 0014 left to trim, if anything; return the version rows deleted."""
    return await run_batched(conn, _UPGRADE, BATCH)
