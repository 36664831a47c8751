"""The ``tg-archiver`` command line's arguments: every command, its options and their checks.

Apart from :mod:`tg_archiver.cli` so that ``--help`` and bad usage (argparse's exit 2) need
nothing but argparse: no archive code is loaded to describe the commands (issue 20).
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

from tg_archiver.archive.database_url import Location, location
from tg_archiver.archive.errors import InputError

DEFAULT_CONFIG = Path("tg-archiver.toml")
MAX_LIMIT = 1_000_000
# The names of archive.export.FORMATS, spelled here so that `--help` needs no export code;
# tests/test_startup_imports.py checks that the two agree.
EXPORT_FORMATS = ("atom", "csv", "html", "jsonl", "md")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tg-archiver",
        description="Archive Telegram channels and news feeds: clean, de-duplicated, tagged, "
        "searchable.",
    )
    parser.add_argument(
        "--config",
        type=_path,
        help=f"TOML config file (default: ./{DEFAULT_CONFIG} if it exists)",
    )
    parser.add_argument(
        "--db",
        type=_db_location,
        metavar="PATH|URL",
        help="the archive: a SQLite file, or postgresql://user@host/db (overrides the config)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", help="the service: Telegram channels, the bot, feeds, imports")
    p.add_argument("--once", action="store_true", help="one full cycle of every source, then exit")

    sub.add_parser("login", help="log in to Telegram once, creating the session file")

    p = sub.add_parser("import", help="import Telegram Desktop exports, text dumps or feed files")
    p.add_argument(
        "paths",
        nargs="*",
        type=_path,
        metavar="PATH",
        help="files or export folders (default: [import] paths from the config)",
    )
    p.add_argument("--format", choices=["auto", "tdesktop", "text", "feed"], default="auto")
    p.add_argument(
        "--source",
        type=_source_name,
        help="source name for text dumps (default: the file name); refused with other files",
    )
    p.add_argument(
        "--partial",
        action="store_true",
        help="on an error, keep the posts read before it instead of nothing",
    )

    p = sub.add_parser("fetch", help="poll the configured (or given) feeds once")
    p.add_argument("urls", nargs="*", type=_text, metavar="URL")

    p = sub.add_parser("search", help="full-text search, newest first")
    p.add_argument("query", nargs="+", help='words, "phrases", OR, -not, prefix*, tag:X ...')
    _add_filters(p)
    p.add_argument("--limit", type=_positive_int, default=20)
    p.add_argument("--rank", action="store_true", help="best matches first instead of newest")
    p.add_argument("--all", action="store_true", help="include duplicates and forwarded copies")
    p.add_argument("--json", action="store_true", help="one JSON object per post")

    p = sub.add_parser("export", help="export posts as jsonl, csv, md, html or atom")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    _add_filters(p)
    p.add_argument("--no-duplicates", action="store_true", help="leave out copies")
    p.add_argument(
        "--with-media",
        type=_path,
        metavar="DIR",
        help="copy the kept files the export refers to into DIR (ab/cd/<sha256>)",
    )
    p.add_argument(
        "--embed", action="store_true", help="html: small photos inside the page (data: URIs)"
    )
    p.add_argument(
        "--csv-raw",
        action="store_true",
        help="csv: write a text opening with = + - @ as stored (a spreadsheet runs it as a"
        " formula); by default such a cell is written after a '",
    )
    p.add_argument(
        "-o",
        "--output",
        help="file to write (default: stdout, or -); a FIFO or device is written into as is",
    )

    p = sub.add_parser("digest", help="print a digest as it would be sent")
    p.add_argument(
        "topics",
        metavar="NAME_OR_TOPIC",
        help="a digest named in the config, a topic, or topics separated by commas",
    )
    p.add_argument(
        "--since", help="from this date (default: the named digest's last delivery, or 24 hours)"
    )
    p.add_argument("--until", help="up to and including this date (default: now)")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="record nothing as sent (a named digest's next window then starts where it did)",
    )
    p.add_argument(
        "--undated",
        action="store_true",
        help='also list undated posts (text dumps without a dateline), labelled "undated"',
    )
    p.add_argument(
        "--timezone",
        type=_zone,
        metavar="ZONE",
        help="an IANA time zone (Europe/Moscow) for a topic digest's times and the days of"
        " --since/--until (default UTC; a named digest uses its own)",
    )

    p = sub.add_parser("tags", help="the most used tags")
    p.add_argument("--limit", type=_positive_int, default=20)

    p = sub.add_parser("serve", help="a read-only web app over the archive, with Atom feeds")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    p.add_argument("--port", type=_port, default=8080, help="port (default: 8080; 0: any free)")
    p.add_argument(
        "--readers",
        type=_readers,
        default=4,
        help="read-only connections to the archive, one per request at a time (default: 4,"
        f" at most {MAX_READERS})",
    )
    p.add_argument(
        "--rank-within",
        type=_non_negative_int,
        default=2000,
        metavar="N",
        help="best match first ranks the N most recently archived matches when there are"
        " more, and the page says so; ranking every match of a common word takes seconds"
        " on a large archive (default: 2000; 0: rank every match)",
    )
    p.add_argument(
        "--downloads",
        type=_downloads,
        default=2,
        metavar="N",
        help="downloads (/export.jsonl, /export.csv) written or sent at once, each with a"
        " file of up to 50 MB in the temporary folder; more are answered 503, try again"
        f" later (default: 2, at most {MAX_DOWNLOADS})",
    )
    p.add_argument(
        "--send-timeout",
        type=_positive_int,
        default=60,
        metavar="SECONDS",
        help="close the connection of a client that takes nothing of a response for this"
        " long (default: 60)",
    )

    p = sub.add_parser(
        "copy", help="copy the whole archive to (or from) another engine, and verify it"
    )
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument(
        "--to",
        type=_db_location,
        metavar="PATH|URL",
        help="an empty archive to copy the configured one into (a SQLite file or postgresql://)",
    )
    way.add_argument(
        "--from",
        dest="source",
        type=_db_location,
        metavar="PATH|URL",
        help="an archive to copy into the configured one, which must be empty",
    )

    sub.add_parser("stats", help="what the archive holds")
    sub.add_parser("migrate", help="bring the archive's schema up to date")
    sub.add_parser(
        "relink", help="recompute exact and near duplicate links with the current method"
    )
    sub.add_parser("retag", help="give every post the topics the config's phrase aliases find now")
    p = sub.add_parser("explain", help="why a post is, or is not, linked to an original")
    p.add_argument("id", type=_post_id, help="the post's id (search --json shows it)")
    p = sub.add_parser("unlink", help="undo a wrong duplicate link: the post stays distinct")
    p.add_argument("id", type=_post_id, help="the post's id (search --json shows it)")

    p = sub.add_parser("spool", help="the live posts the archive refused (set aside), retried")
    p.add_argument(
        "--retry", action="store_true", help="put them back in the spool and store them again"
    )

    p = sub.add_parser("media", help="the kept media files: verify, stats, fetch")
    what = p.add_subparsers(dest="media_command", required=True, metavar="ACTION")
    what.add_parser("verify", help="re-hash every kept file; report missing or damaged ones")
    what.add_parser("stats", help="space per kind and per channel, and what dedup saved")
    what.add_parser("fetch", help="download what is pending, or skipped under an older limit")
    return parser


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", action="append", default=[], help="only posts with this tag")
    p.add_argument("--source", action="append", default=[], help="only this source")
    p.add_argument("--since", help="from this date (YYYY-MM-DD, UTC)")
    p.add_argument("--until", help="up to and including this date")


def _path(value: str) -> Path:
    """A file or folder named on the command line: ``''`` is none (``Path('')`` is ".", the
    current folder, which an empty shell variable would silently name)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("expected a path, got an empty one")
    return Path(value)


