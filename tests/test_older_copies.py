"""A copy of a post older than the one stored (an old export imported after a newer one, a
stale feed mirror) never becomes the post's present and is never dated "now": it is kept as
an earlier version, in the order of its own date, when its text is new to the archive, and
else changes nothing. Store-level tests run on both engines; the CLI's on both as well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, ingest, make_post
from media_harness import ENGINES, archive_target, query, rows_at
from tdesktop_fixtures import make_channel_export, message, write_export

from tg_archiver.archive.store import Store

PUBLISHED = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return PUBLISHED + timedelta(hours=hours)


async def history(store: Store) -> list[tuple[Any, ...]]:
    """Every version of post 1 (the current one last), as post_history lists them."""
    return await query(
        store, "SELECT version, raw_text, edited_at FROM post_history ORDER BY post_id, version"
    )


async def current(store: Store) -> tuple[Any, ...]:
    (row,) = await query(store, "SELECT raw_text, edited_at FROM posts")
    return tuple(row)


@pytest.fixture
def store(engine_store: Store) -> Store:
    return engine_store


async def test_an_older_copy_after_the_newer_one_is_kept_as_the_first_version(
    store: Store,
) -> None:
    await ingest(store, make_post(1, "Final corrected wording", edited_at=at(48)))

    report = await ingest(store, make_post(1, "Draft wording with a typo"), now=NOW)

    assert (report.older_kept, report.edited, report.unchanged) == (1, 0, 0)
    assert "1 older copy kept as an earlier version" in report.summary()
    assert await current(store) == ("Final corrected wording", "2024-03-03T09:00:00Z")
    assert await history(store) == [
        (1, "Draft wording with a typo", None),
        (2, "Final corrected wording", "2024-03-03T09:00:00Z"),
    ]
    # The same old copy again changes nothing.
    again = await ingest(store, make_post(1, "Draft wording with a typo"), now=NOW)
    assert (again.older_kept, again.unchanged) == (0, 1)
    assert len(await history(store)) == 2


async def test_both_orders_and_one_input_give_the_same_history(store: Store) -> None:
    old, new = make_post(1, "Draft"), make_post(1, "Final", edited_at=at(48))
    # One input holding the newer copy first, then the older one.
    report = await ingest(store, new, old)
    assert (report.added, report.older_kept, report.repeated_versions) == (1, 1, 0)
    assert await history(store) == [
        (1, "Draft", None),
        (2, "Final", "2024-03-03T09:00:00Z"),
    ]


async def test_an_older_copy_takes_its_place_among_the_versions_by_its_date(
    store: Store,
) -> None:
    await ingest(store, make_post(1, "A"))
    await ingest(store, make_post(1, "B", edited_at=at(24)))
    await ingest(store, make_post(1, "D", edited_at=at(72)))

    report = await ingest(store, make_post(1, "C", edited_at=at(48)))
    report2 = await ingest(store, make_post(1, "A2", edited_at=at(3)))

    assert report.older_kept == report2.older_kept == 1
    assert await history(store) == [
        (1, "A", None),
        (2, "A2", "2024-03-01T12:00:00Z"),
        (3, "B", "2024-03-02T09:00:00Z"),
        (4, "C", "2024-03-03T09:00:00Z"),
        (5, "D", "2024-03-04T09:00:00Z"),
    ]
    assert await current(store) == ("D", "2024-03-04T09:00:00Z")


async def test_an_older_copy_with_a_text_already_kept_changes_nothing(store: Store) -> None:
    await ingest(store, make_post(1, "A"))
    await ingest(store, make_post(1, "B", edited_at=at(24)))
    before = await history(store)

    # "A" again, claiming another edit time that is still older than the stored one.
    report = await ingest(store, make_post(1, "A", edited_at=at(2)))

    assert (report.older_kept, report.unchanged, report.edited) == (0, 1, 0)
    assert await history(store) == before


async def test_a_newer_copy_is_still_an_edit(store: Store) -> None:
    await ingest(store, make_post(1, "A", edited_at=at(24)))

    report = await ingest(store, make_post(1, "B", edited_at=at(48)))

    assert (report.edited, report.older_kept) == (1, 0)
    assert await current(store) == ("B", "2024-03-03T09:00:00Z")


async def test_edits_without_times_are_not_taken_for_older_copies(store: Store) -> None:
    # A feed without <updated>: each change is dated when it was recorded, which says
    # nothing of when the text was written, so the next change is an edit as before.
    await ingest(store, make_post(1, "A"), now=NOW)
    await ingest(store, make_post(1, "B"), now=NOW + timedelta(hours=1))

    report = await ingest(store, make_post(1, "C"), now=NOW + timedelta(hours=2))

    assert (report.edited, report.older_kept) == (1, 0)
    assert await current(store) == ("C", "2024-06-01T14:00:00Z")


# -- the CLI: exports and feed files ------------------------------------------------------


@pytest.fixture(params=ENGINES)
def target(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path | str:
    return archive_target(request, tmp_path, monkeypatch)


def exports(tmp_path: Path) -> tuple[Path, Path]:
    """An export taken before post 1's edit, and one taken after it."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    write_export(
        old / "result.json", make_channel_export([message(1, "Draft wording", date=PUBLISHED)])
    )
    write_export(
        new / "result.json",
        make_channel_export([message(1, "Final wording", date=PUBLISHED, edited=at(48))]),
    )
    return old, new


