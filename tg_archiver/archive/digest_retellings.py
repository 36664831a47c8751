"""One event told by two sources in one language: one item of a digest.

TASS and RIA report the Security Council's vote ten minutes apart, each in its own words;
the ministry posts its readout and an agency retells it; a flash on one channel, the full
story on another. Dedup (archive.dedup) links a post to the text it copies, and a retelling
copies none, so a digest listed each: in four reviewed weeks, an event told three to nine
times, and the repeats pushed distinct stories off a topic's list.

Two stories are one event's retellings when their **lead paragraphs use the same words**:
the stems of the first :data:`_TEXT_CHARS` characters a reader sees (datelines, sign-offs and
rubrics left out, :func:`archive.summary.content_lines`), each weighed by how rare it is
among the window's stories, have a cosine of at least :data:`THRESHOLD`, or of
:data:`CLOSE_THRESHOLD` when they came within :data:`CLOSE_WITHIN`: two agencies' flashes of
one event minutes apart each tell a fact of their own (the vote and its count, the first toll
and the risen one) and share fewer words than a retelling hours later does. As close, a flash
joins the long story most of whose words it holds (:data:`CONTAINED` of its weighed words,
the story having :data:`_LONGER` times as many): an agency's one line of the ministry's
readout shares a low cosine with it. Within :data:`FLASHES_WITHIN`, two agencies' flashes
that each tell the event in words of their own join when they share :data:`FLASH_NAMES`
names and :data:`FLASH_WORDS` words in small letters of their first sentences that at most
:data:`RARE_IN` of the window's first sentences use ("посетил", "жилье", "восстановить" in
two flashes of Japarov's visit to Batken). Within one
language that test alone also joins stories that are not one: the ministry's greetings to
two countries, Lavrov's talks with Wang Yi and with Fidan the same day, two prime ministers
arriving at one summit. What tells those apart is **who the story is about**: each names in
its first sentence someone the other never names (:func:`_strangers`); who told it, at the
sentence's end ("… — МИД РФ", "…, сообщил Гладков"), is not who it is about, nor is the
ministry in a minister's title ("глава МИД Буркина-Фасо"). So a story joins
another only when neither does, and also only when:

- both are in the same language (a translation is :mod:`archive.digest_translations`'s),
  from sources neither shares, within :data:`RETELLING_WITHIN`;
- both or neither announce ("Lavrov will visit Minsk" is not his arrival);
- a document's own text (its first line opening with a declaration's name) only with a
  story that names a document: the summit's opening is not its declaration's text, though
  both name the council in its long words;
- neither is a briefing or a clip of one (its topics are many stories; a clip is one of
  them, told where the briefing's other stories are), nor a correction notice (which
  quotes the story it corrects: archive.digest_follow_ups folds it into its own source's);
  but two briefings' records (each headed "Брифинг …") are compared with each other: the
  ministry's and its spokesperson's channels post one briefing's record.

A story joins the earlier story it matches best, and only a story that leads (no chains: a
retelling of a retelling drifts). The earlier leads; the other's posts are listed as more
sources of it, each with its link, so no statement is lost to the reader.

Measured on four labelled sets (session 30's events set and the three scenario weeks of
sessions 31 to 33): a day's stories 531 -> 487 (of 199 same-language repeats, 44 folded), a
week's 509 -> 463, none wrong; one topic's stories a day, none wrong either. A fourth week,
written after the method and kept apart (session 34): 142 -> 115 a day, 137 -> 110 a week, none
wrong; its scheduled digests' same-language repeats 84 -> 57 (-> 46 in session 35, once a name
opening both first sentences, "Iran's parliament …", counted as one both name). At 0.35
instead of 0.4 a week's window folds one wrong. Most rewrites stay two items: an agency
that rewrites the lead in words of its own shares too few of them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.digest_follow_ups import is_correction
from tg_archiver.archive.digest_leads import first_sentence, shown_lines
from tg_archiver.archive.digest_notices import is_announcement
from tg_archiver.archive.digest_steps import Step, is_reaction, other_steps, step_of
from tg_archiver.archive.digest_translations import anchors, is_name, skeleton
from tg_archiver.archive.lexemes import NAME_GRAMMEMES, dictionary

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem

__all__ = [
    "ALIKE",
    "CLOSE_THRESHOLD",
    "CLOSE_WITHIN",
    "CONTAINED",
    "RETELLING_WITHIN",
    "THRESHOLD",
    "Likeness",
    "event_kind",
    "fold_retellings",
    "joined_items",
    "set_apart",
]

RETELLING_WITHIN = timedelta(hours=12)
THRESHOLD = 0.4
# Two agencies' flashes of one event minutes apart share fewer words (each its own fact: the
# vote, the toll, a quote) than a retelling hours later: this close, a lower cosine is enough.
CLOSE_WITHIN = timedelta(minutes=30)
CLOSE_THRESHOLD = 0.25
# Two agencies' flashes of one event within this share names and rare words of their first
# sentences, each telling it in words of its own (see Likeness.one_event_flashes).
FLASHES_WITHIN = timedelta(hours=1)
FLASH_NAMES = 3
# Two reports within this giving one figure few of the window's stories give, beside names
# they share, tell one event's fact (see Likeness.one_fact).
FACT_WITHIN = timedelta(hours=6)
FACT_NAMES = 2
_FIGURE_LEAST = 10  # a smaller number is no event's own figure ("2 страны", "3 человека")
FLASH_WORDS = 2
RARE_IN = 3
# A flash beside the article that tells it (the ministry's readout, a wire's story), as
# close: most of the flash's weighed words are the article's, though their cosine is low
# (the article has many more words).
CONTAINED = 0.5
_LONGER = 2  # the article has at least this many times the flash's words
ALIKE = 0.25  # a topic with more stories than it shows lists others before these
_TEXT_CHARS = 600  # the lead paragraphs, compared
_READ_CHARS = 4_000  # what is read to find them (digest_leads.shown_lines too)
_CANDIDATES = 400  # earlier stories compared with each, at most
# Stories a word's rarity is counted among besides the window's, none of them holding it: in
# a window of two stories a word both share would weigh less than one only one holds.
_UNRELATED = 20

_WORD = lazy_re.compile(r"[^\W\d_]{3,}")
_FIRST_WORD = lazy_re.compile(r"[^\W\d_]+")
# A briefing, its record or a clip of it: many topics, or one of them, under one title.
_BRIEFING = lazy_re.compile(r"(?i)брифинг|briefing")
# A briefing's record, headed by the word: the ministry's and its spokesperson's channels post
# one briefing's record, one item (a clip, "Захарова на брифинге: …", stays apart).
_RECORD = lazy_re.compile(r"(?i)\W*(?:брифинг|briefing)\b")
# Words every report has, whatever its event: function words and verbs of saying.
_COMMON_WORDS = """
    the and but for with from into over under about than then that this these those which
    who whom whose what when where while was were are has have had been being will would
    shall should can could may might must not also very more most such its their his her
    our they them she him all any each both some other another same again just only even
    still yet here there now said says told added noted stated
    без для его ее её их как или это эти этот эта что чтобы так также уже еще ещё был была
    были было будет будут есть при про над под после перед через между она они оно тот той
    том тех все всё всех весь чем кто где когда если даже только вот там тут который
    которая которое которые которых заявил заявила заявили сообщил сообщила сообщили
    отметил отметила отметили сказал сказала подчеркнул подчеркнула
