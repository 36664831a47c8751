"""``python -m bench generate|run|media|project|engines``: see docs/benchmarks.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    g = sub.add_parser("generate", help="write a synthetic corpus (posts.jsonl + tdesktop export)")
    g.add_argument("--posts", type=int, default=100_000)
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--out", type=Path, required=True, help="folder to write")

    r = sub.add_parser("run", help="run every benchmark and print one table")
    r.add_argument("--posts", type=int, default=100_000, help="corpus size (default 100000)")
    r.add_argument("--runs", type=int, default=3, help="runs of each figure (default 3)")
    r.add_argument(
        "--big",
        type=int,
        default=0,
        metavar="M",
        help="also import an M-post export once and search, export and digest it (e.g. 1000000)",
    )
    r.add_argument(
        "--big-import-timeout",
        type=float,
        default=0,
        metavar="S",
        help="interrupt the M-post import after S seconds and search, export and digest the"
        " ingested N-post archive copied M/N times instead (default: no limit)",
    )
    r.add_argument(
        "--big-scaled",
        action="store_true",
        help="skip the M-post import: search, export and digest the ingested N-post archive"
        " copied M/N times (made once, then reused)",
    )
    r.add_argument(
        "--big-only", action="store_true", help="skip the N-post benchmarks (the --big part only)"
    )
    r.add_argument(
        "--big-no-raw",
        action="store_true",
        help="skip the raw inserts after the M-post import (its ingest / raw row): for a point"
        " of `python -m bench project`, which reads the import's time, not the ratio",
    )
    r.add_argument(
        "--only",
        metavar="PARTS",
        help="comma-separated parts to run:"
        " ingest,ingest1,import,search,web,export,digest,startup,live (ingest1: ingest and its"
        " raw baseline pinned to one CPU, in a child)"
        " (default: all; without ingest, an archive ingested earlier in --work is reused)",
    )
    r.add_argument(
        "--startup-runs",
        type=int,
        default=10,
        metavar="N",
        help="rounds of the start-up figures, each command once per round (default 10)",
    )
    r.add_argument(
        "--live-posts",
        type=int,
        default=2000,
        metavar="N",
        help="posts stored one at a time by the live figures, per run (default 2000)",
    )
    r.add_argument("--seed", type=int, default=1)
    r.add_argument(
        "--work",
        type=Path,
        default=Path("bench-out"),
        help="folder for corpora and archives; corpora are kept and reused (default bench-out)",
    )
    r.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    r.add_argument(
        "--search-reps", type=int, default=40, help="timed repetitions of each search per run"
    )

    from bench.engines import add_parser as add_engines_parser
    from bench.media import add_parser as add_media_parser
    from bench.projection import add_parser as add_projection_parser

    add_media_parser(sub)
    add_projection_parser(sub)
    add_engines_parser(sub)

    args = parser.parse_args(argv)
    if args.command == "engines":
        from bench.engines import run_engines

        return run_engines(args)
    if args.command == "project":
        from bench.projection import run_project

        return run_project(args)
    if args.command == "media":
        from bench.media import run_media

        return run_media(args)
    if args.command == "generate":
        from bench.corpus import generate

        manifest = generate(args.out, posts=args.posts, seed=args.seed, log=sys.stderr)
        counts = manifest["counts"]
        print(
            f"wrote {manifest['posts']:,} posts to {args.out} in {manifest['seconds']} s:"
            f" {counts['exact']:,} exact and {counts['near']:,} near copies,"
            f" {counts['repeated']:,} with the body repeated,"
            f" {counts['mean_chars']:,} characters on average"
        )
        return 0

    from bench.suite import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
