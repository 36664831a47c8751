"""The media tables: which post holds which attachment, and what became of each.

A part of the store in its own module, as :mod:`archive.store.alerts`: it works on an open
:class:`~archive.store.Store`, writing on its connection inside its transactions and reading
on its read connection, so a reader never sees half of a batch. Schema and states:
``migrations/0013_media.sql``. Files themselves are :mod:`archive.media_files`' business; a
row names a file by its SHA-256 alone.

Text comes first: posts are stored by the ingest path as before, and their media rows are
added after, ``pending`` until fetched. Recording an attachment again (a re-import, an edit)
never undoes what happened to it: a kept file stays kept. An edit that replaces attachments
moves the post's rows to ``post_media_replaced`` (migration 0016) before the new ones are
recorded, so an archived photo is never lost to an edit.

:func:`media_store` picks the engine's: this module on SQLite, :mod:`.media_pg` (the same
calls, and what several services on one database need) on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from tg_archiver.archive.media_files import StoredFile
from tg_archiver.archive.models import Media
from tg_archiver.archive.store import Store, ts
from tg_archiver.archive.store.rows import media_json

__all__ = [
    "KindStats", "MediaItem", "MediaRow", "MediaStore", "SourceStats", "blocking_reader",
    "media_store",
]  # fmt: skip

_POST_ID = (
    "SELECT posts.id FROM posts JOIN sources ON sources.id = posts.source_id"
    " WHERE sources.kind = ? AND sources.key = ? AND posts.external_id = ?"
)
_TRACK = (
    "INSERT INTO post_media (post_id, position, kind, file_name, size, mime_type, width,"
    " height, duration, state, reason, message_id, telegram_file, export_path, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (post_id, position) DO NOTHING"
)
_CURRENT = (
    "SELECT telegram_file, kind, file_name, size, export_path FROM post_media"
    " WHERE post_id = ? ORDER BY position"
)
_MOVE_REPLACED = (
    "INSERT INTO post_media_replaced (post_id, position, kind, file_name, size, mime_type,"
    " width, height, duration, state, reason, sha256, message_id, telegram_file, export_path,"
    " updated_at, replaced_at)"
    " SELECT post_id, position, kind, file_name, size, mime_type, width, height, duration,"
    " CASE state WHEN 'pending' THEN 'missing' ELSE state END,"
    " CASE state WHEN 'pending' THEN ?2 ELSE reason END,"
    " sha256, message_id, telegram_file, export_path, ?3, ?3"
    " FROM post_media WHERE post_id = ?1 ORDER BY position"
)
_DROP_REPLACED = "DELETE FROM post_media WHERE post_id = ?"
# posts.media, the post's list of its attachments (rows.media_json), as they are now: set
# when attachments are replaced with the text unchanged (an edit of the text sets it itself).
_SUMMARY = "UPDATE posts SET media = ?1 WHERE id = ?2 AND media IS NOT ?1"
REPLACED_BEFORE_FETCH = "replaced by an edit before it was fetched"
_ADD_FILE = (
    "INSERT INTO media_files (sha256, size, mime_type, stored_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (sha256) DO NOTHING"
)
# Both change a row only when its state changes: recording the same outcome again (a
# re-import) leaves the archive exactly as it was, updated_at included.
# ``?5``: the Telegram file a download fetched (NULL for an export's file). A download that
# finishes after an edit replaced its attachment links the file where that attachment went.
_KEEP = (
    "UPDATE post_media SET state = 'kept', sha256 = ?1, reason = NULL, updated_at = ?2"
    " WHERE post_id = ?3 AND position = ?4 AND sha256 IS NOT ?1"
    " AND (?5 IS NULL OR telegram_file IS ?5)"
)
_KEEP_REPLACED = (
    "UPDATE post_media_replaced SET state = 'kept', sha256 = ?1, reason = NULL, updated_at = ?2"
    " WHERE post_id = ?3 AND position = ?4 AND telegram_file = ?5 AND state <> 'kept'"
)
_MARK = (
    "UPDATE post_media SET state = ?1, reason = ?2, updated_at = ?3"
    " WHERE post_id = ?4 AND position = ?5 AND state <> 'kept'"
    " AND NOT (state = ?1 AND reason IS ?2) AND (?6 IS NULL OR telegram_file IS ?6)"
)
_STATES = "SELECT position, state FROM post_media WHERE post_id = ? ORDER BY position"
_FILE_KNOWN = "SELECT 1 FROM media_files WHERE sha256 = ?"
_KEPT_TELEGRAM_FILE = (
    "SELECT sha256 FROM post_media WHERE telegram_file = ? AND state = 'kept' LIMIT 1"
)
# The columns of a media row and where they are read from: the same on PostgreSQL.
ROW_COLUMNS = (
    "post_media.post_id, post_media.position, post_media.kind, post_media.file_name,"
    " post_media.size, post_media.mime_type, post_media.width, post_media.height,"
    " post_media.duration, post_media.state, post_media.reason, post_media.sha256,"
    " post_media.message_id, post_media.telegram_file, post_media.export_path,"
    " sources.kind, sources.key"
)
ROW_FROM = (
    " FROM post_media JOIN posts ON posts.id = post_media.post_id"
    " JOIN sources ON sources.id = posts.source_id"
)
_WAITING = (
    f"SELECT {ROW_COLUMNS}{ROW_FROM}"
    " WHERE post_media.state IN ('pending', 'skipped') AND sources.kind = 'telegram'"
    " AND post_media.message_id IS NOT NULL AND (post_media.post_id, post_media.position) > (?, ?)"
    " ORDER BY post_media.post_id, post_media.position LIMIT ?"
)
_OF_POSTS = f"SELECT {ROW_COLUMNS}{ROW_FROM} WHERE post_media.post_id IN (%s) ORDER BY 1, 2"
_POSTS_OF_FILE = "SELECT DISTINCT post_id FROM post_media WHERE sha256 = ? ORDER BY post_id"
_FILES_AFTER = "SELECT sha256, size FROM media_files WHERE sha256 > ? ORDER BY sha256 LIMIT ?"
_BY_KIND = (
    "SELECT kind, count(*), sum(state = 'kept'), sum(state = 'pending'), sum(state = 'skipped'),"
    " sum(state IN ('failed', 'missing', 'refused')),"
    " (SELECT coalesce(sum(size), 0) FROM media_files WHERE sha256 IN"
    "   (SELECT sha256 FROM post_media AS k WHERE k.kind = post_media.kind))"
    " FROM post_media GROUP BY kind ORDER BY kind"
)
_BY_SOURCE = (
    "SELECT coalesce(sources.title, sources.key), count(post_media.sha256),"
    " (SELECT coalesce(sum(size), 0) FROM media_files WHERE sha256 IN"
    "   (SELECT pm.sha256 FROM post_media AS pm JOIN posts AS p ON p.id = pm.post_id"
    "    WHERE p.source_id = sources.id))"
    " FROM post_media JOIN posts ON posts.id = post_media.post_id"
    " JOIN sources ON sources.id = posts.source_id"
    " GROUP BY sources.id ORDER BY 3 DESC, 1"
)
_TOTALS = (
    "SELECT (SELECT count(*) FROM media_files), (SELECT coalesce(sum(size), 0) FROM media_files),"
    " (SELECT coalesce(sum(media_files.size), 0) FROM post_media"
    "  JOIN media_files ON media_files.sha256 = post_media.sha256)"
)
_MAX_VARS = 900


@dataclass(frozen=True, slots=True)
class MediaSql:
    """The statements :class:`MediaStore` runs, in one engine's SQL (see :data:`SQLITE`)."""

    post_id: str
    track: str
    current: str
    move_replaced: str
    drop_replaced: str
    summary: str
    add_file: str
    keep: str
    keep_replaced: str
    mark: str
    states: str
    file_known: str
    kept_telegram_file: str
    waiting: str
    posts_of_file: str
    files_after: str
    by_kind: str
    by_source: str
    totals: str

    @classmethod
    def of(cls, module: dict[str, Any]) -> MediaSql:
        """The statements a module defines as ``_POST_ID``, ``_TRACK`` ... (each field's name
        in capitals, after an underscore)."""
        return cls(**{f.name: module[f"_{f.name.upper()}"] for f in fields(cls)})


