"""The ``[media]`` section of the config: which attachments are kept, and up to what size.

A pure rule (:meth:`MediaConfig.skip_reason`) that the downloader (``bot/media.py``) and the
import of Telegram Desktop export files (:mod:`archive.media_import`) both ask, so a file is
kept or skipped for the same reason whichever way it came.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tg_archiver.archive.errors import InputError

# What tg-archiver can keep (bot/convert.py and the export importer name media so). Polls,
# locations and contacts have no file.
KINDS = (
    "photo", "video", "document", "audio", "voice", "animation", "sticker", "video_message",
)  # fmt: skip
DEFAULT_KINDS = ("photo", "video", "document", "audio", "voice", "animation", "video_message")
DEFAULT_MAX_MB = {"photo": 20, "document": 50, "video": 200}
OTHER_MAX_MB = 50  # a kind max_mb does not name
MAX_CONCURRENT = 16
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class MediaConfig:
    """``[media]``: ``enabled``, ``kinds``, ``max_mb`` per kind, ``concurrent`` downloads."""

    enabled: bool = True
    kinds: tuple[str, ...] = DEFAULT_KINDS
    max_mb: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_MAX_MB))
    concurrent: int = 3

    def max_bytes(self, kind: str) -> int:
        return self.max_mb.get(kind, OTHER_MAX_MB) * MIB

    def skip_reason(self, kind: str, size: int | None) -> str | None:
        """Why an attachment of ``kind`` and ``size`` bytes is not kept; None: keep it."""
        if not self.enabled:
            return "media off ([media] enabled = false)"
        if kind not in KINDS:
            return f"{kind} has no file"
        if kind not in self.kinds:
            return f"kind {kind} not in [media] kinds"
        if size is not None and size > self.max_bytes(kind):
            return f"{_mb(size)} over the {kind} limit of {self.max_mb.get(kind, OTHER_MAX_MB)} MB"
        return None


def parse_media(t: Mapping[str, Any]) -> MediaConfig:
    """``[media]`` as read from TOML; an error names the bad key."""
    allowed = {"enabled", "kinds", "max_mb", "concurrent"}
    for key in t:
        if key not in allowed:
            raise InputError(f"unknown key media.{key} (known here: {', '.join(sorted(allowed))})")
    enabled = t.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InputError("media.enabled: expected true or false")
    kinds_raw = t.get("kinds", list(DEFAULT_KINDS))
    if not isinstance(kinds_raw, list) or not all(isinstance(k, str) for k in kinds_raw):
        raise InputError(f"media.kinds: expected a list of kinds ({', '.join(KINDS)})")
    for k in kinds_raw:
        if k not in KINDS:
            raise InputError(f"media.kinds: unknown kind {k!r} (known: {', '.join(KINDS)})")
    limits_raw = t.get("max_mb", {})
    if not isinstance(limits_raw, dict):
        raise InputError("media.max_mb: expected a table such as { photo = 20, video = 200 }")
    limits = dict(DEFAULT_MAX_MB)
    for kind, mb in limits_raw.items():
        if kind not in KINDS:
            raise InputError(f"media.max_mb.{kind}: unknown kind (known: {', '.join(KINDS)})")
        if isinstance(mb, bool) or not isinstance(mb, int) or not 0 <= mb <= 4096:
            raise InputError(f"media.max_mb.{kind}: expected a whole number of MB, 0 to 4096")
        limits[kind] = mb
    concurrent = t.get("concurrent", 3)
    if isinstance(concurrent, bool) or not isinstance(concurrent, int):
        raise InputError(f"media.concurrent: expected a whole number, 1 to {MAX_CONCURRENT}")
    if not 1 <= concurrent <= MAX_CONCURRENT:
        raise InputError(f"media.concurrent: expected a whole number, 1 to {MAX_CONCURRENT}")
    return MediaConfig(
        enabled=enabled, kinds=tuple(dict.fromkeys(kinds_raw)), max_mb=limits, concurrent=concurrent
    )


def _mb(size: int) -> str:
    return f"{size / MIB:.1f} MB"
