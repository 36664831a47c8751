"""Lines a copy carries that the statement it copies never had, for near-duplicate
detection's core (:func:`archive.similarity.core_text`): what a copy adds is not what it says.

- **Telegram Desktop's header of a pasted message** (:func:`is_desktop_header`): copying a
  message in Telegram Desktop puts "who, [when]" over its text ("MFA Russia 🇷🇺, [06.10.2025
  14:40]", "РИА Новости, [07.10.2025 07:08]"; in an English locale "[10/6/25 2:40 PM]"), and
  a text dump of pasted messages keeps it. Over a one-liner it is five words more, a date and
  an hour among them, which read as a slot filled. Only a first line of that exact form: a
  name (no sentence: at most :data:`HEADER_NAME_WORDS` words), a comma, the date and hour in
  brackets, nothing after. So too the other forms a dump of pasted messages heads each with
  (:func:`without_paste_header`, session 52): "[06.10.2025 14:40] MFA Russia:" (the date
  first, the name or handle after, a colon maybe), and a block under a banner line such as
  a mail's "----- Forwarded message -----" or a dump's "=== Channel dump ===", its "From:",
  "Date:" («От:», «Дата:») lines and its stamp; since session 53 also "### file.txt ###"
  and ">>> Forwarded message" banners, «Источник:» and "Source:" fields, a stamp alone on
  its line and a handle before a stamp without the comma ("@mid_rf [06.10.2025 14:40]");
  since session 55 a dump's "*** file.txt ***" banner, a stamp with a handle after a dash
  ("27.02.2030 12:05 — @bridgeportnews"), and an export's header: a stamp to the second and
  who ("2030-03-12T10:01:19 · Глава Республики Саха (Якутия)"), or who on a line and the
  stamp to the second under it ("Polaris Wire", "27.05.2030 13:03:59 UTC+03:00"). A
  statement's own first line gives no seconds ("12.03.2030 10:00 — Брифинг …" stays).
- **A channel's name alone in the last paragraph** (:func:`is_name_line`): a reposter signs
  with its name and no link ("🌍 World Diplomacy Digest", "📡 Eurasia Wire"), which the
  signature rule, wanting a link, a handle, hashtags or "subscribe", took for the statement's
  last words. Only a paragraph of one line that opens with an emoji or a symbol and holds
  two to :data:`NAME_WORDS` words written as a name's (each capitalised, but "of", "и" and
  other words of three letters or fewer), with no figure and no sentence's end: "🇷🇺 Россия
  победит!" and "📅 12 октября" are the statement's; or an agency's letters after a dash
  ("— CDP", «— ТАСС»; session 52). Another single word is not taken ("🌐
  Международка" stays): under a status line ("Рейс SU100:", then "✈️ Задержан" or "✈️
  Отменён") it is the statement's slot. Nor is a list's last item ("🔹 Situation in
  Venezuela") when its mark opens a line above it.
- **An agency's dateline** (:func:`without_dateline`): an agency puts its own "МОСКВА, 9
  ноября. /ТАСС/." or "MOSCOW, November 9 (Reuters) —" before the text it takes over, often
  in the place of the statement's heading. It says where and when the agency filed, not what
  was said, and its city, day and name read as a slot filled against the heading it
  replaced. Only at the very start, and only of that form: a city in capitals (up to three
  words), a comma, a day and a month (either order, a year maybe), then the agency's name
  between slashes, in brackets or after a dash, and text after it; or the city, the agency's
  name in brackets (capitalised words), the day maybe, and a dash ("MOSCOW (AP) —").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tg_archiver.archive import lazy_re

__all__ = [
    "HEADER_NAME_WORDS",
    "NAME_WORDS",
    "is_desktop_header",
    "is_name_line",
    "without_dateline",
    "without_paste_header",
]

HEADER_NAME_WORDS = 6  # a sender's name in Telegram Desktop's header is at most this long
NAME_WORDS = 4  # a channel's name on a line of its own is at most this long
_LINK_WORD = 3  # a name's small words ("of", "the", "и") are this long at most

_WORD = lazy_re.compile(r"\w+")
# Telegram Desktop's stamp of a pasted message: "[06.10.2025 14:40]", "[10/6/25 2:40 PM]".
_STAMP = r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]"
# The comma left out by a dump that writes a handle before it ("@mid_rf [06.10.2025 14:40]").
_DESKTOP_HEADER = lazy_re.compile(rf"^(?P<name>[^\n\[\]]{{1,80}}?),? {_STAMP}$")
# "[06.10.2025 14:40] MFA Russia:", "[06.10.2025 14:40] @mid_rf": the stamp first.
_STAMP_FIRST = lazy_re.compile(rf"^{_STAMP} (?P<name>@?[^\n\[\]:]{{1,80}}):?$")
# A banner over a pasted block: "----- Forwarded message -----", «=== Дамп канала ===»,
# "### forwards-2029-04.txt ###", or one opened alone (">>> Forwarded message", whose first
# ">" the core reads as a quote's mark).
_BANNER = lazy_re.compile(
    r"^(?:(?:-{3,}|={3,}|#{3,}|\*{3,})[ \t]*[^\n]{1,60}?[ \t]*(?:-{3,}|={3,}|#{3,}|\*{3,})"
    r"|>{2,3}[ \t]*[^\W\d][^\n]{0,40})$"
)
# A mail's or a dump's field under it: "From: …", "Date: …", «От: …», «Источник: …».
_FIELD = lazy_re.compile(
    r"^(?:from|date|sent|to|subject|source|от|дата|отправлено|кому|тема|источник)"
    r"[ \t]*:[ \t]*\S",
    re.I,
)
# A dump's stamp on a line of its own under a banner: "18.04.2029 18:00".
# Or with who wrote it after it: "15.07.2029 11:13 @rusembsouthafrica" (session 54), after a
# dash too ("27.02.2030 12:05 — @bridgeportnews"); an export's to the second, in ISO's form
# or with its zone ("2030-03-12T10:01:19", "27.05.2030 13:03:59 UTC+03:00"; session 55).
_WHEN = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ T]|\d{4}-\d{2}-\d{2}[ T])\d{1,2}:\d{2}(?P<sec>:\d{2})?"
    r"(?:[ \t]*(?:UTC|GMT)?[+-]\d{2}:?\d{2})?"
)
_BARE_STAMP = lazy_re.compile(rf"^{_WHEN}(?:[ \t]+(?:[—–-][ \t]+)?@\w+)?$")
# An export's or a dump's header line of its own over a message: the stamp to the second,
# then who ("2030-03-12T10:01:19 · Глава Республики Саха (Якутия)"), or a stamp and a handle.
_STAMP_WHO = lazy_re.compile(rf"^{_WHEN}[ \t]*[·|—–-][ \t]*(?P<name>@?[^\n]{{1,80}})$")
_DASHES = frozenset({"—", "–", "-", "--"})
_AGENCY_SIGN = lazy_re.compile(r"[A-ZА-ЯЁ]{2,6}")  # an agency's letters in capitals
# An emoji or a symbol first (a flag, "🌍", "📡", "—"), then words, none a figure.
_NAME_LINE = lazy_re.compile(r"^(?P<mark>[^\w\s]+)\s*[^\W\d_][^\d.!?…:;,]*$")


def is_desktop_header(line: str) -> bool:
    """Whether ``line`` is Telegram Desktop's "Name, [date time]" over a pasted message."""
    m = _DESKTOP_HEADER.match(line.strip())
    return m is not None and len(_WORD.findall(m.group("name"))) <= HEADER_NAME_WORDS


