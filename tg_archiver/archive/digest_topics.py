"""How much a story is about each of its topics: named by its author, in its lead, in passing.

A post's tags say only that a topic is named somewhere in it. A BRICS joint statement whose
fifth paragraph calls for reform of the UN Security Council is tagged UN as much as the
Security Council's own readout; a CSTO ministers' statement that ends "…with the UN, the CIS
and the SCO" is tagged SCO. A digest that files a story under the first topic of its config
and fills a topic's slots by coverage alone put the CSTO statement under #SCO and filled a
day's #UN with BRICS items (a blind review's week). So a story's topics are weighed, and
:mod:`archive.digest` files it under the one it is most about and lists a topic's own
stories before the passing mentions.

Each row's weight for a topic (:meth:`Weights.of`), strongest first:

- :data:`TAGGED`: the author tagged it: a hashtag of the topic (any of its hashtag aliases)
  in the heading line or on a line of hashtags alone (the channel's own tags); a tag the
  text does not show (an entity hashtag, a feed's category).
- :data:`NAMED`: named by a phrase alias in the title or in the headline a digest shows
  (without an agency's dateline or a label). "BRICS ministers met on the sidelines of the
  UN General Assembly #БРИКС" is BRICS's first: tagged beats named.
- :data:`LEAD`: named first in the lead: the text's first paragraph past a heading line,
  at most :data:`LEAD_CHARS` characters.
- :data:`PASSING`: named only further on ("…with the UN, #СНГ and #ШОС" in a last
  paragraph: a hashtag inside a sentence is a word of it), or only as where it happened
  ("BRICS ministers met on the sidelines of the UN General Assembly", "на полях
  Генассамблеи ООН": that is no UN story).

A story weighs as its heaviest row (a copy may carry the hashtag its original lacks). Among
equal weights the topic named first wins (:meth:`Weights.score`), then the config's order.

A story listed under a topic its headline does not name is summed up by the first sentence
that names it (:meth:`Weights.sentence_about`): a briefing under #SCO by its SCO answer, not
by its CSTO paragraph; a BRICS statement under #UN by its call for Security Council reform.
"""

from __future__ import annotations

from collections.abc import Iterable

from tg_archiver.archive import lazy_re
from tg_archiver.archive.content_lines import content_lines
from tg_archiver.archive.digest_items import DigestItem
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.officialese import sidelines
from tg_archiver.archive.passing_mentions import passing_spans
from tg_archiver.archive.sentences import sentences
from tg_archiver.archive.summary import headline_and_summary
from tg_archiver.archive.tags import TopicAliases, iter_hashtags, tag_key

__all__ = ["LEAD", "NAMED", "PASSING", "TAGGED", "Weights"]

TAGGED, NAMED, LEAD, PASSING = 4, 3, 2, 1
LEAD_MIN, LEAD_CHARS = 150, 600  # an agency's first paragraph
_PARAGRAPH = lazy_re.compile(r"\n")
_HEADING_CHARS = 120  # a paragraph's heading is no longer
_SENTENCE_SCAN = 20_000  # a sentence naming the topic is looked for this far into a text
Score = tuple[int, int]  # (weight, minus where the deciding mention stands)


