"""A digest's photo: the first kept photo of its stories, sent after its text as one more part.

With ``photo = true`` in a ``[[digests]]`` entry, the earliest post of the window that has a
kept photo (archive.store.media) gives the digest a photo part: the file's hash and a caption
(the post's headline, linked to it). The part is recorded with the delivery like every other
part, so it is sent exactly once (its ``random_id`` comes from the same key); on the console,
and where the file has gone missing, its caption stands for it.

The part is JSON behind a marker no composed HTML can hold (as :mod:`archive.chart` does).
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tg_archiver.archive import chart
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.links import post_url
from tg_archiver.archive.store.media import MediaStore
from tg_archiver.archive.summary import NO_TEXT, headline_and_summary, shorten

MARK = "\x00photo\x00"  # composed HTML never holds NUL: the pipeline refuses it
CAPTION_CHARS = 200


@dataclass(frozen=True, slots=True)
class DigestPhoto:
    sha256: str
    caption: str  # HTML


async def first_photo(
    media: MediaStore, rows: Sequence[ExportRow], usernames: Mapping[str, str] | None = None
) -> DigestPhoto | None:
    """The first kept photo among ``rows`` (in their order), with its post's headline linked
    to the post as the digest links it (``usernames``: the config's, archive.links)."""
    by_post = await media.of_posts(r.id for r in rows)
    for row in rows:
        for m in by_post.get(row.id, ()):
            if m.item.kind == "photo" and m.state == "kept" and m.sha256:
                return DigestPhoto(m.sha256, _caption(row, usernames))
    return None


def encode_photo(photo: DigestPhoto) -> str:
    return MARK + json.dumps({"sha256": photo.sha256, "caption": photo.caption})


def decode_photo(part: str) -> DigestPhoto | None:
    """The photo of a delivery part, or None for any other part."""
    if not part.startswith(MARK):
        return None
    raw = json.loads(part[len(MARK) :])
    return DigestPhoto(str(raw["sha256"]), str(raw["caption"]))


def display_part(part: str) -> str:
    """A delivery part as the console shows it: a photo as its caption, a chart as its
    caption (archive.chart), text as it is."""
    photo = decode_photo(part)
    return chart.display_part(part) if photo is None else f"[photo] {photo.caption}"


def _caption(row: ExportRow, usernames: Mapping[str, str] | None) -> str:
    """The post's headline as its story's (archive.summary: no emoji, hashtag runs or
    signature), or its source's name when it has none, linked to the post."""
    headline = headline_and_summary(row.title, row.text, limit=0)[0]
    text = shorten(headline, CAPTION_CHARS) if headline != NO_TEXT else ""
    label = html.escape(text or (row.source_title or row.source), quote=False)
    url = post_url(row, usernames)
    return f'<a href="{html.escape(url, quote=True)}">{label}</a>' if url else label
