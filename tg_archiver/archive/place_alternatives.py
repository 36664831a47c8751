"""A place typed by one of its names also found by its others in the same language: «Сухуми»
finds «Сухум» and «в Сухуме», «Курилы» the «Курильских островов», "Kurils" the "Kuril
Islands" (archive/place_names.py lists a place's names in each language; the other
language's are searched by store/both_scripts.py).

A term typed with a capital that is a row's name (a Russian one by its nominative too:
«Курилах») gets each of the row's other names in its language as an alternative, by its
word forms (a name of several words as a phrase of them: «курильск остров»), as an
abbreviation gets its name spelled out. Both engines read a search's terms through
query_joins.joined, which calls :func:`with_place_names`.

Session 50, from the twenty-fifth blind search set (Сухуми, Курилы).
"""

from __future__ import annotations

from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse, words
from tg_archiver.archive.query_terms import Or, Term, is_plain

__all__ = ["with_place_names"]

_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")


def with_place_names(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each place typed by one name also looked up by its others in the same
    language, by their word forms."""
    out: list[Term | Or] = []
    for t in terms:
        # Not a term other ways are given already (a state's other names, by the tables
        # of abbreviations and countries: Киргизстан, Кыргызстан), nor one of several words
        # whose other name is a word of it («Северная Македония»: not «Македония»).
        typed = isinstance(t, Term) and is_plain(t) and t.body[:1].isupper()
        if typed and isinstance(t, Term) and not t.also_stems:
            mine = set(words(t.body.casefold()))
            others = [o for o in _other_names_alike(t.body) if not set(words(o.casefold())) < mine]
            if others:
                t = replace(t, also_stems=tuple(dict.fromkeys(analyse(o) for o in others)))
        out.append(t)
    return out


def _other_names_alike(typed: str) -> tuple[str, ...]:
    """The place ``typed`` names (as a row writes it, or a Russian name's nominative)'s other
    names in the same language; empty for no place of the table."""
    # The table is read at the first word typed with a capital.
    from tg_archiver.archive.place_names import names_alike

    if found := names_alike(typed):
        return found
    if not _CYRILLIC.search(typed):
        return ()
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    for parse in likely(typed.lower()):
        if "Geox" in parse.tag.grammemes and (found := names_alike(parse.normal_form)):
            return found
    return ()
