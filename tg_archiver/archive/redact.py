"""Secrets in URLs, hidden wherever a URL is shown or stored.

A feed may need credentials in its URL: a password (``https://user:pass@host/feed``, which
httpx sends as HTTP basic auth) or a token in the query (``?token=...``, ``&api_key=...``, a
pre-signed ``?X-Amz-Signature=...``). The real URL is used only to fetch, and stays only in
the config. Everywhere else (the archive's source keys and feed state, logs, reports, error
lines, exports, the bot's replies, the admin's notes) it is shown through :func:`redact_url`,
or, for text that may hold URLs, :func:`redact`. The redacted URL is also the feed's identity
in the archive, so changing the password in the config does not make the feed a new source.
A private feed writes the same secret in its own link and its entries' links and ids: the feed
importer redacts them by the same rule, and the redacted id is the entry's identity.

What is redacted:

* the password of the userinfo: ``https://user:pass@host`` -> ``https://user:***@host``. A
  user name alone (``https://user@host``) is kept: it is not a secret by itself, and the
  URL still tells feeds of different accounts apart;
* the value of a query or fragment parameter, or of a path's ``;name=value`` parameter
  (``/feed;jsessionid=...``), whose name says it is a secret (:func:`is_secret_name`):
  ``?token=abc`` -> ``?token=***``. The name is read as a server reads it: percent-decoded
  (``%74oken`` is ``token``), and compared whatever its case and separators
  (``accessToken``, ``ACCESS-TOKEN`` and ``access_token`` alike). Parameters are split at
  ``&`` and at ``;``, which some servers read as ``&``.

Everything else of the URL is kept byte for byte, and redacting twice changes nothing more.
A secret hidden in a path segment, or under a name that says nothing of it, cannot be told
from data and is not found: use a password or a parameter named as one for it.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

from tg_archiver.archive import lazy_re

__all__ = ["MASK", "SECRET_PARAMS", "RedactingFilter", "is_secret_name", "redact", "redact_url"]

MASK = "***"

# A name holding one of these anywhere, once folded, is secret: "accessToken",
# "X-Amz-Security-Token", "client_secret", "X-Goog-Signature", "sslpassword",
# "X-Amz-Credential", "PHPSESSID".
SECRET_STEMS = (
    "token",
    "secret",
    "signature",
    "password",
    "passwd",
    "passphrase",
    "passcode",
    "credential",
    "session",
    "sessid",
    "jwt",
)
# Short ones, secret as a word of the name ("key", "api_key", "apiKey", "X-Api-Key",
# "Key-Pair-Id", "auth", "sig") or at a word's edge ("apikey", "accesskeyid", "oauth",
# "authkey"), not inside other words ("keyword", "signal", "design"), nor in the ordinary
# words of _NOT_SECRET: a name that held them by chance would have its value hidden, and two
# feeds that differ only there would become one source.
SECRET_WORDS = frozenset({"key", "keys", "auth", "sig", "pass", "pwd"})
_SECRET_ENDINGS = ("key", "keyid", "auth", "sig")
_SECRET_START = "auth"
_NOT_SECRET = frozenset(
    {
        "author", "authors", "authority", "authored", "authoring",
        "monkey", "donkey", "turkey", "hockey", "jockey", "whiskey", "lackey", "turnkey",
        "hotkey",
    }
)  # fmt: skip
# The names of pre-signed URLs' parameters (Amazon S3 versions 2 and 4, Google Cloud Storage
# versions 2 and 4, Azure SAS, CloudFront, Alibaba OSS), folded: secret whatever the rules
# above say. (Each holds a signature or names the key that made it.)
SECRET_PARAMS = frozenset(
    {
        "xamzsignature", "xamzcredential", "xamzsecuritytoken", "awsaccesskeyid",
        "xgoogsignature", "xgoogcredential", "googleaccessid",
        "signature", "sig", "keypairid", "ossaccesskeyid", "securitytoken",
    }
)  # fmt: skip
# The words of a name: a run of capitals before a capitalised word ("API" of "APIKey"), a
# capitalised or lower-case word, or digits; whatever else stands between them separates.
_WORDS = lazy_re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_MAX_DECODES = 4  # "%2574oken" is "%74oken" decoded once, "token" twice: a few are enough

_URL_START = lazy_re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*://)([^/?#]*)(.*)$", re.DOTALL)
# A URL inside text: a scheme, "://", then up to whitespace, a quote or an angle bracket.
# It starts only where a run of scheme characters starts (its leading digits, "+", "." or "-"
# in group 1, kept as they are): tried at every letter of a long word instead, the search
# would read the word to its end from each (quadratic: 40,000 letters took 5 s).
_URL_IN_TEXT = lazy_re.compile(
    r"(?<![A-Za-z0-9+.\-])([0-9+.\-]*)([A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>`]+)"
)
_SPACE = lazy_re.compile(r"\s")
_TRAILING = ".,;:!?)]}"
_RESERVED_IN_PASSWORD = lazy_re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*://([^:/?#@\s]*):([^@\s]*[/?#][^@\s]*)@([^@\s]*)$"
)
_PORT_THEN_PATH = lazy_re.compile(r"^\d{1,5}[/?#]")


def redact_url(url: str) -> str:
    """``url`` with its password and secret parameters replaced by ``***``."""
    m = _URL_START.match(url)
    if m is None:
        return url  # a path, or not a URL at all: nothing to hide
    scheme, authority, rest = m.groups()
    if (
        "@" not in authority
        # With one "@" and no space the match below is linear; it could not match otherwise,
        # but would take time quadratic in the URL's length to say so.
        and url.count("@") == 1
        and _SPACE.search(url) is None
        and (odd := _RESERVED_IN_PASSWORD.match(url)) is not None
    ):
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
    lead, found = m.groups()
    url = found.rstrip(_TRAILING)
    return lead + redact_url(url) + found[len(url) :]


def _redact_params(rest: str) -> str:
    """Path, query and fragment, with the values of secret parameters masked."""
    path, q, after = rest.partition("?")
    if not q:
        path, h, fragment = rest.partition("#")
        return _masked_path(path) + h + _masked(fragment) if h else _masked_path(rest)
    query, h, fragment = after.partition("#")
    return _masked_path(path) + q + _masked(query) + h + (_masked(fragment) if h else "")


def _masked(params: str) -> str:
    return "&".join(map(_masked_param, params.split("&")))


def _masked_param(part: str) -> str:
    """One ``&``-separated parameter, or a path segment's parameters, with a secret one's
    value masked to the next ``&`` (or ``/``). A ``;`` may start another parameter (some
    servers read it as ``&``: ``?lang=en;token=abc``) or belong to a value
    (``?token=a;b``): a secret's value is masked to the end of the part either way."""
    if "=" not in part:
        return part
    start = 0  # where the piece starts in ``part``: no slice of the rest is made per piece,
    for piece in part.split(";"):  # so a part of 100,000 ";" takes no longer than its length
        name, eq, _ = piece.partition("=")
        value_at = start + len(name) + 1
        value_length = len(part) - value_at
        if (
            eq
            and value_length > 0
            and not (value_length == len(MASK) and part.endswith(MASK))
            and is_secret_name(name)
        ):
            return f"{part[:value_at]}{MASK}"
        start += len(piece) + 1
    return part


