"""Configuration: one TOML file, loaded once into frozen dataclasses.

Every key is validated here with a message that names it (``feeds[2].interval: expected a
number of seconds``), unknown keys are refused so a typo never silently does nothing, and
relative paths are taken relative to the config file, so a config works from any directory.
``config.example.toml`` documents every key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.alert_query import watched
from tg_archiver.archive.cleaning import DEFAULT_BOILERPLATE
from tg_archiver.archive.config_digests import DigestConfig, parse_digests
from tg_archiver.archive.config_duplicates import (
    channel_identity,
    feed_identity,
    refuse_duplicates,
)
from tg_archiver.archive.config_values import (
    int_list,
    is_chat,
    only,
    str_list,
    string,
    subtable,
    whole,
)
from tg_archiver.archive.database_url import Location, location
from tg_archiver.archive.dedup_threshold import DEFAULT_THRESHOLD
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.inputfiles import LINK_LOOP, link_loop, read_bounded
from tg_archiver.archive.location import local_path
from tg_archiver.archive.media_config import MediaConfig, parse_media
from tg_archiver.archive.redact import redact_url
from tg_archiver.archive.tags import TopicAliases

if TYPE_CHECKING:
    # apscheduler is loaded only where a digest's schedule is read, not by every command.
    pass

DEFAULT_DATABASE = "tg-archiver.db"
DEFAULT_FEED_INTERVAL = 900
MAX_SECONDS = 30 * 24 * 3600  # longest feed interval, backoff or timeout (timers overflow)
MAX_CONFIG_BYTES = 1024 * 1024  # a config of hundreds of feeds is tens of KiB


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """A feed to poll: an http(s) URL, or a local file path for trying things out."""

    url: str  # as configured, a password or token included: used only to fetch
    name: str | None = None
    interval: int = DEFAULT_FEED_INTERVAL  # seconds between polls (used by `run`)

    def __repr__(self) -> str:
        # A config may be logged or shown whole: its feed URLs are redacted there too.
        return (
            f"FeedConfig(url={redact_url(self.url)!r}, name={self.name!r},"
            f" interval={self.interval!r})"
        )


@dataclass(frozen=True, slots=True)
class PollingConfig:
    """How the service polls feeds."""

    timeout: float = 20.0  # seconds for one whole request
    max_failures: int = 5  # consecutive failures before a feed is disabled
    max_backoff: int = 6 * 3600  # longest wait between retries of a failing feed, seconds


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    """The Telegram side of the service. Secrets are kept out of repr() and so out of logs."""

    api_id: int | None = None
    api_hash: str | None = field(default=None, repr=False)
    bot_token: str | None = field(default=None, repr=False)
    session: Path = Path("tg-archiver.session")
    channels: tuple[str, ...] = ()  # @username, t.me link or numeric id
    allowed_users: tuple[int, ...] = ()  # may forward posts to the bot
    admins: tuple[int, ...] = ()
    admin_chat: int | None = None  # where the service reports faults (disabled feeds)
    backfill_limit: int | None = None  # newest N posts on a channel's first start; None: all
    # On each start, the last N days of every channel are read again for edits and deletions
    # made while the service was not running (bot/recheck.py); 0: never.
    recheck_days: int = 2

    @property
    def has_api(self) -> bool:
        return self.api_id is not None and bool(self.api_hash)


@dataclass(frozen=True, slots=True)
class Config:
    database: Location = Path(DEFAULT_DATABASE)  # a file, or a PostgreSQL database's URL
    boilerplate: tuple[str, ...] = DEFAULT_BOILERPLATE
    topics: TopicAliases = field(default_factory=lambda: TopicAliases.from_mapping({}))
    near_threshold: float = DEFAULT_THRESHOLD
    feeds: tuple[FeedConfig, ...] = ()
    import_paths: tuple[Path, ...] = ()
    polling: PollingConfig = PollingConfig()
    telegram: TelegramConfig = TelegramConfig()
    digests: tuple[DigestConfig, ...] = ()
    # ([sources.NAME] as source key or casefolded title, channel username): links for posts of
    # channels imported from exports, which carry no username (see archive.links).
    source_usernames: tuple[tuple[str, str], ...] = ()
    # ([[alerts]] chat id as text, query): each new matching post sent to the chat (bot.alerts)
    alerts: tuple[tuple[str, str], ...] = ()
    # [web] token: what `serve` asks every request for (None: the web app is open). A secret.
    web_token: str | None = field(default=None, repr=False)
    media: MediaConfig = field(default_factory=MediaConfig)  # [media]: archive.media_config
    # [archive] rebalance_seconds: how often services sharing a PostgreSQL archive check their
    # shares of the channels (bot.shares): the longest a dead one's channels go unheld.
    rebalance_seconds: int = 30
    path: Path | None = None  # the file this came from, if any


def load_config(path: Path | None, env: Mapping[str, str] | None = None) -> Config:
    """Load ``path``; with ``None``, the defaults (no feeds, no imports, built-in boilerplate).

    Only a regular file of at most :data:`MAX_CONFIG_BYTES` is read: ``--config /dev/zero``
    or a FIFO is refused with one line, never read without end; nor is a file nested so
    deeply that the TOML parser would run out of stack.

    ``env`` (the process environment, passed in) may hold the Telegram secrets
    ``TG_API_ID``, ``TG_API_HASH`` and ``TG_BOT_TOKEN``; they override the file.
    """
    env = env or {}
    if path is None:
        return _with_env_secrets(Config(), env)
    if not path.exists():
        if link_loop(path):
            raise InputError(f"{path}: cannot read the config: {LINK_LOOP}")
        raise InputError(f"config file not found: {path}")
    raw = read_bounded(path, MAX_CONFIG_BYTES, "a config file")
    try:
        # A byte order mark (Windows editors write one) is not TOML, but no part of it either.
        data = tomllib.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: not valid TOML: {e}") from None
    except RecursionError:
        # tomllib recurses once per level of arrays and inline tables: a few hundred "["
        # exhaust Python's stack. A config nests three or four levels at most.
        raise InputError(f"{path}: not valid TOML: nested too deeply") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except ValueError as e:
        # An integer of over 4,300 digits: int() refuses it (Python's guard against slow
        # conversions) with a ValueError tomllib lets through, which was a traceback.
        too_long = "digits" in str(e)
        reason = "a number of over 4,300 digits" if too_long else str(e)
        raise InputError(f"{path}: not valid TOML: {reason}") from None
    if (key := _holding_nul(data, "")) is not None:
        raise InputError(
            f"{path}: {key}: holds a NUL character (\\u0000), which no path, name or text can hold"
        )
    try:
        return _with_env_secrets(_parse(data, base=path.resolve().parent, path=path), env)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None


def _holding_nul(value: Any, key: str) -> str | None:
    """The first key whose name or string value holds a NUL character (TOML writes one as
    ``\\u0000``), or None. No path can hold one: ``telegram.session = "s\\u0000"`` ended
    ``login`` in a traceback, and in other paths the terminal showed the NUL as a space
    ("/srv/x y does not exist"). The value is not quoted: it may be a secret."""
    if isinstance(value, str):
        return key if "\0" in value else None
    if isinstance(value, dict):
        for name, item in value.items():
            inner = f"{key}.{name}" if key else name
            if "\0" in name:
                return "a key's name" + (f" in {key}" if key else "")
            if (found := _holding_nul(item, inner)) is not None:
                return found
    if isinstance(value, list):
        for i, item in enumerate(value, start=1):
            if (found := _holding_nul(item, f"{key}[{i}]")) is not None:
                return found
    return None


def _with_env_secrets(config: Config, env: Mapping[str, str]) -> Config:
    tg = config.telegram
    api_id = tg.api_id
    if env.get("TG_API_ID"):
        try:
            api_id = int(env["TG_API_ID"])
        except ValueError:
            raise InputError("TG_API_ID: expected a number") from None
    return replace(
        config,
        telegram=replace(
            tg,
            api_id=api_id,
            api_hash=env.get("TG_API_HASH") or tg.api_hash,
            bot_token=env.get("TG_BOT_TOKEN") or tg.bot_token,
        ),
    )


def _parse(data: Mapping[str, Any], *, base: Path, path: Path) -> Config:
    only(
        data,
        "",
        {
            "archive", "cleaning", "topics", "dedup", "feeds", "import", "polling", "telegram",
            "digests", "sources", "alerts", "media", "web",
        },
    )  # fmt: skip
    archive = subtable(data, "archive")
    only(archive, "archive.", {"database", "rebalance_seconds"})
    rebalance = whole(archive.get("rebalance_seconds", 30), "archive.rebalance_seconds", 1, 3600)
    cleaning = subtable(data, "cleaning")
    only(cleaning, "cleaning.", {"boilerplate", "replace_default_boilerplate"})
    dedup = subtable(data, "dedup")
    only(dedup, "dedup.", {"near_threshold"})
    imports = subtable(data, "import")
    only(imports, "import.", {"paths"})
    web = subtable(data, "web")
    only(web, "web.", {"token"})
    token = string(web["token"], "web.token") if "token" in web else None
    if token is not None and not token.strip():
        raise InputError("web.token: empty; leave it out for an open web app")

    database = location(string(archive.get("database", DEFAULT_DATABASE), "archive.database"), base)

    extra = tuple(str_list(cleaning.get("boilerplate", []), "cleaning.boilerplate"))
    replace = cleaning.get("replace_default_boilerplate", False)
    if not isinstance(replace, bool):
        raise InputError("cleaning.replace_default_boilerplate: expected true or false")
    boilerplate = extra if replace else DEFAULT_BOILERPLATE + extra

    topics_raw = subtable(data, "topics")
    topics = TopicAliases.from_mapping(
        {name: str_list(v, f"topics.{name}") for name, v in topics_raw.items()}
    )

    threshold = dedup.get("near_threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise InputError("dedup.near_threshold: expected a number between 0.3 and 1.0")
    if not 0.3 <= float(threshold) <= 1.0:
        raise InputError("dedup.near_threshold: expected a number between 0.3 and 1.0")

    feeds_raw = data.get("feeds", [])
    if not isinstance(feeds_raw, list):
        raise InputError("feeds: expected a list of [[feeds]] tables")
    feeds = []
    for i, item in enumerate(feeds_raw, start=1):
        key = f"feeds[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{key}: expected a table with a url")
        only(item, f"{key}.", {"url", "name", "interval"})
        if "url" not in item:
            raise InputError(f"{key}.url: missing")
        url = string(item["url"], f"{key}.url")
        if "://" not in url:  # a local file, relative to the config
            url = str(local_path(url, base))
        name = item.get("name")
        if name is not None:
            name = string(name, f"{key}.name")
        interval = item.get("interval", DEFAULT_FEED_INTERVAL)
        if (
            isinstance(interval, bool)
            or not isinstance(interval, int)
            or not 60 <= interval <= MAX_SECONDS
        ):
            raise InputError(
                f"{key}.interval: expected a whole number of seconds, at least 60"
                f" and at most {MAX_SECONDS} (30 days)"
            )
        feeds.append(FeedConfig(url=url, name=name, interval=interval))
    refuse_duplicates([f.url for f in feeds], "feeds", feed_identity, ".url")

    import_paths = tuple(
        local_path(p, base) for p in str_list(imports.get("paths", []), "import.paths")
    )
    return Config(
        polling=_polling(subtable(data, "polling")),
        telegram=_telegram(subtable(data, "telegram"), base),
        database=database,
        rebalance_seconds=rebalance,
        boilerplate=boilerplate,
        topics=topics,
        near_threshold=float(threshold),
        feeds=tuple(feeds),
        import_paths=import_paths,
        digests=parse_digests(data.get("digests", []), base),
        source_usernames=_source_usernames(subtable(data, "sources")),
        alerts=_alerts(data.get("alerts", [])),
        media=parse_media(subtable(data, "media"), base),
        web_token=token,
        path=path,
    )


_USERNAME = lazy_re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")


def _source_usernames(sources: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """``[sources.NAME] username = "mfa_russia"``: NAME is a source's key (a channel's numeric
    id) or its title, matched without regard to case against the archive's channels when
    posts are linked (archive.source_usernames)."""
    pairs: list[tuple[str, str]] = []
    for name, table in sources.items():
        key = f"sources.{name}"
        if not isinstance(table, dict):
            raise InputError(f'{key}: expected a table ([{key}] username = "...")')
        only(table, f"{key}.", {"username"})
        if "username" not in table:
            raise InputError(f"{key}.username: missing")
        value = string(table["username"], f"{key}.username").strip()
        if "t.me/" in value:
            value = value.rsplit("t.me/", 1)[1].strip("/")
        match = _USERNAME.fullmatch(value)
        if match is None:
            raise InputError(
                f"{key}.username: expected a channel username (5 to 32 letters, digits and"
                f" underscores, starting with a letter), got {value!r}"
            )
        pairs.append((name.strip().removeprefix("@"), match.group(1)))
    return tuple(pairs)


def _alerts(raw: Any) -> tuple[tuple[str, str], ...]:
    """``[[alerts]] chat = -1001234567890, query = "ceasefire tag:BRICS"``."""
    if not isinstance(raw, list):
        raise InputError("alerts: expected a list of [[alerts]] tables")
    alerts: list[tuple[str, str]] = []
    for i, item in enumerate(raw, start=1):
        key = f"alerts[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{key}: expected a table with chat and query")
        only(item, f"{key}.", {"chat", "query"})
        for needed in ("chat", "query"):
            if needed not in item:
                raise InputError(f"{key}.{needed}: missing")
        chat = item["chat"]
        if not is_chat(chat):
            raise InputError(f'{key}.chat: expected a numeric chat id or "-100...:TOPIC"')
        try:
            query, _ = watched(string(item["query"], f"{key}.query"))
        except InputError as e:
            raise InputError(f"{key}.query: {e}") from None
        alerts.append((str(chat), query))
    return tuple(dict.fromkeys(alerts))


def _polling(t: Mapping[str, Any]) -> PollingConfig:
    only(t, "polling.", {"timeout", "max_failures", "max_backoff"})
    d = PollingConfig()
    timeout = t.get("timeout", d.timeout)
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout <= MAX_SECONDS
    ):
        raise InputError(
            f"polling.timeout: expected a number of seconds above 0 and at most {MAX_SECONDS}"
        )
    return PollingConfig(
        timeout=float(timeout),
        max_failures=whole(t.get("max_failures", d.max_failures), "polling.max_failures", 1),
        max_backoff=whole(
            t.get("max_backoff", d.max_backoff), "polling.max_backoff", 60, MAX_SECONDS
        ),
    )


def _telegram(t: Mapping[str, Any], base: Path) -> TelegramConfig:
    only(
        t,
        "telegram.",
        {
            "api_id", "api_hash", "bot_token", "session", "channels", "allowed_users", "admins",
            "admin_chat", "backfill_limit", "recheck_days",
        },
    )  # fmt: skip
    api_id = t.get("api_id")
    if api_id is not None:
        api_id = whole(api_id, "telegram.api_id", 1)
    admin_chat = t.get("admin_chat")
    if admin_chat is not None and (isinstance(admin_chat, bool) or not isinstance(admin_chat, int)):
        raise InputError("telegram.admin_chat: expected a numeric chat id")
    limit = t.get("backfill_limit")
    if limit is not None:
        limit = whole(limit, "telegram.backfill_limit", 0)
    recheck_days = whole(t.get("recheck_days", 2), "telegram.recheck_days", 0, 3650)
    raw_channels = t.get("channels", [])
    if not isinstance(raw_channels, list):
        raise InputError("telegram.channels: expected a list of @usernames, t.me links or ids")
    channels = []
    for i, ch in enumerate(raw_channels, start=1):
        if isinstance(ch, bool) or not isinstance(ch, str | int) or not str(ch).strip():
            raise InputError(f"telegram.channels[{i}]: expected @username, a t.me link or an id")
        channels.append(str(ch).strip())
    refuse_duplicates(channels, "telegram.channels", channel_identity)
    return TelegramConfig(
        api_id=api_id,
        api_hash=string(t["api_hash"], "telegram.api_hash") if "api_hash" in t else None,
        bot_token=string(t["bot_token"], "telegram.bot_token") if "bot_token" in t else None,
        session=local_path(
            string(t.get("session", "tg-archiver.session"), "telegram.session"), base
        ),
        channels=tuple(channels),
        allowed_users=tuple(int_list(t.get("allowed_users", []), "telegram.allowed_users")),
        admins=tuple(int_list(t.get("admins", []), "telegram.admins")),
        admin_chat=admin_chat,
        backfill_limit=limit,
        recheck_days=recheck_days,
    )
