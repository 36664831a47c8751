"""The command line end to end: real files, a real archive, the real `main`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import dump
from rewrites import (
    jq_added,
    jq_compact,
    jq_picked,
    jq_pretty,
    jq_slurp,
    jq_sorted,
    quote_all,
    reversed_lines,
    without_lines,
)

from tg_archiver.archive.cleaning import normalise

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = ROOT / "config.example.toml"
CONTRACT_FIELDS = {
    "id", "source", "source_kind", "external_id", "url", "published_at", "edited_at",
    "forwarded_from", "text", "tags", "duplicate_of",
}  # fmt: skip

BODY = (
    "🎙 Minister's remarks at the ministerial meeting (Astana, March 4, 2024)\n"
    "Key points:\n"
    "🔹 The organisation has become a pillar of a fairer, multipolar world order.\n"
    "🔹 We support expanding practical cooperation in trade, transport and energy.\n"
    "#SCO"
)


def message(mid: int | str, text: object, **fields: object) -> dict[str, object]:
    m: dict[str, object] = {
        "id": mid,
        "type": "message",
        "date": "2024-03-04T09:15:00",
        "date_unixtime": str(1709543700 + (mid if isinstance(mid, int) else 0) * 60),
        "from": "Example MFA",
        "from_id": "channel1500000001",
        "text": text,
        "text_entities": [],
    }
    m.update(fields)
    return m


def export_json(*messages: dict[str, object]) -> str:
    return json.dumps(
        {
            "name": "Example MFA",
            "type": "public_channel",
            "id": 1500000001,
            "messages": list(messages),
        },
        ensure_ascii=False,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def good_export(tmp_path: Path) -> Path:
    path = tmp_path / "good" / "result.json"
    path.parent.mkdir()
    path.write_text(
        export_json(
            message(1, BODY),
            # A near duplicate: the channel's post again with a sentence added (with a word
            # replaced instead it would be its next statement: candidates.same_source).
            message(2, BODY.replace("#SCO", "The full text is on the ministry's website.\n#SCO")),
            message(3, "Read in full\n" + BODY),  # exact duplicate once cleaned
            message(4, "📄 Statement on an unrelated matter of consular services for citizens."),
        ),
        encoding="utf-8",
    )
    return path


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_import_then_export_carries_the_contract_fields(cli, db, good_export) -> None:
    r = cli("--db", db, "import", good_export)
    assert r.code == 0, r.err
    assert "4 new posts" in r.out
    r = cli("--db", db, "export", "--format", "jsonl")
    posts = jsonl(r.out)
    assert len(posts) == 4
    for post in posts:
        assert post.keys() >= CONTRACT_FIELDS
        assert str(post["published_at"]).endswith("Z")
    by_ext = {p["external_id"]: p for p in posts}
    assert by_ext["1"]["duplicate_of"] is None
    assert by_ext["2"]["duplicate_of"] == by_ext["1"]["id"]  # a sentence added
    assert by_ext["3"]["duplicate_of"] == by_ext["1"]["id"]  # exact once cleaned
    assert by_ext["1"]["tags"] == ["SCO"]
    assert by_ext["1"]["source_kind"] == "telegram" and by_ext["1"]["source"] == "1500000001"


def test_search_json_carries_the_contract_fields(cli, db, good_export) -> None:
    cli("--db", db, "import", good_export)
    r = cli("--db", db, "search", "multipolar", "--json", "--all")
    hits = jsonl(r.out)
    assert r.code == 0 and len(hits) == 3
    assert all(h.keys() >= CONTRACT_FIELDS for h in hits)
    assert all(h["score"] > 0 for h in hits)
    ranked = jsonl(cli("--db", db, "search", "multipolar", "--json", "--all", "--rank").out)
    scores = [h["score"] for h in ranked]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)
    unscored = jsonl(cli("--db", db, "search", "since:2000-01-01", "--json").out)
    assert unscored and all(h["score"] is None for h in unscored)
    r = cli("--db", db, "search", "multipolar")
    assert r.code == 0 and "**multipolar**" in r.out and r.out.count("Example MFA") == 1


def test_reimporting_the_same_file_changes_nothing(cli, db, good_export) -> None:
    cli("--db", db, "import", good_export)
    before = dump(db)
    r = cli("--db", db, "import", good_export)
    assert r.code == 0 and "0 new posts" in r.out and "4 unchanged" in r.out
    assert dump(db) == before


BAD_EXPORTS = {
    "truncated": lambda: export_json(message(1, BODY), message(2, BODY))[:-40],
    "not_json": lambda: "<html><body>Not an export</body></html>",
    "wrong_field_type": lambda: export_json(message(1, BODY), message("two", BODY)),
    "text_wrong_type": lambda: export_json(message(1, BODY), message(2, {"oops": 1})),
    # (a message whose date is no date is kept undated: tests/test_hostile_dates.py)
    "nul_byte": lambda: export_json(message(1, BODY), message(2, "before\u0000after")),
    "huge_post": lambda: export_json(message(1, BODY), message(2, "x" * 10_485_760)),
}


@pytest.mark.parametrize("case", sorted(BAD_EXPORTS))
def test_bad_export_is_one_clear_line_and_leaves_the_archive_unchanged(
    cli, db, good_export, tmp_path, case
) -> None:
    cli("--db", db, "import", good_export)
    before = dump(db)
    bad = tmp_path / f"{case}.json"
    bad.write_text(BAD_EXPORTS[case](), encoding="utf-8")
    r = cli("--db", db, "import", bad)
    assert r.code == 1
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert lines[0].startswith("tg-archiver: error: ")
    assert "nothing was imported" in lines[0]
    assert bad.name in lines[0]
    assert "Traceback" not in r.err
    assert dump(db) == before


def test_invalid_utf8_is_refused(cli, db, tmp_path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes(export_json(message(1, "caf\u00e9 " * 20)).encode("latin-1"))
    r = cli("--db", db, "import", bad)
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert (
        dump(db) == []
        or sqlite3.connect(db).execute("SELECT count(*) FROM posts").fetchone()[0] == 0
    )


def test_a_bad_file_among_several_imports_nothing(cli, db, good_export, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(export_json(message(1, BODY))[:-10], encoding="utf-8")
    cli("--db", db, "migrate")
    before = dump(db)
    r = cli("--db", db, "import", good_export, bad)
    assert r.code == 1 and "nothing was imported" in r.err
    assert dump(db) == before


def test_partial_keeps_the_posts_before_a_damaged_spot(cli, db, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    whole = export_json(message(1, BODY), message(2, "other words " * 10), message(3, BODY))
    bad.write_text(whole[: whole.rindex('"id": 3') + 4], encoding="utf-8")  # cut in the third
    r = cli("--db", db, "import", "--partial", bad)
    assert r.code == 1
    assert "2 new posts" in r.out and "kept the 2 posts read before it" in r.out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 2


def test_partial_leaves_out_a_message_with_a_bad_field_and_keeps_those_after(
    cli, db, tmp_path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        export_json(message(1, BODY), message("x", BODY), message(2, "other words " * 10)),
        encoding="utf-8",
    )
    r = cli("--db", db, "import", "--partial", bad)
    assert r.code == 1
    assert "2 new posts" in r.out and "left out 1 post(s) with a bad field" in r.out
    assert "\"id\" must be an integer, got 'x'" in r.out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 2


def test_missing_file_and_bad_usage(cli, db, tmp_path) -> None:
    r = cli("--db", db, "import", tmp_path / "nope.json")
    assert r.code == 1 and "no such file" in r.err
    r = cli("--db", db, "search", "x", "--limit", "zero")
    assert r.code == 2
    r = cli("--db", db, "search", '"unclosed tag:"x')
    assert r.code == 1 and r.err.count("\n") == 1 and "Traceback" not in r.err


def test_export_to_a_file_is_written_whole(cli, db, good_export, tmp_path) -> None:
    cli("--db", db, "import", good_export)
    for fmt in ("jsonl", "csv", "md", "html"):
        out = tmp_path / f"out.{fmt}"
        r = cli("--db", db, "export", "--format", fmt, "--tag", "SCO", "-o", out)
        assert r.code == 0, r.err
        assert "exported 3 posts" in r.err
        assert out.stat().st_size > 0
    assert not list(tmp_path.glob(".out.*"))  # no temporary files left


def test_tags_and_stats(cli, db, good_export) -> None:
    cli("--db", db, "import", good_export)
    r = cli("--db", db, "tags")
    assert r.code == 0 and "#SCO" in r.out
    r = cli("--db", db, "stats")
    assert r.code == 0 and "posts       4 (2 copies" in r.out


def test_bad_config_names_the_key(cli, db, tmp_path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[dedup]\nnear_treshold = 0.8\n")
    r = cli("--config", cfg, "--db", db, "stats")
    assert r.code == 1 and "dedup.near_treshold" in r.err


def test_example_config_imports_fetches_and_searches(cli, tmp_path) -> None:
    db = tmp_path / "example.db"
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "import")
    assert r.code == 0, r.err
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "fetch")
    assert r.code == 0, r.err
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "search", "ceasefire", "--json", "--all")
    assert len(jsonl(r.out)) >= 3
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "search", "tag:SCO", "--json")
    sources = {h["source_kind"] for h in jsonl(r.out)}
    assert sources == {"telegram", "import", "feed"}  # the feed item got SCO from a phrase rule
    alias = cli("--config", EXAMPLE_CONFIG, "--db", db, "search", "tag:ШОС", "--json")
    assert alias.code == 0 and jsonl(alias.out) == jsonl(r.out)  # an alias names its topic


def test_sample_shaped_dump_is_cleaned(cli, db, tmp_path) -> None:
    dump_file = ROOT / "examples" / "forwarded-dump.txt"
    r = cli("--db", db, "import", dump_file)
    assert r.code == 0, r.err
    posts = jsonl(cli("--db", db, "export").out)
    assert len(posts) == 2
    for post in posts:
        lines = [ln for ln in str(post["text"]).splitlines() if len(ln.strip()) >= 20]
        assert len(lines) == len(set(lines))
        assert "VIEW IN TELEGRAM" not in str(post["text"])
        assert "Please open Telegram" not in str(post["text"])
        assert post["forwarded_from"]
        assert post["tags"]


SAMPLE = ROOT.parent / "shared" / "samples" / "forwarded_posts.txt"


def _distinct(lines: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for ln in lines:
        key = " ".join(ln.split())
        if key:
            seen.setdefault(key, None)
    return list(seen)


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is beside the project in CI")
def test_the_real_sample_dump_gives_one_clean_tagged_post_per_forward(cli, db) -> None:
    from tg_archiver.archive.cleaning import DEFAULT_BOILERPLATE

    raw = SAMPLE.read_text(encoding="utf-8")
    forwards = raw.count("Forwarded from ")
    r = cli("--db", db, "import", SAMPLE)
    assert r.code == 0, r.err
    # In file order: the export's is by date, and posts with a dateline are dated by it.
    posts = sorted(jsonl(cli("--db", db, "export").out), key=lambda p: int(str(p["id"])))
    assert len(posts) == forwards == 8
    raw_posts = ["Forwarded from " + p for p in raw.split("Forwarded from ")[1:]]
    boiler = {b.casefold() for b in DEFAULT_BOILERPLATE}
    for post, raw_post in zip(posts, raw_posts, strict=True):
        text = str(post["text"])
        long_lines = [" ".join(ln.split()) for ln in text.splitlines() if len(ln.strip()) >= 20]
        assert len(long_lines) == len(set(long_lines))
        assert not any(ln.strip().casefold() in boiler for ln in text.splitlines())
        body = [ln for ln in raw_post.splitlines()[1:] if ln.strip().casefold() not in boiler]
        # As cleaning writes them: the sample's "Сooperation" starts with a Cyrillic "С", a
        # look-alike in a Latin word (archive/cleaning.py), and reads "Cooperation".
        assert _distinct(text.splitlines()) == _distinct(normalise("\n".join(body)).split("\n"))
        assert "Сooperation" not in text
        if "#" in raw_post:
            assert post["tags"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback News</title><link>http://127.0.0.1/</link>
<item><title>Summit of the Shanghai Cooperation Organisation opens</title>
<link>http://127.0.0.1/a/1</link><guid>loop-1</guid><pubDate>Mon, 04 Mar 2024 14:00:00 GMT</pubDate>
<description>&lt;p&gt;Leaders &amp;amp; ministers arrive.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_fetch_stores_a_served_feed_and_reports_a_failing_one(cli, db, httpserver) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type="application/rss+xml")
    httpserver.expect_request("/down").respond_with_data("oops", status=500)
    good, bad = httpserver.url_for("/rss"), httpserver.url_for("/down")
    r = cli("--db", db, "fetch", good, bad)
    assert r.code == 1
    assert f"{good}: 1 new posts" in r.out
    assert r.err.strip().splitlines() == [f"tg-archiver: error: {bad}: HTTP 500"]
    posts = jsonl(cli("--db", db, "export").out)
    assert [(p["source"], p["source_kind"], p["url"]) for p in posts] == [
        (good, "feed", "http://127.0.0.1/a/1")
    ]
    assert "Leaders & ministers arrive." in str(posts[0]["text"])
    again = cli("--db", db, "fetch", good)
    assert again.code == 0 and "0 new posts" in again.out and "1 unchanged" in again.out


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not-a-feed.xml", b"this is not xml at all"),
        ("latin1-dump.txt", "Forwarded from Caf\u00e9\nUne d\u00e9claration\n".encode("latin-1")),
        ("nul-dump.txt", b"Forwarded from X\nbefore\x00after\n"),
    ],
)
def test_bad_feed_and_dump_files_import_nothing(cli, db, good_export, tmp_path, name, content):
    cli("--db", db, "import", good_export)
    before = dump(db)
    bad = tmp_path / name
    bad.write_bytes(content)
    r = cli("--db", db, "import", bad)
    assert r.code == 1
    assert len(r.err.strip().splitlines()) == 1 and "nothing was imported" in r.err
    assert name in r.err
    assert dump(db) == before


def test_search_lines_link_each_post_as_digests_do(cli, tmp_path) -> None:
    # A Telegram post of a channel whose username the archive does not know (an export's)
    # gave no address: its line now has the t.me link a digest gives it (by the username
    # [sources] names, else the channel's id); a stored address that is not http(s) is never
    # printed.
    from conftest import make_post, write_archive

    from tg_archiver.archive.models import SourceRef

    channel = SourceRef(kind="telegram", key="1500000002", title="Private MFA")
    dump_source = SourceRef(kind="import", key="dump", title="Dump")
    db = write_archive(
        tmp_path / "a.db",
        make_post(7, "Ceasefire talks resume in Doha.", source=channel, day=2),
        make_post(8, "Ceasefire appeal.", source=dump_source, url="javascript:alert(1)"),
    )
    r = cli("--db", db, "search", "ceasefire")
    lines = [line for line in r.out.splitlines() if line and not line.startswith(" ")]
    assert r.code == 0 and len(lines) == 2
    assert lines[0].split("  ")[1:] == ["Private MFA", "https://t.me/c/1500000002/7"]
    assert lines[1].split("  ")[1:] == ["Dump"]  # no link, and not the javascript: one
    config = tmp_path / "c.toml"
    config.write_text('[sources."Private MFA"]\nusername = "private_mfa"\n')
    r = cli("--config", config, "--db", db, "search", "doha")
    assert r.out.splitlines()[0].endswith("  Private MFA  https://t.me/private_mfa/7")


def test_a_search_of_a_source_no_one_has_names_the_archives_sources(cli, tmp_path) -> None:
    # A mistyped source matched nothing and said only "no posts match".
    from conftest import make_post, write_archive

    from tg_archiver.archive.models import SourceRef

    agency = SourceRef(kind="feed", key="https://news.example.org/feed.xml", title="Agency")
    db = write_archive(
        tmp_path / "a.db",
        make_post(7, "Ceasefire talks resume in Doha."),
        make_post(8, "Ceasefire appeal.", source=agency),
    )
    r = cli("--db", db, "search", "ceasefire", "--source", "exmaple_mfa")
    assert (r.code, r.out) == (0, "")
    assert r.err == (
        "no posts match\nnote: no source is named 'exmaple_mfa' (a source's title, @username or"
        " id); the archive's sources: Agency, Example MFA\n"
    )
    # A source that exists but has no match: nothing more to say.
    r = cli("--db", db, "search", "summit", "--source", "@example_mfa")
    assert (r.code, r.err) == (0, "no posts match\n")
    assert cli("--db", db, "search", "doha", "--source", "@example_mfa").out.count("Doha") == 1
    # export names them too: an empty file is not mistaken for a source with no posts.
    out = tmp_path / "out.jsonl"
    r = cli("--db", db, "export", "--source", "exmaple_mfa", "-o", out)
    assert (r.code, out.read_text()) == (0, "")
    assert r.err == (
        f"exported 0 posts to {out}\nnote: no source is named 'exmaple_mfa' (a source's title,"
        " @username or id); the archive's sources: Agency, Example MFA\n"
    )
    r = cli("--db", db, "export", "--source", "Agency", "--since", "2030-01-01", "-o", out)
    assert (r.code, r.err) == (0, f"exported 0 posts to {out}\n")


def test_a_search_with_a_misspelt_word_says_on_stderr_which_words_it_searched(
    cli, tmp_path
) -> None:
    # The posts of "Lavrov" were printed for "Lavorv" as if "Lavorv" had matched.
    from conftest import make_post, write_archive

    db = write_archive(
        tmp_path / "a.db",
        make_post(1, "Lavrov met Fidan in Ankara."),
        make_post(2, "Kazakhstan hosts the summit.", day=2),
    )
    r = cli("--db", db, "search", "Lavorv", "Ankara")
    assert r.code == 0 and "**Lavrov**" in r.out and "Fidan" in r.out
    assert r.err == "note: no posts hold «Lavorv»; showing results for «Lavrov»\n"
    # --json: stdout stays one post a line (no line of another shape); the note on stderr.
    r = cli("--db", db, "search", "Kazakstan", "--json")
    assert [h["text"] for h in jsonl(r.out)] == ["Kazakhstan hosts the summit."]
    assert r.err == "note: no posts hold «Kazakstan»; showing results for «Kazakhstan»\n"
    # Found as typed, or nothing to correct: no note of a correction.
    assert cli("--db", db, "search", "Lavrov").err == ""
    assert cli("--db", db, "search", "Qwertyuiop").err == "no posts match\n"


def test_the_sources_named_after_a_mistyped_one_cannot_drive_the_terminal(cli, tmp_path) -> None:
    # A channel titled "Chan \x1b[31mRED" (its export's "name") reached the terminal raw in
    # the note, while search's own lines write it as "\\x1b[31m".
    from conftest import make_post, write_archive

    from tg_archiver.archive.models import SourceRef

    hostile = SourceRef(kind="telegram", key="77", title="Chan \x1b]0;PWNED\x07\x1b[31mRED")
    db = write_archive(tmp_path / "a.db", make_post(1, "Ceasefire talks.", source=hostile))

    r = cli("--db", db, "search", "ceasefire", "--source", "nope")

    assert "\x1b" not in r.err and "\x07" not in r.err
    assert r.err.endswith("the archive's sources: Chan \\x1b]0;PWNED\\x07\\x1b[31mRED\n")


@pytest.mark.parametrize(
    "command",
    [
        ["search", "x"],
        ["export"],
        ["stats"],
        ["tags"],
        ["serve", "--port", "0"],
        ["digest", "SCO", "--dry-run"],
        ["explain", "1"],
        ["relink"],
        ["media", "verify"],
    ],
)
def test_a_reading_command_on_a_missing_archive_says_so_and_makes_none(cli, tmp_path, command):
    # A mistyped --db answered "no posts match" from an empty archive it had just made.
    db = tmp_path / "archvie.db"
    r = cli("--db", db, *command)
    assert (r.code, r.out) == (1, "")
    assert r.err == (
        f"tg-archiver: error: no archive at {db}: `{command[0]}` reads one; `tg-archiver"
        " import`, `run` or `fetch` makes it (an empty one: `tg-archiver migrate`)\n"
    )
    assert list(tmp_path.iterdir()) == []


REFUSED_INTO_A_NEW_ARCHIVE = {
    "import-malformed-file": ["import", "bad.json"],
    "import-missing-file": ["import", "nope.json"],
    "import-partial-bad-first-post": ["import", "--partial", "bad-first.json"],
    "fetch-malformed-feed-file": ["fetch", "bad.json"],
    "fetch-unsupported-scheme": ["fetch", "ftp://127.0.0.1/feed"],
    "copy-from-missing-archive": ["copy", "--from", "typo.db"],
    "login-without-api-keys": ["login"],
}


@pytest.mark.parametrize("name", sorted(REFUSED_INTO_A_NEW_ARCHIVE))
def test_a_refused_command_leaves_no_new_archive_behind(cli, tmp_path, monkeypatch, name):
    # A refused import into a new --db left an empty archive there, which the next command
    # then answered from as from a real one.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TG_API_ID", raising=False)
    monkeypatch.delenv("TG_API_HASH", raising=False)
    Path("bad.json").write_text("not an export", encoding="utf-8")
    Path("bad-first.json").write_text(export_json(message("x", BODY)), encoding="utf-8")
    inputs = sorted(tmp_path.iterdir())

    r = cli("--db", "new.db", *REFUSED_INTO_A_NEW_ARCHIVE[name])

    assert r.code == 1
    assert sorted(tmp_path.iterdir()) == inputs  # no new.db, no -wal, no -shm


def test_a_refused_command_leaves_an_archive_that_was_there(cli, db, tmp_path):
    cli("--db", db, "migrate")  # an empty archive, made on purpose
    (tmp_path / "bad.json").write_text("not an export", encoding="utf-8")
    before = dump(db)

    r = cli("--db", db, "import", tmp_path / "bad.json")

    assert r.code == 1
    assert dump(db) == before


def test_copy_to_from_a_missing_archive_says_so_and_makes_neither(cli, tmp_path):
    # It made an empty archive at the mistyped --db, copied it, and said "copied 0 rows".
    r = cli("--db", tmp_path / "archvie.db", "copy", "--to", tmp_path / "copy.db")
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith(f"tg-archiver: error: no archive at {tmp_path / 'archvie.db'}:")
    assert list(tmp_path.iterdir()) == []


def test_a_config_saved_with_a_byte_order_mark_is_read(cli, tmp_path):
    # Windows editors write one: it was "not valid TOML: Invalid statement (at line 1, column 1)".
    config = tmp_path / "c.toml"
    config.write_bytes('\ufeff[archive]\ndatabase = "bom.db"\n'.encode())
    r = cli("--config", config, "migrate")
    assert r.code == 0, r.err
    assert (tmp_path / "bom.db").exists()


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (["export", "--with-media", ""], "--with-media: expected a path"),
        (["import", ""], "PATH: expected a path"),
        (["import", "x.txt", "--source", " "], "--source: expected a value"),
        (["fetch", ""], "URL: expected a value"),
        (["copy", "--to", ""], "--to: expected a SQLite file's path or a postgresql:// URL"),
    ],
)
def test_an_empty_path_or_name_is_refused_not_read_as_the_current_folder(
    cli, tmp_path, monkeypatch, args, argument
):
    # Path('') is "."; `--with-media ''` copied the files into the current folder, and a
    # source named '' could never be selected.
    monkeypatch.chdir(tmp_path)
    r = cli("--db", tmp_path / "a.db", *args)
    assert r.code == 2
    assert r.err.splitlines()[-1].endswith(f"error: argument {argument}, got an empty one")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("made_by", "named"),
    [
        (["export", "--format", "jsonl"], "backup.jsonl"),
        (["export", "--format", "jsonl"], "backup.json"),  # the name does not decide
        (["export", "--format", "csv"], "backup.csv"),
        (["export", "--format", "csv", "--with-media", "{media}"], "backup.txt"),
        (["export", "--format", "md", "--tag", "SCO"], "backup.md"),
        (["export", "--format", "md"], "backup.txt"),
        (["export", "--format", "html"], "backup.html"),
        (["search", "cooperation", "--json"], "hits.txt"),
    ],
)
def test_an_own_export_given_back_to_import_is_refused_and_changes_nothing(
    cli, db, good_export, tmp_path, made_by, named
):
    # Taken as a text dump, each became one post of raw JSON, CSV or Markdown.
    cli("--db", db, "import", good_export)
    args = [a.replace("{media}", str(tmp_path / "media")) for a in made_by]
    made = cli("--db", db, *args)
    assert made.code == 0 and made.out, made.err
    backup = tmp_path / named
    backup.write_text(made.out, encoding="utf-8")
    before = dump(db)
    r = cli("--db", db, "import", backup)
    assert (r.code, r.out) == (1, "")
    [line] = r.err.splitlines()
    assert line.startswith(f"tg-archiver: error: {backup} is a tg-archiver export (")
    assert "which import cannot read back" in line
    assert "`tg-archiver copy --to PATH|URL`" in line
    assert dump(db) == before


@pytest.mark.parametrize(
    ("made_by", "rewrite", "named", "shown"),
    [
        (["export", "--format", "jsonl"], jq_compact, "compact.jsonl", "JSON Lines"),
        (["export", "--format", "jsonl", "--tag", "SCO"], jq_sorted, "sorted.jsonl", "JSON Lines"),
        (["export", "--format", "jsonl"], jq_added, "added.txt", "JSON Lines"),
        (["export", "--format", "jsonl"], reversed_lines, "tac.jsonl", "JSON Lines"),
        (["export", "--format", "jsonl"], jq_pretty, "pretty.json.txt", "JSON"),
        (["export", "--format", "jsonl"], jq_slurp, "all.json", "JSON"),
        (["search", "cooperation", "--json"], jq_compact, "hits.txt", "JSON Lines"),
        (["export", "--format", "csv"], quote_all, "quoted.csv", "CSV"),
        (["export", "--format", "csv"], lambda t: quote_all(t, ";"), "semicolons.csv", "CSV"),
        (["export", "--format", "csv"], lambda t: t.replace("id,", '"id",', 1), "q.csv", "CSV"),
        (["export", "--format", "md"], without_lines(1), "untitled.md", "Markdown"),
        (["export", "--format", "md"], without_lines(4), "posts.md", "Markdown"),
        (["export", "--format", "atom"], str, "feed.atom", "Atom"),
        (["export", "--format", "atom", "--tag", "SCO"], str, "sco.xml", "Atom"),
    ],
)
def test_an_own_export_rewritten_by_everyday_tools_is_refused_and_changes_nothing(
    cli, db, good_export, tmp_path, made_by, rewrite, named, shown
):
    # Through jq, a spreadsheet or an editor, each became one post of raw JSON, CSV or
    # Markdown; an Atom export or feed became a second copy of every post in it.
    cli("--db", db, "import", good_export)
    made = cli("--db", db, *made_by)
    assert made.code == 0 and made.out, made.err
    backup = tmp_path / named
    backup.write_text(rewrite(made.out), encoding="utf-8", newline="")
    before = dump(db)
    for forced in ([], ["--format", "text"], ["--format", "feed"], ["--format", "tdesktop"]):
        r = cli("--db", db, "import", backup, *forced)
        assert (r.code, r.out) == (1, ""), forced
        assert r.err == (
            f"tg-archiver: error: {backup} is a tg-archiver export ({shown}), which import"
            " cannot read back (it holds the posts as shown, not the archive); to back up or"
            " move an archive, use `tg-archiver copy --to PATH|URL` (`copy --from` brings one"
            " back); nothing was imported\n"
        ), forced
    assert dump(db) == before


def test_some_fields_of_an_own_export_are_refused_as_tg_archiver_output(
    cli, db, good_export, tmp_path
):
    cli("--db", db, "import", good_export)
    hits = cli("--db", db, "search", "cooperation", "--json").out
    picked = tmp_path / "picked.jsonl"  # search --json | jq -c '{id,text,source}'
    picked.write_text(jq_picked("id", "text", "source")(hits), encoding="utf-8")
    columns = tmp_path / "columns.csv"  # the export with columns deleted in a spreadsheet
    columns.write_text("text,published_at\nHello,2024-03-04T09:00:00Z\n", encoding="utf-8")
    before = dump(db)
    for path, shown in [
        (picked, "JSON Lines with only the fields id, text, source"),
        (columns, "CSV with only the fields text, published_at"),
    ]:
        r = cli("--db", db, "import", path)
        assert (r.code, r.out) == (1, "")
        assert r.err == (
            f"tg-archiver: error: {path} is tg-archiver output ({shown}), not a source: import"
            " cannot read it back (it holds posts as shown, not the archive); to back up or"
            " move an archive, use `tg-archiver copy --to PATH|URL` (`copy --from` brings one"
            " back); nothing was imported\n"
        )
    assert dump(db) == before


def test_json_objects_or_a_csv_table_are_refused_as_a_text_dump_unless_forced(cli, db, tmp_path):
    # Each was imported as one post of raw JSON or CSV.
    lines = tmp_path / "pasted.txt"
    lines.write_text('{"id": 1, "source": "x", "note": "a JSON line someone pasted"}\n')
    pretty = tmp_path / "config.txt"
    pretty.write_text('{\n  "user": "x",\n  "items": [1, 2]\n}\n')
    array = tmp_path / "list.txt"
    array.write_text('[{"a": 1}, {"a": 2}]')
    table = tmp_path / "table.txt"
    table.write_text('"name";"city"\n"Anna";"Oslo"\n"Bo";"Rome"\n')
    deep = tmp_path / "deep.txt"  # nested deeper than json's recursion: it was a traceback
    deep.write_text('{"a": ' + "[" * 60_000)
    cli("--db", db, "import", ROOT / "examples" / "forwarded-dump.txt")
    before = dump(db)
    for path, kind in [
        (lines, "JSON objects"),
        (pretty, "JSON objects"),
        (array, "a JSON array of objects"),
        (table, "a CSV table"),
        (deep, "JSON objects"),
    ]:
        r = cli("--db", db, "import", path)
        assert (r.code, r.out) == (1, "")
        assert r.err == (
            f"tg-archiver: error: {path} holds {kind}, not a text dump: import reads Telegram"
            " Desktop's JSON export (result.json), RSS/Atom feeds and plain-text dumps"
            " (`--format text` takes any file for a text dump); nothing was imported\n"
        )
        assert dump(db) == before
    r = cli("--db", db, "import", lines, table, "--format", "text")
    assert r.code == 0, r.err
    assert "2 new posts" in r.out


def test_a_text_dump_that_only_looks_like_markdown_or_a_table_is_still_imported(cli, db, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("# tg-archiver exports I liked\n\nForwarded from Example MFA\nHello.\n")
    prose = tmp_path / "prose.txt"
    prose.write_text("Moscow, March 12, 2024\nThe ministers met, talked, and agreed.\n")
    braces = tmp_path / "braces.txt"
    braces.write_text("{Greetings} from the delegation.\n[Photo] The ministers.\n")
    r = cli("--db", db, "import", notes, prose, braces)
    assert r.code == 0, r.err
    assert "4 new posts" in r.out


# The head of a page of Telegram Desktop's HTML export, as the app writes it.
TDESKTOP_HTML = """<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>

  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>

  <link href="css/style.css" rel="stylesheet"/>

  <script src="js/script.js" type="text/javascript">

  </script>

 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
