"""Migration 0017's upgrade: a post's clean text stored only where it differs from its raw text.

Before 0017 every post stored its clean text in full, also when cleaning removed nothing (70%
of the bench corpus: an eighth of the archive). Now ``posts.clean_stored`` is NULL there and
``posts.clean_text`` (generated: ``coalesce(clean_stored, raw_text)``) reads the same. This
sets ``clean_stored`` to NULL where it equals ``raw_text``, a batch of posts a transaction;
no post reads differently at any point, and the full-text index is not touched (its update
trigger does nothing when what it indexes is unchanged).

Like the trim of versions (:mod:`.versions_trim`), each batch commits with how far it got
(``clean_once``): a killed upgrade resumes at its last batch. The freed space is reused by
later posts; ``VACUUM`` (with the service stopped) returns it to the disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tg_archiver.archive.store.upgrades.batched import Upgrade, run_batched

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["BATCH", "store_clean_once"]

# Posts a transaction: a few MB of rows rewritten, so a kill loses little and another process
# waiting to write waits little.
BATCH = 5000
_SHARE = "UPDATE posts SET clean_stored = NULL WHERE id > ? AND id <= ? AND clean_stored = raw_text"


async def _share(conn: Connection, after: int, last: int) -> int:
    """The batch's posts whose clean text is their raw text, now stored once."""
    cursor = await conn.db.execute(_SHARE, (after, last))
    shared = int(cursor.rowcount)
    await cursor.close()
    return shared


_UPGRADE = Upgrade(
    table="clean_once",
    work=_share,
    resumed="clean text: resumed after post %d, posts=%d to go",
    progress="clean text: stored once posts=%d of %d took=%.1fs",
    done="clean text: done posts=%d equal_to_raw=%d took=%.1fs",
)


async def store_clean_once(conn: Connection) -> int:
    """Do what migration 0017 left to do, if anything; return the posts whose clean text is
    no longer stored apart."""
    return await run_batched(conn, _UPGRADE, BATCH)
