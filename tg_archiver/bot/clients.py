"""The two Telegram clients of the service, each on its own private session file.

The *user* client reads the followed channels (a bot cannot read a channel it does not
administer) and the *bot* client talks to people. Both session files hold an authorization
key, as good as the account's password, so they are created private (0600) before telethon
opens them, and nothing here logs a secret.
"""

from __future__ import annotations

import os
from pathlib import Path

from telethon import TelegramClient

from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.errors import InputError


def session_path(config: TelegramConfig, *, bot: bool) -> Path:
    """The session file of the user (``<session>``) or the bot (``<session stem>.bot.session``)."""
    path = config.session
    if not path.name.endswith(".session"):
        path = path.with_name(path.name + ".session")  # telethon would append it anyway
    return path.with_suffix(".bot.session") if bot else path


def build_client(config: TelegramConfig, *, bot: bool) -> TelegramClient:
    """A client on its own session file, not yet connected; start it with :func:`start_client`.

    The session file is created 0600 before telethon opens it: it holds the authorization key,
    which is as good as the account's password.
    """
    if not config.has_api:
        raise InputError(
            "telegram: api_id and api_hash are needed ([telegram] in the config, or"
            " TG_API_ID and TG_API_HASH)"
        )
    if bot and not config.bot_token:
        raise InputError("telegram: a bot token is needed (telegram.bot_token or TG_BOT_TOKEN)")
    path = session_path(config, bot=bot)
    _create_private(path)
    client = TelegramClient(str(path), config.api_id, config.api_hash)
    os.chmod(path, 0o600)
    return client


async def start_client(client: TelegramClient, config: TelegramConfig, *, bot: bool) -> None:
    """Connect and log in: the bot with its token, the user from the session (asks once)."""
    if bot:
        await client.start(bot_token=config.bot_token)
    else:
        await client.start()
    path = session_path(config, bot=bot)
    if path.exists():
        os.chmod(path, 0o600)


def _create_private(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))  # empty file: an empty SQLite db
        os.chmod(path, 0o600)
    except OSError as e:
        raise InputError(f"cannot create the session file {path}: {e.strerror}") from None
