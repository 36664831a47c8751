"""Ingest on both engines (the ``engine_store`` fixture: a SQLite file, a real PostgreSQL
database): new posts, exact and near copies, forwards both ways, edits kept as versions,
tags, the earliest copy made the root, a rollback leaving nothing; the labelled dedup set
giving the same links on either; ``tg-archiver import`` through the real CLI on either."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from conftest import CHANNEL, OPTIONS, CliResult, ingest, make_post
from dedup_eval_set import build
from test_dedup_eval import NOW as EVAL_NOW
from test_dedup_eval import score_rows

from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.errors import InputError, StorageError
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.models import Forward, Media, Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost, prepare
from tg_archiver.archive.store import Store

ROOT = Path(__file__).resolve().parent.parent
STATEMENT = (
    "📄 Joint statement of the foreign ministers on the situation in the region.\n"
    "The ministers called for an immediate ceasefire and unhindered humanitarian access.\n"
    "They reaffirmed their support for a comprehensive and just settlement. #BRICS"
)
OTHER = (
    "🤝 Talks with the Secretary-General of the Commonwealth of Independent States.\n"
    "The sides discussed preparations for the informal summit in December."
)
AGGREGATOR = SourceRef(kind="telegram", key="77", title="Aggregator")


@dataclass(frozen=True)
class Row:
    id: int
    text: str
    duplicate_of: str | None  # the external id of the post it copies
    kind: str | None
    tags: tuple[str, ...]


async def rows(store: Store) -> dict[str, Row]:
    """Every post by external id, read the same way on either engine."""
    found = await store._engine.read_all(
        "SELECT p.id, p.external_id, p.clean_text, d.external_id, p.duplicate_kind"
        " FROM posts p LEFT JOIN posts d ON d.id = p.duplicate_of ORDER BY p.id"
    )
    tags: dict[int, list[str]] = {}
    for pid, name in await store._engine.read_all(
        "SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
    ):
        tags.setdefault(int(pid), []).append(name)
    return {
        ext: Row(int(pid), text, dup, kind, tuple(sorted(tags.get(int(pid), []))))
        for pid, ext, text, dup, kind in found
    }


async def table(store: Store, sql: str) -> set[tuple[object, ...]]:
    return {tuple(r) for r in await store._engine.read_all(sql)}


async def test_new_posts_tags_and_exact_copies(engine_store: Store) -> None:
    report = await ingest(
        engine_store,
        make_post(1, "VIEW IN TELEGRAM\n" + STATEMENT),
        make_post(9, "Media is too big\n" + STATEMENT, source=AGGREGATOR),
        make_post(2, OTHER),
    )
    assert (report.added, report.exact_duplicates, report.near_duplicates) == (3, 1, 0)
    by_id = await rows(engine_store)
    assert "VIEW IN TELEGRAM" not in by_id["1"].text and by_id["1"].tags == ("BRICS",)
    assert (by_id["9"].duplicate_of, by_id["9"].kind) == ("1", "exact")
    assert by_id["1"].duplicate_of is None and by_id["2"].duplicate_of is None
    # Only originals are indexed: their bands and signatures, none of the copy's.
    bands = await table(engine_store, "SELECT band, post_id FROM post_bands")
    assert bands == {
        (b, by_id[ext].id) for ext in ("1", "2") for b in fingerprint(by_id[ext].text).bands
    }
    signed = await table(engine_store, "SELECT post_id FROM post_signatures")
    assert signed == {(by_id["1"].id,), (by_id["2"].id,)}


async def test_photos_without_words_are_copies_only_of_the_same_file(engine_store: Store) -> None:
    # Two photos without a caption, or with hashtags alone, were "exact duplicates" whatever
    # they showed: the second was hidden from search, exports and digests.
    def photo(ext: str, text: str, size: int, day: int) -> Post:
        media = (Media(kind="photo", size=size, width=1280, height=853),)
        return make_post(ext, text, day=day, media=media)

    report = await ingest(
        engine_store,
        photo("1", "", 101_234, 1),
        photo("2", "", 98_765, 1),
        photo("3", "#SCO", 77_001, 2),
        photo("4", "#SCO", 77_002, 2),
        photo("5", "", 101_234, 3),  # the first photo again: a copy
    )
    assert report.exact_duplicates == 1
    by_id = await rows(engine_store)
    assert [by_id[e].duplicate_of for e in "1234"] == [None, None, None, None]
    assert by_id["5"].duplicate_of == "1"


async def test_a_nul_in_any_field_is_refused_before_anything_is_written(
    engine_store: Store,
) -> None:
    # SQLite stored it; PostgreSQL refused it mid-import with a traceback, the file lost.
    bad = [
        make_post(1, "text", author="a\x00b"),
        make_post(2, "text", url="https://x.example/\x00"),
        make_post(3, "text", forwarded_from=Forward(name="Chan\x00nel")),
        make_post(4, "text", media=(Media(kind="photo", file_name="p\x00.jpg"),)),
    ]
    for post in bad:
        with pytest.raises(InputError, match="contains a NUL character"):
            await ingest(engine_store, post)
    assert await rows(engine_store) == {}


async def test_a_hashtag_entity_is_letters_digits_and_underscores(engine_store: Store) -> None:
    post = make_post(1, "Talks", hashtags=("SCO", "a b", "<b>x</b>", "one;two", "x" * 300))
    await ingest(engine_store, post)
    assert (await rows(engine_store))["1"].tags == ("SCO",)


async def test_again_the_same_posts_change_nothing(engine_store: Store) -> None:
    await ingest(engine_store, make_post(1, STATEMENT), make_post(2, OTHER))
    before = await rows(engine_store)
    report = await ingest(engine_store, make_post(1, STATEMENT), make_post(2, OTHER))
    assert (report.added, report.unchanged, report.edited) == (0, 2, 0)
    assert await rows(engine_store) == before


async def test_near_copies_within_a_chunk_across_chunks_and_of_a_copy(engine_store: Store) -> None:
    # Reposts by other channels (the channel's own text with a word replaced is its next
    # statement: archive.store.candidates.same_source).
    a, b, c = SourceRef("telegram", "42"), SourceRef("telegram", "43"), SourceRef("telegram", "44")
    changed = STATEMENT.replace("immediate", "urgent")
    report = await ingest(
        engine_store, make_post(1, STATEMENT), make_post(2, changed, source=c, day=2)
    )
    assert report.near_duplicates == 1
    await ingest(engine_store, make_post(3, STATEMENT.replace("just", "lasting"), source=c, day=3))
    await ingest(engine_store, make_post(4, changed, source=a, day=3))
    await ingest(engine_store, make_post(5, changed, source=b, day=4))
    by_id = await rows(engine_store)
    assert {ext: by_id[ext].duplicate_of for ext in by_id} == {
        "1": None,
        "2": "1",
        "3": "1",
        "4": "1",
        "5": "1",
    }
    assert by_id["2"].kind == "near" and by_id["4"].kind in ("exact", "near")


async def test_an_edit_is_a_version_and_moves_tags_bands_and_signature(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post(1, STATEMENT), make_post(2, OTHER))
    edited = STATEMENT.replace("#BRICS", "#BRICS #SCO")
    report = await ingest(engine_store, make_post(1, edited))
    assert report.edited == 1
    by_id = await rows(engine_store)
    assert by_id["1"].tags == ("BRICS", "SCO")
    versions = await engine_store.post_versions(by_id["1"].id)
    assert [v for v, _, _ in versions] == [1, 2]
    assert "#SCO" not in versions[0][1] and "#SCO" in versions[1][1]
    # The same edit again is a replay, and so is the first wording without an edit time.
    again = await ingest(engine_store, make_post(1, edited), make_post(1, STATEMENT))
    assert (again.edited, again.unchanged, again.repeated_versions) == (0, 2, 0)
    assert len(await engine_store.post_versions(by_id["1"].id)) == 2
    await ingest(engine_store, make_post(1, OTHER.replace("December", "January")))
    bands = await table(engine_store, "SELECT band, post_id FROM post_bands")
    now_text = (await rows(engine_store))["1"].text
    assert bands == {(b, by_id["2"].id) for b in fingerprint(OTHER).bands} | {
        (b, by_id["1"].id) for b in fingerprint(now_text).bands
    }


async def test_an_id_twice_in_one_input_is_stored_as_its_edit(engine_store: Store) -> None:
    report = await ingest(engine_store, make_post(1, STATEMENT), make_post(1, OTHER))
    assert (report.added, report.repeated_versions, report.edited) == (1, 1, 0)
    by_id = await rows(engine_store)
    versions = await engine_store.post_versions(by_id["1"].id)
    assert [v for v, _, _ in versions] == [1, 2]
    assert "ceasefire" in versions[0][1] and versions[1][1] == by_id["1"].text
    assert "Commonwealth" in by_id["1"].text


async def test_forwards_are_linked_whichever_arrives_first(engine_store: Store) -> None:
    fwd = Forward(name="Example MFA", source_key=CHANNEL.key, external_id="5")
    early = Forward(name="Example MFA", source_key=CHANNEL.key, external_id="6")
    await ingest(engine_store, make_post(5, STATEMENT))
    report = await ingest(
        engine_store,
        make_post(100, "a different text entirely", source=AGGREGATOR, forwarded_from=fwd),
        make_post(101, "short forwarded text", source=AGGREGATOR, forwarded_from=early),
    )
    assert report.forwards_linked == 1
    report = await ingest(engine_store, make_post(6, "the origin, with other words"))
    assert report.forwards_linked == 1
    by_id = await rows(engine_store)
    assert (by_id["100"].duplicate_of, by_id["100"].kind) == ("5", "forward")
    assert (by_id["101"].duplicate_of, by_id["101"].kind) == ("6", "forward")


async def test_an_older_copy_imported_later_becomes_the_root(engine_store: Store) -> None:
    await ingest(engine_store, make_post(1, STATEMENT, day=5))
    await ingest(engine_store, make_post(2, STATEMENT, source=AGGREGATOR, day=2))
    by_id = await rows(engine_store)
    assert by_id["2"].duplicate_of is None
    assert (by_id["1"].duplicate_of, by_id["1"].kind) == ("2", "exact")
    bands = await table(engine_store, "SELECT DISTINCT post_id FROM post_bands")
    signed = await table(engine_store, "SELECT post_id FROM post_signatures")
    assert bands == signed == {(by_id["2"].id,)}


async def test_a_rolled_back_ingest_leaves_nothing_and_the_next_goes_on(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post(1, STATEMENT))
    before = await rows(engine_store)
    feed = SourceRef("feed", "https://news.example/rss")
    with pytest.raises(RuntimeError):
        async with engine_store.transaction():
            await engine_store.ingest(
                [prepare(make_post(2, "new post " * 20, source=feed), OPTIONS)], now=NOW
            )
            raise RuntimeError("boom")
    assert await rows(engine_store) == before
    assert await table(engine_store, "SELECT key FROM sources WHERE kind = 'feed'") == set()
    # The source made in the rolled-back transaction is made again, not taken from a cache.
    await ingest(engine_store, make_post(3, "another post " * 20, source=feed))
    assert set(await rows(engine_store)) == {"1", "3"}


NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


async def dedup_eval(where: Path | PostgresUrl) -> tuple[float, float, list[str]]:
    labelled = build()
    async with await Store.open(where) as store:
        async with store.transaction():
            await store.ingest((prepare(x.post, PipelineOptions()) for x in labelled), now=EVAL_NOW)
        found = await store._engine.read_all(
            "SELECT p.id, s.key, p.external_id, p.duplicate_of, p.similarity"
            " FROM posts p JOIN sources s ON s.id = p.source_id ORDER BY p.id"
        )
    return score_rows([tuple(r) for r in found], labelled)


async def test_the_labelled_dedup_set_links_the_same_on_both_engines(
    tmp_path: Path, pg_url: str
) -> None:
    on_sqlite = await dedup_eval(tmp_path / "eval.db")
    on_postgresql = await dedup_eval(PostgresUrl(pg_url))
    for engine, (precision, recall, _) in (("sqlite", on_sqlite), ("postgresql", on_postgresql)):
        print(f"\nnear-duplicate set on {engine}: precision {precision:.3f}, recall {recall:.3f}")
    assert on_postgresql == on_sqlite  # the same figures and the same wrong decisions
    assert on_sqlite[0] >= 0.98 and on_sqlite[1] >= 0.97


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_import_through_the_cli_on_either_engine(
    engine: str, tmp_path: Path, cli: Callable[..., CliResult], request: pytest.FixtureRequest
) -> None:
    db = str(tmp_path / "archive.db")
    if engine == "postgresql":
        db = request.getfixturevalue("pg_url")
    export = ROOT / "examples" / "channel-export" / "result.json"
    r = cli("--db", db, "import", export, ROOT / "examples" / "feed.xml")
    assert r.code == 0, r.err
    assert "imported 2 file(s): 10 new posts, 0 edited, 0 unchanged" in r.out
    assert "linked 1 exact and 1 near duplicates" in r.out
    r = cli("--db", db, "import", export)
    assert r.code == 0 and "0 new posts, 0 edited, 7 unchanged" in r.out, r.err
    r = cli("--db", db, "stats")
    assert r.code == 0 and "posts       10 (2 copies linked to an original)" in r.out, r.err
    r = cli("--db", db, "tags")
    assert r.code == 0 and "#BRICS" in r.out and "#ШОС" in r.out, r.err
    r = cli("--db", db, "import", tmp_path / "missing.json")
    assert r.code == 1 and r.err.count("\n") == 1 and "Traceback" not in r.err


async def test_a_server_refusing_a_chunk_leaves_the_archive_as_it_was(pg_url: str) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        await ingest(store, make_post(1, STATEMENT))
        before = await rows(store)
        conn = await asyncpg.connect(pg_url)
        try:  # a constraint the write path does not expect: the step fails whole
            await conn.execute(
                "ALTER TABLE posts ADD CONSTRAINT short CHECK (length(raw_text) < 100) NOT VALID"
            )
        finally:
            await conn.close()
        with pytest.raises(asyncpg.CheckViolationError):
            await ingest(store, make_post(2, OTHER), make_post(3, STATEMENT + " again"))
        assert await rows(store) == before


async def test_the_live_path_stores_a_post_in_a_transaction_of_its_own(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post(1, STATEMENT))
    live = [prepare(make_post(2, STATEMENT, source=AGGREGATOR, day=2), OPTIONS)]
    report = await engine_store.ingest_transaction(live, now=NOW)
    assert (report.added, report.exact_duplicates) == (1, 1)
    again = await engine_store.ingest_transaction(live, now=NOW)
    assert (again.added, again.unchanged) == (0, 1)
    assert (await rows(engine_store))["2"].duplicate_of == "1"


async def test_a_post_another_service_stores_meanwhile_fails_the_step_in_one_line(
    pg_url: str,
) -> None:
    async with await Store.open(PostgresUrl(pg_url)) as store:
        await ingest(store, make_post(1, STATEMENT))
        other = await asyncpg.connect(pg_url)
        try:
            tr = other.transaction()
            await tr.start()  # the other service's chunk, not committed yet
            await other.execute(
                "INSERT INTO posts (id, source_id, external_id, published_at, raw_text,"
                " clean_text, content_hash, ingested_at) SELECT 1000, id, '2',"
                " '2024-03-02T09:00:00Z', 'x', 'x', 'x', 't' FROM sources"
            )
            ours = asyncio.create_task(ingest(store, make_post(2, OTHER), make_post(3, OTHER)))
            # Until ours waits on the other's uncommitted key. Only this test's database counts
            # (the server is the session's: a wait elsewhere is not ours), and an ingest that
            # ended without waiting fails here rather than spinning for ever.
            while not await other.fetchval(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ):
                assert not ours.done(), "our ingest ended without waiting for the other's key"
                await asyncio.sleep(0.05)
            await tr.commit()
            with pytest.raises(StorageError, match="another service stored some of these posts"):
                await ours
        finally:
            await other.close()
        assert set(await rows(store)) == {"1", "2"}  # nothing of the failed step
        report = await ingest(store, make_post(2, OTHER), make_post(3, OTHER))
        assert (report.added, report.edited) == (1, 1)  # "2" was the other service's "x"


WHOLE = (
    "On March 3, Minister Marko Djuric took part in the 80th session of the UN General"
    " Assembly.\n\nIn his remarks, the Minister stressed that dialogue and respect for"
    " international law remain the only way to resolve disagreements. He recalled the"
    " principles of the Charter, the sovereignty and territorial integrity of states, and"
    " called on the members to support the initiatives on sustainable development, food"
    " security and the fight against climate change.\n\nOn the sidelines of the session the"
    " Minister held bilateral meetings with his counterparts from Brazil, India, Egypt and"
    " Indonesia, and discussed economic cooperation, investment and cultural exchanges."
)
# Its first 48 words, cut off mid-word as channels' previews are: a copy of WHOLE.
PREVIEW = " ".join(WHOLE.split(" ")[:48]) + "…\n👉 Read more"


@pytest.mark.parametrize("together", [True, False], ids=["one chunk", "two chunks"])
async def test_a_preview_before_its_post_is_linked_however_the_posts_fall_into_chunks(
    engine_store: Store, together: bool
) -> None:
    preview = make_post(1, PREVIEW, source=AGGREGATOR)
    whole = make_post(2, WHOLE, day=2)
    if together:
        await ingest(engine_store, preview, whole)
    else:
        await ingest(engine_store, preview)
        await ingest(engine_store, whole)

    by_id = await rows(engine_store)
    assert (by_id["2"].duplicate_of, by_id["2"].kind) == ("1", "near")


async def test_ingest_runs_the_cyclic_collector_less_often_and_restores_it(
    engine_store: Store,
) -> None:
    # Storing posts makes many short-lived containers and few cycles: the collector's first
    # threshold is raised while posts are stored (store/writer.py's fewer_collections), and
    # put back once the last of two overlapping ingests ends.
    import gc

    from tg_archiver.archive.store.writer import _INGEST_GC_THRESHOLD, fewer_collections

    before = gc.get_threshold()
    seen: list[int] = []

    def posts(start: int) -> Iterator[PreparedPost]:
        for n in range(start, start + 3):
            seen.append(gc.get_threshold()[0])
            yield prepare(make_post(n, f"harbour statement number {n} " * 5), OPTIONS)

    async def one(start: int) -> None:
        async with engine_store.transaction():
            await engine_store.ingest(posts(start), now=NOW)

    await one(1)
    assert seen and set(seen) == {max(before[0], _INGEST_GC_THRESHOLD)}
    assert gc.get_threshold() == before
    # Two ingests overlapping (a service storing two channels' posts): the first to end
    # leaves it raised for the other, the last puts it back
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == max(before[0], _INGEST_GC_THRESHOLD)
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
