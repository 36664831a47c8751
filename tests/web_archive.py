"""An archive for the web app's tests, and the real `tg-archiver serve` started on it.

The archive holds what the pages must show: enough posts matching one word to page through,
a story with copies from other sources and its own channel, an edited post (two versions), a
topic, and a hostile post (markup and ``javascript:`` links in its text, title, URL and its
source's name).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from conftest import CHANNEL, write_archive

from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.web.launch import Served, ServeDidNotStart, served

__all__ = ["Served", "posts", "seed", "serve"]

ROOT = Path(__file__).resolve().parent.parent
AGENCY = SourceRef(kind="feed", key="https://news.example.org/feed.xml", title="Example Agency")
HOSTILE_SOURCE = SourceRef(
    kind="import", key="dump", title="<i>Evil</i> channel<script>alert('src')</script>"
)
ASTANA_V1 = "Talks in Astana: the ministers met in Astana. #SCO"
ASTANA_V2 = "Talks in Astana: the ministers met in Astana on Monday and agreed a plan. #SCO"
SUMMITS = 27  # posts matching "summit": two pages of 20 and a third
HOSTILE_TEXT = (
    "Statement <script>document.title='pwned'</script> on the talks.\n"
    "Read [here](javascript:alert('md')) or javascript:alert('bare') or "
    "<a href=\"javascript:alert('a')\">this</a> <img src=x onerror=\"document.title='img'\">\n"
    "Safe link: https://example.org/statement?id=1&x=2."
)


def _post(
    ext: str | int, text: str, when: datetime, source: SourceRef = CHANNEL, **kw: object
) -> Post:
    return Post(source, str(ext), when, text, **kw)  # type: ignore[arg-type]


def seed(db: Path) -> Path:
    return write_archive(db, *posts())


def posts() -> list[Post]:
    """What :func:`seed` stores, in order (the edit of post 3 after its first version)."""
    posts = [
        _post(
            100 + n,
            f"Summit preparations, round {n}: the ministers agreed item {n} of the agenda.",
            datetime(2024, 3, 1 + n % 28, 8, n, tzinfo=UTC),
        )
        for n in range(SUMMITS)
    ]
    story = (
        "Joint statement of the BRICS foreign ministers on the situation in the Middle East. "
        "The ministers called for an immediate ceasefire and unhindered humanitarian access. "
        "They reaffirmed their support for a comprehensive and just settlement. #BRICS"
    )
    posts += [
        _post(1, story, datetime(2024, 4, 5, 11, tzinfo=UTC)),
        _post(2, story, datetime(2024, 4, 6, 7, 30, tzinfo=UTC)),
        _post(
            "brics-1",
            story,
            datetime(2024, 4, 5, 15, tzinfo=UTC),
            source=AGENCY,
            url="https://news.example.org/brics",
        ),
        _post(3, ASTANA_V1, datetime(2024, 4, 8, 12, tzinfo=UTC)),
        _post(
            3,
            ASTANA_V2,
            datetime(2024, 4, 8, 12, tzinfo=UTC),
            edited_at=datetime(2024, 4, 8, 13, tzinfo=UTC),
        ),
        _post(
            "evil-1",
            HOSTILE_TEXT,
            datetime(2024, 4, 9, 10, tzinfo=UTC),
            source=HOSTILE_SOURCE,
            title="<b>Hostile</b> title<script>alert('title')</script>",
            url="javascript:alert('url')",
        ),
    ]
    return posts


@contextmanager
def serve(
    db: Path | str,
    *extra: str,
    config: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[Served]:
    """``python -m tg_archiver --db DB serve --port 0`` in a subprocess, until the block ends
    (:func:`tg_archiver.web.launch.served`, run from the repository's root); ``env``: its
    environment's additions (``TMPDIR``)."""
    try:
        with served(db, *extra, config=config, cwd=ROOT, env=env, stop_timeout=30) as s:
            yield s
    except ServeDidNotStart as e:
        raise AssertionError(str(e)) from None
