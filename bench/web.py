"""The web app's search page, timed over HTTP: issue 23 asks for a p95 under 100 ms at 1M.

The real ``tg-archiver serve`` runs in a child process on the archive (read-only, on a free
port of 127.0.0.1); one keep-alive HTTP client asks it for the first page of each of the
bench's searches, newest first and ranked, as a browser submitting the search form does. The
time is the whole round trip: routing, the search, copy counts, the template, the socket.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from bench.reads import MIN_SAMPLES, SEARCH_BUDGET_S
from bench.results import Results, med, p95
from bench.workspace import REPO, say
from tg_archiver.web.launch import ServeDidNotStart, served

TARGET_MS = 100.0


def bench_web(
    results: Results, archive: Path, queries: dict[str, str], runs: int, reps: int, size: str
) -> None:
    try:
        with (
            served(archive, cwd=REPO, timeout=120) as server,
            httpx.Client(base_url=server.url, timeout=60) as client,
        ):
            for n in range(runs):
                _one_run(results, client, queries, reps, size)
                say(f"web {size} run {n + 1} done")
    except ServeDidNotStart as e:
        raise SystemExit(f"tg-archiver serve did not start on {archive}: {e}") from None
    results.notes.append(
        f"web ({size}): GET /?q=...&order=... from `tg-archiver serve` over loopback HTTP"
        f" (keep-alive), {reps} timed requests per query and run, first page of 20, copies"
        " folded, the whole HTML page rendered; best match first ranks the newest 2,000"
        " matches when there are more (serve's default --rank-within), as a user's page does"
    )


def _one_run(
    results: Results, client: httpx.Client, queries: dict[str, str], reps: int, size: str
) -> None:
    """Each query's first page, newest first and ranked: 2 warm-ups, then timed requests."""
    for name, text in queries.items():
        for order in ("newest", "rank"):
            path = "/?" + urlencode({"q": text, "order": order})
            for _ in range(2):  # warm the page cache, as the search rows do
                client.get(path).raise_for_status()
            samples: list[float] = []
            began = time.perf_counter()
            while len(samples) < reps and not (
                len(samples) >= MIN_SAMPLES and time.perf_counter() - began > SEARCH_BUDGET_S
            ):
                t = time.perf_counter()
                client.get(path).raise_for_status()
                samples.append((time.perf_counter() - t) * 1000)
            label = "newest" if order == "newest" else "relevance"
            base = f"web search page {name}, {label}, {size}"
            results.row(f"{base}: p50", "ms").ours.append(statistics.median(samples))
            results.row(
                f"{base}: p95",
                "ms",
                target=f"< {TARGET_MS:.0f} ms",
                met=lambda r: med(r.ours) < TARGET_MS,
            ).ours.append(p95(samples))
