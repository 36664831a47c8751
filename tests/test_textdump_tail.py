"""A text dump the import scan read while it was being written: the post it ended in, cut off,
is completed by the next read as that post's edit, never kept beside the whole one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NOW, OPTIONS

from tg_archiver.archive.import_scan import import_new_files
from tg_archiver.archive.importers.textdump import post_id
from tg_archiver.archive.importers.textdump_tail import Tail, completes
from tg_archiver.archive.store import Store

POSTS = [
    f"Forwarded from Ministry\nStatement {n}: the ministry held consultations on security.\n"
    f"The sides agreed to continue the dialogue on item {n}.\n"
    for n in range(1, 6)
]
WHOLE = "\n".join(POSTS)
LAST = POSTS[-1].removeprefix("Forwarded from Ministry\n").strip()


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        ("Statement 5: the minis", "Statement 5: the ministry met.\nThe sides agreed."),
        ("Statement 5: the ministry met.", "Statement 5: the ministry met.\nThe sides agreed."),
        ("Statement 5.\nThe sides agr", "Statement 5.\nThe sides agreed.\nMore follows."),
        ("Statement 5.\nThe sides agreed.\n\nForwarded fr", "Statement 5.\nThe sides agreed."),
        ("Statement 5.\n\nForwarded from", "Statement 5."),
    ],
)
def test_a_cut_off_post_is_completed_by_its_whole_text(cut: str, whole: str) -> None:
    assert completes(cut, whole)


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        ("Statement 5: the ministry met.", "Statement 5: the ministry met."),  # the same
        ("Statement 5: the minister", "Statement 5: the ministry met."),  # the line differs
        ("Statement 4.\nThe sides agr", "Statement 5.\nThe sides agreed."),  # another line
        ("Statement 5.\nThe sides agreed.", "Statement 5."),  # shorter: not completed
        ("Statement 5.\n\nForwarded fr", "Statement 6."),
    ],
)
def test_another_text_does_not_complete_it(cut: str, whole: str) -> None:
    assert not completes(cut, whole)


def test_where_a_read_ended_is_stored_as_text_and_read_back() -> None:
    assert Tail.parse(Tail(4, "ab12cd#2").text()) == Tail(4, "ab12cd#2")
    assert Tail.parse(None) is None
    assert Tail.parse("") is None
    assert Tail.parse("x ab12") is None
    assert Tail.parse("4") is None


async def _scan(store: Store, folder: Path) -> list[str]:
    results = await import_new_files(store, [folder], OPTIONS, now=NOW)
    return [str(r) if isinstance(r, Exception) else r.summary() for _path, r in results]


async def _posts(store: Store) -> list[tuple[str, str]]:
    rows = await store.connection.read_all(
        "SELECT external_id, raw_text FROM posts ORDER BY id"  # the same text on both engines
    )
    return [(str(e), str(t)) for e, t in rows]


async def _versions(store: Store) -> list[str]:
    rows = await store.connection.read_all("SELECT raw_text FROM post_versions ORDER BY id")
    return [str(t) for (t,) in rows]


@pytest.mark.parametrize(
    "upto",
    [
        WHOLE.rindex("The sides agreed to continue the dialogue on item 5."),  # a line ends
        WHOLE.rindex("consultations on security.\nThe sides agreed to continue the dialogue on"
                     " item 5."),  # within a line
    ],
)  # fmt: skip
async def test_a_dump_read_while_it_was_written_keeps_the_cut_off_post_as_its_whole_ones_edit(
    engine_store: Store, tmp_path: Path, upto: int
) -> None:
    # The cut-off post stayed beside the whole one: a story of its own, not linked as a copy.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dump = inbox / "dump.txt"
    dump.write_text(WHOLE[:upto])
    assert await _scan(engine_store, inbox) == [
        "5 new posts, 0 edited, 0 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"
    ]
    cut = WHOLE[:upto].rsplit("Forwarded from Ministry\n", 1)[1].rstrip("\n")

    dump.write_text(WHOLE)  # the copy finished
    assert await _scan(engine_store, inbox) == [
        "0 new posts, 1 edited, 4 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"
    ]
    posts = await _posts(engine_store)
    assert len(posts) == 5
    assert posts[-1] == (post_id("Ministry", LAST), LAST)  # the id any read of the file gives
    assert await _versions(engine_store) == [cut]

    with dump.open("a") as f:  # the dump goes on: the completed post is one post
        f.write("\nForwarded from Ministry\nStatement 6: a new round.\n")
    assert await _scan(engine_store, inbox) == [
        "1 new posts, 0 edited, 5 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"
    ]
    assert len(await _posts(engine_store)) == 6


async def test_a_dump_that_was_whole_when_read_gains_posts_after_its_last(
    engine_store: Store, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dump = inbox / "dump.txt"
    dump.write_text("".join(POSTS[:4]))
    await _scan(engine_store, inbox)
    dump.write_text("\n".join([*POSTS[:3], "Forwarded from Agency\nStatement 4: elsewhere.\n"]))
    # Another post where the last one was (the file written again), not its end: both kept.
    assert await _scan(engine_store, inbox) == [
        "1 new posts, 0 edited, 3 unchanged; linked 0 exact and 0 near duplicates, 0 forwards"
    ]
    assert await _versions(engine_store) == []
    assert len(await _posts(engine_store)) == 5
