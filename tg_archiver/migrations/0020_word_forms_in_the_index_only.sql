-- The word forms are kept in the full-text index only (issue 21: the stored copy,
-- posts.search_stems, was a fifth of the archive, 19% of the file at a million posts).
--
-- posts_fts still indexes three columns (title, clean text, word forms) with posts as its
-- external content, as Datasette looks for it. FTS5 reads the content table only to return a
-- column's value or to rebuild; it ranks and matches from the index alone. posts.search_stems
-- is now a virtual generated column that reads as '' and takes no space, so the index's
-- columns still read (the word forms as empty).
--
-- The index's triggers go: a trigger cannot compute the word forms (that is Python,
-- archive/analysis.py index_forms). The store writes the index itself, in the same
-- transaction as the post (archive/store/writer.py): at ingest, the forms the prepare step
-- made; at an edit, it deletes the old tokens with the forms computed again from the old
-- title and clean text. Migration 0019 made sure those are what the index holds; the table
-- search_analyser below records what made them, and a writing open that finds another
-- analyser (PyStemmer upgraded, archive/analysis.py changed) makes the index's forms again
-- first (index_writes.py keep_forms_current).
--
-- A post written past the store (the sqlite3 shell, another program) would leave the index
-- out of step, so such writes are refused: the guards below call written_by_tg_archiver(), a
-- function only tg-archiver's own writing connection defines; elsewhere the statement stops
-- with "no such function: written_by_tg_archiver". Reading is untouched.
--
-- DROP COLUMN rewrites every row of posts in this migration's transaction; the file keeps its
-- size until a `VACUUM` (run while the service is stopped) gives the freed space back.
DROP TRIGGER posts_fts_after_insert;
DROP TRIGGER posts_fts_after_delete;
DROP TRIGGER posts_fts_after_update;
DROP TABLE search_stems_fill;

ALTER TABLE posts DROP COLUMN search_stems;
ALTER TABLE posts ADD COLUMN search_stems TEXT GENERATED ALWAYS AS ('') VIRTUAL;

CREATE TRIGGER posts_written_by_tg_archiver_insert BEFORE INSERT ON posts
    WHEN NOT written_by_tg_archiver()
BEGIN
    SELECT RAISE(ABORT, 'posts are written by tg-archiver, which keeps the search index in step');
END;

CREATE TRIGGER posts_written_by_tg_archiver_update BEFORE UPDATE OF title, raw_text, clean_stored
    ON posts WHEN NOT written_by_tg_archiver()
BEGIN
    SELECT RAISE(ABORT, 'posts are written by tg-archiver, which keeps the search index in step');
END;

CREATE TRIGGER posts_written_by_tg_archiver_delete BEFORE DELETE ON posts
    WHEN NOT written_by_tg_archiver()
BEGIN
    SELECT RAISE(ABORT, 'posts are written by tg-archiver, which keeps the search index in step');
END;

-- What made the index's word forms (archive/store/index_writes.py analyser(): this code's
-- analyser version, PyStemmer's, the forms of a probe text); set by Store.migrate with this
-- migration (0019 made every post's forms with it). A writing open that finds another
-- analyser makes the index's forms again before it writes anything.
CREATE TABLE search_analyser (
    fingerprint  TEXT NOT NULL
);
