"""``tg-archiver search``: the archive's posts matching a query, one line of date, source, link
and tags each with its passage below, or ``--json`` lines.

Kept apart from :mod:`tg_archiver.cli` (which imports this module inside its ``search``
command, as it does :mod:`tg_archiver.media_cli`; the arguments are
:mod:`tg_archiver.cli_args`') so the command line stays a list of small commands.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tg_archiver.archive.timefmt import labelled
from tg_archiver.output import printable

if TYPE_CHECKING:
    from tg_archiver.archive.config import Config
    from tg_archiver.archive.store import Store

_SOURCES_SHOWN = 20  # the archive's sources named after a source that none of them is


async def cmd_search(store: Store, config: Config, args: argparse.Namespace) -> int:
    from tg_archiver.archive.export import to_json_dict
    from tg_archiver.archive.links import post_url
    from tg_archiver.archive.misspellings import showing
    from tg_archiver.archive.query import parse_query
    from tg_archiver.archive.source_usernames import SourceUsernames

    query = parse_query(
        " ".join(args.query),
        tags=args.tag,
        sources=args.source,
        since=args.since,
        until=args.until,
        topics=config.topics,
    )
    hits = await store.search(
        query,
        limit=args.limit,
        by_rank=args.rank,
        include_duplicates=args.all,
        with_scores=args.json,
    )
    if unindexed := await store.not_searchable():
        print(
            f"note: {unindexed} older posts cannot be found yet: the search index is being"
            " made again for another word analyser (a writing tg-archiver finishes it)",
            file=sys.stderr,
        )
    if hits.corrected is not None:
        # Nothing matched as typed: say which words were searched instead, on stderr (stdout
        # stays the posts, for pipes; --json's lines are posts alone, so there too).
        said = showing(query.text, hits.corrected.text)
        print(printable(f"note: {said[:1].lower()}{said[1:]}"), file=sys.stderr)
    out = sys.stdout
    if args.json:
        import json

        for hit in hits:
            # The export contract plus the relevance score (higher is better; null for a
            # search of filters alone), whichever the order.
            line = {**to_json_dict(hit.row), "score": hit.score}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    if not hits:
        print("no posts match", file=sys.stderr)
        if query.sources:
            await name_unknown_sources(store, query.sources)
        return 0
    bold = out.isatty()
    usernames = await SourceUsernames(config.source_usernames).resolve(store)
    for hit in hits:
        row = hit.row
        when = labelled(row.published_at, row.date_source)
        source = row.source_title or row.source
        tags = " ".join(f"#{t}" for t in row.tags)
        # The post's link as digests give it (a Telegram post's t.me address too); never a
        # stored address that is not http(s).
        link = post_url(row, usernames)
        head = "  ".join(part for part in (when, source, link, tags) if part)
        out.write(printable(head) + "\n")
        out.write(f"    {_highlight(hit.snippet, bold)}\n\n")
    return 0


async def name_unknown_sources(store: Store, names: Sequence[str]) -> None:
    """After nothing matched: say which of ``names`` (a search's sources) no source of the
    archive has, and the archive's sources, so a mistyped name is seen as one."""
    from tg_archiver.archive.pages import pages_of

    pages = pages_of(store)
    unknown = [name for name in names if await pages.source(name) is None]
    if not unknown:
        return
    known = sorted({s.name for s in await pages.sources()}, key=str.casefold)
    shown = ", ".join(known[:_SOURCES_SHOWN]) + (", ..." if len(known) > _SOURCES_SHOWN else "")
    print(  # the titles are the channels' and feeds' own: printable, as search's lines are
        printable(
            f"note: no source is named {', '.join(repr(n) for n in unknown)}"
            f" (a source's title, @username or id); the archive's sources: {shown or 'none'}"
        ),
        file=sys.stderr,
    )


def _highlight(snippet: str, bold: bool) -> str:
    """A snippet on one line, its matched words bold on a terminal (else in ``**``), and
    what a terminal would act on in the post's text written as escapes (output.printable)."""
    from tg_archiver.archive.store import SNIPPET_END, SNIPPET_START

    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("**", "**")
    marks = {SNIPPET_START: start, SNIPPET_END: end}
    pieces = re.split(f"([{SNIPPET_START}{SNIPPET_END}])", " ".join(snippet.split()))
    return "".join(marks.get(piece) or printable(piece) for piece in pieces)
