"""The digests as a feed (`/feeds/digest/NAME.atom`): a configured digest's saved searches and
its stories without a topic are in its entries, as `tg-archiver digest NAME` prints them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import feedparser
import httpx
from conftest import CliResult
from web_archive import ROOT, serve

CONFIG = """
[[digests]]
name = "desk"
cron = "0 8 * * *"
topics = ["CIS"]
searches = { "Ceasefire watch" = "ceasefire OR truce -sanctions" }

[[digests]]
name = "watch"
cron = "0 8 * * *"
searches = { "Shanghai" = "shanghai" }

[[digests]]
name = "all"
cron = "0 8 * * *"
topics = ["UNCharter"]
include_untagged = true
"""


def _printed(cli: Callable[..., CliResult], config: Path, db: Path, name: str) -> dict[str, str]:
    """Each day's digest as the CLI prints it, for the days that have stories."""
    out = {}
    for n in range(1, 13):
        day = f"2024-03-{n:02}"
        r = cli("--config", config, "--db", db, "digest", name, "--since", day, "--until", day)
        assert r.code == 0, r.err
        if "No new posts" not in r.out:
            out[day] = r.out.strip()
    return out


def _entries(url: str, name: str) -> dict[str, str]:
    r = httpx.get(f"{url}/feeds/digest/{name}.atom", timeout=30)
    assert r.status_code == 200
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    # feedparser writes <br> as <br />; the feed titles the digest "Digest: NAME", as the CLI
    return {
        e.id.rsplit("/", 1)[1]: e.content[0].value.replace("<br />\n", "\n") for e in feed.entries
    }


def test_saved_searches_and_untagged_stories_are_in_the_digest_feed(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = tmp_path / "a.db"
    export = ROOT / "examples" / "channel-export" / "result.json"
    assert cli("--config", config, "--db", db, "import", export).code == 0
    printed = {name: _printed(cli, config, db, name) for name in ("desk", "watch", "all")}
    with serve(db, config=config) as s:
        served = {name: _entries(s.url, name) for name in ("desk", "watch", "all")}
    assert served == printed
    desk = served["desk"]
    assert any("<b>Ceasefire watch</b>" in html for html in desk.values())  # the search
    assert any("#CIS" in html for html in desk.values())  # the topic
    # A digest of searches alone has a feed (it had no entry at all before)
    assert served["watch"] and all("<b>Shanghai</b>" in h for h in served["watch"].values())
    # include_untagged: stories with none of the topics, every day that has a post
    # (a day without a #UNCharter section says "nothing for #UNCharter" in its header)
    sections = [h for h in served["all"].values() if "<b>#UNCharter</b>" in h]
    assert len(served["all"]) > len(sections)
    assert all("nothing for #UNCharter" in h for h in served["all"].values() if h not in sections)


def test_a_feed_of_topics_reads_each_alias_as_its_topic_once(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    # "/feeds/digest/ШОС,SCO.atom" is the SCO digest: the alias and the name were two topics,
    # so the title said "Digest: SCO, SCO" (and the alias once meant nothing).
    config = tmp_path / "config.toml"
    config.write_text('[topics]\nSCO = ["#ШОС"]\n', encoding="utf-8")
    db = tmp_path / "a.db"
    export = ROOT / "examples" / "channel-export" / "result.json"
    assert cli("--config", config, "--db", db, "import", export).code == 0
    with serve(db, config=config) as s:
        feeds = {
            name: feedparser.parse(
                httpx.get(f"{s.url}/feeds/digest/{name}.atom", timeout=30).content
            )
            for name in ("SCO", "ШОС,SCO,%23sco", "%23ШОС")
        }
    assert {f.feed.title for f in feeds.values()} == {"Digest: SCO · tg-archiver"}
    entries = [[e.content[0].value for e in f.entries] for f in feeds.values()]
    assert entries[0] and entries[1] == entries[0] and entries[2] == entries[0]
