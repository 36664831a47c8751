"""A post's headline and its extractive summary, for digests (and anything that lists posts).

Pure functions over a post's title and clean text. The aim is what a subscriber reads: one
headline that says what the post is, then the one or two sentences that add most to it, never
the same words twice and never the channel's furniture.

    headline, summary = headline_and_summary(None, text, limit=200)

Choices a caller must know:

- **Furniture is not content.** Lines of hashtags alone, "Forwarded from ...", "Read in full" /
  "Subscribe" / "Подробнее" lines, signature lines (a line that is mostly @names and t.me or
  web links, such as "🇷🇺 @MID_Russia | t.me/MFARussia") never become a headline or a summary.
  Leading emoji and bullets (🔹, •, ❗️) are stripped from every line; hashtags inside a sentence
  keep their word and lose the ``#`` ("the #SCO summit" reads "the SCO summit"), and so does
  one hashtag that ends or starts it ("in the work of #BRICS", "#BRICS Summit in Kazan"); a
  run of hashtags at a line's start or end, or one after the sentence's end, is dropped.
- **Lead-ins are not content.** "Key talking points:", "Тезисы:", "BREAKING:", "Срочно:" at
  the start of a line are dropped (the whole line, when nothing else is on it).
- **Headline** = the post's own title when it has one, else its first sentence (a short first
  line without a full stop is a title too). At most :data:`HEADLINE_CHARS` (a sentence at
  most ``STUB_CHARS`` longer is shown whole: cut, it would leave a stub), cut at a word
  boundary with "…", never inside a word, and where it can (in the headline's second half)
  neither after a word that leans on the next ("of", "the", "в") nor inside a name; the
  summary then goes on from the cut ("…and the agenda is agreed."), so nothing of the first
  sentence is lost and nothing is said twice.
- **Summary** = at most two sentences of the rest, the most informative ones (most new content
  words, numbers and names; very short ones last), in the post's order, within ``limit``
  characters (when the two do not fit, the more informative one alone). A sentence that
  repeats the headline (or is contained in it) is never chosen, so the summary never
  contains the headline.
- **Sentences**: archive/sentences.py (not after an abbreviation or an initial, nor inside a
  quotation); a long first sentence is cut as archive/headline_cut.py says, after its
  protocol forms are written shorter (archive/officialese.py) and it is said shorter as an
  editor would (archive/condense.py: who said it, a set-up before who speaks, asides,
  describing clauses; a Russian summary then says "Об этом передаёт NHK."); lines in
  capitals read as sentences (archive/shouting.py).
- **Labels and questions are not the news.** A genre's name or a salutation alone on the
  first line ("Заявление МИД России", "STATEMENT", "Дорогие друзья!"), or as a feed item's
  whole title, gives way to the text; a questions-and-answers post is told by its answers
  (the questions left out, "Ответ:"/"A:" dropped); a bilingual post's summary is in the
  headline's script, never the headline translated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import takewhile

from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.condense import condensed, lower_first, speaker_surname
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
    strip_trailing_link,
)
from tg_archiver.archive.headline_cut import (
    HEADLINE_CHARS,
    STUB_CHARS,
    cut_headline,
    only_a_name,
    title_break,
    without_trailing_emoji,
)
from tg_archiver.archive.interviews import as_said, interview_answers
from tg_archiver.archive.lexemes import dictionary, is_person
from tg_archiver.archive.officialese import abbreviated, shortened
from tg_archiver.archive.paragraphs import strip_closing
from tg_archiver.archive.sentences import sentences, shorten
from tg_archiver.archive.shouting import sentence_cased

__all__ = [
    "HEADLINE_CHARS",
    "NO_TEXT",
    "headline_and_summary",
    "says_nothing",
    "sentences",
    "shorten",
]

NO_TEXT = "(no text)"  # the headline of a post with nothing to show
SUMMARY_SENTENCES = 2

# Hashtags that are furniture: a run of two or more at a line's end, or one after the
# sentence's end ("... in Kazan. #BRICS"); a run of two or more at its start; a rubric
# ("#ЗаявлениеМИД", "#MFA_Russia": words run together) at either. One hashtag that ends or
# starts the sentence is a word of it ("in the work of #BRICS", "#BRICS Summit in Kazan",
# "саммит #БРИКС") and keeps its word.
# A hashtag's body holds a letter: "#1 trading partner" is a number, not a tag.
_TAG = r"#\w*[^\W\d_]\w*"
_HASHTAG_RUN_END = re.compile(rf"(?:\s*{_TAG})+\s*$")
_HASHTAG_RUN_START = re.compile(rf"^(?:{_TAG}\s*)+(?=\S)")
_RUBRIC = re.compile(r"_|[^\W\d_][^\W\d_]*?[a-zа-яё][A-ZА-ЯЁ]")
_SENTENCE_DONE = re.compile(r"[.!?…][»\"”')\]]*$")
_HASHTAG = re.compile(r"(?<![\w/])#(\w*[^\W\d_]\w*)")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # a numbered list's item marker
_CONTENT_WORD = re.compile(r"\w{4,}")
_ANY_WORD = re.compile(r"\w")
_PREVIEW_CUT = re.compile(r"(?<=[.!?])\s+(?:…|\.\.\.)$")


def headline_and_summary(title: str | None, text: str, *, limit: int = 200) -> tuple[str, str]:
    """(headline, summary) of a post; see the module's notes. ``limit`` bounds the summary
    (0: no summary). The headline is "(no text)" for a post with nothing to show."""
    # "ЗАЯВЛЕНИЕ МИД РОССИИ" and its subtitle in capitals: one line, as a sentence is written.
    prepared = without_signature(sentence_cased(text))
    lines = list(content_lines(prepared))
    body = sentences("\n".join(lines))
    own_title = " ".join(sentence_cased(title or "").split())
    if body and is_rubric_line(own_title):
        own_title = ""  # a feed item titled "STATEMENT", "Press release": its text heads it
    # "Live: …", "… - Reuters", "… | Al Jazeera": the feed's furniture.
    own_title = strip_lead_in(_AGENCY_IN_TITLE.sub("", own_title))
    if body and not own_title:
        # "Шанхайская организация сотрудничества (ШОС) должна …": a headline says "ШОС".
        body[0] = abbreviated(body[0])
    if own_title:
        headline_source = _clean_line(own_title)
        rest = body
        if topics := _briefing_topics(headline_source, prepared):
            headline_source = topics
    elif len(body) > 1 and lines and body[0] == lines[0] and _speaker(body[0]):
        # "Глава МИД Венгрии Петер Сийярто" on a line of its own, then what he said: who
        # and what, as an agency heads it ("Петер Сийярто: Будапешт заблокирует …").
        headline_source, rest = f"{body[0]}: {body[1]}", body[2:]
    elif body and body[0] == lines[0] and (topics := _briefing_topics(lines[0], prepared)):
        # "Брифинг … Захаровой, Москва, 16 октября" names no news; its topics do.
        headline_source, rest = topics, body[1:]
    elif body and body[0] == lines[0] and (answers := interview_answers(lines)):
        # "Интервью … Лаврова газете «Фолья де Сан-Паулу», 28 июня" names no news; his
        # first answer does ("Лавров: рассчитываем на принятие декларации …").
        headline_source, rest = answers[0], answers[1:]
    elif body:
        headline_source, rest = body[0], body[1:]
        whole = HEADLINE_CHARS + STUB_CHARS
        size = len(shortened(headline_source, HEADLINE_CHARS))
        if rest and (who := _said_next(rest[0])) and (len(who) + size + 2 <= whole or size > whole):
            # "Удары по миротворцам недопустимы. Такое мнение высказала … Мария Захарова":
            # her words, not a fact; agencies head it "Захарова: удары … недопустимы" (not
            # when the name would make a whole headline one cut).
            headline_source, rest = f"{who}: {lower_first(headline_source)}", rest[1:]
    else:
        return NO_TEXT, ""
    # "Смотрите трансляцию на сайте ТАСС: https://tass.ru/live/…": the link is not a headline.
    headline_source = without_trailing_emoji(strip_trailing_link(headline_source))
    if not own_title:
        headline_source = as_said(headline_source)
    colon = ":" if headline_source.endswith(":") else ""  # "… подписаны:" and a list
    headline_source = as_written = headline_source.rstrip(":")
    if own_title or title_break(headline_source) is None:
        # "Министра иностранных дел Российской Федерации С.В.Лаврова" cut before the name of
        # whom he met: titles as agencies write them, the opening date, initials, as needed.
        headline_source = shortened(headline_source, HEADLINE_CHARS)
    said = ""
    if own_title:
        headline, remainder = shorten(headline_source, HEADLINE_CHARS), ""
    else:
        at_title = title_break(headline_source) is not None
        if not at_title:
            # Said shorter, as an editor would, rather than cut inside a clause: who said it,
            # asides in brackets, a clause describing a noun (archive/condense.py). Its
            # "Консульство России в Дананге: …" is who speaks, no title to cut at.
            short = condensed(headline_source, HEADLINE_CHARS + STUB_CHARS)
            headline_source, said = short.text, short.attribution
        headline, remainder = cut_headline(headline_source, at_title=at_title)
    headline = _PREVIEW_CUT.sub("", headline)  # "… of National Day. …": a preview's mark
    if headline.endswith(".") and not headline.endswith(".."):
        headline = headline[:-1]  # a headline reads without its full stop
    headline = _capitalised(headline) or NO_TEXT  # "переговоры в Пекине" after "#Китай:"
    if limit <= 0:
        return headline, ""
    # A briefing headed by its topics is summed up by its first answers: the headline's
    # first topic, not the answer with the most names (the CSTO's under "ситуация вокруг Ирана").
    briefing = bool(_BRIEFING.match(as_written)) and ":" in headline_source
    summary = _summary(f"{as_written} {headline_source}", rest, limit, in_order=briefing)
    if said and not summary and not remainder:
        summary = shorten(f"Об этом {said}.", limit)  # who said it, as agencies write it
    if remainder and not _says_little(remainder):
        # The cut sentence goes on in the summary, from where the headline stopped.
        joined = f"{_ended(remainder + colon)} {summary}" if summary else remainder
        summary = shorten(joined, limit)
    elif summary and (lead := _ANAPHORIC.match(summary)):
        # "По его словам, …" with "he" left out of the headline: say who, as agencies do
        # ("Об этом заявил глава Росатома … По его словам, …"), or drop the words that
        # point at no one.
        summary = (
            shorten(f"Об этом {said}. {summary}", limit)
            if said
            else _capitalised(summary[lead.end() :])
        )
    return headline, without_trailing_emoji(summary)


# A sentence saying who said the one before: "Об этом заявил глава МИД России Сергей Лавров
# в интервью …", "Такое мнение высказала официальный представитель МИД РФ Мария Захарова".
_SAID_NEXT = re.compile(
    r"^(?:Об этом|Такое мнение|Такую оценку|Такое заявление|Такую позицию|Эту позицию)\s+"
    r"(?P<said>(?:заявил|сообщил|высказал|дал|сделал|озвучил|рассказал|написал|отметил"
    r"|подчеркнул|выразил)[аи]?\s.{3,160}?)\.?$"
)


def _said_next(sentence: str) -> str:
    """The surname of the person a sentence names as the speaker of the one before it, or
    "" (no such sentence, or no person: "Об этом сообщили в МИД")."""
    m = _SAID_NEXT.match(sentence.strip())
    return speaker_surname(m.group("said")) if m else ""


# A summary's first words pointing back at a speaker the reader has not met: "По его
# словам,", "Как она отметила,", "According to him,".
_ANAPHORIC = re.compile(
    r"(?i)^(?:по (?:его|её|ее|их) (?:словам|мнению|данным)"
    r"|как (?:он|она|они) (?:отметила?|отметили|подчеркнула?|подчеркнули|добавила?|добавили"
    r"|заявила?|заявили|сообщила?|сообщили|пояснила?|пояснили)"
    r"|according to (?:him|her|them)|in (?:his|her|their) words)\s*,\s*"
)


# An agency's name a feed puts after its titles: "… - Reuters", "… | News | Al Jazeera".
_AGENCY_IN_TITLE = re.compile(
    r"(?:\s+\|\s+[^|]{1,30})?\s+[-–—|]\s+(?:Reuters|AP News|Al Jazeera|AFP|BBC News|TASS"
    r"|RT|Xinhua|CGTN|Global Times|UN News|ТАСС|РИА Новости|Интерфакс)\s*$"
)
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
    block = [_clean_line(line) for line in paragraph]
    signs = [line for line in block if _is_furniture(line, signature=True)]
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
    lines = iter(_without_questions(list(_content_lines(text))))
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
_QUESTION = re.compile(r"(?i)^(?:(?:вопрос|question|q)\s*[:.]\s*|[^.!…]*\?\W*$)")
_ANSWER = re.compile(r"(?i)^(?:ответ|answer|a)\s*[:.]\s*(?=\S)")
_TOPIC_HEADING = re.compile(r"^(?:О|Об|Обо|On|About)\s+[^.!?…]{3,100}$")
_TOPIC_HEADINGS = 2
_TOPIC_CHARS = 100


# A briefing's title, which names no news: "Брифинг официального представителя МИД России
# М.В.Захаровой, Москва, 16 октября 2024 года", "Briefing by Foreign Ministry Spokeswoman …".
_BRIEFING = re.compile(r"(?i)^(?:брифинг|стенограмма брифинга|briefing|press briefing)\b")
_PLACE_AND_DATE = re.compile(
    r"(?:,\s+[^,]{2,40},\s+[^,]{4,40}\d{4}(?:\s+года)?\.?|\s*\([^()]{2,60}\d{4}[^()]{0,10}\))$"
)


def _briefing_topics(first: str, text: str) -> str:
    """A briefing's title (without its place and date) and the topics its headings name, in
    the nominative ("…Захаровой: ситуация в Ливане; подготовка к саммиту БРИКС в Казани"),
    as many as fit a headline; "" for a post that is no briefing with such headings."""
    if not _BRIEFING.match(first):
        return ""
    lines = list(_content_lines(text))
    topics = [
        _nominative(line.split(maxsplit=1)[1])
        for n, line in enumerate(lines)
        if n and _TOPIC_HEADING.match(line)
    ]
    if len(topics) < _TOPIC_HEADINGS:
        # "Основные темы:" and a list of them, in the nominative already.
        listed = next((n for n, line in enumerate(lines) if _TOPICS_LINE.match(line)), None)
        topics = [] if listed is None else list(takewhile(_is_topic, lines[listed + 1 :]))
    if len(topics) < _TOPIC_HEADINGS:
        return ""
    headline = f"{_PLACE_AND_DATE.sub('', first)}: {topics[0]}"
    if len(headline) > HEADLINE_CHARS:
        return ""  # the title and one topic would be cut: the title alone, as before
    for topic in topics[1:]:
        if len(headline) + len(topic) + 2 > HEADLINE_CHARS:
            break
        headline += f"; {topic}"
    return headline


_TOPICS_LINE = re.compile(
    r"(?i)^(?:основные темы|темы брифинга|темы|содержание|key topics|topics)\s*:?$"
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


def _without_questions(lines: list[str]) -> list[str]:
    """``lines`` without the questions of a questions-and-answers post, and the answers
    without their "Ответ:"/"A:"; as they are when nothing but questions would be left. A
    briefing's topic headings ("❓ О ситуации в Ливане", then the answer) count as questions
    when there are two or more of them after its first line."""
    topics = {n for n, line in enumerate(lines) if n and _TOPIC_HEADING.match(line)}
    if len(topics) < _TOPIC_HEADINGS:
        topics = set()
    kept = [
        _ANSWER.sub("", line)
        for n, line in enumerate(lines)
        if not _QUESTION.match(line) and n not in topics
    ]
    if len(kept) == len(lines) or not kept:
        return lines
    return [line[:1].upper() + line[1:] for line in kept]


def _content_lines(text: str) -> Iterator[str]:
    first = True
    for raw in text.splitlines():
        line = _clean_line(raw)
        # A signature closes a post: a first line that looks like one is the post itself.
        if not line or _is_furniture(line, signature=not first) or is_date_line(line):
            continue
        led, line = line, _strip_decoration(strip_lead_in(line))  # "СРОЧНО! ✍️ 3 мая…"
        # "Минск. 22 октября. /ТАСС/. …", first or under a heading ("⚡️Лавров в Казани").
        line = strip_dateline(line)
        if not line or is_date_line(line):
            continue
        line = _LIST_NUMBER.sub("", line, count=1)  # "1. Подписано 12 документов"
        if line != led:
            line = _capitalised(line)  # "Прямой эфир: пресс-конференция …"
        first = False
        yield line


# -- the pieces -------------------------------------------------------------------------------


def _clean_line(line: str) -> str:
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


def _is_furniture(line: str, *, signature: bool) -> bool:
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
_SUBSCRIBE = re.compile(r"(?i)\b(?:subscribe|follow|подпис\w*)\b")


def _capitalised(text: str) -> str:
    """``text`` starting with a capital, when it starts with a lower-case letter."""
    return text[0].upper() + text[1:] if text[:1].islower() else text


def _ended(sentence: str) -> str:
    """``sentence`` ending as a sentence does: with its own mark, else a full stop."""
    return sentence if re.search(r"[.!?…:;»\"”')\]]$", sentence) else sentence + "."


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


# The rest of a cut sentence that adds nothing to read: who said it ("…передаёт ТАСС со
# ссылкой на МИД", "…, the ministry said in a statement").
_ATTRIBUTION = re.compile(
    r"(?i)^…?\W*(?:передает|передаёт|сообщил\w*|сообщает|сообщили|заявил\w*|пишет|отметил\w*"
    r"|говорится|said|says|reported|reports|told|wrote|according\s+to|the\s+\w+\s+said)\b"
)
_ATTRIBUTION_WORDS = 12


def _says_little(remainder: str) -> bool:
    words = re.findall(r"\w+", remainder)
    return len(words) <= _ATTRIBUTION_WORDS and _ATTRIBUTION.search(remainder) is not None


_SPEAKER_WORDS = 6


def _speaker(line: str) -> bool:
    """A line that is a person's name and titles alone, no sentence ("Мария Захарова", "Глава
    МИД Венгрии Петер Сийярто"): who speaks in the lines after it. A person by the
    dictionary's first or last names (Russian only: "Заявление МИД России" names no one)."""
    return (
        len(line.split()) <= _SPEAKER_WORDS
        and not re.search(r"[.!?…:;,]\W*$", line)
        and only_a_name(line)
        and any(is_person(w) for w in _CYRILLIC_NAME.findall(line))
    )


