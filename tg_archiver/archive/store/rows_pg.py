"""The row every reader gets and the filter every reader applies, in PostgreSQL's SQL.

The sibling of :mod:`.rows`: the same columns in the same order (decoded by
:func:`.rows.export_row`) and the same filters. What differs: ``string_agg`` for SQLite's
``group_concat``, ``$n`` parameters numbered after those a caller already holds, and a
source's name compared by ``lower()`` (Unicode case folding) where SQLite's ``COLLATE
NOCASE`` folds ASCII only, so ``source:МИД`` finds a channel titled "мид" here and not there.
"""

from __future__ import annotations

from typing import Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import MAX_FILTER_VALUES
from tg_archiver.archive.store.records import ExportFilter, ts
from tg_archiver.archive.tags import tag_key

# chr(31) is rows.TAG_SEP; tags in id order, as SQLite's group_concat reads them.
ROW_COLUMNS = """
posts.id, sources.key, sources.kind, sources.title, sources.username, posts.external_id,
posts.url, posts.title, posts.published_at, posts.edited_at, posts.forwarded_from,
posts.clean_text,
(SELECT string_agg(tags.name, chr(31) ORDER BY post_tags.tag_id)
   FROM post_tags JOIN tags ON tags.id = post_tags.tag_id WHERE post_tags.post_id = posts.id),
posts.duplicate_of, posts.media, posts.date_source
"""
_TAG_FILTER = (
    "posts.id IN (SELECT post_id FROM post_tags"
    " WHERE tag_id = (SELECT id FROM tags WHERE key = {0}))"
)
_SOURCE_FILTER = (
    "(sources.key = {0} OR lower(sources.username) = lower({1})"
    " OR lower(sources.title) = lower({0}))"
)
_SINCE_FILTER = "posts.published_at >= {0}"
_UNTIL_FILTER = "posts.published_at < {0}"
_ORIGINALS_FILTER = "posts.duplicate_of IS NULL"


def filter_sql(flt: ExportFilter, args: list[Any]) -> str:
    """WHERE fragments (each starting `` AND``) for ``flt``; their parameters appended to
    ``args`` and numbered after those already there."""

    def bind(value: Any) -> str:
        args.append(value)
        return f"${len(args)}"

    for what, values in (("tag", flt.tags), ("source", flt.sources)):
        if len(values) > MAX_FILTER_VALUES:
            raise InputError(
                f"too many {what} filters: {len(values)}, at most {MAX_FILTER_VALUES} at once"
            )
    parts = [_TAG_FILTER.format(bind(tag_key(tag))) for tag in flt.tags]
    if flt.sources:
        ors = [
            _SOURCE_FILTER.format(bind(source), bind(source.removeprefix("@")))
            for source in flt.sources
        ]
        parts.append("(" + " OR ".join(ors) + ")")
    if flt.since is not None:
        parts.append(_SINCE_FILTER.format(bind(ts(flt.since))))
    if flt.until is not None:
        parts.append(_UNTIL_FILTER.format(bind(ts(flt.until))))
    if not flt.include_duplicates:
        parts.append(_ORIGINALS_FILTER)
    return "".join(f" AND {p}" for p in parts)