SQLITE = MediaSql.of(globals())


@dataclass(frozen=True, slots=True)
class MediaItem:
    """One attachment as a source announced it, before it is fetched."""

    kind: str
    file_name: str | None = None
    size: int | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    message_id: int | None = None  # Telegram: the message (album part) holding it
    telegram_file: str | None = None  # Telegram: "photo:<id>" / "document:<id>"
    export_path: str | None = None  # Telegram Desktop export: the path it gave


@dataclass(frozen=True, slots=True)
class MediaRow:
    """An attachment of a stored post and what became of it."""

    post_id: int
    position: int
    item: MediaItem
    state: str  # pending, kept, skipped, failed, missing, refused
    reason: str | None
    sha256: str | None
    source_kind: str
    source_key: str


@dataclass(frozen=True, slots=True)
class KindStats:
    kind: str
    items: int
    kept: int
    pending: int
    skipped: int
    failed: int  # failed, missing or refused
    bytes: int  # of the distinct files kept for this kind


@dataclass(frozen=True, slots=True)
class SourceStats:
    source: str
    kept: int
    bytes: int


# -- the seam -----------------------------------------------------------------------------
# The store's connection as this module (and media_cli's exports) reach it, through the named
# entry points of store/connection.py (``store.conn``): the one place that names them.


