"""A digest's stories: a window's rows folded into one item per statement, the item led by
the post a reader should see, and the posts that are no story left out.

Pure functions over export rows (archive.digest composes the messages from these):

- Copies fold into one story (:class:`DigestItem`): rows whose ``duplicate_of`` points to the
  same original (exact and near duplicates, linked forwards) show once.
- A story whose original was published before the window (the store gives a window's posts
  and their copies, so an original it did not give is an earlier one: a group's root is its
  earliest post) is old news: a forward today of last week's statement, an aggregator's
  repost at 00:30 of the 23:48 statement a digest up to midnight listed. It is left out when
  the caller names the posts it was given (``given``); else the earliest copy leads it.
- The lead is the group's earliest post *dated by its source*: a text dump's copy dated only
  by a line of its text ("21 October 2024": midnight) or by its file comes before the real
  post in time, but has no link and no time of day; it is listed as one more source instead.
- A post that says nothing to a reader (:func:`archive.summary.says_nothing`: hashtags
  alone, a link alone, a signature, an advertisement) is no story, unless it carries a photo,
  a video or a file: then the story is headed by what it carries ("(photo)"); but not when
  its channel posted words within :data:`ALBUM_SECONDS` of it (the rest of an album, whose
  captioned post tells the story).
- A channel's flash folds into its full story that follows, and a wire's story into its
  update (:mod:`archive.digest_follow_ups`); a translation into its original
  (:mod:`archive.digest_translations`), a retelling into the story it retells
  (:mod:`archive.digest_retellings`), and one event's flashes from other agencies, each
  with a fact of its own, into the first (:mod:`archive.digest_flashes`, by the names,
  numbers and dates they share); after the other folds, a wire's later update
  that rewrites its story joins the item of the version it updates, the newest leading
  (:mod:`archive.digest_updates`); last, a post that links another post of the window joins
  the item holding it (:mod:`archive.digest_links`: an analyst's comment on a flash).
- Nor is a live stream's notice, another desk's roundup of the day, nor an announcement
  whose event's own story follows in the window (:mod:`archive.digest_notices`); nor a
  day's table of rates, a poll or an advertisement its channel marked
  (:mod:`archive.digest_noise`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from tg_archiver.archive.content_lines import is_advertisement, says_nothing
from tg_archiver.archive.digest_flashes import fold_flashes
from tg_archiver.archive.digest_follow_ups import fold_corrections, fold_follow_ups
from tg_archiver.archive.digest_housekeeping import is_housekeeping
from tg_archiver.archive.digest_links import fold_linked
from tg_archiver.archive.digest_noise import is_noise
from tg_archiver.archive.digest_notices import (
    is_another_desks,
    is_live_notice,
    is_photo_caption,
    is_roundup,
    stale_announcements,
)
from tg_archiver.archive.digest_retellings import fold_retellings
from tg_archiver.archive.digest_translations import fold_translations
from tg_archiver.archive.digest_updates import fold_updates
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.links import post_url
from tg_archiver.archive.tags import tag_key

__all__ = ["DigestItem", "group_items", "media_headline", "source_name"]


@dataclass(frozen=True)
class DigestItem:
    """One story: the post that leads it and its copies (duplicates, forwards) in the window."""

    lead: ExportRow
    copies: tuple[ExportRow, ...] = ()

    @property
    def rows(self) -> tuple[ExportRow, ...]:
        return (self.lead, *self.copies)

    @property
    def tag_keys(self) -> set[str]:
        return {tag_key(t) for r in self.rows for t in r.tags}

    def other_sources(
        self, usernames: Mapping[str, str] | None = None, leave_out: Collection[str] = ()
    ) -> list[tuple[str, str | None]]:
        """(name, http(s) URL of that source's copy or None) for each source besides the lead's
        and those of ``leave_out``.

        One entry per source, in time order; the first copy of a source gives its link.
        """
        seen = {self.lead.source, *leave_out}
        out: list[tuple[str, str | None]] = []
        for r in self.copies:
            if r.source in seen:
                continue
            seen.add(r.source)
            out.append((source_name(r), post_url(r, usernames)))
        return out

    def same_channel_copies(self) -> list[ExportRow]:
        """Copies the lead's own source posted again (re-posts, exact or near duplicates)."""
        return [r for r in self.copies if r.source == self.lead.source]


def group_items(
    rows: Iterable[ExportRow], given: Collection[int] | None = None
) -> list[DigestItem]:
    """Fold copies into their original, each story led as the module's notes say, and leave
    out the posts that are no story and, when ``given`` names the ids of the posts the store
    gave for the window, the stories whose original is not among them (an earlier window's);
    stories in time order of their lead."""
    ordered = sorted(rows, key=lambda r: (r.published_at, r.id))
    groups: dict[int, list[ExportRow]] = {}
    for row in ordered:
        root = row.duplicate_of or row.id
        if given is None or root in given:
            groups.setdefault(root, []).append(row)
    silent = {row.id for row in ordered if says_nothing(row.title, row.text)}
    worded: dict[str, list[float]] = {}
    for row in ordered:
        if row.id not in silent:
            worded.setdefault(row.source, []).append(row.published_at.timestamp())
    items = []
    for root, members in groups.items():
        lead = _lead(root, members)
        if lead.id in silent and (
            not lead.media
            or _in_an_album(lead, worded)
            or is_advertisement(lead.title, lead.text)  # with a photo: "(photo)" over "Реклама"
        ):
            continue
        if (
            is_live_notice(lead.title, lead.text)
            or is_roundup(lead.title, lead.text)
            or is_photo_caption(lead)
            or is_another_desks(lead.title, lead.text)  # a sport result, a weather forecast
            or is_housekeeping(lead.title, lead.text)  # a greeting, a poll, an analyst's wrap
            or is_noise(lead.title, lead.text)  # a day's rates, a poll, a marked ad
        ):
            continue
        items.append(DigestItem(lead, tuple(r for r in members if r is not lead)))
    items.sort(key=lambda i: (i.lead.published_at, i.lead.id))
    items = fold_retellings(fold_translations(fold_corrections(fold_follow_ups(items))))
    items = fold_flashes(items)
    items = fold_linked(fold_updates(items))
    stale = stale_announcements(
        [[i.lead, *(r for r in i.copies if r.duplicate_of is None)] for i in items]
    )
    return [i for i in items if i.lead.id not in stale]


ALBUM_SECONDS = 120  # a photo without words this close to its channel's post is its album's


def _in_an_album(row: ExportRow, worded: Mapping[str, list[float]]) -> bool:
    """Whether a post without words has its channel's post with words beside it in time:
    the rest of an album (a Telegram Desktop export stores each photo of one as a post),
    which that post's story tells."""
    at = row.published_at.timestamp()
    return any(abs(t - at) <= ALBUM_SECONDS for t in worded.get(row.source, ()))


def _lead(root: int, members: list[ExportRow]) -> ExportRow:
    """The original when its source dated it, else the earliest member its source dated,
    else the original (or the earliest copy when the original is not in the window)."""
    dated = [r for r in members if r.date_source == "source"]
    pool = dated or members
    return next((r for r in pool if r.id == root), pool[0])


def media_headline(row: ExportRow) -> str | None:
    """What a post with no words to show carries, as its headline: "(photo)", "(video)"."""
    if not row.media or not says_nothing(row.title, row.text):
        return None
    return f"({row.media[0].kind})"


def source_name(row: ExportRow) -> str:
    return row.source_title or row.source
