"""Migrations 0007 and 0022: hide the feed passwords and tokens that earlier versions stored.

Before 0007 a feed's source key, and its ``feed_state`` row, were the URL as configured, so a
URL with a password (``https://user:pass@host/feed``) or a token (``?token=...``) put the
secret in the archive; feedparser also resolved relative links against the fetched URL, so
the password could be in the feed's link and in its posts' links. This step rewrites them
with :func:`archive.redact.redact_url`, in the migration's transaction.

0022 runs it again for the wider rule of that version (``accessToken``, ``%74oken``,
``X-Amz-Signature``, ``X-Goog-Credential``, ``;jsessionid=``...): the keys and feed states
earlier versions redacted under the narrower one may still hold such a secret. The links are
not read again (the rule for passwords did not change, and they are a scan of every post).

Identity is kept: a source's key becomes the redacted URL, which is what the next fetch of
the same URL asks for, so the feed's posts are found and not stored again. Two stored keys
that redact to the same URL (the same feed with two passwords over time) cannot both take
it: the lower source id does, the other keeps its posts under ``<redacted URL> (source N)``,
and nothing is merged or lost. The same clash in ``feed_state`` keeps the row already
redacted (it is the newer state) and drops the other, which holds only polling state.

What to rewrite is decided by the pure functions :func:`new_keys` and :func:`new_states`;
:func:`redact_stored_urls` reads and writes a SQLite archive, and
:mod:`.redact_stored_pg` a PostgreSQL one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

from tg_archiver.archive import lazy_re
from tg_archiver.archive.redact import redact, redact_url

log = logging.getLogger(__name__)

# Only values that can hold a secret are read: a key with a userinfo "@" or a query "=".
_FEED_SOURCES = (
    "SELECT id, key FROM sources WHERE kind = 'feed'"
    " AND (instr(key, '@') > 0 OR instr(key, '=') > 0) ORDER BY id"
)
_FEED_KEYS = "SELECT key FROM sources WHERE kind = 'feed'"
_SET_SOURCE_KEY = "UPDATE sources SET key = ? WHERE id = ?"
# Links with a password in them (scheme://user:pass@host...); other links are the feed's data.
_SOURCE_LINKS = "SELECT id, url FROM sources WHERE kind = 'feed' AND url LIKE '%://%:%@%'"
_SET_SOURCE_LINK = "UPDATE sources SET url = ? WHERE id = ?"
_POST_LINKS = (
    "SELECT posts.id, posts.url FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = 'feed' AND posts.url LIKE '%://%:%@%'"
)
_SET_POST_LINK = "UPDATE posts SET url = ? WHERE id = ?"
_FEED_STATES = "SELECT url, last_error FROM feed_state ORDER BY url"
_DROP_STATE = "DELETE FROM feed_state WHERE url = ?"
_SET_STATE = "UPDATE feed_state SET url = ?, last_error = ? WHERE url = ?"

_CLASH = lazy_re.compile(r"(.*) \(source (\d+)\)", re.DOTALL)


def new_keys(sources: Iterable[tuple[int, str]], taken: set[str]) -> list[tuple[str, int]]:
    """(new key, source id) for each of ``sources`` (id, key: in id order) whose key holds a
    secret; ``taken`` is every feed source's key (and is updated). A key that redacts to one
    taken gets `` (source N)``; one that got it before is read without it."""
    changed = []
    for source_id, key in sources:
        clash = _CLASH.fullmatch(key)
        base = clash.group(1) if clash and clash.group(2) == str(source_id) else key
        new = redact_url(base)
        if new == base:
            continue
        if new in taken:
            new = f"{new} (source {source_id})"
        if new == key:
            continue
        taken.discard(key)
        taken.add(new)
        changed.append((new, source_id))
    return changed


def new_states(
    states: Iterable[tuple[str, str | None]],
) -> tuple[list[tuple[str, str | None, str]], list[str]]:
    """For ``feed_state`` rows (url, last error): the rows to rewrite (new url, new error, old
    url) and the urls of the rows to drop, each in the order they are to be written."""
    rows = list(states)
    present = {url for url, _ in rows}
    rewrites: list[tuple[str, str | None, str]] = []
    drops: list[str] = []
    for url, error in rows:
        new_url, new_error = redact_url(url), redact(error) if error else error
        if (new_url, new_error) == (url, error):
            continue
        present.discard(url)
        if new_url != url and new_url in present:
            drops.append(url)
        else:
            rewrites.append((new_url, new_error, url))
            present.add(new_url)
    return rewrites, drops


async def redact_stored_urls(db: aiosqlite.Connection, *, links: bool = True) -> None:
    """Rewrite stored feed URLs redacted; call inside the migration's transaction.
    ``links``: the feed and post links that hold a password too (0007's step only).

    ``secure_delete`` is on meanwhile, so SQLite zeroes the space the old values leave:
    the secrets go from the file itself, not only from the rows.
    """
    async with secure_delete(db):
        await _redact(db, links=links)


@asynccontextmanager
async def secure_delete(db: aiosqlite.Connection) -> AsyncIterator[None]:
    """SQLite's ``secure_delete`` on for the block: the space old values leave is zeroed."""
    async with db.execute("PRAGMA secure_delete") as cursor:
        row = await cursor.fetchone()
    was = int(row[0]) if row else 0
    await db.execute("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        await db.execute(f"PRAGMA secure_delete = {was}")  # an int SQLite gave: not user text


async def _redact(db: aiosqlite.Connection, *, links: bool) -> None:
    taken = {key for (key,) in await _all(db, _FEED_KEYS)}
    keys = new_keys(await _all(db, _FEED_SOURCES), taken)
    await db.executemany(_SET_SOURCE_KEY, keys)
    changed_links = 0
    if links:
        for select, update in ((_SOURCE_LINKS, _SET_SOURCE_LINK), (_POST_LINKS, _SET_POST_LINK)):
            changed = [(redact_url(url), i) for i, url in await _all(db, select)]
            await db.executemany(update, changed)
            changed_links += len(changed)
    rewrites, drops = new_states(await _all(db, _FEED_STATES))
    await db.executemany(_DROP_STATE, [(url,) for url in drops])
    await db.executemany(_SET_STATE, rewrites)
    log.info(
        "feed urls redacted sources=%d links=%d feed_states=%d",
        len(keys),
        changed_links,
        len(rewrites) + len(drops),
    )


async def _all(db: aiosqlite.Connection, sql: str, params: tuple[str, ...] = ()) -> list[Any]:
    async with db.execute(sql, params) as cursor:
        return list(await cursor.fetchall())
