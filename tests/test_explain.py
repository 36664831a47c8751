"""`tg-archiver explain ID` and `tg-archiver unlink ID` through the real command line, on a
real archive: a wrong merge can be seen and undone for good."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

from conftest import CliResult, ingest, make_post

from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import Store

SIGNATURE = "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia"
READOUT = (
    "On March 3, Foreign Minister Sergey Lavrov spoke over the phone with the Foreign Minister"
    " of {}. The ministers discussed the situation in the Middle East and the settlement in"
    " Syria, and agreed to keep in touch."
)


def _archive(path: Path) -> None:
    async def fill() -> None:
        async with await Store.open(path) as store:
            await ingest(
                store,
                make_post(1, READOUT.format("Turkey Hakan Fidan") + SIGNATURE),
                make_post(2, READOUT.format("Egypt Badr Abdelatty") + SIGNATURE),
                make_post(3, "⚡️ Breaking: " + READOUT.format("Turkey Hakan Fidan")),
            )

    asyncio.run(fill())


def _links(path: Path) -> dict[int, int | None]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, duplicate_of FROM posts").fetchall())


def test_explain_says_why_a_copy_is_linked_and_a_sibling_is_not(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"
    _archive(db)
    assert _links(db) == {1: None, 2: None, 3: 1}
    r = cli("--db", db, "explain", 3)
    assert r.code == 0, r.err
    assert "post 3 is a near copy of post 1" in r.out
    assert "Jaccard 1.00" in r.out and "only in post 3 (0 words)" in r.out
    r = cli("--db", db, "explain", 2)
    assert r.code == 0, r.err
    assert "post 2 is an original" in r.out and "compared with post 1:" in r.out
    assert "another name or number in a template's slot: 'Turkey Hakan Fidan'" in r.out
    r = cli("--db", db, "explain", 99)
    assert (r.code, r.out) == (1, "") and r.err == "tg-archiver: error: no post with id 99\n"
    # Ids past a million are an archive's ids, not a limit's ("expected at most 1,000,000").
    for command in ("explain", "unlink"):
        r = cli("--db", db, command, 1_500_000)
        assert r.err == "tg-archiver: error: no post with id 1500000\n"
    r = cli("--db", db, "unlink", 2**63)
    assert r.code == 2 and "expected a post's id (1 or more)" in r.err


def test_unlink_keeps_a_post_distinct_through_relink_and_reimport(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"
    _archive(db)
    r = cli("--db", db, "unlink", 3)
    assert (r.code, r.out) == (0, "post 3 is no longer a near copy of post 1\n")
    assert _links(db) == {1: None, 2: None, 3: None}
    assert cli("--db", db, "relink").code == 0
    assert _links(db) == {1: None, 2: None, 3: None}
    assert "was unlinked by hand" in cli("--db", db, "explain", 3).out
    _archive(db)  # the same posts again: found stored, left as they are
    assert _links(db) == {1: None, 2: None, 3: None}
    assert cli("--db", db, "unlink", 3).out == "post 3 was already unlinked; it stays distinct\n"
    # Relink without the record would link it again: the record is what keeps it apart.
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM post_unlinks")
    assert cli("--db", db, "relink").code == 0
    assert _links(db) == {1: None, 2: None, 3: 1}


def test_explain_says_a_slot_reworded_by_its_own_channel_is_its_next_statement(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"
    election = (
        "Russian observers will monitor the {} election in Sri Lanka, the Central Election"
        " Commission said."
    )

    async def fill() -> None:
        async with await Store.open(db) as store:
            await ingest(
                store,
                make_post(1, election.format("parliamentary")),
                make_post(2, election.format("presidential")),
            )

    asyncio.run(fill())
    assert _links(db) == {1: None, 2: None}
    r = cli("--db", db, "explain", 2)
    assert r.code == 0, r.err
    assert "other words in a template's slot: 'parliamentary' in post 1," in r.out
    assert "both published by one channel: its next statement" in r.out
    assert cli("--db", db, "relink").code == 0  # relink reads each post's source too
    assert _links(db) == {1: None, 2: None}


def test_explain_says_a_one_liner_reworded_is_still_a_copy(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    db = tmp_path / "a.db"
    toll = "Death toll in Karachi garment factory fire {} to 23, police say"

    async def fill() -> None:
        async with await Store.open(db) as store:
            await ingest(store, make_post(1, toll.format("rises")))
            await ingest(store, make_post(2, toll.format("climbs"), source=_wire()))

    asyncio.run(fill())
    assert _links(db) == {1: None, 2: 1}
    r = cli("--db", db, "explain", 2)
    assert r.code == 0, r.err
    assert "still a copy: the same words with a phrase reworded" in r.out


def _wire() -> SourceRef:
    return SourceRef(kind="telegram", key="-1001800900024", title="Wire")


def test_an_exact_copy_is_named_with_its_article(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # "post 2 is a exact copy of post 1", "post 2 is no longer a exact copy of post 1".
    db = tmp_path / "a.db"
    text = "Statement on the talks in Geneva on the situation in the region.\n"
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"Forwarded from MFA\n{text}")
        assert cli("--db", db, "import", tmp_path / f"{name}.txt", "--source", name).code == 0
    assert _links(db) == {1: None, 2: 1}

    assert cli("--db", db, "explain", 2).out.startswith("post 2 is an exact copy of post 1")
    assert cli("--db", db, "unlink", 2).out == "post 2 is no longer an exact copy of post 1\n"
