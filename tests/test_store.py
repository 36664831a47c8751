"""The store over real files and servers: migrations, ingest, dedup links, edits, search, stats
(the tests taking ``engine_store`` on a SQLite file and a PostgreSQL database alike)."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import CHANNEL, dump, ingest, make_post

from tg_archiver.archive.dedup import shingles, signature
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.models import Forward, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import PAGE_SIZE, ExportFilter, Store

STATEMENT = (
    "📄 Joint statement of the foreign ministers on the situation in the region.\n"
    "The ministers called for an immediate ceasefire and unhindered humanitarian access.\n"
    "They reaffirmed their support for a comprehensive and just settlement. #BRICS"
)
OTHER = (  # a statement on another subject
    "🤝 Talks with the Secretary-General of the Commonwealth of Independent States.\n"
    "The sides discussed preparations for the informal summit in December."
)


async def rows(store: Store) -> dict[str, ExportRow]:
    return {r.external_id: r async for r in store.iter_posts(ExportFilter())}


async def test_migrations_are_applied_once_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    first = await Store.open(path)
    assert first.applied_on_open == [
        "0001_init.sql",
        "0002_service_state.sql",
        "0003_subscriptions.sql",
        "0004_digest_deliveries.sql",
        "0005_minhash_bands.sql",
        "0006_minhash_signatures.sql",
        "0007_redact_feed_urls.sql",
        "0008_search_stems.sql",
        "0009_alerts.sql",
        "0010_core_bands.sql",
        "0011_reclean_blocks.sql",
        "0012_date_source.sql",
        "0013_media.sql",
        "0014_versions_superseded.sql",
        "0015_search_headings.sql",
        "0016_media_replaced.sql",
        "0017_clean_text_once.sql",
        "0018_search_words.sql",
        "0019_word_forms_checked.sql",
        "0020_word_forms_in_the_index_only.sql",
        "0021_word_forms_refill.sql",
        "0022_imported_files_again.sql",
        "0023_redact_more_feed_url_secrets.sql",
        "0024_redact_feed_item_secrets.sql",
        "0025_live_spool_applied.sql",
        "0026_rules_applied.sql",
        "0027_forward_cycles.sql",
        "0028_clean_length.sql",
    ]
    await first.close()
    again = await Store.open(path)
    assert again.applied_on_open == []
    assert await again.schema_version() == 28
    await again.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version, name FROM schema_migrations").fetchall() == [
            (1, "0001_init.sql"),
            (2, "0002_service_state.sql"),
            (3, "0003_subscriptions.sql"),
            (4, "0004_digest_deliveries.sql"),
            (5, "0005_minhash_bands.sql"),
            (6, "0006_minhash_signatures.sql"),
            (7, "0007_redact_feed_urls.sql"),
            (8, "0008_search_stems.sql"),
            (9, "0009_alerts.sql"),
            (10, "0010_core_bands.sql"),
            (11, "0011_reclean_blocks.sql"),
            (12, "0012_date_source.sql"),
            (13, "0013_media.sql"),
            (14, "0014_versions_superseded.sql"),
            (15, "0015_search_headings.sql"),
            (16, "0016_media_replaced.sql"),
            (17, "0017_clean_text_once.sql"),
            (18, "0018_search_words.sql"),
            (19, "0019_word_forms_checked.sql"),
            (20, "0020_word_forms_in_the_index_only.sql"),
            (21, "0021_word_forms_refill.sql"),
            (22, "0022_imported_files_again.sql"),
            (23, "0023_redact_more_feed_url_secrets.sql"),
            (24, "0024_redact_feed_item_secrets.sql"),
            (25, "0025_live_spool_applied.sql"),
            (26, "0026_rules_applied.sql"),
            (27, "0027_forward_cycles.sql"),
            (28, "0028_clean_length.sql"),
        ]


async def test_archive_is_in_wal_mode_with_foreign_keys(store: Store, tmp_path: Path) -> None:
    await ingest(store, make_post(1, STATEMENT))
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("INSERT INTO post_tags (post_id, tag_id, origin) VALUES (999, 1, 'rule')")


async def test_new_archive_has_large_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    with sqlite3.connect(old) as conn:  # an archive made before PAGE_SIZE, with 4 KiB pages
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("PRAGMA journal_mode = WAL")
        # (an archive's first table; any other would make it another program's database)
        conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at TEXT NOT NULL)"
        )
    for path in (new, old):
        async with await Store.open(path) as store:
            await ingest(store, make_post(1, STATEMENT))
            hits = await store.search(parse_query("ceasefire"))
            assert [h.row.external_id for h in hits] == ["1"]
    sizes = {}
    for path in (new, old):
        with sqlite3.connect(path) as conn:
            sizes[path.name] = conn.execute("PRAGMA page_size").fetchone()[0]
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sizes == {"new.db": PAGE_SIZE, "old.db": 4096}


async def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("these are my notes, not an archive\n" * 100)
    with pytest.raises(InputError, match="not a tg-archiver archive"):
        await Store.open(bogus)
    assert bogus.read_text().startswith("these are my notes")


async def test_archive_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await (await Store.open(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 'x')")
    with pytest.raises(InputError, match="newer tg-archiver"):
        await Store.open(path)


async def test_new_post_is_stored_clean_with_its_first_version(engine_store: Store) -> None:
    report = await ingest(engine_store, make_post(7, "VIEW IN TELEGRAM\n" + STATEMENT))
    assert report.added == 1
    row = (await rows(engine_store))["7"]
    assert "VIEW IN TELEGRAM" not in row.text
    assert row.tags == ("BRICS",)
    assert row.url == "https://t.me/example_mfa/7"
    assert [v for v, _, _ in await engine_store.post_versions(row.id)] == [1]


async def test_reingesting_the_same_post_changes_nothing(store: Store, tmp_path: Path) -> None:
    await ingest(store, make_post(1, STATEMENT))
    before = dump(tmp_path / "archive.db")
    report = await ingest(store, make_post(1, STATEMENT))
    assert (report.added, report.unchanged) == (0, 1)
    assert dump(tmp_path / "archive.db") == before


async def test_edit_adds_a_version_and_keeps_the_old_text(engine_store: Store) -> None:
    await ingest(engine_store, make_post(1, STATEMENT))
    edited = STATEMENT.replace("#BRICS", "#BRICS #SCO")
    report = await ingest(engine_store, make_post(1, edited))
    assert report.edited == 1
    row = (await rows(engine_store))["1"]
    assert set(row.tags) == {"BRICS", "SCO"}
    versions = await engine_store.post_versions(row.id)
    assert [v for v, _, _ in versions] == [1, 2]
    assert "#SCO" not in versions[0][1] and "#SCO" in versions[1][1]


async def test_exact_copy_from_another_source_is_linked_not_dropped(engine_store: Store) -> None:
    other = SourceRef(kind="telegram", key="42", title="Aggregator")
    report = await ingest(
        engine_store,
        make_post(1, STATEMENT),
        make_post(9, "Media is too big\n" + STATEMENT, source=other),
    )
    assert report.added == 2 and report.exact_duplicates == 1
    by_id = await rows(engine_store)
    assert by_id["9"].duplicate_of == by_id["1"].id
    assert by_id["1"].duplicate_of is None


async def test_one_word_changed_copy_is_a_near_duplicate(engine_store: Store) -> None:
    # Another channel's copy reworded; the channel's own text with the word replaced is its
    # next statement (archive.store.candidates.same_source).
    other = SourceRef(kind="telegram", key="42", title="Aggregator")
    changed = STATEMENT.replace("immediate", "urgent")
    report = await ingest(
        engine_store,
        make_post(1, STATEMENT),
        make_post(2, changed, day=2, source=other),
        make_post(3, STATEMENT.replace("immediate", "unconditional"), day=2),
    )
    assert report.near_duplicates == 1
    by_id = await rows(engine_store)
    assert by_id["2"].duplicate_of == by_id["1"].id
    assert by_id["3"].duplicate_of is None


async def test_near_duplicate_across_batches_is_found_through_stored_bands(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post(1, STATEMENT))
    await ingest(engine_store, make_post(2, STATEMENT.replace("just", "lasting"), day=3))
    by_id = await rows(engine_store)
    assert by_id["2"].duplicate_of == by_id["1"].id


# The band keys datasketch's MinHash gave STATEMENT, as archives before migration 0005 hold them.
DATASKETCH_BANDS = (
    -321737390622253728, 3905785534595728727, 2437944562810511034, 8842255475060571442,
    639448182563131895, -1547196217862297609, 874865543497659882, 3900025145797089157,
    3852446840855554864, -484429796662892654, -4316121453266204498, 740684382670750497,
    5021956320053284387, -6520682683195287673, 8294877231516282780, 5662154346524132668,
)  # fmt: skip


async def test_archive_with_datasketch_bands_finds_near_duplicates_after_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    async with await Store.open(path) as store:
        await ingest(store, make_post(1, STATEMENT), make_post(2, "Short note."))
    with sqlite3.connect(path) as conn:  # make it an archive as version 4 left it
        conn.execute("DELETE FROM schema_migrations WHERE version = 5")
        conn.execute("DELETE FROM post_bands")
        conn.executemany(
            "INSERT INTO post_bands (band, post_id) VALUES (?, 1)",
            [(b,) for b in DATASKETCH_BANDS],
        )
    async with await Store.open(path) as store:
        assert store.applied_on_open == ["0005_minhash_bands.sql"]
        report = await ingest(store, make_post(3, STATEMENT.replace("just", "lasting"), day=3))
        assert report.near_duplicates == 1
        by_id = await rows(store)
    assert by_id["3"].duplicate_of == by_id["1"].id
    with sqlite3.connect(path) as conn:
        bands = conn.execute("SELECT band, post_id FROM post_bands").fetchall()
    # 16 MinHash bands and a prefix key, the short post one key (archive.similarity), the
    # copy none.
    assert sorted(pid for _, pid in bands) == [1] * 17 + [2]
    assert {b for b, _ in bands}.isdisjoint(DATASKETCH_BANDS)


async def test_archive_without_signatures_gets_them_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    async with await Store.open(path) as store:
        await ingest(store, make_post(1, STATEMENT), make_post(2, "Short note."))
        await ingest(store, make_post(4, STATEMENT, day=2))  # an exact copy: no signature
    with sqlite3.connect(path) as conn:  # make it an archive as version 5 left it
        conn.execute("DELETE FROM schema_migrations WHERE version = 6")
        conn.execute("DROP TABLE post_signatures")
    async with await Store.open(path) as store:
        assert store.applied_on_open == ["0006_minhash_signatures.sql"]
        report = await ingest(store, make_post(3, STATEMENT.replace("just", "lasting"), day=3))
        assert report.near_duplicates == 1
        by_id = await rows(store)
    assert by_id["3"].duplicate_of == by_id["1"].id
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT post_id, signature FROM post_signatures").fetchall()
    expected = signature(shingles(by_id["1"].text)).astype("<u4").tobytes()
    assert stored == [(by_id["1"].id, expected)] and len(expected) == 256


async def test_candidate_without_a_signature_is_verified_from_its_text(
    store: Store, tmp_path: Path
) -> None:
    await ingest(store, make_post(1, STATEMENT))
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        conn.execute("DELETE FROM post_signatures")
    await ingest(store, make_post(2, STATEMENT.replace("just", "lasting"), day=3))
    by_id = await rows(store)
    assert by_id["2"].duplicate_of == by_id["1"].id


async def test_edit_replaces_the_stored_signature(store: Store, tmp_path: Path) -> None:
    await ingest(store, make_post(1, STATEMENT))
    await ingest(store, make_post(1, OTHER))
    by_id = await rows(store)
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        stored = conn.execute("SELECT post_id, signature FROM post_signatures").fetchall()
    assert stored == [(by_id["1"].id, signature(shingles(by_id["1"].text)).tobytes())]


@pytest.mark.parametrize("signature_kept", [True, False], ids=["by-signature", "by-old-text"])
async def test_edit_replaces_the_band_keys(
    store: Store, tmp_path: Path, signature_kept: bool
) -> None:
    await ingest(store, make_post(1, STATEMENT), make_post(2, OTHER))
    db = tmp_path / "archive.db"
    if not signature_kept:  # an archive whose post lost its signature row
        with sqlite3.connect(db) as conn:
            conn.execute("DELETE FROM post_signatures")
    await ingest(store, make_post(1, OTHER.replace("December", "January")))
    by_id = await rows(store)
    with sqlite3.connect(db) as conn:
        stored = set(conn.execute("SELECT band, post_id FROM post_bands").fetchall())
    expected = {(b, by_id["2"].id) for b in fingerprint(OTHER).bands} | {
        (b, by_id["1"].id) for b in fingerprint(by_id["1"].text).bands
    }
    assert stored == expected
    assert not {b for b, _ in stored} & set(fingerprint(STATEMENT).bands)


async def test_different_posts_are_not_linked(engine_store: Store) -> None:
    await ingest(engine_store, make_post(1, STATEMENT), make_post(2, OTHER))
    assert all(r.duplicate_of is None for r in (await rows(engine_store)).values())


async def test_copy_of_a_copy_links_to_the_original(engine_store: Store) -> None:
    a, b = SourceRef("telegram", "42"), SourceRef("telegram", "43")
    await ingest(engine_store, make_post(1, STATEMENT))
    await ingest(engine_store, make_post(2, STATEMENT.replace("immediate", "urgent"), source=a))
    await ingest(engine_store, make_post(3, STATEMENT.replace("immediate", "urgent"), source=b))
    by_id = await rows(engine_store)
    assert by_id["3"].duplicate_of == by_id["1"].id


async def test_forward_is_linked_to_its_archived_origin(engine_store: Store) -> None:
    aggregator = SourceRef(kind="telegram", key="77", title="Aggregator")
    fwd = Forward(name="Example MFA", source_key=CHANNEL.key, external_id="5")
    await ingest(engine_store, make_post(5, STATEMENT))
    report = await ingest(
        engine_store,
        make_post(100, "a different text entirely", source=aggregator, forwarded_from=fwd),
    )
    assert report.forwards_linked == 1
    by_id = await rows(engine_store)
    assert by_id["100"].duplicate_of == by_id["5"].id
    assert by_id["100"].forwarded_from == "Example MFA"


async def test_forward_stored_before_its_origin_is_linked_when_the_origin_arrives(
    engine_store: Store,
) -> None:
    aggregator = SourceRef(kind="telegram", key="77", title="Aggregator")
    fwd = Forward(name="Example MFA", source_key=CHANNEL.key, external_id="5")
    await ingest(
        engine_store, make_post(100, "short forwarded text", source=aggregator, forwarded_from=fwd)
    )
    report = await ingest(engine_store, make_post(5, "the origin, with other words"))
    assert report.forwards_linked == 1
    by_id = await rows(engine_store)
    assert by_id["100"].duplicate_of == by_id["5"].id


async def test_rolled_back_ingest_leaves_the_archive_as_it_was(
    store: Store, tmp_path: Path
) -> None:
    await ingest(store, make_post(1, STATEMENT))
    before = dump(tmp_path / "archive.db")
    with pytest.raises(RuntimeError):
        async with store.transaction():
            await store.ingest([], now=make_post(1, "").published_at)
            from conftest import OPTIONS

            from tg_archiver.archive.pipeline import prepare

            await store.ingest(
                [prepare(make_post(2, "new post " * 20, source=SourceRef("feed", "u")), OPTIONS)],
                now=make_post(1, "").published_at,
            )
            raise RuntimeError("boom")
    assert dump(tmp_path / "archive.db") == before
    # the source cache was reset: a new source made in the rolled-back transaction is made again
    await ingest(store, make_post(3, "another post " * 20, source=SourceRef("feed", "u")))


async def test_search_newest_first_with_snippet_and_filters(engine_store: Store) -> None:
    feed = SourceRef(kind="feed", key="https://news.example.org/rss", title="Example News")
    await ingest(
        engine_store,
        make_post(1, "Ministers met to discuss the ceasefire. #BRICS", day=1),
        make_post(2, "A second meeting on the ceasefire. #SCO", day=5),
        make_post("g1", "Ceasefire talks continue in the capital.", source=feed, day=3),
    )
    hits = await engine_store.search(parse_query("ceasefire"))
    assert [h.row.external_id for h in hits] == ["2", "g1", "1"]
    assert "\x02ceasefire\x03" in hits[0].snippet
    assert [
        h.row.external_id for h in await engine_store.search(parse_query("ceasefire tag:sco"))
    ] == ["2"]
    # A tag no post carries finds nothing, with words or without; two tags need both.
    assert await engine_store.search(parse_query("ceasefire tag:nosuchtag")) == []
    assert await engine_store.search(parse_query("tag:nosuchtag")) == []
    assert await engine_store.search(parse_query("ceasefire tag:sco tag:brics")) == []
    assert [h.row.external_id for h in await engine_store.search(parse_query("tag:brics"))] == ["1"]
    assert [
        h.row.external_id
        for h in await engine_store.search(parse_query("ceasefire source:@example_mfa"))
    ] == ["2", "1"]
    assert [
        h.row.external_id
        for h in await engine_store.search(
            parse_query("ceasefire", since="2024-03-02", until="2024-03-04")
        )
    ] == ["g1"]


async def test_search_hides_copies_unless_asked(engine_store: Store) -> None:
    other = SourceRef(kind="telegram", key="42", title="Aggregator")
    await ingest(
        engine_store, make_post(1, STATEMENT), make_post(2, STATEMENT, source=other, day=2)
    )
    assert len(await engine_store.search(parse_query("ceasefire"))) == 1
    assert len(await engine_store.search(parse_query("ceasefire"), include_duplicates=True)) == 2


async def test_stats_and_top_tags(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "First post about the summit #SCO #BRICS"),
        make_post(2, "Second post about the summit #sco"),
        make_post(3, "Second post about the summit #sco", source=SourceRef("telegram", "9")),
    )
    stats = await engine_store.stats()
    assert (stats.posts, stats.duplicates, stats.tags) == (3, 1, 2)
    assert stats.sources == {"telegram": 2}
    assert await engine_store.top_tags() == [("SCO", 2), ("BRICS", 1)]


async def test_newest_first_search_pages_agree_with_a_full_sort(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ingested out of date order, so the newest posts' ids are scattered; windows of 2 and 4
    # posts leave the rare word outside them, so that search sorts every match.
    monkeypatch.setattr("tg_archiver.archive.store.search._NEWEST_WINDOWS", (2, 4))
    monkeypatch.setattr("tg_archiver.archive.store.search._RUN_GAP", 0)
    days = [3, 9, 1, 7, 5, 8, 2, 6, 4]
    posts = [
        make_post(day, f"Harbour forum news of day {day} {'rare' if day == 2 else ''}", day=day)
        for day in days
    ]
    await ingest(store, *posts)

    async def days_found(text: str, limit: int, offset: int = 0) -> list[int]:
        hits = await store.search(parse_query(text), limit=limit, offset=offset)
        return [h.row.published_at.day for h in hits]

    assert await days_found("harbour", 1) == [9]  # found among the newest 2
    assert await days_found("harbour", 1, offset=1) == [8]  # among the newest 8
    assert await days_found("harbour", 3, offset=3) == [6, 5, 4]
    assert await days_found("harbour", 20) == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert await days_found("rare", 1) == [2]  # not among the newest 4: every match sorted
    by_rank = await store.search(parse_query("rare OR forum"), limit=1, by_rank=True)
    assert [h.row.published_at.day for h in by_rank] == [2]


async def test_a_rare_word_widens_the_window_by_as_much_as_its_matches_say(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One post in ten holds the word: the newest 20 posts hold 2 of a page of 5, so the next
    # window is sized for 5 (75 posts), not the largest (400); the page is the full sort's.
    from tg_archiver.archive.store import search
    from tg_archiver.archive.store.connection import Connection

    monkeypatch.setattr(search, "_NEWEST_WINDOWS", (20, 400))
    monkeypatch.setattr(search, "_WINDOW_POSTS_PER_MATCH", 2)  # 40 matches: not few
    start = datetime(2024, 3, 1, tzinfo=UTC)
    posts = [
        replace(
            make_post(n, f"Harbour news item {n} {'rare' if n % 10 == 0 else ''}"),
            published_at=start + timedelta(hours=n),
        )
        for n in range(1, 401)
    ]
    await ingest(store, *posts)
    scans: list[int] = []
    read_all = Connection.read_all

    async def counted(self: Connection, sql: str, params: Any = ()) -> Any:
        if sql == search._NEWEST_WINDOW:
            scans.append(params[-1])
        return await read_all(self, sql, params)

    monkeypatch.setattr(Connection, "read_all", counted)
    hits = await store.search(parse_query("rare"), limit=5)
    assert scans == [20, 76]
    assert [h.row.external_id for h in hits] == ["400", "390", "380", "370", "360"]


@pytest.mark.parametrize("runs", [1, 2, 32])
async def test_newest_first_pages_are_a_full_sort_whatever_the_id_order(
    store: Store, monkeypatch: pytest.MonkeyPatch, runs: int
) -> None:
    # Stored newest first (a backfill), then an old batch, then shuffled posts, with ties on
    # the date (then the larger id comes first): every page of every query, with the id
    # ranges merged into 1, 2 or 32 runs, is the page of the full sort by (date, id).
    monkeypatch.setattr("tg_archiver.archive.store.search._NEWEST_WINDOWS", (3, 6))
    monkeypatch.setattr("tg_archiver.archive.store.search._MAX_RUNS", runs)
    monkeypatch.setattr("tg_archiver.archive.store.search._RUN_GAP", 0)
    rng = random.Random(7)
    order = [*range(40, 20, -1), *range(1, 11), *rng.sample(range(11, 21), 10)]
    posts = [
        make_post(
            n,
            f"Harbour forum item {n} {'rare' if n % 7 == 0 else ''} {'even' if n % 2 else ''}"
            + (" #SCO" if n % 3 == 0 else ""),
            day=1 + n // 2,  # two posts a day
        )
        for n in order
    ]
    await ingest(store, *posts)
    everything = await store.search(parse_query("harbour"), limit=100)
    key = {h.row.id: (h.row.published_at, h.row.id) for h in everything}
    assert len(key) == 40
    for text in (
        "harbour",
        "rare",
        "even",
        "harbour tag:SCO",
        "forum until:2024-03-12",
        "rare since:2024-03-05 until:2024-03-15",
    ):
        q = parse_query(text)
        hits = await store.search(q, limit=100)
        expected = sorted((h.row.id for h in hits), key=key.__getitem__, reverse=True)
        assert [h.row.id for h in hits] == expected and expected
        ranked = await store.search(q, limit=100, by_rank=True)  # the other path finds the same
        assert {h.row.id for h in ranked} == set(expected)
        for limit, offset in ((1, 0), (3, 2), (5, 5), (4, 17), (20, 30)):
            page = await store.search(q, limit=limit, offset=offset)
            assert [h.row.id for h in page] == expected[offset : offset + limit]


async def test_prefix_terms_spelled_out_find_and_highlight_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "Secure harbour forum on security",
        "Sécurité du forum: the harbour fortress",
        "Securities and the harbour fort",
        "A secular harbour forecast",
        "Nothing here but the harbour",
        'The "secured" harbour forum',
    ]
    await ingest(store, *(make_post(n, t, day=n + 1) for n, t in enumerate(texts)))
    queries = ("secur*", '"harbour for"*', "harbour -secu*", "nothing OR secure*", "zzz*", "Séc*")

    async def found() -> list[list[tuple[int, str]]]:
        # Best first, BM25 weighs each spelled-out word by its own rarity (a prefix as typed
        # is one phrase to it), so the order may differ there; the posts and highlights not.
        return [
            (sorted if by_rank else list)(
                (h.row.id, h.snippet)
                for h in await store.search(parse_query(q), limit=50, by_rank=by_rank)
            )
            for q in queries
            for by_rank in (False, True)
        ]

    spelled = await found()
    assert await store._spelled_out('"secur"*') == (
        '("secure" OR "secured" OR "securite" OR "securities" OR "security")'
    )
    # every prefix stays a prefix
    monkeypatch.setattr("tg_archiver.archive.store.search._MAX_SPELLED", 0)
    assert await found() == spelled
    assert [len(hits) for hits in spelled[::2]] == [4, 5, 1, 3, 0, 5]


async def test_relevance_pages_are_the_full_ranking_whatever_the_filter(store: Store) -> None:
    # 150 posts, many of equal score (the same words), a narrow tag the best 64 matches
    # leave short, and date filters: every page is the page of the ranking of every match
    # that passes the filters, by (BM25 with the title twice, times the length prior; then
    # newest first; the prior squared).
    words = ("harbour", "harbour harbour forum", "forum on the harbour and the port")
    posts = [
        make_post(
            n,
            f"{words[n % 3]} item {'#Rare' if n % 50 == 7 else '#SCO' if n % 4 == 0 else ''}"
            + " filler" * (n % 5),
            day=1 + n % 28,
        )
        for n in range(1, 151)
    ]
    await ingest(store, *posts)
    sql = (
        "SELECT posts.id FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
        " WHERE posts_fts MATCH ? AND posts.duplicate_of IS NULL {}"
        " ORDER BY bm25(posts_fts, 2.0, 1.0, 1.0)"
        " * (1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0))"
        " * (1.0 + 2.0 * length(posts.clean_text) / (length(posts.clean_text) + 300.0)),"
        " posts.published_at DESC, posts.id DESC"
    )
    rare = "AND posts.id IN (SELECT post_id FROM post_tags JOIN tags ON tags.id = tag_id"
    cases = {
        "harbour": "",
        "harbour tag:SCO": f"{rare} WHERE key = 'sco')",
        "harbour tag:Rare": f"{rare} WHERE key = 'rare')",
        "harbour since:2024-03-10 until:2024-03-15": (
            "AND published_at >= '2024-03-10' AND published_at < '2024-03-16'"  # all of the 15th
        ),
    }
    with sqlite3.connect(store.path) as db:
        for text, where in cases.items():
            expected = [
                i for (i,) in db.execute(sql.format(where), (parse_query("harbour").match,))
            ]
            assert expected, text
            for limit, offset in ((100, 0), (1, 0), (7, 3), (20, 40), (10, len(expected) - 5)):
                page = await store.search(
                    parse_query(text), limit=limit, offset=offset, by_rank=True
                )
                assert [h.row.id for h in page] == expected[offset : offset + limit], (
                    text,
                    limit,
                    offset,
                )


async def test_newest_first_scores_are_those_best_first_gives(engine_store: Store) -> None:
    # `search --json` newest first carries each hit's score: the same as ranking gives it,
    # for posts whose ids and dates are in no common order (SQLite scores them in one pass
    # over their ids' span, store/search.py's _RANKED_AMONG).
    texts = [
        "Harbour forum on security",
        "The harbour and the harbour fort",
        "Security of the harbour, a long statement " + "on maritime cooperation " * 12,
        "Nothing here",
        "Forum of the secured harbour",
        "Harbour",
    ]
    await ingest(
        engine_store, *(make_post(n, t, day=1 + (n * 5) % 13) for n, t in enumerate(texts))
    )
    for text in ("harbour", "secur*", "harbour forum", '"harbour forum"', "harbour -fort"):
        query = parse_query(text)
        ranked = await engine_store.search(query, limit=50, by_rank=True)
        scored = await engine_store.search(query, limit=50, with_scores=True)
        assert scored and {h.row.id for h in scored} == {h.row.id for h in ranked}, text
        assert {h.row.id: h.score for h in scored} == pytest.approx(
            {h.row.id: h.score for h in ranked}
        ), text
