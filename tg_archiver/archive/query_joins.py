"""A search's bare words that make one thing, joined or given what else they name: a day
and its month (:func:`with_dates`), a name with an abbreviation (:func:`with_names`), two
words also written as one (:func:`with_closed_up`), a word of a longer place name
(:func:`with_longer_names`), a topic's phrase aliases (:func:`with_phrases`). Both engines
read a search's terms through :func:`joined`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import LONGEST_NAME, spelled_out, standing_for
from tg_archiver.archive.analysis import analyse, words
from tg_archiver.archive.asian_names import a_chinese_name
from tg_archiver.archive.demonyms import of as demonyms
from tg_archiver.archive.demonyms import written_states
from tg_archiver.archive.inner_names import longer_names
from tg_archiver.archive.palladius import is_chinese_surname, pinyin
from tg_archiver.archive.place_adjectives import place_adjectives
from tg_archiver.archive.place_alternatives import with_place_names
from tg_archiver.archive.query_alternatives import (
    twins,
    with_given_names,
    with_initials,
    with_name_spellings,
    with_numbers,
    with_percentages,
    with_quantities,
    with_sums,
)
from tg_archiver.archive.query_lookups import marked
from tg_archiver.archive.query_terms import Or, Term, is_a_stop_word, is_plain, is_stop_word
from tg_archiver.archive.scale_words import spellings as scale_spellings
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.archive.typed_dates import (
    in_figures,
    in_words,
    is_russian_month,
    is_year,
    is_year_word,
)
from tg_archiver.archive.typed_dates import spellings as day_spellings
from tg_archiver.archive.units import apart, with_units
from tg_archiver.archive.variants import is_function_word, spellings


def topic_phrases(
    terms: list[Term | Or], topics: TopicAliases | None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each bare one-word term that names a topic, the topic's phrase aliases in its
    script (TopicAliases.phrases_of): ``ШОС`` -> "шанхайская организация сотрудничества";
    for an abbreviation, the names it stands for (archive/abbreviations.py): ``ООН`` ->
    "Организация Объединенных Наций"."""
    found: dict[str, tuple[str, ...]] = {}
    for t in terms:
        if not isinstance(t, Term) or t.quoted or t.prefix:
            continue
        key = t.body.casefold()  # as typed: with_phrases finds the term's by it
        if t.body.startswith("#") and len(t.body) > 1:
            # #ШОС: what ШОС stands for, as ШОС's (session 40).
            t = replace(t, body=t.body[1:])
        if possessive := _POSSESSIVE.fullmatch(t.body):
            # Iran's: Iran's names and demonyms ("Iranian"), as Iran's (session 39).
            t = replace(t, body=possessive[1])
        if len(words(t.body)) > 1:  # a name spelled out, joined by with_names
            # "Соединенные Штаты": «США» and «американский» (session 41: not the first alone).
            if others := tuple(dict.fromkeys((*standing_for(t.body), *demonyms(t.body)))):
                found[key] = others
            continue
        aliases = topics.phrases_of(t.body) if topics else ()
        seen = {analyse(p) for p in aliases}
        names = spelled_out(t.body)
        # A state's abbreviation finds the state's adjective too, as its name does (КНР:
        # «китайские»), DPRK "North Korean": the demonyms of its names.
        named = (d for n in names for d in demonyms(n))
        # And a state's adjective its state's abbreviations and other names ("American":
        # "U.S.", «китайский»: «КНР»; session 41).
        states = (*_demonyms(t.body), *written_states(t.body))
        abbreviated = (a for s in states for a in standing_for(s) or spelled_out(s))
        more = tuple(
            p
            for p in dict.fromkeys(
                (*names, *twins(t, terms), *_demonyms(t.body), *named, *abbreviated)
            )
            if analyse(p) not in seen
        )
        if aliases or more:
            found[key] = (*aliases, *more)
    return tuple(found.items())


