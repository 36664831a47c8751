"""A search's posts as a file from the web app: the search page's "JSON Lines" and "CSV" links.

The same files as ``tg-archiver export`` and the bot's /export (:mod:`archive.export_file`):
filters alone give every post they pass, oldest first, copies included; a search's words give
its matches newest first. The file is written to a temporary folder, sent, and removed once
sent; one that would pass :data:`archive.export_file.EXPORT_LIMIT` is not sent (status 413),
and the page says how to narrow it.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

from starlette.background import BackgroundTask
from starlette.responses import FileResponse

from tg_archiver.archive.export_file import EXPORT_LIMIT, ExportTooBig, export_to_temp
from tg_archiver.archive.query import SearchQuery
from tg_archiver.archive.store import Store

DOWNLOADS = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
TOO_BIG = (
    f"That download is over the {EXPORT_LIMIT // 1024 // 1024} MB limit. Narrow it with more"
    " words, a topic, a source or dates, or export on the command line (tg-archiver export)."
)


async def download(store: Store, query: SearchQuery, fmt: str) -> FileResponse | None:
    """The posts of ``query`` as a ``fmt`` file (a key of :data:`DOWNLOADS`) to send; None
    when the file would be over the limit."""
    try:
        path, _ = await export_to_temp(store, query, fmt, now=datetime.now(UTC), limit=EXPORT_LIMIT)
    except ExportTooBig:
        return None
    return FileResponse(
        path,
        media_type=DOWNLOADS[fmt],
        filename=path.name,
        background=BackgroundTask(shutil.rmtree, path.parent, ignore_errors=True),
    )