HISTORY = "SELECT version, raw_text, edited_at FROM post_history ORDER BY version"
EXPECTED = [(1, "Draft wording", None), (2, "Final wording", "2024-03-03T09:00:00Z")]


def test_an_older_export_imported_after_a_newer_one_reverts_nothing(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    old, new = exports(tmp_path)
    assert cli("--db", target, "import", new).code == 0

    result = cli("--db", target, "import", old)

    assert result.code == 0, result.err
    assert "0 edited" in result.out
    assert "1 older copy kept as an earlier version" in result.out
    assert rows_at(target, HISTORY) == EXPECTED
    assert rows_at(target, "SELECT raw_text, edited_at FROM posts") == [
        ("Final wording", "2024-03-03T09:00:00Z")
    ]


def test_both_exports_in_one_import_newer_first_keep_the_newer_wording(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    old, new = exports(tmp_path)

    result = cli("--db", target, "import", new, old)

    assert result.code == 0, result.err
    assert "1 older copy kept as an earlier version" in result.out
    assert rows_at(target, HISTORY) == EXPECTED


def atom(entry: str) -> str:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f"<id>urn:t</id><updated>2024-05-03T09:00:00Z</updated>{entry}</feed>"
    )


def test_a_stale_copy_of_a_feed_entry_is_kept_as_an_earlier_version(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    feed, db = tmp_path / "feed.xml", tmp_path / "a.db"
    feed.write_text(
        atom(
            "<entry><id>urn:e1</id><title>Statement</title>"
            "<published>2024-05-01T09:00:00Z</published><updated>2024-05-03T09:00:00Z</updated>"
            "<content>Corrected text of the statement.</content></entry>"
        )
    )
    assert cli("--db", db, "import", feed).code == 0
    # The same feed later served by a stale mirror: the entry as first published.
    feed.write_text(
        atom(
            "<entry><id>urn:e1</id><title>Statement</title>"
            "<published>2024-05-01T09:00:00Z</published>"
            "<content>First text of the statement.</content></entry>"
        )
    )

    result = cli("--db", db, "import", feed)

    assert result.code == 0, result.err
    assert "1 older copy kept as an earlier version" in result.out
    assert rows_at(db, HISTORY) == [
        (1, "First text of the statement.", None),
        (2, "Corrected text of the statement.", "2024-05-03T09:00:00Z"),
    ]
