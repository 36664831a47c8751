"""Lines a copy adds at a statement's edges that say nothing of their own (session 54), for
:func:`archive.dedup_core.core_text`:

- a rubric over the post whose words the body says itself: "UN" over "Russia abstains on UN
  Security Council resolution …", «Назначения» over «Подписал распоряжение о назначении …»,
  «Опровержение?» over «Ушаков опроверг …». One or two words, no figure, a paragraph of its
  own, each word in the paragraph under it (not in a preview's or a signature's lines
  below). A heading that names what the body does not (a region, a date, another event)
  stays: it may be the statement's slot, and it is then the words the two posts differ in;
- a link's label left alone at the end when a Markdown link was copied as plain text
  ("[Документ](http://…)" as «Документ», "[Read more](…)" as "Read more"): where to read
  on, not what is said. A paragraph of its own, and only a label's words;
- a translation tool's note over or under a text it left as it was ("🌐 Translated from
  Russian by Google Translate", «Переведено с помощью DeepL», "(Auto-translated by Telegram ·
  Show original)", «[Машинный перевод]»): a line of its own that names translating and a
  tool, or says machine translation.

- the paragraph's first words in capitals over it, a headline a reposter made of them
  (session 55).

All are drawn narrowly: a heading's words must each be in the body (so nothing the post
says is lost by dropping it), and a label is one of a closed list of phrases.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = ["is_bare_label", "is_caps_lead", "is_echoed_heading", "is_translation_note"]

_WORD = lazy_re.compile(r"\w+")
_HEADING_WORDS = 2
_HEADING_CHARS = 40  # a longer first line is no rubric: looked at no further
_SHARED = 3  # a word and another form of it share this many letters at least

_LABEL = lazy_re.compile(
    r"^[^\w]*(?:подробнее(?:\s+(?:на\s+сайте|по\s+ссылке|здесь))?|читать\s+(?:далее|полностью)"
    r"|полный\s+текст(?:\s+документа)?|текст\s+документа|документ|ссылка|источник"
    r"|read\s+(?:more|in\s+full|the\s+full\s+text)|full\s+text|(?:the\s+)?document|link|source"
    r"|more\s+(?:details|here)|details)[^\w]*$",
    re.IGNORECASE,
)
_LABEL_CHARS = 40


def _in_some_form(word: str, words: set[str]) -> bool:
    """Whether ``words`` hold ``word`` (folded) or a form of it: one sharing its beginning
    but for the last two letters of the shorter, three letters at least ("назначения" in
    "назначении", "опровержение" in "опроверг"); a word of two letters only as itself."""
    if word in words:
        return True
    if len(word) <= _SHARED:
        return False
    for other in words:
        k = max(_SHARED, min(len(word), len(other)) - 2)
        if len(other) >= _SHARED and word[:k] == other[:k]:
            return True
    return False


def is_echoed_heading(line: str, rest: str) -> bool:
    """Whether ``line``, a paragraph of its own over ``rest``, is a rubric of one or two words
    that the paragraph under it says itself (module notes)."""
    if len(line) > _HEADING_CHARS or not rest.startswith("\n"):
        return False
    words = _WORD.findall(line.casefold())
    if not 0 < len(words) <= _HEADING_WORDS or any(w[:1].isdigit() for w in words):
        return False
    under = rest.lstrip("\n").partition("\n\n")[0]  # the paragraph under it: not a tail's lines
    said = set(_WORD.findall(under.casefold()))
    return all(_in_some_form(w, said) for w in words)


_CAPS_LEAD_WORDS = 4  # a headline in capitals this long at least


def is_caps_lead(line: str, rest: str) -> bool:
    """Whether ``line``, a paragraph of its own over ``rest``, is the paragraph's first
    words in capitals, a headline a reposter made of them ("СРЕДНЯЯ ТЕМПЕРАТУРА ВОЗДУХА …"
    over «Средняя температура воздуха …»; session 55): nothing the post does not say."""
    if not rest.startswith("\n") or line.upper() != line or line.lower() == line:
        return False
    words = _WORD.findall(line.casefold())
    if len(words) < _CAPS_LEAD_WORDS:
        return False
    under = _WORD.findall(rest.lstrip("\n")[: len(line) * 2].casefold())
    return under[: len(words)] == words


def is_bare_label(line: str) -> bool:
    """Whether ``line`` is only a link's label, its link gone (module notes)."""
    return len(line) <= _LABEL_CHARS and _LABEL.match(line.strip()) is not None


_TOOL = (
    r"(?:google[ \t]+(?:translate|переводчик)|deepl|yandex[ \t]+translate|яндекс[ \t.]*переводчик"
    r"|bing[ \t]+translator|microsoft[ \t]+translator|telegram|chatgpt)"
)
_TRANSLATED = lazy_re.compile(
    r"^[^\w]*(?:machine[ -]translat\w*|машинный перевод|автоперевод\w*|auto-?translat\w*"
    rf"|(?:translated|translation|переведено|перевод)\b[^\n]{{0,40}}?{_TOOL}"
    # "Translated by Google": the company's name only where the note ends with it.
    r"|(?:translated|переведено)[ \t]+(?:by|with|via|с[ \t]+помощью|через)[ \t]+"
    r"(?:google|yandex|яндекс|bing|microsoft)[^\w]*$)[^\n]{0,40}$",
    re.IGNORECASE,
)
_NOTE_CHARS = 80


def is_translation_note(line: str) -> bool:
    """Whether ``line`` is a translation tool's note (module notes)."""
    return len(line) <= _NOTE_CHARS and _TRANSLATED.match(line.strip()) is not None