"""
_COMMON = frozenset(_COMMON_WORDS.split())


@dataclass(frozen=True, slots=True)
class _Lead:
    """What a story gives to compare: its language, its words' stems, its names, the names
    its first sentence is about, whether it is compared at all, and whether it announces."""

    language: str
    stems: Counter[str]
    names: frozenset[str]
    about: frozenset[str]
    apart: bool  # a briefing or a correction: compared with none (but a record with a record)
    record: bool  # a briefing's record: its first line opens "Брифинг …", "Briefing …"
    ahead: bool
    kind: str  # what its first sentence says happened: an arrival, talks, a call ("" unknown)
    document: bool  # its first line opens with a document's name: the document's own text
    names_document: bool  # it names a document: a report of one's signing, or the text
    step: Step  # the step of a running story its first sentence tells (archive.digest_steps)
    first: frozenset[str]  # its first sentence's words' stems, in small letters
    reaction: bool  # its first sentence is its author's own reaction ("Выражаем …", "We thank")


def fold_retellings(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each story folded into the earlier story it retells
    (see the module's notes): the earlier leads, the later's posts become its sources."""
    likeness = Likeness(items)
    joined: dict[int, int] = {}  # a story's index -> the index of the story it joined
    sources = [{r.source for r in i.rows} for i in items]
    for n, item in enumerate(items):
        best, best_score = -1, 0.0
        for m in range(n - 1, max(-1, n - 1 - _CANDIDATES), -1):
            gap = item.lead.published_at - items[m].lead.published_at
            if gap > RETELLING_WITHIN:
                break
            if m in joined or sources[m] & sources[n]:
                continue
            score = likeness.score(n, m, announcing_alike=True)
            needed = CLOSE_THRESHOLD if gap <= CLOSE_WITHIN else THRESHOLD
            if score and gap <= CLOSE_WITHIN and likeness.contained(n, m) >= CONTAINED:
                needed = 0.0  # a flash whose words are the article's
            if score and gap <= FLASHES_WITHIN and likeness.one_event_flashes(n, m):
                needed = 0.0  # two agencies' flashes of one event, in words of their own
            if score and gap <= FACT_WITHIN and likeness.one_fact(n, m):
                needed = 0.0  # one rare figure of one event ("32 страны", "103 военнослужащих")
            if score and score >= needed and score >= best_score:
                best, best_score = m, score
        if best >= 0:
            joined[n] = best
            sources[best] |= sources[n]
    return joined_items(items, joined)


