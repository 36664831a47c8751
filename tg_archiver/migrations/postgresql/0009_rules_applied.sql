-- Which version of the rules made the archive's links (dedup) and topic tags, and with which
-- config: the same table as SQLite's migration 0026 (read it for what each column means).
-- PgConnection.migrate writes the two rows in this same transaction: version 0 in an
-- archive that has posts, the current versions in a new one.
CREATE TABLE rules_applied (
    rules          TEXT PRIMARY KEY CHECK (rules IN ('links', 'tags')),
    version        INTEGER NOT NULL,
    config         TEXT NOT NULL DEFAULT '',
    redo_version   INTEGER,
    redo_config    TEXT,
    redo_after_at  TEXT,
    redo_after_id  BIGINT
);
