"""Where a text names a body, a country or a city without being about it: the formulas of
officialese and agency copy that name one in passing.

A topic's alias found in a post files the post under the topic (archive.digest_topics). A
blind review's week (session 38's border_week) showed the names that file a story where no
editor would, each a formula any desk writes:

- **contacts in a framework**: "Условились продолжить контакты, в том числе в рамках ОДКБ и
  СНГ" closes a call's readout; "dialogue, including within the CSTO and the CIS". Like a
  readout's list of formats of cooperation (archive.digest_topics), the bodies are where two
  sides talk, not what the call was about.
- **an absent party**: "Армения в учениях не участвует", "Армения в заседании участия не
  принимала", "Решение о неучастии Армении", "Armenia did not take part": a note that a
  member stayed away, in a report of what the others did. (A decision to stay away, "Армения
  не будет участвовать", "Armenia will skip", is that country's news: a future or a verb of
  deciding is not read here.)
- **a coming meeting's venue**: "обсудили подготовку к саммиту Содружества в Душанбе",
  "Сессия … пройдет 27 ноября в Бишкеке", "preparations for the … meeting in Dushanbe on
  October 9-10": the city where something will be held, named after a word announcing it
  ("пройдет", "состоится", "подготовка", "will be held", "preparations for"), in the same
  sentence. A visit or a meeting held there today ("прибыл в Душанбе") is not read here.
- **a founding document**: "итогов Второй мировой войны, закрепленных в Уставе ООН", "the UN
  Charter", "the Charter of the United Nations": the body's charter cited as law.
- **a country's security council's secretary**: "met with Security Council Secretary Marat
  Imankulov", "секретарь Совета безопасности Киргизии": a national official (the UN's
  Security Council has no secretary).

A blind review's week (session 41's forum_week) showed three more:

- **a source's attribution**: "Средняя цена Urals в мае снизилась до $52,34 за баррель —
  Минэкономразвития", "Рост ВВП РФ в апреле замедлился до 0,9% — Минэкономразвития": the
  body after a dash closing a line or a sentence said it; the figure is the story. A
  ministry that is a topic's alias filed its every figure under the topic.
- **what a thing includes**: "Норвегия присоединилась к 21-му пакету санкций ЕС, включая
  снижение потолка цен на нефть", "adopted the EU's 21st package, including the lower oil
  price cap and the listing of 198 tankers": the clause after "включая" or "including" (to
  its comma or its sentence's end) is a part of what was done, not its own story.
- **a circumstance**: "Russia's economy has adapted to sanctions", "'adapted' to sanctions,
  silent on the 21st package", "avoided any mention of the EU's new sanctions package",
  "несмотря на санкции", "в условиях санкций": the words after "adapted to", "despite", "in
  the face of", "silent on", "avoided any mention of", "ни слова о", "не упомянул",
  "несмотря на", "вопреки", "в условиях", "адаптировалась к", "wary of" (to the clause's
  end) are the background of what was said; so is the stock subject closing a readout's
  list after "а также противодействие" or "and countering" ("…, а также противодействие
  нелегитимным односторонним санкциям", closing what Lavrov and Wang Yi discussed).

:func:`passing_spans` gives (start, end) of each such name; a topic named only inside them
weighs nothing (archive.digest_topics).
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = ["passing_spans"]

_NAME_WORD = r"#?[A-ZА-ЯЁ](?:[\w+’'-]|\.(?=\w))*"  # "U.N", "ОПЕК+"; no sentence's full stop
_NAMES = rf"(?:(?:the|в|во)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*"
_LIST = rf"{_NAMES}(?:(?:\s*,\s*(?:(?:and|и)\s+)?|\s+(?:and|и|or|или)\s+){_NAMES})*"

_CONTACTS = lazy_re.compile(
    rf"\b(?:контакт|диалог|консультаци|общени)[а-яё]*,?\s+(?:в\s+том\s+числе\s+)?"
    rf"(?:в\s+рамках|на\s+площадк[а-яё]+|по\s+линии)\s+(?P<names>{_LIST})"
    rf"|\b(?:contacts?|dialogue|consultations?),?\s+(?:including\s+)?"
    rf"(?:within|in\s+the\s+framework\s+of|at)\s+(?P<names_en>{_LIST})"
)
_ABSENT = lazy_re.compile(
    rf"(?P<names>{_NAME_WORD})(?:\s+[а-яё]+){{0,3}}\s+(?:не\s+участвует|не\s+участвуют"
    rf"|не\s+участвовал[а-яё]*|участия\s+не\s+принима(?:ет|ют|л[а-яё]*)"
    rf"|не\s+принима(?:ет|ют|л[а-яё]*)\s+участия)\b"
    rf"|\bнеучасти[а-яё]*\s+(?P<names_ru>{_NAME_WORD})"
    rf"|(?P<names_en>{_NAME_WORD})(?:\s+[a-z]+){{0,3}}\s+(?:did\s+not|does\s+not|is\s+not)"
    rf"\s+(?:take|taking)\s+part\b"
)
# A word announcing an event to come; the venue it names after it, in its sentence.
_COMING = lazy_re.compile(
    r"(?i)\b(?:пройд[её]т|пройдут|состоится|состоятся|подготовк[а-яё]*|will\s+be\s+held"
    r"|to\s+be\s+held|will\s+take\s+place|preparations?\s+for|upcoming|предстоящ[а-яё]*)"
)
_VENUE = lazy_re.compile(rf"\b(?:в|во|in)\s+(?P<names>{_NAME_WORD})")
_SENTENCE_END = lazy_re.compile(r"[.!?…\n]")
_CHARTER = lazy_re.compile(
    rf"\b(?:Устав[а-яё]*|Charter\s+of)\s+(?P<names>{_NAMES})"
    rf"|(?P<names_en>{_NAMES})\s+Charter\b"
)
_NATIONAL_COUNCIL = lazy_re.compile(
    r"\b[Ss]ecretary\s+of\s+(?:the\s+)?(?:[A-Z]\w+(?:'s)?\s+)?(?P<names>Security\s+Council)"
    r"|(?P<names_en>Security\s+Council)\s+Secretary\b"
    r"|\b[Сс]екретар[а-яё]*\s+(?P<names_ru>Совет[а-яё]*\s+[Бб]езопасности)"
)

# A source after a dash closing a line or a sentence: "… за баррель — Минэкономразвития".
_ATTRIBUTION = lazy_re.compile(
    rf"\s[—–]\s+(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*\.?\s*(?:$|\n|#)",
    re.MULTILINE,
)
# A clause that is a part or the background of what is said, to its comma or its end.
_CLAUSE = lazy_re.compile(
    r"(?i)(?:\b(?:включая|including|несмотря на|вопреки|в условиях"
    r"|адаптировал\w*\s+к|приспособил\w*\s+к|despite|in spite of|in the face of"
    r"|silent on|avoided (?:any )?mention of|ни слова (?:о|об|про)|не упомянул\w*"
    r"|wary of|on fears of|на фоне опасений"
    # A readout's stock subject: "противодействие нелегитимным односторонним санкциям".
    r"|а также противодействи\w+|(?:and|as well as) countering)"
    r"|\badapted\W{0,2}\s+to)\s+(?P<names>[^,;.!?…\n]+)"
)


def passing_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name ``text`` says in passing (see the module's notes)."""
    spans = []
    for formula in (_CONTACTS, _ABSENT, _CHARTER, _NATIONAL_COUNCIL, _ATTRIBUTION, _CLAUSE):
        for found in formula.finditer(text):
            group = next(g for g, v in found.groupdict().items() if v is not None)
            spans.append(found.span(group))
    for coming in _COMING.finditer(text):
        end = _SENTENCE_END.search(text, coming.end())
        stop = end.start() if end else len(text)
        spans.extend(v.span("names") for v in _VENUE.finditer(text, coming.end(), stop))
    return spans
