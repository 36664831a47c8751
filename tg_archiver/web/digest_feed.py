"""The digests as a feed: ``/feeds/digest/NAME.atom``, one entry per day.

NAME is a digest of the config's ``[[digests]]`` (its topics and its options: items per
topic, excerpt length, untagged and undated posts) or topics separated by commas
(``SCO,BRICS``), as ``tg-archiver digest`` takes them. Each entry is the digest of one UTC day
composed exactly as ``digest`` prints it (archive.digest.compose_digest), for the last
:data:`DAYS` days up to the day of the newest post of those topics (an archive that stopped
growing still has a feed); days without a story have no entry. A saved search of a
configured digest (``searches``) is not in its feed: those are composed by the bot's sender.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TextIO

from starlette.requests import Request
from starlette.responses import Response

from tg_archiver.archive.atom import digest_entry, updated_of, write_entries
from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.timefmt import day
from tg_archiver.web.app import Web
from tg_archiver.web.feeds import atom_response, base_url, self_url

DAYS = 14


def _options(web: Web, name: str) -> DigestOptions:
    named = next((d for d in web.digests if d.name == name), None)
    if named is not None:
        return DigestOptions(
            title=f"Digest: {named.name}",
            topics=named.topics,
            max_items_per_topic=named.max_items_per_topic,
            excerpt_chars=named.excerpt_chars,
            include_untagged=named.include_untagged,
            include_undated=named.include_undated,
            usernames=tuple(web.usernames.items()),
        )
    topics = tuple(
        dict.fromkeys(t.strip().lstrip("#") for t in name.split(",") if t.strip().lstrip("#"))
    )
    if not topics:
        raise InputError("name a digest of the config or topics: /feeds/digest/SCO,BRICS.atom")
    topics = tuple(web.topics.topic_for_label(t) or t for t in topics)
    return DigestOptions(
        title=f"Digest: {', '.join(topics)}",
        topics=topics,
        usernames=tuple(web.usernames.items()),
    )


async def digest_feed(web: Web, request: Request) -> Response:
    name = request.path_params["name"]
    options = _options(web, name)
    newest = [  # the newest post of each topic (tags in one query would need them all)
        hit.row.published_at
        for topic in options.topics
        for hit in await web.store.search(parse_query("", tags=[topic]), limit=1)
    ]
    entries = []
    if newest:
        last = min(max(newest), datetime.now(UTC))
        end = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)
        for n in range(DAYS):
            until = end - timedelta(days=n)
            since = until - timedelta(days=1)
            rows = await web.store.digest_rows(options.topics, since=since, until=until)
            messages = compose_digest(rows, options, since=since, until=until)
            if not messages:
                continue
            changed = max(updated_of(r) for r in rows)
            entries.append(
                (
                    digest_entry(
                        name=name,
                        day=day(since),
                        title=f"{options.title} · {day(since)}",
                        html="\n\n".join(messages),
                        updated=changed,
                    ),
                    changed,
                )
            )

    def write(out: TextIO) -> None:
        write_entries(
            entries,
            out,
            title=f"{options.title} · {web.title}",
            name=f"digest/{name}",
            self_url=self_url(request),
            page_url=base_url(request) + "/",
        )

    return atom_response(request, write, max((when for _, when in entries), default=None))
