-- Before migration 0020 drops the stored copy of the word forms (posts.search_stems), every
-- post's stored forms are checked against the analyser of this version, and the index mended
-- where they differ: from 0020 on, the store deletes a post's old tokens from the index with
-- the forms it computes again from the post's title and clean text, so what the index holds
-- must be exactly what the analyser makes now.
--
-- Nothing changes in the schema. The check is the resumable fill of migrations 0008 and 0015
-- (archive/store/upgrades/reindex.py: a batch of posts a transaction, progress shown, a killed
-- upgrade resumes at its last batch, the archive whole and searchable throughout), over every
-- post; Store.migrate runs it to the end before it applies 0020. A fill left unfinished is
-- widened to every post (its posts' index and stored forms agree, as at every commit).
DELETE FROM search_stems_fill;
INSERT INTO search_stems_fill (after_id, upto_id) SELECT 0, coalesce(max(id), 0) FROM posts;
