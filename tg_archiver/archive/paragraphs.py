"""A post's closing paragraphs, for the two readers that drop a channel's signature block:
near-duplicate detection's core (archive/dedup_core.py) and a story's summary
(archive/content_lines.py). Each says what a signature is; this walks the paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["strip_closing"]


def strip_closing(
    lines: list[str], is_signature: Callable[[list[str], Sequence[str]], bool]
) -> list[str]:
    """``lines`` without their trailing blank lines and without each closing paragraph (a run
    of non-blank lines) that ``is_signature(paragraph, lines_before_it)`` calls a signature,
    the last first, until one is not."""
    while lines:
        end = len(lines)
        while end and not lines[end - 1].strip():
            end -= 1
        start = end
        while start and lines[start - 1].strip():
            start -= 1
        if not is_signature(lines[start:end], lines[:start]):
            return lines[:end]
        lines = lines[:start]
    return lines
