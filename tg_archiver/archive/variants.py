"""Other written forms of a query word that the index's unstemmed columns may hold.

A word of a search is looked up as typed in the unstemmed columns and by its word form in
the stemmed one (archive/query_lookups.py); a post holding the typed form matches in both, so it
ranks above one holding another form. Two kinds of form are the same word to a reader but
not to that scheme, and are added here to the typed form's side:

- **Spellings** (:func:`spellings`): the UK and the US spelling of one word
  (``fertilisers``/``fertilizers``) and ``ё``/``е`` (``объём``/``объем``). Their stems already
  meet; without this, a post spelling the word the other way ranked as if it held another
  form, and a shorter post with another form (``fertilizer``) could come first.
- **Fleeting vowels** (:func:`fleeting_forms`): Russian nouns that drop a vowel of their last
  syllable when inflected (``посол`` -> ``посла``, ``отец`` -> ``отца``, ``день`` -> ``дня``,
  ``рынок`` -> ``рынка``, ``палец`` -> ``пальца``, ``заём`` -> ``займа``). Snowball stems
  the nominative and the other cases apart (``посол``, ``посл``), and ``посл`` is also the
  stem of ``после`` ("after"), so looking up the shorter stem would match "after" everywhere.
  Instead the noun's other case forms are spelled out and looked up as words, and any that is
  also a common function word (``после``) is left out: those posts are found by what they
  hold, not by what a stem could also mean. A noun that keeps its vowel (``совет``, ``народ``)
  gets forms no text holds (``совта``), which cost a lookup and match nothing; the rare
  one that is another word (``нарды``) is a false match: measured in docs/search.md.

The other way, an inflected form typed (``посла``, ``рынка``, ``отца``) finds its nominative
(:func:`nominatives`: the vowel put back between the stem's last two consonants, kept only
when the typed word is one of that nominative's forms). When its word form is also that of
a function word (``посл``, ``после``; :func:`shadowing`), the query parser looks up the
noun's case forms spelled out instead of that word form, which would also match "after"
(and, stemmed again, ``послание``).

Pure; the query parser calls these for each bare word typed (not for phrases or prefixes,
which match as written).
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from tg_archiver.archive import lazy_re, name_spellings
from tg_archiver.archive.analysis import analyse_word, us_spelling

__all__ = [
    "fleeting_forms",
    "is_function_word",
    "nominatives",
    "shadowing",
    "spellings",
    "transliterations",
]

_RUSSIAN = Stemmer.Stemmer("russian")

# US -> UK only where the way back is unambiguous (-ize/-yze, -eled, a few whole words);
# "-or" and "-er" also end words with no UK spelling ("motor", "water"). A way back that
# makes a non-word ("feeling" -> "feelling") matches nothing. UK -> US is analysis's fold.
_TO_UK = (
    (lazy_re.compile(r"(?<=\w{3})iz(ation|ations|e|es|ed|ing|er|ers)$"), r"is\1"),
    (lazy_re.compile(r"(?<=\w{2})yz(e|es|ed|ing|er|ers)$"), r"ys\1"),
    (lazy_re.compile(r"(?<=\w{2})el(ed|ing|er|ers)$"), r"ell\1"),  # traveled -> travelled
)
_WHOLE_BACK = {
    "program": "programme",
    "programs": "programmes",
    "judgment": "judgement",
    "judgments": "judgements",
    "aging": "ageing",
    "gray": "grey",
    "defense": "defence",
    "offense": "offence",
}

_CONSONANT = "бвгджзклмнпрстфхцчшщ"
_VOWEL = "аеиоуыэюя"
# A nominative of a noun that may drop its last vowel: consonant (or vowel), о/е/ё, consonant,
# perhaps a soft sign. At least four letters: shorter words gave mostly non-words.
_FLEETING = lazy_re.compile(rf"(.*[{_CONSONANT}{_VOWEL}])([оеё])([{_CONSONANT}])(ь?)")
# Surnames and possessives (Лавров, Медведев, Соловьёв) keep their vowel: not fleeting.
_NOT_FLEETING = lazy_re.compile(r"(ов|ев|ёв)$")
_HARD = ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_VELAR = ("а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах")  # after к, г, х
_HUSHING = ("а", "у", "ом", "ем", "е", "и", "ей", "ам", "ами", "ах")  # after ж ш ч щ
_TS = ("а", "у", "ом", "ем", "е", "ы", "ов", "ам", "ами", "ах")  # after ц
_SOFT = ("я", "ю", "ём", "ем", "е", "и", "ей", "ям", "ями", "ях")  # a nominative in -ь
# Function words that an inflected form may coincide with (посол -> после): never looked up.
_FUNCTION_WORDS = frozenset(
    {
        "после", "более", "менее", "около", "возле", "вне", "кроме", "среди", "между", "перед",
        "передо", "через", "сквозь", "вдоль", "поперек", "поперёк", "мимо", "внутри", "снаружи",
        "впереди", "позади", "сзади", "вокруг", "против", "также", "тоже", "теперь", "тогда",
        "всегда", "когда", "где", "куда", "туда", "сюда", "здесь", "там", "тут", "опять", "уже",
        "еще", "ещё", "очень", "почти", "только", "лишь", "даже", "ведь", "вот", "вон", "нет",
        "да", "или", "либо", "если", "чтобы", "хотя", "пока", "едва", "разве", "будто",
        "словно", "точно", "однако", "зато", "итак",
    }
)  # fmt: skip


# One word in several spellings that news writes alike: names transliterated two ways,
# compounds written whole or apart ("cease-fire" is the phrase "cease fire" to the index).
_SPELLING_GROUPS = (
    ("kyiv", "kiev"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenskii"),
    ("tokayev", "tokaev"),
    ("turkey", "türkiye", "turkiye"),
    ("ceasefire", "cease fire"),
    ("ceasefires", "cease fires"),
    ("cooperation", "co operation"),
    ("airstrike", "air strike"),
    ("airstrikes", "air strikes"),
    ("percent", "per cent"),
    ("runoff", "run off"),
    ("runoffs", "run offs"),
    ("ton", "tonne"),
    ("tons", "tonnes"),
    ("diarrhea", "diarrhoea"),
    ("ruble", "rouble"),
    ("rubles", "roubles"),
    ("maneuver", "manoeuvre"),
    ("maneuvers", "manoeuvres"),
    ("maneuvered", "manoeuvred"),
    ("maneuvering", "manoeuvring"),
    ("saint", "st"),
    ("ulaanbaatar", "ulan bator"),
    # "Son of" in an Arabic name, as Russian news writes it either way («Фейсал бен Фархан»).
    ("бин", "бен"),
    # A state's two names in use (Russian ones: archive/lexemes.py, _NAME_PAIRS).
    ("belarus", "byelorussia"),
    ("moldova", "moldavia"),
    ("kyrgyzstan", "kirghizia", "kirgizia"),
    ("turkmenistan", "turkmenia"),
    ("myanmar", "burma"),
    ("eswatini", "swaziland"),
)
_ALSO_SPELLED = {w: tuple(o for o in group if o != w) for group in _SPELLING_GROUPS for w in group}

# An English compound written as one word is also written with a hyphen, which the index
# reads as two words ("re-run", "walk-out"). Where it splits is guessed by how English makes
# such words (no dictionary of English here): a prefix that takes a hyphen before a word
# ("re-run", "co-chair", "non-aligned", "pre-election"), or a verb before a particle ("walk-out",
# "run-off", "crack-down", "build-up", "break-through"). Not "in" nor "on" ("Putin" is no
# "put in"), nor "over"/"under"/"out" as prefixes ("overall" is no "over all").
_COMPOUND_PREFIXES = (
    "re", "co", "pre", "non", "anti", "post", "self", "multi", "semi", "counter", "cross",
    "inter", "mid", "sub",
)  # fmt: skip
_COMPOUND_PARTICLES = ("out", "off", "up", "down", "over", "back", "away", "through")
_MIN_COMPOUND_PART = 3  # of the word before a particle, and of the word after a prefix


# Serbian Cyrillic's own letters, as Russian writes them (Ђоковић: «Джокович»).
_SERBIAN_TO_RUSSIAN = str.maketrans(
    {"ђ": "дж", "ћ": "ч", "џ": "дж", "љ": "ль", "њ": "нь", "ј": "й",
     "Ђ": "Дж", "Ћ": "Ч", "Џ": "Дж", "Љ": "Ль", "Њ": "Нь", "Ј": "Й"}
)  # fmt: skip
_SERBIAN_ONLY = lazy_re.compile("[ђћџљњјЂЋЏЉЊЈ]")


def serbian_as_russian(word: str) -> str:
    """``word`` with Serbian Cyrillic's own letters as Russian writes them (Ђоковић:
    «Джокович»), the same word when it has none."""
    return word.translate(_SERBIAN_TO_RUSSIAN) if _SERBIAN_ONLY.search(word) else word


@lru_cache(maxsize=20_000)
def spellings(word: str) -> tuple[str, ...]:
    """The other spellings of ``word`` (lower-cased): its UK or US spelling, its ``е``
    spelling when it has ``ё``, and the other spellings news writes it in (``Kyiv``/``Kiev``,
    ``ceasefire``/``cease-fire``: _SPELLING_GROUPS). Empty when it has none."""
    w = word.lower()
    out: list[str] = list(_ALSO_SPELLED.get(w, ()))
    # A listed English word's plural, or singular, spelled otherwise too: "ruble" finds
    # "roubles" (the word form of neither is the other's).
    other_number = w[:-1] if w.endswith("s") else w + "s"
    if w.isascii() and other_number in _ALSO_SPELLED:
        out += _ALSO_SPELLED[other_number]
    if "đ" in w:
        out.append(w.replace("đ", "dj"))  # Đoković: "Djokovic", as English writes it
    if "ł" in w:
        out.append(w.replace("ł", "l"))  # Radosław: "Radoslaw" (no mark the index folds)
    if (russian := serbian_as_russian(w)) != w:
        out.append(russian)  # Ђоковић: «Джокович» (session 55)
    if "ё" in w:
        out.append(w.replace("ё", "е"))
    elif "е" in w and (restored := _with_yo(w)):
        out.append(restored)  # typed with е, written with ё: "еще", «Ещё»; "ученые", «учёные»
    if w.isascii() and w.isalpha():
        out.append(us_spelling(w))
        if w in _WHOLE_BACK:
            out.append(_WHOLE_BACK[w])
        for pattern, replacement in _TO_UK:
            other, n = pattern.subn(replacement, w)
            if n:
                out.append(other)
                break
        out += _hyphenated(w)
    return tuple(dict.fromkeys(o for o in out if o != w))


def _with_yo(word: str) -> str:
    """The Cyrillic ``word`` typed with е where the dictionary's likeliest reading writes ё
    ("еще" -> "ещё", "ученые" -> "учёные"); "" when it does not."""
    from tg_archiver.archive.lexemes import dictionary  # lexemes imports this module

    parses = dictionary().parse(word)
    best = parses[0] if parses else None
    if best is None or best.score < 0.5 or "ё" not in best.word:
        return ""
    return str(best.word) if best.word.replace("ё", "е") == word else ""


# A Russian name's -ей and -ай as English writes them either way: Alexei/Alexey,
# Sergei/Sergey, Andrei/Andrey, Nikolai/Nikolay.
_NAME_ENDINGS = (("ei", "ey"), ("ey", "ei"), ("ai", "ay"), ("ay", "ai"))
_MIN_NAME = 5


def transliterations(word: str) -> tuple[str, ...]:
    """A name's other English spellings of a Russian -ей or -ай ending (lower-cased), when
    ``word`` is typed with a capital and is at least five letters: ``Alexei`` -> ``alexey``;
    and of a Persian or Arabic qaf inside it: ``Araghchi`` -> ``araqchi``.
    Only typed so: a word in small letters is more likely an English one (survey, obey)."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return ()
    if not (word[0].isupper() and word[1:].islower()):
        return ()
    w = word.lower()
    if len(word) < _MIN_NAME:  # Yuri: Yury, Iurii (name_spellings.i_and_y)
        return name_spellings.i_and_y(w)
    out = [w[:-2] + theirs for mine, theirs in _NAME_ENDINGS if w.endswith(mine)]
    # Persian and Arabic qaf, written q or gh inside a name: Araghchi/Araqchi,
    # Baghaei/Baqaei (not at its start, where each is more often its own name: Ghana, Qana).
    out += (w[0] + other for other in _qaf_spellings(w[1:]))
    # Other rules transliteration follows: Japarov/Zhaparov, Mirziyoyev/Mirziyoev,
    # Nebenzia/Nebenzya, Vasily/Vassily (archive/name_spellings.py).
    out += name_spellings.english(w)
    out += name_spellings.i_and_y(w)
    return tuple(dict.fromkeys(out))


