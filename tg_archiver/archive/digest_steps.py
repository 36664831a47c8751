"""The steps of a running story: two reports of one crisis that tell two of its steps are two
items of a digest, however many places, names and words they share.

A crisis told over days by the same channels gives every report of it the same anchors and
words: the border, its villages and region, the two countries, "ceasefire". Each fold of a
digest measures what two reports share (archive.digest_translations' anchors,
archive.digest_retellings' words, archive.digest_updates' likeness within one source), so the
next step of the crisis, or a statement about it, scored like one more report of the step
before: a blind week (session 38's border_week) folded the evacuation into the fighting, the
ministry's welcome of the ceasefire into the ceasefire, the day of mourning and the ceasefire's
breach into the fighting's toll, and the joint statement the ministers adopted into their
meeting's summary.

What tells them apart is what the **first sentence says happened** (as
:func:`.digest_retellings.event_kind` tells an arrival from the talks after it):

- a step of the crisis (:data:`_STEPS`, the first listed that the sentence tells: someone
  welcoming or condemning it or offering condolences, a day of mourning, an evacuation, the
  end of a search for survivors, an aftershock, a ceasefire, the fighting, its toll; a
  disaster's steps since session 39's blind quake week, whose running toll held the
  aftershock, the search's end and the UN's condolences). "Kyrgyzstan evacuates 19,000 … as
  fighting rages" is the evacuation; "… agree ceasefire after three days of fighting" the
  ceasefire; "МИД РФ приветствовал договоренность о прекращении огня" a reaction: a
  statement about a step is a story of its own, its author's. Two reports each telling a
  step, and not the same one, are two stories (the fighting and its toll are one: "death
  toll rises to 36" updates the fighting, not the day of mourning); a report that tells none
  (a quote, a strike) may be either's. A call to do something ("призвал", "urges") is no
  reaction: it is often the event's own news ("Orban urges Zelenskiy to consider a ceasefire
  during Kyiv visit").
- a document adopted ("Главы МИД СНГ приняли совместное заявление …", "SCO leaders sign
  Astana Declaration"): the document's story, which folds only with a report whose first
  sentence names a document too (its text, another report of its adoption), not with the
  meeting that adopted it. A draft approved ("одобрили проект декларации") is the meeting's
  outcome, not a document of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tg_archiver.archive import lazy_re

__all__ = ["Step", "is_reaction", "other_steps", "step_of", "two_of"]

# The steps, the first listed that a first sentence tells: a statement about the crisis
# before the step it is about, the later step before the fighting it ends or follows.
_STEPS = (
    (
        "reaction",
        lazy_re.compile(
            r"(?i)\b(?:приветствова\w*|приветствует|приветствуют|осудил\w*|осуждает|осуждают"
            r"|welcomed|welcomes|condemned|condemns|saddened|соболезновани\w*|condolences?)\b"
        ),
    ),
    ("mourning", lazy_re.compile(r"(?i)\b(?:траур\w*|mourn\w*)")),
    ("evacuation", lazy_re.compile(r"(?i)\b(?:эвакуа\w+|эвакуир\w+|evacuat\w+)")),
    (
        "rescue ended",
        lazy_re.compile(
            r"(?i)\bпоисков\w*(?:-спасательн\w*)?\s+(?:работ\w*|операци\w*)\s+(?:\w+\s+){0,8}?"
            r"(?:заверш|прекращ|свернут)\w*|\b(?:заверш|прекрати|свернул)\w*\s+(?:\w+\s+){0,2}?"
            r"поисков\w*|\b(?:ends?|ended|complet\w+|call\w* off|halt\w*)\s+(?:\w+\s+){0,3}?"
            r"search\w*|\bsearch(?:\s+and\s+rescue)?\s+(?:\w+\s+){0,3}?(?:ended|complete\w*"
            r"|called off|halted|is over)"
        ),
    ),
    ("aftershock", lazy_re.compile(r"(?i)\b(?:афтершок\w*|aftershocks?)\b")),
    (
        "ceasefire",
        lazy_re.compile(r"(?i)прекращени\w+ огня|\bперемири\w*|\bcease-?fire|\btruce\b"),
    ),
    (
        "fighting",
        lazy_re.compile(
            r"(?i)\b(?:бои|боев\w*|перестрелк\w*|обстрел\w*|столкновени\w*|fighting|clash\w*"
            r"|shelling|exchanged? fire)\b"
        ),
    ),
    (
        "toll",
        lazy_re.compile(
            r"(?i)\b(?:число|количество)\s+(?:погибш|жертв|раненых|пострадавш)\w*"
            r"|\b(?:death\s+)?tolls?\b"
        ),
    ),
)
# A toll is the fighting's (or the strike's, the quake's): one step with it, not another.
_ONE_STEP = frozenset({"fighting", "toll"})
_DOCUMENT = lazy_re.compile(
    r"(?i)\b(?:декларац\w*|коммюнике|communiqu\w*|declaration|совместн\w+ заявлени\w*"
    r"|joint statement)"
)
_ADOPTED = lazy_re.compile(
    r"(?i)\b(?:принял\w*|принят\w*|подписал\w*|подписан\w*|утвердил\w*|adopt\w*|sign\w*"
    r"|approv\w*)"
)
_DRAFT = lazy_re.compile(r"(?i)\b(?:проект\w*|draft\w*)")


@dataclass(frozen=True, slots=True)
class Step:
    """What a report's first sentence says happened, as far as its crisis goes."""

    step: str  # one of _STEPS' names, or "" (none told)
    adopts: bool  # a document adopted: "… приняли совместное заявление", "… sign declaration"
    names_document: bool  # the first sentence names a document


@lru_cache(maxsize=4096)
def step_of(sentence: str) -> Step:
    """The :class:`Step` a report's first sentence tells."""
    step = next((name for name, said in _STEPS if said.search(sentence)), "")
    names = _DOCUMENT.search(sentence) is not None
    adopts = names and _ADOPTED.search(sentence) is not None and not _DRAFT.search(sentence)
    return Step(step, adopts, names)


def two_of(a: str, b: str, one: frozenset[str] = frozenset()) -> bool:
    """Whether two first sentences' labels (a step, a kind of event: "" for none told) tell
    two things: each told, not the same, and not both of ``one``, labels of one thing (the
    fighting and its toll; a call and the talks a flash names)."""
    return bool(a and b and a != b and not {a, b} <= one)


def other_steps(a: Step, b: Step) -> bool:
    """Whether two reports tell two steps of a story (see the module's notes): each a step
    of the crisis and not the same, or one a document's adoption and the other's first
    sentence naming no document."""
    if two_of(a.step, b.step, _ONE_STEP):
        return True
    return (a.adopts and not b.names_document) or (b.adopts and not a.names_document)


# An author's own reaction to an event, in the first person: the ministry's thanks to the
# mediators of an exchange ("We thank the United Arab Emirates for their mediation … 103
# Russian servicemen") names the event's figure and mediator, and is a statement of its own.
_REACTION = lazy_re.compile(
    r"(?i)^\W*(?:we\s+(?:thank|welcome|condemn|congratulate|express|strongly|deeply|are\s+"
    r"(?:grateful|deeply|outraged))|выража(?:ем|ет)\s|благодарим|приветствуем|осуждаем"
    r"|поздравляем|решительно\s+осуждаем|глубоко\s+(?:скорбим|возмущены))"
)


def is_reaction(sentence: str) -> bool:
    """Whether a first sentence is its author's reaction to an event, in the first person
    ("We thank …", "Выражаем признательность …", "Поздравляем …"): no flash of the event."""
    return _REACTION.match(sentence) is not None