def _masked_path(path: str) -> str:
    """``path`` with the values of its segments' secret ``;name=value`` parameters masked
    (``/feed;jsessionid=ABC/rss``)."""
    if ";" not in path:
        return path
    segments = []
    for segment in path.split("/"):
        head, semi, params = segment.partition(";")
        segments.append(head + semi + _masked_param(params) if semi else segment)
    return "/".join(segments)


def is_secret_name(name: str) -> bool:
    """Whether a URL parameter named ``name`` holds a secret, as a server would read the
    name: percent-decoded, whatever its case and separators.

    Secret: a name holding one of :data:`SECRET_STEMS` anywhere (its separators dropped);
    a name with a word in :data:`SECRET_WORDS`, or a word ending in ``key``, ``keyid``,
    ``auth`` or ``sig`` or beginning with ``auth`` (not an ordinary word that happens to:
    ``monkey``, ``author``); and the pre-signed URLs' :data:`SECRET_PARAMS`.
    """
    words = [w.lower() for w in _WORDS.findall(_decoded(name))]
    folded = "".join(words)
    if folded in SECRET_PARAMS or any(stem in folded for stem in SECRET_STEMS):
        return True
    return any(
        w in SECRET_WORDS
        or (w not in _NOT_SECRET and (w.endswith(_SECRET_ENDINGS) or w.startswith(_SECRET_START)))
        for w in words
    )


def _decoded(name: str) -> str:
    for _ in range(_MAX_DECODES):
        if "%" not in name:
            break
        decoded = unquote(name)
        if decoded == name:
            break
        name = decoded
    return name


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
