"""Hostile input, round 2: one input holding an id twice.

A Telegram Desktop export or a feed (file, fetch, the service's import scan, ``run --once``,
the poller) holding one message id or ``<guid>`` twice. The later copy is a new version of the
first, as an edit would be; every other post is stored; the report says what happened. Each
case goes through the real entry point into a real archive. Credentials in feed URLs are
test_feed_url_secrets.py's.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import OPTIONS, Clock, dump, ingest, make_post
from pytest_httpserver import HTTPServer
from record_checks import NO_REPEAT, NOW, POLLING, rows, rss, texts, versions
from tdesktop_fixtures import (
    DEFAULT_DATE,
    make_channel_export,
    message,
    photo,
    write_export,
)

from tg_archiver.archive.config import FeedConfig
from tg_archiver.archive.import_scan import import_new_files
from tg_archiver.archive.store import CHUNK, Store
from tg_archiver.bot.feeds import FeedPoller

# -- repeated ids: Telegram Desktop exports ----------------------------------------------------


def export_with(tmp_path: Path, messages: list[dict[str, Any]]) -> Path:
    (tmp_path / "export").mkdir()
    return write_export(tmp_path / "export" / "result.json", make_channel_export(messages))


@pytest.mark.parametrize("partial", [False, True])
def test_export_with_an_id_twice_stores_the_later_as_a_version(cli, tmp_path, partial) -> None:
    path = export_with(
        tmp_path,
        [
            message(1, "Talks on the harbour forum opened in Astana."),
            message(2, "The minister met his counterpart on trade."),
            message(3, "Statement on the summit, first draft of the text."),
            message(4, "Consular hours change from Monday."),
            message(3, "Statement on the summit: the final wording after the meeting."),
            message(5, "A briefing on the situation in the region."),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): 5 new posts, {NO_REPEAT}; 1 repeated id stored as a version\n"
    )
    assert sorted(texts(db)) == ["1", "2", "3", "4", "5"]
    assert versions(db, "3") == [
        "Statement on the summit, first draft of the text.",
        "Statement on the summit: the final wording after the meeting.",
    ]
    assert texts(db)["3"] == "Statement on the summit: the final wording after the meeting."


def test_export_with_an_id_twice_and_the_same_text_stores_one_post(cli, tmp_path) -> None:
    same = "Statement on the summit, as published."
    path = export_with(
        tmp_path, [message(1, "Talks opened."), message(2, same), message(2, same), message(3, "x")]
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): 3 new posts, {NO_REPEAT}; 1 repeated id with the same text"
        " stored once\n"
    )
    assert versions(db, "2") == [same]
    assert rows(db, "SELECT count(*) FROM posts") == [(3,)]


@pytest.mark.parametrize("partial", [False, True])
def test_an_id_repeated_across_chunks_and_in_the_worker_is_a_version(
    cli, tmp_path, partial
) -> None:
    """The first copy in the first chunk, the second (and third) past the worker's start."""
    n = 2_000 + 2 * CHUNK
    messages = [message(i, f"Post number {i} about topic {i * 7919 % 1000}.") for i in range(1, n)]
    messages.insert(CHUNK + 10, message(7, "Post number 7, corrected in a second copy."))
    messages.append(message(7, "Post number 7, corrected again in a third copy."))
    messages.append(message(n - 1, f"Post number {n - 1} about topic {(n - 1) * 7919 % 1000}."))
    path = export_with(tmp_path, messages)
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        f"imported 1 file(s): {n - 1} new posts, {NO_REPEAT}; 2 repeated ids stored as"
        " versions; 1 repeated id with the same text stored once\n"
    )
    assert len(texts(db)) == n - 1
    assert versions(db, "7") == [
        "Post number 7 about topic 433.",
        "Post number 7, corrected in a second copy.",
        "Post number 7, corrected again in a third copy.",
    ]


def test_posts_with_nothing_to_compare_are_no_copies_of_each_other(cli, tmp_path) -> None:
    # An export made without its files, by a version that writes no file size: three
    # caption-less photos posted hours apart were "exact copies" of the first, and the two
    # videos of each other, hidden from search and folded in digests.
    not_included = "(File not included. Change data exporting settings to download.)"
    hours = [DEFAULT_DATE + timedelta(hours=n) for n in range(6)]
    video = {"file": not_included, "media_type": "video_file", "mime_type": "video/mp4"}
    path = export_with(
        tmp_path,
        [
            *(
                message(n, "", date=hours[n], photo=not_included, width=1280, height=720)
                for n in (1, 2, 3)
            ),
            *(message(n, "", date=hours[n], duration_seconds=30, **video) for n in (4, 5)),
        ],
    )
    db = tmp_path / "a.db"

    r = cli("--db", db, "import", path)

    assert (r.code, r.err) == (0, "")
    assert r.out.startswith(
        "imported 1 file(s): 5 new posts, 0 edited, 0 unchanged; linked 0 exact and 0 near"
    )
    assert rows(db, "SELECT count(*) FROM posts WHERE duplicate_of IS NULL") == [(5,)]


