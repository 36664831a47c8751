"""Lines a copy carries that the statement it copies never had, for near-duplicate
detection's core (:func:`archive.similarity.core_text`): what a copy adds is not what it says.

- **Telegram Desktop's header of a pasted message** (:func:`is_desktop_header`): copying a
  message in Telegram Desktop puts "who, [when]" over its text ("MFA Russia 🇷🇺, [06.10.2025
  14:40]", "РИА Новости, [07.10.2025 07:08]"; in an English locale "[10/6/25 2:40 PM]"), and
  a text dump of pasted messages keeps it. Over a one-liner it is five words more, a date and
  an hour among them, which read as a slot filled. Only a first line of that exact form: a
  name (no sentence: at most :data:`HEADER_NAME_WORDS` words), a comma, the date and hour in
  brackets, nothing after.
- **A channel's name alone in the last paragraph** (:func:`is_name_line`): a reposter signs
  with its name and no link ("🌍 World Diplomacy Digest", "📡 Eurasia Wire"), which the
  signature rule, wanting a link, a handle, hashtags or "subscribe", took for the statement's
  last words. Only a paragraph of one line that opens with an emoji or a symbol and holds
  two to :data:`NAME_WORDS` words written as a name's (each capitalised, but "of", "и" and
  other words of three letters or fewer), with no figure and no sentence's end: "🇷🇺 Россия
  победит!" and "📅 12 октября" are the statement's. A single word is not taken ("🌐
  Международка" stays): under a status line ("Рейс SU100:", then "✈️ Задержан" or "✈️
  Отменён") it is the statement's slot. Nor is a list's last item ("🔹 Situation in
  Venezuela") when its mark opens a line above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["HEADER_NAME_WORDS", "NAME_WORDS", "is_desktop_header", "is_name_line"]

HEADER_NAME_WORDS = 6  # a sender's name in Telegram Desktop's header is at most this long
NAME_WORDS = 4  # a channel's name on a line of its own is at most this long
_LINK_WORD = 3  # a name's small words ("of", "the", "и") are this long at most

_WORD = re.compile(r"\w+")
_DESKTOP_HEADER = re.compile(
    r"^(?P<name>[^\n\[\]]{1,80}), \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?: ?[AaPp][Mm])?\]$"
)
# An emoji or a symbol first (a flag, "🌍", "📡", "—"), then words, none a figure.
_NAME_LINE = re.compile(r"^(?P<mark>[^\w\s]+)\s*[^\W\d_][^\d.!?…:;,]*$")


def is_desktop_header(line: str) -> bool:
    """Whether ``line`` is Telegram Desktop's "Name, [date time]" over a pasted message."""
    m = _DESKTOP_HEADER.match(line.strip())
    return m is not None and len(_WORD.findall(m.group("name"))) <= HEADER_NAME_WORDS


def is_name_line(line: str, before: Sequence[str]) -> bool:
    """Whether ``line``, a post's last paragraph, is a channel's name signing it (see the
    module's notes); ``before``: the post's lines above it."""
    text = line.strip()
    m = _NAME_LINE.match(text)
    if m is None:
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= NAME_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or len(w) <= _LINK_WORD for w in words):
        return False  # "✈️ Рейс отменён": a sentence
    mark = m.group("mark")
    return not any(other.lstrip().startswith(mark) for other in before)
