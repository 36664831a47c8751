"""The config's typed values: each read with a message naming its key (``feeds[2].interval:
expected a whole number, at least 60``), for :mod:`.config` and its parts (:mod:`.config_digests`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError

MAX_INT = 2**63 - 1  # Telegram ids and counts are 64-bit, and so are SQLite's integers


def whole(value: Any, key: str, minimum: int, maximum: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise InputError(f"{key}: expected a whole number, at least {minimum}")
    if value > maximum:
        raise InputError(f"{key}: expected a whole number, at most {maximum}")
    return value


def int_list(value: Any, key: str) -> list[int]:
    if not isinstance(value, list):
        raise InputError(f"{key}: expected a list of numeric user ids")
    return [whole(v, f"{key}[{i}]", 1) for i, v in enumerate(value, start=1)]


def only(table: Mapping[str, Any], prefix: str, allowed: set[str]) -> None:
    for key in table:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise InputError(f"unknown key {prefix}{key} (known here: {known})")


def subtable(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(f"{key}: expected a table ([{key}])")
    return value


def string(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key}: expected a non-empty string")
    return value


def str_list(value: Any, key: str) -> list[str]:
    if not isinstance(value, list):
        raise InputError(f"{key}: expected a list of strings")
    return [string(v, f"{key}[{i}]") for i, v in enumerate(value, start=1)]


_FORUM_TOPIC = lazy_re.compile(r"-\d+:\d+")


def is_chat(value: Any) -> bool:
    """A numeric chat id, or a forum group's topic written "-100123:45"."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (
        isinstance(value, str) and _FORUM_TOPIC.fullmatch(value) is not None
    )
