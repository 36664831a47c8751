"""Give every stored post the topics its text names now (``tg-archiver retag``).

A post's tags are found when it is stored (archive.pipeline): its hashtags, its feed's
categories and the topics its text names by a phrase alias of ``[topics]``. Stored tags stay
as they were made, so a phrase alias added to the config later tags none of the posts already
archived, and one matched by an older method keeps the tag it gave (before abbreviations were
matched only in capitals, "Kim Jong Un" tagged a parade report UN).

Retag reads every post, a batch at a time, and finds the topics its title and text name by
the configured phrase aliases, exactly as ingest does (:meth:`TopicAliases.iter_phrase_matches`
over the same text): a topic found that the post lacks is added as a phrase tag (origin
``rule``), and a phrase tag whose topic is no longer found is removed. A hashtag's or a
category's tag is the author's and stays, whatever the config says. Everything happens in one
transaction: an interrupted retag leaves the old tags. SQLite and PostgreSQL alike. It records
that the archive's tags are made by this version's rules and this ``[topics]``
(:mod:`archive.rules`), so a service started next has nothing left to retag; the service
itself retags in the background, a batch a transaction (:func:`retag_after`), when it finds
the tags made otherwise.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from tg_archiver.archive.rules import tags_rules
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.connection import marks
from tg_archiver.archive.store.rules_state import record_done
from tg_archiver.archive.tags import TopicAliases, tag_key

__all__ = ["RetagReport", "retag", "retag_after"]

BATCH = 500

_SQL = {
    "sqlite": {
        "posts": "SELECT id, title, clean_text FROM posts WHERE id > ? ORDER BY id LIMIT ?",
        "tags": (
            "SELECT post_tags.post_id, tags.key, post_tags.origin FROM post_tags"
            " JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id IN ({marks})"
        ),
        "drop": "DELETE FROM post_tags WHERE post_id = ? AND tag_id = (SELECT id FROM tags"
        " WHERE key = ?) AND origin = 'rule'",
        "add": "INSERT OR IGNORE INTO post_tags (post_id, tag_id, origin) VALUES (?, ?, 'rule')",
    },
    "postgresql": {
        "posts": "SELECT id, title, clean_text FROM posts WHERE id > $1 ORDER BY id LIMIT $2",
        "tags": (
            "SELECT post_tags.post_id, tags.key, post_tags.origin FROM post_tags"
            " JOIN tags ON tags.id = post_tags.tag_id"
            " WHERE post_tags.post_id = ANY($1::bigint[])"
        ),
        "drop": "DELETE FROM post_tags WHERE post_id = $1 AND tag_id = (SELECT id FROM tags"
        " WHERE key = $2) AND origin = 'rule'",
        "add": "INSERT INTO post_tags (post_id, tag_id, origin) VALUES ($1, $2, 'rule')"
        " ON CONFLICT DO NOTHING",
    },
}
# Other services may tag posts meanwhile on PostgreSQL: their writes wait for the retag.
_LOCK_PG = "LOCK TABLE post_tags IN SHARE ROW EXCLUSIVE MODE"


@dataclass(slots=True)
class RetagReport:
    posts: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0  # posts whose tags are not what they were

    def summary(self) -> str:
        return (
            f"{self.posts} posts: {self.added} topic tags added, {self.removed} removed;"
            f" {self.changed} posts changed"
        )


def phrase_topics(title: str | None, clean_text: str, aliases: TopicAliases) -> dict[str, str]:
    """The topics (by :func:`tag_key`) a stored post's title and text name by a phrase
    alias, as ingest finds them (archive.pipeline.prepare: the title, then the clean text)."""
    searchable = f"{title}\n{clean_text}" if title else clean_text
    text = unicodedata.normalize("NFC", searchable)
    return {tag_key(topic): topic for _, topic in aliases.iter_phrase_matches(text)}


async def retag(store: Store, aliases: TopicAliases) -> RetagReport:
    """Add and remove every post's phrase tags as the config's ``aliases`` find them now
    (call outside a transaction: it opens one), and record that every post's tags are made
    by this code's rules and ``aliases`` (an upgrade the service had under way is done)."""
    report = RetagReport()
    async with store.transaction():
        last: int | None = 0
        while last is not None:
            last = await retag_after(store, aliases, last, report)
        await record_done(store, tags_rules(aliases))
    return report


async def retag_after(
    store: Store, aliases: TopicAliases, after: int, report: RetagReport, batch: int = 0
) -> int | None:
    """Retag the next ``batch`` posts (:data:`BATCH` when 0) after post id ``after``, inside
    the caller's transaction; return the last post's id, None when there were none. (The
    service's background retag does one such batch a transaction: .upgrades.rules.)"""
    engine = store.engine
    sql = _SQL[engine]
    conn: Any = store.connection
    if engine == "postgresql":
        await conn.fetchall(_LOCK_PG)
    rows = await conn.fetchall(sql["posts"], (after, batch or BATCH))
    if not rows:
        return None
    await _batch(store, conn, sql, rows, aliases, report)
    return int(rows[-1][0])


async def _batch(
    store: Store,
    conn: Any,
    sql: dict[str, str],
    rows: list[Any],
    aliases: TopicAliases,
    report: RetagReport,
) -> None:
    ids = [int(pid) for pid, _, _ in rows]
    stored: dict[int, dict[str, str]] = {pid: {} for pid in ids}
    if store.engine == "postgresql":
        found = await conn.fetchall(sql["tags"], (ids,))
    else:
        found = await conn.fetchall(sql["tags"].format(marks=marks(ids)), ids)
    for pid, key, origin in found:
        stored[int(pid)][key] = origin
    drops: list[tuple[int, str]] = []
    adds: list[tuple[int, str]] = []
    names: dict[str, str] = {}
    for pid, title, clean in rows:
        report.posts += 1
        have = stored[int(pid)]
        now = phrase_topics(title, clean, aliases)
        gone = [key for key, origin in have.items() if origin == "rule" and key not in now]
        new = [key for key in now if key not in have]
        drops += ((int(pid), key) for key in gone)
        adds += ((int(pid), key) for key in new)
        names.update((key, now[key]) for key in new)
        report.changed += bool(gone or new)
    report.removed += len(drops)
    report.added += len(adds)
    ids_of = await store.writer.tag_ids(names) if names else {}
    for pid, key in drops:
        await conn.fetchall(sql["drop"], (pid, key))
    for pid, key in adds:
        await conn.fetchall(sql["add"], (pid, ids_of[key]))
