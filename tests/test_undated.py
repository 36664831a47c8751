"""Undated posts end to end: text-dump import, the archive, exports, search and digests.

A text dump has no dates. A post whose text names its day in a dateline is dated by it
(``date_source`` "text"); every other post keeps the file's modification time and is marked
undated ("file"). Digests leave undated posts out unless asked, and label them.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from conftest import CHANNEL, CliResult, dump, export_row, ingest, make_post

from tg_archiver.archive.importers.textdump import read_text_dump
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.store import SearchHit, Store
from tg_archiver.bot.replies import format_hit

Cli = Callable[..., CliResult]

FILE_TIME = datetime(2024, 3, 20, 9, 30, tzinfo=UTC)

# A scrape of a ministry channel's forwards in Russian and English, as a web preview leaves
# it (boilerplate lines, bodies repeated after "Read in full"). Invented text.
REMARKS = (
    "🎙 Foreign Minister's remarks at the Shanghai Cooperation Organisation ministerial"
    " (Astana, March 14, 2024)"
)
# A date only inside a paragraph: what the post is about, not when it was written.
CHARTER = (
    "🛡 Хартия Шанхайской организации сотрудничества была подписана 7 июня 2002 года"
    " в Санкт-Петербурге, и с тех пор государства-члены выстроили на её основе широкую сеть"
    " соглашений в области безопасности, торговли и культуры."
)
DUMP = f"""\
Forwarded from МИД России 🇷🇺
Media is too big
VIEW IN TELEGRAM
🎙 Интервью Министра иностранных дел агентству «Известия» (Москва, 12 марта 2024 года)
Основные тезисы:
🔹 Сотрудничество в рамках #ШОС набирает обороты.
🔹 Партнёры по #БРИКС разделяют этот подход.
Читать полностью
Основные тезисы:
🔹 Сотрудничество в рамках #ШОС набирает обороты.
Forwarded from Russian MFA 🇷🇺
{REMARKS}
Key talking points:
🔹 The #SCO has become a pillar of a fairer, multipolar world order.
🔹 Partners support practical cooperation in trade, transport and energy.
Forwarded from Russian MFA 🇷🇺
❗️ Comment by the spokesperson on the #SCO summit preparations
Preparations are on schedule and the agenda is agreed by all member states.
Forwarded from МИД России 🇷🇺
{CHARTER}
#ШОС
Forwarded from Russian MFA 🇷🇺
📌 Statement on the #SCO anniversary (Moscow, March 25, 2024)
The anniversary will be marked in all member states.
"""

HEADLINES = {
    "ru-interview": "🎙 Интервью Министра",
    "en-remarks": "🎙 Foreign Minister's remarks",
    "en-comment": "❗️ Comment by the spokesperson",
    "ru-paragraph": "🛡 Хартия",
    "en-future": "📌 Statement on the",
}
CONFIG = '[topics]\nSCO = ["#ШОС", "Shanghai Cooperation Organisation"]\n'


def write_dump(tmp_path: Path) -> Path:
    path = tmp_path / "mfa-scrape.txt"
    path.write_text(DUMP, encoding="utf-8")
    os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return path


def imported(cli: Cli, tmp_path: Path) -> tuple[Path, Path, Path]:
    db, config = tmp_path / "a.db", tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    path = write_dump(tmp_path)
    result = cli("--config", config, "--db", db, "import", path)
    assert result.code == 0, result.err
    return db, config, path


def by_headline(records: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    out = {}
    for name, start in HEADLINES.items():
        [record] = [r for r in records if str(r["text"]).startswith(start)]
        out[name] = record
    return out


def test_the_importer_dates_a_post_by_its_dateline_and_marks_the_rest_undated(
    tmp_path: Path,
) -> None:
    posts = {p.text.splitlines()[0]: p for p in read_text_dump(write_dump(tmp_path))}
    [ru] = [p for first, p in posts.items() if first == "Media is too big"]
    [en] = [p for first, p in posts.items() if first.startswith(HEADLINES["en-remarks"])]
    others = [p for p in posts.values() if p not in (ru, en)]

    assert (ru.published_at, ru.date_source) == (datetime(2024, 3, 12, tzinfo=UTC), "text")
    assert (en.published_at, en.date_source) == (datetime(2024, 3, 14, tzinfo=UTC), "text")
    # No date, a date only inside a paragraph, a dateline after the file was written.
    assert len(others) == 3
    assert {(p.published_at, p.date_source) for p in others} == {(FILE_TIME, "file")}


def test_export_says_where_each_date_comes_from(cli: Cli, tmp_path: Path) -> None:
    db, config, _ = imported(cli, tmp_path)

    for fmt_args in ((), ("--no-duplicates",)):
        result = cli("--config", config, "--db", db, "export", *fmt_args)
        assert result.code == 0, result.err
        posts = by_headline([json.loads(line) for line in result.out.splitlines()])
        assert posts["ru-interview"]["published_at"] == "2024-03-12T00:00:00Z"
        assert posts["ru-interview"]["date_source"] == "text"
        assert posts["en-remarks"]["published_at"] == "2024-03-14T00:00:00Z"
        assert posts["en-remarks"]["date_source"] == "text"
        for name in ("en-comment", "ru-paragraph", "en-future"):
            assert posts[name]["date_source"] == "file"
            assert posts[name]["published_at"] == "2024-03-20T09:30:00Z"


def test_search_marks_undated_posts(cli: Cli, tmp_path: Path) -> None:
    db, config, _ = imported(cli, tmp_path)

    result = cli("--config", config, "--db", db, "search", "preparations")
    assert result.code == 0, result.err
    assert result.out.startswith("2024-03-20 09:30 (undated: the file's time)  mfa-scrape")

    dated = cli("--config", config, "--db", db, "search", "multipolar")
    assert dated.out.startswith("2024-03-14 (date from its text)  mfa-scrape")
    hits = cli("--config", config, "--db", db, "search", "preparations", "--json")
    assert json.loads(hits.out.splitlines()[0])["date_source"] == "file"


def test_digest_hides_undated_posts_unless_asked_and_then_labels_them(
    cli: Cli, tmp_path: Path
) -> None:
    db, config, _ = imported(cli, tmp_path)
    window = ("--since", "2024-03-01", "--until", "2024-03-31")

    hidden = cli("--config", config, "--db", db, "digest", "SCO", *window)
    assert hidden.code == 0, hidden.err
    assert "<b>#SCO</b> · 2 stories" in hidden.out
    assert "Интервью Министра иностранных дел агентству «Известия»" in hidden.out
    assert "mfa-scrape · 2024-03-12 (date from its text)" in hidden.out
    assert "mfa-scrape · 2024-03-14 (date from its text)" in hidden.out
    assert "undated" not in hidden.out
    assert "Comment by the spokesperson" not in hidden.out
    assert "Statement on the SCO anniversary" not in hidden.out

    shown = cli("--config", config, "--db", db, "digest", "SCO", *window, "--undated")
    assert shown.code == 0, shown.err
    assert "<b>#SCO</b> · 5 stories" in shown.out
    assert shown.out.count("mfa-scrape · undated") == 3
    assert "Comment by the spokesperson on the SCO summit preparations" in shown.out
    assert "2024-03-20 09:30" not in shown.out  # the file's time is never shown as a date


def test_a_configured_digest_lists_undated_posts_with_include_undated(
    cli: Cli, tmp_path: Path
) -> None:
    db, config, _ = imported(cli, tmp_path)
    entry = '[[digests]]\nname = "{}"\ntopics = ["SCO"]\ncron = "0 8 * * *"\n'
    config.write_text(
        CONFIG + entry.format("morning") + entry.format("everything") + "include_undated = true\n",
        encoding="utf-8",
    )
    window = ("--since", "2024-03-01", "--until", "2024-03-31")

    morning = cli("--config", config, "--db", db, "digest", "morning", *window)
    everything = cli("--config", config, "--db", db, "digest", "everything", *window)

    assert morning.code == everything.code == 0, morning.err + everything.err
    assert "undated" not in morning.out and "· 2 stories" in morning.out
    assert everything.out.count("· undated") == 3 and "· 5 stories" in everything.out

    config.write_text(CONFIG + entry.format("bad") + 'include_undated = "yes"\n')
    bad = cli("--config", config, "--db", db, "digest", "bad", *window)
    assert bad.code != 0
    assert "include_undated: expected true or false" in bad.err
    assert "Traceback" not in bad.err


def test_reimporting_the_dump_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    db, config, path = imported(cli, tmp_path)
    before = dump(db)

    os.utime(path)  # touched since: a re-import must not re-date the undated posts
    again = cli("--config", config, "--db", db, "import", path)

    assert again.code == 0, again.err
    assert dump(db) == before


async def test_migration_0012_marks_text_dump_posts_undated_and_the_rest_dated(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    group_export = SourceRef(kind="import", key="tdesktop:-4001", title="Example group")
    async with await Store.open(db) as store:
        await ingest(
            store,
            make_post(1, "Talks on #SCO cooperation."),
            make_post(2, "Group note on #SCO.", source=group_export),
            *read_text_dump(write_dump(tmp_path)),
        )
    with sqlite3.connect(db) as conn:  # as version 10 left it: no date_source column
        conn.execute("ALTER TABLE posts DROP COLUMN date_source")
        conn.execute("DELETE FROM schema_migrations WHERE version = 12")
    before = set(_posts(db))

    async with await Store.open(db) as store:
        assert store.applied_on_open == ["0012_date_source.sql"]

    with sqlite3.connect(db) as conn:
        origins = dict(
            conn.execute(
                "SELECT sources.key || ':' || posts.external_id, posts.date_source"
                " FROM posts JOIN sources ON sources.id = posts.source_id"
            ).fetchall()
        )
    assert origins.pop(f"{CHANNEL.key}:1") == "source"
    assert origins.pop("tdesktop:-4001:2") == "source"
    assert len(origins) == 5 and set(origins.values()) == {"file"}  # the text dump's posts
    assert set(_posts(db)) == before  # nothing else changed


def _posts(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, source_id, external_id, published_at, raw_text, clean_text, duplicate_of"
            " FROM posts"
        ).fetchall()


def test_the_bots_search_results_mark_undated_posts() -> None:
    when = datetime(2024, 3, 20, 9, 30, tzinfo=UTC)
    undated = export_row(1, "Comment on the #SCO summit.", published_at=when, date_source="file")
    from_text = export_row(2, "Interview (Moscow, March 12, 2024)", date_source="text")

    assert format_hit(SearchHit(undated, "")).startswith(
        "<i>2024-03-20 09:30 (undated: the file's time)</i> · Example MFA"
    )
    assert format_hit(SearchHit(from_text, "")).startswith(
        "<i>2024-03-04 (date from its text)</i> · Example MFA"
    )
    assert format_hit(SearchHit(export_row(3), "")).startswith("<i>2024-03-04 09:03</i>")


def test_markdown_and_html_exports_say_which_posts_are_undated(cli: Cli, tmp_path: Path) -> None:
    db, config, _ = imported(cli, tmp_path)
    undated = {"md": "(undated: the file's time)", "html": "(undated: the file&#x27;s time)"}

    for fmt, label in undated.items():
        result = cli("--config", config, "--db", db, "export", "--format", fmt)
        assert result.code == 0, result.err
        assert result.out.count(f"2024-03-20 09:30 UTC {label}") == 3
        assert result.out.count("2024-03-12 (date from its text)") == 1
        assert result.out.count("2024-03-14 (date from its text)") == 1
