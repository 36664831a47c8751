"""A post's lines that carry content (:func:`content_lines`), for its headline and summary
and for the digest's folds: decoration and bullets stripped, hashtags read as words or left
out, lead-ins, datelines and list numbers dropped, the channel's furniture ("Read in full",
"Subscribe", a signature paragraph: :func:`without_signature`) and a questions-and-answers
post's questions left out. And whether a post has anything for a reader at all
(:func:`says_nothing`, :func:`is_advertisement`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.furniture import (
    LINKISH,
    is_advert,
    is_date_line,
    is_notice,
    is_pointer,
    is_promotion,
    is_rubric_line,
    strip_dateline,
    strip_lead_in,
    strip_trailing_credit,
)
from tg_archiver.archive.paragraphs import strip_closing

# Hashtags that are furniture: a run of two or more at a line's end, or one after the
# sentence's end ("... in Kazan. #BRICS"); a run of two or more at its start; a rubric
# ("#ЗаявлениеМИД", "#MFA_Russia": words run together) at either. One hashtag that ends or
# starts the sentence is a word of it ("in the work of #BRICS", "#BRICS Summit in Kazan",
# "саммит #БРИКС") and keeps its word.
# A hashtag's body holds a letter: "#1 trading partner" is a number, not a tag.
_TAG = r"#\w*[^\W\d_]\w*"
_HASHTAG_RUN_END = lazy_re.compile(rf"(?:\s*{_TAG})+\s*$")
_HASHTAG_RUN_START = lazy_re.compile(rf"^(?:{_TAG}\s*)+(?=\S)")
_RUBRIC = lazy_re.compile(r"_|[^\W\d_][^\W\d_]*?[a-zа-яё][A-ZА-ЯЁ]")
_SENTENCE_DONE = lazy_re.compile(r"[.!?…][»\"”')\]]*$")
_HASHTAG = lazy_re.compile(r"(?<![\w/])#(\w*[^\W\d_]\w*)")
_LIST_NUMBER = lazy_re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # a numbered list's item marker


_ANY_WORD = lazy_re.compile(r"\w")


_SIGNATURE_LINES = 5  # a signature paragraph has at most this many lines
_NAME_WORDS = 4  # ... and its lines without a link or a sign-off are a name: this many words


def without_signature(text: str) -> str:
    """``text`` without the signature paragraphs that close it: a paragraph (after the first)
    whose lines are each a link, a handle or a sign-off with few other words, hashtags, or a
    few words (the channel's name), at least one of them a link, a handle or a sign-off.
    "🇷🇺 Russian MFA / Follow: t.me/mfa_en / #Russia" goes whole; "The talks were useful. /
    #Russia #China" stays (a line of hashtags alone does not make a paragraph a signature)."""
    return "\n".join(strip_closing(text.splitlines(), _is_signature))


def _is_signature(paragraph: list[str], before: Sequence[str]) -> bool:
    block = [clean_line(line) for line in paragraph]
    signs = [line for line in block if is_furniture(line, signature=True)]
    if not signs or len(block) > _SIGNATURE_LINES:
        return False
    if next(content_lines("\n".join(before)), None) is None:
        return False  # the first paragraph with content is the body, whatever it holds
    names = [line for line in block if line not in signs]
    return all(len(re.findall(r"\w+", line)) <= _NAME_WORDS for line in names)


def content_lines(text: str) -> Iterator[str]:
    """The post's lines that carry content, decoration stripped; the first lead-in dropped,
    and a first line that is a rubric or a salutation alone ("Анонс", "Уважаемые
    соотечественники!") when more follows."""
    lines = iter(_without_questions(list(cleaned_lines(text))))
    first = next(lines, None)
    if first is None:
        return
    second = next(lines, None)
    if second is None or not is_rubric_line(first):
        yield first
    if second is not None:
        yield second
    yield from lines


# A question put to a speaker ("Вопрос: …", "Q: …", a line that only asks): the answer is
# the news, so the question is no headline nor summary when an answer follows.
_QUESTION = lazy_re.compile(r"(?i)^(?:(?:вопрос|question|q)\s*[:.]\s*|[^.!…]*\?\W*$)")
_ANSWER = lazy_re.compile(r"(?i)^(?:ответ|answer|a)\s*[:.]\s*(?=\S)")
TOPIC_HEADING = lazy_re.compile(r"^(?:О|Об|Обо|On|About)\s+[^.!?…]{3,100}$")
TOPIC_HEADINGS = 2


def _without_questions(lines: list[str]) -> list[str]:
    """``lines`` without the questions of a questions-and-answers post, and the answers
    without their "Ответ:"/"A:"; as they are when nothing but questions would be left. A
    briefing's topic headings ("❓ О ситуации в Ливане", then the answer) count as questions
    when there are two or more of them after its first line."""
    topics = {n for n, line in enumerate(lines) if n and TOPIC_HEADING.match(line)}
    if len(topics) < TOPIC_HEADINGS:
        topics = set()
    kept = [
        _ANSWER.sub("", line)
        for n, line in enumerate(lines)
        if not _QUESTION.match(line) and n not in topics
    ]
    if len(kept) == len(lines) or not kept:
        return lines
    return [line[:1].upper() + line[1:] for line in kept]


def cleaned_lines(text: str) -> Iterator[str]:
    first = True
    for raw in text.splitlines():
        line = clean_line(raw)
        # A signature closes a post: a first line that looks like one is the post itself.
        if not line or is_furniture(line, signature=not first) or is_date_line(line):
            continue
        led, line = line, _strip_decoration(strip_lead_in(line))  # "СРОЧНО! ✍️ 3 мая…"
        # "Минск. 22 октября. /ТАСС/. …", first or under a heading ("⚡️Лавров в Казани").
        line = strip_dateline(line)
        if not line or is_date_line(line):
            continue
        line = _LIST_NUMBER.sub("", line, count=1)  # "1. Подписано 12 документов"
        if line != led:
            line = capitalised(line)  # "Прямой эфир: пресс-конференция …"
        first = False
        yield line


# -- the pieces -------------------------------------------------------------------------------


def clean_line(line: str) -> str:
    """The line without leading decoration, its ending run of hashtags, or hashtags' ``#``."""
    line = strip_trailing_credit(_strip_decoration(line))
    if not line:
        return ""
    # Hashtags alone, or with emoji beside them ("#RussiaIndia 🇷🇺🇮🇳").
    tokens = line.split()
    if any(w.startswith("#") for w in tokens) and all(
        w.startswith("#") or not _ANY_WORD.search(w) for w in tokens
    ):
        return ""
    end = _HASHTAG_RUN_END.search(line)
    if end and not _ends_the_sentence(end.group(), line[: end.start()]):
        line = line[: end.start()]
    start = _HASHTAG_RUN_START.match(line)
    if start:
        line = _opening_tag(start.group(), line[start.end() :])
    line = _HASHTAG.sub(_hashtag_word, line)
    line = re.sub(r"\s*\x00", "", line)  # a repeated abbreviation gone, with its space
    line = _strip_decoration(line)
    return " ".join(line.split())


def _hashtag_word(m: re.Match[str]) -> str:
    """A hashtag inside a sentence as its word ("the #SCO summit": "the SCO summit"), or
    nothing when it only repeats the initials of the words before it ("Commonwealth of
    Independent States #CIS", "Содружества Независимых Государств #СНГ"; in brackets,
    "(#SCO)", it is the abbreviation given)."""
    tag = m.group(1)
    if m.string[m.start() - 1 : m.start()] == "(":
        return tag
    # The six words before it at most: read from a bounded stretch, not the whole line (a
    # line of 5,000 hashtags took minutes: each one rescanned all before it).
    start = max(0, m.start() - _INITIALS_SCAN)
    before = [
        w for w in re.findall(r"\w+", m.string[start : m.start()]) if w.casefold() not in _GLUE
    ]
    n = len(tag)
    initials = "".join(w[0] for w in before[-n:]) if 2 <= n <= 6 and len(before) >= n else ""
    return "\x00" if initials.casefold() == tag.casefold() else tag  # NUL: no post holds one


_INITIALS_SCAN = 400  # characters before a hashtag read for the words it abbreviates
# Words an abbreviation skips ("Commonwealth of Independent States": CIS).
_GLUE = frozenset({"of", "the", "and", "for", "on", "in", "и", "по", "в", "на", "за"})


def _ends_the_sentence(run: str, before: str) -> bool:
    """Whether ``run``, the hashtags ending a line after ``before``, is one hashtag read as
    the sentence's last word ("in the work of #BRICS", "саммит #БРИКС"), not a tag set apart:
    after the sentence's end, after a name ("с Ван И #ШОС", "interview with RT #Lavrov"),
    repeating a word of the line ("Брифинг Захаровой #Брифинг") or a rubric, it is one."""
    tags = run.split()
    if len(tags) != 1 or _RUBRIC.search(tags[0][1:]) or _SENTENCE_DONE.search(before.rstrip()):
        return False
    words = re.findall(r"\w+", before)
    # After a name it is a tag set apart ("с Ван И #ШОС"), after an abbreviation it is the
    # abbreviation's complement ("для участия в СМИД #ШОС": of the SCO).
    return (
        bool(words)
        and (not words[-1][:1].isupper() or (len(words[-1]) >= 2 and words[-1].isupper()))
        and tags[0][1:].casefold() not in {w.casefold() for w in words}
    )


def _opening_tag(run: str, rest: str) -> str:
    """The line that starts with the hashtags ``run`` before ``rest``, as read: one hashtag
    that is the sentence's first word keeps it ("#BRICS Summit in Kazan", "#ШОС и БРИКС"),
    a rubric run together too when the sentence goes on in lower case ("#RussiaAfrica summit
    opens": "Russia Africa summit opens"); a lead-in's word ("#Срочно", "#OTD"), a rubric
    before a new sentence, or a run of tags are left out."""
    tags = run.split()
    word = tags[0][1:]
    if len(tags) == 1 and word.casefold() not in _LEAD_TAGS:
        if rest[:1].islower():
            return f"{_words_of(word)} {rest}"
        if not _RUBRIC.search(word):
            return f"{word} {rest}"
    return rest


# Hashtags that open a post as a lead-in does: "#Срочно Лавров: …", "#OTD 22 years ago".
_LEAD_TAGS = frozenset(
    [
        "срочно",
        "важно",
        "главное",
        "молния",
        "breaking",
        "urgent",
        "important",
        "otd",
        "update",
        "live",
    ]
)


def _words_of(tag: str) -> str:
    """A hashtag's words: "RussiaAfrica" -> "Russia Africa", "ШОС_2024" -> "ШОС 2024"."""
    return re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", tag.replace("_", " ")).strip()


def _strip_decoration(line: str) -> str:
    """The line from its first letter, digit, '#', '@', quote or bracket on; a letter shown
    as an emoji ("ℹ️": a letter, then the emoji selector U+FE0F) is decoration too."""
    for n, char in enumerate(line):
        shown = unicodedata.category(char)[0] in "LN" or char in "#@\"'«“(<["
        # A sign of the number after it: "-5%", "$1 trillion", "№ 1".
        shown = shown or (char in _SIGNS and line[n + 1 : n + 3].strip()[:1].isdigit())
        if shown and line[n + 1 : n + 2] != _EMOJI_SELECTOR:
            return line[n:].strip()
    return ""


_EMOJI_SELECTOR = "\ufe0f"
_SIGNS = "-+−$€£¥₽№"


def is_furniture(line: str, *, signature: bool) -> bool:
    """A "Read in full"/"Subscribe" line, a forward's header, or (``signature``) a signature."""
    if is_pointer(line) or is_promotion(line) or is_notice(line):
        return True
    if not signature:
        return False
    links = LINKISH.findall(line)
    if not links:
        return False
    rest = LINKISH.sub(" ", line)
    words = re.findall(r"\w+", rest)
    # "MFA Russia | @MID_Russia", "🔗 Source: t.me/x/1"; "@gsmonitor | Subscribe for daily
    # updates" (a handle and the call to follow it).
    return len(words) <= 3 or (len(words) <= _CALL_WORDS and _SUBSCRIBE.search(rest) is not None)


_CALL_WORDS = 8
_SUBSCRIBE = lazy_re.compile(r"(?i)\b(?:subscribe|follow|подпис\w*)\b")


def capitalised(text: str) -> str:
    """``text`` starting with a capital, when it starts with a lower-case letter."""
    return text[0].upper() + text[1:] if text[:1].islower() else text


def is_advertisement(title: str | None, text: str) -> bool:
    """Whether a post is marked as an advertisement, in its text or its title."""
    return is_advert(text) or (title is not None and is_advert(title))


def says_nothing(title: str | None, text: str) -> bool:
    """Whether a post has nothing for a reader of a list of stories: no line of content
    (hashtags, a signature, emoji), only links ("👉 brics-russia2024.ru"), a greeting or a
    rubric alone ("Доброй ночи!"), or an advertisement ("Реклама. ООО «…», ИНН …, erid: …")."""
    if is_advertisement(title, text):
        return True
    if title and title.strip():
        return False
    lines = list(content_lines(without_signature(text)))
    return all(
        is_pointer(line) or is_promotion(line) or _only_links(line) or is_rubric_line(line)
        for line in lines
    )


def _only_links(line: str) -> bool:
    """A line of links and handles with a word at most ("👉 brics-russia2024.ru", "Источник:
    tass.ru"): a pointer, not a statement."""
    return bool(LINKISH.search(line)) and len(re.findall(r"\w+", LINKISH.sub(" ", line))) <= 1
