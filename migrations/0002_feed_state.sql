-- Feed polling state, one row a feed: what the conditional GET needs, and the failure count
-- that backs polling off and finally disables a feed that keeps failing.

CREATE TABLE feed_state (
    url               TEXT PRIMARY KEY,   -- as configured; also the feed source's key
    etag              TEXT,
    last_modified     TEXT,
    last_polled_at    TEXT,
    last_success_at   TEXT,
    failures          INTEGER NOT NULL DEFAULT 0,   -- consecutive
    last_error        TEXT,
    disabled_at       TEXT    -- set after too many consecutive failures; cleared by a success
);
