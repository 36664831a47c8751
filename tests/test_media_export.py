"""Exports of an archive with kept files: jsonl names them, html shows photos inline,
--with-media copies them, --embed puts small photos in the page."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from media_harness import ENGINES, archive_target, media_dir_at
from tdesktop_fixtures import document, make_channel_export, message, photo, write_export

from tg_archiver.archive.media_files import relative_path

PIC = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8 + b"\xff\xd9"
PDF = b"%PDF-1.7\n" + b"statement " * 100
PIC_SHA = hashlib.sha256(PIC).hexdigest()
PDF_SHA = hashlib.sha256(PDF).hexdigest()


@pytest.fixture(params=ENGINES)
def target(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path | str:
    return archive_target(request, tmp_path, monkeypatch)


@pytest.fixture
def archive(tmp_path: Path, target: Path | str, cli: Callable[..., Any]) -> Path | str:
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    (folder / "files").mkdir()
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    (folder / "files" / "st.pdf").write_bytes(PDF)
    write_export(
        folder / "result.json",
        make_channel_export(
            [
                message(1, "Talks in Moscow", **photo("photos/a.jpg", size=len(PIC))),
                message(2, "Statement", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
                message(3, "No media at all"),
            ]
        ),
    )
    db = target
    assert cli("--db", db, "import", folder).code == 0
    return db


def test_jsonl_names_each_kept_file_by_hash_and_path(
    archive: Path | str, cli: Callable[..., Any]
) -> None:
    result = cli("--db", archive, "export", "--format", "jsonl")

    assert result.code == 0, result.err
    posts = [json.loads(line) for line in result.out.splitlines()]
    assert posts[0]["files"] == [
        {"kind": "photo", "sha256": PIC_SHA, "path": relative_path(PIC_SHA)}
    ]
    assert posts[1]["files"] == [
        {"kind": "document", "sha256": PDF_SHA, "path": relative_path(PDF_SHA)}
    ]
    assert "files" not in posts[2]
    assert posts[0]["media"][0]["kind"] == "photo"  # the summary is still there


def test_html_shows_photos_inline_linked_into_the_media_folder(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    page = tmp_path / "out" / "page.html"
    page.parent.mkdir()

    result = cli("--db", archive, "export", "--format", "html", "-o", page)

    assert result.code == 0, result.err
    html = page.read_text()
    folder = media_dir_at(archive).name  # archive.db.media, or <database>.media beside it
    assert f'<img src="../{folder}/{relative_path(PIC_SHA)}" alt="photo">' in html
    assert (page.parent / f"../{folder}/{relative_path(PIC_SHA)}").read_bytes() == PIC
    assert "img-src 'self' data: file:;" in html
    assert html.count("<img") == 1  # the PDF is listed, not shown


def test_export_with_media_copies_the_referenced_files(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    page = tmp_path / "share" / "page.html"
    page.parent.mkdir()

    result = cli(
        "--db", archive, "export", "--format", "html", "-o", page, "--with-media",
        page.parent / "media",
    )  # fmt: skip

    assert result.code == 0, result.err
    assert f'<img src="media/{relative_path(PIC_SHA)}"' in page.read_text()
    assert (page.parent / "media" / relative_path(PIC_SHA)).read_bytes() == PIC
    copied = sorted(p.name for p in (page.parent / "media").rglob("*") if p.is_file())
    assert copied == sorted([PIC_SHA, PDF_SHA])  # every kept file of the exported posts
    assert "copied 2 media files" in result.err


def test_jsonl_with_media_copies_every_kept_file(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    dest = tmp_path / "bundle"
    result = cli("--db", archive, "export", "--format", "jsonl", "-o", tmp_path / "p.jsonl",
                 "--with-media", dest)  # fmt: skip

    assert result.code == 0, result.err
    assert (dest / relative_path(PIC_SHA)).read_bytes() == PIC
    assert (dest / relative_path(PDF_SHA)).read_bytes() == PDF
    assert "copied 2 media files" in result.err


def test_with_media_failing_part_way_takes_back_what_it_copied(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """A copy that fails (here the last file's place holds a folder) removes the files it
    had copied and the folders it made for them; the old export and what was in the
    folder before stay."""
    page = tmp_path / "page.html"
    page.write_text("the old page\n")
    dest = tmp_path / "bundle"
    last = max(PIC_SHA, PDF_SHA)  # the files are copied in the order of their hashes
    (dest / relative_path(last)).mkdir(parents=True)
    (dest / "notes.txt").write_text("mine\n")
    before = sorted(dest.rglob("*"))

    result = cli("--db", archive, "export", "--format", "html", "-o", page, "--with-media", dest)

    assert (result.code, result.err) == (
        1,
        f"tg-archiver: error: cannot copy media to {dest}: Is a directory;"
        f" the media file it had copied to {dest} was removed\n",
    )
    assert sorted(dest.rglob("*")) == before
    assert page.read_text() == "the old page\n"


def test_embed_puts_small_photos_inside_the_page(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    result = cli("--db", archive, "export", "--format", "html", "--embed")

    assert result.code == 0, result.err
    assert f'src="data:image/jpeg;base64,{base64.b64encode(PIC).decode()}"' in result.out


def test_a_linked_or_damaged_kept_file_is_neither_copied_nor_embedded(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    # `media verify` said "damaged", yet --with-media copied a link's target (a file outside
    # the media folder, "secret data") under the photo's name, and --embed put it in the page.
    media = media_dir_at(archive)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"secret data\n")
    (media / relative_path(PIC_SHA)).unlink()
    (media / relative_path(PIC_SHA)).symlink_to(outside)
    (media / relative_path(PDF_SHA)).write_bytes(b"bit rot")
    dest = tmp_path / "bundle"

    copied = cli("--db", archive, "export", "--format", "jsonl", "-o", tmp_path / "p.jsonl",
                 "--with-media", dest)  # fmt: skip
    embedded = cli("--db", archive, "export", "--format", "html", "--embed")

    assert copied.code == 0, copied.err
    assert not dest.exists() or [p for p in dest.rglob("*") if p.is_file()] == []
    assert "copied 0 media files" in copied.err and "2 missing" in copied.err
    assert embedded.code == 0, embedded.err
    assert "data:image" not in embedded.out
    assert base64.b64encode(b"secret data\n").decode() not in embedded.out


def test_csv_has_a_files_column_with_kind_and_path(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    result = cli("--db", archive, "export", "--format", "csv", "-o", tmp_path / "p.csv")

    assert result.code == 0, result.err
    with open(tmp_path / "p.csv", newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    assert [r["files"] for r in records] == [
        f"photo:{relative_path(PIC_SHA)}",
        f"document:{relative_path(PDF_SHA)}",
        "",
    ]
    assert records[0]["text"] == "Talks in Moscow"


def test_csv_files_column_survives_line_breaks_and_quotes_in_text(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    text = 'Line one, "quoted"\r\nline two\n\nline "three"'
    write_export(
        folder / "result.json",
        make_channel_export(
            [
                message(1, text, **photo("photos/a.jpg", size=len(PIC))),
                message(2, 'Plain, with a "quote"'),
            ]
        ),
    )
    db = target
    assert cli("--db", db, "import", folder).code == 0

    result = cli("--db", db, "export", "--format", "csv", "-o", tmp_path / "p.csv")

    assert result.code == 0, result.err
    with open(tmp_path / "p.csv", newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    assert [r["files"] for r in records] == [f"photo:{relative_path(PIC_SHA)}", ""]
    assert len(records) == 2


def test_embed_and_with_media_outside_their_formats_are_refused_in_one_line(
    archive: Path | str, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    result = cli("--db", archive, "export", "--format", "md", "--with-media", tmp_path / "m")
    assert result.code == 1
    assert result.err == "tg-archiver: error: --with-media works with --format jsonl, csv or html\n"

    result = cli("--db", archive, "export", "--format", "jsonl", "--embed")
    assert result.code == 1
    assert result.err == "tg-archiver: error: --embed works with --format html\n"
    assert not (tmp_path / "m").exists()


def test_an_archive_without_files_exports_as_before(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    write_export(folder / "result.json", make_channel_export([message(1, "Text only")]))
    db = target
    assert cli("--db", db, "import", folder).code == 0

    result = cli("--db", db, "export", "--format", "html")

    assert "img-src" not in result.out
    assert not media_dir_at(db).exists()
