"""A wire's story and its later updates: one item of a digest, the newest version leading.

A wire posts "Magnitude 7.4 quake strikes off southern Philippines", then "UPDATE 1-Philippine
quake kills at least 6" five hours on, then "UPDATE 2-Philippine quake death toll rises to 8"
the next morning. Each update rewrites the story in new words: its headline does not repeat
the first one's (:mod:`archive.digest_follow_ups` folds an update only when it does, within
six hours), its lead shares too few words with it for a retelling (:mod:`.digest_retellings`),
and other sources' reports of each version fold into that version. A blind review's week
showed the quake as four items with tolls of 2, 6 and 8, the oldest toll first.

:func:`fold_updates` folds them after the other folds: a post marked as an update ("UPDATE
2-", "ДОПОЛНЕНО", "ОБНОВЛЕНО": :func:`.digest_follow_ups.is_update`) updates the earlier
post of **its own source**, within :data:`UPDATE_WITHIN`, whose lead is most like its own
(the cosine of their words weighed by rarity, as a retelling's, at least
:data:`UPDATE_ALIKE`, lower than a retelling's: an update says the story again with the new
fact first; and neither is about someone the other never names). The items holding the two
become one, led by the newest update among them: the reader gets the latest figure, and
every version and every other source's report of one is listed as a source of it. Another
story of the wire the same day (the Gaza talks, then the deal) is less alike than the one
the update updates, and is left apart; so is an earlier story whose headline shares no name
with a marked update's (:func:`_renamed`): "UPDATE 1-Belarus joins China, Russia-led security
bloc" is the wire's next story after "Putin, Xi join leaders at SCO summit in Astana" (whose
lead said Belarus was set to join), and folding it hid the summit's opening (a blind week's).

An agency marks no update of a toll: "Израильские ВВС нанесли удар по школе … погибли не
менее 27 человек", then "Число погибших при ударе по школе … возросло до 40" three hours on;
"… death toll rises to 8". A post whose first sentence says a count of the dead, the injured
or the victims rose or reached a figure (:func:`tells_a_new_count`) is such an update too, of
its own source's earlier story as above: a blind review's week showed a strike as three
items of one agency, its tolls 27, 33 and 40, and a raid as three, 94, 150 and 210.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_follow_ups import is_update
from tg_archiver.archive.digest_retellings import Likeness

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem
    from tg_archiver.archive.export import ExportRow

__all__ = ["UPDATE_ALIKE", "UPDATE_WITHIN", "fold_updates", "tells_a_new_count"]

UPDATE_WITHIN = timedelta(days=2)
UPDATE_ALIKE = 0.15
_FIRST_CHARS = 300  # a count's news is told in the first sentence, within these
_COUNT = lazy_re.compile(
    r"(?i)\b(?:число|количество)\s+(?:погибш|жертв|пострадавш|ранен|умерш|убит|заболевш"
    r"|эвакуированн|пропавш)\w*\b[^.!?\n]{0,120}?"
    r"\b(?:возросл|вырос|увеличил|достигл|превысил|превышает|достигает|растет|растёт)\w*"
    r"|\b(?:death|casualty|injury)\s+tolls?\b[^.!?\n]{0,80}?"
    r"\b(?:rise|rises|rose|risen|climb|climbs|climbed|jump|jumps|jumped|increase|increases"
    r"|increased|reach|reaches|reached|hit|hits|top|tops|topped|pass|passes|passed)\b"
    r"|\bnumber of (?:dead|deaths|killed|injured|victims|casualties)\b[^.!?\n]{0,80}?"
    r"\b(?:rises|rose|climbed|increased|reached|jumped)\b"
)
_MARKER = lazy_re.compile(r"(?i)^\W*(?:refile\W*)?(?:update\s*\d*|updated|обновлено|дополнено)\W*")
_WORD = lazy_re.compile(r"[^\W\d_]{3,}")
_NAME_LETTERS = 5  # a name by its beginning: "Philippine" and "Philippines", "Iran's"
_SENTENCE = lazy_re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|$)")


def tells_a_new_count(title: str | None, text: str) -> bool:
    """Whether a post's first sentence says a count of the dead, the injured or the victims
    rose or reached a figure ("Число погибших … возросло до 40", "death toll rises to 8"):
    an update of a story told before, unmarked."""
    whole = f"{title}\n{text}" if title else text
    line = next((ln for ln in whole.splitlines() if ln.strip()), "")[:_FIRST_CHARS]
    first = _SENTENCE.match(line.strip())
    return first is not None and _COUNT.search(first.group()) is not None


def _updates(title: str | None, text: str) -> bool:
    return is_update(title, text) or tells_a_new_count(title, text)


def _headline_names(row: ExportRow) -> set[str]:
    """The beginnings of the capitalised words of a post's first line, its marker left out
    ("UPDATE 1-Belarus joins China, Russia-led bloc": belar, china, russi)."""
    whole = f"{row.title}\n{row.text}" if row.title else row.text
    line = next((ln for ln in whole.splitlines() if ln.strip()), "")
    line = _MARKER.sub("", line, count=1)
    return {w.lower()[:_NAME_LETTERS] for w in _WORD.findall(line) if w[:1].isupper()}


def _renamed(update: ExportRow, earlier: ExportRow) -> bool:
    """Whether a marked update's headline and the earlier post's each name someone or
    somewhere and share no name: the wire's next story ("UPDATE 1-Belarus joins China,
    Russia-led bloc" after "Putin, Xi join leaders at SCO summit"), not its update
    ("UPDATE 1-Philippine quake kills 6" after "… strikes off southern Philippines")."""
    if not is_update(update.title, update.text):
        return False
    mine, theirs = _headline_names(update), _headline_names(earlier)
    return bool(mine) and bool(theirs) and not mine & theirs


def fold_updates(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each item holding an update joined to the item
    holding the post it updates (see the module's notes), the newest update leading; in
    time order of their leads."""
    from tg_archiver.archive.digest_items import DigestItem

    updating = {r.source for item in items for r in item.rows if _updates(r.title, r.text)}
    if not updating:
        return list(items)
    # Every post of a source that posted an update, compared as a story of its own.
    rows = sorted(
        ((n, r) for n, item in enumerate(items) for r in item.rows if r.source in updating),
        key=lambda x: (x[1].published_at, x[1].id),
    )
    likeness = Likeness([DigestItem(r) for _, r in rows])
    group = list(range(len(items)))  # each item's group: the item it joined, transitively

    def root(n: int) -> int:
        while group[n] != n:
            n = group[n]
        return n

    newest: dict[int, int] = {}  # a group's root -> the index in rows of its newest update
    for j, (n, row) in enumerate(rows):
        if not _updates(row.title, row.text):
            continue
        best, best_score = -1, UPDATE_ALIKE
        for i in range(j - 1, -1, -1):
            earlier = rows[i][1]
            if row.published_at - earlier.published_at > UPDATE_WITHIN:
                break
            if earlier.source != row.source or _renamed(row, earlier):
                continue
            score = likeness.score(j, i, within=UPDATE_WITHIN)
            if score >= best_score:
                best, best_score = i, score
        if best < 0:
            continue
        a, b = root(rows[best][0]), root(n)
        if a != b:
            group[a] = b
            newest.pop(a, None)
        newest[b] = j  # rows are in time order: this update is its group's newest
    members: dict[int, list[int]] = {}
    for n in range(len(items)):
        members.setdefault(root(n), []).append(n)
    out = []
    for top, joined in members.items():
        if len(joined) == 1 and top not in newest:
            out.append(items[joined[0]])
            continue
        everything = [r for n in joined for r in items[n].rows]
        lead = rows[newest[top]][1] if top in newest else items[top].lead
        copies = sorted(
            (r for r in everything if r is not lead), key=lambda r: (r.published_at, r.id)
        )
        out.append(DigestItem(lead, tuple(copies)))
    out.sort(key=lambda i: (i.lead.published_at, i.lead.id))
    return out
