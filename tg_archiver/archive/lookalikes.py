"""Look-alikes: a common Russian word whose word form another common word's meets only by
stemming twice (`визы`: «визита»).

The index keeps one word form a word, Snowball's stem stemmed again to a fixed point
(archive/analysis.py): «визита» is «визит» once, and «виз» (an ending «-ит» off) twice, the
word form of «визы». So `визы` found every post about a visit. A word's own forms meet its
word form in one step; a look-alike reaches it only in the second, from a stem of its own
that is the word form with one of Snowball's endings (визит: виз + ит). Since session 41,
for a common noun typed, the dictionary's nouns of another lemma whose one-step stem is
such a stem (визит, визита, визиты) are words the word-form lookup does not match a post by
(clashes.py's ``unless``, beside the places and pronouns of stem_clashes.txt); the word's
own forms, spelled out, find a post holding both. A word of another part of speech reached
so is left alone: it is most often the word's own derivative («газовый» for `газ`,
«мировой» for `мир`); so is a verb typed, whose other lemma reached so is often its aspect
partner (`задерживают`: «задержали»). A post holding a look-alike and only a derivative of
the word («визовых требований ... Визит») is no longer found by `визам`.

Found by building the candidates from Snowball's endings and asking the dictionary whether
each is a word (a few hundred look-ups, a millisecond or two, once a word): the dictionary
cannot list its words by beginning fast enough. Pure, but for the dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tg_archiver.archive.analysis import analyse_word

__all__ = ["lookalikes"]

# Snowball's Russian endings (perfective gerund, adjective, participle, reflexive, verb,
# noun, superlative, derivational): what a second step strips off a one-step stem.
_ENDINGS = tuple(
    sorted(
        {
            "в", "вши", "вшись", "ив", "ивши", "ившись", "ыв", "ывши", "ывшись", "ее", "ие", "ые",
            "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого",
            "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею", "нн", "вш", "ющ", "щ",
            "ивш", "ывш", "ующ", "ся", "сь", "ла", "на", "ете", "йте", "ли", "й", "л", "н",
            "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно", "ила", "ыла", "ена", "ейте",
            "уйте", "ите", "или", "ыли", "уй", "ил", "ыл", "ен", "ило", "ыло", "ено", "ят",
            "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ю", "а", "ев", "ов", "ье",
            "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "иям", "ям", "ием", "ам", "о",
            "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ия", "ья", "я", "ейш", "ейше", "ост",
            "ость",
        }
    )
)  # fmt: skip
# What may follow a one-step stem in one of its words (визит, обма-н, визов-ых): nothing or
# an ending; one word found, its lexeme gives the rest.
_TAILS = ("", *_ENDINGS)
_CYRILLIC_WORD = re.compile(r"[а-яё]{3,}")
# A name's, a place's, an organisation's, a pronoun's: clashes.py's and the names' own.
_NAMES = frozenset({"Geox", "Orgn", "Apro", "Surn", "Name", "Patr", "Abbr"})


def _words_of(words: Any, stem: str) -> Callable[[str], bool]:
    """Whether ``stem`` followed by a tail is a word of the dictionary's word graph
    ``words``: the stem walked down once (most candidate stems begin no word, which rules
    them out at once), each tail from there (the graph's own walk, as its ``in`` does; any
    failure of it: each word looked up whole)."""
    try:
        dct, separator = words.dct, words._payload_separator
        node = dct.follow_bytes(stem.encode("utf-8"), dct.ROOT)
    except AttributeError:
        return lambda tail: stem + tail in words
    if node is None:
        return lambda tail: False

    def known(tail: str) -> bool:
        at = dct.follow_bytes(tail.encode("utf-8"), node) if tail else node
        return at is not None and dct.follow_bytes(separator, at) is not None

    return known


@lru_cache(maxsize=4096)
def lookalikes(word: str) -> tuple[str, ...]:
    """The forms of the nouns of another lemma whose word form meets the noun ``word``'s only
    by stemming twice (see the module's notes), lower-case; empty for another word."""
    from tg_archiver.archive.analysis import _RUSSIAN
    from tg_archiver.archive.lexemes import dictionary, likely

    w = word.lower().replace("ё", "е")
    if not _CYRILLIC_WORD.fullmatch(w):
        return ()
    if not dictionary().word_is_known(w):
        # A word the dictionary does not know (a typo: `Лавроа`) is read by guesses; its
        # look-alikes would be guessed too («лавров», the surname's form: session 41).
        return ()
    parses = likely(w)
    if not parses or any(_NAMES & set(p.tag.grammemes) for p in parses):
        return ()
    if any(p.tag.POS != "NOUN" for p in parses):
        return ()  # a verb's other lemma is often its aspect partner (задержать)
    form = analyse_word(w)
    lemmas = {p.normal_form.replace("ё", "е") for p in parses}
    own = {_RUSSIAN.stemWord(f.word.replace("ё", "е")) for p in parses for f in p.lexeme}
    words = dictionary().dictionary.words
    found: dict[str, None] = {}
    # The word form itself too: for a word that reaches it in two steps (визит), a word
    # that does in one (виза) is the look-alike.
    for ending in ("", *_ENDINGS):
        stem = form + ending
        if stem in own or analyse_word(stem) != form:
            continue
        known = _words_of(words, stem)
        for tail in _TAILS:
            candidate = stem + tail
            if not known(tail) or _RUSSIAN.stemWord(candidate) != stem:
                continue
            for p in likely(candidate):
                lemma = p.normal_form.replace("ё", "е")
                if p.tag.POS != "NOUN" or lemma in lemmas or _NAMES & set(p.tag.grammemes):
                    continue
                for f in p.lexeme:
                    text = f.word.replace("ё", "е")
                    if analyse_word(text) == form:
                        found[text] = None
    return tuple(found)
