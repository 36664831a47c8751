"""A post's text in sentences, and text shortened at a word, for headlines and summaries.

- **Sentences** end at ``.``, ``!``, ``?``, ``…`` followed by a space and a capital letter,
  digit, quote or bracket, or at a line break; not after an abbreviation (Mr., U.S., e.g.,
  г., т.е., им., "Aug. 31-Sept. 1") or an initial (С. В. Лавров, S. Lavrov), nor inside a
  quotation («Путин примет участие в саммите. Приглашение принято» is one). Initials
  written without spaces (С.В.Лавров) never split, having no space.
- :func:`shorten` cuts at a word boundary with "…".
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = ["open_quote", "sentences", "shorten"]

# Abbreviations after which a full stop does not end a sentence (compared case-insensitively,
# without the final dot).
_ABBREVIATION_LIST = """mr mrs ms dr prof st jr sr gen col lt sgt capt rev hon amb messrs
    no nos vol art para fig pp p ed eds est approx dept govt inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    e.g i.e etc vs cf al u.s u.k u.n e.u a.m p.m
    г гг т.е т.д т.п т.к т.н им ул пр просп д см ср стр рис тыс млн млрд трлн руб долл коп
    проф акад ген полк кв обл р-н н.э др пер пос с ст чл"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())
# Emoji may stand before the next sentence's capital ("Доброе утро из Тяньцзиня! 🇨🇳 Сегодня"):
# the sentence starts after them.
_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]"
_END = lazy_re.compile(
    rf"(?P<mark>[.!?…]+[»\"”')\]]*)\s+(?:{_EMOJI}+\s*)?(?=[\"«“'(\[]?[A-ZА-ЯЁ0-9])"
)
_WORD_BEFORE = lazy_re.compile(r"(\S+)$")
_LONGEST_WORD = 64  # no abbreviation or initials are longer


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: each line split at sentence ends (see the module's notes),
    but not inside a quotation: «Путин примет участие в саммите. Приглашение принято» is one
    (a headline or summary of its first half left the quotation open)."""
    out: list[str] = []
    for line in text.splitlines():
        pieces: list[str] = []
        start = 0
        for end in _END.finditer(line):
            # The word before the mark, from a bounded stretch: searched in the whole run since
            # the last sentence end, a line of abbreviations ("U.S. Mr. " x 6,000) took 12 s.
            near = max(start, end.start() - _LONGEST_WORD)
            before = _WORD_BEFORE.search(line[near : end.start()])
            if (
                before
                and _is_abbreviation(before.group(1), line[end.start()])
                and not _ends_anyway(before.group(1), line[end.end() : end.end() + _LONGEST_WORD])
            ):
                continue
            piece = line[start : end.start() + len(end.group("mark"))].strip()
            if piece:
                pieces.append(piece)
            start = end.end()
        tail = line[start:].strip()
        if tail:
            pieces.append(tail)
        out.extend(_quotations_whole(pieces))
    return out


_QUOTE_PAIRS = (("«", "»"), ("“", "”"))
_LONGEST_QUOTATION = 400  # a quotation never closed is not held open longer than this


def _quotations_whole(pieces: list[str]) -> list[str]:
    """``pieces`` (one line's sentences) with a quotation's sentences joined into one."""
    out: list[str] = []
    for piece in pieces:
        if out and open_quote(out[-1]) and len(out[-1]) + len(piece) < _LONGEST_QUOTATION:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def open_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close («…, “…, or an odd number of
    straight quotes: программе "Москва. Кремль. Путин." is a name, not three sentences)."""
    return any(text.count(a) > text.count(b) for a, b in _QUOTE_PAIRS) or text.count('"') % 2 == 1


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary with "…" when cut.

    A single word longer than the limit is the one case left to cut inside (there is no
    boundary to cut at)."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > 0 and text[len(cut)] != " ":
        cut = cut[:space]
    return cut.rstrip(' ,;:.-–—(«"') + "…"


# Abbreviations that end a sentence when one opens after them: "… at 2:00 p.m. The
# briefing will be …" ("2 p.m. Moscow time" goes on).
_MAY_END = frozenset({"a.m", "p.m", "etc"})
_OPENER_WORDS = "the a an he she it they we i this that these there in on at its his her our"
_OPENERS = frozenset(_OPENER_WORDS.split())


def _ends_anyway(word: str, after: str) -> bool:
    bare = word.rstrip(".").casefold()
    following = after.split(maxsplit=1)
    return bare in _MAY_END and bool(following) and following[0].casefold() in _OPENERS


def _is_abbreviation(word: str, mark: str) -> bool:
    if mark != ".":
        return False
    bare = word.lstrip("([«\"“'").rstrip(".").casefold()
    # "31-Sept." (a range of dates): the word after the dash.
    if bare in _ABBREVIATIONS or re.split(r"[-–—/]", bare)[-1] in _ABBREVIATIONS:
        return True
    # An initial (S. Lavrov, С. В. Лавров) or initials run together (U.S.A., С.В.)
    letters = bare.split(".")
    return all(len(p) == 1 and p.isalpha() for p in letters)
