"""Migration 0007: hide the feed passwords and tokens that earlier versions stored.

Before 0007 a feed's source key, and its ``feed_state`` row, were the URL as configured, so a
URL with a password (``https://user:pass@host/feed``) or a token (``?token=...``) put the
secret in the archive; feedparser also resolved relative links against the fetched URL, so
the password could be in the feed's link and in its posts' links. This step rewrites them
with :func:`archive.redact.redact_url`, in the migration's transaction.

Identity is kept: a source's key becomes the redacted URL, which is what the next fetch of
the same URL asks for, so the feed's posts are found and not stored again. Two stored keys
that redact to the same URL (the same feed with two passwords over time) cannot both take
it: the lower source id does, the other keeps its posts under ``<redacted URL> (source N)``,
and nothing is merged or lost. The same clash in ``feed_state`` keeps the row already
redacted (it is the newer state) and drops the other, which holds only polling state.
"""

from __future__ import annotations

import logging
from typing import Any

import aiosqlite

from tg_archiver.archive.redact import redact, redact_url

log = logging.getLogger(__name__)

# Only values that can hold a secret are read: a key with a userinfo "@" or a query "=".
_FEED_SOURCES = (
    "SELECT id, key FROM sources WHERE kind = 'feed'"
    " AND (instr(key, '@') > 0 OR instr(key, '=') > 0) ORDER BY id"
)
_TAKEN_KEY = "SELECT 1 FROM sources WHERE kind = 'feed' AND key = ?"
_SET_SOURCE_KEY = "UPDATE sources SET key = ? WHERE id = ?"
# Links with a password in them (scheme://user:pass@host...); other links are the feed's data.
_SOURCE_LINKS = "SELECT id, url FROM sources WHERE kind = 'feed' AND url LIKE '%://%:%@%'"
_SET_SOURCE_LINK = "UPDATE sources SET url = ? WHERE id = ?"
_POST_LINKS = (
    "SELECT posts.id, posts.url FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = 'feed' AND posts.url LIKE '%://%:%@%'"
)
_SET_POST_LINK = "UPDATE posts SET url = ? WHERE id = ?"
_FEED_STATES = "SELECT url, last_error FROM feed_state"
_STATE_EXISTS = "SELECT 1 FROM feed_state WHERE url = ?"
_DROP_STATE = "DELETE FROM feed_state WHERE url = ?"
_SET_STATE = "UPDATE feed_state SET url = ?, last_error = ? WHERE url = ?"


async def redact_stored_urls(db: aiosqlite.Connection) -> None:
    """Rewrite stored feed URLs redacted; call inside the migration's transaction.

    ``secure_delete`` is on meanwhile, so SQLite zeroes the space the old values leave:
    the secrets go from the file itself, not only from the rows.
    """
    async with db.execute("PRAGMA secure_delete") as cursor:
        row = await cursor.fetchone()
    was = int(row[0]) if row else 0
    await db.execute("PRAGMA secure_delete = 1")
    try:
        await _redact(db)
    finally:
        await db.execute(f"PRAGMA secure_delete = {was}")  # an int SQLite gave: not user text


async def _redact(db: aiosqlite.Connection) -> None:
    keys = 0
    for source_id, key in await _all(db, _FEED_SOURCES):
        new = redact_url(key)
        if new == key:
            continue
        if await _all(db, _TAKEN_KEY, (new,)):
            new = f"{new} (source {source_id})"
        await db.execute(_SET_SOURCE_KEY, (new, source_id))
        keys += 1
    links = 0
    for select, update in ((_SOURCE_LINKS, _SET_SOURCE_LINK), (_POST_LINKS, _SET_POST_LINK)):
        changed = [(redact_url(url), i) for i, url in await _all(db, select)]
        await db.executemany(update, changed)
        links += len(changed)
    states = 0
    for url, error in await _all(db, _FEED_STATES):
        new_url, new_error = redact_url(url), redact(error) if error else error
        if (new_url, new_error) == (url, error):
            continue
        if new_url != url and await _all(db, _STATE_EXISTS, (new_url,)):
            await db.execute(_DROP_STATE, (url,))
        else:
            await db.execute(_SET_STATE, (new_url, new_error, url))
        states += 1
    log.info("feed urls redacted sources=%d links=%d feed_states=%d", keys, links, states)


async def _all(db: aiosqlite.Connection, sql: str, params: tuple[str, ...] = ()) -> list[Any]:
    async with db.execute(sql, params) as cursor:
        return list(await cursor.fetchall())