class Weights:
    """A digest's weighing of its stories' topics, with the config's aliases (none: only
    hashtags and stored tags count, so every tag weighs :data:`TAGGED` and the config's
    order decides, as before)."""

    def __init__(self, aliases: TopicAliases | None, searches: Iterable[str] = ()) -> None:
        self.aliases = aliases or TopicAliases()
        # A saved search's name, which its rows come tagged with, is named by no one: it
        # weighs least, so a story goes under a search only when it has no topic's tag.
        self._searches = {tag_key(s) for s in searches}
        self._cache: dict[tuple[int, str], Score] = {}
        self._headlines: dict[int, str] = {}

    def of(self, item: DigestItem, topic: str) -> int:
        """How much ``item`` is about ``topic`` (0: not tagged with it)."""
        return self.score(item, topic)[0]

    def score(self, item: DigestItem, topic: str) -> Score:
        """:meth:`of`, and among equals the earlier mention first: "BRICS ministers met on
        the sidelines of the UN General Assembly" is BRICS's before the UN's."""
        key = tag_key(topic)
        return max((self._scored(row, key) for row in item.rows), default=(0, 0))

    def _scored(self, row: ExportRow, key: str) -> Score:
        cached = self._cache.get((row.id, key))
        if cached is None:
            cached = self._cache[(row.id, key)] = self._weigh(row, key)
        return cached

    def _weigh(self, row: ExportRow, key: str) -> Score:
        if key not in {tag_key(t) for t in row.tags}:
            return 0, 0
        if key in self._searches:
            return PASSING, 0
        title, text = row.title or "", row.text
        hashtags = [o for o, body in iter_hashtags(text) if self._names(body, key)]
        first_line = text.find("\n") % (len(text) + 1)
        if self._hashtag_in(title, key) or any(
            o < first_line or _on_a_line_of_tags(text, o) for o in hashtags
        ):
            return TAGGED, 0  # "#ОДКБ" in the heading, or the channel's line of tags
        for zone in (title, self._headline(row)):
            if (at := self._first(zone, key, asides=False)) is not None:
                return NAMED, -at
        phrases = [o for o, t in self.aliases.iter_phrase_matches(text) if tag_key(t) == key]
        if not hashtags and not phrases:
            return TAGGED, 0  # an entity hashtag or a feed's category: the author's own tag
        named = _outside_formats(text, [*hashtags, *phrases])
        if not named:
            return 0, 0  # only among the formats two sides cooperate in: no story of it
        first = min(_outside_asides(text, named), default=None)
        if first is None:
            return PASSING, 0  # only where it happened: "on the sidelines of the UNGA"
        return (LEAD if first < _lead_end(text) else PASSING), -first

    def _first(self, text: str, key: str, *, asides: bool = True) -> int | None:
        """Where ``text`` first names the topic of ``key`` (a hashtag or a phrase alias);
        without ``asides``, not where it only says where something happened ("BRICS
        ministers met on the sidelines of the UN General Assembly" names BRICS, not the UN)."""
        found = [o for o, body in iter_hashtags(text) if self._names(body, key)]
        found += (o for o, t in self.aliases.iter_phrase_matches(text) if tag_key(t) == key)
        if not asides:
            found = _outside_asides(text, _outside_formats(text, found))
        return min(found, default=None)

    def _hashtag_in(self, text: str, key: str) -> bool:
        return any(self._names(body, key) for _, body in iter_hashtags(text))

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
        text = row.text[:_SENTENCE_SCAN]
        if (answer := self._answer_under_heading(text, key)) is not None:
            return answer
        for line in content_lines(text):
            if not self._named_in(line, key):
                continue
            return next((s for s in sentences(line) if self._named_in(s, key)), line)
        return None

    def _answer_under_heading(self, text: str, key: str) -> str | None:
        """When the first line naming the topic is a heading ("🔹 О санкциях
        Великобритании", a briefing's), the first sentence of the paragraph under it, which
        need not name the topic again."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for n, line in enumerate(lines):
            if not self._named_in(line, key):
                continue
            if not _is_heading(line) or n + 1 == len(lines) or _is_heading(lines[n + 1]):
                return None
            paragraph = next(iter(content_lines(lines[n + 1])), None)
            return next(iter(sentences(paragraph)), paragraph) if paragraph else None
        return None

    def names(self, text: str, topic: str) -> bool:
        """Whether ``text`` names ``topic`` (by a hashtag or a phrase alias)."""
        return self._named_in(text, tag_key(topic))

    def _named_in(self, text: str, key: str) -> bool:
        return self._first(text, key) is not None

    def _names(self, hashtag: str, key: str) -> bool:
        return tag_key(self.aliases.topic_for_hashtag(hashtag) or hashtag) == key

    def file_under(self, item: DigestItem, topics: Iterable[str]) -> str | None:
        """The topic of ``topics`` (a digest's, in its order) that ``item`` is most about;
        among equals the first; None when it has none of them."""
        return next(iter(self.most_about(item, topics)), None)

    def most_about(self, item: DigestItem, topics: Iterable[str]) -> list[str]:
        """The topics of ``topics`` that ``item`` is most about, equally (in ``topics``'
        order): one, or several its author tagged alike ("#МАГАТЭ #Иран" in the heading);
        none when it has none of them."""
        best: list[str] = []
        best_score: Score = (0, 0)
        for topic in topics:
            score = self.score(item, topic)
            if score[0] == 0 or score < best_score:
                continue
            if score > best_score:
                best, best_score = [], score
            best.append(topic)
        return best


def _is_heading(line: str) -> bool:
    """Whether ``line`` is a heading of what follows it: short, and no sentence ("О
    санкциях Великобритании", "On the situation in the Middle East")."""
    return len(line) <= _HEADING_CHARS and line.rstrip()[-1:] not in '.!?…:;»"”)'


def _outside_asides(text: str, offsets: list[int]) -> list[int]:
    """The ``offsets`` of ``text`` not inside an "on the sidelines of …" ("на полях …")."""
    asides = list(sidelines(text)) if offsets else []
    return [o for o in offsets if not any(start <= o < end for start, end in asides)]


# A readout's formula for the formats two sides work together in: "координация в ШОС, БРИКС
# и ООН", "взаимодействия в СНГ, ОДКБ и ШОС", "координация действий на площадках СНГ и ООН",
# "coordination within the SCO, BRICS and the UN", "cooperation within BRICS": the word of
# working together (in small letters: "Shanghai Cooperation Organisation" is a name, and so
# is "Взаимодействие-2024"), its preposition, then a list of names.
_FORMAT_WORD = lazy_re.compile(
    r"\b(?:взаимодейств|координац|сотрудничеств)[а-яё]*(?:\s+действий)?"
    r"\s+(?:в\s+рамках|в|во|на\s+площадк[а-яё]+|по\s+линии)\s+"
    r"|\b(?:cooperation|coordination|interaction|collaboration)"
    r"\s+(?:within|at|in|inside)\s+(?:the\s+framework\s+of\s+)?"
)
_NAME_WORD = r"#?[A-ZА-ЯЁ](?:[\w+’'-]|\.(?=\w))*"  # "U.N", "ОПЕК+"; no sentence's full stop
_LISTED_NAME = lazy_re.compile(rf"(?:(?:the|в|во)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_LIST_JOIN = lazy_re.compile(r"\s*,\s*(?:(?:and|и)\s+)?|\s+(?:and|и|or|или)\s+")


def _formats(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists the formats two sides work together in (see
    :data:`_FORMAT_WORD`): (start, end) of each list of names."""
    spans = []
    for word in _FORMAT_WORD.finditer(text):
        end = at = word.end()
        while (name := _LISTED_NAME.match(text, at)) is not None:
            end = name.end()
            join = _LIST_JOIN.match(text, end)
            if join is None:
                break
            at = join.end()
        if end > word.end():
            spans.append((word.end(), end))
    return spans


def _outside_formats(text: str, offsets: list[int]) -> list[int]:
    """The ``offsets`` of ``text`` not in a list of the formats two sides work together in
    ("…, а также координация в ШОС, БРИКС и ООН" names no SCO, BRICS or UN story), nor in
    another formula naming one in passing (archive.passing_mentions: "контакты, в том числе в
    рамках ОДКБ и СНГ", "Армения в учениях не участвует", "пройдет 27 ноября в Бишкеке")."""
    spans = [*_formats(text), *passing_spans(text)] if offsets else []
    return [o for o in offsets if not any(start <= o < end for start, end in spans)]


_TAGS_LINE = lazy_re.compile(r"(?:#\w+[\s,;·|]*)+")


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
