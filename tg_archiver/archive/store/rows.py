"""The shape of a post as every reader gets it, and the filter every reader applies.

Search, exports, digests and alerts all read posts as :class:`~archive.export.ExportRow`:
the columns (:data:`ROW_COLUMNS`) and their decoding (:func:`export_row`) live here once, as
does the SQL of an :class:`ExportFilter` (:func:`filter_sql`) and the JSON the media are
stored as (:func:`media_json`, the one writer of it).

A second engine's sibling would replace the ``group_concat`` subqueries of the columns
(``string_agg`` in PostgreSQL) and ``COLLATE NOCASE``; the rest is plain SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tg_archiver.archive.capitals import E_OR_YO, Cased
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.models import Media
from tg_archiver.archive.query import MAX_FILTER_VALUES
from tg_archiver.archive.store.records import ExportFilter, parse_ts, ts
from tg_archiver.archive.tags import tag_key

TAG_SEP = "\x1f"

# SQLite-only: group_concat (string_agg elsewhere); char(31) is TAG_SEP.
ROW_COLUMNS = """
posts.id, sources.key, sources.kind, sources.title, sources.username, posts.external_id,
posts.url, posts.title, posts.published_at, posts.edited_at, posts.forwarded_from,
posts.clean_text,
(SELECT group_concat(tags.name, char(31)) FROM post_tags JOIN tags ON tags.id = post_tags.tag_id
  WHERE post_tags.post_id = posts.id),
