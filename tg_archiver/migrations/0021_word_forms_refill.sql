-- The index's word forms made again, a batch of posts a transaction, when another analyser made
-- them (PyStemmer upgraded, archive/analysis.py changed: archive/store/index_writes.py
-- keep_forms_current). Until this migration that was one transaction over every post: at ten
-- million posts an hour or more holding the write lock, its whole new index in the WAL, and a
-- kill threw it all away.
--
-- Now the index is emptied and the new analyser recorded in one short transaction; the posts
-- with ids up to upto_id have no row in the index yet, and each batch indexes the newest of
-- them and moves upto_id below them, in its own transaction: a killed refill resumes at its
-- last batch, the newest posts are found again first, and a search meanwhile finds the posts
-- above upto_id (the command line says how many are not searchable yet). The row goes when
-- none are left. Empty in every archive whose index is whole.
CREATE TABLE search_forms_refill (
    upto_id  INTEGER NOT NULL
);