def joined(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with the bare words that make one thing joined into one term: a day and its
    month (:func:`with_dates`), a name with an abbreviation (:func:`with_names`); and the
    other ways to write a number, a unit (archive/units.py) and a Russian name
    (query_alternatives). Both engines read
    a search's terms through this (store/query_pg.py reads the text again)."""
    # A number glued to its unit made two terms first (archive/units.py: "300км").
    terms = with_initials(apart(terms))
    return with_longer_names(
        with_place_names(
            with_name_spellings(
                with_units(
                    with_quantities(
                        with_sums(
                            with_percentages(
                                with_numbers(
                                    with_closed_up(
                                        with_parts(
                                            with_names(
                                                with_dates(
                                                    with_given_names(with_chinese_names(terms))
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )


def _demonyms(word: str) -> tuple[str, ...]:
    """A state's demonyms or a demonym's state (archive/demonyms.py), by the name's other
    spellings too (variants.spellings): "Türkiye" finds "Turkish" as "Turkey" does, and
    "Turkish" "Türkiye" (session 39); another place's adjective."""
    found = (
        demonyms(word)
        or next((d for s in spellings(word.lower()) if (d := demonyms(s))), ())
        # Another place's adjective by its suffix: Оренбург, «Оренбургской области»;
        # Каспий, «Каспийского моря» (archive/place_adjectives.py, session 44).
        or place_adjectives(word)
    )
    named = (s for d in found if len(words(d)) == 1 for s in spellings(d.lower()))
    return tuple(dict.fromkeys((*found, *named)))


def with_longer_names(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each bare one-word term that is a word of a longer place name
    (archive/inner_names.py: "Гвинея", "Гвинея-Бисау") given those names, so that it does
    not find a post holding one of them ("Гвинея" is not Гвинея-Бисау); not the names the
    search's other words spell ("Южный Судан" typed finds Южный Судан)."""
    typed = {f for t in terms if isinstance(t, Term) for f in analyse(t.body).split()}
    out: list[Term | Or] = []
    for t in terms:
        word = "" if not isinstance(t, Term) or t.quoted or t.prefix else marked(t)
        if isinstance(t, Term) and len(words(word)) == 1:
            # A demonym typed is its state's name here too ("Sudanese": not South Sudan).
            named = (n for n in (word, *demonyms(word)) if len(words(n)) == 1)
            found = dict.fromkeys(x for n in named for x in longer_names(n))
            longer = tuple(n for n in found if not set(n.split()) <= typed)
            t = replace(t, not_in=longer) if longer else t
        out.append(t)
    return out


# A word typed closed up with a capital after a small letter inside ("RussiaChina",
# «НьюЙорк»), after a hashtag's sign or not; and its parts: a capitalised word, a run of
# capitals before one. Not a run of capitals before a word («#МИДРоссии»): such a tag is
# written so in its posts, and «МИД России» written out outranked them (session 43).
_CLOSED_UP = lazy_re.compile(r"#?[A-ZА-ЯЁ][^\W_]+")
_CAPITAL_INSIDE = lazy_re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_CAMEL_PART = lazy_re.compile(r"[A-ZА-ЯЁ]+(?![a-zа-яё])|[A-ZА-ЯЁ]?[a-zа-яё]+|\d+")


def with_parts(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each word typed closed up with a capital inside, as a hashtag is
    written ("#RussiaChina", «#РоссияКитай», «НьюЙорк»), also looked up as its parts side by
    side, as written and by their word forms (session 43): the posts write "#Russia_China",
    «#Россия_Китай», «в Нью-Йорке». The word as typed is looked up too ("DeSantis")."""
    out: list[Term | Or] = []
    for t in terms:
        body = t.body if isinstance(t, Term) and is_plain(t) else ""
        if isinstance(t, Term) and _CLOSED_UP.fullmatch(body) and _CAPITAL_INSIDE.search(body):
            parts = " ".join(_CAMEL_PART.findall(t.body))
            t = replace(t, also=(*t.also, parts), also_stems=(*t.also_stems, analyse(parts)))
        out.append(t)
    return out


def with_chinese_names(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a Chinese name of which a word is also a Russian stop word joined into
    a phrase (archive/palladius.py): «Ван И» finds a post naming the person, not one that
    holds «Ван» and the word «и» apart (Ван Гог и ...); «Ли Цян» does not lose «Ли». In
    small letters too when it is the whole search («ван и»)."""
    out: list[Term | Or] = []
    typed = [t.body for t in terms if isinstance(t, Term)]
    whole = len(typed) == len(terms) and a_chinese_name(typed)
    i = 0
    while i < len(terms):
        a, b = terms[i], terms[i + 1] if i + 1 < len(terms) else None
        if (
            isinstance(a, Term)
            and isinstance(b, Term)
            and is_plain(a)
            and is_plain(b)
            and (whole or (a.body[:1].isupper() and b.body[:1].isupper()))
            and any(is_a_stop_word(t.body) or is_function_word(t.body) for t in (a, b))
            and is_chinese_surname(a.body)
            and pinyin(b.body)
        ):
            body = f"{a.body} {b.body}"
            out.append(Term(body, False, False, f"{a.typed} {b.typed}", quoted=True))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def with_closed_up(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each of two bare words typed side by side that are also written
    otherwise given those ways too, as an alternative, not a requirement: "air strikes" also
    finds "airstrikes", "cop 29" "COP29", "300 billion" "$300bn", "300 миллиардов" "300
    млрд" (each word is looked up as itself or as the two written otherwise, so a post
    holding both words anywhere still matches). Two English words or letters and a number
    closed up; a number and its scale word in full or short (archive/scale_words.py)."""
    out = list(terms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (isinstance(a, Term) and isinstance(b, Term)):
            continue
        if both := _written_together(a, b):
            out[i] = replace(a, also=(*a.also, *both))
            out[i + 1] = replace(b, also=(*b.also, *both))
    return out


_LATIN_WORD = lazy_re.compile(r"[A-Za-z]+")
_LETTERS = lazy_re.compile(r"[^\W\d_]+")
_POSSESSIVE = lazy_re.compile(r"([A-Za-z]+)['’]s")  # Iran's, Iran’s (query_lookups reads it so)
_NAME_POSSESSIVE = lazy_re.compile(r"([A-Za-z][A-Za-z ]*[A-Za-z])['’]s")  # European Union's


def _written_together(a: Term, b: Term) -> tuple[str, ...]:
    """The other ways to write ``a`` and ``b`` typed side by side (see with_closed_up)."""
    if not (is_plain(a) and is_plain(b)) or any(
        is_stop_word(t) or is_function_word(t.body) for t in (a, b)
    ):
        return ()
    if _LATIN_WORD.fullmatch(a.body) and _LATIN_WORD.fullmatch(b.body):
        # And the two as one name spelled otherwise: "Ulan Bator", "Ulaanbaatar".
        return ((a.body + b.body).lower(), *spellings(f"{a.body} {b.body}"))
    if _LETTERS.fullmatch(a.body) and b.body.isdigit() and len(b.body) <= 4:
        return ((a.body + b.body).lower(),)
    return scale_spellings(a.body, b.body)


_DAY_TAG = lazy_re.compile(r"#(\d{1,2})([^\W\d_]{3,})")


def day_tag(body: str) -> re.Match[str] | None:
    """``body``'s day and month when it is a day's hashtag closed up (#9мая, #9May)."""
    found = _DAY_TAG.fullmatch(body)
    return found if found and day_spellings(found[1], found[2]) else None


def with_dates(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each month typed next to its day ("8 December", "Dec. 8", "26 января")
    joined into one term, which looks the day up in every way news writes it
    (archive/typed_dates.py) instead of the two words anywhere in a post; a year typed after
    them ("5 марта 2025", "March 5, 2025") joined to it too."""
    out: list[Term | Or] = []
    i = 0
    while i < len(terms):
        a, b = terms[i], terms[i + 1] if i + 1 < len(terms) else None
        if isinstance(b, Term) and b.body.endswith(",") and b.body[:1].isdigit():
            b = replace(b, body=b.body.rstrip(","))  # March 5, 2025
        if (
            isinstance(a, Term)
            and isinstance(b, Term)
            and is_plain(a)
            and is_plain(b)
            and day_spellings(a.body, b.body)
        ):
            body = f"{a.body} {b.body}"
            if is_russian_month(a.body):  # «марта 15»: the day as a post writes it
                body = f"{b.body} {a.body.lower()}"
            day = Term(body, False, False, f"{a.typed} {b.typed}")
            year = terms[i + 2] if i + 2 < len(terms) else None
            typed = year.body if isinstance(year, Term) and is_plain(year) else ""
            typed = typed if is_year(typed) else ""
            # «15 сентября 2024» is also written 15.09.2024, «15 сентября» 15.09 (session 36).
            # The year typed says which day, and is not a word the post must hold: a post
            # of that year writes «15 сентября», «15.09.» (session 40).
            day = replace(day, also=in_figures(a.body, b.body, typed))
            if typed and isinstance(year, Term):
                day = replace(day, typed=f"{day.typed} {year.typed}")
            i += 3 if typed else 2
            # «9 мая 2025 года», «2025 г.»: the year's word is the date's, not one a post
            # must hold (session 47).
            after = terms[i] if typed and i < len(terms) else None
            if isinstance(after, Term) and is_plain(after) and is_year_word(after.body):
                i += 1
            out.append(day)
        elif isinstance(a, Term) and is_plain(a) and (written := in_words(a.body)):
            # 15.09.2024: «15 сентября 2024», "September 15, 2024" (session 36).
            out.append(replace(a, also=written))
            i += 1
        elif isinstance(a, Term) and is_plain(a) and (closed := day_tag(a.body)):
            # A day's hashtag, its words closed up (#9мая, #1сентября): the day itself, in
            # every way news writes it (session 48).
            day = Term(f"{closed[1]} {closed[2]}", False, False, a.typed)
            out.append(replace(day, also=(a.body, *in_figures(closed[1], closed[2], ""))))
            i += 1
        else:
            out.append(a)
            i += 1
    return out


def with_names(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each run of bare words that spells a name with an abbreviation
    (archive/abbreviations.py: "Организация Объединенных Наций", "European Union") joined
    into one term, looked up as that phrase in any form and by its abbreviations (on both
    engines: store/query_pg.py reads the text again through this)."""
    out: list[Term | Or] = []
    i = 0
    while i < len(terms):
        for j in range(min(len(terms), i + LONGEST_NAME), i + 1, -1):
            run = [t for t in terms[i:j] if isinstance(t, Term) and is_plain(t)]
            body = " ".join(t.body for t in run)
            if possessive := _NAME_POSSESSIVE.fullmatch(body):
                body = possessive[1]  # "European Union's": the name's (session 40)
            if len(run) == j - i and (standing_for(body) or demonyms(body)):
                typed = " ".join(t.typed for t in run)
                out.append(Term(body, prefix=False, negated=False, typed=typed))
                i = j
                break
        else:
            out.append(terms[i])
            i += 1
    return out


def with_phrases(
    terms: list[Term | Or], phrases: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[Term | Or]:
    """``terms`` with each one-word term that names a topic given its phrase aliases
    (parse_query's, kept in SearchQuery.phrases for a store that reads the text again)."""
    if not phrases:
        return terms
    spelled = dict(phrases)
    return [
        replace(t, phrases=spelled.get(t.body.casefold(), ())) if isinstance(t, Term) else t
        for t in terms
    ]
