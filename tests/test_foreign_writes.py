"""What another program wrote into the archive: bytes that are not UTF-8, dates typed by hand.

The archive is a plain SQLite file the user may open in a sqlite3 shell, a script or
Datasette (README), and SQLite stores whatever bytes it is given as TEXT
(``CAST(x'ff' AS TEXT)``, a Latin-1 CSV imported into a column). One source title holding
such a byte failed every statement that read it ("Could not decode to UTF-8 column"): the
web's front page, post, source pages and feeds answered 500, the html, md and atom exports
and digests ended in a traceback, and the JSON Lines export wrote lines no JSON reader took.
Each byte that is not UTF-8 now reads as U+FFFD, and the other posts are read as ever.

A date typed into Datasette or a shell (``2024-03-05 10:00``) failed the same way, with a
ValueError traceback: it is read as the ISO 8601 it is (UTC when it names no offset), and what
is no date at all is one line.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from conftest import CliResult, write_archive
from web_archive import serve

from tg_archiver.archive.models import Post, SourceRef

CHANNEL = SourceRef(kind="telegram", key="1500000001", title="Example MFA")
AGENCY = SourceRef(kind="feed", key="https://news.example.org/feed.xml", title="Agency")
WHEN = datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
BAD_TITLE = b"MFA\xff \xc3"  # a lone 0xFF, and a UTF-8 sequence cut short


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("foreign") / "archive.db"
    write_archive(
        db,
        Post(CHANNEL, "1", WHEN, "Statement on the ceasefire talks #SCO"),
        Post(AGENCY, "a1", WHEN, "Agency report on the ceasefire talks #SCO"),
    )
    conn = sqlite3.connect(db)  # what a sqlite3 shell's UPDATE leaves
    try:
        with conn:
            conn.execute(
                "UPDATE sources SET title = CAST(? AS TEXT) WHERE key = ?",
                (BAD_TITLE, CHANNEL.key),
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is copied
    finally:
        conn.close()
    return db


@pytest.fixture
def odd(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    path.write_bytes(template.read_bytes())
    return path


SHOWN = "MFA\ufffd \ufffd"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "md", "html", "atom"])
def test_an_export_reads_a_title_that_is_not_utf8_as_replacement_characters(
    cli: Callable[..., CliResult], odd: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    done = cli("--db", odd, "export", "--format", fmt, "-o", out)
    assert done.code == 0, done.err
    assert "Traceback" not in done.err
    text = out.read_bytes().decode("utf-8")  # strict: the export is UTF-8 throughout
    assert SHOWN in text
    assert "Agency report" in text  # the good post beside it
    if fmt == "jsonl":
        titles = {json.loads(line)["source_title"] for line in text.splitlines()}
        assert titles == {SHOWN, "Agency"}


def test_search_and_digest_read_it_too(cli: Callable[..., CliResult], odd: Path) -> None:
    found = cli("--db", odd, "search", "ceasefire", "--json")
    assert found.code == 0, found.err
    assert {json.loads(line)["source_title"] for line in found.out.splitlines()} == {
        SHOWN,
        "Agency",
    }
    digest = cli("--db", odd, "digest", "SCO", "--since", "2024-03-01", "--until", "2024-03-10")
    assert digest.code == 0, digest.err
    assert SHOWN in digest.out


@pytest.fixture
def served_odd(odd: Path) -> Iterator[str]:
    with serve(odd) as s:
        yield s.url


@pytest.mark.parametrize(
    "path",
    ["/", "/?q=ceasefire", "/post/1", "/source/1500000001", "/feeds/topic/SCO.atom",
     "/feeds/source/1500000001.atom", "/feeds/digest/SCO.atom", "/day/2024-03-04"],
)  # fmt: skip
def test_the_web_app_serves_every_page_beside_it(served_odd: str, path: str) -> None:
    r = httpx.get(served_odd + path, timeout=30)
    assert r.status_code == 200, r.text[:300]
    assert SHOWN in r.text or "MFA\ufffd" in r.text or path.startswith("/feeds/digest")


def _set(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize(
    "command",
    [["search", "ceasefire", "--json"], ["export", "--format", "html"],
     ["export", "--format", "md"], ["export", "--format", "atom"],
     ["digest", "SCO", "--since", "2024-03-01", "--until", "2024-03-10"], ["explain", "2"],
     ["relink"]],
)  # fmt: skip
def test_a_date_typed_by_hand_is_read_as_the_iso_8601_it_is(
    cli: Callable[..., CliResult], odd: Path, command: list[str]
) -> None:
    _set(odd, "UPDATE posts SET published_at = '2024-03-04 12:15+03:00', edited_at = '2024-03-05'")
    done = cli("--db", odd, *command)
    assert done.code == 0, done.err
    assert "Traceback" not in done.err
    if command[0] == "search":
        rows = [json.loads(line) for line in done.out.splitlines()]
        assert {(r["published_at"], r["edited_at"]) for r in rows} == {
            ("2024-03-04T09:15:00Z", "2024-03-05T00:00:00Z")
        }


def test_what_is_no_date_is_one_line(
    cli: Callable[..., CliResult], odd: Path, tmp_path: Path
) -> None:
    _set(odd, "UPDATE posts SET published_at = 'yesterday' WHERE id = 2")
    done = cli("--db", odd, "export", "--format", "md", "-o", tmp_path / "out.md")
    assert done.code == 1
    assert not (tmp_path / "out.md").exists()
    assert done.err == (
        "tg-archiver: error: the archive holds 'yesterday' where a time belongs (written there"
        " by another program?); write it as 2024-03-05T10:00:00Z\n"
    )
