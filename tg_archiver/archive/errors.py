"""One error family for the whole product.

The CLI maps these to exit codes in one place (``tg_archiver.cli``): an :class:`InputError`
is the user's to fix (exit 1), a :class:`SourceError` is a fault of something outside
(a feed server, Telegram), a :class:`StorageError` is the archive's file refusing a write
(the disk is full, or another process held the archive locked for too long), an
:class:`Interrupted` is Ctrl-C stopping a step that can stop part-way (exit 130). Messages are
written for the user: one line, saying what was wrong and where, never a secret.
"""

from __future__ import annotations

import sqlite3


class ArchiverError(Exception):
    """Root of every error tg-archiver raises on purpose."""


class InputError(ArchiverError):
    """Bad input: a malformed file, a bad query, a bad config value."""


class SourceError(ArchiverError):
    """A source failed: a feed server answered badly, Telegram refused."""


class StorageError(ArchiverError):
    """The archive could not be written: the disk is full, or it stayed locked too long.

    Raised by :meth:`archive.store.Store.transaction` after it rolled the step back, so the
    archive is as it was before the step; the same step can simply be tried again later.
    """


class InUse(ArchiverError):
    """Another process holds what this command needs for itself: a SQLite archive that a
    ``tg-archiver run`` is using, for a second service (:mod:`archive.store.run_lock`)."""


class DamagedArchive(StorageError):
    """The archive's file is damaged (SQLite found a page it cannot read as what it should be).

    Nothing tg-archiver does can mend it: the message says so, and where to go from there.
    """


class NotYetSupported(InputError):
    """What an archive on PostgreSQL cannot do yet: the engine's parts land one at a time
    (issue 24); the README says which work today."""


class OutputError(ArchiverError):
    """An export's destination refused it: a folder, no permission, no space left."""


class Interrupted(ArchiverError):
    """Ctrl-C stopped a step between two of its parts (an export between two rows); the
    message says what it left behind. Raised in the worker thread that did the step
    (:mod:`archive.stopping`); the CLI prints it after "interrupted; " and exits 130."""


# SQLite's primary result codes for a file that is damaged or not a database at all
# (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB), kept here so this module imports nothing.
_CORRUPT, _NOTADB = 11, 26


def is_damage(e: BaseException) -> bool:
    """Whether a SQLite error says the archive's file is damaged (not a fault of the query)."""
    code = getattr(e, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_CORRUPT, _NOTADB)


def is_missing_part(e: BaseException) -> bool:
    """Whether a SQLite error says a table or column of the archive's schema is not there,
    although its migrations were recorded: a table another program (a sqlite3 shell, a
    Datasette plugin) dropped or renamed."""
    return isinstance(e, sqlite3.OperationalError) and str(e).startswith(
        ("no such table: ", "no such column: ")
    )


def missing_part_message(path: object, e: BaseException) -> str:
    """One line for an archive that lacks part of its schema."""
    return (
        f"the archive {path} lacks part of what tg-archiver keeps in it ({e}): another program"
        " changed it, or it is damaged; nothing was changed. Restore it from a backup"
    )


def damaged_message(path: object, e: BaseException) -> str:
    """One line for a damaged archive: what SQLite found, and what the user can do."""
    return (
        f"the archive {path} is damaged: {e}; nothing was changed. Restore it from a backup,"
        " or save what is readable with the sqlite3 shell's .recover into a new file"
    )
