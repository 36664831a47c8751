"""The archive's storage: a package of one part a job.

- :mod:`.records`: the time format and the plain records handed in and out (no SQL);
- :mod:`.connection`: opening, pragmas, migrations, transactions, busy waits, fault mapping;
- :mod:`.rows`: the shape of a post as readers get it, and the SQL of a filter;
- :mod:`.writer` (with :mod:`.candidates`): the ingest write path and near-duplicate
  linking; the only parts that import numpy, loaded on the first write;
- :mod:`.search`: newest-first and ranked search over the FTS5 index;
- :mod:`.readers`: exports (rows and SQL-formatted lines), digests and statistics;
- :mod:`.state`: feeds, imported files, subscriptions and digest deliveries;
- :mod:`.facade`: :class:`Store`, the one object callers hold, composing the parts.

Each part keeps its SQL in named constants at its top, with what is SQLite-only marked
``# SQLite-only``: a second engine's part is a sibling module (``search_pg.py``), not a
rewrite. ``from tg_archiver.archive.store import X`` gives every name callers use.
"""

from tg_archiver.archive.store.connection import BUSY_PATIENCE, BUSY_TIMEOUT_MS, PAGE_SIZE
from tg_archiver.archive.store.facade import Store
from tg_archiver.archive.store.readers import EXPORT_LINE_FORMATS
from tg_archiver.archive.store.records import (
    CHUNK,
    SNIPPET_END,
    SNIPPET_START,
    Delivery,
    ExportFilter,
    FeedState,
    Hits,
    ImportedFile,
    IngestReport,
    SearchHit,
    Stats,
    parse_ts,
    ts,
)

__all__ = [
    "BUSY_PATIENCE",
    "BUSY_TIMEOUT_MS",
    "CHUNK",
    "EXPORT_LINE_FORMATS",
    "PAGE_SIZE",
    "SNIPPET_END",
    "SNIPPET_START",
    "Delivery",
    "ExportFilter",
    "FeedState",
    "Hits",
    "ImportedFile",
    "IngestReport",
    "SearchHit",
    "Stats",
    "Store",
    "parse_ts",
    "ts",
]
