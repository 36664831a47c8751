-- A post's clean text is stored only where it differs from its raw text (issue 21): in the
-- bench corpus cleaning removes nothing from 70% of the posts, and storing their text twice
-- was an eighth of the archive.
--
-- The stored column is now posts.clean_stored, NULL where the clean text is the raw text.
-- posts.clean_text is a generated column over it, coalesce(clean_stored, raw_text): every
-- reader (the full-text index, whose content table is posts; the views; exports; Datasette and
-- the sqlite3 shell) reads the clean text exactly as before, and only the writers
-- (archive/store/writer.py, copy) write clean_stored. A virtual generated column takes no
-- space: it is computed when read.
--
-- SQLite cannot drop a NOT NULL constraint with ALTER TABLE; this uses its documented way for
-- that one change (https://www.sqlite.org/lang_altertable.html, "making other kinds of table
-- schema changes": the stored schema text edited, no row touched). The RENAME COLUMN after it
-- reloads the schema from the edited text; Store.migrate then checks that clean_stored takes
-- NULL, and stops the upgrade (rolled back) if it does not.
--
-- The triggers and views that named clean_text are made again over the generated column. The
-- index's update trigger fires when the title, the raw text or the stored clean text is
-- written, and does its work only when what the index holds changes: setting clean_stored to
-- NULL where it equals raw_text leaves the index alone.
--
-- Store.migrate then sets clean_stored to NULL where it equals raw_text, a batch of posts a
-- transaction (archive/store/upgrades/clean_once.py), recording in clean_once how far it got:
-- a killed upgrade resumes there at the next open, and every post reads the same throughout.
-- The space freed is reused by later posts; `VACUUM`, run while the service is stopped, gives
-- it back to the disk.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'clean_text          TEXT NOT NULL,   --',
                          'clean_text          TEXT,            -- NULL: the raw text;')
 WHERE type = 'table' AND name = 'posts';
PRAGMA writable_schema = OFF;

DROP TRIGGER posts_fts_after_insert;
DROP TRIGGER posts_fts_after_delete;
DROP TRIGGER posts_fts_after_update;
DROP VIEW posts_readable;
DROP VIEW post_history;

ALTER TABLE posts RENAME COLUMN clean_text TO clean_stored;
ALTER TABLE posts ADD COLUMN clean_text TEXT
    GENERATED ALWAYS AS (coalesce(clean_stored, raw_text)) VIRTUAL;

CREATE TRIGGER posts_fts_after_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, title, clean_text, search_stems)
        VALUES (new.id, new.title, new.clean_text, new.search_stems);
END;

CREATE TRIGGER posts_fts_after_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)
        VALUES ('delete', old.id, old.title, old.clean_text, old.search_stems);
END;

-- Not fired by an update of search_stems alone: the fill (archive/reindex.py) replaces its
-- posts' index entries itself; the store changes the stems only with the title or the text.
CREATE TRIGGER posts_fts_after_update AFTER UPDATE OF title, raw_text, clean_stored ON posts
    WHEN old.title IS NOT new.title OR old.clean_text IS NOT new.clean_text
      OR old.search_stems IS NOT new.search_stems
BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)
        VALUES ('delete', old.id, old.title, old.clean_text, old.search_stems);
    INSERT INTO posts_fts (rowid, title, clean_text, search_stems)
        VALUES (new.id, new.title, new.clean_text, new.search_stems);
END;

-- As in migration 0001 and 0014, over the generated column.
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

CREATE VIEW post_history AS
SELECT post_id, version, title, raw_text, clean_text, edited_at, recorded_at
  FROM post_versions
UNION ALL
SELECT posts.id AS post_id, coalesce(last.version, 0) + 1 AS version, posts.title,
       posts.raw_text, posts.clean_text, posts.edited_at,
       coalesce(posts.recorded_at, posts.ingested_at) AS recorded_at
  FROM posts
  LEFT JOIN post_versions AS last
    ON last.post_id = posts.id
   AND last.version = (SELECT max(version) FROM post_versions WHERE post_id = posts.id)
 WHERE last.id IS NULL OR last.title IS NOT posts.title OR last.raw_text != posts.raw_text
    OR last.clean_text != posts.clean_text OR last.edited_at IS NOT posts.edited_at;

-- The upgrade's progress: posts with ids in (after_id, upto_id] may still store their clean
-- text when it equals the raw text. One row while it is unfinished, none once it is done.
CREATE TABLE clean_once (
    after_id  INTEGER NOT NULL,
    upto_id   INTEGER NOT NULL
);
INSERT INTO clean_once (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