def test_a_repeated_album_part_is_a_version_of_that_part(cli, tmp_path) -> None:
    """Telegram Desktop writes an album as one message per part, the caption on the first."""
    path = export_with(
        tmp_path,
        [
            message(10, "Photos from the summit", **photo("photos/a.jpg")),
            message(11, "", **photo("photos/b.jpg")),
            message(12, "", **photo("photos/c.jpg")),
            message(10, "Photos from the summit, captions corrected", **photo("photos/a.jpg")),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    # The two captionless parts are exact copies of each other (empty text), as before.
    assert r.out == (
        "imported 1 file(s): 3 new posts, 0 edited, 0 unchanged; linked 1 exact and 0 near"
        " duplicates, 0 forwards; 1 repeated id stored as a version\n"
        "media: 0 file(s) kept (0 already in the store), 3 missing, 0 skipped by rule,"
        " 0 failed, 0 refused\n"
    )
    assert versions(db, "10") == [
        "Photos from the summit",
        "Photos from the summit, captions corrected",
    ]
    assert rows(db, "SELECT count(*) FROM posts WHERE media IS NOT NULL") == [(3,)]


def test_repeated_id_near_copies_keep_their_links(cli, tmp_path) -> None:
    """The second copy of id 3 is a near copy of the first; id 3's first copy is itself a near
    copy of id 1; and id 4's second copy is word for word post 2. Each repeat is a version of
    its own post; no copy link is made or broken by it."""
    base = (
        "The foreign ministers of the member states met in Astana on Tuesday to discuss"
        " regional security, trade corridors and the schedule of the next summit meetings"
    )
    path = export_with(
        tmp_path,
        [
            message(1, base + "."),
            message(2, "Consular hours change from Monday for all visitors to the embassy."),
            message(3, base + " in the autumn."),
            message(4, "A briefing on the situation in the region, in full."),
            message(3, base + " in the autumn of this year."),
            message(4, "Consular hours change from Monday for all visitors to the embassy."),
        ],
    )
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        "imported 1 file(s): 4 new posts, 0 edited, 0 unchanged; linked 0 exact and 1 near"
        " duplicates, 0 forwards; 2 repeated ids stored as versions\n"
    )
    links = rows(
        db,
        "SELECT p.external_id, o.external_id, p.duplicate_kind FROM posts p"
        " LEFT JOIN posts o ON o.id = p.duplicate_of ORDER BY p.id",
    )
    assert links == [("1", None, None), ("2", None, None), ("3", "1", "near"), ("4", None, None)]
    assert versions(db, "3") == [base + " in the autumn.", base + " in the autumn of this year."]
    assert len(versions(db, "4")) == 2
    assert rows(db, "PRAGMA foreign_key_check") == []


def test_reimporting_a_file_with_a_repeated_id_changes_nothing(cli, tmp_path) -> None:
    """Each copy is a stored version played again, not a new edit: no version is added."""
    path = export_with(
        tmp_path, [message(1, "First wording."), message(2, "Other."), message(1, "Second.")]
    )
    db = tmp_path / "a.db"
    assert cli("--db", db, "import", path).code == 0
    before = dump(db)
    r = cli("--db", db, "import", path)
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        "imported 1 file(s): 0 new posts, 0 edited, 3 unchanged; linked 0 exact and 0 near"
        " duplicates, 0 forwards\n"
    )
    assert dump(db) == before
    assert versions(db, "1") == ["First wording.", "Second."]


# -- repeated ids: feeds, files and fetched, the import scan, run --once, the poller -----------


REPEATING = rss(
    ("n-1", "Leaders met in Astana."),
    ("n-2", "Ministers met in Cape Town, first report."),
    ("n-3", "Consular hours change."),
    ("n-2", "Ministers met in Cape Town and agreed on a statement."),
)
FEED_REPORT = "3 new posts, " + NO_REPEAT + "; 1 repeated id stored as a version"


def assert_feed_stored(db: Path) -> None:
    assert sorted(texts(db)) == ["n-1", "n-2", "n-3"]
    assert versions(db, "n-2") == [
        "Ministers met in Cape Town, first report.",
        "Ministers met in Cape Town and agreed on a statement.",
    ]


@pytest.mark.parametrize("partial", [False, True])
def test_feed_file_with_a_guid_twice_imports_every_entry(cli, tmp_path, partial) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(REPEATING)
    db = tmp_path / "a.db"
    r = cli("--db", db, "import", *(["--partial"] if partial else []), path)
    assert (r.code, r.err, r.out) == (0, "", f"imported 1 file(s): {FEED_REPORT}\n")
    assert_feed_stored(db)


