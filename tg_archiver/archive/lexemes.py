"""A query word's forms that its Snowball stem does not reach, spelled out to look up as words.

Snowball cuts endings; it cannot join forms whose stem itself changes:

- **Russian verbs** across tense, aspect and person: ``провёл`` (``провел``), ``проведут``
  (``провед``), ``подписали`` (``подписа``), ``подпишут`` (``подпишут``); and the verb of
  the other aspect (archive/aspects.py): ``заявляет`` finds ``заявил``, ``проводить``
  finds ``провёл``. The verb's forms come
  from its lexeme in OpenCorpora's dictionary (pymorphy3, :func:`forms`): the infinitive and
  the finite forms, the passive participles ("заморозить активы" finds "замороженных
  активов") and the past active ones ("погибли" finds "погибших"), without present active
  participles and verbal adverbs (adjectives and adverbs of their own to a reader:
  "следующий", "ведущий") nor imperatives; a participle typed reaches its verb. The same
  holds for a noun's or an adjective's lexeme (``человек``/``людей``): a form whose word
  form differs is looked up as written.
- **Russian surnames** (:func:`surname_forms`): ``Лавров`` and ``Лавровый`` ("bay", as in
  bay leaf) share a stem, ``Захаровой`` and ``Захаров`` (another person) too. When the
  dictionary reads the typed word as a surname first, the surname's forms of the gender typed
  (and its plural) are looked up instead of its stem.
- **Places** (:func:`place_forms`): ``Армения`` and ``армия``, ``Австрия`` and ``Австралия``,
  ``Нигер`` and ``Нигерия`` share a stem. A word the dictionary reads as a place name first
  (or at all, typed with a capital) is looked up by the place's forms instead of its stem.
- **English irregular forms**: ``hold``/``held``, ``crisis``/``crises``, ``child``/``children``,
  ``go``/``went``, ``man``/``men``. From english_forms.txt, made from lemminflect's table by
  tools/english_forms.py; lemminflect itself would load numpy and 0.5 s of tables into
  every English search.

Guards against another word's forms: a generated Russian form is kept only when the
dictionary reads it first as a form of the same lemma (``после`` is a form of ``посол`` to
it, but first the preposition) and when it is not a function word; an English form that is
also a word of its own (``found``, ``left``, ``data``) is found from its lemma, but typed it
does not spread to the lemma. The words of a lexeme whose word form equals the typed word's
are left out: the word-form lookup finds them already.

The dictionary (about 0.15 s and 15 MB) is loaded on the first Cyrillic word a query looks
up, never by `stats`, `--help` or a Latin-only search. Both engines' query builders call
:func:`forms` (SQLite: archive/query_lookups.py).
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.variants import is_function_word

__all__ = [
    "NAME_GRAMMEMES",
    "derived_forms",
    "dictionary",
    "forms",
    "is_person",
    "lemmas",
    "likely",
    "place_forms",
    "plural_only_forms",
    "special_compounds",
    "surname_forms",
]

# The dictionary's readings of a name: a person's, a place's, an organisation's.
NAME_GRAMMEMES = frozenset({"Geox", "Surn", "Name", "Patr", "Orgn", "Trad"})

_CYRILLIC_WORD = lazy_re.compile(r"[а-яё]+(?:-[а-яё]+)?")
_LATIN_WORD = lazy_re.compile(r"[a-z]+")
# Parts of speech whose other forms are looked up; present active participles, verbal
# adverbs (GRND) and comparatives (COMP) are other words to a reader, and function words do
# not inflect. A verb's passive and past active participles are its (_participle).
_KEPT = frozenset({"NOUN", "ADJF", "ADJS", "VERB", "INFN"})
# Lemmas whose forms are not spread: быть's are function words (был, будет, суть, есмь),
# and есть is "there is" far more often than "to eat" (ел, ели).
_NOT_SPREAD = frozenset({"быть", "есть"})
_VERBS = frozenset({"VERB", "INFN"})
_ADJECTIVES = frozenset({"ADJF", "ADJS"})
# Comparatives that are words of quantity and time first ("more", "less", "earlier",
# "later", "further"): a search of their adjective does not find them.
_COMMON_COMPARATIVES = frozenset(
    {"больше", "меньше", "раньше", "позже", "позднее", "ранее", "дальше", "далее", "побольше"}
)
_PARTICIPLES = frozenset({"PRTF", "PRTS"})
# Shorter forms are abbreviations or archaic (е, гг): they would match letters and initials.
_MIN_FORM = 3
# Parses of the typed word are used when at least this share of the best one's score
# (Лавров: a surname at 0.57, лавр's genitive plural at 0.14: only the surname).
_SCORE_SHARE = 0.5


@lru_cache(maxsize=4096)
def is_person(word: str) -> bool:
    """Whether the dictionary reads the Cyrillic ``word`` as a first name, a surname or a
    patronymic ("Петер", "Захарова", "Сергеевич"; typed with a capital, any of its readings,
    as :func:`surname_forms` does: "Примаков" is first the plural of "примак")."""
    return any(_readings_as(word, g) for g in ("Name", "Surn", "Patr"))


def dictionary() -> Any:
    """pymorphy3's analyzer (OpenCorpora's dictionary), loaded once, on first use."""
    return _analyzer()


@cache
def _analyzer() -> Any:
    """pymorphy3's analyzer, loaded once, on the first Cyrillic word looked up."""
    from tg_archiver.archive.morph_dictionary import analyzer

    return analyzer()


