"""Where a digest (or any listing) links a post: one public URL per post whenever one exists.

Pure: a row and the usernames of the archive's channels in, a URL (or None) out.

- The post's own http(s) URL first: a feed item's article, or ``t.me/<username>/<id>`` the
  store built for a channel whose username Telegram gave.
- Else, for a Telegram post whose channel has a username in the config
  (``[sources.NAME] username = "..."``: imported exports carry no username),
  ``https://t.me/<username>/<id>``. The mapping is by the channel's key, as
  :class:`archive.source_usernames.SourceUsernames` resolves the config's names (a title
  that several channels hold names none of them).
- Else, for a channel's post (the source key is the channel's bare numeric id),
  ``https://t.me/c/<channel id>/<id>``: the form Telegram's own "Copy link" gives for a
  channel without a username; it opens for anyone who can read the channel.
- Else None (text dumps, posts forwarded to the bot): such a post has no address to give.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from tg_archiver.archive import lazy_re
from tg_archiver.archive.export import ExportRow, channel_post_url

__all__ = ["URL_CHARS", "http_url", "post_url"]

URL_CHARS = 1024  # a longer URL is not linked: it would eat a message by itself
_USERNAME = lazy_re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")


def post_url(row: ExportRow, usernames: Mapping[str, str] | None = None) -> str | None:
    """The http(s) URL to link ``row`` by (see the module's notes)."""
    own = http_url(row.url)
    if own:
        return own
    if row.source_kind != "telegram" or not row.external_id.isdigit():
        return None
    username = (usernames or {}).get(row.source)
    if username and _USERNAME.fullmatch(username):
        return f"https://t.me/{username}/{row.external_id}"
    return channel_post_url(row)


def http_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL of a sane length, else None."""
    if not url or len(url) > URL_CHARS:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None
