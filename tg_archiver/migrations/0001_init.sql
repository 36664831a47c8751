-- tg-archiver schema, version 1.
-- Times are ISO 8601 text in UTC ('2023-05-17T10:30:00Z'), so they sort and read well in the
-- sqlite3 shell and in Datasette.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('telegram', 'feed', 'import')),
    key         TEXT NOT NULL,   -- channel numeric id, feed URL, or import name
    title       TEXT,
    username    TEXT,
    url         TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, key)
);

CREATE TABLE posts (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER NOT NULL REFERENCES sources (id),
    external_id         TEXT NOT NULL,   -- message id, feed entry guid
    url                 TEXT,            -- the original (t.me link, article URL)
    title               TEXT,
    published_at        TEXT NOT NULL,
    edited_at           TEXT,
    author              TEXT,
    forwarded_from      TEXT,            -- origin channel's name, for a forward
    forwarded_from_key  TEXT,            -- origin channel's numeric id, when known
    forwarded_post_id   TEXT,            -- origin post id, when known
    raw_text            TEXT NOT NULL,   -- exactly as the source delivered it
    clean_text          TEXT NOT NULL,   -- after normalising, boilerplate and repeated blocks
    content_hash        TEXT NOT NULL,   -- of the case- and space-folded clean text
    media               TEXT,            -- JSON list of {kind, file_name, size, mime_type}
    duplicate_of        INTEGER REFERENCES posts (id),
    duplicate_kind      TEXT CHECK (duplicate_kind IN ('exact', 'near', 'forward')),
    similarity          REAL,            -- estimated Jaccard similarity, for near duplicates
    deleted_at          TEXT,            -- marked deleted at the source; never erased here
    ingested_at         TEXT NOT NULL,
    UNIQUE (source_id, external_id),
    CHECK ((duplicate_of IS NULL) = (duplicate_kind IS NULL))
);

CREATE INDEX posts_by_published ON posts (published_at);
CREATE INDEX posts_by_source_published ON posts (source_id, published_at);
CREATE INDEX posts_by_content_hash ON posts (content_hash);
CREATE INDEX posts_by_duplicate_of ON posts (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX posts_by_forward ON posts (forwarded_from_key, forwarded_post_id)
    WHERE forwarded_post_id IS NOT NULL;

-- Every version of a post, the first one included: an edit adds a row, nothing is overwritten.
CREATE TABLE post_versions (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES posts (id),
    version      INTEGER NOT NULL,
    title        TEXT,
    raw_text     TEXT NOT NULL,
    clean_text   TEXT NOT NULL,
    edited_at    TEXT,
    recorded_at  TEXT NOT NULL,
    UNIQUE (post_id, version)
);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,          -- canonical spelling, e.g. 'SCO'
    key   TEXT NOT NULL UNIQUE    -- case-folded identity, e.g. 'sco'
);

CREATE TABLE post_tags (
    post_id  INTEGER NOT NULL REFERENCES posts (id),
    tag_id   INTEGER NOT NULL REFERENCES tags (id),
    origin   TEXT NOT NULL CHECK (origin IN ('hashtag', 'rule', 'category')),
    PRIMARY KEY (post_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX post_tags_by_tag ON post_tags (tag_id, post_id);

-- MinHash LSH band keys for near-duplicate candidates (see archive/dedup.py).
CREATE TABLE post_bands (
    band     INTEGER NOT NULL,
    post_id  INTEGER NOT NULL REFERENCES posts (id),
    PRIMARY KEY (band, post_id)
) WITHOUT ROWID;

-- Full-text index over title and clean text, kept in step with posts by the triggers below.
CREATE VIRTUAL TABLE posts_fts USING fts5 (
    title, clean_text,
    content = 'posts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER posts_fts_after_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;

CREATE TRIGGER posts_fts_after_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text)
        VALUES ('delete', old.id, old.title, old.clean_text);
END;

CREATE TRIGGER posts_fts_after_update AFTER UPDATE OF title, clean_text ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text)
        VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO posts_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;

-- One row a post, with its source and tags: the view to open first in Datasette.
CREATE VIEW posts_readable AS
SELECT
    posts.id,
    sources.kind AS source_kind,
    coalesce(sources.username, sources.title, sources.key) AS source,
    posts.published_at,
    posts.url,
    posts.title,
    posts.clean_text,
    (SELECT group_concat(tags.name, ' ')
       FROM post_tags JOIN tags ON tags.id = post_tags.tag_id
      WHERE post_tags.post_id = posts.id) AS tags,
    posts.forwarded_from,
    posts.duplicate_of,
    posts.duplicate_kind
FROM posts JOIN sources ON sources.id = posts.source_id;
