"""A small pool of read-only connections to the archive, one lent to each request.

One connection answers one statement at a time (aiosqlite runs each connection's statements
on a thread of its own, in turn), so with a single one every request waits for the searches
of the requests before it. Each :class:`~archive.store.Store` here is opened read-only
(``mode=ro`` and ``query_only``, see :mod:`archive.store.connection`), with its own thread:
SQLite lets go of the GIL while it reads, so several requests are answered at once, and WAL
lets each read while the service writes, never taking a lock the writes would wait for.

A request borrows one store for its whole life (a page's search and its copy counts read the
same committed state); when every store is lent, the next request waits for one to come back.
The store lent is the one given back last: one client's requests in turn keep reading on one
connection, whose page cache and prepared statements are warm, not on each in a round.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tg_archiver.archive.database_url import Location, PostgresUrl
from tg_archiver.archive.pages import Pages, pages_of
from tg_archiver.archive.store import Store

DEFAULT_READERS = 4  # two cores, and requests spend part of their time rendering


class ReaderPool:
    """``size`` read-only stores of one archive. Open with :meth:`open`; close when done."""

    def __init__(self, stores: list[Store]) -> None:
        self.stores = tuple(stores)
        self._free: asyncio.LifoQueue[Store] = asyncio.LifoQueue()
        for store in stores:
            self._free.put_nowait(store)

    @classmethod
    async def open(cls, path: Location, size: int = DEFAULT_READERS) -> ReaderPool:
        """``size`` read-only stores of ``path``; a failure to open one closes those opened.

        A PostgreSQL archive is one store lent ``size`` times: its reads already take a
        connection each from its own pool (archive.store.connection_pg)."""
        if isinstance(path, PostgresUrl):
            return cls([await Store.open(path, read_only=True)] * max(1, size))
        stores: list[Store] = []
        try:
            for _ in range(max(1, size)):
                stores.append(await Store.open(path, read_only=True))
        except BaseException:
            for store in stores:
                await store.close()
            raise
        return cls(stores)

    @asynccontextmanager
    async def lend(self) -> AsyncIterator[tuple[Store, Pages]]:
        """A store for one request, and the web's extra reads over its connection."""
        store = await self._free.get()
        try:
            yield store, pages_of(store)
        finally:
            self._free.put_nowait(store)

    async def close(self) -> None:
        for store in {id(s): s for s in self.stores}.values():
            await store.close()