def without_paste_header(lines: list[str]) -> list[str]:
    """``lines`` (a post's) without the header a dump of pasted messages puts over one (see
    the module's notes), the same lines when there is none or nothing after it."""
    first = lines[0].strip() if lines else ""
    if is_desktop_header(first) or _stamp_first(first) or _stamp_who(first):
        rest = lines[1:]
    elif len(lines) > 1 and _titled(first, lines[1].strip()):
        rest = lines[2:]  # an export's "Polaris Wire", then "27.05.2030 13:03:59 UTC+03:00"
    elif _BANNER.match(first):
        at = 1
        while at < len(lines) and _header_field(lines[at].strip()):
            at += 1
        if at == 1:
            return lines  # a heading between dashes, not a pasted message's header
        rest = lines[at:]
    else:
        return lines
    return rest if any(line.strip() for line in rest) else lines


def _header_field(line: str) -> bool:
    """Whether ``line`` is one of a pasted block's header lines under its banner: a field
    ("From: …"), a stamp alone, or a stamp with who wrote it (either first)."""
    return bool(
        _FIELD.match(line) or _BARE_STAMP.match(line) or _stamp_first(line)
    ) or is_desktop_header(line)


def _stamp_who(line: str) -> bool:
    """Whether ``line`` is a stamp to the second, or one with a handle, then who wrote it: no
    statement's own first line gives its hour to the second."""
    m = _STAMP_WHO.match(line)
    if m is None or len(_WORD.findall(m.group("name"))) > HEADER_NAME_WORDS:
        return False
    return bool(m.group("sec")) or m.group("name").startswith("@")


