"""Which PostgreSQL text search configuration a post is indexed with: ``russian`` or
``english``, by the script most of its letters are in.

SQLite's index stems each word by its own script (archive/analysis.py); PostgreSQL's
``to_tsvector`` takes one configuration per text, so one is chosen per post (and stored in
``posts.search_config``). The ``russian`` configuration stems Latin words with the English
stemmer too, so a Russian post quoting English names stays searchable by both; an English
post gets ``english`` (its stop words, and Cyrillic names kept whole).
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re

RUSSIAN = "russian"
ENGLISH = "english"
CONFIGS = (RUSSIAN, ENGLISH)
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_LATIN = lazy_re.compile(r"[A-Za-z\u00c0-\u024f]")


def config_of(*texts: str | None) -> str:
    """The configuration for a post of ``texts`` (its title and text)."""
    joined = " ".join(t for t in texts if t)
    return RUSSIAN if len(_CYRILLIC.findall(joined)) > len(_LATIN.findall(joined)) else ENGLISH
