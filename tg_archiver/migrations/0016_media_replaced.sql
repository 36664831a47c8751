-- An edit may replace a post's attachments (another photo, a re-cut video): the ones it
-- replaced are kept, as post_versions keeps a post's superseded text. post_media holds a
-- post's attachments as they are now (positions 0..n-1, in the post's order); an edit that
-- changes them moves the post's rows here first, with the time of the edit
-- (archive/store/media.py, MediaStore.record). Files they name stay in media_files: an
-- attachment replaced before it was fetched is 'missing' with the reason, unless its download
-- was under way, which then still links it here.
CREATE TABLE post_media_replaced (
    id               INTEGER PRIMARY KEY,
    post_id          INTEGER NOT NULL REFERENCES posts (id),
    position         INTEGER NOT NULL,   -- where it was in the post's media order
    kind             TEXT NOT NULL,
    file_name        TEXT,
    size             INTEGER,
    mime_type        TEXT,
    width            INTEGER,
    height           INTEGER,
    duration         REAL,
    state            TEXT NOT NULL CHECK (state IN
                         ('pending', 'kept', 'skipped', 'failed', 'missing', 'refused')),
    reason           TEXT,
    sha256           TEXT REFERENCES media_files (sha256),
    message_id       INTEGER,
    telegram_file    TEXT,
    export_path      TEXT,
    updated_at       TEXT NOT NULL,
    replaced_at      TEXT NOT NULL,      -- when an edit replaced it
    CHECK ((state = 'kept') = (sha256 IS NOT NULL))
);

CREATE INDEX post_media_replaced_by_post ON post_media_replaced (post_id, id);
CREATE INDEX post_media_replaced_by_sha256 ON post_media_replaced (sha256)
    WHERE sha256 IS NOT NULL;
