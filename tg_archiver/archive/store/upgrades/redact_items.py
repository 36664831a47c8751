"""SQLite migration 0024 (PostgreSQL's 0008): hide a feed's secret in its posts' ids and links.

A private feed writes the token of its URL (``?token=...``), or a password (``user:pass@``),
in its entries' links and guids as well, and before this version they were stored as they
came: in ``posts.url`` and ``posts.external_id``, and from there in every export, search and
digest. Since this version the feed reader redacts them by the feed URL's own rule
(:func:`archive.redact.redact_url`); this step rewrites what earlier versions stored, in the
migration's transaction, a batch of posts at a time: the links and ids of every feed's posts,
and the feeds' own links. The digests and alerts already composed from those links (kept to
resend an interrupted delivery with the same text) have every URL in them redacted too.

The id is the post's identity (``UNIQUE (source_id, external_id)``): the next poll asks for
the redacted id, so rewriting it keeps the post, and nothing is stored again. Only the two
columns change: the post's row, its versions, tags, duplicate links and media stay as they
are. An id that is not a URL (``tag:``, ``urn:uuid:``, a number) is not touched.

Two posts of one feed whose ids differ only in their secret (the feed's token changed, and
the same entries came again under new ids) would take the same redacted id. The lower post
id (the first stored, which the copies link to) takes it and the next poll finds it; each
other keeps its row under ``<redacted id> (post N)``, N its own post id. Nothing is merged or
lost.

What to rewrite is decided by the pure function :func:`new_items`; :func:`redact_stored_items`
reads and writes a SQLite archive, :mod:`.redact_items_pg` a PostgreSQL one.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from typing import Any

import aiosqlite

from tg_archiver.archive import lazy_re
from tg_archiver.archive.redact import MASK, redact, redact_url
from tg_archiver.archive.store.upgrades.redact_stored import secure_delete

log = logging.getLogger(__name__)

BATCH = 1000
# Only values that can hold a secret are read: a URL with a userinfo "@" or a parameter "=".
_ITEMS_AFTER = (
    "SELECT posts.id, posts.source_id, posts.external_id, posts.url"
    " FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE posts.id > ? AND sources.kind = 'feed'"
    " AND (instr(posts.external_id, '=') > 0 OR instr(posts.external_id, '@') > 0"
    " OR instr(posts.url, '=') > 0 OR instr(posts.url, '@') > 0)"
    " ORDER BY posts.id LIMIT ?"
)
# A redacted id holds the mask: only such ids can be the one another redacts to.
_MASKED_IDS = (
    "SELECT posts.source_id, posts.external_id"
    " FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = 'feed' AND instr(posts.external_id, ?) > 0"
)
_SET_ITEM = "UPDATE posts SET external_id = ?, url = ? WHERE id = ?"
_FEED_LINKS = (
    "SELECT id, url FROM sources WHERE kind = 'feed'"
    " AND (instr(url, '=') > 0 OR instr(url, '@') > 0)"
)
_SET_FEED_LINK = "UPDATE sources SET url = ? WHERE id = ?"
# Composed digests and alerts: their keys and text (a JSON list of messages for a digest).
_DELIVERIES = (
    "SELECT digest, chat, period_end, messages FROM digest_deliveries"
    " WHERE instr(messages, '://') > 0"
)
_SET_DELIVERY = (
    "UPDATE digest_deliveries SET messages = ? WHERE digest = ? AND chat = ? AND period_end = ?"
)
_ALERT_SENDS = "SELECT alert_id, post_id, message FROM alert_sends WHERE instr(message, '://') > 0"
_SET_ALERT_SEND = "UPDATE alert_sends SET message = ? WHERE alert_id = ? AND post_id = ?"

_CLASH = lazy_re.compile(r"(.*) \(post (\d+)\)", re.DOTALL)

Item = tuple[int, int, str, str | None]  # post id, source id, external id, url
Change = tuple[str, str | None, int]  # new external id, new url, post id


def new_items(items: Iterable[Item], taken: set[tuple[int, str]]) -> list[Change]:
    """(new external id, new url, post id) for each of ``items`` (in post id order) whose id
    or link holds a secret. ``taken`` holds (source id, external id) of every feed post whose
    id another may redact to (those holding :data:`~archive.redact.MASK`), and is updated. An
    id that redacts to one taken gets `` (post N)``; one that got it before is read without
    it."""
    changed = []
    for post_id, source_id, external_id, url in items:
        clash = _CLASH.fullmatch(external_id)
        base = clash.group(1) if clash and clash.group(2) == str(post_id) else external_id
        new_id = redact_url(base)
        if new_id == base:
            new_id = external_id
        elif (source_id, new_id) in taken:
            new_id = f"{new_id} (post {post_id})"
        new_url = redact_url(url) if url else url
        if (new_id, new_url) == (external_id, url):
            continue
        if new_id != external_id:
            taken.discard((source_id, external_id))
            taken.add((source_id, new_id))
        changed.append((new_id, new_url, post_id))
    return changed


def new_feed_links(sources: Iterable[tuple[int, str]]) -> list[tuple[str, int]]:
    """(new link, source id) for each feed source (id, its link) whose link holds a secret."""
    return [(redact_url(url), i) for i, url in sources if redact_url(url) != url]


def new_deliveries(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """For ``digest_deliveries`` rows (digest, chat, period end, messages as stored): (new
    messages, digest, chat, period end) of each whose messages quote a URL with a secret."""
    changed = []
    for *key, stored in rows:
        messages = json.loads(stored)
        redacted = [redact(m) for m in messages]
        if redacted != messages:
            changed.append((json.dumps(redacted, ensure_ascii=False), *key))
    return changed


def new_alert_messages(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """For ``alert_sends`` rows (alert id, post id, message): (new message, alert id, post id)
    of each whose message quotes a URL with a secret."""
    return [(redact(m), *key) for *key, m in rows if redact(m) != m]


async def redact_stored_items(db: aiosqlite.Connection) -> None:
    """Rewrite the feeds' stored item ids and links redacted; call inside the migration's
    transaction. ``secure_delete`` is on meanwhile: the secrets go from the file itself."""
    async with secure_delete(db):
        taken = {(s, e) for s, e in await _all(db, _MASKED_IDS, (MASK,))}
        posts = renamed = 0
        after = 0
        while batch := await _all(db, _ITEMS_AFTER, (after, BATCH)):
            after = batch[-1][0]
            changed = new_items(batch, taken)
            await db.executemany(_SET_ITEM, changed)
            posts += len(changed)
            renamed += sum(1 for new_id, _, pid in changed if new_id.endswith(f" (post {pid})"))
        links = new_feed_links(await _all(db, _FEED_LINKS))
        await db.executemany(_SET_FEED_LINK, links)
        deliveries = new_deliveries(await _all(db, _DELIVERIES))
        await db.executemany(_SET_DELIVERY, deliveries)
        alerts = new_alert_messages(await _all(db, _ALERT_SENDS))
        await db.executemany(_SET_ALERT_SEND, alerts)
    log.info(
        "feed items redacted posts=%d clashes=%d feeds=%d digests=%d alerts=%d",
        posts,
        renamed,
        len(links),
        len(deliveries),
        len(alerts),
    )


async def _all(db: aiosqlite.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    async with db.execute(sql, params) as cursor:
        return list(await cursor.fetchall())
