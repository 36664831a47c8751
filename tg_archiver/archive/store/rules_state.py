"""The archive's record of the rules its links and tags were made with (``rules_applied``).

One row a set of rules (migration 0026, PostgreSQL's 0009; :mod:`archive.rules` says what
the versions and fingerprints are): what every post was last made with, and the upgrade under
way, if any, with the last post it did. The statements of both engines are here, in one
dict each; the writes run inside the caller's transaction, the reads for ``stats`` and
``digest`` on committed data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.rules import UNKNOWN, Rules, RulesName

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store
    from tg_archiver.archive.store.connection import Connection
    from tg_archiver.archive.store.connection_pg import PgConnection

_COLUMNS = "rules, version, config, redo_version, redo_config, redo_after_at, redo_after_id"
_SQL = {
    "sqlite": {
        "all": f"SELECT {_COLUMNS} FROM rules_applied ORDER BY rules",
        "one": f"SELECT {_COLUMNS} FROM rules_applied WHERE rules = ?",
        "redo": (
            "UPDATE rules_applied SET redo_version = ?, redo_config = ?, redo_after_at = NULL,"
            " redo_after_id = 0 WHERE rules = ?"
        ),
        "advance": "UPDATE rules_applied SET redo_after_at = ?, redo_after_id = ? WHERE rules = ?",
        "done": (
            "UPDATE rules_applied SET version = ?, config = ?, redo_version = NULL,"
            " redo_config = NULL, redo_after_at = NULL, redo_after_id = NULL WHERE rules = ?"
        ),
        "set": (
            f"INSERT INTO rules_applied ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (rules) DO UPDATE SET version = excluded.version,"
            " config = excluded.config, redo_version = excluded.redo_version,"
            " redo_config = excluded.redo_config, redo_after_at = excluded.redo_after_at,"
            " redo_after_id = excluded.redo_after_id"
        ),
        "any_post": "SELECT 1 FROM posts LIMIT 1",
    },
    "postgresql": {
        "all": f"SELECT {_COLUMNS} FROM rules_applied ORDER BY rules",
        # Locked: two services upgrading one database take the batches in turn.
        "one": f"SELECT {_COLUMNS} FROM rules_applied WHERE rules = $1 FOR UPDATE",
        "redo": (
            "UPDATE rules_applied SET redo_version = $1, redo_config = $2, redo_after_at = NULL,"
            " redo_after_id = 0 WHERE rules = $3"
        ),
        "advance": (
            "UPDATE rules_applied SET redo_after_at = $1, redo_after_id = $2 WHERE rules = $3"
        ),
        "done": (
            "UPDATE rules_applied SET version = $1, config = $2, redo_version = NULL,"
            " redo_config = NULL, redo_after_at = NULL, redo_after_id = NULL WHERE rules = $3"
        ),
        "set": (
            f"INSERT INTO rules_applied ({_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            " ON CONFLICT (rules) DO UPDATE SET version = excluded.version,"
            " config = excluded.config, redo_version = excluded.redo_version,"
            " redo_config = excluded.redo_config, redo_after_at = excluded.redo_after_at,"
            " redo_after_id = excluded.redo_after_id"
        ),
        "any_post": "SELECT 1 FROM posts LIMIT 1",
    },
}


@dataclass(frozen=True, slots=True)
class Applied:
    """One row: what every post was made with (``made``), and the upgrade under way
    (``redo``, None when there is none) with the last post it did."""

    made: Rules
    redo: Rules | None = None
    after_at: str | None = None  # links: published_at of the last post done
    after_id: int = 0

    @classmethod
    def of(cls, row: Any) -> Applied:
        name, version, config, redo_version, redo_config, after_at, after_id = row
        redo = None if redo_version is None else Rules(name, int(redo_version), redo_config or "")
        return cls(Rules(name, int(version), config), redo, after_at, int(after_id or 0))


def _engine(conn: Connection | PgConnection) -> str:
    return getattr(conn, "engine", "sqlite")


async def read_applied(store: Store) -> dict[RulesName, Applied]:
    """Every row, as committed (the readers' connection: ``stats``, ``digest``)."""
    sql = _SQL[store.engine]["all"]
    return {row[0]: Applied.of(row) for row in await store.connection.read_all(sql)}


async def applied(store: Store, name: RulesName) -> Applied:
    """The row of ``name`` on the writing connection (inside a transaction; locked on
    PostgreSQL until it ends)."""
    row = await store.connection.fetchone(_SQL[store.engine]["one"], (name,))
    return Applied.of(row)


async def begin_redo(store: Store, wanted: Rules) -> None:
    """Start an upgrade to ``wanted`` from the first post (inside a transaction)."""
    await store.connection.fetchall(
        _SQL[store.engine]["redo"], (wanted.version, wanted.config, wanted.name)
    )


async def advance(store: Store, name: RulesName, after_at: str | None, after_id: int) -> None:
    """The upgrade of ``name`` did every post up to this one (in the batch's transaction)."""
    await store.connection.fetchall(_SQL[store.engine]["advance"], (after_at, after_id, name))


async def record_done(store: Store, made: Rules) -> None:
    """Every post's links or tags are now made by ``made``; no upgrade is under way (in the
    transaction that made the last of them)."""
    await store.connection.fetchall(
        _SQL[store.engine]["done"], (made.version, made.config, made.name)
    )


async def has_posts(store: Store) -> bool:
    return await store.connection.fetchone(_SQL[store.engine]["any_post"]) is not None


async def record_on_migration(conn: Connection | PgConnection) -> None:
    """Migration 0026's step (PostgreSQL's 0009), in its transaction: the two rows. An
    archive with posts has them from an older tg-archiver, which recorded nothing: version 0,
    made again once. One with no posts yet (a new archive) has nothing made by older rules:
    this code's versions (config unknown: see :func:`archive.rules.stale`)."""
    from tg_archiver.archive.dedup_threshold import DEDUP_RULES
    from tg_archiver.archive.tags import TAG_RULES

    sql = _SQL[_engine(conn)]
    fresh = await conn.fetchone(sql["any_post"]) is None
    for name, version in (("links", DEDUP_RULES), ("tags", TAG_RULES)):
        row = (name, version if fresh else UNKNOWN, "", None, None, None, None)
        await conn.fetchall(sql["set"], row)


async def copy_applied(
    source: Connection | PgConnection, target: Connection | PgConnection
) -> None:
    """``tg-archiver copy``: the target's rows made the source's (their posts are the same,
    ids kept, so an upgrade under way goes on in the target where the source left it)."""
    rows = await source.read_all(_SQL[_engine(source)]["all"])
    sql = _SQL[_engine(target)]["set"]
    async with target.transaction():
        for row in rows:
            await target.fetchall(sql, tuple(row))


async def stale_rules(store: Store, *wanted: Rules) -> list[tuple[RulesName, str]]:
    """Which of ``wanted`` the archive's committed record says are stale, and why
    (:func:`archive.rules.stale`); read only (``stats``, ``digest``)."""
    from tg_archiver.archive.rules import stale

    rows = await read_applied(store)
    found = []
    for rules in wanted:
        row = rows.get(rules.name)
        reason = stale(row.made, rules) if row is not None else "not recorded"
        if reason is not None:
            found.append((rules.name, reason))
    return found


async def adopt_config(store: Store, *wanted: Rules) -> None:
    """A command about to store posts with ``wanted``'s config records it where the archive
    has none recorded yet (a new archive): its first posts are made with it, and a service
    started later with another config then makes them again."""
    async with store.transaction():
        for rules in wanted:
            row = await applied(store, rules.name)
            if row.redo is None and not row.made.config and row.made.version == rules.version:
                await record_done(store, rules)
