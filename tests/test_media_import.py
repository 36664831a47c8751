"""Telegram Desktop export files into the media store, through the real CLI; `media verify`
and `media stats`; hostile paths in an export never read."""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, OPTIONS
from media_harness import ENGINES, archive_target, media_dir_at, rows_at
from tdesktop_fixtures import document, make_channel_export, message, photo, write_export

from tg_archiver.archive.config import Config, load_config
from tg_archiver.archive.database_url import PostgresUrl
from tg_archiver.archive.import_scan import import_new_files
from tg_archiver.archive.media_files import relative_path
from tg_archiver.archive.media_import import ExportMedia, PostIds
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.records import CHUNK
from tg_archiver.bot.service import Service

PIC = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
PDF = b"%PDF-1.7\n" + b"statement " * 500


@pytest.fixture(params=ENGINES)
def target(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path | str:
    return archive_target(request, tmp_path, monkeypatch)


def export_folder(tmp_path: Path, messages: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "ChatExport_2024-03-12"
    (folder / "photos").mkdir(parents=True)
    (folder / "files").mkdir()
    write_export(folder / "result.json", make_channel_export(messages))
    return folder


def media_rows(db: Path | str) -> list[tuple[Any, ...]]:
    return rows_at(
        db,
        "SELECT posts.external_id, post_media.kind, post_media.state, post_media.reason,"
        " post_media.sha256 FROM post_media JOIN posts ON posts.id = post_media.post_id"
        " ORDER BY posts.id, position",
    )


def stored(db: Path | str) -> list[Path]:
    return sorted(p for p in media_dir_at(db).rglob("*") if p.is_file())


def test_an_exports_photos_and_files_are_imported_once_each(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Talks in Moscow #SCO", **photo("photos/photo_1.jpg", size=len(PIC))),
            message(2, "Statement", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
            message(3, "The same photo again", **photo("photos/photo_2.jpg", size=len(PIC))),
            message(4, "Not exported", **photo("(File not included. Change data exporting"
                                               " settings to download.)", size=500)),
        ],
    )  # fmt: skip
    (folder / "photos" / "photo_1.jpg").write_bytes(PIC)
    (folder / "photos" / "photo_2.jpg").write_bytes(PIC)
    (folder / "files" / "st.pdf").write_bytes(PDF)
    db = target

    result = cli("--db", db, "import", folder)

    assert result.code == 0, result.err
    pic, pdf = hashlib.sha256(PIC).hexdigest(), hashlib.sha256(PDF).hexdigest()
    assert "media: 3 file(s) kept (1 already in the store), 1 missing" in result.out
    assert media_rows(db) == [
        ("1", "photo", "kept", None, pic),
        ("2", "document", "kept", None, pdf),
        ("3", "photo", "kept", None, pic),
        ("4", "photo", "missing", "File not included. Change data exporting settings to"
                                  " download.", None),
    ]  # fmt: skip
    assert stored(db) == sorted(
        [media_dir_at(db) / relative_path(pic), media_dir_at(db) / relative_path(pdf)]
    )
    assert (media_dir_at(db) / relative_path(pic)).read_bytes() == PIC

    again = cli("--db", db, "import", folder)  # re-importing adds nothing
    assert again.code == 0
    assert len(media_rows(db)) == 4
    assert len(stored(db)) == 2


def test_a_later_export_with_the_photo_replaced_keeps_the_new_one_and_the_old(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    # Telegram lets an author swap a post's photo: the later export's file was never stored,
    # and the report said "1 file(s) kept (1 already in the store)".
    first, later = tmp_path / "first", tmp_path / "later"
    other = PIC[:-2] + b"\x00\x01\xff\xd9"
    for root, data, text in ((first, PIC, "Summit photo"), (later, other, "Summit photo, new")):
        folder = export_folder(root, [message(1, text, **photo("photos/p.jpg", size=len(data)))])
        (folder / "photos" / "p.jpg").write_bytes(data)
    db = target
    assert cli("--db", db, "import", first / "ChatExport_2024-03-12").code == 0
    result = cli("--db", db, "import", later / "ChatExport_2024-03-12")
    assert result.code == 0, result.err
    assert "media: 1 file(s) kept (0 already in the store)" in result.out
    new, old = hashlib.sha256(other).hexdigest(), hashlib.sha256(PIC).hexdigest()
    assert media_rows(db) == [("1", "photo", "kept", None, new)]
    replaced = rows_at(db, "SELECT sha256 FROM post_media_replaced")
    assert [r[0] for r in replaced] == [old]  # the first photo is kept too, as replaced
    assert stored(db) == sorted(media_dir_at(db) / relative_path(h) for h in (new, old))


def test_what_a_kept_files_place_may_hold_instead_is_reported_never_read_for_ever(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    # A FIFO (verify and export blocked for ever), a link to /dev/zero (endless: 7 GB in 10 s
    # of --with-media), a link loop (an OSError traceback) in a kept file's place.
    folder = export_folder(
        tmp_path,
        [
            message(1, "Photo", **photo("photos/a.jpg", size=len(PIC))),
            message(2, "PDF", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
        ],
    )
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    (folder / "files" / "st.pdf").write_bytes(PDF)
    db = tmp_path / "a.db"
    assert cli("--db", db, "import", folder).code == 0
    pic = media_dir_at(db) / relative_path(hashlib.sha256(PIC).hexdigest())
    pdf = media_dir_at(db) / relative_path(hashlib.sha256(PDF).hexdigest())
    for odd in ("fifo", "zero", "loop"):
        pic.unlink(missing_ok=True)
        if odd == "fifo":
            os.mkfifo(pic)
        elif odd == "zero":
            pic.symlink_to("/dev/zero")
        else:
            pic.symlink_to(pic)
        result = cli("--db", db, "media", "verify")
        assert result.code == 1 and "Traceback" not in result.err, (odd, result.err)
        assert "1 ok, 1 missing or damaged" in result.out
        html = tmp_path / f"{odd}.html"
        export = cli("--db", db, "export", "--format", "html", "--embed", "-o", html)
        assert export.code == 0, export.err
        copied = cli(
            "--db", db, "export", "--with-media", tmp_path / f"m-{odd}", "-o", tmp_path / "x.jsonl"
        )
        assert copied.code == 0, copied.err
        assert not (tmp_path / f"m-{odd}" / relative_path(hashlib.sha256(PIC).hexdigest())).exists()
    # A kept file damaged but of its size: a post bringing the good bytes again repairs it
    # (they were thrown away as "already in the store").
    pdf.write_bytes(bytes(len(PDF)))
    later = export_folder(
        tmp_path / "later",
        [message(3, "PDF again", **document("st.pdf", size=len(PDF), path="files/st.pdf"))],
    )
    (later / "files" / "st.pdf").write_bytes(PDF)
    assert cli("--db", db, "import", later).code == 0
    assert pdf.read_bytes() == PDF


def test_media_verify_detects_a_flipped_byte_and_a_missing_file(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Photo", **photo("photos/a.jpg", size=len(PIC))),
            message(2, "PDF", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
        ],
    )
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    (folder / "files" / "st.pdf").write_bytes(PDF)
    db = target
    assert cli("--db", db, "import", folder).code == 0
    assert cli("--db", db, "media", "verify").out.endswith("2 ok, 0 missing or damaged\n")

    pic = media_dir_at(db) / relative_path(hashlib.sha256(PIC).hexdigest())
    data = bytearray(pic.read_bytes())
    data[100] ^= 0x01
    pic.write_bytes(bytes(data))
    result = cli("--db", db, "media", "verify")

    assert result.code == 1
    assert f"damaged: {relative_path(hashlib.sha256(PIC).hexdigest())} (posts 1)" in result.out
    assert "1 ok, 1 missing or damaged" in result.out

    (media_dir_at(db) / relative_path(hashlib.sha256(PDF).hexdigest())).unlink()
    result = cli("--db", db, "media", "verify")
    assert f"missing: {relative_path(hashlib.sha256(PDF).hexdigest())} (posts 2)" in result.out
    assert "0 ok, 2 missing or damaged" in result.out


@pytest.mark.parametrize(
    "path",
    ["../../etc/passwd", "/etc/passwd", "photos/../../secret.jpg", "..\\..\\secret.jpg",
     "C:\\Windows\\win.ini", "photos/link.jpg"],
)  # fmt: skip
def test_a_path_leaving_the_export_folder_is_refused_and_never_read(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any], path: str
) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"not for the archive")
    folder = export_folder(
        tmp_path,
        [
            message(1, "Hostile", **photo(path, size=19)),
            message(2, "Fine", **photo("photos/ok.jpg", size=len(PIC))),
        ],
    )
    (folder / "photos" / "link.jpg").symlink_to(secret)
    (folder / "photos" / "ok.jpg").write_bytes(PIC)
    db = target

    result = cli("--db", db, "import", folder)

    assert result.code == 0, result.err
    rows = media_rows(db)
    assert rows[0][2] == "refused"
    assert rows[1][2:] == ("kept", None, hashlib.sha256(PIC).hexdigest())
    assert stored(db) == [media_dir_at(db) / relative_path(hashlib.sha256(PIC).hexdigest())]
    assert rows_at(db, "SELECT count(*) FROM posts") == [(2,)]


def test_a_fifo_in_the_export_is_refused_not_waited_on(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(tmp_path, [message(1, "Pipe", **photo("photos/p.jpg", size=10))])
    os.mkfifo(folder / "photos" / "p.jpg")
    db = target

    result = cli("--db", db, "import", folder)

    assert result.code == 0, result.err
    assert media_rows(db) == [("1", "photo", "refused", "not a regular file", None)]


def test_empty_and_truncated_files_are_recorded_as_such(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Empty", **photo("photos/empty.jpg", size=5000)),
            message(2, "Cut", **photo("photos/cut.jpg", size=len(PIC))),
            message(3, "Gone", **photo("photos/gone.jpg", size=10)),
        ],
    )
    (folder / "photos" / "empty.jpg").write_bytes(b"")
    (folder / "photos" / "cut.jpg").write_bytes(PIC[:1000])
    db = target

    result = cli("--db", db, "import", folder)

    assert result.code == 0, result.err
    assert media_rows(db) == [
        ("1", "photo", "failed", "empty file", None),
        ("2", "photo", "failed", f"truncated: 1000 bytes, the export announced {len(PIC)}", None),
        ("3", "photo", "missing", "not in the export folder", None),
    ]
    assert stored(db) == []


def test_limits_apply_to_export_files(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Video", **document("v.mp4", size=len(PDF), path="files/v.mp4",
                                           media_type="video_file", mime_type="video/mp4")),
            message(2, "PDF", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
        ],
    )  # fmt: skip
    (folder / "files" / "v.mp4").write_bytes(PDF)
    (folder / "files" / "st.pdf").write_bytes(PDF)
    config = tmp_path / "c.toml"
    config.write_text('[media]\nkinds = ["photo", "document"]\nmax_mb = { document = 0 }\n')
    db = target

    result = cli("--config", config, "--db", db, "import", folder)

    assert result.code == 0, result.err
    assert [r[2:4] for r in media_rows(db)] == [
        ("skipped", "kind video not in [media] kinds"),
        ("skipped", "0.0 MB over the document limit of 0 MB"),
    ]


def test_media_stats_shows_space_per_kind_and_channel_and_what_dedup_saved(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Photo", **photo("photos/a.jpg", size=len(PIC))),
            message(2, "Again", **photo("photos/b.jpg", size=len(PIC))),
        ],
    )
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    (folder / "photos" / "b.jpg").write_bytes(PIC)
    db = target
    assert cli("--db", db, "import", folder).code == 0

    result = cli("--db", db, "media", "stats")

    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[1] == "files         1, 0.0 MiB (without dedup 0.0 MiB, saved 0.0 MiB)"
    assert "  photo          2       0       0      0    0.0" in lines
    assert any(line.startswith("  Ministry of Examples") and " 2 " in line for line in lines)


