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

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word

__all__ = ["lookalikes", "made_adjectives"]

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
_CYRILLIC_WORD = lazy_re.compile(r"[а-яё]{3,}")
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


def lookalikes(word: str) -> tuple[str, ...]:
    """The forms of the words of another lemma whose word form meets the noun or adjective
    ``word``'s only by stemming twice (see the module's notes), lower-case; empty for
    another word."""
    return _family(word)[0]


def made_adjectives(word: str) -> tuple[str, ...]:
    """The forms of the adjectives made from the noun ``word`` that share its word form
    (визовый for виза, портовый for порт), lower-case; empty for another word: its own
    words as a post writes them, beside its look-alikes."""
    return _family(word)[1]


@lru_cache(maxsize=4096)
def _family(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`lookalikes` and :func:`made_adjectives` of ``word``: one walk over the words
    that reach its word form."""
    from tg_archiver.archive.analysis import _RUSSIAN
    from tg_archiver.archive.lexemes import dictionary, likely

    w = word.lower().replace("ё", "е")
    if not _CYRILLIC_WORD.fullmatch(w):
        return (), ()
    if not dictionary().word_is_known(w):
        # A word the dictionary does not know (a typo: `Лавроа`) is read by guesses; its
        # look-alikes would be guessed too («лавров», the surname's form: session 41).
        return (), ()
    parses = likely(w)
    if not parses or any(_NAMES & set(p.tag.grammemes) for p in parses):
        return (), ()
    kinds = {p.tag.POS for p in parses}
    if kinds not in ({"NOUN"}, {"ADJF"}):
        return (), ()  # a verb's other lemma is often its aspect partner (задержать)
    noun = kinds == {"NOUN"}
    form = analyse_word(w)
    lemmas = {p.normal_form.replace("ё", "е") for p in parses}
    own = {_RUSSIAN.stemWord(f.word.replace("ё", "е")) for p in parses for f in p.lexeme}
    main = _main_stem(parses[0])
    # Most of the word's forms reach its word form only in a second step (визит, визовый).
    twice = main != form and analyse_word(main) == form
    if not twice and not noun:
        return (), ()

    def made(p: Any) -> bool:  # an adjective made from the noun typed
        return noun and p.tag.POS == "ADJF" and _made_from(_main_stem(p), main)

    if not twice:
        # The common case (виза, газ, мир): another noun reached in two steps is a
        # look-alike; one reached in one step, a form of the same word the dictionary lists
        # apart (курс, курсы); another part of speech, most often the word's own
        # derivative (визовый, газовый).
        def lookalike(p: Any) -> bool:
            return p.tag.POS == "NOUN"

        skip = own
    else:
        # A word most of whose forms reach the word form only in a second step (визит:
        # «визита», «визиты»; визовый) meets in the first every word of that shorter stem
        # (виза, визы): a noun or an adjective of another lemma, unless the adjective is
        # made from the noun, its main stem the noun's and a suffix (визовый from виза,
        # визитный from визит; not острый from остров). Not a verb or a participle: most
        # often the same root's (подписание, подписывать; принятие, принимать).
        def lookalike(p: Any) -> bool:
            if p.tag.POS not in ("NOUN", "ADJF"):
                return False
            if noun and p.tag.POS == "NOUN":
                return True
            theirs = _main_stem(p)
            if noun:
                return not _made_from(theirs, main)
            if p.tag.POS == "NOUN":
                return not _made_from(main, theirs)
            return not (_made_from(main, theirs) or _made_from(theirs, main))

        skip = own - {form}
    words = dictionary().dictionary.words
    found: dict[str, None] = {}
    adjectives: dict[str, None] = {}
    # The word form itself too: for a word that reaches it in two steps (визит), a word
    # that does in one (виза) is the look-alike.
    for ending in ("", *_ENDINGS):
        stem = form + ending
        if stem in skip or analyse_word(stem) != form:
            continue
        known = _words_of(words, stem)
        for tail in _TAILS:
            candidate = stem + tail
            if not known(tail) or _RUSSIAN.stemWord(candidate) != stem:
                continue
            for p in likely(candidate):
                lemma = p.normal_form.replace("ё", "е")
                if lemma in lemmas or _NAMES & set(p.tag.grammemes):
                    continue
                into = found if lookalike(p) else adjectives if made(p) else None
                if into is None:
                    continue
                for f in p.lexeme:
                    text = f.word.replace("ё", "е")
                    if analyse_word(text) == form:
                        into[text] = None
    return tuple(found), tuple(a for a in adjectives if a not in found)


def _main_stem(parse: Any) -> str:
    """The one-step Snowball stem most forms of ``parse``'s lexeme have (визит: «визит», of
    «визита», «визиты» ..., though «визит» itself is «виз»)."""
    from tg_archiver.archive.analysis import _RUSSIAN

    stems = Counter(_RUSSIAN.stemWord(f.word.replace("ё", "е")) for f in parse.lexeme)
    return stems.most_common(1)[0][0]


def _made_from(stem: str, base: str) -> bool:
    """Whether the main stem ``stem`` is ``base``, perhaps with a suffix: it begins with
    ``base``, but perhaps for its last letter, a vowel that comes and goes (таможен from
    таможн: таможенный, таможня; визов from виз; not визов from визит, остр from остров)."""
    return len(stem) >= len(base) and stem.startswith(base[:-1])