_CYRILLIC_NAME = re.compile(r"(?<!\w)[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?")


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


_RESTATED = 0.75  # this share of a sentence's content words in the headline: said already
_RESTATED_WORDS = 6  # ... when it has at least this many (a short one may add its point)


def _restates(sentence: str, head_stems: set[str]) -> bool:
    """Whether ``sentence`` says the headline again in other forms: "14 марта состоялся
    телефонный разговор С.В.Лаврова с Х.Фиданом" under "О телефонном разговоре С.В.Лаврова
    с Х.Фиданом" (a readout's heading and its first sentence)."""
    stems = [analyse_word(w) for w in _CONTENT_WORD.findall(sentence.casefold())]
    if len(stems) < _RESTATED_WORDS:
        return False
    return sum(s in head_stems for s in stems) >= _RESTATED * len(stems)


_SCRIPT_WORDS = 5
_OTHER_SCRIPT = 0.8  # this share of a sentence's letters in one script: it is in that one


def _script(text: str) -> str:
    """ "cyrillic" or "latin" when most of ``text``'s letters are of that script, else
    "mixed"."""
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if cyrillic + latin == 0:
        return "mixed"
    if cyrillic >= _OTHER_SCRIPT * (cyrillic + latin):
        return "cyrillic"
    return "latin" if latin >= _OTHER_SCRIPT * (cyrillic + latin) else "mixed"