def test_fetched_feed_with_a_guid_twice_is_stored_and_refetching_adds_nothing(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    url = httpserver.url_for("/rss")
    db = tmp_path / "a.db"
    r = cli("--db", db, "fetch", url)
    assert (r.code, r.err, r.out) == (0, "", f"{url}: {FEED_REPORT}\n")
    assert_feed_stored(db)
    before = dump(db)
    r = cli("--db", db, "fetch", url)
    unchanged = "0 new posts, 0 edited, 4 unchanged; linked 0 exact and 0 near duplicates"
    assert (r.code, r.err, r.out) == (0, "", f"{url}: {unchanged}, 0 forwards\n")
    assert dump(db) == before


def test_run_once_stores_a_repeating_feed_and_the_files_beside_a_repeating_export(
    cli, tmp_path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_export(
        inbox / "a.json",
        make_channel_export(
            [message(1, "One."), message(1, "One, corrected."), message(2, "Two.")]
        ),
    )
    (inbox / "b.xml").write_bytes(rss(("f-1", "From the file."), ("f-1", "From the file, again.")))
    config = tmp_path / "c.toml"
    config.write_text(
        f'[import]\npaths = ["{inbox}"]\n\n[[feeds]]\nurl = "{httpserver.url_for("/rss")}"\n'
    )
    db = tmp_path / "a.db"
    r = cli("--config", config, "--db", db, "run", "--once")
    assert r.code == 0, r.err
    assert "Traceback" not in r.err
    assert texts(db) == {
        "1": "One, corrected.",
        "2": "Two.",
        "f-1": "From the file, again.",
        "n-1": "Leaders met in Astana.",
        "n-2": "Ministers met in Cape Town and agreed on a statement.",
        "n-3": "Consular hours change.",
    }
    assert rows(db, "SELECT count(*) FROM imported_files") == [(2,)]
    assert rows(db, "SELECT failures, last_error FROM feed_state") == [(0, None)]


async def test_import_scan_reports_the_repeat_and_stores_every_file(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_export(inbox / "a.json", make_channel_export([message(1, "One."), message(1, "Uno.")]))
    (inbox / "b.xml").write_bytes(rss(("f-1", "Fine."), ("f-2", "Also fine.")))
    async with await Store.open(tmp_path / "a.db") as store:
        results = await import_new_files(store, [inbox], OPTIONS, now=NOW)
    assert [(p.name, str(r.summary())) for p, r in results] == [  # type: ignore[union-attr]
        ("a.json", "1 new posts, " + NO_REPEAT + "; 1 repeated id stored as a version"),
        ("b.xml", "2 new posts, " + NO_REPEAT),
    ]


async def test_poller_stores_a_repeating_feed_and_counts_a_failing_fetch(
    tmp_path, httpserver: HTTPServer, caplog
) -> None:
    httpserver.expect_ordered_request("/rss").respond_with_data(
        REPEATING, content_type="application/rss+xml"
    )
    httpserver.expect_ordered_request("/rss").respond_with_data("down", status=503)
    url = httpserver.url_for("/rss")
    feed = FeedConfig(url=url, interval=60)
    caplog.set_level("INFO")
    async with await Store.open(tmp_path / "a.db") as store, httpx.AsyncClient() as client:
        poller = FeedPoller(store, [feed], OPTIONS, POLLING, client=client, clock=Clock(NOW))
        await poller.poll(feed)
        assert (await store.feed_state(url)).failures == 0
        await poller.poll(feed)
        state = await store.feed_state(url)
    assert (state.failures, state.last_error) == (1, f"{url}: HTTP 503")
    assert_feed_stored(tmp_path / "a.db")
    assert any(f"feed={url} status=200 new=3" in m for m in caplog.messages)
    assert (
        f"feed={url} repeated ids: 1 stored as versions, 0 with the same text stored once"
        in caplog.messages
    )


async def test_a_revert_with_its_own_edit_time_is_still_a_version(store) -> None:
    """What tells a replayed version from a real revert: the edit time the source gives."""
    first = make_post(1, "The first wording.")
    second = make_post(1, "The second wording.", edited_at=NOW)
    back = make_post(1, "The first wording.", edited_at=NOW.replace(hour=13))
    await ingest(store, first)
    await ingest(store, second)
    assert (await ingest(store, first)).unchanged == 1  # version 1, played again
    assert (await ingest(store, back)).edited == 1  # the same words, a new edit
    assert [v[1] for v in await store.post_versions(1)] == [
        "The first wording.",
        "The second wording.",
        "The first wording.",
    ]
