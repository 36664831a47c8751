"""A person typed by given name and surname whom the archive names less often than another
bearer of the surname: the search's filter then requires the person named
(archive/namesakes.py), on either engine (session 41); one whom it names no other bearer
beside, or in four times the posts another is: a title before the surname is taken for them
(session 43)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.namesakes import told
from tg_archiver.archive.query import SearchQuery, parse_query

__all__ = ["told_apart"]


async def told_apart(
    texts: Callable[[SearchQuery], Awaitable[list[str]]], query: SearchQuery
) -> SearchQuery:
    """``query`` with each person it names by given name and surname whom the archive names
    less often than another bearer (see archive/namesakes.py) required named, and each it
    surely means by the surname found under a title too ("Foreign Minister Lavrov");
    ``query`` itself when it names nobody so. ``texts``: the title and text of
    the newest posts (at most namesakes.WEIGHED) matching a query, on the engine searched.
    One more look-up a person typed so, none for another search."""
    if not any(p.given for p in query.named):
        return query
    people = []
    for person in query.named:
        if person.given:
            try:
                alone = parse_query(person.surname)
            except InputError:
                alone = None
            if alone is not None:
                person = told(person, await texts(replace(alone, named=())))
        people.append(person)
    return replace(query, named=tuple(people))
