"""A briefing headed by its topics: "Брифинг … Захаровой, Москва, 16 октября" names no
news, the topics its headings name do ("…Захаровой: ситуация в Ливане; подготовка к саммиту
БРИКС в Казани"), in the nominative, as many as fit a headline (:func:`briefing_topics`).
An interview is headed by what was said the same way (archive/interviews.py).
"""

from __future__ import annotations

from itertools import takewhile

from tg_archiver.archive import lazy_re
from tg_archiver.archive.content_lines import TOPIC_HEADING, TOPIC_HEADINGS, cleaned_lines
from tg_archiver.archive.headline_cut import HEADLINE_CHARS
from tg_archiver.archive.lexemes import dictionary

_TOPIC_CHARS = 100


# A briefing's title, which names no news: "Брифинг официального представителя МИД России
# М.В.Захаровой, Москва, 16 октября 2024 года", "Briefing by Foreign Ministry Spokeswoman …".
BRIEFING = lazy_re.compile(r"(?i)^(?:брифинг|стенограмма брифинга|briefing|press briefing)\b")
_PLACE_AND_DATE = lazy_re.compile(
    r"(?:,\s+[^,]{2,40},\s+[^,]{4,40}\d{4}(?:\s+года)?\.?|\s*\([^()]{2,60}\d{4}[^()]{0,10}\))$"
)


def briefing_topics(first: str, text: str) -> str:
    """A briefing's title (without its place and date) and the topics its headings name, in
    the nominative ("…Захаровой: ситуация в Ливане; подготовка к саммиту БРИКС в Казани"),
    as many as fit a headline; "" for a post that is no briefing with such headings."""
    if not BRIEFING.match(first):
        return ""
    lines = list(cleaned_lines(text))
    topics = [
        _nominative(line.split(maxsplit=1)[1])
        for n, line in enumerate(lines)
        if n and TOPIC_HEADING.match(line)
    ]
    if len(topics) < TOPIC_HEADINGS:
        # "Основные темы:" and a list of them, in the nominative already.
        listed = next((n for n, line in enumerate(lines) if _TOPICS_LINE.match(line)), None)
        topics = [] if listed is None else list(takewhile(_is_topic, lines[listed + 1 :]))
    if len(topics) < TOPIC_HEADINGS:
        return ""
    title = _PLACE_AND_DATE.sub("", first)
    headline = f"{title}: {topics[0]}"
    if len(headline) > HEADLINE_CHARS and (speaker := _SPEAKER.match(title)):
        # The title and its first topic would be cut: the title as an editor shortens it,
        # the briefing and who gave it ("Брифинг М.В.Захаровой: итоги выборов …", as the
        # ministry heads its own clips), not the title alone, which names no news.
        headline = f"{speaker.group(1)} {speaker.group(2)}: {topics[0]}"
    if len(headline) > HEADLINE_CHARS:
        return ""  # the title and one topic would be cut: the title alone, as before
    for topic in topics[1:]:
        if len(headline) + len(topic) + 2 > HEADLINE_CHARS:
            break
        headline += f"; {topic}"
    return headline


# A briefing's title and who gave it, at its end: "Брифинг официального представителя МИД
# России М.В.Захаровой" -> "Брифинг", "М.В.Захаровой"; "Briefing by Foreign Ministry
# Spokeswoman Maria Zakharova" -> "Briefing by", "Maria Zakharova".
_SPEAKER = lazy_re.compile(
    r"(?i:(брифинг|briefing(?: by)?))\b.*?\s"
    r"((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[A-Z][a-z]+ [A-Z][a-z-]+)$"
)


_TOPICS_LINE = lazy_re.compile(
    r"(?i)^(?:основные темы|темы брифинга|темы|содержание|key topics|main topics|topics)\s*:?$"
)


def _is_topic(line: str) -> bool:
    return len(line) <= _TOPIC_CHARS and line[-1:] not in ".!?…"


def _nominative(phrase: str) -> str:
    """A topic after "О" in the nominative: "ситуации в Ливане" -> "ситуация в Ливане",
    "российско-китайских отношениях" -> "российско-китайские отношения" (the words up to
    the first noun; the rest as written)."""
    words = phrase.split()
    for n, word in enumerate(words):
        parses = [p for p in dictionary().parse(word.casefold()) if p.tag.case == "loct"]
        if not parses:
            break
        nominative = parses[0].inflect({"nomn"})
        if nominative is None:
            break
        words[n] = nominative.word if not word[:1].isupper() else nominative.word.capitalize()
        if parses[0].tag.POS == "NOUN":
            break
    return " ".join(words)
