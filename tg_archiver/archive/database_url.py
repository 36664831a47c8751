"""Where the archive is: a SQLite file (a path) or a PostgreSQL database (a URL).

``[archive] database`` and ``--db`` take either. A value starting ``postgresql://`` (or
``postgres://``) names a PostgreSQL database (issue 24); anything else is a file path, as it
always was. The URL may hold a password (``postgresql://user:secret@host/db``, or
``?password=``): :class:`PostgresUrl` keeps it for the driver alone, and shows itself
everywhere else (``str``, ``repr``, error lines, logs) with the password hidden by
:func:`archive.redact.redact_url`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tg_archiver.archive.redact import redact_url

SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL database rather than a file."""
    return text.lower().startswith(SCHEMES)


@dataclass(frozen=True, slots=True)
class PostgresUrl:
    """A PostgreSQL database's URL; ``url`` (with its password) is for the driver only."""

    url: str = field(repr=False)

    def __str__(self) -> str:
        return redact_url(self.url)

    def __repr__(self) -> str:
        return f"PostgresUrl({self})"


Location = Path | PostgresUrl


def location(text: str, base: Path | None = None) -> Location:
    """``text`` as a URL or as a path (relative to ``base``, the config's folder, if given)."""
    if is_postgres_url(text):
        return PostgresUrl(text)
    return base / text if base is not None else Path(text)
