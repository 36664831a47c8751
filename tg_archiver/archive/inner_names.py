"""Places whose name is a word of another place's name: Гвинея and Гвинея-Бисау, Судан and
Южный Судан. A search of the shorter name ("Гвинея", "Судана") found every post about the
longer one, and ranked it first when it said the name often.

:func:`longer_names` gives, for a word typed alone, the longer names it is part of, by their
word forms (archive/analysis.py), so the query can leave out the posts that hold the word
only as part of one of them: a post naming the longer one is not found by the shorter name
(archive/query_joins.py ``with_longer_names``), unless the search types the longer name itself
("Южный Судан": its words). A post that names both (Гвинея and Гвинея-Бисау) is left
out too: the index cannot tell in which the word stands. The list is
the project's: states and cities news names daily, in Russian and English, where the
shorter name is another place (not Delhi and New Delhi, nor Korea and South Korea, where a
reader of one means the other).
"""

from __future__ import annotations

from functools import cache

from tg_archiver.archive.analysis import analyse

__all__ = ["longer_names", "places_within"]

# Russian only, for now: the labelled sets disagree on English. The fifth (session 30)
# wants "Guinea" to find Guinea-Bissau and Papua New Guinea ("all Guineas match the
# word") and "Sudan" South Sudan, ranked after; the seventh, eighth and ninth want them
# left out, in both languages. Added in English ("Guinea-Bissau", "Equatorial Guinea",
# "Papua New Guinea", "South Sudan"), the seventh, eighth and ninth find 3 more queries
# whole and the fifth loses 2. A place that is named with the word in the same posts
# (La Paz, the seat of government, in Reuters' dateline of a story on Rodrigo Paz) is not
# listed: its posts would be lost.
# Session 36 adds the states and provinces named after a country (New Mexico, West
# Virginia, Northern Ireland), in both languages: a reader of the country does not mean
# them, and no set wants them found.
_LONGER = (
    "Гвинея-Бисау", "Экваториальная Гвинея", "Новая Гвинея", "Южный Судан",
    "Нью-Йорк", "Нью-Джерси", "Западная Вирджиния", "Американское Самоа",
    "Нью-Мексико", "Северная Ирландия", "Нью-Гэмпшир", "Новый Южный Уэльс",
    "New Mexico", "West Virginia", "Northern Ireland", "New Jersey", "New Hampshire",
    "New South Wales", "South Sudan",
    # session 52: an island named after another place (not Santiago de Cuba: a post on Cuba
    # names its second city, and would be lost to "Cuba")
    "Южная Георгия", "South Georgia",
    # session 53: Guinea's namesakes in English as in Russian
    "Guinea-Bissau", "Equatorial Guinea", "New Guinea",
)  # fmt: skip
# Session 37 adds English "South Sudan" (the twelfth set, and the eighth's "Sudan's"): the
# fifth's "Sudan" still finds its one-liner on South Sudan, which names Port Sudan too. A
# city of the state named after it (:data:`_WITHIN`) is the state: a post naming it is found
# by the state's name even where it names the longer one too.
_WITHIN = ("Port Sudan", "Порт-Судан", "Mexico City", "Kuwait City", "Guatemala City")


def longer_names(word: str) -> tuple[str, ...]:
    """The longer names (:data:`_LONGER`) that ``word`` is a word of, by their word forms
    (``Гвинеи`` -> ``гвин бис``, ``экваториальн гвин``, ``нов гвин``); empty for any other
    word."""
    return _by_word().get(analyse(word), ())


def places_within(word: str) -> tuple[str, ...]:
    """The places inside the state ``word`` names that are named after it (:data:`_WITHIN`),
    by their word forms (``Sudan`` -> ``port sudan``), for a word with longer names only."""
    return _by_word(_WITHIN).get(analyse(word), ()) if longer_names(word) else ()


@cache
def _by_word(names: tuple[str, ...] = _LONGER) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name in names:
        forms = analyse(name)
        for form in dict.fromkeys(forms.split()):
            found.setdefault(form, []).append(forms)
    return {form: tuple(names) for form, names in found.items()}