def joined_items(items: Sequence[DigestItem], joined: dict[int, int]) -> list[DigestItem]:
    """``items`` with each story ``n`` of ``joined`` folded into story ``joined[n]`` (one that
    leads): its posts become that story's sources."""
    out: list[DigestItem | None] = list(items)
    for n, m in joined.items():
        first = out[m]
        assert first is not None  # a story that leads is never joined
        out[m] = replace(first, copies=(*first.copies, *items[n].rows))
        out[n] = None
    return [i for i in out if i is not None]


class Likeness:
    """How alike a window's stories are told (see the module's notes), each compared by its
    lead post: for :func:`fold_retellings`, and for a digest choosing a topic's stories
    (archive.digest.choose), which lists other events before more of one."""

    def __init__(self, items: Sequence[DigestItem]) -> None:
        self._items = items
        self._leads = [_lead(i) for i in items]
        self._known = frozenset().union(*(x.names for x in self._leads))
        self._vectors = _weigh([x.stems for x in self._leads])
        self._index = {id(item): n for n, item in enumerate(items)}
        self._first_counts = Counter(w for x in self._leads for w in x.first)
        self._name_counts = Counter(k for x in self._leads for k in x.names)

    def score(
        self,
        n: int,
        m: int,
        *,
        announcing_alike: bool = False,
        within: timedelta = RETELLING_WITHIN,
    ) -> float:
        """The cosine of stories ``n`` and ``m``'s weighed words, 0 when they cannot be one
        event's: other languages, a briefing or a correction, each about someone the other
        never names, more than ``within`` apart, or (``announcing_alike``) one announcing
        and the other not."""
        a, b = self._leads[n], self._leads[m]
        gap = self._items[n].lead.published_at - self._items[m].lead.published_at
        if (
            not a.language
            or a.language != b.language
            or ((a.apart or b.apart) and not (a.record and b.record))
            or abs(gap) > within
            or (announcing_alike and a.ahead != b.ahead)
            or (a.kind and b.kind and a.kind != b.kind)
            or (a.document and not b.names_document)
            or (b.document and not a.names_document)
            or other_steps(a.step, b.step)
        ):
            return 0.0
        score = _cosine(self._vectors[n], self._vectors[m])
        return 0.0 if score and _strangers(a, b, self._known) else score

    def one_event_flashes(self, n: int, m: int) -> bool:
        """Whether stories ``n`` and ``m`` share :data:`FLASH_NAMES` names and
        :data:`FLASH_WORDS` rare words of their first sentences (words at most
        :data:`RARE_IN` of the window's first sentences use): two agencies' flashes of one
        event, each in words of its own ("Жапаров прибыл в Баткенскую область …", "Президент
        Киргизии Жапаров посетил Баткен …"); never an author's own reaction in the first
        person ("Выражаем признательность ОАЭ за посредничество … 103 военнослужащих"), a
        statement of its own (archive.digest_steps.is_reaction)."""
        a, b = self._leads[n], self._leads[m]
        if a.reaction or b.reaction or len(a.names & b.names) < FLASH_NAMES:
            return False
        rare = [w for w in a.first & b.first if self._first_counts[w] <= RARE_IN]
        return len(rare) >= FLASH_WORDS

    def one_fact(self, n: int, m: int) -> bool:
        """Whether stories ``n`` and ``m`` give one figure that at most :data:`RARE_IN` of the
        window's stories give (10 or more: "32 страны", "103 военнослужащих", "85 rockets")
        and share :data:`FACT_NAMES` names besides: two reports of one event's fact, each in
        words of its own; never an author's own reaction (as :meth:`one_event_flashes`)."""
        a, b = self._leads[n], self._leads[m]
        if a.reaction or b.reaction:
            return False
        shared = a.names & b.names
        figures = [
            k
            for k in shared
            if k.startswith("#")
            and k[1:].isdigit()
            and int(k[1:]) >= _FIGURE_LEAST
            and self._name_counts[k] <= RARE_IN
        ]
        names = [k for k in shared if not k.startswith(("#", "@"))]
        return bool(figures) and len(names) >= FACT_NAMES

    def contained(self, n: int, m: int) -> float:
        """How much of the shorter of stories ``n`` and ``m`` (its weighed words' share) the
        longer holds, when the longer has :data:`_LONGER` times its words (else 0)."""
        a, b = self._vectors[n], self._vectors[m]
        if len(a) > len(b):
            a, b = b, a
        if not a or len(b) < _LONGER * len(a):
            return 0.0
        return sum(x * x for k, x in a.items() if k in b)

    def alike(self, a: DigestItem, b: DigestItem) -> bool:
        """Whether two of the stories likely tell one event (a looser test than a fold's):
        their words' cosine is at least :data:`ALIKE`."""
        n, m = self._index.get(id(a)), self._index.get(id(b))
        return n is not None and m is not None and self.score(n, m) >= ALIKE


