"""PostgreSQL migration 0008: the sibling of :mod:`.redact_items` (SQLite's 0024).

The feeds' stored item ids and links, and the feeds' own links, rewritten redacted in the
migration's transaction, a batch of posts at a time, deciding what to rewrite with the same
pure functions as SQLite's (:func:`.redact_items.new_items`, ``new_feed_links``,
``new_deliveries``, ``new_alert_messages``), so a post keeps its identity, and two whose ids differ
only in their secret both stay, the same way.

PostgreSQL keeps the old row versions in the table's file until VACUUM reclaims them
(autovacuum does, in time); ``VACUUM FULL posts, sources`` rewrites both tables at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from tg_archiver.archive.redact import MASK
from tg_archiver.archive.store.upgrades.redact_items import (
    BATCH,
    new_alert_messages,
    new_deliveries,
    new_feed_links,
    new_items,
)

if TYPE_CHECKING:
    import asyncpg

log = logging.getLogger(__name__)

_ITEMS_AFTER = (
    "SELECT posts.id, posts.source_id, posts.external_id, posts.url"
    " FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.id > $1 AND sources.kind = 'feed'"
    " AND (strpos(posts.external_id, '=') > 0 OR strpos(posts.external_id, '@') > 0"
    " OR strpos(posts.url, '=') > 0 OR strpos(posts.url, '@') > 0)"
    " ORDER BY posts.id LIMIT $2"
)
_MASKED_IDS = (
    "SELECT posts.source_id, posts.external_id"
    " FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = 'feed' AND strpos(posts.external_id, $1) > 0"
)
_SET_ITEM = "UPDATE posts SET external_id = $1, url = $2 WHERE id = $3"
_FEED_LINKS = (
    "SELECT id, url FROM sources WHERE kind = 'feed'"
    " AND (strpos(url, '=') > 0 OR strpos(url, '@') > 0)"
)
_SET_FEED_LINK = "UPDATE sources SET url = $1 WHERE id = $2"
_DELIVERIES = (
    "SELECT digest, chat, period_end, messages FROM digest_deliveries"
    " WHERE strpos(messages, '://') > 0"
)
_SET_DELIVERY = (
    "UPDATE digest_deliveries SET messages = $1 WHERE digest = $2 AND chat = $3 AND period_end = $4"
)
_ALERT_SENDS = "SELECT alert_id, post_id, message FROM alert_sends WHERE strpos(message, '://') > 0"
_SET_ALERT_SEND = "UPDATE alert_sends SET message = $1 WHERE alert_id = $2 AND post_id = $3"


async def redact_stored_items_pg(db: asyncpg.Connection) -> None:
    """Rewrite the feeds' stored item ids and links redacted; call inside the migration's
    transaction."""
    taken = {(r[0], r[1]) for r in await db.fetch(_MASKED_IDS, MASK)}
    posts = after = 0
    while batch := await db.fetch(_ITEMS_AFTER, after, BATCH):
        after = batch[-1][0]
        changed = new_items([(r[0], r[1], r[2], r[3]) for r in batch], taken)
        # One statement a row, in order: an id another post gave up is taken after it is free.
        for new_id, new_url, post_id in changed:
            await db.execute(_SET_ITEM, new_id, new_url, post_id)
        posts += len(changed)
    links = new_feed_links([(r[0], r[1]) for r in await db.fetch(_FEED_LINKS)])
    for link, source_id in links:
        await db.execute(_SET_FEED_LINK, link, source_id)
    deliveries = new_deliveries([tuple(r) for r in await db.fetch(_DELIVERIES)])
    await db.executemany(_SET_DELIVERY, deliveries)
    alerts = new_alert_messages([tuple(r) for r in await db.fetch(_ALERT_SENDS)])
    await db.executemany(_SET_ALERT_SEND, alerts)
    log.info(
        "feed items redacted posts=%d feeds=%d digests=%d alerts=%d",
        posts,
        len(links),
        len(deliveries),
        len(alerts),
    )