posts.duplicate_of, posts.media, posts.date_source
"""

# The same with tag ids (named by the caller from the tags table): see Readers.read_posts.
ROW_COLUMNS_TAG_IDS = """
posts.id, sources.key, sources.kind, sources.title, sources.username, posts.external_id,
posts.url, posts.title, posts.published_at, posts.edited_at, posts.forwarded_from,
posts.clean_text,
(SELECT group_concat(post_tags.tag_id) FROM post_tags WHERE post_tags.post_id = posts.id),
posts.duplicate_of, posts.media, posts.date_source
"""

_TAG_FILTER = (
    "posts.id IN (SELECT post_id FROM post_tags WHERE tag_id = (SELECT id FROM tags WHERE key = ?))"
)
# The same question asked of one post at a time: a lookup in post_tags' primary key per
# candidate, instead of the set of every post of the tag built first (see filter_sql).
_TAG_OF_ROW = (
    "EXISTS (SELECT 1 FROM post_tags WHERE post_tags.post_id = posts.id"
    " AND post_tags.tag_id = (SELECT id FROM tags WHERE key = ?))"
)
# SQLite-only: COLLATE NOCASE (ASCII case folding).
_SOURCE_FILTER = (
    "(sources.key = ? OR sources.username = ? COLLATE NOCASE OR sources.title = ? COLLATE NOCASE)"
)
_SINCE_FILTER = "posts.published_at >= ?"
_UNTIL_FILTER = "posts.published_at < ?"
_ORIGINALS_FILTER = "posts.duplicate_of IS NULL"
# A word as written (SearchQuery.cased): GLOB is SQLite's case-sensitive match; the spaces
# around the text let a word open or end it.
_CASED_FILTER = "(' ' || coalesce(posts.title, '') || ' ' || posts.clean_text || ' ') GLOB ?"
_NOT_A_LETTER = "[^0-9A-Za-zА-Яа-яЁё]"
_NOT_A_NUMBER = "[^0-9A-Za-zА-Яа-яЁё.,]"  # before a number: not after a decimal point
# A person typed by given name and surname (SearchQuery.named): not another person of the
# surname, unless the name is held as typed. REGEXP is Python's re (connection.py).
_NAMED_FILTER = (
    "(NOT ((coalesce(posts.title, '') || ' ' || posts.clean_text) REGEXP ?)"
    " OR (coalesce(posts.title, '') || ' ' || posts.clean_text) REGEXP ?)"
)


def oldest_first(columns: str, where: str) -> str:
    """SELECT ``columns`` of the posts (with their sources) passing ``where`` (from
    :func:`filter_sql`), oldest first: the order of every export."""
    return (
        f"SELECT {columns} FROM posts JOIN sources ON sources.id = posts.source_id"
        f" WHERE 1 {where} ORDER BY posts.published_at, posts.id"
    )


def filter_sql(flt: ExportFilter, *, per_row: bool = False) -> tuple[str, list[Any]]:
    """WHERE fragments (fixed SQL) and their bound parameters for a filter.

    A tag is checked by building the set of the tag's posts once (right when most posts are
    read: an export, every match of a search) or, with ``per_row``, by looking each
    candidate up (right when a few thousand are: a window of the newest posts or matches;
    building the set of a common tag costs a tenth of a second at 1M posts, whatever the
    candidates). The same parameters either way."""
    for what, values in (("tag", flt.tags), ("source", flt.sources)):
        # Each one nests the WHERE clause deeper; SQLite stops at a depth of 1000.
        if len(values) > MAX_FILTER_VALUES:
            raise InputError(
                f"too many {what} filters: {len(values)}, at most {MAX_FILTER_VALUES} at once"
            )
    parts: list[str] = []
    params: list[Any] = []
    for tag in flt.tags:
        parts.append(_TAG_OF_ROW if per_row else _TAG_FILTER)
        params.append(tag_key(tag))
    if flt.sources:
        ors = []
        for source in flt.sources:
            ors.append(_SOURCE_FILTER)
            name = source.removeprefix("@")
            params.extend((source, name, source))
        parts.append("(" + " OR ".join(ors) + ")")
    if flt.since is not None:
        parts.append(_SINCE_FILTER)
        params.append(ts(flt.since))
    if flt.until is not None:
        parts.append(_UNTIL_FILTER)
        params.append(ts(flt.until))
    if not flt.include_duplicates:
        parts.append(_ORIGINALS_FILTER)
    for forms in flt.cased:
        parts.append("(" + " OR ".join([_CASED_FILTER] * len(forms)) + ")")
        params.extend(_glob(form) for form in forms)
    for person in flt.named:
        parts.append(_NAMED_FILTER)
        params.extend((person.another, person.as_typed))
    return "".join(f" AND {p}" for p in parts), params


def _glob(form: Cased) -> str:
    """The GLOB pattern of a word as written: a whole word, or a word's beginning."""
    text = form.text.translate(E_OR_YO)
    # A number is not the decimals of another: "5%" is not in «2,5%» nor "5.5%" (session 41).
    before = _NOT_A_NUMBER if text[:1].isdigit() else _NOT_A_LETTER
    return f"*{before}{text}{_NOT_A_LETTER if form.whole else ''}*"


def export_row(r: Sequence[Any]) -> ExportRow:
    (pid, key, kind, title, username, ext, url, post_title, published, edited, fwd, text, tags,
     dup, media, date_source) = r  # fmt: skip
    if url is None and kind == "telegram" and username:
        url = f"https://t.me/{username}/{ext}"
    return ExportRow(
        id=int(pid),
        source=key,
        source_kind=kind,
        source_title=title or username,
        external_id=ext,
        url=url,
        title=post_title,
        published_at=parse_ts(published),
        edited_at=parse_ts(edited) if edited else None,
        forwarded_from=fwd,
        text=text,
        tags=tuple(tags.split(TAG_SEP)) if tags else (),
        duplicate_of=dup,
        media=tuple(Media(**m) for m in json.loads(media)) if media else (),
        date_source=date_source,
    )


def media_json(media: Sequence[Media]) -> str | None:
    if not media:
        return None
    return json.dumps(
        [
            {"kind": m.kind, "file_name": m.file_name, "size": m.size, "mime_type": m.mime_type}
            for m in media
        ],
        ensure_ascii=False,
    )
