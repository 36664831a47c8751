"""Every Telegram post in a digest links to it: t.me/<username>/<id> or t.me/c/<channel>/<id>."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CliResult
from conftest import export_row as row

from tg_archiver.archive.config import load_config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.links import post_url

ROOT = Path(__file__).resolve().parent.parent
EXPORT = dict(source="1500000001", source_title="Example Foreign Ministry", url=None)


def test_a_post_keeps_its_own_url() -> None:
    assert post_url(row(7)) == "https://t.me/example_mfa/7"
    feed = row(
        8, source_kind="feed", source="https://agency.example/rss", url="https://a.example/8"
    )
    assert post_url(feed) == "https://a.example/8"


def test_an_exported_channel_post_links_by_channel_id() -> None:
    assert post_url(row(7, **EXPORT)) == "https://t.me/c/1500000001/7"


def test_a_configured_username_wins_over_the_channel_id() -> None:
    by_key = {"1500000001": "example_mfa"}  # as archive.source_usernames resolves the config
    assert post_url(row(7, **EXPORT), by_key) == "https://t.me/example_mfa/7"
    # The mapping is by key: a title is resolved to its channel first (it may name several).
    by_title = {"example foreign ministry": "example_mfa"}
    assert post_url(row(7, **EXPORT), by_title) == "https://t.me/c/1500000001/7"


def test_posts_without_an_address_have_no_link() -> None:
    dump = row(1, source_kind="import", source="dump.txt", url=None, external_id="abc")
    bot = row(2, source_kind="import", source="forwarded-to-bot", url=None, external_id="5:9")
    hostile = row(3, source_kind="telegram", url="javascript:alert(1)", source="x")
    assert (post_url(dump), post_url(bot), post_url(hostile)) == (None, None, None)


def test_config_sources_usernames(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[sources.1500000001]\nusername = "@example_mfa"\n'
        '[sources."Relay Channel"]\nusername = "https://t.me/relay_news"\n',
        encoding="utf-8",
    )
    assert load_config(path).source_usernames == (
        ("1500000001", "example_mfa"),
        ("Relay Channel", "relay_news"),
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[sources.x]\nusername = "no spaces allowed"\n', "sources.x.username: expected"),
        ("[sources.x]\nname = 1\n", "unknown key sources.x.name"),
        ("[sources.x]\n", "sources.x.username: missing"),
        ('sources = "x"\n', "sources: expected a table"),
    ],
)
def test_bad_sources_are_refused_naming_the_key(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        load_config(path)


def test_cli_digest_links_every_post_of_an_imported_export(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    example = ROOT / "config.example.toml"
    assert cli("--config", example, "--db", db, "import").code == 0
    plain = cli("--config", example, "--db", db, "digest", "SCO,BRICS", *window)
    assert plain.code == 0, plain.err
    lasts = [b.split("\n")[-1] for b in plain.out.rstrip().split("\n\n")]
    wheres = [line for line in lasts if re.search(r"\d\d:\d\d UTC", line)]
    assert len(wheres) == 4
    for where in wheres:
        assert re.match(r'<a href="https://t\.me/c/1500000001/\d+">Example Foreign', where)

    config = tmp_path / "c.toml"
    mapping = '\n[sources."Example Foreign Ministry"]\nusername = "example_mfa"\n'
    config.write_text(example.read_text(encoding="utf-8") + mapping, encoding="utf-8")
    named = cli("--config", config, "--db", db, "digest", "SCO,BRICS", *window)
    assert named.code == 0, named.err
    assert named.out.count('<a href="https://t.me/example_mfa/') == 4
    assert "t.me/c/" not in named.out
