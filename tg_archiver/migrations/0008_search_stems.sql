-- Word forms in the full-text index (issue 19). posts.search_stems holds the stemmed, folded
-- copy of each post's title and clean text (archive/analysis.py: one token per word, so that
-- 'санкций' and 'санкции', 'summits' and 'summit', 'fertilisers' and 'fertilizers' meet),
-- computed in Python at ingest. It is indexed as a third column beside the unstemmed two: a
-- search looks its words up in both, so every form matches and the exact form ranks higher.
-- This transaction rebuilds the index over the unstemmed columns (every post is found by its
-- words as written from the moment it commits); then Store.migrate fills the word forms of the
-- posts up to the newest one here (later posts get theirs at ingest), a batch of posts a
-- transaction (archive/reindex.py), recording in search_stems_fill how far it got: a killed
-- upgrade resumes there at the next open, and the archive is whole and searchable throughout.
--
-- content="posts" is spelled the way Datasette looks for it (double quotes, no spaces), so
-- the search box on the posts table uses this index.
DROP TRIGGER posts_fts_after_insert;
DROP TRIGGER posts_fts_after_delete;
DROP TRIGGER posts_fts_after_update;
DROP TABLE posts_fts;

ALTER TABLE posts ADD COLUMN search_stems TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE posts_fts USING fts5 (
    title, clean_text, search_stems,
    content="posts", content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

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
CREATE TRIGGER posts_fts_after_update AFTER UPDATE OF title, clean_text ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)
        VALUES ('delete', old.id, old.title, old.clean_text, old.search_stems);
    INSERT INTO posts_fts (rowid, title, clean_text, search_stems)
        VALUES (new.id, new.title, new.clean_text, new.search_stems);
END;

INSERT INTO posts_fts (posts_fts) VALUES ('rebuild');

-- The fill's progress: posts with ids in (after_id, upto_id] still have no word forms. One row
-- while the fill is unfinished, none once it is done.
CREATE TABLE search_stems_fill (
    after_id  INTEGER NOT NULL,
    upto_id   INTEGER NOT NULL
);
INSERT INTO search_stems_fill (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
