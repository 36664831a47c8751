-- What made the word forms (posts.search_stems, weight C of search_words), as SQLite's
-- search_analyser records it (migrations/0020; archive/store/index_writes.py analyser(): this
-- code's analyser version, PyStemmer's version, the forms of a probe text). The query's words
-- are analysed by the running tg-archiver, so forms another analyser made (PyStemmer upgraded,
-- tg-archiver stemming differently) would miss them where the two differ. A writing open that
-- finds another analyser recorded (or none, as after this migration: nothing says what made
-- the forms stored until now) records its own and has every post's forms made again by the
-- fill of migration 0004 (store/upgrades/stems_pg.py): a batch a transaction, only the posts
-- whose forms change written, resumable, search working throughout (a post not reached yet
-- is found by its older forms). A post's vector is generated from its column, so nothing else
-- needs mending. A tg-archiver started before the change writes nothing until restarted.
CREATE TABLE search_analyser (
    fingerprint  TEXT NOT NULL
);