@lru_cache(maxsize=20_000)
def forms(word: str) -> tuple[str, ...]:
    """The written forms of ``word`` (lower-cased) that its word form does not reach: a
    Russian word's lexeme (or, for a surname, :func:`surname_forms`) and an English word's
    irregular forms, each only when its word form differs from ``word``'s. Empty for a
    function word and for a word in neither script."""
    w = word.lower()
    if _LATIN_WORD.fullmatch(w):
        return _english(w)
    if not _CYRILLIC_WORD.fullmatch(w) or is_function_word(w):
        return ()
    if surnames := surname_forms(word):
        return surnames
    own = analyse_word(w)
    out: list[str] = []
    readings = likely(w)
    for parse in readings:
        # A participle typed is its verb's when the dictionary reads it so first
        # ("заморожены": заморозить, "погибших": погибнуть), not when it reads an adjective
        # first ("следующий", "бывший").
        # A verbal adverb typed too ("подчеркнув": подчеркнул, session 36).
        # And a perfective's past participle the dictionary reads as likely as an adjective
        # ("погибшие": погибли, "убитые": убить; not "следующий", a present one).
        first = parse is readings[0] or (
            parse.score >= readings[0].score
            and parse.tag.aspect == "perf"
            and (parse.tag.tense == "past" or "pssv" in parse.tag)
        )
        verb = parse.tag.POS in _VERBS or (parse.tag.POS in _PARTICIPLES | {"GRND"} and first)
        if parse.tag.POS == "COMP":
            # A comparative typed (выше, сильнее): its adjective's forms (session 36).
            out += (f for p in _adjectives_of(parse) for f in _lexeme_forms(p, own))
            continue
        if not (verb or parse.tag.POS in _KEPT) or parse.normal_form in _NOT_SPREAD:
            continue
        out += _lexeme_forms(parse, own)
        if parse.tag.POS in _ADJECTIVES:
            out += _comparatives(parse, own)
        if verb:
            # заявляет finds заявил: the verb of the other aspect (archive/aspects.py).
            from tg_archiver.archive.aspects import partners

            for partner in partners(str(parse.normal_form)):
                out += (f for p in _as_lemma(partner) for f in _lexeme_forms(p, own))
    return _with_e(out, w)


