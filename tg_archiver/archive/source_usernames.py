"""Which of the archive's channels a config's ``[sources.NAME] username = "..."`` is for.

Posts imported from a Telegram Desktop export carry no username, so their links are
``t.me/c/<channel id>/<id>`` (archive.links) unless the config names the channel's username.
NAME is the channel's key (its numeric id) or its title. A title may name several channels of
one archive (a channel deleted and made again under the same name, two ministries' "Press
Service"): the username is then given to none of them, since it would link one channel's
posts to the other's posts of the same number, and one warning says which ids to choose from.

Every surface that links posts (search, digests of the CLI and of the service, the web app,
the bot's replies and alerts) resolves the names here, against the archive's channels as they
are when it links: a channel imported later is found without a restart.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from tg_archiver.archive import lazy_re

if TYPE_CHECKING:
    from tg_archiver.archive.store import Store

__all__ = ["SourceUsernames", "resolve_usernames"]

log = logging.getLogger(__name__)

_BARE_KEY = lazy_re.compile(r"[A-Za-z0-9_-]+")


def resolve_usernames(
    configured: Sequence[tuple[str, str]], channels: Iterable[tuple[str, str]]
) -> tuple[dict[str, str], list[str]]:
    """``configured``: the config's (NAME, username) pairs; ``channels``: the archive's
    (key, title) of Telegram channels. Gives the username of each channel key that one NAME
    names unambiguously, and a warning for each NAME that is the title of several channels.

    A NAME that is a channel's key names that channel whatever the titles say, and wins over a
    title naming the same channel."""
    channels = list(channels)
    keys = {key for key, _ in channels}
    by_title: dict[str, list[str]] = {}
    for key, title in channels:
        if title.strip():
            by_title.setdefault(title.strip().casefold(), []).append(key)
    named: dict[str, str] = {}
    for name, username in configured:
        if name in keys:
            named.setdefault(name, username)
    warnings: list[str] = []
    for name, username in configured:
        if name in keys:
            continue
        holders = by_title.get(name.casefold(), [])
        if len(holders) == 1:
            named.setdefault(holders[0], username)
        elif len(holders) > 1:
            ids = ", ".join(sorted(holders, key=lambda k: (len(k), k)))
            warnings.append(
                f"[sources.{_toml_key(name)}] names {len(holders)} channels ({ids}):"
                " name one by its numeric id"
            )
    return named, warnings


def _toml_key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else json.dumps(name, ensure_ascii=False)


class SourceUsernames:
    """The config's usernames, resolved against an archive on each use
    (:func:`resolve_usernames`); each ambiguous name is logged once by an instance, so a
    service holds one for its life and a command one for its run."""

    def __init__(self, configured: Sequence[tuple[str, str]] = ()) -> None:
        self.configured = tuple(configured)
        self._warned: set[str] = set()

    async def resolve(self, store: Store) -> Mapping[str, str]:
        """Channel key -> username, for :func:`archive.links.post_url`."""
        if not self.configured:
            return {}
        from tg_archiver.archive.pages import pages_of

        named, warnings = resolve_usernames(self.configured, await pages_of(store).channels())
        for warning in warnings:
            if warning not in self._warned:
                self._warned.add(warning)
                log.warning("%s", warning)
        return named

    async def pairs(self, store: Store) -> tuple[tuple[str, str], ...]:
        """:meth:`resolve` as ``DigestOptions.usernames`` takes it."""
        return tuple((await self.resolve(store)).items())
