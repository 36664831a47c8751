"""Hostile input, round 11: what users and hostile channels write that earlier rounds never
tried. Real files, the real command line in-process (``cli``), real feeds on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from tg_archiver.archive.config import load_config
from tg_archiver.archive.errors import InputError


def config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def feeds(*urls: str) -> str:
    return "".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://news.example.org/rss", "https://news.example.org/rss"),
        ("https://news.example.org/rss", "https://news.example.org/rss/"),
        ("https://news.example.org/rss", "HTTPS://News.Example.ORG/rss"),
        ("https://news.example.org/rss", "https://news.example.org:443/rss"),
        ("http://news.example.org/rss", "https://news.example.org/rss"),
        ("http://news.example.org:80/rss?x=1", "https://news.example.org/rss?x=1#top"),
        ("https://news.example.org", "https://news.example.org/"),
    ],
)
def test_a_feed_listed_twice_however_written_is_refused_naming_both(
    tmp_path: Path, first: str, second: str
) -> None:
    with pytest.raises(InputError) as info:
        load_config(config(tmp_path, feeds("https://other.example.org/a", first, second)))
    assert str(info.value).split(": ", 1)[1] == (
        f"feeds[3].url: {second} is the same as feeds[2].url ({first}); list it once"
    )


def test_feeds_that_differ_in_query_path_port_or_user_are_two(tmp_path: Path) -> None:
    urls = (
        "https://news.example.org/rss",
        "https://news.example.org/rss?lang=ru",
        "https://news.example.org/rss/ru",
        "https://news.example.org:8443/rss",
        "https://news.example.org/RSS",  # a path's case is the server's to tell
        "https://alice:pw@news.example.org/rss",
    )
    assert len(load_config(config(tmp_path, feeds(*urls))).feeds) == len(urls)


def test_a_duplicate_feeds_secret_is_not_in_the_message(tmp_path: Path, cli) -> None:
    body = feeds(
        "https://news.example.org/rss?token=s3cr3tT0ken",
        "https://NEWS.example.org/rss/?token=s3cr3tT0ken",
    )
    r = cli("--config", config(tmp_path, body), "--db", tmp_path / "a.db", "fetch")
    assert r.code == 1
    assert "s3cr3tT0ken" not in r.err and "token=***" in r.err
    assert len(r.err.strip().splitlines()) == 1 and "list it once" in r.err
    assert not (tmp_path / "a.db").exists()  # refused before anything was made


@pytest.mark.parametrize(
    "second", ["@example_mfa", "example_mfa", "https://t.me/Example_MFA", "t.me/example_mfa/"]
)
def test_a_channel_listed_twice_however_written_is_refused(tmp_path: Path, second: str) -> None:
    body = f'[telegram]\nchannels = ["@Example_MFA", "@other", "{second}"]\n'
    with pytest.raises(InputError, match=r"telegram.channels\[3\]: .* is the same as"):
        load_config(config(tmp_path, body))


def test_channels_of_other_names_or_ids_are_kept(tmp_path: Path) -> None:
    body = '[telegram]\nchannels = ["@example_mfa", "@example_mfa_en", "1500000001"]\n'
    assert len(load_config(config(tmp_path, body)).telegram.channels) == 3
