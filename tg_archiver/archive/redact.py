"""Secrets in URLs, hidden wherever a URL is shown or stored.

A feed may need credentials in its URL: a password (``https://user:pass@host/feed``, which
httpx sends as HTTP basic auth) or a token in the query (``?token=...``, ``&api_key=...``).
The real URL is used only to fetch, and stays only in the config. Everywhere else (the
archive's source keys and feed state, logs, reports, error lines, exports, the bot's replies,
the admin's notes) it is shown through :func:`redact_url`, or, for text that may hold URLs,
:func:`redact`. The redacted URL is also the feed's identity in the archive, so changing the
password in the config does not make the feed a new source.

What is redacted:

* the password of the userinfo: ``https://user:pass@host`` -> ``https://user:***@host``. A
  user name alone (``https://user@host``) is kept: it is not a secret by itself, and the
  URL still tells feeds of different accounts apart;
* the value of a query or fragment parameter whose name says it is a secret: one of
  :data:`SECRET_PARAMS`, or ending in ``_token``, ``_key``, ``_secret``, ``password`` or
  ``passphrase`` (``sslpassword``, libpq's client key passphrase)
  (case-insensitive, ``-`` read as ``_``): ``?token=abc`` -> ``?token=***``.

Everything else of the URL is kept byte for byte, and redacting twice changes nothing more.
A secret hidden in a path segment, or under a parameter name not listed, cannot be told from
data and is not found: use a password or a listed parameter for it.
"""

from __future__ import annotations

import logging
import re

__all__ = ["MASK", "SECRET_PARAMS", "RedactingFilter", "redact", "redact_url"]

MASK = "***"

SECRET_PARAMS = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "auth",
        "auth_token",
        "client_secret",
        "key",
        "pass",
        "passwd",
        "passphrase",
        "password",
        "pwd",
        "secret",
        "sig",
        "signature",
        "sslpassword",  # libpq: the client key's passphrase
        "token",
    }
)
_SECRET_SUFFIXES = ("_token", "_key", "_secret", "password", "passphrase")

_URL_START = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*://)([^/?#]*)(.*)$", re.DOTALL)
# A URL inside text: a scheme, "://", then up to whitespace, a quote or an angle bracket.
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>`]+")
_TRAILING = ".,;:!?)]}"
_RESERVED_IN_PASSWORD = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*://([^:/?#@\s]*):([^@\s]*[/?#][^@\s]*)@([^@\s]*)$"
)
_PORT_THEN_PATH = re.compile(r"^\d{1,5}[/?#]")


def redact_url(url: str) -> str:
    """``url`` with its password and secret parameters replaced by ``***``."""
    m = _URL_START.match(url)
    if m is None:
        return url  # a path, or not a URL at all: nothing to hide
    scheme, authority, rest = m.groups()
    if "@" not in authority and (odd := _RESERVED_IN_PASSWORD.match(url)) is not None:
        # "postgresql://user:Xy7/Kq#9s@host/db": a password with "/", "?" or "#" unencoded
        # ends the authority early, and its tail was shown as the path. Not a port and a
        # path with an "@" in it ("https://host:8080/@user.rss").
        user, password, host_and_rest = odd.groups()
        if not _PORT_THEN_PATH.match(password):
            return f"{scheme}{user}:{MASK}@" + redact_url(scheme + host_and_rest)[len(scheme) :]
    # The host starts after the last "@": a password written with an unencoded "@" is hidden
    # whole.
    userinfo, at, host = authority.rpartition("@")
    if at and ":" in userinfo:
        user = userinfo.split(":", 1)[0]
        authority = f"{user}:{MASK}@{host}"
    return scheme + authority + _redact_params(rest)


def redact(text: str) -> str:
    """``text`` with every URL in it passed through :func:`redact_url` (for error lines and
    log messages, which may quote a URL among other words)."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(_redact_match, text)


def _redact_match(m: re.Match[str]) -> str:
    # Punctuation after a URL in prose ("<url>: HTTP 401") is the sentence's, not the URL's.
    url = m.group(0).rstrip(_TRAILING)
    return redact_url(url) + m.group(0)[len(url) :]


def _redact_params(rest: str) -> str:
    """Path, query and fragment, with the values of secret parameters masked."""
    path, q, after = rest.partition("?")
    if not q:
        path, h, fragment = rest.partition("#")
        return path + h + _masked(fragment) if h else rest
    query, h, fragment = after.partition("#")
    return path + q + _masked(query) + h + (_masked(fragment) if h else "")


def _masked(params: str) -> str:
    parts = []
    for part in params.split("&"):
        name, eq, value = part.partition("=")
        if eq and value and value != MASK and _is_secret(name):
            part = f"{name}={MASK}"
        parts.append(part)
    return "&".join(parts)


def _is_secret(name: str) -> bool:
    key = name.lower().replace("-", "_")
    return key in SECRET_PARAMS or key.endswith(_SECRET_SUFFIXES)


class RedactingFilter(logging.Filter):
    """A logging filter that passes every record's message through :func:`redact`.

    The CLI puts it on its log handler, so a URL reaching a log line from anywhere (httpx's
    request lines, the scheduler's job names, an exception's text) is shown redacted too:
    the second line of defence behind every path's own redaction.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True
