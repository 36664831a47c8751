"""Where the archive is: a SQLite file (a path) or a PostgreSQL database (a URL).

``[archive] database`` and ``--db`` take either. A value starting ``postgresql://`` (or
``postgres://``) names a PostgreSQL database (issue 24); anything else is a file path, as it
always was. The URL may hold a password (``postgresql://user:secret@host/db``, or
``?password=``): :class:`PostgresUrl` keeps it for the driver alone, and shows itself
everywhere else (``str``, ``repr``, error lines, logs) with the password hidden by
:func:`archive.redact.redact_url`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.location import local_path
from tg_archiver.archive.redact import redact_url

SCHEMES = ("postgresql://", "postgres://")
# A URL of another kind ("mysql://", "postgresql+asyncpg://", "sqlite:///x.db") or a
# PostgreSQL one mistyped ("postgresql:user:pw@host/db"): refused, never read as a file's
# path (which error lines would then print, password and all).
_OTHER_URL = lazy_re.compile(r"[a-z][a-z0-9+.-]*://|(?:postgres(?:ql)?|pg|mysql|sqlite)[+:]", re.I)


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
    """``text`` as a URL or as a path (relative to ``base``, the config's folder, if given).

    Raises :class:`InputError` (the URL shown without its password) for a URL that is not
    a PostgreSQL one, and for a PostgreSQL URL whose port is not a port. Several hosts
    (``postgresql://u@h1:5432,h2:5433/db``, tried in turn by the driver, as libpq does) are
    taken, each port checked."""
    if is_postgres_url(text):
        try:
            _check_ports(text)
        except ValueError as e:
            hint = (
                " (in a password, write / ? # @ as %2F %3F %23 %40)"
                if re.search(r"//[^/?#@]*:[^@]*[/?#][^@]*@", text)
                else ""
            )
            # Not the parser's words: "Port could not be cast to integer value as 'Xy7'"
            # quotes what it took for the port, a password's first letters here.
            reason = (
                "its port is not a number from 0 to 65535" if str(e) == _NOT_A_PORT else "a bad URL"
            )
            raise InputError(
                f"not a PostgreSQL URL tg-archiver can use: {redact_url(text)}: {reason}{hint}"
            ) from None
        return PostgresUrl(text)
    if _OTHER_URL.match(text):
        raise InputError(
            f"{_shown(text)} is not a database tg-archiver can open: give a SQLite file's"
            " path, or a PostgreSQL URL (postgresql://user:password@host/database)"
        )
    return local_path(text, base)


_PORT = lazy_re.compile(r"[0-9]{1,5}")
_NOT_A_PORT = "not a port"


def _check_ports(text: str) -> None:
    """ValueError unless each host's port of ``text`` is empty or a number from 0 to 65535."""
    netloc = urlsplit(text).netloc  # ValueError for an unclosed "["
    for host in netloc.rpartition("@")[2].split(","):
        port = host.rpartition("]")[2] if host.startswith("[") else host
        if host.startswith("[") and port and not port.startswith(":"):
            raise ValueError(_NOT_A_PORT)
        port = port.rpartition(":")[2] if ":" in port else ""
        if port and not (_PORT.fullmatch(port) and int(port) <= 65535):
            raise ValueError(_NOT_A_PORT)


def _shown(text: str) -> str:
    """``text`` as an error line may quote it: a password before an "@" hidden, with or
    without the "//" a URL has."""
    if "://" in text:
        return redact_url(text)
    return re.sub(r"(?<=:)[^:@/]+(?=@)", "***", text)
