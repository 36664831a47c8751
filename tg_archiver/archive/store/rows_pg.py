"""The row every reader gets and the filter every reader applies, in PostgreSQL's SQL.

The sibling of :mod:`.rows`: the same columns in the same order (decoded by
:func:`.rows.export_row`) and the same filters. What differs: ``string_agg`` for SQLite's
``group_concat``, ``$n`` parameters numbered after those a caller already holds, and a
source's name compared by ``lower()`` (Unicode case folding) where SQLite's ``COLLATE
NOCASE`` folds ASCII only, so ``source:МИД`` finds a channel titled "мид" here and not there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from tg_archiver.archive.capitals import E_OR_YO, Cased
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
# The same with the tag's id bound (tag_ids_of): the planner then reads how many posts carry
# that tag from its statistics, and walks the newest posts checking each for a common tag
# instead of collecting every post of it first (235 ms at 100k for a newest-first page).
_TAG_ID_FILTER = "posts.id IN (SELECT post_id FROM post_tags WHERE tag_id = {0})"
_TAG_IDS = "SELECT key, id FROM tags WHERE key = ANY($1::text[])"
_SOURCE_FILTER = (
    "(sources.key = {0} OR lower(sources.username) = lower({1})"
    " OR lower(sources.title) = lower({0}))"
)
_SINCE_FILTER = "posts.published_at >= {0}"
_UNTIL_FILTER = "posts.published_at < {0}"
_ORIGINALS_FILTER = "posts.duplicate_of IS NULL"
# Words as written (SearchQuery.cased): a case-sensitive regular expression.
_CASED_FILTER = "(coalesce(posts.title, '') || ' ' || posts.clean_text) ~ {0}"
# A person typed by given name and surname (SearchQuery.named), as SQLite's (rows.py).
_NAMED_FILTER = (
    "(NOT ((coalesce(posts.title, '') || ' ' || posts.clean_text) ~ {0})"
    " OR (coalesce(posts.title, '') || ' ' || posts.clean_text) ~ {1})"
)


async def tag_ids_of(conn: Any, flt: ExportFilter) -> dict[str, int]:
    """The ids of ``flt``'s tags that exist, by key, for :func:`filter_sql`'s ``tag_ids``:
    one read on ``conn`` (a :class:`.connection_pg.PgConnection`), none without tags."""
    if not flt.tags:
        return {}
    rows = await conn.read_all(_TAG_IDS, [[tag_key(tag) for tag in flt.tags]])
    return {str(key): int(i) for key, i in rows}


def filter_sql(flt: ExportFilter, args: list[Any], tag_ids: Mapping[str, int] | None = None) -> str:
    """WHERE fragments (each starting `` AND``) for ``flt``; their parameters appended to
    ``args`` and numbered after those already there. With ``tag_ids`` (:func:`tag_ids_of`,
    read just before), a tag's id is bound rather than looked up by the statement, and a
    tag no post carries matches nothing."""

    def bind(value: Any) -> str:
        args.append(value)
        return f"${len(args)}"

    for what, values in (("tag", flt.tags), ("source", flt.sources)):
        if len(values) > MAX_FILTER_VALUES:
            raise InputError(
                f"too many {what} filters: {len(values)}, at most {MAX_FILTER_VALUES} at once"
            )
    parts = []
    for tag in flt.tags:
        if tag_ids is None:
            parts.append(_TAG_FILTER.format(bind(tag_key(tag))))
        elif (tag_id := tag_ids.get(tag_key(tag))) is None:
            parts.append("false")
        else:
            parts.append(_TAG_ID_FILTER.format(bind(tag_id)))
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
    parts.extend(_CASED_FILTER.format(bind(_regex(forms))) for forms in flt.cased)
    parts.extend(
        _NAMED_FILTER.format(bind(person.another), bind(person.as_typed)) for person in flt.named
    )
    return "".join(f" AND {p}" for p in parts)


def _regex(forms: Sequence[Cased]) -> str:
    """One of ``forms`` as written, each a whole word or a word's beginning."""
    # A number is not the decimals of another: "5%" is not in «2,5%» nor "5.5%" (session 41).
    return "|".join(
        f"(?:^|[^[:alnum:]{'.,' if f.text[:1].isdigit() else ''}])"
        f"{re.escape(f.text).translate(E_OR_YO)}"
        f"{'(?:[^[:alnum:]]|$)' if f.whole else ''}"
        for f in forms
    )
