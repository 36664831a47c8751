"""Benchmarks for tg-archiver: a synthetic corpus and the programs that measure it.

Run from the repository root, not installed::

    python -m bench generate --posts 100000 --seed 1 --out bench-out/corpus
    python -m bench run --posts 100000 --runs 3

See docs/benchmarks.md for what each figure means and the latest results.
"""
