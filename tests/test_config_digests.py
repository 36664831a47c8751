"""[[digests]] in the config: parsed, and bad values refused naming the key."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tg_archiver.archive.config import DigestConfig, load_config
from tg_archiver.archive.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_example_config_has_the_morning_digest() -> None:
    config = load_config(ROOT / "config.example.toml")
    assert config.digests == (
        DigestConfig(
            name="morning", topics=("SCO", "BRICS"), cron="0 8 * * *", timezone="Europe/Moscow"
        ),
    )
    assert config.digests[0].trigger() is not None


def test_digest_defaults(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, '[[digests]]\nname = "d"\ntopics = ["#SCO"]\ncron = "30 7 * * 1"\n')
    )
    [d] = config.digests
    assert (d.topics, d.timezone, d.chats, d.say_when_empty) == (("SCO",), "UTC", (), False)
    assert d.chart is False


def test_digest_file_is_relative_to_the_config(tmp_path: Path) -> None:
    body = '[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "0 8 * * *"\nfile = "out/d.txt"\n'
    [d] = load_config(write(tmp_path, body)).digests
    assert d.file == tmp_path / "out" / "d.txt"


def test_weekly_digest_with_a_chart(tmp_path: Path) -> None:
    body = '[[digests]]\nname = "w"\ntopics = ["SCO"]\ncron = "0 9 * * 1"\nchart = true\n'
    [d] = load_config(write(tmp_path, body)).digests
    assert d.chart is True


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ('cron = "0 25 * * *"', "digests[2].cron"),
        ('cron = "every morning"', "digests[2].cron"),
        ('cron = "0 8 * *"', "digests[2].cron"),
        ('cron = "0 8 * * *"\ntimezone = "Mars/Olympus"', "digests[2].timezone"),
        ('cron = "0 8 * * *"\nchats = ["me"]', "digests[2].chats"),
        ('cron = "0 8 * * *"\ncolour = "red"', "digests[2].colour"),
        ('cron = "0 8 * * *"\nchart = "yes"', "digests[2].chart"),
        ("", "digests[2].cron"),
    ],
)
def test_bad_digest_is_refused_naming_the_key(tmp_path: Path, extra: str, key: str) -> None:
    body = (
        '[[digests]]\nname = "ok"\ntopics = ["SCO"]\ncron = "0 8 * * *"\n'
        f'[[digests]]\nname = "bad"\ntopics = ["SCO"]\n{extra}\n'
    )
    with pytest.raises(InputError, match=re.escape(key)):
        load_config(write(tmp_path, body))


@pytest.mark.parametrize("cron", ["0 8 30 2 *", "0 0 31 4 *", "0 0 31 2,4,6 *"])
def test_cron_that_never_fires_is_refused(tmp_path: Path, cron: str) -> None:
    # 30 February, 31 April: the service would never send it and `digest` would use a day.
    body = f'[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "{cron}"\n'
    with pytest.raises(InputError) as refused:
        load_config(write(tmp_path, body))
    assert str(refused.value).endswith(
        f'digests[1].cron: "{cron}" never fires (no day of the calendar matches it)'
    )


@pytest.mark.parametrize("cron", ["0 0 29 2 *", "0 0 31 1-12 *"])
def test_rare_cron_that_fires_is_accepted(tmp_path: Path, cron: str) -> None:
    # 29 February (every four years); the 31st of the months that have one.
    body = f'[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "{cron}"\n'
    [d] = load_config(write(tmp_path, body)).digests
    assert d.cron == cron


def test_digest_names_are_unique(tmp_path: Path) -> None:
    one = '[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "0 8 * * *"\n'
    with pytest.raises(InputError, match=r"digests\[2\]\.name"):
        load_config(write(tmp_path, one + one))


def test_chats_may_be_forum_topics(tmp_path: Path) -> None:
    body = (
        '[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "0 8 * * *"\n'
        'chats = [-1001234567890, "-1001234567890:45"]\n'
    )
    [d] = load_config(write(tmp_path, body)).digests
    assert d.chats == (-1001234567890, "-1001234567890:45")
    bad = body.replace('"-1001234567890:45"', '"general"')
    with pytest.raises(InputError, match=re.escape("digests[1].chats: expected a list of numeric")):
        load_config(write(tmp_path, bad))


@pytest.mark.parametrize(
    ("cron", "monday_nine"),
    [("0 9 * * 1", "Mon"), ("0 9 * * 0", "Sun"), ("0 9 * * 7", "Sun"), ("0 9 * * fri", "Fri")],
)
def test_a_cron_weekday_is_crontabs_0_and_7_sunday(
    tmp_path: Path, cron: str, monday_nine: str
) -> None:
    # apscheduler 3 reads 0 as Monday; a user writes "* * 1" for Mondays (crontab(5)).
    body = f'[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "{cron}"\n'
    [d] = load_config(write(tmp_path, body)).digests
    after = datetime(2024, 10, 14, tzinfo=UTC)  # a Monday, midnight
    fires = d.trigger().get_next_fire_time(None, after)
    assert fires is not None and fires.strftime("%a %H:%M") == f"{monday_nine} 09:00"


def test_a_cron_with_both_day_fields_is_refused(tmp_path: Path) -> None:
    # crontab(5) fires on either field; apscheduler only when both match: neither is guessed.
    body = '[[digests]]\nname = "d"\ntopics = ["SCO"]\ncron = "0 9 1 * 1"\n'
    with pytest.raises(InputError) as refused:
        load_config(write(tmp_path, body))
    assert "both the day of the month and the day of the week are set" in str(refused.value)
