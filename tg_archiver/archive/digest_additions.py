"""What the reports folded into a digest's story add to it, as an editor would say it.

One event told by several agencies is one item (archive.digest_flashes, digest_retellings):
RIA's "Главы МИД стран ШОС одобрили проект Астанинской декларации, сообщил Нуртлеу" leads,
and TASS's "Лавров: саммит ШОС в Астане утвердит стратегию развития организации до 2035
года" was only "+1 source": the strategy and its year, TASS's own fact, were lost to a
reader who did not open it. :func:`additions` gives each folded report whose headline names
what the item does not show yet (a name, a place, a figure, a date: its anchors,
archive.digest_translations), in time order, each weighed against the lead's headline and
summary and the additions before it, at most :data:`MAX_ADDED` of them. A copy of a post
(a repost, a near duplicate) and a translation (another language: the anchors it shares
are spelled apart) add nothing; nor does a report of the lead's own source.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_translations import anchors, skeleton
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.summary import headline_and_summary

if TYPE_CHECKING:
    from tg_archiver.archive.digest_items import DigestItem

__all__ = ["MAX_ADDED", "additions"]

MAX_ADDED = 2  # reports whose facts an item shows, at most: more is the reader's to open


def _keys(texts: Iterable[str]) -> tuple[str, frozenset[str], frozenset[str]]:
    """A text's language, its anchors, and what is an anchor only when the other has it too
    (a first name: "Сергея Лаврова" beside "С.В.Лаврова" adds no fact)."""
    found = anchors(None, "\n".join(texts))
    return found.language, found.names, found.small


def additions(item: DigestItem, shown: Iterable[str]) -> list[tuple[ExportRow, str]]:
    """(report, its headline) for each report folded into ``item`` that names what ``shown``
    (the lead's headline and summary as the digest shows them) and the additions before it
    do not; see the module's notes."""
    language, names, small = _keys(shown)
    known = names | small
    if not language:
        return []
    out: list[tuple[ExportRow, str]] = []
    seen = {item.lead.source}
    for row in item.copies:
        if row.duplicate_of is not None or row.source in seen:
            continue
        seen.add(row.source)
        headline = headline_and_summary(row.title, row.text, limit=0)[0]
        its_language, keys, its_small = _keys([headline])
        if its_language != language or not _new(headline, keys - known, known):
            continue
        out.append((row, _uncut(headline)))
        known |= keys | its_small
        if len(out) == MAX_ADDED:
            break
    return out


_WORD = lazy_re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _new(headline: str, keys: frozenset[str], known: frozenset[str]) -> frozenset[str]:
    """``keys`` but a first name or a title before a name already told ("Сергея Лаврова",
    "Владимир Путин" beside "С.В.Лаврова", "Путин": the same person) and a body whose organ
    was told: no new fact."""
    words = [skeleton(w.lower()) for w in _WORD.findall(headline)]
    before_known = {w for w, after in pairwise(words) if after in known}
    # "Совет Безопасности ООН" names the UN and its council, "СБ ООН" the council alone: a
    # body's key is the start of its organs' ("=un", "=unsc").
    within_known = {k for k in keys if k.startswith("=") and any(o.startswith(k) for o in known)}
    return keys - before_known - within_known


_CLAUSE_CUT = lazy_re.compile(r"(?:,\s+|\s+(?:и|and|а|but)\s+)[^,]*…$")
_MIN_UNCUT = 40  # characters a headline cut back to its last whole clause keeps, at least


def _uncut(headline: str) -> str:
    """A headline cut inside a clause ("… поздравил Пезешкиана с избранием и выразил
    уверенность…") cut back to its last whole one, as an editor would end it."""
    if not headline.endswith("…"):
        return headline
    m = _CLAUSE_CUT.search(headline)
    return headline[: m.start()] if m and m.start() >= _MIN_UNCUT else headline
