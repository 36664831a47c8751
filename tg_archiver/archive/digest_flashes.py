"""One event told by several agencies' flashes in one language, each with a fact of its own:
one item of a digest.

TASS posts "Захарова: встреча министров иностранных дел БРИКС пройдет в Нижнем Новгороде
10-11 июня", RIA three minutes later "СМИД БРИКС в Нижнем Новгороде 10–11 июня станет первым
в расширенном составе, заявила Захарова"; TASS "Совбез ООН одобрил американский проект
резолюции по Газе: 14 голосов «за», Россия воздержалась", RIA "СБ ООН принял предложенную США
резолюцию о прекращении огня в Газе, Россия воздержалась". Each tells the event by a fact of
its own in words of its own: their words' cosine is too low for a retelling
(:mod:`archive.digest_retellings`), and a digest listed each (a blind review's week: an
event three to six times under one topic).

What two flashes of one event share is what a translation keeps
(:mod:`archive.digest_translations`): the **anchors**, the names of people, places and
bodies, the numbers and the dates (``Захарова``, ``БРИКС``, ``Нижний Новгород``, ``10``,
``11 июня``). :func:`fold_flashes` folds a story into an earlier one when:

- both are in one language, from sources neither shares, within :data:`FLASH_WITHIN`;
- their anchors, each weighed by how rare it is among the window's stories, score at least
  :data:`THRESHOLD` as a translation's do (at least
  :data:`~.digest_translations.MIN_SHARED` of them shared; a quoted speaker named by both or
  by neither: "Захарова: …" and "…, заявил Рябков" are two statements);
- neither tells another kind of event (an arrival is not the talks held after it:
  :func:`.digest_retellings.event_kind`; a call and talks are one kind here, a flash of a
  call says what was "discussed"), and neither first sentence names a person the other
  never names while the other names one it does not (Lavrov's arrival at a meeting and
  another minister's, told by one place and body);
- neither is a briefing, its record or a correction (:func:`.digest_retellings.set_apart`),
  nor its author's reaction in the first person (:func:`is_reaction`: "We thank the United
  Arab Emirates for their mediation … 103 servicemen" names the exchange's figure and
  mediator, and is a statement of its own).

A story led in the other language is compared by its lead and by the reports in this
language folded into it (:func:`_reports`: RIA's Russian report of a wire's English story,
for TASS's Russian flash of it).

An announcement's flash ("… пройдет 10-11 июня") and a report of the same answer fold: the
anchors tell them apart from another event's announcement, and archive.digest_notices drops
an announcement whose event follows anyway. A story joins the earlier story whose anchors it
shares best, and only one that leads (no chains: a wire's toll updates cannot carry one
event's flash to another's). The earlier leads; the other's posts are its sources, each
linked. Measured on every same-language pair of the labelled weeks' digest windows left
apart before (tests/digest_weeks, docs/digests.md): within two hours two events scored at
most 0.38, one event's flashes 0.45 to 0.86.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_leads import first_sentence, shown_lines
from tg_archiver.archive.digest_retellings import event_kind, joined_items, set_apart
from tg_archiver.archive.digest_steps import Step, is_reaction, other_steps, step_of, two_of
from tg_archiver.archive.digest_translations import (
    Anchors,
    anchor_similarity,
    anchor_weights,
    anchors,
    skeleton,
)
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.lexemes import is_person

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem

__all__ = ["FLASH_WITHIN", "THRESHOLD", "fold_flashes", "is_reaction"]

FLASH_WITHIN = timedelta(hours=2)
THRESHOLD = 0.45
_CANDIDATES = 200  # earlier stories compared with each, at most
_NAME = lazy_re.compile(r"\b[A-ZА-ЯЁ][^\W\d_]{2,}(?:-[A-ZА-ЯЁ]?[^\W\d_]+)*")
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_TITLED = lazy_re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Ss]pokes(?:man|woman|person)|[Ll]eader"
    r"|[Cc]hancellor|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Kk]ing|[Ee]mir|[Pp]rince|FM)"
    r"(?:\s+[A-Z][\w'’-]+)*?\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
_SAYS = lazy_re.compile(r"\b([A-Z][\w'’-]{2,})\s+(?:says|said|tells|told|stresses|stressed)\b")


@dataclass(frozen=True, slots=True)
class _Flash:
    found: Anchors
    kind: str
    apart: bool
    people: frozenset[str]  # the people its first sentence names (their names' skeletons)
    step: Step  # the step of a running story it tells (archive.digest_steps)


def _flash(row: ExportRow) -> _Flash:
    first = first_sentence(row.title, row.text)
    return _Flash(
        found=anchors(None, "\n".join(shown_lines(row.title, row.text))),
        kind=event_kind(first),
        apart=set_apart(row.title, row.text) or is_reaction(first),
        people=_people(first),
        step=step_of(first),
    )


def _reports(item: DigestItem, flash: _Flash) -> list[tuple[ExportRow, _Flash]]:
    """What a story is compared by: its lead, and when the lead is in one language, the
    reports in the other folded into it (the Russian agency's report of an English-led wire
    story), each as its own flash."""
    told = [(item.lead, flash)]
    for row in item.copies:
        if row.duplicate_of is None and row.source != item.lead.source:
            other = _flash(row)
            if other.found.language and other.found.language != flash.found.language:
                told.append((row, other))
    return told


def _people(sentence: str) -> frozenset[str]:
    """The people a first sentence names: a Russian name the dictionary reads as a person's
    ("Лавров", "Рыженков"), an English one after a title ("Foreign Minister Sergey Lavrov")."""
    found = {
        skeleton(word.lower())
        for word in _NAME.findall(sentence)
        if _CYRILLIC.match(word) and is_person(word)
    }
    # English has no dictionary here: a name after a title ("Foreign Minister Sergey
    # Lavrov", "President Xi Jinping"), its last word.
    found.update(skeleton(m.group(1).lower()) for m in _TITLED.finditer(sentence))
    # One who speaks, in any language: "Zakharova says …", "…, Zakharova told reporters".
    found.update(skeleton(m.group(1).lower()) for m in _SAYS.finditer(sentence))
    return frozenset(found)


def _strangers(a: _Flash, b: _Flash) -> bool:
    """Whether either names in its first sentence someone the other never names: Lavrov's
    arrival at a meeting and another minister's, told by the same place and body; Putin's
    talks with a prime minister and the host's with him ("Глава государства провел встречу
    с … Шарифом"); Orban's arrival and the spokeswoman's comment on it ("Захарова о визите
    Орбана …", "…, Zakharova says of Orban's visit"). (Each, not either, folded these in
    a week written blind: session 37's summit week.)"""

    def unnamed(x: _Flash, y: _Flash) -> bool:
        return bool(x.people - y.found.names - y.found.small - y.people)

    return unnamed(a, b) or unnamed(b, a)


