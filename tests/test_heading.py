"""A post's heading (archive/heading.py) and its weight in ranked search (migration 0015)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from conftest import ingest, make_post
from index_check import assert_index_agrees
from old_archives import before_0019

from tg_archiver.archive.analysis import analyse, index_forms
from tg_archiver.archive.heading import MAX_CHARS, MAX_WORDS, heading
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.cli import main

BODY = (
    "The leaders welcomed the interest of nearly 30 countries in cooperation with the"
    " association and agreed on steps to develop independent payment infrastructure."
)
MORE = (
    "They also called for a reform of the Bretton Woods institutions to reflect the weight of"
    " emerging markets, and for a fair settlement of the conflicts in the Middle East."
)
STATEMENT = f"Kazan Declaration adopted at the BRICS summit\n\n{BODY}\n\n{MORE}\n\n#BRICS"
BRIEFING = (
    "Briefing by the Foreign Ministry Spokeswoman: the situation around Ukraine, preparations"
    " for the BRICS summit in Kazan, and answers to media questions."
)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (STATEMENT, None, "Kazan Declaration adopted at the BRICS summit"),
        # Russian, one line break (no blank line) between heading and body.
        (
            "О встрече С.В.Лаврова с Министром иностранных дел Лаоса\n"
            "Состоялись переговоры министров, обсуждены вопросы двустороннего сотрудничества"
            " и подготовки визита делегации Лаоса в Москву.",
            None,
            "О встрече С.В.Лаврова с Министром иностранных дел Лаоса",
        ),
        # A feed item's title is its heading, whatever its text.
        (STATEMENT, "Declaration of Kazan", "Declaration of Kazan"),
        ("One line.", "  A title  ", "A title"),
        # Whitespace-only title: as if none.
        (STATEMENT, "   ", "Kazan Declaration adopted at the BRICS summit"),
        # One-line posts have no heading, with or without a line of hashtags or a link under.
        ("Kazan is ready to host the BRICS summit #BRICS", None, ""),
        ("Kazan is ready to host the BRICS summit\n#BRICS #Kazan", None, ""),
        ("Kazan is ready to host the BRICS summit\nhttps://mid.ru/en/press/1234567", None, ""),
        # Emoji or hashtag lines are skipped while looking for the first line with words.
        ("🇷🇺🇨🇳\n\n" + STATEMENT, None, "Kazan Declaration adopted at the BRICS summit"),
        ("#BRICS #Kazan\n" + STATEMENT, None, "Kazan Declaration adopted at the BRICS summit"),
        # A first line of emoji alone followed by one line: no heading.
        ("🇷🇺🇨🇳\nKazan is ready to host the BRICS summit", None, ""),
        # Hashtags and links are no heading words: a line of them and emoji is no heading.
        ("🇷🇺 #BRICS https://t.me/x\n" + BODY, None, ""),
        # The body must be longer than the heading: two equal lines are no heading + body.
        ("Kazan summit opens today in Tatarstan\nKazan summit opens today in Tatarstan", None, ""),
        # A long first paragraph is the body itself.
        (BRIEFING + "\n\n" + BODY, None, ""),
        ("", None, ""),
        ("\n\n\n", None, ""),
    ],
)
def test_heading(text: str, title: str | None, expected: str) -> None:
    assert heading(text, title) == expected


def test_heading_limits_are_inclusive() -> None:
    at_most = " ".join(["word"] * MAX_WORDS)
    assert heading(f"{at_most}\n{BODY}") == at_most
    assert heading(f"{at_most} more\n{BODY}") == ""
    long_line = "x" * (MAX_CHARS - 2) + " y"
    assert heading(f"{long_line}\n{BODY}") == long_line
    assert heading(f"{long_line}z\n{BODY}") == ""


def test_index_forms_repeat_the_heading_after_the_post() -> None:
    assert index_forms(STATEMENT) == f"{analyse(STATEMENT)} {analyse(heading(STATEMENT))}"
    assert index_forms("One line only.") == analyse("One line only.")
    assert index_forms("Body text.", "The Title") == "the titl bodi text the titl"


async def _ranked(store: Store, text: str) -> list[str]:
    hits = await store.search(parse_query(text), limit=10, by_rank=True)
    return [h.row.external_id for h in hits]


async def _posts(store: Store) -> None:
    await ingest(
        store,
        make_post("statement", STATEMENT, day=3),
        make_post("briefing", BRIEFING, day=4),
        make_post("line", "Kazan is ready to host the BRICS summit #BRICS", day=5),
        make_post(
            "ru",
            "О встрече в Казани\n\nМинистры обсудили подготовку саммита, повестку заседаний"
            " и участие стран-партнёров, а также вопросы расчётов в национальных валютах.",
        ),
        make_post(
            "ru-mention",
            "Брифинг: итоги встречи в Казани, положение соотечественников, ответы на вопросы.",
            day=2,
        ),
    )


async def test_a_statement_headed_by_the_words_ranks_first(store: Store) -> None:
    await _posts(store)
    assert (await _ranked(store, "Kazan summit"))[0] == "statement"
    # In any form of the words: "встреча" heads "О встрече в Казани".
    assert (await _ranked(store, "встреча Казань"))[0] == "ru"


def _without_headings(path: Path) -> None:
    """Give ``path`` the word forms tg-archiver wrote before migration 0015: without the
    heading (the index kept in step)."""
    before_0019(path)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT id, title, clean_text, search_stems FROM posts").fetchall()
        for pid, title, text, stems in rows:
            old = analyse(f"{title}\n{text}" if title else text)
            db.execute(
                "INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)"
                " VALUES ('delete', ?, ?, ?, ?)",
                (pid, title, text, stems),
            )
            db.execute("UPDATE posts SET search_stems = ? WHERE id = ?", (old, pid))
            db.execute(
                "INSERT INTO posts_fts (rowid, title, clean_text, search_stems)"
                " VALUES (?, ?, ?, ?)",
                (pid, title, text, old),
            )


async def test_migration_gives_an_existing_archive_its_headings(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await _posts(store)
    await store.close()
    _without_headings(path)
    old = await Store.open(path, migrate=False)
    try:
        assert (await _ranked(old, "Kazan summit"))[0] == "briefing"  # as before 0015
    finally:
        await old.close()
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM schema_migrations WHERE version = 15")

    seen: list[tuple[int, int]] = []
    store = await Store.open(path, progress=lambda done, total: seen.append((done, total)))
    try:
        assert store.applied_on_open == [
            "0015_search_headings.sql",
            "0019_word_forms_checked.sql",
            "0020_word_forms_in_the_index_only.sql",
            "0021_word_forms_refill.sql",
        ]
        assert seen and seen[-1] == (5, 5)
        assert (await _ranked(store, "Kazan summit"))[0] == "statement"
    finally:
        await store.close()
    with sqlite3.connect(path) as db:  # the forms with the headings, in the index only
        assert db.execute("SELECT DISTINCT search_stems FROM posts").fetchall() == [("",)]
        assert_index_agrees(db)


async def test_migrate_command_applies_the_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await _posts(store)
    await store.close()
    _without_headings(path)
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM schema_migrations WHERE version = 15")

    assert await asyncio.to_thread(main, ["--db", str(path), "migrate"]) == 0
    assert "applied 0015_search_headings.sql" in capsys.readouterr().out
    store = await Store.open(path)
    try:
        assert (await _ranked(store, "Kazan summit"))[0] == "statement"
    finally:
        await store.close()