def _qaf_spellings(rest: str) -> list[str]:
    """``rest`` with each of its ``gh`` written ``q`` and each ``q`` (not ``qu``) ``gh``."""
    if "gh" in rest:
        return [rest.replace("gh", "q")]
    if re.search(r"q(?!u)", rest):
        return [re.sub(r"q(?!u)", "gh", rest)]
    return []


def _hyphenated(word: str) -> list[str]:
    """The English compound ``word`` (lower-case) as its two words, where it may be written
    with a hyphen (see _COMPOUND_PREFIXES): "rerun" -> "re run", "walkout" -> "walk out"."""
    out = [
        f"{prefix} {word[len(prefix) :]}"
        for prefix in _COMPOUND_PREFIXES
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_COMPOUND_PART
    ]
    out += [
        f"{word[: -len(particle)]} {particle}"
        for particle in _COMPOUND_PARTICLES
        if word.endswith(particle) and len(word) - len(particle) >= _MIN_COMPOUND_PART
    ]
    return out


@lru_cache(maxsize=20_000)
def fleeting_forms(word: str) -> tuple[str, ...]:
    """The case forms of ``word`` without its fleeting vowel, when ``word`` (lower-cased)
    looks like the nominative of such a noun (see the module docstring); else empty."""
    w = word.lower()
    m = _FLEETING.fullmatch(w)
    if m is None or len(w) < 4 or _NOT_FLEETING.search(w):
        return ()
    head, vowel, last, soft = m.groups()
    # A nominative ends with no case ending: Snowball leaves it whole (less its soft sign).
    # Not asked after a vowel (заём): Snowball takes "ем" there for a verb's ending.
    plain = w.replace("ё", "е")
    if head[-1] not in _VOWEL and _RUSSIAN.stemWord(plain) != plain.removesuffix("ь"):
        return ()
    if head[-1] in _VOWEL:
        stem = head + "й" + last  # заём -> займ, боец -> бойц
    elif head[-1] == "л" and vowel in "её":
        stem = head + "ь" + last  # палец -> пальц, лёд -> льд
    else:
        stem = head + last  # посол -> посл, отец -> отц
    endings: tuple[str, ...]
    if soft:
        endings = _SOFT
    elif last in "кгх":
        endings = _VELAR
    elif last == "ц":
        endings = _TS
    elif last in "жшчщ":
        endings = _HUSHING
    else:
        endings = _HARD
    forms = [stem + e for e in endings]
    # ё spelled either way in the text (the unstemmed columns do not fold it).
    forms += [f.replace("ё", "е") for f in forms if "ё" in f]
    return tuple(f for f in dict.fromkeys(forms) if f not in _FUNCTION_WORDS)


