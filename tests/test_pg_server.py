"""The test PostgreSQL server itself (tests/pg_server.py): one per session, a fresh database
per test, reachable only through its Unix socket when the tests made it."""

from __future__ import annotations

import os

import asyncpg
from pg_server import ENV, PgServer


async def test_each_test_gets_a_fresh_empty_database_of_its_own(
    pg_server: PgServer, pg_url: str
) -> None:
    other = pg_server.new_database()
    assert other != pg_url
    for url in (pg_url, other):
        conn = await asyncpg.connect(url)
        try:
            tables = await conn.fetchval(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            )
            assert tables == 0
            assert await conn.fetchval("SHOW server_encoding") == "UTF8"
        finally:
            await conn.close()


async def test_the_throwaway_server_listens_on_no_tcp_port(pg_url: str) -> None:
    conn = await asyncpg.connect(pg_url)
    try:
        listening = await conn.fetchval("SHOW listen_addresses")
    finally:
        await conn.close()
    assert listening == "" or ENV in os.environ  # a server a developer named is theirs