def test_bad_media_config_is_one_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[media]\nmax_mb = { photo = -1 }\n")

    result = cli("--config", config, "--db", tmp_path / "a.db", "stats")

    assert result.code == 1
    assert result.err.strip().endswith(
        "media.max_mb.photo: expected a whole number of MB, 0 to 4096"
    )
    assert "Traceback" not in result.err


def test_media_folder_is_read_relative_to_the_config_and_a_bad_one_is_one_line(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    config = tmp_path / "conf" / "c.toml"
    config.parent.mkdir()
    config.write_text('[media]\nfolder = "files"\n')
    assert load_config(config).media.folder == tmp_path / "conf" / "files"
    assert load_config(config).media.folder_for(tmp_path / "a.db") == tmp_path / "conf" / "files"
    url = PostgresUrl("postgresql://bob:s3cret@db.example/tg_archive")
    assert load_config(None).media.folder_for(url) == Path("tg_archive.media")
    config.write_text('[archive]\ndatabase = "postgresql://bob@db.example/tg_archive"\n')
    assert load_config(config).media.folder_for(url) == tmp_path / "conf" / "tg_archive.media"

    config.write_text("[media]\nfolder = 7\n")
    result = cli("--config", config, "--db", tmp_path / "a.db", "stats")

    assert result.code == 1
    assert result.err.strip().endswith("media.folder: expected the path of a folder")
    assert "Traceback" not in result.err


def test_media_fetch_without_telegram_is_one_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    assert cli("--db", tmp_path / "a.db", "migrate").code == 0
    result = cli("--db", tmp_path / "a.db", "media", "fetch")

    assert result.code == 1
    assert "media fetch needs Telegram" in result.err
    assert len(result.err.strip().splitlines()) == 1


async def test_the_service_import_scan_keeps_an_exports_files(
    tmp_path: Path, target: Path | str
) -> None:
    folder = export_folder(tmp_path, [message(1, "Photo", **photo("photos/a.jpg", size=len(PIC)))])
    (folder / "photos" / "a.jpg").write_bytes(PIC)
    db = target
    where = db if isinstance(db, Path) else PostgresUrl(db)
    config = Config(database=where, import_paths=(folder,))

    async with await Store.open(where) as store:
        assert await Service(store, config).run(once=True) == 0

    sha = hashlib.sha256(PIC).hexdigest()
    assert media_rows(db) == [("1", "photo", "kept", None, sha)]
    assert (media_dir_at(db) / relative_path(sha)).read_bytes() == PIC


async def _scan(store: Store, folder: Path) -> list[str]:
    """One import scan of ``folder``: the summaries of the files it read."""
    results = await import_new_files(store, [folder], OPTIONS, now=NOW)
    return [str(report) if isinstance(report, Exception) else report.summary()
            for _path, report in results]  # fmt: skip


async def test_the_import_scan_keeps_an_exports_files_that_come_after_its_result_json(
    tmp_path: Path, target: Path | str
) -> None:
    # A copy of an export under way, result.json first: the photos were recorded missing,
    # and as result.json did not change, the export was never read again.
    folder = export_folder(
        tmp_path,
        [
            message(1, "Talks #SCO", **photo("photos/a.jpg", size=len(PIC))),
            message(2, "Statement", **document("st.pdf", size=len(PDF), path="files/st.pdf")),
            message(3, "Cut", **photo("photos/b.jpg", size=len(PIC) + 1)),
        ],
    )
    (folder / "photos" / "b.jpg").write_bytes(PIC[:100])  # being written
    where = target if isinstance(target, Path) else PostgresUrl(target)
    async with await Store.open(where) as store:
        assert await _scan(store, folder) == ["3 new posts, 0 edited, 0 unchanged; linked 0 exact"
                                              " and 0 near duplicates, 0 forwards"]  # fmt: skip
        assert [r[2:4] for r in media_rows(target)] == [
            ("missing", "not in the export folder"),
            ("missing", "not in the export folder"),
            ("failed", f"truncated: 100 bytes, the export announced {len(PIC) + 1}"),
        ]
        assert await _scan(store, folder) == []  # nothing came: not read again

        (folder / "photos" / "a.jpg").write_bytes(PIC)
        assert len(await _scan(store, folder)) == 1  # read again, and a.jpg kept
        assert [r[2] for r in media_rows(target)] == ["kept", "missing", "failed"]

        (folder / "files" / "st.pdf").write_bytes(PDF)
        (folder / "photos" / "b.jpg").write_bytes(PIC + b"!")  # whole now
        assert len(await _scan(store, folder)) == 1
        assert [r[2] for r in media_rows(target)] == ["kept", "kept", "kept"]
        assert await _scan(store, folder) == []  # nothing awaited any more
        assert rows_at(target, "SELECT awaited_media FROM imported_files") == [(None,)]
    assert len(stored(target)) == 3


async def test_an_export_that_holds_no_file_to_wait_for_is_not_read_again(
    tmp_path: Path, target: Path | str
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Not exported", **photo("(File not included. Change data exporting"
                                               " settings to download.)", size=500)),
            message(2, "Outside", **photo("../outside.jpg", size=len(PIC))),
        ],
    )  # fmt: skip
    where = target if isinstance(target, Path) else PostgresUrl(target)
    async with await Store.open(where) as store:
        assert len(await _scan(store, folder)) == 1
        (folder / "photos" / "other.jpg").write_bytes(PIC)
        (tmp_path / "outside.jpg").write_bytes(PIC)
        assert await _scan(store, folder) == []
    assert rows_at(target, "SELECT awaited_media FROM imported_files") == [(None,)]
    assert [r[2] for r in media_rows(target)] == ["missing", "refused"]