def _text(value: str) -> str:
    """A name or URL that cannot be empty (a source named '' could never be selected)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("expected a value, got an empty one")
    return value


# A source's name is shown on every page listing sources (the web's search form lists them
# all): a 100,000-character --source made the web's front page 400 KB. Telegram names a chat
# in at most 128 characters; an export's chat name and a feed's title keep their first 1,000.
MAX_SOURCE_NAME = 1_000


def _num(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _source_name(value: str) -> str:
    """``import --source``: a name of one line, within :data:`MAX_SOURCE_NAME` characters."""
    value = _text(value)
    if len(value) > MAX_SOURCE_NAME:
        raise argparse.ArgumentTypeError(
            f"a source's name is at most {_num(MAX_SOURCE_NAME)} characters; this one is"
            f" {_num(len(value))}"
        )
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise argparse.ArgumentTypeError(
            "a source's name is one line of text: it holds a control character (a line break,"
            " a tab, an escape)"
        )
    return value


def _db_location(value: str) -> Location:
    """``--db``: :func:`location`, its refusal in argparse's words (argparse would quote the
    value, password and all, for any other error)."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "expected a SQLite file's path or a postgresql:// URL, got an empty one"
        )
    try:
        return location(value)
    except InputError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        shown = value if len(value) <= 64 else value[:63] + "…"
        raise argparse.ArgumentTypeError(
            f"unknown time zone {shown!r} (use an IANA name such as Europe/Moscow or UTC)"
        ) from None
    return value


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {n}")
    if n > MAX_LIMIT:  # SQLite's integers are 64-bit; nobody reads a million lines
        raise argparse.ArgumentTypeError(f"expected at most {MAX_LIMIT:,}, got {n}")
    return n


def _post_id(value: str) -> int:
    """A post's id: any a 64-bit integer column holds (an archive past a million posts has
    ids past ``MAX_LIMIT``)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a post's id, got {value!r}") from None
    if not 1 <= n < 2**63:
        raise argparse.ArgumentTypeError(f"expected a post's id (1 or more), got {n}")
    return n


def _non_negative_int(value: str) -> int:
    return 0 if value.strip() == "0" else _positive_int(value)


MAX_READERS = 256  # each a connection of ~330 KB and a few file descriptors


def _readers(value: str) -> int:
    n = _positive_int(value)
    if n > MAX_READERS:  # 9,000 took 2.9 GB and 25 s; 100,000 ran out of file descriptors
        raise argparse.ArgumentTypeError(f"expected at most {MAX_READERS} readers, got {n}")
    return n


MAX_DOWNLOADS = 64  # each up to 50 MB on disk while it is written and sent


def _downloads(value: str) -> int:
    n = _positive_int(value)
    if n > MAX_DOWNLOADS:
        raise argparse.ArgumentTypeError(f"expected at most {MAX_DOWNLOADS} downloads, got {n}")
    return n


def _port(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, got {value!r}") from None
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {n}")
    return n
