"""Several exports imported together are stored by date, merged across their files.

The real command imports Telegram Desktop exports of two channels whose posts interleave in
time: ids follow the dates, as if the service had stored them as they were published; an
error in the second file still names that file and leaves the archive as it was; and
``--partial`` still takes the files one after another.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CliResult, dump
from tdesktop_fixtures import make_channel_export, message, write_export

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.import_files import Wheres, by_date
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import PipelineOptions
from tg_archiver.archive.prepare_ahead import prepared

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def _export(folder: Path, channel: int, name: str, hours: list[int], word: str) -> Path:
    folder.mkdir()
    messages = [
        message(n, f"{name}: statement {n} on {word} {h}.", date=START + timedelta(hours=h))
        for n, h in enumerate(hours, start=1)
    ]
    return write_export(
        folder / "result.json", make_channel_export(messages, name=name, id=channel)
    )


def _stored(db: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT posts.id, sources.title, posts.published_at FROM posts"
            " JOIN sources ON sources.id = posts.source_id ORDER BY posts.id"
        ).fetchall()


def test_two_channels_are_stored_in_the_order_they_published(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    a = _export(tmp_path / "a", 1500000001, "Ministry", [0, 3, 4, 9], "trade")
    b = _export(tmp_path / "b", 1500000002, "Agency", [1, 2, 5, 10, 11], "energy")
    db = tmp_path / "archive.db"

    r = cli("--db", db, "import", a.parent, b.parent)

    assert r.code == 0, r.err
    assert "imported 2 file(s)" in r.out
    rows = _stored(db)
    assert len(rows) == 9
    dates = [published for _, _, published in rows]
    assert dates == sorted(dates)  # ids follow the dates across both files
    assert [title for _, title, _ in rows] == [
        "Ministry", "Agency", "Agency", "Ministry", "Ministry",
        "Agency", "Ministry", "Agency", "Agency",
    ]  # fmt: skip


def test_an_error_in_the_second_file_names_it_and_keeps_nothing(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    a = _export(tmp_path / "a", 1500000001, "Ministry", [0, 3, 4, 9], "trade")
    bad = make_channel_export(
        [
            message(1, "Fine.", date=START + timedelta(hours=1)),
            message(2, "Broken \x00 text.", date=START + timedelta(hours=6)),
        ],
        name="Agency",
        id=1500000002,
    )
    (tmp_path / "b").mkdir()
    b = write_export(tmp_path / "b" / "result.json", bad)
    db = tmp_path / "archive.db"
    cli("--db", db, "import", tmp_path / "a")
    before = dump(db)

    r = cli("--db", db, "import", a.parent, b.parent)

    assert r.code != 0
    [line] = r.err.strip().splitlines()
    assert str(b) in line and str(a) not in line
    assert "NUL" in line and "nothing was imported" in line
    assert dump(db) == before


def test_a_post_refused_in_a_merged_stream_names_its_file() -> None:
    """The pipeline's own refusal (the importers refuse such text first, but a post from any
    reader passes through it) names the file the post came from, not the first file."""

    def posts(key: str, texts: list[str]) -> list[Post]:
        return [
            Post(
                SourceRef("telegram", key), str(n), START + timedelta(hours=2 * n + (key == "b")), t
            )
            for n, t in enumerate(texts)
        ]

    wheres = Wheres()
    merged = by_date(
        [
            wheres.watch(posts("a", ["one", "two", "three"]), "a/result.json"),
            wheres.watch(posts("b", ["one", "tw\x00o"]), "b/result.json"),
        ]
    )
    with pytest.raises(InputError) as info:
        list(prepared(merged, PipelineOptions(), wheres))
    assert str(info.value) == "b/result.json: post 1: text contains a NUL character"


def test_partial_imports_take_the_files_in_turn(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    a = _export(tmp_path / "a", 1500000001, "Ministry", [0, 3], "trade")
    b = _export(tmp_path / "b", 1500000002, "Agency", [1, 2], "energy")
    db = tmp_path / "archive.db"

    r = cli("--db", db, "import", "--partial", a.parent, b.parent)

    assert r.code == 0, r.err
    assert [title for _, title, _ in _stored(db)] == ["Ministry", "Ministry", "Agency", "Agency"]
