"""The default near-duplicate threshold, apart from the MinHash code that applies it.

The config module needs the number to fill in ``[dedup] near_threshold``; importing it from
:mod:`tg_archiver.archive.dedup` would load numpy for every command, ``--help`` included
(issue 20). :mod:`~tg_archiver.archive.dedup` re-exports it, so both names stay valid.
"""

from __future__ import annotations

# The Jaccard similarity of word-pair shingles at which a post is a near copy of an original.
DEFAULT_THRESHOLD = 0.7
