"""Links hidden behind words (Telegram's text_link), written into the text after them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.placing import dated_edit
from tg_archiver.archive.textlinks import (
    MAX_LINKS,
    MAX_URL_CHARS,
    only_link_targets_added,
    with_link_targets,
)

URL = "https://mid.example/statement/12345"


def test_the_address_follows_its_words() -> None:
    text = "Statement on the talks. Read in full"
    assert with_link_targets(text, [(24, 36, URL)]) == f"{text} ({URL})"


def test_the_address_goes_before_the_spaces_its_words_end_with() -> None:
    assert with_link_targets("Read in full\nMore", [(0, 13, URL)]) == f"Read in full ({URL})\nMore"


@pytest.mark.parametrize(
    "text",
    [
        f"Read in full: {URL}",
        "Read in full: mid.example/statement/12345",  # shown without its scheme
    ],
)
def test_an_address_the_text_already_shows_is_not_added_again(text: str) -> None:
    assert with_link_targets(text, [(0, 12, URL)]) == text


def test_an_address_is_added_once_after_its_first_words() -> None:
    text = "Statement here; full text there"
    links = [(0, 9, URL), (16, 25, URL)]
    assert with_link_targets(text, links) == f"Statement ({URL}) here; full text there"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("\u200bNews of the day", "https://telegra.ph/file/preview.jpg"),  # a preview's trick
        ("  News of the day", URL),
        ("News of the day", "https://a.example/with space"),
        ("News of the day", "https://a.example/\x00"),
        ("News of the day", "https://a.example/\u0085"),
        ("News of the day", ""),
        ("News of the day", "https://a.example/" + "x" * MAX_URL_CHARS),
    ],
)
def test_no_words_to_follow_or_no_address_to_show_adds_nothing(text: str, url: str) -> None:
    assert with_link_targets(text, [(0, 2 if text.startswith(" ") else 1, url)]) == text


def test_spans_outside_the_text_or_overlapping_an_earlier_one_are_left_out() -> None:
    text = "one two three"
    links = [(2, 7, "https://b.example/"), (0, 3, "https://a.example/"), (8, 99, URL)]
    assert with_link_targets(text, links) == "one (https://a.example/) two three"


def test_only_added_addresses_are_told_from_an_edit() -> None:
    old = "Statement on the talks. Read in full"
    assert only_link_targets_added(old, old + " (https://mid.example/s/1)")
    assert only_link_targets_added("See (this) text", "See (https://x.example/a_(b)) (this) text")
    assert not only_link_targets_added(old, old)
    assert not only_link_targets_added(old, old.replace("talks", "meeting") + " (https://x.org)")
    assert not only_link_targets_added(old, old + " (see https://mid.example/s/1)")


async def test_an_export_read_again_with_addresses_is_no_edit(engine_store: Store) -> None:
    # A post stored before addresses were kept, its export read again: unchanged (it keeps
    # its stored text), not a version dated at import; a later edit of the source's is one.
    words = "Statement on the talks with partners in Astana. Read in full"
    url = "https://mid.example/statement/12345"
    await ingest(engine_store, make_post(1, words))
    report = await ingest(engine_store, make_post(1, f"{words} ({url})"))
    assert report.unchanged == 1 and report.edited == 0
    edited = datetime(2024, 3, 2, 9, 0, tzinfo=UTC)
    report = await ingest(engine_store, make_post(1, f"{words} ({url})", edited_at=edited))
    assert report.edited == 1


def test_addresses_never_make_a_text_too_long_and_a_few_are_looked_at() -> None:
    text = "x" * 990 + " Read in full"
    kept = with_link_targets(text, [(991, 1003, URL)], limit=1010)
    assert kept == text  # the address would not fit: the text stays as the source wrote it
    assert with_link_targets(text, [(991, 1003, URL)], limit=2000) == f"{text} ({URL})"
    many = " ".join(f"w{n}" for n in range(3000))
    spans = [
        (m.start(), m.end(), f"https://x.example/{n}")
        for n, m in enumerate(re.finditer(r"w\d+", many))
    ]
    assert with_link_targets(many, spans).count("https://") == MAX_LINKS


async def test_a_feeds_text_that_gains_an_address_is_an_edit(engine_store: Store) -> None:
    # Only Telegram's texts have addresses written in by the archive: a feed's own change
    # that adds "(https://…)" is the source's edit, never "unchanged".
    feed = SourceRef(kind="feed", key="https://agency.example/rss", title="Agency")
    words = "The conference starts at noon"
    await ingest(engine_store, make_post(1, words, source=feed))
    report = await ingest(
        engine_store, make_post(1, f"{words} (https://meet.example/j/98765)", source=feed)
    )
    assert report.edited == 1 and report.unchanged == 0


def test_an_edit_dated_after_it_was_stored_dates_nothing() -> None:
    # A future edit date (a clock's error) would make every later copy "older" for good.
    assert dated_edit("2099-01-01T00:00:00Z", "2026-12-05T10:00:00Z") is None
    assert dated_edit("2024-05-03T10:00:00Z", "2026-12-05T10:00:00Z") == "2024-05-03T10:00:00Z"
