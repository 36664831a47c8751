-- The index's word list (issues 19 and 23): every word of the posts' titles and texts as the
-- FTS index holds it, so that a prefix (secur*, санкц*) is spelled out into its words by one
-- range read of this table instead of fts5vocab, which reads the list of posts of every word
-- it returns (archive/store/words.py says why and how).
--
-- Triggers note each post inserted, or whose title or text changes, whatever path writes it
-- (ingest, an edit, a re-cleaning, a copy); the store adds their words and clears the note at
-- the end of each ingest chunk, in its transaction, and when the archive is opened. Every
-- existing post is noted here: Store.migrate then lists their words a batch a transaction,
-- with progress, resuming where a killed upgrade stopped. A search uses the list only while
-- nothing is noted (fts5vocab otherwise: the same words, slower).
-- The text is `raw_text` and `clean_stored` since migration 0017 (`clean_text` is computed from
-- them, and an UPDATE never names it).
CREATE TABLE search_words (
    word  TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE search_words_pending (
    post_id  INTEGER PRIMARY KEY
);

CREATE TRIGGER search_words_after_insert AFTER INSERT ON posts BEGIN
    INSERT OR IGNORE INTO search_words_pending (post_id) VALUES (new.id);
END;

CREATE TRIGGER search_words_after_update AFTER UPDATE OF title, raw_text, clean_stored ON posts
BEGIN
    INSERT OR IGNORE INTO search_words_pending (post_id) VALUES (new.id);
END;

INSERT INTO search_words_pending (post_id) SELECT id FROM posts;