def test_a_long_import_links_each_chunks_files_as_it_is_stored(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two channels' exports imported together (merged by date), every post with a photo:
    each file is linked to its own post, and an export holds only the posts read ahead of
    the store, never all of them, until their files are linked (its memory does not grow
    with the export: at 1M posts, noting every post first held 55 MB)."""
    per_channel = 1_500
    folders = []
    for channel, day in ((1, 1), (2, 2)):
        folder = tmp_path / f"ChatExport_{channel}"
        (folder / "photos").mkdir(parents=True)
        (folder / "photos" / "photo.jpg").write_bytes(PIC + bytes([channel]))
        messages = [
            message(
                n,
                f"Statement {n} of channel {channel} on talks in round {n * 7 + channel}",
                date=datetime(2024, 3, day, tzinfo=UTC) + timedelta(minutes=2 * n),
                **photo("photos/photo.jpg", size=len(PIC) + 1),
            )
            for n in range(1, per_channel + 1)
        ]
        export = make_channel_export(messages, id=1000 + channel, name=f"Channel {channel}")
        write_export(folder / "result.json", export)
        folders.append(folder)
    most_waiting = 0
    store_files = ExportMedia.store_files

    async def spied(self: ExportMedia, *args: Any, **kw: Any) -> Any:
        nonlocal most_waiting
        most_waiting = max(most_waiting, len(self.waiting))
        return await store_files(self, *args, **kw)

    monkeypatch.setattr(ExportMedia, "store_files", spied)
    db = tmp_path / "archive.db"

    result = cli("--db", db, "import", *folders)

    assert result.code == 0, result.err
    assert f"media: {2 * per_channel} file(s) kept ({2 * per_channel - 2} already" in result.out
    rows = rows_at(
        db,
        "SELECT sources.key, posts.external_id, post_media.state, post_media.sha256"
        " FROM post_media JOIN posts ON posts.id = post_media.post_id"
        " JOIN sources ON sources.id = posts.source_id",
    )
    sha = {str(1000 + c): hashlib.sha256(PIC + bytes([c])).hexdigest() for c in (1, 2)}
    assert sorted(rows) == sorted(
        (key, str(n), "kept", digest)
        for key, digest in sha.items()
        for n in range(1, per_channel + 1)
    )
    assert 0 < most_waiting <= 5 * CHUNK  # the chunks read ahead, not the export


def test_post_ids_remember_what_a_set_would() -> None:
    """The bit set an import keeps of the posts it linked answers as a set of ints does,
    for small, large and far ids, added in any order."""
    rng = random.Random(7)
    ids = [rng.choice((rng.randrange(1, 64), rng.randrange(1, 10**7), 2**40 + rng.randrange(9)))
           for _ in range(3_000)]  # fmt: skip
    seen, plain = PostIds(), set()
    for i in ids:
        assert (i in seen) == (i in plain), i
        seen.add(i)
        plain.add(i)
    probes = [*ids, *(rng.randrange(1, 2 * 10**7) for _ in range(3_000)), 2**40 + 20]
    assert [i in seen for i in probes] == [i in plain for i in probes]


def test_a_later_export_with_only_the_photo_replaced_updates_the_posts_list_of_media(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    # The text is the same, so the post is unchanged: no version, but posts.media named the
    # first photo while post_media held the new one.
    first, later = tmp_path / "first", tmp_path / "later"
    other = PIC + b"\x00"
    edited = datetime(2023, 5, 18, 9, 0, tzinfo=UTC)
    for root, data, when in ((first, PIC, None), (later, other, edited)):
        folder = export_folder(
            root,
            [message(1, "Summit photo", edited=when, **photo("photos/p.jpg", size=len(data)))],
        )
        (folder / "photos" / "p.jpg").write_bytes(data)
    db = target
    assert cli("--db", db, "import", first / "ChatExport_2024-03-12").code == 0

    result = cli("--db", db, "import", later / "ChatExport_2024-03-12")

    assert result.code == 0, result.err
    assert "1 unchanged" in result.out
    assert media_rows(db) == [("1", "photo", "kept", None, hashlib.sha256(other).hexdigest())]
    (media,) = rows_at(db, "SELECT media FROM posts")
    assert f'"size": {len(other)}' in media[0]
    assert rows_at(db, "SELECT count(*) FROM post_versions") == [(0,)]


def test_an_older_export_imported_later_does_not_replace_the_posts_photo(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    other = PIC + b"\x00"
    edited = datetime(2023, 5, 18, 9, 0, tzinfo=UTC)
    for root, data, when in ((old, PIC, None), (new, other, edited)):
        folder = export_folder(
            root,
            [message(1, "Summit photo", edited=when, **photo("photos/p.jpg", size=len(data)))],
        )
        (folder / "photos" / "p.jpg").write_bytes(data)
    db = target
    assert cli("--db", db, "import", new / "ChatExport_2024-03-12").code == 0
    before = (rows_at(db, "SELECT media FROM posts"), media_rows(db))

    result = cli("--db", db, "import", old / "ChatExport_2024-03-12")

    assert result.code == 0, result.err
    assert (rows_at(db, "SELECT media FROM posts"), media_rows(db)) == before
    assert rows_at(db, "SELECT count(*) FROM post_media_replaced") == [(0,)]


def test_an_import_refused_for_a_bad_message_leaves_the_media_folder_as_it_was(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    kept_before = PIC + b"kept before"
    first = export_folder(
        tmp_path / "first", [message(1, "Kept", **photo("photos/k.jpg", size=len(kept_before)))]
    )
    (first / "photos" / "k.jpg").write_bytes(kept_before)
    db = target
    assert cli("--db", db, "import", first).code == 0
    files_before = stored(db)
    folders_before = sorted(p for p in media_dir_at(db).rglob("*") if p.is_dir())
    # A second export: the photo kept before again, three new ones, then a bad message.
    news = [PIC + bytes([n]) for n in range(3)]
    messages = [message(2, "Again", **photo("photos/k.jpg", size=len(kept_before)))]
    messages += [
        message(3 + n, f"New {n}", **photo(f"photos/n{n}.jpg", size=len(data)))
        for n, data in enumerate(news)
    ]
    # The bad message after a whole chunk: the first chunk's files are copied before it.
    messages += [message(10 + n, f"Filler {n}") for n in range(CHUNK)]
    messages.append(message(10 + CHUNK, "Bad", forwarded_from=3))
    second = export_folder(tmp_path / "second", messages)
    (second / "photos" / "k.jpg").write_bytes(kept_before)
    for n, data in enumerate(news):
        (second / "photos" / f"n{n}.jpg").write_bytes(data)

    result = cli("--db", db, "import", second)

    assert result.code == 1
    assert "nothing was imported" in result.err
    assert stored(db) == files_before
    assert sorted(p for p in media_dir_at(db).rglob("*") if p.is_dir()) == folders_before
    assert (media_dir_at(db) / relative_path(hashlib.sha256(kept_before).hexdigest())).exists()


def test_a_refused_first_import_leaves_no_media_folder(
    tmp_path: Path, target: Path | str, cli: Callable[..., Any]
) -> None:
    folder = export_folder(
        tmp_path,
        [
            message(1, "Photo", **photo("photos/p.jpg", size=len(PIC))),
            *(message(2 + n, f"Filler {n}") for n in range(CHUNK)),
            message(2 + CHUNK, "Bad", forwarded_from=3),
        ],
    )
    (folder / "photos" / "p.jpg").write_bytes(PIC)
    db = target
    assert cli("--db", db, "migrate").code == 0

    result = cli("--db", db, "import", folder)

    assert result.code == 1
    assert not media_dir_at(db).exists()
