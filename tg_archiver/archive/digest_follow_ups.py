"""A channel's flash and its full story, a wire's story and its update: one story in a
digest, the fuller one leading.

An agency posts "⚡️Лавров прибыл в Минск" and, an hour later, "Глава МИД России Сергей
Лавров прибыл в Минск, где примет участие в заседании СМИД ОДКБ…"; a wire posts a story and
then "UPDATE 1-CSTO ministers adopt statement…". Dedup keeps them apart (the flash is no
copy of the longer text, and the update rewrites it), and a digest showed both, the flash
often taking the slot the full story should have (a blind review's week).

:func:`fold_follow_ups` folds an earlier story into a later one of the **same source**
within :data:`FOLLOW_UP_WITHIN` when the earlier is a flash or an update's first version:

- short (at most :data:`FLASH_WORDS` words), or marked as urgent or updated (⚡, "Молния",
  "СРОЧНО", "BREAKING", "FLASH", "UPDATE"); or whatever its length, when the later story is
  marked as its update ("UPDATE 1-…", "ДОПОЛНЕНО", "ОБНОВЛЕНО") and longer: dedup keeps an
  update that adds a fact apart from the story it updates (:mod:`archive.updates`), and the
  digest shows it once, the update leading;
- every word of its headline (at least :data:`MIN_WORDS` of them, in any form; words of
  three letters or fewer aside) is in the later story's headline and lead ("Лавров прибыл
  в Минск" is not "Лавров прибыл в Ереван", nor "Лавров провёл переговоры в Минске":
  "прибыл" is not there).

The later story must be fuller (:data:`FULLER` times the words). It leads; the flash is
listed among its copies ("+1 copy"). A readout and the press conference after it (long
posts, no mark) stay two stories, and so do two flashes alike ("Day 2: story 2", "… 3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word, words
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.summary import headline_and_summary

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem

__all__ = [
    "CORRECTED_WITHIN",
    "fold_corrections",
    "fold_follow_ups",
    "is_correction",
    "is_update",
]

FOLLOW_UP_WITHIN = timedelta(hours=6)
FLASH_WORDS = 30
MIN_WORDS = 3
FULLER = 1.5  # the story a flash folds into is at least this much longer
_LEAD_CHARS = 600
# Words this short are left out of the comparison: prepositions and conjunctions ("для",
# "the", "and"), which a rewrite changes freely; a number counts whatever its length.
_SHORT_WORD = 3
_NAME, _NAME_LETTERS = "=", 3  # a name's or number's mark, and the least of it compared
CORRECTED_WITHIN = timedelta(days=3)
# A quotation's words a corrected story may lack: one in this many (an abbreviation the story
# spells out, "ВЕЭС"; a headline's word its lead puts otherwise); none in a quotation of
# fewer words ("Лавров прибыл в Минск" is not "Лавров прибыл в Ереван").
_MISSES_IN = 6
_CORRECTION = lazy_re.compile(
    r"(?i)^\W*(?:исправление|уточнение|поправка|correction|clarification|corrects)\b"
)
# A correction that says its story again, right ("ИСПРАВЛЕНИЕ: … 2,3 трлн (а не 3,2 трлн, как
# сообщалось ранее)"), or an update that names the figure it replaces ("ОБНОВЛЕНО: … 198
# судов, а не 189").
_RESTATED = lazy_re.compile(
    r"(?i)^\W*(?:исправление|уточнение|поправка|correction|corrected|clarification"
    r"|(?P<update>обновлено|updated))\b"
)
_WRONG_FIGURE = lazy_re.compile(
    r"(?i)(?:\bа не|\bвместо|\bnot|\binstead of|\brather than)\s+\$?"
    r"(?P<figure>\d[\d\s]*(?:[.,]\d+)?)"
)
_FIGURES = lazy_re.compile(r"\d+(?:[.,]\d+)?")
_RESTATED_SHARE = 0.6
_QUOTED = lazy_re.compile(r"[«\"“]([^«»\"“”\n]{10,300})[»\"”]")
_CORRECTION_CHARS = 400  # the quotation is looked for this far into the notice
_UPDATE = lazy_re.compile(r"(?i)^\W*(?:update\s*\d*\b|updated|обновлено|дополнено)")
_MARKED = lazy_re.compile(
    r"(?i)^\W*(?:⚡|молния|срочно|breaking|flash|update\s*\d*\b|urgent|обновлено)", re.UNICODE
)


def fold_follow_ups(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each flash folded into the later story of its source
    that tells it in full (see the module's notes); in time order of their leads."""
    out: list[DigestItem | None] = list(items)
    # Each lead's length and lead words, read once however many flashes it is compared with.
    lengths: dict[int, int] = {}
    leads: dict[int, tuple[list[str], set[str]]] = {}

    def length(n: int) -> int:
        if n not in lengths:
            lead = items[n].lead
            lengths[n] = len(words(f"{lead.title or ''} {lead.text}"))
        return lengths[n]

    # Updates ("UPDATE 1-…", "ДОПОЛНЕНО"): any earlier story of theirs folds into them.
    updates = {n for n, item in enumerate(items) if _is_update(item.lead)}
    for n, item in enumerate(items):
        lead = item.lead
        flash = _is_flash(lead)
        if not flash and not any(m > n for m in updates):
            continue
        mine = _headline_words(lead)
        if len(mine) < MIN_WORDS:
            continue
        for m in range(n + 1, len(items)):
            later = out[m]
            if later is None:
                continue
            if later.lead.published_at - lead.published_at > FOLLOW_UP_WITHIN:
                break
            if later.lead.source != lead.source:
                continue
            if flash and length(m) < FULLER * length(n):
                continue
            if not flash and (m not in updates or length(m) <= length(n)):
                continue  # a marked update says more: any longer text will do
            if m not in leads:
                leads[m] = _lead_words(later.lead)
            if not _tells(leads[m], mine):
                continue
            out[m] = replace(later, copies=(*item.rows, *later.copies))
            out[n] = None
            break
    return [i for i in out if i is not None]


