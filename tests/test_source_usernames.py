"""A config's ``[sources.NAME] username`` is for one channel of the archive, or for none.

Two channels with one title (a channel deleted and made again under the same name, two
ministries' "Press Service") each have a post 1. A username given by that title linked both
to ``t.me/<username>/1``, one of them another channel's post, in search, digests, the web and
the bot. Now such a title names no channel (one warning says which ids to choose from), and a
numeric id names its channel: checked on every surface a user sees.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from conftest import CliResult, Clock, ingest, make_post, write_archive
from telegram_harness import FakeTelegram, dispatch, private_message, update_new_message, user
from telethon.tl import types
from web_archive import serve

from tg_archiver.archive.config import TelegramConfig, load_config
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.source_usernames import SourceUsernames, resolve_usernames
from tg_archiver.archive.store import Store
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.digest_schedule import DigestSchedule
from tg_archiver.bot.digests import Pacer

OLD = SourceRef(kind="telegram", key="555", title="MFA News")
NEW = SourceRef(kind="telegram", key="777", title="MFA News")
PRESS = SourceRef(kind="telegram", key="1500000009", title="Press Office")
WARNING = '[sources."MFA News"] names 2 channels (555, 777): name one by its numeric id'
BY_TITLE = (
    '[sources."MFA News"]\nusername = "mfa_news"\n'
    '[sources."press office"]\nusername = "press_office"\n'
)
BY_ID = '[sources.777]\nusername = "mfa_news"\n'
DIGEST = '[[digests]]\nname = "desk"\ntopics = ["SCO"]\ncron = "0 20 * * *"\n'
WINDOW = ("--since", "2024-03-01", "--until", "2024-03-31")


def posts() -> list[Post]:
    return [
        make_post(1, "Statement on the Geneva talks. #SCO", source=OLD, day=4),
        make_post(1, "Statement on the Kazan summit. #SCO", source=NEW, day=4),
        make_post(1, "Statement on the visa regime. #SCO", source=PRESS, day=4),
    ]


def links(text: str) -> list[str]:
    return sorted(set(re.findall(r"https://t\.me/[\w/]+", text)))


AMBIGUOUS = ["https://t.me/c/555/1", "https://t.me/c/777/1", "https://t.me/press_office/1"]
NAMED = ["https://t.me/c/1500000009/1", "https://t.me/c/555/1", "https://t.me/mfa_news/1"]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return write_archive(tmp_path / "a.db", *posts())


def config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(f'[archive]\ndatabase = "{tmp_path / "a.db"}"\n{body}', encoding="utf-8")
    return path


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_a_title_of_several_channels_names_none_a_key_or_a_single_title_names_one() -> None:
    channels = [("555", "MFA News"), ("777", "mfa news"), ("1500000009", "Press Office")]
    configured = [("MFA News", "mfa_news"), ("Press Office", "press_office")]
    assert resolve_usernames(configured, channels) == (
        {"1500000009": "press_office"},
        [WARNING],
    )
    # A key names its channel whatever the titles say, and wins over a title naming it too.
    by_key = [("555", "old_mfa"), ("Press Office", "press_office"), ("1500000009", "press")]
    assert resolve_usernames(by_key, channels) == ({"555": "old_mfa", "1500000009": "press"}, [])
    assert resolve_usernames(configured, []) == ({}, [])  # not archived yet: nothing to say


def test_cli_search_links_no_channel_by_a_shared_title_and_says_so_once(
    cli: Callable[..., CliResult],
    tmp_path: Path,
    archive: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ambiguous = cli("--config", config(tmp_path, BY_TITLE), "search", "statement")
    assert ambiguous.code == 0, ambiguous.err
    assert links(ambiguous.out) == AMBIGUOUS
    assert warnings(caplog) == [WARNING]

    caplog.clear()
    named = cli("--config", config(tmp_path, BY_ID), "search", "statement")
    assert named.code == 0, named.err
    assert links(named.out) == NAMED
    assert warnings(caplog) == []


def test_cli_digests_topic_and_named_link_no_channel_by_a_shared_title(
    cli: Callable[..., CliResult],
    tmp_path: Path,
    archive: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cfg = config(tmp_path, BY_TITLE + DIGEST)
    topic = cli("--config", cfg, "digest", "SCO", *WINDOW)
    named = cli("--config", cfg, "digest", "desk", "--dry-run", *WINDOW)
    assert (topic.code, named.code) == (0, 0), topic.err + named.err
    assert links(topic.out) == links(named.out) == AMBIGUOUS
    assert warnings(caplog) == [WARNING, WARNING]  # once a run

    by_id = cli("--config", config(tmp_path, BY_ID), "digest", "SCO", *WINDOW)
    assert links(by_id.out) == NAMED


async def test_the_service_digest_links_no_channel_by_a_shared_title_and_warns_once(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await ingest(store, *posts())
    out = tmp_path / "digest.txt"
    cfg = config(tmp_path, f'{BY_TITLE}{DIGEST}file = "{out}"\n')
    schedule = DigestSchedule(
        store, load_config(cfg), clock=Clock(datetime(2024, 3, 4, 20, tzinfo=UTC)), pacer=Pacer()
    )
    [digest] = schedule.config.digests

    await schedule.deliver_digest(digest)
    assert links(out.read_text(encoding="utf-8")) == AMBIGUOUS
    await schedule.catch_up_digests()  # nothing due; a later resolution says nothing again
    await schedule.usernames.resolve(store)
    assert warnings(caplog) == [WARNING]


async def test_the_bot_digest_links_no_channel_by_a_shared_title(
    store: Store, tmp_path: Path
) -> None:
    await ingest(store, *posts())
    analyst = user(4242, "Analyst")
    replies = []
    for body in (BY_TITLE, BY_ID):
        bot = FakeTelegram(bot=True)
        pairs = load_config(config(tmp_path, body)).source_usernames
        BotCommands(
            store,
            bot,
            TelegramConfig(allowed_users=(analyst.id,)),
            clock=Clock(datetime(2024, 3, 5, tzinfo=UTC)),
            usernames=SourceUsernames(pairs),
        ).register()
        msg = private_message(7, analyst, "/digest SCO 7d", entities=[])
        await dispatch(bot, update_new_message(msg), users=[analyst])
        [sent] = bot.sent()
        replies.append(
            sorted(e.url for e in sent.entities if isinstance(e, types.MessageEntityTextUrl))
        )
    assert replies == [AMBIGUOUS, NAMED]


def test_the_web_links_no_channel_by_a_shared_title(tmp_path: Path, archive: Path) -> None:
    with serve(archive, config=config(tmp_path, BY_TITLE)) as served:
        pages = [httpx.get(f"{served.url}/post/{n}", timeout=30).text for n in (1, 2, 3)]
        feed = httpx.get(f"{served.url}/feeds/topic/SCO.atom", timeout=30).text
        digest = httpx.get(f"{served.url}/feeds/digest/SCO.atom", timeout=30).text
    assert [links(p) for p in pages] == [[a] for a in AMBIGUOUS]
    assert links(feed) == links(digest) == AMBIGUOUS
    with serve(archive, config=config(tmp_path, BY_ID)) as served:
        page = httpx.get(f"{served.url}/post/2", timeout=30).text
    assert links(page) == ["https://t.me/mfa_news/1"]


async def test_both_engines_resolve_the_names_against_their_channels(
    engine_store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    await ingest(engine_store, *posts())
    names = SourceUsernames([("MFA News", "mfa_news"), ("Press Office", "press_office")])
    assert await names.resolve(engine_store) == {"1500000009": "press_office"}
    assert await SourceUsernames([("777", "mfa_news")]).resolve(engine_store) == {"777": "mfa_news"}
    assert warnings(caplog) == [WARNING]
