-- Which version of the rules made the archive's links (dedup) and topic tags, and with which
-- config: the same table as SQLite's migration 0026 (read it for what each column means).
-- A new archive (no posts when this migration runs) records the current versions instead
-- (PgConnection.migrate, in this same transaction).
CREATE TABLE rules_applied (
    rules          TEXT PRIMARY KEY CHECK (rules IN ('links', 'tags')),
    version        INTEGER NOT NULL,
    config         TEXT NOT NULL DEFAULT '',
    redo_version   INTEGER,
    redo_config    TEXT,
    redo_after_at  TEXT,
    redo_after_id  BIGINT
);

INSERT INTO rules_applied (rules, version) VALUES ('links', 0), ('tags', 0);
