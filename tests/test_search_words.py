"""The index's word list (migrations/0017, store/words.py): the FTS index's very words, kept
by ingest and edits, built for an archive made before it (resumable), and prefixes spelled
out from it find exactly what the prefix as typed finds."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.words import _RUN

TEXTS = (
    "Заявление МИД о санкциях ЕС: «санкционный» режим, санкций не признаём.",
    "Security forum: SECURE harbour, securities_law and e-security 2024.",
    "Sécurité du forum; café naïve Straße İstanbul ＡＢＣ ١٢٣ ﬁle x\u0301y",
    "Новогодняя Ёлка и ёлочные игрушки; йод, Йошкар-Ола.",
    "Private \ue000use\ue001 and 日本語のテキスト, Ελληνικά, العربية",
)
PREFIXES = ("санкц*", "secur*", "ёлк*", "елк*", "йош*", '"новогодняя ёл"*', "e*", "sec* -harbour*")


def index_words(path: Path) -> set[str]:
    """Every word of the index's title and text columns, as FTS5 lists them."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, posts_fts, col)")
        rows = db.execute("SELECT DISTINCT term FROM temp.v WHERE col != 'search_stems'")
        return {term for (term,) in rows}


def listed(path: Path) -> tuple[set[str], int]:
    with sqlite3.connect(path) as db:
        words = {w for (w,) in db.execute("SELECT word FROM search_words")}
        (noted,) = db.execute("SELECT count(*) FROM search_words_pending").fetchone()
    return words, noted


async def hits(store: Store) -> list[list[tuple[int, str]]]:
    return [
        [(h.row.id, h.snippet) for h in await store.search(parse_query(q), by_rank=rank)]
        for q in PREFIXES
        for rank in (False, True)
    ]


async def test_the_list_holds_the_index_words_after_ingest_and_an_edit(store: Store) -> None:
    await ingest(store, *(make_post(n, t, day=n) for n, t in enumerate(TEXTS, 1)))
    assert listed(store.path) == (index_words(store.path), 0)
    assert {"санкциях", "securities_law", "securite", "ёлка", "ｅ"} - index_words(store.path) == {
        "securities_law",
        "ｅ",
    }
    edited = make_post(2, "Sanctions and a securitisation scheme", day=2)
    await ingest(store, edited)
    words, noted = listed(store.path)
    assert noted == 0 and "securitisation" in words
    # Words an edit removed stay listed (matching nothing): the list never misses one.
    assert index_words(store.path) <= words and "harbour" in words - index_words(store.path)


async def test_prefixes_spelled_out_from_the_list_find_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest(store, *(make_post(n, t, day=n) for n, t in enumerate(TEXTS, 1)))
    assert await store._spelled_out('{title clean_text} : "санкц"*') == (
        '{title clean_text} : ("санкций" OR "санкционный" OR "санкциях")'
    )
    spelled = await hits(store)
    monkeypatch.setattr("tg_archiver.archive.store.search._MAX_SPELLED", 0)  # as typed
    assert await hits(store) == spelled
    assert [len(h) for h in spelled[::2]] == [1, 2, 1, 0, 1, 1, 1, 1]


async def test_while_posts_wait_to_be_listed_the_index_is_asked(store: Store) -> None:
    await ingest(store, *(make_post(n, t, day=n) for n, t in enumerate(TEXTS, 1)))
    spelled = await hits(store)
    with sqlite3.connect(store.path) as db:  # as a copy leaves its target: posts noted
        db.execute("INSERT INTO search_words_pending SELECT id FROM posts")
    assert await store._spelled_out('"санкц"*') == '"санкц"*'  # not ASCII: left as typed
    assert await store._spelled_out('"secur"*') == (
        '("secure" OR "securite" OR "securities" OR "security")'
    )
    assert await hits(store) == spelled
    await ingest(store, make_post(9, "Another security statement", day=9))  # drains the notes
    assert listed(store.path) == (index_words(store.path), 0)


def test_every_character_a_text_is_split_at_ends_a_run() -> None:
    """catch_up cuts a text at whitespace (str.split) before the runs' pattern reads the
    pieces: the same runs only if every character str.split cuts at separates runs too."""
    cut = [chr(c) for c in range(sys.maxunicode + 1) if len(f"x{chr(c)}y".split()) != 1]
    assert "\u00a0" in cut and "\u3000" in cut and "\x1c" in cut
    assert not [c for c in cut if _RUN.search(c)]


async def test_pieces_met_again_in_a_later_chunk_are_listed_the_same(store: Store) -> None:
    """The runs of pieces a writer has seen (cut at whitespace, punctuation kept) are not
    read again; the list is still the index's words when they come back joined otherwise."""
    first = "Санкции,ЕС\u00a0и «санкциях» security-forum; Straße\u2003x\u0301y café"
    again = (
        "санкции ЕС,и «санкциях»; security forum-2024 Straße,x\u0301y\u3000новый-café",
        "ЕС\u00a0и (санкциях) Sécurité,security_law",
    )
    await ingest(store, make_post(1, first, day=1))
    await ingest(store, *(make_post(n, t, day=n) for n, t in enumerate(again, 2)))
    assert listed(store.path) == (index_words(store.path), 0)
    assert {"новый", "2024", "securite", "law"} <= index_words(store.path)


def _downgrade(path: Path) -> None:
    """The archive as migration 0017 left it."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER search_words_after_insert")
        db.execute("DROP TRIGGER search_words_after_update")
        db.execute("DROP TABLE search_words")
        db.execute("DROP TABLE search_words_pending")
        db.execute("DELETE FROM schema_migrations WHERE version = 18")


class Killed(Exception):
    """Stands for a kill during the fill."""


async def test_an_existing_archive_is_listed_resuming_after_a_kill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await ingest(
        store, *(make_post(n, f"{TEXTS[n % len(TEXTS)]} item{n}", day=n) for n in range(1, 26))
    )
    await store.close()
    _downgrade(path)
    monkeypatch.setattr("tg_archiver.archive.store.words.BATCH", 4)
    seen: list[tuple[int, int]] = []

    def killed_at_12(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 12:
            raise Killed

    with pytest.raises(Killed):
        await Store.open(path, progress=killed_at_12)
    assert seen[-1] == (12, 25)
    words, noted = listed(path)
    assert noted == 13 and "item12" in words and "item13" not in words  # three batches kept
    with caplog.at_level(logging.INFO, logger="tg_archiver.archive.store"):
        store = await Store.open(path, progress=lambda d, t: seen.append((d, t)))
    try:
        assert store.applied_on_open == []
        assert seen[-1] == (13, 13)
        assert "search index: word list done posts=13" in caplog.text
        assert listed(path) == (index_words(path), 0)
        assert [h.row.external_id for h in await store.search(parse_query("санкц*"))] == [
            str(n) for n in range(25, 0, -1) if n % len(TEXTS) == 0
        ]
    finally:
        await store.close()
