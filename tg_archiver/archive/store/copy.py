"""``tg-archiver copy``: an archive moved whole from one engine to the other, and checked.

Every table a user's data lives in (:data:`TABLES`) is copied row for row, ids kept (so a
copy still points at its original, a tag at its posts, a media row at its file), in an order
where each row's references are already there: sources, tags and media files before posts,
posts before what hangs on them. Rows go in batches of :data:`BATCH` read by keyset on the
table's primary key (:mod:`.copy_sides`), each batch one transaction in the target: memory
stays one batch, and a copy that is killed leaves the target whole up to the last committed
batch. The target carries a mark naming the source from the first row until the end; a run
that finds its own mark goes on from each table's last copied key, and a target that holds
anything else is refused.

The engines' own search columns are made for the target when the source lacks them:
``search_stems`` (the project's word forms, :func:`archive.analysis.index_forms`, as ingest makes
them; both engines store it, so it is copied) and PostgreSQL's ``search_config``
(:func:`.language_pg.config_of`); PostgreSQL's ``tsvector`` columns are generated from the
row. A post that is a copy of a later post (the earliest of a group is made the root,
whatever its id) is written without its link at first, and linked once every post is there,
so no foreign key ever points ahead. Which rules made the links and tags (``rules_applied``)
is copied last, over the target's own record.

At the end both archives are read again, table by table in key order, and each table's row
count and an MD5 over its rows' values (:func:`_row_bytes`) are compared; any difference is
an error naming the table, and the mark stays (the copy is not whole).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.store.copy_lock import another_copy
from tg_archiver.archive.store.copy_mark import MARK_TABLE
from tg_archiver.archive.store.copy_sides import Row, Side
from tg_archiver.archive.store.language_pg import config_of
from tg_archiver.archive.store.rules_state import copy_applied

# Each table a user's data lives in, with its primary key, in an order where a row's
# references are copied before it.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sources", ("id",)),
    ("tags", ("id",)),
    ("media_files", ("sha256",)),
    ("posts", ("id",)),
    ("post_versions", ("id",)),
    ("post_tags", ("post_id", "tag_id")),
    ("post_bands", ("band", "post_id")),
    ("post_signatures", ("post_id",)),
    ("post_unlinks", ("post_id",)),
    ("post_media", ("post_id", "position")),
    ("post_media_replaced", ("id",)),
    ("feed_state", ("url",)),
    ("imported_files", ("path",)),
    ("subscriptions", ("id",)),
    ("digest_deliveries", ("digest", "chat", "period_end")),
    ("alerts", ("id",)),
    ("alert_sends", ("alert_id", "post_id")),
)
# The engines' own tables, not the user's data: migrations' records, SQLite's upgrade
# bookkeeping (finished before a copy: opening the archive completes it) and FTS5's, what made
# the index's word forms and its refill (index_writes.py: the target's own), and the index's
# word list (.words: made again in the target from the posts copied); SQLite's record of its
# live spool, the file beside it (archive/live_spool.py: the target has its own).
_ENGINE_TABLES = {
    "schema_migrations",
    "search_stems_fill",
    "search_analyser",
    "search_forms_refill",
    "versions_trim",
    "clean_once",
    "search_words",
    "search_words_pending",
    "live_spool_applied",
    "rules_applied",  # copied whole at the end, over the target's own (.rules_state)
    MARK_TABLE,
}
_ENGINE_PREFIXES = ("posts_fts", "sqlite_", "copy_stage_")
# Columns each engine makes from a post's title and text, not copied when the other lacks them.
_MADE = {
    "search_stems": lambda title, text: index_forms(text, title),
    "search_config": config_of,
}
BATCH = 2000  # rows a transaction

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in the source


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    md5: str


@dataclass
class CopyReport:
    """What a copy did: rows per table, and whether it went on from an earlier run."""

    rows: dict[str, int] = field(default_factory=dict)
    resumed: bool = False
    checks: list[TableCheck] = field(default_factory=list)
    copy_seconds: float = 0.0
    verify_seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class _Plan:
    table: str
    keys: tuple[str, ...]
    read: list[str]  # the source's columns read
    write: list[str]  # the target's columns written: the read ones, then the made ones
    hashed: list[str]  # the columns both hold as user data: what the check compares


async def copy_archive(
    source: Side, target: Side, *, progress: Progress | None = None
) -> CopyReport:
    """Copy every table of ``source`` into ``target`` (empty, or holding an unfinished copy
    of this same source), then check both hold the same rows."""
    if source.location == target.location:
        raise InputError(f"cannot copy the archive {source.location} onto itself")
    plans = [await _plan(source, target, table, keys) for table, keys in TABLES]
    await _check_tables(source, target)
    if not await target.hold():
        raise another_copy(target.location)
    report = CopyReport(resumed=await _claim(source, target))
    started = time.monotonic()
    for plan in plans:
        report.rows[plan.table] = await _copy_table(source, target, plan, progress)
        if plan.table == "posts":
            await _link_forward(source, target)
    await copy_applied(source.conn, target.conn)
    report.copy_seconds = time.monotonic() - started
    report.checks = await verify(source, target, plans)
    report.verify_seconds = time.monotonic() - started - report.copy_seconds
    await target.finish()
    return report


async def _plan(source: Side, target: Side, table: str, keys: tuple[str, ...]) -> _Plan:
    have, want = await source.columns(table), await target.columns(table)
    if not want:
        raise InputError(f"the target {target.location} has no table {table}; upgrade it")
    lost = [c for c in have if c not in want and c not in _MADE]
    if lost:
        raise InputError(
            f"the target {target.location} has no column {table}.{lost[0]} to copy into;"
            " upgrade tg-archiver there first"
        )
    read = [c for c in have if c in want]
    made = [c for c in want if c not in have and c in _MADE]
    if made and not {"title", "clean_text"} <= set(have):
        raise InputError(f"cannot make {table}.{made[0]} for the target")
    return _Plan(table, keys, read, read + made, [c for c in read if c not in _MADE])


async def _check_tables(source: Side, target: Side) -> None:
    """Every table of the source is one the copy knows: nothing a user stored is left out
    because a later migration added a table this list does not name."""
    known = {t for t, _ in TABLES} | _ENGINE_TABLES
    unknown = sorted(
        t for t in await source.tables() if t not in known and not t.startswith(_ENGINE_PREFIXES)
    )
    if unknown:
        raise InputError(
            f"the archive {source.location} has a table this version cannot copy:"
            f" {unknown[0]}; upgrade tg-archiver"
        )


async def _claim(source: Side, target: Side) -> bool:
    """Mark the target as this source's copy; True when it already was (a run that was
    killed, going on). A target holding anything else is refused."""
    mark = await target.read_mark()
    if mark == source.location:
        return True
    if mark is not None:
        raise InputError(
            f"the target {target.location} holds an unfinished copy of another archive"
            f" ({mark}); copy into an empty archive"
        )
    for table, _ in TABLES:
        n = await target.count(table)
        if n:
            raise InputError(
                f"the target {target.location} is not empty ({n} rows in {table});"
                " copy into an empty archive"
            )
    await target.set_mark(source.location)
    return False


async def _copy_table(source: Side, target: Side, plan: _Plan, progress: Progress | None) -> int:
    total = await source.count(plan.table)
    after = await target.last_key(plan.table, plan.keys)
    done = await target.count(plan.table) if after is not None else 0
    if progress:
        progress(plan.table, done, total)
    key_at = [plan.read.index(k) for k in plan.keys]
    while True:
        rows = await source.read(plan.table, plan.read, plan.keys, after, BATCH)
        if not rows:
            break
        after = tuple(rows[-1][i] for i in key_at)
        await target.write(plan.table, plan.write, _for_target(plan, rows))
        done += len(rows)
        if progress:
            progress(plan.table, done, total)
    return done


def _for_target(plan: _Plan, rows: list[Row]) -> list[Row]:
    """The rows as the target takes them: made columns added; a post's link to a later
    post left out until every post is there (:func:`_link_forward`)."""
    made = plan.write[len(plan.read) :]
    if plan.table != "posts":
        return rows
    at = {c: plan.read.index(c) for c in ("id", "duplicate_of", "duplicate_kind")}
    title, text = plan.read.index("title"), plan.read.index("clean_text")
    out = []
    for row in rows:
        values = list(row)
        if values[at["duplicate_of"]] is not None and values[at["duplicate_of"]] > values[at["id"]]:
            values[at["duplicate_of"]] = values[at["duplicate_kind"]] = None
        values += [_MADE[c](row[title], row[text]) for c in made]
        out.append(tuple(values))
    return out


_LINK = "UPDATE posts SET duplicate_of = $1, duplicate_kind = $2 WHERE id = $3"


async def _link_forward(source: Side, target: Side) -> None:
    """Link the copies whose original has a larger id, now that it is in the target.
    Setting a link is idempotent: a resumed run sets them all again."""
    columns, keys = ["id", "duplicate_of", "duplicate_kind"], ("id",)
    after: Row | None = None
    while rows := await source.read("posts", columns, keys, after, BATCH * 5):
        after = (rows[-1][0],)
        ahead = [(dup, kind, pid) for pid, dup, kind in rows if dup is not None and dup > pid]
        if ahead:
            await target.update(_LINK, ahead)


async def verify(source: Side, target: Side, plans: Sequence[_Plan]) -> list[TableCheck]:
    """Each table's row count and content hash on both sides; a difference is an error
    naming the table."""
    checks = []
    for plan in plans:
        mine = await table_check(source, plan)
        theirs = await table_check(target, plan)
        if mine != theirs:
            raise StorageError(
                f"the copy differs from its source in the table {plan.table}: the source"
                f" has {mine.rows} rows (md5 {mine.md5}), the target {theirs.rows}"
                f" (md5 {theirs.md5}); run the copy again into an empty archive"
            )
        checks.append(mine)
    return checks


async def table_check(side: Side, plan: _Plan) -> TableCheck:
    """The table's rows in key order, hashed over the columns both engines hold."""
    digest = hashlib.md5(usedforsecurity=False)
    n = 0
    key_at = [plan.hashed.index(k) for k in plan.keys]
    after: Row | None = None
    while rows := await side.read(plan.table, plan.hashed, plan.keys, after, BATCH):
        after = tuple(rows[-1][i] for i in key_at)
        for row in rows:
            digest.update(_row_bytes(row))
        n += len(rows)
    return TableCheck(plan.table, n, digest.hexdigest())


def _row_bytes(row: Row) -> bytes:
    """One row's values, the same bytes whichever engine read them: each value's type and
    ``repr`` (text, integers, floats exactly, bytes), a row a line."""
    return (repr(tuple((type(v).__name__, v) for v in row)) + "\n").encode()
