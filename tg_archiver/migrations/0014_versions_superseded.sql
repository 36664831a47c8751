-- post_versions keeps only superseded versions (issue 21): a post's current text lives in
-- posts alone, and an edit moves the version it replaces into post_versions before it
-- updates posts (archive/store/writer.py). Before, every post's text was stored again as
-- version 1 even when never edited: a third of the archive's size.
--
-- posts.recorded_at is when the current version was recorded, for a post edited since it was
-- ingested (NULL: at ingested_at). post_history shows a post's whole history as post_versions
-- did: its superseded versions, then the current one, numbered after them. The current one is
-- left out while the last superseded row still holds it (an archive this migration has not yet
-- trimmed), so the history reads the same at every commit of the trim.
--
-- Store.migrate then deletes, a batch of posts a transaction (archive/versions_trim.py), each
-- post's last version row where it equals the post as stored now, recording in versions_trim
-- how far it got: a killed upgrade resumes there at the next open. The space freed is reused
-- by later posts; `VACUUM`, run while the service is stopped, gives it back to the disk.
ALTER TABLE posts ADD COLUMN recorded_at TEXT;

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

-- The trim's progress: posts with ids in (after_id, upto_id] may still have their current
-- version stored twice. One row while the trim is unfinished, none once it is done.
CREATE TABLE versions_trim (
    after_id  INTEGER NOT NULL,
    upto_id   INTEGER NOT NULL
);
INSERT INTO versions_trim (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
