"""`tg-archiver explain`, `unlink` and `relink` on both engines (a SQLite file, a real
PostgreSQL database: tests/pg_server.py), through the real command line: the same lines
from the same archive, an unlink honoured by relink and by a re-import, relink making the
same links from the same posts on either."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import CliResult, ingest, make_post
from dedup_eval_set import build
from engines import location, where
from test_dedup_eval import NOW as EVAL_NOW
from test_dedup_eval import score_rows

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.explain import explain
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.store import Store

SIGNATURE = "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia"
READOUT = (
    "On March 3, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign Minister"
    " of {}. The ministers discussed the situation in the Middle East and the settlement in"
    " Syria, and agreed to keep in touch."
)
ENGINES = ["sqlite", "postgresql"]
OTHER = SourceRef(kind="telegram", key="1500000011", title="Мария Захарова", username="zakharova")
DUMP = SourceRef(kind="import", key="scraped", title="scraped")


def fill(db: str) -> None:
    """Two readouts of one template (another country: distinct) and a copy of the first."""

    async def go() -> None:
        async with await Store.open(location(db)) as store:
            await ingest(
                store,
                make_post(1, READOUT.format("Turkey Hakan Fidan") + SIGNATURE),
                make_post(2, READOUT.format("Egypt Badr Abdelatty") + SIGNATURE),
                make_post(3, "⚡️ Breaking: " + READOUT.format("Turkey Hakan Fidan")),
            )

    asyncio.run(go())


async def read_links(db: str) -> dict[int, tuple[int | None, str | None]]:
    async with await Store.open(location(db)) as store:
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


async def run_sql(db: str, *statements: str) -> None:
    async with await Store.open(location(db)) as store, store.transaction():
        for sql in statements:
            await store.connection.fetchall(sql)


@pytest.mark.parametrize("engine", ENGINES)
def test_unlink_keeps_a_post_distinct_through_relink_and_reimport(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest, cli: Callable[..., CliResult]
) -> None:
    db = where(engine, tmp_path, request)
    fill(db)
    r = cli("--db", db, "unlink", 3)
    assert (r.code, r.out) == (0, "post 3 is no longer a near copy of post 1\n")
    assert links(db) == {1: None, 2: None, 3: None}
    r = cli("--db", db, "relink")
    assert (r.code, r.out) == (0, "relinked 3 posts: 0 exact and 0 near copies linked;"
                                  " 0 links changed\n")  # fmt: skip
    assert links(db) == {1: None, 2: None, 3: None}
    assert "was unlinked by hand" in cli("--db", db, "explain", 3).out
    fill(db)  # the same posts again: found stored, left as they are
    assert links(db) == {1: None, 2: None, 3: None}
    assert cli("--db", db, "unlink", 3).out == "post 3 was already unlinked; it stays distinct\n"
    assert cli("--db", db, "unlink", 2).out == (
        "post 2 is not linked to another post; it will stay distinct\n"
    )
    # Relink without the record would link it again: the record is what keeps it apart.
    asyncio.run(run_sql(db, "DELETE FROM post_unlinks"))
    r = cli("--db", db, "relink")
    assert r.code == 0 and "1 near copies linked; 1 links changed" in r.out, r.out
    assert links(db) == {1: None, 2: None, 3: 1}
    r = cli("--db", db, "unlink", 99)
    assert (r.code, r.out) == (1, "") and r.err == "tg-archiver: error: no post with id 99\n"


async def linked_rows(db: str) -> list[tuple[object, ...]]:
    """Every post's id, source, external id, original and similarity (test_dedup_eval's)."""
    async with await Store.open(location(db)) as store:
        found = await store.connection.read_all(
            "SELECT p.id, s.key, p.external_id, p.duplicate_of, p.similarity, p.duplicate_kind"
            " FROM posts p JOIN sources s ON s.id = p.source_id ORDER BY p.id"
        )
        bands = await store.connection.read_all("SELECT count(*) FROM post_bands")
        signatures = await store.connection.read_all("SELECT count(*) FROM post_signatures")
    return [tuple(r) for r in found] + [(int(bands[0][0]), int(signatures[0][0]))]


def test_relink_makes_the_same_links_from_the_same_posts_on_both_engines(
    tmp_path: Path, pg_url: str, cli: Callable[..., CliResult]
) -> None:
    # The labelled set imported newest first in two parts (ingest re-roots each group at
    # its earliest post), then an old method's wrong links put in, and one copy unlinked by
    # hand: relink on either engine gives the same links, copies and band index.
    labelled = build()
    newest_first = labelled[::-1]
    half = len(newest_first) // 2
    outputs = []
    finals = []
    for db in (str(tmp_path / "relink.db"), pg_url):

        async def store_posts(db: str = db) -> None:
            async with await Store.open(location(db)) as store:
                for part in (newest_first[:half], newest_first[half:]):
                    async with store.transaction():
                        await store.ingest(
                            (prepare(x.post, PipelineOptions()) for x in part), now=EVAL_NOW
                        )

        asyncio.run(store_posts())
        asyncio.run(
            run_sql(
                db,
                "UPDATE posts SET duplicate_of = 1, duplicate_kind = 'near', similarity = 0.75"
                " WHERE id IN (5, 6, 7) AND duplicate_of IS NULL",
            )
        )
        copy = min(pid for pid, dup in links(db).items() if dup is not None)
        assert cli("--db", db, "unlink", copy).code == 0
        r = cli("--db", db, "relink")
        assert r.code == 0, r.err
        outputs.append(r.out)
        finals.append(asyncio.run(linked_rows(db)))
        assert links(db)[copy] is None  # unlinked by hand: relink leaves it apart
        again = cli("--db", db, "relink")
        assert again.code == 0 and again.out.endswith(" 0 links changed\n"), again.out
    on_sqlite, on_postgresql = finals
    assert outputs[1] == outputs[0] and "links changed" in outputs[0]
    assert on_postgresql == on_sqlite
    precision, recall, wrong = score_rows([r[:5] for r in on_sqlite[:-1]], labelled)
    assert precision >= 0.98 and recall >= 0.95, wrong


class Stopped(Exception):
    """The relink stopped part way (a power cut, Ctrl-C, a server going away)."""


async def test_an_interrupted_relink_leaves_the_old_links(
    engine_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tg_archiver.archive.store import relink as relink_module
    from tg_archiver.archive.store import relink_pg

    labelled = build(stories=60)
    async with engine_store.transaction():
        await engine_store.ingest(
            (prepare(x.post, PipelineOptions()) for x in labelled[::-1]), now=EVAL_NOW
        )
    before = await engine_store.connection.read_all(
        "SELECT id, duplicate_of, duplicate_kind, similarity FROM posts ORDER BY id"
    )
    bands = await engine_store.connection.read_all("SELECT count(*) FROM post_bands")
    placed = relink_module.place
    calls = 0

    async def place_then_stop(*args: object, **kwargs: object) -> relink_module.Placed:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Stopped
        return await placed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(relink_module, "BATCH", 50)
    monkeypatch.setattr(relink_pg, "BATCH", 50)
    monkeypatch.setattr(relink_module, "place", place_then_stop)
    monkeypatch.setattr(relink_pg, "place", place_then_stop)
    with pytest.raises(Stopped):
        await relink_module.relink(engine_store, 0.5)
    assert calls == 2 and len(labelled) > 100
    after = await engine_store.connection.read_all(
        "SELECT id, duplicate_of, duplicate_kind, similarity FROM posts ORDER BY id"
    )
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert await engine_store.connection.read_all("SELECT count(*) FROM post_bands") == bands
    monkeypatch.setattr(relink_module, "place", placed)
    monkeypatch.setattr(relink_pg, "place", placed)
    report = await relink_module.relink(engine_store, 0.5)  # the next run goes through
    assert report.posts == len(labelled)


async def test_relink_makes_another_services_writes_wait_for_it(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two services on one database: while one relinks, the other's ingest waits for it (on
    # SQLite one writer holds the file), so no post is linked to an original the relink is
    # making a copy. The relink is held after its first batch until the ingest is seen
    # waiting for its lock.
    import asyncpg

    from tg_archiver.archive.dedup import DEFAULT_THRESHOLD
    from tg_archiver.archive.store import relink as relink_module
    from tg_archiver.archive.store import relink_pg

    url = PostgresUrl(pg_url)
    first = READOUT.format("Turkey Hakan Fidan") + SIGNATURE
    async with await Store.open(url) as relinking, await Store.open(url) as other:
        await ingest(relinking, make_post(1, first), make_post(2, "Another statement " * 20))
        placed = relink_module.place
        held, release = asyncio.Event(), asyncio.Event()

        async def place_and_hold(*args: object, **kwargs: object) -> relink_module.Placed:
            out = await placed(*args, **kwargs)  # type: ignore[arg-type]
            held.set()
            await release.wait()
            return out

        monkeypatch.setattr(relink_pg, "place", place_and_hold)
        relink = asyncio.create_task(relink_module.relink(relinking, DEFAULT_THRESHOLD))
        await held.wait()
        write = asyncio.create_task(ingest(other, make_post(3, "⚡️ Breaking: " + first)))
        watcher = await asyncpg.connect(pg_url)
        try:
            waiting = 0
            for _ in range(1200):  # until the ingest waits on the lock (or the task ends)
                waiting = await watcher.fetchval(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
                if waiting or write.done():
                    break
                await asyncio.sleep(0.05)
        finally:
            await watcher.close()
        assert waiting == 1 and not write.done()
        release.set()
        report = await relink
        await write
    assert report.posts == 2
    assert (await read_links(pg_url))[3] == (1, "near")


GREETING = (
    "🇷🇺 Поздравляем коллег, ветеранов и всех причастных к дипломатической службе с Днём"
    " дипломатического работника! Благодарим за самоотверженный труд на благо Отечества."
)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_same_text_a_year_later_is_another_statement_and_relink_agrees(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest, cli: Callable[..., CliResult]
) -> None:
    # Diplomats' Day's greeting, word for word each 10 February, was linked as an exact copy
    # of the year before: `search ... since:2025-01-01` found nothing, the 2025 one hidden.
    db = where(engine, tmp_path, request)

    def at(n: int, year: int, minute: int = 0, **fields: object) -> Post:
        post = make_post(n, GREETING, **fields)
        return replace(post, published_at=datetime(year, 2, 10, 8, minute, tzinfo=UTC))

    async def go() -> None:
        async with await Store.open(location(db)) as store:
            await ingest(
                store,
                at(1, 2024),
                at(2, 2025),  # the next year's: an original
                at(3, 2025, 25, source=OTHER),  # the next year's, reposted: its copy
                at(4, 2024, 40, source=OTHER),  # within the day: the first year's copy
                # A text dump's copy, its time only its file's: the window does not apply.
                at(5, 2026, source=DUMP, date_source="file"),
            )

    asyncio.run(go())
    expected = {1: None, 2: None, 3: 2, 4: 1, 5: 1}
    assert links(db) == expected
    r = cli("--db", db, "explain", 2)
    assert "published 366 days apart, more than 30: the same words again" in r.out
    assert cli("--db", db, "relink").code == 0
    assert links(db) == expected
