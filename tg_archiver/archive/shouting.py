"""Lines written in capitals, written as a sentence is, for headlines and summaries.

Ministries head their statements in capitals: "ЗАЯВЛЕНИЕ МИД РОССИИ", then a subtitle in
capitals too ("В СВЯЗИ С РЕШЕНИЕМ СОВЕТА ЕВРОПЕЙСКОГО СОЮЗА …"), "STATEMENT BY THE RUSSIAN
MINISTRY OF FOREIGN AFFAIRS". A digest showed them so: a shouted headline, and the subtitle
as its summary (its words, all capitals, counted as names), the statement's substance left
out. :func:`sentence_cased` writes such lines as an editor would, and joins the heading and
its subtitle into one line: "Заявление МИД России в связи с решением Совета Европейского
союза …".

- **Russian**: lower case, but for abbreviations (the dictionary's ``Abbr``, the project's
  table in archive/abbreviations.py, an unknown word of up to five letters: ``МИД``,
  ``СНГ``, ``ШОС``) and names (places, surnames, first names, organisations: ``России``,
  ``Лаврова``; an unknown longer word: ``Тяньцзинь``), which keep a capital.
- **English**: title case, as English headlines are written ("Statement by the Russian
  Ministry of Foreign Affairs"), short function words in lower case, abbreviations of the
  table and words without vowels (``CPC``) in capitals.

Only a line of at least :data:`MIN_WORDS` words of two letters or more whose letters are all
capitals is rewritten: "СНГ", "BRICS PLUS" or "UN" alone are names, not shouting. The text
stored is never changed; this is how a headline reads. The dictionary (pymorphy3,
archive/lexemes.py) is loaded only when a Russian line in capitals is met.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import is_abbreviation
from tg_archiver.archive.lexemes import NAME_GRAMMEMES, dictionary

__all__ = ["MIN_WORDS", "is_shouting", "sentence_cased"]

MIN_WORDS = 3
_HEADING_WORDS = 8  # a heading joined with the subtitle in capitals after it
# A word, not a hashtag's or a handle's (#SCO, @MID_Russia stay as written).
_WORD = lazy_re.compile(r"(?<![#@\w])[^\W\d_]+(?![\w@])")
_CYRILLIC = lazy_re.compile(r"[а-яё]", re.IGNORECASE)
_SMALL_WORDS = "a an the and or nor but of in on at to for by with from as into onto via per vs"
_SMALL = frozenset(_SMALL_WORDS.split())
_VOWELS = lazy_re.compile(r"[aeiouy]", re.IGNORECASE)
_MAX_ACRONYM = 5


def is_shouting(line: str) -> bool:
    """Whether ``line`` is written in capitals (at least :data:`MIN_WORDS` words)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 2]
    return len(words) >= MIN_WORDS and all(w.isupper() for w in words)


def sentence_cased(text: str) -> str:
    """``text`` with its lines in capitals rewritten (module notes); a heading in capitals
    followed by a subtitle in capitals becomes one line."""
    if not any(c.isupper() for c in text[:400]) or not _any_shouting(text):
        return text
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    shouting = {n for n in filled if is_shouting(lines[n])}
    names = _names_in("\n".join(line for n, line in enumerate(lines) if n not in shouting))
    for n in shouting:
        lines[n] = _rewritten(lines[n], names)
    if len(filled) >= 2 and {filled[0], filled[1]} <= shouting:
        head, sub = filled[0], filled[1]
        if len(_WORD.findall(lines[head])) <= _HEADING_WORDS:
            rest = lines[sub].strip()
            first = rest.split(maxsplit=1)[0] if rest.split() else ""
            # "… Foreign Ministry on the 80th Anniversary …": a small word inside the line.
            if _CYRILLIC.search(rest) or not rest[:1].isupper() or first.casefold() in _SMALL:
                rest = rest[:1].lower() + rest[1:]
            lines[head] = f"{lines[head].rstrip()} {rest}"
            del lines[head + 1 : sub + 1]
    return "\n".join(lines)


def _any_shouting(text: str) -> bool:
    return any(is_shouting(line) for line in text.split("\n") if line.strip())


def _names_in(text: str) -> frozenset[str]:
    """The Russian words ``text`` writes with a capital inside a sentence (after a word in
    small letters), as their dictionary forms: "был подписан Устав ООН" gives "устав", so
    the heading "… ПОДПИСАНИЯ УСТАВА ООН" reads "подписания Устава ООН"."""
    found = _INNER_CAPITAL.findall(text[:_NAMES_SCAN])
    if not found:
        return frozenset()
    return frozenset(name for w in found for name in _nouns(w.lower()))


def _nouns(word: str) -> set[str]:
    """The dictionary forms of ``word`` read as a noun ("устав", not "устать")."""
    return {p.normal_form for p in dictionary().parse(word) if p.tag.POS == "NOUN"}


_INNER_CAPITAL = lazy_re.compile(r"(?<=[а-яё,] )[А-ЯЁ][а-яё]{2,}(?![-\w])")
_NAMES_SCAN = 3000  # characters of the text read for its names
_ORDINAL = lazy_re.compile(r"(?<=\d)(ST|ND|RD|TH)\b")  # "80TH" -> "80th"


def _rewritten(line: str, names: frozenset[str] = frozenset()) -> str:
    russian = _CYRILLIC.search(line) is not None
    out: list[str] = []
    pos = 0
    first = True
    for match in _WORD.finditer(line):
        word = match.group()
        out.append(line[pos : match.start()])
        written = _russian_word(word, first) if russian else _english_word(word, first)
        if names and written.islower() and _CYRILLIC.search(word) and _nouns(written) & names:
            written = written.capitalize()
        out.append(written)
        pos = match.end()
        first = False
    out.append(line[pos:])
    return _ORDINAL.sub(lambda m: m.group(1).lower(), "".join(out))


def _russian_word(word: str, first: bool) -> str:
    if _CYRILLIC.search(word) is None:
        return _english_word(word, first)
    kind = _kind(word.lower())
    if kind == "abbr":
        return word
    lower = word.lower()
    return lower[:1].upper() + lower[1:] if first or kind == "name" else lower


def _english_word(word: str, first: bool) -> str:
    lower = word.lower()
    if is_abbreviation(word) or (len(word) <= _MAX_ACRONYM and not _VOWELS.search(word)):
        return word
    if lower in _SMALL and not first:
        return lower
    return lower[:1].upper() + lower[1:]


@lru_cache(maxsize=4096)
def _kind(word: str) -> str:
    """ "abbr", "name" or "word" for a lower-cased Russian word."""
    if is_abbreviation(word):
        return "abbr"
    analyzer = dictionary()
    if not analyzer.word_is_known(word):
        return "abbr" if len(word) <= _MAX_ACRONYM else "name"
    tag = analyzer.parse(word)[0].tag
    if "Abbr" in tag:
        return "abbr"
    return "name" if any(g in tag for g in NAME_GRAMMEMES) else "word"
