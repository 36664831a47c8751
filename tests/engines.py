"""The archive a test runs on either engine: a SQLite file, or a PostgreSQL database of the
throwaway server (``pg_url``, tests/pg_server.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tg_archiver.archive.database_url import PostgresUrl


def where(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A new archive's place on ``engine``, as ``--db`` takes it."""
    if engine == "sqlite":
        return str(tmp_path / "a.db")
    return str(request.getfixturevalue("pg_url"))


def location(db: str) -> Path | PostgresUrl:
    """``db`` as ``Store.open`` takes it."""
    return PostgresUrl(db) if db.startswith("postgresql://") else Path(db)
