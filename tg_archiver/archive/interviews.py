"""What a person said, as a headline says it, from an interview's or a remark's framing.

A ministry heads an interview with its title ("Интервью главы МИД России С.В.Лаврова газете
«Фолья де Сан-Паулу», 28 июня 2025 года", "Foreign Minister Sergey Lavrov's interview with
…"), and a remark with where it was made ("С.В.Лавров в интервью программе «Москва. Кремль.
Путин.»: Россия готова помочь …"). Agencies head both by what was said: "Лавров: Россия
готова помочь …". A blind review found such titles as headlines in 5 digests of a week.

- :func:`interview_answers`: an interview's title, then questions and answers ("С.В.Лавров:
  …"; archive/content_lines.py has already left the questions out): the first answer's sentence
  that says something without its question ("Такой задачи не стоит." does not) heads it,
  as who said it; the rest follows in the post's order.
- :func:`as_said`: "X в интервью …:", "X on a briefing …:", "X in an interview with …:" before
  the words, X a person: "Surname: the words".
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re
from tg_archiver.archive.condense import lower_first
from tg_archiver.archive.headline_cut import only_a_name
from tg_archiver.archive.lexemes import is_person
from tg_archiver.archive.sentences import sentences

__all__ = ["as_said", "interview_answers"]

_CYRILLIC_NAME = lazy_re.compile(r"(?<!\w)[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?")


# An interview's title: "Интервью главы МИД России С.В.Лаврова газете …", "Foreign
# Minister Sergey Lavrov's interview with …", "Ответы С.В.Лаврова на вопросы СМИ".
_INTERVIEW = lazy_re.compile(
    r"(?i)^(?:интервью\b|ответы\b.{0,80}\bна вопросы\b|[^.:!?]{0,80}\binterview (?:with|to)\b"
    r"|[^.:!?]{0,80}\banswers? to (?:media )?questions\b)"
)
# ... and an answer's line: "С.В.Лавров: Рассчитываем …", "Sergey Lavrov: We expect …".
_ANSWERER = lazy_re.compile(r"^(?P<who>[^:«»\"]{2,40}):\s+(?=\S)")


def interview_answers(lines: list[str]) -> list[str]:
    """An interview's sentences after its title, its first answer first as who said it
    ("Лавров: рассчитываем …"), the speaker's name left out of the others; [] for a post
    that is no interview opening with an answer (the questions are already left out)."""
    if len(lines) < 2 or _INTERVIEW.match(lines[0]) is None:
        return []
    said: list[str] = []
    surname = ""
    for n, line in enumerate(lines[1:]):
        m = _ANSWERER.match(line)
        who = m.group("who") if m else ""
        last = who.split()[-1].rsplit(".", 1)[-1] if who.split() else ""
        answer = bool(last) and only_a_name(who) and (is_person(last) or last.isascii())
        if n == 0 and not answer:
            return []
        if answer and m is not None:
            surname = surname or last
            line = line[m.end() :]
        said.extend(sentences(line))
    # An answer that leans on its question ("Такой задачи не стоит.", "No.") heads nothing.
    first = next((n for n, s in enumerate(said) if _stands_alone(s)), None)
    if first is None:
        return []
    return [f"{surname}: {lower_first(said[first])}", *said[:first], *said[first + 1 :]]


_ANSWER_WORDS = 6
_LEANS_ON_QUESTION = lazy_re.compile(
    r"(?i)^(?:так(?:ой|ая|ое|ие|их)|эт(?:о|от|а|и)|нет|да|конечно|no|yes|this|that|such"
    r"|of course)\b"
)


def _stands_alone(sentence: str) -> bool:
    """Whether an answer's sentence says something without its question."""
    return len(re.findall(r"\w+", sentence)) >= _ANSWER_WORDS and not _LEANS_ON_QUESTION.match(
        sentence
    )


# Who, where he said it, then what: "С.В.Лавров в интервью программе «Москва. Кремль.
# Путин.»: Россия готова помочь …", "Lavrov in an interview with RT: …".
_SAID_IN = lazy_re.compile(
    r"^(?P<who>[^:«»\"]{3,60}?)\s+(?:в интервью|в беседе с|на брифинге|на пресс-конференции"
    r"|in an interview (?:with|to)|at a (?:briefing|press conference))\b[^:]{0,80}:\s+(?=\S)"
)


def as_said(sentence: str) -> str:
    """``sentence`` with where a person said it left out before the colon, as agencies
    head it ("Лавров: Россия готова помочь …"); as it is when no person speaks."""
    m = _SAID_IN.match(sentence)
    if m is None:
        return sentence
    last = m.group("who").split()[-1].rsplit(".", 1)[-1]
    if not (is_person(last) or (last[:1].isupper() and not _CYRILLIC_NAME.search(last))):
        return sentence
    if not only_a_name(m.group("who")):
        return sentence
    return f"{last}: {sentence[m.end() :]}"
