"""A :class:`~archive.models.Post` as one line of JSON, and back: the live spool's record.

Only the fields of the record, nothing else (no session, no credential: what the archive
stores of a post anyway). Datetimes as ISO 8601 with their offset; a record read back is
equal to the one written. A line that is not such a record raises ``ValueError``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tg_archiver.archive.models import Forward, Media, Post, SourceRef

__all__ = ["post_from_json", "post_to_json"]


def post_to_json(post: Post) -> str:
    """``post`` as one line of JSON."""
    body: dict[str, Any] = {
        "source": _fields(post.source),
        "external_id": post.external_id,
        "published_at": post.published_at.isoformat(),
        "text": post.text,
        "title": post.title,
        "url": post.url,
        "edited_at": post.edited_at.isoformat() if post.edited_at else None,
        "author": post.author,
        "forwarded_from": _fields(post.forwarded_from) if post.forwarded_from else None,
        "hashtags": list(post.hashtags),
        "categories": list(post.categories),
        "media": [_fields(m) for m in post.media],
        "date_source": post.date_source,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def post_from_json(line: str) -> Post:
    """The post :func:`post_to_json` wrote; ``ValueError`` for anything else."""
    try:
        body = json.loads(line)
        edited = body["edited_at"]
        forwarded = body["forwarded_from"]
        return Post(
            source=SourceRef(**body["source"]),
            external_id=str(body["external_id"]),
            published_at=_aware(body["published_at"]),
            text=str(body["text"]),
            title=body["title"],
            url=body["url"],
            edited_at=_aware(edited) if edited else None,
            author=body["author"],
            forwarded_from=Forward(**forwarded) if forwarded else None,
            hashtags=tuple(body["hashtags"]),
            categories=tuple(body["categories"]),
            media=tuple(Media(**m) for m in body["media"]),
            date_source=body["date_source"],
        )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as e:
        raise ValueError(f"not a post record: {type(e).__name__}: {e}") from None


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def _aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(f"not a post record: {text!r} has no time zone")
    return when
