"""What the web's search costs on a PostgreSQL archive (issue 24): keyset pages against
offset pages newest first, and best first ranking the newest N matches against every match.

Run from the repository root on an archive already imported (``tg-archiver --db URL import
CORPUS/tdesktop/*``) from a corpus of ``python -m bench generate``::

    python -m bench.pg_search --db postgresql://... --corpus bench-out/corpus --runs 5

For each of the corpus's searches, alternating the two ways of each pair in every run (so a
busy machine slows both alike), the median of ``--runs``:

- newest first, the page ``--depth`` pages deep: by offset (``Store.search``, as the web
  read it before) and by keyset (``PgSearch.newest_page`` from the key of the post before it,
  as the web's "Older" link reads it), and the first page by keyset for scale;
- best first, the whole web page (``tg-archiver serve`` over loopback HTTP): ranking every
  match (``--rank-within 0``) and the newest 2,000 (serve's default), filters' fallbacks
  included (web.routes._results).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from bench.workspace import REPO
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.records import ts
from tg_archiver.archive.store.search_pg import PgSearch
from tg_archiver.web.launch import served

PAGE = 21  # the web's page of 20 and one more, to know whether there is a next page


async def _timed(job: Awaitable[Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    out = await job
    return (time.perf_counter() - began) * 1000, out


async def paging(url: str, queries: dict[str, str], depth: int, runs: int) -> list[str]:
    """Newest first: the page ``depth`` pages deep by offset and by keyset, and the first."""
    lines = []
    async with await Store.open(PostgresUrl(url), read_only=True) as store:
        search = PgSearch(store.connection)  # type: ignore[arg-type]
        for name, text in queries.items():
            query = parse_query(text)
            offset = (depth - 1) * 20
            edge = await store.search(query, limit=1, offset=offset - 1)
            if not edge:
                lines.append(f"| {name} | fewer than {offset} matches | | | |")
                continue
            key = (ts(edge[0].row.published_at), edge[0].row.id)
            times: dict[str, list[float]] = {"offset": [], "keyset": [], "first": []}
            for _ in range(runs):
                ms, by_offset = await _timed(store.search(query, limit=PAGE, offset=offset))
                times["offset"].append(ms)
                ms, by_key = await _timed(search.newest_page(query, limit=PAGE, after=key))
                times["keyset"].append(ms)
                ms, _ = await _timed(search.newest_page(query, limit=PAGE))
                times["first"].append(ms)
            assert [h.row.id for h in by_key] == [h.row.id for h in by_offset], name
            med = {k: statistics.median(v) for k, v in times.items()}
            lines.append(
                f"| {name} | {med['first']:.0f} | {med['offset']:.0f} | {med['keyset']:.0f} |"
                f" {med['offset'] / med['keyset']:.1f}x |"
            )
    return lines


def ranking(url: str, queries: dict[str, str], runs: int) -> list[str]:
    """Best first, the whole page over HTTP: every match ranked against the newest 2,000."""
    per: dict[str, dict[str, list[float]]] = {n: {"all": [], "newest": []} for n in queries}
    notes: dict[str, bool] = {}
    with (
        served(url, "--rank-within", "0", cwd=REPO, timeout=120) as every,
        served(url, cwd=REPO, timeout=120) as newest,
        httpx.Client(timeout=120) as client,
    ):
        for _ in range(runs + 1):  # the first run warms the caches: not counted
            for name, text in queries.items():
                path = "/?" + urlencode({"q": text, "order": "rank"})
                for which, server in (("all", every), ("newest", newest)):
                    began = time.perf_counter()
                    r = client.get(server.url + path)
                    r.raise_for_status()
                    per[name][which].append((time.perf_counter() - began) * 1000)
                    if which == "newest":
                        notes[name] = "most recently archived" in r.text
    lines = []
    for name, times in per.items():
        every_ms = statistics.median(times["all"][1:])
        newest_ms = statistics.median(times["newest"][1:])
        said = "yes" if notes[name] else "no (all ranked)"
        lines.append(
            f"| {name} | {every_ms:.0f} | {newest_ms:.0f} | {every_ms / newest_ms:.1f}x | {said} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pg_search", description=__doc__)
    parser.add_argument("--db", required=True, help="the PostgreSQL archive's URL")
    parser.add_argument("--corpus", required=True, type=Path, help="its corpus (manifest.json)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--depth", type=int, default=50, help="the deep page's number")
    args = parser.parse_args()
    queries = json.loads((args.corpus / "manifest.json").read_text())["queries"]
    print(f"newest first, ms (median of {args.runs}); page {args.depth} by offset and by keyset")
    print("| search | first page | offset | keyset | offset / keyset |")
    print("|---|---|---|---|---|")
    print("\n".join(asyncio.run(paging(args.db, queries, args.depth, args.runs))))
    print(f"\nbest first, the whole page over HTTP, ms (median of {args.runs})")
    print("| search | every match | newest 2,000 | every / newest | page says so |")
    print("|---|---|---|---|---|")
    print("\n".join(ranking(args.db, queries, args.runs)))


if __name__ == "__main__":
    main()
