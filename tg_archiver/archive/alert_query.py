"""What an alert may watch for: the search a chat (``/alert``) or the config (``[[alerts]]``)
gives, checked and written as it is stored.

An alert sends a chat each new post its search matches, so a search that narrows nothing
sends every post the archive stores. The bot refused ``/alert`` with nothing after it, but
not a search of control characters only (``/alert`` then ESC or NUL: :mod:`.query_terms`
reads them as spaces), nor one of dates only (``since:2020-01-01``); each became an alert on
every post, and on PostgreSQL a NUL ended the command in an error no one was told of (its
text columns refuse NUL). Here the control characters become spaces, as a search reads them,
and the search must hold a word, a ``tag:`` or a ``source:``.
"""

from __future__ import annotations

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.query_terms import CONTROL_RE
from tg_archiver.archive.tags import TopicAliases

NOTHING_WATCHED = (
    "an alert needs a word, a tag: or a source: to watch for; without one it would send"
    " every new post"
)


def watched(text: str, topics: TopicAliases | None = None) -> tuple[str, SearchQuery]:
    """The alert's search as stored (its control characters as spaces, its ends stripped)
    and parsed; :class:`InputError` for one that cannot be read or narrows nothing."""
    query = CONTROL_RE.sub(" ", text).strip()
    parsed = parse_query(query, topics=topics)
    if parsed.match is None and not parsed.tags and not parsed.sources:
        raise InputError(NOTHING_WATCHED)
    return query, parsed