def _other_language(sentence: str, script: str) -> bool:
    """Whether ``sentence`` is a statement in the other script than the headline's (a
    bilingual post's translation); a few words of it inside a post ("The talks were useful.")
    are not."""
    if script == "mixed" or len(_LETTERS.findall(sentence)) < _SCRIPT_WORDS:
        return False
    return _script(sentence) not in (script, "mixed")


_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters
_CYRILLIC_LETTER = re.compile(r"[А-Яа-яЁё]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _summary(headline: str, rest: list[str], limit: int, *, in_order: bool = False) -> str:
    """The one or two most informative sentences of ``rest`` that do not repeat the headline,
    in the post's order, within ``limit`` characters."""
    head_key = _key(headline)
    head_words = set(_CONTENT_WORD.findall(headline.casefold()))
    head_stems = {analyse_word(w) for w in head_words}
    # A headline of a few words says nothing of the post's language ("Via @mfa_ru").
    script = _script(headline) if len(_LETTERS.findall(headline)) >= _SCRIPT_WORDS else "mixed"
    seen: set[str] = set()
    candidates: list[tuple[int, str]] = []
    for n, sentence in enumerate(rest):
        key = _key(sentence)
        if not key or key in seen or key in head_key or head_key in key:
            continue
        if _is_furniture(sentence, signature=True):  # "… aid … Read more: mid.ru"
            continue
        if is_date_line(sentence):  # "… решением Евросоюза. Вена, 22 октября 2024 года"
            continue
        if _restates(sentence, head_stems):
            continue
        if _other_language(sentence, script):
            continue  # a bilingual post's other language: the headline translated
        seen.add(key)
        candidates.append((n, sentence))
    if not candidates:
        return ""

    statement = _GENRE_TITLE.match(headline.strip()) is not None

    def score(item: tuple[int, str]) -> tuple[bool, float, int]:
        n, sentence = item
        words = _CONTENT_WORD.findall(sentence.casefold())
        new = len({w for w in words if w not in head_words and analyse_word(w) not in head_stems})
        # Names the headline has not given already (a readout's first sentence names again
        # the ministers of its heading: it adds nothing).
        names = sum(
            analyse_word(name.casefold()) not in head_stems
            for name in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-ZА-ЯЁ][\w-]+", sentence)
        )
        digits = len(re.findall(r"\d+", sentence))
        short = 0.3 if len(words) < 4 else 1.0
        # What a statement says it does ("Призываем все государства …", "We call on …")
        # is its point, before the history it recalls ("26 июня 1945 года …"): first under
        # a statement's title, a few words' worth elsewhere.
        stance = _STANCE.match(sentence) is not None
        weight = _STANCE_WEIGHT if stance else 0
        # Earlier sentences win ties: a post usually puts what matters first.
        return (statement and stance, (new + names + digits + weight) * short - n * 0.5, -n)

    pool = candidates[:_FIRST_ANSWERS] if in_order else candidates
    best = sorted(pool, key=score, reverse=True)[:SUMMARY_SENTENCES]
    # Lines without a full stop (a list's items, a heading) end with one when joined: "…
    # декларация из 134 пунктов Ливан: …" read as one sentence.
    chosen = [sentence for _, sentence in _with_antecedents(sorted(best), rest)]
    text = " ".join([*map(_ended, chosen[:-1]), chosen[-1]])
    if len(text) > limit:
        # The two do not fit: the more informative one that fits alone, else the more
        # informative one cut (not the earlier, which is often the headline said again:
        # "В Астане состоялось заседание СМИД ШОС." under "О заседании СМИД ШОС"); one
        # whose pronoun points back at a sentence left out only with that sentence.
        pairs = [_with_antecedents([item], rest) for item in best]
        texts = [" ".join([*map(_ended, [s for _, s in p][:-1]), p[-1][1]]) for p in pairs]
        fits = [t for t in texts if len(t) <= limit]
        text = fits[0] if fits else shorten(texts[0], limit)
    return text


