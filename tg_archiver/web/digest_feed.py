"""The digests as a feed: ``/feeds/digest/NAME.atom``, one entry per day.

NAME is a digest of the config's ``[[digests]]`` (its topics and its options: items per
topic, excerpt length, untagged and undated posts) or topics separated by commas
(``SCO,BRICS``), as ``tg-archiver digest`` takes them. Each entry is the digest of one UTC day
composed exactly as ``digest`` prints it (archive.digest.compose_digest), for the last
:data:`DAYS` days up to the day of the newest post of those topics (an archive that stopped
growing still has a feed); days without a story have no entry. A configured digest's saved
searches (``searches``) and, with ``include_untagged``, its stories without a topic are in
its entries as the bot sends them: the rows are those of archive.digest_window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TextIO

from starlette.requests import Request
from starlette.responses import Response

from tg_archiver.archive.atom import digest_entry, updated_of, write_entries
from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_window import window_rows
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.tags import topic_list, topics_named
from tg_archiver.archive.timefmt import day
from tg_archiver.web.app import Web
from tg_archiver.web.feeds import atom_response, base_url, self_url

DAYS = 14


@dataclass(frozen=True, slots=True)
class _Digest:
    """What a digest's feed composes: its options, and the saved searches among its topics."""

    options: DigestOptions
    topics: tuple[str, ...]  # the tags (options.topics also holds the searches' names)
    searches: tuple[tuple[str, SearchQuery], ...] = ()


MAX_TOPICS = 64


def _digest(web: Web, name: str) -> _Digest:
    named = next((d for d in web.digests if d.name == name), None)
    if named is not None:
        # As bot.digests.sender_for reads them: a search's tag: takes the config's aliases.
        searches = tuple((n, parse_query(q, topics=web.topics)) for n, q in named.searches)
        labels = tuple(label for label, _ in searches)
        options = DigestOptions(
            title=f"Digest: {named.name}",
            topics=(*named.topics, *labels),
            max_items_per_topic=named.max_items_per_topic,
            excerpt_chars=named.excerpt_chars,
            include_untagged=named.include_untagged,
            include_undated=named.include_undated,
            searches=labels,
            search_queries=tuple((label, q.text) for label, q in searches),
            timezone=named.timezone,
            aliases=web.topics,
        )
        return _Digest(options, named.topics, searches)
    # Each topic as the user means it (ШОС is SCO), once; as many as a search may have
    # words (3,000 topics took 13 s of the store, each a query of its own).
    names = topic_list(name, web.topics)
    if len(names) > MAX_TOPICS:
        raise InputError(f"at most {MAX_TOPICS} topics in one digest feed, not {len(names)}")
    topics = topics_named(names, web.topics)
    if not topics:
        raise InputError("name a digest of the config or topics: /feeds/digest/SCO,BRICS.atom")
    options = DigestOptions(
        title=f"Digest: {', '.join(topics)}",
        topics=topics,
        aliases=web.topics,
    )
    return _Digest(options, topics)


async def _newest(web: Web, digest: _Digest) -> list[datetime]:
    """When the newest post of each topic and of each saved search (of any post, with
    ``include_untagged``) was published; tags in one query would need them all. A saved
    search as typed, as the digest reads it: not a misspelt word's correction."""
    queries = [parse_query("", tags=[topic]) for topic in digest.topics]
    queries += [query for _, query in digest.searches]
    if digest.options.include_untagged:
        queries = [parse_query("")]
    newest = []
    for query in queries:
        hits = await web.store.search(query, limit=1)
        newest += [hit.row.published_at for hit in hits if hits.corrected is None]
    return newest


async def digest_feed(web: Web, request: Request) -> Response:
    name = request.path_params["name"]
    digest = _digest(web, name)
    options = replace(digest.options, usernames=await web.usernames.pairs(web.store))
    newest = await _newest(web, digest)
    entries = []
    if newest:
        last = min(max(newest), datetime.now(UTC))
        end = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)
        for n in range(DAYS):
            until = end - timedelta(days=n)
            since = until - timedelta(days=1)
            rows = await window_rows(
                web.store,
                digest.topics,
                digest.searches,
                include_untagged=options.include_untagged,
                since=since,
                until=until,
            )
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
