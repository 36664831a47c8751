"""`tg-archiver serve` over plain HTTP: feeds (read back by feedparser), conditional GET, the
token, bad input, read-only serving, and `export --format atom`.

The real command runs in a subprocess on 127.0.0.1 (a free port); httpx asks it.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import httpx
import pytest
from conftest import CliResult, dump
from web_archive import ASTANA_V2, ROOT, SUMMITS, Served, seed, serve


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed(tmp_path_factory.mktemp("web") / "archive.db")


@pytest.fixture(scope="module")
def served(template: Path) -> Iterator[Served]:
    with serve(template) as s:
        yield s


def get(served: Served, path: str, **kw: object) -> httpx.Response:
    return httpx.get(served.url + path, timeout=30, **kw)  # type: ignore[arg-type]


def test_topic_feed_is_atom_that_feedparser_reads_back(served: Served) -> None:
    r = get(served, "/feeds/topic/SCO.atom")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title.startswith("#SCO")
    [entry] = feed.entries
    assert entry.id == "tag:tg-archiver.invalid,2024:post/telegram/1500000001/3"
    assert entry.content[0].value == ASTANA_V2  # the newest version
    assert entry.updated == "2024-04-08T13:00:00Z"  # the edit, not the publication
    assert entry.published == "2024-04-08T12:00:00Z"
    assert [t.term for t in entry.tags] == ["SCO"]
    assert entry.link == "https://t.me/example_mfa/3"
    assert any(link.href == served.url + "/post/31" for link in entry.links)


def test_feed_ids_are_stable_and_copies_are_folded(served: Served) -> None:
    first = feedparser.parse(get(served, "/feeds/search.atom?q=ceasefire").content)
    again = feedparser.parse(get(served, "/feeds/search.atom?q=ceasefire").content)
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    assert first.feed.id == again.feed.id
    # The statement and its two copies are one story: only the original is an entry.
    assert [e.id.rsplit("/", 2)[-2:] for e in first.entries] == [["1500000001", "1"]]


def test_source_feed_by_title_of_a_feed_source(served: Served) -> None:
    r = get(served, "/feeds/source/Example%20Agency.atom")
    assert r.status_code == 200
    feed = feedparser.parse(r.content)
    assert not feed.bozo
    # its only post is a copy, so the source's feed lists nothing it does not originate
    assert feed.feed.title.startswith("Example Agency")


def test_conditional_get_answers_304(served: Served) -> None:
    first = get(served, "/feeds/topic/SCO.atom")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert modified == "Mon, 08 Apr 2024 13:00:00 GMT"
    again = get(served, "/feeds/topic/SCO.atom", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    by_date = get(served, "/feeds/topic/SCO.atom", headers={"If-Modified-Since": modified})
    assert by_date.status_code == 304
    stale = get(served, "/feeds/topic/SCO.atom", headers={"If-None-Match": '"other"'})
    assert stale.status_code == 200
    assert stale.content == first.content
    older = get(
        served,
        "/feeds/topic/SCO.atom",
        headers={"If-Modified-Since": "Mon, 08 Apr 2024 12:59:59 GMT"},
    )
    assert older.status_code == 200
    # A date past the server's clock is not a date the reader saw: the feed is sent.
    future = get(
        served,
        "/feeds/topic/SCO.atom",
        headers={"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"},
    )
    assert future.status_code == 200
    assert future.content == first.content
    # A year past any calendar was a 500 (OverflowError) on every feed: ignored.
    huge = get(
        served,
        "/feeds/topic/SCO.atom",
        headers={"If-Modified-Since": "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"},
    )
    assert huge.status_code == 200


def test_search_feed_needs_a_search_and_unknown_topic_is_404(served: Served) -> None:
    r = get(served, "/feeds/search.atom")
    assert r.status_code == 400
    assert "needs a search" in r.text
    assert get(served, "/feeds/topic/NoSuchTopic.atom").status_code == 404
    assert get(served, "/post/999999").status_code == 404
    # Past a 64-bit integer: a 500 (OverflowError binding the id), now no such post.
    for big in (2**63, 10**25):
        assert get(served, f"/post/{big}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/?q=tag:%22unclosed",
        "/?q=summit&since=2024-13-45",
        "/?q=summit&page=0",
        "/?q=summit&page=abc",
        "/topic/SCO/2024-13",
        "/day/2024-02-30",
        "/day/tomorrow",
    ],
)
def test_bad_input_is_a_page_that_says_so(served: Served, path: str) -> None:
    r = get(served, path)
    assert r.status_code == 400
    assert "Traceback" not in r.text
    assert 'class="error"' in r.text


def test_every_page_forbids_scripts(served: Served) -> None:
    for path in ("/", "/post/32", "/topic/SCO", "/feeds/topic/SCO.atom"):
        r = get(served, path)
        assert "script-src" not in r.headers["content-security-policy"]
        assert r.headers["content-security-policy"].startswith("default-src 'none'")
        assert r.headers["x-content-type-options"] == "nosniff"


def test_no_write_endpoints(served: Served) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        r = httpx.request(method, served.url + "/post/31", timeout=30)
        assert r.status_code == 405


def test_pages_of_a_search_cover_every_match_once(served: Served) -> None:
    ids: list[str] = []
    page = 1
    while True:
        r = get(served, f"/?q=summit&page={page}")
        assert r.status_code == 200
        found = [
            line.split('href="/post/')[1].split('"')[0]
            for line in r.text.splitlines()
            if 'class="post-link"' in line
        ]
        ids += found
        if 'rel="next"' not in r.text:
            break
        page += 1
    assert page == 2
    assert len(ids) == len(set(ids)) == SUMMITS


def test_serving_never_blocks_writes_and_changes_nothing(template: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    before = dump(db)
    with serve(db) as s:
        assert httpx.get(s.url + "/?q=summit", timeout=30).status_code == 200
        # A writer takes the write lock and commits while the server is up and has read.
        with sqlite3.connect(db, timeout=0.5) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE sources SET title = title WHERE id = 1")
            conn.commit()
        assert httpx.get(s.url + "/post/31", timeout=30).status_code == 200
    assert dump(db) == before


@pytest.fixture
def token_config(tmp_path: Path) -> Path:
    config = tmp_path / "web.toml"
    config.write_text('[web]\ntoken = "s3cret-Tok3n"\n')
    return config


def test_token_is_asked_for_and_never_logged(
    template: Path, tmp_path: Path, token_config: Path
) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    with serve(db, config=token_config) as s:
        denied = httpx.get(s.url + "/", timeout=30)
        assert denied.status_code == 401
        assert denied.headers["www-authenticate"].startswith("Basic")
        assert httpx.get(s.url + "/?token=wrong", timeout=30).status_code == 401
        assert httpx.get(s.url + "/feeds/topic/SCO.atom", timeout=30).status_code == 401
        ok = httpx.get(s.url + "/feeds/topic/SCO.atom?token=s3cret-Tok3n", timeout=30)
        assert ok.status_code == 200
        basic = "Basic " + base64.b64encode(b"anyone:s3cret-Tok3n").decode()
        assert httpx.get(s.url + "/", headers={"Authorization": basic}, timeout=30).is_success
        bearer = {"Authorization": "Bearer s3cret-Tok3n"}
        assert httpx.get(s.url + "/post/31", headers=bearer, timeout=30).is_success
        assert "s3cret" not in ok.text
        s.process.terminate()
        _, err = s.process.communicate(timeout=30)
    assert s.process.returncode == 0
    assert b"s3cret" not in err


def test_a_non_ascii_token_is_taken_in_every_form(template: Path, tmp_path: Path) -> None:
    """The token's UTF-8 bytes, as a Bearer header, a basic auth password or ``?token=``
    (percent-encoded or not): a Bearer header was read as Latin-1 text and refused."""
    token = "пароль-секрет"
    raw = token.encode()
    config = tmp_path / "web.toml"
    config.write_text(f'[web]\ntoken = "{token}"\n', encoding="utf-8")
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    with serve(db, config=config) as s:

        def status(path: str = "/", auth: bytes | None = None) -> int:
            headers = {} if auth is None else {"Authorization": auth}
            return httpx.get(s.url + path, headers=headers, timeout=30).status_code

        assert status(auth=b"Bearer " + raw) == 200
        assert status(auth=b"bearer  " + raw) == 200
        assert status(auth=b"Basic " + base64.b64encode(b"x:" + raw)) == 200
        quoted = "".join(f"%{b:02X}" for b in raw)
        assert status(f"/feeds/topic/SCO.atom?token={quoted}") == 200
        # Close is not enough: another token, the token's Latin-1 reading, a prefix.
        assert status(auth=b"Bearer " + "пароль-секред".encode()) == 401
        assert status(auth=b"Bearer " + token.encode("utf-8").decode("latin-1").encode()) == 401
        assert status(auth=b"Bearer " + raw[:-1]) == 401
        assert status(auth=b"Bearer") == 401
        assert status("/?token=" + quoted[:-3]) == 401


def test_taken_port_is_one_line(template: Path, cli: Callable[..., CliResult]) -> None:
    with serve(template) as s:
        port = s.url.rsplit(":", 1)[1]
        r = cli("--db", template, "serve", "--port", port)
    assert r.code == 1
    assert r.err.startswith("tg-archiver: error: cannot listen on 127.0.0.1 port")
    assert len(r.err.strip().splitlines()) == 1


@pytest.mark.parametrize("host", ["a..b", ".example", "h" * 300])
def test_a_host_that_is_no_host_name_is_one_line(template: Path, cli, host: str) -> None:
    # A label empty or over 63 characters ended `serve` in a UnicodeError traceback (idna).
    r = cli("--db", template, "serve", "--host", host, "--port", "0")
    assert (r.code, r.err) == (
        1,
        f"tg-archiver: error: cannot listen on {host!r}: not a host name (each of its"
        " dot-separated labels is 1 to 63 characters)\n",
    )


def test_export_atom_writes_the_same_entries(
    template: Path, tmp_path: Path, served: Served, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "sco.atom"
    r = cli("--db", template, "export", "--format", "atom", "--tag", "SCO", "-o", out)
    assert r.code == 0, r.err
    exported = feedparser.parse(out.read_bytes())
    assert not exported.bozo
    served_feed = feedparser.parse(get(served, "/feeds/topic/SCO.atom").content)
    assert [e.id for e in exported.entries] == [e.id for e in served_feed.entries]
    assert [e.updated for e in exported.entries] == [e.updated for e in served_feed.entries]
    assert exported.feed.id == feedparser.parse(out.read_bytes()).feed.id


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/feeds/topic/SCO.atom", "Atom"),
        ("/feeds/search.atom?q=summit", "Atom"),
        ("/feeds/source/Example%20Agency.atom", "Atom"),
        ("/export.jsonl?q=summit", "JSON Lines"),
        ("/export.csv?q=summit", "CSV"),
    ],
)
def test_what_serve_gives_saved_to_a_file_is_refused_by_import(
    template: Path,
    tmp_path: Path,
    served: Served,
    cli: Callable[..., CliResult],
    path: str,
    shown: str,
) -> None:
    # A saved feed was read as any feed: every post in it stored a second time.
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    saved = tmp_path / "saved.xml"
    saved.write_bytes(get(served, path).content)
    before = dump(db)
    r = cli("--db", db, "import", saved)
    assert (r.code, r.out) == (1, "")
    assert r.err == (
        f"tg-archiver: error: {saved} is a tg-archiver export ({shown}), which import cannot"
        " read back (it holds the posts as shown, not the archive); to back up or move an"
        " archive, use `tg-archiver copy --to PATH|URL` (`copy --from` brings one back);"
        " nothing was imported\n"
    )
    assert dump(db) == before


def test_fetch_of_the_archives_own_feed_is_refused_and_changes_nothing(
    template: Path, tmp_path: Path, served: Served, cli: Callable[..., CliResult]
) -> None:
    # `fetch` (and the service's poller) of a feed `serve` gives: each post stored again.
    db = tmp_path / "archive.db"
    db.write_bytes(template.read_bytes())
    before = dump(db)
    urls = [served.url + "/feeds/topic/SCO.atom", served.url + "/feeds/search.atom?q=summit"]
    r = cli("--db", db, "fetch", *urls)
    assert (r.code, r.out) == (1, "")
    assert r.err == "".join(
        f"tg-archiver: error: {url}: a feed tg-archiver wrote, not a source: its entries are an"
        " archive's posts as shown, each of which would be stored again; follow the channels"
        " and feeds it was made from\n"
        for url in urls
    )
    assert dump(db) == before


def test_export_atom_of_hostile_text_is_well_formed(
    template: Path, cli: Callable[..., CliResult]
) -> None:
    r = cli("--db", template, "export", "--format", "atom", "--source", "dump")
    assert r.code == 0, r.err
    feed = feedparser.parse(r.out.encode())
    assert not feed.bozo
    [entry] = feed.entries
    assert "<script>" in entry.content[0].value  # kept as text, escaped in the XML
    assert "<script>" not in r.out
    assert not any("javascript" in link.href for link in entry.get("links", []))
    assert "javascript" not in entry.get("link", "")


def test_other_commands_do_not_import_the_web_stack() -> None:
    """`serve` imports Starlette, Jinja2 and uvicorn itself: the start-up of every other
    command (the bot's, an export's) does not pay for them."""
    code = (
        "import sys, tg_archiver.cli, tg_archiver.archive.export;"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'jinja2') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_example_config_serves_the_example_archive(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    """The README's first steps: the example archive, then `serve` with the example config."""
    config = ROOT / "config.example.toml"
    db = tmp_path / "example.db"
    assert cli("--config", config, "--db", db, "import").code == 0
    assert cli("--config", config, "--db", db, "fetch").code == 0
    with serve(db, config=config) as s:
        page = httpx.get(s.url + "/?q=ceasefire", timeout=30)
        assert page.status_code == 200
        assert "<mark>ceasefire</mark>" in page.text
        assert "+2 copies" in page.text  # the statement re-posted twice by its channel
        # tag:ШОС is SCO, as in `search`, and the topic's page and feed answer to the alias
        alias = httpx.get(s.url + "/?q=tag:%D0%A8%D0%9E%D0%A1", timeout=30)
        assert alias.status_code == 200 and 'class="hit"' in alias.text
        feed = feedparser.parse(httpx.get(s.url + "/feeds/topic/SCO.atom", timeout=30).content)
        assert not feed.bozo and len(feed.entries) == 5
        links = {e.link for e in feed.entries if "link" in e}
        assert "https://t.me/c/1500000001/2" in links  # no username: the t.me/c/ form


