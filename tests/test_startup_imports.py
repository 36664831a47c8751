"""Which modules the quick commands load (issue 20): `--help`, `search` and `stats` start
without the heavy libraries that only the service, the importers or dedup need.

Each test runs the real CLI under ``python -X importtime`` in a subprocess and reads the
modules it imported from that report. The assertions are on module names, never on times.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import make_post, write_archive

from tg_archiver.archive.export import FORMATS
from tg_archiver.cli_args import EXPORT_FORMATS

ROOT = Path(__file__).resolve().parent.parent
# Loaded by the service (telethon, apscheduler), the importers (httpx, feedparser), the
# near-duplicate code (numpy) and `serve` (starlette, jinja2, uvicorn): none belongs on the
# path of a command that only reads.
HEAVY = {
    "numpy",
    "apscheduler",
    "telethon",
    "httpx",
    "feedparser",
    "starlette",
    "jinja2",
    "uvicorn",
    "asyncpg",  # the PostgreSQL driver: never on the SQLite path
}


def imported(tmp_path: Path, *args: str) -> set[str]:
    """The top-level packages that ``tg-archiver ARGS`` imports, from ``-X importtime``."""
    return {name.split(".")[0] for name in imported_modules(tmp_path, *args)}


def imported_modules(tmp_path: Path, *args: str) -> set[str]:
    """Every module (dotted name) that ``tg-archiver ARGS`` imports, from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tg_archiver", *args],
        cwd=tmp_path,  # no tg-archiver.toml here: the defaults
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            names.add(name)
    assert "tg_archiver" in names, done.stderr[-2000:]  # the report was read
    return names


def test_help_loads_no_numpy_scheduler_or_telethon(tmp_path: Path) -> None:
    assert imported(tmp_path, "--help") & HEAVY == set()


def test_search_loads_no_numpy_nor_the_service_or_the_importers(tmp_path: Path) -> None:
    # numpy belongs to the store's write path (loaded on the first write), not to reading.
    db = write_archive(tmp_path / "a.db", make_post(1, "Kazan summit opens #BRICS"))
    names = imported(tmp_path, "--db", str(db), "search", "summit")
    assert names & HEAVY == set()


# The Russian dictionary (issue 19): loaded by a search that has a Cyrillic word only.
DICTIONARY = {"pymorphy3", "dawg2_python", "pymorphy3_dicts_ru"}


def test_help_stats_and_a_latin_search_load_no_russian_dictionary(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "a.db", make_post(1, "Lavrov held talks #BRICS"))
    assert imported(tmp_path, "--help") & DICTIONARY == set()
    assert imported(tmp_path, "--db", str(db), "stats") & DICTIONARY == set()
    assert imported(tmp_path, "--db", str(db), "search", "hold talks") & DICTIONARY == set()


def test_a_cyrillic_search_loads_the_dictionary(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "a.db", make_post(1, "Лавров и Ван И проведут переговоры"))
    assert "pymorphy3" in imported(tmp_path, "--db", str(db), "search", "провёл")


def test_stats_loads_no_numpy_nor_the_service_or_the_importers(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "a.db", make_post(1, "Kazan summit opens #BRICS"))
    assert imported(tmp_path, "--db", str(db), "stats") & HEAVY == set()


def test_the_help_lists_every_export_format() -> None:
    # `--help` names the formats without loading the writers; they must stay the same set.
    assert set(EXPORT_FORMATS) == set(FORMATS)


# The media commands' and downloads' modules (issue 22): `media` and `export` load them inside
# the command; the [media] table's parsing (archive.media_config) is the config's.
MEDIA_MODULES = {
    "tg_archiver.media_cli",
    "tg_archiver.archive.store.media",
    "tg_archiver.archive.media_files",
    "tg_archiver.archive.media_export",
    "tg_archiver.archive.media_import",
    "tg_archiver.archive.digest_photo",
    "tg_archiver.bot.media",
}


def test_help_search_and_stats_load_none_of_the_media_commands(tmp_path: Path) -> None:
    db = write_archive(tmp_path / "a.db", make_post(1, "Kazan summit opens #BRICS"))
    for args in (("--help",), ("--db", str(db), "search", "summit"), ("--db", str(db), "stats")):
        assert imported_modules(tmp_path, *args) & MEDIA_MODULES == set(), args
