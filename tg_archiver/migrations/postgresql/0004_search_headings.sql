-- A post's heading weighs in search (as SQLite's migration 0015): the word forms
-- (posts.search_stems, weight C of search_words) now end with the heading's forms again (a
-- feed item's title, or the short first line naming a longer post; archive/analysis.py
-- index_forms), so its words count twice there. search_words is generated from
-- search_stems, so updating the word forms updates the vector and its GIN index.
--
-- Recomputing every post's word forms takes minutes on a large archive, so this transaction
-- only records what is to be done: the fill (store/upgrades/stems_pg.py fill_headings) then
-- goes through the posts that exist now, a batch a transaction, each batch committed with how
-- far it got here: a killed upgrade resumes at its last batch, and search works throughout
-- (a post not reached yet ranks without its heading). Posts written meanwhile carry their
-- heading already (ingest makes the same forms); the fill finds them equal and leaves them.
CREATE TABLE search_stems_fill (
    after_id BIGINT NOT NULL,
    upto_id BIGINT NOT NULL
);
INSERT INTO search_stems_fill (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