# A call's readout and an agency's flash of it that says the two "discussed" a meeting
# ("обсудили участие Турции во встрече министров"): one conversation, whichever it names.
_ONE_KIND = frozenset({"call", "talks"})


def _other_kinds(a: str, b: str) -> bool:
    """Whether two first sentences tell two kinds of event (an arrival and the talks after
    it); a call and talks are one for a flash, which names the meeting it was about."""
    return two_of(a, b, _ONE_KIND)


def fold_flashes(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each story folded into the earlier flash of its event
    (see the module's notes): the earlier leads, the later's posts become its sources."""
    flashes = [_flash(i.lead) for i in items]
    weight = anchor_weights([f.found for f in flashes])
    sources = [{r.source for r in i.rows} for i in items]
    joined: dict[int, int] = {}
    for n, item in enumerate(items):
        mine = flashes[n]
        if not mine.found.language or mine.apart:
            continue
        best, best_score = -1, 0.0
        for m in range(n - 1, max(-1, n - 1 - _CANDIDATES), -1):
            if item.lead.published_at - items[m].lead.published_at > FLASH_WITHIN:
                break
            if m in joined or sources[m] & sources[n]:
                continue
            for row, theirs in _reports(items[m], flashes[m]):
                if (
                    theirs.apart
                    or theirs.found.language != mine.found.language
                    or item.lead.published_at - row.published_at > FLASH_WITHIN
                    or _other_kinds(theirs.kind, mine.kind)
                    or _strangers(theirs, mine)
                    or other_steps(theirs.step, mine.step)
                ):
                    continue
                score = anchor_similarity(mine.found, theirs.found, weight)
                if score >= THRESHOLD and score > best_score:
                    best, best_score = m, score
        if best >= 0:
            joined[n] = best
            sources[best] |= sources[n]
    return joined_items(items, joined)
