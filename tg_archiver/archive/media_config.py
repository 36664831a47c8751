"""The ``[media]`` section of the config: which attachments are kept, and up to what size.

A pure rule (:meth:`MediaConfig.skip_reason`) that the downloader (``bot/media.py``) and the
import of Telegram Desktop export files (:mod:`archive.media_import`) both ask, so a file is
kept or skipped for the same reason whichever way it came.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tg_archiver.archive.database_url import Location
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.location import local_path

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
    """``[media]``: ``enabled``, ``kinds``, ``max_mb`` per kind, ``concurrent`` downloads,
    ``folder`` (where the files are kept, see :meth:`folder_for`)."""

    enabled: bool = True
    kinds: tuple[str, ...] = DEFAULT_KINDS
    max_mb: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_MAX_MB))
    concurrent: int = 3
    folder: Path | None = None  # [media] folder, relative to the config file's folder
    base: Path = Path()  # the config file's folder (the current folder without one)

    def folder_for(self, archive: Location) -> Path:
        """The media folder of ``archive``: ``[media] folder`` when set; else a SQLite
        archive's beside its file (``archive.db.media``), a PostgreSQL archive's
        ``<database>.media`` in the config file's folder. Every service writing one
        PostgreSQL archive must see the same folder (a shared mount, as docs/scaling.md says):
        the rows name the files, the folder holds them."""
        if self.folder is not None:
            return self.folder
        if isinstance(archive, Path):
            from tg_archiver.archive.media_files import media_root  # the media commands' own

            return media_root(archive)
        name = unquote(urlsplit(archive.url).path.strip("/")) or "postgresql"
        return self.base / f"{name.replace('/', '_')}.media"

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


def parse_media(t: Mapping[str, Any], base: Path = Path()) -> MediaConfig:
    """``[media]`` as read from TOML (``base``: the config file's folder); an error names the
    bad key."""
    allowed = {"enabled", "kinds", "max_mb", "concurrent", "folder"}
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
    folder = t.get("folder")
    if folder is not None and (not isinstance(folder, str) or not folder.strip()):
        raise InputError("media.folder: expected the path of a folder")
    return MediaConfig(
        enabled=enabled,
        kinds=tuple(dict.fromkeys(kinds_raw)),
        max_mb=limits,
        concurrent=concurrent,
        folder=local_path(folder, base) if folder is not None else None,
        base=base,
    )


def _mb(size: int) -> str:
    return f"{size / MIB:.1f} MB"
