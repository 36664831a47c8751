"""One error family for the whole product.

The CLI maps these to exit codes in one place (``tg_archiver.cli``): an :class:`InputError`
is the user's to fix (exit 1), a :class:`SourceError` is a fault of something outside
(a feed server, Telegram), a :class:`StorageError` is the archive's file refusing a write
(the disk is full, or another process held the archive locked for too long). Messages are
written for the user: one line, saying what was wrong and where, never a secret.
"""

from __future__ import annotations


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
