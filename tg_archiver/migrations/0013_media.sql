-- Media kept for good: each file once, by its SHA-256, in a folder beside the archive
-- (<archive>.media/ab/cd/<sha256>, archive/media_files.py). The table names a file by its hash
-- alone, never by a path, so the same rows serve an S3-compatible bucket keyed the same way.
--
-- media_files: one row per stored file. post_media: one row per attachment of a post (an
-- album has one per part), in the post's media order, with what became of it:
--   pending  not fetched yet (the service downloads it; `media fetch` too)
--   kept     stored; sha256 names the file
--   skipped  left out by a rule ([media] kinds, max_mb) or with media off; `media fetch`
--            looks again after a limit was raised
--   failed   tried and not kept (a truncated or empty file, Telegram refused): reason says
--   missing  a Telegram Desktop export that does not hold the file ("File not included")
--   refused  an export naming a path outside its folder (never read)
CREATE TABLE media_files (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    mime_type   TEXT,
    stored_at   TEXT NOT NULL
);

CREATE TABLE post_media (
    post_id          INTEGER NOT NULL REFERENCES posts (id),
    position         INTEGER NOT NULL,   -- 0-based, in the post's media order
    kind             TEXT NOT NULL,      -- photo, video, document, audio, voice, ...
    file_name        TEXT,
    size             INTEGER,            -- as the source announced it
    mime_type        TEXT,
    width            INTEGER,
    height           INTEGER,
    duration         REAL,               -- seconds
    state            TEXT NOT NULL CHECK (state IN
                         ('pending', 'kept', 'skipped', 'failed', 'missing', 'refused')),
    reason           TEXT,               -- why skipped, failed, missing or refused
    sha256           TEXT REFERENCES media_files (sha256),
    message_id       INTEGER,            -- the Telegram message holding it (an album's part)
    telegram_file    TEXT,               -- Telegram's file id: a re-post of a kept file is not fetched again
    export_path      TEXT,               -- the path a Telegram Desktop export gave, as written
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (post_id, position),
    CHECK ((state = 'kept') = (sha256 IS NOT NULL))
);

CREATE INDEX post_media_by_state ON post_media (state) WHERE state IN ('pending', 'skipped');
CREATE INDEX post_media_by_sha256 ON post_media (sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX post_media_by_telegram_file ON post_media (telegram_file)
    WHERE telegram_file IS NOT NULL;