def blocking_reader(store: Store) -> sqlite3.Connection:
    """A blocking read-only connection for an export's worker threads (one at a time: the
    JSON Lines path reads ahead in a thread of its own); the caller closes it."""
    return store.conn.blocking_reader(check_same_thread=False)


class MediaStore:
    """The media calls on an SQLite archive: writes on the store's connection inside its
    transactions, reads on its read connection. :class:`.media_pg.PgMediaStore` is the same
    calls on PostgreSQL: it gives its own SQL (:class:`MediaSql`) and the few ``_`` methods
    below that reach the database, and what several services on one database need."""

    sql = SQLITE

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- the engine's connection: what PgMediaStore replaces --------------------------

    async def _run(self, sql: str, params: Sequence[Any]) -> None:
        """One statement on the writing connection (the caller's transaction)."""
        await self.store.conn.db.execute(sql, params)

    async def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        await self.store.conn.db.executemany(sql, rows)

    async def _written(self, sql: str, params: Sequence[Any]) -> list[Any]:
        """Rows read on the writing connection: in a transaction, it sees its own rows."""
        return await self.store.conn.fetchall(sql, params)

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows read on the read connection (committed rows only)."""
        return await self.store.conn.read_all(sql, params)

    async def _before_record(self) -> None:
        """Called first in :meth:`record` (one writer on SQLite: nothing to wait for)."""

    # -- the calls --------------------------------------------------------------------

    async def post_id(self, kind: str, key: str, external_id: str) -> int | None:
        """The stored post of a source's id (on the write connection: in a transaction it
        sees the transaction's own posts)."""
        rows = await self._written(self.sql.post_id, (kind, key, external_id))
        return int(rows[0][0]) if rows else None

    async def track(
        self,
        post_id: int,
        items: Sequence[MediaItem],
        states: Sequence[tuple[str, str | None]],
        *,
        now: datetime,
    ) -> None:
        """Record a post's attachments with their first state (in the caller's transaction).

        An attachment recorded before keeps its row: what happened to it is not undone."""
        at = ts(now)
        await self._run_many(
            self.sql.track,
            [
                (post_id, n, i.kind, i.file_name, i.size, i.mime_type, i.width, i.height,
                 i.duration, state, reason, i.message_id, i.telegram_file, i.export_path, at)
                for n, (i, (state, reason)) in enumerate(zip(items, states, strict=True))
            ],
        )  # fmt: skip

    async def differs(self, post_id: int, items: Sequence[MediaItem]) -> bool:
        """Whether ``items`` are other attachments than those recorded for the post (write
        connection), as :meth:`record` would find."""
        known = [identity(*r) for r in await self._written(self.sql.current, (post_id,))]
        return _identities(items)[: len(known)] != known

    async def record(
        self,
        post_id: int,
        items: Sequence[MediaItem],
        states: Sequence[tuple[str, str | None]],
        *,
        now: datetime,
    ) -> bool:
        """Record a post's attachments as they are now (in the caller's transaction); return
        whether they replaced others.

        The same attachments again, or more after them (an album whose parts came in two
        events), are :meth:`track`: nothing recorded is undone. Other attachments than the
        recorded ones (an edit replaced a photo) move the recorded rows to
        ``post_media_replaced`` and take positions ``0..n-1``; a kept file stays linked there.
        """
        await self._before_record()
        known = [identity(*r) for r in await self._written(self.sql.current, (post_id,))]
        replaced = _identities(items)[: len(known)] != known
        if replaced:
            await self._run(self.sql.move_replaced, (post_id, REPLACED_BEFORE_FETCH, ts(now)))
            await self._run(self.sql.drop_replaced, (post_id,))
        await self.track(post_id, items, states, now=now)
        return replaced

    async def summarise(self, post_id: int, media: Sequence[Media]) -> None:
        """Set the post's list of its attachments (``posts.media``) to ``media``, in the
        caller's transaction: after :meth:`record` found them replaced, so that the list
        follows an edit that swapped a photo and left the text as it was (no version made)."""
        await self._run(self.sql.summary, (media_json(media), post_id))

    async def file_known(self, sha256: str) -> bool:
        """Whether a committed row names the file (read connection): a file an import wrote
        and then rolled back is removed only when no other writer recorded it meanwhile."""
        return bool(await self._read(self.sql.file_known, (sha256,)))

    async def keep(
        self,
        post_id: int,
        position: int,
        stored: StoredFile,
        mime_type: str | None,
        now: datetime,
        telegram_file: str | None = None,
    ) -> None:
        """The attachment's file is stored: link it (in the caller's transaction).

        ``telegram_file``: the file a download fetched. If an edit replaced that attachment
        meanwhile, the file is linked to the replaced row, never to its successor."""
        at = ts(now)
        await self._run(self.sql.add_file, (stored.sha256, stored.size, mime_type, at))
        await self._link(stored.sha256, at, post_id, position, telegram_file)

    async def states(self, post_id: int) -> dict[int, str]:
        """The state of each recorded attachment of a post, by position (write connection)."""
        rows = await self._written(self.sql.states, (post_id,))
        return {int(p): str(st) for p, st in rows}

    async def keep_known(
        self,
        post_id: int,
        position: int,
        sha256: str,
        now: datetime,
        telegram_file: str | None = None,
    ) -> None:
        """Link a file the store holds already (in the caller's transaction)."""
        await self._link(sha256, ts(now), post_id, position, telegram_file)

    async def _link(
        self, sha256: str, at: str, post_id: int, position: int, telegram_file: str | None
    ) -> None:
        await self._run(self.sql.keep, (sha256, at, post_id, position, telegram_file))
        if telegram_file is not None:
            await self._run(self.sql.keep_replaced, (sha256, at, post_id, position, telegram_file))

    async def mark(
        self,
        post_id: int,
        position: int,
        state: str,
        reason: str | None,
        now: datetime,
        telegram_file: str | None = None,
    ) -> None:
        """Set what became of an attachment not kept (a kept one stays kept; one an edit
        replaced meanwhile keeps the state the edit gave it)."""
        await self._run(self.sql.mark, (state, reason, ts(now), post_id, position, telegram_file))

    async def kept_telegram_file(self, telegram_file: str) -> str | None:
        """The hash of a Telegram file kept already (a re-post of it needs no download)."""
        rows = await self._read(self.sql.kept_telegram_file, (telegram_file,))
        return str(rows[0][0]) if rows else None

    @asynccontextmanager
    async def claim(self, telegram_file: str) -> AsyncIterator[None]:
        """Hold the download of ``telegram_file`` across processes: on SQLite, one machine's
        (``bot/media.py`` locks the part file itself); :mod:`.media_pg` takes a lock on the
        server, for services on several machines."""
        yield

    async def waiting(self, after: tuple[int, int] = (0, -1), limit: int = 200) -> list[MediaRow]:
        """Telegram attachments pending or skipped, after ``(post_id, position)``, in order."""
        rows = await self._read(self.sql.waiting, (*after, limit))
        return [media_row(r) for r in rows]

    async def of_posts(self, post_ids: Iterable[int]) -> dict[int, list[MediaRow]]:
        """The attachments of ``post_ids``, each post's in order."""
        ids = sorted(set(post_ids))
        found: dict[int, list[MediaRow]] = {}
        for i in range(0, len(ids), _MAX_VARS):
            part = ids[i : i + _MAX_VARS]
            sql = _OF_POSTS % ", ".join("?" * len(part))
            for r in await self._read(sql, part):
                row = media_row(r)
                found.setdefault(row.post_id, []).append(row)
        return found

    async def files(self, batch: int = 1000) -> list[tuple[str, int]]:
        """Every stored file's hash and size, in hash order."""
        out: list[tuple[str, int]] = []
        last = ""
        while rows := await self._read(self.sql.files_after, (last, batch)):
            out.extend((str(s), int(n)) for s, n in rows)
            last = out[-1][0]
        return out

    async def posts_of_file(self, sha256: str) -> list[int]:
        return [int(p) for (p,) in await self._read(self.sql.posts_of_file, (sha256,))]

    async def by_kind(self) -> list[KindStats]:
        rows = await self._read(self.sql.by_kind)
        return [KindStats(str(k), *(int(v or 0) for v in rest)) for k, *rest in rows]

    async def by_source(self) -> list[SourceStats]:
        rows = await self._read(self.sql.by_source)
        return [SourceStats(str(s), int(k), int(b or 0)) for s, k, b in rows]

    async def totals(self) -> tuple[int, int, int]:
        """(files, bytes on disk, bytes the attachments would take without dedup)."""
        (row,) = await self._read(self.sql.totals)
        return int(row[0]), int(row[1]), int(row[2])


