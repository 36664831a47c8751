"""The live spool: a channel's live events made durable in one small append, stored later.

The service receives a channel's new posts, edits and deletions one at a time. Storing each
in the archive as it comes (cleaning, fingerprints, the copies' look-ups, the index of three
columns, tags, versions: one transaction a post) costs about nine times a bare insert and
commit (issue 21). Instead each event is appended here, as one row of JSON, and committed:
once :meth:`LiveSpool.append` returns, the event survives a kill of the process (and a power
loss as far as the archive itself does: the same WAL and ``synchronous`` setting). Then
:mod:`archive.spool_drain` stores what waits here in batches, one transaction per batch
through the same ingest as an import, and removes them.

The spool is a SQLite file of its own beside the archive (``archive.db.spool``, with its own
write-ahead log), so an append never waits for the archive's write lock, which a batch, an
import or a feed poll holds. It is used through one plain ``sqlite3`` connection on the event
loop's own thread: an append is one small ``INSERT`` and its commit (a write to the log, no
``fsync`` in WAL with ``synchronous = NORMAL``), about 0.2 ms, shorter than handing it to a
thread and back, which on a loaded machine waits for that thread to get a core (the p95).
The drainer's reads and deletes of the spool are as short and on the same connection, so an
append never waits for a lock either. Its ids only grow (``AUTOINCREMENT``): the archive records the
highest id each batch applied (table ``live_spool_applied``, by the spool file's ``token``),
in the batch's own transaction, and rows up to it are dropped, never applied twice. A spool
file made anew has a new token, so its ids are never taken for ones applied already.

A row the archive cannot take (a record the pipeline refuses, one that makes the store fail
alone) is set aside in the spool's ``set_aside`` table with the reason, never dropped;
:meth:`LiveSpool.put_back` returns such rows to the end of the events (``tg-archiver spool
--retry``), to be stored again.
The spool holds what the archive stores of a post (:mod:`archive.post_record`), nothing more.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tg_archiver.archive.errors import InputError, StorageError

__all__ = [
    "TRANSIENT_CODES",
    "TRANSIENT_MESSAGES",
    "LiveSpool",
    "SetAside",
    "SpoolRow",
    "spool_path",
    "transient_reason",
]

_SETUP = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",  # as the archive's (store/connection.py)
    "PRAGMA busy_timeout = 1000",  # only this connection writes it (the run lock)
)
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS spool_file (token TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, body TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS set_aside ("
    " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL,"
    " error TEXT NOT NULL)",
    # Posts a command that reads the archive stored (a stopped service's, spool_settle) but
    # whose media and alerts only a service can follow: handed to the next one's start.
    "CREATE TABLE IF NOT EXISTS unfollowed ("
    " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL)",
)
_TOKEN = "SELECT token FROM spool_file"
_NEW_TOKEN = "INSERT INTO spool_file (token) VALUES (?)"
_APPEND = "INSERT INTO events (kind, body, at) VALUES (?, ?, ?)"
_TAKE = "SELECT id, kind, body FROM events WHERE id > ? ORDER BY id LIMIT ?"
_REMOVE = "DELETE FROM events WHERE id <= ?"
_WAITING = "SELECT count(*) FROM events"
_SET_ASIDE = (
    "INSERT OR REPLACE INTO set_aside (id, kind, body, at, error)"
    " SELECT id, kind, body, at, ? FROM events WHERE id = ?"
)
_SET_ASIDE_COUNT = "SELECT count(*) FROM set_aside"
_SET_ASIDE_ROWS = "SELECT id, kind, body, at, error FROM set_aside ORDER BY id"
_PUT_BACK = "INSERT INTO events (kind, body, at) SELECT kind, body, at FROM set_aside WHERE id = ?"
_FORGET_SET_ASIDE = "DELETE FROM set_aside WHERE id = ?"
_KEEP_UNFOLLOWED = (
    "INSERT OR IGNORE INTO unfollowed (id, kind, body) SELECT id, kind, body FROM events"
    " WHERE id <= ? AND kind != 'deleted' AND id NOT IN (SELECT id FROM set_aside)"
)
_UNFOLLOWED = "SELECT id, kind, body FROM unfollowed ORDER BY id"
_FORGET_UNFOLLOWED = "DELETE FROM unfollowed WHERE id <= ?"


# SQLite's primary result codes of a failure of the archive's file or process, not of a
# record: busy, locked, no memory, read-only, interrupted, I/O, full, cannot open, protocol.
TRANSIENT_CODES = {5, 6, 7, 8, 9, 10, 13, 14, 15}
TRANSIENT_MESSAGES = (
    "cannot start a transaction within a transaction",
    "cannot commit - no transaction is active",
    "cannot rollback - no transaction is active",
    "database is locked",
    "database table is locked",
    "no such table: ",
    "no such column: ",
)


_IO = (
    "disk I/O error",
    "database or disk is full",
    "unable to open database file",
    "attempt to write a readonly database",
)


def transient_reason(error: str) -> bool:
    """Whether a reason recorded in ``set_aside`` (``Type: message``) is a failure of the
    archive, as :func:`archive.spool_drain.transient` tells (an earlier version set such rows
    aside)."""
    kind, _, message = error.partition(": ")
    if kind in ("StorageError", "OperationalError", "ArchiveUnavailable", "DamagedArchive"):
        return kind != "OperationalError" or message.startswith(TRANSIENT_MESSAGES + _IO)
    return False


def spool_path(archive: Path) -> Path:
    """Where the spool of the archive at ``archive`` lives: beside it."""
    return archive.with_name(archive.name + ".spool")


@dataclass(frozen=True, slots=True)
class SetAside:
    id: int  # the event's id when it was set aside
    kind: str
    body: str
    at: str  # when it arrived (ISO 8601, UTC)
    error: str  # why the archive would not take it


@dataclass(frozen=True, slots=True)
class SpoolRow:
    id: int
    kind: str  # new, album, edit (a post's record), deleted (a source and its ids)
    body: str


class LiveSpool:
    """The spool file, open. :meth:`open` it; :meth:`close` when done. Every method is a
    short blocking call, made on the event loop's thread."""

    def __init__(self, db: sqlite3.Connection, path: Path, token: str) -> None:
        self._db = db
        self.path = path
        self.token = token  # this file's identity, recorded with the ids applied

    @classmethod
    def open(cls, path: Path) -> LiveSpool:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            # As the run lock: never a file another user's link names (a shared folder).
            raise InputError(
                f"{path} is a symbolic link or not a regular file, not tg-archiver's live"
                " spool; remove it"
            )
        try:
            db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as e:
            raise InputError(f"cannot open the live spool {path}: {e}") from None
        try:
            for statement in (*_SETUP, *_SCHEMA):
                db.execute(statement)
            row = db.execute(_TOKEN).fetchone()
            if row is None:
                token = secrets.token_hex(8)
                db.execute(_NEW_TOKEN, (token,))
            else:
                token = str(row[0])
        except sqlite3.DatabaseError as e:
            db.close()
            raise InputError(f"cannot use the live spool {path}: {e}") from None
        return cls(db, path, token)

    def close(self) -> None:
        self._db.close()

    def append(self, kind: str, body: str) -> int:
        """Append one event and commit it; its id. A full or failing disk raises
        :class:`StorageError`."""
        try:
            cursor = self._db.execute(_APPEND, (kind, body, datetime.now(UTC).isoformat()))
        except sqlite3.OperationalError as e:
            raise StorageError(f"cannot write to the live spool {self.path}: {e}") from None
        return int(cursor.lastrowid or 0)

    def take(self, after: int, most: int) -> list[SpoolRow]:
        """Up to ``most`` rows after id ``after``, oldest first."""
        rows = self._db.execute(_TAKE, (after, most)).fetchall()
        return [SpoolRow(int(i), str(k), str(b)) for i, k, b in rows]

    def remove(self, upto: int, *, unfollowed: bool = False) -> None:
        """Remove the rows up to id ``upto`` (applied to the archive). ``unfollowed``: their
        posts were stored without what follows them (media, alerts), which only a service
        does: kept in ``unfollowed`` (in the same transaction) for the next one."""
        if not unfollowed:
            self._db.execute(_REMOVE, (upto,))
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute(_KEEP_UNFOLLOWED, (upto,))
            self._db.execute(_REMOVE, (upto,))
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def unfollowed(self) -> list[SpoolRow]:
        """The posts stored without what follows them (see :meth:`remove`), oldest first."""
        rows = self._db.execute(_UNFOLLOWED).fetchall()
        return [SpoolRow(int(i), str(k), str(b)) for i, k, b in rows]

    def forget_unfollowed(self, upto: int) -> None:
        self._db.execute(_FORGET_UNFOLLOWED, (upto,))

    def set_aside(self, rows: Sequence[SpoolRow], error: str) -> None:
        """Keep ``rows`` in ``set_aside`` with ``error`` (the archive would not take them)."""
        for row in rows:
            self._db.execute(_SET_ASIDE, (error, row.id))

    def set_aside_rows(self) -> list[SetAside]:
        rows = self._db.execute(_SET_ASIDE_ROWS).fetchall()
        return [SetAside(int(i), str(k), str(b), str(a), str(e)) for i, k, b, a, e in rows]

    def put_back(self, ids: Sequence[int]) -> int:
        """Return the set-aside rows ``ids`` to the end of the events, in their order, to be
        stored again (one transaction); how many were put back."""
        self._db.execute("BEGIN IMMEDIATE")
        n = 0
        try:
            for i in sorted(ids):
                n += self._db.execute(_PUT_BACK, (i,)).rowcount
                self._db.execute(_FORGET_SET_ASIDE, (i,))
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return n

    def waiting(self) -> int:
        row = self._db.execute(_WAITING).fetchone()
        return int(row[0]) if row else 0

    def set_aside_count(self) -> int:
        row = self._db.execute(_SET_ASIDE_COUNT).fetchone()
        return int(row[0]) if row else 0
