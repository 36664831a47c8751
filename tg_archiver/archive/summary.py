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
  line without a full stop is a title too; an opening fragment of two words that tell nothing
  happening, "743.", "Двадцатый принят.", heads with the sentence after it on its line).
  At most :data:`HEADLINE_CHARS` (a sentence at most ``STUB_CHARS`` longer is shown whole:
  cut, it would leave a stub), cut at a word boundary with "…", never inside a word, and
  where it can (in the headline's second half) neither after a word that leans on the next
  ("of", "the", "в") nor inside a name; the summary then goes on from the cut ("…and the
  agenda is agreed."), so nothing of the first sentence is lost and nothing is said twice.
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

This module chooses the headline; the lines it reads are archive/content_lines.py's, the
summary's sentences archive/best_sentences.py's, a briefing's topics archive/briefings.py's.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re
from tg_archiver.archive.best_sentences import best_sentences, ended
from tg_archiver.archive.briefings import BRIEFING, briefing_topics
from tg_archiver.archive.condense import condensed, lower_first, speaker_surname
from tg_archiver.archive.content_lines import (
    capitalised,
    clean_line,
    content_lines,
    without_signature,
)
from tg_archiver.archive.furniture import (
    is_advert,
    is_rubric_line,
    strip_lead_in,
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
from tg_archiver.archive.sentences import sentences, shorten
from tg_archiver.archive.shouting import sentence_cased

__all__ = [
    "HEADLINE_CHARS",
    "NO_TEXT",
    "headline_and_summary",
    "sentences",
    "shorten",
]

NO_TEXT = "(no text)"  # the headline of a post with nothing to show


_PREVIEW_CUT = lazy_re.compile(r"(?<=[.!?])\s+(?:…|\.\.\.)$")


def headline_and_summary(title: str | None, text: str, *, limit: int = 200) -> tuple[str, str]:
    """(headline, summary) of a post; see the module's notes. ``limit`` bounds the summary
    (0: no summary). The headline is "(no text)" for a post with nothing to show."""
    # "ЗАЯВЛЕНИЕ МИД РОССИИ" and its subtitle in capitals: one line, as a sentence is written.
    prepared = without_signature(sentence_cased(text))
    lines = list(content_lines(prepared))
    body = sentences("\n".join(lines))
    own_title = " ".join(sentence_cased(title or "").split())
    fragment_joined = False  # the headline: an opening fragment and the sentence after it
    if body and is_rubric_line(own_title):
        own_title = ""  # a feed item titled "STATEMENT", "Press release": its text heads it
    # "Live: …", "… - Reuters", "… | Al Jazeera": the feed's furniture.
    own_title = strip_lead_in(_AGENCY_IN_TITLE.sub("", own_title))
    if body and not own_title:
        # "Шанхайская организация сотрудничества (ШОС) должна …": a headline says "ШОС".
        body[0] = abbreviated(body[0])
    if own_title:
        headline_source = clean_line(own_title)
        rest = body
        if topics := briefing_topics(headline_source, prepared):
            headline_source = topics
    elif len(body) > 1 and lines and body[0] == lines[0] and _speaker(body[0]):
        # "Глава МИД Венгрии Петер Сийярто" on a line of its own, then what he said: who
        # and what, as an agency heads it ("Петер Сийярто: Будапешт заблокирует …").
        headline_source, rest = f"{body[0]}: {body[1]}", body[2:]
    elif body and body[0] == lines[0] and (topics := briefing_topics(lines[0], prepared)):
        # "Брифинг … Захаровой, Москва, 16 октября" names no news; its topics do.
        headline_source, rest = topics, body[1:]
    elif body and body[0] == lines[0] and (answers := interview_answers(lines)):
        # "Интервью … Лаврова газете «Фолья де Сан-Паулу», 28 июня" names no news; his
        # first answer does ("Лавров: рассчитываем на принятие декларации …").
        headline_source, rest = answers[0], answers[1:]
    elif body:
        headline_source, rest = body[0], body[1:]
        if rest and lines and body[0] != lines[0] and _fragment(body[0]):
            # "743. И 2 140 разрушенных зданий — …", "Двадцатый принят. Среди новых …": a
            # commentator's opening word or two is no headline an editor would write; with
            # the sentence after it, it says what happened.
            # Cut, if it must be, inside the sentence after it, not at its dash.
            fragment_joined = True
            headline_source = f"{body[0]} {_LINK_AFTER_SENTENCE.sub('', rest[0])}"
            rest = rest[1:]
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
    if own_title or fragment_joined or title_break(headline_source) is None:
        # "Министра иностранных дел Российской Федерации С.В.Лаврова" cut before the name of
        # whom he met: titles as agencies write them, the opening date, initials, as needed.
        headline_source = shortened(headline_source, HEADLINE_CHARS)
    said = ""
    if own_title:
        headline, remainder = shorten(headline_source, HEADLINE_CHARS), ""
    else:
        at_title = not fragment_joined and title_break(headline_source) is not None
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
    headline = capitalised(headline) or NO_TEXT  # "переговоры в Пекине" after "#Китай:"
    if limit <= 0:
        return headline, ""
    # A briefing headed by its topics is summed up by its first answers: the headline's
    # first topic, not the answer with the most names (the CSTO's under "ситуация вокруг Ирана").
    briefing = bool(BRIEFING.match(as_written)) and ":" in headline_source
    summary = best_sentences(f"{as_written} {headline_source}", rest, limit, in_order=briefing)
    if said and not summary and not remainder:
        summary = shorten(f"Об этом {said}.", limit)  # who said it, as agencies write it
    if remainder and not _says_little(remainder):
        # The cut sentence goes on in the summary, from where the headline stopped.
        joined = f"{ended(remainder + colon)} {summary}" if summary else remainder
        summary = shorten(joined, limit)
    elif summary and (lead := _ANAPHORIC.match(summary)):
        # "По его словам, …" with "he" left out of the headline: say who, as agencies do
        # ("Об этом заявил глава Росатома … По его словам, …"), or drop the words that
        # point at no one.
        summary = (
            shorten(f"Об этом {said}. {summary}", limit)
            if said
            else capitalised(summary[lead.end() :])
        )
    return headline, without_trailing_emoji(_LINK_AFTER_SENTENCE.sub("", summary))


# A link after the last sentence, and the word of a hashtag after it: "… вторника.
# https://t.me/global_wire/58836 санкции", the post a comment is about, no words of its own.
_LINK_AFTER_SENTENCE = lazy_re.compile(
    r"(?<=[.!?…»\"”)])\s+(?:https?://|www\.|t\.me/)\S+(?:\s+[^\W\d_]\w*)?$"
)


# A sentence saying who said the one before: "Об этом заявил глава МИД России Сергей Лавров
# в интервью …", "Такое мнение высказала официальный представитель МИД РФ Мария Захарова".
_SAID_NEXT = lazy_re.compile(
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
_ANAPHORIC = lazy_re.compile(
    r"(?i)^(?:по (?:его|её|ее|их) (?:словам|мнению|данным)"
    r"|как (?:он|она|они) (?:отметила?|отметили|подчеркнула?|подчеркнули|добавила?|добавили"
    r"|заявила?|заявили|сообщила?|сообщили|пояснила?|пояснили)"
    r"|according to (?:him|her|them)|in (?:his|her|their) words)\s*,\s*"
)


# An agency's name a feed puts after its titles: "… - Reuters", "… | News | Al Jazeera".
_AGENCY_IN_TITLE = lazy_re.compile(
    r"(?:\s+\|\s+[^|]{1,30})?\s+[-–—|]\s+(?:Reuters|AP News|Al Jazeera|AFP|BBC News|TASS"
    r"|RT|Xinhua|CGTN|Global Times|UN News|ТАСС|РИА Новости|Интерфакс)\s*$"
)


# The rest of a cut sentence that adds nothing to read: who said it ("…передаёт ТАСС со
# ссылкой на МИД", "…, the ministry said in a statement").
_ATTRIBUTION = lazy_re.compile(
    r"(?i)^…?\W*(?:передает|передаёт|сообщил\w*|сообщает|сообщили|заявил\w*|пишет|отметил\w*"
    r"|говорится|said|says|reported|reports|told|wrote|according\s+to|the\s+\w+\s+said)\b"
)
_ATTRIBUTION_WORDS = 12


def _says_little(remainder: str) -> bool:
    words = re.findall(r"\w+", remainder)
    return len(words) <= _ATTRIBUTION_WORDS and _ATTRIBUTION.search(remainder) is not None


_SPEAKER_WORDS = 6
_FRAGMENT_WORDS = 2


def _fragment(sentence: str) -> bool:
    """Whether a first sentence is an opening fragment, no clause a headline can be: two
    words at most that tell nothing happening ("743.", "Эрзурум.", "Ворух опять.", "Наши
    дома!": no verb the dictionary reads) or nothing it happened to ("Двадцатый принят.":
    an adjective or a number without its noun). "Россия ответит." is a clause."""
    words = re.findall(r"\w+", sentence)
    if (
        len(words) > _FRAGMENT_WORDS
        or is_advert(sentence)  # "Реклама." marks an advertisement: it stays its headline
        or is_rubric_line(sentence)
    ):
        return False
    if len(words) == 1 or not all(_CYRILLIC_WORD.fullmatch(w) or w.isdigit() for w in words):
        return len(words) == 1 or any(w.isdigit() for w in words)
    parts = [dictionary().parse(w.casefold())[0].tag.POS for w in words]
    told = any(p in _VERBS for p in parts)
    return not told or ((words[0].isdigit() or parts[0] in _NOUNLESS) and "NOUN" not in parts)


_CYRILLIC_WORD = lazy_re.compile(r"[А-Яа-яЁё-]+")
_VERBS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_NOUNLESS = frozenset({"ADJF", "NUMR", "PRTF"})  # "Двадцатый", "Первые"


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


_CYRILLIC_NAME = lazy_re.compile(r"(?<!\w)[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?")
