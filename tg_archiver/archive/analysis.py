"""Word forms for search: the stemmed, folded copy of a text that the FTS index keeps beside it.

SQLite's ``unicode61`` tokenizer matches words exactly (case and Latin diacritics aside), so
``санкции`` misses ``санкций`` and ``summit`` misses ``summits``. Python's sqlite3 cannot add a
tokenizer to FTS5, so the word forms are made here instead: :func:`analyse` turns a text into
one analysed token per word, in order, and the store indexes that string in its own column
(``posts.search_stems``, computed at ingest in the same transaction). A query's words go through
the same :func:`analyse_word`, so both sides meet on the same forms.

Each word is folded, then stemmed by its script: Cyrillic words by the Russian Snowball stemmer
(with ``ё`` read as ``е``), Latin ones by the English stemmer after a UK/US spelling fold
(``organisation``/``organization``, ``harbour``/``harbor``, ``centre``/``center``), with Latin
diacritics removed (``café`` is ``cafe``). A word in neither script is only lower-cased.

Russian surnames and a few nouns lose a suffix in one form and not in another (``Лавров`` ->
``лавр`` but ``Лаврова`` -> ``лавров``, ``саммит`` -> ``самм`` but ``саммиты`` -> ``саммит``), so
a Russian word is stemmed again until its stem stops changing: both forms then meet. That
merges a few more unrelated words than one pass; the exact form still ranks first (the store
weighs the unstemmed columns too).

A post's heading (archive/heading.py: a feed item's title, or the short first line that names
a longer post) is analysed twice: :func:`index_forms` appends its forms again after the
post's, so its words count twice in the word forms' column, as a title's do in its own
column (weighed 2 by the store's BM25). That is how "Kazan summit" finds the statement
headed by those words before a long briefing mentioning them, in any of their forms.

PyStemmer (the Snowball C library) was measured at 3.0M words/s against 22k words/s for the
pure-Python snowballstemmer: the latter would make ingest several times slower.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import Stemmer

from tg_archiver.archive import lazy_re
from tg_archiver.archive.heading import heading
from tg_archiver.archive.line_words import text_words
from tg_archiver.archive.word_memo import WordMemo

__all__ = [
    "LOWER_APART",
    "analyse",
    "analyse_word",
    "fold",
    "index_forms",
    "strip_marks",
    "us_spelling",
    "words",
]

# What unicode61 keeps as token characters (letters, digits; '_' and marks separate tokens).
_WORD = lazy_re.compile(r"[^\W_]+")
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_RUSSIAN = Stemmer.Stemmer("russian")
_ENGLISH = Stemmer.Stemmer("english")
_MIN_RUSSIAN_STEM = 3

# UK spellings to US ones, applied to a lower-cased Latin word before stemming. Both a
# document's and a query's words are folded, so a fold that also catches an unrelated word
# ("premise" -> "premize") changes nothing as long as no other word folds onto it.
_UK_US = (
    (lazy_re.compile(r"(?<=\w{3})is(ation|ations|e|es|ed|ing|er|ers)$"), r"iz\1"),
    (lazy_re.compile(r"(?<=\w{2})ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (lazy_re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|er|ers)?$"), r"or\1"),
    (lazy_re.compile(r"(?<=\w{2}[bt])re(s|d)?$"), r"er\1"),
    (lazy_re.compile(r"(?<=\w{3})ogue(s)?$"), r"og\1"),
    (lazy_re.compile(r"(?<=\w{2})ell(ed|ing|er|ers|or|ors)$"), r"el\1"),
    (lazy_re.compile(r"(?<=\w{2})(?<=[fct]en)ce(s)?$"), r"se\1"),
)
_WHOLE_WORDS = {
    "programme": "program",
    "programmes": "programs",
    "judgement": "judgment",
    "judgements": "judgments",
    "ageing": "aging",
    "grey": "gray",
    "cheque": "check",
    "cheques": "checks",
    "tyre": "tire",
    "tyres": "tires",
}


def words(text: str) -> list[str]:
    """The words of ``text`` as FTS5's unicode61 tokenizer splits them."""
    return _WORD.findall(text)


