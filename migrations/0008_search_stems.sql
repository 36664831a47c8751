-- Word forms in the full-text index (issue 19). posts.search_stems holds the stemmed, folded
-- copy of each post's title and clean text (archive/analysis.py: one token per word, so that
-- 'санкций' and 'санкции', 'summits' and 'summit', 'fertilisers' and 'fertilizers' meet),
-- computed in Python at ingest. It is indexed as a third column beside the unstemmed two: a
-- search looks its words up in both, so every form matches and the exact form ranks higher.
-- Store.migrate fills the column for existing posts and rebuilds the index, in this same
-- transaction (an interrupted migration is rolled back whole and done again on next open).
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

-- Not fired by an update of search_stems alone (the migration's fill, before the rebuild):
-- the store changes the stems only together with the title or the clean text.
CREATE TRIGGER posts_fts_after_update AFTER UPDATE OF title, clean_text ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, clean_text, search_stems)
        VALUES ('delete', old.id, old.title, old.clean_text, old.search_stems);
    INSERT INTO posts_fts (rowid, title, clean_text, search_stems)
        VALUES (new.id, new.title, new.clean_text, new.search_stems);
END;