def fold_corrections(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each correction notice ("Исправление: в сообщении ТАСС
    «…» следует читать …") folded into the story of its source that it corrects, the one its
    quotation names, when that story is among them; a correction of a story outside them
    stays a story of its own (the news of the day it came)."""
    out: list[DigestItem | None] = list(items)
    leads: dict[int, tuple[list[str], set[str]]] = {}  # by row id
    for n, item in enumerate(items):
        quoted = _corrected(item.lead)
        if quoted is None:
            continue
        # Its numbers are what a correction changes, often in the story itself (edited
        # from 13 to 14 documents): they are not looked for.
        wanted = {w for w in _words_of(quoted) if not w[len(_NAME) :].isdigit()}
        if len(wanted) < MIN_WORDS:
            continue
        misses = len(wanted) // _MISSES_IN
        for m, earlier in _earlier(out, n, item):
            # The corrected post may be a flash its full story holds.
            own = [r for r in earlier.rows if r.source == item.lead.source]
            for row in own:
                if row.id not in leads:
                    leads[row.id] = _lead_words(row)
            if any(_tells(leads[row.id], wanted, misses) for row in own):
                out[m] = replace(earlier, copies=(*earlier.copies, *item.rows))
                out[n] = None
                break
    for n, maybe in enumerate(out):
        if maybe is not None and _corrected(maybe.lead) is None:
            _fold_restatement(out, n, maybe)
    kept = [i for i in out if i is not None]
    return sorted(kept, key=lambda i: (i.lead.published_at, i.lead.id))


def _fold_restatement(out: list[DigestItem | None], n: int, item: DigestItem) -> None:
    """Fold a correction that says its story again with the right figure ("ИСПРАВЛЕНИЕ: Суд
    … на сумму 2,3 трлн рублей (а не 3,2 трлн, как сообщалось ранее)", "ОБНОВЛЕНО: … 198
    судов, а не 189", "Уточнение: … 6,8 трлн рублей") into the item of ``out`` before it
    that holds the post of its source it corrects, in that post's place: it leads the item
    when that post led it. The post it corrects holds the figure it names as wrong ("а не
    189"), or most of its headline's words (:data:`_RESTATED_SHARE`, at least
    :data:`MIN_WORDS`); an update ("ОБНОВЛЕНО") must name the wrong figure."""
    text = f"{item.lead.title}\n{item.lead.text}" if item.lead.title else item.lead.text
    marked = _RESTATED.match(text)
    if marked is None:
        return
    wrong = {_figure(f.group("figure")) for f in _WRONG_FIGURE.finditer(text)}
    if marked.group("update") and not wrong:
        return
    headline = headline_and_summary(item.lead.title, item.lead.text, limit=0)[0]
    wanted = {w for w in _words_of(headline) if not w[len(_NAME) :].isdigit()}
    for m, earlier in _earlier(out, n, item):
        for row in earlier.rows:
            if row.source != item.lead.source or not _restates(row, wanted, wrong):
                continue
            if row is earlier.lead:
                out[m] = replace(earlier, lead=item.lead, copies=(*earlier.rows, *item.copies))
            else:
                out[m] = replace(earlier, copies=(*earlier.copies, *item.rows))
            out[n] = None
            return


def _earlier(
    out: list[DigestItem | None], n: int, item: DigestItem
) -> Iterator[tuple[int, DigestItem]]:
    """The items of ``out`` before ``n`` still there, the latest first, with their places, as
    far back as a correction of them may come (:data:`CORRECTED_WITHIN` before ``item``)."""
    for m in range(n - 1, -1, -1):
        earlier = out[m]
        if earlier is None:
            continue
        if item.lead.published_at - earlier.lead.published_at > CORRECTED_WITHIN:
            return
        yield m, earlier


def _restates(row: ExportRow, wanted: set[str], wrong: set[str]) -> bool:
    """Whether a correction of ``wanted`` headline words naming the ``wrong`` figures
    corrects ``row`` (see :func:`_fold_restatement`)."""
    text = f"{row.title}\n{row.text}" if row.title else row.text
    if wrong & {_figure(f) for f in _FIGURES.findall(text)}:
        return True
    found, forms = _lead_words(row)
    shared = sum(
        1
        for w in wanted
        if (
            any(f.startswith(w[len(_NAME) :]) for f in found) if w.startswith(_NAME) else w in forms
        )
    )
    return shared >= MIN_WORDS and shared >= _RESTATED_SHARE * len(wanted)


def _figure(text: str) -> str:
    return re.sub(r"\s", "", text).replace(",", ".").rstrip(".")


def is_correction(title: str | None, text: str) -> bool:
    """Whether a post is a correction notice ("Исправление: в сообщении ТАСС «…»")."""
    return _CORRECTION.match(f"{title}\n{text}" if title else text) is not None


def _corrected(row: ExportRow) -> str | None:
    """The headline a correction notice quotes, or None for a post that is no correction."""
    text = f"{row.title}\n{row.text}" if row.title else row.text
    if _CORRECTION.match(text) is None:
        return None
    quoted = _QUOTED.search(text, 0, _CORRECTION_CHARS)
    return quoted.group(1) if quoted else None


def _is_update(row: ExportRow) -> bool:
    return is_update(row.title, row.text)


def is_update(title: str | None, text: str) -> bool:
    """Whether a post is marked as an update of an earlier one ("UPDATE 1-…", "ДОПОЛНЕНО")."""
    return _UPDATE.match(f"{title}\n{text}" if title else text) is not None


def _is_flash(row: ExportRow) -> bool:
    text = f"{row.title}\n{row.text}" if row.title else row.text
    return len(words(text)) <= FLASH_WORDS or _MARKED.match(text) is not None


def _headline_words(row: ExportRow) -> set[str]:
    """What a story's headline must have said again: :func:`_words_of` it."""
    return _words_of(headline_and_summary(row.title, row.text, limit=0)[0])


def _words_of(headline: str) -> set[str]:
    """The word forms of a headline's words of four letters or more, and its names' and
    numbers' beginnings (a name is matched by its letters, not its word form: "Дели" and
    "дел" share one)."""
    found: set[str] = set()
    for word in words(headline):
        if word[:1].isupper() or word.isdigit():
            found.add(_NAME + word.lower()[: max(_NAME_LETTERS, len(word) - 2)])
        elif len(word) > _SHORT_WORD:
            found.add(analyse_word(word.lower()))
    return found


def _lead_words(later: ExportRow) -> tuple[list[str], set[str]]:
    """The words of a story's title and lead, and their word forms."""
    found = words(f"{later.title or ''}\n{later.text[:_LEAD_CHARS]}".lower())
    return found, {analyse_word(w) for w in found}


def _tells(lead: tuple[list[str], set[str]], heading: set[str], misses: int = 0) -> bool:
    """Whether a later story's headline and lead (``lead``: :func:`_lead_words`) hold all of
    ``heading`` but ``misses`` of it: each word in any form, each name or number by its
    beginning."""
    found, forms = lead
    for wanted in heading:
        if wanted.startswith(_NAME):
            there = any(w.startswith(wanted[1:]) for w in found)
        else:
            there = wanted in forms
        if not there:
            misses -= 1
            if misses < 0:
                return False
    return True
