"""A feed or a channel listed twice in the config, told however it is written.

The service polls each ``[[feeds]]`` entry on its own and files its posts under its URL: one
feed listed twice was polled twice, and, written two ways (``https://Example.org:443/rss/``
and ``http://example.org/rss``), filed under two sources with every post stored twice. The
config loader refuses the second entry in one line naming both (:func:`refuse_duplicates`).
Two URLs are one feed when they differ only in the scheme's and host's case, ``http`` for
``https``, a default port, a trailing ``/`` of the path or a fragment; the query and the
credentials count. Channels: ``@Name``, ``name``, ``t.me/name`` and ``https://t.me/name``
are one channel (usernames are told without regard to case).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.redact import redact_url

__all__ = ["channel_identity", "feed_identity", "refuse_duplicates"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_T_ME = lazy_re.compile(r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?", re.IGNORECASE)


def feed_identity(url: str) -> str:
    """What two spellings of one feed's URL have in common (a local path: as it is)."""
    if "://" not in url:
        return url
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is no number: compared as written, but for case
        return url.strip().lower()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if port is not None and port == _DEFAULT_PORTS.get(scheme):
        port = None
    if scheme in _DEFAULT_PORTS:
        scheme = "http(s)"
    user = ""
    if parts.username is not None or parts.password is not None:
        user = f"{parts.username or ''}:{parts.password or ''}@"
    path = parts.path.rstrip("/") or ""
    where = f"{host}:{port}" if port is not None else host
    return f"{scheme}://{user}{where}{path}?{parts.query}"


def channel_identity(value: str) -> str:
    """A configured channel's username without ``@`` or link, in small letters; an id as it
    is (an id and a username of one channel are told apart only when resolved)."""
    value = _T_ME.sub("", value.strip()).strip("/").lstrip("@")
    return value.lower()


def refuse_duplicates(
    values: Sequence[str], key: str, identity: Callable[[str], str], field: str = ""
) -> None:
    """Refuse, naming both, a value of ``values`` (``key[i]field``, from 1) that ``identity``
    makes the same as an earlier one's."""
    seen: dict[str, int] = {}
    for i, value in enumerate(values, start=1):
        same = identity(value)
        if same in seen:
            first = seen[same]
            raise InputError(
                f"{key}[{i}]{field}: {redact_url(value)} is the same as {key}[{first}]{field}"
                f" ({redact_url(values[first - 1])}); list it once"
            )
        seen[same] = i
