"""A Russian place's adjective, made by the regular suffix: «Оренбург» and «оренбургский»
(«в Оренбургской области»), «Каспий» and «каспийский» («Каспийского моря»), «Забайкалье»
and «забайкальский», «Курск» and «курский», «Киев» and «киевский».

Russian news names a region by its city's adjective (Оренбургская область, Курская
область), a sea or a route by its own (Каспийское море, Каспийский трубопроводный
консорциум), so a reader's search for the place meant those posts too (the thirteenth blind
set: `Каспий`, `Оренбург`, `Забайкалье`, `Калининград`, `Киев`). The states have their
table (archive/demonyms.py); a place of the dictionary's (Geox) that no table lists is given
the adjective its ending makes, when the dictionary knows that adjective: -ский after the
name (Оренбург), after its last letter dropped (Курск, Женева, Сибирь), -ьский for -ье
(Забайкалье) and -ия (Карелия), -ейский for -ея (Адыгея), -ский for -ка (Чукотка), -цкий
for -цк (Донецк); and to a word in -ия the dictionary does not know at all (Гагаузия:
гагаузский, session 53), or one ending in a consonant or «-а» (Рогун: рогунский, Сюник:
сюникский, Нарын: нарынский; never after a surname's ending: session 54). An irregular
one (Москва: московский, Тула: тульский) is not made. Place to adjective only: an adjective
in -ский is more often a common word than a place's (братский is fraternal before it is
Братск's). Pure, but for the dictionary.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tg_archiver.archive import lazy_re

__all__ = ["place_adjectives", "place_of_adjective"]

_CYRILLIC_PLACE = lazy_re.compile(r"[А-ЯЁ][а-яё]{2,}")
# (the name's ending, what replaces it): the adjective's lemma candidates.
_SUFFIXES = (
    ("ье", "ьский"),  # Забайкалье: забайкальский
    ("ье", "ский"),  # Запорожье: запорожский, Приморье: приморский
    ("ия", "ский"),  # Якутия: якутский
    ("ия", "ьский"),  # Карелия: карельский
    ("ея", "ейский"),  # Адыгея: адыгейский
    ("ка", "ский"),  # Чукотка: чукотский, Камчатка: камчатский
    ("цк", "цкий"),  # Донецк: донецкий
    ("ск", "ский"),  # Курск: курский, Минск: минский
    ("ь", "ский"),  # Сибирь: сибирский
    ("а", "ский"),  # Женева: женевский
    ("я", "ский"),  # Казань is -ь; Ялта: ялтинский is not made
    ("", "ский"),  # Оренбург: оренбургский, Каспий: каспийский, Киев: киевский
)


@lru_cache(maxsize=2048)
def place_adjectives(name: str) -> tuple[str, ...]:
    """The adjective(s) made from the Russian place ``name`` (one capitalised word, in any
    case: «Оренбурге»), lower-case lemmas the dictionary knows; empty for a word that is no
    place or whose adjective is not made by these suffixes."""
    from tg_archiver.archive.lexemes import dictionary, likely

    if not _CYRILLIC_PLACE.fullmatch(name):
        return ()
    analyzer = dictionary()
    # A place the dictionary knows, or a word in -ия it knows not at all (Гагаузия), whose
    # adjective it knows (гагаузский: «Гагаузской автономии»; session 53).
    places = [
        p
        for p in likely(name.lower())
        if p.tag.POS == "NOUN"
        and (
            "Geox" in p.tag.grammemes
            or (p.normal_form.endswith("ия") and not analyzer.word_is_known(p.normal_form))
        )
    ]
    if not places:
        return _unknown_place_adjective(name.lower().replace("ё", "е"), analyzer)
    found: dict[str, None] = {}
    for place in dict.fromkeys(str(p.normal_form).replace("ё", "е") for p in places):
        for ending, suffix in _SUFFIXES:
            if not place.endswith(ending):
                continue
            adjective = place[: len(place) - len(ending)] + suffix
            if analyzer.word_is_known(adjective) and any(
                p.tag.POS == "ADJF" and p.normal_form == adjective
                for p in analyzer.parse(adjective)
            ):
                found[adjective] = None
    return tuple(found)


# A surname's ending (Жапаров, Алиев, Путин, Захарова): a person's, no place's.
_SURNAME_ENDINGS = ("ов", "ев", "ин", "ова", "ева", "ина", "ский", "ская", "цкий", "ко", "ук", "юк")


def _unknown_place_adjective(name: str, analyzer: Any) -> tuple[str, ...]:
    """The adjective of a name the dictionary knows not at all, as the suffix makes it and
    news writes it (session 54): «Рогун» «Рогунская ГЭС», «Нарын» «Нарынская область»,
    «Гайана» «гайанский»; after a consonant or for an «а», never a surname's ending. The
    dictionary cannot confirm it (it knows neither), so a made-up adjective only finds
    nothing."""
    if analyzer.word_is_known(name) or name.endswith(_SURNAME_ENDINGS):
        return ()
    if name[-1] in "бвгдзклмнпрстфх":
        return (name + "ский",)
    if name.endswith("а") and name[-2] in "бвгдзклмнпрстфх":
        return (name[:-1] + "ский",)
    return ()


@lru_cache(maxsize=256)
def place_of_adjective(word: str) -> tuple[str, ...]:
    """The Russian places (nominative, capitalised) whose adjective ``word`` may be, typed
    with a capital as a name's word is («Запорожской АЭС»: «Запорожье»; «Курской»:
    «Курск»), by these suffixes undone; the dictionary guesses a place of many a made-up
    word («Запорожск»), so the caller keeps those a table of places names (the search of
    the other script: store/both_scripts.py). Empty for a word in small letters (братский
    is fraternal, not Братск's) or one the dictionary reads as no adjective."""
    from tg_archiver.archive.lexemes import likely

    if not _CYRILLIC_PLACE.fullmatch(word):
        return ()
    lemmas = {
        str(p.normal_form).replace("ё", "е") for p in likely(word.lower()) if p.tag.POS == "ADJF"
    }
    found: dict[str, None] = {}
    for lemma in sorted(lemmas):
        for ending, suffix in _SUFFIXES:
            if not lemma.endswith(suffix) or len(lemma) - len(suffix) < 2:
                continue
            place = (lemma[: len(lemma) - len(suffix)] + ending).capitalize()
            if place_adjectives(place) and lemma in place_adjectives(place):
                found[place] = None
    return tuple(found)