_STANCE = re.compile(
    r"^(?:Призываем|Приветствуем|Осуждаем|Настаиваем|Требуем|Выступаем"
    r"|(?:Россия|Москва) (?:призывает|готова|выступает|настаивает|осуждает|поддерживает"
    r"|приветствует|отвергает)|В Москве (?:приветствуют|осуждают|поддерживают|отвергают)"
    r"|We (?:call|urge|welcome|condemn|insist|stand ready|are ready)"
    r"|(?:Russia|Moscow) (?:calls|urges|is ready|stands ready|condemns|insists|supports"
    r"|welcomes|rejects))\b"
)
_STANCE_WEIGHT = 4
_FIRST_ANSWERS = 3  # a briefing's summary: the best of its first sentences
# A statement's title: "Заявление МИД России в связи с …", "Comment by … on …".
_GENRE_TITLE = re.compile(
    r"(?i)^(?:совместное\s+)?(?:заявление|комментарий)\b|^(?:joint\s+)?(?:statement|comment)\b"
)
# A sentence whose subject points back at the sentence before it: "Рассчитываем, что она
# будет соблюдаться …" (the agreement), "Она вступит в силу …", "We expect that it …".
_POINTS_BACK = re.compile(
    r"(?i)^(?:[^\s,.]+,?\s+){0,2}?(?:(?:что|that)\s+)?(?:она|оно|они|it|they)\s"
)


def _with_antecedents(chosen: list[tuple[int, str]], rest: list[str]) -> list[tuple[int, str]]:
    """``chosen`` (in the post's order) with the sentence before each one whose pronoun
    points back at it, when that one is not chosen: "Приветствуем достигнутую
    договоренность о прекращении огня. Рассчитываем, что она будет соблюдаться …", not
    the second alone."""
    have = {n for n, _ in chosen}
    out: list[tuple[int, str]] = []
    for n, sentence in chosen:
        if n > 0 and n - 1 not in have and _POINTS_BACK.match(sentence):
            out.append((n - 1, rest[n - 1]))
            have.add(n - 1)
        out.append((n, sentence))
    return out