@lru_cache(maxsize=20_000)
def derived_forms(word: str) -> tuple[str, ...]:
    """The forms of the words derived from the Cyrillic ``word``'s lemma in another part of
    speech (archive/derivations.py: санкционный -> «санкции», подпишут -> «подписание»), a
    derived verb's with its aspect partner's; empty for a name (surname, place), a function
    word and a word in another script. Looked up as a tier below the word's own forms."""
    from tg_archiver.archive.aspects import partners
    from tg_archiver.archive.derivations import related

    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w) or is_function_word(w) or surname_forms(word):
        return ()
    own = analyse_word(w)
    readings = likely(w)
    out: list[str] = []
    for parse in readings:
        pos = str(parse.tag.POS)
        if pos in _VERBS or (pos in _PARTICIPLES | {"GRND"} and parse is readings[0]):
            pos = "INFN"
        elif pos == "ADJS":
            pos = "ADJF"
        elif pos not in {"NOUN", "ADJF"} or parse.normal_form in _NOT_SPREAD:
            continue
        lemma = str(parse.normal_form)
        # A verb's aspect partner's derivations too: выслали (выслать), высылать's высылка.
        mates = partners(lemma) if pos == "INFN" else ()
        for other in (*related(lemma, pos), *(o for m in mates for o in related(m, pos))):
            out += _lexeme_forms(other, own)
            if other.tag.POS == "INFN":
                for partner in partners(str(other.normal_form)):
                    out += (f for p in _as_lemma(partner) for f in _lexeme_forms(p, own))
    return _with_e(out, w)


_SPECIAL = "спец"
_MIN_SPECIAL = 4  # letters of a noun that a «спец-» compound is made of: not «наз»


@lru_cache(maxsize=4096)
def special_compounds(word: str) -> tuple[str, ...]:
    """The forms of the «спец-» compound of the Cyrillic noun ``word`` (трибунал:
    «спецтрибунала»; посланник: «спецпосланником»): one of the things the noun names, as a
    «ген-» compound is (archive/derivations.py), but made from the noun's own forms, for
    the dictionary knows few of them (session 53). Empty for a name, a word the dictionary
    does not know, a compound already and a word of fewer than four letters."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w) or w.startswith(_SPECIAL) or is_function_word(w):
        return ()
    if not dictionary().word_is_known(w):
        return ()  # a word it guesses a noun («Кирсти»), a name maybe
    return tuple(
        dict.fromkeys(
            _SPECIAL + form.word
            for parse in likely(w)
            if parse.tag.POS == "NOUN"
            and not NAME_GRAMMEMES & parse.tag.grammemes
            and len(parse.normal_form) >= _MIN_SPECIAL
            for form in parse.lexeme
        )
    )


def _lexeme_forms(parse: Any, own: str) -> list[str]:
    """The forms of ``parse``'s lexeme worth looking up by their spelling: its kept parts
    of speech and a verb's participles (_participle), not imperatives, not function words,
    not those the word form ``own`` finds already, nor those the dictionary reads as another
    word first."""
    return [
        form.word
        for form in parse.lexeme
        if (form.tag.POS in _KEPT or _participle(form, parse) or _verbal_adverb(form, parse))
        and len(form.word) >= _MIN_FORM
        and form.tag.mood != "impr"
        and analyse_word(form.word) != own
        and not is_function_word(form.word)
        and _first_lemma(form.word) == parse.normal_form
    ]


def _verbal_adverb(form: Any, parse: Any) -> bool:
    """Whether ``form`` of a verb's lexeme is its verbal adverb ("подчеркнул":
    «подчеркнув», «подчёркивая»): the same statement in another construction («заявил,
    подчеркнув» / «подчеркнул»). One the dictionary reads as another word first
    («включая», «благодаря»: prepositions) is left out by _first_lemma."""
    return form.tag.POS == "GRND" and parse.tag.POS in _VERBS | _PARTICIPLES | {"GRND"}


def _comparatives(parse: Any, own: str) -> list[str]:
    """An adjective's comparatives ("высокий": «выше», «повыше»; "сильный": «сильнее»), found
    in its lexeme or, where the dictionary files them under the adverb («высоко»: выше), in
    the adverb's; kept when the dictionary reads them as the comparative at all (first it
    reads «выше» as "above"), not when it is a function word («больше», «меньше»)."""
    lexemes = [parse.lexeme]
    if not any(f.tag.POS == "COMP" for f in parse.lexeme):
        adverb = next((f.word for f in parse.lexeme if "ADJS" in f.tag and "neut" in f.tag), "")
        lexemes += [p.lexeme for p in _analyzer().parse(adverb) if p.tag.POS == "ADVB"]
    return [
        form.word
        for lexeme in lexemes
        for form in lexeme
        if form.tag.POS == "COMP"
        and len(form.word) >= _MIN_FORM
        and analyse_word(form.word) != own
        and not is_function_word(form.word)
        and form.word not in _COMMON_COMPARATIVES
    ]


def _adjectives_of(parse: Any) -> list[Any]:
    """The adjective a comparative reading is of ("сильнее": сильный; "выше", which the
    dictionary files under the adverb «высоко»: высокий)."""
    lemma = str(parse.normal_form)
    found = [p for p in _analyzer().parse(lemma) if p.tag.POS == "ADJF"]
    if not found and lemma.endswith("о"):
        for ending in ("ий", "ый", "ой"):
            found += (
                p
                for p in _analyzer().parse(lemma[:-1] + ending)
                if p.tag.POS == "ADJF" and p.normal_form == lemma[:-1] + ending
            )
    return found[:1]


def _as_lemma(infinitive: str) -> list[Any]:
    """The dictionary's readings of ``infinitive`` as the infinitive of its own lexeme."""
    return [
        p
        for p in _analyzer().parse(infinitive)
        if p.tag.POS == "INFN" and p.normal_form == infinitive
    ]


