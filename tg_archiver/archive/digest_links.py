"""A post that links another post of the window is about that post: one item of a digest.

An analyst comments on an agency's flash and links it ("Ворух опять. Третий раз за три года
… https://t.me/interfax_news/97004"); a ministry's "Кратко об итогах" links its full
readout; an aggregator reposts a statement with "Источник: t.me/mid_rf/1002". The comment
shares few words or names with what it links (it says what its author thinks of it), so no
fold that measures likeness finds it, and a digest listed it as one more item of the event
(a blind review's week: the analyst's comments were a fifth of the fighting's repeats).

:func:`fold_linked` folds a story whose lead links a post of the window into the item that
holds the linked post, when:

- the link names a Telegram post, ``t.me/<username>/<id>`` or ``t.me/c/<channel id>/<id>``,
  and every link of the post names one story (a post linking several is a roundup of them);
- the linked post is in the window and was published no later than the linking one (a link
  to a later post is no reference: it could not have been written);
- it is found without doubt: by the channel and the post's number (its own URL names the
  username, or the channel id is the source's), or, when the archive does not know the
  channels' usernames (an imported export), by a post number only one other post of the
  window bears;
- the two first sentences do not tell two steps of a running story
  (:mod:`archive.digest_steps`: "toll rises to 36, see our report of the ceasefire" is the
  fighting, not the ceasefire).

The linked post's item leads; the comment becomes one of its sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_leads import first_sentence
from tg_archiver.archive.digest_retellings import joined_items
from tg_archiver.archive.digest_steps import Step, other_steps, step_of
from tg_archiver.archive.export import ExportRow

if TYPE_CHECKING:  # archive.digest_items folds with this module
    from tg_archiver.archive.digest_items import DigestItem

__all__ = ["fold_linked", "linked_posts"]

_POST_LINK = lazy_re.compile(
    r"(?i)(?<![\w.])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?"
    r"(?:c/(?P<channel>\d+)|(?P<username>[a-z][a-z0-9_]{3,31}))/(?P<post>\d+)\b"
)


def linked_posts(text: str) -> list[tuple[str | None, str | None, str]]:
    """(username, channel id, post number) of each Telegram post ``text`` links."""
    return [(m["username"], m["channel"], m["post"]) for m in _POST_LINK.finditer(text)]


def _step(item: DigestItem) -> Step:
    """The step of a running story its lead's first sentence tells (archive.digest_steps)."""
    return step_of(first_sentence(item.lead.title, item.lead.text))


def _found(
    link: tuple[str | None, str | None, str], rows: Sequence[tuple[int, ExportRow]]
) -> int | None:
    """The item holding the post ``link`` names, among ``rows`` ((item, row) pairs of the
    posts published before the linking one), or None when none or several could be it."""
    username, channel, post = link
    numbered = [(n, r) for n, r in rows if r.external_id == post]
    if channel is not None:
        exact = [n for n, r in numbered if r.source == channel]
        return exact[0] if len(set(exact)) == 1 else None
    named = [n for n, r in numbered if r.url and f"/{username}/{post}".lower() in r.url.lower()]
    if named:
        return named[0] if len(set(named)) == 1 else None
    unnamed = {n for n, r in numbered if not r.url or "t.me/" not in r.url.lower()}
    return unnamed.pop() if len(unnamed) == 1 and len(numbered) == 1 else None


def fold_linked(items: Sequence[DigestItem]) -> list[DigestItem]:
    """``items`` (in time order) with each story whose lead links a post of another item
    folded into that item (see the module's notes)."""
    joined: dict[int, int] = {}
    for n, item in enumerate(items):
        links = linked_posts(item.lead.text)
        if not links:
            continue
        at = item.lead.published_at
        rows = [
            (m, row)
            for m, other in enumerate(items)
            if m != n
            for row in other.rows
            if row.published_at <= at and row.id != item.lead.id
        ]
        homes = set()
        for link in links:
            m = _found(link, rows)
            while m is not None and m in joined:  # folded itself: the item it joined
                m = joined[m]
            homes.add(m)
        if len(homes) != 1 or None in homes:
            continue  # a post linking several stories (a roundup's) or one not found
        m = homes.pop()
        mine = _step(item)
        if m is not None and m != n and not other_steps(_step(items[m]), mine):
            joined[n] = m
    # An item another folded into cannot itself be folded away (joined_items keeps leads).
    for n in [n for n in joined if n in joined.values()]:
        del joined[n]
    return joined_items(items, joined)