def analyse(text: str) -> str:
    """The analysed copy of ``text``: one stemmed, folded token per word, space-separated
    and in order (a phrase of stems is then also a phrase in this copy)."""
    # The words as the text's lines have had them read already (archive.line_words: ingest
    # cleaned the post just before), each looked up as written in a plain dict (_FORMS, a
    # WordMemo), a C-level call a word: a word's form is its lower-cased word's. A text with
    # a letter that lower-cases apart (LOWER_APART) or an underscore (which splits a word
    # here, not there) is lower-cased whole and read again, as every text once was.
    if "_" in text or any(c in text for c in LOWER_APART):
        words = _WORD.findall(text.lower())
    else:
        words = text_words(text)
    return " ".join(_FORMS(words))


# The letters whose lower case is not one word character of its own: "İ" is "i" and a
# combining dot, and "Σ" is "ς" or "σ" by the letters around it. Every other letter,
# digit or mark of a word lower-cases to one that is a word's, and nothing else to one that
# is (tests/test_analysis.py checks it over all of Unicode), so the words of a text without
# these, lower-cased one by one, are the words of the text lower-cased.
LOWER_APART = ("İ", "Σ")


def index_forms(text: str, title: str | None = None) -> str:
    """What the index keeps as a post's word forms (``posts.search_stems``): the analysed
    title and text, then the analysed heading again (see the module docstring)."""
    forms = analyse(f"{title}\n{text}" if title else text)
    head = heading(text, title)
    return f"{forms} {analyse(head)}" if head else forms


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> str:
    """One word's folded stem (see the module docstring). Cached: a channel's vocabulary is
    small next to its text, and most words recur."""
    return _analysed(word)


def _analysed(word: str) -> str:
    """:func:`analyse_word`, not cached."""
    word = word.lower()
    if _CYRILLIC.search(word):
        return _russian(word.replace("ё", "е"))
    folded = _fold_latin(word)
    if folded.isascii() and folded.isalpha():
        return _ENGLISH.stemWord(us_spelling(folded))
    return folded


# analyse's words' forms (words as written, or lower-cased), the last 200,000 words': a form
# depends on its word alone, so what is kept never changes what analyse gives.
_FORMS = WordMemo(_analysed, 200_000)


def fold(word: str) -> str:
    """``word`` lower-cased, ``ё`` as ``е`` and Latin diacritics removed: how a prefix is
    compared with the words it may start."""
    return _fold_latin(word.lower().replace("ё", "е"))


def _russian(word: str) -> str:
    stem = _RUSSIAN.stemWord(word)
    while len(stem) > _MIN_RUSSIAN_STEM:
        again = _RUSSIAN.stemWord(stem)
        if again == stem or len(again) < _MIN_RUSSIAN_STEM:
            break
        stem = again
    return stem


def _fold_latin(word: str) -> str:
    """``word`` without combining marks (``café`` -> ``cafe``) when that leaves it ASCII;
    other scripts keep theirs (``й`` is not ``и``)."""
    if word.isascii():
        return word
    bare = strip_marks(word)
    return bare if bare.isascii() else word


def strip_marks(word: str) -> str:
    """``word`` without its combining marks, whatever its script (``Tô`` -> ``To``, but
    also ``й`` -> ``и``: callers choose the words it is right for)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# The endings one of _UK_US's patterns needs: a word with none of them is never changed, so
# most words are looked at once instead of by seven patterns.
_UK_ENDINGS = (
    *("isation", "isations", "ise", "ises", "ised", "ising", "iser", "isers"),
    *("yse", "yses", "ysed", "ysing", "yser", "ysers"),
    *("our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourer", "ourers"),
    *("bre", "bres", "bred", "tre", "tres", "tred", "ogue", "ogues"),
    *("elled", "elling", "eller", "ellers", "ellor", "ellors"),
    *("ence", "ences", "ense", "enses"),
)


def us_spelling(word: str) -> str:
    """A lower-case Latin ``word`` in US spelling (``organisation`` -> ``organization``;
    a word with no other spelling as it is)."""
    if (whole := _WHOLE_WORDS.get(word)) is not None:
        return whole
    if not word.endswith(_UK_ENDINGS):
        return word
    for pattern, replacement in _UK_US:
        word, n = pattern.subn(replacement, word)
        if n:
            break
    return word
