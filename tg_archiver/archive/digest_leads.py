"""What a reader sees of a story's lead: the lines it shows, and its first sentence.

Every fold of a digest asks what a lead's first sentence says happened (archive.digest_steps:
a step of a running story; archive.digest_retellings and archive.digest_flashes: the kind of
event, who it is about, an author's own reaction; archive.digest_translations and
archive.digest_links: the step again). They all read it here, one way: the first of the
lines a reader sees (:func:`shown_lines`: no hashtags, datelines, furniture), up to its
first sentence's end ("Магнитуда 7,2. Погибли 14 человек." is "Магнитуда 7,2."). A first
line holding two sentences told its second's step as the first's before, in two of the
five places that asked.
"""

from __future__ import annotations

from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.content_lines import TOPIC_HEADING, cleaned_lines, content_lines

__all__ = ["READ_CHARS", "first_sentence", "shown_lines"]

READ_CHARS = 4_000  # a story's lines are read from this much of its text
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?…])\s")


@lru_cache(maxsize=2048)
def shown_lines(title: str | None, text: str) -> tuple[str, ...]:
    """The lines a reader sees of a story (:func:`archive.content_lines.content_lines` of its
    title and its first :data:`READ_CHARS` characters), read once for a translation's fold
    and a retelling's (archive.digest_retellings)."""
    text = text[:READ_CHARS]
    whole = f"{title}\n{text}" if title else text
    lines = tuple(content_lines(whole))
    if len(lines) == 1:
        # A briefing's record headed by its topics and nothing under them ("Брифинг …:",
        # then "🔹 О ситуации в Ливане", "🔹 О подготовке к 79-й сессии ГА ООН"): its topics
        # are its content, which content_lines reads as questions put to no answer.
        every = tuple(cleaned_lines(whole))
        if len(every) > 1 and all(TOPIC_HEADING.match(line) for line in every[1:]):
            return every
    return lines


def first_sentence(title: str | None, text: str) -> str:
    """A lead's first sentence as a reader sees it: its first shown line up to the end of
    its first sentence ("" for a post showing nothing)."""
    lines = shown_lines(title, text)
    return _SENTENCE_END.split(lines[0], maxsplit=1)[0] if lines else ""
