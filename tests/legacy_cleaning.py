"""archive/cleaning.py as it was before migration 0011 (commit 28640dc): what older archives hold.

tests/test_reclean.py builds an archive with it, as an earlier tg-archiver would have, to show
that the current code re-imports the same file without a change beyond the documented one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "DEFAULT_BOILERPLATE",
    "clean_text",
    "content_hash",
    "drop_boilerplate",
    "fold_for_hash",
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
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Put text in one canonical shape so later comparisons are about words, not encoding.

    Applies Unicode NFC (so "é" typed two ways compares equal), turns CRLF and CR into LF,
    strips trailing whitespace from every line, drops blank lines at the start and end and
    collapses every run of two or more blank lines to a single blank line. Leading
    indentation is kept. Emoji, including ZWJ sequences, skin tones and flags, pass through
    unchanged: NFC does not touch them and zero-width joiners and variation selectors are
    not whitespace.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n")


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
def _boilerplate_keys(boilerplate: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_boilerplate_key(entry) for entry in boilerplate if entry.strip())


def drop_boilerplate(text: str, boilerplate: Iterable[str]) -> str:
    """Remove whole lines that equal one of ``boilerplate``.

    Comparison ignores case, surrounding and repeated inner whitespace and trailing
    punctuation or symbols ("View in Telegram ›"). Only whole lines are removed; a line that
    contains boilerplate among other words is the author's and stays. Blank entries in
    ``boilerplate`` are ignored so a stray empty string in config cannot delete blank lines.
    """
    keys = _boilerplate_keys(tuple(boilerplate))
    # Most posts hold no boilerplate. A line's key is a substring of the case-folded line
    # (casefold works character by character), so a key's first word that is nowhere in the
    # case-folded text rules it out for every line, at the cost of one pass over the text.
    folded = text.casefold()
    present = {key for key in keys if key.split(" ", 1)[0] in folded}
    if not present:
        return text
    return "\n".join(
        line
        for line in text.split("\n")
        if not line.strip() or _boilerplate_key(line) not in present
    )


_FIRST, _BLANK, _REPEATED_LONG, _REPEATED_SHORT = range(4)


def remove_repeated_blocks(text: str, min_line_chars: int = 20) -> str:
    """Remove the second (and later) copies of text blocks repeated inside one post.

    Web previews and copy-paste often put a post's body twice: after the heading, then again,
    often after a "Read in full" line, sometimes without the heading or cut short. The rule:

    * Lines are compared after whitespace normalisation (stripped, inner runs collapsed to one
      space); the first occurrence is output exactly as it was.
    * A line of at least ``min_line_chars`` characters that already appeared earlier in the
      post is always dropped: a sentence that long does not repeat by chance.
    * A shorter line ("Read in full", "<...>", "Key talking points:", "#SCO") that already
      appeared is dropped only when it is part of a repeated run: a maximal stretch of
      consecutive lines made only of repeated lines and blank lines that holds at least one
      dropped long line. So a short line heading the second copy, sitting between its long
      lines or trailing it goes, while a short line repeating among new content is kept.
    * The first occurrence of a line is never dropped. In particular the "Read in full" line
      that separates the original from its copy stays: it may be the author's link text, and
      when the copy ends with "Read in full" too, only that second one goes.
    * A removed run leaves at most one blank line behind, and none at the start or end of the
      text, so removal never creates runs of blank lines.

    After this, no line of ``min_line_chars`` or more characters appears twice, every
    distinct line is still present and lines keep their order.
    """
    if min_line_chars < 1:
        raise ValueError("min_line_chars must be at least 1")
    lines = text.split("\n")
    kinds: list[int] = []
    seen: set[str] = set()
    for line in lines:
        key = " ".join(line.split())
        if not key:
            kinds.append(_BLANK)
        elif key in seen:
            kinds.append(_REPEATED_LONG if len(key) >= min_line_chars else _REPEATED_SHORT)
        else:
            seen.add(key)
            kinds.append(_FIRST)

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
        has_long = False
        has_blank = False
        while end < count and kinds[end] != _FIRST:
            has_long = has_long or kinds[end] == _REPEATED_LONG
            has_blank = has_blank or kinds[end] == _BLANK
            end += 1
        if not has_long:
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
    text = normalise(text)
    text = drop_boilerplate(text, boilerplate)
    text = remove_repeated_blocks(text)
    return normalise(text)


def fold_for_hash(clean: str) -> str:
    """The canonical form used for exact-duplicate detection across posts.

    Case and layout do not make two posts different: the text is casefolded and every run
    of whitespace, line breaks included, becomes one space. Expects the output of
    :func:`clean_text`.
    """
    return " ".join(clean.casefold().split())


def content_hash(clean: str) -> str:
    """Hex BLAKE2b (16-byte digest) of :func:`fold_for_hash`: equal for exact duplicates.

    Stored with each post; changing this function or :func:`fold_for_hash` changes every
    stored hash, so it needs a migration that recomputes them.
    """
    return hashlib.blake2b(fold_for_hash(clean).encode("utf-8"), digest_size=16).hexdigest()
