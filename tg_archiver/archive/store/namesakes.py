"""A person typed by given name and surname whom the archive names less often than another
bearer of the surname: the search's filter then requires the person named
(archive/namesakes.py), on either engine (session 41); one whom it names no other bearer
beside, or in four times the posts another is: a title before the surname is taken for them
(session 43). A surname typed after a title («министр Лавров», "Kremlin spokesman Peskov":
archive/query_titles.py) is the bearer the archive names most by a given name, told from the
others the same way (session 46); so is a surname typed alone, where the archive names that
bearer in three times the posts it names any other (session 49)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.given_names import a_man, named
from tg_archiver.archive.namesakes import best_known, surely, told
from tg_archiver.archive.other_spellings import abbreviated, translated
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.query_terms import Or, Term, is_stop_word, scan
from tg_archiver.archive.query_titles import title_words

__all__ = ["told_apart"]

# A man's surname as typed: a woman of it (Ольга Пескова) is not the one a title means.
_A_MAN = lazy_re.compile(r"(?:[оеё]в|[иы]н|ский|цкий|ov|ev|in|sky|skiy)$")


async def told_apart(
    texts: Callable[[SearchQuery], Awaitable[list[str]]], query: SearchQuery
) -> SearchQuery:
    """``query`` with each person it names by given name and surname whom the archive names
    less often than another bearer (see archive/namesakes.py) required named, and each it
    surely means by the surname found under a title too ("Foreign Minister Lavrov");
    ``query`` itself when it names nobody so. ``texts``: the title and text of
    the newest posts (at most namesakes.WEIGHED) matching a query, on the engine searched.
    One more look-up a person typed so, or a surname alone (:func:`_bare_surnames`), none
    for another search."""
    bare = _bare_surnames(query)
    if not bare and not any(p.given or p.titled for p in query.named):
        return query
    people = []
    for typed in bare:
        # A surname typed alone (session 49): the bearer the archive names most by a given
        # name, when it names another in a third of the posts at most («Лавров»: Сергей
        # Лавров, not the actor Кирилл Лавров; "Maduro": not Ricardo Maduro), and of the
        # initial typed with it, if one is («С.В. Лавров»). A post naming the surname
        # alone, or under a title, is still theirs.
        initial, _, surname = typed.rpartition(" ")
        read = await texts(parse_query(surname))
        given = best_known(surname, read, _NO_TITLE)
        if len(given) > 1 and given.startswith(initial) and surely(given, surname, read):
            people.append(named(given, surname, alone=True))
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


_NO_TITLE = lazy_re.compile(r"(?!)")  # no title typed: every post's given names count alike
_INITIALS = lazy_re.compile(r"(?:[A-ZА-ЯЁ]\.\s?){1,3}")
_SURNAME = lazy_re.compile(r"[A-ZА-ЯЁ][a-zа-яё]{2,}(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")


def _bare_surnames(query: SearchQuery) -> list[str]:
    """The surname ``query`` asks for alone, as a list of one, or none: its one word a post
    must hold (words excluded aside: `Лавров -Рубио`), capitalised (not in capitals: an
    abbreviation), no phrase, prefix or word of an OR, naming no place, state or body of
    the tables (``translated``, ``abbreviated``) and no person the search names already.
    Another word beside it may mean another bearer («гимнастка Захарова»)."""
    if (
        query.match is None
        or query.text.islower()  # no capital: no name («lavrov security» is asked as typed)
        or any(p.given or p.titled or p.surname for p in query.named)
    ):
        return []  # (a man's surname typed alone has a filter of no surname: archive.query)
    items = scan(query.text)[0]
    if any(isinstance(t, Or) for t in items):
        return []
    asked = [t for t in items if isinstance(t, Term) and not t.negated and not is_stop_word(t)]
    # Initials beside it («С.В. Лавров», "Лавров С.В."): the bearer's, when theirs.
    initials = [t.typed for t in asked if _INITIALS.fullmatch(t.typed)]
    asked = [t for t in asked if t.typed not in initials]
    if len(asked) != 1 or len(initials) > 1:
        return []
    term = asked[0]
    if term.quoted or term.prefix or not _SURNAME.fullmatch(term.body):
        return []
    if abbreviated(term.body) or translated(term.body):
        return []
    return [f"{initials[0][:1]} {term.body}" if initials else term.body]
