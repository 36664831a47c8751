"""A person typed by given name and surname whom the archive names less often than another
bearer of the surname: the search's filter then requires the person named
(archive/namesakes.py), on either engine (session 41); one whom it names no other bearer
beside, or in four times the posts another is: a title before the surname is taken for them
(session 43). A surname typed after a title («министр Лавров», "Kremlin spokesman Peskov":
archive/query_titles.py) is the bearer the archive names most by a given name, told from the
others the same way (session 46)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.given_names import a_man, named
from tg_archiver.archive.namesakes import best_known, told
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.query_titles import title_words

__all__ = ["told_apart"]

# A man's surname as typed: a woman of it (Ольга Пескова) is not the one a title means.
_A_MAN = re.compile(r"(?:[оеё]в|[иы]н|ский|цкий|ov|ev|in|sky|skiy)$")


async def told_apart(
    texts: Callable[[SearchQuery], Awaitable[list[str]]], query: SearchQuery
) -> SearchQuery:
    """``query`` with each person it names by given name and surname whom the archive names
    less often than another bearer (see archive/namesakes.py) required named, and each it
    surely means by the surname found under a title too ("Foreign Minister Lavrov");
    ``query`` itself when it names nobody so. ``texts``: the title and text of
    the newest posts (at most namesakes.WEIGHED) matching a query, on the engine searched.
    One more look-up a person typed so, none for another search."""
    if not any(p.given or p.titled for p in query.named):
        return query
    people = []
    for person in query.named:
        if person.given or person.titled:
            try:
                alone = parse_query(person.surname)
            except InputError:
                alone = None
            if alone is not None:
                read = await texts(replace(alone, named=()))
                if person.titled:
                    # A title typed before the surname: the bearer the archive gives it
                    # («министр Лавров»: Сергей Лавров, not the actor Кирилл Лавров), a
                    # title before the surname in a post theirs; a man's filter kept.
                    man = a_man(person.surname) is not None or bool(_A_MAN.search(person.surname))
                    title = title_words(person.titled)
                    given = best_known(person.surname, read, title, man=man)
                    if given:
                        people.append(named(given, person.surname, alone=True))
                        if not man:
                            continue
                    # Nobody named so: the surname as a name, with its capital (session 47).
                else:
                    person = told(person, read)
        people.append(person)
    return replace(query, named=tuple(people))