def _participle(form: Any, parse: Any) -> bool:
    """Whether ``form`` of ``parse``'s lexeme is a participle of a verb a reader takes for
    the verb: a passive one, what was done ("заморозить активы" -> "замороженных активов",
    "провести" -> "проведённых переговоров"), and a past active one, who did it or what
    befell them ("погибли" -> "погибших", "прибыл" -> "прибывшим"). Not a present active
    one: those are the ones that became adjectives ("следующий", "ведущий", "действующий",
    "текущий"). Spelled out, not looked up by word form: заявленный's (заявл) is
    заявление's too, and stemmed to a fixed point действующий's is действие's."""
    if parse.tag.POS not in _VERBS | _PARTICIPLES or form.tag.POS not in _PARTICIPLES:
        return False
    return "pssv" in form.tag or form.tag.tense == "past"


@lru_cache(maxsize=20_000)
def surname_forms(word: str) -> tuple[str, ...]:
    """When ``word`` (Cyrillic) is a surname, its forms of the gender(s) typed and its plural
    forms (``Захаровой`` -> ``захарова``, ``захаровой``, ``захарову``, ``захаровы``, ...; not
    ``захаров``); else empty. A surname: the dictionary's first reading, or, typed with a
    capital, any of its readings (``Песков``: first the genitive plural of ``песок``)."""
    surnames = _readings_as(word, "Surn")
    if not surnames:
        return ()
    genders = {p.tag.gender for p in surnames}
    # Her plural forms that are his singular too («Захаровым») are left to his (session 40).
    others = {
        form.word
        for parse in surnames
        for form in parse.lexeme
        if form.tag.number == "sing" and form.tag.gender not in genders
    }
    found = [
        form.word
        for parse in surnames
        for form in parse.lexeme
        if form.tag.gender in genders or (form.tag.number == "plur" and form.word not in others)
    ]
    # A foreign name declines as a noun, not as a Russian surname: "Си Цзиньпином", not
    # "Цзиньпиным". When the dictionary also reads the word as a noun of the surname's
    # lemma and gender, that noun's forms count too.
    lemmas = {p.normal_form for p in surnames}
    found += (
        form.word
        for parse in _analyzer().parse(word.lower())
        if parse.tag.POS == "NOUN"
        and "Surn" not in parse.tag
        and parse.normal_form in lemmas
        and parse.tag.gender in genders
        for form in parse.lexeme
    )
    found += _foreign_cases(word.lower(), surnames)
    return _with_e([*found, word.lower()], "")


