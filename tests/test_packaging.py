"""What `pip install` puts into site-packages: one import package named after the project.

Read from the distribution's own metadata, as the README's test command installs the project
before running the tests: generic top-level names such as `archive`, `bot` or `migrations` would
clobber the package index's projects of those names. The metadata is the installed one's
(`.dist-info`) or, in a checkout installed with `pip install -e`, the one setuptools wrote there
(`tg_archiver.egg-info`, found first from the checkout): both name the top-level packages
(`top_level.txt`) and list the files (`RECORD`, `SOURCES.txt`).
"""

from __future__ import annotations

from importlib import metadata


def _installed_files() -> list[str]:
    try:
        files = metadata.files("tg-archiver")
    except metadata.PackageNotFoundError:
        raise AssertionError("tg-archiver is not installed: run `pip install '.[test]'`") from None
    assert files, "the installed distribution lists no files"
    return [f.as_posix() for f in files]


def test_everything_installed_lives_under_tg_archiver() -> None:
    top_level = metadata.distribution("tg-archiver").read_text("top_level.txt")
    assert top_level is not None, "the distribution names no top-level packages"
    assert top_level.split() == ["tg_archiver"]
    files = _installed_files()
    if not any(f.endswith("SOURCES.txt") for f in files):  # an installed RECORD, not -e
        tops = {path.split("/")[0] for path in files}
        tops = {t for t in tops if not t.endswith(".dist-info") and t != ".."}  # `..`: bin/
        assert tops == {"tg_archiver"}


def test_the_migrations_ship_as_package_data() -> None:
    shipped = {p for p in _installed_files() if p.startswith("tg_archiver/migrations/")}
    assert "tg_archiver/migrations/0001_init.sql" in shipped
    assert len([p for p in shipped if p.endswith(".sql")]) >= 12
