"""Secrets never leave the process; session files are private; admin commands refuse others.

The secret values are known, so the test can grep for them everywhere the product writes:
every log record at DEBUG (telethon's and aiosqlite's included), stdout and stderr of the
CLI, error messages, export files and the archive itself. Telegram's servers are the one
thing replaced: the session files point at a closed port on 127.0.0.1, so real telethon
clients, built by the real ``build_client``, fail to connect at the lowest boundary.
"""

from __future__ import annotations

import asyncio
import base64
import io
import logging
import os
import socket
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from conftest import ingest, make_post
from telegram_harness import (
    FakeTelegram,
    dispatch,
    group,
    group_message,
    private_message,
    update_new_channel_message,
    update_new_message,
    user,
)
from telethon.crypto import AuthKey
from telethon.errors import AuthKeyUnregisteredError
from telethon.sessions import SQLiteSession, StringSession
from telethon.tl import functions

from tg_archiver.archive.config import Config, TelegramConfig, load_config
from tg_archiver.archive.database_url import location
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.alerts import AlertStore
from tg_archiver.bot import login as login_module
from tg_archiver.bot.access import ADMINS_ONLY, GROUP_ADMINS_ONLY, REFUSAL, Need
from tg_archiver.bot.clients import build_client, session_path
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.service import Service

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "tests" / "fixtures" / "scraped_channel_posts.txt"

API_ID = 246810
API_HASH = "5ec7e75ec7e75ec7e75ec7e75ec7e7a1"
BOT_TOKEN = "7357001:AAS3cr3t-b0t-t0k3n-value_ZZZ"
AUTH_KEY = bytes((i * 37 + 11) % 256 for i in range(256))


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port of 127.0.0.1 that refuses connections for the whole test: bound here and never
    listened on. (Picked and let go at once, as it was, any process of the machine could be
    listening on it by the time telethon connects.)"""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


def session_string(port: int) -> str:
    session = StringSession()
    session.set_dc(2, "127.0.0.1", port)
    session.auth_key = AuthKey(AUTH_KEY)
    return str(session.save())


SECRETS = {
    "api_hash": API_HASH,
    "bot token": BOT_TOKEN,
    "bot token secret part": BOT_TOKEN.split(":", 1)[1],
    "auth key (hex)": AUTH_KEY.hex()[:32],
    "auth key (base64)": base64.urlsafe_b64encode(AUTH_KEY).decode()[:32],
}


def assert_no_secret(where: str, text: str, extra: dict[str, str] | None = None) -> None:
    for name, value in {**SECRETS, **(extra or {})}.items():
        assert value not in text, f"{name} found in {where}"


@pytest.fixture
def telegram_setup(tmp_path: Path, closed_port: int) -> tuple[Path, dict[str, str]]:
    """A config file with every secret, and both session files logged in to a dead server.

    The session files start world-readable (0644), as a copied or restored file might.
    """
    port = closed_port
    session = tmp_path / "tg.session"
    config = TelegramConfig(session=session)
    for bot in (False, True):
        path = session_path(config, bot=bot)
        s = SQLiteSession(str(path))
        s.set_dc(2, "127.0.0.1", port)
        s.auth_key = AuthKey(AUTH_KEY)
        s.save()
        s.close()
        os.chmod(path, 0o644)
    toml = tmp_path / "tg-archiver.toml"
    toml.write_text(
        f"""
[archive]
database = "archive.db"

[import]
paths = ["{DUMP}"]

[telegram]
api_id = {API_ID}
api_hash = "{API_HASH}"
bot_token = "{BOT_TOKEN}"
session = "tg.session"
channels = ["@example_mfa"]
admins = [1001]

