"""Configuration: one TOML file, loaded once into frozen dataclasses.

Every key is validated here with a message that names it (``feeds[2].interval: expected a
number of seconds``), unknown keys are refused so a typo never silently does nothing, and
relative paths are taken relative to the config file, so a config works from any directory.
``config.example.toml`` documents every key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.cleaning import DEFAULT_BOILERPLATE
from archive.dedup import DEFAULT_THRESHOLD
from archive.errors import InputError
from archive.tags import TopicAliases

DEFAULT_DATABASE = "tg-archiver.db"
DEFAULT_FEED_INTERVAL = 900


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """A feed to poll: an http(s) URL, or a local file path for trying things out."""

    url: str
    name: str | None = None
    interval: int = DEFAULT_FEED_INTERVAL  # seconds between polls (used by `run`)


@dataclass(frozen=True, slots=True)
class Config:
    database: Path = Path(DEFAULT_DATABASE)
    boilerplate: tuple[str, ...] = DEFAULT_BOILERPLATE
    topics: TopicAliases = field(default_factory=lambda: TopicAliases.from_mapping({}))
    near_threshold: float = DEFAULT_THRESHOLD
    feeds: tuple[FeedConfig, ...] = ()
    import_paths: tuple[Path, ...] = ()
    path: Path | None = None  # the file this came from, if any


def load_config(path: Path | None) -> Config:
    """Load ``path``; with ``None``, the defaults (no feeds, no imports, built-in boilerplate)."""
    if path is None:
        return Config()
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise InputError(f"config file not found: {path}") from None
    except OSError as e:
        raise InputError(f"cannot read config file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: not valid TOML: {e}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    try:
        return _parse(data, base=path.resolve().parent, path=path)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None


def _parse(data: Mapping[str, Any], *, base: Path, path: Path) -> Config:
    _only(data, "", {"archive", "cleaning", "topics", "dedup", "feeds", "import"})
    archive = _table(data, "archive")
    _only(archive, "archive.", {"database"})
    cleaning = _table(data, "cleaning")
    _only(cleaning, "cleaning.", {"boilerplate", "replace_default_boilerplate"})
    dedup = _table(data, "dedup")
    _only(dedup, "dedup.", {"near_threshold"})
    imports = _table(data, "import")
    _only(imports, "import.", {"paths"})

    database = base / _str(archive.get("database", DEFAULT_DATABASE), "archive.database")

    extra = tuple(_str_list(cleaning.get("boilerplate", []), "cleaning.boilerplate"))
    replace = cleaning.get("replace_default_boilerplate", False)
    if not isinstance(replace, bool):
        raise InputError("cleaning.replace_default_boilerplate: expected true or false")
    boilerplate = extra if replace else DEFAULT_BOILERPLATE + extra

    topics_raw = _table(data, "topics")
    topics = TopicAliases.from_mapping(
        {name: _str_list(v, f"topics.{name}") for name, v in topics_raw.items()}
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
        _only(item, f"{key}.", {"url", "name", "interval"})
        if "url" not in item:
            raise InputError(f"{key}.url: missing")
        url = _str(item["url"], f"{key}.url")
        if "://" not in url:  # a local file, relative to the config
            url = str(base / url)
        name = item.get("name")
        if name is not None:
            name = _str(name, f"{key}.name")
        interval = item.get("interval", DEFAULT_FEED_INTERVAL)
        if isinstance(interval, bool) or not isinstance(interval, int) or interval < 60:
            raise InputError(f"{key}.interval: expected a whole number of seconds, at least 60")
        feeds.append(FeedConfig(url=url, name=name, interval=interval))

    import_paths = tuple(base / p for p in _str_list(imports.get("paths", []), "import.paths"))
    return Config(
        database=database,
        boilerplate=boilerplate,
        topics=topics,
        near_threshold=float(threshold),
        feeds=tuple(feeds),
        import_paths=import_paths,
        path=path,
    )


def _only(table: Mapping[str, Any], prefix: str, allowed: set[str]) -> None:
    for key in table:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise InputError(f"unknown key {prefix}{key} (known here: {known})")


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(f"{key}: expected a table ([{key}])")
    return value


def _str(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key}: expected a non-empty string")
    return value


def _str_list(value: Any, key: str) -> list[str]:
    if not isinstance(value, list):
        raise InputError(f"{key}: expected a list of strings")
    return [_str(v, f"{key}[{i}]") for i, v in enumerate(value, start=1)]
