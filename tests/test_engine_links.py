"""`tg-archiver explain`, `unlink` and `relink` on both engines (a SQLite file, a real
PostgreSQL database: tests/pg_server.py), through the real command line: the same lines
from the same archive, an unlink honoured by relink and by a re-import, relink making the
same links from the same posts on either."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CliResult, ingest, make_post
from dedup_eval_set import build
from test_dedup_eval import NOW as EVAL_NOW

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.explain import explain
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.store import Store

SIGNATURE = "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia"
READOUT = (
    "On March 3, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign Minister"
    " of {}. The ministers discussed the situation in the Middle East and the settlement in"
    " Syria, and agreed to keep in touch."
)
ENGINES = ["sqlite", "postgresql"]


def where(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A new archive's place on ``engine``, as ``--db`` takes it."""
    if engine == "sqlite":
        return str(tmp_path / "a.db")
    return str(request.getfixturevalue("pg_url"))


def _open(db: str) -> Path | PostgresUrl:
    return PostgresUrl(db) if db.startswith("postgresql://") else Path(db)


def fill(db: str) -> None:
    """Two readouts of one template (another country: distinct) and a copy of the first."""

    async def go() -> None:
        async with await Store.open(_open(db)) as store:
            await ingest(
                store,
                make_post(1, READOUT.format("Turkey Hakan Fidan") + SIGNATURE),
                make_post(2, READOUT.format("Egypt Badr Abdelatty") + SIGNATURE),
                make_post(3, "⚡️ Breaking: " + READOUT.format("Turkey Hakan Fidan")),
            )

    asyncio.run(go())


async def read_links(db: str) -> dict[int, tuple[int | None, str | None]]:
    async with await Store.open(_open(db)) as store:
        found = await store.connection.read_all(
            "SELECT id, duplicate_of, duplicate_kind FROM posts"
        )
    return {int(pid): (None if dup is None else int(dup), kind) for pid, dup, kind in found}


def links(db: str) -> dict[int, int | None]:
    return {pid: dup for pid, (dup, _) in asyncio.run(read_links(db)).items()}


@pytest.mark.parametrize("engine", ENGINES)
def test_explain_says_why_a_copy_is_linked_and_a_sibling_is_not(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest, cli: Callable[..., CliResult]
) -> None:
    db = where(engine, tmp_path, request)
    fill(db)
    assert links(db) == {1: None, 2: None, 3: 1}
    r = cli("--db", db, "explain", 3)
    assert r.code == 0, r.err
    assert "post 3 is a near copy of post 1" in r.out
    assert "Jaccard 1.00" in r.out and "only in post 3 (0 words)" in r.out
    r = cli("--db", db, "explain", 2)
    assert r.code == 0, r.err
    assert "post 2 is an original" in r.out and "compared with post 1:" in r.out
    assert "another name or number in a template's slot: 'Turkey Hakan Fidan'" in r.out
    r = cli("--db", db, "explain", 99)
    assert (r.code, r.out) == (1, "") and r.err == "tg-archiver: error: no post with id 99\n"


async def test_explain_gives_the_same_lines_on_both_engines(tmp_path: Path, pg_url: str) -> None:
    # The labelled dedup set's first stories (copies, templates, one-liners, Russian and
    # English), stored on each engine: every post explained, line for line the same.
    labelled = build(stories=40)
    lines: list[list[list[str]]] = []
    for place in (tmp_path / "eval.db", PostgresUrl(pg_url)):
        async with await Store.open(place) as store:
            async with store.transaction():
                await store.ingest(
                    (prepare(x.post, PipelineOptions()) for x in labelled), now=EVAL_NOW
                )
            lines.append([await explain(store, pid) for pid in range(1, len(labelled) + 1)])
    on_sqlite, on_postgresql = lines
    assert on_postgresql == on_sqlite
    said = "\n".join(line for post in on_sqlite for line in post)
    assert "copy of post" in said and "compared with post" in said and "Jaccard" in said
