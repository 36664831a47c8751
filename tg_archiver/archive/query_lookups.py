"""How one term of a search is looked up, on either engine: as typed, in its other
spellings, by its word form, in its other forms, as an abbreviation's name spelled out
(:func:`lookups`, each a :class:`Lookup`), in tiers that rank a post holding more of them
higher. SQLite writes them as an FTS5 expression (archive/query_fts.py), PostgreSQL as a
``tsquery`` (store/query_pg.py).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import closed_up_with_number, forms_of
from tg_archiver.archive.analysis import analyse, analyse_word, words
from tg_archiver.archive.clashes import clashes
from tg_archiver.archive.cleaning import look_alike_twin
from tg_archiver.archive.demonyms import combining_forms, states_written
from tg_archiver.archive.demonyms import of as demonyms
from tg_archiver.archive.english_derivations import derived_stems
from tg_archiver.archive.inner_names import places_within
from tg_archiver.archive.lexemes import (
    derived_forms,
    place_forms,
    plural_only_forms,
    special_compounds,
    surname_forms,
)
from tg_archiver.archive.lexemes import forms as lexeme_forms
from tg_archiver.archive.place_adjectives import place_adjectives
from tg_archiver.archive.query_terms import Term, core_word
from tg_archiver.archive.scale_words import split as scale_split
from tg_archiver.archive.typed_dates import cut_short
from tg_archiver.archive.typed_dates import spellings as day_spellings
from tg_archiver.archive.variants import (
    fleeting_forms,
    is_function_word,
    nominatives,
    shadowing,
    spellings,
    transliterations,
)

_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_INITIALS = lazy_re.compile(r"[A-Z]{2,3}")  # written with dots too: U.S., U.K.
_PHRASE_FORMS = 16  # a quoted phrase's word forms looked up, at most


@dataclass(frozen=True)
class Lookup:
    """One lookup of a term: any of ``texts`` (each a phrase of one or more words) in the
    unstemmed columns (title and text), or, with ``stems``, in the word forms' column
    (``search_stems``, texts already analysed); with ``prefix``, the last word a prefix."""

    texts: tuple[str, ...]
    stems: bool = False
    prefix: bool = False
    # In the unstemmed columns whatever the words (see _exact): for a word looked up by its
    # forms instead of its word form, which another word's word form may be.
    written: bool = False
    # Words of another lemma with the same word form (lexemes.clashes: "Армения" for
    # "армия", "другие" for "друг"): a post holding one of them, as written, is not
    # matched by this lookup (a word form's lookup only).
    unless: tuple[str, ...] = ()
    # Phrases of word forms (a longer place name: "южн суд" for "Судан") a post must
    # not hold for this lookup to match it (with_longer_names).
    unless_forms: tuple[str, ...] = ()


def lookups(term: Term) -> tuple[Lookup, ...]:
    """How one term is looked up (:func:`_lookups`); a word of a longer place name
    (with_longer_names) in none of them where a post holds that name."""
    found = _lookups(term)
    if not term.not_in:
        return found
    # A city of the state named after it (Port Sudan) is the state, in any post.
    word = "" if term.negated else marked(term)
    inside = tuple(p for n in (word, *term.phrases) for p in places_within(n))
    within = (Lookup(inside, stems=True),) if inside else ()
    return (*(replace(one, unless_forms=term.not_in) for one in found), *within)


def _lookups(term: Term) -> tuple[Lookup, ...]:
    """How one term is looked up, on either engine (SQLite's FTS5 string in
    archive/query_fts.py, PostgreSQL's ``tsquery`` in store/query_pg.py): the lookups a post
    may match, any of them enough, in tiers that rank a post holding more of them higher.

    A bare word is looked up as typed in the unstemmed columns, in its other spellings there
    (archive/variants.py: UK/US, ё/е), and by its word form (archive/analysis.py) in
    ``search_stems``; any of them matches, and a post holding more of them ranks higher
    (see the tiers below and docs/search.md). A Russian noun with a fleeting vowel also has
    its case forms spelled out (``посол`` finds ``посла`` without the stem ``посл``, which is
    also that of ``после``). A negated word excludes every form of it. A quoted phrase of
    several words matches as typed and by its words' forms in order (as typed first); a
    quoted single word, a prefix, and a function word (archive/variants.py: ``после``,
    ``около``) match the unstemmed columns alone.
    """
    exact = Lookup((term.body,), prefix=term.prefix)
    if not (term.quoted or term.prefix) and (core := core_word(term.body)):
        # Lavrov's is a form of Lavrov, 13-й of 13 (13-го, 13-м), al-Assad Assad: as typed
        # first, then as the word itself in any of its forms.
        inner = _lookups(replace(term, body=core))
        return inner if term.negated else (exact, *inner)
    found = words(term.body)
    word = found[0] if len(found) == 1 else ""
    if not (term.quoted or term.prefix) and len(found) == 2 and (days := day_spellings(*found)):
        # A day (with_dates): as typed first, then as news writes it otherwise, next to each
        # other (Dec 8, 8 December); a Russian one in any form of its words.
        also = (Lookup(term.also),) if term.also else ()  # in figures: 15.09.2024
        if _CYRILLIC.search(term.body):
            # «1 сентября»: «1 сен», as RIA's datelines write it.
            short = cut_short(*found) or cut_short(*reversed(found))
            shortened = (Lookup(short),) if short and not term.negated else ()
            return (exact, Lookup((analyse(term.body),), stems=True), *shortened, *also)
        return (exact,) if term.negated else (exact, exact, Lookup(days), *also)
    phrase = term.quoted and not term.prefix and len(found) > 1 and not core_word(term.body)
    if phrase and (analysed := analyse(term.body)):
        # A phrase keeps its words together and in order, in any of their forms: a reader
        # quotes to hold words together, not to freeze their case ("прекращение огня" finds
        # "о прекращении огня", "foreign agent" finds "foreign agents"). As typed it counts
        # twice, so a post that writes it so comes first.
        in_any_form = Lookup(_phrase_forms(term.body, analysed), stems=True)
        return (exact, in_any_form) if term.negated else (exact, exact, in_any_form)
    if word and is_function_word(word) and not (term.quoted or term.prefix):
        # A function word (после) does not inflect, and its word form may be a noun's (посла);
        # but "еще" is written «ещё».
        return (replace(exact, texts=(term.body, *spellings(word))),)
    if term.quoted or term.prefix:
        return (exact,)
    analysed = analyse(term.body)
    if not analysed:
        return (exact,)
    stems = Lookup((analysed,), stems=True)
    # The topic's name spelled out ("SCO": "Shanghai Cooperation Organisation"), in any form.
    # And an abbreviation's adjective and dotted initials («ШОСовский», "U.N.": forms_of).
    spelled_out: tuple[Lookup, ...] = (
        (Lookup(_spelled_out_forms(term), stems=True),) if term.phrases else ()
    )
    if combining := combining_forms(term.body, *term.phrases):
        # «афгано-пакистанской»: Afghanistan's adjective's first half in a compound, as
        # written (demonyms.combining_forms), the adjective's tier.
        spelled_out += (Lookup(combining, written=True),)
    adjectives = set(demonyms(term.body)) if term.phrases and not word else set()
    names_only = tuple(p for p in term.phrases if p not in adjectives)
    if names_only and adjectives & set(term.phrases):
        # A name of several words finds its state's adjective too («Соединенные Штаты»:
        # «американские»), a tier below its other names (США: twice).
        only = replace(term, phrases=names_only)
        spelled_out += (Lookup(_spelled_out_forms(only), stems=True),)
    # армия's word form is Армения's, друг's другие's: a post writing only those is not
    # found by the word form, but by the word's own forms (archive/clashes.py).
    others, own = clashes(word) if word else ((), ())
    stems = replace(stems, unless=others)
    by_own = (Lookup(own, written=True),) if own else ()
    if term.negated:
        as_typed = (Lookup((word,), written=True),) if others else ()
        return (stems, *as_typed, *by_own, *spelled_out)
    # A name typed out in full ("Европейский союз") finds its abbreviation too ("ЕС"), but
    # a post that writes the name as typed (or spelled otherwise: "Organisation") comes
    # first: it counts twice in either script.
    named = not word and bool(term.phrases)
    if word:  # a Russian name's -ей, -ай: Alexei, Alexey
        spelled = (*spellings(word), *transliterations(word))
    else:
        spelled = _phrase_spellings(found) if named else ()
    if twin := look_alike_twin(term.body):
        spelled = (*spelled, twin)  # «С5+1» typed: the "C5+1" of the English posts
    if _INITIALS.fullmatch(term.body):
        spelled = (*spelled, " ".join(term.body))  # US: U.S. (a word typed in capitals)
    # UNGA: #UNGA80, closed up with a number (abbreviations.closed_up_with_number), not the
    # English words it begins (ungainly).
    closed_up: tuple[Lookup, ...] = ()
    if (beginning := closed_up_with_number(term.body)) is not None:
        closed_up = (Lookup((term.body,), prefix=True, unless=beginning),)
    forms = other_forms(word) if word else ()
    # Three tiers: the word as typed, in another spelling, in another form. A post holding
    # it as typed matches every lookup below, one in another spelling all but the first.
    # An English word's form says something (summits: several), so as typed it is looked up
    # twice; a Russian word's case is the sentence's grammar (the statement about a саммит
    # writes саммите, саммита), so once, and a full statement in other cases still comes
    # before a one-liner in the case typed.
    # The word form of посла is that of после (and, stemmed again, of послание): the noun's
    # case forms, spelled out, are looked up instead of it. Лавров shares its word form with
    # Лавровый (bay), Захаровой with Захаров, Армения with армия, Австрия with Австралия: a
    # surname is looked up by its forms of the gender typed, a place by its forms
    # (archive/lexemes.py), instead. Then as typed too only where written: "Алиев" is the
    # word form of "Алиевой" (another person), which FTS5 would find in the word forms'
    # column without the filter (PostgreSQL looks up what is typed as written anyway).
    shadowed = bool(word) and bool(shadowing(word, analysed))
    names = (
        ()
        if shadowed or not word
        else (surname_forms(word) or place_forms(word) or plural_only_forms(word))
    )
    instead = shadowed or bool(names)
    exact = replace(exact, written=instead)
    parts = [exact] if _CYRILLIC.search(term.body) and not named else [exact, exact]
    if written := _written_otherwise(term.body, found):
        # "cease-fire" is also written "ceasefire", "COP29" "COP 29" and "COP-29" (a word
        # written as one is split where English splits it: variants.spellings).
        parts.append(Lookup(written, written=instead))
    if spelled:
        parts.append(Lookup((term.body, *spelled), written=instead))
    states = _states_of(word) if word else ()
    if instead:
        own_forms = Lookup((term.body, *spelled, *(forms if shadowed else names)), written=True)
        parts.append(own_forms)
        adjective_too = bool(term.phrases) and _CYRILLIC.search(term.body) is not None
        if names and adjective_too and (demonyms(term.body) or place_adjectives(term.body)):
            # A state's adjective (archive/demonyms.py) is rarer than its name: a post naming
            # the state («Армении») comes before one with the adjective alone («армянская»);
            # so another place's (archive/place_adjectives.py: «Оренбургской области»).
            parts.append(own_forms)
        elif states:
            # An adjective the dictionary reads as a place's (катарский, словенский): its
            # state's forms as written too, its own counting twice (session 40).
            parts += (own_forms, Lookup(states, written=True))
    else:
        parts += (stems, *by_own)
        if states:
            # иранский: «Ирана», the state's forms as written (its word form is a common
            # word's, which the adjective's phrases would find: demonyms.states_written);
            # the adjective's own forms count twice, so a post holding it comes first.
            parts += (stems, Lookup(states, written=True))
        if derived := derived_forms(word):
            # санкционный: «санкции», подпишут: «подписание» (archive/derivations.py), a
            # tier below: the word's own forms count twice, so a post holding them comes first.
            parts += (stems, Lookup(tuple(dict.fromkeys(map(analyse_word, derived))), stems=True))
        elif not _CYRILLIC.search(word) and (english := derived_stems(word)):
            # "qualification": "qualified", "disarmament": "disarm" (english_derivations.py),
            # a tier below as the Russian's: the word's own forms first (session 55).
            parts += (stems, Lookup(english, stems=True))
        if special := special_compounds(word):
            # трибунал: «Спецтрибунал», a tier below the word's own forms (session 53).
            parts.append(Lookup(tuple(dict.fromkeys(map(analyse_word, special))), stems=True))
        if forms:
            parts.append(Lookup(forms))
            if not _CYRILLIC.search(term.body):
                # "held" finds "holding" too: an English form's own forms, by its word form.
                parts.append(Lookup(tuple(dict.fromkeys(analyse(f) for f in forms)), stems=True))
    parts += closed_up
    if term.also:
        # The word and the one beside it closed up (with_closed_up): "air strikes", "airstrikes".
        parts.append(Lookup(term.also))
    if term.also_stems:  # 80-летие: «восьмидесятилетию» (query_alternatives.with_numbers)
        parts.append(Lookup(term.also_stems, stems=True))
    return (*parts, *spelled_out)


@lru_cache(maxsize=4096)
def _states_of(word: str) -> tuple[str, ...]:
    """The forms, as written, of the state a Russian adjective typed names: those the table
    lists to be looked up so (demonyms.states_written: иранский, «Ирана»), or the state's
    case forms (египетский: «Египта», whose word form is not Египет's: a fleeting vowel;
    session 40). Empty for another word."""
    if found := states_written(word):
        return found
    if not (_CYRILLIC.search(word) and word.islower()):
        return ()
    named = [s for s in demonyms(word) if s[:1].isupper() and " " not in s]
    return tuple(dict.fromkeys(f for s in named for f in place_forms(s)))


def _spelled_out_forms(term: Term) -> tuple[str, ...]:
    """The word forms a term's names are looked up by (with_phrases), and those of what posts
    write for it and them as abbreviations (abbreviations.forms_of)."""
    names = [analyse(p) for p in term.phrases]
    more = [f for p in (term.body, *term.phrases) for f in forms_of(p)]
    return tuple(dict.fromkeys(f for f in (*names, *more) if f))


def _written_otherwise(body: str, found: list[str]) -> tuple[str, ...]:
    """A word hyphenated once, written as one ("cease-fire" -> "ceasefire"); letters and a
    number written as one, apart ("COP29" -> "cop 29", which also finds "COP-29"; a hashtag's
    too: "#G20" -> "g 20", "G-20")."""
    body = body.removeprefix("#")
    if len(found) == 2 and body.count("-") == 1 and "-".join(found) == body:
        return ("".join(found),)
    if len(found) == 1 and (m := _LETTERS_THEN_NUMBER.fullmatch(body)):
        return (f"{m[1]} {m[2]}".lower(),)
    if _LARGE.fullmatch(body) and not _YEAR.fullmatch(body):
        # 13000 is also written "13,000", "13 000" (to the index: "13 000"; session 36).
        return (f"{int(body):,}".replace(",", " "),)
    if _GROUPED.fullmatch(body):
        return (re.sub(r"\D", "", body),)  # "13,000": 13000
    return scale_split(found[-1]) if found else ()  # $300bn: 300 billion


_LETTERS_THEN_NUMBER = lazy_re.compile(r"([^\W\d_]+)(\d{1,4})")
_LARGE = lazy_re.compile(r"[1-9]\d{3,11}")
_YEAR = lazy_re.compile(r"(?:1[89]|20)\d\d")
_GROUPED = lazy_re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def _phrase_spellings(found: list[str]) -> tuple[str, ...]:
    """A phrase with each of its words in its other spelling, where it has one; and with
    its initials written with dots ("UN Security Council": "U.N. Security Council")."""
    out = []
    other = [next((o for o in spellings(w) if " " not in o), w) for w in found]
    if other != [w.lower() for w in found]:
        out.append(" ".join(other))
    if any(_INITIALS.fullmatch(w) for w in found):
        out.append(" ".join(" ".join(w) if _INITIALS.fullmatch(w) else w for w in found))
    return tuple(out)


def marked(term: Term) -> str:
    """What of a term a passage marks: the word of a possessive or an ordinal (core_word)."""
    return (None if term.quoted else core_word(term.body)) or term.body


def _phrase_forms(body: str, analysed: str) -> tuple[str, ...]:
    """The word forms of the phrase ``body`` (``analysed``), and the phrase with a word of a
    fleeting vowel in its other forms' (session 44: "День дипломатического работника",
    «Днём дипломатического работника»: «ден», «днем»), at most _PHRASE_FORMS."""
    typed = words(body)
    choices = [tuple(dict.fromkeys(map(analyse_word, [w, *_fleeting(w)]))) for w in typed]
    if " ".join(c[0] for c in choices) != analysed:
        return (analysed,)
    # Each word's forms are distinct, so their products are: the first _PHRASE_FORMS alone.
    joined = itertools.islice(itertools.product(*choices), _PHRASE_FORMS)
    return tuple(" ".join(c) for c in joined)


def _fleeting(word: str) -> list[str]:
    """A fleeting-vowel noun's other case forms, ``word`` its nominative or one of them
    (день: «дня», «днём»; дня: «день», «днём»); empty for another word."""
    forms = [*fleeting_forms(word)]
    for nominative in nominatives(word):
        forms += [nominative, *fleeting_forms(nominative)]
    return forms


def other_forms(word: str) -> tuple[str, ...]:
    """A one-word term's other forms spelled out: a fleeting-vowel noun's case forms, when it
    is its nominative; when it is one of their case forms, their nominatives and every case
    form (archive/variants.py); the forms of its lexeme that its word form does not reach
    (archive/lexemes.py: провёл -> проведут, hold -> held)."""
    forms = [*_fleeting(word), *lexeme_forms(word)]
    return tuple(f for f in dict.fromkeys(forms) if f != word.lower())