[[digests]]
name = "morning"
topics = ["HCF"]
cron = "0 8 * * *"
chats = [-1001900000009]
""",
        encoding="utf-8",
    )
    return toml, {"session string": session_string(port)}


def fast_failing(tg: TelegramConfig, *, bot: bool) -> Any:
    """The real client, giving up after one reconnect instead of five with a 1 s delay."""
    client = build_client(tg, bot=bot)
    client._sender._retries = 1
    client._sender._delay = 0
    return client


def all_logs(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        [
            caplog.text,
            *(repr(r.args) for r in caplog.records),
            *(repr(r.msg) for r in caplog.records),
        ]
    )


async def test_service_with_failing_telegram_logs_no_secret(telegram_setup, caplog):
    toml, extra = telegram_setup
    caplog.set_level(logging.DEBUG)  # every logger: telethon, aiosqlite, ours
    config = load_config(toml, env={})
    store = await Store.open(config.database)
    try:
        service = Service(store, config, client_factory=fast_failing, page_wait=0)
        assert await service.run(once=True) == 0
    finally:
        await store.close()

    logs = all_logs(caplog)
    assert "session=off reason=ConnectionError" in logs  # the user client failed
    assert "bot=off reason=ConnectionError" in logs  # and so did the bot's login
    assert "Connect call failed" in logs  # telethon's own DEBUG lines are in the capture
    assert_no_secret("logs", logs, extra)
    assert_no_secret("repr(config)", repr(config), extra)
    for bot in (False, True):  # opened by the service: made private again
        assert stat.S_IMODE(session_path(config.telegram, bot=bot).stat().st_mode) == 0o600


def test_cli_paths_and_exports_carry_no_secret(cli, telegram_setup, caplog, monkeypatch, tmp_path):
    toml, extra = telegram_setup
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(login_module, "build_client", fast_failing)
    outputs: list[tuple[str, str]] = []

    def run(*args: object) -> int:
        r = cli("--config", toml, *args)
        outputs.append((" ".join(map(str, args)), r.out + r.err))
        return r.code

    assert run("import") == 0
    assert run("search", "harbour", "--json") == 0
    assert run("stats") == 0
    assert run("digest", "morning", "--dry-run") == 0
    for fmt in ("jsonl", "csv", "md", "html"):
        assert run("export", "--format", fmt, "-o", tmp_path / f"out.{fmt}") == 0
    assert run("login") == 1  # Telegram unreachable: one line, no traceback
    assert outputs[-1][1].startswith("tg-archiver: error: telegram login failed: ")
    assert "Traceback" not in outputs[-1][1]

    # Errors forced in the config: the TOML holds the secrets next to the mistake.
    text = toml.read_text(encoding="utf-8")
    for broken in (
        text.replace(f'api_hash = "{API_HASH}"', f"api_hash = {API_HASH}"),  # unquoted
        text.replace(f'bot_token = "{BOT_TOKEN}"', f'bot_token = "{BOT_TOKEN}'),  # unclosed
        text.replace("api_id = ", "api_id = 'x'\napi_idd = "),
        text.replace("admins = [1001]", f'admins = ["{BOT_TOKEN}"]'),
    ):
        toml.write_text(broken, encoding="utf-8")
        assert run("stats") == 1
    toml.write_text(text, encoding="utf-8")
    env = {"TG_API_ID": API_HASH, "TG_BOT_TOKEN": BOT_TOKEN}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert run("stats") == 1  # TG_API_ID holds a hash, not a number

    for args, output in outputs:
        assert_no_secret(f"the output of `{args}`", output, extra)
    assert_no_secret("logs", all_logs(caplog), extra)
    assert outputs[1][1].count("\n") >= 1  # the search found the dump's posts
    for fmt in ("jsonl", "csv", "md", "html"):
        assert_no_secret(f"the {fmt} export", (tmp_path / f"out.{fmt}").read_text(), extra)
    archive = b"".join(p.read_bytes() for p in tmp_path.glob("archive.db*"))
    for name, value in {**SECRETS, **extra}.items():
        assert value.encode() not in archive, f"{name} found in the archive"


class NewAccount(FakeTelegram):
    """Telegram as a session that is not logged in yet sees it: asking who we are fails."""

    async def connect(self) -> None:
        return None

    def is_connected(self) -> bool:
        return True

    async def disconnect(self) -> None:  # type: ignore[override]
        return None

    async def __call__(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(request, functions.users.GetUsersRequest):
            raise AuthKeyUnregisteredError(request=request)
        return await super().__call__(request, *args, **kwargs)


def test_login_without_a_terminal_says_so_in_one_line(cli, telegram_setup, monkeypatch):
    toml, extra = telegram_setup
    monkeypatch.setattr(login_module, "build_client", lambda tg, bot: NewAccount(bot=bot))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # telethon's phone prompt reads nothing

    r = cli("--config", toml, "login")

    assert r.code == 1
    assert r.err.startswith("tg-archiver: error: telegram login needs a terminal")
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    assert_no_secret("login output", r.out + r.err, extra)


# -- session files ------------------------------------------------------------------------------


def test_a_world_readable_session_file_is_made_private_even_with_umask_0(tmp_path):
    config = TelegramConfig(
        api_id=API_ID, api_hash=API_HASH, bot_token=BOT_TOKEN, session=tmp_path / "tg"
    )
    user_session = session_path(config, bot=False)
    user_session.touch()
    os.chmod(user_session, 0o644)
    old = os.umask(0)
    try:
        for bot in (False, True):  # the user's file existed, the bot's is new
            build_client(config, bot=bot).session.close()
        # While telethon writes the key, SQLite's rollback journal holds pages of it; SQLite
        # creates the journal with the session file's own mode, so it is private too.
        conn = sqlite3.connect(user_session, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE journal_probe (x)")  # rolled back below
        journal = Path(f"{user_session}-journal")
        journal_mode = stat.S_IMODE(journal.stat().st_mode)
        conn.execute("ROLLBACK")
        conn.close()
    finally:
        os.umask(old)

    for bot in (False, True):
        assert stat.S_IMODE(session_path(config, bot=bot).stat().st_mode) == 0o600
    assert journal_mode == 0o600


def test_login_leaves_session_files_private(tmp_path):
    session = tmp_path / "tg.session"
    for path in (session, tmp_path / "tg.session.session"):
        path.touch()
        os.chmod(path, 0o644)

    login_module._owner_only(session)

    for path in (session, tmp_path / "tg.session.session"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- admin-only commands ------------------------------------------------------------------------

ADMIN = user(1001, "Admin")
MEMBER = user(4242, "Analyst")
STRANGER = user(6666, "Stranger")
DESK = group(1900000009, "Desk")
TG = TelegramConfig(admins=(ADMIN.id,), allowed_users=(MEMBER.id,))

# Every command that needs more than membership, with arguments that would change or send
# something if it ran.
ADMIN_ONLY = {
    "export": "/export tag:SCO",
    "subscribe": "/subscribe SCO daily 08:00",
    "unsubscribe": "/unsubscribe SCO",
    "alert": "/alert ceasefire",
    "unalert": "/unalert 1",
}


def test_the_admin_only_list_is_every_command_that_needs_more_than_membership(store):
    commands = BotCommands(store, FakeTelegram(bot=True), TG)

    needs = {name: handler.need for name, handler in commands._commands.items()}

    assert {n for n, need in needs.items() if need is not Need.MEMBER} == set(ADMIN_ONLY)
    assert commands._on_page.need is Need.MEMBER and commands._unknown.need is Need.MEMBER


async def _refused(store: Store, text: str, sender: Any, *, in_group: bool) -> FakeTelegram:
    client = FakeTelegram(bot=True)
    BotCommands(store, client, TG).register()
    if in_group:
        msg = group_message(77, DESK, sender, text)
        await dispatch(client, update_new_channel_message(msg), users=[sender], chats=[DESK])
    else:
        msg = private_message(77, sender, text, entities=[])
        await dispatch(client, update_new_message(msg), users=[sender])
    return client


@pytest.mark.parametrize("where", ["private", "group"])
@pytest.mark.parametrize("sender", [MEMBER, STRANGER], ids=["member", "stranger"])
@pytest.mark.parametrize("name", sorted(ADMIN_ONLY))
async def test_admin_only_command_refuses_non_admins(store, name, sender, where):
    await ingest(store, make_post(1, "Astana talks #SCO"))
    if name == "unsubscribe":  # something to remove, made by an admin
        await (await _refused(store, "/subscribe SCO", ADMIN, in_group=False)).disconnect()
    before = await store.list_subscriptions()

    client = await _refused(store, ADMIN_ONLY[name], sender, in_group=where == "group")

    replies = [r.message for r in client.sent()]
    if sender is STRANGER:
        expected = REFUSAL
    elif name == "export" or where == "private":
        expected = ADMINS_ONLY
    else:  # a member may manage a group's digests only as that group's admin: not here
        expected = GROUP_ADMINS_ONLY
    assert replies == [expected]
    assert client.media_sent() == []
    assert await store.list_subscriptions() == before
    assert await AlertStore(store).alerts() == []


async def test_admin_runs_every_admin_only_command(store):
    await ingest(store, make_post(1, "Astana talks #SCO"))

    for name, text in ADMIN_ONLY.items():
        client = await _refused(store, text, ADMIN, in_group=False)
        assert client.sent() or client.media_sent(), name
        assert all(r.message not in (ADMINS_ONLY, REFUSAL) for r in client.sent()), name


def test_config_repr_shows_no_secret():
    config = Config(telegram=TelegramConfig(api_id=API_ID, api_hash=API_HASH, bot_token=BOT_TOKEN))

    assert_no_secret("repr(Config)", repr(config))


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        # Another scheme, or postgresql mistyped: it was taken as a file's path, and the
        # error line about its missing folder printed the password.
        (
            "postgresql+asyncpg://u:DBPW1@127.0.0.1:1/db",
            "postgresql+asyncpg://u:***@127.0.0.1:1/db",
        ),
        ("mysql://u:DBPW2@host/db", "mysql://u:***@host/db"),
        ("postgresql:u:DBPW3@host/db", "postgresql:u:***@host/db"),
    ],
)
def test_a_database_url_of_another_kind_is_refused_without_its_password(
    cli, tmp_path, value, shown
):
    r = cli("--db", value, "stats")
    assert r.code == 2 and "DBPW" not in r.err and "Traceback" not in r.err
    assert r.err.splitlines()[-1] == (
        f"tg-archiver: error: argument --db: {shown} is not a database tg-archiver can open:"
        " give a SQLite file's path, or a PostgreSQL URL (postgresql://user:password@host/database)"
    )
    config = tmp_path / "c.toml"
    config.write_text(f'[archive]\ndatabase = "{value}"\n')
    r = cli("--config", config, "stats")
    assert r.code == 1 and "DBPW" not in r.err and shown in r.err
    assert list(tmp_path.iterdir()) == [config]  # nothing made


def test_a_postgresql_url_with_a_port_out_of_range_is_one_line(cli):
    # It was an OverflowError traceback from the driver's connect.
    r = cli("--db", "postgresql://u:DBPW4@127.0.0.1:99999/db", "stats")
    assert r.code == 2 and "DBPW" not in r.err and "Traceback" not in r.err
    assert r.err.splitlines()[-1] == (
        "tg-archiver: error: argument --db: not a PostgreSQL URL tg-archiver can use:"
        " postgresql://u:***@127.0.0.1:99999/db: its port is not a number from 0 to 65535"
    )


def test_a_postgresql_password_with_a_slash_or_a_hash_is_never_shown(cli, tmp_path):
    # Not percent-encoded, "/", "?" or "#" ended the URL's authority early: the password's
    # tail was shown as the path, and the parser's message quoted its head as the "port".
    url = "postgresql://arch:Xy7/Kq#9sEcReT@127.0.0.1:54330/a1"
    for args in (("--db", url, "stats"), ("--db", str(tmp_path / "a.db"), "copy", "--to", url)):
        r = cli(*args)
        assert r.code == 2 and "Traceback" not in r.err, r.err
        assert "Xy7" not in r.err and "sEcReT" not in r.err and "Kq" not in r.err
        assert "postgresql://arch:***@127.0.0.1:54330/a1" in r.err
        assert "%2F %3F %23 %40" in r.err


def test_another_programs_database_is_refused_and_left_as_it_was(cli, tmp_path, pg_url):
    # A reading command pointed at the wrong file made tg-archiver's 29 tables there and
    # switched it to WAL; on PostgreSQL it made 20 tables.
    foreign = tmp_path / "app.db"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE users (id INTEGER)")
        conn.execute("CREATE TABLE posts (body TEXT)")
        conn.commit()
    before = foreign.read_bytes()
    for command in ("stats", "search", "tags"):
        args = (command, "x") if command == "search" else (command,)
        r = cli("--db", foreign, *args)
        assert r.code == 1 and "is not a tg-archiver archive" in r.err, r.err
        assert "another program's tables (posts, users)" in r.err
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]

    async def make_foreign() -> None:
        conn = await asyncpg.connect(pg_url)
        try:
            await conn.execute("CREATE TABLE orders (id integer)")
        finally:
            await conn.close()

    asyncio.run(make_foreign())
    r = cli("--db", pg_url, "stats")
    assert r.code == 1 and "another program's tables (orders)" in r.err, r.err

    async def tables() -> list[str]:
        conn = await asyncpg.connect(pg_url)
        try:
            return [
                r[0]
                for r in await conn.fetch(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
            ]
        finally:
            await conn.close()

    assert asyncio.run(tables()) == ["orders"]


def test_a_postgresql_url_with_several_hosts_is_taken_and_each_port_checked(cli):
    # libpq and asyncpg take several hosts, tried in turn; it was refused with "its port is
    # not a number from 0 to 65535". Nothing listens on ports 1 and 2 of the loopback: the
    # driver was given the URL, tried both, and says it could not reach a server.
    url = "postgresql://u:DBPW5@127.0.0.1:1,127.0.0.1:2/db"
    assert str(location(url)) == "postgresql://u:***@127.0.0.1:1,127.0.0.1:2/db"
    r = cli("--db", url, "stats")
    assert r.code == 1 and "DBPW" not in r.err and "Traceback" not in r.err, r.err
    assert r.err.startswith("tg-archiver: error: cannot reach the PostgreSQL server")
    assert r.err.count("\n") == 1
    bad = cli("--db", "postgresql://u:DBPW6@h1:5432,h2:99999/db", "stats")
    assert bad.code == 2 and "DBPW" not in bad.err
    assert bad.err.splitlines()[-1] == (
        "tg-archiver: error: argument --db: not a PostgreSQL URL tg-archiver can use:"
        " postgresql://u:***@h1:5432,h2:99999/db: its port is not a number from 0 to 65535"
    )
