"""The media tables in a PostgreSQL archive: the sibling of :mod:`.media`, the same calls and
rows.

The same meanings: which post holds which attachment and what became of it, a kept file
never undone by a re-import, an edit that replaces attachments moving the post's rows to
``post_media_replaced`` first. The files stay on a local disk (or a folder every service
mounts), under the archive's media folder (:meth:`archive.media_config.MediaConfig.folder_for`);
only the rows are here. What differs: ``$n`` parameters, ``IS [NOT] DISTINCT FROM`` for
SQLite's ``IS``, ``= ANY($1)`` for a list of ids, ``COLLATE "C"`` where SQLite sorts by bytes,
and what several services on one database need:

- a file is recorded once: ``media_files`` and ``post_media`` rows are inserted
  ``ON CONFLICT DO NOTHING``, and a link or a state is changed only when it changes, so two
  services recording the same post or keeping the same file leave one row each;
- an edit's move of a post's rows is serialised by a transaction-level advisory lock
  (:data:`_RECORD_LOCK`): between reading a post's attachments and moving them, another
  service's move of the same post would copy the same rows twice. One key for all posts, not
  one per post: a batch's posts would otherwise be locked in two orders by two services (a
  deadlock); the lock is held for the short recording transactions only, never a download;
- a file is downloaded by one service at a time: :meth:`PgMediaStore.claim` holds a session
  advisory lock on the Telegram file for the whole download, on a connection of its own (not
  the readers' pool, which a download reads from while it holds the claim). A second service
  waits, then finds the file kept and links it; a service that dies frees the lock with its
  connection.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.redact import redact
from tg_archiver.archive.store.connection_pg import CONNECT_TIMEOUT, PgConnection
from tg_archiver.archive.store.media import (
    ROW_COLUMNS,
    ROW_FROM,
    MediaRow,
    MediaSql,
    MediaStore,
    media_row,
)

__all__ = ["PgMediaStore"]

_POST_ID = (
    "SELECT posts.id FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = $1 AND sources.key = $2 AND posts.external_id = $3"
)
_TRACK = (
    "INSERT INTO post_media (post_id, position, kind, file_name, size, mime_type, width,"
    " height, duration, state, reason, message_id, telegram_file, export_path, updated_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    " ON CONFLICT (post_id, position) DO NOTHING"
)
_RECORD_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('media|record', 0))"
_CURRENT = (
    "SELECT telegram_file, kind, file_name, size, export_path FROM post_media"
    " WHERE post_id = $1 ORDER BY position"
)
_MOVE_REPLACED = (
    "INSERT INTO post_media_replaced (post_id, position, kind, file_name, size, mime_type,"
    " width, height, duration, state, reason, sha256, message_id, telegram_file, export_path,"
    " updated_at, replaced_at)"
    " SELECT post_id, position, kind, file_name, size, mime_type, width, height, duration,"
    " CASE state WHEN 'pending' THEN 'missing' ELSE state END,"
    " CASE state WHEN 'pending' THEN $2 ELSE reason END,"
    " sha256, message_id, telegram_file, export_path, $3, $3"
    " FROM post_media WHERE post_id = $1 ORDER BY position"
)
_DROP_REPLACED = "DELETE FROM post_media WHERE post_id = $1"
_SUMMARY = "UPDATE posts SET media = $1 WHERE id = $2 AND media IS DISTINCT FROM $1"
_ADD_FILE = (
    "INSERT INTO media_files (sha256, size, mime_type, stored_at) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (sha256) DO NOTHING"
)
# As SQLite's: a row changes only when its state changes (a re-import leaves it as it was).
_KEEP = (
    "UPDATE post_media SET state = 'kept', sha256 = $1, reason = NULL, updated_at = $2"
    " WHERE post_id = $3 AND position = $4 AND sha256 IS DISTINCT FROM $1"
    " AND ($5::text IS NULL OR telegram_file IS NOT DISTINCT FROM $5)"
)
_KEEP_REPLACED = (
    "UPDATE post_media_replaced SET state = 'kept', sha256 = $1, reason = NULL, updated_at = $2"
    " WHERE post_id = $3 AND position = $4 AND telegram_file = $5 AND state <> 'kept'"
)
_MARK = (
    "UPDATE post_media SET state = $1, reason = $2, updated_at = $3"
    " WHERE post_id = $4 AND position = $5 AND state <> 'kept'"
    " AND NOT (state = $1 AND reason IS NOT DISTINCT FROM $2)"
    " AND ($6::text IS NULL OR telegram_file IS NOT DISTINCT FROM $6)"
)
_STATES = "SELECT position, state FROM post_media WHERE post_id = $1 ORDER BY position"
_FILE_KNOWN = "SELECT 1 FROM media_files WHERE sha256 = $1"
_KEPT_TELEGRAM_FILE = (
    "SELECT sha256 FROM post_media WHERE telegram_file = $1 AND state = 'kept' LIMIT 1"
)
_WAITING = (
    f"SELECT {ROW_COLUMNS}{ROW_FROM}"
    " WHERE post_media.state IN ('pending', 'skipped') AND sources.kind = 'telegram'"
    " AND post_media.message_id IS NOT NULL"
    " AND (post_media.post_id, post_media.position) > ($1, $2)"
    " ORDER BY post_media.post_id, post_media.position LIMIT $3"
)
_OF_POSTS = (
    f"SELECT {ROW_COLUMNS}{ROW_FROM} WHERE post_media.post_id = ANY($1::bigint[]) ORDER BY 1, 2"
)
_KEPT_OF = (
    "SELECT post_id, kind, sha256 FROM post_media"
    " WHERE state = 'kept' AND post_id = ANY($1::bigint[]) ORDER BY post_id, position"
)
_ANY_KEPT = "SELECT 1 FROM post_media WHERE state = 'kept' LIMIT 1"
_POSTS_OF_FILE = "SELECT DISTINCT post_id FROM post_media WHERE sha256 = $1 ORDER BY post_id"
_FILES_AFTER = (
    'SELECT sha256, size FROM media_files WHERE sha256 COLLATE "C" > $1'
    ' ORDER BY sha256 COLLATE "C" LIMIT $2'
)
_BY_KIND = (
    "SELECT kind, count(*), count(*) FILTER (WHERE state = 'kept'),"
    " count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'skipped'),"
    " count(*) FILTER (WHERE state IN ('failed', 'missing', 'refused')),"
    " (SELECT coalesce(sum(size), 0) FROM media_files WHERE sha256 IN"
    "   (SELECT sha256 FROM post_media AS k WHERE k.kind = post_media.kind))"
    ' FROM post_media GROUP BY kind ORDER BY kind COLLATE "C"'
)
_BY_SOURCE = (
    "SELECT coalesce(sources.title, sources.key), count(post_media.sha256),"
    " (SELECT coalesce(sum(size), 0) FROM media_files WHERE sha256 IN"
    "   (SELECT pm.sha256 FROM post_media AS pm JOIN posts AS p ON p.id = pm.post_id"
    "    WHERE p.source_id = sources.id))"
    " FROM post_media JOIN posts ON posts.id = post_media.post_id"
    " JOIN sources ON sources.id = posts.source_id"
    ' GROUP BY sources.id ORDER BY 3 DESC, coalesce(sources.title, sources.key) COLLATE "C"'
)
_TOTALS = (
    "SELECT (SELECT count(*) FROM media_files), (SELECT coalesce(sum(size), 0) FROM media_files),"
    " (SELECT coalesce(sum(media_files.size), 0) FROM post_media"
    "  JOIN media_files ON media_files.sha256 = post_media.sha256)"
)
_CLAIM_FILE = "SELECT pg_advisory_lock(hashtextextended('media|' || $1, 0))"


PG_SQL = MediaSql.of(globals())


class PgMediaStore(MediaStore):
    """:class:`.media.MediaStore`'s calls on a PostgreSQL archive: writes on the store's
    writing connection inside its transactions, reads on the pool (committed rows only)."""

    sql = PG_SQL

    def __init__(self, conn: PgConnection) -> None:
        # Not MediaStore's (a Store): this class reaches the database through the methods
        # below alone, on the PostgreSQL connection.
        self._conn = conn

    async def _run(self, sql: str, params: Sequence[Any]) -> None:
        await self._conn.db.execute(sql, *params)

    async def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        await self._conn.db.executemany(sql, rows)

    async def _written(self, sql: str, params: Sequence[Any]) -> list[Any]:
        return await self._conn.fetchall(sql, params)

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return await self._conn.read_all(sql, params)

    async def _before_record(self) -> None:
        """Under :data:`_RECORD_LOCK`, so the rows read are the ones moved, whichever service
        records the edit."""
        await self._conn.db.execute(_RECORD_LOCK)

    @asynccontextmanager
    async def claim(self, telegram_file: str) -> AsyncIterator[None]:
        """Hold the download of ``telegram_file`` for this service alone, across every
        service of the database (see the module's docstring); waits while another holds it."""
        import asyncpg

        try:
            holder = await asyncpg.connect(self._conn.url.url, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError) as e:
            raise StorageError(
                f"cannot reach the archive {self._conn.url} to claim a download: {redact(str(e))}"
            ) from None
        try:
            await holder.execute(_CLAIM_FILE, telegram_file)
            yield
        finally:
            await holder.close()  # the server drops the session's lock with it

    async def of_posts(self, post_ids: Iterable[int]) -> dict[int, list[MediaRow]]:
        found: dict[int, list[MediaRow]] = {}
        for r in await self._conn.read_all(_OF_POSTS, (sorted(set(post_ids)),)):
            row = media_row(r)
            found.setdefault(row.post_id, []).append(row)
        return found

    async def any_kept(self) -> bool:
        """Whether the archive keeps any file (an export without one stays as it was)."""
        return await self._conn.read_one(_ANY_KEPT) is not None

    async def kept_of(self, post_ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(post, kind, hash) of the kept files of ``post_ids``, each post's in order."""
        rows = await self._conn.read_all(_KEPT_OF, (list(post_ids),))
        return [(int(p), str(k), str(s)) for p, k, s in rows]
