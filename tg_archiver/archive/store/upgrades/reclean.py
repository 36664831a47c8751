"""Migration 0011: stored posts cleaned again under the repeated-block rule of issue 17.

Since 0011 a second copy of a block goes even when the scraper changed it (emoji dropped,
other bullets, lines joined or split, the last line cut short: archive/cleaning.py). Posts
stored before keep such copies in their clean text, and so in their content hash, search
index and near-duplicate keys: a new post with the same raw text would hash differently from
its stored twin, and the exact-duplicate link between them would be lost. This step applies
the new rule to what is stored, in the migration's transaction, a batch of posts at a time
(an archive of millions of posts never sits in memory).

It cleans the raw text again, as a new import of the post would, with one difference: the
migration does not know the boilerplate list the post was cleaned with (``[cleaning]
boilerplate`` in the user's config, or the defaults of the version that stored it). It does
not need it: the old rule only ever removed a line whose first occurrence it kept, so a line
of the raw text that is nowhere in the stored clean text was removed as boilerplate, and is
removed again. So the result is exactly the clean text a new import would store.

Only posts whose clean text changes are written: their clean text, content hash, search
words (the FTS index follows by its trigger) and, for originals, near-duplicate band keys and
signature. Raw text, titles, versions (their clean text follows, no version is added or
dropped), tags and links stay: ``tg-archiver relink`` recomputes links when a user wants.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import aiosqlite

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.cleaning import clean_text, content_hash, normalise
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.store.records import stored_clean

log = logging.getLogger(__name__)

_BATCH = 1000
_PROGRESS_EVERY = 50_000
_POSTS_AFTER = (
    "SELECT id, title, raw_text, clean_text, duplicate_of FROM posts"
    " WHERE id > ? ORDER BY id LIMIT ?"
)
# The FTS trigger fires on the clean text; the search words change in the same statement.
# An upgrade applies 0011 before 0017 (clean_text a stored column then); on an archive already
# at 0017 the clean text goes to clean_stored, NULL where it is the raw text (records.py).
_SET_POST = "UPDATE posts SET {column} = ?, content_hash = ?, search_stems = ? WHERE id = ?"
_HAS_CLEAN_STORED = "SELECT count(*) FROM pragma_table_info('posts') WHERE name = 'clean_stored'"
_DROP_BAND = "DELETE FROM post_bands WHERE band = ? AND post_id = ?"
_ADD_BAND = "INSERT OR IGNORE INTO post_bands (band, post_id) VALUES (?, ?)"
_DROP_SIGNATURE = "DELETE FROM post_signatures WHERE post_id = ?"
_ADD_SIGNATURE = "INSERT OR REPLACE INTO post_signatures (post_id, signature) VALUES (?, ?)"
_VERSIONS_AFTER = (
    "SELECT id, raw_text, clean_text FROM post_versions WHERE id > ? ORDER BY id LIMIT ?"
)
_SET_VERSION = "UPDATE post_versions SET clean_text = ? WHERE id = ?"


def recleaned(raw: str, stored: str) -> str:
    """The clean text the current rule makes of ``raw``, whose clean text an earlier rule
    stored as ``stored``: the lines of ``raw`` missing from ``stored`` are its boilerplate."""
    kept = {" ".join(line.split()) for line in stored.split("\n")}
    gone = {line for line in normalise(raw).split("\n") if " ".join(line.split()) not in kept}
    return clean_text(raw, boilerplate=tuple(sorted(gone)))


async def reclean_stored(db: aiosqlite.Connection) -> int:
    """Apply :func:`recleaned` to every stored post and version; return how many posts
    changed. Call inside the migration's transaction."""
    started = time.monotonic()
    at_0017 = (await _all(db, _HAS_CLEAN_STORED, ()))[0][0]
    set_post = _SET_POST.format(column="clean_stored" if at_0017 else "clean_text")
    last, seen, changed = 0, 0, 0
    while batch := await _all(db, _POSTS_AFTER, (last, _BATCH)):
        for pid, title, raw, stored, duplicate_of in batch:
            new = recleaned(raw, stored)
            if new == stored:
                continue
            searchable = f"{title}\n{new}" if title else new
            forms = index_forms(new, title)
            written = stored_clean(raw, new) if at_0017 else new
            await db.execute(set_post, (written, content_hash(searchable), forms, pid))
            if duplicate_of is None:  # only originals are indexed as near-duplicate candidates
                await _reindex(db, pid, stored, new)
            changed += 1
        last, seen = batch[-1][0], seen + len(batch)
        if seen % _PROGRESS_EVERY < _BATCH:  # a million posts take minutes: say how far
            log.info("repeated blocks: posts=%d changed=%d so far", seen, changed)
    versions = 0
    last = 0
    while batch := await _all(db, _VERSIONS_AFTER, (last, _BATCH)):
        updates = [
            (new, vid) for vid, raw, stored in batch if (new := recleaned(raw, stored)) != stored
        ]
        await db.executemany(_SET_VERSION, updates)
        versions += len(updates)
        last = batch[-1][0]
    log.info(
        "repeated blocks removed posts=%d of %d versions=%d took=%.1fs",
        changed,
        seen,
        versions,
        time.monotonic() - started,
    )
    return changed


async def _reindex(db: aiosqlite.Connection, pid: int, old: str, new: str) -> None:
    """Replace the post's band keys and signature: those of its old clean text (the keys
    ingest wrote) go, those of the new one come."""
    await db.executemany(_DROP_BAND, [(band, pid) for band in fingerprint(old).bands])
    fp = fingerprint(new)
    await db.executemany(_ADD_BAND, [(band, pid) for band in sorted(set(fp.bands))])
    await db.execute(_DROP_SIGNATURE, (pid,))
    if blob := fp.signature.astype("<u4").tobytes():  # as Store stores it (b"" for none)
        await db.execute(_ADD_SIGNATURE, (pid, blob))


async def _all(db: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    async with db.execute(sql, params) as cursor:
        return list(await cursor.fetchall())