_HARD_END = lazy_re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def _foreign_cases(word: str, surnames: list[Any]) -> list[str]:
    """A foreign surname ending in a consonant that the dictionary reads as indeclinable
    of either gender (its guess for «Уиткофф»): a man's declines as a noun («Уиткоффа»,
    «Уиткоффу», «Уиткоффом», «Уиткоффе»; session 48), as Russian writes it."""
    if not _HARD_END.search(word) or not all("Fixd" in p.tag for p in surnames):
        return []
    if not any("ms-f" in p.tag for p in surnames):
        return []
    last = "ем" if word[-1] in "жшчщц" else "ом"
    return [word + end for end in ("а", "у", last, "е", "ы", "ов", "ам", "ами", "ах")]


@lru_cache(maxsize=20_000)
def place_forms(word: str) -> tuple[str, ...]:
    """When ``word`` (Cyrillic) names a place, its forms (``Австрии`` -> ``австрия``,
    ``австрии``, ``австрию``, ``австрией``, ...); else empty. A place: the dictionary's first
    reading, or, typed with a capital, any of its readings (``Чад``: first ``чадо``'s
    genitive plural). Its word form is not looked up: stemmed to a fixed point, Армения and
    армия share one, Австрия and Австралия, Ливия and Ливан, Куба and Кубань; and Snowball
    alone gives Нигер and Нигерия, Мали and малых one. A state with two names in use
    (Беларусь and Белоруссия, Молдова and Молдавия: _NAME_PAIRS) is found by both. A word
    the dictionary does not know is no place: its readings are guesses by its ending
    (``Небензе``, a foreign surname's dative, guessed the place "Небенза"), and its word form
    finds its forms (``Небензя``, ``Небензи``)."""
    places = _readings_as(word, "Geox")
    if not places or not _analyzer().word_is_known(word.lower()):
        return ()
    found = [form.word for parse in places for form in parse.lexeme]
    for other in {o for p in places for o in _OTHER_NAMES.get(str(p.normal_form), ())}:
        found += (f.word for p in _analyzer().parse(other) if "Geox" in p.tag for f in p.lexeme)
    return _with_e([*found, word.lower()], "")


