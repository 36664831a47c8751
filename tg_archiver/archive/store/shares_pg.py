"""Which service holds which channel, on a PostgreSQL archive: session advisory locks.

Several services may run against one PostgreSQL archive with the same config; each archives
only its share of the channels and feeds (:mod:`bot.shares` decides the shares). The
server keeps the record, with no table: a service holds a unit (a channel, a feed) while it
holds a session advisory lock on the unit's key, on a connection of its own
(:class:`PgShares`), and is counted among the services sharing a kind of unit (channels,
feeds) while it holds a lock on its own key (the connection's backend pid) in that kind's
namespace: a service that has no channels to share (its Telegram client did not start) is
not counted for them, so the others' quotas still cover every channel.

Why advisory locks and not a lease table with heartbeats: a session lock dies with its
connection, so a service that dies (its process killed, its machine off) frees its units
the moment the server sees the connection close, with no expiry to tune, no clock to trust
and no row rewritten every few seconds; and ``pg_try_advisory_lock`` is one atomic
test-and-take, so two services can never both hold one unit. The server lists the held
locks in ``pg_locks`` (readable by every role), which is how a service counts the others.

On a network partition the server frees a silent service's locks when TCP gives up on its
connection: this connection asks the server for keepalives after :data:`KEEPALIVE_IDLE` s
idle, every :data:`KEEPALIVE_INTERVAL` s, :data:`KEEPALIVE_COUNT` unanswered (about 25 s on
TCP; a Unix socket has none, and cannot be partitioned). The service on the other side
learns of it at its next :meth:`PgShares.alive` (a ``SELECT 1`` given :data:`ALIVE_TIMEOUT`
s), and stops storing what it held; until then both may store a channel's post, which the
archive keeps once (a post is its source and id).

Keys are two 32-bit numbers, ``(namespace, key)``: the namespaces are constants of
tg-archiver's own, the key of a unit the first four bytes of the SHA-256 of its name, so
every service computes the same key with no server round trip. Two units whose keys collide
are held together (one service has both): a skew in the balance, never a unit held twice.
"""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.redact import redact

if TYPE_CHECKING:
    import asyncpg

    from tg_archiver.archive.store.connection_pg import PgConnection

# Namespaces ("tga" 1, 2, 3): the services sharing channels, the held units, those sharing feeds.
MEMBERS = {"channel": 0x7467_6101, "feed": 0x7467_6103}
UNITS = 0x7467_6102
CONNECT_TIMEOUT = 10.0
ALIVE_TIMEOUT = 10.0  # seconds a check of the connection may take before it counts as lost
KEEPALIVE_IDLE = 10  # the server's TCP keepalives on this connection, seconds and probes
KEEPALIVE_INTERVAL = 5
KEEPALIVE_COUNT = 3

_JOIN = "SELECT pg_advisory_lock($1::int, pg_backend_pid())"
_TAKE = "SELECT pg_try_advisory_lock($1::int, $2::int)"
_GIVE = "SELECT pg_advisory_unlock($1::int, $2::int)"
_ALIVE = "SELECT 1"
# The two-key form of an advisory lock shows as classid = the first key, objid = the second
# (as unsigned 32-bit numbers), objsubid = 2; only this database's.
_HELD = (
    "SELECT objid::bigint, pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND objsubid = 2 AND classid::bigint = $1"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def unit_key(name: str) -> int:
    """The lock key of a unit (a signed 32-bit number, as ``pg_try_advisory_lock`` takes)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big", signed=True)


class PgShares:
    """This service's locks on one connection of its own. Open with :meth:`open`; the
    locks go with :meth:`close`, or with the connection whatever ends it."""

    def __init__(self, db: asyncpg.Connection, where: str) -> None:
        self._db = db
        self._where = where

    @classmethod
    async def open(cls, conn: PgConnection, *, join: Sequence[str] = ()) -> PgShares:
        """Connect beside the store's ``conn``, counted among the services sharing each kind
        of unit in ``join`` (:meth:`members`)."""
        import asyncpg

        name = f"tg-archiver service {socket.gethostname()} pid {os.getpid()}"[:63]
        try:
            db = await asyncpg.connect(
                conn.url.url,
                timeout=CONNECT_TIMEOUT,
                server_settings={
                    "application_name": name,
                    "tcp_keepalives_idle": str(KEEPALIVE_IDLE),
                    "tcp_keepalives_interval": str(KEEPALIVE_INTERVAL),
                    "tcp_keepalives_count": str(KEEPALIVE_COUNT),
                },
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as e:
            raise _lost(conn.location, e) from None
        shares = cls(db, conn.location)
        try:
            for kind in join:
                await shares._run(_JOIN, MEMBERS[kind])
        except StorageError:
            db.terminate()
            raise
        return shares

    async def close(self) -> None:
        """Leave: every lock of this service goes with its connection (dropped without a
        word if the server does not answer: the server drops the locks with it then)."""
        import asyncpg

        if self._db.is_closed():
            return
        try:
            await self._db.close(timeout=ALIVE_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            self._db.terminate()

    def terminate(self) -> None:
        """Drop the connection without a word to the server (one that stopped answering)."""
        self._db.terminate()

    async def alive(self) -> bool:
        """Whether the connection, and so every lock on it, is still there."""
        import asyncpg

        if self._db.is_closed():
            return False
        try:
            await self._db.fetchval(_ALIVE, timeout=ALIVE_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            return False  # dead, or silent as a partitioned server is: either way, lost
        return True

    async def members(self, kind: str) -> int:
        """How many services share ``kind`` now (this one included, if it joined)."""
        return len(await self._held(MEMBERS[kind]))

    async def holders(self, names: Iterable[str]) -> dict[str, int]:
        """Of ``names``, those some service holds now, each with its holder's backend pid."""
        by_key = {unit_key(n) & 0xFFFF_FFFF: n for n in names}
        return {by_key[k]: pid for k, pid in await self._held(UNITS) if k in by_key}

    async def take(self, name: str) -> bool:
        """Take ``name`` unless another service holds it; True if this one holds it now."""
        return bool(await self._run(_TAKE, UNITS, unit_key(name)))

    async def give(self, name: str) -> None:
        """Give ``name`` up (another service may take it at once)."""
        await self._run(_GIVE, UNITS, unit_key(name))

    async def _held(self, namespace: int) -> list[tuple[int, int]]:
        import asyncpg

        try:
            rows = await self._db.fetch(_HELD, namespace, timeout=ALIVE_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as e:
            raise _lost(self._where, e) from None
        return [(int(k), int(pid)) for k, pid in rows]

    async def _run(self, sql: str, *args: Any) -> Any:
        import asyncpg

        try:
            return await self._db.fetchval(sql, *args, timeout=ALIVE_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as e:
            raise _lost(self._where, e) from None


def _lost(where: str, e: BaseException) -> StorageError:
    return StorageError(
        f"the shares of the archive {where} are not reachable: {redact(str(e)) or type(e).__name__}"
    )