def _lead(item: DigestItem) -> _Lead:
    return _lead_of(item.lead.title, item.lead.text[:_READ_CHARS])


@lru_cache(maxsize=2048)
def _lead_of(title: str | None, text: str) -> _Lead:
    """A story's :class:`_Lead`, made once: group_items folds with it, and a digest choosing
    a crowded topic's stories (archive.digest.choose) compares the same leads again."""
    found = anchors(title, text)
    lines = shown_lines(title, text)
    shown = "\n".join(lines)[:_TEXT_CHARS]
    words = (w for w in _WORD.findall(shown.lower()) if w not in _COMMON)
    first = first_sentence(title, text)
    return _Lead(
        language=found.language,
        stems=Counter(map(analyse_word, words)),
        names=found.names,
        about=_about(_ATTRIBUTION.sub("", first)),
        record=bool(lines)
        and _RECORD.match(lines[0]) is not None
        and not is_correction(title, text),
        apart=set_apart(title, text),
        ahead=is_announcement(title, text),
        kind=event_kind(first),
        document=bool(lines) and _DOCUMENT_FIRST.match(lines[0]) is not None,
        names_document=_DOCUMENT.search(shown) is not None,
        step=step_of(first),
        first=frozenset(  # its words, not its names (which `names` holds)
            analyse_word(w) for w in _WORD.findall(first) if w.islower() and w not in _COMMON
        ),
        reaction=is_reaction(first),
    )


# A document's own text, its first line opening with its name ("📄 Астанинская декларация
# Совета глав государств – членов ШОС / Полный текст: …", "Joint Statement of …"), retells
# only a story that names a document (the agency's "Лидеры подписали декларацию"): the
# summit's opening, told hours before in the body's same long name, is another event.
_DOCUMENT = lazy_re.compile(
    r"(?i)\b(?:декларац\w*|коммюнике|communiqu\w*|declaration|совместн\w+ заявлени\w*"
    r"|joint statement|полный текст|full text)"
)
_DOCUMENT_FIRST = lazy_re.compile(
    r"(?i)^\W*(?:[\w-]+\s+){0,2}?(?:декларац\w*|коммюнике|communiqu\w*|declaration"
    r"|совместн\w+ заявлени\w*|joint statement)"
)


