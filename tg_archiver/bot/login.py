"""`tg-archiver login`: the one interactive step, done once, that creates the session files.

A user session (needed to read channels' history) asks for the phone number, the code
Telegram sends, and the two-step password if one is set; telethon prompts for each on the
terminal. A bot needs only its token. The session files are secrets: they are made readable
by their owner only, and their contents are never printed.
"""

from __future__ import annotations

import os
from pathlib import Path

from telethon.errors import RPCError

from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.errors import InputError, SourceError
from tg_archiver.bot.clients import build_client


async def login(tg: TelegramConfig) -> list[str]:
    """Log in every configured account; return one line about each for the user.

    Raises :class:`SourceError` when Telegram cannot be reached or refuses the login, naming
    the failure by its type only: telethon's messages may quote the request it was sending.
    """
    try:
        return await _login(tg)
    except EOFError:  # telethon's prompt found no terminal
        raise InputError(
            "telegram login needs a terminal: run `tg-archiver login` interactively to type"
            " the phone number and the code Telegram sends"
        ) from None
    except (OSError, RPCError) as e:  # ConnectionError is an OSError
        raise SourceError(
            f"telegram login failed: {type(e).__name__}; check the network and the"
            " credentials, then run `tg-archiver login` again"
        ) from None


async def _login(tg: TelegramConfig) -> list[str]:
    lines = []
    user = build_client(tg, bot=False)
    await user.start()  # prompts on the terminal when the session is new
    me = await user.get_me()
    await user.disconnect()
    _owner_only(tg.session)
    name = f"@{me.username}" if getattr(me, "username", None) else f"user {me.id}"
    lines.append(f"logged in as {name}; session saved to {tg.session}")
    if tg.bot_token:
        bot = build_client(tg, bot=True)
        await bot.start(bot_token=tg.bot_token)
        bot_me = await bot.get_me()
        await bot.disconnect()
        lines.append(f"bot @{getattr(bot_me, 'username', bot_me.id)} is ready")
    return lines


def _owner_only(session: Path) -> None:
    for path in (session, session.with_name(session.name + ".session")):
        if path.exists():
            os.chmod(path, 0o600)
