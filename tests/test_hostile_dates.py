"""Dates pushed out of years 1..9999 (issue 16): in feed entries, Telegram Desktop messages and
text dumps' modification times. Through the real CLI into an archive that already holds
posts: a feed entry's impossible date becomes the fetch time with a note, an export's (or one
that is no date at all) keeps its post undated with a note, a year-one post is found and exported.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hostile_reads_cli import posts, run, write_two_post_archive

# -- the archive every input is thrown at ------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_two_post_archive(tmp_path_factory.mktemp("template") / "archive.db")


# -- dates pushed out of years 1..9999 (item 2) -------------------------------------------------

RSS_DATES = """<rss version="2.0"><channel><title>MFA</title>
<item><guid>plus-14</guid><pubDate>Mon, 01 Jan 0001 00:00:00 +1400</pubDate>
<description>Year one, fourteen hours east</description></item>
<item><guid>year-1</guid><pubDate>Mon, 01 Jan 0001 14:00:00 -0300</pubDate>
<description>Year one, three hours west</description></item>
<item><guid>fine</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0300</pubDate>
<description>An ordinary statement</description></item>
</channel></rss>
"""
ATOM_DATES = """<feed xmlns="http://www.w3.org/2005/Atom"><title>MFA</title>
<entry><id>late</id><published>9999-12-31T23:59:59-12:00</published>
<summary>After the last year</summary></entry>
<entry><id>early</id><published>0001-01-01T00:00:00+05:00</published>
<summary>Before the first year</summary></entry>
<entry><id>updated-only</id><updated>2024-03-05T10:00:00Z</updated>
<summary>Only an updated date</summary></entry>
</feed>
"""


def _fetch_time_notes(err: str, uri: str, dates: dict[str, str]) -> dict[str, str]:
    """Check the note of each entry whose date was impossible; return its fetch time."""
    times: dict[str, str] = {}
    for line in err.splitlines():
        for entry, date in dates.items():
            lead = (
                f"feed {uri}: entry {entry!r}: its date {date!r} is outside years 1..9999 in UTC;"
                " stored with the fetch time, "
            )
            if lead in line:
                times[entry] = line.split(lead)[1]
    assert times.keys() == dates.keys(), err
    return times


INVALID_DATES = """<rss version="2.0"><channel><title>MFA</title>
<item><guid>feb-30</guid><pubDate>2024-02-30T10:00:00Z</pubDate><description>a</description></item>
<item><guid>month-0</guid><pubDate>2024-00-00T00:00:00Z</pubDate><description>b</description></item>
<item><guid>hour-25</guid><pubDate>2024-03-04T25:00:00Z</pubDate><description>c</description></item>
<item><guid>feb-32</guid><pubDate>Mon, 32 Feb 2024 25:61:00 GMT</pubDate>
<description>d</description></item>
<item><guid>words</guid><pubDate>yesterday</pubDate><description>e</description></item>
<item><guid>zero</guid><pubDate>0</pubDate><description>f</description></item>
<item><guid>month</guid><pubDate>2024-03</pubDate><description>g</description></item>
</channel></rss>
"""


def test_a_feed_date_that_is_no_date_gets_the_fetch_time_and_a_note(db, tmp_path):
    # feedparser rolled 30 February over into 1 March (month 0 into 2023-11-30, hour 25 into
    # the next day), and dropped "yesterday" without a word: a made-up date, read as true.
    feed = tmp_path / "feed.xml"
    feed.write_text(INVALID_DATES)
    started = datetime.now(UTC).replace(microsecond=0)
    r = run("--db", db, "import", feed)
    assert r.code == 0, r
    invalid = {
        "feb-30": "2024-02-30T10:00:00Z",
        "month-0": "2024-00-00T00:00:00Z",
        "hour-25": "2024-03-04T25:00:00Z",
        "feb-32": "Mon, 32 Feb 2024 25:61:00 GMT",
        "words": "yesterday",
        "zero": "0",
    }
    for entry, date in invalid.items():
        lead = f"feed {feed.as_uri()}: entry {entry!r}: its date {date!r} is not a date;"
        assert lead in r.err, (entry, r.err)
    stored = {external_id: when for external_id, when, _ in posts(db)}
    assert all(stored[e] >= started.strftime("%Y-%m-%dT%H:%M:%SZ") for e in invalid)
    assert stored["month"] == "2024-03-01T00:00:00Z"  # a W3CDTF month is a date: its first day


@pytest.mark.parametrize("via", ["import", "fetch"])
def test_feed_dates_pushed_out_of_range_get_the_fetch_time_and_a_note(db, tmp_path, via):
    rss, atom = tmp_path / "rss.xml", tmp_path / "atom.xml"
    rss.write_text(RSS_DATES)
    atom.write_text(ATOM_DATES)

    started = datetime.now(UTC).replace(microsecond=0)
    r = run("--db", db, via, rss, atom)
    ended = datetime.now(UTC)

    assert r.code == 0, r
    assert "Traceback" not in r.err
    rss_times = _fetch_time_notes(
        r.err, rss.as_uri(), {"plus-14": "Mon, 01 Jan 0001 00:00:00 +1400"}
    )
    atom_times = _fetch_time_notes(
        r.err,
        atom.as_uri(),
        {"late": "9999-12-31T23:59:59-12:00", "early": "0001-01-01T00:00:00+05:00"},
    )
    stored = {external_id: when for external_id, when, _ in posts(db)}
    fetched = {e: datetime.fromisoformat(t) for e, t in {**rss_times, **atom_times}.items()}
    assert {e: stored[e] for e in fetched} == {
        e: t.strftime("%Y-%m-%dT%H:%M:%SZ") for e, t in fetched.items()
    }
    assert all(started <= t <= ended for t in fetched.values())  # this run's fetch time
    # The dates that exist are stored as they are, year 1 included (four digits, sortable).
    assert stored["year-1"] == "0001-01-01T17:00:00Z"
    assert stored["fine"] == "2024-03-05T07:00:00Z"
    assert stored["updated-only"] == "2024-03-05T10:00:00Z"
    assert len(stored) == 6


def test_a_year_one_post_is_found_and_exported(db, tmp_path):
    rss = tmp_path / "rss.xml"
    rss.write_text(RSS_DATES)
    assert run("--db", db, "import", rss).code == 0

    found = run("--db", db, "search", "--json", "three", "hours", "west")
    exported = run("--db", db, "export", "--format", "jsonl", "--since", "0001-01-01")

    assert found.code == 0 and found.err == "", found
    assert [json.loads(line)["published_at"] for line in found.out.splitlines()] == [
        "0001-01-01T17:00:00Z"
    ]
    assert exported.code == 0, exported
    first = json.loads(exported.out.splitlines()[0])
    assert (first["external_id"], first["published_at"]) == ("year-1", "0001-01-01T17:00:00Z")


TD_HEAD = '{"name":"MFA","type":"public_channel","id":1500000001,"messages":['


def _td_message(msg_id: int, text: str, **fields: str) -> str:
    return json.dumps(
        {"id": msg_id, "type": "message", "date_unixtime": "1709280000", "text": text, **fields}
    )


def test_tdesktop_dates_that_are_no_dates_keep_their_posts_undated_and_found(db, tmp_path):
    # Each refused the whole export ("nothing was imported"): one bad date cost every post.
    path = tmp_path / "result.json"
    bad = {
        "8": {"date": "0001-01-01T00:00:00+05:00"},
        "9": {"date": "yesterday"},
        "10": {"date": "2024-13-45T99:00:00"},
        "11": {},
        "12": {"date_unixtime": "99999999999999999999999"},
    }
    messages = [_td_message(7, "A good quayside post", edited_unixtime="soon")]
    for msg_id, fields in bad.items():
        raw = json.loads(_td_message(int(msg_id), f"Quayside post {msg_id} with a bad date"))
        del raw["date_unixtime"]
        messages.append(json.dumps({**raw, **fields}))
    path.write_text(TD_HEAD + ",".join(messages) + "]}")
    os.utime(path, (1_709_300_000, 1_709_300_000))  # 2024-03-01T13:33:20Z

    r = run("--db", db, "import", path)

    assert r.code == 0 and "6 new posts" in r.out, r
    notes = r.err.splitlines()
    assert len(notes) == 6 and "Traceback" not in r.err, r.err
    assert notes[0].endswith(
        "\"edited_unixtime\" is not a unix time: 'soon'; stored without its edit time"
    )
    for note, (msg_id, fields) in zip(notes[1:], bad.items(), strict=True):
        assert (
            f"WARNING tg_archiver.archive.importers.tdesktop_messages: {path}:"
            f" message {msg_id} (near byte " in note
        )
        assert (
            note.endswith(
                f"{next(iter(fields.values()), '')!r}; stored undated, with the file's time"
            )
            or msg_id == "11"
        )
    assert notes[4].endswith(
        'has no "date_unixtime" or "date"; stored undated, with the file\'s time'
    )
    stored = {e: (when, text) for e, when, text in posts(db)}
    assert stored["7"] == ("2024-03-01T08:00:00Z", "A good quayside post")
    assert all(stored[e][0] == "2024-03-01T13:33:20Z" for e in bad)
    found = [
        json.loads(line)
        for line in run("--db", db, "search", "quayside", "--json").out.split("\n")
        if line
    ]
    assert sorted(h["external_id"] for h in found) == sorted(["7", *bad])
    assert {h["external_id"] for h in found if h["date_source"] == "file"} == set(bad)
    # (a digest leaves them out unless --undated, and labels them: tests/test_undated.py)


FAR = 400_000_000_000  # seconds from 1970: the year 14 645


@pytest.fixture
def far_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder whose file system holds a modification time in the year 14 645: ext4 stops
    at 2446, tmpfs does not, so /dev/shm is used where tmp_path clamps the time."""
    probe = tmp_path / "probe"
    probe.touch()
    os.utime(probe, (FAR, FAR))
    if probe.stat().st_mtime == FAR:
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir="/dev/shm") as folder:
        yield Path(folder)


def test_text_dump_with_a_modification_time_after_year_9999_gets_the_import_time(db, far_dir):
    path = far_dir / "dump.txt"
    path.write_text("Forwarded from MFA\nA statement with no date\n")
    os.utime(path, (FAR, FAR))
    assert path.stat().st_mtime == FAR

    r = run("--db", db, "import", path)

    assert (r.code, r.out.split(":")[0]) == (0, "imported 1 file(s)"), r
    lead = (
        f"text dump file={path}: its modification time ({FAR} s from 1970) is outside years"
        " 1..9999; its posts are dated with the import time, "
    )
    [note] = [line.split(lead)[1] for line in r.err.splitlines() if lead in line]
    when = datetime.fromisoformat(note).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [(w, t) for _, w, t in posts(db)] == [(when, "A statement with no date")]
