-- A post's heading weighs in search (issue 19): the word forms (posts.search_stems) now end
-- with the forms of the post's heading again (archive/heading.py: a feed item's title, or the
-- short first line naming a longer post; archive/analysis.py index_forms), so its words count
-- twice there, as a title's count twice in its own column.
--
-- Nothing changes in the schema. Every existing post's word forms are recomputed by the same
-- resumable fill migration 0008 uses (archive/store/upgrades/reindex.py: a batch of posts a
-- transaction, progress shown, a killed upgrade resumes at its last batch, the archive whole
-- and searchable throughout: a post not yet reached is found as before, without the heading
-- weight). A fill left unfinished by 0008 starts again from the first post, now up to the
-- newest one: posts stored after this commit get the new forms at ingest.
DELETE FROM search_stems_fill;
INSERT INTO search_stems_fill (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