def _titled(first: str, second: str) -> bool:
    """Whether ``first`` is a sender's name (a few words, no sentence's end) and ``second``
    a stamp to the second alone under it: an export's header of two lines."""
    m = _BARE_STAMP.match(second)
    return (
        m is not None
        and bool(m.group("sec"))
        and 0 < len(_WORD.findall(first)) <= HEADER_NAME_WORDS
        and not first.endswith((".", "!", "?", "…", ":"))
    )


def _stamp_first(line: str) -> bool:
    """Whether ``line`` is a pasted message's stamp first, then who wrote it."""
    m = _STAMP_FIRST.match(line.strip())
    return m is not None and len(_WORD.findall(m.group("name"))) <= HEADER_NAME_WORDS


def is_name_line(line: str, before: Sequence[str]) -> bool:
    """Whether ``line``, a post's last paragraph, is a channel's name signing it (see the
    module's notes); ``before``: the post's lines above it."""
    text = line.strip()
    m = _NAME_LINE.match(text)
    if m is None:
        return False
    words = _WORD.findall(text)
    if len(words) == 1 and m.group("mark") in _DASHES and _AGENCY_SIGN.fullmatch(words[0]):
        return True  # "— CDP", «— ТАСС»: an agency signs with its letters (session 52)
    if not 2 <= len(words) <= NAME_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or len(w) <= _LINK_WORD for w in words):
        return False  # "✈️ Рейс отменён": a sentence
    mark = m.group("mark")
    return not any(other.lstrip().startswith(mark) for other in before)


# "МОСКВА, 9 ноября. /ТАСС/.", "МОСКВА, 9 ноя — РИА Новости.", "MOSCOW, Nov. 9 (Reuters) -",
# "UNITED NATIONS, November 9 /TASS/.": a city in capitals, a day and a month, the agency.
_CITY = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,2}"
_DAY = (
    r"(?:\d{1,2} [а-яё]{3,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
    r"(?:,? \d{4}(?: г\.)?)?"
)
_AGENCY = r"[^\n/()]{2,40}?"
# After a dash: "РИА Новости", or a name in quotes: «Пульс», "Interfax" (session 51).
_NAME = r"[A-ZА-ЯЁ][\w-]*(?: [A-ZА-ЯЁ][\w-]*){0,3}"
_NAMED = rf"(?:{_NAME}|[«\"“]{_NAME}[»\"”])"
_DATELINE = lazy_re.compile(
    rf"^[^\w\n]*(?:{_CITY}, {_DAY}"
    rf"(?:\.? ?/{_AGENCY}/\.?|,? ?\({_AGENCY}\) ?[—–-]{{1,2}}|\.? ?[—–-]{{1,2}} ?{_NAMED}\.)"
    # The agency in brackets after the city, the day maybe after it: "MOSCOW (AP) —",
    # "MOSCOW (PBP), February 5 —" (session 52).
    rf"|{_CITY} \({_NAME}\)(?:,? {_DAY})? ?[—–-]{{1,2}})"
    r"\s+(?=\S)"
)


def without_dateline(text: str) -> str:
    """``text`` without an agency's dateline at its start (see the module's notes)."""
    m = _DATELINE.match(text)
    return text[m.end() :] if m is not None else text