@lru_cache(maxsize=20_000)
def nominatives(word: str) -> tuple[str, ...]:
    """The nominatives of fleeting-vowel nouns that ``word`` (lower-cased) is a case form of
    (``посла`` -> ``посол``; ``рынка`` -> ``рынок``; ``пальца`` -> ``палец``; ``займа`` ->
    ``заём``, ``заем``), each spelled with and without ``ё``; else empty."""
    w = word.lower()
    if not _CYRILLIC_WORD.fullmatch(w):
        return ()
    guesses: list[str] = []
    for ending in _ENDINGS:
        stem = w.removesuffix(ending)
        if stem == w or len(stem) < 2 or stem[-1] not in _CONSONANT:
            continue
        head, before, last = stem[:-2], stem[-2], stem[-1]
        if before == "й":
            guesses += [head + "ё" + last, head + "е" + last]  # займ -> заём
        elif before == "ь":
            guesses += [head + "е" + last, head + "ё" + last]  # пальц -> палец
        elif before in _CONSONANT:
            guesses += [head + before + v + last + soft for v in "оеё" for soft in ("", "ь")]
    found = [g for g in dict.fromkeys(guesses) if w in fleeting_forms(g)]
    found += [g.replace("ё", "е") for g in found if "ё" in g]
    return tuple(dict.fromkeys(found))


def shadowing(word: str, stem: str) -> tuple[str, ...]:
    """The function words whose word form is ``stem``, the word form of ``word`` (a case form
    of a fleeting-vowel noun: see :func:`nominatives`), other than ``word`` itself: a post
    holding one of them alone does not hold ``word`` (``посла`` and ``после`` share ``посл``)."""
    if not nominatives(word):
        return ()
    others = sorted(_FUNCTION_WORDS - {word.lower()})
    return tuple(f for f in others if analyse_word(f) == stem)


_CYRILLIC_WORD = lazy_re.compile(r"[а-яё]+")
_ENDINGS = sorted({*_HARD, *_VELAR, *_HUSHING, *_TS, *_SOFT}, key=len, reverse=True)


def is_function_word(word: str) -> bool:
    """Whether ``word`` is a Russian function word, which does not inflect: matched as typed
    (``после`` shares its word form with ``посла``)."""
    return word.lower() in _FUNCTION_WORDS