Example MFA
     </div>

    </div>

   </div>
   <div class="page_body chat_page">
    <div class="history">
     <div class="message default clearfix" id="message2">
      <div class="body">
       <div class="text">
Statement on the talks.
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </body>
</html>
"""


@pytest.mark.parametrize("page", ["messages.html", "export_results.html"])
def test_a_telegram_desktop_html_export_says_to_export_again_as_json(
    cli, db, good_export, tmp_path, page
):
    # It was "is a folder without a result.json" and "not an RSS or Atom feed".
    cli("--db", db, "import", good_export)
    before = dump(db)
    folder = tmp_path / "ChatExport_2024-03-12"
    (folder / "css").mkdir(parents=True)
    (folder / "css" / "style.css").write_text("body{}")
    (folder / page).write_text(TDESKTOP_HTML, encoding="utf-8")
    for given, what in [
        (folder, f"Telegram Desktop's HTML export ({page})"),
        (folder / page, "a page of Telegram Desktop's HTML export"),
    ]:
        r = cli("--db", db, "import", given)
        assert (r.code, r.out) == (1, ""), r.err
        [line] = r.err.splitlines()
        assert line.startswith(f"tg-archiver: error: {given} is {what}, which import cannot read:")
        assert "export the chat again with Format: Machine-readable JSON" in line
    assert dump(db) == before


def test_a_folder_of_other_html_is_not_called_an_html_export(cli, db, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "messages.html").write_text("<!DOCTYPE html><html><title>Messages</title></html>")
    r = cli("--db", db, "import", folder)
    assert r.code == 1
    assert r.err == (
        f"tg-archiver: error: {folder} is a folder without a result.json"
        " (Telegram Desktop export)\n"
    )
    page = tmp_path / "page.xml"
    page.write_text("<!DOCTYPE html><html><title>Messages</title></html>")
    r = cli("--db", db, "import", page)
    assert r.code == 1 and "not an RSS or Atom feed" in r.err, r.err


def _posts(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT sources.key, external_id, raw_text FROM posts"
            " JOIN sources ON sources.id = posts.source_id ORDER BY sources.key, external_id"
        )
        return rows.fetchall()


def test_import_without_a_path_reads_a_folder_of_exports_as_the_service_does(
    cli, good_export, tmp_path
):
    # It was "inbox is a folder without a result.json", where `run` imported what it holds.
    inbox = tmp_path / "inbox"
    (inbox / "mfa").mkdir(parents=True)
    (inbox / "mfa" / "result.json").write_text(good_export.read_text(encoding="utf-8"))
    (inbox / "dump.txt").write_text("Forwarded from Agency\nA statement from the dump.\n")
    (inbox / "notes.md").write_text("not an importable file")
    config = tmp_path / "tg-archiver.toml"
    config.write_text(f'[import]\npaths = ["{inbox}"]\n')

    r = cli("--config", config, "--db", tmp_path / "imported.db", "import")
    assert (r.code, r.err) == (0, ""), r
    assert r.out.startswith("imported 2 file(s): 5 new posts"), r.out
    r = cli("--config", config, "--db", tmp_path / "served.db", "run", "--once")
    assert r.code == 0, r

    imported = _posts(tmp_path / "imported.db")
    assert [(key, text) for key, _, text in imported if key == "dump"] == [
        ("dump", "A statement from the dump.")
    ]
    assert len(imported) == 5
    assert imported == _posts(tmp_path / "served.db")


def test_import_without_a_path_still_refuses_a_configured_path_that_is_not_there(cli, db, tmp_path):
    config = tmp_path / "tg-archiver.toml"
    config.write_text(f'[import]\npaths = ["{tmp_path / "gone"}"]\n')
    r = cli("--config", config, "--db", db, "import")
    assert (r.code, r.out) == (1, "")
    assert r.err == f"tg-archiver: error: {tmp_path / 'gone'}: no such file\n"
    assert not db.exists()


def test_source_given_with_an_export_or_a_feed_is_refused_not_ignored(cli, db, tmp_path):
    # It was ignored without a word: the export and the feed kept their own sources.
    examples = ROOT / "examples"
    dump_file = tmp_path / "dump.txt"
    dump_file.write_text("Forwarded from Example MFA\nStatement on the talks.\n")
    cli("--db", db, "import", examples / "forwarded-dump.txt")
    before = dump(db)
    for paths in (
        [examples / "channel-export", examples / "feed.xml"],
        [dump_file, examples / "feed.xml"],  # one file it names does not make it apply
        [examples / "channel-export" / "result.json"],
    ):
        r = cli("--db", db, "import", *paths, "--source", "myname")
        assert (r.code, r.out) == (1, ""), r.err
        [line] = r.err.splitlines()
        assert line.startswith("tg-archiver: error: --source names a text dump's source, but ")
        assert line.endswith(": give --source with text dumps only; nothing was imported")
        assert dump(db) == before
    # With text dumps it names their source; --format text makes any file one.
    r = cli("--db", db, "import", dump_file, "--source", "myname")
    assert r.code == 0, r.err
    r = cli("--db", db, "import", examples / "feed.xml", "--format", "text", "--source", "raw")
    assert r.code == 0, r.err
    with sqlite3.connect(db) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM sources WHERE kind = 'import'")}
    assert {"myname", "raw"} <= keys


def test_source_names_tg_archiver_gives_its_own_sources_are_refused(cli, db, tmp_path):
    # The dump was filed under the bot's forwards ("Forwarded to the bot") or under the chat
    # of a Telegram Desktop export, and shown as theirs.
    dump_file = tmp_path / "dump.txt"
    dump_file.write_text("Forwarded from Example MFA\nStatement on the talks.\n")
    before = dump(db)
    for name, what in (
        ("forwarded-to-bot", "the source of the posts forwarded to the bot"),
        (" Forwarded-To-Bot", "the source of the posts forwarded to the bot"),
        ("tdesktop:1234", "the name of a Telegram Desktop export's chat"),
        ("TDesktop:", "the name of a Telegram Desktop export's chat"),
    ):
        r = cli("--db", db, "import", dump_file, "--source", name)
        assert (r.code, r.out) == (1, ""), r.err
        assert r.err == (
            f"tg-archiver: error: --source {name} is {what}: give the text dump a name of its"
            " own; nothing was imported\n"
        )
        assert dump(db) == before
    assert cli("--db", db, "import", dump_file, "--source", "tdesktop notes").code == 0


def test_a_copy_without_a_hidden_link_is_still_the_linked_posts_copy(cli, db, tmp_path):
    # The address written after "Read in full" (archive/textlinks.py) makes the original's
    # text longer than a scraped copy's, which keeps the words alone: a near copy still.
    body = (
        "On 20 May, Foreign Minister Sergey Lavrov held talks with the Foreign Minister of"
        " Kazakhstan in Astana. The ministers discussed preparations for the summit of the"
        " Shanghai Cooperation Organisation, cooperation in trade, transport and energy. "
    )
    link = {"type": "text_link", "text": "Read in full", "href": "https://mid.example/s/12345"}
    export = tmp_path / "mfa" / "result.json"
    export.parent.mkdir()
    export.write_text(export_json(message(1, [body, link])), encoding="utf-8")
    scraped = tmp_path / "scraped.txt"
    scraped.write_text(f"Forwarded from Example MFA\n{body}Read in full\n", encoding="utf-8")
    assert cli("--db", db, "import", export, scraped).code == 0
    rows = jsonl(cli("--db", db, "export", "--format", "jsonl").out)
    assert [(r["text"].rpartition("energy. ")[2], r["duplicate_of"]) for r in rows] == [
        ("Read in full (https://mid.example/s/12345)", None),
        ("Read in full", rows[0]["id"]),
    ]
