"""A person typed by given name and surname whom the archive names less often than another
bearer of the surname: the search's filter then requires the person named
(archive/namesakes.py), on either engine. Session 41."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.namesakes import lesser, must_name
from tg_archiver.archive.query import SearchQuery, parse_query

__all__ = ["told_apart"]


async def told_apart(
    texts: Callable[[SearchQuery], Awaitable[list[str]]], query: SearchQuery
) -> SearchQuery:
    """``query`` with each person it names by given name and surname whom the archive names
    less often than another bearer (see archive/namesakes.py) required named; ``query``
    itself when there is none. ``texts``: the title and text of the newest posts (at most
    namesakes.WEIGHED) matching a query, on the engine searched. One more look-up a person
    typed so, none for another search."""
    if not any(p.given for p in query.named):
        return query
    people = []
    for person in query.named:
        if person.given:
            try:
                alone = parse_query(person.surname)
            except InputError:
                alone = None
            if alone is not None and lesser(
                person.given, person.surname, await texts(replace(alone, named=()))
            ):
                person = must_name(person)
        people.append(person)
    return replace(query, named=tuple(people))
