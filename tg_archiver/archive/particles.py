"""A name's particles, as either language writes them: Arabic "son of" («Фейсал бен Фархан»,
"Faisal bin Farhan"), an Arabic family's article ("Al Thani" «Аль Тани»), Portuguese,
Spanish, Dutch and German ones («Лула да Силва», «Урсула фон дер Ляйен», "de la Fuente"),
each with its twin in the other script, for the title reading of a search
(archive/query_titles.py) and its other script's search (store/both_scripts.py). Split
from archive/other_spellings.py in session 48, which a search need not import to read its
titles. Pure.
"""

from __future__ import annotations

__all__ = ["is_particle", "particle"]

# The particles typed in small letters between a name's capitalised words, each's twin.
_PARTICLES_LIST = """бен:bin бин:bin ибн:ibn бинт:bint да:da де:de ду:do дос:dos ван:van
    фон:von дер:der ден:den аль:al эль:el ла:la ле:le дель:del"""
_PARTICLES = dict(pair.split(":") for pair in _PARTICLES_LIST.split())
_PARTICLES |= {latin: cyrillic for cyrillic, latin in _PARTICLES.items()} | {"ben": "бен"}
_PARTICLES["bin"] = "бен"  # Russian news writes «бен» more
# An Arabic family's article, written with a capital in both languages before its name
# ("Al Thani" «Аль Тани», "Al Nahyan" «Аль Нахайян»).
_FAMILY = {"Al": "Аль", "Аль": "Al", "Ал": "Al"}
# Those that begin a surname typed alone ("van Klaveren", "Al Thani"; two do: "de la Fuente").
_LEADING = frozenset({"van", "von", "ван", "фон", "del", "дель", *_FAMILY})


def is_particle(word: str) -> bool:
    """Whether ``word``, as typed, is a name's particle in small letters (bin, «бен», von)."""
    return word in _PARTICLES


def particle(bodies: list[str], i: int) -> tuple[str, ...]:
    """``bodies[i]``'s twin in the other script when it is a name's particle (a table's,
    typed in small letters) between the name's capitalised words, others of them between
    too ("bin" in "Faisal bin Farhan": «бен»), or before a surname typed without a given
    name ("van Klaveren", «фон дер Ляйен», "de la Fuente"); empty otherwise."""
    twin = _PARTICLES.get(bodies[i]) or _FAMILY.get(bodies[i])
    if twin is None:
        return ()
    before, after = i - 1, i + 1
    while before >= 0 and bodies[before] in _PARTICLES:
        before -= 1
    while after < len(bodies) and bodies[after] in _PARTICLES:
        after += 1
    if after == len(bodies) or not bodies[after][:1].isupper():
        return ()
    if (before < 0 or not bodies[before][:1].isupper()) and after - before < 3:
        # A name's first word, alone: one that is no other language's word («да Путин»).
        return (twin,) if bodies[i] in _LEADING else ()
    return (twin,)
