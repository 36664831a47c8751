"""A post's heading: the line a reader takes for its title, which search weighs like one.

Telegram posts have no title, but a statement of several paragraphs usually opens with a
short line that names it ("Kazan Declaration adopted at the BRICS summit", "О встрече
С.В.Лаврова с ..."), and a reader searching those words expects that statement before a long
briefing that mentions them in passing. A feed item's title is its heading as it is.

What counts (each rule has a test in tests/test_heading.py):

- the first line that holds a word (leading blank lines, and lines of emoji or hashtags
  only, are skipped while looking for it; a line of hashtags or emoji is never a heading);
- hashtags, @mentions and links do not count as its words, so ``🇷🇺 #BRICS`` is no heading
  and ``#BRICS Kazan summit opens`` has the heading words "Kazan summit opens";
- it is short: at most ``MAX_WORDS`` words and ``MAX_CHARS`` characters (a long first
  paragraph is the statement's body, not its name; a line longer than that ends the search
  even when it holds no word);
- a body follows it: at least ``MIN_BODY_WORDS`` words on the lines after it, and more words
  than the heading has (a one-line post with a line of hashtags or a link under it has no
  heading: it would otherwise be weighed twice, the one-liner this signal must not favour).

Pure, and free of any store: the SQLite index and a PostgreSQL one call the same function.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = ["MAX_CHARS", "MAX_WORDS", "MIN_BODY_WORDS", "heading"]

MAX_WORDS = 20
MAX_CHARS = 160
MIN_BODY_WORDS = 8

# What is not a word of a heading: a hashtag, a mention, a link (scheme or www.).
_NOT_WORDS = lazy_re.compile(r"(?:#|@)[^\s#@]+|(?:https?://|www\.)\S+", re.IGNORECASE)
# A word as FTS5's unicode61 tokenizer sees one (letters and digits; see analysis.words).
_WORD = lazy_re.compile(r"[^\W_]+")
_BODY_SCAN = 1000  # characters of the body read to count its words


def heading(text: str, title: str | None = None) -> str:
    """The heading of a post with ``text`` (and ``title``, a feed item's): the title when
    there is one, else the post's first line when it names a longer post (see the module
    docstring), else ``""``."""
    if title and title.strip():
        return title.strip()
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        start = end + 1
        if len(line) > MAX_CHARS:
            return ""  # a paragraph, not a heading (read no further: ingest calls this)
        words = _words(line)
        if not words:
            continue  # blank, or emoji / hashtags / links only: look at the next line
        if len(words) > MAX_WORDS:
            return ""
        # The body's first words are enough to tell (a bounded read of a long post).
        body = _words(text[start : start + _BODY_SCAN])
        return line if len(body) >= max(MIN_BODY_WORDS, len(words) + 1) else ""
    return ""


def _words(line: str) -> list[str]:
    return _WORD.findall(_NOT_WORDS.sub(" ", line))
