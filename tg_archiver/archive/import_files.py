"""What an import reads: a path's file (a Telegram Desktop export folder stands for its
result.json), the format it is read in (:func:`detect_format`: tg-archiver's own output and
other data refused), and several files read as one stream, merged by date (:func:`by_date`),
with the file each source's posts come from kept for errors (:class:`Wheres`). The posts
themselves are read by the importers (archive/ingest.py's ``read_posts`` picks one).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.sniff import OwnOutput, data_kind, own_output
from tg_archiver.archive.importers.tdesktop import (
    html_export,
    html_export_page,
    looks_like_tdesktop,
    looks_like_tdesktop_html,
)
from tg_archiver.archive.inputfiles import LINK_LOOP, link_loop, open_regular
from tg_archiver.archive.models import FORWARDED_KEY, TDESKTOP_PREFIX, Post

FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}


_HEAD_BYTES = 64 * 1024  # what detection reads of a file (a JSON Lines export's first keys)


def detect_format(path: Path, fmt: str = "auto") -> str:
    """The format ``path`` is read in: ``fmt``, or for "auto" 'tdesktop', 'feed' or 'text',
    from the first bytes of the file and its name.

    A text dump is whatever else a file is, so what no text dump is must be told here. Output
    of tg-archiver (:func:`~importers.sniff.own_output`: an export, ``search --json``, a feed
    it serves, as written or passed through jq or a spreadsheet) is refused whatever ``fmt``
    says: it holds posts as shown, not a source. Other JSON objects and CSV tables
    (:func:`~importers.sniff.data_kind`) are refused unless ``fmt`` is 'text'. Taken as a text
    dump, each became one post of raw JSON, CSV or Markdown."""
    with open_regular(path) as f:  # a FIFO or a device is refused here, never read
        try:
            head = f.read(_HEAD_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
        except OSError as e:
            raise InputError(f"cannot read {path}: {e.strerror}") from None
    if (own := own_output(head)) is not None:
        raise InputError(_own_output_refused(path, own))
    if fmt != "auto":
        return fmt
    if looks_like_tdesktop_html(head):
        raise InputError(html_export(path))
    if head.startswith(b"SQLite format 3\x00"):
        # Read as a text dump: "line 1: NUL byte at byte 16 of the line".
        raise InputError(
            f"{path} is a SQLite database (an archive?), which import does not read: to bring"
            " an archive's posts into this one, use `tg-archiver copy --from PATH` (into an"
            " empty archive)"
        )
    for magic, packed in _PACKED:
        if head.startswith(magic):
            # Read as a text dump, a zipped export was "line 1: NUL byte at byte 6 of the line".
            raise InputError(
                f"{path} is a {packed}, which import does not unpack: unpack it and import what it"
                " holds (a Telegram Desktop export's folder or result.json, a feed, a text dump)"
            )
    if path.suffix.lower() == ".json":
        return "tdesktop"
    if path.suffix.lower() in FEED_SUFFIXES:
        return "feed"
    if head.startswith(b"{") and looks_like_tdesktop(path):
        return "tdesktop"
    if head.startswith(b"<"):
        return "feed"
    if (kind := data_kind(head)) is not None:
        raise InputError(
            f"{path} holds {kind}, not a text dump: import reads Telegram Desktop's JSON"
            " export (result.json), RSS/Atom feeds and plain-text dumps (`--format text` takes"
            " any file for a text dump)"
        )
    return "text"


# What a packed file starts with: a zipped export (Telegram Desktop's own folder, zipped to be
# sent), a gzipped feed or dump.
_PACKED = (
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip file"),
    *((b"BZh%d1AY&SY" % level, "bzip2 file") for level in range(1, 10)),
    (b"\xfd7zXZ\x00", "xz file"),
    (b"(\xb5/\xfd", "zstd file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)


_BACK_UP = (
    "to back up or move an archive, use `tg-archiver copy --to PATH|URL`"
    " (`copy --from` brings one back)"
)


def _own_output_refused(path: Path, own: OwnOutput) -> str:
    if own.fields:
        return (
            f"{path} is tg-archiver output ({own.name} with only the fields"
            f" {', '.join(own.fields)}), not a source: import cannot read it back (it holds"
            f" posts as shown, not the archive); {_BACK_UP}"
        )
    return (
        f"{path} is a tg-archiver export ({own.name}), which import cannot read back (it"
        f" holds the posts as shown, not the archive); {_BACK_UP}"
    )


def resolve_import_path(path: Path) -> Path:
    """A Telegram Desktop export folder stands for its result.json."""
    if path.is_dir():
        result = path / "result.json"
        if not result.exists():
            if (page := html_export_page(path)) is not None:
                raise InputError(html_export(path, page))
            raise InputError(f"{path} is a folder without a result.json (Telegram Desktop export)")
        return result  # a result.json that is a FIFO or a folder is refused when opened
    if not path.exists():
        if link_loop(path):
            raise InputError(f"{path}: cannot read: {LINK_LOOP}")
        raise InputError(f"{path}: no such file")
    return path


_OWN_SOURCES = {
    "tdesktop": "a Telegram Desktop export (its posts' source is its chat)",
    "feed": "a feed (its posts' source is the feed)",
}


def refuse_source_name(name: str, formats: dict[Path, str]) -> None:
    """``--source`` names a text dump's source, which the file does not say. An export's or
    a feed's source is fixed by the file (a channel's id, a feed's URL: what live ingest and
    later imports meet), so there it was silently ignored; it is refused instead. Nor may it
    be a source tg-archiver names itself (models.FORWARDED_KEY, TDESKTOP_PREFIX): the dump
    was filed under the bot's forwards or an export's chat, and shown as theirs."""
    key = name.strip().casefold()
    if key == FORWARDED_KEY:
        raise InputError(
            f"--source {name} is the source of the posts forwarded to the bot:"
            " give the text dump a name of its own"
        )
    if key.startswith(TDESKTOP_PREFIX):
        raise InputError(
            f"--source {name} is the name of a Telegram Desktop export's chat:"
            " give the text dump a name of its own"
        )
    for path, fmt in formats.items():
        if fmt != "text":
            raise InputError(
                f"--source names a text dump's source, but {path} is {_OWN_SOURCES[fmt]}:"
                " give --source with text dumps only"
            )


# Files one import reads at once, merged by date (each is open until its last post is read).
MERGED_FILES = 64


def by_date(streams: Sequence[Iterable[Post]]) -> Iterator[Post]:
    """The posts of several files as one stream, by date: each file's posts in its order,
    merged as a sorted merge would (an export lists a chat's posts oldest first), so that
    exports of several channels imported together are stored as the service would have
    stored them, in the order they were published. An archive whose ids follow dates keeps
    any date range to one short run of ids: searches within dates read that run alone, and
    the first to publish a statement is stored before its copies (no group of copies is
    re-rooted: archive/store/reroot.py)."""
    return heapq.merge(*streams, key=_published)


def _published(post: Post) -> datetime:
    return post.published_at


@dataclass(slots=True)
class Wheres:
    """The file each source's posts come from, for the first words of an error about one
    of them when several files are read as one stream (see :func:`by_date`)."""

    files: dict[tuple[str, str], str] = field(default_factory=dict)

    def watch(self, posts: Iterable[Post], where: str) -> Iterator[Post]:
        for post in posts:
            key = (post.source.kind, post.source.key)
            known = self.files.get(key)
            if known is None:
                self.files[key] = where
            elif where not in known.split(" or "):  # one channel in two exports
                self.files[key] = f"{known} or {where}"
            yield post

    def of(self, post: Post) -> str:
        return self.files.get((post.source.kind, post.source.key), "an imported file")
