"""Turn a post's raw text into the clean text that is stored, searched and hashed.

Text arrives from Telegram, feeds and scraped or exported dumps. The scrapers leave lines
behind that the author never wrote ("VIEW IN TELEGRAM"), and web previews or copy-paste often
repeat a post's body a second time. Everything downstream (exact-duplicate hashing, near
duplicates, search, digests) sees only the output of :func:`clean_text`, so the rules here
decide what "the same post" means.

Every function is pure and runs in time linear in the length of the text: a post of a
megabyte cleans in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.line_words import line_words

__all__ = [
    "DEFAULT_BOILERPLATE",
    "clean_text",
    "content_hash",
    "drop_boilerplate",
    "fold_for_hash",
    "in_one_script",
    "normalise",
    "remove_repeated_blocks",
]

DEFAULT_BOILERPLATE: tuple[str, ...] = (
    "VIEW IN TELEGRAM",
    "Media is too big",
    "Please open Telegram to view this post",
    "This media is not supported in your browser",
)
"""Lines that Telegram's web preview (t.me/s/...) and exports put in place of media or links.

Matched against whole lines only, ignoring case, surrounding whitespace, runs of inner
whitespace and trailing punctuation, so "View in Telegram" and "VIEW IN TELEGRAM ›" both go.
A sentence that merely contains one of these phrases is the author's and is kept.
"""

# Three or more newlines is two or more blank lines in a row.
_BLANK_RUN_RE = lazy_re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Put text in one canonical shape so later comparisons are about words, not encoding.

    Applies Unicode NFC (so "é" typed two ways compares equal), turns CRLF and CR into LF,
    strips trailing whitespace from every line, drops blank lines at the start and end and
    collapses every run of two or more blank lines to a single blank line. Leading
    indentation is kept. Emoji, including ZWJ sequences, skin tones and flags, pass through
    unchanged: NFC does not touch them and zero-width joiners and variation selectors are
    not whitespace.

    Characters that show nothing and only split a word for a machine go: the zero-width
    space, the word joiner, a byte-order mark inside the text and the soft hyphen
    ("Официа\u200bльный" is "Официальный", to search and to dedup alike). A word written in
    one script with look-alike letters of the other ("Рoссия" with a Latin "o", "Lаvrov"
    with a Cyrillic "а": copy-paste and evasion leave them) is written in its script; only
    when every letter of the other script in it has a look-alike, so "iPhone-ом" and a word
    mixing real letters stay as they are. In a text that so writes two words or more, a
    word wholly in look-alike letters among words of the other script is written in theirs
    too ("закон o бюджете", "C.B.Лаврова" with Latin "o", "C", "B").
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if any(c in text for c in _INVISIBLE_CHARS):
        text = text.translate(_INVISIBLE)
    if _mixes_scripts(text):
        text = _in_one_script(text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "\n\n\n" in text:  # a substring test, many times faster than the pattern's scan
        text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip("\n")


_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))

# A Latin letter beside a Cyrillic one, found in the UTF-8 bytes: Latin letters read "L", the
# lead byte of a Cyrillic letter "C", continuation bytes dropped, anything else " ". Two C-level
# passes, a tenth of what a regular expression takes for the same question (most texts mix
# no word, and pay only this).
_SCRIPT_CLASS = bytes(
    ord("L") if chr(b).isascii() and chr(b).isalpha() else ord("C") if b in (0xD0, 0xD1) else 32
    for b in range(256)
)
_CONTINUATION = bytes(range(0x80, 0xC0))
_LOOK_ALIKES = "aAcCeEoOpPxXyBHKMTk"
_THEIR_CYRILLIC = "аАсСеЕоОрРхХуВНКМТк"
_TO_CYRILLIC = str.maketrans(_LOOK_ALIKES, _THEIR_CYRILLIC)
_TO_LATIN = str.maketrans(_THEIR_CYRILLIC, _LOOK_ALIKES)
_LATIN_LETTER = lazy_re.compile(r"[a-zA-Z]")
_CYRILLIC_LETTER = lazy_re.compile(r"[а-яёА-ЯЁ]")


# A code of letters and figures (С5+1, T-72, МС-21): its letters all look-alikes, a figure.
_ALIKE_CODE = lazy_re.compile(
    f"(?=[^\\s]*[0-9])(?:[{_LOOK_ALIKES}0-9+\\-/.]+|[{_THEIR_CYRILLIC}0-9+\\-/.]+)"
)


def look_alike_twin(word: str) -> str | None:
    """A code of letters and figures written wholly in letters that have a look-alike in
    the other script, written in that script: «С5+1» typed on a Russian keyboard is the
    "C5+1" of the English posts, "C5+1" the «С5+1» of the Russian ones (a post keeps the
    keyboard its writer had: no word of the other script beside it tells which it meant,
    so normalising leaves it). None for a word without a figure or with a letter that has
    no look-alike (G20). A twin no post writes (Су-57: "Cy-57") is looked up in vain."""
    if not _ALIKE_CODE.fullmatch(word) or not any(c.isalpha() for c in word):
        return None
    if _CYRILLIC_LETTER.search(word):
        return word.translate(_TO_LATIN)
    return word.translate(_TO_CYRILLIC)


def in_one_script(text: str) -> str:
    """``text`` with its words of one script written so, as :func:`normalise` writes a post's
    (a search typed "Лaвров" with a Latin "a" looks for the «Лавров» the archive holds)."""
    return _in_one_script(text) if _mixes_scripts(text) else text


def _mixes_scripts(text: str) -> bool:
    classes = text.encode("utf-8", "surrogatepass").translate(_SCRIPT_CLASS, _CONTINUATION)
    return b"LC" in classes or b"CL" in classes


# A word wholly in letters with a look-alike in the other script (no digit: "COP29" is not
# evasion): Latin ones, then Cyrillic ones.
_ALL_LATIN_ALIKE = lazy_re.compile(f"[{_LOOK_ALIKES}]+")
_ALL_CYRILLIC_ALIKE = lazy_re.compile(f"[{_THEIR_CYRILLIC}]+")
_EVASION = 2  # words with look-alike letters a text writes before its whole ones are read


def _in_one_script(text: str) -> str:
    """``text`` with each word in one script (:func:`_one_script`); then, if two words or
    more were so written in one script, runs of words wholly in look-alike letters of the
    other one, on a line between words of that script, in it as well."""
    written = {"C": 0, "L": 0}

    def one_script(m: re.Match[str]) -> str:
        word = _one_script(m)
        if word != m.group():
            written["C" if _CYRILLIC_LETTER.search(word) else "L"] += 1
        return word

    text = _WORD_RE.sub(one_script, text)
    for script, whole, table in (
        ("C", _ALL_LATIN_ALIKE, _TO_CYRILLIC),
        ("L", _ALL_CYRILLIC_ALIKE, _TO_LATIN),
    ):
        if written[script] >= _EVASION:
            text = "\n".join(_whole_words(line, script, whole, table) for line in text.split("\n"))
    return text


def _whole_words(line: str, script: str, whole: re.Pattern[str], table: dict[int, int]) -> str:
    """``line`` with each run of words wholly in look-alike letters (``whole``) written by
    ``table`` when the words around the run are in ``script`` (one at the line's edge;
    figures between are neither's)."""
    words = [w for w in _WORD_RE.finditer(line) if not w.group().isdigit()]  # figures: neither
    alike = [whole.fullmatch(w.group()) is not None for w in words]
    letter = _CYRILLIC_LETTER if script == "C" else _LATIN_LETTER
    parts: list[str] = []
    done = 0
    n = 0
    while n < len(words):
        if not alike[n]:
            n += 1
            continue
        end = n
        while end < len(words) and alike[end]:
            end += 1
        around = [words[k].group() for k in (n - 1, end) if 0 <= k < len(words)]
        if around and all(letter.search(w) for w in around):
            for k in range(n, end):
                parts += [line[done : words[k].start()], words[k].group().translate(table)]
                done = words[k].end()
        n = end
    return "".join(parts) + line[done:] if parts else line


def _one_script(m: re.Match[str]) -> str:
    """A word in one script when its other script's letters all have look-alikes: the
    script of its letters that have none ("Baжнo": ж and н are Cyrillic only, so B, a and o
    are Cyrillic too, however many they are), or, when every letter has one, the script of
    most of them."""
    word = m.group()
    latin = _LATIN_LETTER.findall(word)
    cyrillic = _CYRILLIC_LETTER.findall(word) if latin else []
    if not cyrillic:
        return word
    latin_alike = all(c in _LOOK_ALIKES for c in latin)
    cyrillic_alike = all(c in _THEIR_CYRILLIC for c in cyrillic)
    if latin_alike and (not cyrillic_alike or len(cyrillic) >= len(latin)):
        return word.translate(_TO_CYRILLIC)
    return word.translate(_TO_LATIN) if cyrillic_alike else word


def _boilerplate_key(line: str) -> str:
    """The form in which a line is compared with boilerplate: tolerant of case, spacing
    and trailing punctuation, which differ between scrapers and export versions."""
    key = " ".join(line.casefold().split())
    end = len(key)
    while end > 0 and (key[end - 1].isspace() or unicodedata.category(key[end - 1])[0] in "PS"):
        end -= 1
    # A line made only of punctuation keeps its own key so it cannot match everything empty.
    return key[:end] if end else key


@lru_cache(maxsize=16)
def _boilerplate_keys(boilerplate: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each key of ``boilerplate`` once, with its first word (see drop_boilerplate)."""
    keys = {_boilerplate_key(entry) for entry in boilerplate if entry.strip()}
    return tuple((key, key.split(" ", 1)[0]) for key in sorted(keys))


# The last text drop_boilerplate case-folded, and its fold: the content hash of a post's clean
# text is most often of that very string (a post without a title that cleaning left as
# normalised), and casefold is half of fold_for_hash's time. Replaced whole (a tuple), so a
# thread sharing it can only miss; held by reference, so ``is`` means the same text.
# With it, the fold's words joined by single spaces when drop_boilerplate made them (""
# when not): fold_for_hash's very string.
_LAST_FOLDED: list[tuple[str, str, str]] = [("", "", "")]


def drop_boilerplate(text: str, boilerplate: Iterable[str]) -> str:
    """Remove whole lines that equal one of ``boilerplate``.

    Comparison ignores case, surrounding and repeated inner whitespace and trailing
    punctuation or symbols ("View in Telegram ›"). Only whole lines are removed; a line that
    contains boilerplate among other words is the author's and stays. Blank entries in
    ``boilerplate`` are ignored so a stray empty string in config cannot delete blank lines.
    """
    keys = _boilerplate_keys(tuple(boilerplate))
    # Most posts hold no boilerplate. A line's key starts its case-folded words joined by
    # single spaces (casefold works character by character), and a line's words are a run
    # of the text's words, so a key that is not in the text's words joined alike is in no
    # line. The first word alone, looked for first, is cheaper and usually rules a key out
    # ("view", "media"); a common one ("this", "please") needs the whole phrase.
    folded = text.casefold()
    present = {key for key, first in keys if first in folded}
    joined = ""
    if present:
        joined = " ".join(folded.split())
        present = {key for key in present if key in joined}
    _LAST_FOLDED[0] = (text, folded, joined)
    if not present:
        return text
    return "\n".join(
        line
        for line in text.split("\n")
        if not line.strip() or _boilerplate_key(line) not in present
    )


_FIRST, _BLANK, _REPEATED_LONG, _REPEATED_SHORT, _REPEATED_PART = range(5)

# A "word" for comparing a copy with its original: letters, digits and underscores. Emoji,
# bullets, flags, punctuation and spacing are what scrapers and reposters change, so they are
# left out of the comparison (never out of the text that is kept).
_WORD_RE = lazy_re.compile(r"\w+")

# A line of fewer words is matched against the earlier text only as a whole line.
_MIN_PART_WORDS = 3

# How a quoted sentence ends; a line cut short by a scraper ends otherwise.
_SENTENCE_ENDS = (".", "!", "?", "»", '"', "”", ")", ":", ";")

# How many earlier lines opening with the same three words are tried for a line: the copy of
# a block usually matches the first; the bound keeps a post of a million alike lines linear.
_MAX_PLACES = 64


class _Earlier:
    """The words of the lines kept so far, in order, with the places where lines start
    indexed by their first three words (read on into the next lines when a line is shorter).

    Lets :func:`remove_repeated_blocks` ask, in time proportional to the line, whether a line's
    words already stand one after another in the post from the start of a line: a copy's line
    that is whole, joined with the next, split or cut short. The rest of a split line is
    found where the part before it stopped, so only line starts need an index: one entry a
    line keeps a post of a megabyte as fast to clean as before.
    """

    def __init__(self) -> None:
        self.words: list[str] = []
        self.starts: dict[tuple[str, ...], list[int]] = {}
        self.lines: list[tuple[int, int, bool]] = []  # (first word, end, long) of kept lines
        self.ends: set[int] = set()
        self.pending: list[int] = []  # line starts waiting for their third word

    def add(self, words: list[str], long: bool) -> int:
        """Append a kept line's words; return where they end in the earlier text."""
        if not words:
            return -1
        stream = self.words
        begin = len(stream)
        stream.extend(words)
        end = len(stream)
        self.lines.append((begin, end, long))
        self.ends.add(end)
        if not self.pending and end - begin >= 3:  # the common case: a line of three words
            places = self.starts.setdefault((words[0], words[1], words[2]), [])
            if len(places) < _MAX_PLACES:
                places.append(begin)
            return end
        self.pending.append(begin)
        if end - self.pending[0] >= 3:
            waiting = []
            for at in self.pending:
                if end - at < 3:
                    waiting.append(at)
                    continue
                places = self.starts.setdefault((stream[at], stream[at + 1], stream[at + 2]), [])
                if len(places) < _MAX_PLACES:
                    places.append(at)
            self.pending = waiting
        return end

    def find(self, words: list[str]) -> tuple[int, int] | None:
        """Where ``words`` (three or more) appear in a row in the earlier text, the last one
        possibly cut short (a copy that stops mid-word); ``None`` when they do not."""
        # A line of three words must match whole: its third word is part of the lookup.
        for at in self.starts.get((words[0], words[1], words[2]), ()):
            if self.at(words, at):
                return at, at + len(words)
        return None

    def at(self, words: list[str], at: int) -> bool:
        """Whether ``words`` stand in the earlier text from word ``at`` on (the last one
        possibly cut short)."""
        end = at + len(words)
        return (
            end <= len(self.words)
            and self.words[at : end - 1] == words[:-1]
            and self.words[end - 1].startswith(words[-1])
        )

    def cut_short(self, words: list[str], end: int, line: str) -> bool:
        """Whether a line found at ``...:end`` is an earlier line cut short, not a sentence
        quoted again: it stops mid-word, on an ellipsis, or mid-line without a full stop."""
        if words[-1] != self.words[end - 1] or line.endswith(("…", "...")):
            return True
        return end not in self.ends and not line.endswith(_SENTENCE_ENDS)

    def covers_a_long_line(self, at: int, end: int) -> bool:
        """Whether the stretch ``at:end`` holds a whole earlier long line (a joined copy)."""
        index = bisect_left(self.lines, (at, -1, False))
        while index < len(self.lines) and self.lines[index][0] < end:
            _, stop, long = self.lines[index]
            if long and stop <= end:
                return True
            index += 1
        return False


def remove_repeated_blocks(text: str, min_line_chars: int = 20) -> str:
    """Remove the second (and later) copies of text blocks repeated inside one post.

    Web previews and copy-paste often put a post's body twice: after the heading, then again,
    often after a "Read in full" line, sometimes without the heading or cut short, with emoji
    dropped, bullets changed (🔸 for 🔹) or lines joined or split. The rule:

    * Lines are compared by their words: runs of letters, digits and underscores, in order
      and case kept. Emoji, bullets, flags, punctuation and spacing do not count. A line
      without any word ("<...>", "🔹") is compared whole, after whitespace normalisation.
      What is output is always the first occurrence exactly as it was.
    * A line of at least ``min_line_chars`` characters whose words equal those of an earlier
      line is always dropped: a sentence that long does not repeat by chance. So is one whose
      words appear one after another in the earlier lines and cover a whole earlier long line
      (two lines of the original joined into one).
    * A line of three or more words that is only part of an earlier line (the original's line
      split in two, or the copy's last line cut short, even mid-word) is dropped only inside
      a repeated run (below) that holds a dropped long line or a second such part. Alone, it
      is a sentence quoted again (a refrain) and stays; so does a sentence repeated inside a
      line of running text, since that line's other words are new.
    * A shorter repeated line ("Read in full", "<...>", "Key talking points:", "#SCO") is
      dropped only when it is part of a repeated run: a maximal stretch of consecutive lines
      made only of repeated lines and blank lines that holds a dropped long line (or two
      parts). So a short line heading the second copy, sitting between its long lines or
      trailing it goes, while a short line repeating among new content is kept.
    * The first occurrence of a line is never dropped. In particular the "Read in full" line
      that separates the original from its copy stays: it may be the author's link text, and
      when the copy ends with "Read in full" too, only that second one goes.
    * A removed run leaves at most one blank line behind, and none at the start or end of the
      text, so removal never creates runs of blank lines.

    After this, no line of ``min_line_chars`` or more characters has the words of another,
    every line whose words are not already in the post above it is still present, and lines
    keep their order. Time is linear in the length of the text.
    """
    if min_line_chars < 1:
        raise ValueError("min_line_chars must be at least 1")
    lines = text.split("\n")
    kinds: list[int] = []
    seen: dict[str, int] = {}  # a first occurrence's words: where they end in the earlier text
    earlier = _Earlier()
    after = -1  # where the last repeated line ended in the earlier text (-1: not after one)
    met: dict[str, tuple[str, list[str]]] = {}  # loose key and words of a line, by exact key
    for line in lines:
        key = " ".join(line.split())
        if not key:
            kinds.append(_BLANK)
            continue
        long = len(key) >= min_line_chars
        if key in met:  # an exact repeat, the common case: its words are known
            loose, words = met[key]
        else:
            words = list(line_words(line))  # the words of ``key``: no space is a word's
            loose = "\x00".join(words) if words else key
            met[key] = loose, words
        if loose in seen:
            kinds.append(_REPEATED_LONG if long else _REPEATED_SHORT)
            after = seen[loose]
            continue
        found = earlier.find(words) if len(words) >= _MIN_PART_WORDS else None
        if found is None and words and after >= 0 and earlier.at(words, after):
            # The line goes on where the repeated line above it stopped: the rest of a split
            # line, or the cut-off start of the next one ("Contacts wil").
            found = (after, after + len(words))
        if found is None:
            seen[loose] = earlier.add(words, long)
            kinds.append(_FIRST)
            after = -1
            continue
        after = found[1]
        if long and (earlier.covers_a_long_line(*found) or earlier.cut_short(words, found[1], key)):
            kinds.append(_REPEATED_LONG)
        elif len(words) < _MIN_PART_WORDS and not long:
            kinds.append(_REPEATED_SHORT)
        else:
            kinds.append(_REPEATED_PART)

    out: list[str] = []
    count = len(lines)
    start = 0
    while start < count:
        if kinds[start] == _FIRST:
            out.append(lines[start])
            start += 1
            continue
        # A stretch of repeated and blank lines, bounded by first occurrences or the edges.
        end = start
        long_lines = parts = 0
        has_blank = False
        while end < count and kinds[end] != _FIRST:
            long_lines += kinds[end] == _REPEATED_LONG
            parts += kinds[end] == _REPEATED_PART
            has_blank = has_blank or kinds[end] == _BLANK
            end += 1
        if not long_lines and parts < 2:
            out.extend(lines[start:end])
        elif has_blank and start > 0 and end < count:
            # Every non-blank line of the run goes; one blank keeps the paragraphs around it apart.
            out.append("")
        start = end
    return "\n".join(out)


def clean_text(text: str, boilerplate: Iterable[str] = DEFAULT_BOILERPLATE) -> str:
    """The clean text of a post: what is stored, indexed, tagged and hashed.

    Normalises, drops boilerplate lines, removes repeated blocks, then normalises again so
    the removals leave no stray blank lines at the edges or in runs.
    """
    normal = normalise(text)
    text = remove_repeated_blocks(drop_boilerplate(normal, boilerplate))
    # Most posts lose nothing, and normalise gives back what it is given normalised: the
    # second pass would be a third of this function's time for no change.
    return normal if text == normal else normalise(text)


def fold_for_hash(clean: str) -> str:
    """The canonical form used for exact-duplicate detection across posts.

    Case and layout do not make two posts different: the text is casefolded and every run
    of whitespace, line breaks included, becomes one space. Expects the output of
    :func:`clean_text`.
    """
    text, folded, joined = _LAST_FOLDED[0]
    if text is not clean:
        return " ".join(clean.casefold().split())
    return joined or " ".join(folded.split())


def content_hash(clean: str) -> str:
    """Hex BLAKE2b (16-byte digest) of :func:`fold_for_hash`: equal for exact duplicates.

    Stored with each post; changing this function or :func:`fold_for_hash` changes every
    stored hash, so it needs a migration that recomputes them.
    """
    return hashlib.blake2b(fold_for_hash(clean).encode("utf-8"), digest_size=16).hexdigest()
