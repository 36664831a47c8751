"""PostgreSQL migration 0006: the sibling of :mod:`.redact_stored` (SQLite's 0007 and 0022).

A PostgreSQL archive always stored its feed URLs redacted, but under the rule of its version:
the keys and feed states written before 0006 may hold a secret the wider rule hides
(``accessToken``, ``%74oken``, ``X-Amz-Signature``...). This step rewrites them, in the
migration's transaction, deciding what to rewrite with the same pure functions as SQLite's
(:func:`.redact_stored.new_keys`, :func:`.redact_stored.new_states`), so a feed keeps its
identity and its posts the same way.

PostgreSQL keeps the old row versions in the table's file until VACUUM reclaims them
(autovacuum does, in time); ``VACUUM FULL sources, feed_state`` rewrites both tables at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from tg_archiver.archive.store.upgrades.redact_stored import new_keys, new_states

if TYPE_CHECKING:
    import asyncpg

log = logging.getLogger(__name__)

_FEED_SOURCES = (
    "SELECT id, key FROM sources WHERE kind = 'feed'"
    " AND (strpos(key, '@') > 0 OR strpos(key, '=') > 0) ORDER BY id"
)
_FEED_KEYS = "SELECT key FROM sources WHERE kind = 'feed'"
_SET_SOURCE_KEY = "UPDATE sources SET key = $1 WHERE id = $2"
_FEED_STATES = "SELECT url, last_error FROM feed_state ORDER BY url"
_DROP_STATE = "DELETE FROM feed_state WHERE url = $1"
_SET_STATE = "UPDATE feed_state SET url = $1, last_error = $2 WHERE url = $3"


async def redact_stored_urls_pg(db: asyncpg.Connection) -> None:
    """Rewrite stored feed URLs redacted; call inside the migration's transaction."""
    taken = {r[0] for r in await db.fetch(_FEED_KEYS)}
    keys = new_keys([(r[0], r[1]) for r in await db.fetch(_FEED_SOURCES)], taken)
    # One statement a row, in order: a key another source gave up is taken after it is free.
    for key, source_id in keys:
        await db.execute(_SET_SOURCE_KEY, key, source_id)
    rewrites, drops = new_states([(r[0], r[1]) for r in await db.fetch(_FEED_STATES)])
    for url in drops:
        await db.execute(_DROP_STATE, url)
    for new_url, new_error, url in rewrites:
        await db.execute(_SET_STATE, new_url, new_error, url)
    log.info("feed urls redacted sources=%d feed_states=%d", len(keys), len(rewrites) + len(drops))
