"""Hostile input, round 10: what a user's files or a hostile channel gave, and was mishandled.

Each test states the input, what happened before, and what happens now. Real SQLite files,
the real command line (tests/conftest.py's ``cli``).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import dump
from tdesktop_fixtures import make_channel_export, message, patched, write_export

from tg_archiver.archive.config import Config
from tg_archiver.archive.ingest import options_from_config
from tg_archiver.archive.models import Forward, Post, SourceRef
from tg_archiver.archive.prepare_ahead import prepared
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def texts(db: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT external_id, raw_text FROM posts ORDER BY id").fetchall()
    return [(str(e), str(t)) for e, t in rows]


# -- a Telegram Desktop export with bad fields: --partial keeps every good message -------------


def _export_with_bad_messages(tmp_path: Path) -> Path:
    messages = [
        message(1, "Good one on trade"),
        message(2, "A forward of no one", forwarded_from=5),  # a number: no name
        message(3, "Good two on energy"),
        message(4, "Bad \x00 byte"),  # refused by the archive (PostgreSQL)
        message(5, "Good three"),
        patched(message(6, "An id that is text"), id="six"),
        message(7, "Good four, the last"),
    ]
    return write_export(tmp_path / "result.json", make_channel_export(messages))


def test_without_partial_a_bad_field_refuses_the_export_naming_the_message(tmp_path, cli):
    db = tmp_path / "archive.db"
    assert cli("--db", db, "migrate").code == 0
    before = dump(db)
    path = _export_with_bad_messages(tmp_path)
    r = cli("--db", db, "import", path)
    assert r.code == 1 and "Traceback" not in r.err
    (line,) = r.err.splitlines()
    assert line.startswith(f"tg-archiver: error: {path}: message 2 (near byte ")
    assert line.endswith('"forwarded_from" must be a string, got 5; nothing was imported')
    assert dump(db) == before


def test_with_partial_every_good_message_is_kept_and_each_bad_one_named(tmp_path, cli, caplog):
    # Before: --partial kept the posts read before the first bad message (1 of 4 good ones).
    db = tmp_path / "archive.db"
    path = _export_with_bad_messages(tmp_path)
    r = cli("--db", db, "import", "--partial", path)
    assert r.code == 1 and "Traceback" not in r.err
    assert texts(db) == [
        ("1", "Good one on trade"),
        ("3", "Good two on energy"),
        ("5", "Good three"),
        ("7", "Good four, the last"),
    ]
    assert "left out 3 post(s) with a bad field (--partial; each logged)" in r.out
    warned = [r.getMessage() for r in caplog.records]
    assert any("message 2 (" in w and '"forwarded_from" must be a string' in w for w in warned)
    assert any("message 4 (near byte" in w and "NUL character" in w for w in warned)
    assert any("message at index 6 (" in w and '"id" must be an integer' in w for w in warned)
    # Again: nothing new, the same three named.
    again = cli("--db", db, "import", "--partial", path)
    assert again.code == 1 and "left out 3 post(s)" in again.out
    assert len(texts(db)) == 4


# -- forwards that name each other: no copy hides its own original ---------------------------

X = SourceRef(kind="telegram", key="1500000001", title="Channel X", username="channel_x")
Y = SourceRef(kind="telegram", key="1500000002", title="Channel Y", username="channel_y")
ASTANA = "Statement on the talks in Astana today"


def mutual_forward(
    source: SourceRef, post_id: int, origin: SourceRef, origin_id: int, text: str = ASTANA
) -> Post:
    return Post(
        source=source,
        external_id=str(post_id),
        published_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
        text=text,
        forwarded_from=Forward(
            name=origin.title, source_key=origin.key, external_id=str(origin_id)
        ),
    )


@pytest.mark.parametrize("together", [False, True], ids=["apart", "one-chunk"])
async def test_two_posts_that_say_they_are_forwards_of_each_other_stay_found(
    engine_store: Store, together: bool
) -> None:
    # X/1 says it is a forward of Y/2, and Y/2 of X/1 (an edited export, a hostile file):
    # each was linked as the other's copy, a cycle, and a search hid both ("no posts match").
    a, b = mutual_forward(X, 1, Y, 2), mutual_forward(Y, 2, X, 1)
    options = options_from_config(Config())
    for batch in [[a, b]] if together else [[a], [b]]:
        async with engine_store.transaction():
            await engine_store.ingest(prepared(batch, options, "test"), now=datetime.now(UTC))
    rows = await engine_store.connection.read_all("SELECT id, duplicate_of FROM posts ORDER BY id")
    links = {int(i): (int(d) if d is not None else None) for i, d in rows}
    assert links == {1: None, 2: 1}  # the first stored is the original, the other its copy
    found = await engine_store.search(parse_query("Astana"), limit=20)
    assert [h.row.external_id for h in found] == ["1"]  # the copy folded under it


# -- export -o onto the files the archive keeps beside it -------------------------------------


@pytest.mark.parametrize("suffix", [".spool", ".spool-wal", ".run.lock", ".delivery.lock"])
def test_export_onto_the_live_spool_or_a_lock_is_refused_and_keeps_it(tmp_path, cli, suffix):
    # `export -o archive.db.spool` replaced the live spool, the posts a running service had
    # acknowledged and not yet stored in it lost; a lock file was replaced as well.
    db = tmp_path / "archive.db"
    assert cli("--db", db, "migrate").code == 0
    beside = Path(f"{db}{suffix}")
    beside.write_bytes(b"the archive's own\n")
    r = cli("--db", db, "export", "-o", beside)
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err == (
        f"tg-archiver: error: cannot write the export to {beside}: it is one of the archive's"
        f" own files beside it (the live spool or a lock of {db}); give another file name\n"
    )
    assert beside.read_bytes() == b"the archive's own\n"


# -- paths in the config that start with ~ -----------------------------------------------------


def test_a_config_path_starting_with_a_tilde_is_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `database = "~/tg/archive.db"` was a folder named "~" beside the config ("no archive
    # at /etc/tg/~/tg/archive.db"), and so were the session, import paths, feeds and media.
    from tg_archiver.archive.config import load_config
    from tg_archiver.archive.database_url import location

    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    config = tmp_path / "etc" / "tg-archiver.toml"
    config.parent.mkdir()
    config.write_text(
        '[archive]\ndatabase = "~/tg/archive.db"\n'
        '[import]\npaths = ["~/exports/*.json", "here/*.json"]\n'
        '[telegram]\nsession = "~/tg/user.session"\n'
        '[media]\nfolder = "~/media"\n'
        '[[feeds]]\nurl = "~/feeds/news.xml"\n'
        'name = "Local"\n'
        '[cleaning]\nboilerplate = ["$HOME stays as written"]\n'
    )
    loaded = load_config(config)
    assert loaded.database == home / "tg" / "archive.db"
    assert loaded.import_paths == (home / "exports/*.json", config.parent / "here/*.json")
    assert loaded.telegram.session == home / "tg" / "user.session"
    assert loaded.media.folder == home / "media"
    assert [f.url for f in loaded.feeds] == [str(home / "feeds" / "news.xml")]
    assert location("~/other.db") == home / "other.db"  # `--db=~/other.db`, unexpanded
    assert location("$HOME/x.db") == Path("$HOME/x.db")  # a $ is the path's own
