"""One error family for the whole product.

The CLI maps these to exit codes in one place (``tg_archiver.cli``): an :class:`InputError`
is the user's to fix (exit 1), a :class:`SourceError` is a fault of something outside
(a feed server, Telegram). Messages are written for the user: one line, saying what was
wrong and where, never a secret.
"""

from __future__ import annotations


class ArchiverError(Exception):
    """Root of every error tg-archiver raises on purpose."""


class InputError(ArchiverError):
    """Bad input: a malformed file, a bad query, a bad config value."""


class SourceError(ArchiverError):
    """A source failed: a feed server answered badly, Telegram refused."""
