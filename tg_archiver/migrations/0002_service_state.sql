-- State of the running service: feed polling and files imported from the import paths.

-- One row a feed: what the conditional GET needs, and the count of consecutive failures that
-- backs polling off and finally disables a feed that keeps failing.

CREATE TABLE feed_state (
    url               TEXT PRIMARY KEY,   -- as configured; also the feed source's key
    etag              TEXT,
    last_modified     TEXT,
    last_polled_at    TEXT,
    last_success_at   TEXT,
    failures          INTEGER NOT NULL DEFAULT 0,   -- consecutive
    last_error        TEXT,
    disabled_at       TEXT    -- set after too many consecutive failures; cleared only by enabling it again
);

-- Files the service has imported from the configured import paths, so a restart or the next
-- scan skips a file that has not changed since (its size and modification time).
CREATE TABLE imported_files (
    path         TEXT PRIMARY KEY,   -- absolute
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    imported_at  TEXT NOT NULL
);

-- Posts marked deleted at their source, for counting them without a scan.
CREATE INDEX posts_deleted ON posts (deleted_at) WHERE deleted_at IS NOT NULL;
