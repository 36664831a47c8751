-- A post's clean text's length in characters, stored (issue 21): relevance search re-ranks
-- BM25's best 256 matches with a length prior (archive/store/search.py), and counting the
-- characters of those 256 texts, read through the generated posts.clean_text, was a tenth
-- of a rare term's ranked statement (session 42: 0.2-0.4 ms of 2.1-2.7 at 100k posts).
--
-- posts.clean_length is length(posts.clean_text) (SQLite's length: characters before a first
-- NUL). The writer sets it as it stores a post (archive/store/writer.py); the triggers below
-- set it for any other write of a post's text (an edit, a copy, the upgrades), and do nothing
-- when it is right already, so it is never out of step with the text. A column of its own,
-- not a generated one: SQLite cannot add a stored generated column to a table, and a virtual
-- one counts the characters again on every read.
--
-- The fill below is one UPDATE of every post in this migration's transaction: it writes each
-- row of posts again (about 3 s a 100,000 posts, and the write-ahead log grows by the table's
-- size until the next checkpoint).
ALTER TABLE posts ADD COLUMN clean_length INTEGER;

UPDATE posts SET clean_length = length(clean_text);

CREATE TRIGGER posts_clean_length_after_insert AFTER INSERT ON posts
    WHEN new.clean_length IS NOT length(new.clean_text)
BEGIN
    UPDATE posts SET clean_length = length(new.clean_text) WHERE id = new.id;
END;

CREATE TRIGGER posts_clean_length_after_update AFTER UPDATE OF raw_text, clean_stored, clean_length
    ON posts WHEN new.clean_length IS NOT length(new.clean_text)
BEGIN
    UPDATE posts SET clean_length = length(new.clean_text) WHERE id = new.id;
END;