# What a readout's first sentence says happened, when it says one of these: the arrival at a
# meeting and the talks held there are two events of one trip, told by the same names
# (Kabar's "Лавров прибыл в Бишкек … его встретил … Кулубаев" and the ministry's "Состоялись
# переговоры … Лаврова с … Кулубаевым" were one item, the talks a "+1 source" of the arrival).
_KINDS = (
    (
        "arrival",
        lazy_re.compile(r"(?i)\b(?:прибыл\w*|прилетел\w*|съезжа\w*|съехал\w*|arriv\w+|landed)\b"),
    ),
    (
        "call",
        lazy_re.compile(
            r"(?i)телефонн\w+ разговор|по телефону|phone (?:call|conversation)|by phone"
        ),
    ),
    ("talks", lazy_re.compile(r"(?i)\b(?:переговор\w*|встрет\w+|встреч\w+|talks|met|meeting)\b")),
    ("signing", lazy_re.compile(r"(?i)\b(?:подписал\w*|подписан\w*|signed|sign)\b")),
)


# Who told it, at a sentence's end: "… — МИД РФ.", "…, сообщил Гладков.", "…, said Peskov."
# The source is not who the story is about: an agency's flash "…, сообщил Гладков" and the
# governor's own post tell one shelling.
_ATTRIBUTION = lazy_re.compile(
    r"(?:,\s*(?:сообщил[аи]?|заявил[аи]?|сообщает|пишет|передает|передаёт|said|says|told)"
    r"(?:\s+[\w.-]+){1,4}|\s[—–]\s+[A-ZА-ЯЁ][\w.-]*(?:\s+[\w.-]+){0,3})[.!]?\s*$"
)


def set_apart(title: str | None, text: str) -> bool:
    """Whether a story is compared with none as a retelling: a briefing, its record or a clip
    of it (its first line names one), or a correction notice."""
    lines = shown_lines(title, text[:_READ_CHARS])
    return (bool(lines) and _BRIEFING.search(lines[0]) is not None) or is_correction(title, text)


def event_kind(sentence: str) -> str:
    """The first of :data:`_KINDS` that ``sentence`` tells ("" when none): an arrival is an
    arrival even when it says who met the guest at the airport."""
    return next((kind for kind, said in _KINDS if said.search(sentence)), "")


# Names that are a title's, not someone's: "глава МИД Буркина-Фасо", "МИД РФ" is whoever
# the country is (a readout says "Министр иностранных дел" and names no "МИД").
_TITLES = frozenset({"=mfa"})


def _about(sentence: str) -> frozenset[str]:
    """The names a story's first sentence is about: those inside it, and its first word
    when that is a name ("Мишустин прибыл …", "Lavrov said …"): a capital that opens a
    sentence says nothing by itself, so a Russian word must be a name to the dictionary;
    an English one is marked ``?`` and counts when it is a name elsewhere in the window."""
    names = {k for k in anchors(None, sentence).names if not k.startswith("#") and k not in _TITLES}
    m = _FIRST_WORD.search(sentence)
    if m and is_name(m.group()) and not m.group().isupper():
        word = m.group().lower()
        if not word.isascii():
            parses = dictionary().parse(word)[:2]
            if any(NAME_GRAMMEMES & set(map(str, p.tag.grammemes)) for p in parses):
                names.add(skeleton(word))
        else:
            names.add("?" + skeleton(word))
    return frozenset(names)


def _strangers(a: _Lead, b: _Lead, known: frozenset[str]) -> bool:
    """Whether each story's first sentence names someone the other never names: the
    ministry's greetings to Azerbaijan and to Armenia, Mishustin's arrival and Bektenov's."""

    def unnamed(x: _Lead, y: _Lead) -> bool:
        # A name opening y's first sentence ("Iran's parliament …") is one y names too,
        # though no capital that opens a sentence is among its names by itself.
        named = y.names | {n.removeprefix("?") for n in y.about}
        # A place its dateline names in capitals ("ALMATY. KAZINFORM") is read as the known
        # name ("=almaty"), the same place in a sentence ("… in Almaty") by its letters.
        named |= {skeleton(n[1:]) for n in y.names if n.startswith("=")}
        for name in x.about:
            bare = name.removeprefix("?")
            if (bare == name or bare in known) and bare not in named:
                return True
        return False

    return unnamed(a, b) and unnamed(b, a)


def _weigh(stems: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Each story's stems weighed by how rare they are among these stories (tf-idf), as a
    unit vector."""
    df: Counter[str] = Counter()
    for s in stems:
        df.update(s.keys())
    n = len(stems) + _UNRELATED
    out = []
    for s in stems:
        v = {k: c * math.log(n / df[k]) for k, c in s.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        out.append({k: x / norm for k, x in v.items()} if norm else {})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())