def test_digests_as_a_feed(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    """One entry per day with stories, each the digest `tg-archiver digest` prints for it."""
    config = ROOT / "config.example.toml"
    db = tmp_path / "example.db"
    assert cli("--config", config, "--db", db, "import").code == 0
    assert cli("--config", config, "--db", db, "fetch").code == 0
    printed = {}
    for n in range(1, 13):
        day = f"2024-03-{n:02}"
        r = cli("--config", config, "--db", db, "digest", "SCO,BRICS", "--since", day,
                "--until", day)  # fmt: skip
        assert r.code == 0
        if not r.out.startswith("No new posts"):
            printed[day] = r.out.strip()
    with serve(db, config=config) as s:
        r = httpx.get(s.url + "/feeds/digest/SCO,BRICS.atom", timeout=30)
        assert r.status_code == 200
        again = httpx.get(
            s.url + "/feeds/digest/SCO,BRICS.atom",
            headers={"If-None-Match": r.headers["etag"]},
            timeout=30,
        )
        assert again.status_code == 304
        named = httpx.get(s.url + "/feeds/digest/morning.atom", timeout=30)
        assert named.status_code == 200
        # 3,000 topics held the store 13 s (each a query): at most 64.
        many = ",".join(f"T{n}" for n in range(3000))
        too_many = httpx.get(s.url + f"/feeds/digest/{many}.atom", timeout=30)
        assert too_many.status_code == 400 and "at most 64 topics" in too_many.text
        bad = httpx.get(s.url + "/feeds/digest/,.atom", timeout=30)
        assert bad.status_code == 400
    feed = feedparser.parse(r.content)
    assert not feed.bozo
    days = {e.id.rsplit("/", 1)[1]: e.content[0].value for e in feed.entries}
    assert len(days) >= 5
    # feedparser writes <br> as <br />
    assert {d: html.replace("<br />\n", "\n") for d, html in days.items()} == printed
    assert len(feedparser.parse(named.content).entries) == len(days)


def test_front_page_lists_topics_and_sources_and_a_search_does_not(served: Served) -> None:
    front = get(served, "/")
    assert front.status_code == 200
    assert 'href="/topic/SCO"' in front.text and 'href="/topic/BRICS"' in front.text
    assert ">Example Agency</a> 1<" in front.text
    assert 'class="hit"' in front.text  # the newest posts, browsed without a search
    searched = get(served, "/?q=summit")
    assert 'href="/topic/BRICS"' not in searched.text


def test_control_characters_of_a_search_are_not_echoed(served: Served) -> None:
    # They were escaped, but shown: "&#27;[31m", a NUL as "\x00" in the form's value.
    r = get(served, "/?q=%1B%5B31mSCO%00summit%7F")
    assert r.status_code == 200
    assert "\x1b" not in r.text and "&#27;" not in r.text and "\x00" not in r.text
    assert 'value="[31mSCO summit"' in r.text


def test_a_search_downloads_as_csv_and_json_lines_with_its_copies(served: Served) -> None:
    # The search page's "Download every match" links: the bot's /export files, from the
    # browser. Words: the matches newest first, copies included (a download is the record).
    r = get(served, "/export.csv?q=ceasefire&order=rank")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="tg-archiver-\d{4}-\d{2}-\d{2}-search\.csv"',
        r.headers["content-disposition"],
    )
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(row["source"], row["external_id"]) for row in rows] == [
        ("1500000001", "2"),
        ("https://news.example.org/feed.xml", "brics-1"),
        ("1500000001", "1"),
    ]
    assert rows[0]["duplicate_of"] and not rows[2]["duplicate_of"]
    # Filters alone: every post they pass, oldest first, as `tg-archiver export` writes it.
    r = get(served, "/export.jsonl?tag=SCO")
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-ndjson"
    assert "-tag-SCO.jsonl" in r.headers["content-disposition"]
    [astana] = [json.loads(line) for line in r.text.splitlines()]
    assert astana["text"] == ASTANA_V2 and astana["tags"] == ["SCO"]