@lru_cache(maxsize=20_000)
def plural_only_forms(word: str) -> tuple[str, ...]:
    """When ``word`` (Cyrillic) is read only as a plural-only noun whose forms are also
    another noun's plural (``выборы``, elections, and ``выбор``, a choice, plural ``выборы``;
    ``весы`` and ``вес``), that noun's forms (``выборы``, ``выборов``, ``выборам`` ...): its
    word form is the other noun's too, and a search for the elections found every choice
    (session 36). Else empty."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w):
        return ()
    readings = likely(w)
    if not readings or not all(p.tag.POS == "NOUN" and "Pltm" in p.tag for p in readings):
        return ()
    lemmas = {p.normal_form for p in readings}
    if not any(
        p.tag.POS == "NOUN" and p.normal_form not in lemmas and "Pltm" not in p.tag
        for p in _analyzer().parse(w)
    ):
        return ()
    return _with_e([f.word for p in readings for f in p.lexeme] + [w], "")


# A state's two names in Russian, both current in the press (the official one and the
# older one): a search of either finds both, in every case.
_NAME_PAIRS = (
    ("беларусь", "белоруссия"),
    ("молдова", "молдавия"),
    ("кыргызстан", "киргизия"),
    ("туркменистан", "туркмения"),
    ("мьянма", "бирма"),
    ("эсватини", "свазиленд"),
    ("великобритания", "британия"),
)
_OTHER_NAMES = {a: (b,) for a, b in _NAME_PAIRS} | {b: (a,) for a, b in _NAME_PAIRS}


def _readings_as(word: str, grammeme: str) -> list[Any]:
    """The dictionary's readings of ``word`` (Cyrillic) as a ``grammeme`` (a surname
    "Surn", a place "Geox") worth looking up: when its first reading is one, or, typed with a
    capital, any is; the likeliest of them (at least _SCORE_SHARE of the best one's score)."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w):
        return []
    parses = _analyzer().parse(w)
    if not parses or (grammeme not in parses[0].tag and not word[:1].isupper()):
        return []
    found = [p for p in parses if grammeme in p.tag]
    return [p for p in found if p.score >= found[0].score * _SCORE_SHARE]


@lru_cache(maxsize=4096)
def lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of the Cyrillic ``word`` by its likely readings (at least _SCORE_SHARE of
    the best one's score), likeliest first: ``Евросоюза`` -> ``("евросоюз",)``; empty for a
    word in another script."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w):
        return ()
    return tuple(dict.fromkeys(str(p.normal_form) for p in likely(w)))


def likely(word: str) -> list[Any]:
    """The dictionary's likely readings of ``word`` (lower-case): at least _SCORE_SHARE of
    the best one's score, best first."""
    parses = _analyzer().parse(word)
    if not parses:
        return []
    best = parses[0].score
    return [p for p in parses if p.score >= best * _SCORE_SHARE]


@lru_cache(maxsize=50_000)
def _first_lemma(word: str) -> str:
    """The lemma the dictionary reads ``word`` as first (``после``: the preposition)."""
    parses = _analyzer().parse(word)
    return str(parses[0].normal_form) if parses else word


def _with_e(found: list[str], typed: str) -> tuple[str, ...]:
    """``found`` without ``typed``, each form with ``ё`` also spelled with ``е`` (the unstemmed
    columns do not fold it), in order, without repeats."""
    out = [f for f in found if f != typed]
    out += [f.replace("ё", "е") for f in out if "ё" in f]
    return tuple(f for f in dict.fromkeys(out) if f != typed)


def _english(word: str) -> tuple[str, ...]:
    own = analyse_word(word)
    # A regular form of a listed lemma ("striking", "holding": not listed, their word form
    # is the lemma's) reaches the lemma's irregular forms too ("struck", "held").
    group = _english_groups().get(word) or _english_by_lemma_form().get(own, ())
    return tuple(f for f in group if analyse_word(f) != own)


@cache
def _english_by_lemma_form() -> dict[str, tuple[str, ...]]:
    """Each listed lemma's word form -> the lemma's forms (see _english_groups)."""
    groups = _english_groups()
    with open(os.path.join(os.path.dirname(__file__), "english_forms.txt"), encoding="utf-8") as f:
        # Not an adjective's line ("+high higher highest"): "security" (secur, as "secure")
        # is no form of "secure", whose comparatives it would reach.
        lemmas = [line.split()[0] for line in f if line.strip() and line[0] not in "#+"]
    return {analyse_word(lemma): groups[lemma] for lemma in lemmas if lemma in groups}


@cache
def _english_groups() -> dict[str, tuple[str, ...]]:
    """Each listed English word -> every form of its lemma (see english_forms.txt: a form
    after ``|`` is reached from the lemma but has no entry of its own)."""
    # os.path, not pathlib or importlib.resources: neither is loaded yet by `search`.
    with open(os.path.join(os.path.dirname(__file__), "english_forms.txt"), encoding="utf-8") as f:
        text = f.read()
    groups: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        two_way, _, one_way = line.removeprefix("+").partition("|")
        spread = two_way.split()
        every = (*spread, *one_way.split())
        for form in spread:
            groups[form] = tuple(dict.fromkeys((*groups.get(form, ()), *every)))
    return groups
