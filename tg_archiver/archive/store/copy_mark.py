"""The mark an unfinished copy leaves in its target (:mod:`.copy`), and why it refuses
every other use of that target.

A copy made the target's tables, then marks it before the first row and drops the mark once
the target is verified. A copy stopped between (a kill, a lost server) leaves a target that
reads as an archive but holds part of the source: an import into it, a search or a digest of
it would look right and be wrong, and the copy run again to finish it would then fail its
verification. So opening an archive that carries the mark is refused, except by ``copy``.
"""

from __future__ import annotations

from tg_archiver.archive.errors import InputError

MARK_TABLE = "copy_in_progress"
READ_MARK = f"SELECT source FROM {MARK_TABLE}"


def refused(location: str, source: str | None) -> InputError:
    """The refusal of the target ``location`` of an unfinished copy of ``source``."""
    of = f" of {source}" if source else ""
    return InputError(
        f"{location} holds an unfinished copy{of}: a `tg-archiver copy` stopped before it"
        " finished; run the same copy again to finish it (it goes on where it stopped), or"
        " remove it; it was left as it was"
    )