def test_a_download_of_a_bad_search_or_format_is_a_page_saying_so(served: Served) -> None:
    r = get(served, "/export.csv?since=2024-13-01")
    assert r.status_code == 400 and "bad date" in r.text
    assert "content-disposition" not in r.headers
    r = get(served, "/export.xml?q=ceasefire")
    assert r.status_code == 404
    r = get(served, "/export.jsonl?q=-ceasefire")
    assert r.status_code == 400 and "not negated" in r.text


def test_a_superscript_page_is_a_400_and_filters_matching_nothing_say_so(served: Served) -> None:
    # "²" is a digit to str.isdigit(), not to int(): a 500. A search of filters alone that
    # matched nothing said "The archive is empty".
    r = get(served, "/?q=ceasefire&page=%C2%B2")
    assert r.status_code == 400
    for query in ("tag=nosuch", "source=nosuch", "since=9999-12-31"):
        page = get(served, f"/?{query}")
        assert page.status_code == 200, query
        assert "No posts match." in page.text and "The archive is empty" not in page.text
    many = get(served, "/?q=" + "+".join(["a*"] * 3000))  # 31 s on 100k posts, a reader held
    assert many.status_code == 400 and "too many words to search for" in many.text


def test_a_feed_changed_without_a_newer_post_is_not_304_to_a_reader_by_date(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    """A reader that sends If-Modified-Since alone: `unlink` makes a copy an original, which
    joins its channel's feed, and the feed's newest post is the same as before. It was answered
    304 and never saw the post (its Last-Modified was the newest post's date, unchanged)."""
    db = seed(tmp_path / "archive.db")
    with sqlite3.connect(db) as conn:
        [(copy,)] = conn.execute(
            "SELECT p.id FROM posts p JOIN sources s ON s.id = p.source_id"
            " WHERE s.key = '1500000001' AND p.duplicate_of IS NOT NULL"
        ).fetchall()
    with serve(db) as s:
        first = get(s, "/feeds/source/1500000001.atom")
        modified = first.headers["last-modified"]
        assert modified == "Mon, 08 Apr 2024 13:00:00 GMT"  # its newest post, as ever
        assert cli("--db", db, "unlink", copy).code == 0

        changed = get(s, "/feeds/source/1500000001.atom", headers={"If-Modified-Since": modified})

        assert changed.status_code == 200
        assert f"/post/{copy}" in changed.text and f"/post/{copy}" not in first.text
        later = changed.headers["last-modified"]
        assert parsedate_to_datetime(later) > parsedate_to_datetime(modified)
        same = get(s, "/feeds/source/1500000001.atom", headers={"If-Modified-Since": later})
        assert same.status_code == 304
