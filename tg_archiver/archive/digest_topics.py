"""How much a story is about each of its topics: named by its author, in its lead, in passing.

A post's tags say only that a topic is named somewhere in it. A BRICS joint statement whose
fifth paragraph calls for reform of the UN Security Council is tagged UN as much as the
Security Council's own readout; a CSTO ministers' statement that ends "…with the UN, the CIS
and the SCO" is tagged SCO. A digest that files a story under the first topic of its config
and fills a topic's slots by coverage alone put the CSTO statement under #SCO and filled a
day's #UN with BRICS items (a blind review's week). So a story's topics are weighed, and
:mod:`archive.digest` files it under the one it is most about and lists a topic's own
stories before the passing mentions.

Each row's weight for a topic (:func:`weight`), strongest first:

- :data:`NAMED`: the author named it: a hashtag of the topic (any of its hashtag aliases) on
  a line of hashtags alone (the channel's own tags); a tag the text does not show (an entity
  hashtag, a feed's category); or the topic named, by a hashtag or a phrase alias, in the
  title or in the headline a digest shows (without an agency's dateline or a label).
- :data:`LEAD`: named first in the lead: the text's first paragraph past a heading line,
  at most :data:`LEAD_CHARS` characters.
- :data:`PASSING`: named only further on ("…with the UN, #СНГ and #ШОС" in a last
  paragraph: a hashtag inside a sentence is a word of it).

A story weighs as its heaviest row (a copy may carry the hashtag its original lacks).

A story listed under a topic its headline does not name is summed up by the first sentence
that names it (:meth:`Weights.sentence_about`): a briefing under #SCO by its SCO answer, not
by its CSTO paragraph; a BRICS statement under #UN by its call for Security Council reform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tg_archiver.archive.digest_items import DigestItem
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.sentences import sentences
from tg_archiver.archive.summary import content_lines, headline_and_summary
from tg_archiver.archive.tags import TopicAliases, iter_hashtags, tag_key

__all__ = ["LEAD", "NAMED", "PASSING", "Weights"]

NAMED, LEAD, PASSING = 3, 2, 1
LEAD_MIN, LEAD_CHARS = 150, 600  # an agency's first paragraph
_PARAGRAPH = re.compile(r"\n")
_SENTENCE_SCAN = 20_000  # a sentence naming the topic is looked for this far into a text


class Weights:
    """A digest's weighing of its stories' topics, with the config's aliases (none: only
    hashtags and stored tags count, so every tag weighs :data:`NAMED` and the config's order
    decides, as before)."""

    def __init__(self, aliases: TopicAliases | None, searches: Iterable[str] = ()) -> None:
        self.aliases = aliases or TopicAliases()
        # A saved search's name, which its rows come tagged with, is named by no one: it
        # weighs least, so a story goes under a search only when it has no topic's tag.
        self._searches = {tag_key(s) for s in searches}
        self._cache: dict[tuple[int, str], int] = {}
        self._headlines: dict[int, str] = {}

    def of(self, item: DigestItem, topic: str) -> int:
        """How much ``item`` is about ``topic`` (0: not tagged with it)."""
        key = tag_key(topic)
        return max((self.weight(row, key) for row in item.rows), default=0)

    def weight(self, row: ExportRow, key: str) -> int:
        """How much ``row`` is about the topic whose :func:`tag_key` is ``key``."""
        cached = self._cache.get((row.id, key))
        if cached is None:
            cached = self._cache[(row.id, key)] = self._weigh(row, key)
        return cached

    def _weigh(self, row: ExportRow, key: str) -> int:
        if key not in {tag_key(t) for t in row.tags}:
            return 0
        if key in self._searches:
            return PASSING
        title, text = row.title or "", row.text
        if self._named_in(title, key) or self._named_in(self._headline(row), key):
            return NAMED
        hashtags = [o for o, body in iter_hashtags(text) if self._names(body, key)]
        if any(_on_a_line_of_tags(text, o) for o in hashtags):
            return NAMED  # the channel's own line of tags: "#ОДКБ #Минск"
        phrases = (o for o, t in self.aliases.iter_phrase_matches(text) if tag_key(t) == key)
        first = min([*hashtags, *phrases], default=None)
        if first is None:
            return NAMED  # an entity hashtag or a feed's category: the author's own tag
        return LEAD if first < _lead_end(text) else PASSING

    def _headline(self, row: ExportRow) -> str:
        """The story's headline as the digest shows it (a dateline, a label, a lead-in
        left out: archive.summary), made once per row."""
        found = self._headlines.get(row.id)
        if found is None:
            found = self._headlines[row.id] = headline_and_summary(row.title, row.text, limit=0)[0]
        return found

    def sentence_about(self, row: ExportRow, topic: str) -> str | None:
        """The first sentence of ``row``'s content that names ``topic`` (hashtags read as
        words, decoration and datelines left out: archive.summary), or None: what a story
        listed under a topic it names only in its lead or in passing says of it."""
        key = tag_key(topic)
        for line in content_lines(row.text[:_SENTENCE_SCAN]):
            if not self._named_in(line, key):
                continue
            return next((s for s in sentences(line) if self._named_in(s, key)), line)
        return None

    def names(self, text: str, topic: str) -> bool:
        """Whether ``text`` names ``topic`` (by a hashtag or a phrase alias)."""
        return self._named_in(text, tag_key(topic))

    def _named_in(self, text: str, key: str) -> bool:
        return any(self._names(body, key) for _, body in iter_hashtags(text)) or any(
            tag_key(t) == key for _, t in self.aliases.iter_phrase_matches(text)
        )

    def _names(self, hashtag: str, key: str) -> bool:
        return tag_key(self.aliases.topic_for_hashtag(hashtag) or hashtag) == key

    def file_under(self, item: DigestItem, topics: Iterable[str]) -> str | None:
        """The topic of ``topics`` (a digest's, in its order) that ``item`` is most about;
        among equals the first; None when it has none of them."""
        best, best_weight = None, 0
        for topic in topics:
            weight = self.of(item, topic)
            if weight > best_weight:
                best, best_weight = topic, weight
        return best


_TAGS_LINE = re.compile(r"(?:#\w+[\s,;·|]*)+")


def _on_a_line_of_tags(text: str, offset: int) -> bool:
    """Whether the hashtag at ``offset`` stands on a line of hashtags alone."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return _TAGS_LINE.fullmatch(line) is not None


def _lead_end(text: str) -> int:
    """Where the text's lead ends: its first paragraph (a line) that ends past
    :data:`LEAD_MIN` characters, so that a heading line alone is not all of it; at most
    :data:`LEAD_CHARS`."""
    for brk in _PARAGRAPH.finditer(text, 0, LEAD_CHARS):
        if brk.start() >= LEAD_MIN:
            return brk.start()
    return min(len(text), LEAD_CHARS)