def media_store(store: Store) -> MediaStore:
    """The media tables of ``store`` on its engine: this module's on SQLite, :mod:`.media_pg`'s
    (the same calls) on PostgreSQL."""
    if store.engine == "postgresql":
        from tg_archiver.archive.store.connection_pg import PgConnection
        from tg_archiver.archive.store.media_pg import PgMediaStore

        assert isinstance(store.connection, PgConnection)
        return PgMediaStore(store.connection)
    return MediaStore(store)


def media_row(r: Sequence[Any]) -> MediaRow:
    (post_id, position, kind, file_name, size, mime, width, height, duration, state, reason,
     sha256, message_id, telegram_file, export_path, source_kind, source_key) = r  # fmt: skip
    item = MediaItem(
        kind=str(kind),
        file_name=_opt(file_name),
        size=None if size is None else int(size),
        mime_type=_opt(mime),
        width=None if width is None else int(width),
        height=None if height is None else int(height),
        duration=None if duration is None else float(duration),
        message_id=None if message_id is None else int(message_id),
        telegram_file=_opt(telegram_file),
        export_path=_opt(export_path),
    )
    return MediaRow(
        post_id=int(post_id),
        position=int(position),
        item=item,
        state=str(state),
        reason=_opt(reason),
        sha256=_opt(sha256),
        source_kind=str(source_kind),
        source_key=str(source_key),
    )


def identity(
    telegram_file: object, kind: object, file_name: object, size: object, export_path: object
) -> tuple[object, ...]:
    """What makes two records the same attachment: Telegram's file id when there is one,
    else what an export says of the file."""
    if telegram_file is not None:
        return (str(telegram_file),)
    return (str(kind), file_name, size, export_path)


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _identities(items: Sequence[MediaItem]) -> list[Any]:
    return [identity(i.telegram_file, i.kind, i.file_name, i.size, i.export_path) for i in items]
